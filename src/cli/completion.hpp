#pragma once

#include "cli/commands.hpp"

#include <string>
#include <vector>

namespace llmpath::cli {

/// The candidates for the last of `words` (the words after "llmpath", the last one being
/// completed, possibly empty), one per line; ":files" asks the shell for file names.
std::string complete(const CLI::App& app, const std::vector<std::string>& words, Shared& shared);

/// The completion script for "bash", "zsh" or "fish".
std::string completion_script(const std::string& shell);

void add_completion(CLI::App& command, Shared& shared);

} // namespace llmpath::cli
