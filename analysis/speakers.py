"""Who speaks: reading a speaker's noun phrase, and resolving it within and across articles.

A noun phrase is read word by word with the lexicons in lexicons/speakers.yaml: titles
(وزير الدفاع الأميركي), honorifics (الدكتور), heads of organizations, media and anonymous
sources, adjectives of origin, and given names. Unknown words next to a title or a given name are
taken as a person's name. An `EntityRegistry` keeps the people and bodies of one article so that
a surname, a title used alone or `المسؤول ذاته` resolves to the source it refers back to.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Final, Protocol

from analysis.cues import DUAL, FEMININE, MASCULINE, PLURAL, cue_lexicon, phrases_by_first_word
from analysis.gazetteer import Gazetteer, gazetteer, is_common_word, is_possessed, shipped_gazetteer
from analysis.gazetteer import gazetteer as gazetteer_in_use  # (PhraseReader's parameter hides the name)
from analysis.lexicon import (
    derive_fields,
    load,
    memoized,
    normalized_phrases,
    normalized_set,
    stems,
    strip_article,
    written_forms,
)
from analysis.names import name_grammar
from analysis.normalize import dediac_ar, normalize_ar
from analysis.segment import PAIRS, Token
from analysis.words import stopwords

# Grammar words (lexicons/grammar.yaml): inside a phrase without ending it, and ending any.
_GRAMMAR: Final = load("grammar")  # lexicons/grammar.yaml: what each list is for is said there
FUNCTION_WORDS: Final = normalized_set(_GRAMMAR["function_words"])
BOUNDARY_WORDS: Final = normalized_set(_GRAMMAR["boundary_words"])
CLAUSE_VERBS: Final = normalized_set(_GRAMMAR["clause_verbs"])
TITLE_FIELDS: Final = normalized_set(_GRAMMAR["title_fields"])
MONTH_NOUNS: Final = normalized_set(_GRAMMAR["month_nouns"])
NOUNS_WITHOUT_ARTICLE: Final = normalized_set(_GRAMMAR["nouns_without_article"])
ADJECTIVE_PHRASES: Final = normalized_phrases(_GRAMMAR["adjective_phrases"])
ADJECTIVE_PHRASE_STARTS: Final = frozenset(
    first for first, _ in ADJECTIVE_PHRASES
)  # (asked of most words read)
COUNTING_NUMBERS: Final = normalized_set(_GRAMMAR["counting_numbers"])
ASKED_NOUNS: Final = normalized_set(_GRAMMAR["asked_nouns"])
COLLECTIVE_HEADS: Final = normalized_set(_GRAMMAR["collective_heads"])
MEMBER_BODIES: Final = normalized_set(_GRAMMAR["member_bodies"])
COUNTERPARTS: Final = normalized_set(_GRAMMAR["counterparts"])
LATEST_WORDS: Final = normalized_set(_GRAMMAR["latest_words"])
DIRECTION_NOUNS: Final = normalized_set(_GRAMMAR["direction_nouns"])
TIME_WORDS: Final = normalized_set(_GRAMMAR["time_words"])
TIME_OPENERS: Final = normalized_set(_GRAMMAR["time_openers"])  # قبيل، عقب، خلال: a time's preposition
PLACE_PREPOSITIONS: Final = normalized_set(_GRAMMAR["place_prepositions"])
FIVE_NOUNS_GENITIVE: Final = normalized_set(["أخي", "أبي"])  # أخ، أب before a pronoun in the genitive
VERB_PREPOSITIONS: Final = normalized_set(_GRAMMAR["verb_prepositions"])
ADVERBIAL_PREPOSITIONS: Final = normalized_set(_GRAMMAR["adverbial_prepositions"])
QUOTATION_MARKS: Final = ('"', "“", "”", "«", "»")
ONE_LETTER_TITLES: Final = frozenset({"د", "م"})  # دكتور، مهندس, written with a full stop (د. حيدورة)
OTHER: Final = normalized_set(_GRAMMAR["others"])
PREPOSED_DEMONSTRATIVES: Final = normalized_set(_GRAMMAR["preposed_demonstratives"])
TITLE_PARTICIPLES: Final = normalized_set(_GRAMMAR["title_participles"])
BELONGING: Final = normalized_set(_GRAMMAR["belonging"])
MONTHS: Final = normalized_set(_GRAMMAR["months"])
MONTH_OPENERS: Final = normalized_set(_GRAMMAR["month_openers"])
PERIODS: Final = normalized_set(_GRAMMAR["periods"])
COMPLEMENT_NOUNS_AFTER_MIN: Final = normalized_set(_GRAMMAR["complement_nouns_after_min"])
PERIOD_PLACES: Final = normalized_set(_GRAMMAR["period_places"])
MOMENTS: Final = normalized_phrases(_GRAMMAR["moments"])
ORDINAL_DAYS: Final = normalized_set(_GRAMMAR["ordinal_days"])
FIRST_PERSON_PRONOUNS: Final = normalized_set(_GRAMMAR["first_person_pronouns"])
# Titles that speak for someone (المتحدث باسمه X); another title before باسمه (أعرب الملك
# باسمه واسم شعبه) speaks in its own name, and the phrase ends there.
SPOKESMEN: Final = normalized_set(["متحدث", "متحدثة", "ناطق", "ناطقة"])
# Normalization merges a name with a grammar word; the written form tells them apart: علي the
# name, على the preposition (also after و); بان the name, بأن; إمام the title, أمام "before".
# Words a body's explanation between a dash and a comma may have (قوات … - الجناح العسكري للجبهة، X).
DASH_EXPLANATION: Final = 14
# Marks after which a body's own name has ended (it then meets its verb's content).
NAME_CLOSING_MARKS: Final = ("،", ",", ".", ":", "؛")
SPOKEN_FOR_PRONOUNS: Final = normalized_set(_GRAMMAR["spoken_for_pronouns"])
CALLED: Final = normalized_set(_GRAMMAR["called"])  # يدعى: the person's name follows
BLESSINGS: Final = normalized_set(_GRAMMAR["blessings"])
TITLED_GIVEN_NAMES: Final = normalized_set(_GRAMMAR["titled_given_names"])
NAMED_BODY_HEADS: Final = normalized_set(_GRAMMAR["named_body_heads"])
CLOSE_TO: Final = normalized_set(_GRAMMAR["close_to"])
BODY_NAME_WORDS: Final = 4  # words of a body's own name after its head (منظمة هيومن رايتس ووتش)
# (تامر without hamza is the given name; تأمر, "she orders", the verb أمر)
WRITTEN_NAMES: Final = {
    "علي": ("علي",),
    "وعلي": ("وعلي",),
    "بان": ("بان",),
    "امام": ("إمام", "امام"),
    "تامر": ("تامر",),
    "انا": ("آنا",),  # (آنا ماري بردوان: the name Anna with madda; أنا, «I», with hamza or none)
    "ال": ("آل",),  # (آل ثاني، آل سعود: a family, not the article alone)
}


# Words whose written form says what normalizing hides: a hamza on the alef before ل (ألون،
# إلياس، أليف: a name's first letters, where the normalized الون looks like a word with the
# article), and the accusative's tanween (متهكّماً، عرضاً: no subject's word; a participle of
# them says how the verb was said). One pattern, one pass over each paragraph.
_WRITTEN_MARKS: Final = re.compile(
    "(?<![\u0621-\u0652])(?:[أإ]ل[\u0621-\u0652]+|[\u0621-\u064a][\u0621-\u0652]*\u064b[\u0621-\u0652]*)"
)


_HAMZA_LAM: Final = re.compile("[أإ]ل[^ىا]")  # (not إلى، إلا)


@memoized(1 << 14)
def _marked_word(written: str) -> str:
    """The normalized form of a word `_WRITTEN_MARKS` found, or "" for a function word (إلى)."""
    word = normalize_ar(written)
    return "" if word in FUNCTION_WORDS else word


def with_written_forms(
    tokens: list[Token], vocabulary: frozenset[str], original: Callable[[int, int], str]
) -> list[Token]:
    """The tokens, those that may be a name or a function word (علي/على، بان/بأن), a name or
    a definite word (ألون/الون) or that are written in the accusative carrying their written
    form (`original` of their normalized span), which tells them apart."""
    if not tokens:
        return tokens
    # (each marked word's written form as the pattern found it: no slice of the text per token;
    # most paragraphs have neither mark, seen by a scan cheaper than the pattern's)
    text = original(tokens[0].start, tokens[-1].end)
    marked = (
        {
            word: written
            for written in _WRITTEN_MARKS.findall(text)
            if (word := _marked_word(written)) in vocabulary
        }
        if "\u064b" in text or _HAMZA_LAM.search(text)
        else {}
    )
    if not marked and not vocabulary.intersection(WRITTEN_NAMES):
        return tokens
    return [
        Token(t.text, t.start, t.end, original(t.start, t.end))
        if t.text in WRITTEN_NAMES
        else Token(t.text, t.start, t.end, marked[t.text])
        if t.text in marked
        else t
        for t in tokens
    ]


PERSON, ORGANIZATION, ANONYMOUS, MEDIA = "person", "organization", "anonymous", "media"
DEFINITE: Final = ("ال", "لل", "بال", "وال")
# A pronoun suffix of her or them (not ه, which is also ة normalized)
POSSESSIVE_PRONOUNS: Final = ("ها", "هم", "هما")
DEFINITE_OR_CLITIC: Final = ("ال", "لل", "بال", "وال", "فال", "كال")


def _stripped(words: Iterable[str]) -> frozenset[str]:
    return frozenset(strip_article(w) for w in normalized_set(words))


def _nisba_forms(stem: str) -> set[str]:
    stem = strip_article(normalize_ar(stem))
    forms = {stem}
    if stem.endswith("ي"):
        forms |= {stem + "ه", stem + "ين", stem + "ون", stem[:-1] + "يون", stem[:-1] + "يين"}
    else:
        forms |= {stem + "ه", stem + "ون", stem + "ين"}
    return forms


@dataclass(frozen=True)
class SpeakerLexicon:
    titles: frozenset[str]
    honorifics: frozenset[str]
    anonymous: frozenset[str]
    organizations: frozenset[str]
    media: frozenset[str]
    places: frozenset[str]
    nisba: frozenset[str]
    rank_qualifiers: frozenset[str]  # (also nisbas: they qualify a title)
    given_names: frozenset[str]
    statements: frozenset[str]
    adverbial_nouns: frozenset[str]
    adverbial_openers: frozenset[str]
    same_markers: frozenset[str]
    epithets: frozenset[str]  # المفدى: no part of the description
    same_before: frozenset[str]
    pronoun_subjects: frozenset[str]
    synonyms: dict[str, frozenset[str]]  # title -> the titles it may stand for
    masculine_heads: frozenset[str] = frozenset()
    plural_heads: frozenset[str] = frozenset()
    our_correspondent: frozenset[str] = frozenset()
    speaker_anaphors: frozenset[str] = frozenset()  # المتحدث: the person quoted last
    movement_heads: frozenset[str] = frozenset()  # الحركة for حماس: the body that spoke last
    generic_heads: frozenset[str] = frozenset()  # الصحيفة، الحركة: stand for a named body
    outlets: tuple[tuple[str, str], ...] = ()  # (part of an article's source, outlet's name)
    crowd_counts: frozenset[str] = frozenset()  # مئات، عشرات: a count before a group of people
    numbers_of: frozenset[str] = frozenset()  # عدد: «a number of» before من and a group
    quantifiers: frozenset[str] = frozenset()  # جميع، معظم: before the sources they count
    groups_at_phrase_start: frozenset[str] = frozenset()  # آخرون، البعض: a group where a phrase starts
    one_more_at_phrase_start: frozenset[str] = frozenset()  # آخر، أخرى: one more, right before the words
    people_adjectives: frozenset[str] = frozenset()  # الكبار، الأجانب: broken plurals after people
    # في المئة، %: after a number, a share of the group of people after من
    share_marks: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    actors: frozenset[str] = frozenset()  # الاحتلال، المعارضة: a side, alone before its أنّ
    dual_heads: frozenset[str] = frozenset()  # الوزيران، البلدان: two by their office, no complement
    outlet_name_ends: frozenset[str] = frozenset()  # تايمز، بوست: an outlet's name ends here
    # سي إن إن: outlets' names of several words, by their first word (longest first)
    outlet_names: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    outlet_heads: frozenset[str] = frozenset()  # صحيفة، وسائل إعلام: an outlet, not its name
    plural_outlet_heads: frozenset[str] = frozenset()  # صحف، وكالات: outlets, and no one named
    media_roles: frozenset[str] = frozenset()  # مراسل، محلل: who works for an outlet
    spoken_to_outlets: frozenset[str] = frozenset()  # للصحيفة: the outlet spoken to
    news_agency_words: frozenset[str] = frozenset()  # وكالة رويترز: a news agency, spoken to
    spoken_to_outlet_names: frozenset[str] = frozenset()  # لرويترز: the outlet spoken to
    outlet_officers: frozenset[str] = frozenset()  # مدير، رئيس: ل and an outlet after one is theirs
    outlet_boards: frozenset[str] = frozenset()  # مجلس | الإدارة: an outlet's own board
    title_prepositions: dict[str, frozenset[str]] = field(default_factory=dict)  # المشرف على
    titles_of_another: frozenset[str] = frozenset()  # مستشار الرئيس X: X is the president
    deceased_markers: frozenset[str] = frozenset()  # الشهيد، الراحل: the name after is the dead's
    kin: frozenset[str] = frozenset()  # والد، شقيقة: a relative, described by the person named after
    eponym_heads: frozenset[str] = frozenset()  # مستشفى، مدرسة: the name after one is the place's
    trades_in_construct: dict[str, frozenset[str]] = field(default_factory=dict)  # رجل أعمال
    titles_in_construct: frozenset[str] = frozenset()  # مساعدة وزير: a title only before an office
    heads_before_names: frozenset[str] = frozenset()  # تنظيم داعش: a body only before a name
    chief_titles: frozenset[str] = frozenset()  # كبير المفاوضين: a title before a plural of people
    people_broken_plurals: frozenset[str] = frozenset()  # خبراء، علماء: plurals of people
    chief_title_exceptions: frozenset[str] = frozenset()  # كبير الدبلوماسيين: a minister's epithet
    title_given_names: frozenset[str] = frozenset()  # أمير: a title that is a man's name too
    figures: frozenset[str] = frozenset()  # بيانات، تقديرات: statements without the article only
    studies: frozenset[str] = frozenset()  # دراسة: a statement that speaks for itself
    study_objects: frozenset[str] = frozenset()  # استطلاع للرأي: what it asked, not who
    eponym_forms: frozenset[str] = field(init=False, repr=False, compare=False)
    site_names: frozenset[str] = field(init=False, repr=False, compare=False)
    _classes_of_words: dict[str, tuple[str, ...]] = field(init=False, repr=False, compare=False)
    bare_name_days: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        derive_fields(self)

    def _derive_eponym_forms(self) -> frozenset[str]:
        """The eponym heads as written, also behind و، ب or ل (لمركز، بمستشفى)."""
        return frozenset(clitic + head for head in self.eponym_heads for clitic in ("", "و", "ب", "ل"))

    def _derive_site_names(self) -> frozenset[str]:
        """One-word definite names of the outlets whose pages link their own name (الميادين):
        an indefinite one is also a word inside others (سبق: الأسبق، سبقها)."""
        return frozenset(
            normalize_ar(name)
            for _, name in self.outlets
            if " " not in name.strip() and name.startswith("ال")
        )

    def outlet_of(self, source: str | None) -> str | None:
        """The outlet an article's `source` names (Al Mayadeen (almayadeen.net) → الميادين)."""
        return next((name for part, name in self.outlets if source and part in source), None)

    def same_role(self, a: str, b: str) -> bool:
        return a == b or b in self.synonyms.get(a, ())

    def is_generic_head(self, word: str) -> bool:
        """A head that stands for a body named elsewhere and takes its name as a complement
        (حركة، وزارة، صحيفة), with or without ال — not a body's own name (حماس)."""
        return "ال" + strip_article(word) in self.generic_heads

    def category(self, word: str) -> str:
        """The lexical class of a normalized word ('' when unknown)."""
        found = _CATEGORY_CACHE.get(word)  # (asked for nearly every word a phrase reads)
        return _category(self, word) if found is None else found

    @property
    def classes(self) -> tuple[tuple[str, frozenset[str]], ...]:
        """The word classes, in the order a word that is in two of them is classed by."""
        return (
            ("honorific", self.honorifics),
            ("given", self.given_names),
            ("anonymous", self.anonymous),
            ("title", self.titles),
            ("media", self.media),
            ("organization", self.organizations),
            ("place", self.places),
            ("statement", self.statements),
            ("nisba", self.nisba),
        )

    def _category(self, word: str) -> str:
        if word in FUNCTION_WORDS:
            return "function"
        return self._listed_category(word) or (
            "anonymous"
            if self.people_shaped(word) or self.people_in_construct(word) or self._dual_of_anonymous(word)
            else ""
        )

    def _dual_of_anonymous(self, word: str) -> bool:
        """Two unnamed sources, the dual of a listed head (قال مصدران في تحالف أوبك…، أكد
        مسؤولان…: مصدر، مسؤول)."""
        return word.endswith("ان") and len(word) >= 5 and self._listed_category(word[:-2]) == "anonymous"

    def people_in_construct(self, word: str) -> bool:
        """A listed group of people in construct before what they belong to, which drops the
        plural's ن (أحد موظفي الوزارة، ناشطي المعارضة، وقال منظمو الحملة: موظفون، ناشطون،
        منظمون) — or a title's plural (محافظو البنك)."""
        return (
            word.endswith(("ي", "و"))
            and len(word) >= 5
            and self._listed_category(word[:-1] + "ون") == "anonymous"
            # (a listed title's plural in the subject's case: وتوقع محافظو البنك…، مسؤولو الوزارة)
            or word.endswith("و")
            and len(word) >= 5
            # (as written, no clitic read off it: باسيرو is a name, not ب before «أسيرو»)
            and "title" in self._classes_of_words.get(word[:-1], ())
        )

    def _listed_category(self, word: str) -> str:
        """The class the lexicons list the word in ('' when none); memoized like `category`."""
        return _remembered(_LISTED_CACHE, word, self._class_of)

    def _class_of(self, word: str) -> str:
        table = self._classes_of_words
        for form in stems(word):
            names = table.get(form)
            if names is None:
                continue
            # A given name takes no article: الجهاد is the movement, جهاد the man.
            definite = len(form) < len(word) and "ال" in word[: len(word) - len(form)]
            for name in names:
                # (nor are البيانات، التقديرات anyone's statement: figures no one issued)
                if not (definite and (name == "given" or name == "statement" and form in self.figures)):
                    return name
        if _joined_servant_name(word):
            return "given"
        return self._dual_in_construct(word) or ("title" if self.title_with_pronoun(word) else "")

    def _dual_in_construct(self, word: str) -> str:
        """The class of a feminine head of which the word is two in construct (شبكتا "سي إن
        إن" و"إن تي في"، وزارتا الخارجية والدفاع: its ة written ت before the dual's ا); ''."""
        if not word.endswith("تا") or len(word) < 5:
            return ""
        classes = self._classes_of_words.get(word[:-2] + "ه", ())
        return classes[0] if classes and classes[0] in ("organization", "media", "title") else ""

    def outlet_named_after_lam(self, word: str) -> bool:
        """ل on a word of an outlet's own name (لرويترز، للميادين، لبي بي سي): the outlet spoken to."""
        if word[:1] != "ل":
            return False
        return ("ال" + word[2:] if word.startswith("لل") else word[1:]) in self.spoken_to_outlet_names

    def our_title(self, word: str) -> str:
        """The title a word is with the pronoun «our» (مراسلنا → مراسل، مراسلتنا → مراسله,
        موفدنا): the outlet's own staff; "" for any other word."""
        for ending, restored in (("تنا", "ه"), ("نا", "")):
            base = word[: -len(ending)] + restored
            if word.endswith(ending) and len(base) >= 3 and "title" in self._classes_of_words.get(base, ()):
                return base
        return ""

    def title_with_pronoun(self, word: str) -> bool:
        """A title with a possessive pronoun (وقالت نائبته كامالا هاريس، قال نظيرها، زوجها):
        a feminine one's ة written ت before it. (His on a masculine title is written as the
        feminine: نظيره، نائبه.) Not a word of two letters and the pronoun (أبها: a city)."""
        for ending, restored in (("تها", "ه"), ("ته", "ه"), ("ها", "")):
            base = word[: -len(ending)] + restored
            if word.endswith(ending) and len(base) >= 3 and not base.startswith("ال"):
                return "title" in self._classes_of_words.get(base, ())
        return False

    def _derive_classes_of_words(self) -> dict[str, tuple[str, ...]]:
        """Each listed word's classes in `classes` order: one lookup per form, not one per
        class (this runs for every new word the readers meet)."""
        table: dict[str, tuple[str, ...]] = {}
        for name, words in self.classes:
            for word in words:
                table[word] = table.get(word, ()) + (name,)
        return table

    def people_shaped(self, word: str) -> bool:
        """A plural of people by its shape alone (المؤرخون), not a name (ماكرون، جاكسون)."""
        if not word.endswith("ون"):
            return False  # (most words: asked for each new word the readers meet)
        names = gazetteer()
        return any(
            _people_plural(bare := strip_article(form))
            and bare not in names.names
            and bare not in names.name_words
            for form in stems(word)
        )

    def is_people(self, word: str) -> bool:
        """A group of people that may be a source (شهود، المتظاهرون), also in the genitive or
        accusative (المتظاهرين، للصحافيين), which no subject has."""
        plural = word[:-2] + "ون"
        return self.category(word) == "anonymous" or (
            # (a listed group: the shape of لاجئون is no source's in المفوضية العليا للاجئين)
            word.endswith("ين") and self._listed_category(plural) == "anonymous"
        )

    def definite_group(self, word: str) -> bool:
        """A group of people with the article, in the genitive or accusative (المسلمين،
        المواطنين): after a name it is the verb's object, never a word of the name."""
        return (
            word.startswith("ال") and word.endswith("ين") and self.category(word[2:-2] + "ون") == "anonymous"
        )

    def governed(self, word: str) -> bool:
        """A known head behind the preposition ل or ب (لشهود، بوزارة، للرئيس): the object of a
        preposition, which is never a verb's subject. Not a word listed as it stands (لجنة،
        لويد، بلال)."""
        return (
            word[:1] in "لب"
            and (self.category(word) not in ("", "function") or self.is_people(word))
            and not self.listed_as_written(word)
        )

    def listed_as_written(self, word: str) -> bool:
        """The word is in a class as it stands, no proclitic read off it (لجنة، وسائل، بلال)."""
        return word in self._classes_of_words

    def base(self, word: str) -> str:
        """The form of a word to compare descriptions by."""
        for form in stems(word):
            if self.category(form) not in ("", "function") and form in self._all_words:
                return form
        for prefix in ("وال", "بال", "فال", "كال", "لل", "ال"):
            if word.startswith(prefix) and len(word) - len(prefix) >= 2:
                return word[len(prefix) :]
        return word

    @property
    def _all_words(self) -> frozenset[str]:
        return _known_words()

    def media_role(self, word: str) -> bool:
        """مراسل، محلل: one who works for an outlet."""
        return strip_article(word) in self.media_roles

    def is_adverbial_opener(self, word: str) -> bool:
        if word in self.bare_name_days:
            return False  # (خميس الجهيناوي، جمعة: a day is named with its article; bare, a man)
        return word in self.adverbial_openers or strip_article(word) in self.adverbial_openers

    def _derive_bare_name_days(self) -> frozenset[str]:
        return frozenset(strip_article(word) for word in normalized_set(load("speakers")["name_days"]))


_CATEGORY_CACHE: Final[dict[str, str]] = {}
_LISTED_CACHE: Final[dict[str, str]] = {}  # (the classes the lexicons list, without shapes)


def _category(lexicon: SpeakerLexicon, word: str) -> str:
    """Memoized word classes of the one lexicon."""
    return _remembered(_CATEGORY_CACHE, word, lexicon._category)


def _remembered(cache: dict[str, str], word: str, compute: Callable[[str], str]) -> str:
    """`compute(word)`, kept in `cache` (bounded: cleared when it grows large)."""
    found = cache.get(word)
    if found is None:
        if len(cache) > 1 << 18:
            cache.clear()
        found = cache[word] = compute(word)
    return found


@cache
def words_of(categories: frozenset[str]) -> frozenset[str]:
    """Every written word whose category is one of `categories` (وزير، والوزير، لوزير…)."""
    lexicon = speaker_lexicon()
    bare = frozenset().union(*(words for name, words in lexicon.classes if name in categories))
    return frozenset(form for form in written_forms(bare) if lexicon.category(form) in categories)


@cache
def _known_words() -> frozenset[str]:
    lexicon = speaker_lexicon()
    return (
        lexicon.titles
        | lexicon.honorifics
        | lexicon.anonymous
        | lexicon.organizations
        | lexicon.media
        | lexicon.places
        | lexicon.nisba
        | lexicon.given_names
        | lexicon.statements
    )


# The classes whose words no learned given name may be (وزير، حماس، بيانات).
_CLAIMING_CLASSES: Final = (
    "titles",
    "honorifics",
    "anonymous",
    "organizations",
    "media",
    "places",
    "statements",
    "figures",
)


def _learned_given_names() -> frozenset[str]:
    """Given names learned from the archive (`analysis.gazetteer`) that no other class claims,
    nor the grammar as a particle or a foreign name's connector (سان of سان بطرسبورغ: with ل it
    made «لسان حاله» a name)."""
    data = load("speakers")
    claimed = frozenset().union(*(_stripped(data[key]) for key in _CLAIMING_CLASSES))
    grammar = name_grammar()
    return frozenset(
        w
        for w in shipped_gazetteer().given_names
        if w not in claimed and not grammar.is_particle(w) and w not in grammar.connectors
    )


@cache
def speaker_lexicon() -> SpeakerLexicon:
    data = load("speakers")
    nisba: set[str] = set()
    for stem in data["nisba_stems"]:
        nisba |= _nisba_forms(stem)
    rank_qualifiers = {form for stem in data["rank_qualifiers"] for form in _nisba_forms(stem)}
    return SpeakerLexicon(
        titles=_stripped(data["titles"]) | normalized_set(data["our_correspondent"]),
        honorifics=_stripped(data["honorifics"]),
        anonymous=_stripped(data["anonymous"]),
        organizations=_stripped(data["organizations"]),  # (one word each: tests/analysis/test_lexicons.py)
        media=_stripped(data["media"]),
        places=_stripped(data["places"]),
        nisba=frozenset(nisba | rank_qualifiers),
        rank_qualifiers=frozenset(rank_qualifiers),
        # Women's names are given names, except those that are common words too (حياة، أمل،
        # مها): those are names only where a surname follows a title (PhraseReader).
        # Given names keep an initial ال: it is part of the name (ألكسندر، إلياس), not an article.
        given_names=normalized_set(data["given_names"])
        | _learned_given_names()
        | frozenset(w for w in name_grammar().female_given_names if not shipped_gazetteer().is_common(w)),
        statements=_stripped(data["statements"] + data["figures"]),
        figures=_stripped(data["figures"]),
        adverbial_nouns=_stripped(data["adverbial_nouns"]),
        adverbial_openers=_stripped(data["adverbial_openers"]),
        same_markers=_stripped(data["same_markers"]),
        epithets=normalized_set(data["epithets"]),
        same_before=_stripped(data["same_before"]),
        pronoun_subjects=normalized_set(data["pronoun_subjects"]),
        synonyms={word: group for group in map(_stripped, data.get("title_synonyms", [])) for word in group},
        masculine_heads=_stripped(data["masculine_heads"]),
        plural_heads=_stripped(data["plural_heads"]),
        our_correspondent=normalized_set(data["our_correspondent"]),
        speaker_anaphors=normalized_set(data["speaker_anaphors"]),
        movement_heads=normalized_set(data["movement_heads"]),
        generic_heads=normalized_set(data["generic_heads"]),
        outlets=tuple((str(k), str(v)) for k, v in data["outlets"].items()),
        crowd_counts=normalized_set(data["crowd_counts"]),
        numbers_of=normalized_set(data["numbers_of"]),
        quantifiers=normalized_set(data["quantifiers"]),
        groups_at_phrase_start=normalized_set(data["groups_at_phrase_start"]),
        one_more_at_phrase_start=normalized_set(data["one_more_at_phrase_start"]),
        people_adjectives=normalized_set(data["people_adjectives"]),
        share_marks=phrases_by_first_word(data["share_marks"]),
        actors=normalized_set(data["actors"]),
        dual_heads=normalized_set(data["dual_heads"]),
        outlet_name_ends=normalized_set(data["outlet_name_ends"]),
        outlet_names=phrases_by_first_word(data["outlet_names"]),
        outlet_heads=_stripped(data["outlet_heads"]),
        plural_outlet_heads=_stripped(data["plural_outlet_heads"]),
        media_roles=_stripped(data["media_roles"]),
        spoken_to_outlets=_stripped(data["spoken_to_outlets"]),
        news_agency_words=normalized_set(data["news_agency_words"]),
        spoken_to_outlet_names=normalized_set(data["spoken_to_outlet_names"]),
        outlet_officers=_stripped(data["outlet_officers"]),
        outlet_boards=normalized_set(data["outlet_boards"]),
        titles_of_another=_stripped(data["titles_of_another"]),
        title_prepositions={
            normalize_ar(title): normalized_set(prepositions)
            for title, prepositions in data["title_prepositions"].items()
        },
        deceased_markers=normalized_set(data["deceased_markers"]),
        kin=normalized_set(data["kin"]),
        eponym_heads=normalized_set(data["eponym_heads"]),
        trades_in_construct={
            normalize_ar(head): normalized_set(trades) for head, trades in data["trades_in_construct"].items()
        },
        titles_in_construct=normalized_set(data["titles_in_construct"]),
        heads_before_names=normalized_set(data["heads_before_names"]),
        chief_titles=normalized_set(data["chief_titles"]),
        people_broken_plurals=normalized_set(data["people_broken_plurals"]),
        chief_title_exceptions=normalized_set(data["chief_title_exceptions"]),
        title_given_names=normalized_set(data["title_given_names"]),
        studies=normalized_set(data["studies"]),
        study_objects=normalized_set(data["study_objects"]),
    )


