#include "util/text.hpp"

#include <charconv>
#include <cstdint>
#include <cstring>

namespace llmpath::util {

namespace {

/// Decodes one UTF-8 sequence at s[i]; returns the code point and advances i.
/// Invalid bytes yield -1 and advance by one.
long decode(std::string_view s, std::size_t& i) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) {
        ++i;
        return b0;
    }
    int len = 0;
    long cp = 0;
    long min = 0;
    if ((b0 & 0xE0) == 0xC0) {
        len = 2;
        cp = b0 & 0x1F;
        min = 0x80;
    } else if ((b0 & 0xF0) == 0xE0) {
        len = 3;
        cp = b0 & 0x0F;
        min = 0x800;
    } else if ((b0 & 0xF8) == 0xF0) {
        len = 4;
        cp = b0 & 0x07;
        min = 0x10000;
    } else {
        ++i;
        return -1;
    }
    if (i + static_cast<std::size_t>(len) > s.size()) {
        ++i;
        return -1;
    }
    for (int k = 1; k < len; ++k) {
        const auto b = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
        if ((b & 0xC0) != 0x80) {
            ++i;
            return -1;
        }
        cp = (cp << 6) | (b & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        ++i;
        return -1;
    }
    i += static_cast<std::size_t>(len);
    return cp;
}

/// A code point that must never reach a terminal, a file name or a document as it is: C0/C1
/// controls and DEL (escape sequences), bidirectional marks, embeddings, overrides and isolates
/// (text that reads in another order than it is stored), and zero-width characters (text that
/// looks like other text).
bool is_control(long cp) {
    if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
        return true;
    }
    return cp == 0x061C || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) ||
           (cp >= 0x2060 && cp <= 0x2069) || cp == 0xFEFF;
}

} // namespace

std::string strip_controls(std::string_view s, bool keep_newlines) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t start = i;
        const long cp = decode(s, i);
        if (cp < 0) {
            out += "\xEF\xBF\xBD";
        } else if (cp == '\n' && keep_newlines) {
            out += '\n';
        } else if (cp == '\t') {
            out += ' ';
        } else if (!is_control(cp)) {
            out.append(s.substr(start, i - start));
        }
    }
    return out;
}

namespace {

// Eight bytes at a time (the usual bit tricks, exact for "is there any such byte").
constexpr std::uint64_t k_ones = 0x0101010101010101u;
constexpr std::uint64_t k_highs = 0x8080808080808080u;

std::uint64_t word_at(const char* p) {
    std::uint64_t x;
    std::memcpy(&x, p, 8);
    return x;
}
// Bytes below n (n <= 128), in the high bit of each.
constexpr std::uint64_t less_than(std::uint64_t x, unsigned n) {
    return (x - k_ones * n) & ~x & k_highs;
}
// Bytes above n (n < 128).
constexpr std::uint64_t more_than(std::uint64_t x, unsigned n) {
    return ((x + k_ones * (127 - n)) | x) & k_highs;
}
constexpr std::uint64_t equal_to(std::uint64_t x, unsigned char c) {
    return less_than(x ^ (k_ones * c), 1);
}

} // namespace

std::string clean_text(std::string_view s) {
    // Most catalogue text is printable ASCII, which has nothing to strip.
    return is_clean_text(s) ? std::string(s) : strip_controls(s);
}

bool is_clean_text(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        if (i + 8 <= s.size()) {
            const std::uint64_t x = word_at(s.data() + i);
            if ((less_than(x, 0x20) | more_than(x, 0x7e)) == 0) {
                i += 8;
                continue;
            }
        }
        const long cp = decode(s, i);
        if (cp < 0 || is_control(cp)) { // a tab is a control too
            return false;
        }
    }
    return true;
}

bool needs_json_escape(std::string_view s) {
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        const std::uint64_t x = word_at(s.data() + i);
        if ((less_than(x, 0x20) | equal_to(x, '"') | equal_to(x, '\\')) != 0) {
            return true;
        }
    }
    for (; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x20 || c == '"' || c == '\\') {
            return true;
        }
    }
    return false;
}

