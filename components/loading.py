"""Reading and analysing the corpus for the page, cached by content with a bound."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import sys
import threading
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import duckdb
import streamlit as st

from analysis import IngestProblem, analyse_article, read_bytes, read_paths
from analysis.identity import Aliases, load_aliases_text
from analysis.ingest import DEFAULT_MAX_BYTES, iter_files, readable_name
from analysis.records import Article
from analysis.store import content_hash
from analysis.topics import TopicIndex, load_topics_text
from components.data import Corpus, Filters, Frames, build_frames

DEFAULT_CORPUS = Path(__file__).resolve().parents[1] / "seeds"
UPLOAD_LIMIT_MB = 20
COMPARED_SOURCES = 10  # the most quoted sources the outlets are compared on
PROGRESS_STEP = 20  # articles analysed between two updates of the progress bar


def corpus_path() -> Path:
    """`streamlit run app.py -- PATH`, else $QAWL_CORPUS, else the shipped seeds/."""
    # Under `streamlit run app.py -- PATH`, argv is [app.py, PATH]; elsewhere (tests) it is not ours.
    ours = Path(sys.argv[0]).name == "app.py"
    args = [a for a in sys.argv[1:] if not a.startswith("-")] if ours else []
    return Path(args[0] if args else os.environ.get("QAWL_CORPUS") or DEFAULT_CORPUS)


def corpus_files(path: Path) -> tuple[tuple[str, bytes], ...]:
    """(name, bytes) of every readable file under the path; names relative to it."""
    files = []
    for file in iter_files(path):
        if readable_name(file) and file.is_file():
            name = str(file.relative_to(path)) if path.is_dir() else file.name
            try:
                files.append((name, file.read_bytes()))
            except OSError:
                continue
    return tuple(files)


def _file_named_in(variable: str) -> str | None:
    """The text of the file an environment variable names (None when unset or unreadable),
    read so that a change to it is a new corpus for the caches."""
    path = os.environ.get(variable)
    if not path:
        return None
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeError):
        return None


def topics_text() -> str | None:
    """The newsroom's topics file ($QAWL_TOPICS, the shape of analysis/lexicons/topics.yaml)."""
    return _file_named_in("QAWL_TOPICS")


def topic_index_of(text: str | None) -> TopicIndex:
    """The topics of the newsroom's file joined to the default ones (the defaults alone when
    the file cannot be read as topics)."""
    try:
        return load_topics_text(text, os.environ.get("QAWL_TOPICS", "topics"))
    except ValueError:
        return load_topics_text(None)


def aliases_text() -> str | None:
    """The newsroom's aliases file ($QAWL_ALIASES); the shipped starter file applies either way."""
    return _file_named_in("QAWL_ALIASES")


def aliases_of(text: str | None) -> Aliases | None:
    if text is None:
        return None
    try:
        return load_aliases_text(text, os.environ.get("QAWL_ALIASES", "aliases"))
    except ValueError:
        return None


def analyse_files(
    files: tuple[tuple[str, bytes], ...],
    aliases: str | None = None,
    topics: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[Frames, tuple[str, ...]]:
    """Analysis of the given files, kept for the next runs (`ANALYSES_KEPT` of them, by their
    content, aliases and topics): a filter change never re-analyses. `progress(done, total)`
    hears of every `PROGRESS_STEP` articles analysed. (Not a Streamlit cache: those replay
    the elements a function drew, and a progress bar belongs to the run that drew it.)"""
    key = _files_key(files, aliases, topics)
    with _ANALYSES_LOCK:
        if key in _ANALYSES:
            _ANALYSES.move_to_end(key)
            return _ANALYSES[key]
    articles, problems = [], []
    for name, data in files:
        for item in read_bytes(name, data, DEFAULT_MAX_BYTES):
            if isinstance(item, IngestProblem):
                problems.append(item)
            else:
                articles.append(dataclasses.replace(item, path=name))
    articles = distinct_articles(articles, problems)
    index = topic_index_of(topics)
    analysed = []
    for done, article in enumerate(articles, 1):
        analysed.append(analyse_article(article, index))
        if progress and (done % PROGRESS_STEP == 0 or done == len(articles)):
            progress(done, len(articles))
    result = build_frames(analysed, aliases_of(aliases)), tuple(str(p) for p in problems)
    with _ANALYSES_LOCK:
        _ANALYSES[key] = result
        while len(_ANALYSES) > ANALYSES_KEPT:
            _ANALYSES.popitem(last=False)
    return result


_ANALYSES: OrderedDict[str, tuple[Frames, tuple[str, ...]]] = OrderedDict()
_ANALYSES_LOCK = threading.Lock()
ANALYSES_KEPT = 8


def _files_key(files: tuple[tuple[str, bytes], ...], aliases: str | None, topics: str | None) -> str:
    digest = hashlib.sha256()
    for part in (
        *(x for name, data in files for x in (name.encode(), data)),
        str(aliases).encode(),
        str(topics).encode(),
    ):
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)
    return digest.hexdigest()


def distinct_articles(articles: list[Article], problems: list[IngestProblem]) -> list[Article]:
    """Each article once: a second copy (the same content, uploaded again or in two folders)
    is named in `problems` and left out; two different articles of one file name (a/x.txt,
    b/x.txt) are told apart by their path."""
    seen: dict[str, str] = {}
    ids: set[str] = set()
    kept = []
    for article in articles:
        key = content_hash(article)
        where = article.path or article.id
        if key in seen:
            problems.append(IngestProblem(where, f"the same article as {seen[key]}; counted once"))
            continue
        if article.id in ids and article.path:
            article = dataclasses.replace(article, id=article.path)
        seen[key] = where
        ids.add(article.id)
        kept.append(article)
    return kept


