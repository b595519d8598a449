// The census: every background × {no skills, strong skills} × {3, 5, 8, 10, 15, 25, 40} h a week
// × every direction, planned through `llmpath batch` from the default catalogue, and every
// property of a plan a mentor would sign checked on each (docs/scheduling.md), and its chart,
// calendar and CSV against its weeks.
#include "support/check.hpp"
#include "support/run.hpp"

#include <llmpath/answers.hpp>
#include <llmpath/catalog.hpp>
#include <llmpath/date.hpp>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <map>
#include <set>
#include <sstream>

using namespace llmpath;
using namespace llmpath::test;
using json = nlohmann::json;

namespace {

const int k_hours[] = {3, 5, 8, 10, 15, 25, 40};

json persona(const std::string& background, bool strong, int hours) {
    json p = {{"background", background}, {"hours_per_week", hours}};
    if (strong) {
        p.update({{"coding", "strong"},
                  {"python", "fluent"},
                  {"linux", "fluent"},
                  {"math", "strong"},
                  {"gpu", "tuned"},
                  {"business", "high"},
                  {"interests", {"data", "infrastructure", "products", "performance"}},
                  {"k8s", true}});
    } else {
        p.update({{"coding", "none"},
                  {"python", "none"},
                  {"linux", "none"},
                  {"math", "weak"},
                  {"gpu", "none"},
                  {"business", "low"},
                  {"interests", {"data"}},
                  {"k8s", false}});
    }
    return p;
}

std::vector<json> census_personas() {
    std::vector<json> out;
    for (const auto& choice : embedded_catalog().find_question("background")->choices) {
        for (const bool strong : {false, true}) {
            for (const int hours : k_hours) {
                out.push_back(persona(choice.value, strong, hours));
            }
        }
    }
    return out;
}

/// Runs batch over `lines` and returns one parsed plan per line.
std::vector<json> plans_of(const std::vector<json>& lines, const std::vector<std::string>& flags) {
    RunOptions o;
    for (const auto& l : lines) {
        o.stdin_text += l.dump() + "\n";
    }
    std::vector<std::string> args{"batch", "-", "--start", "2026-11-30"};
    args.insert(args.end(), flags.begin(), flags.end());
    const auto r = run_llmpath(args, o);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    std::vector<json> out;
    std::istringstream in(r.out);
    for (std::string line; std::getline(in, line);) {
        out.push_back(json::parse(line));
    }
    REQUIRE(out.size() == lines.size());
    return out;
}

struct Place {
    int week = 0;
    std::size_t item = 0;
    friend bool operator<(const Place& a, const Place& b) {
        return a.week < b.week || (a.week == b.week && a.item < b.item);
    }
};

/// Where each task's first and last parts are, and which tasks were left out why.
struct Layout {
    std::map<std::string, Place> first;
    std::map<std::string, Place> last;
    std::map<std::string, std::string> left_out;
};

Layout layout_of(const json& plan) {
    Layout l;
    for (const auto& week : plan["weeks"]) {
        const int w = week["index"];
        for (std::size_t i = 0; i < week["items"].size(); ++i) {
            const std::string id = week["items"][i]["task"];
            if (l.first.count(id) == 0) {
                l.first[id] = {w, i};
            }
            l.last[id] = {w, i};
        }
    }
    for (const auto& u : plan["unscheduled"]) {
        l.left_out[u["task"]] = u["reason"];
    }
    return l;
}

// Each property a program can check: the first case that breaks it, or "".

std::string map_first_no_idle_no_sliver(const json& plan) {
    const Catalog& c = embedded_catalog();
    const int hours = plan["hours_per_week"];
    if (plan["weeks"].empty() || plan["weeks"][0]["items"][0]["task"] != c.tasks.front().id) {
        return "the map (" + c.tasks.front().id + ") does not start week 1";
    }
    for (const auto& week : plan["weeks"]) {
        if (week["hours"] == 0) {
            return "idle week " + week["index"].dump();
        }
        for (const auto& item : week["items"]) {
            if (hours >= 4 && item["parts"] > 1 && item["hours"] < 2) {
                return "a sliver of " + item["task"].get<std::string>();
            }
        }
    }
    return "";
}

/// A phase's dates cover the weeks of its tasks; "six months" only when it is.
std::string dates_tell_the_truth(const json& plan) {
    std::map<std::string, json> phases;
    for (const auto& p : plan["phases"]) {
        phases[p["id"]] = p;
    }
    for (const auto& week : plan["weeks"]) {
        for (const auto& item : week["items"]) {
            const json& p = phases.at(item["phase"]);
            if (week["start_date"] < p["start_date"] || week["end_date"] > p["end_date"]) {
                return item["task"].get<std::string>() + " outside its phase's dates";
            }
        }
    }
    return plan["fits_in_six_months"] != (plan["weeks_total"] <= 26) ? "fits_in_six_months" : "";
}

std::string evidence_before_presentation(const Layout& l, const std::string& direction) {
    const Catalog& c = embedded_catalog();
    for (const auto& t : c.tasks) {
        if (!t.presents || l.first.count(t.id) == 0) {
            continue;
        }
        for (const auto& other : c.tasks) {
            if (!other.presents && other.core && !other.is_common() && other.phase == t.phase &&
                other.belongs_to(direction) && l.last.count(other.id) != 0 &&
                !(l.last.at(other.id) < l.first.at(t.id))) {
                return t.id + " presents before " + other.id + " is built";
            }
        }
    }
    return "";
}

/// Each checkpoint part's tasks are done, known, or named as missing.
std::string checkpoints_reachable(const json& plan, const Layout& l) {
    for (const auto& p : plan["phases"]) {
        for (const auto& part : p["checkpoint"]) {
            std::set<std::string> missing(part["missing"].begin(), part["missing"].end());
            for (const auto& id : part["tasks"]) {
                const bool ok = l.first.count(id) != 0 ||
                                (l.left_out.count(id) != 0 && l.left_out.at(id) == "skill");
                if (ok == (missing.count(id) != 0)) {
                    return "checkpoint part of " + p["id"].get<std::string>() + " and task " +
                           id.get<std::string>();
                }
            }
        }
    }
    return "";
}

/// Each skill a planned task uses is taught before it; a task done the short way does without
/// what the prerequisites it leaves out teach.
std::string taught_before_used(const json& plan, const json& answers, const Layout& l) {
    const Catalog& c = embedded_catalog();
    AnswerInput input;
    input.file_text = answers.dump();
    input.use_defaults = true;
    input.today = Date{2026, 11, 30};
    const auto skills = skills_of(c, gather_answers(c, input).answers);
    const auto teaches = [](const Task& t, const std::string& s) {
        return std::find(t.teaches.begin(), t.teaches.end(), s) != t.teaches.end();
    };
    for (const auto& t : c.tasks) {
        if (l.first.count(t.id) == 0) {
            continue;
        }
        std::vector<std::string> uses = t.uses;
        for (const auto& s : plan["shortened"]) {
            for (const auto& id :
                 s["task"] == t.id ? t.shorten->without : std::vector<std::string>{}) {
                std::erase_if(uses,
                              [&](const std::string& u) { return teaches(*c.find_task(id), u); });
            }
        }
        for (const auto& s : uses) {
            bool taught = skills.count(s) != 0 || teaches(t, s);
            for (const auto& u : c.tasks) {
                taught = taught ||
                         (teaches(u, s) && l.last.count(u.id) != 0 &&
                          l.last.at(u.id) < l.first.at(t.id)) ||
                         (teaches(u, s) && l.left_out.count(u.id) != 0 &&
                          l.left_out.at(u.id) == "skill");
            }
            if (!taught) {
                return t.id + " uses " + s + " before it is taught";
            }
        }
    }
    return "";
}

/// Every property a program can check; returns the first one broken, or "".
std::string check(const json& report, const json& answers, const std::string& direction) {
    const json& plan = report["plan"];
    const Layout l = layout_of(plan);
    for (const std::string& broken :
         {map_first_no_idle_no_sliver(plan), dates_tell_the_truth(plan),
          evidence_before_presentation(l, direction), checkpoints_reachable(plan, l),
          taught_before_used(plan, answers, l)}) {
        if (!broken.empty()) {
            return broken;
        }
    }
    if (!plan["fits_in_six_months"] &&
        (plan["hours_needed_per_week"] == 0 || plan["advice"]["apply_week"] == 0 ||
         plan["advice"]["shortcuts"].empty())) {
        return "a plan that does not fit without advice";
    }
    return "";
}

} // namespace

