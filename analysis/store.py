"""The analysed-corpus store: articles, quotes, mentions and speakers in one DuckDB file.

Each article is keyed by the hash of its content (id, title, date, source, url, text), so a
rebuild analyses only new or changed articles and drops the ones no longer given. Every
update is one transaction: a build that is killed leaves the store as it was before that
transaction, and the next build completes it. Speakers are canonicalized across the whole
store after each build (غالانت -> يوآف غالانت), in the `speakers` table; quotes keep the form
their article used.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

import duckdb

from analysis.corpus import AnalysedArticle, analyse_article
from analysis.records import Article
from analysis.speakers import canonical_speakers

SCHEMA_VERSION = 1
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS articles (
    hash TEXT PRIMARY KEY, id TEXT, title TEXT, date TEXT, source TEXT, url TEXT, path TEXT,
    text TEXT, paragraphs INTEGER);
CREATE TABLE IF NOT EXISTS quotes (
    hash TEXT, n INTEGER, article TEXT, para INTEGER, speaker TEXT, speaker_type TEXT, cue TEXT,
    kind TEXT, content TEXT, addressee TEXT, topics TEXT[], "start" INTEGER, "end" INTEGER,
    cue_start INTEGER, cue_end INTEGER);
CREATE TABLE IF NOT EXISTS mentions (
    hash TEXT, article TEXT, para INTEGER, topic TEXT, term TEXT, "start" INTEGER, "end" INTEGER);
CREATE TABLE IF NOT EXISTS speakers (speaker TEXT PRIMARY KEY, canonical TEXT, kind TEXT);
"""
BATCH = 2000


def content_hash(article: Article) -> str:
    digest = hashlib.sha256()
    for part in (article.id, article.title, article.date or "", article.source or "",
                 article.url or "", article.text):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\x00")
    return digest.hexdigest()


@dataclass(frozen=True)
class BuildReport:
    given: int
    analysed: int
    unchanged: int
    removed: int
    quotes: int
    mentions: int


def connect(path: str | Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    connection = duckdb.connect(str(path), read_only=read_only)
    if not read_only:
        connection.execute(SCHEMA)
        connection.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)",
                           [str(SCHEMA_VERSION)])
    return connection


def _rows(hash_: str, result: AnalysedArticle, path: str | None):
    article = result.article
    article_row = (hash_, article.id, article.title, article.date, article.source, article.url,
                   path, article.text, len(article.paragraphs))
    quote_rows = [(hash_, n, q.article, q.para, q.speaker, q.speaker_type, q.cue, q.kind,
                   q.content, q.addressee, list(q.topics), q.start, q.end, q.cue_start, q.cue_end)
                  for n, q in enumerate(result.quotes)]
    mention_rows = [(hash_, m.article, m.para, m.topic, m.term, m.start, m.end)
                    for m in result.mentions]
    return article_row, quote_rows, mention_rows


def _analyse(item: tuple[str, Article]):
    hash_, article = item
    return _rows(hash_, analyse_article(article), article.path)


def local_map(workers: int) -> Callable[[list[tuple[str, Article]]], Iterator]:
    """Analysis on this machine: in-process for one worker, else a process pool."""
    def run(items):
        if workers <= 1:
            yield from map(_analyse, items)
            return
        with get_context("fork").Pool(workers) as pool:
            yield from pool.imap(_analyse, items, chunksize=16)
    return run


def dask_map(scheduler: str | None = None, workers: int = 2) -> Callable:
    """Analysis on a Dask cluster: the given scheduler address, or a LocalCluster."""
    def run(items):
        from dask import bag
        from distributed import Client, LocalCluster

        cluster = None if scheduler else LocalCluster(n_workers=workers, threads_per_worker=1,
                                                      processes=True, dashboard_address=None)
        client = Client(scheduler or cluster)
        try:
            partitions = max(1, min(len(items), workers * 8))
            results = bag.from_sequence(items, npartitions=partitions).map(_analyse).compute()
            yield from results
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
    return run


