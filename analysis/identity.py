"""One source, one name across an archive.

The extractor names each quote's speaker as its article writes it; across thousands of articles
one person is written many ways (نتنياهو، بنيامين نتنياهو، لبنيامين نتنياهو), one movement too
(حماس، حركة حماس، حركة "حماس"). This module gives every written form its canonical source:

1. **Clean** (`clean_name`): invisible characters, odd spaces, tatweel and quotation marks go;
   the form is read again by the speaker grammar (`speakers.PhraseReader`), which drops a
   leading preposition (لبنيامين) and spill-over words after the name (نصر الله الاحتلال…).
2. **Key** (`SourceName.key`): normalized words, hamza seats unified, عبد joined to its word
   (عبد الله = عبدالله); a person is keyed by the name without titles; a body or outlet by its
   proper name without the head and adjectives (صحيفة "هآرتس" الإسرائيلية → هارتس).
3. **Merge** (`canonical_sources`): equal keys are one source; a person's short form (a surname)
   joins the one full name that ends with it when that name has at least
   `DOMINANCE` of the quotes of all names ending with it (نتنياهو → بنيامين نتنياهو, not
   يائير نتنياهو); a body's short form joins its one longer form the same way
   (وزارة الصحة → وزارة الصحة في غزة, unless وزارة الصحة الفلسطينية is as quoted). Two full
   names are never merged, a given name alone never joins anyone, anonymous sources (مصادر)
   are never one person across articles, and a form the grammar cannot read as a source is a
   `fragment`, never a canonical speaker.
4. **Correct** (`Aliases`): a newsroom's YAML file merges forms, keeps forms apart and gives
   display names in Arabic and Latin script; `analysis/aliases.yaml` is the shipped starter.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from pathlib import Path
from typing import Final

import yaml

from analysis.gazetteer import gazetteer, is_common_word, is_possessed
from analysis.names import name_grammar
from analysis.normalize import normalize_ar
from analysis.quotes import glued_cuts, glued_parts
from analysis.segment import ParagraphText
from analysis.speakers import (
    ANONYMOUS,
    FUNCTION_WORDS,
    MEDIA,
    ORGANIZATION,
    PERSON,
    EntityRegistry,
    PhraseReader,
    nisba_shaped,
    speaker_lexicon,
    with_written_forms,
)

FRAGMENT = "fragment"  # a written form that names no recognizable source
DOMINANCE = 0.8
GLUED_LENGTH = 12  # longer unknown words are words the scraper glued together
# Beside the code, not in lexicons/: a change to it re-canonicalizes a store, it does not make
# the analyser a new version (store.ANALYSER_FILES).
ALIASES_FILE = Path(__file__).with_name("aliases.yaml")
# Zero-width and bidi controls, the BOM and tatweel: invisible, yet they make two names differ.
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u0640\u00ad]")
_SPACES = re.compile(r"[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+")
_MARKS = re.compile("[\"“”«»„‹›'`()\\[\\]{}]")
_EDGE = " ،,.:؛;-–—!؟?"


def clean_name(text: str) -> str:
    """The name without invisible characters, quotation marks, odd spaces or edge punctuation."""
    text = _MARKS.sub(" ", _INVISIBLE.sub("", text or ""))
    return _SPACES.sub(" ", text).strip(_EDGE)


@dataclass(frozen=True)
class SourceName:
    written: str  # as the quote gives it
    display: str  # cleaned, and cut to what the grammar reads as the source
    key: tuple[str, ...]  # what equal sources share
    kind: str  # person | organization | media | anonymous | fragment

    @property
    def is_fragment(self) -> bool:
        return self.kind == FRAGMENT

    def _replace_written(self, written: str) -> SourceName:
        return SourceName(written, self.display, self.key, self.kind)


def _key_words(text: str) -> tuple[str, ...]:
    # القناة الـ12 = القناة 12: the article before a number is how one writes it, not the name
    words = [w[2:] if w.startswith("ال") and w[2:].isdigit() else w for w in normalize_ar(text).split()]
    out: list[str] = []
    for word in words:
        if out and out[-1] == "عبد":
            out[-1] += word  # عبد الله = عبدالله
        else:
            out.append(word)
    return name_grammar().in_nominative(tuple(out))


@lru_cache(maxsize=1 << 16)
def read_source(written: str, kind: str) -> SourceName:
    """Read a written speaker with the speaker grammar (its quotation marks still there, they
    delimit outlet names), cut what is not the source, clean and key it."""
    visible = _without_clitic(
        _unglued(_SPACES.sub(" ", _INVISIBLE.sub("", _without_stray_mark(written or ""))).strip(_EDGE))
    )
    text = ParagraphText(visible)
    tokens = with_written_forms(
        text.tokens, text.vocabulary, lambda a, b: visible[slice(*text.match.span_to_original(a, b))]
    )
    lexicon = speaker_lexicon()
    if not tokens:
        return SourceName(written, "", (), FRAGMENT)
    registry = EntityRegistry()
    if kind == PERSON and _reads_as_name(tokens):
        # the extractor read a person's name here (عمار بن جامع، سلامة معروف): its words are a
        # name even where they are also common words
        words = tuple(t.text for t in tokens)
        registry.learn(visible, words, "", ())
    phrase, _ = PhraseReader(tokens, registry).read(0, len(tokens), subject=True)
    if phrase is None:
        cleaned = clean_name(visible)
        if cleaned != visible and cleaned:  # a quoted name alone: "هآرتس"
            return read_source(cleaned, kind)._replace_written(written)
        return SourceName(written, cleaned, _key_words(cleaned), FRAGMENT)

    def surface(a: int, b: int) -> str:
        while b > a + 1 and (
            tokens[b - 1].text in FUNCTION_WORDS
            or tokens[b - 1].text.isdigit()
            and tokens[b - 2].text in FUNCTION_WORDS
            or not tokens[b - 1].text[:1].isalnum()
        ):
            b -= 1  # "صحيفة هآرتس في 18"، "كتائب شهداء الأقصى في" (but القناة 12)
        begin, end = text.match.span_to_original(tokens[a].start, tokens[b - 1].end)
        return clean_name(visible[begin:end])

    if phrase.name:
        a, b = phrase.name
        display = surface(a, _person_end(tokens, a, b))
        key = _key_words(display)
        if len(key) == 1 and lexicon.category(key[0]) == "given":
            return SourceName(written, display, key, FRAGMENT)  # محمد، حسين: a first name alone
        return SourceName(written, display, key, PERSON)
    end = _body_end(tokens, phrase.start, phrase.end)
    display = surface(phrase.start, end)
    body_words = [t.text for t in tokens[phrase.start : end] if t.text[:1].isalpha()]
    head = lexicon.category(body_words[0] if body_words else "")
    if phrase.kind == MEDIA and len(body_words) > 1 and body_words[-1] in lexicon.outlet_name_ends:
        head = "media"  # (فايننشال تايمز، واشنطن بوست: an outlet by the end of its name)
    if (
        head not in ("title", "organization", "media", "anonymous", "place", "statement")
        or len(body_words) == 1
        and (head in ("organization", "media") and _generic(body_words[0]) or head == "title")
    ):
        # الصحيفة، الحركة، الكاتب, unresolved in their article: a head, not a source
        return SourceName(written, display, _key_words(display), FRAGMENT)
    if kind == ANONYMOUS or head == "anonymous":
        found = ANONYMOUS
    elif head == "media" or kind == MEDIA:
        found = MEDIA
    elif head == "title" or kind == PERSON:
        found = PERSON
    else:
        found = ORGANIZATION
    return SourceName(written, display, _key_words(display), found)


def _without_stray_mark(written: str) -> str:
    """A lone quotation mark left from a head the article set in scare quotes, whose other
    mark the speaker's span did not take (جيش" الاحتلال الإسرائيلي، القناة 12" الإسرائيلية): the
    words without it. Not after an outlet's own name («عكاظ» وضعت…: the name ends at its mark)."""
    marks = [c for c in written if c in _QUOTATION_MARKS]
    if len(marks) != 1:
        return written
    first = normalize_ar(written.split()[0].strip("".join(_QUOTATION_MARKS)))
    lexicon = speaker_lexicon()
    bare = first.removeprefix("ال")
    if not (
        lexicon.category(first) in ("organization", "title")
        or bare in lexicon.outlet_heads
        or "ال" + bare in lexicon.outlet_heads
    ):
        return written
    return _SPACES.sub(" ", written.replace(marks[0], " ")).strip()


