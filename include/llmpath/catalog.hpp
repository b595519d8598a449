#pragma once

#include <llmpath/arena.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace llmpath {

/// One language's version of a text.
struct LangText {
    std::string_view lang;
    std::string_view text;

    friend bool operator==(const LangText&, const LangText&) = default;
};

/// A text's versions by language, in language order. Up to two (the usual catalogue has English
/// and Chinese) are held in place; more are kept on the heap, all of them together.
class LangTexts {
  public:
    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    const LangText* begin() const { return data(); }
    const LangText* end() const { return data() + m_size; }
    LangText* begin() { return data(); }
    LangText* end() { return data() + m_size; }
    const LangText& operator[](std::size_t i) const { return data()[i]; }
    LangText& operator[](std::size_t i) { return data()[i]; }
    const LangText& front() const { return data()[0]; }

    /// Inserts `t` before `at` (an iterator of this object); returns where it went.
    LangText* insert(const LangText* at, const LangText& t);
    void push_back(const LangText& t) {
        if (m_size < m_inline.size() && m_heap.empty()) {
            m_inline[m_size++] = t;
        } else {
            insert(end(), t);
        }
    }

    friend bool operator==(const LangTexts& a, const LangTexts& b);

  private:
    const LangText* data() const { return m_heap.empty() ? m_inline.data() : m_heap.data(); }
    LangText* data() { return m_heap.empty() ? m_inline.data() : m_heap.data(); }

    std::array<LangText, 2> m_inline{};
    std::vector<LangText> m_heap; ///< every version, once there are more than m_inline holds
    std::size_t m_size = 0;
};

/// Text a person reads: one string for every language, or one per language code ("en", "zh").
/// The characters are not copied into each Text: they belong to the catalogue (its TextStore),
/// or to the static memory it was unpacked from.
struct Text {
    std::string_view any; ///< set when the catalogue gave a plain string
    LangTexts by_lang;    ///< set when it gave an object keyed by language

    /// The text in `lang`; falls back to the plain string, then "en", then the first language.
    std::string_view get(std::string_view lang) const;
    /// Sets the text in `lang`, keeping by_lang in order; the characters must outlive the Text.
    void set(std::string_view lang, std::string_view text);
    bool empty() const { return any.empty() && by_lang.empty(); }

    friend bool operator==(const Text&, const Text&) = default;
};

/// Keeps the characters of a catalogue's texts where they stay put.
using TextStore = Arena;

/// The store a catalogue's texts live in, shared by copies of the catalogue. Not part of the
/// catalogue's value: catalogues with equal texts are equal wherever the characters are.
struct SharedTextStore {
    std::shared_ptr<TextStore> store;

    friend bool operator==(const SharedTextStore&, const SharedTextStore&) { return true; }
};

/// Reserved direction id in Task::directions: the task belongs to every direction.
inline constexpr std::string_view k_common_direction = "common";

/// One layer of the stack (the map of the field), top to bottom.
struct Layer {
    std::string id;
    Text name;
    Text short_name;                     ///< e.g. "App", "MLOps"
    Text description;                    ///< what the layer holds
    std::vector<std::string> tools;      ///< real tools of the layer, same in every language
    std::vector<std::string> directions; ///< ids of the directions whose jobs work here

    friend bool operator==(const Layer&, const Layer&) = default;
};

struct Direction {
    std::string id;
    Text name;
    Text tagline; ///< the verdict in a few words: "the golden entry for career changers"
    std::vector<Text> keywords;
    Text suits;                            ///< who it suits
    std::vector<Text> work;                ///< the work it involves, one item each
    Text verdict;                          ///< the judgement on it, a sentence or two
    std::vector<Text> interview_questions; ///< what an interviewer asks for this direction
    /// Per interview question, the tasks (of the direction or common) whose work answers it.
    std::vector<std::vector<std::string>> interview_tasks;

    friend bool operator==(const Direction&, const Direction&) = default;
};

/// One part of a phase's checkpoint and the tasks whose deliverables make it.
struct CheckpointPart {
    Text text;                      ///< verifiable: a deliverable, not "read about X"
    std::vector<std::string> tasks; ///< empty only for a checkpoint given as plain text

    friend bool operator==(const CheckpointPart&, const CheckpointPart&) = default;
};

struct Phase {
    std::string id;
    Text title;
    int start_day = 0; ///< inclusive, days from the start date
    int end_day = 0;   ///< inclusive
    Text goal;
    std::vector<CheckpointPart> checkpoint; ///< shared by every direction
    std::map<std::string, std::vector<CheckpointPart>>
        direction_checkpoints;   ///< added per direction
    bool ready_to_apply = false; ///< once its checkpoint is met, applying for jobs makes sense

    friend bool operator==(const Phase&, const Phase&) = default;
};

