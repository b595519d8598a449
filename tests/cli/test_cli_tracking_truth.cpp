// End-to-end runs of a learner's six months as a new user lives them: a tracked plan stays true
// after re-plans (the weeks, the ticks, ahead or behind), says when it is finished, lists what it
// left out, and every view and export tells the same story.
#include "support/check.hpp"
#include "support/run.hpp"

#include <llmpath/date.hpp>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <random>
#include <set>

using namespace llmpath::test;
using Catch::Matchers::Contains;
using Catch::Matchers::EndsWith;
using Catch::Matchers::StartsWith;
using json = nlohmann::json;

namespace {

/// A learner with a scratch LLMPATH_HOME who tracked the plan: backend, 10 h a week
/// from Monday 4 January 2027.
struct TruthLearner {
    std::string home;

    explicit TruthLearner(const std::string& name, const std::string& hours = "10")
        : home(scratch_dir("truth-" + name) + "/home") {
        const auto r = run({"track", "--defaults", "-d", "background=backend", "-d",
                            "hours_per_week=" + hours, "--start", "2027-01-04"},
                           "2027-01-04");
        REQUIRE(r.exit_code == 0);
    }
    RunResult run(std::vector<std::string> args, const std::string& today) const {
        RunOptions options;
        options.env["LLMPATH_HOME"] = home;
        options.env["LLMPATH_TODAY"] = today;
        return run_llmpath(args, options);
    }
    RunResult ok(std::vector<std::string> args, const std::string& today) const {
        const auto r = run(args, today);
        INFO(r.err);
        REQUIRE(r.exit_code == 0);
        return r;
    }
    json run_json(std::vector<std::string> args, const std::string& today) const {
        args.insert(args.end(), {"--format", "json"});
        return json::parse(ok(args, today).out);
    }
    /// Every task of the plan, in plan order.
    std::vector<std::string> tasks() const {
        std::vector<std::string> out;
        const json doc = run_json({"export"}, "2027-01-04");
        for (const auto& t : doc["tasks"]) {
            out.push_back(t["id"]);
        }
        return out;
    }
};

const json* task_in(const json& doc, const std::string& id) {
    for (const auto& t : doc["tasks"]) {
        if (t["id"] == id) {
            return &t;
        }
    }
    return nullptr;
}

/// The week of the exported plan that holds a day, by its dates.
const json* week_holding(const json& doc, const std::string& day) {
    for (const auto& w : doc["weeks"]) {
        if (w["start_date"].get<std::string>() <= day && day <= w["end_date"].get<std::string>()) {
            return &w;
        }
    }
    return nullptr;
}

/// The weeks are the plan's calendar weeks: 1 from the start, then Monday to Sunday, 7 days.
void check_calendar(const json& doc) {
    int index = 0;
    std::string last_end;
    for (const auto& w : doc["weeks"]) {
        CHECK(w["index"] == ++index);
        if (index > 1) {
            CHECK(w["start_date"] > last_end);
        }
        last_end = w["end_date"];
    }
}

/// The content lines of an iCalendar file, unfolded (a folded line may split any text).
std::string unfolded_ics(const std::string& ics) {
    std::string unfolded;
    for (std::size_t i = 0; i < ics.size(); ++i) {
        if (ics.compare(i, 3, "\r\n ") == 0) {
            i += 2;
        } else {
            unfolded += ics[i];
        }
    }
    return unfolded;
}

/// An event of an iCalendar file: "SEQUENCE DTSTAMP SUMMARY".
std::map<std::string, std::string> events(const std::string& ics) {
    std::map<std::string, std::string> out;
    const std::string unfolded = unfolded_ics(ics);
    std::string uid, seq, stamp, summary;
    std::size_t at = 0;
    while (at < unfolded.size()) {
        const std::size_t end = unfolded.find("\r\n", at);
        const std::string line = unfolded.substr(at, end - at);
        at = end + 2;
        if (line.rfind("UID:", 0) == 0) {
            uid = line.substr(4, line.rfind('-') - 4); // without the learner's key
        } else if (line.rfind("SEQUENCE:", 0) == 0) {
            seq = line.substr(9);
        } else if (line.rfind("DTSTAMP:", 0) == 0) {
            stamp = line.substr(8, 8);
        } else if (line.rfind("SUMMARY:", 0) == 0) {
            summary = line.substr(8);
        } else if (line == "END:VEVENT") {
            out[uid] = seq + " " + stamp + " " + summary;
        }
    }
    return out;
}

} // namespace

