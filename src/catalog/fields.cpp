// The catalogue loader's reading of one object's members and of scalar values, texts and lists.
#include "catalog/loader.hpp"

#include "util/say.hpp"
#include "util/suggest.hpp"
#include "util/text.hpp"

#include <cmath>
#include <functional>
#include <limits>
#include <stdexcept>
#include <unordered_map>

namespace llmpath {

namespace loader {

Said describe(const json& j) {
    const auto said = [](const msg::Words& w) { return util::say(w); };
    switch (j.type()) {
    case json::value_t::null:
        return said(msg::kind_null);
    case json::value_t::boolean:
        return said(msg::kind_boolean);
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
        return said(msg::kind_integer);
    case json::value_t::number_float:
        return {j.dump(), " " + j.dump()}; // "实际是 2.5"
    case json::value_t::string:
        return said(msg::kind_string);
    case json::value_t::array:
        return said(msg::kind_array);
    case json::value_t::object:
        return said(msg::kind_object);
    default:
        return said(msg::kind_value);
    }
}

Said noun(std::string_view english) {
    for (const auto& w : msg::catalog_nouns()) {
        if (w.en == english) {
            return {std::string(w.en), std::string(w.zh)};
        }
    }
    return {std::string(english), std::string(english)};
}

bool is_id(std::string_view s) {
    if (s.empty() || s.size() > 64) {
        return false;
    }
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (!alnum && (i == 0 || (c != '-' && c != '_'))) {
            return false;
        }
    }
    return true;
}

Said name_hint(std::string_view name, const std::vector<std::string>& names) {
    Said hint = util::suggestion(name, names);
    return hint.en.empty() ? util::say(msg::cat_use, Said{util::join(names, ", ", " or "),
                                                          util::join(names, "、")})
                           : hint;
}

bool is_language_code(std::string_view s) {
    auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
    auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
    std::size_t n = 0;
    while (n < s.size() && lower(s[n])) {
        ++n;
    }
    if (n < 2 || n > 3) {
        return false;
    }
    if (n == s.size()) {
        return true;
    }
    return s.size() == n + 3 && s[n] == '-' && upper(s[n + 1]) && upper(s[n + 2]);
}

std::pair<std::size_t, std::size_t> section_order(std::string_view section, std::size_t index) {
    if (section.empty()) {
        return {0, 0};
    }
    std::size_t rank = k_top_keys.size();
    for (std::size_t i = 0; i < k_top_keys.size(); ++i) {
        if (k_top_keys[i] == section) {
            rank = i;
            break;
        }
    }
    return {rank, index};
}

} // namespace loader

using loader::describe;

void Loader::problem(const Path& at, const Said& message) {
    const auto [rank, index] = loader::section_order(at.section(), at.section_index());
    problems.push_back({CatalogProblem{at.str(), 0, 0, message.en, message.zh}, {rank, index, 1}});
    if (problems.size() > k_max_catalog_problems) {
        throw loader::TooMany{};
    }
}

void Loader::problem_at(const std::string& pointer, const Said& message) {
    // "/tasks/3/..." -> section "tasks", index 4 (one past, as JsonPath::section_index counts).
    const auto second = pointer.find('/', 1);
    const std::string section =
        pointer.substr(1, second == std::string::npos ? second : second - 1);
    std::size_t index = 0;
    if (second != std::string::npos) {
        const auto third = pointer.find('/', second + 1);
        const std::string segment = pointer.substr(second + 1, third - second - 1);
        if (!segment.empty() && segment.find_first_not_of("0123456789") == std::string::npos &&
            segment.size() < 10) {
            index = std::stoul(segment) + 1;
        }
    }
    const auto [rank, at] = loader::section_order(section, index);
    problems.push_back({CatalogProblem{pointer, 0, 0, message.en, message.zh}, {rank, at, 0}});
    if (problems.size() > k_max_catalog_problems) {
        throw loader::TooMany{};
    }
}

