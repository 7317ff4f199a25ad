"""Why each quote has its speaker: the cue's form, the rule that chose the speaker, the words the
sentence uses for them and how the article's registry resolved those words, and what opened the
content. `python -m analysis explain FILE [--para N]` prints it; `evaluate --verbose` prints it
beside each quote with a wrong speaker."""

from __future__ import annotations

from dataclasses import dataclass

from analysis.cues import DUAL, FEMININE, MASCULINE, PLURAL
from analysis.normalize import normalize_ar
from analysis.quotes import SPEAKER_RULES, ArticleReader
from analysis.records import Article, Quote

AGREEMENT_NAMES = {MASCULINE: "masculine", FEMININE: "feminine", PLURAL: "plural", DUAL: "dual", "": "any"}
OPENERS = {"ان": "إن/أن", "انه": "إنه/أنه", "انها": "إنها/أنها", ":": "a colon"}


@dataclass(frozen=True)
class Explanation:
    quote: Quote
    cue_form: str  # "perfect, feminine"; "" for attribution phrases, headlines, run-on quotes
    rule: str  # a key of quotes.SPEAKER_RULES
    written: str | None  # the speaker as this sentence writes them, when it names them
    resolution: str  # how the written words became the speaker's name
    opener: str  # what opened the content

    @property
    def rule_text(self) -> str:
        return SPEAKER_RULES.get(self.rule, self.rule)

    def as_dict(self) -> dict:
        return {
            **self.quote.as_dict(),
            "cue_form": self.cue_form,
            "rule": self.rule,
            "rule_text": self.rule_text,
            "written": self.written,
            "resolution": self.resolution,
            "opener": self.opener,
        }

    def lines(self) -> list[str]:
        q = self.quote
        cue = f"«{q.cue}»" + (f" ({self.cue_form})" if self.cue_form else "")
        return [
            f"{q.article} #{q.para}  cue {cue}  kind {q.kind}",
            f"  speaker  {q.speaker} ({q.speaker_type}) — {self.rule}: {self.rule_text}",
            f"           {self.resolution}",
            f"  content  opened by {self.opener}: {q.content[:90]}" + ("…" if len(q.content) > 90 else ""),
            *([f"  to       {q.addressee}"] if q.addressee else []),
        ]


def explain_article(article: Article) -> list[Explanation]:
    out = []
    for quote, draft in ArticleReader(article).explained():
        form = draft.form
        cue_form = f"{form.tense}, {AGREEMENT_NAMES[form.agreement]}" if form else ""
        written = article.text[draft.speaker_span[0] : draft.speaker_span[1]] if draft.speaker_span else None
        out.append(
            Explanation(
                quote,
                cue_form,
                draft.rule,
                written,
                _resolution(written, quote.speaker, draft.relay.name if draft.relay else None),
                _opener(article, quote),
            )
        )
    return out


def _resolution(written: str | None, speaker: str, relay: str | None = None) -> str:
    if relay is not None:
        return f"«{relay}» passes on the words of «{speaker}»"
    if written is None:
        return "not named in this sentence"
    if normalize_ar(written) == normalize_ar(speaker):
        return f"named here as «{written}»"
    if normalize_ar(speaker) in normalize_ar(written):
        return f"«{written}» names «{speaker}»"
    return f"«{written}» refers to «{speaker}», as the article names this source elsewhere"


def _opener(article: Article, quote: Quote) -> str:
    if quote.kind == "direct":
        return "quotation marks"
    if quote.start < quote.cue_start:
        where = "before" if quote.end <= quote.cue_start else "around"
        return f"the sentence {where} the cue (…، كما قال X؛ …، على حد قوله)"
    before = article.text[max(quote.cue_end, quote.start - 40) : quote.start].split()
    if not before:
        return "the cue (its object or complement follows)"
    word = before[-1].strip("،,")
    return OPENERS.get(normalize_ar(word), f"«{word}»")
