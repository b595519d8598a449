// Where answers come from: -d flags, then an answers file, then the defaults; one validator.
#include "answers/internal.hpp"
#include "json/input.hpp"

#include <llmpath/error.hpp>

#include "util/say.hpp"
#include "util/suggest.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace llmpath {

namespace {

using ojson = nlohmann::ordered_json;
using util::quote;

std::vector<std::string> question_ids(const Catalog& catalog) {
    std::vector<std::string> out;
    out.reserve(catalog.questions.size());
    for (const auto& q : catalog.questions) {
        out.push_back(q.id);
    }
    return out;
}

std::string json_excerpt(const ojson& j) {
    std::string text = j.dump(-1, ' ', false, ojson::error_handler_t::replace);
    if (text.size() > 40) {
        text = text.substr(0, 37) + "...";
    }
    return util::strip_controls(text);
}

/// What a data file must hold for `q`, for "expected ..., got ..." messages.
Said expected_json(const Question& q) {
    switch (q.type) {
    case QuestionType::single:
        return util::say(msg::json_string_of, util::listed(q.choice_values()));
    case QuestionType::multi:
        return util::say(msg::json_array_of, util::listed(q.choice_values()));
    case QuestionType::integer:
        return util::say(msg::json_whole, range_phrase(q));
    case QuestionType::boolean:
        return util::say(msg::json_bool);
    case QuestionType::date:
        return util::say(msg::json_date);
    case QuestionType::text:
        return util::say(msg::json_string);
    }
    return util::say(msg::json_string);
}

/// A message that reads the same in both languages (a JSON syntax error names its place).
Said as_said(const std::string& text) {
    return {text, text};
}

/// A data-file value as the text parse_answer reads, or nullopt if its JSON type is wrong.
std::optional<std::string> json_to_text(const Question& q, const ojson& j) {
    switch (q.type) {
    case QuestionType::single:
    case QuestionType::date:
    case QuestionType::text:
        return j.is_string() ? std::optional<std::string>(j.get<std::string>()) : std::nullopt;
    case QuestionType::multi: {
        if (j.is_string()) {
            const auto s = j.get<std::string>();
            return s.empty() ? std::string("-") : s;
        }
        if (!j.is_array()) {
            return std::nullopt;
        }
        std::vector<std::string> items;
        for (const auto& item : j) {
            if (!item.is_string()) {
                return std::nullopt;
            }
            items.push_back(item.get<std::string>());
        }
        return items.empty() ? "-" : util::join(items, ",");
    }
    case QuestionType::integer:
        if (j.is_number_integer() || j.is_number_float()) {
            return j.dump();
        }
        return j.is_string() ? std::optional<std::string>(j.get<std::string>()) : std::nullopt;
    case QuestionType::boolean:
        if (j.is_boolean()) {
            return std::string(j.get<bool>() ? "yes" : "no");
        }
        return j.is_string() ? std::optional<std::string>(j.get<std::string>()) : std::nullopt;
    }
    return std::nullopt;
}

/// The file as problems name it, without a line.
std::string file_name_label(const AnswerInput& input) {
    if (input.file_label) {
        return util::strip_controls(*input.file_label);
    }
    std::string name = input.file_name.value_or("");
    if (name == "-") {
        name = "<stdin>";
    }
    return name.empty() ? "--data-file" : "--data-file " + util::strip_controls(name);
}

/// The file as problems name it: "--data-file team.json", or "cohort.jsonl:3" for a batch line.
std::string file_label(const AnswerInput& input) {
    const std::string name = file_name_label(input);
    return input.file_line ? name + ":" + std::to_string(*input.file_line) : name;
}

/// Why a question was not asked: "because background is 'none' (asked only when ...)".
Said not_asked_reason(const std::string& id, const Condition& cond, const Answers& answers) {
    const Answer* a = answers.find(cond.question);
    const Said because = a != nullptr ? util::say(msg::answer_is, cond.question,
                                                  util::quoted(answer_to_string(a->value)))
                                      : util::say(msg::not_asked_yet, cond.question);
    return util::say(msg::not_asked, id, because, describe_condition(cond));
}

using Flags = std::map<std::string, std::vector<std::string>, std::less<>>;

/// -d KEY=VALUE: every value given per question, in order; malformed or repeated ones reported.
Flags read_flags(const Catalog& catalog, const AnswerInput& input, std::vector<Said>& problems) {
    Flags flags;
    std::vector<std::string> order;
    for (const auto& given : input.flags) {
        // A Chinese input method types ＝ for =; the value is folded where it is judged.
        std::string raw = given;
        if (const auto wide = raw.find("＝"); wide != std::string::npos && raw.find('=') > wide) {
            raw.replace(wide, std::string_view("＝").size(), "=");
        }
        const auto eq = raw.find('=');
        const std::string key(util::trim(std::string_view(raw).substr(0, eq)));
        if (eq == std::string::npos || key.empty()) {
            problems.push_back(util::say(msg::flag_not_pair, util::quoted(raw)));
            continue;
        }
        if (catalog.find_question(key) == nullptr) {
            problems.push_back(util::say(msg::unknown_question, std::string("-d"),
                                         util::strip_controls(key),
                                         util::suggestion(key, question_ids(catalog))));
            continue;
        }
        auto& values = flags[key];
        if (values.empty()) {
            order.push_back(key);
        }
        values.push_back(raw.substr(eq + 1));
    }
    for (const auto& key : order) {
        const auto& values = flags[key];
        if (values.size() > 1) {
            std::vector<std::string> quoted;
            for (const auto& v : values) {
                quoted.push_back(quote(v));
            }
            problems.push_back(values.size() == 2
                                   ? util::say(msg::given_twice, key, util::listed(quoted))
                                   : util::say(msg::given_times, key, std::to_string(values.size()),
                                               util::listed(quoted)));
        }
    }
    return flags;
}

struct FileValues {
    std::map<std::string, ojson, std::less<>> values;
    std::map<std::string, std::string> labels;
    std::set<std::string, std::less<>> defaulted; ///< questions the file answers with defaults
};

/// The answers file: a JSON object; keys starting with '_' are metadata, null is no answer.
FileValues read_file(const Catalog& catalog, const AnswerInput& input,
                     std::vector<Said>& problems) {
    FileValues out;
    if (!input.file_text) {
        return out;
    }
    const std::string label = file_label(input);
    ojson doc;
    json_input::Options options;
    options.document = msg::doc_answers_file;
    options.max_depth = k_max_json_depth;
    const auto read = json_input::parse(*input.file_text, doc, options);
    for (const auto& p : read) {
        problems.push_back(p.line > 0
                               ? json_input::describe(p, file_name_label(input),
                                                      static_cast<int>(input.file_line.value_or(1)))
                               : json_input::describe(p, label));
    }
    if (!read.empty() && read.front().line > 0) {
        return out;
    }
    if (!doc.is_object()) {
        problems.push_back(util::say(msg::not_object, label, json_excerpt(doc)));
        return out;
    }
    for (const auto& [key, value] : doc.items()) {
        if (key == k_defaulted_key && value.is_array()) {
            for (const auto& id : value) {
                if (id.is_string()) {
                    out.defaulted.insert(id.get<std::string>());
                }
            }
        }
        if (!key.empty() && key.front() == '_') {
            continue;
        }
        const bool is_label = std::find(input.label_keys.begin(), input.label_keys.end(), key) !=
                              input.label_keys.end();
        if (is_label && catalog.find_question(key) == nullptr) {
            if (value.is_string() || value.is_number_integer() || value.is_number_unsigned()) {
                out.labels[key] = value.is_string() ? value.get<std::string>() : value.dump();
            } else {
                problems.push_back(util::say(msg::json_label, label, key, json_excerpt(value)));
            }
        } else if (catalog.find_question(key) == nullptr) {
            problems.push_back(util::say(msg::unknown_question, label, util::strip_controls(key),
                                         util::suggestion(key, question_ids(catalog))));
        } else if (!value.is_null()) {
            out.values[key] = value;
        }
    }
    return out;
}

/// Judges each question's answer, in catalogue order, from the first source that has one.
class Judge {
  public:
    Judge(const Catalog& catalog, const AnswerInput& input, std::vector<Said>& problems)
        : m_catalog(catalog), m_input(input), m_problems(problems), m_file(file_label(input)) {}

