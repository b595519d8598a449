#include "cli/context.hpp"

#include "util/say.hpp"
#include "util/text.hpp"

#include <llmpath/error.hpp>
#include <llmpath/tracking.hpp>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <functional>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace llmpath::cli {

namespace {

std::string env_or_empty(const char* name) {
    const char* v = std::getenv(name);
    return v ? v : "";
}

std::string language_of_locale(const std::string& locale) {
    if (locale.empty() || locale == "C" || locale == "POSIX") {
        return "";
    }
    const auto end = locale.find_first_of("_.@");
    return locale.substr(0, end);
}

/// What read_input_file's `what` is called in each language: "catalog" and 内容库; a flag or an
/// environment variable is the same in both.
Said input_name(std::string_view what) {
    for (const auto* words : {&msg::name_catalog, &msg::the_tracked_plan, &msg::name_batch_input,
                              &msg::name_learner_export}) {
        if (what == words->en) {
            return {std::string(words->en), std::string(words->zh)};
        }
    }
    return {std::string(what), std::string(what)};
}

Said fmt_error(std::string_view what, const std::string& label, Said reason) {
    reason.en = util::lower_first(reason.en);
    return util::say(msg::file_problem, input_name(what), label, reason);
}

std::string format_mib(std::size_t bytes) {
    // Rounded up to a tenth, as the catalogue loader does, so a file just over a limit never
    // reads as the limit itself.
    constexpr std::size_t k_mib = 1024 * 1024;
    const std::size_t tenths = (bytes * 10 + k_mib - 1) / k_mib;
    return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10);
}

/// LLMPATH_LOCK_WAIT: a whole number of seconds from 0 to 3600, nothing else.
int parse_lock_wait(const std::string& text) {
    int seconds = -1;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), seconds);
    if (ec != std::errc{} || end != text.data() + text.size() || seconds < 0 || seconds > 3600) {
        throw UsageError(util::say(msg::lock_wait_bad, util::quoted(text)));
    }
    return seconds;
}

/// The language named by --lang, else by LLMPATH_LANG (empty: neither); `has` says whether the
/// catalogue or the tracked plan has it, `what` names which ("catalogue", "tracked plan").
/// Named and missing is a UsageError, for the flag and the variable alike.
std::string chosen_lang(const GlobalOptions& global, const Environment& env,
                        const std::function<bool(const std::string&)>& has,
                        const std::vector<std::string>& known, std::string_view what) {
    const bool flag = !global.lang.empty();
    const std::string& lang = flag ? global.lang : env.env_lang;
    if (!lang.empty() && !has(lang)) {
        throw UsageError(
            util::say(msg::no_lang, std::string(flag ? "--lang" : "LLMPATH_LANG"),
                      util::say(what == "catalogue" ? msg::the_catalogue : msg::the_tracked_plan),
                      util::quoted(lang), util::listed(known)));
    }
    return lang;
}

} // namespace

std::string interface_lang(int argc, char** argv) {
    std::string named;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--") {
            break;
        }
        if (arg == "--lang" && i + 1 < argc) {
            named = argv[i + 1];
        } else if (arg.starts_with("--lang=")) {
            named = std::string(arg.substr(7));
        }
    }
    if (named.empty()) {
        named = env_or_empty("LLMPATH_LANG");
    }
    if (named.empty()) {
        named = env_or_empty("LC_ALL");
        named = language_of_locale(named.empty() ? env_or_empty("LANG") : named);
    }
    return named == "zh" ? "zh" : "en";
}

