#include <llmpath/catalog.hpp>

#include <algorithm>

namespace llmpath {

namespace {

template <typename T> const T* find_by_id(const std::vector<T>& items, std::string_view id) {
    auto it = std::find_if(items.begin(), items.end(), [&](const T& x) { return x.id == id; });
    return it == items.end() ? nullptr : &*it;
}

} // namespace

std::string_view Text::get(std::string_view lang) const {
    if (by_lang.empty()) {
        return any;
    }
    const LangText* en = nullptr;
    for (const LangText& t : by_lang) {
        if (t.lang == lang) {
            return t.text;
        }
        if (t.lang == "en") {
            en = &t;
        }
    }
    return en != nullptr ? en->text : by_lang.front().text;
}

LangText* LangTexts::insert(const LangText* at, const LangText& t) {
    const auto i = static_cast<std::size_t>(at - data());
    if (m_heap.empty() && m_size < m_inline.size()) {
        std::copy_backward(m_inline.begin() + static_cast<std::ptrdiff_t>(i),
                           m_inline.begin() + static_cast<std::ptrdiff_t>(m_size),
                           m_inline.begin() + static_cast<std::ptrdiff_t>(m_size + 1));
        m_inline[i] = t;
    } else {
        if (m_heap.empty()) {
            m_heap.assign(m_inline.begin(), m_inline.end());
        }
        m_heap.insert(m_heap.begin() + static_cast<std::ptrdiff_t>(i), t);
    }
    ++m_size;
    return data() + i;
}

bool operator==(const LangTexts& a, const LangTexts& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end());
}

void Text::set(std::string_view lang, std::string_view text) {
    auto it = std::lower_bound(by_lang.begin(), by_lang.end(), lang,
                               [](const LangText& t, std::string_view l) { return t.lang < l; });
    if (it != by_lang.end() && it->lang == lang) {
        it->text = text;
    } else {
        by_lang.insert(it, {lang, text});
    }
}

const Choice* Question::find_choice(std::string_view value) const {
    auto it = std::find_if(choices.begin(), choices.end(),
                           [&](const Choice& c) { return c.value == value; });
    return it == choices.end() ? nullptr : &*it;
}

std::vector<std::string> Question::choice_values() const {
    std::vector<std::string> values;
    values.reserve(choices.size());
    for (const auto& c : choices) {
        if (!c.value.empty()) {
            values.push_back(c.value);
        }
    }
    return values;
}

const GpuClass* GpuPrices::find(std::string_view key) const {
    return find_by_id(classes, key);
}

bool Task::is_common() const {
    return std::find(directions.begin(), directions.end(), k_common_direction) != directions.end();
}

bool Task::belongs_to(std::string_view direction) const {
    return is_common() ||
           std::find(directions.begin(), directions.end(), direction) != directions.end();
}

const Direction* Catalog::find_direction(std::string_view key) const {
    return find_by_id(directions, key);
}
const Phase* Catalog::find_phase(std::string_view key) const {
    return find_by_id(phases, key);
}
const Pitfall* Catalog::find_pitfall(std::string_view key) const {
    return find_by_id(pitfalls, key);
}
const Question* Catalog::find_question(std::string_view key) const {
    return find_by_id(questions, key);
}

std::ptrdiff_t Catalog::task_index(std::string_view key) const {
    if (task_by_id.size() == tasks.size()) {
        auto it = task_by_id.find(key);
        return it == task_by_id.end() ? -1 : static_cast<std::ptrdiff_t>(it->second);
    }
    for (std::size_t i = 0; i < tasks.size(); ++i) {
        if (tasks[i].id == key) {
            return static_cast<std::ptrdiff_t>(i);
        }
    }
    return -1;
}

std::vector<std::string> Catalog::subject_ids() const {
    std::vector<std::string> ids;
    for (const auto& d : directions) {
        ids.push_back(d.id);
    }
    for (const auto& p : phases) {
        ids.push_back(p.id);
    }
    for (const auto& p : pitfalls) {
        ids.push_back(p.id);
    }
    for (const auto& t : tasks) {
        ids.push_back(t.id);
    }
    return ids;
}

const Task* Catalog::find_task(std::string_view key) const {
    const auto i = task_index(key);
    return i < 0 ? nullptr : &tasks[static_cast<std::size_t>(i)];
}

bool Catalog::has_language(std::string_view lang) const {
    return std::find(languages.begin(), languages.end(), lang) != languages.end();
}

void Catalog::build_index() {
    task_by_id.clear();
    task_by_id.reserve(tasks.size());
    for (std::size_t i = 0; i < tasks.size(); ++i) {
        task_by_id.emplace(tasks[i].id, i);
    }
}

const char* to_string(QuestionType t) {
    switch (t) {
    case QuestionType::single:
        return "single";
    case QuestionType::multi:
        return "multi";
    case QuestionType::integer:
        return "integer";
    case QuestionType::boolean:
        return "boolean";
    case QuestionType::date:
        return "date";
    case QuestionType::text:
        return "text";
    }
    return "single";
}

const char* to_string(ResourceType t) {
    switch (t) {
    case ResourceType::official:
        return "official";
    case ResourceType::opensource:
        return "opensource";
    case ResourceType::article:
        return "article";
    case ResourceType::course:
        return "course";
    case ResourceType::video:
        return "video";
    case ResourceType::book:
        return "book";
    case ResourceType::paper:
        return "paper";
    }
    return "official";
}

} // namespace llmpath
