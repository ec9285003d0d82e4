#!/usr/bin/env bash
# Prints the plain closing line "N passed, N failed, N skipped" from an XCTest log, so that
# the result of the whole suite is the last line whichever runner reads it.
set -euo pipefail
log=${1:?usage: test-summary.sh LOG}
line=$(grep -E "Executed [0-9]+ tests?, with" "$log" | tail -1 || true)
if [[ -z $line ]]; then echo "0 passed, 1 failed (no XCTest summary in $log)"; exit 0; fi
total=$(sed -E 's/.*Executed ([0-9]+) tests?.*/\1/' <<<"$line")
skipped=$(grep -oE "[0-9]+ tests? skipped" <<<"$line" | grep -oE "^[0-9]+" || echo 0)
failed=$(sed -E 's/.* ([0-9]+) failures?.*/\1/' <<<"$line")
echo "$((total - skipped - failed)) passed, $failed failed, $skipped skipped"
