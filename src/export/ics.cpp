// The plan as an iCalendar file (RFC 5545): an all-day event per week with work and one per
// phase checkpoint. docs/exports.md says how UIDs, DTSTAMP and SEQUENCE are derived.
#include <llmpath/export.hpp>

#include "render/common.hpp"

#include <algorithm>
#include <set>

namespace llmpath {

namespace {

using render::format;
using render::labels;

constexpr std::size_t k_fold_octets = 75;

/// TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma and newline.
std::string escape_text(std::string_view raw) {
    std::string out;
    out.reserve(raw.size() + raw.size() / 8);
    std::size_t run = 0; // start of the characters not yet copied
    for (std::size_t i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c != '\\' && c != ';' && c != ',' && c != '\n' && c != '\r') {
            continue;
        }
        out.append(raw.substr(run, i - run));
        run = i + 1;
        if (c != '\r') {
            out += '\\';
            out += c == '\n' ? 'n' : c;
        }
    }
    out.append(raw.substr(run));
    return out;
}

/// Appends one content line, `name:value`, folded (RFC 5545 3.1) so that no line exceeds 75
/// octets with its leading space, never inside a UTF-8 sequence; every line ends in CRLF.
void content_line(std::string& out, std::string_view name, std::string_view value) {
    out.append(name);
    out += ':';
    std::size_t room = k_fold_octets - std::min(k_fold_octets - 1, name.size() + 1);
    while (value.size() > room) {
        std::size_t cut = room;
        while (cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xC0) == 0x80) {
            --cut; // a continuation byte: the sequence starts before it
        }
        out.append(value.substr(0, cut));
        out += "\r\n ";
        value.remove_prefix(cut);
        room = k_fold_octets - 1;
    }
    out.append(value);
    out += "\r\n";
}

std::string ics_date(const Date& d) {
    std::string s = d.to_string();
    s.erase(7, 1);
    s.erase(4, 1);
    return s;
}

/// The day an event last changed: its DTSTAMP, and the re-plan that cancelled it.
Date changed_on(const ExportPlan& plan, const std::string& event) {
    auto it = plan.event_changed.find(event);
    return it == plan.event_changed.end() ? plan.made_on : it->second;
}

class IcsWriter {
  public:
    explicit IcsWriter(const ExportPlan& plan)
        : m_key(digest(plan.catalog_id + "\n" + plan.direction + "\n" + plan.learner)),
          m_plan(plan) {}

    void property(std::string_view name, std::string_view value) {
        content_line(m_out, name, value);
    }

    /// BEGIN:VEVENT with what every event has; the caller adds the rest and calls end().
    void begin(const std::string& uid, const Date& day, const Date& last_day, int sequence) {
        property("BEGIN", "VEVENT");
        property("UID", uid + "-" + m_key + "@llmpath");
        property("DTSTAMP", ics_date(changed_on(m_plan, uid)) + "T000000Z");
        property("DTSTART;VALUE=DATE", ics_date(day));
        property("DTEND;VALUE=DATE", ics_date(last_day.plus_days(1)));
        property("SEQUENCE", std::to_string(sequence));
        property("TRANSP", "TRANSPARENT");
    }
    void end() { property("END", "VEVENT"); }
    std::string take() { return std::move(m_out); }

  private:
    std::string m_key;
    const ExportPlan& m_plan;
    std::string m_out;
};

int sequence_of(const std::map<int, int>& m, int key) {
    auto it = m.find(key);
    return it == m.end() ? 0 : it->second;
}

std::string item_line(const ExportPlan& plan, const PlanItem& item, const ExportTask& t) {
    const auto& l = labels(plan.lang);
    std::string size = format(l.hours, item.hours);
    if (item.parts > 1) {
        size += std::string(l.detail_sep) + format(l.part, item.part, item.parts);
    }
    const char* box = !plan.tracked                   ? ""
                      : t.state == TaskState::done    ? "[x] "
                      : t.state == TaskState::skipped ? "[-] "
                                                      : "[ ] ";
    if (plan.tracked && t.state != TaskState::done && t.done_hours > 0) {
        size += std::string(l.detail_sep) + format(l.progress, t.done_hours, t.hours);
    }
    std::string line = std::string("- ") + box + t.title + render::paren(plan.lang, size);
    if (!t.deliverable.empty()) {
        line += "\n  " + std::string(l.deliverable) + l.colon + t.deliverable;
    }
    for (const auto& [title, url] : t.links) {
        line += "\n  " + title + l.colon + url;
    }
    return line;
}