_QUOTATION_MARKS: Final = frozenset('"“”«»')


def _reads_as_name(tokens) -> bool:
    """Two to five words, none of them behind a preposition or with a possessive pronoun, no
    accusative, no first-person verb, nothing the lexicons class (a title, a body): the shape
    of a person's name, not of a phrase (بإطاحة نتنياهو، كلمته بعبارة)."""
    words = [t.text for t in tokens]
    if not 2 <= len(words) <= 5 or not all(w[:1].isalpha() for w in words):
        return False
    reader = PhraseReader(tokens, EntityRegistry())
    lexicon, common = speaker_lexicon(), gazetteer().common
    for k, word in enumerate(words):
        if (
            name_grammar().is_particle(word)
            or lexicon.category(word) == "given"
            or word in lexicon.given_names
        ):
            continue  # (باسم نعيم: a given name that is a preposition's phrase too)
        if (
            lexicon.category(word) not in ("", "nisba")
            or is_possessed(word, common, unambiguous=True)
            or k > 0
            and word[:1] in "يت"
            and len(word) >= 4
            and word not in gazetteer().name_words
            or word.endswith("ا")
            and is_common_word(word[:-1], common)
            or word[:1] in "بلك"
            and is_common_word(word[1:], common)
            # (كوبي مروم: not ك «like» on a word of three letters)
            and (word[0] != "ك" or len(word) > 4)
            or k == 0
            and reader.not_a_name(0)
            and len(word) >= 5
            and word.endswith("نا")
        ):
            return False
    return True


