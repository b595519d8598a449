#pragma once

#include "cli/context.hpp"
#include "cli/io.hpp"

#include <llmpath/planner.hpp>
#include <llmpath/render.hpp>

#include <CLI/CLI.hpp>

#include <functional>
#include <string>

namespace llmpath::cli {

/// State every command shares: the global flags, the environment, and the command to run.
struct Shared {
    GlobalOptions global;
    Environment env;
    Io& io;                      ///< everything a command prints goes through it
    std::function<int()> action; ///< set by the parsed subcommand's callback
    std::string lang = "en";     ///< the interface's language (interface_lang), for help
};

/// One entry per command, written once: name, one-line description, examples for its help.
struct CommandSpec {
    const char* name;
    const char* description;
    const char* examples;
    void (*add)(CLI::App& command, Shared& shared);
    /// The examples with their comments in Chinese; nullptr when they have no comment.
    const char* examples_zh = nullptr;
};

void add_plan(CLI::App& command, Shared& shared);
void add_recommend(CLI::App& command, Shared& shared);
void add_questions(CLI::App& command, Shared& shared);
void add_directions(CLI::App& command, Shared& shared);
void add_map(CLI::App& command, Shared& shared);
void add_show(CLI::App& command, Shared& shared);
void add_catalog(CLI::App& command, Shared& shared);
void add_batch(CLI::App& command, Shared& shared);
void add_track(CLI::App& command, Shared& shared);
void add_today(CLI::App& command, Shared& shared);
void add_status(CLI::App& command, Shared& shared);
void add_history(CLI::App& command, Shared& shared);
void add_done(CLI::App& command, Shared& shared);
void add_skip(CLI::App& command, Shared& shared);
void add_undo(CLI::App& command, Shared& shared);
void add_replan(CLI::App& command, Shared& shared);
void add_export(CLI::App& command, Shared& shared);
void add_cohort(CLI::App& command, Shared& shared);

struct Profile;
/// Adopts `plan` as the tracked plan of `name` ("" for no one named), replacing one only with
/// `force`, and says so.
void save_tracked_plan(const Profile& profile, const PlannedPath& path, Shared& shared, bool force,
                       const std::string& format, const std::string& name);

/// Text options for stdout: colour on a terminal, its width.
TextOptions text_options(const Shared& shared);

/// A CLI11 check for every flag that names a file or folder: the name is not empty (`-o ''`
/// would otherwise mean stdout, `--catalog ''` the built-in catalogue).
CLI::Validator file_name_check();

/// Adds `--format` restricted to `allowed`, with `fallback` when it is not given.
CLI::Option* add_format_option(CLI::App& command, std::string& target, const std::string& allowed);

/// A catalogue screen: the selected catalogue in the user's language, as text or (--format json)
/// JSON, from the two renderers.
using ScreenText = std::string (*)(const Catalog&, std::string_view lang, int width, bool color);
using ScreenJson = std::string (*)(const Catalog&, std::string_view lang);
void add_catalog_screen(CLI::App& command, Shared& shared, ScreenText text, ScreenJson json);

} // namespace llmpath::cli
