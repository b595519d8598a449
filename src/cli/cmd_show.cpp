#include "cli/commands.hpp"

#include <llmpath/render_catalog.hpp>

namespace llmpath::cli {

namespace {

struct ShowOptions {
    std::string id;
    std::string format = "text";
};

int run_show(const ShowOptions& options, Shared& shared) {
    const auto loaded = load_selected_catalog(shared.global, shared.env);
    const std::string lang = resolve_lang(shared.global, shared.env, *loaded.catalog);
    if (options.format == "json") {
        shared.io.show(render_show_json(*loaded.catalog, options.id, lang));
    } else {
        shared.io.show(render_show_text(*loaded.catalog, options.id, lang, shared.env.width,
                                        use_color(shared.global, shared.env)));
    }
    return 0;
}

} // namespace

void add_show(CLI::App& command, Shared& shared) {
    auto options = std::make_shared<ShowOptions>();
    command.add_option("id", options->id, "A direction, phase, pitfall or task id")
        ->type_name("ID")
        ->required();
    add_format_option(command, options->format, "text|json");
    command.callback([options, &shared] {
        shared.action = [options, &shared] { return run_show(*options, shared); };
    });
}

} // namespace llmpath::cli
