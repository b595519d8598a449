// The catalogue loader's field checks: required fields, types, ids, hours, resources, questions.
#include <llmpath/catalog.hpp>
#include <llmpath/error.hpp>

#include "support/catalog_fixture.hpp"
#include "support/check.hpp"
#include "support/run.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>
#include <vector>

using namespace llmpath;
using Catch::Matchers::Contains;
using llmpath::test::k_minimal;
using llmpath::test::Lines;
using llmpath::test::problems;
using llmpath::test::problems_after;
using llmpath::test::question;
using ojson = nlohmann::ordered_json;

TEST_CASE("catalog::load_catalog reports missing fields, wrong types and unknown keys",
          "[catalog]") {
    SECTION("missing required field") {
        auto p = problems_after([](ojson& d) { d["tasks"][2].erase("deliverable"); });
        CHECK(p == Lines{"/tasks/2: missing required field 'deliverable'"});
    }
    SECTION("wrong type") {
        auto p = problems_after([](ojson& d) { d["tasks"][0]["hours"] = "8"; });
        CHECK(p == Lines{"/tasks/0/hours: expected an integer, got a string"});
    }
    SECTION("not an object") {
        auto p = problems_after([](ojson& d) { d["skills"][0] = "python"; });
        CHECK(p.at(0) == "/skills/0: expected an object, got a string");
    }
    SECTION("unknown key with a suggestion") {
        auto p = problems_after([](ojson& d) { d["tasks"][1]["prerequisite"] = ojson::array(); });
        CHECK(p == Lines{"/tasks/1/prerequisite: unknown field 'prerequisite' (did you mean "
                         "'prerequisites'?)"});
    }
    SECTION("unknown key at the top, escaped in the pointer") {
        auto p = problems_after([](ojson& d) { d["a/b~c"] = 1; });
        CHECK(p == Lines{"/a~1b~0c: unknown field 'a/b~c'"});
    }
}

TEST_CASE("catalog::load_catalog checks id syntax", "[catalog]") {
    SECTION("uppercase and spaces") {
        auto p = problems_after([](ojson& d) { d["skills"][0]["id"] = "Python 3"; });
        CHECK(p.at(0) == "/skills/0/id: invalid id 'Python 3': use 1 to 64 characters a-z, 0-9, "
                         "'-' or '_', starting with a letter or digit");
    }
    SECTION("too long") {
        auto p = problems_after([](ojson& d) { d["tasks"][3]["id"] = std::string(65, 'a'); });
        CHECK_THAT(p.at(0), Contains("/tasks/3/id: invalid id 'aaaa"));
    }
    SECTION("leading dash") {
        auto p = problems_after([](ojson& d) { d["directions"][0]["id"] = "-data"; });
        CHECK_THAT(p.at(0), Contains("/directions/0/id: invalid id '-data'"));
    }
}

TEST_CASE("catalog::load_catalog rejects duplicate ids in each collection", "[catalog]") {
    SECTION("tasks") {
        auto p = problems_after([](ojson& d) { d["tasks"][3]["id"] = "data-demo"; });
        CHECK(p == Lines{"/tasks/3/id: duplicate task id 'data-demo' (first at /tasks/1)"});
    }
    SECTION("directions") {
        auto p = problems_after([](ojson& d) { d["directions"].push_back(d["directions"][0]); });
        CHECK(p == Lines{"/directions/2/id: duplicate direction id 'data' (first at "
                         "/directions/0)"});
    }
    SECTION("phases") {
        auto p = problems_after([](ojson& d) { d["phases"][2]["id"] = "hands-on"; });
        CHECK(p == Lines{"/phases/2/id: duplicate phase id 'hands-on' (first at /phases/1)",
                         "/tasks/3/phase: unknown phase 'portfolio'"});
    }
    SECTION("layers") {
        auto p = problems_after([](ojson& d) {
            d["layers"] =
                ojson::parse(R"([{"id": "app", "name": "App"}, {"id": "app", "name": "B"}])");
        });
        CHECK(p == Lines{"/layers/1/id: duplicate layer id 'app' (first at /layers/0)"});
    }
    SECTION("pitfalls") {
        auto p = problems_after([](ojson& d) { d["pitfalls"].push_back(d["pitfalls"][0]); });
        CHECK(p == Lines{"/pitfalls/1/id: duplicate pitfall id 'weak-engineering' (first at "
                         "/pitfalls/0)"});
    }
    SECTION("skills") {
        auto p = problems_after([](ojson& d) { d["skills"].push_back(d["skills"][0]); });
        CHECK(p == Lines{"/skills/1/id: duplicate skill id 'python' (first at /skills/0)"});
    }
    SECTION("questions") {
        auto p = problems_after([](ojson& d) { d["questions"][5]["id"] = "background"; });
        CHECK(p == Lines{"/questions/5/id: duplicate question id 'background' (first at "
                         "/questions/0)"});
    }
    SECTION("choices within a question") {
        auto p =
            problems_after([](ojson& d) { d["questions"][2]["choices"][1]["value"] = "data"; });
        CHECK(p == Lines{"/questions/2/choices/1/value: duplicate choice value 'data' (first at "
                         "/questions/2/choices/0)"});
    }
}

