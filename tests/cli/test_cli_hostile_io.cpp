// Hostile input, second round, end to end: exit codes that never lie (stderr closed or gone,
// stdout full after a change), line input without a bound, and files that are not the user's.
// Every case checks the exit code, the one-line message, and what was (not) written.
// docs/reliability.md lists the cases.
#include "support/check.hpp"
#include "support/hostile.hpp"
#include "support/run.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

using namespace llmpath::test;
namespace fs = std::filesystem;

namespace {

/// A scratch LLMPATH_HOME with a plan tracked from k_start, and runs on a given day.
struct Tracked {
    std::string home;

    explicit Tracked(const std::string& name) : home(scratch_dir("hostile-home-" + name)) {
        const auto r = run({"track", "--defaults", "--start", k_start});
        INFO(r.err);
        REQUIRE(r.exit_code == 0);
    }
    RunOptions options(const std::string& today = k_start) const {
        RunOptions o;
        o.env["LLMPATH_HOME"] = home;
        o.env["LLMPATH_TODAY"] = today;
        return o;
    }
    RunResult run(const std::vector<std::string>& args, const std::string& today = k_start) const {
        return run_llmpath(args, options(today));
    }
    RunResult shell(const std::string& script) const { return run_shell(script, options()); }
    std::string file() const { return home + "/plan.json"; }
};

bool is_fifo(const std::string& path) {
    struct stat st {};
    return ::lstat(path.c_str(), &st) == 0 && S_ISFIFO(st.st_mode);
}

} // namespace

// ---- 2. exit codes ----------------------------------------------------------------------------

TEST_CASE("hostile a failing command with stderr closed still exits 2", "[cli][hostile]") {
    const Sandbox box("stderr-closed");
    const auto r = box.shell(R"("$LLMPATH" plan --no-such-flag 2>&-; echo "status=$?")");
    CHECK(r.out == "status=2\n");
    CHECK(entries(box.dir) == 0);
}

TEST_CASE("hostile with stderr closed no file llmpath opens receives its messages",
          "[cli][hostile]") {
    // fd 2 closed: the lock file, opened first, would get number 2 and the error line.
    const Tracked t("stderr-closed-lock");
    const auto r = t.shell(R"("$LLMPATH" done no-such-task 2>&-; echo "status=$?")");
    CHECK(r.out == "status=2\n");
    CHECK(read_file(t.home + "/plan.json.lock").empty());
}

TEST_CASE("hostile batch whose stderr reader has gone exits 2 when lines failed",
          "[cli][hostile]") {
    // A FIFO whose only reader is closed before llmpath writes: every write to stderr fails
    // with EPIPE, deterministically.
    const Sandbox box("stderr-gone");
    const std::string dir = scratch_dir("hostile-inputs-stderr-gone");
    std::ofstream(dir + "/in.jsonl") << "{\"hours_per_week\": 1}\n{\"background\": \"nope\"}\n";
    RunOptions o;
    o.env["DIR"] = dir;
    const auto r =
        box.shell(R"(mkfifo "$DIR/err"; exec 4<>"$DIR/err"; exec 5>"$DIR/err"; )"
                  R"(exec 4<&-; "$LLMPATH" batch "$DIR/in.jsonl" 2>&5; echo "status=$?")",
                  o);
    CHECK(r.out == "status=2\n");
    CHECK(entries(box.dir) == 0);
}

TEST_CASE("hostile done with stdout full says it recorded the change, once", "[cli][hostile]") {
    const Tracked t("done-full");
    const auto r = t.shell(R"("$LLMPATH" done llm-overview > /dev/full; echo "status=$?")");
    CHECK(r.out == "status=1\n");
    CHECK(r.err == "llmpath: error: cannot write to standard output: no space left on device; "
                   "'done llm-overview' was recorded in the tracked plan all the same: see "
                   "'llmpath status' before running the command again\n");
    const auto again = t.run({"done", "llm-overview", "--format", "json"});
    REQUIRE(again.exit_code == 0);
    CHECK(nlohmann::json::parse(again.out)["tasks"][0]["changed"] == false); // recorded once
    // In Chinese, the whole message.
    const auto zh =
        t.shell(R"("$LLMPATH" --lang zh skip bridge-python > /dev/full; echo "status=$?")");
    CHECK(zh.out == "status=1\n");
    CHECK(zh.err ==
          "llmpath: error: 无法写入标准输出：磁盘空间不足；不过「skip bridge-python」已经记入"
          "跟踪的计划：再次运行这条命令之前，请先用 llmpath status 看一看\n");
}

