#pragma once

#include <CLI/CLI.hpp>

#include <map>
#include <span>
#include <string>

namespace llmpath::cli {

/// A name and what it means: an environment variable, an exit code.
struct ManItem {
    const char* name;
    const char* meaning;
    const char* meaning_zh; ///< the meaning in Chinese, for the help's footer
};

struct ManPage {
    const CLI::App& app; ///< with every command
    const std::map<const CLI::App*, std::string>& examples;
    std::span<const ManItem> environment;
    std::span<const ManItem> exit_codes;
    const char* version;
    const char* date; ///< of the release, YYYY-MM-DD
};

/// llmpath(1) in roff (man(7) macros), from the parser itself: every command with its options
/// and examples, the environment, the files, the exit codes.
std::string render_manpage(const ManPage& page);

} // namespace llmpath::cli
