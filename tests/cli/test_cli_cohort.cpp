// End-to-end: a lead plans a cohort with batch --out-dir, each learner adopts their plan with
// track --plan and records progress, exports it, and the lead sees the group with cohort.
#include "support/check.hpp"
#include "support/run.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <unistd.h>

using namespace llmpath::test;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;
using json = nlohmann::json;

namespace {

const char* const k_cohort_lines =
    R"({"name": "Ann Lee", "background": "backend", "hours_per_week": 10}
{"name": "Bo", "background": "none", "hours_per_week": 6}
{"id": "chen", "background": "product", "business": "high", "hours_per_week": 8}
)";

/// A learner of the cohort: their own LLMPATH_HOME, and runs of llmpath in it on a given day.
struct Member {
    std::string home;

    explicit Member(const std::string& dir) : home(dir) {}

    RunResult run(const std::vector<std::string>& args, const std::string& today) const {
        RunOptions options;
        options.env["LLMPATH_HOME"] = home;
        options.env["LLMPATH_TODAY"] = today;
        return run_llmpath(args, options);
    }
    /// This week's task ids, from `today --format json`.
    std::vector<std::string> week_tasks(const std::string& today) const {
        const auto r = run({"today", "--format", "json"}, today);
        REQUIRE(r.exit_code == 0);
        std::vector<std::string> ids;
        const json view = json::parse(r.out);
        for (const auto& item : view["items"]) {
            ids.push_back(item["task"]);
        }
        return ids;
    }
    void done(const std::vector<std::string>& ids, const std::string& today) const {
        std::vector<std::string> args{"done"};
        args.insert(args.end(), ids.begin(), ids.end());
        const auto r = run(args, today);
        INFO(r.err);
        REQUIRE(r.exit_code == 0);
    }
};

/// The cohort's folder: the plans batch wrote (plans/), each learner's home, their exports
/// (team/), progressed to 21 December 2026: Ann keeps up, Bo stops after a day, Chen is behind.
struct Cohort {
    std::string dir;
    std::vector<std::string> names{"Ann Lee", "Bo", "chen"};

    // ctest runs each test case in a process of its own, side by side: a folder for each.
    explicit Cohort(const std::string& name)
        : dir(scratch_dir("cohort-" + name + "-" + std::to_string(::getpid()))) {
        std::ofstream(dir + "/cohort.jsonl") << k_cohort_lines;
        const auto batch = run_llmpath(
            {"batch", dir + "/cohort.jsonl", "--start", "2026-11-30", "--out-dir", dir + "/plans"});
        INFO(batch.err);
        REQUIRE(batch.exit_code == 0);
        std::filesystem::create_directory(dir + "/team");
        for (const auto& n : names) {
            const Member m = member(n);
            const auto track =
                m.run({"track", "--plan", dir + "/plans/" + n + ".json"}, "2026-11-30");
            INFO(track.err);
            REQUIRE(track.exit_code == 0);
        }
        const Member ann = member("Ann Lee");
        const Member bo = member("Bo");
        const Member chen = member("chen");
        for (const char* day : {"2026-12-06", "2026-12-13", "2026-12-20"}) {
            ann.done(ann.week_tasks(day), day);
        }
        bo.done({bo.week_tasks("2026-12-01").front()}, "2026-12-01");
        chen.done({chen.week_tasks("2026-12-06").front()}, "2026-12-06");
        const auto skip = chen.run({"skip", chen.week_tasks("2026-12-16").back()}, "2026-12-16");
        REQUIRE(skip.exit_code == 0);
        for (const auto& n : names) {
            const auto r = member(n).run(
                {"export", "--format", "json", "-o", dir + "/team/" + n + ".json"}, "2026-12-21");
            INFO(r.err);
            REQUIRE(r.exit_code == 0);
        }
    }
    Member member(const std::string& name) const { return Member(dir + "/home-" + name); }
    RunResult cohort(std::vector<std::string> args) const {
        args.insert(args.begin(), "cohort");
        args.insert(args.end(), {"--today", "2026-12-21"});
        return run_llmpath(args);
    }
};

const Cohort& shared_cohort() {
    static const Cohort cohort("shared");
    return cohort;
}

} // namespace

TEST_CASE("cli track --plan adopts a batch plan as track with the same answers would",
          "[cli][cohort]") {
    const Cohort& c = shared_cohort();
    const std::string home = scratch_dir("cohort-same") + "/home";
    RunOptions options;
    options.env["LLMPATH_HOME"] = home;
    options.env["LLMPATH_TODAY"] = "2026-11-30";
    const auto r = run_llmpath({"track", "--defaults", "-d", "background=backend", "-d",
                                "hours_per_week=10", "--start", "2026-11-30", "--name", "Ann Lee"},
                               options);
    REQUIRE(r.exit_code == 0);
    // Ann's plan as adopted, before her progress: the same file byte for byte.
    const std::string fresh = scratch_dir("cohort-fresh") + "/home";
    options.env["LLMPATH_HOME"] = fresh;
    REQUIRE(run_llmpath({"track", "--plan", c.dir + "/plans/Ann Lee.json"}, options).exit_code ==
            0);
    CHECK(read_file(fresh + "/plan.json") == read_file(home + "/plan.json"));
    CHECK(json::parse(read_file(fresh + "/plan.json"))["name"] == "Ann Lee");
}

