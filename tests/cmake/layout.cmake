# The release binary's huge-page layout (only where it is linked that way: see CMakeLists.txt).
if(LLMPATH_USE_LINK_ORDER)
  add_test(NAME layout_huge_pages
           COMMAND bash ${PROJECT_SOURCE_DIR}/tests/tools/check-layout.sh $<TARGET_FILE:llmpath>)
endif()
