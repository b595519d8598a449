#include "cli/state_store.hpp"

#include "util/atomic_file.hpp"
#include "util/say.hpp"
#include "util/text.hpp"

#include <cerrno>
#include <chrono>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <system_error>
#include <thread>
#include <unistd.h>

namespace llmpath::cli {

namespace {

constexpr std::size_t k_max_state_bytes = 64u << 20;

Said reason(int err) {
    Said said = util::os_reason(err);
    said.en = util::lower_first(said.en);
    return said;
}

/// The recovery advice for a tracked plan that cannot be read.
Said recovery(const StatePaths& paths) {
    struct stat st {};
    if (::stat(paths.backup.c_str(), &st) == 0) {
        return util::say(msg::state_recover_backup, paths.backup, paths.file);
    }
    return util::say(msg::state_recover);
}

/// The tracked plan's folder is a file.
Error folder_not_folder(const std::string& folder) {
    return Error(util::say(msg::state_folder_not_folder, folder), ExitCode::failure);
}

/// Creates `folder` and its parents; the last one with mode 0700 (the plan is the learner's).
void make_folder(const std::string& folder) {
    for (std::size_t at = 1; at <= folder.size(); ++at) {
        if (at != folder.size() && folder[at] != '/') {
            continue;
        }
        const std::string part = folder.substr(0, at);
        struct stat st {};
        if (::stat(part.c_str(), &st) == 0) {
            if (!S_ISDIR(st.st_mode)) {
                throw folder_not_folder(part);
            }
            continue;
        }
        if (::mkdir(part.c_str(), at == folder.size() ? 0700 : 0755) != 0 && errno != EEXIST) {
            throw Error(util::say(msg::state_folder_create, part, reason(errno)),
                        ExitCode::failure);
        }
    }
}

/// Temporary files a killed llmpath left behind (the lock is held, so none is in use).
void remove_stale_temporaries(const StatePaths& paths) {
    DIR* dir = ::opendir(paths.folder.c_str());
    if (dir == nullptr) {
        return;
    }
    const std::string prefix = "plan.json.tmp-";
    while (const dirent* e = ::readdir(dir)) {
        if (std::string_view(e->d_name).starts_with(prefix)) {
            ::unlink((paths.folder + "/" + e->d_name).c_str());
        }
    }
    ::closedir(dir);
}

} // namespace

StatePaths state_paths(const Environment& env) {
    std::string folder;
    if (!env.llmpath_home.empty()) {
        folder = env.llmpath_home;
    } else if (!env.xdg_data_home.empty()) {
        folder = env.xdg_data_home + "/llmpath";
    } else if (!env.home.empty()) {
        folder = env.home + "/.local/share/llmpath";
    } else {
        throw Error(util::say(msg::state_no_folder), ExitCode::failure);
    }
    while (folder.size() > 1 && folder.back() == '/') {
        folder.pop_back();
    }
    return {folder, folder + "/plan.json", folder + "/plan.json.bak", folder + "/plan.json.lock"};
}

bool state_exists(const StatePaths& paths) {
    struct stat st {};
    return ::stat(paths.file.c_str(), &st) == 0;
}

TrackedPlan read_state(const StatePaths& paths) {
    struct stat st {};
    if (::stat(paths.folder.c_str(), &st) == 0 && !S_ISDIR(st.st_mode)) {
        throw folder_not_folder(paths.folder);
    }
    if (::stat(paths.file.c_str(), &st) != 0) {
        throw StateError(util::say(msg::no_tracked_plan, paths.folder));
    }
    std::string text;
    try {
        text = read_input_file(paths.file, "tracked plan", k_max_state_bytes);
    } catch (const UsageError& e) {
        throw Error(Said{e.what(), e.text("zh")}, ExitCode::failure);
    }
    try {
        return tracked_from_json(text, paths.file);
    } catch (const StateError& e) {
        // "tracked plan FILE:/POINTER: what; how to recover"
        const Said place = util::say(msg::state_source, Said{e.what(), e.text("zh")});
        const Said how = recovery(paths);
        throw StateError(Said{place.en + "; " + how.en, place.zh + "；" + how.zh});
    }
}

StateLock::StateLock(const StatePaths& paths, int wait_seconds) {
    make_folder(paths.folder);
    m_fd = ::open(paths.lock.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (m_fd < 0) {
        throw Error(util::say(msg::state_cannot_lock, paths.lock, reason(errno)),
                    ExitCode::failure);
    }
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(wait_seconds);
    while (::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
        if (errno != EWOULDBLOCK && errno != EINTR) {
            const int err = errno;
            ::close(m_fd);
            throw Error(util::say(msg::state_cannot_lock, paths.lock, reason(err)),
                        ExitCode::failure);
        }
        if (std::chrono::steady_clock::now() >= until) {
            ::close(m_fd);
            throw Error(util::say(msg::plan_busy, paths.lock), ExitCode::busy);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    remove_stale_temporaries(paths);
}

StateLock::~StateLock() {
    if (m_fd >= 0) {
        ::close(m_fd); // releases the lock
    }
}

void write_state(const StatePaths& paths, const TrackedPlan& plan) {
    make_folder(paths.folder);
    struct stat st {};
    if (::lstat(paths.file.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
        throw Error(util::say(msg::state_not_regular, paths.file), ExitCode::failure);
    }
    if (::stat(paths.file.c_str(), &st) == 0 && (st.st_mode & S_IWUSR) == 0) {
        throw Error(util::say(msg::state_read_only, paths.file), ExitCode::failure);
    }
    const std::string text = tracked_to_json(plan);
    if (text.size() > k_max_state_bytes) {
        // What is written must read back: refused before anything is touched.
        throw AnswerError(std::vector<Said>{
            util::say(msg::state_too_large, text.size() >> 20, k_max_state_bytes >> 20)});
    }
    try {
        util::replace_file(paths.file, text, paths.backup);
    } catch (const std::system_error& e) {
        std::string what = e.what(); // "cannot write FILE: Reason"
        const auto colon = what.rfind(": ");
        const std::string en =
            colon == std::string::npos
                ? what
                : what.substr(0, colon + 2) + util::lower_first(what.substr(colon + 2));
        throw Error(Said{en, util::say(msg::cannot_write_file, paths.file,
                                       util::os_reason(e.code().value()))
                                 .zh},
                    ExitCode::failure);
    }
}

void print_recorded(Io& io, std::string_view text, const Said& recorded) {
    try {
        io.out(text);
    } catch (const Error& e) {
        if (recorded.en.empty()) {
            throw;
        }
        throw Error(util::say(msg::recorded_anyway, Said{e.text("en"), e.text("zh")}, recorded),
                    e.code());
    }
}

TrackedRun open_tracked(const GlobalOptions& global, const Environment& env) {
    TrackedRun run{state_paths(env), {}, {}, env.today.get()};
    run.plan = read_state(run.paths);
    run.lang = tracked_lang(global, env, run.plan);
    return run;
}

} // namespace llmpath::cli
