# SPDX-License-Identifier: MIT
# The Debian package: `cpack -G DEB` in a build folder (docs/hardening.md, README "Install
# the package"). Included last from the top-level CMakeLists, so every install() is known.

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME chronoscope)
set(CPACK_PACKAGE_VENDOR "The Chronoscope developers")
set(CPACK_PACKAGE_CONTACT "The Chronoscope developers <chronoscope@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "time-travel debugger for event-sourced systems")
set(CPACK_PACKAGE_DESCRIPTION
    "Opens an event store read-only, shows every event on a zoomable timeline and the state of\n"
    "any aggregate as of a version or a time, what each event changed, where projections and\n"
    "snapshots disagree and which events caused which. The chronoscope command runs the same\n"
    "analyses headless.")
string(JOIN "" CPACK_PACKAGE_DESCRIPTION ${CPACK_PACKAGE_DESCRIPTION})
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # chronoscope_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Libraries the binary links come from dpkg-shlibdeps; graphviz because `dot` runs as a process,
# fonts-dejavu-core because PDF reports embed DejaVu by file. Qt's own translations (standard
# dialogs in German and Spanish) are welcome but not needed.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "graphviz, fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")

include(CPack)
