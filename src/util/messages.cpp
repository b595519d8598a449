// The words of every error message, in English and in Chinese side by side
// (include/llmpath/messages.hpp; docs/chinese-style.md has the rules the Chinese follows).
#include <llmpath/messages.hpp>

#include <iterator>
#include <vector>

namespace llmpath::msg {

// Pieces shared by messages.
const Words did_you_mean{" (did you mean '{0}'?)", "（是不是想输入「{0}」？）"};
const Words interrupted{"interrupted", "已中断"};
const Words out_of_memory{"out of memory", "内存不足"};
const Words unexpected{"unexpected failure: {0}", "意外错误：{0}"};

// Answers: why a text is not an answer, and what is allowed ("; " and "；" part the two).
const Words empty_choice{"an empty answer is not a choice; {0}", "答案不能为空；{0}"};
const Words not_a_choice{"{0} is not a choice{1}; {2}", "{0}不是可选项{1}；{2}"};
const Words nothing_selected{"nothing selected; {0}", "一项都没有选；{0}"};
const Words too_few{"{0} selects {1}, fewer than the minimum {2}; {3}",
                    "{0}只选了 {1} 项，至少要选 {2} 项；{3}"};
const Words too_many{"{0} selects {1}, more than the maximum {2}; {3}",
                     "{0}选了 {1} 项，最多只能选 {2} 项；{3}"};
const Words not_whole{"{0} is not a whole number; {1}", "{0}不是整数；{1}"};
const Words too_large{"{0} is too large; {1}", "{0}太大了；{1}"};
const Words below_min{"{0} is below the minimum {1}", "{0} 小于最小值 {1}"};
const Words above_max{"{0} is above the maximum {1}", "{0} 大于最大值 {1}"};
const Words not_bool{"{0} is not yes or no; answer yes or no (y/n and true/false work "
                     "too)",
                     "{0}不是“是”或“否”；请回答 yes 或 no，也可以用 y/n、true/false"};
const Words not_date{"{0} is not a date; enter YYYY-MM-DD", "{0}不是日期；请按 "
                                                            "YYYY-MM-DD 输入"};
const Words not_date_today{"{0} is not a date; enter YYYY-MM-DD or today",
                           "{0}不是日期；请按 YYYY-MM-DD 输入，或输入 today"};
const Words not_utf8{"{0} is not valid UTF-8", "{0}不是有效的 UTF-8 文本"};
const Words controls{"{0} contains control characters; enter plain text on one line",
                     "{0}含有控制字符；请在一行内输入纯文本"};
const Words too_long{"{0} is {1} characters long, more than the maximum {2}",
                     "{0}有 {1} 个字符，超过上限 {2} 个"};
const Words no_match{"{0} does not match the pattern {1}", "{0}不符合格式 {1}"};
const Words bad_pattern{"the catalogue's pattern {0} is not a valid regex",
                        "内容库中的格式 {0} 不是有效的正则表达式"};
const Words choose_one{"choose one of {0}", "请从 {0} 中选一项"};
const Words choose_exactly{"choose {0} of {1}, comma-separated",
                           "请从 {1} 中选 {0} 项，用逗号分隔"};
const Words choose_between{"choose {0} to {1} of {2}, comma-separated",
                           "请从 {2} 中选 {0} 至 {1} 项，用逗号分隔"};
const Words choose_at_least{"choose at least {0} of {1}, comma-separated",
                            "请从 {1} 中至少选 {0} 项，用逗号分隔"};
const Words choose_any{"choose any of {0}, comma-separated", "请从 {0} 中任选，用逗号分隔"};
const Words or_none{"{0}, or - for none", "{0}；一项都不选请输入 -"};
const Words number_between{"enter a number from {0} to {1}", "请输入 {0} 至 {1} 之间的整数"};
const Words number_at_least{"enter a whole number of at least {0}", "请输入不小于 {0} 的整数"};
const Words number_at_most{"enter a whole number of at most {0}", "请输入不大于 {0} 的整数"};
const Words number_any{"enter a whole number", "请输入整数"};

// Answers: where a problem is, and the problems of the sources.
const Words answer_at{"{0}: {1}: {2}", "{0} {1}：{2}"};
const Words the_default{"default", "默认值"};
const Words flag_not_pair{"-d {0}: expected KEY=VALUE", "-d 的值{0}不是 KEY=VALUE 的形式"};
const Words unknown_question{"{0}: {1}: unknown question{2}", "{0}：没有 {1} 这个问题{2}"};
const Words given_twice{"-d: {0}: given twice ({1}); give each question once",
                        "-d：{0} 给了两次（{1}），每个问题只能回答一次"};
const Words given_times{"-d: {0}: given {1} times ({2}); give each question once",
                        "-d：{0} 给了 {1} 次（{2}），每个问题只能回答一次"};
const Words start_twice{"--start and -d start_date both set the start date; pass one",
                        "--start 和 -d start_date 都设置了开始日期，只保留一个"};
const Words not_asked{"-d: {0}: not asked, because {1} (asked only when {2})",
                      "-d：{0} 这个问题不会问到，因为{1}（只有{2}时才问）"};
const Words answer_is{"{0} is {1}", "{0} 的回答是{1}"};
const Words not_asked_yet{"{0} was not asked", "没有问到 {0}"};
const Words expected_json{"{0}: {1}: expected {2}, got {3}", "{0} {1}：应为{2}，实际是 {3}"};
const Words json_string_of{"a string, one of {0}", "字符串，取 {0} 之一"};
const Words json_array_of{"an array of strings from {0}", "字符串数组，元素取自 {0}"};
const Words json_whole{"a whole number ({0})", "整数（{0}）"};
const Words json_bool{"true or false", " true 或 false"};
const Words json_date{"a date string, YYYY-MM-DD", "YYYY-MM-DD 格式的日期字符串"};
const Words json_string{"a string", "字符串"};
const Words json_label{"{0}: {1}: expected a text or a whole number, got {2}",
                       "{0} {1}：应为文本或整数，实际是 {2}"};
const Words not_object{"{0}: expected a JSON object of answers (ID: value), got {1}",
                       "{0}：应为一个 JSON 对象（ID: 回答），实际是 {1}"};
const Words missing_one{"missing answer for {0}: pass -d {0}=VALUE, --data-file FILE, "
                        "or --defaults",
                        "{0} 这个问题还没有回答：请加上 -d {0}=VALUE、--data-file "
                        "FILE 或 --defaults"};
const Words missing_many{"missing answers for {0}: pass -d ID=VALUE for each, "
                         "--data-file FILE, or --defaults",
                         "这些问题还没有回答：{0}。请逐一加上 -d ID=VALUE，或用 "
                         "--data-file FILE、--defaults"};
const Words missing_one_no_default{"missing answer for {0} (it has no default): pass "
                                   "-d {0}=VALUE or --data-file FILE",
                                   "{0} 这个问题还没有回答，也没有默认值：请加上 "
                                   "-d {0}=VALUE 或 --data-file FILE"};
const Words missing_many_no_default{
    "missing answers for {0} (they have no default): pass -d ID=VALUE for each or --data-file "
    "FILE",
    "这些问题还没有回答，也没有默认值：{0}。请逐一加上 -d ID=VALUE，或用 --data-file FILE"};
const Words bad_default{"default: {0}: {1}", "{0} 的默认值：{1}"};
const Words start_too_late{
    "start_date: {0} is too late: the plan runs {1} weeks, past 9999-12-31, the last date "
    "llmpath writes; choose an earlier start date",
    "开始日期 {0} 太晚了：计划要持续 {1} 周，会超过 llmpath 能写出的最后一天 "
    "9999-12-31。请选一个更早的开始日期"};
const Words typed_too_long{"standard input: a line of over 64 KiB where an answer was "
                           "expected",
                           "标准输入：这一行超过 64 KiB，不是一个回答"};
const Words prompt_line_too_long{
    "standard input: a line of over {0} KiB where an answer was expected; type answers at the "
    "prompt, or pass them with -d or --data-file",
    "标准输入：这一行超过 {0} KiB，不是一个回答；请在提示符后输入，或用 -d、--data-file 给出回答"};
const Words typed_nul{"standard input: the answer holds a NUL byte",
                      "标准输入：回答中含有 NUL 字节"};

// Planning.
const Words unknown_direction{"unknown direction {0}{1}; choose one of {2}",
                              "没有{0}这个方向{1}；请从 {2} 中选一个"};
const Words hours_too_few{"hours per week must be at least 1, got {0}",
                          "每周小时数至少为 1，实际是 {0}"};
const Words no_answer_for_plan{"no answer to '{0}', which the plan needs",
                               "规划需要 {0} 这个问题的回答，但没有找到"};
const Words unknown_id{"unknown id {0}{1}; run 'llmpath directions' or 'llmpath "
                       "catalog show' to see the ids",
                       "没有{0}这个 ID{1}；运行 llmpath directions 或 llmpath "
                       "catalog show 查看所有 ID"};

// Tracking.
const Words unknown_task{"unknown task {0}{1}; run 'llmpath today' or 'llmpath "
                         "export' to see the plan's tasks",
                         "计划中没有{0}这个任务{1}；运行 llmpath today 或 llmpath "
                         "export 查看计划中的任务"};
const Words no_tracked_plan{"no tracked plan in {0}; start one with 'llmpath track' "
                            "(it takes the answers 'llmpath plan' takes)",
                            "{0} 中还没有跟踪的计划；请先运行 llmpath track 开始跟踪"
                            "（回答方式与 llmpath plan 相同）"};
const Words plan_busy{"another llmpath is changing the tracked plan (it holds {0}); "
                      "try again when it has finished",
                      "另一个 llmpath 正在修改跟踪的计划（锁文件 {0}），请等它结束后再试"};
const Words already_tracked{"a plan is already tracked in {0}; pass --force to replace "
                            "it (the one it replaces is kept as {1})",
                            "{0} 中已有跟踪的计划；加上 --force 可替换它，原计划会保存为 "
                            "{1}"};

// The command line.
const Words unknown_command{"unknown command {0}{1}; run 'llmpath --help' for the "
                            "commands",
                            "没有{0}这个命令{1}；运行 llmpath --help 查看所有命令"};
const Words unknown_catalog_command{"unknown command {0}{1}; run 'llmpath help "
                                    "catalog' for the commands",
                                    "没有{0}这个命令{1}；运行 llmpath help catalog "
                                    "查看可用的命令"};
const Words no_help{"no help for {0}{1}; run 'llmpath --help' for the commands",
                    "没有{0}的帮助{1}；运行 llmpath --help 查看所有命令"};
const Words parse_error{"{0}{1}; run 'llmpath help{2}' for usage",
                        "{0}{1}；运行 llmpath help{2} 查看用法"};
const Words extra_arguments{"the following arguments were not expected: {0}",
                            "无法识别的参数：{0}"};
const Words extra_argument{"the following argument was not expected: {0}", "无法识别的参数：{0}"};
const Words bad_flag_value{"{0}", "命令行有误：{0}"};
const Words start_not_date{"--start: {0} is not a real date; expected YYYY-MM-DD, "
                           "e.g. 2027-01-04",
                           "--start：{0}不是有效日期；请按 YYYY-MM-DD 输入，例如 "
                           "2027-01-04"};
const Words today_not_date{"{0}: {1} is not a date; expected YYYY-MM-DD",
                           "{0}：{1}不是日期；请按 YYYY-MM-DD 输入"};
const Words no_lang{"{0}: the {1} has no {2} text; choose one of {3}",
                    "{0}：{1}没有{2}语言的文本；请从 {3} 中选一个"};
const Words the_catalogue{"catalogue", "内容库"};
const Words the_tracked_plan{"tracked plan", "跟踪的计划"};
const Words file_exists{"{0} {1} already exists; pass --force to overwrite it",
                        "{0} {1} 已存在；加上 --force 可覆盖"};
const Words file_name_empty{"{0}: the file name is empty; name a file",
                            "{0}：文件名为空，请给出文件名"};
const Words is_folder{"{0} {1}: is a folder; name the file to write",
                      "{0} {1} 是一个文件夹，请给出要写入的文件名"};
const Words no_format_for_name{"-o {0}: cannot tell the format from the file name; "
                               "name it {1}, or pass --format {2}",
                               "-o {0}：无法从文件名判断格式；请用 {1} 作扩展名，或加上 "
                               "--format {2}"};
const Words gpu_price_pair{"--gpu-price {0}: expected CLASS=PRICE, such as {1}=2.50",
                           "--gpu-price 的值{0}不是 CLASS=PRICE 的形式，例如 {1}=2.50"};
const Words gpu_unknown{"--gpu-price: unknown GPU class {0}{1}; the catalogue's "
                        "classes are {2}",
                        "--gpu-price：没有{0}这类 GPU{1}；内容库中的 GPU 类别有 "
                        "{2}"};
const Words gpu_bad_price{"--gpu-price {0}: the price is not a number from 0 to "
                          "100000",
                          "--gpu-price 的值{0}中，价格应为 0 至 100000 之间的数"};
const Words hours_flag_bad{"--hours-per-week: {0}", "--hours-per-week：{0}"};
const Words none{"none", "无"};

namespace {

const Words* const k_all[] = {
    &did_you_mean,
    &interrupted,
    &out_of_memory,
    &unexpected,
    &empty_choice,
    &not_a_choice,
    &nothing_selected,
    &too_few,
    &too_many,
    &not_whole,
    &too_large,
    &below_min,
    &above_max,
    &not_bool,
    &not_date,
    &not_date_today,
    &not_utf8,
    &controls,
    &too_long,
    &no_match,
    &bad_pattern,
    &choose_one,
    &choose_exactly,
    &choose_between,
    &choose_at_least,
    &choose_any,
    &or_none,
    &number_between,
    &number_at_least,
    &number_at_most,
    &number_any,
    &answer_at,
    &the_default,
    &flag_not_pair,
    &unknown_question,
    &given_twice,
    &given_times,
    &start_twice,
    &not_asked,
    &answer_is,
    &not_asked_yet,
    &expected_json,
    &json_string_of,
    &json_array_of,
    &json_whole,
    &json_bool,
    &json_date,
    &json_string,
    &json_label,
    &not_object,
    &missing_one,
    &missing_many,
    &missing_one_no_default,
    &missing_many_no_default,
    &bad_default,
    &start_too_late,
    &typed_too_long,
    &prompt_line_too_long,
    &typed_nul,
    &unknown_direction,
    &hours_too_few,
    &no_answer_for_plan,
    &unknown_id,
    &unknown_task,
    &no_tracked_plan,
    &plan_busy,
    &already_tracked,
    &unknown_command,
    &unknown_catalog_command,
    &no_help,
    &parse_error,
    &extra_arguments,
    &extra_argument,
    &bad_flag_value,
    &start_not_date,
    &today_not_date,
    &no_lang,
    &the_catalogue,
    &the_tracked_plan,
    &file_exists,
    &file_name_empty,
    &is_folder,
    &no_format_for_name,
    &gpu_price_pair,
    &gpu_unknown,
    &gpu_bad_price,
    &hours_flag_bad,
    &none,
};

} // namespace

std::span<const Words* const> all_messages() {
    static const std::vector<const Words*> all = [] {
        std::vector<const Words*> out(std::begin(k_all), std::end(k_all));
        for (const auto part : {detail::file_messages(), detail::catalog_messages()}) {
            out.insert(out.end(), part.begin(), part.end());
        }
        return out;
    }();
    return all;
}

} // namespace llmpath::msg
