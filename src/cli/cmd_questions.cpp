#include "cli/commands.hpp"

#include <llmpath/questionnaire.hpp>

namespace llmpath::cli {

namespace {

struct QuestionsOptions {
    std::string format = "text";
    bool template_file = false;
};

int run_questions(const QuestionsOptions& options, Shared& shared) {
    const auto loaded = load_selected_catalog(shared.global, shared.env);
    const std::string lang = resolve_lang(shared.global, shared.env, *loaded.catalog);
    if (options.template_file) {
        shared.io.out(render_answers_template(*loaded.catalog, shared.env.today.get()));
    } else if (options.format == "json") {
        shared.io.out(render_questions_json(*loaded.catalog, lang));
    } else {
        shared.io.show(render_questions_text(*loaded.catalog, lang, shared.env.width));
    }
    return 0;
}

} // namespace

void add_questions(CLI::App& command, Shared& shared) {
    auto options = std::make_shared<QuestionsOptions>();
    add_format_option(command, options->format, "text|json");
    command.add_flag("--template", options->template_file,
                     "Print an answers file with the defaults filled in, for --data-file");
    command.callback([options, &shared] {
        shared.action = [options, &shared] { return run_questions(*options, shared); };
    });
}

} // namespace llmpath::cli