Environment Environment::read() {
    Environment env;
    env.stdin_tty = ::isatty(0) == 1;
    env.stdout_tty = ::isatty(1) == 1;
    env.prompt_disabled = std::getenv("LLMPATH_PROMPT_DISABLED") != nullptr;
    env.no_color_env = !env_or_empty("NO_COLOR").empty() || env_or_empty("TERM") == "dumb";
    env.env_catalog = env_or_empty("LLMPATH_CATALOG");
    env.env_lang = env_or_empty("LLMPATH_LANG");
    std::string locale = env_or_empty("LC_ALL");
    if (locale.empty()) {
        locale = env_or_empty("LANG");
    }
    env.locale_lang = language_of_locale(locale);

    int width = 0;
    if (const auto columns = env_or_empty("COLUMNS"); !columns.empty()) {
        width = std::atoi(columns.c_str());
    } else if (env.stdout_tty) {
        winsize ws{};
        if (::ioctl(1, TIOCGWINSZ, &ws) == 0) {
            width = ws.ws_col;
        }
    }
    // Lines wider than 100 columns are hard to read, however wide the terminal.
    env.width = width <= 0 ? 80 : std::clamp(width, 40, k_max_width);
    if (const char* pager = std::getenv("LLMPATH_PAGER"); pager != nullptr) {
        env.pager = pager; // set but empty: no pager
    } else if (const char* p = std::getenv("PAGER"); p != nullptr && *p != '\0') {
        env.pager = p;
    } else {
        env.pager = "less";
    }

    env.llmpath_home = env_or_empty("LLMPATH_HOME");
    env.xdg_data_home = env_or_empty("XDG_DATA_HOME");
    env.home = env_or_empty("HOME");
    if (const auto wait = env_or_empty("LLMPATH_LOCK_WAIT"); !wait.empty()) {
        env.lock_wait = parse_lock_wait(wait);
    }
    // Reading the time zone costs a run several system calls and pages of code: only if needed.
    env.today = Today(+[] {
        const std::time_t now = std::time(nullptr);
        std::tm local{};
        ::localtime_r(&now, &local);
        return Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
    });
    if (const auto fixed = env_or_empty("LLMPATH_TODAY"); !fixed.empty()) {
        const auto d = Date::parse(fixed);
        if (!d) {
            throw UsageError(
                util::say(msg::today_not_date, std::string("LLMPATH_TODAY"), util::quoted(fixed)));
        }
        env.today = Today(*d);
    }
    return env;
}

void Environment::apply_today_flag(const std::string& flag) {
    if (flag.empty()) {
        return;
    }
    const auto d = Date::parse(flag);
    if (!d) {
        throw UsageError(
            util::say(msg::today_not_date, std::string("--today"), util::quoted(flag)));
    }
    today = Today(*d);
}

struct stat check_input_path(const std::string& path, std::string_view what) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
        throw UsageError(fmt_error(what, path, util::os_reason(errno)));
    }
    if (S_ISDIR(st.st_mode)) {
        throw UsageError(fmt_error(what, path, util::say(msg::is_directory)));
    }
    return st;
}

namespace {

/// Closes a file descriptor other than stdin's when it goes out of scope.
struct InputFd {
    int fd = 0;
    ~InputFd() {
        if (fd != 0) {
            ::close(fd);
        }
    }
};

/// Reads `fd` to its end into a string (whose capacity is the file's size when it is known, so
/// that a 34 MB catalogue is read in place, never copied as the string grows).
std::string read_all(int fd, std::optional<std::size_t> size, std::string_view what,
                     const std::string& label, std::size_t max_bytes) {
    std::string content;
    if (size) {
        content.reserve(*size + 1); // and the read that finds the end
    }
    while (true) {
        const std::size_t used = content.size();
        std::size_t room = content.capacity() - used;
        if (room == 0 || (!size && room < 65536)) {
            room = std::max<std::size_t>(65536, used); // grows geometrically
        }
        content.resize(used + room);
        const ssize_t n = ::read(fd, content.data() + used, room);
        content.resize(used + static_cast<std::size_t>(std::max<ssize_t>(n, 0)));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            throw Error(fmt_error(what, label, util::os_reason(errno)), ExitCode::failure);
        }
        if (n == 0) {
            return content;
        }
        if (content.size() > max_bytes) {
            throw InputTooLarge(
                util::say(msg::input_over_limit, input_name(what), label, max_bytes >> 20),
                std::nullopt);
        }
    }
}

} // namespace

