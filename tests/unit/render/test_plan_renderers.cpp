#include <llmpath/error.hpp>
#include <llmpath/render.hpp>

#include "support/check.hpp"
#include "support/run.hpp"
#include "util/text.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

using namespace llmpath;
using Catch::Matchers::Contains;
using llmpath::test::date;
using llmpath::test::lines_of;
using llmpath::test::render_fixture;

namespace {

/// Sets the English text of `t`; the characters are kept for the whole test run.
void set_en(Text& t, std::string_view value) {
    static TextStore kept;
    t.set("en", kept.keep(value));
}

/// A person new to tech, close call between data and platform, 10 h a week from a Wednesday.
struct Scenario {
    Answers answers;
    Recommendation recommendation;
    Plan plan;
};

Scenario newcomer() {
    Scenario s;
    s.answers.items = {
        {"background", std::string("none"), AnswerSource::flag},
        {"python", std::string("none"), AnswerSource::flag},
        {"interests", std::vector<std::string>{"data", "products"}, AnswerSource::flag},
        {"gpu", false, AnswerSource::defaulted},
        {"hours_per_week", std::int64_t{10}, AnswerSource::flag},
        {"start_date", date("2026-12-16"), AnswerSource::flag},
    };
    auto& r = s.recommendation;
    r.direction = "data";
    r.close_call = true;
    r.ranking = {
        {"data", 45, 100, {{"background", "none", 30}, {"interests", "data", 15}}},
        {"platform", 43, 96, {{"interests", "products", 13}}},
        {"application", 15, 33, {{"interests", "products", 15}}},
    };
    r.pitfalls = {{"weak-engineering", {{"python", "none"}}, {"bridge-python"}}};
    ScheduleInput in;
    in.start = date("2026-12-16");
    in.hours_per_week = 10;
    in.direction = "data";
    in.skills = {"linux"};
    s.plan = make_plan(render_fixture(), in);
    return s;
}

/// A backend engineer who picks platform at 3 h a week: the plan does not fit.
/// Three hours a week: the whole path (`whole`), or what fits six months.
Scenario busy_engineer(bool whole = true) {
    Scenario s;
    s.answers.items = {
        {"background", std::string("backend"), AnswerSource::flag},
        {"python", std::string("fluent"), AnswerSource::flag},
        {"interests", std::vector<std::string>{"infra"}, AnswerSource::flag},
        {"gpu", true, AnswerSource::flag},
        {"hours_per_week", std::int64_t{3}, AnswerSource::flag},
        {"start_date", date("2027-01-04"), AnswerSource::flag},
    };
    auto& r = s.recommendation;
    r.direction = "platform";
    r.chosen_by_user = true;
    r.ranking = {
        {"platform",
         60,
         100,
         {{"background", "backend", 30}, {"interests", "infra", 20}, {"python", "fluent", 10}}},
        {"data", 0, 0, {}},
        {"application", 0, 0, {}},
    };
    ScheduleInput in;
    in.start = date("2027-01-04");
    in.hours_per_week = 3;
    in.direction = "platform";
    in.skills = {"python"};
    in.whole_path = whole;
    s.plan = make_plan(render_fixture(), in);
    return s;
}

Report report_of(const Scenario& s, const std::string& lang, bool with_plan = true) {
    return Report{
        render_fixture(), s.answers, s.recommendation, with_plan ? &s.plan : nullptr, lang,
        "0.1.0"};
}

TextOptions full_plan(TextOptions options = {}) {
    options.full = true;
    return options;
}

/// The recommendation and the plan as `plan --full` prints them.
std::string full_text(const Report& report, const TextOptions& options = {}) {
    return render_recommendation_text(report, full_plan(options)) + "\n" +
           render_plan_text(report, full_plan(options));
}

/// The recommendation and the plan's summary in `lines` lines, as `plan` prints them.
std::string summary_text(const Report& report, int lines) {
    TextOptions options;
    std::string out = render_recommendation_text(report, options) + "\n";
    options.max_lines = lines - static_cast<int>(std::count(out.begin(), out.end(), '\n'));
    return out + render_plan_text(report, options);
}

} // namespace

TEST_CASE("render::render_plan_text matches the golden files", "[render]") {
    SECTION("newcomer, English") {
        test::check_golden("render/golden/newcomer.en.txt", full_text(report_of(newcomer(), "en")));
    }
    SECTION("newcomer, Chinese") {
        test::check_golden("render/golden/newcomer.zh.txt", full_text(report_of(newcomer(), "zh")));
    }
    SECTION("plan that does not fit") {
        test::check_golden("render/golden/busy.en.txt",
                           full_text(report_of(busy_engineer(), "en")));
    }
    SECTION("plan cut to fit six months, in both languages") {
        test::check_golden("render/golden/busy-cut.en.txt",
                           full_text(report_of(busy_engineer(false), "en")));
        test::check_golden("render/golden/busy-cut.zh.txt",
                           full_text(report_of(busy_engineer(false), "zh")));
    }
}

