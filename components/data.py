"""Tables the dashboard draws from, and the filters every chart and table follows.

`Corpus` holds the tables in an in-memory DuckDB database (a built store is attached, not
copied: article texts are read one at a time) and answers each chart's question with one
aggregate query under the current filters, so a filter change costs the same at 50,000 articles
as at one. No streamlit here, so it is tested directly.
"""

from __future__ import annotations

import functools
import threading
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

import duckdb
import pandas as pd

from analysis import AnalysedArticle
from analysis.corpus import speaker_counts
from analysis.identity import Aliases, speaker_rows, starter_aliases
from analysis.normalize import normalize_ar, translate_pair
from analysis.records import Mention, Quote, sql_columns
from analysis.store import content_hash

# The page's quote and mention tables: the records' fields (one definition: `analysis.records`)
# and where and when the article appeared.
QUOTE_FIELDS = [name for name, _ in sql_columns(Quote)]
MENTION_FIELDS = [name for name, _ in sql_columns(Mention)]
QUOTE_COLUMNS = [*QUOTE_FIELDS, "source", "date"]
MENTION_COLUMNS = [*MENTION_FIELDS, "source", "date"]
ARTICLE_COLUMNS = ["article", "title", "source", "date", "url", "text", "order", "hash"]


SPEAKER_COLUMNS = ["speaker", "canonical", "kind", "latin"]
# Kinds of speaker the speaker ranking groups instead of ranking them as one source each.
UNRANKED_KINDS = ("anonymous", "fragment")
HEADLINE = "headline"  # the kind filter's name for the quotes in titles
NO_OUTLET = "—"  # the outlet of an article that names none (charts say «unknown outlet»)


@dataclass(frozen=True)
class Frames:
    articles: pd.DataFrame
    quotes: pd.DataFrame  # speakers as written
    mentions: pd.DataFrame
    speakers: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=SPEAKER_COLUMNS))


def build_frames(results: list[AnalysedArticle], aliases: Aliases | None = None) -> Frames:
    """Tables of analysed articles, their quotes (speakers as written), mentions, and every
    written speaker's canonical source (`analysis.identity`, as a store keeps them)."""
    articles, quotes, mentions = [], [], []
    for order, result in enumerate(results):
        article = result.article
        source = article.source or _source_from_id(article.id)
        day = article.date
        articles.append(
            {
                "article": article.id,
                "title": article.title,
                "source": source,
                "date": day,
                "url": article.url,
                "text": article.text,
                "order": order,
                "hash": content_hash(article),
            }
        )
        for n, quote in enumerate(result.quotes):
            quotes.append({**quote.as_dict(), "n": n, "source": source, "date": day})
        for mention in result.mentions:
            mentions.append({**mention.as_dict(), "source": source, "date": day})
    frames = (
        pd.DataFrame(articles, columns=ARTICLE_COLUMNS),
        pd.DataFrame(quotes, columns=[*QUOTE_COLUMNS, "n"]),  # n: its place in the article
        pd.DataFrame(mentions, columns=MENTION_COLUMNS),
    )
    for frame in frames:
        frame["date"] = _parse_dates(frame["date"])
    rows = speaker_rows(speaker_counts(results), aliases or starter_aliases())
    speakers = pd.DataFrame(
        [(r.speaker, r.canonical, r.kind, r.latin) for r in rows], columns=SPEAKER_COLUMNS
    )
    return Frames(*frames, speakers)


def _source_from_id(article_id: str) -> str:
    """Outlet from a file name such as MAYADEEN_0018.txt, when the record names none."""
    stem = article_id.split("_")[0] if "_" in article_id else ""
    return stem if stem.isalpha() and stem.isupper() else NO_OUTLET


def _parse_dates(values: pd.Series) -> pd.Series:
    """Dates of a whole column at once (per-row parsing is slow at archive scale)."""
    parsed = pd.to_datetime(values, errors="coerce", utc=True, format="mixed")
    return pd.Series([d.date() if not pd.isna(d) else None for d in parsed], index=values.index, dtype=object)


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


