#include "render_common.hpp"

#include "util/text.hpp"

#include <algorithm>
#include <cctype>

namespace llmpath {

namespace {

using render::format;
using render::labels;

/// markdownlint's default line length (MD013).
constexpr int k_line_width = 80;

const char *resource_type_label(ResourceType t, std::string_view lang) {
    const bool zh = lang == "zh";
    switch (t) {
    case ResourceType::official:
        return zh ? "官方文档" : "Official";
    case ResourceType::opensource:
        return zh ? "开源项目" : "Open source";
    case ResourceType::article:
        return zh ? "文章" : "Article";
    case ResourceType::course:
        return zh ? "课程" : "Course";
    case ResourceType::video:
        return zh ? "视频" : "Video";
    case ResourceType::book:
        return zh ? "书" : "Book";
    }
    return "";
}

/// Catalogue text made literal in Markdown: characters with inline meaning are escaped, and
/// "://" loses its autolink so that MD034 (no bare URLs) holds.
std::string escape(std::string_view raw) {
    const std::string s = std::string(util::trim(render::clean(raw)));
    std::string out;
    out.reserve(s.size() + 8);
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        switch (c) {
        case '\\':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
        case '<':
        case '>':
        case '|':
        case '#':
        case '&':
        case '~':
        case '!':
            out += '\\';
            out += c;
            break;
        case ':':
            out += s.compare(i, 3, "://") == 0 ? "\\:" : ":";
            break;
        default:
            out += c;
        }
    }
    return out;
}

/// A link target: characters that would end or break the destination are percent-encoded.
std::string url(std::string_view raw) {
    std::string out;
    for (const char c : render::clean(raw)) {
        switch (c) {
        case ' ':
            out += "%20";
            break;
        case '(':
            out += "%28";
            break;
        case ')':
            out += "%29";
            break;
        case '<':
            out += "%3C";
            break;
        case '>':
            out += "%3E";
            break;
        default:
            out += c;
        }
    }
    return out;
}

/// Heading text: escaped, without the trailing punctuation MD026 rejects.
std::string heading_text(std::string_view raw) {
    std::string s = escape(raw);
    for (;;) {
        bool cut = false;
        for (std::string_view p : {".", ",", ";", ":", "!", "\\!", "。", "，", "；", "：", "！"}) {
            if (s.size() > p.size() && s.ends_with(p)) {
                s.resize(s.size() - p.size());
                cut = true;
            }
        }
        if (!cut) {
            return std::string(util::trim(s));
        }
    }
}

class Doc {
  public:
    void blank() {
        if (!m_out.empty() && !m_out.ends_with("\n\n")) {
            m_out += '\n';
        }
    }
    void raw(std::string_view line) {
        m_out += line;
        m_out += '\n';
    }
    void heading(int level, const std::string &title) {
        blank();
        raw(std::string(static_cast<std::size_t>(level), '#') + " " + title);
        blank();
    }
    /// Wraps `body` to the line width after `prefix` (first line) or `indent` (the others), and
    /// ends the last line with `tail`. Neither `prefix` nor `tail` is ever broken, so emphasis
    /// markers and link brackets in them stay next to their text. A line that would start a block
    /// (list item, heading underline, ordered list) has its first character escaped.
    void wrapped(const std::string &prefix, const std::string &body, const std::string &indent,
                 const std::string &tail = "") {
        // The prefix is stood in for by as many columns of one unbreakable word.
        const std::string stand_in(static_cast<std::size_t>(util::display_width(prefix)), 'x');
        auto lines = util::wrap(stand_in + body, k_line_width, indent);
        lines.front().replace(0, stand_in.size(), prefix);
        lines.back() += tail;
        for (std::size_t i = 0; i < lines.size(); ++i) {
            if (i == 0 && !prefix.empty()) {
                raw(lines[i]);
            } else {
                const std::size_t at = i == 0 ? 0 : indent.size();
                raw(lines[i].substr(0, at) + guard(lines[i].substr(at)));
            }
        }
    }
    std::string take() {
        while (m_out.ends_with("\n\n")) {
            m_out.pop_back();
        }
        return std::move(m_out);
    }

