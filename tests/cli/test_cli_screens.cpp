// The text plan as a person sees it: a summary on one screen, every week once with --full,
// lines no wider than 100 columns.
#include "support/check.hpp"
#include "support/run.hpp"

#include "util/text.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <map>
#include <regex>
#include <string>
#include <vector>

using namespace llmpath::test;

namespace {

/// The plan for a persona of `background` at `hours` a week, `extra` flags after.
RunResult plan_of(const std::string& lang, const std::string& background, int hours,
                  const std::vector<std::string>& extra, const std::string& columns = "80") {
    std::vector<std::string> args{"--lang",  lang,
                                  "plan",    "--defaults",
                                  "--start", "2026-12-07",
                                  "-d",      "background=" + background,
                                  "-d",      "hours_per_week=" + std::to_string(hours)};
    args.insert(args.end(), extra.begin(), extra.end());
    RunOptions o;
    o.env["COLUMNS"] = columns;
    return run_llmpath(args, o);
}

const char* const k_backgrounds[] = {"none",   "student",      "backend",   "frontend", "bigdata",
                                     "devops", "data-analyst", "algorithm", "product",  "systems"};

/// Whether `line` is a link alone on its line (links are never broken, so may be wider).
bool link_alone(const std::string& line) {
    const auto start = line.find_first_not_of(' ');
    return start != std::string::npos && line.compare(start, 8, "https://") == 0 &&
           line.find(' ', start) == std::string::npos;
}

} // namespace

TEST_CASE("cli plan prints a summary of at most 60 lines for every background and budget",
          "[cli][screens]") {
    const std::vector<std::string> skilled{"-d", "coding=strong", "-d", "python=fluent",
                                           "-d", "linux=fluent",  "-d", "math=strong"};
    for (const char* lang : {"en", "zh"}) {
        for (const char* background : k_backgrounds) {
            for (int hours : {3, 10, 20}) {
                for (const auto& extra : {std::vector<std::string>{}, skilled}) {
                    const auto r = plan_of(lang, background, hours, extra);
                    INFO(lang << " " << background << " " << hours << " h: " << r.err);
                    REQUIRE(r.exit_code == 0);
                    const auto lines = lines_of(r.out);
                    CHECK(lines.size() <= 60);
                    // The first week's tasks with their ids, the checkpoints, what to do next.
                    CHECK(std::regex_search(r.out,
                                            std::regex("\\(llm-overview\\)|（llm-overview）")));
                    CHECK(r.out.find("--full") != std::string::npos);
                    CHECK(r.out.find("llmpath track") != std::string::npos);
                }
            }
        }
    }
}

TEST_CASE("cli plan --full prints every week once, in order, each task with its id",
          "[cli][screens]") {
    for (const char* lang : {"en", "zh"}) {
        for (int hours : {3, 6, 12}) {
            const auto r = plan_of(lang, "backend", hours, {"--full"});
            REQUIRE(r.exit_code == 0);
            const std::regex heading(lang == std::string("en") ? "^  Week ([0-9]+) · "
                                                               : "^  第 ([0-9]+) 周 · ");
            int expected = 1;
            for (const auto& line : lines_of(r.out)) {
                std::smatch m;
                if (std::regex_search(line, m, heading)) {
                    INFO(lang << " " << hours << " h: " << line);
                    CHECK(std::stoi(m[1]) == expected++);
                }
            }
            CHECK(expected > 20);
            // Every task of the plan, with its id where a command can take it.
            const auto as_json = plan_of(lang, "backend", hours, {"--format", "json"});
            const auto doc = nlohmann::json::parse(as_json.out);
            for (const auto& week : doc["plan"]["weeks"]) {
                for (const auto& item : week["items"]) {
                    const std::string id = item["task"];
                    INFO(id);
                    CHECK((r.out.find("(" + id) != std::string::npos ||
                           r.out.find("（" + id) != std::string::npos));
                }
            }
            CHECK(r.out.find("llmpath map") != std::string::npos); // the map is a command
        }
    }
}

TEST_CASE("cli plan text is never wider than 100 columns, even on a wider terminal",
          "[cli][screens]") {
    for (const char* lang : {"en", "zh"}) {
        for (const std::vector<std::string>& extra :
             {std::vector<std::string>{}, std::vector<std::string>{"--full"}}) {
            const auto r = plan_of(lang, "product", 8, extra, "200");
            REQUIRE(r.exit_code == 0);
            std::size_t widest = 0;
            for (const auto& line : lines_of(r.out)) {
                INFO(lang << ": " << line);
                CHECK((link_alone(line) || llmpath::util::display_width(line) <= 100));
                widest = std::max<std::size_t>(
                    widest, static_cast<std::size_t>(llmpath::util::display_width(line)));
            }
            CHECK(widest > 80); // the width is used
        }
    }
}