# Columns of the quote table the page shows (one page at a time).
# Undated corpora draw the topic chart by article: at most this many of them.
TIMELINE_ARTICLES = 300


def _normalize_macro() -> str:
    source, target = (part.replace("'", "''") for part in translate_pair())
    return f"CREATE MACRO norm(x) AS lower(translate(x, '{source}', '{target}'))"


def _columns(record_type: type) -> str:
    return ", ".join(f'"{name}" {kind}' for name, kind in sql_columns(record_type))


def _selected(alias: str, names: list[str]) -> str:
    return ", ".join(f'{alias}."{name}"' for name in names)


_TABLES = f"""
CREATE TABLE articles (article VARCHAR, title VARCHAR, source VARCHAR, date DATE, url VARCHAR,
                       ord BIGINT, hash VARCHAR);
CREATE TABLE speaker_names (speaker VARCHAR PRIMARY KEY, canonical VARCHAR,
                            source_kind VARCHAR, latin VARCHAR);
CREATE TABLE loaded_quotes ({_columns(Quote)}, n INTEGER, source VARCHAR, date DATE, ord BIGINT,
                            content_normalized VARCHAR);
CREATE TABLE loaded_mentions ({_columns(Mention)}, source VARCHAR, date DATE, ord BIGINT);
CREATE TABLE frame_texts (article VARCHAR, text VARCHAR);
"""


def _load_store(connection: duckdb.DuckDBPyConnection, store: str, aliases: Aliases | None = None) -> None:
    """A built store, attached: its rows are copied without the article texts (read one
    article at a time), with its speakers' canonical names (made anew with `aliases`)."""
    connection.execute("ATTACH ? AS store (READ_ONLY)", [store])
    connection.execute(
        # Two articles of one name (a/x.txt, b/x.txt) are told apart by their path.
        "INSERT INTO articles SELECT CASE WHEN count(*) OVER (PARTITION BY id) > 1 "
        "THEN coalesce(path, id) ELSE id END, title, coalesce(source, '—'), "
        "TRY_CAST(left(date, 10) AS DATE), url, row_number() OVER (ORDER BY id, path) - 1, hash "
        "FROM store.articles"
    )
    # Stores since schema 3 carry the normalized content; older ones are normalized here.
    columns = {
        row[0]
        for row in connection.execute(
            "SELECT column_name FROM duckdb_columns() WHERE database_name = 'store' AND table_name = 'quotes'"
        ).fetchall()
    }
    normalized = "q.content_normalized" if "content_normalized" in columns else "norm(q.content)"
    # (a store made before a field was added to the record lacks its column: left empty)
    fields_there = [name for name in QUOTE_FIELDS if name in columns and name != "article"]
    connection.execute(
        f"INSERT INTO loaded_quotes BY NAME SELECT a.article, {_selected('q', fields_there)}, "
        f"q.n, a.source, a.date, a.ord, {normalized} AS content_normalized "
        "FROM store.quotes q JOIN articles a USING (hash)"
    )
    speaker_columns = {
        row[0]
        for row in connection.execute(
            "SELECT column_name FROM duckdb_columns() WHERE database_name = 'store' "
            "AND table_name = 'speakers'"
        ).fetchall()
    }
    if aliases is None and "latin" in speaker_columns:
        connection.execute(
            "INSERT OR IGNORE INTO speaker_names SELECT speaker, canonical, kind, latin FROM store.speakers"
        )
    else:  # a newsroom's aliases, or a store older than schema 4: named here
        counts = connection.execute(
            "SELECT speaker, any_value(speaker_type), count(*) FROM store.quotes GROUP BY speaker"
        ).fetchall()
        _insert_speaker_names(connection, speaker_rows(counts, aliases or starter_aliases()))
    mention_fields = [name for name in MENTION_FIELDS if name != "article"]
    connection.execute(
        f"INSERT INTO loaded_mentions BY NAME SELECT a.article, {_selected('m', mention_fields)}, "
        "a.source, a.date, a.ord FROM store.mentions m JOIN articles a USING (hash)"
    )


