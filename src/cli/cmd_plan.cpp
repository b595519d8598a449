#include "cli/commands.hpp"
#include "cli/profile.hpp"
#include "cli/state_store.hpp"

#include <llmpath/error.hpp>
#include <llmpath/export.hpp>
#include <llmpath/render.hpp>
#include <llmpath/schedule.hpp>

#include "util/text.hpp"

#include <algorithm>
#include <iostream>
#include <sys/stat.h>

namespace llmpath::cli {

namespace {

/// The text plan's summary is at most this many lines (at 80 columns, or more).
constexpr int k_summary_lines = 60;

struct PlanOptions {
    AnswerFlags answers;
    std::string format; ///< empty: from the -o extension, else text
    std::string output; ///< -o FILE; empty or "-": stdout
    bool full = false;  ///< --full: every week in the text plan, not its summary
};

bool exists(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0;
}

bool is_yes(const std::string& answer) {
    const std::string a = util::ascii_lower(answer);
    return a == "y" || a == "yes" || a == "是";
}

/// At the end of a run answered at the terminal: offer to keep the plan as Markdown.
void offer_to_save(const Report& report, const Profile& profile, Shared& shared) {
    const bool zh = profile.lang == "zh";
    const std::string answer = shared.io.ask(zh ? "\n将计划保存为 Markdown 吗？[y/N] "
                                                : "\nSave this plan as Markdown? [y/N] ");
    if (!is_yes(answer)) {
        return;
    }
    const std::string fallback = "llmpath-plan-" + shared.env.today.get().to_string() + ".md";
    std::string path = shared.io.ask((zh ? "文件名 [" : "File name [") + fallback + "] ");
    if (path.empty()) {
        path = fallback;
    }
    bool force = false;
    if (exists(path)) {
        force = is_yes(shared.io.ask(
            path + (zh ? " 已存在，覆盖吗？[y/N] " : " exists. Overwrite it? [y/N] ")));
        if (!force) {
            shared.io.terminal() << (zh ? "未保存。\n" : "Not saved.\n");
            return;
        }
    }
    write_output_file(path, render_markdown(report), force, "plan");
    shared.io.terminal() << (zh ? "已保存到 " : "Saved to ") << path << "\n";
}

/// At the end of a run answered at the terminal: offer to follow the plan with llmpath today.
void offer_to_track(const Profile& profile, const PlannedPath& path, Shared& shared) {
    const bool zh = profile.lang == "zh";
    const bool tracked = state_exists(state_paths(shared.env));
    const std::string question =
        tracked ? (zh ? "用这个计划替换正在跟踪的计划吗？[y/N] "
                      : "Replace the plan you are tracking with this one? [y/N] ")
                : (zh ? "跟踪这个计划，每周用 llmpath today 查看要做什么吗？[y/N] "
                      : "Track this plan, to see each week's tasks with llmpath today? [y/N] ");
    if (is_yes(shared.io.ask(question))) {
        save_tracked_plan(profile, path, shared, tracked, "text", "");
    }
}

/// The files a plan run writes (the answers, then the plan), checked before the first question.
std::vector<OutputFile> plan_outputs(const PlanOptions& options, bool to_file) {
    std::vector<OutputFile> files;
    const bool answers_out = save_answers_to_stdout(options.answers, to_file);
    if (!options.answers.save_answers.empty() && !answers_out) {
        files.push_back(
            {options.answers.save_answers, "", options.answers.force, "--save-answers"});
    }
    if (to_file) {
        files.push_back({options.output, "", options.answers.force, "-o"});
    }
    check_output_paths(files);
    return files;
}

int run_plan(const PlanOptions& options, Shared& shared) {
    // Everything a flag can get wrong is checked before the first question is asked.
    const bool to_file = !options.output.empty() && options.output != "-";
    std::vector<OutputFile> files = plan_outputs(options, to_file);
    const std::string format =
        options.format.empty() ? output_format(options.output, k_plan_formats) : options.format;

    const Profile profile = build_profile(options.answers, shared);
    const Catalog& catalog = *profile.loaded.catalog;
    const PlannedPath path = plan_path(catalog, profile.answers, profile.overrides);

    Report report{catalog,    profile.answers, path.recommendation,
                  &path.plan, profile.lang,    LLMPATH_VERSION};
    std::string rendered;
    if (format == "json") {
        rendered = render_json(report);
    } else if (auto exported = render_export(export_of(report), format)) {
        rendered = std::move(*exported);
    } else if (format == "markdown") {
        rendered = render_markdown(report);
    } else {
        TextOptions text;
        text.color = !to_file && use_color(shared.global, shared.env);
        text.width = to_file ? 80 : shared.env.width;
        text.full = options.full || to_file;
        rendered = render_recommendation_text(report, text) + "\n";
        // The summary fits a screen of k_summary_lines, the recommendation included.
        text.max_lines =
            k_summary_lines - static_cast<int>(std::count(rendered.begin(), rendered.end(), '\n'));
        rendered += render_plan_text(report, text);
    }

    const std::string answers = saved_answers_json(profile);
    for (auto& file : files) {
        file.content = file.what == "-o" ? rendered : answers;
    }
    if (to_file) {
        write_output_files(files);
        if (save_answers_to_stdout(options.answers, true)) {
            shared.io.out(answers);
        }
        if (profile.prompted) {
            shared.io.terminal() << (profile.lang == "zh" ? "已保存到 " : "Saved to ")
                                 << options.output << "\n";
        }
    } else {
        write_output_files(files);
        shared.io.show(rendered);
        if (profile.prompted && format == "text") {
            offer_to_save(report, profile, shared);
            offer_to_track(profile, path, shared);
        }
    }
    return 0;
}

} // namespace

void add_plan(CLI::App& command, Shared& shared) {
    auto options = std::make_shared<PlanOptions>();
    add_answer_flags(command, options->answers);
    add_gpu_price_flag(command, options->answers.gpu_prices);
    add_whole_path_flag(command, options->answers.whole_path);
    add_format_option(command, options->format, k_plan_formats);
    command
        .add_option("-o,--output", options->output,
                    "Write the plan to FILE atomically ('-' is stdout); the format follows the "
                    "extension (.md, .json, .txt, .ics, .csv)")
        ->type_name("FILE")
        ->check(file_name_check());
    command.add_flag("--full", options->full,
                     "Print every week of the text plan, not its summary (a file gets them all)");
    command.callback([options, &shared] {
        shared.action = [options, &shared] { return run_plan(*options, shared); };
    });
}

} // namespace llmpath::cli
