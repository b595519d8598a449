#pragma once

// The catalogue loader tests' fixture: a minimal valid catalogue, and the problems of a text or
// of that catalogue after an edit.

#include <llmpath/catalog.hpp>

#include <nlohmann/json.hpp>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace llmpath::test {

using Lines = std::vector<std::string>;

/// Same as tests/data/catalog/valid/minimal.json and the example in docs/catalog-format.md.
extern const char* const k_minimal;

/// load_catalog's problems, each as "POINTER: message" or "LINE:COLUMN: message"; empty if it
/// loads.
std::vector<std::string> problems(std::string_view text);

/// The problems of the minimal catalogue after `edit`.
std::vector<std::string> problems_after(const std::function<void(nlohmann::ordered_json&)>& edit);

/// The fixture's question `id` in `doc`.
nlohmann::ordered_json& question(nlohmann::ordered_json& doc, std::string_view id);

/// A catalogue's "questions" array (JSON text) with the questions every catalogue must have for
/// the planner (hours_per_week, start_date) added at its end where missing.
std::string with_planning_questions(const std::string& questions);

} // namespace llmpath::test
