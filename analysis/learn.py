"""Learning the gazetteer from an archive: the personal names the speaker grammar reads in name
positions (after an honorific or a title, in an apposition), and the common words
(`analysis.gazetteer`). Used by `scripts/learn_lexicons.py`; the lists it writes ship with the
code."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import cache
from typing import Final

from analysis.gazetteer import Gazetteer, is_common_word, is_possessed, shipped_gazetteer
from analysis.names import name_grammar
from analysis.normalize import normalize_ar
from analysis.segment import ParagraphText
from analysis.speakers import (
    BLESSINGS,
    FUNCTION_WORDS,
    ORDINAL_DAYS,
    EntityRegistry,
    PhraseReader,
    is_boundary_word,
    preposition_and_possessed,
    preposition_and_verbal_noun,
    speaker_lexicon,
    words_of,
)

NAME_POSITIONS: Final = frozenset(["title", "honorific"])


@cache
def _reading_gazetteer() -> Gazetteer:
    """Names are read knowing the common words (a title's object is no name: الكاتب وصول
    القوارب) but no learned name, so that no name learned before teaches the next ones."""
    return Gazetteer(names={}, name_words=frozenset(), common=shipped_gazetteer().common, records_asked=False)


def names_in_text(text: str) -> set[tuple[str, ...]]:
    """The names (normalized words) that the grammar reads after honorifics and titles."""
    return names_in_paragraphs(ParagraphText(paragraph) for paragraph in text.split("\n"))


def names_in_paragraphs(paragraphs: Iterable[ParagraphText]) -> set[tuple[str, ...]]:
    """`names_in_text` of paragraphs already made (the analysis made them)."""
    found: set[tuple[str, ...]] = set()
    openers = words_of(NAME_POSITIONS)
    for para in paragraphs:
        if not para.vocabulary & openers:
            continue
        tokens = para.tokens
        reader = PhraseReader(tokens, EntityRegistry(), gazetteer=_reading_gazetteer())
        for i in para.token_indices(para.vocabulary & openers):
            phrase, _ = reader.read(i, min(len(tokens), i + 16))
            if phrase is not None and phrase.name:
                a, b = phrase.name
                words = tuple(t.text for t in tokens[a:b] if t.text[0].isalpha())
                if 2 <= len(words) <= 5:
                    found.add(words)
    return found


def plausible_name(words: tuple[str, ...], common: frozenset[str]) -> tuple[str, ...] | None:
    """The name without a leading conjunction (وعصام الصغير), or None when a word shows it is
    not one: a common word that is not a given name (كليجدار اوغلو يتقدم، تسوق واربح), a
    conjunction joining two people (ديفيد كاميرون ووزراء), a lone letter, a final particle."""
    lexicon, grammar = speaker_lexicon(), name_grammar()
    if (
        words
        and words[0].startswith("و")
        and words[0] not in lexicon.given_names
        and (lexicon.category(words[0][1:]) == "given" or grammar.is_particle(words[0][1:]))
    ):
        words = (words[0][1:],) + words[1:]
    if len(words) < 2 or grammar.is_particle(words[-1]) or _one_given_name(words):
        return None
    if any(
        (
            is_boundary_word(word)
            or word in FUNCTION_WORDS
            # (ومن الطبيعي: «and it is natural», learned from «…، ومن الطبيعي أن»; not وو, Wu)
            or word[:1] == "و"
            and len(word) > 2
            and word[1:] in FUNCTION_WORDS
            or word in lexicon.pronoun_subjects
        )
        and lexicon.category(word) != "given"  # (علي the name, على the preposition: one form)
        and word not in grammar.connectors  # (مارين لو بان، لويس فان غال)
        # (the last word of a foreign name of three: وانغ وين بين، مارين لو بان)
        and not (k == len(words) - 1 >= 2)
        for k, word in enumerate(words)
    ):
        return None  # (غير بيدرسون: «غير» learned as a name's word would make «غير مسبوقة» one)
    if any(lexicon.definite_group(word) for word in words[1:]):
        return None  # (سعود بن إبراهيم الشريم المسلمين: the verb's object, a group of people)
    for k, word in enumerate(words):
        # the word after a particle may be anything (عبد الملك، أبو الحمص)
        given = (
            lexicon.category(word) == "given"
            or k > 0
            and grammar.is_particle(words[k - 1])
            # (a father's name that is a word too, inside a chain: عبد الله سالم الظاهري)
            or 0 < k < len(words) - 1
            and word in grammar.word_given_names
            # (a given name that is a country's too, before a family name no list holds:
            # كاميرون هدسون، جورجيا ميلوني)
            or k == 0
            and len(words) >= 2
            and lexicon.category(word) == "place"
            and lexicon.category(words[1]) in ("", "given")
            and not words[1].startswith("ال")
            and not is_common_word(words[1], common)
        )
        family = k > 0 and word.startswith("ال")  # الخطيب، الحوثي: family names look common
        known_word = lexicon.category(word) not in ("", "nisba") and not grammar.is_particle(word)
        if len(word) < 2 or not given and (not family and is_common_word(word, common) or known_word):
            return None
        if any(character.isdigit() for character in word):
            return None  # (و160 ألف: a number, no name's word)
        if k and word.startswith("و") and not given and len(word) > 3:
            return None
        if not given and is_possessed(word, common):
            return None  # مخططاته، بريدها
        if not given and grammar.is_place_phrase(word):
            return None  # فهد بمدينة الباحة: a preposition and the place after the name
        if not given and preposition_and_verbal_noun(word):
            return None  # عبدالعزيز بتشغيل: the name and what he was charged with
        if not given and _preposition_and_common_word(word, k, common):
            return None  # بهدف لمثله، سلمان بن عبدالعزيز بموجب المادة، فهد لطباعة المصحف
        if not given and k >= 2 and not word.startswith("با") and preposition_and_possessed(word):
            return None  # فرانسوا فيون بهزيمته: what he conceded (not بدر محمد باسلمه)
        if word in BLESSINGS and words[k + 1 : k + 2] == ("الله",):
            return None  # سلمان حفظه الله: the name and a blessing
        if k and _feminine_nisba(word, common):
            return None  # (مدينة الملك عبدالعزيز | الطبية: the eponym and its body's adjective)
    return words


def _feminine_nisba(word: str, common: frozenset[str]) -> bool:
    """A definite adjective of relation in the feminine (الطبية، المركزية، الإسلامية: ة
    folded into ه) whose masculine is a common word: it agrees with a body's feminine head
    (جامعة، مدينة، مكتبة) named after a person, and ends no person's name. (Not a family name so
    written: خليل الحية has no stem before its يه; العطية's masculine is no word.)"""
    return (
        word.startswith("ال")
        and word.endswith("يه")
        and len(word) >= 6
        and is_common_word(word[:-1], common)
        and word[:-1] not in ORDINAL_DAYS  # (a queen's ordinal: إليزابيث الثانية)
    )


