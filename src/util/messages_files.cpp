// The words of the messages about files: JSON text, the fields of llmpath's own documents, the
// operating system's reasons, the tracked plan's file, batch and cohort (include/llmpath/
// messages.hpp; docs/chinese-style.md has the rules the Chinese follows).
#include <llmpath/messages.hpp>

namespace llmpath::msg {

// JSON input.
const Words at_place{"{0}: {1}", "{0}：{1}"};
const Words doc_json_file{"a json file", "JSON 文件"};
const Words doc_catalog{"a catalog", "内容库"};
const Words doc_answers_file{"an answers file", "回答文件"};
const Words doc_export{"an llmpath export", "llmpath 导出文件"};
const Words doc_plan{"a plan", "计划文件"};
const Words doc_tracked_plan{"a tracked plan", "跟踪的计划"};
const Words json_nul{"syntax error: unexpected nul byte; {0} is utf-8 text",
                     "语法错误：这里有一个 NUL 字节；{0}应为 UTF-8 文本"};
const Words json_too_deep{"nesting is deeper than {0} levels", "嵌套超过了 {0} 层"};
const Words json_number_range{"number {0} is out of range", "数字 {0} 超出了范围"};
const Words json_duplicate_key{"key {0} is given more than once; give each key once",
                               "键{0}出现了不止一次；同一个键只能写一次"};
const Words syntax_unexpected{"syntax error: unexpected {0}", "语法错误：这里不应出现{0}"};
const Words syntax_unexpected_end{"syntax error: unexpected end of input",
                                  "语法错误：文本在这里意外结束"};
const Words syntax_expected{"; expected {0}", "，应为{0}"};
const Words syntax_last_read{"; last read: {0}", "，读到的是{0}"};
const Words syntax_other{"syntax error: cannot read the JSON here",
                         "语法错误：无法解析这里的 JSON"};

namespace {

// The parser's names of tokens (nlohmann/json's lexer::token_type_name).
const Words k_syntax_tokens[] = {
    {"true literal", "true"},
    {"false literal", "false"},
    {"null literal", "null"},
    {"string literal", "字符串"},
    {"number literal", "数字"},
    {"'['", "左方括号"},
    {"'{'", "左花括号"},
    {"']'", "右方括号"},
    {"'}'", "右花括号"},
    {"':'", "冒号"},
    {"','", "逗号"},
    {"<parse error>", "无法识别的内容"},
    {"end of input", "文本结尾"},
    {"'[', '{', or a literal", "一个值"},
    {"unknown token", "无法识别的内容"},
};

// What the lexer rejects (nlohmann/json's lexer error messages, lowercased).
const Words k_syntax_reasons[] = {
    {"invalid literal", "无效的字面量"},
    {"invalid string: missing closing quote", "字符串缺少结尾的引号"},
    {"invalid string: control character", "字符串中的控制字符必须转义"},
    {"invalid string: forbidden character after backslash", "反斜杠后面的字符不能转义"},
    {"invalid string: '\\u' must be followed by 4 hex digits", "\\u 后面必须跟 4 位十六进制数字"},
    {"invalid string: surrogate", "字符串中的 UTF-16 代理对不完整"},
    {"invalid string: ill-formed utf-8 byte", "字符串中有无效的 UTF-8 字节"},
    {"invalid number", "数字的写法不对"},
    {"invalid bom", "文件开头的 BOM 无效"},
};

} // namespace

std::span<const Words> syntax_tokens() {
    return k_syntax_tokens;
}

std::span<const Words> syntax_reasons() {
    return k_syntax_reasons;
}

// The fields of a JSON document.
const Words field_object{"expected an object", "应为对象"};
const Words field_missing{"missing field '{0}'", "缺少字段 {0}"};
const Words field_string{"expected a string", "应为字符串"};
const Words field_whole_between{"expected a whole number from {0} to {1}",
                                "应为 {0} 至 {1} 之间的整数"};
const Words field_bool{"expected true or false", "应为 true 或 false"};
const Words field_date{"expected a date YYYY-MM-DD", "应为 YYYY-MM-DD 格式的日期"};
const Words field_array{"expected an array", "应为数组"};
const Words field_whole{"expected a whole number", "应为整数"};
const Words field_texts{"expected an object of texts by language", "应为按语言给出文本的对象"};
const Words field_task_ids{"expected task ids", "应为任务 ID"};
const Words field_week_number{"expected a week number", "应为周序号"};
const Words field_one{"expected 1", "应为 1"};
const Words unknown_state{"unknown state {0}; expected todo, done or skipped",
                          "没有{0}这个状态；应为 todo、done 或 skipped"};
const Words week_too_long{"a week ends 0 to 13 days after its start_date ({0}), not on {1}",
                          "一周应在 start_date 之后 0 至 13 天内结束，start_date 为 {0}，"
                          "这里却是 {1}"};
const Words week_task_unknown{"task {0} is not in tasks", "任务{0}不在 tasks 中"};
const Words written_by_newer{"it was written by a newer llmpath (schema_version {0}; this one "
                             "reads {1})",
                             "它由更新版本的 llmpath 写成（schema_version 为 {0}，"
                             "这个版本只能读 {1}）"};
const Words not_a_plan_report{"not a plan made by 'llmpath plan --format json' or 'llmpath "
                              "batch'",
                              "不是 llmpath plan --format json 或 llmpath batch 生成的计划"};
const Words plan_too_old{"a plan of an earlier llmpath (schema_version {0}); make the plan again",
                         "这是旧版 llmpath 生成的计划（schema_version 为 {0}），请重新生成"};
const Words week_in_one{"week {0} is in only one of them", "第 {0} 周只在其中一份计划里"};
const Words week_runs{"week {0} runs {1} to {2} in the file, {3} to {4} here",
                      "第 {0} 周在文件中是 {1} 至 {2}，在这里是 {3} 至 {4}"};
const Words week_holds{"week {0} holds other tasks or hours", "第 {0} 周的任务或小时数不同"};
const Words plan_flags{"--plan takes the answers, the start and the direction from the plan; "
                       "drop -d, --data-file, --defaults, --save-answers, --direction, --start, "
                       "--gpu-price and --whole-path",
                       "--plan 从计划中读取回答、开始日期和方向；请去掉 -d、--data-file、"
                       "--defaults、--save-answers、--direction、--start、--gpu-price 和 "
                       "--whole-path"};
const Words plan_other_catalog{
    "{0}: planned with catalogue '{1}' version {2}, and this run uses '{3}' version {4} ({5}); "
    "pass --catalog with the catalogue it was planned with",
    "{0}：这份计划用的是内容库 {1} 的 {2} 版，这次运行用的是 {3} 的 {4} 版，来自 {5}；"
    "请用 --catalog 指定制定计划时的内容库"};
const Words plan_unanswered{"{0}: its profile does not answer {1}; make the plan again",
                            "{0}：计划中的回答缺少 {1}；请重新生成计划"};
const Words plan_differs{"{0}: this llmpath plans its answers differently ({1}); it was made by "
                         "{2}: adopt it with that version, or make the plan again",
                         "{0}：这个版本的 llmpath 会按这些回答排出不同的计划，{1}；它由 {2} "
                         "生成：请用那个版本采用它，或重新生成计划"};
const Words name_empty{"--name {0}: expected a name", "--name 的值{0}不是名字"};
const Words not_an_export{"not an llmpath export; each learner makes theirs with 'llmpath "
                          "export --format json'",
                          "不是 llmpath 的导出文件；每位学员用 llmpath export --format json "
                          "导出自己的计划"};
const Words export_too_old{"an export of an earlier llmpath, without the tracked plan; the "
                           "learner exports it again with this one",
                           "这是旧版 llmpath 的导出文件，不含跟踪的计划；请学员用这个版本重新导出"};

// Files and folders.
const Words os_enoent{"No such file or directory", "没有这个文件或文件夹"};
const Words os_eacces{"Permission denied", "没有权限"};
const Words os_eisdir{"Is a directory", "这是一个文件夹"};
const Words os_enotdir{"Not a directory", "路径中有一段不是文件夹"};
const Words os_enospc{"No space left on device", "磁盘空间不足"};
const Words os_erofs{"Read-only file system", "文件系统是只读的"};
const Words os_eexist{"File exists", "文件已存在"};
const Words os_eloop{"Too many levels of symbolic links", "符号链接的层数太多"};
const Words os_enametoolong{"File name too long", "文件名太长"};
const Words file_problem{"{0} {1}: {2}", "{0} {1}：{2}"};
const Words is_directory{"is a directory", "这是一个文件夹"};
const Words input_over_limit{"{0} {1} is over the limit of {2} MiB",
                             "{0} {1} 超过了 {2} MiB 的上限"};
const Words input_too_large{"{0} {1} is {2} MiB; the limit is {3} MiB",
                            "{0} {1} 有 {2} MiB，上限是 {3} MiB"};
const Words catalog_too_large{"catalog is {0}; the limit is {1}", "内容库有 {0}，上限是 {1}"};
const Words catalog_over_limit{"catalog is over the limit of {0}", "内容库超过了 {0} 的上限"};
const Words name_catalog{"catalog", "内容库"};
const Words name_batch_input{"batch input", "批量输入文件"};
const Words name_learner_export{"learner export", "学员导出文件"};
const Words cannot_write_stdout{"cannot write to standard output: {0}", "无法写入标准输出：{0}"};
const Words cannot_write_file{"cannot write {0}: {1}", "无法写入 {0}：{1}"};
const Words recorded_anyway{"{0}; {1} was recorded in the tracked plan all the same: see "
                            "'llmpath status' before running the command again",
                            "{0}；不过{1}已经记入跟踪的计划：再次运行这条命令之前，请先用 "
                            "llmpath status 看一看"};
const Words recorded_replan{"the re-plan", "这次重新规划"};
const Words recorded_new_plan{"the new plan", "新的计划"};
const Words out_folder_missing{"{0} {1}: cannot write: the folder '{2}' does not exist",
                               "{0} {1}：无法写入，文件夹 {2} 不存在"};
const Words out_symlink{"{0} {1}: is a symbolic link; llmpath replaces only regular files: name "
                        "the file itself, or write to standard output and redirect it",
                        "{0} {1} 是符号链接；llmpath 只替换普通文件：请给出文件本身，"
                        "或写到标准输出再重定向"};
const Words out_not_regular{"{0} {1}: is not a regular file; llmpath replaces only regular "
                            "files: name the file itself, or write to standard output and "
                            "redirect it",
                            "{0} {1} 不是普通文件；llmpath 只替换普通文件：请给出文件本身，"
                            "或写到标准输出再重定向"};
const Words out_same_file{"{0} {1}: is also {2}; give each its own file",
                          "{0} {1} 也是 {2} 的文件；请给它们各自的文件"};
const Words out_cannot_write{"{0} {1}: cannot write: {2}", "{0} {1}：无法写入：{2}"};
const Words save_answers_stdout{
    "--save-answers -: standard output carries the command's own output; name a file, or (plan) "
    "write the plan to a file with -o FILE",
    "--save-answers -：标准输出要留给命令本身的输出；请给出文件名，或在 plan 中用 -o FILE "
    "把计划写到文件"};
const Words lock_wait_bad{"LLMPATH_LOCK_WAIT: {0} is not a number of seconds; expected a whole "
                          "number from 0 to 3600",
                          "LLMPATH_LOCK_WAIT：{0}不是秒数；应为 0 至 3600 之间的整数"};
const Words replan_no_hours_question{"--hours-per-week: the catalogue has no {0} question",
                                     "--hours-per-week：内容库中没有 {0} 这个问题"};
const Words replan_hours_range{"--hours-per-week {0}: expected a whole number of hours from 1 to "
                               "168",
                               "--hours-per-week 的值{0}应为 1 至 168 之间的整数小时数"};
const Words replan_today_too_late{
    "today ({0}) is more than {1} years after the tracked plan's start ({2}): a re-plan would "
    "fill every week in between with an empty one; start again with 'llmpath track --force'",
    "今天是 {0}，距跟踪计划的开始日期 {2} 已超过 {1} 年：重新规划会把其间的每一周都填成空周；"
    "请运行 llmpath track --force 重新开始"};
const Words replan_end_too_late{"the re-plan would end on {0}, after {1}, the last date llmpath "
                                "reads back; nothing was changed",
                                "重新规划后的计划会在 {0} 结束，晚于 llmpath 能读回的最后一天 "
                                "{1}；什么也没有改动"};
const Words both_stdin_data{"{0} - and --data-file - both read standard input; give one of them "
                            "a file",
                            "{0} - 和 --data-file - 都要读标准输入；请给其中一个指定文件"};

// The tracked plan's file and folder.
const Words state_source{"tracked plan {0}", "跟踪的计划 {0}"};
const Words state_recover_backup{
    "it was not changed; restore the version before the last change with 'cp {0} {1}', or start "
    "again with 'llmpath track --force'",
    "文件没有改动；可以用 cp {0} {1} 恢复到上次修改之前的版本，或运行 llmpath track --force "
    "重新开始"};
const Words state_recover{"it was not changed; start again with 'llmpath track --force'",
                          "文件没有改动；可以运行 llmpath track --force 重新开始"};
const Words state_folder_not_folder{
    "the tracked plan's folder {0} is not a folder; move that file away, or set LLMPATH_HOME to a "
    "folder",
    "跟踪计划的文件夹 {0} 不是文件夹；请把这个文件移走，或把 LLMPATH_HOME 设为一个文件夹"};
const Words state_folder_create{"cannot create the tracked plan's folder {0}: {1}",
                                "无法创建跟踪计划的文件夹 {0}：{1}"};
const Words state_no_folder{"no folder for the tracked plan: set LLMPATH_HOME (or HOME)",
                            "不知道把跟踪的计划放在哪里：请设置 LLMPATH_HOME 或 HOME"};
const Words state_cannot_lock{"cannot lock the tracked plan ({0}): {1}",
                              "无法锁定跟踪的计划，锁文件 {0}：{1}"};
const Words state_not_regular{
    "tracked plan {0} is not a regular file (a folder, a link or a device), so nothing was "
    "recorded and its backup was kept; move it away",
    "跟踪的计划 {0} 不是普通文件，而是文件夹、链接或设备，所以什么也没有记录，备份也原样保留；"
    "请把它移走"};
const Words state_read_only{"tracked plan {0} is read-only, so nothing was recorded; make it "
                            "writable with 'chmod u+w {0}'",
                            "跟踪的计划 {0} 是只读的，所以什么也没有记录；请用 chmod u+w {0} "
                            "让它可写"};
const Words state_too_large{
    "the tracked plan would be {0} MiB, over the {1} MiB llmpath reads back; nothing was "
    "recorded; plan fewer tasks (a smaller catalogue or fewer directions' work)",
    "跟踪的计划会有 {0} MiB，超过 llmpath 能读回的 {1} MiB，所以什么也没有记录；请减少计划中的"
    "任务，比如换一个更小的内容库，或少选几个方向的任务"};

// batch and cohort.
const Words batch_line_too_long{"{0}:{1}: longer than 1 MiB; the lines after it were not read",
                                "{0}:{1}：这一行超过 1 MiB，后面的行没有读"};
const Words batch_line_nul{"{0}:{1}: holds a NUL byte; an answers line is JSON text",
                           "{0}:{1}：这一行含有 NUL 字节；每行回答应为 JSON 文本"};
const Words batch_name_taken{"{0}:{1}: {2} is already the file of line {3}; give each learner "
                             "its own \"id\" or \"name\"",
                             "{0}:{1}：{2} 已是第 {3} 行的文件；请给每位学员不同的 id 或 name"};
const Words batch_file_exists{"{0}:{1}: {2}: exists; pass --force to replace it",
                              "{0}:{1}：{2} 已存在；加上 --force 可替换它"};
const Words batch_not_regular{"{0}:{1}: {2}: is not a regular file; llmpath replaces only "
                              "regular files",
                              "{0}:{1}：{2} 不是普通文件；llmpath 只替换普通文件"};
const Words batch_cannot_write{"{0}:{1}: {2}: cannot write: {3}", "{0}:{1}：无法写入 {2}：{3}"};
const Words out_dir_is_file{"--out-dir {0}: is a file; name a folder",
                            "--out-dir {0} 是一个文件；请给出文件夹"};
const Words out_dir_make{"--out-dir {0}: cannot make the folder: {1}",
                         "--out-dir {0}：无法创建文件夹：{1}"};
const Words out_dir_open{"--out-dir {0}: cannot open the folder: {1}",
                         "--out-dir {0}：无法打开文件夹：{1}"};
const Words format_needs_out_dir{"--format {0} needs --out-dir: without it batch writes one JSON "
                                 "plan per line",
                                 "--format {0} 要和 --out-dir 一起用：不加 --out-dir 时，batch "
                                 "每行输出一个 JSON 计划"};
const Words force_needs_out_dir{"--force needs --out-dir: it replaces existing files there",
                                "--force 要和 --out-dir 一起用：它替换那个文件夹中已有的文件"};
const Words batch_input_open{"batch input {0}: cannot open", "无法打开批量输入文件 {0}"};
const Words both_read_stdin{"{0} - and the batch input both read standard input; name the input "
                            "file",
                            "{0} - 和批量输入都要读标准输入；请给出输入文件名"};
const Words batch_failed_one{"{0} of {1} line failed", "{1} 行中有 {0} 行失败"};
const Words batch_failed_many{"{0} of {1} lines failed", "{1} 行中有 {0} 行失败"};
const Words cohort_folder{"{0}: cannot read the folder: {1}", "{0}：无法读取文件夹：{1}"};
const Words cohort_out_of_memory{"{0}: out of memory", "{0}：内存不足"};
const Words cohort_skipped_one{"{0} of {1} file was skipped; the others are shown",
                               "{1} 个文件中有 {0} 个被跳过，其余的照常显示"};
const Words cohort_skipped_many{"{0} of {1} files were skipped; the others are shown",
                                "{1} 个文件中有 {0} 个被跳过，其余的照常显示"};

namespace {

const Words* const k_file_messages[] = {
    &at_place,
    &doc_json_file,
    &doc_catalog,
    &doc_answers_file,
    &doc_export,
    &doc_plan,
    &doc_tracked_plan,
    &json_nul,
    &json_too_deep,
    &json_number_range,
    &json_duplicate_key,
    &syntax_unexpected,
    &syntax_unexpected_end,
    &syntax_expected,
    &syntax_last_read,
    &syntax_other,
    &field_object,
    &field_missing,
    &field_string,
    &field_whole_between,
    &field_bool,
    &field_date,
    &field_array,
    &field_whole,
    &field_texts,
    &field_task_ids,
    &field_week_number,
    &field_one,
    &unknown_state,
    &week_too_long,
    &week_task_unknown,
    &written_by_newer,
    &not_a_plan_report,
    &plan_too_old,
    &week_in_one,
    &week_runs,
    &week_holds,
    &plan_flags,
    &plan_other_catalog,
    &plan_unanswered,
    &plan_differs,
    &name_empty,
    &not_an_export,
    &export_too_old,
    &os_enoent,
    &os_eacces,
    &os_eisdir,
    &os_enotdir,
    &os_enospc,
    &os_erofs,
    &os_eexist,
    &os_eloop,
    &os_enametoolong,
    &file_problem,
    &is_directory,
    &input_over_limit,
    &input_too_large,
    &catalog_too_large,
    &catalog_over_limit,
    &name_catalog,
    &name_batch_input,
    &name_learner_export,
    &cannot_write_stdout,
    &cannot_write_file,
    &recorded_anyway,
    &recorded_replan,
    &recorded_new_plan,
    &out_folder_missing,
    &out_symlink,
    &out_not_regular,
    &out_same_file,
    &out_cannot_write,
    &save_answers_stdout,
    &both_stdin_data,
    &lock_wait_bad,
    &replan_no_hours_question,
    &replan_hours_range,
    &replan_today_too_late,
    &replan_end_too_late,
    &state_source,
    &state_recover_backup,
    &state_recover,
    &state_folder_not_folder,
    &state_folder_create,
    &state_no_folder,
    &state_cannot_lock,
    &state_not_regular,
    &state_read_only,
    &state_too_large,
    &batch_line_too_long,
    &batch_line_nul,
    &batch_name_taken,
    &batch_file_exists,
    &batch_not_regular,
    &batch_cannot_write,
    &out_dir_is_file,
    &out_dir_make,
    &out_dir_open,
    &format_needs_out_dir,
    &force_needs_out_dir,
    &batch_input_open,
    &both_read_stdin,
    &batch_failed_one,
    &batch_failed_many,
    &cohort_folder,
    &cohort_out_of_memory,
    &cohort_skipped_one,
    &cohort_skipped_many,
};

} // namespace

std::span<const Words* const> detail::file_messages() {
    return k_file_messages;
}

} // namespace llmpath::msg
