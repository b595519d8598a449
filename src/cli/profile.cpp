#include "cli/profile.hpp"

#include "util/atomic_file.hpp"
#include "util/say.hpp"
#include "util/text.hpp"

#include <llmpath/error.hpp>
#include <llmpath/questionnaire.hpp>

#include "util/suggest.hpp"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstring>
#include <iostream>
#include <sys/stat.h>
#include <system_error>

namespace llmpath::cli {

namespace {

constexpr std::size_t k_max_answers_bytes = 1u
                                            << 20; // 1 MiB: an answers file is a few hundred bytes

} // namespace

void add_answer_flags(CLI::App& command, AnswerFlags& flags) {
    command
        .add_option("-d,--data", flags.data,
                    "Answer a question: KEY=VALUE (repeatable; multiple choice as a,b)")
        ->type_name("KEY=VALUE")
        ->allow_extra_args(false);
    command
        .add_option("--data-file", flags.data_file,
                    "Read answers from a JSON object file ('-' reads stdin)")
        ->type_name("FILE")
        ->check(file_name_check());
    command.add_flag("--defaults,--no-input", flags.defaults,
                     "Take the default for every question not answered; never prompt");
    command
        .add_option("--save-answers", flags.save_answers,
                    "Save the final answers as a file --data-file can replay ('-' is stdout, "
                    "when the plan goes to a file)")
        ->type_name("FILE")
        ->check(file_name_check());
    command
        .add_option("--direction", flags.direction,
                    "Plan for this direction instead of the recommended one")
        ->type_name("ID");
    command.add_option("--start", flags.start, "First day of the plan (default: today)")
        ->type_name("YYYY-MM-DD");
    command.add_flag("-f,--force", flags.force, "Overwrite existing output files");
}

void add_whole_path_flag(CLI::App& command, bool& whole_path) {
    command.add_flag("--whole-path", whole_path,
                     "Plan the whole path at your hours, however long it takes, instead of "
                     "keeping what matters most in six months");
}

void add_gpu_price_flag(CLI::App& command, std::vector<std::string>& prices) {
    command
        .add_option("--gpu-price", prices,
                    "What one GPU-hour of a class costs you: CLASS=PRICE in the catalogue's "
                    "currency (repeatable; default: the catalogue's prices and the date they "
                    "were checked, docs/content.md)")
        ->type_name("CLASS=PRICE")
        ->allow_extra_args(false);
}

std::map<std::string, std::int64_t> parse_gpu_prices(const Catalog& catalog,
                                                     const std::vector<std::string>& values) {
    std::map<std::string, std::int64_t> out;
    std::vector<std::string> ids;
    for (const auto& c : catalog.gpu.classes) {
        ids.push_back(c.id);
    }
    for (const auto& raw : values) {
        const auto eq = raw.find('=');
        const std::string id(util::trim(std::string_view(raw).substr(0, eq)));
        const std::string price =
            eq == std::string::npos ? "" : std::string(util::trim(raw.substr(eq + 1)));
        if (eq == std::string::npos || id.empty() || price.empty()) {
            throw UsageError(util::say(msg::gpu_price_pair, util::quoted(raw),
                                       ids.empty() ? std::string("gpu-80gb") : ids.back()));
        }
        if (catalog.gpu.find(id) == nullptr) {
            throw UsageError(util::say(msg::gpu_unknown, util::quoted(id),
                                       util::suggestion(id, ids),
                                       ids.empty() ? util::say(msg::none) : util::listed(ids)));
        }
        double value = -1;
        const auto [end, ec] = std::from_chars(price.data(), price.data() + price.size(), value);
        if (ec != std::errc{} || end != price.data() + price.size() || !(value >= 0) ||
            value > 100'000) {
            throw UsageError(util::say(msg::gpu_bad_price, util::quoted(raw)));
        }
        out[id] = std::llround(value * 100);
    }
    return out;
}

void check_direction(const Catalog& catalog, const std::string& id) {
    if (catalog.find_direction(id) == nullptr) {
        recommend(catalog, Answers{}, id); // throws the usage error, with the directions to choose
    }
}

Date parse_start_flag(const std::string& text) {
    if (auto d = Date::parse(text)) {
        return *d;
    }
    throw UsageError(util::say(msg::start_not_date, util::quoted(text)));
}

namespace {

/// The sources of the answers: -d, --start, the file, the defaults.
AnswerInput answer_input(const AnswerFlags& flags, Shared& shared) {
    AnswerInput input;
    input.flags = flags.data;
    input.use_defaults = flags.defaults;
    input.today = shared.env.today;
    if (!flags.start.empty()) {
        input.start_date = parse_start_flag(flags.start);
    }
    if (!flags.data_file.empty()) {
        input.file_name = flags.data_file == "-" ? "<stdin>" : flags.data_file;
        input.file_text = read_input_file(flags.data_file, "--data-file", k_max_answers_bytes);
    }
    return input;
}

/// The questions still missing, asked at the terminal (or the error that names them).
Answers ask_the_rest(const Catalog& catalog, const Gathered& gathered, const AnswerFlags& flags,
                     const std::string& lang, Shared& shared) {
    if (!interactive(shared.env) || flags.defaults) {
        throw missing_answers_error(gathered.missing, flags.defaults);
    }
    PromptOptions prompt;
    prompt.lang = lang;
    prompt.color = use_color(shared.global, shared.env);
    prompt.today = shared.env.today.get();
    prompt.width = shared.env.width;
    Answers answers =
        run_questionnaire(catalog, gathered.answers, shared.io.in(), shared.io.terminal(), prompt);
    shared.io.terminal() << std::flush;
    return answers;
}

} // namespace

Profile build_profile(const AnswerFlags& flags, Shared& shared) {
    Profile profile;
    if (const auto [path, what] = selected_catalog_path(shared.global, shared.env);
        path == "-" && flags.data_file == "-") {
        throw UsageError(util::say(msg::both_stdin_data, std::string(what)));
    }
    profile.loaded = load_selected_catalog(shared.global, shared.env);
    const Catalog& catalog = *profile.loaded.catalog;
    profile.lang = resolve_lang(shared.global, shared.env, catalog);
    profile.overrides.gpu_cents = parse_gpu_prices(catalog, flags.gpu_prices);
    profile.overrides.whole_path = flags.whole_path;
    if (!flags.direction.empty()) {
        check_direction(catalog, flags.direction); // before any question is asked
        profile.overrides.direction = flags.direction;
    }
    Gathered gathered = gather_answers(catalog, answer_input(flags, shared));
    if (!gathered.missing.empty()) {
        gathered.answers = ask_the_rest(catalog, gathered, flags, profile.lang, shared);
        profile.prompted = true;
    }
    profile.answers = std::move(gathered.answers);
    return profile;
}

std::string saved_answers_json(const Profile& profile) {
    const Catalog& catalog = *profile.loaded.catalog;
    return answers_to_json(catalog, profile.answers, 2, answers_metadata(catalog), true);
}

std::string output_format(const std::string& output, const std::string& allowed) {
    if (output.empty() || output == "-") {
        return "text";
    }
    static const std::pair<const char*, const char*> k_extensions[] = {
        {".md", "markdown"}, {".markdown", "markdown"}, {".json", "json"},
        {".txt", "text"},    {".ics", "ics"},           {".csv", "csv"}};
    const auto formats = util::split(allowed, '|');
    const auto dot = output.rfind('.');
    const std::string ext = dot == std::string::npos ? "" : util::ascii_lower(output.substr(dot));
    std::vector<std::string> names;
    for (const auto& [e, format] : k_extensions) {
        const bool ok = std::find(formats.begin(), formats.end(), format) != formats.end();
        if (ok && ext == e) {
            return format;
        }
        if (ok && std::string_view(e) != ".markdown") {
            names.emplace_back(e);
        }
    }
    throw UsageError(util::say(msg::no_format_for_name, output,
                               Said{util::join(names, ", ", " or "), util::join(names, "、")},
                               allowed));
}

void check_output_path(const std::string& path, bool force, std::string_view what) {
    const std::string flag(what);
    if (path.empty()) {
        throw UsageError(util::say(msg::file_name_empty, flag));
    }
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0) {
        const auto slash = path.rfind('/');
        const std::string folder =
            slash == std::string::npos ? "." : path.substr(0, std::max<std::size_t>(slash, 1));
        if (::stat(folder.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) {
            throw Error(util::say(msg::out_folder_missing, flag, path, folder), ExitCode::failure);
        }
        return;
    }
    if (S_ISDIR(st.st_mode)) {
        throw UsageError(util::say(msg::is_folder, flag, path));
    }
    if (!S_ISREG(st.st_mode)) {
        // Even with --force: the rename would put a regular file in place of a device, a FIFO or
        // a link, which is not the file that was asked for.
        throw UsageError(
            util::say(S_ISLNK(st.st_mode) ? msg::out_symlink : msg::out_not_regular, flag, path));
    }
    if (!force) {
        throw UsageError(util::say(msg::file_exists, flag, path));
    }
}

void check_output_paths(const std::vector<OutputFile>& files) {
    for (std::size_t i = 0; i < files.size(); ++i) {
        check_output_path(files[i].path, files[i].force, files[i].what);
        for (std::size_t k = 0; k < i; ++k) {
            if (files[k].path == files[i].path) {
                throw UsageError(
                    util::say(msg::out_same_file, files[i].what, files[i].path, files[k].what));
            }
        }
    }
}

void write_output_files(const std::vector<OutputFile>& files) {
    check_output_paths(files); // every one before any is written
    std::vector<std::string> made;
    for (const auto& file : files) {
        struct stat st {};
        const bool existed = ::lstat(file.path.c_str(), &st) == 0;
        try {
            util::write_file_atomically(file.path, file.content, file.force);
        } catch (const std::system_error& e) {
            for (const auto& path : made) {
                ::unlink(path.c_str()); // a failed command leaves none of its new files behind
            }
            Said reason = util::os_reason(e.code().value());
            reason.en = util::lower_first(e.code().message());
            throw Error(util::say(msg::out_cannot_write, file.what, file.path, reason),
                        ExitCode::failure);
        }
        if (!existed) {
            made.push_back(file.path);
        }
    }
}

bool save_answers_to_stdout(const AnswerFlags& flags, bool stdout_free) {
    if (flags.save_answers != "-") {
        return false;
    }
    if (!stdout_free) {
        throw UsageError(util::say(msg::save_answers_stdout));
    }
    return true;
}

CLI::Validator file_name_check() {
    return CLI::Validator(
        [](std::string& value) {
            return value.empty() ? std::string("the file name is empty; name a file ('-' is "
                                               "standard input or output)")
                                 : std::string();
        },
        "");
}

void write_output_file(const std::string& path, const std::string& content, bool force,
                       std::string_view what) {
    write_output_files({{path, content, force, std::string(what)}});
}

} // namespace llmpath::cli
