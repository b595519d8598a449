#pragma once

#include <string>
#include <string_view>

namespace llmpath::test {

/// The first way `text` breaks a checkable rule of docs/chinese-style.md, or "": a half-width
/// comma, colon, semicolon, parenthesis or square bracket beside a Chinese character or
/// full-width mark; a bracket inside a bracket; a Chinese character touching a Latin letter or
/// digit with no space between. Lines that start with "用法：" are usage syntax and exempt from
/// the half-width rule; `{0}` placeholders count as neither Chinese nor Latin.
std::string chinese_style_problem(std::string_view text);

} // namespace llmpath::test
