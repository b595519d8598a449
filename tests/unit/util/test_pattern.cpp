#include "util/pattern.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace llmpath::util;

TEST_CASE("pattern::full_match matches the whole text", "[pattern]") {
    CHECK(full_match("[A-Za-z0-9-]{1,39}", "octocat"));
    CHECK_FALSE(full_match("[a-z]+", "abc1"));
    CHECK_FALSE(full_match("[a-z]+", "1abc"));
    CHECK(full_match("用户.", "用户名")); // UTF-8: '.' is one character
}

TEST_CASE("pattern::full_match is linear where backtracking explodes", "[pattern]") {
    // std::regex took minutes on 41 characters; this is 100,000 (docs/reliability.md).
    CHECK_FALSE(full_match("(a+)+$", std::string(100000, 'a') + "!"));
    CHECK(full_match("(a|aa)*", std::string(100000, 'a')));
}

TEST_CASE("pattern::pattern_error says why RE2 refuses a pattern", "[pattern]") {
    CHECK_FALSE(pattern_error("(a+)+$").has_value());
    CHECK(pattern_error("([a-z]")->en == "unbalanced parentheses");
    CHECK(pattern_error("(?=a)a")->en ==
          "unsupported group '(?=' (lookaround cannot be matched in linear time)");
    CHECK(pattern_error("(a)\\1")->en ==
          "invalid escape '\\1' (a back reference cannot be matched in linear time)");
    CHECK(pattern_error("a{2000}")->en == "invalid repeat count '{2000}' (at most 1000)");
    CHECK(pattern_error("([a-z]")->zh == "括号不配对");
    CHECK(pattern_error("a{2000}")->zh == "重复次数「{2000}」无效，最多 1000 次");
    CHECK_FALSE(full_match("([a-z]", "a"));
}
