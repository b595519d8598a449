// The tracked plan's calendar: its weeks, the tasks no week holds, and the calendar events a
// change touched.
#include <llmpath/tracking.hpp>

#include "tracking/internal.hpp"

#include <algorithm>
#include <limits>
#include <map>

namespace llmpath {

namespace {

/// The Sunday on or after `day`.
Date sunday_of(Date day) {
    return day.plus_days(7 - day.iso_weekday());
}

/// The last day of week 1: the first Sunday, or the one after it when the plan was made with a
/// longer first week (docs/scheduling.md), as its stored week 1 says.
Date stored_first_end(const TrackedPlan& plan) {
    const Date sunday = sunday_of(plan.start);
    for (const auto& w : plan.weeks) {
        if (w.index == 1 && w.start == plan.start &&
            (w.end == sunday || w.end == sunday.plus_days(7))) {
            return w.end;
        }
    }
    return sunday;
}

Date first_end(const TrackedPlan& plan) {
    return plan.week1_end != Date{} ? plan.week1_end : stored_first_end(plan);
}

/// The day a task was last marked done, from the log.
std::optional<Date> done_on(const TrackedPlan& plan, const std::string& id) {
    std::optional<Date> out;
    for (const auto& e : plan.log) {
        if (e.task == id && e.action == "done") {
            out = e.on;
        }
    }
    return out;
}

std::string item_content(const TrackedPlan& plan, const PlanItem& item) {
    const TrackedTask* t = plan.find(item.task);
    return item.task + ":" + std::to_string(item.hours) + ":" + std::to_string(item.part) + "/" +
           std::to_string(item.parts) + ":" + (t ? to_string(t->state) : "") + ":" +
           std::to_string(t ? t->done_hours : 0) + ";";
}

/// What a week's calendar event shows: its days, tasks, parts and their progress.
std::map<int, std::string> week_contents(const TrackedPlan& plan) {
    std::map<int, std::string> out;
    for (const auto& w : plan.weeks) {
        if (w.items.empty()) {
            continue;
        }
        std::string c = w.start.to_string() + w.end.to_string();
        for (const auto& item : w.items) {
            c += item_content(plan, item);
        }
        out[w.index] = std::move(c);
    }
    return out;
}

/// Where each phase's checkpoint stands: the last week of its work.
std::map<std::string, int> checkpoint_weeks(const TrackedPlan& plan) {
    std::map<std::string, int> out;
    for (const auto& w : plan.weeks) {
        for (const auto& item : w.items) {
            out[item.phase] = w.index;
        }
    }
    return out;
}

template <typename K, typename V>
std::vector<K> changed_keys(const std::map<K, V>& before, const std::map<K, V>& after) {
    std::vector<K> out;
    for (const auto& [k, v] : after) {
        auto it = before.find(k);
        if (it == before.end() || it->second != v) {
            out.push_back(k);
        }
    }
    for (const auto& [k, v] : before) {
        if (after.count(k) == 0) {
            out.push_back(k);
        }
    }
    return out;
}

} // namespace

int week_at(const TrackedPlan& plan, Date day) {
    if (day < plan.start) {
        return 0;
    }
    const Date end = first_end(plan);
    if (day <= end) {
        return 1;
    }
    return 2 + static_cast<int>((day.to_days() - end.to_days() - 1) / 7);
}

Date week_start_of(const TrackedPlan& plan, int week) {
    return week <= 1 ? plan.start : first_end(plan).plus_days(1 + 7L * (week - 2));
}

Date week_end_of(const TrackedPlan& plan, int week) {
    return first_end(plan).plus_days(7L * (std::max(1, week) - 1));
}

int week_budget_of(const TrackedPlan& plan, int week, int hours_per_week) {
    if (week > 1) {
        return hours_per_week;
    }
    const long days = first_end(plan).to_days() - plan.start.to_days() + 1;
    return static_cast<int>(hours_per_week * days / 7);
}

bool scheduled(const TrackedPlan& plan, const std::string& id) {
    for (const auto& w : plan.weeks) {
        for (const auto& item : w.items) {
            if (item.task == id) {
                return true;
            }
        }
    }
    return false;
}

std::string left_out_reason(const TrackedPlan& plan, const TrackedTask& task) {
    if (task.state == TaskState::done || scheduled(plan, task.id)) {
        return "";
    }
    if (task.state == TaskState::skipped) {
        return "skipped";
    }
    bool undone = false;
    for (const auto& e : plan.log) {
        if (e.action == "replan" || e.action == "track") {
            undone = false;
        } else if (e.task == task.id && e.action == "undo") {
            undone = true;
        }
    }
    return undone ? "undone" : "no-time";
}

Week& week_in(std::vector<Week>& weeks, const TrackedPlan& plan, int index) {
    while (weeks.empty() || weeks.back().index < index) {
        const int next = weeks.empty() ? 1 : weeks.back().index + 1;
        weeks.push_back({next,
                         week_start_of(plan, next),
                         week_end_of(plan, next),
                         week_budget_of(plan, next, plan.hours_per_week),
                         0,
                         {}});
    }
    return *std::find_if(weeks.begin(), weeks.end(),
                         [&](const Week& w) { return w.index == index; });
}

void place_done(TrackedPlan& plan, int last_week) {
    for (const auto& t : plan.tasks) {
        if (t.state != TaskState::done || scheduled(plan, t.id)) {
            continue;
        }
        const Date on = done_on(plan, t.id).value_or(plan.tracked_on);
        const int week = std::clamp(week_at(plan, on), 1, std::max(1, last_week));
        Week& w = week_in(plan.weeks, plan, week);
        w.items.push_back({t.id, t.phase, t.hours, 1, 1, t.core});
        w.hours += t.hours;
    }
}

void normalize_weeks(TrackedPlan& plan) {
    plan.week1_end = stored_first_end(plan);
    std::vector<Week> weeks;
    std::vector<Week> stored = plan.weeks; // the calendar reads week 1 from them meanwhile
    for (auto& w : stored) {
        // A week is where its last day is in the plan's calendar.
        const int index = std::max(1, week_at(plan, w.end));
        Week& into = week_in(weeks, plan, index);
        if (w.index == index && w.start == into.start) {
            into.budget = w.budget;
        }
        for (auto& item : w.items) {
            into.hours += item.hours;
            into.items.push_back(std::move(item));
        }
    }
    plan.weeks = std::move(weeks);
    place_done(plan, std::numeric_limits<int>::max());
}

void note_events(TrackedPlan& plan, const TrackedPlan& before, Date today) {
    for (const int week : changed_keys(week_contents(before), week_contents(plan))) {
        auto it = before.week_sequence.find(week);
        plan.week_sequence[week] = (it == before.week_sequence.end() ? 0 : it->second) + 1;
        plan.event_changed["week-" + std::to_string(week)] = today;
    }
    for (const auto& phase : changed_keys(checkpoint_weeks(before), checkpoint_weeks(plan))) {
        auto it = before.checkpoint_sequence.find(phase);
        plan.checkpoint_sequence[phase] =
            (it == before.checkpoint_sequence.end() ? 0 : it->second) + 1;
        plan.event_changed["checkpoint-" + phase] = today;
    }
}

} // namespace llmpath
