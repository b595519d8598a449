#include "cli/commands.hpp"

#include <llmpath/error.hpp>
#include <llmpath/render_catalog.hpp>

#include "util/say.hpp"
#include "util/text.hpp"

#include <iostream>

namespace llmpath::cli {

namespace {

struct ValidateOptions {
    std::string file; ///< empty: the selected catalogue (--catalog, LLMPATH_CATALOG or built-in)
};

int run_validate(const ValidateOptions& options, Shared& shared) {
    try {
        const auto loaded = options.file.empty() ? load_selected_catalog(shared.global, shared.env)
                                                 : load_catalog_file(options.file, "catalog");
        shared.io.out(render_validation_ok(*loaded.catalog, loaded.source));
        return 0;
    } catch (const CatalogError& e) {
        // Compiler-style lines, one per problem, so editors and scripts can jump to each.
        std::string out;
        for (const auto& problem : e.problems()) {
            out += util::strip_controls(
                       CatalogError::format_problem(e.source(), problem, shared.lang)) +
                   "\n";
        }
        const std::size_t count = e.problems().size();
        out += error_lines(e.more().en.empty() ? util::say(count == 1 ? msg::cat_problems_one
                                                                      : msg::cat_problems_many,
                                                           e.source(), count)
                                                     .in(shared.lang)
                                               : e.more().in(shared.lang));
        shared.io.err(out);
        return static_cast<int>(ExitCode::catalog);
    }
}

} // namespace

void add_catalog(CLI::App& command, Shared& shared) {
    command.require_subcommand(1);
    auto options = std::make_shared<ValidateOptions>();
    CLI::App* validate = command.add_subcommand(
        "validate",
        "Check a catalogue: 'ok' with counts, or every problem as FILE:POINTER: message");
    validate
        ->add_option("file", options->file,
                     "Catalogue file ('-' reads stdin); default: the "
                     "selected catalogue")
        ->type_name("FILE");
    validate->callback([options, &shared] {
        shared.action = [options, &shared] { return run_validate(*options, shared); };
    });
    CLI::App* show = command.add_subcommand("show", "Print the built-in catalogue (JSON) to copy "
                                                    "and customise");
    show->callback([&shared] {
        shared.action = [&shared] {
            shared.io.out(embedded_catalog_text());
            return 0;
        };
    });
}

} // namespace llmpath::cli
