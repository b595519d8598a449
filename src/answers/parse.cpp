// One textual answer (typed, after -d, from a file, or a default) checked against its question.
#include "answers/internal.hpp"

#include "util/pattern.hpp"
#include "util/suggest.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <charconv>

namespace llmpath {

namespace {

using util::quote;

/// Why a text is not an answer to its question; described in words by describe().
struct Problem {
    enum class Kind {
        empty_choice,
        not_a_choice,
        nothing_selected,
        too_few,
        too_many,
        not_whole,
        too_large,
        below_min,
        above_max,
        not_bool,
        not_date,
        not_utf8,
        controls,
        too_long,
        no_match,
        bad_pattern
    };
    Kind kind;
    std::string text;            ///< the answer as given (or the pattern)
    std::int64_t count = 0;      ///< what was given: selected choices, characters
    std::int64_t limit = 0;      ///< the bound it breaks
    std::string suggestion = {}; ///< a choice value it is close to
};
using Kind = Problem::Kind;
using Parsed = std::variant<AnswerValue, Problem>;

/// Longest text answer when the question sets no max_length.
constexpr std::size_t k_max_text_answer = 1000;

bool equals_ignore_case(std::string_view a, std::string_view b) {
    return util::ascii_lower(a) == util::ascii_lower(b);
}

/// Resolves one choice as typed: exact value, 1-based number, value or label ignoring case.
const Choice* resolve_choice(const Question& q, std::string_view text, std::string_view lang) {
    if (const Choice* c = q.find_choice(text)) {
        return c;
    }
    std::size_t number = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (ec == std::errc{} && end == text.data() + text.size() && number >= 1 &&
        number <= q.choices.size()) {
        return &q.choices[number - 1];
    }
    for (const auto& c : q.choices) {
        if (equals_ignore_case(c.value, text)) {
            return &c;
        }
    }
    for (const auto& c : q.choices) {
        if (equals_ignore_case(util::trim(c.label.get(lang)), text)) {
            return &c;
        }
    }
    return nullptr;
}

Problem not_a_choice(const Question& q, std::string_view text) {
    if (text.empty()) {
        return {Kind::empty_choice, ""};
    }
    return {Kind::not_a_choice, std::string(text), 0, 0,
            util::closest(util::ascii_lower(text), q.choice_values()).value_or("")};
}

Parsed parse_single(const Question& q, std::string_view text, std::string_view lang) {
    if (const Choice* c = resolve_choice(q, text, lang)) {
        return AnswerValue{c->value};
    }
    return not_a_choice(q, text);
}

std::string selection_phrase(const Question& q) {
    const int lo = q.min_selected.value_or(0);
    const int all = static_cast<int>(q.choices.size());
    const int hi = std::min(q.max_selected.value_or(all), all);
    std::string how = "choose ";
    if (lo == hi) {
        how += std::to_string(lo);
    } else if (hi < all) {
        how += std::to_string(lo) + " to " + std::to_string(hi);
    } else if (lo > 0) {
        how += "at least " + std::to_string(lo);
    } else {
        how += "any";
    }
    how += " of " + util::join(q.choice_values(), ", ") + ", comma-separated";
    if (lo == 0) {
        how += ", or - for none";
    }
    return how;
}

Parsed parse_multi(const Question& q, std::string_view text, std::string_view lang) {
    std::vector<bool> picked(q.choices.size(), false);
    if (text != "-") {
        for (const auto& piece : util::split(text, ',')) {
            if (piece.empty()) {
                continue;
            }
            const Choice* c = resolve_choice(q, piece, lang);
            if (c == nullptr) {
                return not_a_choice(q, piece);
            }
            picked[static_cast<std::size_t>(c - q.choices.data())] = true;
        }
    }
    std::vector<std::string> values;
    for (std::size_t i = 0; i < q.choices.size(); ++i) {
        if (picked[i]) {
            values.push_back(q.choices[i].value);
        }
    }
    const auto count = static_cast<int>(values.size());
    const int lo = q.min_selected.value_or(0);
    if (count == 0 && lo > 0) {
        return Problem{Kind::nothing_selected, std::string(text)};
    }
    if (count < lo) {
        return Problem{Kind::too_few, std::string(text), count, lo};
    }
    if (q.max_selected && count > *q.max_selected) {
        return Problem{Kind::too_many, std::string(text), count, *q.max_selected};
    }
    return AnswerValue{std::move(values)};
}

Parsed parse_integer(const Question& q, std::string_view text) {
    std::string_view digits = text;
    if (!digits.empty() && digits.front() == '+') {
        digits.remove_prefix(1);
    }
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (digits.empty() || digits.front() == '+' || end != digits.data() + digits.size() ||
        (ec != std::errc{} && ec != std::errc::result_out_of_range)) {
        return Problem{Kind::not_whole, std::string(text)};
    }
    if (ec == std::errc::result_out_of_range) {
        return Problem{Kind::too_large, std::string(text)};
    }
    if (q.min && value < *q.min) {
        return Problem{Kind::below_min, std::to_string(value), value, *q.min};
    }
    if (q.max && value > *q.max) {
        return Problem{Kind::above_max, std::to_string(value), value, *q.max};
    }
    return AnswerValue{value};
}

Parsed parse_boolean(const Question& q, std::string_view text, std::string_view lang) {
    const std::string lower = util::ascii_lower(text);
    if (lower == "yes" || lower == "y" || lower == "true" || text == "是") {
        return AnswerValue{true};
    }
    if (lower == "no" || lower == "n" || lower == "false" || text == "否") {
        return AnswerValue{false};
    }
    if (const Choice* c = resolve_choice(q, text, lang)) {
        if (c->value == "yes" || c->value == "no") {
            return AnswerValue{c->value == "yes"};
        }
    }
    return Problem{Kind::not_bool, std::string(text)};
}

Parsed parse_date(std::string_view text, const Today* today) {
    if (today != nullptr && util::ascii_lower(text) == "today") {
        return AnswerValue{today->get()};
    }
    if (auto d = Date::parse(text)) {
        return AnswerValue{*d};
    }
    return Problem{Kind::not_date, std::string(text), today != nullptr ? 1 : 0};
}

bool has_controls(std::string_view s) {
    return std::any_of(s.begin(), s.end(), [](char ch) {
        const auto c = static_cast<unsigned char>(ch);
        return c < 0x20 || c == 0x7F;
    });
}

Parsed parse_text(const Question& q, std::string_view text) {
    if (!util::is_valid_utf8(text)) {
        return Problem{Kind::not_utf8, std::string(text)};
    }
    if (has_controls(text)) {
        return Problem{Kind::controls, std::string(text)};
    }
    const std::size_t limit =
        q.max_length ? static_cast<std::size_t>(*q.max_length) : k_max_text_answer;
    const std::size_t length = util::code_points(text);
    if (length > limit) {
        return Problem{Kind::too_long, std::string(text), static_cast<std::int64_t>(length),
                       static_cast<std::int64_t>(limit)};
    }
    if (q.pattern && util::pattern_error(*q.pattern)) {
        return Problem{Kind::bad_pattern, *q.pattern};
    }
    if (q.pattern && !util::full_match(*q.pattern, text)) {
        return Problem{Kind::no_match, std::string(text)};
    }
    return AnswerValue{std::string(text)};
}

/// The problem in English, as -d, files and defaults report it: why, and what is allowed.
std::string describe_en(const Question& q, const Problem& p) {
    const std::string t = quote(p.text);
    const std::string mean = p.suggestion.empty() ? "" : " (did you mean '" + p.suggestion + "'?)";
    const std::string choose = q.type == QuestionType::multi
                                   ? selection_phrase(q)
                                   : "choose one of " + util::join(q.choice_values(), ", ");
    const std::string n = std::to_string(p.count);
    const std::string limit = std::to_string(p.limit);
    switch (p.kind) {
    case Kind::empty_choice:
        return "an empty answer is not a choice; " + choose;
    case Kind::not_a_choice:
        return t + " is not a choice" + mean + "; " + choose;
    case Kind::nothing_selected:
        return "nothing selected; " + choose;
    case Kind::too_few:
        return t + " selects " + n + ", fewer than the minimum " + limit + "; " + choose;
    case Kind::too_many:
        return t + " selects " + n + ", more than the maximum " + limit + "; " + choose;
    case Kind::not_whole:
        return t + " is not a whole number; " + range_phrase(q);
    case Kind::too_large:
        return t + " is too large; " + range_phrase(q);
    case Kind::below_min:
        return p.text + " is below the minimum " + limit;
    case Kind::above_max:
        return p.text + " is above the maximum " + limit;
    case Kind::not_bool:
        return t + " is not yes or no; answer yes or no (y/n and true/false work too)";
    case Kind::not_date:
        return t + " is not a date; enter YYYY-MM-DD" + (p.count ? " or today" : "");
    case Kind::not_utf8:
        return t + " is not valid UTF-8";
    case Kind::controls:
        return t + " contains control characters; enter plain text on one line";
    case Kind::too_long:
        return t + " is " + n + " characters long, more than the maximum " + limit;
    case Kind::no_match:
        return t + " does not match the pattern " + *q.pattern;
    case Kind::bad_pattern:
        return "the catalogue's pattern " + t + " is not a valid regex";
    }
    return "";
}

/// Why, for a person at the prompt, in `lang`; the prompt's own hint says what is allowed.
std::string reason(const Question& q, const Problem& p, std::string_view lang) {
    if (lang != "zh") {
        const std::string why = describe_en(q, p);
        const auto semicolon = why.find("; ");
        return semicolon == std::string::npos ? why : why.substr(0, semicolon);
    }
    const std::string t = "“" + p.text + "”";
    const std::string n = std::to_string(p.count);
    const std::string limit = std::to_string(p.limit);
    switch (p.kind) {
    case Kind::empty_choice:
        return "答案不能为空";
    case Kind::not_a_choice:
        return t + "不是可选项" +
               (p.suggestion.empty() ? "" : "（是不是想输入 " + p.suggestion + "？）");
    case Kind::nothing_selected:
        return "一项都没有选";
    case Kind::too_few:
        return t + "只选了 " + n + " 项，少于最少的 " + limit + " 项";
    case Kind::too_many:
        return t + "选了 " + n + " 项，多于最多的 " + limit + " 项";
    case Kind::not_whole:
        return t + "不是整数";
    case Kind::too_large:
        return t + "太大了";
    case Kind::below_min:
        return p.text + " 小于最小值 " + limit;
    case Kind::above_max:
        return p.text + " 大于最大值 " + limit;
    case Kind::not_bool:
        return t + "不是“是”或“否”";
    case Kind::not_date:
        return t + "不是日期";
    case Kind::not_utf8:
        return t + "不是有效的 UTF-8 文本";
    case Kind::controls:
        return t + "含有控制字符，请在一行内输入纯文本";
    case Kind::too_long:
        return t + "有 " + n + " 个字符，超过上限 " + limit + " 个";
    case Kind::no_match:
        return t + "不符合格式 " + *q.pattern;
    case Kind::bad_pattern:
        return "目录中的格式 " + p.text + " 不是有效的正则表达式";
    }
    return "";
}

Parsed parse_on(const Question& q, std::string_view text, std::string_view lang,
                const Today* today) {
    const std::string_view trimmed = util::trim(text);
    switch (q.type) {
    case QuestionType::single:
        return parse_single(q, trimmed, lang);
    case QuestionType::multi:
        return parse_multi(q, trimmed, lang);
    case QuestionType::integer:
        return parse_integer(q, trimmed);
    case QuestionType::boolean:
        return parse_boolean(q, trimmed, lang);
    case QuestionType::date:
        return parse_date(trimmed, today);
    case QuestionType::text:
        return parse_text(q, trimmed);
    }
    return Problem{Kind::not_utf8, std::string(text)};
}

} // namespace

std::string range_phrase(const Question& q) {
    if (q.min && q.max) {
        return "enter a number from " + std::to_string(*q.min) + " to " + std::to_string(*q.max);
    }
    if (q.min) {
        return "enter a whole number of at least " + std::to_string(*q.min);
    }
    if (q.max) {
        return "enter a whole number of at most " + std::to_string(*q.max);
    }
    return "enter a whole number";
}

std::variant<AnswerValue, std::string> parse_answer_on(const Question& q, std::string_view text,
                                                       std::string_view lang, const Today* today) {
    Parsed parsed = parse_on(q, text, lang, today);
    if (auto* p = std::get_if<Problem>(&parsed)) {
        return describe_en(q, *p);
    }
    return std::get<AnswerValue>(std::move(parsed));
}

std::variant<AnswerValue, std::string> parse_answer(const Question& q, std::string_view text,
                                                    std::string_view lang,
                                                    const std::optional<Date>& today) {
    const Today fixed(today.value_or(Date{}));
    return parse_answer_on(q, text, lang, today ? &fixed : nullptr);
}

std::variant<AnswerValue, std::string> parse_typed_answer(const Question& q, std::string_view text,
                                                          std::string_view lang,
                                                          const std::optional<Date>& today) {
    const Today fixed(today.value_or(Date{}));
    Parsed parsed = parse_on(q, text, lang, today ? &fixed : nullptr);
    if (auto* p = std::get_if<Problem>(&parsed)) {
        return reason(q, *p, lang);
    }
    return std::get<AnswerValue>(std::move(parsed));
}

std::optional<std::string> default_text(const Question& q, const Today& today) {
    const DefaultValue& d = q.default_value;
    switch (q.type) {
    case QuestionType::single:
    case QuestionType::text:
        return d.choice;
    case QuestionType::multi:
        if (d.choices) {
            return d.choices->empty() ? std::string("-") : util::join(*d.choices, ",");
        }
        return std::nullopt;
    case QuestionType::integer:
        return d.integer ? std::optional<std::string>(std::to_string(*d.integer)) : std::nullopt;
    case QuestionType::boolean:
        return d.boolean ? std::optional<std::string>(*d.boolean ? "yes" : "no") : std::nullopt;
    case QuestionType::date:
        return d.today ? std::optional<std::string>(today.get().to_string()) : d.date;
    }
    return std::nullopt;
}

std::optional<std::string> default_text(const Catalog& catalog, const Question& q,
                                        const Answers& before, const Today& today) {
    for (const Answer& a : before.items) {
        const Question* asked = catalog.find_question(a.question);
        if (asked == nullptr) {
            continue;
        }
        for (const Choice* c : selected_choices(*asked, a.value)) {
            if (auto it = c->defaults.find(q.id); it != c->defaults.end()) {
                return it->second;
            }
        }
    }
    return default_text(q, today);
}

std::optional<AnswerValue> default_answer(const Question& q, const Today& today) {
    const auto text = default_text(q, today);
    if (!text) {
        return std::nullopt;
    }
    auto parsed = parse_answer_on(q, *text, "en", &today);
    if (auto* message = std::get_if<std::string>(&parsed)) {
        throw AnswerError({"default: " + q.id + ": " + *message});
    }
    return std::get<AnswerValue>(std::move(parsed));
}

} // namespace llmpath
