# `cpack -G DEB` in a Release build tree makes newsextract_VERSION_ARCH.deb
# from the install rules (cmake/Install.cmake). Depends is read from the
# binary by dpkg-shlibdeps (package dpkg-dev): on Debian 12 libc6, libgcc-s1,
# libgumbo1, libstdc++6, libtbb12, libyaml-cpp0.7. tests/package_test.py
# builds the package and checks its fields, contents and that it runs.
set(NEWSEXTRACT_MAINTAINER "newsextract maintainers <maintainers@newsextract.invalid>"
    CACHE STRING "Maintainer field of the Debian package: name <email>")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME newsextract)
set(CPACK_PACKAGE_VENDOR "the newsextract authors")
set(CPACK_PACKAGE_CONTACT ${NEWSEXTRACT_MAINTAINER})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "facts and ranked lists out of scraped news articles, as JSON")
set(CPACK_PACKAGE_DESCRIPTION
    "newsextract reads news articles scraped into files (YAML front matter,
then the article's HTML body) and writes one JSON object per article:
title, date, source, reporters, editor, stock codes, images, clean
paragraphs, ranked lists (label, subject, metric, direction, size, period,
items, figures) and per-entity reviews. NDJSON on stdout for jq, or one
file per article in an output folder updated incrementally from cron.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${NEWSEXTRACT_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "jq, bash-completion")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
