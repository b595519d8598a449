// Reading a catalogue's JSON text: the size limit, the parse (tasks streamed), the problems.
#include "catalog/loader.hpp"
#include "json/input.hpp"

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>

namespace llmpath {

namespace {

std::string mebibytes(std::size_t bytes) {
    // One decimal, rounded up, so anything over the limit never prints as the limit itself.
    const auto tenths = (bytes * 10 + 1024 * 1024 - 1) / (1024 * 1024);
    return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + " MiB";
}

json_input::Options read_options() {
    json_input::Options options;
    options.document = "a catalog";
    options.max_depth = k_max_json_depth;
    return options;
}

/// A text read: the document (its tasks streamed, or in it), the problems reading it found, and
/// the loader that checked the streamed tasks.
struct Read {
    std::unique_ptr<Loader> loader = std::make_unique<Loader>();
    nlohmann::json root;
    std::optional<std::vector<Task>> streamed;
    std::vector<json_input::Problem> problems;
};

/// Reads `json_text` into `r`, handing the root "tasks" array's elements to r.loader one by one
/// (from `first_index` on) when `begin` agrees to stream them.
void read_into(Read& r, std::string_view json_text, std::size_t first_index,
               const std::function<bool(const nlohmann::json&)>& begin) {
    json_input::ArrayStream<nlohmann::json> stream{
        "tasks",
        [&](const nlohmann::json& root) {
            if (!begin(root)) {
                return false;
            }
            if (!r.streamed) {
                r.streamed.emplace();
            }
            return true;
        },
        [&](nlohmann::json&& task, std::size_t index) {
            r.streamed->push_back(r.loader->stream_task(task, first_index + index));
        }};
    r.problems = json_input::parse(json_text, r.root, read_options(), &stream);
}

// Streaming builds each task's document on its own and frees it once checked: tasks are most
// of a large catalogue, so it holds one task's document at a time instead of 100,000.
Read read_one_pass(std::string_view json_text, bool stream_tasks) {
    Read r;
    read_into(r, json_text, 0, [&](const nlohmann::json& root) {
        return stream_tasks && r.loader->begin_task_stream(root);
    });
    return r;
}

/// The catalogue from what was read, or every problem found.
Catalog check(const std::string& source, Read r) {
    Loader& loader = *r.loader;
    for (const auto& p : r.problems) {
        if (p.line > 0) {
            throw CatalogError(source, {CatalogProblem{"", p.line, p.column, p.message}});
        }
        loader.problem_at(p.pointer, p.message);
    }
    loader.load(r.root, std::move(r.streamed));
    if (!loader.problems.empty()) {
        std::stable_sort(loader.problems.begin(), loader.problems.end(),
                         [](const auto& a, const auto& b) { return a.order < b.order; });
        std::vector<CatalogProblem> out;
        out.reserve(loader.problems.size());
        for (auto& p : loader.problems) {
            out.push_back(std::move(p.problem));
        }
        throw CatalogError(source, std::move(out));
    }
    loader.catalog.build_index();
    return std::move(loader.catalog);
}

void check_size(std::string_view json_text, const std::string& source) {
    if (json_text.size() > k_max_catalog_bytes) {
        throw CatalogError(
            source,
            {CatalogProblem{"", 0, 0,
                            "catalog is " + mebibytes(json_text.size()) + "; the limit is " +
                                std::to_string(k_max_catalog_bytes >> 20) + " MiB"}});
    }
}

} // namespace

Catalog load_catalog(std::string_view json_text, const std::string& source) {
    check_size(json_text, source);
    return check(source, read_one_pass(json_text, true));
}

namespace detail {

Catalog load_catalog_whole(std::string_view json_text, const std::string& source) {
    check_size(json_text, source);
    return check(source, read_one_pass(json_text, false));
}

} // namespace detail

} // namespace llmpath
