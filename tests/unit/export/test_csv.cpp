// The issue-tracker export: RFC 4180 quoting, a row per phase before its tasks, and no cell that a
// spreadsheet would run as a formula.
#include <llmpath/export.hpp>

#include "support/export_fixture.hpp"

#include <catch2/catch.hpp>

using namespace llmpath;
using llmpath::test::small_plan;

TEST_CASE("render_csv: a header, each phase's row, then its tasks", "[csv]") {
    const std::string csv = render_csv(small_plan(2));
    const std::string header =
        "Summary,Description,Phase,Start date,Due date,Hours,Issue ID,Parent,Labels\r\n";
    REQUIRE(csv.starts_with(header));
    const std::string rows = csv.substr(header.size());
    CHECK(rows ==
          "Phase 1 · Foundations,\"Tue 1 Dec – Sun 6 Dec 2026\n\n**Checkpoint**\n\n- A map of the "
          "field.\",Foundations,2026-12-01,2026-12-06,5,1,,data foundations phase\r\n"
          "Task 1,\"5 h, Tue 1 Dec – Sun 6 Dec 2026\n\n**Done when**: Deliverable 1\n\n"
          "- [Docs](https://example.org/t1)\",Foundations,2026-12-01,2026-12-06,5,2,1,"
          "data foundations core\r\n"
          "Phase 2 · Portfolio,\"Mon 7 Dec – Sun 13 Dec 2026\n\n**Checkpoint**\n\n- A project.\n"
          "- A résumé.\",Portfolio,2026-12-07,2026-12-13,5,3,,data portfolio phase\r\n"
          "Task 2,\"5 h, Mon 7 Dec – Sun 13 Dec 2026\n\n**Done when**: Deliverable 2\n\n"
          "- [Docs](https://example.org/t2)\",Portfolio,2026-12-07,2026-12-13,5,4,3,"
          "data portfolio core\r\n");
}

TEST_CASE("render_csv: quotes are doubled and formulas are neutralised", "[csv]") {
    auto plan = small_plan(6);
    const char* starts[] = {"=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)", "\tx", "\rx"};
    for (std::size_t i = 0; i < 6; ++i) {
        plan.tasks[i].title = starts[i];
    }
    const std::string csv = render_csv(plan);
    CHECK(csv.find("\r\n\"'=HYPERLINK(\"\"x\"\")\",") != std::string::npos);
    CHECK(csv.find("\r\n'+1,") != std::string::npos);
    CHECK(csv.find("\r\n'-2,") != std::string::npos);
    CHECK(csv.find("\r\n'@SUM(A1),") != std::string::npos);
    CHECK(csv.find("\r\n'\tx,") != std::string::npos);
    CHECK(csv.find("\r\n\"'\rx\",") != std::string::npos);
    // Text that merely contains such a character is left alone.
    plan.tasks[0].title = "Learn A=B";
    CHECK(render_csv(plan).find("\r\nLearn A=B,") != std::string::npos);
}

TEST_CASE("render_csv: a phase without work has no row", "[csv]") {
    auto plan = small_plan(1);
    REQUIRE(plan.phases[1].first_week == 0);
    const std::string csv = render_csv(plan);
    CHECK(csv.find("Portfolio") == std::string::npos);
    CHECK(std::count(csv.begin(), csv.end(), '\r') == 3);
}
