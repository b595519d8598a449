// Chinese output as a reader sees it, over every screen: plans of a census of personas in every
// direction and format, every `show` subject, the questions, directions, map, recommendation and
// the tracking commands. Properties: no line wider than the terminal, no line that starts with a
// closing mark, no English word of the interface (ids, commands, URLs and the names the catalogue
// itself uses are fine), and Chinese Markdown never broken between two Chinese characters.
// The same width and closing-mark properties hold for English. Chinese lines follow the checkable
// rules of docs/chinese-style.md.
#include "support/check.hpp"
#include "support/chinese_style.hpp"
#include "support/run.hpp"

#include <llmpath/catalog.hpp>

#include "util/text.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <regex>
#include <set>
#include <sstream>

using namespace llmpath;
using namespace llmpath::test;

namespace {

constexpr int k_width = 72;

const nlohmann::json& catalog_json() {
    static const nlohmann::json j =
        nlohmann::json::parse(read_file(std::string(LLMPATH_SOURCE_DIR) + "/data/catalog.json"));
    return j;
}

/// The ids of the catalogue's directions, phases, pitfalls and tasks.
std::vector<std::string> subject_ids() {
    std::vector<std::string> out;
    for (const char* section : {"directions", "phases", "pitfalls", "tasks"}) {
        for (const auto& item : catalog_json()[section]) {
            out.push_back(item["id"]);
        }
    }
    return out;
}

/// Words a Chinese screen may show in Latin letters: ids, the catalogue's own words in its
/// Chinese texts (tool and product names), and llmpath's commands and flags.
const std::set<std::string>& allowed_words() {
    static const std::set<std::string> words = [] {
        std::set<std::string> out = {"llmpath", "json",      "markdown", "text",    "ics",
                                     "csv",     "checklist", "zh",       "en",      "ID",
                                     "VALUE",   "FILE",      "N",        "YYYY",    "MM",
                                     "DD",      "GPU",       "h",        "plan.md", "plan.ics"};
        auto add_words = [&](const std::string& s) {
            static const std::regex word("[A-Za-z][A-Za-z0-9+#._-]*");
            for (auto it = std::sregex_iterator(s.begin(), s.end(), word);
                 it != std::sregex_iterator(); ++it) {
                out.insert(it->str());
            }
        };
        // Every Chinese text and every id or value of the catalogue.
        std::vector<const nlohmann::json*> todo{&catalog_json()};
        while (!todo.empty()) {
            const nlohmann::json& j = *todo.back();
            todo.pop_back();
            if (j.is_string()) {
                add_words(j.get<std::string>());
            }
            for (auto it = j.begin(); j.is_structured() && it != j.end(); ++it) {
                if (j.is_object() && it.key() == "en") {
                    continue;
                }
                todo.push_back(&*it);
            }
        }
        for (const char* command :
             {"plan",   "recommend", "questions", "directions", "show",     "map",     "track",
              "today",  "done",      "skip",      "undo",       "status",   "history", "replan",
              "export", "batch",     "cohort",    "catalog",    "validate", "help"}) {
            out.insert(command);
        }
        return out;
    }();
    return words;
}

bool starts_with_closing_mark(std::string_view line) {
    const auto body = util::trim(line);
    for (const char* mark :
         {"，", "。", "、", "；", "：", "？", "！", "）", "」", "』", "】", "》", "…"}) {
        if (body.starts_with(mark)) {
            return true;
        }
    }
    return false;
}

/// The first problem of a terminal screen, or "".
std::string check_screen(const std::string& what, const std::string& text, bool zh) {
    // URLs, flags (after a space or an opening parenthesis) and the ticked box.
    static const std::regex url("https?://[^ ）)，。]*|(^|[ （(])--?[a-z][a-z-]*|\\[x\\]");
    static const std::regex word("[A-Za-z][A-Za-z0-9+#._-]*");
    for (const auto& line : lines_of(text)) {
        // A URL wider than the screen has a line of its own: it is never broken.
        const bool lone_url = util::trim(line).find(' ') == std::string::npos &&
                              line.find("://") != std::string::npos;
        if (util::display_width(line) > k_width && !lone_url) {
            return what + ": wider than " + std::to_string(k_width) + ": " + line;
        }
        if (starts_with_closing_mark(line)) {
            return what + ": starts with a closing mark: " + line;
        }
        if (!zh) {
            continue;
        }
        if (const auto problem = chinese_style_problem(line); !problem.empty()) {
            return what + ": " + problem;
        }
        const std::string plain = std::regex_replace(line, url, " ");
        for (auto it = std::sregex_iterator(plain.begin(), plain.end(), word);
             it != std::sregex_iterator(); ++it) {
            std::string w = it->str();
            while (!w.empty() && (w.back() == '.' || w.back() == '-')) {
                w.pop_back();
            }
            if (!w.empty() && allowed_words().count(w) == 0) {
                return what + ": English word '" + w + "': " + line;
            }
        }
    }
    return "";
}

/// Chinese Markdown: no line ends with a Chinese character followed by a line starting with one
/// (outside fenced code, whose lines are lines).
std::string check_markdown(const std::string& what, const std::string& text) {
    std::vector<std::string> lines;
    bool fenced = false;
    for (const auto& line : lines_of(text)) {
        fenced = line.starts_with("```") ? !fenced : fenced;
        lines.push_back(fenced || line.starts_with("```") ? std::string() : line);
    }
    auto cjk_at = [](const std::string& s, bool end) {
        if (s.empty()) {
            return false;
        }
        std::size_t i = end ? s.size() : 0;
        if (end) {
            do {
                --i;
            } while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80);
        }
        const auto b = static_cast<unsigned char>(s[i]);
        return b >= 0xE3 && b <= 0xE9; // U+3000..U+9FFF: CJK and its punctuation
    };
    for (std::size_t i = 1; i < lines.size(); ++i) {
        if (cjk_at(lines[i - 1], true) && cjk_at(lines[i], false)) {
            return what + ": a line break between Chinese characters at line " + std::to_string(i);
        }
    }
    return "";
}

