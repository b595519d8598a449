# What `cmake --install` and `cpack -G DEB` ship: the binary, its man page (written by the binary
# itself: llmpath __man), the shell completions (llmpath completion SHELL) in Debian's folders,
# and the copyright and changelog Debian policy asks for. docs/packaging.md has the details.
set(LLMPATH_SHARE ${CMAKE_CURRENT_BINARY_DIR}/share)
set(LLMPATH_MAN ${LLMPATH_SHARE}/llmpath.1)
add_custom_command(
  OUTPUT ${LLMPATH_MAN} ${LLMPATH_MAN}.gz ${LLMPATH_SHARE}/llmpath.bash ${LLMPATH_SHARE}/_llmpath
         ${LLMPATH_SHARE}/llmpath.fish ${LLMPATH_SHARE}/changelog.gz
  COMMAND ${CMAKE_COMMAND} -E make_directory ${LLMPATH_SHARE}
  COMMAND sh -c "\"$1\" __man > \"$2\" && gzip -9n -c \"$2\" > \"$2.gz\"" sh
          $<TARGET_FILE:llmpath> ${LLMPATH_MAN}
  COMMAND sh -c "\"$1\" completion bash > \"$2/llmpath.bash\" && \"$1\" completion zsh > \"$2/_llmpath\" && \"$1\" completion fish > \"$2/llmpath.fish\"" sh
          $<TARGET_FILE:llmpath> ${LLMPATH_SHARE}
  COMMAND sh -c "gzip -9n -c \"$1\" > \"$2\"" sh ${CMAKE_CURRENT_SOURCE_DIR}/packaging/changelog
          ${LLMPATH_SHARE}/changelog.gz
  DEPENDS llmpath ${CMAKE_CURRENT_SOURCE_DIR}/packaging/changelog
  COMMENT "Writing the man page and the shell completions"
  VERBATIM)
add_custom_target(llmpath_share ALL DEPENDS ${LLMPATH_MAN}.gz ${LLMPATH_SHARE}/changelog.gz)

include(GNUInstallDirs)
install(TARGETS llmpath RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${LLMPATH_MAN}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${LLMPATH_SHARE}/llmpath.bash DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        RENAME llmpath)
install(FILES ${LLMPATH_SHARE}/_llmpath DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
install(FILES ${LLMPATH_SHARE}/llmpath.fish
        DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)
install(FILES ${CMAKE_CURRENT_SOURCE_DIR}/packaging/copyright ${LLMPATH_SHARE}/changelog.gz
        DESTINATION ${CMAKE_INSTALL_DOCDIR})
# llmpath is one static executable on purpose (it runs offline from a single file, copied
# anywhere); lintian is told so.
install(FILES ${CMAKE_CURRENT_SOURCE_DIR}/packaging/lintian-overrides
        DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME llmpath)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME llmpath)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES TRUE)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "learning-path planner for moving into LLM engineering")
# The extended description; CPack indents it and writes the empty line as " .".
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "llmpath asks about your background (prior role, coding, Python, Linux,
mathematics, GPU work, business sense, interests, weekly hours), scores four
large-language-model career directions (data, platform, application and
deployment), explains which fits and why, and prints a dated, week-by-week
six-month study plan in three phases: foundations, hands-on and portfolio.

Plans come out as text, Markdown with a gantt chart, JSON, iCalendar, CSV for
issue trackers and onboarding checklists, in English or Chinese. A plan can be
tracked week by week (today, done, status, replan), and a whole cohort can be
planned from one JSON Lines file. Everything works offline from one binary.")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "llmpath developers <llmpath@example.org>")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://example.org/llmpath")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS OFF) # one static binary: it needs no shared library
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
include(CPack)