std::string read_input_file(const std::string& path, std::string_view what, std::size_t max_bytes) {
    const std::string label = path == "-" ? "<stdin>" : path;
    InputFd input;
    std::optional<std::size_t> size; // known for a regular file
    if (path != "-") {
        const struct stat st = check_input_path(path, what);
        if (S_ISREG(st.st_mode)) {
            size = static_cast<std::size_t>(st.st_size);
        }
        if (size && *size > max_bytes) {
            throw InputTooLarge(util::say(msg::input_too_large, input_name(what), label,
                                          format_mib(*size), max_bytes >> 20),
                                *size);
        }
        input.fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (input.fd < 0) {
            input.fd = 0;
            throw UsageError(fmt_error(what, label, util::os_reason(errno)));
        }
    }
    return read_all(input.fd, size, what, label, max_bytes);
}

std::pair<std::string, std::string_view> selected_catalog_path(const GlobalOptions& global,
                                                               const Environment& env) {
    if (!global.catalog_path.empty()) {
        return {global.catalog_path, "--catalog"};
    }
    return {env.env_catalog, "LLMPATH_CATALOG"};
}

LoadedCatalog load_catalog_file(const std::string& path, std::string_view what) {
    const std::string source = path == "-" ? "<stdin>" : path;
    std::string text;
    try {
        text = read_input_file(path, what, k_max_catalog_bytes);
    } catch (const InputTooLarge& e) {
        const std::string limit = std::to_string(k_max_catalog_bytes >> 20) + " MiB";
        const Said said =
            e.size ? util::say(msg::catalog_too_large, format_mib(*e.size) + " MiB", limit)
                   : util::say(msg::catalog_over_limit, limit);
        throw CatalogError(source, {{"", 0, 0, said.en, said.zh}});
    }
    // Kept until the process ends, like the embedded catalogue: freeing a large one's tasks one
    // by one at exit takes tens of milliseconds (100,000 tasks) and gives nothing back.
    static auto* const kept = new std::vector<std::shared_ptr<const Catalog>>();
    kept->push_back(std::make_shared<const Catalog>(load_catalog(std::move(text), source)));
    return {kept->back(), source};
}

LoadedCatalog load_selected_catalog(const GlobalOptions& global, const Environment& env) {
    const auto [path, what] = selected_catalog_path(global, env);
    if (path.empty()) {
        return {std::shared_ptr<const Catalog>(&embedded_catalog(), [](const Catalog*) {}),
                "<embedded catalog>"};
    }
    return load_catalog_file(path, what);
}

std::string resolve_lang(const GlobalOptions& global, const Environment& env,
                         const Catalog& catalog) {
    const auto has = [&](const std::string& lang) { return catalog.has_language(lang); };
    if (auto lang = chosen_lang(global, env, has, catalog.languages, "catalogue"); !lang.empty()) {
        return lang;
    }
    if (!env.locale_lang.empty() && has(env.locale_lang)) {
        return env.locale_lang;
    }
    return catalog.languages.empty() ? "en" : catalog.languages.front();
}

std::string tracked_lang(const GlobalOptions& global, const Environment& env,
                         const TrackedPlan& plan) {
    const auto has = [&](const std::string& lang) { return plan.direction_name.count(lang) != 0; };
    std::vector<std::string> known;
    for (const auto& [lang, name] : plan.direction_name) {
        known.push_back(lang);
    }
    if (auto lang = chosen_lang(global, env, has, known, "tracked plan"); !lang.empty()) {
        return lang;
    }
    if (!env.locale_lang.empty() && has(env.locale_lang)) {
        return env.locale_lang;
    }
    return plan.lang;
}

bool use_color(const GlobalOptions& global, const Environment& env) {
    return env.stdout_tty && !global.no_color && !env.no_color_env;
}

} // namespace llmpath::cli
