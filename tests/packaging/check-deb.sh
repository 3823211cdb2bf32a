#!/usr/bin/env bash
# The Debian package of a build: made by CPack into a temporary folder, then checked as a packager
# would — every file a user expects is in it, and lintian reports no error and no warning.
#   bash tests/packaging/check-deb.sh BUILD_DIR      (exit 77: lintian or dpkg-dev is missing)
set -euo pipefail
build=$1
for tool in lintian dpkg-shlibdeps; do
    command -v "$tool" >/dev/null || { echo "$tool is not installed: the package is not checked"; exit 77; }
done
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
if ! cpack --config "$build/CPackConfig.cmake" -B "$out" >"$out/cpack.log" 2>&1; then
    cat "$out/cpack.log"
    exit 1
fi
deb=$(ls "$out"/*.deb)
echo "built $(basename "$deb")"
contents=$(dpkg-deb -c "$deb" | awk '{ print $6 }')
for path in usr/bin/peerradar usr/bin/peerradar-cli \
    usr/share/man/man1/peerradar.1.gz usr/share/man/man1/peerradar-cli.1.gz \
    usr/share/bash-completion/completions/peerradar-cli usr/share/zsh/vendor-completions/_peerradar-cli \
    usr/share/applications/org.peerradar.peerradar.desktop usr/share/metainfo/org.peerradar.peerradar.metainfo.xml \
    usr/share/mime/packages/org.peerradar.peerradar.xml \
    usr/share/icons/hicolor/scalable/apps/org.peerradar.peerradar.svg \
    usr/share/icons/hicolor/16x16/apps/org.peerradar.peerradar.png \
    usr/share/icons/hicolor/256x256/apps/org.peerradar.peerradar.png \
    usr/share/doc/peerradar/copyright usr/share/doc/peerradar/changelog.gz; do
    grep -qx "\./$path" <<<"$contents" || { echo "missing from the package: /$path"; exit 1; }
done
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for dependency in libqt6widgets6 libqt6sql6-sqlite libqt6svg6 fonts-dejavu-core fonts-symbola fonts-droid-fallback; do
    grep -q "$dependency" <<<"$depends" || { echo "the package does not depend on $dependency"; exit 1; }
done
# The desktop files as installed, checked by the freedesktop and AppStream validators.
dpkg-deb -x "$deb" "$out/root"
share="$out/root/usr/share"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$share/applications/org.peerradar.peerradar.desktop"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --pedantic --no-net "$share/metainfo/org.peerradar.peerradar.metainfo.xml"
fi
# Root is welcome here: lintian only reads the package.
lintian --fail-on error,warning --tag-display-limit 0 --allow-root "$deb"
echo "lintian: no error, no warning"
