#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace llmpath::json_input {

/// One reason a JSON text cannot be used as it stands: a syntax error (with line and column) or
/// a key given twice in one object (with the key's JSON Pointer). Messages are lowercase.
struct Problem {
    int line = 0;        ///< 1-based, with column; 0 for a duplicate key
    int column = 0;      ///< 1-based, in bytes
    std::string pointer; ///< JSON Pointer of the duplicate key; "" for syntax errors
    std::string message;
};

/// "LABEL:LINE:COLUMN: message" or "LABEL:POINTER: message"; `first_line` is the line of the
/// text's first line in a larger file (a batch line), so that positions name that file's lines.
std::string describe(const Problem& problem, std::string_view label, int first_line = 1);

struct Options {
    /// What the text is, for the nul-byte message: "a catalog" ("a catalog is utf-8 text").
    std::string_view document = "a json file";
    int max_depth = 64;
};

/// Hands the elements of one array of the root object to `element` one by one as each ends,
/// instead of keeping them in the document (a large catalogue's tasks). `begin` is called when
/// that array opens, with the document read so far, and decides whether to stream it.
template <typename Json> struct ArrayStream {
    std::string_view key;
    std::function<bool(const Json& root_so_far)> begin;
    std::function<void(Json&& element, std::size_t index)> element;
};

/// Parses `text` into `out`. A syntax error stops the parse and is the only problem returned;
/// a key given twice is a problem too (its first value is kept) and the parse goes on, so that
/// every duplicate is found. Nul bytes and nesting deeper than `options.max_depth` are syntax
/// errors. Returns the problems in document order; empty on success.
template <typename Json>
std::vector<Problem> parse(std::string_view text, Json& out, const Options& options,
                           ArrayStream<Json>* stream = nullptr);

extern template std::vector<Problem> parse(std::string_view, nlohmann::json&, const Options&,
                                           ArrayStream<nlohmann::json>*);
extern template std::vector<Problem> parse(std::string_view, nlohmann::ordered_json&,
                                           const Options&, ArrayStream<nlohmann::ordered_json>*);

} // namespace llmpath::json_input
