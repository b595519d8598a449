#include "json/pointer.hpp"

#include <vector>

namespace llmpath {

std::string pointer_segment(std::string_view key) {
    std::string out;
    out.reserve(key.size());
    for (char c : key) {
        if (c == '~') {
            out += "~0";
        } else if (c == '/') {
            out += "~1";
        } else {
            out += c;
        }
    }
    return out;
}

std::string JsonPath::str() const {
    std::vector<const JsonPath*> chain;
    for (const JsonPath* p = this; p->parent != nullptr; p = p->parent) {
        chain.push_back(p);
    }
    std::string out;
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        out += '/';
        out += (*it)->is_index ? std::to_string((*it)->index) : pointer_segment((*it)->key);
    }
    return out;
}

namespace {

// The frames just under the root: the section and the one below it.
std::pair<const JsonPath*, const JsonPath*> top_two(const JsonPath* path) {
    const JsonPath* top = nullptr;
    const JsonPath* second = nullptr;
    for (const JsonPath* p = path; p->parent != nullptr; p = p->parent) {
        second = top;
        top = p;
    }
    return {top, second};
}

} // namespace

std::string_view JsonPath::section() const {
    const auto [top, second] = top_two(this);
    return top == nullptr ? std::string_view() : top->key;
}

std::size_t JsonPath::section_index() const {
    const auto [top, second] = top_two(this);
    return second != nullptr && second->is_index ? second->index + 1 : 0;
}

} // namespace llmpath
