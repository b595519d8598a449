#include <llmpath/error.hpp>
#include <llmpath/questionnaire.hpp>

#include "util/line_reader.hpp"
#include "util/say.hpp"
#include "util/text.hpp"

#include <fmt/color.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <set>

namespace llmpath {

namespace {

using ojson = nlohmann::ordered_json;

/// The words around the catalogue's questions, per language.
struct Chrome {
    const char* intro;
    const char* first;
    const char* required;
    const char* no_help;
    const char* bad_default; ///< {} = why
    const char* summary;
    const char* ignored; ///< {} = question id
    const char* single;  ///< {} = number of choices
    const char* multi;
    const char* multi_none;
    const char* range; ///< {} {} = min max
    const char* at_least;
    const char* at_most;
    const char* integer;
    const char* boolean;
    const char* date;
    const char* text;
    const char* text_max;     ///< {} = max length
    const char* nul;          ///< a typed line holds a NUL byte
    const char* with_default; ///< {0} = the hint, {1} = the default Enter takes
    const char* ask;          ///< {} = the hint (with its default): the input prompt
};

constexpr Chrome k_en{
    "Answer each question. Enter takes the default in [brackets], ? shows help, < goes back.",
    "This is the first question; there is nothing before it.",
    "This question needs an answer.",
    "No help for this question.",
    "The catalogue's default for this question is invalid ({}); type an answer.",
    "Your answers:",
    "note: -d {} is ignored: that question is not asked with these answers.",
    "choose 1-{}",
    "numbers or values, comma-separated (e.g. 1,3)",
    ", - for none",
    "a number from {} to {}",
    "a number of at least {}",
    "a number of at most {}",
    "a whole number",
    "yes or no",
    "YYYY-MM-DD or today",
    "text",
    "text, up to {} characters",
    "The answer holds a NUL byte; type it again.",
    "{0} [{1}]",
    "{}: ",
};

constexpr Chrome k_zh{
    "请逐题回答。直接回车采用默认值，输入 ? 查看说明，输入 < 返回上一题。",
    "这是第一题，前面没有问题了。",
    "此题必须回答。",
    "此题没有说明。",
    "内容库中此题的默认值无效（{}），请输入答案。",
    "你的回答：",
    "提示：按现在的回答不会问到这道题，已忽略 -d {}。",
    "选择 1-{}",
    "可多选，编号或值之间用逗号分隔（如 1,3）",
    "，输入 - 表示都不选",
    "{} 到 {} 之间的数字",
    "不小于 {} 的数字",
    "不大于 {} 的数字",
    "整数",
    "是或否（yes/no）",
    "YYYY-MM-DD 或 today",
    "文本",
    "文本，最多 {} 个字符",
    "答案中含有 NUL 字节，请重新输入。",
    "{0}，默认「{1}」",
    "{}：",
};

const Chrome& chrome_for(std::string_view lang) {
    return lang == "zh" ? k_zh : k_en;
}

std::string clean(std::string_view s) {
    return util::strip_controls(s);
}

std::string hint(const Question& q, const Chrome& t) {
    switch (q.type) {
    case QuestionType::single:
        return fmt::format(fmt::runtime(t.single), q.choices.size());
    case QuestionType::multi:
        return std::string(t.multi) + (q.min_selected.value_or(0) == 0 ? t.multi_none : "");
    case QuestionType::integer:
        if (q.min && q.max) {
            return fmt::format(fmt::runtime(t.range), *q.min, *q.max);
        }
        if (q.min) {
            return fmt::format(fmt::runtime(t.at_least), *q.min);
        }
        if (q.max) {
            return fmt::format(fmt::runtime(t.at_most), *q.max);
        }
        return t.integer;
    case QuestionType::boolean:
        if (!q.choices.empty()) {
            return fmt::format(fmt::runtime(t.single), q.choices.size());
        }
        return t.boolean;
    case QuestionType::date:
        return t.date;
    case QuestionType::text:
        return q.max_length ? fmt::format(fmt::runtime(t.text_max), *q.max_length) : t.text;
    }
    return t.text;
}

struct Styles {
    fmt::text_style counter;
    fmt::text_style question;
    fmt::text_style error;
    fmt::text_style dim;
};

Styles styles_for(bool color) {
    if (!color) {
        return {};
    }
    return {fg(fmt::terminal_color::cyan), fmt::emphasis::bold, fg(fmt::terminal_color::red),
            fg(fmt::terminal_color::bright_black)};
}

std::string styled(const fmt::text_style& style, std::string_view s) {
    return fmt::format(style, "{}", s);
}

/// The answer Enter would take: the one typed before going back, else the catalogue's default.
/// Either way the person saw the question and chose it: it is their answer.
struct Fallback {
    std::optional<AnswerValue> value;
    std::optional<std::string> broken; ///< why the catalogue's default is invalid
};

Fallback fallback_for(const Catalog& catalog, const Question& q, const Answers& before,
                      const std::map<std::string, AnswerValue>& remembered,
                      const PromptOptions& options) {
    Fallback f;
    if (auto it = remembered.find(q.id); it != remembered.end()) {
        f.value = it->second;
        return f;
    }
    if (const auto text = default_text(catalog, q, before, options.today)) {
        auto parsed = judge_answer(q, *text, options.lang, options.today);
        if (auto* why = std::get_if<Said>(&parsed)) {
            f.broken = why->in(options.lang);
        } else {
            f.value = std::get<AnswerValue>(std::move(parsed));
        }
    }
    return f;
}

/// How many questions from `from` on would still be asked, assuming each unasked one gets the
/// answer Enter would take.
std::size_t count_to_ask(const Catalog& catalog, std::size_t from, Answers sim,
                         const Answers& prefilled,
                         const std::map<std::string, AnswerValue>& remembered,
                         const PromptOptions& options) {
    std::size_t count = 0;
    for (std::size_t i = from; i < catalog.questions.size(); ++i) {
        const Question& q = catalog.questions[i];
        if (q.when && !condition_holds(*q.when, sim)) {
            continue;
        }
        if (const Answer* p = prefilled.find(q.id)) {
            sim.items.push_back(*p);
            continue;
        }
        ++count;
        if (auto f = fallback_for(catalog, q, sim, remembered, options); f.value) {
            sim.items.push_back(Answer{q.id, *f.value, AnswerSource::typed});
        }
    }
    return count;
}

} // namespace

std::string render_answers_summary(const Catalog& catalog, const Answers& answers,
                                   std::string_view lang) {
    std::vector<std::pair<std::string, std::string>> rows;
    int width = 0;
    for (const auto& q : catalog.questions) {
        const Answer* a = answers.find(q.id);
        if (a == nullptr) {
            continue;
        }
        std::string label = clean(q.short_label.empty() ? q.id : q.short_label.get(lang));
        width = std::max(width, util::display_width(label));
        rows.emplace_back(std::move(label), clean(answer_label(q, a->value, lang)));
    }
    std::string out = std::string(chrome_for(lang).summary) + "\n";
    for (const auto& [label, value] : rows) {
        out += "  " + util::pad_right(label, width) + "  " + value + "\n";
    }
    return out;
}

namespace {

/// One run of the questions: what is answered so far, and how to go back.
class Session {
  public:
    Session(const Catalog& catalog, const Answers& prefilled, std::istream& in, std::ostream& out,
            const PromptOptions& options)
        : m_catalog(catalog), m_prefilled(prefilled), m_reader(in, util::k_max_typed_line),
          m_out(out), m_options(options), m_t(chrome_for(options.lang)),
          m_s(styles_for(options.color)) {}

