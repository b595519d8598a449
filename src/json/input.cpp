#include "json/input.hpp"

#include "json/pointer.hpp"

#include "util/say.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <cstring>
#include <deque>
#include <optional>
#include <span>
#include <utility>

namespace llmpath::json_input {

namespace {

struct Position {
    int line = 1;
    int column = 1;
};

// Line and column (1-based, column in bytes) of the byte at `offset`.
Position position_of(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    Position pos;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++pos.line;
            line_start = i + 1;
        }
    }
    pos.column = static_cast<int>(offset - line_start) + 1;
    return pos;
}

Problem syntax_problem(std::string_view text, std::size_t offset, Said message) {
    const Position pos = position_of(text, offset);
    return Problem{pos.line, pos.column, "", std::move(message)};
}

// Past a string whose opening quote is before `p`: after the next quote not escaped by an odd
// run of backslashes (`end` if there is none).
const char* skip_string(const char* p, const char* end) {
    for (;;) {
        const auto* q =
            static_cast<const char*>(std::memchr(p, '"', static_cast<std::size_t>(end - p)));
        if (q == nullptr) {
            return end;
        }
        const char* b = q;
        while (b > p && b[-1] == '\\') {
            --b;
        }
        p = q + 1;
        if ((q - b) % 2 == 0) {
            return p;
        }
    }
}

