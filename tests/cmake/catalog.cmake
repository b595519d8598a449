# The JSON Schema of the catalogue agrees with the loader (tests/tools/check-catalog-schema.sh).
# Needs the Node test tools: scripts/setup.sh --with-dev-tools (or cd tests/tools && npm ci).
add_test(NAME catalog_schema
         COMMAND bash ${PROJECT_SOURCE_DIR}/tests/tools/check-catalog-schema.sh ${PROJECT_SOURCE_DIR})
# The generated catalogues the benchmarks read are valid (scripts/gen-catalog.py, each mode).
add_test(NAME catalog_generated
         COMMAND bash -c "set -e; d=$(mktemp -d); trap 'rm -rf $d' EXIT; for mode in '' --chain --copies; do /usr/bin/python3 '${PROJECT_SOURCE_DIR}/scripts/gen-catalog.py' 300 $d/c.json $mode; '$<TARGET_FILE:llmpath>' catalog validate $d/c.json; done")
