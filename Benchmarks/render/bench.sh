#!/usr/bin/env bash
# Times `borderlines render` on the peers' shared scene (see ../shared/bench/peers/README.md),
# whole process, start-up included, like the peers' RESULTS.md: hyperfine (1 warm-up + 10 runs)
# and peak RSS from GNU time. Usage: Benchmarks/render/bench.sh  (from the repository root)
# On a machine shared with other jobs, BENCH_PREFIX="chrt -f 50" (root) runs the timed commands,
# not the build, at real-time priority, so the other jobs cannot preempt them.
set -euo pipefail
read -r -a PREFIX <<< "${BENCH_PREFIX:-}"
cd "$(dirname "$0")/../.."
PEERS=../shared/bench/peers/data
[[ -d $PEERS ]] || { echo "bench: $PEERS not found (the shared benchmark scene lives beside the checkout)" >&2; exit 66; }
command -v hyperfine >/dev/null || { echo "bench: needs hyperfine (apt-get install -y hyperfine)" >&2; exit 69; }
swift build -c release --product borderlines --static-swift-stdlib >/dev/null
B=$PWD/.build/release/borderlines
OUT=$(mktemp -d)
python3 Benchmarks/render/scene_to_dispute.py $PEERS/scene.geojson "$OUT/small.geojson"
python3 Benchmarks/render/scene_to_dispute.py $PEERS/scene-big.geojson "$OUT/big.geojson"
BBOX=130.50,42.372949,130.75,42.506979
SIZE="--width 2400 --height 1800 --dpi 200 --bbox $BBOX"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
"${PREFIX[@]}" hyperfine -N -w 1 -r 10 --export-markdown "$OUT/results.md" \
  -n "small PNG 2400x1800" "$B render --data $OUT/small.geojson $SIZE -o $OUT/s.png" \
  -n "small SVG" "$B render --data $OUT/small.geojson $SIZE -o $OUT/s.svg" \
  -n "small PDF" "$B render --data $OUT/small.geojson $SIZE -o $OUT/s.pdf" \
  -n "small SVG+PDF (one process, as the peers)" "$B render --data $OUT/small.geojson $SIZE -o $OUT/sp.svg -o $OUT/sp.pdf" \
  -n "big PNG (1000 labels)" "$B render --data $OUT/big.geojson $SIZE -o $OUT/b.png" \
  -n "Khasan overview PNG 1600x1200" "$B render -o $OUT/k.png" \
  -n "start-up (borderlines --help)" "$B --help"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
cat "$OUT/results.md"
for f in small big; do
  "${PREFIX[@]}" /usr/bin/time -f "$f PNG peak RSS: %M KiB" "$B" render --data "$OUT/$f.geojson" $SIZE -o "$OUT/$f.png" --verbose 2>&1 | grep -E "peak|labels"
done
echo "outputs in $OUT"
