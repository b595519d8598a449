// `llmpath cohort`: learners' exported tracked plans, read from files and folders, one row each.
#include "cli/commands.hpp"
#include "cli/parallel.hpp"

#include <llmpath/cohort.hpp>
#include <llmpath/export.hpp>
#include <llmpath/render_tracking.hpp>

#include "util/say.hpp"

#include <algorithm>
#include <filesystem>
#include <new>
#include <optional>
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
std::vector<std::string> files_of(const std::string& path, std::vector<std::string>& problems,
                                  const std::string& lang) {
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
        Said reason = util::os_reason(ec.value());
        reason.en = ec.message();
        problems.push_back(util::say(msg::cohort_folder, path, reason).in(lang));
    }
    std::sort(files.begin(), files.end());
    return files;
}

/// The learners of `files`, in their order; what cannot be read is added to `problems`, in
/// `lang`.
std::vector<CohortLearner> read_learners(const std::vector<std::string>& files,
                                         std::vector<std::string>& problems,
                                         const std::string& lang) {
    // Each file is read on its own, on the machine's cores, stdin ('-') first and alone; the
    // problems keep the order of the files.
    std::vector<std::optional<CohortLearner>> read(files.size());
    std::vector<std::string> read_problems(files.size());
    auto read_one = [&](std::size_t i) {
        try {
            const std::string label = files[i] == "-" ? "<stdin>" : files[i];
            read[i] = learner_from_export(
                read_input_file(files[i], "learner export", k_max_export_bytes), label);
        } catch (const Error& e) {
            read_problems[i] = e.text(lang);
        } catch (const std::bad_alloc&) {
            read_problems[i] = util::say(msg::cohort_out_of_memory, files[i]).in(lang);
        }
    };
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (files[i] == "-") {
            read_one(i);
        }
    }
    for_each_index(files.size(), [&](std::size_t i) {
        if (files[i] != "-") {
            read_one(i);
        }
    });
    std::vector<CohortLearner> learners;
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (read[i]) {
            learners.push_back(std::move(*read[i]));
        } else {
            problems.push_back(std::move(read_problems[i]));
        }
    }
    return learners;
}

int run_cohort(const CohortOptions& options, Shared& shared) {
    const auto loaded = load_selected_catalog(shared.global, shared.env);
    const std::string lang = resolve_lang(shared.global, shared.env, *loaded.catalog);
    std::vector<std::string> problems;
    std::vector<std::string> files;
    for (const auto& path : options.paths) {
        const auto found = files_of(path, problems, shared.lang);
        files.insert(files.end(), found.begin(), found.end());
    }
    std::vector<CohortLearner> learners = read_learners(files, problems, shared.lang);
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
        const auto& words = files.size() == 1 ? msg::cohort_skipped_one : msg::cohort_skipped_many;
        shared.io.error(util::say(words, problems.size(), std::max(files.size(), problems.size()))
                            .in(shared.lang));
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
