// One answer at a time: parsing, defaults and conditions.
#include <llmpath/answers.hpp>
#include <llmpath/catalog.hpp>
#include <llmpath/error.hpp>

#include "support/answers_fixture.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace llmpath;
using namespace llmpath::test;
using Catch::Matchers::Contains;

TEST_CASE("answers::parse_answer takes a choice by value, number or label", "[answers]") {
    CHECK(parse_ok("background", "backend") == AnswerValue{std::string("backend")});
    CHECK(parse_ok("background", "2") == AnswerValue{std::string("backend")});
    CHECK(parse_ok("background", "  backend engineer ") == AnswerValue{std::string("backend")});
    CHECK(parse_ok("background", "BACKEND") == AnswerValue{std::string("backend")});
    CHECK(parse_ok("background", "后端工程师", "zh") == AnswerValue{std::string("backend")});
}

TEST_CASE("answers::parse_answer rejects an unknown choice with did-you-mean and the choices",
          "[answers]") {
    CHECK(parse_error("background", "backnd") ==
          "'backnd' is not a choice (did you mean 'backend'?); choose one of none, backend, "
          "student");
    CHECK_THAT(parse_error("background", "4"), Contains("'4' is not a choice"));
    CHECK_THAT(parse_error("background", ""), Contains("empty answer is not a choice"));
}

TEST_CASE("answers::parse_answer reads a multi choice as comma-separated items", "[answers]") {
    using V = std::vector<std::string>;
    SECTION("numbers, values and labels, kept in catalogue order without repeats") {
        CHECK(parse_ok("interests", "3, data") == AnswerValue{V{"data", "systems"}});
        CHECK(parse_ok("interests", "products,Products,") == AnswerValue{V{"products"}});
    }
    SECTION("too many, too few and unknown items say why and what is allowed") {
        CHECK_THAT(parse_error("interests", "1,2,3"),
                   Contains("selects 3, more than the maximum 2; choose 1 to 2 of data, "
                            "products, systems"));
        CHECK_THAT(parse_error("interests", "-"), Contains("nothing selected; choose 1 to 2"));
        CHECK_THAT(parse_error("interests", "data,sytems"),
                   Contains("'sytems' is not a choice (did you mean 'systems'?)"));
    }
}

TEST_CASE("answers::parse_answer allows an empty multi only without min_selected", "[answers]") {
    Question q = question("interests");
    q.min_selected.reset();
    auto result = parse_answer(q, "-");
    REQUIRE(std::holds_alternative<AnswerValue>(result));
    CHECK(std::get<AnswerValue>(result) == AnswerValue{std::vector<std::string>{}});
    q.max_selected.reset();
    auto wrong = parse_answer(q, "x");
    REQUIRE(std::holds_alternative<std::string>(wrong));
    CHECK_THAT(std::get<std::string>(wrong),
               Contains("choose any of data, products, systems, comma-separated, or - for none"));
    CHECK(std::holds_alternative<std::string>(parse_answer(question("interests"), "")));
}

TEST_CASE("answers::parse_answer checks whole numbers and their limits", "[answers]") {
    CHECK(parse_ok("hours_per_week", " 12 ") == AnswerValue{std::int64_t{12}});
    CHECK(parse_ok("hours_per_week", "+60") == AnswerValue{std::int64_t{60}});
    CHECK(parse_error("hours_per_week", "abc") ==
          "'abc' is not a whole number; enter a number from 2 to 60");
    CHECK(parse_error("hours_per_week", "500") == "500 is above the maximum 60");
    CHECK(parse_error("hours_per_week", "-3") == "-3 is below the minimum 2");
    CHECK_THAT(parse_error("hours_per_week", "10.5"), Contains("not a whole number"));
    CHECK_THAT(parse_error("hours_per_week", "99999999999999999999"), Contains("too large"));
}

TEST_CASE("answers::parse_answer reads yes/no in its usual spellings", "[answers]") {
    for (const char* yes : {"yes", "Y", "true", "是"}) {
        CHECK(parse_ok("k8s", yes) == AnswerValue{true});
    }
    for (const char* no : {"NO", "n", "false"}) {
        CHECK(parse_ok("k8s", no) == AnswerValue{false});
    }
    CHECK_THAT(parse_error("k8s", "maybe"), Contains("'maybe' is not yes or no; answer yes or no"));
}