Loader::Members::Members(Loader& loader, const json& j, const Path& p,
                         std::span<const std::string_view> known)
    : m_loader(loader), m_path(p), m_known(known) {
    if (known.size() > m_found.size()) {
        throw std::logic_error("too many keys for Members");
    }
    for (auto it = j.begin(); it != j.end(); ++it) {
        const std::string_view key = it.key();
        const std::size_t i = slot(key);
        if (i < m_known.size()) {
            m_found[i] = &*it;
            continue;
        }
        std::vector<std::string> candidates;
        for (auto k : known) {
            if (k[0] != '$') {
                candidates.emplace_back(k);
            }
        }
        loader.problem(p / key, util::say(msg::cat_unknown_field, util::quoted(key),
                                          util::suggestion(key, candidates)));
    }
}

const Loader::json* Loader::Members::get(std::string_view key, bool required) const {
    const std::size_t i = slot(key);
    const json* v = i < m_known.size() ? m_found[i] : nullptr;
    if (v == nullptr && required) {
        m_loader.problem(m_path, util::say(msg::cat_missing_field, std::string(key)));
    }
    return v;
}

std::size_t Loader::Members::slot(std::string_view key) const {
    std::size_t i = 0;
    while (i < m_known.size() && m_known[i] != key) {
        ++i;
    }
    return i;
}

bool Loader::expect_object(const json& j, const Path& p) {
    if (!j.is_object()) {
        problem(p, util::say(msg::cat_expected, util::say(msg::kind_object), describe(j)));
        return false;
    }
    return true;
}

bool Loader::expect_array(const json& j, const Path& p) {
    if (!j.is_array()) {
        problem(p, util::say(msg::cat_expected, util::say(msg::kind_array), describe(j)));
        return false;
    }
    return true;
}

std::string Loader::string_value(const json& j, const Path& p, bool non_empty) {
    if (!j.is_string()) {
        problem(p, util::say(msg::cat_expected, util::say(msg::kind_string), describe(j)));
        return {};
    }
    const std::string_view s = j.str();
    if (non_empty && s.empty()) {
        problem(p, util::say(msg::cat_empty_string));
    }
    return std::string(s);
}

std::string Loader::id_value(const json& j, const Path& p, std::string_view noun) {
    if (!j.is_string()) {
        problem(p, util::say(msg::cat_expected, util::say(msg::kind_string), describe(j)));
        return {};
    }
    const std::string_view s = j.str();
    if (!loader::is_id(s)) {
        problem(p, util::say(msg::cat_invalid_id, loader::noun(noun), util::quoted(s)));
        return {};
    }
    return std::string(s);
}

std::optional<std::int64_t> Loader::integer_value(const json& j, const Path& p) {
    if (j.is_number_integer() && !j.is_number_unsigned()) {
        return j.get<std::int64_t>();
    }
    if (j.is_number_unsigned()) {
        const auto u = j.get<std::uint64_t>();
        if (u > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
            problem(p, util::say(msg::cat_integer_range, j.dump()));
            return std::nullopt;
        }
        return static_cast<std::int64_t>(u);
    }
    if (j.is_number_float()) {
        // JSON (and JSON Schema) make no difference between 8 and 8.0.
        const double d = j.get<double>();
        if (std::trunc(d) == d && std::abs(d) < 9.2e18) {
            return static_cast<std::int64_t>(d);
        }
    }
    problem(p, util::say(msg::cat_expected, util::say(msg::kind_integer), describe(j)));
    return std::nullopt;
}

std::optional<int> Loader::bounded_int(const json& j, const Path& p, std::string_view what,
                                       std::int64_t lo, std::int64_t hi) {
    auto v = integer_value(j, p);
    if (!v) {
        return std::nullopt;
    }
    if (*v < lo || *v > hi) {
        problem(p, util::say(msg::cat_between, loader::noun(what), lo, hi, *v));
        return std::nullopt;
    }
    return static_cast<int>(*v);
}

bool Loader::bool_value(const json& j, const Path& p, bool fallback) {
    if (!j.is_boolean()) {
        problem(p, util::say(msg::cat_expected, util::say(msg::kind_boolean), describe(j)));
        return fallback;
    }
    return j.get<bool>();
}