TEST_CASE("render::render_plan_text summarises: the first two weeks in the lines given, the "
          "checkpoints and what to do next",
          "[render]") {
    SECTION("newcomer, English") {
        const std::string text = summary_text(report_of(newcomer(), "en"), 60);
        test::check_golden("render/golden/newcomer.summary.en.txt", text);
        CHECK(test::lines_of(text).size() <= 60);
    }
    SECTION("newcomer, Chinese") {
        test::check_golden("render/golden/newcomer.summary.zh.txt",
                           summary_text(report_of(newcomer(), "zh"), 60));
    }
    SECTION("a plan that does not fit, in fewer lines than its two weeks need") {
        const std::string text = summary_text(report_of(busy_engineer(), "en"), 40);
        test::check_golden("render/golden/busy.summary.en.txt", text);
        CHECK(test::lines_of(text).size() <= 40);
        CHECK_THAT(text, Contains("of these two weeks' tasks; --full lists every task."));
    }
}

TEST_CASE("render::render_markdown matches the golden files", "[render]") {
    SECTION("newcomer, English") {
        test::check_golden("render/golden/newcomer.en.md",
                           render_markdown(report_of(newcomer(), "en")));
    }
    SECTION("newcomer, Chinese") {
        test::check_golden("render/golden/newcomer.zh.md",
                           render_markdown(report_of(newcomer(), "zh")));
    }
    SECTION("plan that does not fit") {
        test::check_golden("render/golden/busy.en.md",
                           render_markdown(report_of(busy_engineer(), "en")));
    }
}

TEST_CASE("render::render_json matches the golden files", "[render]") {
    SECTION("newcomer, English") {
        test::check_golden("render/golden/newcomer.en.json",
                           render_json(report_of(newcomer(), "en")));
    }
    SECTION("plan that does not fit, Chinese") {
        test::check_golden("render/golden/busy.zh.json",
                           render_json(report_of(busy_engineer(), "zh")));
    }
    SECTION("recommendation only") {
        test::check_golden("render/golden/recommend.en.json",
                           render_json(report_of(newcomer(), "en", false)));
    }
}

TEST_CASE("render::render_json compact output is one line with the same content", "[render]") {
    const auto s = newcomer();
    const std::string compact = render_json(report_of(s, "en"), -1);
    CHECK(compact.find('\n') == std::string::npos);
    CHECK(nlohmann::json::parse(compact) == nlohmann::json::parse(render_json(report_of(s, "en"))));
}

TEST_CASE("render::render_json indents up to 15 spaces a level", "[render]") {
    const auto s = newcomer();
    const auto report = report_of(s, "en");
    const std::string wide = render_json(report, 15);
    CHECK(wide.find("\n" + std::string(15, ' ') + "\"schema_version\": 2,") != std::string::npos);
    CHECK(nlohmann::json::parse(wide) == nlohmann::json::parse(render_json(report)));
    CHECK_THROWS_AS(render_json(report, 16), std::invalid_argument);
}

TEST_CASE("render::render_json leaves out the plan when there is none", "[render]") {
    const auto s = newcomer();
    const auto doc = nlohmann::ordered_json::parse(render_json(report_of(s, "en", false)));
    CHECK_FALSE(doc.contains("plan"));
    CHECK(doc["recommendation"]["ranking"][0]["direction"] == "data");
    CHECK(doc["schema_version"] == 2);
    CHECK(doc["generated_by"] == "llmpath 0.1.0");
    CHECK(render_plan_text(report_of(s, "en", false), {}).empty());
}

TEST_CASE("render::render_json keeps the plan's numbers", "[render]") {
    const auto s = busy_engineer();
    const auto doc = nlohmann::json::parse(render_json(report_of(s, "en")));
    const auto& plan = doc["plan"];
    CHECK(plan["fits_in_six_months"] == false);
    CHECK(plan["hours_needed_per_week"] == s.plan.hours_needed_per_week);
    CHECK(plan["weeks"].size() == s.plan.weeks.size());
    CHECK(plan["unscheduled"][0]["reason"] == "skill");
    CHECK(plan["phases"][1]["checkpoint"][0]["text"] ==
          "A demo repository that runs from its README.");
}

