// Answers as values: lookups, the choices and skills they imply, text, and the JSON a file holds.
#include <llmpath/answers.hpp>

#include "util/text.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

#ifndef LLMPATH_VERSION
#define LLMPATH_VERSION "0.0.0"
#endif

namespace llmpath {

namespace {

using ojson = nlohmann::ordered_json;

const Choice* boolean_choice(const Question& q, bool value) {
    return q.find_choice(value ? "yes" : "no");
}

ojson value_to_json(const AnswerValue& value) {
    return std::visit(
        [](const auto& v) -> ojson {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, Date>) {
                return v.to_string();
            } else {
                return v;
            }
        },
        value);
}

} // namespace

const Answer* Answers::find(std::string_view question) const {
    auto it = std::find_if(items.begin(), items.end(),
                           [&](const Answer& a) { return a.question == question; });
    return it == items.end() ? nullptr : &*it;
}

bool Answers::has_value(std::string_view question, std::string_view value) const {
    const Answer* a = find(question);
    if (a == nullptr) {
        return false;
    }
    if (const auto* many = std::get_if<std::vector<std::string>>(&a->value)) {
        return std::find(many->begin(), many->end(), value) != many->end();
    }
    return answer_to_string(a->value) == value;
}

std::vector<const Choice*> selected_choices(const Question& q, const AnswerValue& value) {
    std::vector<const Choice*> out;
    if (const auto* s = std::get_if<std::string>(&value)) {
        if (q.type == QuestionType::single) {
            if (const Choice* c = q.find_choice(*s)) {
                out.push_back(c);
            }
        }
    } else if (const auto* many = std::get_if<std::vector<std::string>>(&value)) {
        for (const auto& v : *many) {
            if (const Choice* c = q.find_choice(v)) {
                out.push_back(c);
            }
        }
    } else if (const auto* b = std::get_if<bool>(&value)) {
        if (const Choice* c = boolean_choice(q, *b)) {
            out.push_back(c);
        }
    }
    return out;
}

std::set<std::string> skills_of(const Catalog& catalog, const Answers& answers) {
    std::set<std::string> out;
    for (const auto& a : answers.items) {
        if (const Question* q = catalog.find_question(a.question)) {
            for (const Choice* c : selected_choices(*q, a.value)) {
                out.insert(c->skills.begin(), c->skills.end());
            }
        }
    }
    return out;
}

std::string answer_to_string(const AnswerValue& value) {
    return std::visit(
        [](const auto& v) -> std::string {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::string>) {
                return v;
            } else if constexpr (std::is_same_v<T, std::vector<std::string>>) {
                return util::join(v, ",");
            } else if constexpr (std::is_same_v<T, std::int64_t>) {
                return std::to_string(v);
            } else if constexpr (std::is_same_v<T, bool>) {
                return v ? "yes" : "no";
            } else {
                return v.to_string();
            }
        },
        value);
}

std::string answer_label(const Question& q, const AnswerValue& value, std::string_view lang) {
    if (q.type == QuestionType::single || q.type == QuestionType::multi ||
        (q.type == QuestionType::boolean && !q.choices.empty())) {
        std::vector<std::string> labels;
        for (const Choice* c : selected_choices(q, value)) {
            labels.emplace_back(c->label.empty() ? std::string_view(c->value) : c->label.get(lang));
        }
        if (!labels.empty() || q.type == QuestionType::multi) {
            return labels.empty() ? std::string("-")
                                  : util::join(labels, lang == "zh" ? "、" : ", ");
        }
    }
    if (const auto* b = std::get_if<bool>(&value)) {
        if (lang == "zh") {
            return *b ? "是" : "否";
        }
    }
    return answer_to_string(value);
}

std::vector<std::pair<std::string, std::string>> answers_metadata(const Catalog& catalog) {
    return {{"_catalog", catalog.id},
            {"_catalog_version", catalog.version},
            {"_llmpath_version", LLMPATH_VERSION}};
}

std::string answers_to_json(const Catalog& catalog, const Answers& answers, int indent,
                            const std::vector<std::pair<std::string, std::string>>& metadata,
                            bool with_defaulted) {
    ojson doc = ojson::object();
    for (const auto& [key, value] : metadata) {
        doc[key.empty() || key.front() != '_' ? "_" + key : key] = value;
    }
    if (with_defaulted) {
        doc[std::string(k_defaulted_key)] = ojson::array();
        for (const auto& a : answers.items) {
            if (a.source == AnswerSource::defaulted) {
                doc[std::string(k_defaulted_key)].push_back(a.question);
            }
        }
    }
    for (const auto& q : catalog.questions) {
        if (const Answer* a = answers.find(q.id)) {
            doc[q.id] = value_to_json(a->value);
        }
    }
    return doc.dump(indent < 0 ? -1 : indent, ' ', false, ojson::error_handler_t::replace) + "\n";
}

} // namespace llmpath
