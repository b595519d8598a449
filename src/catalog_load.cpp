// Reading a catalogue's JSON text: the size limit, the parse (tasks streamed), the problems.
#include "catalog_loader.hpp"
#include "json_input.hpp"

#include <algorithm>
#include <functional>
#include <future>
#include <iterator>
#include <memory>
#include <optional>
#include <system_error>

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

/// Whether `a`'s root has a key of `b`'s root other than "tasks".
bool share_a_key(const nlohmann::json& a, const nlohmann::json& b) {
    for (auto it = b.begin(); it != b.end(); ++it) {
        if (it.key() != "tasks" && a.contains(it.key())) {
            return true;
        }
    }
    return false;
}

/// Room for all the tasks, guessed from the bytes the first ones took, so that the second
/// half's are moved in after the first's without copying those again; never more than one task
/// for every 64 bytes of text (a task takes more).
std::size_t room_for_tasks(std::string_view json_text, const json_input::ArrayCut& cut) {
    const std::size_t first_bytes = std::max<std::size_t>(1, cut.comma - cut.open);
    const std::size_t all_bytes = json_text.size() - cut.open;
    const auto guess = static_cast<std::size_t>(static_cast<double>(cut.before) * 1.05 *
                                                static_cast<double>(all_bytes) /
                                                static_cast<double>(first_bytes));
    return std::min(guess, json_text.size() / 64);
}

/// The two halves' reading as one, or nullopt unless both read cleanly, streamed their tasks
/// (the first all those before the cut) and share no key.
std::optional<Read> join_halves(Read first, Read second, const json_input::ArrayCut& cut) {
    if (!first.problems.empty() || !second.problems.empty() || !first.streamed ||
        !second.streamed || first.streamed->size() != cut.before ||
        share_a_key(first.root, second.root)) {
        return std::nullopt;
    }
    for (auto it = second.root.begin(); it != second.root.end(); ++it) {
        if (it.key() != "tasks") {
            first.root[it.key()] = std::move(it.value());
        }
    }
    first.streamed->reserve(first.streamed->size() + second.streamed->size());
    std::move(second.streamed->begin(), second.streamed->end(),
              std::back_inserter(*first.streamed));
    first.loader->absorb(std::move(*second.loader));
    return first;
}

/// A large catalogue's text in two parts read side by side: on this thread the root up to the
/// cut (its first tasks, the array closed there); on another the tasks after it and the rest of
/// the root, as the document {"tasks":[...], ...}, whose loader starts checking once the first
/// one knows the languages. nullopt unless both parts read cleanly, stream their tasks and share
/// no key: then the one-pass reading finds and words whatever is wrong, as for a small text.
std::optional<Read> read_halves(std::string_view json_text, const json_input::ArrayCut& cut) {
    Read first;
    Read second;
    const std::size_t room = room_for_tasks(json_text, cut);
    std::promise<bool> ready;
    bool told = false;
    auto tell = [&](bool streaming) {
        if (!told) {
            told = true;
            ready.set_value(streaming);
        }
    };
    auto read_second = [&second, json_text, cut, room, first_ready = ready.get_future()]() mutable {
        const std::string text = "{\"tasks\":[" + std::string(json_text.substr(cut.comma + 1));
        read_into(second, text, cut.before, [&](const nlohmann::json&) {
            if (!first_ready.get()) {
                return false;
            }
            second.streamed.emplace().reserve(room - std::min(room, cut.before));
            return true;
        });
    };
    std::future<void> second_done;
    try {
        second_done = std::async(std::launch::async, std::move(read_second));
    } catch (const std::system_error&) {
        return std::nullopt; // no thread to be had: one pass
    }
    // The second part waits for word from this one: give it, even if reading here throws.
    struct Tell {
        decltype(tell)& f;
        ~Tell() { f(false); }
    } tell_at_exit{tell};
    const std::string text = std::string(json_text.substr(0, cut.comma)) + "]}";
    read_into(first, text, 0, [&](const nlohmann::json& root) {
        const bool streaming = first.loader->begin_task_stream(root);
        if (streaming) {
            second.loader->continue_from(*first.loader);
            first.streamed.emplace().reserve(room);
        }
        tell(streaming);
        return streaming;
    });
    tell(false);
    second_done.get();
    return join_halves(std::move(first), std::move(second), cut);
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
        throw CatalogError(source, {CatalogProblem{"", 0, 0,
                                                   "catalog is " + mebibytes(json_text.size()) +
                                                       "; the limit is " +
                                                       std::to_string(k_max_catalog_bytes >> 20) +
                                                       " MiB"}});
    }
}

Catalog load_cut(std::string_view json_text, const std::string& source, std::size_t at,
                 detail::Reading* how) {
    check_size(json_text, source);
    if (how != nullptr) {
        *how = detail::Reading::one_pass;
    }
    if (const auto cut = json_input::find_array_cut(json_text, "tasks", at)) {
        if (auto halves = read_halves(json_text, *cut)) {
            if (how != nullptr) {
                *how = detail::Reading::halves;
            }
            return check(source, std::move(*halves));
        }
    }
    return check(source, read_one_pass(json_text, true));
}

} // namespace

void Loader::continue_from(const Loader& first) {
    catalog.languages = first.catalog.languages;
    m_kept_languages = first.m_kept_languages;
    m_languages_known = first.m_languages_known;
    m_languages_done = first.m_languages_done;
}

void Loader::absorb(Loader&& second) {
    problems.insert(problems.end(), std::make_move_iterator(second.problems.begin()),
                    std::make_move_iterator(second.problems.end()));
    auto& theirs = second.catalog.text_store.store;
    if (!theirs) {
        return;
    }
    if (!catalog.text_store.store) {
        catalog.text_store.store = std::move(theirs);
    } else {
        catalog.text_store.store->adopt(std::move(*theirs));
    }
}

Catalog load_catalog(std::string_view json_text, const std::string& source) {
    if (json_text.size() >= detail::k_halves_bytes) { // cut in the middle: tasks are most of it
        return load_cut(json_text, source, json_text.size() / 2, nullptr);
    }
    check_size(json_text, source);
    return check(source, read_one_pass(json_text, true));
}

namespace detail {

Catalog load_catalog_whole(std::string_view json_text, const std::string& source) {
    check_size(json_text, source);
    return check(source, read_one_pass(json_text, false));
}

Catalog load_catalog_cut(std::string_view json_text, const std::string& source, std::size_t cut,
                         Reading* how) {
    return load_cut(json_text, source, cut, how);
}

} // namespace detail

} // namespace llmpath
