#include "cli/app.hpp"

#include "cli/commands.hpp"
#include "cli/completion.hpp"
#include "cli/context.hpp"
#include "cli/help_format.hpp"
#include "cli/help_words.hpp"
#include "cli/io.hpp"
#include "cli/manpage.hpp"
#include "util/atomic_file.hpp"
#include "util/say.hpp"
#include "util/suggest.hpp"
#include "util/text.hpp"

#include <llmpath/error.hpp>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <iostream>
#include <map>
#include <memory>
#include <span>
#include <sstream>
#include <unistd.h>

namespace llmpath::cli {

namespace {

constexpr const char* k_about =
    "llmpath — plan your move into LLM engineering: find the direction that fits you (data, "
    "platform, application, deployment) and get a dated six-month plan.";

constexpr CommandSpec k_commands[] = {
    {"plan", "Ask about you, recommend a direction and print your dated six-month plan",
     "  llmpath plan                                  # answer the questions in the terminal\n"
     "  llmpath plan --defaults -d background=backend -d python=fluent\n"
     "  llmpath plan --data-file me.json -o plan.md   # Markdown, written atomically\n"
     "  llmpath plan --defaults --start 2027-01-04 --format json\n"
     "  llmpath plan --defaults --direction deployment --lang zh",
     add_plan,
     "  llmpath plan                                  # 在终端里逐题回答\n"
     "  llmpath plan --defaults -d background=backend -d python=fluent\n"
     "  llmpath plan --data-file me.json -o plan.md   # Markdown，原子写入\n"
     "  llmpath plan --defaults --start 2027-01-04 --format json\n"
     "  llmpath plan --defaults --direction deployment --lang zh"},
    {"recommend", "Score the four directions for you and explain the recommendation",
     "  llmpath recommend\n"
     "  llmpath recommend --defaults -d background=product -d business=high\n"
     "  llmpath recommend --data-file me.json --format json",
     add_recommend},
    {"questions", "List the questions, their choices and defaults (for scripts)",
     "  llmpath questions\n"
     "  llmpath questions --format json\n"
     "  llmpath questions --template > me.json        # an answers file to edit",
     add_questions,
     "  llmpath questions\n"
     "  llmpath questions --format json\n"
     "  llmpath questions --template > me.json        # 生成一份回答文件，再自行修改"},
    {"directions", "List the four LLM career directions",
     "  llmpath directions\n"
     "  llmpath directions --lang zh\n"
     "  llmpath directions --format json",
     add_directions},
    {"map", "Show the map of the field: the six layers of the stack, their tools and directions",
     "  llmpath map\n"
     "  llmpath map --lang zh\n"
     "  llmpath map --format json",
     add_map},
    {"show", "Show everything about one direction, phase, pitfall or task",
     "  llmpath show data\n"
     "  llmpath show foundations\n"
     "  llmpath show weak-engineering --lang zh",
     add_show},
    {"catalog", "Validate a catalogue, or print the built-in one to customise",
     "  llmpath catalog validate ours.json\n"
     "  llmpath catalog show > ours.json\n"
     "  llmpath --catalog ours.json plan",
     add_catalog},
    {"track", "Adopt your plan to follow it week by week (same answers as plan)",
     "  llmpath track                                 # answer the questions, then follow\n"
     "  llmpath track --data-file me.json --start 2027-01-04\n"
     "  llmpath track --defaults -d background=backend --force",
     add_track,
     "  llmpath track                                 # 逐题回答，然后开始跟踪\n"
     "  llmpath track --data-file me.json --start 2027-01-04\n"
     "  llmpath track --defaults -d background=backend --force"},
    {"today", "What to do this week in your tracked plan, overdue work first",
     "  llmpath today\n"
     "  llmpath today --today 2027-01-11 --format json",
     add_today},
    {"done", "Tick off tasks of your tracked plan, or record hours done on them",
     "  llmpath done llm-overview\n"
     "  llmpath done bridge-python --hours 3",
     add_done},
    {"skip", "Skip tasks of your tracked plan", "  llmpath skip dl-basics", add_skip},
    {"undo", "Take back the last change to tasks of your tracked plan",
     "  llmpath undo llm-overview", add_undo},
    {"status", "Progress of your tracked plan: hours per phase, ahead or behind, the end",
     "  llmpath status\n"
     "  llmpath status --format json",
     add_status},
    {"history", "What you did in your tracked plan, week by week",
     "  llmpath history\n"
     "  llmpath history --format json",
     add_history},
    {"replan", "Fit what is left of your tracked plan from this week, keeping what is done",
     "  llmpath replan\n"
     "  llmpath replan --hours-per-week 6",
     add_replan},
    {"export",
     "Your tracked plan with its progress, as text, Markdown, JSON, a calendar, CSV or "
     "a checklist",
     "  llmpath export --format markdown > progress.md\n"
     "  llmpath export -o plan.ics                    # a calendar, an event a week\n"
     "  llmpath export --format json",
     add_export,
     "  llmpath export --format markdown > progress.md\n"
     "  llmpath export -o plan.ics                    # 日历，每周一个事件\n"
     "  llmpath export --format json"},
    {"batch",
     "Plans for a cohort: one answers object per line in, one plan per line out, or "
     "one file per learner",
     "  llmpath batch cohort.jsonl > plans.jsonl\n"
     "  cat cohort.jsonl | llmpath batch - --start 2027-01-04\n"
     "  llmpath batch cohort.jsonl --out-dir cohort --format checklist",
     add_batch},
    {"cohort",
     "A team's progress from the learners' exports: one row each, most behind first, "
     "who has stalled",
     "  llmpath cohort team/                          # every .json file in team/\n"
     "  llmpath cohort ada.json bo.json --format markdown > week-50.md\n"
     "  llmpath cohort team/ --today 2027-01-11 --format csv",
     add_cohort},
    {"completion", "Print the shell completion script for bash, zsh or fish",
     "  source <(llmpath completion bash)\n"
     "  llmpath completion zsh > ~/.zfunc/_llmpath\n"
     "  llmpath completion fish > ~/.config/fish/completions/llmpath.fish",
     add_completion},
};

extern "C" void on_interrupt(int) {
    util::remove_pending_temp_files();
    const char nl = '\n';
    [[maybe_unused]] auto ignored = ::write(2, &nl, 1);
    ::_exit(static_cast<int>(ExitCode::interrupted));
}

/// The words of the command line that are not flags or the values of the global flags, by
/// position: the command, a subcommand, positional arguments. Read before CLI11 parses, for what
/// CLI11 2.1 cannot say: `help COMMAND`, and an unknown command (it would call it an extra
/// argument, or for `catalog WORD` only say a subcommand is required).
std::vector<int> command_words(int argc, char** argv) {
    std::vector<int> words;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--catalog" || arg == "--lang" || arg == "--today") {
            ++i; // the flag's value
        } else if (!arg.empty() && arg[0] != '-') {
            words.push_back(i);
        }
    }
    return words;
}