@dataclass
class Entity:
    """A source in one article: a person with a name, or a described body or person."""

    kind: str
    name: str  # original surface of the fullest name, or of the first description
    name_words: frozenset[str]  # normalized words of the name (empty for descriptions)
    descriptions: list[frozenset[str]] = field(default_factory=list)
    heads: list[str] = field(default_factory=list)  # first content word of each description
    aliases: list[str] = field(default_factory=list)
    # How a verb with this person as its written subject agreed (قالت بيلاي: feminine): a
    # name the lexicons do not know is a woman's when the article's verbs say so.
    seen_agreement: str = ""
    introduced: int = 0  # the paragraph where the article first names it
    # Further titles a description chains (رئيس اللجنة التنفيذية | المتحدث الرسمي…): (words,
    # head) pairs, asked only when no source has the title first.
    chained: list[tuple[frozenset[str], str]] = field(default_factory=list)

    def describe(self, words: frozenset[str], head: str) -> None:
        if words and words not in self.descriptions:
            self.descriptions.append(words)
            self.heads.append(head)

    def describe_titled(self, desc: tuple[str, ...]) -> None:
        """The description, and each further title that a title's description chains after an
        adjective of relation (رئيس اللجنة التنفيذية | المتحدث الرسمي باسم الانتخابات: a later
        «المتحدث الرسمي» is this person too); not a title in a construct (نائب رئيس الوزراء is
        no prime minister)."""
        self.describe(frozenset(desc), desc[0])
        lexicon = speaker_lexicon()
        # (a person named in full: a phrase read past its comma into another's title gives
        # no one-word «name» the title: معتقل غوانتانامو الأميركي، | خبيرة أممية تؤكد…)
        if lexicon.category(desc[0]) != "title" or len(self.name_words) < 2:
            return
        for k in range(2, len(desc)):
            chain = (frozenset(desc[k:]), desc[k])
            chains = lexicon.category(desc[k]) == "title" and nisba_shaped(desc[k - 1])
            if chains and chain not in self.chained:
                self.chained.append(chain)

    @property
    def surname(self) -> str:
        return self.name_key[-1] if self.name_key else ""

    @property
    def name_key(self) -> tuple[str, ...]:
        return name_key(self.name) if self.name_words else ()


def _names_an_outlet(entity: Entity) -> bool:
    """One outlet by its name (فايننشال تايمز، صحيفة هآرتس), not by heads and adjectives alone
    (وسائل إعلام إسرائيلية، الوكالة الأميركية)."""
    lexicon = speaker_lexicon()
    return any(
        lexicon.category(word) == "" or lexicon.category(word) == "media" and word not in lexicon.outlet_heads
        for description in entity.descriptions
        for word in description
    )


# What may follow an unknown given name and family name read as a person's (`_unknown_name_of_two`):
# a comma, a colon, the words quoted, the person's age in brackets.
AFTER_AN_UNKNOWN_NAME: Final = frozenset({"،", ",", ":", "(", '"', "«", "“"})


def agreement(entity: Entity) -> str:
    """How a verb agrees with this source: MASCULINE, FEMININE or PLURAL (cues.py's values).

    A person is a woman by a feminine title (الوزيرة، المتحدثة) or given name (مها، ليلى); a
    body by its head (وزارة، حركة: feminine; مكتب، الجيش: masculine), named alone (حماس،
    روسيا) it is feminine; a group of people (مسؤولون، شهود) is plural, non-human plurals
    (مصادر، جهات) agree as feminine."""
    lexicon = speaker_lexicon()
    head = entity.heads[0] if entity.heads else strip_article((name_key(entity.name) or ("",))[0])
    if entity.seen_agreement:
        return entity.seen_agreement
    if entity.kind == PERSON:
        first = name_key(entity.name)[0] if entity.name_words else ""
        # (أم محمد، بنت الشاطئ: a mother's or daughter's name, whatever the name after it)
        if (
            first in name_grammar().female_given_names
            or first in name_grammar().female_particles
            or any(h.endswith("ه") and lexicon.category(h) == "title" for h in entity.heads)
            # (or a woman's trade no lexicon lists, a participle's feminine: مصممة الديكور)
            or any(h.startswith("م") and h.endswith("ه") and len(h) >= 5 for h in entity.heads)
        ):
            return FEMININE
        return MASCULINE
    if head in lexicon.plural_heads or lexicon.people_shaped(head) or _sound_masculine_plural(entity):
        return PLURAL
    if head.endswith("ه"):
        return FEMININE
    if head in lexicon.masculine_heads:
        return MASCULINE
    return FEMININE


def agrees(cue_agreement: str, entity: Entity) -> bool:
    """A verb may continue this source: no clash of masculine and feminine (plurals are read
    leniently: broken plurals agree either way)."""
    if not cue_agreement:
        return True
    if is_opinion_group(entity):
        # (يرى آخرون، يقول البعض: people for one view, written after a verb in the singular; a
        # later verb of one person is never theirs)
        return cue_agreement == PLURAL
    source = agreement(entity)
    if cue_agreement == FEMININE and _sound_masculine_plural(entity):
        return False  # (قال مسؤولون…، وقالت: people in ون are never a feminine verb's subject)
    if cue_agreement == DUAL:
        # (يؤكدان: two sources — a group, two joined by و, a noun of two: الجانبان — never
        # one person or body)
        return source == PLURAL or _two_sources(entity)
    if cue_agreement == PLURAL and entity.kind == PERSON and entity.name_words and not _two_sources(entity):
        return False  # (تجمّع متظاهرون…، وطالبوا: a plural verb's subject is no one person by name)
    if (
        cue_agreement == PLURAL
        and entity.kind in (ORGANIZATION, MEDIA)
        and source in (MASCULINE, FEMININE)
        and not _collective(entity)
    ):
        return False  # (الشركة…، أبدوا استياءهم: a verb of people, never a body's in the singular)
    return (
        source == cue_agreement
        or PLURAL in (source, cue_agreement)
        and (source != MASCULINE or cue_agreement != FEMININE)
    )


def _collective(entity: Entity) -> bool:
    """A body of people by its head (مجلس المطارنة، لجنة الطوارئ، مجموعة السبع): a plural verb
    may speak for its members."""
    head = entity.heads[0] if entity.heads else strip_article((name_key(entity.name) or ("",))[0])
    return head in COLLECTIVE_HEADS


def is_opinion_group(entity: Entity) -> bool:
    """A group named by a word alone that is a group only where a phrase starts with it (آخرون،
    البعض، الكثيرون), or a share of people polled (48% من المستطلعين)."""
    words = name_key(entity.name)
    return bool(words) and (words[0] in speaker_lexicon().groups_at_phrase_start or words[0][:1].isdigit())


def _sound_masculine_plural(entity: Entity) -> bool:
    """A group named by a sound masculine plural of people (مسؤولون، إعلاميون، المحتجون)."""
    head = entity.heads[0] if entity.heads else strip_article((name_key(entity.name) or ("",))[0])
    return head.endswith("ون") and entity.kind == ANONYMOUS


def _two_sources(entity: Entity) -> bool:
    """Two speakers in one: names joined by و (روبرت لورنسون وفيفك تريفيدي), or a dual noun
    (الجانبان، الزعيمان، وزيرا الخارجية)."""
    words = name_key(entity.name)
    first = words[0] if words else ""
    return (
        any(word.startswith("و") for word in words[1:])
        or strip_article(first).endswith("ان")
        or is_dual_construct(first)
    )


def _joined_at(words: tuple[str, ...]) -> int | None:
    """Where a second person's name joins the first by و (نوري المالكي | وإياد علاوي): a given
    name behind و, a word after it — not a surname that opens with و (كالفين وليامز) nor ولد (محمد
    ولد الشيخ)."""
    given = speaker_lexicon().given_names
    return next(
        (k for k in range(1, len(words) - 1) if words[k][:1] == "و" and words[k][1:] in given),
        None,
    )


def is_dual_construct(word: str) -> bool:
    """A title or a side in the dual of a construct (وزيرا، رئيسا، طرفا): its singular a title
    or its dual a source's head (طرفان، جانبان)."""
    if not word.endswith("ا") or len(word) < 4 or word.endswith("ها"):
        return False  # (not مفوضها «its commissioner»: a feminine's dual keeps its ت, مفوضتا)
    stem, lexicon = word[:-1], speaker_lexicon()
    return stem in lexicon.titles or stem + "ان" in lexicon.anonymous  # (not كاميرا: ك + أمير)


@memoized(1 << 16)
def name_key(name: str) -> tuple[str, ...]:
    """The normalized words of a name (asked for each earlier source whenever one is resolved),
    a particle in the nominative (أبا عبيدة is أبو عبيدة)."""
    return name_grammar().in_nominative(tuple(normalize_ar(name).split()))


def content_words(words: Iterable[str]) -> tuple[str, ...]:
    """Words of a description in order, without articles, clitics and function words: the
    lexicon's form where the lexicon knows the word (بوزير -> وزير), else without ال."""
    lexicon = speaker_lexicon()
    out: dict[str, None] = {}
    for word in words:
        if word in FUNCTION_WORDS or not word[0].isalnum():
            continue
        out[lexicon.base(word)] = None
    return tuple(out)


@dataclass(frozen=True)
class NounPhrase:
    """A speaker's phrase as read from the text: tokens [start, end) of a paragraph."""

    start: int
    end: int
    name: tuple[int, int] | None  # token range of the person's name, when there is one
    kind: str
    same: bool = False  # "المسؤول ذاته": refers back to the current source


class QuotedSource(Protocol):
    """What the registry reads of a quote: its source and the medium that relayed it."""

    entity: Entity
    relay: Entity | None


class EntityRegistry:
    """The sources of one article, so later mentions resolve to earlier ones."""

    def __init__(self, quotes: Sequence[QuotedSource] = ()) -> None:
        self.entities: list[Entity] = []
        # The paragraph being read: a bare title stands for the holder named last before it
        # (every name of the article is learned before its quotes are read).
        self.position = 0
        # The article's quotes so far, in the order read (the reader's own list: no reference
        # back to the reader, so an article's objects are freed as soon as it is read).
        self.quotes = quotes

    def quoted(self) -> Iterator[Entity]:
        """The sources quoted so far and the media that relayed them, latest first."""
        for quote in reversed(self.quotes):
            yield quote.entity
            if quote.relay is not None:
                yield quote.relay

    def find_by_word(self, word: str) -> Entity | None:
        """The person whose name contains this normalized word (a surname used alone)."""
        for entity in reversed(self.entities):
            if entity.name_words and word in entity.name_words and len(word) > 2:
                return entity
        return None

    def body_described_with(self, word: str) -> Entity | None:
        """The body or outlet whose description holds this normalized word (لوموند after
        صحيفة لوموند الفرنسية)."""
        for entity in reversed(self.entities):
            if entity.kind in (MEDIA, ORGANIZATION) and any(word in words for words in entity.descriptions):
                return entity
        return None

    def find_by_words(self, first: str, second: str) -> Entity | None:
        """The person whose name has both words (ألون بوكير, where ألون أفيتال is known too)."""
        for entity in reversed(self.entities):
            if first in entity.name_words and second in entity.name_words:
                return entity
        return None

    def resolve(
        self,
        name: str,
        name_words: tuple[str, ...],
        description: str,
        desc: tuple[str, ...],
        kind: str,
        same: bool,
        current: Entity | None,
    ) -> Entity:
        if name_words:
            return self._resolve_name(name, name_words, description, desc)
        found = self._resolve_description(desc)
        if found is not None:
            return found
        if same and current is not None:
            return current
        return self._add_described(kind, description, desc)

    def _add_described(self, kind: str, description: str, desc: tuple[str, ...]) -> Entity:
        """A new source known by its description (a body, an outlet, an unnamed person)."""
        entity = Entity(
            kind=kind,
            name=description,
            name_words=frozenset(),
            aliases=[description],
            introduced=self.position,
        )
        entity.describe_titled(desc)
        self.entities.append(entity)
        return entity

    def _resolve_name(self, name, name_words, description, desc) -> Entity:
        desc_words = frozenset(desc)
        words = frozenset(name_words)
        one = _joined_at(name_words) is None
        if one and (part := self._one_of_two_named(words)) is not None:
            # (نوري المالكي وإياد علاوي، then «حذر المالكي»: the one of the two, by his full name)
            name, name_words = part
            words = frozenset(name_words)
        for entity in reversed(self.entities):
            if not entity.name_words or one and _joined_at(name_key(entity.name)) is not None:
                continue
            if (
                words <= entity.name_words
                or entity.name_words <= words
                or name_words[-1] == entity.surname
                and not _other_person_of_the_family(
                    name_grammar().in_nominative(tuple(name_words)), name_key(entity.name)
                )
            ):
                if len(words) > len(entity.name_words):
                    entity.name, entity.name_words = name, words
                if desc:
                    entity.describe_titled(desc)
                if name not in entity.aliases:
                    entity.aliases.append(name)
                return entity
        # A person first seen by title (وزير الدفاع) and named later takes the name.
        if desc_words:
            for entity in reversed(self.entities):
                if not entity.name_words and entity.kind == PERSON and desc_words in entity.descriptions:
                    entity.name, entity.name_words = name, words
                    entity.aliases.append(name)
                    return entity
        entity = Entity(kind=PERSON, name=name, name_words=words, aliases=[name], introduced=self.position)
        if desc:
            entity.describe_titled(desc)
        self.entities.append(entity)
        return entity

    def _one_of_two_named(self, words: frozenset[str]) -> tuple[str, tuple[str, ...]] | None:
        """The full name of one of two people named together (نوري المالكي وإياد علاوي) whose
        part holds these words; None when no two named together hold them."""
        for entity in reversed(self.entities):
            if not (entity.name_words and words <= entity.name_words):
                continue
            written = entity.name.split()
            cut = _joined_at(tuple(normalize_ar(word) for word in written))
            if cut is None:
                continue
            for part in (written[:cut], [written[cut][1:], *written[cut + 1 :]]):
                part_words = tuple(normalize_ar(word) for word in part)
                if words <= frozenset(part_words):
                    return " ".join(part), part_words
        return None

    def latest_person(self, agreement: str, wanted: Callable[[Entity], bool]) -> Entity | None:
        """The person named last up to the paragraph being read who is `wanted` and whom a verb
        of this agreement may have as its subject (an honorific pronoun's dignitary)."""
        return next(
            (
                e
                for e in self._nearest_first()
                if e.kind == PERSON and e.name_words and agrees(agreement, e) and wanted(e)
            ),
            None,
        )

    def person_named_since(self, para: int, verb_agreement: str) -> Entity | None:
        """The person named last by a name and a title, from paragraph `para` up to the one
        being read, whom a verb of this agreement may have as its subject: introduced by the
        narration (وفي مؤتمر صحفي للمتحدث باسم الخارجية ماجد الأنصاري…), then speaking with no
        subject (وأكد أنّ…)."""
        if verb_agreement not in (MASCULINE, FEMININE):
            return None
        return next(
            (
                e
                for e in self._nearest_first()
                if para <= e.introduced <= self.position
                and e.kind == PERSON
                and len(e.name_words) >= 2
                and e.heads  # (introduced as a person is, by a title: no stray words)
                and agreement(e) == verb_agreement
            ),
            None,
        )

    def find_description(self, desc: tuple[str, ...]) -> Entity | None:
        """The earlier source these description words stand for, if any (nothing is added)."""
        return self._resolve_description(desc) if desc else None

    def _nearest_first(self) -> list[Entity]:
        """The sources named up to the paragraph being read, latest first, then those named
        after it, earliest first (a title in the headline, or before the name it stands for)."""
        before = [e for e in reversed(self.entities) if e.introduced <= self.position]
        if len(before) == len(self.entities):
            return before
        before.sort(key=lambda e: -e.introduced)  # (stable: the latest learned first on a tie)
        return before + sorted(
            (e for e in self.entities if e.introduced > self.position), key=lambda e: e.introduced
        )

    def _resolve_description(self, desc: tuple[str, ...]) -> Entity | None:
        desc_words = frozenset(desc)
        # A bare title (المسؤول، الوزير، الحركة) or "المسؤول ذاته" names the latest source whose
        # description has that head; a longer description must be part of an earlier one.
        nearest = self._nearest_first()
        found = _holder_of(nearest, lambda e: zip(e.descriptions, e.heads, strict=True), desc)
        if found is not None:
            return found
        if len(desc) == 1:
            lexicon = speaker_lexicon()
            for entity in nearest:
                if any(lexicon.same_role(desc[0], head) for head in entity.heads):
                    return entity
            if role := lexicon.our_title(desc[0]):
                # (مراسلنا: the outlet's correspondent the article named, مراسل الميادين)
                found = next((e for e in nearest if role in e.heads), None)
                if found is not None:
                    return found
            if lexicon.category(desc[0]) == "media" and "ال" + desc[0] not in lexicon.generic_heads:
                # an outlet's own name is the outlet named so before (هآرتس: صحيفة هآرتس), never
                # another one the article named ("الغارديان" after صحيفة هآرتس)
                return next((e for e in nearest if e.kind == MEDIA and _described_by(e, desc[0])), None)
            if lexicon.category(desc[0]) == "media":
                # الصحيفة، القناة for the one outlet the article named (هآرتس، "كان")
                outlets = [e for e in self.entities if e.kind == MEDIA]
                if len({e.name for e in outlets}) == 1:
                    return outlets[0]
                # among several, the outlet quoted last, by a name (أفادت فايننشال تايمز…،
                # وقالت الصحيفة)
                for entity in self.quoted():
                    if entity.kind == MEDIA and _names_an_outlet(entity):
                        return entity
        # "لواء إسرائيلي سابق" for "اللواء السابق في احتياط الجيش": same head, most words shared.
        for entity in nearest:
            for known, head in zip(entity.descriptions, entity.heads, strict=True):
                if (
                    head == desc[0]
                    and len(desc_words & known) * 2 >= len(desc_words)
                    and entity.kind == PERSON
                    and not _adjectives_of_relation_differ(desc_words, known)
                ):
                    return entity
        return _holder_of(nearest, lambda e: e.chained, desc) or self._holder_in_same_body(desc)

    def _holder_in_same_body(self, desc: tuple[str, ...]) -> Entity | None:
        """ "عضو المكتب السياسي لحركة حماس" for the one named person whose title is in that
        same body (نائب رئيس المكتب السياسي لحركة حماس، موسى أبو مرزوق): a title of another
        rank, but every word of the body it names is in the person's description."""
        lexicon = speaker_lexicon()
        body = frozenset(w for w in desc[1:] if w not in FUNCTION_WORDS)
        # (a body of three words at least: «مبعوث الأمم المتحدة» is not the UN's spokesman)
        if len(body) < 3 or lexicon.category(desc[0]) != "title":
            return None
        holders = {
            id(entity): entity
            for entity in self.entities
            if entity.kind == PERSON
            and entity.name_words
            and any(body <= known for known in entity.descriptions)
        }
        return next(iter(holders.values())) if len(holders) == 1 else None

    def learn(self, name: str, name_words: tuple[str, ...], description: str, desc: tuple[str, ...]) -> None:
        """Record a person named in passing (an apposition), for later titles and surnames."""
        self._resolve_name(name, name_words, description, desc)

    def learn_body(self, description: str, desc: tuple[str, ...], kind: str) -> None:
        """Record a body or outlet named in passing, for a later generic head (الصحيفة); a
        fuller form of a body already met gives it its fuller name (صحيفة جيروزاليم بوست)."""
        words = frozenset(desc)
        for entity in reversed(self.entities):
            if (
                not entity.name_words
                and entity.kind == kind
                and entity.heads
                and entity.heads[0] == desc[0]
                and entity.descriptions[0] < words
            ):
                entity.name = description
                entity.describe(words, desc[0])
                return
        if self._resolve_description(desc) is None:
            self._add_described(kind, description, desc)


COMPOUND_WORDS: Final = name_grammar().compound_words
NEXT, STOP = "next", "stop"  # what a step of `PhraseReader.read` does with its word


def _described_by(entity: Entity, word: str) -> bool:
    """One of the source's descriptions has the word (an outlet's name: صحيفة هآرتس)."""
    return any(word in known for known in entity.descriptions)


def _holder_of(
    entities: Iterable[Entity],
    titles: Callable[[Entity], Iterable[tuple[frozenset[str], str]]],
    desc: tuple[str, ...],
) -> Entity | None:
    """The first source with one of its `titles` (words, head) that the description names: the
    same head — "محكمة العدل الدولية" is not "رئيس محكمة العدل الدولية" — and, unless it is the
    bare head, words all within the title's."""
    desc_words = frozenset(desc)
    for entity in entities:
        for known, head in titles(entity):
            if head == desc[0] and (len(desc_words) == 1 or desc_words <= known):
                return entity
    return None


# The kind of phrase each class of head word makes.
HEAD_KINDS: Final = {
    "anonymous": ANONYMOUS,
    "media": MEDIA,
    "organization": ORGANIZATION,
    "place": ORGANIZATION,
    "title": PERSON,
    "statement": "statement",
    "honorific": PERSON,  # (معالي الأمين العام … الدكتور نبيل العربي: a style before a title)
}


# (`_Reading` and `PhraseReader`, made for nearly every phrase read, are plain classes: the
# compiled build makes their constructors C, where a dataclass's `__init__` stays Python)
class _Reading:
    """Where `PhraseReader.read` stands in a phrase."""

    def __init__(self, start: int, limit: int, subject: bool, same: bool) -> None:
        self.start = start
        self.limit = limit
        self.subject = subject
        self.i = start  # the word being read
        self.name: tuple[int, int] | None = None  # a person's name found in the phrase
        self.kind = ""  # the phrase's kind, once its head is read
        self.same = same  # ذاته/نفسه: the source named before
        self.head = True  # the head word is still to come
        self.place_head = False  # a country or city heads it
        self.quoted_name = False  # an outlet's quoted name was read
        self.titled_anonymous = False
        self.spoken_for = -1  # the token of باسم
        self.inner_named = False  # a title inside the phrase has had its holder's name
        self.whole_to = 0  # the end of an outlet's name of several words read (سي إن إن), never trimmed


