// Line breaking keeps a number with its unit and a date's words together, at every width, in
// both languages, and no line is wider than the width asked for.
#include "util/text.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace llmpath::util;

namespace {

/// Phrases that must never be broken, and the sentences they sit in.
struct WrapSample {
    std::vector<std::string> whole;
    std::string text;
};

std::vector<WrapSample> wrap_samples() {
    const std::vector<std::string> zh_units = {"14 小时", "（16 小时）", "第 5 周",
                                               "24 GB",   "3 个",        "（2 小时）"};
    const std::vector<std::string> zh_dates = {"2027 年 4 月 19 日（周一）", "12 月 13 日（周日）",
                                               "2026 年 12 月 7 日（周一）"};
    const std::vector<std::string> en_units = {"12 h", "(16 h)", "24 GB", "$112"};
    const std::vector<std::string> en_dates = {"Mon 30 Nov 2026", "Sun 6 Dec 2026", "Sun 13 Dec"};
    std::vector<WrapSample> out;
    for (std::size_t i = 0; i < 12; ++i) {
        const std::string& u = zh_units[i % zh_units.size()];
        const std::string& d = zh_dates[i % zh_dates.size()];
        const std::string filler(i % 4 * 3, ' ');
        std::string text = "按每周 10 小时，这个计划六个月内完成不了：核心任务" + u + "要到第 " +
                           std::to_string(20 + i) + " 周、" + d + "才结束，精简后" + u +
                           "，部署一个小型推理服务（原 14 小时）" + filler + "，还剩" + u + "，" +
                           d + "至 " + zh_dates[(i + 1) % zh_dates.size()] + "。";
        out.push_back({{u, d, zh_dates[(i + 1) % zh_dates.size()], "14 小时）"}, text});
        const std::string& eu = en_units[i % en_units.size()];
        const std::string& ed = en_dates[i % en_dates.size()];
        std::string en = "This plan does not fit in six months at " + eu +
                         " a week: its core work runs to week 31, ending " + ed +
                         "; shorten these tasks to save " + eu + " and start applying from " + ed +
                         " once your hands-on demo runs " + eu + ".";
        out.push_back({{eu, ed}, en});
    }
    return out;
}

std::size_t occurrences(const std::string& text, const std::string& phrase) {
    std::size_t n = 0;
    for (auto at = text.find(phrase); at != std::string::npos; at = text.find(phrase, at + 1)) {
        ++n;
    }
    return n;
}

} // namespace

TEST_CASE("text::wrap keeps numbers with their units and dates whole at widths 40 to 120",
          "[text][line_break]") {
    for (const auto& sample : wrap_samples()) {
        for (int width = 40; width <= 120; ++width) {
            const auto lines = wrap(sample.text, width);
            INFO("width " << width << ": " << sample.text);
            for (const auto& line : lines) {
                CHECK(display_width(line) <= width);
            }
            for (const auto& phrase : sample.whole) {
                std::size_t whole = 0;
                for (const auto& line : lines) {
                    whole += occurrences(line, phrase);
                }
                CHECK(whole == occurrences(sample.text, phrase));
            }
        }
    }
}

TEST_CASE("text::wrap breaks neither a Chinese unit nor a weekday in brackets",
          "[text][line_break]") {
    // Each was broken: "（原 14 小⏎时）" at 80 columns, "（16⏎小时）" and "（周⏎日）" at 60.
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"精简后：检索增强生成的整体架构与常见失败模式（原 14 小时）", "14 小时）"},
        {"部署一个小型推理服务并记录一次失败的请求日志（16 小时）还剩", "（16 小时）"},
        {"第 2 周 · 2026 年 12 月 7 日（周一）至 12 月 13 日（周日）", "12 月 13 日（周日）"},
    };
    for (const auto& [text, whole] : cases) {
        for (int width = 16; width <= 60; ++width) {
            std::size_t found = 0;
            for (const auto& line : wrap(text, width)) {
                found += line.find(whole) != std::string::npos;
            }
            INFO(text << " at " << width);
            CHECK(found == 1);
        }
    }
}
