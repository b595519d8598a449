#pragma once

#include "cli/commands.hpp"

#include <llmpath/answers.hpp>
#include <llmpath/recommend.hpp>

#include <string>
#include <vector>

namespace llmpath::cli {

/// The flags through which plan and recommend learn who the person is.
struct AnswerFlags {
    std::vector<std::string> data; ///< -d KEY=VALUE
    std::string data_file;         ///< --data-file FILE|-
    bool defaults = false;         ///< --defaults / --no-input
    std::string save_answers;      ///< --save-answers FILE
    std::string direction;         ///< --direction ID
    std::string start;             ///< --start YYYY-MM-DD
    bool force = false;            ///< -f/--force: overwrite existing files
};

void add_answer_flags(CLI::App& command, AnswerFlags& flags);

/// Who the person is and what llmpath recommends: the result of the questionnaire stage.
struct Profile {
    LoadedCatalog loaded;
    std::string lang;
    Answers answers;
    Recommendation recommendation;
    bool prompted = false; ///< the person answered at the terminal
    Date start;            ///< the plan's first day
    int hours_per_week = 10;
};

/// Gathers answers (-d > --data-file > defaults, then the terminal if allowed), validates them
/// and scores the directions. Never prompts without a terminal: missing answers are an error.
Profile build_profile(const AnswerFlags& flags, Shared& shared);

/// A UsageError naming the directions if `id` is not one of them.
void check_direction(const Catalog& catalog, const std::string& id);

/// Parses --start; a UsageError names the flag and the expected form.
Date parse_start_flag(const std::string& text);

/// The plan's start date and weekly hours from the answers (start_date, hours_per_week), falling
/// back to `fallback_start` and 10 hours when the catalogue has no such question.
void planning_inputs(const Answers& answers, const Today& fallback_start, Date& start, int& hours);

/// Writes --save-answers: the answers as --data-file reads them, plus _catalog,
/// _catalog_version and _llmpath_version.
std::string saved_answers_json(const Profile& profile);

/// A UsageError if `path` is a folder, or an existing file and not `force`; `what` names the flag.
void check_output_path(const std::string& path, bool force, std::string_view what);

/// Writes `content` to `path` atomically; refuses an existing file without `force`.
void write_output_file(const std::string& path, const std::string& content, bool force,
                       std::string_view what);

} // namespace llmpath::cli