def _insert_speaker_names(connection: duckdb.DuckDBPyConnection, rows) -> None:
    frame = pd.DataFrame([(r.speaker, r.canonical, r.kind, r.latin) for r in rows], columns=SPEAKER_COLUMNS)
    connection.register("frame_speakers", frame)
    connection.execute("INSERT OR IGNORE INTO speaker_names SELECT * FROM frame_speakers")
    connection.unregister("frame_speakers")


def _load_frames(connection: duckdb.DuckDBPyConnection, frames: Frames) -> None:
    """Analysed files or uploads, after any store's articles in reading order."""
    offset = connection.execute("SELECT count(*) FROM articles").fetchall()[0][0]
    articles = frames.articles.assign(
        date=pd.to_datetime(frames.articles["date"]), ord=frames.articles["order"] + offset
    )
    quotes = frames.quotes.assign(topics=frames.quotes["topics"].map(list))
    connection.register("frame_articles", articles)
    connection.register("frame_quotes", quotes)
    connection.register("frame_mentions", frames.mentions)
    connection.register("frame_speakers", frames.speakers)
    connection.execute(
        "INSERT OR IGNORE INTO speaker_names SELECT speaker, canonical, kind, latin FROM frame_speakers"
    )
    connection.unregister("frame_speakers")
    # An upload of an article the store already has is that article, not a second one.
    connection.execute(
        "INSERT INTO articles SELECT article, title, source, CAST(date AS DATE), "
        "url, ord, NULL FROM frame_articles WHERE hash NOT IN "
        "(SELECT hash FROM articles WHERE hash IS NOT NULL)"
    )
    connection.execute("INSERT INTO frame_texts SELECT article, text FROM frame_articles")
    connection.execute(
        f"INSERT INTO loaded_quotes BY NAME SELECT {_selected('q', QUOTE_FIELDS)}, q.n, a.source, "
        "a.date, a.ord, norm(q.content) AS content_normalized FROM frame_quotes q "
        "JOIN articles a ON a.article = q.article AND a.hash IS NULL"
    )
    connection.execute(
        f"INSERT INTO loaded_mentions BY NAME SELECT {_selected('m', MENTION_FIELDS)}, a.source, "
        "a.date, a.ord FROM frame_mentions m JOIN articles a ON a.article = m.article AND a.hash IS NULL"
    )
    for name in ("frame_articles", "frame_quotes", "frame_mentions"):
        connection.unregister(name)


