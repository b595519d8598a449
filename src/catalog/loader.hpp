#pragma once

// The catalogue loader, one class whose parts live where their job is:
//   fields.cpp      the members of an object and its scalar values, texts and id lists
//   sections.cpp    the root and each section but the questions (layers ... tasks)
//   questions.cpp   questions, their choices, defaults and conditions; the planner's questions
//   tasks.cpp       tasks, their resources, shortcuts and GPU needs
//   references.cpp  ids, references between sections, prerequisite cycles
//   plan_rules.cpp  checkpoints' tasks, presenting tasks, skills taught before used
//   load.cpp        reading the JSON text and reporting the problems

#include "json/pointer.hpp"
#include "json/tree.hpp"

#include <llmpath/catalog.hpp>
#include <llmpath/error.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

namespace llmpath {

namespace loader {

using json = json_input::Value;

inline constexpr int k_max_weight = 1000;
inline constexpr std::size_t k_max_pattern_length = 200;
inline constexpr int k_max_text_length = 1000;

/// The top-level keys, in the order of the format; problems are reported in this order.
inline constexpr std::array<std::string_view, 15> k_top_keys{
    "$schema",  "schema_version", "id",        "version",    "languages",
    "title",    "description",    "layers",    "directions", "phases",
    "pitfalls", "skills",         "questions", "tasks",      "gpu"};

/// A problem and where it stands in the document: (rank of its section, index in it, then 0 for
/// what reading the text found, such as a key given twice, and 1 for the checks), so that
/// problems are reported in document order whichever step found them.
struct Problem {
    CatalogProblem problem;
    std::tuple<std::size_t, std::size_t, int> order;
};

/// "a string", "an integer", "null", or the number itself for a fraction, in both languages.
Said describe(const json& j);
/// A noun the loader names values by ("task", "question id") in both languages; a field name
/// reads the same in both.
Said noun(std::string_view english);
bool is_id(std::string_view s);
bool is_language_code(std::string_view s);
/// What to say of an unknown `name` among `names`: " (did you mean 'x'?)" when one is close,
/// else "use a, b or c" (in both languages).
Said name_hint(std::string_view name, const std::vector<std::string>& names);

struct Ids {
    std::unordered_map<std::string_view, std::size_t> index; ///< id -> first occurrence
    std::vector<std::string> list;                           ///< in document order
};

struct References {
    Ids directions, phases, skills, questions, tasks;
    /// Per question: its choice values -> index.
    std::vector<std::unordered_map<std::string_view, std::size_t>> choice_values;
};

/// Task u needs targets[first[u]..first[u+1]), each found at prerequisites[slots[...]].
struct Edges {
    std::vector<std::size_t> first;
    std::vector<std::size_t> targets;
    std::vector<std::size_t> slots;
    std::vector<std::ptrdiff_t> phase_of; ///< per task: its phase's index, -1 if unknown
    bool cycle = false;
};

/// Thrown by the loader when it has found more than k_max_catalog_problems problems.
struct TooMany {};

/// The order of a problem at `section` (a top-level key) and `index` (0: the section itself).
std::pair<std::size_t, std::size_t> section_order(std::string_view section, std::size_t index);

} // namespace loader

/// Builds the catalogue from its JSON document in one walk, collecting every problem; then
/// checks the references between sections.
class Loader {
  public:
    using json = loader::json;
    using Path = JsonPath;

    std::vector<loader::Problem> problems;
    Catalog catalog;

    void problem(const Path& at, const Said& message);
    /// A problem found before the walk (a key given twice), at a rendered pointer.
    void problem_at(const std::string& pointer, const Said& message);

    /// Checks the root object and everything in it.
    void load(const json& root);

    // ---- catalog_fields.cpp ----

    /// The members of one object, matched in one pass against the keys its section allows;
    /// keys it does not allow are reported, with a suggestion (catalogue authors make typos).
    class Members {
      public:
        Members(Loader& loader, const json& j, const Path& p,
                std::span<const std::string_view> known);
        /// The member `key`, or nullptr; reported missing when `required`.
        const json* get(std::string_view key, bool required) const;

      private:
        std::size_t slot(std::string_view key) const;

        Loader& m_loader;
        const Path& m_path;
        std::span<const std::string_view> m_known;
        std::array<const json*, 24> m_found{};
    };

