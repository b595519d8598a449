#pragma once

#include <llmpath/catalog.hpp>

#include <string>
#include <string_view>

namespace llmpath {

/// The directions as an aligned table (id, name, keywords, who it suits); wide characters count
/// two columns, so Chinese lines up. Columns wrap to fit `width`.
std::string render_directions_text(const Catalog& catalog, std::string_view lang, int width,
                                   bool color);

/// The directions as JSON for programs ({"schema_version":1,"directions":[...]}).
std::string render_directions_json(const Catalog& catalog, std::string_view lang);

/// Everything about one direction, phase, pitfall or task. Throws InputError for an unknown id,
/// with "did you mean '…'?".
std::string render_show_text(const Catalog& catalog, std::string_view id, std::string_view lang,
                             int width, bool color);
std::string render_show_json(const Catalog& catalog, std::string_view id, std::string_view lang);

/// The map of the field: the catalogue's layers, top to bottom, each with what it holds, its
/// tools and the directions that work there; wrapped to `width`.
std::string render_map_text(const Catalog& catalog, std::string_view lang, int width, bool color);
/// The same for programs ({"schema_version":1,"layers":[...]}).
std::string render_map_json(const Catalog& catalog, std::string_view lang);

/// "ok: SOURCE: ID VERSION: 4 directions, 3 phases, 3 pitfalls, 10 questions, 90 tasks".
std::string render_validation_ok(const Catalog& catalog, std::string_view source);

} // namespace llmpath
