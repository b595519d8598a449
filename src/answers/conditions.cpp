// Conditions on earlier answers: whether one holds, and what it says in words.
#include <llmpath/answers.hpp>

#include "util/text.hpp"

#include <algorithm>

namespace llmpath {

bool condition_holds(const Condition& cond, const Answers& answers) {
    const Answer* a = answers.find(cond.question);
    if (a == nullptr) {
        return false;
    }
    if (!cond.in.empty()) {
        const auto in = [&](const std::string& v) {
            return std::find(cond.in.begin(), cond.in.end(), v) != cond.in.end();
        };
        bool any = false;
        if (const auto* many = std::get_if<std::vector<std::string>>(&a->value)) {
            any = std::any_of(many->begin(), many->end(), in);
        } else {
            any = in(answer_to_string(a->value));
        }
        if (!any) {
            return false;
        }
    }
    if (cond.min || cond.max) {
        const auto* n = std::get_if<std::int64_t>(&a->value);
        if (n == nullptr || (cond.min && *n < *cond.min) || (cond.max && *n > *cond.max)) {
            return false;
        }
    }
    return true;
}

std::string describe_condition(const Condition& cond) {
    std::vector<std::string> parts;
    if (cond.in.size() == 1) {
        parts.push_back(cond.question + " is " + cond.in.front());
    } else if (!cond.in.empty()) {
        parts.push_back(cond.question + " is one of " + util::join(cond.in, ", "));
    }
    if (cond.min && cond.max) {
        parts.push_back(cond.question + " is from " + std::to_string(*cond.min) + " to " +
                        std::to_string(*cond.max));
    } else if (cond.min) {
        parts.push_back(cond.question + " is at least " + std::to_string(*cond.min));
    } else if (cond.max) {
        parts.push_back(cond.question + " is at most " + std::to_string(*cond.max));
    }
    if (parts.empty()) {
        return cond.question + " is answered";
    }
    return util::join(parts, " and ");
}

} // namespace llmpath
