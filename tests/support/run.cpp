#include "support/run.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <poll.h>
#include <signal.h>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace llmpath::test {

namespace {

void set_env(std::vector<std::string>& env, const std::string& key,
             const std::optional<std::string>& value) {
    const std::string prefix = key + "=";
    std::erase_if(env, [&](const std::string& e) { return e.rfind(prefix, 0) == 0; });
    if (value) {
        env.push_back(prefix + *value);
    }
}

} // namespace

RunResult run_program(const std::string& program, const std::vector<std::string>& args,
                      const RunOptions& options) {
    std::vector<std::string> env;
    for (char** e = environ; *e != nullptr; ++e) {
        std::string entry = *e;
        if (options.clear_llmpath_env &&
            (entry.rfind("LLMPATH_", 0) == 0 || entry.rfind("NO_COLOR=", 0) == 0 ||
             entry.rfind("LANG=", 0) == 0 || entry.rfind("LC_ALL=", 0) == 0 ||
             entry.rfind("COLUMNS=", 0) == 0)) {
            continue;
        }
        env.push_back(entry);
    }
    for (const auto& [key, value] : options.env) {
        set_env(env, key, value);
    }

    int in_pipe[2], out_pipe[2], err_pipe[2];
    if (pipe(in_pipe) != 0 || pipe(out_pipe) != 0 || pipe(err_pipe) != 0) {
        throw std::runtime_error("pipe failed");
    }
    const pid_t pid = fork();
    if (pid < 0) {
        throw std::runtime_error("fork failed");
    }
    if (pid == 0) {
        dup2(in_pipe[0], 0);
        dup2(out_pipe[1], 1);
        dup2(err_pipe[1], 2);
        for (int fd : {in_pipe[0], in_pipe[1], out_pipe[0], out_pipe[1], err_pipe[0], err_pipe[1]}) {
            close(fd);
        }
        if (!options.cwd.empty() && chdir(options.cwd.c_str()) != 0) {
            _exit(126);
        }
        std::vector<char*> argv{const_cast<char*>(program.c_str())};
        for (const auto& a : args) {
            argv.push_back(const_cast<char*>(a.c_str()));
        }
        argv.push_back(nullptr);
        std::vector<char*> envp;
        for (auto& e : env) {
            envp.push_back(e.data());
        }
        envp.push_back(nullptr);
        execve(program.c_str(), argv.data(), envp.data());
        _exit(127);
    }
    close(in_pipe[0]);
    close(out_pipe[1]);
    close(err_pipe[1]);

    // Feed stdin and drain stdout/stderr together so a large output never deadlocks.
    signal(SIGPIPE, SIG_IGN);
    RunResult result;
    std::size_t written = 0;
    int in_fd = in_pipe[1];
    if (options.stdin_text.empty() && options.close_stdin) {
        close(in_fd);
        in_fd = -1;
    }
    bool out_open = true, err_open = true;
    char buf[65536];
    while (out_open || err_open) {
        pollfd fds[3];
        int n = 0;
        int out_i = -1, err_i = -1, in_i = -1;
        if (out_open) { fds[n] = {out_pipe[0], POLLIN, 0}; out_i = n++; }
        if (err_open) { fds[n] = {err_pipe[0], POLLIN, 0}; err_i = n++; }
        if (in_fd >= 0) { fds[n] = {in_fd, POLLOUT, 0}; in_i = n++; }
        if (poll(fds, static_cast<nfds_t>(n), -1) < 0) {
            if (errno == EINTR) {
                continue;
            }
            break;
        }
        if (in_i >= 0 && (fds[in_i].revents & (POLLOUT | POLLERR | POLLHUP))) {
            ssize_t w = write(in_fd, options.stdin_text.data() + written,
                              options.stdin_text.size() - written);
            if (w > 0) {
                written += static_cast<std::size_t>(w);
            }
            if (w < 0 || written == options.stdin_text.size()) {
                if (options.close_stdin || w < 0) {
                    close(in_fd);
                    in_fd = -1;
                }
            }
        }
        if (out_i >= 0 && (fds[out_i].revents & (POLLIN | POLLHUP | POLLERR))) {
            ssize_t r = read(out_pipe[0], buf, sizeof buf);
            if (r > 0) { result.out.append(buf, static_cast<std::size_t>(r)); } else { out_open = false; }
        }
        if (err_i >= 0 && (fds[err_i].revents & (POLLIN | POLLHUP | POLLERR))) {
            ssize_t r = read(err_pipe[0], buf, sizeof buf);
            if (r > 0) { result.err.append(buf, static_cast<std::size_t>(r)); } else { err_open = false; }
        }
    }
    if (in_fd >= 0) {
        close(in_fd);
    }
    close(out_pipe[0]);
    close(err_pipe[0]);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return result;
}

RunResult run_llmpath(const std::vector<std::string>& args, const RunOptions& options) {
    return run_program(LLMPATH_BINARY, args, options);
}

RunResult run_shell(const std::string& script, const RunOptions& options) {
    RunOptions with_binary = options;
    with_binary.env["LLMPATH"] = std::string(LLMPATH_BINARY);
    return run_program("/bin/bash", {"-c", script}, with_binary);
}

std::string scratch_dir(const std::string& name) {
    const char* base = std::getenv("LLMPATH_TEST_TMP");
    std::filesystem::path dir = std::filesystem::path(base ? base : "/tmp/llmpath-tests") / name;
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir.string();
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw std::runtime_error("cannot read " + path);
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::string test_data(const std::string& relative) {
    return std::string(LLMPATH_TEST_DATA) + "/" + relative;
}

} // namespace llmpath::test
