#include "render/markdown.hpp"

#include "render/common.hpp"
#include "util/text.hpp"

#include <cctype>

namespace llmpath::markdown {

namespace {

/// markdownlint's default line length (MD013).
constexpr int k_line_width = 80;

} // namespace

const char* resource_type_label(ResourceType t, std::string_view lang) {
    const bool zh = lang == "zh";
    switch (t) {
    case ResourceType::official:
        return zh ? "官方文档" : "Official";
    case ResourceType::opensource:
        return zh ? "开源项目" : "Open source";
    case ResourceType::article:
        return zh ? "文章" : "Article";
    case ResourceType::course:
        return zh ? "课程" : "Course";
    case ResourceType::video:
        return zh ? "视频" : "Video";
    case ResourceType::book:
        return zh ? "书" : "Book";
    case ResourceType::paper:
        return zh ? "论文" : "Paper";
    }
    return "";
}

std::string escape(std::string_view raw) {
    const std::string s = std::string(util::trim(render::clean(raw)));
    std::string out;
    out.reserve(s.size() + 8);
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        switch (c) {
        case '\\':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
        case '<':
        case '>':
        case '|':
        case '#':
        case '&':
        case '~':
        case '!':
            out += '\\';
            out += c;
            break;
        case ':':
            out += s.compare(i, 3, "://") == 0 ? "\\:" : ":";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string url(std::string_view raw) {
    std::string out;
    for (const char c : render::clean(raw)) {
        switch (c) {
        case ' ':
            out += "%20";
            break;
        case '(':
            out += "%28";
            break;
        case ')':
            out += "%29";
            break;
        case '<':
            out += "%3C";
            break;
        case '>':
            out += "%3E";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string heading_text(std::string_view raw) {
    std::string s = escape(raw);
    for (;;) {
        bool cut = false;
        for (std::string_view p : {".", ",", ";", ":", "!", "\\!", "。", "，", "；", "：", "！"}) {
            if (s.size() > p.size() && s.ends_with(p)) {
                s.resize(s.size() - p.size());
                cut = true;
            }
        }
        if (!cut) {
            return std::string(util::trim(s));
        }
    }
}

Doc::Doc(std::string_view lang) : m_width(render::is_zh(lang) ? 0 : k_line_width) {}

void Doc::blank() {
    if (!m_out.empty() && !m_out.ends_with("\n\n")) {
        m_out += '\n';
    }
}

void Doc::raw(std::string_view line) {
    verbatim(render::spaced(std::string(line)));
}

void Doc::verbatim(std::string_view line) {
    // Trailing spaces would be a hard line break in Markdown (MD009): never written.
    while (!line.empty() && line.back() == ' ') {
        line.remove_suffix(1);
    }
    m_out += line;
    m_out += '\n';
}

void Doc::heading(int level, const std::string& title) {
    blank();
    raw(std::string(static_cast<std::size_t>(level), '#') + " " + title);
    blank();
}

void Doc::block(std::string_view text) {
    blank();
    while (!text.empty()) {
        const auto end = text.find('\n');
        verbatim(text.substr(0, end));
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    }
}

void Doc::wrapped(const std::string& prefix, const std::string& body, const std::string& indent,
                  const std::string& tail) {
    if (m_width == 0) {
        raw(prefix + (prefix.empty() ? guard(body) : body) + tail);
        return;
    }
    // The prefix is stood in for by as many columns of one unbreakable word.
    const std::string stand_in(static_cast<std::size_t>(util::display_width(prefix)), 'x');
    auto lines = util::wrap(stand_in + body, m_width, indent);
    lines.front().replace(0, stand_in.size(), prefix);
    lines.back() += tail;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (i == 0 && !prefix.empty()) {
            raw(lines[i]);
        } else {
            const std::size_t at = i == 0 ? 0 : indent.size();
            raw(lines[i].substr(0, at) + guard(lines[i].substr(at)));
        }
    }
}

std::string Doc::take() {
    while (m_out.ends_with("\n\n")) {
        m_out.pop_back();
    }
    return std::move(m_out);
}

std::string Doc::guard(const std::string& line) {
    if (line.empty()) {
        return line;
    }
    const char c = line[0];
    if (c == '-' || c == '+' || c == '=') {
        return "\\" + line;
    }
    std::size_t j = 0;
    while (j < line.size() && std::isdigit(static_cast<unsigned char>(line[j]))) {
        ++j;
    }
    if (j > 0 && j < line.size() && (line[j] == '.' || line[j] == ')')) {
        return line.substr(0, j) + "\\" + line.substr(j);
    }
    return line;
}

} // namespace llmpath::markdown
