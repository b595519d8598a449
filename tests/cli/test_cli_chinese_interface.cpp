// The interface around the catalogue in Chinese: help, error messages and what a Chinese input
// method types, from the first `--help` to the last `status`; the language is known before the
// command line is parsed, and a script pins English with --lang en or LLMPATH_LANG=en.
#include "support/check.hpp"
#include "support/chinese_style.hpp"
#include "support/run.hpp"
#include "util/text.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <regex>
#include <set>

using namespace llmpath::test;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;

namespace {

const char* const k_commands[] = {"plan",   "recommend", "questions",  "directions", "map",
                                  "show",   "catalog",   "track",      "today",      "done",
                                  "skip",   "undo",      "status",     "history",    "replan",
                                  "export", "batch",     "completion", "cohort"};

RunResult run_in(const std::vector<std::string>& args, const std::string& home = "",
                 const std::string& cwd = "") {
    RunOptions o;
    o.env["LLMPATH_TODAY"] = "2026-12-16";
    o.env["LLMPATH_PROMPT_DISABLED"] = "1";
    o.env["LLMPATH_HOME"] = home.empty() ? scratch_dir("zh-interface-none") + "/home" : home;
    o.cwd = cwd;
    return run_llmpath(args, o);
}

/// The first English word of a Chinese help screen that is not a name (a command, a flag, a
/// placeholder, an environment variable, a value to type), or "". Example lines are commands.
std::string english_in_help(const std::string& text) {
    static const std::regex names("--?[a-z][a-z-]*|[A-Z][A-Z0-9_=/|*-]+|\\$[A-Z_]+|~?[a-z._/-]*/"
                                  "[a-z._/-]+|[a-z]*\\.[a-z]+|'[^']*'|\"[^\"]*\"");
    static const std::regex word("[A-Za-z]{3,}");
    static const std::set<std::string> allowed = {
        "llmpath", "text",  "markdown",   "json",  "ics",   "csv",  "checklist",
        "bash",    "zsh",   "fish",       "less",  "today", "help", "Markdown",
        "JSON",    "CSV",   "JSON Lines", "Lines", "TASK",  "plan", "SHELL",
        "tasks",   "input", "file",       "shell", "INT",   "paths"};
    const auto is_command = [](const std::string& name) {
        return name == "validate" || name == "show" ||
               std::any_of(std::begin(k_commands), std::end(k_commands),
                           [&](const char* c) { return name == c; });
    };
    for (const auto& line : lines_of(text)) {
        if (line.starts_with("  llmpath") || line.starts_with("  source") ||
            line.starts_with("  cat ") || line.starts_with("用法：")) {
            continue;
        }
        const std::string plain = std::regex_replace(line, names, " ");
        for (auto it = std::sregex_iterator(plain.begin(), plain.end(), word);
             it != std::sregex_iterator(); ++it) {
            if (allowed.count(it->str()) == 0 && !is_command(it->str())) {
                return "'" + it->str() + "' in: " + line;
            }
        }
    }
    return "";
}

} // namespace

TEST_CASE("cli --lang zh: the help matches its golden output", "[cli][chinese][golden]") {
    check_golden("golden/commands/help.zh.txt", run_in({"--lang", "zh", "--help"}).out);
    check_golden("golden/commands/help-plan.zh.txt", run_in({"--lang", "zh", "help", "plan"}).out);
    check_golden("golden/commands/help-done.zh.txt", run_in({"--lang", "zh", "help", "done"}).out);
    // The language is known before the command line is parsed, from either place.
    CHECK(run_in({"--lang=zh", "plan", "--help"}).out ==
          run_in({"--lang", "zh", "help", "plan"}).out);
}

TEST_CASE("cli --lang zh: every command's help is Chinese and follows the style guide",
          "[cli][chinese]") {
    for (const char* command : k_commands) {
        const auto r = run_in({"--lang", "zh", "help", command});
        INFO(command << ": " << r.err);
        REQUIRE(r.exit_code == 0);
        CHECK(english_in_help(r.out) == "");
        CHECK(chinese_style_problem(r.out) == "");
        CHECK_THAT(r.out, Contains("用法：llmpath " + std::string(command)));
    }
    const auto overview = run_in({"--lang", "zh", "--help"});
    CHECK(english_in_help(overview.out) == "");
    CHECK(chinese_style_problem(overview.out) == "");
}

