#!/usr/bin/env python3
"""Times whole commands, each run as its own process, in interleaved rounds so
that a change in the machine's load falls on every command alike. One warm-up
run each, then ROUNDS rounds; prints one JSON line per command with the median,
mean and minimum wall time in milliseconds, and each median's ratio to the
first command's.

    python3 time_commands.py --rounds 30 \
        '.build/release/askback recommend Examples/registered-nurse.txt' \
        'python3 Benchmarks/python/sklearn_recommend.py Corpus Examples/registered-nurse.txt'

Output goes to /dev/null; a command that fails stops the run.
"""
import argparse
import json
import shlex
import statistics
import subprocess
import time


def run(argv):
    start = time.perf_counter()
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return (time.perf_counter() - start) * 1000


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("commands", nargs="+")
    args = parser.parse_args()
    commands = [shlex.split(command) for command in args.commands]
    for argv in commands:
        run(argv)  # warm-up: page cache, first-run costs
    times = [[] for _ in commands]
    for _ in range(args.rounds):
        for i, argv in enumerate(commands):
            times[i].append(run(argv))
    first = statistics.median(times[0])
    for command, samples in zip(args.commands, times):
        median = statistics.median(samples)
        print(json.dumps({
            "command": command,
            "rounds": args.rounds,
            "median_ms": round(median, 2),
            "mean_ms": round(statistics.mean(samples), 2),
            "min_ms": round(min(samples), 2),
            "median_ratio_to_first": round(median / first, 2),
        }))


if __name__ == "__main__":
    main()
