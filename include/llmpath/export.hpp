#pragma once

#include <llmpath/cohort.hpp>
#include <llmpath/view.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace llmpath {

/// iCalendar (RFC 5545): one all-day event per week with work, one per phase checkpoint;
/// CRLF, lines folded at 75 octets, deterministic UIDs and DTSTAMP (docs/exports.md).
std::string render_ics(const ExportPlan& plan);
/// CSV (RFC 4180) for issue trackers: a row per phase, then a row per task, with
/// Summary, Description, Phase, Start date, Due date, Hours, Issue ID, Parent, Labels.
std::string render_csv(const ExportPlan& plan);
/// `llmpath cohort --format csv`: a row per learner under a header of the JSON keys (name, file,
/// direction, catalog_id, catalog_version, week, done_hours, planned_hours, ahead_hours,
/// ahead_weeks, projected_end, next_checkpoint, next_checkpoint_date, last_activity, stalled).
std::string render_cohort_csv(const CohortView& view);
/// A compact Markdown task list for an onboarding issue: one line per task with its hours and
/// due week, grouped by phase.
std::string render_checklist(const ExportPlan& plan);

/// The formats for other tools, the same from every command: "ics", "csv" and "checklist";
/// nullopt for any other name.
std::optional<std::string> render_export(const ExportPlan& plan, std::string_view format);

} // namespace llmpath
