// End-to-end runs of `llmpath plan` and `llmpath recommend` as a script would run them.
#include "support/check.hpp"
#include "support/run.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

using namespace llmpath::test;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;
namespace fs = std::filesystem;

namespace {

const std::vector<std::string> k_defaults{"plan", "--defaults", "--start", "2026-11-30"};

std::vector<std::string> with(std::vector<std::string> base, const std::vector<std::string>& more) {
    base.insert(base.end(), more.begin(), more.end());
    return base;
}

RunOptions in_dir(const std::string& dir) {
    RunOptions o;
    o.cwd = dir;
    return o;
}

} // namespace

TEST_CASE("cli plan without a terminal names every missing answer and exits 2", "[cli]") {
    const auto r = run_llmpath({"plan", "-d", "background=backend"});
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK(r.err ==
          "llmpath: error: missing answers for coding, python, linux, math, gpu, business, "
          "interests, k8s, hours_per_week, start_date: pass -d ID=VALUE for each, "
          "--data-file FILE, or --defaults\n");
}

TEST_CASE("cli plan reports every bad answer at once with its source", "[cli]") {
    const auto r = run_llmpath(with(
        k_defaults, {"-d", "hours_per_week=500", "-d", "background=backnd", "-d", "nosuch=1"}));
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK(r.err ==
          "llmpath: error: -d: nosuch: unknown question\n"
          "llmpath: error: -d: background: 'backnd' is not a choice (did you mean 'backend'?); "
          "choose one of none, student, backend, frontend, bigdata, devops, systems, data-analyst, "
          "algorithm, product\n"
          "llmpath: error: -d: hours_per_week: 500 is above the maximum 60\n");
}

TEST_CASE("cli plan names the data file in its problems", "[cli]") {
    const auto dir = scratch_dir("cli-data-file-problem");
    std::ofstream(dir + "/team.json") << R"({"hours_per_week": 500})";
    const auto r = run_llmpath(with(k_defaults, {"--data-file", "team.json"}), in_dir(dir));
    CHECK(r.exit_code == 2);
    CHECK(r.err ==
          "llmpath: error: --data-file team.json: hours_per_week: 500 is above the maximum 60\n");
}

TEST_CASE("cli plan is byte-identical for the same answers, start and catalogue", "[cli]") {
    for (const char* format : {"text", "markdown", "json"}) {
        const auto a = run_llmpath(with(k_defaults, {"--format", format}));
        const auto b = run_llmpath(with(k_defaults, {"--format", format}));
        REQUIRE(a.exit_code == 0);
        CHECK(a.err.empty());
        CHECK(!a.out.empty());
        CHECK(a.out == b.out);
    }
}

TEST_CASE("cli plan -o writes the format its extension names, atomically", "[cli]") {
    const auto dir = scratch_dir("cli-output-formats");
    for (const char* name : {"plan.md", "plan.json", "plan.txt"}) {
        const auto r = run_llmpath(with(k_defaults, {"-o", name}), in_dir(dir));
        CHECK(r.exit_code == 0);
        CHECK(r.out.empty());
        CHECK(r.err.empty());
    }
    CHECK_THAT(read_file(dir + "/plan.md"), StartsWith("# "));
    CHECK(nlohmann::json::parse(read_file(dir + "/plan.json"))["schema_version"] == 2);
    // A text file holds the whole plan, as --full prints it.
    CHECK(read_file(dir + "/plan.txt") == run_llmpath(with(k_defaults, {"--full"})).out);
    CHECK(entries(dir) == 3); // no temporary file left behind
}

TEST_CASE("cli plan -o refuses to overwrite without --force", "[cli]") {
    const auto dir = scratch_dir("cli-output-force");
    std::ofstream(dir + "/plan.md") << "keep me\n";
    const auto r = run_llmpath(with(k_defaults, {"-o", "plan.md"}), in_dir(dir));
    CHECK(r.exit_code == 2);
    CHECK(r.err == "llmpath: error: -o plan.md already exists; pass --force to overwrite it\n");
    CHECK(read_file(dir + "/plan.md") == "keep me\n");
    const auto forced = run_llmpath(with(k_defaults, {"-o", "plan.md", "--force"}), in_dir(dir));
    CHECK(forced.exit_code == 0);
    CHECK_THAT(read_file(dir + "/plan.md"), StartsWith("# "));
    CHECK(entries(dir) == 1);
}

TEST_CASE("cli plan -o with an unknown extension needs --format", "[cli]") {
    const auto dir = scratch_dir("cli-output-extension");
    const auto r = run_llmpath(with(k_defaults, {"-o", "plan.out"}), in_dir(dir));
    CHECK(r.exit_code == 2);
    CHECK(
        r.err ==
        "llmpath: error: -o plan.out: cannot tell the format from the file name; name it "
        ".md, .json, .txt, .ics or .csv, or pass --format text|markdown|json|ics|csv|checklist\n");
    CHECK(entries(dir) == 0);
    const auto ok =
        run_llmpath(with(k_defaults, {"-o", "plan.out", "--format", "json"}), in_dir(dir));
    CHECK(ok.exit_code == 0);
    CHECK(nlohmann::json::parse(read_file(dir + "/plan.out"))["schema_version"] == 2);
}

TEST_CASE("cli plan -o - writes to stdout", "[cli]") {
    const auto r = run_llmpath(with(k_defaults, {"-o", "-", "--format", "markdown"}));
    CHECK(r.exit_code == 0);
    CHECK(r.out == run_llmpath(with(k_defaults, {"--format", "markdown"})).out);
}

