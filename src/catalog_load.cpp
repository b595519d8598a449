// Reading a catalogue's JSON text: the size limit, the parse (tasks streamed), the problems.
#include "catalog_loader.hpp"
#include "json_input.hpp"

#include <algorithm>
#include <memory>

namespace llmpath {

namespace {

std::string mebibytes(std::size_t bytes) {
    // One decimal, rounded up, so anything over the limit never prints as the limit itself.
    const auto tenths = (bytes * 10 + 1024 * 1024 - 1) / (1024 * 1024);
    return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + " MiB";
}

// Streaming builds each task's document on its own and frees it once checked: tasks are most
// of a large catalogue, so it holds one task's document at a time instead of 100,000.
Catalog load(std::string_view json_text, const std::string& source, bool stream_tasks) {
    if (json_text.size() > k_max_catalog_bytes) {
        throw CatalogError(source, {CatalogProblem{"", 0, 0,
                                                   "catalog is " + mebibytes(json_text.size()) +
                                                       "; the limit is " +
                                                       std::to_string(k_max_catalog_bytes >> 20) +
                                                       " MiB"}});
    }
    auto loader = std::make_unique<Loader>();
    std::optional<std::vector<Task>> streamed;
    json_input::ArrayStream<nlohmann::json> stream{
        "tasks",
        [&](const nlohmann::json& root) {
            if (!stream_tasks || !loader->begin_task_stream(root)) {
                return false;
            }
            streamed.emplace();
            return true;
        },
        [&](nlohmann::json&& task, std::size_t index) {
            streamed->push_back(loader->stream_task(task, index));
        }};
    nlohmann::json root;
    json_input::Options options;
    options.document = "a catalog";
    options.max_depth = k_max_json_depth;
    const auto read = json_input::parse(json_text, root, options, &stream);
    for (const auto& p : read) {
        if (p.line > 0) {
            throw CatalogError(source, {CatalogProblem{"", p.line, p.column, p.message}});
        }
        loader->problem_at(p.pointer, p.message);
    }
    loader->load(root, std::move(streamed));
    if (!loader->problems.empty()) {
        std::stable_sort(loader->problems.begin(), loader->problems.end(),
                         [](const auto& a, const auto& b) { return a.order < b.order; });
        std::vector<CatalogProblem> out;
        out.reserve(loader->problems.size());
        for (auto& p : loader->problems) {
            out.push_back(std::move(p.problem));
        }
        throw CatalogError(source, std::move(out));
    }
    loader->catalog.build_index();
    return std::move(loader->catalog);
}

} // namespace

Catalog load_catalog(std::string_view json_text, const std::string& source) {
    return load(json_text, source, true);
}

namespace detail {

Catalog load_catalog_whole(std::string_view json_text, const std::string& source) {
    return load(json_text, source, false);
}

} // namespace detail

} // namespace llmpath
