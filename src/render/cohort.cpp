// `llmpath cohort`: a row per learner, as text, Markdown and JSON.
#include <llmpath/render_tracking.hpp>

#include "render/common.hpp"
#include "render/markdown.hpp"
#include "render/text_writer.hpp"

#include <nlohmann/json.hpp>

#include <cmath>

namespace llmpath {

namespace {

using ojson = nlohmann::ordered_json;
using render::format;
using render::labels;

/// A row's cells in the order of cohort_heads, as words for people.
struct CohortCells {
    std::string name, direction, week, done, pace, end, checkpoint, last, flag, catalog;
};

std::string pace_cell(const StatusView& s, std::string_view lang) {
    const auto& l = labels(lang);
    const std::string weeks = fmt::format("{:.1f}", std::abs(s.ahead_weeks));
    return s.on_schedule       ? std::string(l.cohort_on_time)
           : s.ahead_hours > 0 ? format(l.cohort_ahead, s.ahead_hours, weeks)
                               : format(l.cohort_behind, -s.ahead_hours, weeks);
}

/// The projected end as `status` words it: a date, or why there is none.
std::string end_cell(const StatusView& s, std::string_view lang) {
    const auto& l = labels(lang);
    if (s.projection == "pace") {
        return s.projected_end->to_string();
    }
    return s.projection == "finished"       ? l.cohort_finished
           : s.projection == "before-start" ? l.cohort_not_begun
           : s.projection == "too-slow"     ? l.cohort_too_slow
                                            : l.cohort_waiting;
}

CohortCells cells_of(const CohortRow& row, std::string_view lang) {
    const auto& l = labels(lang);
    const StatusView& s = row.status;
    CohortCells c;
    c.name = render::clean(row.name);
    c.direction = render::clean(text_in(row.direction_name, lang));
    c.week = std::to_string(s.week);
    c.done = format(l.cohort_hours, s.done_hours, s.scheduled_hours);
    c.pace = pace_cell(s, lang);
    c.end = end_cell(s, lang);
    c.checkpoint = s.next_checkpoint
                       ? format(l.cohort_week, render::clean(text_in(row.checkpoint_title, lang)),
                                s.next_checkpoint->week)
                       : std::string("–");
    c.last = row.last_activity ? row.last_activity->to_string() : std::string(l.cohort_never);
    c.flag = row.stalled ? l.cohort_stalled : "";
    c.catalog = render::clean(row.catalog_id + " " + row.catalog_version);
    return c;
}

/// "Cohort on Mon 14 Dec 2026: 3 learners (catalogue llmpath-default 0.1.0)": the catalogue
/// only when every learner's plan comes from the same one.
std::string cohort_heading(const CohortView& view, std::string_view lang) {
    const auto& l = labels(lang);
    std::string title = format(view.rows.size() == 1 ? l.cohort_title_one : l.cohort_title,
                               render::long_date(view.today, lang), view.rows.size());
    if (!view.rows.empty() && !view.mixed_catalogs) {
        title += render::paren(lang,
                               format(l.cohort_catalog, render::clean(view.rows.front().catalog_id),
                                      render::clean(view.rows.front().catalog_version)));
    }
    return title;
}

std::string cohort_summary(const CohortView& view, std::string_view lang) {
    return view.rows.empty()
               ? std::string(labels(lang).cohort_none)
               : format(labels(lang).cohort_summary, view.on_schedule, view.behind, view.stalled);
}

/// "Bo (Data), stalled": a learner, their direction, and the flag; `strong` wraps the name and
/// the flag (Markdown's "**").
std::string learner_heading(const CohortCells& c, std::string_view lang,
                            const std::string& strong = "") {
    const auto& l = labels(lang);
    return format(l.cohort_line, strong + c.name + strong, c.direction) +
           (c.flag.empty() ? std::string() : l.detail_sep + strong + c.flag + strong);
}

/// "Week: 4, Done: 6 of 151 h, 13 h behind (2.2 weeks), ...": every other cell, labelled.
std::string learner_details(const CohortCells& c, bool with_catalog, std::string_view lang) {
    const auto& l = labels(lang);
    const auto labelled = [&](const char* head, const std::string& cell) {
        return std::string(head) + l.colon + cell;
    };
    std::vector<std::string> parts{labelled(l.week_head, c.week),
                                   labelled(l.done_head, c.done),
                                   c.pace,
                                   labelled(l.end_head, c.end),
                                   labelled(l.checkpoint_head, c.checkpoint),
                                   labelled(l.last_head, c.last)};
    if (with_catalog) {
        parts.push_back(labelled(l.catalog_head, c.catalog));
    }
    std::string out;
    for (const auto& part : parts) {
        out += (out.empty() ? "" : std::string(l.detail_sep)) + part;
    }
    return out;
}

} // namespace

std::string render_cohort_text(const CohortView& view, std::string_view lang,
                               const TextOptions& options) {
    TextWriter w(options);
    w.para("", cohort_heading(view, lang), fmt::emphasis::bold);
    w.blank();
    // A paragraph per learner: nine columns do not fit a terminal's 80 or even 100.
    for (const auto& row : view.rows) {
        const CohortCells c = cells_of(row, lang);
        w.para("", learner_heading(c, lang), fmt::emphasis::bold);
        w.para("  ", learner_details(c, view.mixed_catalogs, lang));
    }
    if (!view.rows.empty()) {
        w.blank();
    }
    w.para("", cohort_summary(view, lang));
    return w.take();
}

std::string render_cohort_markdown(const CohortView& view, std::string_view lang) {
    const auto& l = labels(lang);
    markdown::Doc doc(lang);
    doc.raw("# " + markdown::heading_text(cohort_heading(view, lang)));
    doc.blank();
    doc.wrapped("", markdown::escape(cohort_summary(view, lang)), "");
    if (!view.rows.empty()) {
        doc.blank();
    }
    for (const auto& row : view.rows) {
        CohortCells c = cells_of(row, lang);
        c.name = markdown::escape(c.name);
        c.direction = markdown::escape(c.direction);
        c.flag = markdown::escape(c.flag);
        doc.wrapped(
            "- ",
            learner_heading(c, lang, "**") + l.colon +
                markdown::escape(learner_details(cells_of(row, lang), view.mixed_catalogs, lang)),
            "  ");
    }
    return doc.take();
}

std::string render_cohort_json(const CohortView& view, std::string_view lang) {
    ojson doc;
    doc["schema_version"] = 1;
    doc["kind"] = "cohort";
    doc["lang"] = lang;
    doc["today"] = view.today.to_string();
    doc["on_schedule"] = view.on_schedule;
    doc["behind"] = view.behind;
    doc["stalled"] = view.stalled;
    doc["learners"] = ojson::array();
    for (const auto& row : view.rows) {
        const StatusView& s = row.status;
        ojson checkpoint = nullptr;
        if (s.next_checkpoint) {
            checkpoint = {{"phase", s.next_checkpoint->phase},
                          {"title", render::clean(text_in(row.checkpoint_title, lang))},
                          {"week", s.next_checkpoint->week},
                          {"date", s.next_checkpoint->date.to_string()}};
        }
        doc["learners"].push_back(
            {{"name", render::clean(row.name)},
             {"file", render::clean(row.file)},
             {"direction", row.direction},
             {"catalog", {{"id", row.catalog_id}, {"version", row.catalog_version}}},
             {"week", s.week},
             {"done_hours", s.done_hours},
             {"planned_hours", s.scheduled_hours},
             {"ahead_hours", s.ahead_hours},
             {"ahead_weeks", s.ahead_weeks},
             {"on_schedule", s.on_schedule},
             {"projection", s.projection},
             {"projected_end", s.projected_end ? ojson(s.projected_end->to_string()) : ojson()},
             {"planned_end", s.planned_end.to_string()},
             {"next_checkpoint", checkpoint},
             {"last_activity", row.last_activity ? ojson(row.last_activity->to_string()) : ojson()},
             {"stalled", row.stalled},
             {"finished", s.finished}});
    }
    return render::json_document(doc);
}

} // namespace llmpath
