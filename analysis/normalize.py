"""Arabic normalization for matching, with a map back to the original text.

The library never changes the text it shows: it matches on a normalized copy (diacritics and
tatweel removed, alef/yeh/teh-marbuta forms unified, Persian letters mapped to Arabic) and maps
every position in that copy back into the original with `MatchText.to_original`.
The character table is built from camel-tools' own normalizers, so the rules are theirs.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Final

from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import (
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
)

TATWEEL: Final = "\u0640"
# Letters that Persian/Urdu keyboards put into Arabic text.
_PERSIAN: Final = {"\u06cc": "\u064a", "\u06a9": "\u0643", "\u06c1": "\u0647", "\u06d5": "\u0647"}
# Bidi controls and zero-width characters carry no meaning for matching.
_INVISIBLE: Final = (
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
)


def _normalize_char(char: str) -> str:
    if char == TATWEEL or char in _INVISIBLE:
        return ""
    char = _PERSIAN.get(char, char)
    char = dediac_ar(char)
    return normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(char)))


@cache
def _tables() -> tuple[dict[int, str | None], re.Pattern]:
    """str.translate table for every Arabic code point, and a pattern of deleted characters."""
    table: dict[int, str | None] = {}
    deleted = []
    for code in [*range(0x0600, 0x0780), *range(0x08A0, 0x0900), *map(ord, _INVISIBLE)]:
        char = chr(code)
        normal = _normalize_char(char)
        if normal == char:
            continue
        if normal == "":
            table[code] = None
            deleted.append(re.escape(char))
        else:
            table[code] = normal
    # The one character whose lower case is two (İ: i and a combining dot) would shift every
    # offset after it (Turkish names in news: İstanbul); it is read as i.
    table[0x130] = "i"
    return table, re.compile("[" + "".join(deleted) + "]")


# Code points below this are translated through a list, those above (rare in news but for the
# byte-order mark) by their own replacements.
_LISTED_CODES: Final = 0x2070


@cache
def _translation() -> tuple[list[str], tuple[tuple[str, str], ...]]:
    """`_tables`'s table as a list by code point, and the few characters beyond it with their
    replacements: str.translate reads a list about twice as fast as a dict, and it runs over
    every character of the archive (a code point beyond the list is left as it is)."""
    table, _ = _tables()
    listed = [chr(code) for code in range(_LISTED_CODES)]
    for code, char in table.items():
        if code < _LISTED_CODES:
            listed[code] = char or ""
    beyond = tuple((chr(code), char or "") for code, char in table.items() if code >= _LISTED_CODES)
    return listed, beyond


def _translated(text: str) -> str:
    listed, beyond = _translation()
    text = text.translate(listed)
    for char, replacement in beyond:  # (the byte-order mark)
        if char in text:
            text = text.replace(char, replacement)
    return text


def normalize_ar(text: str) -> str:
    """The matching form of `text` (not length-preserving; use MatchText for offsets)."""
    return _translated(text).lower()


def translate_pair() -> tuple[str, str]:
    """`normalize_ar` as the two strings of SQL's translate(text, from, to) (characters of
    `from` beyond the length of `to` are deleted), to be followed by lower()."""
    table, _ = _tables()
    mapped = [(chr(code), char) for code, char in table.items() if char is not None]
    deleted = [chr(code) for code, char in table.items() if char is None]
    return "".join(a for a, _ in mapped) + "".join(deleted), "".join(b for _, b in mapped)


def fold_presentation_forms(text: str) -> str:
    """Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF, from old PDF tools) as letters."""
    return _PRESENTATION.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)


_PRESENTATION: Final = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]+")


@dataclass(frozen=True)
class MatchText:
    """A normalized copy of `original` that knows where each of its characters came from."""

    original: str
    text: str
    # Positions in `text` where deleted characters were; sorted, one per deleted character.
    _gaps: tuple[int, ...]

    @classmethod
    def of(cls, original: str) -> MatchText:
        _, deleted = _tables()
        text = _translated(original).lower()
        # (every character is kept or deleted, never made two: the same length, no deletion)
        gaps = (
            ()
            if len(text) == len(original)
            else tuple(m.start() - k for k, m in enumerate(deleted.finditer(original)))
        )
        return cls(original, text, gaps)

    def to_original(self, index: int) -> int:
        """Position in the original text of position `index` of the normalized text.

        A deletion sitting at normalized position p lies before the character at p, so every
        gap at or before `index` shifts it right by one.
        """
        return index + bisect.bisect_right(self._gaps, index)

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original span of a normalized span [start, end): diacritics after the last letter stay in."""
        if end <= start:
            begin = self.to_original(start)
            return begin, begin
        trailing = bisect.bisect_right(self._gaps, end) - bisect.bisect_right(self._gaps, end - 1)
        begin, finish = self.to_original(start), self.to_original(end - 1) + 1 + trailing
        # Diacritics after the last letter belong to it; bidi marks and zero-widths do not.
        while finish > begin and self.original[finish - 1] in _INVISIBLE + TATWEEL:
            finish -= 1
        return begin, finish
