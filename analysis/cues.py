"""Reporting cues (قال، أكد، مضيفاً، بحسب…) read from lexicons/cues.yaml."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Final

from analysis.gazetteer import gazetteer
from analysis.lexicon import derive_fields, load, normalized_phrases, normalized_set, strip_article
from analysis.normalize import dediac_ar, normalize_ar


@dataclass(frozen=True)
class CueForm:
    lemma: str
    form: str  # normalized surface form without proclitics
    tense: str  # perfect | imperfect | participle | noun (a verbal noun) | other
    takes: frozenset[str]  # 'object' and/or prepositions opening the content
    addressee: frozenset[str]  # 'object' and/or prepositions naming the person spoken to
    needs_complementizer: bool
    relay: bool = False
    agreement: str = ""  # MASCULINE, FEMININE, PLURAL, DUAL or "" (unknown)
    # The only nouns its object content may open with, when the verb reports speech only with
    # them (تبنّى الهجوم claims it; تبنّى سياسة adopts it): empty for any object.
    objects: frozenset[str] = frozenset()
    # Every form a cue only with أنّ a few words after it (ختم: also «concluded» an event)
    near_complementizer: bool = False
    # The prepositions after which a relay verb names the source it passes on (نقل عن، علم من)
    relay_prepositions: frozenset[str] = frozenset()
    # A cue only when it relays a source (علمت «عكاظ» من مصادر مطلعة أنّ…): not what an outlet
    # or a person learned (علمت الصحيفة أنّ…، علمت الأم أنّ…), the narration's own news
    relays_only: bool = False
    # «we» (نرى، نؤكد، نقول): a speaker's own running words, when a source spoke just before;
    # elsewhere the writer's voice
    first_person: bool = False
    # «by saying» (بالقول، بقوله): the subject is the verb's before it, none follows
    subject_before: bool = False
    # Its object is the one it judges, describes, warns or accuses (اعتبره، وصفه، حذّره، اتهمه),
    # not what was said: written with that object's pronoun, it still reports
    judges: bool = False
    # Nouns its object content never opens with: acts it declares (أعلنت الحكومة الحداد)
    not_objects: frozenset[str] = frozenset()

    @property
    def prepositions(self) -> frozenset[str]:
        """The prepositions that open the content (the rest of `takes` says how objects do)."""
        return self.takes - {"object", "described"}


# Agreement of a verb or participle with its subject: masculine, feminine (also non-human
# plurals: قالت المصادر), plural of people, or unknown ("").
MASCULINE, FEMININE, PLURAL = "m", "f", "pl"
# Two speakers (أكدا، أكدتا، يؤكدان، تؤكدان): a verb of two continues no single source.
DUAL: Final = "du"
# «We» (نرى، نؤكد): `CueForm.first_person`, agreeing with no one in particular.
FIRST_PERSON: Final = "we"
_PERFECT_SUFFIXES: Final = {"": MASCULINE, "ت": FEMININE, "وا": PLURAL, "ا": DUAL, "تا": DUAL}
_IMPERFECT_PREFIXES: Final = {"ي": MASCULINE, "ت": FEMININE, "ن": FIRST_PERSON}
_PARTICIPLE_SUFFIXES: Final = {"ا": MASCULINE, "ه": FEMININE, "ين": PLURAL}


def _expand(verb: dict) -> dict[str, tuple[str, str]]:
    """Written forms of a verb -> (tense, agreement)."""
    forms: dict[str, tuple[str, str]] = {}
    if stem := verb.get("perfect"):
        for suffix, gender in _PERFECT_SUFFIXES.items():
            forms.setdefault(stem + suffix, ("perfect", gender))
    if stem := verb.get("imperfect"):
        for prefix, gender in _IMPERFECT_PREFIXES.items():
            if gender == FIRST_PERSON:
                forms.setdefault(prefix + stem, ("imperfect", FIRST_PERSON))
                continue
            for suffix, number in (("", gender), ("ون", PLURAL), ("ان", DUAL)):
                forms.setdefault(prefix + stem + suffix, ("imperfect", number))
    if stem := verb.get("participle"):
        # Participles report speech as circumstantial accusatives (مضيفاً، مضيفةً، مضيفين);
        # the bare and nominative forms are mostly nouns and adjectives (معبر، متحدث).
        for suffix, gender in _PARTICIPLE_SUFFIXES.items():
            forms.setdefault(stem + suffix, ("participle", gender))
    siblings = frozenset(normalize_ar(form) for form in verb.get("forms", []))
    for form in verb.get("forms", []):
        forms.setdefault(form, ("other", _agreement_of(form, siblings=siblings)))
    for form in verb.get("participles", []):
        forms.setdefault(form, ("participle", _agreement_of(form, participle=True)))
    for form in verb.get("nouns", []):
        forms.setdefault(form, ("noun", ""))
    return forms


def _agreement_of(form: str, participle: bool = False, siblings: frozenset[str] = frozenset()) -> str:
    """Agreement of an irregular form, from its ending (قالت، قالوا، قائلة، قولها، تقول);
    first-person and verbal-noun forms (نقول، أقول، بالقول) agree with no one in particular."""
    form = normalize_ar(form)
    if form.endswith(("وا", "ون")) or participle and form.endswith("ين"):
        return PLURAL  # (not يدين، تدين: the verb's own ن)
    if form.endswith("تا") and not participle:
        return DUAL  # قالتا
    if (
        form.endswith(("ها", "ت", "تا"))
        or participle
        and form.endswith("ه")
        or not participle
        and form.startswith("ت")
    ):
        return FEMININE
    if form.startswith("ن") and not participle and "ي" + form[1:] in siblings:
        return FIRST_PERSON  # (نقول beside يقول; not نفى, «denied»)
    if form.startswith(("ا", "ب")):
        return ""
    return MASCULINE


@dataclass(frozen=True)
class CueLexicon:
    forms: dict[str, CueForm]
    attributions: dict[str, tuple[tuple[str, ...], ...]]  # first word -> phrases, longest first
    # of those, the ones that attribute only as the sentence's first words (في تقدير X، فإنّ…)
    opening_attributions: dict[str, tuple[tuple[str, ...], ...]]
    self_attributions: dict[str, tuple[tuple[str, ...], ...]]
    opinions: dict[str, tuple[tuple[str, ...], ...]]
    complementizers: frozenset[str]
    prep_complementizers: frozenset[tuple[str, ...]]
    near_complementizer: frozenset[str] = frozenset()  # بين: bare, a cue only before أنّ
    # توقع: of the forms that need أنّ, one that is the verb behind و/ف (وتوقع الخبير ارتفاع…)
    verbs_after_conjunction: frozenset[str] = frozenset()
    verb_by_shadda: frozenset[str] = frozenset()  # بيّن: written with its shadda, the verb
    impersonal: frozenset[str] = frozenset()  # يُذكر أنّ: the narrator's note, no cue
    near_words: dict[str, frozenset[str]] = field(default_factory=dict)  # عبر: a cue only with عن near
    not_before: dict[str, frozenset[str]] = field(default_factory=dict)  # يُعتبر من: no cue before من
    # تابع لـ: no cue before a word that opens with one of these letters
    not_before_prefix: dict[str, tuple[str, ...]] = field(default_factory=dict)
    via_forms: frozenset[str] = frozenset()  # عبر: «via» before a medium, no verb
    via_media: frozenset[str] = frozenset()  # إنستغرام، حساب: media no outlet list holds
    subject_next: frozenset[str] = frozenset()  # أمر: a verb only with its subject right after it
    relayed_sayings: frozenset[str] = frozenset()  # نقلت عن X، قوله: the relay's object
    statement_attributions: frozenset[tuple[str, ...]] = frozenset()  # جاء في: content after أنّ/:
    # إبّان «during»: normalized -> the spellings (undiacritized) of a form that are no cue
    not_written: dict[str, frozenset[str]] = field(default_factory=dict)
    cue_words: frozenset[str] = field(init=False, repr=False, compare=False)
    attribution_openers: frozenset[str] = field(init=False, repr=False, compare=False)
    opening_attribution_marks: frozenset[str] = field(init=False, repr=False, compare=False)
    self_attribution_openers: frozenset[str] = field(init=False, repr=False, compare=False)
    pointing_back: dict[str, tuple[tuple[str, ...], ...]] = field(init=False, repr=False, compare=False)
    pointing_back_by_end: dict[str, tuple[tuple[str, ...], ...]] = field(
        init=False, repr=False, compare=False
    )
    pointing_back_ends: frozenset[str] = field(init=False, repr=False, compare=False)
    cue_openers: frozenset[str] = field(init=False, repr=False, compare=False)
    trailing_openers: frozenset[str] = field(init=False, repr=False, compare=False)
    form_openings: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        derive_fields(self)

    def _derive_cue_words(self) -> frozenset[str]:
        """Every written word that `lookup` takes for a cue (clitic + form + object pronoun)."""
        return frozenset(
            word
            for form in self.forms
            # (a plural's alef is not written before its pronoun: اعتبروه)
            for stem in ((form, form[:-1]) if form.endswith("وا") else (form,))
            for clitic in ("",) + CLITICS
            for pronoun in ("", *OBJECT_PRONOUNS, "ه")
            if self.lookup(word := clitic + stem + pronoun) is not None
        )

    def _derive_attribution_openers(self) -> frozenset[str]:
        """First words of the attribution phrases (بحسب، وفق), also with و."""
        return _with_conjunction(self.attributions)

    def _derive_opening_attribution_marks(self) -> frozenset[str]:
        """The second words of the opening attributions (تقدير، رأي، وجهة): a paragraph with none
        has none of them to read."""
        return frozenset(phrase[1] for group in self.opening_attributions.values() for phrase in group)

    def _derive_self_attribution_openers(self) -> frozenset[str]:
        return _with_conjunction(self.self_attributions)

    def _derive_pointing_back(self) -> dict[str, tuple[tuple[str, ...], ...]]:
        """Phrases that point back to the source speaking: على حد قوله، في نظره."""
        merged = {
            word: self.self_attributions.get(word, ()) + self.opinions.get(word, ())
            for word in set(self.self_attributions) | set(self.opinions)
        }
        return {word: tuple(sorted(group, key=len, reverse=True)) for word, group in merged.items()}

    def _derive_pointing_back_by_end(self) -> dict[str, tuple[tuple[str, ...], ...]]:
        """The phrases pointing back, by their last word (قوله، نظره، رأيها)."""
        by_end: dict[str, list[tuple[str, ...]]] = {}
        for group in self.pointing_back.values():
            for phrase in group:
                by_end.setdefault(phrase[-1], []).append(phrase)
        return {word: tuple(sorted(group, key=len, reverse=True)) for word, group in by_end.items()}

    def _derive_pointing_back_ends(self) -> frozenset[str]:
        return frozenset(self.pointing_back_by_end)

    def _derive_cue_openers(self) -> frozenset[str]:
        """Words where a cue, or a self-attribution that is not one (كما قال), may start."""
        return self.cue_words | self.self_attribution_openers

    def _derive_trailing_openers(self) -> frozenset[str]:
        """First words of what may end a content: (، على حد قوله)، (، بحسب X)."""
        return self.attribution_openers | self.self_attribution_openers

    def _derive_form_openings(self) -> frozenset[str]:
        """The first three letters of every cue form: a cheap test that a word may start with one."""
        return frozenset(form[:3] for form in self.forms)

    def lookup(self, token: str) -> CueForm | None:
        """The cue that a normalized token is, allowing the proclitics و ف ل and an object
        pronoun on a finite verb (طالبتها، حذرهم). Memoized per word."""
        cache = _LOOKUP_CACHE
        if token in cache:
            return cache[token]
        if len(cache) > 1 << 18:
            cache.clear()
        cache[token] = found = self._lookup_uncached(token)
        return found

    def _lookup_uncached(self, token: str) -> CueForm | None:
        if form := self._lookup(token):
            return form
        # Not ه (after normalization also the teh marbuta of إشارة), and not after a dual ending
        # (ألمحا + كم would read المحاكم).
        for pronoun in OBJECT_PRONOUNS:
            stem = token[: -len(pronoun)]
            if token.endswith(pronoun) and len(stem) >= 3 and not stem.endswith("ا"):
                form = self._lookup(stem)
                if form is not None and form.tense in ("perfect", "imperfect"):
                    return form
        return self._with_pronoun_after_its_ending(token)

    def _with_pronoun_after_its_ending(self, token: str) -> CueForm | None:
        """A verb whose object is the one it judges, warns or accuses (`CueForm.judges`), with
        that object's pronoun: after a plural's perfect written without its alef (اعتبروه،
        وصفوها، طالبوه: اعتبروا + ه), or ه after a feminine perfect's ت, a plural's ون or a
        man's imperfect (اعتبرته، يعتبرونه، يصفه، اتهمته). Not ه after a man's perfect nor a
        woman's imperfect: once normalized, that is as often the teh marbuta of a noun (إشارة:
        أشار + ه; توصية: توصي + ه). Not the verbs whose object is what was said: their
        pronoun points back to it in a relative clause (تقرير نشرته الصحيفة، ما أكدته المقاومة).
        Not a common noun once normalized (دعوة: دعوا + ه; حملته «his campaign»: حملت + ه)."""
        for pronoun in (*OBJECT_PRONOUNS, "ه"):
            if not token.endswith(pronoun):
                continue
            stem = token[: -len(pronoun)]
            if stem.endswith("و") and (form := self._lookup(stem + "ا")) is not None:
                plural = form.tense == "perfect" and form.agreement == PLURAL
                noun = _common_noun(form.form[:-1] + pronoun)
                return form if plural and form.judges and not noun else None
            form = self._lookup(stem) if pronoun == "ه" else None
            if (
                form is not None
                and form.judges
                and _ends_before_ha(form)
                and not _common_noun(form.form + "ه")
            ):
                return form
        return None

    def _lookup(self, token: str) -> CueForm | None:
        if form := self.forms.get(token):
            return form
        for clitic in CLITICS:
            if token.startswith(clitic) and (form := self.forms.get(token[len(clitic) :])):
                if form.tense == "perfect" and clitic.endswith("ل"):
                    continue  # ل before a perfect is not a verb prefix
                return form
        return None


def _common_noun(word: str) -> bool:
    """The word with no proclitic is a common noun once normalized (دعوه: دعوة), or one with a
    possessive ه on its teh marbuta (حملته: حملة + ه)."""
    common = gazetteer().common
    return word in common or word.endswith("ته") and word[:-2] + "ه" in common


def _ends_before_ha(form: CueForm) -> bool:
    """A verb form whose ending no noun's teh marbuta takes after it once normalized: a
    feminine perfect's ت, a plural's ون, a man's imperfect ي…"""
    if form.tense == "perfect":
        return form.agreement == FEMININE
    return form.tense == "imperfect" and (form.agreement == PLURAL or form.form.startswith("ي"))


