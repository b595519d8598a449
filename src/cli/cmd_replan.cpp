// `llmpath replan` and `llmpath export`: the tracked plan fitted again, and written out.
#include "cli/commands.hpp"
#include "cli/profile.hpp"
#include "cli/state_store.hpp"

#include <llmpath/export.hpp>
#include <llmpath/render_tracking.hpp>
#include <llmpath/tracking.hpp>

namespace llmpath::cli {

namespace {

struct ReplanOptions {
    int hours_per_week = 0;
    std::string format = "text";
};

struct ExportOptions {
    std::string format;
    std::string output;
    bool force = false;
};

int run_replan(const ReplanOptions& options, Shared& shared) {
    const StatePaths paths = state_paths(shared.env);
    const Date today = shared.env.today.get();
    // The catalogue in use now, to report the tracked tasks it no longer has.
    const auto loaded = load_selected_catalog(shared.global, shared.env);
    TrackedPlan plan;
    ReplanResult result;
    {
        const StateLock lock(paths, shared.env.lock_wait);
        plan = read_state(paths);
        const Catalog* current =
            loaded.catalog->id == plan.catalog_id ? loaded.catalog.get() : nullptr;
        result = replan(plan, today,
                        options.hours_per_week > 0 ? std::optional<int>(options.hours_per_week)
                                                   : std::nullopt,
                        current);
        if (result.changed) {
            write_state(paths, plan);
        }
    }
    const std::string lang = tracked_lang(shared.global, shared.env, plan);
    shared.io.out(options.format == "json"
                      ? render_replan_json(plan, result, today, lang)
                      : render_replan_text(plan, result, today, lang, text_options(shared)));
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
                    "Fit the rest at this many hours a week from now on")
        ->type_name("N")
        ->check(CLI::Range(1, 168));
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
        ->type_name("FILE");
    command.add_flag("-f,--force", options->force, "Overwrite an existing output file");
    command.callback([options, &shared] {
        shared.action = [options, &shared] { return run_export(*options, shared); };
    });
}

} // namespace llmpath::cli
