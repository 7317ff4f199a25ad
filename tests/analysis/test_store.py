"""The corpus store: incremental updates equal a fresh build; Dask gives the same store."""

from __future__ import annotations

import gc
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from analysis import make_article
from analysis.store import analyser_version, build, build_files, connect, dask_map, dump, local_map
from tests.conftest import ROOT, SEED_ARTICLE

ARTICLES = {
    "a": "قال وزير الخارجية الأميركي أنتوني بلينكن إن الولايات المتحدة تعارض اجتياح رفح.",
    "b": "وأكد بلينكن أن المساعدات يجب أن تصل إلى غزة، مضيفاً أن الوضع خطير.",
    "c": "قال مسؤول رفيع بالبنتاغون إن “المفاوضات بشأن الأسرى مستمرة”.",
    "d": "وحذّرت منظمة الصحة العالمية من انهيار المنظومة الصحية في غزة.",
}


def corpus(texts: dict[str, str]):
    return [make_article(key, text, title=f"خبر {key}", source="TEST") for key, text in texts.items()] + [
        make_article("seed", SEED_ARTICLE.read_text(encoding="utf-8"))
    ]


def test_incremental_add_change_delete_equals_a_fresh_build(tmp_path):
    store = tmp_path / "s.duckdb"
    first = build(store, corpus({k: ARTICLES[k] for k in "abc"}), local_map(1))
    assert (first.analysed, first.unchanged, first.removed) == (4, 0, 0)
    again = build(store, corpus({k: ARTICLES[k] for k in "abc"}), local_map(1))
    assert (again.analysed, again.unchanged) == (0, 4)

    changed = {
        **{k: ARTICLES[k] for k in "bc"},
        "d": ARTICLES["d"],
        "c": ARTICLES["c"].replace("مستمرة", "متوقفة"),
    }  # a deleted, c changed, d added
    update = build(store, corpus(changed), local_map(2))
    assert (update.analysed, update.unchanged, update.removed) == (2, 2, 2)

    fresh = tmp_path / "fresh.duckdb"
    build(fresh, corpus(changed), local_map(1))
    assert dump(store) == dump(fresh)


def test_speakers_are_canonical_across_the_store(tmp_path):
    store = tmp_path / "s.duckdb"
    build(store, corpus(ARTICLES), local_map(1))
    connection = connect(store, read_only=True)
    mapping = dict(connection.execute("SELECT speaker, canonical FROM speakers").fetchall())
    connection.close()
    assert mapping["بلينكن"] == "أنتوني بلينكن"


def test_dask_local_cluster_gives_the_same_store(tmp_path):
    pytest.importorskip("distributed")
    local, distributed = tmp_path / "local.duckdb", tmp_path / "dask.duckdb"
    build(local, corpus(ARTICLES), local_map(2))
    build(distributed, corpus(ARTICLES), dask_map(None, workers=2))
    assert dump(local) == dump(distributed)


