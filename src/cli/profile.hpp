#pragma once

#include "cli/commands.hpp"

#include <llmpath/answers.hpp>
#include <llmpath/planner.hpp>

#include <map>

#include <string>
#include <vector>

namespace llmpath::cli {

/// The flags through which plan and recommend learn who the person is.
struct AnswerFlags {
    std::vector<std::string> data;       ///< -d KEY=VALUE
    std::string data_file;               ///< --data-file FILE|-
    bool defaults = false;               ///< --defaults / --no-input
    std::string save_answers;            ///< --save-answers FILE
    std::string direction;               ///< --direction ID
    std::string start;                   ///< --start YYYY-MM-DD
    std::vector<std::string> gpu_prices; ///< --gpu-price CLASS=PRICE
    bool force = false;                  ///< -f/--force: overwrite existing files
    bool whole_path = false;             ///< --whole-path: do not cut the plan to six months
};

void add_answer_flags(CLI::App& command, AnswerFlags& flags);

/// Who the person is: the catalogue, the language, the validated answers and the overrides
/// given as flags; plan_path turns it into a recommendation and a plan.
struct Profile {
    LoadedCatalog loaded;
    std::string lang;
    Answers answers;
    PlanOverrides overrides;
    bool prompted = false; ///< the person answered at the terminal
};

/// Gathers answers (-d and --start > --data-file > defaults, then the terminal if allowed) and
/// validates them. Never prompts without a terminal: missing answers are an error.
Profile build_profile(const AnswerFlags& flags, Shared& shared);

/// A UsageError naming the directions if `id` is not one of them.
void check_direction(const Catalog& catalog, const std::string& id);

/// Adds --whole-path to a command that makes plans.
void add_whole_path_flag(CLI::App& command, bool& whole_path);

/// Adds --gpu-price (repeatable) to a command that makes plans.
void add_gpu_price_flag(CLI::App& command, std::vector<std::string>& prices);

/// --gpu-price CLASS=PRICE values as cents per GPU-hour by class id; UsageError for a malformed
/// value or a class the catalogue does not have.
std::map<std::string, std::int64_t> parse_gpu_prices(const Catalog& catalog,
                                                     const std::vector<std::string>& values);

/// Parses --start; a UsageError names the flag and the expected form.
Date parse_start_flag(const std::string& text);

/// Writes --save-answers: the answers as --data-file reads them, plus _catalog,
/// _catalog_version and _llmpath_version.
std::string saved_answers_json(const Profile& profile);

/// The format an output file's name asks for by its extension (.txt, .md, .json, ...), or
/// "text" for stdout ("" or "-"); UsageError when the extension names none of `allowed`
/// ("text|markdown|json").
std::string output_format(const std::string& output, const std::string& allowed);

/// The formats a plan is written in, by plan and export alike.
inline constexpr const char* k_plan_formats = "text|markdown|json|ics|csv|checklist";

/// A UsageError if `path` is empty, a folder, not a regular file (a device, FIFO, socket or
/// symbolic link: never replaced, even with `force`), or an existing file and not `force`; an
/// Error if its folder does not exist. `what` names the flag.
void check_output_path(const std::string& path, bool force, std::string_view what);

/// A file a command writes: where, what, whether it may replace one, and the flag that named it.
struct OutputFile {
    std::string path;
    std::string content;
    bool force = false;
    std::string what; ///< "-o", "--save-answers"
};

/// check_output_path for each file, and no path given twice.
void check_output_paths(const std::vector<OutputFile>& files);

/// The one writer of output files: checks every file before writing any, then writes each
/// atomically; when one fails, the new files written before it are removed.
void write_output_files(const std::vector<OutputFile>& files);

/// write_output_files for one file.
void write_output_file(const std::string& path, const std::string& content, bool force,
                       std::string_view what);

/// --save-answers FILE, or '-' for standard output when `stdout_free` (the command's own output
/// goes to a file); a UsageError for '-' otherwise.
bool save_answers_to_stdout(const AnswerFlags& flags, bool stdout_free);

} // namespace llmpath::cli