/// The error for an unknown first word (or an unknown word after `catalog`), if there is one.
std::optional<Said> unknown_command(int argc, char** argv) {
    const auto words = command_words(argc, argv);
    if (words.empty()) {
        return std::nullopt;
    }
    std::vector<std::string> names{"help"};
    for (const auto& c : k_commands) {
        names.emplace_back(c.name);
    }
    const std::string first = argv[words[0]];
    if (first == "__complete" || first == "__man") {
        return std::nullopt; // hidden: for the completion scripts and the build
    }
    if (std::find(names.begin(), names.end(), first) == names.end()) {
        return util::say(msg::unknown_command, util::quoted(first), util::suggestion(first, names));
    }
    if (first != "catalog" || words.size() < 2) {
        return std::nullopt;
    }
    const std::vector<std::string> sub{"validate", "show"};
    const std::string second = argv[words[1]];
    if (std::find(sub.begin(), sub.end(), second) != sub.end()) {
        return std::nullopt;
    }
    const auto close = util::closest(second, sub);
    return util::say(msg::unknown_catalog_command, util::quoted("catalog " + second),
                     close ? util::say(msg::did_you_mean, "catalog " + *close) : Said{});
}

/// `llmpath help [COMMAND]`: the topic ("" for the overview), or nullopt for any other command.
/// Handled before CLI11 parses, which would take COMMAND for the command itself.
std::optional<std::string> help_topic(int argc, char** argv) {
    const auto words = command_words(argc, argv);
    if (words.empty() || std::string_view(argv[words[0]]) != "help") {
        return std::nullopt;
    }
    return words[0] + 1 < argc ? std::string(argv[words[0] + 1]) : std::string();
}

