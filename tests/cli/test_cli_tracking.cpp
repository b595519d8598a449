// End-to-end runs of the tracking commands with LLMPATH_HOME in a scratch folder and --today:
// a learner's weeks, concurrent and killed commands, and damaged state files.
#include "support/run.hpp"

#include <llmpath/tracking.hpp>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <chrono>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <signal.h>
#include <sstream>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace llmpath;
using namespace llmpath::test;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;
using json = nlohmann::json;

namespace {

/// A learner: a scratch LLMPATH_HOME, and runs of llmpath in it on a given day.
struct Learner {
    std::string home;

    explicit Learner(const std::string& name) : home(scratch_dir("track-" + name) + "/home") {}

    RunResult run(std::vector<std::string> args, const std::string& today = "2026-11-30",
                  RunOptions options = {}) const {
        options.env["LLMPATH_HOME"] = home;
        options.env["LLMPATH_TODAY"] = today;
        return run_llmpath(args, options);
    }
    json run_json(std::vector<std::string> args, const std::string& today = "2026-11-30") const {
        args.insert(args.end(), {"--format", "json"});
        const auto r = run(args, today);
        INFO(r.err);
        REQUIRE(r.exit_code == 0);
        return json::parse(r.out);
    }
    std::string file() const { return home + "/plan.json"; }
};

const std::vector<std::string> k_track = {"track", "--defaults", "--start", "2026-11-30"};

/// A catalogue of `n` common one-hour tasks, for runs that need many tasks.
std::string many_tasks_catalog(const std::string& dir, int n) {
    json c = json::parse(read_file(test_data("catalog/valid/minimal.json")));
    c["tasks"] = json::array();
    c["pitfalls"] = json::array();
    for (int i = 0; i < n; ++i) {
        c["tasks"].push_back({{"id", "t" + std::to_string(i)},
                              {"phase", "foundations"},
                              {"directions", {"common"}},
                              {"title", "Task " + std::to_string(i)},
                              {"hours", 1},
                              {"deliverable", "Done."}});
    }
    const std::string path = dir + "/many.json";
    std::ofstream(path) << c.dump();
    return path;
}

/// Validates `doc` against docs/tracking.schema.json with ajv (the test tools from npm).
void check_schema(const json& doc, const std::string& name) {
    const auto r = validate_schema(doc.dump(), "tracking.schema.json", "track-" + name);
    INFO(name << ": " << r.out << r.err);
    CHECK(r.exit_code == 0);
}

} // namespace

