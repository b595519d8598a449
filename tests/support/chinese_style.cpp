#include "support/chinese_style.hpp"

#include <cstdint>
#include <vector>

namespace llmpath::test {

namespace {

std::vector<std::uint32_t> style_code_points(std::string_view s) {
    std::vector<std::uint32_t> out;
    for (std::size_t i = 0; i < s.size();) {
        const auto b = static_cast<unsigned char>(s[i]);
        const std::size_t n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
        std::uint32_t cp = n == 1 ? b : b & (0x7F >> n);
        for (std::size_t k = 1; k < n && i + k < s.size(); ++k) {
            cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        }
        out.push_back(cp);
        i += n;
    }
    return out;
}

bool is_han(std::uint32_t cp) {
    return (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF);
}

bool is_wide_mark(std::uint32_t cp) {
    return (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF01 && cp <= 0xFF0F) ||
           (cp >= 0xFF1A && cp <= 0xFF20) || cp == 0xFF08 || cp == 0xFF09 || cp == 0x201C ||
           cp == 0x201D;
}

bool style_is_latin(std::uint32_t cp) {
    return (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z');
}

bool is_narrow_mark(std::uint32_t cp) {
    return cp == ',' || cp == ':' || cp == ';' || cp == '(' || cp == ')' || cp == '[' || cp == ']';
}

std::string style_utf8(std::uint32_t cp) {
    std::string out;
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
    return out;
}

std::string line_problem(std::string_view line) {
    const auto cps = style_code_points(line);
    const bool usage = line.find("用法：") != std::string_view::npos;
    int depth = 0;
    for (std::size_t i = 0; i < cps.size(); ++i) {
        const std::uint32_t cp = cps[i];
        const std::uint32_t before = i > 0 ? cps[i - 1] : 0;
        const std::uint32_t after = i + 1 < cps.size() ? cps[i + 1] : 0;
        const auto chinese = [](std::uint32_t c) { return is_han(c) || is_wide_mark(c); };
        if (!usage && is_narrow_mark(cp) && (chinese(before) || chinese(after))) {
            return "half-width '" + style_utf8(cp) + "' beside Chinese";
        }
        if ((is_han(cp) && style_is_latin(after)) || (style_is_latin(cp) && is_han(after))) {
            return "no space between '" + style_utf8(cp) + "' and '" + style_utf8(after) + "'";
        }
        depth += cp == 0xFF08 ? 1 : cp == 0xFF09 ? -1 : 0;
        if (depth > 1) {
            return "a bracket inside a bracket";
        }
    }
    return "";
}

} // namespace

std::string chinese_style_problem(std::string_view text) {
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = text.find('\n', start);
        const std::string_view line =
            text.substr(start, end == std::string_view::npos ? text.size() - start : end - start);
        if (const std::string p = line_problem(line); !p.empty()) {
            return p + ": " + std::string(line);
        }
        if (end == std::string_view::npos) {
            break;
        }
        start = end + 1;
    }
    return "";
}

} // namespace llmpath::test
