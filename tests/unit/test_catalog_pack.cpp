#include <llmpath/catalog_pack.hpp>
#include <llmpath/error.hpp>

#include <catch2/catch.hpp>

using namespace llmpath;

TEST_CASE("catalog_pack::unpack_catalog gives back exactly the catalogue that was packed",
          "[catalog_pack]") {
    const Catalog parsed = load_catalog(embedded_catalog_text(), "catalog.json");
    const std::string packed = pack_catalog(parsed);
    CHECK(unpack_catalog(packed, "catalog.pack") == parsed);
    // The embedded catalogue a run uses is the packed one; it equals the JSON's.
    CHECK(embedded_catalog() == parsed);
}

TEST_CASE("catalog_pack::unpack_catalog rejects every truncation and a wrong header",
          "[catalog_pack]") {
    const std::string packed = pack_catalog(load_catalog(embedded_catalog_text(), "catalog.json"));
    for (std::size_t cut = 0; cut < packed.size(); cut += 97) {
        CHECK_THROWS_AS(unpack_catalog(std::string_view(packed).substr(0, cut), "x.pack"),
                        CatalogError);
    }
    std::string wrong = packed;
    wrong[4] = '\x7f'; // the format version
    CHECK_THROWS_WITH(unpack_catalog(wrong, "x.pack"),
                      "x.pack:/: the packed catalogue is damaged at byte 8");
    CHECK_THROWS_AS(unpack_catalog(packed + "x", "x.pack"), CatalogError);
}
