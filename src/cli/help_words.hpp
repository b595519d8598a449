#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace llmpath::cli {

/// One text of the help in both languages.
struct HelpWords {
    std::string_view en;
    std::string_view zh;
};

/// The help's own words (headings, the footer's lead-ins), in both languages.
struct HelpChrome {
    std::string_view usage;            ///< "Usage"
    std::string_view options;          ///< "OPTIONS", in the usage line
    std::string_view command;          ///< "SUBCOMMAND", in the usage line
    std::string_view options_head;     ///< "Options:"
    std::string_view commands_head;    ///< "Subcommands:"
    std::string_view positionals_head; ///< "Positionals:"
    std::string_view examples;         ///< "Examples:"
    std::string_view required;         ///< "REQUIRED"
    std::string_view exit_codes;       ///< "Exit codes:"
    std::string_view environment;      ///< "Environment: "
    std::string_view item_sep;         ///< between the footer's items
    std::string_view open;             ///< around an item's meaning
    std::string_view close;
    std::string_view end; ///< after the environment list
    /// A whole number's range, after an option's placeholder: CLI::Range writes "INT in [{0} -
    /// {1}]"; ours replaces it in Chinese.
    std::string_view whole_range;
};

const HelpChrome& help_chrome(std::string_view lang);

/// An option's, a command's or an argument's description in `lang`: its Chinese text for "zh"
/// (the help table, help_words.cpp), else `en` itself. A description the table lacks is
/// returned as given; a test holds every description of the parser to the table.
std::string help_text(std::string_view en, std::string_view lang);

/// Whether the table has a Chinese text for `en`.
bool has_help_text(std::string_view en);

/// The kinds of command-line mistakes CLI11 reports.
enum class ParseErrorKind { required, mismatch, validation, conversion, other };

/// CLI11's message (`message`, as it says it) in Chinese: the flag and the value it names, in
/// Chinese words; nullopt for a message of no known form.
std::optional<std::string> parse_error_zh(ParseErrorKind kind, const std::string& message);

} // namespace llmpath::cli
