#pragma once

// What the plan renderers (text, Markdown, JSON and the exports) share: the UI words in each
// language, dates, and the plan's facts put into words once.

#include <llmpath/error.hpp>
#include <llmpath/render.hpp>

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace llmpath::render {

/// A JSON document as the commands print it: indented by two spaces, invalid UTF-8 replaced, with
/// a final newline.
std::string json_document(const nlohmann::ordered_json& doc);

/// UI words of the renderers in one language; {} marks where a value goes (fmt syntax).
struct Labels {
    const char* recommended;        ///< "Recommended direction: {}"
    const char* chosen;             ///< "Plan for {} (your choice; the answers rank {} first)"
    const char* ranking;            ///< "Ranking, by points from your answers"
    const char* direction;          ///< table head
    const char* points_head;        ///< table head
    const char* points;             ///< "{} points"
    const char* why;                ///< "Why {}"
    const char* against;            ///< "Against {}"
    const char* no_reasons;         ///< no answer moved this direction
    const char* no_scoring_answers; ///< nothing the person said scores the directions
    const char* close_call;         ///< "Close call: {0} is within {1} points of {2}. ..."
    const char* pitfalls;           ///< "Watch out"
    const char* because;            ///< "because"
    const char* bridging;           ///< "tasks that address it"
    const char* profile;            ///< "Your answers"
    const char* defaulted;          ///< "(default)"
    const char* plan_title;         ///< "Your six-month plan: {}"
    const char* plan_title_weeks;   ///< "Your {0}-week plan: {1}"
    const char* plan_summary;       ///< "{0} to {1}, {2} h a week: {3} weeks of work."
    const char* done_early;         ///< "Done in {0} weeks: ..."
    const char* fits;               ///< "The core work ({0} h) fits in six months; ..."
    const char* no_fit;             ///< "This plan does not fit in six months at {0} h a week..."
    const char* advice;             ///< "What to do"
    const char* advice_hours;       ///< "{} h a week would end the core work by week 26."
    const char* advice_never;       ///< when no budget can
    const char* advice_shortcuts;   ///< "Shorten these tasks to save {} h:"
    const char* shortcut;           ///< "{0}: {1} h instead of {2} h: {3}"
    const char* with_shortcuts;     ///< "With every shortcut, {0} h a week would be enough; ..."
    const char* apply_from;         ///< "Start applying from week {0} ({1}), ..."
    const char* phase;              ///< "Phase {}"
    const char* window;             ///< " (suggested {})": after a phase's dates, its own days
    const char* window_only;        ///< "suggested {}; ...": a phase none of whose tasks is planned
    const char* goal;
    const char* map_title;      ///< "The map of the field: six layers, top to bottom"
    const char* map_tools;      ///< "Tools: {}"
    const char* map_work;       ///< "Jobs here: {}"
    const char* gpu;            ///< "GPU time: {0}; about {1}"
    const char* gpu_class;      ///< "{0} GPU-hours of {1}"
    const char* gpu_plan;       ///< "GPU time in the whole plan: {0}; about {1} at {2}"
    const char* gpu_prices;     ///< "the prices of {0}; set yours with --gpu-price"
    const char* gpu_own_prices; ///< "your prices (--gpu-price) and the catalogue's of {0}"
    const char* week;           ///< "Week {}"
    const char* week_again;     ///< "Week {0} (phase {1})": a shared week's second heading
    const char* hours;          ///< "{} h"
    const char* part;           ///< "part {}/{}"
    const char* optional;       ///< "(optional)"
    const char* deliverable;    ///< "Done when"
    const char* short_way;      ///< "The short way": how a shortened task is done
    /// With shortcuts and no cut: what the whole path done whole needs.
    const char* shortened_whole;
    /// A plan that presents work but cuts more than half the path: what it buys, said plainly.
    const char* thin_plan;
    const char* task_ref; ///< a task title in a sentence: "\"{}\"", "「{}」"
    const char* resources;
    const char* interview;       ///< "Questions to prepare"
    const char* checkpoint;      ///< "Checkpoint"
    const char* checkpoint_week; ///< "Checkpoint (week {})"
    const char* missing;         ///< "Not in this plan: {0}: it needs {1}, left out for time."
    const char* missing_parts;   ///< "Not in this plan: {0} more parts ..., which need {1}, ..."
    const char* no_tasks;        ///< phase without scheduled tasks
    const char* kept;            ///< "Kept because you did not answer {0}: {1}"
    const char* taken_as; ///< " (taken as {})": the default that stands for an unanswered question
    const char* left_out;
    // The text plan's summary (plan without --full).
    const char* left_out_count;    ///< "{} tasks are left out: --full lists them and why."
    const char* first_weeks;       ///< "Your first two weeks"
    const char* more_tasks;        ///< "and {} more tasks in these weeks: --full lists them"
    const char* gpu_cost;          ///< "GPU time costs about {0} at {1}; ..."
    const char* start_here;        ///< "Start here"
    const char* checkpoints;       ///< "Checkpoints"
    const char* checkpoint_at;     ///< "{0}: week {1}, {2}"
    const char* next_steps;        ///< "Next"
    const char* next_full;         ///< every week: --full
    const char* next_save;         ///< -o plan.md
    const char* next_track;        ///< llmpath track
    const char* map_pointer;       ///< the map is `llmpath map`
    const char* reason_skill;      ///< "you already have {}"
    const char* reason_no_time;    ///< "optional; do it if you have time"
    const char* reason_cut;        ///< "cut to fit six months at your hours (...)"
    const char* cut_summary;       ///< "To fit six months at {0} h a week, ... cuts {1} h ..."
    const char* shortened;         ///< "Done the short way to fit six months: {}"
    const char* presenting_cut;    ///< "At {0} h a week ... the job search comes after."
    const char* shortened_item;    ///< "{0} ({1} h instead of {2} h)"
    const char* question_left_out; ///< "Interview question not prepared: \"{0}\": ... {1} ..."
    const char* remedy_cut;        ///< "{} (cut to fit six months)"
    const char* generated_by;      ///< "Generated by llmpath {0} from catalogue {1} {2}."
    const char* yes;
    const char* no;
    const char* not_answered; ///< "not answered"
    // tracking
    const char* tracked;           ///< "Tracking your plan: {0} tasks over {1} weeks from {2}."
    const char* tracked_next;      ///< "Run llmpath today each week to see what to do."
    const char* today_title;       ///< "Week {0} · {1}"
    const char* before_start;      ///< "Your plan starts {0}; nothing is due yet."
    const char* after_end;         ///< "The planned weeks ended {0}."
    const char* overdue;           ///< "Overdue from earlier weeks"
    const char* this_week;         ///< "This week"
    const char* left;              ///< "{} h left"
    const char* planned_week;      ///< "week {}"
    const char* nothing_this_week; ///< nothing planned this week
    const char* overdue_more;      ///< "… and {0} more overdue tasks ({1} h left)"
    const char* overdue_pile;    ///< "{0} h overdue, more than a week's {1} h: llmpath replan …"
    const char* all_done;        ///< every task done or skipped
    const char* next_checkpoint; ///< "Next checkpoint: {0}, week {1} ({2})"
    const char* status_title;    ///< "Progress: {0}"
    const char* phase_progress;  ///< "{0}: {1} of {2} h done"
    const char* skipped_hours;   ///< "{} h skipped"
    const char* ahead;           ///< "{0} h ahead of schedule ({1} weeks)"
    const char* behind;          ///< "{0} h behind schedule ({1} weeks)"
    const char* on_schedule;     ///< "On schedule."
    const char* projected;       ///< "At your pace so far you finish {0}; the plan ends {1}."
    const char* no_pace;         ///< "No progress recorded yet; the plan ends {0}."
    const char* replanned;       ///< "Re-planned from {0} at {1} h a week."
    const char* moved;           ///< "What moved:"
    const char* move_line;       ///< "{0}: {1} → {2}"
    const char* not_planned;     ///< "not planned"
    const char* nothing_moved;   ///< "Nothing moved: ..."
    const char* new_end;         ///< "The work now ends {0} (it ended {1})."
    const char* same_end;        ///< "The work still ends {0}."
    const char* moves_later;     ///< "{0} tasks moved to later weeks."
    const char* moves_earlier;   ///< "{0} tasks moved to earlier weeks."
    const char* moves_left_out;  ///< "Left out for lack of time: {0}."
    const char* named_more;      ///< "{0} and {1} more": a list named in part
    const char* moves_newly;     ///< "Planned again: {0}."
    const char* replan_next;     ///< where to see this week, the new plan and every move
    const char* not_in_catalog;  ///< "No longer in catalogue {0}: {1} ..."
    const char* marked_done;     ///< "Done: {}"
    const char* marked_progress; ///< "{0}: {1} of {2} h done"
    const char* marked_skipped;  ///< "Skipped: {}"
    const char* marked_undone;   ///< "To do again: {}"
    const char* unchanged;       ///< "{0}: already {1}"
    const char* export_summary;  ///< "{0} to {1}, {2} h a week: {3} of {4} tasks done."
    const char* state_todo;
    const char* state_done;
    const char* state_skipped;
    const char* list_sep;   ///< ", " or "、": between the items of a list
    const char* detail_sep; ///< ", " or "，": between the details of one item
    const char* colon;      ///< ": " or "："
    const char* range_sep;  ///< " – "
    // exports
    const char* timeline;       ///< the terminal timeline's heading
    const char* timeline_weeks; ///< "week", before the timeline's week numbers
    const char* ics_week;       ///< "Week {0}: {1}": a calendar event's summary
    const char* ics_more;       ///< "{0} (and {1} more)"
    const char* ics_checkpoint; ///< "Checkpoint: {0}"
    const char* ics_cancelled;  ///< "No longer planned after the re-plan of {0}."
    const char* due_week;       ///< "due week {0}"
    const char* checklist_cut;  ///< "{} more tasks are left out ..."
    // catalogue screens: show, directions, questions
    const char* name_head; ///< table head "Name"
    const char* keywords;
    const char* suits; ///< "Who it suits"
    const char* work;  ///< "Work"
    const char* verdict;
    const char* tasks_head;  ///< "Tasks"
    const char* task_counts; ///< "{0} ({1}), {2} core hours"
    const char* phase_count; ///< "{0} {1}": a phase's title and its number of tasks
    const char* days;        ///< "Days"
    const char* day_range;   ///< "{0}–{1}"
    const char* flagged_when;
    const char* addressed_by;
    const char* phase_head;      ///< "Phase"
    const char* directions_head; ///< "Directions"
    const char* hours_head;      ///< "Hours"
    const char* all_directions;
    const char* core_tag;     ///< "core"
    const char* optional_tag; ///< "optional"
    const char* bridging_tag; ///< "bridging"
    const char* prerequisites;
    const char* skipped_with;    ///< "Skipped by those who have"
    const char* at_least;        ///< "{0} at least {1}"
    const char* at_most;         ///< "{0} at most {1}"
    const char* condition_or;    ///< " or ": choices of one condition
    const char* condition_in;    ///< "{0}: {1}": a question and the answers that meet it
    const char* questions_title; ///< "Questions of catalogue {0} {1}."
    const char* questions_how;   ///< how to answer them
    const char* type_single;     ///< "one choice"
    const char* type_multi;
    const char* type_integer;
    const char* type_boolean;
    const char* type_date;
    const char* type_text;
    const char* choices;       ///< "Choices"
    const char* values_yes_no; ///< "Values: yes, no"
    const char* range;         ///< "Range: {0} to {1}"
    const char* any;           ///< "any": an open end of a range
    const char* select;        ///< "Select: {0} to {1}, comma-separated"
    const char* date_format;   ///< "Format: YYYY-MM-DD or today"
    const char* max_length;    ///< "At most {} characters"
    const char* pattern;       ///< "Pattern: {}"
    const char* default_value; ///< "Default: {}"
    const char* no_default;    ///< "(none)"
    const char* asked_when;    ///< "Asked when: {}"
    // tracking: a finished plan, tasks left out, the history
    const char* finished;        ///< the plan is finished
    const char* optional_left;   ///< "Optional work you can still do: {0}."
    const char* why_skipped;     ///< why a task is left out: skipped
    const char* why_no_time;     ///< why: optional, no room
    const char* why_undone;      ///< why: undone after a re-plan
    const char* left_out_line;   ///< "{0}: {1}": a task left out and why
    const char* scheduled_hours; ///< status: scheduled hours
    const char* left_out_hours;  ///< status: left-out hours
    const char* waiting_pace;    ///< status: too early to project
    const char* too_slow;        ///< status: the pace is far too slow
    const char* progress;        ///< "{0} of {1} h done"
    const char* history_title;   ///< history's heading
    const char* history_week;    ///< "Week {0} · {1} · {2} h done"
    const char* history_before;  ///< history: entries before the start
    const char* history_track;   ///< history: track
    const char* history_done;    ///< history: done
    const char* history_hours;   ///< history: done --hours
    const char* history_skip;    ///< history: skip
    const char* history_undo;    ///< history: undo
    const char* history_replan;  ///< history: replan
    const char* kept_head;       ///< the heading over the tasks kept for unanswered questions
    // cohort: one row per learner
    const char* cohort_title;     ///< "Cohort on {0}: {1} learners"
    const char* cohort_title_one; ///< "Cohort on {0}: 1 learner"
    const char* cohort_catalog;   ///< "catalogue {0} {1}"
    const char* cohort_summary;   ///< "{0} on schedule, {1} behind, {2} stalled."
    const char* cohort_none;      ///< no learner could be read
    const char* week_head;
    const char* done_head;
    const char* end_head;
    const char* checkpoint_head;
    const char* last_head;
    const char* catalog_head;
    const char* cohort_hours;     ///< "{0} of {1} h"
    const char* cohort_ahead;     ///< "{0} h ahead ({1} weeks)"
    const char* cohort_behind;    ///< "{0} h behind ({1} weeks)"
    const char* cohort_on_time;   ///< "on schedule"
    const char* cohort_waiting;   ///< projected end: under two weeks of evidence
    const char* cohort_too_slow;  ///< projected end: over a year late
    const char* cohort_finished;  ///< projected end: finished
    const char* cohort_not_begun; ///< projected end: before the start
    const char* cohort_week;      ///< "{0}, week {1}": the next checkpoint
    const char* cohort_never;     ///< last progress: none recorded
    const char* cohort_stalled;   ///< the flag
    const char* cohort_line;      ///< "{0} ({1})": a learner and their direction
};

const Labels& labels(std::string_view lang);
/// The Chinese words (labels_zh.cpp); labels() chooses between the two.
const Labels& chinese_labels();
bool is_zh(std::string_view lang);

/// Catalogue text in `lang`, with control characters (escape sequences) removed.
std::string text(const Text& t, std::string_view lang);
std::string clean(std::string_view s);

/// One space between Chinese (Japanese, Korean) letters and Latin letters or digits, where
/// there is none: the typography of docs/content.md, applied to every formatted UI text.
std::string spaced(std::string s);

/// fmt::format with a runtime format string taken from Labels, spaced().
template <typename... Args> std::string format(const char* pattern, const Args&... args);

/// "Mon 14 Dec 2026" / "2026年12月14日（周一）".
std::string long_date(const Date& d, std::string_view lang);
/// "Mon 14 Dec – Sun 20 Dec 2026" (year once when both share it) / "2026年12月14日至12月20日".
std::string date_range(const Date& a, const Date& b, std::string_view lang);

/// Display name of a direction (falls back to its id).
std::string direction_name(const Catalog& catalog, const std::string& id, std::string_view lang);
std::string task_title(const Catalog& catalog, const std::string& id, std::string_view lang);
/// A task's title inside a sentence, quoted ("…" in English, 「…」 in Chinese): a title's own
/// comma or colon would otherwise run into the sentence or the list around it.
std::string task_ref(const Catalog& catalog, const std::string& id, std::string_view lang);
/// A pitfall's cause as "Python: None" (short label and choice label).
std::string cause_text(const Catalog& catalog, const PitfallCause& cause, std::string_view lang);
/// An answer's value for people: choice labels, yes/no, numbers, ISO dates.
std::string answer_text(const Catalog& catalog, const Answer& answer, std::string_view lang);
/// The reasons shown for a recommendation: the plan's direction and, on a close call, every
/// direction within k_close_margin of the best, best first.
std::vector<const DirectionScore*> explained_directions(const Recommendation& rec);
/// A direction's reasons for (points > 0, at most 4) or against it (< 0, at most 2).
std::vector<const Reason*> reasons_for(const DirectionScore& score, bool positive);
/// The plan direction's interview questions that the plan prepares, for the task marked
/// "interview" (all of them without a plan).
std::vector<std::string> interview_questions(const Report& report);
/// How the plan does a task the short way (Task::shorten), or "" when it does it whole.
std::string short_way(const Report& report, std::string_view task_id);
/// The questions the plan does not prepare, each with the tasks it left out.
std::vector<std::string> questions_left_out(const Report& report);
/// A pitfall's remedy in the plan: scheduled (or no plan), cut to fit, or not in it at all.
enum class Remedy { planned, cut, none };
Remedy remedy_state(const Report& report, const std::string& id);
/// A pitfall's remedies as the plan has them: the tasks it schedules, and those it cut (said so);
/// tasks the person already has are not named. Without a plan, every task.
std::vector<std::string> remedies(const Report& report, const std::vector<std::string>& tasks);
/// What the plan cut or shortened to fit six months, or nothing.
std::vector<std::string> scope_lines(const Report& report);
/// Names of a task's skip_if_skills, joined.
std::string skill_names(const Catalog& catalog, const Task& task, std::string_view lang);
/// A condition of the catalogue in words: "Python: None or Basic; hours a week at least 10".
std::string condition_text(const Catalog& catalog, const Condition& c, std::string_view lang);
/// "Title (id)" / "标题（id）": a catalogue item for people, with the id to pass to commands;
/// with `detail`, "Title (id, detail)" / "标题（id，detail）".
std::string with_id(std::string_view lang, const std::string& title, const std::string& id,
                    const std::string& detail = "");
/// " (inner)" in English, "（inner）" in Chinese.
std::string paren(std::string_view lang, const std::string& inner);
/// Why a tracked task is left out of the weeks, in words: from left_out_reason.
const char* left_out_why(std::string_view reason, std::string_view lang);
/// "+30", "0", "-5".
std::string signed_points(std::int64_t points);
/// "3-4, 7" from sorted week numbers.
std::string week_list(const std::vector<int>& weeks, std::string_view lang);
/// Hours of `week` given to tasks of `phase`.
int hours_in_phase(const Week& week, std::string_view phase);
/// `items` with the language's list separator between them.
std::string list(const std::vector<std::string>& items, std::string_view lang);

// ---- the plan's facts in words (render_plan_words.cpp) ----

/// "Your six-month plan: Data", or "Your 33-week plan: Data" when it runs longer or shorter.
std::string plan_title(std::string_view lang, const std::string& direction, int weeks);
std::string plan_title(const Report& report);
/// The dates, the weekly hours, how long the work takes, and whether the core fits.
std::vector<std::string> plan_summary(const Report& report);
/// What to do when the core does not fit six months (all empty when it fits).
struct AdviceText {
    std::string hours;                  ///< the weekly hours that fit
    std::string shortcuts_head;         ///< "Shorten these tasks to save N h:"
    std::vector<std::string> shortcuts; ///< one per task
    std::string with_shortcuts;         ///< the hours with every shortcut
    std::string apply;                  ///< when to start applying
};
AdviceText advice_text(const Report& report);
/// "Phase 1 · Foundations · Mon 30 Nov – Sun 27 Dec 2026 (window: ...)".
std::string phase_heading(const Report& report, std::size_t rank);
/// The phase's dates: the weeks its tasks occupy, and its nominal window when that differs.
std::string phase_dates(const Report& report, std::size_t rank);

/// A checkpoint part in this plan: its text, and what is missing from it.
struct CheckpointLine {
    std::string text;
    std::string missing;            ///< "" when the plan delivers it
    std::vector<std::string> needs; ///< the titles of the tasks missing, as task_ref gives them
};
std::vector<CheckpointLine> checkpoint_lines(const Report& report, std::size_t rank);
/// The checkpoint as the text and Markdown plans show it: the parts the plan delivers and, when
/// two or more are not in it, one line for those (`left_out`) rather than one each.
struct CheckpointShown {
    std::vector<CheckpointLine> lines;
    std::string left_out;
};
CheckpointShown checkpoint_shown(const Report& report, std::size_t rank);
/// "Checkpoint (week N)" when the phase's work ends in week N, else "Checkpoint".
std::string checkpoint_label(const Report& report, std::size_t rank);

/// One layer of the map: "App · Application layer", what it holds, tools, the directions there.
struct MapLine {
    std::string name;
    std::string description;
    std::string tools;
    std::string directions;
};
std::vector<MapLine> map_lines(const Catalog& catalog, std::string_view lang);

/// "GPU time: 6.5 GPU-hours of 24 GB GPU; about $5", or "" without GPU time.
std::string gpu_line(const Report& report, const std::vector<GpuUse>& uses, bool whole_plan);
/// The whole plan's GPU cost in one sentence, for the summary; "" without GPU time.
std::string gpu_cost_line(const Report& report);
/// "$12.50", "$120", "12.50 EUR".
std::string money(std::int64_t cents, const std::string& currency);

/// Bridging tasks kept only because a question that could skip them was not answered.
std::vector<std::string> kept_notes(const Report& report);
/// One left-out task with its id (when `show_id`), its hours and why; catalogue text passes
/// through `literal`.
template <typename F>
std::string left_out_entry(const Catalog& catalog, const Unscheduled& u, std::string_view lang,
                           bool show_id, F literal);

} // namespace llmpath::render

