#include "render_common.hpp"

#include <nlohmann/json.hpp>

namespace llmpath {

namespace {

using Json = nlohmann::ordered_json;

std::string str(const Text& t, std::string_view lang) { return render::text(t, lang); }

Json ranking_json(const Report& report) {
    Json out = Json::array();
    for (const auto& s : report.recommendation.ranking) {
        Json reasons = Json::array();
        for (const auto& r : s.reasons) {
            reasons.push_back(render::clean(reason_text(report.catalog, s.direction, r, report.lang)));
        }
        Json entry = Json::object();
        entry["direction"] = s.direction;
        entry["name"] = render::direction_name(report.catalog, s.direction, report.lang);
        entry["score"] = s.score;
        entry["raw"] = s.raw;
        entry["reasons"] = std::move(reasons);
        out.push_back(std::move(entry));
    }
    return out;
}

Json pitfalls_json(const Report& report) {
    Json out = Json::array();
    for (const auto& flag : report.recommendation.pitfalls) {
        const Pitfall* p = report.catalog.find_pitfall(flag.pitfall);
        Json entry = Json::object();
        entry["id"] = flag.pitfall;
        entry["title"] = p == nullptr ? render::clean(flag.pitfall) : str(p->title, report.lang);
        entry["causes"] = flag.causes;
        entry["tasks"] = flag.tasks;
        out.push_back(std::move(entry));
    }
    return out;
}

Json item_json(const Report& report, const PlanItem& item) {
    const auto& lang = report.lang;
    const Task* task = report.catalog.find_task(item.task);
    Json out = Json::object();
    out["task"] = item.task;
    out["title"] = render::task_title(report.catalog, item.task, lang);
    out["hours"] = item.hours;
    out["part"] = item.part;
    out["parts"] = item.parts;
    out["phase"] = item.phase;
    out["core"] = item.core;
    if (task != nullptr && item.part == item.parts && !task->deliverable.empty()) {
        out["deliverable"] = str(task->deliverable, lang);
    }
    if (task != nullptr && item.part == 1 && !task->resources.empty()) {
        Json resources = Json::array();
        for (const auto& r : task->resources) {
            Json res = Json::object();
            res["type"] = to_string(r.type);
            res["title"] = str(r.title, lang);
            res["url"] = render::clean(r.url);
            resources.push_back(std::move(res));
        }
        out["resources"] = std::move(resources);
    }
    return out;
}

Json plan_json(const Report& report) {
    const auto& lang = report.lang;
    const Plan& plan = *report.plan;
    Json out = Json::object();
    out["start_date"] = plan.start.to_string();
    out["end_date"] = plan.end.to_string();
    out["hours_per_week"] = plan.hours_per_week;
    out["hours_needed_per_week"] = plan.hours_needed_per_week;
    out["core_hours"] = plan.core_hours;
    out["weeks_total"] = plan.weeks_total;
    out["fits_in_six_months"] = plan.fits_in_six_months;

    Json phases = Json::array();
    for (std::size_t r = 0; r < plan.phases.size(); ++r) {
        const PhaseWindow& w = plan.phases[r];
        const Phase* phase = report.catalog.find_phase(w.id);
        Json entry = Json::object();
        entry["id"] = w.id;
        entry["title"] = phase == nullptr ? render::clean(w.id) : str(phase->title, lang);
        entry["start_date"] = w.start.to_string();
        entry["end_date"] = w.end.to_string();
        entry["goal"] = phase == nullptr ? std::string() : str(phase->goal, lang);
        entry["checkpoint"] =
            phase == nullptr ? std::string()
                             : render::checkpoint_text(*phase, report.recommendation.direction, lang);
        entry["last_week"] = w.last_week;
        phases.push_back(std::move(entry));
    }
    out["phases"] = std::move(phases);

    Json weeks = Json::array();
    for (const auto& week : plan.weeks) {
        Json items = Json::array();
        for (const auto& item : week.items) {
            items.push_back(item_json(report, item));
        }
        Json entry = Json::object();
        entry["index"] = week.index;
        entry["start_date"] = week.start.to_string();
        entry["end_date"] = week.end.to_string();
        entry["budget"] = week.budget;
        entry["hours"] = week.hours;
        entry["items"] = std::move(items);
        weeks.push_back(std::move(entry));
    }
    out["weeks"] = std::move(weeks);

    Json unscheduled = Json::array();
    for (const auto& u : plan.unscheduled) {
        Json entry = Json::object();
        entry["task"] = u.task;
        entry["title"] = render::task_title(report.catalog, u.task, lang);
        entry["reason"] = u.reason;
        unscheduled.push_back(std::move(entry));
    }
    out["unscheduled"] = std::move(unscheduled);
    return out;
}

} // namespace

std::string render_json(const Report& report, int indent) {
    const auto& rec = report.recommendation;
    Json out = Json::object();
    out["schema_version"] = 1;
    out["generated_by"] = "llmpath " + report.version;
    Json catalog = Json::object();
    catalog["id"] = report.catalog.id;
    catalog["version"] = report.catalog.version;
    out["catalog"] = std::move(catalog);
    out["lang"] = report.lang;
    out["profile"] = Json::parse(answers_to_json(report.catalog, report.answers, -1));

    Json recommendation = Json::object();
    recommendation["direction"] = rec.direction;
    recommendation["name"] = render::direction_name(report.catalog, rec.direction, report.lang);
    recommendation["chosen_by_user"] = rec.chosen_by_user;
    recommendation["close_call"] = rec.close_call;
    recommendation["ranking"] = ranking_json(report);
    recommendation["pitfalls"] = pitfalls_json(report);
    out["recommendation"] = std::move(recommendation);
    if (report.plan != nullptr) {
        out["plan"] = plan_json(report);
    }
    std::string text = out.dump(indent < 0 ? -1 : indent, ' ', false,
                                nlohmann::ordered_json::error_handler_t::replace);
    if (indent >= 0) {
        text += '\n';
    }
    return text;
}

} // namespace llmpath
