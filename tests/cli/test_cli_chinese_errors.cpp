// Every kind of error a Chinese run can meet reads in Chinese, as the built binary prints it: JSON
// syntax and keys given twice, the catalogue's problems, the operating system's reasons, the
// tracked plan's file, batch, track --plan and cohort. Each message matches its golden transcript,
// keeps its exit code, follows the style guide and holds no English word but names.
#include "support/check.hpp"
#include "support/chinese_style.hpp"
#include "support/run.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace llmpath::test;
using Catch::Matchers::StartsWith;

namespace {

/// One run of a transcript: its arguments (after --lang zh), the exit code it must end with,
/// and the names its input holds (a catalogue's ids, field names and values), which a message
/// quotes as they are.
struct ZhRun {
    std::vector<std::string> args;
    int exit_code;
    std::set<std::string> names = {};
};

/// The words of every key and string value of the JSON document `text` (none if it is not JSON).
std::set<std::string> zh_names_in(const std::string& text) {
    std::set<std::string> out;
    const auto doc = nlohmann::json::parse(text, nullptr, false);
    static const std::regex word("[A-Za-z]+");
    const auto add = [&](const std::string& s) {
        for (auto it = std::sregex_iterator(s.begin(), s.end(), word); it != std::sregex_iterator();
             ++it) {
            out.insert(it->str());
        }
    };
    std::vector<const nlohmann::json*> todo{&doc};
    while (!todo.empty()) {
        const nlohmann::json* j = todo.back();
        todo.pop_back();
        if (j->is_string()) {
            add(j->get<std::string>());
        }
        for (auto it = j->begin(); j->is_structured() && it != j->end(); ++it) {
            if (j->is_object()) {
                add(it.key());
            }
            todo.push_back(&*it);
        }
    }
    return out;
}

/// The first English word of a Chinese error message that is not a name, or "". Names are what
/// the person typed (in 「」), flags, placeholders (KEY=VALUE), paths and JSON Pointers, file
/// names, field names, the commands and values of the format that the message tells to use, and
/// `input_names` (the names the input holds).
std::string english_in_error(const std::string& text, const std::set<std::string>& input_names) {
    static const std::regex names(
        "「[^」]*」|--?[a-z][a-z-]*|[A-Z][A-Z0-9_=/|*.-]+|"
        "[A-Za-z0-9_.~:-]*/[A-Za-z0-9_./~:-]*|<stdin>|"
        "[a-z0-9]+_[a-z_]+|[A-Za-z0-9_.-]+\\.(json|jsonl|md|txt|lock|bak)\\b");
    static const std::regex word("[A-Za-z]{3,}");
    static const std::set<std::string> allowed = {
        "llmpath", "track", "plan",    "export",  "batch",  "status",   "format",
        "json",    "chmod", "true",    "false",   "null",   "today",    "yes",
        "min",     "max",   "when",    "single",  "multi",  "boolean",  "integer",
        "date",    "text",  "pattern", "checked", "common", "https",    "choices",
        "skipped", "done",  "todo",    "name",    "weight", "markdown", "MiB"};
    for (const auto& line : lines_of(text)) {
        const std::string body = line.starts_with("llmpath: error: ") ? line.substr(16) : line;
        const std::string plain = std::regex_replace(body, names, " ");
        for (auto it = std::sregex_iterator(plain.begin(), plain.end(), word);
             it != std::sregex_iterator(); ++it) {
            if (allowed.count(it->str()) == 0 && input_names.count(it->str()) == 0) {
                return "'" + it->str() + "' in: " + line;
            }
        }
    }
    return "";
}

/// Runs each of `runs` with --lang zh in `cwd` (LLMPATH_HOME "home" there), checks what every
/// Chinese error must be, and returns the transcript for a golden file. catalog validate prints
/// its problems as compiler-style lines and only the count as an error (`all_errors` false).
std::string zh_transcript(const std::vector<ZhRun>& runs, const std::string& cwd,
                          const std::string& today = "2026-12-16", bool all_errors = true) {
    std::string transcript;
    for (const auto& run : runs) {
        std::vector<std::string> args = {"--lang", "zh"};
        args.insert(args.end(), run.args.begin(), run.args.end());
        RunOptions o;
        o.cwd = cwd;
        o.env["LLMPATH_HOME"] = "home";
        o.env["LLMPATH_TODAY"] = today;
        o.env["LLMPATH_LOCK_WAIT"] = "0";
        const auto r = run_llmpath(args, o);
        std::string line = "$ llmpath";
        for (const auto& a : args) {
            line += " " + a;
        }
        transcript += line + "\n[exit " + std::to_string(r.exit_code) + "]\n" + r.err + "\n";
        INFO(line << "\n" << r.err);
        CHECK(r.exit_code == run.exit_code);
        REQUIRE(!r.err.empty());
        const auto lines = lines_of(r.err);
        for (std::size_t i = all_errors ? 0 : lines.size() - 1; i < lines.size(); ++i) {
            CHECK_THAT(lines[i], StartsWith("llmpath: error: "));
        }
        // What the person typed (「...」) is theirs, whatever it holds.
        static const std::regex typed("「[^」]*」");
        CHECK(chinese_style_problem(std::regex_replace(r.err, typed, "「x」")) == "");
        CHECK(english_in_error(r.err, run.names) == "");
    }
    return transcript;
}

void zh_write_file(const std::string& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

/// A tracked plan of the default answers in `dir`/home with one task done (so that it has a
/// backup), and its text.
std::string zh_tracked_in(const std::string& dir) {
    RunOptions o;
    o.cwd = dir;
    o.env["LLMPATH_HOME"] = "home";
    o.env["LLMPATH_TODAY"] = "2026-11-30";
    REQUIRE(run_llmpath({"track", "--defaults", "--start", "2026-11-30"}, o).exit_code == 0);
    REQUIRE(run_llmpath({"done", "llm-overview"}, o).exit_code == 0);
    return read_file(dir + "/home/plan.json");
}

} // namespace

TEST_CASE("cli --lang zh: JSON syntax errors and keys given twice in an answers file",
          "[cli][chinese][golden]") {
    const std::string dir = scratch_dir("zh-errors-json");
    zh_write_file(dir + "/literal.json", R"({"hours_per_week": tru})");
    zh_write_file(dir + "/comma.json", "{\"hours_per_week\": 8,}");
    zh_write_file(dir + "/end.json", "{\"hours_per_week\": 8");
    zh_write_file(dir + "/string.json", "{\"hours_per_week\": \"8}");
    zh_write_file(dir + "/number.json", "{\"hours_per_week\": -x}");
    zh_write_file(dir + "/colon.json", "{\"hours_per_week\" 8}");
    zh_write_file(dir + "/key.json", "{8: 8}");
    zh_write_file(dir + "/twice.json",
                  R"({"hours_per_week": 8, "python": "fluent", "hours_per_week": 9})");
    zh_write_file(dir + "/nul.json", std::string("{\"hours_per_week\": 8}\n\0", 23));
    zh_write_file(dir + "/overflow.json", "{\"hours_per_week\": 1e999}");
    zh_write_file(dir + "/deep.json", std::string(70, '[') + std::string(70, ']'));
    std::vector<ZhRun> runs;
    for (const char* file :
         {"literal.json", "comma.json", "end.json", "string.json", "number.json", "colon.json",
          "key.json", "twice.json", "nul.json", "overflow.json", "deep.json"}) {
        runs.push_back({{"plan", "--defaults", "--data-file", file}, 2});
    }
    check_golden("golden/errors-json.zh.txt", zh_transcript(runs, dir));
}

TEST_CASE("cli --lang zh: every problem catalog validate reports is Chinese",
          "[cli][chinese][golden]") {
    const std::string dir = test_data("catalog/invalid");
    std::vector<std::string> files;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        if (entry.path().extension() == ".json") {
            files.push_back(entry.path().filename().string());
        }
    }
    std::sort(files.begin(), files.end());
    REQUIRE(files.size() > 80);
    // The names of the catalogue's format (its field names and values), and of each file.
    auto format_names = zh_names_in(run_llmpath({"catalog", "show"}).out);
    for (const char* type :
         {"official", "opensource", "article", "course", "video", "book", "paper"}) {
        format_names.insert(type); // every resource type, used or not
    }
    std::vector<ZhRun> runs;
    for (const auto& file : files) {
        auto names = zh_names_in(read_file(dir + "/" + file));
        names.insert(format_names.begin(), format_names.end());
        runs.push_back({{"catalog", "validate", file}, 3, names});
    }
    check_golden("golden/errors-catalog.zh.txt", zh_transcript(runs, dir, "2026-12-16", false));
}

