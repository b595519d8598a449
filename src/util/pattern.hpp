#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace llmpath::util {

/// Why `pattern` is not a regular expression RE2 accepts ("missing ')'", "a back reference or
/// lookaround, which cannot be matched in linear time", ...), or nullopt when it is one. RE2
/// matches in time linear in the text, whatever the pattern: no pattern can hang a run.
std::optional<std::string> pattern_error(std::string_view pattern);

/// Whether the whole of `text` matches `pattern` (RE2 syntax, UTF-8); false for a pattern that
/// pattern_error refuses.
bool full_match(std::string_view pattern, std::string_view text);

} // namespace llmpath::util
