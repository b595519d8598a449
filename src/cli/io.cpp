#include "cli/io.hpp"
#include "cli/pager.hpp"

#include "cli/errors.hpp"
#include "util/line_reader.hpp"
#include "util/say.hpp"
#include "util/text.hpp"

#include <llmpath/error.hpp>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <unistd.h>

namespace llmpath::cli {

namespace {

/// Writes all of `text` to `fd`; the errno of the first failure, or 0.
int write_all(int fd, std::string_view text) {
    std::size_t done = 0;
    while (done < text.size()) {
        const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            return errno;
        }
        done += static_cast<std::size_t>(n);
    }
    return 0;
}

} // namespace

void Io::out(std::string_view text) {
    m_terminal.flush();
    const int err = write_all(1, text);
    if (err == EPIPE) {
        std::_Exit(0); // the reader has gone (llmpath ... | head): nothing left to do
    }
    if (err != 0) {
        Said reason = util::os_reason(err);
        reason.en = util::lower_first(reason.en);
        throw Error(util::say(msg::cannot_write_stdout, reason), ExitCode::failure);
    }
}

void Io::show(std::string_view text) {
    m_terminal.flush();
    if (m_pager.empty() || !show_in_pager(m_pager, text)) {
        out(text);
    }
}

void Io::err(std::string_view text) {
    m_terminal.flush();
    // Messages are the last word of a run: when stderr is closed, full or its reader has gone,
    // they are lost, but never the exit code (no exception, no signal, no early exit 0).
    static_cast<void>(write_all(2, text));
}

void Io::error(std::string_view message) {
    err(error_lines(message));
}

std::string Io::ask(std::string_view prompt) {
    m_terminal << prompt << std::flush;
    util::LineReader reader(m_in, util::k_max_typed_line);
    util::InputLine line;
    if (!reader.next(line)) {
        throw Interrupted();
    }
    if (line.too_long || line.has_nul) {
        throw UsageError(util::say(line.has_nul ? msg::typed_nul : msg::typed_too_long));
    }
    return std::string(util::trim(line.text));
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
