#pragma once

// Shared by the tracking sources; not public API.

#include <llmpath/tracking.hpp>

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <vector>

namespace llmpath {

/// The hours week `week` of the plan's calendar holds at `hours_per_week`: week 1 its share of
/// its days, every other week all of them.
int week_budget_of(const TrackedPlan& plan, int week, int hours_per_week);

/// Whether a week of the plan holds the task.
bool scheduled(const TrackedPlan& plan, const std::string& id);

/// The week `index` of `weeks`, adding the empty weeks of the plan's calendar up to it.
Week& week_in(std::vector<Week>& weeks, const TrackedPlan& plan, int index);

/// Puts each done task that no week holds into the week it was done in (from the log), at the
/// latest `last_week`.
void place_done(TrackedPlan& plan, int last_week);

/// Raises the SEQUENCE and notes `today` as the change date of every calendar event (a week's,
/// a checkpoint's) whose content differs between `before` and `plan`.
void note_events(TrackedPlan& plan, const TrackedPlan& before, Date today);

/// The tracked plan's file as a JSON document (tracked_to_json writes it on one line).
nlohmann::ordered_json tracked_document(const TrackedPlan& plan);
/// Reads a tracked plan from `doc`, which is at JSON Pointer `pointer` of the file `source` (""
/// when it is the whole file): what tracked_from_json reads once the text is parsed.
TrackedPlan tracked_from_document(const nlohmann::ordered_json& doc, const std::string& source,
                                  const std::string& pointer);

} // namespace llmpath
