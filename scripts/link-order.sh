#!/usr/bin/env bash
# Writes cmake/link-order.txt: the functions and data that typical runs of llmpath touch, in the
# order they first touch them. The release build links them first and together (ld.lld
# --symbol-ordering-file), so a run maps a few hundred contiguous kilobytes of the binary instead
# of pages spread over all of it. Rerun after a change that adds or renames much of the code a
# run uses; a stale list only costs speed, never correctness.
# Usage: scripts/link-order.sh [BUILD_DIR [OUTPUT]]
#   (default build/release and cmake/link-order.txt; needs valgrind)
set -euo pipefail
cd "$(dirname "$0")/.."
binary="${1:-build/release}/llmpath"
output="${2:-cmake/link-order.txt}"
[ -x "$binary" ] || { echo "link-order.sh: no $binary; build the release preset first" >&2; exit 2; }
command -v valgrind >/dev/null || { echo "link-order.sh: valgrind is needed" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
printf '{}\n{"hours_per_week": 6}\n' > "$work/cohort.jsonl"
# The first run is the one docs/performance.md times (it reads the clock and the time zone for
# the start date); the others add what they touch besides.
runs=(
  "plan --defaults --format json"
  "plan --defaults --format json --start 2026-11-30"
  "plan --defaults --start 2026-11-30"
  "plan --defaults --format markdown --start 2026-11-30"
  "recommend --defaults"
  "--version"
  "batch $work/cohort.jsonl --start 2026-11-30"
)
for i in "${!runs[@]}"; do
  # shellcheck disable=SC2086 # each run is a list of arguments
  valgrind --tool=lackey --trace-mem=yes --log-file="$work/trace.$i" "$binary" ${runs[$i]} \
    > /dev/null
done
nm --defined-only --print-size "$binary" > "$work/symbols"

python3 - "$work" "${#runs[@]}" > "$output.tmp" <<'PY'
import bisect, re, sys
work, runs = sys.argv[1], int(sys.argv[2])
symbols = []
for line in open(f"{work}/symbols"):
    fields = line.split()
    if len(fields) == 4 and fields[2] in "tTwWrRdDbBvV" and int(fields[1], 16) > 0:
        symbols.append((int(fields[0], 16), int(fields[1], 16), fields[3]))
symbols.sort()
starts = [s[0] for s in symbols]
seen, order = set(), []
for i in range(runs):
    for line in open(f"{work}/trace.{i}"):
        kind, _, rest = line.strip().partition(" ")
        if kind not in ("I", "L", "S", "M"):
            continue
        address = int(rest.split(",")[0], 16)
        at = bisect.bisect_right(starts, address) - 1
        if at < 0 or address >= symbols[at][0] + symbols[at][1]:
            continue
        name = symbols[at][2]
        if name not in seen:
            seen.add(name)
            order.append(name)
# glibc picks memcpy, strlen and the like for the CPU it runs on, and valgrind's CPU is not the
# one llmpath will run on: each variant of a function that was used goes where it went.
# Only the variants of CPUs with AVX2 or newer go along: the older ones would spread the rest.
# valgrind may have run an older variant (strstr's SSE2 one) of a function that has newer ones.
variant = re.compile(r"^(__\w+?)_(avx|avx2|avx512|evex|evex512)(_|$)")
used_variant = re.compile(r"^(__\w+?)_(sse2|ssse3|sse4_1|sse4_2|avx|avx2|avx512|evex|evex512)(_|$)")
text = sorted({s[2] for s in symbols if variant.match(s[2])})
# Start-up code that runs natively but not under valgrind, which gives a program no vDSO and an
# Intel CPU: the vDSO's symbols are looked up, and the cache sizes read the AMD or Zhaoxin way.
native = {
    "_dl_non_dynamic_init": ["_dl_new_object", "_dl_add_to_namespace_list", "_dl_setup_hash",
                             "_dl_lookup_symbol_x", "do_lookup_x", "check_match",
                             "_dl_name_match_p"],
    "handle_intel.constprop.0": ["handle_amd", "handle_zhaoxin"],
}
defined = {s[2] for s in symbols}
# Start-up code from crtbegin.o that every run calls, whose symbols have no size to find it by.
out = [name for name in ("frame_dummy", "register_tm_clones") if name not in seen]
seen.update(out)
for name in order:
    for extra in native.get(name, []):
        if extra in defined and extra not in seen:
            seen.add(extra)
            out.append(extra)
    out.append(name)
    m = used_variant.match(name)
    if m:
        for other in text:
            if other not in seen and variant.match(other).group(1) == m.group(1):
                seen.add(other)
                out.append(other)
print("\n".join(out))
PY
mv "$output.tmp" "$output"
echo "link-order.sh: $(wc -l < "$output") symbols written to $output" >&2
