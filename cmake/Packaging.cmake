# Installing and packaging: man pages compressed as Debian wants them, and a Debian package made by
# CPack from any build (`cmake --build --preset release --target package`): stripped programs, the
# dependencies dpkg-shlibdeps finds plus the Qt plugins it cannot see, the copyright file and a
# changelog. tests/packaging checks the result with lintian.

# Installs a roff man page (a file, or one a target writes at build time) as section-1 page, gzipped
# without a time stamp (gzip -9n), so that two builds give the same bytes.
function(peerradar_install_man_page source)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "DEPENDS")
    get_filename_component(name "${source}" NAME)
    set(compressed "${CMAKE_CURRENT_BINARY_DIR}/${name}.gz")
    add_custom_command(OUTPUT "${compressed}"
        COMMAND gzip -9n -c "${source}" > "${compressed}"
        DEPENDS "${source}" ${arg_DEPENDS}
        VERBATIM)
    add_custom_target(man_${name} ALL DEPENDS "${compressed}")
    install(FILES "${compressed}" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
endfunction()

set(doc_dir "${CMAKE_INSTALL_DATADIR}/doc/peerradar")
install(FILES "${PROJECT_SOURCE_DIR}/resources/debian/copyright" DESTINATION "${doc_dir}")
set(changelog "${PROJECT_BINARY_DIR}/changelog.gz")
add_custom_command(OUTPUT "${changelog}"
    COMMAND gzip -9n -c "${PROJECT_SOURCE_DIR}/resources/debian/changelog" > "${changelog}"
    DEPENDS "${PROJECT_SOURCE_DIR}/resources/debian/changelog"
    VERBATIM)
add_custom_target(debian_changelog ALL DEPENDS "${changelog}")
install(FILES "${changelog}" DESTINATION "${doc_dir}")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME peerradar)
set(CPACK_PACKAGE_VENDOR "PeerRadar")
set(CPACK_PACKAGE_CONTACT "PeerRadar developers <developers@peerradar.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "360-degree feedback for peer influence")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://peerradar.org")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so dpkg-shlibdeps cannot see them: the SQLite driver, the SVG plugins that draw
# the icon, the fonts the PDFs embed: DejaVu for the text, Symbola where a note holds an emoji or a
# symbol DejaVu lacks, Droid Sans Fallback for Chinese, Japanese and Korean (Qt falls back to them
# through fontconfig; without them such characters print as empty boxes).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, fonts-dejavu-core, fonts-symbola, fonts-droid-fallback")
# A server needs the PostgreSQL driver; Qt's own dialogs speak German with its translations.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql, qt6-translations-l10n")
# The extended description below the summary's line; CPack indents it and marks the empty line.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Team members log the leadership behaviors they notice in their peers in a
few seconds; managers read each person's and each team's profile as a radar
chart; HR keeps the people, teams and behavior framework and hands out PDF
summaries. Each observer counts once in the figures, and small rater groups
stay anonymous.

The data lives in one local file or on a PostgreSQL server that enforces who
may read what. The package holds the desktop program (peerradar) and its
command-line companion (peerradar-cli).")
include(CPack)
