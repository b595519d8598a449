// A tracked plan: adopting a plan, recording progress, and re-planning what is left.
#include <llmpath/tracking.hpp>

#include "tracking/internal.hpp"
#include "util/say.hpp"
#include "util/suggest.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <map>

#ifndef LLMPATH_VERSION
#define LLMPATH_VERSION "0.0.0"
#endif

namespace llmpath {

namespace {

Texts texts_of(const Text& t, const Catalog& catalog) {
    Texts out;
    for (const auto& lang : catalog.languages) {
        out[lang] = util::clean_text(t.get(lang));
    }
    return out;
}

/// Every id must be a task of the plan; InputError naming the first that is not.
void check_ids(const TrackedPlan& plan, const std::vector<std::string>& ids) {
    std::vector<std::string> known;
    for (const auto& t : plan.tasks) {
        known.push_back(t.id);
    }
    for (const auto& id : ids) {
        if (plan.find(id) == nullptr) {
            std::vector<std::string> starting;
            std::copy_if(known.begin(), known.end(), std::back_inserter(starting),
                         [&](const std::string& k) { return !id.empty() && k.starts_with(id); });
            const Said hint = starting.size() == 1 ? util::say(msg::did_you_mean, starting[0])
                                                   : util::suggestion(id, known);
            throw InputError(util::say(msg::unknown_task, util::quoted(id), hint));
        }
    }
}

/// Applies `apply` to each task named, logs each change as `action` with the task before and
/// after it, and notes the calendar events it changed.
template <typename F>
std::vector<TaskChange> change(TrackedPlan& plan, const std::vector<std::string>& ids,
                               const char* action, std::optional<int> hours, Date today, F apply) {
    check_ids(plan, ids);
    const TrackedPlan before = plan;
    std::vector<TaskChange> out;
    for (const auto& id : ids) {
        TrackedTask& t = *plan.find(id);
        const TaskProgress was{t.state, t.done_hours};
        TaskChange c{id, t.state, t.state, t.done_hours, false};
        apply(t);
        c.after = t.state;
        c.done_hours = t.done_hours;
        c.changed = was != TaskProgress{t.state, t.done_hours};
        if (c.changed) {
            plan.log.push_back(
                {today, action, id, hours.value_or(0), was, TaskProgress{t.state, t.done_hours}});
        }
        out.push_back(c);
    }
    // A task done that no week holds (left out, or skipped after a re-plan) goes in this week.
    place_done(plan, std::max(1, week_at(plan, today)));
    note_events(plan, before, today);
    return out;
}

/// The task as it was before its last change that no undo has taken back; not started when
/// there is none. Entries older than the log's record of it count as from not started.
TaskProgress before_last_change(const TrackedPlan& plan, const std::string& id) {
    int undone = 0;
    for (auto it = plan.log.rbegin(); it != plan.log.rend(); ++it) {
        if (it->task != id) {
            continue;
        }
        if (it->action == "undo") {
            ++undone;
        } else if (undone > 0) {
            --undone;
        } else {
            return it->before.value_or(TaskProgress{});
        }
    }
    return {};
}

} // namespace

std::string text_in(const Texts& texts, std::string_view lang) {
    if (auto it = texts.find(std::string(lang)); it != texts.end()) {
        return it->second;
    }
    if (auto it = texts.find("en"); it != texts.end()) {
        return it->second;
    }
    return texts.empty() ? std::string() : texts.begin()->second;
}

const TrackedTask* TrackedPlan::find(std::string_view id) const {
    auto it =
        std::find_if(tasks.begin(), tasks.end(), [&](const TrackedTask& t) { return t.id == id; });
    return it == tasks.end() ? nullptr : &*it;
}

TrackedTask* TrackedPlan::find(std::string_view id) {
    return const_cast<TrackedTask*>(std::as_const(*this).find(id));
}

namespace {

/// A task of the plan with everything a tracked plan needs of it, in every language.
TrackedTask tracked_task(const Catalog& catalog, const Task& task, bool core,
                         const Direction* direction) {
    TrackedTask t;
    t.id = task.id;
    t.phase = task.phase;
    t.hours = task.hours;
    t.core = core;
    t.presents = task.presents;
    t.direction_work = !task.presents && !task.is_common();
    t.title = texts_of(task.title, catalog);
    t.deliverable = texts_of(task.deliverable, catalog);
    for (const auto& r : task.resources) {
        t.links.emplace_back(texts_of(r.title, catalog), util::clean_text(r.url));
    }
    for (std::size_t q = 0;
         task.interview && direction != nullptr && q < direction->interview_questions.size(); ++q) {
        t.questions.push_back(texts_of(direction->interview_questions[q], catalog));
    }
    t.prerequisites = task.prerequisites;
    return t;
}

} // namespace

TrackedPlan adopt_plan(const Catalog& catalog, const Answers& answers, const Recommendation& rec,
                       const Plan& plan, std::string_view lang, std::string_view version,
                       Date today) {
    TrackedPlan out;
    out.llmpath_version = std::string(version);
    out.catalog_id = catalog.id;
    out.catalog_version = catalog.version;
    out.lang = std::string(lang);
    out.direction = rec.direction;
    const Direction* direction = catalog.find_direction(rec.direction);
    if (direction != nullptr) {
        out.direction_name = texts_of(direction->name, catalog);
    }
    out.answers_json = answers_to_json(catalog, answers, -1, {}, true);
    out.hours_per_week = plan.hours_per_week;
    out.start = plan.start;
    out.tracked_on = today;
    for (const Phase& phase : catalog.phases) {
        TrackedPhase p{phase.id, texts_of(phase.title, catalog), {}};
        for (const auto& part : phase.checkpoint) {
            p.checkpoint.push_back(texts_of(part.text, catalog));
        }
        if (auto it = phase.direction_checkpoints.find(rec.direction);
            it != phase.direction_checkpoints.end()) {
            for (const auto& part : it->second) {
                p.checkpoint.push_back(texts_of(part.text, catalog));
            }
        }
        out.phases.push_back(std::move(p));
    }
    std::map<std::string, bool> in_plan;
    for (const Week& week : plan.weeks) {
        for (const PlanItem& item : week.items) {
            if (in_plan.emplace(item.task, item.core).second) {
                out.tasks.push_back(
                    tracked_task(catalog, *catalog.find_task(item.task), item.core, direction));
            }
        }
    }
    for (auto& t : out.tasks) { // only what is in the plan: the rest counts as done
        std::erase_if(t.prerequisites, [&](const std::string& p) { return !in_plan.count(p); });
    }
    out.weeks = plan.weeks;
    normalize_weeks(out);
    out.log.push_back({today, "track", "", 0, {}, {}});
    return out;
}

std::vector<TaskChange> mark_done(TrackedPlan& plan, const std::vector<std::string>& ids,
                                  std::optional<int> hours, Date today) {
    return change(plan, ids, "done", hours, today, [&](TrackedTask& t) {
        if (hours) {
            t.done_hours = std::min(t.hours, t.done_hours + *hours);
            t.state = t.done_hours >= t.hours ? TaskState::done : TaskState::todo;
        } else {
            t.done_hours = t.hours;
            t.state = TaskState::done;
        }
    });
}

std::vector<TaskChange> mark_skipped(TrackedPlan& plan, const std::vector<std::string>& ids,
                                     Date today) {
    return change(plan, ids, "skip", std::nullopt, today,
                  [](TrackedTask& t) { t.state = TaskState::skipped; });
}

std::vector<TaskChange> mark_undone(TrackedPlan& plan, const std::vector<std::string>& ids,
                                    Date today) {
    std::map<std::string, TaskProgress> back;
    for (const auto& id : ids) {
        back.emplace(id, before_last_change(plan, id));
    }
    return change(plan, ids, "undo", std::nullopt, today, [&](TrackedTask& t) {
        const TaskProgress p = back.count(t.id) ? back[t.id] : TaskProgress{};
        t.state = p.state;
        t.done_hours = std::min(p.done_hours, t.hours);
    });
}

} // namespace llmpath
