#include "json/tree.hpp"

#include <algorithm>
#include <cstring>
#include <span>

namespace llmpath::json_input {

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

template <> bool Value::get<bool>() const {
    return m_v.b;
}

template <> std::int64_t Value::get<std::int64_t>() const {
    return m_type == value_t::number_unsigned ? static_cast<std::int64_t>(m_v.u)
           : m_type == value_t::number_float  ? static_cast<std::int64_t>(m_v.d)
                                              : m_v.i;
}

template <> std::uint64_t Value::get<std::uint64_t>() const {
    return m_type == value_t::number_integer ? static_cast<std::uint64_t>(m_v.i)
           : m_type == value_t::number_float ? static_cast<std::uint64_t>(m_v.d)
                                             : m_v.u;
}

template <> double Value::get<double>() const {
    return m_type == value_t::number_integer    ? static_cast<double>(m_v.i)
           : m_type == value_t::number_unsigned ? static_cast<double>(m_v.u)
                                                : m_v.d;
}

template <> std::string Value::get<std::string>() const {
    return std::string(str());
}

Value::const_iterator Value::find(std::string_view key) const {
    if (!is_object()) {
        return end();
    }
    const Value* const last = m_v.items + m_size;
    const Value* at = std::lower_bound(
        m_v.items, last, key, [](const Value& m, std::string_view k) { return m.m_key < k; });
    return const_iterator(at != last && at->m_key == key ? at : last);
}

nlohmann::json Value::to_nlohmann() const {
    switch (m_type) {
    case value_t::boolean:
        return m_v.b;
    case value_t::number_integer:
        return m_v.i;
    case value_t::number_unsigned:
        return m_v.u;
    case value_t::number_float:
        return m_v.d;
    case value_t::string:
        return str();
    case value_t::array: {
        auto out = nlohmann::json::array();
        for (const Value& v : *this) {
            out.push_back(v.to_nlohmann());
        }
        return out;
    }
    case value_t::object: {
        auto out = nlohmann::json::object();
        for (auto it = begin(); it != end(); ++it) {
            out.emplace(it.key(), it->to_nlohmann());
        }
        return out;
    }
    default:
        return nullptr;
    }
}

void TreeMaker::boolean(bool b) {
    Value v;
    v.m_type = Value::value_t::boolean;
    v.m_v.b = b;
    put(v);
}

void TreeMaker::integer(std::int64_t n) {
    Value v;
    v.m_type = Value::value_t::number_integer;
    v.m_v.i = n;
    put(v);
}

void TreeMaker::unsigned_integer(std::uint64_t n) {
    Value v;
    v.m_type = Value::value_t::number_unsigned;
    v.m_v.u = n;
    put(v);
}

void TreeMaker::floating(double d) {
    Value v;
    v.m_type = Value::value_t::number_float;
    v.m_v.d = d;
    put(v);
}

void TreeMaker::string(const std::string& s) {
    Value v;
    v.m_type = Value::value_t::string;
    v.m_v.s = kept(s).data();
    v.m_size = static_cast<std::uint32_t>(s.size());
    put(v);
}

bool TreeMaker::key(const std::string& k) {
    // Most objects have a few members: they are compared one by one; past that, a set of the
    // keys so far keeps a large object from costing the square of its size.
    constexpr std::size_t k_scan = 16;
    const std::string_view key = kept(k);
    Open& top = m_open.back();
    const std::span<const Value> members(m_items.data() + top.first, m_items.size() - top.first);
    if (members.size() < k_scan) {
        for (const Value& m : members) {
            if (m.m_key == key) {
                return false;
            }
        }
    } else {
        if (top.keys.empty()) {
            for (const Value& m : members) {
                top.keys.insert(m.m_key);
            }
        }
        if (top.keys.contains(key)) {
            return false;
        }
    }
    m_key = key;
    if (members.size() >= k_scan) {
        top.keys.insert(m_key);
    }
    return true;
}

void TreeMaker::open(bool array) {
    Open o;
    o.first = m_items.size();
    o.array = array;
    o.key = m_key;
    m_open.push_back(std::move(o));
}

void TreeMaker::close() {
    Open& top = m_open.back();
    const auto first = m_items.begin() + static_cast<std::ptrdiff_t>(top.first);
    Value v;
    v.m_type = top.array ? Value::value_t::array : Value::value_t::object;
    if (!top.array) {
        // nlohmann::json's order: by key, byte by byte (keys are unique: the sort need not be
        // stable).
        std::sort(first, m_items.end(),
                  [](const Value& a, const Value& b) { return a.m_key < b.m_key; });
    }
    const std::span<const Value> items(m_items.data() + top.first, m_items.size() - top.first);
    v.m_v.items = m_tree.m_arena.keep(items);
    v.m_size = static_cast<std::uint32_t>(items.size());
    m_items.erase(first, m_items.end());
    m_key = top.key;
    m_open.pop_back();
    put(v);
}

std::string_view TreeMaker::kept(const std::string& s) {
    // Between two string tokens there are only structure, numbers, literals and spaces: the
    // next quote opens this one.
    const char* const end = m_text.data() + m_text.size();
    const auto* open = static_cast<const char*>(
        std::memchr(m_cursor, '"', static_cast<std::size_t>(end - m_cursor)));
    if (open != nullptr) {
        m_cursor = skip_string(open + 1, end);
        // An escape is written with more bytes than it reads as (a backslash and "n" for one
        // byte, six for an "é" of two): a token as long as its string has none, and is the
        // string itself.
        if (m_cursor - open >= 2 && static_cast<std::size_t>(m_cursor - open - 2) == s.size()) {
            return {open + 1, s.size()};
        }
    }
    return m_tree.m_arena.keep(s);
}

void TreeMaker::put(Value v) {
    if (m_open.empty()) {
        m_tree.m_root = v;
        return;
    }
    if (!m_open.back().array) {
        v.m_key = m_key;
    }
    m_items.push_back(v);
}

} // namespace llmpath::json_input
