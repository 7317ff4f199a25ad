"""Who the archive's speakers are: the most quoted canonical speakers of a store, and under how
many names each watched source appears.

    .venv/bin/python bench/speakers.py [--limit 3000] [--store FILE] [--top 100]

Builds (or updates) a store from the first N records of ../shared/corpus/bulk.jsonl.gz, then
prints the top canonical speakers with their quote counts, and for each watched name
(نتنياهو, بايدن, هآرتس, حماس, غالانت, بلينكن, غوتيريش) the canonical speakers whose name contains
it (the goal: one each, besides separate bodies such as مكتب نتنياهو).
"""

from __future__ import annotations

import argparse
import gzip
import subprocess
import sys
import tempfile
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "bulk.jsonl.gz"
WATCHED = ["نتنياهو", "بايدن", "هآرتس", "حماس", "غالانت", "بلينكن", "غوتيريش"]


def first_records(corpus: Path, limit: int, target: Path) -> Path:
    with gzip.open(corpus, "rt", encoding="utf-8") as source, target.open("w", encoding="utf-8") as out:
        for n, line in enumerate(source):
            if n >= limit:
                break
            out.write(line)
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=3000)
    parser.add_argument("--store", type=Path)
    parser.add_argument("--top", type=int, default=100)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--aliases", type=Path)
    parser.add_argument(
        "--all-kinds",
        action="store_true",
        help="rank anonymous sources and fragments too (as stores before schema 4 did)",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = args.store or Path(tmp) / "speakers.duckdb"
        records = first_records(args.corpus, args.limit, Path(tmp) / "records.jsonl")
        command = [sys.executable, "-m", "analysis", "build", str(records), "--store", str(store), "--quiet"]
        if args.aliases:
            command += ["--aliases", str(args.aliases)]
        subprocess.run(command, cwd=ROOT, check=False)
        connection = duckdb.connect(str(store), read_only=True)
        kinds = (
            ""
            if args.all_kinds
            else ("WHERE coalesce(s.kind, q.speaker_type) NOT IN ('anonymous', 'fragment') ")
        )
        rows = connection.execute(
            "SELECT coalesce(s.canonical, q.speaker) AS who, any_value(s.kind), count(*) AS n, "
            "count(DISTINCT q.speaker) FROM quotes q LEFT JOIN speakers s USING (speaker) "
            f"{kinds}GROUP BY who ORDER BY n DESC, who LIMIT ?",
            [args.top],
        ).fetchall()
        unranked = connection.execute(
            "SELECT s.kind, count(*) FROM quotes q JOIN speakers s USING (speaker) WHERE s.kind "
            "IN ('anonymous', 'fragment') GROUP BY s.kind ORDER BY s.kind"
        ).fetchall()
        total = connection.execute("SELECT count(*) FROM quotes").fetchone()[0]
        print(
            f"{total} quotes; the {args.top} most quoted canonical speakers "
            "(quotes, written forms)"
            + (
                ""
                if args.all_kinds
                else ", unnamed sources and fragments apart: " + ", ".join(f"{k} {n}" for k, n in unranked)
            )
            + ":"
        )
        for rank, (who, kind, n, forms) in enumerate(rows, 1):
            print(f"{rank:4d}. {who} [{kind}] {n} ({forms})")
        print("\nwatched names: canonical speakers whose name contains them (quotes)")
        for name in WATCHED:
            found = connection.execute(
                "SELECT coalesce(s.canonical, q.speaker) AS who, count(*) FROM quotes q "
                "LEFT JOIN speakers s USING (speaker) WHERE who LIKE ? GROUP BY who "
                "ORDER BY count(*) DESC",
                [f"%{name}%"],
            ).fetchall()
            listed = "; ".join(f"{who} ({n})" for who, n in found[:12])
            print(f"  {name}: {len(found)} — {listed}")


if __name__ == "__main__":
    main()