def _unglued(text: str) -> str:
    """Words the scraper glued to an outlet are parted (مصدر خاصبالميادين → خاص بالميادين;
    مراسلالميادين → مراسل الميادين)."""
    words = text.split(" ")
    for n, word in enumerate(words):
        cuts = glued_cuts(normalize_ar(word))
        if cuts and len(normalize_ar(word)) == len(word):  # no diacritics: the indices agree
            words[n] = " ".join(glued_parts(word, cuts))
    return " ".join(words)


def _body_end(tokens, start: int, end: int) -> int:
    """Where a body's or outlet's name surely ends: at a relay (صحيفة هآرتس | عن مسؤولين), at
    anything but adjectives and a place after an adjective (الإسرائيلية | تقريراً), at a word
    glued by the scraper (البريطانيةمشاركة). Other spill-over is settled across the archive."""
    lexicon = speaker_lexicon()
    after_adjective = after_function = False
    for k in range(start + 1, end):
        word = tokens[k].text
        if not word[:1].isalpha():
            continue
        category = lexicon.category(word)
        if (
            word == "عن"
            or len(word) > GLUED_LENGTH
            and category == ""
            or is_possessed(word, gazetteer().common, unambiguous=True)
        ):
            return k  # a relay, a glued word, a possessed noun (هآرتس في | افتتاحيتها)
        if (
            word.startswith("ل")
            and not word.startswith("ال")
            and k - 1 == start
            and not gazetteer().is_common(tokens[start].text)
            and category in ("media", "organization", "title")
        ):
            return k  # حماس | للميادين: a name spoken to an outlet, not its complement
        # a complement: للجناح، لإغاثة، بالبنتاغون، في البيت
        complement = (
            after_function
            or word.startswith("ل")
            and not word.startswith("ال")
            or word.startswith("ب")
            and (category != "" or word[1:].startswith("ال"))
        )
        after_function = word in FUNCTION_WORDS
        if after_function or category in ("nisba", "place") or complement:
            after_adjective = (after_adjective or category == "nisba") and not complement
            continue
        if after_adjective:
            return k
    return end


