#pragma once

// What the hostile-input tests share: a sandbox folder to run in, the refusal check, the wording
// of `catalog validate`, and huge or deep input files made cheaply.

#include "support/run.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace llmpath::test {

/// The start date the hostile runs plan from.
extern const std::string k_start;

/// tests/data/hostile/NAME.
std::string fixture(const std::string& name);

/// An empty folder to run llmpath in, so a test can check that nothing was written.
struct Sandbox {
    std::string dir;

    explicit Sandbox(const std::string& name);
    RunResult run(const std::vector<std::string>& args, RunOptions options = {}) const;
    RunResult shell(const std::string& script, RunOptions options = {}) const;
};

/// The run was refused: `code`, nothing on stdout, exactly `err`, and the folder still empty.
void check_refused(const RunResult& r, int code, const std::string& err, const Sandbox& box);

/// What `catalog validate FILE` writes to stderr for these problems ("POINTER: message" or
/// "LINE:COLUMN: message"): one FILE:problem line each, then the count.
std::string validate_err(const std::string& file, const std::vector<std::string>& problems);

/// A file of `bytes` bytes that takes no disk space (a hole), in a scratch folder; removed after.
struct SparseFile {
    std::string path;

    SparseFile(const std::string& name, std::uintmax_t bytes);
    ~SparseFile();
    SparseFile(const SparseFile&) = delete;
    SparseFile& operator=(const SparseFile&) = delete;
};

/// A JSON file of `depth` nested arrays, inside `prefix` and `suffix`.
std::string deep_file(const std::string& name, std::size_t depth, const std::string& prefix = "",
                      const std::string& suffix = "");

/// True if `s` holds a byte that could drive a terminal: C0 controls other than newline, DEL,
/// or the UTF-8 encoding of a C1 control (U+0080..U+009F).
bool has_control_bytes(const std::string& s);

/// True if `s` holds a character that makes text look other than it is: a bidirectional mark,
/// embedding, override or isolate, or a zero-width character (UTF-8 encoded).
bool has_hidden_characters(const std::string& s);

} // namespace llmpath::test