    Gathered out;
    /// Questions whose presence cannot be known yet: missing or invalid, or depending on one.
    std::set<std::string, std::less<>> undetermined;

    void text(const Question& q, const std::string& text, AnswerSource source, const Said& label) {
        auto parsed = parse_answer_on(q, text, "en", &m_input.today);
        if (auto* message = std::get_if<Said>(&parsed)) {
            m_problems.push_back(util::say(msg::answer_at, label, q.id, *message));
            undetermined.insert(q.id);
            return;
        }
        out.answers.items.push_back(Answer{q.id, std::get<AnswerValue>(std::move(parsed)), source});
    }

    /// A value the file marks as defaulted counts as a default while it still is the default.
    void file(const Question& q, const ojson& j, bool marked_default) {
        if (auto text_value = json_to_text(q, j)) {
            text(q, *text_value, AnswerSource::file, as_said(m_file));
            if (marked_default && !out.answers.items.empty() &&
                out.answers.items.back().question == q.id) {
                const auto d = default_text(m_catalog, q, out.answers, m_input.today);
                auto parsed = d ? parse_answer_on(q, *d, "en", &m_input.today)
                                : std::variant<AnswerValue, Said>(Said{});
                if (auto* value = std::get_if<AnswerValue>(&parsed);
                    value != nullptr && *value == out.answers.items.back().value) {
                    out.answers.items.back().source = AnswerSource::defaulted;
                }
            }
            return;
        }
        m_problems.push_back(
            util::say(msg::expected_json, m_file, q.id, expected_json(q), json_excerpt(j)));
        undetermined.insert(q.id);
    }

