#include <llmpath/answers.hpp>
#include <llmpath/catalog.hpp>
#include <llmpath/error.hpp>
#include <llmpath/recommend.hpp>

#include "support/catalog_fixture.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace llmpath;
using Catch::Matchers::Contains;

namespace {

std::string catalog_json(const std::string& directions, const std::string& questions,
                         const std::string& pitfalls = "[]") {
    return R"({"schema_version": 1, "id": "test", "version": "1.0", "languages": ["en", "zh"],
  "title": "Test", "directions": )" +
           directions + R"(,
  "phases": [{"id": "all", "title": "All", "start_day": 0, "end_day": 182, "goal": "g",
              "checkpoint": "c"}],
  "pitfalls": )" +
           pitfalls + R"(, "questions": )" + test::with_planning_questions(questions) + R"(,
  "tasks": [{"id": "bridge", "phase": "all", "directions": ["common"], "title": "Bridge",
             "hours": 4, "deliverable": "A script."}]})";
}

const char* const k_four_directions = R"([{"id": "data", "name": "Data"},
  {"id": "platform", "name": "Platform"}, {"id": "application", "name": "Application"},
  {"id": "deployment", "name": "Deployment"}])";

// Hand-computed in docs/recommendation.md terms, for role=analyst,
// interests=[datasets, products], business=yes:
//   data:        raw 30+10-5 = 35  -> the best: 100
//   platform:    raw -10           -> 0
//   application: raw 5+5+20 = 30   -> 30/35 -> 86
//   deployment:  no weights, raw 0 -> 0
const Catalog& scored_catalog() {
    static const Catalog catalog = load_catalog(catalog_json(k_four_directions, R"([
  {"id": "role", "type": "single", "prompt": "Role?", "short_label": {"en": "role", "zh": "角色"},
   "choices": [
     {"value": "analyst", "label": {"en": "Analyst", "zh": "分析师"},
      "weights": {"data": 30, "platform": -10},
      "reasons": {"data": {"en": "you already work with data", "zh": "你已经在和数据打交道"}}},
     {"value": "sre", "label": "SRE", "weights": {"platform": 20}},
     {"value": "other", "label": "Other"}]},
  {"id": "interests", "type": "multi", "prompt": "Interests?", "short_label": "interests",
   "choices": [
     {"value": "datasets", "label": "Datasets", "weights": {"data": 10, "application": 5}},
     {"value": "products", "label": "Products", "weights": {"data": -5, "application": 5}},
     {"value": "clusters", "label": "Clusters", "weights": {"platform": 10}}]},
  {"id": "business", "type": "boolean", "prompt": "Strong with the business side?",
   "short_label": "business sense",
   "choices": [{"value": "yes", "label": "Yes", "weights": {"application": 20},
                "reasons": {"application": "products need people who talk to users"}},
               {"value": "no", "label": "No"}]},
  {"id": "hours", "type": "integer", "prompt": "Hours?", "short_label": "hours", "min": 1,
   "max": 60}
])",
                                                             R"([
  {"id": "weak-engineering", "title": "Weak engineering", "summary": "s", "tasks": ["bridge"],
   "flag_when": [{"question": "role", "in": ["other"]},
                 {"question": "interests", "in": ["products", "clusters"]},
                 {"question": "hours", "max": 5}]},
  {"id": "tuning-first", "title": "Tuning first", "summary": "s",
   "flag_when": [{"question": "role", "in": ["sre"]}]}
])"),
                                                "scored.json");
    return catalog;
}

Answers scored_answers() {
    Answers a;
    a.items = {{"role", std::string("analyst")},
               {"interests", std::vector<std::string>{"datasets", "products"}},
               {"business", true},
               {"hours", std::int64_t{4}}};
    return a;
}

const DirectionScore& score_of(const Recommendation& r, const char* direction) {
    for (const auto& s : r.ranking) {
        if (s.direction == direction) {
            return s;
        }
    }
    FAIL("no score for " << direction);
    return r.ranking.front();
}

