# Renderer outputs checked by the tools their readers use (markdownlint-cli2, ajv).
add_test(NAME plan_outputs COMMAND bash ${PROJECT_SOURCE_DIR}/tests/tools/check-plan-outputs.sh)
