// Re-planning a tracked plan: what is left, fitted again from the current week.
#include <llmpath/tracking.hpp>

#include "tracking/internal.hpp"

#include <algorithm>
#include <iterator>
#include <map>
#include <tuple>

namespace llmpath {

namespace {

/// The first and last day of a task's planned parts from week `from` on, if it has any.
std::optional<std::pair<Date, Date>> planned_range(const std::vector<Week>& weeks,
                                                   const std::string& task, int from) {
    std::optional<std::pair<Date, Date>> out;
    for (const auto& w : weeks) {
        if (w.index < from) {
            continue;
        }
        for (const auto& item : w.items) {
            if (item.task == task) {
                out = out ? std::pair{out->first, w.end} : std::pair{w.start, w.end};
            }
        }
    }
    return out;
}

/// The tasks not finished, with the hours they still need, as the packer sees them.
std::vector<WorkTask> remaining_work(const TrackedPlan& plan, std::vector<std::size_t>& index_of) {
    std::map<std::string, int> phase_rank;
    for (std::size_t i = 0; i < plan.phases.size(); ++i) {
        phase_rank[plan.phases[i].id] = static_cast<int>(i);
    }
    std::map<std::string, std::size_t> node_of;
    std::vector<WorkTask> work;
    for (std::size_t i = 0; i < plan.tasks.size(); ++i) {
        const TrackedTask& t = plan.tasks[i];
        if (t.state != TaskState::todo) {
            continue;
        }
        node_of[t.id] = work.size();
        index_of.push_back(i);
        work.push_back({t.id,
                        t.phase,
                        phase_rank.count(t.phase) ? phase_rank[t.phase] : 0,
                        std::max(1, t.hours - t.done_hours),
                        t.core,
                        {},
                        t.presents,
                        t.direction_work});
    }
    for (std::size_t n = 0; n < work.size(); ++n) {
        for (const auto& p : plan.tasks[index_of[n]].prerequisites) {
            if (auto it = node_of.find(p); it != node_of.end()) {
                work[n].prerequisites.push_back(it->second);
            }
        }
    }
    return work;
}

Date last_day(const std::vector<Week>& weeks, Date fallback) {
    for (auto it = weeks.rbegin(); it != weeks.rend(); ++it) {
        if (!it->items.empty()) {
            return it->end;
        }
    }
    return fallback;
}

/// The weeks before `this_week` as they were, without the work still to do (it is planned
/// again), then the weeks of the calendar up to `this_week`, empty.
std::vector<Week> past_weeks(const TrackedPlan& plan, int this_week) {
    std::vector<Week> weeks;
    for (const auto& w : plan.weeks) {
        if (w.index >= this_week) {
            break;
        }
        Week kept = w;
        std::erase_if(kept.items, [&](const PlanItem& item) {
            const TrackedTask* t = plan.find(item.task);
            return t != nullptr && t->state == TaskState::todo;
        });
        kept.hours = 0;
        for (const auto& item : kept.items) {
            kept.hours += item.hours;
        }
        weeks.push_back(std::move(kept));
    }
    if (this_week > 1) {
        week_in(weeks, plan, this_week - 1);
    }
    return weeks;
}

using WeekKey =
    std::tuple<int, long, long, int, std::vector<std::tuple<std::string, int, int, int>>>;

std::vector<WeekKey> week_keys(const std::vector<Week>& weeks) {
    std::vector<WeekKey> out;
    for (const auto& w : weeks) {
        std::vector<std::tuple<std::string, int, int, int>> items;
        for (const auto& i : w.items) {
            items.emplace_back(i.task, i.hours, i.part, i.parts);
        }
        std::sort(items.begin(), items.end()); // the order within a week is no change
        out.emplace_back(w.index, w.start.to_days(), w.end.to_days(), w.budget, items);
    }
    return out;
}

/// The weeks from `this_week` on: the done tasks this week held, and those no week holds in the
/// week they were done, then what is left, packed into the calendar's weeks at `hours` a week.
void fit_rest(const TrackedPlan& plan, TrackedPlan& next, int this_week, int hours) {
    for (const auto& w : plan.weeks) {
        for (const auto& item : w.items) {
            const TrackedTask* t = plan.find(item.task);
            if (w.index == this_week && t != nullptr && t->state == TaskState::done) {
                Week& here = week_in(next.weeks, next, this_week);
                here.items.push_back(item);
                here.hours += item.hours;
            }
        }
    }
    place_done(next, this_week);
    Week current{this_week,
                 week_start_of(next, this_week),
                 week_end_of(next, this_week),
                 week_budget_of(next, this_week, hours),
                 0,
                 {}};
    if (!next.weeks.empty() && next.weeks.back().index == this_week) {
        current.items = std::move(next.weeks.back().items);
        current.hours = next.weeks.back().hours;
        next.weeks.pop_back();
    }
    std::vector<std::size_t> index_of;
    const PackFrom from{current.end, std::max(0, current.budget - current.hours),
                        std::max(0, k_plan_weeks - (this_week - 1))};
    Packed packed = pack_tasks(remaining_work(next, index_of), current.start, hours, from);
    if (!current.items.empty() || !packed.weeks.empty()) {
        next.weeks.push_back(std::move(current));
    }
    for (auto& w : packed.weeks) {
        w.index += this_week - 1;
        if (w.index == this_week) {
            Week& here = next.weeks.back();
            here.hours += w.hours;
            std::move(w.items.begin(), w.items.end(), std::back_inserter(here.items));
        } else {
            w.budget = hours;
            next.weeks.push_back(std::move(w));
        }
    }
}

/// What the new weeks move, and the tracked tasks the catalogue in use no longer has.
void note_moves(const TrackedPlan& plan, const std::vector<Week>& weeks, const Catalog* current,
                ReplanResult& out) {
    for (const auto& t : plan.tasks) {
        if (t.state != TaskState::todo) {
            continue;
        }
        const auto before = planned_range(plan.weeks, t.id, 1);
        const auto after = planned_range(weeks, t.id, 1);
        if (before != after) {
            out.moves.push_back({t.id, before ? before->first : Date{},
                                 before ? before->second : Date{}, after ? after->first : Date{},
                                 after ? after->second : Date{}});
        }
    }
    for (const bool todo : {true, false}) {
        for (const auto& t : plan.tasks) {
            if ((t.state == TaskState::todo) == todo && current != nullptr &&
                current->find_task(t.id) == nullptr) {
                out.not_in_catalog.push_back(t.id);
            }
        }
    }
}

} // namespace

ReplanResult replan(TrackedPlan& plan, Date today, std::optional<int> hours_per_week,
                    const Catalog* current) {
    ReplanResult out;
    out.old_hours_per_week = plan.hours_per_week;
    out.new_hours_per_week = hours_per_week.value_or(plan.hours_per_week);
    out.old_end = last_day(plan.weeks, plan.start);
    const int this_week = std::max(1, week_at(plan, std::max(today, plan.start)));
    TrackedPlan next = plan;
    next.hours_per_week = out.new_hours_per_week;
    next.weeks = past_weeks(plan, this_week);
    fit_rest(plan, next, this_week, out.new_hours_per_week);
    note_moves(plan, next.weeks, current, out);
    out.changed = week_keys(plan.weeks) != week_keys(next.weeks) ||
                  out.new_hours_per_week != out.old_hours_per_week;
    if (out.changed) {
        ++next.revision;
        next.log.push_back({today, "replan", "", out.new_hours_per_week, {}, {}});
        note_events(next, plan, today);
        plan = std::move(next);
    }
    out.new_end = last_day(plan.weeks, plan.start);
    return out;
}

} // namespace llmpath
