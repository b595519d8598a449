// End-to-end runs of the built binary: global flags, help, errors, catalogue selection.
#include "support/run.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "util/text.hpp"

#include <filesystem>
#include <fstream>

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
    for (const char* command :
         {"plan", "recommend", "questions", "directions", "show", "catalog", "batch", "help"}) {
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
    CHECK_THAT(r.err,
               StartsWith("llmpath: error: the following argument was not expected: --bogus"));
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
    CHECK(r.out ==
          "ID        Name      Keywords              Who it suits\n"
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

TEST_CASE("cli catalog validate says ok with counts", "[cli]") {
    const auto r = run_llmpath({"catalog", "validate", k_fixture});
    CHECK(r.exit_code == 0);
    CHECK(r.out == "ok: " + k_fixture +
                       ": cli-fixture 1.2.3: 2 directions, 3 phases, 1 pitfall, "
                       "4 questions, 6 tasks\n");
    const auto embedded = run_llmpath({"catalog", "validate"});
    CHECK(embedded.exit_code == 0);
    CHECK_THAT(embedded.out, StartsWith("ok: <embedded catalog>: llmpath-default "));
}

TEST_CASE("cli catalog validate lists every problem as FILE:POINTER: message and exits 3",
          "[cli]") {
    const auto dir = scratch_dir("cli-validate-problems");
    auto doc = nlohmann::ordered_json::parse(read_file(k_fixture));
    doc["tasks"][1]["hours"] = 0;
    doc["tasks"][2]["prerequisites"] = {"llm-overveiw"};
    std::ofstream(dir + "/bad.json") << doc.dump(2);
    RunOptions o;
    o.cwd = dir;
    const auto r = run_llmpath({"catalog", "validate", "bad.json"}, o);
    CHECK(r.exit_code == 3);
    CHECK(r.out.empty());
    CHECK(r.err == "bad.json:/tasks/1/hours: hours must be between 1 and 500, got 0\n"
                   "bad.json:/tasks/2/prerequisites/0: unknown task 'llm-overveiw' (did you mean "
                   "'llm-overview'?)\n"
                   "llmpath: error: bad.json: 2 problems\n");
}

TEST_CASE("cli catalog validate gives line and column for a syntax error", "[cli]") {
    const auto dir = scratch_dir("cli-validate-syntax");
    std::ofstream(dir + "/broken.json") << "{\n  \"id\": \"x\",\n  oops\n}\n";
    RunOptions o;
    o.cwd = dir;
    const auto r = run_llmpath({"catalog", "validate", "broken.json"}, o);
    CHECK(r.exit_code == 3);
    CHECK_THAT(r.err, StartsWith("broken.json:3:3: syntax error"));
}

TEST_CASE("cli catalog show prints the built-in catalogue exactly", "[cli]") {
    const auto r = run_llmpath({"catalog", "show"});
    CHECK(r.exit_code == 0);
    CHECK(r.out == read_file(std::string(LLMPATH_SOURCE_DIR) + "/data/catalog.json"));
}

TEST_CASE("cli --catalog wins over LLMPATH_CATALOG, which wins over the built-in one", "[cli]") {
    RunOptions env;
    env.env["LLMPATH_CATALOG"] = k_fixture;
    CHECK_THAT(run_llmpath({"catalog", "validate"}, env).out, Contains("cli-fixture 1.2.3"));
    CHECK_THAT(
        run_llmpath({"--catalog", test_data("catalog/valid/minimal.json"), "catalog", "validate"},
                    env)
            .out,
        !Contains("cli-fixture"));
    const auto missing = run_llmpath({"--catalog", "/nonexistent/catalog.json", "directions"});
    CHECK(missing.exit_code == 2);
    CHECK_THAT(missing.err, Contains("/nonexistent/catalog.json: no such file or directory"));
}

TEST_CASE("cli --lang, then LLMPATH_LANG, then LANG choose the language", "[cli]") {
    CHECK_THAT(run_llmpath({"--lang", "zh", "show", "data"}).out, StartsWith("data — 数据方向"));
    RunOptions env_lang;
    env_lang.env["LLMPATH_LANG"] = "zh";
    CHECK_THAT(run_llmpath({"show", "data"}, env_lang).out, StartsWith("data — 数据方向"));
    RunOptions locale;
    locale.env["LANG"] = "zh_CN.UTF-8";
    CHECK_THAT(run_llmpath({"show", "data"}, locale).out, StartsWith("data — 数据方向"));
    CHECK_THAT(run_llmpath({"--lang", "en", "show", "data"}, locale).out,
               StartsWith("data — Data"));
    const auto bad = run_llmpath({"--lang", "fr", "directions"});
    CHECK(bad.exit_code == 2);
    CHECK(bad.err ==
          "llmpath: error: --lang: the catalogue has no 'fr' text; choose one of en, zh\n");
}

TEST_CASE("cli show an unknown id exits 2 with a suggestion", "[cli]") {
    const auto r = run_llmpath({"show", "fundations"});
    CHECK(r.exit_code == 2);
    CHECK(r.err == "llmpath: error: unknown id 'fundations' (did you mean 'foundations'?); run "
                   "'llmpath directions' or 'llmpath catalog show' to see the ids\n");
}

TEST_CASE("cli output carries no colour codes off a terminal", "[cli]") {
    const auto r = run_llmpath({"plan", "--defaults", "--start", "2026-11-30"});
    CHECK(r.exit_code == 0);
    CHECK(r.out.find('\x1b') == std::string::npos);
}

// A catalogue over 2 MiB read from a file takes the large-catalogue path (the heap is prepared
// for it, cli/heap.cpp); from stdin it does not. Both must give the same plan.
TEST_CASE("cli a large catalogue file plans as the same catalogue from stdin", "[cli]") {
    auto catalog = nlohmann::json::parse(run_llmpath({"catalog", "show"}).out);
    const std::size_t builtin = catalog["tasks"].size();
    for (int i = 0; i < 8000; ++i) {
        const std::string n = std::to_string(i);
        catalog["tasks"].push_back(
            {{"id", "extra-" + n},
             {"phase", "portfolio"},
             {"directions", {"common"}},
             {"title",
              {{"en", "An extra reading task number " + n}, {"zh", "额外的阅读任务 " + n}}},
             {"hours", 1 + i % 5},
             {"core", false},
             {"deliverable", {{"en", "Notes on reading " + n}, {"zh", "阅读笔记 " + n}}},
             {"resources",
              {{{"type", "official"}, {"title", "Docs"}, {"url", "https://example.org/" + n}}}}});
    }
    const std::string dir = scratch_dir("large-catalog");
    const std::string path = dir + "/large.json";
    std::ofstream(path) << catalog.dump(1);
    REQUIRE(std::filesystem::file_size(path) > (std::size_t{2} << 20));

    const auto validate = run_llmpath({"catalog", "validate", path});
    CHECK(validate.exit_code == 0);
    CHECK_THAT(validate.out, Contains(std::to_string(builtin + 8000) + " tasks"));

    const std::vector<std::string> plan{"plan",       "--defaults", "--start",
                                        "2026-11-30", "--format",   "json"};
    auto from_file = plan;
    from_file.insert(from_file.begin(), {"--catalog", path});
    auto from_stdin = plan;
    from_stdin.insert(from_stdin.begin(), {"--catalog", "-"});
    RunOptions piped;
    piped.stdin_text = read_file(path);
    const auto a = run_llmpath(from_file);
    const auto b = run_llmpath(from_stdin, piped);
    CHECK(a.exit_code == 0);
    CHECK(a.err.empty());
    CHECK(b.exit_code == 0);
    CHECK(a.out == b.out);
    CHECK_THAT(a.out, Contains("\"task\": \"extra-"));
}
