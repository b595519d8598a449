#include <llmpath/view.hpp>

#include "render/common.hpp"
#include "render/plan_text_parts.hpp"
#include "render/text_writer.hpp"

#include "util/text.hpp"

#include <fmt/color.h>

#include <algorithm>

namespace llmpath {

namespace render::plan_text {

fmt::text_style bold() {
    return fmt::emphasis::bold;
}

fmt::text_style fg(fmt::terminal_color c) {
    return fmt::fg(c);
}

} // namespace render::plan_text

namespace {

using render::format;
using render::labels;
using namespace render::plan_text;

constexpr int k_bar_width = 20;
constexpr std::size_t k_summary_reasons = 3;
constexpr int k_min_column = TextWriter::k_min_column;

std::string pad_left(const std::string& s, int width) {
    const int w = util::display_width(s);
    return w >= width ? s : std::string(static_cast<std::size_t>(width - w), ' ') + s;
}

void write_ranking(TextWriter& w, const Report& report) {
    const auto& lang = report.lang;
    const auto& rec = report.recommendation;
    std::vector<std::string> names;
    int name_width = 0;
    int raw_width = 0;
    for (const auto& s : rec.ranking) {
        names.push_back(render::direction_name(report.catalog, s.direction, lang));
        name_width = std::max(name_width, util::display_width(names.back()));
        raw_width = std::max(raw_width, util::display_width(render::signed_points(s.raw)));
    }
    w.line(labels(lang).ranking, bold());
    for (std::size_t i = 0; i < rec.ranking.size(); ++i) {
        const auto& s = rec.ranking[i];
        const int filled = std::clamp((s.score * k_bar_width + 50) / 100, 0, k_bar_width);
        const bool chosen = s.direction == rec.direction;
        const std::string bar = std::string(static_cast<std::size_t>(filled), '#');
        const std::string rest = std::string(static_cast<std::size_t>(k_bar_width - filled), '.');
        w.line("  " +
               w.paint(util::pad_right(names[i], name_width), chosen ? bold() : fmt::text_style{}) +
               "  [" + w.paint(bar, fg(fmt::terminal_color::green)) + rest + "]  " +
               format(labels(lang).points, pad_left(render::signed_points(s.raw), raw_width)));
    }
}

/// The reasons for the directions explained; a summary gives the plan's direction's three
/// strongest and its strongest against.
void write_reasons(TextWriter& w, const Report& report, bool full) {
    const auto& lang = report.lang;
    const auto& l = labels(lang);
    if (!report.recommendation.ranking.empty() && report.recommendation.ranking.front().raw <= 0) {
        w.blank();
        w.para("", l.no_scoring_answers);
        return;
    }
    for (const DirectionScore* s : render::explained_directions(report.recommendation)) {
        if (!full && s->direction != report.recommendation.direction) {
            continue; // the summary's close-call line names the other
        }
        const std::string name = render::direction_name(report.catalog, s->direction, lang);
        auto reasons = render::reasons_for(*s, true);
        if (!full && reasons.size() > k_summary_reasons) {
            reasons.erase(reasons.begin() + k_summary_reasons, reasons.end());
        }
        w.blank();
        w.line(format(l.why, name), bold());
        if (reasons.empty()) {
            w.para("  ", l.no_reasons);
        }
        for (const Reason* r : reasons) {
            w.para("  - ", render::clean(reason_text(report.catalog, s->direction, *r, lang)));
        }
        auto against = render::reasons_for(*s, false);
        if (!full && against.size() > 1) {
            against.erase(against.begin() + 1, against.end());
        }
        if (!against.empty()) {
            w.blank();
            w.line(format(l.against, name), bold());
            for (const Reason* r : against) {
                w.para("  - ", render::clean(reason_text(report.catalog, s->direction, *r, lang)));
            }
        }
    }
}

void write_pitfalls(TextWriter& w, const Report& report, bool full) {
    const auto& lang = report.lang;
    const auto& l = labels(lang);
    if (report.recommendation.pitfalls.empty()) {
        return;
    }
    w.blank();
    w.line(l.pitfalls, bold());
    for (const auto& flag : report.recommendation.pitfalls) {
        const Pitfall* p = report.catalog.find_pitfall(flag.pitfall);
        std::string head =
            p == nullptr ? render::clean(flag.pitfall) : render::text(p->title, lang);
        if (!full) {
            w.para("  ! ", render::with_id(lang, head, flag.pitfall),
                   fg(fmt::terminal_color::yellow));
            continue;
        }
        if (p != nullptr && !p->summary.empty()) {
            head += l.colon + render::text(p->summary, lang);
        }
        w.para("  ! ", head, fg(fmt::terminal_color::yellow));
        std::vector<std::string> cause_texts;
        for (const auto& c : flag.causes) {
            cause_texts.push_back(render::cause_text(report.catalog, c, lang));
        }
        const std::string causes = render::list(cause_texts, lang);
        if (!causes.empty()) {
            w.para("    ", std::string(l.because) + l.colon + causes);
        }
        const std::string tasks = render::list(render::remedies(report, flag.tasks), lang);
        if (!tasks.empty()) {
            w.para("    ", std::string(l.bridging) + l.colon + tasks);
        }
    }
}

void write_advice(TextWriter& w, const Report& report) {
    const render::AdviceText a = render::advice_text(report);
    if (a.hours.empty()) {
        return;
    }
    const auto warn = fg(fmt::terminal_color::yellow);
    w.blank();
    w.line(labels(report.lang).advice, bold() | warn);
    w.para("  - ", a.hours);
    if (!a.shortcuts_head.empty()) {
        w.para("  - ", a.shortcuts_head);
        for (const auto& s : a.shortcuts) {
            w.para("      - ", s);
        }
    }
    for (const auto* line : {&a.with_shortcuts, &a.apply}) {
        if (!line->empty()) {
            w.para("  - ", *line);
        }
    }
}

} // namespace

std::string render_recommendation_text(const Report& report, const TextOptions& options) {
    TextWriter w(options);
    const auto& lang = report.lang;
    const auto& l = labels(lang);
    const auto& rec = report.recommendation;
    const std::string name = render::direction_name(report.catalog, rec.direction, lang);
    const bool overridden = rec.chosen_by_user && !rec.ranking.empty() &&
                            rec.ranking.front().direction != rec.direction;
    if (overridden) {
        w.para("",
               format(l.chosen, name,
                      render::direction_name(report.catalog, rec.ranking.front().direction, lang)),
               bold());
    } else {
        w.para("", format(l.recommended, name), bold());
    }
    if (const Direction* d = report.catalog.find_direction(rec.direction);
        d != nullptr && !d->tagline.empty()) {
        w.para("  ", render::text(d->tagline, lang));
    }
    w.blank();
    write_ranking(w, report);
    write_reasons(w, report, options.full);
    if (rec.close_call && rec.ranking.size() >= 2) {
        const auto& top = rec.ranking[0];
        const auto& second = rec.ranking[1];
        const auto& other = top.direction == rec.direction ? second : top;
        const auto& mine = top.direction == rec.direction ? top : second;
        w.blank();
        w.para("",
               format(l.close_call, render::direction_name(report.catalog, other.direction, lang),
                      k_close_margin, render::direction_name(report.catalog, mine.direction, lang),
                      render::clean(other.direction)),
               fg(fmt::terminal_color::yellow));
    }
    write_pitfalls(w, report, options.full);
    return w.take();
}

namespace render::plan_text {

namespace {

std::string item_right(const PlanItem& item, std::string_view lang, int hours_width) {
    std::string out = pad_left(format(labels(lang).hours, item.hours), hours_width);
    if (item.parts > 1) {
        out += "  " + format(labels(lang).part, item.part, item.parts);
    }
    return out;
}

} // namespace

void write_item(TextWriter& w, const Report& report, const PlanItem& item,
                const ItemColumns& columns, std::string_view phase, bool with_questions) {
    const auto& lang = report.lang;
    const Task* task = report.catalog.find_task(item.task);
    std::string detail = item.core ? "" : labels(lang).optional_tag;
    if (!phase.empty()) {
        detail += (detail.empty() ? "" : labels(lang).list_sep) + std::string(phase);
    }
    const std::string title = render::with_id(
        lang, render::task_title(report.catalog, item.task, lang), item.task, detail);
    const std::string prefix = "    - ";
    const int title_width =
        std::max(k_min_column, w.width() - static_cast<int>(prefix.size()) - 2 - columns.right);
    const auto lines = util::wrap(title, title_width);
    const std::string right = item_right(item, lang, columns.hours);
    w.line(prefix + util::pad_right(lines.front(), title_width) + "  " + right);
    for (std::size_t i = 1; i < lines.size(); ++i) {
        w.line(std::string(prefix.size(), ' ') + lines[i]);
    }
    if (task != nullptr && item.part == item.parts && !task->deliverable.empty()) {
        w.para("        ",
               std::string(labels(lang).deliverable) + labels(lang).colon +
                   render::text(task->deliverable, lang),
               fmt::emphasis::faint);
    }
    if (const std::string how = render::short_way(report, item.task);
        !how.empty() && item.part == item.parts) {
        w.para("        ", std::string(labels(lang).short_way) + labels(lang).colon + how,
               fmt::emphasis::faint);
    }
    if (with_questions && task != nullptr && item.part == 1 && !task->resources.empty()) {
        w.para("        ", std::string(labels(lang).start_here) + labels(lang).colon +
                               render::clean(task->resources.front().url));
    }
    if (with_questions && task != nullptr && task->interview && item.part == item.parts) {
        const auto questions = render::interview_questions(report);
        if (!questions.empty()) {
            w.para("        ", std::string(labels(lang).interview) + labels(lang).colon);
            for (const auto& q : questions) {
                w.para("          - ", q);
            }
        }
    }
}

ItemColumns item_columns(const Report& report) {
    const auto& lang = report.lang;
    ItemColumns c;
    for (const auto& week : report.plan->weeks) {
        for (const auto& item : week.items) {
            c.hours =
                std::max(c.hours, util::display_width(format(labels(lang).hours, item.hours)));
        }
    }
    for (const auto& week : report.plan->weeks) {
        for (const auto& item : week.items) {
            c.right = std::max(c.right, util::display_width(item_right(item, lang, c.hours)));
        }
    }
    return c;
}

void write_plan_head(TextWriter& w, const Report& report, bool full) {
    const Plan& plan = *report.plan;
    w.para("", render::plan_title(report), bold());
    const auto summary = render::plan_summary(report);
    for (std::size_t i = 0; i < summary.size(); ++i) {
        w.para("", summary[i],
               i > 0 && !plan.fits_in_six_months ? fg(fmt::terminal_color::yellow)
                                                 : fmt::text_style{});
    }
    if (const auto gpu =
            full ? render::gpu_line(report, plan.gpu, true) : render::gpu_cost_line(report);
        !gpu.empty()) {
        w.para("", gpu);
    }
    if (!full) {
        if (const auto a = render::advice_text(report); !a.hours.empty()) {
            w.para("", a.hours, fg(fmt::terminal_color::yellow));
        }
        return;
    }
    write_advice(w, report);
    std::vector<ExportPhase> phases;
    for (const auto& p : report.catalog.phases) {
        phases.push_back(ExportPhase{p.id, render::text(p.title, report.lang), {}, 0, 0});
    }
    if (const auto timeline = render_timeline(phases, plan.weeks, report.lang, w.width());
        !timeline.empty()) {
        w.blank();
        w.lines(timeline);
    }
}

} // namespace render::plan_text

std::string render_plan_text(const Report& report, const TextOptions& options) {
    if (report.plan == nullptr) {
        return {};
    }
    TextWriter w(options);
    render::plan_text::write_plan_head(w, report, options.full);
    if (options.full) {
        render::plan_text::write_weeks(w, report);
    } else {
        render::plan_text::write_summary(w, report);
    }
    return w.take();
}

} // namespace llmpath
