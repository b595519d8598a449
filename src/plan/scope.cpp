// What a plan keeps in six months at the person's hours: when the whole path does not fit, the
// shortcuts and then the tasks a mentor gives up first (the lowest priority).
#include <llmpath/schedule.hpp>

#include "plan/packer_internal.hpp"

#include <algorithm>
#include <queue>
#include <utility>

namespace llmpath {

namespace {

/// `sel` without the tasks `drop` marks, its prerequisites renumbered.
void remove_tasks(Selection& sel, const std::vector<char>& drop) {
    constexpr std::size_t k_none = static_cast<std::size_t>(-1);
    std::vector<std::size_t> new_index(sel.work.size(), k_none);
    Selection out;
    out.skipped = std::move(sel.skipped);
    for (std::size_t n = 0; n < sel.work.size(); ++n) {
        if (!drop[n]) {
            new_index[n] = out.work.size();
            out.work.push_back(std::move(sel.work[n]));
            out.task_of.push_back(sel.task_of[n]);
        }
    }
    auto renumber = [&](std::vector<std::size_t>& nodes) {
        std::vector<std::size_t> kept;
        for (const auto p : nodes) {
            if (new_index[p] != k_none) {
                kept.push_back(new_index[p]);
            }
        }
        nodes = std::move(kept);
    };
    for (auto& w : out.work) {
        renumber(w.prerequisites);
    }
    for (std::size_t n = 0; n < sel.work.size(); ++n) {
        if (!drop[n]) {
            out.without.push_back(std::move(sel.without[n]));
            renumber(out.without.back());
        }
    }
    sel = std::move(out);
}

/// A task's value when cutting: two steps for each priority level. What the direction's
/// interviews ask for is worth a level more, and one step beyond, so that it goes after the rest
/// of the level above (a mentor keeps the work an interview asks about before a topic of more
/// general priority that none does); the must-haves (the top priority) stay above everything.
constexpr int value_of(int priority, bool asked) {
    const int step = asked ? 1 : 0;
    return priority == k_max_priority ? 2 * (priority + 1) + step : 2 * (priority + step) + step;
}
constexpr int k_min_value = value_of(k_min_priority, false);
constexpr int k_max_value = value_of(k_max_priority, true);
/// The must-haves: shortened only before the level just below them is cut.
constexpr int k_top_value = value_of(k_max_priority, false);

/// Each task's value when cutting to fit: its priority, and whether the direction's interview
/// questions draw on it or on a task that needs it (answering them takes both).
std::vector<int> cut_values(const Catalog& catalog, const ScheduleInput& input,
                            const Selection& sel) {
    const std::vector<char> asked_task = asked_by_interviews(catalog, input.direction);
    std::vector<char> asked(sel.work.size(), 0);
    std::vector<std::size_t> stack;
    for (std::size_t n = 0; n < sel.work.size(); ++n) {
        // Optional work is never kept beside a cut core, so only the core's questions count.
        if (asked_task[sel.task_of[n]] && sel.work[n].core) {
            asked[n] = 1;
            stack.push_back(n);
        }
    }
    while (!stack.empty()) {
        const auto n = stack.back();
        stack.pop_back();
        for (const auto p : sel.work[n].prerequisites) {
            if (!asked[p]) {
                asked[p] = 1;
                stack.push_back(p);
            }
        }
    }
    std::vector<int> value;
    for (std::size_t n = 0; n < sel.work.size(); ++n) {
        value.push_back(value_of(catalog.tasks[sel.task_of[n]].priority, asked[n] != 0));
    }
    return value;
}

/// Marks `n` and every task that needs it, directly or not, calling `on_mark` for each; the
/// hours newly marked.
template <typename F>
std::int64_t mark_with_dependents(const std::vector<std::vector<std::size_t>>& dependents,
                                  const Selection& sel, std::size_t n, std::vector<char>& marked,
                                  const F& on_mark) {
    std::vector<std::size_t> stack{n};
    marked[n] = 1;
    std::int64_t hours = 0;
    while (!stack.empty()) {
        const auto t = stack.back();
        stack.pop_back();
        hours += sel.work[t].hours;
        on_mark(t);
        for (const auto d : dependents[t]) {
            if (!marked[d]) {
                marked[d] = 1;
                stack.push_back(d);
            }
        }
    }
    return hours;
}

/// Who needs each task: the tasks that have it as a prerequisite, and how many of them are core
/// tasks not cut.
struct Links {
    std::vector<std::vector<std::size_t>> dependents;
    std::vector<std::size_t> live;

