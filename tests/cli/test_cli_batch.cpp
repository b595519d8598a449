// End-to-end runs of `llmpath batch`: JSON Lines in, one compact plan per line out, in order.
#include "support/run.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace llmpath::test;

namespace {
const std::string k_cohort = R"({"background": "backend", "coding": "strong", "interests": ["infrastructure"]}
{"hours_per_week": 500}

{"background": "product", "business": "high", "interests": ["products"]}
not json
{"background": "systems", "coding": "strong", "math": "strong", "gpu": "tuned"}
)";

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        const auto nl = text.find('\n', start);
        lines.push_back(text.substr(start, nl - start));
        start = nl == std::string::npos ? text.size() : nl + 1;
    }
    return lines;
}
} // namespace

TEST_CASE("cli batch answers good lines in order and reports bad ones by line number", "[cli]") {
    RunOptions o;
    o.stdin_text = k_cohort;
    const auto r = run_llmpath({"batch", "--start", "2026-11-30"}, o);
    CHECK(r.exit_code == 2);
    const auto lines = lines_of(r.out);
    REQUIRE(lines.size() == 3);
    const char* expected[] = {"platform", "application", "deployment"};
    for (std::size_t i = 0; i < 3; ++i) {
        const auto doc = nlohmann::json::parse(lines[i]);
        CHECK(doc["recommendation"]["direction"] == expected[i]);
        CHECK(doc["plan"]["start_date"] == "2026-11-30");
    }
    CHECK(r.err == "llmpath: error: <stdin>:2: hours_per_week: 500 is above the maximum 60\n"
                   "llmpath: error: <stdin>:5:2: syntax error: invalid literal; last read: 'no'\n"
                   "llmpath: error: 2 of 6 lines failed\n");
}

TEST_CASE("cli batch lines equal plan --format json, compact", "[cli]") {
    RunOptions o;
    o.stdin_text = "{\"background\": \"backend\", \"python\": \"fluent\"}\n";
    const auto batch = run_llmpath({"batch", "-", "--start", "2026-11-30"}, o);
    REQUIRE(batch.exit_code == 0);
    const auto plan = run_llmpath({"plan", "--defaults", "-d", "background=backend", "-d",
                                   "python=fluent", "--start", "2026-11-30", "--format", "json"});
    CHECK(nlohmann::json::parse(batch.out) == nlohmann::json::parse(plan.out));
    CHECK(batch.out == nlohmann::ordered_json::parse(plan.out).dump() + "\n");
}

TEST_CASE("cli batch --jobs gives the same bytes as one thread", "[cli]") {
    std::string many;
    for (int i = 0; i < 300; ++i) {
        many += "{\"hours_per_week\": " + std::to_string(2 + i % 50) + "}\n";
    }
    RunOptions o;
    o.stdin_text = many;
    const auto one = run_llmpath({"batch", "--start", "2026-11-30"}, o);
    const auto two = run_llmpath({"batch", "--start", "2026-11-30", "--jobs", "2"}, o);
    CHECK(one.exit_code == 0);
    CHECK(two.exit_code == 0);
    CHECK(lines_of(one.out).size() == 300);
    CHECK(one.out == two.out);
}
