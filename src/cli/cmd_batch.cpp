// `llmpath batch`: one answers object per line in, one JSON plan per line out, or one file per
// learner in a folder (--out-dir).
#include "cli/commands.hpp"
#include "cli/profile.hpp"
#include "util/line_reader.hpp"

#include <llmpath/error.hpp>
#include <llmpath/export.hpp>
#include <llmpath/recommend.hpp>
#include <llmpath/render.hpp>
#include <llmpath/schedule.hpp>

#include "util/atomic_file.hpp"
#include "util/say.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>
#include <vector>

namespace llmpath::cli {

namespace {

constexpr const char* k_batch_formats = "json|markdown|checklist|ics|csv";

struct BatchOptions {
    std::string input = "-";
    std::string start;
    std::string direction;
    std::vector<std::string> gpu_prices;
    std::string out_dir;
    std::string format;
    bool force = false;
};

constexpr std::size_t k_max_line_bytes = 1u << 20;
constexpr std::size_t k_flush_bytes = 1u << 16;
constexpr std::size_t k_max_name_bytes = 120;

/// A line's outcome: its plan rendered (and, for --out-dir, the file's name), or its errors.
struct Line {
    std::size_t number = 0;
    std::string result; ///< the rendered plan, or the error lines
    std::string name;   ///< --out-dir: the file's name
    bool failed = false;
};

/// What stays the same for every line.
struct BatchSetup {
    const Catalog& catalog;
    std::string lang;
    std::string input_name;
    std::optional<Date> start;
    PlanOverrides overrides;
    std::string format;       ///< "" for the JSON Lines stream
    std::string message_lang; ///< the language of error messages (the interface's)
};

/// A learner's label made a file name that stays inside the folder and reads as what it is:
/// through the one sanitiser (no controls, bidirectional or zero-width characters), path
/// separators and a leading dot become '_', and it is cut (at a character) to 120 bytes.
std::string safe_file_name(std::string_view label) {
    std::string out = util::strip_controls(util::trim(label));
    for (char& c : out) {
        c = c == '/' || c == '\\' ? '_' : c;
    }
    if (out.size() > k_max_name_bytes) {
        std::size_t cut = k_max_name_bytes;
        while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) {
            --cut;
        }
        out.resize(cut);
    }
    out = std::string(util::trim(out));
    if (!out.empty() && out.front() == '.') {
        out.front() = '_';
    }
    return out;
}

const char* extension_of(const std::string& format) {
    return format == "json" ? ".json" : format == "ics" ? ".ics" : format == "csv" ? ".csv" : ".md";
}

std::string render_line(const BatchSetup& setup, const Report& report, const std::string& name,
                        const std::string& learner) {
    if (setup.format.empty() || setup.format == "json") {
        return render_json(report, -1, learner) + "\n"; // a file holds the line JSON Lines would
    }
    if (setup.format == "markdown") {
        return render_markdown(report);
    }
    ExportPlan plan = export_of(report);
    plan.learner = digest(plan.learner + "\n" + name); // learners with the same answers differ
    return *render_export(plan, setup.format);
}

/// One answers object in, its plan rendered out (and, for --out-dir, the file's name).
void plan_line(const BatchSetup& setup, const Today& today, const util::InputLine& in, Line& line) {
    AnswerInput input;
    input.file_name = setup.input_name;
    input.file_label = setup.input_name;
    input.file_line = in.number;
    input.file_text = in.text;
    input.label_keys = {"id", "name"};
    input.use_defaults = true;
    input.today = today;
    input.start_date = setup.start;
    const Gathered gathered = gather_answers(setup.catalog, input);
    const PlannedPath path = plan_path(setup.catalog, gathered.answers, setup.overrides);
    Report report{setup.catalog, gathered.answers, path.recommendation,
                  &path.plan,    setup.lang,       LLMPATH_VERSION};
    std::string learner; // whom the plan is for: the name, else the id
    for (const char* key : {"id", "name"}) {
        if (auto it = gathered.labels.find(key); it != gathered.labels.end()) {
            learner = std::string(util::trim(util::strip_controls(it->second)));
        }
    }
    for (const char* key : {"name", "id"}) { // the id wins
        if (auto it = gathered.labels.find(key); it != gathered.labels.end()) {
            line.name = safe_file_name(it->second);
        }
    }
    if (line.name.empty()) {
        line.name = std::to_string(in.number);
    }
    if (!setup.format.empty()) {
        line.name += extension_of(setup.format);
    }
    line.result = render_line(setup, report, line.name, learner);
}

/// A line planned, or failed with its errors (a NUL byte, a line too long, bad answers).
Line process_line(const BatchSetup& setup, const Today& today, const util::InputLine& in) {
    Line line;
    line.number = in.number;
    try {
        if (in.too_long) {
            throw UsageError(util::say(msg::batch_line_too_long, setup.input_name, in.number));
        }
        if (in.has_nul) {
            throw UsageError(util::say(msg::batch_line_nul, setup.input_name, in.number));
        }
        plan_line(setup, today, in, line);
    } catch (const Error& e) {
        line.failed = true;
        line.result = error_lines(e.text(setup.message_lang));
    }
    return line;
}

/// Without --out-dir: each plan on stdout, each failed line's errors on stderr, in input order;
/// short results are gathered into one write.
class StreamOut {
  public:
    explicit StreamOut(Shared& shared) : m_shared(shared) {}

