// The words of the catalogue's problems, the ones `llmpath catalog validate` reports to a
// catalogue's author (include/llmpath/messages.hpp; docs/chinese-style.md has the rules the
// Chinese follows). Field names, ids and the values of the format stay as they are written.
#include <llmpath/messages.hpp>

namespace llmpath::msg {

// What a JSON value is.
const Words kind_null{"null", " null"};
const Words kind_object{"an object", "对象"};
const Words kind_array{"an array", "数组"};
const Words kind_string{"a string", "字符串"};
const Words kind_integer{"an integer", "整数"};
const Words kind_boolean{"a boolean", "布尔值"};
const Words kind_number{"a number", "数字"};
const Words kind_value{"a value", "值"};
const Words kind_texts{"a string or an object of texts by language",
                       "字符串或按语言给出文本的对象"};
const Words kind_choice_value{"a choice value", "选项值"};
// (Braces doubled: util::say formats these.)
const Words kind_question_list{"a list of questions ({{\"text\": ..., \"tasks\": [...]}})",
                               "问题列表，每项形如 {{\"text\": ..., \"tasks\": [...]}}"};
const Words kind_checkpoint{"a text or a list of parts ({{\"text\": ..., \"tasks\": [...]}})",
                            "文本或分项列表，每项形如 {{\"text\": ..., \"tasks\": [...]}}"};
const Words kind_hours_by{"an object of choice value -> hours", "从选项值到小时数的对象"};

namespace {

// The nouns the loader names values by (its `noun` and `what` arguments); a field name not
// here reads the same in both languages.
const Words k_catalog_nouns[] = {
    {"id", "ID"},
    {"question id", "问题 ID"},
    {"value", "取值"},
    {"choice value", "选项值"},
    {"skill", "技能"},
    {"task", "任务"},
    {"direction", "方向"},
    {"phase", "阶段"},
    {"phase id", "阶段 ID"},
    {"prerequisite", "前置任务"},
    {"GPU class", "GPU 类别"},
    {"language", "语言"},
    {"layer", "层"},
    {"pitfall", "误区"},
    {"question", "问题"},
    {"shortened hours", "缩短后的 hours"},
    {"GPU hours", "GPU 的 hours"},
};

} // namespace

std::span<const Words> catalog_nouns() {
    return k_catalog_nouns;
}

// Members and values.
const Words cat_expected{"expected {0}, got {1}", "应为{0}，实际是{1}"};
const Words cat_unknown_field{"unknown field {0}{1}", "没有{0}这个字段{1}"};
const Words cat_missing_field{"missing required field '{0}'", "缺少必填字段 {0}"};
const Words cat_empty_string{"empty string", "字符串为空"};
const Words cat_invalid_id{"invalid {0} {1}: use 1 to 64 characters a-z, 0-9, '-' or '_', "
                           "starting with a letter or digit",
                           "{0}{1}无效：请用 1 至 64 个字符，只能是 a-z、0-9、- 或 _，"
                           "并以字母或数字开头"};
const Words cat_integer_range{"integer {0} is out of range", "整数 {0} 超出了范围"};
const Words cat_between{"{0} must be between {1} and {2}, got {3}",
                        "{0} 应在 {1} 至 {2} 之间，实际是 {3}"};
const Words cat_empty_text{"empty text", "文本为空"};
const Words cat_undeclared_language{"undeclared language {0} (declared: {1}){2}",
                                    "语言{0}没有声明，已声明的语言有 {1}{2}"};
const Words cat_empty_lang_text{"empty {0} text", "{0}文本为空"};
const Words cat_missing_lang_text{"missing {0} text", "缺少{0}文本"};
const Words cat_duplicate{"duplicate {0} {1} (first at {2})", "{0}{1}重复了，第一次出现在 {2}"};
const Words cat_use{"; use {0}", "；可用的有 {0}"};

// Sections.
const Words cat_no_languages{"no languages declared; list at least one, such as [\"en\"]",
                             "没有声明任何语言；请至少列出一种，例如 [\"en\"]"};
const Words cat_bad_language_code{"invalid language code {0}; use a code such as 'en', 'zh' or "
                                  "'pt-BR'",
                                  "{0}不是有效的语言代码；请用 en、zh 或 pt-BR 这样的代码"};
const Words cat_common_reserved{"direction id 'common' is reserved: it marks tasks that belong "
                                "to every direction",
                                "方向 ID 不能是 common：它专门标记属于所有方向的任务"};
const Words cat_no_tasks_question{"no tasks: list the tasks whose work answers this question",
                                  "没有任务：请列出完成后能回答这个问题的任务"};
const Words cat_phase_ends_before{"phase ends on day {0}, before it starts on day {1}",
                                  "阶段在第 {0} 天结束，早于它开始的第 {1} 天"};
const Words cat_empty_checkpoint{"empty checkpoint: list at least one part",
                                 "阶段验收为空：请至少列出一项"};
const Words cat_no_tasks_part{"no tasks: list the tasks whose deliverables make this part",
                              "没有任务：请列出产出构成这一项的任务"};
const Words cat_no_phases{"no phases; phases must cover days 0 to {0}",
                          "没有阶段；各阶段必须覆盖第 0 至 {0} 天"};
const Words cat_first_phase{"the first phase must start on day 0, got day {0}",
                            "第一个阶段必须从第 0 天开始，实际是第 {0} 天"};
const Words cat_phase_overlap{"phase {0} starts on day {1}, overlapping phase {2} (days {3} to "
                              "{4}); start it on day {5}",
                              "阶段{0}从第 {1} 天开始，与阶段{2}重叠，后者是第 {3} 至 {4} 天；"
                              "请让它从第 {5} 天开始"};
const Words cat_phase_gap_day{"gap between phases {0} and {1}: day {2} belong to no phase",
                              "阶段{0}和{1}之间有空档：第 {2} 天不属于任何阶段"};
const Words cat_phase_gap_days{"gap between phases {0} and {1}: days {2} to {3} belong to no "
                               "phase",
                               "阶段{0}和{1}之间有空档：第 {2} 至 {3} 天不属于任何阶段"};
const Words cat_last_phase{"the last phase must end on day {0}, got day {1}",
                           "最后一个阶段必须在第 {0} 天结束，实际是第 {1} 天"};
const Words cat_currency{"currency {0} is not a code such as 'USD'", "货币{0}不是 USD 这样的代码"};
const Words cat_checked_date{"checked {0} is not a date YYYY-MM-DD",
                             "checked 的值{0}不是 YYYY-MM-DD 格式的日期"};
const Words cat_schema_version{"unsupported schema_version {0}; this llmpath reads "
                               "schema_version {1}",
                               "不支持 schema_version {0}；这个版本的 llmpath 读取 "
                               "schema_version {1}"};
const Words cat_no_directions{"no directions; declare at least one", "没有方向；请至少声明一个"};

// Questions.
const Words cat_empty_in{"empty 'in': list at least one value", "in 为空：请至少列出一个取值"};
const Words cat_condition_needs{"a condition needs 'in', or 'min' and/or 'max'",
                                "条件需要 in，或者 min、max 中的至少一个"};
const Words cat_min_over_max{"min {0} is greater than max {1}", "min 的值 {0} 大于 max 的值 {1}"};
const Words cat_boolean_values{"a boolean question's choice values are 'yes' and 'no', got {0}",
                               "boolean 问题的选项值只能是 yes 和 no，实际是{0}"};
const Words cat_unknown_question_type{"unknown question type {0}{1}", "没有{0}这种问题类型{1}"};
const Words cat_not_for_type{"'{0}' does not apply to a {1} question",
                             "{0} 不适用于 {1} 类型的问题"};
const Words cat_choices_missing{"missing required field 'choices' (a {0} question needs at least "
                                "2)",
                                "缺少必填字段 choices：{0} 类型的问题至少要有 2 个选项"};
const Words cat_choices_few{"a {0} question needs at least 2 choices, got {1}",
                            "{0} 类型的问题至少要有 2 个选项，实际只有 {1} 个"};
const Words cat_min_selected_over{"min_selected {0} is greater than max_selected {1}",
                                  "min_selected 的值 {0} 大于 max_selected 的值 {1}"};
const Words cat_pattern_long{"pattern is {0} bytes; the limit is {1}",
                             "pattern 有 {0} 字节，上限是 {1}"};
const Words cat_pattern_bad{"pattern {0} is not a regular expression llmpath can match in linear "
                            "time (RE2 syntax): {1}",
                            "pattern{0}不是 llmpath 能在线性时间内匹配的正则表达式，"
                            "应使用 RE2 语法：{1}"};
// Why RE2 refuses a pattern (util::pattern_error).
const Words re_bad_escape{"invalid escape {0} (a back reference cannot be matched in linear time)",
                          "转义{0}无效，反向引用无法在线性时间内匹配"};
const Words re_bad_class{"invalid character class or range {0}", "字符类或范围{0}无效"};
const Words re_missing_bracket{"unbalanced '['", "方括号不配对"};
const Words re_missing_paren{"unbalanced parentheses", "括号不配对"};
const Words re_unexpected_paren{"unexpected ')'", "多了一个右括号"};
const Words re_trailing_backslash{"a '\\' ends the pattern", "模式以「\\」结尾"};
const Words re_repeat_argument{"a repeat {0} follows nothing", "重复符{0}前面没有内容"};
const Words re_repeat_size{"invalid repeat count {0} (at most 1000)",
                           "重复次数{0}无效，最多 1000 次"};
const Words re_repeat_op{"invalid repeat {0}", "重复符{0}无效"};
const Words re_bad_perl_op{"unsupported group {0} (lookaround cannot be matched in linear time)",
                           "不支持分组{0}，环视无法在线性时间内匹配"};
const Words re_bad_utf8{"invalid UTF-8", "UTF-8 编码无效"};
const Words re_bad_named_capture{"invalid named group {0}", "命名分组{0}无效"};
const Words re_too_large{"too large to match in bounded memory", "太大，无法在有限的内存内匹配"};
const Words re_invalid{"invalid", "无效"};
const Words cat_default_not_choice{"default {0} is not one of the choices ({1}){2}",
                                   "默认值{0}不在选项 {1} 之中{2}"};
const Words cat_default_fewer{"default selects {0} choices, fewer than min_selected {1}",
                              "默认值选了 {0} 项，少于 min_selected 的 {1} 项"};
const Words cat_default_more{"default selects {0} choices, more than max_selected {1}",
                             "默认值选了 {0} 项，多于 max_selected 的 {1} 项"};
const Words cat_default_longer_max{"default {0} is {1} characters, longer than max_length {2}",
                                   "默认值{0}有 {1} 个字符，超过了 max_length 的 {2} 个"};
const Words cat_default_longer_limit{"default {0} is {1} characters, longer than the limit of {2}",
                                     "默认值{0}有 {1} 个字符，超过了上限 {2} 个"};
const Words cat_default_no_match{"default {0} does not match the pattern {1}",
                                 "默认值{0}不符合格式{1}"};
const Words cat_default_outside{"default {0} is outside {1}..{2}",
                                "默认值 {0} 不在 {1}..{2} 范围内"};
const Words cat_default_date{"default {0} is not 'today' or a real date as YYYY-MM-DD",
                             "默认值{0}既不是 today，也不是 YYYY-MM-DD 格式的有效日期"};
const Words cat_no_planning_question{
    "no {0} question '{1}'; the planner reads the weekly hours and the start date from "
    "hours_per_week and start_date",
    "没有 {0} 类型的问题 {1}；规划要从 hours_per_week 和 start_date 读取每周小时数和开始日期"};
const Words cat_planning_type{"'{0}' is a {1} question; the planner needs {2}",
                              "{0} 是 {1} 类型的问题，但规划需要的是 {2}"};
const Words cat_wanted_a{"a {0} question '{1}'", "{0} 类型的问题 {1}"};
const Words cat_wanted_an{"an {0} question '{1}'", "{0} 类型的问题 {1}"};
const Words cat_planning_when{"'{0}' must be asked of everyone (no 'when'): the planner needs its "
                              "answer",
                              "{0} 必须问到每个人，不能有 when：规划需要它的回答"};

// References between sections.
const Words cat_duplicate_id{"duplicate {0} id {1} (first at {2})",
                             "{0} ID{1}重复了，第一次出现在 {2}"};
const Words cat_unknown_ref{"unknown {0} {1}{2}", "没有{1}这个{0}{2}"};
const Words cat_duplicate_choice{"duplicate choice value {0} (first at {1})",
                                 "选项值{0}重复了，第一次出现在 {1}"};
const Words cat_self_condition{"a question cannot depend on its own answer",
                               "问题不能取决于它自己的回答"};
const Words cat_condition_later{"question {0} is asked after this one; 'when' can only test an "
                                "earlier question",
                                "问题{0}在这个问题之后才问；when 只能检查更早的问题"};
const Words cat_kind{"{0} question {1}", "{0} 类型的问题{1}"};
const Words cat_in_integer{"'in' does not apply to {0}; use 'min' and 'max'",
                           "in 不适用于 {0}；请用 min 和 max"};
const Words cat_condition_type{"conditions cannot test {0}; test a single, multi, boolean or "
                               "integer question",
                               "条件不能检查 {0}；只能检查 single、multi、boolean 或 integer "
                               "类型的问题"};
const Words cat_bound_integer{"'{0}' applies only to integer questions; {1} is tested with 'in'",
                              "{0} 只适用于 integer 类型的问题；{1}要用 in 来检查"};
const Words cat_not_value_of{"{0} is not a value of {1} ({2}){3}",
                             "{0}不是 {1}的取值，可选的有 {2}{3}"};
const Words cat_choice_later{"question {0} is not asked after this one; a choice can only set "
                             "the default of a later question",
                             "问题{0}不在这个问题之后；选项只能设置后面问题的默认值"};
const Words cat_not_boolean_value{"{0} is not a value of boolean question {1} (yes, no)",
                                  "{0}不是 boolean 问题{1}的取值，只能是 yes 或 no"};
const Words cat_not_single{"question {0} is a {1} question; only single and boolean questions "
                           "can be used here",
                           "问题{0}是 {1} 类型的问题；这里只能用 single 或 boolean 类型的问题"};
const Words cat_not_single_value{"{0} is not a value of single question {1} ({2}){3}",
                                 "{0}不是 single 问题{1}的取值，可选的有 {2}{3}"};
const Words cat_teaches_skipped{"the task teaches {0} but is planned for people who have it; add "
                                "{0} to its skip_if_skills",
                                "这个任务教{0}，却会排给已经会的人；请把{0}加进它的 "
                                "skip_if_skills"};
const Words cat_unknown_gpu_class{"unknown GPU class {0}{1}", "没有{0}这个 GPU 类别{1}"};
const Words cat_declare_gpu{"; declare it in /gpu/classes", "；请在 /gpu/classes 中声明它"};
const Words cat_prerequisite_later_phase{"prerequisite {0} is in phase {1}, which comes after "
                                         "this task's phase {2}",
                                         "前置任务{0}属于阶段{1}，在这个任务的阶段{2}之后"};
const Words cat_cycle{"prerequisite cycle: {0}", "前置任务形成了循环：{0}"};
const Words cat_cycle_more{"... ({0} more) -> ", "……另有 {0} 个 -> "};

// What the planner relies on.
const Words cat_checkpoint_later{"task {0} is in phase {1}, after this checkpoint's phase",
                                 "任务{0}属于阶段{1}，在这个阶段验收所在的阶段之后"};
const Words cat_checkpoint_not_common{"task {0} is not common: name it in direction_checkpoints "
                                      "of its direction",
                                      "任务{0}不是公共任务：请在它所属方向的 "
                                      "direction_checkpoints 中列出"};
const Words cat_not_direction_task{"task {0} is not a task of direction {1}",
                                   "任务{0}不属于方向{1}"};
const Words cat_not_direction_or_common{"task {0} is not a task of direction {1} or a common one",
                                        "任务{0}既不属于方向{1}，也不是公共任务"};
const Words cat_after_interview{"task {0} comes after the interview preparation {1}, so a "
                                "question cannot draw on it; name a task that comes before it",
                                "任务{0}排在面试准备{1}之后，面试题不能用到它；"
                                "请换一个排在面试准备之前的任务"};
const Words cat_priority_below{
    "prerequisite {0} has priority {1}, below this task's {2}: a plan cut to fit would keep the "
    "task without it; give {0} priority {2} or more",
    "前置任务{0}的优先级是 {1}，低于这个任务的 {2}：计划压缩时可能留下这个任务却删掉它；"
    "请把{0}的优先级设为 {2} 或更高"};
const Words cat_presenting_waits{
    "task {0} needs the presenting task {1}, which waits for every core task of {2} in phase "
    "{3}; a presenting task can only come after them",
    "任务{0}依赖展示任务{1}，而展示任务要等方向{2}在阶段{3}的核心任务全部完成；"
    "展示任务只能排在它们之后"};
const Words cat_skill_before{"skill {0} is used before any earlier task of the {1} plan teaches "
                             "it{2}",
                             "在方向{1}的计划里，用到技能{0}时前面还没有任务教过它{2}"};
const Words cat_skill_before_short{
    "skill {0} is used before any earlier task of the {1} plan teaches it, once the short ways "
    "do without the prerequisites in their shorten.without{2}",
    "在方向{1}的计划里，如果按精简做法省去各任务 shorten.without "
    "中的前置任务，用到技能{0}时前面就没有任务教过它{2}"};
const Words cat_without_not_prerequisite{"{0} is not one of the task's prerequisites",
                                         "{0}不是这个任务的前置任务"};
const Words cat_make_prerequisite{"; make a task that teaches it, such as {0}, one of its "
                                  "prerequisites",
                                  "；请把教这项技能的任务（例如{0}）设为这个任务的前置任务"};
const Words cat_add_teacher{"; add a task that teaches it", "；请加一个教它的任务"};

// Tasks.
const Words cat_url_https{"url {0} must start with https://", "链接{0}必须以 https:// 开头"};
const Words cat_url_spaces{"url {0} contains spaces or control characters",
                           "链接{0}含有空格或控制字符"};
const Words cat_url_host{"url {0} has no host", "链接{0}没有主机名"};
const Words cat_unknown_resource_type{"unknown resource type {0}{1}", "没有{0}这种资源类型{1}"};
const Words cat_task_no_directions{"no directions; list direction ids or [\"common\"]",
                                   "没有方向；请列出方向 ID，或写 [\"common\"]"};
const Words cat_common_only{"'common' must be the only direction of a task (it already means "
                            "every direction)",
                            "common 必须是任务唯一的方向，因为它已经表示所有方向"};
const Words cat_no_hours{"no hours: give the hours for at least one answer",
                         "没有小时数：请至少给一个回答的小时数"};
const Words cat_cannot_shorten{"a task of {0} hour cannot be shortened",
                               "只有 {0} 小时的任务不能再缩短"};

// catalog validate.
const Words cat_problems_one{"{0}: {1} problem", "{0}：共 {1} 个问题"};
const Words cat_problems_many{"{0}: {1} problems", "{0}：共 {1} 个问题"};
const Words cat_problems_over{"{0}: more than {1} problems; the first {1} are listed",
                              "{0}：问题超过 {1} 个，这里只列出前 {1} 个"};

namespace {

const Words* const k_catalog_messages[] = {
    &kind_null,
    &kind_object,
    &kind_array,
    &kind_string,
    &kind_integer,
    &kind_boolean,
    &kind_number,
    &kind_value,
    &kind_texts,
    &kind_choice_value,
    &kind_question_list,
    &kind_checkpoint,
    &kind_hours_by,
    &cat_expected,
    &cat_unknown_field,
    &cat_missing_field,
    &cat_empty_string,
    &cat_invalid_id,
    &cat_integer_range,
    &cat_between,
    &cat_empty_text,
    &cat_undeclared_language,
    &cat_empty_lang_text,
    &cat_missing_lang_text,
    &cat_duplicate,
    &cat_use,
    &cat_no_languages,
    &cat_bad_language_code,
    &cat_common_reserved,
    &cat_no_tasks_question,
    &cat_phase_ends_before,
    &cat_empty_checkpoint,
    &cat_no_tasks_part,
    &cat_no_phases,
    &cat_first_phase,
    &cat_phase_overlap,
    &cat_phase_gap_day,
    &cat_phase_gap_days,
    &cat_last_phase,
    &cat_currency,
    &cat_checked_date,
    &cat_schema_version,
    &cat_no_directions,
    &cat_empty_in,
    &cat_condition_needs,
    &cat_min_over_max,
    &cat_boolean_values,
    &cat_unknown_question_type,
    &cat_not_for_type,
    &cat_choices_missing,
    &cat_choices_few,
    &cat_min_selected_over,
    &cat_pattern_long,
    &cat_pattern_bad,
    &re_bad_escape,
    &re_bad_class,
    &re_missing_bracket,
    &re_missing_paren,
    &re_unexpected_paren,
    &re_trailing_backslash,
    &re_repeat_argument,
    &re_repeat_size,
    &re_repeat_op,
    &re_bad_perl_op,
    &re_bad_utf8,
    &re_bad_named_capture,
    &re_too_large,
    &re_invalid,
    &cat_default_not_choice,
    &cat_default_fewer,
    &cat_default_more,
    &cat_default_longer_max,
    &cat_default_longer_limit,
    &cat_default_no_match,
    &cat_default_outside,
    &cat_default_date,
    &cat_no_planning_question,
    &cat_planning_type,
    &cat_wanted_a,
    &cat_wanted_an,
    &cat_planning_when,
    &cat_duplicate_id,
    &cat_unknown_ref,
    &cat_duplicate_choice,
    &cat_self_condition,
    &cat_condition_later,
    &cat_kind,
    &cat_in_integer,
    &cat_condition_type,
    &cat_bound_integer,
    &cat_not_value_of,
    &cat_choice_later,
    &cat_not_boolean_value,
    &cat_not_single,
    &cat_not_single_value,
    &cat_teaches_skipped,
    &cat_unknown_gpu_class,
    &cat_declare_gpu,
    &cat_prerequisite_later_phase,
    &cat_cycle,
    &cat_cycle_more,
    &cat_checkpoint_later,
    &cat_checkpoint_not_common,
    &cat_not_direction_task,
    &cat_not_direction_or_common,
    &cat_after_interview,
    &cat_priority_below,
    &cat_presenting_waits,
    &cat_skill_before,
    &cat_skill_before_short,
    &cat_without_not_prerequisite,
    &cat_make_prerequisite,
    &cat_add_teacher,
    &cat_url_https,
    &cat_url_spaces,
    &cat_url_host,
    &cat_unknown_resource_type,
    &cat_task_no_directions,
    &cat_common_only,
    &cat_no_hours,
    &cat_cannot_shorten,
    &cat_problems_one,
    &cat_problems_many,
    &cat_problems_over,
};

} // namespace

std::span<const Words* const> detail::catalog_messages() {
    return k_catalog_messages;
}

} // namespace llmpath::msg
