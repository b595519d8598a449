// Hostile input, end to end: broken, huge, deep, binary and malicious catalogues and answers,
// bad flags, unwritable outputs, closed pipes and signals. Every case checks the exact exit code,
// the exact stderr, stdout, and that nothing was written. docs/reliability.md lists the cases.
#include "support/check.hpp"
#include "support/run.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

using namespace llmpath::test;
namespace fs = std::filesystem;

namespace {

const std::string k_start = "2026-11-30";

std::string fixture(const std::string& name) {
    return test_data("hostile/" + name);
}

/// An empty folder to run llmpath in, so a test can check that nothing was written.
struct Sandbox {
    std::string dir;

    explicit Sandbox(const std::string& name) : dir(scratch_dir("hostile-" + name)) {}

    RunResult run(const std::vector<std::string>& args, RunOptions options = {}) const {
        options.cwd = dir;
        return run_llmpath(args, options);
    }

    RunResult shell(const std::string& script, RunOptions options = {}) const {
        options.cwd = dir;
        return run_shell(script, options);
    }
};

/// The run was refused: `code`, nothing on stdout, exactly `err`, and the folder still empty.
void check_refused(const RunResult& r, int code, const std::string& err, const Sandbox& box) {
    CHECK(r.exit_code == code);
    CHECK(r.out.empty());
    CHECK(r.err == err);
    CHECK(entries(box.dir) == 0);
}

/// What `catalog validate FILE` writes to stderr for these problems ("POINTER: message" or
/// "LINE:COLUMN: message"): one FILE:problem line each, then the count.
std::string validate_err(const std::string& file, const std::vector<std::string>& problems) {
    std::string out;
    for (const auto& p : problems) {
        out += file + ":" + p + "\n";
    }
    return out + "llmpath: error: " + file + ": " + std::to_string(problems.size()) +
           (problems.size() == 1 ? " problem\n" : " problems\n");
}

/// A file of `bytes` bytes that takes no disk space (a hole), in a scratch folder; removed after.
struct SparseFile {
    std::string path;

    SparseFile(const std::string& name, std::uintmax_t bytes)
        : path(scratch_dir("hostile-inputs-" + name) + "/" + name) {
        std::ofstream(path).close();
        fs::resize_file(path, bytes);
    }
    ~SparseFile() { fs::remove(path); }
    SparseFile(const SparseFile&) = delete;
    SparseFile& operator=(const SparseFile&) = delete;
};

/// A JSON file of `depth` nested arrays, inside `prefix` and `suffix`.
std::string deep_file(const std::string& name, std::size_t depth, const std::string& prefix = "",
                      const std::string& suffix = "") {
    const std::string path = scratch_dir("hostile-inputs-" + name) + "/" + name;
    std::ofstream(path) << prefix << std::string(depth, '[') << std::string(depth, ']') << suffix;
    return path;
}

/// True if `s` holds a byte that could drive a terminal: C0 controls other than newline, DEL,
/// or the UTF-8 encoding of a C1 control (U+0080..U+009F).
bool has_control_bytes(const std::string& s) {
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if ((c < 0x20 && c != '\n') || c == 0x7f) {
            return true;
        }
        if (c == 0xc2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
            static_cast<unsigned char>(s[i + 1]) <= 0x9f) {
            return true;
        }
    }
    return false;
}

} // namespace

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
    check_refused(box.run({"plan", "--defaults", "--start", "9999-12-01", "-o", "plan.md"}), 2,
                  err, box);
    check_refused(box.run({"plan", "--defaults", "-d", "start_date=9999-12-01", "--format",
                           "json"}),
                  2, err, box);
}

TEST_CASE("hostile a key given twice in --data-file or a batch line is refused",
          "[cli][hostile]") {
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
                  "llmpath: error: --data-file " + f +
                      ":1:20: number 1e309 is out of range\n",
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

// ---- output -----------------------------------------------------------------------------------

TEST_CASE("hostile -o into a missing folder writes nothing", "[cli][hostile]") {
    const Sandbox box("output-missing-folder");
    check_refused(box.run({"plan", "--defaults", "--start", k_start, "-o", "missing/plan.md"}), 1,
                  "llmpath: error: -o missing/plan.md: cannot write: the folder 'missing' does "
                  "not exist\n",
                  box);
}

TEST_CASE("hostile -o into a folder that refuses new files fails with the reason",
          "[cli][hostile]") {
    // Root ignores permissions, so use /sys (sysfs refuses new files even to root; it is often
    // mounted read-only as well). The probe gives the reason this system reports.
    const std::string probe = "/sys/llmpath-probe.md";
    const int fd = ::open(probe.c_str(), O_WRONLY | O_CREAT | O_EXCL, 0644);
    if (fd >= 0) {
        ::close(fd);
        ::unlink(probe.c_str());
        WARN("/sys accepts new files on this system; skipping the unwritable-folder case");
        return;
    }
    std::string reason = std::strerror(errno);
    reason[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(reason[0])));
    const Sandbox box("output-unwritable");
    check_refused(box.run({"plan", "--defaults", "--start", k_start, "-o", "/sys/plan.md"}), 1,
                  "llmpath: error: -o /sys/plan.md: cannot write: " + reason + "\n", box);
    CHECK_FALSE(fs::exists("/sys/plan.md"));
}