    Answers run() {
        m_out << m_t.intro << "\n";
        while (m_pos < m_catalog.questions.size()) {
            const Question& q = m_catalog.questions[m_pos];
            const Answer* given = m_prefilled.find(q.id);
            if (q.when && !condition_holds(*q.when, m_answers)) {
                if (given != nullptr && given->source == AnswerSource::flag &&
                    m_noted.insert(q.id).second) {
                    m_out << styled(m_s.dim, fmt::format(fmt::runtime(m_t.ignored), q.id)) << "\n";
                }
                ++m_pos;
            } else if (given != nullptr) {
                m_answers.items.push_back(*given);
                ++m_pos;
            } else if (ask(q)) {
                ++m_pos;
            }
        }
        m_out << "\n" << render_answers_summary(m_catalog, m_answers, m_options.lang);
        return std::move(m_answers);
    }

  private:
    struct Step {
        std::size_t index;
        std::size_t answers_before;
    };

    /// Asks `q` until it gets an answer (true) or the person goes back (false).
    bool ask(const Question& q) {
        const std::string_view lang = m_options.lang;
        const std::size_t total =
            m_asked.size() +
            count_to_ask(m_catalog, m_pos, m_answers, m_prefilled, m_remembered, m_options);
        const Fallback fallback = fallback_for(m_catalog, q, m_answers, m_remembered, m_options);
        const std::string header =
            styled(m_s.counter, fmt::format("[{}/{}]", m_asked.size() + 1, total)) + " " +
            styled(m_s.question, clean(q.prompt.get(lang))) + "\n";
        m_out << "\n" << header;
        for (std::size_t i = 0; i < q.choices.size(); ++i) {
            m_out << "  " << (i + 1) << ") " << clean(q.choices[i].label.get(lang)) << "\n";
        }
        std::string input_prompt = hint(q, m_t);
        if (fallback.value) {
            input_prompt = fmt::format(fmt::runtime(m_t.with_default), input_prompt,
                                       clean(answer_label(q, *fallback.value, lang)));
        }
        input_prompt = fmt::format(fmt::runtime(m_t.ask), input_prompt);
        for (bool again = false;; again = true) {
            // Asking again (after help, an error or a refusal) repeats the question's first line.
            m_out << (again ? header : "") << input_prompt << std::flush;
            util::InputLine typed;
            if (!m_reader.next(typed)) {
                m_out << "\n";
                throw Interrupted();
            }
            if (typed.too_long) {
                m_out << "\n";
                throw InputError(util::say(msg::prompt_line_too_long,
                                           std::to_string(util::k_max_typed_line >> 10)));
            }
            const std::string& line = typed.text;
            if (typed.has_nul) {
                m_out << "  " << styled(m_s.error, m_t.nul) << "\n";
                continue;
            }
            if (const auto entry = util::trim(line); entry == "?" || entry == "<") {
                if (entry == "<" && go_back()) {
                    return false;
                }
                if (entry == "?") {
                    show_help(q);
                }
            } else if (auto value = answer_of(q, line, fallback)) {
                m_remembered[q.id] = *value;
                m_asked.push_back(Step{m_pos, m_answers.items.size()});
                m_answers.items.push_back(Answer{q.id, std::move(*value), AnswerSource::typed});
                return true;
            }
        }
    }

