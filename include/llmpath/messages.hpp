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

// JSON input (src/util/messages_files.cpp): where a problem is, and what is wrong with the text.
extern const Words at_place;
extern const Words doc_json_file;
extern const Words doc_catalog;
extern const Words doc_answers_file;
extern const Words doc_export;
extern const Words doc_plan;
extern const Words doc_tracked_plan;
extern const Words json_nul;
extern const Words json_too_deep;
extern const Words json_number_range;
extern const Words json_duplicate_key;
extern const Words syntax_unexpected;
extern const Words syntax_unexpected_end;
extern const Words syntax_expected;
extern const Words syntax_last_read;
extern const Words syntax_other;
/// nlohmann/json's words for a token and for what its lexer rejects (lowercase English, as the
/// parser writes them), each with ours in Chinese.
std::span<const Words> syntax_tokens();
std::span<const Words> syntax_reasons();

// The fields of a JSON document read one at a time: the tracked plan, a plan file, an export.
extern const Words field_object;
extern const Words field_missing;
extern const Words field_string;
extern const Words field_whole_between;
extern const Words field_bool;
extern const Words field_date;
extern const Words field_array;
extern const Words field_whole;
extern const Words field_texts;
extern const Words field_task_ids;
extern const Words field_week_number;
extern const Words field_one;
extern const Words unknown_state;
extern const Words week_too_long;
extern const Words week_task_unknown;
extern const Words written_by_newer;
extern const Words not_a_plan_report;
extern const Words plan_too_old;
extern const Words week_in_one;
extern const Words week_runs;
extern const Words week_holds;
extern const Words plan_flags;
extern const Words plan_other_catalog;
extern const Words plan_unanswered;
extern const Words plan_differs;
extern const Words name_empty;
extern const Words not_an_export;
extern const Words export_too_old;

// Files and folders: the operating system's reasons, and what llmpath could not do.
extern const Words os_enoent;
extern const Words os_eacces;
extern const Words os_eisdir;
extern const Words os_enotdir;
extern const Words os_enospc;
extern const Words os_erofs;
extern const Words os_eexist;
extern const Words os_eloop;
extern const Words os_enametoolong;
extern const Words file_problem;
extern const Words is_directory;
extern const Words input_over_limit;
extern const Words input_too_large;
extern const Words catalog_too_large;
extern const Words catalog_over_limit;
extern const Words name_catalog;
extern const Words name_batch_input;
extern const Words name_learner_export;
extern const Words cannot_write_stdout;
extern const Words cannot_write_file;
extern const Words recorded_anyway;
extern const Words recorded_replan;
extern const Words recorded_new_plan;
extern const Words out_folder_missing;
extern const Words out_symlink;
extern const Words out_not_regular;
extern const Words out_same_file;
extern const Words out_cannot_write;
extern const Words save_answers_stdout;
extern const Words both_stdin_data;
extern const Words lock_wait_bad;
extern const Words replan_no_hours_question;
extern const Words replan_hours_range;
extern const Words replan_today_too_late;
extern const Words replan_end_too_late;

// The tracked plan's file and folder.
extern const Words state_source;
extern const Words state_recover_backup;
extern const Words state_recover;
extern const Words state_folder_not_folder;
extern const Words state_folder_create;
extern const Words state_no_folder;
extern const Words state_cannot_lock;
extern const Words state_not_regular;
extern const Words state_read_only;
extern const Words state_too_large;

// batch and cohort.
extern const Words batch_line_too_long;
extern const Words batch_line_nul;
extern const Words batch_name_taken;
extern const Words batch_file_exists;
extern const Words batch_not_regular;
extern const Words batch_cannot_write;
extern const Words out_dir_is_file;
extern const Words out_dir_make;
extern const Words out_dir_open;
extern const Words format_needs_out_dir;
extern const Words force_needs_out_dir;
extern const Words batch_input_open;
extern const Words both_read_stdin;
extern const Words batch_failed_one;
extern const Words batch_failed_many;
extern const Words cohort_folder;
extern const Words cohort_out_of_memory;
extern const Words cohort_skipped_one;
extern const Words cohort_skipped_many;

