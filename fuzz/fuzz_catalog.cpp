// libFuzzer target: the catalogue loader must reject any input with a CatalogError that says
// what is wrong, never crash, and a catalogue it accepts must be self-consistent.
#include <llmpath/catalog.hpp>
#include <llmpath/error.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::optional<llmpath::Catalog> catalog;
    try {
        catalog = llmpath::load_catalog(std::string(reinterpret_cast<const char*>(data), size),
                                        "fuzz.json");
    } catch (const llmpath::CatalogError& e) {
        if (e.problems().empty()) {
            __builtin_trap(); // an error must say what is wrong
        }
        return 0;
    }
    // A catalogue that loads must be self-consistent: every prerequisite resolves.
    for (const auto& task : catalog->tasks) {
        for (const auto& pre : task.prerequisites) {
            if (catalog->find_task(pre) == nullptr) {
                __builtin_trap();
            }
        }
    }
    return 0;
}
