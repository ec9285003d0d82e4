#!/usr/bin/env bash
# Runs the library tests under valgrind and reports leaks whose stack passes through project code.
# Usage: scripts/leak-check.sh [TEST-CLASS-PATTERN]   (default: the wrappers, the gazetteer and the renderer)
# Pango/fontconfig caches are released at exit in this mode (BORDERLINES_LEAK_CHECK=1), so what
# remains "definitely lost" is either ours (a bug) or a known library/runtime record listed below.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "leak-check: needs valgrind (apt-get install -y valgrind)" >&2; exit 69; }
pattern=${1:-'^(GeometryTests|ProjectionTests|CanvasTests|GazetteerTests|CartographyTests)\.'}
swift build --build-tests >/dev/null
bin=.build/debug/BorderlinesPackageTests.xctest
# The Linux XCTest runner takes a comma-separated list of Module.Class names.
spec=$("$bin" --list-tests | grep -E "$pattern" | cut -d/ -f1 | sort -u | paste -sd,)
log=$(mktemp)
BORDERLINES_LEAK_CHECK=1 valgrind --leak-check=full --suppressions=scripts/valgrind.supp --show-leak-kinds=definite --num-callers=40 \
  --log-file="$log" "$bin" "$spec" >/dev/null 2>&1 || true
grep -E "definitely lost:|indirectly lost:|ERROR SUMMARY" "$log"
# A leak is ours when a frame of its stack is a Swift symbol of one of the project's modules
# (mangled names start with $s + the module name's length and name).
ours=$(awk '/definitely lost in loss record/{rec=$0; inrec=1; next} inrec && /^==[0-9]+== $/{inrec=0} inrec && /\$s(8Geometry|10Projection|6Canvas|9Gazetteer|11Cartography|9Geoparser|7Reports)/ {print rec; inrec=0}' "$log" | sort -u)
if [[ -n $ours ]]; then
  echo "leak-check: leaks through project code:"; echo "$ours"; echo "full log: $log"; exit 1
fi
echo "leak-check: nothing lost from project code (full log: $log)"
