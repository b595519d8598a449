// The graph of the tasks (prerequisites, and one gate per phase that presents work) and the
// order the packer lays them out in.
#include "plan/graph.hpp"

#include <llmpath/error.hpp>

#include "util/say.hpp"

#include <map>
#include <queue>
#include <tuple>

namespace llmpath {

namespace {

/// Marks the tasks `core` says and, through `prerequisites_of`, everything they need.
template <typename F>
std::vector<char> required_from(std::vector<char> required, const F& prerequisites_of) {
    std::vector<std::size_t> stack;
    for (std::size_t i = 0; i < required.size(); ++i) {
        if (required[i]) {
            stack.push_back(i);
        }
    }
    while (!stack.empty()) {
        const auto i = stack.back();
        stack.pop_back();
        for (const auto p : prerequisites_of(i)) {
            if (!required[p]) {
                required[p] = 1;
                stack.push_back(p);
            }
        }
    }
    return required;
}

/// The tasks of `given` that a graph keeps, and their prerequisites among themselves.
struct Kept {
    std::vector<std::size_t> of;       ///< per kept task, its index in `given`
    std::vector<std::size_t> first{0}; ///< task k's prerequisites are pre[first[k], first[k + 1])
    std::vector<std::size_t> pre;
    std::vector<char> required; ///< core, or needed by a core task that is kept

