// The Chinese of every label and error message, held to docs/chinese-style.md: the rules a test
// can check, the same placeholders as the English, and the checker itself.
#include "render/common.hpp"
#include "support/chinese_style.hpp"

#include <llmpath/messages.hpp>

#include <catch2/catch.hpp>

#include <regex>
#include <set>
#include <span>
#include <type_traits>

using llmpath::test::chinese_style_problem;

namespace {

/// Every label of one language: Labels holds nothing but `const char*` members.
std::span<const char* const> all_labels(std::string_view lang) {
    using llmpath::render::Labels;
    static_assert(std::is_standard_layout_v<Labels>);
    static_assert(sizeof(Labels) % sizeof(const char*) == 0);
    const Labels& l = llmpath::render::labels(lang);
    return {reinterpret_cast<const char* const*>(&l), sizeof(Labels) / sizeof(const char*)};
}

std::multiset<std::string> placeholders(std::string_view text) {
    static const std::regex slot("\\{[0-9]*\\}");
    const std::string s(text);
    std::multiset<std::string> out;
    for (auto it = std::sregex_iterator(s.begin(), s.end(), slot); it != std::sregex_iterator();
         ++it) {
        out.insert(it->str());
    }
    return out;
}

} // namespace

TEST_CASE("chinese_style_problem finds each broken rule", "[render][chinese]") {
    CHECK(chinese_style_problem("选项:") != "");
    CHECK(chinese_style_problem("兴趣(+20)") != "");
    CHECK(chinese_style_problem("第 20 周（2027 年 4 月 19 日（周一））") != "");
    CHECK(chinese_style_problem("2026 年 12 月 7 日至12 月 13 日") != "");
    CHECK(chinese_style_problem("每周10 小时") != "");
    CHECK(chinese_style_problem("每周 10 小时（第 {0} 周），共 {1}。") == "");
    CHECK(chinese_style_problem("用法：llmpath [选项] [命令]") == "");
    CHECK(chinese_style_problem("可多选（如 1,3）") == "");
}

TEST_CASE("render::labels: every Chinese label follows the style guide", "[render][chinese]") {
    const auto zh = all_labels("zh");
    const auto en = all_labels("en");
    REQUIRE(zh.size() == en.size());
    for (std::size_t i = 0; i < zh.size(); ++i) {
        REQUIRE(zh[i] != nullptr);
        INFO(en[i] << " | " << zh[i]);
        CHECK(chinese_style_problem(zh[i]) == "");
        CHECK(placeholders(zh[i]) == placeholders(en[i]));
        const std::string_view text = zh[i];
        // A label of more than one sentence ends as a sentence does (or with the value that
        // ends it).
        if (text.find("。") != std::string_view::npos && text.find("。") + 3 < text.size()) {
            CHECK((text.ends_with("。") || text.ends_with("！") || text.ends_with("？") ||
                   text.ends_with("}")));
        }
    }
}

TEST_CASE("msg: every error message has both languages, the same placeholders, and the Chinese "
          "follows the style guide",
          "[render][chinese]") {
    for (const auto* words : llmpath::msg::all_messages()) {
        INFO(words->en << " | " << words->zh);
        CHECK(!words->en.empty() == !words->zh.empty());
        CHECK(chinese_style_problem(words->zh) == "");
        CHECK(placeholders(words->zh) == placeholders(words->en));
        CHECK(words->zh.find("目录") == std::string_view::npos);
    }
}

TEST_CASE("render::labels: the terms of the style guide", "[render][chinese]") {
    for (const char* label : all_labels("zh")) {
        INFO(label);
        const std::string_view text = label;
        CHECK(text.find("检查点") == std::string_view::npos); // a milestone is 阶段验收
        CHECK(text.find("目录") == std::string_view::npos);   // the catalogue is 内容库
        CHECK(text.find("原定 {") == std::string_view::npos); // a phase's days: 建议时段
        CHECK(text.find("本来就是") == std::string_view::npos);
    }
}