class PhraseReader:
    """Reads a speaker's noun phrase from a paragraph's tokens; `stop_words` are prepositions
    that open the content (على، من)."""

    def __init__(
        self,
        tokens: list[Token],
        registry: EntityRegistry,
        stop_words: frozenset[str] = frozenset(),
        lexicon: SpeakerLexicon | None = None,
        gazetteer: Gazetteer | None = None,
    ) -> None:
        self.tokens = tokens
        self.registry = registry
        self.stop_words = stop_words
        self.lexicon = lexicon if lexicon is not None else speaker_lexicon()
        self.gazetteer = gazetteer if gazetteer is not None else gazetteer_in_use()
        self._size = len(tokens)  # (`word` is asked a hundred thousand times an archive)

    def word(self, i: int) -> str:
        return self.tokens[i].text if 0 <= i < self._size else ""

    def is_boundary(self, word: str) -> bool:
        """A word that ends any speaker's phrase: complementizers (إن/أنه), relatives, cues,
        also behind a conjunction (وعلى، ولكن)."""
        return word in self.stop_words or is_boundary_word(word)

    def is_boundary_at(self, i: int) -> bool:
        if not 0 <= i < self._size:
            return False
        word = self.tokens[i].text
        if word in WRITTEN_NAMES and self._written_name_at(i):
            return False  # the name علي, not the preposition على; بان, not بأن
        return (
            word in self.stop_words
            or is_boundary_word(word)
            or bool(self.stop_words)
            and self._opens_content(i)
            or self.blessing_at(i)
        )

    def _written_name_at(self, i: int) -> bool:
        """Token i is written as a name that a function word shares when normalized (علي, not
        على; بان كي مون, not بان for بأن)."""
        token = self.tokens[i]
        word = token.text
        return (
            word in WRITTEN_NAMES
            and dediac_ar(token.surface) in WRITTEN_NAMES[word]
            # (بان without hamza is also how many outlets write بأن: the name only in بان كي مون)
            and (word != "بان" or self.word(i + 1) in name_grammar().connectors)
        )

    def blessing_at(self, i: int) -> bool:
        """Tokens i and i + 1 are a blessing said after a name (الملك سلمان حفظه الله، الأمير
        نايف رحمه الله): no word of a name or a phrase."""
        return self.word(i) in BLESSINGS and self.word(i + 1) == "الله"

    def _opens_content(self, i: int) -> bool:
        """The verb's own one-letter preposition on a common noun (طالبت الوزارة | بإغلاق
        السفارة، رحب المجلس | بالقرار): its content, not more of its subject. A body, place or
        title after it is the subject's (أفاد المتحدث بشرطة الرياض، المتحدث باسم), and so is a
        word before بأن (أفاد مراسلنا بالقصرين بأن…) or before a name."""
        word, following = self.word(i), self.word(i + 1)
        # (بالهجوم على القافلة: the preposition على, which normalized reads as the name علي; a
        # derived verb's noun is what was told whoever follows it: أفاد مصدر | باستشهاد الصحفي…)
        preposition_after = (
            following in WRITTEN_NAMES
            and not self._written_name_at(i + 1)
            or verbal_noun_shaped(strip_article(word[1:]))
        )
        return (
            word[:1] in self.stop_words
            and self.lexicon.category(word) == ""  # (a word of its own: بيان، باحث)
            # (a common word as written, not one behind ب and ال: بالضغط opens the content)
            and word not in self.gazetteer.common
            and not complementizer(following)
            # (…عضو مجلس الشورى بالمملكة عبدالعزيز المشيطي: a name after it, the title goes on)
            and (preposition_after or self.lexicon.category(following) not in ("given", "title", "honorific"))
            and (preposition_after or following not in self.gazetteer.names)
            and word != "باسم"
            and self.lexicon.category(word[1:]) == ""
            and (
                self.gazetteer.is_common(word[1:])
                or verbal_noun_shaped(strip_article(word[1:]))
                # (the event's مفعل, no one's name: اعترف الإعلام الإسرائيلي | بمقتل مستوطنة)
                or len(word) == 5
                and word[1] == "م"
                and word[1:] not in self.gazetteer.name_words
            )
        )

    def dual_construct_at(self, i: int) -> bool:
        """Token i, a title or a side in the dual of a construct, which drops its ن (وزيرا
        خارجية البلدين، رئيسا البلدين، طرفا الصراع), with its genitive after it: two sources —
        not an accusative (وزيراً جديداً), whose adjective would end in alef too."""
        word, genitive = self.word(i), self.word(i + 1)
        return (
            is_dual_construct(word)
            and genitive.isalpha()
            and not genitive.endswith("ا")
            and (genitive.startswith("ال") or self.gazetteer.is_common(genitive))
        )

    def crowd_at(self, i: int) -> bool:
        """A count of a crowd before a group of people (مئات المتظاهرين، عشرات الأطباء), in the
        genitive its count gives it (المتظاهرين: a subject would be المتظاهرون)."""
        count = self.word(i)
        if count not in self.lexicon.crowd_counts and not count.isdigit():
            return False  # (a number in figures counts a crowd too: كشف 4 دبلوماسيين)
        group = self.word(i + 1)
        return self.lexicon.category(group) == "title" or self.lexicon.is_people(group)

    def share_of_people_end(self, i: int) -> int:
        """The end of a share of a group of people at token i (40 في المئة من المستطلعين، 63% من
        الأميركيين), the group in the genitive; 0 if none stands there."""
        if not self.word(i).isdigit():
            return 0
        mark = next(
            (
                len(phrase)
                for phrase in self.lexicon.share_marks.get(self.word(i + 1), ())
                if all(self.word(i + 1 + k) == word for k, word in enumerate(phrase))
            ),
            0,
        )
        group = self.word(i + 2 + mark)
        if not mark or self.word(i + 1 + mark) != "من":
            return 0
        # (the group in the genitive: of a listed plural, a nisba, or of the shape of one, المستطلعين)
        people = self.lexicon.is_people(group) or self.lexicon.category(group[:-2] + "ون") in (
            "anonymous",
            "nisba",
        )
        return i + 3 + mark if people and group.endswith("ين") else 0

    def people_by_nisba_at(self, i: int) -> bool:
        """Token i is a people named by the plural of its nisba (فلسطينيون، الأميركيون،
        اقتصاديون، الانفصاليون): a nisba a lexicon lists, or one of the shape ـيّون no name has
        (names end in ون too: ماكرون، براون)."""
        word = self.word(i)
        bare = strip_article(word)
        if not bare.endswith("ون"):
            return False
        category = self.lexicon.category(word)
        return category == "nisba" or (
            category == ""
            and bare.endswith("يون")
            and len(bare) >= 6
            and word not in self.gazetteer.name_words
        )

    def number_of_people_at(self, i: int) -> bool:
        """«عدد من X»: a number of a group of people or bodies (عدد من المسؤولين، عدد من السكان،
        عدد من الدول الأوروبية) — the group speaks, as many as they are, not «عدد»."""
        group = self.word(i + 2)
        return (
            self.word(i) in self.lexicon.numbers_of
            and self.word(i + 1) == "من"
            and (
                self.lexicon.category(group) in ("title", "anonymous", "organization", "media")
                or self.lexicon.is_people(group)
                # (عدد من المهتمين العقاريين: people by the shape of their plural, no list holds)
                or group.startswith("ال")
                and group.endswith("ين")
                and len(group) >= 7
                and self.lexicon.category(group) == ""
            )
        )

    def accusative_at(self, i: int) -> bool:
        """Token i is written in the accusative (عرضاً، متهكّماً): no word of a subject."""
        return 0 <= i < self._size and "\u064b" in self.tokens[i].surface

    def accusative_participle_at(self, i: int) -> bool:
        """Token i is a participle written in the accusative (متهكّماً): a manner, no subject."""
        return self.accusative_at(i) and self.word(i)[:1] == "م"

    def adverbial_at(self, i: int) -> bool:
        """في/ب/خلال + a noun of an event (في بيان، خلال مؤتمر، في ذات البلاغ), or a participle
        in the accusative (يقول متهكّماً): the phrase has ended."""
        word = self.word(i)
        if word in ADVERBIAL_PREPOSITIONS:
            noun = i + 1 + (self.word(i + 1) in self.lexicon.same_before)  # (في ذات البلاغ)
            return adverbial_noun(self.word(noun)) or _adverbial_word(word)
        return _adverbial_word(word) or self.accusative_participle_at(i)

    def name_run(self, i: int, limit: int, after_title: bool = False) -> int:
        """End of a person's name starting at token i (exclusive).

        A particle (عبد، أبو، بن، آل) takes the word after it into the name whatever that word
        is (عبد الملك، أبو الحمص); a hyphen joins two parts (جان-إيف); a connector of foreign
        names (كي، لو، دي، بار) goes on when an unknown word follows (بان كي مون). `after_title`:
        a person's title stands before, so an unknown word is a given name and the ال word after
        it, when no common word, its family name (العقيد فالح الزهراني)."""
        lex, grammar = self.lexicon, name_grammar()
        known = self.registry.find_by_word(self.word(i))
        if known is not None and self.word(i + 1) not in known.name_words:
            known = self.registry.find_by_words(self.word(i), self.word(i + 1)) or known
        # A given name alone does not identify a person (محمد مصطفى / محمد بن سلمان), nor the
        # first name of a known person before a surname of another (ألون بوكير / ألون أفيتال).
        if (
            known is not None
            and not grammar.is_particle(self.word(i))
            and lex.category(self.word(i)) != "given"
            and not self._another_surname(i, known)
        ):
            end = i + 1
            while (
                end < limit
                and (
                    self.word(end) in known.name_words
                    or grammar.is_particle(self.word(end - 1))
                    and self.word(end)[:1].isalpha()
                    and not self._servant_of_a_common_noun(end - 1)
                )
                and not self.is_boundary_at(end)
            ):
                end += 1
            return end
        end, parts, after_particle = i, 0, False
        while end < limit and parts < grammar.max_words and end - i < grammar.max_tokens:
            word = self.word(end)
            if end == i and word == "باسم" and self.is_name_start(i):
                end += 1
                parts += 1
                continue
            if end > i and word in ("-", "–") and self._joined(end) and self.word(end + 1)[:1].isalpha():
                end += 2  # جان-إيف
                continue
            if (
                end - i >= 2
                and not word.startswith("ال")
                and lex.category(word) == "place"
                and not grammar.is_particle(self.word(end - 1))
                # (not before the sentence's time: أوليفيي بوافر دارفور اليوم, whose last word
                # is a place's)
                and not (self.word(end - 1) not in self.gazetteer.name_words and self.adverbial_at(end + 1))
            ):
                break  # رجب طيب أردوغان | إسرائيل: a country after a full name, the verb's object
            if (
                end > i
                # (a final ه alone may be a folded ة: محمد سلامة; a short word's ending its own:
                # هادي براهم)
                and len(word) >= 6
                and not grammar.is_particle(self.word(end - 1))
                and word not in self.gazetteer.name_words
                and not lex.category(word)
                and is_possessed(word, self.gazetteer.common, unambiguous=True)
            ):
                break  # (عزّز كيم | برامجها العسكرية: a common noun and its pronoun, the verb's object)
            if (
                end > i
                and self.word(end + 1) == "."
                and (
                    len(word) == 1
                    and word.isalpha()
                    and self.word(end + 2) in self.gazetteer.name_words
                    or word in grammar.spelled_initials
                    and self.word(end + 2)[:1].isalpha()
                    and not self.is_boundary(self.word(end + 2))
                )
            ):
                end += 2  # سيليست أ. والاندر، لورا إيه. كولانجيلو: a middle initial
                continue
            if end + 1 < limit and self._compound_given_name(end):
                end += 2  # عز الدين، سيف الإسلام: one part, then perhaps a family name
                parts += 1
                after_particle = True
                continue
            if (
                grammar.is_particle(word)
                and end + 1 < limit
                and self.word(end + 1)[:1].isalpha()
                # (سعيد بن علي البسامي: the name علي, not the preposition)
                and (not self.is_boundary(self.word(end + 1)) or self._written_name_at(end + 1))
                and self.word(end + 1) not in FUNCTION_WORDS  # (الجوهرة أف أم | في المهدية)
                and not self.adverbial_at(end + 1)
                and not self._servant_of_a_common_noun(end)
            ):
                end += 2  # the particle and its word are one part: عبد الملك، أبو مرزوق
                parts += 1
                after_particle = True
                continue
            if (
                end > i
                and word in grammar.connectors
                and lex.category(self.word(end + 1)) == ""
                and self.word(end + 1)[:1].isalpha()
                and not self.word(end + 1).startswith("ال")
                and not self.is_boundary(self.word(end + 1))
                and not (
                    word in grammar.verb_connectors
                    and self.word(end - 1) in self.gazetteer.name_words
                    and self.word(end + 1)[:1] in "يت"
                    and len(self.word(end + 1)) >= 4
                )
            ):
                # (a known surname before a verb ends its name: "بايدن كي تستبعد" is a clause;
                # بان is a surname too, of مارين لو بان, and still opens بان كي مون)
                end += 2  # بان كي مون
                parts += 1
                continue
            if (
                end > i
                and word in grammar.connectors
                and self.word(end + 1) in grammar.connectors
                and lex.category(self.word(end + 2)) == ""
                and self.word(end + 2)[:1].isalpha()
                and not self.word(end + 2).startswith("ال")
                and not self.is_boundary(self.word(end + 2))
                and not self.gazetteer.is_common(self.word(end + 2))
            ):
                end += 3  # سايروس دي لا روبيا، خوان دي لا كروز: two connectors (لا one of them)
                parts += 1
                continue
            if end > i and (word in grammar.connectors or grammar.is_place_phrase(word)):
                break  # كي، لا، دي that join nothing here; فهد | بمدينة الباحة
            if end > i and word in CLAUSE_VERBS:
                break  # جيه غولدبرغ | حاول تفسير…: the subject's own clause
            if end > i and _future_verb(word):
                break  # أنجيلينا جولي | ستتوجه إلى…: a verb in the future, no name's word
            if (
                end > i
                and word in DIRECTION_NOUNS
                and self.word(end + 1).isalpha()
                and not self.is_boundary_at(end + 1)
            ):
                break  # خان يونس | جنوبي قطاع غزة: where a place lies (not خالد شمال، …)
            if end > i and self._preposition_on_common_noun(word):
                break  # زهرة إدريس | لزيارة مدرسة…: «to visit», the sentence going on
            if end > i and word in TIME_OPENERS:
                break  # (وقال ستاثاكيس | قبيل بدء المفاوضات: when he said it)
            if (
                end > i
                and self._accusative_noun_at(end)
                and any(self.word(k) in self.gazetteer.name_words for k in range(i, end))
            ):
                # (ولا يستبعد قاسم | ردودا عنيفة، اقترح تسيبراس | رسميا على…: the verb's object
                # after a name — after common words, «الشاب غير مؤهل نفسيا», there is none)
                break
            if end > i and lex.outlet_named_after_lam(word):
                break  # محمد علي | لبي بي سي: the outlet spoken to
            if end > i and word.startswith("باسم") and word[4:] in ("ه", "ها", "هم", "هما"):
                break  # الملك سلمان | باسمه واسم شعب…: «in his name», no name's word
            if (
                end > i
                and word.endswith(POSSESSIVE_PRONOUNS)
                and word not in self.gazetteer.name_words
                and (
                    word.endswith("ها")
                    and self._with_pronoun(word)
                    or word[:1] in "بل"
                    and self._with_pronoun(word[1:])
                )
            ):
                # (معلم نيكول | بإنجازها، شنكول حسيب | عملها: a noun with her pronoun, no name's
                # word; names end so too — هاجر يزديها، يارون أفراهم، هادي براهم)
                break
            if end > i and (word in grammar.apposition_nouns or word in grammar.age_adjectives):
                break  # محمد بن حسين | ضيف برنامج "بوليتيكا"، أحمد | البالغ من العمر: what describes him
            if (
                end > i
                and word in lex.title_given_names
                and lex.category(self.word(end - 1)) == "given"
                and not (self.common_at(end + 1) or self.definite_at(end + 1))
            ):
                # (محمد أمين، محمد أمير: a title that is a given name too, after a given name,
                # is the name's second part — not «أمين عام الحزب», its title in construct)
                end += 1
                parts += 1
                continue
            if (
                end - i >= 2
                and self.word(end - 1).startswith("ال")
                # (not a particle's or a compound given name's ال word: عبد المحسن، علاء الدين)
                and not grammar.is_particle(self.word(end - 2))
                and self.word(end - 1) not in grammar.compound_words
                and word.startswith("ال")
                and not word.endswith("ي")
                and self.gazetteer.is_common(word)
                and lex.category(word) == ""
            ):
                break  # فادي العجاجي | السبب وراء…: a family name is not followed by a common noun
            if (
                end - i >= 2
                and word.startswith("ال")
                and not word.endswith("ي")
                and self.gazetteer.is_common(word)
                and lex.category(word) == ""
                and not self.word(end - 1).startswith("ال")
                and not grammar.is_particle(self.word(end - 2))
                and lex.category(self.word(end - 1)) == ""
                and self.word(end - 1) not in self.gazetteer.name_words
                and not (complementizer(self.word(end + 1)) or self.word(end + 1) in ("،", ",", ":"))
                and not self.gazetteer.longest_name_at([self.word(k) for k in range(i, end + 1)], 0)
            ):
                # (جوناثان فاولر | الوضع في رفح: after a surname no list holds, a common noun that
                # goes on is the verb's object; a father's name is a given one: محمد صالح الخطيب)
                break
            if end > i and word in grammar.place_nouns and self._place_follows(end + 1):
                break  # كرم أبو سالم | جنوب قطاع غزة (not خالد شمال, a family name)
            if (
                end > i
                and word[:1] == "ب"
                and _preposition_and_article(word)
                and self.gazetteer.is_common(word[1:])
                and lex.category(word[1:]) == ""
            ):
                break  # طالب عباس | بالضغط على…: the verb's noun, no family name (بالطيب، بالضياف)
            if end - i >= 2 and self._preposition_and_common_noun(word) and self._phrase_goes_on(end + 1):
                # (توجّهت المواطنة ريم مولاهي | بنداء عبر…: what she came with, no family name;
                # after a given name alone it may be one: معتز بشارات، جون لاورو، ليلى لجرام)
                break
            if (
                len(word) < 2
                or not word[0].isalpha()
                or word in FUNCTION_WORDS
                or self.is_boundary_at(end)
                or end > i
                and (
                    in_own_voice(word)
                    or self._feminine_noun_with_pronoun(word)
                    or self.accusative_at(end)
                    # (وتختتم أبو زيد | مقالها: «her», «their» on a common noun; a final ه alone
                    # may be a name's folded ة: سلامه)
                    or self._common_noun_with_pronoun(word)
                    or adverbial_noun_with_pronoun(word)
                    # (وأبدى ياسين | انزعاجه: a derived verb's noun with its pronoun, a common
                    # word without it; not أندراده, a name of that shape)
                    or _possessed_verbal_noun(word)
                    and not word.startswith(DEFINITE)  # (الطوالة: a family name, no pronoun)
                    and self.gazetteer.is_common(word[:-1])
                    # (مريم أبو دقة | لابنها: the one spoken to, a noun with its pronoun behind ل)
                    or word[:1] == "ل"
                    and len(word) >= 5
                    and is_possessed(word[1:], self.gazetteer.common, unambiguous=True)
                    # (فرانسوا فيون | بهزيمته: what he conceded, after a name of two words; not a
                    # family name of Hadramawt: بدر محمد باسلمه)
                    or end - i >= 2
                    and not word.startswith("با")
                    and (
                        preposition_and_possessed(word)
                        or word[:1] == "ب"
                        and len(word) == 5
                        and is_possessed(word[1:], self.gazetteer.common)  # (إردوغان | بفوزه)
                    )
                )
            ):
                # (a lone letter is a preposition left by tatweel: لـ، بـ; قال لو دريان | رصدنا;
                # ختمت ألفة يوسف | افتتاحيتها، ويختم فهد عافت | حديثه: a noun with a pronoun is
                # no name's word)
                break
            category = lex.category(word)
            if (
                category == "nisba"
                and end > i
                and word.startswith("ال")
                and (after_particle or lex.category(self.word(end - 1)) in ("", "given"))
            ):
                category = ""  # محمد الهندي، محمد شياع السوداني: family names shaped like adjectives
            family_after_given = (
                category == "nisba"
                and end > i
                and word[:1] == "ب"
                and not nisba_shaped(word)
                and lex.category(self.word(end - 1)) == "given"
            )
            if family_after_given:
                category = ""  # (جيروم باول: a family name, not ب before the adjective أول)
            if (
                category == "nisba"
                and end == i + 1
                and not word.startswith("ال")
                and lex.category(self.word(i)) == "given"
                and self._ends_phrase(end + 1)
                and self.word(end + 1) not in TIME_WORDS  # (مريم | أول أمس: «the day before yesterday»)
            ):
                # (مايكل فخري، وليد فخري: after a given name, which takes no indefinite
                # adjective, a word of an adjective's shape is the family name)
                category = ""
            if (
                category == "title"
                and end > i
                and word in grammar.title_names
                and (
                    grammar.is_particle(self.word(end + 1))
                    or lex.category(self.word(end + 1)) in ("", "given")
                    and (
                        not self.word(end + 1).startswith("ال")
                        # (الباجي قائد السبسي: a family name of the shape ال…ي, no adjective of
                        # relation, after a given name and the title)
                        or lex.category(self.word(end - 1)) == "given"
                        and lex.category(self.word(end + 1)) == ""
                        and self.word(end + 1).endswith("ي")
                    )
                    and self.word(end + 1)[:1].isalpha()
                )
            ):
                category = ""  # حسين أمير عبد اللهيان: a title that is a given name too
            if category == "honorific" and end > i and word.startswith("ال") and self._ends_phrase(end + 1):
                category = ""  # حسين السيد، محمد الشيخ: a family name that is an honorific too
            if (
                category == "organization"
                and after_title
                and end == i + 1
                and word.startswith("ال")
                and lex.category(self.word(i)) == "given"
                and self._ends_phrase(end + 1)
            ):
                category = ""  # (اللواء سعود الهلال أن…: a family name that is a body's word too)
            if end == i + 1 and self._word_family_name(i, end):
                return end + 1  # يوسف الشاهد | خلال زيارة، مهدي جمعة | في تصريح
            if end > i and self.lexicon.governed(word) and not family_after_given:
                break  # (نجيب رزاق | للصحافيين، بوزارة…: spoken to, behind a preposition)
            if end - i >= 2 and self.lexicon.definite_group(word):
                break  # (سعود بن إبراهيم الشريم | المسلمين: the verb's object, a group of people)
            if (
                after_particle
                and (owner := self.registry.find_by_word(self.word(end - 1))) is not None
                and word not in owner.name_words
                and self.definite_at(end)
                and self.gazetteer.is_common(word)
            ):
                break  # (موسى أبو مرزوق…، طالب أبو مرزوق | الإطار القيادي: his known name ends)
            if end > i and category in (
                "title",
                "honorific",
                "anonymous",
                "media",
                "organization",
                "statement",
                "nisba",
            ):
                break
            if (
                end > i
                and category == "place"
                and word.startswith("ال")
                and word not in self.gazetteer.name_words
            ):
                break  # (حذر إبراهيم رئيسي | الولايات المتحدة: the one warned, no family name)
            if (
                end > i
                and (other := self.registry.find_by_word(word)) not in (None, known)
                and not (end == i + 1 and self._woman_and_father(i))
                # (a given name alone is no one's known by more: ميرزا محمد يرماند after الملا
                # محمد عمر)
                and not (
                    category == "given"
                    and len(other.name_words) > 1
                    and self.word(end + 1) not in other.name_words
                )
                # (a family name with the article after a given name is his family's, shared
                # with the kin the article named: الدكتور عبدالله العقيل after مازن العقيل)
                and not (
                    word.startswith("ال")
                    and end == i + 1
                    and lex.category(self.word(i)) == "given"
                    and self._ends_phrase(end + 1)
                )
            ):
                break  # another known person begins (حثّ أوستن غالانت), not her father's name
            if self.adverbial_at(end) or self._time_at(end):
                break  # (… | منتصف شباط، العام الماضي: a time after the name)
            if (
                end > i
                and self.definite_at(end - 1)
                and lex.category(self.word(end - 1)) != "given"  # ألكسندر لوكاشينكو
                and not (end - 2 >= i and self._compound_given_name(end - 2))  # عز الدين حداد
                # (عبد الباري عطوان: a particle's part, then a family name no list knows)
                and not (after_particle and category == "" and not self.gazetteer.is_common(word))
                and not self.definite_at(end)
                and category != "given"
            ):
                break  # نور الدين البحيري | تصريحات
            if (
                end - i >= 2
                and self.definite_at(end - 1)
                and self.definite_at(end)
                and category == ""
                and self.common_at(end)
                and word.endswith("ات")
            ):
                # فرحات الحرشاني | المجهودات: a plural of things is the object, no family name
                # (a family name may be a word: علاء الدين البطة)
                break
            if (
                end > i
                and self.definite_at(end)
                and category == ""
                and not after_particle
                and lex.category(self.word(i)) != "given"
                and self.registry.find_by_word(self.word(i)) is None
                and not (after_title and end == i + 1 and self.given_and_family(i, word))
                and not (end == i + 1 and self._given_word_before_family_name(i))
            ):
                break  # "وجوب وقف القتال": a phrase that starts with an unknown word is no name
            if end - i >= 2 and (self._object_after_foreign_name(i, end) or self._object_in_construct(end)):
                break
            verb = imperfect_shaped(word) and not word.endswith("ون")
            if end > i and verb and self._imperfect_verb_at(end):
                # (أحمد قطان | يهنئ مصر، نور بم | تنصح الناس: a summary's verb after the name;
                # not a family name of that shape: عبد المجيد تبون عن…)
                break
            if end > i and category == "" and mufaala_shaped(word):
                break  # (جدعون ليفي | مقارنة بين…: the verb's own noun, no name's word)
            if (
                end == i + 1
                and known is not None
                and known.surname == self.word(i)
                and word.endswith("ه")
                and not self.definite_at(end)
                and self.common_at(end)
            ):
                break  # (وأكد سلام | ضرورة…: نواف سلام by his surname, then the verb's object)
            end += 1
            parts += 1
            after_particle = False
        while end > i + 1 and grammar.is_particle(self.word(end - 1)):
            end -= 1  # a name never ends on a particle
        end = self._learned_name_end(i, end, limit)
        last = self.word(end - 1)
        if (
            end - i >= 3
            # (not a family name of that shape ending in ون, which no singular verb does: تبون)
            and (imperfect_shaped(last) and not last.endswith("ون") or _perfect_istafala_shaped(last))
            and self.lexicon.category(last) == ""
            and last not in self.gazetteer.name_words
            # (not after a connector no verb follows: كارلوس ديل تورو)
            and not (
                self.word(end - 2) in grammar.connectors and self.word(end - 2) not in grammar.verb_connectors
            )
        ):
            # (جان إيف لودريان | يغادر بيروت، رونين تال | استعرض فيه: a verb after the name)
            return end - 1
        return end

    def _place_follows(self, i: int) -> bool:
        """Token i names a place: one the lexicon lists, or a place noun, or a definite word, or
        a word before a listed place (جنوب لبنان، شمال البلاد، جنوب قطاع غزة)."""
        word = self.word(i)
        return (
            self.lexicon.category(word) == "place"
            or word in name_grammar().place_nouns
            or self.definite_at(i)
            or word[:1].isalpha()
            and self.lexicon.category(self.word(i + 1)) == "place"
        )

    def _object_after_foreign_name(self, i: int, end: int) -> bool:
        """Token `end` is a common noun without the article after a name of words no lexicon
        knows (بختيار دوغان | قصف الطائرات…): the verb's object begins; a name of known words
        may hold a common one (محمد أمل)."""
        lex = self.lexicon
        return (
            self.common_at(end)
            and not self.definite_at(end)
            and all(
                lex.category(self.word(k)) == ""
                and not self.common_at(k)
                and self.word(k) not in self.gazetteer.name_words
                for k in range(i, end)
            )
        )

    def _accusative_noun_at(self, i: int) -> bool:
        """Token i is a common noun with the accusative's alef (ردودا، رسميا، دعما) before a
        preposition or an indefinite common word (its adjective: ردودا عنيفة): the verb's object
        or an adverb, no name's word — a woman's name of that shape (صوفيا، أنجيلا، رشا) goes
        on with her family name."""
        word, following = self.word(i), self.word(i + 1)
        return (
            len(word) >= 4
            and word.endswith("ا")
            and word not in self.gazetteer.name_words
            and not self.lexicon.category(word)
            and self.gazetteer.is_common(word[:-1])
            and (
                following in FUNCTION_WORDS
                or self.is_boundary_at(i + 1)
                or following[:1].isalpha()
                and self.common_at(i + 1)
                and not self.definite_at(i + 1)
                and following not in self.gazetteer.name_words
                and not name_grammar().is_particle(following)
            )
        )

    def _object_in_construct(self, end: int) -> bool:
        """Token `end`, after a name of two words or more, is a common noun without the article
        that no name holds, in construct with the word after it — a definite noun, a noun with
        its pronoun or a name (وأكد محمد سالم | ضرورة الحوار، | دعم بلاده للحوار، | دعم ترامب
        للمشروع): the verb's object, where a third part of a name would stand alone or before
        the content (محمد سالم خليل، محمد أمل)."""
        word, following = self.word(end), self.word(end + 1)
        return (
            self.common_at(end)
            and not self.definite_at(end)
            and word[:1].isalpha()
            and not word.endswith("ا")  # (a name's word of that shape: محمد طيب أغا | استقالته)
            and word not in self.gazetteer.name_words
            and not self.lexicon.category(word)
            and (following[:1].isalpha() or following in QUOTATION_MARKS)
            and (
                # (a common genitive, not a family name — عمر بخيت البنيان — nor a title in
                # apposition: ذبيح الله مجاهد المتحدث باسم…)
                self.definite_at(end + 1)
                and self.common_at(end + 1)
                and not self.lexicon.category(following)
                # (its genitive a quoted name: جدارة | "الأخضر")
                or following in QUOTATION_MARKS
                and self.definite_at(end + 2)
                or is_possessed(following, self.gazetteer.common)
                # (a name without the article, whose act it is: دعم | ترامب)
                or following in self.gazetteer.name_words
                and not following.startswith("ال")
                and self.lexicon.category(following) == ""
            )
        )

    def _servant_of_a_common_noun(self, i: int) -> bool:
        """Token i is عبد before a common noun without the article (عبد غياب): no theophoric
        name (عبد الله، عبد الملك، عبد ربه), whereas بن، آل، أبو take any word (بن نهار)."""
        return self.word(i) == "عبد" and not self.definite_at(i + 1) and self.common_at(i + 1)

    def _proper_name_of_body(self, r: _Reading, i: int) -> int:
        """End of the words right after a body's indefinite head that no lexicon knows and no
        common word is (معهد ستوكهولم، منظمة هيومن رايتس ووتش): the body's own name, as an
        outlet's follows its head; `i` when there are none."""
        if i != r.start + 1 or self.word(r.start).startswith(DEFINITE) or not self.common_at(r.start):
            return i  # (a body's head that is a common noun: not حماس يقينها, the object)
        end = i
        while (
            end < r.limit
            and end - i < BODY_NAME_WORDS
            and self.word(end)[:1].isalpha()
            and not self._behind_preposition(self.word(end))
            and not (self.word(end)[:1] == "و" and (end == i or self.common_at(end)))
            and self.lexicon.category(self.word(end)) == ""
            and not self.definite_at(end)
            and not self.common_at(end)
            and not self.is_boundary_at(end)
            and not self.adverbial_at(end)
            and not _verb_shaped(self.word(end))
            and not is_possessed(self.word(end), self.gazetteer.common)
        ):
            end += 1
        # (then the verb's content or a comma: «منظمة تعمل في غزة» is a body and its verb)
        following = self.word(end)
        ends = (
            not following
            or following in NAME_CLOSING_MARKS
            or complementizer(following)
            or from_cue(following)
        )
        return end if ends else i

    def _behind_preposition(self, word: str) -> bool:
        """ب or ل before a word the lexicons or the gazetteer know (بغزة، لحماس، بالقطاع): not
        the first letter of a name (بيرزيت، لندن)."""
        bare = word[1:]
        return word[:1] in "بل" and (
            bare.startswith("ال") or self.lexicon.category(bare) != "" or self.gazetteer.is_common(bare)
        )

    def _leader_of_body(self, i: int) -> bool:
        """Token i, right after a body's indefinite head (حكومة، إدارة), is a known person's
        name: the body is called after its leader (حكومة نتنياهو، إدارة ترامب)."""
        head, word = self.word(i - 1), self.word(i)
        if head.startswith(DEFINITE) or self.lexicon.category(word) != "" or self.common_at(i):
            return False
        known = self.registry.find_by_word(word)
        return (known is not None and known.kind == PERSON) or word in self.gazetteer.name_words

    def _common_noun_with_pronoun(self, word: str) -> bool:
        """A common noun of four letters or more with «her», «their» (مقالها، موقفهم); not a
        name that ends so (براهم، إبراهيم)."""
        for suffix in ("ها", "هما", "هم"):
            if word.endswith(suffix) and len(word) - len(suffix) >= 4:
                return is_possessed(word, self.gazetteer.common)
        return False

    def _feminine_noun_with_pronoun(self, word: str) -> bool:
        """A common feminine noun with a possessive pronoun (افتتاحيتها، كلمته): its ت before
        the pronoun tells it from a surname of that ending (براهم)."""
        return word.endswith(("ته", "تها", "تهم", "تهما")) and is_possessed(word, self.gazetteer.common)

    def _feminine_of_common_noun_with_pronoun(self, word: str) -> bool:
        """The feminine of a common noun with a pronoun (غريمته ← غريم، نظيرتها ← نظير), a word
        the archive saw no name in: the ت before the pronoun is a noun's, and the noun is no
        name (not روته, a name the archive knows)."""
        for suffix in ("ته", "تها", "تهم", "تهما"):
            if word.endswith(suffix):
                stem = word[: -len(suffix)]
                return (
                    len(stem) >= 3
                    and word not in self.gazetteer.name_words
                    and (self.gazetteer.is_common(stem) or self.gazetteer.is_common(stem + "ه"))
                )
        return False

    def _another_surname(self, i: int, known: Entity) -> bool:
        """Token i is the first word of a known person's name and a word shaped like a name
        that is not theirs follows: the name of someone else who shares it."""
        following = self.word(i + 1)
        return (
            known.kind == PERSON
            and len(known.name_words) > 1
            and normalize_ar(known.name.split()[0]) == self.word(i)
            and following not in known.name_words
            and self.lexicon.category(following) == ""
            and self.is_name_start(i + 1)
            and not self.not_a_name(i + 1)
            and not self.definite_at(i + 1)
            and self.registry.find_by_word(following) is None
            and self._ends_phrase(i + 2)  # (هيفاء شنوا هجوماً: a verb and its object)
        )

    def _family_name_before_object(self, i: int) -> bool:
        """As a cue's subject, the word at i is a family name the archive knows (نتنياهو،
        بايدن) and a common noun follows it, the verb's object (أكد نتنياهو موقف بلاده؛ رفض
        بايدن طلب إسرائيل): the name is that word alone."""
        following = self.word(i + 1)
        return (
            self.word(i) in self.gazetteer.family_names
            and not self.definite_at(i + 1)  # (عبده الحذيفي: a family name after it)
            and self.lexicon.category(following) == ""
            and (self.gazetteer.is_common(following) or is_possessed(following, self.gazetteer.common))
        )

    def _unknown_given_and_family(self, i: int, end: int) -> bool:
        """As a cue's subject, the unknown word at i and the ال word after it are a given and a
        family name (وقال جيرهارد التفاتر، القائم بأعمال…؛ وأوضحت ماريسا الطرابلسي أن…) when
        the name read stopped before that word and the subject ends after it: at a comma, the
        content's opening, a title in apposition or where the phrase ends. (The name read stops
        there because «قال X الـY» is as often a verb's object: أكد وجوب الالتزام…)"""
        following, family = self.word(i + 2), self.word(i + 1)
        known_given = self._given_name_that_is_a_word(i)
        return (
            end == i + 1
            and (self.name_shaped_subject(i) or known_given)
            and self.definite_at(i + 1)
            and self.lexicon.category(family) == ""
            and not self.is_boundary_at(i + 1)
            and family not in FUNCTION_WORDS
            and (
                self.given_and_family(i, family)
                # (وقالت هدى الأسطل: «…»: a given name known as one, then a family name the
                # archive, always meeting it with the article, counts among common words)
                or known_given
                and family.isalpha()
                and len(family) >= 5
                and not self._genitive_of_word_given_name(i + 1)
                # (رأفت الصباغ المتحدث…: a trade's name; the common word stands in no name)
                or self._trade_family_name(family)
                and not self.gazetteer.is_common(self.word(i))
                and not self.not_a_name(i)
            )
            and (
                self._ends_phrase(i + 2)
                or complementizer(following)
                or self.lexicon.category(following) in ("title", "anonymous")
            )
        )

    def _name_before_title(self, i: int) -> int:
        """End of a name of two words right after a cue, the second no family name with the
        article, before an indefinite title in apposition, perhaps after a comma (أكدت سعيدة حقي
        رئيسة نقابة…، قال كمال حسن مدير المركز…، وقال كيسانا باتاناتشاروين، نائب المتحدث…):
        whatever the lexicons make of its words, only a person is so described there; 0
        otherwise."""
        end = i + 2
        at = end + (self.word(end) in ("،", ","))  # (…باتاناتشاروين، نائب المتحدث…)
        title = self.word(at)
        if (
            self.lexicon.category(title) != "title"
            or title.startswith("ال")
            or title[:1] in "وبلف"
            # (the title's own genitive follows it, no preposition: وفاة قيادي | بالجماعة is a
            # noun and its genitive, not a name and its title)
            or self.word(at + 1)[:1] in "بل"
            and self.word(at + 1)[1:3] == "ال"  # (بالجماعة; not بلدية)
            or self.registry.find_by_word(self.word(i)) is not None
        ):
            return 0
        for k in (i, i + 1):
            word = self.word(k)
            if (
                not self._plain_word_of_two(k)
                or word[:1] in "وبلف"
                and self.lexicon.category(word) != "given"
                # (a conjunction or preposition on a word: ووزير، بوضوح; not باتاناتشاروين)
                and (
                    self.gazetteer.is_common(word[1:]) or self.lexicon.category(word[1:]) not in ("", "given")
                )
                or self._time_at(k)
                or word.endswith("ات")
                or word.endswith("ان")
                and self.gazetteer.is_common(word)
            ):
                return 0
        return end

    def _plain_word_of_two(self, k: int) -> bool:
        """Token k may be a word of a two-word name the lexicons do not hold (`_name_before_title`,
        `_two_words_before_content`): letters, three at least, no article, a name's class or
        none, no boundary, function word or adverbial, and no derived verb's noun (the verb's
        object and its genitive: يؤكد تواصل فقدان…، توضح ملابسات وفاة…)."""
        word = self.word(k)
        return not (
            len(word) < 3
            or not word.isalpha()
            or word.startswith("ال")
            or self.lexicon.category(word) not in ("", "given")
            or self.is_boundary(word)
            or word in FUNCTION_WORDS
            or self.adverbial_at(k)
            or verbal_noun_shaped(word)
            or mufaala_shaped(word)
        )

    def name_shaped_subject(self, i: int) -> bool:
        """Token i, a word no lexicon knows right after a cue, may open a name the lexicons do
        not hold: not inside quotation marks (قال «ذهبت إلى…»، يصف "طوفان الأقصى" بـ…), not a
        preposition's noun with its pronoun (يشير بيده إلى), not three letters at most (a verb:
        أمر أدى إلى), not a word of a body or outlet the article named (وأشارت لوموند إلى…
        after صحيفة لوموند الفرنسية)."""
        word = self.word(i)
        return (
            len(word) >= 4
            and self.registry.body_described_with(word) is None
            and self.word(i - 1) not in QUOTATION_MARKS + ("'",)
            and not (word[:1] in "بلك" and word.endswith(("ه", "ها", "هم", "هما")))
        )

    def _family_after_womans_title(self, i: int) -> bool:
        """Token i, a definite word, follows a woman's definite title (and its adjectives) in a
        form no adjective of hers takes — no ة, nor the ى of an elative or اء of a colour, nor a
        plural (الفنانة الأسطل، الناشطة الفلسطينية المصري): her family name, which the
        archive counts among common words; and the phrase ends after it. (A definite title takes
        no genitive, so no «مديرة المدرسة» reads so.)"""
        word, k = self.word(i), i - 1
        while k > 0 and self.lexicon.category(self.word(k)) == "nisba":
            k -= 1
        title = self.word(k)
        bare = strip_article(word)
        return (
            self.lexicon.category(title) == "title"
            and title.startswith("ال")
            and title.endswith("ه")
            and word.startswith("ال")
            and bare.isalpha()
            and len(bare) >= 3
            and self.lexicon.category(word) == ""
            and not bare.endswith(("ه", "ات", "اء", "ون", "ين"))
            and not (bare.endswith("ي") and len(bare) <= 4)  # (الكبرى، الأولى، العليا)
            and not verbal_noun_shaped(bare)
            and (self._ends_phrase(i + 1) or complementizer(self.word(i + 1)))
        )

    def _genitive_of_word_given_name(self, k: int) -> bool:
        """Token k, a definite word after a given name that is a word too, is that word's
        genitive rather than a family name: a noun in ة or a verbal noun (يرى كمال الفرحة،
        تصف براءة الاختراع)."""
        word = self.word(k)
        return word.endswith("ه") or verbal_noun_shaped(strip_article(word))

    def _given_name_that_is_a_word(self, i: int) -> bool:
        """Token i is a given name the grammar lists that is a common word too, or a woman's
        (هدى، إلهام، سمية، آمنة): not right after a quotation mark (a quoted term) nor a word
        of a body the article named."""
        grammar, word = name_grammar(), self.word(i)
        return (
            (word in grammar.female_given_names or word in grammar.word_given_names)
            and self.word(i - 1) not in QUOTATION_MARKS + ("'",)
            and self.registry.body_described_with(word) is None
        )

    def given_and_family(self, i: int, family: str) -> bool:
        """An unknown word at i and the ال word after it may be a given and a family name
        (العقيد فالح الزهراني): neither is common, and the first is no preposition's noun."""
        common, first = self.gazetteer.is_common, self.word(i)
        grammar = name_grammar()
        if (first in grammar.female_given_names or first in grammar.word_given_names) and (
            self.family_nisba(family) or not common(family)
        ):
            return True  # (بسمة الخلفاوي، سالم الظاهري: a given name known as one, its ة folded to ه)
        return (
            not (first[0] in "بل" and common(first[1:]))
            and (
                not common(family)
                and not common(first)
                # (العريف مسفر الخثعمي: a family's nisba after a given name that is a word too;
                # الصحفي مثنى النجار: a trade's name, then the phrase's end)
                or (
                    self.family_nisba(family)
                    or self._trade_family_name(family)
                    and self._ends_phrase(i + 2)
                    and not self.word(i + 2).startswith("ال")
                )
                # (فالرئيس، والحكومة: a conjunction on a definite or common word; not فالح, a
                # name whose «ال» has one letter after it)
                and not (
                    first[:1] in "وف"
                    and (first[1:].startswith("ال") and len(first) >= 5 or common(first[1:]))
                )
                and not first.startswith("ال")
                and first not in name_grammar().place_nouns
                and first not in FUNCTION_WORDS
                and not verbal_noun_shaped(first)
                and not is_possessed(first, self.gazetteer.common)
            )
        )

    def _preposition_and_common_noun(self, word: str) -> bool:
        """ب or ل before a common noun (بنداء، بهدف، لمطالب; after ل of four letters at least):
        what a verb takes after a name, not a family name — unless the word is a name's (برهان،
        بسام)."""
        rest = word[1:]
        return (
            word[:1] in "بل"
            and len(rest) >= (3 if word[0] == "ب" else 4)
            and self.gazetteer.is_common(rest)
            and self.lexicon.category(word) == self.lexicon.category(rest) == ""
            and word not in self.gazetteer.name_words
            and word not in name_grammar().word_given_names
        )

    def _phrase_goes_on(self, k: int) -> bool:
        """Token k continues a phrase of the sentence (بنداء | عبر الإذاعة): a word, not a mark,
        a title or a name in apposition, or a complementizer (نبيل بالعم | مدير…، محمد سالم
        بشارات | إنّ…)."""
        word = self.word(k)
        return (
            word[:1].isalpha()
            and self.lexicon.category(word) not in ("title", "honorific", "given", "anonymous")
            and not complementizer(word)
        )

    def family_nisba(self, word: str) -> bool:
        """A definite adjective of relation no list of places holds (الخثعمي، الغامدي): the
        shape of a family's name, which the archive, always meeting it with the article, counts
        among common words."""
        return (
            word.startswith("ال")
            and word.endswith("ي")
            and len(word) >= 6
            and self.lexicon.category(word) == ""
            and not (word[2] == "ت" and len(word) == 6)  # (التخلي، التحدي: a verbal noun)
        )

    @staticmethod
    def _trade_family_name(word: str) -> bool:
        """A family name that is the noun of a trade (النجار، الحداد، الخياط), common as the
        word is."""
        return word in name_grammar().trade_family_names

    def _all_name_words(self, i: int, end: int, known: bool = False) -> bool:
        """The words from i to end are a name's: each shaped like one (no common word, number,
        common word or masdar behind a preposition or و (بمنطقة، بإعادة; not بختيار), noun with a pronoun
        (دعمها), feminine noun before the last word (مواصلة إيران)), and the name known as one
        (`known`, or by a particle or connector: عبد الحميد الدبيبة، بان كي مون; a given name
        first; a known name's word after the first: فيدل كاسترو) — not a surname and a word
        glued to the next (بلينكن اشترطعلى)."""
        grammar, gazetteer_ = name_grammar(), self.gazetteer
        known = known or self.lexicon.category(self.word(i)) == "given"
        for k in range(i, end):
            word = self.word(k)
            if grammar.is_particle(word) or word in grammar.connectors:
                known = True
                continue
            if word in gazetteer_.name_words or self.lexicon.category(word) == "given":
                known = known or k > i
                continue
            if (
                not word[0].isalpha()
                or self.common_at(k)
                or word[0] in "بلو"
                and (word[1:].startswith(("ال", "ل", "ا")) or gazetteer_.is_common(word[1:]) or len(word) < 4)
                or is_possessed(word, gazetteer_.common)
                or k < end - 1
                and word.endswith("ه")
            ):
                return False
        return known

    def _learned_name_end(self, i: int, end: int, limit: int) -> int:
        """A name the archive taught (`analysis.gazetteer`) is read whole and no further: it
        mends a name cut short, and stops one that ran on into the sentence (نتنياهو قرر)."""
        if self.word(i) not in self.gazetteer.names and not self.gazetteer.in_archive(
            self.word(i), self.word(i + 1)
        ):
            return end  # (most names: no learned name starts with their first word)
        words = [self.word(k) for k in range(i, min(limit, i + name_grammar().max_tokens))]
        learned = self.gazetteer.longest_name_at(words, 0)
        if not learned:
            return end
        learned_end = i + learned
        if learned_end >= end:
            return learned_end
        lex, known = self.lexicon, self.gazetteer.name_words
        extra = [self.word(k) for k in range(learned_end, end)]
        if len(extra) == 2 and extra[0] in name_grammar().theophoric_words and extra[1] == "الله":
            return end  # (عبد الله | جاب الله: a theophoric family name after a learned given one)
        if all(
            w in known
            or lex.category(w) == "given"
            or name_grammar().is_particle(w)
            # a family name the archive has not met after a learned given name of one part
            # (عبد الكريم | الطرخاني، صلاح الدين | الدميرطاش): a definite word no lexicon and
            # no list of common words holds (after a whole name, نتنياهو | المضمرة, it is an
            # adjective; without the article it may be a verb: عبد الله | قرر)
            or learned == 2
            and (name_grammar().is_particle(self.word(i)) or self.word(i + 1) in COMPOUND_WORDS)
            and w.startswith("ال")
            and lex.category(w) == ""
            # (or of the shape of a family's nisba, which the article always goes with, so that
            # counting words took it for a common one: عبد الله | الشايجي)
            and (not self.gazetteer.is_common(w) or w.endswith("ي") and len(w) >= 6)
            # (or without it, of no verb's shape but a family's ending in ون: عبد المجيد | تبون)
            or learned == 2
            and (name_grammar().is_particle(self.word(i)) or self.word(i + 1) in COMPOUND_WORDS)
            and len(extra) == 1
            and len(w) >= 4
            and w.isalpha()
            and lex.category(w) == ""
            and not self.gazetteer.is_common(w)
            and (not imperfect_shaped(w) or w.endswith("ون"))
            and not _perfect_istafala_shaped(w)
            # (a noun with its pronoun, a verbal noun behind ب: أبو عبيدة | استشهاده، نصر الله | بتغييب)
            and not _possessed_verbal_noun(w)
            and not is_possessed(w, self.gazetteer.common)
            and not preposition_and_verbal_noun(w)
            for w in extra
        ):
            return end
        return learned_end

    def _archive_name_here(self, i: int) -> bool:
        """A whole name the archive being built taught starts at token i."""
        words = [self.word(k) for k in range(i, i + name_grammar().max_tokens)]
        return self.gazetteer.archive_name_at(words, 0) > 0

    def _joined(self, i: int) -> bool:
        """Token i touches the tokens on both sides (a hyphen inside a word, not a dash)."""
        return (
            0 < i < len(self.tokens) - 1
            and self.tokens[i - 1].end == self.tokens[i].start
            and self.tokens[i].end == self.tokens[i + 1].start
        )

    def read(self, start: int, limit: int, subject: bool = False) -> tuple[NounPhrase | None, int]:
        """The phrase starting at token `start` (not beyond `limit`), and where reading stopped.

        `subject`: the phrase stands right after a reporting verb, where an unknown word is a
        name (قال بوغدانوف); elsewhere a phrase must begin with a word the lexicons know.

        Each word is read by the first of the steps below that has something to say about it:
        it takes the word into the phrase (NEXT) or ends the phrase before it (STOP).
        """
        if subject and self.word(start) == "كل" and self.word(start + 1) == "من":
            start += 2  # أعلنت كل من إيران والسعودية: the sources follow the quantifier
        same = (
            self.word(start) in self.lexicon.same_before
            and self.word(start + 1).startswith("ال")
            and self.lexicon.category(self.word(start + 1))
            in ("title", "anonymous", "organization", "media", "statement")
        )  # (وأشار ذات البلاغ إلى أنّ…: the statement named before, its issuer's)
        if same:
            start += 1  # وأضاف ذات المصدر: the source named before, as «المصدر ذاته»
        r = _Reading(start, limit, subject, same)
        if self.crowd_at(start):  # مئات المتظاهرين: the group, counted
            r.kind, r.head, r.i = ANONYMOUS, False, start + 2
        elif subject and self.dual_construct_at(start):  # وزيرا خارجية البلدين، طرفا الصراع
            r.kind, r.head, r.i = ANONYMOUS, False, start + 1
        elif self.number_of_people_at(start):  # عدد من المسؤولين
            r.kind, r.head, r.i = ANONYMOUS, False, start + 3
        elif self.word(start) in self.lexicon.groups_at_phrase_start:
            r.kind, r.head, r.i = ANONYMOUS, False, start + 1  # يرى آخرون، ويعتقد الكثيرون
        elif (
            subject
            and self.word(start) in self.lexicon.one_more_at_phrase_start
            and (self.word(start + 1) in CONTENT_OPENING_MARKS or complementizer(self.word(start + 1)))
        ):
            r.kind, r.head, r.i = ANONYMOUS, False, start + 1  # وأضاف آخر "…": one more of them
        elif subject and (share_end := self.share_of_people_end(start)):
            r.kind, r.head, r.i = ANONYMOUS, False, share_end  # قال 40 في المئة من المستطلعين
        while r.i < limit:
            word = self.word(r.i)
            if not word:
                break
            if word == "#" and self._hashtag_inside_phrase(r):
                r.i += 1  # (مراسل #الميادين في #غزة أحمد غانم: a tweet's tags, words of the phrase)
                continue
            if (
                word in ADJECTIVE_PHRASE_STARTS
                and r.kind in (ANONYMOUS, PERSON)
                and not r.head
                and (word, self.word(r.i + 1)) in ADJECTIVE_PHRASES
            ):
                r.i += 2  # (مسؤول رفيع المستوى في الخارجية: the head's description goes on)
                continue
            if self._outlet_name_step(r, word):
                continue
            if word[0].isalnum():  # (most words: the punctuation and quotation steps pass them)
                step = (
                    (r.quoted_name and self._quotation_step(r, word))
                    or self._boundary_step(r, word)
                    or self._word_step(r, word)
                )
            else:  # (no boundary lets punctuation or a quotation mark into a phrase)
                step = self._punctuation_step(r, word) or self._quotation_step(r, word) or STOP
            if step == STOP:
                break
        if r.i == start:
            return None, start
        if r.name is None and r.i == start + 1 and self.lexicon.category(self.word(start)) == "honorific":
            return None, start  # "وقال السيد إن": the man already speaking, no new source
        end = r.i
        while end > max(start, r.whole_to) and (
            self.word(end - 1) in ("،", ",", "«", "“")
            or self.word(end - 1) in FUNCTION_WORDS
            or complementizer(self.word(end - 1))  # (…في الشمال | أنّه "…": the content's)
            # (a straight mark that opens, no other in the phrase closing it)
            or self.word(end - 1) == '"'
            and sum(self.word(k) == '"' for k in range(start, end)) % 2 == 1
        ):
            end -= 1  # "قائد الشرطة في", «مسؤولون من «: no phrase ends on a preposition or an opening mark
        name = r.name
        if name is not None and self._words_of_running_quotation(name):
            name = None  # («"بدي روبوت يفجرني، مش طالع…"»: a quotation's first words, no name)
        if (
            name is not None
            and name[0] > start
            and self._kin_head(start)
            and self.word(name[0] - 1) not in ("،", ",")  # (نجل الرئيس، قوباد الطالباني: he himself)
        ):
            name = None  # والد محمد الدرة، أسرة الطيار مازن العقيل: the relative speaks
        # (a complementizer the reading went past is where the content starts)
        stop = end if end < r.i and complementizer(self.word(end)) else r.i
        return NounPhrase(start, end, name, r.kind or PERSON, r.same), stop

    def _words_of_running_quotation(self, name: tuple[int, int]) -> bool:
        """The name's words open a quotation that goes on past them (…صرخة "بدي روبوت يفجرني،
        مش طالع"): words someone said, where a name in quotation marks is closed right after it
        («"أبو عبيدة"»)."""
        mark = self.word(name[0] - 1) if name[0] > 0 else ""
        if mark in ("«", "“"):
            opening = True
        elif mark == '"':
            opening = sum(self.word(k) == '"' for k in range(name[0] - 1)) % 2 == 0
        else:
            return False
        if not opening:
            return False
        # (the rest of a long quoted name may follow a word that ends a name: "إم إس | إن بي سي")
        for k in range(name[1], name[1] + MAX_NAME_REST_IN_QUOTATION + 1):
            word = self.word(k)
            if word in ("»", "”", '"'):
                return False
            if not word[:1].isalpha():
                return True
        return True

    def _bracketed_name_end(self, r: _Reading) -> int:
        """After the bracket at token r.i, inside a title's or body's description with no name
        read yet, a body's short name in brackets (حركة المقاومة الإسلامية (حماس)) or its name in
        Latin letters (شركة الاستشارات (BDO)): where the
        phrase goes on past its closing bracket, or r.i. Not an age or a number (هنية (60
        عاماً)), nor words of a sentence."""
        i = r.i
        if r.name is not None or r.head or i == r.start or r.kind not in (PERSON, ORGANIZATION):
            return i
        close = next((k for k in range(i + 1, min(i + 5, r.limit)) if self.word(k) == ")"), None)
        if close is None or close == i + 1:
            return i
        inside = [self.word(k) for k in range(i + 1, close)]
        known = (
            all(
                word.isalpha() and self.lexicon.category(word) in ("organization", "media") for word in inside
            )
            or (  # (شركة الاستشارات (BDO)، حِن هرتسوغ: the body's name in its own letters)
                all(word.isascii() and word.isalpha() for word in inside)
                and (
                    self.word(close + 1) in ("،", ",")
                    or self.word(close + 1)[:1].isalpha()
                    and not self._ends_phrase(close + 1)
                )
            )
        )
        return close + 1 if known and close + 1 < r.limit else i

    def _hashtag_inside_phrase(self, r: _Reading) -> bool:
        """The tag mark at token r.i opens a tag inside the phrase being read (مراسل #الميادين
        في #غزة): set apart from the word before it and glued to the word after; one glued to
        the word before opens the tweet's next tag (أحمد غانم#فلسطين_المحتلة), which ends it."""
        i = r.i
        return (
            i > r.start
            and i + 1 < self._size
            and self.tokens[i - 1].end < self.tokens[i].start
            and self.tokens[i].end == self.tokens[i + 1].start
            and self.tokens[i + 1].text[:1].isalpha()
            and "_" not in self.tokens[i + 1].text
        )

    def _outlet_name_step(self, r: _Reading, word: str) -> bool:
        """An outlet's name of several words read whole at the head or in an outlet's phrase
        (سي إن إن، روسيا اليوم: whatever its words are elsewhere), with the word of its edition
        after it (سي إن إن تورك); whether it was read."""
        if not (word in self.lexicon.outlet_names or word[1:] in self.lexicon.outlet_names):
            return False  # (nearly every word: the cheap test first)
        if (
            not (r.head or r.kind == MEDIA or self._after_outlet_head(r.i))
            or (end := self.outlet_name_end(r.i)) == r.i
        ):
            return False
        following = self.word(end)
        if (
            following.isalpha()
            and self.lexicon.category(following) == ""
            and not self.gazetteer.is_common(following)
            and not self.is_boundary(following)
        ):
            end += 1
        r.kind, r.head, r.i = r.kind or MEDIA, False, min(end, r.limit)
        r.whole_to = r.i  # (never trimmed: إن ends no phrase inside سي إن إن)
        return True

    def _after_outlet_head(self, i: int) -> bool:
        """Token i follows an outlet's head with no article inside another phrase (صحافيون من
        وكالة | فرانس برس، مؤسس موقع | ويكيليكس): the outlet's own name follows."""
        before = self.word(i - 1)
        if before[:1] in "لب" and not before.startswith("ال"):
            before = before[1:]
        # (a definite head is whole: رئيس تحرير الصحيفة | ستيج أبيل is the editor's name)
        return i > 0 and not before.startswith("ال") and before in self.lexicon.outlet_heads

    def outlet_name_end(self, i: int) -> int:
        """End of an outlet's name of several words at token i (`outlet_names`), also a second
        one behind و (سي إن إن تورك | وإن تي في), or i."""
        first = self.word(i)
        for written in (first, first[1:] if first[:1] == "و" else ""):
            for name in self.lexicon.outlet_names.get(written, ()):
                if all(self.word(i + k) == word for k, word in enumerate(name[1:], 1)):
                    return i + len(name)
        return i

    def _occupation_before_name(self, i: int, category: str) -> bool:
        """Token i is a definite noun of the shape of a doer (البائع، الطالب، المتطوع، المزارعة،
        a rank: المقدم), of a craft (الخطاط، النجار، الصياد) or of a nisba (الإعلامي، القانوني،
        الحقوقية) that no lexicon lists as a title, right before a given name: the person's
        trade, then the name. (Not a title everywhere: «المكتب الإعلامي»، «الناطق الإعلامي» are a
        body and a title with their adjective.)"""
        word = self.word(i)
        # (or a doer's noun in construct, made definite by what it does: توقعت مصممة الديكور
        # السعودية | أماني الصوفي…)
        in_construct = (
            category == ""
            and word[:1] == "م"
            and len(word) >= 5  # (not a noun of four letters: يعتبر محار المحيطين…)
            and self.word(i + 1).startswith("ال")
            and self.lexicon.category(self.word(i + 1)) == ""
        )
        bare = word[2:]
        if not (
            in_construct
            or category in ("", "nisba")
            and word.startswith("ال")
            and len(bare) >= 4
            and (
                bare[0] == "م"
                or bare[1] == "ا"
                or len(bare) == 4
                and bare[2] == "ا"
                or bare.endswith(("ي", "يه"))
            )
        ):
            return False
        # (past its adjectives of relation: يقول المهاجم الإسباني الدولي | دييجو كوستا إنّ…)
        k = i + 1 + in_construct
        while (
            k <= i + MAX_TRADE_ADJECTIVES + in_construct
            and self.word(k).startswith("ال")
            and (
                self.lexicon.category(self.word(k)) == "nisba"
                # (a country's adjective, a place's name too: السعودية، المصرية)
                or self.lexicon.category(self.word(k)) == "place"
                and self.word(k).endswith(("يه", "ي"))
            )
        ):
            k += 1
        if self.is_boundary_at(k):
            return False  # (حثّت المجتمع الدولي | على…: the preposition, not the name علي)
        return (
            self.lexicon.category(self.word(k)) == "given"
            or self._unknown_name_of_two(k)
            # (مصممة الديكور السعودية | أماني الصوفي: a given name that is a word too, then her
            # family's ال name)
            or self.word(k) in name_grammar().word_given_names
            and self.word(k + 1).startswith("ال")
            and len(self.word(k + 1)) >= 5
            and self.lexicon.category(self.word(k + 1)) in ("", "nisba")
            # (وقالت الإعلامية | رائدة محمد: a woman's name that is a word too, her father's after it)
            or self._woman_and_father(k)
            # (ذكر الجامعي | والباحث الهادي بن منصور: a second trade, a title, then the name)
            or k == i + 1
            and self.word(k)[:1] == "و"
            and self.lexicon.category(self.word(k)[1:]) == "title"
        )

    def _unknown_name_of_two(self, i: int) -> bool:
        """Tokens i and i + 1 are a given name no lexicon knows and a family name, with ال or a
        foreign one, then أنّ, a comma or the person's definite title (وقال المبتعث | فراس
        الدهيمان | إن…، المهاجم | دييجو كوستا | إن…، وأوضح المقدم | عطالله الرويلي | المتحدث
        الرسمي…), or the words quoted, a colon or the person's age in brackets (وقالت المغنية
        المصرية | ياسمينا العلواني | (17 عاما) "…"): words of no other kind."""
        given, family = self.word(i), self.word(i + 1)
        return (
            len(given) >= 3
            and given.isalpha()
            and not self._clitic_on_word(given)
            and self.lexicon.category(given) == ""
            and not self.gazetteer.is_common(given)
            and (
                family.startswith("ال")
                and len(family) >= 5
                and self.lexicon.category(family) in ("", "nisba")
                # (a foreign family name: no clitic, no pronoun on either word — بترشحه ووصفته
                # are a noun and a verb)
                or family.isalpha()
                and len(family) >= 3
                and given[:1] not in "وفبل"
                and family[:1] not in "وفبل"
                and not given.endswith(("ه", "ها", "هم"))
                and not family.endswith(("ه", "ها", "هم"))
                and self.lexicon.category(family) == ""
            )
            and not self.gazetteer.is_common(family)
            and (
                complementizer(self.word(i + 2))
                or self.word(i + 2) in AFTER_AN_UNKNOWN_NAME
                or self._definite_title_at(i + 2)
            )
        )

    def _definite_title_at(self, i: int) -> bool:
        """Token i is a definite title (المتحدث، المدير): after a name, its apposition."""
        return self.word(i).startswith("ال") and self.lexicon.category(self.word(i)) == "title"

    def _clitic_on_word(self, word: str) -> bool:
        """A conjunction or preposition before a word the lexicons know (وسامي، بالقرار):
        no name's word as written."""
        rest = word[1:]
        return word[:1] in "وفبلك" and (self.lexicon.category(rest) != "" or self.gazetteer.is_common(rest))

    def _kin_head(self, i: int) -> bool:
        """Token i is a relative (والد، شقيقة، أسرة), described by the person named after it;
        not a particle of names (ابن، أم، أب: ابن خلدون، أم كلثوم)."""
        word = self.word(i)
        return word in self.lexicon.kin and not name_grammar().is_particle(word)

    def _punctuation_step(self, r: _Reading, word: str) -> str | None:
        """A comma or dash ends the phrase; after a title it may first give the holder's name."""
        lex, i, limit = self.lexicon, r.i, r.limit
        if word == "(" and (close := self._bracketed_name_end(r)) > i:
            r.i = close  # (…لحركة المقاومة الإسلامية (حماس) إسماعيل هنية: the body's short name)
            return NEXT
        if word == "." and i > r.start and self.word(i - 1) in ONE_LETTER_TITLES:
            r.i += 1  # د. حيدورة: the abbreviation's stop
            return NEXT
        if word in ("،", ",") and (apposed := self._holder_after_body_place(r, i)) is not None:
            r.name, r.i = apposed, apposed[1] + (self.word(apposed[1]) in ("،", ","))
            return STOP
        if word in ("،", ",", "-", "–") and r.name is not None:
            # "طاهر النونو، المستشار الإعلامي لحركة حماس،", "سيث فرانتزمان -مراسل شؤون
            # الشرق الأوسط-": the title describes the name (not one joined by و: «قائد مجموعة
            # فاغنر، والأمين العام لحلف الناتو يؤكد…» is another person).
            following = self.word(i + 1)
            if lex.category(following) == "title" and not (
                following.startswith("و") and lex.category(following[1:]) == "title"
            ):
                k = i + 1
                while k < limit:
                    if (
                        self.word(k)[:1].isalnum()
                        and not self.is_boundary(self.word(k))
                        and not self.adverbial_at(k)
                    ):
                        k += 1
                    elif quoted_end := self.quoted_name_end(k):
                        k = quoted_end  # (نائب مدير منظمة «هيومن رايتس ووتش»، : the body's name)
                    else:
                        break
                r.i = k + 1 if self.word(k) in ("،", ",", "-", "–") else k
            return STOP
        if word in ("-", "–") and r.name is None and r.kind == PERSON:
            # "المتحدث باسم قوات الشهيد عمر القاسم - الجناح العسكري للجبهة، أبو خالد،": the
            # body explained between a dash and a comma, then the holder's name
            i = next(
                (k for k in range(i + 1, min(limit, i + DASH_EXPLANATION)) if self.word(k) in ("،", ",")), i
            )
            word = self.word(i)
        if word not in ("،", ","):
            return None
        # Apposition: "وزير الدفاع، لويد أوستن،" names the person the title describes
        # (also with a rank before the name: "…، اللواء إسحاق بريك،").
        at = i + 1
        if lex.category(self.word(at)) in ("title", "honorific"):
            rank = at + 1
            # (…، اللواء احتياط غرشون هكوهين،; a nationality too: …، الأدميرال الهولندي روب
            # باور، or set off by its own comma: …، الأدميرال الهولندي، روب باور،)
            while strip_article(self.word(rank)) in lex.rank_qualifiers or (
                self.word(rank).startswith("ال") and lex.category(self.word(rank)) == "nisba"
            ):
                rank += 1
            if self.word(rank) in ("،", ",") and rank > at + 1 and self.is_name_start(rank + 1):
                rank += 1
            if self.is_name_start(rank):
                at = rank
        if (
            r.name is None
            and r.kind == PERSON
            and i > r.start
            and self.is_name_start(at)
            and not (self.not_a_name(at) and self._ends_phrase(at + 1))
        ):
            # (one common word alone between commas is no name: "وزير، غياب،")
            end = self._family_name_to_comma(at, self.name_run(at, limit), limit)
            if (
                end > at
                and self.definite_at(end)
                and self.lexicon.category(self.word(end)) == ""
                and (self.family_nisba(self.word(end)) or not self.gazetteer.is_common(self.word(end)))
                and complementizer(self.word(end + 1))
            ):
                end += 1  # (…، قوباد جلال | الطالباني إنه: the family name the run stopped before)
            if (
                end > at
                and not (end == at + 1 and self._clause_joined_at(at))
                and (
                    end >= limit
                    or self.word(end) in ("،", ",", ":")
                    or lex.category(self.word(at)) == "given"
                    or not self.word(end)[0].isalnum()
                    or self.adverbial_at(end)
                    # (…، دورون ماينرت كشف فيه…، سيغفريد روسورم بقوله: "…": a verb of speech)
                    or from_cue(self.word(end))
                    or by_saying(self.word(end))
                    # (قال نائب رئيس حكومة الإقليم، قوباد الطالباني | إنه…: the content's opening)
                    or complementizer(self.word(end))
                )
            ):
                r.name, r.kind = (at, end), PERSON
                r.i = end + (self.word(end) in ("،", ","))
        return STOP

    def _holder_after_body_place(self, r: _Reading, comma: int) -> tuple[int, int] | None:
        """The name set off by the comma at `comma`, when the name read before it is one word
        no list knows right after a body's head — the body's place (مفتشة شرطة | هامبشير،
        أولغا فينر: the inspector is named after the comma); None when no such name follows."""
        if r.name is None or r.name != (comma - 1, comma) or comma < 2:
            return None
        place = self.word(comma - 1)
        if (
            self.lexicon.category(self.word(comma - 2)) != "organization"
            or self.lexicon.category(place) != ""
            or place in self.gazetteer.name_words
        ):
            return None
        at = comma + 1
        first = self.word(at)
        if not (self.lexicon.category(first) == "given" or first in self.gazetteer.name_words):
            return None
        end = self.name_run(at, r.limit)
        following = self.word(end)
        if end - at < 2 or not (end >= r.limit or not following[:1].isalnum() or complementizer(following)):
            return None
        return at, end

    def _clause_joined_at(self, i: int) -> bool:
        """Token i, after a comma, opens with the و that joins a clause of its own (…مع فريق
        ترامب، وتلقى وعداً…: «and received»), read alone: no name in apposition; a name that
        opens with و (وليد، وانغ يي) is one the lexicon, the archive or the article knows, or
        runs on to a second word (وداد بوشماوي، ويل تودمان)."""
        word = self.word(i)
        return (
            word.startswith("و")
            and self.lexicon.category(word) == ""
            and word not in self.gazetteer.name_words
            and self.registry.find_by_word(word) is None
        )

    def _family_name_to_comma(self, at: int, end: int, limit: int) -> int:
        """An apposition's name read on to its closing comma when what is left is a family name
        no list of common words holds (صاحب المنزل، معين | الحتو،: a given name that is a word
        too, then the family's)."""
        if (
            end == at + 1
            and end + 1 < limit
            and self.word(end + 1) in ("،", ",")
            and self.word(end).startswith("ال")
            and self.lexicon.category(self.word(end)) == ""
            and not self.gazetteer.is_common(self.word(end))
        ):
            return end + 1
        return end

    def _quotation_step(self, r: _Reading, word: str) -> str | None:
        """An outlet's or a body's name in quotation marks (قناة "كان"), scare quotes inside a
        title (عضو "الكنيست" السابق)."""
        if (
            word == '"'
            and (self._opened_before(r.start) + sum(self.word(k) == '"' for k in range(r.start, r.i))) % 2
        ):
            # ("القناة 13" الإسرائيلية: the mark closes the one the phrase opened, or the one
            # right before it: قالت "الغارديان" | إنّ "…")
            r.i += 1
            return NEXT
        if (
            r.kind in (MEDIA, ORGANIZATION)
            and not self._quoted_possession_at(r.i + 1)
            and (quoted_end := self.quoted_name_end(r.i))
        ):
            r.i = quoted_end
            r.quoted_name = True
            return NEXT
        if (
            r.kind == PERSON
            and not r.head
            and self.word(r.i - 1) in PLACE_PREPOSITIONS
            and (quoted_end := self.quoted_name_end(r.i))
        ):
            r.i = quoted_end  # (كبير محللي السوق في "آي.جي"، كريس بوشامب: where he works, whatever its words)
            return NEXT
        if r.quoted_name and self.lexicon.category(word) in ("title", "honorific", "anonymous", "given"):
            return STOP  # قناة "كان" | المحلل العسكري: the outlet's name is complete
        if self._short_quote_mark(r.i):
            if self._quoted_possession_at(r.i + 1):
                return None  # (وأكد الوزير | "تضامنه مع الضحايا": what he stated, its own noun)
            r.i += 1
            return NEXT
        return None

    def _quoted_possession_at(self, i: int) -> bool:
        """Token i, the first word inside a quotation mark, is a common noun with a possessive
        pronoun (تضامنه، صدمتها، رفضها): the words the verb reports, no name or term."""
        word = self.word(i)
        # (a final ه may be a folded ة — "جوهرة أف أم" — so it counts as «his» only on a verbal
        # noun's shape: تضامنه، تأكيده، استنكاره; one word alone is a name — صحيفة "فولها" —
        # and behind a preposition the quotation is its object: من "إجراءاتها العسكرية")
        return (
            word[:1].isalpha()
            and self.word(i + 1)[:1].isalpha()
            and self.word(i - 2) not in FUNCTION_WORDS
            and is_possessed(
                word, self.gazetteer.common, unambiguous=not (word[:1] in "تا" and len(word) >= 6)
            )
            and not self.lexicon.category(word)
            and word not in self.gazetteer.name_words
        )

    def _new_body_after_outlet(self, i: int) -> bool:
        """An indefinite body's head right after an outlet's definite name (مراسل الميادين |
        حركة نزوح): a definite noun closes a construct, so the head opens another phrase, the
        verb's object — no outlet's nor its reporter's word."""
        previous = self.word(i - 1)
        return (
            self.lexicon.category(self.word(i)) == "organization"
            and not self.definite_at(i)
            and self.word(i)[:1] not in "وبل"
            and previous.startswith("ال")
            and self.lexicon.category(previous) == "media"
        )

    def _officer_of_outlet_before(self, start: int, i: int) -> bool:
        """A title that an outlet behind ل at token i may complete stands between `start` and
        it (مدير | لصحيفة "…"، رئيس التحرير | لموقع…) — an officer with no body of its own
        between it and the ل: «رئيس لجنة الدفاع في الدوما | لوكالة "سبوتنيك"» heads the
        committee and speaks to the agency."""
        return any(
            strip_article(self.word(k)) in self.lexicon.outlet_officers
            and not any(
                self.lexicon.category(self.word(j)) == "organization"
                and self.word(j) not in self.lexicon.outlet_boards
                and self.word(j + 1) not in self.lexicon.outlet_boards
                for j in range(k + 1, i)
            )
            for k in range(start, i)
        )

    def _body_of_people(self, r: _Reading, i: int) -> bool:
        """A body's head and its definite adjective, then the people it is for with the article
        (الاتحاد الدولي | للصحفيين، النقابة الوطنية | للصحفيين، الهيئة السعودية | للمهندسين): its
        name goes on — the people spoken to follow a person, a bare body or one that acts
        rather than gathers (قال المتحدث للصحفيين، قالت الحركة للصحفيين، قال الجيش الإسرائيلي
        للصحفيين)."""
        return (
            r.kind == ORGANIZATION
            and i >= r.start + 2
            and self.word(i).startswith("لل")
            and self.definite_at(i - 1)
            and strip_article(self.word(r.start)) in MEMBER_BODIES
        )

    def _known_name_end(self, i: int) -> int:
        """The end of the words from token i on that name, in their order, a person the article
        has named, at least two (وكشف فان باستن أن… after «ماركو فان باستن»: «فان» is no «فإنّ»
        there); i when none do."""
        known = self.registry.find_by_words(self.word(i), self.word(i + 1))
        if known is None:
            return i
        end = i
        while end < len(self.tokens) and self.word(end) in known.name_words:
            end += 1
        return end

    def _boundary_step(self, r: _Reading, word: str) -> str | None:
        """Words no phrase goes past: punctuation, adverbials, boundary words, and the object
        after a definite title (ويعزو الكاتب الهجوم)."""
        i = r.i
        if (
            r.kind == PERSON
            and r.name is None
            and i > r.start
            and (end := self._initials_end(i, r.limit)) > i
        ):
            r.name, r.i = (i, end), end  # الطفل و. ز، الأسير م. ع: a person by the initials of a name
            return NEXT
        if (
            word in CALLED
            and r.kind in (PERSON, ANONYMOUS)
            and not r.head
            and r.name is None
            and (end := self.name_run(i + 1, r.limit)) > i + 1
        ):
            # وقالت شابة تدعى أورتال: the name given to the person (unnamed until then)
            r.name, r.i, r.kind = (i + 1, end), end, PERSON
            return NEXT
        if i > r.start and self._new_body_after_outlet(i):
            return STOP  # (ورصد مراسل الميادين | حركة نزوح جديدة: what the reporter saw)
        if i > r.start and (self._time_at(i) or word in PREPOSED_DEMONSTRATIVES):
            # (إدارة دراسات السوق بالهيئة | في فبراير الماضي: a time, no part of the source; نددت
            # الخارجية الصينية | بتلك الزيارة: what the verb takes)
            return STOP
        if (
            word == "ل"
            and r.name is None
            and i > r.start
            and strip_article(self.word(i - 1)) in BELONGING
            and (quoted_end := self.quoted_name_end(i + 1))
        ):
            r.i = quoted_end  # (عضو المجلس التابع لـ"قسد"، نوري خليل،: the body it belongs to)
            return NEXT
        if (
            word in ("على", "علي", "الى", "إلى", "من")
            and r.kind == PERSON
            and r.name is None
            and i > r.start
            and strip_article(self.word(i - 1)) in BELONGING
        ):
            r.i += 1  # (المحلل السياسي المحسوب على | حركة حماس مصطفى الصواف: whom he belongs to)
            return NEXT
        if word == "من" and i > r.start + 1 and not r.head and self._complement_after_min(i + 1):
            return STOP  # (وقلل الباحث بالمجلس… | من أهمية حركة "إيباك": what the verb takes)
        # (مطلع opens an adverbial, «مطلع الشهر», but right after an unnamed source it is its
        # adjective: مصدر مطلع)
        adjective = r.kind == ANONYMOUS and i == r.start + 1 and self.lexicon.category(word) == "nisba"
        # (a title that is a cue's participle too opens the subject: وأكدت كاتبة الدولة أن…; and
        # a paragraph, where no clause stands before it to take a participle: كاتبة من غزة: "…")
        title_first = i == r.start and (r.subject or i == 0) and self.lexicon.category(word) == "title"
        if self._preposition_after_back_reference(r, i):
            return STOP
        if (name_end := self._titled_given_name_end(r, i)) > i:
            r.name, r.i = (i, name_end), name_end
            return NEXT
        if r.kind == PERSON and r.name is None and i > r.start and self._family_after_womans_title(i):
            r.name, r.i = (i, i + 1), i + 1  # (وقالت الفنانة الأسطل: her family name, no adjective)
            return NEXT
        if i == r.start and self.is_boundary_at(i) and (name_end := self._known_name_end(i)) > i + 1:
            r.name, r.i = (i, name_end), name_end
            return NEXT
        if (
            not word[0].isalnum()
            or self.adverbial_at(i)
            and not adjective
            or self.is_boundary_at(i)
            and not title_first
            and not self._preposition_of_title(i, r.start if r.kind == PERSON and r.name is None else -1)
        ):
            return STOP
        if r.subject and self.accusative_at(i):
            return STOP  # (a subject is no accusative: «وتوقع ألمانياً…» has none here)
        if word == "عن" and r.kind == MEDIA:
            # ذكرت الصحيفة | عن مصادر أمنية، كشفت الصحيفة | عن خطة: the source it relays or
            # what it told of, never more of an outlet's name
            return STOP
        if (
            i > r.start
            and word[:1] == "ل"
            and self.lexicon.governed(word)
            and not self._body_of_people(r, i)
            and (
                self.lexicon.is_people(word)
                or r.kind == ANONYMOUS
                and self.lexicon.category(word) in ("title", "media")
                and self.word(i - 1) not in CLOSE_TO
            )
        ):
            # "قال مسؤول أميركي للصحافيين": the people spoken to; "أفاد مصدر أمني لمراسل
            # الوكالة": an unnamed source speaks to a reporter or an outlet, it has no title
            return STOP
        if i > r.start and word[:1] == "ل" and word[1:2] != "ل" and self.lexicon.media_role(word[1:]):
            return STOP  # (وقال الوزير | لمراسل "الجوهرة": the reporter spoken to)
        if r.kind == ANONYMOUS and i > r.start and word.startswith("مراسل") and self.lexicon.media_role(word):
            return STOP  # (وأفاد مصدر أمني | مراسلَ الجوهرة: the reporter told, an unnamed source's object)
        if (
            i > r.start
            and (
                word.startswith("لل")
                and (
                    strip_article(word) in self.lexicon.spoken_to_outlets
                    or "ال" + word[2:] in self.lexicon.site_names  # (مصدر أمني | للجوهرة)
                )
                # (a person's title is no outlet's: وقال الوزير | لصحيفة "الغارديان")
                or r.kind == PERSON
                and word[:1] == "ل"
                and (word[1:] in self.lexicon.spoken_to_outlets or self._news_agency_at(i))
                and not self._officer_of_outlet_before(r.start, i)
                # (an outlet by its own name: قال متحدث باسم الخارجية | لرويترز)
                or r.kind in (PERSON, ANONYMOUS)
                and self.lexicon.outlet_named_after_lam(word)
            )
            and not any(self.lexicon.media_role(self.word(k)) for k in range(r.start, i))
        ):
            return STOP  # "قال مدير المجلس النرويجي للاجئين | للصحيفة": the outlet spoken to
        if (
            r.kind == MEDIA
            and i == r.start + 1
            # (outlets in the plural name none: صحف إسرائيلية, but «أعلنت صحف | فوز فاي»; the
            # head read here only, this step being asked of every word)
            and (
                (head := strip_article(self.word(r.start))) not in self.lexicon.outlet_heads
                or head in self.lexicon.plural_outlet_heads
            )
            and not word.endswith(("ي", "يه"))
            and not word.startswith("ال")
            and len(word) > 2  # (الجزيرة نت)
            and self.gazetteer.is_common(word)
        ):
            return STOP  # "ونشرت الغارديان | صور أقمار صناعية": an outlet's name, then its object
        if (
            r.kind == PERSON
            and not r.head
            and word.startswith("ال")
            and self.lexicon.category(word) == ""
            and self._after_definite_title(i)
            and self._written_with_article(i)
            and self.gazetteer.is_common(word)
            and not (_adjective_shaped(word) and self._agrees_with_title_before(i))
        ):
            # "ويعزو الكاتب الهجوم": the object, not part of the description (nor «وتصف الكاتبة
            # المشهد»: a feminine title's adjective is feminine)
            return STOP
        if (
            r.kind == PERSON
            and not r.head
            and r.name is None
            and self._short_quote_mark(i - 1)
            # (a straight mark that opens: not the one closing «باسم "كتائب القسام"» before a
            # name, which would pair with the quotation after the name's colon)
            and (self.word(i - 1) != '"' or sum(self.word(k) == '"' for k in range(r.start, i - 1)) % 2 == 0)
            and (quoted_end := self.quoted_name_end(i - 1))
        ):
            r.i = quoted_end  # رئيس مركز "أسبار" للدراسات: the body the title names, no person
            return NEXT
        if (
            i > r.start + 1
            and self.word(i - 1) in self.lexicon.deceased_markers
            and (
                r.kind != PERSON
                or r.spoken_for > 0
                or self.word(i - 2) in self.lexicon.kin
                or self.eponym_head_at(i - 2)
            )
            and (end := self.name_run(i, r.limit)) > i
        ):
            # والد الشهيد محمد الدرة، (باسم) كتائب الشهيد عز الدين القسام: the dead man's name is
            # the description's or the body's (but «المفكر الشهيد فتحي الشقاقي» wrote); a name
            # after it is the speaker's (مدير مستشفى الشهيد محمد يوسف النجار | مروان الهمص)
            r.i = self._another_name_in_run(i, end, r.limit)
            return NEXT
        if i > r.start and (end := self._eponym_end(i, r.limit)) > i:
            r.i = end  # مدير مستشفى كمال عدوان | حسام أبو صفية: the hospital's name, then his
            return NEXT
        if word in self.lexicon.same_markers and i > r.start:
            r.same = True
            r.i += 1
            return NEXT
        if word[:1] == "و" and self._title_of_another_after_name(r, word):
            return STOP  # (the cheap test first: this step is asked of nearly every word read)
        return None

    def _eponym_end(self, i: int, limit: int) -> int:
        """Where the name of the person a place or body is named after ends, token i being its
        first word after the place's word (مستشفى | كمال عدوان، مدرسة | خالد بن الوليد، جامعة |
        الملك سعود); i where no such name stands there. In one run of names, a given name after
        a family name starts another person's (مستشفى كمال عدوان | حسام أبو صفية: the director):
        a name of the place's own is a given name and what follows it."""
        if not self.eponym_head_at(i - 1):
            return i
        category, grammar = self.lexicon.category, name_grammar()
        if (
            category(self.word(i)) in ("title", "honorific")
            and self.word(i) not in self.lexicon.deceased_markers  # (the dead's name: a run of its own)
            and category(self.word(i + 1)) == "given"
        ):
            # (مطار الملك عبدالله | حامد غريبي: a king's or a prince's given name alone, unless
            # his father's follows: جامعة الأمير محمد بن فهد)
            if not grammar.is_particle(self.word(i + 2)) and self.name_run(i + 2, limit) >= i + 4:
                return i + 2
            i += 1
        word = self.word(i)
        if (
            category(word) == ""
            and word.isalpha()
            and not word.startswith("ال")
            and category(self.word(i + 1)) == "given"
        ):
            return i + 1  # (جامعة بيرزيت | غسان الخطيب: the place's own name, then a person's given name)
        # (كتائب | عز الدين القسام: a compound given name too)
        if not (category(word) == "given" or grammar.is_particle(word) or self._compound_given_name(i)):
            return i
        return self._another_name_in_run(i, self.name_run(i, limit), limit)

    def eponym_head_at(self, i: int) -> bool:
        """Token i is a place's or body's word that a person's name may follow as its own
        (مستشفى، لمركز، بمدرسة); not a definite one, in apposition (المركز محمد أحمد…)."""
        return self.word(i) in self.lexicon.eponym_forms

    def _another_name_in_run(self, start: int, end: int, limit: int) -> int:
        """Where a second person's name of two words or more begins in the run of names
        [start, end) (a run is a few words long: it may hold the first of them only): a given
        name after a family name or a particle's word (كمال عدوان | حسام أبو صفية، الأمير محمد بن
        فهد | عيسى الأنصاري; not a chain's father: محمد يوسف النجار); `end` where none does."""
        category, grammar = self.lexicon.category, name_grammar()
        for j in range(start + 1, end):
            before = self.word(j - 1)
            if (
                category(self.word(j)) == "given"
                and (category(before) != "given" or j - 2 >= start and grammar.is_particle(self.word(j - 2)))
                and not grammar.is_particle(before)
                and self.name_run(j, limit) >= j + 2
            ):
                return j
        return end

    def _news_agency_at(self, i: int) -> bool:
        """Token i is ل and a news agency by the word after وكالة (لوكالة "رويترز"، لوكالة
        الأنباء الإماراتية), not an agency of another kind (لوكالة الطاقة الذرية)."""
        if self.word(i)[1:] != "وكاله":
            return False
        k = i + 1 + (self.word(i + 1) in PAIRS)  # (its name in quotation marks)
        return self.word(k) in self.lexicon.news_agency_words

    def _title_of_another_after_name(self, r: _Reading, word: str) -> bool:
        """Right after a person's name, `word`, a title behind و, opens another person (المرشح إيمانويل
        ماكرون | ومرشحة أقصى اليمين مارين لوبان): no description of the name before it. A title
        after the name's own title is the same person's (آل ثاني، رئيس الوزراء ووزير الخارجية)."""
        return (
            r.kind == PERSON
            and r.name is not None
            and r.name[1] == r.i
            and self.lexicon.category(word) == "title"
            and self.lexicon.category(word[1:]) == "title"
        )

    def _word_step(self, r: _Reading, word: str) -> str:
        """A word of the phrase itself: a name, the head (which says the phrase's kind), or a
        word of its description."""
        if (
            word == "ال"
            and r.i > r.start
            and self.word(r.i + 1).isdigit()
            and self.word(r.i + 2) != "من"
            and self.word(r.i + 2) not in MONTHS
        ):
            # (مدير مهرجان أبها للتسوق الـ 17 إبراهيم…: the ordinal, «the 17th»; not a date, في
            # الـ 2 من تموز)
            r.i += 2
            return NEXT
        category = self.lexicon.category(word)
        if self._basem(r.i) or self._compound_given_name(r.i) or self._family_of(r.i):
            category = "given"
        elif r.head and self._chief_of_people(r.i):
            category = "title"  # (كبير المفاوضين صائب عريقات: «the chief of», a person's title)
        elif (
            word in SPOKEN_FOR_PRONOUNS
            and r.kind == PERSON
            and r.name is None
            and strip_article(self.word(r.i - 1)) in SPOKESMEN
        ):
            r.i += 1  # «المتحدث باسمه جوش إيرنست»: for the body named before; the name follows
            return NEXT
        elif word == "باسم" and r.kind == PERSON:
            r.spoken_for = r.i
        elif (
            r.kind == PERSON
            and r.name is None
            and self.word(r.i - 1) in self.lexicon.kin
            and self._kin_of_someone(word)
        ):
            r.i += 1  # «ابن عمّه محمد السلطاني»: whose cousin; the name follows
            return NEXT
        # المتحدث باسم حملة ترامب، ستيفن تشيونغ: the word after باسم, and its complement when
        # it is indefinite, name the body spoken for (a person's name there is not the speaker's)
        spoken_for = r.spoken_for > 0 and (
            r.i == r.spoken_for + 1
            or r.i == r.spoken_for + 2
            and not self.word(r.spoken_for + 1).startswith("ال")
            and not self._given_name_after_named_body(r.spoken_for + 1)
        )  # (باسم الكرملين دميتري…)
        if r.kind in (MEDIA, ORGANIZATION) and self.object_noun(word):
            return STOP  # (نشرت صحيفة هآرتس | مقالا للكاتب…: the verb's object, not the outlet's name)
        if (
            r.kind in (MEDIA, ORGANIZATION)
            and r.i > r.start
            and (
                category == "title"
                or self.lexicon.people_in_construct(word)
                # (أطلقت اللجنة العامة للانتخابات | حملة إعلانية: another body's head, indefinite)
                or category == "organization"
                and word[:1] not in "وفلبك"
                and self.gazetteer.is_common(word)
            )
            and not word.startswith("ال")
            and not (word[:1] in "لب" and self.lexicon.category(word[1:]) == "title")
            and (
                self.word(r.i - 1).startswith("ال")
                or category == "organization"
                and self.word(r.i - 1).startswith("لل")  # (اللجنة العامة للانتخابات | حملة…)
            )
        ):
            # (واتهمت اللجنة | رئيس كوريا الجنوبية…، أدانت المحكمة | صحافيي «الجزيرة»: a body's
            # definite name ends before a title or people in construct, the verb's object; مكتب
            # رئيس الوزراء is one name, its head indefinite)
            return STOP
        if (
            r.kind in (MEDIA, ORGANIZATION)
            and r.i > r.start
            and category == ""
            # (also after a genitive behind لل: وكالة دوغان للأنباء | مداهمة…)
            and self.word(r.i - 1).startswith(("ال", "لل"))
            # (a bare word: not للهجرة، والصناعة, a genitive or a second name joined on; a
            # verbal noun may look definite, إلقاء)
            and word[:1] not in "وبفكل"
            and (
                verbal_noun_shaped(word)
                or not word.startswith(DEFINITE)
                and self.gazetteer.is_common(word)
                and not qualifier_shaped(word)
                and word not in COUNTING_NUMBERS  # (القناة الثالثة عشرة)
            )
        ):
            # (أعلنت كتائب المجاهدين | استهداف آلية…، وأكّد الإعلام الإسرائيلي | سقوط 498…: an
            # indefinite noun after a definite one begins another phrase, the verb's object)
            return STOP
        if (
            r.kind in (MEDIA, ORGANIZATION)
            and category == ""
            and self.word(r.i - 1).startswith("وال")
            and word[:1] not in "وبفكل"
            and verbal_noun_shaped(word)
        ):
            return STOP  # (قررت الهيئة العامة للسياحة والآثار | اعتماد اللوائح…: the verb's object)
        return self._name_step(r, word, category, spoken_for) or self._head_or_description_step(
            r, word, category, spoken_for
        )

    def definite_object_at(self, i: int) -> bool:
        """Token i, a definite common noun that is no adjective, with its clause going on past
        it — a comma before no name, or the verb's preposition: the verb's object after a title's
        adjective or a body's definite name (…الإسرائيلي | التعليق، قائلاً…), not a word of the
        subject; where a name follows, it was an adjective (الدستوري الحرّ، | عبير موسي)."""
        word, following = self.word(i), self.word(i + 1)
        return (
            word.startswith("ال")
            and self.lexicon.category(word) == ""
            and not _adjective_shaped(word)
            and not qualifier_shaped(word)
            and self.common_at(i)
            and (following in ("،", ",") and not self.is_name_start(i + 2) or following in VERB_PREPOSITIONS)
        )

    def _work_of_indefinite_title(self, r: _Reading, i: int) -> bool:
        """Token i, a common noun without the article right after a person's indefinite title,
        is the title's genitive — what the person made or runs (مؤلف قصص "المانغا"، مخرج فيلم
        "الطوفان") — when a quoted or definite word follows it: no object of the verb stands
        between a subject and its own genitive."""
        word, following = self.word(i), self.word(i + 1)
        return (
            r.kind == PERSON
            and r.name is None
            and i == r.start + 1
            and not self.word(r.start).startswith(DEFINITE)
            and self.lexicon.category(self.word(r.start)) == "title"
            and word.isalpha()
            and word[:1] not in "وفبلك"
            and not word.endswith("ا")
            and self.gazetteer.is_common(word)
            and not nisba_shaped(word)
            and not is_possessed(word, self.gazetteer.common)
            and (following in QUOTATION_MARKS or following.startswith("ال"))
        )

    def _complement_after_min(self, k: int) -> bool:
        """Token k, after من past a phrase's head and its description, is an abstract noun a
        verb takes there (قلّل من أهمية، حذّر من خطورة): the verb's complement, never the body,
        place or group a source comes from (مسؤول من وزارة الخارجية، ناشط من قبيلة التبو)."""
        return self.word(k) in COMPLEMENT_NOUNS_AFTER_MIN

    def _after_title_place(self, i: int) -> bool:
        """Token i follows the place a title is held in (مراسل الميادين بغزة، مدير الأمن في
        نابلس): a ب after it is no more of the title's."""
        previous = self.word(i - 1)
        return (
            previous[:1] == "ب"
            and self.lexicon.category(previous[1:]) == "place"
            or self.word(i - 2) in PLACE_PREPOSITIONS
            and self.lexicon.category(previous) == "place"
        )

    def _complement_by_ba(self, i: int) -> bool:
        """Token i, ب on a verbal noun no list knows (بوقف، بإسقاط، بالإفراج): the verb's
        complement after a group's or a body's name (طالب المتظاهرون بوقف الحرب، هدّد الاتحاد
        الأوروبي بوقف المساعدات) — those are described by ب only with a body or a place (مصدر
        بوزارة الخارجية، فرع الوزارة بمحافظة…) or with باسم. (A person's title takes its own ب
        phrase: المكلف بإعداد…، مدير الإعلام بتعليم الليث; the caller asks only after a name.)
        A word that is common with ب its own letter (بارز) goes on."""
        word = self.word(i)
        rest = word[3:] if word.startswith("بال") else word[1:]
        return (
            word[:1] == "ب"
            and word not in FUNCTION_WORDS
            and len(rest) >= 3
            and rest.isalpha()
            and self.lexicon.category(word) == ""
            and self.lexicon.category(word[1:]) == ""
            and self.lexicon.category(rest) == ""
            and not self.gazetteer.is_common(word)
            and (rest in ASKED_NOUNS or verbal_noun_shaped(rest))
            and rest not in name_grammar().place_nouns
            and self.lexicon.category(self.word(i + 1)) != "place"
        )

    def _named_after_body_head(self, i: int) -> bool:
        """Token i, a word no list or common words hold after a body's indefinite head (and
        after other such words right after it), is the body's genitive: its own foreign name or
        the person it is named for (مسؤول في إدارة | بايدن، مصدر مقرب من حكومة | نتنياهو، منظمة
        | هيومن رايتس واتش | أمس، علماء جامعة | كالغاري)."""
        k = i
        while k > i - MAX_BODY_NAME_WORDS and self._foreign_name_word(self.word(k)):
            k -= 1
        head = self.word(k)
        return (
            k < i
            and not _unvowelled_verb_shaped(self.word(k + 1))  # (منظمة | تعمل في غزة)
            and all(self._name_word_past_first(self.word(j)) for j in range(k + 2, i + 1))
            and self.lexicon.category(head) == "organization"
            and not head.startswith(DEFINITE)
            and self.gazetteer.is_common(head)  # (a head, not a body's own name: حماس)
        )

    def _name_word_past_first(self, word: str) -> bool:
        """Past a foreign name's first word, none behind a preposition, and و or a verb's prefix
        only on what is no Arabic word: حركة أنصار الله | وقيادتها، نظام الأسد | بسقوط، حزب
        الله | يستهدف are not names (هيومن رايتس واتش، جولدمان ساكس are: a transliteration's
        alef)."""
        first, rest = word[:1], word[1:]
        if first in "بلفك":
            return False
        if first == "و":
            return not (self.gazetteer.is_common(rest) or is_possessed(rest, self.gazetteer.common))
        return not _unvowelled_verb_shaped(word)

    def _foreign_name_word(self, word: str) -> bool:
        """A word no list or common words hold, with no article, no clitic on a known word,
        no particle and no verb's perfect (منظمة | غير حكومية، خلية | شاركت في…)."""
        return (
            self.lexicon.category(word) == ""
            and word.isalpha()
            and len(word) >= 3
            and not word.startswith("ال")
            and not self._clitic_on_word(word)
            and not self.gazetteer.is_common(word)
            and word not in stopwords()
            and not (len(word) <= 6 and word.endswith("ت"))
        )

    def object_noun(self, word: str) -> bool:
        """An indefinite common noun in the accusative by its alef (مقالا، تقريرا، بيانا), not a
        nisba or a place (روسيا): a verb's object, no word of a body's name."""
        stem = word[:-1]
        return (
            word.endswith("ا")
            and len(stem) >= 3
            and not word.startswith("ال")
            and not stem.endswith("ي")
            and stem in self.gazetteer.common
            and self.lexicon.category(word) != "place"
        )

    def _given_name_after_named_body(self, k: int) -> bool:
        """Token k is a body named by its own name, no head that takes a complement (حماس، فتح;
        not حركة، كتائب), and a given name follows it: the speaker's name (الناطق باسم حماس
        حازم قاسم), not the body's complement."""
        body = self.word(k)
        return (
            self.lexicon.category(body) in ("organization", "media")
            and not self.lexicon.is_generic_head(body)
            and self.lexicon.category(self.word(k + 1)) == "given"
        )

    def _place_as_given_name(self, r: _Reading, i: int) -> bool:
        """Token i, a place's name right after a title that ends on a definite word, then a
        word no list or common words hold before the phrase's end: a given name (الباحث كاميرون
        هدسون); a definite title takes no genitive, an indefinite one does (رئيس وزراء إسرائيل
        بنيامين نتنياهو، سفير كندا)."""
        word, previous, family = self.word(i), self.word(i - 1), self.word(i + 1)
        return (
            r.kind == PERSON
            and not r.head
            and r.name is None
            and not word.startswith(("ال", "و", "ب", "ل"))
            and self.lexicon.category(word) == "place"
            and previous.startswith("ال")
            and self.lexicon.category(previous) in ("title", "nisba", "")
            and previous not in PLACE_PREPOSITIONS
            and family.isalpha()
            and len(family) >= 3
            and not family.startswith("ال")
            and self.lexicon.category(family) in ("", "given")
            and not self.gazetteer.is_common(family)
            and self._ends_phrase(i + 2)
        )

    def _nisba_as_given_name(self, r: _Reading, i: int) -> bool:
        """Token i, an indefinite adjective of relation right after a definite title (or its
        definite rank), then a definite family name: a given name (العقيد تركي المالكي); an
        indefinite title's adjective is indefinite as it is (عقيد تركي: a Turkish colonel)."""
        word, previous, family = self.word(i), self.word(i - 1), self.word(i + 1)
        return (
            r.kind == PERSON
            and not r.head
            and r.name is None
            and not word.startswith(("ال", "و"))
            and self.lexicon.category(word) == "nisba"
            and previous.startswith("ال")
            and self.lexicon.category(previous) in ("title", "nisba", "honorific")
            and (
                family.startswith("ال")
                and len(family) >= 5
                and self.lexicon.category(family) in ("", "nisba")
                # (a family's name that is a word too, known as a name: الأمير تركي الفيصل)
                and (not self.gazetteer.is_common(family) or family in self.gazetteer.name_words)
                # (or his father's name: الأمير تركي بن محمد، الشيخ تركي بن عبد الله الشليل)
                or family in name_grammar().nasab_particles
            )
        )

    def _adjective_as_subjects_given_name(self, r: _Reading, i: int) -> bool:
        """Token i, an indefinite adjective of a title right after the cue (وأوضح فخري قميزة
        عضو الجمعية أنّ…): no adjective stands without its noun, so it is a given name when a
        family name no lexicon knows follows it and the subject ends there (a title, a comma,
        the content's opening)."""
        family = self.word(i + 1)
        return (
            r.head
            and r.subject
            and i == r.start
            and self.lexicon.category(self.word(i)) == "nisba"
            and self.word(i).endswith("ي")  # (a relation's adjective, as names are: not كبير مستشاري…)
            and not self.word(i).startswith(("ال", "و"))
            and self.lexicon.category(family) == ""
            and self.name_shaped_subject(i + 1)
            and family[:1] not in "بلكفو"  # (صدر أمر ملكي | بإنفاذ…: a preposition's noun)
            and not self.definite_at(i + 1)
            and not self.gazetteer.is_common(family)
            and not self.not_a_name(i + 1)
            and (
                self._ends_phrase(i + 2)
                or complementizer(self.word(i + 2))
                or self.lexicon.category(self.word(i + 2)) in ("title", "anonymous")
            )
        )

    def _title_word_as_given_name(self, r: _Reading, i: int, limit: int) -> int:
        """End of a name whose given name is a title too (أمير), right after a person's title
        or as a subject's first word, and before words of a name that run to the phrase's end
        (المحلل العسكري أمير بار شالوم إن…); i when none. Not the title in construct with its
        place (أمير منطقة جازان)."""
        following = self.word(i + 1)
        # (also as the subject's first word: وقالت أميرة كشغري — not أمير قطر، أمير منطقة الرياض)
        subject_head = r.head and r.subject and i == r.start
        if (
            not subject_head
            and (r.kind != PERSON or r.head)
            or r.name is not None
            or self.word(i) not in self.lexicon.title_given_names
            or not following.isalpha()
            or following.startswith("ال")
            or following in name_grammar().place_nouns
            or self.lexicon.category(following) not in ("", "given")
        ):
            return i
        end = self.name_run(i + 1, limit, after_title=True)
        return end if end > i + 1 and self._ends_phrase(end) else i

    def _genitive_of_indefinite_title(self, r: _Reading, i: int) -> bool:
        """Token i follows a title without its article at the phrase's head (مستشار، حاكم، وزير):
        a title so written is in construct with the word after it, which names whom or what the
        title serves (مستشار ترامب، حاكم بريانسك), never the holder — his name comes after the
        construct (حاكم بريانسك، ألكسندر بوغوماز)."""
        head = self.word(r.start)
        return (
            r.kind == PERSON
            and r.name is None
            and i == r.start + 1
            and not head.startswith("ال")
            and self.lexicon.category(head) == "title"
            and not name_grammar().is_particle(head)  # (ابن زايد، بن رودس: a name's own word)
            # (its pronoun says whose it is: نائبته كامالا هاريس, the holder's name next)
            and not self.lexicon.title_with_pronoun(head)
        )

    def _name_step(self, r: _Reading, word: str, category: str, in_spoken_for: bool) -> str | None:
        """A person's name: after an honorific, in the subject's first place (قال غالانت), or
        after a person's title (وزير الدفاع لويد أوستن); after a body's name, never."""
        lex, i, limit = self.lexicon, r.i, r.limit
        if (
            category == "honorific"
            and self.is_name_start(i + 1)
            # (الحاخام الأكبر: the honorific's adjective, a common word no name holds)
            and not (
                self.definite_at(i + 1) and self.common_at(i + 1) and not name_only_word(self.word(i + 1))
            )
        ):
            end = self._name_run_and_family(
                i + 1, limit, after_title=True
            )  # (الدكتور عابد العبدلي: as after a title)
            if end > i + 1:
                r.name, r.kind = (i + 1, end), PERSON
                r.i = end
                return NEXT
        if (body_end := self._body_name_in_title(r, i)) > i:
            r.i = body_end  # (مؤسس مجموعة فاغنر | يفغيني بريغوجين: the body's own name, then the holder's)
            return NEXT
        if r.head and category in ("", "place") and self.word(i + 1) in lex.outlet_name_ends:
            # فايننشال | تايمز، واشنطن | بوست: an outlet, not a man's name nor a city
            r.kind, r.head = MEDIA, False
            r.i += 1
            return NEXT
        if r.head and r.subject and r.name is None and (end := self._name_before_title(i)):
            # (أكدت سعيدة حقي | رئيسة نقابة…: words that read as common ones, a name before the
            # title that describes it)
            r.name, r.kind, r.i = (i, end), PERSON, end
            return NEXT
        if self._place_as_given_name(r, i):
            # (الباحث كاميرون هدسون، رئيسة الوزراء الإيطالية جورجيا ميلوني: a name that is a
            # country's too — a definite title takes no genitive)
            r.name = (i, self._name_run_and_family(i + 1, limit, after_title=True))
            r.kind, r.i = PERSON, r.name[1]
            return NEXT
        if self._nisba_as_given_name(r, i) or self._adjective_as_subjects_given_name(r, i):
            # (العقيد الركن تركي المالكي: Turki, a man's name — a definite title's adjective is
            # definite, «العقيد التركي»)
            r.name = (i, self._name_run_and_family(i, limit, after_title=True))
            r.kind, r.i = PERSON, r.name[1]
            return NEXT
        if (given_end := self._title_word_as_given_name(r, i, limit)) > i:
            # (المحلل العسكري أمير بار شالوم: Amir, a man's name after another title)
            r.name, r.kind, r.i = (i, given_end), PERSON, given_end
            return NEXT
        if r.kind == PERSON and not r.head and r.name is None and self._word_name_and_family_closing(i):
            r.name, r.i = (i, i + 2), i + 2  # (الناطق باسم الائتلاف | سالم المسلط | إن…)
            return NEXT
        if self._genitive_of_indefinite_title(r, i) and self.is_name_start(i) and not self.not_a_name(i):
            # (مستشار ترامب، حاكم بريانسك: whose adviser, where the governor rules; part of the
            # description, where the phrase surely ends or its holder's name follows a comma)
            end = max(self.name_run(i, limit), i + 1)
            if end >= limit or self.word(end) in ("،", ",", ":") or complementizer(self.word(end)):
                r.i = end
                return NEXT
        may_name = (
            r.kind in ("", PERSON, ANONYMOUS) and not in_spoken_for and self._may_name(r, word, category)
        )
        # A common word is the object or an adverb, not a name (قال غياب…، أكد اتفاقاً…،
        # المتحدث قلقه); a hyphenated word is a name (جان-إيف).
        if (
            r.name is None
            and may_name
            and self.is_name_start(i)
            and (r.subject or not self._imperfect_verb_at(i))
            and not (
                self.not_a_name(i)
                and not self._joined(i + 1)
                and not (
                    r.kind == PERSON
                    and not r.head
                    and (self._surname_follows(i) or self._two_words_before_content(i))
                )
                # (also after a title: الباحثة في الشؤون الإسرائيلية هبة عمر)
                and not (
                    (r.head and r.subject or r.kind == PERSON and not r.head)
                    and (self._woman_and_father(i) or self._woman_and_family(i))
                )
                and not (r.head and r.subject and self._name_particle_follows(i))
                # (وقالت هدى الأسطل: a given name that is a word, then a family name)
                and not (
                    r.head
                    and r.subject
                    and self._given_name_that_is_a_word(i)
                    and self._unknown_given_and_family(i, i + 1)
                    and not self._genitive_of_word_given_name(i + 1)
                )
            )
        ):
            end = self._name_run_and_family(i, limit, after_title=r.kind == PERSON and not r.head)
            if (
                r.head
                and r.subject
                and category == ""
                and self.registry.find_by_word(word) is None
                and not self._woman_and_father(i)
                and not self._ends_phrase(end)
                and lex.category(self.word(end)) not in ("title", "anonymous")
                # (or the verb's object in construct follows two words no common one is: أكدت
                # كلوديا تيني | دعم ترامب…; not أعلن إنهاء مهمات | سفراء البلاد)
                and not (
                    end - i >= 2
                    and self._object_in_construct(end)
                    and self.name_shaped_subject(i)
                    # (no common word, nor one of «us»: يا ترى هيتقبض علينا | زي الأفلام)
                    and not any(self.common_at(k) or self.word(k).endswith("نا") for k in range(i, end))
                )
            ):
                # "أكد وجوب وقف القتال": the object, not a name — unless a given and a family
                # name no lexicon knows stand there and the subject ends after them
                end = i + 2 if self._unknown_given_and_family(i, end) else i
            if (
                r.head
                and r.subject
                and category == ""
                and end != i + 1
                and self.registry.find_by_word(word) is None
                and self._family_name_before_object(i)
            ):
                end = i + 1  # (a known family name alone before the verb's object: أكد نتنياهو موقف بلاده)
            if (
                end > i
                and not r.head
                and category != "given"
                and self.registry.find_by_word(word) is None
                and not self._ends_phrase(end)
                and not (end - i >= 2 and self._all_name_words(i, end))
                and not (end - i >= 2 and self._woman_and_family(i))
                # (a second title in apposition after two words: a name and its family —
                # الصربي | سينيسا ميهالوفيتش | المدير الفني لفريق ميلان)
                and not (end - i == 2 and self._definite_title_at(end))
                and not (
                    end - i >= 2
                    and self._object_after_foreign_name(i, end)
                    and self._all_name_words(i, end, known=True)
                )
            ):
                # "الكاتب وصول القوارب": an object after the title, not a name (a name of several
                # words, none of them common, is one: أدان الأمين العام بان كي مون الحادث)
                end = i
            if end > i and not r.inner_named and self._name_of_inner_title(r, i):
                # مستشار الرئيس الأميركي جو بايدن، المتحدث باسم رئيس الوزراء بنيامين نتنياهو: the
                # name is the president's, the adviser is described by it (or named after it)
                r.i, r.inner_named = end, True
                return NEXT
            if end > i:
                r.name, r.kind = (i, end), PERSON
                r.i = end
                # A second known person right after the name is spoken to (حثّ أوستن غالانت).
                return STOP if self.registry.find_by_word(self.word(r.i)) is not None else NEXT
        if (
            r.name is not None
            and (
                category not in ("title", "nisba", "function")
                and not word.startswith("ال")
                or word.startswith("ل")
                and not word.startswith("ال")
            )
            # (مسعود البارزاني رئيس | إقليم كردستان العراق: the title after the name goes on
            # through its construct)
            and not (
                r.name[1] < i
                and word[:1] not in "لب"  # (a preposition's noun: spoken to, or the content)
                and (
                    category in ("place", "organization")
                    or category == ""
                    and self._continues_chain(i, r.kind)
                )
            )
        ):
            return STOP  # "البحيري لأمين محفوظ": the name ends where the addressee begins
        return None

    def _kin_of_someone(self, word: str) -> bool:
        """A relative with a possessive pronoun (عمّه، خالها، أخيه، زوجته، والدتهم): whose
        relative, never a name (nor a place or a given name so written: جدة، عمه)."""
        if self.lexicon.category(word) in ("place", "given"):
            return False
        for suffix in ("هما", "هم", "ها", "ه"):
            if not word.endswith(suffix) or len(word) <= len(suffix) + 1:
                continue
            stem = word[: -len(suffix)]
            return (
                stem in self.lexicon.kin
                or stem[-1:] == "ت"
                and stem[:-1] + "ه" in self.lexicon.kin  # (زوجته ← زوجة)
                or stem in FIVE_NOUNS_GENITIVE  # (أخيه، أبيها: not أمية, a man's name)
            )
        return False

    def _may_name(self, r: _Reading, word: str, category: str) -> bool:
        """Whether an unknown word here may be a name: a given or known name anywhere; an
        unknown word as the subject's first word or after a person's title, but not after a
        preposition and perhaps a noun of places (قائد الشرطة في صور، في قصر قرطاج) nor before a
        definite word."""
        i = r.i
        if _preposition_and_article(word) and self.registry.find_by_word(word) is None:
            return False  # (مستشفى ابن الجزار | بالقيروان: the place, not a name)
        if word.startswith("وال") and len(word) > 5:
            return False  # (الخبير الأمني | والإستراتيجي: a definite word joined by و, no name)
        if word in MONTHS:
            return False  # (وكان المبعوث، في مارس، قد حذّر: a month, no man «مارس»)
        if self._kin_of_someone(word):
            return False  # (وقال ابن عمّه، محمد السلطاني: «his uncle», the name after the comma)
        if category != "given" and i > r.start and self._after_outlet_head(i):
            return False  # (مؤسس موقع | ويكيليكس جوليان أسانج: the outlet's name, then the man's)
        if category != "given" and adverbial_noun(word):
            return False  # (ختم الوزير | حديثه: his talk, the verb's object, no name)
        if (
            len(word) <= 2
            and category != "given"
            and word not in self.gazetteer.name_words
            and not self._unknown_name_word(i + 1)  # (وو تشيان: a name of two letters and more)
        ):
            return False  # (وزير خارجية المملكة المتحدة | حلّ أمس بتونس: a verb of two letters)
        if r.kind == ANONYMOUS and (
            self.word(i - 1) in PLACE_PREPOSITIONS
            or self.word(i - 2) in PLACE_PREPOSITIONS
            and self.lexicon.category(self.word(i - 1)) == ""
        ):
            return False  # مصادر طبية في خان يونس: a place's word, not a man's name
        return (
            category == "given"
            or self.registry.find_by_word(word) is not None
            # (وأكدت آمنة | الرقيق أن…: a given name that is a word, before a family name)
            or r.head
            and r.subject
            and self._given_word_before_family_name(i)
            or (
                category == ""
                and not self.definite_at(i)
                and not preposition_and_possessed(word)  # (الموقف الثابت | لبلاده)
                and not preposition_and_verbal_noun(word)  # (سمو الرئيس العام | لإيقاف تزايد…)
                and not self._feminine_of_common_noun_with_pronoun(word)  # (شكر الوزير | غريمته)
                and (r.head and r.subject or (r.kind == PERSON or r.titled_anonymous) and not r.head)
                and self.word(i - 1) not in PLACE_PREPOSITIONS
                # (في قصر قرطاج، في مدينة X: the place's own name, no person's)
                and not self._place_noun_after_preposition(i - 1)
                and (
                    not self._next_word(i).startswith("ال")
                    # (وأشار بومينوف | إلى أن…: a word that ends the subject, no family name)
                    or r.head
                    and r.subject
                    and self.is_boundary(self._next_word(i))
                    and self.name_shaped_subject(i)
                    or (
                        r.kind == PERSON
                        and not r.head
                        and (
                            not self.gazetteer.is_common(self._next_word(i))
                            or self.family_nisba(self._next_word(i))
                            or self._trade_family_name(self._next_word(i))
                        )
                    )
                    # (وذكر كومر | النائب الجمهوري: a surname, then the title in apposition)
                    or r.head
                    and self.lexicon.category(self._next_word(i)) == "title"
                    or r.head
                    and r.subject
                    and self._unknown_given_and_family(i, i + 1)
                )
            )
            # "وأشار البحيري إلى أن": a lone definite word right after the verb is a surname.
            # (family names of that shape end in ي: البحيري، الزياني).
            or r.head
            and r.subject
            and category == ""
            and word.startswith("ال")
            and word.endswith("ي")
            and self._ends_phrase(i + 1)
        )

    def _month_at(self, k: int) -> bool:
        """A month at token k, or a day before one (الثاني من شباط، 3 شباط)."""
        return (
            self.word(k) in MONTHS
            or self.word(k + 1) == "من"
            and self.word(k + 2) in MONTHS
            or self.word(k).isdigit()
            and self.word(k + 1) in MONTHS
        )

    def time_span_end(self, i: int) -> int:
        """The end of a date or a time at token i (في 3 شباط/فبراير 2022، في شباط الماضي،
        منتصف أيار، العام الماضي): the token after it, or i when none stands there."""
        if not self._time_at(i):
            return i
        if (self.word(i), self.word(i + 1)) in MOMENTS:
            return i + 2
        k = i + (self.word(i) in MONTH_OPENERS)
        while k < self._size and (
            self.word(k) in MONTHS
            or self.word(k).isdigit()
            or self.word(k) in ("/", "-", "من")
            or self.word(k) in PERIODS
            or self.word(k) in PERIOD_PLACES
            or self.word(k) in ORDINAL_DAYS
        ):
            k += 1
        return k

    def _preposition_after_back_reference(self, r: _Reading, i: int) -> bool:
        """Token i is a verb's preposition right after a body or an outlet named by its head
        alone (وطالبت الوزارة | من القطاع…، وتحدثت الصحيفة | مع 9 مسؤولين، وأكدت الحكومة |
        على…): the body the article named before, and what its verb takes. Not «من أجل», which
        names bodies (الاتحاد من أجل المتوسط)."""
        return (
            i == r.start + 1
            and r.name is None
            and self.word(i) in VERB_PREPOSITIONS
            and self.word(r.start).startswith("ال")
            and self.lexicon.category(self.word(r.start)) in (ORGANIZATION, MEDIA)
            and self.word(i + 1) != "اجل"
        )

    def _body_name_in_title(self, r: _Reading, i: int) -> int:
        """The end of a body's own name at token i, inside a person's title, right after the
        body's head without the article (مؤسس شركة | تسلا | إيلون ماسك، رئيس حزب | ليكود | بنيامين
        نتنياهو، زعيم حركة | أمل | نبيه بري، مدير مكتب | نتنياهو، إن…): the title's words, not the
        holder's name, which follows it or is not given; i when no body's name stands there."""
        head, word = self.word(i - 1), self.word(i)
        if head[:1] == "ل" and not head.startswith(DEFINITE):
            head = head[1:]  # (الأمين العام لمنظمة | بدر العراقية: «of the organization»)
        if not (
            r.kind == PERSON
            and r.name is None
            and i > r.start
            and not r.head
            and not head.startswith(DEFINITE)
            and (self.lexicon.is_generic_head(head) or head in NAMED_BODY_HEADS)
            and word.isalpha()
            and not self.definite_at(i)
            and self.lexicon.category(word) in ("", "given", "place")
            and not self.is_boundary_at(i)
        ):
            return i
        following = self.word(i + 1)
        if (
            self.name_run(i + 1, r.limit, after_title=True) > i + 1
            or following in ("،", ",", ":")
            or complementizer(following)
            or i + 1 >= r.limit
        ):
            return i + 1
        if (
            self.definite_at(i + 1)
            and self.lexicon.category(following) == "nisba"
            and (self.word(i + 2) in ("،", ",") or complementizer(self.word(i + 2)))
        ):
            return i + 2  # (منظمة بدر العراقية، هادي العامري: the body's country after its name)
        return i

    def _preposition_on_common_noun(self, word: str) -> bool:
        """ل on a common noun of five letters at least that takes the article (لزيارة، لمعاينة،
        لانتخابات), or ب on one that ends in ة (بضرورة، بمواصلة): a purpose or a preposition's
        phrase — what the verb asks for (وطالب الدكتور مجدي | بضرورة إيجاد حلول…) — no word of
        a name, unless the word is a name the lexicons or the archive know (لطفي، لبنى، لافروف،
        بشارة). (Shorter nouns are as often a foreign name's letters: لورد، لاورو، لخضر; and
        family names are made of ب and a plural: معتز بشارات.)"""
        return (
            len(word) >= 6
            and (word[0] == "ل" or word[0] == "ب" and word.endswith("ه"))
            and word[1] != "ل"
            and word not in self.gazetteer.name_words
            and self.lexicon.category(word) == ""
            and word[1:] in self.gazetteer.common
        )

    def _chief_of_people(self, i: int) -> bool:
        """Token i is an adjective that heads a title (`chief_titles`) before a plural of people:
        a sound plural, definite or in construct (كبير المفاوضين، كبير مستشاري الرئيس، كبير
        مستشاريه), or a broken one the lexicon lists (كبير الخبراء) — not «big» before a noun
        (كبير الحجم)."""
        if strip_article(self.word(i)) not in self.lexicon.chief_titles:
            return False
        plural = self.word(i + 1)
        bare = strip_article(plural)
        if bare in self.lexicon.chief_title_exceptions:
            return False
        return bare in self.lexicon.people_broken_plurals or (
            len(bare) >= 5
            and bare.isalpha()
            and (
                plural.startswith("ال")
                and bare.endswith("ين")
                or not plural.startswith("ال")
                and bare.endswith(("ي", "يه", "يها", "يهم"))
            )
        )

    def _titled_given_name_end(self, r: _Reading, i: int) -> int:
        """The end of the name that token i opens when it is a given name that is another word
        too — one of `TITLED_GIVEN_NAMES`, or
        one written with a hamza before its ل, which normalizing made look definite (إلهام
        «inspiration»): right after a title or an honorific that has no name yet (الشيخ صباح
        الأحمد، وزير الدفاع الصيني لي شانغ فو، الفنانة الفلسطينية إلهام الأسطل), with a name's word
        after it, not a time (صباح اليوم، صباح الأحد، صباح 12 مايو) nor a complementizer (وقال
        الوزير لي إن…: «told me»); i when none is. The name's words after it are those of a name,
        or a definite family name no list classes (إلهام الأسطل: a family name the archive,
        always meeting it with the article, counts among its common words)."""
        word, following = self.word(i), self.word(i + 1)
        if not (
            (
                word in TITLED_GIVEN_NAMES
                or word.startswith("ال")
                and not self._written_with_article(i)
                and word in name_grammar().word_given_names
            )
            and r.kind == PERSON
            and r.name is None
            and i > r.start
            and following[:1].isalpha()
            and not self.lexicon.is_adverbial_opener(following)
            and following not in MONTHS
            and not self.is_boundary_at(i + 1)
        ):
            return i
        end = self.name_run(i + 1, r.limit, after_title=True)
        if (
            end == i + 1
            and self.definite_at(i + 1)
            and following.isalpha()
            and self.lexicon.category(following) == ""
            and not qualifier_shaped(following)
        ):
            return i + 2
        return end if end > i + 1 else i

    def _time_at(self, k: int) -> bool:
        """A time opens at token k: a month after its opener (في فبراير، منتصف شباط), a month
        alone, a period placed (العام الماضي), or a period behind its opener (في الأيام الأولى
        لانطلاق…، خلال العام)."""
        word = self.word(k)
        return (
            word in MONTH_OPENERS
            and (self._month_at(k + 1) or self.word(k + 1) in PERIODS)
            or word in MONTHS
            or word in PERIODS
            and self.word(k + 1) in PERIOD_PLACES
            or (word, self.word(k + 1)) in MOMENTS
        )

    def _unknown_name_word(self, k: int) -> bool:
        """Token k may be a name's word no list holds: letters only, three at least, no common
        word, no word the lexicons class."""
        word = self.word(k)
        return (
            len(word) >= 3
            and word.isalpha()
            and not self.gazetteer.is_common(word)
            and not self.lexicon.category(word)
            and not self.is_boundary(word)
            and not self.adverbial_at(k)  # (حلّ | أمس)
        )

    def _place_noun_after_preposition(self, k: int) -> bool:
        """Token k is a noun of places behind في/من (في قصر، في إقليم): the word after it is the
        place's own name."""
        return self.word(k - 1) in PLACE_PREPOSITIONS and self.word(k) in name_grammar().place_nouns

    def _feminine_definite_head(self, i: int) -> bool:
        """A definite feminine singular head (الحركة، الوزارة، الصحيفة)."""
        word = self.word(i)
        return word.startswith("ال") and word.endswith("ه") and len(word) >= 5

    def _indefinite_after_definite(self, r: _Reading, i: int) -> bool:
        """Token i is a common noun without the article right after a definite word: «وأكد
        المشاركون | ضرورة وقف العدوان»، «وأكد وزير الخارجية | أهمية التعاون». A definite word takes
        no indefinite one after it — an adjective agrees with it in definiteness, and a definite
        noun has no genitive — so the phrase has ended and the verb's object begins. (A name, a
        title in apposition, a preposition's phrase are other words, read by their own steps;
        the caller asks only of words of no category.)"""
        before, word = self.word(i - 1), self.word(i)
        if r.kind == PERSON and r.name is None and not (word in ASKED_NOUNS or verbal_noun_shaped(word)):
            # (مدرب الأنصار عبود الخضري، عضو البرلمان … فائق الشيخ علي: a title's holder may be named
            # by words that are words too; only a noun of what is asked or a derived verb's noun
            # surely begins the verb's object there)
            return False
        return (
            before.startswith("ال")
            and len(before) > 3
            and before[2:].isalpha()
            and word.isalpha()
            and not word.startswith(DEFINITE_OR_CLITIC)
            # (nor a clitic's word: والتنمية، للإغاثة، ومؤسسات go on with the phrase)
            and not (word[:1] in "وفلبك" and self.gazetteer.is_common(word[1:]))
            and word not in FUNCTION_WORDS
            and word not in self.lexicon.same_markers
            and word not in COUNTING_NUMBERS  # (القناة الثالثة عشرة: an ordinal's ten)
            and word not in DIRECTION_NOUNS  # (مجلس الجليل الأعلى شمالي فلسطين: where it is)
            and self.gazetteer.is_common(word)
        )

    def _after_indefinite_plural(self, r: _Reading, i: int) -> bool:
        """Token i follows a phrase's indefinite plural in ون/ين (ناشطون، مسؤولين), at once or
        after one indefinite adjective (آخرون، أميركيون); or a singular head's indefinite
        adjective (مسؤول أميركي)."""
        head = self.word(r.start)
        if head.startswith(DEFINITE):
            return False
        between = self.word(i - 1)
        # (a singular's definite genitive follows it at once, مسؤول الإدارة; after its
        # indefinite adjective none does: مسؤول أميركي | التعليق)
        return (
            i == r.start + 1
            and head.endswith(("ون", "ين"))
            or (
                i == r.start + 2
                and not between.startswith(DEFINITE)
                and (
                    self.lexicon.category(between) == "nisba"
                    or between in self.lexicon.groups_at_phrase_start
                    or between.endswith(("يون", "يين"))  # (حقوقيون: a plural adjective of relation)
                )
            )
        )

    def _initials_end(self, i: int, limit: int) -> int:
        """Past the initials of a name from token i (و. ز، م. ع. — single letters, each but the
        last followed by its stop), or an initial and the rest of the name (ك. شانموغام): the
        token after them, or i when there are none."""
        k, letters = i, 0
        while len(self.word(k)) == 1 and self.word(k).isalpha():
            letters += 1
            if self.word(k + 1) != ".":
                k += 1
                break
            k += 2
        if (
            letters == 1
            and k == i + 2
            and self.word(i) not in ONE_LETTER_TITLES  # (د. عزام: the doctor's title)
            and self.is_name_start(k)
            and not self.not_a_name(k)
        ):
            return self.name_run(k, limit)
        return k if letters >= 2 else i

    def _second_head_at(self, i: int) -> bool:
        """Word `i` is a second indefinite head joined by و (أحزاب عربية ومؤسسات | دينية): the
        adjective after it is its own, as after the first."""
        word = self.word(i)
        return (
            word[:1] == "و"
            and not word.startswith("وال")
            and self.lexicon.category(word[1:]) in ("organization", "anonymous")
        )

    def _second_adjective_at(self, r: _Reading, i: int) -> bool:
        """Word `i` is a second indefinite adjective of relation joined by و to the first after
        a head (منظمات حقوقية | وإنسانية، مصادر أمنية وعسكرية، دول عديدة ومنظمات حقوقية
        وإنسانية): the same source's."""
        word, previous = self.word(i), self.word(i - 1)
        return (
            (i == r.start + 2 or self._second_head_at(i - 2))
            and word[:1] == "و"
            and not word[1:].startswith("ال")
            and nisba_shaped(word[1:])
            and not previous.startswith("ال")
            and nisba_shaped(previous)
        )

    def _head_or_description_step(self, r: _Reading, word: str, category: str, in_spoken_for: bool) -> str:
        """The phrase's head word says its kind (a title: a person; وزارة: a body…); after it,
        the words that describe it, up to one that cannot."""
        lex, i = self.lexicon, r.i
        if i > r.start and word in CLAUSE_VERBS:
            return STOP  # (مسؤول أمريكي | رفض الكشف عن اسمه: the source's own clause)
        if i > r.start and word in COUNTERPARTS:
            return STOP  # (دعا الرئيس الفلسطيني | نظيره الفرنسي إلى…: the one spoken to)
        if (
            (r.name is not None or r.inner_named)
            and category in ("media", "organization")
            and word[:1] not in "وبل"
            and not self.definite_at(i)
        ):
            # (طالبت المتحدثة باسم رئيس الوزراء الكندي جاستن ترودو | قناة فوكس نيوز بسحب…: after
            # a name, a body's head opens another phrase, the verb's object)
            return STOP
        if i > r.start and word in TITLE_FIELDS and r.kind == PERSON and r.name is None:
            r.i += 1  # (محلل الميادين | لشؤون أميركا نزار عبود: the field, then the holder's name)
            return NEXT
        if (
            i > r.start
            and not r.head
            and r.kind in (ORGANIZATION, MEDIA, ANONYMOUS)
            and self.word(i - 1).startswith("ال")
            and category == ""
            and self._imperfect_verb_at(i)
        ):
            return STOP  # (حلف الناتو | يحاول التمدد…: the body's own verb, a sentence's)
        if (
            i > r.start
            and not r.head
            and (r.kind != PERSON or r.name is not None or self._after_title_place(i))
            and self._complement_by_ba(i)
        ):
            # (وطالب المتظاهرون | بوقف الحرب: what they asked for, no word of theirs; وأفاد
            # مراسل الميادين بغزة | بانسحاب…: after the title's place too)
            return STOP
        if (
            i == r.start + 1
            and word[:1] == "ب"
            and word not in FUNCTION_WORDS
            and self.lexicon.our_title(self.word(r.start))
            and self.lexicon.category(word[1:]) not in ("place", "organization", "media")
        ):
            # (وأفاد مراسلنا | بتركّز الاشتباكات: a title with «our» takes no genitive or name,
            # only its place, so ب opens the verb's complement)
            return STOP
        if (
            i > r.start
            and r.kind == PERSON
            and r.name is None
            and word in name_grammar().place_nouns
            and (end := self._place_name_end(i + 1)) > i + 1
        ):
            # (رئيس مستوطنة "مرغليوت"، محافظ مدينة نابلس: the place the title rules; its
            # holder's name may follow)
            r.i = end
            first = self.word(end)
            name_end = self._name_run_and_family(end, r.limit, after_title=True)
            if (
                name_end > end
                and not first.startswith("ال")
                and (first[:1] not in "بل" or self.lexicon.category(first) == "given")
                and all(
                    self.lexicon.category(self.word(k)) in ("given", "nisba", "")
                    and self.word(k) not in name_grammar().place_nouns
                    for k in range(end, name_end)
                )
                and self._ends_phrase(name_end)
            ):
                r.name, r.i = (end, name_end), name_end  # (… ظهران الجنوب | تركي الوادعي | إن…)
            return NEXT
        if i > r.start and word.isdigit() and r.kind == PERSON and lex.category(self.word(i - 1)) == "media":
            r.i += 1  # (المحلل السياسي للقناة | 13 رفيف دروكر: the channel's number)
            return NEXT
        if i > r.start and word[:2] == "وب" and len(word) >= 5 and self.gazetteer.is_common(word[2:]):
            return STOP  # (أدانت الأمانة العامة للهيئة | وبشدة العمل…: «and strongly», the verb's manner)
        if (
            r.kind == ORGANIZATION
            and r.place_head
            and category != "nisba"
            # (an adjective of relation the lexicon does not list: كوريا الشمالية)
            and not (word.startswith("ال") and nisba_shaped(word))
            # (another country joined by و; واشنطن's و is its own)
            and not (word[:1] == "و" and category == "place" and self.lexicon.category(word[1:]) == "place")
        ):
            # "دعت روسيا الجانبين": a country takes no complement, only adjectives and
            # another country (أعلنت الإمارات وسلطنة عمان: both speak)
            return STOP
        if (
            r.head
            and r.subject
            and word[0] in "لب"
            and category in ("title", "organization", "media", "anonymous", "place")
            and not word.startswith("ال")
            and word not in self.lexicon._all_words
            and lex.category(word[1:]) != ""  # (not لاعبو الفريق: its ل the word's own)
        ):
            return STOP  # a subject stands behind no preposition: لقناة الجزيرة is spoken to
        if (
            r.kind in (ANONYMOUS, ORGANIZATION)
            and word[:1] == "ل"
            and category == "media"
            and not word.startswith("ال")
        ):
            # كشفت مصادر محلية | لوكالة "سبوتنيك" عن…، وكشف مصدر في حركة حماس | للجزيرة نت…: the
            # outlet spoken to, also where a later verb looks back for its subject
            return STOP
        if (
            r.kind in (ORGANIZATION, MEDIA)
            and (
                i == r.start + 1
                and self.word(r.start).startswith("ال")
                and lex.is_generic_head(self.word(r.start))
                # (and after a body's name that ended on a definite word: وأدانت وزارة الخارجية
                # | الهجوم، الجامعة العربية | الهجوم — no definite word takes a genitive)
                or i >= r.start + 2
                and self.word(i - 1).startswith("ال")
                and self.word(i - 1).isalpha()
            )
            and word.startswith("ال")
            and word.isalpha()  # (not القناة الـ13: its number)
            and len(word) > 3  # (nor القناة ال 12, the article written apart)
            and category == ""
            and not qualifier_shaped(word)
            # (a participle of four letters may be an adjective too: نظام الإنذار المبكر)
            and not (len(word) == 6 and word[2] == "م")
        ):
            # (واعتبرت الحركة | الخطوة تصعيداً: a definite head takes no definite genitive — its
            # name follows as an adjective, الجبهة الشعبية — so the word is the verb's object)
            return STOP
        if not r.head and category == "" and self._indefinite_after_definite(r, i):
            return STOP
        if r.head and word in LATEST_WORDS and lex.category(self.word(i + 1)) == "statement":
            r.i += 1  # (ذكر أحدث تقرير صادر عن برنامج الغذاء العالمي أنّ…: the latest of the reports)
            return NEXT
        if r.head:
            following = self.word(i + 1)
            if strip_article(word) in lex.heads_before_names and not (
                lex.category(following) in ("organization", "place") or self._foreign_name_word(following)
            ):
                return STOP  # (اقترح تنظيم مؤتمر سلام: «organizing», no body; التنظيم: also «the bylaw»)
            if strip_article(word) in lex.titles_in_construct and lex.category(self.word(i + 1)) != "title":
                return STOP  # (طلبت مساعدة أوروبية: the noun «aid», not an assistant)
            r.place_head = category == "place"
            # "المسؤول الإعلامي للجناح … بختيار دوغان": a definite title an anonymous source
            # may also have (مسؤول) is one known person when a name follows
            r.titled_anonymous = (
                category == "anonymous"
                and word.startswith("ال")
                and strip_article(word) in lex.titles
                # (and a trade made definite by its construct: رجل الأعمال إيلون ماسك)
                or self.word(i + 1).startswith("ال")
                and strip_article(self.word(i + 1)) in lex.trades_in_construct.get(word, ())
            )
            r.kind = HEAD_KINDS.get(category, "")
            if not r.kind and r.subject and self._occupation_before_name(i, category):
                r.kind = PERSON  # وبيّن البائع أسامة محمد أن…: a person by his trade, then his name
            if not r.kind:
                return STOP
            r.head = False
        elif (
            r.kind == ANONYMOUS
            and i == r.start + 1
            and self.word(r.start).startswith(DEFINITE)
            and self.word(r.start).endswith("ون")
            and category in ("organization", "media", "place", "title", "anonymous")
        ):
            # «اتهم المتمردون | الحكومة بقطع المؤن»: a plural in ون is no construct's first
            # noun (that drops its ن: مفاوضو الدول), so a body after it is the verb's object
            return STOP
        elif (
            r.kind in (ANONYMOUS, ORGANIZATION)
            and i == r.start + 1
            and self.word(r.start) in self.lexicon.dual_heads
            and category != "nisba"
        ):
            # «أكّد الوزيران | التزامهما…»، «أعلن الزعيمان | صداقة…»: two people or countries
            # by their office take no complement, only adjectives
            return STOP
        elif (
            r.kind in (MEDIA, ORGANIZATION)
            and i == r.start + 1
            and self._feminine_definite_head(r.start)
            and word.startswith("ال")
            and word[2:].isalpha()
            and not word.endswith(("ه", "ي", "ا", "ون", "ين"))
            and category != "nisba"
        ):
            # «واعتبرت الحركة | القرار تصعيداً»، «وأدانت الوزارة | الهجوم»: a definite head is
            # no construct's first noun, and its adjective agrees with it (الحركة الإسلامية،
            # المحكمة العليا), so a definite word of another ending is the verb's object (not
            # a number: القناة الـ12)
            return STOP
        elif (
            (r.kind in (MEDIA, ORGANIZATION) or r.kind == PERSON and r.name is None)
            and i > r.start
            and word.startswith("ال")
            and word.endswith("ين")
            and len(word) >= 7
            and self.lexicon.category(word) in ("", "anonymous")
            and (
                i - 1 == r.start
                and self.word(r.start).startswith("ال")
                and r.kind != PERSON
                or self._after_adjective_of_relation(i)
            )
        ):
            # «ودعت السلطات | المتساكنين…»، «اتهمت الحكومة الأوكرانية | الانفصاليين…»، «دعا السفير
            # الفرنسي | المستثمرين…»: a body's definite name, or a title's adjective of relation,
            # takes no plural of people after it, neither genitive nor adjective (not «جماعة
            # الإخوان المسلمين»: the genitive's adjective), so it is the verb's object
            return STOP
        elif r.kind == ANONYMOUS and word.startswith("ال") and self._after_indefinite_plural(r, i):
            # «ووصف ناشطون آخرون | القانون بأنه…»: nor, after an indefinite one and its
            # adjective, a definite noun (which no indefinite noun has for adjective)
            return STOP
        elif (
            (
                r.kind in (MEDIA, ORGANIZATION, ANONYMOUS)
                and (
                    category in ("", "organization", "media", "place")
                    and word.startswith("ال")
                    and not _adjective_shaped(word)
                    # (or an outlet's head as written — not the body's own name, وفا — nor
                    # behind a clitic)
                    or word in self.lexicon.outlet_heads
                )
                # (and after a person's title, the verb's definite object: رفض المتحدث باسم الجيش
                # الإسرائيلي | التعليق، قائلاً…)
                or r.kind == PERSON
                and r.name is None
                and self.definite_object_at(i)
            )
            and self.word(i - 1).startswith("ال")
            and self.lexicon.category(self.word(i - 1)) == "nisba"
        ):
            # «نشرته صحيفة جيروزاليم بوست الإسرائيلية | التحديات التي تواجه…»، «اتهمت وزارة
            # الخارجية الروسية | الدول الغربية…»، «حذرت السلطات البحرينية | وسائل الإعلام»:
            # after the adjective of relation a definite noun or a new head is no more of the
            # body's name
            return STOP
        elif (
            r.kind in (MEDIA, ORGANIZATION, ANONYMOUS, PERSON)
            and (
                self._after_adjective_of_relation(i)
                or self.lexicon.category(self.word(i - 1)) == "place"
                and (
                    self.word(i - 2) in PLACE_PREPOSITIONS
                    # (and past the place's noun: مديرية الشؤون الصحية في منطقة عسير | حالة…)
                    or self.word(i - 2) in name_grammar().place_nouns
                    and self.word(i - 3) in PLACE_PREPOSITIONS
                    # (a body named by its place: أكدت جامعة تبوك | توقف القبول…)
                    or r.kind == ORGANIZATION
                    and i - 2 == r.start
                )
            )
            and word not in DIRECTION_NOUNS  # (في مدينة سبها | جنوب طرابلس: the place, placed)
            and (
                word[:1] not in "لبوف"
                and (not word.startswith("ال") or word in self.gazetteer.common)
                and (self.common_at(i) or verbal_noun_shaped(word))
                and not _adjective_shaped(word)
                or word.startswith("بال")
                and verbal_noun_shaped(word[3:])
            )
        ):
            # «أكدت وزارة الخارجية الإيرانية | موقف البلاد…»، «طلب المجلس العسكري في النيجر |
            # مغادرة السفير»، «انتقد وزير الخارجية القطري | مواصلة إيران…»، «وقدّر الرئيس
            # التركي | التزام الحكومة» (the ال of التزام is the verbal noun's own): after its
            # adjective or its place, nor a common or verbal noun without the article (the
            # verb's object), where a name may stand (حركة المقاومة الإسلامية حماس); nor a
            # verbal noun behind بال, an adverb of manner (أوضح الرئيس الفنزويلي | بالتفصيل…)
            return STOP
        elif word.startswith("بال") and (
            r.kind == MEDIA
            and (verbal_noun_shaped(word[3:]) or is_common_word(word[3:], self.gazetteer.common))
            or r.kind in (ORGANIZATION, ANONYMOUS)
            and verbal_noun_shaped(word[3:])
            and not self.word(i - 1).startswith("الم")
        ):
            # «وختمت الصحيفة | بالإشارة إلى…»، «ختمت الجبهة | بالتأكيد…»، «تتهم الدول الغربية |
            # بالتأخر»: how the source spoke, never its name (but a place or a body behind بال
            # may be: مصادر أمنية بالجهة; a participle's complement: المجلس المكلف بالمصادقة;
            # a person's title: القائم بالأعمال)
            return STOP
        elif r.kind == ORGANIZATION and i == r.start + 1 and self._leader_of_body(i):
            r.i = self.name_run(i, r.limit)  # حكومة نتنياهو، إدارة بايدن: the body by its leader
            return NEXT
        elif r.kind == ORGANIZATION and (end := self._proper_name_of_body(r, i)) > i:
            r.i = end  # معهد ستوكهولم، منظمة هيومن رايتس ووتش: the body's own name
            return NEXT
        elif (
            category == "statement"
            and r.kind != "statement"
            and (
                not word.startswith(DEFINITE)
                or word.startswith("ال")
                and i > r.start + 1
                and not self.lexicon.is_generic_head(self.word(i - 1))
            )
        ):
            # «أصدرت حركة حماس بياناً»، «وختمت كتائب القسام الفيديو بأنّ…»: what the source
            # issued, not its name (a definite one right after the head may be: منظمة المؤتمر
            # الإسلامي، الأمين العام للمؤتمر القومي)
            return STOP
        elif (
            category == ""
            and not word.startswith(("ال", "لل", "بال", "وال"))
            and not self._continues_chain(i, r.kind)
            and not (r.kind == MEDIA and i - r.start <= 3 and not self._outlet_name_closed(i))
            # (مؤسس موقع | ويكيليكس: the outlet's own name in a title, its holder's name after it)
            and not (r.kind == PERSON and r.name is None and self._after_outlet_head(i))
            # (a place named after a person: مديرة مدرسة | خالد بن الوليد)
            and not (self.eponym_head_at(i) and self._eponym_end(i + 1, r.limit) > i + 1)
            # (a trade in construct: رجل أعمال نرويجي)
            and word not in lex.trades_in_construct.get(self.word(i - 1), ())
            and not self._work_of_indefinite_title(r, i)
            and not (
                r.kind == PERSON
                and r.name is None
                and (
                    self.word(i - 1) in PLACE_PREPOSITIONS
                    or self._place_noun_after_preposition(i - 1)  # (في إقليم دجوغو)
                    or in_spoken_for
                    or self._preposition_of_title(i - 1)
                )
            )
            and not (r.kind == ANONYMOUS and self._place_of_source(i))
            and not self._named_after_body_head(i)
            and not (
                # an unnamed source's adjective: شهود عيان، مصادر مطلعة، منظمات إنسانية; a
                # study's two (دراسة أميركية حديثة)
                (
                    (
                        r.kind == ANONYMOUS
                        or r.kind == ORGANIZATION
                        and not self.word(r.start).startswith(DEFINITE)
                    )
                    and (i == r.start + 1 or self._second_head_at(i - 1) or self._second_adjective_at(r, i))
                    or r.kind == "statement"
                    and strip_article(self.word(r.start)) in self.lexicon.studies
                    and i <= r.start + 2
                )
                and word[:1] not in "بلكف"
                and len(word) <= 9  # (no words glued by a scraper)
                and word.endswith(("ان", "ه", "ي", "ون", "ين"))
                # (أمنية، طبية: a feminine adjective of relation, not a noun with «his»; after a
                # study, its feminine adjective: دراسة حديثة)
                and (
                    word.endswith("يه")
                    or r.kind == "statement"
                    or not is_possessed(word, self.gazetteer.common)
                )
            )
        ):
            # (قائد الشرطة في صور، مراسل الميادين في جنوب لبنان: a place in the title)
            return STOP  # (an outlet's own name follows its head: صحيفة جيروزاليم بوست)
        r.i += 1
        return NEXT

    def not_a_name(self, i: int) -> bool:
        """Token i cannot open a name: a common word (غياب، جريمة), its accusative (اتفاقاً،
        ميدانياً), a common word behind a preposition or conjunction (بوضوح، بإنشاء، والمفقودين),
        a noun with a possessive pronoun (كلمته، قلقه) or a first-person verb (رصدنا) — unless
        the article or the archive knows it as a name."""
        word = self.word(i)
        if (
            self.registry.find_by_word(word) is not None
            or word in self.gazetteer.name_words
            or self.lexicon.category(word) == "given"
        ):
            return False
        if self._given_word_before_family_name(i):
            return False  # (وأكدت آمنة الرقيق أن…: a given name that is a word too)
        common = self.gazetteer.is_common
        if word in NOUNS_WITHOUT_ARTICLE:
            return True  # (طلب المتحدث من الصحفيين | عدم ذكر اسمه: the request, no man «عدم»)
        if self.common_at(i) or mufaala_shaped(word):
            return True  # (وأكد | مواصلة درب الإمام…: the object, a verbal noun)
        if len(word) >= 6 and verbal_noun_shaped(word) and word not in name_grammar().word_given_names:
            return True  # (وأعلنت أيضاً | استشهاد الشاب…: a derived verb's noun, too rare with ال)
        rest = word[1:]
        if (
            word[:1] in "بلكوف"
            and len(word) > 3
            and (
                # (after ف a common word of four letters at least: فايس is no ف before ايس;
                # بشدة، لشاب، بصوت are a preposition before one)
                common(rest)
                and (word[0] != "ف" or len(rest) >= 4)
                or self.is_boundary(rest)
                or self.lexicon.category(rest) not in ("", "given")
                or word[0] == "ل"
                and (rest in self.gazetteer.name_words or self.registry.find_by_word(rest) is not None)
                or _preposition_and_article(word)
                # (a verbal noun or a noun of what is asked behind ب or ل, in construct: لوقف
                # العدوان، بإنهاء الاحتلال — not باسكال كاميا)
                or word[0] in "بل"
                and (rest in ASKED_NOUNS or verbal_noun_shaped(rest))
                and self.word(i + 1).startswith("ال")
            )
        ):
            return True  # بوضوح، والمفقودين، لأوستن (spoken to, not speaking)
        if (
            word not in self.gazetteer.name_words
            and (
                is_possessed(word, self.gazetteer.common)
                # (وتحليله: «and his analysis», a conjunction on a noun with its pronoun)
                or word[:1] == "و"
                and is_possessed(word[1:], self.gazetteer.common)
            )
        ):
            return True
        if _possessed_verbal_noun(word):
            return True  # (يعلن استشهاده، إعلانه: a derived verb's noun with its pronoun)
        if word[:1] == "ل" and imperfect_shaped(rest) and not word.endswith("ي"):
            return True  # (ليصبح، ليتمكن: «so that» before a verb; not the name ليفني)
        if len(word) >= 6 and word.endswith("ينا") and self._unknown_family_after(i):
            return False  # (أنجلينا جولي، سيرينا ويليامز: a woman's foreign name, no «we saw»)
        return len(word) >= 5 and word.endswith("نا")

    def _unknown_family_after(self, i: int) -> bool:
        """Token i + 1 is a word of letters no lexicon or common word holds: a family name."""
        family = self.word(i + 1)
        return (
            len(family) >= 3
            and family.isalpha()
            and self.lexicon.category(family) == ""
            and not self.gazetteer.is_common(family)
            and not self.is_boundary(family)
        )

    def _given_word_before_family_name(self, i: int) -> bool:
        """Token i, a word no lexicon classes (آمنة «safe», عواطف «feelings»), stands before a
        family name with ال that the archive learned in names and never as a common word
        (آمنة | الشابي، عواطف | السلمان): a given name that is a word too, as many are."""
        word, family = self.word(i), self.word(i + 1)
        return (
            len(word) >= 3
            and word.isalpha()
            and word[:1] not in "وفبلك"
            and self.lexicon.category(word) == ""
            and not word.startswith("ال")  # (الطيران العالمي: a noun and its adjective)
            and not nisba_shaped(word)  # (عنصرية الحكم: an adjective's noun, no name)
            and family.startswith("ال")
            and family in self.gazetteer.name_words
            # (no common word, even one that is a name's word too — عاصفة الحزم — but a
            # family name of the shape of a nisba the lexicon does not list: الشابي، القحطاني)
            and (not is_common_word(family, self.gazetteer.common) or family.endswith("ي"))
            and self.lexicon.category(family) == ""
        )

    def _imperfect_verb_at(self, i: int) -> bool:
        """Token i, no known name, has an imperfect verb's shape (يـ، تـ; five letters at most)
        and is followed by what a verb takes: its preposition, a noun behind ب/ل with the
        article, a place or a definite common noun (فإن الكاتبة | تصرّ على…، الوزير | يزور غزة،
        الرئيس | يلتقي بالوفد). Asked only where no verb stands before the title: after one,
        the preposition is that verb's (وأعرب الرئيس تبون | عن ارتياحه)."""
        word, after = self.word(i), self.word(i + 1)
        return (
            word[:1] in "يت"
            and 3 <= len(word) <= 5
            and word not in self.gazetteer.name_words
            and self.lexicon.category(word) != "given"
            and self.registry.find_by_word(word) is None
            and (
                after in VERB_PREPOSITIONS
                or after.startswith(("بال", "لل"))
                # (a name behind the verb's ل: لاعب آرسنال السابق | ينضم لباتي بوريسوف; not ب,
                # which opens family names: محمد يسلم بابحر)
                or after[:1] == "ل"
                and len(after) > 3
                and after not in self.gazetteer.name_words
                and self.lexicon.category(after) != "given"
                or self.lexicon.category(after) == "place"
                or after.startswith("ال")
                and self.gazetteer.is_common(after)
            )
        )

    def _woman_and_father(self, i: int) -> bool:
        """A woman's given name that is a word too, then a given name, her father's, as her
        name goes on (وختمت ألفة يوسف افتتاحيتها، قالت أمل محمد): no common noun is followed
        by a given name where a subject stands."""
        woman = self.word(i) in name_grammar().female_given_names
        return woman and (
            self.lexicon.category(self.word(i + 1)) == "given" or self._family_word_closing(i + 1)
        )

    def _name_particle_follows(self, i: int) -> bool:
        """Right after a cue, a word that reads as a common noun (حمدة: «his praise») before
        عبد, بن or أبو and a name's word: a given name and the rest of the name (وأكد حمدة عبد
        اللاوي أن…، وقال سالم بن ناصر…), as no noun is followed by a name's particle there."""
        word, particle, following = self.word(i), self.word(i + 1), self.word(i + 2)
        return (
            # (not a verb or a preposition's noun: «ليطرح أبو مازن…», inside the words quoted)
            word[:1] not in "وفبل"  # (not ك: كامل عبد الله)
            and not _unvowelled_verb_shaped(word)
            and name_grammar().is_particle(particle)
            and particle != "ذو"  # («owner of»: a noun's construct as often — ذو صلة)
            and following.isalpha()
            and not self.is_boundary_at(i + 2)
            and self.lexicon.category(following) in ("", "given")
        )

    def _woman_and_family(self, i: int) -> bool:
        """A woman's given name that is a word too, then her family's nisba or trade, both
        common words (رئيسة المنظمة راضية النصراوي، المحامية أمل الخطيب)."""
        following = self.word(i + 1)
        return self.word(i) in name_grammar().female_given_names and (
            self.family_nisba(following) or self._trade_family_name(following)
        )

    def _word_name_and_family_closing(self, i: int) -> bool:
        """After a person's title, a given name that is a word too, then a definite family name,
        then the content (الناطق الرسمي باسم الائتلاف سالم المسلط إن…، مقرر لجنة الفنون
        بالجمعية نوح الجمعان، فأوضح): only a name stands there, whatever its words are
        elsewhere."""
        following, after = self.word(i + 1), self.word(i + 2)
        return (
            self.word(i) in name_grammar().word_given_names
            # (the preposition على, which normalized reads as the name علي: المشرف على الفعالية)
            and not (self.word(i) in WRITTEN_NAMES and not self._written_name_at(i))
            and following.startswith("ال")
            and len(following) >= 5
            and self.lexicon.category(following) == ""
            and not verbal_noun_shaped(strip_article(following))
            and (complementizer(after) or after in ("،", ",", ":") or after in self.stop_words)
        )

    def _family_word_closing(self, k: int) -> bool:
        """Token k, after a woman's given name, is her family name though it is a word too
        (وأكدت سهام حدادة أن…، قالت وفاء حمدي في مداخلة…): no article, no pronoun, and the
        subject ends right after it."""
        word = self.word(k)
        return (
            len(word) >= 3
            and word[:1].isalpha()
            and not word.startswith("ال")
            and self.lexicon.category(word) == ""
            and not is_boundary_word(word)
            and word not in FUNCTION_WORDS
            and not is_possessed(word, self.gazetteer.common, unambiguous=True)  # (حدادة: ة)
            and not verbal_noun_shaped(word)
            and not word.endswith("ا")  # (واعتبرت توكل | نموذجاً: the accusative, her object's)
            and not self.accusative_at(k)
            and (
                self._ends_phrase(k + 1)
                or complementizer(self.word(k + 1))
                or self.word(k + 1) in PLACE_PREPOSITIONS
            )
        )

    def _surname_follows(self, i: int) -> bool:
        """After a title, a common word with a word no lexicon knows behind it, and then the
        phrase's end, is a name (الروائية أحلام مستغانمي إن…): many given names are words."""
        word, following = self.word(i), self.word(i + 1)
        common = self.gazetteer.common
        if (
            following in ("ابو", "بن", "ابن", "ال")  # (a kunya or nasab family name after it)
            and self.gazetteer.is_common(word)
            and not is_possessed(word, common)
            and self.word(i + 2)[:1].isalpha()
            and self._ends_phrase(self.name_run(i + 1, len(self.tokens)))
        ):
            return True  # المتطوعة هناء أبو عطايا، المهندس سامي بن علي
        if (
            (self.family_nisba(following) or self._trade_family_name(following))
            and self.gazetteer.is_common(word)
            and not verbal_noun_shaped(word)
            and not is_possessed(word, common)
            and self._ends_phrase(i + 2)
        ):
            # (العريف مسفر الخثعمي: a family's nisba no list of places holds; الصحفي مثنى
            # النجار: a trade's name)
            return True
        # (one of the two must be known as a name or be no word: مها عقيل، أحلام مستغانمي)
        if word not in name_grammar().female_given_names and self.gazetteer.is_common(following):
            return False
        if self._surname_of_another(i):
            return False
        return (
            self.gazetteer.is_common(word)
            and not is_possessed(word, common)
            # (أجرى الوزير اتصالاً بنظيره: a common word, then a preposition on a noun with its
            # pronoun — the verb's object, no name)
            and not preposition_and_possessed(following)
            and following[:1].isalpha()
            and not following.startswith("ال")
            and self.lexicon.category(following) == ""
            and not is_possessed(following, common)
            and not following.endswith("ا")  # an accusative adverb: سابقا، أيضا
            and not (following[:1] in "بلكوف" and self.gazetteer.is_common(following[1:]))
            and self._ends_phrase(i + 2)
        )

    def _name_run_and_family(self, i: int, limit: int, after_title: bool) -> int:
        """`name_run`, then the family's name a nasab leaves before the content
        (`_family_after_nasab`)."""
        end = self.name_run(i, limit, after_title=after_title)
        return end + 1 if end > i + 2 and end < limit and self._family_after_nasab(end) else end

    def _family_after_nasab(self, k: int) -> bool:
        """Token k follows a nasab (سمير بن عبدالرحمن) and stands alone before the content's أنّ
        or a comma: the family's name, whatever word it also is (توكل، الزهراني)."""
        word = self.word(k)
        return (
            self.word(k - 2) in ("بن", "ابن")
            and len(word) >= 3
            and word.isalpha()
            # (a definite one a family's: the nasab's given name opened the run, so not وهاجم بن
            # غفير | المعارضة, the verb's object)
            and (not word.startswith("ال") or self.family_nisba(word) or not self.gazetteer.is_common(word))
            and not self.is_boundary_at(k)
            and word not in FUNCTION_WORDS
            and not self.adverbial_at(k)
            and self.lexicon.category(word) in ("", "given", "nisba")
            and (complementizer(self.word(k + 1)) or self.word(k + 1) in ("،", ",", ":"))
        )

    def _surname_of_another(self, i: int) -> bool:
        """Token i + 1 is a surname the archive knows, and the word before it is no given name
        it is known with (وزير غياب نتنياهو): a known surname takes its own given name, never a
        word before it."""
        following = self.word(i + 1)
        return following in self.gazetteer.name_words and not self.gazetteer.longest_name_at(
            [self.word(i), following], 0
        )

    def _two_words_before_content(self, i: int) -> bool:
        """After a title, two words that are common ones too, neither definite, then the
        content's أنّ or a comma (اعتبر المحلل السياسي ساري عرابي أن…): only a name stands
        there — a verb's object of two indefinite words runs on past them."""
        common = self.gazetteer.common
        for k in (i, i + 1):
            word = self.word(k)
            if (
                not self._plain_word_of_two(k)
                or word.endswith("ا")  # (an accusative: مجدداً، اتفاقاً)
                or word[:1] in "وفبلك"
                and (
                    self.gazetteer.is_common(word[1:])
                    or is_possessed(word[1:], common)  # (وحكومته)
                    or word[1:] in self.gazetteer.name_words  # (لنتنياهو: spoken to)
                )
                or is_possessed(word, common, unambiguous=True)  # (not رشيدة: ة reads as «his»)
            ):
                return False
        if self._surname_of_another(i):
            return False
        following = self.word(i + 2)
        return complementizer(following) or following in ("،", ",", ":")

    def _family_of(self, i: int) -> bool:
        """«آل» and the family's name (آل ثاني، آل سعود، آل نهيان): a name of its own, by which
        the news calls the royal it named in full before (normalized, آل is written as the
        article alone, so its written form is asked)."""
        return (
            self.word(i) == "ال"
            and 0 <= i < self._size
            and self.tokens[i].surface.startswith("آ")
            and self.word(i + 1)[:1].isalpha()
            and self.word(i + 1) not in FUNCTION_WORDS
        )

    def _basem(self, i: int) -> bool:
        """باسم is the name Basem (باسم نعيم), not "in the name of" (المتحدث باسم الحركة،
        المتحدث باسم حملة ترامب), when a given name or a word that is no common word follows."""
        following = self.word(i + 1)
        if self.word(i) != "باسم" or not following[:1].isalpha() or following.startswith("ال"):
            return False
        category = self.lexicon.category(following)
        # (المتحدث باسم حملة ترامب: a common word after it is the body spoken for)
        return category == "given" or category == "" and not self.gazetteer.is_common(following)

    def _compound_given_name(self, i: int) -> bool:
        """Token i and the next are one given name (عز الدين، سيف الإسلام، نصر الله): a second
        word of compound names follows a given name or a word no common word (not رجال الدين),
        or, before الله, a word of theophoric names inside a name (حسن فضل الله)."""
        if not 0 <= i + 1 < self._size or self.tokens[i + 1].text not in COMPOUND_WORDS:
            return False  # (asked for most words a phrase reads: the cheap test first)
        word = self.word(i)
        if not word[:1].isalpha() or self.blessing_at(i):
            return False  # (عمر | رضي الله عنه: a blessing after the name)
        category = self.lexicon.category(word)
        if (
            word in name_grammar().theophoric_words
            and self.tokens[i + 1].text == "الله"
            and i > 0
            and (
                self.lexicon.category(self.word(i - 1)) in ("given", "title", "honorific")
                or self.word(i - 1) in self.gazetteer.name_words
                or name_grammar().is_particle(self.word(i - 2))  # (عبد الله | جاب الله)
            )
        ):
            return True  # (حسن فضل الله، الداعية فتح الله غولن: a name's part, no verb)
        return category == "given" or (
            category == "" and not self.gazetteer.is_common(word) and not self.is_boundary_at(i)
        )

    def parenthesized_name(self, i: int) -> bool:
        """Token i opens brackets around one to four words that close before the content."""
        for k in range(i + 2, min(i + 6, len(self.tokens))):
            if self.word(k) == ")":
                return all(self.word(j)[:1].isalpha() for j in range(i + 1, k))
        return False

    def common_at(self, i: int) -> bool:
        """Token i is a common word (`Gazetteer.is_common`); a word written with a hamza before
        its ل (ألون) only as it stands, without an article to strip."""
        word = self.word(i)
        if word.startswith("ال") and not self._written_with_article(i):
            return word in self.gazetteer.common and word not in self.gazetteer.name_words
        return self.gazetteer.is_common(word)

    def definite_at(self, i: int) -> bool:
        """Token i begins with the article (not a name's أل: ألون، إلياس)."""
        return self.word(i).startswith("ال") and self._written_with_article(i)

    def _written_with_article(self, i: int) -> bool:
        """Token i begins with the article as written: a hamza on its alef makes it a name's
        first letters (الباحث ألون أفيتال، أليكس), which normalizing had made look like ال."""
        return self.tokens[i].surface[:1] not in ("أ", "إ")

    def _name_of_inner_title(self, r: _Reading, i: int) -> bool:
        """The name at token i belongs to a title inside the phrase, not to its head: the head is
        someone's adviser, spokesman or envoy (`titles_of_another`) and another person's title
        stands between (مستشار الرئيس | جو بايدن، الموفد الشخصي للرئيس الفرنسي | ماكرون)."""
        head = r.start + 1 if self._chief_of_people(r.start) else r.start  # (كبير مستشاري الرئيس)
        if not self._singular_forms(head) & self.lexicon.titles_of_another:
            return False
        # the other title in the genitive: right after the head or after باسم (مستشار الرئيس،
        # المتحدث باسم رئيس الوزراء), or behind ل (المستشار الخاص للرئيس); not a rank in
        # apposition (المتحدث باسم الرئاسة المصرية المستشار أحمد فهمي، … العقيد منصور التركي)
        return any(
            self.lexicon.category(self.word(k)) == "title"
            and (k == head + 1 or self.word(k - 1) == "باسم" or self.word(k).startswith("ل"))
            for k in range(head + 1, i)
        )

    def _singular_forms(self, i: int) -> frozenset[str]:
        """Token i without its article, and the singular its sound plural may stand for
        (مستشاري، المستشارين ← مستشار), for asking the lexicon of titles."""
        bare = strip_article(self.word(i))
        for ending in ("ين", "يه", "ي"):
            if bare.endswith(ending) and len(bare) - len(ending) >= 3:
                return frozenset((bare, bare[: -len(ending)]))
        return frozenset((bare,))

    def _preposition_of_title(self, i: int, head: int = -1) -> bool:
        """Token i is a preposition the title before it (or before its adjective), or the phrase's
        `head`, takes: المشرف العام | على الكرة، المسؤول | عن الملف، الموفد الشخصي للرئيس
        الفرنسي إيمانويل ماكرون | إلى لبنان."""
        word = self.word(i)
        k = self._before_adjectives(i)  # (المبعوث الأميركي الخاص | إلى: the title's)
        if not any(
            word in self.lexicon.title_prepositions.get(strip_article(self.word(t)), ()) for t in {k, head}
        ):
            return False
        # an envoy's إلى, an ambassador's لدى take a place or a body (ودعا المبعوث | إلى الحوار:
        # the verb's own)
        return word in ("على", "علي", "عن") or self.lexicon.category(self.word(i + 1)) in (
            "place",
            "organization",
            "media",  # (الشرق الأوسط)
        )

    def _after_adjective_of_relation(self, i: int) -> bool:
        """Token i follows a definite adjective of relation: a listed nisba (الإيرانية), or a
        word of its shape no lexicon knows (الفنزويلي، البيروفية: the countries are many)."""
        previous = self.word(i - 1)
        if not previous.startswith("ال"):
            return False
        category = self.lexicon.category(previous)
        return category == "nisba" or category == "" and previous.endswith(("ي", "يه")) and len(previous) >= 6

    def _agrees_with_title_before(self, i: int) -> bool:
        """Token i may be an adjective of the title before it by gender: a feminine title
        (الكاتبة، الوزيرة) takes a feminine adjective (المصرية، المختصة)."""
        return not self.word(i - 1).endswith("ه") or self.word(i).endswith("ه")

    def _after_definite_title(self, i: int) -> bool:
        """Token i follows a definite title, or a definite title and its definite adjectives
        (ووصف المعتمد الأول | الأصداء…: no construct goes on past an adjective)."""
        previous = self.word(self._before_adjectives(i))
        return previous.startswith("ال") and self.lexicon.category(previous) == "title"

    def _before_adjectives(self, i: int) -> int:
        """The token before token i and the definite adjectives of relation before it (وزير
        الخارجية الأميركي السابق | …: the token of الخارجية)."""
        k = i - 1
        while k > 0 and self.lexicon.category(self.word(k)) == "nisba" and self.word(k).startswith("ال"):
            k -= 1
        return k

    def _next_word(self, i: int) -> str:
        """The word after token i, looking through scare quotes (احتياط "الجيش")."""
        k = i + 1
        while self._short_quote_mark(k):
            k += 1
        return self.word(k)

    def _word_family_name(self, i: int, k: int) -> bool:
        """Token k, a common word or a group's (الشاهد "the witness"، جمعة "Friday"), is the
        family name of the given name at token i when the phrase ends right after it at an
        adverbial or a punctuation mark (قال رئيس الحكومة يوسف الشاهد خلال زيارة…، وأكد مهدي
        جمعة في تصريح…); a definite one also before أنّ. Not a verbal noun before أنّ, the
        verb's object (أكد محمد ضرورة أن…)."""
        word, following = self.word(k), self.word(k + 1)
        known = self.registry.find_by_word(word)
        if (
            self.lexicon.category(self.word(i)) != "given"
            or self.lexicon.category(word) not in ("", "anonymous")
            or not word.isalpha()
            or len(word) < 3
            or verbal_noun_shaped(strip_article(word))
            or known is not None
            and self.word(i) not in known.name_words  # (another person: حثّ أوستن غالانت)
        ):
            return False
        ends = (
            self.adverbial_at(k + 1)
            or not following
            or not following[0].isalnum()
            and following not in ("-", "–")
        )
        return ends or word.startswith("ال") and complementizer(following)

    def _ends_phrase(self, i: int) -> bool:
        word = self.word(i)
        return (
            not word
            or not word[0].isalnum()
            or self.is_boundary(word)
            or self.adverbial_at(i)
            or word in FUNCTION_WORDS
            or word in CLAUSE_VERBS  # (جيه غولدبرغ | حاول تفسير…)
            or word in TIME_OPENERS  # (وقال ستاثاكيس | قبيل بدء المفاوضات…)
            or _future_verb(word)  # (أنجيلينا جولي | ستتوجه إلى…)
            or name_grammar().is_place_phrase(word)  # (فالح الزهراني | بمنطقة جازان)
            or in_own_voice(word)  # (قال لو دريان | رصدنا…)
            # (تسيبراس | رسميا على…: after a name's word; not «ويعتبر غير | جيدا»)
            or self.word(i - 1) in self.gazetteer.name_words
            and self._accusative_noun_at(i)
            # (قال بوغدانوف | لوكالة تاس، قال فايس | لـ"الغارديان": the outlet spoken to)
            or word == "ل"
            or word[:1] == "ل"
            and (
                self.lexicon.category(word) == "media"
                or self.lexicon.outlet_named_after_lam(word)  # (لبي بي سي)
                or self.lexicon.is_people(word)  # (لصحافيين)
                # (قالت وداد بوشماوي | لمراسلة الجوهرة: the reporter spoken to, or the outlet's own)
                or self.lexicon.media_role(word[1:])
                or word[1:] in self.lexicon.our_correspondent
            )
        )

    def _opened_before(self, start: int) -> bool:
        """A phrase read from token `start` begins inside a quotation: right after a straight
        mark that opens one (an odd one of the paragraph's marks so far)."""
        return self.word(start - 1) == '"' and sum(t.text == '"' for t in self.tokens[:start]) % 2 == 1

    def _place_name_end(self, i: int) -> int:
        """End of a place's own name at token i after its noun (مستوطنة | "مرغليوت"، مدينة |
        نابلس): a quoted name, or one word no lexicon takes for a person's or a body's; i where
        none stands."""
        end = self.quoted_name_end(i)
        if end is None:
            word = self.word(i)
            if not (
                word.isalpha()
                and not self.is_boundary_at(i)
                and (
                    self.lexicon.category(word) == "place"
                    or self.lexicon.category(word) == ""
                    and word not in self.gazetteer.name_words
                    and not self.gazetteer.is_common(word)
                )
            ):
                return i
            end = i + 1
        # (and a direction: محافظة ظهران | الجنوب)
        while strip_article(self.word(end)) in name_grammar().place_nouns and self.word(end).startswith("ال"):
            end += 1
        return end

    def _closes_quoted_name(self, k: int) -> bool:
        """Token k is the mark closing a short quoted name (حركة "النهضة"، موقع «أكسيوس»)."""
        return any(
            self.quoted_name_end(j) == k + 1
            and (self.word(j) != '"' or sum(self.word(m) == '"' for m in range(j)) % 2 == 0)
            for j in range(max(0, k - 4), k - 1)
        )

    def quoted_name_end(self, i: int) -> int | None:
        """End (token index) of a short quoted name at token i: موقع "أكسيوس", وكالة «رويترز»."""
        mark = self.word(i)
        if mark not in ('"', "“", "«", "'"):
            return None
        for k in range(i + 1, min(i + 6, len(self.tokens))):
            if self.word(k) in ('"', "”", "»", "'"):
                return k + 1 if k > i + 1 else None
        return None

    def _place_of_source(self, i: int) -> bool:
        """Token i names the place an unnamed source is in (مصادر طبية في خان يونس، مصادر محلية
        في ريف إدلب): the word after في, or after a noun of a place there."""
        grammar = name_grammar()
        return self.word(i - 1) in PLACE_PREPOSITIONS or (
            self.word(i - 2) in PLACE_PREPOSITIONS and self.word(i - 1) in grammar.place_nouns
        )

    def _outlet_name_closed(self, i: int) -> bool:
        """Token i, a noun, follows the end of an outlet's name: an indefinite adjective of
        relation («أكدت وسائل إعلام إسرائيلية | وقوع حادث»; an outlet's own name never follows
        one, and وكالة الأنباء الفلسطينية وفا is definite) or a site's own name (مصادر الميادين |
        استنفار قوات)."""
        previous, word = self.word(i - 1), self.word(i)
        if is_possessed(word, self.gazetteer.common, unambiguous=True):
            return True  # (وختمت الصحيفة | افتتاحيتها بالقول: what it wrote, never its name)
        if self.lexicon.category(word) == "nisba" or word.endswith(("ية", "يه")) or word in OTHER:
            return False
        return previous in self.lexicon.site_names or (
            not previous.startswith("ال")
            and (self.lexicon.category(previous) == "nisba" or previous.endswith(("ية", "يه")))
        )

    def _short_quote_mark(self, i: int) -> bool:
        """A quotation mark around one to three words (a name or term, not speech)."""
        if self.word(i) not in QUOTATION_MARKS:
            return False
        for step in (1, -1):
            k = i + step
            # (a name may end in a plus: "أوبك+", or hold a stop inside a word: "آي.جي")
            while (
                0 <= k < len(self.tokens)
                and abs(k - i) <= 4
                and (
                    self.word(k)[:1].isalnum()
                    or self.word(k) == "+"
                    or self.word(k) == "."
                    and self._joined(k)
                )
            ):
                k += step
            if abs(k - i) > 1 and self.word(k) in QUOTATION_MARKS:
                return True
        return False

    def _continues_chain(self, i: int, kind: str) -> bool:
        """An indefinite word inside a title or body's name: the construct state
        (مستشار الرئيس لشؤون الأمن، كتائب عز الدين القسام) continues with a definite word."""
        following, previous = self.word(i + 1), self.word(i - 1)
        # after a definite title no construct follows: "الكاتب وصول القوارب" is its object
        definite_title = (
            kind == PERSON and previous.startswith("ال") and self.lexicon.category(previous) == "title"
        )
        # (nor after an unnamed source's or a body's indefinite adjective: «دانت منظمات حقوقية
        # وإنسانية | عمليات الجيش» — an adjective takes no genitive; the verb's object)
        after_adjective = (
            kind in (ANONYMOUS, ORGANIZATION)
            and not previous.startswith(("ال", "وال"))
            and previous.endswith("يه")  # (a feminine adjective of relation; not طياري سلاح الجو)
            # (not a head in ية: مفوضية حقوق الإنسان، جمعية حقوق الإنسان)
            and self.lexicon.category(previous) not in ("organization", "anonymous", "title", "given")
            and self.word(i)[:1] not in "بل"  # (where it is: جهات رقابية بولاية كاليفورنيا)
            and self.word(i) not in DIRECTION_NOUNS  # (مصادر ميدانية داخل المقاومة)
            and nisba_shaped(previous[1:] if previous[:1] == "و" else previous)
        )
        # (مدير تحرير مجلة …، حاكم مصرف لبنان: the chain goes on through a body or a place)
        return (
            (
                following.startswith("ال")
                or self.lexicon.category(following) in ("media", "organization", "place")
                # (الأمين العام لحلف شمال الأطلسي; not a place after ب: بمقر ولاية نابل، X)
                or following in name_grammar().place_nouns
                and not self.word(i).startswith("ب")
                # (وكالة غوث | وتشغيل اللاجئين: two indefinite nouns joined by و, in construct
                # with one definite genitive)
                or following[:1] == "و"
                and len(following) >= 4
                and not following[1:].startswith("ال")
                and self.word(i + 2).startswith("ال")
                and kind in (PERSON, ORGANIZATION, MEDIA)
                # (مدير مصنع كسوة الكعبة: a title's chain of two common nouns, then a definite one)
                or kind == PERSON
                and self.word(i)[:1] not in "وبلف"
                and following[:1] not in "وبلف"
                and following.isalpha()
                and self.lexicon.category(following) == ""
                and self.gazetteer.is_common(following)
                and not self._with_pronoun(following)
                and self.word(i + 2).startswith("ال")
            )
            and i > 0
            # (in a title, a body's quoted name may be followed by what the body is for: منسق تجمع
            # "اتحرّك" | لدعم المقاومة — where a body speaking by its quoted name has ended:
            # أعلنت "سرايا القدس" | قصف مدينة…)
            and (
                previous[:1].isalpha()
                or kind == PERSON
                and self.word(i)[:1] == "ل"
                and self._closes_quoted_name(i - 1)
            )
            and not definite_title
            and not after_adjective
            and previous not in self.lexicon.site_names  # (مصادر الميادين | استنفار قوات)
            # شهود عيان | حضروا الجلسة، مصادر مطلعة | حضرت الاجتماع: a verb, no construct noun
            and not self.word(i).endswith("وا")
            and not (kind == ANONYMOUS and self.word(i).endswith("ت") and not self.word(i).endswith("ات"))
            # a noun with its pronoun is no construct's first noun (وأكدت المقاومة | استهدافها
            # موقع…: the object)
            and not self._with_pronoun(self.word(i))
        )

    def _with_pronoun(self, word: str) -> bool:
        """A noun, or a verbal noun by its shape, with a possessive pronoun (ها، هم، هما, or a ه
        after the ت of a feminine noun)."""
        if is_possessed(word, self.gazetteer.common, unambiguous=True):
            return True
        return any(
            word.endswith(suffix) and verbal_noun_shaped(word[: -len(suffix)])
            for suffix in ("ها", "هم", "هما")
        )

    def is_name_start(self, i: int) -> bool:
        word = self.word(i)
        if len(word) < 2:
            return False  # a lone letter (بـ, و) left by tatweel or a broken word
        if self._basem(i) or self._compound_given_name(i) or self._family_of(i):
            return True
        if not word or not word[0].isalpha() or word in FUNCTION_WORDS or self.is_boundary_at(i):
            return False
        if i > 0 and self.word(i - 1) in MONTH_NOUNS:
            return False  # (شهر | رمضان المبارك: the month, no man named Ramadan)
        if self.registry.find_by_word(word) is not None or word in self.gazetteer.names:
            return True
        if self.gazetteer.in_archive(word, self.word(i + 1)) and self._archive_name_here(i):
            return True
        category = self.lexicon.category(word)
        if category != "given" and adverbial_noun(word):
            return False  # (وختم الشيخ | حديثه بالقول…: his talk, no name)
        if (
            word.startswith("ال")
            and category == ""
            and self._ends_phrase(i + 1)
            and i > 0
            and from_cue(self.word(i - 1))
        ):
            return True
        if category == "given":
            return True
        if word.endswith(("ها", "هم", "هما", "هن")) and len(word) > 4 and category == "":
            return False  # استهدافها، مواقفهم: nouns with a pronoun, not names
        if category == "" and preposition_and_verbal_noun(word):
            return False  # (اتهم الوزير إسرائيل | بارتكاب جرائم: a charge, not a name)
        if category == "" and _hollow_perfect_feminine(word):
            return False  # (تصريحات الوزير الإسرائيلي | أثارت سخطاً: her verb, no name)
        return (
            category == ""
            and not word.startswith("لل")
            and not self.definite_at(i)
            and not self.adverbial_at(i)
            or self.lexicon.category(self.word(i - 1)) == "honorific"
            and category == ""
        )


