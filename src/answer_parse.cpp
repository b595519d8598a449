// One textual answer (typed, after -d, from a file, or a default) checked against its question.
#include "answers_internal.hpp"

#include "util/suggest.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <charconv>
#include <regex>

namespace llmpath {

namespace {

using util::quote;
using Parsed = std::variant<AnswerValue, std::string>;

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

std::string not_a_choice(const Question& q, std::string_view text, std::string_view allowed) {
    if (text.empty()) {
        return "an empty answer is not a choice; " + std::string(allowed);
    }
    return quote(text) + " is not a choice" +
           util::did_you_mean(util::ascii_lower(text), choice_values(q)) + "; " +
           std::string(allowed);
}

Parsed parse_single(const Question& q, std::string_view text, std::string_view lang) {
    if (const Choice* c = resolve_choice(q, text, lang)) {
        return AnswerValue{c->value};
    }
    return not_a_choice(q, text, "choose one of " + util::join(choice_values(q), ", "));
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
    how += " of " + util::join(choice_values(q), ", ") + ", comma-separated";
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
                return not_a_choice(q, piece, selection_phrase(q));
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
        return "nothing selected; " + selection_phrase(q);
    }
    if (count < lo) {
        return quote(text) + " selects " + std::to_string(count) + ", fewer than the minimum " +
               std::to_string(lo) + "; " + selection_phrase(q);
    }
    if (q.max_selected && count > *q.max_selected) {
        return quote(text) + " selects " + std::to_string(count) + ", more than the maximum " +
               std::to_string(*q.max_selected) + "; " + selection_phrase(q);
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
        return quote(text) + " is not a whole number; " + range_phrase(q);
    }
    if (ec == std::errc::result_out_of_range) {
        return quote(text) + " is too large; " + range_phrase(q);
    }
    if (q.min && value < *q.min) {
        return std::to_string(value) + " is below the minimum " + std::to_string(*q.min);
    }
    if (q.max && value > *q.max) {
        return std::to_string(value) + " is above the maximum " + std::to_string(*q.max);
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
    return quote(text) + " is not yes or no; answer yes or no (y/n and true/false work too)";
}

Parsed parse_date(std::string_view text, const Today* today) {
    if (today != nullptr && util::ascii_lower(text) == "today") {
        return AnswerValue{today->get()};
    }
    if (auto d = Date::parse(text)) {
        return AnswerValue{*d};
    }
    return quote(text) + " is not a date; enter YYYY-MM-DD" + (today != nullptr ? " or today" : "");
}

bool has_controls(std::string_view s) {
    return std::any_of(s.begin(), s.end(), [](char ch) {
        const auto c = static_cast<unsigned char>(ch);
        return c < 0x20 || c == 0x7F;
    });
}

Parsed parse_text(const Question& q, std::string_view text) {
    if (!util::is_valid_utf8(text)) {
        return quote(text) + " is not valid UTF-8";
    }
    if (has_controls(text)) {
        return quote(text) + " contains control characters; enter plain text on one line";
    }
    // Also bounds the input std::regex sees, whose matcher recurses per character.
    const std::size_t limit =
        q.max_length ? static_cast<std::size_t>(*q.max_length) : k_max_text_answer;
    const std::size_t length = util::code_points(text);
    if (length > limit) {
        return quote(text) + " is " + std::to_string(length) +
               " characters long, more than the maximum " + std::to_string(limit);
    }
    if (q.pattern) {
        try {
            const std::regex re(*q.pattern, std::regex::ECMAScript);
            if (!std::regex_match(std::string(text), re)) {
                return quote(text) + " does not match the pattern " + *q.pattern;
            }
        } catch (const std::regex_error&) {
            return "the catalogue's pattern " + quote(*q.pattern) + " is not a valid regex";
        }
    }
    return AnswerValue{std::string(text)};
}

} // namespace

std::vector<std::string> choice_values(const Question& q) {
    std::vector<std::string> out;
    out.reserve(q.choices.size());
    for (const auto& c : q.choices) {
        out.push_back(c.value);
    }
    return out;
}

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

Parsed parse_answer_on(const Question& q, std::string_view text, std::string_view lang,
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
    return std::string("unknown question type");
}

Parsed parse_answer(const Question& q, std::string_view text, std::string_view lang,
                    const std::optional<Date>& today) {
    if (today) {
        const Today fixed(*today);
        return parse_answer_on(q, text, lang, &fixed);
    }
    return parse_answer_on(q, text, lang, nullptr);
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
