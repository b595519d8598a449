// What `today` and `status` show of a tracked plan on a given day.
#include <llmpath/tracking.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace llmpath {

namespace {

int left_of(const TrackedTask& t) {
    return t.state == TaskState::todo ? std::max(0, t.hours - t.done_hours) : 0;
}

/// The first phase whose checkpoint (the last week of its work) is this week or later.
std::optional<CheckpointDue> next_checkpoint(const TrackedPlan& plan, int week) {
    for (const auto& phase : plan.phases) {
        const Week* last = nullptr;
        for (const auto& w : plan.weeks) {
            for (const auto& item : w.items) {
                if (item.phase == phase.id) {
                    last = &w;
                }
            }
        }
        if (last != nullptr && last->index >= week) {
            return CheckpointDue{phase.id, last->index, last->end};
        }
    }
    return std::nullopt;
}

/// The last week each task is planned in.
std::map<std::string, int> last_weeks(const TrackedPlan& plan) {
    std::map<std::string, int> out;
    for (const auto& w : plan.weeks) {
        for (const auto& item : w.items) {
            out[item.task] = w.index;
        }
    }
    return out;
}

} // namespace

TodayView today_view(const TrackedPlan& plan, Date today) {
    TodayView view;
    view.today = today;
    view.week = week_at(plan, today);
    const auto last = last_weeks(plan);
    // Overdue: not finished, and planned to end before this week.
    for (const auto& t : plan.tasks) {
        const auto it = last.find(t.id);
        if (t.state == TaskState::todo && it != last.end() && it->second < view.week) {
            view.items.push_back({t.id, it->second, 0, left_of(t), t.state, true});
        }
    }
    for (const auto& w : plan.weeks) {
        if (w.index != view.week) {
            continue;
        }
        view.week_start = w.start;
        view.week_end = w.end;
        for (const auto& item : w.items) {
            const TrackedTask* t = plan.find(item.task);
            if (t != nullptr) {
                view.items.push_back({t->id, w.index, item.hours, left_of(*t), t->state, false});
            }
        }
    }
    if (view.week_start == Date{} && view.week > 0 && !plan.weeks.empty()) {
        // After the last week: the calendar week that holds today.
        view.week_start = today.plus_days(1 - today.iso_weekday());
        view.week_end = view.week_start.plus_days(6);
    }
    view.next_checkpoint = next_checkpoint(plan, std::max(view.week, 1));
    return view;
}

StatusView status_view(const TrackedPlan& plan, Date today) {
    StatusView view;
    view.today = today;
    view.week = week_at(plan, today);
    for (const auto& phase : plan.phases) {
        PhaseProgress p{phase.id, 0, 0, 0};
        for (const auto& t : plan.tasks) {
            if (t.phase != phase.id) {
                continue;
            }
            p.done_hours += t.done_hours;
            (t.state == TaskState::skipped ? p.skipped_hours : p.planned_hours) += t.hours;
        }
        view.phases.push_back(p);
    }
    std::set<std::string> skipped;
    for (const auto& t : plan.tasks) {
        view.done_hours += t.done_hours;
        view.left_hours += left_of(t);
        if (t.state == TaskState::skipped) {
            skipped.insert(t.id);
        }
    }
    for (const auto& w : plan.weeks) {
        for (const auto& item : w.items) {
            if (w.index < view.week && skipped.count(item.task) == 0) {
                view.due_hours += item.hours;
            }
        }
    }
    view.ahead_hours = view.done_hours - view.due_hours;
    view.ahead_weeks = std::round(10.0 * view.ahead_hours / std::max(1, plan.hours_per_week)) / 10;
    view.planned_end = plan.start;
    for (const auto& w : plan.weeks) {
        if (!w.items.empty()) {
            view.planned_end = w.end;
        }
    }
    const long elapsed = today.to_days() - plan.start.to_days() + 1;
    if (view.done_hours > 0 && elapsed > 0) {
        const double per_day = static_cast<double>(view.done_hours) / static_cast<double>(elapsed);
        view.projected_end =
            today.plus_days(static_cast<long>(std::ceil(view.left_hours / per_day)));
    }
    view.next_checkpoint = next_checkpoint(plan, std::max(view.week, 1));
    return view;
}

} // namespace llmpath
