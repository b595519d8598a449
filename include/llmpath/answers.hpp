#pragma once

#include <llmpath/catalog.hpp>
#include <llmpath/date.hpp>
#include <llmpath/error.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace llmpath {

/// The key of an answers file that lists the questions it answers with their defaults.
inline constexpr std::string_view k_defaulted_key = "_defaulted";

/// Where an answer came from; the same validator judges all of them.
enum class AnswerSource { typed, flag, file, defaulted };

/// single and text: std::string; multi: vector; integer: int64; boolean: bool; date: Date.
using AnswerValue = std::variant<std::string, std::vector<std::string>, std::int64_t, bool, Date>;

struct Answer {
    std::string question;
    AnswerValue value;
    AnswerSource source = AnswerSource::typed; ///< defaulted: not an answer the person gave
};

/// The validated answers, in catalogue question order; questions skipped by `when` are absent.
struct Answers {
    std::vector<Answer> items;

    const Answer* find(std::string_view question) const;
    /// True if the question was answered with `value` (single, boolean "yes"/"no", or among a
    /// multi's).
    bool has_value(std::string_view question, std::string_view value) const;
};

/// Everything a non-interactive run can know about answers, before validation.
struct AnswerInput {
    /// -d KEY=VALUE in the order given (raw, as typed after -d).
    std::vector<std::string> flags;
    /// --start: the answer to the start_date question, given as a date; judged like -d.
    std::optional<Date> start_date;
    /// --data-file: its name for messages ("team.json", "-" shown as "<stdin>") and its text.
    std::optional<std::string> file_name;
    std::optional<std::string> file_text;
    /// How problems name the file, instead of "--data-file NAME" (batch: the input file's name).
    std::optional<std::string> file_label;
    /// The text is line N of a larger file (batch): problems say LABEL:N, syntax errors
    /// LABEL:N:COL.
    std::optional<std::size_t> file_line;
    /// Keys of the file that name the learner rather than answer a question (batch: "id" and
    /// "name"), unless the catalogue has a question of that id. Their values must be texts or
    /// whole numbers; Gathered::labels has them.
    std::vector<std::string> label_keys;
    /// --defaults: take the default for every question not answered.
    bool use_defaults = false;
    /// The run's date, for "today" and date defaults of "today"; read only if one is used.
    Today today;
};

/// Result of gathering: validated answers so far, and the ids of questions still unanswered
/// (in order, only those whose condition holds given the answers before them).
struct Gathered {
    Answers answers;
    std::vector<std::string> missing;
    std::map<std::string, std::string> labels; ///< label key -> its value (AnswerInput::label_keys)
};

/// Applies -d > --data-file > defaults, validating every value with validate_answer.
/// Throws AnswerError listing every problem at once (source, question id, bad value, what is
/// allowed, "did you mean"). Missing answers are returned, not thrown, so the caller can prompt.
Gathered gather_answers(const Catalog& catalog, const AnswerInput& input);

/// The error for answers that are still missing without a terminal: names each id and the flags.
/// With `defaults_given` (--defaults was passed, so these have no default) it does not suggest it.
AnswerError missing_answers_error(const std::vector<std::string>& missing,
                                  bool defaults_given = false);

/// Parses and validates one textual answer (as typed, or after -d) for `q`. For choices accepts the
/// value, the 1-based number or the label in `lang` (case-insensitive); multi takes "a,b".
/// Boolean takes yes/no/y/n/true/false; date takes YYYY-MM-DD, or "today" when `today` is given;
/// multi takes "-" (or an empty text) for no selection when min_selected allows it.
/// Returns the value, or an error message saying why and what is allowed (no source prefix).
std::variant<AnswerValue, std::string>
parse_answer(const Question& q, std::string_view text, std::string_view lang = "en",
             const std::optional<Date>& today = std::nullopt);

/// The text as its ASCII form where a Chinese input method typed a full-width one: digits, letters
/// and ASCII punctuation (U+FF01..U+FF5E, such as ８ and ，), the ideographic space, and 、 as a
/// comma. Every answer that is not free text is read through it (prompt, -d, answers files).
std::string fold_width(std::string_view text);

/// parse_answer with the message in both languages.
std::variant<AnswerValue, Said> judge_answer(const Question& q, std::string_view text,
                                             std::string_view lang = "en",
                                             const std::optional<Date>& today = std::nullopt);

/// parse_answer for a person at the prompt: on a bad answer, only why it is not one, in `lang`
/// ("“99”不是可选项"); the prompt's own hint then says what to type.
std::variant<AnswerValue, std::string>
parse_typed_answer(const Question& q, std::string_view text, std::string_view lang,
                   const std::optional<Date>& today = std::nullopt);

/// The catalogue's default for `q` as the text parse_answer reads ("data,products", "10", "yes",
/// "2026-03-02" with "today" resolved against `today`), or nullopt if it has none.
std::optional<std::string> default_text(const Question& q, const Today& today);

/// The default for `q` given the answers before it: the first of those whose choice names a
/// likely answer for `q` in its `defaults` (a backend engineer likely writes working code),
/// else the catalogue's default for `q`.
std::optional<std::string> default_text(const Catalog& catalog, const Question& q,
                                        const Answers& before, const Today& today);

/// The default for `q` as a value (date "today" resolved against `today`), or nullopt if none.
/// Throws AnswerError ("default: ID: why") if the catalogue's default does not pass parse_answer.
std::optional<AnswerValue> default_answer(const Question& q, const Today& today);

/// Whether `cond` holds for `answers` (false if the question it names is unanswered).
bool condition_holds(const Condition& cond, const Answers& answers);

/// The condition in words: "background is one of backend, devops", "hours_per_week is at least 5".
std::string describe_condition(const Condition& cond);

/// The choices an answer selected: a single's, each of a multi's, a boolean's "yes"/"no" choice
/// (if the question has choices). Empty for integer, date and text answers.
std::vector<const Choice*> selected_choices(const Question& q, const AnswerValue& value);

/// Skills implied by the answers' chosen choices.
std::set<std::string> skills_of(const Catalog& catalog, const Answers& answers);

/// The answer's value as text: "backend", "data,products", "10", "yes", "2026-12-01".
std::string answer_to_string(const AnswerValue& value);

/// The answer as a person reads it in `lang`: choice labels ("Backend engineer", "Data, Products"),
/// "yes"/"no" (or the boolean choice's label), the number, the date, the text.
std::string answer_label(const Question& q, const AnswerValue& value, std::string_view lang);

/// Metadata keys for a saved answers file: _catalog, _catalog_version, _llmpath_version.
std::vector<std::pair<std::string, std::string>> answers_metadata(const Catalog& catalog);

/// The answers as the JSON object --data-file reads (keys in catalogue order), ending in a newline.
/// `metadata` pairs are written first, as strings; a key not starting with '_' gets one, so that
/// gather_answers ignores them. With `with_defaulted`, "_defaulted" lists the questions answered
/// from their defaults, which gather_answers reads back as defaults. indent < 0: one line.
std::string answers_to_json(const Catalog& catalog, const Answers& answers, int indent = 2,
                            const std::vector<std::pair<std::string, std::string>>& metadata = {},
                            bool with_defaulted = false);

} // namespace llmpath
