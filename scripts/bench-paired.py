#!/usr/bin/env python3
"""Times whole commands in one paired, alternating run: round after round, each command once,
in turn, so that a machine whose speed drifts slows all of them alike. Prints each command's
median and quartiles in milliseconds, and each one's median against the first command's.

Usage: scripts/bench-paired.py [--rounds N] [--warmup N] COMMAND...
  Each COMMAND is one argument, split into words as a shell would (no pipes or redirections:
  its output is discarded); "< FILE" at its end reads FILE as its input.
"""
import argparse
import shlex
import statistics
import subprocess
import sys
import time


def run(command):
    words = shlex.split(command)
    source = None
    if len(words) >= 2 and words[-2] == "<":
        source = open(words[-1], "rb")
        words = words[:-2]
    start = time.perf_counter()
    done = subprocess.run(words, stdin=source, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if source is not None:
        source.close()
    if done.returncode != 0:
        sys.exit(f"bench-paired: '{command}' exited {done.returncode}: {done.stderr.decode()[:300]}")
    return elapsed * 1000


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=50)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("commands", nargs="+")
    args = parser.parse_args()
    for _ in range(args.warmup):
        for c in args.commands:
            run(c)
    times = {c: [] for c in args.commands}
    for _ in range(args.rounds):
        for c in args.commands:
            times[c].append(run(c))
    first = statistics.median(times[args.commands[0]])
    print(f"{args.rounds} rounds; median (first quartile to third) in ms; median / first command's")
    for c in args.commands:
        q = statistics.quantiles(times[c], n=4)
        m = statistics.median(times[c])
        print(f"{m:9.2f}  ({q[0]:.2f} to {q[2]:.2f})  {m / first:6.2f}x  {c}")


if __name__ == "__main__":
    main()