/// " (did you mean '--defaults'?)" for the first unexpected flag, from the flags `command` and
/// the global options accept; empty when none is close.
Said flag_suggestion(const CLI::App& app, const CLI::App& command) {
    std::vector<std::string> flags;
    for (const CLI::App* owner : {&command, &app}) {
        for (const CLI::Option* option : owner->get_options()) {
            for (const auto& name : option->get_lnames()) {
                flags.push_back("--" + name);
            }
        }
    }
    std::vector<std::string> extras = app.remaining();
    if (&command != &app) {
        const auto more = command.remaining();
        extras.insert(extras.end(), more.begin(), more.end());
    }
    for (const auto& extra : extras) {
        if (extra.rfind("--", 0) == 0) {
            return util::suggestion(extra.substr(0, extra.find('=')), flags);
        }
    }
    return {};
}

/// What CLI11 found wrong, in both languages: the arguments it did not expect are named in
/// each; its other messages name the flag and the value, and keep CLI11's own words.
Said parse_error_words(const CLI::App& app, const CLI::App& command, const CLI::ParseError& e) {
    if (dynamic_cast<const CLI::ExtrasError*>(&e) != nullptr) {
        std::vector<std::string> extras = app.remaining();
        if (&command != &app) {
            const auto more = command.remaining();
            extras.insert(extras.end(), more.begin(), more.end());
        }
        if (!extras.empty()) {
            return util::say(extras.size() == 1 ? msg::extra_argument : msg::extra_arguments,
                             util::join(extras, " "));
        }
    }
    const ParseErrorKind kind =
        dynamic_cast<const CLI::RequiredError*>(&e) != nullptr      ? ParseErrorKind::required
        : dynamic_cast<const CLI::ArgumentMismatch*>(&e) != nullptr ? ParseErrorKind::mismatch
        : dynamic_cast<const CLI::ValidationError*>(&e) != nullptr  ? ParseErrorKind::validation
        : dynamic_cast<const CLI::ConversionError*>(&e) != nullptr  ? ParseErrorKind::conversion
                                                                    : ParseErrorKind::other;
    const std::string en = util::lower_first(e.what());
    if (auto zh = parse_error_zh(kind, e.what())) {
        return {en, *zh};
    }
    return util::say(msg::bad_flag_value, en);
}

int print_help(const CLI::App& app, const std::string& topic, Io& io) {
    if (topic.empty()) {
        io.out(app.help());
        return 0;
    }
    std::vector<std::string> names;
    for (const auto& spec : k_commands) {
        if (topic == spec.name) {
            io.out(app.get_subcommand(spec.name)->help("llmpath"));
            return 0;
        }
        names.emplace_back(spec.name);
    }
    throw UsageError(util::say(msg::no_help, util::quoted(topic), util::suggestion(topic, names)));
}