TEST_CASE("cli truth 1: a re-plan keeps the finished tasks ticked in every view and export",
          "[cli][tracking][truth]") {
    const TruthLearner l("ticks");
    l.ok({"done", "llm-overview", "rag-architecture"}, "2027-01-04");
    l.ok({"replan", "--hours-per-week", "8"}, "2027-01-04");
    const auto checklist = l.ok({"export", "--format", "checklist"}, "2027-01-04").out;
    CHECK(occurrences(checklist, "- [x] ") == 2);
    CHECK(occurrences(l.ok({"export", "--format", "markdown"}, "2027-01-04").out, "- [x] ") == 2);
    const auto text = l.ok({"export"}, "2027-01-04").out;
    CHECK_THAT(text, Contains("[x] The LLM overview"));
    CHECK_THAT(text, Contains("(rag-architecture, "));
    CHECK_THAT(text, Contains("2 of "));
    CHECK(occurrences(l.ok({"export", "--format", "csv"}, "2027-01-04").out, ",done,") == 2);
    CHECK(occurrences(unfolded_ics(l.ok({"export", "--format", "ics"}, "2027-01-04").out),
                      "[x] ") == 2);
    const json doc = l.run_json({"export"}, "2027-01-04");
    CHECK((*task_in(doc, "rag-architecture"))["left_out"].is_null());
}

TEST_CASE("cli truth 2: ahead or behind stays right after a re-plan and at the end",
          "[cli][tracking][truth]") {
    const TruthLearner l("ahead");
    l.ok({"done", "bridge-python", "--hours", "3"}, "2027-01-05");
    l.ok({"replan"}, "2027-01-18");
    const json status = l.run_json({"status"}, "2027-01-18");
    CHECK(status["on_schedule"] == true);
    CHECK_THAT(l.ok({"status"}, "2027-01-18").out, Contains("On schedule."));
    CHECK_THAT(l.ok({"status"}, "2027-01-18").out, !Contains("h ahead"));
    std::vector<std::string> all = {"done"};
    for (const auto& id : l.tasks()) {
        all.push_back(id);
    }
    const json plan = l.run_json({"export"}, "2027-01-18");
    const std::string last_day = plan["weeks"].back()["end_date"];
    l.ok(all, last_day);
    const auto finished = l.ok({"status"}, last_day).out;
    CHECK_THAT(finished, !Contains("h ahead"));
    CHECK_THAT(finished, Contains("You finished the plan"));
}

TEST_CASE("cli truth 3: a re-plan on any day keeps the calendar's weeks and numbers",
          "[cli][tracking][truth]") {
    SECTION("on a Sunday") {
        const TruthLearner l("sunday");
        l.ok({"replan"}, "2027-01-31");
        const json doc = l.run_json({"export"}, "2027-01-31");
        check_calendar(doc);
        REQUIRE(week_holding(doc, "2027-01-31") != nullptr);
        CHECK((*week_holding(doc, "2027-01-31"))["index"] == 4);
        CHECK((*week_holding(doc, "2027-01-31"))["start_date"] == "2027-01-25");
        REQUIRE(week_holding(doc, "2027-02-08") != nullptr);
        CHECK((*week_holding(doc, "2027-02-08"))["index"] == 6);
        CHECK_THAT(l.ok({"today"}, "2027-02-08").out, StartsWith("Week 6 · Mon 8 Feb"));
    }
    SECTION("on a Wednesday at 5 h a week, then each day of the week") {
        const TruthLearner l("wednesday");
        const json first = l.run_json({"replan", "--hours-per-week", "5"}, "2027-01-20");
        CHECK(first["changed"] == true);
        const json doc = l.run_json({"export"}, "2027-01-20");
        check_calendar(doc);
        CHECK((*week_holding(doc, "2027-01-20"))["start_date"] == "2027-01-18");
        CHECK((*week_holding(doc, "2027-01-20"))["end_date"] == "2027-01-24");
        for (const char* day : {"2027-01-21", "2027-01-22", "2027-01-23", "2027-01-24"}) {
            const json again = l.run_json({"replan"}, day);
            CHECK(again["changed"] == false);
            CHECK(again["moves"].empty());
            CHECK(again["new_end"] == first["new_end"]);
        }
    }
}