/// A test on an earlier answer. Choice and yes/no questions use `in`; integer questions min/max.
struct Condition {
    std::string question;
    std::vector<std::string> in; ///< the answer (or, for multi, any selected value) is one of these
    std::optional<std::int64_t> min; ///< integer answer >= min
    std::optional<std::int64_t> max; ///< integer answer <= max

    friend bool operator==(const Condition&, const Condition&) = default;
};

struct PitfallList {
    Text title;
    std::vector<Text> items;

    friend bool operator==(const PitfallList&, const PitfallList&) = default;
};

struct Pitfall {
    std::string id;
    Text title;
    Text summary;
    std::vector<PitfallList> lists;   ///< e.g. the 95% facts; the six needs; the five skills
    std::vector<Condition> flag_when; ///< flagged if ANY condition holds
    std::vector<std::string> tasks;   ///< task ids that address it (bridging tasks)

    friend bool operator==(const Pitfall&, const Pitfall&) = default;
};

struct Skill {
    std::string id;
    Text name;

    friend bool operator==(const Skill&, const Skill&) = default;
};

enum class QuestionType { single, multi, integer, boolean, date, text };

struct Choice {
    std::string value;                           ///< machine value: "backend"
    Text label;                                  ///< "Backend engineer"
    std::map<std::string, std::int64_t> weights; ///< direction id -> points (may be negative)
    std::map<std::string, Text> reasons;         ///< direction id -> why this answer moves it
    std::vector<std::string> skills;             ///< skill ids this answer implies
    /// Later question id -> the answer this one makes likely (as parse_answer reads it), used
    /// for that question when it is left to its default.
    std::map<std::string, std::string> defaults;

    friend bool operator==(const Choice&, const Choice&) = default;
};

/// A question's default, in the type of the question. For a date, `today` means the run's date.
struct DefaultValue {
    std::optional<std::string> choice;               ///< single; also text
    std::optional<std::vector<std::string>> choices; ///< multi
    std::optional<std::int64_t> integer;
    std::optional<bool> boolean;
    std::optional<std::string> date; ///< "YYYY-MM-DD"
    bool today = false;              ///< date question defaulting to the run's date

    friend bool operator==(const DefaultValue&, const DefaultValue&) = default;
};

struct Question {
    std::string id;
    QuestionType type = QuestionType::single;
    Text prompt;
    Text help;
    Text short_label; ///< used in summaries and reasons: "background"
    DefaultValue default_value;
    std::optional<Condition> when;   ///< asked only if this holds
    std::vector<Choice> choices;     ///< single, multi; optional for boolean (values "yes", "no")
    std::optional<std::int64_t> min; ///< integer
    std::optional<std::int64_t> max; ///< integer
    std::optional<int> min_selected; ///< multi
    std::optional<int> max_selected; ///< multi
    std::optional<std::string> pattern; ///< text: RE2 regex the whole answer must match
    std::optional<int> max_length;      ///< text, in code points
    /// The choice with `value`, or nullptr.
    const Choice* find_choice(std::string_view value) const;
    /// The choices' values, in order (an empty value, which the loader reports, left out).
    std::vector<std::string> choice_values() const;

    friend bool operator==(const Question&, const Question&) = default;
};

enum class ResourceType { official, opensource, article, course, video, book, paper };

/// A kind of GPU and what an hour of one costs.
struct GpuClass {
    std::string id;
    Text name;
    int memory_gb = 0;
    std::int64_t cents_per_hour = 0; ///< per GPU, in the catalogue's currency

    friend bool operator==(const GpuClass&, const GpuClass&) = default;
};

struct GpuPrices {
    std::string currency; ///< "USD"
    std::string checked;  ///< "YYYY-MM-DD": when the prices were checked
    Text source;          ///< where they come from
    std::vector<GpuClass> classes;

    const GpuClass* find(std::string_view id) const;
    friend bool operator==(const GpuPrices&, const GpuPrices&) = default;
};

/// GPU time a task needs: `count` GPUs of a class for `hours` hours of wall-clock time.
struct GpuNeed {
    std::string gpu_class;
    int count = 1;
    int tenths = 0; ///< hours in tenths (3.5 h is 35), so that sums are exact

    friend bool operator==(const GpuNeed&, const GpuNeed&) = default;
};

/// How a task can be done in fewer hours when time is short.
struct Shortcut {
    int hours = 0; ///< less than the task's hours
    Text how;
    /// Prerequisites the short way does without (task ids among the task's prerequisites); it
    /// does without the skills they teach too.
    std::vector<std::string> without;

    friend bool operator==(const Shortcut&, const Shortcut&) = default;
};

/// A task whose effort depends on the person: hours by the answer to one single-choice question.
struct HoursBy {
    std::string question;
    std::map<std::string, int> hours; ///< choice value -> hours; other answers keep Task::hours

    friend bool operator==(const HoursBy&, const HoursBy&) = default;
};