RunResult run_zh(std::vector<std::string> args, const std::string& lang = "zh",
                 const std::string& home = "") {
    RunOptions o;
    o.env["COLUMNS"] = std::to_string(k_width);
    o.env["LLMPATH_TODAY"] = "2026-12-16";
    if (!home.empty()) {
        o.env["LLMPATH_HOME"] = home;
    }
    args.insert(args.begin(), {"--lang", lang});
    return run_llmpath(args, o);
}

const char* k_personas[] = {"newcomer", "backend", "product", "systems", "three-hours"};

} // namespace

TEST_CASE("chinese: every catalogue screen, in both languages", "[cli][chinese]") {
    std::vector<std::vector<std::string>> screens = {{"questions"}, {"directions"}, {"map"}};
    for (const auto& id : subject_ids()) {
        screens.push_back({"show", id});
    }
    for (const char* lang : {"zh", "en"}) {
        for (const auto& args : sampled(screens)) {
            const auto r = run_zh(args, lang);
            INFO(args.front() << " " << args.back() << ": " << r.err);
            REQUIRE(r.exit_code == 0);
            CHECK(check_screen(args.back(), r.out, std::string(lang) == "zh") == "");
        }
    }
}

TEST_CASE("chinese: every persona's plan and recommendation, in every direction",
          "[cli][chinese]") {
    // Each persona with each direction, ordered so that a sample still has every persona and
    // every direction.
    std::vector<std::pair<std::string, std::string>> cases;
    for (const auto& d : embedded_catalog().directions) {
        for (const char* persona : k_personas) {
            cases.emplace_back(persona, d.id);
        }
    }
    for (const char* lang : {"zh", "en"}) {
        const bool zh = std::string(lang) == "zh";
        for (const auto& [persona, direction] : sampled(cases)) {
            const std::string answers = test_data("personas/" + persona + ".json");
            for (const char* format : {"text", "markdown", "checklist"}) {
                const auto r = run_zh({"plan", "--data-file", answers, "--start", "2026-11-30",
                                       "--direction", direction, "--format", format},
                                      lang);
                INFO(persona << " " << direction << " " << format << ": " << r.err);
                REQUIRE(r.exit_code == 0);
                if (std::string(format) == "text") {
                    CHECK(check_screen(persona, r.out, zh) == "");
                } else if (zh) {
                    CHECK(check_markdown(persona, r.out) == "");
                }
            }
        }
        for (const char* persona : k_personas) {
            const std::string answers = test_data(std::string("personas/") + persona + ".json");
            const auto rec = run_zh({"recommend", "--data-file", answers, "--defaults"}, lang);
            REQUIRE(rec.exit_code == 0);
            CHECK(check_screen(std::string("recommend ") + persona, rec.out, zh) == "");
        }
    }
}

TEST_CASE("chinese: the tracking commands", "[cli][chinese]") {
    const std::string home = scratch_dir("chinese-tracking") + "/home";
    REQUIRE(run_zh({"track", "--defaults", "--start", "2026-11-30"}, "zh", home).exit_code == 0);
    REQUIRE(run_zh({"done", "llm-overview"}, "zh", home).exit_code == 0);
    for (const auto& args :
         std::vector<std::vector<std::string>>{{"today"},
                                               {"status"},
                                               {"skip", "bridge-git"},
                                               {"undo", "bridge-git"},
                                               {"replan"},
                                               {"replan"},
                                               {"export"},
                                               {"export", "--format", "markdown"}}) {
        const auto r = run_zh(args, "zh", home);
        INFO(args.front() << ": " << r.err);
        REQUIRE(r.exit_code == 0);
        if (args.size() > 1 && args[1] == "--format") {
            CHECK(check_markdown(args.front(), r.out) == "");
        } else {
            CHECK(check_screen(args.front(), r.out, true) == "");
        }
    }
    const std::string team = scratch_dir("chinese-cohort");
    REQUIRE(
        run_zh({"export", "--format", "json", "-o", team + "/李雷.json"}, "zh", home).exit_code ==
        0);
    const auto table = run_zh({"cohort", team}, "zh", home);
    REQUIRE(table.exit_code == 0);
    CHECK(check_screen("cohort", table.out, true) == "");
    const auto md = run_zh({"cohort", team, "--format", "markdown"}, "zh", home);
    REQUIRE(md.exit_code == 0);
    CHECK(check_markdown("cohort", md.out) == "");
}
