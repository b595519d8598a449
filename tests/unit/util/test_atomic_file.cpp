#include "support/check.hpp"
#include "support/run.hpp"
#include "util/atomic_file.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <sys/stat.h>

using namespace llmpath;
using llmpath::test::entries;
namespace fs = std::filesystem;

TEST_CASE("atomic_file::write_file_atomically writes and leaves no temporary file",
          "[atomic_file]") {
    const auto dir = test::scratch_dir("atomic-write");
    const auto path = dir + "/plan.md";
    util::write_file_atomically(path, "hello\n", false);
    CHECK(test::read_file(path) == "hello\n");
    CHECK(entries(dir) == 1);
}

TEST_CASE("atomic_file::write_file_atomically refuses to overwrite without overwrite",
          "[atomic_file]") {
    const auto dir = test::scratch_dir("atomic-refuse");
    const auto path = dir + "/plan.md";
    util::write_file_atomically(path, "old", false);
    CHECK_THROWS_WITH(util::write_file_atomically(path, "new", false),
                      Catch::Matchers::Contains("plan.md"));
    CHECK(test::read_file(path) == "old");
    util::write_file_atomically(path, "new", true);
    CHECK(test::read_file(path) == "new");
    CHECK(entries(dir) == 1);
}

TEST_CASE("atomic_file::write_file_atomically fails cleanly in a missing folder", "[atomic_file]") {
    const auto dir = test::scratch_dir("atomic-missing");
    CHECK_THROWS_WITH(util::write_file_atomically(dir + "/nope/plan.md", "x", false),
                      Catch::Matchers::Contains("No such file or directory"));
    CHECK(entries(dir) == 0);
}
