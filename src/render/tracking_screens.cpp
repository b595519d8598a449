// What the tracking commands print: the adopted plan, this week, progress, a re-plan, changes.
#include <llmpath/render_tracking.hpp>

#include "render/common.hpp"
#include "render/text_writer.hpp"

#include <nlohmann/json.hpp>

#include <cmath>

namespace llmpath {

namespace {

using ojson = nlohmann::ordered_json;
using render::format;
using render::labels;

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

namespace {

/// At most this many tasks are named in the re-plan summary's "left out" line.
constexpr std::size_t k_replan_named = 3;

/// "A (id, 6 h), B (id, 4 h) and 2 more": the first few of `ids`, then how many more.
std::string named_tasks(const TrackedPlan& plan, const std::vector<std::string>& ids,
                        std::string_view lang) {
    const auto& l = labels(lang);
    std::vector<std::string> names;
    for (std::size_t i = 0; i < ids.size() && i < k_replan_named; ++i) {
        const TrackedTask* t = plan.find(ids[i]);
        names.push_back(render::with_id(lang, title_of(plan, ids[i], lang), ids[i],
                                        format(l.hours, t == nullptr ? 0 : t->hours)));
    }
    if (ids.size() > k_replan_named) {
        return format(l.named_more, render::list(names, lang), ids.size() - k_replan_named);
    }
    return render::list(names, lang);
}

/// The summary of the moves: how many went later or earlier, which were left out or came back.
void write_moves_summary(TextWriter& w, const TrackedPlan& plan, const ReplanResult& result,
                         std::string_view lang) {
    const auto& l = labels(lang);
    int later = 0;
    int earlier = 0;
    std::vector<std::string> left_out;
    std::vector<std::string> back;
    for (const auto& m : result.moves) {
        if (m.new_start == Date{}) {
            left_out.push_back(m.task);
        } else if (m.old_start == Date{}) {
            back.push_back(m.task);
        } else {
            if (m.old_start < m.new_start) {
                ++later;
            } else {
                ++earlier;
            }
        }
    }
    if (later > 0) {
        w.para("", format(l.moves_later, later));
    }
    if (earlier > 0) {
        w.para("", format(l.moves_earlier, earlier));
    }
    if (!left_out.empty()) {
        w.para("", format(l.moves_left_out, named_tasks(plan, left_out, lang)));
    }
    if (!back.empty()) {
        w.para("", format(l.moves_newly, named_tasks(plan, back, lang)));
    }
}

} // namespace

std::string render_replan_text(const TrackedPlan& plan, const ReplanResult& result, Date today,
                               std::string_view lang, const TextOptions& options) {
    TextWriter w(options);
    const auto& l = labels(lang);
    auto range = [&](Date a, Date b) {
        return a == Date{} ? std::string(l.not_planned) : render::date_range(a, b, lang);
    };
    w.para("", format(l.replanned, render::long_date(today, lang), result.new_hours_per_week),
           fmt::emphasis::bold);
    if (!result.changed) {
        w.para("", l.nothing_moved);
    } else {
        w.para("", result.new_end == result.old_end
                       ? format(l.same_end, render::long_date(result.new_end, lang))
                       : format(l.new_end, render::long_date(result.new_end, lang),
                                render::long_date(result.old_end, lang)));
        w.blank();
        write_moves_summary(w, plan, result, lang);
        if (options.full && !result.moves.empty()) {
            w.blank();
            w.line(l.moved, fmt::emphasis::bold);
            for (const auto& m : result.moves) {
                w.para("  - ",
                       format(l.move_line,
                              render::with_id(lang, title_of(plan, m.task, lang), m.task),
                              range(m.old_start, m.old_end), range(m.new_start, m.new_end)));
            }
        }
        w.blank();
        w.para("", l.replan_next, fmt::emphasis::faint);
    }
    if (!result.not_in_catalog.empty()) {
        w.blank();
        w.para("",
               format(l.not_in_catalog, plan.catalog_id, render::list(result.not_in_catalog, lang)),
               fg(fmt::terminal_color::yellow));
    }
    return w.take();
}

std::string render_replan_json(const TrackedPlan& plan, const ReplanResult& result, Date today,
                               std::string_view lang) {
    ojson doc = header(plan, "replan", lang);
    auto date = [](Date d) { return d == Date{} ? ojson() : ojson(d.to_string()); };
    doc["today"] = today.to_string();
    doc["changed"] = result.changed;
    doc["revision"] = plan.revision;
    doc["old_hours_per_week"] = result.old_hours_per_week;
    doc["new_hours_per_week"] = result.new_hours_per_week;
    doc["old_end"] = result.old_end.to_string();
    doc["new_end"] = result.new_end.to_string();
    doc["moves"] = ojson::array();
    for (const auto& m : result.moves) {
        doc["moves"].push_back({{"task", m.task},
                                {"title", title_of(plan, m.task, lang)},
                                {"old_start", date(m.old_start)},
                                {"old_end", date(m.old_end)},
                                {"new_start", date(m.new_start)},
                                {"new_end", date(m.new_end)}});
    }
    doc["not_in_catalog"] = result.not_in_catalog;
    return render::json_document(doc);
}

std::string render_changes_text(const TrackedPlan& plan, const std::vector<TaskChange>& changes,
                                std::string_view lang, const TextOptions& options) {
    TextWriter w(options);
    const auto& l = labels(lang);
    for (const auto& c : changes) {
        const std::string title = render::with_id(lang, title_of(plan, c.task, lang), c.task);
        const TrackedTask* t = plan.find(c.task);
        if (!c.changed) {
            w.para("", format(l.unchanged, title, state_word(c.after, lang)));
        } else if (c.after == TaskState::done) {
            w.para("", format(l.marked_done, title), fg(fmt::terminal_color::green));
        } else if (c.after == TaskState::skipped) {
            w.para("", format(l.marked_skipped, title));
        } else if (c.done_hours > 0) {
            w.para("", format(l.marked_progress, title, c.done_hours, t == nullptr ? 0 : t->hours));
        } else {
            w.para("", format(l.marked_undone, title));
        }
    }
    return w.take();
}

std::string render_changes_json(const TrackedPlan& plan, const std::vector<TaskChange>& changes,
                                std::string_view action, std::string_view lang) {
    ojson doc = header(plan, "change", lang);
    doc["action"] = action;
    doc["tasks"] = ojson::array();
    for (const auto& c : changes) {
        const TrackedTask* t = plan.find(c.task);
        doc["tasks"].push_back({{"task", c.task},
                                {"title", title_of(plan, c.task, lang)},
                                {"before", to_string(c.before)},
                                {"after", to_string(c.after)},
                                {"done_hours", c.done_hours},
                                {"hours", t == nullptr ? 0 : t->hours},
                                {"changed", c.changed}});
    }
    return render::json_document(doc);
}

namespace {

std::string history_line(const TrackedPlan& plan, const LogEntry& e, std::string_view lang) {
    const auto& l = labels(lang);
    const std::string title = e.task.empty()
                                  ? std::string()
                                  : render::with_id(lang, title_of(plan, e.task, lang), e.task);
    const std::optional<int> added = hours_added(e);
    if (e.action == "track") {
        return l.history_track;
    }
    if (e.action == "replan") {
        return format(l.history_replan, e.hours);
    }
    if (e.action == "skip") {
        return format(l.history_skip, title);
    }
    if (e.action == "undo") {
        return format(l.history_undo, title);
    }
    if (e.after && e.after->state != TaskState::done && added) {
        return format(l.history_hours, title, *added);
    }
    return format(l.history_done, title);
}

} // namespace

std::string render_history_text(const TrackedPlan& plan, const std::vector<HistoryWeek>& weeks,
                                std::string_view lang, const TextOptions& options) {
    TextWriter w(options);
    const auto& l = labels(lang);
    w.para("", l.history_title, fmt::emphasis::bold);
    for (const auto& h : weeks) {
        w.blank();
        w.para("",
               h.week == 0 ? format(l.history_before, h.done_hours)
                           : format(l.history_week, h.week,
                                    render::date_range(h.start, h.end, lang), h.done_hours),
               fmt::emphasis::bold);
        for (const auto& e : h.entries) {
            w.para("  ", render::long_date(e.on, lang) + l.colon + history_line(plan, e, lang));
        }
    }
    return w.take();
}

std::string render_history_json(const TrackedPlan& plan, const std::vector<HistoryWeek>& weeks,
                                std::string_view lang) {
    ojson doc = header(plan, "history", lang);
    doc["weeks"] = ojson::array();
    for (const auto& h : weeks) {
        ojson entries = ojson::array();
        for (const auto& e : h.entries) {
            const std::optional<int> added = hours_added(e);
            entries.push_back(
                {{"on", e.on.to_string()},
                 {"action", e.action},
                 {"task", e.task.empty() ? ojson() : ojson(e.task)},
                 {"title", e.task.empty() ? ojson() : ojson(title_of(plan, e.task, lang))},
                 {"hours_added", added ? ojson(*added) : ojson()},
                 {"state", e.after ? ojson(to_string(e.after->state)) : ojson()},
                 {"hours_per_week", e.action == "replan" ? ojson(e.hours) : ojson()}});
        }
        doc["weeks"].push_back({{"week", h.week},
                                {"start_date", h.start.to_string()},
                                {"end_date", h.end.to_string()},
                                {"done_hours", h.done_hours},
                                {"entries", entries}});
    }
    return render::json_document(doc);
}

} // namespace llmpath
