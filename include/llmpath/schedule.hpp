#pragma once

#include <llmpath/catalog.hpp>
#include <llmpath/date.hpp>

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace llmpath {

/// Weeks in the six months a plan aims at.
inline constexpr int k_plan_weeks = k_plan_days / 7;

/// Unscheduled::reason values.
inline constexpr std::string_view k_reason_skill = "skill";
inline constexpr std::string_view k_reason_no_time = "no-time";
/// A core task cut so that the plan fits six months at the person's hours.
inline constexpr std::string_view k_reason_cut = "cut";

struct ScheduleInput {
    Date start;
    int hours_per_week = 10;
    std::string direction;
    std::set<std::string> skills; ///< tasks whose skip_if_skills are all here are left out
    /// GPU prices per hour in cents by class id, over the catalogue's (--gpu-price).
    std::map<std::string, std::int64_t> gpu_cents;
    /// Question id -> the single-choice or yes/no answer, for tasks whose hours depend on it.
    std::map<std::string, std::string> answers;
    /// Plan the whole path at this pace, however long it takes, instead of cutting it to fit.
    bool whole_path = false;
};

struct PlanItem {
    std::string task;
    std::string phase;
    int hours = 0; ///< hours of this part
    int part = 1;  ///< 1-based
    int parts = 1;
    bool core = true;
};

struct Week {
    int index = 1;  ///< 1-based
    Date start;     ///< Monday, or the start date for week 1
    Date end;       ///< Sunday
    int budget = 0; ///< hours available this week
    int hours = 0;  ///< hours planned (<= budget)
    std::vector<PlanItem> items;
};

/// One part of a phase's checkpoint in this plan, and the tasks it needs that the plan left out
/// for time (empty: the plan delivers it).
struct CheckpointStatus {
    bool direction_part = false; ///< from direction_checkpoints[direction], else the shared list
    std::size_t index = 0;       ///< in that list
    std::vector<std::string> missing;
};

/// GPU time of one class: GPU-hours (count times hours, in tenths) and their cost in cents.
struct GpuUse {
    std::string gpu_class;
    std::int64_t tenths = 0;
    std::int64_t cents = 0;
};

struct PhaseWindow {
    std::string id;
    Date start;         ///< the phase's nominal window: the catalogue's days on whole weeks,
    Date end;           ///< ending by the 26th week's Sunday (docs/scheduling.md)
    int first_week = 0; ///< the weeks its scheduled tasks occupy; 0 when it has none
    int last_week = 0;  ///< the week its work ends in, where its checkpoint goes
    std::vector<CheckpointStatus> checkpoint;
    std::vector<GpuUse> gpu; ///< by class, in the catalogue's class order
};

struct Unscheduled {
    std::string task;
    std::string reason; ///< "skill" (person has it), "no-time" (optional, did not fit), "cut"
    int hours = 0;      ///< the task's hours for this person
};

/// One of the direction's interview questions in this plan: kept when every task it draws on
/// is done before the interview preparation (or skipped because the person has its skills).
struct QuestionStatus {
    std::size_t index = 0;            ///< in Direction::interview_questions
    std::vector<std::string> missing; ///< tasks it draws on that the plan left out; empty: kept
};

/// A shortcut the catalogue offers for a core task of the plan.
struct ShortcutAdvice {
    std::string task;
    int hours = 0; ///< the task's hours
    int short_hours = 0;
};

/// What to do when the core work does not fit six months (all empty when it fits).
struct Advice {
    std::vector<ShortcutAdvice> shortcuts;
    int saved_hours = 0;
    /// Smallest weekly budget that ends the core by week 26 with every shortcut taken; 0 if
    /// there are no shortcuts or no budget can.
    int hours_needed_with_shortcuts = 0;
    /// Week in which the core ends at this budget with every shortcut taken.
    int weeks_with_shortcuts = 0;
    /// The earliest sensible week to start applying: after the work of the phase marked
    /// ready_to_apply (0 when the catalogue marks none).
    int apply_week = 0;
};

struct Plan {
    Date start;
    Date end; ///< the last planned week's Sunday (the start when no week is planned)
    int hours_per_week = 10;
    int weeks_total = 0; ///< weeks up to the last one with work
    bool fits_in_six_months = true;
    int hours_needed_per_week = 0; ///< smallest hours/week that finishes the core in 26 weeks
                                   ///< (0: no core work, or no budget can, see docs/scheduling.md)
    int core_hours = 0;            ///< hours of the core tasks (and the optional ones they need)
    std::vector<PhaseWindow> phases;
    std::vector<Week> weeks;
    std::vector<Unscheduled> unscheduled;
    Advice advice;
    std::vector<GpuUse> gpu;     ///< the whole plan's, by class
    bool own_gpu_prices = false; ///< priced with ScheduleInput::gpu_cents for some class
    bool whole_path = false;     ///< planned whole (ScheduleInput::whole_path)
    /// Core tasks done the short way (Task::shorten) so that the plan fits six months.
    std::vector<ShortcutAdvice> shortened;
    int cut_hours = 0; ///< hours of the core tasks cut to fit six months (reason "cut")
    /// The week in which the whole path's core work ends at these hours, before anything is cut
    /// (0: no core work): what --whole-path would take.
    int whole_path_weeks = 0;
    /// No project of the direction fits six months at these hours, so the tasks that present
    /// one (write-up, résumé, applications, interviews) were cut: the job search comes after
    /// the plan (docs/scheduling.md).
    bool presenting_cut = false;
    std::vector<QuestionStatus> interview_questions;
};

/// One task as the packer sees it: its hours, where it comes in the order, what it waits for.
struct WorkTask {
    std::string id;
    std::string phase;
    int phase_rank = 0;
    int hours = 1;
    bool core = true;
    std::vector<std::size_t> prerequisites; ///< indices into the same list
    bool presents = false;       ///< waits for the required direction_work tasks of its phase
    bool direction_work = false; ///< a task of the plan's own direction (not common) that builds
};

/// The weeks that hold `tasks` from `start` at `hours_per_week`, under the packing rules of
/// docs/scheduling.md: a task comes after its prerequisites, then by phase, core before
/// optional, then list order; a presenting task after the required direction work of its phase;
/// optional tasks only fill what is left of the first 26 weeks.
struct Packed {
    std::vector<Week> weeks;
    std::vector<std::size_t> dropped; ///< optional tasks that did not fit, in list order
    bool fits = true;                 ///< the core tasks end by week 26
    int core_end_week = 0;            ///< week in which the core tasks end (0: none)
    int hours_needed = 0;             ///< as Plan::hours_needed_per_week
};
Packed pack_tasks(const std::vector<WorkTask>& tasks, Date start, int hours_per_week);

/// Where packing continues a plan already under way: its first week ends on `first_end` (a
/// Sunday) with `first_budget` hours free, and optional tasks fill only the `horizon_weeks` left
/// of the plan's 26.
struct PackFrom {
    Date first_end;
    int first_budget = 0;
    int horizon_weeks = k_plan_weeks;
};
Packed pack_tasks(const std::vector<WorkTask>& tasks, Date start, int hours_per_week,
                  const PackFrom& from);

/// Packs the direction's and the common tasks into dated weeks (rules in docs/scheduling.md).
/// Deterministic; O(n log n) in the number of tasks. Throws InputError for an unknown direction
/// or hours_per_week < 1, CatalogError for a prerequisite cycle, an unknown phase or hours < 1,
/// AnswerError for a start date whose plan would end after 9999-12-31.
Plan make_plan(const Catalog& catalog, const ScheduleInput& input);

} // namespace llmpath
