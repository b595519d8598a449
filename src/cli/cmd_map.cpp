#include "cli/commands.hpp"

#include <llmpath/render_catalog.hpp>

namespace llmpath::cli {

void add_map(CLI::App& command, Shared& shared) {
    add_catalog_screen(command, shared, render_map_text, render_map_json);
}

} // namespace llmpath::cli
