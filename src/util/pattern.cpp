#include "util/pattern.hpp"

#include <re2/re2.h>

#include <memory>

namespace llmpath::util {

namespace {

RE2::Options options() {
    RE2::Options o;
    o.set_log_errors(false); // the caller words the error
    o.set_encoding(RE2::Options::EncodingUTF8);
    o.set_max_mem(8 << 20); // RE2's default: a pattern needing more is refused, never slow
    return o;
}

std::string reason(const RE2& re) {
    const std::string arg = "'" + re.error_arg() + "'";
    switch (re.error_code()) {
    case RE2::ErrorBadEscape:
        return "invalid escape " + arg + " (a back reference cannot be matched in linear time)";
    case RE2::ErrorBadCharClass:
    case RE2::ErrorBadCharRange:
        return "invalid character class or range " + arg;
    case RE2::ErrorMissingBracket:
        return "unbalanced '['";
    case RE2::ErrorMissingParen:
        return "unbalanced parentheses";
    case RE2::ErrorUnexpectedParen:
        return "unexpected ')'";
    case RE2::ErrorTrailingBackslash:
        return "a '\\' ends the pattern";
    case RE2::ErrorRepeatArgument:
        return "a repeat " + arg + " follows nothing";
    case RE2::ErrorRepeatSize:
        return "invalid repeat count " + arg + " (at most 1000)";
    case RE2::ErrorRepeatOp:
        return "invalid repeat " + arg;
    case RE2::ErrorBadPerlOp:
        return "unsupported group " + arg + " (lookaround cannot be matched in linear time)";
    case RE2::ErrorBadUTF8:
        return "invalid UTF-8";
    case RE2::ErrorBadNamedCapture:
        return "invalid named group " + arg;
    case RE2::ErrorPatternTooLarge:
        return "too large to match in bounded memory";
    default:
        return "invalid";
    }
}

/// The compiled pattern, kept for the next call with the same pattern (a batch checks the same
/// question's pattern on every line).
const RE2& compiled(std::string_view pattern) {
    thread_local std::unique_ptr<RE2> last;
    if (!last || last->pattern() != pattern) {
        last = std::make_unique<RE2>(re2::StringPiece(pattern.data(), pattern.size()), options());
    }
    return *last;
}

} // namespace

std::optional<std::string> pattern_error(std::string_view pattern) {
    const RE2& re = compiled(pattern);
    if (re.ok()) {
        return std::nullopt;
    }
    return reason(re);
}

bool full_match(std::string_view pattern, std::string_view text) {
    const RE2& re = compiled(pattern);
    return re.ok() && RE2::FullMatch(re2::StringPiece(text.data(), text.size()), re);
}

} // namespace llmpath::util
