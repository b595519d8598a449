// The help's words in Chinese, side by side with the English each option, argument and command
// is declared with (the English stays in the declaration, where the man page reads it too).
#include "cli/help_words.hpp"

#include <algorithm>
#include <iterator>
#include <regex>

namespace llmpath::cli {

namespace {

constexpr HelpChrome k_en_chrome{
    "Usage",        "OPTIONS",   "SUBCOMMAND", "Options:",    "Subcommands:",
    "Positionals:", "Examples:", "REQUIRED",   "Exit codes:", "Environment: ",
    ", ",           " (",        ")",          ".",           "INT in [{0} - {1}]"};
constexpr HelpChrome k_zh_chrome{"用法",   "选项",   "命令", "选项：",   "命令：",
                                 "参数：", "示例：", "必填", "退出码：", "环境变量：",
                                 "、",     "（",     "）",   "。",       "{0} 至 {1} 的整数"};

// Options, arguments and commands: the English they are declared with, and the Chinese.
constexpr HelpWords k_words[] = {
    {"llmpath — plan your move into LLM engineering: find the direction that fits you (data, "
     "platform, application, deployment) and get a dated six-month plan.",
     "llmpath 帮你规划转向大模型工程的路线：找到适合你的方向（数据、平台、应用、部署），"
     "并得到一份带日期的六个月计划。"},
    // Global options.
    {"Use this catalogue file instead of the built-in one (also LLMPATH_CATALOG)",
     "使用这个内容库文件，而不是内置的内容库（也可用 LLMPATH_CATALOG 设置）"},
    {"Language of the output: en or zh (also LLMPATH_LANG, LC_ALL, LANG)",
     "输出语言：en 或 zh（也可用 LLMPATH_LANG、LC_ALL、LANG 设置）"},
    {"Never colour the output (also NO_COLOR)", "输出不带颜色（也可用 NO_COLOR 设置）"},
    {"Never page long output (also an empty LLMPATH_PAGER)",
     "长输出不经过分页器（也可把 LLMPATH_PAGER 设为空）"},
    {"Act as if today were this day (also LLMPATH_TODAY); default: the clock",
     "把这一天当作今天（也可用 LLMPATH_TODAY 设置），默认取系统时钟"},
    {"Print this help message and exit", "显示本帮助并退出"},
    {"Display program version information and exit", "显示版本号并退出"},
    {"Show help for a command: llmpath help COMMAND", "显示某个命令的帮助：llmpath help 命令"},
    // Commands.
    {"Ask about you, recommend a direction and print your dated six-month plan",
     "了解你的情况，推荐方向，并给出带日期的六个月计划"},
    {"Score the four directions for you and explain the recommendation",
     "为你给四个方向打分，并说明推荐理由"},
    {"List the questions, their choices and defaults (for scripts)",
     "列出所有问题及其选项和默认值（供脚本使用）"},
    {"List the four LLM career directions", "列出大模型的四个职业方向"},
    {"Show the map of the field: the six layers of the stack, their tools and directions",
     "显示技术全景图：技术栈的六层、各层的工具和对应方向"},
    {"Show everything about one direction, phase, pitfall or task",
     "显示某个方向、阶段、常见坑或任务的全部信息"},
    {"Validate a catalogue, or print the built-in one to customise",
     "校验内容库，或输出内置内容库以便自行修改"},
    {"Adopt your plan to follow it week by week (same answers as plan)",
     "开始跟踪你的计划，逐周推进（回答方式与 plan 相同）"},
    {"What to do this week in your tracked plan, overdue work first",
     "跟踪的计划中本周要做什么，逾期的任务排在前面"},
    {"Tick off tasks of your tracked plan, or record hours done on them",
     "把跟踪计划中的任务标为完成，或记录投入的小时数"},
    {"Skip tasks of your tracked plan", "跳过跟踪计划中的任务"},
    {"Take back the last change to tasks of your tracked plan", "撤销对跟踪计划中任务的上一次改动"},
    {"Progress of your tracked plan: hours per phase, ahead or behind, the end",
     "跟踪计划的进度：各阶段的小时数、提前还是落后、预计完成时间"},
    {"What you did in your tracked plan, week by week", "跟踪计划中每周做了什么"},
    {"Fit what is left of your tracked plan from this week, keeping what is done",
     "从本周起重新安排跟踪计划中剩下的任务，已完成的保持不变"},
    {"Your tracked plan with its progress, as text, Markdown, JSON, a calendar, CSV or a "
     "checklist",
     "导出带进度的跟踪计划：文本、Markdown、JSON、日历、CSV 或检查清单"},
    {"Plans for a cohort: one answers object per line in, one plan per line out, or one file "
     "per learner",
     "为一批学员生成计划：每行读入一份回答，每行输出一份计划，或每位学员一个文件"},
    {"Print the shell completion script for bash, zsh or fish",
     "输出 bash、zsh 或 fish 的命令补全脚本"},
    {"Check a catalogue: 'ok' with counts, or every problem as FILE:POINTER: message",
     "校验内容库：通过时输出 ok 和各项数量，否则逐条列出每个问题（FILE:POINTER: 说明）"},
    {"Print the built-in catalogue (JSON) to copy and customise",
     "输出内置内容库（JSON），可复制后自行修改"},
    // Options and arguments of the commands.
    {"Answer a question: KEY=VALUE (repeatable; multiple choice as a,b)",
     "回答一个问题：KEY=VALUE（可重复使用；多选题写作 a,b）"},
    {"Read answers from a JSON object file ('-' reads stdin)",
     "从 JSON 对象文件读取回答（- 表示从标准输入读取）"},
    {"Take the default for every question not answered; never prompt",
     "未回答的问题一律采用默认值，不再逐题提问"},
    {"Save the final answers as a file --data-file can replay ('-' is stdout, when the plan "
     "goes to a file)",
     "把最终的回答保存成文件，之后可用 --data-file 重现（计划写入文件时，- 表示标准输出）"},
    {"Plan for this direction instead of the recommended one", "按这个方向规划，而不是推荐的方向"},
    {"First day of the plan (default: today)", "计划的第一天（默认为今天）"},
    {"Overwrite existing output files", "覆盖已存在的输出文件"},
    {"Plan the whole path at your hours, however long it takes, instead of keeping what matters "
     "most in six months",
     "按你的时间安排完整路线，不论需要多久，而不是只在六个月内保留最重要的内容"},
    {"What one GPU-hour of a class costs you: CLASS=PRICE in the catalogue's currency "
     "(repeatable; default: the catalogue's prices and the date they were checked, "
     "docs/content.md)",
     "某类 GPU 每小时的价格：CLASS=PRICE，币种与内容库相同（可重复使用；默认采用内容库的价格"
     "及其核对日期，见 docs/content.md）"},
    {"Write the plan to FILE atomically ('-' is stdout); the format follows the extension (.md, "
     ".json, .txt, .ics, .csv)",
     "把计划原子地写入文件（- 表示标准输出），格式由扩展名决定（.md、.json、.txt、.ics、.csv）"},
    {"Print every week of the text plan, not its summary (a file gets them all)",
     "文本计划列出每一周，而不只是摘要（写入文件时总是完整的）"},
    {"Print an answers file with the defaults filled in, for --data-file",
     "输出一份填好默认值的回答文件，供 --data-file 使用"},
    {"A direction, phase, pitfall or task id", "方向、阶段、常见坑或任务的 ID"},
    {"Ids of the tasks you finished (or worked on, with --hours)",
     "已完成的任务 ID（加 --hours 时为做过的任务）"},
    {"Record this many hours of progress instead of finishing the tasks",
     "记录投入的小时数，而不是把任务标为完成"},
    {"Ids of the tasks to skip", "要跳过的任务 ID"},
    {"Ids of the tasks to put back to do", "要改回待完成的任务 ID"},
    {"Fit the rest at this many hours a week from now on (the range the catalogue's hours "
     "question allows)",
     "从现在起按每周这么多小时安排剩下的任务（范围与内容库中每周小时数一题相同）"},
    {"List every task that moved, with its old and new weeks (JSON always has them)",
     "列出每个调整了时间的任务及其原来和新的周次（JSON 输出总会包含）"},
    {"List every overdue task in full (by default the oldest few, then a count)",
     "完整列出所有逾期任务（默认只列最早的几个，其余给出数量）"},
    {"Write to FILE atomically ('-' is stdout); the format follows the extension",
     "原子地写入文件（- 表示标准输出），格式由扩展名决定"},
    {"Overwrite an existing output file", "覆盖已存在的输出文件"},
    {"JSON Lines file of answers objects ('-' or nothing reads stdin); unanswered questions take "
     "their defaults",
     "每行一个回答对象的 JSON Lines 文件（- 或不给时从标准输入读取），未回答的问题采用默认值"},
    {"First day of every plan (default: today)", "每份计划的第一天（默认为今天）"},
    {"Plan every line for this direction", "每一行都按这个方向规划"},
    {"Write one file per learner into DIR, named from the line's \"id\" or \"name\" (else its "
     "line number)",
     "在 DIR 中为每位学员写一个文件，文件名取自该行的 \"id\" 或 \"name\"（都没有时用行号）"},
    {"Format of the files written into --out-dir (default: json)",
     "写入 --out-dir 的文件格式（默认为 json）"},
    {"Replace files that exist in --out-dir", "替换 --out-dir 中已存在的文件"},
    {"Catalogue file ('-' reads stdin); default: the selected catalogue",
     "内容库文件（- 表示从标准输入读取），默认为当前选用的内容库"},
    {"bash, zsh or fish", "bash、zsh 或 fish"},
    // Cohorts.
    {"A team's progress from the learners' exports: one row each, most behind first, "
     "who has stalled",
     "从学员导出的计划查看团队进度：每人一行，最落后的排在前面，并标出停滞的人"},
    {"Adopt this plan, made by 'llmpath plan --format json' or 'llmpath batch' "
     "('-' reads stdin), as if planned here with its answers",
     "跟踪这份由 llmpath plan --format json 或 llmpath batch 生成的计划（- 表示从标准输入读取），"
     "效果与在这里用同样的回答规划相同"},
    {"Whom the plan belongs to (shown by cohort)", "这份计划属于谁（cohort 会显示）"},
    {"Learners' exports ('llmpath export --format json'), or folders of them "
     "(their .json files); '-' reads one from stdin",
     "学员导出的计划（llmpath export --format json），或存放它们的文件夹（读取其中的 .json "
     "文件）；- 表示从标准输入读取一份"},
};

constexpr std::string_view k_format_en = "Output format: ";
constexpr std::string_view k_format_zh = "输出格式：";

} // namespace

const HelpChrome& help_chrome(std::string_view lang) {
    return lang == "zh" ? k_zh_chrome : k_en_chrome;
}

std::string help_text(std::string_view en, std::string_view lang) {
    if (lang != "zh") {
        return std::string(en);
    }
    if (en.starts_with(k_format_en)) {
        return std::string(k_format_zh) + std::string(en.substr(k_format_en.size()));
    }
    const auto* it = std::find_if(std::begin(k_words), std::end(k_words),
                                  [&](const HelpWords& w) { return w.en == en; });
    return it == std::end(k_words) ? std::string(en) : std::string(it->zh);
}

bool has_help_text(std::string_view en) {
    return en.starts_with(k_format_en) ||
           std::any_of(std::begin(k_words), std::end(k_words),
                       [&](const HelpWords& w) { return w.en == en; });
}

std::optional<std::string> parse_error_zh(ParseErrorKind kind, const std::string& message) {
    std::smatch m;
    switch (kind) {
    case ParseErrorKind::required:
        if (std::regex_match(message, m, std::regex("(.+) is required"))) {
            return "缺少必填的参数 " + m[1].str();
        }
        break;
    case ParseErrorKind::mismatch:
        if (std::regex_match(message, m, std::regex("(\\S+): \\d+ required (\\S+) missing"))) {
            return m[1].str() + " 后面缺少一个值（" + m[2].str() + "）";
        }
        break;
    case ParseErrorKind::validation:
        if (std::regex_match(message, m,
                             std::regex("(\\S+): Value (.*) not in range (.*) to (.*)"))) {
            return m[1].str() + " 的值「" + m[2].str() + "」不在 " + m[3].str() + " 至 " +
                   m[4].str() + " 之间";
        }
        if (std::regex_match(message, m, std::regex("(\\S+): (.*) not in \\{(.*)\\}"))) {
            return m[1].str() + " 的值「" + m[2].str() + "」不是可选值，可选 " + m[3].str();
        }
        break;
    case ParseErrorKind::conversion:
        if (std::regex_match(message, m, std::regex("Could not convert: (\\S+) = (.*)"))) {
            return m[1].str() + " 的值「" + m[2].str() + "」格式不对";
        }
        break;
    case ParseErrorKind::other:
        break;
    }
    return std::nullopt;
}

} // namespace llmpath::cli