TEST_CASE("cli truth 4: a week done exactly is on schedule on its Sunday and the next Monday",
          "[cli][tracking][truth]") {
    const TruthLearner l("exact");
    const json doc = l.run_json({"export"}, "2027-01-04");
    for (const auto& item : doc["weeks"][0]["items"]) {
        if (item["parts"] == 1) {
            l.ok({"done", item["task"]}, "2027-01-08");
        } else {
            l.ok({"done", item["task"], "--hours", std::to_string(item["hours"].get<int>())},
                 "2027-01-08");
        }
    }
    for (const char* day : {"2027-01-10", "2027-01-11"}) {
        const auto out = l.ok({"status"}, day).out;
        INFO(day << "\n" << out);
        CHECK_THAT(out, Contains("On schedule."));
        CHECK_THAT(out, !Contains("you finish"));
    }
}

TEST_CASE("cli truth 5: a finished plan is reported finished", "[cli][tracking][truth]") {
    const TruthLearner l("finished", "5");
    std::vector<std::string> all = {"done"};
    const json doc = l.run_json({"export"}, "2027-01-04");
    for (const auto& t : doc["tasks"]) {
        if (t["left_out"].is_null()) {
            all.push_back(t["id"]);
        }
    }
    l.ok(all, "2027-03-01");
    const json status = l.run_json({"status"}, "2027-03-01");
    CHECK(status["finished"] == true);
    CHECK(status["projection"] == "finished");
    CHECK(status["projected_end"].is_null());
    CHECK(status["next_checkpoint"].is_null());
    const auto text = l.ok({"status"}, "2027-03-01").out;
    CHECK_THAT(text, Contains("You finished the plan"));
    CHECK_THAT(text, !Contains("ahead"));
    CHECK_THAT(l.ok({"today"}, "2027-03-01").out, Contains("You finished the plan"));
    CHECK(l.run_json({"today"}, "2027-03-01")["finished"] == true);
}

TEST_CASE("cli truth 6: a task a re-plan leaves out is listed with why, and counted apart",
          "[cli][tracking][truth]") {
    const TruthLearner l("left-out");
    l.ok({"replan", "--hours-per-week", "5"}, "2027-01-04");
    const json status = l.run_json({"status"}, "2027-01-04");
    REQUIRE_FALSE(status["left_out"].empty());
    const std::string id = status["left_out"][0]["task"];
    CHECK(status["left_out"][0]["left_out"] == "no-time");
    CHECK(status["left_out_hours"].get<int>() >= status["left_out"][0]["hours"].get<int>());
    const auto today = l.ok({"today"}, "2027-01-04").out;
    CHECK_THAT(today, Contains("Left out"));
    CHECK_THAT(today, Contains("(" + id + ", "));
    CHECK_THAT(l.ok({"status"}, "2027-01-04").out, Contains("Left out of the weeks: "));
    const json doc = l.run_json({"export"}, "2027-01-04");
    CHECK((*task_in(doc, id))["left_out"] == "no-time");
    for (const char* format : {"text", "markdown"}) {
        const auto out = l.ok({"export", "--format", format}, "2027-01-04").out;
        CHECK_THAT(out, Contains("Left out"));
        CHECK_THAT(out, Contains(id + ", "));
        CHECK_THAT(out, Contains("the weeks left had no room for it"));
    }
    // A task skipped, left out by a re-plan, then put back: listed, with what to do.
    l.ok({"skip", "rag-architecture"}, "2027-01-05");
    l.ok({"replan"}, "2027-01-05");
    CHECK((*task_in(l.run_json({"export"}, "2027-01-05"), "rag-architecture"))["left_out"] ==
          "skipped");
    l.ok({"undo", "rag-architecture"}, "2027-01-06");
    CHECK((*task_in(l.run_json({"export"}, "2027-01-06"), "rag-architecture"))["left_out"] ==
          "undone");
    CHECK_THAT(l.ok({"today"}, "2027-01-06").out, Contains("llmpath replan fits it in"));
}

