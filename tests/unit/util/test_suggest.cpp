#include "util/suggest.hpp"

#include <catch2/catch.hpp>

using namespace llmpath::util;

TEST_CASE("suggest::edit_distance counts edits and adjacent transpositions", "[suggest]") {
    CHECK(edit_distance("plna", "plan") == 1);
    CHECK(edit_distance("kitten", "sitting") == 3);
    CHECK(edit_distance("", "abc") == 3);
    CHECK(edit_distance("same", "same") == 0);
}

TEST_CASE("suggest::closest proposes only likely typos", "[suggest]") {
    const std::vector<std::string> ids{"data", "platform", "application", "deployment"};
    CHECK(closest("platfrom", ids) == std::optional<std::string>("platform"));
    CHECK(closest("dta", ids) == std::optional<std::string>("data"));
    CHECK_FALSE(closest("zzzzzzzz", ids).has_value());
    CHECK(did_you_mean("deploy-ment", ids) == " (did you mean 'deployment'?)");
    CHECK(did_you_mean("qqqq", ids).empty());
}

TEST_CASE("suggest::edit_distance is symmetric and needs memory for one string only", "[suggest]") {
    CHECK(edit_distance("plan", "plna") == 1);
    CHECK(edit_distance("abc", "") == 3);
    CHECK(edit_distance("ca", "abc") == edit_distance("abc", "ca"));
    // Three rows of 9 numbers: a matrix would be 720 MB.
    CHECK(edit_distance(std::string(10'000'000, 'a'), "deployme") == 10'000'000);
}

TEST_CASE("suggest::closest gives up on a word longer than any name", "[suggest]") {
    const std::vector<std::string> ids{std::string(300, 'a')};
    CHECK_FALSE(closest(std::string(301, 'a'), ids).has_value());
    CHECK(closest(std::string(255, 'a'), {std::string(256, 'a')}) ==
          std::optional<std::string>(std::string(256, 'a')));
}
