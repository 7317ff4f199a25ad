"""Pick the shipped sample of real articles: Jawhara FM news from the ANT corpus (Apache-2.0),
from ../shared/corpus/bulk.jsonl.gz, into seeds/jawharafm/.

    python scripts/make_seeds.py [--count 300]

International news and politics that report speech (a speech verb or a quotation mark), taken
evenly over the years the corpus covers (a timeline worth reading), newest first; each record
keeps its id, title, date, outlet, URL and licence. The texts
are the ANT corpus's (attribution in NOTICE); the selection is reproducible.
"""

from __future__ import annotations

import argparse
import gzip
import json
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BULK = ROOT.parent / "shared" / "corpus" / "bulk.jsonl.gz"
TARGET = ROOT / "seeds" / "jawharafm" / "ant-jawharafm-news.jsonl"
CATEGORIES = ("internationalNews", "politic")
FIELDS = ("id", "title", "date", "source", "url", "license", "text")


def iso_date(value: str | None) -> str | None:
    """The ANT corpus writes dates as 2017-01-20T21:43:00+01:00 or 31/10/2016: ISO days."""
    for pattern in ("%Y-%m-%dT%H:%M:%S%z", "%d/%m/%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(value or "", pattern).date().isoformat()
        except ValueError:
            continue
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=300)
    args = parser.parse_args()
    chosen = []
    with gzip.open(BULK, "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if (
                not str(record.get("source_repo", "")).startswith("antcorpus/")
                or record.get("category") not in CATEGORIES
            ):
                continue
            speech = int(record.get("n_speech_verbs") or 0) + int(record.get("n_quote_marks") or 0)
            if speech and 400 <= len(record.get("text") or "") <= 6000:
                chosen.append({**record, "date": iso_date(record.get("date"))})
    chosen.sort(key=lambda r: (r.get("date") or "", r["id"]), reverse=True)
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    step = max(1.0, len(chosen) / args.count)
    picked = [chosen[int(k * step)] for k in range(min(args.count, len(chosen)))]
    with TARGET.open("w", encoding="utf-8") as out:
        for record in picked:
            out.write(json.dumps({k: record.get(k) for k in FIELDS}, ensure_ascii=False) + "\n")
    print(f"{TARGET}: {len(picked)} of {len(chosen)} articles, {picked[-1]['date']} to {picked[0]['date']}")


if __name__ == "__main__":
    main()
