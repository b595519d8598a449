// Hostile surroundings, end to end: unwritable outputs, closed pipes, full disks, signals, bad
// commands and flags, and bad batch lines. Every case checks the exact exit code and stderr, and
// that nothing was written. docs/reliability.md lists the cases.
#include "support/check.hpp"
#include "support/hostile.hpp"
#include "support/run.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
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
                  "llmpath: error: --format: yaml not in {text,markdown,json,ics,csv,checklist}; "
                  "run 'llmpath help "
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
