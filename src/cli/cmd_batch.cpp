#include "cli/commands.hpp"
#include "cli/profile.hpp"

#include <llmpath/error.hpp>
#include <llmpath/recommend.hpp>
#include <llmpath/render.hpp>
#include <llmpath/schedule.hpp>

#include "util/text.hpp"

#include <cstdio>
#include <iostream>

namespace llmpath::cli {

namespace {

struct BatchOptions {
    std::string input = "-";
    std::string start;
    std::string direction;
};

constexpr std::size_t k_max_line_bytes = 1u << 20;
constexpr std::size_t k_flush_bytes = 1u << 16;

/// One answers object in, one compact JSON plan out.
std::string plan_line(const Catalog& catalog, const std::string& lang, const std::string& line,
                      std::size_t line_no, const std::optional<Date>& start,
                      const std::optional<std::string>& direction, const Date& today) {
    AnswerInput input;
    input.file_name = "line " + std::to_string(line_no);
    input.file_text = line;
    input.use_defaults = true;
    input.today = today;
    if (start && catalog.find_question("start_date")) {
        input.flags.push_back("start_date=" + start->to_string());
    }
    const Gathered gathered = gather_answers(catalog, input);
    const Recommendation recommendation = recommend(catalog, gathered.answers, direction);
    ScheduleInput schedule;
    planning_inputs(gathered.answers, start.value_or(today), schedule.start, schedule.hours_per_week);
    schedule.direction = recommendation.direction;
    schedule.skills = skills_of(catalog, gathered.answers);
    const Plan plan = make_plan(catalog, schedule);
    Report report{catalog, gathered.answers, recommendation, &plan, lang, LLMPATH_VERSION};
    return render_json(report, -1);
}

int run_batch(const BatchOptions& options, Shared& shared) {
    if (const auto [path, what] = selected_catalog_path(shared.global, shared.env);
        path == "-" && options.input == "-") {
        throw UsageError(std::string(what) +
                         " - and the batch input both read standard input; name the input file");
    }
    const auto loaded = load_selected_catalog(shared.global, shared.env);
    const Catalog& catalog = *loaded.catalog;
    const std::string lang = resolve_lang(shared.global, shared.env, catalog);
    std::optional<Date> start;
    if (!options.start.empty()) {
        start = parse_start_flag(options.start);
    }
    std::optional<std::string> direction;
    if (!options.direction.empty()) {
        check_direction(catalog, options.direction);
        direction = options.direction;
    }

    std::FILE* in = stdin;
    if (options.input != "-") {
        check_input_path(options.input, "batch input");
    }
    if (options.input != "-") {
        in = std::fopen(options.input.c_str(), "rb");
        if (in == nullptr) {
            throw UsageError("batch input " + options.input + ": cannot open");
        }
    }

    std::string out;
    std::string line;
    std::size_t line_no = 0;
    std::size_t failed = 0;
    char buf[65536];
    bool eof = false;
    while (!eof) {
        line.clear();
        bool too_long = false;
        while (true) {
            if (std::fgets(buf, sizeof buf, in) == nullptr) {
                eof = true;
                break;
            }
            line += buf;
            if (!line.empty() && line.back() == '\n') {
                break;
            }
            if (line.size() > k_max_line_bytes) {
                too_long = true;
            }
        }
        if (eof && line.empty()) {
            break;
        }
        ++line_no;
        while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) {
            line.pop_back();
        }
        if (line.find_first_not_of(" \t") == std::string::npos) {
            continue; // blank lines separate nothing and produce nothing
        }
        try {
            if (too_long) {
                throw UsageError("line " + std::to_string(line_no) + ": longer than 1 MiB");
            }
            out += plan_line(catalog, lang, line, line_no, start, direction, shared.env.today);
            out += '\n';
        } catch (const Error& e) {
            ++failed;
            write_stdout(out);
            out.clear();
            std::string message = e.what();
            std::string lines;
            std::size_t pos = 0;
            while (pos <= message.size()) {
                const auto nl = message.find('\n', pos);
                lines += "llmpath: error: " +
                         util::strip_controls(message.substr(pos, nl - pos)) + "\n";
                if (nl == std::string::npos) {
                    break;
                }
                pos = nl + 1;
            }
            std::cerr << lines << std::flush;
        }
        if (out.size() >= k_flush_bytes) {
            write_stdout(out);
            out.clear();
        }
    }
    write_stdout(out);
    if (in != stdin) {
        std::fclose(in);
    }
    if (failed > 0) {
        std::cerr << "llmpath: error: " << failed << " of " << line_no
                  << (line_no == 1 ? " line" : " lines") << " failed\n";
        return static_cast<int>(ExitCode::usage);
    }
    return 0;
}

} // namespace

void add_batch(CLI::App& command, Shared& shared) {
    auto options = std::make_shared<BatchOptions>();
    command.add_option("input", options->input,
                       "JSON Lines file of answers objects ('-' or nothing reads stdin); "
                       "unanswered questions take their defaults")
        ->type_name("FILE");
    command.add_option("--start", options->start, "First day of every plan (default: today)")
        ->type_name("YYYY-MM-DD");
    command.add_option("--direction", options->direction, "Plan every line for this direction")
        ->type_name("ID");
    command.callback([options, &shared] {
        shared.action = [options, &shared] { return run_batch(*options, shared); };
    });
}

} // namespace llmpath::cli
