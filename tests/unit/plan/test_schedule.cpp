#include <llmpath/error.hpp>
#include <llmpath/schedule.hpp>

#include "support/schedule_fixture.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace llmpath;
using namespace llmpath::test;
using Catch::Matchers::Contains;

TEST_CASE("schedule::make_plan prorates a short first week", "[schedule]") {
    const auto catalog = make_catalog({{"a", "foundations", 20}});
    const auto plan = make_plan(catalog, input_for("2026-12-16", 10)); // a Wednesday

    REQUIRE(plan.weeks.size() == 3);
    CHECK(plan.weeks[0].start == date("2026-12-16"));
    CHECK(plan.weeks[0].end == date("2026-12-20"));
    CHECK(plan.weeks[0].budget == 7); // floor(10 * 5 / 7)
    CHECK(plan.weeks[1].start == date("2026-12-21"));
    CHECK(plan.weeks[1].budget == 10);
    CHECK(items_of(plan) == std::vector<std::string>{"1:a:7:1/3", "2:a:10:2/3", "3:a:3:3/3"});
}

TEST_CASE("schedule::make_plan splits a task across consecutive weeks", "[schedule]") {
    const auto catalog = make_catalog({{"a", "foundations", 4}, {"b", "foundations", 25}});
    const auto plan = make_plan(catalog, input_for("2026-12-14", 10));

    CHECK(items_of(plan) ==
          std::vector<std::string>{"1:a:4:1/1", "1:b:6:1/3", "2:b:10:2/3", "3:b:9:3/3"});
    CHECK(plan.weeks[2].hours == 9);
    CHECK(plan.phases[0].last_week == 3);
}

TEST_CASE("schedule::make_plan cuts the lowest priority first to fit six months, and says what "
          "the whole path needs",
          "[schedule]") {
    auto catalog = make_catalog({{"a", "foundations", 40},
                                 {"b", "hands-on", 40, true, {"a"}},
                                 {"c", "portfolio", 30, true, {"b"}},
                                 {"extra", "portfolio", 5, false}});
    catalog.tasks[0].priority = 5;
    catalog.tasks[1].priority = 4;
    catalog.tasks[2].priority = 2;
    const auto plan = make_plan(catalog, input_for("2026-12-14", 4));

    CHECK(plan.fits_in_six_months);
    CHECK(plan.weeks_total <= k_plan_weeks); // a and b: 80 h at 4 h a week
    CHECK(reason_of(plan, "a") == "");
    CHECK(reason_of(plan, "b") == "");
    CHECK(reason_of(plan, "c") == "cut");
    CHECK(reason_of(plan, "extra") == "no-time");
    CHECK(plan.cut_hours == 30);
    CHECK(plan.core_hours == 110);
    CHECK(plan.hours_needed_per_week == 5);
    SECTION("a shortcut of the lowest priority comes before any cut") {
        catalog.tasks[2].shorten = Shortcut{2, {}, {}};
        const auto shorter = make_plan(catalog, input_for("2026-12-14", 4));
        CHECK(reason_of(shorter, "c") == "");
        REQUIRE(shorter.shortened.size() == 1);
        CHECK(shorter.shortened[0].short_hours == 2);
        CHECK(shorter.cut_hours == 0);
    }
}

TEST_CASE("schedule::make_plan cuts a general topic before work the direction's interviews ask "
          "about, one priority level lower",
          "[schedule]") {
    auto catalog = make_catalog({{"base", "foundations", 50},
                                 {"topic", "foundations", 30},
                                 {"asked", "hands-on", 30, true, {"base"}, {"data"}}});
    catalog.tasks[0].priority = 5;
    catalog.tasks[1].priority = 4;
    catalog.tasks[2].priority = 3;
    catalog.directions[0].interview_questions.push_back(Text{"How?", {}});
    catalog.directions[0].interview_tasks.push_back({"asked"});
    // 110 h at 4 h a week: one of them goes, the topic no question asks about.
    const auto plan = make_plan(catalog, input_for("2026-12-14", 4));
    CHECK(reason_of(plan, "topic") == "cut");
    CHECK(reason_of(plan, "asked") == "");
    SECTION("a must-have stays above what the interviews ask") {
        catalog.tasks[1].priority = 5;
        catalog.tasks[1].hours = 40;
        const auto must = make_plan(catalog, input_for("2026-12-14", 4));
        CHECK(reason_of(must, "topic") == "");
        CHECK(reason_of(must, "asked") == "cut");
    }
}

