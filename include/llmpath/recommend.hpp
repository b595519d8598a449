#pragma once

#include <llmpath/answers.hpp>
#include <llmpath/catalog.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace llmpath {

/// One answer that moved a direction's score.
struct Reason {
    std::string question;
    std::string value;   ///< the choice value
    std::int64_t points = 0;
};

struct DirectionScore {
    std::string direction;
    std::int64_t raw = 0;         ///< sum of weights
    int score = 0;                ///< normalised 0..100 (docs/recommendation.md)
    std::vector<Reason> reasons;  ///< 2..4 when the answers allow, biggest |points| first
};

struct PitfallFlag {
    std::string pitfall;
    std::vector<std::string> causes;  ///< "python=none"
    std::vector<std::string> tasks;   ///< tasks that address it
};

struct Recommendation {
    std::string direction;               ///< the one the plan is for
    bool chosen_by_user = false;         ///< --direction was given
    std::vector<DirectionScore> ranking; ///< best first; ties by catalogue order
    bool close_call = false;             ///< top two within k_close_margin points
    std::vector<PitfallFlag> pitfalls;
};

inline constexpr int k_close_margin = 5;

/// Scores every direction from the answers. `chosen` (--direction) must name a direction.
Recommendation recommend(const Catalog& catalog, const Answers& answers,
                         const std::optional<std::string>& chosen = std::nullopt);

/// "background: Backend engineer (+30): platform work is training pipelines and distributed systems".
std::string reason_text(const Catalog& catalog, const std::string& direction, const Reason& reason,
                        std::string_view lang);

} // namespace llmpath
