#pragma once

// What many test files check with: golden files, lines, folder entries, dates.

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

/// How many entries the folder has.
std::size_t entries(const std::string& dir);

/// A date written as YYYY-MM-DD (the test's own, so it is valid).
Date date(const char* text);

/// tests/data/render/catalog.json, loaded once: the catalogue the renderer and tracking tests use.
const Catalog& render_fixture();

} // namespace llmpath::test
