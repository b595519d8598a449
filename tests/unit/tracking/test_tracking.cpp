#include <llmpath/recommend.hpp>
#include <llmpath/tracking.hpp>

#include "support/check.hpp"
#include "support/run.hpp"

#include <catch2/catch.hpp>

using namespace llmpath;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;
using llmpath::test::date;
using llmpath::test::render_fixture;

namespace {

/// The fixture's data plan at 10 h a week from Monday 30 November 2026, adopted that day.
TrackedPlan tracked(int hours = 10) {
    Answers answers;
    answers.items = {{"background", std::string("none"), AnswerSource::flag}};
    const Recommendation rec = recommend(render_fixture(), answers, std::string("data"));
    ScheduleInput in;
    in.start = date("2026-11-30");
    in.hours_per_week = hours;
    in.direction = "data";
    const Plan plan = make_plan(render_fixture(), in);
    return adopt_plan(render_fixture(), answers, rec, plan, "en", "0.1.0", date("2026-11-30"));
}

const TrackedTask& task(const TrackedPlan& p, const char* id) {
    const TrackedTask* t = p.find(id);
    REQUIRE(t != nullptr);
    return *t;
}

} // namespace

TEST_CASE("tracking::adopt_plan copies the plan's tasks, texts and weeks", "[tracking]") {
    const TrackedPlan p = tracked();
    REQUIRE_FALSE(p.tasks.empty());
    CHECK(p.catalog_id == render_fixture().id);
    CHECK(p.direction == "data");
    CHECK(p.start == date("2026-11-30"));
    CHECK(p.weeks.size() ==
          make_plan(render_fixture(), {date("2026-11-30"), 10, "data", {}, {}, {}}).weeks.size());
    for (const auto& t : p.tasks) {
        CHECK(t.state == TaskState::todo);
        CHECK(t.title.count("en") == 1);
        CHECK(t.title.count("zh") == 1);
        for (const auto& pre : t.prerequisites) {
            CHECK(p.find(pre) != nullptr); // only what is in the plan
        }
    }
    CHECK(p.log.size() == 1);
    CHECK(p.log[0].action == "track");
}

TEST_CASE("tracking::tracked_to_json and tracked_from_json round-trip the plan", "[tracking]") {
    TrackedPlan p = tracked();
    mark_done(p, {p.tasks[0].id}, std::nullopt, date("2026-12-01"));
    mark_done(p, {p.tasks[1].id}, 2, date("2026-12-02"));
    const std::string text = tracked_to_json(p);
    const TrackedPlan back = tracked_from_json(text, "plan.json");
    CHECK(tracked_to_json(back) == text);
    CHECK(back.tasks[0].state == TaskState::done);
    CHECK(back.tasks[1].done_hours == 2);
    CHECK(back.log.size() == 3);
}

TEST_CASE("tracking::tracked_from_json names what is wrong and where", "[tracking]") {
    const std::string good = tracked_to_json(tracked());
    CHECK_THROWS_WITH(tracked_from_json("", "plan.json"),
                      "plan.json:1:1: syntax error: unexpected end of input; expected '[', '{', "
                      "or a literal");
    CHECK_THROWS_WITH(tracked_from_json(good.substr(0, good.size() / 2), "plan.json"),
                      StartsWith("plan.json:") && Contains("syntax error"));
    std::string newer = good;
    newer.replace(newer.find("\"schema_version\":1"), 18, "\"schema_version\":9");
    CHECK_THROWS_WITH(tracked_from_json(newer, "plan.json"),
                      "plan.json:/schema_version: it was written by a newer llmpath "
                      "(schema_version 9; this one reads 1)");
    std::string wrong = good;
    wrong.replace(wrong.find("\"state\":\"todo\""), 14, "\"state\":\"later\"");
    CHECK_THROWS_WITH(tracked_from_json(wrong, "plan.json"),
                      "plan.json:/tasks/0/state: unknown state 'later'; expected todo, done or "
                      "skipped");
    CHECK_THROWS_AS(tracked_from_json("[]", "plan.json"), StateError);
    // A week thousands of years long (found by the tracked-plan fuzzer: seconds of work for
    // every view) is refused where it is.
    const TrackedPlan plan = tracked();
    const std::string end = "\"end_date\":\"" + plan.weeks[0].end.to_string() + "\"";
    std::string long_week = good;
    REQUIRE(long_week.find(end) != std::string::npos);
    long_week.replace(long_week.find(end), end.size(), "\"end_date\":\"6026-12-06\"");
    CHECK_THROWS_WITH(
        tracked_from_json(long_week, "plan.json"),
        "plan.json:/weeks/0/end_date: a week ends 0 to 13 days after its start_date (" +
            plan.weeks[0].start.to_string() + "), not on 6026-12-06");
}

TEST_CASE("tracking::mark_done finishes tasks or records hours, and knows the ids", "[tracking]") {
    TrackedPlan p = tracked();
    const std::string a = p.tasks[0].id;
    const std::string b = p.tasks[1].id;
    const auto first = mark_done(p, {b}, 1, date("2026-12-01"));
    CHECK(first[0].changed);
    CHECK(task(p, b.c_str()).state == TaskState::todo);
    CHECK(task(p, b.c_str()).done_hours == 1);
    mark_done(p, {b}, 100, date("2026-12-02"));
    CHECK(task(p, b.c_str()).state == TaskState::done);
    CHECK(task(p, b.c_str()).done_hours == task(p, b.c_str()).hours);
    mark_done(p, {a}, std::nullopt, date("2026-12-02"));
    CHECK(task(p, a.c_str()).state == TaskState::done);
    CHECK_FALSE(mark_done(p, {a}, std::nullopt, date("2026-12-03"))[0].changed);
    const std::string typo = a.substr(0, a.size() - 1) + "x";
    CHECK_THROWS_WITH(mark_done(p, {typo, b}, std::nullopt, date("2026-12-03")),
                      StartsWith("unknown task '" + typo + "' (did you mean '" + a + "'?)"));
}

