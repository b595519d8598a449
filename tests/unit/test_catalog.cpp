#include <llmpath/catalog.hpp>
#include <llmpath/error.hpp>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <functional>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

using namespace llmpath;
using Catch::Matchers::Contains;
using ojson = nlohmann::ordered_json;

namespace {

// Same as tests/data/catalog/valid/minimal.json and the example in docs/catalog-format.md.
const char *const k_minimal = R"json({
  "schema_version": 1,
  "id": "minimal",
  "version": "1.0.0",
  "languages": ["en", "zh"],
  "title": {"en": "A minimal catalogue", "zh": "最小目录"},
  "directions": [
    {"id": "data", "name": {"en": "Data", "zh": "数据方向"}},
    {"id": "platform", "name": {"en": "Platform", "zh": "平台方向"}}
  ],
  "phases": [
    {"id": "foundations", "title": "Foundations", "start_day": 0, "end_day": 30,
     "goal": "See the whole map.", "checkpoint": "A one-page diagram."},
    {"id": "hands-on", "title": "Hands-on", "start_day": 31, "end_day": 90,
     "goal": "Run a demo end to end.", "checkpoint": "A demo repository.",
     "direction_checkpoints": {"data": "A cleaned dataset with a quality report."}},
    {"id": "portfolio", "title": "Portfolio", "start_day": 91, "end_day": 182,
     "goal": "Apply.", "checkpoint": "Ten applications sent."}
  ],
  "pitfalls": [
    {"id": "weak-engineering", "title": "Weak engineering", "summary": "AI work is engineering.",
     "lists": [{"title": "You must be able to", "items": ["write Python scripts"]}],
     "flag_when": [{"question": "python", "in": ["no"]}],
     "tasks": ["bridge-python"]}
  ],
  "skills": [{"id": "python", "name": "Python scripting"}],
  "questions": [
    {"id": "background", "type": "single", "prompt": "Your current role?", "short_label": "background",
     "default": "none",
     "choices": [
       {"value": "none", "label": "No technical background", "weights": {"data": 30},
        "reasons": {"data": "data is the easiest entry"}},
       {"value": "backend", "label": "Backend engineer", "weights": {"platform": 30},
        "reasons": {"platform": "platform work is pipelines"}, "skills": ["python"]}
     ]},
    {"id": "python", "type": "boolean", "prompt": "Do you write Python?", "short_label": "Python",
     "default": false,
     "choices": [{"value": "yes", "label": "Yes", "skills": ["python"]}, {"value": "no", "label": "No"}]},
    {"id": "interests", "type": "multi", "prompt": "What interests you?", "short_label": "interests",
     "default": ["data"], "min_selected": 1, "max_selected": 2,
     "when": {"question": "background", "in": ["none", "backend"]},
     "choices": [{"value": "data", "label": "Data", "weights": {"data": 10}},
                 {"value": "systems", "label": "Systems", "weights": {"platform": 10}}]},
    {"id": "hours_per_week", "type": "integer", "prompt": "Hours per week?", "short_label": "hours per week",
     "default": 10, "min": 2, "max": 60},
    {"id": "start_date", "type": "date", "prompt": "Start date?", "short_label": "start date",
     "default": "today"},
    {"id": "github", "type": "text", "prompt": "GitHub user name?", "short_label": "GitHub",
     "pattern": "[A-Za-z0-9-]{1,39}", "max_length": 39, "default": "octocat",
     "when": {"question": "hours_per_week", "min": 5}}
  ],
  "tasks": [
    {"id": "bridge-python", "phase": "foundations", "directions": ["common"], "bridging": true,
     "title": "Python scripts that process data", "hours": 8, "skip_if_skills": ["python"],
     "deliverable": "A script that cleans a CSV.",
     "resources": [{"type": "official", "title": "The Python Tutorial", "url": "https://docs.python.org/3/tutorial/"}]},
    {"id": "data-demo", "phase": "hands-on", "directions": ["data"], "title": "A cleaned dataset",
     "hours": 30, "prerequisites": ["bridge-python"], "deliverable": "A dataset repository."},
    {"id": "platform-demo", "phase": "hands-on", "directions": ["platform"], "title": "A fine-tuning pipeline",
     "hours": 40, "prerequisites": ["bridge-python"], "deliverable": "A pipeline repository."},
    {"id": "resume", "phase": "portfolio", "directions": ["common"], "title": "The résumé", "hours": 6,
     "core": false, "deliverable": "A one-page résumé."}
  ]
}
)json";

// Each problem as "POINTER: message", or "LINE:COLUMN: message" for syntax; empty if it loads.
std::vector<std::string> problems_of(Catalog (*load)(std::string_view, const std::string&),
                                     std::string_view text, std::optional<Catalog>& loaded) {
    std::vector<std::string> out;
    try {
        loaded = load(text, "test.json");
    } catch (const CatalogError &e) {
        for (const auto &p : e.problems()) {
            out.push_back(p.line > 0 ? std::to_string(p.line) + ":" + std::to_string(p.column) +
                                           ": " + p.message
                                     : (p.pointer.empty() ? "/" : p.pointer) + ": " + p.message);
        }
    }
    return out;
}

// load_catalog's problems; every test through here also checks that streaming the tasks gives
// what building the whole document gives: the same problems, or the same catalogue.
std::vector<std::string> problems(std::string_view text) {
    std::optional<Catalog> streamed;
    std::optional<Catalog> whole;
    const auto out = problems_of(&load_catalog, text, streamed);
    CHECK(problems_of(&detail::load_catalog_whole, text, whole) == out);
    CHECK(streamed.has_value() == whole.has_value());
    if (streamed && whole) {
        CHECK(*streamed == *whole);
    }
    return out;
}

// The problems of the minimal catalogue after `edit`.
std::vector<std::string> problems_after(const std::function<void(ojson &)> &edit) {
    ojson doc = ojson::parse(k_minimal);
    edit(doc);
    return problems(doc.dump());
}

using Lines = std::vector<std::string>;

ojson &question(ojson &doc, std::string_view id) {
    for (auto &q : doc["questions"]) {
        if (q["id"] == id) {
            return q;
        }
    }
    throw std::logic_error("no such question in the fixture");
}

} // namespace

