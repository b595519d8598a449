// The catalogue loader's checks of the root object and of each section but the questions.
#include "catalog_loader.hpp"

#include "util/suggest.hpp"
#include "util/text.hpp"

#include <algorithm>

namespace llmpath {

namespace {

const std::vector<std::string> k_resource_types{"official", "opensource", "article",
                                                "course",   "video",      "book"};

} // namespace

using util::quote;

void Loader::languages(const json& j, const Path& p) {
    if (!expect_array(j, p)) {
        return;
    }
    if (j.empty()) {
        problem(p, "no languages declared; list at least one, such as [\"en\"]");
        return;
    }
    bool ok = true;
    for (std::size_t i = 0; i < j.size(); ++i) {
        const Path at = p / i;
        if (!j[i].is_string()) {
            problem(at, "expected a string, got " + loader::describe(j[i]));
            ok = false;
            continue;
        }
        const auto& code = j[i].get_ref<const std::string&>();
        if (!loader::is_language_code(code)) {
            problem(at, "invalid language code " + quote(code) +
                            "; use a code such as 'en', 'zh' or 'pt-BR'");
            ok = false;
            continue;
        }
        catalog.languages.push_back(code);
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
    static constexpr std::string_view k_keys[] = {"id", "name", "short_name", "description"};
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
    return l;
}

Direction Loader::direction(const json& j, const Path& p) {
    Direction d;
    if (!expect_object(j, p)) {
        return d;
    }
    static constexpr std::string_view k_keys[] = {"id",    "name", "tagline", "keywords",
                                                  "suits", "work", "verdict"};
    const Members m(*this, j, p, k_keys);
    if (auto v = m.get("id", true)) {
        d.id = id_value(*v, p / "id");
        if (d.id == k_common_direction) {
            problem(p / "id", "direction id 'common' is reserved: it marks tasks that belong to "
                              "every direction");
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
    return d;
}

Phase Loader::phase(const json& j, const Path& p) {
    Phase ph;
    ph.start_day = -1;
    ph.end_day = -1;
    if (!expect_object(j, p)) {
        return ph;
    }
    static constexpr std::string_view k_keys[] = {
        "id", "title", "start_day", "end_day", "goal", "checkpoint", "direction_checkpoints"};
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
        problem(p / "end_day", "phase ends on day " + std::to_string(ph.end_day) +
                                   ", before it starts on day " + std::to_string(ph.start_day));
    }
    if (auto v = m.get("goal", true)) {
        ph.goal = text(*v, p / "goal", true);
    }
    if (auto v = m.get("checkpoint", true)) {
        ph.checkpoint = text(*v, p / "checkpoint", true);
    }
    if (auto v = m.get("direction_checkpoints", false)) {
        const Path at = p / "direction_checkpoints";
        if (expect_object(*v, at)) {
            for (auto it = v->begin(); it != v->end(); ++it) {
                ph.direction_checkpoints.emplace(it.key(), text(*it, at / it.key(), true));
            }
        }
    }
    return ph;
}

// Phases in day order: the first starts on day 0, each starts the day after the previous ends,
// and the last ends on day k_plan_days - 1.
void Loader::check_phase_days(const Path& p) {
    const auto& phases = catalog.phases;
    if (phases.empty()) {
        problem(p, "no phases; phases must cover days 0 to " + std::to_string(k_plan_days - 1));
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
                problem(at, "the first phase must start on day 0, got day " +
                                std::to_string(ph.start_day));
            }
            continue;
        }
        const Phase& prev = phases[i - 1];
        const std::string name = quote(ph.id.empty() ? std::to_string(i) : ph.id);
        const std::string prev_name = quote(prev.id.empty() ? std::to_string(i - 1) : prev.id);
        if (ph.start_day <= prev.end_day) {
            problem(at, "phase " + name + " starts on day " + std::to_string(ph.start_day) +
                            ", overlapping phase " + prev_name + " (days " +
                            std::to_string(prev.start_day) + " to " + std::to_string(prev.end_day) +
                            "); start it on day " + std::to_string(prev.end_day + 1));
        } else if (ph.start_day > prev.end_day + 1) {
            const int from = prev.end_day + 1;
            const int to = ph.start_day - 1;
            problem(at, "gap between phases " + prev_name + " and " + name + ": " +
                            (from == to
                                 ? "day " + std::to_string(from)
                                 : "days " + std::to_string(from) + " to " + std::to_string(to)) +
                            " belong to no phase");
        }
    }
    if (phases.back().end_day != k_plan_days - 1) {
        const Path item = p / (phases.size() - 1);
        problem(item / "end_day", "the last phase must end on day " +
                                      std::to_string(k_plan_days - 1) + ", got day " +
                                      std::to_string(phases.back().end_day));
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
    pf.flag_when = section<Condition>(m, p, "flag_when", false,
                                      [&](const json& c, const Path& at) { return condition(c, at); });
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

void Loader::check_url(const std::string& url, const Path& at) {
    constexpr std::string_view scheme = "https://";
    const bool has_space = std::any_of(url.begin(), url.end(), [](char c) {
        return static_cast<unsigned char>(c) <= 0x20 || c == 0x7F;
    });
    if (std::string_view(url).substr(0, scheme.size()) != scheme) {
        problem(at, "url " + quote(url) + " must start with https://");
        return;
    }
    if (has_space) {
        problem(at, "url " + quote(url) + " contains spaces or control characters");
        return;
    }
    std::string_view host = std::string_view(url).substr(scheme.size());
    host = host.substr(0, host.find_first_of("/?#"));
    if (auto at_sign = host.rfind('@'); at_sign != std::string_view::npos) {
        host = host.substr(at_sign + 1);
    }
    host = host.substr(0, host.find(':'));
    if (host.empty()) {
        problem(at, "url " + quote(url) + " has no host");
    }
}

Resource Loader::resource(const json& j, const Path& p) {
    Resource r;
    if (!expect_object(j, p)) {
        return r;
    }
    static constexpr std::string_view k_keys[] = {"type", "title", "url"};
    const Members m(*this, j, p, k_keys);
    if (auto v = m.get("type", true)) {
        const std::string t = string_value(*v, p / "type", false);
        auto it = std::find(k_resource_types.begin(), k_resource_types.end(), t);
        if (it != k_resource_types.end()) {
            r.type = static_cast<ResourceType>(it - k_resource_types.begin());
        } else if (v->is_string()) {
            const std::string hint = util::did_you_mean(t, k_resource_types);
            problem(p / "type",
                    "unknown resource type " + quote(t) +
                        (hint.empty() ? "; use " + util::join(k_resource_types, ", ", " or ")
                                      : hint));
        }
    }
    if (auto v = m.get("title", true)) {
        r.title = text(*v, p / "title", true);
    }
    if (auto v = m.get("url", true)) {
        r.url = string_value(*v, p / "url", false);
        if (v->is_string()) {
            check_url(r.url, p / "url");
        }
    }
    return r;
}

void Loader::task_directions(const json& j, const Path& dp, Task& t) {
    t.directions = id_list(j, dp, "direction");
    if (j.is_array() && j.empty()) {
        problem(dp, "no directions; list direction ids or [\"common\"]");
    }
    if (t.directions.size() > 1) {
        for (std::size_t i = 0; i < t.directions.size(); ++i) {
            if (t.directions[i] == k_common_direction) {
                problem(dp / i, "'common' must be the only direction of a task (it already "
                                "means every direction)");
            }
        }
    }
}

Task Loader::task(const json& j, const Path& p) {
    Task t;
    if (!expect_object(j, p)) {
        return t;
    }
    static constexpr std::string_view k_keys[] = {
        "id",   "phase",    "directions",    "title",       "summary",   "hours",
        "core", "bridging", "prerequisites", "deliverable", "resources", "skip_if_skills"};
    const Members m(*this, j, p, k_keys);
    if (auto v = m.get("id", true)) {
        t.id = id_value(*v, p / "id");
    }
    if (auto v = m.get("phase", true)) {
        t.phase = id_value(*v, p / "phase", "phase id");
    }
    if (auto v = m.get("directions", true)) {
        task_directions(*v, p / "directions", t);
    }
    if (auto v = m.get("title", true)) {
        t.title = text(*v, p / "title", true);
    }
    if (auto v = m.get("summary", false)) {
        t.summary = text(*v, p / "summary", false);
    }
    if (auto v = m.get("hours", true)) {
        t.hours = bounded_int(*v, p / "hours", "hours", 1, k_max_task_hours).value_or(1);
    }
    if (auto v = m.get("core", false)) {
        t.core = bool_value(*v, p / "core", true);
    }
    if (auto v = m.get("bridging", false)) {
        t.bridging = bool_value(*v, p / "bridging", false);
    }
    if (auto v = m.get("prerequisites", false)) {
        t.prerequisites = id_list(*v, p / "prerequisites", "prerequisite");
    }
    if (auto v = m.get("deliverable", true)) {
        t.deliverable = text(*v, p / "deliverable", true);
    }
    t.resources = section<Resource>(m, p, "resources", false,
                                    [&](const json& r, const Path& at) { return resource(r, at); });
    if (auto v = m.get("skip_if_skills", false)) {
        t.skip_if_skills = id_list(*v, p / "skip_if_skills", "skill");
    }
    return t;
}

bool Loader::begin_task_stream(const json& root_so_far) {
    const auto it = root_so_far.find("languages");
    if (it == root_so_far.end()) {
        return false;
    }
    const Path root;
    languages(*it, root / "languages");
    m_languages_done = true;
    return true;
}

Task Loader::stream_task(const json& j, std::size_t index) {
    const Path root;
    const Path tasks = root / "tasks";
    return task(j, tasks / index);
}

void Loader::root_fields(const Members& m, const Path& p) {
    if (auto v = m.get("schema_version", true)) {
        if (auto n = integer_value(*v, p / "schema_version"); n && *n != k_schema_version) {
            problem(p / "schema_version", "unsupported schema_version " + std::to_string(*n) +
                                              "; this llmpath reads schema_version " +
                                              std::to_string(k_schema_version));
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
    if (auto v = m.get("languages", true); v != nullptr && !m_languages_done) {
        languages(*v, p / "languages");
    }
    if (auto v = m.get("title", true)) {
        catalog.title = text(*v, p / "title", true);
    }
    if (auto v = m.get("description", false)) {
        catalog.description = text(*v, p / "description", false);
    }
}

void Loader::load(const json& root, std::optional<std::vector<Task>> streamed) {
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
        problem(p / "directions", "no directions; declare at least one");
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
    if (streamed) {
        m.get("tasks", true);
        catalog.tasks = std::move(*streamed);
    } else {
        catalog.tasks = section<Task>(m, p, "tasks", true,
                                      [&](const json& j, const Path& at) { return task(j, at); });
    }
    check_references();
}

} // namespace llmpath
