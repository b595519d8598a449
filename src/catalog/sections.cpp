// The catalogue loader's checks of the root object and of each section but the questions.
#include "catalog/loader.hpp"

#include "util/say.hpp"
#include "util/suggest.hpp"
#include "util/text.hpp"

#include <llmpath/date.hpp>

#include <algorithm>

namespace llmpath {

void Loader::languages(const json& j, const Path& p) {
    if (!expect_array(j, p)) {
        return;
    }
    if (j.empty()) {
        problem(p, util::say(msg::cat_no_languages));
        return;
    }
    bool ok = true;
    for (std::size_t i = 0; i < j.size(); ++i) {
        const Path at = p / i;
        if (!j[i].is_string()) {
            problem(at, util::say(msg::cat_expected, util::say(msg::kind_string),
                                  loader::describe(j[i])));
            ok = false;
            continue;
        }
        const std::string_view code = j[i].str();
        if (!loader::is_language_code(code)) {
            problem(at, util::say(msg::cat_bad_language_code, util::quoted(code)));
            ok = false;
            continue;
        }
        catalog.languages.emplace_back(code);
    }
    const auto before = problems.size();
    check_unique(catalog.languages, p, "language");
    m_languages_known = ok && problems.size() == before;
}

Layer Loader::layer(const json& j, const Path& p) {
    Layer l;
    if (!expect_object(j, p)) {
        return l;
    }
    static constexpr std::string_view k_keys[] = {"id",          "name",  "short_name",
                                                  "description", "tools", "directions"};
    const Members m(*this, j, p, k_keys);
    if (auto v = m.get("id", true)) {
        l.id = id_value(*v, p / "id");
    }
    if (auto v = m.get("name", true)) {
        l.name = text(*v, p / "name", true);
    }
    if (auto v = m.get("short_name", false)) {
        l.short_name = text(*v, p / "short_name", true);
    }
    if (auto v = m.get("description", false)) {
        l.description = text(*v, p / "description", false);
    }
    if (auto v = m.get("tools", false); v != nullptr && expect_array(*v, p / "tools")) {
        const Path tp = p / "tools";
        for (std::size_t i = 0; i < v->size(); ++i) {
            l.tools.push_back(string_value((*v)[i], tp / i));
        }
    }
    if (auto v = m.get("directions", false)) {
        l.directions = id_list(*v, p / "directions", "direction");
    }
    return l;
}

Direction Loader::direction(const json& j, const Path& p) {
    Direction d;
    if (!expect_object(j, p)) {
        return d;
    }
    static constexpr std::string_view k_keys[] = {
        "id", "name", "tagline", "keywords", "suits", "work", "verdict", "interview_questions"};
    const Members m(*this, j, p, k_keys);
    if (auto v = m.get("id", true)) {
        d.id = id_value(*v, p / "id");
        if (d.id == k_common_direction) {
            problem(p / "id", util::say(msg::cat_common_reserved));
        }
    }
    if (auto v = m.get("name", true)) {
        d.name = text(*v, p / "name", true);
    }
    if (auto v = m.get("tagline", false)) {
        d.tagline = text(*v, p / "tagline", false);
    }
    if (auto v = m.get("keywords", false)) {
        d.keywords = text_list(*v, p / "keywords");
    }
    if (auto v = m.get("suits", false)) {
        d.suits = text(*v, p / "suits", false);
    }
    if (auto v = m.get("work", false)) {
        d.work = text_list(*v, p / "work");
    }
    if (auto v = m.get("verdict", false)) {
        d.verdict = text(*v, p / "verdict", false);
    }
    if (auto v = m.get("interview_questions", false)) {
        interview_questions(*v, p / "interview_questions", d);
    }
    return d;
}

// Each question names the tasks whose work answers it: {"text": ..., "tasks": [...]}.
void Loader::interview_questions(const json& j, const Path& p, Direction& d) {
    if (!j.is_array()) {
        problem(p, util::say(msg::cat_expected, util::say(msg::kind_question_list),
                             loader::describe(j)));
        return;
    }
    for (std::size_t i = 0; i < j.size(); ++i) {
        const Path at = p / i;
        Text question;
        std::vector<std::string> tasks;
        if (expect_object(j[i], at)) {
            static constexpr std::string_view k_keys[] = {"text", "tasks"};
            const Members m(*this, j[i], at, k_keys);
            if (auto v = m.get("text", true)) {
                question = text(*v, at / "text", true);
            }
            if (auto v = m.get("tasks", true)) {
                tasks = id_list(*v, at / "tasks", "task");
                if (v->is_array() && v->empty()) {
                    problem(at / "tasks", util::say(msg::cat_no_tasks_question));
                }
            }
        }
        d.interview_questions.push_back(std::move(question));
        d.interview_tasks.push_back(std::move(tasks));
    }
}

Phase Loader::phase(const json& j, const Path& p) {
    Phase ph;
    ph.start_day = -1;
    ph.end_day = -1;
    if (!expect_object(j, p)) {
        return ph;
    }
    static constexpr std::string_view k_keys[] = {"id",
                                                  "title",
                                                  "start_day",
                                                  "end_day",
                                                  "goal",
                                                  "checkpoint",
                                                  "direction_checkpoints",
                                                  "ready_to_apply"};
    const Members m(*this, j, p, k_keys);
    if (auto v = m.get("id", true)) {
        ph.id = id_value(*v, p / "id");
    }
    if (auto v = m.get("title", true)) {
        ph.title = text(*v, p / "title", true);
    }
    if (auto v = m.get("start_day", true)) {
        ph.start_day =
            bounded_int(*v, p / "start_day", "start_day", 0, k_plan_days - 1).value_or(-1);
    }
    if (auto v = m.get("end_day", true)) {
        ph.end_day = bounded_int(*v, p / "end_day", "end_day", 0, k_plan_days - 1).value_or(-1);
    }
    if (ph.start_day >= 0 && ph.end_day >= 0 && ph.end_day < ph.start_day) {
        problem(p / "end_day", util::say(msg::cat_phase_ends_before, ph.end_day, ph.start_day));
    }
    if (auto v = m.get("goal", true)) {
        ph.goal = text(*v, p / "goal", true);
    }
    if (auto v = m.get("checkpoint", true)) {
        ph.checkpoint = checkpoint_parts(*v, p / "checkpoint");
    }
    if (auto v = m.get("direction_checkpoints", false)) {
        const Path at = p / "direction_checkpoints";
        if (expect_object(*v, at)) {
            for (auto it = v->begin(); it != v->end(); ++it) {
                ph.direction_checkpoints.emplace(it.key(), checkpoint_parts(*it, at / it.key()));
            }
        }
    }
    if (auto v = m.get("ready_to_apply", false)) {
        ph.ready_to_apply = bool_value(*v, p / "ready_to_apply", false);
    }
    return ph;
}

// A checkpoint: a list of parts, each naming the tasks that produce it; a plain text is one
// part that names none.
std::vector<CheckpointPart> Loader::checkpoint_parts(const json& j, const Path& p) {
    std::vector<CheckpointPart> parts;
    if (j.is_string() || j.is_object()) {
        parts.push_back({text(j, p, true), {}});
        return parts;
    }
    if (!j.is_array()) {
        problem(p,
                util::say(msg::cat_expected, util::say(msg::kind_checkpoint), loader::describe(j)));
        return parts;
    }
    if (j.empty()) {
        problem(p, util::say(msg::cat_empty_checkpoint));
    }
    for (std::size_t i = 0; i < j.size(); ++i) {
        const Path at = p / i;
        CheckpointPart part;
        if (expect_object(j[i], at)) {
            static constexpr std::string_view k_keys[] = {"text", "tasks"};
            const Members m(*this, j[i], at, k_keys);
            if (auto v = m.get("text", true)) {
                part.text = text(*v, at / "text", true);
            }
            if (auto v = m.get("tasks", true)) {
                part.tasks = id_list(*v, at / "tasks", "task");
                if (v->is_array() && v->empty()) {
                    problem(at / "tasks", util::say(msg::cat_no_tasks_part));
                }
            }
        }
        parts.push_back(std::move(part));
    }
    return parts;
}

// Phases in day order: the first starts on day 0, each starts the day after the previous ends,
// and the last ends on day k_plan_days - 1.
void Loader::check_phase_days(const Path& p) {
    const auto& phases = catalog.phases;
    if (phases.empty()) {
        problem(p, util::say(msg::cat_no_phases, k_plan_days - 1));
        return;
    }
    for (std::size_t i = 0; i < phases.size(); ++i) {
        const Phase& ph = phases[i];
        if (ph.start_day < 0 || ph.end_day < 0 || ph.end_day < ph.start_day) {
            return; // already reported; the order cannot be judged
        }
        const Path item = p / i;
        const Path at = item / "start_day";
        if (i == 0) {
            if (ph.start_day != 0) {
                problem(at, util::say(msg::cat_first_phase, ph.start_day));
            }
            continue;
        }
        const Phase& prev = phases[i - 1];
        const Said name = util::quoted(ph.id.empty() ? std::to_string(i) : ph.id);
        const Said prev_name = util::quoted(prev.id.empty() ? std::to_string(i - 1) : prev.id);
        if (ph.start_day <= prev.end_day) {
            problem(at, util::say(msg::cat_phase_overlap, name, ph.start_day, prev_name,
                                  prev.start_day, prev.end_day, prev.end_day + 1));
        } else if (ph.start_day > prev.end_day + 1) {
            const int from = prev.end_day + 1;
            const int to = ph.start_day - 1;
            problem(at, from == to ? util::say(msg::cat_phase_gap_day, prev_name, name, from)
                                   : util::say(msg::cat_phase_gap_days, prev_name, name, from, to));
        }
    }
    if (phases.back().end_day != k_plan_days - 1) {
        const Path item = p / (phases.size() - 1);
        problem(item / "end_day",
                util::say(msg::cat_last_phase, k_plan_days - 1, phases.back().end_day));
    }
}

PitfallList Loader::pitfall_list(const json& j, const Path& p) {
    PitfallList list;
    if (expect_object(j, p)) {
        static constexpr std::string_view k_keys[] = {"title", "items"};
        const Members m(*this, j, p, k_keys);
        if (auto v = m.get("title", true)) {
            list.title = text(*v, p / "title", true);
        }
        if (auto v = m.get("items", true)) {
            list.items = text_list(*v, p / "items");
        }
    }
    return list;
}

Pitfall Loader::pitfall(const json& j, const Path& p) {
    Pitfall pf;
    if (!expect_object(j, p)) {
        return pf;
    }
    static constexpr std::string_view k_keys[] = {"id",    "title",     "summary",
                                                  "lists", "flag_when", "tasks"};
    const Members m(*this, j, p, k_keys);
    if (auto v = m.get("id", true)) {
        pf.id = id_value(*v, p / "id");
    }
    if (auto v = m.get("title", true)) {
        pf.title = text(*v, p / "title", true);
    }
    if (auto v = m.get("summary", true)) {
        pf.summary = text(*v, p / "summary", true);
    }
    pf.lists = section<PitfallList>(m, p, "lists", false, [&](const json& item, const Path& at) {
        return pitfall_list(item, at);
    });
    pf.flag_when = section<Condition>(
        m, p, "flag_when", false, [&](const json& c, const Path& at) { return condition(c, at); });
    if (auto v = m.get("tasks", false)) {
        pf.tasks = id_list(*v, p / "tasks", "task");
    }
    return pf;
}

Skill Loader::skill(const json& j, const Path& p) {
    Skill s;
    if (!expect_object(j, p)) {
        return s;
    }
    static constexpr std::string_view k_keys[] = {"id", "name"};
    const Members m(*this, j, p, k_keys);
    if (auto v = m.get("id", true)) {
        s.id = id_value(*v, p / "id");
    }
    if (auto v = m.get("name", true)) {
        s.name = text(*v, p / "name", true);
    }
    return s;
}

GpuPrices Loader::gpu_prices(const json& j, const Path& p) {
    GpuPrices prices;
    if (!expect_object(j, p)) {
        return prices;
    }
    static constexpr std::string_view k_keys[] = {"currency", "checked", "source", "classes"};
    const Members m(*this, j, p, k_keys);
    if (auto v = m.get("currency", true)) {
        prices.currency = string_value(*v, p / "currency");
        const auto& c = prices.currency;
        if (v->is_string() && (c.size() != 3 || !std::all_of(c.begin(), c.end(), [](char ch) {
                                   return ch >= 'A' && ch <= 'Z';
                               }))) {
            problem(p / "currency", util::say(msg::cat_currency, util::quoted(c)));
        }
    }
    if (auto v = m.get("checked", true)) {
        prices.checked = string_value(*v, p / "checked");
        if (v->is_string() && !Date::parse(prices.checked)) {
            problem(p / "checked", util::say(msg::cat_checked_date, util::quoted(prices.checked)));
        }
    }
    if (auto v = m.get("source", true)) {
        prices.source = text(*v, p / "source", true);
    }
    prices.classes = section<GpuClass>(m, p, "classes", true, [&](const json& c, const Path& at) {
        GpuClass g;
        if (!expect_object(c, at)) {
            return g;
        }
        static constexpr std::string_view k_class_keys[] = {"id", "name", "memory_gb",
                                                            "price_per_hour"};
        const Members mc(*this, c, at, k_class_keys);
        if (auto v = mc.get("id", true)) {
            g.id = id_value(*v, at / "id");
        }
        if (auto v = mc.get("name", true)) {
            g.name = text(*v, at / "name", true);
        }
        if (auto v = mc.get("memory_gb", true)) {
            g.memory_gb = bounded_int(*v, at / "memory_gb", "memory_gb", 1, 4096).value_or(0);
        }
        if (auto v = mc.get("price_per_hour", true)) {
            g.cents_per_hour =
                scaled_number(*v, at / "price_per_hour", "price_per_hour", 100, 0, 100'000)
                    .value_or(0);
        }
        return g;
    });
    return prices;
}

void Loader::root_fields(const Members& m, const Path& p) {
    if (auto v = m.get("schema_version", true)) {
        if (auto n = integer_value(*v, p / "schema_version"); n && *n != k_schema_version) {
            problem(p / "schema_version", util::say(msg::cat_schema_version, *n, k_schema_version));
        }
    }
    if (auto v = m.get("$schema", false)) {
        string_value(*v, p / "$schema");
    }
    if (auto v = m.get("id", true)) {
        catalog.id = id_value(*v, p / "id");
    }
    if (auto v = m.get("version", true)) {
        catalog.version = string_value(*v, p / "version");
    }
    if (auto v = m.get("languages", true); v != nullptr) {
        languages(*v, p / "languages");
    }
    if (auto v = m.get("title", true)) {
        catalog.title = text(*v, p / "title", true);
    }
    if (auto v = m.get("description", false)) {
        catalog.description = text(*v, p / "description", false);
    }
    if (auto v = m.get("gpu", false)) {
        catalog.gpu = gpu_prices(*v, p / "gpu");
    }
}

void Loader::load(const json& root) {
    const Path p;
    if (!expect_object(root, p)) {
        return;
    }
    const Members m(*this, root, p, loader::k_top_keys);
    root_fields(m, p);
    catalog.layers = section<Layer>(m, p, "layers", false,
                                    [&](const json& j, const Path& at) { return layer(j, at); });
    catalog.directions = section<Direction>(
        m, p, "directions", true, [&](const json& j, const Path& at) { return direction(j, at); });
    if (const json* d = m.get("directions", false); d != nullptr && d->is_array() && d->empty()) {
        problem(p / "directions", util::say(msg::cat_no_directions));
    }
    catalog.phases = section<Phase>(m, p, "phases", true,
                                    [&](const json& j, const Path& at) { return phase(j, at); });
    if (const json* ph = m.get("phases", false); ph != nullptr && ph->is_array()) {
        check_phase_days(p / "phases");
    }
    catalog.pitfalls = section<Pitfall>(
        m, p, "pitfalls", false, [&](const json& j, const Path& at) { return pitfall(j, at); });
    catalog.skills = section<Skill>(m, p, "skills", false,
                                    [&](const json& j, const Path& at) { return skill(j, at); });
    catalog.questions = section<Question>(
        m, p, "questions", true, [&](const json& j, const Path& at) { return question(j, at); });
    if (const json* q = m.get("questions", false); q != nullptr && q->is_array()) {
        check_planning_questions(p / "questions");
    }
    catalog.tasks = section<Task>(m, p, "tasks", true,
                                  [&](const json& j, const Path& at) { return task(j, at); });
    check_references();
}

} // namespace llmpath
