"""Analysing articles and corpora: quotes with their topics, mentions, canonical speakers."""

from __future__ import annotations

import bisect
import dataclasses
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from analysis.cues import cue_lexicon
from analysis.identity import FRAGMENT, Aliases, speaker_rows, starter_aliases
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


def analyse_article(article: Article, topics: TopicIndex | None = None) -> AnalysedArticle:
    texts = [ParagraphText(article.paragraph_text(p)) for p in article.paragraphs]
    mentions = tuple(find_mentions(article, topics or default_index(), texts))
    quotes = tuple(
        dataclasses.replace(quote, topics=_topics_within(mentions, quote))
        for quote in extract_quotes(article, texts)
    )
    return AnalysedArticle(article, quotes, mentions)


def _topics_within(mentions: tuple[Mention, ...], quote: Quote) -> tuple[str, ...]:
    """The topics mentioned inside a quote, in order. Mentions come sorted by start: only those
    from the quote's start on are visited (a large article's quotes by mentions would be
    quadratic)."""
    found: dict[str, None] = {}
    for i in range(bisect.bisect_left(mentions, quote.start, key=lambda m: m.start), len(mentions)):
        mention = mentions[i]
        if mention.start >= quote.end:
            break
        if mention.end <= quote.end:
            found[mention.topic] = None
    return tuple(found)


def warm_up() -> None:
    """Load the lexicons and the word sets made from them (done once per process; a process
    pool forked afterwards shares them)."""
    analyse_article(Article("warm-up", "", ()))
    cue_lexicon().cue_openers  # noqa: B018  (cached properties, built on first access)
    cue_lexicon().trailing_openers  # noqa: B018
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
