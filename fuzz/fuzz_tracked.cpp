// libFuzzer target: any bytes as a tracked-plan file are read as a plan or refused with a
// StateError; a plan read is clean text throughout (no control, bidirectional or zero-width
// character reaches a view) and reads back exactly as it is written.
#include <llmpath/tracking.hpp>

#include "util/text.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace {

void check_clean(const std::string& s) {
    if (!llmpath::util::is_clean_text(s)) {
        __builtin_trap();
    }
}

void check_clean(const llmpath::Texts& texts) {
    for (const auto& [lang, text] : texts) {
        check_clean(text);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    llmpath::TrackedPlan plan;
    try {
        plan = llmpath::tracked_from_json(text, "fuzz.json");
    } catch (const llmpath::StateError&) {
        return 0;
    }
    for (const auto& t : plan.tasks) {
        check_clean(t.id);
        check_clean(t.title);
        for (const auto& [title, url] : t.links) {
            check_clean(title);
            check_clean(url);
        }
        for (const auto& p : t.prerequisites) {
            check_clean(p);
        }
    }
    for (const auto& w : plan.weeks) {
        for (const auto& item : w.items) {
            check_clean(item.task);
        }
    }
    const std::string written = llmpath::tracked_to_json(plan);
    const std::string again = llmpath::tracked_to_json(llmpath::tracked_from_json(written, "w"));
    if (again != written) {
        __builtin_trap();
    }
    return 0;
}
