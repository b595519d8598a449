#!/usr/bin/env bash
# Fails when a C++ file of the repository does not follow .clang-format (Debian's clang-format).
# Usage: scripts/check-format.sh        (fix with: git ls-files '*.cpp' '*.hpp' | xargs clang-format -i)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-packages.sh clang-format
git ls-files -z '*.cpp' '*.hpp' | xargs -0 clang-format --dry-run --Werror
echo "format: ok ($(git ls-files '*.cpp' '*.hpp' | wc -l) files follow .clang-format)"
