#pragma once

#include <istream>
#include <ostream>
#include <string>
#include <string_view>

namespace llmpath::cli {

/// The one way commands talk to the person: the output (stdout), messages (stderr), and, on a
/// terminal, questions asked and answered line by line.
class Io {
  public:
    Io(std::istream& in, std::ostream& terminal) : m_in(in), m_terminal(terminal) {}

    /// Writes `text` to stdout at once. A closed pipe (`llmpath ... | head`) ends the process
    /// quietly with exit 0; another write error throws Error.
    void out(std::string_view text);
    /// Writes a screen for people (a plan, a catalogue screen): through the pager when one is
    /// set (stdout is a terminal), else as out() does.
    void show(std::string_view text);
    /// The pager show() uses; "" for none.
    void set_pager(std::string command) { m_pager = std::move(command); }
    /// Writes `text` to stderr as it is; never fails: with stderr closed, full or gone, the text
    /// is lost and the exit code still says what happened.
    void err(std::string_view text);
    /// Writes `message` to stderr, each line as "llmpath: error: LINE".
    void error(std::string_view message);

    /// The stream prompts are written to (stdout, for the questionnaire) and the input.
    std::ostream& terminal() { return m_terminal; }
    std::istream& in() { return m_in; }
    /// Writes `prompt` to the terminal and reads one line, trimmed; Interrupted at end of input.
    std::string ask(std::string_view prompt);

  private:
    std::istream& m_in;
    std::ostream& m_terminal;
    std::string m_pager;
};

/// `message` with each line as "llmpath: error: LINE\n", controls stripped (messages quote file
/// names and values, which must never drive the terminal).
std::string error_lines(std::string_view message);

} // namespace llmpath::cli
