#!/usr/bin/env bash
# Fuzzes one harness of Sources/BorderlinesFuzz with libFuzzer (+ AddressSanitizer).
#
#   scripts/fuzz.sh geojson|geoparser [SECONDS] [-- extra libFuzzer args]
#
# Builds into .build-fuzz (so normal .build is untouched), copies the seeds of
# Tests/Fixtures/fuzz/TARGET into a working corpus under .build-fuzz/fuzz/corpus/TARGET (the repo is
# never written), runs for SECONDS (default 600), prints a summary and exits non-zero naming the
# reproducer when a crash, leak, timeout or out-of-memory was found. Reproducers land in
# .build-fuzz/fuzz/crashes/TARGET/; commit one by copying it into Tests/Fixtures/fuzz/TARGET/.
set -euo pipefail

# All in one function, parsed before it runs: editing this file while a fuzz run is in progress
# cannot change what the running script does next.
main() {
    cd "$(dirname "$0")/.."

    usage() { echo "usage: scripts/fuzz.sh geojson|geoparser [SECONDS] [-- extra libFuzzer args]" >&2; exit 64; }
    [[ $# -ge 1 ]] || usage
    target=$1; shift
    case "$target" in geojson|geoparser) ;; *) usage ;; esac
    seconds=600
    if [[ $# -ge 1 && $1 != -- ]]; then seconds=$1; shift; fi
    [[ $seconds =~ ^[0-9]+$ && $seconds -gt 0 ]] || usage
    if [[ $# -ge 1 ]]; then [[ $1 == -- ]] || usage; shift; fi
    extra=("$@")

    scratch=.build-fuzz
    # A lock so two fuzz.sh runs (one per target) do not build into the same scratch path at once.
    mkdir -p "$scratch"
    (
        flock 9
        swift build -c release --product BorderlinesFuzz --scratch-path "$scratch" \
            -Xswiftc -DFUZZING -Xswiftc -parse-as-library -Xswiftc -sanitize=fuzzer,address \
            -Xswiftc -enable-experimental-feature -Xswiftc Extern \
            2>&1 | grep -v 'prohibited flag' >&2
    ) 9>"$scratch/.fuzz-build.lock"
    binary=$scratch/release/BorderlinesFuzz

    case "$target" in
        geojson) max_len=65536 ;;
        geoparser) max_len=65536 ;;
    esac

    # Not $scratch/artifacts: SwiftPM owns that directory and recreates it on every build.
    work=$scratch/fuzz
    corpus=$work/corpus/$target
    artifacts=$work/crashes/$target
    log=$work/$target.log
    mkdir -p "$corpus" "$artifacts"
    cp Tests/Fixtures/fuzz/"$target"/* "$corpus"/   # seeds refresh; fuzzer finds are hash-named
    before=$(ls "$artifacts" | wc -l)

    echo "fuzzing $target for ${seconds}s: $binary $corpus (log: $log)" >&2
    set +e
    BORDERLINES_FUZZ_TARGET=$target ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} \
        "$binary" "$corpus" -max_total_time="$seconds" -max_len=$max_len -rss_limit_mb=2048 \
        -timeout=10 -print_final_stats=1 -artifact_prefix="$artifacts/" ${extra[@]+"${extra[@]}"} >"$log" 2>&1
    status=$?
    set -e

    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || true)
    speed=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' || true)
    cov=$(grep -oE 'cov: [0-9]+ ft: [0-9]+' "$log" | tail -1 || true)
    echo "== fuzz summary: $target =="
    echo "exit status:  $status"
    echo "runs:         ${runs:-?} (${speed:-?} exec/s)"
    echo "coverage:     ${cov:-?}"
    echo "corpus:       $(ls "$corpus" | wc -l) files, $(du -sh "$corpus" | cut -f1) in $corpus"
    new=$(ls -t "$artifacts" | head -n $(( $(ls "$artifacts" | wc -l) - before )) )
    if [[ $status -ne 0 || -n $new ]]; then
        echo "CRASH (or leak/timeout/oom) found; see $log"
        grep -E "^==[0-9]+==ERROR|^SUMMARY|Fatal error|Swift runtime failure|deadly signal|Test unit written| crashed:|^ +[0-9]+ .* at /" "$log" | head -20 || true
        for f in $new; do echo "reproducer:   $artifacts/$f"; done
        echo "replay:       BORDERLINES_FUZZ_TARGET=$target $binary <reproducer>   (or: swift run BorderlinesFuzz $target <reproducer>)"
        exit 1
    fi
    echo "crashes:      none"
}

main "$@"