TEST_CASE("cli truth 7: undo takes back only the last change, partial hours included",
          "[cli][tracking][truth]") {
    const TruthLearner l("undo");
    l.ok({"done", "bridge-python", "--hours", "5"}, "2027-01-05");
    l.ok({"done", "bridge-python"}, "2027-01-06");
    const json undone = l.run_json({"undo", "bridge-python"}, "2027-01-06");
    CHECK(undone["tasks"][0]["after"] == "todo");
    CHECK(undone["tasks"][0]["done_hours"] == 5);
    CHECK((*task_in(l.run_json({"export"}, "2027-01-06"), "bridge-python"))["done_hours"] == 5);
    l.ok({"undo", "bridge-python"}, "2027-01-06");
    CHECK((*task_in(l.run_json({"export"}, "2027-01-06"), "bridge-python"))["done_hours"] == 0);
}

TEST_CASE("cli truth 8: the CSV of a tracked plan has each task's status, skipped ones too",
          "[cli][tracking][truth]") {
    const TruthLearner l("csv");
    l.ok({"done", "llm-overview"}, "2027-01-05");
    l.ok({"skip", "rag-architecture"}, "2027-01-05");
    l.ok({"replan"}, "2027-01-05");
    const auto csv = l.ok({"export", "--format", "csv"}, "2027-01-05").out;
    CHECK_THAT(csv, StartsWith("Summary,Description,Phase,Start date,Due date,Hours,Issue ID,"
                               "Parent,Labels,Status,Hours done\r\n"));
    CHECK(occurrences(csv, ",done,") == 1);
    CHECK(occurrences(csv, ",skipped,") == 1);
    CHECK(occurrences(csv, ",to do,") == l.tasks().size() - 2);
    // A plan just made has no progress, so no status columns.
    const auto plan = run_llmpath({"plan", "--defaults", "--format", "csv"});
    CHECK_THAT(plan.out, StartsWith("Summary,Description,Phase,Start date,Due date,Hours,Issue ID,"
                                    "Parent,Labels\r\n"));
}

TEST_CASE("cli truth 9: the calendar tells calendar apps which events changed, and when",
          "[cli][tracking][truth]") {
    const TruthLearner l("ics");
    const auto before = events(l.ok({"export", "--format", "ics"}, "2027-01-04").out);
    CHECK_THAT(before.at("week-1"), StartsWith("0 20270104 "));
    l.ok({"done", "llm-overview"}, "2027-01-06");
    const auto after = events(l.ok({"export", "--format", "ics"}, "2027-01-06").out);
    CHECK_THAT(after.at("week-1"), StartsWith("1 20270106 "));
    CHECK(after.at("week-2") == before.at("week-2"));
    // Two re-plans that each cancel weeks: each cancelled week names its own re-plan.
    l.ok({"replan", "--hours-per-week", "15"}, "2027-01-11");
    l.ok({"replan", "--hours-per-week", "25"}, "2027-01-18");
    const auto last = events(l.ok({"export", "--format", "ics"}, "2027-01-18").out);
    int first_cancelled = 0, second_cancelled = 0;
    for (const auto& [uid, event] : last) {
        first_cancelled += event.find("re-plan of Mon 11 Jan 2027") != std::string::npos &&
                           event.find(" 20270111 ") != std::string::npos;
        second_cancelled += event.find("re-plan of Mon 18 Jan 2027") != std::string::npos &&
                            event.find(" 20270118 ") != std::string::npos;
    }
    CHECK(first_cancelled > 0);
    CHECK(second_cancelled > 0);
}

TEST_CASE("cli truth 10: the tracked plan's Markdown ends with one newline",
          "[cli][tracking][truth]") {
    const TruthLearner l("markdown");
    const auto md = l.ok({"export", "--format", "markdown"}, "2027-01-04").out;
    CHECK_THAT(md, EndsWith("\n"));
    CHECK_THAT(md, !EndsWith("\n\n"));
}

