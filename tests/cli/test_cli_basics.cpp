// End-to-end runs of the built binary: global flags, help, errors, catalogue selection.
#include "support/run.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "util/text.hpp"

using namespace llmpath::test;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;

namespace {
const std::string k_fixture = test_data("cli/catalog.json");
}

TEST_CASE("cli --version prints the version and exits 0", "[cli]") {
    const auto r = run_llmpath({"--version"});
    CHECK(r.exit_code == 0);
    CHECK(r.out == std::string("llmpath ") + LLMPATH_VERSION + "\n");
    CHECK(r.err.empty());
}

TEST_CASE("cli --help leads with examples and lists the exit codes", "[cli]") {
    const auto r = run_llmpath({"--help"});
    CHECK(r.exit_code == 0);
    const auto examples = r.out.find("Examples:");
    const auto usage = r.out.find("Usage:");
    REQUIRE(examples != std::string::npos);
    REQUIRE(usage != std::string::npos);
    CHECK(examples < usage);
    CHECK_THAT(r.out, Contains("Exit codes: 0 ok"));
    CHECK_THAT(r.out, Contains("130 interrupted"));
    for (const char* command : {"plan", "recommend", "questions", "directions", "show", "catalog",
                                "batch", "help"}) {
        CHECK_THAT(r.out, Contains(command));
    }
}

TEST_CASE("cli help COMMAND shows that command's help with its examples", "[cli]") {
    const auto r = run_llmpath({"help", "plan"});
    CHECK(r.exit_code == 0);
    CHECK_THAT(r.out, Contains("llmpath plan --data-file me.json -o plan.md"));
    CHECK_THAT(r.out, Contains("--defaults"));
    CHECK(run_llmpath({"plan", "--help"}).out == r.out);
}

TEST_CASE("cli help for an unknown command suggests the closest", "[cli]") {
    const auto r = run_llmpath({"help", "dirctions"});
    CHECK(r.exit_code == 2);
    CHECK(r.err == "llmpath: error: no help for 'dirctions' (did you mean 'directions'?); run "
                   "'llmpath --help' for the commands\n");
}

TEST_CASE("cli an unknown command is a usage error with a suggestion", "[cli]") {
    const auto r = run_llmpath({"plna"});
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK(r.err == "llmpath: error: unknown command 'plna' (did you mean 'plan'?); run 'llmpath "
                   "--help' for the commands\n");
}

TEST_CASE("cli an unknown flag exits 2, never with a CLI11 code", "[cli]") {
    const auto r = run_llmpath({"directions", "--bogus"});
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, StartsWith("llmpath: error: the following argument was not expected: --bogus"));
    CHECK_THAT(r.err, Contains("run 'llmpath help directions' for usage"));
}

TEST_CASE("cli a bad --format value exits 2", "[cli]") {
    const auto r = run_llmpath({"directions", "--format", "yaml"});
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, StartsWith("llmpath: error: --format: yaml not in {text,json}"));
}

TEST_CASE("cli directions prints an aligned table from the selected catalogue", "[cli]") {
    RunOptions wide;
    wide.env["COLUMNS"] = "120";
    const auto r = run_llmpath({"--catalog", k_fixture, "directions"}, wide);
    CHECK(r.exit_code == 0);
    CHECK(r.err.empty());
    CHECK(r.out == "id        name      keywords              who it suits\n"
                   "data      Data      dataset construction  complete beginners, career changers\n"
                   "platform  Platform  training pipelines    backend, big-data, DevOps backgrounds "
                   "[31mred[0m\n");
}

TEST_CASE("cli directions wraps long cells to the terminal width", "[cli]") {
    const auto r = run_llmpath({"--catalog", k_fixture, "directions"});
    CHECK(r.exit_code == 0);
    for (const auto& line : llmpath::util::split(r.out, '\n')) {
        CHECK(llmpath::util::display_width(line) <= 80);
    }
    CHECK_THAT(r.out, Contains("                    construction\n"));
}
