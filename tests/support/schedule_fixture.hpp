// The small catalogues and inputs the scheduler's tests build, and what they read back.
#pragma once

#include <llmpath/schedule.hpp>

#include "support/check.hpp"

#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace llmpath::test {

struct TaskSpec {
    std::string id;
    std::string phase = "foundations";
    int hours = 1;
    bool core = true;
    std::vector<std::string> prerequisites = {};
    std::vector<std::string> directions = {"common"};
    std::vector<std::string> skip_if_skills = {};
    bool presents = false;
};

inline Catalog make_catalog(const std::vector<TaskSpec>& specs) {
    Catalog c;
    c.id = "test";
    for (const char* id : {"data", "platform"}) {
        Direction d;
        d.id = id;
        c.directions.push_back(d);
    }
    for (auto [id, from, to] : {std::tuple{"foundations", 0, 30}, std::tuple{"hands-on", 31, 90},
                                std::tuple{"portfolio", 91, 182}}) {
        Phase p;
        p.id = id;
        p.start_day = from;
        p.end_day = to;
        c.phases.push_back(p);
    }
    for (const auto& s : specs) {
        Task t;
        t.id = s.id;
        t.phase = s.phase;
        t.hours = s.hours;
        t.core = s.core;
        t.prerequisites = s.prerequisites;
        t.directions = s.directions;
        t.skip_if_skills = s.skip_if_skills;
        t.presents = s.presents;
        c.tasks.push_back(t);
    }
    c.build_index();
    return c;
}

/// Every task's priority `others`, but those `by_id` names.
inline void set_priorities(Catalog& c, int others, const std::map<std::string, int>& by_id) {
    for (auto& t : c.tasks) {
        const auto it = by_id.find(t.id);
        t.priority = it == by_id.end() ? others : it->second;
    }
}

inline ScheduleInput input_for(const char* start, int hours, std::string direction = "data") {
    ScheduleInput in;
    in.start = date(start);
    in.hours_per_week = hours;
    in.direction = std::move(direction);
    return in;
}

/// Every item as "week:task:hours:part/parts", for comparisons.
inline std::vector<std::string> items_of(const Plan& plan) {
    std::vector<std::string> out;
    for (const auto& w : plan.weeks) {
        for (const auto& i : w.items) {
            out.push_back(std::to_string(w.index) + ":" + i.task + ":" + std::to_string(i.hours) +
                          ":" + std::to_string(i.part) + "/" + std::to_string(i.parts));
        }
    }
    return out;
}

inline std::string fingerprint(const Plan& p) {
    std::ostringstream out;
    out << p.start.to_string() << p.end.to_string() << p.hours_per_week << p.weeks_total
        << p.fits_in_six_months << p.hours_needed_per_week << p.core_hours << '|';
    for (const auto& ph : p.phases) {
        out << ph.id << ph.start.to_string() << ph.end.to_string() << ph.first_week << ph.last_week
            << ';';
    }
    for (const auto& w : p.weeks) {
        out << w.start.to_string() << w.end.to_string() << w.budget << w.hours << '[';
        for (const auto& i : w.items) {
            out << i.task << i.phase << i.hours << i.part << i.parts << i.core << ',';
        }
        out << ']';
    }
    for (const auto& u : p.unscheduled) {
        out << u.task << u.reason << ';';
    }
    return out.str();
}

inline std::string reason_of(const Plan& plan, const std::string& task) {
    for (const auto& u : plan.unscheduled) {
        if (u.task == task) {
            return u.reason;
        }
    }
    return "";
}

} // namespace llmpath::test
