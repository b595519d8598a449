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
