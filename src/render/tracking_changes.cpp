// What the tracking commands print after a change: a re-plan, tasks ticked, and the history.
#include <llmpath/render_tracking.hpp>

#include "render/common.hpp"
#include "render/text_writer.hpp"
#include "render/tracking_parts.hpp"

#include <nlohmann/json.hpp>

namespace llmpath {

namespace {

using ojson = nlohmann::ordered_json;
using render::format;
using render::labels;
using render::tracked::header;
using render::tracked::state_word;
using render::tracked::title_of;

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