TEST_CASE("render::render_plan_text keeps escape sequences in catalogue text out", "[render]") {
    Catalog catalog = render_fixture();
    for (auto& t : catalog.tasks) {
        set_en(t.title, "\x1b[31mred\x1b[0m " + std::string(t.title.get("en")));
    }
    set_en(catalog.directions[0].name, "Data\x1b]0;title\x07");
    set_en(catalog.phases[0].checkpoint[0].text, "Check\x1b[2J");
    const auto s = newcomer();
    const Report report{catalog, s.answers, s.recommendation, &s.plan, "en", "0.1.0"};
    const std::string text = full_text(report);
    CHECK(text.find('\x1b') == std::string::npos);
    CHECK(text.find('\x07') == std::string::npos);
    CHECK_THAT(text, Contains("[31mred"));
    CHECK(render_markdown(report).find('\x1b') == std::string::npos);
    CHECK(render_json(report).find("\\u001b") == std::string::npos);
}

TEST_CASE("render::render_plan_text aligns the hours column in Chinese", "[render]") {
    const std::string text = render_plan_text(report_of(newcomer(), "zh"), full_plan());
    std::vector<int> columns;
    for (const auto& line : lines_of(text)) {
        const auto at = line.find(" 小时");
        if (line.rfind("    - ", 0) == 0 && at != std::string::npos) {
            columns.push_back(util::display_width(line.substr(0, at)));
        }
    }
    REQUIRE(columns.size() >= 10);
    CHECK(std::all_of(columns.begin(), columns.end(), [&](int c) { return c == columns[0]; }));
}

TEST_CASE("render::render_plan_text wraps to the width, a link alone on its line excepted",
          "[render]") {
    for (const char* lang : {"en", "zh"}) {
        for (int width : {60, 80, 100}) {
            const auto text = full_text(report_of(newcomer(), lang), TextOptions{false, width});
            for (const auto& line : lines_of(text)) {
                INFO(lang << " width " << width << ": " << line);
                const auto start = line.find_first_not_of(' ');
                const bool link = start != std::string::npos &&
                                  line.compare(start, 8, "https://") == 0 &&
                                  line.find(' ', start) == std::string::npos;
                CHECK((link || util::display_width(line) <= width));
            }
        }
    }
}

TEST_CASE("render::render_recommendation_text colours only when asked", "[render]") {
    const auto s = newcomer();
    const auto plain = full_text(report_of(s, "en"), TextOptions{false, 80});
    const auto coloured = full_text(report_of(s, "en"), TextOptions{true, 80});
    CHECK(plain.find('\x1b') == std::string::npos);
    CHECK_THAT(coloured, Contains("\x1b[1m") && Contains("\x1b[32m"));
    CHECK_THAT(coloured, !Contains("\x1b[38;2")); // basic colours only, no 24-bit
}

TEST_CASE("render::render_recommendation_text explains a close call and an override", "[render]") {
    SECTION("close call") {
        const auto text = render_recommendation_text(report_of(newcomer(), "en"), full_plan());
        CHECK_THAT(text, Contains("Close call: Platform is within 5 points of Data"));
        CHECK_THAT(text, Contains("Why Platform"));
        CHECK_THAT(text, Contains("Python scripts that process data"));
    }
    SECTION("direction chosen by the user") {
        auto s = busy_engineer();
        s.recommendation.ranking[0].direction = "data";
        s.recommendation.ranking[1].direction = "platform";
        const auto text = render_recommendation_text(report_of(s, "en"), full_plan());
        CHECK_THAT(text, Contains("Plan for Platform (your choice; the answers rank Data first)"));
    }
}

TEST_CASE("render::render_markdown escapes catalogue text", "[render]") {
    const auto md = render_markdown(report_of(newcomer(), "en"));
    CHECK_THAT(md, Contains("Build an \\*evaluation\\* set with \\`lm-evaluation-harness\\`"));
    CHECK_THAT(md, Contains("retrieval \\| rerank"));
    CHECK_THAT(
        md, Contains("(https://en.wikipedia.org/wiki/Retrieval-augmented_generation_%28RAG%29)"));
    CHECK_THAT(md, Contains("- [ ] A cleaned prompt-response dataset (10 h, part 2/4)"));
    for (const auto& line : lines_of(md)) {
        // MD013 allows a longer line only when nothing after column 80 can be wrapped.
        INFO(line);
        CHECK(util::display_width(line.substr(0, line.rfind(' ') + 1)) <= 80);
    }
}

TEST_CASE("render::render_json writes what a JSON library would write", "[render]") {
    Catalog catalog = render_fixture();
    set_en(catalog.tasks[2].title, "say \"hi\" to C:\\path\\ and 中文 / done");
    const auto s = newcomer();
    const Report report{catalog, s.answers, s.recommendation, &s.plan, "en", "0.1.0"};
    for (int indent : {-1, 0, 2, 4}) {
        const std::string out = render_json(report, indent);
        const auto doc = nlohmann::ordered_json::parse(out);
        INFO("indent " << indent);
        CHECK(out == doc.dump(indent) + (indent < 0 ? "" : "\n"));
    }
    CHECK_THAT(render_json(report), Contains(R"(say \"hi\" to C:\\path\\ and 中文 / done)"));
}
