#!/bin/sh
# Basemap features (coast, land/sea, lakes, rivers, present-day borders) from GSHHG 2.3.7 /
# WDBII for any bounding box, for a Borderlines dispute file (GeoData/README.md, "Add your own
# dispute").
#
# Usage: scripts/basemap/basemap-for-bbox.sh W S E N OUT.geojson [--resolution f|h|i|l|c]
#                                            [--key NAME] [--scale local|regional] [--layers LIST]
#   W S E N       the box in degrees (west, south, east, north; -180 <= W < E <= 180)
#   OUT.geojson   a dispute file: its gshhg-<key>-* features are replaced, everything else is kept;
#                 any other (or a new) file: written as a FeatureCollection with the features and the
#                 "gshhg" source entry, to copy into your dispute file
#   --resolution  GSHHG resolution: f full (default, sector maps), h high, i intermediate (inset
#                 maps of a few hundred km), l low, c crude
#   --key         id part of the features (default "bbox"): use one key per box, e.g. "sector", "regional"
#   --scale       "local" (default) or "regional" (inset locator features)
#
# Needs gmt (>= 6) with the GSHHG data, and python3 with shapely >= 2 and pyproj.
#   Debian/Ubuntu: apt-get install -y gmt gmt-gshhg-full      (gmt-gshhg installs every resolution)
#   macOS:         brew install gmt                            (includes GSHHG)
#   python:        pip install shapely pyproj
# Exit codes: 0 ok, 64 usage, 66 cannot read OUT, 69 gmt/GSHHG/python modules missing, 73 cannot write OUT.
set -eu

here=$(cd "$(dirname "$0")" && pwd)

usage() {
    sed -n '6,21p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 64
}
[ $# -ge 5 ] || usage
case "$1" in -h|--help) usage ;; esac

res=f
prev=
for a in "$@"; do
    if [ "$prev" = "--resolution" ]; then res=$a; fi
    case "$a" in --resolution=*) res=${a#--resolution=} ;; esac
    prev=$a
done
case "$res" in f|h|i|l|c) ;; *) echo "basemap-for-bbox: --resolution must be one of f h i l c, not '$res'" >&2; exit 64 ;; esac

if ! command -v gmt >/dev/null 2>&1; then
    cat >&2 <<MSG
basemap-for-bbox: gmt not found. Install GMT with the GSHHG data:
  Debian/Ubuntu: apt-get install -y gmt gmt-gshhg-full
  macOS:         brew install gmt
MSG
    exit 69
fi
if ! (cd "${TMPDIR:-/tmp}" && gmt coast -R0/1/0/1 -D"$res" -M -W --GMT_HISTORY=readonly) >/dev/null 2>&1; then
    cat >&2 <<MSG
basemap-for-bbox: GSHHG data at resolution '$res' not found by gmt. Install it:
  Debian/Ubuntu: apt-get install -y gmt-gshhg-full    (full; gmt-gshhg-high / gmt-gshhg-low for h / i, l, c; gmt-gshhg for all)
  macOS:         brew install gmt                      (ships GSHHG)
MSG
    exit 69
fi
if ! python3 -c 'import shapely, pyproj; assert int(shapely.__version__.split(".")[0]) >= 2' >/dev/null 2>&1; then
    echo "basemap-for-bbox: python3 with shapely >= 2 and pyproj is needed: pip install shapely pyproj" >&2
    exit 69
fi

exec python3 "$here/bbox2geojson.py" "$@"
