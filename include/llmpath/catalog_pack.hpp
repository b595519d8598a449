#pragma once

#include <llmpath/catalog.hpp>

#include <string>
#include <string_view>

namespace llmpath {

/// A compact binary form of a validated catalogue, for the embedded default: the build validates
/// data/catalog.json once and packs it, so a run only unpacks (microseconds, no JSON parsing).
std::string pack_catalog(const Catalog& catalog);

/// Reads pack_catalog's output. The catalogue's texts view `bytes` in place (the embedded pack is
/// static), so `bytes` must outlive it. Throws CatalogError if `bytes` is truncated, damaged or not
/// a pack of this format version.
Catalog unpack_catalog(std::string_view bytes, const std::string& source);

} // namespace llmpath