TEST_CASE("catalog::load_catalog reserves the direction id common", "[catalog]") {
    auto p = problems_after([](ojson& d) { d["directions"][1]["id"] = "common"; });
    CHECK(p.at(0) == "/directions/1/id: direction id 'common' is reserved: it marks tasks that "
                     "belong to every direction");
}

TEST_CASE("catalog::load_catalog checks task hours", "[catalog]") {
    auto hours = [](ojson value) {
        return problems_after([&](ojson& d) { d["tasks"][1]["hours"] = value; });
    };
    CHECK(hours(0) == Lines{"/tasks/1/hours: hours must be between 1 and 500, got 0"});
    CHECK(hours(-4) == Lines{"/tasks/1/hours: hours must be between 1 and 500, got -4"});
    CHECK(hours(6.5) == Lines{"/tasks/1/hours: expected an integer, got 6.5"});
    CHECK(hours(501) == Lines{"/tasks/1/hours: hours must be between 1 and 500, got 501"});
    CHECK(hours(500).empty());
    CHECK(hours(8.0).empty());
}

TEST_CASE("catalog::load_catalog checks resources", "[catalog]") {
    auto resource = [](const char* key, ojson value) {
        return problems_after([&](ojson& d) { d["tasks"][0]["resources"][0][key] = value; });
    };
    CHECK(resource("type", "blog") ==
          Lines{"/tasks/0/resources/0/type: unknown resource type 'blog'; use official, "
                "opensource, article, course, video, book or paper"});
    CHECK(resource("type", "articel") ==
          Lines{"/tasks/0/resources/0/type: unknown resource type 'articel' (did you mean "
                "'article'?)"});
    CHECK(resource("url", "http://docs.python.org/") ==
          Lines{"/tasks/0/resources/0/url: url 'http://docs.python.org/' must start with "
                "https://"});
    CHECK(resource("url", "https:///tutorial") ==
          Lines{"/tasks/0/resources/0/url: url 'https:///tutorial' has no host"});
    CHECK(resource("title", "") == Lines{"/tasks/0/resources/0/title: empty text"});
}

TEST_CASE("catalog::load_catalog checks each question type's fields", "[catalog]") {
    SECTION("unknown type") {
        auto p = problems_after([](ojson& d) { d["questions"][0]["type"] = "singel"; });
        CHECK(p == Lines{"/questions/0/type: unknown question type 'singel' (did you mean "
                         "'single'?)"});
    }
    SECTION("single needs two choices") {
        auto p = problems_after([](ojson& d) {
            d["questions"][0]["choices"].erase(1);
            question(d, "interests")["when"]["in"] = {"none"};
        });
        CHECK(p ==
              Lines{"/questions/0/choices: a single question needs at least 2 choices, got 1"});
    }
    SECTION("integer min above max") {
        auto p = problems_after([](ojson& d) { question(d, "hours_per_week")["min"] = 80; });
        CHECK(p.at(0) == "/questions/3/min: min 80 is greater than max 60");
    }
    SECTION("multi min_selected beyond the choices") {
        auto p = problems_after([](ojson& d) { question(d, "interests")["max_selected"] = 3; });
        CHECK(p == Lines{"/questions/2/max_selected: max_selected must be between 0 and 2, got 3"});
    }
    SECTION("multi min_selected above max_selected") {
        auto p = problems_after([](ojson& d) {
            question(d, "interests")["min_selected"] = 2;
            question(d, "interests")["max_selected"] = 1;
            question(d, "interests").erase("default");
        });
        CHECK(p == Lines{"/questions/2/min_selected: min_selected 2 is greater than "
                         "max_selected 1"});
    }
    SECTION("text pattern that does not compile") {
        auto p = problems_after([](ojson& d) { question(d, "github")["pattern"] = "([a-z]"; });
        CHECK(p == Lines{"/questions/5/pattern: pattern '([a-z]' is not a regular expression "
                         "llmpath can match in linear time (RE2 syntax): unbalanced parentheses"});
    }
    SECTION("text pattern that cannot be matched in linear time") {
        auto p = problems_after([](ojson& d) { question(d, "github")["pattern"] = "(\\w)\\1"; });
        CHECK(p == Lines{"/questions/5/pattern: pattern '(\\w)\\1' is not a regular expression "
                         "llmpath can match in linear time (RE2 syntax): invalid escape '\\1' (a "
                         "back reference cannot be matched in linear time)"});
    }
    SECTION("text pattern too long") {
        auto p = problems_after(
            [](ojson& d) { question(d, "github")["pattern"] = std::string(201, 'a'); });
        CHECK(p == Lines{"/questions/5/pattern: pattern is 201 bytes; the limit is 200"});
    }
    SECTION("text max_length too large") {
        auto p = problems_after([](ojson& d) { question(d, "github")["max_length"] = 5000; });
        CHECK(p ==
              Lines{"/questions/5/max_length: max_length must be between 1 and 1000, got 5000"});
    }
    SECTION("a field another type uses") {
        auto p = problems_after([](ojson& d) { question(d, "background")["min"] = 1; });
        CHECK(p == Lines{"/questions/0/min: 'min' does not apply to a single question"});
    }
    SECTION("boolean choice values") {
        auto p =
            problems_after([](ojson& d) { question(d, "python")["choices"][0]["value"] = "true"; });
        CHECK(p.at(0) == "/questions/1/choices/0/value: a boolean question's choice values are "
                         "'yes' and 'no', got 'true'");
    }
}

