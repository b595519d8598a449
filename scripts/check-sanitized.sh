#!/usr/bin/env bash
# The whole test suite built with -fsanitize=address,undefined (the `debug` preset: every object
# and the llmpath binary; halt_on_error), run before each release and after a change to a parser,
# the tracked plan's file or the scheduler (docs/reliability.md). About 5 minutes to build and 6
# to run on two cores, so CI (.ci/run) runs the fuzzers under the same sanitizers instead.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --preset debug --with-dev-tools && ctest --preset debug