def _person_end(tokens, a: int, b: int) -> int:
    """A name goes no further than a conjunction before a noun (بنيامين نتنياهو | وحكومته) or a
    preposition before a common word (نتنياهو | بعنف)."""
    common, lexicon = gazetteer().is_common, speaker_lexicon()
    for k in range(a + 1, b):
        word = tokens[k].text
        if (
            word[:1] in "وبلك"
            and len(word) > 2
            and lexicon.category(word) != "given"
            and word not in gazetteer().name_words
            and (common(word[1:]) or is_possessed(word[1:], gazetteer().common))
        ):
            return k
    return b


def _without_clitic(display: str) -> str:
    """لبنيامين نتنياهو → بنيامين نتنياهو: a preposition on the first word of a known name."""
    words = display.split()
    if not words:
        return display
    first = normalize_ar(words[0])
    lexicon = speaker_lexicon()
    if (
        first[:1] in "لب"
        and len(first) > 3
        and first not in lexicon.given_names
        and not lexicon.listed_as_written(first)  # (لجان المقاومة: the body's head, not ل + جان)
        and lexicon.category(first[1:]) in ("given", "title", "organization", "media")
        and not first.startswith("ال")
    ):
        words[0] = words[0][1:]
    return " ".join(words)


def proper_core(source: SourceName) -> tuple[str, ...]:
    """A body's or outlet's own name: its key without the head words that introduce a name
    (حركة، صحيفة، قناة) and without adjectives of origin (الإسرائيلية)."""
    lexicon = speaker_lexicon()
    words = list(source.key)
    # a head before a proper name (صحيفة هآرتس، حركة حماس), not before another body
    # (إذاعة جيش الاحتلال is not the army)
    if len(words) > 1 and words[0] in _NAME_HEADS and not gazetteer().is_common(words[1]):
        words.pop(0)
    # adjectives after a proper name (هآرتس الإسرائيلية), not after a head (وزارة الصحة
    # الفلسطينية is not وزارة الصحة)
    if not _generic(words[0]) and not gazetteer().is_common(words[0]):
        while len(words) > 1 and lexicon.category(words[-1]) == "nisba":
            words.pop()
    if len(words) == 1 and (lexicon.category(words[0]) == "place" or gazetteer().is_common(words[0])):
        return source.key  # صحيفة الأخبار is not الأخبار, قناة 12 is not 12
    return tuple(words)


_NAME_HEADS = frozenset(
    normalize_ar(w)
    for w in ["حركة", "صحيفة", "جريدة", "قناة", "وكالة", "موقع", "شبكة", "إذاعة", "مجلة", "تلفزيون"]
)
# Heads that name a kind of body, not one body (الصحيفة، الوزارة، هيئة، وسائل إعلام).
_GENERIC_HEADS = _NAME_HEADS | frozenset(
    normalize_ar(w)
    for w in [
        "وزارة",
        "هيئة",
        "منظمة",
        "مؤسسة",
        "مركز",
        "لجنة",
        "مكتب",
        "شركة",
        "جمعية",
        "حكومة",
        "وسائل",
        "إعلام",
        "الإعلام",
        "دول",
        "جهات",
        "سلطات",
        "قوات",
        "مجلس",
        "حزب",
        "جبهة",
        "كتائب",
        "سرايا",
        "ألوية",
        "فصائل",
        "الفصائل",
        "جيش",
        "إدارة",
        "محكمة",
        "مرصد",
        "برلمان",
        "سفارة",
        "بلدية",
        "نقابة",
        "اتحاد",
        "تحالف",
        "ائتلاف",
    ]
)


def _generic(word: str) -> bool:
    return word in _GENERIC_HEADS or word.startswith("ال") and word[2:] in _GENERIC_HEADS


# ---------------------------------------------------------------- corrections
@dataclass(frozen=True)
class AliasEntry:
    name: str
    latin: str | None = None
    forms: tuple[str, ...] = ()
    separate: tuple[str, ...] = ()


@dataclass(frozen=True)
class Aliases:
    entries: tuple[AliasEntry, ...] = ()

    @cached_property
    def _latin_by_key(self) -> dict[tuple[str, ...], str]:
        out: dict[tuple[str, ...], str] = {}
        for entry in self.entries:  # the first entry for a name wins
            if entry.latin:
                out.setdefault(_key_words(entry.name), entry.latin)
        return out

    def latin(self, canonical: str) -> str | None:
        return self._latin_by_key.get(_key_words(clean_name(canonical)))


