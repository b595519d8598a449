// The mentor's census: 150 personas (every background, beginner to expert, 3 to 20 h a week)
// planned in-process in each of the four directions of the default catalogue, and every rule of
// a plan a mentor signs checked on each (docs/scheduling.md, "What a mentor keeps").
#include <llmpath/answers.hpp>
#include <llmpath/catalog.hpp>
#include <llmpath/planner.hpp>
#include <llmpath/render.hpp>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <iterator>
#include <map>
#include <set>
#include <string>
#include <vector>

using namespace llmpath;

namespace {

const int k_census_hours[] = {3, 5, 8, 12, 20};

enum class Level { beginner, middle, expert };

std::vector<std::string> level_flags(Level level) {
    switch (level) {
    case Level::beginner:
        return {"coding=none", "python=none", "linux=none",
                "math=weak",   "gpu=none",    "business=low"};
    case Level::middle:
        return {"coding=basic", "python=basic", "linux=basic",
                "math=fair",    "gpu=used",     "business=medium"};
    case Level::expert:
        break;
    }
    return {"coding=strong", "python=fluent", "linux=fluent",
            "math=strong",   "gpu=tuned",     "business=high"};
}

/// The Kubernetes question is asked only of some backgrounds.
bool asks_k8s(const std::string& background) {
    const auto& in = embedded_catalog().find_question("k8s")->when->in;
    return std::find(in.begin(), in.end(), background) != in.end();
}

struct Persona {
    std::vector<std::string> flags;
    std::string name;
};

std::vector<Persona> census() {
    std::vector<Persona> out;
    for (const auto& choice : embedded_catalog().find_question("background")->choices) {
        for (const Level level : {Level::beginner, Level::middle, Level::expert}) {
            for (const int hours : k_census_hours) {
                Persona p{level_flags(level), ""};
                p.flags.push_back("background=" + choice.value);
                if (asks_k8s(choice.value)) {
                    p.flags.push_back(level == Level::expert ? "k8s=yes" : "k8s=no");
                }
                p.flags.push_back("hours_per_week=" + std::to_string(hours));
                for (const auto& f : p.flags) {
                    p.name += f + " ";
                }
                out.push_back(std::move(p));
            }
        }
    }
    return out;
}

Answers answers_of(const std::vector<std::string>& flags) {
    AnswerInput input;
    input.flags = flags;
    input.use_defaults = true;
    input.start_date = Date{2026, 12, 7};
    input.today = Date{2026, 12, 7};
    Gathered g = gather_answers(embedded_catalog(), input);
    REQUIRE(g.missing.empty());
    return std::move(g.answers);
}

/// Where each task's parts are: (week, position in the line) of its first and last part, and
/// its hours in the plan.
struct Places {
    std::map<std::string, std::pair<int, std::size_t>> first, last;
    std::map<std::string, int> hours;
    std::map<std::string, std::string> left_out;
};

Places places_of(const Plan& plan) {
    Places p;
    std::size_t position = 0;
    for (const Week& week : plan.weeks) {
        for (const PlanItem& item : week.items) {
            p.first.emplace(item.task, std::pair{week.index, position});
            p.last[item.task] = {week.index, position};
            p.hours[item.task] += item.hours;
            ++position;
        }
    }
    for (const auto& u : plan.unscheduled) {
        p.left_out[u.task] = u.reason;
    }
    return p;
}

bool before(const Places& p, const std::string& a, const std::string& b) {
    return p.last.at(a).second < p.first.at(b).second;
}

int hours_for(const Task& t, const Answers& answers) {
    if (t.hours_by) {
        if (const Answer* a = answers.find(t.hours_by->question)) {
            const std::string v = answer_to_string(a->value);
            if (auto it = t.hours_by->hours.find(v); it != t.hours_by->hours.end()) {
                return it->second;
            }
        }
    }
    return t.hours;
}

/// Whether task `a` needs task `b`, directly or through other tasks.
bool needs(const Catalog& c, const std::string& a, const std::string& b) {
    std::vector<std::string> stack{a};
    std::set<std::string> seen;
    while (!stack.empty()) {
        const Task* t = c.find_task(stack.back());
        stack.pop_back();
        for (const auto& p : t != nullptr ? t->prerequisites : std::vector<std::string>{}) {
            if (p == b) {
                return true;
            }
            if (seen.insert(p).second) {
                stack.push_back(p);
            }
        }
    }
    return false;
}

/// The first rule of the list the plan breaks, or "".
std::string broken_rule(const Plan& plan, const Answers& answers, const std::string& direction,
                        const std::string& json_text) {
    const Catalog& c = embedded_catalog();
    const Places p = places_of(plan);
    const auto skills = skills_of(c, answers);
    // (a) six months at any budget, and what was cut said plainly.
    if (plan.weeks_total > k_plan_weeks || !plan.fits_in_six_months) {
        return "(a) runs " + std::to_string(plan.weeks_total) + " weeks";
    }
    const bool cut = std::any_of(plan.unscheduled.begin(), plan.unscheduled.end(),
                                 [](const Unscheduled& u) { return u.reason == k_reason_cut; });
    if (cut != (plan.cut_hours > 0) || (cut && plan.hours_needed_per_week <= plan.hours_per_week)) {
        return "(a) cut without saying what the whole path needs";
    }
    for (const Unscheduled& u : plan.unscheduled) {
        if (u.reason == k_reason_cut && u.hours != hours_for(*c.find_task(u.task), answers)) {
            return "(a) " + u.task + " cut at " + std::to_string(u.hours) +
                   " h, not its whole hours";
        }
    }
    std::map<std::string, int> shortened;
    for (const auto& s : plan.shortened) {
        shortened[s.task] = s.short_hours;
    }
    for (const Task& t : c.tasks) {
        const bool planned = p.first.count(t.id) != 0;
        // (b) hours that fit the level.
        if (planned && p.hours.at(t.id) !=
                           (shortened.count(t.id) ? shortened.at(t.id) : hours_for(t, answers))) {
            return "(b) " + t.id + " has " + std::to_string(p.hours.at(t.id)) + " h";
        }
        if (planned && t.id == "bridge-python" && answers.has_value("python", "none") &&
            p.hours.at(t.id) < 30) {
            return "(b) Python from zero in under 30 h";
        }
        // (c) no basics for experts.
        const bool has_all =
            !t.skip_if_skills.empty() &&
            std::all_of(t.skip_if_skills.begin(), t.skip_if_skills.end(),
                        [&](const std::string& s) { return skills.count(s) != 0; });
        if (planned && has_all) {
            return "(c) " + t.id + " teaches what the person has";
        }
        // (d) taught before used; a task done the short way does without what the
        // prerequisites it leaves out teach.
        std::vector<std::string> uses = planned ? t.uses : std::vector<std::string>{};
        for (const auto& id :
             shortened.count(t.id) && t.shorten ? t.shorten->without : std::vector<std::string>{}) {
            for (const auto& taught : c.find_task(id)->teaches) {
                std::erase(uses, taught);
            }
        }
        for (const auto& s : uses) {
            bool taught = skills.count(s) != 0 ||
                          std::find(t.teaches.begin(), t.teaches.end(), s) != t.teaches.end();
            for (const Task& u : c.tasks) {
                taught = taught ||
                         (std::find(u.teaches.begin(), u.teaches.end(), s) != u.teaches.end() &&
                          p.first.count(u.id) != 0 && before(p, u.id, t.id));
            }
            if (!taught) {
                return "(d) " + t.id + " uses " + s + " before it is taught";
            }
        }
    }
    // (f) interview questions backed by work, and time to prepare them.
    const Direction& d = *c.find_direction(direction);
    for (const QuestionStatus& q : plan.interview_questions) {
        for (const auto& id : d.interview_tasks[q.index]) {
            const bool missing =
                std::find(q.missing.begin(), q.missing.end(), id) != q.missing.end();
            const bool done = p.first.count(id) != 0 ||
                              (p.left_out.count(id) != 0 && p.left_out.at(id) == k_reason_skill);
            if (missing == done || (missing && p.left_out.count(id) == 0)) {
                return "(f) question " + std::to_string(q.index) + " and task " + id;
            }
            if (!missing && p.first.count(id) != 0 && p.first.count("interview-prep") != 0 &&
                !before(p, id, "interview-prep")) {
                return "(f) " + id + " comes after the interview preparation";
            }
        }
    }
    // (h) presents nothing before it is built: a task that presents work comes only with the
    // direction's own work past the foundations in the plan; when the presenting is cut, the
    // plan says the job search comes after it.
    const bool built = std::any_of(c.tasks.begin(), c.tasks.end(), [&](const Task& t) {
        return p.first.count(t.id) != 0 && !t.is_common() && !t.presents &&
               t.phase != c.phases.front().id;
    });
    for (const Task& t : c.tasks) {
        if (t.presents && p.first.count(t.id) != 0 && !built) {
            return "(h) " + t.id + " presents what the plan never builds";
        }
    }
    const bool presented = std::any_of(c.tasks.begin(), c.tasks.end(), [&](const Task& t) {
        return t.presents && p.first.count(t.id) != 0;
    });
    if (plan.presenting_cut == presented) {
        return "(h) presenting_cut is " + std::to_string(plan.presenting_cut);
    }
    // (h) ... and after the optional work of its direction and phase that the plan keeps, so
    // that it presents every result the plan builds (unless that work needs it).
    for (const Task& t : c.tasks) {
        for (const Task& o : t.presents&& p.first.count(t.id) ? c.tasks : std::vector<Task>{}) {
            if (!o.core && !o.presents && !o.is_common() && o.belongs_to(direction) &&
                o.phase == t.phase && p.first.count(o.id) != 0 && !needs(c, o.id, t.id) &&
                !before(p, o.id, t.id)) {
                return "(h) " + t.id + " presents before " + o.id + " is done";
            }
        }
    }
    if (!plan.presenting_cut && p.first.count("interview-prep") == 0) {
        return "(f) no interview preparation";
    }
    // (f) ... and the applications go out once the résumé is ready, not after all of it.
    if (p.first.count("applications") != 0 && p.first.count("interview-prep") != 0 &&
        before(p, "interview-prep", "applications")) {
        return "(f) the applications wait for the whole interview preparation";
    }
    if (p.first.count("interview-prep") == 0 &&
        std::any_of(plan.interview_questions.begin(), plan.interview_questions.end(),
                    [](const QuestionStatus& q) { return q.missing.empty(); })) {
        return "(f) a question counted prepared in a plan with no interview preparation";
    }
    if (!plan.presenting_cut && plan.hours_per_week >= 8 && p.hours.at("interview-prep") < 20) {
        return "(f) interview preparation of " + std::to_string(p.hours.at("interview-prep")) +
               " h";
    }
    // (g) a pitfall names only remedies the plan schedules, or says they were cut.
    const auto doc = nlohmann::json::parse(json_text);
    for (const auto& pitfall : doc["recommendation"]["pitfalls"]) {
        for (const auto& id : pitfall["tasks"]) {
            if (p.first.count(id) == 0) {
                return "(g) pitfall remedy " + id.get<std::string>() + " is not planned";
            }
        }
        for (const auto& id : pitfall["cut"]) {
            if (p.left_out.count(id) == 0 || p.left_out.at(id) != k_reason_cut) {
                return "(g) pitfall remedy " + id.get<std::string>() + " said cut";
            }
        }
    }
    return "";
}

/// (e): a task the interviews ask about is left out (for time, or cut to fit six months) only
/// when what the plan took instead is smaller than it or worth more.
std::string value_order(const Plan& plan, const std::string& direction) {
    const Catalog& c = embedded_catalog();
    const Places p = places_of(plan);
    std::set<std::string> asked;
    for (const auto& ids : c.find_direction(direction)->interview_tasks) {
        asked.insert(ids.begin(), ids.end());
    }
    // A left-out task's hours with those of the left-out tasks it needs.
    auto hours_with_needs = [&](const std::string& id) {
        int hours = 0;
        std::vector<std::string> stack{id};
        std::set<std::string> seen{id};
        while (!stack.empty()) {
            const Task& t = *c.find_task(stack.back());
            stack.pop_back();
            hours += t.hours;
            for (const auto& pre : t.prerequisites) {
                if (p.left_out.count(pre) != 0 && seen.insert(pre).second) {
                    stack.push_back(pre);
                }
            }
        }
        return hours;
    };
    // What the interviews ask of the core, and what it needs, is worth a priority level more (it
    // goes after the rest of the level above), the must-haves (the top priority) excepted.
    std::set<std::string> valued;
    std::vector<std::string> stack;
    std::copy_if(asked.begin(), asked.end(), std::back_inserter(stack),
                 [&](const std::string& id) { return c.find_task(id)->core; });
    while (!stack.empty()) {
        const Task* t = c.find_task(stack.back());
        stack.pop_back();
        if (t != nullptr && valued.insert(t->id).second) {
            stack.insert(stack.end(), t->prerequisites.begin(), t->prerequisites.end());
        }
    }
    auto value = [&](const Task& t) {
        const int v = valued.count(t.id) ? 1 : 0;
        return t.priority == k_max_priority ? 2 * (t.priority + 1) + v : 2 * (t.priority + v) + v;
    };
    // A planned task that another planned task needs cannot go first.
    std::set<std::string> needed;
    for (const auto& [id, hours] : p.hours) {
        const auto& pre = c.find_task(id)->prerequisites;
        needed.insert(pre.begin(), pre.end());
    }
    for (const auto& [id, reason] : p.left_out) {
        if ((reason != k_reason_no_time && reason != k_reason_cut) || asked.count(id) == 0) {
            continue;
        }
        const Task& left = *c.find_task(id);
        const int needs = hours_with_needs(id);
        for (const auto& [other, hours] : p.hours) {
            const Task& x = *c.find_task(other);
            // An optional task before an asked one; a core task of no more value, that nothing
            // planned needs, before an asked core task that would fit in its place.
            const bool worse = reason == k_reason_no_time
                                   ? !x.core
                                   : x.core && value(x) < value(left) && !needed.count(other);
            if (worse && asked.count(other) == 0 && hours >= needs) {
                return "(e) " + other + " taken before " + id + ", which interviews ask about";
            }
        }
    }
    return "";
}

} // namespace