TEST_CASE("catalog::load_catalog loads the embedded catalogue", "[catalog]") {
    const Catalog c = load_catalog(embedded_catalog_text(), "<embedded catalog>");
    CHECK(c.schema_version == 1);
    CHECK_FALSE(c.languages.empty());
    REQUIRE_FALSE(c.phases.empty());
    CHECK(c.phases.back().end_day == k_plan_days - 1);
    CHECK(c.task_by_id.size() == c.tasks.size());
}

TEST_CASE("catalog::load_catalog fills the model and its defaults", "[catalog]") {
    const Catalog c = load_catalog(k_minimal, "minimal.json");
    CHECK(c.id == "minimal");
    CHECK(c.title.get("zh") == "最小目录");
    CHECK(c.phases[0].title.any == "Foundations");
    REQUIRE(c.tasks.size() == 4);
    CHECK(c.tasks[1].core);
    CHECK_FALSE(c.tasks[1].bridging);
    CHECK(c.tasks[1].resources.empty());
    CHECK(c.tasks[1].skip_if_skills.empty());
    CHECK(c.tasks[0].bridging);
    CHECK_FALSE(c.tasks[3].core);
    CHECK(c.tasks[3].prerequisites.empty());
    CHECK(c.tasks[0].resources.at(0).type == ResourceType::official);
    CHECK(c.find_task("resume") == &c.tasks[3]);
}

TEST_CASE("catalog::load_catalog reads questions of every type", "[catalog]") {
    const Catalog c = load_catalog(k_minimal, "minimal.json");
    const Question *background = c.find_question("background");
    REQUIRE(background != nullptr);
    CHECK(background->default_value.choice == std::optional<std::string>("none"));
    CHECK(background->choices[1].weights.at("platform") == 30);
    CHECK(background->choices[1].skills == std::vector<std::string>{"python"});
    CHECK(c.find_question("python")->default_value.boolean == std::optional<bool>(false));
    const Question *interests = c.find_question("interests");
    CHECK(interests->default_value.choices == std::optional<std::vector<std::string>>({"data"}));
    CHECK(interests->when->in == std::vector<std::string>{"none", "backend"});
    CHECK(c.find_question("hours_per_week")->default_value.integer ==
          std::optional<std::int64_t>(10));
    CHECK(c.find_question("start_date")->default_value.today);
    CHECK(c.find_question("github")->when->min == std::optional<std::int64_t>(5));
    CHECK(c.pitfalls[0].flag_when[0].question == "python");
}

TEST_CASE("catalog::load_catalog accepts a question without a default", "[catalog]") {
    auto p = problems_after([](ojson &d) {
        for (auto &q : d["questions"]) {
            q.erase("default");
        }
    });
    CHECK(p.empty());
}

TEST_CASE("catalog::load_catalog reports syntax errors with line and column", "[catalog]") {
    SECTION("empty text") {
        CHECK(problems("") ==
              Lines{"1:1: syntax error: unexpected end of input; expected '[', '{', or a literal"});
    }
    SECTION("a stray comma on line 3") {
        CHECK(problems("{\n \"a\": [1,\n 2,,]}") ==
              Lines{"3:4: syntax error: unexpected ','; expected '[', '{', or a literal"});
    }
    SECTION("NUL byte") {
        CHECK(problems(std::string_view("{\"a\": 1}\0", 9)) ==
              Lines{"1:9: syntax error: unexpected nul byte; a catalog is utf-8 text"});
    }
    SECTION("invalid UTF-8 in a string") {
        CHECK(problems("{\n\"a\xff\": 1}") ==
              Lines{"2:3: syntax error: invalid string: ill-formed utf-8 byte; last read: "
                    "'\"a\\xff'; expected string literal"});
    }
    SECTION("invalid UTF-8 outside a string") {
        CHECK(problems("\xfe") == Lines{"1:1: syntax error: invalid literal; last read: '\\xfe'"});
    }
}

TEST_CASE("catalog::load_catalog rejects a number that overflows", "[catalog]") {
    CHECK(problems("{\"a\": [\n 1e309]}") == Lines{"2:2: number 1e309 is out of range"});
    CHECK(problems("-1e400") == Lines{"1:1: number -1e400 is out of range"});
}

TEST_CASE("catalog::load_catalog rejects text over the size limit before parsing", "[catalog]") {
    const std::string big(k_max_catalog_bytes + 1, ' ');
    CHECK(problems(big) == Lines{"/: catalog is 64.1 MiB; the limit is 64 MiB"});
}

TEST_CASE("catalog::load_catalog rejects deep nesting before parsing", "[catalog]") {
    SECTION("one level too deep") {
        const std::string text = "{\"a\":\n" + std::string(64, '[') + std::string(64, ']') + "}";
        CHECK(problems(text) == Lines{"2:64: nesting is deeper than 64 levels"});
    }
    SECTION("100,000 levels") {
        CHECK(problems(std::string(100000, '[')) ==
              Lines{"1:65: nesting is deeper than 64 levels"});
    }
    SECTION("brackets inside strings do not count") {
        const std::string text = "{\"a\": \"" + std::string(100, '[') + "\\\"\"}";
        CHECK(problems(text).at(0) == "/: missing required field 'schema_version'");
    }
}

TEST_CASE("catalog::load_catalog rejects an unsupported schema_version", "[catalog]") {
    auto p = problems_after([](ojson &d) { d["schema_version"] = 2; });
    CHECK(p == Lines{"/schema_version: unsupported schema_version 2; this llmpath reads "
                     "schema_version 1"});
}

TEST_CASE("catalog::load_catalog reports missing fields, wrong types and unknown keys",
          "[catalog]") {
    SECTION("missing required field") {
        auto p = problems_after([](ojson &d) { d["tasks"][2].erase("deliverable"); });
        CHECK(p == Lines{"/tasks/2: missing required field 'deliverable'"});
    }
    SECTION("wrong type") {
        auto p = problems_after([](ojson &d) { d["tasks"][0]["hours"] = "8"; });
        CHECK(p == Lines{"/tasks/0/hours: expected an integer, got a string"});
    }
    SECTION("not an object") {
        auto p = problems_after([](ojson &d) { d["skills"][0] = "python"; });
        CHECK(p.at(0) == "/skills/0: expected an object, got a string");
    }
    SECTION("unknown key with a suggestion") {
        auto p = problems_after([](ojson &d) { d["tasks"][1]["prerequisite"] = ojson::array(); });
        CHECK(p == Lines{"/tasks/1/prerequisite: unknown field 'prerequisite' (did you mean "
                         "'prerequisites'?)"});
    }
    SECTION("unknown key at the top, escaped in the pointer") {
        auto p = problems_after([](ojson &d) { d["a/b~c"] = 1; });
        CHECK(p == Lines{"/a~1b~0c: unknown field 'a/b~c'"});
    }
}

