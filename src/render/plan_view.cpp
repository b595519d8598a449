// A plan as every export sees it: from a plan just made, or from a tracked plan.
#include <llmpath/view.hpp>

#include "render/common.hpp"

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <unordered_map>

#include <nlohmann/json.hpp>

namespace llmpath {

namespace {

/// The weeks each phase's tasks occupy.
void fill_weeks(ExportPlan& out) {
    for (std::size_t i = 0; i < out.tasks.size(); ++i) {
        out.task_index.emplace(out.tasks[i].id, i);
    }
    for (const auto& week : out.weeks) {
        for (const auto& item : week.items) {
            if (auto it = out.task_index.find(item.task); it != out.task_index.end()) {
                ExportTask& t = out.tasks[it->second];
                t.first_week = t.first_week == 0 ? week.index : t.first_week;
                t.last_week = week.index;
            }
        }
    }
    for (auto& phase : out.phases) {
        for (const auto& week : out.weeks) {
            for (const auto& item : week.items) {
                if (item.phase == phase.id) {
                    phase.first_week = phase.first_week == 0 ? week.index : phase.first_week;
                    phase.last_week = week.index;
                }
            }
        }
    }
}

int weeks_with_work(const std::vector<Week>& weeks) {
    int last = 0;
    for (const auto& w : weeks) {
        last = w.items.empty() ? last : w.index;
    }
    return last;
}

} // namespace

std::string digest(std::string_view text) {
    std::uint64_t h = 14695981039346656037ull;
    for (const char c : text) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ull;
    }
    static constexpr char k_hex[] = "0123456789abcdef";
    std::string out(16, '0');
    for (int i = 15; i >= 0; --i, h >>= 4) {
        out[static_cast<std::size_t>(i)] = k_hex[h & 15];
    }
    return out;
}

namespace {

/// The same learner gets the same digest from a plan just made and from that plan tracked:
/// the answers are compared as JSON, not as text.
std::string learner_digest(const std::string& answers_json, Date start) {
    return digest(nlohmann::ordered_json::parse(answers_json).dump() + start.to_string());
}

} // namespace

const Week& ExportPlan::week(int index) const {
    const auto i = static_cast<std::size_t>(std::max(1, index) - 1);
    return weeks.at(std::min(i, weeks.size() - 1));
}

const ExportTask* ExportPlan::find(std::string_view id) const {
    auto it = task_index.find(std::string(id));
    return it == task_index.end() ? nullptr : &tasks[it->second];
}

namespace {

/// A planned task of a fresh plan as exports show it; `hours`: the person's (by their answer,
/// or the short way).
ExportTask export_task(const Report& report, const Task& task, int hours, bool core) {
    const std::string& lang = report.lang;
    ExportTask t{task.id,
                 render::task_title(report.catalog, task.id, lang),
                 render::text(task.deliverable, lang),
                 task.phase,
                 hours,
                 core,
                 TaskState::todo,
                 0,
                 {},
                 {},
                 0,
                 0,
                 {}};
    for (const auto& r : task.resources) {
        t.links.emplace_back(render::text(r.title, lang), render::clean(r.url));
    }
    if (task.interview) {
        t.questions = render::interview_questions(report);
    }
    return t;
}

/// A task of a tracked plan as exports show it, with its progress.
ExportTask export_task(const TrackedPlan& plan, const TrackedTask& t, std::string_view lang) {
    ExportTask e{t.id,
                 render::clean(text_in(t.title, lang)),
                 render::clean(text_in(t.deliverable, lang)),
                 t.phase,
                 t.hours,
                 t.core,
                 t.state,
                 t.done_hours,
                 {},
                 {},
                 0,
                 0,
                 {}};
    for (const auto& [title, url] : t.links) {
        e.links.emplace_back(render::clean(text_in(title, lang)), url);
    }
    for (const auto& q : t.questions) {
        e.questions.push_back(render::clean(text_in(q, lang)));
    }
    e.left_out = left_out_reason(plan, t);
    return e;
}

} // namespace

ExportPlan export_of(const Report& report) {
    const Catalog& catalog = report.catalog;
    const Plan& plan = *report.plan;
    const std::string& lang = report.lang;
    ExportPlan out;
    out.catalog_id = catalog.id;
    out.catalog_version = catalog.version;
    out.direction = report.recommendation.direction;
    out.direction_name = render::direction_name(catalog, out.direction, lang);
    out.lang = lang;
    out.title = render::plan_title(report);
    out.version = report.version;
    out.start = plan.start;
    out.hours_per_week = plan.hours_per_week;
    out.weeks = plan.weeks;
    out.made_on = plan.start;
    out.learner =
        learner_digest(answers_to_json(catalog, report.answers, -1, {}, true), plan.start);
    for (std::size_t r = 0; r < catalog.phases.size(); ++r) {
        ExportPhase phase{
            catalog.phases[r].id, render::text(catalog.phases[r].title, lang), {}, 0, 0};
        for (const auto& line : render::checkpoint_lines(report, r)) {
            phase.checkpoint.push_back(line.text);
        }
        out.phases.push_back(std::move(phase));
    }
    std::map<std::string, int> planned_hours; // the person's: by answer, or the short way
    for (const auto& week : plan.weeks) {
        for (const auto& item : week.items) {
            planned_hours[item.task] += item.hours;
        }
    }
    std::set<std::string> seen;
    for (const auto& week : plan.weeks) {
        for (const auto& item : week.items) {
            if (!seen.insert(item.task).second) {
                continue;
            }
            out.tasks.push_back(export_task(report, *catalog.find_task(item.task),
                                            planned_hours[item.task], item.core));
        }
    }
    fill_weeks(out);
    return out;
}

ExportPlan export_of(const TrackedPlan& plan, std::string_view lang) {
    ExportPlan out;
    out.catalog_id = plan.catalog_id;
    out.catalog_version = plan.catalog_version;
    out.direction = plan.direction;
    out.direction_name = render::clean(text_in(plan.direction_name, lang));
    out.lang = std::string(lang);
    out.title = render::plan_title(lang, out.direction_name, weeks_with_work(plan.weeks));
    out.version = plan.llmpath_version;
    out.start = plan.start;
    out.hours_per_week = plan.hours_per_week;
    out.revision = plan.revision;
    out.tracked = true;
    out.weeks = plan.weeks;
    out.made_on = plan.tracked_on;
    for (const auto& entry : plan.log) {
        out.made_on = entry.action == "replan" ? entry.on : out.made_on;
    }
    out.learner = learner_digest(plan.answers_json, plan.start);
    out.name = render::clean(plan.name);
    // The tracked plan for `llmpath cohort`, without its tasks' texts, which the export's own
    // tasks give: a tenth of the file to read for each learner.
    TrackedPlan progress = plan;
    for (auto& t : progress.tasks) {
        t.title.clear();
        t.deliverable.clear();
        t.links.clear();
        t.questions.clear();
    }
    out.tracked_document = tracked_to_json(progress);
    out.week_sequence = plan.week_sequence;
    out.checkpoint_sequence = plan.checkpoint_sequence;
    out.event_changed = plan.event_changed;
    for (const auto& p : plan.phases) {
        ExportPhase phase{p.id, render::clean(text_in(p.title, lang)), {}, 0, 0};
        for (const auto& part : p.checkpoint) {
            phase.checkpoint.push_back(render::clean(text_in(part, lang)));
        }
        out.phases.push_back(std::move(phase));
    }
    for (const auto& t : plan.tasks) {
        out.tasks.push_back(export_task(plan, t, lang));
    }
    fill_weeks(out);
    return out;
}

} // namespace llmpath
