#include "util/atomic_file.hpp"

#include <array>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <string>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>

namespace llmpath::util {

namespace {

// The temporary files being written, so that an interrupt can remove them: a slot per file
// written at the same time (batch writes from several threads).
struct PendingSlot {
    std::atomic<bool> used{false};
    std::array<char, 4096> path{};
};
std::array<PendingSlot, 64> g_pending;

PendingSlot* claim_slot(const std::string& path) {
    if (path.size() >= PendingSlot{}.path.size()) {
        return nullptr;
    }
    for (auto& slot : g_pending) {
        bool expected = false;
        if (slot.used.compare_exchange_strong(expected, true)) {
            std::memcpy(slot.path.data(), path.c_str(), path.size() + 1);
            return &slot;
        }
    }
    return nullptr;
}

[[noreturn]] void fail(int err, const std::string& what) {
    throw std::system_error(err, std::generic_category(), what);
}

std::string folder_of(const std::string& path) {
    const auto slash = path.rfind('/');
    if (slash == std::string::npos) {
        return ".";
    }
    return slash == 0 ? "/" : path.substr(0, slash);
}

class TempFile {
  public:
    /// Creates a new file next to `target` with `mode` (less the umask, as the kernel applies it).
    TempFile(const std::string& target, mode_t mode) {
        static std::atomic<unsigned> counter{0};
        for (int attempt = 0; m_fd < 0; ++attempt) {
            m_path = target + ".tmp-" + std::to_string(::getpid()) + "-" +
                     std::to_string(counter.fetch_add(1));
            m_fd = ::open(m_path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
            if (m_fd < 0 && (errno != EEXIST || attempt > 100)) {
                const int err = errno;
                fail(err, "cannot write " + target);
            }
        }
        m_slot = claim_slot(m_path);
    }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;
    ~TempFile() {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
        if (!m_kept) {
            ::unlink(m_path.c_str());
        }
        if (m_slot != nullptr) {
            m_slot->used = false;
        }
    }
    int fd() const { return m_fd; }
    const std::string& path() const { return m_path; }
    void close_checked(const std::string& target) {
        const int fd = m_fd;
        m_fd = -1;
        if (::close(fd) != 0) {
            const int err = errno;
            fail(err, "cannot write " + target);
        }
    }
    void keep() { m_kept = true; }

  private:
    std::string m_path;
    int m_fd = -1;
    bool m_kept = false;
    PendingSlot* m_slot = nullptr;
};

/// Writes `content` to `tmp` and, with `sync`, flushes it to disk.
void fill(TempFile& tmp, std::string_view content, const std::string& path, bool sync = true) {
    const char* data = content.data();
    std::size_t left = content.size();
    while (left > 0) {
        const ssize_t n = ::write(tmp.fd(), data, left);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            const int err = errno;
            fail(err, "cannot write " + path);
        }
        data += n;
        left -= static_cast<std::size_t>(n);
    }
    if (sync && ::fsync(tmp.fd()) != 0) {
        const int err = errno;
        fail(err, "cannot write " + path);
    }
    tmp.close_checked(path);
}

void sync_folder(const std::string& folder, const std::string& path) {
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        const int err = errno;
        fail(err, "cannot write " + path);
    }
    const int rc = ::fsync(fd);
    const int err = errno;
    ::close(fd);
    if (rc != 0) {
        fail(err, "cannot write " + path);
    }
}

} // namespace

void write_file_atomically(const std::string& path, std::string_view content, bool overwrite,
                           bool sync) {
    struct stat st {};
    if (::lstat(path.c_str(), &st) == 0) {
        if (S_ISDIR(st.st_mode)) {
            fail(EISDIR, "cannot write " + path);
        }
        if (!overwrite) {
            fail(EEXIST, "cannot write " + path);
        }
        if (!S_ISREG(st.st_mode)) {
            // A device, FIFO, socket or symbolic link: the rename would put a regular file in
            // its place, which is never what was asked for.
            fail(EPERM, "cannot write " + path + ": not a regular file");
        }
    }
    const std::string folder = folder_of(path);
    struct stat folder_st {};
    if (::stat(folder.c_str(), &folder_st) != 0) {
        const int err = errno;
        fail(err, "cannot write " + path + ": folder " + folder);
    }

    TempFile tmp(path, 0666); // an ordinary document: the umask decides
    fill(tmp, content, path, sync);
    if (overwrite) {
        if (::rename(tmp.path().c_str(), path.c_str()) != 0) {
            const int err = errno;
            fail(err, "cannot write " + path);
        }
    } else {
        // Fails if the target appeared since the check above: never clobber it. One rename
        // where the file system can refuse to replace, else link(2) and unlink(2).
        if (::renameat2(AT_FDCWD, tmp.path().c_str(), AT_FDCWD, path.c_str(), RENAME_NOREPLACE) !=
            0) {
            if (errno != EINVAL && errno != ENOSYS) {
                const int err = errno;
                fail(err, "cannot write " + path);
            }
            if (::link(tmp.path().c_str(), path.c_str()) != 0) {
                const int err = errno;
                fail(err, "cannot write " + path);
            }
            ::unlink(tmp.path().c_str());
        }
    }
    tmp.keep();
}

namespace {

/// The whole of the regular file `path`, or a failure naming `what`: never a part of it.
std::string read_whole(const std::string& path, const std::string& what) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        const int err = errno;
        fail(err, "cannot write " + what);
    }
    std::string old;
    char buf[65536];
    for (;;) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            const int err = n < 0 ? errno : 0;
            ::close(fd);
            if (err != 0) {
                fail(err, "cannot write " + what);
            }
            return old;
        }
        old.append(buf, static_cast<std::size_t>(n));
    }
}

