#include "cli/pager.hpp"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <sys/wait.h>
#include <unistd.h>

namespace llmpath::cli {

namespace {

/// Writes all of `text` to `fd`; stops quietly when the pager has quit (EPIPE).
void write_to(int fd, std::string_view text) {
    std::size_t done = 0;
    while (done < text.size()) {
        const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return;
        }
        done += static_cast<std::size_t>(n);
    }
}

} // namespace

bool show_in_pager(const std::string& command, std::string_view text) {
    int fds[2];
    if (::pipe(fds) != 0) {
        return false;
    }
    const pid_t child = ::fork();
    if (child < 0) {
        ::close(fds[0]);
        ::close(fds[1]);
        return false;
    }
    if (child == 0) {
        ::dup2(fds[0], 0);
        ::close(fds[0]);
        ::close(fds[1]);
        ::setenv("LESS", "FRX", 0);
        ::setenv("LV", "-c", 0);
        std::signal(SIGPIPE, SIG_DFL);
        ::execl("/bin/sh", "sh", "-c", command.c_str(), static_cast<char*>(nullptr));
        std::_Exit(127);
    }
    ::close(fds[0]);
    // Ctrl-C while the pager runs is the pager's: it ends the pager, and then this process.
    struct sigaction ignore {};
    struct sigaction old_int {};
    ignore.sa_handler = SIG_IGN;
    ::sigaction(SIGINT, &ignore, &old_int);
    write_to(fds[1], text);
    ::close(fds[1]);
    int status = 0;
    while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    ::sigaction(SIGINT, &old_int, nullptr);
    // A shell that could not find the pager exits 127 before reading anything.
    return !(WIFEXITED(status) && WEXITSTATUS(status) == 127);
}

} // namespace llmpath::cli
