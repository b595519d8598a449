#include "cli/commands.hpp"
#include "cli/profile.hpp"

#include <llmpath/render.hpp>

namespace llmpath::cli {

namespace {

struct RecommendOptions {
    AnswerFlags answers;
    std::string format = "text";
};

int run_recommend(const RecommendOptions& options, Shared& shared) {
    save_answers_to_stdout(options.answers, false); // refuses '-': stdout has the output
    if (!options.answers.save_answers.empty()) {    // before the first question is asked
        check_output_path(options.answers.save_answers, options.answers.force, "--save-answers");
    }
    const Profile profile = build_profile(options.answers, shared);
    const Recommendation recommendation =
        recommend(*profile.loaded.catalog, profile.answers, profile.overrides.direction);
    Report report{*profile.loaded.catalog, profile.answers, recommendation, nullptr, profile.lang,
                  LLMPATH_VERSION};
    std::string rendered;
    if (options.format == "json") {
        rendered = render_json(report);
    } else {
        TextOptions text;
        text.full = true; // the recommendation alone: every reason and pitfall in full
        text.color = use_color(shared.global, shared.env);
        text.width = shared.env.width;
        rendered = render_recommendation_text(report, text);
    }
    if (!options.answers.save_answers.empty()) {
        write_output_file(options.answers.save_answers, saved_answers_json(profile),
                          options.answers.force, "--save-answers");
    }
    shared.io.out(rendered);
    return 0;
}

} // namespace

void add_recommend(CLI::App& command, Shared& shared) {
    auto options = std::make_shared<RecommendOptions>();
    add_answer_flags(command, options->answers);
    add_format_option(command, options->format, "text|json");
    command.callback([options, &shared] {
        shared.action = [options, &shared] { return run_recommend(*options, shared); };
    });
}

} // namespace llmpath::cli
