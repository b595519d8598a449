#include "cli/commands.hpp"
#include "cli/profile.hpp"

#include <llmpath/error.hpp>
#include <llmpath/recommend.hpp>
#include <llmpath/render.hpp>
#include <llmpath/schedule.hpp>

#include "util/text.hpp"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <thread>
#include <vector>

namespace llmpath::cli {

namespace {

struct BatchOptions {
    std::string input = "-";
    std::string start;
    std::string direction;
    unsigned jobs = 1;
    std::vector<std::string> gpu_prices;
};

// Lines read, planned and written per round: enough to keep the threads busy, few enough that the
// round's plans (about 27 KB each) stay a few MiB.
constexpr std::size_t k_chunk_lines = 128;

constexpr std::size_t k_max_line_bytes = 1u << 20;
constexpr std::size_t k_flush_bytes = 1u << 16;

/// One answers object in, one compact JSON plan out.
std::string plan_line(const Catalog& catalog, const std::string& lang, const JsonTextCache& cache,
                      const std::string& input_name, const std::string& line, std::size_t line_no,
                      const std::optional<Date>& start, const std::optional<std::string>& direction,
                      const Today& today, const std::map<std::string, std::int64_t>& gpu_cents) {
    AnswerInput input;
    input.file_name = input_name;
    input.file_label = input_name;
    input.file_line = line_no;
    input.file_text = line;
    input.use_defaults = true;
    input.today = today;
    if (start && catalog.find_question("start_date")) {
        input.flags.push_back("start_date=" + start->to_string());
    }
    const Gathered gathered = gather_answers(catalog, input);
    const Recommendation recommendation = recommend(catalog, gathered.answers, direction);
    ScheduleInput schedule;
    planning_inputs(gathered.answers, start ? Today(*start) : today, schedule.start,
                    schedule.hours_per_week);
    schedule.direction = recommendation.direction;
    schedule.skills = skills_of(catalog, gathered.answers);
    schedule.gpu_cents = gpu_cents;
    const Plan plan = make_plan(catalog, schedule);
    Report report{catalog, gathered.answers, recommendation, &plan, lang, LLMPATH_VERSION, &cache};
    return render_json(report, -1);
}

int run_batch(const BatchOptions& options, Shared& shared) {
    // Memory stays bounded by one round of plans.
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
    const auto gpu_cents = parse_gpu_prices(catalog, options.gpu_prices);
    std::optional<std::string> direction;
    if (!options.direction.empty()) {
        check_direction(catalog, options.direction);
        direction = options.direction;
    }

    std::FILE* in = stdin;
    if (options.input != "-") {
        check_input_path(options.input, "batch input");
        in = std::fopen(options.input.c_str(), "rb");
        if (in == nullptr) {
            throw UsageError("batch input " + options.input + ": cannot open");
        }
    }

    const JsonTextCache cache = build_json_text_cache(catalog, lang);
    const std::string input_name = options.input == "-" ? "<stdin>" : options.input;
    struct Line {
        std::size_t number = 0;
        std::string text;
        bool too_long = false;
        std::string result; ///< the plan, or the error lines
        bool failed = false;
    };
    auto process = [&](Line& l) {
        try {
            if (l.too_long) {
                throw UsageError(input_name + ":" + std::to_string(l.number) +
                                 ": longer than 1 MiB");
            }
            l.result = plan_line(catalog, lang, cache, input_name, l.text, l.number, start,
                                 direction, shared.env.today, gpu_cents); // today: read if needed
            l.result += '\n';
        } catch (const Error& e) {
            l.failed = true;
            l.result = error_lines(e.what());
        }
    };

    std::vector<Line> chunk;
    std::size_t line_no = 0;
    std::size_t failed = 0;
    char buf[65536];
    bool eof = false;
    while (!eof) {
        chunk.clear();
        while (chunk.size() < k_chunk_lines) {
            Line l;
            bool got = false;
            while (true) {
                if (std::fgets(buf, sizeof buf, in) == nullptr) {
                    eof = true;
                    break;
                }
                got = true;
                if (!l.too_long) {
                    l.text += buf;
                }
                if (l.text.size() > k_max_line_bytes) {
                    l.too_long = true;
                    l.text.clear();
                }
                const std::size_t n = std::strlen(buf);
                if (n > 0 && buf[n - 1] == '\n') {
                    break;
                }
            }
            if (!got) {
                break;
            }
            l.number = ++line_no;
            while (!l.text.empty() && (l.text.back() == '\n' || l.text.back() == '\r')) {
                l.text.pop_back();
            }
            if (!l.too_long && l.text.find_first_not_of(" \t") == std::string::npos) {
                continue; // blank lines separate nothing and produce nothing
            }
            chunk.push_back(std::move(l));
            if (eof) {
                break;
            }
        }
        // Lines are independent: workers take interleaved slices; output keeps input order.
        const std::size_t workers = std::min<std::size_t>(options.jobs, chunk.size());
        std::vector<std::thread> threads;
        for (std::size_t w = 1; w < workers; ++w) {
            threads.emplace_back([&, w] {
                for (std::size_t i = w; i < chunk.size(); i += workers) {
                    process(chunk[i]);
                }
            });
        }
        for (std::size_t i = 0; i < chunk.size(); i += std::max<std::size_t>(workers, 1)) {
            process(chunk[i]);
        }
        for (auto& t : threads) {
            t.join();
        }
        std::string out;
        for (auto& l : chunk) {
            if (l.failed) {
                ++failed;
                shared.io.out(out);
                out.clear();
                shared.io.err(l.result);
            } else if (l.result.size() >= k_flush_bytes / 4) {
                // A plan (about 27 KB) goes out as it is, without a copy into the buffer.
                shared.io.out(out);
                out.clear();
                shared.io.out(l.result);
            } else {
                out += l.result;
                if (out.size() >= k_flush_bytes) {
                    shared.io.out(out);
                    out.clear();
                }
            }
        }
        shared.io.out(out);
    }
    if (in != stdin) {
        std::fclose(in);
    }
    if (failed > 0) {
        shared.io.error(std::to_string(failed) + " of " + std::to_string(line_no) +
                        (line_no == 1 ? " line" : " lines") + " failed");
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
    add_gpu_price_flag(command, options->gpu_prices);
    command.add_option("-j,--jobs", options->jobs, "Plan on N threads (output order is kept)")
        ->type_name("N")
        ->check(CLI::Range(1u, 64u));
    command.callback([options, &shared] {
        shared.action = [options, &shared] { return run_batch(*options, shared); };
    });
}

} // namespace llmpath::cli
