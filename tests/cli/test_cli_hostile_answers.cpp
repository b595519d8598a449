// Hostile answers, end to end: impossible dates and numbers, malformed -d flags and answers
// files, huge and endless inputs. Every case checks the exact exit code and stderr, and that
// nothing was written. docs/reliability.md lists the cases.
#include "support/check.hpp"
#include "support/hostile.hpp"
#include "support/run.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace llmpath::test;

// ---- answers ----------------------------------------------------------------------------------

TEST_CASE("hostile -d start_date=2026-02-30 is not a date", "[cli][hostile]") {
    const Sandbox box("d-date");
    check_refused(box.run({"plan", "--defaults", "-d", "start_date=2026-02-30"}), 2,
                  "llmpath: error: -d: start_date: '2026-02-30' is not a date; enter YYYY-MM-DD "
                  "or today\n",
                  box);
}

TEST_CASE("hostile -d start_date=99999-01-01 is not a date", "[cli][hostile]") {
    const Sandbox box("d-far-date");
    check_refused(box.run({"plan", "--defaults", "-d", "start_date=99999-01-01"}), 2,
                  "llmpath: error: -d: start_date: '99999-01-01' is not a date; enter YYYY-MM-DD "
                  "or today\n",
                  box);
}

TEST_CASE("hostile --start 9999-12-01 would write dates past 9999-12-31", "[cli][hostile]") {
    const Sandbox box("start-too-late");
    const std::string err = "llmpath: error: start_date: 9999-12-01 is too late: the plan runs 26 "
                            "weeks, past 9999-12-31, the last date llmpath writes; choose an "
                            "earlier start date\n";
    check_refused(box.run({"plan", "--defaults", "--start", "9999-12-01", "-o", "plan.md"}), 2, err,
                  box);
    check_refused(
        box.run({"plan", "--defaults", "-d", "start_date=9999-12-01", "--format", "json"}), 2, err,
        box);
}

TEST_CASE("hostile a key given twice in --data-file or a batch line is refused", "[cli][hostile]") {
    const Sandbox box("keys-twice");
    RunOptions in;
    in.stdin_text = R"({"hours_per_week": 10, "hours_per_week": 999})";
    check_refused(box.run({"plan", "--defaults", "--data-file", "-"}, in), 2,
                  "llmpath: error: --data-file <stdin>:/hours_per_week: key 'hours_per_week' is "
                  "given more than once; give each key once\n",
                  box);
    in.stdin_text = "{}\n" + in.stdin_text + "\n";
    const auto r = box.run({"batch", "-", "--start", k_start}, in);
    CHECK(r.exit_code == 2);
    CHECK(r.err == "llmpath: error: <stdin>:2:/hours_per_week: key 'hours_per_week' is given "
                   "more than once; give each key once\n"
                   "llmpath: error: 1 of 2 lines failed\n");
}

TEST_CASE("hostile a nul byte in --data-file is a syntax error", "[cli][hostile]") {
    const Sandbox box("data-file-nul");
    RunOptions in;
    in.stdin_text = std::string("{\"hours_per_week\": 10}\0{\"x\": 1}", 29);
    check_refused(box.run({"plan", "--defaults", "--data-file", "-"}, in), 2,
                  "llmpath: error: --data-file <stdin>:1:23: syntax error: unexpected nul byte; an "
                  "answers file is utf-8 text\n",
                  box);
}

TEST_CASE("hostile --start 2026-02-30 is not a real date", "[cli][hostile]") {
    const Sandbox box("start-date");
    check_refused(box.run({"plan", "--defaults", "--start", "2026-02-30", "-o", "plan.md"}), 2,
                  "llmpath: error: --start: '2026-02-30' is not a real date; expected "
                  "YYYY-MM-DD, e.g. 2027-01-04\n",
                  box);
}

TEST_CASE("hostile --start 99999-01-01 is not a real date", "[cli][hostile]") {
    const Sandbox box("start-far-date");
    check_refused(box.run({"plan", "--defaults", "--start", "99999-01-01"}), 2,
                  "llmpath: error: --start: '99999-01-01' is not a real date; expected "
                  "YYYY-MM-DD, e.g. 2027-01-04\n",
                  box);
}

TEST_CASE("hostile a data file with start_date 2026-02-30 names the file and question",
          "[cli][hostile]") {
    const Sandbox box("file-date");
    const auto f = fixture("answers-bad-date.json");
    check_refused(box.run({"plan", "--defaults", "--data-file", f}), 2,
                  "llmpath: error: --data-file " + f +
                      ": start_date: '2026-02-30' is not a date; enter YYYY-MM-DD or today\n",
                  box);
}

TEST_CASE("hostile a data file with start_date 99999-01-01 names the file and question",
          "[cli][hostile]") {
    const Sandbox box("file-far-date");
    const auto f = fixture("answers-far-date.json");
    check_refused(box.run({"plan", "--defaults", "--data-file", f}), 2,
                  "llmpath: error: --data-file " + f +
                      ": start_date: '99999-01-01' is not a date; enter YYYY-MM-DD or today\n",
                  box);
}

TEST_CASE("hostile -d hours_per_week=0 is below the minimum", "[cli][hostile]") {
    const Sandbox box("hours-0");
    check_refused(box.run({"plan", "--defaults", "-d", "hours_per_week=0"}), 2,
                  "llmpath: error: -d: hours_per_week: 0 is below the minimum 2\n", box);
}

