#include <llmpath/answers.hpp>
#include <llmpath/catalog.hpp>
#include <llmpath/error.hpp>
#include <llmpath/questionnaire.hpp>

#include "support/check.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sstream>
#include <string>

using namespace llmpath;
using Catch::Matchers::Contains;
using llmpath::test::occurrences;

namespace {

// background=backend adds k8s; nickname has no default and no help.
const Catalog& session_catalog() {
    static const Catalog catalog = load_catalog(R"({
  "schema_version": 1, "id": "test", "version": "1.0", "languages": ["en", "zh"],
  "title": "Test", "directions": [{"id": "data", "name": "Data"}],
  "phases": [{"id": "all", "title": "All", "start_day": 0, "end_day": 182, "goal": "g",
              "checkpoint": "c"}],
  "questions": [
    {"id": "background", "type": "single",
     "prompt": {"en": "Current role?", "zh": "目前角色？"}, "help": "Pick the closest.",
     "short_label": {"en": "background", "zh": "背景"}, "default": "none",
     "choices": [
       {"value": "none", "label": {"en": "No technical background", "zh": "无技术背景"}},
       {"value": "backend", "label": {"en": "Backend engineer", "zh": "后端工程师"}},
       {"value": "student", "label": "Student"}]},
    {"id": "k8s", "type": "boolean", "prompt": "Used Kubernetes?", "short_label": "Kubernetes",
     "help": "Deployments count.", "default": false,
     "when": {"question": "background", "in": ["backend"]}},
    {"id": "interests", "type": "multi", "prompt": "Interests?", "short_label": "interests",
     "help": "Pick one or two.", "default": ["data"], "min_selected": 1, "max_selected": 2,
     "choices": [{"value": "data", "label": "Data"}, {"value": "products", "label": "Products"},
                 {"value": "systems", "label": "Systems"}]},
    {"id": "hours_per_week", "type": "integer", "prompt": "Hours per week?",
     "short_label": "hours per week", "help": "Be honest.", "default": 10, "min": 2, "max": 60},
    {"id": "start_date", "type": "date", "prompt": "Start date?", "short_label": "start date",
     "help": "Weeks are dated from here.", "default": "today"},
    {"id": "nickname", "type": "text", "prompt": "Nickname?", "short_label": "nickname",
     "pattern": "[a-z]+", "max_length": 8}
  ],
  "tasks": []})",
                                                "test.json");
    return catalog;
}

const Date k_session_day{2026, 3, 2};

struct Session {
    Answers answers;
    std::string out;
};

Session ask(const std::string& typed, const Answers& prefilled = {}, std::string lang = "en",
            bool color = false) {
    std::istringstream in(typed);
    std::ostringstream out;
    PromptOptions options;
    options.lang = std::move(lang);
    options.color = color;
    options.today = k_session_day;
    Session s;
    s.answers = run_questionnaire(session_catalog(), prefilled, in, out, options);
    s.out = out.str();
    return s;
}

const Answer& answer(const Session& s, const char* id) {
    const Answer* a = s.answers.find(id);
    REQUIRE(a != nullptr);
    return *a;
}

} // namespace

TEST_CASE("questionnaire::run_questionnaire takes numbers, values and labels", "[questionnaire]") {
    SECTION("numbers (and y for yes)") {
        const Session s = ask("2\ny\n3,1\n12\n2026-04-01\nada\n");
        CHECK(answer(s, "background").value == AnswerValue{std::string("backend")});
        CHECK(answer(s, "k8s").value == AnswerValue{true});
        CHECK(answer(s, "interests").value ==
              AnswerValue{std::vector<std::string>{"data", "systems"}});
        CHECK(answer(s, "hours_per_week").value == AnswerValue{std::int64_t{12}});
        CHECK(answer(s, "start_date").value == AnswerValue{Date{2026, 4, 1}});
        CHECK(answer(s, "nickname").value == AnswerValue{std::string("ada")});
        CHECK(answer(s, "nickname").source == AnswerSource::typed);
    }
    SECTION("values and labels, any case") {
        const Session s = ask("BACKEND ENGINEER\nno\nproducts, Systems\n12\ntoday\nada\n");
        CHECK(answer(s, "background").value == AnswerValue{std::string("backend")});
        CHECK(answer(s, "k8s").value == AnswerValue{false});
        CHECK(answer(s, "interests").value ==
              AnswerValue{std::vector<std::string>{"products", "systems"}});
        CHECK(answer(s, "start_date").value == AnswerValue{k_session_day});
    }
}

