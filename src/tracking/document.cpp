// The tracked plan's file: JSON with a schema_version (docs/tracking.md), written and read back.
#include <llmpath/tracking.hpp>

#include "tracking/internal.hpp"
#include "tracking/week_json.hpp"
#include "util/text.hpp"
#include "json/fields.hpp"
#include "json/input.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <unordered_map>

namespace llmpath {

namespace {

using ojson = nlohmann::ordered_json;

constexpr TaskState k_states[] = {TaskState::todo, TaskState::done, TaskState::skipped};

ojson texts_json(const Texts& texts) {
    ojson out = ojson::object();
    for (const auto& [lang, text] : texts) {
        out[lang] = text;
    }
    return out;
}

ojson progress_json(const TaskProgress& p) {
    return {{"state", to_string(p.state)}, {"done_hours", p.done_hours}};
}

ojson texts_list_json(const std::vector<Texts>& list) {
    ojson out = ojson::array();
    for (const auto& t : list) {
        out.push_back(texts_json(t));
    }
    return out;
}

ojson links_json(const std::vector<std::pair<Texts, std::string>>& links) {
    ojson out = ojson::array();
    for (const auto& [title, url] : links) {
        out.push_back({{"title", texts_json(title)}, {"url", url}});
    }
    return out;
}

ojson task_json(const TrackedTask& t) {
    return {{"id", t.id},
            {"phase", t.phase},
            {"hours", t.hours},
            {"core", t.core},
            {"presents", t.presents},
            {"direction_work", t.direction_work},
            {"prerequisites", t.prerequisites},
            {"title", texts_json(t.title)},
            {"deliverable", texts_json(t.deliverable)},
            {"links", links_json(t.links)},
            {"questions", texts_list_json(t.questions)},
            {"state", to_string(t.state)},
            {"done_hours", t.done_hours}};
}

/// Reads one field at a time, naming the place of whatever is wrong; texts by language too.
class StateReader : public json_input::FieldReader<StateError> {
  public:
    using FieldReader::FieldReader;

