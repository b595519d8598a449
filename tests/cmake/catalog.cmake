# The JSON Schema of the catalogue agrees with the loader (tests/tools/check-catalog-schema.sh).
# Needs the Node test tools: scripts/setup.sh --with-dev-tools (or cd tests/tools && npm ci).
add_test(NAME catalog_schema
         COMMAND bash ${PROJECT_SOURCE_DIR}/tests/tools/check-catalog-schema.sh ${PROJECT_SOURCE_DIR})
