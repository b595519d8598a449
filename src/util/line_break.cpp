// Widths and line breaking by the Unicode rules, from ICU (Debian's libicu-dev, linked
// statically): East Asian Width (UAX #11) for columns, the line breaking algorithm (UAX #14) for
// where a line may end. docs/architecture.md says why ICU and not hand-written tables.
#include "util/text.hpp"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <memory>
#include <stdexcept>
#include <utility>

namespace llmpath::util {

namespace {

int width_of(UChar32 cp) {
    if (cp < 0) {
        return 1; // an invalid byte
    }
    if (cp < 0x300) {
        return cp < 0x20 || (cp >= 0x7F && cp < 0xA0) ? 0 : 1;
    }
    const auto type = static_cast<UCharCategory>(u_charType(cp));
    if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK || type == U_FORMAT_CHAR ||
        (cp >= 0x1160 && cp <= 0x11FF)) { // Hangul medial vowels and final consonants join
        return 0;
    }
    const auto eaw =
        static_cast<UEastAsianWidth>(u_getIntPropertyValue(cp, UCHAR_EAST_ASIAN_WIDTH));
    return eaw == U_EA_WIDE || eaw == U_EA_FULLWIDTH ? 2 : 1;
}

/// The line break iterator of this thread (ICU's are not shared between threads).
icu::BreakIterator& line_breaker() {
    thread_local std::unique_ptr<icu::BreakIterator> breaker = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> b(
            icu::BreakIterator::createLineInstance(icu::Locale::getRoot(), status));
        if (U_FAILURE(status) || b == nullptr) {
            throw std::runtime_error(std::string("ICU line breaking: ") + u_errorName(status));
        }
        return b;
    }();
    return *breaker;
}

/// Runs of spaces, tabs and line breaks become one space; none at either end.
std::string collapse_spaces(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    bool space = false;
    for (const char c : s) {
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            space = !out.empty();
            continue;
        }
        if (space) {
            out += ' ';
            space = false;
        }
        out += c;
    }
    return out;
}

/// Where a line may end in `s` (byte offsets, ascending, the last one s.size()), by UAX #14.
std::vector<std::size_t> break_offsets(const std::string& s) {
    UErrorCode status = U_ZERO_ERROR;
    UText* text = utext_openUTF8(nullptr, s.data(), static_cast<int64_t>(s.size()), &status);
    icu::BreakIterator& breaker = line_breaker();
    breaker.setText(text, status);
    std::vector<std::size_t> out;
    for (int32_t at = breaker.next(); at != icu::BreakIterator::DONE; at = breaker.next()) {
        out.push_back(static_cast<std::size_t>(at));
    }
    utext_close(text);
    if (U_FAILURE(status) || out.empty() || out.back() != s.size()) {
        out.push_back(s.size());
    }
    return out;
}

bool is_ascii_letter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

/// Opening brackets and quotes that may stand before a number in the same piece: "（16 ".
constexpr std::string_view k_openers[] = {"(", "[", "（", "「", "“", "【"};

bool is_number(std::string_view word) {
    word = trim(word);
    for (bool again = true; again;) {
        again = false;
        for (const std::string_view opener : k_openers) {
            if (word.starts_with(opener)) {
                word.remove_prefix(opener.size());
                again = true;
            }
        }
    }
    constexpr std::string_view k_ordinal = "第 "; // "第 5 周" is one piece
    if (word.starts_with(k_ordinal)) {
        word.remove_prefix(k_ordinal.size());
    }
    if (word.empty() || word.back() < '0' || word.back() > '9') {
        return false;
    }
    for (const char c : word) {
        if (!((c >= '0' && c <= '9') || c == '.' || c == ',' || c == '$' || c == '+' || c == '-')) {
            return false;
        }
    }
    return true;
}

/// Columns of the letters of a piece (its punctuation and spaces not counted): how long a unit
/// after a number is ("小时）" is 4, "h," is 1).
int letter_width(std::string_view piece) {
    int w = 0;
    for (std::size_t i = 0; i < piece.size();) {
        const auto b = static_cast<unsigned char>(piece[i]);
        const std::size_t n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
        const std::string_view ch = piece.substr(i, n);
        if (n == 1 ? ((b | 0x20) >= 'a' && (b | 0x20) <= 'z')
                   : n == 3 && ch >= "\u4e00" && ch <= "\u9fff") {
            w += n == 1 ? 1 : 2;
        }
        i += n;
    }
    return w;
}

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

/// The end of the digits at `at`, or `at` itself when there are none.
std::size_t digits_end(std::string_view s, std::size_t at) {
    while (at < s.size() && is_digit(s[at])) {
        ++at;
    }
    return at;
}

