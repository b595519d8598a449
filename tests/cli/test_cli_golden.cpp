// Whole plans from the default catalogue for one persona per direction and one with 3 hours a
// week, in every format, compared byte for byte with tests/data/golden/. After a deliberate change
// to the catalogue or a renderer: LLMPATH_UPDATE_GOLDEN=1 ./build/release/tests/llmpath_tests "[golden]"
#include "support/run.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>

using namespace llmpath::test;

namespace {

struct Case {
    const char* persona;
    const char* expected_direction;
};

/// Every format, and the golden file's extension (the checklist is Markdown too).
constexpr std::pair<const char*, const char*> k_formats[] = {
    {"text", "txt"}, {"markdown", "md"},   {"json", "json"},
    {"ics", "ics"},  {"csv", "csv"},       {"checklist", "checklist.md"}};

void check_golden(const std::string& name, const std::string& actual) {
    const std::string path = test_data("golden/" + name);
    if (std::getenv("LLMPATH_UPDATE_GOLDEN") != nullptr) {
        std::ofstream(path, std::ios::binary) << actual;
    }
    INFO("golden file " << path);
    CHECK(actual == read_file(path));
}

} // namespace

TEST_CASE("cli plan matches the golden plans for each persona and format", "[cli][golden]") {
    const Case cases[] = {{"newcomer", "data"},
                          {"backend", "platform"},
                          {"product", "application"},
                          {"systems", "deployment"},
                          {"three-hours", "data"}};
    for (const auto& c : cases) {
        for (const auto& [format, ext] : k_formats) {
            const auto r = run_llmpath({"plan", "--data-file", test_data(std::string("personas/") +
                                                                         c.persona + ".json"),
                                        "--start", "2026-11-30", "--format", format});
            INFO(c.persona << " " << format << ": " << r.err);
            REQUIRE(r.exit_code == 0);
            check_golden(std::string(c.persona) + "." + ext, r.out);
            if (std::string(format) == "json") {
                CHECK(r.out.find(std::string("\"direction\": \"") + c.expected_direction) !=
                      std::string::npos);
            }
        }
    }
}

TEST_CASE("cli plan matches the golden Chinese plans", "[cli][golden]") {
    const char* personas[] = {"newcomer", "backend", "product", "systems"};
    for (const char* persona : personas) {
        for (const auto& [format, ext] : k_formats) {
            const auto r = run_llmpath({"plan", "--lang", "zh", "--data-file",
                                        test_data(std::string("personas/") + persona + ".json"),
                                        "--start", "2026-11-30", "--format", format});
            INFO(persona << " " << format << ": " << r.err);
            REQUIRE(r.exit_code == 0);
            check_golden(std::string(persona) + ".zh." + ext, r.out);
        }
    }
}
