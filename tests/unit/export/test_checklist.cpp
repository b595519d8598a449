// The onboarding checklist: compact, ticked, and within an issue body's size.
#include <llmpath/export.hpp>

#include "support/export_fixture.hpp"

#include <catch2/catch.hpp>

using namespace llmpath;
using llmpath::test::small_plan;

TEST_CASE("render_checklist: a task list per phase with hours and due weeks, skipped ones struck",
          "[checklist]") {
    auto plan = small_plan(3);
    plan.tasks[0].state = TaskState::done;
    plan.tasks[1].state = TaskState::skipped;
    CHECK(render_checklist(plan) ==
          "# Your plan: Data\n"
          "\n"
          "Tue 1 Dec 2026 to Sun 20 Dec 2026, 5 h a week: 3 weeks of work.\n"
          "\n"
          "## Phase 1 · Foundations\n"
          "\n"
          "- [x] Task 1 (5 h, due week 1)\n"
          "- [x] ~~Task 2~~ (5 h, due week 2, skipped)\n"
          "\n"
          "## Phase 2 · Portfolio\n"
          "\n"
          "- [ ] Task 3 (5 h, due week 3)\n");
}

TEST_CASE("render_checklist: a huge plan stops short of 65,536 characters and says so",
          "[checklist]") {
    const auto plan = small_plan(4000);
    const std::string list = render_checklist(plan);
    std::size_t characters = 0;
    for (const char c : list) {
        characters += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    }
    CHECK(characters < 65536);
    CHECK(list.find("- [ ] Task 1 (5 h, due week 1)\n") != std::string::npos);
    CHECK(list.ends_with(" more tasks are left out to keep this list within an issue's size "
                         "limit; llmpath export shows them all.\n"));
    CHECK(list.find("\n\n\n") == std::string::npos);
}
