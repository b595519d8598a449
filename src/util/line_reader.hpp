#pragma once

#include <cstddef>
#include <cstdio>
#include <string>

namespace llmpath::cli {

/// One line of a line-oriented input (batch), every byte accounted for.
struct InputLine {
    std::size_t number = 0; ///< 1-based
    std::string text;       ///< without its line break ("\n" or "\r\n")
    bool has_nul = false;   ///< the line holds a NUL byte
    bool too_long = false;  ///< over the reader's limit: `text` is empty and reading stops here
};

/// Reads `in` a line at a time, up to `max_bytes` a line. A line over the limit is returned
/// once, marked too long, and ends the input: nothing without a bound is ever read.
class LineReader {
  public:
    LineReader(std::FILE* in, std::size_t max_bytes) : m_in(in), m_max(max_bytes) {}

    /// The next line, or false at the end of the input (or after a line that was too long).
    bool next(InputLine& line);

  private:
    std::FILE* m_in;
    std::size_t m_max;
    std::size_t m_number = 0;
    bool m_done = false;
};

} // namespace llmpath::cli
