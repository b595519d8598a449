// Messages in both languages: the pieces every error message shares.
#include "util/say.hpp"

#include "util/suggest.hpp"
#include "util/text.hpp"

namespace llmpath::util {

Said quoted(std::string_view s) {
    const std::string en = quote(s); // 'text', cut and cleaned
    const std::string inner = en.substr(1, en.size() - 2);
    return {en, "「" + inner + "」"};
}

Said suggestion(std::string_view word, const std::vector<std::string>& candidates) {
    if (auto c = closest(word, candidates)) {
        return say(msg::did_you_mean, *c);
    }
    return {};
}

Said listed(const std::vector<std::string>& items) {
    return {join(items, ", "), join(items, "、")};
}

} // namespace llmpath::util