TEST_CASE("hostile a command that changed nothing and cannot print says only that",
          "[cli][hostile]") {
    const Tracked t("skip-full");
    REQUIRE(t.run({"skip", "llm-overview"}).exit_code == 0);
    const auto r = t.shell(R"("$LLMPATH" skip llm-overview > /dev/full; echo "status=$?")");
    CHECK(r.out == "status=1\n");
    CHECK(r.err == "llmpath: error: cannot write to standard output: no space left on device\n");
}

// ---- 3. line input ----------------------------------------------------------------------------

TEST_CASE("hostile batch /dev/zero ends at the first MiB with an error", "[cli][hostile]") {
    // A generous bound: without one the run never ends (timeout's 124).
    const Sandbox box("dev-zero");
    const auto r = box.shell(R"(timeout 60 "$LLMPATH" batch /dev/zero; echo "status=$?")");
    CHECK(r.out == "status=2\n");
    CHECK(r.err == "llmpath: error: /dev/zero:1: longer than 1 MiB; the lines after it were not "
                   "read\nllmpath: error: 1 of 1 line failed\n");
    CHECK(entries(box.dir) == 0);
}

// ---- 5. files that are not the user's ---------------------------------------------------------

TEST_CASE("hostile -o --force never replaces a FIFO, a symbolic link or a device",
          "[cli][hostile]") {
    const Sandbox box("special-out");
    REQUIRE(::mkfifo((box.dir + "/fifo.md").c_str(), 0600) == 0);
    std::ofstream(box.dir + "/target.md") << "mine\n";
    fs::create_symlink("target.md", box.dir + "/link.md");
    auto r = box.run({"plan", "--defaults", "--start", k_start, "-o", "fifo.md", "--force"});
    CHECK(r.exit_code == 2);
    CHECK(r.err == "llmpath: error: -o fifo.md: is not a regular file; llmpath replaces only "
                   "regular files: name the file itself, or write to standard output and "
                   "redirect it\n");
    CHECK(is_fifo(box.dir + "/fifo.md"));
    r = box.run({"export", "-o", "link.md", "--force"});
    CHECK(r.exit_code == 2);
    CHECK(r.err == "llmpath: error: -o link.md: is a symbolic link; llmpath replaces only "
                   "regular files: name the file itself, or write to standard output and "
                   "redirect it\n");
    CHECK(fs::is_symlink(box.dir + "/link.md"));
    CHECK(read_file(box.dir + "/target.md") == "mine\n");
    if (::geteuid() == 0) { // only root could replace it
        r = box.run({"plan", "--defaults", "--start", k_start, "-o", "/dev/null", "--force"});
        CHECK(r.exit_code == 2);
        CHECK(fs::is_character_file("/dev/null"));
    }
}

TEST_CASE("hostile batch --out-dir --force never replaces a FIFO", "[cli][hostile]") {
    const std::string dir = scratch_dir("hostile-special-batch");
    REQUIRE(::mkfifo((dir + "/ann.json").c_str(), 0600) == 0);
    RunOptions o;
    o.stdin_text = "{\"id\": \"ann\"}\n";
    const auto r = run_llmpath({"batch", "-", "--start", k_start, "--out-dir", dir, "--force"}, o);
    CHECK(r.exit_code == 2);
    CHECK(r.err == "llmpath: error: <stdin>:1: " + dir +
                       "/ann.json: is not a regular file; llmpath replaces only regular files\n"
                       "llmpath: error: 1 of 1 line failed\n");
    CHECK(is_fifo(dir + "/ann.json"));
}

