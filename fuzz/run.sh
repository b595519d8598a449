#!/usr/bin/env bash
# Builds each libFuzzer target with clang++ (-fsanitize=fuzzer,address,undefined) and runs it for
# SECONDS seconds (default 60) on a copy of its seed corpus in fuzz/corpus/TARGET.
# Usage: fuzz/run.sh [SECONDS] [TARGET...]    targets: catalog answers date tracked lines
# Extra libFuzzer flags may be passed in FUZZ_FLAGS (e.g. FUZZ_FLAGS=-runs=10000000), and the
# optimisation level in FUZZ_OPT (default -O1; CI's short runs use -O0, which builds in half the
# time).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(catalog answers date tracked lines)

bash scripts/install-packages.sh clang libclang-rt-14-dev cmake pkg-config libfmt-dev nlohmann-json3-dev libicu-dev \
  libre2-dev

out=fuzz/build
mkdir -p "$out"
cmake -DINPUT=data/catalog.json -DOUTPUT="$out/embedded_catalog.cpp" -P cmake/embed.cmake
mapfile -t sources < <(ls src/*/*.cpp | grep -v '^src/cli/')
sources+=("$out/embedded_catalog.cpp")
flags=(-std=c++20 "${FUZZ_OPT:--O1}" -gline-tables-only -fsanitize=fuzzer,address,undefined
       -fno-sanitize-recover=all -DLLMPATH_VERSION='"fuzz"' -Iinclude -Isrc)
# Objects built with other flags are built again.
if [ "$(cat "$out/flags" 2>/dev/null)" != "${flags[*]}" ]; then
  rm -f "$out"/unity_*.o
  echo "${flags[*]}" > "$out/flags"
fi

# Runs "COMMAND... -o OUTPUT" in the background, at most one per CPU. OUTPUT appears only when
# the command succeeds, so a failed build leaves nothing behind: that is how `built` notices it,
# and the next run builds it again.
build() {
  local output=$1
  shift
  while [ "$(jobs -rp | wc -l)" -ge "$(nproc)" ]; do wait -n || true; done
  rm -f "$output"
  { "$@" -o "$output.tmp" && mv "$output.tmp" "$output"; } &
}
# Waits for every build, then fails unless each of the given files was built.
built() {
  wait
  local file
  for file in "$@"; do
    [ -f "$file" ] || { echo "fuzz: $file did not build" >&2; exit 1; }
  done
}

# The library is compiled in one unit per CPU (each includes its share of the sources, as the CMake
# build's unity units do), shared by every target; a unit is built again when one of its sources
# or any header changed.
newest_header="$(ls -t include/llmpath/*.hpp src/*/*.hpp | head -1)"
units=$(nproc)
objects=()
for ((unit = 0; unit < units; unit++)); do
  list="$out/unity_$unit.cpp.new"
  : > "$list"
  for ((i = unit; i < ${#sources[@]}; i += units)); do
    echo "#include \"$PWD/${sources[$i]}\"" >> "$list"
  done
  src="$out/unity_$unit.cpp"
  cmp -s "$list" "$src" && rm "$list" || mv "$list" "$src"
  obj="$out/unity_$unit.o"
  stale=0
  [ -f "$obj" ] && [ ! "$src" -nt "$obj" ] && [ ! "$newest_header" -nt "$obj" ] || stale=1
  for ((i = unit; i < ${#sources[@]}; i += units)); do
    [ "${sources[$i]}" -nt "$obj" ] && stale=1
  done
  if [ "$stale" = 1 ]; then
    build "$obj" clang++ \
      "${flags[@]/-fsanitize=fuzzer,address,undefined/-fsanitize=fuzzer-no-link,address,undefined}" \
      -c "$src"
  fi
  objects+=("$obj")
done
built "${objects[@]}"

# The targets are linked side by side as well, then run side by side for SECONDS each.
for target in "${targets[@]}"; do
  build "$out/fuzz_$target" clang++ "${flags[@]}" "fuzz/fuzz_$target.cpp" "${objects[@]}" -lfmt \
    $(pkg-config --libs icu-uc re2)
done
built "${targets[@]/#/$out/fuzz_}"

# Runs one target on a fresh copy of its seed corpus; its output goes to $out/TARGET.log.
fuzz() {
  local target=$1 corpus="$out/corpus_$1"
  rm -rf "$corpus"
  mkdir -p "$corpus" fuzz/artifacts
  cp fuzz/corpus/"$target"/* "$corpus"/
  UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 ASAN_OPTIONS=halt_on_error=1:detect_leaks=1 \
    "$out/fuzz_$target" "$corpus" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 \
    -artifact_prefix=fuzz/artifacts/ -print_final_stats=1 ${FUZZ_FLAGS:-} 2>"$out/$target.log"
}

echo "fuzz: ${targets[*]} for ${seconds}s each, side by side" >&2
pids=()
for target in "${targets[@]}"; do
  fuzz "$target" &
  pids+=($!)
done
status=0
for i in "${!targets[@]}"; do
  target=${targets[$i]}
  if ! wait "${pids[$i]}"; then
    echo "fuzz: $target FAILED; see $out/$target.log and fuzz/artifacts/" >&2
    tail -30 "$out/$target.log" >&2
    status=1
  else
    grep -E "stat::number_of_executed_units|Done" "$out/$target.log" | sed "s/^/fuzz: $target: /" >&2
  fi
done
exit $status
