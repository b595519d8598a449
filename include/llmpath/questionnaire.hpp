#pragma once

#include <llmpath/answers.hpp>
#include <llmpath/catalog.hpp>
#include <llmpath/date.hpp>

#include <istream>
#include <ostream>
#include <string>
#include <string_view>

namespace llmpath {

struct PromptOptions {
    std::string lang = "en"; ///< language of the questions and of the prompt chrome (en, zh)
    bool color = false;      ///< basic terminal colours in the prompts
    Date today;              ///< the run's date, for "today" and date defaults
    int width = 80;          ///< the terminal's columns, to wrap messages
};

/// Asks, in catalogue order, every question whose `when` holds and that `prefilled` does not
/// answer (conditions re-evaluated as answers change). Reads one line per answer from `in`:
/// a number, value or label (multi: comma-separated), Enter for the default, `?` for help,
/// `<` for the previous question. Writes prompts and a final summary to `out`.
/// Returns every answer (prefilled and typed) in catalogue order.
/// Throws Interrupted at end of input (Ctrl-D); nothing is returned then. Lines are read by the
/// one line reader (util::LineReader): a line with a NUL byte is refused and asked again, a line
/// over 64 KiB ends the questions with an InputError.
Answers run_questionnaire(const Catalog& catalog, const Answers& prefilled, std::istream& in,
                          std::ostream& out, const PromptOptions& options);

/// The one-screen summary printed after the last question: "short label  value label" per answer.
std::string render_answers_summary(const Catalog& catalog, const Answers& answers,
                                   std::string_view lang);

/// Every question for script authors: id, type, prompt, help, choices with labels, default,
/// condition and limits, as plain text.
std::string render_questions_text(const Catalog& catalog, std::string_view lang, int width = 80);

/// The same as JSON with stable keys and "schema_version": 1 (docs/questions.md).
std::string render_questions_json(const Catalog& catalog, std::string_view lang);

/// An answers file --data-file accepts as is: every question with its default filled in
/// (date "today" resolved to `today`), null where a question has no default (null = unanswered).
std::string render_answers_template(const Catalog& catalog, const Date& today);

} // namespace llmpath
