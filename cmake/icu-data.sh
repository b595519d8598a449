#!/usr/bin/env bash
# Builds the object file of ICU's data that llmpath links instead of all of libicudata: only the
# items listed in cmake/icu-data.txt (the line break rules), packed with ICU's own tools
# (icupkg, genccode from icu-devtools). docs/architecture.md says why and what it saves.
# Usage: cmake/icu-data.sh LIBICUDATA.a ITEMS_FILE OUT_OBJECT
set -euo pipefail
lib=$1
items=$2
out=$3
work="$out.d"
rm -rf "$work"
mkdir -p "$work/lib" "$work/items" "$work/pkg"
member=$(ar t "$lib" | head -n 1)          # icudt72l_dat.o: the data is its .rodata
(cd "$work/lib" && ar x "$lib" "$member")
name=${member%_dat.o}                        # icudt72l
objcopy -O binary -j .rodata "$work/lib/$member" "$work/$name.dat"
grep -v '^#' "$items" | sed '/^$/d' >"$work/items.txt"
icupkg -d "$work/items" -x "$work/items.txt" "$work/$name.dat"
icupkg --ignore-deps -s "$work/items" -a "$work/items.txt" new "$work/pkg/$name.dat"
genccode -q -o -e "${name%l}" --skip-dll-export -m "$work/lib/$member" -d "$work/pkg" \
  "$work/pkg/$name.dat" >/dev/null
# genccode's object says nothing of the stack; the linker would then make the stack executable.
objcopy --add-section .note.GNU-stack=/dev/null --set-section-flags .note.GNU-stack=contents,readonly \
  "$work/pkg/${name}_dat.o" "$out"
rm -rf "$work"