TEST_CASE("census: every persona and budget gets a plan a mentor would sign, in every direction",
          "[cli][census]") {
    REQUIRE(census_personas().size() == 140);
    const auto personas = sampled(census_personas());
    for (const auto& direction : embedded_catalog().directions) {
        const auto plans = plans_of(personas, {"--direction", direction.id});
        for (std::size_t i = 0; i < plans.size(); ++i) {
            INFO(direction.id << " " << personas[i].dump());
            CHECK(check(plans[i], personas[i], direction.id) == "");
        }
    }
}

TEST_CASE("census: a beginner's core work fits six months at 10 h a week in every direction",
          "[cli][census]") {
    const auto beginner = persona("none", false, 10);
    for (const auto& direction : embedded_catalog().directions) {
        const auto plan = plans_of({beginner}, {"--direction", direction.id}).front()["plan"];
        INFO(direction.id << ": " << plan["core_hours"] << " core hours");
        CHECK(plan["fits_in_six_months"] == true);
    }
}

TEST_CASE("census: with only the background given, the recommendation follows the content brief",
          "[cli][census]") {
    const std::map<std::string, std::string> table = {
        {"none", "data"},          {"student", "data"},    {"backend", "platform"},
        {"bigdata", "platform"},   {"devops", "platform"}, {"systems", "deployment"},
        {"product", "application"}};
    std::vector<json> lines;
    for (const auto& [background, direction] : table) {
        lines.push_back({{"background", background}});
    }
    const auto plans = plans_of(lines, {});
    std::size_t i = 0;
    for (const auto& [background, direction] : table) {
        const json& rec = plans[i++]["recommendation"];
        INFO(background);
        CHECK(rec["direction"] == direction);
        for (const auto& s : rec["ranking"]) {
            for (const auto& reason : s["reasons"]) {
                CHECK(reason.get<std::string>().rfind("background:", 0) == 0);
            }
            CHECK(s["against"].empty());
        }
        for (const auto& pitfall : rec["pitfalls"]) {
            for (const auto& cause : pitfall["causes"]) {
                CHECK(cause["question"] == "background"); // what was said, nothing else
            }
        }
    }
}

