// What `today`, `status` and `history` show of a tracked plan on a given day.
#include <llmpath/tracking.hpp>

#include <algorithm>
#include <cmath>
#include <map>

namespace llmpath {

namespace {

/// Days of evidence before `status` projects an end: about two weeks.
constexpr long k_evidence_days = 14;
/// A projection further than this past the planned end is no date worth giving.
constexpr long k_max_projection_days = 365;

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

std::vector<LeftOut> left_out_tasks(const TrackedPlan& plan, bool todo_only) {
    std::vector<LeftOut> out;
    for (const auto& t : plan.tasks) {
        std::string why = left_out_reason(plan, t);
        if (!why.empty() && (!todo_only || t.state == TaskState::todo)) {
            out.push_back({t.id, std::move(why), t.hours, t.state});
        }
    }
    return out;
}

/// Every task done or skipped, or optional and left out for want of time.
bool is_finished(const TrackedPlan& plan) {
    return std::all_of(plan.tasks.begin(), plan.tasks.end(), [&](const TrackedTask& t) {
        return t.state != TaskState::todo || left_out_reason(plan, t) == "no-time";
    });
}

/// The hours expected done by the end of `today`, and those done, of the tasks the weeks hold
/// (skipped ones left out): a week's planned hours are expected day by day, in equal shares;
/// hours of a task that no week holds any more were done before a re-plan.
std::pair<double, double> expected_and_done(const TrackedPlan& plan, Date today, int week) {
    std::map<std::string, double> due;
    std::map<std::string, int> in_weeks;
    for (const auto& w : plan.weeks) {
        double share = w.index < week ? 1.0 : 0.0;
        if (w.index == week) {
            const double days = static_cast<double>(w.end.to_days() - w.start.to_days() + 1);
            share = static_cast<double>(today.to_days() - w.start.to_days() + 1) / days;
        }
        for (const auto& item : w.items) {
            due[item.task] += item.hours * std::clamp(share, 0.0, 1.0);
            in_weeks[item.task] += item.hours;
        }
    }
    double expected = 0;
    double done = 0;
    for (const auto& t : plan.tasks) {
        if (t.state == TaskState::skipped || in_weeks.count(t.id) == 0) {
            continue;
        }
        expected += std::max(0, t.hours - in_weeks[t.id]) + due[t.id];
        done += t.done_hours;
    }
    return {expected, done};
}

void project(const TrackedPlan& plan, StatusView& view) {
    const long elapsed = view.today.to_days() - plan.start.to_days() + 1;
    if (view.finished) {
        view.projection = "finished";
    } else if (view.week == 0) {
        view.projection = "before-start";
    } else if (elapsed < k_evidence_days) {
        view.projection = "waiting";
    } else {
        // The pace so far, damped by two weeks at the planned pace.
        const double planned = plan.hours_per_week / 7.0;
        const double pace = (view.done_hours + k_evidence_days * planned) /
                            static_cast<double>(elapsed + k_evidence_days);
        const Date end = view.today.plus_days(static_cast<long>(std::ceil(view.left_hours / pace)));
        if (end.to_days() - view.planned_end.to_days() > k_max_projection_days) {
            view.projection = "too-slow";
        } else {
            view.projection = "pace";
            view.projected_end = end;
        }
    }
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
            view.items.push_back({t.id, it->second, 0, left_of(t), t.state, true, t.done_hours});
        }
    }
    for (const auto& w : plan.weeks) {
        if (w.index != view.week) {
            continue;
        }
        for (const auto& item : w.items) {
            const TrackedTask* t = plan.find(item.task);
            if (t != nullptr) {
                view.items.push_back(
                    {t->id, w.index, item.hours, left_of(*t), t->state, false, t->done_hours});
            }
        }
    }
    if (view.week > 0) {
        view.week_start = week_start_of(plan, view.week);
        view.week_end = week_end_of(plan, view.week);
    }
    view.left_out = left_out_tasks(plan, true);
    view.finished = is_finished(plan);
    view.next_checkpoint = next_checkpoint(plan, std::max(view.week, 1));
    return view;
}

StatusView status_view(const TrackedPlan& plan, Date today) {
    StatusView view;
    view.today = today;
    view.week = week_at(plan, today);
    view.left_out = left_out_tasks(plan, true);
    for (const auto& phase : plan.phases) {
        PhaseProgress p{phase.id, 0, 0, 0, 0};
        for (const auto& t : plan.tasks) {
            if (t.phase != phase.id) {
                continue;
            }
            p.done_hours += t.done_hours;
            const bool out = t.state == TaskState::todo && !left_out_reason(plan, t).empty();
            (t.state == TaskState::skipped ? p.skipped_hours
             : out                         ? p.left_out_hours
                                           : p.planned_hours) += t.hours;
        }
        view.scheduled_hours += p.planned_hours;
        view.left_out_hours += p.left_out_hours;
        view.phases.push_back(p);
    }
    for (const auto& t : plan.tasks) {
        view.done_hours += t.done_hours;
        const bool out = t.state == TaskState::todo && !left_out_reason(plan, t).empty();
        view.left_hours += out ? 0 : left_of(t);
    }
    const auto [expected, done] =
        view.week == 0 ? std::pair{0.0, 0.0} : expected_and_done(plan, today, view.week);
    const double behind = expected - done;
    view.ahead_hours = static_cast<int>(std::lround(-behind));
    view.due_hours = static_cast<int>(std::lround(expected));
    view.ahead_weeks = std::round(10.0 * view.ahead_hours / std::max(1, plan.hours_per_week)) / 10;
    view.on_schedule = std::abs(behind) <= plan.hours_per_week / 7.0 + 1e-9;
    view.planned_end = plan.start;
    for (const auto& w : plan.weeks) {
        if (!w.items.empty()) {
            view.planned_end = w.end;
        }
    }
    view.finished = is_finished(plan);
    project(plan, view);
    view.next_checkpoint =
        view.finished ? std::nullopt : next_checkpoint(plan, std::max(view.week, 1));
    return view;
}

std::optional<int> hours_added(const LogEntry& entry) {
    if (entry.before && entry.after) {
        return entry.after->done_hours - entry.before->done_hours;
    }
    if (entry.action == "done" && entry.hours > 0) {
        return entry.hours;
    }
    return std::nullopt;
}

std::vector<HistoryWeek> history_view(const TrackedPlan& plan) {
    std::map<int, HistoryWeek> weeks;
    for (const auto& e : plan.log) {
        const int week = week_at(plan, e.on);
        HistoryWeek& h = weeks[week];
        if (h.entries.empty()) {
            h.week = week;
            h.start = week == 0 ? e.on : week_start_of(plan, week);
            h.end = week == 0 ? plan.start.plus_days(-1) : week_end_of(plan, week);
        }
        h.start = std::min(h.start, e.on);
        h.done_hours += hours_added(e).value_or(0);
        h.entries.push_back(e);
    }
    std::vector<HistoryWeek> out;
    for (auto& [week, h] : weeks) {
        out.push_back(std::move(h));
    }
    return out;
}

} // namespace llmpath
