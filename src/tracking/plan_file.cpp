// `llmpath track --plan`: a plan made by `plan --format json` or `batch`, read to be adopted.
#include <llmpath/tracking.hpp>

#include "util/say.hpp"
#include "json/fields.hpp"
#include "json/input.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace llmpath {

namespace {

using ojson = nlohmann::ordered_json;

/// The version of the plan report this llmpath writes (docs/plan-json.md).
constexpr std::int64_t k_report_schema_version = 2;

/// Reads the fields of a plan report, naming the file and the place of what is wrong.
using ReportReader = json_input::FieldReader<InputError>;

/// The largest whole number a plan report holds (hours, indexes).
constexpr int k_report_max = 1'000'000;

/// A plan report of this llmpath's schema, with a plan; throws otherwise.
void check_report(const ReportReader& r, const ojson& doc, const std::string& file) {
    if (!doc.is_object() || !doc.contains("plan") || !doc.contains("profile") ||
        !doc.contains("schema_version")) {
        r.fail("", util::say(msg::not_a_plan_report));
    }
    const ojson& version = doc["schema_version"];
    if (!version.is_number_integer()) {
        r.fail("/schema_version", util::say(msg::field_whole));
    }
    if (version.get<std::int64_t>() > k_report_schema_version) {
        throw StateError(
            util::say(msg::at_place, file + ":/schema_version",
                      util::say(msg::written_by_newer, version.dump(), k_report_schema_version)));
    }
    if (version.get<std::int64_t>() < k_report_schema_version) {
        r.fail("/schema_version", util::say(msg::plan_too_old, version.dump()));
    }
}

Week read_week(const ReportReader& r, const ojson& w, const std::string& at) {
    Week week{r.integer(w, at, "index", 0, k_report_max),
              r.date(w, at, "start_date"),
              r.date(w, at, "end_date"),
              r.integer(w, at, "budget", 0, k_report_max),
              r.integer(w, at, "hours", 0, k_report_max),
              {}};
    const ojson& items = r.array(w, at, "items");
    for (std::size_t k = 0; k < items.size(); ++k) {
        const std::string item_at = at + "/items/" + std::to_string(k);
        PlanItem item;
        item.task = r.string(items[k], item_at, "task");
        item.phase = r.string(items[k], item_at, "phase");
        item.hours = r.integer(items[k], item_at, "hours", 0, k_report_max);
        item.part = r.integer(items[k], item_at, "part", 0, k_report_max);
        item.parts = r.integer(items[k], item_at, "parts", 0, k_report_max);
        item.core = r.boolean(items[k], item_at, "core");
        week.items.push_back(std::move(item));
    }
    return week;
}

} // namespace

PlanFile plan_file_from_json(std::string_view text, const std::string& file) {
    json_input::Options options;
    options.document = msg::doc_plan;
    const ojson doc = json_input::parse_or_throw<InputError>(text, file, options);
    const ReportReader r(file);
    check_report(r, doc, file);
    PlanFile out;
    out.generated_by = r.string(doc, "", "generated_by");
    out.catalog_id = r.string(r.field(doc, "", "catalog"), "/catalog", "id");
    out.catalog_version = r.string(r.field(doc, "", "catalog"), "/catalog", "version");
    out.lang = r.string(doc, "", "lang");
    if (doc.contains("learner")) {
        out.learner = r.string(doc, "", "learner");
    }
    ojson answers = r.field(doc, "", "profile");
    const ojson& defaulted = r.field(doc, "", "defaulted");
    if (!answers.is_object() || !defaulted.is_array()) {
        r.fail(answers.is_object() ? "/defaulted" : "/profile",
               util::say(answers.is_object() ? msg::field_array : msg::field_object));
    }
    answers["_defaulted"] = defaulted;
    out.answers_json = answers.dump();
    const ojson& rec = r.field(doc, "", "recommendation");
    if (r.boolean(rec, "/recommendation", "chosen_by_user")) {
        out.direction = r.string(rec, "/recommendation", "direction");
    }
    const ojson& plan = doc["plan"];
    out.whole_path = r.boolean(plan, "/plan", "whole_path");
    const ojson& weeks = r.array(plan, "/plan", "weeks");
    for (std::size_t i = 0; i < weeks.size(); ++i) {
        out.weeks.push_back(read_week(r, weeks[i], "/plan/weeks/" + std::to_string(i)));
    }
    return out;
}

Said plan_difference(const PlanFile& file, const Plan& plan) {
    const std::size_t n = std::max(file.weeks.size(), plan.weeks.size());
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t week = i + 1;
        if (i >= file.weeks.size() || i >= plan.weeks.size()) {
            return util::say(msg::week_in_one, week);
        }
        const Week& a = file.weeks[i];
        const Week& b = plan.weeks[i];
        if (a.start != b.start || a.end != b.end) {
            return util::say(msg::week_runs, week, a.start.to_string(), a.end.to_string(),
                             b.start.to_string(), b.end.to_string());
        }
        const auto same = [](const PlanItem& x, const PlanItem& y) {
            return x.task == y.task && x.hours == y.hours && x.part == y.part && x.parts == y.parts;
        };
        if (!std::equal(a.items.begin(), a.items.end(), b.items.begin(), b.items.end(), same)) {
            return util::say(msg::week_holds, week);
        }
    }
    return {};
}

} // namespace llmpath
