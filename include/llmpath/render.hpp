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

/// Everything a renderer needs; plan is null for `llmpath recommend`.
struct Report {
    const Catalog& catalog;
    const Answers& answers;
    const Recommendation& recommendation;
    const Plan* plan = nullptr;
    std::string lang = "en";
    std::string version; ///< llmpath version for "generated_by"
};

struct TextOptions {
    bool color = false;
    int width = 80;    ///< wrap to this many terminal columns
    bool full = false; ///< the whole plan, every week; else its summary (text only)
    /// The summary's room in lines (0: no limit): its first two weeks show as much as fits.
    int max_lines = 0;
};

std::string render_recommendation_text(const Report& report, const TextOptions& options);
std::string render_plan_text(const Report& report, const TextOptions& options);
std::string render_markdown(const Report& report);
/// indent: spaces per level, at most 15 (std::invalid_argument beyond); < 0: compact, one line
/// (batch).
/// `learner` names whom the plan is for (a batch line's "name" or "id"): the key "learner",
/// absent when it is empty.
std::string render_json(const Report& report, int indent = 2, std::string_view learner = {});

} // namespace llmpath
