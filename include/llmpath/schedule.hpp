#pragma once

#include <llmpath/catalog.hpp>
#include <llmpath/date.hpp>

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace llmpath {

/// Weeks in the six months a plan aims at (week 1 may be a short week).
inline constexpr int k_plan_weeks = k_plan_days / 7;

/// Unscheduled::reason values.
inline constexpr std::string_view k_reason_skill = "skill";
inline constexpr std::string_view k_reason_no_time = "no-time";

struct ScheduleInput {
    Date start;
    int hours_per_week = 10;
    std::string direction;
    std::set<std::string> skills; ///< tasks whose skip_if_skills are all here are left out
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

struct PhaseWindow {
    std::string id;
    Date start;        ///< start + phase.start_day
    Date end;          ///< start + phase.end_day
    int last_week = 0; ///< index of the week in which the phase's scheduled work ends (its
                       ///< checkpoint); 0 when none of the phase's tasks is scheduled
};

struct Unscheduled {
    std::string task;
    std::string reason; ///< "skill" (person has it), "no-time" (optional, did not fit)
};

struct Plan {
    Date start;
    Date end; ///< the last planned week's Sunday, or start+182 if that is later
    int hours_per_week = 10;
    int weeks_total = 0;
    bool fits_in_six_months = true;
    int hours_needed_per_week = 0; ///< smallest hours/week that finishes the core in 26 weeks
                                   ///< (0: no core work, or no budget can, see docs/scheduling.md)
    int core_hours = 0;            ///< hours of the core tasks (and the optional ones they need)
    std::vector<PhaseWindow> phases;
    std::vector<Week> weeks;
    std::vector<Unscheduled> unscheduled;
};

/// Packs the direction's and the common tasks into dated weeks (rules in docs/scheduling.md).
/// Deterministic; O(n log n) in the number of tasks. Throws InputError for an unknown direction
/// or hours_per_week < 1, CatalogError for a prerequisite cycle, an unknown phase or hours < 1.
Plan make_plan(const Catalog &catalog, const ScheduleInput &input);

} // namespace llmpath
