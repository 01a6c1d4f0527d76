#!/usr/bin/env python3
"""PyStemmer's stemWords over the Snowball vocabulary, for comparison with
`askback-bench micro` (porter2-stem-vocabulary). Prints one line like it.

    python3 pystemmer_vocabulary.py Tests/AskBackTests/Fixtures/porter2/voc.txt
"""
import statistics
import sys
import time

import Stemmer


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        words = f.read().split("\n")[:-1]
    stemmer = Stemmer.Stemmer("english")
    stemmer.maxCacheSize = 0  # no cache: stem every word every time
    stemmer.stemWords(words)
    times = []
    for _ in range(20):
        start = time.perf_counter()
        stemmer.stemWords(words)
        times.append(time.perf_counter() - start)
    median = statistics.median(times)
    print(f"pystemmer stemWords words={len(words)} iterations=20 median_ms={median * 1000:.3f} "
          f"rate={len(words) / median:.0f} words/s (PyStemmer {Stemmer.version()})")


if __name__ == "__main__":
    main()
