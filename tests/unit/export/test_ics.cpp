// The calendar export: RFC 5545 lines, escaping, folding, identity of events across re-plans.
#include <llmpath/export.hpp>

#include "support/export_fixture.hpp"

#include <catch2/catch.hpp>

#include <sstream>
#include <vector>

using namespace llmpath;
using llmpath::test::small_plan;

namespace {

std::vector<std::string> crlf_lines(const std::string& ics) {
    std::vector<std::string> out;
    for (std::size_t at = 0; at < ics.size();) {
        const auto end = ics.find("\r\n", at);
        REQUIRE(end != std::string::npos); // every line ends in CRLF
        out.push_back(ics.substr(at, end - at));
        at = end + 2;
    }
    return out;
}

/// The content lines with their folds undone (RFC 5545 3.1).
std::vector<std::string> unfolded(const std::string& ics) {
    std::vector<std::string> out;
    for (const auto& line : crlf_lines(ics)) {
        if (!line.empty() && line[0] == ' ') {
            out.back() += line.substr(1);
        } else {
            out.push_back(line);
        }
    }
    return out;
}

std::vector<std::string> values(const std::string& ics, const std::string& name) {
    std::vector<std::string> out;
    for (const auto& line : unfolded(ics)) {
        if (line.starts_with(name + ":")) {
            out.push_back(line.substr(name.size() + 1));
        }
    }
    return out;
}

} // namespace

TEST_CASE("render_ics: a calendar with an all-day event per week and per checkpoint", "[ics]") {
    const std::string ics = render_ics(small_plan(4));
    const auto lines = crlf_lines(ics);
    CHECK(lines.front() == "BEGIN:VCALENDAR");
    CHECK(lines[1] == "VERSION:2.0");
    CHECK(lines[2] == "PRODID:-//llmpath//llmpath 0.1.0//EN");
    CHECK(lines.back() == "END:VCALENDAR");
    CHECK(values(ics, "SUMMARY") == std::vector<std::string>{"Week 1: Task 1", "Week 2: Task 2",
                                                             "Week 3: Task 3", "Week 4: Task 4",
                                                             "Checkpoint: Foundations",
                                                             "Checkpoint: Portfolio"});
    // Week 1 starts on the plan's Tuesday; DTEND is the day after its Sunday (exclusive).
    CHECK(values(ics, "DTSTART;VALUE=DATE").front() == "20261201");
    CHECK(values(ics, "DTEND;VALUE=DATE").front() == "20261207");
    CHECK(values(ics, "DTSTART;VALUE=DATE")[4] == "20261213"); // foundations ends in week 2
    CHECK(values(ics, "DTSTAMP").front() == "20261201T000000Z");
    CHECK(values(ics, "DESCRIPTION").front() ==
          "Tue 1 Dec – Sun 6 Dec 2026 · 5 h\\n- Task 1 (5 h)\\n  Done when: Deliverable 1\\n"
          "  Docs: https://example.org/t1");
}

TEST_CASE("render_ics: text is escaped and long lines fold without splitting a character",
          "[ics]") {
    auto plan = small_plan(1, 5, "zh");
    plan.tasks[0].title = "逗号,分号;反斜杠\\换行\n" + std::string(60, 'x');
    for (int i = 0; i < 40; ++i) {
        plan.tasks[0].deliverable += "一份能讲清楚的项目复盘";
    }
    const std::string ics = render_ics(plan);
    for (const auto& line : crlf_lines(ics)) {
        CHECK(line.size() <= 75);
        // A continuation byte never starts a line's content.
        CHECK((line.size() < 2 || (static_cast<unsigned char>(line[1]) & 0xC0) != 0x80));
    }
    const auto summary = values(ics, "SUMMARY").front();
    CHECK(summary == "第 1 周：逗号\\,分号\\;反斜杠\\\\换行\\n" + std::string(60, 'x'));
    CHECK(values(ics, "DESCRIPTION").front().find(plan.tasks[0].deliverable.substr(0, 30)) !=
          std::string::npos);
}

TEST_CASE("render_ics: the same plan gives the same UIDs, another learner other ones", "[ics]") {
    const auto a = values(render_ics(small_plan(3)), "UID");
    CHECK(a == values(render_ics(small_plan(3)), "UID"));
    CHECK(a.front().starts_with("week-1-"));
    CHECK(a.front().ends_with("@llmpath"));
    CHECK(a.back().starts_with("checkpoint-portfolio-"));
    auto other = small_plan(3);
    other.learner = "someone else";
    const auto b = values(render_ics(other), "UID");
    for (std::size_t i = 0; i < a.size(); ++i) {
        CHECK(a[i] != b[i]);
    }
}

TEST_CASE("render_ics: a re-plan raises SEQUENCE and cancels the weeks it emptied", "[ics]") {
    auto plan = small_plan(3);
    plan.week_sequence = {{2, 2}, {5, 2}}; // week 2 changed; week 5 had work and has none now
    plan.checkpoint_sequence = {{"portfolio", 2}};
    plan.made_on = *Date::parse("2026-12-10");
    const std::string ics = render_ics(plan);
    CHECK(values(ics, "SEQUENCE") == std::vector<std::string>{"0", "2", "0", "0", "2", "2"});
    CHECK(values(ics, "STATUS") == std::vector<std::string>{"CANCELLED"});
    const auto summaries = values(ics, "SUMMARY");
    CHECK(summaries.back() == "Week 5: No longer planned after the re-plan of Thu 10 Dec 2026.");
    // The cancelled week keeps its dates: the Monday four weeks after week 1's.
    CHECK(values(ics, "DTSTART;VALUE=DATE").back() == "20261228");
    CHECK(values(ics, "DTSTAMP").front() == "20261210T000000Z");
}
