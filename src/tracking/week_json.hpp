#pragma once

// A plan's week as the files llmpath writes carry it: the tracked plan and the export.

#include <llmpath/schedule.hpp>

#include <nlohmann/json.hpp>

namespace llmpath {

/// {"index", "start_date", "end_date", "budget", ["hours",] "items"}, each item a task's part
/// without its texts; `with_hours`: the hours planned in the week too (the export's).
nlohmann::ordered_json week_json(const Week& w, bool with_hours = false);

} // namespace llmpath