// Directions listed platform first; "mid" gives data 50 and platform 45, "mid6" 50 and 44.
const Catalog& close_catalog() {
    static const Catalog catalog = load_catalog(
        catalog_json(R"([{"id": "platform", "name": "Platform"}, {"id": "data", "name": "Data"}])",
                     R"([{"id": "q", "type": "single", "prompt": "Q?", "short_label": "q",
   "choices": [
     {"value": "lo", "label": "Lo"},
     {"value": "hi", "label": "Hi", "weights": {"data": 100, "platform": 100}},
     {"value": "mid", "label": "Mid", "weights": {"data": 50, "platform": 45}},
     {"value": "mid6", "label": "Mid6", "weights": {"data": 50, "platform": 44}},
     {"value": "even", "label": "Even", "weights": {"data": 50, "platform": 50}}]}])"),
        "close.json");
    return catalog;
}

Recommendation close_with(const char* value) {
    Answers a;
    a.items = {{"q", std::string(value)}};
    return recommend(close_catalog(), a);
}

} // namespace

TEST_CASE("recommend::recommend scores each direction as a share of the best one's points",
          "[recommend]") {
    const Recommendation r = recommend(scored_catalog(), scored_answers());
    CHECK(score_of(r, "data").raw == 35);
    CHECK(score_of(r, "data").score == 100);
    CHECK(score_of(r, "platform").raw == -10);
    CHECK(score_of(r, "platform").score == 0);
    CHECK(score_of(r, "application").raw == 30);
    CHECK(score_of(r, "application").score == 86);
    CHECK(score_of(r, "deployment").score == 0);
}

TEST_CASE("recommend::recommend ranks by points, ties in catalogue order", "[recommend]") {
    const Recommendation r = recommend(scored_catalog(), scored_answers());
    REQUIRE(r.ranking.size() == 4);
    CHECK(r.ranking[0].direction == "data");
    CHECK(r.ranking[1].direction == "application");
    CHECK(r.ranking[2].direction == "deployment");
    CHECK(r.ranking[3].direction == "platform");
    CHECK(r.direction == "data");
    CHECK_FALSE(r.chosen_by_user);
    CHECK(r.close_call); // 35 and 30: within k_close_margin

    const Recommendation tie = close_with("even");
    CHECK(tie.ranking[0].direction == "platform");
    CHECK(tie.ranking[1].direction == "data");
}

TEST_CASE("recommend::recommend flags a close call within k_close_margin", "[recommend]") {
    const Recommendation five = close_with("mid");
    CHECK(five.ranking[0].raw == 50);
    CHECK(five.ranking[1].raw == 45);
    CHECK(five.ranking[0].direction == "data");
    CHECK(five.close_call);
    CHECK_FALSE(close_with("mid6").close_call);
    CHECK(close_with("even").close_call);
}

TEST_CASE("recommend::recommend gives the answers that moved each direction most", "[recommend]") {
    const Recommendation r = recommend(scored_catalog(), scored_answers());
    const auto& data = score_of(r, "data").reasons;
    REQUIRE(data.size() == 3);
    CHECK((data[0].question == "role" && data[0].value == "analyst" && data[0].points == 30));
    CHECK((data[1].value == "datasets" && data[1].points == 10));
    CHECK((data[2].value == "products" && data[2].points == -5));
    const auto& application = score_of(r, "application").reasons;
    REQUIRE(application.size() == 3);
    CHECK(application[0].question == "business");
    CHECK(application[1].value == "datasets");
    CHECK(application[2].value == "products");
    CHECK(score_of(r, "deployment").reasons.empty());
}

