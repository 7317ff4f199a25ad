"""What a corpus teaches about names: the people it names in name positions, and its common words.

Two lists are learned from an archive (the shipped ones from `../shared/corpus/bulk.jsonl.gz`
by `scripts/learn_lexicons.py`; names and word statistics are facts, the texts stay where they
are):

- `learned_names.txt`: personal names read by the speaker grammar where a name must stand —
  after an honorific (السيد، الدكتور), a title (وزير الدفاع الأميركي) or in an apposition
  (…، لويد أوستن،) — in at least two articles, and the Al Mayadeen editors' tags that are
  names by the same grammar. A name met as «الرئيس X» in one article is then read whole in
  «قال X» in another.
- `common_words.txt`: words that take the article (غياب ← الغياب، جريمة ← الجريمة) in at least a
  tenth of their uses. Names almost never do (نتنياهو, بايدن: never), so an unknown common word
  after a cue is not a speaker's name (غياب، قتيل), and neither is its accusative (اتفاقاً).
"""

from __future__ import annotations

import contextlib
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Final

from analysis.lexicon import LEXICON_DIR, derive_fields
from analysis.normalize import normalize_ar

NAMES_FILE: Final = LEXICON_DIR / "learned_names.txt"
COMMON_FILE: Final = LEXICON_DIR / "common_words.txt"
DEFINITE_PREFIXES: Final = ("وال", "بال", "فال", "كال", "لل", "ال")
_WORD: Final = re.compile(r"\w+")


@dataclass(frozen=True)
class Gazetteer:
    names: dict[str, tuple[tuple[str, ...], ...]]  # first word -> learned names, longest first
    name_words: frozenset[str]  # every word of a learned name
    common: frozenset[str]
    # Names the archive being built teaches beyond the shipped ones (`use_archive_names`): they
    # count only where the whole name stands, so they change nothing in an article without one.
    archive: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    # Whether the words asked of the archive are recorded (`archive_words_asked`); not by the
    # reading of names to learn, which no archive name changes.
    records_asked: bool = True
    family_names: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        derive_fields(self)

    def in_archive(self, word: str, following: str) -> bool:
        """Whether a name the archive teaches starts with `word` (where `following` comes next:
        the two are recorded as asked)."""
        if _asked and self.records_asked:
            _asked[-1].add(f"{word} {following}")
        return word in self.archive

    @property
    def given_names(self) -> frozenset[str]:
        """Words that open two or more learned names and are not common words (عدنان، زهران):
        given names the lexicon does not list."""
        return frozenset(
            first
            for first, names in self.names.items()
            if len(names) >= 2
            and len(first) >= 3
            and first not in self.common
            and not (first[0] in "بلكوف" and first[1:] in self.common)
        )

    def _derive_family_names(self) -> frozenset[str]:
        """Words that end a learned name of two or more and are not common words (نتنياهو،
        بايدن، ماكرون): a person's family name, which alone names them."""
        return frozenset(
            name[-1]
            for names in self.names.values()
            for name in names
            if len(name) >= 2 and len(name[-1]) >= 3 and not is_common_word(name[-1], self.common)
        )

    def longest_name_at(self, words: list[str], i: int) -> int:
        """Length in words of the longest learned name that starts at words[i] (0: none)."""
        for name in self.names.get(words[i], ()) if i < len(words) else ():
            if tuple(words[i : i + len(name)]) == name:
                return len(name)
        return self.archive_name_at(words, i)

    def archive_name_at(self, words: list[str], i: int) -> int:
        """Length in words of the longest archive name that starts at words[i] (0: none)."""
        if i + 1 < len(words) and _asked and self.records_asked:
            _asked[-1].add(f"{words[i]} {words[i + 1]}")
        for name in self.archive.get(words[i], ()) if i < len(words) and self.archive else ():
            if tuple(words[i : i + len(name)]) == name:
                return len(name)
        return 0

    def is_common(self, word: str) -> bool:
        """A common word (see `is_common_word`) that no learned name has."""
        return word not in self.name_words and is_common_word(word, self.common)


def is_common_word(word: str, common: frozenset[str]) -> bool:
    """A common noun or adjective (it takes ال), or its accusative (اتفاقاً، ميدانياً)."""
    bare = word
    for prefix in DEFINITE_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            bare = word[len(prefix) :]
            break
    return bare in common or bare.endswith("ا") and bare[:-1] in common