    void question(const Question& q, const Flags& flags, const FileValues& file) {
        const auto flag = flags.find(q.id);
        const bool has_flag = flag != flags.end();
        const bool flag_ok = has_flag && flag->second.size() == 1;
        if (m_input.start_date && q.id == k_start_question && q.type == QuestionType::date) {
            if (has_flag) {
                m_problems.push_back(util::say(msg::start_twice));
            } else {
                out.answers.items.push_back(Answer{q.id, *m_input.start_date, AnswerSource::flag});
            }
            return;
        }
        const auto from_file = file.values.find(q.id);
        const bool has_file = from_file != file.values.end();
        const bool marked = file.defaulted.count(q.id) != 0;
        if (q.when && undetermined.count(q.when->question) != 0) {
            // Kept provisionally: the questionnaire decides once the earlier answer is known.
            undetermined.insert(q.id);
            if (flag_ok) {
                text(q, flag->second.front(), AnswerSource::flag, as_said("-d"));
            } else if (!has_flag && has_file) {
                this->file(q, from_file->second, marked);
            }
            return;
        }
        if (q.when && !condition_holds(*q.when, out.answers)) {
            if (has_flag) {
                m_problems.push_back(not_asked_reason(q.id, *q.when, out.answers));
            }
            return;
        }
        if (flag_ok) {
            text(q, flag->second.front(), AnswerSource::flag, as_said("-d"));
        } else if (has_flag) {
            undetermined.insert(q.id);
        } else if (has_file) {
            this->file(q, from_file->second, marked);
        } else if (const auto d = m_input.use_defaults
                                      ? default_text(m_catalog, q, out.answers, m_input.today)
                                      : std::nullopt) {
            text(q, *d, AnswerSource::defaulted, util::say(msg::the_default));
        } else {
            out.missing.push_back(q.id);
            undetermined.insert(q.id);
        }
    }

  private:
    const Catalog& m_catalog;
    const AnswerInput& m_input;
    std::vector<Said>& m_problems;
    std::string m_file;
};

} // namespace

Gathered gather_answers(const Catalog& catalog, const AnswerInput& input) {
    std::vector<Said> problems;
    const Flags flags = read_flags(catalog, input, problems);
    const FileValues file_values = read_file(catalog, input, problems);
    Judge judge(catalog, input, problems);
    for (const auto& q : catalog.questions) {
        judge.question(q, flags, file_values);
    }
    if (!problems.empty()) {
        throw AnswerError(problems);
    }
    judge.out.labels = file_values.labels;
    return std::move(judge.out);
}

AnswerError missing_answers_error(const std::vector<std::string>& missing, bool defaults_given) {
    const bool one = missing.size() == 1;
    const Said names = util::listed(missing);
    if (defaults_given) {
        return AnswerError(std::vector<Said>{
            util::say(one ? msg::missing_one_no_default : msg::missing_many_no_default, names)});
    }
    return AnswerError(
        std::vector<Said>{util::say(one ? msg::missing_one : msg::missing_many, names)});
}

} // namespace llmpath
