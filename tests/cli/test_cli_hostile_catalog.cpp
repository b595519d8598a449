// Hostile catalogues, end to end: broken, huge, deep, binary and malicious catalogue files and
// where they are named. Every case checks the exact exit code and stderr, and that nothing was
// written. docs/reliability.md lists the cases.
#include "support/check.hpp"
#include "support/hostile.hpp"
#include "support/run.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <string>
#include <vector>

using namespace llmpath::test;

// ---- catalogues -------------------------------------------------------------------------------

TEST_CASE("hostile catalog validate reports a syntax error as FILE:LINE:COLUMN", "[cli][hostile]") {
    const Sandbox box("syntax");
    const auto f = fixture("syntax-error.json");
    check_refused(box.run({"catalog", "validate", f}), 3,
                  validate_err(f, {"5:13: syntax error: unexpected string literal; expected '}'"}),
                  box);
}

TEST_CASE("hostile a command given a malformed --catalog reports FILE:LINE:COLUMN",
          "[cli][hostile]") {
    const Sandbox box("syntax-command");
    const auto f = fixture("syntax-error.json");
    check_refused(box.run({"--catalog", f, "directions"}), 3,
                  "llmpath: error: " + f +
                      ":5:13: syntax error: unexpected string literal; expected '}'\n",
                  box);
}

TEST_CASE("hostile catalog validate lists every wrong type with its JSON Pointer",
          "[cli][hostile]") {
    const Sandbox box("wrong-types");
    const auto f = fixture("wrong-types.json");
    check_refused(box.run({"catalog", "validate", f}), 3,
                  validate_err(f, {"/phases/0/start_day: expected an integer, got a string",
                                   "/tasks/0/hours: expected an integer, got a string",
                                   "/tasks/1/core: expected a boolean, got a string"}),
                  box);
}

TEST_CASE("hostile catalog validate rejects an empty file at 1:1", "[cli][hostile]") {
    const Sandbox box("empty");
    const auto f = fixture("empty.json");
    check_refused(box.run({"catalog", "validate", f}), 3,
                  validate_err(f, {"1:1: syntax error: unexpected end of input; expected '[', "
                                   "'{', or a literal"}),
                  box);
}

TEST_CASE("hostile catalog validate refuses a 300 MiB file by its size", "[cli][hostile]") {
    const Sandbox box("huge");
    // Sparse, so the test is fast. Only a check of its size before reading can name 300.0 MiB:
    // a read would stop at 64 MiB.
    const SparseFile huge("huge.json", 300ull << 20);
    const auto& f = huge.path;
    check_refused(box.run({"catalog", "validate", f}), 3,
                  validate_err(f, {"/: catalog is 300.0 MiB; the limit is 64 MiB"}), box);
}

TEST_CASE("hostile plan refuses a 300 MiB --catalog as an invalid catalogue", "[cli][hostile]") {
    const Sandbox box("huge-plan");
    const SparseFile huge("huge-plan.json", 300ull << 20);
    const auto& f = huge.path;
    check_refused(box.run({"--catalog", f, "plan", "--defaults", "-o", "plan.md"}), 3,
                  "llmpath: error: " + f + ":/: catalog is 300.0 MiB; the limit is 64 MiB\n", box);
}

TEST_CASE("hostile catalog validate stops nesting 100,000 deep at level 65", "[cli][hostile]") {
    const Sandbox box("deep");
    const auto f = deep_file("deep.json", 100000);
    check_refused(box.run({"catalog", "validate", f}), 3,
                  validate_err(f, {"1:65: nesting is deeper than 64 levels"}), box);
}

TEST_CASE("hostile catalog validate rejects a NUL byte at its line and column", "[cli][hostile]") {
    const Sandbox box("nul");
    const auto f = fixture("nul-byte.json");
    check_refused(box.run({"catalog", "validate", f}), 3,
                  validate_err(f, {"6:29: syntax error: unexpected nul byte; a catalog is utf-8 "
                                   "text"}),
                  box);
}

TEST_CASE("hostile catalog validate rejects invalid UTF-8 and shows the byte escaped",
          "[cli][hostile]") {
    const Sandbox box("utf8");
    const auto f = fixture("invalid-utf8.json");
    const auto r = box.run({"catalog", "validate", f});
    check_refused(r, 3,
                  validate_err(f, {"6:30: syntax error: invalid string: ill-formed utf-8 byte; "
                                   "last read: '\"A minimal \\xff'"}),
                  box);
    CHECK(r.err.find('\xff') == std::string::npos);
}

TEST_CASE("hostile catalog validate names both places of a duplicate id", "[cli][hostile]") {
    const Sandbox box("duplicates");
    const auto f = fixture("duplicate-ids.json");
    check_refused(
        box.run({"catalog", "validate", f}), 3,
        validate_err(f, {"/directions/2/id: duplicate direction id 'data' (first at /directions/0)",
                         "/tasks/3/id: duplicate task id 'data-demo' (first at /tasks/1)"}),
        box);
}

TEST_CASE("hostile catalog validate spells out a prerequisite cycle", "[cli][hostile]") {
    const Sandbox box("cycle");
    const auto f = fixture("prerequisite-cycle.json");
    check_refused(box.run({"catalog", "validate", f}), 3,
                  validate_err(f, {"/tasks/2/prerequisites/0: prerequisite cycle: bridge-python "
                                   "-> platform-demo -> bridge-python"}),
                  box);
}

TEST_CASE("hostile catalog validate reports every unknown reference", "[cli][hostile]") {
    const Sandbox box("references");
    const auto f = fixture("unknown-references.json");
    check_refused(box.run({"catalog", "validate", f}), 3,
                  validate_err(f, {"/pitfalls/0/tasks/0: unknown task 'bridge-pyhton' (did you "
                                   "mean 'bridge-python'?)",
                                   "/tasks/1/prerequisites/0: unknown task 'rag-101'",
                                   "/tasks/2/directions/0: unknown direction 'research'",
                                   "/tasks/3/phase: unknown phase 'advanced'"}),
                  box);
}

