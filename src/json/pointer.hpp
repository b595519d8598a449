#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace llmpath {

/// A JSON Pointer kept as a chain of stack frames and rendered only when a problem is reported,
/// so that walking a large valid document allocates nothing for paths.
struct JsonPath {
    const JsonPath* parent = nullptr;
    std::string_view key;
    std::size_t index = 0;
    bool is_index = false;

    // A child points at its parent, so the parent must be a named object, not a temporary that
    // dies at the end of the expression: `a / 1 / "b"` does not compile.
    JsonPath operator/(std::string_view k) const& { return JsonPath{this, k, 0, false}; }
    JsonPath operator/(std::size_t i) const& { return JsonPath{this, {}, i, true}; }
    JsonPath operator/(std::string_view k) const&& = delete;
    JsonPath operator/(std::size_t i) const&& = delete;

    /// "/tasks/3/hours"; "" for the root.
    std::string str() const;
    /// The first segment under the root ("tasks"), and the index below it plus one (0 if none):
    /// what orders problems by document section.
    std::string_view section() const;
    std::size_t section_index() const;
};

/// A JSON Pointer segment: '~' and '/' escaped as "~0" and "~1".
std::string pointer_segment(std::string_view key);

} // namespace llmpath
