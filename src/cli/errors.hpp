#pragma once

#include <llmpath/error.hpp>

namespace llmpath::cli {

/// A bad command line: an unknown command or flag, a bad flag value, a file that cannot be used.
class UsageError : public Error {
  public:
    explicit UsageError(const std::string& message) : Error(message, ExitCode::usage) {}
    explicit UsageError(const Said& message) : Error(message, ExitCode::usage) {}
};

} // namespace llmpath::cli
