#include "cli/help_format.hpp"

#include "cli/help_words.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <regex>
#include <sstream>

namespace llmpath::cli {

namespace {

constexpr ManItem k_exit_code_items[] = {
    {"0", "ok", "成功"},
    {"1", "unexpected failure (I/O)", "意外错误（读写失败）"},
    {"2", "usage error or invalid answers", "用法错误或回答无效"},
    {"3", "invalid catalogue", "内容库无效"},
    {"4", "no tracked plan, or it is damaged or newer (cohort: a file was skipped)",
     "没有跟踪的计划，或计划文件损坏、版本更新（cohort：有文件被跳过）"},
    {"5", "the tracked plan is busy", "跟踪的计划正被占用"},
    {"130", "interrupted", "已中断"},
};

constexpr ManItem k_environment_items[] = {
    {"LLMPATH_CATALOG", "catalogue file", "内容库文件"},
    {"LLMPATH_LANG", "en|zh", "en|zh"},
    {"LLMPATH_TODAY", "YYYY-MM-DD", "YYYY-MM-DD"},
    {"LLMPATH_HOME",
     "the tracked plan's folder; else $XDG_DATA_HOME/llmpath or ~/.local/share/llmpath",
     "跟踪计划所在的文件夹，默认为 $XDG_DATA_HOME/llmpath 或 ~/.local/share/llmpath"},
    {"LLMPATH_LOCK_WAIT", "seconds", "秒数"},
    {"LLMPATH_PROMPT_DISABLED", "never prompt", "不逐题提问"},
    {"LLMPATH_PAGER", "pager for long output on a terminal, then PAGER, then less; empty: none",
     "终端上长输出使用的分页器，其次是 PAGER，再次是 less；为空表示不分页"},
    {"NO_COLOR", "", ""},
    {"LC_ALL/LANG", "zh_* means Chinese", "zh_* 表示中文"},
};

const char* meaning_in(const ManItem& item, std::string_view lang) {
    return lang == "zh" ? item.meaning_zh : item.meaning;
}

} // namespace

std::span<const ManItem> exit_code_items() {
    return k_exit_code_items;
}

std::span<const ManItem> environment_items() {
    return k_environment_items;
}

std::string exit_codes_line(std::string_view lang) {
    const HelpChrome& words = help_chrome(lang);
    std::string out(words.exit_codes);
    for (std::size_t i = 0; i < std::size(k_exit_code_items); ++i) {
        out += std::string(i              ? " · "
                           : lang == "zh" ? ""
                                          : " ") +
               k_exit_code_items[i].name + " " + meaning_in(k_exit_code_items[i], lang);
    }
    return out;
}

/// "Exit codes: 0 ok · 1 ..." and "Environment: A (meaning), ...": the footer of every help.
std::string help_footer(std::string_view lang) {
    const HelpChrome& words = help_chrome(lang);
    std::string env(words.environment);
    for (std::size_t i = 0; i < std::size(k_environment_items); ++i) {
        const ManItem& item = k_environment_items[i];
        const std::string meaning = meaning_in(item, lang);
        env +=
            std::string(i ? words.item_sep : "") + item.name +
            (meaning.empty() ? "" : std::string(words.open) + meaning + std::string(words.close));
    }
    return env + std::string(words.end) + "\n" + exit_codes_line(lang);
}

HelpFormatter::HelpFormatter(std::string lang) : m_lang(std::move(lang)) {
    const HelpChrome& words = help_chrome(m_lang);
    label("Usage", std::string(words.usage));
    label("OPTIONS", std::string(words.options));
    label("SUBCOMMAND", std::string(words.command));
    label("REQUIRED", std::string(words.required));
}

std::string HelpFormatter::make_description(const CLI::App* app) const {
    std::string out = help_text(app->get_description(), m_lang);
    out += out.empty() ? "" : "\n";
    if (auto it = examples.find(app); it != examples.end()) {
        out += std::string(help_chrome(m_lang).examples) + "\n" + it->second + "\n\n";
    }
    return out;
}

std::string HelpFormatter::make_usage(const CLI::App* app, std::string name) const {
    std::string out = CLI::Formatter::make_usage(app, std::move(name));
    const std::string head = get_label("Usage") + ":";
    if (m_lang == "zh" && out.starts_with(head)) {
        out.replace(0, head.size() + (out.size() > head.size() && out[head.size()] == ' '),
                    get_label("Usage") + "：");
    }
    return out;
}

std::string HelpFormatter::make_group(std::string group, bool is_positional,
                                      std::vector<const CLI::Option*> opts) const {
    const HelpChrome& words = help_chrome(m_lang);
    std::string out = "\n" +
                      (group == "Options"       ? std::string(words.options_head)
                       : group == "Positionals" ? std::string(words.positionals_head)
                                                : group + ":") +
                      "\n";
    for (const CLI::Option* opt : opts) {
        out += make_option(opt, is_positional);
    }
    return out;
}

std::string HelpFormatter::make_subcommands(const CLI::App* app, CLI::AppFormatMode mode) const {
    std::string out = CLI::Formatter::make_subcommands(app, mode);
    const std::string head = "\nSubcommands:\n";
    if (const auto at = out.find(head); at != std::string::npos) {
        out.replace(at, head.size(), "\n" + std::string(help_chrome(m_lang).commands_head) + "\n");
    }
    return out;
}

std::string HelpFormatter::make_subcommand(const CLI::App* sub) const {
    std::stringstream out;
    CLI::detail::format_help(out, sub->get_display_name(true),
                             help_text(sub->get_description(), m_lang), column_width_);
    return out.str();
}

std::string HelpFormatter::make_option(const CLI::Option* opt, bool is_positional) const {
    std::string name = "  " + make_option_name(opt, is_positional) + make_option_opts(opt);
    const std::string desc = make_option_desc(opt);
    const int width = static_cast<int>(column_width_);
    const int used = util::display_width(name);
    if (!desc.empty()) {
        name += used >= width ? "\n" + std::string(column_width_, ' ')
                              : std::string(static_cast<std::size_t>(width - used), ' ');
        name += desc;
    }
    return name + "\n";
}

std::string HelpFormatter::make_option_opts(const CLI::Option* opt) const {
    std::string out = CLI::Formatter::make_option_opts(opt);
    if (m_lang != "zh") {
        return out;
    }
    static const std::regex range("INT in \\[(-?[0-9]+) - (-?[0-9]+)\\]");
    std::smatch m;
    if (std::regex_search(out, m, range)) {
        out.replace(
            static_cast<std::size_t>(m.position(0)), static_cast<std::size_t>(m.length(0)),
            fmt::format(fmt::runtime(help_chrome(m_lang).whole_range), m[1].str(), m[2].str()));
    }
    return out;
}

std::string HelpFormatter::make_option_desc(const CLI::Option* opt) const {
    return help_text(opt->get_description(), m_lang);
}

} // namespace llmpath::cli
