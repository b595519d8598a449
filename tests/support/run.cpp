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

namespace {

/// The child's environment: ours, without what would change llmpath's behaviour unless the test
/// asks for it, then the test's own settings.
std::vector<std::string> child_env(const RunOptions& options) {
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
    return env;
}

struct Pipes {
    int in[2];
    int out[2];
    int err[2];
};

/// In the forked child: the pipes as stdin, stdout and stderr, then the program. Never returns.
[[noreturn]] void exec_child(const std::string& program, const std::vector<std::string>& args,
                             const RunOptions& options, std::vector<std::string> env,
                             const Pipes& p) {
    dup2(p.in[0], 0);
    dup2(p.out[1], 1);
    dup2(p.err[1], 2);
    for (int fd : {p.in[0], p.in[1], p.out[0], p.out[1], p.err[0], p.err[1]}) {
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

/// Reads what is there from `fd` into `to`; false once it is closed.
bool drain(int fd, std::string& to) {
    char buf[65536];
    const ssize_t r = read(fd, buf, sizeof buf);
    if (r > 0) {
        to.append(buf, static_cast<std::size_t>(r));
    }
    return r > 0;
}

/// Feeds stdin and drains stdout and stderr together, so that a large output never deadlocks.
void exchange(const RunOptions& options, int in_fd, int out_fd, int err_fd, RunResult& result) {
    std::size_t written = 0;
    if (options.stdin_text.empty() && options.close_stdin) {
        close(in_fd);
        in_fd = -1;
    }
    bool out_open = true, err_open = true;
    while (out_open || err_open) {
        pollfd fds[3];
        int n = 0;
        int out_i = -1, err_i = -1, in_i = -1;
        if (out_open) {
            fds[n] = {out_fd, POLLIN, 0};
            out_i = n++;
        }
        if (err_open) {
            fds[n] = {err_fd, POLLIN, 0};
            err_i = n++;
        }
        if (in_fd >= 0) {
            fds[n] = {in_fd, POLLOUT, 0};
            in_i = n++;
        }
        if (poll(fds, static_cast<nfds_t>(n), -1) < 0) {
            if (errno == EINTR) {
                continue;
            }
            break;
        }
        if (in_i >= 0 && (fds[in_i].revents & (POLLOUT | POLLERR | POLLHUP))) {
            const ssize_t w = write(in_fd, options.stdin_text.data() + written,
                                    options.stdin_text.size() - written);
            written += w > 0 ? static_cast<std::size_t>(w) : 0;
            if ((w < 0 || written == options.stdin_text.size()) && (options.close_stdin || w < 0)) {
                close(in_fd);
                in_fd = -1;
            }
        }
        if (out_i >= 0 && (fds[out_i].revents & (POLLIN | POLLHUP | POLLERR))) {
            out_open = drain(out_fd, result.out);
        }
        if (err_i >= 0 && (fds[err_i].revents & (POLLIN | POLLHUP | POLLERR))) {
            err_open = drain(err_fd, result.err);
        }
    }
    if (in_fd >= 0) {
        close(in_fd);
    }
}

} // namespace

RunResult run_program(const std::string& program, const std::vector<std::string>& args,
                      const RunOptions& options) {
    std::vector<std::string> env = child_env(options);
    Pipes p{};
    if (pipe(p.in) != 0 || pipe(p.out) != 0 || pipe(p.err) != 0) {
        throw std::runtime_error("pipe failed");
    }
    const pid_t pid = fork();
    if (pid < 0) {
        throw std::runtime_error("fork failed");
    }
    if (pid == 0) {
        exec_child(program, args, options, std::move(env), p);
    }
    close(p.in[0]);
    close(p.out[1]);
    close(p.err[1]);
    signal(SIGPIPE, SIG_IGN);
    RunResult result;
    exchange(options, p.in[1], p.out[0], p.err[0], result);
    close(p.out[0]);
    close(p.err[0]);
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

RunResult validate_schema(const std::string& doc, const std::string& schema,
                          const std::string& name) {
    const std::string dir = scratch_dir("schema-" + name);
    {
        std::ofstream out(dir + "/doc.json", std::ios::binary);
        out << doc;
    }
    const std::string tools = std::string(LLMPATH_SOURCE_DIR) + "/tests/tools/node_modules/.bin/";
    return run_program(tools + "ajv", {"validate", "--spec=draft2020", "-c", "ajv-formats", "-s",
                                       std::string(LLMPATH_SOURCE_DIR) + "/docs/" + schema, "-d",
                                       dir + "/doc.json"});
}

} // namespace llmpath::test
