// The plan as CSV (RFC 4180) for issue trackers: a row per phase, then a row per task of it.
#include <llmpath/export.hpp>

#include "render/common.hpp"
#include "render/markdown.hpp"

#include <algorithm>

namespace llmpath {

namespace {

using render::format;
using render::labels;

/// One cell: a text a spreadsheet would run as a formula gets a leading apostrophe (OWASP's
/// advice against CSV injection), and a cell with a comma, quote or line break is quoted.
std::string cell(std::string_view raw) {
    std::string text(raw);
    if (!text.empty() && (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@' ||
                          text[0] == '\t' || text[0] == '\r')) {
        text.insert(0, 1, '\'');
    }
    if (text.find_first_of(",\"\r\n") == std::string::npos) {
        return text;
    }
    std::string out = "\"";
    for (const char c : text) {
        out += c;
        if (c == '"') {
            out += '"';
        }
    }
    out += '"';
    return out;
}

void row(std::string& out, const std::vector<std::string>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
        out += (i == 0 ? "" : ",") + cell(cells[i]);
    }
    out += "\r\n";
}

/// A task's description in Markdown: its hours and weeks (or why it is left out), what shows it
/// is done, its links.
std::string task_description(const ExportPlan& plan, const ExportTask& t) {
    const auto& l = labels(plan.lang);
    std::string out =
        format(l.hours, t.hours) + l.detail_sep +
        (t.first_week == 0 ? std::string(render::left_out_why(t.left_out, plan.lang))
                           : render::date_range(plan.week(t.first_week).start,
                                                plan.week(t.last_week).end, plan.lang));
    if (!t.deliverable.empty()) {
        out += "\n\n**" + std::string(l.deliverable) + "**" + l.colon +
               markdown::escape(t.deliverable);
    }
    if (!t.links.empty()) {
        out += "\n";
    }
    for (const auto& [title, url] : t.links) {
        out += "\n- [" + markdown::escape(title) + "](" + markdown::url(url) + ")";
    }
    return out;
}

std::string phase_description(const ExportPlan& plan, const ExportPhase& phase) {
    const auto& l = labels(plan.lang);
    std::string out = phase.first_week == 0
                          ? std::string(l.no_tasks)
                          : render::date_range(plan.week(phase.first_week).start,
                                               plan.week(phase.last_week).end, plan.lang);
    if (!phase.checkpoint.empty()) {
        out += "\n\n**" + std::string(l.checkpoint) + "**\n";
    }
    for (const auto& part : phase.checkpoint) {
        out += "\n- " + markdown::escape(part);
    }
    return out;
}

int phase_hours(const ExportPlan& plan, const ExportPhase& phase) {
    int hours = 0;
    for (const auto& t : plan.tasks) {
        hours += t.phase == phase.id && t.first_week != 0 ? t.hours : 0;
    }
    return hours;
}

/// The task's row, with its progress when the plan is tracked.
std::vector<std::string> task_row(const ExportPlan& plan, const ExportTask& t,
                                  const ExportPhase& phase, int id, const std::string& phase_id) {
    const bool dated = t.first_week != 0;
    std::vector<std::string> cells{t.title,
                                   task_description(plan, t),
                                   phase.title,
                                   dated ? plan.week(t.first_week).start.to_string() : "",
                                   dated ? plan.week(t.last_week).end.to_string() : "",
                                   std::to_string(t.hours),
                                   std::to_string(id),
                                   phase_id,
                                   plan.direction + " " + phase.id +
                                       (t.core ? " core" : " optional")};
    if (plan.tracked) {
        const auto& l = labels(plan.lang);
        cells.push_back(t.state == TaskState::done      ? l.state_done
                        : t.state == TaskState::skipped ? l.state_skipped
                                                        : l.state_todo);
        cells.push_back(std::to_string(t.done_hours));
    }
    return cells;
}

bool has_tasks(const ExportPlan& plan, const ExportPhase& phase) {
    return std::any_of(plan.tasks.begin(), plan.tasks.end(), [&](const ExportTask& t) {
        return t.phase == phase.id && (t.first_week != 0 || !t.left_out.empty());
    });
}

} // namespace

std::string render_csv(const ExportPlan& plan) {
    std::string out;
    std::vector<std::string> head{"Summary", "Description", "Phase",  "Start date", "Due date",
                                  "Hours",   "Issue ID",    "Parent", "Labels"};
    if (plan.tracked) {
        head.insert(head.end(), {"Status", "Hours done"});
    }
    row(out, head);
    const auto& l = labels(plan.lang);
    int next_id = 1;
    for (std::size_t r = 0; r < plan.phases.size(); ++r) {
        const ExportPhase& phase = plan.phases[r];
        if (!has_tasks(plan, phase)) {
            continue;
        }
        const bool dated = phase.first_week != 0;
        const std::string phase_id = std::to_string(next_id++);
        std::vector<std::string> cells{format(l.phase, r + 1) + " · " + phase.title,
                                       phase_description(plan, phase),
                                       phase.title,
                                       dated ? plan.week(phase.first_week).start.to_string() : "",
                                       dated ? plan.week(phase.last_week).end.to_string() : "",
                                       std::to_string(phase_hours(plan, phase)),
                                       phase_id,
                                       "",
                                       plan.direction + " " + phase.id + " phase"};
        if (plan.tracked) {
            cells.insert(cells.end(), {"", ""});
        }
        row(out, cells);
        for (const auto& t : plan.tasks) {
            if (t.phase == phase.id && (t.first_week != 0 || !t.left_out.empty())) {
                row(out, task_row(plan, t, phase, next_id++, phase_id));
            }
        }
    }
    return out;
}

std::string render_cohort_csv(const CohortView& view) {
    std::string out;
    row(out, {"name", "file", "direction", "catalog_id", "catalog_version", "week", "done_hours",
              "planned_hours", "ahead_hours", "ahead_weeks", "projected_end", "next_checkpoint",
              "next_checkpoint_date", "last_activity", "stalled"});
    for (const auto& r : view.rows) {
        const StatusView& s = r.status;
        std::string line;
        row(line, {render::clean(r.name), render::clean(r.file), r.direction, r.catalog_id,
                   r.catalog_version});
        line.resize(line.size() - 2); // the numbers as they are: "-13" is no formula
        line += fmt::format(",{},{},{},{},{:.1f},", s.week, s.done_hours, s.scheduled_hours,
                            s.ahead_hours, s.ahead_weeks);
        row(line,
            {s.projected_end ? s.projected_end->to_string() : "",
             s.next_checkpoint ? s.next_checkpoint->phase : "",
             s.next_checkpoint ? s.next_checkpoint->date.to_string() : "",
             r.last_activity ? r.last_activity->to_string() : "", r.stalled ? "true" : "false"});
        out += line;
    }
    return out;
}

} // namespace llmpath
