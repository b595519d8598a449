#!/usr/bin/env bash
# Loads `llmpath completion SHELL` into bash and zsh running in a real terminal (tmux) and presses
# Tab as a person would; asks fish for its completions with `complete -C`. Checks commands,
# flags, --format and --lang values, direction ids, -d question ids and their choice values, and
# task ids from the tracked plan.
# Usage: check-completion.sh LLMPATH_BINARY   (registered in ctest as completion)
set -euo pipefail
bin=$(realpath "$1")
for tool in tmux bash zsh fish; do
  command -v "$tool" >/dev/null ||
    { echo "check-completion: $tool is missing: run scripts/setup.sh --with-dev-tools" >&2; exit 1; }
done

work=$(mktemp -d)
tmux_dir=$(mktemp -d)
export TMUX_TMPDIR="$tmux_dir"
unset TMUX
mkdir -p "$work/bin" "$work/home"
ln -s "$bin" "$work/bin/llmpath"
export PATH="$work/bin:/usr/bin:/bin" LLMPATH_HOME="$work/home/plan" LLMPATH_TODAY=2026-11-30
llmpath track --defaults --start 2026-11-30 >/dev/null
llmpath done llm-overview >/dev/null
socket=""
cleanup() {
  [ -n "$socket" ] && tmux -L "$socket" kill-server 2>/dev/null || true
  rm -rf "$work" "$tmux_dir"
}
trap cleanup EXIT

failures=0
screen() { tmux -L "$socket" capture-pane -p -J -t t; }
# Types $1, presses Tab $2 times, and checks that the screen then holds the fixed string $3.
expect() {
  tmux -L "$socket" send-keys -t t C-u C-l
  tmux -L "$socket" send-keys -t t -l "$1"
  for _ in $(seq 1 "$2"); do
    sleep 0.2
    tmux -L "$socket" send-keys -t t Tab
  done
  for _ in $(seq 1 50); do
    screen | grep -qF -- "$3" && return 0
    sleep 0.1
  done
  echo "FAIL ($shell): after '$1' and $2 Tab, expected '$3'; the screen:" >&2
  screen >&2
  failures=$((failures + 1))
}

start() { # $1: the shell's command line
  socket="llmpath-completion-$$-$shell"
  tmux -L "$socket" new-session -d -s t -x 160 -y 40 \
    "env PATH=$PATH HOME=$work/home LLMPATH_HOME=$LLMPATH_HOME LLMPATH_TODAY=$LLMPATH_TODAY TERM=xterm $1"
  sleep 0.5
}

for shell in bash zsh; do
  if [ "$shell" = bash ]; then
    start "bash --norc --noprofile"
    tmux -L "$socket" send-keys -t t 'PS1="$ "; source <(llmpath completion bash)' Enter
  else
    start "zsh -f"
    tmux -L "$socket" send-keys -t t \
      'PS1="$ "; autoload -U compinit && compinit -u; source <(llmpath completion zsh)' Enter
  fi
  sleep 0.5
  expect "llmpath pl" 1 "llmpath plan "
  expect "llmpath plan --form" 1 "llmpath plan --format "
  expect "llmpath plan --format " 2 "checklist"
  expect "llmpath plan --format c" 2 "csv"
  expect "llmpath --lang z" 1 "llmpath --lang zh "
  expect "llmpath plan --direction deploy" 1 "llmpath plan --direction deployment "
  expect "llmpath plan -d backg" 1 "llmpath plan -d background="
  expect "llmpath plan -d background=backe" 1 "llmpath plan -d background=backend "
  expect "llmpath done bridge-py" 1 "llmpath done bridge-python "  # to do, so done offers it
  expect "llmpath undo llm-ov" 1 "llmpath undo llm-overview "      # done, so undo offers it
  expect "llmpath show plat-fs" 1 "llmpath show plat-fsdp "
  expect "llmpath completion z" 1 "llmpath completion zsh "
  tmux -L "$socket" kill-server 2>/dev/null || true
done

# fish: complete -C prints the candidates for a command line.
shell=fish
fish_candidates() {
  fish --no-config -c "source (llmpath completion fish | psub); complete -C '$1'" | cut -f1
}
check_fish() {
  if ! fish_candidates "$1" | grep -qxF -- "$2"; then
    echo "FAIL (fish): '$1' does not offer '$2'; it offers:" >&2
    fish_candidates "$1" >&2
    failures=$((failures + 1))
  fi
}
check_fish "llmpath pl" "plan"
check_fish "llmpath plan --format " "ics"
check_fish "llmpath plan -d backg" "background="
check_fish "llmpath plan -d background=b" "background=bigdata"
check_fish "llmpath done " "bridge-python"
check_fish "llmpath --lang " "zh"

if [ "$failures" -gt 0 ]; then
  echo "check-completion: $failures failures" >&2
  exit 1
fi
echo "check-completion: bash, zsh and fish complete commands, flags, values and ids"
