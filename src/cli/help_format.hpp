#pragma once
// The help's look in both languages: CLI11's formatter with examples and Chinese headings, and the
// footer of exit codes and environment variables every help ends with (the man page uses the same
// tables).

#include "cli/manpage.hpp"

#include <CLI/CLI.hpp>

#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace llmpath::cli {

/// The exit codes and the environment variables, with their meanings in both languages.
std::span<const ManItem> exit_code_items();
std::span<const ManItem> environment_items();

/// "Exit codes: 0 ok · 1 ...": the footer of each command's help.
std::string exit_codes_line(std::string_view lang);

/// "Environment: A (meaning), ..." and the exit codes: the footer of the overview.
std::string help_footer(std::string_view lang);

/// CLI11's formatter, with each command's examples right after its description, in the
/// interface's language: headings and descriptions from help_words.cpp.
class HelpFormatter : public CLI::Formatter {
  public:
    explicit HelpFormatter(std::string lang);

    /// Each command's examples, shown after its description.
    std::map<const CLI::App*, std::string> examples;

    std::string make_description(const CLI::App* app) const override;
    std::string make_usage(const CLI::App* app, std::string name) const override;
    std::string make_group(std::string group, bool is_positional,
                           std::vector<const CLI::Option*> opts) const override;
    std::string make_subcommands(const CLI::App* app, CLI::AppFormatMode mode) const override;
    std::string make_subcommand(const CLI::App* sub) const override;
    /// An option's line as CLI11 writes it, padded by display width: a Chinese "必填" takes
    /// four columns, not six bytes.
    std::string make_option(const CLI::Option* opt, bool is_positional) const override;
    std::string make_option_desc(const CLI::Option* opt) const override;
    /// The placeholder and the validators' words: CLI11's "INT in [1 - 500]" in Chinese too.
    std::string make_option_opts(const CLI::Option* opt) const override;

  private:
    std::string m_lang;
};

} // namespace llmpath::cli
