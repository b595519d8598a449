#pragma once

#include <llmpath/render.hpp>
#include <llmpath/tracking.hpp>

#include <map>
#include <optional>
#include <string>
#include <unordered_map>
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
    std::vector<std::string> questions;                     ///< interview questions listed under it
    int first_week = 0;                                     ///< the weeks its parts are planned in
    int last_week = 0;
    std::string left_out; ///< why no week holds it (left_out_reason); "" when one does
};

struct ExportPhase {
    std::string id;
    std::string title;
    std::vector<std::string> checkpoint; ///< its parts
    int first_week = 0;                  ///< the weeks its tasks occupy (0: none)
    int last_week = 0;
};

struct ExportPlan {
    std::string catalog_id;
    std::string catalog_version;
    std::string direction;
    std::string direction_name;
    std::string lang;
    std::string title;   ///< "Your six-month plan: Data"
    std::string version; ///< llmpath's
    Date start;
    int hours_per_week = 0;
    int revision = 1; ///< a tracked plan's re-plans raise it
    bool tracked = false;
    Date made_on;        ///< the plan's start, or the day a tracked plan was last (re-)planned
    std::string learner; ///< a digest of the answers: iCalendar UIDs differ between learners
    std::string name;    ///< a tracked plan's owner ("" when none), clean
    std::string tracked_document; ///< a tracked plan's file (tracked_to_json), for the JSON export
    std::map<int, int> week_sequence;               ///< week index -> re-plans that changed it
    std::map<std::string, int> checkpoint_sequence; ///< phase id -> re-plans that moved it
    std::map<std::string, Date> event_changed;      ///< event ("week-3") -> the day it changed
    std::vector<ExportPhase> phases;
    std::vector<ExportTask> tasks; ///< in plan order
    std::vector<Week> weeks;
    std::unordered_map<std::string, std::size_t> task_index; ///< id -> index in tasks

    const ExportTask* find(std::string_view id) const;
    /// The week with this index (weeks are numbered 1, 2, ... without gaps).
    const Week& week(int index) const;
};

/// A plan just made, with nothing done yet.
ExportPlan export_of(const Report& report);
/// A tracked plan, with its progress, in `lang` (its texts in that language, else English).
ExportPlan export_of(const TrackedPlan& plan, std::string_view lang);

/// A tracked plan with its progress for people: text (ticked tasks) and Markdown (task lists
/// ticked `- [x]`), each ending with the tasks left out and why, and for programs: JSON
/// (docs/tracking.md).
std::string render_tracked_text(const ExportPlan& plan, const TextOptions& options);
std::string render_tracked_markdown(const ExportPlan& plan);
std::string render_tracked_json(const ExportPlan& plan);

/// A Mermaid `gantt` chart in a fenced block: one section per phase, one bar per task from its
/// first to its last week, the checkpoints as milestones.
std::string render_gantt(const ExportPlan& plan);
/// The weeks at a glance, one line per phase ('#' a week with its work, '.' one without), then
/// the week numbers, in `width` columns (several weeks to a column when they do not fit); lines
/// end in "\n". Empty when no week has work.
std::string render_timeline(const std::vector<ExportPhase>& phases, const std::vector<Week>& weeks,
                            std::string_view lang, int width);

/// A digest of `text` for identifiers: 16 hex digits (FNV-1a, 64 bits).
std::string digest(std::string_view text);

} // namespace llmpath