TEST_CASE("answers::parse_answer reads a boolean question's choice labels", "[answers]") {
    const Catalog c = load_catalog(catalog_json(R"([{"id": "gpu", "type": "boolean",
      "prompt": "GPU?", "short_label": "GPU", "choices": [
        {"value": "yes", "label": "I have one"}, {"value": "no", "label": "I do not"}]}])"),
                                   "b.json");
    auto result = parse_answer(c.questions[0], "i do not");
    REQUIRE(std::holds_alternative<AnswerValue>(result));
    CHECK(std::get<AnswerValue>(result) == AnswerValue{false});
}

TEST_CASE("answers::parse_answer reads dates and today", "[answers]") {
    CHECK(parse_ok("start_date", "2026-12-01") == AnswerValue{Date{2026, 12, 1}});
    CHECK(parse_ok("start_date", "Today") == AnswerValue{k_today});
    CHECK(parse_error("start_date", "2026-02-30") ==
          "'2026-02-30' is not a date; enter YYYY-MM-DD or today");
    CHECK(std::holds_alternative<std::string>(parse_answer(question("start_date"), "today")));
}

TEST_CASE("answers::parse_answer checks text against its pattern and length", "[answers]") {
    CHECK(parse_ok("nickname", "ada") == AnswerValue{std::string("ada")});
    CHECK(parse_error("nickname", "Ada1") == "'Ada1' does not match the pattern [a-z]+");
    CHECK_THAT(parse_error("nickname", "abcdefghij"),
               Contains("is 10 characters long, more than the maximum 8"));
    CHECK_THAT(parse_error("nickname", "a\x1b[2Jb"), Contains("control characters"));
}

TEST_CASE("answers::parse_answer counts text length in code points", "[answers]") {
    Question q = question("nickname");
    q.pattern.reset();
    CHECK(std::holds_alternative<AnswerValue>(parse_answer(q, "八个汉字八个汉字")));
    CHECK(std::holds_alternative<std::string>(parse_answer(q, "九个汉字九个汉字九")));
}

TEST_CASE("answers::parse_answer bounds a text answer without max_length", "[answers]") {
    Question q = question("nickname");
    q.max_length.reset();
    q.pattern = ".*";
    CHECK(std::holds_alternative<AnswerValue>(parse_answer(q, std::string(1000, 'a'))));
    auto result = parse_answer(q, std::string(100000, 'a'));
    REQUIRE(std::holds_alternative<std::string>(result));
    CHECK_THAT(std::get<std::string>(result),
               Contains("is 100000 characters long, more than the maximum 1000"));
}

TEST_CASE("answers::default_answer gives the typed default and resolves today", "[answers]") {
    CHECK(default_answer(question("hours_per_week"), k_today) == AnswerValue{std::int64_t{10}});
    CHECK(default_answer(question("start_date"), k_today) == AnswerValue{k_today});
    CHECK(default_answer(question("interests"), k_today) ==
          AnswerValue{std::vector<std::string>{"data"}});
    CHECK(default_answer(question("k8s"), k_today) == AnswerValue{false});
    CHECK_FALSE(default_answer(question("nickname"), k_today).has_value());
}

TEST_CASE("answers::default_answer rejects a default the catalogue broke", "[answers]") {
    Question q = question("hours_per_week");
    q.default_value.integer = 500;
    CHECK_THROWS_WITH(default_answer(q, k_today),
                      "default: hours_per_week: 500 is above the maximum 60");
}

TEST_CASE("answers::condition_holds tests choices, multi selections and number ranges",
          "[answers]") {
    Answers a;
    a.items = {{"background", std::string("backend")},
               {"interests", std::vector<std::string>{"data", "systems"}},
               {"hours_per_week", std::int64_t{8}},
               {"k8s", true}};
    CHECK(condition_holds(cond("background", {"backend", "devops"}), a));
    CHECK_FALSE(condition_holds(cond("background", {"none"}), a));
    CHECK(condition_holds(cond("interests", {"products", "systems"}), a));
    CHECK_FALSE(condition_holds(cond("interests", {"products"}), a));
    CHECK(condition_holds(cond("hours_per_week", {}, 5, 10), a));
    CHECK_FALSE(condition_holds(cond("hours_per_week", {}, 9, std::nullopt), a));
    CHECK(condition_holds(cond("k8s", {"yes"}), a));
    CHECK_FALSE(condition_holds(cond("nickname", {"ada"}), a));
}

TEST_CASE("answers::describe_condition words a condition", "[answers]") {
    CHECK(describe_condition(cond("background", {"backend", "devops"})) ==
          "background is one of backend, devops");
    CHECK(describe_condition(cond("background", {"backend"})) == "background is backend");
    CHECK(describe_condition(cond("hours", {}, 5, 10)) == "hours is from 5 to 10");
    CHECK(describe_condition(cond("hours", {}, std::nullopt, 4)) == "hours is at most 4");
}
