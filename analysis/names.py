"""The grammar of personal names (lexicons/names.yaml): which words join the next one into a
part of a name (عبد، أبو، بن، آل), which connect the parts of foreign names (بان كي مون), how
long a name may be, and which given names are women's (for verb agreement)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from analysis.lexicon import load, normalized_set
from analysis.normalize import normalize_ar


@dataclass(frozen=True)
class NameGrammar:
    particles: frozenset[str]
    connectors: frozenset[str]
    verb_connectors: frozenset[str]  # كي، لو، لا: connectors that are particles before a verb too
    female_given_names: frozenset[str]
    word_given_names: frozenset[str]  # given names that are common words too (رفيق، مرام)
    compound_words: frozenset[str]
    servant_names: frozenset[str]  # الله، المنعم: after عبد, joined or apart
    given_compound_words: frozenset[str]
    theophoric_words: frozenset[str]  # فضل، فتح: before الله a name's part (فضل الله)
    title_names: frozenset[str]
    place_nouns: frozenset[str]
    spelled_initials: frozenset[str]  # Latin letters spelled out: لورا إيه. كولانجيلو
    trade_family_names: frozenset[str]  # النجار، الحداد: family names that are common words
    apposition_nouns: frozenset[str]  # ضيف: nouns that describe the person named before them
    age_adjectives: frozenset[str]  # البالغ: the person's age after the name
    age_units: frozenset[str]  # عاماً: after «البالغ من العمر» and the number
    female_particles: frozenset[str]  # أم، بنت: a name they open is a woman's
    nasab_particles: frozenset[str]  # بن، ابن: the father's name follows
    spelling_counterparts: frozenset[frozenset[str]]  # ت/ط: letters one foreign name is written with
    case_forms: dict[str, str]  # أبا -> أبو: a particle as the accusative writes it
    max_words: int
    max_tokens: int

    def is_particle(self, word: str) -> bool:
        """A word that is never a name alone (عبد، أبو، بن، آل)."""
        return word in self.particles

    def in_nominative(self, words: tuple[str, ...]) -> tuple[str, ...]:
        """A name's words with a particle the accusative wrote back in the nominative (أبا
        عبيدة -> أبو عبيدة): one person, however the sentence declined the name."""
        if not words or words[0] not in self.case_forms or len(words) < 2:
            return words
        return (self.case_forms[words[0]], *words[1:])

    def is_place_phrase(self, word: str) -> bool:
        """A preposition and a noun of a place (بمنطقة، بمحافظة، لمدينة): a name ends before it."""
        return word[:1] in "بل" and word[1:] in self.place_nouns


@cache
def name_grammar() -> NameGrammar:
    data = load("names")
    return NameGrammar(
        particles=normalized_set(data["particles"]),
        connectors=normalized_set(data["connectors"]),
        verb_connectors=normalized_set(data["verb_connectors"]),
        female_given_names=normalized_set(data["female_given_names"]),
        word_given_names=normalized_set(data["word_given_names"]),
        compound_words=normalized_set(data["compound_words"]),
        servant_names=normalized_set(data["servant_names"]),
        given_compound_words=normalized_set(data["given_compound_words"]),
        theophoric_words=normalized_set(data["theophoric_words"]),
        title_names=normalized_set(data["title_names"]),
        place_nouns=normalized_set(data["place_nouns"]),
        spelled_initials=normalized_set(data["spelled_initials"]),
        trade_family_names=normalized_set(data["trade_family_names"]),
        apposition_nouns=normalized_set(data["apposition_nouns"]),
        age_adjectives=normalized_set(data["age_adjectives"]),
        age_units=normalized_set(data["age_units"]),
        female_particles=normalized_set(data["female_particles"]),
        nasab_particles=normalized_set(data["nasab_particles"]),
        spelling_counterparts=frozenset(frozenset(pair) for pair in data["spelling_counterparts"]),
        case_forms={normalize_ar(k): normalize_ar(v) for k, v in data["case_forms"].items()},
        max_words=int(data["max_name_words"]),
        max_tokens=int(data["max_name_tokens"]),
    )