  private:
    static std::string guard(const std::string &line) {
        const std::size_t at = 0;
        if (line.empty()) {
            return line;
        }
        const char c = line[at];
        if (c == '-' || c == '+' || c == '=') {
            return line.substr(0, at) + "\\" + line.substr(at);
        }
        std::size_t j = at;
        while (j < line.size() && std::isdigit(static_cast<unsigned char>(line[j]))) {
            ++j;
        }
        if (j > at && j < line.size() && (line[j] == '.' || line[j] == ')')) {
            return line.substr(0, j) + "\\" + line.substr(j);
        }
        return line;
    }
    std::string m_out;
};

void write_profile(Doc &doc, const Report &report) {
    const auto &lang = report.lang;
    if (report.answers.items.empty()) {
        return;
    }
    doc.heading(2, labels(lang).profile);
    for (const auto &a : report.answers.items) {
        const Question *q = report.catalog.find_question(a.question);
        const std::string label = q == nullptr || q->short_label.empty()
                                      ? escape(a.question)
                                      : escape(q->short_label.get(lang));
        doc.wrapped("- **" + label + "**" + labels(lang).colon,
                    escape(render::answer_text(report.catalog, a, lang)), "  ");
    }
}

void write_recommendation(Doc &doc, const Report &report) {
    const auto &lang = report.lang;
    const auto &l = labels(lang);
    const auto &rec = report.recommendation;
    const auto name = [&](const std::string &id) {
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
    if (const Direction *d = report.catalog.find_direction(rec.direction);
        d != nullptr && !d->tagline.empty()) {
        doc.wrapped("**" + name(rec.direction) + "**" + l.colon, escape(d->tagline.get(lang)), "");
        doc.blank();
    }
    doc.raw(std::string("| ") + l.direction + " | " + l.score + " | " + l.points + " |");
    doc.raw("| --- | ---: | ---: |");
    for (const auto &s : rec.ranking) {
        const std::string n =
            s.direction == rec.direction ? "**" + name(s.direction) + "**" : name(s.direction);
        doc.raw("| " + n + " | " + std::to_string(s.score) + " | " + render::signed_points(s.raw) +
                " |");
    }
    for (const DirectionScore *s : render::explained_directions(rec)) {
        doc.heading(3, heading_text(format(
                           l.why, render::direction_name(report.catalog, s->direction, lang))));
        if (s->reasons.empty()) {
            doc.wrapped("", l.no_reasons, "");
        }
        for (const auto &r : s->reasons) {
            doc.wrapped("- ", escape(reason_text(report.catalog, s->direction, r, lang)), "  ");
        }
    }
    if (rec.close_call && rec.ranking.size() >= 2) {
        const auto &top = rec.ranking[0];
        const auto &other = top.direction == rec.direction ? rec.ranking[1] : top;
        const auto &mine = top.direction == rec.direction ? top : rec.ranking[1];
        doc.blank();
        doc.wrapped("",
                    format(l.close_call, name(other.direction), k_close_margin,
                           name(mine.direction), escape(other.direction)),
                    "");
    }
    if (!rec.pitfalls.empty()) {
        doc.heading(3, heading_text(l.pitfalls));
        for (const auto &flag : rec.pitfalls) {
            const Pitfall *p = report.catalog.find_pitfall(flag.pitfall);
            std::string head =
                "- **" + (p == nullptr ? escape(flag.pitfall) : escape(p->title.get(lang))) + "**";
            const bool summary = p != nullptr && !p->summary.empty();
            if (summary) {
                head += l.colon;
            }
            doc.wrapped(head, summary ? escape(p->summary.get(lang)) : std::string(), "  ");
            const std::string causes =
                render::join(flag.causes, l.list_sep, [&](const std::string &c) {
                    return escape(render::cause_text(report.catalog, c, lang));
                });
            if (!causes.empty()) {
                doc.wrapped("  - ", std::string(l.because) + l.colon + causes, "    ");
            }
            const std::string tasks =
                render::join(flag.tasks, l.list_sep, [&](const std::string &t) {
                    return escape(render::task_title(report.catalog, t, lang));
                });
            if (!tasks.empty()) {
                doc.wrapped("  - ", std::string(l.bridging) + l.colon + tasks, "    ");
            }
        }
    }
}

void write_item(Doc &doc, const Report &report, const PlanItem &item) {
    const auto &lang = report.lang;
    const auto &l = labels(lang);
    const Task *task = report.catalog.find_task(item.task);
    std::string title = escape(render::task_title(report.catalog, item.task, lang));
    if (!item.core) {
        title += lang == "zh" ? "" : " ";
        title += l.optional;
    }
    std::string size = format(l.hours, item.hours);
    if (item.parts > 1) {
        size += lang == "zh" ? "，" : ", ";
        size += format(l.part, item.part, item.parts);
    }
    doc.wrapped("- [ ] ", title + render::paren(lang, size), "  ");
    if (task == nullptr) {
        return;
    }
    if (item.part == 1) {
        for (const auto &r : task->resources) {
            std::string link_text = escape(r.title.get(lang));
            if (link_text.empty()) {
                link_text = escape(r.url);
            }
            doc.wrapped("  - " + std::string(resource_type_label(r.type, lang)) + l.colon + "[",
                        link_text, "    ", "](" + url(r.url) + ")");
        }
    }
    if (item.part == item.parts && !task->deliverable.empty()) {
        doc.wrapped("  - ",
                    std::string(l.deliverable) + l.colon + escape(task->deliverable.get(lang)),
                    "    ");
    }
}

void write_plan(Doc &doc, const Report &report) {
    const auto &lang = report.lang;
    const auto &l = labels(lang);
    const Plan &plan = *report.plan;
    doc.heading(2, heading_text(format(
                       l.plan_title, render::direction_name(
                                         report.catalog, report.recommendation.direction, lang))));
    doc.wrapped("",
                format(l.plan_summary, plan.start.to_string(), plan.end.to_string(),
                       plan.hours_per_week, plan.weeks_total),
                "");
    if (!plan.fits_in_six_months) {
        const std::string note = render::no_fit_note(plan, lang, plan.end.to_string());
        doc.blank();
        doc.wrapped("> ", note, "> ");
    } else if (plan.hours_needed_per_week > 0) {
        doc.blank();
        doc.wrapped("", format(l.fits, plan.core_hours, plan.hours_needed_per_week), "");
    }

    std::vector<int> shown(plan.weeks.size(), 0); // phase sections each week appeared in
    for (std::size_t r = 0; r < report.catalog.phases.size(); ++r) {
        const Phase &phase = report.catalog.phases[r];
        const PhaseWindow *window = r < plan.phases.size() ? &plan.phases[r] : nullptr;
        doc.heading(3, format(l.phase, r + 1) + l.colon + heading_text(phase.title.get(lang)));
        std::string dates;
        if (window != nullptr) {
            dates = window->start.to_string() + " – " + window->end.to_string();
            dates += lang == "zh" ? "。" : ". ";
        }
        if (!phase.goal.empty()) {
            doc.wrapped(dates + "**" + l.goal + "**" + l.colon, escape(phase.goal.get(lang)), "");
        } else if (!dates.empty()) {
            doc.raw(std::string(util::trim(dates)));
        }
        bool any = false;
        for (std::size_t k = 0; k < plan.weeks.size(); ++k) {
            const Week &week = plan.weeks[k];
            const int hours = render::hours_in_phase(week, phase.id);
            if (hours == 0) {
                continue;
            }
            any = true;
            const std::string title = shown[k]++ == 0 ? format(l.week, week.index)
                                                      : format(l.week_again, week.index, r + 1);
            doc.heading(4, title + l.colon + week.start.to_string() + " – " + week.end.to_string() +
                               render::paren(lang, format(l.hours, hours)));
            for (const auto &item : week.items) {
                if (item.phase == phase.id) {
                    write_item(doc, report, item);
                }
            }
        }
        doc.blank();
        if (!any) {
            doc.wrapped("", l.no_tasks, "");
            doc.blank();
        }
        const std::string checkpoint =
            render::checkpoint_text(phase, report.recommendation.direction, lang);
        if (!checkpoint.empty()) {
            const std::string label = render::checkpoint_label(l, window);
            doc.wrapped("**" + label + "**" + l.colon, escape(checkpoint), "");
        }
    }

    if (const auto note = render::free_weeks_note(plan, lang); !note.empty()) {
        doc.blank();
        doc.wrapped("", note, "");
    }
    if (!plan.unscheduled.empty()) {
        doc.heading(2, heading_text(l.left_out));
        for (const auto &u : plan.unscheduled) {
            const std::string entry = render::left_out_entry(
                report.catalog, u, lang, [](const std::string &s) { return escape(s); });
            doc.wrapped("- ", entry, "  ");
        }
    }
}

} // namespace

std::string render_markdown(const Report &report) {
    Doc doc;
    const auto &lang = report.lang;
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