def _preposition_and_common_word(word: str, k: int, common: frozenset[str]) -> bool:
    """The k-th word of a name is ب or ل before a common word: a preposition's phrase (بحضور،
    بهدف، لتنظيم), no name's word — but after a given name alone a family name may be so
    written (خالد بحاح، ميشال بلاتيني، برناردينو ليون), and after it Hadramawt's با names
    are (بدر محمد باسلمه، عبدالاله بن عبدالعزيز باناجه)."""
    rest = word[1:]
    if word[:1] not in "بل" or rest[:1] == "و" or not is_common_word(rest, common):
        return False
    if word[0] == "ب":
        return k == 0 and len(rest) >= 3 or k >= 2 and rest[:1] != "ا" and len(rest) >= 4
    return len(rest) >= 4


def _one_given_name(words: tuple[str, ...]) -> bool:
    """A given name of two words and no more (عز الدين، نور الدين): learned as a whole name, it
    would end every name it opens there (عز الدين | حداد). (Not عبد الناصر، عبد اللهيان: the
    family names of men the news calls by them alone.)"""
    return len(words) == 2 and words[1] in name_grammar().given_compound_words


def learn_names(
    per_article: Iterable[set[tuple[str, ...]]], common: frozenset[str], min_articles: int = 3
) -> set[tuple[str, ...]]:
    """The plausible names read in at least `min_articles` articles."""
    counts: Counter = Counter()
    for names in per_article:
        counts.update({clean for name in names if (clean := plausible_name(name, common))})
    return names_from_counts(counts, common, min_articles)