TEST_CASE("cli track adopts a plan, keeps an existing one unless --force", "[cli][tracking]") {
    const Learner l("adopt");
    const auto r = l.run(k_track);
    CHECK(r.exit_code == 0);
    CHECK_THAT(r.out, StartsWith("Tracking your plan: "));
    struct stat st {};
    REQUIRE(::stat(l.home.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0700);
    const auto again = l.run(k_track);
    CHECK(again.exit_code == 2);
    CHECK(again.err == "llmpath: error: a plan is already tracked in " + l.file() +
                           "; pass --force to replace it (the one it replaces is kept as " +
                           l.file() + ".bak)\n");
    CHECK(l.run({"track", "--defaults", "--start", "2026-11-30", "--force"}).exit_code == 0);
    CHECK(std::filesystem::exists(l.file() + ".bak"));
}

TEST_CASE("cli today, done, skip, undo and status follow a learner's first weeks",
          "[cli][tracking]") {
    const Learner l("weeks");
    REQUIRE(l.run(k_track).exit_code == 0);
    const auto week1 = l.run({"today"}, "2026-12-01");
    CHECK(week1.exit_code == 0);
    CHECK_THAT(week1.out, StartsWith("Week 1 · Mon 30 Nov – Sun 6 Dec 2026"));
    CHECK_THAT(week1.out,
               Contains("[ ] The LLM overview: the six layers (llm-overview, 6 h, 6 h left)"));
    check_schema(l.run_json({"today"}, "2026-12-01"), "today");

    const auto done = l.run({"done", "llm-overview"}, "2026-12-02");
    CHECK(done.out == "Done: The LLM overview: the six layers (llm-overview)\n");
    check_schema(l.run_json({"done", "bridge-python", "--hours", "3"}, "2026-12-02"), "done");
    const auto today = l.run({"today"}, "2026-12-02");
    CHECK_THAT(today.out,
               Contains("[x] The LLM overview: the six layers (llm-overview, 6 h, done)"));
    // Python from zero: 30 h, 3 of them done.
    CHECK_THAT(today.out, Contains("(bridge-python, 4 h, 27 h left, 3 of 30"));

    CHECK(l.run({"skip", "bridge-git"}, "2026-12-02").out ==
          "Skipped: Git for your projects (bridge-git)\n");
    CHECK(l.run({"undo", "bridge-git"}, "2026-12-02").out ==
          "To do again: Git for your projects (bridge-git)\n");
    const auto typo = l.run({"done", "llm-overveiw"}, "2026-12-02");
    CHECK(typo.exit_code == 2);
    CHECK_THAT(typo.err, StartsWith("llmpath: error: unknown task 'llm-overveiw' (did you mean "
                                    "'llm-overview'?)"));

    const json behind = l.run_json({"status"}, "2026-12-16");
    CHECK(behind["due_hours"] == 24); // weeks 1 and 2, and 3 days of week 3
    CHECK(behind["done_hours"] == 9);
    CHECK(behind["ahead_hours"] == -15);
    check_schema(behind, "status");
    CHECK_THAT(l.run({"status"}, "2026-12-16").out, Contains("15 h behind schedule (1.5 weeks)"));
    REQUIRE(
        l.run({"done", "bridge-python", "bridge-linux", "bridge-http"}, "2026-12-03").exit_code ==
        0);
    const json ahead = l.run_json({"status"}, "2026-12-07");
    CHECK(ahead["ahead_hours"].get<int>() > 0);
    CHECK_THAT(l.run({"status"}, "2026-12-07").out, Contains("h ahead of schedule"));
}

TEST_CASE("cli replan after two weeks behind moves the end, keeps what is done, then rests",
          "[cli][tracking]") {
    const Learner l("replan");
    REQUIRE(l.run(k_track).exit_code == 0);
    REQUIRE(l.run({"done", "llm-overview"}, "2026-12-01").exit_code == 0);
    const json first = l.run_json({"replan"}, "2026-12-16");
    check_schema(first, "replan");
    CHECK(first["changed"] == true);
    // Two weeks behind: the tasks move; the end moves too unless the plan's slack absorbs it.
    CHECK(first["new_end"] >= first["old_end"]);
    CHECK_FALSE(first["moves"].empty());
    const json second = l.run_json({"replan"}, "2026-12-16");
    CHECK(second["changed"] == false);
    CHECK(second["moves"].empty());
    CHECK(second["new_end"] == first["new_end"]);
    const json exported = l.run_json({"export"}, "2026-12-16");
    check_schema(exported, "export");
    for (const auto& t : exported["tasks"]) {
        if (t["id"] == "llm-overview") {
            CHECK(t["state"] == "done");
        }
    }
    const json faster = l.run_json({"replan", "--hours-per-week", "20"}, "2026-12-16");
    CHECK(faster["new_hours_per_week"] == 20);
    CHECK(faster["new_end"] < first["new_end"]);
}

TEST_CASE("cli history, status and today with work left out match the schema", "[cli][tracking]") {
    const Learner l("history-schema");
    REQUIRE(l.run(k_track).exit_code == 0);
    REQUIRE(l.run({"done", "llm-overview"}, "2026-12-01").exit_code == 0);
    REQUIRE(l.run({"done", "bridge-python", "--hours", "3"}, "2026-12-08").exit_code == 0);
    REQUIRE(l.run({"skip", "bridge-git"}, "2026-12-08").exit_code == 0);
    REQUIRE(l.run({"replan", "--hours-per-week", "4"}, "2026-12-09").exit_code == 0);
    REQUIRE(l.run({"undo", "bridge-git"}, "2026-12-09").exit_code == 0);
    const json history = l.run_json({"history"}, "2026-12-09");
    CHECK(history["weeks"].size() == 2);
    check_schema(history, "history");
    const json status = l.run_json({"status"}, "2026-12-09");
    CHECK_FALSE(status["left_out"].empty());
    check_schema(status, "status-left-out");
    check_schema(l.run_json({"today"}, "2026-12-09"), "today-left-out");
    check_schema(l.run_json({"export"}, "2026-12-09"), "export-left-out");
}

TEST_CASE("cli export writes the tracked plan as ticked Markdown and text", "[cli][tracking]") {
    const Learner l("export");
    REQUIRE(l.run(k_track).exit_code == 0);
    REQUIRE(l.run({"done", "llm-overview"}, "2026-12-01").exit_code == 0);
    const auto md = l.run({"export", "--format", "markdown"});
    CHECK(md.exit_code == 0);
    CHECK_THAT(md.out, StartsWith("# Your six-month plan: Data"));
    CHECK_THAT(md.out, Contains("- [x] The LLM overview: the six layers (6 h)"));
    CHECK_THAT(md.out, Contains("- [ ] Python scripts that process data"));
    const auto text = l.run({"export"});
    CHECK_THAT(text.out, Contains("[x] The LLM overview: the six layers (llm-overview, 6 h)"));
    const std::string dir = scratch_dir("track-export-file");
    const auto to_file = l.run({"export", "-o", dir + "/progress.md"});
    CHECK(to_file.exit_code == 0);
    CHECK(read_file(dir + "/progress.md") == md.out);
}

TEST_CASE("cli 50 done commands started at once record all 50", "[cli][tracking]") {
    const Learner l("concurrent");
    const std::string catalog = many_tasks_catalog(scratch_dir("track-concurrent-catalog"), 60);
    REQUIRE(
        l.run({"--catalog", catalog, "track", "--defaults", "--start", "2026-11-30"}).exit_code ==
        0);
    RunOptions o;
    o.env["LLMPATH_HOME"] = l.home;
    o.env["LLMPATH_TODAY"] = "2026-12-01";
    const auto r = run_shell("for i in $(seq 0 49); do \"$LLMPATH\" done t$i >/dev/null & done; "
                             "wait",
                             o);
    CHECK(r.exit_code == 0);
    const TrackedPlan plan = tracked_from_json(read_file(l.file()), "plan.json");
    int done = 0;
    for (const auto& t : plan.tasks) {
        done += t.state == TaskState::done ? 1 : 0;
    }
    CHECK(done == 50);
}

TEST_CASE("cli a done killed at any moment leaves the old plan or the new one", "[cli][tracking]") {
    const Learner l("killed");
    const std::string catalog = many_tasks_catalog(scratch_dir("track-killed-catalog"), 20);
    REQUIRE(
        l.run({"--catalog", catalog, "track", "--defaults", "--start", "2026-11-30"}).exit_code ==
        0);
    // Kill within about the time one done takes on this machine and build (a sanitized build is
    // several times slower), so that some runs finish and most are cut somewhere inside.
    const auto t0 = std::chrono::steady_clock::now();
    REQUIRE(l.run({"done", "t0"}, "2026-12-01").exit_code == 0);
    REQUIRE(l.run({"undo", "t0"}, "2026-12-01").exit_code == 0);
    const auto took =
        std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - t0)
            .count() /
        2;
    const unsigned max_delay = static_cast<unsigned>(std::max<long long>(2000, took * 3 / 2));
    std::mt19937 rng(20261201);
    int changed = 0;
    for (int round = 0; round < 200; ++round) {
        const TrackedPlan before = tracked_from_json(read_file(l.file()), "plan.json");
        const std::string task = "t" + std::to_string(round % 20);
        const bool was_done = before.find(task)->state == TaskState::done;
        const pid_t pid = fork();
        if (pid == 0) {
            ::setenv("LLMPATH_HOME", l.home.c_str(), 1);
            ::setenv("LLMPATH_TODAY", "2026-12-01", 1);
            const int devnull = ::open("/dev/null", O_WRONLY);
            ::dup2(devnull, 1);
            ::dup2(devnull, 2);
            ::execl(LLMPATH_BINARY, LLMPATH_BINARY, was_done ? "undo" : "done", task.c_str(),
                    static_cast<char*>(nullptr));
            ::_exit(127);
        }
        ::usleep(std::uniform_int_distribution<unsigned>(0, max_delay)(rng));
        ::kill(pid, SIGKILL);
        int status = 0;
        ::waitpid(pid, &status, 0);
        INFO("round " << round);
        TrackedPlan after;
        REQUIRE_NOTHROW(after = tracked_from_json(read_file(l.file()), "plan.json"));
        const bool now_done = after.find(task)->state == TaskState::done;
        if (now_done == was_done) {
            CHECK(after.log.size() == before.log.size()); // untouched
        } else {
            CHECK(after.log.size() == before.log.size() + 1); // the whole change
            ++changed;
        }
    }
    CHECK(changed > 0); // some runs got through before the kill
    CHECK(l.run({"status"}, "2026-12-01").exit_code == 0);
}