TEST_CASE("recommend::recommend keeps every reason, biggest first, ties in question order",
          "[recommend]") {
    const Catalog c = load_catalog(catalog_json(R"([{"id": "data", "name": "Data"}])", R"([
  {"id": "many", "type": "multi", "prompt": "Many?", "short_label": "many", "choices": [
    {"value": "a", "label": "A", "weights": {"data": 5}},
    {"value": "b", "label": "B", "weights": {"data": 20}},
    {"value": "c", "label": "C", "weights": {"data": -20}},
    {"value": "d", "label": "D", "weights": {"data": 10}},
    {"value": "e", "label": "E", "weights": {"data": 20}},
    {"value": "f", "label": "F", "weights": {"data": 1}}]}])"),
                                   "many.json");
    Answers a;
    a.items = {{"many", std::vector<std::string>{"a", "b", "c", "d", "e", "f"}}};
    const Recommendation r = recommend(c, a);
    const auto& reasons = r.ranking[0].reasons;
    REQUIRE(reasons.size() == 6);
    CHECK(reasons[0].value == "b");
    CHECK(reasons[1].value == "c");
    CHECK(reasons[2].value == "e");
    CHECK(reasons[3].value == "d");
    CHECK(reasons[4].value == "a");
    CHECK(reasons[5].value == "f");
}

TEST_CASE("recommend::recommend gives defaults no points and flags no pitfall from them",
          "[recommend]") {
    Answers a = scored_answers();
    for (auto& answer : a.items) {
        answer.source = AnswerSource::defaulted;
    }
    const Recommendation none = recommend(scored_catalog(), a);
    for (const auto& s : none.ranking) {
        CHECK(s.raw == 0);
        CHECK(s.reasons.empty());
    }
    CHECK(none.direction == "data"); // the catalogue's first: the advice to newcomers
    CHECK_FALSE(none.close_call);
    CHECK(none.pitfalls.empty());

    a.items[0].source = AnswerSource::flag; // role=analyst, given
    const Recommendation one = recommend(scored_catalog(), a);
    CHECK(score_of(one, "data").raw == 30);
    CHECK(score_of(one, "application").raw == 0);
    CHECK(score_of(one, "data").reasons.size() == 1);
}

TEST_CASE("recommend::recommend flags a pitfall when any of its conditions holds", "[recommend]") {
    const Recommendation r = recommend(scored_catalog(), scored_answers());
    REQUIRE(r.pitfalls.size() == 1);
    CHECK(r.pitfalls[0].pitfall == "weak-engineering");
    REQUIRE(r.pitfalls[0].causes.size() == 2);
    CHECK((r.pitfalls[0].causes[0].question == "interests" &&
           r.pitfalls[0].causes[0].value == "products"));
    CHECK((r.pitfalls[0].causes[1].question == "hours" && r.pitfalls[0].causes[1].value == "4"));
    CHECK(r.pitfalls[0].tasks == std::vector<std::string>{"bridge"});

    Answers calm = scored_answers();
    calm.items[1].value = std::vector<std::string>{"datasets"};
    calm.items[3].value = std::int64_t{10};
    CHECK(recommend(scored_catalog(), calm).pitfalls.empty());
}

TEST_CASE("recommend::recommend follows --direction and still ranks", "[recommend]") {
    const Recommendation r = recommend(scored_catalog(), scored_answers(), "platform");
    CHECK(r.direction == "platform");
    CHECK(r.chosen_by_user);
    CHECK(r.ranking[0].direction == "data");
    CHECK_THROWS_AS(recommend(scored_catalog(), scored_answers(), "platfrm"), InputError);
    CHECK_THROWS_WITH(recommend(scored_catalog(), scored_answers(), "platfrm"),
                      "unknown direction 'platfrm' (did you mean 'platform'?); choose one of "
                      "data, platform, application, deployment");
}

TEST_CASE("recommend::reason_text words a reason in English and Chinese", "[recommend]") {
    const Reason analyst{"role", "analyst", 30};
    CHECK(reason_text(scored_catalog(), "data", analyst, "en") ==
          "role: Analyst (+30): you already work with data");
    CHECK(reason_text(scored_catalog(), "data", analyst, "zh") ==
          "你已经在和数据打交道——角色为「分析师」，+30 分");
    CHECK(reason_text(scored_catalog(), "platform", {"role", "analyst", -10}, "zh") ==
          "角色为「分析师」，-10 分");
    CHECK(reason_text(scored_catalog(), "platform", {"role", "analyst", -10}, "en") ==
          "role: Analyst (-10)");
    CHECK(reason_text(scored_catalog(), "application", {"business", "yes", 20}, "en") ==
          "business sense: Yes (+20): products need people who talk to users");
}
