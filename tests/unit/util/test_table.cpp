#include "util/table.hpp"

#include <catch2/catch.hpp>

using namespace llmpath::util;

TEST_CASE("table::render_table pads columns by display width", "[table]") {
    const auto out = render_table({{"id", false}, {"name", false}},
                                  {{"data", "数据方向"}, {"platform", "平台"}}, 80);
    CHECK(out == "id        name\n"
                 "data      数据方向\n"
                 "platform  平台\n");
}

TEST_CASE("table::render_table wraps flexible columns to fit the width", "[table]") {
    const auto out = render_table({{"id", false}, {"about", true}},
                                  {{"a", "one two three four five six seven eight"}}, 20);
    CHECK(out == "id  about\n"
                 "a   one two three\n"
                 "    four five six\n"
                 "    seven eight\n");
}

TEST_CASE("table::render_table wraps header cells in the given prefix and suffix", "[table]") {
    const auto out = render_table({{"id", false}, {"x", false}}, {{"abc", "1"}}, 80, "<", ">");
    CHECK(out == "<id>   <x>\n"
                 "abc  1\n");
}
