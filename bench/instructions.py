"""Instructions per article of a one-core build, counted by Valgrind: a speed figure that does not
vary with the machine's load (on a shared machine the same build's seconds, CPU seconds too,
vary by a third from run to run), to compare two versions of the extractor.

    python bench/instructions.py [--corpus ../shared/corpus/bulk.jsonl.gz] [--every 100] [ROOT...]

Builds, at each ROOT (a checkout of Qawl with its .venv; this one when none is given), a store
of every `--every`-th article of the corpus and a store of its first 8 of them, both with one
worker and under `valgrind --tool=cachegrind`, and prints the difference of their instruction
counts per article (start-up and the store's creation cancel out), and each root's ratio to the
first. Needs Valgrind (Debian: `apt-get install valgrind`); takes a minute or two a root.
"""

from __future__ import annotations

import argparse
import gzip
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from bulk import DEFAULT_CORPUS, ROOT, build_command  # (bench/, the script's own folder)

BASELINE_ARTICLES = 8  # (the build of a few articles: what every build costs before its articles)
_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def write_sample(corpus: Path, every: int, target: Path) -> int:
    """Every `every`-th record of the corpus (spread over its outlets and years) written to
    `target`; how many."""
    count = 0
    with gzip.open(corpus, "rt", encoding="utf-8") as source, target.open("w", encoding="utf-8") as out:
        for n, line in enumerate(source):
            if n % every == every // 3:
                out.write(line)
                count += 1
    return count


def build_instructions(root: Path, records: Path, folder: Path) -> int:
    """Instructions Valgrind counts in a one-worker build of `records` by the checkout at `root`."""
    store = folder / f"{root.name}-{records.stem}.duckdb"
    for made in folder.glob(f"{store.name}*"):  # (a fresh build: the same root may be given twice)
        made.unlink()
    valgrind = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null"]
    command = [*valgrind, *build_command(str(root / ".venv" / "bin" / "python"), [str(records)], store, 1)]
    # (one hash seed: the order of sets and dicts, hence the instructions, is the same each run)
    environment = {**os.environ, "PYTHONHASHSEED": "0"}
    result = subprocess.run(command, cwd=root, capture_output=True, text=True, env=environment)
    found = _REFS.search(result.stderr)
    if found is None or result.returncode not in (0, 1):
        raise RuntimeError(f"{root}: the build under Valgrind failed: {result.stderr[-800:]}")
    return int(found.group(1).replace(",", ""))


def extractor_status(root: Path) -> str:
    """Whether the checkout at `root` runs its extractor compiled (analysis.native), as it says."""
    status = "from analysis import native; print(native.status())"
    command = [str(root / ".venv" / "bin" / "python"), "-c", status]
    result = subprocess.run(command, cwd=root, capture_output=True, text=True)
    return result.stdout.strip() if result.returncode == 0 else "pure Python (no analysis.native)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("roots", nargs="*", type=Path, default=[ROOT])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--every", type=int, default=100, help="take every N-th article (default 100)")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        sys.exit("valgrind not found (Debian: apt-get install valgrind)")
    if not args.corpus.exists():
        sys.exit(f"{args.corpus}: not found")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        sample = folder / "sample.jsonl"
        articles = write_sample(args.corpus, args.every, sample)
        few = folder / "few.jsonl"
        few.write_text(
            "".join(sample.read_text(encoding="utf-8").splitlines(keepends=True)[:BASELINE_ARTICLES])
        )
        print(f"sample: {articles} articles (every {args.every}th of {args.corpus.name})")
        first = None
        for root in args.roots:
            root = root.resolve()
            per_article = (
                build_instructions(root, sample, folder) - build_instructions(root, few, folder)
            ) / (articles - BASELINE_ARTICLES)
            first = first or per_article
            print(
                f"{root}: {per_article / 1e6:.2f} M instructions per article ({per_article / first:.3f}×); "
                f"extractor: {extractor_status(root)}"
            )


if __name__ == "__main__":
    main()
