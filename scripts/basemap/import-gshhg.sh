#!/bin/sh
# Reproducible basemap import for the bundled disputes (GeoData/khasan-1938.geojson,
# GeoData/nomonhan-1939.geojson).
#
# Dumps GSHHG 2.3.7 shorelines and WDBII rivers/borders with `gmt coast -M` for the
# boxes configured per dispute in gshhg2geojson.py (local sectors at full resolution,
# a regional inset box at intermediate resolution), converts them to GeoJSON basemap
# features and merges them into the dispute file, replacing only the features the
# import owns (basemap features with "source": "gshhg" and the derived river lines
# "tumen-lower-reach" / "khalkhin-gol-river"). Rerunning it gives identical bytes.
#
# Usage: scripts/basemap/import-gshhg.sh [DISPUTE.geojson ...]   (default: both bundled disputes)
#        The boxes are chosen by the file name (khasan-1938, nomonhan-1939); for any other
#        box use scripts/basemap/basemap-for-bbox.sh.
# Exit 69 (EX_UNAVAILABLE) when gmt, the full GSHHG data or shapely/pyproj are missing.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data="$here/../../GeoData"

if ! command -v gmt >/dev/null 2>&1; then
    echo "import-gshhg: gmt not found. Install it with: apt-get install -y gmt gmt-gshhg-full" >&2
    exit 69
fi
# The full-resolution coastline file comes from gmt-gshhg-full.
if ! (cd "${TMPDIR:-/tmp}" && gmt coast -R130.6/130.7/42.3/42.4 -Df -M -W --GMT_HISTORY=readonly) >/dev/null 2>&1; then
    echo "import-gshhg: GSHHG full resolution data missing. Install it with: apt-get install -y gmt gmt-gshhg-full" >&2
    exit 69
fi
if ! python3 -c 'import shapely, pyproj; assert int(shapely.__version__.split(".")[0]) >= 2' >/dev/null 2>&1; then
    echo "import-gshhg: python3 with shapely >= 2 and pyproj is needed: pip install shapely pyproj" >&2
    exit 69
fi

gmt --version | sed 's/^/import-gshhg: gmt /' >&2
if [ $# -eq 0 ]; then
    set -- "$data/khasan-1938.geojson" "$data/nomonhan-1939.geojson"
fi
for f in "$@"; do
    python3 "$here/gshhg2geojson.py" --out "$f"
done