TEST_CASE("schedule::make_plan values only what the interviews ask of the core when it cuts",
          "[schedule]") {
    auto catalog = make_catalog({{"base", "foundations", 40},
                                 {"general", "foundations", 20},
                                 {"service", "hands-on", 20, true, {}, {"data"}},
                                 {"extra", "hands-on", 5, false, {"service"}, {"data"}}});
    set_priorities(catalog, 4, {{"base", 5}, {"service", 3}, {"extra", 2}});
    catalog.directions[0].interview_questions.push_back(Text{"How?", {}});
    catalog.directions[0].interview_tasks.push_back({"extra"});
    // 80 h at 3 h a week (78 h): no optional task is kept beside a cut, so the question on the
    // optional task lends its prerequisite nothing, and the lower priority goes.
    const auto plan = make_plan(catalog, input_for("2026-12-14", 3));
    CHECK(reason_of(plan, "service") == "cut");
    CHECK(reason_of(plan, "general") == "");
}

TEST_CASE("schedule::make_plan cuts groundwork nothing kept needs before the direction's own "
          "work of the same priority",
          "[schedule]") {
    auto catalog = make_catalog({{"base", "foundations", 40},
                                 {"general", "foundations", 20},
                                 {"prep", "hands-on", 10},
                                 {"work", "hands-on", 20, true, {"prep"}, {"data"}}});
    set_priorities(catalog, 4, {{"base", 5}});
    // 90 h at 3 h a week (78 h): the general topic goes, not the later direction work.
    const auto plan = make_plan(catalog, input_for("2026-12-14", 3));
    CHECK(reason_of(plan, "general") == "cut");
    CHECK(reason_of(plan, "work") == "");
    CHECK(reason_of(plan, "prep") == "");
}

TEST_CASE("schedule::make_plan presents only what the plan builds past the foundations",
          "[schedule]") {
    auto catalog = make_catalog({{"base", "foundations", 60},
                                 {"learn", "foundations", 10, true, {}, {"data"}},
                                 {"build", "hands-on", 40, true, {"learn"}, {"data"}},
                                 {"talk", "portfolio", 10, true, {}, {"common"}, {}, true}});
    set_priorities(catalog, 5, {{"build", 3}});
    // 120 h at 4 h a week: the build is cut, and the direction's foundations alone are nothing
    // to present, so the talk goes too.
    const auto plan = make_plan(catalog, input_for("2026-12-14", 4));
    CHECK(reason_of(plan, "build") == "cut");
    CHECK(reason_of(plan, "talk") == "cut");
    CHECK(reason_of(plan, "learn") == "");
    CHECK(plan.presenting_cut);
}

TEST_CASE("schedule::make_plan takes a short way that does without a prerequisite, and cuts the "
          "prerequisite nothing else needs",
          "[schedule]") {
    auto catalog = make_catalog({{"base", "foundations", 40},
                                 {"skeleton", "hands-on", 20},
                                 {"work", "hands-on", 30, true, {"skeleton"}, {"data"}},
                                 {"talk", "portfolio", 10, true, {}, {"common"}, {}, true}});
    set_priorities(catalog, 4, {{"base", 5}, {"talk", 5}});
    catalog.tasks[2].shorten = Shortcut{20, {}, {"skeleton"}};
    // 100 h at 3 h a week (78 h): the short way of the work (20 h) needs no skeleton, which
    // goes, and the work is there to present.
    const auto plan = make_plan(catalog, input_for("2026-12-14", 3));
    CHECK(reason_of(plan, "skeleton") == "cut");
    CHECK(reason_of(plan, "work") == "");
    CHECK(reason_of(plan, "talk") == "");
    CHECK_FALSE(plan.presenting_cut);
    REQUIRE(plan.shortened.size() == 1);
    CHECK(plan.shortened[0].task == "work");
    CHECK(plan.shortened[0].short_hours == 20);
    SECTION("without it, the work goes and there is nothing to present") {
        catalog.tasks[2].shorten = Shortcut{20, {}, {}};
        const auto whole = make_plan(catalog, input_for("2026-12-14", 3));
        CHECK(reason_of(whole, "work") == "cut");
        CHECK(reason_of(whole, "talk") == "cut");
        CHECK(whole.presenting_cut);
    }
    SECTION("when the path fits, the work is whole and comes after its prerequisite") {
        const auto fits = make_plan(catalog, input_for("2026-12-14", 4));
        CHECK(fits.shortened.empty());
        CHECK(reason_of(fits, "skeleton") == "");
        const auto items = items_of(fits);
        const auto at = [&](const std::string& id) {
            return std::find_if(items.begin(), items.end(),
                                [&](const std::string& s) {
                                    return s.find(":" + id + ":") != std::string::npos;
                                }) -
                   items.begin();
        };
        CHECK(at("skeleton") < at("work"));
    }
}