TEST_CASE("hostile -o onto an existing file without --force leaves it unchanged",
          "[cli][hostile]") {
    const Sandbox box("output-exists");
    std::ofstream(box.dir + "/plan.md") << "my notes\n";
    const auto r = box.run({"plan", "--defaults", "--start", k_start, "-o", "plan.md"});
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK(r.err == "llmpath: error: -o plan.md already exists; pass --force to overwrite it\n");
    CHECK(read_file(box.dir + "/plan.md") == "my notes\n");
    CHECK(entries(box.dir) == 1);
}

TEST_CASE("hostile -o naming a folder says it is a folder, even with --force", "[cli][hostile]") {
    const Sandbox box("output-folder");
    fs::create_directory(box.dir + "/plan.md");
    for (const bool force : {false, true}) {
        std::vector<std::string> args{"plan", "--defaults", "--start", k_start, "-o", "plan.md"};
        if (force) {
            args.push_back("--force");
        }
        const auto r = box.run(args);
        CHECK(r.exit_code == 2);
        CHECK(r.out.empty());
        CHECK(r.err == "llmpath: error: -o plan.md: is a folder; name the file to write\n");
        CHECK(entries(box.dir) == 1);
        CHECK(entries(box.dir + "/plan.md") == 0);
    }
}

TEST_CASE("hostile plan | head -1 exits quietly with status 0", "[cli][hostile]") {
    const Sandbox box("pipe-plan");
    const auto r = box.shell(R"("$LLMPATH" plan --defaults --start 2026-11-30 | head -1; )"
                             R"(echo "status=${PIPESTATUS[0]}")");
    CHECK(r.exit_code == 0);
    CHECK(r.out == "Recommended direction: Data\nstatus=0\n");
    CHECK(r.err.empty());
    CHECK(entries(box.dir) == 0);
}

TEST_CASE("hostile output larger than the pipe buffer into head -1 exits quietly",
          "[cli][hostile]") {
    // catalog show writes over 64 KiB, so the write really meets a closed pipe.
    const Sandbox box("pipe-large");
    const auto r =
        box.shell(R"("$LLMPATH" catalog show | head -1; echo "status=${PIPESTATUS[0]}")");
    CHECK(r.exit_code == 0);
    CHECK(r.out == "{\nstatus=0\n");
    CHECK(r.err.empty());
    CHECK(entries(box.dir) == 0);
}

TEST_CASE("hostile a full disk on stdout is an I/O failure with the reason", "[cli][hostile]") {
    const Sandbox box("stdout-full");
    const auto r = box.shell(R"("$LLMPATH" plan --defaults --start 2026-11-30 > /dev/full; )"
                             R"(echo "status=$?")");
    CHECK(r.out == "status=1\n");
    CHECK(r.err == "llmpath: error: cannot write to standard output: no space left on device\n");
    CHECK(entries(box.dir) == 0);
}