TEST_CASE("cli --lang zh: error messages match their golden output", "[cli][chinese][golden]") {
    const std::string home = scratch_dir("zh-interface-errors") + "/home";
    const std::string cwd = scratch_dir("zh-interface-cwd");
    std::ofstream(cwd + "/plan.md") << "kept\n";
    REQUIRE(run_in({"track", "--defaults", "--start", "2026-11-30"}, home).exit_code == 0);
    const std::vector<std::vector<std::string>> cases = {
        {"plna"},
        {"catalog", "valdate"},
        {"help", "plna"},
        {"plan", "--defautls"},
        {"plan", "--defaults", "-d", "hours_per_week=abc"},
        {"plan", "--defaults", "-d", "hours_per_week=500", "-d", "interests=infra,foo"},
        {"plan", "--defaults", "-d", "backgrund=backend", "-d", "python"},
        {"plan", "-d", "background=backend"},
        {"plan", "--defaults", "--direction", "platfrom"},
        {"plan", "--defaults", "--start", "2026-13-01"},
        {"plan", "--defaults", "--gpu-price", "gpu-80gb=cheap"},
        {"plan", "--defaults", "-o", "plan.md"},
        {"show", "rag-archtecture"},
        {"done", "llm-overveiw"},
        {"done", "llm-overview", "--hours", "0"},
        {"replan", "--hours-per-week", "abc"},
    };
    std::string transcript;
    for (const auto& args : cases) {
        std::vector<std::string> zh = {"--lang", "zh"};
        zh.insert(zh.end(), args.begin(), args.end());
        const auto r = run_in(zh, home, cwd);
        std::string line = "$ llmpath";
        for (const auto& a : zh) {
            line += " " + a;
        }
        transcript += line + "\n[exit " + std::to_string(r.exit_code) + "]\n" + r.err + "\n";
        INFO(line << "\n" << r.err);
        CHECK(r.exit_code == 2);
        CHECK_THAT(r.err, StartsWith("llmpath: error: "));
        CHECK(chinese_style_problem(r.err) == "");
    }
    check_golden("golden/errors.zh.txt", transcript);
    const auto none = run_in({"--lang", "zh", "today"});
    CHECK(none.exit_code == 4);
    CHECK_THAT(none.err, Contains("还没有跟踪的计划；请先运行 llmpath track 开始跟踪"));
}

TEST_CASE("cli: messages follow LANG, and --lang en or LLMPATH_LANG=en pins English",
          "[cli][chinese]") {
    RunOptions o;
    o.env["LANG"] = "zh_CN.UTF-8";
    o.env["LLMPATH_TODAY"] = "2026-12-16";
    const auto zh = run_llmpath({"plan", "--defaults", "-d", "hours_per_week=abc"}, o);
    CHECK(zh.err ==
          "llmpath: error: -d hours_per_week：「abc」不是整数；请输入 2 至 60 之间的整数\n");
    const auto pinned =
        run_llmpath({"--lang", "en", "plan", "--defaults", "-d", "hours_per_week=abc"}, o);
    CHECK(pinned.err == "llmpath: error: -d: hours_per_week: 'abc' is not a whole number; enter a "
                        "number from 2 to 60\n");
    o.env["LLMPATH_LANG"] = "en";
    const auto env = run_llmpath({"plan", "--defaults", "-d", "hours_per_week=abc"}, o);
    CHECK(env.err == pinned.err);
    CHECK(env.exit_code == zh.exit_code);
    CHECK_THAT(run_llmpath({"--help"}, o).out, Contains("Usage: llmpath"));
}

TEST_CASE("cli: full-width input from a Chinese input method, through every source",
          "[cli][chinese]") {
    const std::string dir = scratch_dir("zh-interface-full-width");
    std::ofstream(dir + "/me.json")
        << R"({"hours_per_week": "１２", "interests": "ｄａｔａ，ｐｒｏｄｕｃｔｓ"})";
    auto answered = [](const RunResult& r, const char* id) {
        INFO(r.err);
        REQUIRE(r.exit_code == 0);
        return nlohmann::json::parse(r.out)["profile"][id];
    };
    const std::vector<std::string> base = {"plan",       "--defaults", "--start",
                                           "2026-11-30", "--format",   "json"};
    auto with = [&](std::vector<std::string> extra) {
        std::vector<std::string> args = base;
        args.insert(args.end(), extra.begin(), extra.end());
        return run_in(args);
    };
    CHECK(answered(with({"-d", "hours_per_week=１０"}), "hours_per_week") == 10);
    CHECK(answered(with({"-d", "hours_per_week＝８"}), "hours_per_week") == 8);
    CHECK(answered(with({"-d", "interests=１，３"}), "interests").size() == 2);
    CHECK(answered(with({"-d", "interests=１、３"}), "interests").size() == 2);
    CHECK(answered(with({"-d", "hours_per_week=　１０　"}), "hours_per_week") == 10);
    const auto file = with({"--data-file", dir + "/me.json"});
    CHECK(answered(file, "hours_per_week") == 12);
    CHECK(answered(file, "interests") == nlohmann::json::array({"data", "products"}));
}

TEST_CASE("cli directions fits the terminal's width from 60 columns up, in both languages",
          "[cli][chinese]") {
    for (const char* lang : {"zh", "en"}) {
        for (int width = 60; width <= 100; width += 5) {
            RunOptions o;
            o.env["COLUMNS"] = std::to_string(width);
            const auto r = run_llmpath({"--lang", lang, "directions"}, o);
            REQUIRE(r.exit_code == 0);
            for (const auto& line : lines_of(r.out)) {
                INFO(lang << " at " << width << ": " << line);
                CHECK(llmpath::util::display_width(line) <= width);
            }
        }
    }
}