TEST_CASE("cli truth 11: a prefix suggests its task; status before the start and early on, and "
          "a projection never absurd",
          "[cli][tracking][truth]") {
    const TruthLearner l("misc");
    const auto typo = l.run({"done", "rag-arch"}, "2027-01-04");
    CHECK(typo.exit_code == 2);
    CHECK_THAT(typo.err, StartsWith("llmpath: error: unknown task 'rag-arch' (did you mean "
                                    "'rag-architecture'?)"));
    l.ok({"done", "llm-overview", "bridge-python"}, "2027-01-02");
    const auto early = l.ok({"status"}, "2027-01-02").out;
    CHECK_THAT(early, Contains("Your plan starts Mon 4 Jan 2027"));
    CHECK_THAT(early, !Contains("ahead"));
    CHECK_THAT(early, !Contains("No progress recorded yet"));
    const json one_day = l.run_json({"status"}, "2027-01-05");
    CHECK(one_day["projected_end"].is_null());
    CHECK(one_day["projection"] == "waiting");
    CHECK_THAT(l.ok({"status"}, "2027-01-05").out, Contains("after two weeks of progress"));
    const json far = l.run_json({"status"}, "2027-05-24");
    CHECK(far["projection"] == "too-slow");
    CHECK(far["projected_end"].is_null());
    CHECK_THAT(l.ok({"status"}, "2027-05-24").out, Contains("over a year longer"));
    const auto ids = l.tasks();
    l.ok({"done", ids[2], ids[3], ids[4]}, "2027-01-20");
    const json paced = l.run_json({"status"}, "2027-01-20");
    REQUIRE(paced["projection"] == "pace");
    CHECK(paced["projected_end"] >= "2027-01-20");
    CHECK(paced["projected_end"] < "2027-12-31");
}

TEST_CASE("cli history shows what was done week by week", "[cli][tracking][truth]") {
    const TruthLearner l("history");
    l.ok({"done", "llm-overview"}, "2027-01-05");
    l.ok({"done", "bridge-python", "--hours", "3"}, "2027-01-12");
    l.ok({"replan", "--hours-per-week", "8"}, "2027-01-13");
    const json doc = l.run_json({"history"}, "2027-01-13");
    CHECK(doc["kind"] == "history");
    REQUIRE(doc["weeks"].size() == 2);
    CHECK(doc["weeks"][0]["week"] == 1);
    CHECK(doc["weeks"][1]["week"] == 2);
    CHECK(doc["weeks"][1]["done_hours"] == 3);
    CHECK(doc["weeks"][1]["entries"].back()["action"] == "replan");
    const auto text = l.ok({"history"}, "2027-01-13").out;
    CHECK_THAT(text, Contains("Week 2 · Mon 11 Jan – Sun 17 Jan 2027 · 3 h done"));
    CHECK_THAT(text, Contains("re-planned at 8 h a week"));
    CHECK_THAT(run_llmpath({"--help"}).out, Contains("history"));
}

TEST_CASE("cli truth: a learner's random weeks through the binary, every view agreeing",
          "[cli][tracking][truth]") {
    const TruthLearner l("random");
    const auto ids = l.tasks();
    std::mt19937 rng(7);
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    int day = 0;
    const auto base = [](int d) { return llmpath::Date{2027, 1, 4}.plus_days(d).to_string(); };
    for (int step = 0; step < 16; ++step) {
        const std::string today = base(day);
        const std::string id =
            ids[static_cast<std::size_t>(pick(0, static_cast<int>(ids.size()) - 1))];
        const int action = pick(0, 5);
        INFO("step " << step << " action " << action << " " << id << " " << today);
        if (action == 0) {
            l.ok({"done", id}, today);
        } else if (action == 1) {
            l.ok({"done", id, "--hours", std::to_string(pick(1, 4))}, today);
        } else if (action == 2) {
            l.ok({"skip", id}, today);
        } else if (action == 3) {
            l.ok({"undo", id}, today);
        } else if (action == 4) {
            l.ok({"replan", "--hours-per-week", std::to_string(pick(4, 14))}, today);
        }
        day += pick(0, 12);
        const json t = l.run_json({"today"}, today);
        const json s = l.run_json({"status"}, today);
        const json e = l.run_json({"export"}, today);
        check_calendar(e);
        CHECK(t["week"] == s["week"]);
        CHECK(t["finished"] == s["finished"]);
        int done = 0;
        std::set<std::string> left_out;
        for (const auto& task : e["tasks"]) {
            done += task["done_hours"].get<int>();
            if (!task["left_out"].is_null() && task["state"] == "todo") {
                left_out.insert(task["id"].get<std::string>());
            }
        }
        CHECK(s["done_hours"] == done);
        std::set<std::string> from_status, from_today;
        for (const auto& x : s["left_out"]) {
            from_status.insert(x["task"].get<std::string>());
        }
        for (const auto& x : t["left_out"]) {
            from_today.insert(x["task"].get<std::string>());
        }
        CHECK(from_status == left_out);
        CHECK(from_today == left_out);
    }
}
