#pragma once

#include <llmpath/error.hpp>
#include <llmpath/messages.hpp>

#include <fmt/format.h>

#include <string>
#include <string_view>
#include <vector>

namespace llmpath::util {

/// A piece of a message: a Said gives each language its own words, anything else is the same in
/// both (a name, a number, a path).
inline const std::string& in_lang(const Said& piece, std::string_view lang) {
    return piece.in(lang);
}
template <class T> const T& in_lang(const T& piece, std::string_view /*lang*/) {
    return piece;
}

/// `words` filled with `args` in each language ("{0}" is the first argument).
template <class... Args> Said say(const msg::Words& words, const Args&... args) {
    return {fmt::format(fmt::runtime(words.en), in_lang(args, "en")...),
            fmt::format(fmt::runtime(words.zh), in_lang(args, "zh")...)};
}

/// A name the person gave, quoted for a message: 'data-colect' and 「data-colect」 (controls
/// removed, cut after 60 code points).
Said quoted(std::string_view s);

/// " (did you mean 'X'?)" and "（是不是想输入「X」？）", or empty when no candidate is close.
Said suggestion(std::string_view word, const std::vector<std::string>& candidates);

/// The operating system's reason for `err` (an errno value): strerror's text in English, ours in
/// Chinese for the common ones (ENOENT, EACCES, ...), else strerror's text in both.
Said os_reason(int err);

/// The items joined as a list in each language: "a, b" and "a、b".
Said listed(const std::vector<std::string>& items);

} // namespace llmpath::util
