#pragma once

#include <llmpath/catalog.hpp>
#include <llmpath/date.hpp>
#include <llmpath/error.hpp>

#include "cli/errors.hpp"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <sys/stat.h>
#include <utility>

namespace llmpath {
struct TrackedPlan;
}

namespace llmpath::cli {

/// The widest text llmpath writes, whatever the terminal's width (URLs excepted).
inline constexpr int k_max_width = 100;

/// Global options, shared by every command.
struct GlobalOptions {
    std::string catalog_path; ///< --catalog
    std::string lang;         ///< --lang
    bool no_color = false;    ///< --no-color
    bool no_pager = false;    ///< --no-pager
    std::string today;        ///< --today YYYY-MM-DD
};

/// What the process knows about its surroundings, read once at start-up.
struct Environment {
    bool stdin_tty = false;
    bool stdout_tty = false;
    bool prompt_disabled = false; ///< LLMPATH_PROMPT_DISABLED is set
    bool no_color_env = false;    ///< NO_COLOR set and non-empty, or TERM=dumb
    std::string env_catalog;      ///< LLMPATH_CATALOG
    std::string env_lang;         ///< LLMPATH_LANG
    std::string locale_lang;      ///< from LC_ALL, then LANG: "zh" for zh_*, else the language part
    int width = 80;    ///< terminal columns (COLUMNS, then the terminal; at most 100), 80 off one
    std::string pager; ///< LLMPATH_PAGER, then PAGER, then less; "" for none
    Today today;       ///< --today, LLMPATH_TODAY, or the clock's local date when needed
    std::string llmpath_home;  ///< LLMPATH_HOME
    std::string xdg_data_home; ///< XDG_DATA_HOME
    std::string home;          ///< HOME
    int lock_wait = 10;        ///< LLMPATH_LOCK_WAIT: seconds to wait for the tracked plan

    static Environment read();
    /// --today wins over LLMPATH_TODAY; UsageError for a value that is not a date.
    void apply_today_flag(const std::string& flag);
};

/// The language of the interface (help, prompts, messages), known before the command line is
/// parsed: --lang (or --lang=X) in `argv`, else LLMPATH_LANG, else LC_ALL or LANG; "zh" or "en".
std::string interface_lang(int argc, char** argv);

/// The catalogue a command works on, with its display name for messages.
struct LoadedCatalog {
    std::shared_ptr<const Catalog> catalog;
    std::string source; ///< file name, or "<embedded catalog>"
};

/// --catalog wins over LLMPATH_CATALOG, which wins over the embedded default.
LoadedCatalog load_selected_catalog(const GlobalOptions& global, const Environment& env);

/// The catalogue file the run uses ("" for the embedded one) and where it was named
/// ("--catalog" or "LLMPATH_CATALOG"), for messages.
std::pair<std::string, std::string_view> selected_catalog_path(const GlobalOptions& global,
                                                               const Environment& env);

/// Loads the catalogue in `path` ("-" is stdin); `what` names it in errors. A file over the size
/// limit is a CatalogError, like any other invalid catalogue.
LoadedCatalog load_catalog_file(const std::string& path, std::string_view what);

/// A file over the size limit given to read_input_file; `size` is set when it was known up front.
struct InputTooLarge : UsageError {
    InputTooLarge(const Said& message, std::optional<std::size_t> known_size)
        : UsageError(message), size(known_size) {}
    std::optional<std::size_t> size;
};

/// Checks that `path` exists and is not a folder; UsageError naming `what` otherwise.
struct stat check_input_path(const std::string& path, std::string_view what);

/// Reads a whole file, or stdin for "-". `what` names it in errors ("catalog", "--data-file").
/// Files over `max_bytes` are refused before reading. Throws UsageError (missing, directory),
/// InputTooLarge or Error (I/O).
std::string read_input_file(const std::string& path, std::string_view what, std::size_t max_bytes);

/// --lang, then LLMPATH_LANG, then the locale, then the catalogue's first language.
/// A --lang or LLMPATH_LANG the catalogue lacks is a UsageError (the locale only falls back).
std::string resolve_lang(const GlobalOptions& global, const Environment& env,
                         const Catalog& catalog);

/// The language for a tracking command: --lang, LLMPATH_LANG (each a UsageError if the plan
/// lacks it), the locale (if the plan has it), else the language it was tracked in.
std::string tracked_lang(const GlobalOptions& global, const Environment& env,
                         const TrackedPlan& plan);

/// Colour only on a terminal, never with --no-color, NO_COLOR or TERM=dumb.
bool use_color(const GlobalOptions& global, const Environment& env);

/// Prompts are allowed: stdin and stdout are terminals and LLMPATH_PROMPT_DISABLED is unset.
inline bool interactive(const Environment& env) {
    return env.stdin_tty && env.stdout_tty && !env.prompt_disabled;
}

} // namespace llmpath::cli
