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

/// A task's progress at one moment: what `undo` puts back.
struct TaskProgress {
    TaskState state = TaskState::todo;
    int done_hours = 0;
    bool operator==(const TaskProgress&) const = default;
};

/// One line of the history: what was recorded, for which task, on which day.
struct LogEntry {
    Date on;
    std::string action; ///< "track", "done", "skip", "undo", "replan"
    std::string task;   ///< "" for track and replan
    int hours = 0;      ///< done with --hours: the hours added; replan: the new weekly hours
    /// The task before and after this change (absent in entries older than this field).
    std::optional<TaskProgress> before, after;
};

/// A plan the learner follows: the copy of its tasks, the weeks they are planned in (as first
/// planned, then re-planned), and what has been done.
struct TrackedPlan {
    std::string llmpath_version;
    std::string catalog_id;
    std::string catalog_version;
    std::string lang;
    std::string name; ///< whom the plan belongs to (track --name, a batch line's name); "" none
    std::string direction;
    Texts direction_name;
    std::string answers_json; ///< the answers, as --data-file reads them (with _defaulted)
    int hours_per_week = 10;
    Date start;       ///< the first day of the plan
    Date tracked_on;  ///< the day it was adopted
    Date week1_end;   ///< the last day of its week 1 (not stored: its week 1 says it)
    int revision = 1; ///< raised by each re-plan that moves something
    std::vector<TrackedPhase> phases;
    std::vector<TrackedTask> tasks;
    std::vector<Week> weeks; ///< the schedule: past weeks as planned, the rest as last re-planned
    std::map<int, int> week_sequence; ///< week index -> the revision that last changed it
    std::map<std::string, int> checkpoint_sequence; ///< phase id -> the revision that moved it
    /// Calendar event ("week-3", "checkpoint-foundations") -> the day its content last changed.
    std::map<std::string, Date> event_changed;
    std::vector<LogEntry> log;

    const TrackedTask* find(std::string_view id) const;
    TrackedTask* find(std::string_view id);
};

/// A tracked plan that cannot be used: damaged, from a newer llmpath, or not there. Exit 4.
class StateError : public Error {
  public:
    explicit StateError(const std::string& message) : Error(message, ExitCode::state) {}
    explicit StateError(const Said& message) : Error(message, ExitCode::state) {}
};

/// Copies the plan and what it needs from the catalogue into a tracked plan adopted on `today`.
TrackedPlan adopt_plan(const Catalog& catalog, const Answers& answers, const Recommendation& rec,
                       const Plan& plan, std::string_view lang, std::string_view version,
                       Date today);

/// A plan made by `llmpath plan --format json` or `llmpath batch`, as `track --plan` reads it:
/// what to plan again from (the catalogue, the answers, the choices) and the weeks it must give.
struct PlanFile {
    std::string generated_by; ///< "llmpath 0.1.0"
    std::string catalog_id;
    std::string catalog_version;
    std::string lang;
    std::string learner;                  ///< whom it is for (a batch line's name or id); ""
    std::string answers_json;             ///< its profile with _defaulted, as --data-file reads it
    std::optional<std::string> direction; ///< the direction, when the person chose it
    bool whole_path = false;
    std::vector<Week> weeks; ///< as the file has them
};

/// Reads a plan report; `file` names it in messages. Throws InputError (not JSON, not a plan
/// with its profile, an earlier schema) or StateError (a newer schema_version).
PlanFile plan_file_from_json(std::string_view text, const std::string& file);
/// Where `plan` differs from the file's weeks (dates, tasks, hours, parts); "" when it does not.
Said plan_difference(const PlanFile& file, const Plan& plan);

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
/// Puts tasks back as they were before the last change to each (a skip, a done, hours done);
/// to not started when nothing is left to take back.
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

/// Re-fits the work not yet done from the plan's calendar week that holds `today`, by the same
/// rules as a new plan, keeping the weeks before it and what is done (in the week it was done)
/// and skipped. Deterministic and the same on every day of a week: run again with nothing
/// changed, it changes nothing. `current` (may be null) is the catalogue in use, to report ids
/// it lacks.
ReplanResult replan(TrackedPlan& plan, Date today, std::optional<int> hours_per_week,
                    const Catalog* current);