TEST_CASE("questionnaire::run_questionnaire takes the default on Enter", "[questionnaire]") {
    const Session s = ask("\n\n\n\nada\n");
    CHECK(answer(s, "background").value == AnswerValue{std::string("none")});
    CHECK(answer(s, "background").source == AnswerSource::typed); // seen and chosen: an answer
    CHECK(s.answers.find("k8s") == nullptr);
    CHECK(answer(s, "interests").value == AnswerValue{std::vector<std::string>{"data"}});
    CHECK(answer(s, "hours_per_week").value == AnswerValue{std::int64_t{10}});
    CHECK(answer(s, "start_date").value == AnswerValue{k_session_day});
    CHECK_THAT(s.out, Contains("choose 1-3 [No technical background]: "));
    CHECK_THAT(s.out, Contains("a number from 2 to 60 [10]: "));
}

TEST_CASE("questionnaire::run_questionnaire insists on a question without default",
          "[questionnaire]") {
    const Session s = ask("\n\n\n\n\nada\n");
    CHECK_THAT(s.out, Contains("This question needs an answer."));
    CHECK(answer(s, "nickname").value == AnswerValue{std::string("ada")});
}

TEST_CASE("questionnaire::run_questionnaire asks again after invalid input, saying why",
          "[questionnaire]") {
    const Session s = ask("backnd\n4\n1\n\n99\n\n\nAda\nada\n");
    // At the prompt the message says what the prompt offers: the choices' numbers.
    CHECK_THAT(s.out, Contains("'backnd' is not a choice (did you mean 'backend'?); choose 1-3\n"));
    CHECK_THAT(s.out, Contains("'4' is not a choice; choose 1-3\n"));
    CHECK_THAT(s.out, Contains("99 is above the maximum 60; a number from 2 to 60\n"));
    CHECK_THAT(s.out, Contains("'Ada' does not match the pattern [a-z]+"));
    CHECK(occurrences(s.out, "[1/5] Current role?") == 3);
    CHECK(occurrences(s.out, "  1) No technical background") == 1);
    CHECK(occurrences(s.out, "choose 1-3 [No technical background]: ") == 3);
    CHECK(answer(s, "hours_per_week").value == AnswerValue{std::int64_t{10}});
}

TEST_CASE("questionnaire::run_questionnaire says why in the prompt's language", "[questionnaire]") {
    const Session s = ask("99\nbacknd\n1\n\n1\n\n\nada\n", {}, "zh");
    CHECK_THAT(s.out, Contains("  「99」不是可选项；选择 1-3\n"));
    CHECK_THAT(s.out, Contains("  「backnd」不是可选项（是不是想输入「backend」？）；选择 1-3\n"));
    CHECK_THAT(s.out, Contains("  1 小于最小值 2；2 到 60 之间的数字\n"));
}

TEST_CASE("questionnaire::run_questionnaire reads what a Chinese input method types",
          "[questionnaire][chinese]") {
    // Full-width digits, a full-width comma and 、, a full-width space.
    const Session s = ask("２\n\n２，３\n　１０\n\nada\n", {}, "zh");
    CHECK(answer(s, "background").value == AnswerValue{std::string("backend")});
    CHECK(answer(s, "interests").value ==
          AnswerValue{std::vector<std::string>{"products", "systems"}});
    CHECK(answer(s, "hours_per_week").value == AnswerValue{std::int64_t{10}});
    const Session listed = ask("1\n１、３\n\n\nada\n", {}, "zh");
    CHECK(answer(listed, "interests").value ==
          AnswerValue{std::vector<std::string>{"data", "systems"}});
}

TEST_CASE("questionnaire::run_questionnaire in Chinese matches its golden transcript",
          "[questionnaire][chinese][golden]") {
    // A wrong answer, a suggestion, help, going back, a multiple choice and the summary.
    const Session s = ask("9\nbacknd\n?\n2\n<\n2\nyes\n1,4\n1、2\n80\n\n\nAda\nada\n", {}, "zh");
    llmpath::test::check_golden("golden/prompt.zh.txt", s.out);
}

TEST_CASE("questionnaire::run_questionnaire shows the help on ?", "[questionnaire]") {
    const Session s = ask("?\n\n\n\n\n?\nada\n");
    CHECK_THAT(s.out, Contains("  Pick the closest.\n"));
    CHECK_THAT(s.out, Contains("  No help for this question.\n"));
    CHECK(answer(s, "background").value == AnswerValue{std::string("none")});
}

