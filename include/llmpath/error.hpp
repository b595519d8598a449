#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace llmpath {

/// A message in both languages of the interface, each written as a native speaker writes it
/// (include/llmpath/messages.hpp holds the words; util::say fills them).
struct Said {
    std::string en;
    std::string zh;
    /// The message in `lang` ("zh" or "en").
    const std::string& in(std::string_view lang) const { return lang == "zh" ? zh : en; }
};

/// Process exit codes, documented in README and --help.
enum class ExitCode : int {
    ok = 0,
    failure = 1, ///< unexpected failure, I/O
    usage = 2,   ///< usage error or invalid answers
    catalog = 3, ///< invalid catalogue
    state = 4,   ///< no tracked plan, or it is damaged or from a newer llmpath
    busy = 5,    ///< another llmpath is changing the tracked plan
    interrupted = 130,
};

/// Base of every error llmpath raises on purpose; what() is a complete one-line message.
class Error : public std::runtime_error {
  public:
    /// A message that reads the same in both languages (a path, a system error, a name).
    explicit Error(const std::string& message, ExitCode code = ExitCode::failure)
        : std::runtime_error(message), m_code(code), m_zh(message) {}
    /// A message in both languages; what() is the English one.
    Error(const Said& message, ExitCode code)
        : std::runtime_error(message.en), m_code(code), m_zh(message.zh) {}
    ExitCode code() const noexcept { return m_code; }
    /// The message in `lang`: the Chinese one for "zh", else what().
    std::string text(std::string_view lang) const { return lang == "zh" ? m_zh : what(); }

  private:
    ExitCode m_code;
    std::string m_zh;
};

/// A value given to the core that the catalogue cannot use: an unknown direction or id, a
/// number out of range. The front end reports it as a usage error (exit 2).
class InputError : public Error {
  public:
    explicit InputError(const std::string& message) : Error(message, ExitCode::usage) {}
    explicit InputError(const Said& message) : Error(message, ExitCode::usage) {}
};

/// One or more answers are missing or invalid; problems() lists each, fully worded.
class AnswerError : public Error {
  public:
    explicit AnswerError(std::vector<std::string> problems)
        : Error(join(problems), ExitCode::usage), m_problems(std::move(problems)) {}
    /// Problems in both languages; problems() has the English ones.
    explicit AnswerError(const std::vector<Said>& problems)
        : Error(Said{join(problems, "en"), join(problems, "zh")}, ExitCode::usage) {
        for (const auto& p : problems) {
            m_problems.push_back(p.en);
        }
    }
    const std::vector<std::string>& problems() const noexcept { return m_problems; }

  private:
    static std::string join(const std::vector<std::string>& lines) {
        std::string out;
        for (const auto& line : lines) {
            if (!out.empty()) {
                out += '\n';
            }
            out += line;
        }
        return out;
    }
    static std::string join(const std::vector<Said>& lines, std::string_view lang) {
        std::string out;
        for (const auto& line : lines) {
            if (!out.empty()) {
                out += '\n';
            }
            out += line.in(lang);
        }
        return out;
    }
    std::vector<std::string> m_problems;
};

/// One problem found in a catalogue: where (JSON Pointer, or line:column for syntax) and what.
struct CatalogProblem {
    CatalogProblem() = default;
    CatalogProblem(std::string pointer_, int line_, int column_, std::string message_,
                   std::string zh_ = {})
        : pointer(std::move(pointer_)), line(line_), column(column_), message(std::move(message_)),
          zh(std::move(zh_)) {}

    std::string pointer; ///< "/tasks/3/hours"; "" for the document root
    int line = 0;        ///< set (with column) only for JSON syntax errors
    int column = 0;
    std::string message; ///< lowercase, names the bad value: "unknown task 'rag-101'"
    std::string zh;      ///< the message in Chinese; "" when it reads the same in both
    /// The message in `lang`.
    const std::string& text(std::string_view lang) const {
        return lang == "zh" && !zh.empty() ? zh : message;
    }
};

/// A catalogue failed to load; problems() has every problem found, in document order, or the
/// first of them when there were too many to list: then `more` says so in a last line
/// ("SOURCE: more than 1000 problems; ...").
class CatalogError : public Error {
  public:
    CatalogError(std::string source, std::vector<CatalogProblem> problems, Said more = {})
        : Error(Said{format(source, problems, more.en), format(source, problems, more.zh, "zh")},
                ExitCode::catalog),
          m_source(std::move(source)), m_problems(std::move(problems)), m_more(std::move(more)) {}
    const std::string& source() const noexcept { return m_source; }
    const std::vector<CatalogProblem>& problems() const noexcept { return m_problems; }
    /// Empty, or the line that says the problems listed are not all of them.
    const Said& more() const noexcept { return m_more; }

    /// "SOURCE:POINTER: message", or "SOURCE:LINE:COLUMN: message" for syntax errors; in
    /// Chinese a full-width colon follows the place.
    static std::string format_problem(const std::string& source, const CatalogProblem& p,
                                      std::string_view lang = "en") {
        const std::string place =
            p.line > 0 ? source + ":" + std::to_string(p.line) + ":" + std::to_string(p.column)
                       : source + ":" + (p.pointer.empty() ? std::string("/") : p.pointer);
        return place + (lang == "zh" ? "：" : ": ") + p.text(lang);
    }

  private:
    static std::string format(const std::string& source, const std::vector<CatalogProblem>& ps,
                              const std::string& more, std::string_view lang = "en") {
        std::string out;
        for (const auto& p : ps) {
            if (!out.empty()) {
                out += '\n';
            }
            out += format_problem(source, p, lang);
        }
        if (!more.empty()) {
            out += (out.empty() ? "" : "\n") + more;
        }
        return out;
    }
    std::string m_source;
    std::vector<CatalogProblem> m_problems;
    Said m_more;
};

} // namespace llmpath

namespace llmpath {

/// The person ended an interactive run (Ctrl-D, Ctrl-C): exit 130, nothing written.
class Interrupted : public Error {
  public:
    Interrupted() : Error(Said{"interrupted", "已中断"}, ExitCode::interrupted) {}
};

} // namespace llmpath
