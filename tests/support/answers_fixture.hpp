// The small catalogue of every question type that the answers' tests read, and their helpers.
#pragma once

#include <llmpath/answers.hpp>
#include <llmpath/catalog.hpp>
#include <llmpath/error.hpp>

#include "support/catalog_fixture.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace llmpath::test {

// Every question type; k8s is asked only for backend engineers; nickname has no default.
inline const char* const k_questions = R"([
  {"id": "background", "type": "single", "prompt": "Current role?", "help": "Pick the closest.",
   "short_label": {"en": "background", "zh": "背景"}, "default": "none",
   "choices": [
     {"value": "none", "label": {"en": "No technical background", "zh": "无技术背景"}},
     {"value": "backend", "label": {"en": "Backend engineer", "zh": "后端工程师"},
      "skills": ["python"]},
     {"value": "student", "label": "Student"}]},
  {"id": "k8s", "type": "boolean", "prompt": "Used Kubernetes?", "short_label": "Kubernetes",
   "default": false, "when": {"question": "background", "in": ["backend"]}},
  {"id": "interests", "type": "multi", "prompt": "Interests?", "short_label": "interests",
   "default": ["data"], "min_selected": 1, "max_selected": 2,
   "choices": [{"value": "data", "label": "Data"}, {"value": "products", "label": "Products"},
               {"value": "systems", "label": "Systems", "skills": ["linux"]}]},
  {"id": "hours_per_week", "type": "integer", "prompt": "Hours per week?",
   "short_label": "hours per week", "default": 10, "min": 2, "max": 60},
  {"id": "start_date", "type": "date", "prompt": "Start date?", "short_label": "start date",
   "default": "today"},
  {"id": "nickname", "type": "text", "prompt": "Nickname?", "short_label": "nickname",
   "pattern": "[a-z]+", "max_length": 8}
])";

inline std::string catalog_json(const std::string& questions) {
    return R"({"schema_version": 1, "id": "test", "version": "1.0", "languages": ["en", "zh"],
  "title": "Test", "directions": [{"id": "data", "name": "Data"}],
  "phases": [{"id": "all", "title": "All", "start_day": 0, "end_day": 182, "goal": "g",
              "checkpoint": "c"}],
  "skills": [{"id": "python", "name": "Python"}, {"id": "linux", "name": "Linux"}],
  "questions": )" +
           test::with_planning_questions(questions) + R"(, "tasks": []})";
}

inline const Catalog& test_catalog() {
    static const Catalog catalog = load_catalog(catalog_json(k_questions), "test.json");
    return catalog;
}

inline const Question& question(const char* id) {
    return *test_catalog().find_question(id);
}

inline const Date k_today{2026, 3, 2};

inline Condition cond(std::string question, std::vector<std::string> in,
                      std::optional<std::int64_t> min = std::nullopt,
                      std::optional<std::int64_t> max = std::nullopt) {
    return Condition{std::move(question), std::move(in), min, max};
}

inline AnswerValue parse_ok(const char* id, std::string_view text, std::string_view lang = "en") {
    auto result = parse_answer(question(id), text, lang, k_today);
    if (auto* message = std::get_if<std::string>(&result)) {
        FAIL("unexpected error: " << *message);
    }
    return std::get<AnswerValue>(result);
}

inline std::string parse_error(const char* id, std::string_view text) {
    auto result = parse_answer(question(id), text, "en", k_today);
    REQUIRE(std::holds_alternative<std::string>(result));
    return std::get<std::string>(result);
}

inline AnswerInput input_with(std::vector<std::string> flags,
                              std::optional<std::string> file = {}) {
    AnswerInput input;
    input.flags = std::move(flags);
    if (file) {
        input.file_name = "team.json";
        input.file_text = std::move(file);
    }
    input.today = k_today;
    return input;
}

inline std::vector<std::string> problems_of(const AnswerInput& input) {
    try {
        gather_answers(test_catalog(), input);
    } catch (const AnswerError& e) {
        return e.problems();
    }
    FAIL("expected an AnswerError");
    return {};
}

inline const Answer& answer(const Gathered& g, const char* id) {
    const Answer* a = g.answers.find(id);
    REQUIRE(a != nullptr);
    return *a;
}

} // namespace llmpath::test
