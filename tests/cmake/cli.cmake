# The questionnaire in a real terminal, driven through tmux.
add_test(NAME cli_interactive_tmux
         COMMAND bash ${PROJECT_SOURCE_DIR}/tests/tools/interactive-tmux.sh $<TARGET_FILE:llmpath>
                 ${PROJECT_SOURCE_DIR}/tests/data/cli/catalog.json)
set_tests_properties(cli_interactive_tmux PROPERTIES TIMEOUT 120)
