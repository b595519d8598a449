// The plan as a picture: a Mermaid gantt chart for Markdown, and a timeline for the terminal.
#include <llmpath/view.hpp>

#include "render/common.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <array>
#include <string_view>

namespace llmpath {

namespace {

using render::format;
using render::labels;

/// Words that start a statement of Mermaid's gantt grammar: a task named so would be read as one.
constexpr std::array<std::string_view, 16> k_keywords = {
    "accdescr",    "acctitle", "axisformat",        "click",   "dateformat",   "excludes",
    "gantt",       "includes", "inclusiveenddates", "section", "tickinterval", "title",
    "todaymarker", "topaxis",  "weekday",           "weekend"};

/// Text made literal on a Mermaid gantt line: the characters that end a name or start a comment
/// (`:` `#` `;` `%`) and those of HTML markup (`<` `>` `&`, which Mermaid would otherwise pass to
/// the page) become entity codes, which Mermaid shows as the characters themselves, and a leading
/// keyword loses its meaning the same way.
std::string mermaid_text(std::string_view raw) {
    const std::string cleaned = render::clean(raw);
    std::string out;
    for (const char c : util::trim(cleaned)) {
        switch (c) {
        case ':':
            out += "#58;";
            break;
        case '#':
            out += "#35;";
            break;
        case ';':
            out += "#59;";
            break;
        case '%':
            out += "#37;";
            break;
        case '<':
            out += "#60;";
            break;
        case '>':
            out += "#62;";
            break;
        case '&':
            out += "#38;";
            break;
        default:
            out += c;
        }
    }
    const std::string lower = util::ascii_lower(out.substr(0, 20));
    for (const auto keyword : k_keywords) {
        if (lower.starts_with(keyword)) {
            out = "#" + std::to_string(static_cast<unsigned char>(out[0])) + ";" + out.substr(1);
            break;
        }
    }
    return out;
}

/// Markdown lines stay within markdownlint's 80 characters, code blocks included.
constexpr std::size_t k_max_line = 80;

/// A bar's name: the task's title, shortened at a space (with "…") when the line would be too
/// long; the full title is in the plan below the chart. Linear in the title: every code point of
/// the cleaned title is at least one of the name, so only the first `room` can be kept.
std::string bar_name(const std::string& title, std::size_t room) {
    std::string name = mermaid_text(title);
    if (util::code_points(name) <= room) {
        return name;
    }
    const std::string cleaned(util::trim(render::clean(title)));
    std::size_t end = 0; // the first room + 1 code points of it, at most
    for (std::size_t points = 0; end < cleaned.size() && points <= room; ++points) {
        do {
            ++end;
        } while (end < cleaned.size() && (static_cast<unsigned char>(cleaned[end]) & 0xC0) == 0x80);
    }
    std::string cut = cleaned.substr(0, end);
    if (cut.find(' ') == std::string::npos) { // the first word alone is too long
        const auto space = cleaned.find(' ');
        return space == std::string::npos ? name : mermaid_text(cleaned.substr(0, space) + "…");
    }
    while (util::code_points(name) > room && cut.find(' ') != std::string::npos) {
        cut.erase(cut.rfind(' '));
        name = mermaid_text(cut + "…");
    }
    return name;
}

/// The data of a bar: from the first day of the task's first week, for as many days as its weeks
/// have (ending on the last week's Sunday).
std::string bar_data(const ExportPlan& plan, const ExportTask& t) {
    const Date from = plan.week(t.first_week).start;
    const long days = plan.week(t.last_week).end.to_days() - from.to_days() + 1;
    return std::string(" :") + (t.state == TaskState::todo ? "" : "done, ") + from.to_string() +
           ", " + std::to_string(days) + "d";
}

} // namespace

std::string render_gantt(const ExportPlan& plan) {
    const auto& l = labels(plan.lang);
    std::string out = "```mermaid\ngantt\n";
    out += "title " + mermaid_text(plan.title) + "\n";
    out += "dateFormat YYYY-MM-DD\n";
    out += render::is_zh(plan.lang) ? "axisFormat %m-%d\n" : "axisFormat %d %b\n";
    for (std::size_t r = 0; r < plan.phases.size(); ++r) {
        const ExportPhase& phase = plan.phases[r];
        if (phase.first_week == 0) {
            continue;
        }
        out += "section " + mermaid_text(format(l.phase, r + 1) + " · " + phase.title) + "\n";
        for (const auto& t : plan.tasks) {
            if (t.phase == phase.id && t.first_week != 0) {
                const std::string data = bar_data(plan, t);
                out += bar_name(t.title, k_max_line - data.size()) + data + "\n";
            }
        }
        if (!phase.checkpoint.empty()) {
            out += mermaid_text(format(l.ics_checkpoint, phase.title)) + " :milestone, " +
                   plan.week(phase.last_week).end.to_string() + ", 0d\n";
        }
    }
    out += "```\n";
    return out;
}

namespace {

/// Column of the timeline that shows `week` when each column holds `per_column` weeks.
int column_of(int week, int per_column) {
    return (week - 1) / per_column;
}

/// Week numbers under the timeline's columns: 1, then every 5 columns' worth of weeks.
std::string timeline_axis(int weeks, int per_column, int columns) {
    std::string axis(static_cast<std::size_t>(columns), ' ');
    int free_from = 0;
    const int step = 5 * per_column;
    for (int w = 1; w <= weeks; w = (w == 1 ? step : w + step)) {
        const std::string number = std::to_string(w);
        const int at = column_of(w, per_column);
        if (at < free_from || at + static_cast<int>(number.size()) > columns) {
            continue;
        }
        axis.replace(static_cast<std::size_t>(at), number.size(), number);
        free_from = at + static_cast<int>(number.size()) + 1;
    }
    while (!axis.empty() && axis.back() == ' ') {
        axis.pop_back();
    }
    return axis;
}

} // namespace

std::string render_timeline(const std::vector<ExportPhase>& phases, const std::vector<Week>& weeks,
                            std::string_view lang, int width) {
    const auto& l = labels(lang);
    int last = 0;
    for (const auto& w : weeks) {
        last = w.items.empty() ? last : w.index;
    }
    if (last == 0) {
        return "";
    }
    int label_width = util::display_width(l.timeline_weeks);
    for (const auto& p : phases) {
        label_width = std::max(label_width, util::display_width(p.title));
    }
    const int room = std::max(10, width - label_width - 1);
    const int per_column = (last + room - 1) / room;
    const int columns = column_of(last, per_column) + 1;
    std::string out = std::string(l.timeline) + "\n";
    for (const auto& p : phases) {
        std::string row(static_cast<std::size_t>(columns), '.');
        for (const auto& w : weeks) {
            if (w.index <= last && render::hours_in_phase(w, p.id) > 0) {
                row[static_cast<std::size_t>(column_of(w.index, per_column))] = '#';
            }
        }
        out += util::pad_right(p.title, label_width) + " " + row + "\n";
    }
    out += util::pad_right(l.timeline_weeks, label_width) + " " +
           timeline_axis(last, per_column, columns) + "\n";
    return out;
}

} // namespace llmpath
