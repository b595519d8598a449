#pragma once

#include <llmpath/tracking.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace llmpath {

/// The version of the `export --format json` document `llmpath cohort` reads (docs/tracking.md).
inline constexpr int k_export_schema_version = 1;

/// Days without recorded progress after which a learner is stalled.
inline constexpr int k_stalled_days = 14;

/// One learner's tracked plan, as their export carries it.
struct CohortLearner {
    std::string name; ///< the plan's owner, else the file's name without its folder and ".json"
    std::string file; ///< the file it was read from, as named
    TrackedPlan plan;
};

/// Reads a learner's `export --format json` document; `file` names it in messages. Throws
/// StateError naming the file and the place (line and column for a syntax error, else the JSON
/// Pointer): not JSON, not an llmpath export, an export from a newer llmpath, a damaged plan.
CohortLearner learner_from_export(std::string_view text, const std::string& file);

/// A learner's row: what `llmpath status` shows for them on the day, and when they last
/// recorded progress.
struct CohortRow {
    std::string name;
    std::string file;
    std::string direction;
    Texts direction_name;
    std::string catalog_id;
    std::string catalog_version;
    StatusView status;
    Texts checkpoint_title;            ///< the title of the next checkpoint's phase
    std::optional<Date> last_activity; ///< the last done or skip recorded; none yet
    bool stalled = false; ///< under way, not finished, no progress for k_stalled_days or more
};

struct CohortView {
    Date today;
    std::vector<CohortRow> rows; ///< most behind first (by ahead_hours), then by name and file
    int on_schedule = 0;         ///< neither stalled nor behind (on schedule, ahead, finished)
    int behind = 0;              ///< behind schedule, not stalled
    int stalled = 0;
    bool mixed_catalogs = false; ///< the learners' plans come from different catalogue versions
};

/// The cohort on `today`: one row per learner, from the same status_view `status` uses.
CohortView cohort_view(const std::vector<CohortLearner>& learners, Date today);

} // namespace llmpath