def is_possessed(word: str, common: frozenset[str], unambiguous: bool = False) -> bool:
    """A common noun with a possessive pronoun (كلمته ← كلمة، مخططاته، قلقها). A final ه may
    also be a teh marbuta the normalizer folded (سلامة): `unambiguous` leaves it unless it
    follows the ت of a feminine noun (كلمته). A word with the article takes no pronoun: الثوابتة
    is a family name, not «his constants»."""
    if word.startswith(DEFINITE_PREFIXES):
        return False
    for suffix in ("ه", "ها", "هم", "هما"):
        stem = word[: -len(suffix)]
        if unambiguous and suffix == "ه" and not stem.endswith("ت"):
            continue
        if (
            word.endswith(suffix)
            and len(stem) >= 3
            and (
                is_common_word(stem, common)
                or stem.endswith("ت")
                and is_common_word(stem[:-1] + "ه", common)
                # (a final hamza sits on ي or و before the pronoun: زملائه ← زملاء، أبناؤهم ← أبناء)
                or stem[-1] in "ئؤ"
                and is_common_word(stem[:-1] + "ء", common)
            )
        ):
            return True
    return False


def _read_lines(path) -> list[str]:
    if not path.exists():
        return []
    return [
        line.strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]


def _by_first_word(names: Iterable[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for name in names:
        by_first.setdefault(name[0], []).append(name)
    return {first: tuple(sorted(group, key=len, reverse=True)) for first, group in by_first.items()}


@cache
def shipped_gazetteer() -> Gazetteer:
    names = _by_first_word(tuple(normalize_ar(line).split()) for line in _read_lines(NAMES_FILE))
    return Gazetteer(
        names=names,
        name_words=frozenset(w for group in names.values() for n in group for w in n),
        common=frozenset(normalize_ar(w) for w in _read_lines(COMMON_FILE)),
    )


_archive: list[Gazetteer] = []  # the shipped gazetteer with the archive's names, when set
_asked: list[set[str]] = []  # the words asked of the archive, while `archive_words_asked` records


@contextlib.contextmanager
def archive_words_asked() -> Iterator[set[str]]:
    """The first two words («w1 w2») of the names the reading inside asks the archive for.
    What is read depends on the archive's names (two words or more) only through them, as a
    whole name must stand where it is asked for: a reading that asked for none of the first
    two words of the names an archive gains or loses reads the same with them (`analysis.store`
    reads such an article again only when it asked)."""
    _asked.append(set())
    try:
        yield _asked[-1]
    finally:
        _asked.pop()


def gazetteer() -> Gazetteer:
    """The shipped gazetteer, with the names of the archive being built when a build set them."""
    return _archive[0] if _archive else shipped_gazetteer()


def use_archive_names(names: Iterable[tuple[str, ...]]) -> None:
    """Read the names an archive teaches (the store's `learned_names`) in this process from now
    on; none: the shipped gazetteer alone."""
    shipped = shipped_gazetteer()
    extra = sorted({n for n in names if len(n) >= 2} - {n for g in shipped.names.values() for n in g})
    _archive.clear()
    if extra:
        _archive.append(replace(shipped, archive=_by_first_word(extra)))


# ---------------------------------------------------------------- learning
def word_counts(texts: Iterable[str]) -> Counter:
    counts: Counter = Counter()
    for text in texts:
        counts.update(_WORD.findall(normalize_ar(text)))
    return counts


def common_words(counts: Counter, min_definite: int = 3, min_uses: int = 10, ratio: float = 0.1) -> list[str]:
    """Words used with the article in at least `ratio` of their bare uses."""
    definite: Counter = Counter()
    for word, n in counts.items():
        for prefix in DEFINITE_PREFIXES:
            if word.startswith(prefix) and len(word) - len(prefix) >= 2:
                definite[word[len(prefix) :]] += n
                break
    return sorted(
        w
        for w, d in definite.items()
        if d >= min_definite
        and d >= ratio * counts.get(w, 0)
        and d + counts.get(w, 0) >= min_uses
        and not w[0].isdigit()
    )
