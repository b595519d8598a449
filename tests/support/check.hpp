#pragma once

// What many test files check with: golden files, lines, folder entries, dates, the renderer
// fixture, and the sample a census takes.

#include <llmpath/catalog.hpp>
#include <llmpath/date.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace llmpath::test {

/// Compares `actual` with tests/data/RELATIVE; LLMPATH_UPDATE_GOLDEN=1 rewrites the file first.
void check_golden(const std::string& relative, const std::string& actual);

/// The lines of `text`, without their '\n' (a final newline ends the last line).
std::vector<std::string> lines_of(const std::string& text);

/// How many times `what` occurs in `text` (overlapping occurrences counted).
std::size_t occurrences(const std::string& text, const std::string& what);

/// How many entries the folder has.
std::size_t entries(const std::string& dir);

/// A date written as YYYY-MM-DD (the test's own, so it is valid).
Date date(const char* text);

/// tests/data/render/catalog.json, loaded once: the catalogue the renderer and tracking tests use.
const Catalog& render_fixture();

/// N from LLMPATH_TEST_SAMPLE, 1 when unset or not above 1.
std::size_t sample_every();

/// Every Nth of `all` (the first included), N from sample_every(). The censuses check every case
/// in the release run; the sanitized run, ten times slower, samples them.
template <typename T> std::vector<T> sampled(const std::vector<T>& all) {
    std::vector<T> out;
    for (std::size_t i = 0; i < all.size(); i += sample_every()) {
        out.push_back(all[i]);
    }
    return out;
}

} // namespace llmpath::test