TEST_CASE("cli cohort shows each learner as status does, most behind first", "[cli][cohort]") {
    const Cohort& c = shared_cohort();
    const auto r = c.cohort({c.dir + "/team", "--format", "json"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(r.err.empty());
    const json doc = json::parse(r.out);
    const auto valid = validate_schema(r.out, "cohort.schema.json", "cohort");
    INFO(valid.out << valid.err);
    CHECK(valid.exit_code == 0);
    REQUIRE(doc["learners"].size() == 3);
    int previous = -1000;
    for (const auto& row : doc["learners"]) {
        CHECK(row["ahead_hours"].get<int>() >= previous);
        previous = row["ahead_hours"];
        const auto status = c.member(row["name"]).run({"status", "--format", "json"}, "2026-12-21");
        const json s = json::parse(status.out);
        CHECK(row["week"] == s["week"]);
        CHECK(row["done_hours"] == s["done_hours"]);
        CHECK(row["planned_hours"] == s["scheduled_hours"]);
        CHECK(row["ahead_hours"] == s["ahead_hours"]);
        CHECK(row["ahead_weeks"] == s["ahead_weeks"]);
        CHECK(row["projected_end"] == s["projected_end"]);
        CHECK(row["next_checkpoint"] == s["next_checkpoint"]);
    }
    const json bo = doc["learners"][0];
    CHECK(bo["name"] == "Bo");
    CHECK(bo["stalled"] == true);
    CHECK(bo["last_activity"] == "2026-12-01");
    CHECK(doc["learners"][2]["name"] == "Ann Lee");
    CHECK(doc["learners"][2]["last_activity"] == "2026-12-20");
    CHECK(doc["stalled"] == 1);
    CHECK(doc["behind"].get<int>() + doc["on_schedule"].get<int>() == 2);
}

TEST_CASE("cli cohort prints a table with a summary, in English and Chinese", "[cli][cohort]") {
    const Cohort& c = shared_cohort();
    const auto text = c.cohort({c.dir + "/team"});
    REQUIRE(text.exit_code == 0);
    CHECK_THAT(text.out, StartsWith("Cohort on Mon 21 Dec 2026: 3 learners (catalogue "));
    CHECK_THAT(text.out, Contains("\n\nBo (Data), stalled\n  Week: 4, Done: "));
    CHECK_THAT(text.out, Contains("stalled (no progress for two weeks or more).\n"));
    for (const auto& line : lines_of(text.out)) {
        CHECK(line.size() <= 80);
    }
    const auto zh = c.cohort({c.dir + "/team", "--lang", "zh"});
    REQUIRE(zh.exit_code == 0);
    CHECK_THAT(zh.out, StartsWith("2026 年 12 月 21 日（周一）的学员进度：共 3 人"));
    CHECK_THAT(zh.out, Contains("停滞 1 人"));
    const auto md = c.cohort({c.dir + "/team", "--format", "markdown"});
    CHECK_THAT(md.out, StartsWith("# Cohort on Mon 21 Dec 2026: 3 learners"));
    CHECK_THAT(md.out, Contains("- **Bo** (Data), **stalled**: Week: 4, Done: "));
    const auto csv = c.cohort({c.dir + "/team", "--format", "csv"});
    CHECK_THAT(csv.out, StartsWith("name,file,direction,catalog_id,catalog_version,week,"));
}

TEST_CASE("cli export --format json carries the owner and the tracked plan", "[cli][cohort]") {
    const Cohort& c = shared_cohort();
    const json ann = json::parse(read_file(c.dir + "/team/Ann Lee.json"));
    CHECK(ann["name"] == "Ann Lee");
    CHECK(ann["tracked"]["name"] == "Ann Lee");
    const auto valid = validate_schema(ann.dump(), "tracking.schema.json", "cohort-export");
    INFO(valid.out << valid.err);
    CHECK(valid.exit_code == 0);
    CHECK(json::parse(read_file(c.dir + "/plans/chen.json"))["learner"] == "chen");
}

TEST_CASE("cli track --plan refuses what is not a plan, naming the file", "[cli][cohort]") {
    const Cohort& c = shared_cohort();
    const std::string dir = scratch_dir("cohort-bad-plans");
    RunOptions options;
    options.env["LLMPATH_HOME"] = dir + "/home";
    options.env["LLMPATH_TODAY"] = "2026-11-30";
    const std::string plan = read_file(c.dir + "/plans/Bo.json");
    std::ofstream(dir + "/cut.json") << plan.substr(0, plan.size() / 2);
    std::ofstream(dir + "/other.json") << R"({"name": "eslint", "version": "9.0.0"})";
    std::string newer = plan;
    newer.replace(newer.find("\"schema_version\":2"), 18, "\"schema_version\":3");
    std::ofstream(dir + "/newer.json") << newer;
    const auto track = [&](const std::string& file) {
        return run_llmpath({"track", "--plan", dir + "/" + file}, options);
    };
    const auto cut = track("cut.json");
    CHECK(cut.exit_code == 2);
    CHECK_THAT(cut.err, StartsWith("llmpath: error: " + dir + "/cut.json:1:"));
    CHECK_THAT(cut.err, Contains("syntax error"));
    const auto other = track("other.json");
    CHECK(other.exit_code == 2);
    CHECK(other.err == "llmpath: error: " + dir +
                           "/other.json:/: not a plan made by 'llmpath plan --format json' or "
                           "'llmpath batch'\n");
    const auto later = track("newer.json");
    CHECK(later.exit_code == 4);
    CHECK(later.err == "llmpath: error: " + dir +
                           "/newer.json:/schema_version: it was written by a newer llmpath "
                           "(schema_version 3; this one reads 2)\n");
    const auto mixed = run_llmpath(
        {"track", "--plan", c.dir + "/plans/Bo.json", "-d", "hours_per_week=4"}, options);
    CHECK(mixed.exit_code == 2);
    CHECK_THAT(mixed.err, Contains("--plan takes the answers"));
    const auto other_catalog = run_llmpath(
        {"track", "--plan", c.dir + "/plans/Bo.json", "--catalog", test_data("cli/catalog.json")},
        options);
    CHECK(other_catalog.exit_code == 2);
    CHECK_THAT(other_catalog.err, Contains("Bo.json: planned with catalogue 'llmpath-default'"));
    CHECK_FALSE(std::filesystem::exists(dir + "/home/plan.json"));
}

TEST_CASE("cli cohort skips broken, foreign and newer files, shows the others, exits 4",
          "[cli][cohort]") {
    const Cohort& c = shared_cohort();
    const std::string dir = scratch_dir("cohort-hostile");
    std::filesystem::copy(c.dir + "/team", dir + "/team");
    const std::string good = read_file(c.dir + "/team/Bo.json");
    std::ofstream(dir + "/team/cut.json") << good.substr(0, good.size() / 3);
    std::ofstream(dir + "/team/package.json") << R"({"name": "web", "version": "1.0.0"})";
    std::string newer = good;
    newer.replace(newer.find("\"schema_version\": 1"), 19, "\"schema_version\": 7");
    std::ofstream(dir + "/team/newer.json") << newer;
    std::ofstream(dir + "/team/notes.txt") << "not read: only .json files are";
    const auto r = run_llmpath({"cohort", dir + "/team", dir + "/missing.json", "--format", "json",
                                "--today", "2026-12-21"});
    CHECK(r.exit_code == 4);
    CHECK(json::parse(r.out)["learners"].size() == 3);
    CHECK_THAT(r.err, Contains("llmpath: error: " + dir + "/team/cut.json:"));
    CHECK_THAT(r.err, Contains("llmpath: error: " + dir +
                               "/team/package.json:/: not an llmpath export; each learner makes "
                               "theirs with 'llmpath export --format json'\n"));
    CHECK_THAT(r.err, Contains("llmpath: error: " + dir +
                               "/team/newer.json:/schema_version: it was written by a newer "
                               "llmpath (schema_version 7; this one reads 1)\n"));
    CHECK_THAT(r.err, Contains(dir + "/missing.json"));
    CHECK_THAT(r.err,
               Contains("llmpath: error: 4 of 7 files were skipped; the others are shown\n"));
}

TEST_CASE("cli cohort reads a folder of 1,000 files", "[cli][cohort]") {
    const Cohort& c = shared_cohort();
    const std::string dir = scratch_dir("cohort-thousand");
    const std::string good = read_file(c.dir + "/team/chen.json");
    for (int i = 0; i < 1000; ++i) {
        std::ofstream(dir + "/" + std::to_string(1000 + i) + ".json")
            << (i % 100 == 7 ? good.substr(0, 100) : good);
    }
    const auto r = run_llmpath({"cohort", dir, "--format", "csv", "--today", "2026-12-21"});
    CHECK(r.exit_code == 4);
    CHECK(std::count(r.out.begin(), r.out.end(), '\n') == 1 + 990);
    CHECK_THAT(r.err, Contains("llmpath: error: 10 of 1000 files were skipped"));
    // Read on several threads, the skipped files are still named in the order of the files.
    std::size_t at = 0;
    for (int i = 7; i < 1000; i += 100) {
        const auto next = r.err.find(dir + "/" + std::to_string(1000 + i) + ".json:", at);
        CHECK(next != std::string::npos);
        at = next == std::string::npos ? at : next;
    }
    // Every good file is one row, each once.
    const auto j = run_llmpath({"cohort", dir, "--format", "json", "--today", "2026-12-21"});
    std::set<std::string> files;
    const auto doc = nlohmann::json::parse(j.out);
    for (const auto& learner : doc["learners"]) {
        files.insert(learner["file"].get<std::string>());
    }
    CHECK(files.size() == 990);
}
