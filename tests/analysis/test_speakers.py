"""Canonical speaker names across articles: the one fullest name that ends with a short form."""

from __future__ import annotations

import pytest

from analysis.speakers import ORGANIZATION, PERSON, canonical_speakers

CASES = [
    # (speakers per article, expected mapping)
    ({"a": ["يوآف غالانت"], "b": ["غالانت"]}, {"غالانت": "يوآف غالانت"}),
    # diacritics and hamza forms do not make two people
    ({"a": ["يوآف غالانت"], "b": ["غالانْت"]}, {"غالانْت": "يوآف غالانت"}),
    # the fullest of a chain: غالانت and يوآف غالانت both become the longest name
    ({"a": ["وزير يوآف غالانت", "يوآف غالانت"], "b": ["غالانت"]},
     {"غالانت": "وزير يوآف غالانت", "يوآف غالانت": "وزير يوآف غالانت"}),
    # two people share a surname: the short form stays as it is
    ({"a": ["جو بايدن"], "b": ["هانتر بايدن"], "c": ["بايدن"]}, {}),
    # a name that is only a prefix of another is not the same person
    ({"a": ["محمد علي"], "b": ["محمد"]}, {}),
    ({"a": ["أنتوني بلينكن"]}, {}),
    ({}, {}),
]


@pytest.mark.parametrize(("speakers", "expected"), CASES)
def test_canonical_speakers(speakers, expected):
    names = {article: [(name, PERSON) for name in people] for article, people in speakers.items()}
    assert canonical_speakers(names) == expected


def test_only_people_are_merged():
    names = {"a": [("وزارة الصحة", ORGANIZATION)], "b": [("الصحة", ORGANIZATION)]}
    assert canonical_speakers(names) == {}


def test_an_archive_of_people_resolves_at_once():
    """20,000 people (comparing every pair would take minutes): each surname to its person."""
    names = {str(i): [(f"اسم{i} عائلة{i}", PERSON), (f"عائلة{i}", PERSON)] for i in range(20000)}
    mapping = canonical_speakers(names)
    assert len(mapping) == 20000 and mapping["عائلة7"] == "اسم7 عائلة7"