TEST_CASE("schedule::make_plan with whole_path reports a core that does not fit in six months",
          "[schedule]") {
    const auto catalog = make_catalog({{"a", "foundations", 40},
                                       {"b", "hands-on", 40, true, {"a"}},
                                       {"c", "portfolio", 30, true, {"b"}},
                                       {"extra", "portfolio", 5, false}});
    auto in = input_for("2026-12-14", 3);
    in.whole_path = true;
    const auto plan = make_plan(catalog, in);

    CHECK_FALSE(plan.fits_in_six_months);
    CHECK(plan.core_hours == 110);
    CHECK(plan.weeks_total == 37); // 110 h at 3 h a week, in one line of work
    CHECK(plan.end == plan.weeks.back().end);
    CHECK(plan.end > date("2027-06-14"));
    CHECK(reason_of(plan, "extra") == "no-time");
    // 5 h/week: a ends in week 8, b (from week 8) in 16, c in 22; 4 h/week ends in week 28.
    CHECK(plan.hours_needed_per_week == 5);
}

TEST_CASE("schedule::make_plan reports hours needed when the plan fits", "[schedule]") {
    const auto catalog = make_catalog({{"a", "foundations", 10}, {"b", "portfolio", 10}});
    const auto plan = make_plan(catalog, input_for("2026-12-14", 10));

    CHECK(plan.fits_in_six_months);
    CHECK(plan.weeks_total == 2); // phases order the work; they do not hold it back
    CHECK(plan.hours_needed_per_week == 1);
    CHECK(plan.end == date("2026-12-27")); // the last planned week's Sunday, as the text says
}

TEST_CASE("schedule::make_plan orders by phase but never waits for a phase's window",
          "[schedule]") {
    const auto catalog =
        make_catalog({{"b", "hands-on", 5}, {"a", "foundations", 5}, {"c", "portfolio", 3}});
    const auto plan = make_plan(catalog, input_for("2026-12-14", 10));

    CHECK(items_of(plan) == std::vector<std::string>{"1:a:5:1/1", "1:b:5:1/1", "2:c:3:1/1"});
    // The nominal window stays known, on whole weeks: day 31 is Thu 14 Jan, its week's Monday
    // follows the foundations' last week (day 30, Wed 13 Jan, ends Sun 17 Jan).
    CHECK(plan.phases[0].end == date("2027-01-17"));
    CHECK(plan.phases[1].start == date("2027-01-18"));
    CHECK(plan.phases[1].end == date("2027-03-14")); // day 90 is Sun 14 Mar
    CHECK(plan.phases[2].end == date("2027-06-13")); // the 26th week's Sunday
    CHECK(plan.phases[1].first_week == 1);
    CHECK(plan.phases[1].last_week == 1);
    CHECK(plan.phases[2].first_week == 2);
}

TEST_CASE("schedule::make_plan leaves no part of a split task under 2 h at 4 h a week or more",
          "[schedule]") {
    const auto catalog = make_catalog({{"a", "foundations", 5}, {"b", "foundations", 3}});
    SECTION("at 4 h a week the first part gives up an hour rather than leave a 1 h tail") {
        const auto plan = make_plan(catalog, input_for("2026-12-14", 4));
        CHECK(items_of(plan) == std::vector<std::string>{"1:a:3:1/2", "2:a:2:2/2", "3:b:3:1/1"});
        CHECK(plan.weeks[1].hours == 2); // b would start with a 1 h sliver: it waits a week
    }
    SECTION("under 4 h a week there is no such rule") {
        const auto plan = make_plan(catalog, input_for("2026-12-14", 3));
        CHECK(items_of(plan) ==
              std::vector<std::string>{"1:a:3:1/2", "2:a:2:2/2", "2:b:1:1/2", "3:b:2:2/2"});
    }
}

