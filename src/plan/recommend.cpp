#include "util/text.hpp"

#include <llmpath/error.hpp>
#include <llmpath/recommend.hpp>

#include "util/say.hpp"
#include "util/suggest.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace llmpath {

namespace {

std::int64_t weight(const Choice& c, const std::string& direction) {
    auto it = c.weights.find(direction);
    return it == c.weights.end() ? 0 : it->second;
}

/// The multi's values that the condition names, or the answer's value.
std::string cause_value(const Condition& cond, const Answer& answer) {
    if (const auto* many = std::get_if<std::vector<std::string>>(&answer.value);
        many && !cond.in.empty()) {
        std::vector<std::string> hits;
        for (const auto& v : *many) {
            if (std::find(cond.in.begin(), cond.in.end(), v) != cond.in.end()) {
                hits.push_back(v);
            }
        }
        return util::join(hits, ",");
    }
    return answer_to_string(answer.value);
}

DirectionScore score_direction(const Catalog& catalog, const Answers& given, const Direction& d) {
    DirectionScore score;
    score.direction = d.id;
    for (const auto& a : given.items) {
        const Question* q = catalog.find_question(a.question);
        if (q == nullptr) {
            continue;
        }
        for (const Choice* c : selected_choices(*q, a.value)) {
            const auto points = weight(*c, d.id);
            score.raw += points;
            if (points != 0) {
                score.reasons.push_back(Reason{q->id, c->value, points});
            }
        }
    }
    std::stable_sort(score.reasons.begin(), score.reasons.end(),
                     [](const Reason& a, const Reason& b) {
                         return std::llabs(a.points) > std::llabs(b.points);
                     });
    return score;
}

std::vector<PitfallFlag> flag_pitfalls(const Catalog& catalog, const Answers& given) {
    std::vector<PitfallFlag> out;
    for (const auto& p : catalog.pitfalls) {
        PitfallFlag flag;
        flag.pitfall = p.id;
        for (const auto& cond : p.flag_when) {
            if (!condition_holds(cond, given)) {
                continue;
            }
            PitfallCause cause{cond.question, cause_value(cond, *given.find(cond.question))};
            if (std::none_of(flag.causes.begin(), flag.causes.end(), [&](const PitfallCause& c) {
                    return c.question == cause.question && c.value == cause.value;
                })) {
                flag.causes.push_back(std::move(cause));
            }
        }
        if (!flag.causes.empty()) {
            flag.tasks = p.tasks;
            out.push_back(std::move(flag));
        }
    }
    return out;
}

} // namespace

Recommendation recommend(const Catalog& catalog, const Answers& answers,
                         const std::optional<std::string>& chosen) {
    if (chosen && catalog.find_direction(*chosen) == nullptr) {
        std::vector<std::string> ids;
        for (const auto& d : catalog.directions) {
            ids.push_back(d.id);
        }
        throw InputError(util::say(msg::unknown_direction, util::quoted(*chosen),
                                   util::suggestion(*chosen, ids), util::listed(ids)));
    }
    // Only what the person said counts: a default is not an answer about them.
    Answers given;
    for (const auto& a : answers.items) {
        if (a.source != AnswerSource::defaulted) {
            given.items.push_back(a);
        }
    }
    Recommendation out;
    std::int64_t best = 0;
    for (const auto& d : catalog.directions) {
        out.ranking.push_back(score_direction(catalog, given, d));
        best = std::max(best, out.ranking.back().raw);
    }
    for (auto& s : out.ranking) {
        s.score = best <= 0 || s.raw <= 0
                      ? 0
                      : static_cast<int>(std::llround(100.0 * static_cast<double>(s.raw) /
                                                      static_cast<double>(best)));
    }
    // Ties keep the catalogue's order, which lists the directions as they are recommended to
    // newcomers (data first).
    std::stable_sort(
        out.ranking.begin(), out.ranking.end(),
        [](const DirectionScore& a, const DirectionScore& b) { return a.raw > b.raw; });
    // With no answer that scores, the order is the catalogue's and nothing is close.
    out.close_call = out.ranking.size() >= 2 && best > 0 &&
                     out.ranking[0].raw - out.ranking[1].raw <= k_close_margin;
    if (chosen) {
        out.direction = *chosen;
        out.chosen_by_user = true;
    } else if (!out.ranking.empty()) {
        out.direction = out.ranking.front().direction;
    }
    out.pitfalls = flag_pitfalls(catalog, given);
    return out;
}
std::string reason_text(const Catalog& catalog, const std::string& direction, const Reason& reason,
                        std::string_view lang) {
    const Question* q = catalog.find_question(reason.question);
    const Choice* c = q != nullptr ? q->find_choice(reason.value) : nullptr;
    const std::string_view label =
        c != nullptr && !c->label.empty() ? c->label.get(lang) : std::string_view(reason.value);
    const std::string_view subject = q != nullptr && !q->short_label.empty()
                                         ? q->short_label.get(lang)
                                         : std::string_view(reason.question);
    std::string why;
    if (c != nullptr) {
        if (auto it = c->reasons.find(direction); it != c->reasons.end()) {
            why = it->second.get(lang);
        }
    }
    const std::string points = (reason.points > 0 ? "+" : "") + std::to_string(reason.points);
    if (lang == "zh") {
        // "平台方向的核心是……——背景为「后端工程师」，+30 分": one colon at most (a choice's
        // label may hold one), no bracket around a label that may hold brackets, and the reason
        // first, as Chinese puts the point before its source.
        const std::string source = util::zh_is(subject, label) + "，" + points + " 分";
        return why.empty() ? source : why + "——" + source;
    }
    // "background: Backend engineer (+30): why" reads well whatever the length of the label.
    std::string out(subject);
    out += ": ";
    out += label;
    out += " (" + points + ")";
    if (!why.empty()) {
        out += ": " + why;
    }
    return out;
}

} // namespace llmpath
