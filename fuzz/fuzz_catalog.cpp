// libFuzzer target: the catalogue loader must reject any input with a CatalogError, never crash,
// and streaming the tasks must give what building the whole document gives.
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

bool same(const llmpath::CatalogProblem& a, const llmpath::CatalogProblem& b) {
    return a.pointer == b.pointer && a.line == b.line && a.column == b.column &&
           a.message == b.message;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const Outcome streamed = load(&llmpath::load_catalog, text);
    const Outcome whole = load(&llmpath::detail::load_catalog_whole, text);
    if (streamed.catalog.has_value() != whole.catalog.has_value() ||
        (streamed.catalog && !(*streamed.catalog == *whole.catalog)) ||
        streamed.problems.size() != whole.problems.size()) {
        __builtin_trap();
    }
    for (std::size_t i = 0; i < streamed.problems.size(); ++i) {
        if (!same(streamed.problems[i], whole.problems[i])) {
            __builtin_trap();
        }
    }
    if (streamed.catalog) {
        // A catalogue that loads must be self-consistent: every prerequisite resolves.
        for (const auto& task : streamed.catalog->tasks) {
            for (const auto& pre : task.prerequisites) {
                if (streamed.catalog->find_task(pre) == nullptr) {
                    __builtin_trap();
                }
            }
        }
    }
    return 0;
}
