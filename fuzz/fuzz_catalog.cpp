// libFuzzer target: the catalogue loader must reject any input with a CatalogError, never crash.
#include <llmpath/catalog.hpp>
#include <llmpath/error.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        const llmpath::Catalog catalog = llmpath::load_catalog(text, "fuzz.json");
        // A catalogue that loads must be self-consistent: every prerequisite resolves.
        for (const auto& task : catalog.tasks) {
            for (const auto& pre : task.prerequisites) {
                if (catalog.find_task(pre) == nullptr) {
                    __builtin_trap();
                }
            }
        }
    } catch (const llmpath::CatalogError& e) {
        if (e.problems().empty()) {
            __builtin_trap(); // an error must say what is wrong
        }
    }
    return 0;
}
