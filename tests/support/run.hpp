#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace llmpath::test {

struct RunResult {
    int exit_code = -1; ///< exit status, or 128 + signal number
    std::string out;
    std::string err;
};

struct RunOptions {
    std::string stdin_text;
    bool close_stdin = true; ///< stdin is a pipe with stdin_text, then EOF
    std::map<std::string, std::optional<std::string>> env; ///< set (value) or unset (nullopt)
    std::string cwd;                                       ///< empty: inherit
    bool clear_llmpath_env = true; ///< unset LLMPATH_*, NO_COLOR, LANG, LC_ALL first
};

/// Runs the built llmpath binary with `args` (not including argv[0]) and captures everything.
RunResult run_llmpath(const std::vector<std::string>& args, const RunOptions& options = {});

/// Runs any program (absolute path) the same way.
RunResult run_program(const std::string& program, const std::vector<std::string>& args,
                      const RunOptions& options = {});

/// Runs `script` with bash -c; $LLMPATH is the built binary.
RunResult run_shell(const std::string& script, const RunOptions& options = {});

/// Validates the JSON text `doc` against docs/SCHEMA (JSON Schema draft 2020-12) with ajv, the
/// test tools from npm; `name` names the scratch folder the document is written to.
RunResult validate_schema(const std::string& doc, const std::string& schema,
                          const std::string& name);

/// A fresh empty directory under the build tree for one test; removed and recreated each call.
std::string scratch_dir(const std::string& name);

/// Reads a whole file (throws if it cannot).
std::string read_file(const std::string& path);

/// Path of a file under tests/data.
std::string test_data(const std::string& relative);

} // namespace llmpath::test
