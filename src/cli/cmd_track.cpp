// `llmpath track`: adopt a plan to follow, made from the same answers `llmpath plan` takes.
#include "cli/commands.hpp"
#include "cli/profile.hpp"
#include "cli/state_store.hpp"
#include "util/say.hpp"
#include "util/text.hpp"

#include <llmpath/render_tracking.hpp>
#include <llmpath/tracking.hpp>

namespace llmpath::cli {

namespace {

struct TrackOptions {
    AnswerFlags answers;
    std::string plan; ///< --plan FILE: a plan made by `plan --format json` or `batch`
    std::string name; ///< --name NAME: whom the plan belongs to
    std::string format = "text";
};

/// The largest plan file read: a plan report is tens of kilobytes.
constexpr std::size_t k_max_plan_bytes = 16u << 20;

UsageError already_tracked(const StatePaths& paths) {
    return UsageError(util::say(msg::already_tracked, paths.file, paths.backup));
}

/// --name, cleaned; a name with nothing left is a UsageError.
std::string learner_name(const std::string& flag) {
    const std::string name(util::trim(util::strip_controls(flag)));
    if (name.empty() && !flag.empty()) {
        throw UsageError(util::say(msg::name_empty, util::quoted(flag)));
    }
    return name;
}

/// --plan takes the answers and choices from the plan: no flag may give others.
void check_plan_flags(const AnswerFlags& a) {
    if (!a.data.empty() || !a.data_file.empty() || a.defaults || !a.save_answers.empty() ||
        !a.direction.empty() || !a.start.empty() || !a.gpu_prices.empty() || a.whole_path) {
        throw UsageError(util::say(msg::plan_flags));
    }
}

/// The profile a plan file was made from, in the catalogue it was made with.
Profile profile_of(const PlanFile& file, const std::string& label, Shared& shared) {
    Profile profile{load_selected_catalog(shared.global, shared.env), {}, {}, {}, false};
    const Catalog& catalog = *profile.loaded.catalog;
    if (catalog.id != file.catalog_id || catalog.version != file.catalog_version) {
        throw UsageError(util::say(msg::plan_other_catalog, label, file.catalog_id,
                                   file.catalog_version, catalog.id, catalog.version,
                                   profile.loaded.source));
    }
    const bool lang_chosen = !shared.global.lang.empty() || !shared.env.env_lang.empty();
    profile.lang = !lang_chosen && catalog.has_language(file.lang)
                       ? file.lang
                       : resolve_lang(shared.global, shared.env, catalog);
    AnswerInput input;
    input.file_name = label;
    input.file_label = label;
    input.file_text = file.answers_json;
    input.today = shared.env.today;
    Gathered gathered = gather_answers(catalog, input);
    if (!gathered.missing.empty()) {
        throw UsageError(util::say(msg::plan_unanswered, label, util::listed(gathered.missing)));
    }
    profile.answers = std::move(gathered.answers);
    profile.overrides.direction = file.direction;
    profile.overrides.whole_path = file.whole_path;
    return profile;
}

int run_track(const TrackOptions& options, Shared& shared) {
    const StatePaths paths = state_paths(shared.env);
    if (state_exists(paths) && !options.answers.force) { // before the first question is asked
        throw already_tracked(paths);
    }
    std::string name = learner_name(options.name);
    if (options.plan.empty()) {
        const Profile profile = build_profile(options.answers, shared);
        const PlannedPath path =
            plan_path(*profile.loaded.catalog, profile.answers, profile.overrides);
        save_tracked_plan(profile, path, shared, options.answers.force, options.format, name);
        return 0;
    }
    check_plan_flags(options.answers);
    const std::string label = options.plan == "-" ? "<stdin>" : options.plan;
    const PlanFile file =
        plan_file_from_json(read_input_file(options.plan, "--plan", k_max_plan_bytes), label);
    const Profile profile = profile_of(file, label, shared);
    const PlannedPath path = plan_path(*profile.loaded.catalog, profile.answers, profile.overrides);
    if (const Said differs = plan_difference(file, path.plan); !differs.en.empty()) {
        throw UsageError(util::say(msg::plan_differs, label, differs, file.generated_by));
    }
    save_tracked_plan(profile, path, shared, options.answers.force, options.format,
                      name.empty() ? file.learner : name);
    return 0;
}

} // namespace

void save_tracked_plan(const Profile& profile, const PlannedPath& path, Shared& shared, bool force,
                       const std::string& format, const std::string& name) {
    const StatePaths paths = state_paths(shared.env);
    // The tracked plan keeps each task's hours and questions as this plan has them.
    const Catalog planned =
        planned_catalog(*profile.loaded.catalog, path.plan, path.recommendation.direction);
    TrackedPlan tracked = adopt_plan(planned, profile.answers, path.recommendation, path.plan,
                                     profile.lang, LLMPATH_VERSION, shared.env.today.get());
    tracked.name = name;
    {
        const StateLock lock(paths, shared.env.lock_wait);
        if (state_exists(paths) && !force) {
            throw already_tracked(paths);
        }
        write_state(paths, tracked);
    }
    print_recorded(shared.io,
                   format == "json"
                       ? render_tracked_summary_json(tracked, profile.lang)
                       : render_tracked_summary_text(tracked, profile.lang, text_options(shared)),
                   util::say(msg::recorded_new_plan));
}

void add_track(CLI::App& command, Shared& shared) {
    auto options = std::make_shared<TrackOptions>();
    add_answer_flags(command, options->answers);
    command
        .add_option("--plan", options->plan,
                    "Adopt this plan, made by 'llmpath plan --format json' or 'llmpath batch' "
                    "('-' reads stdin), as if planned here with its answers")
        ->type_name("FILE")
        ->check(file_name_check());
    command.add_option("--name", options->name, "Whom the plan belongs to (shown by cohort)")
        ->type_name("NAME");
    add_format_option(command, options->format, "text|json");
    command.callback([options, &shared] {
        shared.action = [options, &shared] { return run_track(*options, shared); };
    });
}

} // namespace llmpath::cli