/// The plan's calendar week that holds `day`: 0 before the plan; week 1 runs from the start to
/// the end of the plan's first week, every later week Monday to Sunday, numbered from the start
/// however often the plan is re-fitted, also past its last planned week.
int week_at(const TrackedPlan& plan, Date day);
/// The first and last day of the plan's calendar week `week` (>= 1).
Date week_start_of(const TrackedPlan& plan, int week);
Date week_end_of(const TrackedPlan& plan, int week);

/// Why a task is in none of the plan's weeks: "skipped", "no-time" (optional, and the weeks
/// left had no room for it at the last re-plan) or "undone" (put back to do after the plan was
/// last fitted: a re-plan fits it); "" when a week holds it.
std::string left_out_reason(const TrackedPlan& plan, const TrackedTask& task);

/// Fixes the plan's calendar from its week 1, and brings a plan written by an earlier llmpath to
/// this one's rules: weeks at their place in the calendar (a re-plan once made weeks from its
/// own day), and every done task in a week.
void normalize_weeks(TrackedPlan& plan);

/// This week's tasks for `llmpath today`.
struct TodayItem {
    std::string task;
    int week = 0;  ///< the week it was planned in (an earlier one: overdue)
    int hours = 0; ///< hours planned this week for it (the part's hours)
    int left = 0;  ///< hours the task still needs
    TaskState state = TaskState::todo;
    bool overdue = false;
    int done_hours = 0;
};

/// A task of the plan that no week holds, and why (left_out_reason).
struct LeftOut {
    std::string task;
    std::string reason;
    int hours = 0;
    TaskState state = TaskState::todo;
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
    std::vector<TodayItem> items;  ///< overdue first, then this week's, in plan order
    std::vector<LeftOut> left_out; ///< tasks still to do that no week holds
    bool finished = false;         ///< every task done, skipped, or optional and left out
    std::optional<CheckpointDue> next_checkpoint;
};
TodayView today_view(const TrackedPlan& plan, Date today);

struct PhaseProgress {
    std::string phase;
    int done_hours = 0;
    int planned_hours = 0; ///< hours of its tasks that weeks hold, skipped ones left out
    int skipped_hours = 0;
    int left_out_hours = 0; ///< hours of its tasks still to do that no week holds
};

/// How `status` projects the end: "before-start", "waiting" (under two weeks of evidence),
/// "pace" (projected_end set), "too-slow" (over a year past the planned end), "finished".
struct StatusView {
    Date today;
    int week = 0;
    std::vector<PhaseProgress> phases;
    int done_hours = 0;
    int due_hours = 0;       ///< expected by the end of today (see docs/tracking.md)
    int ahead_hours = 0;     ///< done - due: positive ahead, negative behind
    double ahead_weeks = 0;  ///< the same in weeks at the plan's weekly hours
    bool on_schedule = true; ///< within a day's work of the schedule
    int left_hours = 0;      ///< hours still to do of the tasks the weeks hold
    int scheduled_hours = 0; ///< hours of the tasks the weeks hold, skipped ones left out
    int left_out_hours = 0;  ///< hours of tasks still to do that no week holds
    std::vector<LeftOut> left_out;
    bool finished = false;
    std::string projection;
    std::optional<Date> projected_end;
    Date planned_end;
    std::optional<CheckpointDue> next_checkpoint;
};
StatusView status_view(const TrackedPlan& plan, Date today);

/// One week of the history: what the log recorded in it.
struct HistoryWeek {
    int week = 0;
    Date start, end;
    int done_hours = 0; ///< hours recorded as done in it (where the log knows them)
    std::vector<LogEntry> entries;
};
/// The log week by week of the plan's calendar, weeks with entries only, oldest first.
std::vector<HistoryWeek> history_view(const TrackedPlan& plan);
/// The hours a log entry added to its task's done hours, when the log knows them.
std::optional<int> hours_added(const LogEntry& entry);

} // namespace llmpath
