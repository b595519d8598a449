#pragma once

#include <llmpath/date.hpp>

#include "util/text.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

namespace llmpath {

/// Writes JSON straight into a string, keys in the order they are written. The output is the
/// same as nlohmann::ordered_json::dump(indent) of the same document (docs/plan-json.md), but
/// without building a tree first: batch mode renders thousands of reports a second.
class JsonWriter {
  public:
    JsonWriter(std::string &out, int indent) : m_out(out), m_indent(indent) {
        if (max_prefix() + 8 > k_buffer) {
            throw std::invalid_argument("JsonWriter: indent too wide");
        }
    }

    void begin_object() { open('{'); }
    void end_object() { close('}'); }
    void begin_array() { open('['); }
    void end_array() { close(']'); }

    /// Keys are the report's own field names (plain ASCII), so they need no escaping.
    void key(std::string_view k) {
        // The separator, the line break and `"k":` in one append: a plan writes about 800 keys.
        char buf[k_buffer];
        if (k.size() + 4 > sizeof buf - max_prefix()) {
            throw std::logic_error("JsonWriter: field name too long");
        }
        char *p = element_prefix(buf);
        *p++ = '"';
        p = std::copy(k.begin(), k.end(), p);
        *p++ = '"';
        *p++ = ':';
        if (m_indent >= 0) {
            *p++ = ' ';
        }
        m_out.append(buf, static_cast<std::size_t>(p - buf));
        m_after_key = true;
    }
    /// A string that is already clean UTF-8 (ids, catalogue text through render::clean).
    void value(std::string_view s) {
        start_value();
        string_literal(s);
    }
    /// Text from the catalogue or the person, written as render::clean leaves it, without
    /// copying it when it has nothing to strip.
    void clean_value(std::string_view s) {
        start_value();
        if (util::is_clean_text(s)) {
            string_literal(s);
        } else {
            string_literal(util::strip_controls(s));
        }
    }
    void clean_field(std::string_view k, std::string_view s) {
        key(k);
        clean_value(s);
    }
    void value(const char *s) { value(std::string_view(s)); }
    void value(const std::string &s) { value(std::string_view(s)); }
    void value(bool b) {
        start_value();
        m_out += b ? "true" : "false";
    }
    void value(std::int64_t n) {
        start_value();
        char buf[24];
        const auto end = std::to_chars(buf, buf + sizeof buf, n).ptr;
        m_out.append(buf, end);
    }
    void value(int n) { value(static_cast<std::int64_t>(n)); }
    /// A number given in tenths, written as a decimal: 65 is 6.5, 20 is 2.
    void tenths(std::int64_t n) {
        start_value();
        m_out += std::to_string(n / 10);
        if (n % 10 != 0) {
            m_out += '.';
            m_out += static_cast<char>('0' + (n < 0 ? -(n % 10) : n % 10));
        }
    }
    void value(const Date &d) {
        start_value();
        char buf[12] = {'"', 0, 0, 0, 0, '-', 0, 0, '-', 0, 0, '"'};
        auto digits = [&](int at, int n, int width) {
            for (int i = width - 1; i >= 0; --i, n /= 10) {
                buf[at + i] = static_cast<char>('0' + n % 10);
            }
        };
        digits(1, d.year, 4);
        digits(6, d.month, 2);
        digits(9, d.day, 2);
        m_out.append(buf, sizeof buf);
    }
    /// A complete JSON document written by another module, re-indented to this depth.
    void raw_json(std::string_view json) {
        start_value();
        while (!json.empty() && (json.back() == '\n' || json.back() == ' ')) {
            json.remove_suffix(1);
        }
        if (m_indent < 0) {
            m_out += json;
            return;
        }
        // JSON strings never hold a raw newline, so every newline is layout.
        const std::string pad(static_cast<std::size_t>(m_depth * m_indent), ' ');
        for (const char c : json) {
            m_out += c;
            if (c == '\n') {
                m_out += pad;
            }
        }
    }
    template <typename T> void field(std::string_view k, const T &v) {
        key(k);
        value(v);
    }
    /// A field whose value is an already escaped and quoted JSON string literal.
    void literal_field(std::string_view k, std::string_view literal) {
        key(k);
        start_value();
        m_out += literal;
    }
    /// `s` as a quoted JSON string literal, on its own.
    static std::string quote(std::string_view s) {
        std::string out;
        JsonWriter w(out, -1);
        w.string_literal(s);
        return out;
    }

  private:
    void start_value() {
        if (!m_after_key) {
            element();
        }
        m_after_key = false;
    }
    // The longest indentation fits in a key's buffer with room for the key.
    static constexpr std::size_t k_buffer = 1024;
    std::size_t max_prefix() const {
        return 2 + static_cast<std::size_t>(std::max(m_indent, 0)) * m_first.size();
    }
    // Writes what comes before an element into `p` (a comma after the first, then a line break
    // and the indentation); returns the end.
    char *element_prefix(char *p) {
        if (m_depth == 0) {
            return p;
        }
        bool &first = m_first[static_cast<std::size_t>(m_depth - 1)];
        if (!first) {
            *p++ = ',';
        }
        first = false;
        if (m_indent >= 0) {
            *p++ = '\n';
            p = std::fill_n(p, m_depth * m_indent, ' ');
        }
        return p;
    }
    void element() {
        char buf[k_buffer];
        m_out.append(buf, static_cast<std::size_t>(element_prefix(buf) - buf));
    }
    void newline() {
        if (m_indent >= 0) {
            m_out += '\n';
            m_out.append(static_cast<std::size_t>(m_depth * m_indent), ' ');
        }
    }
    void open(char c) {
        start_value();
        m_out += c;
        if (static_cast<std::size_t>(m_depth) == m_first.size()) {
            throw std::logic_error("JsonWriter: nesting deeper than the report has");
        }
        m_first[static_cast<std::size_t>(m_depth)] = true;
        ++m_depth;
    }
    void close(char c) {
        --m_depth;
        const bool empty = m_first[static_cast<std::size_t>(m_depth)];
        if (!empty) {
            newline();
        }
        m_out += c;
    }
    void string_literal(std::string_view s) {
        static constexpr char k_hex[] = "0123456789abcdef";
        m_out += '"';
        if (!util::needs_json_escape(s)) { // most strings
            m_out += s;
            m_out += '"';
            return;
        }
        std::size_t plain = 0;
        for (std::size_t i = 0; i < s.size(); ++i) {
            const auto c = static_cast<unsigned char>(s[i]);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            m_out.append(s.data() + plain, i - plain);
            plain = i + 1;
            switch (c) {
            case '"':
                m_out += "\\\"";
                break;
            case '\\':
                m_out += "\\\\";
                break;
            case '\b':
                m_out += "\\b";
                break;
            case '\f':
                m_out += "\\f";
                break;
            case '\n':
                m_out += "\\n";
                break;
            case '\r':
                m_out += "\\r";
                break;
            case '\t':
                m_out += "\\t";
                break;
            default:
                m_out += "\\u00";
                m_out += k_hex[c >> 4];
                m_out += k_hex[c & 15];
            }
        }
        m_out.append(s.data() + plain, s.size() - plain);
        m_out += '"';
    }

    std::string &m_out;
    int m_indent;
    int m_depth = 0;
    bool m_after_key = false;
    std::array<bool, 32> m_first{}; ///< per open container: nothing written in it yet
};


} // namespace llmpath
