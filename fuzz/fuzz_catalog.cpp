// libFuzzer target: the catalogue loader must reject any input with a CatalogError that says
// what is wrong, never crash, and a catalogue it accepts must be self-consistent.
#include <llmpath/catalog.hpp>
#include <llmpath/error.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace {

struct Outcome {
    std::optional<llmpath::Catalog> catalog;
    std::vector<llmpath::CatalogProblem> problems;
};

Outcome load(llmpath::Catalog (*loader)(std::string_view, const std::string&),
             std::string_view text) {
    Outcome out;
    try {
        out.catalog = loader(text, "fuzz.json");
    } catch (const llmpath::CatalogError& e) {
        if (e.problems().empty()) {
            __builtin_trap(); // an error must say what is wrong
        }
        out.problems = e.problems();
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const Outcome loaded = load(&llmpath::load_catalog, text);
    if (loaded.catalog) {
        // A catalogue that loads must be self-consistent: every prerequisite resolves.
        for (const auto& task : loaded.catalog->tasks) {
            for (const auto& pre : task.prerequisites) {
                if (loaded.catalog->find_task(pre) == nullptr) {
                    __builtin_trap();
                }
            }
        }
    }
    return 0;
}
