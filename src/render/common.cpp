#include "render/common.hpp"

#include "util/text.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdint>

namespace llmpath::render {

namespace {

constexpr const char* k_weekdays_en[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
constexpr const char* k_weekdays_zh[] = {"周一", "周二", "周三", "周四", "周五", "周六", "周日"};
constexpr const char* k_months_en[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

std::string zh_date(const Date& d, bool with_year) {
    return (with_year ? fmt::format("{} 年 ", d.year) : std::string()) +
           fmt::format("{} 月 {} 日（{}）", d.month, d.day, k_weekdays_zh[d.iso_weekday() - 1]);
}

std::string en_date(const Date& d, bool with_year) {
    std::string out = fmt::format("{} {} {}", k_weekdays_en[d.iso_weekday() - 1], d.day,
                                  k_months_en[d.month - 1]);
    if (with_year) {
        out += fmt::format(" {}", d.year);
    }
    return out;
}

} // namespace

namespace {

/// Chinese, Japanese or Korean letters (not their punctuation): the side of a gap that wants a
/// space next to Latin letters and digits.
bool is_cjk_letter(std::uint32_t cp) {
    return (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
           (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF) ||
           (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x3FFFF);
}

/// Full-width punctuation: no space goes beside it.
bool is_cjk_punctuation(std::uint32_t cp) {
    return (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF01 && cp <= 0xFF0F) ||
           (cp >= 0xFF1A && cp <= 0xFF20) || (cp >= 0xFF3B && cp <= 0xFF40) ||
           (cp >= 0xFF5B && cp <= 0xFF65);
}

bool is_latin(std::uint32_t cp) {
    return (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') ||
           cp == '$';
}

/// The code point starting at s[i] (valid UTF-8), and its length.
std::uint32_t code_point_at(std::string_view s, std::size_t i, std::size_t& length) {
    const auto b = static_cast<unsigned char>(s[i]);
    length = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    if (i + length > s.size()) {
        length = 1;
        return b;
    }
    std::uint32_t cp = length == 1 ? b : b & (0x7F >> length);
    for (std::size_t k = 1; k < length; ++k) {
        cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    }
    return cp;
}

} // namespace

std::string spaced(std::string s) {
    if (std::none_of(s.begin(), s.end(),
                     [](char c) { return static_cast<unsigned char>(c) >= 0xE3; })) {
        return s;
    }
    std::string out;
    out.reserve(s.size() + 8);
    int previous = 0; // 1: a CJK letter, 2: Latin, 3: full-width punctuation, 0: anything else
    for (std::size_t i = 0; i < s.size();) {
        std::size_t length = 1;
        const std::uint32_t cp = code_point_at(s, i, length);
        const int kind = is_cjk_letter(cp) ? 1 : is_latin(cp) ? 2 : is_cjk_punctuation(cp) ? 3 : 0;
        if (kind == 3) {
            while (!out.empty() && out.back() == ' ') {
                out.pop_back(); // no space before full-width punctuation
            }
        } else if (cp == ' ' && previous == 3) {
            i += length; // nor after it
            continue;
        } else if ((kind == 1 && previous == 2) || (kind == 2 && previous == 1)) {
            out += ' ';
        }
        out.append(s, i, length);
        previous = kind;
        i += length;
    }
    return out;
}

bool is_zh(std::string_view lang) {
    return lang == "zh";
}

std::string clean(std::string_view s) {
    return util::clean_text(s);
}

std::string text(const Text& t, std::string_view lang) {
    return clean(t.get(lang));
}

std::string long_date(const Date& d, std::string_view lang) {
    return is_zh(lang) ? zh_date(d, true) : en_date(d, true);
}

std::string date_range(const Date& a, const Date& b, std::string_view lang) {
    const bool same_year = a.year == b.year;
    if (is_zh(lang)) {
        return zh_date(a, true) + labels(lang).range_sep + zh_date(b, !same_year);
    }
    return en_date(a, !same_year) + labels(lang).range_sep + en_date(b, true);
}

std::string direction_name(const Catalog& catalog, const std::string& id, std::string_view lang) {
    const Direction* d = catalog.find_direction(id);
    return d == nullptr || d->name.empty() ? clean(id) : text(d->name, lang);
}

std::string task_title(const Catalog& catalog, const std::string& id, std::string_view lang) {
    const Task* t = catalog.find_task(id);
    return t == nullptr || t->title.empty() ? clean(id) : text(t->title, lang);
}

std::string task_ref(const Catalog& catalog, const std::string& id, std::string_view lang) {
    return fmt::format(fmt::runtime(labels(lang).task_ref), task_title(catalog, id, lang));
}

std::string cause_text(const Catalog& catalog, const PitfallCause& cause, std::string_view lang) {
    const Question* q = catalog.find_question(cause.question);
    if (q == nullptr) {
        return clean(cause.question + "=" + cause.value);
    }
    const std::string label =
        q->short_label.empty() ? clean(cause.question) : text(q->short_label, lang);
    std::vector<std::string> shown;
    for (const auto& value : util::split(cause.value, ',')) {
        const Choice* c = q->find_choice(value);
        if (c != nullptr) {
            shown.push_back(text(c->label, lang));
        } else if (q->type == QuestionType::boolean && (value == "yes" || value == "no")) {
            shown.push_back(value == "yes" ? labels(lang).yes : labels(lang).no);
        } else {
            shown.push_back(clean(value));
        }
    }
    // One colon at most: "原因：背景为「无技术背景」", not "原因：背景：无技术背景".
    return lang == "zh" ? util::zh_is(label, list(shown, lang))
                        : label + labels(lang).colon + list(shown, lang);
}

std::string list(const std::vector<std::string>& items, std::string_view lang) {
    return util::join(items, labels(lang).list_sep);
}

std::string answer_text(const Catalog& catalog, const Answer& answer, std::string_view lang) {
    const Question* q = catalog.find_question(answer.question);
    auto choice_label = [&](const std::string& value) {
        const Choice* c = q == nullptr ? nullptr : q->find_choice(value);
        return c == nullptr ? clean(value) : text(c->label, lang);
    };
    if (const auto* s = std::get_if<std::string>(&answer.value)) {
        return q != nullptr && q->type == QuestionType::text ? clean(*s) : choice_label(*s);
    }
    if (const auto* v = std::get_if<std::vector<std::string>>(&answer.value)) {
        std::string out;
        for (const auto& value : *v) {
            out += (out.empty() ? "" : labels(lang).list_sep) + choice_label(value);
        }
        return out;
    }
    if (const auto* i = std::get_if<std::int64_t>(&answer.value)) {
        return std::to_string(*i);
    }
    if (const auto* b = std::get_if<bool>(&answer.value)) {
        const std::string value = *b ? "yes" : "no";
        if (q != nullptr && q->find_choice(value) != nullptr) {
            return choice_label(value);
        }
        return *b ? labels(lang).yes : labels(lang).no;
    }
    return std::get<Date>(answer.value).to_string();
}

std::vector<const DirectionScore*> explained_directions(const Recommendation& rec) {
    std::vector<const DirectionScore*> out;
    for (std::size_t i = 0; i < rec.ranking.size(); ++i) {
        const auto& s = rec.ranking[i];
        if (s.direction == rec.direction || (rec.close_call && i < 2)) {
            out.push_back(&s);
        }
    }
    return out;
}

std::vector<const Reason*> reasons_for(const DirectionScore& score, bool positive) {
    std::vector<const Reason*> out;
    const std::size_t most = positive ? 4 : 2;
    for (const auto& r : score.reasons) {
        if ((positive ? r.points > 0 : r.points < 0) && out.size() < most) {
            out.push_back(&r);
        }
    }
    return out;
}

std::string short_way(const Report& report, std::string_view task_id) {
    if (report.plan == nullptr) {
        return {};
    }
    const auto& shortened = report.plan->shortened;
    const Task* task = report.catalog.find_task(task_id);
    const bool taken = std::any_of(shortened.begin(), shortened.end(),
                                   [&](const ShortcutAdvice& s) { return s.task == task_id; });
    return taken && task != nullptr && task->shorten ? text(task->shorten->how, report.lang)
                                                     : std::string();
}

std::vector<std::string> interview_questions(const Report& report) {
    std::vector<std::string> out;
    if (const Direction* d = report.catalog.find_direction(report.recommendation.direction)) {
        static const std::vector<QuestionStatus> k_none;
        const auto& status = report.plan == nullptr ? k_none : report.plan->interview_questions;
        for (std::size_t i = 0; i < d->interview_questions.size(); ++i) {
            const bool left_out = std::any_of(status.begin(), status.end(), [&](const auto& s) {
                return s.index == i && !s.missing.empty();
            });
            if (!left_out) {
                out.push_back(text(d->interview_questions[i], report.lang));
            }
        }
    }
    return out;
}

std::string skill_names(const Catalog& catalog, const Task& task, std::string_view lang) {
    std::string out;
    for (const auto& id : task.skip_if_skills) {
        auto it = std::find_if(catalog.skills.begin(), catalog.skills.end(),
                               [&](const Skill& s) { return s.id == id; });
        const std::string name =
            it == catalog.skills.end() || it->name.empty() ? clean(id) : text(it->name, lang);
        out += (out.empty() ? "" : labels(lang).list_sep) + name;
    }
    return out;
}

std::string with_id(std::string_view lang, const std::string& title, const std::string& id,
                    const std::string& detail) {
    return title +
           paren(lang, clean(id) + (detail.empty() ? "" : labels(lang).detail_sep + detail));
}

const char* left_out_why(std::string_view reason, std::string_view lang) {
    const Labels& l = labels(lang);
    return reason == "skipped" ? l.why_skipped : reason == "undone" ? l.why_undone : l.why_no_time;
}

std::string condition_text(const Catalog& catalog, const Condition& c, std::string_view lang) {
    const Labels& l = labels(lang);
    const Question* q = catalog.find_question(c.question);
    const std::string name =
        q == nullptr || q->short_label.empty() ? clean(c.question) : text(q->short_label, lang);
    std::vector<std::string> parts;
    if (!c.in.empty()) {
        std::vector<std::string> values;
        for (const auto& v : c.in) {
            const Choice* choice = q == nullptr ? nullptr : q->find_choice(v);
            const std::string label = choice == nullptr ? clean(v) : text(choice->label, lang);
            values.push_back(is_zh(lang) ? "“" + label + "”" : label);
        }
        parts.push_back(format(l.condition_in, name, util::join(values, l.condition_or)));
    }
    if (c.min) {
        parts.push_back(format(l.at_least, name, *c.min));
    }
    if (c.max) {
        parts.push_back(format(l.at_most, name, *c.max));
    }
    return util::join(parts, labels(lang).detail_sep);
}

std::string paren(std::string_view lang, const std::string& inner) {
    return is_zh(lang) ? "（" + inner + "）" : " (" + inner + ")";
}

int hours_in_phase(const Week& week, std::string_view phase) {
    int hours = 0;
    for (const auto& item : week.items) {
        hours += item.phase == phase ? item.hours : 0;
    }
    return hours;
}

std::string signed_points(std::int64_t points) {
    return points > 0 ? fmt::format("+{}", points) : fmt::format("{}", points);
}

std::string week_list(const std::vector<int>& weeks, std::string_view lang) {
    std::string out;
    for (std::size_t i = 0; i < weeks.size();) {
        std::size_t j = i;
        while (j + 1 < weeks.size() && weeks[j + 1] == weeks[j] + 1) {
            ++j;
        }
        if (!out.empty()) {
            out += labels(lang).list_sep;
        }
        out += std::to_string(weeks[i]);
        if (j > i) {
            out += '-';
            out += std::to_string(weeks[j]);
        }
        i = j + 1;
    }
    return out;
}

std::string json_document(const nlohmann::ordered_json& doc) {
    return doc.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

} // namespace llmpath::render
