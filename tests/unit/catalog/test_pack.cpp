#include <llmpath/catalog_pack.hpp>
#include <llmpath/error.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

using namespace llmpath;

TEST_CASE("catalog_pack::unpack_catalog gives back exactly the catalogue that was packed",
          "[catalog_pack]") {
    const Catalog parsed = load_catalog(std::string(embedded_catalog_text()), "catalog.json");
    const std::string packed = pack_catalog(parsed);
    CHECK(unpack_catalog(packed, "catalog.pack") == parsed);
    // The embedded catalogue a run uses is the packed one; it equals the JSON's.
    CHECK(embedded_catalog() == parsed);
}

TEST_CASE("catalog_pack::unpack_catalog rejects every truncation and a wrong header",
          "[catalog_pack]") {
    const std::string packed =
        pack_catalog(load_catalog(std::string(embedded_catalog_text()), "catalog.json"));
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

TEST_CASE("catalog_pack::pack_catalog keeps each language's texts together, after the structure",
          "[catalog_pack]") {
    const Catalog parsed = load_catalog(std::string(embedded_catalog_text()), "catalog.json");
    const std::string packed = pack_catalog(parsed);
    const Catalog unpacked = unpack_catalog(packed, "catalog.pack");
    REQUIRE(parsed.languages == std::vector<std::string>{"en", "zh"});
    // Every English text comes before every Chinese one, and all of them view the pack itself.
    const char* last_en = nullptr;
    const char* first_zh = packed.data() + packed.size();
    for (const auto& task : unpacked.tasks) {
        for (const Text* t : {&task.title, &task.deliverable}) {
            REQUIRE(t->by_lang.size() == 2);
            const std::string_view en = t->by_lang[0].text;
            const std::string_view zh = t->by_lang[1].text;
            CHECK(en.data() >= packed.data());
            CHECK(zh.data() + zh.size() <= packed.data() + packed.size());
            last_en = std::max(last_en, en.data());
            first_zh = std::min(first_zh, zh.data());
        }
    }
    CHECK(last_en < first_zh);
    // A text given twice is packed once.
    const Text& a = unpacked.tasks[0].title;
    Catalog twice = parsed;
    twice.tasks[1].title = twice.tasks[0].title;
    const std::string packed_twice = pack_catalog(twice);
    const Catalog unpacked_twice = unpack_catalog(packed_twice, "twice.pack");
    CHECK(unpacked_twice.tasks[1].title.get("en").data() ==
          unpacked_twice.tasks[0].title.get("en").data());
    CHECK(unpacked_twice.tasks[1].title == a);
}

TEST_CASE("catalog_pack::unpack_catalog rejects a text outside the pools", "[catalog_pack]") {
    Catalog c = load_catalog(std::string(embedded_catalog_text()), "catalog.json");
    std::string packed = pack_catalog(c);
    // The first text is the catalogue's plain title (empty): its offset, then its size, after the
    // header (16 bytes), the schema version (8 bytes), the id, the version and the languages.
    std::size_t at = 16 + 8 + (4 + c.id.size()) + (4 + c.version.size()) + 4;
    for (const auto& lang : c.languages) {
        at += 4 + lang.size();
    }
    const std::uint32_t too_far = 0x7fffffff;
    std::memcpy(packed.data() + at, &too_far, 4);
    CHECK_THROWS_WITH(unpack_catalog(packed, "x.pack"),
                      "x.pack:/: the packed catalogue is damaged at byte " +
                          std::to_string(at + 8));
}
