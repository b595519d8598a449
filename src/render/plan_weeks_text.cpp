// The weeks of the text plan: every week once, in order (--full), or the summary's first two
// weeks, checkpoints and next steps.
#include "render/common.hpp"
#include "render/plan_text_parts.hpp"
#include "render/text_writer.hpp"

#include <algorithm>

namespace llmpath::render::plan_text {

namespace {

/// The first two weeks of the summary.
constexpr int k_summary_weeks = 2;

void write_phase_heading(TextWriter& w, const Report& report, std::size_t rank) {
    const auto& l = labels(report.lang);
    const Phase& phase = report.catalog.phases[rank];
    w.blank();
    w.para("", phase_heading(report, rank), bold() | fg(fmt::terminal_color::cyan));
    if (!phase.goal.empty()) {
        w.para("  ", std::string(l.goal) + l.colon + text(phase.goal, report.lang));
    }
    if (const auto gpu = gpu_line(report, report.plan->phases[rank].gpu, false); !gpu.empty()) {
        w.para("  ", gpu);
    }
}

/// What the plan kept for unanswered questions and what it left out.
void write_plan_tail(TextWriter& w, const Report& report) {
    const auto& l = labels(report.lang);
    if (const auto kept = kept_notes(report); !kept.empty()) {
        w.blank();
        w.line(l.kept_head, bold());
        for (const auto& note : kept) {
            w.para("  - ", note);
        }
    }
    if (!report.plan->unscheduled.empty()) {
        w.blank();
        w.line(l.left_out, bold());
        for (const auto& u : report.plan->unscheduled) {
            const std::string entry = left_out_entry(report.catalog, u, report.lang, true,
                                                     [](const std::string& s) { return s; });
            w.para("  - ", entry);
        }
        for (const auto& q : questions_left_out(report)) {
            w.para("  - ", q);
        }
    }
}

/// The phase's rank, or the number of phases for an id the catalogue does not have.
std::size_t rank_of(const Report& report, std::string_view phase) {
    const auto& phases = report.catalog.phases;
    const auto it =
        std::find_if(phases.begin(), phases.end(), [&](const Phase& p) { return p.id == phase; });
    return static_cast<std::size_t>(it - phases.begin());
}

} // namespace

void write_week_heading(TextWriter& w, const Report& report, const Week& week) {
    const auto& l = labels(report.lang);
    w.blank();
    w.para("  ",
           format(l.week, week.index) + " · " + date_range(week.start, week.end, report.lang) +
               " · " + format(l.hours, week.hours),
           bold());
}

void write_checkpoint(TextWriter& w, const Report& report, std::size_t rank) {
    const auto& l = labels(report.lang);
    const CheckpointShown shown = checkpoint_shown(report, rank);
    if (shown.lines.empty() && shown.left_out.empty()) {
        return;
    }
    w.blank();
    w.para("  ", checkpoint_label(report, rank) + l.colon, fg(fmt::terminal_color::green));
    for (const auto& line : shown.lines) {
        w.para("    - ", line.text);
        if (!line.missing.empty()) {
            w.para("      ", line.missing, fg(fmt::terminal_color::yellow));
        }
    }
    if (!shown.left_out.empty()) {
        w.para("    - ", shown.left_out, fg(fmt::terminal_color::yellow));
    }
}

void write_weeks(TextWriter& w, const Report& report) {
    const Plan& plan = *report.plan;
    const auto& phases = report.catalog.phases;
    const ItemColumns columns = item_columns(report);
    w.blank();
    w.para("", labels(report.lang).map_pointer);
    std::size_t headed = 0; // phases whose heading is written
    // A phase without work of its own is headed in its place, with its checkpoint.
    auto head = [&] {
        write_phase_heading(w, report, headed);
        if (plan.phases[headed].first_week == 0) {
            w.para("  ", labels(report.lang).no_tasks);
            write_checkpoint(w, report, headed);
        }
        ++headed;
    };
    for (const auto& week : plan.weeks) {
        // A phase is headed before the first week that starts with its work; a phase whose work
        // starts within a week of the one before is headed after that week.
        if (!week.items.empty()) {
            const std::size_t first = rank_of(report, week.items[0].phase);
            while (headed < phases.size() && headed <= first) {
                head();
            }
        }
        write_week_heading(w, report, week);
        for (const auto& item : week.items) {
            const std::size_t r = rank_of(report, item.phase);
            const std::string other = r + 1 == headed || r >= phases.size()
                                          ? std::string()
                                          : text(phases[r].title, report.lang);
            write_item(w, report, item, columns, other, true);
        }
        for (std::size_t r = 0; r < plan.phases.size(); ++r) {
            if (plan.phases[r].last_week == week.index) {
                write_checkpoint(w, report, r);
            }
        }
        while (headed < phases.size() && plan.phases[headed].first_week == week.index) {
            head();
        }
    }
    while (headed < phases.size()) {
        head();
    }
    write_plan_tail(w, report);
}

namespace {

/// The summary's checkpoints with their dates, and what to do next.
void write_summary_tail(TextWriter& w, const Report& report) {
    const Plan& plan = *report.plan;
    const auto& l = labels(report.lang);
    w.blank();
    w.line(l.checkpoints, bold());
    for (std::size_t r = 0; r < plan.phases.size(); ++r) {
        const PhaseWindow& p = plan.phases[r];
        if (p.last_week > 0) {
            const Date end = plan.weeks[static_cast<std::size_t>(p.last_week - 1)].end;
            w.para("  - ",
                   format(l.checkpoint_at, text(report.catalog.phases[r].title, report.lang),
                          p.last_week, long_date(end, report.lang)));
        }
    }
    w.blank();
    w.line(l.next_steps, bold());
    for (const char* step : {l.next_full, l.next_save, l.next_track}) {
        w.para("  - ", step);
    }
}

/// The first two weeks in `room` lines: each task with what it delivers while that fits, then
/// each on one line, then how many more there are.
void write_first_weeks(TextWriter& w, const Report& report, int room) {
    const auto& l = labels(report.lang);
    const ItemColumns columns = item_columns(report);
    const int start = w.line_count();
    auto left = [&] { return room <= 0 ? 1 << 20 : room - (w.line_count() - start); };
    int more = 0;
    for (const auto& week : report.plan->weeks) {
        if (week.index > k_summary_weeks) {
            break;
        }
        TextWriter heading(w.options());
        write_week_heading(heading, report, week);
        if (more > 0 || heading.line_count() + 2 > left()) {
            more += static_cast<int>(week.items.size());
            continue;
        }
        w.blank();
        w.append(heading);
        for (const auto& item : week.items) {
            TextWriter entry(w.options());
            write_item(entry, report, item, columns, {}, false);
            if (more == 0 && entry.line_count() + 1 <= left()) {
                w.append(entry);
            } else {
                ++more;
            }
        }
    }
    if (more > 0) {
        w.para("  ", format(l.more_tasks, more));
    }
}

} // namespace

void write_summary(TextWriter& w, const Report& report) {
    const auto& l = labels(report.lang);
    if (!report.plan->unscheduled.empty()) {
        w.para("", format(l.left_out_count, report.plan->unscheduled.size()));
    }
    w.blank();
    w.line(l.first_weeks, bold());
    TextWriter tail(w.options());
    write_summary_tail(tail, report);
    const int room = w.max_lines() - w.line_count() - tail.line_count() - 1;
    write_first_weeks(w, report, w.max_lines() == 0 ? 0 : std::max(room, 1));
    w.blank();
    w.append(tail);
}

} // namespace llmpath::render::plan_text
