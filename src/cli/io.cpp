#include "cli/io.hpp"
#include "cli/pager.hpp"

#include "util/text.hpp"

#include <llmpath/error.hpp>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <unistd.h>

namespace llmpath::cli {

namespace {

void write_all(int fd, std::string_view text) {
    std::size_t done = 0;
    while (done < text.size()) {
        const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            if (errno == EPIPE) {
                std::_Exit(0); // the reader has gone (llmpath ... | head): nothing left to do
            }
            throw Error(std::string("cannot write to ") +
                        (fd == 1 ? "standard output" : "standard error") + ": " +
                        util::lower_first(std::strerror(errno)));
        }
        done += static_cast<std::size_t>(n);
    }
}

} // namespace

void Io::out(std::string_view text) {
    m_terminal.flush();
    write_all(1, text);
}

void Io::show(std::string_view text) {
    m_terminal.flush();
    if (m_pager.empty() || !show_in_pager(m_pager, text)) {
        write_all(1, text);
    }
}

void Io::err(std::string_view text) {
    m_terminal.flush();
    write_all(2, text);
}

void Io::error(std::string_view message) {
    err(error_lines(message));
}

std::string Io::ask(std::string_view prompt) {
    m_terminal << prompt << std::flush;
    std::string line;
    if (!std::getline(m_in, line)) {
        throw Interrupted();
    }
    return std::string(util::trim(line));
}

std::string error_lines(std::string_view message) {
    std::string out;
    std::size_t start = 0;
    while (start < message.size()) {
        const auto end = std::min(message.find('\n', start), message.size());
        out += "llmpath: error: " + util::strip_controls(message.substr(start, end - start)) + "\n";
        start = end + 1;
    }
    return out;
}

} // namespace llmpath::cli
