"""The lexicons are data with checks: every entry is read (nothing dropped), once, and a word in
two classes is there on purpose (declared in speakers.yaml's `overlaps`)."""

from __future__ import annotations

from collections import Counter, defaultdict

import pytest

from analysis.lexicon import load, strip_article
from analysis.normalize import normalize_ar

SPEAKERS = load("speakers")
WORD_LISTS = {
    key: value
    for key, value in SPEAKERS.items()
    if isinstance(value, list) and all(isinstance(x, str) for x in value)
}
# Classes the phrase reader looks words up in one at a time: a multi-word entry there is never
# matched.
ONE_WORD_CLASSES = (
    "titles",
    "honorifics",
    "anonymous",
    "organizations",
    "media",
    "places",
    "given_names",
    "statements",
    "adverbial_nouns",
    "adverbial_openers",
)
CLASSES = (
    "honorifics",
    "given_names",
    "anonymous",
    "titles",
    "media",
    "organizations",
    "places",
    "statements",
)


@pytest.mark.parametrize("key", sorted(WORD_LISTS))
def test_no_entry_is_listed_twice(key):
    counts = Counter(normalize_ar(word) for word in WORD_LISTS[key])
    assert [word for word, n in counts.items() if n > 1] == []


@pytest.mark.parametrize("key", ONE_WORD_CLASSES)
def test_no_entry_of_a_one_word_class_is_dropped(key):
    assert [word for word in SPEAKERS[key] if len(word.split()) != 1] == []


def test_every_overlap_between_classes_is_declared():
    classes = defaultdict(set)
    for key in CLASSES:
        for word in SPEAKERS[key]:
            classes[strip_article(normalize_ar(word))].add(key)
    found = {word: sorted(keys) for word, keys in classes.items() if len(keys) > 1}
    declared = {normalize_ar(word): sorted(keys) for word, keys in SPEAKERS["overlaps"].items()}
    assert found == declared


@pytest.mark.parametrize("name", ["cues", "grammar", "names", "speakers", "topics"])
def test_lexicons_are_written_undiacritized(name):
    def words(node):
        if isinstance(node, str):
            yield node
        elif isinstance(node, list):
            for item in node:
                yield from words(item)
        elif isinstance(node, dict):
            for value in node.values():
                yield from words(value)

    diacritized = [w for w in words(load(name)) if any("\u064b" <= ch <= "\u0652" for ch in w)]
    assert diacritized == []


def test_a_verb_that_reports_only_with_its_own_words_near_asks_them_in_every_finite_form():
    # (a form left out — the dual حملا — would report «carried» with nothing near)
    from analysis.cues import cue_lexicon

    lexicon = cue_lexicon()
    near_lemmas = {lexicon.forms[form].lemma for form in lexicon.near_words if form in lexicon.forms}
    for form, cue in lexicon.forms.items():
        if cue.lemma in near_lemmas and cue.tense in ("perfect", "participle") and cue.lemma != "عبر":
            assert form in lexicon.near_words, form


CUE_FORMS_AGREEMENT = [  # (written form, agreement, «we»)
    ("يؤكد", "m", False),
    ("تؤكد", "f", False),
    ("يؤكدون", "pl", False),
    ("نؤكد", "", True),  # the imperfect's «we»
    ("نقول", "", True),  # an irregular verb's, beside its يقول
    ("نرى", "", True),
    ("نفى", "m", False),  # a perfect that opens with ن: «he denied»
    ("نصح", "m", False),
    ("يدين", "m", False),  # its ن the verb's own, no plural
    ("تدين", "f", False),
    ("يدينون", "pl", False),
]


@pytest.mark.parametrize(("written", "agreement", "first_person"), CUE_FORMS_AGREEMENT)
def test_a_cue_forms_agreement_and_person_come_from_its_letters(written, agreement, first_person):
    from analysis.cues import cue_lexicon
    from analysis.normalize import normalize_ar

    form = cue_lexicon().lookup(normalize_ar(written))
    assert (form.agreement, form.first_person) == (agreement, first_person)


@pytest.mark.parametrize(
    ("written", "cue"),
    [
        ("ذاكرة", False),  # «memory», not the participle of ذكر (bulk: aj-0059)
        ("مقرّه", False),  # «its headquarters» (bulk: snn-2015-08-06-0405)
        ("وصفه", True),  # «described it», which «وصفة» (a prescription) is once normalized
        ("ذكرت", True),
    ],
)
def test_nouns_shaped_as_participles_are_no_cues(written, cue):
    from analysis.cues import cue_lexicon
    from analysis.normalize import normalize_ar

    assert (cue_lexicon().lookup(normalize_ar(written)) is not None) == cue


@pytest.mark.parametrize(
    ("written", "lemma_and_agreement"),
    [
        # a verb that judges, describes, warns or accuses, with its object's pronoun
        ("واعتبرته", ("اعتبر", "f")),
        ("واعتبروها", ("اعتبر", "pl")),  # the plural's alef unwritten before its pronoun
        ("ووصفوه", ("وصف", "pl")),
        ("وصفته", ("وصف", "f")),
        ("يعتبرونه", ("اعتبر", "pl")),
        ("يصفه", ("وصف", "m")),
        ("وحمّلوه", ("حمل", "pl")),
        ("اتهمته", ("اتهم", "f")),
        ("وحذّروها", ("حذر", "pl")),
        # must not: a noun with its teh marbuta (and its possessive), once normalized
        ("حملته", None),  # «his campaign»: حملة + ه
        ("دعوة", None),  # «an invitation»: دعوا + ه
        ("ودعوته", None),
        ("طلبته", None),  # «his students»
        ("إشارة", None),  # أشار + ه
        ("توصية", None),  # توصي + ه
        # must not: verbs whose object is what was said, its pronoun in a relative clause
        ("نشرته", None),  # (تقرير نشرته الصحيفة)
        ("نقلته", None),
        ("أكدته", None),  # (ما أكدته المقاومة)
    ],
)
def test_a_judging_verb_with_its_objects_pronoun_is_a_cue(written, lemma_and_agreement):
    from analysis.cues import cue_lexicon
    from analysis.normalize import normalize_ar

    form = cue_lexicon().lookup(normalize_ar(written))
    assert (form and (form.lemma, form.agreement)) == (
        lemma_and_agreement and (normalize_ar(lemma_and_agreement[0]), lemma_and_agreement[1])
    )
