// `llmpath cohort`: learners' exported tracked plans, read from files and folders, one row each.
#include "cli/commands.hpp"

#include <llmpath/cohort.hpp>
#include <llmpath/export.hpp>
#include <llmpath/render_tracking.hpp>

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace llmpath::cli {

namespace {

/// The largest export read, as for the tracked plan itself.
constexpr std::size_t k_max_export_bytes = 64u << 20;

struct CohortOptions {
    std::vector<std::string> paths;
    std::string format = "text";
};

/// The files a path names: the file itself, or the `.json` files directly in a folder (not in
/// its sub-folders, not hidden ones), by name. A folder that cannot be read is a problem.
std::vector<std::string> files_of(const std::string& path, std::vector<std::string>& problems) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (path == "-" || !fs::is_directory(path, ec)) {
        return {path};
    }
    std::vector<std::string> files;
    fs::directory_iterator it(path, ec);
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
        const std::string name = it->path().filename().string();
        std::error_code type_ec;
        if (name.size() > 5 && name.front() != '.' && name.ends_with(".json") &&
            it->is_regular_file(type_ec)) {
            files.push_back((path.ends_with("/") ? path : path + "/") + name);
        }
    }
    if (ec) {
        problems.push_back(path + ": cannot read the folder: " + ec.message());
    }
    std::sort(files.begin(), files.end());
    return files;
}

int run_cohort(const CohortOptions& options, Shared& shared) {
    const auto loaded = load_selected_catalog(shared.global, shared.env);
    const std::string lang = resolve_lang(shared.global, shared.env, *loaded.catalog);
    std::vector<std::string> problems;
    std::vector<CohortLearner> learners;
    std::size_t files = 0;
    for (const auto& path : options.paths) {
        for (const auto& file : files_of(path, problems)) {
            ++files;
            try {
                const std::string label = file == "-" ? "<stdin>" : file;
                learners.push_back(learner_from_export(
                    read_input_file(file, "learner export", k_max_export_bytes), label));
            } catch (const Error& e) {
                problems.emplace_back(e.what());
            }
        }
    }
    const CohortView view = cohort_view(learners, shared.env.today.get());
    if (options.format == "json") {
        shared.io.out(render_cohort_json(view, lang));
    } else if (options.format == "csv") {
        shared.io.out(render_cohort_csv(view));
    } else if (options.format == "markdown") {
        shared.io.out(render_cohort_markdown(view, lang));
    } else {
        shared.io.show(render_cohort_text(view, lang, text_options(shared)));
    }
    for (const auto& problem : problems) {
        shared.io.error(problem);
    }
    if (!problems.empty()) {
        shared.io.error(std::to_string(problems.size()) + " of " +
                        std::to_string(std::max(files, problems.size())) +
                        (files == 1 ? " file was" : " files were") +
                        " skipped; the others are shown");
        return static_cast<int>(ExitCode::state);
    }
    return 0;
}

} // namespace

void add_cohort(CLI::App& command, Shared& shared) {
    auto options = std::make_shared<CohortOptions>();
    command
        .add_option("paths", options->paths,
                    "Learners' exports ('llmpath export --format json'), or folders of them "
                    "(their .json files); '-' reads one from stdin")
        ->type_name("FILE|DIR")
        ->required()
        ->check(file_name_check());
    add_format_option(command, options->format, "text|markdown|json|csv");
    command.callback([options, &shared] {
        shared.action = [options, &shared] { return run_cohort(*options, shared); };
    });
}

} // namespace llmpath::cli
