#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace llmpath::util {

/// Edit distance between two byte strings: insertions, deletions, substitutions and adjacent
/// transpositions each cost 1. Memory linear in the shorter string.
std::size_t edit_distance(std::string_view a, std::string_view b);

/// Words longer than this get no suggestion: bounded work and memory for any input.
inline constexpr std::size_t k_max_suggest_length = 256;

/// The candidate closest to `word` if it is close enough to be a likely typo
/// (distance <= max(1, len/3)), first in `candidates` order on ties. Candidates whose length
/// differs by more than that are not compared; a word over k_max_suggest_length has none.
std::optional<std::string> closest(std::string_view word,
                                   const std::vector<std::string>& candidates);

/// " (did you mean 'X'?)" or "" — ready to append to a message.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

} // namespace llmpath::util
