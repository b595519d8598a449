#include "util/suggest.hpp"

#include <algorithm>

namespace llmpath::util {

std::size_t edit_distance(std::string_view a, std::string_view b) {
    // Optimal string alignment: Levenshtein plus adjacent transpositions ("plna" -> "plan" is 1).
    const std::size_t cols = b.size() + 1;
    std::vector<std::size_t> d((a.size() + 1) * cols);
    for (std::size_t i = 0; i <= a.size(); ++i) {
        d[i * cols] = i;
    }
    for (std::size_t j = 0; j <= b.size(); ++j) {
        d[j] = j;
    }
    for (std::size_t i = 1; i <= a.size(); ++i) {
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            std::size_t best = std::min({d[(i - 1) * cols + j] + 1, d[i * cols + j - 1] + 1,
                                         d[(i - 1) * cols + j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                best = std::min(best, d[(i - 2) * cols + j - 2] + 1);
            }
            d[i * cols + j] = best;
        }
    }
    return d[a.size() * cols + b.size()];
}

std::optional<std::string> closest(std::string_view word,
                                   const std::vector<std::string>& candidates) {
    const std::size_t limit = std::max<std::size_t>(1, word.size() / 3);
    std::optional<std::string> best;
    std::size_t best_distance = limit + 1;
    for (const auto& c : candidates) {
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
