#include "util/line_reader.hpp"

#include <catch2/catch.hpp>

#include <cstdio>
#include <sstream>
#include <string>
#include <vector>

using namespace llmpath::util;

namespace {

std::vector<InputLine> all_lines(LineReader& reader) {
    std::vector<InputLine> out;
    for (InputLine line; reader.next(line);) {
        out.push_back(line);
    }
    return out;
}

const char k_raw[] = "a\r\nb\0c\n\nlast";
const std::string k_input(k_raw, sizeof k_raw - 1);

} // namespace

TEST_CASE("line_reader::LineReader accounts for every byte, from a stream or a file",
          "[line_reader]") {
    std::istringstream stream(k_input);
    LineReader from_stream(stream, 100);
    std::FILE* file = ::fmemopen(const_cast<char*>(k_input.data()), k_input.size(), "rb");
    REQUIRE(file != nullptr);
    LineReader from_file(file, 100);
    for (const auto& lines : {all_lines(from_stream), all_lines(from_file)}) {
        REQUIRE(lines.size() == 4);
        CHECK(lines[0].text == "a");
        CHECK(lines[1].text == std::string("b\0c", 3));
        CHECK(lines[1].has_nul);
        CHECK_FALSE(lines[0].has_nul);
        CHECK(lines[2].text.empty());
        CHECK(lines[3].text == "last");
        CHECK(lines[3].number == 4);
    }
    std::fclose(file);
}

TEST_CASE("line_reader::LineReader stops at the first line over its limit", "[line_reader]") {
    std::istringstream stream("short\n" + std::string(5, 'x') + std::string(6, '\0') +
                              "\nnever read\n");
    LineReader reader(stream, 10);
    const auto lines = all_lines(reader);
    REQUIRE(lines.size() == 2);
    CHECK(lines[1].too_long);
    CHECK(lines[1].text.empty());
    CHECK_FALSE(lines[1].has_nul); // found by the lines fuzzer: a flag for text not kept
    CHECK(lines[1].number == 2);
}
