#include <llmpath/answers.hpp>
#include <llmpath/catalog.hpp>
#include <llmpath/error.hpp>

#include "support/answers_fixture.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace llmpath;
using namespace llmpath::test;
using Catch::Matchers::Contains;

TEST_CASE("answers::gather_answers takes -d over the data file over defaults", "[answers]") {
    AnswerInput input = input_with({"hours_per_week=20", "background=backend"},
                                   R"({"hours_per_week": 30, "interests": ["systems"]})");
    input.use_defaults = true;
    const Gathered g = gather_answers(test_catalog(), input);
    CHECK(answer(g, "hours_per_week").value == AnswerValue{std::int64_t{20}});
    CHECK(answer(g, "hours_per_week").source == AnswerSource::flag);
    CHECK(answer(g, "interests").source == AnswerSource::file);
    CHECK(answer(g, "k8s").source == AnswerSource::defaulted);
    CHECK(answer(g, "start_date").value == AnswerValue{k_today});
    CHECK(g.missing == std::vector<std::string>{"nickname"});
}

TEST_CASE("answers::gather_answers takes every default with --defaults", "[answers]") {
    AnswerInput input = input_with({});
    input.use_defaults = true;
    const Gathered g = gather_answers(test_catalog(), input);
    REQUIRE(g.answers.items.size() == 4);
    CHECK(answer(g, "background").value == AnswerValue{std::string("none")});
    CHECK(answer(g, "interests").value == AnswerValue{std::vector<std::string>{"data"}});
    CHECK(answer(g, "hours_per_week").value == AnswerValue{std::int64_t{10}});
    CHECK(answer(g, "start_date").value == AnswerValue{k_today});
    for (const auto& a : g.answers.items) {
        CHECK(a.source == AnswerSource::defaulted);
    }
    CHECK(g.missing == std::vector<std::string>{"nickname"});
}

TEST_CASE("answers::gather_answers returns answers in catalogue order", "[answers]") {
    const Gathered g = gather_answers(
        test_catalog(), input_with({"nickname=ada", "hours_per_week=5", "background=student"}));
    REQUIRE(g.answers.items.size() == 3);
    CHECK(g.answers.items[0].question == "background");
    CHECK(g.answers.items[1].question == "hours_per_week");
    CHECK(g.answers.items[2].question == "nickname");
}

TEST_CASE("answers::gather_answers lists unanswered questions as missing", "[answers]") {
    const Gathered g = gather_answers(test_catalog(), input_with({"background=none"}));
    CHECK(g.missing ==
          std::vector<std::string>{"interests", "hours_per_week", "start_date", "nickname"});
}

TEST_CASE("answers::gather_answers reports a malformed -d with its argument", "[answers]") {
    CHECK(problems_of(input_with({"hours"})) ==
          std::vector<std::string>{"-d 'hours': expected KEY=VALUE"});
    CHECK(problems_of(input_with({"=5"})) ==
          std::vector<std::string>{"-d '=5': expected KEY=VALUE"});
}

TEST_CASE("answers::gather_answers suggests the nearest question and choice", "[answers]") {
    CHECK(problems_of(input_with({"backgrund=none"})) ==
          std::vector<std::string>{"-d: backgrund: unknown question (did you mean 'background'?)"});
    CHECK(problems_of(input_with({"background=backnd"})) ==
          std::vector<std::string>{"-d: background: 'backnd' is not a choice (did you mean "
                                   "'backend'?); choose one of none, backend, student"});
    CHECK(problems_of(input_with({}, R"({"nicknam": "ada"})")) ==
          std::vector<std::string>{
              "--data-file team.json: nicknam: unknown question (did you mean 'nickname'?)"});
}

