// The words of the error messages: every pair defined is in msg::all_messages (so the style and
// placeholder checks of test_chinese_style.cpp see it), the lookup tables follow the style guide
// too, and the operating system's reasons have Chinese words.
#include "support/chinese_style.hpp"
#include "support/run.hpp"
#include "util/say.hpp"

#include <llmpath/messages.hpp>

#include <catch2/catch.hpp>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <regex>
#include <set>

using llmpath::test::chinese_style_problem;

TEST_CASE("msg::all_messages holds every pair the message files define", "[util][chinese]") {
    std::set<const void*> listed;
    for (const auto* words : llmpath::msg::all_messages()) {
        CHECK(listed.insert(words).second); // each once
    }
    // "const Words NAME{" at the start of a line, in every src/util/messages*.cpp.
    static const std::regex definition("^const Words [a-z_0-9]+\\{", std::regex::multiline);
    const auto util_dir = std::filesystem::path(LLMPATH_SOURCE_DIR) / "src/util";
    std::size_t defined = 0;
    for (const auto& entry : std::filesystem::directory_iterator(util_dir)) {
        const std::string name = entry.path().filename().string();
        if (name.starts_with("messages") && name.ends_with(".cpp")) {
            const std::string text = llmpath::test::read_file(entry.path().string());
            defined += static_cast<std::size_t>(
                std::distance(std::sregex_iterator(text.begin(), text.end(), definition),
                              std::sregex_iterator()));
        }
    }
    CHECK(defined > 250);
    CHECK(defined == listed.size());
}

TEST_CASE("msg: the words for JSON syntax and the catalogue's nouns follow the style guide",
          "[util][chinese]") {
    for (const auto& table : {llmpath::msg::syntax_tokens(), llmpath::msg::syntax_reasons(),
                              llmpath::msg::catalog_nouns()}) {
        REQUIRE(!table.empty());
        for (const auto& words : table) {
            INFO(words.en << " | " << words.zh);
            CHECK(!words.en.empty());
            CHECK(!words.zh.empty());
            CHECK(chinese_style_problem(words.zh) == "");
        }
    }
}

TEST_CASE("util::os_reason: Chinese words for the common errno values, else strerror's text",
          "[util][chinese]") {
    using llmpath::util::os_reason;
    CHECK(os_reason(ENOENT).zh == "没有这个文件或文件夹");
    CHECK(os_reason(EACCES).zh == "没有权限");
    CHECK(os_reason(EISDIR).zh == "这是一个文件夹");
    CHECK(os_reason(ENOTDIR).zh == "路径中有一段不是文件夹");
    CHECK(os_reason(ENOSPC).zh == "磁盘空间不足");
    CHECK(os_reason(EROFS).zh == "文件系统是只读的");
    CHECK(os_reason(EEXIST).zh == "文件已存在");
    CHECK(os_reason(ELOOP).zh == "符号链接的层数太多");
    CHECK(os_reason(ENAMETOOLONG).zh == "文件名太长");
    for (int err :
         {ENOENT, EACCES, EISDIR, ENOTDIR, ENOSPC, EROFS, EEXIST, ELOOP, ENAMETOOLONG, EIO}) {
        INFO(err);
        CHECK(os_reason(err).en == std::strerror(err)); // the English is strerror's, unchanged
    }
    CHECK(os_reason(EIO).zh == std::strerror(EIO));
}
