#include <llmpath/error.hpp>
#include <llmpath/schedule.hpp>

#include "support/check.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <numeric>
#include <random>
#include <sstream>
#include <tuple>

using namespace llmpath;
using Catch::Matchers::Contains;
using llmpath::test::date;

namespace {

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

Catalog make_catalog(const std::vector<TaskSpec>& specs) {
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

ScheduleInput input_for(const char* start, int hours, std::string direction = "data") {
    ScheduleInput in;
    in.start = date(start);
    in.hours_per_week = hours;
    in.direction = std::move(direction);
    return in;
}

/// Every item as "week:task:hours:part/parts", for comparisons.
std::vector<std::string> items_of(const Plan& plan) {
    std::vector<std::string> out;
    for (const auto& w : plan.weeks) {
        for (const auto& i : w.items) {
            out.push_back(std::to_string(w.index) + ":" + i.task + ":" + std::to_string(i.hours) +
                          ":" + std::to_string(i.part) + "/" + std::to_string(i.parts));
        }
    }
    return out;
}

std::string fingerprint(const Plan& p) {
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

std::string reason_of(const Plan& plan, const std::string& task) {
    for (const auto& u : plan.unscheduled) {
        if (u.task == task) {
            return u.reason;
        }
    }
    return "";
}

} // namespace

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
        catalog.tasks[2].shorten = Shortcut{2, {}};
        const auto shorter = make_plan(catalog, input_for("2026-12-14", 4));
        CHECK(reason_of(shorter, "c") == "");
        REQUIRE(shorter.shortened.size() == 1);
        CHECK(shorter.shortened[0].short_hours == 2);
        CHECK(shorter.cut_hours == 0);
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
    CHECK(plan.phases[1].start == date("2027-01-14")); // the nominal window stays known
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
    const auto catalog = make_catalog({{"d1", "portfolio", 10, true, {}, {"data"}},
                                       {"talk", "portfolio", 4, true, {}, {"common"}, {}, true},
                                       {"d2", "portfolio", 6, true, {"d1"}, {"data"}},
                                       {"p", "portfolio", 6, true, {}, {"platform"}},
                                       {"extra", "portfolio", 2, false, {}, {"data"}}});
    const auto plan = make_plan(catalog, input_for("2026-12-14", 10));
    // Without the rule the catalogue order would put the talk before d2; the optional task the
    // plan keeps comes before it too (the talk presents it), the other direction's does not.
    CHECK(items_of(plan) == std::vector<std::string>{"1:d1:10:1/1", "2:d2:6:1/1", "2:extra:2:1/1",
                                                     "2:talk:2:1/2", "3:talk:2:2/2"});
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

namespace {

Catalog random_catalog(std::mt19937& rng) {
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    Catalog c = make_catalog({});
    // Random phase windows, still covering days 0..182.
    const int a = pick(1, 120);
    const int b = pick(a + 1, 181);
    c.phases[0].end_day = a - 1;
    c.phases[1].start_day = a;
    c.phases[1].end_day = b - 1;
    c.phases[2].start_day = b;
    const int n = pick(0, 60);
    std::vector<int> rank(static_cast<std::size_t>(n));
    std::iota(rank.begin(), rank.end(), 0);
    std::shuffle(rank.begin(), rank.end(), rng); // prerequisites follow a hidden order
    const std::vector<std::vector<std::string>> dirs = {
        {"common"}, {"data"}, {"platform"}, {"data", "platform"}};
    const std::vector<std::string> skills = {"s1", "s2", "s3"};
    for (int i = 0; i < n; ++i) {
        Task t;
        t.id = "t" + std::to_string(i);
        t.phase = c.phases[static_cast<std::size_t>(pick(0, 2))].id;
        t.hours = pick(0, 9) == 0 ? pick(50, 500) : pick(1, 30);
        t.core = pick(0, 9) < 6;
        t.directions = dirs[static_cast<std::size_t>(pick(0, 3))];
        for (int j = 0; j < n; ++j) {
            if (rank[static_cast<std::size_t>(j)] < rank[static_cast<std::size_t>(i)] &&
                pick(0, 9) == 0) {
                t.prerequisites.push_back("t" + std::to_string(j));
            }
        }
        for (const auto& s : skills) {
            if (pick(0, 5) == 0) {
                t.skip_if_skills.push_back(s);
            }
        }
        c.tasks.push_back(t);
    }
    // Presenting tasks, among those nothing needs (so that waiting for them cannot loop).
    for (auto& t : c.tasks) {
        const bool needed = std::any_of(c.tasks.begin(), c.tasks.end(), [&](const Task& other) {
            return std::find(other.prerequisites.begin(), other.prerequisites.end(), t.id) !=
                   other.prerequisites.end();
        });
        t.presents = !needed && pick(0, 7) == 0;
    }
    c.build_index();
    return c;
}

ScheduleInput random_input(std::mt19937& rng) {
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    ScheduleInput in;
    in.start = date("2025-01-01").plus_days(pick(0, 2000));
    in.hours_per_week = pick(0, 3) == 0 ? pick(1, 5) : pick(1, 40);
    in.direction = pick(0, 1) == 0 ? "data" : "platform";
    for (const char* s : {"s1", "s2", "s3"}) {
        if (pick(0, 1) == 0) {
            in.skills.insert(s);
        }
    }
    return in;
}

struct Position {
    int week;
    std::size_t item;
    friend bool operator<(const Position& a, const Position& b) {
        return std::tie(a.week, a.item) < std::tie(b.week, b.item);
    }
};

/// The first week's days and hours: to the next Sunday, or the one after when that holds less
/// than 4 h (at 4 h a week or more) or none.
std::pair<int, int> first_week(const ScheduleInput& in) {
    int days = 8 - in.start.iso_weekday();
    if (in.hours_per_week * days / 7 < (in.hours_per_week >= 4 ? 4 : 1)) {
        days += 7;
    }
    return {days, in.hours_per_week * days / 7};
}

using Parts = std::map<std::string, std::vector<std::pair<Position, PlanItem>>>;

/// The weeks: numbered, dated, within budget, none without work.
std::string check_weeks(const ScheduleInput& in, const Plan& plan, Parts& parts) {
    if (plan.weeks_total != static_cast<int>(plan.weeks.size())) {
        return "weeks_total";
    }
    for (std::size_t w = 0; w < plan.weeks.size(); ++w) {
        const Week& week = plan.weeks[w];
        const int expected_budget = w == 0 ? first_week(in).second : in.hours_per_week;
        int sum = 0;
        for (std::size_t k = 0; k < week.items.size(); ++k) {
            sum += week.items[k].hours;
            if (week.items[k].hours < 1) {
                return "empty part";
            }
            parts[week.items[k].task].push_back({{week.index, k}, week.items[k]});
        }
        if (week.index != static_cast<int>(w) + 1 || week.budget != expected_budget ||
            week.hours != sum || week.hours > week.budget || week.end.iso_weekday() != 7 ||
            week.start != (w == 0 ? in.start : plan.weeks[w - 1].end.plus_days(1))) {
            return "week " + std::to_string(w + 1);
        }
        if (week.items.empty()) {
            return "idle week " + std::to_string(w + 1);
        }
    }
    return "";
}

/// One scheduled task: consecutive parts adding up to its hours, none a sliver, after its
/// prerequisites.
std::string check_parts(const Catalog& c, const ScheduleInput& in, const Plan& plan,
                        const Task& task, const Parts& parts) {
    const auto& ps = parts.at(task.id);
    int hours = 0;
    for (std::size_t k = 0; k < ps.size(); ++k) {
        hours += ps[k].second.hours;
        if (ps[k].second.part != static_cast<int>(k) + 1 ||
            ps[k].second.parts != static_cast<int>(ps.size()) ||
            (k > 0 && ps[k].first.week != ps[k - 1].first.week + 1) ||
            (k > 0 && ps[k].first.item != 0)) {
            return task.id + " parts not consecutive";
        }
        if (ps.size() > 1 && in.hours_per_week >= 4 && ps[k].second.hours < 2) {
            return task.id + " has a sliver";
        }
    }
    if (hours != task.hours) {
        return task.id + " parts do not add up";
    }
    if (!ps.front().second.core && !plan.fits_in_six_months) {
        return task.id + " optional kept although the core overruns";
    }
    if (ps.front().second.core != task.core && task.core) {
        return task.id + " core flag";
    }
    for (const auto& pre : task.prerequisites) {
        const auto p = parts.find(pre);
        if (p != parts.end() && !(p->second.back().first < ps.front().first)) {
            return task.id + " starts before prerequisite " + pre;
        }
        if (p == parts.end() && reason_of(plan, pre) == "no-time") {
            return task.id + " scheduled although prerequisite " + pre + " was dropped";
        }
    }
    if (!task.presents) {
        return "";
    }
    for (const auto& other : c.tasks) {
        const auto o = parts.find(other.id);
        if (o != parts.end() && !other.presents && !other.is_common() &&
            other.belongs_to(in.direction) && other.phase == task.phase &&
            !(o->second.back().first < ps.front().first)) {
            return task.id + " presents before " + other.id + " is done";
        }
    }
    return "";
}

/// Checks every invariant of docs/scheduling.md; returns the first violation or "".
std::string check_plan(const Catalog& c, const ScheduleInput& in, const Plan& plan) {
    Parts parts;
    if (auto problem = check_weeks(in, plan, parts); !problem.empty()) {
        return problem;
    }
    for (const auto& task : c.tasks) {
        const bool in_plan = task.belongs_to(in.direction);
        const bool has_skills =
            !task.skip_if_skills.empty() &&
            std::all_of(task.skip_if_skills.begin(), task.skip_if_skills.end(),
                        [&](const std::string& s) { return in.skills.count(s) > 0; });
        const std::string reason = reason_of(plan, task.id);
        const bool scheduled = parts.count(task.id) != 0;
        if (!in_plan && (scheduled || !reason.empty())) {
            return task.id + " is not in the direction";
        }
        if (!in_plan) {
            continue;
        }
        if (scheduled == !reason.empty()) {
            return task.id + " scheduled and unscheduled, or neither";
        }
        if ((reason == "skill") != has_skills) {
            return task.id + " skill reason";
        }
        if (!scheduled && reason == "no-time" && task.core) {
            return task.id + " is core but dropped";
        }
        if (scheduled) {
            if (auto problem = check_parts(c, in, plan, task, parts); !problem.empty()) {
                return problem;
            }
        }
    }
    if (plan.fits_in_six_months != (plan.weeks_total <= k_plan_weeks)) {
        return "fits_in_six_months";
    }
    if (plan.end != (plan.weeks.empty() ? in.start : plan.weeks.back().end)) {
        return "end";
    }
    for (const PhaseWindow& window : plan.phases) {
        if (window.end > in.start.plus_days(7 * k_plan_weeks - 1) || window.end < window.start) {
            return window.id + " window outside the 26 weeks";
        }
    }
    for (std::size_t r = 0; r < c.phases.size(); ++r) {
        int first = 0;
        int last = 0;
        for (const auto& w : plan.weeks) {
            for (const auto& i : w.items) {
                if (i.phase == c.phases[r].id) {
                    first = first == 0 ? w.index : first;
                    last = w.index;
                }
            }
        }
        if (plan.phases[r].first_week != first || plan.phases[r].last_week != last) {
            return "weeks of " + c.phases[r].id;
        }
    }
    return "";
}

} // namespace

TEST_CASE("schedule::make_plan keeps its invariants on generated catalogues", "[schedule]") {
    std::mt19937 rng(20261214);
    for (int round = 0; round < 500; ++round) {
        const Catalog catalog = random_catalog(rng);
        const ScheduleInput in = random_input(rng);
        const Plan plan = make_plan(catalog, in);
        INFO("round " << round << ", " << in.hours_per_week << " h from " << in.start.to_string());
        CHECK(check_plan(catalog, in, plan) == "");
        CHECK(fingerprint(make_plan(catalog, in)) == fingerprint(plan));
        CHECK(plan.fits_in_six_months);
        if (plan.hours_needed_per_week > 0) {
            ScheduleInput at = in;
            at.whole_path = true;
            CHECK(check_plan(catalog, at, make_plan(catalog, at)) == "");
            at.hours_per_week = plan.hours_needed_per_week;
            CHECK(make_plan(catalog, at).fits_in_six_months);
            at.hours_per_week = plan.hours_needed_per_week - 1;
            CHECK((at.hours_per_week == 0 || !make_plan(catalog, at).fits_in_six_months));
        }
    }
}

TEST_CASE("schedule::make_plan handles a large catalogue", "[schedule]") {
    std::vector<TaskSpec> specs;
    for (int i = 0; i < 20000; ++i) {
        TaskSpec s{"t" + std::to_string(i), i % 3 == 0 ? "foundations" : "portfolio", 1 + i % 7,
                   i % 4 != 0};
        if (i > 0) {
            s.prerequisites = {"t" + std::to_string(i / 2)};
        }
        specs.push_back(s);
    }
    const auto catalog = make_catalog(specs);
    auto in = input_for("2026-12-14", 40);
    const auto cut = make_plan(catalog, in);
    CHECK(cut.fits_in_six_months);
    CHECK(check_plan(catalog, in, cut) == "");
    in.whole_path = true;
    const auto plan = make_plan(catalog, in);
    CHECK_FALSE(plan.fits_in_six_months);
    CHECK(check_plan(catalog, in, plan) == "");
}
