"""Scoring quotes against gold annotations, with the rules of shared/eval/score_quotes.py.

A predicted quote matches a gold quote in the same article and paragraph when the token F1 of
their contents is at least 0.5 (after removing diacritics, tatweel and punctuation and unifying
alef/yeh/teh-marbuta forms), one-to-one, best first. Its speaker is right when it equals one of
the gold aliases or contains one as whole words. Optional gold quotes count neither way.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from analysis.records import Quote

_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_PUNCTUATION = re.compile(r"[^\w\s]", re.UNICODE)


def score_normalize(text: str) -> str:
    """The scorer's own normalization (kept separate: it defines the metric, not our matching)."""
    text = _DIACRITICS.sub("", unicodedata.normalize("NFKC", text or ""))
    text = re.sub("[إأآٱ]", "ا", text)
    text = text.replace("ى", "ي").replace("ة", "ه").replace("ؤ", "و").replace("ئ", "ي")
    return " ".join(_PUNCTUATION.sub(" ", text).split())


def token_f1(a: Counter, b: Counter) -> float:
    common = sum((a & b).values())
    if not common:
        return 0.0
    precision, recall = common / sum(a.values()), common / sum(b.values())
    return 2 * precision * recall / (precision + recall)


def speaker_matches(predicted: str, aliases: list[str]) -> bool:
    padded = f" {score_normalize(predicted)} "
    for alias in aliases:
        alias = score_normalize(alias)
        if alias and (padded.strip() == alias or f" {alias} " in padded):
            return True
    return False


@dataclass
class Report:
    articles: int
    gold: int
    predicted: int
    detected: int
    attributed: int
    missed: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)

    @staticmethod
    def _prf(tp: int, predicted: int, gold: int) -> tuple[float, float, float]:
        p = tp / predicted if predicted else 0.0
        r = tp / gold if gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    @property
    def detection(self):
        return self._prf(self.detected, self.predicted, self.gold)

    @property
    def end_to_end(self):
        return self._prf(self.attributed, self.predicted, self.gold)

    @property
    def attribution_accuracy(self) -> float:
        return self.attributed / self.detected if self.detected else 0.0


def load_gold(gold_dir: str | Path) -> list[dict]:
    gold = []
    files = sorted(Path(gold_dir).glob("*.quotes.jsonl"))
    if not files:
        raise ValueError(f"{gold_dir}: no *.quotes.jsonl gold files")
    for path in files:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                try:
                    gold.append(json.loads(line))
                except json.JSONDecodeError as error:
                    raise ValueError(f"{path}:{number}: not JSON ({error.msg})") from error
    return gold


def evaluate(gold_dir: str | Path, quotes: list[Quote], why: Callable[[Quote], str] | None = None) -> Report:
    """Score `quotes`; `why` (given a predicted quote, the reason for its speaker) is printed
    beside each quote whose speaker is wrong."""
    gold = load_gold(gold_dir)
    articles = {g["article"] for g in gold}
    predictions = [q for q in quotes if Path(q.article).name in articles]
    by_key = defaultdict(list)
    for i, g in enumerate(gold):
        by_key[(g["article"], int(g["para"]))].append(i)
    pairs = []
    for j, quote in enumerate(predictions):
        tokens = Counter(score_normalize(quote.content).split())
        for i in by_key.get((Path(quote.article).name, quote.para), []):
            score = token_f1(tokens, Counter(score_normalize(gold[i]["content"]).split()))
            if score >= 0.5:
                pairs.append((score, i, j))
    pairs.sort(reverse=True)
    gold_match, predicted_match = {}, set()
    for _, i, j in pairs:
        if i in gold_match or j in predicted_match:
            continue
        gold_match[i] = j
        predicted_match.add(j)
    required = [i for i, g in enumerate(gold) if not g.get("optional")]
    ignored = {gold_match[i] for i, g in enumerate(gold) if g.get("optional") and i in gold_match}
    report = Report(len(articles), len(required), len(predictions) - len(ignored), 0, 0)
    for i in required:
        g = gold[i]
        where = f"{g['article']}#{g['para']}"
        if i not in gold_match:
            report.missed.append(f"MISSED  {where} [{g['speaker']}] {g['content'][:70]}")
            continue
        report.detected += 1
        predicted = predictions[gold_match[i]]
        if speaker_matches(predicted.speaker, g["aliases"]):
            report.attributed += 1
        else:
            report.wrong.append(
                f"WRONG   {where} gold={g['speaker']} got={predicted.speaker}"
                + (f"\n        why: {why(predicted)}" if why else "")
            )
    for j, quote in enumerate(predictions):
        if j not in predicted_match:
            report.extra.append(
                f"EXTRA   {Path(quote.article).name}#{quote.para} [{quote.speaker}] {quote.content[:70]}"
            )
    return report


def format_report(report: Report, verbose: bool = False) -> str:
    dp, dr, df = report.detection
    ep, er, ef = report.end_to_end
    lines = []
    if verbose:
        lines += report.missed + report.wrong + report.extra
    lines += [
        f"articles {report.articles}  gold quotes {report.gold}  predicted {report.predicted}",
        f"detection    P {dp:.3f}  R {dr:.3f}  F1 {df:.3f}",
        f"attribution  {report.attribution_accuracy:.3f} of detected quotes have the right speaker",
        f"end-to-end   P {ep:.3f}  R {er:.3f}  F1 {ef:.3f}",
    ]
    return "\n".join(lines)
