#include <llmpath/cohort.hpp>
#include <llmpath/recommend.hpp>
#include <llmpath/view.hpp>

#include "support/check.hpp"

#include <catch2/catch.hpp>

using namespace llmpath;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;
using llmpath::test::date;
using llmpath::test::render_fixture;

namespace {

/// The fixture's data plan at 10 h a week from Monday 30 November 2026, adopted that day.
TrackedPlan cohort_plan(const std::string& name) {
    Answers answers;
    answers.items = {{"background", std::string("none"), AnswerSource::flag}};
    const Recommendation rec = recommend(render_fixture(), answers, std::string("data"));
    ScheduleInput in;
    in.start = date("2026-11-30");
    in.hours_per_week = 10;
    in.direction = "data";
    const Plan plan = make_plan(render_fixture(), in);
    TrackedPlan p =
        adopt_plan(render_fixture(), answers, rec, plan, "en", "0.1.0", date("2026-11-30"));
    p.name = name;
    return p;
}

std::string export_text(const TrackedPlan& p) {
    return render_tracked_json(export_of(p, "en"));
}

/// The tasks of the plan's first `weeks` weeks, done on the last day of each, at the latest on
/// `last`.
void do_weeks(TrackedPlan& p, int weeks, Date last) {
    const std::vector<Week> planned = p.weeks;
    for (const auto& w : planned) {
        for (const auto& item : w.items) {
            if (w.index <= weeks && item.part == item.parts) {
                mark_done(p, {item.task}, std::nullopt, std::min(w.end, last));
            }
        }
    }
}

} // namespace

TEST_CASE("cohort::learner_from_export reads the plan an export carries, and its owner",
          "[cohort]") {
    TrackedPlan p = cohort_plan("Ada Lovelace");
    do_weeks(p, 1, date("2026-12-31"));
    const CohortLearner ada = learner_from_export(export_text(p), "team/ada.json");
    CHECK(ada.name == "Ada Lovelace");
    CHECK(ada.file == "team/ada.json");
    REQUIRE(ada.plan.tasks.size() == p.tasks.size());
    for (std::size_t i = 0; i < p.tasks.size(); ++i) {
        CHECK(ada.plan.tasks[i].id == p.tasks[i].id);
        CHECK(ada.plan.tasks[i].state == p.tasks[i].state);
        CHECK(ada.plan.tasks[i].done_hours == p.tasks[i].done_hours);
        CHECK(ada.plan.tasks[i].title.empty()); // the export's own tasks give the titles
    }
    CHECK(ada.plan.log.size() == p.log.size());
    CHECK(ada.plan.direction_name == p.direction_name);
    CHECK(ada.plan.weeks.size() == p.weeks.size());
    p.name.clear();
    CHECK(learner_from_export(export_text(p), "team/bo.json").name == "bo");
}

TEST_CASE("cohort::learner_from_export names the file and the place of what is wrong", "[cohort]") {
    const std::string good = export_text(cohort_plan("Ada"));
    CHECK_THROWS_WITH(learner_from_export(good.substr(0, 200), "a.json"),
                      StartsWith("a.json:") && Contains("syntax error"));
    CHECK_THROWS_WITH(learner_from_export(R"({"name": "other tool"})", "b.json"),
                      "b.json:/: not an llmpath export; each learner makes theirs with "
                      "'llmpath export --format json'");
    std::string newer = good;
    newer.replace(newer.find("\"schema_version\": 1"), 19, "\"schema_version\": 2");
    CHECK_THROWS_WITH(learner_from_export(newer, "c.json"),
                      "c.json:/schema_version: it was written by a newer llmpath "
                      "(schema_version 2; this one reads 1)");
    std::string damaged = good; // the tracked plan's hours, not the export's own
    damaged.replace(damaged.find("\"hours_per_week\":10", damaged.find("\"tracked\"")), 19,
                    "\"hours_per_week\":0");
    CHECK_THROWS_WITH(learner_from_export(damaged, "d.json"),
                      "d.json:/tracked/hours_per_week: expected a whole number from 1 to 168");
    CHECK_THROWS_AS(learner_from_export("[]", "e.json"), StateError);
}

TEST_CASE("cohort::cohort_view shows each learner's status, most behind first", "[cohort]") {
    const Date today = date("2026-12-23");
    TrackedPlan ahead = cohort_plan("Ahead");
    for (const auto& t : cohort_plan("").tasks) {
        mark_done(ahead, {t.id}, std::nullopt, date("2026-12-20"));
    }
    TrackedPlan behind = cohort_plan("Behind");
    mark_done(behind, {behind.tasks[0].id}, 5, date("2026-12-13"));
    const TrackedPlan idle = cohort_plan("Idle");
    const CohortView view = cohort_view(
        {{"Ahead", "a.json", ahead}, {"Idle", "i.json", idle}, {"Behind", "b.json", behind}},
        today);
    REQUIRE(view.rows.size() == 3);
    CHECK(view.rows[0].name == "Idle");
    CHECK(view.rows[1].name == "Behind");
    CHECK(view.rows[2].name == "Ahead");
    for (const auto& row : view.rows) {
        const TrackedPlan& p = row.name == "Idle" ? idle : row.name == "Behind" ? behind : ahead;
        const StatusView s = status_view(p, today);
        CHECK(row.status.ahead_hours == s.ahead_hours);
        CHECK(row.status.done_hours == s.done_hours);
        CHECK(row.status.projected_end == s.projected_end);
    }
    CHECK(view.rows[0].stalled); // nothing done in 23 days
    CHECK_FALSE(view.rows[0].last_activity.has_value());
    CHECK_FALSE(view.rows[1].stalled); // 5 h recorded on 13 December: 10 days ago
    CHECK(view.rows[1].last_activity == date("2026-12-13"));
    CHECK(view.rows[2].last_activity == date("2026-12-20"));
    CHECK(view.rows[2].status.finished);
    CHECK(view.stalled == 1);
    CHECK(view.behind == 1);
    CHECK(view.on_schedule == 1);
    CHECK_FALSE(view.mixed_catalogs);
}

TEST_CASE("cohort::cohort_view flags no progress for two weeks, not before the start", "[cohort]") {
    TrackedPlan p = cohort_plan("Ada");
    mark_done(p, {p.weeks[0].items[0].task}, std::nullopt, date("2026-12-01"));
    const CohortLearner ada{"Ada", "a.json", p};
    CHECK_FALSE(cohort_view({ada}, date("2026-12-14")).rows[0].stalled); // 13 days
    CHECK(cohort_view({ada}, date("2026-12-15")).rows[0].stalled);       // 14 days
    CHECK_FALSE(cohort_view({ada}, date("2026-11-01")).rows[0].stalled); // before the start
    TrackedPlan other = p;
    other.catalog_version = "9.9.9";
    CHECK(cohort_view({ada, {"Bo", "b.json", other}}, date("2026-12-01")).mixed_catalogs);
}