def names_from_counts(
    counts: dict[tuple[str, ...], int], common: frozenset[str], min_articles: int = 3
) -> set[tuple[str, ...]]:
    """`learn_names` from how many articles give each (plausible) name."""
    # A name that runs on past a much more frequent name is that name and a word of the
    # sentence (بنيامين نتنياهو الهجوم); so is one that runs past a name as often met into a
    # definite common word or a verb (نصر الله الاحتلال، نصر الله يحذر).
    return {
        name
        for name, n in counts.items()
        if n >= min_articles
        and not counts.get(name[:-1], 0) > 3 * n
        and not any(
            counts.get(name[:j], 0) >= n and _sentence_word(name[j], common) for j in range(2, len(name))
        )
    }


def _sentence_word(word: str, common: frozenset[str]) -> bool:
    """A word of the sentence after a name: a definite common noun (not an adjective-shaped
    family name, not the second word of a compound name) or an imperfect verb."""
    if word in name_grammar().compound_words:
        return False
    return (
        word.startswith("ال")
        and is_common_word(word, common)
        and not word.startswith("الم")
        and not word.endswith("ي")
        or word[:1] in "يت"
        and len(word) >= 4
    )


def teaches_the_reader(name: tuple[str, ...]) -> bool:
    """The name has a word the grammar does not read as a name's word by itself (a foreign
    family name, one without the article: أحمد داوود أوغلو، ابشير عمر هوروسي): learned from an
    archive, it lets the reader recognize the name where no title or honorific announces it. A
    name of given names, particles and ال family names (أحمد الحربي، أحمد بن إبراهيم) the grammar
    reads wherever it stands, and known whole it would only end a longer name early (أحمد
    إبراهيم | مفضّل); the archive's other articles are not read again for it."""
    lexicon, grammar = speaker_lexicon(), name_grammar()
    return not all(
        lexicon.category(word) == "given"
        or grammar.is_particle(word)
        or k > 0
        and (word.startswith("ال") or grammar.is_particle(name[k - 1]))  # (أبو عبيدة، عبد الملك)
        for k, word in enumerate(name)
    )


def names_among_tags(
    tags: Iterable[str], learned: set[tuple[str, ...]], common: frozenset[str]
) -> set[tuple[str, ...]]:
    """Editorial tags (يحيى سريع، السيد حسن نصر الله) that are personal names by the grammar:
    two to five words, opened by a given name, a name particle or an honorific, or already
    learned from the text."""
    lexicon = speaker_lexicon()
    out = set()
    for tag in tags:
        words = tuple(normalize_ar(tag).split())
        if words and lexicon.category(words[0]) == "honorific":
            words = words[1:]
        if (
            not 2 <= len(words) <= 5
            or not all(w.isalpha() for w in words)
            or plausible_name(words, common) != words
            or any(_sentence_word(w, common) for w in words[1:])
        ):
            continue  # a headline among the tags (نصر الله يحذر الاحتلال)
        if (
            words in learned
            or lexicon.category(words[0]) == "given"
            and all(lexicon.category(w) in ("", "given") for w in words[1:])
        ):
            out.add(words)
    return out
