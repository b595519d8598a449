#!/usr/bin/env bash
# Long output goes through the pager on a terminal (tmux), as git's does: LLMPATH_PAGER, then
# PAGER, else less -FRX with the colour kept; never through a pipe, with --no-pager or with an
# empty LLMPATH_PAGER.
# Usage: pager-tmux.sh LLMPATH_BINARY
set -euo pipefail
bin=$(realpath "$1")
command -v tmux >/dev/null || { echo "tmux is missing: run scripts/setup.sh --with-dev-tools" >&2; exit 1; }
command -v less >/dev/null || { echo "less is missing" >&2; exit 1; }

work=$(mktemp -d)
tmux_dir=$(mktemp -d)
export TMUX_TMPDIR="$tmux_dir"
unset TMUX
sockets=()
socket=""
cleanup() {
  for s in "${sockets[@]}"; do tmux -L "$s" kill-server 2>/dev/null || true; done
  rm -rf "$work" "$tmux_dir"
}
trap cleanup EXIT

fail() {
  echo "FAIL: $1" >&2
  tmux -L "$socket" capture-pane -p -t t 2>/dev/null >&2 || true
  exit 1
}

# Runs the shell command $1 in a fresh 100x30 terminal; it writes its exit code to $work/exit.
start() {
  socket="llmpath-pager-$$-${#sockets[@]}"
  sockets+=("$socket")
  rm -f "$work/exit"
  tmux -L "$socket" new-session -d -s t -x 100 -y 30 \
    "cd '$work' && env -u NO_COLOR -u LLMPATH_PAGER -u PAGER LANG=C.UTF-8 TERM=xterm-256color $1; echo \$? > '$work/exit'; sleep 30"
}

wait_exit() {
  for _ in $(seq 1 100); do
    [ -s "$work/exit" ] && return 0
    sleep 0.1
  done
  fail "the run did not end"
}

plan="'$bin' plan --defaults --start 2026-12-07 --full"

# 1. LLMPATH_PAGER on a terminal gets the whole text.
start "LLMPATH_PAGER='cat > paged' $plan"
wait_exit
[ -s "$work/paged" ] || fail "LLMPATH_PAGER did not get the plan"
grep -q "Week 26" "$work/paged" || fail "the pager did not get every week"
rm -f "$work/paged"

# 2. PAGER when LLMPATH_PAGER is unset.
start "PAGER='cat > paged' $plan"
wait_exit
[ -s "$work/paged" ] || fail "PAGER did not get the plan"
rm -f "$work/paged"

# 3. Never through a pipe, with --no-pager, or with an empty LLMPATH_PAGER.
for run in "LLMPATH_PAGER='cat > paged' $plan | cat > piped" \
           "LLMPATH_PAGER='cat > paged' '$bin' --no-pager plan --defaults --start 2026-12-07 --full" \
           "LLMPATH_PAGER= PAGER='cat > paged' $plan"; do
  start "$run"
  wait_exit
  [ ! -e "$work/paged" ] || fail "paged when it must not be: $run"
done
[ -s "$work/piped" ] || fail "the piped run wrote nothing"

# 4. By default, less -FRX: the first screen, in colour, until q.
start "$plan"
for _ in $(seq 1 100); do
  tmux -L "$socket" capture-pane -p -t t | grep -q "Recommended direction" && break
  sleep 0.1
done
screen=$(tmux -L "$socket" capture-pane -p -e -t t)
grep -q "Recommended direction" <<<"$screen" || fail "less did not show the plan"
grep -q $'\e\\[' <<<"$screen" || fail "the colour did not reach the terminal through less"
[ ! -s "$work/exit" ] || fail "llmpath ended while less was showing the plan"
tmux -L "$socket" send-keys -t t q
wait_exit
[ "$(cat "$work/exit")" = 0 ] || fail "exit code $(cat "$work/exit") after q, expected 0"
echo "pager: ok"