TEST_CASE("cli plan -o into a missing folder fails and writes nothing", "[cli]") {
    const auto dir = scratch_dir("cli-output-missing");
    const auto r = run_llmpath(with(k_defaults, {"-o", "missing/plan.md"}), in_dir(dir));
    CHECK(r.exit_code == 1);
    CHECK(r.out.empty());
    CHECK(
        r.err ==
        "llmpath: error: -o missing/plan.md: cannot write: the folder 'missing' does not exist\n");
    CHECK(entries(dir) == 0);
}

TEST_CASE("cli --save-answers then --data-file replays to the same plan", "[cli]") {
    const auto dir = scratch_dir("cli-replay");
    const auto first = run_llmpath(
        with(k_defaults, {"-d", "background=backend", "-d", "interests=infrastructure,performance",
                          "--save-answers", "me.json", "--format", "json"}),
        in_dir(dir));
    REQUIRE(first.exit_code == 0);
    const auto saved = nlohmann::json::parse(read_file(dir + "/me.json"));
    CHECK(saved["_catalog"] == "llmpath-default");
    CHECK(saved["_llmpath_version"] == LLMPATH_VERSION);
    CHECK(saved["background"] == "backend");
    const auto replay =
        run_llmpath({"plan", "--data-file", "me.json", "--format", "json"}, in_dir(dir));
    CHECK(replay.exit_code == 0);
    CHECK(replay.out == first.out);
}

TEST_CASE("cli --data-file - reads the answers from stdin", "[cli]") {
    RunOptions o;
    o.stdin_text = R"({"background": "product", "business": "high", "interests": ["products"]})";
    const auto r =
        run_llmpath({"recommend", "--defaults", "--data-file", "-", "--format", "json"}, o);
    CHECK(r.exit_code == 0);
    CHECK(nlohmann::json::parse(r.out)["recommendation"]["direction"] == "application");
}

TEST_CASE("cli -d beats --data-file, which beats the defaults", "[cli]") {
    const auto dir = scratch_dir("cli-precedence");
    std::ofstream(dir + "/me.json") << R"({"hours_per_week": 20, "background": "product"})";
    const auto r = run_llmpath(
        with(k_defaults, {"--data-file", "me.json", "-d", "hours_per_week=30", "--format", "json"}),
        in_dir(dir));
    REQUIRE(r.exit_code == 0);
    const auto doc = nlohmann::json::parse(r.out);
    CHECK(doc["profile"]["hours_per_week"] == 30);
    CHECK(doc["profile"]["background"] == "product");
    CHECK(doc["profile"]["coding"] == "none");
}

TEST_CASE("cli --start sets the first day and is checked like any date", "[cli]") {
    const auto r = run_llmpath({"plan", "--defaults", "--start", "2027-01-04", "--format", "json"});
    REQUIRE(r.exit_code == 0);
    CHECK(nlohmann::json::parse(r.out)["plan"]["start_date"] == "2027-01-04");
    const auto bad = run_llmpath({"plan", "--defaults", "--start", "2026-02-30"});
    CHECK(bad.exit_code == 2);
    CHECK(bad.err ==
          "llmpath: error: --start: '2026-02-30' is not a real date; expected YYYY-MM-DD, "
          "e.g. 2027-01-04\n");
}

TEST_CASE("cli --direction plans for the chosen direction and still ranks them all", "[cli]") {
    const auto r = run_llmpath(with(k_defaults, {"--direction", "deployment", "--format", "json"}));
    REQUIRE(r.exit_code == 0);
    const auto doc = nlohmann::json::parse(r.out);
    CHECK(doc["recommendation"]["direction"] == "deployment");
    CHECK(doc["recommendation"]["chosen_by_user"] == true);
    CHECK(doc["recommendation"]["ranking"].size() == 4);
    const auto bad = run_llmpath(with(k_defaults, {"--direction", "deploymnt"}));
    CHECK(bad.exit_code == 2);
    CHECK_THAT(bad.err, StartsWith("llmpath: error: unknown direction 'deploymnt' (did you mean "
                                   "'deployment'?)"));
}

TEST_CASE("cli plan | head -1 ends quietly when the reader goes away", "[cli]") {
    const auto r = run_shell(R"("$LLMPATH" plan --defaults --start 2026-11-30 | head -1; )"
                             R"(echo "status=${PIPESTATUS[0]}")");
    CHECK(r.out == "Recommended direction: Data\nstatus=0\n");
    CHECK(r.err.empty());
}

TEST_CASE("cli recommend prints the recommendation alone", "[cli]") {
    const auto r = run_llmpath({"recommend", "--defaults", "-d", "background=systems", "-d",
                                "coding=strong", "-d", "math=strong", "-d", "gpu=tuned"});
    CHECK(r.exit_code == 0);
    CHECK_THAT(r.out, StartsWith("Recommended direction: Deployment"));
    CHECK(r.out.find("Week 1") == std::string::npos);
}

TEST_CASE("cli questions lists ids for script authors and --template replays", "[cli]") {
    const auto list = run_llmpath({"questions", "--format", "json"});
    REQUIRE(list.exit_code == 0);
    const auto doc = nlohmann::json::parse(list.out);
    std::vector<std::string> ids;
    for (const auto& q : doc["questions"]) {
        ids.push_back(q["id"]);
    }
    CHECK(ids == std::vector<std::string>{"background", "coding", "python", "linux", "math", "gpu",
                                          "business", "interests", "k8s", "hours_per_week",
                                          "start_date"});
    const auto dir = scratch_dir("cli-template");
    std::ofstream(dir + "/me.json") << run_llmpath({"questions", "--template"}).out;
    const auto r =
        run_llmpath({"plan", "--data-file", "me.json", "--start", "2026-11-30"}, in_dir(dir));
    CHECK(r.exit_code == 0);
    CHECK(r.out == run_llmpath(k_defaults).out);
}