TEST_CASE("hostile SIGINT while plan waits for answers on stdin exits 130, writing nothing",
          "[cli][hostile]") {
    // stdin is a FIFO whose writer never writes nor closes. Wait until llmpath catches SIGINT
    // (SigCgt bit 2), then interrupt it. The handler's newline on stderr shows it ran.
    const Sandbox box("sigint");
    const std::string fifo = scratch_dir("hostile-inputs-sigint") + "/stdin";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    RunOptions o;
    o.env["FIFO"] = fifo;
    const auto r = box.shell(R"(
        "$LLMPATH" plan --data-file - -o plan.md < "$FIFO" & pid=$!
        exec 3> "$FIFO"
        for i in $(seq 1000); do
          mask=$(sed -n 's/^SigCgt:\t*//p' /proc/$pid/status 2>/dev/null)
          [ -n "$mask" ] && (( (16#$mask & 2) != 0 )) && break
          sleep 0.01
        done
        kill -INT $pid; wait $pid; echo "status=$?"; exec 3>&-)",
                             o);
    CHECK(r.out == "status=130\n");
    CHECK(r.err == "\n");
    CHECK(entries(box.dir) == 0);
}

// ---- command line -----------------------------------------------------------------------------

TEST_CASE("hostile an unknown command suggests the closest", "[cli][hostile]") {
    const Sandbox box("unknown-command");
    check_refused(box.run({"pln", "--defaults"}), 2,
                  "llmpath: error: unknown command 'pln' (did you mean 'plan'?); run 'llmpath "
                  "--help' for the commands\n",
                  box);
}

TEST_CASE("hostile an unknown catalog subcommand is named and suggested", "[cli][hostile]") {
    const Sandbox box("unknown-subcommand");
    check_refused(box.run({"catalog", "validat", fixture("base.json")}), 2,
                  "llmpath: error: unknown command 'catalog validat' (did you mean 'catalog "
                  "validate'?); run 'llmpath help catalog' for the commands\n",
                  box);
}

TEST_CASE("hostile an unknown flag suggests the closest", "[cli][hostile]") {
    const Sandbox box("unknown-flag");
    check_refused(box.run({"plan", "--defautls", "-o", "plan.md"}), 2,
                  "llmpath: error: the following argument was not expected: --defautls (did you "
                  "mean '--defaults'?); run 'llmpath help plan' for usage\n",
                  box);
}

TEST_CASE("hostile an unknown --format value lists the formats", "[cli][hostile]") {
    const Sandbox box("unknown-format");
    check_refused(box.run({"plan", "--defaults", "--format", "yaml", "-o", "plan.md"}), 2,
                  "llmpath: error: --format: yaml not in {text,markdown,json,ics,csv,checklist}; run 'llmpath help "
                  "plan' for usage\n",
                  box);
}

TEST_CASE("hostile --lang the catalogue lacks lists the languages it has", "[cli][hostile]") {
    const Sandbox box("unknown-lang");
    check_refused(
        box.run({"--catalog", fixture("base.json"), "--lang", "fr", "plan", "--defaults", "-o",
                 "plan.md"}),
        2, "llmpath: error: --lang: the catalogue has no 'fr' text; choose one of en, zh\n", box);
}

// ---- batch ------------------------------------------------------------------------------------

TEST_CASE("hostile batch answers the good lines in order around a bad one", "[cli][hostile]") {
    const Sandbox box("batch-bad-line");
    const auto f = fixture("cohort.jsonl");
    const auto r = box.run({"batch", f, "--start", k_start});
    RunOptions good;
    good.stdin_text = "{\"background\": \"backend\"}\n{\"background\": \"product\"}\n";
    const auto expected = box.run({"batch", "--start", k_start}, good);
    REQUIRE(expected.exit_code == 0);
    CHECK(r.exit_code == 2);
    CHECK(r.out == expected.out);
    CHECK(std::count(r.out.begin(), r.out.end(), '\n') == 2);
    const auto second = r.err.find('\n') + 1;
    CHECK(r.err.substr(second) == "llmpath: error: 1 of 3 lines failed\n");
    CHECK(r.err.substr(0, second).find(f + ":2: ") != std::string::npos);
    CHECK(entries(box.dir) == 0);
}

TEST_CASE("hostile batch names the input file and line of a bad line", "[cli][hostile]") {
    const Sandbox box("batch-bad-line-message");
    const auto f = fixture("cohort.jsonl");
    const auto r = box.run({"batch", f, "--start", k_start});
    CHECK(r.exit_code == 2);
    CHECK(r.err == "llmpath: error: " + f +
                       ":2: hours_per_week: 0 is below the minimum 2\n"
                       "llmpath: error: 1 of 3 lines failed\n");
}

TEST_CASE("hostile batch input that is a folder exits 2", "[cli][hostile]") {
    const Sandbox box("batch-folder");
    const auto folder = test_data("hostile");
    check_refused(box.run({"batch", folder}), 2,
                  "llmpath: error: batch input " + folder + ": is a directory\n", box);
}

TEST_CASE("hostile batch --start 2026-02-30 is refused before any line is read", "[cli][hostile]") {
    const Sandbox box("batch-start");
    check_refused(box.run({"batch", fixture("cohort.jsonl"), "--start", "2026-02-30"}), 2,
                  "llmpath: error: --start: '2026-02-30' is not a real date; expected "
                  "YYYY-MM-DD, e.g. 2027-01-04\n",
                  box);
}

TEST_CASE("hostile batch from stdin with --catalog - cannot read both", "[cli][hostile]") {
    const Sandbox box("batch-stdin-twice");
    RunOptions o;
    o.stdin_text = read_file(fixture("base.json"));
    check_refused(box.run({"--catalog", "-", "batch"}, o), 2,
                  "llmpath: error: --catalog - and the batch input both read standard input; name "
                  "the input file\n",
                  box);
}
