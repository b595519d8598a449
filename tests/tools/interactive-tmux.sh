#!/usr/bin/env bash
# Drives `llmpath plan` in a real terminal (tmux) as a person would: numbers, values, going back
# with '<', help with '?', a rejected answer, the summary, the plan, saving it as Markdown; then
# Ctrl-C and Ctrl-D at a prompt (exit 130, nothing written).
# Usage: interactive-tmux.sh LLMPATH_BINARY CATALOG_FIXTURE
set -euo pipefail
bin=$(realpath "$1")
catalog=$(realpath "$2")
command -v tmux >/dev/null || { echo "tmux is missing: run scripts/setup.sh --with-dev-tools" >&2; exit 1; }

work=$(mktemp -d)
# tmux keeps its sockets here, so that nothing is left in the shared /tmp/tmux-UID.
tmux_dir=$(mktemp -d)
export TMUX_TMPDIR="$tmux_dir"
unset TMUX
# Each scenario gets a server of its own. Reusing one socket name right after kill-server races the
# dying server: a new client can connect to it and fail with "server exited unexpectedly".
socket=""
sockets=()
cleanup() {
  for s in "${sockets[@]}"; do tmux -L "$s" kill-server 2>/dev/null || true; done
  rm -rf "$work" "$tmux_dir"
}
trap cleanup EXIT

fail() {
  echo "FAIL: $1" >&2
  echo "---- screen ----" >&2
  tmux -L "$socket" capture-pane -p -J -S -3000 -t t 2>/dev/null >&2 || true
  exit 1
}

# Waits until the pane (with its history) contains the fixed string $1.
wait_for() {
  for _ in $(seq 1 100); do
    if tmux -L "$socket" capture-pane -p -J -S -3000 -t t | grep -qF -- "$1"; then
      return 0
    fi
    sleep 0.1
  done
  fail "did not see '$1'"
}

count() { tmux -L "$socket" capture-pane -p -J -S -3000 -t t | grep -cF -- "$1" || true; }

# Waits until the fixed string $1 appears at least $2 times (a question asked again).
wait_count() {
  for _ in $(seq 1 100); do
    [ "$(count "$1")" -ge "$2" ] && return 0
    sleep 0.1
  done
  fail "$3"
}

start() {
  [ -z "$socket" ] || tmux -L "$socket" kill-server 2>/dev/null || true
  socket="llmpath-test-$$-${#sockets[@]}"
  sockets+=("$socket")
  rm -f "$work/exit"
  tmux -L "$socket" new-session -d -s t -x 120 -y 40 \
    "cd '$work' && env -u NO_COLOR LANG=C.UTF-8 LLMPATH_HOME='$work/home' '$bin' --catalog '$catalog' plan $*; echo EXIT=\$? > '$work/exit'; sleep 60"
}

keys() { tmux -L "$socket" send-keys -t t "$@"; }

exit_code() {
  for _ in $(seq 1 100); do
    [ -s "$work/exit" ] && { sed 's/EXIT=//' "$work/exit"; return 0; }
    sleep 0.1
  done
  fail "the run did not end"
}

# 1. A whole run, with corrections.
start
wait_for "[1/4]"
keys "2" Enter
wait_for "[2/4]"
keys "<" Enter
wait_count "[1/4]" 2 "'<' did not go back to question 1"
keys "?" Enter
wait_for "Pick the closest."
keys "Backend engineer" Enter
wait_for "[2/4]"
keys "fluent" Enter
wait_for "[3/4]"
keys "500" Enter
wait_count "[3/4]" 2 "an invalid answer was not asked again"
keys "12" Enter
wait_for "[4/4]"
keys "2027-01-04" Enter
wait_for "Your answers:"
wait_for "Save this plan as Markdown? [y/N]"
keys "y" Enter
wait_for "File name ["
keys Enter
wait_for "Saved to"
wait_for "Track this plan, to see each week's tasks with llmpath today? [y/N]"
keys "y" Enter
wait_for "Tracking your plan:"
[ "$(exit_code)" = 0 ] || fail "exit code $(exit_code), expected 0"
[ -s "$work/home/plan.json" ] || fail "the plan was not tracked"
saved=$(ls "$work"/llmpath-plan-*.md 2>/dev/null | head -1)
[ -n "$saved" ] || fail "no Markdown file was saved"
head -1 "$saved" | grep -q '^# ' || fail "the saved plan is not Markdown"
grep -q "Mon 4 Jan 2027" "$saved" || fail "the saved plan does not start on Mon 4 Jan 2027"
rm -rf "$work"/llmpath-plan-*.md "$work/home"

# 2. Ctrl-C at a prompt: exit 130, nothing written.
start "-o plan.md --save-answers answers.json"
wait_for "[1/4]"
keys C-c
[ "$(exit_code)" = 130 ] || fail "Ctrl-C gave exit $(exit_code), expected 130"
[ -z "$(ls -A "$work" | grep -v '^exit$')" ] || fail "Ctrl-C left files: $(ls -A "$work")"

# 3. Ctrl-D at a prompt: exit 130, nothing written.
start "-o plan.md"
wait_for "[1/4]"
keys "1" Enter
wait_for "[2/4]"
keys C-d
[ "$(exit_code)" = 130 ] || fail "Ctrl-D gave exit $(exit_code), expected 130"
[ -z "$(ls -A "$work" | grep -v '^exit$')" ] || fail "Ctrl-D left files: $(ls -A "$work")"

echo "interactive terminal test: 3 scenarios passed"
