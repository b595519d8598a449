#include <llmpath/catalog.hpp>

#include <algorithm>

namespace llmpath {

namespace {

template <typename T> const T* find_by_id(const std::vector<T>& items, std::string_view id) {
    auto it = std::find_if(items.begin(), items.end(), [&](const T& x) { return x.id == id; });
    return it == items.end() ? nullptr : &*it;
}

} // namespace

const std::string& Text::get(std::string_view lang) const {
    if (!by_lang.empty()) {
        if (auto it = by_lang.find(std::string(lang)); it != by_lang.end()) {
            return it->second;
        }
        if (auto it = by_lang.find("en"); it != by_lang.end()) {
            return it->second;
        }
        return by_lang.begin()->second;
    }
    return any;
}

const Choice* Question::find_choice(std::string_view value) const {
    auto it = std::find_if(choices.begin(), choices.end(),
                           [&](const Choice& c) { return c.value == value; });
    return it == choices.end() ? nullptr : &*it;
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
const Phase* Catalog::find_phase(std::string_view key) const { return find_by_id(phases, key); }
const Pitfall* Catalog::find_pitfall(std::string_view key) const { return find_by_id(pitfalls, key); }
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

const Task* Catalog::find_task(std::string_view key) const {
    const auto i = task_index(key);
    return i < 0 ? nullptr : &tasks[static_cast<std::size_t>(i)];
}

bool Catalog::has_language(std::string_view lang) const {
    return std::find(languages.begin(), languages.end(), lang) != languages.end();
}

void Catalog::build_index() {
    task_by_id.clear();
    for (std::size_t i = 0; i < tasks.size(); ++i) {
        task_by_id.emplace(tasks[i].id, i);
    }
}

const char* to_string(QuestionType t) {
    switch (t) {
    case QuestionType::single: return "single";
    case QuestionType::multi: return "multi";
    case QuestionType::integer: return "integer";
    case QuestionType::boolean: return "boolean";
    case QuestionType::date: return "date";
    case QuestionType::text: return "text";
    }
    return "single";
}

const char* to_string(ResourceType t) {
    switch (t) {
    case ResourceType::official: return "official";
    case ResourceType::opensource: return "opensource";
    case ResourceType::article: return "article";
    case ResourceType::course: return "course";
    case ResourceType::video: return "video";
    case ResourceType::book: return "book";
    }
    return "official";
}

} // namespace llmpath
