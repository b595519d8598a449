// Hostile input, second round, end to end: catalogue patterns that could hang, dates and sizes
// llmpath could not read back, text that is not what it looks like, work that grows faster than
// its input, and settings read loosely. Every case checks the exit code and the one-line
// message, and that nothing was written or replaced. docs/reliability.md lists the cases.
#include "support/check.hpp"
#include "support/hostile.hpp"
#include "support/run.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <functional>
#include <string>

using namespace llmpath::test;
using json = nlohmann::json;
namespace fs = std::filesystem;

namespace {

/// The default catalogue with a text question `handle` of this pattern and default, in a
/// scratch folder (not the sandbox).
std::string catalog_with_pattern(const std::string& name, const std::string& pattern,
                                 const std::string& fallback) {
    json c = json::parse(read_file(std::string(LLMPATH_SOURCE_DIR) + "/data/catalog.json"));
    c["questions"].push_back({{"id", "handle"},
                              {"type", "text"},
                              {"prompt", {{"en", "Your handle?"}, {"zh", "你的用户名？"}}},
                              {"short_label", {{"en", "handle"}, {"zh", "用户名"}}},
                              {"pattern", pattern},
                              {"default", fallback}});
    const std::string path = scratch_dir("hostile-inputs-" + name) + "/catalog.json";
    std::ofstream(path) << c.dump();
    return path;
}

/// A plan tracked in a scratch LLMPATH_HOME from `start`.
struct Home {
    std::string dir;

    Home(const std::string& name, const std::string& start = k_start)
        : dir(scratch_dir("hostile-home-" + name)) {
        const auto r = run({"track", "--defaults", "--start", start});
        INFO(r.err);
        REQUIRE(r.exit_code == 0);
    }
    RunResult run(const std::vector<std::string>& args, const std::string& today = k_start,
                  RunOptions o = {}) const {
        o.env["LLMPATH_HOME"] = dir;
        o.env["LLMPATH_TODAY"] = today;
        return run_llmpath(args, o);
    }
    std::string file() const { return dir + "/plan.json"; }
    /// Edits the tracked plan's file as a person with a text editor could.
    void edit(const std::function<void(json&)>& change) const {
        json doc = json::parse(read_file(file()));
        change(doc);
        std::ofstream(file()) << doc.dump() << "\n";
    }
};

/// The lines of the Mermaid block of a Markdown document.
std::string mermaid_block(const std::string& markdown) {
    const auto from = markdown.find("```mermaid\n");
    REQUIRE(from != std::string::npos);
    return markdown.substr(from, markdown.find("```\n", from + 10) - from);
}

} // namespace

// ---- 1. patterns ------------------------------------------------------------------------------

TEST_CASE("hostile a catastrophic pattern checks its default without hanging", "[cli][hostile]") {
    // (a+)+$ against 41 a's and a '!' took std::regex minutes; RE2 is linear. Generous limit.
    const Sandbox box("pattern-hang");
    const std::string bad = std::string(41, 'a') + "!";
    const auto f = catalog_with_pattern("pattern-hang", "(a+)+$", bad);
    RunOptions o;
    o.env["F"] = f;
    const auto r = box.shell(R"(timeout 60 "$LLMPATH" catalog validate "$F"; echo "status=$?")", o);
    CHECK(r.out == "status=3\n");
    CHECK(r.err == validate_err(f, {"/questions/11/default: default '" + bad +
                                    "' does not match the pattern '(a+)+$'"}));
}

TEST_CASE("hostile a catastrophic pattern checks an answer without hanging", "[cli][hostile]") {
    const Sandbox box("pattern-answer");
    const std::string bad = std::string(41, 'a') + "!";
    const auto f = catalog_with_pattern("pattern-answer", "(a+)+$", "aaa");
    RunOptions o;
    o.env["F"] = f;
    o.env["BAD"] = bad;
    const auto r = box.shell(R"(timeout 60 "$LLMPATH" --catalog "$F" plan --defaults )"
                             R"(-d "handle=$BAD" -o plan.md; echo "status=$?")",
                             o);
    CHECK(r.out == "status=2\n");
    CHECK(r.err == "llmpath: error: -d: handle: '" + bad + "' does not match the pattern (a+)+$\n");
    CHECK(entries(box.dir) == 0);
}

TEST_CASE("hostile catalog validate refuses patterns that need backtracking, saying why",
          "[cli][hostile]") {
    const Sandbox box("pattern-refused");
    auto f = catalog_with_pattern("pattern-lookahead", "(?=a)a+", "aa");
    check_refused(box.run({"catalog", "validate", f}), 3,
                  validate_err(f, {"/questions/11/pattern: pattern '(?=a)a+' is not a regular "
                                   "expression llmpath can match in linear time (RE2 syntax): "
                                   "unsupported group '(?=' (lookaround cannot be matched in "
                                   "linear time)"}),
                  box);
    f = catalog_with_pattern("pattern-backref", "(a)\\1", "aa");
    check_refused(box.run({"catalog", "validate", f}), 3,
                  validate_err(f, {"/questions/11/pattern: pattern '(a)\\1' is not a regular "
                                   "expression llmpath can match in linear time (RE2 syntax): "
                                   "invalid escape '\\1' (a back reference cannot be matched in "
                                   "linear time)"}),
                  box);
}

