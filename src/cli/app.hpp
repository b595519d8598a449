#pragma once

namespace llmpath::cli {

/// The whole command line: parses argv, runs one command, maps every error to an exit code.
int run(int argc, char** argv);

} // namespace llmpath::cli
