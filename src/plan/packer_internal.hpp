#pragma once

// Shared by the scheduler (schedule.cpp, scope.cpp) and the packer (packer.cpp); not public API.

#include <llmpath/schedule.hpp>

#include <cstdint>
#include <vector>

namespace llmpath {

/// Per task: core, or needed (directly or not) by a core task.
std::vector<char> required_tasks(const std::vector<WorkTask>& tasks);

/// What the scheduler knows of the tasks beyond WorkTask, by the same index.
struct PackHints {
    /// Optional tasks are taken in this order: highest first, then in the order of the line.
    std::vector<int> value;
    /// Tasks each one comes after when they are in the plan (an order, not a need).
    std::vector<std::vector<std::size_t>> after;
};

/// The plan's tasks as the packer sees them, with the catalogue index of each.
struct Selection {
    std::vector<WorkTask> work;
    std::vector<std::size_t> task_of; ///< catalogue index per work task
    std::vector<std::size_t> skipped; ///< catalogue indices left out for skills
    /// Per work task: the prerequisites (indices into `work`) its short way does without.
    std::vector<std::vector<std::size_t>> without;
};

/// The week in which the required tasks end at `hours_per_week` (0: none), and the hours that
/// the first 26 weeks hold and that the required tasks take or pass over; without the tasks
/// that `drop` marks, when it is given, as if they had never been in `tasks`.
struct CoreEnd {
    int week = 0;
    std::int64_t used = 0;
    std::int64_t capacity = 0;
};
CoreEnd core_end(const std::vector<WorkTask>& tasks, Date start, int hours_per_week,
                 const std::vector<char>& drop = {});

/// core_end of all the tasks, and the smallest weekly budget with which the required tasks end
/// by week 26 (0: none).
struct CoreFit {
    CoreEnd end;
    int hours_needed = 0;
};
CoreFit core_fit(const std::vector<WorkTask>& tasks, Date start, int hours_per_week);

/// What fitting six months took out of a selection.
struct Scope {
    std::vector<std::size_t> cut;     ///< catalogue indices of core tasks cut
    std::vector<std::size_t> no_time; ///< optional tasks left out because the core was cut
    std::vector<ShortcutAdvice> shortened;
    std::vector<int> cut_hours; ///< per cut task, its hours
    /// No project of the direction fits, so the tasks that present one went too.
    bool presenting_cut = false;
};

/// Cuts `sel` to what a mentor keeps in six months at the person's hours: shortcuts and then
/// tasks, the lowest priority first (docs/scheduling.md). Nothing when it fits (`whole`:
/// core_end of `sel` as it is) or whole_path.
Scope fit_six_months(const Catalog& catalog, const ScheduleInput& input, Selection& sel,
                     const CoreEnd& whole);

/// Marks the catalogue's tasks that the direction's interview questions draw on.
std::vector<char> asked_by_interviews(const Catalog& catalog, const std::string& direction_id);

/// The packer's hints: optional tasks that interview questions draw on first, then by
/// priority; the interview preparation after every task its questions draw on.
PackHints hints_for(const Catalog& catalog, const ScheduleInput& input, const Selection& sel);

/// pack_tasks with the scheduler's hints.
Packed pack_tasks(const std::vector<WorkTask>& tasks, Date start, int hours_per_week,
                  const PackHints& hints);

} // namespace llmpath
