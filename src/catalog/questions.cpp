// The catalogue loader's checks of questions: their types, choices, limits, defaults, conditions.
#include "catalog/loader.hpp"

#include <llmpath/date.hpp>

#include "util/pattern.hpp"
#include "util/say.hpp"
#include "util/suggest.hpp"
#include "util/text.hpp"

#include <algorithm>

namespace llmpath {

namespace {

const std::vector<std::string> k_question_types{"single",  "multi", "integer",
                                                "boolean", "date",  "text"};

} // namespace

Condition Loader::condition(const json& j, const Path& p) {
    Condition c;
    if (!expect_object(j, p)) {
        return c;
    }
    static constexpr std::string_view k_keys[] = {"question", "in", "min", "max"};
    const Members m(*this, j, p, k_keys);
    if (auto v = m.get("question", true)) {
        c.question = id_value(*v, p / "question", "question id");
    }
    const json* in = m.get("in", false);
    const json* min = m.get("min", false);
    const json* max = m.get("max", false);
    if (in != nullptr) {
        c.in = id_list(*in, p / "in", "value");
        if (in->is_array() && in->empty()) {
            problem(p / "in", util::say(msg::cat_empty_in));
        }
    }
    if (min != nullptr) {
        c.min = integer_value(*min, p / "min");
    }
    if (max != nullptr) {
        c.max = integer_value(*max, p / "max");
    }
    if (in == nullptr && min == nullptr && max == nullptr) {
        problem(p, util::say(msg::cat_condition_needs));
    }
    if (c.min && c.max && *c.min > *c.max) {
        problem(p / "min", util::say(msg::cat_min_over_max, *c.min, *c.max));
    }
    return c;
}

Choice Loader::choice(const json& j, const Path& p, QuestionType type) {
    Choice c;
    if (!expect_object(j, p)) {
        return c;
    }
    static constexpr std::string_view k_keys[] = {"value",   "label",  "weights",
                                                  "reasons", "skills", "defaults"};
    const Members m(*this, j, p, k_keys);
    if (auto v = m.get("value", true)) {
        c.value = id_value(*v, p / "value", "choice value");
        if (type == QuestionType::boolean && !c.value.empty() && c.value != "yes" &&
            c.value != "no") {
            problem(p / "value", util::say(msg::cat_boolean_values, util::quoted(c.value)));
        }
    }
    if (auto v = m.get("label", true)) {
        c.label = text(*v, p / "label", true);
    }
    if (auto v = m.get("weights", false); v != nullptr && expect_object(*v, p / "weights")) {
        const Path wp = p / "weights";
        for (auto it = v->begin(); it != v->end(); ++it) {
            const auto w = bounded_int(*it, wp / it.key(), "weight", -loader::k_max_weight,
                                       loader::k_max_weight);
            if (w) {
                c.weights.emplace(it.key(), *w);
            }
        }
    }
    if (auto v = m.get("reasons", false); v != nullptr && expect_object(*v, p / "reasons")) {
        const Path rp = p / "reasons";
        for (auto it = v->begin(); it != v->end(); ++it) {
            c.reasons.emplace(it.key(), text(*it, rp / it.key(), true));
        }
    }
    if (auto v = m.get("skills", false)) {
        c.skills = id_list(*v, p / "skills", "skill");
    }
    if (auto v = m.get("defaults", false); v != nullptr && expect_object(*v, p / "defaults")) {
        const Path dp = p / "defaults";
        for (auto it = v->begin(); it != v->end(); ++it) {
            if (it->is_string()) {
                c.defaults.emplace(it.key(), it->get<std::string>());
            } else {
                problem(dp / it.key(),
                        util::say(msg::cat_expected, util::say(msg::kind_choice_value),
                                  loader::describe(*it)));
            }
        }
    }
    return c;
}

Question Loader::question(const json& j, const Path& p) {
    Question q;
    if (!expect_object(j, p)) {
        m_question_typed.push_back(false);
        return q;
    }
    static constexpr std::string_view k_keys[] = {
        "id",      "type", "prompt", "help",         "short_label",  "default", "when",
        "choices", "min",  "max",    "min_selected", "max_selected", "pattern", "max_length"};
    const Members m(*this, j, p, k_keys);
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
            problem(p / "type", util::say(msg::cat_unknown_question_type, util::quoted(t),
                                          loader::name_hint(t, k_question_types)));
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
    if (type_ok) {
        question_type_fields(m, p, q);
    }
    return q;
}

// Fields that only some types use; elsewhere they are most likely a mistake.
void Loader::question_type_fields(const Members& m, const Path& p, Question& q) {
    using QT = QuestionType;
    const char* type_name = to_string(q.type);
    auto applies = [&](std::string_view key, std::initializer_list<QuestionType> types) {
        const json* v = m.get(key, false);
        if (v != nullptr && std::find(types.begin(), types.end(), q.type) == types.end()) {
            problem(p / key, util::say(msg::cat_not_for_type, std::string(key), type_name));
            return static_cast<const json*>(nullptr);
        }
        return v;
    };
    if (applies("choices", {QT::single, QT::multi, QT::boolean}) != nullptr) {
        q.choices = section<Choice>(m, p, "choices", false, [&](const json& c, const Path& at) {
            return choice(c, at, q.type);
        });
    }
    if ((q.type == QT::single || q.type == QT::multi) && q.choices.size() < 2) {
        const json* v = m.get("choices", false);
        if (v == nullptr) {
            problem(p, util::say(msg::cat_choices_missing, type_name));
        } else if (v->is_array()) {
            problem(p / "choices", util::say(msg::cat_choices_few, type_name, v->size()));
        }
    }
    if (auto v = applies("min", {QT::integer})) {
        q.min = integer_value(*v, p / "min");
    }
    if (auto v = applies("max", {QT::integer})) {
        q.max = integer_value(*v, p / "max");
    }
    if (q.min && q.max && *q.min > *q.max) {
        problem(p / "min", util::say(msg::cat_min_over_max, *q.min, *q.max));
    }
    const auto n = static_cast<std::int64_t>(q.choices.size());
    if (auto v = applies("min_selected", {QT::multi})) {
        q.min_selected = bounded_int(*v, p / "min_selected", "min_selected", 0, n);
    }
    if (auto v = applies("max_selected", {QT::multi})) {
        q.max_selected = bounded_int(*v, p / "max_selected", "max_selected", 0, n);
    }
    if (q.min_selected && q.max_selected && *q.min_selected > *q.max_selected) {
        problem(p / "min_selected",
                util::say(msg::cat_min_selected_over, *q.min_selected, *q.max_selected));
    }
    bool pattern_ok = true;
    question_limits(m, p, q, pattern_ok);
    if (auto v = m.get("default", false); v != nullptr && pattern_ok) {
        question_default(*v, p / "default", q);
    }
}

// A text question's pattern and length.
void Loader::question_limits(const Members& m, const Path& p, Question& q, bool& pattern_ok) {
    const bool text_type = q.type == QuestionType::text;
    auto not_applicable = [&](std::string_view key) {
        problem(p / key, util::say(msg::cat_not_for_type, std::string(key), to_string(q.type)));
    };
    if (const json* v = m.get("pattern", false); v != nullptr && !text_type) {
        not_applicable("pattern");
    } else if (v != nullptr) {
        const Path at = p / "pattern";
        const std::string pat = string_value(*v, at);
        pattern_ok = false;
        if (pat.size() > loader::k_max_pattern_length) {
            problem(at, util::say(msg::cat_pattern_long, pat.size(), loader::k_max_pattern_length));
        } else if (v->is_string()) {
            if (const auto why = util::pattern_error(pat)) {
                problem(at, util::say(msg::cat_pattern_bad, util::quoted(pat), *why));
            } else {
                q.pattern = pat;
                pattern_ok = true;
            }
        }
    }
    if (const json* v = m.get("max_length", false); v != nullptr && !text_type) {
        not_applicable("max_length");
    } else if (v != nullptr) {
        q.max_length =
            bounded_int(*v, p / "max_length", "max_length", 1, loader::k_max_text_length);
    }
}

void Loader::multi_default(const json& j, const Path& p, Question& q) {
    if (!expect_array(j, p)) {
        return;
    }
    const auto values = q.choice_values();
    std::vector<std::string> chosen;
    bool ok = true;
    for (std::size_t i = 0; i < j.size(); ++i) {
        const std::string s = string_value(j[i], p / i, false);
        if (!j[i].is_string()) {
            ok = false;
        } else if (q.find_choice(s) == nullptr) {
            problem(p / i, util::say(msg::cat_default_not_choice, util::quoted(s),
                                     util::listed(values), util::suggestion(s, values)));
            ok = false;
        } else {
            chosen.push_back(s);
        }
    }
    const auto before = problems.size();
    check_unique(chosen, p, "value");
    ok = ok && problems.size() == before;
    const auto count = static_cast<int>(chosen.size());
    if (ok && q.min_selected && count < *q.min_selected) {
        problem(p, util::say(msg::cat_default_fewer, count, *q.min_selected));
    } else if (ok && q.max_selected && count > *q.max_selected) {
        problem(p, util::say(msg::cat_default_more, count, *q.max_selected));
    } else if (ok) {
        q.default_value.choices = std::move(chosen);
    }
}

void Loader::text_default(const json& j, const Path& p, Question& q) {
    const std::string s = string_value(j, p, false);
    if (!j.is_string()) {
        return;
    }
    const auto length = util::code_points(s);
    const int limit = q.max_length.value_or(loader::k_max_text_length);
    if (length > static_cast<std::size_t>(limit)) {
        problem(
            p, util::say(q.max_length ? msg::cat_default_longer_max : msg::cat_default_longer_limit,
                         util::quoted(s), length, limit));
    } else if (q.pattern && !util::full_match(*q.pattern, s)) {
        problem(p, util::say(msg::cat_default_no_match, util::quoted(s), util::quoted(*q.pattern)));
    } else {
        q.default_value.choice = s;
    }
}

void Loader::question_default(const json& j, const Path& p, Question& q) {
    DefaultValue& d = q.default_value;
    switch (q.type) {
    case QuestionType::single: {
        const std::string s = string_value(j, p, false);
        const auto values = q.choice_values();
        if (j.is_string() && q.find_choice(s) == nullptr) {
            problem(p, util::say(msg::cat_default_not_choice, util::quoted(s), util::listed(values),
                                 util::suggestion(s, values)));
        } else if (j.is_string()) {
            d.choice = s;
        }
        return;
    }
    case QuestionType::multi:
        multi_default(j, p, q);
        return;
    case QuestionType::integer:
        if (auto v = integer_value(j, p); v && ((q.min && *v < *q.min) || (q.max && *v > *q.max))) {
            problem(p, util::say(msg::cat_default_outside, *v,
                                 q.min ? std::to_string(*q.min) : std::string("..."),
                                 q.max ? std::to_string(*q.max) : std::string("...")));
        } else if (v) {
            d.integer = *v;
        }
        return;
    case QuestionType::boolean:
        if (!j.is_boolean()) {
            problem(
                p, util::say(msg::cat_expected, util::say(msg::kind_boolean), loader::describe(j)));
        } else {
            d.boolean = j.get<bool>();
        }
        return;
    case QuestionType::date: {
        const std::string s = string_value(j, p, false);
        if (j.is_string() && s == "today") {
            d.today = true;
        } else if (j.is_string() && Date::parse(s)) {
            d.date = s;
        } else if (j.is_string()) {
            problem(p, util::say(msg::cat_default_date, util::quoted(s)));
        }
        return;
    }
    case QuestionType::text:
        text_default(j, p, q);
        return;
    }
}

void Loader::check_planning_questions(const Path& p) {
    const std::pair<std::string_view, QuestionType> needed[] = {
        {k_hours_question, QuestionType::integer}, {k_start_question, QuestionType::date}};
    for (const auto& need : needed) {
        const std::string_view id = need.first;
        const QuestionType type = need.second;
        const auto& qs = catalog.questions;
        const auto it = std::find_if(qs.begin(), qs.end(),
                                     [name = id](const Question& q) { return q.id == name; });
        const Said wanted =
            util::say(type == QuestionType::integer ? msg::cat_wanted_an : msg::cat_wanted_a,
                      to_string(type), std::string(id));
        if (it == qs.end()) {
            problem(p, util::say(msg::cat_no_planning_question, to_string(type), std::string(id)));
            continue;
        }
        const Path at = p / static_cast<std::size_t>(it - qs.begin());
        if (it->type != type) {
            problem(at / "type", util::say(msg::cat_planning_type, std::string(id),
                                           to_string(it->type), wanted));
        } else if (it->when) {
            problem(at / "when", util::say(msg::cat_planning_when, std::string(id)));
        }
    }
}

} // namespace llmpath
