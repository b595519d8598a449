#include "support/catalog_fixture.hpp"
#include "support/check.hpp"

#include <llmpath/error.hpp>

#include <catch2/catch.hpp>

#include <stdexcept>
#include <vector>

namespace llmpath::test {

const char* const k_minimal = R"json({
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

std::vector<std::string> problems(std::string_view text) {
    std::vector<std::string> out;
    try {
        load_catalog(std::string(text), "test.json");
    } catch (const CatalogError& e) {
        for (const auto& p : e.problems()) {
            out.push_back(p.line > 0 ? std::to_string(p.line) + ":" + std::to_string(p.column) +
                                           ": " + p.message
                                     : (p.pointer.empty() ? "/" : p.pointer) + ": " + p.message);
        }
    }
    return out;
}

std::vector<std::string> problems_after(const std::function<void(nlohmann::ordered_json&)>& edit) {
    nlohmann::ordered_json doc = nlohmann::ordered_json::parse(k_minimal);
    edit(doc);
    return problems(doc.dump());
}

nlohmann::ordered_json& question(nlohmann::ordered_json& doc, std::string_view id) {
    for (auto& q : doc["questions"]) {
        if (q["id"] == id) {
            return q;
        }
    }
    throw std::logic_error("no such question in the fixture");
}

std::string with_planning_questions(const std::string& questions) {
    auto list = nlohmann::ordered_json::parse(questions);
    const auto has = [&](std::string_view id) {
        return std::any_of(list.begin(), list.end(), [&](const auto& q) { return q["id"] == id; });
    };
    if (!has("hours_per_week")) {
        list.push_back({{"id", "hours_per_week"},
                        {"type", "integer"},
                        {"prompt", "Hours?"},
                        {"short_label", "hours"},
                        {"min", 2},
                        {"max", 60},
                        {"default", 10}});
    }
    if (!has("start_date")) {
        list.push_back({{"id", "start_date"},
                        {"type", "date"},
                        {"prompt", "Start?"},
                        {"short_label", "start"},
                        {"default", "today"}});
    }
    return list.dump();
}

} // namespace llmpath::test
