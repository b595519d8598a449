#include <llmpath/catalog.hpp>
#include <llmpath/date.hpp>
#include <llmpath/error.hpp>

#include "util/suggest.hpp"
#include "util/text.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <memory>
#include <optional>
#include <regex>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace llmpath {

namespace {

using json = nlohmann::json;

constexpr int k_max_weight = 1000;
constexpr std::size_t k_max_pattern_length = 200;
constexpr int k_max_text_length = 1000;
constexpr std::size_t k_max_quoted = 80;

// The top-level keys, in the order of the format; problems are reported in this order.
constexpr std::array<std::string_view, 14> k_top_keys{
    "$schema", "schema_version", "id",     "version",  "languages", "title",     "description",
    "layers",  "directions",     "phases", "pitfalls", "skills",    "questions", "tasks"};

// A JSON Pointer kept as a chain of stack frames; rendered only when a problem is reported, so
// walking a large valid catalogue allocates nothing for paths.
struct Path {
    const Path *parent = nullptr;
    std::string_view key;
    std::size_t index = 0;
    bool is_index = false;

    // A child points at its parent, so the parent must be a named object, not a temporary that
    // dies at the end of the expression: `a / 1 / "b"` does not compile.
    Path operator/(std::string_view k) const & { return Path{this, k, 0, false}; }
    Path operator/(std::size_t i) const & { return Path{this, {}, i, true}; }
    Path operator/(std::string_view k) const && = delete;
    Path operator/(std::size_t i) const && = delete;

    std::string str() const {
        std::vector<const Path *> chain;
        for (const Path *p = this; p->parent != nullptr; p = p->parent) {
            chain.push_back(p);
        }
        std::string out;
        for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
            out += '/';
            if ((*it)->is_index) {
                out += std::to_string((*it)->index);
                continue;
            }
            for (char c : (*it)->key) {
                if (c == '~') {
                    out += "~0";
                } else if (c == '/') {
                    out += "~1";
                } else {
                    out += c;
                }
            }
        }
        return out;
    }

    // (rank of the top-level section, index of the element in it), for document order.
    std::pair<std::size_t, std::size_t> order() const {
        const Path *top = nullptr;
        const Path *second = nullptr;
        for (const Path *p = this; p->parent != nullptr; p = p->parent) {
            second = top;
            top = p;
        }
        if (top == nullptr) {
            return {0, 0};
        }
        std::size_t rank = k_top_keys.size();
        for (std::size_t i = 0; i < k_top_keys.size(); ++i) {
            if (k_top_keys[i] == top->key) {
                rank = i;
                break;
            }
        }
        return {rank, second != nullptr && second->is_index ? second->index + 1 : 0};
    }
};

// 'value' for a message: control characters removed, long values shortened.
std::string quote(std::string_view s) {
    std::string clean = util::strip_controls(s);
    if (clean.size() > k_max_quoted) {
        std::size_t cut = k_max_quoted;
        while (cut > 0 && (static_cast<unsigned char>(clean[cut]) & 0xC0) == 0x80) {
            --cut;
        }
        clean = clean.substr(0, cut) + "...";
    }
    return "'" + clean + "'";
}

std::string describe(const json &j) {
    switch (j.type()) {
    case json::value_t::null:
        return "null";
    case json::value_t::boolean:
        return "a boolean";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
        return "an integer";
    case json::value_t::number_float:
        return j.dump();
    case json::value_t::string:
        return "a string";
    case json::value_t::array:
        return "an array";
    case json::value_t::object:
        return "an object";
    default:
        return "a value";
    }
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

std::string join(const std::vector<std::string> &items, std::string_view last_sep) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) {
            out += i + 1 == items.size() ? last_sep : std::string_view(", ");
        }
        out += items[i];
    }
    return out;
}

const std::vector<std::string> k_question_types{"single",  "multi", "integer",
                                                "boolean", "date",  "text"};
const std::vector<std::string> k_resource_types{"official", "opensource", "article",
                                                "course",   "video",      "book"};

std::string regex_error_text(std::regex_constants::error_type code) {
    namespace rc = std::regex_constants;
    switch (code) {
    case rc::error_collate:
        return "invalid collating element";
    case rc::error_ctype:
        return "invalid character class";
    case rc::error_escape:
        return "invalid escape";
    case rc::error_backref:
        return "invalid back reference";
    case rc::error_brack:
        return "unbalanced '['";
    case rc::error_paren:
        return "unbalanced parentheses";
    case rc::error_brace:
        return "unbalanced '{'";
    case rc::error_badbrace:
        return "invalid repeat count in '{}'";
    case rc::error_range:
        return "invalid character range";
    case rc::error_space:
        return "too complex";
    case rc::error_badrepeat:
        return "a repeat ('*', '+', '?', '{') follows nothing";
    case rc::error_complexity:
        return "too complex";
    case rc::error_stack:
        return "too complex";
    default:
        return "invalid";
    }
}

struct Problem {
    CatalogProblem problem;
    std::pair<std::size_t, std::size_t> order;
};

// Builds the catalogue from the DOM in one walk, collecting problems; then checks references.
class Loader {
  public:
    std::vector<Problem> problems;
    Catalog catalog;

    void problem(const Path &at, std::string message) {
        problems.push_back({CatalogProblem{at.str(), 0, 0, std::move(message)}, at.order()});
    }

    void load(const json &root);

    // Streaming the root "tasks" array (see TaskStream): called when the array opens, with the
    // root object parsed so far. The tasks' texts are checked against the declared languages, so
    // the array is streamed only if "languages" came before it; returns whether it did.
    bool begin_task_stream(const json &root_so_far) {
        const auto it = root_so_far.find("languages");
        if (it == root_so_far.end()) {
            return false;
        }
        const Path root;
        languages(*it, root / "languages");
        m_languages_done = true;
        m_tasks_streamed = true;
        return true;
    }

    // One element of the streamed "tasks" array, complete; its DOM is freed after this.
    void stream_task(const json &j, std::size_t index) {
        const Path root;
        const Path tasks = root / "tasks";
        m_streamed_tasks.push_back(task(j, tasks / index));
    }

  private:
    // Texts view characters kept in the catalogue's store; the DOM they come from is freed.
    std::string_view keep(std::string_view s) {
        if (!catalog.text_store.store) {
            catalog.text_store.store = std::make_shared<TextStore>();
        }
        return catalog.text_store.store->keep(s);
    }
    // Language codes repeat in every text: each is kept once.
    std::string_view keep_language(std::string_view lang) {
        for (std::string_view kept : m_kept_languages) {
            if (kept == lang) {
                return kept;
            }
        }
        return m_kept_languages.emplace_back(keep(lang));
    }

    std::vector<std::string_view> m_kept_languages;
    bool m_languages_known = false;
    bool m_languages_done = false; // languages() already ran, before the tasks were streamed
    bool m_tasks_streamed = false;
    std::vector<Task> m_streamed_tasks;
    std::vector<bool> m_question_typed; // per question: its type is known, so its values are too
    std::size_t m_suggest_budget = 10'000'000;

    // ---- members of one object ----

    // The members of one object, matched in one pass against the keys its section allows;
    // keys it does not allow are reported, with a suggestion (catalogue authors make typos).
    class Members {
      public:
        Members(Loader &loader, const json &j, const Path &p,
                std::span<const std::string_view> known)
            : m_loader(loader), m_path(p), m_known(known) {
            if (known.size() > m_found.size()) {
                throw std::logic_error("too many keys for Members");
            }
            for (auto it = j.begin(); it != j.end(); ++it) {
                const std::string &key = it.key();
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
                loader.problem(p / key,
                               "unknown field " + quote(key) + util::did_you_mean(key, candidates));
            }
        }

        // The member `key`, or nullptr; reported missing when `required`.
        const json *get(std::string_view key, bool required) const {
            const std::size_t i = slot(key);
            const json *v = i < m_known.size() ? m_found[i] : nullptr;
            if (v == nullptr && required) {
                m_loader.problem(m_path, "missing required field '" + std::string(key) + "'");
            }
            return v;
        }