// The catalogue's problems (src/util/messages_catalog.cpp).
extern const Words kind_null;
extern const Words kind_object;
extern const Words kind_array;
extern const Words kind_string;
extern const Words kind_integer;
extern const Words kind_boolean;
extern const Words kind_number;
extern const Words kind_value;
extern const Words kind_texts;
extern const Words kind_choice_value;
extern const Words kind_question_list;
extern const Words kind_checkpoint;
extern const Words kind_hours_by;
extern const Words cat_expected;
extern const Words cat_unknown_field;
extern const Words cat_missing_field;
extern const Words cat_empty_string;
extern const Words cat_invalid_id;
extern const Words cat_integer_range;
extern const Words cat_between;
extern const Words cat_empty_text;
extern const Words cat_undeclared_language;
extern const Words cat_empty_lang_text;
extern const Words cat_missing_lang_text;
extern const Words cat_duplicate;
extern const Words cat_use;
extern const Words cat_no_languages;
extern const Words cat_bad_language_code;
extern const Words cat_common_reserved;
extern const Words cat_no_tasks_question;
extern const Words cat_phase_ends_before;
extern const Words cat_empty_checkpoint;
extern const Words cat_no_tasks_part;
extern const Words cat_no_phases;
extern const Words cat_first_phase;
extern const Words cat_phase_overlap;
extern const Words cat_phase_gap_day;
extern const Words cat_phase_gap_days;
extern const Words cat_last_phase;
extern const Words cat_currency;
extern const Words cat_checked_date;
extern const Words cat_schema_version;
extern const Words cat_no_directions;
extern const Words cat_empty_in;
extern const Words cat_condition_needs;
extern const Words cat_min_over_max;
extern const Words cat_boolean_values;
extern const Words cat_unknown_question_type;
extern const Words cat_not_for_type;
extern const Words cat_choices_missing;
extern const Words cat_choices_few;
extern const Words cat_min_selected_over;
extern const Words cat_pattern_long;
extern const Words cat_pattern_bad;
extern const Words re_bad_escape;
extern const Words re_bad_class;
extern const Words re_missing_bracket;
extern const Words re_missing_paren;
extern const Words re_unexpected_paren;
extern const Words re_trailing_backslash;
extern const Words re_repeat_argument;
extern const Words re_repeat_size;
extern const Words re_repeat_op;
extern const Words re_bad_perl_op;
extern const Words re_bad_utf8;
extern const Words re_bad_named_capture;
extern const Words re_too_large;
extern const Words re_invalid;
extern const Words cat_default_not_choice;
extern const Words cat_default_fewer;
extern const Words cat_default_more;
extern const Words cat_default_longer_max;
extern const Words cat_default_longer_limit;
extern const Words cat_default_no_match;
extern const Words cat_default_outside;
extern const Words cat_default_date;
extern const Words cat_no_planning_question;
extern const Words cat_planning_type;
extern const Words cat_wanted_a;
extern const Words cat_wanted_an;
extern const Words cat_planning_when;
extern const Words cat_duplicate_id;
extern const Words cat_unknown_ref;
extern const Words cat_duplicate_choice;
extern const Words cat_self_condition;
extern const Words cat_condition_later;
extern const Words cat_kind;
extern const Words cat_in_integer;
extern const Words cat_condition_type;
extern const Words cat_bound_integer;
extern const Words cat_not_value_of;
extern const Words cat_choice_later;
extern const Words cat_not_boolean_value;
extern const Words cat_not_single;
extern const Words cat_not_single_value;
extern const Words cat_teaches_skipped;
extern const Words cat_unknown_gpu_class;
extern const Words cat_declare_gpu;
extern const Words cat_prerequisite_later_phase;
extern const Words cat_cycle;
extern const Words cat_cycle_more;
extern const Words cat_checkpoint_later;
extern const Words cat_checkpoint_not_common;
extern const Words cat_not_direction_task;
extern const Words cat_not_direction_or_common;
extern const Words cat_after_interview;
extern const Words cat_priority_below;
extern const Words cat_presenting_waits;
extern const Words cat_skill_before;
extern const Words cat_skill_before_short;
extern const Words cat_without_not_prerequisite;
extern const Words cat_make_prerequisite;
extern const Words cat_add_teacher;
extern const Words cat_url_https;
extern const Words cat_url_spaces;
extern const Words cat_url_host;
extern const Words cat_unknown_resource_type;
extern const Words cat_task_no_directions;
extern const Words cat_common_only;
extern const Words cat_no_hours;
extern const Words cat_cannot_shorten;
extern const Words cat_problems_one;
extern const Words cat_problems_many;
extern const Words cat_problems_over;
/// The nouns the catalogue loader names values by ("task", "question id"), with ours in Chinese.
std::span<const Words> catalog_nouns();

/// Every message, for the tests that hold the Chinese ones to the style guide.
std::span<const Words* const> all_messages();

namespace detail {
/// The messages each file of words defines (messages_files.cpp, messages_catalog.cpp).
std::span<const Words* const> file_messages();
std::span<const Words* const> catalog_messages();
} // namespace detail

} // namespace llmpath::msg
