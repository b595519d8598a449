#pragma once

#include <llmpath/error.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace llmpath::util {

/// Why `pattern` is not a regular expression RE2 accepts, in both languages ("unbalanced
/// parentheses", "invalid escape '\\1' (a back reference cannot be matched in linear time)",
/// ...), or nullopt when it is one. RE2
/// matches in time linear in the text, whatever the pattern: no pattern can hang a run.
std::optional<Said> pattern_error(std::string_view pattern);

/// Whether the whole of `text` matches `pattern` (RE2 syntax, UTF-8); false for a pattern that
/// pattern_error refuses.
bool full_match(std::string_view pattern, std::string_view text);

} // namespace llmpath::util
