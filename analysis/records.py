"""The records the library returns: articles, quotes and topic mentions.

Every offset is a character offset into `Article.text`, the article as read (title, newline,
then one paragraph a line); slicing the text with a record's offsets gives the record's text.
"""

from __future__ import annotations

import operator
import typing
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from typing import Literal, get_args

# What a quote's speaker is, and how the quote is reported (the gold's vocabulary).
SpeakerType = Literal["person", "organization", "anonymous", "media"]
QuoteKind = Literal["direct", "indirect", "mixed", "headline"]
SPEAKER_TYPES: tuple[SpeakerType, ...] = get_args(SpeakerType)
QUOTE_KINDS: tuple[QuoteKind, ...] = get_args(QuoteKind)


def speaker_type(kind: str) -> SpeakerType:
    """`kind` as a speaker type (a reader's kind that is none is a bug, not data)."""
    for known in SPEAKER_TYPES:
        if kind == known:
            return known
    raise ValueError(f"not a speaker type: {kind!r}")


def quote_kind(kind: str) -> QuoteKind:
    for known in QUOTE_KINDS:
        if kind == known:
            return known
    raise ValueError(f"not a quote kind: {kind!r}")


@dataclass(frozen=True)
class Paragraph:
    index: int  # 0 is the title
    start: int
    end: int

    def __reduce__(self):
        # Plain constructor arguments: an archive's articles are pickled to worker processes,
        # and the default dataclass protocol costs twice as much.
        return Paragraph, (self.index, self.start, self.end)


@dataclass(frozen=True)
class Article:
    id: str  # file name, or the record id for jsonl/csv/json
    text: str
    paragraphs: tuple[Paragraph, ...]
    title: str = ""
    date: str | None = None
    source: str | None = None
    url: str | None = None
    path: str | None = None

    def __reduce__(self):
        return Article, (
            self.id,
            self.text,
            self.paragraphs,
            self.title,
            self.date,
            self.source,
            self.url,
            self.path,
        )

    def paragraph_text(self, paragraph: Paragraph) -> str:
        return self.text[paragraph.start : paragraph.end]


@dataclass(frozen=True)
class Quote:
    article: str
    para: int
    speaker: str
    speaker_type: SpeakerType
    cue: str
    kind: QuoteKind
    content: str
    start: int  # content offsets in the article text
    end: int
    cue_start: int
    cue_end: int
    addressee: str | None = None
    speaker_start: int | None = None  # where the speaker is named in this paragraph, if it is
    speaker_end: int | None = None
    topics: tuple[str, ...] = field(default=())

    def as_dict(self) -> dict:
        return record_dict(self)


@dataclass(frozen=True)
class Mention:
    article: str
    para: int
    topic: str
    term: str  # the surface text
    start: int
    end: int
    quote: int | None = None  # the quote holding it: its index among its article's quotes

    def as_dict(self) -> dict:
        return record_dict(self)


@dataclass(frozen=True)
class EntityMention:
    """A person, organization, outlet or anonymous source named in an article: `text` as
    written at [start, end) of the article text, `canonical` the article's fullest name for it."""

    article: str
    para: int
    type: str  # person | organization | anonymous | media
    text: str
    canonical: str
    start: int
    end: int

    def as_dict(self) -> dict:
        return {
            "article": self.article,
            "para": self.para,
            "type": self.type,
            "text": self.text,
            "canonical": self.canonical,
            "start": self.start,
            "end": self.end,
        }


# ---------------------------------------------------------------- one definition of each record
# The store's tables, its row tuples, the CLI's JSON and the page's tables are made from the
# dataclasses above: a field added to a record reaches all of them.
def record_dict(record) -> dict:
    """A record as JSON-ready data: its fields in order, tuples as lists."""
    return {name: _plain(getattr(record, name)) for name in _field_names(type(record))}


def record_row(record) -> tuple:
    """A record's values in field order (tuples as lists), a row of its table."""
    return tuple([list(value) if isinstance(value, tuple) else value for value in _values(record)])


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}
_FIELD_GETTERS: dict[type, Callable[[object], tuple]] = {}


def _values(record) -> tuple:
    # (one getter of all fields per type: a row is made for every quote and mention of an
    # archive, and a getattr per field was a twentieth of a build's time outside the analysis)
    getter = _FIELD_GETTERS.get(type(record))
    if getter is None:
        getter = _FIELD_GETTERS[type(record)] = operator.attrgetter(*_field_names(type(record)))
    return getter(record)


def _field_names(record_type: type) -> tuple[str, ...]:
    # (asked for every quote and mention of an archive: `fields()` each time costs seconds)
    names = _FIELD_NAMES.get(record_type)
    if names is None:
        names = _FIELD_NAMES[record_type] = tuple(f.name for f in fields(record_type))
    return names


def sql_columns(record_type: type) -> list[tuple[str, str]]:
    """(name, DuckDB type) of each field of a record type, in order."""
    hints = typing.get_type_hints(record_type)
    return [(f.name, _sql_type(hints[f.name])) for f in fields(record_type)]


def _plain(value):
    return list(value) if isinstance(value, tuple) else value


def _sql_type(hint) -> str:
    args = [a for a in get_args(hint) if a is not type(None)]
    if hint is int or int in args:
        return "INTEGER"
    if typing.get_origin(hint) is tuple:
        return "VARCHAR[]"
    return "VARCHAR"  # str, a Literal of strings, or either with None
