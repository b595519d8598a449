// The read-only document the catalogue's loader walks: the same values, problems and member
// order as nlohmann::json read through the same reader, over many generated documents.
#include "json/input.hpp"
#include "json/tree.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <random>
#include <string>
#include <vector>

using llmpath::json_input::Options;
using llmpath::json_input::parse;
using llmpath::json_input::Problem;
using llmpath::json_input::Tree;
using llmpath::json_input::Value;

namespace {

/// Random JSON text: keys from a small pool (so that some repeat), strings with and without
/// escapes, numbers of every kind, objects large enough to pass the reader's small-object scan.
class Writer {
  public:
    explicit Writer(unsigned seed) : m_rng(seed) {}

    std::string document() {
        std::string out;
        object(out, 0);
        return out;
    }

  private:
    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_rng); }

    void string(std::string& out) {
        static const std::vector<std::string> k_strings{"",
                                                        "plain",
                                                        "with \\\"quotes\\\"",
                                                        "tab\\tand\\nline",
                                                        "\\u00e9t\\u00e9",
                                                        "中文文本",
                                                        "emoji \\ud83d\\ude00",
                                                        "back\\\\slash",
                                                        "a/b\\/c",
                                                        "ends with \\\\"};
        out += '"' + k_strings[static_cast<std::size_t>(pick(10))] + '"';
    }

    void key(std::string& out) {
        static const std::vector<std::string> k_keys{"id",        "title",  "zh",   "en",
                                                     "k\\u00e9y", "a\\\"b", "~0/x", "tasks"};
        if (pick(3) == 0) {
            out += "\"key" + std::to_string(pick(40)) + '"';
        } else {
            out += '"' + k_keys[static_cast<std::size_t>(pick(8))] + '"';
        }
    }

    void value(std::string& out, int depth) {
        const int kind = depth >= 4 ? pick(6) : pick(8);
        switch (kind) {
        case 0:
            out += "null";
            break;
        case 1:
            out += pick(2) == 0 ? "true" : "false";
            break;
        case 2:
            out += std::to_string(pick(2'000'000) - 1'000'000);
            break;
        case 3:
            out += pick(2) == 0 ? "18446744073709551615" : "9223372036854775808";
            break;
        case 4:
            out += pick(2) == 0 ? "2.5" : "-1.25e300";
            break;
        case 5:
            string(out);
            break;
        case 6:
            array(out, depth + 1);
            break;
        default:
            object(out, depth + 1);
            break;
        }
    }

    void array(std::string& out, int depth) {
        out += "[ ";
        const int n = pick(5);
        for (int i = 0; i < n; ++i) {
            out += i > 0 ? ", " : "";
            value(out, depth);
        }
        out += "]";
    }

    void object(std::string& out, int depth) {
        out += "{\n";
        const int n = pick(4) == 0 ? 20 + pick(30) : pick(6);
        for (int i = 0; i < n; ++i) {
            out += i > 0 ? ",\n" : "";
            key(out);
            out += ": ";
            value(out, depth);
        }
        out += "\n}";
    }

    std::mt19937 m_rng;
};

// The tree's members in nlohmann::json's order, each found by its key; its strings, where the
// text has no escape, point into the text itself.
void check_walk(const Value& v, const nlohmann::json& j, std::string_view text) {
    REQUIRE(v.type() == j.type());
    REQUIRE(v.size() == j.size());
    if (v.is_object()) {
        auto it = v.begin();
        for (const auto& [key, member] : j.items()) {
            REQUIRE(it.key() == key);
            REQUIRE(v.find(key) == it);
            check_walk(*it, member, text);
            ++it;
        }
        REQUIRE(it == v.end());
        CHECK(v.find("not a key in any document") == v.end());
    } else if (v.is_array()) {
        for (std::size_t i = 0; i < v.size(); ++i) {
            check_walk(v[i], j[i], text);
        }
    } else if (v.is_string()) {
        REQUIRE(v.str() == j.get<std::string>());
        const char* at = v.str().data();
        if (!v.str().empty() && at >= text.data() && at < text.data() + text.size()) {
            REQUIRE(text.substr(static_cast<std::size_t>(at - text.data()), v.str().size())
                        .find('\\') == std::string_view::npos);
        }
    } else if (v.is_number()) {
        REQUIRE(v.dump() == j.dump());
    }
}

