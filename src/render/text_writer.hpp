#pragma once

#include <llmpath/render.hpp>

#include "render/common.hpp"
#include "util/text.hpp"

#include <fmt/color.h>

#include <algorithm>
#include <string>
#include <string_view>

namespace llmpath {

/// Builds the output line by line; colour is applied to whole wrapped lines so that widths are
/// measured on plain text.
class TextWriter {
  public:
    /// The narrowest column text is wrapped to, however little room is left.
    static constexpr int k_min_column = 12;

    explicit TextWriter(const TextOptions& options)
        : m_color(options.color), m_width(options.width), m_max_lines(options.max_lines) {}
    /// TextOptions::max_lines: 0 for no limit.
    int max_lines() const { return m_max_lines; }

    void blank() {
        if (!m_out.empty() && !m_out.ends_with("\n\n")) {
            m_out += '\n';
        }
    }
    void line(std::string_view s, fmt::text_style style = {}) {
        m_out += paint(s, style);
        m_out += '\n';
    }
    /// Lines written as they are (each ends in "\n").
    void lines(std::string_view text) { m_out += text; }
    /// A paragraph wrapped to the width, spaced() (a line() is written as it is): `prefix` on its
    /// first line, as many spaces on the others.
    void para(const std::string& prefix, const std::string& body, fmt::text_style style = {}) {
        const int indent = util::display_width(prefix);
        const auto lines =
            util::wrap(render::spaced(body), std::max(k_min_column, m_width - indent));
        for (std::size_t i = 0; i < lines.size(); ++i) {
            line((i == 0 ? prefix : std::string(static_cast<std::size_t>(indent), ' ')) + lines[i],
                 style);
        }
    }
    std::string paint(std::string_view s, fmt::text_style style) const {
        const bool styled =
            style.has_foreground() || style.has_background() || style.has_emphasis();
        return m_color && styled ? fmt::format(style, "{}", s) : std::string(s);
    }
    int width() const { return m_width; }
    int line_count() const {
        return static_cast<int>(std::count(m_out.begin(), m_out.end(), '\n'));
    }
    /// What another writer wrote, added as it is.
    void append(const TextWriter& other) { m_out += other.m_out; }
    TextOptions options() const {
        TextOptions o;
        o.color = m_color;
        o.width = m_width;
        return o;
    }
    std::string take() { return std::move(m_out); }

  private:
    bool m_color;
    int m_width;
    int m_max_lines = 0;
    std::string m_out;
};

} // namespace llmpath
