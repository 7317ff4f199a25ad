"""The analysed-corpus store: articles, quotes, mentions and speakers in one DuckDB file.

Each article is keyed by the hash of its content (id, title, date, source, url, text), so a
rebuild analyses only new or changed articles and drops the ones no longer given; a file whose
bytes have not changed since the last build is not even parsed again. The store remembers which
version of the analyser (its code and lexicons) made each article: after an upgrade every
article is analysed again. Every batch is one transaction: a build that is killed leaves whole articles
only, and the next build completes it. Speakers are canonicalized across the whole store after
each build (غالانت -> يوآف غالانت), in the `speakers` table; quotes keep the form their article
used.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import hashlib
import json
import os
import re
import threading
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache
from multiprocessing import get_context
from pathlib import Path

import duckdb

from analysis.corpus import analyse_article, warm_up
from analysis.gazetteer import archive_words_asked, shipped_gazetteer, use_archive_names
from analysis.identity import Aliases, SourceName, read_source, speaker_rows, starter_aliases
from analysis.ingest import (
    DEFAULT_MAX_BYTES,
    IngestProblem,
    input_files,
    read_file,
    read_input,
    stored_article,
)
from analysis.learn import names_from_counts, plausible_name, teaches_the_reader
from analysis.normalize import normalize_ar, translate_pair
from analysis.records import Article, Mention, Quote, record_row, sql_columns
from analysis.topics import Topic, build_index, default_index

SCHEMA_VERSION = 6
# Columns the store adds to a quote's own (`records.Quote`): its key, its place among the
# article's quotes, and what the workers read from it once (search text, speaker as a source).
QUOTE_EXTRAS = (
    ("content_normalized", "TEXT"),
    ("source_display", "TEXT"),
    ("source_key", "TEXT"),
    ("source_kind", "TEXT"),
)
ARTICLE_COLUMNS = (
    ("hash", "TEXT PRIMARY KEY"),
    ("id", "TEXT"),
    ("title", "TEXT"),
    ("date", "TEXT"),
    ("source", "TEXT"),
    ("url", "TEXT"),
    ("path", "TEXT"),
    ("text", "TEXT"),
    ("paragraphs", "INTEGER"),
    # The first two words of the names its reading asked the archive for
    # (`gazetteer.archive_words_asked`), «w1 w2|…»: it is read again for the names the archive
    # learns only when it asked for one's first two words.
    ("archive_words", "TEXT"),
    ("analyser", "TEXT"),
)
# Each table's columns; a quote's and a mention's are their records' fields.
TABLES = {
    "articles": ARTICLE_COLUMNS,
    "quotes": (("hash", "TEXT"), ("n", "INTEGER"), *sql_columns(Quote), *QUOTE_EXTRAS),
    "mentions": (("hash", "TEXT"), *sql_columns(Mention)),
    "speakers": (("speaker", "TEXT PRIMARY KEY"), ("canonical", "TEXT"), ("kind", "TEXT"), ("latin", "TEXT")),
    "speaker_forms": (("canonical", "TEXT"), ("form", "TEXT"), ("quotes", "INTEGER")),
    # The personal names each article gives in name positions (after a title or an honorific),
    # and the names the archive teaches: those given in at least `ARCHIVE_NAME_ARTICLES` of its
    # articles (`analysis.learn`), read whole wherever they stand in any of them.
    "article_names": (("hash", "TEXT"), ("name", "TEXT")),
    "learned_names": (("name", "TEXT PRIMARY KEY"), ("articles", "INTEGER")),
}
ARCHIVE_NAME_ARTICLES = 3


def _create(table: str) -> str:
    columns = ", ".join(f'"{name}" {kind}' for name, kind in TABLES[table])
    return f"CREATE TABLE IF NOT EXISTS {table} ({columns});"


SCHEMA = "\n".join(
    [
        "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);",
        *(_create(table) for table in TABLES),
        "CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, digest TEXT, hashes TEXT[], "
        "problems TEXT);",
    ]
)
BATCH = 2000
MEMORY_LIMIT = "512MB"
CHUNK = 16  # articles per task sent to a worker process
# How much a build writes to DuckDB's log before it compresses it into the store
# (`_writing_beside_the_analysis`): the whole bulk corpus's rows take 400 MB there. Held until
# the build's end they cost 2,186 MB of peak memory on two cores; at 256 MB, 1,930 MB (DuckDB's
# default, 16 MB: 1,820 MB) for the same time and a store of 309 MB instead of 299.
WRITE_LOG_LIMIT = "256MB"
SCHEDULER_TIMEOUT = "10s"  # how long a --scheduler address may take to answer
ANALYSER_FILES = ("*.py", "lexicons/*")


def content_hash(article: Article) -> str:
    digest = hashlib.sha256()
    for part in (
        article.id,
        article.title,
        article.date or "",
        article.source or "",
        article.url or "",
        article.text,
    ):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\x00")
    return digest.hexdigest()


@cache
def analyser_version() -> str:
    """A digest of the analyser's code and lexicons (16 hex digits): stored results made by
    another version may differ from what this one finds, so they are analysed again."""
    digest = hashlib.sha256()
    folder = Path(__file__).parent
    for path in sorted(p for pattern in ANALYSER_FILES for p in folder.glob(pattern)):
        digest.update(path.relative_to(folder).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@dataclass(frozen=True)
class BuildReport:
    given: int
    analysed: int
    unchanged: int
    removed: int
    quotes: int
    mentions: int
    kept: int = 0  # stored articles kept because their input could not be read completely
    partial: tuple[str, ...] = ()  # those inputs
    reread: int = 0  # stored articles read again with the names the archive now teaches


class StoreError(RuntimeError):
    """The store cannot be opened (another build holds it, the file is not a store) or written
    (a full disk)."""


def connect(path: str | Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    # DuckDB's buffer pool may take most of the RAM by default; a build streams through it.
    try:
        connection = duckdb.connect(str(path), read_only=read_only, config={"memory_limit": MEMORY_LIMIT})
    except duckdb.Error as error:
        cause = str(error).splitlines()[0]
        if "lock" in cause.lower():
            cause = "in use by another build or program (wait for it to finish)"
        raise StoreError(f"{path}: cannot open the store: {cause}") from None
    if not read_only:
        connection.execute(SCHEMA)
        # An older store gains the columns added since (its rows come from an older analyser,
        # so they are analysed again and filled).
        for table, columns in TABLES.items():
            for name, kind in columns:
                if "PRIMARY" not in kind:
                    connection.execute(f'ALTER TABLE {table} ADD COLUMN IF NOT EXISTS "{name}" {kind}')
        connection.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", [str(SCHEMA_VERSION)])
    return connection


def store_version(topics: tuple[Topic, ...] | None = None) -> str:
    """What made a stored article: the analyser's version, and the topics it was built with
    when they are not the default ones (a change of either analyses the article again)."""
    if topics is None:
        return analyser_version()
    digest = hashlib.sha256(repr(topics).encode("utf-8")).hexdigest()[:8]
    return f"{analyser_version()}+topics:{digest}"


def _article_row(hash_: str, article: Article, version: str, archive_words: str) -> tuple:
    return (
        hash_,
        article.id,
        article.title,
        article.date,
        article.source,
        article.url,
        article.path,
        article.text,
        len(article.paragraphs),
        archive_words,
        version,
    )


@functools.lru_cache(maxsize=4)
def _topic_index(topics: tuple[Topic, ...] | None):
    return default_index() if topics is None else build_index(topics)


_archive_in_use: list[tuple[tuple[str, ...], ...]] = [()]  # this process's archive names


def _analyse(
    item: tuple[str, Article],
    topics: tuple[Topic, ...] | None = None,
    archive: tuple[tuple[str, ...], ...] = (),
) -> tuple[str, list[tuple] | None, list[tuple], list[tuple], str]:
    """An article's quote, mention and name rows and the words its reading asked the
    archive's names for (the article's own row is made where the article already is, so that
    its text is not sent back from the worker), read with the names the archive teaches; or
    no rows and why its analysis failed."""
    hash_, article = item
    if archive != _archive_in_use[0]:
        use_archive_names(archive)
        _archive_in_use[0] = archive
    try:
        with archive_words_asked() as asked:
            result = analyse_article(article, _topic_index(topics), names=True)
    except Exception as error:  # (a defect met on one article must not stop an archive's build)
        return hash_, None, [], [], f"{type(error).__name__}: {error}"
    # The normalized content is what the dashboard's search reads (made here, in the workers,
    # rather than for the whole archive each time the dashboard opens it).
    # The speaker as its source is read (`identity.read_source`) here too, in the workers: the
    # archive's canonical sources are then merged from these without reading each form again.
    sources = {q.speaker: read_source(q.speaker, q.speaker_type) for q in result.quotes}
    quote_rows = [
        (
            hash_,
            n,
            *record_row(q),
            normalize_ar(q.content),
            sources[q.speaker].display,
            " ".join(sources[q.speaker].key),
            sources[q.speaker].kind,
        )
        for n, q in enumerate(result.quotes)
    ]
    mention_rows = [(hash_, *record_row(m)) for m in result.mentions]
    common = shipped_gazetteer().common
    names = {clean for name in result.names if (clean := plausible_name(name, common))}
    name_rows = [(hash_, " ".join(name)) for name in sorted(names)]
    return hash_, quote_rows, mention_rows, name_rows, "|".join(sorted(asked))


# Objects allocated between collections of the youngest generation while articles are analysed.
# Analysis makes hundreds of thousands of short-lived tokens and phrases per second and almost
# no reference cycles; at Python's default (700) the collector ran so often that it cost 4–6 %
# of the analysis of 5,000 articles.
ANALYSIS_GC_THRESHOLD = 50_000


@contextlib.contextmanager
def _collecting_for_analysis() -> Iterator[None]:
    """The lexicons loaded, then set aside from garbage collection (they live as long as the
    process, and workers forked afterwards share their pages instead of copying them when a
    collection touches them), and the young generation collected less often; the process's
    own settings are restored afterwards (a dashboard's upload builds in the server)."""
    warm_up()
    thresholds = gc.get_threshold()
    gc.collect()
    gc.freeze()
    gc.set_threshold(ANALYSIS_GC_THRESHOLD, *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


def local_map(workers: int, in_flight: int = 2000) -> Callable[[Iterable[tuple[str, Article]]], Iterator]:
    """Analysis on this machine: in-process for one worker, else a process pool. The lexicons
    are loaded before the workers fork, so they share them instead of each building them. At
    most `in_flight` articles are read ahead of the results (the pool would otherwise read the
    whole input into memory while the workers are busy)."""

    def run(items, analyse: Callable = _analyse):
        with _collecting_for_analysis():
            if workers <= 1:
                yield from map(analyse, items)
                return
            slots = threading.BoundedSemaphore(in_flight)

            def throttled():
                for item in items:
                    slots.acquire()
                    yield item

            with get_context("fork").Pool(workers) as pool:
                for result in pool.imap(analyse, throttled(), chunksize=CHUNK):
                    slots.release()
                    yield result

    return run


def dask_map(scheduler: str | None = None, workers: int = 2) -> Callable:
    """Analysis on a Dask cluster: the given scheduler address, or a LocalCluster."""

    from distributed import Client, LocalCluster

    # A scheduler address is reached now, before the store is opened: one that does not answer
    # is a usage error that leaves the store untouched.
    remote = Client(scheduler, timeout=SCHEDULER_TIMEOUT) if scheduler else None

    def run(items, analyse: Callable = _analyse):
        from dask import bag

        items = list(items)
        cluster = (
            None
            if remote
            else LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
        )
        client = remote or Client(cluster)
        try:
            partitions = max(1, min(len(items), workers * 8))
            results = bag.from_sequence(items, npartitions=partitions).map(analyse).compute()
            yield from results
        finally:
            if cluster is not None:  # (a scheduler's client serves every run of the build)
                client.close()
                cluster.close()

    return run


def build(
    store: str | Path,
    articles: Iterable[Article],
    mapper: Callable | None = None,
    progress: Callable[[int], None] | None = None,
    batch: int = BATCH,
    keep: Collection[str] = (),
    remove_missing: bool = True,
    aliases: Aliases | None = None,
    topics: tuple[Topic, ...] | None = None,
    on_problem: Callable[[IngestProblem], None] = lambda problem: None,
) -> BuildReport:
    """Bring the store in line with `articles`: analyse new or changed ones, drop the rest
    (unless `remove_missing` is false: then the store only gains and updates articles).

    Articles are analysed as they are read. `keep` are hashes of stored articles to keep though
    they are not given again (those of unchanged files); it is read once `articles` is spent.
    `topics` replace the default topics (`analysis.topics.load_topics`). An article whose
    analysis fails is reported to `on_problem` and not stored; the build goes on.
    """
    return _build(
        store,
        ((content_hash(article), article) for article in articles),
        mapper,
        progress,
        batch,
        keep,
        remove_missing,
        aliases,
        topics,
        on_problem,
    )


def _build(
    store,
    hashed: Iterable[tuple[str, Article]],
    mapper,
    progress,
    batch,
    keep,
    remove_missing,
    aliases: Aliases | None = None,
    topics: tuple[Topic, ...] | None = None,
    on_problem: Callable[[IngestProblem], None] = lambda problem: None,
) -> BuildReport:
    """`build` from (content hash, article) pairs."""
    mapper = mapper or local_map(os.cpu_count() or 1)
    version = store_version(topics)
    connection = connect(store)
    try:
        stored, up_to_date = _stored(connection, version)
        given: set[str] = set()
        waiting: dict[str, Article] = {}

        def todo():
            for hash_, article in hashed:
                if hash_ in given:
                    continue
                given.add(hash_)
                if hash_ not in up_to_date:
                    waiting[hash_] = article
                    yield hash_, article

        totals = [0, 0, 0]  # articles, quotes, mentions written
        archive = _stored_archive(connection)
        analyse = functools.partial(_analyse, topics=topics, archive=archive)
        _write_all(
            connection, mapper(todo(), analyse), waiting, version, stored, totals, batch, progress, on_problem
        )
        given |= set(keep(connection) if callable(keep) else keep)
        gone = sorted(stored - given) if remove_missing else []
        if gone:
            _delete(connection, gone)
        reread = (
            _learn_archive(connection, archive, mapper, topics, version, batch, on_problem)
            if totals[0] or gone
            else 0
        )
        aliases = aliases or starter_aliases()
        stale = connection.execute("SELECT value FROM meta WHERE key = 'aliases'").fetchone()
        if totals[0] or gone or stale is None or stale[0] != aliases_digest(aliases):
            _canonicalize(connection, aliases)
            connection.execute("CHECKPOINT")
        return BuildReport(
            len(given), totals[0], len(given) - totals[0], len(gone), totals[1], totals[2], reread=reread
        )
    except duckdb.Error as error:  # a full disk or a file size limit while writing
        cause = str(error).splitlines()[0]
        raise StoreError(
            f"{store}: could not write the store ({cause}); it keeps the {totals[0]} articles "
            "written before, and the next build goes on from there"
        ) from None
    finally:
        connection.close()


def build_files(
    store: str | Path,
    paths: Iterable[str | Path],
    mapper: Callable | None = None,
    progress: Callable[[int], None] | None = None,
    batch: int = BATCH,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_problem: Callable[[IngestProblem], None] = lambda problem: None,
    remove_missing: bool = True,
    aliases: Aliases | None = None,
    topics: tuple[Topic, ...] | None = None,
) -> BuildReport:
    """`build` from files and folders. A file with the same bytes as at the last build (by
    SHA-256) is not parsed again: its articles are kept and its problems reported again.

    Nothing is removed because it could not be read: the stored articles of an input that is
    missing or unreadable, or of a file read only in part (a bad record, bad bytes, a truncated
    archive), are kept until a complete reading of that input no longer has them."""
    version = store_version(topics)
    known = _known_files(store, version)
    kept: set[str] = set()
    files: list[tuple[str, str, list[str], str]] = []
    partial: list[str] = []  # files read in part: their stored articles stay
    unreadable: list[str] = []  # inputs not read at all: nothing is removed

    def articles() -> Iterator[tuple[str, Article]]:
        for file in input_files(paths):
            data = file if isinstance(file, IngestProblem) else read_input(file, max_bytes)
            if isinstance(data, IngestProblem):
                on_problem(data)
                unreadable.append(data.path)
                continue
            assert isinstance(file, Path)  # (a problem is never data)
            path, digest = str(file), hashlib.sha256(data).hexdigest()
            if path in known and known[path][0] == digest:
                hashes, problems = known[path][1], known[path][2]
                kept.update(hashes)
                for problem in json.loads(problems):
                    on_problem(IngestProblem(*problem))
                if problems != "[]":
                    partial.append(path)
                files.append((path, digest, hashes, problems))
                continue
            hashes, listed = [], []
            for item in read_file(file, data, max_bytes):
                if isinstance(item, IngestProblem):
                    listed.append([item.path, item.message, item.line])
                    on_problem(item)
                else:
                    hashes.append(content_hash(item))
                    yield hashes[-1], item
            if listed:
                partial.append(path)
            files.append((path, digest, hashes, json.dumps(listed, ensure_ascii=False)))

    def keep(connection) -> set[str]:
        """Called once `articles` is spent: the unchanged files' articles, the stored ones of
        files read in part (kept in their files row for the next build too), and, when a whole
        input could not be read, every stored article (what it held cannot be known)."""
        if not unreadable and not partial:
            return kept  # (every input read whole: nothing more to keep; the common case)
        rows = connection.execute("SELECT hash, path FROM articles").fetchall()
        read = kept.union(*(file[2] for file in files))
        if unreadable:
            unread.update(hash_ for hash_, _ in rows if hash_ not in read)
            return kept | unread
        previous: dict[str, set[str]] = {}
        for hash_, path in rows:
            if path in partial:
                previous.setdefault(path, set()).add(hash_)
        for index, (path, digest, hashes, problems) in enumerate(files):
            if path in previous:
                files[index] = (path, digest, sorted(set(hashes) | previous[path]), problems)
        unread.update(hash_ for hashes in previous.values() for hash_ in hashes if hash_ not in read)
        return kept | unread

    unread: set[str] = set()  # stored articles kept because their input was not read whole

    report = _build(
        store, articles(), mapper, progress, batch, keep, remove_missing, aliases, topics, on_problem
    )
    connection = connect(store)
    try:
        connection.execute("BEGIN")
        read = [file[0] for file in files]
        if remove_missing and not unreadable:
            connection.execute("DELETE FROM files")
        else:
            connection.execute("DELETE FROM files WHERE list_contains(?, path)", [read])
        if files:
            connection.executemany("INSERT INTO files VALUES (?, ?, ?, ?)", files)
        connection.execute("COMMIT")
    finally:
        connection.close()
    return replace(report, kept=len(unread), partial=tuple(dict.fromkeys(unreadable + partial)))


def _known_files(store: str | Path, version: str) -> dict[str, tuple[str, list[str], str]]:
    """Files of the last build whose articles are all still stored, as this analyser made them."""
    if not Path(store).exists():
        return {}
    connection = connect(store)
    try:
        _, up_to_date = _stored(connection, version)
        rows = connection.execute("SELECT path, digest, hashes, problems FROM files").fetchall()
        return {
            path: (digest, hashes, problems)
            for path, digest, hashes, problems in rows
            if up_to_date.issuperset(hashes)
        }
    finally:
        connection.close()


def _stored(connection, version: str) -> tuple[set[str], set[str]]:
    """Hashes of the stored articles, and of those this version (`store_version`) made."""
    rows = connection.execute("SELECT hash, analyser FROM articles").fetchall()
    return {h for h, _ in rows}, {h for h, made_by in rows if made_by == version}


def _write_all(
    connection, results, waiting, version, stored, totals, batch, progress=None, on_problem=None
) -> None:
    """Write analysed articles (`waiting`: hash -> article) as their results come, in batches.
    An article whose analysis failed is reported to `on_problem` and not written: what was
    stored of it stays, and the next build tries it again."""
    with _writing_beside_the_analysis(connection):
        _write_results(connection, results, waiting, version, stored, totals, batch, progress, on_problem)


@contextlib.contextmanager
def _writing_beside_the_analysis(connection) -> Iterator[None]:
    """DuckDB writes on one thread while articles are analysed: its default, a thread per
    core, competes with the analysis workers for the same cores (full two-core builds, on a
    noisy machine: 110.4–124.8 s, mean 114.7 s, against 112.0–127.2 s, mean 119.4 s). And it
    compresses its log into the store seldom (`WRITE_LOG_LIMIT`), the rest at the build's end
    (`_build`'s CHECKPOINT): checkpointed every 16 MB, the tables' last, partly filled row
    groups were compressed again each time — the bulk corpus's writing took 13.5 s of the main
    process instead of about 7, and its store 353 MB instead of about 300. A build stopped on
    the way loses nothing: each batch is committed to the log. The settings are restored
    afterwards (the queries that follow, the speakers' canonical names, use every core)."""
    threads, threshold = connection.execute(
        "SELECT current_setting('threads'), current_setting('checkpoint_threshold')"
    ).fetchone()
    connection.execute("SET threads = 1")
    connection.execute(f"SET checkpoint_threshold = '{WRITE_LOG_LIMIT}'")
    try:
        yield
    finally:
        connection.execute(f"SET threads = {int(threads)}")
        connection.execute("SET checkpoint_threshold = ?", [threshold])


def _write_results(
    connection, results, waiting, version, stored, totals, batch, progress, on_problem
) -> None:
    pending: list = []
    for hash_, quote_rows, mention_rows, name_rows, asked in results:
        if quote_rows is None:
            error = asked
            article = waiting.pop(hash_)
            if on_problem is not None:
                on_problem(
                    IngestProblem(
                        article.path or article.id,
                        f"article {article.id!r} could not be analysed ({error}); it is not stored, "
                        "the rest of the build goes on",
                    )
                )
            continue
        pending.append(
            (_article_row(hash_, waiting.pop(hash_), version, asked), quote_rows, mention_rows, name_rows)
        )
        if len(pending) >= batch:
            _write(connection, pending, stored, totals)
            pending = []
        if progress:
            progress(totals[0] + len(pending))
    _write(connection, pending, stored, totals)


def _stored_archive(connection) -> tuple[tuple[str, ...], ...]:
    """The names the store's articles were last read with (`learned_names` beyond the shipped)."""
    row = connection.execute("SELECT value FROM meta WHERE key = 'archive_names'").fetchone()
    return tuple(tuple(name) for name in json.loads(row[0])) if row else ()


def _learn_archive(connection, archive, mapper, topics, version, batch, on_problem=None) -> int:
    """Learn the names the archive teaches, and read again every stored article that holds a
    name gained or lost since it was read and whose reading asked for its first two words: the
    store is then what one reading of all its articles with those names gives, in whatever
    order and batches they came. The names are recorded last, so a build stopped on the way
    reads those articles again next time. Returns how many articles were read again."""
    counts = connection.execute(
        "SELECT name, count(DISTINCT hash) FROM article_names GROUP BY name HAVING count(DISTINCT hash) >= ?",
        [ARCHIVE_NAME_ARTICLES],
    ).fetchall()
    articles_of = {tuple(name.split()): n for name, n in counts}
    learned = names_from_counts(articles_of, shipped_gazetteer().common, ARCHIVE_NAME_ARTICLES)
    shipped = {n for group in shipped_gazetteer().names.values() for n in group}
    new_archive = tuple(sorted(name for name in learned - shipped if teaches_the_reader(name)))
    rows = []
    if changed := set(new_archive) ^ set(archive):
        source, target = translate_pair()
        pattern = "|".join(re.escape(" ".join(name)) for name in sorted(changed))
        firsts = sorted({" ".join(name[:2]) for name in changed})
        # (an article whose reading asked for none of their first two words reads the same:
        # of the 1,309 of 10,000 bulk articles that hold such a name, 11 read otherwise; asked
        # first, that test spares the text's scan for most articles: 4.2 s → 1.0 s on 50,457)
        rows = connection.execute(
            "SELECT hash, id, title, date, source, url, path, text FROM articles "
            "WHERE (archive_words IS NULL OR list_has_any(string_split(archive_words, '|'), ?)) "
            "AND regexp_matches(lower(translate(text, ?, ?)), ?)",
            [firsts, source, target, pattern],
        ).fetchall()
    if rows:
        waiting = {row[0]: _stored_article(row[1:]) for row in rows}
        analyse = functools.partial(_analyse, topics=topics, archive=new_archive)
        written = [0, 0, 0]
        _write_all(
            connection,
            mapper(list(waiting.items()), analyse),
            waiting,
            version,
            set(waiting),
            written,
            batch,
            on_problem=on_problem,
        )
    connection.execute("BEGIN")
    connection.execute("DELETE FROM learned_names")
    if learned:
        _insert(connection, "learned_names", sorted((" ".join(n), articles_of[n]) for n in learned))
    connection.execute(
        "INSERT OR REPLACE INTO meta VALUES ('archive_names', ?)",
        [json.dumps(new_archive, ensure_ascii=False)],
    )
    connection.execute("COMMIT")
    return len(rows)


def _stored_article(row) -> Article:
    id_, title, date, source, url, path, text = row
    return stored_article(id_, text, title, date=date, source=source, url=url, path=path)


def _delete(connection, hashes: list[str]) -> None:
    connection.execute("BEGIN")
    _delete_rows(connection, hashes)
    connection.execute("COMMIT")


def _delete_rows(connection, hashes: list[str]) -> None:
    for table in ("quotes", "mentions", "article_names", "articles"):
        connection.execute(f"DELETE FROM {table} WHERE hash IN (SELECT unnest(?))", [hashes])


def _write(connection, batch, stored: set[str], totals: list[int]) -> None:
    """One transaction per batch: an article is stored with all its quotes and mentions, or not
    at all (a killed build resumes from the last committed batch). Rows of an article that a
    previous analyser version made are replaced."""
    if not batch:
        return
    articles = [a for a, _, _, _ in batch]
    quote_rows = [q for _, qs, _, _ in batch for q in qs]
    mention_rows = [m for _, _, ms, _ in batch for m in ms]
    name_rows = [n for _, _, _, ns in batch for n in ns]
    connection.execute("BEGIN")
    if replaced := [row[0] for row in articles if row[0] in stored]:
        _delete_rows(connection, replaced)
    for table, rows in (
        ("articles", articles),
        ("quotes", quote_rows),
        ("mentions", mention_rows),
        ("article_names", name_rows),
    ):
        if rows:
            _insert(connection, table, rows)
    connection.execute("COMMIT")
    totals[0] += len(articles)
    totals[1] += len(quote_rows)
    totals[2] += len(mention_rows)


def _insert(connection, table: str, rows: list[tuple]) -> None:
    """Bulk insert through an Arrow table (row-by-row executemany is slow in DuckDB), by column
    name: a migrated store's columns may stand in another order."""
    import pyarrow as pa

    names = [name for name, _ in TABLES[table]]
    # (the rows turned into columns by zip, in C: a list per column built in Python took 3 s
    # of the main process in a build of the bulk corpus)
    batch = pa.Table.from_arrays([pa.array(column) for column in zip(*rows, strict=True)], names=names)
    connection.register("insert_batch", batch)
    try:
        connection.execute(f"INSERT INTO {table} BY NAME SELECT * FROM insert_batch")
    finally:
        connection.unregister("insert_batch")


def _canonicalize(connection, aliases: Aliases) -> None:
    """Every written speaker's canonical source (`analysis.identity`), and per canonical source
    the forms it was written in with their quotes; the aliases' digest is kept, so that a
    changed aliases file re-canonicalizes the store (and nothing is analysed again)."""
    counts = connection.execute(
        "SELECT speaker, any_value(speaker_type), count(*), any_value(source_display), "
        "any_value(source_key), any_value(source_kind) FROM quotes GROUP BY speaker"
    ).fetchall()
    sources = {
        speaker: SourceName(speaker, display, tuple(key.split()), kind)
        for speaker, _, _, display, key, kind in counts
        if kind is not None
    }
    counts = [(speaker, kind, n) for speaker, kind, n, *_ in counts]
    rows = speaker_rows(counts, aliases, sources)
    quotes = {speaker: n for speaker, _, n in counts}
    forms: dict[tuple[str, str], int] = {}
    for row in rows:
        forms[(row.canonical, row.speaker)] = quotes[row.speaker]
    connection.execute("BEGIN")
    connection.execute("DELETE FROM speakers")
    connection.execute("DELETE FROM speaker_forms")
    if rows:
        _insert(connection, "speakers", [(r.speaker, r.canonical, r.kind, r.latin) for r in rows])
        _insert(connection, "speaker_forms", [(c, f, n) for (c, f), n in forms.items()])
    connection.execute("INSERT OR REPLACE INTO meta VALUES ('aliases', ?)", [aliases_digest(aliases)])
    connection.execute("COMMIT")


def aliases_digest(aliases: Aliases) -> str:
    return hashlib.sha256(repr(aliases).encode("utf-8")).hexdigest()[:16]


def canonicalize(store: str | Path, aliases: Aliases | None = None) -> int:
    """Name the store's speakers anew (after an aliases file changed); returns how many
    canonical sources there are. The texts are not analysed again."""
    connection = connect(store)
    try:
        _canonicalize(connection, aliases or starter_aliases())
        row = connection.execute(
            "SELECT count(DISTINCT canonical) FROM speakers WHERE kind <> 'fragment'"
        ).fetchone()
        return row[0] if row else 0
    finally:
        connection.close()


def dump(store: str | Path) -> dict[str, list]:
    """The whole store as sorted plain rows, to compare two stores."""
    connection = connect(store, read_only=True)
    try:
        out = {}
        for table, order in (
            ("articles", "hash"),
            ("quotes", "hash, n"),
            ("mentions", 'hash, "start", topic'),
            ("speakers", "speaker"),
            ("article_names", "hash, name"),
            ("learned_names", "name"),
        ):
            rows = connection.execute(f"SELECT * FROM {table} ORDER BY {order}").fetchall()
            out[table] = [json.loads(json.dumps(row, default=str)) for row in rows]
        return out
    finally:
        connection.close()