def test_build_command(tmp_path):
    store = tmp_path / "cli.duckdb"
    result = subprocess.run(
        [sys.executable, "-m", "analysis", "build", str(SEED_ARTICLE), "--store", str(store), "--quiet"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert "1 articles (1 analysed" in result.stdout
    rows = dump(store)
    assert len(rows["quotes"]) == 18
    assert json.dumps(rows["articles"][0][1]) == json.dumps("000_628b6a840abc538b.txt")


def test_a_killed_build_leaves_a_consistent_store_and_the_next_run_completes_it(tmp_path):
    seed = SEED_ARTICLE.read_text(encoding="utf-8")
    records = tmp_path / "many.jsonl"
    records.write_text(
        "\n".join(
            json.dumps({"id": f"n{i}", "text": f"{seed}\nرقم {i}."}, ensure_ascii=False) for i in range(1500)
        ),
        encoding="utf-8",
    )
    store = tmp_path / "killed.duckdb"
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "analysis",
            "build",
            str(records),
            "--store",
            str(store),
            "--workers",
            "1",
            "--batch",
            "10",
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    seen = ""
    while process.poll() is None and max(map(int, re.findall(r"(\d+) articles", seen)), default=0) < 40:
        seen += process.stderr.read(16)
    process.kill()  # SIGKILL mid-build, between or inside transactions
    process.wait()

    connection = connect(store, read_only=True)
    articles = connection.execute("SELECT count(*) FROM articles").fetchone()[0]
    orphans = connection.execute(
        "SELECT count(*) FROM quotes WHERE hash NOT IN (SELECT hash FROM articles)"
    ).fetchone()[0]
    per_article = connection.execute("SELECT count(DISTINCT n) FROM quotes GROUP BY hash").fetchall()
    connection.close()
    assert 0 < articles < 1500 and articles % 10 == 0  # whole batches only
    assert orphans == 0 and {row[0] for row in per_article} == {18}

    finish = subprocess.run(
        [sys.executable, "-m", "analysis", "build", str(records), "--store", str(store), "--quiet"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert finish.returncode == 0, finish.stderr
    assert f"{1500 - articles} analysed" in finish.stdout
    # (the batches written to DuckDB's log during the build are in the store itself at its end)
    assert not Path(f"{store}.wal").exists()
    fresh = tmp_path / "fresh.duckdb"
    subprocess.run(
        [sys.executable, "-m", "analysis", "build", str(records), "--store", str(fresh), "--quiet"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    assert dump(store) == dump(fresh)


def write_corpus(folder, texts: dict[str, str]) -> None:
    folder.mkdir(exist_ok=True)
    for key, text in texts.items():
        (folder / f"{key}.txt").write_text(f"خبر {key}\n{text}", encoding="utf-8")


def test_files_build_keeps_unchanged_files_and_reports_their_problems_again(tmp_path):
    folder, store = tmp_path / "in", tmp_path / "s.duckdb"
    write_corpus(folder, {k: ARTICLES[k] for k in "abc"})
    (folder / "bad.jsonl").write_text(
        '{"id": "x", "text": "قال مسؤول إن الوضع صعب."}\n{oops\n', encoding="utf-8"
    )
    problems = []
    first = build_files(store, [folder], local_map(1), on_problem=problems.append)
    assert (first.analysed, first.unchanged) == (4, 0)
    assert [(p.message, p.line) for p in problems] == [
        ("not JSON (Expecting property name enclosed in double quotes)", 2)
    ]

    again_problems = []
    again = build_files(store, [folder], local_map(1), on_problem=again_problems.append)
    assert (again.given, again.analysed, again.unchanged, again.removed) == (4, 0, 4, 0)
    assert again_problems == problems

    (folder / "a.txt").unlink()
    write_corpus(folder, {"b": ARTICLES["b"] + " وأضاف أن الحل قريب.", "d": ARTICLES["d"]})
    update = build_files(store, [folder], local_map(2))
    assert (update.analysed, update.unchanged, update.removed) == (2, 2, 2)
    fresh = tmp_path / "fresh.duckdb"
    build_files(fresh, [folder], local_map(1))
    assert dump(store) == dump(fresh)


def test_articles_made_by_another_analyser_version_are_analysed_again(tmp_path):
    folder, store = tmp_path / "in", tmp_path / "s.duckdb"
    write_corpus(folder, ARTICLES)
    build_files(store, [folder], local_map(1))
    connection = connect(store)
    connection.execute("UPDATE articles SET analyser = 'older' WHERE id = 'b.txt'")
    connection.execute("UPDATE quotes SET speaker = 'stale' WHERE article = 'b.txt'")
    connection.close()

    report = build_files(store, [folder], local_map(1))
    assert (report.analysed, report.unchanged) == (1, 3)
    fresh = tmp_path / "fresh.duckdb"
    build_files(fresh, [folder], local_map(1))
    assert dump(store) == dump(fresh)
    rows = dump(store)["articles"]
    assert {row[-1] for row in rows} == {analyser_version()}


def test_add_keeps_the_articles_not_given(tmp_path):
    archive, news, store = tmp_path / "archive", tmp_path / "news", tmp_path / "s.duckdb"
    write_corpus(archive, {k: ARTICLES[k] for k in "ab"})
    write_corpus(news, {"c": ARTICLES["c"]})
    build_files(store, [archive], local_map(1))
    added = build_files(store, [news], local_map(1), remove_missing=False)
    assert (added.analysed, added.removed) == (1, 0)
    both = build_files(store, [archive, news], local_map(1))
    assert (both.analysed, both.unchanged, both.removed) == (0, 3, 0)
    fresh = tmp_path / "fresh.duckdb"
    build_files(fresh, [archive, news], local_map(1))
    assert dump(store) == dump(fresh)


# ---------------------------------------------------------------- nothing lost
def feed_lines(n: int) -> list[bytes]:
    return [
        json.dumps(
            {"id": f"r{k}", "title": "خبر", "text": f"قال الوزير محمد مصطفى إن الشاحنة {k} وصلت إلى رفح."},
            ensure_ascii=False,
        ).encode()
        for k in range(1, n + 1)
    ]


def stored_ids(store) -> set[str]:
    return {row[1] for row in dump(store)["articles"]}


def test_a_file_read_in_part_keeps_its_stored_articles(tmp_path):
    folder, store = tmp_path / "in", tmp_path / "s.duckdb"
    folder.mkdir()
    lines = feed_lines(30)
    (folder / "feed.jsonl").write_bytes(b"\n".join(lines))
    build_files(store, [folder], local_map(1))
    assert len(stored_ids(store)) == 30
    # line 11 becomes unreadable and line 12 is edited: line 11's article stays stored
    lines[10], lines[11] = b"{oops", lines[11].replace("وصلت".encode(), "تأخرت".encode())
    (folder / "feed.jsonl").write_bytes(b"\n".join(lines))
    problems = []
    report = build_files(store, [folder], local_map(1), on_problem=problems.append)
    assert [p.line for p in problems] == [11]
    assert report.removed == 0 and report.partial == (str(folder / "feed.jsonl"),)
    assert "r11" in stored_ids(store) and len(stored_ids(store)) == 30
    again = build_files(store, [folder], local_map(1))  # unchanged bytes: still kept
    assert again.removed == 0 and "r11" in stored_ids(store)
    # read completely again: only now the edited article's old version goes
    lines[10] = feed_lines(11)[10]
    (folder / "feed.jsonl").write_bytes(b"\n".join(lines))
    complete = build_files(store, [folder], local_map(1))
    assert complete.partial == () and complete.removed == 1
    fresh = tmp_path / "fresh.duckdb"
    build_files(fresh, [folder], local_map(1))
    assert dump(store) == dump(fresh)


def test_an_input_that_cannot_be_read_removes_nothing(tmp_path):
    folder, store = tmp_path / "articles", tmp_path / "s.duckdb"
    write_corpus(folder, ARTICLES)
    extra = tmp_path / "good.txt"
    extra.write_text("خبر\n" + ARTICLES["a"], encoding="utf-8")
    build_files(store, [folder, extra], local_map(1))
    before = dump(store)
    problems = []
    report = build_files(store, [tmp_path / "artciles", extra], local_map(1), on_problem=problems.append)
    assert report.removed == 0 and report.kept == len(ARTICLES)
    assert "artciles" in problems[0].path and "no such file" in problems[0].message
    assert dump(store)["articles"] == before["articles"]
    # given correctly again, nothing had to be analysed
    assert build_files(store, [folder, extra], local_map(1)).analysed == 0


def build_with_topics(folder, store, topics):
    command = ["build", str(folder), "--store", str(store), "--topics", str(topics), "--quiet"]
    return subprocess.run(
        [sys.executable, "-m", "analysis", *command, "--workers", "1"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )


def test_build_stores_the_given_topics_and_a_change_of_them_analyses_again(tmp_path):
    folder, store = tmp_path / "in", tmp_path / "s.duckdb"
    write_corpus(folder, {"a": "قال الوزير محمد مصطفى إن الكهرباء مقطوعة عن المستشفيات."})
    topics = tmp_path / "mine.yaml"
    topics.write_text(
        "topics:\n  - id: power\n    label: {ar: الكهرباء, en: Power}\n    terms: [كهرباء]\n",
        encoding="utf-8",
    )
    result = build_with_topics(folder, store, topics)
    assert result.returncode == 0, result.stderr
    # (the given topics join the default ones, as everywhere --topics is taken)
    assert [row[4] for row in dump(store)["mentions"] if row[3] == "power"] == ["الكهرباء"]
    connection = connect(store, read_only=True)
    quote_topics = connection.execute("SELECT topics FROM quotes").fetchone()[0]
    connection.close()
    assert "power" in quote_topics
    topics.write_text(
        "topics:\n  - id: power\n    label: {ar: الكهرباء, en: Power}\n    terms: [مقطوعة]\n",
        encoding="utf-8",
    )
    again = build_with_topics(folder, store, topics)
    assert "1 analysed" in again.stdout
    assert [row[4] for row in dump(store)["mentions"] if row[3] == "power"] == ["مقطوعة"]


# Three articles give a rapporteur's name (one the shipped gazetteer does not know) after her
# title; a fourth writes it where the grammar alone would run it on into the next word.
NAMED = {
    f"n{k}": f"وقالت المقررة الأممية الخاصة إيلينا ماركوفيتسي إن الوضع في غزة {state}."
    for k, state in enumerate(["كارثي", "خطير", "مأساوي"])
}
RUN_ON = {"r": "وقالت إيلينا ماركوفيتسي الأممية إن المجاعة تتفاقم في القطاع."}


def speakers_in(store, article_id: str) -> list[str]:
    connection = connect(store, read_only=True)
    try:
        return [
            row[0]
            for row in connection.execute(
                "SELECT q.speaker FROM quotes q JOIN articles a USING (hash) WHERE a.id = ?", [article_id]
            ).fetchall()
        ]
    finally:
        connection.close()


def test_the_archive_teaches_a_name_that_is_then_read_whole_in_its_other_articles(tmp_path):
    store = tmp_path / "s.duckdb"
    build(store, corpus(RUN_ON), local_map(1))
    assert speakers_in(store, "r") == ["إيلينا ماركوفيتسي الأممية"]  # the grammar alone
    report = build(store, corpus({**RUN_ON, **NAMED}), local_map(1))
    assert report.reread == 4  # every article that holds the name, read again with it
    assert speakers_in(store, "r") == ["إيلينا ماركوفيتسي"]
    connection = connect(store, read_only=True)
    learned = dict(connection.execute("SELECT name, articles FROM learned_names").fetchall())
    connection.close()
    assert learned["ايلينا ماركوفيتسي"] == 3

    # The same articles in one build, or in another order and on two workers, give this store.
    at_once = tmp_path / "once.duckdb"
    build(at_once, corpus({**NAMED, **RUN_ON}), local_map(2))
    assert dump(at_once) == dump(store)
    # Without the articles that taught it, the name is forgotten and the article read as before.
    build(store, corpus(RUN_ON), local_map(1))
    assert speakers_in(store, "r") == ["إيلينا ماركوفيتسي الأممية"]


def test_an_article_whose_reading_never_asked_for_a_learned_name_is_not_read_again(tmp_path):
    """The name stands in it only behind a preposition (لإيلينا): its reading never asked the
    archive for a name starting with «إيلينا», so it reads the same with the name learned and
    is not read again; the store is still the one a reading of every article gives."""
    aside = {"p": "ونشرت الصحيفة صورة لإيلينا ماركوفيتسي أمس، وقال الوزير إن الصورة قديمة."}
    store = tmp_path / "s.duckdb"
    build(store, corpus(aside), local_map(1))
    report = build(store, corpus({**aside, **RUN_ON, **NAMED}), local_map(1))
    assert report.reread == 4  # not the fifth article, which holds the name too
    at_once = tmp_path / "once.duckdb"
    build(at_once, corpus({**NAMED, **RUN_ON, **aside}), local_map(2))
    assert dump(at_once) == dump(store)


def test_a_name_the_grammar_reads_by_itself_is_learned_but_reads_no_article_again(tmp_path):
    """A given name and an ال family name (خالد الهاجري) are read as a name wherever they stand:
    the archive records the name it learned, but the articles are not read again for it."""
    named = {
        f"h{k}": f"وقال المتحدث باسم الشرطة خالد الهاجري إن الوضع {state}."
        for k, state in enumerate(["هادئ", "مستقر", "تحت السيطرة"])
    }
    store = tmp_path / "s.duckdb"
    report = build(store, corpus(named), local_map(1))
    assert report.reread == 0
    connection = connect(store, read_only=True)
    learned = dict(connection.execute("SELECT name, articles FROM learned_names").fetchall())
    connection.close()
    assert learned["خالد الهاجري"] == 3
    assert {speakers_in(store, key)[0] for key in named} == {"خالد الهاجري"}


def test_a_scheduler_serves_both_readings_of_a_build(tmp_path):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
    ) as cluster:
        store = tmp_path / "s.duckdb"
        report = build(store, corpus({**NAMED, **RUN_ON}), dask_map(cluster.scheduler_address))
    assert report.reread == 4  # the second reading ran on the same scheduler
    assert speakers_in(store, "r") == ["إيلينا ماركوفيتسي"]


def test_an_article_whose_analysis_fails_is_reported_and_the_rest_is_stored(tmp_path):
    # A text the analyser cannot read (here none at all, slipped in where the analysis runs)
    # stands for any defect met on one article of an archive.
    store, problems = tmp_path / "s.duckdb", []
    build(store, corpus({"a": ARTICLES["a"]}), local_map(1))
    broken = make_article("b", ARTICLES["b"], title="خبر b", source="TEST")
    object.__setattr__(broken, "text", None)

    def mapper(items, analyse):
        for hash_, article in items:
            yield analyse((hash_, broken if article.id == "b" else article))

    report = build(
        store, corpus({"a": ARTICLES["a"], "b": ARTICLES["b"]}), mapper, on_problem=problems.append
    )
    assert report.analysed == 0  # (a and the seed were stored before, b failed)
    [problem] = problems
    assert str(problem).startswith("b: article 'b' could not be analysed (TypeError: ")
    assert str(problem).endswith("it is not stored, the rest of the build goes on")
    with connect(store) as connection:
        ids = {row[0] for row in connection.execute("SELECT id FROM articles").fetchall()}
    assert ids == {"a", "seed"}


def test_a_build_leaves_the_processs_garbage_collection_as_it_found_it(tmp_path):
    # (analysis collects less often and sets the lexicons aside; a dashboard builds in its server)
    before = gc.get_threshold()
    build(tmp_path / "s.duckdb", corpus(ARTICLES), local_map(1))
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0
