#include "support/hostile.hpp"

#include "support/check.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

namespace llmpath::test {

namespace fs = std::filesystem;

const std::string k_start = "2026-11-30";

std::string fixture(const std::string& name) {
    return test_data("hostile/" + name);
}

Sandbox::Sandbox(const std::string& name) : dir(scratch_dir("hostile-" + name)) {}

RunResult Sandbox::run(const std::vector<std::string>& args, RunOptions options) const {
    options.cwd = dir;
    return run_llmpath(args, options);
}

RunResult Sandbox::shell(const std::string& script, RunOptions options) const {
    options.cwd = dir;
    return run_shell(script, options);
}

void check_refused(const RunResult& r, int code, const std::string& err, const Sandbox& box) {
    CHECK(r.exit_code == code);
    CHECK(r.out.empty());
    CHECK(r.err == err);
    CHECK(entries(box.dir) == 0);
}

std::string validate_err(const std::string& file, const std::vector<std::string>& problems) {
    std::string out;
    for (const auto& p : problems) {
        out += file + ":" + p + "\n";
    }
    return out + "llmpath: error: " + file + ": " + std::to_string(problems.size()) +
           (problems.size() == 1 ? " problem\n" : " problems\n");
}

SparseFile::SparseFile(const std::string& name, std::uintmax_t bytes)
    : path(scratch_dir("hostile-inputs-" + name) + "/" + name) {
    std::ofstream(path).close();
    fs::resize_file(path, bytes);
}

SparseFile::~SparseFile() {
    fs::remove(path);
}

std::string deep_file(const std::string& name, std::size_t depth, const std::string& prefix,
                      const std::string& suffix) {
    const std::string path = scratch_dir("hostile-inputs-" + name) + "/" + name;
    std::ofstream(path) << prefix << std::string(depth, '[') << std::string(depth, ']') << suffix;
    return path;
}

bool has_control_bytes(const std::string& s) {
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if ((c < 0x20 && c != '\n') || c == 0x7f) {
            return true;
        }
        if (c == 0xc2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
            static_cast<unsigned char>(s[i + 1]) <= 0x9f) {
            return true;
        }
    }
    return false;
}

bool has_hidden_characters(const std::string& s) {
    for (std::size_t i = 0; i + 1 < s.size(); ++i) {
        const auto b0 = static_cast<unsigned char>(s[i]);
        const auto b1 = static_cast<unsigned char>(s[i + 1]);
        const auto b2 = i + 2 < s.size() ? static_cast<unsigned char>(s[i + 2]) : 0;
        if ((b0 == 0xD8 && b1 == 0x9C) ||                             // U+061C
            (b0 == 0xE2 && b1 == 0x80 && b2 >= 0x8B && b2 <= 0x8F) || // U+200B..U+200F
            (b0 == 0xE2 && b1 == 0x80 && b2 >= 0xAA && b2 <= 0xAE) || // U+202A..U+202E
            (b0 == 0xE2 && b1 == 0x81 && b2 >= 0xA0 && b2 <= 0xA9) || // U+2060..U+2069
            (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF)) {               // U+FEFF
            return true;
        }
    }
    return false;
}

} // namespace llmpath::test
