"""Analysing articles and corpora: quotes with their topics, mentions, canonical speakers."""

from __future__ import annotations

import bisect
import dataclasses
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from analysis.cues import cue_lexicon
from analysis.identity import FRAGMENT, Aliases, speaker_rows, starter_aliases
from analysis.learn import names_in_paragraphs
from analysis.quotes import NAME_OPENERS, extract_quotes
from analysis.records import Article, Mention, Quote
from analysis.segment import ParagraphText
from analysis.speakers import words_of
from analysis.topics import TopicIndex, default_index, find_mentions


@dataclass(frozen=True)
class AnalysedArticle:
    article: Article
    quotes: tuple[Quote, ...]
    mentions: tuple[Mention, ...]
    names: tuple[tuple[str, ...], ...] = ()  # names read in name positions, when asked for


def analyse_article(
    article: Article, topics: TopicIndex | None = None, names: bool = False
) -> AnalysedArticle:
    """The article's quotes and topic mentions; each mention knows the quote that holds it and
    each quote the topics mentioned in it (one link, read by the store and the page alike).
    `names`: also the personal names it gives in name positions (what an archive learns)."""
    texts = [ParagraphText(article.paragraph_text(p)) for p in article.paragraphs]
    found = find_mentions(article, topics or default_index(), texts)
    quotes = extract_quotes(article, texts)
    # (records are copied only where a link is set: `dataclasses.replace` is Python-level and
    # most mentions stand outside quotes, most quotes hold no topic)
    holders = [_holder(quotes, m) for m in found]
    mentions = tuple(
        m if holder is None else dataclasses.replace(m, quote=holder)
        for m, holder in zip(found, holders, strict=True)
    )
    topics_of: dict[int, dict[str, None]] = {}
    for mention, holder in zip(found, holders, strict=True):
        if holder is not None:
            topics_of.setdefault(holder, {})[mention.topic] = None
    return AnalysedArticle(
        article,
        tuple(
            dataclasses.replace(q, topics=tuple(topics_of[n])) if n in topics_of else q
            for n, q in enumerate(quotes)
        ),
        mentions,
        tuple(sorted(names_in_paragraphs(texts))) if names else (),
    )


# A mention is held by the innermost of the quotes that start before it; nested quotes are a
# few deep at most, so a few are looked at (a large article stays linear).
HOLDER_DEPTH: Final = 3


def _holder(quotes: list[Quote], mention: Mention) -> int | None:
    """Index of the quote whose content holds the mention (quotes come in reading order)."""
    k = bisect.bisect_right(quotes, mention.start, key=lambda q: q.start) - 1
    for n in range(k, max(-1, k - HOLDER_DEPTH), -1):
        if quotes[n].start <= mention.start and mention.end <= quotes[n].end:
            return n
    return None


def warm_up() -> None:
    """Load the lexicons and the word sets made from them (done once per process; a process
    pool forked afterwards shares them)."""
    analyse_article(Article("warm-up", "", ()))
    cue_lexicon()
    words_of(NAME_OPENERS)


def analyse_corpus(
    articles: Iterable[Article], topics: TopicIndex | None = None, aliases: Aliases | None = None
) -> list[AnalysedArticle]:
    """Analyse each article, then give each source one canonical name across the corpus."""
    results = [analyse_article(article, topics) for article in articles]
    return unify_speakers(results, aliases)


def speaker_counts(results: Iterable[AnalysedArticle]) -> list[tuple[str, str, int]]:
    """(written speaker, quote type, quotes) over the results."""
    counts: Counter = Counter()
    for result in results:
        counts.update((q.speaker, q.speaker_type) for q in result.quotes)
    return [(speaker, kind, n) for (speaker, kind), n in counts.items()]


def unify_speakers(results: list[AnalysedArticle], aliases: Aliases | None = None) -> list[AnalysedArticle]:
    """Quotes under their canonical sources (`analysis.identity`); a written form that names no
    source (a fragment) is left as written."""
    rows = {row.speaker: row for row in speaker_rows(speaker_counts(results), aliases or starter_aliases())}

    def name(written: str | None) -> str | None:
        row = rows.get(written) if written else None
        return row.canonical if row is not None and row.kind != FRAGMENT else written

    def rename(quote: Quote) -> Quote:
        return dataclasses.replace(
            quote, speaker=name(quote.speaker) or quote.speaker, addressee=name(quote.addressee)
        )

    return [dataclasses.replace(r, quotes=tuple(rename(q) for q in r.quotes)) for r in results]
