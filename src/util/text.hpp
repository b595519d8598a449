#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace llmpath::util {

/// Columns `s` takes in a terminal, by Unicode's East Asian Width: wide and fullwidth code points
/// count 2, combining marks, format and control characters 0, everything else 1. Invalid UTF-8
/// bytes count 1 each. (line_break.cpp)
int display_width(std::string_view s);

/// The one sanitiser for text that reaches a terminal, a file name or a document: removes C0/C1
/// control characters and DEL (keeps '\n' when keep_newlines; a tab becomes a space), so text
/// cannot inject escape sequences, and the characters that make text look other than it is:
/// bidirectional marks, embeddings, overrides and isolates (U+061C, U+200E, U+200F,
/// U+202A..U+202E, U+2066..U+2069) and zero-width ones (U+200B..U+200D, U+2060..U+2064,
/// U+FEFF). Invalid UTF-8 bytes become U+FFFD.
std::string strip_controls(std::string_view s, bool keep_newlines = false);

/// True if `s` is valid UTF-8.
bool is_valid_utf8(std::string_view s);
/// Whether strip_controls(s) == s: valid UTF-8 without control characters (nor tabs).
bool is_clean_text(std::string_view s);
/// strip_controls(s), without a copy's work for text that has nothing to strip.
std::string clean_text(std::string_view s);
/// Whether `s` holds a byte a JSON string literal must escape: a control, '"' or '\\'.
bool needs_json_escape(std::string_view s);

/// Copies `s` to `out` (room for s.size() bytes) when it is printable ASCII without a quote or
/// backslash: text that is clean and that a JSON string literal holds as it is. Returns the end of
/// the copy, or nullptr (and `out` holds junk) when `s` is anything else. One pass for the usual
/// case of is_clean_text, needs_json_escape and a copy.
char* copy_if_plain(char* out, std::string_view s);

/// Number of code points in valid UTF-8 `s`.
std::size_t code_points(std::string_view s);

/// Pads `s` with spaces on the right to `width` display columns (never truncates).
std::string pad_right(std::string_view s, int width);

/// Greedy line filling to `width` display columns, breaking only where the Unicode line breaking
/// algorithm (UAX #14) allows: never before a closing mark (，。、）…) or after an opening one,
/// never inside a Latin word, and never between a number and the short word after it ("10 h").
/// Runs of spaces and line breaks count as one space. A piece wider than the width gets a line
/// of its own. Lines after the first are prefixed with `indent` (counted in the width).
/// (line_break.cpp)
std::vector<std::string> wrap(std::string_view s, int width, std::string_view indent = "");

/// Separates the items of a table cell that wrap_items keeps whole (a list of keywords).
inline constexpr const char* k_item_separator = "\x1f";

/// Lines of at most `width` columns holding `items` joined by `sep`, breaking only between
/// items (an item wider than the width is wrapped on its own). (line_break.cpp)
std::vector<std::string> wrap_items(const std::vector<std::string>& items, std::string_view sep,
                                    int width);

/// ASCII lower-case copy (CJK and other bytes unchanged).
std::string ascii_lower(std::string_view s);

/// The shortest text that reads back as `d`: "0.5", "100000".
std::string format_number(double d);

/// `s` with its first letter lowercase (system messages start with a capital; ours do not).
std::string lower_first(std::string s);

/// Trims ASCII whitespace from both ends.
std::string_view trim(std::string_view s);

/// The items with `sep` between them, and `last_sep` (when given) before the last one:
/// join({"a", "b", "c"}, ", ", " or ") is "a, b or c".
std::string join(const std::vector<std::string>& items, std::string_view sep,
                 std::string_view last_sep = {});

/// `s` in single quotes for a message: controls removed, cut after 60 code points with "...".
std::string quote(std::string_view s);
/// Chinese for "subject is value": "背景为「后端工程师」", with a space after a Latin subject
/// ("Python 为「会一点」").
std::string zh_is(std::string_view subject, std::string_view value);

/// Splits on `sep`, trimming each piece; empty pieces are kept.
std::vector<std::string> split(std::string_view s, char sep);

} // namespace llmpath::util
