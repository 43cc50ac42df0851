# The Debian package (SPEC.md §14, docs/install.md): `scripts/package.sh`
# runs cpack on the build tree. Programs in /usr/bin, roadmaps in
# /usr/share/roadmap-monitoring/roadmaps, manual pages in Russian and English,
# bash completion, copyright and changelog in /usr/share/doc; Depends from
# dpkg-shlibdeps over the binaries, plus the font the charts are drawn in.
set(RMT_DOC_DIR share/doc/roadmap-monitoring)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/copyright DESTINATION ${RMT_DOC_DIR})
add_custom_command(
  OUTPUT ${PROJECT_BINARY_DIR}/packaging/changelog.gz
  COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/packaging
  COMMAND sh -c "gzip -9n < '${PROJECT_SOURCE_DIR}/packaging/changelog' > '${PROJECT_BINARY_DIR}/packaging/changelog.gz'"
  DEPENDS ${PROJECT_SOURCE_DIR}/packaging/changelog
  VERBATIM)
add_custom_target(package_changelog ALL DEPENDS ${PROJECT_BINARY_DIR}/packaging/changelog.gz)
install(FILES ${PROJECT_BINARY_DIR}/packaging/changelog.gz DESTINATION ${RMT_DOC_DIR})
install(FILES ${PROJECT_SOURCE_DIR}/README.md DESTINATION ${RMT_DOC_DIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/ DESTINATION ${RMT_DOC_DIR}/docs)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/examples/ DESTINATION ${RMT_DOC_DIR}/examples
        PATTERN "*.py" EXCLUDE)
# The intake service's unit (docs/serve.md): installed, not enabled.
install(FILES ${PROJECT_SOURCE_DIR}/packaging/roadmap-serve.service DESTINATION /lib/systemd/system)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME roadmap-monitoring)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "Roadmap monitoring team <roadmap-monitoring@example.org>")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Roadmap monitoring team <roadmap-monitoring@example.org>")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "monitoring of mentorship roadmaps from schools' reports
Command-line tools for the methodological centre of a Russian municipal
education department: they draft the roadmap (дорожная карта) from the
order's own table, write each school its report template, check every
report (CSV, Excel .xlsx/.xls, LibreOffice .ods) against the roadmap and the
registry of organizations, write each school a letter with what to fix,
consolidate the accepted reports, and write the monitoring workbook and the
analytic report (аналитическая справка, .docx) for the department. A
store (SQLite) keeps every report ever received, and an intake web service
lets schools check and hand in their reports themselves.
Messages, manual pages and documents are in Russian and English.")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# cairo draws the charts in DejaVu Sans (lib/chart/bar_chart.h).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-dejavu-core, adduser")
# postinst makes the intake service's system user and /var/lib/roadmap-monitoring.
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA ${PROJECT_SOURCE_DIR}/packaging/postinst)
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "libreoffice-calc | libreoffice-writer")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_BINARY_DIR}/package)
include(CPack)
