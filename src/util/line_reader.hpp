#pragma once

#include <cstddef>
#include <cstdio>
#include <istream>
#include <string>

namespace llmpath::util {

/// The longest line a person is expected to type at a prompt (an answer of 1000 characters fits
/// many times over).
inline constexpr std::size_t k_max_typed_line = 64 * 1024;

/// One line of a line-oriented input, every byte accounted for.
struct InputLine {
    std::size_t number = 0; ///< 1-based
    std::string text;       ///< without its line break ("\n" or "\r\n")
    bool has_nul = false;   ///< the line holds a NUL byte
    bool too_long = false;  ///< over the reader's limit: `text` is empty and reading stops here
};

/// The one reader of line-oriented input (batch files, answers typed at the prompt): a line at a
/// time, up to `max_bytes` a line. A line over the limit is returned once, marked too long, and
/// ends the input: nothing without a bound is ever read.
class LineReader {
  public:
    LineReader(std::FILE* in, std::size_t max_bytes) : m_file(in), m_max(max_bytes) {}
    LineReader(std::istream& in, std::size_t max_bytes) : m_stream(&in), m_max(max_bytes) {}

    /// The next line, or false at the end of the input (or after a line that was too long).
    bool next(InputLine& line);

  private:
    int get();

    std::FILE* m_file = nullptr;
    std::istream* m_stream = nullptr;
    std::size_t m_max;
    std::size_t m_number = 0;
    bool m_done = false;
};

} // namespace llmpath::util
