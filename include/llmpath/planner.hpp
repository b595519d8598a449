#pragma once

#include <llmpath/answers.hpp>
#include <llmpath/catalog.hpp>
#include <llmpath/recommend.hpp>
#include <llmpath/schedule.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>

namespace llmpath {

/// What a command knows besides the answers, as typed values. (The start date is an answer:
/// AnswerInput::start_date.)
struct PlanOverrides {
    std::optional<std::string> direction; ///< plan this direction, not the recommended one
    std::map<std::string, std::int64_t>
        gpu_cents;           ///< cents per GPU-hour by class, over the catalogue's
    bool whole_path = false; ///< the whole path at the person's pace, not cut to six months
};

/// The recommendation for a person and the plan for the direction chosen.
struct PlannedPath {
    Recommendation recommendation;
    Plan plan;
};

/// What the scheduler needs from validated answers: the start date and weekly hours (the
/// catalogue's start_date and hours_per_week questions), the skills, the direction and prices.
ScheduleInput schedule_input(const Catalog& catalog, const Answers& answers,
                             const std::string& direction, const PlanOverrides& overrides);

/// The catalogue as one plan sees it, for what keeps a plan (tracking): each planned task's
/// hours are the person's (by their answers, or done the short way), and the direction's
/// interview questions are those the plan prepares.
Catalog planned_catalog(const Catalog& catalog, const Plan& plan, const std::string& direction);

/// Scores the directions and plans the chosen one: the one way every command that plans
/// (plan, track, batch) turns a catalogue and answers into a plan.
PlannedPath plan_path(const Catalog& catalog, const Answers& answers,
                      const PlanOverrides& overrides);

} // namespace llmpath