    std::span<const std::size_t> prerequisites(std::size_t k) const {
        return {pre.data() + first[k], pre.data() + first[k + 1]};
    }
};

Kept kept_tasks(const std::vector<WorkTask>& given, const std::vector<char>& drop) {
    constexpr auto k_none = static_cast<std::size_t>(-1);
    Kept kept;
    std::vector<std::size_t> at(given.size(), k_none);
    std::size_t edges = 0;
    kept.of.reserve(given.size());
    for (std::size_t i = 0; i < given.size(); ++i) {
        if (drop.empty() || !drop[i]) {
            at[i] = kept.of.size();
            kept.of.push_back(i);
            edges += given[i].prerequisites.size();
        }
    }
    kept.first.reserve(kept.of.size() + 1);
    kept.pre.reserve(edges);
    kept.required.reserve(kept.of.size());
    for (const auto i : kept.of) {
        for (const auto p : given[i].prerequisites) {
            if (at[p] != k_none) {
                kept.pre.push_back(at[p]);
            }
        }
        kept.first.push_back(kept.pre.size());
        kept.required.push_back(given[i].core ? 1 : 0);
    }
    kept.required = required_from(std::move(kept.required),
                                  [&](std::size_t k) { return kept.prerequisites(k); });
    return kept;
}

/// Who waits for whom, turned round: task p's dependents are the result's
/// [first_dependent[p], first_dependent[p + 1]); `waiting[i]`: how many task i waits for.
template <typename EachBefore>
std::vector<std::size_t> dependents_of(std::size_t n, const EachBefore& each_before,
                                       std::vector<std::size_t>& waiting,
                                       std::vector<std::size_t>& first_dependent) {
    first_dependent.assign(n + 1, 0);
    for (std::size_t i = 0; i < n; ++i) {
        each_before(i, [&](std::size_t p) {
            ++waiting[i];
            ++first_dependent[p + 1];
        });
    }
    for (std::size_t i = 0; i < n; ++i) {
        first_dependent[i + 1] += first_dependent[i];
    }
    std::vector<std::size_t> dependents(first_dependent[n]);
    std::vector<std::size_t> filled(first_dependent.begin(), first_dependent.end() - 1);
    for (std::size_t i = 0; i < n; ++i) {
        each_before(i, [&](std::size_t p) { dependents[filled[p]++] = i; });
    }
    return dependents;
}

} // namespace

std::vector<char> required_tasks(const std::vector<WorkTask>& tasks) {
    std::vector<char> core(tasks.size(), 0);
    for (std::size_t i = 0; i < tasks.size(); ++i) {
        core[i] = tasks[i].core ? 1 : 0;
    }
    return required_from(std::move(core), [&](std::size_t i) -> const std::vector<std::size_t>& {
        return tasks[i].prerequisites;
    });
}

Graph graph_of(const std::vector<WorkTask>& given, const std::vector<char>& drop) {
    const Kept kept = kept_tasks(given, drop);
    const std::size_t n = kept.of.size();
    std::map<int, std::size_t> gate_of; // phase rank -> gate, in the order the phases come up
    for (const auto i : kept.of) {
        if (given[i].presents) {
            gate_of.emplace(given[i].phase_rank, n + gate_of.size());
        }
    }
    Graph g;
    g.given = n;
    g.of = kept.of;
    const std::size_t size = n + gate_of.size();
    g.hours.reserve(size);
    g.phase_rank.reserve(size);
    g.required.reserve(size);
    g.first.reserve(size + 1);
    g.pre.reserve(kept.pre.size() + 2 * n);
    for (std::size_t k = 0; k < n; ++k) {
        const WorkTask& t = given[kept.of[k]];
        g.hours.push_back(t.hours);
        g.phase_rank.push_back(t.phase_rank);
        g.required.push_back(t.core ? 1 : 0);
        g.first.push_back(g.pre.size());
        const auto mine = kept.prerequisites(k);
        g.pre.insert(g.pre.end(), mine.begin(), mine.end());
        if (t.presents) {
            g.pre.push_back(gate_of.at(t.phase_rank));
        }
    }
    std::vector<int> gate_rank(gate_of.size());
    for (const auto& [rank, gate] : gate_of) {
        gate_rank[gate - n] = rank;
    }
    for (const int rank : gate_rank) {
        g.hours.push_back(0);
        g.phase_rank.push_back(rank);
        g.required.push_back(1);
        g.first.push_back(g.pre.size());
        for (std::size_t k = 0; k < n; ++k) {
            const WorkTask& t = given[kept.of[k]];
            if (kept.required[k] && t.direction_work && !t.presents && t.phase_rank == rank) {
                g.pre.push_back(k);
            }
        }
    }
    g.first.push_back(g.pre.size());
    g.required =
        required_from(std::move(g.required), [&](std::size_t i) { return g.prerequisites(i); });
    return g;
}

std::vector<std::size_t> order_tasks(const Graph& g, const std::vector<WorkTask>& given,
                                     const PackHints& hints) {
    const std::size_t n = g.size();
    // Each task waits for its prerequisites and for the tasks the hints put before it.
    auto each_before = [&](std::size_t i, const auto& f) {
        for (const auto p : g.prerequisites(i)) {
            f(p);
        }
        if (i < hints.after.size()) {
            for (const auto p : hints.after[i]) {
                f(p);
            }
        }
    };
    std::vector<std::size_t> waiting(n, 0);
    std::vector<std::size_t> first_dependent;
    const std::vector<std::size_t> dependents =
        dependents_of(n, each_before, waiting, first_dependent);
    using Key = std::tuple<int, int, std::size_t>;
    std::vector<Key> heap;
    heap.reserve(n);
    std::priority_queue<Key, std::vector<Key>, std::greater<>> ready(std::greater<>{},
                                                                     std::move(heap));
    auto push = [&](std::size_t i) { ready.push({g.phase_rank[i], g.required[i] ? 0 : 1, i}); };
    for (std::size_t i = 0; i < n; ++i) {
        if (waiting[i] == 0) {
            push(i);
        }
    }
    std::vector<std::size_t> order;
    order.reserve(n);
    while (!ready.empty()) {
        const auto i = std::get<2>(ready.top());
        ready.pop();
        order.push_back(i);
        for (std::size_t d = first_dependent[i]; d < first_dependent[i + 1]; ++d) {
            if (--waiting[dependents[d]] == 0) {
                push(dependents[d]);
            }
        }
    }
    for (std::size_t i = 0; order.size() < n && i < n; ++i) {
        if (waiting[i] > 0) {
            const std::string id = i < g.given ? given[g.of[i]].id : std::string();
            const Said cycle = util::say(msg::cat_cycle, util::quoted(id));
            throw CatalogError("catalog", {CatalogProblem{"/tasks", 0, 0, cycle.en, cycle.zh}});
        }
    }
    return order;
}

} // namespace llmpath