char* copy_if_plain(char* out, std::string_view s) {
    // Sixteen bytes at a time in the compiler's vector type (SSE2 on x86-64), then words.
    using Bytes = unsigned char __attribute__((vector_size(16)));
    std::size_t i = 0;
    for (; i + 16 <= s.size(); i += 16) {
        Bytes v;
        std::memcpy(&v, s.data() + i, 16);
        const auto bad = (v < 0x20) | (v > 0x7e) | (v == '"') | (v == '\\');
        std::uint64_t halves[2];
        std::memcpy(halves, &bad, 16);
        if ((halves[0] | halves[1]) != 0) {
            return nullptr;
        }
        std::memcpy(out + i, &v, 16);
    }
    for (; i + 8 <= s.size(); i += 8) {
        const std::uint64_t x = word_at(s.data() + i);
        if ((less_than(x, 0x20) | more_than(x, 0x7e) | equal_to(x, '"') | equal_to(x, '\\')) != 0) {
            return nullptr;
        }
        std::memcpy(out + i, &x, 8);
    }
    for (; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
            return nullptr;
        }
        out[i] = s[i];
    }
    return out + s.size();
}

bool is_valid_utf8(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        if (decode(s, i) < 0) {
            return false;
        }
    }
    return true;
}

std::size_t code_points(std::string_view s) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size();) {
        decode(s, i);
        ++n;
    }
    return n;
}

std::string pad_right(std::string_view s, int width) {
    std::string out(s);
    const int w = display_width(s);
    if (w < width) {
        out.append(static_cast<std::size_t>(width - w), ' ');
    }
    return out;
}

std::string ascii_lower(std::string_view s) {
    std::string out(s);
    for (auto& c : out) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    return out;
}

std::string format_number(double d) {
    char buf[32];
    const auto end = std::to_chars(buf, buf + sizeof buf, d).ptr;
    return std::string(buf, end);
}

std::string lower_first(std::string s) {
    if (!s.empty() && s[0] >= 'A' && s[0] <= 'Z') {
        s[0] = static_cast<char>(s[0] - 'A' + 'a');
    }
    return s;
}

std::string_view trim(std::string_view s) {
    const auto is_space = [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    };
    while (!s.empty() && is_space(s.front())) {
        s.remove_prefix(1);
    }
    while (!s.empty() && is_space(s.back())) {
        s.remove_suffix(1);
    }
    return s;
}

std::string join(const std::vector<std::string>& items, std::string_view sep,
                 std::string_view last_sep) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) {
            out += i + 1 == items.size() && !last_sep.empty() ? last_sep : sep;
        }
        out += items[i];
    }
    return out;
}

std::string quote(std::string_view s) {
    constexpr std::size_t k_max_code_points = 60;
    std::size_t points = 0;
    std::size_t end = 0;
    for (; end < s.size(); ++end) {
        if ((static_cast<unsigned char>(s[end]) & 0xC0) != 0x80) {
            if (points == k_max_code_points) {
                break;
            }
            ++points;
        }
    }
    return "'" + strip_controls(s.substr(0, end)) + (end < s.size() ? "...'" : "'");
}

std::vector<std::string> split(std::string_view s, char sep) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (true) {
        const std::size_t pos = s.find(sep, start);
        out.emplace_back(trim(s.substr(start, pos == std::string_view::npos ? pos : pos - start)));
        if (pos == std::string_view::npos) {
            break;
        }
        start = pos + 1;
    }
    return out;
}

std::string zh_is(std::string_view subject, std::string_view value) {
    const bool latin_end = !subject.empty() && static_cast<unsigned char>(subject.back()) < 0x80;
    return std::string(subject) + (latin_end ? " 为「" : "为「") + std::string(value) + "」";
}

} // namespace llmpath::util
