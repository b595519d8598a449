#include "cli/commands.hpp"

#include <llmpath/render_catalog.hpp>

namespace llmpath::cli {

namespace {

struct MapOptions {
    std::string format = "text";
};

int run_map(const MapOptions& options, Shared& shared) {
    const auto loaded = load_selected_catalog(shared.global, shared.env);
    const std::string lang = resolve_lang(shared.global, shared.env, *loaded.catalog);
    if (options.format == "json") {
        shared.io.out(render_map_json(*loaded.catalog, lang));
    } else {
        shared.io.out(render_map_text(*loaded.catalog, lang, shared.env.width,
                                      use_color(shared.global, shared.env)));
    }
    return 0;
}

} // namespace

void add_map(CLI::App& command, Shared& shared) {
    auto options = std::make_shared<MapOptions>();
    add_format_option(command, options->format, "text|json");
    command.callback([options, &shared] {
        shared.action = [options, &shared] { return run_map(*options, shared); };
    });
}

} // namespace llmpath::cli
