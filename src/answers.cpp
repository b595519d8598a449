#include <llmpath/answers.hpp>
#include <llmpath/error.hpp>

#include "util/suggest.hpp"
#include "util/text.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <map>
#include <regex>

#ifndef LLMPATH_VERSION
#define LLMPATH_VERSION "0.0.0"
#endif

namespace llmpath {

namespace {

using ojson = nlohmann::ordered_json;

constexpr std::size_t k_max_quoted_code_points = 60;
/// Longest text answer when the question sets no max_length.
constexpr std::size_t k_max_text_answer = 1000;

/// `s` cut to a readable length at a code point boundary, controls removed, in single quotes.
std::string quote(std::string_view s) {
    std::size_t points = 0;
    std::size_t end = 0;
    for (; end < s.size(); ++end) {
        if ((static_cast<unsigned char>(s[end]) & 0xC0) != 0x80) {
            if (points == k_max_quoted_code_points) {
                break;
            }
            ++points;
        }
    }
    std::string out = "'" + util::strip_controls(s.substr(0, end));
    if (end < s.size()) {
        out += "...";
    }
    return out + "'";
}

std::vector<std::string> choice_values(const Question& q) {
    std::vector<std::string> out;
    out.reserve(q.choices.size());
    for (const auto& c : q.choices) {
        out.push_back(c.value);
    }
    return out;
}

std::vector<std::string> question_ids(const Catalog& catalog) {
    std::vector<std::string> out;
    out.reserve(catalog.questions.size());
    for (const auto& q : catalog.questions) {
        out.push_back(q.id);
    }
    return out;
}

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

std::variant<AnswerValue, std::string> parse_single(const Question& q, std::string_view text,
                                                    std::string_view lang) {
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

std::variant<AnswerValue, std::string> parse_multi(const Question& q, std::string_view text,
                                                   std::string_view lang) {
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

std::variant<AnswerValue, std::string> parse_integer(const Question& q, std::string_view text) {
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

std::variant<AnswerValue, std::string> parse_boolean(const Question& q, std::string_view text,
                                                     std::string_view lang) {
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

std::variant<AnswerValue, std::string> parse_date(std::string_view text, const Today* today) {
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

std::variant<AnswerValue, std::string> parse_text(const Question& q, std::string_view text) {
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

const Choice* boolean_choice(const Question& q, bool value) {
    return q.find_choice(value ? "yes" : "no");
}

ojson value_to_json(const AnswerValue& value) {
    return std::visit(
        [](const auto& v) -> ojson {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, Date>) {
                return v.to_string();
            } else {
                return v;
            }
        },
        value);
}

std::string json_excerpt(const ojson& j) {
    std::string text = j.dump(-1, ' ', false, ojson::error_handler_t::replace);
    if (text.size() > 40) {
        text = text.substr(0, 37) + "...";
    }
    return util::strip_controls(text);
}

/// What a data file must hold for `q`, for "expected ..., got ..." messages.
std::string expected_json(const Question& q) {
    switch (q.type) {
    case QuestionType::single:
        return "a string, one of " + util::join(choice_values(q), ", ");
    case QuestionType::multi:
        return "an array of strings from " + util::join(choice_values(q), ", ");
    case QuestionType::integer:
        return "a whole number (" + range_phrase(q) + ")";
    case QuestionType::boolean:
        return "true or false";
    case QuestionType::date:
        return "a date string, YYYY-MM-DD";
    case QuestionType::text:
        return "a string";
    }
    return "a string";
}

/// A data-file value as the text parse_answer reads, or a message if its JSON type is wrong.
std::variant<std::string, std::string> json_to_text(const Question& q, const ojson& j) {
    using Result = std::variant<std::string, std::string>;
    const auto wrong = [&] {
        return Result{std::in_place_index<1>,
                      "expected " + expected_json(q) + ", got " + json_excerpt(j)};
    };
    switch (q.type) {
    case QuestionType::single:
    case QuestionType::date:
    case QuestionType::text:
        if (j.is_string()) {
            return Result{std::in_place_index<0>, j.get<std::string>()};
        }
        return wrong();
    case QuestionType::multi:
        if (j.is_string()) {
            const auto s = j.get<std::string>();
            return Result{std::in_place_index<0>, s.empty() ? std::string("-") : s};
        }
        if (j.is_array()) {
            std::vector<std::string> items;
            for (const auto& item : j) {
                if (!item.is_string()) {
                    return wrong();
                }
                items.push_back(item.get<std::string>());
            }
            return Result{std::in_place_index<0>, items.empty() ? "-" : util::join(items, ",")};
        }
        return wrong();
    case QuestionType::integer:
        if (j.is_number_integer() || j.is_number_float()) {
            return Result{std::in_place_index<0>, j.dump()};
        }
        if (j.is_string()) {
            return Result{std::in_place_index<0>, j.get<std::string>()};
        }
        return wrong();
    case QuestionType::boolean:
        if (j.is_boolean()) {
            return Result{std::in_place_index<0>, j.get<bool>() ? "yes" : "no"};
        }
        if (j.is_string()) {
            return Result{std::in_place_index<0>, j.get<std::string>()};
        }
        return wrong();
    }
    return wrong();
}

/// The file as problems name it, without a line.
std::string file_name_label(const AnswerInput& input) {
    if (input.file_label) {
        return util::strip_controls(*input.file_label);
    }
    std::string name = input.file_name.value_or("");
    if (name == "-") {
        name = "<stdin>";
    }
    return name.empty() ? "--data-file" : "--data-file " + util::strip_controls(name);
}

/// The file as problems name it: "--data-file team.json", or "cohort.jsonl:3" for a batch line.
std::string file_label(const AnswerInput& input) {
    const std::string name = file_name_label(input);
    return input.file_line ? name + ":" + std::to_string(*input.file_line) : name;
}

/// "LABEL:LINE:COLUMN" for a position in the data file (a batch line's own line comes first).
std::string file_position(const AnswerInput& input, std::size_t line, std::size_t column) {
    const std::size_t at = input.file_line ? *input.file_line + line - 1 : line;
    return file_name_label(input) + ":" + std::to_string(at) + ":" + std::to_string(column);
}

/// 1-based line and column (in bytes) of where the number `token` stands in `text`, outside
/// strings; {0, 0} if it cannot be found.
std::pair<std::size_t, std::size_t> number_position(std::string_view text, std::string_view token) {
    std::size_t line = 1;
    std::size_t column = 1;
    bool in_string = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (in_string) {
            if (c == '\\') {
                ++i;
                column += 2;
                continue;
            }
            in_string = c != '"';
        } else if (c == '"') {
            in_string = true;
        } else if (text.substr(i, token.size()) == token) {
            return {line, column};
        }
        if (c == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {0, 0};
}

struct DepthExceeded {};

/// Why a question was not asked: "because background is 'none' (asked only when ...)".
std::string not_asked_reason(const Condition& cond, const Answers& answers) {
    std::string because;
    if (const Answer* a = answers.find(cond.question)) {
        because = cond.question + " is " + quote(answer_to_string(a->value));
    } else {
        because = cond.question + " was not asked";
    }
    return "not asked, because " + because + " (asked only when " + describe_condition(cond) + ")";
}

} // namespace

const Answer* Answers::find(std::string_view question) const {
    auto it = std::find_if(items.begin(), items.end(),
                           [&](const Answer& a) { return a.question == question; });
    return it == items.end() ? nullptr : &*it;
}

bool Answers::has_value(std::string_view question, std::string_view value) const {
    const Answer* a = find(question);
    if (a == nullptr) {
        return false;
    }
    if (const auto* many = std::get_if<std::vector<std::string>>(&a->value)) {
        return std::find(many->begin(), many->end(), value) != many->end();
    }
    return answer_to_string(a->value) == value;
}

namespace {

// parse_answer, with "today" accepted when `today` is given (and read only if it is used).
std::variant<AnswerValue, std::string> parse_answer_on(const Question& q, std::string_view text,
                                                       std::string_view lang, const Today* today) {
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

} // namespace

std::variant<AnswerValue, std::string> parse_answer(const Question& q, std::string_view text,
                                                    std::string_view lang,
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
        if (d.integer) {
            return std::to_string(*d.integer);
        }
        return std::nullopt;
    case QuestionType::boolean:
        if (d.boolean) {
            return std::string(*d.boolean ? "yes" : "no");
        }
        return std::nullopt;
    case QuestionType::date:
        if (d.today) {
            return today.get().to_string();
        }
        return d.date;
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

bool condition_holds(const Condition& cond, const Answers& answers) {
    const Answer* a = answers.find(cond.question);
    if (a == nullptr) {
        return false;
    }
    if (!cond.in.empty()) {
        const auto in = [&](const std::string& v) {
            return std::find(cond.in.begin(), cond.in.end(), v) != cond.in.end();
        };
        bool any = false;
        if (const auto* many = std::get_if<std::vector<std::string>>(&a->value)) {
            any = std::any_of(many->begin(), many->end(), in);
        } else {
            any = in(answer_to_string(a->value));
        }
        if (!any) {
            return false;
        }
    }
    if (cond.min || cond.max) {
        const auto* n = std::get_if<std::int64_t>(&a->value);
        if (n == nullptr || (cond.min && *n < *cond.min) || (cond.max && *n > *cond.max)) {
            return false;
        }
    }
    return true;
}

std::string describe_condition(const Condition& cond) {
    std::vector<std::string> parts;
    if (cond.in.size() == 1) {
        parts.push_back(cond.question + " is " + cond.in.front());
    } else if (!cond.in.empty()) {
        parts.push_back(cond.question + " is one of " + util::join(cond.in, ", "));
    }
    if (cond.min && cond.max) {
        parts.push_back(cond.question + " is from " + std::to_string(*cond.min) + " to " +
                        std::to_string(*cond.max));
    } else if (cond.min) {
        parts.push_back(cond.question + " is at least " + std::to_string(*cond.min));
    } else if (cond.max) {
        parts.push_back(cond.question + " is at most " + std::to_string(*cond.max));
    }
    if (parts.empty()) {
        return cond.question + " is answered";
    }
    return util::join(parts, " and ");
}

Gathered gather_answers(const Catalog& catalog, const AnswerInput& input) {
    std::vector<std::string> argument_problems;
    std::vector<std::string> file_problems;
    std::vector<std::string> value_problems;
    const auto ids = question_ids(catalog);

    // -d KEY=VALUE: every value given per question, in order.
    std::map<std::string, std::vector<std::string>, std::less<>> flags;
    std::vector<std::string> flag_order;
    for (const auto& raw : input.flags) {
        const auto eq = raw.find('=');
        const std::string key(util::trim(std::string_view(raw).substr(0, eq)));
        if (eq == std::string::npos || key.empty()) {
            argument_problems.push_back("-d " + quote(raw) + ": expected KEY=VALUE");
            continue;
        }
        if (catalog.find_question(key) == nullptr) {
            argument_problems.push_back("-d: " + util::strip_controls(key) + ": unknown question" +
                                        util::did_you_mean(key, ids));
            continue;
        }
        auto& values = flags[key];
        if (values.empty()) {
            flag_order.push_back(key);
        }
        values.push_back(raw.substr(eq + 1));
    }
    for (const auto& key : flag_order) {
        const auto& values = flags[key];
        if (values.size() > 1) {
            std::vector<std::string> quoted;
            for (const auto& v : values) {
                quoted.push_back(quote(v));
            }
            argument_problems.push_back("-d: " + key + ": given " +
                                        (values.size() == 2
                                             ? std::string("twice")
                                             : std::to_string(values.size()) + " times") +
                                        " (" + util::join(quoted, ", ") + "); give each question once");
        }
    }

    // --data-file: a JSON object; keys starting with '_' are metadata.
    const std::string file = file_label(input);
    std::map<std::string, ojson, std::less<>> file_values;
    if (input.file_text) {
        ojson doc;
        bool parsed = false;
        try {
            doc = ojson::parse(*input.file_text, [](int depth, ojson::parse_event_t, ojson&) {
                if (depth > k_max_json_depth) {
                    throw DepthExceeded{};
                }
                return true;
            });
            parsed = true;
        } catch (const ojson::parse_error& e) {
            static const std::regex k_where(R"(line (\d+), column (\d+): (.*))");
            std::cmatch m;
            const char* what = e.what();
            if (std::regex_search(what, m, k_where)) {
                file_problems.push_back(
                    file_position(input, std::stoul(m[1].str()), std::stoul(m[2].str())) +
                    ": invalid JSON: " + util::strip_controls(m[3].str()));
            } else {
                file_problems.push_back(file + ": invalid JSON at byte " + std::to_string(e.byte) +
                                        ": " + util::strip_controls(what));
            }
        } catch (const ojson::out_of_range& e) {
            // A number too large for a double ("1e309"); nlohmann names it but not where it is.
            const std::string what = e.what();
            const auto open = what.find('\'');
            const auto close = what.rfind('\'');
            const std::string token =
                open != std::string::npos && close > open ? what.substr(open + 1, close - open - 1)
                                                          : std::string();
            const auto [line, column] = number_position(*input.file_text, token);
            file_problems.push_back((line > 0 ? file_position(input, line, column) : file) +
                                    ": invalid JSON: number " + util::strip_controls(token) +
                                    " is out of range");
        } catch (const DepthExceeded&) {
            file_problems.push_back(file + ": JSON nested deeper than " +
                                    std::to_string(k_max_json_depth) + " levels");
        }
        if (parsed && !doc.is_object()) {
            file_problems.push_back(file + ": expected a JSON object of answers (ID: value), got " +
                                    json_excerpt(doc));
        } else if (parsed) {
            for (const auto& [key, value] : doc.items()) {
                if (!key.empty() && key.front() == '_') {
                    continue;
                }
                if (catalog.find_question(key) == nullptr) {
                    file_problems.push_back(file + ": " + util::strip_controls(key) +
                                            ": unknown question" + util::did_you_mean(key, ids));
                    continue;
                }
                // null means "no answer": a template's question without a default.
                if (!value.is_null()) {
                    file_values[key] = value;
                }
            }
        }
    }

    Gathered out;
    // Questions whose presence cannot be known yet: missing or invalid, or depending on one.
    std::set<std::string, std::less<>> undetermined;
    const auto judge = [&](const Question& q, const std::string& text, AnswerSource source,
                           const std::string& label) {
        auto parsed = parse_answer_on(q, text, "en", &input.today);
        if (auto* message = std::get_if<std::string>(&parsed)) {
            value_problems.push_back(label + ": " + q.id + ": " + *message);
            undetermined.insert(q.id);
            return;
        }
        out.answers.items.push_back(Answer{q.id, std::get<AnswerValue>(std::move(parsed)), source});
    };
    const auto judge_file = [&](const Question& q, const ojson& j) {
        auto text = json_to_text(q, j);
        if (text.index() == 1) {
            value_problems.push_back(file + ": " + q.id + ": " + std::get<1>(text));
            undetermined.insert(q.id);
            return;
        }
        judge(q, std::get<0>(text), AnswerSource::file, file);
    };

    for (const auto& q : catalog.questions) {
        const auto flag = flags.find(q.id);
        const bool has_flag = flag != flags.end();
        const bool flag_ok = has_flag && flag->second.size() == 1;
        const auto from_file = file_values.find(q.id);
        const bool has_file = from_file != file_values.end();

        if (q.when && undetermined.count(q.when->question) != 0) {
            // Kept provisionally: the questionnaire decides once the earlier answer is known.
            undetermined.insert(q.id);
            if (flag_ok) {
                judge(q, flag->second.front(), AnswerSource::flag, "-d");
            } else if (!has_flag && has_file) {
                judge_file(q, from_file->second);
            }
            continue;
        }
        if (q.when && !condition_holds(*q.when, out.answers)) {
            if (has_flag) {
                value_problems.push_back("-d: " + q.id + ": " +
                                         not_asked_reason(*q.when, out.answers));
            }
            continue;
        }
        if (has_flag) {
            if (flag_ok) {
                judge(q, flag->second.front(), AnswerSource::flag, "-d");
            } else {
                undetermined.insert(q.id);
            }
        } else if (has_file) {
            judge_file(q, from_file->second);
        } else if (input.use_defaults && default_text(q, input.today)) {
            judge(q, *default_text(q, input.today), AnswerSource::defaulted, "default");
        } else {
            out.missing.push_back(q.id);
            undetermined.insert(q.id);
        }
    }

    std::vector<std::string> problems = std::move(argument_problems);
    problems.insert(problems.end(), file_problems.begin(), file_problems.end());
    problems.insert(problems.end(), value_problems.begin(), value_problems.end());
    if (!problems.empty()) {
        throw AnswerError(std::move(problems));
    }
    return out;
}

AnswerError missing_answers_error(const std::vector<std::string>& missing, bool defaults_given) {
    const bool one = missing.size() == 1;
    std::string message =
        std::string(one ? "missing answer for " : "missing answers for ") + util::join(missing, ", ");
    if (defaults_given) {
        message += std::string(one ? " (it has" : " (they have") + " no default)";
    }
    message += ": pass -d " + (one ? missing.front() : std::string("ID")) + "=VALUE" +
               (one ? "" : " for each") + (defaults_given ? " or" : ",") + " --data-file FILE" +
               (defaults_given ? "" : ", or --defaults");
    return AnswerError({message});
}

std::vector<const Choice*> selected_choices(const Question& q, const AnswerValue& value) {
    std::vector<const Choice*> out;
    if (const auto* s = std::get_if<std::string>(&value)) {
        if (q.type == QuestionType::single) {
            if (const Choice* c = q.find_choice(*s)) {
                out.push_back(c);
            }
        }
    } else if (const auto* many = std::get_if<std::vector<std::string>>(&value)) {
        for (const auto& v : *many) {
            if (const Choice* c = q.find_choice(v)) {
                out.push_back(c);
            }
        }
    } else if (const auto* b = std::get_if<bool>(&value)) {
        if (const Choice* c = boolean_choice(q, *b)) {
            out.push_back(c);
        }
    }
    return out;
}

std::set<std::string> skills_of(const Catalog& catalog, const Answers& answers) {
    std::set<std::string> out;
    for (const auto& a : answers.items) {
        if (const Question* q = catalog.find_question(a.question)) {
            for (const Choice* c : selected_choices(*q, a.value)) {
                out.insert(c->skills.begin(), c->skills.end());
            }
        }
    }
    return out;
}

std::string answer_to_string(const AnswerValue& value) {
    return std::visit(
        [](const auto& v) -> std::string {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::string>) {
                return v;
            } else if constexpr (std::is_same_v<T, std::vector<std::string>>) {
                return util::join(v, ",");
            } else if constexpr (std::is_same_v<T, std::int64_t>) {
                return std::to_string(v);
            } else if constexpr (std::is_same_v<T, bool>) {
                return v ? "yes" : "no";
            } else {
                return v.to_string();
            }
        },
        value);
}

std::string answer_label(const Question& q, const AnswerValue& value, std::string_view lang) {
    if (q.type == QuestionType::single || q.type == QuestionType::multi ||
        (q.type == QuestionType::boolean && !q.choices.empty())) {
        std::vector<std::string> labels;
        for (const Choice* c : selected_choices(q, value)) {
            labels.emplace_back(c->label.empty() ? std::string_view(c->value) : c->label.get(lang));
        }
        if (!labels.empty() || q.type == QuestionType::multi) {
            return labels.empty() ? std::string("-") : util::join(labels, ", ");
        }
    }
    if (const auto* b = std::get_if<bool>(&value)) {
        if (lang == "zh") {
            return *b ? "是" : "否";
        }
    }
    return answer_to_string(value);
}

std::vector<std::pair<std::string, std::string>> answers_metadata(const Catalog& catalog) {
    return {{"_catalog", catalog.id},
            {"_catalog_version", catalog.version},
            {"_llmpath_version", LLMPATH_VERSION}};
}

std::string answers_to_json(const Catalog& catalog, const Answers& answers, int indent,
                            const std::vector<std::pair<std::string, std::string>>& metadata) {
    ojson doc = ojson::object();
    for (const auto& [key, value] : metadata) {
        doc[key.empty() || key.front() != '_' ? "_" + key : key] = value;
    }
    for (const auto& q : catalog.questions) {
        if (const Answer* a = answers.find(q.id)) {
            doc[q.id] = value_to_json(a->value);
        }
    }
    return doc.dump(indent < 0 ? -1 : indent, ' ', false, ojson::error_handler_t::replace) + "\n";
}

} // namespace llmpath
