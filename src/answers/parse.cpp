// One textual answer (typed, after -d, from a file, or a default) checked against its question.
#include "answers/internal.hpp"

#include "util/pattern.hpp"
#include "util/say.hpp"
#include "util/suggest.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <charconv>

namespace llmpath {

namespace {

using util::quote;

/// Why a text is not an answer to its question; described in words by describe_problem().
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

Said selection_phrase(const Question& q) {
    const int lo = q.min_selected.value_or(0);
    const int all = static_cast<int>(q.choices.size());
    const int hi = std::min(q.max_selected.value_or(all), all);
    const Said values = util::listed(q.choice_values());
    Said how;
    if (lo == hi) {
        how = util::say(msg::choose_exactly, std::to_string(lo), values);
    } else if (hi < all) {
        how = util::say(msg::choose_between, std::to_string(lo), std::to_string(hi), values);
    } else if (lo > 0) {
        how = util::say(msg::choose_at_least, std::to_string(lo), values);
    } else {
        how = util::say(msg::choose_any, values);
    }
    return lo == 0 ? util::say(msg::or_none, how) : how;
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

/// The problem as -d, files and defaults report it: why, and what is allowed.
Said describe_problem(const Question& q, const Problem& p) {
    const Said t = util::quoted(p.text);
    const Said mean = p.suggestion.empty() ? Said{} : util::say(msg::did_you_mean, p.suggestion);
    const Said choose = q.type == QuestionType::multi
                            ? selection_phrase(q)
                            : util::say(msg::choose_one, util::listed(q.choice_values()));
    const std::string n = std::to_string(p.count);
    const std::string limit = std::to_string(p.limit);
    switch (p.kind) {
    case Kind::empty_choice:
        return util::say(msg::empty_choice, choose);
    case Kind::not_a_choice:
        return util::say(msg::not_a_choice, t, mean, choose);
    case Kind::nothing_selected:
        return util::say(msg::nothing_selected, choose);
    case Kind::too_few:
        return util::say(msg::too_few, t, n, limit, choose);
    case Kind::too_many:
        return util::say(msg::too_many, t, n, limit, choose);
    case Kind::not_whole:
        return util::say(msg::not_whole, t, range_phrase(q));
    case Kind::too_large:
        return util::say(msg::too_large, t, range_phrase(q));
    case Kind::below_min:
        return util::say(msg::below_min, p.text, limit);
    case Kind::above_max:
        return util::say(msg::above_max, p.text, limit);
    case Kind::not_bool:
        return util::say(msg::not_bool, t);
    case Kind::not_date:
        return util::say(p.count ? msg::not_date_today : msg::not_date, t);
    case Kind::not_utf8:
        return util::say(msg::not_utf8, t);
    case Kind::controls:
        return util::say(msg::controls, t);
    case Kind::too_long:
        return util::say(msg::too_long, t, n, limit);
    case Kind::no_match:
        return util::say(msg::no_match, t, *q.pattern);
    case Kind::bad_pattern:
        return util::say(msg::bad_pattern, t);
    }
    return {};
}

/// Why, for a person at the prompt, in `lang`: the message up to what is allowed, which the
/// prompt's own hint says.
std::string reason(const Question& q, const Problem& p, std::string_view lang) {
    const std::string why = describe_problem(q, p).in(lang);
    const auto cut = why.find(lang == "zh" ? "；" : "; ");
    return cut == std::string::npos ? why : why.substr(0, cut);
}

Parsed parse_on(const Question& q, std::string_view text, std::string_view lang,
                const Today* today) {
    // What a Chinese input method types (８, 2，3, 2、3, a full-width space) means what its
    // ASCII form means; a text answer is the person's own words and stays as typed.
    const std::string folded = q.type == QuestionType::text ? std::string(text) : fold_width(text);
    const std::string_view trimmed = util::trim(folded);
    switch (q.type) {
    case QuestionType::single:
        // A label as written ("基础设施：流水线、集群、分布式系统") before its folded form.
        if (const Choice* c = resolve_choice(q, util::trim(text), lang)) {
            return AnswerValue{c->value};
        }
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

std::string fold_width(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto b0 = static_cast<unsigned char>(text[i]);
        if (b0 == 0xE3 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80) {
            const auto b2 = static_cast<unsigned char>(text[i + 2]);
            if (b2 == 0x80 || b2 == 0x81) { // U+3000 ideographic space, U+3001 、
                out += b2 == 0x80 ? ' ' : ',';
                i += 2;
                continue;
            }
        }
        if (b0 == 0xEF && i + 2 < text.size()) {
            // U+FF01..U+FF5E, the full-width forms of ASCII 0x21..0x7E: EF BC 81..BF, EF BD 80..9E.
            const auto b1 = static_cast<unsigned char>(text[i + 1]);
            const auto b2 = static_cast<unsigned char>(text[i + 2]);
            const int code = b1 == 0xBC && b2 >= 0x81 && b2 <= 0xBF   ? b2 - 0x81 + 0x21
                             : b1 == 0xBD && b2 >= 0x80 && b2 <= 0x9E ? b2 - 0x80 + 0x60
                                                                      : 0;
            if (code != 0) {
                out += static_cast<char>(code);
                i += 2;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

Said range_phrase(const Question& q) {
    if (q.min && q.max) {
        return util::say(msg::number_between, std::to_string(*q.min), std::to_string(*q.max));
    }
    if (q.min) {
        return util::say(msg::number_at_least, std::to_string(*q.min));
    }
    if (q.max) {
        return util::say(msg::number_at_most, std::to_string(*q.max));
    }
    return util::say(msg::number_any);
}

std::variant<AnswerValue, Said> parse_answer_on(const Question& q, std::string_view text,
                                                std::string_view lang, const Today* today) {
    Parsed parsed = parse_on(q, text, lang, today);
    if (auto* p = std::get_if<Problem>(&parsed)) {
        return describe_problem(q, *p);
    }
    return std::get<AnswerValue>(std::move(parsed));
}

std::variant<AnswerValue, Said> judge_answer(const Question& q, std::string_view text,
                                             std::string_view lang,
                                             const std::optional<Date>& today) {
    const Today fixed(today.value_or(Date{}));
    return parse_answer_on(q, text, lang, today ? &fixed : nullptr);
}

std::variant<AnswerValue, std::string> parse_answer(const Question& q, std::string_view text,
                                                    std::string_view lang,
                                                    const std::optional<Date>& today) {
    auto judged = judge_answer(q, text, lang, today);
    if (auto* message = std::get_if<Said>(&judged)) {
        return message->en;
    }
    return std::get<AnswerValue>(std::move(judged));
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
    if (auto* message = std::get_if<Said>(&parsed)) {
        throw AnswerError(std::vector<Said>{util::say(msg::bad_default, q.id, *message)});
    }
    return std::get<AnswerValue>(std::move(parsed));
}

} // namespace llmpath
