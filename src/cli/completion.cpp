// Shell completion: `llmpath completion bash|zsh|fish` prints a script that asks
// `llmpath __complete WORD...` for the candidates of the last word. The candidates come from the
// command table and CLI11's own option lists, walked at the time of asking, so a new command or
// flag completes without a second edit; ids come from the catalogue in use and the tracked plan.
#include "cli/completion.hpp"

#include "cli/profile.hpp"
#include "cli/state_store.hpp"
#include "util/text.hpp"

#include <llmpath/catalog.hpp>
#include <llmpath/tracking.hpp>

#include <algorithm>

namespace llmpath::cli {

namespace {

/// What a shell does with a word it has no candidates for: files, as usual.
constexpr const char* k_files = ":files";

const CLI::Option* find_option(const CLI::App& command, const CLI::App& app,
                               std::string_view word) {
    const std::string name(word.substr(0, word.find('=')));
    for (const CLI::App* owner : {&command, &app}) {
        for (const CLI::Option* option : owner->get_options()) {
            if (!option->get_positional() && option->check_name(name)) {
                return option;
            }
        }
    }
    return nullptr;
}

bool takes_value(const CLI::Option& option) {
    return option.get_items_expected_max() > 0;
}

/// "{a,b,c}" at the end of CLI11's type name (an IsMember check): its values.
std::vector<std::string> member_values(const CLI::Option& option) {
    const std::string type = option.get_type_name();
    const auto open = type.find('{');
    const auto close = type.find('}', open);
    if (open == std::string::npos || close == std::string::npos) {
        return {};
    }
    return util::split(type.substr(open + 1, close - open - 1), ',');
}

/// Where the words leave the command line: the command they name and the option whose value the
/// last word is (if any).
struct Position {
    const CLI::App* command = nullptr;
    const CLI::Option* value_of = nullptr;
    std::vector<std::string> words; ///< every word but the last
};

Position position_of(const CLI::App& app, const std::vector<std::string>& words) {
    Position at{&app, nullptr, {}};
    for (std::size_t i = 0; i + 1 < words.size(); ++i) {
        const std::string& w = words[i];
        at.words.push_back(w);
        if (at.value_of != nullptr) {
            at.value_of = nullptr;
        } else if (w.starts_with("-")) {
            const CLI::Option* option = find_option(*at.command, app, w);
            at.value_of =
                option != nullptr && takes_value(*option) && w.find('=') == std::string::npos
                    ? option
                    : nullptr;
        } else if (const auto subs = at.command->get_subcommands(
                       [&](const CLI::App* s) { return s->get_name() == w; });
                   !subs.empty()) {
            at.command = subs.front();
        }
    }
    return at;
}

/// The catalogue the words name with --catalog, else the one in use; null when it cannot load.
std::shared_ptr<const Catalog> catalog_for(const Position& at, Shared& shared) {
    GlobalOptions global = shared.global;
    for (std::size_t i = 0; i + 1 < at.words.size(); ++i) {
        if (at.words[i] == "--catalog") {
            global.catalog_path = at.words[i + 1];
        }
    }
    try {
        return load_selected_catalog(global, shared.env).catalog;
    } catch (const std::exception&) {
        return nullptr;
    }
}

/// -d: "ID=" for every question, then that question's values after the "=".
std::vector<std::string> answer_candidates(const Catalog& catalog, std::string_view word) {
    std::vector<std::string> out;
    const auto eq = word.find('=');
    if (eq == std::string_view::npos) {
        for (const auto& q : catalog.questions) {
            out.push_back(q.id + "=");
        }
        return out;
    }
    const Question* q = catalog.find_question(word.substr(0, eq));
    if (q == nullptr) {
        return out;
    }
    const std::string id = q->id + "=";
    for (const auto& c : q->choices) {
        out.push_back(id + c.value);
    }
    if (q->type == QuestionType::boolean) {
        out.insert(out.end(), {id + "yes", id + "no"});
    }
    if (q->type == QuestionType::date) {
        out.push_back(id + "today");
    }
    return out;
}

/// Task ids of the tracked plan: those `undo` can put back, or those done and skip can tick.
std::vector<std::string> tracked_tasks(Shared& shared, bool undo) {
    std::vector<std::string> out;
    try {
        const TrackedPlan plan = read_state(state_paths(shared.env));
        for (const auto& t : plan.tasks) {
            if ((t.state != TaskState::todo) == undo) {
                out.push_back(t.id);
            }
        }
    } catch (const std::exception&) {
        // nothing tracked, or not readable: no candidates
    }
    return out;
}

std::vector<std::string> value_candidates(const CLI::Option& option, const Position& at,
                                          std::string_view word, Shared& shared) {
    if (auto values = member_values(option); !values.empty()) {
        return values;
    }
    const std::string type = option.get_type_name();
    if (type == "LANG") {
        return {"en", "zh"};
    }
    if (type == "FILE" || type == "DIR" || type == "FILE|DIR") {
        return {k_files};
    }
    if (type == "TASK") {
        return tracked_tasks(shared, at.command->get_name() == "undo");
    }
    const auto catalog = catalog_for(at, shared);
    if (catalog == nullptr) {
        return {};
    }
    if (option.check_name("--direction")) {
        std::vector<std::string> out;
        for (const auto& d : catalog->directions) {
            out.push_back(d.id);
        }
        return out;
    }
    if (type == "KEY=VALUE") {
        return answer_candidates(*catalog, word);
    }
    if (type == "ID") {
        return catalog->subject_ids();
    }
    return {};
}

std::vector<std::string> flag_candidates(const CLI::App& command, const CLI::App& app) {
    std::vector<std::string> out;
    for (const CLI::App* owner : {&command, &app}) {
        for (const CLI::Option* option : owner->get_options()) {
            for (const auto& name : option->get_lnames()) {
                out.push_back("--" + name);
            }
            for (const auto& name : option->get_snames()) {
                out.push_back("-" + name);
            }
        }
        if (owner == &app) {
            break;
        }
    }
    out.push_back("--help");
    return out;
}

/// A word that is not a flag: a subcommand, or the command's positional argument.
std::vector<std::string> word_candidates(const Position& at, std::string_view word,
                                         Shared& shared) {
    std::vector<std::string> out;
    for (const CLI::App* sub : at.command->get_subcommands({})) {
        if (!sub->get_group().empty()) {
            out.push_back(sub->get_name());
        }
    }
    if (!out.empty()) {
        return out;
    }
    for (const CLI::Option* option : at.command->get_options()) {
        if (option->get_positional()) {
            return value_candidates(*option, at, word, shared);
        }
    }
    return out;
}

} // namespace

std::string complete(const CLI::App& app, const std::vector<std::string>& words, Shared& shared) {
    const std::vector<std::string> all = words.empty() ? std::vector<std::string>{""} : words;
    const Position at = position_of(app, all);
    const std::string& word = all.back();
    std::vector<std::string> candidates;
    std::string prefix; // "--format=" is kept on the candidates of "--format=js"
    if (at.value_of != nullptr) {
        candidates = value_candidates(*at.value_of, at, word, shared);
    } else if (word.starts_with("-") && word.find('=') != std::string::npos) {
        if (const CLI::Option* option = find_option(*at.command, app, word)) {
            prefix = word.substr(0, word.find('=') + 1);
            candidates = value_candidates(*option, at, word.substr(prefix.size()), shared);
        }
    } else if (word.starts_with("-")) {
        candidates = flag_candidates(*at.command, app);
    } else {
        candidates = word_candidates(at, word, shared);
    }
    std::string out;
    const std::string_view typed = std::string_view(word).substr(prefix.size());
    for (const auto& c : candidates) {
        if (c == k_files) {
            out += std::string(k_files) + "\n";
        } else if (std::string_view(c).starts_with(typed) && util::is_clean_text(c)) {
            // A candidate the shell would print or insert as it is: never one that could drive
            // the terminal or read other than it is (util::strip_controls).
            out += prefix + c + "\n";
        }
    }
    return out;
}

} // namespace llmpath::cli
