"""Shared fixtures: the project root, the shared development material (skipped when absent)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = ROOT / "seeds"  # what the dashboard ships and opens by default
SEED_ARTICLE = SEEDS / "000_628b6a840abc538b.txt"  # the founding article: the golden files' input

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "gold").is_dir():
        pytest.skip("../shared (gold and corpus) is not present")
    return SHARED


def gold_articles(shared_dir: Path, target: Path, gold_dir: str = "gold") -> list[Path]:
    """Copies of the articles that have annotations in `gold_dir` (the seed included) in
    `target`."""
    paths = []
    for gold in sorted((shared_dir / gold_dir).glob("*.quotes.jsonl")):
        name = gold.name.removesuffix(".quotes.jsonl")
        names = (name, f"{name}.txt")
        for source in (
            folder / n for folder in (shared_dir / "seeds", shared_dir / "corpus" / "articles") for n in names
        ):
            if source.is_file():
                copy = target / source.name
                copy.write_bytes(source.read_bytes())
                paths.append(copy)
                break
    return paths