/// Makes the current `path` the backup, in one rename: a hard link, or a complete copy.
void keep_backup(const std::string& path, const std::string& backup) {
    const std::string linked = backup + ".tmp";
    ::unlink(linked.c_str());
    if (::link(path.c_str(), linked.c_str()) == 0) {
        if (::rename(linked.c_str(), backup.c_str()) != 0) {
            const int err = errno;
            ::unlink(linked.c_str());
            fail(err, "cannot write " + backup);
        }
        return;
    }
    const std::string old = read_whole(path, backup); // before the backup is touched
    TempFile copy(backup, 0600);
    fill(copy, old, backup);
    if (::rename(copy.path().c_str(), backup.c_str()) != 0) {
        const int err = errno;
        fail(err, "cannot write " + backup);
    }
    copy.keep();
}

} // namespace

void replace_file(const std::string& path, std::string_view content, const std::string& backup) {
    struct stat st {};
    const bool exists = ::lstat(path.c_str(), &st) == 0;
    if (exists && !S_ISREG(st.st_mode)) {
        // A folder, device, FIFO or link in the file's place: nothing is touched, the backup
        // least of all.
        fail(S_ISDIR(st.st_mode) ? EISDIR : EPERM, "cannot write " + path + ": not a regular file");
    }
    TempFile tmp(path, 0600); // the tracked plan is private
    fill(tmp, content, path);
    if (exists) {
        keep_backup(path, backup);
    }
    if (::rename(tmp.path().c_str(), path.c_str()) != 0) {
        const int err = errno;
        fail(err, "cannot write " + path);
    }
    tmp.keep();
    sync_folder(folder_of(path), path);
}

void remove_pending_temp_files() noexcept {
    for (auto& slot : g_pending) {
        if (slot.used) {
            ::unlink(slot.path.data());
        }
    }
}

void write_file_in(int folder_fd, const std::string& folder, const std::string& name,
                   std::string_view content, bool overwrite) {
    static std::atomic<unsigned> counter{0};
    const std::string tmp_name =
        "." + name + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
    const std::string path = folder + "/" + name;
    struct stat st {};
    if (overwrite && ::fstatat(folder_fd, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0 &&
        !S_ISREG(st.st_mode)) {
        fail(EPERM, "cannot write " + path + ": not a regular file");
    }
    const int fd =
        ::openat(folder_fd, tmp_name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0) {
        const int err = errno;
        fail(err, "cannot write " + path);
    }
    PendingSlot* slot = claim_slot(folder + "/" + tmp_name);
    int err = 0;
    for (std::string_view left = content; err == 0 && !left.empty();) {
        const ssize_t n = ::write(fd, left.data(), left.size());
        err = n < 0 && errno != EINTR ? errno : 0;
        left.remove_prefix(n > 0 ? static_cast<std::size_t>(n) : 0);
    }
    if (::close(fd) != 0 && err == 0) {
        err = errno;
    }
    if (err == 0 && ::renameat2(folder_fd, tmp_name.c_str(), folder_fd, name.c_str(),
                                overwrite ? 0 : RENAME_NOREPLACE) != 0) {
        err = errno;
        if (err == EINVAL && !overwrite) { // a file system that cannot refuse in a rename
            err =
                ::linkat(folder_fd, tmp_name.c_str(), folder_fd, name.c_str(), 0) == 0 ? 0 : errno;
            ::unlinkat(folder_fd, tmp_name.c_str(), 0);
        }
    }
    if (err != 0) {
        ::unlinkat(folder_fd, tmp_name.c_str(), 0);
    }
    if (slot != nullptr) {
        slot->used = false;
    }
    if (err != 0) {
        fail(err, "cannot write " + path);
    }
}

void remove_stale_temp_files(int folder_fd) {
    DIR* dir = ::fdopendir(::dup(folder_fd));
    if (dir == nullptr) {
        return;
    }
    while (const dirent* e = ::readdir(dir)) {
        // ".NAME.tmp-PID-N", as write_file_in names them, of a process that is gone.
        const std::string_view name = e->d_name;
        const auto at = name.rfind(".tmp-");
        if (!name.starts_with(".") || at == std::string_view::npos || at == 0) {
            continue;
        }
        const std::string_view rest = name.substr(at + 5);
        const auto dash = rest.find('-');
        const std::string_view pid = rest.substr(0, dash);
        if (dash == std::string_view::npos || pid.empty() || pid.size() > 9 ||
            rest.substr(dash + 1).empty() ||
            pid.find_first_not_of("0123456789") != std::string_view::npos ||
            rest.substr(dash + 1).find_first_not_of("0123456789") != std::string_view::npos) {
            continue;
        }
        const pid_t owner = static_cast<pid_t>(std::stol(std::string(pid)));
        if (owner != ::getpid() && ::kill(owner, 0) != 0 && errno == ESRCH) {
            ::unlinkat(folder_fd, e->d_name, 0);
        }
    }
    ::closedir(dir);
}

void sync_file_system(const std::string& folder) {
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        const int err = errno;
        fail(err, "cannot write to " + folder);
    }
    const int rc = ::syncfs(fd);
    const int err = errno;
    ::close(fd);
    if (rc != 0) {
        fail(err, "cannot write to " + folder);
    }
}

} // namespace llmpath::util
