#!/usr/bin/env bash
# The sanitizer runs of issue 7 (results in Docs/HARDENING.md).
#   scripts/sanitize.sh asan   whole test suite built with AddressSanitizer (.build-asan); the CLI tests
#                              then run the ASan-built `borderlines` too
#   scripts/sanitize.sh lsan   LeakSanitizer on the commands themselves: render (png, svg, pdf, ja),
#                              extract (4 formats), atlas --jobs 2 with a document; fails on any leak
#                              not in scripts/lsan.supp
#   scripts/sanitize.sh tsan   whole test suite built with ThreadSanitizer (.build-tsan), then the
#                              bundled atlas at --jobs 4 under TSan
#   scripts/sanitize.sh all    the three in turn
# Each build has its own scratch path, so the normal .build is not invalidated.
set -euo pipefail
cd "$(dirname "$0")/.."

build() { # $1 = address|thread, $2 = scratch path
  swift build --build-tests --scratch-path "$2" -Xswiftc "-sanitize=$1" 2>&1 | grep -E "error|Compiling|Build complete" | tail -2
}

suite() { # $1 = address|thread, $2 = scratch path, $3 = log
  # --disable-swift-testing: XCTest only, as `make test`.
  if swift test --skip-build --scratch-path "$2" -Xswiftc "-sanitize=$1" --disable-swift-testing >"$3" 2>&1; then
    echo "sanitize: $(grep -E 'Executed [0-9]+ tests' "$3" | tail -1 | sed 's/^[[:space:]]*//')"
  else
    grep -E "ERROR: (Address|Thread|Leak)Sanitizer|WARNING: ThreadSanitizer|error:" "$3" | head -20
    echo "sanitize: the suite failed under -sanitize=$1 (log: $3)"; return 1
  fi
  if grep -qE "ERROR: (Address|Leak)Sanitizer|WARNING: ThreadSanitizer" "$3"; then
    echo "sanitize: sanitizer reports in $3"; return 1
  fi
}

asan() {
  build address .build-asan
  ASAN_OPTIONS=detect_leaks=0:halt_on_error=1 suite address .build-asan "${TMPDIR:-/tmp}/borderlines-asan.log"
}

lsan() {
  [[ -x .build-asan/debug/borderlines ]] || build address .build-asan
  local b=.build-asan/debug/borderlines out logs failed=0
  out=$(mktemp -d); logs=$out/logs; mkdir -p "$logs"
  export ASAN_OPTIONS=detect_leaks=1:halt_on_error=0:fast_unwind_on_malloc=0 LSAN_OPTIONS="suppressions=$PWD/scripts/lsan.supp:print_suppressions=1"
  local doc incident
  doc=$(ls ../shared/corpus/*.txt 2>/dev/null | head -1 || true)
  [[ -n $doc ]] || { doc=Tests/Fixtures/disputes/testland-2000-note.txt; }
  incident=$(.build-asan/debug/borderlines list --json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(next(i["id"] for i in d["incidents"]))' 2>/dev/null || true)
  run() { local name=$1; shift; if ! "$@" >"$out/$name.stdout" 2>"$logs/$name.log"; then echo "sanitize: $name exited $?"; failed=1; fi; }
  for f in png svg pdf; do run "render-$f" "$b" render -o "$out/overview.$f"; done
  [[ -n $incident ]] && run render-ja-incident "$b" render --lang ja --incident "$incident" -o "$out/incident.pdf"
  for f in table json geojson csv; do run "extract-$f" "$b" extract "$doc" --format "$f"; done
  run atlas "$b" atlas --out "$out/atlas" --jobs 2 --quiet --text "$doc"
  if grep -l "ERROR: LeakSanitizer\|ERROR: AddressSanitizer" "$logs"/*.log; then
    echo "sanitize: leaks or memory errors above (logs in $logs)"; return 1
  fi
  ((failed == 0)) || return 1
  echo "sanitize: no leaks in render, extract or atlas ($(ls "$logs" | wc -l) runs; suppressed: fontconfig's configuration and cairo 1.16's CJK PDF subsetting, see scripts/lsan.supp)"
}

tsan() {
  build thread .build-tsan
  TSAN_OPTIONS=halt_on_error=0 suite thread .build-tsan "${TMPDIR:-/tmp}/borderlines-tsan.log"
  local out; out=$(mktemp -d)
  if ! TSAN_OPTIONS=halt_on_error=1 .build-tsan/debug/borderlines atlas --out "$out" --jobs 4 --quiet 2>"$out/tsan.log"; then
    head -40 "$out/tsan.log"; echo "sanitize: atlas --jobs 4 failed under TSan"; return 1
  fi
  echo "sanitize: atlas --jobs 4 under TSan: $(find "$out" -type f ! -name tsan.log | wc -l) files, no race reported"
}

case ${1:-all} in
  asan) asan ;;
  lsan) lsan ;;
  tsan) tsan ;;
  all) asan; lsan; tsan ;;
  *) echo "usage: scripts/sanitize.sh asan|lsan|tsan|all" >&2; exit 64 ;;
esac