TEST_CASE("hostile catalog validate rejects task hours 0 and -1", "[cli][hostile]") {
    const Sandbox box("hours");
    const auto f = fixture("hours-zero-negative.json");
    check_refused(box.run({"catalog", "validate", f}), 3,
                  validate_err(f, {"/tasks/1/hours: hours must be between 1 and 500, got 0",
                                   "/tasks/2/hours: hours must be between 1 and 500, got -1"}),
                  box);
}

TEST_CASE("hostile catalog validate rejects task hours 1e309 where the number starts",
          "[cli][hostile]") {
    const Sandbox box("hours-overflow");
    const auto f = fixture("hours-overflow.json");
    check_refused(box.run({"catalog", "validate", f}), 3,
                  validate_err(f, {"58:15: number 1e309 is out of range"}), box);
}

TEST_CASE("hostile terminal escapes in catalogue text never reach the terminal", "[cli][hostile]") {
    const Sandbox box("escapes");
    const auto f = fixture("escape.json");
    const auto en = box.run({"--catalog", f, "directions"});
    CHECK(en.exit_code == 0);
    CHECK(en.err.empty());
    CHECK(en.out == "ID        Name             Keywords  Who it suits\n"
                    "data      Data[31m red[0m\n"
                    "platform  Platform[2J\n");
    const auto zh = box.run({"--catalog", f, "--lang", "zh", "directions"});
    CHECK(zh.exit_code == 0);
    CHECK(zh.out.find("数据]0;title2J") != std::string::npos);
    CHECK_FALSE(has_control_bytes(en.out));
    CHECK_FALSE(has_control_bytes(zh.out));
    CHECK(entries(box.dir) == 0);
}

TEST_CASE("hostile terminal escapes in an argument never reach stderr", "[cli][hostile]") {
    const Sandbox box("escapes-argument");
    const auto r = box.run({"--catalog", "\x1b]0;owned\x07x\x1b[2J.json", "directions"});
    check_refused(r, 2, "llmpath: error: --catalog ]0;ownedx[2J.json: no such file or directory\n",
                  box);
    CHECK_FALSE(has_control_bytes(r.err));
}

TEST_CASE("hostile LLMPATH_CATALOG naming an invalid catalogue exits 3", "[cli][hostile]") {
    const Sandbox box("env-invalid");
    const auto f = fixture("duplicate-ids.json");
    RunOptions o;
    o.env["LLMPATH_CATALOG"] = f;
    check_refused(box.run({"plan", "--defaults", "-o", "plan.md"}, o), 3,
                  "llmpath: error: " + f +
                      ":/directions/2/id: duplicate direction id 'data' "
                      "(first at /directions/0)\n"
                      "llmpath: error: " +
                      f +
                      ":/tasks/3/id: duplicate task id 'data-demo' (first "
                      "at /tasks/1)\n",
                  box);
}

TEST_CASE("hostile LLMPATH_CATALOG naming a missing file says where the name came from",
          "[cli][hostile]") {
    const Sandbox box("env-missing");
    RunOptions o;
    o.env["LLMPATH_CATALOG"] = "nope.json";
    check_refused(box.run({"directions"}, o), 2,
                  "llmpath: error: LLMPATH_CATALOG nope.json: no such file or directory\n", box);
}

TEST_CASE("hostile --catalog naming a missing file exits 2", "[cli][hostile]") {
    const Sandbox box("catalog-missing");
    check_refused(box.run({"--catalog", "nope.json", "plan", "--defaults"}), 2,
                  "llmpath: error: --catalog nope.json: no such file or directory\n", box);
}

TEST_CASE("hostile --catalog naming a folder exits 2", "[cli][hostile]") {
    const Sandbox box("catalog-folder");
    const auto folder = test_data("hostile");
    check_refused(box.run({"--catalog", folder, "directions"}), 2,
                  "llmpath: error: --catalog " + folder + ": is a directory\n", box);
}

TEST_CASE("hostile --catalog - and --data-file - cannot both read stdin", "[cli][hostile]") {
    const Sandbox box("stdin-twice");
    RunOptions o;
    o.stdin_text = read_file(fixture("base.json"));
    check_refused(box.run({"--catalog", "-", "plan", "--defaults", "--data-file", "-"}, o), 2,
                  "llmpath: error: --catalog - and --data-file - both read standard input; give "
                  "one of them a file\n",
                  box);
}

TEST_CASE("hostile catalog validate lists the first 1,000 of 4,000,000 problems and says so",
          "[cli][hostile]") {
    // Each element of "tasks" is a problem; listing and keeping them all took 5.6 GB and 25 s.
    const Sandbox box("too-many-problems");
    const std::string f = scratch_dir("hostile-inputs-too-many") + "/too-many.json";
    {
        std::string text = R"({"tasks": [1)";
        text.reserve(8'000'020);
        for (int i = 1; i < 4'000'000; ++i) {
            text += ",1";
        }
        std::ofstream(f) << text << "]}";
    }
    const auto r = box.run({"catalog", "validate", f});
    CHECK(r.exit_code == 3);
    const std::vector<std::string> lines = lines_of(r.err);
    REQUIRE(lines.size() == 1001);
    CHECK(lines[0] == f + ":/: missing required field 'schema_version'");
    CHECK(lines[999] == f + ":/tasks/991: expected an object, got an integer");
    CHECK(lines[1000] ==
          "llmpath: error: " + f + ": more than 1000 problems; the first 1000 are listed");
}
