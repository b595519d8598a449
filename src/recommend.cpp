#include "util/text.hpp"

#include <llmpath/error.hpp>
#include <llmpath/recommend.hpp>

#include "util/suggest.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace llmpath {

namespace {

constexpr std::size_t k_max_reasons = 4;

std::int64_t weight(const Choice& c, const std::string& direction) {
    auto it = c.weights.find(direction);
    return it == c.weights.end() ? 0 : it->second;
}

/// The lowest and highest points any answer to `q` could give `direction`.
std::pair<std::int64_t, std::int64_t> bounds(const Question& q, const std::string& direction) {
    if (q.choices.empty()) {
        return {0, 0};
    }
    if (q.type == QuestionType::multi) {
        std::int64_t lo = 0;
        std::int64_t hi = 0;
        for (const auto& c : q.choices) {
            const auto w = weight(c, direction);
            (w < 0 ? lo : hi) += w;
        }
        return {lo, hi};
    }
    std::int64_t lo = weight(q.choices.front(), direction);
    std::int64_t hi = lo;
    for (const auto& c : q.choices) {
        lo = std::min(lo, weight(c, direction));
        hi = std::max(hi, weight(c, direction));
    }
    return {lo, hi};
}

int normalise(std::int64_t raw, std::int64_t lo, std::int64_t hi) {
    if (hi <= lo) {
        return 0;
    }
    const double share = static_cast<double>(raw - lo) / static_cast<double>(hi - lo);
    return static_cast<int>(std::clamp<long long>(std::llround(100.0 * share), 0, 100));
}

/// "python=none"; for a multi only its values that the condition names.
std::string cause_of(const Condition& cond, const Answer& answer) {
    if (const auto* many = std::get_if<std::vector<std::string>>(&answer.value);
        many && !cond.in.empty()) {
        std::vector<std::string> hits;
        for (const auto& v : *many) {
            if (std::find(cond.in.begin(), cond.in.end(), v) != cond.in.end()) {
                hits.push_back(v);
            }
        }
        return cond.question + "=" + util::join(hits, ",");
    }
    return cond.question + "=" + answer_to_string(answer.value);
}

} // namespace

Recommendation recommend(const Catalog& catalog, const Answers& answers,
                         const std::optional<std::string>& chosen) {
    if (chosen && catalog.find_direction(*chosen) == nullptr) {
        std::vector<std::string> ids;
        for (const auto& d : catalog.directions) {
            ids.push_back(d.id);
        }
        throw InputError("unknown direction '" + *chosen + "'" + util::did_you_mean(*chosen, ids) +
                         "; choose one of " + util::join(ids, ", "));
    }

    Recommendation out;
    for (const auto& d : catalog.directions) {
        DirectionScore score;
        score.direction = d.id;
        std::int64_t lo = 0;
        std::int64_t hi = 0;
        std::vector<Reason> moves;
        for (const auto& q : catalog.questions) {
            const auto [q_lo, q_hi] = bounds(q, d.id);
            lo += q_lo;
            hi += q_hi;
            const Answer* a = answers.find(q.id);
            if (a == nullptr) {
                continue;
            }
            for (const Choice* c : selected_choices(q, a->value)) {
                const auto points = weight(*c, d.id);
                score.raw += points;
                if (points != 0) {
                    moves.push_back(Reason{q.id, c->value, points});
                }
            }
        }
        score.score = normalise(score.raw, lo, hi);
        std::stable_sort(moves.begin(), moves.end(), [](const Reason& a, const Reason& b) {
            return std::llabs(a.points) > std::llabs(b.points);
        });
        if (moves.size() > k_max_reasons) {
            moves.resize(k_max_reasons);
        }
        score.reasons = std::move(moves);
        out.ranking.push_back(std::move(score));
    }
    std::stable_sort(
        out.ranking.begin(), out.ranking.end(),
        [](const DirectionScore& a, const DirectionScore& b) { return a.score > b.score; });
    out.close_call =
        out.ranking.size() >= 2 && out.ranking[0].score - out.ranking[1].score <= k_close_margin;
    if (chosen) {
        out.direction = *chosen;
        out.chosen_by_user = true;
    } else if (!out.ranking.empty()) {
        out.direction = out.ranking.front().direction;
    }

    for (const auto& p : catalog.pitfalls) {
        PitfallFlag flag;
        flag.pitfall = p.id;
        for (const auto& cond : p.flag_when) {
            if (!condition_holds(cond, answers)) {
                continue;
            }
            auto cause = cause_of(cond, *answers.find(cond.question));
            if (std::find(flag.causes.begin(), flag.causes.end(), cause) == flag.causes.end()) {
                flag.causes.push_back(std::move(cause));
            }
        }
        if (!flag.causes.empty()) {
            flag.tasks = p.tasks;
            out.pitfalls.push_back(std::move(flag));
        }
    }
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
    const bool zh = lang == "zh";
    // "background: Backend engineer (+30): why" reads well whatever the length of the label.
    std::string out(subject);
    out += zh ? "：" : ": ";
    out += label;
    out += zh ? "（" : " (";
    out += points;
    out += zh ? "）" : ")";
    if (!why.empty()) {
        out += zh ? "：" : ": ";
        out += why;
    }
    return out;
}

} // namespace llmpath
