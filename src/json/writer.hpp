#pragma once

#include <llmpath/date.hpp>

#include "util/text.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <string_view>

namespace llmpath {

/// Writes JSON straight into a string, keys in the order they are written. The output is the
/// same as nlohmann::ordered_json::dump(indent) of the same document (docs/plan-json.md), but
/// without building a tree first: batch mode renders thousands of reports a second. The text
/// is written through a cursor into a string whose size runs a little ahead of it, so that a
/// piece costs a bounds check and a copy; str() hands it over.
class JsonWriter {
  public:
    /// `reserve`: the bytes the document is expected to take, so that it need not be copied to
    /// grow.
    explicit JsonWriter(int indent, std::size_t reserve = 256) : m_indent(indent) {
        if (indent > k_max_indent) {
            throw std::invalid_argument("JsonWriter: indent too wide");
        }
        m_buf.reserve(reserve);
    }

    /// The document written so far; the writer is left empty.
    std::string str() && {
        m_buf.resize(m_len);
        m_len = 0;
        return std::move(m_buf);
    }

    void begin_object() { open('{'); }
    void end_object() { close('}'); }
    void begin_array() { open('['); }
    void end_array() { close(']'); }

    /// Keys are the report's own field names (plain ASCII), so they need no escaping.
    void key(std::string_view k) {
        char* p = room(k.size() + 4 + prefix_size());
        p = element_prefix(p);
        *p++ = '"';
        p = copy(p, k);
        *p++ = '"';
        *p++ = ':';
        if (m_indent >= 0) {
            *p++ = ' ';
        }
        advance(p);
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
        if (plain_literal(s)) { // most catalogue text
            return;
        }
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
    void value(const char* s) { value(std::string_view(s)); }
    void value(const std::string& s) { value(std::string_view(s)); }
    void value(bool b) {
        start_value();
        put(b ? std::string_view("true") : std::string_view("false"));
    }
    void value(std::int64_t n) {
        start_value();
        char* p = room(24);
        advance(std::to_chars(p, p + 24, n).ptr);
    }
    void value(int n) { value(static_cast<std::int64_t>(n)); }
    /// A number given in tenths, written as a decimal: 65 is 6.5, 20 is 2.
    void tenths(std::int64_t n) {
        start_value();
        put(std::to_string(n / 10));
        if (n % 10 != 0) {
            put('.');
            put(static_cast<char>('0' + (n < 0 ? -(n % 10) : n % 10)));
        }
    }
    void value(const Date& d) {
        start_value();
        char* p = room(12);
        auto digits = [&](int at, int n, int width) {
            for (int i = width - 1; i >= 0; --i, n /= 10) {
                p[at + i] = static_cast<char>('0' + n % 10);
            }
        };
        p[0] = '"';
        digits(1, d.year, 4);
        p[5] = '-';
        digits(6, d.month, 2);
        p[8] = '-';
        digits(9, d.day, 2);
        p[11] = '"';
        advance(p + 12);
    }
    /// A complete JSON document written by another module, re-indented to this depth.
    void raw_json(std::string_view json) {
        start_value();
        while (!json.empty() && (json.back() == '\n' || json.back() == ' ')) {
            json.remove_suffix(1);
        }
        if (m_indent < 0) {
            put(json);
            return;
        }
        // JSON strings never hold a raw newline, so every newline is layout.
        const std::size_t pad = static_cast<std::size_t>(m_depth * m_indent);
        for (auto nl = json.find('\n'); nl != std::string_view::npos; nl = json.find('\n')) {
            put(json.substr(0, nl + 1));
            advance(std::fill_n(room(pad), pad, ' '));
            json.remove_prefix(nl + 1);
        }
        put(json);
    }
    template <typename T> void field(std::string_view k, const T& v) {
        key(k);
        value(v);
    }

  private:
    static constexpr int k_max_indent = 15;
    static constexpr std::size_t k_max_depth = 32;

    // ---- the buffer: m_buf[0, m_len) is written, the rest of its size is room ----
    char* room(std::size_t n) {
        if (m_buf.size() - m_len < n) {
            // The room is made (zero-filled) 16 KiB at a time, where the text is about to go:
            // filling all that was reserved would touch memory the document never uses.
            m_buf.resize(m_len + std::max<std::size_t>(n, 16384));
        }
        return m_buf.data() + m_len;
    }
    void advance(const char* end) { m_len = static_cast<std::size_t>(end - m_buf.data()); }
    static char* copy(char* p, std::string_view s) {
        std::memcpy(p, s.data(), s.size());
        return p + s.size();
    }
    void put(std::string_view s) { advance(copy(room(s.size()), s)); }
    void put(char c) {
        *room(1) = c;
        ++m_len;
    }

    void start_value() {
        if (!m_after_key) {
            advance(element_prefix(room(prefix_size())));
        }
        m_after_key = false;
    }
    /// The most that comes before an element: a comma, a line break and the indentation.
    std::size_t prefix_size() const {
        return 2 + static_cast<std::size_t>(std::max(m_indent, 0) * m_depth);
    }
    // Writes what comes before an element into `p`; returns the end.
    char* element_prefix(char* p) {
        if (m_depth == 0) {
            return p;
        }
        bool& first = m_first[static_cast<std::size_t>(m_depth - 1)];
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
    void open(char c) {
        start_value();
        put(c);
        if (static_cast<std::size_t>(m_depth) == k_max_depth) {
            throw std::logic_error("JsonWriter: nesting deeper than the report has");
        }
        m_first[static_cast<std::size_t>(m_depth)] = true;
        ++m_depth;
    }
    void close(char c) {
        --m_depth;
        const bool empty = m_first[static_cast<std::size_t>(m_depth)];
        if (!empty && m_indent >= 0) {
            const std::size_t pad = static_cast<std::size_t>(m_depth * m_indent);
            char* p = room(pad + 1);
            *p++ = '\n';
            advance(std::fill_n(p, pad, ' '));
        }
        put(c);
    }
    /// Writes `s` as a literal when it is printable ASCII with nothing to escape; whether it did.
    bool plain_literal(std::string_view s) {
        char* p = room(s.size() + 2);
        char* end = util::copy_if_plain(p + 1, s);
        if (end == nullptr) {
            return false;
        }
        *p = '"';
        *end++ = '"';
        advance(end);
        return true;
    }
    void string_literal(std::string_view s) {
        if (plain_literal(s)) {
            return;
        }
        if (!util::needs_json_escape(s)) {
            char* p = room(s.size() + 2);
            *p++ = '"';
            p = copy(p, s);
            *p++ = '"';
            advance(p);
            return;
        }
        escaped_literal(s);
    }
    void escaped_literal(std::string_view s) {
        static constexpr char k_hex[] = "0123456789abcdef";
        put('"');
        std::size_t plain = 0;
        for (std::size_t i = 0; i < s.size(); ++i) {
            const auto c = static_cast<unsigned char>(s[i]);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            put(s.substr(plain, i - plain));
            plain = i + 1;
            switch (c) {
            case '"':
                put("\\\"");
                break;
            case '\\':
                put("\\\\");
                break;
            case '\b':
                put("\\b");
                break;
            case '\f':
                put("\\f");
                break;
            case '\n':
                put("\\n");
                break;
            case '\r':
                put("\\r");
                break;
            case '\t':
                put("\\t");
                break;
            default: {
                const char u[] = {'\\', 'u', '0', '0', k_hex[c >> 4], k_hex[c & 15]};
                put(std::string_view(u, sizeof u));
            }
            }
        }
        put(s.substr(plain));
        put('"');
    }

    std::string m_buf;
    std::size_t m_len = 0;
    int m_indent;
    int m_depth = 0;
    bool m_after_key = false;
    std::array<bool, k_max_depth> m_first{}; ///< per open container: nothing written in it yet
};

} // namespace llmpath
