# The Debian package (cpack -G DEB) unpacked and checked with dpkg-deb, groff and lintian, and the
# shell completions driven in bash and zsh (tmux) and fish. The package is of the release build:
# the sanitizer preset leaves it out.
add_test(NAME package
         COMMAND bash ${PROJECT_SOURCE_DIR}/tests/tools/check-package.sh ${PROJECT_BINARY_DIR}
                 ${PROJECT_VERSION})
# COST: the longest tests start first, so a parallel run does not end waiting for one of them.
set_tests_properties(package PROPERTIES LABELS package TIMEOUT 300 COST 30)
add_test(NAME completion
         COMMAND bash ${PROJECT_SOURCE_DIR}/tests/tools/check-completion.sh $<TARGET_FILE:llmpath>)
set_tests_properties(completion PROPERTIES TIMEOUT 300 COST 12)