TEST_CASE("answers::gather_answers reports every problem at once, each with its source",
          "[answers]") {
    const auto problems = problems_of(
        input_with({"hours", "colour=red", "background=backnd"},
                   R"({"hours_per_week": 500, "start_date": "2026-13-01", "interests": 3})"));
    REQUIRE(problems.size() == 6);
    CHECK(problems[0] == "-d 'hours': expected KEY=VALUE");
    CHECK_THAT(problems[1], Contains("-d: colour: unknown question"));
    CHECK_THAT(problems[2], Contains("-d: background: 'backnd' is not a choice"));
    CHECK_THAT(problems[3], Contains("--data-file team.json: interests: expected an array of "
                                     "strings from data, products, systems, got 3"));
    CHECK(problems[4] == "--data-file team.json: hours_per_week: 500 is above the maximum 60");
    CHECK_THAT(problems[5], Contains("--data-file team.json: start_date: '2026-13-01' is not a "
                                     "date"));
}

TEST_CASE("answers::gather_answers refuses the same -d question twice", "[answers]") {
    CHECK(problems_of(input_with({"background=backend", "background=devops"})) ==
          std::vector<std::string>{"-d: background: given twice ('backend', 'devops'); give "
                                   "each question once"});
}

TEST_CASE("answers::gather_answers reads each JSON type the data file may use", "[answers]") {
    const Gathered g = gather_answers(
        test_catalog(),
        input_with({}, R"({"_catalog": "x", "_llmpath_version": "0.1.0", "background": "backend",
          "k8s": "yes", "interests": "data, systems", "hours_per_week": "12",
          "start_date": "2026-04-01", "nickname": "ada"})"));
    CHECK(g.missing.empty());
    CHECK(answer(g, "k8s").value == AnswerValue{true});
    CHECK(answer(g, "interests").value == AnswerValue{std::vector<std::string>{"data", "systems"}});
    CHECK(answer(g, "hours_per_week").value == AnswerValue{std::int64_t{12}});
    CHECK(answer(g, "start_date").value == AnswerValue{Date{2026, 4, 1}});
}

TEST_CASE("answers::gather_answers rejects a data-file value of the wrong JSON type", "[answers]") {
    const auto problems =
        problems_of(input_with({}, R"({"background": 2, "k8s": 1, "hours_per_week": true,
          "interests": ["data", 7]})"));
    REQUIRE(problems.size() == 4);
    CHECK(problems[0] == "--data-file team.json: background: expected a string, one of none, "
                         "backend, student, got 2");
    CHECK(problems[1] == "--data-file team.json: k8s: expected true or false, got 1");
    CHECK_THAT(problems[2], Contains("interests: expected an array of strings"));
    CHECK_THAT(problems[3], Contains("hours_per_week: expected a whole number (enter a number "
                                     "from 2 to 60), got true"));
}

TEST_CASE("answers::gather_answers names the line and column of a JSON syntax error", "[answers]") {
    const auto problems = problems_of(input_with({}, "{\n  \"hours_per_week\": 10,\n}"));
    REQUIRE(problems.size() == 1);
    CHECK_THAT(problems[0], Contains("--data-file team.json:3:1: syntax error: "));
}

TEST_CASE("answers::gather_answers reports a number too large for JSON, not a crash", "[answers]") {
    CHECK(problems_of(input_with({}, R"({"hours_per_week": 1e309})")) ==
          std::vector<std::string>{"--data-file team.json:1:20: number 1e309 is out of range"});
}

TEST_CASE("answers::gather_answers wants a JSON object in the data file", "[answers]") {
    AnswerInput input = input_with({}, R"(["background"])");
    input.file_name = "-";
    CHECK(problems_of(input) ==
          std::vector<std::string>{"--data-file <stdin>: expected a JSON object of answers (ID: "
                                   "value), got [\"background\"]"});
    CHECK_THAT(problems_of(input_with({}, std::string(100, '[') + std::string(100, ']')))[0],
               Contains("team.json:1:65: nesting is deeper than 64 levels"));
}

