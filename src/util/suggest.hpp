#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace llmpath::util {

/// Edit distance between two byte strings: insertions, deletions, substitutions and adjacent
/// transpositions each cost 1.
std::size_t edit_distance(std::string_view a, std::string_view b);

/// The candidate closest to `word` if it is close enough to be a likely typo
/// (distance <= max(1, len/3)), first in `candidates` order on ties.
std::optional<std::string> closest(std::string_view word,
                                   const std::vector<std::string>& candidates);

/// " (did you mean 'X'?)" or "" — ready to append to a message.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

} // namespace llmpath::util