TEST_CASE("catalog::load_catalog checks id syntax", "[catalog]") {
    SECTION("uppercase and spaces") {
        auto p = problems_after([](ojson &d) { d["skills"][0]["id"] = "Python 3"; });
        CHECK(p.at(0) == "/skills/0/id: invalid id 'Python 3': use 1 to 64 characters a-z, 0-9, "
                         "'-' or '_', starting with a letter or digit");
    }
    SECTION("too long") {
        auto p = problems_after([](ojson &d) { d["tasks"][3]["id"] = std::string(65, 'a'); });
        CHECK_THAT(p.at(0), Contains("/tasks/3/id: invalid id 'aaaa"));
    }
    SECTION("leading dash") {
        auto p = problems_after([](ojson &d) { d["directions"][0]["id"] = "-data"; });
        CHECK_THAT(p.at(0), Contains("/directions/0/id: invalid id '-data'"));
    }
}

TEST_CASE("catalog::load_catalog rejects duplicate ids in each collection", "[catalog]") {
    SECTION("tasks") {
        auto p = problems_after([](ojson &d) { d["tasks"][3]["id"] = "data-demo"; });
        CHECK(p == Lines{"/tasks/3/id: duplicate task id 'data-demo' (first at /tasks/1)"});
    }
    SECTION("directions") {
        auto p = problems_after([](ojson &d) { d["directions"].push_back(d["directions"][0]); });
        CHECK(p == Lines{"/directions/2/id: duplicate direction id 'data' (first at "
                         "/directions/0)"});
    }
    SECTION("phases") {
        auto p = problems_after([](ojson &d) { d["phases"][2]["id"] = "hands-on"; });
        CHECK(p == Lines{"/phases/2/id: duplicate phase id 'hands-on' (first at /phases/1)",
                         "/tasks/3/phase: unknown phase 'portfolio'"});
    }
    SECTION("layers") {
        auto p = problems_after([](ojson &d) {
            d["layers"] =
                ojson::parse(R"([{"id": "app", "name": "App"}, {"id": "app", "name": "B"}])");
        });
        CHECK(p == Lines{"/layers/1/id: duplicate layer id 'app' (first at /layers/0)"});
    }
    SECTION("pitfalls") {
        auto p = problems_after([](ojson &d) { d["pitfalls"].push_back(d["pitfalls"][0]); });
        CHECK(p == Lines{"/pitfalls/1/id: duplicate pitfall id 'weak-engineering' (first at "
                         "/pitfalls/0)"});
    }
    SECTION("skills") {
        auto p = problems_after([](ojson &d) { d["skills"].push_back(d["skills"][0]); });
        CHECK(p == Lines{"/skills/1/id: duplicate skill id 'python' (first at /skills/0)"});
    }
    SECTION("questions") {
        auto p = problems_after([](ojson &d) { d["questions"][5]["id"] = "background"; });
        CHECK(p == Lines{"/questions/5/id: duplicate question id 'background' (first at "
                         "/questions/0)"});
    }
    SECTION("choices within a question") {
        auto p = problems_after([](ojson &d) { d["questions"][2]["choices"][1]["value"] = "data"; });
        CHECK(p == Lines{"/questions/2/choices/1/value: duplicate choice value 'data' (first at "
                         "/questions/2/choices/0)"});
    }
}

TEST_CASE("catalog::load_catalog reserves the direction id common", "[catalog]") {
    auto p = problems_after([](ojson &d) { d["directions"][1]["id"] = "common"; });
    CHECK(p.at(0) == "/directions/1/id: direction id 'common' is reserved: it marks tasks that "
                     "belong to every direction");
}

TEST_CASE("catalog::load_catalog rejects references to unknown ids", "[catalog]") {
    SECTION("task phase") {
        auto p = problems_after([](ojson &d) { d["tasks"][1]["phase"] = "hands_on"; });
        CHECK(p == Lines{"/tasks/1/phase: unknown phase 'hands_on' (did you mean 'hands-on'?)"});
    }
    SECTION("task directions") {
        auto p = problems_after([](ojson &d) { d["tasks"][1]["directions"] = {"data", "dta"}; });
        CHECK(p == Lines{"/tasks/1/directions/1: unknown direction 'dta' (did you mean 'data'?)"});
    }
    SECTION("common mixed with directions") {
        auto p = problems_after([](ojson &d) { d["tasks"][1]["directions"] = {"data", "common"}; });
        CHECK(p == Lines{"/tasks/1/directions/1: 'common' must be the only direction of a task "
                         "(it already means every direction)"});
    }
    SECTION("task prerequisites") {
        auto p = problems_after([](ojson &d) { d["tasks"][2]["prerequisites"] = {"rag-101"}; });
        CHECK(p == Lines{"/tasks/2/prerequisites/0: unknown task 'rag-101'"});
    }
    SECTION("task skip_if_skills") {
        auto p = problems_after([](ojson &d) { d["tasks"][0]["skip_if_skills"] = {"pyton"}; });
        CHECK(p == Lines{"/tasks/0/skip_if_skills/0: unknown skill 'pyton' (did you mean "
                         "'python'?)"});
    }
    SECTION("choice weights and reasons") {
        auto p = problems_after([](ojson &d) {
            auto &choice = d["questions"][0]["choices"][0];
            choice["weights"] = {{"datta", 5}};
            choice["reasons"] = {{"platfrom", "why"}};
        });
        CHECK(p == Lines{"/questions/0/choices/0/weights/datta: unknown direction 'datta' (did "
                         "you mean 'data'?)",
                         "/questions/0/choices/0/reasons/platfrom: unknown direction 'platfrom' "
                         "(did you mean 'platform'?)"});
    }
    SECTION("choice skills") {
        auto p =
            problems_after([](ojson &d) { d["questions"][0]["choices"][1]["skills"] = {"go"}; });
        CHECK(p == Lines{"/questions/0/choices/1/skills/0: unknown skill 'go'"});
    }
    SECTION("phase direction_checkpoints") {
        auto p = problems_after(
            [](ojson &d) { d["phases"][1]["direction_checkpoints"]["deploy"] = "x"; });
        CHECK(p == Lines{"/phases/1/direction_checkpoints/deploy: unknown direction 'deploy'"});
    }
    SECTION("pitfall tasks") {
        auto p = problems_after([](ojson &d) { d["pitfalls"][0]["tasks"] = {"bridge-pyhton"}; });
        CHECK(p == Lines{"/pitfalls/0/tasks/0: unknown task 'bridge-pyhton' (did you mean "
                         "'bridge-python'?)"});
    }
}

