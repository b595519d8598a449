// The catalogue loader's cross-checks: references, conditions, cycles, phases, checkpoints,
// presenting tasks, skills taught before use, GPU needs.
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

TEST_CASE("catalog::load_catalog rejects references to unknown ids", "[catalog]") {
    SECTION("task phase") {
        auto p = problems_after([](ojson& d) { d["tasks"][1]["phase"] = "hands_on"; });
        CHECK(p == Lines{"/tasks/1/phase: unknown phase 'hands_on' (did you mean 'hands-on'?)"});
    }
    SECTION("task directions") {
        auto p = problems_after([](ojson& d) { d["tasks"][1]["directions"] = {"data", "dta"}; });
        CHECK(p == Lines{"/tasks/1/directions/1: unknown direction 'dta' (did you mean 'data'?)"});
    }
    SECTION("common mixed with directions") {
        auto p = problems_after([](ojson& d) { d["tasks"][1]["directions"] = {"data", "common"}; });
        CHECK(p == Lines{"/tasks/1/directions/1: 'common' must be the only direction of a task "
                         "(it already means every direction)"});
    }
    SECTION("task prerequisites") {
        auto p = problems_after([](ojson& d) { d["tasks"][2]["prerequisites"] = {"rag-101"}; });
        CHECK(p == Lines{"/tasks/2/prerequisites/0: unknown task 'rag-101'"});
    }
    SECTION("task skip_if_skills") {
        auto p = problems_after([](ojson& d) { d["tasks"][0]["skip_if_skills"] = {"pyton"}; });
        CHECK(p == Lines{"/tasks/0/skip_if_skills/0: unknown skill 'pyton' (did you mean "
                         "'python'?)"});
    }
    SECTION("choice weights and reasons") {
        auto p = problems_after([](ojson& d) {
            auto& choice = d["questions"][0]["choices"][0];
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
            problems_after([](ojson& d) { d["questions"][0]["choices"][1]["skills"] = {"go"}; });
        CHECK(p == Lines{"/questions/0/choices/1/skills/0: unknown skill 'go'"});
    }
    SECTION("phase direction_checkpoints") {
        auto p = problems_after(
            [](ojson& d) { d["phases"][1]["direction_checkpoints"]["deploy"] = "x"; });
        CHECK(p == Lines{"/phases/1/direction_checkpoints/deploy: unknown direction 'deploy'"});
    }
    SECTION("pitfall tasks") {
        auto p = problems_after([](ojson& d) { d["pitfalls"][0]["tasks"] = {"bridge-pyhton"}; });
        CHECK(p == Lines{"/pitfalls/0/tasks/0: unknown task 'bridge-pyhton' (did you mean "
                         "'bridge-python'?)"});
    }
}

TEST_CASE("catalog::load_catalog checks conditions against the questions", "[catalog]") {
    SECTION("unknown question") {
        auto p = problems_after(
            [](ojson& d) { d["pitfalls"][0]["flag_when"][0]["question"] = "pyhton"; });
        CHECK(p == Lines{"/pitfalls/0/flag_when/0/question: unknown question 'pyhton' (did you "
                         "mean 'python'?)"});
    }
    SECTION("a later question in when") {
        auto p = problems_after([](ojson& d) {
            question(d, "interests")["when"] = {{"question", "hours_per_week"}, {"min", 3}};
        });
        CHECK(p == Lines{"/questions/2/when/question: question 'hours_per_week' is asked after "
                         "this one; 'when' can only test an earlier question"});
    }
    SECTION("the question itself") {
        auto p = problems_after([](ojson& d) {
            question(d, "interests")["when"] = {{"question", "interests"}, {"in", {"data"}}};
        });
        CHECK(p == Lines{"/questions/2/when/question: a question cannot depend on its own answer"});
    }
    SECTION("a value that is not a choice") {
        auto p =
            problems_after([](ojson& d) { question(d, "interests")["when"]["in"] = {"backnd"}; });
        CHECK(p == Lines{"/questions/2/when/in/0: 'backnd' is not a value of single question "
                         "'background' (none, backend) (did you mean 'backend'?)"});
    }
    SECTION("boolean questions take yes and no") {
        auto p =
            problems_after([](ojson& d) { d["pitfalls"][0]["flag_when"][0]["in"] = {"false"}; });
        CHECK(p == Lines{"/pitfalls/0/flag_when/0/in/0: 'false' is not a value of boolean "
                         "question 'python' (yes, no)"});
    }
    SECTION("min and max only for integer questions") {
        auto p = problems_after([](ojson& d) { d["pitfalls"][0]["flag_when"][0]["max"] = 3; });
        CHECK(p == Lines{"/pitfalls/0/flag_when/0/max: 'max' applies only to integer questions; "
                         "boolean question 'python' is tested with 'in'"});
    }
    SECTION("in does not apply to integer questions") {
        auto p = problems_after([](ojson& d) {
            d["pitfalls"][0]["flag_when"][0] = {{"question", "hours_per_week"}, {"in", {"five"}}};
        });
        CHECK(p == Lines{"/pitfalls/0/flag_when/0/in: 'in' does not apply to integer question "
                         "'hours_per_week'; use 'min' and 'max'"});
    }
    SECTION("date and text questions cannot be tested") {
        auto p = problems_after([](ojson& d) {
            d["pitfalls"][0]["flag_when"][0] = {{"question", "start_date"}, {"in", {"today"}}};
        });
        CHECK(p == Lines{"/pitfalls/0/flag_when/0/question: conditions cannot test date "
                         "question 'start_date'; test a single, multi, boolean or integer "
                         "question"});
    }
    SECTION("a condition needs a test") {
        auto p = problems_after([](ojson& d) { d["pitfalls"][0]["flag_when"][0].erase("in"); });
        CHECK(p == Lines{"/pitfalls/0/flag_when/0: a condition needs 'in', or 'min' and/or 'max'"});
    }
    SECTION("min above max") {
        auto p = problems_after([](ojson& d) {
            question(d,
                     "github")["when"] = {{"question", "hours_per_week"}, {"min", 9}, {"max", 3}};
        });
        CHECK(p == Lines{"/questions/5/when/min: min 9 is greater than max 3"});
    }
}

TEST_CASE("catalog::load_catalog rejects a prerequisite cycle", "[catalog]") {
    SECTION("three tasks") {
        auto p = problems_after([](ojson& d) {
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
        auto p = problems_after([](ojson& d) { d["tasks"][3]["prerequisites"] = {"resume"}; });
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
    auto p = problems_after([](ojson& d) { d["tasks"][1]["prerequisites"] = {"resume"}; });
    CHECK(p == Lines{"/tasks/1/prerequisites/0: prerequisite 'resume' is in phase 'portfolio', "
                     "which comes after this task's phase 'hands-on'"});
}

TEST_CASE("catalog::load_catalog checks that phases cover the plan in order", "[catalog]") {
    SECTION("first phase starts late") {
        auto p = problems_after([](ojson& d) { d["phases"][0]["start_day"] = 1; });
        CHECK(p == Lines{"/phases/0/start_day: the first phase must start on day 0, got day 1"});
    }
    SECTION("overlap") {
        auto p = problems_after([](ojson& d) { d["phases"][1]["start_day"] = 30; });
        CHECK(p == Lines{"/phases/1/start_day: phase 'hands-on' starts on day 30, overlapping "
                         "phase 'foundations' (days 0 to 30); start it on day 31"});
    }
    SECTION("gap") {
        auto p = problems_after([](ojson& d) { d["phases"][2]["start_day"] = 95; });
        CHECK(p == Lines{"/phases/2/start_day: gap between phases 'hands-on' and 'portfolio': "
                         "days 91 to 94 belong to no phase"});
    }
    SECTION("last phase ends early") {
        auto p = problems_after([](ojson& d) { d["phases"][2]["end_day"] = 180; });
        CHECK(p == Lines{"/phases/2/end_day: the last phase must end on day 182, got day 180"});
    }
    SECTION("ends before it starts") {
        auto p = problems_after([](ojson& d) { d["phases"][1]["end_day"] = 20; });
        CHECK(p == Lines{"/phases/1/end_day: phase ends on day 20, before it starts on day 31"});
    }
    SECTION("out of day order") {
        auto p = problems_after([](ojson& d) { std::swap(d["phases"][1], d["phases"][2]); });
        CHECK(p.at(0) == "/phases/1/start_day: gap between phases 'foundations' and 'portfolio': "
                         "days 31 to 90 belong to no phase");
    }
    SECTION("a day beyond the plan") {
        auto p = problems_after([](ojson& d) { d["phases"][2]["end_day"] = 183; });
        CHECK(p == Lines{"/phases/2/end_day: end_day must be between 0 and 182, got 183"});
    }
}

TEST_CASE("catalog::load_catalog lists the first 1,000 of 19,999 unknown references, suggesting "
          "while cheap",
          "[catalog]") {
    auto p = problems(chain_catalog(20000, false, true));
    REQUIRE(p.size() == k_max_catalog_problems);
    CHECK(p[0] == "/tasks/0/prerequisites/0: unknown task 'x0' (did you mean 't0'?)");
    CHECK(p.back() == "/tasks/999/prerequisites/0: unknown task 'x999'");
}

TEST_CASE("catalog::load_catalog reads checkpoints as parts that name their tasks", "[catalog]") {
    auto edit = [](ojson& d) {
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
    auto with_part = [](const char* phase, const char* where, const char* tasks) {
        return problems_after([&](ojson& d) {
            for (auto& p : d["phases"]) {
                if (p["id"] == phase) {
                    ojson part =
                        ojson::parse(std::string(R"([{"text": "T", "tasks": )") + tasks + "}]");
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
    const auto p = problems_after([](ojson& d) {
        d["tasks"].push_back(ojson::parse(
            R"({"id": "talk", "phase": "hands-on", "directions": ["common"], "title": "Talk",
                "hours": 2, "presents": true, "deliverable": "A talk."})"));
        d["tasks"][1]["prerequisites"].push_back("talk");
    });
    CHECK(p == Lines{"/tasks/1/prerequisites: task 'data-demo' needs the presenting task 'talk', "
                     "which waits for every core task of 'data' in phase 'hands-on'; a "
                     "presenting task can only come after them"});
    CHECK(problems_after([](ojson& d) { d["tasks"][3]["presents"] = true; }).empty());
}

TEST_CASE("catalog::load_catalog wants every skill a task uses taught before it", "[catalog]") {
    CHECK(problems_after([](ojson& d) {
              d["tasks"][0]["teaches"] = ojson::array({"python"});
              d["tasks"][1]["uses"] = ojson::array({"python"});
          }).empty());
    const auto p = problems_after([](ojson& d) {
        d["tasks"][0]["teaches"] = ojson::array({"python"});
        d["tasks"][2]["uses"] = ojson::array({"python"});
        d["tasks"][2]["prerequisites"] = ojson::array();
    });
    CHECK(p == Lines{"/tasks/2/uses/0: skill 'python' is used before any earlier task of the "
                     "'platform' plan teaches it; make a task that teaches it, such as "
                     "'bridge-python', one of its prerequisites"});
    CHECK(problems_after([](ojson& d) { d["tasks"][1]["uses"] = ojson::array({"pyton"}); }) ==
          Lines{"/tasks/1/uses/0: unknown skill 'pyton' (did you mean 'python'?)"});
}

TEST_CASE("catalog::load_catalog checks what a short way does without", "[catalog]") {
    // data-demo uses Python, taught by its prerequisite bridge-python.
    auto base = [](ojson& d) {
        d["tasks"][0]["teaches"] = ojson::array({"python"});
        d["tasks"][1]["uses"] = ojson::array({"python"});
    };
    // Doing without bridge-python, the short way does without Python too.
    CHECK(problems_after([&](ojson& d) {
              base(d);
              d["tasks"][1]["shorten"] = ojson::parse(
                  R"({"hours": 10, "how": "Use a ready dataset.", "without": ["bridge-python"]})");
          }).empty());
    const Catalog c = [&] {
        ojson doc = ojson::parse(k_minimal);
        base(doc);
        doc["tasks"][1]["shorten"] = ojson::parse(
            R"({"hours": 10, "how": "Use a ready dataset.", "without": ["bridge-python"]})");
        return load_catalog(doc.dump(), "short.json");
    }();
    CHECK(c.tasks[1].shorten->without == std::vector<std::string>{"bridge-python"});
    // A short way can only do without the task's own prerequisites.
    CHECK(problems_after([&](ojson& d) {
              base(d);
              d["tasks"][1]["shorten"] = ojson::parse(
                  R"({"hours": 10, "how": "Skip it.", "without": ["resume", "nothing"]})");
          }) == Lines{"/tasks/1/shorten/without/0: 'resume' is not one of the task's "
                      "prerequisites",
                      "/tasks/1/shorten/without/1: 'nothing' is not one of the task's "
                      "prerequisites"});
    // A task that needs the shortened one keeps its own need of what was left out.
    const auto p = problems_after([&](ojson& d) {
        base(d);
        d["tasks"][3]["prerequisites"] = ojson::array({"data-demo"});
        d["tasks"][3]["uses"] = ojson::array({"python"});
        d["tasks"][3]["directions"] = ojson::array({"data"});
        d["tasks"][3]["core"] = true;
        d["tasks"][1]["shorten"] = ojson::parse(
            R"({"hours": 10, "how": "Use a ready dataset.", "without": ["bridge-python"]})");
    });
    CHECK(p == Lines{"/tasks/3/uses/0: skill 'python' is used before any earlier task of the "
                     "'data' plan teaches it, once the short ways do without the prerequisites "
                     "in their shorten.without; make a task that teaches it, such as "
                     "'bridge-python', one of its prerequisites"});
}

TEST_CASE("catalog::load_catalog reads GPU prices and needs, and shortcuts", "[catalog]") {
    auto edit = [](ojson& d) {
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
    CHECK(problems_after([&](ojson& d) {
              edit(d);
              d["tasks"][1]["gpu"]["class"] = "gpu-80gb";
              d["tasks"][1]["shorten"]["hours"] = 30;
              d["gpu"]["currency"] = "usd";
          }) == Lines{"/tasks/1/shorten/hours: shortened hours must be between 1 and 29, got 30",
                      "/tasks/1/gpu/class: unknown GPU class 'gpu-80gb' (did you mean "
                      "'gpu-24gb'?)",
                      "/gpu/currency: currency 'usd' is not a code such as 'USD'"});
}