/// The end of `word` at `at`, or npos.
std::size_t word_end(std::string_view s, std::size_t at, std::string_view word) {
    return s.substr(at).starts_with(word) ? at + word.size() : std::string_view::npos;
}

/// The end of one of `words` at `at`, or npos.
template <std::size_t N>
std::size_t any_end(std::string_view s, std::size_t at, const std::string_view (&words)[N]) {
    for (const std::string_view w : words) {
        if (const auto end = word_end(s, at, w); end != std::string_view::npos) {
            return end;
        }
    }
    return std::string_view::npos;
}

constexpr std::string_view k_zh_weekdays[] = {"（周一）", "（周二）", "（周三）", "（周四）",
                                              "（周五）", "（周六）", "（周日）"};
constexpr std::string_view k_en_weekdays[] = {"Mon ", "Tue ", "Wed ", "Thu ",
                                              "Fri ", "Sat ", "Sun "};
constexpr std::string_view k_en_months[] = {" Jan", " Feb", " Mar", " Apr", " May", " Jun",
                                            " Jul", " Aug", " Sep", " Oct", " Nov", " Dec"};

/// The end of a Chinese date at `at` ("2027 年 4 月 19 日（周一）", "4 月 19 日"), or npos.
std::size_t zh_date_end(std::string_view s, std::size_t at) {
    std::size_t end = digits_end(s, at);
    if (end == at) {
        return std::string_view::npos;
    }
    if (const auto year = word_end(s, end, " 年 "); year != std::string_view::npos) {
        end = digits_end(s, year);
    }
    end = word_end(s, end, " 月 ");
    if (end == std::string_view::npos || digits_end(s, end) == end) {
        return std::string_view::npos;
    }
    end = word_end(s, digits_end(s, end), " 日");
    if (end == std::string_view::npos) {
        return end;
    }
    const auto weekday = any_end(s, end, k_zh_weekdays);
    return weekday == std::string_view::npos ? end : weekday;
}

/// The end of an English date at `at` ("Mon 30 Nov 2026", "Sun 6 Dec"), or npos.
std::size_t en_date_end(std::string_view s, std::size_t at) {
    std::size_t end = any_end(s, at, k_en_weekdays);
    if (end == std::string_view::npos || digits_end(s, end) == end) {
        return std::string_view::npos;
    }
    end = any_end(s, digits_end(s, end), k_en_months);
    if (end == std::string_view::npos) {
        return end;
    }
    if (end + 1 < s.size() && s[end] == ' ' && digits_end(s, end + 1) == end + 5) {
        return end + 5;
    }
    return end;
}

/// The byte ranges of the dates in `s`, each kept on one line: [begin, end) pairs.
std::vector<std::pair<std::size_t, std::size_t>> date_spans(std::string_view s) {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (i > 0 && (is_digit(s[i - 1]) || is_ascii_letter(s[i - 1]))) {
            continue;
        }
        std::size_t end = is_digit(s[i]) ? zh_date_end(s, i) : en_date_end(s, i);
        if (end != std::string_view::npos) {
            out.emplace_back(i, end);
            i = end - 1;
        }
    }
    return out;
}

