#!/usr/bin/env bash
# Installs what Borderlines needs and is missing: the C libraries' -dev packages, proj.db,
# the fonts the maps use, and the tools the tests use to read PDFs and SVGs.
# Checks pkg-config / fc-list / PATH first and installs only what is missing.
# Usage: scripts/bootstrap.sh [--check] [--test-tools]
#   --check       report only, exit 1 when something is missing
#   --test-tools  also the tools the test suite drives: poppler (pdftotext, pdffonts), librsvg
#                 (rsvg-convert) and a headless browser (chromium) for the atlas report test
set -euo pipefail

check_only=0
test_tools=0
for arg in "$@"; do
    case "$arg" in
        --check) check_only=1 ;;
        --test-tools) test_tools=1 ;;
        *) echo "bootstrap: unknown option $arg" >&2; exit 64 ;;
    esac
done

missing_apt=()
missing_brew=()

need_pc() {   # need_pc PKGCONFIG_NAME APT_PACKAGE BREW_FORMULA
    if ! pkg-config --exists "$1" 2>/dev/null; then
        missing_apt+=("$2"); missing_brew+=("$3")
    fi
}
need_font() { # need_font FAMILY APT_PACKAGE BREW_CASK
    if ! fc-list : family 2>/dev/null | grep -qiF "$1"; then
        missing_apt+=("$2"); missing_brew+=("$3")
    fi
}
need_cmd() {  # need_cmd COMMAND APT_PACKAGE BREW_FORMULA
    if ! command -v "$1" >/dev/null 2>&1; then
        missing_apt+=("$2"); missing_brew+=("$3")
    fi
}

need_cmd pkg-config pkg-config pkg-config
need_cmd fc-list fontconfig fontconfig
need_pc geos libgeos-dev geos
need_pc proj libproj-dev proj
need_pc cairo libcairo2-dev cairo
need_pc pangocairo libpango1.0-dev pango
need_pc zlib zlib1g-dev zlib
# proj.db lives in proj-data on Debian; without it no CRS can be created.
if [[ ! -f /usr/share/proj/proj.db && ! -f /usr/local/share/proj/proj.db && ! -f /opt/homebrew/share/proj/proj.db ]]; then
    missing_apt+=(proj-data)
fi
need_font "DejaVu Sans" fonts-dejavu-core font-dejavu
need_font "Noto Sans CJK JP" fonts-noto-cjk font-noto-sans-cjk
# Test tools: pdftotext/pdffonts (poppler) and rsvg-convert (librsvg) read our PDFs and SVGs;
# chromium opens the atlas report as a reader would.
if [[ $test_tools -eq 1 ]]; then
    need_cmd pdftotext poppler-utils poppler
    need_cmd rsvg-convert librsvg2-bin librsvg
    if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1; then
        missing_apt+=(chromium); missing_brew+=(chromium)
    fi
fi

if [[ ${#missing_apt[@]} -eq 0 ]]; then
    echo "bootstrap: all system dependencies present"
    exit 0
fi

# De-duplicate while keeping order.
mapfile -t missing_apt < <(printf '%s\n' "${missing_apt[@]}" | awk '!seen[$0]++')
mapfile -t missing_brew < <(printf '%s\n' "${missing_brew[@]}" | awk '!seen[$0]++')

if [[ $check_only -eq 1 ]]; then
    echo "bootstrap: missing: ${missing_apt[*]}" >&2
    exit 1
fi

if [[ "$(uname -s)" == "Darwin" ]]; then
    echo "bootstrap: on macOS install the missing pieces with:" >&2
    echo "  brew install ${missing_brew[*]}" >&2
    exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "bootstrap: missing ${missing_apt[*]}; install them with your package manager (Debian names shown)" >&2
    exit 1
fi

sudo=""
if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi
echo "bootstrap: installing ${missing_apt[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing_apt[@]}"
fc-cache -f >/dev/null 2>&1 || true
echo "bootstrap: done"
