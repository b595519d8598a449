// `llmpath map`: the six layers of the stack, what each holds, its tools, the directions there.
#include <llmpath/render_catalog.hpp>

#include "render/common.hpp"
#include "util/text.hpp"

#include <fmt/color.h>
#include <nlohmann/json.hpp>

namespace llmpath {

std::string render_map_text(const Catalog& catalog, std::string_view lang, int width, bool color) {
    const auto& l = render::labels(lang);
    std::string out = color ? fmt::format(fmt::emphasis::bold, "{}", l.map_title) : l.map_title;
    out += '\n';
    auto para = [&](const std::string& indent, const std::string& body) {
        const int room = std::max(20, width - util::display_width(indent));
        for (const auto& line : util::wrap(body, room)) {
            out += indent + line + '\n';
        }
    };
    for (const auto& line : render::map_lines(catalog, lang)) {
        out += '\n';
        out += color ? fmt::format(fmt::emphasis::bold, "{}", line.name) : line.name;
        out += '\n';
        for (const auto* part : {&line.description, &line.tools, &line.directions}) {
            if (!part->empty()) {
                para("  ", *part);
            }
        }
    }
    return out;
}

std::string render_map_json(const Catalog& catalog, std::string_view lang) {
    nlohmann::ordered_json out;
    out["schema_version"] = 1;
    out["catalog"] = {{"id", catalog.id}, {"version", catalog.version}};
    out["lang"] = lang;
    auto layers = nlohmann::ordered_json::array();
    for (const auto& layer : catalog.layers) {
        layers.push_back({{"id", layer.id},
                          {"name", render::text(layer.name, lang)},
                          {"short_name", render::text(layer.short_name, lang)},
                          {"description", render::text(layer.description, lang)},
                          {"tools", layer.tools},
                          {"directions", layer.directions}});
    }
    out["layers"] = std::move(layers);
    return render::json_document(out);
}

} // namespace llmpath