      private:
        std::size_t slot(std::string_view key) const {
            std::size_t i = 0;
            while (i < m_known.size() && m_known[i] != key) {
                ++i;
            }
            return i;
        }

        Loader &m_loader;
        const Path &m_path;
        std::span<const std::string_view> m_known;
        std::array<const json *, 16> m_found{};
    };

    bool expect_object(const json &j, const Path &p) {
        if (!j.is_object()) {
            problem(p, "expected an object, got " + describe(j));
            return false;
        }
        return true;
    }

    bool expect_array(const json &j, const Path &p) {
        if (!j.is_array()) {
            problem(p, "expected an array, got " + describe(j));
            return false;
        }
        return true;
    }

    // ---- scalar values ----

    std::string string_value(const json &j, const Path &p, bool non_empty = true) {
        if (!j.is_string()) {
            problem(p, "expected a string, got " + describe(j));
            return {};
        }
        const auto &s = j.get_ref<const std::string &>();
        if (non_empty && s.empty()) {
            problem(p, "empty string");
        }
        return s;
    }

    std::string id_value(const json &j, const Path &p, std::string_view noun = "id") {
        if (!j.is_string()) {
            problem(p, "expected a string, got " + describe(j));
            return {};
        }
        const auto &s = j.get_ref<const std::string &>();
        if (!is_id(s)) {
            problem(p, "invalid " + std::string(noun) + " " + quote(s) +
                           ": use 1 to 64 characters a-z, 0-9, '-' or '_', starting with a "
                           "letter or digit");
            return {};
        }
        return s;
    }

