#pragma once

// Shared by the planner (schedule.cpp) and the packer (packer.cpp); not public API.

#include <llmpath/schedule.hpp>

#include <vector>

namespace llmpath {

/// Per task: core, or needed (directly or not) by a core task.
std::vector<char> required_tasks(const std::vector<WorkTask>& tasks);

} // namespace llmpath
