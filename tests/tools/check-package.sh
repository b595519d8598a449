#!/usr/bin/env bash
# Builds the Debian package from a build folder (cpack -G DEB) and checks it without installing
# it: its file list (binary, man page, completions in Debian's folders, copyright, changelog),
# the binary and man page as unpacked (dpkg-deb -x), and lintian --fail-on error,warning.
# Usage: check-package.sh BUILD_DIR VERSION   (registered in ctest as package)
set -euo pipefail
build=$(realpath "$1")
version=$2
for tool in cpack dpkg-deb lintian groff; do
  command -v "$tool" >/dev/null ||
    { echo "check-package: $tool is missing: run scripts/setup.sh --with-dev-tools" >&2; exit 1; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work" >/dev/null
deb="$work/llmpath_${version}_$(dpkg --print-architecture).deb"
[ -f "$deb" ] || { echo "check-package: cpack made no $deb" >&2; ls "$work" >&2; exit 1; }

status=0
listing=$(dpkg-deb -c "$deb" | awk '{print $6}')
for path in ./usr/bin/llmpath ./usr/share/man/man1/llmpath.1.gz \
            ./usr/share/bash-completion/completions/llmpath \
            ./usr/share/zsh/vendor-completions/_llmpath \
            ./usr/share/fish/vendor_completions.d/llmpath.fish \
            ./usr/share/doc/llmpath/copyright ./usr/share/doc/llmpath/changelog.gz; do
  grep -qxF "$path" <<<"$listing" || { echo "check-package: $path is not in the package" >&2; status=1; }
done

dpkg-deb -x "$deb" "$work/root"
got=$("$work/root/usr/bin/llmpath" --version)
[ "$got" = "llmpath $version" ] || { echo "check-package: --version says '$got'" >&2; status=1; }
"$work/root/usr/bin/llmpath" plan --defaults --start 2026-11-30 --format json >/dev/null ||
  { echo "check-package: the packaged binary cannot plan" >&2; status=1; }
if ! zcat "$work/root/usr/share/man/man1/llmpath.1.gz" | groff -ww -z -man 2>"$work/groff.err" ||
   [ -s "$work/groff.err" ]; then
  echo "check-package: the man page has groff warnings:" >&2
  cat "$work/groff.err" >&2
  status=1
fi
description=$(dpkg-deb -f "$deb" Description)
[ "$(wc -l <<<"$description")" -ge 5 ] || { echo "check-package: no extended description" >&2; status=1; }

lintian --fail-on error,warning "$deb" || { echo "check-package: lintian (above)" >&2; status=1; }
[ $status -eq 0 ] && echo "check-package: $(basename "$deb"): files, binary, man page and lintian ok"
exit $status