bool is_ascii_alnum(char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

/// Whether a line may not break at `at` although UAX #14 allows it: inside a URL (so that it
/// stays one clickable word), after a hyphen before a Latin letter or digit, and after a slash
/// between two of them (flags, ids and names such as "--gpu-price", "lm-evaluation-harness"
/// or "chosen/rejected" stay whole).
bool keep_together(const std::string& s, std::size_t at) {
    if (at == 0 || at >= s.size()) {
        return false;
    }
    const char before = s[at - 1];
    if ((before == '-' || (before == '/' && at >= 2 && is_ascii_alnum(s[at - 2]))) &&
        is_ascii_alnum(s[at])) {
        return true; // "--gpu-price", "lm-evaluation-harness", "chosen/rejected"
    }
    const std::size_t word = s.rfind(' ', at - 1);
    const std::size_t from = word == std::string::npos ? 0 : word + 1;
    // Only this word is searched (and the two bytes after `at`, for a "://" across it): a search
    // to the end of the text at every break would make wrapping quadratic in its length.
    const std::size_t scheme = std::string_view(s).substr(from, at - from + 2).find("://");
    return scheme != std::string::npos && scheme < at - from;
}

/// The pieces a line may hold whole: text between two break opportunities, with the spaces that
/// end it. A number and its unit ("10 h", "24 GB", "3 小时", "（16 小时）", "第 5 周") and a date
/// ("Mon 30 Nov 2026", "2027 年 4 月 19 日（周一）") stay one piece.
std::vector<std::string_view> pieces_of(const std::string& s) {
    std::vector<std::string_view> out;
    const auto dates = date_spans(s);
    std::size_t next_date = 0; // break offsets ascend, and so do the dates
    auto in_date = [&](std::size_t at) {
        while (next_date < dates.size() && dates[next_date].second <= at) {
            ++next_date;
        }
        return next_date < dates.size() && dates[next_date].first < at;
    };
    std::size_t from = 0;
    int unit = -1; // columns of the unit glued to the last piece's number so far; -1: none
    for (const std::size_t to : break_offsets(s)) {
        if (keep_together(s, to) || in_date(to)) {
            continue;
        }
        const std::string_view piece(s.data() + from, to - from);
        const int letters = letter_width(piece);
        const bool ordinal = !out.empty() && out.back().ends_with("第 ") && is_digit(piece.front());
        const bool after_number = !out.empty() && out.back().ends_with(' ') &&
                                  is_number(out.back()) && display_width(trim(piece)) <= 4;
        // A Chinese unit is one or two characters ("周", "小时"), each a piece of its own.
        const bool more_unit = unit >= 0 && !out.back().ends_with(' ') && letters > 0 &&
                               unit + letters <= 4 && !is_digit(piece.front());
        if (ordinal) {
            out.back() = std::string_view(out.back().data(), out.back().size() + piece.size());
            unit = -1;
        } else if (after_number || more_unit) {
            out.back() = std::string_view(out.back().data(), out.back().size() + piece.size());
            unit = after_number ? letters : unit + letters;
        } else {
            out.push_back(piece);
            unit = -1;
        }
        from = to;
    }
    return out;
}

} // namespace

int display_width(std::string_view s) {
    int w = 0;
    for (std::size_t i = 0; i < s.size();) {
        const auto b = static_cast<unsigned char>(s[i]);
        if (b < 0x80) {
            w += b < 0x20 || b == 0x7F ? 0 : 1;
            ++i;
            continue;
        }
        int32_t at = static_cast<int32_t>(i);
        UChar32 cp = 0;
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wconversion" // inside ICU's macro
        U8_NEXT(s.data(), at, static_cast<int32_t>(s.size()), cp);
#pragma GCC diagnostic pop
        w += width_of(cp);
        i = static_cast<std::size_t>(at);
    }
    return w;
}

std::vector<std::string> wrap(std::string_view raw, int width, std::string_view indent) {
    const std::string s = collapse_spaces(raw);
    std::vector<std::string> lines;
    std::string line;
    int line_width = 0; // of `line` without its trailing spaces
    int pending = 0;    // trailing spaces of `line`
    const int indent_width = display_width(indent);
    for (const std::string_view piece : pieces_of(s)) {
        const std::string_view body = piece.substr(0, piece.find_last_not_of(' ') + 1);
        const int spaces = static_cast<int>(piece.size() - body.size());
        const int w = display_width(body);
        const int start = lines.empty() ? 0 : indent_width;
        if (line_width > start && line_width + pending + w > width) {
            lines.push_back(line.substr(0, line.find_last_not_of(' ') + 1));
            line = std::string(indent);
            line_width = indent_width;
            pending = 0;
        }
        if (line.empty() && !lines.empty()) {
            line = std::string(indent);
            line_width = indent_width;
        }
        line += piece;
        line_width += pending + w;
        pending = spaces;
    }
    lines.push_back(line.substr(0, line.find_last_not_of(' ') + 1));
    return lines;
}

std::vector<std::string> wrap_items(const std::vector<std::string>& items, std::string_view sep,
                                    int width) {
    std::vector<std::string> lines;
    std::string line;
    auto flush = [&] {
        lines.push_back(line.substr(0, line.find_last_not_of(' ') + 1));
        line.clear();
    };
    for (std::size_t i = 0; i < items.size(); ++i) {
        const std::string piece = items[i] + (i + 1 < items.size() ? std::string(sep) : "");
        const std::string_view shown =
            std::string_view(piece).substr(0, piece.find_last_not_of(' ') + 1);
        if (!line.empty() && display_width(line) + display_width(shown) > width) {
            flush();
        }
        if (line.empty() && display_width(shown) > width) {
            auto parts = wrap(piece, width);
            line = parts.back();
            parts.pop_back();
            lines.insert(lines.end(), parts.begin(), parts.end());
            continue;
        }
        line += piece;
    }
    if (!line.empty() || lines.empty()) {
        flush();
    }
    return lines;
}

} // namespace llmpath::util
