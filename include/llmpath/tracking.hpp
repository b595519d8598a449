#pragma once

#include <llmpath/answers.hpp>
#include <llmpath/catalog.hpp>
#include <llmpath/date.hpp>
#include <llmpath/error.hpp>
#include <llmpath/recommend.hpp>
#include <llmpath/schedule.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace llmpath {

/// The version of the tracked-plan file this llmpath writes and reads (docs/tracking.md).
inline constexpr int k_state_schema_version = 1;

/// A text in every language of the catalogue it was copied from: language -> text.
using Texts = std::map<std::string, std::string>;

/// The text in `lang`, else English, else the first language.
std::string text_in(const Texts& texts, std::string_view lang);

enum class TaskState { todo, done, skipped };

/// "todo", "done", "skipped": a state's name in the JSON of tracked plans and commands.
constexpr const char* to_string(TaskState s) {
    constexpr const char* k_names[] = {"todo", "done", "skipped"};
    return k_names[static_cast<int>(s)];
}

/// A task of the tracked plan, copied from the catalogue when the plan was adopted, so that a
/// later catalogue never changes it; with the learner's progress.
struct TrackedTask {
    std::string id;
    std::string phase;
    int hours = 1;
    bool core = true;
    bool presents = false;
    bool direction_work = false; ///< a task of the plan's own direction (not common)
    std::vector<std::string> prerequisites;
    Texts title;
    Texts deliverable;
    std::vector<std::pair<Texts, std::string>> links; ///< resources: title, url
    std::vector<Texts> questions;                     ///< interview questions listed under it
    TaskState state = TaskState::todo;
    int done_hours = 0; ///< progress; hours once done
};

struct TrackedPhase {
    std::string id;
    Texts title;
    std::vector<Texts> checkpoint; ///< its parts, shared then the direction's
};

/// One line of the history: what was recorded, for which task, on which day.
struct LogEntry {
    Date on;
    std::string action; ///< "track", "done", "skip", "undo", "replan"
    std::string task;   ///< "" for track and replan
    int hours = 0;      ///< done with --hours: the hours added; replan: the new weekly hours
};

/// A plan the learner follows: the copy of its tasks, the weeks they are planned in (as first
/// planned, then re-planned), and what has been done.
struct TrackedPlan {
    std::string llmpath_version;
    std::string catalog_id;
    std::string catalog_version;
    std::string lang;
    std::string direction;
    Texts direction_name;
    std::string answers_json; ///< the answers, as --data-file reads them (with _defaulted)
    int hours_per_week = 10;
    Date start;       ///< the first day of the plan
    Date tracked_on;  ///< the day it was adopted
    int revision = 1; ///< raised by each re-plan that moves something
    std::vector<TrackedPhase> phases;
    std::vector<TrackedTask> tasks;
    std::vector<Week> weeks; ///< the schedule: past weeks as planned, the rest as last re-planned
    std::map<int, int> week_sequence; ///< week index -> the revision that last changed it
    std::map<std::string, int> checkpoint_sequence; ///< phase id -> the revision that moved it
    std::vector<LogEntry> log;

    const TrackedTask* find(std::string_view id) const;
    TrackedTask* find(std::string_view id);
};

/// A tracked plan that cannot be used: damaged, from a newer llmpath, or not there. Exit 4.
class StateError : public Error {
  public:
    explicit StateError(const std::string& message) : Error(message, ExitCode::state) {}
};

/// Copies the plan and what it needs from the catalogue into a tracked plan adopted on `today`.
TrackedPlan adopt_plan(const Catalog& catalog, const Answers& answers, const Recommendation& rec,
                       const Plan& plan, std::string_view lang, std::string_view version,
                       Date today);

/// The tracked plan as its file holds it (JSON, docs/tracking.md), ending in a newline.
std::string tracked_to_json(const TrackedPlan& plan);
/// Reads a tracked-plan file; `source` names it in messages. Throws StateError naming what is
/// wrong (syntax, a missing or wrong field, a newer schema_version).
TrackedPlan tracked_from_json(std::string_view text, const std::string& source);

/// What a command did to one task, for its message.
struct TaskChange {
    std::string task;
    TaskState before = TaskState::todo;
    TaskState after = TaskState::todo;
    int done_hours = 0;
    bool changed = false;
};

/// Marks tasks done on `today`; with `hours`, adds that much progress instead (done once it
/// reaches the task's hours). Unknown ids throw InputError with "did you mean"; nothing changes
/// unless every id is known.
std::vector<TaskChange> mark_done(TrackedPlan& plan, const std::vector<std::string>& ids,
                                  std::optional<int> hours, Date today);
std::vector<TaskChange> mark_skipped(TrackedPlan& plan, const std::vector<std::string>& ids,
                                     Date today);
/// Puts tasks back to not started.
std::vector<TaskChange> mark_undone(TrackedPlan& plan, const std::vector<std::string>& ids,
                                    Date today);

/// A task whose planned weeks changed in a re-plan.
struct Move {
    std::string task;
    Date old_start, old_end; ///< old_start == Date{} when it was not planned before
    Date new_start, new_end;
};

struct ReplanResult {
    std::vector<Move> moves;
    Date old_end, new_end; ///< the last day with work, before and after
    int old_hours_per_week = 0;
    int new_hours_per_week = 0;
    bool changed = false; ///< anything moved or the hours changed
    /// Ids of the tracked plan that `current` (the catalogue in use now) no longer has; kept.
    std::vector<std::string> not_in_catalog;
};

/// Re-fits the work not yet done from `today` on, by the same rules as a new plan, keeping what
/// is done and skipped and the weeks before this one. Deterministic: run again on the same day,
/// it moves nothing. `current` (may be null) is the catalogue in use, to report ids it lacks.
ReplanResult replan(TrackedPlan& plan, Date today, std::optional<int> hours_per_week,
                    const Catalog* current);

/// The week of the schedule that holds `day`: its index, or 0 before the plan, or one past the
/// last week after it.
int week_at(const TrackedPlan& plan, Date day);

/// This week's tasks for `llmpath today`.
struct TodayItem {
    std::string task;
    int week = 0;  ///< the week it was planned in (an earlier one: overdue)
    int hours = 0; ///< hours planned this week for it (the part's hours)
    int left = 0;  ///< hours the task still needs
    TaskState state = TaskState::todo;
    bool overdue = false;
};

struct CheckpointDue {
    std::string phase;
    int week = 0;
    Date date; ///< the end of that week
};

struct TodayView {
    Date today;
    int week = 0; ///< 0: before the plan starts; > weeks: after its last week
    Date week_start, week_end;
    std::vector<TodayItem> items; ///< overdue first, then this week's, in plan order
    std::optional<CheckpointDue> next_checkpoint;
};
TodayView today_view(const TrackedPlan& plan, Date today);

struct PhaseProgress {
    std::string phase;
    int done_hours = 0;
    int planned_hours = 0; ///< hours of its tasks, skipped ones left out
    int skipped_hours = 0;
};

struct StatusView {
    Date today;
    int week = 0;
    std::vector<PhaseProgress> phases;
    int done_hours = 0;
    int due_hours = 0;      ///< planned in the weeks before this one, skipped ones left out
    int ahead_hours = 0;    ///< done - due: positive ahead, negative behind
    double ahead_weeks = 0; ///< the same in weeks at the plan's weekly hours
    int left_hours = 0;
    std::optional<Date> projected_end; ///< at the pace so far (none before any progress)
    Date planned_end;
    std::optional<CheckpointDue> next_checkpoint;
};
StatusView status_view(const TrackedPlan& plan, Date today);

} // namespace llmpath
