#include "json/input.hpp"

#include "json/pointer.hpp"

#include "util/say.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
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

/// Puts a parser's events into an nlohmann::json or ordered_json document.
template <typename Json> class JsonStore {
  public:
    explicit JsonStore(Json& root) : m_root(root) {}

    void null() { put(Json(nullptr)); }
    void boolean(bool b) { put(Json(b)); }
    void integer(std::int64_t n) { put(Json(n)); }
    void unsigned_integer(std::uint64_t n) { put(Json(n)); }
    void floating(double d) { put(Json(d)); }
    void string(std::string& s) { put(Json(std::move(s))); }
    void pass(const std::string&) {}
    bool key(const std::string& k) {
        // One lookup: the slot is made now, and the value is put into it when it is read.
        auto [slot, inserted] = m_open.back()->emplace(k, Json());
        m_slot = inserted ? &slot.value() : nullptr;
        return inserted;
    }
    void open(bool array) { m_open.push_back(put(array ? Json::array() : Json::object())); }
    void close() { m_open.pop_back(); }

  private:
    Json* put(Json&& v) {
        if (m_open.empty()) {
            m_root = std::move(v);
            return &m_root;
        }
        if (m_open.back()->is_array()) {
            return &m_open.back()->emplace_back(std::move(v));
        }
        *m_slot = std::move(v);
        return m_slot;
    }

    Json& m_root;
    std::vector<Json*> m_open; ///< the open containers, outermost first
    Json* m_slot = nullptr;    ///< where the open object's next value goes
};

/// Reads a parser's events into a store (a JsonStore or a TreeMaker), keeping the first value of
/// a key given twice and recording the second, and reading past the values of `skip_keys`.
template <typename Store> class Builder {
  public:
    using json = nlohmann::json;

    Builder(std::string_view text, Store& store, const Options& options)
        : m_text(text), m_store(store), m_skip_keys(options.skip_keys),
          m_max_problems(options.max_problems) {}

    std::vector<Problem> problems;

    bool null() {
        return value([&] { m_store.null(); });
    }
    bool boolean(bool b) {
        return value([&] { m_store.boolean(b); });
    }
    bool number_integer(json::number_integer_t n) {
        return value([&] { m_store.integer(n); });
    }
    bool number_unsigned(json::number_unsigned_t n) {
        return value([&] { m_store.unsigned_integer(n); });
    }
    bool number_float(json::number_float_t d, const std::string&) {
        return value([&] { m_store.floating(d); });
    }
    bool string(std::string& s) {
        if (kept()) {
            m_store.string(s);
        } else {
            m_store.pass(s);
        }
        return true;
    }
    bool binary(json::binary_t&) { return false; } // JSON text has no binary values
    bool start_object(std::size_t) { return open(false); }
    bool start_array(std::size_t) { return open(true); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(std::string& k) {
        Frame& top = m_frames.back();
        top.key = k; // a copy: the parser's buffer keeps its room for the next token
        if (top.discard_all) {
            m_store.pass(k);
            return true;
        }
        const bool inserted = m_store.key(top.key);
        top.discard = !inserted;
        if (inserted && m_frames.size() == 1 &&
            std::find(m_skip_keys.begin(), m_skip_keys.end(), top.key) != m_skip_keys.end()) {
            m_store.null(); // read past, left null
            top.discard = true;
        } else if (!inserted) {
            const std::string key = util::strip_controls(top.key);
            problems.push_back(
                {0, 0, pointer() + "/" + pointer_segment(top.key),
                 util::say(msg::json_duplicate_key, Said{"'" + key + "'", "「" + key + "」"})});
        }
        return problems.size() < m_max_problems;
    }

    bool parse_error(std::size_t position, const std::string& last_token,
                     const json::exception& ex) {
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
        bool array = false;
        std::string key;          ///< objects: the key whose value comes next
        std::size_t count = 0;    ///< arrays: the values read so far
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
            out += parent.array ? std::to_string(parent.count - 1) : pointer_segment(parent.key);
        }
        return out;
    }

    // Whether the value now read is kept (and its place in an array counted).
    bool kept() {
        if (m_frames.empty()) {
            return true;
        }
        Frame& top = m_frames.back();
        if (top.array) {
            ++top.count;
        }
        const bool discard = top.discard_all || top.discard;
        top.discard = false;
        return !discard;
    }

    template <typename F> bool value(F&& store) {
        if (kept()) {
            store();
        }
        return true;
    }

    bool open(bool array) {
        const bool keep = kept();
        if (keep) {
            m_store.open(array);
        }
        m_frames.push_back(Frame{array, {}, 0, false, !keep});
        return true;
    }

    bool close() {
        const bool discarded = m_frames.back().discard_all;
        m_frames.pop_back();
        if (!discarded) {
            m_store.close();
        }
        return true;
    }

    std::string_view m_text;
    Store& m_store;
    std::vector<Frame> m_frames;
    const std::vector<std::string_view>& m_skip_keys;
    std::size_t m_max_problems;
};

template <typename Store>
std::vector<Problem> read(std::string_view text, Store& store, const Options& options) {
    if (auto problem = prescan(text, options)) {
        return {std::move(*problem)};
    }
    Builder<Store> builder(text, store, options);
    nlohmann::json::sax_parse(text.begin(), text.end(), &builder);
    return std::move(builder.problems);
}

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
    JsonStore<Json> store(out);
    return read(text, store, options);
}

std::vector<Problem> parse(std::string_view text, Tree& out, const Options& options) {
    TreeMaker maker(out, text);
    return read(text, maker, options);
}

template std::vector<Problem> parse(std::string_view, nlohmann::json&, const Options&);
template std::vector<Problem> parse(std::string_view, nlohmann::ordered_json&, const Options&);

} // namespace llmpath::json_input
