# What `cmake --install` (and so the Debian package) puts where: the binary,
# its man page, the output schema, a copy of the built-in rules to start a
# --rules file from, the docs the man page points to, and bash completion.
include(GNUInstallDirs)

install(TARGETS newsextract)

# Man pages are installed compressed, as Debian does; -n keeps the name and
# time out of the .gz, so that the same page gives the same bytes.
set(NEWSEXTRACT_MAN_GZ ${CMAKE_BINARY_DIR}/man/newsextract.1.gz)
add_custom_command(OUTPUT ${NEWSEXTRACT_MAN_GZ}
  COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_SOURCE_DIR}/man/newsextract.1 ${CMAKE_BINARY_DIR}/man/newsextract.1
  COMMAND gzip -9nf ${CMAKE_BINARY_DIR}/man/newsextract.1
  DEPENDS ${CMAKE_SOURCE_DIR}/man/newsextract.1
  COMMENT "Compressing the man page"
  VERBATIM)
add_custom_target(man_page ALL DEPENDS ${NEWSEXTRACT_MAN_GZ})
install(FILES ${NEWSEXTRACT_MAN_GZ} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

install(FILES schema/article.schema.json schema/ranking-row.schema.json data/rules.yaml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/newsextract)
install(FILES docs/SCHEMA.md docs/batch.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES LICENSE DESTINATION ${CMAKE_INSTALL_DOCDIR} RENAME copyright)

# bash-completion loads completions/<command> on first use; below a prefix
# other than /usr it finds them through XDG_DATA_DIRS.
install(FILES completion/newsextract.bash
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME newsextract)
