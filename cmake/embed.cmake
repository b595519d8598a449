# Turns INPUT (a file) into OUTPUT, a C++ source defining llmpath::embedded_catalog_text().
file(READ "${INPUT}" content HEX)
string(LENGTH "${content}" hex_length)
math(EXPR byte_count "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${content}")
# One line per 32 bytes keeps the generated file readable for compilers and people.
string(REGEX REPLACE "(('\\\\x[0-9a-f][0-9a-f]',){32})" "\\1\n" bytes "${bytes}")
file(WRITE "${OUTPUT}.tmp" "// Generated from data/catalog.json by cmake/embed.cmake. Do not edit.
#include <llmpath/catalog.hpp>

namespace llmpath {
namespace {
const char k_catalog[] = {
${bytes}'\\0'};
} // namespace

std::string_view embedded_catalog_text() { return {k_catalog, ${byte_count}}; }

} // namespace llmpath
")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
