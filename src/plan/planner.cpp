// From answers to a plan: the chain every planning command shares.
#include <llmpath/error.hpp>
#include <llmpath/planner.hpp>

#include "util/say.hpp"

#include <map>

namespace llmpath {

namespace {

/// The answer to one of the planner's questions, which the catalogue loader requires and
/// gather_answers always provides once nothing is missing.
template <typename T> T planning_answer(const Answers& answers, std::string_view question) {
    const Answer* a = answers.find(question);
    const T* value = a == nullptr ? nullptr : std::get_if<T>(&a->value);
    if (value == nullptr) {
        throw InputError(util::say(msg::no_answer_for_plan, std::string(question)));
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
    input.whole_path = overrides.whole_path;
    for (const Answer& a : answers.items) {
        if (const auto* choice = std::get_if<std::string>(&a.value)) {
            input.answers[a.question] = *choice;
        } else if (const auto* yes = std::get_if<bool>(&a.value)) {
            input.answers[a.question] = *yes ? "yes" : "no";
        }
    }
    return input;
}

Catalog planned_catalog(const Catalog& catalog, const Plan& plan, const std::string& direction) {
    Catalog out = catalog;
    std::map<std::string, int> hours;
    for (const Week& week : plan.weeks) {
        for (const PlanItem& item : week.items) {
            hours[item.task] += item.hours;
        }
    }
    for (Task& task : out.tasks) {
        if (auto it = hours.find(task.id); it != hours.end()) {
            task.hours = it->second;
        }
    }
    for (Direction& d : out.directions) {
        if (d.id != direction) {
            continue;
        }
        std::vector<Text> kept;
        std::vector<std::vector<std::string>> kept_tasks;
        for (const QuestionStatus& q : plan.interview_questions) {
            if (q.missing.empty() && q.index < d.interview_questions.size()) {
                kept.push_back(d.interview_questions[q.index]);
                kept_tasks.push_back(q.index < d.interview_tasks.size()
                                         ? d.interview_tasks[q.index]
                                         : std::vector<std::string>{});
            }
        }
        d.interview_questions = std::move(kept);
        d.interview_tasks = std::move(kept_tasks);
    }
    return out;
}

PlannedPath plan_path(const Catalog& catalog, const Answers& answers,
                      const PlanOverrides& overrides) {
    Recommendation recommendation = recommend(catalog, answers, overrides.direction);
    Plan plan =
        make_plan(catalog, schedule_input(catalog, answers, recommendation.direction, overrides));
    return {std::move(recommendation), std::move(plan)};
}

} // namespace llmpath