def _hollow_perfect_feminine(word: str) -> bool:
    """A hollow verb's perfect of the fourth form with the feminine ت (أثارت، أشارت، أفادت،
    أدانت): no name has that shape."""
    return len(word) == 5 and word[0] == "ا" and word[2] == "ا" and word[4] == "ت"


MAX_TRADE_ADJECTIVES: Final = (
    3  # adjectives of relation between a trade and the name (المهاجم الإسباني الدولي)
)
MAX_BODY_NAME_WORDS: Final = 4  # words of a body's foreign name after its head (منظمة هيومن رايتس واتش)
CONTENT_OPENING_MARKS: Final = ('"', "«", "“", ":", "،", ",")  # what may open the words right after a subject
MAX_NAME_REST_IN_QUOTATION: Final = 3  # words of a quoted name past where a name ends ("إم إس | إن بي سي")


def _unvowelled_verb_shaped(word: str) -> bool:
    """An imperfect's prefix (or the future's س) on letters with no alef: an Arabic verb
    (تعمل، يستهدف، ستطلق), not a transliterated name (تايمز، ساكس)."""
    return word[:1] in "يتس" and "ا" not in word[1:]


def _preposition_and_article(word: str) -> bool:
    """A preposition before the article (بالقيروان، للداخلية، كالعادة): a word of a place, a
    body or a phrase, which opens no name (though family names so shaped follow a given name:
    سمير بالطيب، ناديا كالفينو)."""
    return word[:1] in "بلك" and word[1:3] == "ال" and len(word) >= 6


