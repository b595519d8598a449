// `llmpath export`: a tracked plan with its progress, as text, Markdown (ticked task lists) and
// JSON.
#include <llmpath/view.hpp>

#include "render/common.hpp"
#include "render/markdown.hpp"
#include "render/text_writer.hpp"
#include "tracking/week_json.hpp"

#include <nlohmann/json.hpp>

namespace llmpath {

namespace {

using ojson = nlohmann::ordered_json;
using render::format;
using render::labels;

int done_count(const ExportPlan& plan) {
    int n = 0;
    for (const auto& t : plan.tasks) {
        n += t.state == TaskState::done ? 1 : 0;
    }
    return n;
}

std::string progress_line(const ExportPlan& plan) {
    const auto& l = labels(plan.lang);
    const Date last = plan.weeks.empty() ? plan.start : plan.weeks.back().end;
    return format(l.export_summary, render::long_date(plan.start, plan.lang),
                  render::long_date(last, plan.lang), plan.hours_per_week, done_count(plan),
                  plan.tasks.size());
}

std::string phase_dates(const ExportPlan& plan, const ExportPhase& phase) {
    if (phase.first_week == 0) {
        return labels(plan.lang).no_tasks;
    }
    auto week = [&](int index) -> const Week& {
        for (const auto& w : plan.weeks) {
            if (w.index == index) {
                return w;
            }
        }
        return plan.weeks.front();
    };
    return render::date_range(week(phase.first_week).start, week(phase.last_week).end, plan.lang);
}

/// The part's hours, and the hours done on a task not finished.
std::string item_size(const ExportPlan& plan, const PlanItem& item, const ExportTask& t) {
    const auto& l = labels(plan.lang);
    std::string size = format(l.hours, item.hours);
    if (item.parts > 1) {
        size += l.detail_sep;
        size += format(l.part, item.part, item.parts);
    }
    if (t.state != TaskState::done && t.done_hours > 0) {
        size += l.detail_sep;
        size += format(l.progress, t.done_hours, t.hours);
    }
    return size;
}

std::vector<const ExportTask*> left_out_tasks(const ExportPlan& plan) {
    std::vector<const ExportTask*> out;
    for (const auto& t : plan.tasks) {
        if (!t.left_out.empty()) {
            out.push_back(&t);
        }
    }
    return out;
}

/// A left-out task's line: its title, id and hours (and hours done), then why.
std::string left_out_text(const ExportPlan& plan, const ExportTask& t, std::string title) {
    const auto& l = labels(plan.lang);
    std::string size = format(l.hours, t.hours);
    if (t.done_hours > 0) {
        size += l.detail_sep;
        size += format(l.progress, t.done_hours, t.hours);
    }
    return format(l.left_out_line, render::with_id(plan.lang, title, t.id, size),
                  render::left_out_why(t.left_out, plan.lang));
}

std::string checkbox(TaskState s) {
    return s == TaskState::done ? "[x]" : s == TaskState::skipped ? "[-]" : "[ ]";
}

} // namespace

std::string render_tracked_text(const ExportPlan& plan, const TextOptions& options) {
    TextWriter w(options);
    const auto& l = labels(plan.lang);
    w.para("", plan.title, fmt::emphasis::bold);
    w.para("", progress_line(plan));
    if (const auto timeline = render_timeline(plan.phases, plan.weeks, plan.lang, w.width());
        !timeline.empty()) {
        w.blank();
        w.lines(timeline);
    }
    for (std::size_t r = 0; r < plan.phases.size(); ++r) {
        const ExportPhase& phase = plan.phases[r];
        w.blank();
        w.para("", format(l.phase, r + 1) + " · " + phase.title + " · " + phase_dates(plan, phase),
               fmt::emphasis::bold | fg(fmt::terminal_color::cyan));
        for (const auto& week : plan.weeks) {
            if (render::hours_in_phase(week, phase.id) == 0) {
                continue;
            }
            w.blank();
            w.para("  ",
                   format(l.week, week.index) + " · " +
                       render::date_range(week.start, week.end, plan.lang),
                   fmt::emphasis::bold);
            for (const auto& item : week.items) {
                const ExportTask* t = plan.find(item.task);
                if (item.phase != phase.id || t == nullptr) {
                    continue;
                }
                w.para("    " + checkbox(t->state) + " ",
                       render::with_id(plan.lang, t->title, t->id, item_size(plan, item, *t)));
            }
        }
        if (!phase.checkpoint.empty()) {
            w.blank();
            w.para("  ",
                   (phase.last_week > 0 ? format(l.checkpoint_week, phase.last_week)
                                        : std::string(l.checkpoint)) +
                       l.colon,
                   fg(fmt::terminal_color::green));
            for (const auto& part : phase.checkpoint) {
                w.para("    - ", part);
            }
        }
    }
    if (const auto left_out = left_out_tasks(plan); !left_out.empty()) {
        w.blank();
        w.para("", l.left_out, fmt::emphasis::bold | fg(fmt::terminal_color::cyan));
        for (const ExportTask* t : left_out) {
            w.para("  " + checkbox(t->state) + " ", left_out_text(plan, *t, t->title));
        }
    }
    return w.take();
}

namespace {

/// A phase's checkpoint under its weeks, when it has one.
void markdown_checkpoint(markdown::Doc& doc, const std::string& lang, const ExportPhase& phase) {
    if (phase.checkpoint.empty()) {
        return;
    }
    const auto& l = labels(lang);
    doc.blank();
    doc.raw("**" +
            (phase.last_week > 0 ? format(l.checkpoint_week, phase.last_week)
                                 : std::string(l.checkpoint)) +
            "**" + l.colon);
    doc.blank();
    for (const auto& part : phase.checkpoint) {
        doc.wrapped("- ", markdown::escape(part), "  ");
    }
}

} // namespace

std::string render_tracked_markdown(const ExportPlan& plan) {
    using markdown::escape;
    markdown::Doc doc(plan.lang);
    const auto& l = labels(plan.lang);
    doc.raw("# " + markdown::heading_text(plan.title));
    doc.blank();
    doc.wrapped("",
                escape(format(l.generated_by, plan.version, plan.catalog_id, plan.catalog_version) +
                       (render::is_zh(plan.lang) ? "" : " ") + progress_line(plan)),
                "");
    doc.block(render_gantt(plan));
    std::vector<int> shown(plan.weeks.size() + 1, 0);
    for (std::size_t r = 0; r < plan.phases.size(); ++r) {
        const ExportPhase& phase = plan.phases[r];
        doc.heading(2, format(l.phase, r + 1) + l.colon + markdown::heading_text(phase.title));
        doc.wrapped("", escape(phase_dates(plan, phase)), "");
        for (std::size_t k = 0; k < plan.weeks.size(); ++k) {
            const Week& week = plan.weeks[k];
            if (render::hours_in_phase(week, phase.id) == 0) {
                continue;
            }
            const std::string title = shown[k]++ == 0 ? format(l.week, week.index)
                                                      : format(l.week_again, week.index, r + 1);
            doc.heading(3, title + l.colon + render::date_range(week.start, week.end, plan.lang));
            for (const auto& item : week.items) {
                const ExportTask* t = plan.find(item.task);
                if (item.phase != phase.id || t == nullptr) {
                    continue;
                }
                std::string title_text = escape(t->title);
                if (t->state == TaskState::skipped) {
                    title_text = "~~" + title_text + "~~";
                }
                const std::string box = t->state == TaskState::done ? "- [x] " : "- [ ] ";
                doc.wrapped(box, title_text + render::paren(plan.lang, item_size(plan, item, *t)),
                            "  ");
            }
        }
        markdown_checkpoint(doc, plan.lang, phase);
    }
    if (const auto left_out = left_out_tasks(plan); !left_out.empty()) {
        doc.heading(2, l.left_out);
        for (const ExportTask* t : left_out) {
            std::string title = escape(t->title);
            if (t->state == TaskState::skipped) {
                title = "~~" + title + "~~";
            }
            doc.wrapped("- [ ] ", left_out_text(plan, *t, title), "  ");
        }
    }
    return doc.take();
}

std::string render_tracked_json(const ExportPlan& plan) {
    ojson doc;
    doc["schema_version"] = 1;
    doc["kind"] = "export";
    doc["catalog"] = {{"id", plan.catalog_id}, {"version", plan.catalog_version}};
    doc["lang"] = plan.lang;
    doc["name"] = plan.name.empty() ? ojson() : ojson(plan.name);
    doc["direction"] = plan.direction;
    doc["title"] = plan.title;
    doc["start_date"] = plan.start.to_string();
    doc["hours_per_week"] = plan.hours_per_week;
    doc["revision"] = plan.revision;
    doc["tasks"] = ojson::array();
    for (const auto& t : plan.tasks) {
        ojson links = ojson::array();
        for (const auto& [title, url] : t.links) {
            links.push_back({{"title", title}, {"url", url}});
        }
        doc["tasks"].push_back({{"id", t.id},
                                {"title", t.title},
                                {"phase", t.phase},
                                {"hours", t.hours},
                                {"core", t.core},
                                {"state", to_string(t.state)},
                                {"done_hours", t.done_hours},
                                {"left_out", t.left_out.empty() ? ojson() : ojson(t.left_out)},
                                {"deliverable", t.deliverable},
                                {"links", links}});
    }
    doc["phases"] = ojson::array();
    for (const auto& p : plan.phases) {
        doc["phases"].push_back({{"id", p.id},
                                 {"title", p.title},
                                 {"first_week", p.first_week},
                                 {"last_week", p.last_week},
                                 {"checkpoint", p.checkpoint}});
    }
    doc["weeks"] = ojson::array();
    for (const auto& w : plan.weeks) {
        doc["weeks"].push_back(week_json(w, true));
    }
    // Last, the tracked plan for `llmpath cohort` (what `status` reads) on one line as its file
    // has it: a third of an indented one is spaces, and a cohort reads a thousand of them.
    std::string out = render::json_document(doc); // ends in "\n}\n"
    out.resize(out.size() - 3);
    const std::string_view tracked = plan.tracked_document;
    out += ",\n  \"tracked\": ";
    out += tracked.empty() ? std::string_view("null") : tracked.substr(0, tracked.size() - 1);
    out += "\n}\n";
    return out;
}

} // namespace llmpath