TEST_CASE("questionnaire::run_questionnaire goes back on <", "[questionnaire]") {
    SECTION("at the first question there is nothing before it") {
        const Session s = ask("<\n\n\n\n\nada\n");
        CHECK_THAT(s.out, Contains("This is the first question; there is nothing before it."));
    }
    SECTION("back, then Enter keeps the answer typed before") {
        const Session s = ask("3\n<\n\n\n\n\nada\n");
        CHECK(answer(s, "background").value == AnswerValue{std::string("student")});
        CHECK_THAT(s.out, Contains("choose 1-3 [Student]: "));
        CHECK(answer(s, "interests").value == AnswerValue{std::vector<std::string>{"data"}});
        CHECK(answer(s, "hours_per_week").value == AnswerValue{std::int64_t{10}});
    }
    SECTION("changing an answer changes which questions follow") {
        const Session s = ask("2\n<\n1\n\n\n\nada\n");
        CHECK_THAT(s.out, Contains("[2/6] Used Kubernetes?"));
        CHECK_THAT(s.out, Contains("[2/5] Interests?"));
        CHECK(s.answers.find("k8s") == nullptr);
        CHECK(answer(s, "background").value == AnswerValue{std::string("none")});
    }
    SECTION("a question that appears only after going back is asked") {
        const Session s = ask("1\n<\n2\nyes\n\n\n\nada\n");
        CHECK(answer(s, "k8s").value == AnswerValue{true});
        CHECK(s.answers.items.size() == 6);
    }
}

TEST_CASE("questionnaire::run_questionnaire throws Interrupted at end of input",
          "[questionnaire]") {
    CHECK_THROWS_AS(ask("2\nyes\n"), Interrupted);
    CHECK_THROWS_AS(ask(""), Interrupted);
}

TEST_CASE("questionnaire::run_questionnaire numbers the questions as [n/N]", "[questionnaire]") {
    const Session s = ask("2\n\n\n\n\nada\n");
    CHECK_THAT(s.out, Contains("[1/5] Current role?"));
    CHECK_THAT(s.out, Contains("[2/6] Used Kubernetes?"));
    CHECK_THAT(s.out, Contains("[6/6] Nickname?"));
}

TEST_CASE("questionnaire::run_questionnaire ends with a summary of the answers",
          "[questionnaire]") {
    const Session s = ask("2\n\n1,2\n\n\nada\n");
    CHECK_THAT(s.out, Contains("Your answers:\n"
                               "  background      Backend engineer\n"
                               "  Kubernetes      no\n"
                               "  interests       Data, Products\n"
                               "  hours per week  10\n"
                               "  start date      2026-03-02\n"
                               "  nickname        ada\n"));
}

TEST_CASE("questionnaire::run_questionnaire skips questions answered before", "[questionnaire]") {
    Answers prefilled;
    prefilled.items = {{"hours_per_week", std::int64_t{20}, AnswerSource::flag},
                       {"nickname", std::string("bo"), AnswerSource::file}};
    const Session s = ask("\n\n\n", prefilled);
    CHECK(occurrences(s.out, "Hours per week?") == 0);
    CHECK_THAT(s.out, Contains("[3/3] Start date?"));
    CHECK(answer(s, "hours_per_week").value == AnswerValue{std::int64_t{20}});
    CHECK(answer(s, "hours_per_week").source == AnswerSource::flag);
    REQUIRE(s.answers.items.size() == 5);
    CHECK(s.answers.items[2].question == "hours_per_week");
}

TEST_CASE("questionnaire::run_questionnaire drops a -d answer whose question is not asked",
          "[questionnaire]") {
    Answers prefilled;
    prefilled.items = {{"k8s", true, AnswerSource::flag}};
    const Session s = ask("1\n\n\n\nada\n", prefilled);
    CHECK_THAT(s.out, Contains("note: -d k8s is ignored"));
    CHECK(s.answers.find("k8s") == nullptr);
    const Session kept = ask("2\n\n\n\nada\n", prefilled);
    CHECK(answer(kept, "k8s").value == AnswerValue{true});
}

TEST_CASE("questionnaire::run_questionnaire speaks Chinese with lang zh", "[questionnaire]") {
    const Session s = ask("后端工程师\n\n\n\n\nada\n", {}, "zh");
    CHECK_THAT(s.out, Contains("[1/5] 目前角色？"));
    CHECK_THAT(s.out, Contains("  1) 无技术背景"));
    CHECK_THAT(s.out, Contains("选择 1-3，默认「无技术背景」："));
    CHECK_THAT(s.out, Contains("你的回答："));
    CHECK_THAT(s.out, Contains("  背景" + std::string(12, ' ') + "后端工程师\n"));
}