# Words of a title with its adjective of relation (وزير الخارجية الروسي): beyond them the
# adjective may qualify another noun of the description.
MAX_TITLE_WORDS_WITH_ADJECTIVE: Final = 3


def _adjectives_of_relation_differ(desc: frozenset[str], known: frozenset[str]) -> bool:
    """Two short descriptions of one title whose adjectives of relation differ, none shared: two
    people (الرئيس الفلسطيني is not الرئيس المصري; وزير الخارجية الروسي not الأمريكي). In a
    longer one the adjective may be another noun's (قائد أنصار الله عن توقيع الفصائل الفلسطينية)."""
    if len(desc) > MAX_TITLE_WORDS_WITH_ADJECTIVE or len(known) > MAX_TITLE_WORDS_WITH_ADJECTIVE:
        return False
    lexicon = speaker_lexicon()
    # (an adjective of either gender is one: الخارجية الأميركية، الوزير الأميركي)
    ours = {w.removesuffix("ه") for w in desc if _of_a_country(w, lexicon)}
    theirs = {w.removesuffix("ه") for w in known if _of_a_country(w, lexicon)}
    return bool(ours and theirs) and ours.isdisjoint(theirs)


def _of_a_country(word: str, lexicon: SpeakerLexicon) -> bool:
    """An adjective of relation in ي (الروسي، الأميركية), not of a state (المنتخب، السابق)."""
    return lexicon.category(word) == "nisba" and word.endswith(("ي", "يه"))


