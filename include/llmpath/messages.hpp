#pragma once

// The words of every error message llmpath says on purpose, in English and in Chinese side by
// side (src/util/messages.cpp), each written as a native speaker writes it
// (docs/chinese-style.md). util::say fills them:
// "{0}" is the first argument. Messages are lowercase in English; in Chinese they follow the
// style guide (full-width punctuation, 「」 around what the person typed, a space between Chinese
// and Latin letters or digits).

#include <span>
#include <string_view>

namespace llmpath::msg {

/// One message in both languages.
struct Words {
    std::string_view en;
    std::string_view zh;
};

// Pieces shared by messages.
extern const Words did_you_mean;
extern const Words interrupted;
extern const Words out_of_memory;
extern const Words unexpected;

// Answers: why a text is not an answer, and what is allowed ("; " and "；" part the two).
extern const Words empty_choice;
extern const Words not_a_choice;
extern const Words nothing_selected;
extern const Words too_few;
extern const Words too_many;
extern const Words not_whole;
extern const Words too_large;
extern const Words below_min;
extern const Words above_max;
extern const Words not_bool;
extern const Words not_date;
extern const Words not_date_today;
extern const Words not_utf8;
extern const Words controls;
extern const Words too_long;
extern const Words no_match;
extern const Words bad_pattern;
extern const Words choose_one;
extern const Words choose_exactly;
extern const Words choose_between;
extern const Words choose_at_least;
extern const Words choose_any;
extern const Words or_none;
extern const Words number_between;
extern const Words number_at_least;
extern const Words number_at_most;
extern const Words number_any;

// Answers: where a problem is, and the problems of the sources.
extern const Words answer_at;
extern const Words the_default;
extern const Words flag_not_pair;
extern const Words unknown_question;
extern const Words given_twice;
extern const Words given_times;
extern const Words start_twice;
extern const Words not_asked;
extern const Words answer_is;
extern const Words not_asked_yet;
extern const Words expected_json;
extern const Words json_string_of;
extern const Words json_array_of;
extern const Words json_whole;
extern const Words json_bool;
extern const Words json_date;
extern const Words json_string;
extern const Words json_label;
extern const Words not_object;
extern const Words missing_one;
extern const Words missing_many;
extern const Words missing_one_no_default;
extern const Words missing_many_no_default;
extern const Words bad_default;
extern const Words start_too_late;
extern const Words typed_too_long;
extern const Words prompt_line_too_long;
extern const Words typed_nul;

// Planning.
extern const Words unknown_direction;
extern const Words hours_too_few;
extern const Words no_answer_for_plan;
extern const Words unknown_id;

// Tracking.
extern const Words unknown_task;
extern const Words no_tracked_plan;
extern const Words plan_busy;
extern const Words already_tracked;

// The command line.
extern const Words unknown_command;
extern const Words unknown_catalog_command;
extern const Words no_help;
extern const Words parse_error;
extern const Words extra_arguments;
extern const Words extra_argument;
extern const Words bad_flag_value;
extern const Words start_not_date;
extern const Words today_not_date;
extern const Words no_lang;
extern const Words the_catalogue;
extern const Words the_tracked_plan;
extern const Words file_exists;
extern const Words file_name_empty;
extern const Words is_folder;
extern const Words no_format_for_name;
extern const Words gpu_price_pair;
extern const Words gpu_unknown;
extern const Words gpu_bad_price;
extern const Words hours_flag_bad;
extern const Words none;

/// Every message, for the tests that hold the Chinese ones to the style guide.
std::span<const Words* const> all_messages();

} // namespace llmpath::msg
