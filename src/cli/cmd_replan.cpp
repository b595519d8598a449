// `llmpath replan` and `llmpath export`: the tracked plan fitted again, and written out.
#include "cli/commands.hpp"
#include "cli/profile.hpp"
#include "cli/state_store.hpp"

#include <llmpath/export.hpp>
#include <llmpath/render_tracking.hpp>
#include <llmpath/tracking.hpp>

#include "util/say.hpp"
#include "util/text.hpp"

namespace llmpath::cli {

namespace {

struct ReplanOptions {
    std::string hours_per_week; ///< "" when not given
    std::string format = "text";
    bool verbose = false; ///< list every moved task, not only the summary
};

struct ExportOptions {
    std::string format;
    std::string output;
    bool force = false;
};

/// The last day a date of a tracked plan can be: what is written must read back (YYYY-MM-DD).
constexpr Date k_last_date{9999, 12, 31};

/// Re-planning more than this long after the plan's start is refused: it would write a week for
/// every week in between, empty, and a learner back after so long starts a new plan.
constexpr int k_max_replan_years = 10;

/// --hours-per-week, read as the catalogue's hours question reads an answer (its range too).
std::optional<int> hours_flag(const ReplanOptions& options, const Catalog& catalog) {
    if (options.hours_per_week.empty()) {
        return std::nullopt;
    }
    const Question* q = catalog.find_question(k_hours_question);
    if (q == nullptr) {
        throw UsageError(util::say(msg::replan_no_hours_question, std::string(k_hours_question)));
    }
    auto parsed = judge_answer(*q, options.hours_per_week);
    if (const auto* why = std::get_if<Said>(&parsed)) {
        throw UsageError(util::say(msg::hours_flag_bad, *why));
    }
    const auto* hours = std::get_if<std::int64_t>(&std::get<AnswerValue>(parsed));
    if (hours == nullptr || *hours < 1 || *hours > 168) {
        throw UsageError(util::say(msg::replan_hours_range, util::quoted(options.hours_per_week)));
    }
    return static_cast<int>(*hours);
}

/// An AnswerError, before anything is re-planned, when the re-plan would write what llmpath
/// cannot read back or weeks by the hundred: `today` years after the start.
void check_replan_today(const TrackedPlan& plan, Date today) {
    const Date limit = plan.start.plus_days(365L * k_max_replan_years + k_max_replan_years / 4);
    if (limit < today) {
        throw AnswerError(std::vector<Said>{util::say(msg::replan_today_too_late, today.to_string(),
                                                      k_max_replan_years, plan.start.to_string())});
    }
}

/// An AnswerError when the re-planned weeks end after the last date llmpath reads back.
void check_replan_end(const TrackedPlan& plan) {
    if (!plan.weeks.empty() && k_last_date < plan.weeks.back().end) {
        throw AnswerError(std::vector<Said>{util::say(
            msg::replan_end_too_late, plan.weeks.back().end.to_string(), k_last_date.to_string())});
    }
}

int run_replan(const ReplanOptions& options, Shared& shared) {
    const StatePaths paths = state_paths(shared.env);
    const Date today = shared.env.today.get();
    // The catalogue in use now, to report the tracked tasks it no longer has.
    const auto loaded = load_selected_catalog(shared.global, shared.env);
    const std::optional<int> hours = hours_flag(options, *loaded.catalog);
    TrackedPlan plan;
    ReplanResult result;
    {
        const StateLock lock(paths, shared.env.lock_wait);
        plan = read_state(paths);
        check_replan_today(plan, today);
        const Catalog* current =
            loaded.catalog->id == plan.catalog_id ? loaded.catalog.get() : nullptr;
        result = replan(plan, today, hours, current);
        if (result.changed) {
            check_replan_end(plan);
            write_state(paths, plan);
        }
    }
    const std::string lang = tracked_lang(shared.global, shared.env, plan);
    TextOptions text = text_options(shared);
    text.full = options.verbose;
    print_recorded(shared.io,
                   options.format == "json" ? render_replan_json(plan, result, today, lang)
                                            : render_replan_text(plan, result, today, lang, text),
                   result.changed ? util::say(msg::recorded_replan) : Said{});
    return 0;
}

std::string export_format(const ExportOptions& options) {
    if (!options.format.empty()) {
        return options.format;
    }
    return output_format(options.output, k_plan_formats);
}

int run_export(const ExportOptions& options, Shared& shared) {
    const std::string format = export_format(options);
    const bool to_file = !options.output.empty() && options.output != "-";
    if (to_file) {
        check_output_path(options.output, options.force, "-o");
    }
    const TrackedRun run = open_tracked(shared.global, shared.env);
    const ExportPlan plan = export_of(run.plan, run.lang);
    std::string out;
    if (format == "json") {
        out = render_tracked_json(plan);
    } else if (auto exported = render_export(plan, format)) {
        out = std::move(*exported);
    } else if (format == "markdown") {
        out = render_tracked_markdown(plan);
    } else {
        TextOptions text = text_options(shared);
        text.color = text.color && !to_file;
        text.width = to_file ? 80 : text.width;
        out = render_tracked_text(plan, text);
    }
    if (to_file) {
        write_output_file(options.output, out, options.force, "-o");
    } else {
        shared.io.out(out);
    }
    return 0;
}

} // namespace

void add_replan(CLI::App& command, Shared& shared) {
    auto options = std::make_shared<ReplanOptions>();
    command
        .add_option("--hours-per-week", options->hours_per_week,
                    "Fit the rest at this many hours a week from now on (the range the "
                    "catalogue's hours question allows)")
        ->type_name("N");
    command.add_flag(
        "-v,--verbose", options->verbose,
        "List every task that moved, with its old and new weeks (JSON always has them)");
    add_format_option(command, options->format, "text|json");
    command.callback([options, &shared] {
        shared.action = [options, &shared] { return run_replan(*options, shared); };
    });
}

void add_export(CLI::App& command, Shared& shared) {
    auto options = std::make_shared<ExportOptions>();
    add_format_option(command, options->format, k_plan_formats);
    command
        .add_option("-o,--output", options->output,
                    "Write to FILE atomically ('-' is stdout); the format follows the extension")
        ->type_name("FILE")
        ->check(file_name_check());
    command.add_flag("-f,--force", options->force, "Overwrite an existing output file");
    command.callback([options, &shared] {
        shared.action = [options, &shared] { return run_export(*options, shared); };
    });
}

} // namespace llmpath::cli
