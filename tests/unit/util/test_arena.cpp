// The arena that texts and a document's values live in.
#include <llmpath/arena.hpp>

#include <catch2/catch.hpp>

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

using llmpath::Arena;

TEST_CASE("util::Arena keeps each text where it stays, short or long", "[util]") {
    Arena store;
    const std::string long_text(200'000, 'x'); // longer than a block
    std::vector<std::string_view> kept;
    for (int i = 0; i < 5'000; ++i) {
        kept.push_back(store.keep("text " + std::to_string(i)));
    }
    const std::string_view big = store.keep(long_text);
    const std::string_view after = store.keep("after the long one");
    CHECK(store.keep("").empty());
    for (int i = 0; i < 5'000; ++i) {
        REQUIRE(kept[static_cast<std::size_t>(i)] == "text " + std::to_string(i));
    }
    CHECK(big == long_text);
    CHECK(big.data() != long_text.data());
    CHECK(after == "after the long one");
}

TEST_CASE("util::Arena keeps arrays of plain values aligned among texts", "[util]") {
    Arena store;
    std::vector<const double*> arrays;
    for (int i = 0; i < 3'000; ++i) {
        store.keep(std::string(static_cast<std::size_t>(i % 7 + 1), 'a')); // odd sizes between
        const std::array<double, 3> values{i + 0.5, i + 1.5, i + 2.5};
        arrays.push_back(store.keep(std::span<const double>(values)));
    }
    std::vector<std::int64_t> large(20'000); // larger than a block
    for (std::size_t i = 0; i < large.size(); ++i) {
        large[i] = static_cast<std::int64_t>(i * i);
    }
    const std::int64_t* kept_large = store.keep(std::span<const std::int64_t>(large));
    CHECK(store.keep(std::span<const double>()) == nullptr);
    for (std::size_t i = 0; i < arrays.size(); ++i) {
        REQUIRE(reinterpret_cast<std::uintptr_t>(arrays[i]) % alignof(double) == 0);
        REQUIRE(arrays[i][0] == static_cast<double>(i) + 0.5);
        REQUIRE(arrays[i][2] == static_cast<double>(i) + 2.5);
    }
    CHECK(std::vector<std::int64_t>(kept_large, kept_large + large.size()) == large);
}