def is_store(path: Path) -> bool:
    return path.suffix.lower() == ".duckdb" and path.is_file()


def open_corpus(
    files: tuple[tuple[str, bytes], ...],
    store: str | None,
    modified: float | None,
    aliases: str | None = None,
    topics: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[Corpus, tuple[str, ...]]:
    """The page's corpus: the analysed files plus a built store (attached, not read whole);
    one per version of the inputs (`modified` keys the store's version, `aliases` and `topics`
    the text of the newsroom's aliases and topics files), shared by sessions. (A store keeps
    the topics it was built with: `python -m analysis build --topics`.)"""
    frames, problems = analyse_files(files, aliases, topics, progress)
    return _corpus(_files_key(files, aliases, topics), store, modified, aliases, frames), problems


@st.cache_resource(max_entries=4, show_spinner=False)
def _corpus(files_key: str, store: str | None, modified: float | None, aliases: str | None, _frames: Frames):
    try:
        return Corpus.open(_frames, store, aliases_of(aliases))
    except duckdb.Error as error:  # a build holds the store, or it is not a store
        raise StoreUnavailable(str(error).splitlines()[0]) from None


class StoreUnavailable(Exception):
    """The store cannot be read now: a build holds it, or the file is damaged."""


def options_of(corpus: Corpus, speakers: int) -> dict:
    """What the filters offer: the most quoted speakers, the sources, the date range (the same
    for every view of a corpus, so asked once)."""
    return _options(corpus, corpus.key, speakers)


@st.cache_data(max_entries=8, show_spinner=False)
def _options(_corpus: Corpus, corpus_key: str, speakers: int) -> dict:
    return {
        "speaker": _corpus.speakers(speakers),
        "source": _corpus.sources(),
        "dates": _corpus.date_bounds(),
    }


def view_of(corpus: Corpus, filters: Filters, word_quotes: int) -> dict:
    """What the charts and metrics show under the filters (cached: going back to an earlier
    view, or turning a page of the table, asks nothing of the corpus again)."""
    return _view(corpus, corpus.key, filters, word_quotes)


@st.cache_data(max_entries=64, show_spinner=False)
def _view(_corpus: Corpus, corpus_key: str, filters: Filters, word_quotes: int) -> dict:
    return {
        "counts": _corpus.counts(filters),
        "speakers": _corpus.speaker_counts(filters),
        "unranked": _corpus.unranked(filters),
        "heatmap": _corpus.speaker_topics(filters),
        "timeline": _corpus.topic_counts(filters),
        "cues": _corpus.cue_counts(filters),
        "network": _corpus.addressee_pairs(filters),
        "words": _corpus.quote_texts(filters, word_quotes),
        "compare": _corpus.outlet_speakers(filters, COMPARED_SOURCES),
    }


def figure_of(corpus: Corpus, filters: Filters, lang: str, name: str, make: Callable[[], Any]) -> dict:
    """Chart `name`'s figure under the filters, as the page sends it (`make` builds it), cached:
    Plotly builds and checks a figure in tens of milliseconds (the heatmap's 80 ms were a fifth
    of the server's part of a first view on a 3,000-article store)."""
    return _figure(corpus.key, filters, lang, name, make)


@st.cache_data(max_entries=64, show_spinner=False)
def _figure(corpus_key: str, filters: Filters, lang: str, name: str, _make: Callable[[], Any]) -> dict:
    return json.loads(_make().to_json())


def speaker_view_of(corpus: Corpus, filters: Filters, view: dict, recent: int) -> dict:
    """What a speaker's page shows under the filters (one speaker chosen): its topics and whom
    it spoke to are the view's own (the same queries), the rest is asked once and cached."""
    return {
        **_speaker_view(corpus, corpus.key, filters, recent),
        "topics": view["heatmap"],
        "spoken_to": view["network"],
        "articles": view["counts"]["articles"],
    }


@st.cache_data(max_entries=64, show_spinner=False)
def _speaker_view(_corpus: Corpus, corpus_key: str, filters: Filters, recent: int) -> dict:
    return {
        "dates": _corpus.quote_dates(filters),
        "outlets": _corpus.source_counts(filters),
        "recent": _corpus.latest_quotes(filters, recent),
        "forms": _corpus.speaker_forms(filters.speakers[0]),
    }


def load_extractor() -> None:
    """Read a two-line article once: the extractor's lexicons (half a second) are then loaded
    before the first quote chosen from a store asks why it has its speaker."""
    _reasons("warm", "عنوان\n\nقال: «نعم».")


@st.cache_data(max_entries=32, show_spinner=False)
def speaker_reasons(article_id: str, text: str) -> dict[tuple[int, int], dict]:
    """Why each quote of an article has its speaker (`analysis.explain`), keyed by the quote's
    (paragraph, start): the article is read again, which takes milliseconds."""
    return _reasons(article_id, text)


def _reasons(article_id: str, text: str) -> dict[tuple[int, int], dict]:
    from analysis.explain import explain_article
    from analysis.ingest import stored_article

    return {
        (e.quote.para, e.quote.start): e.as_dict() for e in explain_article(stored_article(article_id, text))
    }


def missing_path_problem(path: Path) -> str | None:
    if path.exists():
        return None
    return str(next(item for item in read_paths([path]) if isinstance(item, IngestProblem)))