    bool expect_object(const json& j, const Path& p);
    bool expect_array(const json& j, const Path& p);
    std::string string_value(const json& j, const Path& p, bool non_empty = true);
    std::string id_value(const json& j, const Path& p, std::string_view noun = "id");
    std::optional<std::int64_t> integer_value(const json& j, const Path& p);
    /// An integer in lo..hi; `what` names it in the message.
    std::optional<int> bounded_int(const json& j, const Path& p, std::string_view what,
                                   std::int64_t lo, std::int64_t hi);
    bool bool_value(const json& j, const Path& p, bool fallback);
    /// A number in lo..hi (units) times `scale`, rounded: 2.5 h with scale 10 is 25 tenths.
    std::optional<std::int64_t> scaled_number(const json& j, const Path& p, std::string_view what,
                                              int scale, double lo, double hi);
    Text text(const json& j, const Path& p, bool required);
    std::vector<Text> text_list(const json& j, const Path& p);
    /// A list of ids (references); entries that are not valid ids are kept as "" so that indices
    /// still match the document.
    std::vector<std::string> id_list(const json& j, const Path& p, std::string_view noun);
    void check_unique(const std::vector<std::string>& items, const Path& p, std::string_view noun);
    /// `s` as it lives as long as the catalogue: where it stands in the document's text, which
    /// the catalogue's text store keeps, or else a copy in that store.
    std::string_view keep(std::string_view s);
    /// The document's text, kept by the catalogue's text store; both are set before the walk.
    std::string_view document;

    template <typename T, typename F>
    std::vector<T> section(const Members& m, const Path& root, std::string_view key, bool required,
                           F&& parse_one) {
        std::vector<T> out;
        const Path p = root / key;
        const json* j = m.get(key, required);
        if (j == nullptr || !expect_array(*j, p)) {
            return out;
        }
        // Room for the sizes catalogues have; a longer array grows as it is read (a broken one
        // stops at the problem limit long before its end).
        out.reserve(std::min<std::size_t>(j->size(), 10'000));
        for (std::size_t i = 0; i < j->size(); ++i) {
            out.push_back(parse_one((*j)[i], p / i));
        }
        return out;
    }

    // ---- catalog_sections.cpp ----

    void languages(const json& j, const Path& p);
    Layer layer(const json& j, const Path& p);
    Direction direction(const json& j, const Path& p);
    Phase phase(const json& j, const Path& p);
    std::vector<CheckpointPart> checkpoint_parts(const json& j, const Path& p);
    void interview_questions(const json& j, const Path& p, Direction& d);
    HoursBy hours_by(const json& j, const Path& p);
    GpuPrices gpu_prices(const json& j, const Path& p);
    void check_phase_days(const Path& p);
    /// The questions the planner reads: hours_per_week (integer) and start_date (date), asked
    /// of everyone.
    void check_planning_questions(const Path& p);
    Pitfall pitfall(const json& j, const Path& p);
    PitfallList pitfall_list(const json& j, const Path& p);
    Skill skill(const json& j, const Path& p);
    Resource resource(const json& j, const Path& p);
    void check_url(const std::string& url, const Path& p);
    Task task(const json& j, const Path& p);
    void task_directions(const json& j, const Path& p, Task& t);
    void task_plan_fields(const Members& m, const Path& p, Task& t);
    Shortcut shortcut(const json& j, const Path& p, int task_hours);
    GpuNeed gpu_need(const json& j, const Path& p);

    // ---- catalog_questions.cpp ----

    Question question(const json& j, const Path& p);
    void question_type_fields(const Members& m, const Path& p, Question& q);
    void question_limits(const Members& m, const Path& p, Question& q, bool& pattern_ok);
    Choice choice(const json& j, const Path& p, QuestionType type);
    void question_default(const json& j, const Path& p, Question& q);
    void multi_default(const json& j, const Path& p, Question& q);
    void text_default(const json& j, const Path& p, Question& q);
    Condition condition(const json& j, const Path& p);

    // ---- catalog_references.cpp ----

    void check_references();

  private:
    loader::References collect_references();
    /// Reports `id` at `at` unless it is in `ids`; whether it is.
    bool known(const loader::Ids& ids, const std::string& id, const Path& at,
               std::string_view noun);
    void check_condition(const Condition& c, const Path& p, std::optional<std::size_t> before,
                         const loader::References& refs);
    void check_section_references(const loader::References& refs);
    /// A question's choice (`question`: its index): the directions, skills and defaults it names.
    void check_choice_references(const Choice& ch, const Path& at, std::size_t question,
                                 const loader::References& refs);
    void check_choice_value(const loader::References& refs, const std::string& id,
                            const std::string& value, const Path& at, std::size_t after);
    loader::Edges check_task_references(const loader::References& refs);
    /// A task's phase, directions, skills and GPU class; returns its phase's rank (-1: unknown).
    std::ptrdiff_t check_task_fields(const loader::References& refs, std::size_t i);
    void check_cycles(loader::Edges& edges);
    // catalog_plan_rules.cpp: what the planner relies on
    void check_checkpoints(const loader::References& refs, const loader::Edges& edges);
    void check_interview_questions(const loader::References& refs, const loader::Edges& edges);
    void check_priorities(const loader::Edges& edges);
    void check_presenting(const loader::Edges& edges);
    void check_taught_before_used(const loader::References& refs, const loader::Edges& edges);
    Said suggest(std::string_view word, const std::vector<std::string>& ids);

    void root_fields(const Members& m, const Path& p);

    std::vector<std::string_view> m_kept_languages;
    bool m_languages_known = false;
    std::vector<bool> m_question_typed; ///< per question: its type is known, so its values are too
    std::size_t m_suggest_budget = 10'000'000;
};

} // namespace llmpath