    explicit Links(const Selection& sel) : dependents(sel.work.size()), live(sel.work.size(), 0) {
        for (std::size_t i = 0; i < sel.work.size(); ++i) {
            for (const auto p : sel.work[i].prerequisites) {
                dependents[p].push_back(i);
                live[p] += sel.work[i].core ? 1 : 0;
            }
        }
    }
};

/// Task `i` (core, not cut) done the short way or whole again: without the prerequisites its
/// short way does without, or with them back.
void set_short_way(Selection& sel, std::size_t i, bool short_way, Links* links) {
    auto& pre = sel.work[i].prerequisites;
    for (const auto p : sel.without[i]) {
        const bool had = std::find(pre.begin(), pre.end(), p) != pre.end();
        if (short_way && had) {
            std::erase(pre, p);
        } else if (!short_way && !had) {
            pre.push_back(p);
        } else {
            continue;
        }
        if (links != nullptr && short_way) {
            std::erase(links->dependents[p], i);
            --links->live[p];
        } else if (links != nullptr) {
            links->dependents[p].push_back(i);
            ++links->live[p];
        }
    }
}

/// Takes the level's shortcuts (Task::shorten) of the core tasks not cut; whether it took any.
bool shorten_level(const Catalog& catalog, const std::vector<int>& value, int level,
                   const std::vector<char>& cut, Selection& sel, Scope& scope, Links& links) {
    const std::size_t before = scope.shortened.size();
    for (std::size_t i = 0; i < sel.work.size(); ++i) {
        const Task& task = catalog.tasks[sel.task_of[i]];
        if (!cut[i] && sel.work[i].core && value[i] == level && task.shorten &&
            task.shorten->hours < sel.work[i].hours) {
            scope.shortened.push_back({task.id, sel.work[i].hours, task.shorten->hours});
            sel.work[i].hours = task.shorten->hours;
            set_short_way(sel, i, true, &links);
        }
    }
    return scope.shortened.size() != before;
}

/// After the cuts, puts back the cut core tasks that still fit, each with the cut tasks it needs,
/// the most valuable first: cutting a long task may leave room for a shorter one cut before it.
/// A bounded number of tries keeps a large catalogue fast.
void put_back(const std::vector<int>& value, const ScheduleInput& input, const Selection& sel,
              std::vector<char>& cut, const std::vector<char>& kept_out, CoreEnd e) {
    std::vector<std::size_t> back;
    for (std::size_t i = 0; i < sel.work.size(); ++i) {
        if (cut[i] && sel.work[i].core && !kept_out[i]) {
            back.push_back(i);
        }
    }
    // The most valuable first, and of equal value the direction's own work before groundwork.
    std::stable_sort(back.begin(), back.end(), [&](std::size_t a, std::size_t b) {
        return std::pair{value[a], sel.work[a].direction_work} >
               std::pair{value[b], sel.work[b].direction_work};
    });
    constexpr int k_tries = 64;
    int tries = 0;
    for (const auto i : back) {
        if (!cut[i] || tries == k_tries) {
            continue;
        }
        // The task with every cut task it needs, none of them kept out.
        std::vector<std::size_t> group{i};
        std::int64_t hours = 0;
        bool blocked = false;
        for (std::size_t g = 0; g < group.size(); ++g) {
            hours += sel.work[group[g]].hours;
            blocked = blocked || kept_out[group[g]];
            for (const auto p : sel.work[group[g]].prerequisites) {
                if (cut[p] && std::find(group.begin(), group.end(), p) == group.end()) {
                    group.push_back(p);
                }
            }
        }
        if (blocked || hours > e.capacity - e.used) {
            continue;
        }
        ++tries;
        for (const auto g : group) {
            cut[g] = 0;
        }
        const CoreEnd with = core_end(sel.work, input.start, input.hours_per_week, cut);
        if (with.week <= k_plan_weeks) {
            e = with;
        } else {
            for (const auto g : group) {
                cut[g] = 1;
            }
        }
    }
}

/// After the cuts, does whole again the shortened tasks that still fit, the most valuable first:
/// the cuts may have left room that the shortcuts taken before them no longer need. A task whose
/// short way did without a prerequisite that was then cut stays short.
void undo_shortcuts(const std::vector<int>& value, const ScheduleInput& input,
                    const std::vector<char>& cut, Selection& sel, Scope& scope) {
    std::vector<std::size_t> shortened; // indices into scope.shortened
    for (std::size_t k = 0; k < scope.shortened.size(); ++k) {
        shortened.push_back(k);
    }
    std::vector<std::size_t> node; // of each shortened task in `sel`
    for (const auto& s : scope.shortened) {
        const auto it = std::find_if(sel.work.begin(), sel.work.end(),
                                     [&](const WorkTask& w) { return w.id == s.task; });
        node.push_back(static_cast<std::size_t>(it - sel.work.begin()));
    }
    std::stable_sort(shortened.begin(), shortened.end(),
                     [&](std::size_t a, std::size_t b) { return value[node[a]] > value[node[b]]; });
    std::vector<char> undone(scope.shortened.size(), 0);
    for (const auto k : shortened) {
        const auto n = node[k];
        const auto& without = sel.without[n];
        if (cut[n] || std::any_of(without.begin(), without.end(),
                                  [&](std::size_t p) { return cut[p] != 0; })) {
            continue;
        }
        sel.work[n].hours = scope.shortened[k].hours;
        set_short_way(sel, n, false, nullptr);
        if (core_end(sel.work, input.start, input.hours_per_week, cut).week <= k_plan_weeks) {
            undone[k] = 1;
        } else {
            sel.work[n].hours = scope.shortened[k].short_hours;
            set_short_way(sel, n, true, nullptr);
        }
    }
    std::vector<ShortcutAdvice> still;
    for (std::size_t k = 0; k < scope.shortened.size(); ++k) {
        if (!undone[k]) {
            still.push_back(scope.shortened[k]);
        }
    }
    scope.shortened = std::move(still);
}

/// Cuts the core tasks of one priority level, those no kept task needs first, until the core
/// fits six months (`e`, as `end` recomputes it) or the level has nothing left to cut; whether
/// it cut any.
template <typename End>
bool cut_level(const std::vector<int>& value, int level, Selection& sel, std::vector<char>& cut,
               Links& links, CoreEnd& e, const End& end) {
    const std::size_t n = sel.work.size();
    auto& live = links.live;
    const auto& dependents = links.dependents;
    auto at_level = [&](std::size_t i) { return !cut[i] && sel.work[i].core && value[i] == level; };
    // What no kept task needs, common work (groundwork) before the direction's own, then the
    // latest phase first, then the latest in the catalogue.
    auto rank = [&](std::size_t i) {
        return std::pair{(sel.work[i].direction_work ? 0 : 100) + sel.work[i].phase_rank, i};
    };
    std::priority_queue<std::pair<int, std::size_t>> leaves;
    for (std::size_t i = 0; i < n; ++i) {
        if (at_level(i) && live[i] == 0) {
            leaves.push(rank(i));
        }
    }
    auto on_cut = [&](std::size_t t) {
        for (const auto p : sel.work[t].prerequisites) {
            live[p] -= sel.work[t].core ? 1 : 0;
            if (live[p] == 0 && at_level(p)) {
                leaves.push(rank(p));
            }
        }
    };
    std::int64_t over = e.used - e.capacity;
    bool any = false;
    std::size_t scan = n; // for a level whose tasks a kept task of another level needs
    while (e.week > k_plan_weeks) {
        std::size_t pick = n;
        while (!leaves.empty() && pick == n) {
            const auto i = leaves.top().second;
            leaves.pop();
            pick = at_level(i) && live[i] == 0 ? i : n;
        }
        while (pick == n && scan-- > 0) {
            pick = at_level(scan) ? scan : n;
        }
        if (pick == n) {
            break;
        }
        over -= mark_with_dependents(dependents, sel, pick, cut, on_cut);
        any = true;
        if (over <= 0) {
            e = end();
            over = std::max<std::int64_t>(1, e.used - e.capacity);
        }
    }
    return any;
}

/// Whether the kept core work is something to present: the direction's work past the first
/// phase (its foundations teach, not build), and, where the direction's interview questions name
/// tasks, every task of one question at least (the person not asked about any of it has nothing
/// to talk through). A task outside the selection is one the person already has.
bool built_to_present(const Catalog& catalog, const ScheduleInput& input, const Selection& sel,
                      const std::vector<char>& cut) {
    std::vector<char> kept(catalog.tasks.size(), 1);
    bool built = false;
    for (std::size_t i = 0; i < sel.work.size(); ++i) {
        kept[sel.task_of[i]] = !cut[i] && sel.work[i].core;
        built = built ||
                (kept[sel.task_of[i]] && sel.work[i].direction_work && sel.work[i].phase_rank > 0);
    }
    const Direction* direction = catalog.find_direction(input.direction);
    if (!built || direction == nullptr || direction->interview_tasks.empty()) {
        return built;
    }
    return std::any_of(direction->interview_tasks.begin(), direction->interview_tasks.end(),
                       [&](const std::vector<std::string>& ids) {
                           return std::all_of(ids.begin(), ids.end(), [&](const std::string& id) {
                               const auto t = catalog.task_index(id);
                               return t >= 0 && kept[static_cast<std::size_t>(t)];
                           });
                       });
}

/// Presenting needs something built: when the kept work is nothing to present
/// (built_to_present), the tasks that present it (and every task that needs them) go too, and so
/// does the groundwork of their phases that only cut work needed (the scenario). Marks them in
/// `kept_out`, which put_back leaves alone; returns whether it cut anything.
bool cut_presenting(const Catalog& catalog, const ScheduleInput& input, const Selection& sel,
                    std::vector<char>& cut, std::vector<char>& kept_out,
                    const std::vector<std::vector<std::size_t>>& dependents) {
    const std::size_t n = sel.work.size();
    auto kept = [&](std::size_t i) { return !cut[i] && sel.work[i].core; };
    if (built_to_present(catalog, input, sel, cut)) {
        return false;
    }
    std::vector<char> phases; // phase ranks of the presenting tasks cut
    bool any = false;
    for (std::size_t i = 0; i < n; ++i) {
        if (kept(i) && sel.work[i].presents) {
            mark_with_dependents(dependents, sel, i, kept_out, [&](std::size_t t) {
                cut[t] = 1;
                const auto rank = static_cast<std::size_t>(sel.work[t].phase_rank);
                phases.resize(std::max(phases.size(), rank + 1), 0);
                phases[rank] = 1;
            });
            any = true;
        }
    }
    for (bool changed = true; changed;) {
        changed = false;
        for (std::size_t i = 0; i < n; ++i) {
            const auto rank = static_cast<std::size_t>(sel.work[i].phase_rank);
            const auto& needs = dependents[i];
            const bool needed = std::any_of(needs.begin(), needs.end(),
                                            [&](std::size_t d) { return sel.work[d].core; });
            if (kept(i) && rank < phases.size() && phases[rank] && needed &&
                std::all_of(needs.begin(), needs.end(),
                            [&](std::size_t d) { return cut[d] || !sel.work[d].core; })) {
                cut[i] = 1;
                kept_out[i] = 1;
                changed = true;
            }
        }
    }
    return any;
}

/// Cutting as a mentor does, one priority level at a time from the lowest: first the
/// shortcuts, then the tasks, those no kept task needs first, the latest phase and the latest
/// in the catalogue first, in runs of about the hours that are over. Returns the marks of the
/// tasks cut.
std::vector<char> cut_to_fit(const Catalog& catalog, const ScheduleInput& input, Selection& sel,
                             const CoreEnd& whole, Scope& scope) {
    const std::size_t n = sel.work.size();
    Links links(sel);
    std::vector<char> cut(n, 0);
    auto end = [&] { return core_end(sel.work, input.start, input.hours_per_week, cut); };
    CoreEnd e = whole;
    const std::vector<int> value = cut_values(catalog, input, sel);
    // Doing a task the short way costs less than not doing it: the shortcuts come first, but
    // what a mentor keeps whole (the top priority, asked in interviews or not) is
    // shortened only before the level just below it is cut.
    for (int level = k_min_value; level < k_top_value && e.week > k_plan_weeks; ++level) {
        if (shorten_level(catalog, value, level, cut, sel, scope, links)) {
            e = end();
        }
    }
    for (int level = k_min_value; level <= k_max_value && e.week > k_plan_weeks; ++level) {
        for (int top = k_top_value;
             level == value_of(k_max_priority - 1, false) && top <= k_max_value; ++top) {
            if (shorten_level(catalog, value, top, cut, sel, scope, links)) {
                e = end();
            }
        }
        if (e.week <= k_plan_weeks) {
            break;
        }
        if (cut_level(value, level, sel, cut, links, e, end)) {
            e = end();
        }
    }
    std::vector<char> kept_out(n, 0);
    scope.presenting_cut = cut_presenting(catalog, input, sel, cut, kept_out, links.dependents);
    if (scope.presenting_cut) {
        e = end();
    }
    put_back(value, input, sel, cut, kept_out, e);
    undo_shortcuts(value, input, cut, sel, scope);
    return cut;
}

} // namespace

Scope fit_six_months(const Catalog& catalog, const ScheduleInput& input, Selection& sel,
                     const CoreEnd& whole) {
    Scope scope;
    if (input.whole_path || whole.week <= k_plan_weeks) {
        return scope;
    }
    // A task cut is not done at all: it is listed at its whole hours, not its short way's.
    std::vector<int> whole_hours;
    for (const auto& w : sel.work) {
        whole_hours.push_back(w.hours);
    }
    std::vector<char> drop = cut_to_fit(catalog, input, sel, whole, scope);
    std::vector<std::string> cut_ids;
    for (std::size_t i = 0; i < sel.work.size(); ++i) {
        if (drop[i] && sel.work[i].core) {
            scope.cut.push_back(sel.task_of[i]);
            cut_ids.push_back(sel.work[i].id);
            scope.cut_hours.push_back(whole_hours[i]);
        } else if (!sel.work[i].core) {
            // No nice-to-have while core work is cut.
            drop[i] = 1;
            scope.no_time.push_back(sel.task_of[i]);
        }
    }
    std::erase_if(scope.shortened, [&](const ShortcutAdvice& a) {
        return std::find(cut_ids.begin(), cut_ids.end(), a.task) != cut_ids.end();
    });
    remove_tasks(sel, drop);
    return scope;
}

} // namespace llmpath
