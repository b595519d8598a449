// The catalogue loader's checks of what the planner relies on: checkpoints name the tasks that
// produce them, presenting tasks can wait for their direction's work, and every skill a task
// uses is taught before it.
#include "catalog/loader.hpp"

#include "util/say.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <cstdint>
#include <map>

namespace llmpath {

namespace {

/// Tasks in an order where each comes after its prerequisites (the catalogue has no cycle).
std::vector<std::size_t> topological_order(const loader::Edges& edges, std::size_t n) {
    std::vector<std::size_t> waiting(n);
    std::vector<std::vector<std::size_t>> dependents(n);
    for (std::size_t u = 0; u < n; ++u) {
        waiting[u] = edges.first[u + 1] - edges.first[u];
        for (auto e = edges.first[u]; e < edges.first[u + 1]; ++e) {
            dependents[edges.targets[e]].push_back(u);
        }
    }
    std::vector<std::size_t> order;
    order.reserve(n);
    for (std::size_t u = 0; u < n; ++u) {
        if (waiting[u] == 0) {
            order.push_back(u);
        }
    }
    for (std::size_t k = 0; k < order.size(); ++k) {
        for (const auto v : dependents[order[k]]) {
            if (--waiting[v] == 0) {
                order.push_back(v);
            }
        }
    }
    return order;
}

} // namespace

void Loader::check_checkpoints(const loader::References& refs, const loader::Edges& edges) {
    const Path root;
    const Path phases = root / "phases";
    auto check = [&](const std::vector<CheckpointPart>& parts, const Path& at, std::size_t phase,
                     const std::string* direction) {
        for (std::size_t i = 0; i < parts.size(); ++i) {
            const Path part = at / i;
            const Path tp = part / "tasks";
            for (std::size_t k = 0; k < parts[i].tasks.size(); ++k) {
                const std::string& id = parts[i].tasks[k];
                if (!known(refs.tasks, id, tp / k, "task")) {
                    continue;
                }
                const std::size_t t = refs.tasks.index.at(id);
                const Task& task = catalog.tasks[t];
                if (edges.phase_of[t] > static_cast<std::ptrdiff_t>(phase)) {
                    problem(tp / k, util::say(msg::cat_checkpoint_later, util::quoted(id),
                                              util::quoted(task.phase)));
                } else if (direction == nullptr && !task.is_common()) {
                    problem(tp / k, util::say(msg::cat_checkpoint_not_common, util::quoted(id)));
                } else if (direction != nullptr && !task.belongs_to(*direction)) {
                    problem(tp / k, util::say(msg::cat_not_direction_task, util::quoted(id),
                                              util::quoted(*direction)));
                }
            }
        }
    };
    for (std::size_t i = 0; i < catalog.phases.size(); ++i) {
        const Path php = phases / i;
        check(catalog.phases[i].checkpoint, php / "checkpoint", i, nullptr);
        const Path dp = php / "direction_checkpoints";
        for (const auto& [direction, parts] : catalog.phases[i].direction_checkpoints) {
            check(parts, dp / direction, i, &direction);
        }
    }
}

// Each interview question draws on tasks of its direction (or common) that can come before the
// interview preparation: none of them may need a task marked `interview`.
void Loader::check_interview_questions(const loader::References& refs, const loader::Edges& edges) {
    const std::size_t n = catalog.tasks.size();
    std::vector<std::size_t> needs_interview(n, n); // the interview task a task needs, or n
    for (const auto t : topological_order(edges, n)) {
        if (catalog.tasks[t].interview) {
            needs_interview[t] = t;
        }
        for (auto e = edges.first[t]; needs_interview[t] == n && e < edges.first[t + 1]; ++e) {
            needs_interview[t] = needs_interview[edges.targets[e]];
        }
    }
    const Path root;
    const Path directions = root / "directions";
    for (std::size_t d = 0; d < catalog.directions.size(); ++d) {
        const Direction& direction = catalog.directions[d];
        const Path dp = directions / d;
        const Path qp = dp / "interview_questions";
        for (std::size_t i = 0; i < direction.interview_tasks.size(); ++i) {
            const Path ip = qp / i;
            const Path tp = ip / "tasks";
            const auto& ids = direction.interview_tasks[i];
            for (std::size_t k = 0; k < ids.size(); ++k) {
                if (!known(refs.tasks, ids[k], tp / k, "task")) {
                    continue;
                }
                const std::size_t t = refs.tasks.index.at(ids[k]);
                if (!catalog.tasks[t].belongs_to(direction.id)) {
                    problem(tp / k, util::say(msg::cat_not_direction_or_common,
                                              util::quoted(ids[k]), util::quoted(direction.id)));
                } else if (needs_interview[t] < n) {
                    problem(tp / k, util::say(msg::cat_after_interview, util::quoted(ids[k]),
                                              util::quoted(catalog.tasks[needs_interview[t]].id)));
                }
            }
        }
    }
}

// A plan cut to fit six months drops the lowest priorities first: a task that one needs is
// worth at least as much.
void Loader::check_priorities(const loader::Edges& edges) {
    const Path root;
    const Path tasks = root / "tasks";
    for (std::size_t t = 0; t < catalog.tasks.size(); ++t) {
        const Task& task = catalog.tasks[t];
        const Path tp = tasks / t;
        const Path pp = tp / "prerequisites";
        for (auto e = edges.first[t]; e < edges.first[t + 1]; ++e) {
            const Task& pre = catalog.tasks[edges.targets[e]];
            if (pre.priority < task.priority) {
                problem(pp / edges.slots[e],
                        util::say(msg::cat_priority_below, util::quoted(pre.id), pre.priority,
                                  task.priority));
                break;
            }
        }
    }
}

// A presenting task waits for every core task of the plan's direction in its phase, so none of
// those may need it, directly or through other tasks of that phase.
void Loader::check_presenting(const loader::Edges& edges) {
    const std::size_t n = catalog.tasks.size();
    const std::size_t d = catalog.directions.size();
    constexpr std::size_t k_none = static_cast<std::size_t>(-1);
    // reach[t * d + k]: a presenting task of direction k that task t needs in t's phase.
    std::vector<std::size_t> reach(n * d, k_none);
    const Path root;
    const Path tasks = root / "tasks";
    for (const auto t : topological_order(edges, n)) {
        const Task& task = catalog.tasks[t];
        for (std::size_t k = 0; k < d; ++k) {
            std::size_t& r = reach[t * d + k];
            if (task.presents && task.belongs_to(catalog.directions[k].id)) {
                r = t;
            }
            for (auto e = edges.first[t]; r == k_none && e < edges.first[t + 1]; ++e) {
                const std::size_t q = edges.targets[e];
                if (edges.phase_of[q] == edges.phase_of[t]) {
                    r = reach[q * d + k];
                }
            }
            if (r == k_none || task.presents || !task.core || task.is_common() ||
                !task.belongs_to(catalog.directions[k].id)) {
                continue;
            }
            const Path tp = tasks / t;
            problem(tp / "prerequisites",
                    util::say(msg::cat_presenting_waits, util::quoted(task.id),
                              util::quoted(catalog.tasks[r].id),
                              util::quoted(catalog.directions[k].id), util::quoted(task.phase)));
            break;
        }
    }
}

namespace {

/// The first task of `direction`'s plan that teaches each skill (n where none does).
std::vector<std::size_t> first_teachers(const Catalog& catalog, const loader::References& refs,
                                        const std::string& direction) {
    const std::size_t n = catalog.tasks.size();
    std::vector<std::size_t> teacher_of(refs.skills.list.size(), n);
    for (std::size_t t = n; t-- > 0;) {
        if (catalog.tasks[t].belongs_to(direction)) {
            for (const auto& id : catalog.tasks[t].teaches) {
                if (auto it = refs.skills.index.find(id); it != refs.skills.index.end()) {
                    teacher_of[it->second] = t;
                }
            }
        }
    }
    return teacher_of;
}

/// The index in `uses` of the first skill neither `known` nor `own` holds (npos if none).
std::size_t first_untaught(const std::vector<std::string>& uses, const loader::References& refs,
                           const std::uint64_t* known, const std::uint64_t* own) {
    for (std::size_t k = 0; k < uses.size(); ++k) {
        const auto it = refs.skills.index.find(uses[k]);
        if (it == refs.skills.index.end()) {
            continue;
        }
        const std::uint64_t bit = std::uint64_t{1} << (it->second % 64);
        if (((known[it->second / 64] | own[it->second / 64]) & bit) == 0) {
            return k;
        }
    }
    return std::string::npos;
}

/// A skill used before it is taught: task `task` uses `uses[k]` in `direction`'s plan.
struct Untaught {
    std::size_t task = 0;
    std::size_t k = 0;
    const std::string* direction = nullptr;
};

/// The prerequisites and skills of the tasks, whole or done the short way (a shortcut's
/// `without` prerequisites and the skills they teach left out).
struct ShortWays {
    loader::Edges edges;
    std::vector<std::vector<std::string>> uses;
};

ShortWays short_ways(const Catalog& catalog, const loader::Edges& edges) {
    ShortWays g;
    const std::size_t n = catalog.tasks.size();
    g.edges.first.assign(n + 1, 0);
    for (std::size_t t = 0; t < n; ++t) {
        const Task& task = catalog.tasks[t];
        const std::vector<std::string> none;
        const auto& without = task.shorten ? task.shorten->without : none;
        auto dropped = [&](const std::string& id) {
            return std::find(without.begin(), without.end(), id) != without.end();
        };
        g.edges.first[t] = g.edges.targets.size();
        for (auto e = edges.first[t]; e < edges.first[t + 1]; ++e) {
            if (!dropped(catalog.tasks[edges.targets[e]].id)) {
                g.edges.targets.push_back(edges.targets[e]);
                g.edges.slots.push_back(edges.slots[e]);
            }
        }
        std::vector<std::string> uses;
        for (const auto& skill : task.uses) {
            const bool taught_by_dropped =
                std::any_of(without.begin(), without.end(), [&](const std::string& id) {
                    const Task* q = catalog.find_task(id);
                    return q != nullptr && std::find(q->teaches.begin(), q->teaches.end(), skill) !=
                                               q->teaches.end();
                });
            if (!taught_by_dropped) {
                uses.push_back(skill);
            }
        }
        g.uses.push_back(std::move(uses));
    }
    g.edges.first[n] = g.edges.targets.size();
    return g;
}

/// For each direction, the first skill of each task that no ancestor of it in that direction's
/// plan teaches.
std::vector<Untaught> untaught_skills(const Catalog& catalog, const loader::References& refs,
                                      const loader::Edges& edges,
                                      const std::vector<std::vector<std::string>>& uses) {
    const std::size_t n = catalog.tasks.size();
    const std::size_t words = (refs.skills.list.size() + 63) / 64;
    std::vector<Untaught> found;
    std::vector<std::uint64_t> teaches(n * words, 0);
    for (std::size_t t = 0; t < n; ++t) {
        for (const auto& id : catalog.tasks[t].teaches) {
            if (auto it = refs.skills.index.find(id); it != refs.skills.index.end()) {
                teaches[t * words + it->second / 64] |= std::uint64_t{1} << (it->second % 64);
            }
        }
    }
    const auto order = topological_order(edges, n);
    std::vector<char> reported(n, 0);
    std::vector<std::uint64_t> taught(n * words);
    std::vector<char> member(n);
    for (const auto& direction : catalog.directions) {
        std::fill(taught.begin(), taught.end(), 0);
        for (std::size_t t = 0; t < n; ++t) {
            member[t] = catalog.tasks[t].belongs_to(direction.id) ? 1 : 0;
        }
        for (const auto t : order) {
            if (member[t] == 0) {
                continue;
            }
            std::uint64_t* mine = &taught[t * words];
            for (auto e = edges.first[t]; e < edges.first[t + 1]; ++e) {
                const std::size_t q = edges.targets[e];
                for (std::size_t w = 0; member[q] != 0 && w < words; ++w) {
                    mine[w] |= taught[q * words + w] | teaches[q * words + w];
                }
            }
            const std::size_t k = first_untaught(uses[t], refs, mine, &teaches[t * words]);
            if (!reported[t] && k != std::string::npos) {
                found.push_back({t, k, &direction.id});
                reported[t] = 1;
            }
        }
    }
    return found;
}

} // namespace

// For each direction: the skills taught by a task's ancestors in that direction's plan, with
// every task whole and then with every shortcut taken.
void Loader::check_taught_before_used(const loader::References& refs, const loader::Edges& edges) {
    if (refs.skills.list.empty()) {
        return;
    }
    std::vector<std::vector<std::string>> uses;
    for (const auto& task : catalog.tasks) {
        uses.push_back(task.uses);
    }
    const std::vector<Untaught> whole = untaught_skills(catalog, refs, edges, uses);
    const bool any_without =
        std::any_of(catalog.tasks.begin(), catalog.tasks.end(),
                    [](const Task& t) { return t.shorten && !t.shorten->without.empty(); });
    const ShortWays short_graph = any_without ? short_ways(catalog, edges) : ShortWays{};
    std::vector<Untaught> short_way =
        any_without ? untaught_skills(catalog, refs, short_graph.edges, short_graph.uses)
                    : std::vector<Untaught>{};
    std::erase_if(short_way, [&](const Untaught& u) {
        return std::any_of(whole.begin(), whole.end(),
                           [&](const Untaught& w) { return w.task == u.task; });
    });
    const Path root;
    const Path tasks = root / "tasks";
    std::map<const std::string*, std::vector<std::size_t>> teachers_in;
    const std::vector<Untaught>* lists[] = {&whole, &short_way};
    for (const auto* list : lists) {
        for (const Untaught& u : *list) {
            const auto& used = list == &whole ? uses[u.task] : short_graph.uses[u.task];
            const std::string& skill = used[u.k];
            const auto k = static_cast<std::size_t>(
                std::find(uses[u.task].begin(), uses[u.task].end(), skill) - uses[u.task].begin());
            auto teachers = teachers_in.find(u.direction);
            if (teachers == teachers_in.end()) {
                teachers =
                    teachers_in.emplace(u.direction, first_teachers(catalog, refs, *u.direction))
                        .first;
            }
            const std::size_t q = teachers->second[refs.skills.index.find(skill)->second];
            const Path tp = tasks / u.task;
            const Path up = tp / "uses";
            problem(up / k,
                    util::say(list == &whole ? msg::cat_skill_before : msg::cat_skill_before_short,
                              util::quoted(skill), util::quoted(*u.direction),
                              q < catalog.tasks.size()
                                  ? util::say(msg::cat_make_prerequisite,
                                              util::quoted(catalog.tasks[q].id))
                                  : util::say(msg::cat_add_teacher)));
        }
    }
}

} // namespace llmpath