#include <fmt/format.h>

template <typename... Args>
std::string llmpath::render::format(const char* pattern, const Args&... args) {
    return spaced(fmt::format(fmt::runtime(pattern), args...));
}

template <typename F>
std::string llmpath::render::left_out_entry(const Catalog& catalog, const Unscheduled& u,
                                            std::string_view lang, bool show_id, F literal) {
    const Labels& l = labels(lang);
    const Task* task = catalog.find_task(u.task);
    std::string entry = literal(task_title(catalog, u.task, lang));
    const std::string hours =
        task != nullptr ? format(l.hours, u.hours > 0 ? u.hours : task->hours) : std::string();
    // One bracket: "Linux servers and logs (bridge-linux, 10 h)".
    if (show_id) {
        entry = with_id(lang, entry, u.task, hours);
    } else if (!hours.empty()) {
        entry += paren(lang, hours);
    }
    entry += l.colon;
    if (u.reason == k_reason_skill && task != nullptr) {
        entry += format(l.reason_skill, literal(skill_names(catalog, *task, lang)));
    } else if (u.reason == k_reason_no_time) {
        entry += l.reason_no_time;
    } else if (u.reason == k_reason_cut) {
        entry += l.reason_cut;
    } else {
        entry += literal(clean(u.reason));
    }
    return entry;
}
