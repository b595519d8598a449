// The scheduler's invariants (docs/scheduling.md) on generated catalogues and inputs.
#include <llmpath/schedule.hpp>

#include "support/schedule_fixture.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <numeric>
#include <random>
#include <string>
#include <tuple>
#include <vector>

using namespace llmpath;
using namespace llmpath::test;

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
    // One interview question of the data direction, drawing on about a quarter of the tasks.
    std::vector<std::string> asked;
    for (const auto& t : c.tasks) {
        if (pick(0, 3) == 0) {
            asked.push_back(t.id);
        }
    }
    c.directions[0].interview_questions.push_back(Text{"Why?", {}});
    c.directions[0].interview_tasks.push_back(asked);
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
    // After the direction's core work of its phase, and the optional work its interviews ask
    // about.
    const auto& asked = c.find_direction(in.direction)->interview_tasks;
    auto is_asked = [&](const std::string& id) {
        return std::any_of(asked.begin(), asked.end(), [&](const auto& ids) {
            return std::find(ids.begin(), ids.end(), id) != ids.end();
        });
    };
    for (const auto& other : c.tasks) {
        const auto o = parts.find(other.id);
        if (o != parts.end() && !other.presents && !other.is_common() &&
            other.belongs_to(in.direction) && other.phase == task.phase &&
            (other.core || is_asked(other.id)) && !(o->second.back().first < ps.front().first)) {
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
