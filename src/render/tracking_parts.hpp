#pragma once

// What the tracking screens share (src/render/tracking_screens.cpp, tracking_changes.cpp).

#include <llmpath/tracking.hpp>

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace llmpath::render::tracked {

/// The task's title in `lang`, cleaned; its id when the plan has no such task.
std::string title_of(const TrackedPlan& plan, const std::string& id, std::string_view lang);
/// The phase's title in `lang`, cleaned; its id when the plan has no such phase.
std::string phase_title(const TrackedPlan& plan, const std::string& id, std::string_view lang);
/// "done", "skipped" or "to do" in `lang`.
const char* state_word(TaskState s, std::string_view lang);
/// "[x]", "[-]" or "[ ]".
std::string mark(TaskState s);
/// The hours the tasks still to do need.
int plan_left_hours(const TrackedPlan& plan);
/// The fields every tracking command's JSON starts with.
nlohmann::ordered_json header(const TrackedPlan& plan, const char* kind, std::string_view lang);

} // namespace llmpath::render::tracked