TEST_CASE("cli --lang zh: files that cannot be read or written, and files too large",
          "[cli][chinese][golden]") {
    const std::string dir = scratch_dir("zh-errors-io");
    zh_write_file(dir + "/answers.json", "{}");
    std::filesystem::create_directory(dir + "/folder");
    std::filesystem::create_symlink("loop-b.json", dir + "/loop-a.json");
    std::filesystem::create_symlink("loop-a.json", dir + "/loop-b.json");
    std::filesystem::create_symlink("answers.json", dir + "/link.md");
    zh_write_file(dir + "/big.json", std::string(2u << 20, ' '));
    const std::string long_name(300, 'a');
    check_golden("golden/errors-io.zh.txt",
                 zh_transcript({{{"plan", "--defaults", "--data-file", "missing.json"}, 2},
                                {{"plan", "--defaults", "--data-file", "folder"}, 2, {"folder"}},
                                {{"plan", "--defaults", "--data-file", "answers.json/x"}, 2},
                                {{"plan", "--defaults", "--data-file", long_name + ".json"}, 2},
                                {{"plan", "--defaults", "--data-file", "loop-a.json"}, 2},
                                {{"plan", "--defaults", "--data-file", "big.json"}, 2},
                                {{"--catalog", "missing.json", "plan", "--defaults"}, 2},
                                {{"catalog", "validate", "folder"}, 2, {"folder"}},
                                {{"plan", "--defaults", "-o", "nowhere/plan.md"}, 1, {"nowhere"}},
                                {{"plan", "--defaults", "-o", "link.md"}, 2},
                                {{"plan", "--defaults", "-o", "a.md", "--save-answers", "a.md"}, 2},
                                {{"plan", "--defaults", "--save-answers", "-"}, 2},
                                {{"--catalog", "-", "plan", "--data-file", "-"}, 2}},
                               dir));
}