TEST_CASE("make_plan: 150 personas in every direction get a plan a mentor signs",
          "[plan][census]") {
    const auto personas = census();
    REQUIRE(personas.size() >= 150);
    const Catalog& c = embedded_catalog();
    for (const Persona& persona : personas) {
        const Answers answers = answers_of(persona.flags);
        for (const Direction& d : c.directions) {
            PlanOverrides overrides;
            overrides.direction = d.id;
            const PlannedPath path = plan_path(c, answers, overrides);
            const Report report{c, answers, path.recommendation, &path.plan, "en", "test"};
            INFO(d.id << ": " << persona.name);
            CHECK(broken_rule(path.plan, answers, d.id, render_json(report, -1)) == "");
            CHECK(value_order(path.plan, d.id) == "");
        }
    }
}

TEST_CASE("make_plan: each direction's whole path fits six months at 9 h a week for a beginner",
          "[plan][census]") {
    const Answers answers = answers_of(level_flags(Level::beginner));
    for (const Direction& d : embedded_catalog().directions) {
        PlanOverrides overrides;
        overrides.direction = d.id;
        const Plan plan = plan_path(embedded_catalog(), answers, overrides).plan;
        INFO(d.id << ": " << plan.core_hours << " core hours");
        CHECK(plan.hours_needed_per_week <= 9);
        CHECK(plan.cut_hours == 0);
    }
}

