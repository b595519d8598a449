#include "support/check.hpp"

#include "support/run.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>

namespace llmpath::test {

void check_golden(const std::string& relative, const std::string& actual) {
    const std::string path = test_data(relative);
    const char* update = std::getenv("LLMPATH_UPDATE_GOLDEN");
    if (update != nullptr && std::string(update) == "1") {
        std::ofstream(path, std::ios::binary) << actual;
    }
    INFO("golden file " << path << " (LLMPATH_UPDATE_GOLDEN=1 rewrites it)");
    REQUIRE(std::filesystem::exists(path));
    CHECK(actual == read_file(path));
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        const auto nl = text.find('\n', start);
        lines.push_back(text.substr(start, nl == std::string::npos ? nl : nl - start));
        start = nl == std::string::npos ? text.size() : nl + 1;
    }
    return lines;
}

std::size_t entries(const std::string& dir) {
    namespace fs = std::filesystem;
    return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), {}));
}

Date date(const char* text) {
    const auto parsed = Date::parse(text);
    REQUIRE(parsed.has_value());
    return *parsed;
}

std::size_t sample_every() {
    const char* every = std::getenv("LLMPATH_TEST_SAMPLE");
    const long n = every != nullptr ? std::strtol(every, nullptr, 10) : 1;
    return n > 1 ? static_cast<std::size_t>(n) : 1;
}

const Catalog& render_fixture() {
    static const Catalog catalog =
        load_catalog(read_file(test_data("render/catalog.json")), "catalog.json");
    return catalog;
}

std::size_t occurrences(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) {
        ++n;
    }
    return n;
}

} // namespace llmpath::test