TEST_CASE("tracking::mark_skipped and mark_undone take back one change at a time", "[tracking]") {
    TrackedPlan p = tracked();
    const std::string a = p.tasks[0].id;
    mark_done(p, {a}, 2, date("2026-12-01"));
    mark_skipped(p, {a}, date("2026-12-02"));
    CHECK(task(p, a.c_str()).state == TaskState::skipped);
    mark_undone(p, {a}, date("2026-12-03"));
    CHECK(task(p, a.c_str()).state == TaskState::todo);
    CHECK(task(p, a.c_str()).done_hours == 2); // as before the skip
    CHECK(p.log.back().action == "undo");
    mark_undone(p, {a}, date("2026-12-03"));
    CHECK(task(p, a.c_str()).done_hours == 0); // as before the hours
    CHECK_FALSE(mark_undone(p, {a}, date("2026-12-03"))[0].changed);
}

TEST_CASE("tracking::today_view lists overdue work first, then this week's", "[tracking]") {
    TrackedPlan p = tracked();
    const TodayView before = today_view(p, date("2026-11-29"));
    CHECK(before.week == 0);
    const TodayView first = today_view(p, date("2026-12-02"));
    CHECK(first.week == 1);
    REQUIRE_FALSE(first.items.empty());
    CHECK_FALSE(first.items[0].overdue);
    const TodayView third = today_view(p, date("2026-12-16"));
    CHECK(third.week == 3);
    REQUIRE_FALSE(third.items.empty());
    CHECK(third.items.front().overdue); // nothing was ticked in weeks 1 and 2
    mark_done(p, {third.items.front().task}, std::nullopt, date("2026-12-16"));
    const TodayView after = today_view(p, date("2026-12-16"));
    CHECK(after.items.size() + 1 == third.items.size());
    CHECK(after.next_checkpoint.has_value());
}

TEST_CASE("tracking::status_view tells ahead from behind", "[tracking]") {
    TrackedPlan p = tracked();
    CHECK(status_view(p, date("2026-12-10")).projection == "waiting"); // under two weeks
    const StatusView behind = status_view(p, date("2026-12-16"));
    CHECK(behind.due_hours == 24); // weeks 1 and 2 at 10 h, and 3 days of week 3
    CHECK(behind.ahead_hours == -24);
    CHECK(behind.ahead_weeks == Approx(-2.4));
    CHECK_FALSE(behind.on_schedule);
    std::vector<std::string> all;
    for (const auto& t : p.tasks) {
        all.push_back(t.id);
    }
    mark_done(p, {all.begin(), all.begin() + 4}, std::nullopt, date("2026-12-16"));
    const StatusView later = status_view(p, date("2026-12-16"));
    CHECK(later.done_hours >= 20);
    CHECK(later.ahead_hours == later.done_hours - 24);
    CHECK(later.projected_end.has_value());
}

TEST_CASE("tracking::replan fits the rest from today, and again moves nothing", "[tracking]") {
    TrackedPlan p = tracked();
    const std::string first = p.tasks[0].id;
    mark_done(p, {first}, std::nullopt, date("2026-12-01"));
    const Date old_end = p.weeks.back().end;
    const ReplanResult r = replan(p, date("2026-12-16"), std::nullopt, &render_fixture());
    CHECK(r.changed);
    CHECK(r.new_end > old_end); // two weeks behind: the end moves
    CHECK(task(p, first.c_str()).state == TaskState::done);
    CHECK(p.revision == 2);
    CHECK(r.not_in_catalog.empty());
    const std::string after_first = tracked_to_json(p);
    const ReplanResult again = replan(p, date("2026-12-16"), std::nullopt, &render_fixture());
    CHECK_FALSE(again.changed);
    CHECK(again.moves.empty());
    CHECK(tracked_to_json(p) == after_first);
    // Every task still to do is planned exactly once from this week on, or left out for time.
    for (const auto& t : p.tasks) {
        if (t.state != TaskState::todo || left_out_reason(p, t) == "no-time") {
            continue;
        }
        int hours = 0;
        for (const auto& w : p.weeks) {
            for (const auto& item : w.items) {
                if (item.task == t.id) {
                    CHECK(w.end >= date("2026-12-16"));
                    hours += item.hours;
                }
            }
        }
        CHECK(hours == t.hours - t.done_hours);
    }
}

TEST_CASE("tracking::replan with other hours and a catalogue that dropped a task", "[tracking]") {
    TrackedPlan p = tracked();
    Catalog smaller = render_fixture();
    smaller.tasks.erase(smaller.tasks.begin() + smaller.task_index(p.tasks.back().id));
    smaller.build_index();
    const ReplanResult r = replan(p, date("2026-11-30"), 20, &smaller);
    CHECK(r.new_hours_per_week == 20);
    CHECK(p.hours_per_week == 20);
    CHECK(r.new_end < r.old_end);
    CHECK(r.not_in_catalog == std::vector<std::string>{p.tasks.back().id});
    CHECK(p.find(p.tasks.back().id) != nullptr); // kept
}
