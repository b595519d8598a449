// `llmpath track`: adopt a plan to follow, made from the same answers `llmpath plan` takes.
#include "cli/commands.hpp"
#include "cli/profile.hpp"
#include "cli/state_store.hpp"
#include "util/say.hpp"

#include <llmpath/render_tracking.hpp>
#include <llmpath/tracking.hpp>

namespace llmpath::cli {

namespace {

struct TrackOptions {
    AnswerFlags answers;
    std::string format = "text";
};

UsageError already_tracked(const StatePaths& paths) {
    return UsageError(util::say(msg::already_tracked, paths.file, paths.backup));
}

int run_track(const TrackOptions& options, Shared& shared) {
    const StatePaths paths = state_paths(shared.env);
    if (state_exists(paths) && !options.answers.force) { // before the first question is asked
        throw already_tracked(paths);
    }
    const Profile profile = build_profile(options.answers, shared);
    const PlannedPath path = plan_path(*profile.loaded.catalog, profile.answers, profile.overrides);
    save_tracked_plan(profile, path, shared, options.answers.force, options.format);
    return 0;
}

} // namespace

void save_tracked_plan(const Profile& profile, const PlannedPath& path, Shared& shared, bool force,
                       const std::string& format) {
    const StatePaths paths = state_paths(shared.env);
    // The tracked plan keeps each task's hours and questions as this plan has them.
    const Catalog planned =
        planned_catalog(*profile.loaded.catalog, path.plan, path.recommendation.direction);
    const TrackedPlan tracked = adopt_plan(planned, profile.answers, path.recommendation, path.plan,
                                           profile.lang, LLMPATH_VERSION, shared.env.today.get());
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
                   "the new plan");
}

void add_track(CLI::App& command, Shared& shared) {
    auto options = std::make_shared<TrackOptions>();
    add_answer_flags(command, options->answers);
    add_format_option(command, options->format, "text|json");
    command.callback([options, &shared] {
        shared.action = [options, &shared] { return run_track(*options, shared); };
    });
}

} // namespace llmpath::cli