TEST_CASE("catalog::load_catalog checks that a default suits its question", "[catalog]") {
    auto with_default = [](std::string_view id, ojson value) {
        return problems_after([&](ojson& d) { question(d, id)["default"] = value; });
    };
    CHECK(with_default("background", "frontend") ==
          Lines{"/questions/0/default: default 'frontend' is not one of the choices (none, "
                "backend)"});
    CHECK(with_default("interests", {"data", "sistems"}) ==
          Lines{"/questions/2/default/1: default 'sistems' is not one of the choices (data, "
                "systems) (did you mean 'systems'?)"});
    CHECK(with_default("interests", ojson::array()) ==
          Lines{"/questions/2/default: default selects 0 choices, fewer than min_selected 1"});
    CHECK(with_default("hours_per_week", 61) ==
          Lines{"/questions/3/default: default 61 is outside 2..60"});
    CHECK(with_default("python", "no") ==
          Lines{"/questions/1/default: expected a boolean, got a string"});
    CHECK(with_default("start_date", "2025-02-30") ==
          Lines{"/questions/4/default: default '2025-02-30' is not 'today' or a real date as "
                "YYYY-MM-DD"});
    CHECK(with_default("start_date", "2025-03-01").empty());
    CHECK(with_default("github", std::string(40, 'a')) ==
          Lines{"/questions/5/default: default '" + std::string(40, 'a') +
                "' is 40 characters, longer than max_length 39"});
    CHECK(with_default("github", "not valid!") ==
          Lines{"/questions/5/default: default 'not valid!' does not match the pattern "
                "'[A-Za-z0-9-]{1,39}'"});
}

TEST_CASE("catalog::load_catalog requires the planner's questions, of their type, for everyone",
          "[catalog]") {
    const auto index_of = [](const ojson& d, std::string_view id) {
        for (std::size_t i = 0; i < d["questions"].size(); ++i) {
            if (d["questions"][i]["id"] == id) {
                return i;
            }
        }
        throw std::logic_error("no such question in the fixture");
    };
    const auto has = [](const Lines& lines, const std::string& line) {
        return std::find(lines.begin(), lines.end(), line) != lines.end();
    };
    SECTION("missing") {
        auto p = problems_after([&](ojson& d) { d["questions"].erase(index_of(d, "start_date")); });
        CHECK(has(p, "/questions: no date question 'start_date'; the planner reads the weekly "
                     "hours and the start date from hours_per_week and start_date"));
    }
    SECTION("of another type") {
        std::size_t at = 0;
        auto p = problems_after([&](ojson& d) {
            at = index_of(d, "hours_per_week");
            d["questions"][at] = {{"id", "hours_per_week"},
                                  {"type", "text"},
                                  {"prompt", "Hours?"},
                                  {"short_label", "hours"}};
        });
        CHECK(has(p, "/questions/" + std::to_string(at) +
                         "/type: 'hours_per_week' is a text question; the planner needs an "
                         "integer question 'hours_per_week'"));
    }
    SECTION("asked only of some") {
        std::size_t at = 0;
        auto p = problems_after([&](ojson& d) {
            at = index_of(d, "start_date");
            d["questions"][at]["when"] = {{"question", "background"}, {"in", {"backend"}}};
        });
        CHECK(
            p ==
            Lines{
                "/questions/" + std::to_string(at) +
                "/when: 'start_date' must be asked of everyone (no 'when'): the planner needs its "
                "answer"});
    }
}
