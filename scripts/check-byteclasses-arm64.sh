#!/usr/bin/env bash
# Checks the NEON path of Sources/CByteClasses (used on arm64: Apple silicon, Graviton) against its
# scalar reference, on an x86-64 machine: cross-compiles Tests/Fixtures/byteclasses/neon-vs-scalar.c
# for aarch64 and runs it under QEMU (every byte value in every lane, then 100,000 random blocks).
#
#   scripts/check-byteclasses-arm64.sh      (from the repository root)
#
# Needs Debian's qemu-user, gcc-aarch64-linux-gnu and libc6-dev-arm64-cross (installed when missing).
# The SSE2 path is checked by the test suite itself (WordStartsTests), on x86-64.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v aarch64-linux-gnu-gcc >/dev/null || ! command -v qemu-aarch64 >/dev/null; then
    sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get install -y qemu-user gcc-aarch64-linux-gnu libc6-dev-arm64-cross
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
aarch64-linux-gnu-gcc -O2 -Wall -ISources/CByteClasses/include Tests/Fixtures/byteclasses/neon-vs-scalar.c \
    Sources/CByteClasses/ByteClasses.c -o "$out/neon-vs-scalar"
# The NEON branch must be the one compiled: its helper is in the binary.
aarch64-linux-gnu-objdump -d "$out/neon-vs-scalar" | grep addv > /dev/null || { echo "NEON path not compiled" >&2; exit 1; }
qemu-aarch64 -L /usr/aarch64-linux-gnu "$out/neon-vs-scalar"
