// From answers to a plan: the chain every planning command shares.
#include <llmpath/error.hpp>
#include <llmpath/planner.hpp>

namespace llmpath {

namespace {

/// The answer to one of the planner's questions, which the catalogue loader requires and
/// gather_answers always provides once nothing is missing.
template <typename T> T planning_answer(const Answers& answers, std::string_view question) {
    const Answer* a = answers.find(question);
    const T* value = a == nullptr ? nullptr : std::get_if<T>(&a->value);
    if (value == nullptr) {
        throw InputError("no answer to '" + std::string(question) + "', which the plan needs");
    }
    return *value;
}

} // namespace

ScheduleInput schedule_input(const Catalog& catalog, const Answers& answers,
                             const std::string& direction, const PlanOverrides& overrides) {
    ScheduleInput input;
    input.start = planning_answer<Date>(answers, k_start_question);
    input.hours_per_week =
        static_cast<int>(planning_answer<std::int64_t>(answers, k_hours_question));
    input.direction = direction;
    input.skills = skills_of(catalog, answers);
    input.gpu_cents = overrides.gpu_cents;
    return input;
}

PlannedPath plan_path(const Catalog& catalog, const Answers& answers,
                      const PlanOverrides& overrides) {
    Recommendation recommendation = recommend(catalog, answers, overrides.direction);
    Plan plan =
        make_plan(catalog, schedule_input(catalog, answers, recommendation.direction, overrides));
    return {std::move(recommendation), std::move(plan)};
}

} // namespace llmpath