TEST_CASE("cli --lang zh: a damaged, newer, read-only or busy tracked plan",
          "[cli][chinese][golden]") {
    const std::string dir = scratch_dir("zh-errors-state");
    const std::string plan = zh_tracked_in(dir);
    const std::string file = dir + "/home/plan.json";
    auto edited = [&](const std::string& from, const std::string& to) {
        std::string text = plan;
        REQUIRE(text.find(from) != std::string::npos);
        return text.replace(text.find(from), from.size(), to);
    };
    std::string transcript;
    const std::vector<std::pair<std::string, std::string>> damages = {
        {"syntax", "{\"schema_version\": 1, \"generated_by\": tru}"},
        {"missing field", "{\"schema_version\": 1}"},
        {"not an object", "[1]"},
        {"a string expected", edited("\"lang\":\"en\"", "\"lang\":7")},
        {"a number out of range", edited("\"revision\":1", "\"revision\":0")},
        {"a date expected", edited("\"tracked_on\":\"2026-11-30\"", "\"tracked_on\":\"soon\"")},
        {"newer", edited("\"schema_version\":", "\"schema_version\":99,\"x\":")},
    };
    for (const auto& [what, text] : damages) {
        INFO(what);
        zh_write_file(file, text);
        transcript += zh_transcript({{{"today"}, 4}}, dir);
    }
    std::filesystem::remove(dir + "/home/plan.json.bak");
    transcript += zh_transcript({{{"status"}, 4}}, dir); // no backup to restore
    zh_write_file(file, plan);
    transcript += zh_transcript({{{"replan", "--hours-per-week", "200"}, 2}}, dir);
    transcript += zh_transcript({{{"replan"}, 2}}, dir, "2099-01-01"); // years after the start
    ::chmod(file.c_str(), 0444);
    transcript += zh_transcript({{{"undo", "llm-overview"}, 1}}, dir);
    ::chmod(file.c_str(), 0644);
    check_golden("golden/errors-state.zh.txt", transcript);

    const int fd = ::open((file + ".lock").c_str(), O_RDWR | O_CREAT, 0600);
    REQUIRE(::flock(fd, LOCK_EX) == 0);
    RunOptions o;
    o.cwd = dir;
    o.env["LLMPATH_HOME"] = "home";
    o.env["LLMPATH_LOCK_WAIT"] = "0";
    const auto busy = run_llmpath({"--lang", "zh", "done", "llm-overview"}, o);
    ::close(fd);
    CHECK(busy.exit_code == 5);
    CHECK(busy.err ==
          "llmpath: error: 另一个 llmpath 正在修改跟踪的计划（锁文件 home/plan.json.lock），"
          "请等它结束后再试\n");
    CHECK(read_file(file) == plan);
}