def _other_person_of_the_family(words: tuple[str, ...], known: tuple[str, ...]) -> bool:
    """Two names with one family name that are two people: their given names differ (غيلي
    كوهين is no إيلي كوهين; نردين أبو نبعة no عباس أبو نبعة), or in a chain of بن their fathers
    do (محمد بن سلمان آل سعود no محمد بن نايف آل سعود). A given name written two ways is one
    (كيفين/كيفن، دميتري/ديمتري، عبد الفتاح/عبدالفتاح)."""
    if len(words) < 2 or len(known) < 2:
        return False
    if not _same_given_name(words, known):
        return True
    fathers = [_after_bin(words), _after_bin(known)]
    return None not in fathers and fathers[0] != fathers[1]


def _same_given_name(words: tuple[str, ...], known: tuple[str, ...]) -> bool:
    first, other = words[0], known[0]
    if first == other or first == "".join(known[:2]) or other == "".join(words[:2]):
        return True
    return min(len(first), len(other)) >= 4 and _one_edit_apart(first, other)


def _one_edit_apart(a: str, b: str) -> bool:
    """Two spellings of one foreign name: a long vowel's letter added or dropped (كيفين/كيفن),
    two neighbours swapped (دميتري/ديمتري), or one letter for its usual counterpart (أنتوني/
    أنطوني) — not any other letter (غيلي is no إيلي)."""
    if len(a) == len(b):
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        if len(diff) == 1:
            return frozenset((a[diff[0]], b[diff[0]])) in name_grammar().spelling_counterparts
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return len(long_) == len(short) + 1 and any(
        long_[k] in "اوي" and long_[:k] + long_[k + 1 :] == short for k in range(len(long_))
    )