TEST_CASE("make_plan: --whole-path plans every core task at the person's pace, dated truly",
          "[plan][census]") {
    for (const char* hours : {"hours_per_week=3", "hours_per_week=5"}) {
        auto flags = level_flags(Level::beginner);
        flags.push_back(hours);
        const Answers answers = answers_of(flags);
        PlanOverrides overrides;
        overrides.direction = "data";
        const Plan cut = plan_path(embedded_catalog(), answers, overrides).plan;
        overrides.whole_path = true;
        const Plan whole = plan_path(embedded_catalog(), answers, overrides).plan;
        CHECK(cut.cut_hours > 0);
        CHECK(cut.weeks_total <= k_plan_weeks);
        CHECK(whole.cut_hours == 0);
        CHECK(whole.weeks_total > k_plan_weeks);
        CHECK_FALSE(whole.fits_in_six_months);
        CHECK(whole.end == whole.weeks.back().end);
        // What the cut plan says the whole path takes at these hours is what --whole-path plans.
        CHECK(cut.whole_path_weeks == whole.weeks_total);
        CHECK(whole.whole_path_weeks == whole.weeks_total);
        for (const auto& u : whole.unscheduled) {
            CHECK(u.reason != k_reason_cut);
        }
    }
}

TEST_CASE("gather_answers: an unanswered skill question defaults to what the background makes "
          "likely, still as a default",
          "[plan][census]") {
    const Answers backend = answers_of({"background=backend"});
    const Answer* coding = backend.find("coding");
    REQUIRE(coding != nullptr);
    CHECK(answer_to_string(coding->value) == "strong");
    CHECK(coding->source == AnswerSource::defaulted);
    const Answers none = answers_of({"background=none"});
    CHECK(answer_to_string(none.find("coding")->value) == "none");
    // Defaults carry no weight: the same ranking as with the background alone.
    const auto with_defaults = recommend(embedded_catalog(), backend);
    Answers given;
    given.items.push_back(*backend.find("background"));
    const auto without = recommend(embedded_catalog(), given);
    for (std::size_t i = 0; i < with_defaults.ranking.size(); ++i) {
        CHECK(with_defaults.ranking[i].raw == without.ranking[i].raw);
    }
}