/// Task::priority bounds: 1 is cut first, 5 last.
inline constexpr int k_min_priority = 1;
inline constexpr int k_max_priority = 5;
inline constexpr int k_default_priority = 3;

struct Resource {
    ResourceType type = ResourceType::official;
    Text title;
    std::string url; ///< https only

    friend bool operator==(const Resource&, const Resource&) = default;
};

struct Task {
    std::string id;
    std::string phase;                   ///< phase id
    std::vector<std::string> directions; ///< direction ids, or {"common"}
    Text title;
    Text summary;                           ///< optional, one or two sentences
    int hours = 1;                          ///< estimated hours, 1..k_max_task_hours
    bool core = true;                       ///< false: optional, dropped first when time is short
    bool bridging = false;                  ///< closes an engineering gap (pitfall 3)
    std::vector<std::string> prerequisites; ///< task ids
    Text deliverable;                       ///< something a person can check
    std::vector<Resource> resources;
    std::vector<std::string> skip_if_skills; ///< skipped when the person has ALL of these skills
    bool presents = false; ///< presents work: starts after the direction's core work in its phase
    std::vector<std::string> uses;    ///< skill ids the task needs
    std::vector<std::string> teaches; ///< skill ids the task teaches
    std::optional<Shortcut> shorten;
    std::optional<GpuNeed> gpu;
    bool interview = false;            ///< lists the plan direction's interview questions
    int priority = k_default_priority; ///< what a mentor cuts last is highest (1..5)
    std::optional<HoursBy> hours_by;   ///< hours that depend on an answer

    bool is_common() const;
    bool belongs_to(std::string_view direction) const;

    friend bool operator==(const Task&, const Task&) = default;
};

struct Catalog {
    int schema_version = 1;
    std::string id;
    std::string version;
    std::vector<std::string> languages; ///< first one is the fallback
    Text title;
    Text description;
    std::vector<Layer> layers;
    std::vector<Direction> directions;
    std::vector<Phase> phases; ///< in day order, covering days 0..k_plan_days-1
    std::vector<Pitfall> pitfalls;
    std::vector<Skill> skills;
    std::vector<Question> questions;
    std::vector<Task> tasks;
    GpuPrices gpu;

    const Direction* find_direction(std::string_view id) const;
    const Phase* find_phase(std::string_view id) const;
    const Pitfall* find_pitfall(std::string_view id) const;
    const Question* find_question(std::string_view id) const;
    const Task* find_task(std::string_view id) const;
    /// The ids `llmpath show` takes: directions, phases, pitfalls, then tasks, in order.
    std::vector<std::string> subject_ids() const;
    /// Index of the task in `tasks`, or -1.
    std::ptrdiff_t task_index(std::string_view id) const;
    bool has_language(std::string_view lang) const;

    /// Owns the characters of the texts above, unless they are static (the embedded catalogue).
    SharedTextStore text_store;

    /// Hashes ids, looked up by std::string_view without making a string.
    struct IdHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const {
            return std::hash<std::string_view>{}(s);
        }
    };
    // Id -> index lookups, built by the loader (or build_index()): a plan looks up each of its
    // items' tasks.
    std::unordered_map<std::string, std::size_t, IdHash, std::equal_to<>> task_by_id;
    void build_index();

    friend bool operator==(const Catalog&, const Catalog&) = default;
};

inline constexpr int k_schema_version = 1;
/// The questions the planner reads its weekly hours and start date from (the loader requires them).
inline constexpr std::string_view k_hours_question = "hours_per_week";
inline constexpr std::string_view k_start_question = "start_date";
inline constexpr int k_plan_days = 183;      ///< phases must cover days 0..182 exactly
inline constexpr int k_max_task_hours = 500; ///< more is "absurd" for one task
inline constexpr std::size_t k_max_catalog_bytes = 64u * 1024u * 1024u; ///< 64 MiB
inline constexpr int k_max_json_depth = 64;
/// A catalogue with more problems than this lists the first of them and says there are more
/// (reading on would cost memory in proportion to a broken file, and nobody reads the rest).
inline constexpr std::size_t k_max_catalog_problems = 1000;

/// Parses and validates a catalogue. `source` names it in messages ("catalog.json", "<embedded>").
/// Throws CatalogError listing every problem (pointer + message), or for syntax, line:column.
/// The catalogue keeps the text: its texts are read where they stand in it.
Catalog load_catalog(std::string json_text, const std::string& source);

/// The default catalogue compiled into the binary (data/catalog.json), as text.
std::string_view embedded_catalog_text();

/// The embedded catalogue, built once per process. The build validated it (cmake/pack_catalog.cpp),
/// so a run only unpacks it.
const Catalog& embedded_catalog();

const char* to_string(QuestionType t);
const char* to_string(ResourceType t);

} // namespace llmpath
