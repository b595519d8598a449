#pragma once

#include <llmpath/cohort.hpp>
#include <llmpath/render.hpp>
#include <llmpath/tracking.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace llmpath {

/// What the tracking commands print, as text for people and JSON for programs
/// (docs/tracking.schema.json: each document has "schema_version": 1 and its "kind").

/// `llmpath track`: the plan adopted.
std::string render_tracked_summary_text(const TrackedPlan& plan, std::string_view lang,
                                        const TextOptions& options);
std::string render_tracked_summary_json(const TrackedPlan& plan, std::string_view lang);

/// `llmpath today`.
std::string render_today_text(const TrackedPlan& plan, const TodayView& view, std::string_view lang,
                              const TextOptions& options);
std::string render_today_json(const TrackedPlan& plan, const TodayView& view,
                              std::string_view lang);

/// `llmpath status`.
std::string render_status_text(const TrackedPlan& plan, const StatusView& view,
                               std::string_view lang, const TextOptions& options);
std::string render_status_json(const TrackedPlan& plan, const StatusView& view,
                               std::string_view lang);

/// `llmpath history`: the log week by week.
std::string render_history_text(const TrackedPlan& plan, const std::vector<HistoryWeek>& weeks,
                                std::string_view lang, const TextOptions& options);
std::string render_history_json(const TrackedPlan& plan, const std::vector<HistoryWeek>& weeks,
                                std::string_view lang);

/// `llmpath replan`.
std::string render_replan_text(const TrackedPlan& plan, const ReplanResult& result, Date today,
                               std::string_view lang, const TextOptions& options);
std::string render_replan_json(const TrackedPlan& plan, const ReplanResult& result, Date today,
                               std::string_view lang);

/// `llmpath done`, `skip`, `undo`: what changed for each task named.
std::string render_changes_text(const TrackedPlan& plan, const std::vector<TaskChange>& changes,
                                std::string_view lang, const TextOptions& options);
std::string render_changes_json(const TrackedPlan& plan, const std::vector<TaskChange>& changes,
                                std::string_view action, std::string_view lang);

/// `llmpath cohort`: a row per learner, most behind first, and how many are on schedule,
/// behind and stalled; as text (a table), Markdown (a list, for a weekly team update) and JSON
/// (docs/cohort.schema.json).
std::string render_cohort_text(const CohortView& view, std::string_view lang,
                               const TextOptions& options);
std::string render_cohort_markdown(const CohortView& view, std::string_view lang);
std::string render_cohort_json(const CohortView& view, std::string_view lang);

} // namespace llmpath