TEST_CASE("schedule::make_plan starts a presenting task after its direction's work", "[schedule]") {
    auto catalog = make_catalog({{"d1", "portfolio", 10, true, {}, {"data"}},
                                 {"talk", "portfolio", 4, true, {}, {"common"}, {}, true},
                                 {"d2", "portfolio", 6, true, {"d1"}, {"data"}},
                                 {"p", "portfolio", 6, true, {}, {"platform"}},
                                 {"extra", "portfolio", 2, false, {}, {"data"}}});
    catalog.directions[0].interview_questions.push_back(Text{"Why?", {}});
    catalog.directions[0].interview_tasks.push_back({"extra"});
    const auto plan = make_plan(catalog, input_for("2026-12-14", 10));
    // Without the rule the catalogue order would put the talk before d2; the optional task the
    // plan keeps and the interviews ask about comes before it too (the talk presents it), the
    // other direction's does not.
    CHECK(items_of(plan) == std::vector<std::string>{"1:d1:10:1/1", "2:d2:6:1/1", "2:extra:2:1/1",
                                                     "2:talk:2:1/2", "3:talk:2:2/2"});
    // Optional work no interview asks about comes before it too: the talk presents every result
    // the plan builds.
    catalog.directions[0].interview_tasks.back() = {"d1"};
    CHECK(items_of(make_plan(catalog, input_for("2026-12-14", 10))) ==
          std::vector<std::string>{"1:d1:10:1/1", "2:d2:6:1/1", "2:extra:2:1/1", "2:talk:2:1/2",
                                   "3:talk:2:2/2"});
    // An optional task that needs the talk comes after it, as it must.
    const auto after = make_catalog({{"d1", "portfolio", 10, true, {}, {"data"}},
                                     {"talk", "portfolio", 4, true, {}, {"common"}, {}, true},
                                     {"extra", "portfolio", 2, false, {"talk"}, {"data"}}});
    CHECK(items_of(make_plan(after, input_for("2026-12-14", 10))) ==
          std::vector<std::string>{"1:d1:10:1/1", "2:talk:4:1/1", "2:extra:2:1/1"});
}

TEST_CASE("schedule::make_plan starts a dependent after its prerequisite", "[schedule]") {
    SECTION("in catalogue order when prerequisites come later in the catalogue") {
        const auto catalog =
            make_catalog({{"b", "foundations", 3, true, {"a"}}, {"a", "foundations", 3}});
        const auto plan = make_plan(catalog, input_for("2026-12-14", 10));
        CHECK(items_of(plan) == std::vector<std::string>{"1:a:3:1/1", "1:b:3:1/1"});
    }
    SECTION("a prerequisite outside the plan counts as done") {
        const auto catalog = make_catalog({{"p", "foundations", 3, true, {}, {"platform"}},
                                           {"d", "foundations", 3, true, {"p"}, {"data"}}});
        const auto plan = make_plan(catalog, input_for("2026-12-14", 10));
        CHECK(items_of(plan) == std::vector<std::string>{"1:d:3:1/1"});
    }
}

TEST_CASE("schedule::make_plan leaves out tasks whose skills the person has", "[schedule]") {
    const auto catalog =
        make_catalog({{"py", "foundations", 8, true, {}, {"common"}, {"python", "linux"}},
                      {"gpu", "foundations", 8, true, {}, {"common"}, {"gpu"}},
                      {"all", "foundations", 2, true, {"py"}}});
    auto in = input_for("2026-12-14", 10);
    in.skills = {"python", "linux"};
    const auto plan = make_plan(catalog, in);

    CHECK(reason_of(plan, "py") == "skill");
    CHECK(reason_of(plan, "gpu").empty());
    CHECK(items_of(plan) == std::vector<std::string>{"1:gpu:8:1/1", "1:all:2:1/1"});
}

