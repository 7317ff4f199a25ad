"""Tokens, quotation spans and sentences of one paragraph's normalized text."""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass
from typing import Final

from analysis.names import name_grammar
from analysis.normalize import MatchText

# Opening mark -> closing mark. The straight marks close themselves.
PAIRS: Final = {"“": "”", "«": "»", "„": "“", "‹": "›", '"': '"', "''": "''"}
CLOSERS: Final = {"”", "»", "›"}
_MARK: Final = re.compile(r"''|[“”«»„‹›\"]")
_TOKEN: Final = re.compile(r"''|\w+|[^\w\s]")
_SENTENCE_END: Final = re.compile(r"[.!?؟]+(?=\s|$|[\"”»])|\n")


class Token:
    """A token of normalized text. There is one per word of the archive, read many times: a
    plain class, because the compiled build makes it a C struct with a C constructor (a named
    tuple's fields are looked up by name, and a frozen dataclass is built through Python-level
    `object.__setattr__` calls, a tenth of the analysis)."""

    __slots__ = ("text", "start", "end", "surface")

    def __init__(self, text: str, start: int, end: int, surface: str = "") -> None:
        self.text: Final = text  # normalized
        self.start: Final = start
        self.end: Final = end
        self.surface: Final = surface  # as written, where normalization merged words (على/علي)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Token) and (self.text, self.start, self.end, self.surface) == (
            other.text,
            other.start,
            other.end,
            other.surface,
        )

    def __hash__(self) -> int:
        return hash((self.text, self.start, self.end, self.surface))

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end}, {self.surface!r})"


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """Quotation marks at `open` and `close`; `open` is -1 when the opening mark is missing,
    `close` is the text length when the closing mark is missing."""

    open: int
    close: int

    def contains(self, index: int) -> bool:
        return self.open < index < self.close


def tokenize(text: str, words: list[str] | None = None) -> list[Token]:
    """The tokens of normalized text; `words`, its token texts in order, when already found.
    Each is located with str.find from the end of the one before, which costs less than a
    regex match object per token (this runs for nearly every word of the archive)."""
    tokens: list[Token] = []
    end = 0
    for word in _TOKEN.findall(text) if words is None else words:
        start = text.find(word, end)
        end = start + len(word)
        tokens.append(Token(word, start, end))
    return tokens


class ParagraphText:
    """One paragraph's normalized text and tokens, made once per paragraph and read by both the
    topic finder and the quote extractor. `vocabulary` (its distinct token texts) lets a reader
    classify each word once and then visit only the tokens that can matter to it."""

    def __init__(self, original: str):
        self.match = MatchText.of(original)
        self._words = _TOKEN.findall(self.match.text)
        self.vocabulary = frozenset(self._words)
        self._tokens_memo: list[Token] | None = None  # (made on first use: `tokens`)

    @property
    def tokens(self) -> list[Token]:
        if self._tokens_memo is None:
            self._tokens_memo = tokenize(self.match.text, self._words)
        return self._tokens_memo

    def token_indices(self, words) -> list[int]:
        """Indices of the tokens whose text is one of `words`, in order."""
        if not words:
            return []
        # (the texts, not the tokens: a paragraph none of whose words is wanted is never tokenized)
        return [i for i, word in enumerate(self._words) if word in words]


_CLOSING_PUNCTUATION: Final = frozenset(".،,:؛!?؟)]")


