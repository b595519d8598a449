// `llmpath cohort`: learners' exported tracked plans read back, and each one's status on a day.
#include <llmpath/cohort.hpp>

#include "tracking/internal.hpp"
#include "util/say.hpp"
#include "json/fields.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <tuple>

namespace llmpath {

namespace {

using ojson = nlohmann::ordered_json;

/// "team/ada.json" -> "ada": a learner's name when their plan has none.
std::string file_stem(const std::string& file) {
    std::string stem = file.substr(file.find_last_of('/') + 1);
    if (stem.size() > 5 && stem.compare(stem.size() - 5, 5, ".json") == 0) {
        stem.resize(stem.size() - 5);
    }
    return stem;
}

/// What makes a JSON document an export this llmpath reads; throws StateError if it is not.
void check_export(const ojson& doc, const std::string& file) {
    const auto fail = [&](const std::string& where, const Said& what) {
        throw StateError(util::say(msg::at_place, file + ":" + where, what));
    };
    const auto kind = doc.is_object() ? doc.find("kind") : doc.end();
    if (!doc.is_object() || kind == doc.end() || *kind != "export") {
        fail("/", util::say(msg::not_an_export));
    }
    const auto version = doc.find("schema_version");
    if (version == doc.end() || !version->is_number_integer()) {
        fail("/schema_version", util::say(msg::field_whole));
    }
    if (version->get<std::int64_t>() > k_export_schema_version) {
        fail("/schema_version",
             util::say(msg::written_by_newer, version->dump(), k_export_schema_version));
    }
    const auto tracked = doc.find("tracked");
    if (tracked == doc.end() || tracked->is_null()) {
        fail("/", util::say(msg::export_too_old));
    }
}

/// The day of the last done or skip the plan's log records.
std::optional<Date> last_progress(const TrackedPlan& plan) {
    std::optional<Date> last;
    for (const auto& e : plan.log) {
        if ((e.action == "done" || e.action == "skip") && (!last || *last < e.on)) {
            last = e.on;
        }
    }
    return last;
}

CohortRow row_of(const CohortLearner& learner, Date today) {
    const TrackedPlan& plan = learner.plan;
    CohortRow row{learner.name,
                  learner.file,
                  plan.direction,
                  plan.direction_name,
                  plan.catalog_id,
                  plan.catalog_version,
                  status_view(plan, today),
                  {},
                  last_progress(plan),
                  false};
    for (const auto& phase : plan.phases) {
        if (row.status.next_checkpoint && phase.id == row.status.next_checkpoint->phase &&
            row.checkpoint_title.empty()) {
            row.checkpoint_title = phase.title;
        }
    }
    // Progress is expected from the start, or from the day the plan was adopted if later.
    const Date since = row.last_activity.value_or(std::max(plan.start, plan.tracked_on));
    row.stalled = row.status.week > 0 && !row.status.finished &&
                  today.to_days() - since.to_days() >= k_stalled_days;
    return row;
}

} // namespace

CohortLearner learner_from_export(std::string_view text, const std::string& file) {
    json_input::Options options;
    options.document = msg::doc_export;
    // The export's own tasks and weeks are what `tracked` holds: read past, not kept.
    options.skip_keys = {"tasks", "phases", "weeks"};
    const ojson doc = json_input::parse_or_throw<StateError>(text, file, options);
    check_export(doc, file);
    CohortLearner learner;
    learner.file = file;
    learner.plan = tracked_from_document(doc["tracked"], file, "/tracked");
    learner.name = learner.plan.name.empty() ? file_stem(file) : learner.plan.name;
    return learner;
}

CohortView cohort_view(const std::vector<CohortLearner>& learners, Date today) {
    CohortView view;
    view.today = today;
    for (const auto& learner : learners) {
        view.rows.push_back(row_of(learner, today));
    }
    std::stable_sort(view.rows.begin(), view.rows.end(), [](const auto& a, const auto& b) {
        return std::tie(a.status.ahead_hours, a.name, a.file) <
               std::tie(b.status.ahead_hours, b.name, b.file);
    });
    for (const auto& row : view.rows) {
        const bool behind = !row.status.on_schedule && row.status.ahead_hours < 0;
        (row.stalled ? view.stalled : behind ? view.behind : view.on_schedule) += 1;
        view.mixed_catalogs = view.mixed_catalogs ||
                              row.catalog_id != view.rows.front().catalog_id ||
                              row.catalog_version != view.rows.front().catalog_version;
    }
    return view;
}

} // namespace llmpath