TEST_CASE("questionnaire::run_questionnaire colours only when asked to", "[questionnaire]") {
    CHECK(ask("\n\n\n\nada\n").out.find('\x1b') == std::string::npos);
    CHECK_THAT(ask("\n\n\n\nada\n", {}, "en", true).out, Contains("\x1b[36m[1/5]"));
}

TEST_CASE("questionnaire::render_questions_text lists every question with its limits",
          "[questionnaire]") {
    const std::string text = render_questions_text(session_catalog(), "en");
    CHECK_THAT(text, Contains("background (one choice)\n  Current role?\n  Pick the closest.\n"
                              "  Choices:\n    none     No technical background\n"));
    CHECK_THAT(text, Contains("k8s (yes or no)"));
    CHECK_THAT(text, Contains("  Values: yes, no\n"));
    CHECK_THAT(text, Contains("  Asked when: background: Backend engineer\n"));
    CHECK_THAT(text, Contains("  Select: 1 to 2, comma-separated\n  Default: data\n"));
    CHECK_THAT(text, Contains("  Range: 2 to 60\n  Default: 10\n"));
    CHECK_THAT(text, Contains("  Default: today\n"));
    CHECK_THAT(text, Contains("  At most 8 characters\n  Pattern: [a-z]+\n  Default: (none)"));
    const std::string zh = render_questions_text(session_catalog(), "zh");
    CHECK_THAT(zh, Contains("background（单选）\n  目前角色？\n"));
    CHECK_THAT(zh, Contains("  范围：2 至 60\n  默认：10\n"));
}

TEST_CASE("questionnaire::render_questions_json has stable keys and a schema version",
          "[questionnaire]") {
    const auto doc = nlohmann::json::parse(render_questions_json(session_catalog(), "zh"));
    CHECK(doc["schema_version"] == 1);
    CHECK(doc["catalog"]["id"] == "test");
    REQUIRE(doc["questions"].size() == 6);
    const auto& background = doc["questions"][0];
    CHECK(background["prompt"] == "目前角色？");
    CHECK(background["choices"][1] ==
          nlohmann::json{{"value", "backend"}, {"label", "后端工程师"}});
    CHECK(background["when"].is_null());
    CHECK(doc["questions"][1]["when"]["in"] == nlohmann::json{"backend"});
    CHECK(doc["questions"][2]["default"] == nlohmann::json{"data"});
    CHECK(doc["questions"][3]["max"] == 60);
    CHECK(doc["questions"][4]["default"] == "today");
    CHECK(doc["questions"][5]["default"].is_null());
    for (const auto& q : doc["questions"]) {
        CHECK(q.size() == 14);
    }
}

TEST_CASE("questionnaire::render_answers_template is a data file gather_answers accepts",
          "[questionnaire]") {
    const std::string text = render_answers_template(session_catalog(), k_session_day);
    CHECK_THAT(text, Contains("\"nickname\": null"));
    CHECK_THAT(text, Contains("\"start_date\": \"2026-03-02\""));
    AnswerInput input;
    input.file_name = "template.json";
    input.file_text = text;
    input.today = k_session_day;
    const Gathered g = gather_answers(session_catalog(), input);
    CHECK(g.missing == std::vector<std::string>{"nickname"});
    CHECK(g.answers.items.size() == 4);
    CHECK(g.answers.find("k8s") == nullptr);
}

TEST_CASE("questionnaire::render_answers_summary pads labels to one column", "[questionnaire]") {
    Answers a;
    a.items = {{"background", std::string("student")}, {"hours_per_week", std::int64_t{6}}};
    CHECK(render_answers_summary(session_catalog(), a, "en") ==
          "Your answers:\n  background      Student\n  hours per week  6\n");
}

TEST_CASE("questionnaire::run_questionnaire refuses a line with a NUL byte and asks again",
          "[questionnaire]") {
    const char typed[] = "2\0\n2\nn\n\n\n\nada\n";
    const Session s = ask(std::string(typed, sizeof typed - 1));
    CHECK_THAT(s.out, Contains("The answer holds a NUL byte; type it again."));
    CHECK(answer(s, "background").value == AnswerValue{std::string("backend")});
}

TEST_CASE("questionnaire::run_questionnaire stops at a line over 64 KiB", "[questionnaire]") {
    CHECK_THROWS_AS(ask(std::string(100000, 'x') + "\n1\n"), InputError);
    CHECK_THROWS_WITH(ask(std::string(100000, 'x')),
                      Contains("standard input: a line of over 64 KiB where an answer was "
                               "expected"));
}