TEST_CASE("cli a damaged, newer or read-only tracked plan is refused and left as it is",
          "[cli][tracking]") {
    const Learner l("hostile");
    REQUIRE(l.run(k_track).exit_code == 0);
    const std::string good = read_file(l.file());
    auto refused = [&](const std::string& content, int code, const std::string& err) {
        std::ofstream(l.file(), std::ios::binary | std::ios::trunc) << content;
        const auto r = l.run({"done", "llm-overview"});
        CHECK(r.exit_code == code);
        if (err.empty()) {
            CHECK_THAT(r.err, StartsWith("llmpath: error: tracked plan " + l.file() + ":") &&
                                  Contains("it was not changed"));
        } else {
            CHECK(r.err == err);
        }
        CHECK(read_file(l.file()) == content);
        CHECK(l.run({"today"}).exit_code == code);
    };
    const std::string hint = "; it was not changed; restore the version before the last change "
                             "with 'cp " +
                             l.file() + ".bak " + l.file() +
                             "', or start again with 'llmpath track --force'\n";
    std::filesystem::copy_file(l.file(), l.file() + ".bak",
                               std::filesystem::copy_options::overwrite_existing);
    SECTION("corrupt") {
        refused("not json", 4,
                "llmpath: error: tracked plan " + l.file() +
                    ":1:2: syntax error: invalid literal; last read: 'no'" + hint);
    }
    SECTION("truncated") {
        refused(good.substr(0, good.size() / 2), 4, "");
    }
    SECTION("empty") {
        refused("", 4,
                "llmpath: error: tracked plan " + l.file() +
                    ":1:1: syntax error: unexpected end of input; expected '[', '{', or "
                    "a literal" +
                    hint);
    }
    SECTION("newer") {
        std::string newer = good;
        newer.replace(newer.find("\"schema_version\":1"), 18, "\"schema_version\":2");
        refused(newer, 4,
                "llmpath: error: tracked plan " + l.file() +
                    ":/schema_version: it was written by a newer llmpath "
                    "(schema_version 2; this one reads 1)" +
                    hint);
    }
}

