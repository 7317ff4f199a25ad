"""Learn the shipped gazetteer from an archive of articles (JSON Lines, gzipped or not).

    .venv/bin/python scripts/learn_lexicons.py ../shared/corpus/bulk.jsonl.gz

Writes analysis/lexicons/learned_names.txt (people named in name positions in at least three
articles, and editorial `keywords` that are names) and analysis/lexicons/common_words.txt (words
that take the article). Only names and word statistics are written; no text is copied.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from multiprocessing import Pool
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from analysis.gazetteer import COMMON_FILE, NAMES_FILE, common_words, word_counts  # noqa: E402
from analysis.learn import learn_names, names_among_tags, names_in_text  # noqa: E402

HEADER = "# Learned by scripts/learn_lexicons.py from {source}: {what}. One entry a line.\n"


def records(paths):
    for path in paths:
        opener = gzip.open if path.endswith(".gz") else open
        with opener(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                try:
                    record = json.loads(line)
                except json.JSONDecodeError:
                    continue
                if isinstance(record, dict) and isinstance(record.get("text"), str):
                    yield record


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--min-articles", type=int, default=3)
    args = parser.parse_args()
    texts, tags = [], []
    for record in records(args.paths):
        texts.append(record["text"])
        tags += [t for t in record.get("keywords") or [] if isinstance(t, str)]
    with Pool(args.workers) as pool:
        per_article = pool.map(names_in_text, texts, chunksize=200)
    common = common_words(word_counts(texts))
    common_set = frozenset(common)
    learned = learn_names(per_article, common_set, args.min_articles)
    names = learned | names_among_tags(set(tags), learned, common_set)
    source = ", ".join(Path(p).name for p in args.paths)
    NAMES_FILE.write_text(
        HEADER.format(source=source, what="personal names")
        + "".join(" ".join(n) + "\n" for n in sorted(names)),
        encoding="utf-8",
    )
    COMMON_FILE.write_text(
        HEADER.format(source=source, what="words that take the article") + "".join(w + "\n" for w in common),
        encoding="utf-8",
    )
    print(f"{len(texts)} articles: {len(names)} names, {len(common)} common words")


if __name__ == "__main__":
    main()
