#pragma once

// Shared by the answer modules (answer_parse.cpp, answer_sources.cpp); not public API.

#include <llmpath/answers.hpp>

#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace llmpath {

/// "enter a number from 1 to 60", from the question's limits.
Said range_phrase(const Question& q);

/// judge_answer, with "today" accepted when `today` is given (and read only if it is used).
std::variant<AnswerValue, Said> parse_answer_on(const Question& q, std::string_view text,
                                                std::string_view lang, const Today* today);

} // namespace llmpath