TEST_CASE("cli a read-only plan, a folder that is a file, a held lock, no plan at all",
          "[cli][tracking]") {
    SECTION("read-only") {
        const Learner l("read-only");
        REQUIRE(l.run(k_track).exit_code == 0);
        ::chmod(l.file().c_str(), 0444);
        const std::string before = read_file(l.file());
        const auto r = l.run({"done", "llm-overview"});
        CHECK(r.exit_code == 1);
        CHECK(r.err == "llmpath: error: tracked plan " + l.file() +
                           " is read-only, so nothing was recorded; make it writable with "
                           "'chmod u+w " +
                           l.file() + "'\n");
        CHECK(read_file(l.file()) == before);
        ::chmod(l.file().c_str(), 0644);
    }
    SECTION("the folder is a file") {
        const Learner l("folder-file");
        std::filesystem::create_directories(std::filesystem::path(l.home).parent_path());
        std::ofstream(l.home) << "x";
        for (const auto& args : {std::vector<std::string>{"today"}, k_track}) {
            const auto r = l.run(args);
            CHECK(r.exit_code == 1);
            CHECK_THAT(r.err, Contains("the tracked plan's folder " + l.home + " is not a folder"));
        }
        CHECK(read_file(l.home) == "x");
    }
    SECTION("a lock held by another process") {
        const Learner l("locked");
        REQUIRE(l.run(k_track).exit_code == 0);
        const std::string before = read_file(l.file());
        const int fd = ::open((l.file() + ".lock").c_str(), O_RDWR);
        REQUIRE(::flock(fd, LOCK_EX) == 0);
        RunOptions o;
        o.env["LLMPATH_LOCK_WAIT"] = "0";
        const auto r = l.run({"done", "llm-overview"}, "2026-11-30", o);
        ::close(fd);
        CHECK(r.exit_code == 5);
        CHECK(r.err == "llmpath: error: another llmpath is changing the tracked plan (it holds " +
                           l.file() + ".lock); try again when it has finished\n");
        CHECK(read_file(l.file()) == before);
        CHECK(l.run({"done", "llm-overview"}).exit_code == 0); // free again
    }
    SECTION("no tracked plan yet") {
        const Learner l("none");
        for (const char* command : {"today", "status", "replan", "export"}) {
            const auto r = l.run({command});
            CHECK(r.exit_code == 4);
            CHECK(r.err == "llmpath: error: no tracked plan in " + l.home +
                               "; start one with 'llmpath track' (it takes the answers "
                               "'llmpath plan' takes)\n");
        }
    }
}

