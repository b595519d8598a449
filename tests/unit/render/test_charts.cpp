// The pictures of a plan: the Mermaid gantt chart (Markdown) and the timeline (terminal).
#include <llmpath/export.hpp>

#include "support/export_fixture.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using namespace llmpath;
using llmpath::test::small_plan;

TEST_CASE("render_gantt: a section per phase, a bar per task, a milestone per checkpoint",
          "[charts]") {
    auto plan = small_plan(3);
    plan.tasks[2].state = TaskState::done;
    CHECK(render_gantt(plan) == "```mermaid\n"
                                "gantt\n"
                                "title Your plan#58; Data\n"
                                "dateFormat YYYY-MM-DD\n"
                                "axisFormat %d %b\n"
                                "section Phase 1 · Foundations\n"
                                "Task 1 :2026-12-01, 6d\n"
                                "Task 2 :2026-12-07, 7d\n"
                                "Checkpoint#58; Foundations :milestone, 2026-12-13, 0d\n"
                                "section Phase 2 · Portfolio\n"
                                "Task 3 :done, 2026-12-14, 7d\n"
                                "Checkpoint#58; Portfolio :milestone, 2026-12-20, 0d\n"
                                "```\n");
}

TEST_CASE("render_gantt: names cannot break the chart's syntax or its lines", "[charts]") {
    auto plan = small_plan(4);
    plan.tasks[0].title = "C# basics; 100% done: really";
    plan.tasks[1].title = "Section headings and titles";
    plan.tasks[2].title = "click here";
    plan.tasks[3].title = "A very long task title that goes on and on about everything it covers";
    const std::string chart = render_gantt(plan);
    INFO(chart);
    CHECK(chart.find("C#35; basics#59; 100#37; done#58; really :") != std::string::npos);
    CHECK(chart.find("\n#83;ection headings and titles :") != std::string::npos);
    CHECK(chart.find("\n#99;lick here :") != std::string::npos);
    CHECK(chart.find("\nA very long task title that goes on and on about everything it… :") !=
          std::string::npos);
    std::istringstream in(chart);
    for (std::string line; std::getline(in, line);) {
        CHECK(line.size() <= 82); // 80 characters; "…" is 3 bytes
    }
}

TEST_CASE("render_timeline: one row per phase, and weeks share columns when they must",
          "[charts]") {
    const auto plan = small_plan(12);
    CHECK(render_timeline(plan.phases, plan.weeks, "en", 80) ==
          "Weeks at a glance (# a week with work in the phase)\n"
          "Foundations ######......\n"
          "Portfolio   ......######\n"
          "week        1   5    10\n");
    // 12 weeks in 10 columns: two weeks to a column.
    CHECK(render_timeline(plan.phases, plan.weeks, "en", 22) ==
          "Weeks at a glance (# a week with work in the phase)\n"
          "Foundations ###...\n"
          "Portfolio   ...###\n"
          "week        1   10\n");
    CHECK(render_timeline(plan.phases, {}, "en", 80).empty());
}
