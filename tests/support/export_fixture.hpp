#pragma once

// A small plan for the export tests, built by hand: `tasks` tasks of `hours` hours, one per week
// from Tuesday 1 December 2026, in two phases (the first half "foundations").
#include <llmpath/export.hpp>

#include <string>

namespace llmpath::test {

inline ExportPlan small_plan(int tasks, int hours = 5, const std::string& lang = "en") {
    ExportPlan plan;
    plan.catalog_id = "test";
    plan.catalog_version = "1";
    plan.direction = "data";
    plan.direction_name = "Data";
    plan.lang = lang;
    plan.title = "Your plan: Data";
    plan.version = "0.1.0";
    plan.start = *Date::parse("2026-12-01");
    plan.made_on = plan.start;
    plan.hours_per_week = hours;
    plan.learner = "learner";
    plan.phases = {{"foundations", "Foundations", {"A map of the field."}, 0, 0},
                   {"portfolio", "Portfolio", {"A project.", "A résumé."}, 0, 0}};
    Date monday = *Date::parse("2026-11-30");
    for (int i = 0; i < tasks; ++i) {
        const std::string phase = i < (tasks + 1) / 2 ? "foundations" : "portfolio";
        ExportTask t;
        t.id = "t" + std::to_string(i + 1);
        t.title = "Task " + std::to_string(i + 1);
        t.deliverable = "Deliverable " + std::to_string(i + 1);
        t.phase = phase;
        t.hours = hours;
        t.links = {{"Docs", "https://example.org/" + t.id}};
        t.first_week = t.last_week = i + 1;
        Week w;
        w.index = i + 1;
        w.start = i == 0 ? plan.start : monday;
        w.end = monday.plus_days(6);
        w.budget = w.hours = hours;
        w.items = {PlanItem{t.id, phase, hours, 1, 1, true}};
        plan.weeks.push_back(w);
        monday = monday.plus_days(7);
        auto& p = plan.phases[phase == "foundations" ? 0 : 1];
        p.first_week = p.first_week == 0 ? i + 1 : p.first_week;
        p.last_week = i + 1;
        plan.task_index[t.id] = plan.tasks.size();
        plan.tasks.push_back(t);
    }
    return plan;
}

} // namespace llmpath::test