namespace {

/// The UID and SEQUENCE of every event of a calendar, read by python3-icalendar.
std::map<std::string, std::string> events_of(const std::string& ics_path) {
    const auto r = run_program(
        "/usr/bin/python3", {"-c",
                             "import sys, icalendar\n"
                             "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
                             "for e in cal.walk('VEVENT'):\n"
                             "    print(e['UID'], e['SEQUENCE'], e.get('STATUS', '-'))\n",
                             ics_path});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    std::map<std::string, std::string> out;
    std::istringstream in(r.out);
    for (std::string uid, sequence, status; in >> uid >> sequence >> status;) {
        out[uid] = sequence + " " + status;
    }
    return out;
}

} // namespace

TEST_CASE("cli export --format ics|csv|checklist: the tracked plan in other tools, and a re-plan "
          "updates the calendar instead of duplicating it",
          "[cli][tracking]") {
    const Learner l("export-ics");
    const std::string dir = scratch_dir("track-export-ics-files");
    REQUIRE(l.run(k_track).exit_code == 0);
    const auto plan =
        run_llmpath({"plan", "--defaults", "--start", "2026-11-30", "--format", "json"});
    std::ofstream(dir + "/plan.json") << plan.out;
    for (const char* ext : {"ics", "csv"}) {
        REQUIRE(l.run({"export", "-o", dir + "/tracked." + ext}).exit_code == 0);
    }
    // Adopted the day it starts, the tracked plan is the plan: same events, same rows.
    const auto checked =
        run_program(std::string(LLMPATH_SOURCE_DIR) + "/tests/tools/check-exports.py",
                    {dir + "/plan.json", dir + "/tracked.ics", dir + "/tracked.csv"});
    INFO(checked.err);
    CHECK(checked.exit_code == 0);
    const auto checklist = l.run({"export", "--format", "checklist"});
    CHECK_THAT(checklist.out, Contains("- [ ] The LLM overview: the six layers (6 h, due week 1)"));

    const auto before = events_of(dir + "/tracked.ics");
    // Everything of weeks 1 and 2 is done, so those weeks stay as they are.
    std::vector<std::string> done = {"done"};
    const json planned = json::parse(plan.out);
    for (const auto& w : planned["plan"]["weeks"]) {
        for (const auto& item : w["items"]) {
            const std::string task = item["task"];
            if (w["index"].get<int>() <= 2 &&
                std::find(done.begin(), done.end(), task) == done.end()) {
                done.push_back(task);
            }
        }
    }
    const auto ticked = l.run(done, "2026-12-10");
    INFO(ticked.err);
    REQUIRE(ticked.exit_code == 0);
    REQUIRE(l.run({"replan"}, "2026-12-16").exit_code == 0);
    REQUIRE(l.run({"export", "-o", dir + "/replanned.ics"}, "2026-12-16").exit_code == 0);
    const auto after = events_of(dir + "/replanned.ics");
    CHECK_THAT(l.run({"export", "--format", "checklist"}, "2026-12-16").out,
               Contains("- [x] The LLM overview: the six layers (6 h, due week 1)"));
    int kept = 0;
    int raised = 0;
    for (const auto& [uid, state] : after) {
        auto it = before.find(uid);
        if (it == before.end()) {
            continue; // a week the plan did not have before
        }
        kept += state == it->second ? 1 : 0;
        raised += std::stoi(state) > std::stoi(it->second) ? 1 : 0;
        CHECK(std::stoi(state) >= std::stoi(it->second));
    }
    CHECK(after.at("week-1-" + before.begin()->first.substr(before.begin()->first.rfind('-') +
                                                            1)) == "1 -"); // ticked
    CHECK(kept + raised == static_cast<int>(before.size()));               // no sequence goes back
    CHECK(raised >= 3); // weeks 1 and 2 ticked, and the weeks from the re-plan on changed
    // Every event of the first import is in the second, so a re-import replaces them all.
    for (const auto& [uid, state] : before) {
        CHECK(after.count(uid) == 1);
    }
}