TEST_CASE("answers::gather_answers treats null in the data file as unanswered", "[answers]") {
    const Gathered g =
        gather_answers(test_catalog(), input_with({}, R"({"nickname": null, "background": null})"));
    CHECK(g.answers.items.empty());
    CHECK(g.missing.front() == "background");
    CHECK(g.missing.back() == "nickname");
}

TEST_CASE("answers::gather_answers asks a conditional question only when its condition holds",
          "[answers]") {
    SECTION("condition true: the answer is kept") {
        const Gathered g =
            gather_answers(test_catalog(), input_with({"background=backend", "k8s=y"}));
        CHECK(answer(g, "k8s").value == AnswerValue{true});
    }
    SECTION("condition false: -d for it is an error") {
        CHECK(problems_of(input_with({"background=none", "k8s=yes"})) ==
              std::vector<std::string>{"-d: k8s: not asked, because background is 'none' (asked "
                                       "only when background is backend)"});
    }
    SECTION("condition false: the data file's answer is dropped, and so is the default") {
        AnswerInput input = input_with({"background=student"}, R"({"k8s": true})");
        input.use_defaults = true;
        const Gathered g = gather_answers(test_catalog(), input);
        CHECK(g.answers.find("k8s") == nullptr);
        CHECK(answers_to_json(test_catalog(), g.answers).find("k8s") == std::string::npos);
    }
}

TEST_CASE("answers::gather_answers keeps an answer whose condition waits on a missing one",
          "[answers]") {
    const Gathered g = gather_answers(test_catalog(), input_with({"k8s=yes"}));
    CHECK(answer(g, "k8s").value == AnswerValue{true});
    CHECK(g.missing.front() == "background");
    CHECK(std::find(g.missing.begin(), g.missing.end(), "k8s") == g.missing.end());
}

TEST_CASE("answers::gather_answers validates the defaults it takes", "[answers]") {
    Catalog broken = test_catalog();
    broken.questions[3].default_value.integer = 500;
    AnswerInput input = input_with({});
    input.use_defaults = true;
    CHECK_THROWS_WITH(gather_answers(broken, input),
                      Contains("default: hours_per_week: 500 is above the maximum 60"));
}

TEST_CASE("answers::gather_answers reads today for a date given by -d", "[answers]") {
    const Gathered g = gather_answers(test_catalog(), input_with({"start_date=today"}));
    CHECK(answer(g, "start_date").value == AnswerValue{k_today});
}

TEST_CASE("answers::missing_answers_error names each question and the ways to answer",
          "[answers]") {
    CHECK(std::string(missing_answers_error({"background", "coding"}).what()) ==
          "missing answers for background, coding: pass -d ID=VALUE for each, --data-file FILE, "
          "or --defaults");
    CHECK(std::string(missing_answers_error({"background"}).what()) ==
          "missing answer for background: pass -d background=VALUE, --data-file FILE, or "
          "--defaults");
    CHECK(std::string(missing_answers_error({"nickname"}, true).what()) ==
          "missing answer for nickname (it has no default): pass -d nickname=VALUE or "
          "--data-file FILE");
    CHECK(missing_answers_error({"a", "b"}).code() == ExitCode::usage);
}

TEST_CASE("answers::answers_to_json writes metadata, then answers in catalogue order",
          "[answers]") {
    Answers a;
    a.items = {{"start_date", Date{2026, 4, 1}},
               {"background", std::string("backend")},
               {"interests", std::vector<std::string>{"data", "systems"}},
               {"hours_per_week", std::int64_t{12}},
               {"k8s", false}};
    CHECK(answers_to_json(test_catalog(), a, -1, {{"_catalog", "test"}, {"version", "1"}}) ==
          R"({"_catalog":"test","_version":"1","background":"backend","k8s":false,)"
          R"("interests":["data","systems"],"hours_per_week":12,"start_date":"2026-04-01"})"
          "\n");
}

