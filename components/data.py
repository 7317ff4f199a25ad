"""Tables the dashboard draws from, and the filters every chart and table follows.

Pure pandas: no streamlit here, so it is tested directly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from analysis import AnalysedArticle
from analysis.normalize import normalize_ar

QUOTE_COLUMNS = ["article", "para", "speaker", "speaker_type", "cue", "kind", "content",
                 "addressee", "topics", "start", "end", "cue_start", "cue_end", "source", "date"]
MENTION_COLUMNS = ["article", "para", "topic", "term", "start", "end", "source", "date"]
ARTICLE_COLUMNS = ["article", "title", "source", "date", "url", "text", "order"]


@dataclass(frozen=True)
class Frames:
    articles: pd.DataFrame
    quotes: pd.DataFrame
    mentions: pd.DataFrame


def build_frames(results: list[AnalysedArticle]) -> Frames:
    articles, quotes, mentions = [], [], []
    for order, result in enumerate(results):
        article = result.article
        source = article.source or _source_from_id(article.id)
        day = _parse_date(article.date)
        articles.append({"article": article.id, "title": article.title, "source": source,
                         "date": day, "url": article.url, "text": article.text, "order": order})
        for quote in result.quotes:
            row = quote.as_dict()
            row.update(source=source, date=day)
            quotes.append(row)
        for mention in result.mentions:
            mentions.append({**mention.as_dict(), "source": source, "date": day})
    return Frames(pd.DataFrame(articles, columns=ARTICLE_COLUMNS),
                  pd.DataFrame(quotes, columns=QUOTE_COLUMNS),
                  pd.DataFrame(mentions, columns=MENTION_COLUMNS))


def _source_from_id(article_id: str) -> str:
    """Outlet from a file name such as MAYADEEN_0018.txt, when the record names none."""
    stem = article_id.split("_")[0] if "_" in article_id else ""
    return stem if stem.isalpha() and stem.isupper() else "—"


def _parse_date(value: str | None) -> date | None:
    if not value:
        return None
    parsed = pd.to_datetime(value, errors="coerce", utc=True)
    return None if pd.isna(parsed) else parsed.date()


@dataclass(frozen=True)
class Filters:
    speakers: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    dates: tuple[date, date] | None = None
    search: str = ""
    articles: tuple[str, ...] = field(default=())

    @property
    def narrows_quotes(self) -> bool:
        return bool(self.speakers or self.kinds or self.search.strip())


def apply_filters(frames: Frames, filters: Filters) -> Frames:
    """The frames narrowed by the filters. Mentions follow the quote filters too: with a speaker,
    kind or search chosen, only the mentions inside the matching quotes remain."""
    quotes, mentions, articles = frames.quotes, frames.mentions, frames.articles
    if filters.sources:
        quotes = quotes[quotes["source"].isin(filters.sources)]
        mentions = mentions[mentions["source"].isin(filters.sources)]
        articles = articles[articles["source"].isin(filters.sources)]
    if filters.dates:
        low, high = filters.dates
        quotes = quotes[quotes["date"].map(lambda d: d is not None and low <= d <= high)]
        mentions = mentions[mentions["date"].map(lambda d: d is not None and low <= d <= high)]
        articles = articles[articles["date"].map(lambda d: d is not None and low <= d <= high)]
    if filters.articles:
        quotes = quotes[quotes["article"].isin(filters.articles)]
        mentions = mentions[mentions["article"].isin(filters.articles)]
    if filters.topics:
        wanted = set(filters.topics)
        quotes = quotes[quotes["topics"].map(lambda ts: bool(wanted & set(ts)))]
        mentions = mentions[mentions["topic"].isin(filters.topics)]
    if filters.speakers:
        quotes = quotes[quotes["speaker"].isin(filters.speakers)]
    if filters.kinds:
        quotes = quotes[quotes["kind"].isin(filters.kinds)]
    if filters.search.strip():
        needle = normalize_ar(filters.search.strip())
        haystack = (quotes["content"] + " " + quotes["speaker"] + " " + quotes["cue"])
        quotes = quotes[haystack.map(lambda text: needle in normalize_ar(text))]
    if filters.narrows_quotes:
        mentions = _inside(mentions, quotes)
    return Frames(articles, quotes, mentions)


def _inside(mentions: pd.DataFrame, quotes: pd.DataFrame) -> pd.DataFrame:
    if mentions.empty or quotes.empty:
        return mentions.iloc[0:0]
    spans = quotes.groupby("article")[["start", "end"]].apply(lambda g: list(zip(g["start"],
                                                                                  g["end"], strict=True)))
    keep = [any(s <= m_start and m_end <= e for s, e in spans.get(article, []))
            for article, m_start, m_end in zip(mentions["article"], mentions["start"],
                                               mentions["end"], strict=True)]
    return mentions[keep]


def speaker_options(frames: Frames) -> list[str]:
    """Speakers, most quoted first."""
    return frames.quotes["speaker"].value_counts().index.tolist()


def date_bounds(frames: Frames) -> tuple[date, date] | None:
    days = [d for d in frames.articles["date"] if d is not None]
    return (min(days), max(days)) if days else None
