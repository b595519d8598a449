#pragma once

#include <llmpath/answers.hpp>
#include <llmpath/catalog.hpp>
#include <llmpath/recommend.hpp>
#include <llmpath/schedule.hpp>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace llmpath {

/// The members of a plan item that depend on its task only, written once per task for one
/// catalogue and language, so that many compact reports (batch) do not write them again.
struct JsonTextCache {
    /// A task's members of a plan item that depend on the task only, as compact JSON.
    struct TaskText {
        std::string head;        ///< "task" and "title"
        std::string deliverable; ///< "deliverable", written in the task's last part
        std::string resources;   ///< "resources", written in its first part
    };
    std::string lang;
    std::vector<TaskText> tasks; ///< indexed like Catalog::tasks
};

/// Everything a renderer needs; plan is null for `llmpath recommend`.
struct Report {
    const Catalog& catalog;
    const Answers& answers;
    const Recommendation& recommendation;
    const Plan* plan = nullptr;
    std::string lang = "en";
    std::string version;       ///< llmpath version for "generated_by"
    const JsonTextCache* json_cache = nullptr; ///< optional; must match catalog and lang
};

struct TextOptions {
    bool color = false;
    int width = 80;            ///< wrap to this many terminal columns
};

std::string render_recommendation_text(const Report& report, const TextOptions& options);
std::string render_plan_text(const Report& report, const TextOptions& options);
std::string render_markdown(const Report& report);
/// indent: spaces per level, at most 15 (std::invalid_argument beyond); < 0: compact, one line
/// (batch).
std::string render_json(const Report& report, int indent = 2);

/// Builds the cache render_json uses when Report::json_cache points to it; same output, faster.
JsonTextCache build_json_text_cache(const Catalog& catalog, std::string_view lang);

} // namespace llmpath
