// What the tracking commands print: the adopted plan, this week, progress.
#include <llmpath/render_tracking.hpp>

#include "render/common.hpp"
#include "render/text_writer.hpp"
#include "render/tracking_parts.hpp"

#include <nlohmann/json.hpp>

#include <cmath>

namespace llmpath {

namespace render::tracked {

using ojson = nlohmann::ordered_json;

std::string title_of(const TrackedPlan& plan, const std::string& id, std::string_view lang) {
    const TrackedTask* t = plan.find(id);
    return t == nullptr ? render::clean(id) : render::clean(text_in(t->title, lang));
}

std::string phase_title(const TrackedPlan& plan, const std::string& id, std::string_view lang) {
    for (const auto& p : plan.phases) {
        if (p.id == id) {
            return render::clean(text_in(p.title, lang));
        }
    }
    return render::clean(id);
}

const char* state_word(TaskState s, std::string_view lang) {
    const auto& l = labels(lang);
    return s == TaskState::done      ? l.state_done
           : s == TaskState::skipped ? l.state_skipped
                                     : l.state_todo;
}

std::string mark(TaskState s) {
    return s == TaskState::done ? "[x]" : s == TaskState::skipped ? "[-]" : "[ ]";
}

int plan_left_hours(const TrackedPlan& plan) {
    int left = 0;
    for (const auto& t : plan.tasks) {
        left += t.state == TaskState::todo ? t.hours - t.done_hours : 0;
    }
    return left;
}

ojson header(const TrackedPlan& plan, const char* kind, std::string_view lang) {
    ojson doc;
    doc["schema_version"] = 1;
    doc["kind"] = kind;
    doc["catalog"] = {{"id", plan.catalog_id}, {"version", plan.catalog_version}};
    doc["lang"] = lang;
    doc["direction"] = plan.direction;
    return doc;
}

} // namespace render::tracked

namespace {

using ojson = nlohmann::ordered_json;
using render::format;
using render::labels;
using render::tracked::header;
using render::tracked::mark;
using render::tracked::phase_title;
using render::tracked::plan_left_hours;
using render::tracked::state_word;
using render::tracked::title_of;

ojson checkpoint_json(const TrackedPlan& plan, const std::optional<CheckpointDue>& due,
                      std::string_view lang) {
    if (!due) {
        return nullptr;
    }
    return {{"phase", due->phase},
            {"title", phase_title(plan, due->phase, lang)},
            {"week", due->week},
            {"date", due->date.to_string()}};
}

ojson left_out_json(const TrackedPlan& plan, const std::vector<LeftOut>& left_out,
                    std::string_view lang) {
    ojson out = ojson::array();
    for (const auto& t : left_out) {
        out.push_back({{"task", t.task},
                       {"title", title_of(plan, t.task, lang)},
                       {"hours", t.hours},
                       {"state", to_string(t.state)},
                       {"left_out", t.reason}});
    }
    return out;
}

/// The tasks still to do that no week holds, and why: under "Left out".
void write_left_out(TextWriter& w, const TrackedPlan& plan, const std::vector<LeftOut>& left_out,
                    std::string_view lang) {
    if (left_out.empty()) {
        return;
    }
    const auto& l = labels(lang);
    w.blank();
    w.line(l.left_out, fmt::emphasis::bold);
    for (const auto& t : left_out) {
        const std::string title =
            render::with_id(lang, title_of(plan, t.task, lang), t.task, format(l.hours, t.hours));
        w.para("  " + mark(t.state) + " ",
               format(l.left_out_line, title, render::left_out_why(t.reason, lang)));
    }
}

/// "You finished the plan", and the optional work left out that is still there to do.
void write_finished(TextWriter& w, const TrackedPlan& plan, const std::vector<LeftOut>& left_out,
                    std::string_view lang) {
    const auto& l = labels(lang);
    w.para("", l.finished, fmt::emphasis::bold | fg(fmt::terminal_color::green));
    std::vector<std::string> optional;
    for (const auto& t : left_out) {
        optional.push_back(
            render::with_id(lang, title_of(plan, t.task, lang), t.task, format(l.hours, t.hours)));
    }
    if (!optional.empty()) {
        w.para("", format(l.optional_left, render::list(optional, lang)));
    }
}

void write_checkpoint(TextWriter& w, const TrackedPlan& plan,
                      const std::optional<CheckpointDue>& due, std::string_view lang) {
    if (due) {
        w.blank();
        w.para("",
               format(labels(lang).next_checkpoint, phase_title(plan, due->phase, lang), due->week,
                      render::long_date(due->date, lang)),
               fg(fmt::terminal_color::green));
    }
}

} // namespace

std::string render_tracked_summary_text(const TrackedPlan& plan, std::string_view lang,
                                        const TextOptions& options) {
    TextWriter w(options);
    const auto& l = labels(lang);
    int weeks = 0;
    for (const auto& week : plan.weeks) {
        weeks = week.items.empty() ? weeks : week.index;
    }
    w.para("", format(l.tracked, plan.tasks.size(), weeks, render::long_date(plan.start, lang)));
    w.para("", l.tracked_next);
    return w.take();
}

std::string render_tracked_summary_json(const TrackedPlan& plan, std::string_view lang) {
    ojson doc = header(plan, "track", lang);
    doc["start_date"] = plan.start.to_string();
    doc["hours_per_week"] = plan.hours_per_week;
    doc["tasks"] = plan.tasks.size();
    doc["weeks"] = plan.weeks.size();
    return render::json_document(doc);
}

namespace {

/// Without --all, `today` shows this many overdue tasks in full (the oldest), then a count.
constexpr std::size_t k_overdue_shown = 3;

/// A task `today` lists: its line with id, hours and state; while it is to do, what "done"
/// means and where to start (its first link, else `llmpath show ID`).
void write_today_item(TextWriter& w, const TrackedPlan& plan, const TodayItem& item,
                      std::string_view lang) {
    const auto& l = labels(lang);
    std::string detail = item.state == TaskState::todo ? format(l.left, item.left)
                                                       : std::string(state_word(item.state, lang));
    if (item.state != TaskState::done && item.done_hours > 0) {
        detail += l.detail_sep + format(l.progress, item.done_hours, item.done_hours + item.left);
    }
    if (item.overdue) {
        detail += l.detail_sep;
        detail += format(l.planned_week, item.week);
    } else {
        detail = format(l.hours, item.hours) + l.detail_sep + detail;
    }
    w.para("  " + mark(item.state) + " ",
           render::with_id(lang, title_of(plan, item.task, lang), item.task, detail));
    const TrackedTask* task = plan.find(item.task);
    if (item.state != TaskState::todo || task == nullptr) {
        return;
    }
    const std::string deliverable = render::clean(text_in(task->deliverable, lang));
    if (!deliverable.empty()) {
        w.para("      ", std::string(l.deliverable) + l.colon + deliverable, fmt::emphasis::faint);
    }
    const std::string start = task->links.empty() ? "llmpath show " + render::clean(task->id)
                                                  : render::clean(task->links.front().second);
    w.para("      ", std::string(l.start_here) + l.colon + start);
}

/// The overdue tasks, oldest first (the first few in full unless `all`), and a nudge to
/// re-plan once they add up to more than a week's hours.
void write_overdue(TextWriter& w, const TrackedPlan& plan, const std::vector<TodayItem>& overdue,
                   std::string_view lang, bool all) {
    if (overdue.empty()) {
        return;
    }
    const auto& l = labels(lang);
    w.blank();
    w.line(l.overdue, fmt::emphasis::bold | fg(fmt::terminal_color::yellow));
    int left = 0;
    int more_left = 0;
    for (std::size_t i = 0; i < overdue.size(); ++i) {
        left += overdue[i].left;
        if (all || i < k_overdue_shown) {
            write_today_item(w, plan, overdue[i], lang);
        } else {
            more_left += overdue[i].left;
        }
    }
    if (!all && overdue.size() > k_overdue_shown) {
        w.para("  ", format(l.overdue_more, overdue.size() - k_overdue_shown, more_left));
    }
    if (left > plan.hours_per_week) {
        w.blank();
        w.para("", format(l.overdue_pile, left, plan.hours_per_week),
               fg(fmt::terminal_color::yellow));
    }
}

ojson done_when_json(const TrackedPlan& plan, const std::string& id, std::string_view lang) {
    const TrackedTask* task = plan.find(id);
    return task == nullptr || task->deliverable.empty()
               ? ojson()
               : ojson(render::clean(text_in(task->deliverable, lang)));
}

ojson first_link_json(const TrackedPlan& plan, const std::string& id) {
    const TrackedTask* task = plan.find(id);
    return task == nullptr || task->links.empty()
               ? ojson()
               : ojson(render::clean(task->links.front().second));
}

} // namespace

std::string render_today_text(const TrackedPlan& plan, const TodayView& view, std::string_view lang,
                              const TextOptions& options) {
    TextWriter w(options);
    const auto& l = labels(lang);
    if (view.week == 0) {
        w.para("", format(l.before_start, render::long_date(plan.start, lang)));
        write_checkpoint(w, plan, view.next_checkpoint, lang);
        return w.take();
    }
    w.para(
        "",
        format(l.today_title, view.week, render::date_range(view.week_start, view.week_end, lang)),
        fmt::emphasis::bold);
    if (view.finished) {
        w.blank();
        write_finished(w, plan, view.left_out, lang);
        return w.take();
    }
    if (!plan.weeks.empty() && view.week > plan.weeks.back().index) {
        w.para("", format(l.after_end, render::long_date(plan.weeks.back().end, lang)));
    }
    std::vector<TodayItem> overdue;
    std::vector<TodayItem> this_week;
    for (const auto& item : view.items) {
        (item.overdue ? overdue : this_week).push_back(item);
    }
    write_overdue(w, plan, overdue, lang, options.full);
    w.blank();
    if (this_week.empty()) {
        w.para("", plan_left_hours(plan) == 0 ? l.all_done : l.nothing_this_week);
    } else {
        w.line(l.this_week, fmt::emphasis::bold);
    }
    for (const auto& item : this_week) {
        write_today_item(w, plan, item, lang);
    }
    write_left_out(w, plan, view.left_out, lang);
    write_checkpoint(w, plan, view.next_checkpoint, lang);
    return w.take();
}

std::string render_today_json(const TrackedPlan& plan, const TodayView& view,
                              std::string_view lang) {
    ojson doc = header(plan, "today", lang);
    doc["today"] = view.today.to_string();
    doc["week"] = view.week;
    doc["week_start"] = view.week == 0 ? ojson() : ojson(view.week_start.to_string());
    doc["week_end"] = view.week == 0 ? ojson() : ojson(view.week_end.to_string());
    doc["items"] = ojson::array();
    int overdue_left = 0;
    for (const auto& item : view.items) {
        doc["items"].push_back({{"task", item.task},
                                {"title", title_of(plan, item.task, lang)},
                                {"week", item.week},
                                {"hours", item.hours},
                                {"left", item.left},
                                {"state", to_string(item.state)},
                                {"done_hours", item.done_hours},
                                {"overdue", item.overdue},
                                {"done_when", done_when_json(plan, item.task, lang)},
                                {"link", first_link_json(plan, item.task)}});
        overdue_left += item.overdue ? item.left : 0;
    }
    doc["overdue_hours"] = overdue_left;
    doc["replan_suggested"] = overdue_left > plan.hours_per_week;
    doc["left_out"] = left_out_json(plan, view.left_out, lang);
    doc["finished"] = view.finished;
    doc["next_checkpoint"] = checkpoint_json(plan, view.next_checkpoint, lang);
    return render::json_document(doc);
}

namespace {

/// Ahead, behind or on schedule.
void write_pace(TextWriter& w, const StatusView& view, std::string_view lang) {
    const auto& l = labels(lang);
    const std::string weeks = fmt::format("{:.1f}", std::abs(view.ahead_weeks));
    if (view.on_schedule) {
        w.para("", l.on_schedule);
    } else if (view.ahead_hours > 0) {
        w.para("", format(l.ahead, view.ahead_hours, weeks), fg(fmt::terminal_color::green));
    } else {
        w.para("", format(l.behind, -view.ahead_hours, weeks), fg(fmt::terminal_color::yellow));
    }
}

} // namespace

std::string render_status_text(const TrackedPlan& plan, const StatusView& view,
                               std::string_view lang, const TextOptions& options) {
    TextWriter w(options);
    const auto& l = labels(lang);
    w.para("", format(l.status_title, render::clean(text_in(plan.direction_name, lang))),
           fmt::emphasis::bold);
    for (const auto& p : view.phases) {
        std::string line = format(l.phase_progress, phase_title(plan, p.phase, lang), p.done_hours,
                                  p.planned_hours);
        if (p.skipped_hours > 0) {
            line += render::paren(lang, format(l.skipped_hours, p.skipped_hours));
        }
        w.para("  ", line);
    }
    w.blank();
    const std::string planned = render::long_date(view.planned_end, lang);
    if (view.week == 0) {
        w.para("", format(l.before_start, render::long_date(plan.start, lang)));
    } else if (view.finished) {
        write_finished(w, plan, view.left_out, lang);
        return w.take();
    } else {
        write_pace(w, view, lang);
    }
    w.para("", format(l.scheduled_hours, view.scheduled_hours, view.left_hours));
    if (view.left_out_hours > 0) {
        w.para("", format(l.left_out_hours, view.left_out_hours));
    }
    if (view.projection == "pace") {
        w.para("", format(l.projected, render::long_date(*view.projected_end, lang), planned));
    } else if (view.projection == "waiting") {
        w.para("", format(l.waiting_pace, planned));
    } else if (view.projection == "too-slow") {
        w.para("", format(l.too_slow, planned), fg(fmt::terminal_color::yellow));
    }
    write_left_out(w, plan, view.left_out, lang);
    write_checkpoint(w, plan, view.next_checkpoint, lang);
    return w.take();
}

std::string render_status_json(const TrackedPlan& plan, const StatusView& view,
                               std::string_view lang) {
    ojson doc = header(plan, "status", lang);
    doc["today"] = view.today.to_string();
    doc["week"] = view.week;
    doc["phases"] = ojson::array();
    for (const auto& p : view.phases) {
        doc["phases"].push_back({{"phase", p.phase},
                                 {"title", phase_title(plan, p.phase, lang)},
                                 {"done_hours", p.done_hours},
                                 {"planned_hours", p.planned_hours},
                                 {"skipped_hours", p.skipped_hours},
                                 {"left_out_hours", p.left_out_hours}});
    }
    doc["done_hours"] = view.done_hours;
    doc["due_hours"] = view.due_hours;
    doc["ahead_hours"] = view.ahead_hours;
    doc["ahead_weeks"] = view.ahead_weeks;
    doc["on_schedule"] = view.on_schedule;
    doc["left_hours"] = view.left_hours;
    doc["scheduled_hours"] = view.scheduled_hours;
    doc["left_out_hours"] = view.left_out_hours;
    doc["left_out"] = left_out_json(plan, view.left_out, lang);
    doc["finished"] = view.finished;
    doc["projection"] = view.projection;
    doc["projected_end"] = view.projected_end ? ojson(view.projected_end->to_string()) : ojson();
    doc["planned_end"] = view.planned_end.to_string();
    doc["next_checkpoint"] = checkpoint_json(plan, view.next_checkpoint, lang);
    return render::json_document(doc);
}

} // namespace llmpath