def build(store: str | Path, articles: Iterable[Article], mapper: Callable | None = None,
          progress: Callable[[int, int], None] | None = None, batch: int = BATCH
          ) -> BuildReport:
    """Bring the store in line with `articles`: analyse new or changed ones, drop the rest."""
    mapper = mapper or local_map(os.cpu_count() or 1)
    connection = connect(store)
    try:
        given: dict[str, Article] = {}
        for article in articles:
            given.setdefault(content_hash(article), article)
        stored = {row[0] for row in connection.execute("SELECT hash FROM articles").fetchall()}
        todo = [(h, a) for h, a in given.items() if h not in stored]
        gone = sorted(stored - given.keys())
        quotes = mentions = 0
        if gone:
            _delete(connection, gone)
        pending: list = []
        for done, rows in enumerate(mapper(todo), 1):
            pending.append(rows)
            if len(pending) >= batch:
                quotes, mentions = _write(connection, pending, quotes, mentions)
                pending = []
            if progress:
                progress(done, len(todo))
        quotes, mentions = _write(connection, pending, quotes, mentions)
        _canonicalize(connection)
        connection.execute("CHECKPOINT")
        return BuildReport(len(given), len(todo), len(given) - len(todo), len(gone), quotes,
                           mentions)
    finally:
        connection.close()


def _delete(connection, hashes: list[str]) -> None:
    connection.execute("BEGIN")
    for table in ("quotes", "mentions", "articles"):
        connection.execute(f"DELETE FROM {table} WHERE hash IN (SELECT unnest(?))", [hashes])
    connection.execute("COMMIT")


def _write(connection, batch, quotes: int, mentions: int) -> tuple[int, int]:
    """One transaction per batch: an article is stored with all its quotes and mentions, or not
    at all (a killed build resumes from the last committed batch)."""
    if not batch:
        return quotes, mentions
    quote_rows = [q for _, qs, _ in batch for q in qs]
    mention_rows = [m for _, _, ms in batch for m in ms]
    connection.execute("BEGIN")
    for table, rows in (("articles", [a for a, _, _ in batch]), ("quotes", quote_rows),
                        ("mentions", mention_rows)):
        if rows:
            _insert(connection, table, rows)
    connection.execute("COMMIT")
    return quotes + len(quote_rows), mentions + len(mention_rows)


def _insert(connection, table: str, rows: list[tuple]) -> None:
    """Bulk insert through an Arrow table (row-by-row executemany is slow in DuckDB)."""
    import pyarrow as pa

    names = [column[0] for column in connection.execute(f"DESCRIBE {table}").fetchall()]
    columns = {name: [row[i] for row in rows] for i, name in enumerate(names)}
    batch = pa.table(columns)  # noqa: F841  (read by DuckDB through the name below)
    connection.execute(f"INSERT INTO {table} SELECT * FROM batch")


def _canonicalize(connection) -> None:
    pairs = connection.execute("SELECT DISTINCT article, speaker, speaker_type FROM quotes"
                               ).fetchall()
    by_article: dict[str, list[tuple[str, str]]] = {}
    kinds: dict[str, str] = {}
    for article, speaker, kind in pairs:
        by_article.setdefault(article, []).append((speaker, kind))
        kinds.setdefault(speaker, kind)
    mapping = canonical_speakers(by_article)
    connection.execute("BEGIN")
    connection.execute("DELETE FROM speakers")
    rows = [(s, mapping.get(s, s), k) for s, k in kinds.items()]
    if rows:
        connection.executemany("INSERT INTO speakers VALUES (?, ?, ?)", rows)
    connection.execute("COMMIT")


def dump(store: str | Path) -> dict[str, list]:
    """The whole store as sorted plain rows, to compare two stores."""
    connection = connect(store, read_only=True)
    try:
        out = {}
        for table, order in (("articles", "hash"), ("quotes", "hash, n"),
                             ("mentions", "hash, \"start\", topic"), ("speakers", "speaker")):
            rows = connection.execute(f"SELECT * FROM {table} ORDER BY {order}").fetchall()
            out[table] = [json.loads(json.dumps(row, default=str)) for row in rows]
        return out
    finally:
        connection.close()