    std::optional<std::int64_t> integer_value(const json &j, const Path &p) {
        if (j.is_number_integer() && !j.is_number_unsigned()) {
            return j.get<std::int64_t>();
        }
        if (j.is_number_unsigned()) {
            const auto u = j.get<std::uint64_t>();
            if (u > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
                problem(p, "integer " + j.dump() + " is out of range");
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
        problem(p, "expected an integer, got " + describe(j));
        return std::nullopt;
    }

    // An integer in lo..hi; `what` names it in the message.
    std::optional<int> bounded_int(const json &j, const Path &p, std::string_view what,
                                   std::int64_t lo, std::int64_t hi) {
        auto v = integer_value(j, p);
        if (!v) {
            return std::nullopt;
        }
        if (*v < lo || *v > hi) {
            problem(p, std::string(what) + " must be between " + std::to_string(lo) + " and " +
                           std::to_string(hi) + ", got " + std::to_string(*v));
            return std::nullopt;
        }
        return static_cast<int>(*v);
    }

    bool bool_value(const json &j, const Path &p, bool fallback) {
        if (!j.is_boolean()) {
            problem(p, "expected a boolean, got " + describe(j));
            return fallback;
        }
        return j.get<bool>();
    }

    // ---- text ----

    Text text(const json &j, const Path &p, bool required) {
        Text t;
        if (j.is_string()) {
            t.any = keep(j.get_ref<const std::string &>());
            if (required && t.any.empty()) {
                problem(p, "empty text");
            }
            return t;
        }
        if (!j.is_object()) {
            problem(p, "expected a string or an object of texts by language, got " + describe(j));
            return t;
        }
        for (auto it = j.begin(); it != j.end(); ++it) {
            const std::string &lang = it.key();
            const Path at = p / lang;
            if (m_languages_known && !catalog.has_language(lang)) {
                problem(at, "undeclared language " + quote(lang) +
                                " (declared: " + join(catalog.languages, ", ") + ")" +
                                util::did_you_mean(lang, catalog.languages));
                continue;
            }
            if (!it->is_string()) {
                problem(at, "expected a string, got " + describe(*it));
                continue;
            }
            const auto &s = it->get_ref<const std::string &>();
            if (required && s.empty()) {
                problem(at, "empty " + quote(lang) + " text");
            }
            // An object's keys come in order, so by_lang stays sorted by language.
            t.by_lang.push_back({keep_language(lang), keep(s)});
        }
        if (m_languages_known) {
            for (const auto &lang : catalog.languages) {
                if (j.find(lang) == j.end()) {
                    problem(p, "missing " + quote(lang) + " text");
                }
            }
        } else if (j.empty() && required) {
            problem(p, "empty text");
        }
        return t;
    }

    std::vector<Text> text_list(const json &j, const Path &p) {
        std::vector<Text> out;
        if (!expect_array(j, p)) {
            return out;
        }
        out.reserve(j.size());
        for (std::size_t i = 0; i < j.size(); ++i) {
            out.push_back(text(j[i], p / i, true));
        }
        return out;
    }

    // A list of ids (references); entries that are not valid ids are kept as "" so that indices
    // still match the document.
    std::vector<std::string> id_list(const json &j, const Path &p, std::string_view noun) {
        std::vector<std::string> out;
        if (!expect_array(j, p)) {
            return out;
        }
        out.reserve(j.size());
        for (std::size_t i = 0; i < j.size(); ++i) {
            out.push_back(id_value(j[i], p / i, noun));
        }
        check_unique(out, p, noun);
        return out;
    }

    void check_unique(const std::vector<std::string> &items, const Path &p, std::string_view noun) {
        auto report = [&](std::size_t i, std::size_t first) {
            problem(p / i, "duplicate " + std::string(noun) + " " + quote(items[i]) +
                               " (first at " + (p / first).str() + ")");
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

    // ---- sections ----

    void languages(const json &j, const Path &p);
    Layer layer(const json &j, const Path &p);
    Direction direction(const json &j, const Path &p);
    Phase phase(const json &j, const Path &p);
    void check_phase_days(const json &arr, const Path &p);
    Pitfall pitfall(const json &j, const Path &p);
    Skill skill(const json &j, const Path &p);
    Question question(const json &j, const Path &p);
    Choice choice(const json &j, const Path &p, QuestionType type);
    void question_default(const json &j, const Path &p, Question &q);
    Condition condition(const json &j, const Path &p);
    Task task(const json &j, const Path &p);
    Resource resource(const json &j, const Path &p);

    template <typename T, typename F>
    std::vector<T> section(const Members &m, const Path &rootp, std::string_view key, bool required,
                           F &&parse_one) {
        std::vector<T> out;
        const Path p = rootp / key;
        const json *j = m.get(key, required);
        if (j == nullptr || !expect_array(*j, p)) {
            return out;
        }
        out.reserve(j->size());
        for (std::size_t i = 0; i < j->size(); ++i) {
            out.push_back(parse_one((*j)[i], p / i));
        }
        return out;
    }

    // ---- references ----

    std::string suggest(std::string_view word, const std::vector<std::string> &ids);
    void check_references();
};

void Loader::languages(const json &j, const Path &p) {
    if (!expect_array(j, p)) {
        return;
    }
    if (j.empty()) {
        problem(p, "no languages declared; list at least one, such as [\"en\"]");
        return;
    }
    bool ok = true;
    for (std::size_t i = 0; i < j.size(); ++i) {
        const Path at = p / i;
        if (!j[i].is_string()) {
            problem(at, "expected a string, got " + describe(j[i]));
            ok = false;
            continue;
        }
        const auto &code = j[i].get_ref<const std::string &>();
        if (!is_language_code(code)) {
            problem(at, "invalid language code " + quote(code) +
                            "; use a code such as 'en', "
                            "'zh' or 'pt-BR'");
            ok = false;
            continue;
        }
        catalog.languages.push_back(code);
    }
    const auto before = problems.size();
    check_unique(catalog.languages, p, "language");
    m_languages_known = ok && problems.size() == before;
}

Layer Loader::layer(const json &j, const Path &p) {
    Layer l;
    if (!expect_object(j, p)) {
        return l;
    }
    static constexpr std::string_view k_layer_keys[] = {"id", "name", "short_name", "description"};
    const Members m(*this, j, p, k_layer_keys);
    if (auto v = m.get("id", true)) {
        l.id = id_value(*v, p / "id");
    }
    if (auto v = m.get("name", true)) {
        l.name = text(*v, p / "name", true);
    }
    if (auto v = m.get("short_name", false)) {
        l.short_name = text(*v, p / "short_name", true);
    }
    if (auto v = m.get("description", false)) {
        l.description = text(*v, p / "description", false);
    }
    return l;
}

Direction Loader::direction(const json &j, const Path &p) {
    Direction d;
    if (!expect_object(j, p)) {
        return d;
    }
    static constexpr std::string_view k_direction_keys[] = {"id",    "name", "tagline", "keywords",
                                                            "suits", "work", "verdict"};
    const Members m(*this, j, p, k_direction_keys);
    if (auto v = m.get("id", true)) {
        d.id = id_value(*v, p / "id");
        if (d.id == k_common_direction) {
            problem(p / "id", "direction id 'common' is reserved: it marks tasks that belong to "
                              "every direction");
        }
    }
    if (auto v = m.get("name", true)) {
        d.name = text(*v, p / "name", true);
    }
    if (auto v = m.get("tagline", false)) {
        d.tagline = text(*v, p / "tagline", false);
    }
    if (auto v = m.get("keywords", false)) {
        d.keywords = text_list(*v, p / "keywords");
    }
    if (auto v = m.get("suits", false)) {
        d.suits = text(*v, p / "suits", false);
    }
    if (auto v = m.get("work", false)) {
        d.work = text_list(*v, p / "work");
    }
    if (auto v = m.get("verdict", false)) {
        d.verdict = text(*v, p / "verdict", false);
    }
    return d;
}

Phase Loader::phase(const json &j, const Path &p) {
    Phase ph;
    ph.start_day = -1;
    ph.end_day = -1;
    if (!expect_object(j, p)) {
        return ph;
    }
    static constexpr std::string_view k_phase_keys[] = {
        "id", "title", "start_day", "end_day", "goal", "checkpoint", "direction_checkpoints"};
    const Members m(*this, j, p, k_phase_keys);
    if (auto v = m.get("id", true)) {
        ph.id = id_value(*v, p / "id");
    }
    if (auto v = m.get("title", true)) {
        ph.title = text(*v, p / "title", true);
    }
    if (auto v = m.get("start_day", true)) {
        ph.start_day =
            bounded_int(*v, p / "start_day", "start_day", 0, k_plan_days - 1).value_or(-1);
    }
    if (auto v = m.get("end_day", true)) {
        ph.end_day = bounded_int(*v, p / "end_day", "end_day", 0, k_plan_days - 1).value_or(-1);
    }
    if (ph.start_day >= 0 && ph.end_day >= 0 && ph.end_day < ph.start_day) {
        problem(p / "end_day", "phase ends on day " + std::to_string(ph.end_day) +
                                   ", before it starts on day " + std::to_string(ph.start_day));
    }
    if (auto v = m.get("goal", true)) {
        ph.goal = text(*v, p / "goal", true);
    }
    if (auto v = m.get("checkpoint", true)) {
        ph.checkpoint = text(*v, p / "checkpoint", true);
    }
    if (auto v = m.get("direction_checkpoints", false)) {
        const Path at = p / "direction_checkpoints";
        if (expect_object(*v, at)) {
            for (auto it = v->begin(); it != v->end(); ++it) {
                ph.direction_checkpoints.emplace(it.key(), text(*it, at / it.key(), true));
            }
        }
    }
    return ph;
}

// Phases in day order: the first starts on day 0, each starts the day after the previous ends,
// and the last ends on day k_plan_days - 1.
void Loader::check_phase_days(const json &arr, const Path &p) {
    const auto &phases = catalog.phases;
    if (phases.empty()) {
        problem(p, "no phases; phases must cover days 0 to " + std::to_string(k_plan_days - 1));
        return;
    }
    for (std::size_t i = 0; i < phases.size(); ++i) {
        const Phase &ph = phases[i];
        if (ph.start_day < 0 || ph.end_day < 0 || ph.end_day < ph.start_day) {
            return; // already reported; the order cannot be judged
        }
        const Path item = p / i;
        const Path at = item / "start_day";
        if (i == 0) {
            if (ph.start_day != 0) {
                problem(at, "the first phase must start on day 0, got day " +
                                std::to_string(ph.start_day));
            }
            continue;
        }
        const Phase &prev = phases[i - 1];
        const std::string name = quote(ph.id.empty() ? std::to_string(i) : ph.id);
        const std::string prev_name = quote(prev.id.empty() ? std::to_string(i - 1) : prev.id);
        if (ph.start_day <= prev.end_day) {
            problem(at, "phase " + name + " starts on day " + std::to_string(ph.start_day) +
                            ", overlapping phase " + prev_name + " (days " +
                            std::to_string(prev.start_day) + " to " + std::to_string(prev.end_day) +
                            "); start it on day " + std::to_string(prev.end_day + 1));
        } else if (ph.start_day > prev.end_day + 1) {
            const int from = prev.end_day + 1;
            const int to = ph.start_day - 1;
            problem(at, "gap between phases " + prev_name + " and " + name + ": " +
                            (from == to
                                 ? "day " + std::to_string(from)
                                 : "days " + std::to_string(from) + " to " + std::to_string(to)) +
                            " belong to no phase");
        }
    }
    (void)arr;
    const Phase &last = phases.back();
    if (last.end_day != k_plan_days - 1) {
        const Path item = p / (phases.size() - 1);
        problem(item / "end_day", "the last phase must end on day " +
                                      std::to_string(k_plan_days - 1) + ", got day " +
                                      std::to_string(last.end_day));
    }
}

Condition Loader::condition(const json &j, const Path &p) {
    Condition c;
    if (!expect_object(j, p)) {
        return c;
    }
    static constexpr std::string_view k_condition_keys[] = {"question", "in", "min", "max"};
    const Members m(*this, j, p, k_condition_keys);
    if (auto v = m.get("question", true)) {
        c.question = id_value(*v, p / "question", "question id");
    }
    const json *in = m.get("in", false);
    const json *min = m.get("min", false);
    const json *max = m.get("max", false);
    if (in != nullptr) {
        c.in = id_list(*in, p / "in", "value");
        if (in->is_array() && in->empty()) {
            problem(p / "in", "empty 'in': list at least one value");
        }
    }
    if (min != nullptr) {
        c.min = integer_value(*min, p / "min");
    }
    if (max != nullptr) {
        c.max = integer_value(*max, p / "max");
    }
    if (in == nullptr && min == nullptr && max == nullptr) {
        problem(p, "a condition needs 'in', or 'min' and/or 'max'");
    }
    if (c.min && c.max && *c.min > *c.max) {
        problem(p / "min",
                "min " + std::to_string(*c.min) + " is greater than max " + std::to_string(*c.max));
    }
    return c;
}

Pitfall Loader::pitfall(const json &j, const Path &p) {
    Pitfall pf;
    if (!expect_object(j, p)) {
        return pf;
    }
    static constexpr std::string_view k_pitfall_keys[] = {"id",    "title",     "summary",
                                                          "lists", "flag_when", "tasks"};
    const Members m(*this, j, p, k_pitfall_keys);
    if (auto v = m.get("id", true)) {
        pf.id = id_value(*v, p / "id");
    }
    if (auto v = m.get("title", true)) {
        pf.title = text(*v, p / "title", true);
    }
    if (auto v = m.get("summary", true)) {
        pf.summary = text(*v, p / "summary", true);
    }
    if (auto v = m.get("lists", false)) {
        const Path lp = p / "lists";
        if (expect_array(*v, lp)) {
            for (std::size_t i = 0; i < v->size(); ++i) {
                const json &item = (*v)[i];
                const Path at = lp / i;
                PitfallList list;
                if (expect_object(item, at)) {
                    static constexpr std::string_view k_list_keys[] = {"title", "items"};
                    const Members mi(*this, item, at, k_list_keys);
                    if (auto t = mi.get("title", true)) {
                        list.title = text(*t, at / "title", true);
                    }
                    if (auto t = mi.get("items", true)) {
                        list.items = text_list(*t, at / "items");
                    }
                }
                pf.lists.push_back(std::move(list));
            }
        }
    }
    if (auto v = m.get("flag_when", false)) {
        const Path fp = p / "flag_when";
        if (expect_array(*v, fp)) {
            for (std::size_t i = 0; i < v->size(); ++i) {
                pf.flag_when.push_back(condition((*v)[i], fp / i));
            }
        }
    }
    if (auto v = m.get("tasks", false)) {
        pf.tasks = id_list(*v, p / "tasks", "task");
    }
    return pf;
}

Skill Loader::skill(const json &j, const Path &p) {
    Skill s;
    if (!expect_object(j, p)) {
        return s;
    }
    static constexpr std::string_view k_skill_keys[] = {"id", "name"};
    const Members m(*this, j, p, k_skill_keys);
    if (auto v = m.get("id", true)) {
        s.id = id_value(*v, p / "id");
    }
    if (auto v = m.get("name", true)) {
        s.name = text(*v, p / "name", true);
    }
    return s;
}

Choice Loader::choice(const json &j, const Path &p, QuestionType type) {
    Choice c;
    if (!expect_object(j, p)) {
        return c;
    }
    static constexpr std::string_view k_choice_keys[] = {"value", "label", "weights", "reasons",
                                                         "skills"};
    const Members m(*this, j, p, k_choice_keys);
    if (auto v = m.get("value", true)) {
        c.value = id_value(*v, p / "value", "choice value");
        if (type == QuestionType::boolean && !c.value.empty() && c.value != "yes" &&
            c.value != "no") {
            problem(p / "value",
                    "a boolean question's choice values are 'yes' and 'no', got " + quote(c.value));
        }
    }
    if (auto v = m.get("label", true)) {
        c.label = text(*v, p / "label", true);
    }
    if (auto v = m.get("weights", false)) {
        const Path wp = p / "weights";
        if (expect_object(*v, wp)) {
            for (auto it = v->begin(); it != v->end(); ++it) {
                if (auto w =
                        bounded_int(*it, wp / it.key(), "weight", -k_max_weight, k_max_weight)) {
                    c.weights.emplace(it.key(), *w);
                }
            }
        }
    }
    if (auto v = m.get("reasons", false)) {
        const Path rp = p / "reasons";
        if (expect_object(*v, rp)) {
            for (auto it = v->begin(); it != v->end(); ++it) {
                c.reasons.emplace(it.key(), text(*it, rp / it.key(), true));
            }
        }
    }
    if (auto v = m.get("skills", false)) {
        c.skills = id_list(*v, p / "skills", "skill");
    }
    return c;
}

Question Loader::question(const json &j, const Path &p) {
    Question q;
    if (!expect_object(j, p)) {
        m_question_typed.push_back(false);
        return q;
    }
    static constexpr std::string_view k_question_keys[] = {
        "id",      "type", "prompt", "help",         "short_label",  "default", "when",
        "choices", "min",  "max",    "min_selected", "max_selected", "pattern", "max_length"};
    const Members m(*this, j, p, k_question_keys);
    if (auto v = m.get("id", true)) {
        q.id = id_value(*v, p / "id");
    }
    bool type_ok = false;
    if (auto v = m.get("type", true)) {
        const std::string t = string_value(*v, p / "type", false);
        auto it = std::find(k_question_types.begin(), k_question_types.end(), t);
        if (it != k_question_types.end()) {
            q.type = static_cast<QuestionType>(it - k_question_types.begin());
            type_ok = true;
        } else if (v->is_string()) {
            const std::string hint = util::did_you_mean(t, k_question_types);
            problem(p / "type",
                    "unknown question type " + quote(t) +
                        (hint.empty() ? "; use " + join(k_question_types, " or ") : hint));
        }
    }
    if (auto v = m.get("prompt", true)) {
        q.prompt = text(*v, p / "prompt", true);
    }
    if (auto v = m.get("help", false)) {
        q.help = text(*v, p / "help", false);
    }
    if (auto v = m.get("short_label", true)) {
        q.short_label = text(*v, p / "short_label", true);
    }
    if (auto v = m.get("when", false)) {
        q.when = condition(*v, p / "when");
    }
    m_question_typed.push_back(type_ok);
    if (!type_ok) {
        return q;
    }
    const QuestionType type = q.type;
    const char *type_name = to_string(type);
    // Fields that only some types use; elsewhere they are most likely a mistake.
    auto applies = [&](std::string_view key, std::initializer_list<QuestionType> types) {
        const json *v = m.get(key, false);
        if (v == nullptr) {
            return v;
        }
        if (std::find(types.begin(), types.end(), type) == types.end()) {
            problem(p / key,
                    "'" + std::string(key) + "' does not apply to a " + type_name + " question");
            return static_cast<const json *>(nullptr);
        }
        return v;
    };
    using QT = QuestionType;
    if (auto v = applies("choices", {QT::single, QT::multi, QT::boolean})) {
        const Path cp = p / "choices";
        if (expect_array(*v, cp)) {
            q.choices.reserve(v->size());
            for (std::size_t i = 0; i < v->size(); ++i) {
                q.choices.push_back(choice((*v)[i], cp / i, type));
            }
        }
    }
    if ((type == QT::single || type == QT::multi) && q.choices.size() < 2) {
        const json *v = m.get("choices", false);
        if (v == nullptr) {
            problem(p, "missing required field 'choices' (a " + std::string(type_name) +
                           " question needs at least 2)");
        } else if (v->is_array()) {
            problem(p / "choices", "a " + std::string(type_name) +
                                       " question needs at least 2 choices, got " +
                                       std::to_string(v->size()));
        }
    }
    if (auto v = applies("min", {QT::integer})) {
        q.min = integer_value(*v, p / "min");
    }
    if (auto v = applies("max", {QT::integer})) {
        q.max = integer_value(*v, p / "max");
    }
    if (q.min && q.max && *q.min > *q.max) {
        problem(p / "min",
                "min " + std::to_string(*q.min) + " is greater than max " + std::to_string(*q.max));
    }
    const auto n = static_cast<std::int64_t>(q.choices.size());
    if (auto v = applies("min_selected", {QT::multi})) {
        q.min_selected = bounded_int(*v, p / "min_selected", "min_selected", 0, n);
    }
    if (auto v = applies("max_selected", {QT::multi})) {
        q.max_selected = bounded_int(*v, p / "max_selected", "max_selected", 0, n);
    }
    if (q.min_selected && q.max_selected && *q.min_selected > *q.max_selected) {
        problem(p / "min_selected", "min_selected " + std::to_string(*q.min_selected) +
                                        " is greater than max_selected " +
                                        std::to_string(*q.max_selected));
    }
    bool pattern_ok = true;
    if (auto v = applies("pattern", {QT::text})) {
        const Path at = p / "pattern";
        const std::string pat = string_value(*v, at);
        if (pat.size() > k_max_pattern_length) {
            problem(at, "pattern is " + std::to_string(pat.size()) + " bytes; the limit is " +
                            std::to_string(k_max_pattern_length));
            pattern_ok = false;
        } else if (v->is_string()) {
            try {
                std::regex compiled(pat, std::regex::ECMAScript);
                q.pattern = pat;
            } catch (const std::regex_error &e) {
                problem(at, "pattern " + quote(pat) +
                                " is not a valid ECMAScript regular expression: " +
                                regex_error_text(e.code()));
                pattern_ok = false;
            }
        } else {
            pattern_ok = false;
        }
    }
    if (auto v = applies("max_length", {QT::text})) {
        q.max_length = bounded_int(*v, p / "max_length", "max_length", 1, k_max_text_length);
    }
    if (auto v = m.get("default", false)) {
        if (pattern_ok) {
            question_default(*v, p / "default", q);
        }
    }
    return q;
}

void Loader::question_default(const json &j, const Path &p, Question &q) {
    DefaultValue &d = q.default_value;
    auto is_choice = [&](const std::string &value) { return q.find_choice(value) != nullptr; };
    std::vector<std::string> values;
    for (const auto &c : q.choices) {
        if (!c.value.empty()) {
            values.push_back(c.value);
        }
    }
    auto not_a_choice = [&](const Path &at, const std::string &value) {
        problem(at, "default " + quote(value) + " is not one of the choices (" +
                        join(values, ", ") + ")" + util::did_you_mean(value, values));
    };
    switch (q.type) {
    case QuestionType::single: {
        const std::string s = string_value(j, p, false);
        if (!j.is_string()) {
            return;
        }
        if (!is_choice(s)) {
            not_a_choice(p, s);
            return;
        }
        d.choice = s;
        return;
    }
    case QuestionType::multi: {
        if (!expect_array(j, p)) {
            return;
        }
        std::vector<std::string> chosen;
        bool ok = true;
        for (std::size_t i = 0; i < j.size(); ++i) {
            const std::string s = string_value(j[i], p / i, false);
            if (!j[i].is_string()) {
                ok = false;
                continue;
            }
            if (!is_choice(s)) {
                not_a_choice(p / i, s);
                ok = false;
                continue;
            }
            chosen.push_back(s);
        }
        const auto before = problems.size();
        check_unique(chosen, p, "value");
        ok = ok && problems.size() == before;
        const auto count = static_cast<int>(chosen.size());
        if (ok && q.min_selected && count < *q.min_selected) {
            problem(p, "default selects " + std::to_string(count) +
                           " choices, fewer than "
                           "min_selected " +
                           std::to_string(*q.min_selected));
            ok = false;
        }
        if (ok && q.max_selected && count > *q.max_selected) {
            problem(p, "default selects " + std::to_string(count) +
                           " choices, more than "
                           "max_selected " +
                           std::to_string(*q.max_selected));
            ok = false;
        }
        if (ok) {
            d.choices = std::move(chosen);
        }
        return;
    }
    case QuestionType::integer: {
        auto v = integer_value(j, p);
        if (!v) {
            return;
        }
        if ((q.min && *v < *q.min) || (q.max && *v > *q.max)) {
            problem(p, "default " + std::to_string(*v) + " is outside " +
                           (q.min ? std::to_string(*q.min) : std::string("...")) + ".." +
                           (q.max ? std::to_string(*q.max) : std::string("...")));
            return;
        }
        d.integer = *v;
        return;
    }
    case QuestionType::boolean: {
        if (!j.is_boolean()) {
            problem(p, "expected a boolean, got " + describe(j));
            return;
        }
        d.boolean = j.get<bool>();
        return;
    }
    case QuestionType::date: {
        const std::string s = string_value(j, p, false);
        if (!j.is_string()) {
            return;
        }
        if (s == "today") {
            d.today = true;
        } else if (Date::parse(s)) {
            d.date = s;
        } else {
            problem(p, "default " + quote(s) + " is not 'today' or a real date as YYYY-MM-DD");
        }
        return;
    }
    case QuestionType::text: {
        const std::string s = string_value(j, p, false);
        if (!j.is_string()) {
            return;
        }
        const auto length = util::code_points(s);
        const int limit = q.max_length.value_or(k_max_text_length);
        if (length > static_cast<std::size_t>(limit)) {
            problem(p, "default " + quote(s) + " is " + std::to_string(length) +
                           " characters, longer than " +
                           (q.max_length ? "max_length " : "the limit of ") +
                           std::to_string(limit));
            return;
        }
        if (q.pattern && !std::regex_match(s, std::regex(*q.pattern, std::regex::ECMAScript))) {
            problem(p, "default " + quote(s) + " does not match the pattern " + quote(*q.pattern));
            return;
        }
        d.choice = s;
        return;
    }
    }
}

Resource Loader::resource(const json &j, const Path &p) {
    Resource r;
    if (!expect_object(j, p)) {
        return r;
    }
    static constexpr std::string_view k_resource_keys[] = {"type", "title", "url"};
    const Members m(*this, j, p, k_resource_keys);
    if (auto v = m.get("type", true)) {
        const std::string t = string_value(*v, p / "type", false);
        auto it = std::find(k_resource_types.begin(), k_resource_types.end(), t);
        if (it != k_resource_types.end()) {
            r.type = static_cast<ResourceType>(it - k_resource_types.begin());
        } else if (v->is_string()) {
            const std::string hint = util::did_you_mean(t, k_resource_types);
            problem(p / "type",
                    "unknown resource type " + quote(t) +
                        (hint.empty() ? "; use " + join(k_resource_types, " or ") : hint));
        }
    }
    if (auto v = m.get("title", true)) {
        r.title = text(*v, p / "title", true);
    }
    if (auto v = m.get("url", true)) {
        const Path at = p / "url";
        r.url = string_value(*v, at, false);
        if (v->is_string()) {
            constexpr std::string_view scheme = "https://";
            const std::string_view url = r.url;
            const bool has_space = std::any_of(url.begin(), url.end(), [](char c) {
                return static_cast<unsigned char>(c) <= 0x20 || c == 0x7F;
            });
            if (url.substr(0, scheme.size()) != scheme) {
                problem(at, "url " + quote(url) + " must start with https://");
            } else if (has_space) {
                problem(at, "url " + quote(url) + " contains spaces or control characters");
            } else {
                std::string_view host = url.substr(scheme.size());
                host = host.substr(0, host.find_first_of("/?#"));
                if (auto at_sign = host.rfind('@'); at_sign != std::string_view::npos) {
                    host = host.substr(at_sign + 1);
                }
                host = host.substr(0, host.find(':'));
                if (host.empty()) {
                    problem(at, "url " + quote(url) + " has no host");
                }
            }
        }
    }
    return r;
}

Task Loader::task(const json &j, const Path &p) {
    Task t;
    if (!expect_object(j, p)) {
        return t;
    }
    static constexpr std::string_view k_task_keys[] = {
        "id",   "phase",    "directions",    "title",       "summary",   "hours",
        "core", "bridging", "prerequisites", "deliverable", "resources", "skip_if_skills"};
    const Members m(*this, j, p, k_task_keys);
    if (auto v = m.get("id", true)) {
        t.id = id_value(*v, p / "id");
    }
    if (auto v = m.get("phase", true)) {
        t.phase = id_value(*v, p / "phase", "phase id");
    }
    if (auto v = m.get("directions", true)) {
        const Path dp = p / "directions";
        t.directions = id_list(*v, dp, "direction");
        if (v->is_array() && v->empty()) {
            problem(dp, "no directions; list direction ids or [\"common\"]");
        }
        if (t.directions.size() > 1) {
            for (std::size_t i = 0; i < t.directions.size(); ++i) {
                if (t.directions[i] == k_common_direction) {
                    problem(dp / i, "'common' must be the only direction of a task (it already "
                                    "means every direction)");
                }
            }
        }
    }
    if (auto v = m.get("title", true)) {
        t.title = text(*v, p / "title", true);
    }
    if (auto v = m.get("summary", false)) {
        t.summary = text(*v, p / "summary", false);
    }
    if (auto v = m.get("hours", true)) {
        t.hours = bounded_int(*v, p / "hours", "hours", 1, k_max_task_hours).value_or(1);
    }
    if (auto v = m.get("core", false)) {
        t.core = bool_value(*v, p / "core", true);
    }
    if (auto v = m.get("bridging", false)) {
        t.bridging = bool_value(*v, p / "bridging", false);
    }
    if (auto v = m.get("prerequisites", false)) {
        t.prerequisites = id_list(*v, p / "prerequisites", "prerequisite");
    }
    if (auto v = m.get("deliverable", true)) {
        t.deliverable = text(*v, p / "deliverable", true);
    }
    if (auto v = m.get("resources", false)) {
        const Path rp = p / "resources";
        if (expect_array(*v, rp)) {
            t.resources.reserve(v->size());
            for (std::size_t i = 0; i < v->size(); ++i) {
                t.resources.push_back(resource((*v)[i], rp / i));
            }
        }
    }
    if (auto v = m.get("skip_if_skills", false)) {
        t.skip_if_skills = id_list(*v, p / "skip_if_skills", "skill");
    }
    return t;
}

void Loader::load(const json &root) {
    const Path p;
    if (!expect_object(root, p)) {
        return;
    }
    const Members m(*this, root, p, k_top_keys);
    if (auto v = m.get("schema_version", true)) {
        if (auto n = integer_value(*v, p / "schema_version")) {
            if (*n != k_schema_version) {
                problem(p / "schema_version", "unsupported schema_version " + std::to_string(*n) +
                                                  "; this llmpath reads schema_version " +
                                                  std::to_string(k_schema_version));
            }
        }
    }
    if (auto v = m.get("$schema", false)) {
        string_value(*v, p / "$schema");
    }
    if (auto v = m.get("id", true)) {
        catalog.id = id_value(*v, p / "id");
    }
    if (auto v = m.get("version", true)) {
        catalog.version = string_value(*v, p / "version");
    }
    if (auto v = m.get("languages", true); v != nullptr && !m_languages_done) {
        languages(*v, p / "languages");
    }
    if (auto v = m.get("title", true)) {
        catalog.title = text(*v, p / "title", true);
    }
    if (auto v = m.get("description", false)) {
        catalog.description = text(*v, p / "description", false);
    }
    catalog.layers = section<Layer>(m, p, "layers", false,
                                    [&](const json &j, const Path &at) { return layer(j, at); });
    catalog.directions = section<Direction>(
        m, p, "directions", true, [&](const json &j, const Path &at) { return direction(j, at); });
    if (const json *d = m.get("directions", false); d != nullptr && d->is_array() && d->empty()) {
        problem(p / "directions", "no directions; declare at least one");
    }
    catalog.phases = section<Phase>(m, p, "phases", true,
                                    [&](const json &j, const Path &at) { return phase(j, at); });
    if (const json *ph = m.get("phases", false); ph != nullptr && ph->is_array()) {
        check_phase_days(*ph, p / "phases");
    }
    catalog.pitfalls = section<Pitfall>(
        m, p, "pitfalls", false, [&](const json &j, const Path &at) { return pitfall(j, at); });
    catalog.skills = section<Skill>(m, p, "skills", false,
                                    [&](const json &j, const Path &at) { return skill(j, at); });
    catalog.questions = section<Question>(
        m, p, "questions", true, [&](const json &j, const Path &at) { return question(j, at); });
    if (m_tasks_streamed) {
        // The root holds an empty "tasks" array; its elements were checked as they streamed.
        catalog.tasks = std::move(m_streamed_tasks);
    } else {
        catalog.tasks = section<Task>(m, p, "tasks", true,
                                      [&](const json &j, const Path &at) { return task(j, at); });
    }
    check_references();
}

std::string Loader::suggest(std::string_view word, const std::vector<std::string> &ids) {
    // Each suggestion scans the ids and computes an edit distance for those of similar length
    // (the distance is at least the difference in length). The budget keeps a catalogue full of
    // bad references from taking quadratic time: past it, problems come without suggestions.
    if (ids.size() > m_suggest_budget) {
        return {};
    }
    m_suggest_budget -= ids.size();
    const std::size_t limit = std::max<std::size_t>(1, word.size() / 3);
    std::vector<std::string> near;
    for (const auto &id : ids) {
        const std::size_t diff =
            id.size() > word.size() ? id.size() - word.size() : word.size() - id.size();
        if (diff <= limit) {
            near.push_back(id);
        }
    }
    const std::size_t cost = near.size() * (word.size() + 1) * (word.size() + limit + 1);
    if (cost > m_suggest_budget) {
        return {};
    }
    m_suggest_budget -= cost;
    return util::did_you_mean(word, near);
}

namespace {

using IdMap = std::unordered_map<std::string_view, std::size_t>;

struct Ids {
    IdMap index;                   // id -> index of its first occurrence
    std::vector<std::string> list; // in document order, for suggestions
};

} // namespace

template <typename T>
static Ids collect_ids(Loader &loader, const std::vector<T> &items, const Path &section,
                       std::string_view noun) {
    Ids ids;
    ids.index.reserve(items.size());
    ids.list.reserve(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
        const std::string &id = items[i].id;
        if (id.empty()) {
            continue;
        }
        auto [it, inserted] = ids.index.emplace(id, i);
        if (inserted) {
            ids.list.push_back(id);
        } else {
            const Path item = section / i;
            loader.problem(item / "id", "duplicate " + std::string(noun) + " id " + quote(id) +
                                            " (first at " + (section / it->second).str() + ")");
        }
    }
    return ids;
}

void Loader::check_references() {
    const Path root;
    const Path layers_p = root / "layers";
    const Path directions_p = root / "directions";
    const Path phases_p = root / "phases";
    const Path pitfalls_p = root / "pitfalls";
    const Path skills_p = root / "skills";
    const Path questions_p = root / "questions";
    const Path tasks_p = root / "tasks";

    collect_ids(*this, catalog.layers, layers_p, "layer");
    const Ids directions = collect_ids(*this, catalog.directions, directions_p, "direction");
    const Ids phases = collect_ids(*this, catalog.phases, phases_p, "phase");
    collect_ids(*this, catalog.pitfalls, pitfalls_p, "pitfall");
    const Ids skills = collect_ids(*this, catalog.skills, skills_p, "skill");
    const Ids questions = collect_ids(*this, catalog.questions, questions_p, "question");
    const Ids tasks = collect_ids(*this, catalog.tasks, tasks_p, "task");

    // Reports `id` at `at` unless it is in `ids`; empty ids were already reported as malformed.
    auto known = [&](const Ids &ids, const std::string &id, const Path &at, std::string_view noun) {
        if (id.empty() || ids.index.count(id) != 0) {
            return !id.empty();
        }
        problem(at, "unknown " + std::string(noun) + " " + quote(id) + suggest(id, ids.list));
        return false;
    };

    // `before`: the index of the question the condition guards; it may test only earlier ones.
    // Each question's choice values, for conditions; duplicates are reported here.
    std::vector<IdMap> choice_values(catalog.questions.size());
    for (std::size_t i = 0; i < catalog.questions.size(); ++i) {
        const Question &q = catalog.questions[i];
        const Path qp = questions_p / i;
        const Path cp = qp / "choices";
        for (std::size_t c = 0; c < q.choices.size(); ++c) {
            const std::string &value = q.choices[c].value;
            if (value.empty()) {
                continue;
            }
            auto [it, inserted] = choice_values[i].emplace(value, c);
            if (!inserted) {
                const Path chp = cp / c;
                problem(chp / "value", "duplicate choice value " + quote(value) + " (first at " +
                                           (cp / it->second).str() + ")");
            }
        }
    }

    auto check_condition = [&](const Condition &c, const Path &p,
                               std::optional<std::size_t> before) {
        const Path qp = p / "question";
        if (!known(questions, c.question, qp, "question")) {
            return;
        }
        const std::size_t qi = questions.index.at(c.question);
        if (before && qi >= *before) {
            problem(qp, qi == *before
                            ? "a question cannot depend on its own answer"
                            : "question " + quote(c.question) +
                                  " is asked after this one; 'when' can only test an earlier "
                                  "question");
            return;
        }
        if (!m_question_typed[qi]) {
            return; // its type is already reported
        }
        const Question &q = catalog.questions[qi];
        const std::string kind = std::string(to_string(q.type)) + " question " + quote(q.id);
        switch (q.type) {
        case QuestionType::single:
        case QuestionType::multi:
        case QuestionType::boolean: {
            if (c.min) {
                problem(p / "min", "'min' applies only to integer questions; " + kind +
                                       " is tested with 'in'");
            }
            if (c.max) {
                problem(p / "max", "'max' applies only to integer questions; " + kind +
                                       " is tested with 'in'");
            }
            const bool boolean = q.type == QuestionType::boolean;
            const Path ip = p / "in";
            for (std::size_t k = 0; k < c.in.size(); ++k) {
                const std::string &v = c.in[k];
                if (v.empty() ||
                    (boolean ? v == "yes" || v == "no" : choice_values[qi].count(v) != 0)) {
                    continue;
                }
                std::vector<std::string> values;
                if (boolean) {
                    values = {"yes", "no"};
                } else {
                    for (const auto &ch : q.choices) {
                        values.push_back(ch.value);
                    }
                }
                problem(ip / k, quote(v) + " is not a value of " + kind + " (" +
                                    join(values, ", ") + ")" + util::did_you_mean(v, values));
            }
            break;
        }
        case QuestionType::integer:
            if (!c.in.empty()) {
                problem(p / "in", "'in' does not apply to " + kind + "; use 'min' and 'max'");
            }
            break;
        case QuestionType::date:
        case QuestionType::text:
            problem(qp, "conditions cannot test " + kind +
                            "; test a single, multi, boolean or integer question");
            break;
        }
    };

    for (std::size_t i = 0; i < catalog.phases.size(); ++i) {
        const Path php = phases_p / i;
        const Path dp = php / "direction_checkpoints";
        for (const auto &[dir, text_] : catalog.phases[i].direction_checkpoints) {
            known(directions, dir, dp / dir, "direction");
        }
    }

    for (std::size_t i = 0; i < catalog.pitfalls.size(); ++i) {
        const Pitfall &pf = catalog.pitfalls[i];
        const Path pp = pitfalls_p / i;
        const Path fp = pp / "flag_when";
        for (std::size_t k = 0; k < pf.flag_when.size(); ++k) {
            check_condition(pf.flag_when[k], fp / k, std::nullopt);
        }
        const Path tp = pp / "tasks";
        for (std::size_t k = 0; k < pf.tasks.size(); ++k) {
            known(tasks, pf.tasks[k], tp / k, "task");
        }
    }

    for (std::size_t i = 0; i < catalog.questions.size(); ++i) {
        const Question &q = catalog.questions[i];
        const Path qp = questions_p / i;
        if (q.when) {
            check_condition(*q.when, qp / "when", i);
        }
        const Path cp = qp / "choices";
        for (std::size_t c = 0; c < q.choices.size(); ++c) {
            const Choice &ch = q.choices[c];
            const Path chp = cp / c;
            const Path wp = chp / "weights";
            for (const auto &[dir, w] : ch.weights) {
                known(directions, dir, wp / dir, "direction");
            }
            const Path rp = chp / "reasons";
            for (const auto &[dir, r] : ch.reasons) {
                known(directions, dir, rp / dir, "direction");
            }
            const Path sp = chp / "skills";
            for (std::size_t k = 0; k < ch.skills.size(); ++k) {
                known(skills, ch.skills[k], sp / k, "skill");
            }
        }
    }

    // Resolved prerequisite edges in compressed form: task u needs targets[first[u]..first[u+1]),
    // each found at prerequisites[slot].
    const std::size_t n = catalog.tasks.size();
    std::vector<std::size_t> first(n + 1, 0);
    std::vector<std::size_t> targets;
    std::vector<std::size_t> slots;
    targets.reserve(n);
    slots.reserve(n);
    std::vector<std::ptrdiff_t> phase_of(n, -1);
    for (std::size_t i = 0; i < n; ++i) {
        const Task &t = catalog.tasks[i];
        const Path tp = tasks_p / i;
        if (known(phases, t.phase, tp / "phase", "phase")) {
            phase_of[i] = static_cast<std::ptrdiff_t>(phases.index.at(t.phase));
        }
        const bool common = t.directions.size() == 1 && t.directions[0] == k_common_direction;
        if (!common) {
            const Path dp = tp / "directions";
            for (std::size_t k = 0; k < t.directions.size(); ++k) {
                if (t.directions[k] != k_common_direction) {
                    known(directions, t.directions[k], dp / k, "direction");
                }
            }
        }
        const Path sp = tp / "skip_if_skills";
        for (std::size_t k = 0; k < t.skip_if_skills.size(); ++k) {
            known(skills, t.skip_if_skills[k], sp / k, "skill");
        }
    }
    for (std::size_t i = 0; i < n; ++i) {
        const Task &t = catalog.tasks[i];
        const Path tp = tasks_p / i;
        const Path pp = tp / "prerequisites";
        first[i] = targets.size();
        for (std::size_t k = 0; k < t.prerequisites.size(); ++k) {
            const std::string &id = t.prerequisites[k];
            if (!known(tasks, id, pp / k, "task")) {
                continue;
            }
            const std::size_t v = tasks.index.at(id);
            targets.push_back(v);
            slots.push_back(k);
            if (phase_of[i] >= 0 && phase_of[v] > phase_of[i]) {
                problem(pp / k, "prerequisite " + quote(id) + " is in phase " +
                                    quote(catalog.tasks[v].phase) +
                                    ", which comes after this task's phase " + quote(t.phase));
            }
        }
    }
    first[n] = targets.size();

    // Iterative depth-first search (a chain of 100,000 tasks must not overflow the stack).
    enum : unsigned char { white, grey, black };
    std::vector<unsigned char> colour(n, white);
    std::vector<std::size_t> on_stack_at(n, 0);
    std::vector<std::pair<std::size_t, std::size_t>> stack; // (task, next edge)
    for (std::size_t s = 0; s < n; ++s) {
        if (colour[s] != white) {
            continue;
        }
        colour[s] = grey;
        stack.push_back({s, first[s]});
        while (!stack.empty()) {
            auto &[u, e] = stack.back();
            if (e == first[u + 1]) {
                colour[u] = black;
                stack.pop_back();
                continue;
            }
            const std::size_t edge = e++;
            const std::size_t v = targets[edge];
            if (colour[v] == white) {
                colour[v] = grey;
                on_stack_at[v] = stack.size();
                stack.push_back({v, first[v]});
            } else if (colour[v] == grey) {
                std::vector<std::string> names;
                for (std::size_t k = on_stack_at[v]; k < stack.size(); ++k) {
                    names.push_back(catalog.tasks[stack[k].first].id);
                }
                std::string cycle;
                constexpr std::size_t k_show = 8;
                for (std::size_t k = 0; k < names.size(); ++k) {
                    if (names.size() > 2 * k_show && k == k_show) {
                        cycle += "... (" + std::to_string(names.size() - 2 * k_show) + " more) -> ";
                        k = names.size() - k_show - 1;
                        continue;
                    }
                    cycle += names[k] + " -> ";
                }
                cycle += names.front();
                const std::size_t u_now = stack.back().first;
                const Path tp = tasks_p / u_now;
                const Path pp = tp / "prerequisites";
                problem(pp / slots[edge], "prerequisite cycle: " + cycle);
            }
        }
    }
}

// ---- syntax ----

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

CatalogProblem syntax_problem(std::string_view text, std::size_t offset, std::string message) {
    const Position pos = position_of(text, offset);
    return CatalogProblem{"", pos.line, pos.column, std::move(message)};
}

// Finds NUL bytes (the parser would take one for the end of input) and nesting deeper than
// k_max_json_depth, in one pass without recursion, skipping string contents.
std::optional<CatalogProblem> prescan(std::string_view text) {
    if (const void *nul = std::memchr(text.data(), '\0', text.size())) {
        const auto at = static_cast<std::size_t>(static_cast<const char *>(nul) - text.data());
        return syntax_problem(text, at,
                              "syntax error: unexpected nul byte; a catalog is utf-8 text");
    }
    int depth = 0;
    const char *const begin = text.data();
    const char *const end = begin + text.size();
    for (const char *p = begin; p < end;) {
        const char c = *p++;
        if (c == '"') {
            while (p < end) {
                const char d = *p++;
                if (d == '\\') {
                    ++p;
                } else if (d == '"') {
                    break;
                }
            }
        } else if (c == '[' || c == '{') {
            if (++depth > k_max_json_depth) {
                return syntax_problem(text, static_cast<std::size_t>(p - 1 - begin),
                                      "nesting is deeper than " + std::to_string(k_max_json_depth) +
                                          " levels");
            }
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return std::nullopt;
}

// Escapes bytes that are not valid UTF-8 so a message stays printable.
std::string printable(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t len = c < 0x80           ? 1
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
        static const char *hex = "0123456789abcdef";
        out += "\\x";
        out += hex[c >> 4];
        out += hex[c & 0xF];
        ++i;
    }
    return out;
}

// nlohmann's reason, without its prefix, in lowercase; the "last read" token keeps its case.
std::string reword(const std::string &what) {
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

// Where and why parsing failed, recorded from the parse_error event instead of an exception.
struct SyntaxFailure {
    std::size_t offset = 0;
    std::string message;
    bool failed = false;

    bool record(std::size_t position, const std::string &last_token,
                const nlohmann::detail::exception &ex) {
        failed = true;
        // `position` counts the bytes read, the offending one included.
        offset = position > 0 ? position - 1 : 0;
        const std::string what = ex.what();
        if (what.find("number overflow") != std::string::npos) {
            message = "number " + printable(last_token) + " is out of range";
            offset = position >= last_token.size() ? position - last_token.size() : 0;
        } else {
            message = "syntax error: " + reword(what);
        }
        return false;
    }
};

using DomParser = nlohmann::detail::json_sax_dom_parser<json>;

// A DOM builder that records a syntax error instead of throwing.
class WholeSax : public DomParser {
  public:
    explicit WholeSax(json &result) : DomParser(result, false) {}
    SyntaxFailure failure;

    bool parse_error(std::size_t position, const std::string &last_token,
                     const nlohmann::detail::exception &ex) {
        return failure.record(position, last_token, ex);
    }
};

// Builds the DOM of everything but the elements of the root "tasks" array: each of those is built
// on its own, handed to the loader as soon as it ends, and freed. Tasks are most of a large
// catalogue, so this keeps one task's DOM in memory instead of 100,000 (building and freeing the
// whole document was most of the cost of loading a large catalogue).
//
// The loader sees the same values either way. Where streaming could not give the whole document's
// meaning (a second root "tasks" or "languages" key, which the DOM would take instead of the
// first), `restart` is set and the caller loads the whole document instead.
class TaskStream {
  public:
    TaskStream(json &root, Loader &loader)
        : m_root(root), m_root_parser(root, false), m_loader(loader) {}

    SyntaxFailure failure;
    bool restart = false;

    bool null() {
        return value([](DomParser &p) { return p.null(); });
    }
    bool boolean(bool b) {
        return value([b](DomParser &p) { return p.boolean(b); });
    }
    bool number_integer(json::number_integer_t n) {
        return value([n](DomParser &p) { return p.number_integer(n); });
    }
    bool number_unsigned(json::number_unsigned_t n) {
        return value([n](DomParser &p) { return p.number_unsigned(n); });
    }
    bool number_float(json::number_float_t n, const json::string_t &s) {
        return value([n, &s](DomParser &p) { return p.number_float(n, s); });
    }
    bool string(json::string_t &s) {
        return value([&s](DomParser &p) { return p.string(s); });
    }
    bool binary(json::binary_t &b) {
        return value([&b](DomParser &p) { return p.binary(b); });
    }
    bool start_object(std::size_t n) {
        return start([n](DomParser &p) { return p.start_object(n); }, false);
    }
    bool start_array(std::size_t n) {
        return start([n](DomParser &p) { return p.start_array(n); }, true);
    }
    bool end_object() {
        return end([](DomParser &p) { return p.end_object(); });
    }
    bool end_array() {
        return end([](DomParser &p) { return p.end_array(); });
    }
    bool key(json::string_t &k) {
        if (m_state == State::element) {
            return m_task_parser->key(k);
        }
        if (m_depth == 1) { // a key of the root object
            if (k == "tasks") {
                restart = restart || m_streamed;
                m_tasks_key = true;
            } else {
                m_tasks_key = false;
                restart = restart || (k == "languages" && m_streamed);
            }
        }
        return m_root_parser.key(k);
    }
    bool parse_error(std::size_t position, const std::string &last_token,
                     const nlohmann::detail::exception &ex) {
        return failure.record(position, last_token, ex);
    }

  private:
    enum class State { root, array, element };

    template <typename F> bool value(F &&event) {
        switch (m_state) {
        case State::element:
            return event(*m_task_parser);
        case State::array: { // a task that is not a container: it ends where it starts
            begin_task();
            const bool ok = event(*m_task_parser);
            end_task();
            return ok;
        }
        case State::root:
            break;
        }
        return event(m_root_parser);
    }

    template <typename F> bool start(F &&event, bool is_array) {
        ++m_depth;
        switch (m_state) {
        case State::element:
            return event(*m_task_parser);
        case State::array:
            begin_task();
            m_task_depth = m_depth;
            m_state = State::element;
            return event(*m_task_parser);
        case State::root:
            break;
        }
        if (is_array && m_depth == 2 && m_tasks_key && !m_streamed && !restart &&
            m_loader.begin_task_stream(m_root)) {
            m_state = State::array;
            m_streamed = true;
        }
        return event(m_root_parser);
    }

    template <typename F> bool end(F &&event) {
        const int depth = m_depth--;
        if (m_state == State::element) {
            const bool ok = event(*m_task_parser);
            if (depth == m_task_depth) {
                end_task();
                m_state = State::array;
            }
            return ok;
        }
        if (m_state == State::array) { // the tasks array itself
            m_state = State::root;
        }
        return event(m_root_parser);
    }

    void begin_task() {
        m_task = json();
        m_task_parser.emplace(m_task, false);
    }

    void end_task() {
        m_loader.stream_task(m_task, m_index++);
        m_task = json();
    }

    json &m_root;
    DomParser m_root_parser;
    Loader &m_loader;
    State m_state = State::root;
    int m_depth = 0;      // containers open
    int m_task_depth = 0; // the depth of the open task element
    bool m_tasks_key = false;
    bool m_streamed = false;
    std::size_t m_index = 0;
    json m_task;
    std::optional<DomParser> m_task_parser;
};

std::string mebibytes(std::size_t bytes) {
    // One decimal, rounded up, so anything over the limit never prints as the limit itself.
    const auto tenths = (bytes * 10 + 1024 * 1024 - 1) / (1024 * 1024);
    return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + " MiB";
}

} // namespace

namespace {

enum class Mode { stream_tasks, whole };

Catalog load(std::string_view json_text, const std::string &source, Mode mode) {
    if (json_text.size() > k_max_catalog_bytes) {
        throw CatalogError(
            source,
            {CatalogProblem{"", 0, 0,
                            "catalog is " + mebibytes(json_text.size()) + "; the limit is " +
                                std::to_string(k_max_catalog_bytes >> 20) + " MiB"}});
    }
    if (auto problem = prescan(json_text)) {
        throw CatalogError(source, {std::move(*problem)});
    }
    auto loader = std::make_unique<Loader>();
    json root;
    SyntaxFailure failure;
    bool whole = mode == Mode::whole;
    if (!whole) {
        TaskStream sax(root, *loader);
        json::sax_parse(json_text.begin(), json_text.end(), &sax,
                        nlohmann::detail::input_format_t::json, true, false);
        failure = std::move(sax.failure);
        if (!failure.failed && sax.restart) {
            whole = true;
            loader = std::make_unique<Loader>();
            root = json();
        }
    }
    if (whole) {
        WholeSax sax(root);
        json::sax_parse(json_text.begin(), json_text.end(), &sax,
                        nlohmann::detail::input_format_t::json, true, false);
        failure = std::move(sax.failure);
    }
    if (failure.failed) {
        throw CatalogError(source, {syntax_problem(json_text, failure.offset, failure.message)});
    }
    loader->load(root);
    if (!loader->problems.empty()) {
        std::stable_sort(loader->problems.begin(), loader->problems.end(),
                         [](const Problem &a, const Problem &b) { return a.order < b.order; });
        std::vector<CatalogProblem> out;
        out.reserve(loader->problems.size());
        for (auto &p : loader->problems) {
            out.push_back(std::move(p.problem));
        }
        throw CatalogError(source, std::move(out));
    }
    loader->catalog.build_index();
    return std::move(loader->catalog);
}

} // namespace

Catalog load_catalog(std::string_view json_text, const std::string &source) {
    return load(json_text, source, Mode::stream_tasks);
}

namespace detail {

Catalog load_catalog_whole(std::string_view json_text, const std::string &source) {
    return load(json_text, source, Mode::whole);
}

} // namespace detail

} // namespace llmpath
