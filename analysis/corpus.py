"""Analysing articles and corpora: quotes with their topics, mentions, canonical speakers."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass

from analysis.cues import cue_lexicon
from analysis.quotes import NAME_OPENERS, extract_quotes
from analysis.records import Article, Mention, Quote
from analysis.segment import ParagraphText
from analysis.speakers import canonical_speakers, words_of
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
        dataclasses.replace(quote, topics=tuple(dict.fromkeys(
            m.topic for m in mentions if quote.start <= m.start and m.end <= quote.end)))
        for quote in extract_quotes(article, texts))
    return AnalysedArticle(article, quotes, mentions)


def warm_up() -> None:
    """Load the lexicons and the word sets made from them (done once per process; a process
    pool forked afterwards shares them)."""
    analyse_article(Article("warm-up", "", ()))
    cue_lexicon().cue_openers  # noqa: B018  (cached properties, built on first access)
    cue_lexicon().trailing_openers  # noqa: B018
    words_of(NAME_OPENERS)


def analyse_corpus(articles: Iterable[Article], topics: TopicIndex | None = None
                   ) -> list[AnalysedArticle]:
    """Analyse each article, then give each person one canonical name across the corpus."""
    results = [analyse_article(article, topics) for article in articles]
    return unify_speakers(results)


def unify_speakers(results: list[AnalysedArticle]) -> list[AnalysedArticle]:
    names = {r.article.id: [(q.speaker, q.speaker_type) for q in r.quotes] for r in results}
    mapping = canonical_speakers(names)
    if not mapping:
        return results

    def rename(quote: Quote) -> Quote:
        return dataclasses.replace(
            quote, speaker=mapping.get(quote.speaker, quote.speaker),
            addressee=mapping.get(quote.addressee, quote.addressee) if quote.addressee else None)

    return [dataclasses.replace(r, quotes=tuple(rename(q) for q in r.quotes)) for r in results]