TEST_CASE("make_plan: a career changer at 3 h a week, a product manager at 6 and a GPU expert at "
          "15 each get six months that build, present and prepare the interviews",
          "[plan][census]") {
    const Catalog& c = embedded_catalog();
    struct Person {
        std::vector<std::string> flags;
        std::string direction;
        std::size_t questions; ///< at least this many interview questions prepared
    };
    const Person people[] = {
        {{"background=none", "hours_per_week=3"}, "data", 2},
        {{"background=product", "business=high", "hours_per_week=6"}, "application", 6},
        {{"background=systems", "gpu=tuned", "math=strong", "coding=strong", "python=fluent",
          "linux=fluent", "hours_per_week=15"},
         "deployment",
         12},
    };
    for (const Person& person : people) {
        const Answers answers = answers_of(person.flags);
        const PlannedPath path = plan_path(c, answers, {});
        const Report report{c, answers, path.recommendation, &path.plan, "en", "test"};
        const Plan& plan = path.plan;
        const Places p = places_of(plan);
        INFO(person.flags.front() << " at " << plan.hours_per_week << " h a week");
        CHECK(path.recommendation.direction == person.direction);
        CHECK(broken_rule(plan, answers, person.direction, render_json(report, -1)) == "");
        CHECK(plan.weeks_total <= k_plan_weeks);
        CHECK_FALSE(plan.presenting_cut);
        for (const char* id : {"project-writeup", "resume", "applications", "interview-prep"}) {
            CHECK(p.first.count(id) == 1);
        }
        const auto prepared =
            std::count_if(plan.interview_questions.begin(), plan.interview_questions.end(),
                          [](const QuestionStatus& q) { return q.missing.empty(); });
        CHECK(static_cast<std::size_t>(prepared) >= person.questions);
        // Something of the direction's own, built past the foundations, before it is presented.
        const bool built = std::any_of(p.first.begin(), p.first.end(), [&](const auto& f) {
            const Task& t = *c.find_task(f.first);
            return !t.is_common() && t.phase != c.phases.front().id &&
                   before(p, t.id, "project-writeup");
        });
        CHECK(built);
        // Six months at 3 h a week buy a first project, and the plan says so; the others more.
        const bool plainly =
            render_markdown(report).find("Said plainly: these six months build one small "
                                         "project") != std::string::npos;
        CHECK(plainly == (plan.hours_per_week == 3));
    }
}

TEST_CASE("make_plan: a plan that only takes short ways still says what the whole path needs",
          "[plan][census]") {
    const Catalog& c = embedded_catalog();
    int seen = 0;
    for (const Persona& persona : census()) {
        const Answers answers = answers_of(persona.flags);
        for (const Direction& d : c.directions) {
            PlanOverrides overrides;
            overrides.direction = d.id;
            const PlannedPath path = plan_path(c, answers, overrides);
            const Plan& plan = path.plan;
            if (plan.shortened.empty() || plan.cut_hours > 0) {
                continue;
            }
            ++seen;
            INFO(d.id << ": " << persona.name);
            CHECK(plan.hours_needed_per_week > plan.hours_per_week);
            const Report report{c, answers, path.recommendation, &plan, "en", "test"};
            CHECK_THAT(render_markdown(report),
                       Catch::Matchers::Contains(
                           "Every task done in full (" + std::to_string(plan.core_hours) +
                           " h) needs " + std::to_string(plan.hours_needed_per_week) +
                           " h a week, or " + std::to_string(plan.whole_path_weeks) + " weeks"));
        }
    }
    CHECK(seen > 0);
}
