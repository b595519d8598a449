// A plan from the catalogue: which tasks, their order constraints, and what the packed weeks
// mean for each phase (dates, checkpoint, GPU time) and for a plan that does not fit.
#include <llmpath/error.hpp>
#include <llmpath/schedule.hpp>

#include "plan/packer_internal.hpp"
#include "util/say.hpp"
#include "util/suggest.hpp"

#include <algorithm>
#include <tuple>

namespace llmpath {

namespace {

void check_input(const Catalog& catalog, const ScheduleInput& input) {
    if (input.hours_per_week < 1) {
        throw InputError(util::say(msg::hours_too_few, std::to_string(input.hours_per_week)));
    }
    if (catalog.find_direction(input.direction) == nullptr) {
        std::vector<std::string> ids;
        for (const auto& d : catalog.directions) {
            ids.push_back(d.id);
        }
        throw InputError(util::say(msg::unknown_direction, util::quoted(input.direction),
                                   util::suggestion(input.direction, ids), util::listed(ids)));
    }
}

bool has_all_skills(const Task& task, const std::set<std::string>& skills) {
    return !task.skip_if_skills.empty() &&
           std::all_of(task.skip_if_skills.begin(), task.skip_if_skills.end(),
                       [&](const std::string& s) { return skills.count(s) > 0; });
}

/// A catalogue the loader did not check (one built in code) is refused as the loader would.
[[noreturn]] void throw_catalog(std::size_t task, const std::string& field, const Said& message) {
    throw CatalogError("catalog", {CatalogProblem{"/tasks/" + std::to_string(task) + field, 0, 0,
                                                  message.en, message.zh}});
}

/// The task's hours for this person: by their answer when the task says so.
int hours_for(const Task& task, const ScheduleInput& input) {
    if (task.hours_by) {
        if (auto a = input.answers.find(task.hours_by->question); a != input.answers.end()) {
            if (auto h = task.hours_by->hours.find(a->second); h != task.hours_by->hours.end()) {
                return h->second;
            }
        }
    }
    return task.hours;
}

constexpr std::size_t k_no_node = static_cast<std::size_t>(-1);

/// Planned tasks' prerequisites as indices into `sel.work` (`node_of`: by catalogue index,
/// `k_no_node` for a task not planned), with scratch space kept from one task to the next.
class PrerequisiteLinker {
  public:
    PrerequisiteLinker(const Catalog& catalog, const std::vector<std::size_t>& node_of,
                       const std::vector<std::size_t>& skipped)
        : catalog_(catalog), node_of_(node_of), skipped_(catalog.tasks.size(), 0) {
        for (const auto i : skipped) {
            skipped_[i] = 1;
        }
    }

    /// Appends to `out` the nodes of `ids` but those in `except`. A prerequisite of another
    /// direction counts as done. One skipped because the person has what it teaches passes on
    /// its own prerequisites in the plan: having what it teaches is not having what it needed
    /// (a GPU environment, say).
    void link(const std::vector<std::string>& ids, const std::vector<std::string>& except,
              std::vector<std::size_t>& out) {
        seen_.clear();
        for (const auto& id : ids) {
            if (std::find(except.begin(), except.end(), id) == except.end()) {
                add(id, out);
            }
        }
        while (!through_.empty()) {
            const Task& t = catalog_.tasks[through_.back()];
            through_.pop_back();
            for (const auto& id : t.prerequisites) {
                add(id, out);
            }
        }
    }

  private:
    void add(const std::string& id, std::vector<std::size_t>& out) {
        const std::ptrdiff_t t = catalog_.task_index(id);
        const auto u = static_cast<std::size_t>(t);
        if (t < 0 || std::find(seen_.begin(), seen_.end(), u) != seen_.end()) {
            return;
        }
        seen_.push_back(u);
        if (node_of_[u] != k_no_node) {
            out.push_back(node_of_[u]);
        } else if (skipped_[u]) {
            through_.push_back(u);
        }
    }

