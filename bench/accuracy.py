"""Who-said-what accuracy per outlet on the dev gold and the check set.

    .venv/bin/python bench/accuracy.py [--shared ../shared]

Scores `python -m analysis quotes`' extractor with the rules of shared/eval/score_quotes.py
(`analysis.evaluate`), per outlet and in all, on `gold/` (studied) and `gold-check/` (scored
only: its misses are never printed).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from analysis.corpus import analyse_corpus  # noqa: E402
from analysis.evaluate import evaluate, load_gold  # noqa: E402
from analysis.ingest import IngestProblem, read_paths  # noqa: E402
from analysis.topics import load_topics  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def outlet(article: str) -> str:
    return article.split("_")[0] if not article[0].isdigit() else "SEED"


def articles_of(shared: Path, gold_dir: Path) -> list[Path]:
    names = sorted({g["article"] for g in load_gold(gold_dir)})
    paths = []
    for name in names:
        for folder in (shared / "corpus" / "articles", shared / "seeds"):
            if (folder / name).exists():
                paths.append(folder / name)
                break
    return paths


def score(shared: Path, gold_dir: Path) -> list[tuple[str, object]]:
    paths = articles_of(shared, gold_dir)
    results = analyse_corpus(
        (a for a in read_paths([str(p) for p in paths]) if not isinstance(a, IngestProblem)),
        load_topics(None),
    )
    quotes = [q for r in results for q in r.quotes]
    rows = []
    for name in sorted({outlet(p.name) for p in paths}) + ["ALL"]:
        with tempfile.TemporaryDirectory() as tmp:
            for g in sorted(gold_dir.glob("*.quotes.jsonl")):
                if name == "ALL" or outlet(g.name) == name:
                    (Path(tmp) / g.name).write_bytes(g.read_bytes())
            rows.append((name, evaluate(tmp, quotes)))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    shared = Path(parser.parse_args().shared)
    for label in ("gold", "gold-check"):
        print(f"{label}:")
        print(f"  {'outlet':14} {'art':>3} {'gold':>4} {'pred':>4}  det-F1  attrib  e2e-P  e2e-R  e2e-F1")
        for name, report in score(shared, shared / label):
            print(
                f"  {name:14} {report.articles:3d} {report.gold:4d} {report.predicted:4d}  "
                f"{report.detection[2]:.3f}   {report.attribution_accuracy:.3f}   "
                f"{report.end_to_end[0]:.3f}  {report.end_to_end[1]:.3f}  "
                f"{report.end_to_end[2]:.3f}"
            )


if __name__ == "__main__":
    main()