def _after_bin(words: tuple[str, ...]) -> str | None:
    """The father's name in a chain of بن (محمد بن سلمان: سلمان), if there is one."""
    for k in range(1, len(words) - 1):
        if words[k] in name_grammar().nasab_particles:
            return words[k + 1]
    return None


def _joined_servant_name(word: str) -> bool:
    """A servant's name of God written as one word (عبدالمنعم، عبدالباسط), also behind a
    proclitic; not a family's with the article (العبداللطيف) nor one that only begins so
    (عبداللهيان)."""
    return any(
        form.startswith("عبدال")
        and form[3:] in name_grammar().servant_names
        and "ال" not in word[: len(word) - len(form)]
        for form in stems(word)
    )


def _future_verb(word: str) -> bool:
    """A verb in the future of a form with ت after its person's letter (ستتوجه، سيتم، سنتحدث):
    no name begins so (ستيفن has one ت)."""
    return len(word) >= 5 and word.startswith(("ستت", "سيت", "سنت"))


def preposition_and_possessed(word: str) -> bool:
    """ب, ل or ك before a common noun with a possessive pronoun (لبلاده، بحكومته، لشعبها): a
    phrase of the sentence, which no name is. Six letters at least: a woman's name of five may
    read so, its ة folded into ه (لطيفة: ل + طيف + ه)."""
    return len(word) >= 6 and word[:1] in "بلك" and is_possessed(word[1:], gazetteer().common)