TEST_CASE("catalog::load_catalog checks conditions against the questions", "[catalog]") {
    SECTION("unknown question") {
        auto p = problems_after(
            [](ojson &d) { d["pitfalls"][0]["flag_when"][0]["question"] = "pyhton"; });
        CHECK(p == Lines{"/pitfalls/0/flag_when/0/question: unknown question 'pyhton' (did you "
                         "mean 'python'?)"});
    }
    SECTION("a later question in when") {
        auto p = problems_after([](ojson &d) {
            question(d, "interests")["when"] = {{"question", "hours_per_week"}, {"min", 3}};
        });
        CHECK(p == Lines{"/questions/2/when/question: question 'hours_per_week' is asked after "
                         "this one; 'when' can only test an earlier question"});
    }
    SECTION("the question itself") {
        auto p = problems_after([](ojson &d) {
            question(d, "interests")["when"] = {{"question", "interests"}, {"in", {"data"}}};
        });
        CHECK(p == Lines{"/questions/2/when/question: a question cannot depend on its own answer"});
    }
    SECTION("a value that is not a choice") {
        auto p =
            problems_after([](ojson &d) { question(d, "interests")["when"]["in"] = {"backnd"}; });
        CHECK(p == Lines{"/questions/2/when/in/0: 'backnd' is not a value of single question "
                         "'background' (none, backend) (did you mean 'backend'?)"});
    }
    SECTION("boolean questions take yes and no") {
        auto p =
            problems_after([](ojson &d) { d["pitfalls"][0]["flag_when"][0]["in"] = {"false"}; });
        CHECK(p == Lines{"/pitfalls/0/flag_when/0/in/0: 'false' is not a value of boolean "
                         "question 'python' (yes, no)"});
    }
    SECTION("min and max only for integer questions") {
        auto p = problems_after([](ojson &d) { d["pitfalls"][0]["flag_when"][0]["max"] = 3; });
        CHECK(p == Lines{"/pitfalls/0/flag_when/0/max: 'max' applies only to integer questions; "
                         "boolean question 'python' is tested with 'in'"});
    }
    SECTION("in does not apply to integer questions") {
        auto p = problems_after([](ojson &d) {
            d["pitfalls"][0]["flag_when"][0] = {{"question", "hours_per_week"}, {"in", {"five"}}};
        });
        CHECK(p == Lines{"/pitfalls/0/flag_when/0/in: 'in' does not apply to integer question "
                         "'hours_per_week'; use 'min' and 'max'"});
    }
    SECTION("date and text questions cannot be tested") {
        auto p = problems_after([](ojson &d) {
            d["pitfalls"][0]["flag_when"][0] = {{"question", "start_date"}, {"in", {"today"}}};
        });
        CHECK(p == Lines{"/pitfalls/0/flag_when/0/question: conditions cannot test date "
                         "question 'start_date'; test a single, multi, boolean or integer "
                         "question"});
    }
    SECTION("a condition needs a test") {
        auto p = problems_after([](ojson &d) { d["pitfalls"][0]["flag_when"][0].erase("in"); });
        CHECK(p == Lines{"/pitfalls/0/flag_when/0: a condition needs 'in', or 'min' and/or 'max'"});
    }
    SECTION("min above max") {
        auto p = problems_after([](ojson &d) {
            question(d,
                     "github")["when"] = {{"question", "hours_per_week"}, {"min", 9}, {"max", 3}};
        });
        CHECK(p == Lines{"/questions/5/when/min: min 9 is greater than max 3"});
    }
}

TEST_CASE("catalog::load_catalog rejects a prerequisite cycle", "[catalog]") {
    SECTION("three tasks") {
        auto p = problems_after([](ojson &d) {
            d["tasks"][1]["phase"] = "foundations";
            d["tasks"][0]["prerequisites"] = {"data-demo"};
            d["tasks"][1]["prerequisites"] = {"resume"};
            d["tasks"][3]["phase"] = "foundations";
            d["tasks"][3]["prerequisites"] = {"bridge-python"};
        });
        CHECK(p == Lines{"/tasks/3/prerequisites/0: prerequisite cycle: bridge-python -> "
                         "data-demo -> resume -> bridge-python"});
    }
    SECTION("a task that needs itself") {
        auto p = problems_after([](ojson &d) { d["tasks"][3]["prerequisites"] = {"resume"}; });
        CHECK(p == Lines{"/tasks/3/prerequisites/0: prerequisite cycle: resume -> resume"});
    }
}

namespace {

// A catalogue whose tasks form one chain of prerequisites: task i needs task i+1 (or, with
// `bad_refs`, a task that does not exist). Built as text: a JSON DOM of 100,000 tasks is slow to
// build in a debug build.
std::string chain_catalog(std::size_t n, bool closed, bool bad_refs = false) {
    ojson doc = ojson::parse(k_minimal);
    doc["pitfalls"][0]["tasks"] = {"t0"};
    doc["tasks"] = ojson::array();
    std::string text = doc.dump();
    const std::string empty_tasks = "\"tasks\":[]}";
    REQUIRE(text.size() >= empty_tasks.size());
    REQUIRE(text.compare(text.size() - empty_tasks.size(), empty_tasks.size(), empty_tasks) == 0);
    text.resize(text.size() - 2);
    text.reserve(text.size() + n * 120);
    for (std::size_t i = 0; i < n; ++i) {
        text += i == 0 ? "{" : ",{";
        text += "\"id\":\"t" + std::to_string(i) + "\",\"phase\":\"foundations\",";
        text += "\"directions\":[\"common\"],\"title\":\"T\",\"hours\":1,\"deliverable\":\"D\"";
        if (i + 1 < n || closed) {
            text += ",\"prerequisites\":[\"";
            text += (bad_refs ? "x" + std::to_string(i) : "t" + std::to_string((i + 1) % n));
            text += "\"]";
        }
        text += "}";
    }
    text += "]}";
    return text;
}

} // namespace