    Texts texts(const ojson& obj, const std::string& where, const char* key) const {
        return texts_value(field(obj, where, key), where + "/" + key);
    }
    Texts texts_value(const ojson& v, const std::string& where) const {
        Texts out;
        if (!v.is_object()) {
            fail(where, util::say(msg::field_texts));
        }
        for (const auto& [lang, text] : v.items()) {
            if (!text.is_string()) {
                fail(where + "/" + lang, util::say(msg::field_string));
            }
            out[lang] = util::clean_text(text.get_ref<const std::string&>());
        }
        return out;
    }
};

constexpr int k_max = 1'000'000;

TaskState read_state(const StateReader& r, const ojson& j, const std::string& at) {
    const std::string state = r.string(j, at, "state");
    const auto* it = std::find_if(std::begin(k_states), std::end(k_states),
                                  [&](TaskState s) { return state == to_string(s); });
    if (it == std::end(k_states)) {
        r.fail(at + "/state", util::say(msg::unknown_state, util::quoted(state)));
    }
    return *it;
}

TrackedTask read_task(const StateReader& r, const ojson& j, const std::string& at) {
    TrackedTask t;
    t.id = r.string(j, at, "id");
    t.phase = r.string(j, at, "phase");
    t.hours = r.integer(j, at, "hours", 1, k_max);
    t.core = r.boolean(j, at, "core");
    t.presents = r.boolean(j, at, "presents");
    t.direction_work = r.boolean(j, at, "direction_work");
    for (const auto& p : r.array(j, at, "prerequisites")) {
        if (!p.is_string()) {
            r.fail(at + "/prerequisites", util::say(msg::field_task_ids));
        }
        t.prerequisites.push_back(util::clean_text(p.get_ref<const std::string&>()));
    }
    t.title = r.texts(j, at, "title");
    t.deliverable = r.texts(j, at, "deliverable");
    const ojson& questions = r.array(j, at, "questions");
    for (std::size_t k = 0; k < questions.size(); ++k) {
        t.questions.push_back(r.texts_value(questions[k], at + "/questions/" + std::to_string(k)));
    }
    const ojson& links = r.array(j, at, "links");
    for (std::size_t k = 0; k < links.size(); ++k) {
        const std::string lp = at + "/links/" + std::to_string(k);
        t.links.emplace_back(r.texts(links[k], lp, "title"), r.string(links[k], lp, "url"));
    }
    t.state = read_state(r, j, at);
    t.done_hours = r.integer(j, at, "done_hours", 0, t.hours);
    return t;
}

/// The tracked tasks by id, so that reading a week's items takes time linear in the file.
using TaskIndex = std::unordered_map<std::string_view, const TrackedTask*>;

/// A task before or after a logged change: {"state": "todo", "done_hours": 5}.
std::optional<TaskProgress> read_progress(const StateReader& r, const ojson& entry,
                                          const std::string& at, const char* key) {
    if (!entry.contains(key)) {
        return std::nullopt;
    }
    const std::string where = at + "/" + key;
    const ojson& j = entry[key];
    return TaskProgress{read_state(r, j, where), r.integer(j, where, "done_hours", 0, k_max)};
}

LogEntry read_log_entry(const StateReader& r, const ojson& j, const std::string& at) {
    LogEntry e{r.date(j, at, "on"),
               r.string(j, at, "action"),
               r.string(j, at, "task"),
               r.integer(j, at, "hours", 0, k_max),
               std::nullopt,
               std::nullopt};
    if (j.is_object()) {
        e.before = read_progress(r, j, at, "before");
        e.after = read_progress(r, j, at, "after");
    }
    return e;
}

Week read_week(const StateReader& r, const ojson& j, const std::string& at,
               const TaskIndex& tasks) {
    Week w;
    w.index = r.integer(j, at, "index", 1, k_max);
    w.start = r.date(j, at, "start_date");
    w.end = r.date(j, at, "end_date");
    // A week holds at most 14 days (a first week started late in a week runs to the next
    // Sunday): a longer one would make every view walk its days.
    if (w.end < w.start || w.start.plus_days(13) < w.end) {
        r.fail(at + "/end_date",
               util::say(msg::week_too_long, w.start.to_string(), w.end.to_string()));
    }
    w.budget = r.integer(j, at, "budget", 0, k_max);
    const ojson& items = r.array(j, at, "items");
    for (std::size_t i = 0; i < items.size(); ++i) {
        const std::string ip = at + "/items/" + std::to_string(i);
        PlanItem item;
        item.task = r.string(items[i], ip, "task");
        const auto found = tasks.find(item.task);
        if (found == tasks.end()) {
            r.fail(ip + "/task", util::say(msg::week_task_unknown, util::quoted(item.task)));
        }
        const TrackedTask* t = found->second;
        item.phase = t->phase;
        item.core = t->core;
        item.hours = r.integer(items[i], ip, "hours", 1, k_max);
        item.parts = r.integer(items[i], ip, "parts", 1, k_max);
        item.part = r.integer(items[i], ip, "part", 1, item.parts);
        w.hours += item.hours;
        w.items.push_back(std::move(item));
    }
    return w;
}

void read_header(const StateReader& r, const ojson& doc, TrackedPlan& p) {
    const ojson& version = r.field(doc, "", "schema_version");
    if (!version.is_number_integer()) {
        r.fail("/schema_version", util::say(msg::field_whole));
    }
    if (version.get<std::int64_t>() > k_state_schema_version) {
        r.fail("/schema_version",
               util::say(msg::written_by_newer, version.dump(), k_state_schema_version));
    }
    if (version.get<std::int64_t>() < 1) {
        r.fail("/schema_version", util::say(msg::field_one));
    }
    p.llmpath_version = r.string(doc, "", "generated_by");
    p.catalog_id = r.string(r.field(doc, "", "catalog"), "/catalog", "id");
    p.catalog_version = r.string(r.field(doc, "", "catalog"), "/catalog", "version");
    p.lang = r.string(doc, "", "lang");
    if (doc.contains("name")) { // absent when the plan belongs to no one named
        p.name = r.string(doc, "", "name");
    }
    p.direction = r.string(doc, "", "direction");
    p.direction_name = r.texts(doc, "", "direction_name");
    const ojson& answers = r.field(doc, "", "answers");
    if (!answers.is_object()) {
        r.fail("/answers", util::say(msg::field_object));
    }
    p.answers_json = answers.dump();
    p.hours_per_week = r.integer(doc, "", "hours_per_week", 1, 168);
    p.start = r.date(doc, "", "start_date");
    p.tracked_on = r.date(doc, "", "tracked_on");
    p.revision = r.integer(doc, "", "revision", 1, k_max);
}

/// How many re-plans changed each week and checkpoint: {"weeks": {"3": 2}, "checkpoints": {...}}.
void read_sequences(const StateReader& r, const ojson& doc, TrackedPlan& p) {
    const ojson& seq = r.field(doc, "", "sequences");
    if (seq.is_object() && seq.contains("changed_on")) { // absent in older files
        const ojson& changed = seq["changed_on"];
        if (!changed.is_object()) {
            r.fail("/sequences/changed_on", util::say(msg::field_object));
        }
        for (const auto& [event, day] : changed.items()) {
            p.event_changed[event] = r.date(changed, "/sequences/changed_on", event.c_str());
        }
    }
    for (const char* key : {"weeks", "checkpoints"}) {
        const ojson& map = r.field(seq, "/sequences", key);
        if (!map.is_object()) {
            r.fail(std::string("/sequences/") + key, util::say(msg::field_object));
        }
        for (const auto& [k, v] : map.items()) {
            const std::string at = std::string("/sequences/") + key + "/" + k;
            if (!v.is_number_integer() || v.get<std::int64_t>() < 0 ||
                v.get<std::int64_t>() > k_max) {
                r.fail(at, util::say(msg::field_whole));
            }
            if (std::string_view(key) == "checkpoints") {
                p.checkpoint_sequence[k] = v.get<int>();
            } else if (!k.empty() && k.size() < 8 &&
                       k.find_first_not_of("0123456789") == std::string::npos) {
                p.week_sequence[std::stoi(k)] = v.get<int>();
            } else {
                r.fail(at, util::say(msg::field_week_number));
            }
        }
    }
}

} // namespace

ojson week_json(const Week& w, bool with_hours) {
    ojson items = ojson::array();
    for (const auto& item : w.items) {
        items.push_back({{"task", item.task},
                         {"hours", item.hours},
                         {"part", item.part},
                         {"parts", item.parts}});
    }
    ojson out = {{"index", w.index},
                 {"start_date", w.start.to_string()},
                 {"end_date", w.end.to_string()},
                 {"budget", w.budget}};
    if (with_hours) {
        out["hours"] = w.hours;
    }
    out["items"] = std::move(items);
    return out;
}

std::string tracked_to_json(const TrackedPlan& p) {
    // One line: the file is read on every command, and a third of an indented file is spaces.
    return tracked_document(p).dump(-1, ' ', false, ojson::error_handler_t::replace) + "\n";
}

nlohmann::ordered_json tracked_document(const TrackedPlan& p) {
    ojson doc;
    doc["schema_version"] = k_state_schema_version;
    doc["generated_by"] = p.llmpath_version;
    doc["catalog"] = {{"id", p.catalog_id}, {"version", p.catalog_version}};
    doc["lang"] = p.lang;
    if (!p.name.empty()) {
        doc["name"] = p.name;
    }
    doc["direction"] = p.direction;
    doc["direction_name"] = texts_json(p.direction_name);
    doc["answers"] = ojson::parse(p.answers_json);
    doc["hours_per_week"] = p.hours_per_week;
    doc["start_date"] = p.start.to_string();
    doc["tracked_on"] = p.tracked_on.to_string();
    doc["revision"] = p.revision;
    doc["phases"] = ojson::array();
    for (const auto& phase : p.phases) {
        ojson parts = ojson::array();
        for (const auto& part : phase.checkpoint) {
            parts.push_back(texts_json(part));
        }
        doc["phases"].push_back(
            {{"id", phase.id}, {"title", texts_json(phase.title)}, {"checkpoint", parts}});
    }
    doc["tasks"] = ojson::array();
    for (const auto& t : p.tasks) {
        doc["tasks"].push_back(task_json(t));
    }
    doc["weeks"] = ojson::array();
    for (const auto& w : p.weeks) {
        doc["weeks"].push_back(week_json(w));
    }
    ojson weeks = ojson::object();
    for (const auto& [index, sequence] : p.week_sequence) {
        weeks[std::to_string(index)] = sequence;
    }
    ojson changed = ojson::object();
    for (const auto& [event, day] : p.event_changed) {
        changed[event] = day.to_string();
    }
    doc["sequences"] = {
        {"weeks", weeks}, {"checkpoints", p.checkpoint_sequence}, {"changed_on", changed}};
    doc["log"] = ojson::array();
    for (const auto& e : p.log) {
        ojson entry = {
            {"on", e.on.to_string()}, {"action", e.action}, {"task", e.task}, {"hours", e.hours}};
        if (e.before && e.after) {
            entry["before"] = progress_json(*e.before);
            entry["after"] = progress_json(*e.after);
        }
        doc["log"].push_back(std::move(entry));
    }
    return doc;
}

TrackedPlan tracked_from_json(std::string_view text, const std::string& source) {
    json_input::Options options;
    options.document = msg::doc_tracked_plan;
    const ojson doc = json_input::parse_or_throw<StateError>(text, source, options);
    return tracked_from_document(doc, source, "");
}

TrackedPlan tracked_from_document(const nlohmann::ordered_json& doc, const std::string& source,
                                  const std::string& pointer) {
    const StateReader r(source, pointer);
    TrackedPlan p;
    read_header(r, doc, p);
    const ojson& phases = r.array(doc, "", "phases");
    for (std::size_t i = 0; i < phases.size(); ++i) {
        const std::string at = "/phases/" + std::to_string(i);
        TrackedPhase phase{r.string(phases[i], at, "id"), r.texts(phases[i], at, "title"), {}};
        const ojson& parts = r.array(phases[i], at, "checkpoint");
        for (std::size_t k = 0; k < parts.size(); ++k) {
            phase.checkpoint.push_back(
                r.texts_value(parts[k], at + "/checkpoint/" + std::to_string(k)));
        }
        p.phases.push_back(std::move(phase));
    }
    const ojson& tasks = r.array(doc, "", "tasks");
    for (std::size_t i = 0; i < tasks.size(); ++i) {
        p.tasks.push_back(read_task(r, tasks[i], "/tasks/" + std::to_string(i)));
    }
    TaskIndex index;
    for (const auto& t : p.tasks) {
        index.emplace(t.id, &t); // the first of an id given twice, as TrackedPlan::find finds it
    }
    const ojson& weeks = r.array(doc, "", "weeks");
    for (std::size_t i = 0; i < weeks.size(); ++i) {
        p.weeks.push_back(read_week(r, weeks[i], "/weeks/" + std::to_string(i), index));
    }
    read_sequences(r, doc, p);
    const ojson& log = r.array(doc, "", "log");
    for (std::size_t i = 0; i < log.size(); ++i) {
        p.log.push_back(read_log_entry(r, log[i], "/log/" + std::to_string(i)));
    }
    normalize_weeks(p);
    return p;
}

} // namespace llmpath
