#pragma once

// The tasks as the packer sees them: a graph of what comes before what, and the one line it
// makes of them. Used by the packer (packer.cpp); not public API.

#include "plan/packer_internal.hpp"

#include <cstdint>
#include <span>
#include <vector>

namespace llmpath {

using Hours = std::int64_t;

/// The tasks as the packer orders and lays them out: the given ones, then one gate per phase
/// that has presenting tasks (a task of no hours that needs the required direction_work tasks of
/// its phase, and that its presenting tasks need: so the edges stay linear in number). Each
/// task's prerequisites are pre[first[i], first[i + 1]).
struct Graph {
    std::size_t given = 0;
    std::vector<std::size_t> of; ///< per given task: its index in the tasks the graph was made of
    std::vector<Hours> hours;
    std::vector<int> phase_rank;
    std::vector<char> required; ///< core, or needed by a core task (gates are core)
    std::vector<std::size_t> first;
    std::vector<std::size_t> pre;

    std::size_t size() const { return hours.size(); }
    std::span<const std::size_t> prerequisites(std::size_t i) const {
        return {pre.data() + first[i], pre.data() + first[i + 1]};
    }
};

/// The graph of `given` without the tasks `drop` marks (none when it is empty), renumbered in
/// their order: the graph's task k is given[g.of[k]].
Graph graph_of(const std::vector<WorkTask>& given, const std::vector<char>& drop = {});

/// The tasks in one line: prerequisites first, then the earlier phase, core before optional,
/// then list order (Kahn's algorithm with a heap). A cycle is the catalogue's error.
std::vector<std::size_t> order_tasks(const Graph& g, const std::vector<WorkTask>& given,
                                     const PackHints& hints);

} // namespace llmpath
