# Rewrites FILE as a new file, in 4 MiB writes, and renames it over the old one (keeping its
# permissions). The page cache then holds it in 2 MiB folios, which the kernel maps into a
# process with one huge page each instead of 512 small ones: a run of llmpath takes about 20
# fewer page faults. A file written in small pieces (as the linker or a copy writes it) stays in
# small folios until the page cache drops it. The content is unchanged.
#   cmake -DFILE=build/release/llmpath -P cmake/rewrite-in-large-blocks.cmake
if(NOT DEFINED FILE OR NOT EXISTS "${FILE}")
  message(FATAL_ERROR "rewrite-in-large-blocks: no file '${FILE}'")
endif()
find_program(LLMPATH_DD dd)
if(NOT LLMPATH_DD)
  message(STATUS "rewrite-in-large-blocks: dd not found; ${FILE} left as written")
  return()
endif()
set(tmp "${FILE}.large-blocks")
execute_process(COMMAND "${LLMPATH_DD}" "if=${FILE}" "of=${tmp}" bs=4M status=none
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  file(REMOVE "${tmp}")
  message(FATAL_ERROR "rewrite-in-large-blocks: dd failed on ${FILE}: ${result}")
endif()
execute_process(COMMAND chmod --reference=${FILE} ${tmp} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  file(REMOVE "${tmp}")
  message(FATAL_ERROR "rewrite-in-large-blocks: could not give ${tmp} the mode of ${FILE}")
endif()
file(RENAME "${tmp}" "${FILE}")
