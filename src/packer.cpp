// Packing tasks into dated weeks: the order, the parts, which optional tasks fit.
#include <llmpath/error.hpp>
#include <llmpath/schedule.hpp>

#include "packer_internal.hpp"

#include <algorithm>
#include <map>
#include <cstdint>
#include <queue>
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

/// Where the line of work ended, and (when asked for) where each task went.
struct Layout {
    std::vector<std::vector<Part>> parts; ///< by task when kept; empty for a task not packed
    int end_week = 0;                     ///< last week with work (0: none)
    Hours end = 0;                        ///< hours used or passed over, from the start
    int core_end_week = 0;
};

/// The tasks in one line: prerequisites first, then the earlier phase, core before optional,
/// then list order (Kahn's algorithm with a heap).
std::vector<std::size_t> order_tasks(const std::vector<WorkTask>& tasks,
                                     const std::vector<char>& required) {
    const std::size_t n = tasks.size();
    std::vector<std::size_t> waiting(n);
    std::vector<std::vector<std::size_t>> dependents(n);
    for (std::size_t i = 0; i < n; ++i) {
        waiting[i] = tasks[i].prerequisites.size();
        for (const auto p : tasks[i].prerequisites) {
            dependents[p].push_back(i);
        }
    }
    using Key = std::tuple<int, int, std::size_t>;
    std::priority_queue<Key, std::vector<Key>, std::greater<>> ready;
    auto push = [&](std::size_t i) { ready.push({tasks[i].phase_rank, required[i] ? 0 : 1, i}); };
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
        for (const auto d : dependents[i]) {
            if (--waiting[d] == 0) {
                push(d);
            }
        }
    }
    if (order.size() < n) {
        for (std::size_t i = 0; i < n; ++i) {
            if (waiting[i] > 0) {
                throw CatalogError("catalog", {CatalogProblem{"/tasks", 0, 0,
                                                              "prerequisite cycle through task '" +
                                                                  tasks[i].id + "'"}});
            }
        }
    }
    return order;
}

enum class Parts { drop, keep };

/// Lays the chosen tasks end to end. At 4 h a week or more no part of a task that continues in
/// another week is under 2 h: the task starts next week, or its first part leaves an hour free.
/// The parts are kept only for the final layout: the searches for what fits need the ends.
Layout lay_out(const std::vector<WorkTask>& tasks, const std::vector<std::size_t>& order,
               const std::vector<char>& chosen, const std::vector<char>& required,
               const Calendar& cal, Parts parts = Parts::drop) {
    Layout out;
    if (parts == Parts::keep) {
        out.parts.resize(tasks.size());
    }
    const bool no_slivers = cal.budget >= k_min_part_budget;
    int week = 1;
    Hours used = 0;
    for (const auto i : order) {
        if (!chosen[i]) {
            continue;
        }
        Hours left = tasks[i].hours;
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
                out.parts[i].push_back({week, part});
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
        if (required[i]) {
            out.core_end_week = week;
        }
    }
    return out;
}