    /// The typed answer (Enter: the default), or nullopt after saying why it is not one.
    std::optional<AnswerValue> answer_of(const Question& q, const std::string& line,
                                         const Fallback& fallback) {
        const std::string_view lang = m_options.lang;
        std::string why;
        if (util::trim(line).empty()) {
            if (fallback.value) {
                return fallback.value;
            }
            why = fallback.broken ? fmt::format(fmt::runtime(m_t.bad_default), *fallback.broken)
                                  : std::string(m_t.required);
        } else {
            auto parsed = parse_typed_answer(q, line, lang, m_options.today);
            if (auto* value = std::get_if<AnswerValue>(&parsed)) {
                return std::move(*value);
            }
            why = std::get<std::string>(parsed) + (lang == "zh" ? "；" : "; ") + hint(q, m_t);
        }
        for (const auto& l : util::wrap(why, m_options.width - 2)) {
            m_out << "  " << styled(m_s.error, l) << "\n";
        }
        return std::nullopt;
    }

    void show_help(const Question& q) {
        const std::string help = util::strip_controls(q.help.get(m_options.lang), true);
        for (const auto& part : util::split(help.empty() ? m_t.no_help : help, '\n')) {
            m_out << "  " << part << "\n";
        }
    }

    /// Back to the previous question asked; false (and says so) at the first.
    bool go_back() {
        if (m_asked.empty()) {
            m_out << "  " << m_t.first << "\n";
            return false;
        }
        const Step back = m_asked.back();
        m_asked.pop_back();
        m_answers.items.resize(back.answers_before);
        m_pos = back.index;
        return true;
    }

    const Catalog& m_catalog;
    const Answers& m_prefilled;
    util::LineReader m_reader;
    std::ostream& m_out;
    const PromptOptions& m_options;
    const Chrome& m_t;
    const Styles m_s;
    Answers m_answers;
    std::vector<Step> m_asked;
    std::map<std::string, AnswerValue> m_remembered;
    std::set<std::string> m_noted;
    std::size_t m_pos = 0;
};

} // namespace

Answers run_questionnaire(const Catalog& catalog, const Answers& prefilled, std::istream& in,
                          std::ostream& out, const PromptOptions& options) {
    return Session(catalog, prefilled, in, out, options).run();
}

} // namespace llmpath
