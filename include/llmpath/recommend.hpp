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
    std::string value; ///< the choice value
    std::int64_t points = 0;
};

struct DirectionScore {
    std::string direction;
    std::int64_t raw = 0;        ///< points: the sum of the weights of the answers given
    int score = 0;               ///< 0..100: raw as a share of the best direction's raw
    std::vector<Reason> reasons; ///< every answer that moved it, biggest |points| first
};

/// An answer that flags a pitfall: "python=none".
struct PitfallCause {
    std::string question;
    std::string value; ///< the answer's value (for a multi, only the values the condition names)
};

struct PitfallFlag {
    std::string pitfall;
    std::vector<PitfallCause> causes;
    std::vector<std::string> tasks; ///< tasks that address it
};

struct Recommendation {
    std::string direction;               ///< the one the plan is for
    bool chosen_by_user = false;         ///< --direction was given
    std::vector<DirectionScore> ranking; ///< most points first; ties by catalogue order
    bool close_call = false;             ///< top two within k_close_margin points
    std::vector<PitfallFlag> pitfalls;
};

inline constexpr int k_close_margin = 5;

/// Scores every direction from the answers the person gave: an answer taken from a default
/// (AnswerSource::defaulted) scores nothing and flags no pitfall. `chosen` (--direction) must
/// name a direction.
Recommendation recommend(const Catalog& catalog, const Answers& answers,
                         const std::optional<std::string>& chosen = std::nullopt);

/// "background: Backend engineer (+30): platform work is training pipelines and distributed
/// systems".
std::string reason_text(const Catalog& catalog, const std::string& direction, const Reason& reason,
                        std::string_view lang);

} // namespace llmpath
