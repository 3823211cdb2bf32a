#!/usr/bin/env bash
# PeerRadar's one entry point for a new machine: installs what is missing (Debian 12 packages
# only), builds with CMake + Ninja (+ ccache), then starts the program on a demo organisation
# (`demo`) or runs the whole test suite (`test`).
#   bash scripts/dev.sh demo     build the release preset and open a demo organisation
#   bash scripts/dev.sh test     build the ci preset and run every test with ctest, the server
#                                tests against a throwaway PostgreSQL (scripts/pg-test-server.sh);
#                                then build the fuzz targets (clang-14, ASan + UBSan) and fuzz each
#                                one briefly
#   bash scripts/dev.sh deps     only install the packages
set -euo pipefail
cd "$(dirname "$0")/.."

build_packages=(g++ cmake ninja-build ccache pkg-config file
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev qt6-svg-dev libqt6sql6-sqlite libqt6sql6-psql
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev libxkbcommon-dev
    fonts-dejavu-core fonts-symbola fonts-droid-fallback)
test_packages=(sqlite3 poppler-utils qpdf desktop-file-utils appstream xvfb xauth postgresql clang-14 libclang-rt-14-dev
    lintian dpkg-dev shared-mime-info libglib2.0-bin man-db)
# How long `test` fuzzes each libFuzzer target of tests/fuzz after replaying its corpus.
fuzz_seconds=${PEERRADAR_FUZZ_SECONDS:-20}

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

install_packages() {
    local missing=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    say "Installing ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "Run as root or install sudo: these packages are missing: ${missing[*]}" >&2; exit 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

build() {
    local preset=$1
    say "Configuring ($preset)"
    cmake --preset "$preset" >/dev/null
    say "Building ($preset)"
    cmake --build --preset "$preset"
}

case "${1:-}" in
deps)
    install_packages "${build_packages[@]}" "${test_packages[@]}"
    ;;
demo)
    install_packages "${build_packages[@]}"
    build release
    # Where the program keeps its own demo (QStandardPaths::AppDataLocation), so it opens as the demo.
    data="${XDG_DATA_HOME:-$HOME/.local/share}/PeerRadar/peerradar"
    file="$data/demo.peerradar"
    mkdir -p "$data"
    if [ ! -f "$file" ]; then
        say "Creating a demo organisation in $file"
        build/release/app/cli/peerradar-cli demo "$file" --people 120 --observations 12000 --seed 1
    fi
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        cat >&2 <<MSG

PeerRadar is built, and the demo organisation is ready in $file,
but this session has no display to show a window on (DISPLAY and WAYLAND_DISPLAY are unset).
On a desktop, start it with:
    build/release/app/gui/peerradar "$file"
Without a display, the command-line companion works:
    build/release/app/cli/peerradar-cli check "$file"
MSG
        exit 0
    fi
    say "Starting PeerRadar"
    exec build/release/app/gui/peerradar "$file"
    ;;
test)
    install_packages "${build_packages[@]}" "${test_packages[@]}"
    build ci
    say "Starting a throwaway PostgreSQL server for the server tests"
    PEERRADAR_TEST_PG_URL=$(bash scripts/pg-test-server.sh start)
    export PEERRADAR_TEST_PG_URL
    trap 'bash scripts/pg-test-server.sh stop' EXIT
    say "Running the tests"
    ctest --preset ci
    # The libFuzzer targets need Clang and their own build (every core file instrumented).
    say "Building the fuzz targets (clang-14, AddressSanitizer + UndefinedBehaviorSanitizer)"
    CC=clang-14 CXX=clang++-14 cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DPEERRADAR_FUZZ=ON -DPEERRADAR_SANITIZE=ON -DPEERRADAR_WERROR=OFF -DPEERRADAR_BUILD_TESTS=OFF \
        -DPEERRADAR_FUZZ_SECONDS="$fuzz_seconds" >/dev/null
    cmake --build build/fuzz --target fuzz_csv_reader fuzz_import fuzz_open_database
    say "Fuzzing: every corpus file once, then ${fuzz_seconds} s per target"
    ctest --test-dir build/fuzz -L fuzz --output-on-failure -j 2
    ;;
*)
    echo "usage: bash scripts/dev.sh demo|test|deps" >&2
    exit 2
    ;;
esac
