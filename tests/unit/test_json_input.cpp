// The JSON input layer's cut of a root array into two halves (its parsing is tested through
// the catalogue and the answers, which word its problems).
#include "json_input.hpp"

#include <catch2/catch.hpp>

#include <optional>
#include <string>

using llmpath::json_input::ArrayCut;
using llmpath::json_input::find_array_cut;

namespace {

/// The comma offset and the elements before it, or (0, 0) for no cut.
std::pair<std::size_t, std::size_t> cut_of(std::string_view text, std::size_t at) {
    const std::optional<ArrayCut> cut = find_array_cut(text, "tasks", at);
    return cut ? std::pair{cut->comma, cut->before} : std::pair<std::size_t, std::size_t>{0, 0};
}

} // namespace

TEST_CASE("json_input::find_array_cut finds the first comma between elements at or after a byte",
          "[json_input]") {
    const std::string text = R"({"a": [1, 2], "tasks": [{"x": [1, 2]}, "s,]", 3], "b": 4})";
    const std::size_t first = text.find("}, ") + 1;
    const std::size_t second = text.find(", 3]");
    CHECK(cut_of(text, 0) == std::pair{first, std::size_t{1}});
    CHECK(cut_of(text, first) == std::pair{first, std::size_t{1}});
    CHECK(cut_of(text, first + 1) == std::pair{second, std::size_t{2}});
    CHECK(cut_of(text, second + 1) == std::pair<std::size_t, std::size_t>{0, 0});
    const auto cut = find_array_cut(text, "tasks", 0);
    REQUIRE(cut);
    CHECK(text[cut->open] == '[');
    CHECK(cut->open == text.find("[{"));
}

TEST_CASE("json_input::find_array_cut cuts only the root member's array", "[json_input]") {
    using Cut = std::pair<std::size_t, std::size_t>;
    const Cut none{0, 0};
    // A value "tasks", a nested "tasks", an escaped quote before the key, a key spelt with an
    // escape, a non-array value, an empty array, and a root that is not an object.
    CHECK(cut_of(R"({"a": "tasks", "b": [1, 2]})", 0) == none);
    CHECK(cut_of(R"({"a": {"tasks": [1, 2]}})", 0) == none);
    CHECK(cut_of(R"({"a": "\"", "tasks": [1, 2]})", 0).second == 1);
    CHECK(cut_of(R"({"a": "\\", "tasks": [1, 2]})", 0).second == 1);
    CHECK(cut_of(R"({"t\u0061sks": [1, 2]})", 0) == none);
    CHECK(cut_of(R"({"tasks": {"a": 1, "b": 2}})", 0) == none);
    CHECK(cut_of(R"({"tasks": []})", 0) == none);
    CHECK(cut_of(R"(["tasks", [1, 2]])", 0) == none);
    CHECK(cut_of(R"(  {"tasks": [1, 2]})", 0).second == 1);
    // A text that is not JSON may still cut: parsing the parts finds that out.
    CHECK(cut_of(R"({"tasks": [, 2])", 0).second == 1);
    CHECK(cut_of("", 0) == none);
    CHECK(cut_of(R"({"tasks": ["unterminated, 2])", 0) == none);
}