TEST_CASE("hostile -d hours_per_week=-1 is below the minimum", "[cli][hostile]") {
    const Sandbox box("hours-minus-1");
    check_refused(box.run({"plan", "--defaults", "-d", "hours_per_week=-1"}), 2,
                  "llmpath: error: -d: hours_per_week: -1 is below the minimum 2\n", box);
}

TEST_CASE("hostile -d hours_per_week=1e309 is not a whole number", "[cli][hostile]") {
    const Sandbox box("hours-1e309");
    check_refused(box.run({"plan", "--defaults", "-d", "hours_per_week=1e309"}), 2,
                  "llmpath: error: -d: hours_per_week: '1e309' is not a whole number; enter a "
                  "number from 2 to 60\n",
                  box);
}

TEST_CASE("hostile -d without '=' asks for KEY=VALUE", "[cli][hostile]") {
    const Sandbox box("d-no-equals");
    check_refused(box.run({"plan", "--defaults", "-d", "hours_per_week"}), 2,
                  "llmpath: error: -d 'hours_per_week': expected KEY=VALUE\n", box);
}

TEST_CASE("hostile -d with an unknown question suggests the closest", "[cli][hostile]") {
    const Sandbox box("d-unknown-question");
    check_refused(box.run({"plan", "--defaults", "-d", "hours_pr_week=5"}), 2,
                  "llmpath: error: -d: hours_pr_week: unknown question (did you mean "
                  "'hours_per_week'?)\n",
                  box);
}

TEST_CASE("hostile -d with an unknown value suggests the closest and lists the choices",
          "[cli][hostile]") {
    const Sandbox box("d-unknown-value");
    check_refused(box.run({"recommend", "--defaults", "-d", "coding=strng"}), 2,
                  "llmpath: error: -d: coding: 'strng' is not a choice (did you mean 'strong'?); "
                  "choose one of none, basic, working, strong\n",
                  box);
}

TEST_CASE("hostile -d given twice for one question is refused", "[cli][hostile]") {
    const Sandbox box("d-twice");
    check_refused(
        box.run({"plan", "--defaults", "-d", "hours_per_week=5", "-d", "hours_per_week=6"}), 2,
        "llmpath: error: -d: hours_per_week: given twice ('5', '6'); give each question "
        "once\n",
        box);
}

TEST_CASE("hostile --data-file naming a folder exits 2", "[cli][hostile]") {
    const Sandbox box("data-file-folder");
    const auto folder = test_data("hostile");
    check_refused(box.run({"plan", "--defaults", "--data-file", folder}), 2,
                  "llmpath: error: --data-file " + folder + ": is a directory\n", box);
}

TEST_CASE("hostile --data-file naming a missing file exits 2", "[cli][hostile]") {
    const Sandbox box("data-file-missing");
    check_refused(box.run({"plan", "--defaults", "--data-file", "me.json"}), 2,
                  "llmpath: error: --data-file me.json: no such file or directory\n", box);
}

TEST_CASE("hostile --data-file with bad JSON names its line and column", "[cli][hostile]") {
    const Sandbox box("data-file-syntax");
    const auto f = fixture("answers-syntax.json");
    check_refused(box.run({"plan", "--defaults", "--data-file", f}), 2,
                  "llmpath: error: --data-file " + f +
                      ":3:21: syntax error: unexpected ','; expected '[', '{', or a literal\n",
                  box);
}

TEST_CASE("hostile --data-file holding an array, not an object, is refused", "[cli][hostile]") {
    const Sandbox box("data-file-array");
    const auto f = fixture("answers-array.json");
    check_refused(box.run({"plan", "--defaults", "--data-file", f}), 2,
                  "llmpath: error: --data-file " + f +
                      ": expected a JSON object of answers (ID: value), got [\"background\","
                      "\"backend\"]\n",
                  box);
}

// A number too large for a double is an answers problem at its line and column, as the catalogue
// loader reports it (it once escaped as "unexpected failure", exit 1).
TEST_CASE("hostile --data-file with the number 1e309 is an invalid answers file",
          "[cli][hostile]") {
    const Sandbox box("data-file-overflow");
    const auto f = fixture("answers-overflow.json");
    check_refused(box.run({"plan", "--defaults", "--data-file", f}), 2,
                  "llmpath: error: --data-file " + f + ":1:20: number 1e309 is out of range\n",
                  box);
}

TEST_CASE("hostile --data-file nested 100,000 deep is refused", "[cli][hostile]") {
    const Sandbox box("data-file-deep");
    const auto f = deep_file("deep-answers.json", 100000, "{\"interests\": ", "}");
    check_refused(box.run({"plan", "--defaults", "--data-file", f}), 2,
                  "llmpath: error: --data-file " + f + ":1:78: nesting is deeper than 64 levels\n",
                  box);
}

TEST_CASE("hostile --data-file of 300 MiB is refused by its size", "[cli][hostile]") {
    const Sandbox box("data-file-huge");
    const SparseFile huge("huge-answers.json", 300ull << 20);
    const auto& f = huge.path;
    check_refused(box.run({"plan", "--defaults", "--data-file", f}), 2,
                  "llmpath: error: --data-file " + f + " is 300.0 MiB; the limit is 1 MiB\n", box);
}

TEST_CASE("hostile --data-file that never ends stops at the size limit", "[cli][hostile]") {
    const Sandbox box("data-file-endless");
    check_refused(box.run({"plan", "--defaults", "--data-file", "/dev/zero"}), 2,
                  "llmpath: error: --data-file /dev/zero is over the limit of 1 MiB\n", box);
}
