#include "support/run.hpp"
#include "util/text.hpp"

#include <llmpath/error.hpp>
#include <llmpath/render_catalog.hpp>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace llmpath;
using Catch::Matchers::Contains;

namespace {
const Catalog& cli_fixture() {
    static const Catalog catalog =
        load_catalog(test::read_file(test::test_data("cli/catalog.json")), "catalog.json");
    return catalog;
}

/// Display column at which `needle` starts on `line`.
int column_of(const std::string& line, const std::string& needle) {
    const auto pos = line.find(needle);
    REQUIRE(pos != std::string::npos);
    return util::display_width(line.substr(0, pos));
}
} // namespace

TEST_CASE("render_catalog::render_directions_text lines up Chinese columns", "[render_catalog]") {
    const std::string out = render_directions_text(cli_fixture(), "zh", 120, false);
    std::vector<std::string> lines;
    for (const auto& l : util::split(out, '\n')) {
        if (!l.empty()) {
            lines.push_back(l);
        }
    }
    REQUIRE(lines.size() == 3);
    // Each row's third column starts at the same display column as the header's.
    const int keywords = column_of(lines[0], "关键词");
    CHECK(column_of(lines[1], "数据构建") == keywords);
    CHECK(column_of(lines[2], "训练流水线") == keywords);
    const int suits = column_of(lines[0], "适合谁");
    CHECK(column_of(lines[1], "完全小白") == suits);
    CHECK(column_of(lines[2], "后端") == suits);
}

TEST_CASE("render_catalog::render_directions_text strips escape sequences from catalogue text",
          "[render_catalog]") {
    const std::string out = render_directions_text(cli_fixture(), "en", 200, false);
    CHECK(out.find('\x1b') == std::string::npos);
    CHECK_THAT(out, Contains("DevOps backgrounds [31mred[0m"));
}

TEST_CASE("render_catalog::render_directions_text colours only the header when asked",
          "[render_catalog]") {
    const std::string plain = render_directions_text(cli_fixture(), "en", 200, false);
    const std::string coloured = render_directions_text(cli_fixture(), "en", 200, true);
    CHECK(coloured.rfind("\x1b[1mID\x1b[0m", 0) == 0);
    CHECK(plain.rfind("ID ", 0) == 0);
}

TEST_CASE("render_catalog::render_directions_json lists every direction", "[render_catalog]") {
    const auto doc = nlohmann::json::parse(render_directions_json(cli_fixture(), "zh"));
    CHECK(doc["schema_version"] == 1);
    REQUIRE(doc["directions"].size() == 2);
    CHECK(doc["directions"][0]["id"] == "data");
    CHECK(doc["directions"][0]["name"] == "数据方向");
}

TEST_CASE("render_catalog::render_show_text shows a direction, phase, pitfall and task",
          "[render_catalog]") {
    CHECK_THAT(render_show_text(cli_fixture(), "data", "en", 80, false),
               Contains("data — Data\nthe golden entry for career changers\n"));
    CHECK_THAT(render_show_text(cli_fixture(), "hands-on", "en", 80, false),
               Contains("Days: 31–90\n"));
    const std::string pitfall =
        render_show_text(cli_fixture(), "weak-engineering", "en", 80, false);
    INFO(pitfall);
    CHECK_THAT(pitfall,
               Contains("Addressed by: Python scripts that process data (bridge-python)\n"));
    const std::string task = render_show_text(cli_fixture(), "bridge-python", "en", 80, false);
    INFO(task);
    CHECK_THAT(task, Contains("Hours: 8 h (core, bridging)\n"));
    CHECK_THAT(task, Contains("Skipped by those who have: "));
    CHECK_THAT(task,
               Contains("The Python Tutorial (Official) https://docs.python.org/3/tutorial/"));
    const std::string zh = render_show_text(cli_fixture(), "bridge-python", "zh", 80, false);
    INFO(zh);
    CHECK_THAT(zh, Contains("时长：8 小时（核心，补短板）\n"));
    CHECK_THAT(zh, Contains("（官方文档）https://docs.python.org/3/tutorial/"));
}

TEST_CASE("render_catalog::render_show_text rejects an unknown id with a suggestion",
          "[render_catalog]") {
    CHECK_THROWS_AS(render_show_text(cli_fixture(), "platfrom", "en", 80, false), InputError);
    CHECK_THROWS_WITH(render_show_text(cli_fixture(), "platfrom", "en", 80, false),
                      "unknown id 'platfrom' (did you mean 'platform'?); run 'llmpath directions' "
                      "or 'llmpath catalog show' to see the ids");
    CHECK_THROWS_AS(render_show_json(cli_fixture(), "nothing-like-it", "en"), InputError);
}

TEST_CASE("render_catalog::render_validation_ok counts each section", "[render_catalog]") {
    CHECK(render_validation_ok(cli_fixture(), "catalog.json") ==
          "ok: catalog.json: cli-fixture 1.2.3: 2 directions, 3 phases, 1 pitfall, 4 questions, "
          "6 tasks\n");
}