/// The optional tasks that fill the slack of the first 26 weeks, in the order of the line:
/// each is taken if it fits what is left and its prerequisites were taken.
std::vector<char> choose_optional(const std::vector<WorkTask>& tasks,
                                  const std::vector<std::size_t>& order,
                                  const std::vector<char>& required, const Calendar& cal) {
    std::vector<char> chosen = required;
    const Hours capacity = cal.before_week(k_plan_weeks + 1);
    Hours left = capacity - lay_out(tasks, order, chosen, required, cal).end;
    auto prerequisites_chosen = [&](std::size_t i) {
        return std::all_of(tasks[i].prerequisites.begin(), tasks[i].prerequisites.end(),
                           [&](std::size_t p) { return chosen[p] != 0; });
    };
    for (const auto i : order) {
        if (!required[i] && tasks[i].hours <= left && prerequisites_chosen(i)) {
            chosen[i] = 1;
            left -= tasks[i].hours;
        }
    }
    // Parts kept whole may pass over an hour here and there: drop the last chosen until the
    // line ends by week 26, and whatever needed what was dropped.
    for (;;) {
        const Layout layout = lay_out(tasks, order, chosen, required, cal);
        Hours over = layout.end - capacity;
        if (layout.end_week <= k_plan_weeks || over <= 0) {
            return chosen;
        }
        bool dropped = false;
        for (auto it = order.rbegin(); it != order.rend() && over > 0; ++it) {
            if (chosen[*it] && !required[*it]) {
                chosen[*it] = 0;
                over -= tasks[*it].hours;
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
int hours_needed(const std::vector<WorkTask>& tasks, const std::vector<std::size_t>& order,
                 const std::vector<char>& required, Date start) {
    Hours total = 0;
    for (std::size_t i = 0; i < tasks.size(); ++i) {
        total += required[i] ? tasks[i].hours : 0;
    }
    if (total == 0) {
        return 0;
    }
    auto fits = [&](Hours budget) {
        return lay_out(tasks, order, required, required, Calendar(start, budget)).core_end_week <=
               k_plan_weeks;
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
    std::vector<char> required(tasks.size(), 0);
    std::vector<std::size_t> stack;
    for (std::size_t i = 0; i < tasks.size(); ++i) {
        if (tasks[i].core) {
            required[i] = 1;
            stack.push_back(i);
        }
    }
    while (!stack.empty()) {
        const auto i = stack.back();
        stack.pop_back();
        for (const auto p : tasks[i].prerequisites) {
            if (!required[p]) {
                required[p] = 1;
                stack.push_back(p);
            }
        }
    }
    return required;
}

namespace {

/// A presenting task waits for every required direction_work task of its phase: through one gate
/// per phase (a task of no hours that needs them), so that the edges stay linear in number. The
/// gates come after the given tasks and place nothing.
std::vector<WorkTask> with_presenting_gates(const std::vector<WorkTask>& given) {
    std::vector<WorkTask> tasks = given;
    const std::vector<char> required = required_tasks(given);
    std::map<int, std::size_t> gate_of; // phase rank -> gate
    for (std::size_t i = 0; i < given.size(); ++i) {
        if (!given[i].presents) {
            continue;
        }
        auto [it, added] = gate_of.emplace(given[i].phase_rank, tasks.size());
        if (added) {
            WorkTask gate{"", given[i].phase, given[i].phase_rank, 0, true, {}, false, false};
            for (std::size_t k = 0; k < given.size(); ++k) {
                if (required[k] && given[k].direction_work && !given[k].presents &&
                    given[k].phase_rank == given[i].phase_rank) {
                    gate.prerequisites.push_back(k);
                }
            }
            tasks.push_back(std::move(gate));
        }
        tasks[i].prerequisites.push_back(it->second);
    }
    return tasks;
}

} // namespace

Packed pack_tasks(const std::vector<WorkTask>& given, Date start, int hours_per_week) {
    if (hours_per_week < 1) {
        throw InputError("hours per week must be at least 1, got " +
                         std::to_string(hours_per_week));
    }
    const std::vector<WorkTask> tasks = with_presenting_gates(given);
    const Calendar cal(start, hours_per_week);
    const std::vector<char> required = required_tasks(tasks);
    const auto order = order_tasks(tasks, required);
    Packed out;
    out.hours_needed = hours_needed(tasks, order, required, start);
    const Layout core = lay_out(tasks, order, required, required, cal);
    out.core_end_week = core.core_end_week;
    out.fits = core.core_end_week <= k_plan_weeks;
    const std::vector<char> chosen = out.fits ? choose_optional(tasks, order, required, cal) : required;
    const Layout layout = lay_out(tasks, order, chosen, required, cal, Parts::keep);
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
        const auto& parts = layout.parts[i];
        for (std::size_t k = 0; k < parts.size(); ++k) {
            Week& week = out.weeks[static_cast<std::size_t>(parts[k].week - 1)];
            PlanItem item{tasks[i].id, tasks[i].phase, static_cast<int>(parts[k].hours),
                          static_cast<int>(k + 1), static_cast<int>(parts.size()),
                          required[i] != 0};
            week.hours += item.hours;
            week.items.push_back(std::move(item));
        }
    }
    return out;
}

} // namespace llmpath
