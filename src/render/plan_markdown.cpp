#include <llmpath/view.hpp>

#include "render/common.hpp"
#include "render/markdown.hpp"

#include "util/text.hpp"

namespace llmpath {

namespace {

using markdown::Doc;
using markdown::escape;
using markdown::heading_text;
using render::format;
using render::labels;

void write_profile(Doc& doc, const Report& report) {
    const auto& lang = report.lang;
    if (report.answers.items.empty()) {
        return;
    }
    doc.heading(2, labels(lang).profile);
    for (const auto& a : report.answers.items) {
        const Question* q = report.catalog.find_question(a.question);
        const std::string label = q == nullptr || q->short_label.empty()
                                      ? escape(a.question)
                                      : escape(q->short_label.get(lang));
        std::string value = escape(render::answer_text(report.catalog, a, lang));
        if (a.source == AnswerSource::defaulted) {
            value += (render::is_zh(lang) ? "" : " ") + std::string(labels(lang).defaulted);
        }
        doc.wrapped("- **" + label + "**" + labels(lang).colon, value, "  ");
    }
}

void write_reasons(Doc& doc, const Report& report) {
    const auto& lang = report.lang;
    const auto& l = labels(lang);
    const auto& rec = report.recommendation;
    if (!rec.ranking.empty() && rec.ranking.front().raw <= 0) {
        doc.blank();
        doc.wrapped("", l.no_scoring_answers, "");
        return;
    }
    for (const DirectionScore* s : render::explained_directions(rec)) {
        const std::string name = render::direction_name(report.catalog, s->direction, lang);
        doc.heading(3, heading_text(format(l.why, name)));
        const auto reasons = render::reasons_for(*s, true);
        if (reasons.empty()) {
            doc.wrapped("", l.no_reasons, "");
        }
        for (const Reason* r : reasons) {
            doc.wrapped("- ", escape(reason_text(report.catalog, s->direction, *r, lang)), "  ");
        }
        const auto against = render::reasons_for(*s, false);
        if (!against.empty()) {
            doc.heading(3, heading_text(format(l.against, name)));
            for (const Reason* r : against) {
                doc.wrapped("- ", escape(reason_text(report.catalog, s->direction, *r, lang)),
                            "  ");
            }
        }
    }
}

void write_pitfalls(Doc& doc, const Report& report) {
    const auto& lang = report.lang;
    const auto& l = labels(lang);
    if (report.recommendation.pitfalls.empty()) {
        return;
    }
    doc.heading(3, heading_text(l.pitfalls));
    for (const auto& flag : report.recommendation.pitfalls) {
        const Pitfall* p = report.catalog.find_pitfall(flag.pitfall);
        std::string head =
            "- **" + (p == nullptr ? escape(flag.pitfall) : escape(p->title.get(lang))) + "**";
        const bool summary = p != nullptr && !p->summary.empty();
        if (summary) {
            head += l.colon;
        }
        doc.wrapped(head, summary ? escape(p->summary.get(lang)) : std::string(), "  ");
        std::vector<std::string> causes;
        for (const auto& c : flag.causes) {
            causes.push_back(escape(render::cause_text(report.catalog, c, lang)));
        }
        if (!causes.empty()) {
            doc.wrapped("  - ", std::string(l.because) + l.colon + render::list(causes, lang),
                        "    ");
        }
        std::vector<std::string> tasks;
        for (const auto& t : render::remedies(report, flag.tasks)) {
            tasks.push_back(escape(t));
        }
        if (!tasks.empty()) {
            doc.wrapped("  - ", std::string(l.bridging) + l.colon + render::list(tasks, lang),
                        "    ");
        }
    }
}

void write_recommendation(Doc& doc, const Report& report) {
    const auto& lang = report.lang;
    const auto& l = labels(lang);
    const auto& rec = report.recommendation;
    const auto name = [&](const std::string& id) {
        return escape(render::direction_name(report.catalog, id, lang));
    };
    doc.heading(2, heading_text(format(l.recommended, render::direction_name(
                                                          report.catalog, rec.direction, lang))));
    if (rec.chosen_by_user && !rec.ranking.empty() &&
        rec.ranking.front().direction != rec.direction) {
        doc.wrapped("", format(l.chosen, name(rec.direction), name(rec.ranking.front().direction)),
                    "");
        doc.blank();
    }
    if (const Direction* d = report.catalog.find_direction(rec.direction);
        d != nullptr && !d->tagline.empty()) {
        doc.wrapped("**" + name(rec.direction) + "**" + l.colon, escape(d->tagline.get(lang)), "");
        doc.blank();
    }
    doc.raw(std::string("| ") + l.direction + " | " + l.points_head + " |");
    doc.raw("| --- | ---: |");
    for (const auto& s : rec.ranking) {
        const std::string n =
            s.direction == rec.direction ? "**" + name(s.direction) + "**" : name(s.direction);
        doc.raw("| " + n + " | " + render::signed_points(s.raw) + " |");
    }
    write_reasons(doc, report);
    if (rec.close_call && rec.ranking.size() >= 2) {
        const auto& top = rec.ranking[0];
        const auto& other = top.direction == rec.direction ? rec.ranking[1] : top;
        const auto& mine = top.direction == rec.direction ? top : rec.ranking[1];
        doc.blank();
        doc.wrapped("",
                    format(l.close_call, name(other.direction), k_close_margin,
                           name(mine.direction), escape(other.direction)),
                    "");
    }
    write_pitfalls(doc, report);
}

void write_item(Doc& doc, const Report& report, const PlanItem& item) {
    const auto& lang = report.lang;
    const auto& l = labels(lang);
    const Task* task = report.catalog.find_task(item.task);
    std::string title = escape(render::task_title(report.catalog, item.task, lang));
    if (!item.core) {
        title += render::is_zh(lang) ? "" : " ";
        title += l.optional;
    }
    std::string size = format(l.hours, item.hours);
    if (item.parts > 1) {
        size += render::is_zh(lang) ? "，" : ", ";
        size += format(l.part, item.part, item.parts);
    }
    doc.wrapped("- [ ] ", title + render::paren(lang, size), "  ");
    if (task == nullptr) {
        return;
    }
    if (item.part == 1) {
        for (const auto& r : task->resources) {
            std::string link_text = escape(r.title.get(lang));
            if (link_text.empty()) {
                link_text = escape(r.url);
            }
            doc.wrapped("  - " + std::string(markdown::resource_type_label(r.type, lang)) +
                            l.colon + "[",
                        link_text, "    ", "](" + markdown::url(r.url) + ")");
        }
    }
    if (item.part == item.parts && !task->deliverable.empty()) {
        doc.wrapped("  - ",
                    std::string(l.deliverable) + l.colon + escape(task->deliverable.get(lang)),
                    "    ");
    }
    if (const std::string how = render::short_way(report, item.task);
        !how.empty() && item.part == item.parts) {
        doc.wrapped("  - ", std::string(l.short_way) + l.colon + escape(how), "    ");
    }
    if (item.part == item.parts && task->interview) {
        const auto questions = render::interview_questions(report);
        if (!questions.empty()) {
            doc.raw(std::string("  - ") + l.interview + l.colon);
            for (const auto& q : questions) {
                doc.wrapped("    - ", escape(q), "      ");
            }
        }
    }
}

void write_map(Doc& doc, const Report& report) {
    const auto lines = render::map_lines(report.catalog, report.lang);
    if (lines.empty()) {
        return;
    }
    const auto& l = labels(report.lang);
    doc.heading(4, heading_text(l.map_title));
    for (const auto& line : lines) {
        std::string body = escape(line.description);
        for (const auto* more : {&line.tools, &line.directions}) {
            if (!more->empty()) {
                body += (render::is_zh(report.lang) ? "" : " ") + escape(*more) +
                        (render::is_zh(report.lang) ? "。" : ".");
            }
        }
        doc.wrapped("- **" + escape(line.name) + "**" + l.colon, body, "  ");
    }
}

void write_checkpoint(Doc& doc, const Report& report, std::size_t rank) {
    const auto& l = labels(report.lang);
    const render::CheckpointShown shown = render::checkpoint_shown(report, rank);
    if (shown.lines.empty() && shown.left_out.empty()) {
        return;
    }
    doc.blank();
    doc.raw("**" + render::checkpoint_label(report, rank) + "**" + l.colon);
    doc.blank();
    for (const auto& line : shown.lines) {
        doc.wrapped("- ", escape(line.text), "  ");
        if (!line.missing.empty()) {
            doc.wrapped("  - ", escape(line.missing), "    ");
        }
    }
    if (!shown.left_out.empty()) {
        doc.wrapped("- ", escape(shown.left_out), "  ");
    }
}

void write_phase(Doc& doc, const Report& report, std::size_t rank, std::vector<int>& shown) {
    const auto& lang = report.lang;
    const auto& l = labels(lang);
    const Plan& plan = *report.plan;
    const Phase& phase = report.catalog.phases[rank];
    doc.heading(3, format(l.phase, rank + 1) + l.colon + heading_text(phase.title.get(lang)));
    doc.wrapped("", escape(render::phase_dates(report, rank)), "");
    if (!phase.goal.empty()) {
        doc.blank();
        doc.wrapped("**" + std::string(l.goal) + "**" + l.colon, escape(phase.goal.get(lang)), "");
    }
    if (rank == 0) {
        write_map(doc, report);
    }
    if (const auto gpu = render::gpu_line(report, plan.phases[rank].gpu, false); !gpu.empty()) {
        doc.blank();
        doc.wrapped("", escape(gpu), "");
    }
    bool any = false;
    for (std::size_t k = 0; k < plan.weeks.size(); ++k) {
        const Week& week = plan.weeks[k];
        const int hours = render::hours_in_phase(week, phase.id);
        if (hours == 0) {
            continue;
        }
        any = true;
        const std::string title = shown[k]++ == 0 ? format(l.week, week.index)
                                                  : format(l.week_again, week.index, rank + 1);
        doc.heading(4, title + l.colon + render::date_range(week.start, week.end, lang) +
                           render::paren(lang, format(l.hours, hours)));
        for (const auto& item : week.items) {
            if (item.phase == phase.id) {
                write_item(doc, report, item);
            }
        }
    }
    doc.blank();
    if (!any) {
        doc.wrapped("", l.no_tasks, "");
    }
    write_checkpoint(doc, report, rank);
}

void write_advice(Doc& doc, const Report& report) {
    const render::AdviceText a = render::advice_text(report);
    if (a.hours.empty()) {
        return;
    }
    doc.heading(3, heading_text(labels(report.lang).advice));
    doc.wrapped("- ", escape(a.hours), "  ");
    if (!a.shortcuts_head.empty()) {
        doc.wrapped("- ", escape(a.shortcuts_head), "  ");
        for (const auto& s : a.shortcuts) {
            doc.wrapped("  - ", escape(s), "    ");
        }
    }
    for (const auto* line : {&a.with_shortcuts, &a.apply}) {
        if (!line->empty()) {
            doc.wrapped("- ", escape(*line), "  ");
        }
    }
}

void write_plan(Doc& doc, const Report& report) {
    const auto& lang = report.lang;
    const auto& l = labels(lang);
    const Plan& plan = *report.plan;
    doc.heading(2, heading_text(render::plan_title(report)));
    const auto summary = render::plan_summary(report);
    for (std::size_t i = 0; i < summary.size(); ++i) {
        const bool warn = i > 0 && !plan.fits_in_six_months;
        doc.blank();
        doc.wrapped(warn ? "> " : "", escape(summary[i]), warn ? "> " : "");
    }
    if (const auto gpu = render::gpu_line(report, plan.gpu, true); !gpu.empty()) {
        doc.blank();
        doc.wrapped("", escape(gpu), "");
    }
    write_advice(doc, report);
    doc.block(render_gantt(export_of(report)));
    std::vector<int> shown(plan.weeks.size(), 0); // phase sections each week appeared in
    for (std::size_t r = 0; r < report.catalog.phases.size(); ++r) {
        write_phase(doc, report, r, shown);
    }
    if (const auto kept = render::kept_notes(report); !kept.empty()) {
        // A heading of its own: after the last checkpoint's list a blank line alone would make
        // these items of that list.
        doc.heading(3, heading_text(l.kept_head));
        for (const auto& note : kept) {
            doc.wrapped("- ", escape(note), "  ");
        }
    }
    if (!plan.unscheduled.empty()) {
        doc.heading(2, heading_text(l.left_out));
        for (const auto& u : plan.unscheduled) {
            const std::string entry = render::left_out_entry(
                report.catalog, u, lang, false, [](const std::string& s) { return escape(s); });
            doc.wrapped("- ", entry, "  ");
        }
        for (const auto& q : render::questions_left_out(report)) {
            doc.wrapped("- ", escape(q), "  ");
        }
    }
}

} // namespace

std::string render_markdown(const Report& report) {
    Doc doc(report.lang);
    const auto& lang = report.lang;
    std::string title = report.catalog.title.empty() ? std::string("llmpath")
                                                     : heading_text(report.catalog.title.get(lang));
    doc.raw("# " + title);
    doc.blank();
    doc.wrapped("",
                format(labels(lang).generated_by, escape(report.version), escape(report.catalog.id),
                       escape(report.catalog.version)),
                "");
    write_profile(doc, report);
    write_recommendation(doc, report);
    if (report.plan != nullptr) {
        write_plan(doc, report);
    }
    return doc.take();
}

} // namespace llmpath
