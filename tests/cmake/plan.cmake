# Renderer outputs checked by the tools their readers use (markdownlint-cli2, ajv).
add_test(NAME plan_outputs COMMAND bash ${PROJECT_SOURCE_DIR}/tests/tools/check-plan-outputs.sh)
set_tests_properties(plan_outputs PROPERTIES COST 6)
# Calendars and CSV parsed by python3-icalendar and Python's csv, Mermaid charts rendered by
# Mermaid in headless Chromium.
add_test(NAME exports COMMAND bash ${PROJECT_SOURCE_DIR}/tests/tools/check-exports.sh)
set_tests_properties(exports PROPERTIES TIMEOUT 300 COST 9)
# The jq recipes of docs/exports.md, run as written.
add_test(NAME export_recipes
         COMMAND bash ${PROJECT_SOURCE_DIR}/tests/tools/check-recipes.sh $<TARGET_FILE:llmpath>)
# Every Markdown list follows a heading or a paragraph, as cmark-gfm (GitHub's parser) reads it.
add_test(NAME markdown_lists
         COMMAND /usr/bin/python3 ${PROJECT_SOURCE_DIR}/tests/tools/check-markdown-lists.py
                 $<TARGET_FILE:llmpath> ${PROJECT_SOURCE_DIR})
