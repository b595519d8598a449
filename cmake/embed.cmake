# Writes OUTPUT, a C++ source defining llmpath::embedded_catalog_text() (the JSON of INPUT) and
# llmpath::embedded_catalog(). With PACK (llmpath_pack's output) the catalogue is unpacked at run
# time, which costs microseconds; without it (fuzzers) it is parsed and validated from the JSON.
function(bytes_of file out_var)
  file(READ "${file}" content HEX)
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${content}")
  # One line per 32 bytes keeps the generated file readable for compilers and people.
  string(REGEX REPLACE "(('\\\\x[0-9a-f][0-9a-f]',){32})" "\\1\n" bytes "${bytes}")
  string(LENGTH "${content}" hex_length)
  math(EXPR count "${hex_length} / 2")
  set(${out_var} "${bytes}" PARENT_SCOPE)
  set(${out_var}_count "${count}" PARENT_SCOPE)
endfunction()

bytes_of("${INPUT}" json)
if(PACK)
  bytes_of("${PACK}" pack)
  set(pack_decl "const char k_pack[] = {\n${pack}'\\0'};\n")
  set(loader "unpack_catalog(std::string_view(k_pack, ${pack_count}), \"<embedded catalog>\")")
  set(includes "#include <llmpath/catalog_pack.hpp>\n")
else()
  set(pack_decl "")
  set(loader "load_catalog(std::string(embedded_catalog_text()), \"<embedded catalog>\")")
  set(includes "")
endif()

file(WRITE "${OUTPUT}.tmp" "// Generated from data/catalog.json by cmake/embed.cmake. Do not edit.
#include <llmpath/catalog.hpp>
${includes}
namespace llmpath {
namespace {
const char k_catalog[] = {
${json}'\\0'};
${pack_decl}} // namespace

std::string_view embedded_catalog_text() { return {k_catalog, ${json_count}}; }

// Never destroyed: freeing it piece by piece at exit would cost a run more than unpacking it.
const Catalog& embedded_catalog() {
    static const Catalog& catalog = *new Catalog(${loader});
    return catalog;
}

} // namespace llmpath
")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