def preposition_and_verbal_noun(word: str) -> bool:
    """ب or ل before a derived verb's verbal noun of six letters or more (بارتكاب، باستهداف،
    لانسحاب، بتشكيل، بمناورة): a charge or a purpose, which opens no name. The shorter إفعال
    is also a plural أفعال, and with با the family names of Hadramawt are so written
    (باقسام، بارباع); after ل either is no name (لإيقاف، لتعزيز، لأطفال)."""
    bare = word[1:]
    return (
        word[:1] in "بل"
        and len(bare) >= 6
        and verbal_noun_shaped(bare)
        or word[:1] == "ل"
        and len(bare) == 5
        and verbal_noun_shaped(bare)
        or word[:1] == "ب"
        and len(bare) == 5
        and (
            bare[0] == "ت"
            and bare[3] == "ي"
            # (the إفالة of a hollow verb, with its ة: بإعادة، بإقامة، بإزالة)
            or bare[0] == "ا"
            and bare[2] == "ا"
            and bare[4] == "ه"
        )
    )


def _verb_shaped(word: str) -> bool:
    """An imperfect verb of the plural or dual by its shape (يختارون، تعبّران)."""
    return word[:1] in "يت" and word.endswith(("ون", "ان")) and len(word) >= 5


# Flags of words asked for most words a phrase reads, kept per word in plain dicts read inline:
# a decorated function is called through Python's call protocol in the compiled build
# (analysis.native), which cost as much as the lookups themselves.
_BOUNDARY_WORD_MEMO: Final[dict[str, bool]] = {}
_ADVERBIAL_NOUN_MEMO: Final[dict[str, bool]] = {}
_ADVERBIAL_WORD_MEMO: Final[dict[str, bool]] = {}


def _remembered_flag(memo: dict[str, bool], word: str, compute: Callable[[str], bool]) -> bool:
    """`compute(word)`, kept in `memo` (bounded: cleared when it grows large)."""
    if len(memo) >= 1 << 16:
        memo.clear()
    found = memo[word] = compute(word)
    return found


def is_boundary_word(word: str) -> bool:
    found = _BOUNDARY_WORD_MEMO.get(word)
    return _remembered_flag(_BOUNDARY_WORD_MEMO, word, _is_boundary_word) if found is None else found


def _is_boundary_word(word: str) -> bool:
    return (
        word in BOUNDARY_WORDS
        or complementizer(word)
        or from_cue(word)
        or word[:1] in "وف"
        and word[1:] in BOUNDARY_WORDS
    )


def adverbial_noun(word: str) -> bool:
    """A noun of an event or a statement (بيان، مؤتمر، تقرير), also with its source's pronoun
    (تقريرها، مؤتمرها الصحفي، كلمتهم): after في or ب, an adverbial, no more of a phrase."""
    found = _ADVERBIAL_NOUN_MEMO.get(word)
    return _remembered_flag(_ADVERBIAL_NOUN_MEMO, word, _adverbial_noun) if found is None else found


def _adverbial_noun(word: str) -> bool:
    nouns = speaker_lexicon().adverbial_nouns
    word = strip_article(word)
    if word in nouns:
        return True
    for suffix in ("ها", "هم", "هما", "ه"):
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= 3:
            # (a feminine noun's ت before the pronoun is the ة of its own form: كلمتها ← كلمة)
            return stem in nouns or stem.endswith("ت") and stem[:-1] + "ه" in nouns
    return False


def adverbial_noun_with_pronoun(word: str) -> bool:
    """A noun of an event or a statement with its source's pronoun (افتتاحيتها، بيانه،
    كلمتهم): it takes no genitive after it, so an adverbial «في بيانه» ends with it."""
    if word.startswith("ال") or not adverbial_noun(word):
        return False
    nouns = speaker_lexicon().adverbial_nouns
    return word.endswith(("ها", "هم", "هما")) or word.endswith("ه") and word[:-1] in nouns


def _adverbial_word(word: str) -> bool:
    """A word that opens an adverbial by itself (خلال، وسط) or holds its preposition and noun
    (ببيان، وبتصريحات، فيبيان) — asked for most words a phrase reads, so memoized."""
    found = _ADVERBIAL_WORD_MEMO.get(word)
    return _remembered_flag(_ADVERBIAL_WORD_MEMO, word, _reads_as_adverbial_word) if found is None else found


def _reads_as_adverbial_word(word: str) -> bool:
    lex = speaker_lexicon()
    return lex.is_adverbial_opener(word) or any(
        word.startswith(p) and adverbial_noun(word[len(p) :]) for p in ("ب", "وب", "في")
    )


def mufaala_shaped(word: str) -> bool:
    """The verbal noun مفاعلة (مقارنة، مواجهة، مشاركة), normalized: no name has its shape but
    the given معاوية, so it ends a name that no lexicon knows as one (جدعون ليفي | مقارنة بين…).
    Not a plural in construct with «his» (محاموه: his lawyers)."""
    return len(word) == 6 and word[0] == "م" and word[2] == "ا" and word[5] == "ه" and word[4] != "و"


def nisba_shaped(word: str) -> bool:
    """An adjective of relation by its shape (normalized): ـي, ـية, ـيون after a stem of three
    letters or more (الأميركية، العالمية، عسكري، الفلسطينيون); not a genitive plural in ـيين,
    which no subject takes."""
    bare = strip_article(word)
    return len(bare) >= 4 and bare.endswith(("ي", "يه", "يون")) and bare.isalpha()


def qualifier_shaped(word: str) -> bool:
    """A definite word that may be an adjective by its shape (normalized): a nisba (الأميركية),
    فعيل and أفعل (الكبير، الأعلى), فاعل (السابق، التابعة، الناطقين، التام), or a participle of a derived verb
    (المتقاعد، المكلف، المسلحة، المؤيدة) — after a title or a body's name it qualifies them,
    no object of the verb begins there. Broader than `_adjective_shaped` (what a description
    may go on with) in its shapes, narrower in the four letters of الموقف، المكتب."""
    bare = strip_article(word)
    n = len(bare)
    return (
        nisba_shaped(word)
        or bare.endswith("يين")  # (the genitive plural: المخلصين الجمركيين)
        or n == 4
        and (bare[2] == "ي" or bare[0] == "ا")
        or bare[1:2] == "ا"
        # (فاعل and its feminine and plurals: الناطقين; فاعّ: التام، العامة)
        and (n in (3, 4) or n == 5 and bare.endswith("ه") or n == 6 and bare.endswith(("ين", "ون", "ات")))
        or bare.startswith("م")
        and n >= 5
        or bare in TITLE_PARTICIPLES
    )


def name_only_word(word: str) -> bool:
    """A word of names that is no common word (الطيب، الشريف; not أمل)."""
    names = gazetteer()
    return word in names.name_words and not names.is_common(word)


def _possessed_verbal_noun(word: str) -> bool:
    """A derived verb's verbal noun with a possessive pronoun (استشهاده، انسحابها، اعتقالهم),
    most of them too seldom with the article for the list of common words to hold them."""
    return any(
        word.endswith(pronoun) and verbal_noun_shaped(word[: -len(pronoun)]) for pronoun in ("ه", "ها", "هم")
    )


def verbal_noun_shaped(word: str) -> bool:
    """A verbal noun of a derived verb by its shape (normalized, without ال): استفعال
    (استشهاد), افتعال (ارتكاب، اعتقال), انفعال (انسحاب), إفعال (إعلان، إطلاق), تفعيل (تدمير),
    مفاعلة (`mufaala_shaped`). Some are also given names (انتصار، ابتسام), so this is asked
    only where a name cannot stand: after a verb's own preposition, which opens its content."""
    n = len(word)
    return (
        mufaala_shaped(word)
        or n == 7
        and word.startswith("است")
        and word[5] == "ا"
        or n == 6
        and word[0] == "ا"
        and word[4] == "ا"
        and (word[2] in "تطد" or word[1] == "ن")
        or n == 5
        and word[0] == "ا"
        and word[3] == "ا"
        or n == 5
        and word[0] == "ت"
        and word[3] == "ي"
    )


def _people_plural(word: str) -> bool:
    """A plural of people by its shape, in the nominative a subject has: a participle's
    (مؤرخون، محتجون، مشاركون — not the singular مضمون، مليون) or فاعلون (باحثون، ناشطون — not
    قانون)."""
    return (
        word.endswith("ون")
        and not word.endswith("سون")  # (names: جاكسون، نيلسون)
        and len(word) >= 6
        and (word[0] == "م" or len(word) == 6 and word[1] == "ا")
    )


def imperfect_shaped(word: str) -> bool:
    """An imperfect verb of a common pattern by its shape: يفعل (تلخص), يفاعل (يغادر), ينفعل
    and يتفعل (ينتظر، تتجاوز), يستفعل, also of a doubled root (يستعد، تستمر) — not the longer
    foreign names that also begin with ي or ت (تنكسيري، تريفيدي، يونكر)."""
    n = len(word)
    return word[:1] in "يت" and (
        n == 4
        or n == 5
        and (word[2] == "ا" or word[1] in "نت" or word[1:3] == "ست")
        or n == 6
        and word.startswith(("يست", "تست", "يت", "تت"))
    )


def _perfect_istafala_shaped(word: str) -> bool:
    """A perfect verb of the pattern استفعل by its shape (استعرض، استنكر، استبعد)."""
    return len(word) == 6 and word.startswith("است")


def _adjective_shaped(word: str) -> bool:
    """A definite participle or adjective of relation (المختص، المستقل، الفلسطيني), which may
    qualify a title, unlike a definite noun (الهجوم)."""
    return word.startswith("الم") or word.endswith(("ي", "يه", "يين", "يون"))


@memoized(1 << 12)
def in_own_voice(word: str) -> bool:
    """A word in the speaker's own voice, which opens words spoken without quotation marks
    right after «قال X» and ends X's name: a first-person pronoun, or a cue's verb in the first
    person (قلنا، أكدنا، أتوقع; a verb the cues do not hold, رصدنا, is not told from a noun
    with «our», قواتنا, nor from a name, ساكسينا)."""
    if word in FIRST_PERSON_PRONOUNS:
        return True
    if word.endswith("نا"):  # (not any word ending so: names do, ساكسينا، بريشتينا)
        return len(word) >= 5 and cue_lexicon().lookup(word[:-2]) is not None
    return word.startswith("ا") and cue_lexicon().lookup("ي" + word[1:]) is not None


def first_person_cue(word: str) -> bool:
    """A cue's verb in the first person plural (نرى، نعتقد، أكدنا): the one writing speaks."""
    if word.endswith("نا") and in_own_voice(word):
        return True  # (أكدنا، قلنا: the perfect's first person, as `in_own_voice` reads it)
    form = cue_lexicon().lookup(word)
    # (an imperfect's plural first person, نرى، نقول، نؤكد; not أرى, whose letters are a
    # perfect's too once normalized: اعتقد، أبدى)
    third = cue_lexicon().lookup("ي" + word[1:]) if word[:1] == "ن" else None
    return (
        form is not None
        and third is not None
        and form.tense not in ("perfect", "participle", "noun")
        and third.tense != "perfect"
    )


def from_cue(word: str) -> bool:
    return cue_lexicon().lookup(word) is not None


def complementizer(word: str) -> bool:
    return word in cue_lexicon().complementizers


def by_saying(word: str) -> bool:
    """«بقوله، بقولها، بقولهم»: the saying that introduces a speaker's words (علّق X بقوله: …),
    no word of the name before it."""
    return word[:1] == "ب" and word[1:] in cue_lexicon().relayed_sayings