_LOOKUP_CACHE: Final[dict[str, CueForm | None]] = {}
CLITICS: Final = ("و", "ف", "ل", "ول", "فل")
OBJECT_PRONOUNS: Final = ("هما", "ها", "هم")


def _with_conjunction(phrases: dict[str, tuple[tuple[str, ...], ...]]) -> frozenset[str]:
    return frozenset(phrases) | {"و" + word for word in phrases}


def phrases_by_first_word(written: list[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases of normalized words, indexed by their first word, the longest first (one dict
    lookup finds those that may start at a word)."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sorted((tuple(normalize_ar(p).split()) for p in written), key=len, reverse=True):
        by_first.setdefault(phrase[0], []).append(phrase)
    return {first: tuple(group) for first, group in by_first.items()}


# The source a relay verb passes on stands after these (نقلت الوكالة عن الوزير، على لسان الوزير).
RELAY_PREPOSITIONS: Final = normalized_set(["عن", "لسان"])


def _relay_prepositions(relay: bool | list[str] | None) -> frozenset[str]:
    """`relay: true` passes on the source after عن (or «على لسان»); a list names others."""
    if not relay:
        return frozenset()
    return RELAY_PREPOSITIONS if relay is True else normalized_set(relay)


@cache
def cue_lexicon() -> CueLexicon:
    data = load("cues")
    needs = normalized_set(data.get("needs_complementizer", []))
    not_cues = normalized_set(data.get("not_cues", []))
    forms: dict[str, CueForm] = {}
    for verb in data["verbs"]:
        takes = normalized_set(verb.get("takes", []))
        addressee = normalized_set(verb.get("addressee", []))
        for surface, (tense, agreement) in _expand(verb).items():
            form = normalize_ar(surface)
            if form in not_cues:
                continue
            forms.setdefault(
                form,
                CueForm(
                    normalize_ar(verb["lemma"]),
                    form,
                    tense,
                    takes,
                    addressee,
                    form in needs,
                    bool(verb.get("relay")),
                    "" if agreement == FIRST_PERSON else agreement,
                    normalized_set(verb.get("objects", [])),
                    bool(verb.get("near")),
                    _relay_prepositions(verb.get("relay")),
                    bool(verb.get("relays_only")),
                    agreement == FIRST_PERSON,
                    bool(verb.get("subject_before")),
                    "object" in addressee or "described" in takes or bool(verb.get("judges")),
                    frozenset(strip_article(word) for word in normalized_set(verb.get("not_objects", []))),
                ),
            )

    def phrases(key: str) -> dict[str, tuple[tuple[str, ...], ...]]:
        return phrases_by_first_word(data.get(key, []))

    return CueLexicon(
        forms=forms,
        attributions=phrases("attributions"),
        opening_attributions=phrases("opening_attributions"),
        self_attributions=phrases("self_attributions"),
        opinions=phrases("opinions"),
        complementizers=normalized_set(data["complementizers"]),
        prep_complementizers=normalized_phrases(data["prep_complementizers"]),
        statement_attributions=frozenset(
            tuple(normalize_ar(p).split()) for p in data["statement_attributions"]
        ),
        near_complementizer=normalized_set(data.get("near_complementizer", [])),
        verbs_after_conjunction=normalized_set(data.get("verbs_after_conjunction", [])),
        verb_by_shadda=normalized_set(data.get("verb_by_shadda", [])),
        impersonal=normalized_set(data.get("impersonal", [])),
        relayed_sayings=normalized_set(data.get("relayed_sayings", [])),
        near_words={
            normalize_ar(form): normalized_set(words) for form, words in data.get("near_words", {}).items()
        },
        not_before={
            normalize_ar(form): normalized_set(words) for form, words in data.get("not_before", {}).items()
        },
        not_before_prefix={
            normalize_ar(form): tuple(normalize_ar(prefix) for prefix in prefixes)
            for form, prefixes in data.get("not_before_prefix", {}).items()
        },
        not_written=_spellings(data.get("not_written", [])),
        via_forms=normalized_set(data.get("via_forms", [])),
        via_media=normalized_set(data.get("via_media", [])),
        subject_next=normalized_set(data.get("subject_next", [])),
    )


def _spellings(written: list[str]) -> dict[str, frozenset[str]]:
    """Written forms by their normalized form (which merges them with a cue's)."""
    spellings: dict[str, set[str]] = {}
    for form in written:
        spellings.setdefault(normalize_ar(form), set()).add(dediac_ar(form))
    return {form: frozenset(forms) for form, forms in spellings.items()}
