"""Topic mentions: terms from lexicons/topics.yaml (or a user's YAML), found through clitics,
the article, and diacritics (ورفح، برفح، للمساعدات، المختطَفين)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from analysis.lexicon import load, stems, strip_article, written_forms
from analysis.normalize import normalize_ar
from analysis.records import Article, Mention
from analysis.segment import ParagraphText


@dataclass(frozen=True)
class Topic:
    id: str
    label_ar: str
    label_en: str
    terms: tuple[str, ...]


@dataclass(frozen=True)
class TopicIndex:
    topics: tuple[Topic, ...]
    # first word (bare) -> [(all words bare, topic id)], longest first
    by_first_word: dict[str, tuple[tuple[tuple[str, ...], str], ...]]
    # every written word that can open a term (رفح، ورفح، برفح، والرفح…): a paragraph whose
    # vocabulary shares none of them has no mention, and is not read word by word
    opening_words: frozenset[str]

    def label(self, topic_id: str, language: str = "ar") -> str:
        for topic in self.topics:
            if topic.id == topic_id:
                return topic.label_ar if language == "ar" else topic.label_en
        return topic_id


def _bare(word: str) -> str:
    return strip_article(normalize_ar(word))


def build_index(topics: Iterable[Topic]) -> TopicIndex:
    topics = tuple(topics)
    table: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for topic in topics:
        for term in topic.terms:
            words = tuple(_bare(w) for w in term.split())
            if words and (words, topic.id) not in table.get(words[0], []):
                table.setdefault(words[0], []).append((words, topic.id))
    return TopicIndex(
        topics,
        {k: tuple(sorted(v, key=lambda e: -len(e[0]))) for k, v in table.items()},
        _opening_words(table),
    )


def _opening_words(first_words) -> frozenset[str]:
    return frozenset(
        form for form in written_forms(first_words) if any(s in first_words for s in stems(form))
    )


def parse_topics(data: object, source: str) -> list[Topic]:
    if not isinstance(data, dict) or not isinstance(data.get("topics"), list):
        raise ValueError(f"{source}: expected a mapping with a 'topics' list")
    topics = []
    for number, entry in enumerate(data["topics"], 1):
        if not isinstance(entry, dict) or not entry.get("id") or not entry.get("terms"):
            raise ValueError(f"{source}: topic {number} needs an 'id' and a list of 'terms'")
        label = entry.get("label") or {}
        if isinstance(label, str):
            label = {"ar": label, "en": label}
        topics.append(
            Topic(
                str(entry["id"]),
                str(label.get("ar", entry["id"])),
                str(label.get("en", entry["id"])),
                tuple(str(t) for t in entry["terms"]),
            )
        )
    return topics


@cache
def default_topics() -> tuple[Topic, ...]:
    return tuple(parse_topics(load("topics"), "lexicons/topics.yaml"))


def load_topics(extra: str | Path | None = None) -> TopicIndex:
    """The default topics, plus (or overridden by id) those of a user's YAML file."""
    if not extra:
        return default_index()
    path = Path(extra)
    return load_topics_text(path.read_text(encoding="utf-8"), str(path))


def load_topics_text(text: str | None, source: str = "topics") -> TopicIndex:
    """`load_topics` from the text of a YAML file (None: the default topics). A YAML error is
    a ValueError naming the source."""
    if text is None:
        return default_index()
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise ValueError(f"{source}: not YAML ({str(error).splitlines()[0]})") from None
    topics = {t.id: t for t in default_topics()}
    for topic in parse_topics(data, source):
        topics[topic.id] = topic
    return build_index(topics.values())


@cache
def default_index() -> TopicIndex:
    return build_index(default_topics())


def find_mentions(
    article: Article, index: TopicIndex | None = None, texts: list[ParagraphText] | None = None
) -> list[Mention]:
    """Every topic term in the article; a multi-word term is one mention, not one per word.
    `texts` are the article's paragraphs already normalized and tokenized, if at hand."""
    index = index or default_index()
    mentions = []
    for n, paragraph in enumerate(article.paragraphs):
        text = texts[n] if texts else ParagraphText(article.paragraph_text(paragraph))
        if text.vocabulary.isdisjoint(index.opening_words):
            continue
        # (the word test written out: a property call per token of the archive costs more)
        words = [t for t in text.tokens if t.text[0].isalnum() or t.text[0] == "_"]
        opening = index.opening_words
        covered = 0  # words up to here are in a term found already
        for i in [i for i, t in enumerate(words) if t.text in opening]:
            found = _term_at(index, words, i) if i >= covered else None
            if not found:
                continue
            length, topic = found
            start, end = text.match.span_to_original(words[i].start, words[i + length - 1].end)
            start, end = paragraph.start + start, paragraph.start + end
            mentions.append(Mention(article.id, paragraph.index, topic, article.text[start:end], start, end))
            covered = i + length
    return mentions


def _term_at(index: TopicIndex, words, i: int) -> tuple[int, str] | None:
    """(length in words, topic) of the first, longest term that starts at word i."""
    for form in stems(words[i].text):
        for term, topic in index.by_first_word.get(form, ()):
            if i + len(term) <= len(words) and all(
                term[k] in stems(words[i + k].text) for k in range(1, len(term))
            ):
                return len(term), topic
    return None