/// The parser: the global flags and the commands, all of them when `argv` names none (the
/// overview of `--help`, completion, the man page), else only those it names.
void build_app(CLI::App& app, const std::shared_ptr<HelpFormatter>& help, Shared& shared, int argc,
               char** argv, const std::string& version) {
    HelpFormatter& formatter = *help;
    app.formatter(help);
    app.footer(help_footer(shared.lang));
    app.set_version_flag("--version", version);
    app.fallthrough();
    app.add_option("--catalog", shared.global.catalog_path,
                   "Use this catalogue file instead of the built-in one (also LLMPATH_CATALOG)")
        ->type_name("FILE")
        ->check(file_name_check());
    app.add_option("--lang", shared.global.lang,
                   "Language of the output: en or zh (also LLMPATH_LANG, LC_ALL, LANG)")
        ->type_name("LANG");
    app.add_flag("--no-color", shared.global.no_color, "Never colour the output (also NO_COLOR)");
    app.add_flag("--no-pager", shared.global.no_pager,
                 "Never page long output (also an empty LLMPATH_PAGER)");
    app.add_option("--today", shared.global.today,
                   "Act as if today were this day (also LLMPATH_TODAY); default: the clock")
        ->type_name("YYYY-MM-DD");
    formatter.examples[&app] = "  llmpath plan\n"
                               "  llmpath plan --defaults -d background=backend -o plan.md\n"
                               "  llmpath directions --lang zh\n"
                               "  llmpath help plan";

    // Only the commands named on the command line are built: the others cannot run, and building
    // them all cost a quarter of a `plan` run's work. The command that runs, or whose help is
    // asked for, is always named; with none named (`llmpath`, `llmpath --help`) all are built, for
    // the list of commands.
    const std::span<char*> args(argv + 1, static_cast<std::size_t>(std::max(argc - 1, 0)));
    auto named = [&](const CommandSpec& spec) {
        return std::any_of(args.begin(), args.end(),
                           [&](const char* arg) { return std::string_view(spec.name) == arg; });
    };
    const bool all = std::none_of(std::begin(k_commands), std::end(k_commands), named);
    for (const auto& spec : k_commands) {
        if (all || named(spec)) {
            CLI::App* command = app.add_subcommand(spec.name, spec.description);
            command->footer(exit_codes_line(shared.lang));
            formatter.examples[command] = shared.lang == "zh" && spec.examples_zh != nullptr
                                              ? spec.examples_zh
                                              : spec.examples;
            spec.add(*command, shared);
        }
    }

    app.add_subcommand("help", "Show help for a command: llmpath help COMMAND");
}

/// `llmpath __complete WORD...` (the completion scripts ask it) and `llmpath __man` (the build
/// writes the man page with it): hidden commands that read the parser itself.
int run_hidden(const CLI::App& app, const HelpFormatter& formatter, int argc, char** argv,
               Shared& shared) {
    if (std::string_view(argv[1]) == "__man") {
        shared.io.out(render_manpage({app, formatter.examples, environment_items(),
                                      exit_code_items(), LLMPATH_VERSION, LLMPATH_RELEASE_DATE}));
        return 0;
    }
    std::vector<std::string> words(argv + 2, argv + argc);
    if (!words.empty() && words.front() == "--") {
        words.erase(words.begin());
    }
    shared.io.out(complete(app, words, shared));
    return 0;
}

int run_parsed(int argc, char** argv, Shared& shared) {
    // CLI11 answers --version by throwing, and the first exception thrown in a static binary sorts
    // its whole unwind table (about 20 million instructions); the plain case needs no parser.
    const std::string version = std::string("llmpath ") + LLMPATH_VERSION;
    if (argc == 2 && std::string_view(argv[1]) == "--version") {
        shared.io.out(version + "\n");
        return 0;
    }
    CLI::App app{k_about, "llmpath"};
    auto formatter = std::make_shared<HelpFormatter>(shared.lang);
    const bool hidden = argc >= 2 && (std::string_view(argv[1]) == "__complete" ||
                                      std::string_view(argv[1]) == "__man");
    build_app(app, formatter, shared, hidden ? 1 : argc, argv, version);
    if (hidden) {
        return run_hidden(app, *formatter, argc, argv, shared);
    }
    if (auto topic = help_topic(argc, argv)) {
        return print_help(app, *topic, shared.io);
    }

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        std::ostringstream out;
        std::ostringstream err;
        app.exit(e, out, err);
        shared.io.out(out.str());
        return 0;
    } catch (const CLI::CallForVersion& e) {
        shared.io.out(std::string(e.what()) + "\n");
        return 0;
    } catch (const CLI::ParseError& e) {
        std::string where;
        const CLI::App* command = &app;
        for (const auto* sub : app.get_subcommands()) {
            where = std::string(" ") + sub->get_name();
            command = sub;
        }
        throw UsageError(util::say(msg::parse_error, parse_error_words(app, *command, e),
                                   flag_suggestion(app, *command), where));
    }

    if (!shared.action) {
        shared.io.out(app.help());
        return 0;
    }
    shared.env.apply_today_flag(shared.global.today);
    if (shared.env.stdout_tty && !shared.global.no_pager) {
        shared.io.set_pager(shared.env.pager);
    }
    return shared.action();
}

} // namespace

