// The default catalogue's weights recommend what the content brief recommends for typical people.
#include <llmpath/answers.hpp>
#include <llmpath/catalog.hpp>
#include <llmpath/recommend.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace llmpath;

namespace {

/// Answers `flags` (as typed after -d), defaults for the rest, and ranks the directions.
Recommendation recommend_for(const std::vector<std::string>& flags) {
    AnswerInput input;
    input.flags = flags;
    input.use_defaults = true;
    input.today = Date{2025, 3, 3};
    const Gathered gathered = gather_answers(embedded_catalog(), input);
    REQUIRE(gathered.missing.empty());
    return recommend(embedded_catalog(), gathered.answers);
}

/// The winner, and that it leads the runner-up by a clear margin (not a close call).
void check_clear_winner(const Recommendation& r, const std::string& expected) {
    REQUIRE(r.ranking.size() == 4);
    INFO("ranking: " << r.ranking[0].direction << "=" << r.ranking[0].raw << ", "
                     << r.ranking[1].direction << "=" << r.ranking[1].raw);
    CHECK(r.direction == expected);
    CHECK(r.ranking[0].direction == expected);
    CHECK(r.ranking[0].raw - r.ranking[1].raw > k_close_margin);
    CHECK_FALSE(r.close_call);
}

} // namespace

TEST_CASE("recommend::recommend sends a complete beginner to data", "[personas]") {
    check_clear_winner(
        recommend_for({"background=none", "coding=none", "python=none", "linux=none", "math=weak",
                       "gpu=none", "business=medium", "interests=data"}),
        "data");
}

TEST_CASE("recommend::recommend sends a backend engineer with DevOps and Kubernetes to platform",
          "[personas]") {
    for (const std::string background : {"backend", "devops"}) {
        INFO("background " << background);
        check_clear_winner(
            recommend_for({"background=" + background, "coding=strong", "python=fluent",
                           "linux=fluent", "math=fair", "gpu=none", "business=medium",
                           "interests=infrastructure", "k8s=yes"}),
            "platform");
    }
}

TEST_CASE("recommend::recommend sends a product person with strong business sense to "
          "application",
          "[personas]") {
    check_clear_winner(
        recommend_for({"background=product", "coding=basic", "python=basic", "linux=none",
                       "math=fair", "gpu=none", "business=high", "interests=products"}),
        "application");
}

TEST_CASE("recommend::recommend sends a CUDA systems programmer with strong mathematics to "
          "deployment",
          "[personas]") {
    check_clear_winner(
        recommend_for({"background=systems", "coding=strong", "python=fluent", "linux=fluent",
                       "math=strong", "gpu=tuned", "business=low", "interests=performance"}),
        "deployment");
}

TEST_CASE("recommend::recommend with every answer defaulted recommends data, the newcomers' entry",
          "[personas]") {
    const Recommendation r = recommend_for({});
    CHECK(r.direction == "data");
    CHECK_FALSE(r.close_call);
    for (const auto& s : r.ranking) {
        CHECK(s.raw == 0);
        CHECK(s.reasons.empty());
    }
    CHECK(r.pitfalls.empty());
}

TEST_CASE("recommend::recommend with only the background follows the content brief's table",
          "[personas]") {
    const std::pair<const char*, const char*> table[] = {
        {"none", "data"},          {"student", "data"},    {"backend", "platform"},
        {"bigdata", "platform"},   {"devops", "platform"}, {"systems", "deployment"},
        {"product", "application"}};
    for (const auto& [background, direction] : table) {
        INFO("background " << background);
        const Recommendation r = recommend_for({std::string("background=") + background});
        CHECK(r.direction == direction);
        for (const auto& s : r.ranking) {
            for (const auto& reason : s.reasons) {
                CHECK(reason.question == "background"); // nothing unanswered is a reason
            }
        }
    }
}

TEST_CASE("recommend::recommend flags the engineering pitfall for someone who has never used "
          "Python",
          "[personas]") {
    const Recommendation r = recommend_for({"python=none"});
    std::vector<std::string> flagged;
    for (const auto& p : r.pitfalls) {
        flagged.push_back(p.pitfall);
    }
    CHECK(std::find(flagged.begin(), flagged.end(), "weak-engineering") != flagged.end());
}