    void line(const Line& l) {
        if (l.failed) {
            flush();
            m_shared.io.err(l.result);
        } else if (l.result.size() >= k_flush_bytes / 4) {
            // A plan (about 38 KB) goes out as it is, without a copy into the buffer.
            flush();
            m_shared.io.out(l.result);
        } else {
            m_pending += l.result;
            if (m_pending.size() >= k_flush_bytes) {
                flush();
            }
        }
    }
    void flush() {
        m_shared.io.out(m_pending);
        m_pending.clear();
    }

  private:
    Shared& m_shared;
    std::string m_pending;
};

/// The file names of the lines so far, to refuse a second learner of the same name.
using NameTaken = std::map<std::string, std::size_t>;

/// With --out-dir, in input order: a second learner of a name already taken fails.
void check_name(Line& l, const BatchSetup& setup, NameTaken& taken) {
    if (l.failed) {
        return;
    }
    auto [it, fresh] = taken.emplace(l.name, l.number);
    if (!fresh) {
        l.failed = true;
        l.result = error_lines(
            util::say(msg::batch_name_taken, setup.input_name, l.number, l.name, it->second)
                .in(setup.message_lang));
    }
}

/// With --out-dir: the learner's file; a line whose file cannot be written fails
/// like a line with bad answers.
void write_line_file(Line& l, const BatchOptions& options, const BatchSetup& setup, int folder_fd) {
    if (l.failed) {
        return;
    }
    const std::string path = options.out_dir + "/" + l.name;
    try {
        util::write_file_in(folder_fd, options.out_dir, l.name, l.result, options.force);
    } catch (const std::system_error& e) {
        const bool exists = e.code() == std::errc::file_exists;
        const bool special =
            std::string_view(e.what()).find(": not a regular file") != std::string_view::npos;
        Said reason = util::os_reason(e.code().value());
        reason.en = util::lower_first(e.code().message());
        l.failed = true;
        l.result = error_lines(
            (exists ? util::say(msg::batch_file_exists, setup.input_name, l.number, path)
             : special
                 ? util::say(msg::batch_not_regular, setup.input_name, l.number, path)
                 : util::say(msg::batch_cannot_write, setup.input_name, l.number, path, reason))
                .in(setup.message_lang));
    }
}

/// The folder for --out-dir, open: made when it is missing (its parent must exist).
int open_out_dir(const std::string& dir) {
    struct stat st {};
    if (::stat(dir.c_str(), &st) == 0 && !S_ISDIR(st.st_mode)) {
        throw UsageError(util::say(msg::out_dir_is_file, dir));
    }
    const auto reason = [] {
        Said said = util::os_reason(errno);
        said.en = util::lower_first(std::generic_category().message(errno));
        return said;
    };
    if (::stat(dir.c_str(), &st) != 0 && ::mkdir(dir.c_str(), 0777) != 0) {
        throw Error(util::say(msg::out_dir_make, dir, reason()), ExitCode::failure);
    }
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        throw Error(util::say(msg::out_dir_open, dir, reason()), ExitCode::failure);
    }
    util::remove_stale_temp_files(fd); // left by a run that was killed
    return fd;
}

