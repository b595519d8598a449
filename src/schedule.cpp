#include <llmpath/error.hpp>
#include <llmpath/schedule.hpp>

#include "util/suggest.hpp"

#include <algorithm>
#include <cstdint>
#include <queue>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace llmpath {

namespace {

using Hours = std::int64_t;

/// Week arithmetic for one start date and weekly budget. Work is laid out on a single line of
/// hours: week 1 holds hours [0, first_budget), week w >= 2 holds the next `budget` hours.
struct Calendar {
    Date start;
    long first_days = 7; ///< days in week 1 (start date to the following Sunday)
    Hours first_budget = 0;
    Hours budget = 1;

    Calendar(Date start_date, Hours hours_per_week) : start(start_date), budget(hours_per_week) {
        first_days = 8 - start.iso_weekday();
        first_budget = hours_per_week * first_days / 7;
    }

    /// Week (1-based) containing the day `day` days after the start.
    int week_of_day(long day) const {
        return day < first_days ? 1 : 2 + static_cast<int>((day - first_days) / 7);
    }
    /// Hours available before week `w` begins.
    Hours before_week(int w) const {
        return w <= 1 ? 0 : first_budget + static_cast<Hours>(w - 2) * budget;
    }
    /// Week in which the hour at position `p` (>= 0) is worked.
    int week_of_hour(Hours p) const {
        return p < first_budget ? 1 : 2 + static_cast<int>((p - first_budget) / budget);
    }
    Date week_start(int w) const {
        return w == 1 ? start : start.plus_days(first_days + 7L * (w - 2));
    }
    Date week_end(int w) const { return start.plus_days(first_days - 1 + 7L * (w - 1)); }
    int week_budget(int w) const { return static_cast<int>(w == 1 ? first_budget : budget); }
};

/// A task taking part in the plan, with its edges in compressed (offset) form.
struct Node {
    std::size_t task = 0; ///< index in catalog.tasks
    int phase_rank = 0;   ///< index in catalog.phases
    int release_week = 1; ///< first week its phase allows
    Hours hours = 0;
    bool required = false; ///< core, or an optional task a core task needs
};

struct Graph {
    std::vector<Node> nodes;
    std::vector<std::size_t> prereq_offsets; ///< nodes[i]'s prerequisites: prereqs[offsets[i]..]
    std::vector<std::size_t> prereqs;
    std::vector<std::size_t> dependent_offsets; ///< likewise for the tasks that need nodes[i]
    std::vector<std::size_t> dependents;
};

struct OrderKey {
    int phase_rank;
    int optional;
    std::size_t task;
    std::size_t node;
    friend bool operator>(const OrderKey &a, const OrderKey &b) {
        return std::tie(a.phase_rank, a.optional, a.task) >
               std::tie(b.phase_rank, b.optional, b.task);
    }
};

[[noreturn]] void throw_catalog(std::size_t task, const std::string &field, std::string message) {
    throw CatalogError("catalog", {CatalogProblem{"/tasks/" + std::to_string(task) + field, 0, 0,
                                                  std::move(message)}});
}

void check_input(const Catalog &catalog, const ScheduleInput &input) {
    if (input.hours_per_week < 1) {
        throw InputError("hours per week must be at least 1, got " +
                         std::to_string(input.hours_per_week));
    }
    if (catalog.find_direction(input.direction) == nullptr) {
        std::vector<std::string> ids;
        for (const auto &d : catalog.directions) {
            ids.push_back(d.id);
        }
        throw InputError("unknown direction '" + input.direction + "'" +
                         util::did_you_mean(input.direction, ids));
    }
}

/// Every date a plan holds must be one llmpath can write as YYYY-MM-DD.
void check_last_date(const Plan &plan) {
    constexpr Date k_last{9999, 12, 31};
    if (plan.end > k_last) {
        throw AnswerError({"start_date: " + plan.start.to_string() + " is too late: the plan runs " +
                           std::to_string(std::max(plan.weeks_total, k_plan_weeks)) +
                           " weeks, past 9999-12-31, the last date llmpath writes; choose an "
                           "earlier start date"});
    }
}

bool has_all_skills(const Task &task, const std::set<std::string> &skills) {
    return !task.skip_if_skills.empty() &&
           std::all_of(task.skip_if_skills.begin(), task.skip_if_skills.end(),
                       [&](const std::string &s) { return skills.count(s) > 0; });
}

/// Offsets for a compressed adjacency list built from (from, to) pairs.
void compress(std::size_t n, const std::vector<std::pair<std::size_t, std::size_t>> &edges,
              bool by_first, std::vector<std::size_t> &offsets, std::vector<std::size_t> &targets) {
    offsets.assign(n + 1, 0);
    for (const auto &e : edges) {
        ++offsets[(by_first ? e.first : e.second) + 1];
    }
    for (std::size_t i = 0; i < n; ++i) {
        offsets[i + 1] += offsets[i];
    }
    targets.assign(edges.size(), 0);
    std::vector<std::size_t> fill(offsets.begin(), offsets.end() - 1);
    for (const auto &e : edges) {
        const auto from = by_first ? e.first : e.second;
        targets[fill[from]++] = by_first ? e.second : e.first;
    }
}

Graph build_graph(const Catalog &catalog, const ScheduleInput &input, const Calendar &calendar,
                  std::vector<std::pair<std::size_t, std::string>> &left_out) {
    std::unordered_map<std::string_view, int> phase_rank;
    for (std::size_t i = 0; i < catalog.phases.size(); ++i) {
        phase_rank.emplace(catalog.phases[i].id, static_cast<int>(i));
    }
    Graph g;
    std::unordered_map<std::string_view, std::size_t> node_of;
    for (std::size_t i = 0; i < catalog.tasks.size(); ++i) {
        const Task &task = catalog.tasks[i];
        if (!task.belongs_to(input.direction)) {
            continue;
        }
        if (has_all_skills(task, input.skills)) {
            left_out.emplace_back(i, std::string(k_reason_skill));
            continue;
        }
        const auto rank = phase_rank.find(task.phase);
        if (rank == phase_rank.end()) {
            throw_catalog(i, "/phase", "unknown phase '" + task.phase + "'");
        }
        if (task.hours < 1) {
            throw_catalog(i, "/hours",
                          "hours must be at least 1, got " + std::to_string(task.hours));
        }
        const Phase &phase = catalog.phases[static_cast<std::size_t>(rank->second)];
        Node node;
        node.task = i;
        node.phase_rank = rank->second;
        node.release_week = calendar.week_of_day(phase.start_day);
        node.hours = task.hours;
        node.required = task.core;
        node_of.emplace(task.id, g.nodes.size());
        g.nodes.push_back(node);
    }

    // Prerequisites outside the plan (another direction's, skipped for skills) count as done.
    std::vector<std::pair<std::size_t, std::size_t>> edges; // (prerequisite, dependent)
    for (std::size_t n = 0; n < g.nodes.size(); ++n) {
        for (const auto &id : catalog.tasks[g.nodes[n].task].prerequisites) {
            if (auto it = node_of.find(id); it != node_of.end()) {
                edges.emplace_back(it->second, n);
            }
        }
    }
    compress(g.nodes.size(), edges, false, g.prereq_offsets, g.prereqs);
    compress(g.nodes.size(), edges, true, g.dependent_offsets, g.dependents);

    // An optional task that a core task needs (directly or not) is required as well.
    std::vector<std::size_t> stack;
    for (std::size_t n = 0; n < g.nodes.size(); ++n) {
        if (g.nodes[n].required) {
            stack.push_back(n);
        }
    }
    while (!stack.empty()) {
        const auto n = stack.back();
        stack.pop_back();
        for (auto k = g.prereq_offsets[n]; k < g.prereq_offsets[n + 1]; ++k) {
            Node &p = g.nodes[g.prereqs[k]];
            if (!p.required) {
                p.required = true;
                stack.push_back(g.prereqs[k]);
            }
        }
    }
    return g;
}

/// Kahn's algorithm with a heap: prerequisites first, then phase order, required before
/// optional, then catalogue order.
std::vector<std::size_t> order_nodes(const Catalog &catalog, const Graph &g) {
    const std::size_t n = g.nodes.size();
    std::vector<std::size_t> waiting(n);
    std::priority_queue<OrderKey, std::vector<OrderKey>, std::greater<>> ready;
    auto key = [&](std::size_t i) {
        const Node &x = g.nodes[i];
        return OrderKey{x.phase_rank, x.required ? 0 : 1, x.task, i};
    };
    for (std::size_t i = 0; i < n; ++i) {
        waiting[i] = g.prereq_offsets[i + 1] - g.prereq_offsets[i];
        if (waiting[i] == 0) {
            ready.push(key(i));
        }
    }
    std::vector<std::size_t> order;
    order.reserve(n);
    while (!ready.empty()) {
        const auto i = ready.top().node;
        ready.pop();
        order.push_back(i);
        for (auto k = g.dependent_offsets[i]; k < g.dependent_offsets[i + 1]; ++k) {
            if (--waiting[g.dependents[k]] == 0) {
                ready.push(key(g.dependents[k]));
            }
        }
    }
    if (order.size() < n) {
        for (std::size_t i = 0; i < n; ++i) {
            if (waiting[i] > 0) {
                const auto t = g.nodes[i].task;
                throw_catalog(t, "/prerequisites",
                              "prerequisite cycle through task '" + catalog.tasks[t].id + "'");
            }
        }
    }
    return order;
}

/// Week in which the required tasks end when packed alone at `hours_per_week` (0: none).
int required_end_week(const ScheduleInput &input, const Graph &g,
                      const std::vector<std::size_t> &order, Hours hours_per_week) {
    const Calendar calendar(input.start, hours_per_week);
    Hours cursor = 0;
    bool any = false;
    for (const auto i : order) {
        const Node &x = g.nodes[i];
        if (!x.required) {
            continue;
        }
        // Release weeks depend only on dates, not on the budget.
        const auto release = calendar.before_week(x.release_week);
        cursor = std::max(cursor, release) + x.hours;
        any = true;
    }
    return any ? calendar.week_of_hour(cursor - 1) : 0;
}

/// The smallest weekly budget that ends the required tasks by week k_plan_weeks, or 0.
int hours_needed(const ScheduleInput &input, const Graph &g, const std::vector<std::size_t> &order,
                 Hours required_hours) {
    if (required_hours == 0) {
        return 0;
    }
    Hours lo = 1;
    Hours hi = std::max<Hours>(1, required_hours);
    if (required_end_week(input, g, order, hi) > k_plan_weeks) {
        return 0; // a phase that starts after week 26 cannot end by then at any budget
    }
    while (lo < hi) {
        const Hours mid = lo + (hi - lo) / 2;
        if (required_end_week(input, g, order, mid) <= k_plan_weeks) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    return static_cast<int>(lo);
}

} // namespace

Plan make_plan(const Catalog &catalog, const ScheduleInput &input) {
    check_input(catalog, input);
    const Calendar calendar(input.start, input.hours_per_week);
    std::vector<std::pair<std::size_t, std::string>> left_out; // (task index, reason)
    const Graph g = build_graph(catalog, input, calendar, left_out);
    const auto order = order_nodes(catalog, g);

    Plan plan;
    plan.start = input.start;
    plan.hours_per_week = input.hours_per_week;

    Hours required_hours = 0;
    for (const auto &x : g.nodes) {
        required_hours += x.required ? x.hours : 0;
    }
    plan.core_hours = static_cast<int>(required_hours);
    plan.hours_needed_per_week = hours_needed(input, g, order, required_hours);
    const int required_end = required_end_week(input, g, order, input.hours_per_week);
    plan.fits_in_six_months = required_end <= k_plan_weeks;

    // Latest point each optional task may end: its phase's last week (capped at week 26), and
    // the latest start of the next required task that still lets every required task end by
    // week 26. Optional tasks only fill slack; none is kept when the core does not fit.
    const Hours deadline = calendar.before_week(k_plan_weeks + 1);
    std::vector<Hours> limit(order.size(), deadline);
    if (plan.fits_in_six_months) {
        Hours next_latest_start = deadline;
        for (std::size_t k = order.size(); k-- > 0;) {
            const Node &x = g.nodes[order[k]];
            if (x.required) {
                next_latest_start -= x.hours;
            } else {
                const Phase &phase = catalog.phases[static_cast<std::size_t>(x.phase_rank)];
                const int last = std::min(calendar.week_of_day(phase.end_day), k_plan_weeks);
                limit[k] = std::min(next_latest_start, calendar.before_week(last + 1));
            }
        }
    }

    struct Placed {
        std::size_t node;
        Hours start;
        Hours end;
    };
    std::vector<Placed> placed;
    placed.reserve(order.size());
    std::vector<char> dropped(g.nodes.size(), 0);
    Hours cursor = 0;
    for (std::size_t k = 0; k < order.size(); ++k) {
        const auto i = order[k];
        const Node &x = g.nodes[i];
        const Hours start = std::max(cursor, calendar.before_week(x.release_week));
        const Hours end = start + x.hours;
        if (!x.required) {
            bool keep = plan.fits_in_six_months && end <= limit[k];
            for (auto p = g.prereq_offsets[i]; keep && p < g.prereq_offsets[i + 1]; ++p) {
                keep = !dropped[g.prereqs[p]];
            }
            if (!keep) {
                dropped[i] = 1;
                left_out.emplace_back(x.task, std::string(k_reason_no_time));
                continue;
            }
        }
        placed.push_back({i, start, end});
        cursor = end;
    }

    plan.weeks_total = placed.empty() ? 0 : calendar.week_of_hour(cursor - 1);
    plan.weeks.resize(static_cast<std::size_t>(plan.weeks_total));
    for (int w = 1; w <= plan.weeks_total; ++w) {
        Week &week = plan.weeks[static_cast<std::size_t>(w - 1)];
        week.index = w;
        week.start = calendar.week_start(w);
        week.end = calendar.week_end(w);
        week.budget = calendar.week_budget(w);
    }
    std::vector<int> phase_last_week(catalog.phases.size(), 0);
    for (const auto &p : placed) {
        const Node &x = g.nodes[p.node];
        const Task &task = catalog.tasks[x.task];
        const int first = calendar.week_of_hour(p.start);
        const int last = calendar.week_of_hour(p.end - 1);
        for (int w = first; w <= last; ++w) {
            const Hours from = std::max(p.start, calendar.before_week(w));
            const Hours to = std::min(p.end, calendar.before_week(w + 1));
            Week &week = plan.weeks[static_cast<std::size_t>(w - 1)];
            PlanItem item;
            item.task = task.id;
            item.phase = task.phase;
            item.hours = static_cast<int>(to - from);
            item.part = w - first + 1;
            item.parts = last - first + 1;
            item.core = x.required;
            week.hours += item.hours;
            week.items.push_back(std::move(item));
        }
        auto &phase_last = phase_last_week[static_cast<std::size_t>(x.phase_rank)];
        phase_last = std::max(phase_last, last);
    }

    for (std::size_t r = 0; r < catalog.phases.size(); ++r) {
        const Phase &phase = catalog.phases[r];
        plan.phases.push_back(PhaseWindow{phase.id, input.start.plus_days(phase.start_day),
                                          input.start.plus_days(phase.end_day),
                                          phase_last_week[r]});
    }

    const Date six_months = input.start.plus_days(k_plan_days - 1);
    plan.end = plan.weeks.empty() ? six_months : std::max(plan.weeks.back().end, six_months);
    check_last_date(plan);

    std::sort(left_out.begin(), left_out.end());
    plan.unscheduled.reserve(left_out.size());
    for (auto &[task, reason] : left_out) {
        plan.unscheduled.push_back(Unscheduled{catalog.tasks[task].id, std::move(reason)});
    }
    return plan;
}

} // namespace llmpath
