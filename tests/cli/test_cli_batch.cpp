// End-to-end runs of `llmpath batch`: JSON Lines in, one compact plan per line out, in order.
#include "support/check.hpp"
#include "support/run.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace llmpath::test;

namespace {
const std::string k_cohort =
    R"({"background": "backend", "coding": "strong", "interests": ["infrastructure"]}
{"hours_per_week": 500}

{"background": "product", "business": "high", "interests": ["products"]}
not json
{"background": "systems", "coding": "strong", "math": "strong", "gpu": "tuned"}
)";

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

namespace {

/// The names in `dir`, sorted, as `ls -A` shows them.
std::string listing(const std::string& dir) {
    return run_shell("cd '" + dir + "' && ls -A | LC_ALL=C sort | tr '\\n' ' '").out;
}

RunOptions stdin_of(const std::string& text) {
    RunOptions o;
    o.stdin_text = text;
    return o;
}

} // namespace

TEST_CASE("cli batch writes one plan per line, in input order", "[cli]") {
    std::string many;
    for (int i = 0; i < 300; ++i) {
        many += "{\"hours_per_week\": " + std::to_string(2 + i % 50) + "}\n";
    }
    const auto r = run_llmpath({"batch", "--start", "2026-11-30"}, stdin_of(many));
    CHECK(r.exit_code == 0);
    const auto lines = lines_of(r.out);
    REQUIRE(lines.size() == 300);
    for (std::size_t i = 0; i < lines.size(); i += 37) {
        CHECK(nlohmann::json::parse(lines[i])["plan"]["hours_per_week"] == 2 + i % 50);
    }
}

TEST_CASE("cli batch fails a line with a NUL byte on that line, and stops at a line over 1 MiB",
          "[cli]") {
    using namespace std::string_literals;
    std::string input = "{\"id\": \"a\"}\n{\"id\": \"b\"\0}\n{\"id\": \"c\"}\n"s;
    auto r = run_llmpath({"batch", "--start", "2026-11-30"}, stdin_of(input));
    CHECK(r.exit_code == 2);
    CHECK(lines_of(r.out).size() == 2); // a and c: no line merged or dropped
    CHECK(r.err == "llmpath: error: <stdin>:2: holds a NUL byte; an answers line is JSON text\n"
                   "llmpath: error: 1 of 3 lines failed\n");
    input = "{}\n" + std::string((1u << 20) + 1, ' ') + "\n{}\n";
    r = run_llmpath({"batch", "--start", "2026-11-30"}, stdin_of(input));
    CHECK(r.exit_code == 2);
    CHECK(lines_of(r.out).size() == 1);
    CHECK(r.err == "llmpath: error: <stdin>:2: longer than 1 MiB; the lines after it were not "
                   "read\nllmpath: error: 1 of 2 lines failed\n");
}

