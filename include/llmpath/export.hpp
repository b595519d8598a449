#pragma once

#include <llmpath/render.hpp>
#include <llmpath/tracking.hpp>

#include <string>
#include <utility>
#include <vector>

namespace llmpath {

/// A plan as every export sees it, in one language, whether it was just made or is tracked:
/// its tasks with their progress, its weeks and phases. Texts are clean (no control characters).
struct ExportTask {
    std::string id;
    std::string title;
    std::string deliverable;
    std::string phase;
    int hours = 0;
    bool core = true;
    TaskState state = TaskState::todo;
    int done_hours = 0;
    std::vector<std::pair<std::string, std::string>> links; ///< title, url
    std::vector<std::string> questions; ///< interview questions listed under it
};

struct ExportPhase {
    std::string id;
    std::string title;
    std::vector<std::string> checkpoint; ///< its parts
    int first_week = 0; ///< the weeks its tasks occupy (0: none)
    int last_week = 0;
};

struct ExportPlan {
    std::string catalog_id;
    std::string catalog_version;
    std::string direction;
    std::string direction_name;
    std::string lang;
    std::string title;     ///< "Your six-month plan: Data"
    std::string version;   ///< llmpath's
    Date start;
    int hours_per_week = 0;
    int revision = 1;      ///< a tracked plan's re-plans raise it (iCalendar SEQUENCE)
    bool tracked = false;
    std::vector<ExportPhase> phases;
    std::vector<ExportTask> tasks; ///< in plan order
    std::vector<Week> weeks;

    const ExportTask* find(std::string_view id) const;
};

/// A plan just made, with nothing done yet.
ExportPlan export_of(const Report& report);
/// A tracked plan, with its progress, in `lang` (its texts in that language, else English).
ExportPlan export_of(const TrackedPlan& plan, std::string_view lang);

/// A tracked plan with its progress for people: text (ticked tasks) and Markdown (task lists
/// ticked `- [x]`), and for programs: JSON (docs/tracking.md).
std::string render_tracked_text(const ExportPlan& plan, const TextOptions& options);
std::string render_tracked_markdown(const ExportPlan& plan);
std::string render_tracked_json(const ExportPlan& plan);

} // namespace llmpath