TEST_CASE("cli --lang zh: batch, --out-dir, track --plan and cohort errors",
          "[cli][chinese][golden]") {
    const std::string dir = scratch_dir("zh-errors-files");
    zh_write_file(dir + "/lines.jsonl",
                  "{\"id\": \"ann\", \"hours_per_week\": 8}\n{\"id\": tru}\n" +
                      std::string("{\"id\": \"bo\"}\0\n", 14) + "{\"id\": \"ann\"}\n");
    zh_write_file(dir + "/afile.txt", "x");
    std::filesystem::create_directory(dir + "/out");
    zh_write_file(dir + "/out/bo.json", "kept");
    zh_write_file(dir + "/one.jsonl", "{\"id\": \"bo\"}\n");
    zh_write_file(dir + "/empty.json", "{}");
    RunOptions o;
    o.cwd = dir;
    o.env["LLMPATH_TODAY"] = "2026-11-30";
    const auto planned = run_llmpath({"plan", "--defaults", "--format", "json"}, o);
    REQUIRE(planned.exit_code == 0);
    auto plan = nlohmann::ordered_json::parse(planned.out);
    plan["schema_version"] = 99;
    zh_write_file(dir + "/newer-plan.json", plan.dump());
    plan["schema_version"] = 0;
    zh_write_file(dir + "/older-plan.json", plan.dump());
    zh_write_file(dir + "/plan.json", planned.out);
    zh_write_file(dir + "/old-export.json", R"({"kind": "export", "schema_version": 1})");
    zh_write_file(dir + "/newer-export.json",
                  R"({"kind": "export", "schema_version": 99, "tracked": {}})");
    zh_write_file(dir + "/broken-export.json", R"({"kind": "export")");
    check_golden("golden/errors-files.zh.txt",
                 zh_transcript({{{"batch", "lines.jsonl", "--out-dir", "plans"}, 2},
                                {{"batch", "--format", "markdown", "one.jsonl"}, 2},
                                {{"batch", "--force", "one.jsonl"}, 2},
                                {{"batch", "one.jsonl", "--out-dir", "afile.txt"}, 2},
                                {{"batch", "one.jsonl", "--out-dir", "afile.txt/x"}, 1},
                                {{"batch", "one.jsonl", "--out-dir", "out"}, 2},
                                {{"batch", "missing.jsonl"}, 2},
                                {{"--catalog", "-", "batch", "-"}, 2},
                                {{"track", "--plan", "empty.json"}, 2},
                                {{"track", "--plan", "older-plan.json"}, 2},
                                {{"track", "--plan", "newer-plan.json"}, 4},
                                {{"track", "--plan", "plan.json", "--defaults"}, 2},
                                {{"track", "--plan", "plan.json", "--name", " "}, 2},
                                {{"cohort", "empty.json", "old-export.json"}, 4},
                                {{"cohort", "newer-export.json"}, 4},
                                {{"cohort", "broken-export.json", "missing.json"}, 4}},
                               dir, "2026-11-30"));
}

TEST_CASE("cli --lang zh: the help shows none of CLI11's English type names", "[cli][chinese]") {
    static const std::regex cli11_words(
        "\\b(TEXT|INT|UINT|FLOAT|NUMBER|BOOLEAN|ENUM|REQUIRED|Excludes|Needs|Options|"
        "Positionals|Subcommands|default)\\b");
    for (const char* command : {"plan", "recommend", "questions", "directions", "map", "show",
                                "catalog", "track", "today", "done", "skip", "undo", "status",
                                "history", "replan", "export", "batch", "completion", "cohort"}) {
        const auto r = run_llmpath({"--lang", "zh", "help", command});
        INFO(command << "\n" << r.out);
        REQUIRE(r.exit_code == 0);
        CHECK(!std::regex_search(r.out, cli11_words));
    }
    const auto catalog = run_llmpath({"--lang", "zh", "catalog", "validate", "--help"});
    CHECK(!std::regex_search(catalog.out, cli11_words));
}