TEST_CASE("hostile --save-answers with a failing -o leaves no file", "[cli][hostile]") {
    const Sandbox box("save-then-fail");
    check_refused(box.run({"plan", "--defaults", "--start", k_start, "--save-answers", "me.json",
                           "-o", "missing/plan.md"}),
                  1,
                  "llmpath: error: -o missing/plan.md: cannot write: the folder 'missing' "
                  "does not exist\n",
                  box);
    check_refused(box.run({"plan", "--defaults", "--start", k_start, "--save-answers", "same.md",
                           "-o", "same.md"}),
                  2, "llmpath: error: -o same.md: is also --save-answers; give each its own file\n",
                  box);
}

TEST_CASE("hostile batch --out-dir removes the temporary files of a killed run", "[cli][hostile]") {
    const std::string dir = scratch_dir("hostile-stale-temp");
    const std::string mine = ".bob.json.tmp-" + std::to_string(::getpid()) + "-0"; // alive
    for (const auto& name : {std::string(".ann.json.tmp-99999999-3"), mine, std::string(".keep"),
                             std::string(".notes.tmp-x-1")}) {
        std::ofstream(dir + "/" + name) << "x";
    }
    RunOptions o;
    o.stdin_text = "{\"id\": \"ann\"}\n";
    const auto r = run_llmpath({"batch", "-", "--start", k_start, "--out-dir", dir}, o);
    CHECK(r.exit_code == 0);
    CHECK_FALSE(fs::exists(dir + "/.ann.json.tmp-99999999-3"));
    CHECK(fs::exists(dir + "/" + mine));
    CHECK(fs::exists(dir + "/.keep"));
    CHECK(fs::exists(dir + "/.notes.tmp-x-1"));
    CHECK(fs::exists(dir + "/ann.json"));
}

TEST_CASE("hostile a failed track --force keeps the backup whole", "[cli][hostile]") {
    const Tracked t("backup");
    REQUIRE(t.run({"track", "--defaults", "--start", k_start, "--force"}).exit_code == 0);
    const std::string backup = read_file(t.file() + ".bak");
    REQUIRE(backup.size() > 1000);
    fs::remove(t.file());
    fs::create_directory(t.file()); // a folder in the plan's place: the write must fail
    const auto r = t.run({"track", "--defaults", "--start", k_start, "--force"});
    CHECK(r.exit_code == 1);
    CHECK(r.err == "llmpath: error: tracked plan " + t.file() +
                       " is not a regular file (a folder, a link or a device), so nothing was "
                       "recorded and its backup was kept; move it away\n");
    CHECK(read_file(t.file() + ".bak") == backup);
}

// ---- 8. output names --------------------------------------------------------------------------

TEST_CASE("hostile -o '' and --save-answers '' are errors, not stdout", "[cli][hostile]") {
    const Sandbox box("empty-name");
    check_refused(box.run({"plan", "--defaults", "--start", k_start, "-o", ""}), 2,
                  "llmpath: error: --output: the file name is empty; name a file ('-' is "
                  "standard input or output); run 'llmpath help plan' for usage\n",
                  box);
    check_refused(box.run({"recommend", "--defaults", "--save-answers", ""}), 2,
                  "llmpath: error: --save-answers: the file name is empty; name a file ('-' is "
                  "standard input or output); run 'llmpath help recommend' for usage\n",
                  box);
}

TEST_CASE("hostile --save-answers - writes to stdout only when the plan goes to a file",
          "[cli][hostile]") {
    const Sandbox box("save-stdout");
    check_refused(box.run({"recommend", "--defaults", "--save-answers", "-"}), 2,
                  "llmpath: error: --save-answers -: standard output carries the command's own "
                  "output; name a file, or (plan) write the plan to a file with -o FILE\n",
                  box);
    const auto r =
        box.run({"plan", "--defaults", "--start", k_start, "-o", "plan.md", "--save-answers", "-"});
    CHECK(r.exit_code == 0);
    CHECK(nlohmann::json::parse(r.out)["hours_per_week"] == 10);
    CHECK(entries(box.dir) == 1);
}
