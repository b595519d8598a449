// Reading a catalogue's JSON text: the size limit, the parse, the problems.
#include "catalog/loader.hpp"
#include "util/say.hpp"
#include "json/input.hpp"

#include <algorithm>
#include <memory>

namespace llmpath {

namespace {

std::string mebibytes(std::size_t bytes) {
    // One decimal, rounded up, so anything over the limit never prints as the limit itself.
    const auto tenths = (bytes * 10 + 1024 * 1024 - 1) / (1024 * 1024);
    return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + " MiB";
}

json_input::Options read_options() {
    json_input::Options options;
    options.document = msg::doc_catalog;
    options.max_depth = k_max_json_depth;
    options.max_problems = k_max_catalog_problems + 1;
    return options;
}

/// A text read: the document and the problems reading it found (a syntax error, keys given twice).
struct Read {
    json_input::Tree root;
    std::vector<json_input::Problem> problems;
};

Read read(std::string_view json_text) {
    Read r;
    r.problems = json_input::parse(json_text, r.root, read_options());
    return r;
}

/// Throws the problems the loader found, in document order; past k_max_catalog_problems, the
/// first of them and a line that says there are more.
[[noreturn]] void fail(const std::string& source, std::vector<loader::Problem>& problems,
                       bool too_many) {
    std::stable_sort(problems.begin(), problems.end(),
                     [](const auto& a, const auto& b) { return a.order < b.order; });
    if (too_many) {
        problems.resize(k_max_catalog_problems);
    }
    std::vector<CatalogProblem> out;
    out.reserve(problems.size());
    for (auto& p : problems) {
        out.push_back(std::move(p.problem));
    }
    throw CatalogError(source, std::move(out),
                       too_many ? util::say(msg::cat_problems_over, source, k_max_catalog_problems)
                                : Said{});
}

/// The catalogue from what was read of `text` (which `store` keeps), or the problems found.
Catalog check(const std::string& source, const Read& r, std::shared_ptr<TextStore> store,
              std::string_view text) {
    Loader loader;
    loader.catalog.text_store.store = std::move(store);
    loader.document = text;
    try {
        for (const auto& p : r.problems) {
            if (p.line > 0) {
                throw CatalogError(
                    source, {CatalogProblem{"", p.line, p.column, p.message.en, p.message.zh}});
            }
            loader.problem_at(p.pointer, p.message);
        }
        loader.load(r.root.root());
    } catch (const loader::TooMany&) {
        fail(source, loader.problems, true);
    }
    if (!loader.problems.empty()) {
        fail(source, loader.problems, false);
    }
    loader.catalog.build_index();
    return std::move(loader.catalog);
}

void check_size(std::string_view json_text, const std::string& source) {
    if (json_text.size() > k_max_catalog_bytes) {
        const Said said = util::say(msg::catalog_too_large, mebibytes(json_text.size()),
                                    std::to_string(k_max_catalog_bytes >> 20) + " MiB");
        throw CatalogError(source, {CatalogProblem{"", 0, 0, said.en, said.zh}});
    }
}

} // namespace

Catalog load_catalog(std::string json_text, const std::string& source) {
    check_size(json_text, source);
    auto store = std::make_shared<TextStore>();
    const std::string_view text = store->adopt(std::move(json_text));
    return check(source, read(text), std::move(store), text);
}

} // namespace llmpath