def _straight_role(text: str, i: int, width: int) -> str:
    """'open', 'close' or '' (either) for a straight mark, from what stands beside it."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else " "
    # A mark followed by punctuation closes (the scraper's spaced «" إكس "،» included).
    opens = (before.isspace() or before in "(([،,:؛") and not (
        after.isspace() or after in _CLOSING_PUNCTUATION
    )
    closes = not before.isspace() and (after.isspace() or not after.isalnum())
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return ""


# Quotation marks read per paragraph: news has tens; a paragraph of thousands is not speech
# (a table of inches, a scraper's debris), and reading them all would cost time and memory.
MAX_QUOTE_MARKS: Final = 10_000


def _opener_spaced_off(text: str, at: int, mark: str) -> bool:
    """The paragraph's first straight mark, at `at` and shaped as a closer, is an opener the
    scraper set off with a space on the wrong side (وقال" أنتِ لا تمثلين… منك"، معتبراً): the
    next mark of its kind closes as well, so the two pair, and the paragraph's marks of its kind
    are even in number: all paired. A lone closer, or one before an opener (…انتهت". وأضاف
    "نحن…) or among an odd number, ends a quotation whose opener is in an earlier paragraph or
    lost."""
    following = [
        found.start()
        for found in itertools.islice(_MARK.finditer(text, at + len(mark)), MAX_QUOTE_MARKS)
        if found.group() == mark
    ]
    return len(following) % 2 == 1 and _straight_role(text, following[0], len(mark)) != "open"


def quote_spans(text: str) -> list[QuoteSpan]:
    """Quotation spans, tolerant of missing marks (a lone closer opens at the text start)."""
    spans: list[QuoteSpan] = []
    opened: tuple[int, str] | None = None  # position and expected closer
    straight_seen = False  # (only the first straight mark may be an opener spaced off)
    for match in itertools.islice(_MARK.finditer(text), MAX_QUOTE_MARKS):
        mark, at = match.group(), match.start()
        if mark in ('"', "''"):
            role = _straight_role(text, at, len(mark))
            if opened and opened[1] == mark and role != "open":
                spans.append(QuoteSpan(opened[0], at))
                opened = None
            elif (
                opened is None
                and role == "close"
                and (straight_seen or not _opener_spaced_off(text, at, mark))
            ):
                spans.append(QuoteSpan(-1, at))
            elif opened is None:
                opened = (at, mark)
            straight_seen = True
            continue
        if opened and mark == opened[1]:
            spans.append(QuoteSpan(opened[0], at))
            opened = None
        elif mark in CLOSERS and opened is None:
            start = spans[-1].close if spans else -1
            spans.append(QuoteSpan(start, at))
        elif mark in PAIRS and opened is None:
            opened = (at, PAIRS[mark])
    if opened:
        spans.append(QuoteSpan(opened[0], len(text)))
    return spans


class QuoteIndex:
    """Which quotation (if any) holds a position, in O(log n): spans come sorted and disjoint."""

    def __init__(self, spans: list[QuoteSpan]):
        self.spans = sorted(spans, key=lambda span: span.open)
        self._opens = [span.open for span in self.spans]

    def at(self, index: int) -> QuoteSpan | None:
        if not self._opens:
            return None
        k = bisect.bisect_left(self._opens, index) - 1
        if k >= 0 and self.spans[k].contains(index):
            return self.spans[k]
        return None


def _title_stop(text: str, at: int) -> bool:
    """The full stop at `at` is the title د. for دكتور (يقول د. حيدورة إن…), or one of a name's
    initials (الأسير م. ع. إن…، الطفل و. ز، لورا إيه. كولانجيلو), no sentence's end (not م. alone:
    it is also the year's «AD»)."""
    if text[at : at + 1] == "." and _spelled_initial_before(text, at):
        return True
    if text[at] != "." or at < 1 or not _single_letter_before(text, at):
        return False
    if text[at - 1] == "د":
        return True
    if text[at - 1] == "م" and _engineer_before(text, at):
        return True  # (وقال م. عبدالعزيز السلمان إن…: مهندس, no year's «AD» after a word)
    if (
        text[at - 1] not in YEAR_ERA_LETTERS
        and at + 2 < len(text)
        and text[at + 1] == " "
        and text[at + 2].isalpha()
    ):
        return True  # (وزير الداخلية ك. شانموغام: a lone initial, no sentence ends on one letter)
    # (an initial: another one stands right after it, or right before it)
    after = text[at + 1 : at + 4]
    return (
        bool(_INITIAL_AFTER.match(after))
        or at >= 4
        and _single_letter_before(text, at - 3)
        and text[at - 3] == "."
    )


# The letters that end a year's number as its era (2023 م.، 1445 هـ.): a sentence may end on them.
YEAR_ERA_LETTERS: Final = frozenset("مهـ")


def _engineer_before(text: str, at: int) -> bool:
    """«م.» at `at` stands after a word, not a year (2015 م.), and before a name: the title
    مهندس abbreviated."""
    before = text[: at - 1].rstrip()
    return (
        at >= 2
        and text[at - 2] == " "
        and bool(before)
        and before[-1].isalpha()
        and text[at + 1 : at + 2] == " "
        and text[at + 2 : at + 3].isalpha()
    )


_INITIAL_AFTER: Final = re.compile(r" \w(?:\.|\s|$)")


def _spelled_initial_before(text: str, at: int) -> bool:
    """A Latin letter spelled out stands alone before `at` (normalized), after a given name (a
    word of three letters or more, no letter: not the last of an acronym, البي بي سي.) and
    before a word after the stop."""
    start = text.rfind(" ", 0, at) + 1
    before = text[: max(start - 1, 0)].rsplit(" ", 1)[-1]
    letters = name_grammar().spelled_initials
    return (
        text[start:at] in letters
        and len(before) >= 3
        and before.isalpha()
        and before not in letters
        and at + 2 < len(text)
        and text[at + 1] == " "
        and text[at + 2].isalpha()
    )


def _single_letter_before(text: str, at: int) -> bool:
    """The character before `at` is a letter standing alone (after a space, a bracket or the start)."""
    return at >= 1 and text[at - 1].isalpha() and (at == 1 or text[at - 2] in " (")


_NEXT_SENTENCE_OPENS: Final = re.compile(r"\s+[وف]")


def _ends_with_its_quotation(text: str, end: int, quote: QuoteSpan) -> bool:
    """The full stop ending at `end` is the quotation's last character and a sentence opened
    by و or ف follows its closing mark (…لديه." وأضاف "…): the sentence ends with the
    quotation, as wire copy writes it; not before a cue that reports the words after them
    (…جداً." قال الوزير)."""
    return end == quote.close and _NEXT_SENTENCE_OPENS.match(text, quote.close + 1) is not None


def sentences(text: str, spans: list[QuoteSpan]) -> list[tuple[int, int]]:
    """Sentence spans; a full stop inside a quotation does not end the sentence, but one that
    ends the quotation may (`_ends_with_its_quotation`)."""
    quotes = QuoteIndex(spans)
    bounds, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        if _title_stop(text, match.start()):
            continue
        end = match.end()
        quote = quotes.at(match.start())
        if quote is not None:
            if not _ends_with_its_quotation(text, end, quote):
                continue
            end = quote.close + 1
        if text[start:end].strip():
            bounds.append((start, end))
        start = end
    if text[start:].strip():
        bounds.append((start, len(text)))
    return bounds
