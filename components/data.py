"""Tables the dashboard draws from, and the filters every chart and table follows.

Pure pandas: no streamlit here, so it is tested directly.
"""

from __future__ import annotations

from dataclasses import dataclass
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
        day = article.date
        articles.append({"article": article.id, "title": article.title, "source": source,
                         "date": day, "url": article.url, "text": article.text, "order": order})
        for quote in result.quotes:
            row = quote.as_dict()
            row.update(source=source, date=day)
            quotes.append(row)
        for mention in result.mentions:
            mentions.append({**mention.as_dict(), "source": source, "date": day})
    frames = (pd.DataFrame(articles, columns=ARTICLE_COLUMNS),
              pd.DataFrame(quotes, columns=QUOTE_COLUMNS),
              pd.DataFrame(mentions, columns=MENTION_COLUMNS))
    for frame in frames:
        frame["date"] = _parse_dates(frame["date"])
    return Frames(*frames)


def frames_from_store(path: str) -> Frames:
    """The tables of a store built by `python -m analysis build`, speakers made canonical."""
    from analysis.store import connect

    connection = connect(path, read_only=True)
    try:
        articles = connection.execute(
            "SELECT id AS article, title, source, date, url, text FROM articles ORDER BY id").df()
        quotes = connection.execute(
            'SELECT q.article, q.para, coalesce(s.canonical, q.speaker) AS speaker, '
            'q.speaker_type, q.cue, q.kind, q.content, q.addressee, q.topics, q."start", '
            'q."end", q.cue_start, q.cue_end, a.source, a.date FROM quotes q '
            'JOIN articles a USING (hash) LEFT JOIN speakers s ON s.speaker = q.speaker '
            'ORDER BY q.article, q.n').df()
        mentions = connection.execute(
            'SELECT m.article, m.para, m.topic, m.term, m."start", m."end", a.source, a.date '
            'FROM mentions m JOIN articles a USING (hash) ORDER BY m.article, m."start"').df()
    finally:
        connection.close()
    articles["order"] = range(len(articles))
    for frame in (articles, quotes, mentions):
        frame["source"] = frame["source"].fillna("—")
        frame["date"] = _parse_dates(frame["date"])
    quotes["topics"] = quotes["topics"].map(lambda ts: tuple(ts) if ts is not None else ())
    quotes["addressee"] = quotes["addressee"].where(quotes["addressee"].notna(), None)
    return Frames(articles[ARTICLE_COLUMNS], quotes[QUOTE_COLUMNS], mentions[MENTION_COLUMNS])


def concat_frames(first: Frames, second: Frames) -> Frames:
    """A store's tables with uploaded articles added."""
    if second.articles.empty:
        return first
    articles = pd.concat([first.articles, second.articles], ignore_index=True)
    articles["order"] = range(len(articles))
    return Frames(articles, pd.concat([first.quotes, second.quotes], ignore_index=True),
                  pd.concat([first.mentions, second.mentions], ignore_index=True))


def _source_from_id(article_id: str) -> str:
    """Outlet from a file name such as MAYADEEN_0018.txt, when the record names none."""
    stem = article_id.split("_")[0] if "_" in article_id else ""
    return stem if stem.isalpha() and stem.isupper() else "—"


def _parse_dates(values: pd.Series) -> pd.Series:
    """Dates of a whole column at once (per-row parsing is slow at archive scale)."""
    parsed = pd.to_datetime(values, errors="coerce", utc=True, format="mixed")
    return pd.Series([d.date() if not pd.isna(d) else None for d in parsed], index=values.index,
                     dtype=object)



@dataclass(frozen=True)
class Filters:
    speakers: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    dates: tuple[date, date] | None = None
    search: str = ""

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