namespace {

/// Runs batch over `lines` into a fresh folder in `format`; the files by line number.
std::vector<std::string> files_of(const std::vector<json>& lines, const std::string& direction,
                                  const std::string& format, const std::string& ext) {
    const std::string dir = scratch_dir("census-" + direction + "-" + format);
    RunOptions o;
    for (const auto& l : lines) {
        o.stdin_text += l.dump() + "\n";
    }
    const auto r = run_llmpath({"batch", "-", "--start", "2026-11-30", "--direction", direction,
                                "--out-dir", dir, "--format", format},
                               o);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    std::vector<std::string> out;
    for (std::size_t i = 1; i <= lines.size(); ++i) {
        out.push_back(read_file(dir + "/" + std::to_string(i) + ext));
    }
    return out;
}

/// Each task's first week's start date and its days to its last week's Sunday, from the JSON.
std::map<std::string, std::string> bars_of(const json& plan) {
    std::map<std::string, std::pair<std::string, std::string>> span; // title -> first, last day
    for (const auto& w : plan["weeks"]) {
        for (const auto& item : w["items"]) {
            auto [it, fresh] = span.try_emplace(item["title"].get<std::string>(),
                                                w["start_date"].get<std::string>(), "");
            it->second.second = w["end_date"].get<std::string>();
        }
    }
    std::map<std::string, std::string> out;
    for (const auto& [title, days] : span) {
        const auto from = Date::parse(days.first).value();
        const auto to = Date::parse(days.second).value();
        out[title] = days.first + ", " + std::to_string(to.to_days() - from.to_days() + 1) + "d";
    }
    return out;
}

/// The bars of a Markdown plan's gantt chart: name (entity codes decoded) -> "start, Nd".
std::map<std::string, std::string> chart_bars(const std::string& markdown, int& milestones) {
    std::map<std::string, std::string> out;
    const auto begin = markdown.find("```mermaid\n");
    const auto end = markdown.find("\n```\n", begin);
    std::istringstream in(markdown.substr(begin, end - begin));
    milestones = 0;
    for (std::string line; std::getline(in, line);) {
        const auto colon = line.rfind(" :");
        if (colon == std::string::npos || line.starts_with("title ")) {
            continue;
        }
        std::string name = line.substr(0, colon);
        for (const auto& [code, c] : {std::pair{"#58;", ":"}, {"#35;", "#"}, {"#59;", ";"}}) {
            for (auto at = name.find(code); at != std::string::npos; at = name.find(code)) {
                name.replace(at, 4, c);
            }
        }
        const std::string data = line.substr(colon + 2);
        if (data.starts_with("milestone")) {
            ++milestones;
        } else {
            out[name] = data;
        }
    }
    return out;
}

} // namespace

TEST_CASE("census: every plan's chart, calendar and CSV match its weeks", "[cli][census]") {
    const auto personas = sampled(census_personas());
    for (const auto& direction : embedded_catalog().directions) {
        const auto plans = plans_of(personas, {"--direction", direction.id});
        const auto charts = files_of(personas, direction.id, "markdown", ".md");
        const auto calendars = files_of(personas, direction.id, "ics", ".ics");
        const auto sheets = files_of(personas, direction.id, "csv", ".csv");
        for (std::size_t i = 0; i < plans.size(); ++i) {
            INFO(direction.id << " " << personas[i].dump());
            const json& plan = plans[i]["plan"];
            int weeks_with_work = 0;
            for (const auto& w : plan["weeks"]) {
                weeks_with_work += w["items"].empty() ? 0 : 1;
            }
            int phases_with_work = 0;
            for (const auto& p : plan["phases"]) {
                phases_with_work += p["first_week"].get<int>() > 0 ? 1 : 0;
            }
            int milestones = 0;
            const auto bars = chart_bars(charts[i], milestones);
            const auto expected = bars_of(plan);
            // A bar's name may be shortened with "…"; then it is compared by its data only.
            std::size_t matched = 0;
            for (const auto& [title, data] : expected) {
                auto it = bars.find(title);
                matched += it != bars.end() && it->second == data ? 1 : 0;
            }
            CHECK(bars.size() == expected.size());
            CHECK(matched + occurrences(charts[i], "… :") == expected.size());
            CHECK(milestones == phases_with_work);
            CHECK(occurrences(calendars[i], "BEGIN:VEVENT\r\n") ==
                  static_cast<std::size_t>(weeks_with_work + phases_with_work));
            // Rows end in CRLF; line breaks inside a description are LF.
            CHECK(occurrences(sheets[i], "\r\n") == 1 + phases_with_work + expected.size());
        }
    }
}
