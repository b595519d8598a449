#pragma once

#include "cli/context.hpp"
#include "cli/io.hpp"

#include <llmpath/tracking.hpp>

#include <string>

namespace llmpath::cli {

/// Where the tracked plan lives: $LLMPATH_HOME, else $XDG_DATA_HOME/llmpath, else
/// ~/.local/share/llmpath; the file, its one backup, and the sibling file locked while it changes.
struct StatePaths {
    std::string folder;
    std::string file;   ///< FOLDER/plan.json
    std::string backup; ///< FOLDER/plan.json.bak: the version before the last change
    std::string lock;   ///< FOLDER/plan.json.lock
};

StatePaths state_paths(const Environment& env);

/// Whether a tracked plan exists (a file is there, readable or not).
bool state_exists(const StatePaths& paths);

/// Reads the tracked plan. StateError (exit 4) when there is none (saying how to start one), or
/// it is damaged or from a newer llmpath (saying how to recover); the file is never touched.
TrackedPlan read_state(const StatePaths& paths);

/// Holds the lock on the tracked plan while it lives, so that commands that change it take turns.
/// Waits up to `wait_seconds` for another llmpath to finish; then Error with exit 5.
class StateLock {
  public:
    StateLock(const StatePaths& paths, int wait_seconds);
    StateLock(const StateLock&) = delete;
    StateLock& operator=(const StateLock&) = delete;
    ~StateLock();

  private:
    int m_fd = -1;
};

/// Writes the tracked plan (the lock held): the folder is created (mode 0700) if needed, the
/// previous version kept as the backup, and the file replaced atomically. A read-only file or a
/// folder that is not one is an Error (exit 1), and nothing is written.
void write_state(const StatePaths& paths, const TrackedPlan& plan);

/// Prints `text`, the message of a command that changed the tracked plan. `recorded` names what
/// was saved ("" when nothing was): if the message cannot be written (stdout full or broken), the
/// error says that it was recorded all the same, so that a script does not record it twice.
void print_recorded(Io& io, std::string_view text, const Said& recorded);

/// What every tracking command works with: where the plan is, the plan, its language, today.
struct TrackedRun {
    StatePaths paths;
    TrackedPlan plan;
    std::string lang;
    Date today;
};

/// Reads the tracked plan for a command (read_state), with its language and today.
TrackedRun open_tracked(const GlobalOptions& global, const Environment& env);

} // namespace llmpath::cli
