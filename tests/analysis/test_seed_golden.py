"""Golden files for the seed article: the whole output of `quotes` and `mentions`.

When a deliberate change alters them, regenerate with
    python -m analysis quotes seeds/000_628b6a840abc538b.txt > tests/golden/seed.quotes.jsonl
    python -m analysis mentions seeds/000_628b6a840abc538b.txt > tests/golden/seed.mentions.jsonl
and review the diff like code.
"""

from __future__ import annotations

import json

from analysis import analyse_corpus, read_paths
from tests.conftest import ROOT, SEED_ARTICLE

GOLDEN = ROOT / "tests" / "golden"


def load(name):
    return [json.loads(line) for line in (GOLDEN / name).read_text(encoding="utf-8").splitlines()]


def test_seed_quotes_match_the_golden_file():
    results = analyse_corpus(read_paths([SEED_ARTICLE]))
    assert [q.as_dict() for r in results for q in r.quotes] == load("seed.quotes.jsonl")


def test_seed_mentions_match_the_golden_file():
    results = analyse_corpus(read_paths([SEED_ARTICLE]))
    assert [m.as_dict() for r in results for m in r.mentions] == load("seed.mentions.jsonl")


def test_seed_who_said_what():
    """The facts of the golden file a reader checks by eye: speakers, addressees, resolution."""
    quotes = load("seed.quotes.jsonl")
    by_para = {}
    for quote in quotes:
        by_para.setdefault(quote["para"], []).append(quote)
    assert [q["speaker"] for q in by_para[2]] == ["لويد أوستن", "لويد أوستن"]  # title only
    assert (by_para[5][0]["speaker"], by_para[5][0]["addressee"]) == ("يوآف غالانت", "لويد أوستن")
    assert by_para[8][0]["speaker"] == "مسؤول رفيع بالبنتاغون"  # not أوستن opening the quote
    assert (by_para[10][0]["speaker"], by_para[10][0]["addressee"]) == ("لويد أوستن", "يوآف غالانت")
    assert by_para[11][0]["speaker"] == "مسؤول رفيع بالبنتاغون"  # المسؤول ذاته
    assert by_para[13][0]["speaker"] == "ماثيو ميلر"  # not بلينكن opening the content