TEST_CASE("answers::answers_to_json output replays through gather_answers unchanged", "[answers]") {
    AnswerInput first = input_with({"background=backend", "k8s=yes", "interests=3,1",
                                    "nickname=ada", "start_date=2026-05-04"});
    first.use_defaults = true;
    const Gathered g = gather_answers(test_catalog(), first);
    const std::string saved =
        answers_to_json(test_catalog(), g.answers, 2, answers_metadata(test_catalog()));
    const Gathered replay = gather_answers(test_catalog(), input_with({}, saved));
    CHECK(replay.missing.empty());
    REQUIRE(replay.answers.items.size() == g.answers.items.size());
    for (std::size_t i = 0; i < g.answers.items.size(); ++i) {
        CHECK(replay.answers.items[i].question == g.answers.items[i].question);
        CHECK(replay.answers.items[i].value == g.answers.items[i].value);
    }
}

TEST_CASE("answers::answers_metadata names the catalogue and llmpath", "[answers]") {
    const auto meta = answers_metadata(test_catalog());
    REQUIRE(meta.size() == 3);
    CHECK(meta[0] == std::pair<std::string, std::string>{"_catalog", "test"});
    CHECK(meta[1] == std::pair<std::string, std::string>{"_catalog_version", "1.0"});
    CHECK(meta[2].first == "_llmpath_version");
}

TEST_CASE("answers::skills_of collects the skills of the chosen choices", "[answers]") {
    Answers a;
    a.items = {{"background", std::string("backend")},
               {"interests", std::vector<std::string>{"data", "systems"}}};
    CHECK(skills_of(test_catalog(), a) == std::set<std::string>{"linux", "python"});
    a.items[0].value = std::string("none");
    CHECK(skills_of(test_catalog(), a) == std::set<std::string>{"linux"});
}

TEST_CASE("answers::answer_to_string and answer_label show a value", "[answers]") {
    const AnswerValue multi = std::vector<std::string>{"data", "products"};
    CHECK(answer_to_string(multi) == "data,products");
    CHECK(answer_to_string(AnswerValue{true}) == "yes");
    CHECK(answer_to_string(AnswerValue{Date{2026, 12, 1}}) == "2026-12-01");
    CHECK(answer_label(question("interests"), multi, "en") == "Data, Products");
    CHECK(answer_label(question("background"), std::string("backend"), "zh") == "后端工程师");
    CHECK(answer_label(question("k8s"), AnswerValue{false}, "zh") == "否");
}

TEST_CASE("answers::Answers::has_value matches single, multi and yes/no answers", "[answers]") {
    Answers a;
    a.items = {{"background", std::string("backend")},
               {"interests", std::vector<std::string>{"data", "systems"}},
               {"k8s", true}};
    CHECK(a.has_value("background", "backend"));
    CHECK(a.has_value("interests", "systems"));
    CHECK_FALSE(a.has_value("interests", "data,systems"));
    CHECK(a.has_value("k8s", "yes"));
    CHECK_FALSE(a.has_value("nickname", "ada"));
}

namespace {
int g_clock_reads = 0;
Date read_clock() {
    ++g_clock_reads;
    return k_today;
}
} // namespace

TEST_CASE("answers::gather_answers reads today only for an answer or a default of today",
          "[answers]") {
    AnswerInput input = input_with({"start_date=2026-04-06", "nickname=ann"});
    input.use_defaults = true;
    input.today = Today(&read_clock);
    g_clock_reads = 0;
    const Gathered given = gather_answers(test_catalog(), input);
    CHECK(answer(given, "start_date").value == AnswerValue{Date{2026, 4, 6}});
    CHECK(g_clock_reads == 0);

    input.flags = {"nickname=ann"}; // start_date now comes from its default, today
    CHECK(answer(gather_answers(test_catalog(), input), "start_date").value ==
          AnswerValue{k_today});
    CHECK(g_clock_reads == 1);

    input.today = Today(&read_clock);
    input.flags = {"start_date=today", "nickname=ann"};
    CHECK(answer(gather_answers(test_catalog(), input), "start_date").value ==
          AnswerValue{k_today});
    CHECK(g_clock_reads == 2);
}