void check_same(const std::string& text, const Options& options) {
    nlohmann::json expected;
    const std::vector<Problem> want = parse(text, expected, options);
    Tree tree;
    const std::vector<Problem> got = parse(text, tree, options);
    REQUIRE(got.size() == want.size());
    for (std::size_t i = 0; i < got.size(); ++i) {
        REQUIRE(got[i].line == want[i].line);
        REQUIRE(got[i].column == want[i].column);
        REQUIRE(got[i].pointer == want[i].pointer);
        REQUIRE(got[i].message.en == want[i].message.en);
    }
    if (got.empty() || got.front().line == 0) {
        REQUIRE(tree.root().to_nlohmann() == expected);
        check_walk(tree.root(), expected, text);
    }
}

} // namespace

TEST_CASE("json::Tree reads 500 generated documents as nlohmann::json does", "[json]") {
    int duplicates = 0;
    int escaped_copies = 0;
    for (unsigned seed = 1; seed <= 500; ++seed) {
        const std::string text = Writer(seed).document();
        INFO("seed " << seed << ":\n" << text);
        check_same(text, Options{});
        nlohmann::json j;
        duplicates += parse(text, j, Options{}).empty() ? 0 : 1;
        escaped_copies += text.find('\\') != std::string::npos ? 1 : 0;
    }
    // The generator reaches what the reader does differently: keys given twice, escapes.
    CHECK(duplicates > 100);
    CHECK(escaped_copies > 100);
}

TEST_CASE("json::Tree reports syntax errors where nlohmann::json's reader does", "[json]") {
    for (unsigned seed = 1; seed <= 100; ++seed) {
        const std::string text = Writer(seed).document();
        const std::size_t cut = text.size() * seed / 101;
        INFO("seed " << seed << ", cut at " << cut);
        check_same(text.substr(0, cut), Options{});
        check_same(text.substr(0, cut) + "]", Options{});
    }
}

TEST_CASE("json::Tree reads past the root's skipped keys, leaving them null", "[json]") {
    Options options;
    options.skip_keys = {"skipped"};
    const std::string text = R"({"kept": [1, {"skipped": 2}], "skipped": {"a": [1, 2, {"b": 3}]},
                                 "skipped": 4, "z": "end"})";
    check_same(text, options);
    Tree tree;
    const auto problems = parse(text, tree, options);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].pointer == "/skipped");
    CHECK(tree.root().find("skipped")->is_null());
    CHECK(tree.root().find("kept")->operator[](1).find("skipped")->get<std::int64_t>() == 2);
}

TEST_CASE("json::Tree keeps the first of a key given twice in a large object", "[json]") {
    std::string text = "{";
    for (int i = 0; i < 40; ++i) {
        text += "\"k" + std::to_string(i) + "\": " + std::to_string(i) + ", ";
    }
    text += "\"k3\": \"again\", \"k39\": [], \"last\": true}";
    check_same(text, Options{});
    Tree tree;
    const auto problems = parse(text, tree, Options{});
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].pointer == "/k3");
    CHECK(problems[1].pointer == "/k39");
    CHECK(tree.root().size() == 41);
    CHECK(tree.root().find("k3")->get<std::int64_t>() == 3);
    CHECK(tree.root().find("k39")->get<double>() == 39.0);
}

TEST_CASE("json::Value answers as nlohmann::json for sizes and numbers", "[json]") {
    Tree tree;
    REQUIRE(parse(R"([null, true, -7, 18446744073709551615, 2.5, "", {}, []])", tree, Options{})
                .empty());
    const Value& a = tree.root();
    CHECK(a[0].size() == 0);
    CHECK(a[0].empty());
    CHECK(a[1].size() == 1);
    CHECK(a[1].get<bool>());
    CHECK(a[2].is_number_integer());
    CHECK_FALSE(a[2].is_number_unsigned());
    CHECK(a[2].get<double>() == -7.0);
    CHECK(a[3].is_number_unsigned());
    CHECK(a[3].get<std::uint64_t>() == 18446744073709551615u);
    CHECK(a[4].dump() == "2.5");
    CHECK(a[4].get<std::int64_t>() == 2);
    CHECK(a[5].size() == 1);
    CHECK(a[5].get<std::string>().empty());
    CHECK(a[6].empty());
    CHECK(a[6].begin() == a[6].end());
    CHECK(a[7].empty());
    CHECK(a[2].begin() == a[2].end()); // a number has no members to walk
    CHECK(a[2].str().empty());
}
