#pragma once

#include <llmpath/error.hpp>
#include <llmpath/messages.hpp>

#include "json/tree.hpp"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace llmpath::json_input {

/// One reason a JSON text cannot be used as it stands: a syntax error (with line and column) or
/// a key given twice in one object (with the key's JSON Pointer). Messages are lowercase in
/// English.
struct Problem {
    int line = 0;        ///< 1-based, with column; 0 for a duplicate key
    int column = 0;      ///< 1-based, in bytes
    std::string pointer; ///< JSON Pointer of the duplicate key; "" for syntax errors
    Said message;
};

/// "LABEL:LINE:COLUMN: message" or "LABEL:POINTER: message" (a full-width colon after the place
/// in Chinese); `first_line` is the line of the text's first line in a larger file (a batch
/// line), so that positions name that file's lines.
Said describe(const Problem& problem, std::string_view label, int first_line = 1);

struct Options {
    /// What the text is, for the nul-byte message: "a catalog" ("a catalog is utf-8 text").
    msg::Words document = msg::doc_json_file;
    int max_depth = 64;
    /// Keys of the root object whose values are read past (checked, not kept): they read as null.
    std::vector<std::string_view> skip_keys = {};
    /// The reading stops at this many keys given twice (a reader that lists at most this many
    /// problems has no use for more).
    std::size_t max_problems = static_cast<std::size_t>(-1);
};

/// Parses `text` into `out`. A syntax error stops the parse and is the only problem returned;
/// a key given twice is a problem too (its first value is kept) and the parse goes on, so that
/// every duplicate is found (up to `options.max_problems`). Nul bytes and nesting deeper than
/// `options.max_depth` are syntax errors. Returns the problems in document order; empty on success.
template <typename Json>
std::vector<Problem> parse(std::string_view text, Json& out, const Options& options);

/// The same, into a Tree: the catalogue's loader reads one.
std::vector<Problem> parse(std::string_view text, Tree& out, const Options& options);

extern template std::vector<Problem> parse(std::string_view, nlohmann::json&, const Options&);
extern template std::vector<Problem> parse(std::string_view, nlohmann::ordered_json&,
                                           const Options&);

} // namespace llmpath::json_input
