#pragma once
// A JSON document read once and then only looked at, as the catalogue's loader reads one: every
// value is 32 bytes in a few large blocks of one arena (no allocation per value, nothing freed
// one by one), and an object's members are in the order of their keys, as nlohmann::json keeps
// them, so that a walk over either meets the members in the same order. It answers the part of
// nlohmann::json's interface a reader needs (type, size, [], iteration with key(), get<T>, dump).

#include <llmpath/arena.hpp>

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace llmpath::json_input {

/// Past a string whose opening quote is before `p`: after the next quote not escaped by an odd
/// run of backslashes (`end` if there is none).
const char* skip_string(const char* p, const char* end);

class Value {
  public:
    using value_t = nlohmann::json::value_t;

    /// Walks an array's elements or an object's members (with their keys).
    class const_iterator {
      public:
        explicit const_iterator(const Value* at) : m_at(at) {}
        std::string_view key() const { return m_at->m_key; }
        const Value& operator*() const { return *m_at; }
        const Value* operator->() const { return m_at; }
        const_iterator& operator++() {
            ++m_at;
            return *this;
        }
        friend bool operator==(const const_iterator&, const const_iterator&) = default;

      private:
        const Value* m_at;
    };

    value_t type() const { return m_type; }
    bool is_null() const { return m_type == value_t::null; }
    bool is_boolean() const { return m_type == value_t::boolean; }
    bool is_number() const { return is_number_integer() || is_number_float(); }
    bool is_number_integer() const {
        return m_type == value_t::number_integer || m_type == value_t::number_unsigned;
    }
    bool is_number_unsigned() const { return m_type == value_t::number_unsigned; }
    bool is_number_float() const { return m_type == value_t::number_float; }
    bool is_string() const { return m_type == value_t::string; }
    bool is_array() const { return m_type == value_t::array; }
    bool is_object() const { return m_type == value_t::object; }

    /// As nlohmann::json counts: elements or members; 0 for null, 1 for any other value.
    std::size_t size() const { return container() ? m_size : is_null() ? 0 : 1; }
    bool empty() const { return size() == 0; }
    /// The element at `i` of an array (i < size()).
    const Value& operator[](std::size_t i) const { return m_v.items[i]; }
    /// An array's elements or an object's members; nothing for any other value.
    const_iterator begin() const { return const_iterator(container() ? m_v.items : nullptr); }
    const_iterator end() const {
        return const_iterator(container() ? m_v.items + m_size : nullptr);
    }

    /// An object's member `key`; end() if it has none (or this is not an object).
    const_iterator find(std::string_view key) const;

    /// A string's characters; "" for any other value.
    std::string_view str() const { return is_string() ? std::string_view(m_v.s, m_size) : ""; }
    /// The value as `T` (bool, std::int64_t, std::uint64_t, double or std::string), converted
    /// as nlohmann::json's get<T> converts a number; the caller checks the type first.
    template <typename T> T get() const;
    /// The value as nlohmann::json::dump() writes it.
    std::string dump() const { return to_nlohmann().dump(); }
    nlohmann::json to_nlohmann() const;

  private:
    friend class TreeMaker;

    bool container() const { return is_array() || is_object(); }

    std::string_view m_key; ///< a member's key
    union {
        bool b;
        std::int64_t i;
        std::uint64_t u;
        double d;
        const char* s;
        const Value* items;
    } m_v{};
    std::uint32_t m_size = 0; ///< a string's bytes, a container's elements or members
    value_t m_type = value_t::null;
};

template <> bool Value::get<bool>() const;
template <> std::int64_t Value::get<std::int64_t>() const;
template <> std::uint64_t Value::get<std::uint64_t>() const;
template <> double Value::get<double>() const;
template <> std::string Value::get<std::string>() const;

/// A document and the arena its values live in; moving it keeps every value where it is.
class Tree {
  public:
    const Value& root() const { return m_root; }

  private:
    friend class TreeMaker;

    Value m_root;
    Arena m_arena;
};

/// Builds a Tree from a parser's events on `text` (json/input.cpp's reader drives it): values,
/// keys, and the opening and closing of containers, in document order. A string without escapes
/// is not copied: the tree points at its characters in `text`, which must outlive the tree.
class TreeMaker {
  public:
    TreeMaker(Tree& tree, std::string_view text)
        : m_tree(tree), m_text(text), m_cursor(text.data()) {}

    void null() { put(Value{}); }
    void boolean(bool b);
    void integer(std::int64_t n);
    void unsigned_integer(std::uint64_t n);
    void floating(double d);
    void string(const std::string& s);
    /// A string or key read past, in a value that is not kept.
    void pass(const std::string& s) { kept(s); }
    /// The next member's key; false when the open object has it already (the value that
    /// follows is then read past).
    bool key(const std::string& k);
    void open(bool array);
    void close();

  private:
    struct Open {
        std::size_t first = 0; ///< its first element or member in m_items
        bool array = false;
        std::string_view key;                      ///< its own key in the object it is a member of
        std::unordered_set<std::string_view> keys; ///< a large object's keys, for key()
    };

    void put(Value v);
    /// The characters of `s`, the string the parser has just read: where they stand in the text,
    /// or a copy in the arena if the text escaped any of them. Every string and key of the text
    /// passes through here, in order, kept or not: that is how the next one is found.
    std::string_view kept(const std::string& s);

    Tree& m_tree;
    std::string_view m_text;
    const char* m_cursor;       ///< past the last string token read
    std::vector<Value> m_items; ///< the elements and members of the open containers
    std::vector<Open> m_open;
    std::string_view m_key; ///< the key of the member whose value comes next
};

} // namespace llmpath::json_input