TextOptions text_options(const Shared& shared) {
    TextOptions options;
    options.color = use_color(shared.global, shared.env);
    options.width = shared.env.width;
    return options;
}

CLI::Option* add_format_option(CLI::App& command, std::string& target, const std::string& allowed) {
    std::vector<std::string> values;
    std::string::size_type start = 0;
    while (start <= allowed.size()) {
        const auto bar = allowed.find('|', start);
        values.push_back(allowed.substr(start, bar == std::string::npos ? bar : bar - start));
        if (bar == std::string::npos) {
            break;
        }
        start = bar + 1;
    }
    return command.add_option("--format", target, "Output format: " + allowed)
        ->type_name("FORMAT")
        ->check(CLI::IsMember(values));
}

void add_catalog_screen(CLI::App& command, Shared& shared, ScreenText text, ScreenJson json) {
    auto format = std::make_shared<std::string>("text");
    add_format_option(command, *format, "text|json");
    command.callback([format, &shared, text, json] {
        shared.action = [format, &shared, text, json] {
            const auto loaded = load_selected_catalog(shared.global, shared.env);
            const std::string lang = resolve_lang(shared.global, shared.env, *loaded.catalog);
            shared.io.show(*format == "json" ? json(*loaded.catalog, lang)
                                             : text(*loaded.catalog, lang, shared.env.width,
                                                    use_color(shared.global, shared.env)));
            return 0;
        };
    });
}

namespace {

/// Opens /dev/null on whichever of stdin, stdout and stderr is closed (`2>&-`), so that no file
/// llmpath opens takes its number and receives its messages or output.
void open_standard_streams() {
    for (int fd = 0; fd <= 2; ++fd) {
        if (::fcntl(fd, F_GETFD) == -1 && errno == EBADF) {
            const int null = ::open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY);
            if (null >= 0 && null != fd) {
                ::dup2(null, fd);
                ::close(null);
            }
        }
    }
}

} // namespace

int run(int argc, char** argv) {
    open_standard_streams();
    std::signal(SIGINT, on_interrupt);
    std::signal(SIGTERM, on_interrupt);
    std::signal(SIGPIPE, SIG_IGN); // a closed pipe shows up as EPIPE in Io::out
    Io io(std::cin, std::cout);
    const std::string lang = interface_lang(argc, argv);
    try {
        if (auto message = unknown_command(argc, argv)) {
            throw UsageError(*message);
        }
        // Built in place on the heap: as a local aggregate whose environment may throw, GCC 12
        // reports its strings "maybe uninitialized" in the unwinding (a false positive).
        auto shared = std::make_unique<Shared>(GlobalOptions{}, Environment::read(), io,
                                               std::function<int()>{}, lang);
        return run_parsed(argc, argv, *shared);
    } catch (const Error& e) {
        io.error(e.text(lang));
        return static_cast<int>(e.code());
    } catch (const std::bad_alloc&) {
        io.error(util::say(msg::out_of_memory).in(lang));
        return static_cast<int>(ExitCode::failure);
    } catch (const std::exception& e) {
        io.error(util::say(msg::unexpected, std::string(e.what())).in(lang));
        return static_cast<int>(ExitCode::failure);
    }
}

} // namespace llmpath::cli