BatchSetup make_setup(const BatchOptions& options, const Catalog& catalog, Shared& shared) {
    BatchSetup setup{catalog,    resolve_lang(shared.global, shared.env, catalog), {}, {}, {}, {},
                     shared.lang};
    setup.input_name = options.input == "-" ? "<stdin>" : options.input;
    if (!options.start.empty()) {
        setup.start = parse_start_flag(options.start);
    }
    setup.overrides.gpu_cents = parse_gpu_prices(catalog, options.gpu_prices);
    if (!options.direction.empty()) {
        check_direction(catalog, options.direction);
        setup.overrides.direction = options.direction;
    }
    if (!options.format.empty() && options.out_dir.empty()) {
        throw UsageError(util::say(msg::format_needs_out_dir, options.format));
    }
    if (options.force && options.out_dir.empty()) {
        throw UsageError(util::say(msg::force_needs_out_dir));
    }
    if (!options.out_dir.empty()) {
        setup.format = options.format.empty() ? "json" : options.format;
    }
    return setup;
}

std::FILE* open_input(const BatchOptions& options) {
    if (options.input == "-") {
        return stdin;
    }
    check_input_path(options.input, "batch input");
    std::FILE* in = std::fopen(options.input.c_str(), "rb");
    if (in == nullptr) {
        throw UsageError(util::say(msg::batch_input_open, options.input));
    }
    return in;
}

int run_batch(const BatchOptions& options, Shared& shared) {
    if (const auto [path, what] = selected_catalog_path(shared.global, shared.env);
        path == "-" && options.input == "-") {
        throw UsageError(util::say(msg::both_read_stdin, std::string(what)));
    }
    const auto loaded = load_selected_catalog(shared.global, shared.env);
    const BatchSetup setup = make_setup(options, *loaded.catalog, shared);
    const int folder_fd = options.out_dir.empty() ? -1 : open_out_dir(options.out_dir);
    std::FILE* in = open_input(options);
    util::LineReader reader(in, k_max_line_bytes);
    util::InputLine input;
    std::size_t lines = 0;
    std::size_t failed = 0;
    NameTaken taken;
    StreamOut stream(shared);
    while (reader.next(input)) {
        lines = input.number;
        if (!input.too_long && !input.has_nul &&
            input.text.find_first_not_of(" \t") == std::string::npos) {
            continue; // blank lines separate nothing and produce nothing
        }
        Line line = process_line(setup, shared.env.today, input); // today: read if needed
        if (options.out_dir.empty()) {
            stream.line(line);
        } else {
            check_name(line, setup, taken);
            write_line_file(line, options, setup, folder_fd);
            if (line.failed) {
                shared.io.err(line.result);
            }
        }
        failed += line.failed ? 1 : 0;
    }
    stream.flush();
    if (in != stdin) {
        std::fclose(in);
    }
    if (folder_fd >= 0) {
        ::close(folder_fd);
        util::sync_file_system(options.out_dir);
    }
    if (failed > 0) {
        shared.io.error(
            util::say(lines == 1 ? msg::batch_failed_one : msg::batch_failed_many, failed, lines)
                .in(shared.lang));
        return static_cast<int>(ExitCode::usage);
    }
    return 0;
}

} // namespace

void add_batch(CLI::App& command, Shared& shared) {
    auto options = std::make_shared<BatchOptions>();
    command
        .add_option("input", options->input,
                    "JSON Lines file of answers objects ('-' or nothing reads stdin); "
                    "unanswered questions take their defaults")
        ->type_name("FILE");
    command.add_option("--start", options->start, "First day of every plan (default: today)")
        ->type_name("YYYY-MM-DD");
    command.add_option("--direction", options->direction, "Plan every line for this direction")
        ->type_name("ID");
    add_gpu_price_flag(command, options->gpu_prices);
    command
        .add_option("--out-dir", options->out_dir,
                    "Write one file per learner into DIR, named from the line's \"id\" or "
                    "\"name\" (else its line number)")
        ->type_name("DIR")
        ->check(file_name_check());
    add_format_option(command, options->format, k_batch_formats)
        ->description("Format of the files written into --out-dir (default: json)");
    command.add_flag("-f,--force", options->force, "Replace files that exist in --out-dir");
    command.callback([options, &shared] {
        shared.action = [options, &shared] { return run_batch(*options, shared); };
    });
}

} // namespace llmpath::cli
