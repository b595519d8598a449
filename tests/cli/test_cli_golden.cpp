// Whole plans from the default catalogue for one persona per direction and one with 3 hours a
// week, in every format, compared byte for byte with tests/data/golden/. After a deliberate change
// to the catalogue or a renderer: LLMPATH_UPDATE_GOLDEN=1 ./build/release/tests/llmpath_tests
// "[golden]"
#include "support/check.hpp"
#include "support/run.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>

using namespace llmpath::test;

namespace {

struct Case {
    const char* persona;
    const char* expected_direction;
};

/// Every format, and the golden file's extension (the checklist is Markdown too); "full" is the
/// text plan with --full, every week.
constexpr std::pair<const char*, const char*> k_formats[] = {
    {"text", "txt"}, {"full", "full.txt"}, {"markdown", "md"},           {"json", "json"},
    {"ics", "ics"},  {"csv", "csv"},       {"checklist", "checklist.md"}};

/// The plan command for a persona in a format of k_formats.
std::vector<std::string> plan_args(const std::string& persona, const std::string& format) {
    std::vector<std::string> args{
        "plan",       "--data-file", test_data("personas/" + persona + ".json"), "--start",
        "2026-11-30", "--format",    format == "full" ? "text" : format};
    if (format == "full") {
        args.emplace_back("--full");
    }
    return args;
}

} // namespace

TEST_CASE("cli plan matches the golden plans for each persona and format", "[cli][golden]") {
    const Case cases[] = {{"newcomer", "data"},
                          {"backend", "platform"},
                          {"product", "application"},
                          {"systems", "deployment"},
                          {"three-hours", "data"}};
    for (const auto& c : cases) {
        for (const auto& [format, ext] : k_formats) {
            const auto r = run_llmpath(plan_args(c.persona, format));
            INFO(c.persona << " " << format << ": " << r.err);
            REQUIRE(r.exit_code == 0);
            check_golden("golden/" + std::string(c.persona) + "." + ext, r.out);
            if (std::string(format) == "json") {
                CHECK(r.out.find(std::string("\"direction\": \"") + c.expected_direction) !=
                      std::string::npos);
            }
        }
    }
}

TEST_CASE("cli plan matches the golden Chinese plans", "[cli][golden]") {
    const char* personas[] = {"newcomer", "backend", "product", "systems", "three-hours"};
    for (const char* persona : personas) {
        for (const auto& [format, ext] : k_formats) {
            auto args = plan_args(persona, format);
            args.insert(args.begin(), {"--lang", "zh"});
            const auto r = run_llmpath(args);
            INFO(persona << " " << format << ": " << r.err);
            REQUIRE(r.exit_code == 0);
            check_golden("golden/" + std::string(persona) + ".zh." + ext, r.out);
        }
    }
}

TEST_CASE("cli every other command matches its golden output, in Chinese and English",
          "[cli][golden]") {
    struct Screen {
        const char* name;
        std::vector<std::string> args;
    };
    const std::string answers = test_data("personas/backend.json");
    const std::vector<Screen> screens = {
        {"directions", {"directions"}},
        {"directions-json", {"directions", "--format", "json"}},
        {"questions", {"questions"}},
        {"map", {"map"}},
        {"show-direction", {"show", "data"}},
        {"show-phase", {"show", "hands-on"}},
        {"show-pitfall", {"show", "weak-engineering"}},
        {"show-task", {"show", "plat-fsdp"}},
        {"recommend", {"recommend", "--data-file", answers, "--start", "2026-11-30"}},
        {"recommend-json",
         {"recommend", "--data-file", answers, "--start", "2026-11-30", "--format", "json"}},
    };
    for (const char* lang : {"zh", "en"}) {
        for (const auto& s : screens) {
            std::vector<std::string> args = {"--lang", lang};
            args.insert(args.end(), s.args.begin(), s.args.end());
            RunOptions o;
            o.env["COLUMNS"] = "80";
            const auto r = run_llmpath(args, o);
            INFO(s.name << " " << lang << ": " << r.err);
            REQUIRE(r.exit_code == 0);
            const bool is_json = std::string(s.name).ends_with("-json");
            check_golden(std::string("golden/commands/") + s.name + "." + lang +
                             (is_json ? ".json" : ".txt"),
                         r.out);
        }
    }
}

TEST_CASE("cli the tracking commands match their golden output, in Chinese and English",
          "[cli][golden]") {
    for (const char* lang : {"zh", "en"}) {
        const std::string home = scratch_dir(std::string("golden-tracking-") + lang) + "/home";
        auto run = [&](std::vector<std::string> args, const std::string& today) {
            RunOptions o;
            o.env["COLUMNS"] = "80";
            o.env["LLMPATH_HOME"] = home;
            o.env["LLMPATH_TODAY"] = today;
            args.insert(args.begin(), {"--lang", lang});
            const auto r = run_llmpath(args, o);
            INFO(args[2] << " " << lang << ": " << r.err);
            REQUIRE(r.exit_code == 0);
            return r.out;
        };
        auto name = [&](const std::string& what, const std::string& ext) {
            return "commands/" + what + "." + lang + ext;
        };
        check_golden("golden/" + name("track", ".txt"),
                     run({"track", "--data-file", test_data("personas/newcomer.json"), "--start",
                          "2026-11-30"},
                         "2026-11-30"));
        check_golden("golden/" + name("done", ".txt"),
                     run({"done", "llm-overview", "bridge-python"}, "2026-12-08"));
        check_golden("golden/" + name("skip", ".txt"), run({"skip", "bridge-linux"}, "2026-12-08"));
        check_golden("golden/" + name("today", ".txt"), run({"today"}, "2026-12-16"));
        check_golden("golden/" + name("today", ".json"),
                     run({"today", "--format", "json"}, "2026-12-16"));
        check_golden("golden/" + name("status", ".txt"), run({"status"}, "2026-12-16"));
        check_golden("golden/" + name("replan", ".txt"), run({"replan"}, "2026-12-16"));
        check_golden("golden/" + name("history", ".txt"), run({"history"}, "2026-12-16"));
        for (const auto& [format, ext] : k_formats) {
            if (std::string(format) == "full") {
                continue; // a plan's option; export writes every week
            }
            check_golden("golden/" + name("export", std::string(".") + ext),
                         run({"export", "--format", format}, "2026-12-16"));
        }
    }
}