TEST_CASE("catalog::load_catalog follows long prerequisite chains without recursion", "[catalog]") {
    SECTION("an open chain loads") {
        const Catalog c = load_catalog(chain_catalog(20000, false), "chain.json");
        CHECK(c.task_index("t19999") == 19999);
        CHECK(c.tasks[19998].prerequisites == std::vector<std::string>{"t19999"});
    }
    SECTION("a closed chain is one long cycle") {
        auto p = problems(chain_catalog(100000, true));
        REQUIRE(p.size() == 1);
        CHECK(p[0] == "/tasks/99999/prerequisites/0: prerequisite cycle: t0 -> t1 -> t2 -> t3 -> "
                      "t4 -> t5 -> t6 -> t7 -> ... (99984 more) -> t99992 -> t99993 -> t99994 -> "
                      "t99995 -> t99996 -> t99997 -> t99998 -> t99999 -> t0");
    }
}

TEST_CASE("catalog::load_catalog rejects a prerequisite in a later phase", "[catalog]") {
    auto p = problems_after([](ojson &d) { d["tasks"][1]["prerequisites"] = {"resume"}; });
    CHECK(p == Lines{"/tasks/1/prerequisites/0: prerequisite 'resume' is in phase 'portfolio', "
                     "which comes after this task's phase 'hands-on'"});
}

TEST_CASE("catalog::load_catalog checks that phases cover the plan in order", "[catalog]") {
    SECTION("first phase starts late") {
        auto p = problems_after([](ojson &d) { d["phases"][0]["start_day"] = 1; });
        CHECK(p == Lines{"/phases/0/start_day: the first phase must start on day 0, got day 1"});
    }
    SECTION("overlap") {
        auto p = problems_after([](ojson &d) { d["phases"][1]["start_day"] = 30; });
        CHECK(p == Lines{"/phases/1/start_day: phase 'hands-on' starts on day 30, overlapping "
                         "phase 'foundations' (days 0 to 30); start it on day 31"});
    }
    SECTION("gap") {
        auto p = problems_after([](ojson &d) { d["phases"][2]["start_day"] = 95; });
        CHECK(p == Lines{"/phases/2/start_day: gap between phases 'hands-on' and 'portfolio': "
                         "days 91 to 94 belong to no phase"});
    }
    SECTION("last phase ends early") {
        auto p = problems_after([](ojson &d) { d["phases"][2]["end_day"] = 180; });
        CHECK(p == Lines{"/phases/2/end_day: the last phase must end on day 182, got day 180"});
    }
    SECTION("ends before it starts") {
        auto p = problems_after([](ojson &d) { d["phases"][1]["end_day"] = 20; });
        CHECK(p == Lines{"/phases/1/end_day: phase ends on day 20, before it starts on day 31"});
    }
    SECTION("out of day order") {
        auto p = problems_after([](ojson &d) { std::swap(d["phases"][1], d["phases"][2]); });
        CHECK(p.at(0) == "/phases/1/start_day: gap between phases 'foundations' and 'portfolio': "
                         "days 31 to 90 belong to no phase");
    }
    SECTION("a day beyond the plan") {
        auto p = problems_after([](ojson &d) { d["phases"][2]["end_day"] = 183; });
        CHECK(p == Lines{"/phases/2/end_day: end_day must be between 0 and 182, got 183"});
    }
}

TEST_CASE("catalog::load_catalog checks task hours", "[catalog]") {
    auto hours = [](ojson value) {
        return problems_after([&](ojson &d) { d["tasks"][1]["hours"] = value; });
    };
    CHECK(hours(0) == Lines{"/tasks/1/hours: hours must be between 1 and 500, got 0"});
    CHECK(hours(-4) == Lines{"/tasks/1/hours: hours must be between 1 and 500, got -4"});
    CHECK(hours(6.5) == Lines{"/tasks/1/hours: expected an integer, got 6.5"});
    CHECK(hours(501) == Lines{"/tasks/1/hours: hours must be between 1 and 500, got 501"});
    CHECK(hours(500).empty());
    CHECK(hours(8.0).empty());
}

