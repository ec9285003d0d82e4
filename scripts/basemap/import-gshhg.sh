#!/bin/sh
# Reproducible basemap import for GeoData/khasan-1938.geojson.
#
# Dumps GSHHG 2.3.7 shorelines and WDBII rivers/borders with `gmt coast -M`
# (Khasan sector and Grodekovo sector at full resolution, a regional inset box
# at intermediate resolution), converts them to GeoJSON basemap features and
# merges them into the dispute file, replacing only the features the import owns
# (basemap features with "source": "gshhg" and the derived "tumen-lower-reach").
# Rerunning it gives identical bytes.
#
# Usage: scripts/basemap/import-gshhg.sh [DISPUTE.geojson]
# Exit 69 (EX_UNAVAILABLE) when gmt, the full GSHHG data or shapely/pyproj are missing.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
out=${1:-"$here/../../GeoData/khasan-1938.geojson"}

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
exec python3 "$here/gshhg2geojson.py" --out "$out"
