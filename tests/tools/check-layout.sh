#!/usr/bin/env bash
# Checks the release binary's layout for huge pages (CMakeLists.txt, cmake/huge-page-segments.ld):
# the read-only segment and the code segment each start on a 2 MiB boundary, at a file offset on
# one too, and are at least 2 MiB long; the code a plan runs (with .init, .fini and .iplt) and
# the embedded catalogue lie in their first 2 MiB; and cmake/rewrite-in-large-blocks.cmake keeps
# a file's bytes and mode.
# Usage: tests/tools/check-layout.sh BINARY   (registered in ctest as layout_huge_pages)
set -euo pipefail
binary=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
huge=$((0x200000))
fail() { echo "check-layout: $*" >&2; exit 1; }

# "LOAD offset vaddr paddr filesz memsz flags align" for the R and the R E segment.
headers=$(readelf -lW "$binary")
read -r _ r_off r_addr _ _ r_size _ < <(awk '$1 == "LOAD" && $7 == "R" && $8 ~ /^0x/ { print; exit }' <<< "$headers")
read -r _ x_off x_addr _ _ x_size _ < <(awk '$1 == "LOAD" && $7 == "R" && $8 == "E" { print; exit }' <<< "$headers")
[ -n "${r_addr:-}" ] && [ -n "${x_addr:-}" ] || fail "no R or R E LOAD segment in $binary"
for seg in "read-only $r_off $r_addr $r_size" "code $x_off $x_addr $x_size"; do
  read -r name off addr size <<< "$seg"
  (( off % huge == 0 && addr % huge == 0 )) || fail "$name segment at $addr (offset $off) is not 2 MiB aligned"
  (( size >= huge )) || fail "$name segment is $size bytes, less than 2 MiB"
done

# What a default plan runs and reads, by symbol: within the first 2 MiB of its segment.
symbols=$(nm "$binary")
check_symbol() { # NAME PATTERN START
  local address
  address=$(awk -v p="$2" '$3 ~ p { print $1; exit }' <<< "$symbols")
  [ -n "$address" ] || fail "symbol $1 not found"
  (( 0x$address >= $3 && 0x$address < $3 + huge )) ||
    fail "$1 at 0x$address is outside the first 2 MiB of its segment (from $3); rerun scripts/link-order.sh"
}
check_symbol main '^main$' "$x_addr"
check_symbol make_plan '^_ZN7llmpath9make_plan' "$x_addr"
check_symbol render_json '^_ZN7llmpath11render_json' "$x_addr"
check_symbol unpack_catalog '^_ZN7llmpath14unpack_catalog' "$x_addr"
check_symbol k_pack 'k_packE$' "$r_addr"
# Every run calls into .init at start-up, .fini at exit and .iplt for memcpy and the like.
sections=$(readelf -SW "$binary")
for name in .init .fini .iplt; do
  address=$(awk -v n="$name" '{ for (i = 1; i < NF; ++i) if ($i == n) { print $(i + 2); exit } }' <<< "$sections")
  [ -n "$address" ] || fail "section $name not found"
  (( 0x$address >= x_addr && 0x$address < x_addr + huge )) ||
    fail "section $name at 0x$address is outside the first 2 MiB of the code"
done

# The rewrite keeps the bytes and the mode, and makes a new file.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp -p "$binary" "$scratch/copy"
chmod 750 "$scratch/copy"
inode=$(stat -c %i "$scratch/copy")
cmake -DFILE="$scratch/copy" -P "$root/cmake/rewrite-in-large-blocks.cmake"
cmp -s "$binary" "$scratch/copy" || fail "rewrite-in-large-blocks changed the bytes"
[ "$(stat -c %a "$scratch/copy")" = 750 ] || fail "rewrite-in-large-blocks changed the mode"
[ "$(stat -c %i "$scratch/copy")" != "$inode" ] || fail "rewrite-in-large-blocks did not write a new file"
[ ! -e "$scratch/copy.large-blocks" ] || fail "rewrite-in-large-blocks left its temporary file"
if cmake -DFILE="$scratch/missing" -P "$root/cmake/rewrite-in-large-blocks.cmake" 2>/dev/null; then
  fail "rewrite-in-large-blocks accepted a missing file"
fi
echo "check-layout: ok (read-only segment $r_size bytes at $r_addr, code $x_size bytes at $x_addr)"