TEST_CASE("schedule::make_plan keeps optional tasks only in slack", "[schedule]") {
    SECTION("an optional task that fits its phase stays") {
        const auto catalog =
            make_catalog({{"a", "foundations", 10}, {"o", "foundations", 5, false}});
        const auto plan = make_plan(catalog, input_for("2026-12-14", 10));
        CHECK(items_of(plan) == std::vector<std::string>{"1:a:10:1/1", "2:o:5:1/1"});
        CHECK(plan.unscheduled.empty());
    }
    SECTION("an optional task runs past its phase's window while the six months have room") {
        const auto catalog =
            make_catalog({{"a", "foundations", 45}, {"o", "foundations", 8, false}});
        const auto plan = make_plan(catalog, input_for("2026-12-14", 10));
        CHECK(reason_of(plan, "o").empty());
        CHECK(plan.weeks_total == 6);
    }
    SECTION("an optional task that would push the core past week 26 is dropped") {
        // c2 may start in week 5 (day 31) and needs weeks 5-26 exactly; o would end in week 5.
        const auto catalog = make_catalog(
            {{"c1", "foundations", 70}, {"o", "foundations", 20, false}, {"c2", "hands-on", 440}});
        const auto plan = make_plan(catalog, input_for("2026-12-14", 20));
        CHECK(plan.fits_in_six_months);
        CHECK(plan.weeks_total == 26);
        CHECK(reason_of(plan, "o") == "no-time");
    }
    SECTION("an optional task a core task needs is scheduled as core") {
        const auto catalog =
            make_catalog({{"o", "portfolio", 5, false}, {"c", "portfolio", 5, true, {"o"}}});
        const auto plan = make_plan(catalog, input_for("2026-12-14", 1));
        CHECK(plan.unscheduled.empty());
        CHECK(plan.core_hours == 10);
        CHECK(plan.weeks[0].items.at(0).core);
    }
    SECTION("a dependent of a dropped optional task is dropped too, whatever it fits") {
        const auto catalog = make_catalog({{"a", "foundations", 255},
                                           {"o", "foundations", 8, false},
                                           {"o2", "portfolio", 1, false, {"o"}}});
        const auto plan = make_plan(catalog, input_for("2026-12-14", 10));
        CHECK(reason_of(plan, "o") == "no-time");
        CHECK(reason_of(plan, "o2") == "no-time");
    }
    SECTION("slack is filled in the order of the line, a smaller task after a larger one") {
        const auto catalog = make_catalog({{"a", "foundations", 254},
                                           {"big", "foundations", 8, false},
                                           {"small", "hands-on", 4, false}});
        const auto plan = make_plan(catalog, input_for("2026-12-14", 10));
        CHECK(reason_of(plan, "big") == "no-time");
        CHECK(reason_of(plan, "small").empty());
    }
}

TEST_CASE("schedule::make_plan rejects bad input", "[schedule]") {
    const auto catalog =
        make_catalog({{"a", "foundations", 1, true, {"b"}}, {"b", "foundations", 1, true, {"a"}}});
    CHECK_THROWS_AS(make_plan(catalog, input_for("2026-12-14", 10)), CatalogError);
    CHECK_THROWS_WITH(make_plan(catalog, input_for("2026-12-14", 10, "dta")),
                      Contains("did you mean 'data'?"));
    CHECK_THROWS_AS(make_plan(catalog, input_for("2026-12-14", 0)), InputError);
}

TEST_CASE("schedule::make_plan refuses a start whose plan would end after 9999-12-31",
          "[schedule]") {
    const auto catalog = make_catalog({{"a", "foundations", 5}});
    CHECK_NOTHROW(make_plan(catalog, input_for("9999-07-02", 10))); // six months end 9999-12-31
    CHECK_THROWS_AS(make_plan(catalog, input_for("9999-07-03", 10)), AnswerError);
    CHECK_THROWS_WITH(make_plan(catalog, input_for("9999-12-31", 10)),
                      "start_date: 9999-12-31 is too late: the plan runs 26 weeks, past "
                      "9999-12-31, the last date llmpath writes; choose an earlier start date");
}

TEST_CASE("schedule::make_plan ends on its last week's Sunday, or its start with no week",
          "[schedule]") {
    const auto catalog = make_catalog({{"a", "foundations", 5}});
    SECTION("no tasks at all") {
        const auto plan = make_plan(make_catalog({}), input_for("2026-12-20", 10));
        CHECK(plan.weeks_total == 0);
        CHECK(plan.end == date("2026-12-20"));
        CHECK(plan.hours_needed_per_week == 0);
    }
    SECTION("a Sunday start that leaves under 4 h runs its first week to the next Sunday") {
        const auto plan = make_plan(catalog, input_for("2026-12-20", 10));
        CHECK(plan.weeks[0].end == date("2026-12-27"));
        CHECK(plan.weeks[0].budget == 11); // floor(10 * 8 / 7)
        CHECK(items_of(plan) == std::vector<std::string>{"1:a:5:1/1"});
        CHECK(plan.end == date("2026-12-27"));
    }
    SECTION("so no first week is without hours") {
        const auto plan = make_plan(catalog, input_for("2026-12-20", 6));
        CHECK(plan.weeks[0].budget == 6);
        CHECK(items_of(plan) == std::vector<std::string>{"1:a:5:1/1"});
        const auto slow = make_plan(catalog, input_for("2026-12-20", 3));
        CHECK(slow.weeks[0].budget == 3); // floor(3 * 8 / 7): one Sunday alone holds none
    }
    SECTION("a Friday start at 3 h a week keeps its one-hour first week") {
        const auto plan = make_plan(catalog, input_for("2026-12-18", 3));
        CHECK(plan.weeks[0].budget == 1);
        CHECK(items_of(plan) == std::vector<std::string>{"1:a:1:1/3", "2:a:3:2/3", "3:a:1:3/3"});
    }
}
