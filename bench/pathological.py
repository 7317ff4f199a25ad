"""Time per character of the extractor on pathological inputs (issues 5 and 13: never worse
than linear), and time and memory of reading hostile files.

    python bench/pathological.py [--scale 1.0]

Prints, for each input at two sizes, the seconds taken and microseconds per character; a
roughly constant µs/char between the sizes means linear time.
"""

from __future__ import annotations

import argparse
import gzip
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analysis import analyse_article, make_article  # noqa: E402
from analysis.ingest import IngestProblem, read_bytes  # noqa: E402

CASES = {
    "unmatched quote marks": lambda n: 'قال الوزير "' + ' "'.join(["كلمة"] * (n // 7)),
    "straight quotes only": lambda n: '"' * n,
    "one long line of words": lambda n: (
        "وقال وزير الدفاع الأميركي لويد أوستن إن المساعدات " * (n // 50 + 1)
    )[:n],
    "titles without punctuation": lambda n: ("وزير " * (n // 5 + 1))[:n],
    "cues everywhere": lambda n: ("قال أن " * (n // 7 + 1))[:n],
    "many sentences": lambda n: ('قال مسؤول إن "هذا. ذاك". ' * (n // 25 + 1))[:n],
    "diacritics soup": lambda n: ("قَّّّّال" * (n // 8 + 1))[:n],
    # topics inside quotes (issue 13: matching them was quadratic)
    "one quote full of topics": lambda n: (
        'قال الوزير إن "' + ("رفح والمساعدات والأسرى " * (n // 24 + 1))[:n] + '"'
    ),
    "many quotes with topics": lambda n: ('قال الوزير إن "رفح والمساعدات". ' * (n // 32 + 1))[:n],
}

# Whole inputs, read as a file would be (time and peak memory of reading them).
INPUTS = {
    "gzip bomb (zeros)": ("bomb.txt.gz", lambda n: gzip.compress(b"\0" * (n * 1000))),
    "gzip of 1\\n lines": ("ones.jsonl.gz", lambda n: gzip.compress(b"1\n" * (n // 2))),
    "quote marks only": ("marks.txt", lambda n: "عنوان\n".encode() + b'"' * n),
}


def run(text: str) -> float:
    article = make_article("bench.txt", "عنوان\n" + text)
    start = time.perf_counter()
    analyse_article(article)
    return time.perf_counter() - start


def read_input(name: str, data: bytes) -> tuple[float, float, int]:
    """Seconds, peak MB (Python allocations) and items of reading and analysing one input."""
    tracemalloc.start()
    start = time.perf_counter()
    items = 0
    for item in read_bytes(name, data):
        items += 1
        if not isinstance(item, IngestProblem):
            analyse_article(item)
    seconds = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return seconds, peak, items


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--scale", type=float, default=1.0, help="multiply the sizes (1.0: 100k and 1M characters)"
    )
    args = parser.parse_args()
    sizes = [int(100_000 * args.scale), int(1_000_000 * args.scale)]
    print(f"{'input':28} {'chars':>9} {'seconds':>8} {'µs/char':>8}")
    for name, make in CASES.items():
        for size in sizes:
            text = make(size)
            seconds = run(text)
            print(f"{name:28} {len(text):>9} {seconds:>8.2f} {seconds / len(text) * 1e6:>8.2f}")
    print(f"\n{'input':28} {'bytes':>9} {'seconds':>8} {'peak MB':>8} {'items':>7}")
    for name, (file_name, make) in INPUTS.items():
        for size in sizes:
            data = make(size)
            seconds, peak, items = read_input(file_name, data)
            print(f"{name:28} {len(data):>9} {seconds:>8.2f} {peak:>8.1f} {items:>7}")


if __name__ == "__main__":
    main()
