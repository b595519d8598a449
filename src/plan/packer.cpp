// Packing tasks into dated weeks: the order, the parts, which optional tasks fit.
#include <llmpath/error.hpp>
#include <llmpath/schedule.hpp>

#include "plan/graph.hpp"
#include "util/say.hpp"

#include <algorithm>
#include <cstdint>

namespace llmpath {

namespace {

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

/// Where the line of work ended, and (when asked for) where each task went.
struct Layout {
    std::vector<Part> parts; ///< when kept: every part, task after task
    std::vector<std::size_t>
        part_of;      ///< when kept: task i's parts are parts[part_of[i], part_of[i + 1])
    int end_week = 0; ///< last week with work (0: none)
    Hours end = 0;    ///< hours used or passed over, from the start
    int core_end_week = 0;
};

enum class Parts { drop, keep };

/// The parts laid out, (task, part) in the order they were, into `out` by task: a stable
/// grouping keeps each task's parts in week order.
void group_by_task(const std::vector<std::pair<std::size_t, Part>>& placed, std::size_t tasks,
                   Layout& out) {
    out.part_of.assign(tasks + 1, 0);
    for (const auto& [task, part] : placed) {
        ++out.part_of[task + 1];
    }
    for (std::size_t i = 0; i < tasks; ++i) {
        out.part_of[i + 1] += out.part_of[i];
    }
    out.parts.resize(placed.size());
    std::vector<std::size_t> next(out.part_of.begin(), out.part_of.end() - 1);
    for (const auto& [task, part] : placed) {
        out.parts[next[task]++] = part;
    }
}

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
        group_by_task(placed, g.size(), out);
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

/// Parts kept whole may pass over an hour here and there: drops the least valuable of the
/// `candidates` chosen until the line ends by week 26, and whatever needed what was dropped.
void drop_until_fits(const Graph& g, const std::vector<std::size_t>& order, const Calendar& cal,
                     const std::vector<std::size_t>& candidates, std::vector<char>& chosen) {
    const Hours capacity = cal.before_week(cal.horizon + 1);
    auto prerequisites_chosen = [&](std::size_t i) {
        const auto pre = g.prerequisites(i);
        return std::all_of(pre.begin(), pre.end(), [&](std::size_t p) { return chosen[p] != 0; });
    };
    for (;;) {
        const Layout layout = lay_out(g, order, chosen, cal);
        Hours over = layout.end - capacity;
        if (layout.end_week <= cal.horizon || over <= 0) {
            return;
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
            return;
        }
        for (const auto i : order) {
            if (chosen[i] && !prerequisites_chosen(i)) {
                chosen[i] = 0;
            }
        }
    }
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
    drop_until_fits(g, order, cal, candidates, chosen);
    return chosen;
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
