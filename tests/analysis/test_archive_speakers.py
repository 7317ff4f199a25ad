"""One person, one name across an archive: a store built from the first 3,000 records of
../shared/corpus/bulk.jsonl.gz, as a newsroom would build it, then asked who its sources are."""

from __future__ import annotations

import gzip
import subprocess
import sys

import duckdb
import pytest

from analysis.identity import FRAGMENT, clean_name
from analysis.normalize import normalize_ar
from analysis.speakers import ANONYMOUS, PERSON, speaker_lexicon
from tests.conftest import ROOT

RECORDS = 3000
PEOPLE = ["نتنياهو", "بايدن", "غالانت", "بلينكن", "غوتيريش"]
BODIES = ["هآرتس", "حماس"]


@pytest.fixture(scope="module")
def store(shared, tmp_path_factory):
    folder = tmp_path_factory.mktemp("archive")
    records = folder / "first.jsonl"
    with (
        gzip.open(shared / "corpus" / "bulk.jsonl.gz", "rt", encoding="utf-8") as source,
        records.open("w", encoding="utf-8") as out,
    ):
        for n, line in enumerate(source):
            if n >= RECORDS:
                break
            out.write(line)
    path = folder / "archive.duckdb"
    result = subprocess.run(
        [sys.executable, "-m", "analysis", "build", str(records), "--store", str(path), "--quiet"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode in (0, 1), result.stderr
    connection = duckdb.connect(str(path), read_only=True)
    yield connection
    connection.close()


def sources_named(store, name: str) -> dict[str, tuple[str, int]]:
    """Canonical sources (not fragments, not unnamed) whose name contains `name`."""
    rows = store.execute(
        "SELECT s.canonical, any_value(s.kind), count(*) FROM quotes q JOIN speakers s "
        "USING (speaker) WHERE s.canonical LIKE ? AND s.kind NOT IN (?, ?) GROUP BY 1",
        [f"%{name}%", FRAGMENT, ANONYMOUS],
    ).fetchall()
    return {canonical: (kind, n) for canonical, kind, n in rows}


def joint(name: str) -> bool:
    """A joint source: two named together (بايدن ونتنياهو، حماس وإسرائيل)."""
    return any(word.startswith("و") and len(word) > 2 for word in name.split()[1:]) or " و " in f" {name} "


def another_person(name: str, surname: str, main: str) -> bool:
    """Someone else of the family (يائير نتنياهو, سارة نتنياهو): another given name."""
    first = name.split()[0]
    return (
        first != main.split()[0]
        and speaker_lexicon().category(first) == "given"
        or first not in main
        and name.endswith(surname)
        and len(name.split()) == 2
    )


@pytest.mark.parametrize("surname", PEOPLE)
def test_each_person_is_one_canonical_source(store, surname):
    found = sources_named(store, surname)
    main = max(found, key=lambda n: found[n][1])
    people = {
        name
        for name, (kind, _) in found.items()
        if kind == PERSON and not joint(name) and not another_person(name, surname, main)
    }
    assert people == {main}, found
    # bodies named after him (مكتب نتنياهو، حكومة نتنياهو) are separate sources
    assert all(
        kind != PERSON or name in people or joint(name) or another_person(name, surname, main)
        for name, (kind, _) in found.items()
    )


@pytest.mark.parametrize("name", BODIES)
def test_each_outlet_and_movement_is_one_canonical_source(store, name):
    found = sources_named(store, name)
    main = max(found, key=lambda n: found[n][1])
    lexicon = speaker_lexicon()
    for other, (kind, _) in found.items():
        if other == main or kind == PERSON or joint(other):
            continue  # people by title (قيادي في حماس), joint statements: sources of their own
        before = other.split(name)[0].split()
        # only another body holding the name: مكتب حماس، الأونروا في حماس، المقاومة لدى حماس
        assert before and (
            before[-1] in ("في", "لدى")
            # (the lexicon's words are normalized: قيادة حركة حماس is read as قياده)
            or lexicon.category(normalize_ar(before[0])) in ("organization", "media", "title")
        ), (other, found)


def test_the_hundred_most_quoted_are_named_distinct_sources(store):
    rows = store.execute(
        "SELECT s.canonical, any_value(s.kind), count(*) AS n FROM quotes q JOIN speakers s "
        "USING (speaker) WHERE s.kind NOT IN (?, ?) GROUP BY 1 ORDER BY n DESC LIMIT 100",
        [FRAGMENT, ANONYMOUS],
    ).fetchall()
    lexicon = speaker_lexicon()
    keys = set()
    for canonical, kind, _ in rows:
        assert kind != FRAGMENT, canonical  # no fragment, no bare generic noun
        first = canonical.split()[0]
        assert not (
            first[:1] in "بل"
            and not first.startswith("ال")
            and lexicon.category(first[1:]) not in ("", "given")
        ), canonical
        assert first not in ("الصحيفة", "الحركة", "الوزارة", "مراسلنا", "مصادر"), canonical
        key = normalize_ar(clean_name(canonical))
        assert key not in keys, f"duplicate: {canonical}"
        keys.add(key)


def test_anonymous_sources_are_kept_apart_and_counted(store):
    anonymous = store.execute("SELECT count(*) FROM speakers WHERE kind = ?", [ANONYMOUS]).fetchone()[0]
    assert anonymous > 0
    forms = store.execute("SELECT count(*) FROM speaker_forms").fetchone()[0]
    speakers = store.execute("SELECT count(*) FROM speakers").fetchone()[0]
    assert forms == speakers  # every written form is recorded under its canonical source
