#include "util/atomic_file.hpp"

#include <array>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>

namespace llmpath::util {

namespace {

// The temporary file being written, so an interrupt can remove it. One write at a time.
std::array<char, 4096> g_pending{};
std::atomic<bool> g_has_pending{false};

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
    explicit TempFile(const std::string& target) {
        m_path = target + ".tmp-XXXXXX";
        m_fd = mkstemp(m_path.data());
        if (m_fd < 0) {
            const int err = errno;
            fail(err, "cannot write " + target);
        }
        if (m_path.size() < g_pending.size()) {
            std::memcpy(g_pending.data(), m_path.c_str(), m_path.size() + 1);
            g_has_pending = true;
        }
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
        g_has_pending = false;
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
};

/// Writes `content` to `tmp` and flushes it to disk.
void fill(TempFile& tmp, std::string_view content, const std::string& path) {
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
    if (::fsync(tmp.fd()) != 0) {
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

void write_file_atomically(const std::string& path, std::string_view content, bool overwrite) {
    struct stat st{};
    if (::stat(path.c_str(), &st) == 0) {
        if (S_ISDIR(st.st_mode)) {
            fail(EISDIR, "cannot write " + path);
        }
        if (!overwrite) {
            fail(EEXIST, "cannot write " + path);
        }
    }
    const std::string folder = folder_of(path);
    struct stat folder_st{};
    if (::stat(folder.c_str(), &folder_st) != 0) {
        const int err = errno;
        fail(err, "cannot write " + path + ": folder " + folder);
    }

    TempFile tmp(path);
    // mkstemp creates 0600; a plan is an ordinary document, so honour the umask like any editor.
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(tmp.fd(), 0666 & ~mask);
    fill(tmp, content, path);
    if (overwrite) {
        if (::rename(tmp.path().c_str(), path.c_str()) != 0) {
            const int err = errno;
            fail(err, "cannot write " + path);
        }
    } else {
        // link(2) fails if the target appeared since the check above: never clobber it.
        if (::link(tmp.path().c_str(), path.c_str()) != 0) {
            const int err = errno;
            fail(err, "cannot write " + path);
        }
        ::unlink(tmp.path().c_str());
    }
    tmp.keep();
}

void replace_file(const std::string& path, std::string_view content, const std::string& backup) {
    TempFile tmp(path);
    fill(tmp, content, path);
    struct stat st{};
    if (::stat(path.c_str(), &st) == 0) {
        // The old version becomes the backup, in one rename, before the new one replaces it.
        const std::string linked = backup + ".tmp";
        ::unlink(linked.c_str());
        if (::link(path.c_str(), linked.c_str()) != 0) {
            TempFile copy(backup);
            std::string old;
            if (FILE* f = std::fopen(path.c_str(), "rb")) {
                char buf[65536];
                for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, f)) > 0;) {
                    old.append(buf, n);
                }
                std::fclose(f);
            }
            fill(copy, old, backup);
            if (::rename(copy.path().c_str(), backup.c_str()) != 0) {
                const int err = errno;
                fail(err, "cannot write " + backup);
            }
            copy.keep();
        } else if (::rename(linked.c_str(), backup.c_str()) != 0) {
            const int err = errno;
            ::unlink(linked.c_str());
            fail(err, "cannot write " + backup);
        }
    }
    if (::rename(tmp.path().c_str(), path.c_str()) != 0) {
        const int err = errno;
        fail(err, "cannot write " + path);
    }
    tmp.keep();
    sync_folder(folder_of(path), path);
}

void remove_pending_temp_files() noexcept {
    if (g_has_pending) {
        ::unlink(g_pending.data());
    }
}

} // namespace llmpath::util