class Corpus:
    """The analysed corpus as DuckDB tables (articles, quotes, mentions) and the queries the
    page asks of them. Made once per corpus and shared by every session: each query runs on its
    own cursor."""

    def __init__(self, connection: duckdb.DuckDBPyConnection, store: str | None = None):
        self._connection = connection
        self._store = store  # a built store's file: article texts are read from it one at a time
        self._lock = threading.Lock()
        self.key = uuid.uuid4().hex  # tells caches of this corpus from those of another

    # ------------------------------------------------------------------ making
    @classmethod
    def open(
        cls, frames: Frames | None = None, store: str | None = None, aliases: Aliases | None = None
    ) -> Corpus:
        """A corpus of analysed frames (files, uploads), a built store, or both: each source
        is loaded into the same tables, then the columns the queries need are derived once.
        Speakers are shown under their canonical sources (the store's, or made anew with a
        newsroom's `aliases`); a form that names no source stays as written."""
        connection = duckdb.connect(":memory:")
        connection.execute(_normalize_macro())
        connection.execute(_TABLES)
        if store:
            _load_store(connection, store, aliases)
            # The store is let go once read: a build of it (which needs it alone) can run
            # while the page is open; the page reads an article's text with a short visit.
            connection.execute("DETACH store")
        if frames is not None and not frames.articles.empty:
            _load_frames(connection, frames)
        # search: the normalized words a search matches (content, speaker, cue);
        # cue_key: the cue without diacritics, so أكّد and أكد count as one.
        connection.execute(
            'CREATE TABLE quotes AS SELECT row_number() OVER (ORDER BY ord, para, "start") '
            "AS qid, * EXCLUDE (content_normalized, speaker, speaker_type, canonical, "
            "source_kind, latin), CASE WHEN n.source_kind IS NULL OR n.source_kind = "
            "'fragment' THEN q.speaker ELSE n.canonical END AS speaker, "
            "coalesce(n.source_kind, q.speaker_type) AS speaker_type, "
            "q.speaker AS written, content_normalized || ' ' || norm(q.speaker || ' ' || "
            "coalesce(n.canonical, '') || ' ' || cue) AS search, norm(cue) AS cue_key "
            "FROM loaded_quotes q LEFT JOIN speaker_names n USING (speaker)"
        )
        connection.execute(
            "CREATE TABLE mentions AS SELECT row_number() OVER (ORDER BY ord, "
            '"start", topic) AS mid, * FROM loaded_mentions'
        )
        connection.execute("DROP TABLE loaded_quotes; DROP TABLE loaded_mentions")
        # The quote holding each mention, as the analysis linked them (`Mention.quote`, the
        # quote's place `n` in its article): "mentions inside the quotes that match the
        # filters" is a hash join.
        connection.execute(
            "CREATE TABLE mention_quotes AS SELECT m.mid, q.qid FROM mentions m JOIN quotes q "
            "ON q.article = m.article AND q.n = m.quote"
        )
        return cls(connection, store)

    def _query(self, sql: str, params: list | None = None) -> pd.DataFrame:
        with self._lock:
            cursor = self._connection.cursor()
        try:
            return cursor.execute(sql, params or []).df()
        finally:
            cursor.close()

    def _scalar(self, sql: str, params: list | None = None):
        frame = self._query(sql, params)
        return frame.iat[0, 0] if not frame.empty else None

    # ------------------------------------------------------------------ filters as SQL
    @staticmethod
    def _article_where(filters: Filters, alias: str) -> tuple[list[str], list]:
        conditions, params = ["true"], list[object]()
        if filters.sources:
            conditions.append(f"list_contains(?::VARCHAR[], {alias}.source)")
            params.append(list(filters.sources))
        if filters.dates:
            conditions.append(f"{alias}.date BETWEEN ? AND ?")
            params += [*filters.dates]
        return conditions, params

    def _quote_where(self, filters: Filters, alias: str = "q") -> tuple[str, list]:
        conditions, params = self._article_where(filters, alias)
        if filters.topics:
            conditions.append(f"{alias}.topics && ?::VARCHAR[]")
            params.append(list(filters.topics))
        if filters.speakers:
            conditions.append(f"list_contains(?::VARCHAR[], {alias}.speaker)")
            params.append(list(filters.speakers))
        if filters.kinds:
            # «headline»: the quotes a title gives (its «X: …» is a direct quote by the guideline)
            kinds = [k for k in filters.kinds if k != HEADLINE]
            either = [f"list_contains(?::VARCHAR[], {alias}.kind)"] if kinds else []
            params += [kinds] if kinds else []
            either += (
                [f"{alias}.para = 0 OR {alias}.kind = '{HEADLINE}'"] if HEADLINE in filters.kinds else []
            )
            conditions.append("(" + " OR ".join(either) + ")")
        if filters.search.strip():
            conditions.append(f"contains({alias}.search, ?)")
            params.append(normalize_ar(filters.search.strip()))
        return " AND ".join(conditions), params

    def _mention_where(self, filters: Filters) -> tuple[str, list]:
        """Mentions follow the quote filters too: with a speaker, kind or search chosen, only
        the mentions inside the matching quotes remain."""
        conditions, params = self._article_where(filters, "m")
        if filters.topics:
            conditions.append("list_contains(?::VARCHAR[], m.topic)")
            params.append(list(filters.topics))
        if filters.narrows_quotes:
            inner, inner_params = self._quote_where(filters, "q")
            conditions.append(
                f"m.mid IN (SELECT mq.mid FROM mention_quotes mq JOIN quotes q USING (qid) WHERE {inner})"
            )
            params += inner_params
        return " AND ".join(conditions), params

    # ------------------------------------------------------------------ options
    def speakers(self, limit: int | None = None) -> list[str]:
        """Speakers, most quoted first (forms that name no source are not offered)."""
        sql = (
            "SELECT speaker FROM quotes WHERE speaker_type <> 'fragment' GROUP BY speaker "
            "ORDER BY count(*) DESC, speaker"
        )
        return self._query(sql + (f" LIMIT {int(limit)}" if limit else ""))["speaker"].tolist()

    def speaker_forms(self, speaker: str) -> list[tuple[str, int]]:
        """The forms a canonical source was written in, with their quotes, most first."""
        frame = self._query(
            "SELECT written, count(*) AS n FROM quotes WHERE speaker = ? "
            "GROUP BY written ORDER BY n DESC, written",
            [speaker],
        )
        return list(zip(frame["written"].tolist(), frame["n"].astype(int).tolist(), strict=True))

    def latin_names(self) -> dict[str, str]:
        """Canonical sources' names in Latin script, where the aliases give one."""
        frame = self._query("SELECT DISTINCT canonical, latin FROM speaker_names WHERE latin IS NOT NULL")
        return dict(zip(frame["canonical"], frame["latin"], strict=True))

    def unranked(self, filters: Filters) -> dict[str, int]:
        """Quotes in view whose speakers the ranking groups: unnamed sources (مصادر، مسؤول),
        and forms that name no source."""
        where, params = self._quote_where(filters)
        frame = self._query(
            f"SELECT speaker_type, count(*) AS n FROM quotes q WHERE {where} "
            "AND list_contains(?::VARCHAR[], speaker_type) GROUP BY "
            "speaker_type",
            [*params, list(UNRANKED_KINDS)],
        )
        found = dict(zip(frame["speaker_type"], frame["n"].astype(int), strict=True))
        return {kind: int(found.get(kind, 0)) for kind in UNRANKED_KINDS}

    def known_speakers(self, names: list[str]) -> list[str]:
        if not names:
            return []
        return self._query(
            "SELECT DISTINCT speaker FROM quotes WHERE list_contains(?::VARCHAR[], speaker)", [names]
        )["speaker"].tolist()

    def sources(self) -> list[str]:
        return self._query("SELECT DISTINCT source FROM articles WHERE source IS NOT NULL ORDER BY source")[
            "source"
        ].tolist()

    def date_bounds(self) -> tuple[date, date] | None:
        frame = self._query("SELECT min(date) AS low, max(date) AS high FROM articles")
        low, high = frame.iat[0, 0], frame.iat[0, 1]
        if pd.isna(low):
            return None
        return pd.Timestamp(low).date(), pd.Timestamp(high).date()

    # ------------------------------------------------------------------ aggregates
    def counts(self, filters: Filters) -> dict[str, int]:
        """Articles, quotes, speakers and mentions in view. With a speaker, kind or search
        chosen, the articles are those that hold a matching quote; with a topic, those that
        mention it."""
        articles, a_params = self._article_where(filters, "a")
        quotes, q_params = self._quote_where(filters)
        mentions, m_params = self._mention_where(filters)
        if filters.narrows_quotes:
            in_view, a_params = f"SELECT count(DISTINCT article) FROM quotes q WHERE {quotes}", q_params
        elif filters.topics:
            in_view, a_params = f"SELECT count(DISTINCT article) FROM mentions m WHERE {mentions}", m_params
        else:
            in_view = f"SELECT count(*) FROM articles a WHERE {' AND '.join(articles)}"
        frame = self._query(
            f"SELECT ({in_view}) AS articles,"
            f" (SELECT count(*) FROM quotes q WHERE {quotes}) AS quotes,"
            f" (SELECT count(DISTINCT speaker) FROM quotes q WHERE {quotes}) AS speakers,"
            f" (SELECT count(*) FROM mentions m WHERE {mentions}) AS mentions",
            a_params + q_params + q_params + m_params,
        )
        return {name: int(frame.at[0, name]) for name in frame.columns}

    def outside_dates(self, filters: Filters) -> int:
        """Articles the chosen date range leaves out (undated ones included): a page that
        hides an upload says so."""
        if not filters.dates:
            return 0
        return int(
            self._scalar(
                "SELECT count(*) FROM articles WHERE date IS NULL OR date NOT BETWEEN ? AND ?",
                [*filters.dates],
            )
            or 0
        )

    def speaker_counts(self, filters: Filters) -> pd.Series:
        """Quotes per named source (unnamed sources and fragments are counted by `unranked`)."""
        where, params = self._quote_where(filters)
        frame = self._query(
            f"SELECT speaker, count(*) AS n FROM quotes q WHERE {where} "
            "AND NOT list_contains(?::VARCHAR[], speaker_type) "
            "GROUP BY speaker ORDER BY n DESC, speaker",
            [*params, list(UNRANKED_KINDS)],
        )
        return pd.Series(frame["n"].to_numpy(), index=frame["speaker"].tolist(), dtype=int)

    def speaker_topics(self, filters: Filters) -> pd.DataFrame:
        """(speaker, topic, n): quotes of each speaker that mention each topic."""
        where, params = self._quote_where(filters)
        return self._query(
            f"SELECT speaker, topic, count(*) AS n FROM (SELECT speaker, "
            f"unnest(topics) AS topic FROM quotes q WHERE {where}) "
            "GROUP BY speaker, topic",
            params,
        )

    def topic_counts(self, filters: Filters) -> tuple[pd.DataFrame, bool]:
        """(x, topic, n) mentions per date and topic, or per article when no mention is dated;
        and whether x is a date."""
        where, params = self._mention_where(filters)
        dated = self._scalar(f"SELECT count(*) FROM mentions m WHERE {where} AND m.date IS NOT NULL", params)
        if dated:
            return self._query(
                f"SELECT m.date AS x, topic, count(*) AS n FROM mentions m WHERE "
                f"{where} AND m.date IS NOT NULL GROUP BY x, topic ORDER BY x",
                params,
            ), True
        frame = self._query(
            f"SELECT article AS x, topic, count(*) AS n, min(ord) AS ord FROM mentions m "
            f"WHERE {where} AND ord IN (SELECT DISTINCT ord FROM mentions m WHERE {where} "
            f"ORDER BY ord LIMIT {TIMELINE_ARTICLES}) GROUP BY x, topic ORDER BY ord",
            params + params,
        )
        return frame[["x", "topic", "n"]], False

    def _ranked_counts(self, filters: Filters, label: str, group: str) -> pd.Series:
        """Quotes in view per `group`, shown as `label`, most first (label -> quotes)."""
        where, params = self._quote_where(filters)
        frame = self._query(
            f"SELECT {label} AS label, count(*) AS n FROM quotes q WHERE {where} "
            f"GROUP BY {group} ORDER BY n DESC, label",
            params,
        )
        return pd.Series(frame["n"].to_numpy(), index=frame["label"].tolist(), dtype=int)

    def cue_counts(self, filters: Filters) -> pd.Series:
        """Cues counted without diacritics, each shown as most often written."""
        return self._ranked_counts(filters, "mode(cue)", "cue_key")

    def addressee_pairs(self, filters: Filters, top: int = 40) -> pd.DataFrame:
        """(speaker, addressee, n), the most frequent pairs, with how many pairs (`pairs`) and
        quotes (`pair_quotes`) the view holds in all (what a ranking leaves out is stated)."""
        where, params = self._quote_where(filters)
        return self._query(
            "SELECT speaker, addressee, n, count(*) OVER () AS pairs, sum(n) OVER () AS pair_quotes "
            f"FROM (SELECT speaker, addressee, count(*) AS n FROM quotes q WHERE {where} "
            "AND addressee IS NOT NULL GROUP BY speaker, addressee) "
            f"ORDER BY n DESC, speaker, addressee LIMIT {int(top)}",
            params,
        )

    def quote_dates(self, filters: Filters) -> pd.DataFrame:
        """(x, n): dated quotes in view per day."""
        where, params = self._quote_where(filters)
        return self._query(
            f"SELECT date AS x, count(*) AS n FROM quotes q WHERE {where} AND date IS NOT NULL "
            "GROUP BY x ORDER BY x",
            params,
        )

    def source_counts(self, filters: Filters) -> pd.Series:
        """Quotes in view per outlet, most first."""
        return self._ranked_counts(filters, "coalesce(source, '—')", "1")

    def outlet_speakers(self, filters: Filters, top: int = 10) -> pd.DataFrame:
        """(source, speaker, n): how often each outlet quotes the view's most quoted named
        sources (to compare outlets)."""
        where, params = self._quote_where(filters)
        named = f"{where} AND NOT list_contains(?::VARCHAR[], speaker_type) AND source IS NOT NULL"
        return self._query(
            f"WITH shown AS (SELECT speaker FROM quotes q WHERE {named} GROUP BY speaker "
            f"ORDER BY count(*) DESC, speaker LIMIT {int(top)}) "
            f"SELECT source, speaker, count(*) AS n FROM quotes q WHERE {named} "
            "AND speaker IN (SELECT speaker FROM shown) GROUP BY source, speaker",
            [*params, list(UNRANKED_KINDS), *params, list(UNRANKED_KINDS)],
        )

    def latest_quotes(self, filters: Filters, limit: int) -> pd.DataFrame:
        """The view's most recent quotes (undated ones last, in reading order)."""
        where, params = self._quote_where(filters)
        return _tidy(
            self._query(
                "SELECT date, source, article, para, cue, content, addressee, topics, "
                '"start", "end" FROM quotes q '
                f"WHERE {where} ORDER BY date DESC NULLS LAST, qid DESC LIMIT {int(limit)}",
                params,
            )
        )

    def quote_texts(self, filters: Filters, limit: int) -> list[str]:
        where, params = self._quote_where(filters)
        return self._query(
            f"SELECT content FROM quotes q WHERE {where} ORDER BY qid LIMIT {int(limit)}", params
        )["content"].tolist()

    # ------------------------------------------------------------------ rows
    def quotes(
        self, filters: Filters, limit: int | None = None, offset: int = 0, order: str = "reading"
    ) -> pd.DataFrame:
        """Quotes in one of `QUOTE_ORDERS` over all that match (a page of them with `limit`),
        with their article offsets and their article's title, outlet and date."""
        where, params = self._quote_where(filters)
        page = f" LIMIT {int(limit)} OFFSET {int(offset)}" if limit is not None else ""
        frame = self._query(
            f"{_QUOTE_ROWS} WHERE {where} ORDER BY {QUOTE_ORDERS[order]}{page}",
            params,
        )
        return _tidy(frame)

    def quote_at(self, article_id: str, start: int) -> pd.DataFrame:
        """The quote of `article_id` whose content starts at `start` (a permalink's quote), as
        a one-row frame of `quotes`' columns; empty when there is none."""
        return _tidy(
            self._query(f'{_QUOTE_ROWS} WHERE q.article = ? AND q."start" = ? LIMIT 1', [article_id, start])
        )

    def article_labels(self, article_ids: list[str]) -> dict[str, str]:
        """Each article as a person picks it: «title — outlet · date» (its id when untitled)."""
        frame = self._query(
            "SELECT article, title, source, date FROM articles WHERE list_contains(?::VARCHAR[], article)",
            [list(article_ids)],
        )
        labels = {}
        for row in _tidy(frame).itertuples():
            details = " · ".join(
                str(x) for x in (row.source, row.date) if x is not None and not pd.isna(x) and x != NO_OUTLET
            )
            title = row.title or row.article
            labels[row.article] = f"{title} — {details}" if details else title
        repeated = {label for label, n in Counter(labels.values()).items() if n > 1}
        # (two articles under one title, a repost or a feed's duplicate: told apart by their ids)
        return {a: f"{label} ({a})" if label in repeated else label for a, label in labels.items()}

    def mentions(self, filters: Filters) -> pd.DataFrame:
        where, params = self._mention_where(filters)
        return _tidy(
            self._query(
                'SELECT article, para, topic, term, "start", "end", source, date '
                f"FROM mentions m WHERE {where} ORDER BY mid",
                params,
            )
        )

    def first_articles(self, limit: int) -> list[str]:
        """Articles in reading order (for the reader when no quote matches the filters)."""
        return self._query(f"SELECT article FROM articles ORDER BY ord LIMIT {int(limit)}")[
            "article"
        ].tolist()

    def article(self, article_id: str) -> dict | None:
        """The article's title, source, date and text; its text is None (and `busy` true) when
        the store it is in cannot be read now (a build holds it)."""
        frame = self._query(
            "SELECT a.article, a.title, a.source, a.date, t.text, a.hash FROM "
            "articles a LEFT JOIN frame_texts t USING (article) "
            "WHERE a.article = ? LIMIT 1",
            [article_id],
        )
        if frame.empty:
            return None
        found = frame.iloc[0].to_dict()
        hash_ = found.pop("hash")
        found["busy"] = False
        if found["text"] is None and self._store:
            try:
                found["text"] = _stored_text(self._store, hash_)
            except duckdb.Error:
                found["busy"] = True
        return found

    def article_quotes(self, article_id: str, filters: Filters) -> pd.DataFrame:
        where, params = self._quote_where(filters)
        return _tidy(
            self._query(
                f"SELECT * EXCLUDE (search, cue_key) FROM quotes q WHERE "
                f"q.article = ? AND {where} ORDER BY qid",
                [article_id, *params],
            )
        )

    def article_mentions(self, article_id: str, filters: Filters) -> pd.DataFrame:
        where, params = self._mention_where(filters)
        return _tidy(
            self._query(
                f"SELECT * FROM mentions m WHERE m.article = ? AND {where} ORDER BY mid",
                [article_id, *params],
            )
        )


