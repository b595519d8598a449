#include "util/suggest.hpp"

#include <algorithm>

namespace llmpath::util {

std::size_t edit_distance(std::string_view a, std::string_view b) {
    // Optimal string alignment: Levenshtein plus adjacent transpositions ("plna" -> "plan" is 1).
    // Three rows of b.size() + 1: memory linear in the shorter input, never a matrix.
    if (a.size() < b.size()) {
        std::swap(a, b);
    }
    const std::size_t cols = b.size() + 1;
    std::vector<std::size_t> before(cols);
    std::vector<std::size_t> prev(cols);
    std::vector<std::size_t> row(cols);
    for (std::size_t j = 0; j < cols; ++j) {
        prev[j] = j;
    }
    for (std::size_t i = 1; i <= a.size(); ++i) {
        row[0] = i;
        for (std::size_t j = 1; j < cols; ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            std::size_t best = std::min({prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                best = std::min(best, before[j - 2] + 1);
            }
            row[j] = best;
        }
        std::swap(before, prev);
        std::swap(prev, row);
    }
    return prev[b.size()];
}

std::optional<std::string> closest(std::string_view word,
                                   const std::vector<std::string>& candidates) {
    if (word.size() > k_max_suggest_length) {
        return std::nullopt; // no typo of a name is that long
    }
    const std::size_t limit = std::max<std::size_t>(1, word.size() / 3);
    std::optional<std::string> best;
    std::size_t best_distance = limit + 1;
    for (const auto& c : candidates) {
        // The distance is at least the difference in length: skip what cannot be close.
        const std::size_t apart =
            c.size() > word.size() ? c.size() - word.size() : word.size() - c.size();
        if (apart >= best_distance) {
            continue;
        }
        const std::size_t d = edit_distance(word, c);
        if (d < best_distance) {
            best_distance = d;
            best = c;
        }
    }
    return best;
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
    if (auto c = closest(word, candidates)) {
        return " (did you mean '" + *c + "'?)";
    }
    return "";
}

} // namespace llmpath::util
