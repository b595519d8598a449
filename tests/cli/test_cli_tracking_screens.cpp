// `today` and `replan` as a learner who slipped sees them: each task with its id, what "done"
// means and where to start; a nudge to re-plan once overdue work piles up; a re-plan summary
// that fits a screen, every move one flag away.
#include "support/check.hpp"
#include "support/run.hpp"

#include "util/text.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

using namespace llmpath::test;
using Catch::Matchers::Contains;
using json = nlohmann::json;

namespace {

/// A learner of `background` who started on Monday 2 November 2026 and recorded nothing since.
struct SlippedLearner {
    std::string home;
    std::string lang;

    /// `test` names the scratch folder apart from every other test's (ctest runs them at once).
    SlippedLearner(const std::string& test, const std::string& background,
                   const std::string& language)
        : home(scratch_dir("screens-" + test + "-" + background + "-" + language) + "/home"),
          lang(language) {
        const auto r =
            run({"track", "--defaults", "-d", "background=" + background, "--start", "2026-11-02"},
                "2026-11-02");
        REQUIRE(r.exit_code == 0);
    }
    RunResult run(std::vector<std::string> args, const std::string& today) const {
        RunOptions options;
        options.env["LLMPATH_HOME"] = home;
        options.env["LLMPATH_TODAY"] = today;
        options.env["COLUMNS"] = "80";
        args.insert(args.begin(), {"--lang", lang});
        return run_llmpath(args, options);
    }
    json run_json(std::vector<std::string> args, const std::string& today) const {
        args.insert(args.end(), {"--format", "json"});
        const auto r = run(args, today);
        REQUIRE(r.exit_code == 0);
        return json::parse(r.out);
    }
};

const char* const k_slip_backgrounds[] = {"none", "backend", "data-analyst", "product",
                                          "algorithm"};

} // namespace

TEST_CASE("cli today shows each task's id, done-when and first link, and nudges a re-plan",
          "[cli][screens][tracking]") {
    for (const char* background : k_slip_backgrounds) {
        for (const char* lang : {"en", "zh"}) {
            const SlippedLearner learner("today", background, lang);
            const std::string day = "2026-12-07"; // week 6, five weeks untouched
            const json view = learner.run_json({"today"}, day);
            const auto r = learner.run({"today"}, day);
            REQUIRE(r.exit_code == 0);
            INFO(background << " " << lang << "\n" << r.out);
            const auto lines = lines_of(r.out);
            CHECK(lines.size() <= 60);
            std::size_t overdue = 0;
            std::size_t this_week = 0;
            for (const auto& item : view["items"]) {
                (item["overdue"].get<bool>() ? overdue : this_week) += 1;
                CHECK(item["done_when"].is_string());
                CHECK((item["link"].is_null() ||
                       item["link"].get<std::string>().rfind("https://", 0) == 0));
            }
            REQUIRE(overdue >= 3);
            REQUIRE(view["overdue_hours"].get<int>() > 10);
            CHECK(view["replan_suggested"] == true);
            // Three overdue tasks in full, the rest counted; every task shown says when it is
            // done and where to start.
            const std::string done_when = lang == std::string("en") ? "Done when: " : "完成标准：";
            const std::string start = lang == std::string("en") ? "Start here:" : "从这里开始：";
            CHECK(occurrences(r.out, done_when) == 3 + this_week);
            CHECK(occurrences(r.out, start) == 3 + this_week);
            CHECK(occurrences(r.out, "llmpath today --all") == (overdue > 3 ? 1 : 0));
            CHECK(occurrences(r.out, "llmpath replan") == 1);
            for (std::size_t i = 0; i < 3; ++i) {
                CHECK_THAT(r.out, Contains(view["items"][i]["task"].get<std::string>()));
            }
            // --all: every overdue task in full.
            const auto all = learner.run({"today", "--all"}, day);
            REQUIRE(all.exit_code == 0);
            CHECK(occurrences(all.out, done_when) == overdue + this_week);
            CHECK(occurrences(all.out, "llmpath today --all") == 0);
            for (const auto& item : view["items"]) {
                CHECK_THAT(all.out, Contains(item["task"].get<std::string>()));
            }
        }
    }
}

TEST_CASE("cli today on schedule neither counts overdue work nor suggests a re-plan",
          "[cli][screens][tracking]") {
    const SlippedLearner learner("on-schedule", "backend", "en");
    const json view = learner.run_json({"today"}, "2026-11-02");
    CHECK(view["overdue_hours"] == 0);
    CHECK(view["replan_suggested"] == false);
    const auto r = learner.run({"today"}, "2026-11-02");
    REQUIRE(r.exit_code == 0);
    CHECK(occurrences(r.out, "llmpath replan") == 0);
    CHECK(occurrences(r.out, "Done when: ") == view["items"].size());
}

TEST_CASE("cli replan prints a summary of at most 15 lines, every move with --verbose",
          "[cli][screens][tracking]") {
    for (const char* background : k_slip_backgrounds) {
        for (const char* lang : {"en", "zh"}) {
            INFO(background << " " << lang);
            const SlippedLearner summary("replan", background, lang);
            const auto r = summary.run({"replan"}, "2026-11-23"); // a three-week slip
            REQUIRE(r.exit_code == 0);
            INFO(r.out);
            CHECK(lines_of(r.out).size() <= 15);
            CHECK(occurrences(r.out, "→") == 0);
            CHECK_THAT(r.out, Contains("--verbose"));

            // The same slip, re-planned with --verbose and as JSON: the same moves, all listed.
            const SlippedLearner verbose("replan-verbose", background, lang);
            const auto v = verbose.run({"replan", "--verbose"}, "2026-11-23");
            REQUIRE(v.exit_code == 0);
            const SlippedLearner as_json("replan-json", background, lang);
            const json doc = as_json.run_json({"replan"}, "2026-11-23");
            REQUIRE(doc["moves"].size() > 15);
            CHECK(occurrences(v.out, "→") == doc["moves"].size());
            std::size_t later = 0;
            for (const auto& m : doc["moves"]) {
                later += !m["old_start"].is_null() && !m["new_start"].is_null() &&
                         m["old_start"].get<std::string>() < m["new_start"].get<std::string>();
            }
            const std::string count_line =
                lang == std::string("en") ? std::to_string(later) + " tasks moved to later weeks."
                                          : std::to_string(later) + " 个任务推后到之后的周。";
            CHECK_THAT(r.out, Contains(count_line));
        }
    }
}
