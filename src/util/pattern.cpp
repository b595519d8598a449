#include "util/pattern.hpp"

#include "util/say.hpp"

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

Said reason(const RE2& re) {
    const Said arg{"'" + re.error_arg() + "'", "「" + re.error_arg() + "」"};
    switch (re.error_code()) {
    case RE2::ErrorBadEscape:
        return say(msg::re_bad_escape, arg);
    case RE2::ErrorBadCharClass:
    case RE2::ErrorBadCharRange:
        return say(msg::re_bad_class, arg);
    case RE2::ErrorMissingBracket:
        return say(msg::re_missing_bracket);
    case RE2::ErrorMissingParen:
        return say(msg::re_missing_paren);
    case RE2::ErrorUnexpectedParen:
        return say(msg::re_unexpected_paren);
    case RE2::ErrorTrailingBackslash:
        return say(msg::re_trailing_backslash);
    case RE2::ErrorRepeatArgument:
        return say(msg::re_repeat_argument, arg);
    case RE2::ErrorRepeatSize:
        return say(msg::re_repeat_size, arg);
    case RE2::ErrorRepeatOp:
        return say(msg::re_repeat_op, arg);
    case RE2::ErrorBadPerlOp:
        return say(msg::re_bad_perl_op, arg);
    case RE2::ErrorBadUTF8:
        return say(msg::re_bad_utf8);
    case RE2::ErrorBadNamedCapture:
        return say(msg::re_bad_named_capture, arg);
    case RE2::ErrorPatternTooLarge:
        return say(msg::re_too_large);
    default:
        return say(msg::re_invalid);
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

std::optional<Said> pattern_error(std::string_view pattern) {
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
