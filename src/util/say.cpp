// Messages in both languages: the pieces every error message shares.
#include "util/say.hpp"

#include "util/suggest.hpp"
#include "util/text.hpp"

#include <cerrno>
#include <cstring>

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

Said os_reason(int err) {
    const std::string system = std::strerror(err);
    const msg::Words* words = err == ENOENT         ? &msg::os_enoent
                              : err == EACCES       ? &msg::os_eacces
                              : err == EISDIR       ? &msg::os_eisdir
                              : err == ENOTDIR      ? &msg::os_enotdir
                              : err == ENOSPC       ? &msg::os_enospc
                              : err == EROFS        ? &msg::os_erofs
                              : err == EEXIST       ? &msg::os_eexist
                              : err == ELOOP        ? &msg::os_eloop
                              : err == ENAMETOOLONG ? &msg::os_enametoolong
                                                    : nullptr;
    return {system, words != nullptr ? std::string(words->zh) : system};
}

Said listed(const std::vector<std::string>& items) {
    return {join(items, ", "), join(items, "、")};
}

} // namespace llmpath::util