def parse_aliases(data, where: str) -> Aliases:
    if data is None:
        return Aliases()
    if not isinstance(data, dict) or not isinstance(data.get("sources", []), list):
        raise ValueError(f"{where}: an aliases file is a mapping with a 'sources' list")
    entries = []
    for number, item in enumerate(data.get("sources") or [], 1):
        if not isinstance(item, dict) or not isinstance(item.get("name"), str) or not item["name"].strip():
            raise ValueError(f"{where}: sources entry {number} needs a 'name'")
        forms, separate = item.get("forms") or [], item.get("separate") or []
        if not all(isinstance(f, str) for f in [*forms, *separate]):
            raise ValueError(f"{where}: sources entry {number}: forms must be text")
        latin = item.get("latin")
        entries.append(
            AliasEntry(
                clean_name(item["name"]),
                str(latin) if latin else None,
                tuple(map(clean_name, forms)),
                tuple(map(clean_name, separate)),
            )
        )
    return Aliases(tuple(entries))


@cache
def starter_aliases() -> Aliases:
    with ALIASES_FILE.open(encoding="utf-8") as handle:
        return parse_aliases(yaml.safe_load(handle), "analysis/aliases.yaml")


def load_aliases(path: str | Path | None) -> Aliases:
    """The shipped starter aliases, then the newsroom's file (its entries win)."""
    if path is None:
        return starter_aliases()
    return load_aliases_text(Path(path).read_text(encoding="utf-8"), str(path))


def load_aliases_text(text: str, where: str) -> Aliases:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise ValueError(f"{where}: not YAML ({error})") from error
    return Aliases(parse_aliases(data, where).entries + starter_aliases().entries)


# ---------------------------------------------------------------- canonical sources
@dataclass(frozen=True)
class Canonical:
    name: str
    kind: str
    latin: str | None = None


def canonical_sources(
    speakers: Iterable[tuple[str, str, int]],
    aliases: Aliases | None = None,
    sources: dict[str, SourceName] | None = None,
) -> dict[str, Canonical]:
    """Each written speaker (with its quote type and number of quotes) -> its canonical source;
    `sources` are written speakers already read (`read_source`, done where the quotes were
    made, so that an archive's tens of thousands of forms are not read again here)."""
    aliases = aliases or Aliases()
    read = dict(sources or {})
    quotes: dict[str, int] = defaultdict(int)
    for written, kind, n in speakers:
        if written not in read:
            read[written] = read_source(written, kind)
        quotes[written] += n
    # 1. equal keys (a body by its proper name) are one source
    groups: dict[tuple, list[str]] = defaultdict(list)
    spelled: dict[tuple, tuple[str, ...]] = {}  # a group's words before hamza seats were unified
    # (in the forms' own order, not the order the store's query returned them: which form
    # spells a group and which longer form a short one joins first must not vary between runs)
    key_of = {written: _group_key(source) for written, source in read.items()}
    for written, source in sorted(read.items()):
        key = key_of[written]
        groups[key].append(written)
        spelled.setdefault(key, _group_words(source))
    weight = {key: sum(quotes[w] for w in members) for key, members in groups.items()}
    # (an outlet's name is its own whole: «واشنطن بوست», «إسرائيل هيوم» are not the city or the
    # country the first word names, nor is «واشنطن» a short form of the newspaper)
    outlets = {key_of[written] for written, source in read.items() if source.kind == MEDIA}
    # 2. short forms join their one dominant longer form
    target = {key: key for key in groups}
    extensions = _extension_index(groups)
    for key in groups:
        if key in outlets:
            continue
        if (prefix := _name_before_spill(key, spelled[key], groups)) is not None and prefix not in outlets:
            target[key] = prefix  # نصر الله الاحتلال الإسرائيلي → نصر الله
    for key in groups:
        kind, words = key
        if kind in (ANONYMOUS, FRAGMENT) or not words:
            continue
        longer = [k for k in extensions.get(key, ()) if target[k] == k and (k in outlets) == (key in outlets)]
        if not longer or target[key] != key or kind == "body" and _bare(spelled[key]):
            continue  # a bare head (حكومة) is no short form of one body
        best = max(longer, key=lambda k: (weight[k], k))
        # the long form is the source's name (most of the long forms' quotes, and used at least
        # half as much as the short one), not the short one run on into a sentence
        if (
            weight[best] >= DOMINANCE * sum(weight[k] for k in longer)
            and 2 * weight[best] >= weight[key]
            and not _lone_given_name(words)
        ):
            target[key] = best
    for key in groups:  # a spilt name follows its prefix to where that went
        while target[target[key]] != target[key]:
            target[key] = target[target[key]]
    # 3. the display name: the group's most quoted written form, a body's with its head
    display = {}
    for key, members in groups.items():
        shown: dict[str, int] = defaultdict(int)
        for w in members:
            shown[read[w].display] += quotes[w]
        display[key] = max(shown, key=lambda d: (_has_head(d), shown[d], len(d), d))
    out = {}
    for written, source in read.items():
        key = target[key_of[written]]
        out[written] = Canonical(display[key], source.kind)
    return _apply_aliases(out, read, aliases)