# Texts of stored articles kept in memory: the articles being read (the first view's, the
# quotes a reader goes back to), not an archive's.
STORED_TEXTS_KEPT = 256


@functools.lru_cache(maxsize=STORED_TEXTS_KEPT)
def _stored_text(store: str, hash_: str) -> str | None:
    """A stored article's text, by the hash of its content (which that text is part of: what
    is kept never goes stale). Opening the store takes tens of milliseconds: 52 of a first
    view's 400 ms of the server's work on a 3,000-article store, asked again on every run."""
    with duckdb.connect(store, read_only=True) as connection:
        row = connection.execute("SELECT text FROM articles WHERE hash = ?", [hash_]).fetchone()
    return row[0] if row else None


# Orders of the quote table, over all matching quotes (a table's own column sort only sorts
# the rows of its page).
QUOTE_ORDERS = {
    "reading": "qid",
    "newest": "q.date DESC NULLS LAST, qid",
    "oldest": "q.date ASC NULLS LAST, qid",
    "speaker": "q.speaker, qid",
}
_QUOTE_ROWS = (
    "SELECT q.article, q.para, q.speaker, q.speaker_type, q.cue, q.kind, q.content, q.addressee, "
    'q.topics, q."start", q."end", q.cue_start, q.cue_end, q.source, q.date, a.title '
    # (one title an article id: ids are unique in practice, and a join must not double a quote)
    "FROM quotes q LEFT JOIN (SELECT article, any_value(title) AS title FROM articles "
    "GROUP BY article) a USING (article)"
)


def _tidy(frame: pd.DataFrame) -> pd.DataFrame:
    """Rows as the page and the exports use them: topics as tuples, dates as dates."""
    if "topics" in frame:
        frame["topics"] = frame["topics"].map(lambda ts: tuple(ts) if ts is not None else ())
    if "addressee" in frame:
        frame["addressee"] = frame["addressee"].astype(object).where(frame["addressee"].notna(), None)
    if "date" in frame:
        frame["date"] = [d.date() if not pd.isna(d) else None for d in frame["date"]]
    return frame
