// `llmpath today`, `status`, `history`, `done`, `skip`, `undo`: following the tracked plan.
#include "cli/commands.hpp"
#include "cli/state_store.hpp"
#include "util/say.hpp"

#include <llmpath/render_tracking.hpp>
#include <llmpath/tracking.hpp>

#include "util/text.hpp"

namespace llmpath::cli {

namespace {

struct ViewOptions {
    std::string format = "text";
    bool all = false; ///< today: every overdue task in full
};

struct ChangeOptions {
    std::vector<std::string> tasks;
    int hours = 0; ///< done --hours H: progress instead of done
    std::string format = "text";
};

int run_today(const ViewOptions& options, Shared& shared) {
    const TrackedRun run = open_tracked(shared.global, shared.env);
    const TodayView view = today_view(run.plan, run.today);
    TextOptions text = text_options(shared);
    text.full = options.all;
    shared.io.out(options.format == "json" ? render_today_json(run.plan, view, run.lang)
                                           : render_today_text(run.plan, view, run.lang, text));
    return 0;
}

int run_status(const ViewOptions& options, Shared& shared) {
    const TrackedRun run = open_tracked(shared.global, shared.env);
    const StatusView view = status_view(run.plan, run.today);
    shared.io.out(options.format == "json"
                      ? render_status_json(run.plan, view, run.lang)
                      : render_status_text(run.plan, view, run.lang, text_options(shared)));
    return 0;
}

int run_history(const ViewOptions& options, Shared& shared) {
    const TrackedRun run = open_tracked(shared.global, shared.env);
    const auto weeks = history_view(run.plan);
    shared.io.out(options.format == "json"
                      ? render_history_json(run.plan, weeks, run.lang)
                      : render_history_text(run.plan, weeks, run.lang, text_options(shared)));
    return 0;
}

/// Reads, changes and writes the tracked plan under its lock, then says what changed.
template <typename F>
int change_tasks(const ChangeOptions& options, Shared& shared, std::string_view action, F apply) {
    const StatePaths paths = state_paths(shared.env);
    TrackedPlan plan;
    std::vector<TaskChange> changes;
    {
        const StateLock lock(paths, shared.env.lock_wait);
        plan = read_state(paths);
        changes = apply(plan, shared.env.today.get());
        if (std::any_of(changes.begin(), changes.end(), [](const auto& c) { return c.changed; })) {
            write_state(paths, plan);
        }
    }
    const std::string lang = tracked_lang(shared.global, shared.env, plan);
    std::vector<std::string> changed;
    for (const auto& c : changes) {
        if (c.changed) {
            changed.push_back(c.task);
        }
    }
    const Said recorded =
        changed.empty()
            ? Said{}
            : util::quoted(std::string(action) +
                           (options.hours > 0 ? " --hours " + std::to_string(options.hours)
                                              : std::string()) +
                           " " + util::join(changed, " "));
    print_recorded(shared.io,
                   options.format == "json"
                       ? render_changes_json(plan, changes, action, lang)
                       : render_changes_text(plan, changes, lang, text_options(shared)),
                   recorded);
    return 0;
}

std::shared_ptr<ViewOptions> add_view(CLI::App& command, Shared& shared,
                                      int (*run)(const ViewOptions&, Shared&)) {
    auto options = std::make_shared<ViewOptions>();
    add_format_option(command, options->format, "text|json");
    command.callback([options, &shared, run] {
        shared.action = [options, &shared, run] { return run(*options, shared); };
    });
    return options;
}

std::shared_ptr<ChangeOptions> add_change(CLI::App& command, const char* what) {
    auto options = std::make_shared<ChangeOptions>();
    command.add_option("tasks", options->tasks, what)->type_name("TASK")->required();
    add_format_option(command, options->format, "text|json");
    return options;
}

} // namespace

void add_today(CLI::App& command, Shared& shared) {
    auto options = add_view(command, shared, run_today);
    command.add_flag("--all", options->all,
                     "List every overdue task in full (by default the oldest few, then a count)");
}

void add_status(CLI::App& command, Shared& shared) {
    add_view(command, shared, run_status);
}

void add_history(CLI::App& command, Shared& shared) {
    add_view(command, shared, run_history);
}

void add_done(CLI::App& command, Shared& shared) {
    auto options =
        add_change(command, "Ids of the tasks you finished (or worked on, with --hours)");
    command
        .add_option("--hours", options->hours,
                    "Record this many hours of progress instead of finishing the tasks")
        ->type_name("H")
        ->check(CLI::Range(1, 500));
    command.callback([options, &shared] {
        shared.action = [options, &shared] {
            const std::optional<int> hours =
                options->hours > 0 ? std::optional<int>(options->hours) : std::nullopt;
            return change_tasks(*options, shared, "done", [&](TrackedPlan& plan, Date today) {
                return mark_done(plan, options->tasks, hours, today);
            });
        };
    });
}

void add_skip(CLI::App& command, Shared& shared) {
    auto options = add_change(command, "Ids of the tasks to skip");
    command.callback([options, &shared] {
        shared.action = [options, &shared] {
            return change_tasks(*options, shared, "skip", [&](TrackedPlan& plan, Date today) {
                return mark_skipped(plan, options->tasks, today);
            });
        };
    });
}

void add_undo(CLI::App& command, Shared& shared) {
    auto options = add_change(command, "Ids of the tasks to put back to do");
    command.callback([options, &shared] {
        shared.action = [options, &shared] {
            return change_tasks(*options, shared, "undo", [&](TrackedPlan& plan, Date today) {
                return mark_undone(plan, options->tasks, today);
            });
        };
    });
}

} // namespace llmpath::cli
