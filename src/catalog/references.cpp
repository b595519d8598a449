// The catalogue loader's checks across sections: unique ids, references to them, conditions on
// earlier questions, prerequisite phases and cycles.
#include "catalog/loader.hpp"

#include "util/say.hpp"
#include "util/suggest.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <unordered_map>

namespace llmpath {

namespace loader {

template <typename T>
Ids collect_ids(Loader& loader, const std::vector<T>& items, const JsonPath& section,
                std::string_view noun) {
    Ids ids;
    ids.index.reserve(items.size());
    ids.list.reserve(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
        const std::string& id = items[i].id;
        if (id.empty()) {
            continue;
        }
        auto [it, inserted] = ids.index.emplace(id, i);
        if (inserted) {
            ids.list.push_back(id);
        } else {
            const JsonPath item = section / i;
            loader.problem(item / "id", util::say(msg::cat_duplicate_id, loader::noun(noun),
                                                  util::quoted(id), (section / it->second).str()));
        }
    }
    return ids;
}

namespace {

// "a -> b -> c -> a", with the middle of a long cycle left out.
Said cycle_text(const std::vector<std::string>& names) {
    constexpr std::size_t k_show = 8;
    Said cycle;
    for (std::size_t k = 0; k < names.size(); ++k) {
        if (names.size() > 2 * k_show && k == k_show) {
            const Said more = util::say(msg::cat_cycle_more, names.size() - 2 * k_show);
            cycle.en += more.en;
            cycle.zh += more.zh;
            k = names.size() - k_show - 1;
            continue;
        }
        cycle.en += names[k] + " -> ";
        cycle.zh += names[k] + " -> ";
    }
    return {cycle.en + names.front(), cycle.zh + names.front()};
}

} // namespace

} // namespace loader

using loader::collect_ids;
using loader::Ids;
using loader::References;

Said Loader::suggest(std::string_view word, const std::vector<std::string>& ids) {
    // Each suggestion scans the ids and computes an edit distance for those of similar length
    // (the distance is at least the difference in length). The budget keeps a catalogue full of
    // bad references from taking quadratic time: past it, problems come without suggestions.
    if (ids.size() > m_suggest_budget) {
        return {};
    }
    m_suggest_budget -= ids.size();
    const std::size_t limit = std::max<std::size_t>(1, word.size() / 3);
    std::vector<std::string> near;
    for (const auto& id : ids) {
        const std::size_t diff =
            id.size() > word.size() ? id.size() - word.size() : word.size() - id.size();
        if (diff <= limit) {
            near.push_back(id);
        }
    }
    const std::size_t cost = near.size() * (word.size() + 1) * (word.size() + limit + 1);
    if (cost > m_suggest_budget) {
        return {};
    }
    m_suggest_budget -= cost;
    return util::suggestion(word, near);
}

bool Loader::known(const Ids& ids, const std::string& id, const Path& at, std::string_view noun) {
    // Empty ids were already reported as malformed.
    if (id.empty() || ids.index.count(id) != 0) {
        return !id.empty();
    }
    problem(at, util::say(msg::cat_unknown_ref, loader::noun(noun), util::quoted(id),
                          suggest(id, ids.list)));
    return false;
}

References Loader::collect_references() {
    const Path root;
    References refs;
    collect_ids(*this, catalog.layers, root / "layers", "layer");
    refs.directions = collect_ids(*this, catalog.directions, root / "directions", "direction");
    refs.phases = collect_ids(*this, catalog.phases, root / "phases", "phase");
    collect_ids(*this, catalog.pitfalls, root / "pitfalls", "pitfall");
    refs.skills = collect_ids(*this, catalog.skills, root / "skills", "skill");
    refs.questions = collect_ids(*this, catalog.questions, root / "questions", "question");
    refs.tasks = collect_ids(*this, catalog.tasks, root / "tasks", "task");

    // Each question's choice values, for conditions; duplicates are reported here.
    const Path questions = root / "questions";
    refs.choice_values.resize(catalog.questions.size());
    for (std::size_t i = 0; i < catalog.questions.size(); ++i) {
        const Path qp = questions / i;
        const Path cp = qp / "choices";
        const auto& choices = catalog.questions[i].choices;
        for (std::size_t c = 0; c < choices.size(); ++c) {
            const std::string& value = choices[c].value;
            if (value.empty()) {
                continue;
            }
            auto [it, inserted] = refs.choice_values[i].emplace(value, c);
            if (!inserted) {
                const Path chp = cp / c;
                problem(chp / "value", util::say(msg::cat_duplicate_choice, util::quoted(value),
                                                 (cp / it->second).str()));
            }
        }
    }
    return refs;
}

// `before`: the index of the question the condition guards; it may test only earlier ones.
void Loader::check_condition(const Condition& c, const Path& p, std::optional<std::size_t> before,
                             const References& refs) {
    const Path qp = p / "question";
    if (!known(refs.questions, c.question, qp, "question")) {
        return;
    }
    const std::size_t qi = refs.questions.index.at(c.question);
    if (before && qi >= *before) {
        problem(qp, qi == *before ? util::say(msg::cat_self_condition)
                                  : util::say(msg::cat_condition_later, util::quoted(c.question)));
        return;
    }
    if (!m_question_typed[qi]) {
        return; // its type is already reported
    }
    const Question& q = catalog.questions[qi];
    const Said kind = util::say(msg::cat_kind, to_string(q.type), util::quoted(q.id));
    if (q.type == QuestionType::integer) {
        if (!c.in.empty()) {
            problem(p / "in", util::say(msg::cat_in_integer, kind));
        }
        return;
    }
    if (q.type == QuestionType::date || q.type == QuestionType::text) {
        problem(qp, util::say(msg::cat_condition_type, kind));
        return;
    }
    for (const auto& [key, bound] :
         {std::pair{"min", c.min.has_value()}, {"max", c.max.has_value()}}) {
        if (bound) {
            problem(p / key, util::say(msg::cat_bound_integer, std::string(key), kind));
        }
    }
    const bool boolean = q.type == QuestionType::boolean;
    std::vector<std::string> values{"yes", "no"};
    if (!boolean) {
        values.clear();
        for (const auto& ch : q.choices) {
            values.push_back(ch.value);
        }
    }
    const Path ip = p / "in";
    for (std::size_t k = 0; k < c.in.size(); ++k) {
        const std::string& v = c.in[k];
        const bool ok =
            v.empty() || (boolean ? v == "yes" || v == "no" : refs.choice_values[qi].count(v) != 0);
        if (!ok) {
            problem(ip / k, util::say(msg::cat_not_value_of, util::quoted(v), kind,
                                      util::listed(values), util::suggestion(v, values)));
        }
    }
}

void Loader::check_section_references(const References& refs) {
    const Path root;
    const Path layers = root / "layers";
    for (std::size_t i = 0; i < catalog.layers.size(); ++i) {
        const Path lp = layers / i;
        const Path dp = lp / "directions";
        const auto& ids = catalog.layers[i].directions;
        for (std::size_t k = 0; k < ids.size(); ++k) {
            known(refs.directions, ids[k], dp / k, "direction");
        }
    }
    const Path phases = root / "phases";
    for (std::size_t i = 0; i < catalog.phases.size(); ++i) {
        const Path php = phases / i;
        const Path dp = php / "direction_checkpoints";
        for (const auto& [dir, parts] : catalog.phases[i].direction_checkpoints) {
            known(refs.directions, dir, dp / dir, "direction");
        }
    }
    const Path pitfalls = root / "pitfalls";
    for (std::size_t i = 0; i < catalog.pitfalls.size(); ++i) {
        const Pitfall& pf = catalog.pitfalls[i];
        const Path pp = pitfalls / i;
        const Path fp = pp / "flag_when";
        for (std::size_t k = 0; k < pf.flag_when.size(); ++k) {
            check_condition(pf.flag_when[k], fp / k, std::nullopt, refs);
        }
        const Path tp = pp / "tasks";
        for (std::size_t k = 0; k < pf.tasks.size(); ++k) {
            known(refs.tasks, pf.tasks[k], tp / k, "task");
        }
    }
    const Path questions = root / "questions";
    for (std::size_t i = 0; i < catalog.questions.size(); ++i) {
        const Question& q = catalog.questions[i];
        const Path qp = questions / i;
        if (q.when) {
            check_condition(*q.when, qp / "when", i, refs);
        }
        const Path cp = qp / "choices";
        for (std::size_t c = 0; c < q.choices.size(); ++c) {
            check_choice_references(q.choices[c], cp / c, i, refs);
        }
    }
}

void Loader::check_choice_references(const Choice& ch, const Path& at, std::size_t question,
                                     const References& refs) {
    const Path wp = at / "weights";
    for (const auto& [dir, w] : ch.weights) {
        known(refs.directions, dir, wp / dir, "direction");
    }
    const Path rp = at / "reasons";
    for (const auto& [dir, r] : ch.reasons) {
        known(refs.directions, dir, rp / dir, "direction");
    }
    const Path sp = at / "skills";
    for (std::size_t k = 0; k < ch.skills.size(); ++k) {
        known(refs.skills, ch.skills[k], sp / k, "skill");
    }
    const Path dp = at / "defaults";
    for (const auto& [id, value] : ch.defaults) {
        check_choice_value(refs, id, value, dp / id, question);
    }
}

// `value` must be a value of question `id`, a single or boolean question asked after question
// `after` (or any question when `after` is npos).
void Loader::check_choice_value(const References& refs, const std::string& id,
                                const std::string& value, const Path& at, std::size_t after) {
    if (!known(refs.questions, id, at, "question")) {
        return;
    }
    const std::size_t qi = refs.questions.index.at(id);
    const Question& q = catalog.questions[qi];
    if (after != std::string::npos && qi <= after) {
        problem(at, util::say(msg::cat_choice_later, util::quoted(id)));
        return;
    }
    if (qi >= m_question_typed.size() || !m_question_typed[qi]) {
        return;
    }
    if (q.type == QuestionType::boolean) {
        if (value != "yes" && value != "no") {
            problem(at,
                    util::say(msg::cat_not_boolean_value, util::quoted(value), util::quoted(id)));
        }
        return;
    }
    if (q.type != QuestionType::single) {
        problem(at, util::say(msg::cat_not_single, util::quoted(id), to_string(q.type)));
        return;
    }
    if (refs.choice_values[qi].count(value) == 0) {
        problem(at, util::say(msg::cat_not_single_value, util::quoted(value), util::quoted(id),
                              util::listed(q.choice_values()), suggest(value, q.choice_values())));
    }
}

std::ptrdiff_t Loader::check_task_fields(const References& refs, std::size_t i) {
    const Task& t = catalog.tasks[i];
    const Path root;
    const Path tasks = root / "tasks";
    const Path tp = tasks / i;
    std::ptrdiff_t phase = -1;
    if (known(refs.phases, t.phase, tp / "phase", "phase")) {
        phase = static_cast<std::ptrdiff_t>(refs.phases.index.at(t.phase));
    }
    const Path dp = tp / "directions";
    const bool common = t.directions.size() == 1 && t.directions[0] == k_common_direction;
    for (std::size_t k = 0; !common && k < t.directions.size(); ++k) {
        if (t.directions[k] != k_common_direction) {
            known(refs.directions, t.directions[k], dp / k, "direction");
        }
    }
    for (const auto& [key, ids] : {std::pair{"skip_if_skills", &t.skip_if_skills},
                                   {"uses", &t.uses},
                                   {"teaches", &t.teaches}}) {
        const Path sp = tp / key;
        for (std::size_t k = 0; k < ids->size(); ++k) {
            known(refs.skills, (*ids)[k], sp / k, "skill");
        }
    }
    if (t.hours_by) {
        const Path hp = tp / "hours_by";
        if (known(refs.questions, t.hours_by->question, hp / "question", "question")) {
            const Path vp = hp / "hours";
            for (const auto& [value, hours] : t.hours_by->hours) {
                check_choice_value(refs, t.hours_by->question, value, vp / value,
                                   std::string::npos);
            }
        }
    }
    // No basics for experts: a person who has what a task teaches does not get it.
    const Path tt = tp / "teaches";
    for (std::size_t k = 0; k < t.teaches.size(); ++k) {
        if (std::find(t.skip_if_skills.begin(), t.skip_if_skills.end(), t.teaches[k]) ==
            t.skip_if_skills.end()) {
            problem(tt / k, util::say(msg::cat_teaches_skipped, util::quoted(t.teaches[k])));
        }
    }
    if (t.shorten) {
        const Path shorten = tp / "shorten";
        const Path wp = shorten / "without";
        for (std::size_t k = 0; k < t.shorten->without.size(); ++k) {
            const std::string& id = t.shorten->without[k];
            if (std::find(t.prerequisites.begin(), t.prerequisites.end(), id) ==
                t.prerequisites.end()) {
                problem(wp / k, util::say(msg::cat_without_not_prerequisite, util::quoted(id)));
            }
        }
    }
    if (t.gpu && !t.gpu->gpu_class.empty() && catalog.gpu.find(t.gpu->gpu_class) == nullptr) {
        std::vector<std::string> classes;
        for (const auto& c : catalog.gpu.classes) {
            classes.push_back(c.id);
        }
        const Path gp = tp / "gpu";
        problem(gp / "class",
                util::say(msg::cat_unknown_gpu_class, util::quoted(t.gpu->gpu_class),
                          classes.empty() ? util::say(msg::cat_declare_gpu)
                                          : util::suggestion(t.gpu->gpu_class, classes)));
    }
    return phase;
}

loader::Edges Loader::check_task_references(const References& refs) {
    const std::size_t n = catalog.tasks.size();
    loader::Edges edges;
    edges.phase_of.assign(n, -1);
    for (std::size_t i = 0; i < n; ++i) {
        edges.phase_of[i] = check_task_fields(refs, i);
    }
    const auto& phase_of = edges.phase_of;
    edges.first.assign(n + 1, 0);
    edges.targets.reserve(n);
    edges.slots.reserve(n);
    const Path root;
    const Path tasks = root / "tasks";
    for (std::size_t i = 0; i < n; ++i) {
        const Task& t = catalog.tasks[i];
        const Path tp = tasks / i;
        const Path pp = tp / "prerequisites";
        edges.first[i] = edges.targets.size();
        for (std::size_t k = 0; k < t.prerequisites.size(); ++k) {
            const std::string& id = t.prerequisites[k];
            if (!known(refs.tasks, id, pp / k, "task")) {
                continue;
            }
            const std::size_t v = refs.tasks.index.at(id);
            edges.targets.push_back(v);
            edges.slots.push_back(k);
            if (phase_of[i] >= 0 && phase_of[v] > phase_of[i]) {
                problem(pp / k,
                        util::say(msg::cat_prerequisite_later_phase, util::quoted(id),
                                  util::quoted(catalog.tasks[v].phase), util::quoted(t.phase)));
            }
        }
    }
    edges.first[n] = edges.targets.size();
    return edges;
}

// Iterative depth-first search (a chain of 100,000 tasks must not overflow the stack).
void Loader::check_cycles(loader::Edges& edges) {
    const Path root;
    const Path tasks = root / "tasks";
    const std::size_t n = catalog.tasks.size();
    enum : unsigned char { white, grey, black };
    std::vector<unsigned char> colour(n, white);
    std::vector<std::size_t> on_stack_at(n, 0);
    std::vector<std::pair<std::size_t, std::size_t>> stack; // (task, next edge)
    for (std::size_t s = 0; s < n; ++s) {
        if (colour[s] != white) {
            continue;
        }
        colour[s] = grey;
        stack.push_back({s, edges.first[s]});
        while (!stack.empty()) {
            auto& [u, e] = stack.back();
            if (e == edges.first[u + 1]) {
                colour[u] = black;
                stack.pop_back();
                continue;
            }
            const std::size_t edge = e++;
            const std::size_t v = edges.targets[edge];
            if (colour[v] == white) {
                colour[v] = grey;
                on_stack_at[v] = stack.size();
                stack.push_back({v, edges.first[v]});
            } else if (colour[v] == grey) {
                std::vector<std::string> names;
                for (std::size_t k = on_stack_at[v]; k < stack.size(); ++k) {
                    names.push_back(catalog.tasks[stack[k].first].id);
                }
                const Path tp = tasks / stack.back().first;
                const Path pp = tp / "prerequisites";
                problem(pp / edges.slots[edge],
                        util::say(msg::cat_cycle, loader::cycle_text(names)));
                edges.cycle = true;
            }
        }
    }
}

void Loader::check_references() {
    const References refs = collect_references();
    check_section_references(refs);
    loader::Edges edges = check_task_references(refs);
    check_cycles(edges);
    check_checkpoints(refs, edges);
    check_interview_questions(refs, edges);
    if (!edges.cycle) {
        check_priorities(edges);
        check_presenting(edges);
        check_taught_before_used(refs, edges);
    }
}

} // namespace llmpath