// ---- 4. what llmpath writes, it reads back ----------------------------------------------------

TEST_CASE("hostile track refuses a start whose plan ends after 9999-12-31", "[cli][hostile]") {
    const std::string home = scratch_dir("hostile-home-late-start");
    RunOptions o;
    o.env["LLMPATH_HOME"] = home;
    const auto r = run_llmpath({"track", "--defaults", "--start", "9999-10-04"}, o);
    CHECK(r.exit_code == 2);
    CHECK(r.err == "llmpath: error: start_date: 9999-10-04 is too late: the plan runs 26 weeks, "
                   "past 9999-12-31, the last date llmpath writes; choose an earlier start date\n");
    CHECK_FALSE(fs::exists(home + "/plan.json"));
}

TEST_CASE("hostile replan refuses to write dates after 9999-12-31", "[cli][hostile]") {
    const Home home("late-replan", "9999-05-31");
    const std::string before = read_file(home.file());
    const auto r = home.run({"replan", "--hours-per-week", "2"}, "9999-09-01");
    CHECK(r.exit_code == 2);
    CHECK(r.err.starts_with("llmpath: error: the re-plan would end on 1"));
    CHECK(r.err.ends_with(", after 9999-12-31, the last date llmpath reads back; nothing was "
                          "changed\n"));
    CHECK(read_file(home.file()) == before);
    CHECK(home.run({"status"}, "9999-09-01").exit_code == 0);
}

TEST_CASE("hostile replan refuses a today centuries after the start, up front", "[cli][hostile]") {
    const Home home("far-today");
    const std::string before = read_file(home.file());
    const auto r = home.run({"replan"}, "2300-01-01");
    CHECK(r.exit_code == 2);
    CHECK(r.err == "llmpath: error: today (2300-01-01) is more than 10 years after the tracked "
                   "plan's start (2026-11-30): a re-plan would fill every week in between with an "
                   "empty one; start again with 'llmpath track --force'\n");
    CHECK(read_file(home.file()) == before);
}

// ---- 6. one sanitiser -------------------------------------------------------------------------

TEST_CASE("hostile a hand-edited tracked plan's ids, titles and URLs drive no terminal",
          "[cli][hostile]") {
    const Home home("edited-ids");
    std::string text = read_file(home.file());
    const std::string evil = "\\u001b]0;pwned\\u0007llm\\u202eweivrevo\\u200b";
    for (std::size_t at = 0; (at = text.find("\"llm-overview\"", at)) != std::string::npos;) {
        text.replace(at, 14, "\"" + evil + "\"");
    }
    std::ofstream(home.file()) << text;
    home.edit([](json& doc) {
        doc["tasks"][0]["links"][0]["url"] = "https://example.com/\x1b[2J\u2066x";
        doc["tasks"][0]["title"]["en"] = "Title \x1b[31mred\u202e";
    });
    for (const auto& args :
         std::vector<std::vector<std::string>>{{"today"},
                                               {"status"},
                                               {"export", "--format", "markdown"},
                                               {"export"},
                                               {"export", "--format", "csv"},
                                               {"__complete", "done", ""}}) {
        const auto r = home.run(args);
        INFO(args.back() << " " << r.err);
        CHECK(r.exit_code == 0);
        std::string shown = r.out + r.err;
        for (auto at = shown.find("\r\n"); at != std::string::npos; at = shown.find("\r\n", at)) {
            shown.erase(at, 1); // CSV's line ends
        }
        CHECK_FALSE(has_control_bytes(shown));
        CHECK_FALSE(has_hidden_characters(shown));
    }
    CHECK(home.run({"__complete", "done", ""}).out.find("]0;pwnedllmweivrevo\n") !=
          std::string::npos);
}

TEST_CASE("hostile batch --out-dir names hide no bidirectional override", "[cli][hostile]") {
    const std::string dir = scratch_dir("hostile-bidi-names");
    RunOptions o;
    o.stdin_text = "{\"id\": \"\\u202egnp.exe\\u200b.md\"}\n";
    const auto r = run_llmpath({"batch", "-", "--start", k_start, "--out-dir", dir}, o);
    CHECK(r.exit_code == 0);
    CHECK(fs::exists(dir + "/gnp.exe.md.json"));
    CHECK(entries(dir) == 1);
}