TEST_CASE("cli batch --out-dir writes one file per learner, named safely", "[cli]") {
    const std::string dir = scratch_dir("batch-out") + "/cohort"; // made by batch
    RunOptions o;
    o.stdin_text = "{\"id\": \"ann\", \"hours_per_week\": 8}\n"
                   "{\"name\": \"Bob Li\", \"background\": \"product\"}\n"
                   "\n"
                   "{\"background\": \"systems\"}\n"
                   "{\"id\": \"../../escape\"}\n"
                   "{\"id\": \".hidden\\u0007bell\"}\n"
                   "{\"id\": 42, \"name\": \"ignored when there is an id\"}\n";
    const auto r = run_llmpath(
        {"batch", "-", "--start", "2026-11-30", "--out-dir", dir, "--format", "ics"}, o);
    INFO(r.err);
    CHECK(r.exit_code == 0);
    CHECK(r.out.empty());
    CHECK(listing(dir) == "4.ics 42.ics Bob Li.ics _._.._escape.ics _hiddenbell.ics ann.ics ");
    const std::string ann = read_file(dir + "/ann.ics");
    CHECK(ann.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    // The same learner from plan gives the same calendar, but for its UIDs (a batch learner's
    // carry the file name, so that two learners with the same answers never share an event).
    const auto alone = run_llmpath({"plan", "-d", "hours_per_week=8", "--defaults", "--start",
                                    "2026-11-30", "--format", "ics"});
    REQUIRE(alone.exit_code == 0);
    CHECK(ann.size() == alone.out.size());
    CHECK(ann != alone.out);
}

TEST_CASE(
    "cli batch --out-dir refuses a taken name, keeps files, and writes nothing for a bad line",
    "[cli]") {
    const std::string dir = scratch_dir("batch-out-conflicts");
    RunOptions o;
    o.stdin_text =
        "{\"id\": \"ann\"}\n{\"id\": \"ann\"}\n{\"id\": \"cy\", \"hours_per_week\": 0}\n";
    auto r = run_llmpath({"batch", "-", "--start", "2026-11-30", "--out-dir", dir}, o);
    CHECK(r.exit_code == 2);
    CHECK(r.err == "llmpath: error: <stdin>:2: ann.json is already the file of line 1; give each "
                   "learner its own \"id\" or \"name\"\n"
                   "llmpath: error: <stdin>:3: hours_per_week: 0 is below the minimum 2\n"
                   "llmpath: error: 2 of 3 lines failed\n");
    CHECK(listing(dir) == "ann.json ");
    // A file as batch writes it is the line JSON Lines would have.
    const auto line =
        run_llmpath({"batch", "-", "--start", "2026-11-30"}, stdin_of("{\"id\": \"ann\"}\n"));
    CHECK(read_file(dir + "/ann.json") == line.out);
    // Run again: the file exists, so it is kept, unless --force.
    o.stdin_text = "{\"id\": \"ann\", \"hours_per_week\": 20}\n";
    r = run_llmpath({"batch", "-", "--start", "2026-11-30", "--out-dir", dir}, o);
    CHECK(r.exit_code == 2);
    CHECK(r.err == "llmpath: error: <stdin>:1: " + dir +
                       "/ann.json: exists; pass --force to "
                       "replace it\nllmpath: error: 1 of 1 line failed\n");
    CHECK(read_file(dir + "/ann.json") == line.out);
    r = run_llmpath({"batch", "-", "--start", "2026-11-30", "--out-dir", dir, "--force"}, o);
    CHECK(r.exit_code == 0);
    CHECK(read_file(dir + "/ann.json") != line.out);
    CHECK(listing(dir) == "ann.json "); // no temporary file left behind
}

// Failures are reported in input order, and a name an earlier line took is refused.
TEST_CASE("cli batch reports each failed line and each name already taken, in input order",
          "[cli]") {
    std::string many;
    for (int i = 0; i < 300; ++i) {
        const std::string id =
            i % 5 == 0 ? "dup" + std::to_string(i % 100) : "l" + std::to_string(i);
        many += i % 11 == 0 ? "{\"id\": \"" + id + "\", \"hours_per_week\": 0}\n"
                            : "{\"id\": \"" + id +
                                  "\", \"hours_per_week\": " + std::to_string(3 + i % 38) + "}\n";
    }
    const RunOptions o = stdin_of(many);
    const auto r = run_llmpath({"batch", "--start", "2026-11-30"}, o);
    CHECK(r.exit_code == 2);
    CHECK(lines_of(r.out).size() == 300 - 28);
    const auto errors = lines_of(r.err);
    REQUIRE(errors.size() == 28 + 1); // every 11th line, and the count
    CHECK(errors.front().rfind("llmpath: error: <stdin>:1: hours_per_week:", 0) == 0);
    CHECK(errors.back() == "llmpath: error: 28 of 300 lines failed");
    const std::string dir = scratch_dir("batch-names");
    const auto files = run_llmpath({"batch", "--start", "2026-11-30", "--out-dir", dir}, o);
    CHECK(files.exit_code == 2);
    // Line 1 fails (0 hours), so line 101 takes the name that line 201 wants.
    CHECK(files.err.find("<stdin>:201: dup0.json is already the file of line 101") !=
          std::string::npos);
    // 218 learners of their own id (22 of 240 fail) and the 20 "dup" names, each taken once.
    CHECK(lines_of(run_shell("ls -A '" + dir + "'").out).size() == 218 + 20);
}

TEST_CASE("cli batch --format and --force need --out-dir, which must be a folder", "[cli]") {
    auto r = run_llmpath({"batch", "-", "--format", "csv"}, stdin_of("{}\n"));
    CHECK(r.exit_code == 2);
    CHECK(r.err == "llmpath: error: --format csv needs --out-dir: without it batch writes one JSON "
                   "plan per line\n");
    r = run_llmpath({"batch", "-", "--force"}, stdin_of("{}\n"));
    CHECK(r.err == "llmpath: error: --force needs --out-dir: it replaces existing files there\n");
    const std::string dir = scratch_dir("batch-out-file");
    run_shell("touch '" + dir + "/file'");
    r = run_llmpath({"batch", "-", "--out-dir", dir + "/file"}, stdin_of("{}\n"));
    CHECK(r.exit_code == 2);
    CHECK(r.err == "llmpath: error: --out-dir " + dir + "/file: is a file; name a folder\n");
    r = run_llmpath({"batch", "-", "--out-dir", dir + "/no/such"}, stdin_of("{}\n"));
    CHECK(r.exit_code == 1);
    CHECK(r.err == "llmpath: error: --out-dir " + dir +
                       "/no/such: cannot make the folder: no such file or directory\n");
}

TEST_CASE("cli batch --out-dir in every format gives the same files as plan, by language",
          "[cli]") {
    const std::pair<const char*, const char*> formats[] = {
        {"json", ".json"}, {"markdown", ".md"}, {"checklist", ".md"}, {"csv", ".csv"}};
    for (const char* lang : {"en", "zh"}) {
        for (const auto& [format, ext] : formats) {
            const std::string dir = scratch_dir(std::string("batch-out-") + lang + "-" + format);
            const auto r =
                run_llmpath({"--lang", lang, "batch", "-", "--start", "2026-11-30", "--out-dir",
                             dir, "--format", format},
                            stdin_of("{\"name\": \"dee\", \"background\": \"backend\"}\n"));
            REQUIRE(r.exit_code == 0);
            auto plan = run_llmpath({"--lang", lang, "plan", "-d", "background=backend",
                                     "--defaults", "--start", "2026-11-30", "--format", format});
            if (std::string(format) == "json") {
                plan = run_llmpath({"--lang", lang, "batch", "-", "--start", "2026-11-30"},
                                   stdin_of("{\"name\": \"dee\", \"background\": \"backend\"}\n"));
            }
            INFO(lang << " " << format);
            CHECK(read_file(dir + "/dee" + ext) == plan.out);
        }
    }
}