// Nul bytes (the parser would take one for the end of the input) and nesting deeper than the
// limit, found in one pass without recursion, skipping string contents.
std::optional<Problem> prescan(std::string_view text, const Options& options) {
    if (const void* nul = std::memchr(text.data(), '\0', text.size())) {
        const auto at = static_cast<std::size_t>(static_cast<const char*>(nul) - text.data());
        return syntax_problem(text, at,
                              util::say(msg::json_nul, Said{std::string(options.document.en),
                                                            std::string(options.document.zh)}));
    }
    int depth = 0;
    const char* const begin = text.data();
    const char* const end = begin + text.size();
    for (const char* p = begin; p < end;) {
        const char c = *p++;
        if (c == '"') {
            p = skip_string(p, end);
        } else if (c == '[' || c == '{') {
            if (++depth > options.max_depth) {
                return syntax_problem(text, static_cast<std::size_t>(p - 1 - begin),
                                      util::say(msg::json_too_deep, options.max_depth));
            }
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return std::nullopt;
}

// Escapes bytes that are not valid UTF-8 or are controls, so that a message stays printable.
std::string printable(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        const std::size_t len = c < 0x80           ? 1
                                : (c >> 5) == 0x6  ? 2
                                : (c >> 4) == 0xE  ? 3
                                : (c >> 3) == 0x1E ? 4
                                                   : 0;
        if (len > 0 && i + len <= s.size() && util::is_valid_utf8(s.substr(i, len)) &&
            (c >= 0x20 || c == '\t') && c != 0x7F) {
            out.append(s.substr(i, len));
            i += len;
            continue;
        }
        static constexpr char k_hex[] = "0123456789abcdef";
        out += "\\x";
        out += k_hex[c >> 4];
        out += k_hex[c & 0xF];
        ++i;
    }
    return out;
}

// nlohmann's reason without its prefix, in lowercase; the "last read" token keeps its case.
std::string reword(const std::string& what) {
    std::string reason = what;
    if (auto pos = reason.find(" - ");
        pos != std::string::npos && reason.find("syntax error") != std::string::npos) {
        reason = reason.substr(pos + 3);
    } else if (auto colon = reason.find("] "); colon != std::string::npos) {
        reason = reason.substr(colon + 2);
        if (auto at = reason.find(": ");
            at != std::string::npos && reason.compare(0, 11, "parse error") == 0) {
            reason = reason.substr(at + 2);
        }
    }
    std::string tail;
    if (auto last = reason.find("; last read: "); last != std::string::npos) {
        tail = printable(reason.substr(last));
        reason = reason.substr(0, last);
    }
    return util::ascii_lower(reason) + tail;
}

// Our Chinese words for nlohmann's `name` (a token's or a reason's), found by its start.
std::string_view chinese_for(std::span<const msg::Words> table, std::string_view name) {
    for (const auto& w : table) {
        if (name.starts_with(w.en)) {
            return w.zh;
        }
    }
    return {};
}

// A syntax error in Chinese, from the English one reword gives: "unexpected TOKEN" or the
// lexer's reason, then "; last read: 'TEXT'" and "; expected TOKEN" if the parser gave them.
std::string chinese_syntax(std::string_view english) {
    std::string_view expected;
    if (auto at = english.rfind("; expected "); at != std::string_view::npos) {
        expected = english.substr(at + 11);
    }
    std::string_view last;
    std::string_view head = english;
    if (auto at = english.find("; last read: "); at != std::string_view::npos) {
        last = english.substr(at + 13);
        head = english.substr(0, at);
        if (auto end = last.rfind("; expected "); end != std::string_view::npos) {
            last = last.substr(0, end);
        }
        if (last.size() >= 2 && last.front() == '\'' && last.back() == '\'') {
            last = last.substr(1, last.size() - 2);
        }
    } else if (auto end = english.rfind("; expected "); end != std::string_view::npos) {
        head = english.substr(0, end);
    }
    std::string out;
    if (head == "unexpected end of input") {
        out = msg::syntax_unexpected_end.zh;
    } else if (head.starts_with("unexpected ")) {
        const auto token = chinese_for(msg::syntax_tokens(), head.substr(11));
        out = token.empty() ? std::string(msg::syntax_other.zh)
                            : util::say(msg::syntax_unexpected, std::string(token)).zh;
    } else if (const auto reason = chinese_for(msg::syntax_reasons(), head); !reason.empty()) {
        out = "语法错误：" + std::string(reason);
        if (!last.empty()) {
            out += util::say(msg::syntax_last_read, util::quoted(last)).zh;
        }
    } else {
        out = msg::syntax_other.zh;
    }
    if (const auto token = chinese_for(msg::syntax_tokens(), expected); !token.empty()) {
        out += util::say(msg::syntax_expected, std::string(token)).zh;
    }
    return out;
}

Said syntax_words(const std::string& what) {
    const std::string english = reword(what);
    return {"syntax error: " + english, chinese_syntax(english)};
}

/// Builds the document from the parser's events, keeping the first value of a key given twice
/// and recording the second.
template <typename Json> class Builder {
  public:
    using string_t = typename Json::string_t;

    Builder(std::string_view text, Json& root, const std::vector<std::string_view>& skip_keys)
        : m_text(text), m_root(root), m_skip_keys(skip_keys) {}

    std::vector<Problem> problems;

    bool null() { return put(Json(nullptr)); }
    bool boolean(bool b) { return put(Json(b)); }
    bool number_integer(typename Json::number_integer_t n) { return put(Json(n)); }
    bool number_unsigned(typename Json::number_unsigned_t n) { return put(Json(n)); }
    bool number_float(typename Json::number_float_t n, const string_t&) { return put(Json(n)); }
    bool string(string_t& s) { return put(Json(std::move(s))); }
    bool binary(typename Json::binary_t& b) { return put(Json::binary(std::move(b))); }
    bool start_object(std::size_t) { return open(Json::object()); }
    bool start_array(std::size_t) { return open(Json::array()); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(string_t& k) {
        Frame& top = m_frames.back();
        top.key = std::move(k);
        if (top.discard_all) {
            return true;
        }
        // One lookup: the slot is made now, and the value is put into it when it is read.
        auto [slot, inserted] = top.value->emplace(top.key, Json());
        top.slot = inserted ? &slot.value() : nullptr;
        top.discard = !inserted;
        if (inserted && m_frames.size() == 1 &&
            std::find(m_skip_keys.begin(), m_skip_keys.end(), top.key) != m_skip_keys.end()) {
            top.discard = true; // read past, left null
        } else if (top.discard) {
            const std::string key = util::strip_controls(top.key);
            problems.push_back(
                {0, 0, pointer() + "/" + pointer_segment(top.key),
                 util::say(msg::json_duplicate_key, Said{"'" + key + "'", "「" + key + "」"})});
        }
        return true;
    }

    bool parse_error(std::size_t position, const std::string& last_token,
                     const typename Json::exception& ex) {
        // `position` counts the bytes read, the offending one included.
        std::size_t offset = position > 0 ? position - 1 : 0;
        const std::string what = ex.what();
        Said message;
        if (what.find("number overflow") != std::string::npos) {
            message = util::say(msg::json_number_range, printable(last_token));
            offset = position >= last_token.size() ? position - last_token.size() : 0;
        } else {
            message = syntax_words(what);
        }
        problems.assign(1, syntax_problem(m_text, offset, std::move(message)));
        return false;
    }

  private:
    struct Frame {
        Json* value = nullptr;
        string_t key;         ///< objects: the key whose value comes next
        Json* slot = nullptr; ///< objects: where that value goes
        std::size_t count = 0;
        bool discard = false;     ///< the next value belongs to a key given twice
        bool discard_all = false; ///< inside a discarded value: nothing of it is kept
    };

    // The open container's JSON Pointer, from each parent's current key or element index (made
    // only for a problem: most documents have none).
    std::string pointer() const {
        std::string out;
        for (std::size_t i = 0; i + 1 < m_frames.size(); ++i) {
            const Frame& parent = m_frames[i];
            out += '/';
            out += parent.value->is_array() ? std::to_string(parent.count - 1)
                                            : pointer_segment(parent.key);
        }
        return out;
    }

    bool put(Json&& v) {
        if (m_frames.empty()) {
            m_root = std::move(v);
            return true;
        }
        Frame& top = m_frames.back();
        if (top.discard_all || top.discard) {
            top.discard = false;
            return true;
        }
        if (top.value->is_array()) {
            top.value->emplace_back(std::move(v));
            ++top.count;
        } else {
            *top.slot = std::move(v);
        }
        return true;
    }

    bool open(Json&& container) {
        if (m_frames.empty()) {
            m_root = std::move(container);
            Frame root;
            root.value = &m_root;
            m_frames.push_back(std::move(root));
            return true;
        }
        Frame& top = m_frames.back();
        Frame frame;
        if (top.value->is_array()) {
            ++top.count; // the container's index in its parent, while it is open
        }
        if (top.discard_all || top.discard) {
            top.discard = false;
            m_scratch.emplace_back(std::move(container));
            frame.value = &m_scratch.back();
            frame.discard_all = true;
        } else if (top.value->is_array()) {
            frame.value = &top.value->emplace_back(std::move(container));
        } else {
            *top.slot = std::move(container);
            frame.value = top.slot;
        }
        m_frames.push_back(std::move(frame));
        return true;
    }

    bool close() {
        const bool discarded = m_frames.back().discard_all;
        m_frames.pop_back();
        if (discarded && (m_frames.empty() || !m_frames.back().discard_all)) {
            m_scratch.clear();
        }
        return true;
    }

    std::string_view m_text;
    Json& m_root;
    std::vector<Frame> m_frames;
    std::deque<Json> m_scratch; ///< a discarded value being read past (stable addresses)
    const std::vector<std::string_view>& m_skip_keys;
};

} // namespace

Said describe(const Problem& problem, std::string_view label, int first_line) {
    std::string place(label);
    if (problem.line > 0) {
        place += ":" + std::to_string(problem.line + first_line - 1) + ":" +
                 std::to_string(problem.column);
    } else {
        place += ":" + (problem.pointer.empty() ? std::string("/") : problem.pointer);
    }
    return util::say(msg::at_place, place, problem.message);
}

template <typename Json>
std::vector<Problem> parse(std::string_view text, Json& out, const Options& options) {
    if (auto problem = prescan(text, options)) {
        return {std::move(*problem)};
    }
    Builder<Json> builder(text, out, options.skip_keys);
    Json::sax_parse(text.begin(), text.end(), &builder);
    return std::move(builder.problems);
}

template std::vector<Problem> parse(std::string_view, nlohmann::json&, const Options&);
template std::vector<Problem> parse(std::string_view, nlohmann::ordered_json&, const Options&);

} // namespace llmpath::json_input
