"""The records the library returns: articles, quotes and topic mentions.

Every offset is a character offset into `Article.text`, the article as read (title, newline,
then one paragraph a line); slicing the text with a record's offsets gives the record's text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
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
        return {
            "article": self.article,
            "para": self.para,
            "speaker": self.speaker,
            "speaker_type": self.speaker_type,
            "cue": self.cue,
            "kind": self.kind,
            "content": self.content,
            "addressee": self.addressee,
            "topics": list(self.topics),
            "start": self.start,
            "end": self.end,
            "cue_start": self.cue_start,
            "cue_end": self.cue_end,
            "speaker_start": self.speaker_start,
            "speaker_end": self.speaker_end,
        }


@dataclass(frozen=True)
class Mention:
    article: str
    para: int
    topic: str
    term: str  # the surface text
    start: int
    end: int

    def as_dict(self) -> dict:
        return {
            "article": self.article,
            "para": self.para,
            "topic": self.topic,
            "term": self.term,
            "start": self.start,
            "end": self.end,
        }


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
