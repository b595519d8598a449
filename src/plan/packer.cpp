// Packing tasks into dated weeks: the order, the parts, which optional tasks fit.
#include <llmpath/error.hpp>
#include <llmpath/schedule.hpp>

#include "plan/packer_internal.hpp"
#include "util/say.hpp"

#include <algorithm>
#include <cstdint>
#include <map>
#include <queue>
#include <span>
#include <tuple>

namespace llmpath {

namespace {

using Hours = std::int64_t;

/// The smallest part of a task that continues in another week, when the budget allows it.
constexpr Hours k_min_part = 2;
constexpr Hours k_min_part_budget = 4;

/// Weeks run Monday to Sunday. Week 1 runs from the start date to the next Sunday, or to the
/// Sunday after that when the first days alone hold too few hours to start a task in without
/// a sliver or an idle week: under 4 h at 4 h a week or more, none below that.
struct Calendar {
    Date start;
    long first_days = 7;
    Hours first_budget = 0;
    Hours budget = 1;
    int horizon = k_plan_weeks; ///< optional tasks fill the weeks up to this one

    Calendar(Date start_date, Hours hours_per_week, const PackFrom& from)
        : start(start_date), first_days(from.first_end.to_days() - start_date.to_days() + 1),
          first_budget(from.first_budget), budget(hours_per_week), horizon(from.horizon_weeks) {}
    Calendar(Date start_date, Hours hours_per_week) : start(start_date), budget(hours_per_week) {
        first_days = 8 - start.iso_weekday();
        first_budget = hours_per_week * first_days / 7;
        if (first_budget < (hours_per_week >= k_min_part_budget ? k_min_part_budget : 1)) {
            first_days += 7;
            first_budget = hours_per_week * first_days / 7;
        }
    }
    Hours week_budget(int w) const { return w == 1 ? first_budget : budget; }
    /// Hours available before week `w` begins.
    Hours before_week(int w) const {
        return w <= 1 ? 0 : first_budget + static_cast<Hours>(w - 2) * budget;
    }
    Date week_start(int w) const {
        return w == 1 ? start : start.plus_days(first_days + 7L * (w - 2));
    }
    Date week_end(int w) const { return start.plus_days(first_days - 1 + 7L * (w - 1)); }
};

struct Part {
    int week = 0;
    Hours hours = 0;
};

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

/// The graph of `given` without the tasks `drop` marks (none when it is empty), renumbered in
/// their order: the graph's task k is given[g.of[k]].
Graph graph_of(const std::vector<WorkTask>& given, const std::vector<char>& drop = {}) {
    constexpr auto k_none = static_cast<std::size_t>(-1);
    Graph g;
    std::vector<std::size_t> at(given.size(), k_none);
    std::size_t edges = 0;
    g.of.reserve(given.size());
    for (std::size_t i = 0; i < given.size(); ++i) {
        if (drop.empty() || !drop[i]) {
            at[i] = g.of.size();
            g.of.push_back(i);
            edges += given[i].prerequisites.size() + 1;
        }
    }
    const std::size_t n = g.of.size();
    g.given = n;
    std::map<int, std::size_t> gate_of; // phase rank -> gate, in the order the phases come up
    for (const auto i : g.of) {
        if (given[i].presents) {
            gate_of.emplace(given[i].phase_rank, n + gate_of.size());
        }
    }
    const std::size_t size = n + gate_of.size();
    g.hours.reserve(size);
    g.phase_rank.reserve(size);
    g.required.reserve(size);
    g.first.reserve(size + 1);
    g.pre.reserve(edges + n);
    // The kept tasks' prerequisites among themselves: task k's are own[own_first[k], …[k + 1]).
    std::vector<std::size_t> own_first{0};
    own_first.reserve(n + 1);
    std::vector<std::size_t> own;
    own.reserve(edges);
    std::vector<char> given_required;
    given_required.reserve(n);
    for (const auto i : g.of) {
        const WorkTask& t = given[i];
        for (const auto p : t.prerequisites) {
            if (at[p] != k_none) {
                own.push_back(at[p]);
            }
        }
        own_first.push_back(own.size());
        given_required.push_back(t.core ? 1 : 0);
        g.hours.push_back(t.hours);
        g.phase_rank.push_back(t.phase_rank);
        g.required.push_back(t.core ? 1 : 0);
    }
    auto own_of = [&](std::size_t k) {
        return std::span<const std::size_t>(own.data() + own_first[k],
                                            own.data() + own_first[k + 1]);
    };
    given_required = required_from(std::move(given_required), own_of);
    std::vector<int> gate_rank(gate_of.size());
    for (const auto& [rank, gate] : gate_of) {
        gate_rank[gate - n] = rank;
    }
    for (const int rank : gate_rank) {
        g.hours.push_back(0);
        g.phase_rank.push_back(rank);
        g.required.push_back(1);
    }
    for (std::size_t k = 0; k < n; ++k) {
        const WorkTask& t = given[g.of[k]];
        g.first.push_back(g.pre.size());
        const auto mine = own_of(k);
        g.pre.insert(g.pre.end(), mine.begin(), mine.end());
        if (t.presents) {
            g.pre.push_back(gate_of.at(t.phase_rank));
        }
    }
    for (const int rank : gate_rank) {
        g.first.push_back(g.pre.size());
        for (std::size_t k = 0; k < n; ++k) {
            const WorkTask& t = given[g.of[k]];
            if (given_required[k] && t.direction_work && !t.presents && t.phase_rank == rank) {
                g.pre.push_back(k);
            }
        }
    }
    g.first.push_back(g.pre.size());
    g.required =
        required_from(std::move(g.required), [&](std::size_t i) { return g.prerequisites(i); });
    return g;
}

/// Where the line of work ended, and (when asked for) where each task went.
struct Layout {
    std::vector<Part> parts; ///< when kept: every part, task after task
    std::vector<std::size_t>
        part_of;      ///< when kept: task i's parts are parts[part_of[i], part_of[i + 1])
    int end_week = 0; ///< last week with work (0: none)
    Hours end = 0;    ///< hours used or passed over, from the start
    int core_end_week = 0;
};

/// The tasks in one line: prerequisites first, then the earlier phase, core before optional,
/// then list order (Kahn's algorithm with a heap).
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
    std::vector<std::size_t> first_dependent(n + 1, 0);
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

enum class Parts { drop, keep };

/// Lays the chosen tasks end to end. At 4 h a week or more no part of a task that continues in
/// another week is under 2 h: the task starts next week, or its first part leaves an hour free.
/// The parts are kept only for the final layout: the searches for what fits need the ends.
Layout lay_out(const Graph& g, const std::vector<std::size_t>& order,
               const std::vector<char>& chosen, const Calendar& cal, Parts parts = Parts::drop) {
    Layout out;
    std::vector<std::pair<std::size_t, Part>> placed; // (task, part) in the order laid out
    const bool no_slivers = cal.budget >= k_min_part_budget;
    int week = 1;
    Hours used = 0;
    for (const auto i : order) {
        if (!chosen[i]) {
            continue;
        }
        Hours left = g.hours[i];
        while (left > 0) {
            const Hours room = cal.week_budget(week) - used;
            Hours part = std::min(left, room);
            if (part > 0 && part < left && no_slivers) {
                const Hours last = (left - part) % cal.budget;
                if (last != 0 && last < k_min_part) {
                    part -= k_min_part - last;
                }
                if (part < k_min_part) {
                    part = 0;
                }
            }
            if (part <= 0) {
                ++week;
                used = 0;
                continue;
            }
            if (parts == Parts::keep) {
                placed.push_back({i, {week, part}});
            }
            left -= part;
            used += part;
            if (left > 0) { // the rest starts next week
                ++week;
                used = 0;
            }
        }
        out.end_week = week;
        out.end = cal.before_week(week) + used;
        if (g.required[i]) {
            out.core_end_week = week;
        }
    }
    if (parts == Parts::keep) {
        // By task: a stable sort by task keeps each task's parts in week order.
        out.part_of.assign(g.size() + 1, 0);
        for (const auto& [task, part] : placed) {
            ++out.part_of[task + 1];
        }
        for (std::size_t i = 0; i < g.size(); ++i) {
            out.part_of[i + 1] += out.part_of[i];
        }
        out.parts.resize(placed.size());
        std::vector<std::size_t> next(out.part_of.begin(), out.part_of.end() - 1);
        for (const auto& [task, part] : placed) {
            out.parts[next[task]++] = part;
        }
    }
    return out;
}

/// The optional tasks in the order they are taken: the highest value first, then the order of
/// the line.
std::vector<std::size_t> by_value(const Graph& g, const std::vector<std::size_t>& order,
                                  const PackHints& hints) {
    std::vector<std::size_t> out;
    for (const auto i : order) {
        if (!g.required[i] && i < g.given) {
            out.push_back(i);
        }
    }
    auto value = [&](std::size_t i) { return i < hints.value.size() ? hints.value[i] : 0; };
    std::stable_sort(out.begin(), out.end(),
                     [&](std::size_t a, std::size_t b) { return value(a) > value(b); });
    return out;
}

/// The optional tasks that fill the slack of the first 26 weeks, the most valuable first: each
/// is taken, with the optional tasks it needs, if they fit what is left.
std::vector<char> choose_optional(const Graph& g, const std::vector<std::size_t>& order,
                                  const Calendar& cal, const PackHints& hints) {
    std::vector<char> chosen = g.required;
    const Hours capacity = cal.before_week(cal.horizon + 1);
    Hours left = capacity - lay_out(g, order, chosen, cal).end;
    const auto candidates = by_value(g, order, hints);
    std::vector<std::size_t> needs;
    std::vector<char> seen(g.size(), 0);
    for (const auto i : candidates) {
        if (chosen[i]) {
            continue;
        }
        // The task and the optional tasks it needs that are not taken yet.
        needs.assign(1, i);
        Hours hours = 0;
        for (std::size_t k = 0; k < needs.size() && hours <= left; ++k) {
            hours += g.hours[needs[k]];
            for (const auto p : g.prerequisites(needs[k])) {
                if (!chosen[p] && !seen[p]) {
                    seen[p] = 1;
                    needs.push_back(p);
                }
            }
        }
        for (const auto k : needs) {
            seen[k] = 0;
        }
        if (hours <= left) {
            for (const auto k : needs) {
                chosen[k] = 1;
            }
            left -= hours;
        }
    }
    // Parts kept whole may pass over an hour here and there: drop the least valuable chosen
    // until the line ends by week 26, and whatever needed what was dropped.
    auto prerequisites_chosen = [&](std::size_t i) {
        const auto pre = g.prerequisites(i);
        return std::all_of(pre.begin(), pre.end(), [&](std::size_t p) { return chosen[p] != 0; });
    };
    for (;;) {
        const Layout layout = lay_out(g, order, chosen, cal);
        Hours over = layout.end - capacity;
        if (layout.end_week <= cal.horizon || over <= 0) {
            return chosen;
        }
        bool dropped = false;
        for (auto it = candidates.rbegin(); it != candidates.rend() && over > 0; ++it) {
            if (chosen[*it]) {
                chosen[*it] = 0;
                over -= g.hours[*it];
                dropped = true;
            }
        }
        if (!dropped) {
            return chosen;
        }
        for (const auto i : order) {
            if (chosen[i] && !prerequisites_chosen(i)) {
                chosen[i] = 0;
            }
        }
    }
}

/// The smallest weekly budget with which the required tasks end by week 26, or 0.
int hours_needed(const Graph& g, const std::vector<std::size_t>& order, Date start) {
    Hours total = 0;
    for (std::size_t i = 0; i < g.size(); ++i) {
        total += g.required[i] ? g.hours[i] : 0;
    }
    if (total == 0) {
        return 0;
    }
    auto fits = [&](Hours budget) {
        return lay_out(g, order, g.required, Calendar(start, budget)).core_end_week <= k_plan_weeks;
    };
    // No budget below the total spread over 27 weeks can fit (26, and the few first days that
    // week 1 may take in), and the answer is usually a few hours above that: gallop up from it,
    // then halve the last step.
    const Hours weeks = k_plan_weeks + 1;
    Hours lo = std::max<Hours>(1, (total + weeks - 1) / weeks);
    if (fits(lo)) {
        return static_cast<int>(lo);
    }
    Hours step = 1;
    Hours hi = lo + step;
    while (!fits(hi)) {
        lo = hi + 1;
        step *= 2;
        hi = lo + step; // a part kept whole can need far more than the total spread out
    }
    while (lo < hi) {
        const Hours mid = lo + (hi - lo) / 2;
        if (fits(mid)) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    return static_cast<int>(lo);
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

CoreEnd core_end(const std::vector<WorkTask>& given, Date start, int hours_per_week,
                 const std::vector<char>& drop) {
    const Graph g = graph_of(given, drop);
    const Calendar cal(start, hours_per_week);
    const Layout layout = lay_out(g, order_tasks(g, given, PackHints{}), g.required, cal);
    return {layout.core_end_week, layout.end, cal.before_week(k_plan_weeks + 1)};
}

CoreFit core_fit(const std::vector<WorkTask>& given, Date start, int hours_per_week) {
    const Graph g = graph_of(given);
    const auto order = order_tasks(g, given, PackHints{});
    const Calendar cal(start, hours_per_week);
    const Layout layout = lay_out(g, order, g.required, cal);
    return {{layout.core_end_week, layout.end, cal.before_week(k_plan_weeks + 1)},
            hours_needed(g, order, start)};
}

namespace {

Packed pack_on(const std::vector<WorkTask>& given, Date start, int hours_per_week,
               const Calendar& cal, const PackHints& hints) {
    if (hours_per_week < 1) {
        throw InputError(util::say(msg::hours_too_few, std::to_string(hours_per_week)));
    }
    const Graph g = graph_of(given);
    const auto order = order_tasks(g, given, hints);
    Packed out;
    out.hours_needed = hours_needed(g, order, start);
    const Layout core = lay_out(g, order, g.required, cal);
    out.core_end_week = core.core_end_week;
    out.fits = core.core_end_week <= k_plan_weeks;
    const std::vector<char> chosen = out.fits ? choose_optional(g, order, cal, hints) : g.required;
    const Layout layout = lay_out(g, order, chosen, cal, Parts::keep);
    for (std::size_t i = 0; i < given.size(); ++i) {
        if (!chosen[i]) {
            out.dropped.push_back(i);
        }
    }
    out.weeks.resize(static_cast<std::size_t>(layout.end_week));
    for (int w = 1; w <= layout.end_week; ++w) {
        Week& week = out.weeks[static_cast<std::size_t>(w - 1)];
        week.index = w;
        week.start = cal.week_start(w);
        week.end = cal.week_end(w);
        week.budget = static_cast<int>(cal.week_budget(w));
    }
    for (const auto i : order) {
        const std::size_t begin = layout.part_of[i];
        const std::size_t count = layout.part_of[i + 1] - begin;
        for (std::size_t k = 0; k < count; ++k) {
            const Part& part = layout.parts[begin + k];
            Week& week = out.weeks[static_cast<std::size_t>(part.week - 1)];
            PlanItem item{given[i].id,
                          given[i].phase,
                          static_cast<int>(part.hours),
                          static_cast<int>(k + 1),
                          static_cast<int>(count),
                          g.required[i] != 0};
            week.hours += item.hours;
            week.items.push_back(std::move(item));
        }
    }
    return out;
}

} // namespace

Packed pack_tasks(const std::vector<WorkTask>& given, Date start, int hours_per_week) {
    return pack_tasks(given, start, hours_per_week, PackHints{});
}

Packed pack_tasks(const std::vector<WorkTask>& given, Date start, int hours_per_week,
                  const PackHints& hints) {
    return pack_on(given, start, hours_per_week, Calendar(start, std::max(1, hours_per_week)),
                   hints);
}

Packed pack_tasks(const std::vector<WorkTask>& given, Date start, int hours_per_week,
                  const PackFrom& from) {
    return pack_on(given, start, hours_per_week, Calendar(start, std::max(1, hours_per_week), from),
                   PackHints{});
}

} // namespace llmpath