TEST_CASE("hostile raw HTML in a title never reaches the Mermaid block", "[cli][hostile]") {
    const Home home("html-title");
    home.edit([](json& doc) {
        doc["tasks"][0]["title"]["en"] = "<img src=x onerror=alert(1)> & <script>x</script>";
    });
    const auto r = home.run({"export", "--format", "markdown"});
    REQUIRE(r.exit_code == 0);
    const std::string block = mermaid_block(r.out);
    CHECK(block.find('<') == std::string::npos);
    CHECK(block.find('>') == std::string::npos);
    CHECK(block.find("\n#60;img src=x onerror=alert(1)#62; #38;… :2026-11-30, 7d\n") !=
          std::string::npos);
}

// ---- 7. work linear in the input --------------------------------------------------------------

TEST_CASE("hostile a 200,000-word title is shortened for the chart in linear time",
          "[cli][hostile]") {
    // Quadratic shortening took minutes on this; a generous bound (docs/performance.md has the
    // measured time).
    const Home home("long-title");
    std::string title;
    for (int i = 0; i < 200000; ++i) {
        title += "word ";
    }
    home.edit([&](json& doc) { doc["tasks"][0]["title"]["en"] = title; });
    RunOptions o;
    o.env["LLMPATH_HOME"] = home.dir;
    o.env["LLMPATH_TODAY"] = k_start;
    const auto r =
        run_shell(R"(timeout 60 "$LLMPATH" export --format markdown | grep -c "^word word"; )"
                  R"(echo "status=${PIPESTATUS[0]}")",
                  o);
    CHECK(r.out == "1\nstatus=0\n"); // in the plan; the chart's bar is "word word ...…"
}

TEST_CASE("hostile a megabyte unknown key gets no suggestion, in bounded memory",
          "[cli][hostile]") {
    // An n×m matrix for "did you mean" needed over 100 MB here: with a memory limit that was
    // "out of memory" (exit 1) instead of the answers error.
#ifdef __SANITIZE_ADDRESS__
    SUCCEED("AddressSanitizer reserves more memory than the limit allows, before main");
    return;
#endif
    const Sandbox box("huge-key");
    const std::string f = scratch_dir("hostile-inputs-huge-key") + "/answers.json";
    std::ofstream(f) << "{\"" << std::string(1000000, 'x') << "\": 1}";
    RunOptions o;
    o.env["F"] = f;
    const auto r = box.shell(
        R"(ulimit -v 100000; "$LLMPATH" plan --defaults --data-file "$F" 2>&1 >/dev/null | )"
        R"(cut -c1-40; echo "status=${PIPESTATUS[0]}")",
        o);
    CHECK(r.out == "llmpath: error: --data-file " + f.substr(0, 12) + "\nstatus=2\n");
    CHECK(entries(box.dir) == 0);
}

// ---- 8. settings, strictly --------------------------------------------------------------------

TEST_CASE("hostile LLMPATH_LOCK_WAIT that is not a number of seconds is an error",
          "[cli][hostile]") {
    const Sandbox box("lock-wait");
    for (const std::string value : {"abc", "5s", "-1", "3601", "1e3"}) {
        RunOptions o;
        o.env["LLMPATH_LOCK_WAIT"] = value;
        check_refused(box.run({"directions"}, o), 2,
                      "llmpath: error: LLMPATH_LOCK_WAIT: '" + value +
                          "' is not a number of seconds; expected a whole number from 0 to 3600\n",
                      box);
    }
}

TEST_CASE("hostile LLMPATH_LANG names a language like --lang does", "[cli][hostile]") {
    const Sandbox box("env-lang");
    RunOptions o;
    o.env["LLMPATH_LANG"] = "fr";
    check_refused(box.run({"directions"}, o), 2,
                  "llmpath: error: LLMPATH_LANG: the catalogue has no 'fr' text; choose one of "
                  "en, zh\n",
                  box);
    const Home home("env-lang");
    o.env["LLMPATH_HOME"] = home.dir;
    const auto r = run_llmpath({"today"}, o);
    CHECK(r.exit_code == 2);
    CHECK(r.err == "llmpath: error: LLMPATH_LANG: the tracked plan has no 'fr' text; choose one "
                   "of en, zh\n");
}

TEST_CASE("hostile replan --hours-per-week takes the hours question's range", "[cli][hostile]") {
    const Home home("replan-hours");
    const std::string before = read_file(home.file());
    for (const std::string value : {"1", "61", "168", "abc"}) {
        const auto r = home.run({"replan", "--hours-per-week", value});
        CHECK(r.exit_code == 2);
        CHECK(r.err == "llmpath: error: --hours-per-week: " +
                           (value == "1"     ? std::string("1 is below the minimum 2")
                            : value == "abc" ? std::string("'abc' is not a whole number; enter a "
                                                           "number from 2 to 60")
                                             : value + " is above the maximum 60") +
                           "\n");
    }
    CHECK(read_file(home.file()) == before);
    CHECK(home.run({"replan", "--hours-per-week", "60"}).exit_code == 0);
}
