// The catalogue's questions for people (`llmpath questions`), for programs (--format json), and
// as a template to fill in (--template).
#include <llmpath/questionnaire.hpp>

#include "render/common.hpp"
#include "render/text_writer.hpp"
#include "util/text.hpp"

#include <nlohmann/json.hpp>

namespace llmpath {

namespace {

using ojson = nlohmann::ordered_json;
using render::format;
using render::labels;
using render::Labels;

std::string raw_default(const Question& q) {
    if (q.type == QuestionType::date && q.default_value.today) {
        return "today";
    }
    return default_text(q, Date{}).value_or("");
}

ojson default_json(const Question& q) {
    const DefaultValue& d = q.default_value;
    switch (q.type) {
    case QuestionType::single:
    case QuestionType::text:
        return d.choice ? ojson(*d.choice) : ojson();
    case QuestionType::multi:
        return d.choices ? ojson(*d.choices) : ojson();
    case QuestionType::integer:
        return d.integer ? ojson(*d.integer) : ojson();
    case QuestionType::boolean:
        return d.boolean ? ojson(*d.boolean) : ojson();
    case QuestionType::date:
        if (d.today) {
            return "today";
        }
        return d.date ? ojson(*d.date) : ojson();
    }
    return ojson();
}

ojson optional_json(const std::optional<std::int64_t>& v) {
    return v ? ojson(*v) : ojson();
}
ojson optional_json(const std::optional<int>& v) {
    return v ? ojson(*v) : ojson();
}

const char* type_name(QuestionType t, const Labels& l) {
    switch (t) {
    case QuestionType::single:
        return l.type_single;
    case QuestionType::multi:
        return l.type_multi;
    case QuestionType::integer:
        return l.type_integer;
    case QuestionType::boolean:
        return l.type_boolean;
    case QuestionType::date:
        return l.type_date;
    case QuestionType::text:
        return l.type_text;
    }
    return "";
}

/// What a question accepts: its choices, range, selection, format or length.
void write_values(TextWriter& w, const Question& q, std::string_view lang) {
    const Labels& l = labels(lang);
    if (!q.choices.empty()) {
        w.line(std::string("  ") + l.choices + (render::is_zh(lang) ? "：" : ":"));
        int width = 0;
        for (const auto& c : q.choices) {
            width = std::max(width, util::display_width(c.value));
        }
        for (const auto& c : q.choices) {
            w.para("    " + util::pad_right(render::clean(c.value), width) + "  ",
                   render::text(c.label, lang));
        }
    } else if (q.type == QuestionType::boolean) {
        w.line(std::string("  ") + l.values_yes_no);
    }
    if (q.type == QuestionType::integer && (q.min || q.max)) {
        w.line("  " + format(l.range, q.min ? std::to_string(*q.min) : std::string(l.any),
                             q.max ? std::to_string(*q.max) : std::string(l.any)));
    }
    if (q.type == QuestionType::multi) {
        w.line("  " + format(l.select, q.min_selected.value_or(0),
                             q.max_selected.value_or(static_cast<int>(q.choices.size()))));
    }
    if (q.type == QuestionType::date) {
        w.line(std::string("  ") + l.date_format);
    }
    if (q.max_length) {
        w.line("  " + format(l.max_length, *q.max_length));
    }
    if (q.pattern) {
        w.para("  ", format(l.pattern, render::clean(*q.pattern)));
    }
}

} // namespace

std::string render_questions_text(const Catalog& catalog, std::string_view lang, int width) {
    const Labels& l = labels(lang);
    TextWriter w(TextOptions{false, width});
    w.para("",
           format(l.questions_title, render::clean(catalog.id), render::clean(catalog.version)));
    w.para("", format(l.questions_how));
    for (const auto& q : catalog.questions) {
        w.blank();
        w.line(q.id + render::paren(lang, type_name(q.type, l)));
        w.para("  ", render::text(q.prompt, lang));
        for (const auto& line : util::split(util::strip_controls(q.help.get(lang), true), '\n')) {
            if (!line.empty()) {
                w.para("  ", line);
            }
        }
        write_values(w, q, lang);
        const std::string d = raw_default(q);
        w.para("  ", format(l.default_value, d.empty() && !default_text(q, Date{})
                                                 ? std::string(l.no_default)
                                                 : render::clean(d)));
        if (q.when) {
            w.para("  ", format(l.asked_when, render::condition_text(catalog, *q.when, lang)));
        }
    }
    return w.take();
}

std::string render_questions_json(const Catalog& catalog, std::string_view lang) {
    ojson doc;
    doc["schema_version"] = 1;
    doc["catalog"] = {{"id", catalog.id}, {"version", catalog.version}};
    doc["lang"] = std::string(lang);
    doc["questions"] = ojson::array();
    for (const auto& q : catalog.questions) {
        ojson item;
        item["id"] = q.id;
        item["type"] = to_string(q.type);
        item["prompt"] = q.prompt.get(lang);
        item["help"] = q.help.get(lang);
        item["short_label"] = q.short_label.empty() ? q.id : q.short_label.get(lang);
        item["choices"] = ojson::array();
        for (const auto& c : q.choices) {
            item["choices"].push_back({{"value", c.value}, {"label", c.label.get(lang)}});
        }
        item["default"] = default_json(q);
        if (q.when) {
            item["when"] = {{"question", q.when->question},
                            {"in", q.when->in},
                            {"min", optional_json(q.when->min)},
                            {"max", optional_json(q.when->max)}};
        } else {
            item["when"] = nullptr;
        }
        item["min"] = optional_json(q.min);
        item["max"] = optional_json(q.max);
        item["min_selected"] = optional_json(q.min_selected);
        item["max_selected"] = optional_json(q.max_selected);
        item["pattern"] = q.pattern ? ojson(*q.pattern) : ojson();
        item["max_length"] = optional_json(q.max_length);
        doc["questions"].push_back(std::move(item));
    }
    return render::json_document(doc);
}

std::string render_answers_template(const Catalog& catalog, const Date& today) {
    ojson doc;
    doc["_comment"] = "answers for llmpath --data-file: edit the values; null means unanswered "
                      "(you are asked, or pass -d ID=VALUE); a value still equal to the default "
                      "of a question listed in _defaulted is not an answer of yours and scores "
                      "nothing; other keys starting with _ are ignored";
    for (const auto& [key, value] : answers_metadata(catalog)) {
        doc[key] = value;
    }
    Answers defaults;
    for (const auto& q : catalog.questions) {
        if (auto value = default_answer(q, today)) {
            defaults.items.push_back(Answer{q.id, *value, AnswerSource::defaulted});
        }
    }
    const ojson answers = ojson::parse(answers_to_json(catalog, defaults, -1, {}, true));
    doc["_defaulted"] = answers["_defaulted"];
    for (const auto& q : catalog.questions) {
        doc[q.id] = answers.contains(q.id) ? answers[q.id] : ojson();
    }
    return render::json_document(doc);
}

} // namespace llmpath