def _group_key(source: SourceName) -> tuple[str, tuple[str, ...]]:
    """Equal for the forms of one source; hamza seats are unified here (يؤاف = يوآف), after
    the words were classed."""
    kind = "body" if source.kind in (ORGANIZATION, MEDIA) else source.kind
    return kind, tuple(w.replace("ؤ", "و").replace("ئ", "ي") for w in _group_words(source))


def _group_words(source: SourceName) -> tuple[str, ...]:
    return proper_core(source) if source.kind in (ORGANIZATION, MEDIA) else source.key


def _extension_index(groups) -> dict[tuple, list[tuple]]:
    """Each key -> the groups of the same kind that extend it: a person's by words before it
    (يوآف غالانت ← غالانت), a body's by words after it (وزارة الصحة في غزة ← وزارة الصحة).
    Indexed once by every proper suffix or prefix: linear in the words of the archive's names,
    where comparing every pair of names would be quadratic."""
    index: dict[tuple, list[tuple]] = defaultdict(list)
    for key in groups:
        kind, words = key
        if kind == PERSON:
            parts = [words[k:] for k in range(1, len(words))]
        elif kind == "body":
            parts = [words[:k] for k in range(1, len(words))]
        else:
            continue
        for part in parts:
            index[(kind, part)].append(key)
    return index


def _name_before_spill(key, spelled: tuple[str, ...], groups) -> tuple | None:
    """The source whose name this key starts with, when what follows is the sentence going on:
    for a person a definite common word (نصر الله | الاحتلال الإسرائيلي) but not a family name
    the archive knows as one (أشرف القدرة); for a body any word that is not an adjective or a
    place (سرايا القدس | استهداف الحشود) — the archive's own use of the shorter form shows
    where the name ends."""
    kind, words = key
    if kind not in (PERSON, "body") or len(spelled) != len(words):
        return None
    names = gazetteer().name_words
    for j in range(len(words) - 1, 0 if kind == "body" else 1, -1):
        rest = spelled[j]
        category = speaker_lexicon().category(rest)
        if (
            (kind, words[:j]) not in groups
            or rest in FUNCTION_WORDS
            or rest in names
            or category in ("nisba", "given")
            # (وزارة الدفاع | التايوانية: an adjective of relation by its shape, which no list
            # of places holds — another country's ministry, no sentence going on)
            or kind == "body"
            and rest.startswith("ال")
            and nisba_shaped(rest)
            or category == "place"
            and kind != "body"
            or kind == "body"
            and rest[:1] in "لو"
            and not rest.startswith("ال")
        ):
            continue  # وكالة الأمم المتحدة لإغاثة وتشغيل…: a complement is part of the name
        if (
            kind == "body"
            and _bare(spelled[:j])
            # (المقاومة | قضية الاقتحامات: one definite common word, which takes no genitive, then
            # a common noun — the sentence going on; not نادي | الأسير, a construct, the body's
            # own name)
            and not (
                _one_common_word(spelled[:j])
                and spelled[0].startswith("ال")
                and gazetteer().is_common(rest)
                and not nisba_shaped(rest)
            )
        ):
            continue  # "هيئة"، "وسائل إعلام": a head, not a body's name
        if kind == "body" or rest.startswith("ال") and gazetteer().is_common(rest):
            return (kind, words[:j])
    return None