void week_event(IcsWriter& cal, const ExportPlan& plan, const Week& week) {
    const auto& l = labels(plan.lang);
    std::vector<const ExportTask*> tasks;
    std::string description =
        render::date_range(week.start, week.end, plan.lang) + " · " + format(l.hours, week.hours);
    for (const auto& item : week.items) {
        const ExportTask* t = plan.find(item.task);
        if (t == nullptr) {
            continue;
        }
        if (std::find(tasks.begin(), tasks.end(), t) == tasks.end()) {
            tasks.push_back(t);
        }
        description += "\n" + item_line(plan, item, *t);
    }
    const std::string first = tasks.empty() ? std::string() : tasks.front()->title;
    const std::string what = tasks.size() > 1 ? format(l.ics_more, first, tasks.size() - 1) : first;
    cal.begin("week-" + std::to_string(week.index), week.start, week.end,
              sequence_of(plan.week_sequence, week.index));
    cal.property("SUMMARY", escape_text(format(l.ics_week, week.index, what)));
    cal.property("DESCRIPTION", escape_text(description));
    cal.end();
}

void checkpoint_event(IcsWriter& cal, const ExportPlan& plan, std::size_t rank) {
    const auto& l = labels(plan.lang);
    const ExportPhase& phase = plan.phases[rank];
    const Date day = plan.week(phase.last_week).end;
    std::string description = format(l.phase, rank + 1) + " · " + phase.title;
    for (const auto& part : phase.checkpoint) {
        description += "\n- " + part;
    }
    auto seq = plan.checkpoint_sequence.find(phase.id);
    cal.begin("checkpoint-" + phase.id, day, day,
              seq == plan.checkpoint_sequence.end() ? 0 : seq->second);
    cal.property("SUMMARY", escape_text(format(l.ics_checkpoint, phase.title)));
    cal.property("DESCRIPTION", escape_text(description));
    cal.end();
}

/// The first day of week `index`, also for weeks past the plan's end (week 1 may start mid-week;
/// every later week starts on a Monday).
Date week_start(const ExportPlan& plan, int index) {
    if (index <= static_cast<int>(plan.weeks.size())) {
        return plan.week(index).start;
    }
    return plan.weeks.back().end.plus_days(1 +
                                           7L * (index - static_cast<int>(plan.weeks.size()) - 1));
}

/// Weeks and checkpoints an earlier version of a tracked plan had and a re-plan took away stay in
/// the calendar as cancelled events, so that a re-import removes them.
void cancelled_events(IcsWriter& cal, const ExportPlan& plan,
                      const std::set<int>& weeks_with_work) {
    const auto& l = labels(plan.lang);
    auto note = [&](const std::string& event) {
        return format(l.ics_cancelled, render::long_date(changed_on(plan, event), plan.lang));
    };
    for (const auto& [index, sequence] : plan.week_sequence) {
        if (weeks_with_work.count(index) != 0) {
            continue;
        }
        const Date start = week_start(plan, index);
        const Date end = start.plus_days(7 - start.iso_weekday());
        cal.begin("week-" + std::to_string(index), start, end, sequence);
        cal.property("STATUS", "CANCELLED");
        cal.property("SUMMARY",
                     escape_text(format(l.ics_week, index, note("week-" + std::to_string(index)))));
        cal.end();
    }
    for (const auto& entry : plan.checkpoint_sequence) {
        const std::string& phase_id = entry.first;
        const int sequence = entry.second;
        auto it = std::find_if(plan.phases.begin(), plan.phases.end(),
                               [&](const ExportPhase& p) { return p.id == phase_id; });
        if (it != plan.phases.end() && it->first_week != 0 && !it->checkpoint.empty()) {
            continue;
        }
        const Date day = changed_on(plan, "checkpoint-" + phase_id);
        cal.begin("checkpoint-" + phase_id, day, day, sequence);
        cal.property("STATUS", "CANCELLED");
        cal.property("SUMMARY", escape_text(note("checkpoint-" + phase_id)));
        cal.end();
    }
}

} // namespace

std::string render_ics(const ExportPlan& plan) {
    IcsWriter cal(plan);
    cal.property("BEGIN", "VCALENDAR");
    cal.property("VERSION", "2.0");
    cal.property("PRODID", "-//llmpath//llmpath " + plan.version +
                               (render::is_zh(plan.lang) ? "//ZH" : "//EN"));
    cal.property("CALSCALE", "GREGORIAN");
    cal.property("METHOD", "PUBLISH");
    cal.property("X-WR-CALNAME", escape_text(plan.title));
    std::set<int> weeks_with_work;
    for (const auto& week : plan.weeks) {
        if (!week.items.empty()) {
            weeks_with_work.insert(week.index);
            week_event(cal, plan, week);
        }
    }
    for (std::size_t r = 0; r < plan.phases.size(); ++r) {
        if (plan.phases[r].first_week != 0 && !plan.phases[r].checkpoint.empty()) {
            checkpoint_event(cal, plan, r);
        }
    }
    cancelled_events(cal, plan, weeks_with_work);
    cal.property("END", "VCALENDAR");
    return cal.take();
}

} // namespace llmpath