TEST_CASE("catalog::load_catalog checks resources", "[catalog]") {
    auto resource = [](const char *key, ojson value) {
        return problems_after([&](ojson &d) { d["tasks"][0]["resources"][0][key] = value; });
    };
    CHECK(resource("type", "blog") ==
          Lines{"/tasks/0/resources/0/type: unknown resource type 'blog'; use official, "
                "opensource, article, course, video or book"});
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

TEST_CASE("catalog::load_catalog checks localised text against the languages", "[catalog]") {
    SECTION("missing language") {
        auto p = problems_after([](ojson &d) { d["title"] = {{"en", "Title"}}; });
        CHECK(p == Lines{"/title: missing 'zh' text"});
    }
    SECTION("undeclared language") {
        auto p = problems_after([](ojson &d) { d["title"]["fr"] = "Titre"; });
        CHECK(p == Lines{"/title/fr: undeclared language 'fr' (declared: en, zh)"});
    }
    SECTION("empty required text") {
        auto p = problems_after([](ojson &d) { d["directions"][0]["name"]["zh"] = ""; });
        CHECK(p == Lines{"/directions/0/name/zh: empty 'zh' text"});
    }
    SECTION("empty optional text is allowed") {
        auto p = problems_after([](ojson &d) { d["tasks"][0]["summary"] = ""; });
        CHECK(p.empty());
    }
    SECTION("wrong type") {
        auto p = problems_after([](ojson &d) { d["tasks"][0]["title"] = ojson::array(); });
        CHECK(p == Lines{"/tasks/0/title: expected a string or an object of texts by language, "
                         "got an array"});
    }
}

TEST_CASE("catalog::load_catalog checks the declared languages", "[catalog]") {
    auto languages = [](ojson value) {
        return problems_after([&](ojson &d) {
            d["languages"] = value;
            d["title"] = "Title";
            for (auto &dir : d["directions"]) {
                dir["name"] = "Name";
            }
        });
    };
    CHECK(languages(ojson::array()) ==
          Lines{"/languages: no languages declared; list at least one, such as [\"en\"]"});
    CHECK(languages({"en", "EN"}) == Lines{"/languages/1: invalid language code 'EN'; use a code "
                                           "such as 'en', 'zh' or 'pt-BR'"});
    CHECK(languages({"en", "en"}) ==
          Lines{"/languages/1: duplicate language 'en' (first at /languages/0)"});
    CHECK(languages({"en", "pt-BR", "yue"}).empty());
}

TEST_CASE("catalog::load_catalog checks each question type's fields", "[catalog]") {
    SECTION("unknown type") {
        auto p = problems_after([](ojson &d) { d["questions"][0]["type"] = "singel"; });
        CHECK(p == Lines{"/questions/0/type: unknown question type 'singel' (did you mean "
                         "'single'?)"});
    }
    SECTION("single needs two choices") {
        auto p = problems_after([](ojson &d) {
            d["questions"][0]["choices"].erase(1);
            question(d, "interests")["when"]["in"] = {"none"};
        });
        CHECK(p ==
              Lines{"/questions/0/choices: a single question needs at least 2 choices, got 1"});
    }
    SECTION("integer min above max") {
        auto p = problems_after([](ojson &d) { question(d, "hours_per_week")["min"] = 80; });
        CHECK(p.at(0) == "/questions/3/min: min 80 is greater than max 60");
    }
    SECTION("multi min_selected beyond the choices") {
        auto p = problems_after([](ojson &d) { question(d, "interests")["max_selected"] = 3; });
        CHECK(p == Lines{"/questions/2/max_selected: max_selected must be between 0 and 2, got 3"});
    }
    SECTION("multi min_selected above max_selected") {
        auto p = problems_after([](ojson &d) {
            question(d, "interests")["min_selected"] = 2;
            question(d, "interests")["max_selected"] = 1;
            question(d, "interests").erase("default");
        });
        CHECK(p == Lines{"/questions/2/min_selected: min_selected 2 is greater than "
                         "max_selected 1"});
    }
    SECTION("text pattern that does not compile") {
        auto p = problems_after([](ojson &d) { question(d, "github")["pattern"] = "([a-z]"; });
        CHECK(p == Lines{"/questions/5/pattern: pattern '([a-z]' is not a valid ECMAScript "
                         "regular expression: unbalanced parentheses"});
    }
    SECTION("text pattern too long") {
        auto p = problems_after(
            [](ojson &d) { question(d, "github")["pattern"] = std::string(201, 'a'); });
        CHECK(p == Lines{"/questions/5/pattern: pattern is 201 bytes; the limit is 200"});
    }
    SECTION("text max_length too large") {
        auto p = problems_after([](ojson &d) { question(d, "github")["max_length"] = 5000; });
        CHECK(p ==
              Lines{"/questions/5/max_length: max_length must be between 1 and 1000, got 5000"});
    }
    SECTION("a field another type uses") {
        auto p = problems_after([](ojson &d) { question(d, "background")["min"] = 1; });
        CHECK(p == Lines{"/questions/0/min: 'min' does not apply to a single question"});
    }
    SECTION("boolean choice values") {
        auto p =
            problems_after([](ojson &d) { question(d, "python")["choices"][0]["value"] = "true"; });
        CHECK(p.at(0) == "/questions/1/choices/0/value: a boolean question's choice values are "
                         "'yes' and 'no', got 'true'");
    }
}

TEST_CASE("catalog::load_catalog checks that a default suits its question", "[catalog]") {
    auto with_default = [](std::string_view id, ojson value) {
        return problems_after([&](ojson &d) { question(d, id)["default"] = value; });
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

TEST_CASE("catalog::load_catalog reports every problem at once, in document order", "[catalog]") {
    auto p = problems_after([](ojson &d) {
        d["tasks"][2]["hours"] = 0;
        d["schema_version"] = 3;
        d["tasks"][0]["phase"] = "nowhere";
        d["skills"][0]["id"] = "Py";
    });
    CHECK(p == Lines{"/schema_version: unsupported schema_version 3; this llmpath reads "
                     "schema_version 1",
                     "/skills/0/id: invalid id 'Py': use 1 to 64 characters a-z, 0-9, '-' or "
                     "'_', starting with a letter or digit",
                     "/questions/0/choices/1/skills/0: unknown skill 'python'",
                     "/questions/1/choices/0/skills/0: unknown skill 'python'",
                     "/tasks/0/phase: unknown phase 'nowhere'",
                     "/tasks/0/skip_if_skills/0: unknown skill 'python'",
                     "/tasks/2/hours: hours must be between 1 and 500, got 0"});
}

TEST_CASE("catalog::load_catalog names the source in the error", "[catalog]") {
    CHECK_THROWS_WITH(load_catalog("{", "mine.json"),
                      "mine.json:1:2: syntax error: unexpected end of input; expected string "
                      "literal");
    try {
        load_catalog("[]", "mine.json");
        FAIL("no error");
    } catch (const CatalogError &e) {
        CHECK(e.code() == ExitCode::catalog);
        CHECK(std::string(e.what()) == "mine.json:/: expected an object, got an array");
    }
}

namespace {

std::string read_file(const std::filesystem::path &path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

std::vector<std::string> read_lines(const std::filesystem::path &path) {
    std::ifstream in(path);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) {
        lines.push_back(line);
    }
    return lines;
}

} // namespace

// The loader's side of the agreement with docs/catalog.schema.json: every invalid fixture is
// rejected with the problems in its .expected file (tests/tools/check-catalog-schema.sh checks
// the schema's side).
TEST_CASE("catalog::load_catalog rejects each invalid fixture as expected", "[catalog]") {
    const std::filesystem::path dir = std::filesystem::path(LLMPATH_TEST_DATA) / "catalog";
    std::size_t count = 0;
    for (const auto &entry : std::filesystem::directory_iterator(dir / "invalid")) {
        if (entry.path().extension() != ".json") {
            continue;
        }
        auto expected_path = entry.path();
        expected_path.replace_extension(".expected");
        INFO(entry.path().filename().string());
        REQUIRE(std::filesystem::exists(expected_path));
        CHECK(problems(read_file(entry.path())) == read_lines(expected_path));
        ++count;
    }
    CHECK(count >= 70);
}

TEST_CASE("catalog::load_catalog accepts the valid fixtures and the embedded catalogue",
          "[catalog]") {
    const std::filesystem::path dir = std::filesystem::path(LLMPATH_TEST_DATA) / "catalog";
    const std::string minimal = read_file(dir / "valid" / "minimal.json");
    CHECK(problems(minimal).empty());
    CHECK(ojson::parse(minimal) == ojson::parse(k_minimal));
    CHECK(problems(embedded_catalog_text()).empty());
}

TEST_CASE("catalog::load_catalog reports 20,000 unknown references, suggesting while cheap",
          "[catalog]") {
    auto p = problems(chain_catalog(20000, false, true));
    REQUIRE(p.size() == 19999);
    CHECK(p[0] == "/tasks/0/prerequisites/0: unknown task 'x0' (did you mean 't0'?)");
    CHECK(p.back() == "/tasks/19998/prerequisites/0: unknown task 'x19998'");
}

// load_catalog streams the root "tasks" array when "languages" came before it, and builds the
// whole document otherwise; problems() checks both against the whole document.
TEST_CASE("catalog::load_catalog streams the tasks with the whole document's meaning",
          "[catalog]") {
    const std::string text = k_minimal;
    const auto end = text.rfind('}');
    auto with_tail = [&](std::string_view tail) {
        return text.substr(0, end) + std::string(tail) + "}";
    };
    SECTION("tasks before languages") {
        ojson doc = ojson::parse(k_minimal);
        ojson reordered = ojson::object();
        reordered["tasks"] = doc["tasks"];
        for (auto it = doc.begin(); it != doc.end(); ++it) {
            if (it.key() != "tasks") {
                reordered[it.key()] = it.value();
            }
        }
        reordered["tasks"][1]["title"] = ojson{{"en", "A cleaned dataset"}};
        CHECK(problems(reordered.dump()) == Lines{"/tasks/1/title: missing 'zh' text"});
    }
    SECTION("tasks that are not objects") {
        ojson doc = ojson::parse(k_minimal);
        doc["tasks"] = ojson::parse(R"([1, "x", null, [[]], {"id": "t"}])");
        CHECK(problems(doc.dump()) ==
              Lines{"/pitfalls/0/tasks/0: unknown task 'bridge-python'",
                    "/tasks/0: expected an object, got an integer",
                    "/tasks/1: expected an object, got a string",
                    "/tasks/2: expected an object, got null",
                    "/tasks/3: expected an object, got an array",
                    "/tasks/4: missing required field 'phase'",
                    "/tasks/4: missing required field 'directions'",
                    "/tasks/4: missing required field 'title'",
                    "/tasks/4: missing required field 'hours'",
                    "/tasks/4: missing required field 'deliverable'"});
    }
    SECTION("a second tasks key is a problem; the first one counts") {
        CHECK(problems(with_tail(R"(, "tasks": [{"id": "only"}])")) ==
              Lines{"/tasks: key 'tasks' is given more than once; give each key once"});
    }
    SECTION("languages again after the tasks is a problem; the first one counts") {
        CHECK(problems(with_tail(R"(, "languages": ["en"])")) ==
              Lines{"/languages: key 'languages' is given more than once; give each key once"});
    }
    SECTION("a key twice in a streamed task, and in a value of a key given twice") {
        ojson doc = ojson::parse(k_minimal);
        std::string twice = doc.dump();
        const std::string hours = "\"hours\":8";
        twice.replace(twice.find(hours), hours.size(), "\"hours\":8,\"hours\":999");
        CHECK(problems(twice) ==
              Lines{"/tasks/0/hours: key 'hours' is given more than once; give each key once"});
        CHECK(problems(with_tail(R"(, "tasks": [{"id": "x", "id": "y"}])")) ==
              Lines{"/tasks: key 'tasks' is given more than once; give each key once"});
    }
    SECTION("an empty tasks array") {
        ojson doc = ojson::parse(k_minimal);
        doc["tasks"] = ojson::array();
        CHECK(problems(doc.dump()) ==
              Lines{"/pitfalls/0/tasks/0: unknown task 'bridge-python'"});
    }
    SECTION("a syntax error inside a streamed task") {
        std::string text_with_error = k_minimal;
        const std::string tasks = "\"tasks\": [";
        text_with_error.insert(text_with_error.rfind(tasks) + tasks.size(), "{\"id\": \"a\", },");
        CHECK(problems(text_with_error) ==
              Lines{"52:25: syntax error: unexpected '}'; expected string literal"});
    }
}

TEST_CASE("catalog::Text::get falls back to the plain string, then en, then the first language",
          "[catalog]") {
    Text plain;
    plain.any = "same in every language";
    CHECK(plain.get("zh") == "same in every language");

    Text t;
    t.set("zh", "中文");
    t.set("en", "English");
    t.set("de", "Deutsch");
    REQUIRE(t.by_lang.size() == 3);
    CHECK(t.by_lang[0].lang == "de"); // set keeps the languages in order
    CHECK(t.by_lang[2].lang == "zh");
    CHECK(t.get("zh") == "中文");
    CHECK(t.get("fr") == "English");
    t.set("en", "English, again");
    CHECK(t.by_lang.size() == 3);
    CHECK(t.get("fr") == "English, again");

    Text no_en;
    no_en.set("zh", "中文");
    no_en.set("de", "Deutsch");
    CHECK(no_en.get("fr") == "Deutsch");
}

TEST_CASE("catalog::TextStore keeps each text where it stays, short or long", "[catalog]") {
    TextStore store;
    const std::string long_text(200'000, 'x'); // longer than a block
    std::vector<std::string_view> kept;
    for (int i = 0; i < 5'000; ++i) {
        kept.push_back(store.keep("text " + std::to_string(i)));
    }
    const std::string_view big = store.keep(long_text);
    const std::string_view after = store.keep("after the long one");
    CHECK(store.keep("").empty());
    for (int i = 0; i < 5'000; ++i) {
        REQUIRE(kept[static_cast<std::size_t>(i)] == "text " + std::to_string(i));
    }
    CHECK(big == long_text);
    CHECK(big.data() != long_text.data());
    CHECK(after == "after the long one");
}

TEST_CASE("catalog::load_catalog texts live as long as any copy of the catalogue", "[catalog]") {
    std::optional<Catalog> copy;
    {
        const Catalog loaded = load_catalog(k_minimal, "minimal.json");
        copy = loaded;
    } // the loaded catalogue is gone; its copy shares the store of its texts
    CHECK(copy->title.get("zh") == "最小目录");
    CHECK(copy->title.get("en") == "A minimal catalogue");
    CHECK(copy->phases[0].title.any == "Foundations");
    // Equality compares the texts, not where their characters are.
    CHECK(*copy == load_catalog(k_minimal, "minimal.json"));
}

TEST_CASE("catalog::load_catalog reads checkpoints as parts that name their tasks", "[catalog]") {
    auto edit = [](ojson &d) {
        d["phases"][1]["checkpoint"] = ojson::parse(
            R"([{"text": {"en": "A demo.", "zh": "一个 Demo。"}, "tasks": ["bridge-python"]}])");
        d["phases"][1]["direction_checkpoints"]["data"] =
            ojson::parse(R"([{"text": "A dataset.", "tasks": ["data-demo"]}])");
    };
    ojson doc = ojson::parse(k_minimal);
    edit(doc);
    const Catalog c = load_catalog(doc.dump(), "parts.json");
    REQUIRE(c.phases[1].checkpoint.size() == 1);
    CHECK(c.phases[1].checkpoint[0].tasks == std::vector<std::string>{"bridge-python"});
    CHECK(c.phases[1].direction_checkpoints.at("data")[0].text.any == "A dataset.");
    CHECK(c.phases[0].checkpoint.at(0).tasks.empty()); // a plain text: one part naming none
    CHECK(problems_after(edit).empty());
}

TEST_CASE("catalog::load_catalog checks the tasks a checkpoint names", "[catalog]") {
    auto with_part = [](const char *phase, const char *where, const char *tasks) {
        return problems_after([&](ojson &d) {
            for (auto &p : d["phases"]) {
                if (p["id"] == phase) {
                    ojson part = ojson::parse(std::string(R"([{"text": "T", "tasks": )") + tasks +
                                            "}]");
                    if (std::string(where).empty()) {
                        p["checkpoint"] = part;
                    } else {
                        p["direction_checkpoints"][where] = part;
                    }
                }
            }
        });
    };
    CHECK(with_part("hands-on", "", R"(["data-dmo"])") ==
          Lines{"/phases/1/checkpoint/0/tasks/0: unknown task 'data-dmo' (did you mean "
                "'data-demo'?)"});
    CHECK(with_part("hands-on", "", R"(["data-demo"])") ==
          Lines{"/phases/1/checkpoint/0/tasks/0: task 'data-demo' is not common: name it in "
                "direction_checkpoints of its direction"});
    CHECK(with_part("hands-on", "data", R"(["platform-demo"])") ==
          Lines{"/phases/1/direction_checkpoints/data/0/tasks/0: task 'platform-demo' is not a "
                "task of direction 'data'"});
    CHECK(with_part("foundations", "", R"(["resume"])") ==
          Lines{"/phases/0/checkpoint/0/tasks/0: task 'resume' is in phase 'portfolio', after "
                "this checkpoint's phase"});
    CHECK(with_part("hands-on", "", "[]") ==
          Lines{"/phases/1/checkpoint/0/tasks: no tasks: list the tasks whose deliverables make "
                "this part"});
}

TEST_CASE("catalog::load_catalog refuses a core task that needs a presenting task of its phase",
          "[catalog]") {
    const auto p = problems_after([](ojson &d) {
        d["tasks"].push_back(ojson::parse(
            R"({"id": "talk", "phase": "hands-on", "directions": ["common"], "title": "Talk",
                "hours": 2, "presents": true, "deliverable": "A talk."})"));
        d["tasks"][1]["prerequisites"].push_back("talk");
    });
    CHECK(p == Lines{"/tasks/1/prerequisites: task 'data-demo' needs the presenting task 'talk', "
                     "which waits for every core task of 'data' in phase 'hands-on'; a "
                     "presenting task can only come after them"});
    CHECK(problems_after([](ojson &d) { d["tasks"][3]["presents"] = true; }).empty());
}

TEST_CASE("catalog::load_catalog wants every skill a task uses taught before it", "[catalog]") {
    CHECK(problems_after([](ojson &d) {
              d["tasks"][0]["teaches"] = ojson::array({"python"});
              d["tasks"][1]["uses"] = ojson::array({"python"});
          }).empty());
    const auto p = problems_after([](ojson &d) {
        d["tasks"][0]["teaches"] = ojson::array({"python"});
        d["tasks"][2]["uses"] = ojson::array({"python"});
        d["tasks"][2]["prerequisites"] = ojson::array();
    });
    CHECK(p == Lines{"/tasks/2/uses/0: skill 'python' is used before any earlier task of the "
                     "'platform' plan teaches it; make a task that teaches it, such as "
                     "'bridge-python', one of its prerequisites"});
    CHECK(problems_after([](ojson &d) { d["tasks"][1]["uses"] = ojson::array({"pyton"}); }) ==
          Lines{"/tasks/1/uses/0: unknown skill 'pyton' (did you mean 'python'?)"});
}

TEST_CASE("catalog::load_catalog reads GPU prices and needs, and shortcuts", "[catalog]") {
    auto edit = [](ojson &d) {
        d["gpu"] = ojson::parse(R"({"currency": "USD", "checked": "2026-11-09", "source": "S",
            "classes": [{"id": "gpu-24gb", "name": "24 GB", "memory_gb": 24,
                         "price_per_hour": 0.85}]})");
        d["tasks"][1]["gpu"] = ojson::parse(R"({"class": "gpu-24gb", "count": 2, "hours": 1.5})");
        d["tasks"][1]["shorten"] = ojson::parse(R"({"hours": 20, "how": "Use a ready dataset."})");
    };
    ojson doc = ojson::parse(k_minimal);
    edit(doc);
    const Catalog c = load_catalog(doc.dump(), "gpu.json");
    CHECK(c.gpu.classes.at(0).cents_per_hour == 85);
    CHECK(c.tasks[1].gpu->count == 2);
    CHECK(c.tasks[1].gpu->tenths == 15);
    CHECK(c.tasks[1].shorten->hours == 20);
    CHECK(problems_after([&](ojson &d) {
              edit(d);
              d["tasks"][1]["gpu"]["class"] = "gpu-80gb";
              d["tasks"][1]["shorten"]["hours"] = 30;
              d["gpu"]["currency"] = "usd";
          }) == Lines{"/tasks/1/shorten/hours: shortened hours must be between 1 and 29, got 30",
                      "/tasks/1/gpu/class: unknown GPU class 'gpu-80gb' (did you mean "
                      "'gpu-24gb'?)",
                      "/gpu/currency: currency 'usd' is not a code such as 'USD'"});
}
