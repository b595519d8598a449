# The onboarding workflow end to end, its cohort outputs checked by markdownlint-cli2, ajv and
# Python's csv reader.
add_test(NAME cohort_outputs
         COMMAND bash ${PROJECT_SOURCE_DIR}/tests/tools/check-cohort.sh $<TARGET_FILE:llmpath>)
set_tests_properties(cohort_outputs PROPERTIES TIMEOUT 120)
