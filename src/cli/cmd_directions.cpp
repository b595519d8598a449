#include "cli/commands.hpp"

#include <llmpath/render_catalog.hpp>

namespace llmpath::cli {

void add_directions(CLI::App& command, Shared& shared) {
    add_catalog_screen(command, shared, render_directions_text, render_directions_json);
}

} // namespace llmpath::cli