    const Catalog& catalog_;
    const std::vector<std::size_t>& node_of_;
    std::vector<char> skipped_;
    std::vector<std::size_t> through_; ///< skipped prerequisites still to look through
    std::vector<std::size_t> seen_;
};

/// Each planned task's prerequisites as indices into `sel.work`, and those its short way does
/// without (Task::shorten).
void link_prerequisites(const Catalog& catalog, const std::vector<std::size_t>& node_of,
                        Selection& sel) {
    PrerequisiteLinker linker(catalog, node_of, sel.skipped);
    const std::vector<std::string> none;
    std::vector<std::size_t> short_way;
    sel.without.assign(sel.work.size(), {});
    for (std::size_t n = 0; n < sel.work.size(); ++n) {
        const Task& task = catalog.tasks[sel.task_of[n]];
        linker.link(task.prerequisites, none, sel.work[n].prerequisites);
        if (!task.shorten || task.shorten->without.empty()) {
            continue;
        }
        short_way.clear();
        linker.link(task.prerequisites, task.shorten->without, short_way);
        for (const auto p : sel.work[n].prerequisites) {
            if (std::find(short_way.begin(), short_way.end(), p) == short_way.end()) {
                sel.without[n].push_back(p);
            }
        }
    }
}

Selection select_tasks(const Catalog& catalog, const ScheduleInput& input) {
    Selection sel;
    sel.work.reserve(catalog.tasks.size());
    sel.task_of.reserve(catalog.tasks.size());
    std::vector<std::size_t> node_of(catalog.tasks.size(), k_no_node); ///< by first task of an id
    for (std::size_t i = 0; i < catalog.tasks.size(); ++i) {
        const Task& task = catalog.tasks[i];
        if (!task.belongs_to(input.direction)) {
            continue;
        }
        if (has_all_skills(task, input.skills)) {
            sel.skipped.push_back(i);
            continue;
        }
        const auto phase = std::find_if(catalog.phases.begin(), catalog.phases.end(),
                                        [&](const Phase& p) { return p.id == task.phase; });
        if (phase == catalog.phases.end()) {
            throw_catalog(i, "/phase",
                          util::say(msg::cat_unknown_ref, Said{"phase", "阶段"},
                                    util::quoted(task.phase), std::string()));
        }
        if (task.hours < 1) {
            throw_catalog(i, "/hours",
                          util::say(msg::cat_between, "hours", 1, k_max_task_hours, task.hours));
        }
        // Ids are unique in a valid catalogue; otherwise the first one planned counts.
        const std::ptrdiff_t first = catalog.task_index(task.id);
        if (first >= 0 && node_of[static_cast<std::size_t>(first)] == k_no_node) {
            node_of[static_cast<std::size_t>(first)] = sel.work.size();
        }
        sel.work.push_back({task.id,
                            task.phase,
                            static_cast<int>(phase - catalog.phases.begin()),
                            hours_for(task, input),
                            task.core,
                            {},
                            task.presents,
                            !task.presents && !task.is_common()});
        sel.task_of.push_back(i);
    }
    link_prerequisites(catalog, node_of, sel);
    return sel;
}

std::int64_t price_of(const Catalog& catalog, const ScheduleInput& input, const std::string& id) {
    if (auto it = input.gpu_cents.find(id); it != input.gpu_cents.end()) {
        return it->second;
    }
    const GpuClass* c = catalog.gpu.find(id);
    return c == nullptr ? 0 : c->cents_per_hour;
}

void add_gpu(std::vector<GpuUse>& uses, const Catalog& catalog, const ScheduleInput& input,
             const GpuNeed& need) {
    auto it = std::find_if(uses.begin(), uses.end(),
                           [&](const GpuUse& u) { return u.gpu_class == need.gpu_class; });
    if (it == uses.end()) {
        uses.push_back({need.gpu_class, 0, 0});
        it = uses.end() - 1;
    }
    const std::int64_t tenths = static_cast<std::int64_t>(need.count) * need.tenths;
    it->tenths += tenths;
    it->cents += (tenths * price_of(catalog, input, need.gpu_class) + 5) / 10;
}

void sort_by_class(std::vector<GpuUse>& uses, const Catalog& catalog) {
    auto rank = [&](const GpuUse& u) {
        const auto& cs = catalog.gpu.classes;
        return std::find_if(cs.begin(), cs.end(),
                            [&](const GpuClass& c) { return c.id == u.gpu_class; }) -
               cs.begin();
    };
    std::stable_sort(uses.begin(), uses.end(),
                     [&](const GpuUse& a, const GpuUse& b) { return rank(a) < rank(b); });
}

/// Each phase's suggested window, from the catalogue's days: on whole weeks (a window ends with
/// the week its last day falls in, the next starts the day after) and by the 26th week's Sunday
/// (days 0 to 182 hold a day more than 26 weeks). A phase too short to keep a week of its own
/// that way leaves every window on the catalogue's days, cut at the 26th week's end.
std::vector<std::pair<Date, Date>> suggested_windows(const Catalog& catalog, Date start) {
    auto sunday_of = [](Date d) { return d.plus_days(7 - d.iso_weekday()); };
    const Date last_sunday = sunday_of(start).plus_days(7 * (k_plan_weeks - 1));
    auto on_weeks = [&](int day) { return std::min(sunday_of(start.plus_days(day)), last_sunday); };
    auto on_days = [&](int day) { return std::min(start.plus_days(day), last_sunday); };
    for (const bool weeks : {true, false}) {
        std::vector<std::pair<Date, Date>> out;
        for (const Phase& phase : catalog.phases) {
            const auto end_of = [&](int day) { return weeks ? on_weeks(day) : on_days(day); };
            const Date from =
                phase.start_day == 0 ? start : end_of(phase.start_day - 1).plus_days(1);
            out.emplace_back(std::min(from, last_sunday), end_of(phase.end_day));
        }
        if (!weeks || std::all_of(out.begin(), out.end(),
                                  [](const auto& w) { return w.first <= w.second; })) {
            return out;
        }
    }
    return {};
}

/// Each phase's window, the weeks its work occupies, its checkpoint in this plan, its GPU time.
void describe_phases(const Catalog& catalog, const ScheduleInput& input,
                     const std::vector<char>& scheduled, const std::vector<char>& skipped,
                     Plan& plan) {
    const auto windows = suggested_windows(catalog, input.start);
    for (std::size_t r = 0; r < catalog.phases.size(); ++r) {
        const Phase& phase = catalog.phases[r];
        PhaseWindow window{phase.id, windows[r].first, windows[r].second, 0, 0, {}, {}};
        for (const Week& week : plan.weeks) {
            for (const PlanItem& item : week.items) {
                if (item.phase == phase.id) {
                    window.first_week = window.first_week == 0 ? week.index : window.first_week;
                    window.last_week = week.index;
                }
            }
        }
        auto status = [&](const std::vector<CheckpointPart>& parts, bool direction_part) {
            for (std::size_t i = 0; i < parts.size(); ++i) {
                CheckpointStatus s{direction_part, i, {}};
                for (const auto& id : parts[i].tasks) {
                    const auto t = catalog.task_index(id);
                    if (t < 0 || (!scheduled[static_cast<std::size_t>(t)] &&
                                  !skipped[static_cast<std::size_t>(t)])) {
                        s.missing.push_back(id);
                    }
                }
                window.checkpoint.push_back(std::move(s));
            }
        };
        status(phase.checkpoint, false);
        if (auto it = phase.direction_checkpoints.find(input.direction);
            it != phase.direction_checkpoints.end()) {
            status(it->second, true);
        }
        plan.phases.push_back(std::move(window));
    }
    for (std::size_t t = 0; t < catalog.tasks.size(); ++t) {
        const Task& task = catalog.tasks[t];
        if (!scheduled[t] || !task.gpu) {
            continue;
        }
        const auto rank = std::find_if(catalog.phases.begin(), catalog.phases.end(),
                                       [&](const Phase& p) { return p.id == task.phase; }) -
                          catalog.phases.begin();
        add_gpu(plan.phases[static_cast<std::size_t>(rank)].gpu, catalog, input, *task.gpu);
        add_gpu(plan.gpu, catalog, input, *task.gpu);
    }
    for (auto& window : plan.phases) {
        sort_by_class(window.gpu, catalog);
    }
    sort_by_class(plan.gpu, catalog);
}

/// For a plan that does not fit: the shortcuts of its core tasks and what they buy, and when
/// applying for jobs makes sense.
void advise(const Catalog& catalog, const ScheduleInput& input, Selection& sel, Plan& plan) {
    for (std::size_t r = 0; r < catalog.phases.size(); ++r) {
        if (catalog.phases[r].ready_to_apply && plan.phases[r].last_week > 0 &&
            plan.advice.apply_week == 0) {
            plan.advice.apply_week = plan.phases[r].last_week + 1;
        }
    }
    if (plan.fits_in_six_months) {
        return;
    }
    for (std::size_t n = 0; n < sel.work.size(); ++n) {
        if (!sel.work[n].core) {
            continue;
        }
        const Task& task = catalog.tasks[sel.task_of[n]];
        if (task.shorten && task.shorten->hours > 0 && task.shorten->hours < task.hours) {
            plan.advice.shortcuts.push_back({task.id, task.hours, task.shorten->hours});
            plan.advice.saved_hours += task.hours - task.shorten->hours;
            sel.work[n].hours = task.shorten->hours;
        }
    }
    if (!plan.advice.shortcuts.empty()) {
        const Packed shorter = pack_tasks(sel.work, input.start, input.hours_per_week);
        plan.advice.hours_needed_with_shortcuts = shorter.hours_needed;
        plan.advice.weeks_with_shortcuts = shorter.core_end_week;
    }
}

/// Every date a plan holds, and the six months from its start, must be one llmpath can write as
/// YYYY-MM-DD.
void check_last_date(const Plan& plan, Date six_months) {
    constexpr Date k_last{9999, 12, 31};
    if (std::max(plan.end, six_months) > k_last) {
        throw AnswerError(
            std::vector<Said>{util::say(msg::start_too_late, plan.start.to_string(),
                                        std::to_string(std::max(plan.weeks_total, k_plan_weeks)))});
    }
}

/// Which of the direction's interview questions the plan prepares: those whose tasks it does
/// (or the person already has), when it prepares for interviews at all (a task marked
/// `interview`); otherwise every question misses the interview preparation left out.
void question_statuses(const Catalog& catalog, const ScheduleInput& input,
                       const std::vector<char>& scheduled, const std::vector<char>& skipped,
                       Plan& plan) {
    const Direction* d = catalog.find_direction(input.direction);
    std::vector<std::string> no_preparation;
    for (std::size_t t = 0; t < catalog.tasks.size(); ++t) {
        if (catalog.tasks[t].interview && !scheduled[t] && !skipped[t]) {
            no_preparation.push_back(catalog.tasks[t].id);
        } else if (catalog.tasks[t].interview) {
            no_preparation.clear();
            break;
        }
    }
    for (std::size_t i = 0; d != nullptr && i < d->interview_questions.size(); ++i) {
        QuestionStatus status{i, no_preparation};
        if (i < d->interview_tasks.size()) {
            for (const auto& id : d->interview_tasks[i]) {
                const auto t = catalog.task_index(id);
                if (t < 0 || (!scheduled[static_cast<std::size_t>(t)] &&
                              !skipped[static_cast<std::size_t>(t)])) {
                    status.missing.push_back(id);
                }
            }
        }
        plan.interview_questions.push_back(std::move(status));
    }
}

} // namespace

Plan make_plan(const Catalog& catalog, const ScheduleInput& input) {
    check_input(catalog, input);
    Selection sel = select_tasks(catalog, input);
    // The packer orders by `core`; what a core task needs is core in the plan.
    const std::vector<char> required = required_tasks(sel.work);
    Plan plan;
    for (std::size_t n = 0; n < sel.work.size(); ++n) {
        sel.work[n].core = required[n] != 0;
        plan.core_hours += sel.work[n].core ? sel.work[n].hours : 0;
    }
    // The whole path's needs, before anything is cut to fit.
    const CoreFit whole = core_fit(sel.work, input.start, input.hours_per_week);
    plan.hours_needed_per_week = whole.hours_needed;
    plan.whole_path_weeks = whole.end.week;
    Scope scope = fit_six_months(catalog, input, sel, whole.end);
    Packed packed =
        pack_tasks(sel.work, input.start, input.hours_per_week, hints_for(catalog, input, sel));

    plan.start = input.start;
    plan.hours_per_week = input.hours_per_week;
    plan.whole_path = input.whole_path;
    plan.weeks = std::move(packed.weeks);
    plan.weeks_total = static_cast<int>(plan.weeks.size());
    plan.fits_in_six_months = packed.fits;
    plan.own_gpu_prices = !input.gpu_cents.empty();
    plan.shortened = std::move(scope.shortened);
    plan.presenting_cut = scope.presenting_cut;
    std::vector<char> scheduled(catalog.tasks.size(), 0);
    std::vector<char> skipped(catalog.tasks.size(), 0);
    for (std::size_t n = 0; n < sel.work.size(); ++n) {
        scheduled[sel.task_of[n]] = 1;
    }
    std::vector<std::tuple<std::size_t, std::string, int>> left_out;
    for (const auto t : sel.skipped) {
        skipped[t] = 1;
        left_out.emplace_back(t, std::string(k_reason_skill), hours_for(catalog.tasks[t], input));
    }
    for (const auto n : packed.dropped) {
        scheduled[sel.task_of[n]] = 0;
        left_out.emplace_back(sel.task_of[n], std::string(k_reason_no_time), sel.work[n].hours);
    }
    for (const auto t : scope.no_time) {
        left_out.emplace_back(t, std::string(k_reason_no_time), hours_for(catalog.tasks[t], input));
    }
    for (std::size_t k = 0; k < scope.cut.size(); ++k) {
        left_out.emplace_back(scope.cut[k], std::string(k_reason_cut), scope.cut_hours[k]);
        plan.cut_hours += scope.cut_hours[k];
    }
    std::sort(left_out.begin(), left_out.end());
    for (auto& [t, reason, hours] : left_out) {
        plan.unscheduled.push_back(Unscheduled{catalog.tasks[t].id, std::move(reason), hours});
    }
    describe_phases(catalog, input, scheduled, skipped, plan);
    question_statuses(catalog, input, scheduled, skipped, plan);
    advise(catalog, input, sel, plan);

    const Date six_months = input.start.plus_days(k_plan_days - 1);
    plan.end = plan.weeks.empty() ? input.start : plan.weeks.back().end;
    check_last_date(plan, six_months);
    return plan;
}

} // namespace llmpath
