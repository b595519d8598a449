#include "util/text.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

using namespace llmpath::util;

TEST_CASE("text::display_width counts CJK as two columns", "[text]") {
    CHECK(display_width("data") == 4);
    CHECK(display_width("数据方向") == 8);
    CHECK(display_width("RAG / Agent / 对话系统") == 22);
    CHECK(display_width("e\xCC\x81") == 1); // e + combining acute
    CHECK(display_width("\xFF") == 1);      // invalid byte
}

TEST_CASE("text::pad_right pads to display columns and never truncates", "[text]") {
    CHECK(pad_right("数据", 6) == "数据  ");
    CHECK(pad_right("data", 6) == "data  ");
    CHECK(pad_right("platform", 4) == "platform");
}

TEST_CASE("text::strip_controls removes escape sequences and C1 controls", "[text]") {
    CHECK(strip_controls("\x1b[31mred\x1b[0m") == "[31mred[0m");
    CHECK(strip_controls("a\x07"
                         "b\xC2\x9B"
                         "c") == "abc");
    CHECK(strip_controls("line1\nline2") == "line1line2");
    CHECK(strip_controls("line1\nline2", true) == "line1\nline2");
    CHECK(strip_controls("tab\there") == "tab here");
    CHECK(strip_controls("bad\xFFutf8") == "bad\xEF\xBF\xBDutf8");
    CHECK(strip_controls("中文") == "中文");
}

TEST_CASE("text::strip_controls removes bidirectional and zero-width characters", "[text]") {
    // U+202E RIGHT-TO-LEFT OVERRIDE would show "\u202Egnp.exe.md" as "dm.exe.png".
    CHECK(strip_controls("\u202Egnp.exe.md") == "gnp.exe.md");
    CHECK(strip_controls("a\u202Ab\u202Bc\u202Cd\u202De") == "abcde");
    CHECK(strip_controls("\u2066x\u2067y\u2068z\u2069") == "xyz");
    CHECK(strip_controls("\u200Bzero\u200C\u200D\u200E\u200F\u2060width\uFEFF\u061C") ==
          "zerowidth");
    CHECK(strip_controls("\u2010\u2027\u2030") == "\u2010\u2027\u2030"); // their neighbours stay
    CHECK_FALSE(is_clean_text("id\u200B"));
    CHECK(clean_text("id\u200B") == "id");
}

TEST_CASE("text::is_valid_utf8 rejects overlongs, surrogates and truncation", "[text]") {
    CHECK(is_valid_utf8("plain 中文"));
    CHECK_FALSE(is_valid_utf8("\xC0\xAF"));     // overlong '/'
    CHECK_FALSE(is_valid_utf8("\xED\xA0\x80")); // surrogate
    CHECK_FALSE(is_valid_utf8("\xE4\xB8"));     // truncated
    CHECK(code_points("a中b") == 3);
}

TEST_CASE("text::wrap breaks at spaces and between wide characters", "[text]") {
    SECTION("words") {
        auto lines = wrap("the quick brown fox jumps", 10);
        REQUIRE(lines == std::vector<std::string>{"the quick", "brown fox", "jumps"});
    }
    SECTION("indent on continuation lines") {
        auto lines = wrap("aaa bbb ccc", 7, "  ");
        REQUIRE(lines == std::vector<std::string>{"aaa bbb", "  ccc"});
    }
    SECTION("CJK breaks anywhere between characters") {
        auto lines = wrap("数据构建清洗评测集", 8);
        REQUIRE(lines == std::vector<std::string>{"数据构建", "清洗评测", "集"});
    }
    SECTION("a word longer than the width stands alone") {
        auto lines = wrap("a supercalifragilistic b", 5);
        REQUIRE(lines == std::vector<std::string>{"a", "supercalifragilistic", "b"});
    }
    SECTION("empty text is one empty line") {
        REQUIRE(wrap("", 10) == std::vector<std::string>{""});
    }
}

TEST_CASE("text::split trims each piece and keeps empty ones", "[text]") {
    CHECK(split(" a, b ,,c", ',') == std::vector<std::string>{"a", "b", "", "c"});
    CHECK(ascii_lower("Backend 后端") == "backend 后端");
    CHECK(trim("  x \n") == "x");
}

TEST_CASE("text::is_clean_text and needs_json_escape agree with a byte-by-byte check", "[text]") {
    // Every byte value at every position of strings 0 to 17 bytes long, around the 8-byte steps.
    for (std::size_t size = 0; size <= 17; ++size) {
        for (std::size_t at = 0; at < std::max<std::size_t>(size, 1); ++at) {
            for (int b = 0; b < 256; ++b) {
                std::string s(size, 'a');
                if (size > 0) {
                    s[at] = static_cast<char>(b);
                }
                const bool escape = size > 0 && (b < 0x20 || b == '"' || b == '\\');
                INFO("size " << size << ", byte " << b << " at " << at);
                REQUIRE(needs_json_escape(s) == escape);
                REQUIRE(is_clean_text(s) == (strip_controls(s) == s));
            }
        }
    }
    CHECK(is_clean_text("plain text, with punctuation: ~!@#$%^&*()"));
    CHECK_FALSE(needs_json_escape("中文 and ~"));
}

TEST_CASE("text::copy_if_plain copies exactly the clean text that needs no JSON escape", "[text]") {
    // Every byte value at every position of strings 0 to 33 bytes long, around the 16- and
    // 8-byte steps; a plain copy is the text, and anything else is refused.
    for (std::size_t size = 0; size <= 33; ++size) {
        for (std::size_t at = 0; at < std::max<std::size_t>(size, 1); ++at) {
            for (int b = 0; b < 256; ++b) {
                std::string s(size, 'a');
                if (size > 0) {
                    s[at] = static_cast<char>(b);
                }
                const bool plain = size == 0 || (b >= 0x20 && b <= 0x7e && b != '"' && b != '\\');
                std::string out(size, '\0');
                const char* end = copy_if_plain(out.data(), s);
                INFO("size " << size << ", byte " << b << " at " << at);
                REQUIRE((end != nullptr) == plain);
                REQUIRE((end == nullptr || (end == out.data() + size && out == s)));
                REQUIRE((!plain || (is_clean_text(s) && !needs_json_escape(s))));
            }
        }
    }
    std::string out(8, '\0');
    CHECK(copy_if_plain(out.data(), "中文") == nullptr);
}

TEST_CASE("text::is_clean_text is whether strip_controls changes nothing", "[text]") {
    for (const std::string s :
         {"", "plain", "中文和 English, mixed — with a dash", "tab\there", "line\nbreak",
          "C1 \xC2\x85 next line", "DEL \x7f", "escape \x1b[31m", "bad \xC3", "overlong \xC0\xAF",
          "surrogate \xED\xA0\x80", "four bytes \xF0\x9F\x98\x80 and more text after it",
          "a long ASCII run before the non-ASCII character: é"}) {
        INFO(s);
        CHECK(is_clean_text(s) == (strip_controls(s) == s));
    }
    CHECK(is_clean_text("中文和 English"));
    CHECK_FALSE(is_clean_text("C1 \xC2\x85"));
}