def _bare(words: tuple[str, ...]) -> bool:
    """Heads and adjectives only (هيئة، حكومة، وسائل إعلام، منظمة أميركية), or one common word
    (الأمن "security", read off «جهاز الأمن…», «مجلس الأمن…»; الجيش, whichever army the article
    meant): no body's name, so no other form joins it nor it another across the archive."""
    lexicon = speaker_lexicon()
    if _one_common_word(words):
        return True
    return all(_generic(w) or lexicon.category(w) == "nisba" or w in FUNCTION_WORDS for w in words)


def _one_common_word(words: tuple[str, ...]) -> bool:
    return (
        len(words) == 1
        and speaker_lexicon().category(words[0]) in ("", "organization")
        and gazetteer().is_common(words[0])
    )


def _lone_given_name(words: tuple[str, ...]) -> bool:
    return (
        len(words) == 1
        and speaker_lexicon().category(words[0]) == "given"
        and not name_grammar().is_particle(words[0])
    )


def _has_head(display: str) -> bool:
    words = normalize_ar(display).split()
    return bool(words) and words[0] in _NAME_HEADS


def _apply_aliases(
    out: dict[str, Canonical], read: dict[str, SourceName], aliases: Aliases
) -> dict[str, Canonical]:
    """A newsroom's entries over the automatic result: an entry takes the forms it lists and
    everything the automatic step merged with them; its `separate` forms stand alone."""
    if not aliases.entries:
        return out
    by_key: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for written, source in read.items():
        by_key[source.key].append(written)
        by_key[_key_words(clean_name(written))].append(written)
    automatic = dict(out)
    by_name: dict[tuple[str, ...], set[str]] = defaultdict(set)  # canonical names by key
    members: dict[str, list[str]] = defaultdict(list)  # the forms of each automatic name
    for written, canonical in automatic.items():
        members[canonical.name].append(written)
    for name in members:
        by_name[_key_words(name)].add(name)
    for entry in reversed(aliases.entries):  # the first entry for a form wins
        apart = {w for form in entry.separate for w in by_key.get(_key_words(form), ())}
        matched = {w for form in (entry.name, *entry.forms) for w in by_key.get(_key_words(form), ())}
        groups = {automatic[w].name for w in matched} | by_name.get(_key_words(entry.name), set())
        if not matched and not groups:
            continue
        # (only the forms the entry can touch, not every form of the archive for each entry)
        touched = apart | matched | {w for name in groups for w in members.get(name, ())}
        for written in touched:
            canonical = automatic[written]
            if written in apart:
                out[written] = Canonical(read[written].display, read[written].kind)
            elif written in matched or canonical.name in groups and canonical.kind != FRAGMENT:
                kind = read[written].kind if read[written].kind != FRAGMENT else PERSON
                out[written] = Canonical(entry.name, kind, entry.latin)
    return out


@dataclass(frozen=True)
class SpeakerRow:
    """How the store and the dashboard name a written speaker: its canonical source, the
    source's kind (``fragment`` for forms that name none) and Latin name, if any."""

    speaker: str
    canonical: str
    kind: str
    latin: str | None


def speaker_rows(
    counts: Iterable[tuple[str, str, int]],
    aliases: Aliases | None = None,
    sources: dict[str, SourceName] | None = None,
) -> list[SpeakerRow]:
    """A row per written speaker, from (speaker, quote type, quotes) counts."""
    counts = list(counts)
    canonical = canonical_sources(counts, aliases, sources)
    aliases = aliases or Aliases()
    # (once per canonical name: an archive writes each of its sources in several forms)
    latin = {c.name: aliases.latin(c.name) for c in canonical.values() if not c.latin}
    return [
        SpeakerRow(speaker, c.name, c.kind, c.latin or latin[c.name])
        for speaker, c in sorted(canonical.items())
    ]
