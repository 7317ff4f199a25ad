"""Time per character of the extractor on pathological inputs (issue 5: never worse than linear).

    python bench/pathological.py [--scale 1.0]

Prints, for each input at two sizes, the seconds taken and microseconds per character; a
roughly constant µs/char between the sizes means linear time.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analysis import analyse_article, make_article  # noqa: E402

CASES = {
    "unmatched quote marks": lambda n: "قال الوزير \"" + " \"".join(["كلمة"] * (n // 7)),
    "straight quotes only": lambda n: "\"" * n,
    "one long line of words": lambda n: ("وقال وزير الدفاع الأميركي لويد أوستن إن المساعدات "
                                         * (n // 50 + 1))[:n],
    "titles without punctuation": lambda n: ("وزير " * (n // 5 + 1))[:n],
    "cues everywhere": lambda n: ("قال أن " * (n // 7 + 1))[:n],
    "many sentences": lambda n: ("قال مسؤول إن \"هذا. ذاك\". " * (n // 25 + 1))[:n],
    "diacritics soup": lambda n: ("قَّّّّال" * (n // 8 + 1))[:n],
}


def run(text: str) -> float:
    article = make_article("bench.txt", "عنوان\n" + text)
    start = time.perf_counter()
    analyse_article(article)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0,
                        help="multiply the sizes (1.0: 100k and 1M characters)")
    args = parser.parse_args()
    sizes = [int(100_000 * args.scale), int(1_000_000 * args.scale)]
    print(f"{'input':28} {'chars':>9} {'seconds':>8} {'µs/char':>8}")
    for name, make in CASES.items():
        for size in sizes:
            text = make(size)
            seconds = run(text)
            print(f"{name:28} {len(text):>9} {seconds:>8.2f} {seconds / len(text) * 1e6:>8.2f}")


if __name__ == "__main__":
    main()