std::optional<std::int64_t> Loader::scaled_number(const json& j, const Path& p,
                                                  std::string_view what, int scale, double lo,
                                                  double hi) {
    if (!j.is_number()) {
        problem(p, util::say(msg::cat_expected, util::say(msg::kind_number), describe(j)));
        return std::nullopt;
    }
    const double d = j.get<double>();
    if (!(d >= lo && d <= hi)) {
        problem(p, util::say(msg::cat_between, loader::noun(what), util::format_number(lo),
                             util::format_number(hi), j.dump()));
        return std::nullopt;
    }
    return std::llround(d * scale);
}

std::string_view Loader::keep(std::string_view s) {
    if (s.empty()) {
        return {};
    }
    const std::less_equal<const char*> at_or_before;
    if (at_or_before(document.data(), s.data()) &&
        at_or_before(s.data() + s.size(), document.data() + document.size())) {
        return s;
    }
    return catalog.text_store.store->keep(s);
}

Text Loader::text(const json& j, const Path& p, bool required) {
    Text t;
    if (j.is_string()) {
        t.any = keep(j.str());
        if (required && t.any.empty()) {
            problem(p, util::say(msg::cat_empty_text));
        }
        return t;
    }
    if (!j.is_object()) {
        problem(p, util::say(msg::cat_expected, util::say(msg::kind_texts), describe(j)));
        return t;
    }
    for (auto it = j.begin(); it != j.end(); ++it) {
        const std::string_view lang = it.key();
        const Path at = p / lang;
        if (m_languages_known && !catalog.has_language(lang)) {
            problem(at, util::say(msg::cat_undeclared_language, util::quoted(lang),
                                  util::listed(catalog.languages),
                                  util::suggestion(lang, catalog.languages)));
            continue;
        }
        if (!it->is_string()) {
            problem(at, util::say(msg::cat_expected, util::say(msg::kind_string), describe(*it)));
            continue;
        }
        const std::string_view s = it->str();
        if (required && s.empty()) {
            problem(at, util::say(msg::cat_empty_lang_text, util::quoted(lang)));
        }
        // Language codes repeat in every text: each is kept once. An object's keys come in
        // order, so by_lang stays sorted by language.
        auto kept = std::find(m_kept_languages.begin(), m_kept_languages.end(), lang);
        const std::string_view code =
            kept != m_kept_languages.end() ? *kept : m_kept_languages.emplace_back(keep(lang));
        t.by_lang.push_back({code, keep(s)});
    }
    if (m_languages_known) {
        for (const auto& lang : catalog.languages) {
            if (j.find(lang) == j.end()) {
                problem(p, util::say(msg::cat_missing_lang_text, util::quoted(lang)));
            }
        }
    } else if (j.empty() && required) {
        problem(p, util::say(msg::cat_empty_text));
    }
    return t;
}

std::vector<Text> Loader::text_list(const json& j, const Path& p) {
    std::vector<Text> out;
    if (!expect_array(j, p)) {
        return out;
    }
    for (std::size_t i = 0; i < j.size(); ++i) {
        out.push_back(text(j[i], p / i, true));
    }
    return out;
}

std::vector<std::string> Loader::id_list(const json& j, const Path& p, std::string_view noun) {
    std::vector<std::string> out;
    if (!expect_array(j, p)) {
        return out;
    }
    for (std::size_t i = 0; i < j.size(); ++i) {
        out.push_back(id_value(j[i], p / i, noun));
    }
    check_unique(out, p, noun);
    return out;
}

void Loader::check_unique(const std::vector<std::string>& items, const Path& p,
                          std::string_view noun) {
    auto report = [&](std::size_t i, std::size_t first) {
        problem(p / i, util::say(msg::cat_duplicate, loader::noun(noun), util::quoted(items[i]),
                                 (p / first).str()));
    };
    // Most lists hold a few ids: comparing pairs beats building a hash table.
    if (items.size() <= 8) {
        for (std::size_t i = 1; i < items.size(); ++i) {
            for (std::size_t k = 0; k < i; ++k) {
                if (!items[i].empty() && items[i] == items[k]) {
                    report(i, k);
                    break;
                }
            }
        }
        return;
    }
    std::unordered_map<std::string_view, std::size_t> seen;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (items[i].empty()) {
            continue;
        }
        auto [it, inserted] = seen.emplace(items[i], i);
        if (!inserted) {
            report(i, it->second);
        }
    }
}

} // namespace llmpath
