// What the direction's interview questions and the presenting tasks ask of the order of a plan:
// the packer's hints.
#include <llmpath/schedule.hpp>

#include "plan/packer_internal.hpp"

#include <algorithm>

namespace llmpath {

std::vector<char> asked_by_interviews(const Catalog& catalog, const std::string& direction_id) {
    std::vector<char> asked(catalog.tasks.size(), 0);
    if (const Direction* direction = catalog.find_direction(direction_id)) {
        for (const auto& ids : direction->interview_tasks) {
            for (const auto& id : ids) {
                if (const auto t = catalog.task_index(id); t >= 0) {
                    asked[static_cast<std::size_t>(t)] = 1;
                }
            }
        }
    }
    return asked;
}

namespace {

/// The tasks that come after `n`, given what comes right after each task.
std::vector<char> coming_after(const std::vector<std::vector<std::size_t>>& next, std::size_t n) {
    std::vector<char> after(next.size(), 0);
    std::vector<std::size_t> todo{n};
    while (!todo.empty()) {
        const std::size_t at = todo.back();
        todo.pop_back();
        for (const auto i : next[at]) {
            if (!after[i]) {
                after[i] = 1;
                todo.push_back(i);
            }
        }
    }
    return after;
}

/// What presents work (the write-up, the résumé) comes after the optional work of the
/// direction in its phase that the plan keeps, so that it presents every result the plan builds
/// (a résumé never names a project built after it); unless that work itself comes after it. The
/// packer leaves out the optional work that would then push the core past six months.
void present_after_optional_work(const Selection& sel, PackHints& hints) {
    const std::size_t size = sel.work.size();
    std::vector<std::vector<std::size_t>> next(size); // the tasks that need or follow each
    for (std::size_t i = 0; i < size; ++i) {
        for (const auto p : sel.work[i].prerequisites) {
            next[p].push_back(i);
        }
        for (const auto p : hints.after[i]) {
            next[p].push_back(i);
        }
    }
    for (std::size_t n = 0; n < size; ++n) {
        const WorkTask& t = sel.work[n];
        if (!t.presents) {
            continue;
        }
        const std::vector<char> later = coming_after(next, n);
        for (std::size_t o = 0; o < size; ++o) {
            const WorkTask& other = sel.work[o];
            if (!other.core && other.direction_work && other.phase_rank == t.phase_rank &&
                !later[o]) {
                hints.after[n].push_back(o);
                next[o].push_back(n);
            }
        }
    }
}

} // namespace

PackHints hints_for(const Catalog& catalog, const ScheduleInput& input, const Selection& sel) {
    PackHints hints;
    const std::vector<char> asked = asked_by_interviews(catalog, input.direction);
    std::vector<std::size_t> asked_nodes;
    for (std::size_t n = 0; n < sel.work.size(); ++n) {
        const Task& task = catalog.tasks[sel.task_of[n]];
        hints.value.push_back((asked[sel.task_of[n]] ? 10 * k_max_priority : 0) + task.priority);
        if (asked[sel.task_of[n]]) {
            asked_nodes.push_back(n);
        }
    }
    hints.after.resize(sel.work.size());
    for (std::size_t n = 0; n < sel.work.size(); ++n) {
        if (catalog.tasks[sel.task_of[n]].interview) {
            for (const auto a : asked_nodes) {
                if (a != n) {
                    hints.after[n].push_back(a);
                }
            }
        }
    }
    present_after_optional_work(sel, hints);
    return hints;
}

} // namespace llmpath
