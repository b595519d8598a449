// A tracked plan: adopting a plan, recording progress, and re-planning what is left.
#include <llmpath/tracking.hpp>

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
            throw InputError("unknown task " + util::quote(id) + util::did_you_mean(id, known) +
                             "; run 'llmpath today' or 'llmpath export' to see the plan's tasks");
        }
    }
}

template <typename F>
std::vector<TaskChange> change(TrackedPlan& plan, const std::vector<std::string>& ids, F apply) {
    check_ids(plan, ids);
    std::vector<TaskChange> out;
    for (const auto& id : ids) {
        TrackedTask& t = *plan.find(id);
        const int hours_before = t.done_hours;
        TaskChange c{id, t.state, t.state, t.done_hours, false};
        apply(t);
        c.after = t.state;
        c.done_hours = t.done_hours;
        c.changed = c.before != c.after || hours_before != t.done_hours;
        out.push_back(c);
    }
    return out;
}

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

/// The week's tasks and hours, to tell a week that changed.
std::vector<std::pair<std::string, int>> contents(const Week* w) {
    std::vector<std::pair<std::string, int>> out;
    if (w != nullptr) {
        for (const auto& item : w->items) {
            out.emplace_back(item.task, item.hours);
        }
    }
    return out;
}

const Week* week_of(const std::vector<Week>& weeks, int index) {
    for (const auto& w : weeks) {
        if (w.index == index) {
            return &w;
        }
    }
    return nullptr;
}

/// The last week of each phase's work: where its checkpoint stands.
std::map<std::string, int> checkpoint_weeks(const std::vector<Week>& weeks) {
    std::map<std::string, int> out;
    for (const auto& w : weeks) {
        for (const auto& item : w.items) {
            out[item.phase] = w.index;
        }
    }
    return out;
}

/// Marks with the new revision the weeks and checkpoints the re-plan changed (calendar events
/// carry it as their SEQUENCE, so that a re-import updates them).
void note_sequences(TrackedPlan& plan, const std::vector<Week>& next) {
    int last = 0;
    for (const auto& w : plan.weeks) {
        last = std::max(last, w.index);
    }
    for (const auto& w : next) {
        last = std::max(last, w.index);
    }
    for (int i = 1; i <= last; ++i) {
        const Week* before = week_of(plan.weeks, i);
        const Week* after = week_of(next, i);
        if (contents(before) != contents(after) ||
            (before != nullptr && after != nullptr && before->start != after->start)) {
            plan.week_sequence[i] = plan.revision;
        }
    }
    const auto old_checkpoints = checkpoint_weeks(plan.weeks);
    const auto new_checkpoints = checkpoint_weeks(next);
    for (const auto& [phase, week] : new_checkpoints) {
        auto it = old_checkpoints.find(phase);
        if (it == old_checkpoints.end() || it->second != week) {
            plan.checkpoint_sequence[phase] = plan.revision;
        }
    }
    for (const auto& [phase, week] : old_checkpoints) {
        if (new_checkpoints.count(phase) == 0) {
            plan.checkpoint_sequence[phase] = plan.revision; // it has no work left
        }
    }
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
    out.log.push_back({today, "track", "", 0});
    return out;
}

std::vector<TaskChange> mark_done(TrackedPlan& plan, const std::vector<std::string>& ids,
                                  std::optional<int> hours, Date today) {
    auto out = change(plan, ids, [&](TrackedTask& t) {
        if (hours) {
            t.done_hours = std::min(t.hours, t.done_hours + *hours);
            t.state = t.done_hours >= t.hours ? TaskState::done : TaskState::todo;
        } else {
            t.done_hours = t.hours;
            t.state = TaskState::done;
        }
    });
    for (const auto& c : out) {
        if (c.changed) {
            plan.log.push_back({today, "done", c.task, hours.value_or(0)});
        }
    }
    return out;
}

std::vector<TaskChange> mark_skipped(TrackedPlan& plan, const std::vector<std::string>& ids,
                                     Date today) {
    auto out = change(plan, ids, [](TrackedTask& t) { t.state = TaskState::skipped; });
    for (const auto& c : out) {
        if (c.changed) {
            plan.log.push_back({today, "skip", c.task, 0});
        }
    }
    return out;
}

std::vector<TaskChange> mark_undone(TrackedPlan& plan, const std::vector<std::string>& ids,
                                    Date today) {
    auto out = change(plan, ids, [](TrackedTask& t) {
        t.state = TaskState::todo;
        t.done_hours = 0;
    });
    for (const auto& c : out) {
        if (c.changed) {
            plan.log.push_back({today, "undo", c.task, 0});
        }
    }
    return out;
}

int week_at(const TrackedPlan& plan, Date day) {
    if (plan.weeks.empty() || day < plan.weeks.front().start) {
        return 0;
    }
    for (const auto& w : plan.weeks) {
        if (day <= w.end) {
            return w.index;
        }
    }
    const Week& last = plan.weeks.back();
    return last.index + 1 + static_cast<int>((day.to_days() - last.end.to_days() - 1) / 7);
}

namespace {

/// The weeks before `this_week` as they were, without the work still to do (it is planned again),
/// then the weeks that passed after the last planned one, empty.
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
    while (!weeks.empty() && weeks.back().index + 1 < this_week) {
        Week gap;
        gap.index = weeks.back().index + 1;
        gap.start = weeks.back().end.plus_days(1);
        gap.end = gap.start.plus_days(6);
        gap.budget = plan.hours_per_week;
        weeks.push_back(gap);
    }
    return weeks;
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
    const Date from = std::max(today, plan.start);
    const int this_week = std::max(1, week_at(plan, from));
    std::vector<Week> weeks = past_weeks(plan, this_week);
    std::vector<std::size_t> index_of;
    Packed packed = pack_tasks(remaining_work(plan, index_of), from, out.new_hours_per_week);
    for (auto& w : packed.weeks) {
        w.index += this_week - 1;
        weeks.push_back(std::move(w));
    }
    note_moves(plan, weeks, current, out);
    out.changed = !out.moves.empty() || out.new_hours_per_week != out.old_hours_per_week;
    if (out.changed) {
        plan.hours_per_week = out.new_hours_per_week;
        ++plan.revision;
        plan.log.push_back({today, "replan", "", out.new_hours_per_week});
        note_sequences(plan, weeks);
    }
    plan.weeks = std::move(weeks);
    out.new_end = last_day(plan.weeks, plan.start);
    return out;
}

} // namespace llmpath
