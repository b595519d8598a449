// The catalogue loader's checks of a task and of what it holds: resources, shortcut, GPU need.
#include "catalog/loader.hpp"

#include "util/say.hpp"
#include "util/suggest.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <cmath>

namespace llmpath {

namespace {

const std::vector<std::string> k_resource_types{"official", "opensource", "article", "course",
                                                "video",    "book",       "paper"};

} // namespace

void Loader::check_url(const std::string& url, const Path& at) {
    constexpr std::string_view scheme = "https://";
    const bool has_space = std::any_of(url.begin(), url.end(), [](char c) {
        return static_cast<unsigned char>(c) <= 0x20 || c == 0x7F;
    });
    if (std::string_view(url).substr(0, scheme.size()) != scheme) {
        problem(at, util::say(msg::cat_url_https, util::quoted(url)));
        return;
    }
    if (has_space) {
        problem(at, util::say(msg::cat_url_spaces, util::quoted(url)));
        return;
    }
    std::string_view host = std::string_view(url).substr(scheme.size());
    host = host.substr(0, host.find_first_of("/?#"));
    if (auto at_sign = host.rfind('@'); at_sign != std::string_view::npos) {
        host = host.substr(at_sign + 1);
    }
    host = host.substr(0, host.find(':'));
    if (host.empty()) {
        problem(at, util::say(msg::cat_url_host, util::quoted(url)));
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
            problem(p / "type", util::say(msg::cat_unknown_resource_type, util::quoted(t),
                                          loader::name_hint(t, k_resource_types)));
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
        problem(dp, util::say(msg::cat_task_no_directions));
    }
    if (t.directions.size() > 1) {
        for (std::size_t i = 0; i < t.directions.size(); ++i) {
            if (t.directions[i] == k_common_direction) {
                problem(dp / i, util::say(msg::cat_common_only));
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
        "id",       "phase",    "directions",    "title",       "summary",   "hours",
        "core",     "bridging", "prerequisites", "deliverable", "resources", "skip_if_skills",
        "presents", "uses",     "teaches",       "shorten",     "gpu",       "interview",
        "priority", "hours_by"};
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
    task_plan_fields(m, p, t);
    return t;
}

// What the planner reads besides the hours: presenting, skills used and taught, a shortcut, GPU
// time, interview questions.
void Loader::task_plan_fields(const Members& m, const Path& p, Task& t) {
    if (auto v = m.get("presents", false)) {
        t.presents = bool_value(*v, p / "presents", false);
    }
    if (auto v = m.get("uses", false)) {
        t.uses = id_list(*v, p / "uses", "skill");
    }
    if (auto v = m.get("teaches", false)) {
        t.teaches = id_list(*v, p / "teaches", "skill");
    }
    if (auto v = m.get("shorten", false)) {
        t.shorten = shortcut(*v, p / "shorten", t.hours);
    }
    if (auto v = m.get("gpu", false)) {
        t.gpu = gpu_need(*v, p / "gpu");
    }
    if (auto v = m.get("interview", false)) {
        t.interview = bool_value(*v, p / "interview", false);
    }
    if (auto v = m.get("priority", false)) {
        t.priority = static_cast<int>(
            bounded_int(*v, p / "priority", "priority", k_min_priority, k_max_priority)
                .value_or(k_default_priority));
    }
    if (auto v = m.get("hours_by", false)) {
        t.hours_by = hours_by(*v, p / "hours_by");
    }
}

// {"question": id, "hours": {choice value: hours}}: the question and its values are checked
// with the other references.
HoursBy Loader::hours_by(const json& j, const Path& p) {
    HoursBy h;
    if (!expect_object(j, p)) {
        return h;
    }
    static constexpr std::string_view k_keys[] = {"question", "hours"};
    const Members m(*this, j, p, k_keys);
    if (auto v = m.get("question", true)) {
        h.question = id_value(*v, p / "question", "question id");
    }
    if (auto v = m.get("hours", true)) {
        const Path hp = p / "hours";
        if (!v->is_object()) {
            problem(hp, util::say(msg::cat_expected, util::say(msg::kind_hours_by),
                                  loader::describe(*v)));
        } else if (v->empty()) {
            problem(hp, util::say(msg::cat_no_hours));
        } else {
            for (auto it = v->begin(); it != v->end(); ++it) {
                h.hours[std::string(it.key())] = static_cast<int>(
                    bounded_int(*it, hp / it.key(), "hours", 1, k_max_task_hours).value_or(1));
            }
        }
    }
    return h;
}

Shortcut Loader::shortcut(const json& j, const Path& p, int task_hours) {
    Shortcut s;
    if (!expect_object(j, p)) {
        return s;
    }
    static constexpr std::string_view k_keys[] = {"hours", "how", "without"};
    const Members m(*this, j, p, k_keys);
    if (auto v = m.get("hours", true)) {
        if (task_hours < 2) {
            problem(p / "hours", util::say(msg::cat_cannot_shorten, task_hours));
        } else {
            s.hours =
                bounded_int(*v, p / "hours", "shortened hours", 1, task_hours - 1).value_or(0);
        }
    }
    if (auto v = m.get("how", true)) {
        s.how = text(*v, p / "how", true);
    }
    if (auto v = m.get("without", false)) {
        s.without = id_list(*v, p / "without", "task");
    }
    return s;
}

GpuNeed Loader::gpu_need(const json& j, const Path& p) {
    GpuNeed g;
    if (!expect_object(j, p)) {
        return g;
    }
    static constexpr std::string_view k_keys[] = {"class", "count", "hours"};
    const Members m(*this, j, p, k_keys);
    if (auto v = m.get("class", true)) {
        g.gpu_class = id_value(*v, p / "class", "GPU class");
    }
    if (auto v = m.get("count", false)) {
        g.count = bounded_int(*v, p / "count", "count", 1, 1024).value_or(1);
    }
    if (auto v = m.get("hours", true)) {
        g.tenths = static_cast<int>(
            scaled_number(*v, p / "hours", "GPU hours", 10, 0.1, 10'000).value_or(0));
    }
    return g;
}

} // namespace llmpath
