"""The command line, run as a user runs it, on real files."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import ROOT, SEED_ARTICLE, gold_articles

FIELDS = {
    "article",
    "para",
    "speaker",
    "speaker_type",
    "cue",
    "kind",
    "content",
    "addressee",
    "topics",
    "start",
    "end",
}


def run(*args, cwd=ROOT):
    return subprocess.run(
        [sys.executable, "-m", "analysis", *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
    )


def test_quotes_prints_json_lines_with_the_contract_fields():
    result = run("quotes", SEED_ARTICLE)
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) >= 15
    assert all(set(row) >= FIELDS for row in rows)
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    article = "\n".join(line.strip() for line in text.splitlines() if line.strip())
    assert all(article[r["start"] : r["end"]] == r["content"] for r in rows)
    assert {r["kind"] for r in rows} <= {"direct", "indirect", "mixed", "headline"}
    assert {r["speaker_type"] for r in rows} <= {"person", "organization", "anonymous", "media"}


def test_mentions_prints_json_lines():
    result = run("mentions", SEED_ARTICLE)
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert sum(r["topic"] == "rafah" for r in rows) == 6
    assert all({"article", "para", "topic", "term", "start", "end"} <= set(r) for r in rows)


def test_unreadable_path_is_reported_and_the_others_are_processed(tmp_path):
    result = run("quotes", tmp_path / "nope.txt", SEED_ARTICLE)
    assert result.returncode == 1
    assert "nope.txt" in result.stderr and "no such file" in result.stderr
    assert len(result.stdout.splitlines()) >= 15


def test_help_is_readable():
    result = run("--help")
    assert result.returncode == 0
    for word in ("quotes", "mentions", "evaluate", "PATH"):
        assert word in result.stdout


# Accuracy is a ratchet: the figures measured today (bench/accuracy.py), raised with each gain, so
# a change that loses accuracy fails while unrelated work is never blocked by a target.
RATCHET = {
    # gold folder: (detection F1, attribution, end-to-end F1)
    # detection 0.904 -> 0.902 traded for end-to-end 0.804 -> 0.808 when a verb no earlier
    # source agrees with stopped taking the latest source (its quote is left out); attribution
    # 0.928 -> 0.926 came with detection 0.925 -> 0.927 (a relayed quote now found, under the
    # relay's plain head «منظمات», which the gold does not list among its names)
    # detection 0.928 -> 0.926 when «طبقاً لما قال عنه X» named its source: two later verbs
    # that had continued the wrong one (a cascade) found no agreeing source and reported nothing
    # attribution 0.956 -> 0.955 with detection 0.935 -> 0.936 when a bare بين stopped being
    # a cue (two quotes of one paragraph then found a speaker continued from another)
    # detection 0.942 -> 0.940 with attribution 0.962 -> 0.965 and end-to-end 0.906 -> 0.907
    # when a verb taking an object stopped looking for أنّ past another cue (يعزو X …، لأنه قال
    # إن…: its content is its object, not the other verb's clause)
    # detection 0.957 -> 0.956 with attribution 0.970 -> 0.972 when a paragraph's byline (دعاء
    # بهاء الدين- ريم سليمان- سبق- جدة:) stopped giving its verbs a subject: the summary's quote
    # (أجمع إعلاميون…) its reporter's name had taken is left out again
    # detection 0.962 -> 0.961 with attribution 0.977 -> 0.978 and end-to-end 0.939 -> 0.940
    # when a plural verb stopped continuing a body named in the singular (فصائل المقاومة…، الذين
    # اعتبروه… gave the factions' words to the paper quoted before: now none, the quote left out)
    # 0.961 / 0.978 / 0.940 -> 0.964 / 0.980 / 0.945 (session 38): a verb that judges with its
    # object's pronoun (اعتبروه، وصفته), the owner of the statement a relative's verb was said in
    # (تصريحات X، والتي قال فيها), «محمد أمين» read whole, «معللةً ذلك بـ…» a reason given
    # 0.964 / 0.980 / 0.945 -> 0.968 / 0.980 / 0.948 (session 39): a verbal noun with its
    # subject and object (بعد إعلان البيت الأبيض موافقة…، مطالب غوتيريش بـ…), the sentence before
    # «ورد هذا في تصريح لـX» X's
    # 0.968 / 0.980 / 0.948 -> 0.968 / 0.980 / 0.949 (session 41): a later attribution after one
    # to no source (…، نقلاً عما قالته مفتشة شرطة هامبشير، أولغا فينر), her name after the
    # police force's place
    # 0.968 / 0.980 / 0.949 -> 0.969 / 0.980 / 0.950 (session 42): Al Mayadeen's closing summary
    # («أعلنت كتائب القسام معركة…») no longer a quote.
    "gold": (0.969, 0.980, 0.950),
    # scored, never studied (its README); detection 0.805 -> 0.802 (one more prediction) was
    # traded for attribution 0.667 -> 0.677 when sentence subjects were read for zero subjects;
    # detection 0.818 -> 0.807 (two predictions fewer) came with attribution 0.870 -> 0.889 and
    # end-to-end 0.711 -> 0.717 when a verbal noun's shape (بارتكاب) opened a content
    # detection 0.807 -> 0.802 (one prediction fewer) came with attribution 0.900 -> 0.910 and
    # end-to-end 0.726 -> 0.730 by that same change
    # detection 0.802 -> 0.798 and end-to-end 0.739 -> 0.735 (one prediction more, not among
    # its quotes) when السلطات became a body that speaks (أعلنت السلطات الماليزية أنها…): kept,
    # as 20 of the 1,600 bulk articles read before and after quote the authorities so (36 quotes)
    "gold-check": (0.843, 0.959, 0.809),
}


@pytest.mark.parametrize("gold", sorted(RATCHET))
def test_evaluate_holds_the_measured_accuracy(shared, tmp_path, gold):
    if not (shared / gold).is_dir():
        pytest.skip(f"no {gold} in ../shared")
    paths = gold_articles(shared, tmp_path, gold)
    result = run("evaluate", "--gold", shared / gold, *paths)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    end_to_end = float(lines[-1].split("F1")[1])
    attribution = float(lines[-2].split()[1])
    detection = float(lines[-3].split("F1")[1])
    print(result.stdout)
    assert (
        detection >= RATCHET[gold][0] and attribution >= RATCHET[gold][1] and end_to_end >= RATCHET[gold][2]
    )


def test_evaluate_matches_the_shared_scorer(shared, tmp_path):
    paths = gold_articles(shared, tmp_path)
    predictions = tmp_path / "pred.jsonl"
    predictions.write_text(run("quotes", *paths).stdout, encoding="utf-8")
    ours = run("evaluate", "--gold", shared / "gold", *paths).stdout.splitlines()[-4:]
    theirs = subprocess.run(
        [sys.executable, shared / "eval" / "score_quotes.py", shared / "gold", predictions],
        capture_output=True,
        text=True,
    ).stdout.splitlines()
    assert ours == theirs


@pytest.mark.parametrize("command", ["quotes", "mentions"])
def test_bad_topics_file_is_a_clear_error(tmp_path, command):
    bad = tmp_path / "t.yaml"
    bad.write_text("- not a mapping", encoding="utf-8")
    result = run(command, SEED_ARTICLE, "--topics", bad)
    assert result.returncode == 2
    assert "t.yaml" in result.stderr and "topics" in result.stderr


def test_entities_prints_the_sources_mentioned():
    result = run("entities", SEED_ARTICLE)
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    article = "\n".join(line.strip() for line in text.splitlines() if line.strip())
    assert all(article[r["start"] : r["end"]] == r["text"] for r in rows)
    assert {r["type"] for r in rows} <= {"person", "organization", "anonymous", "media"}
    by_text = {r["text"]: r["canonical"] for r in rows}
    assert by_text["وزير الدفاع الأميركيّ، لويد أوستن"] == "لويد أوستن"  # no ب of بوزير
    assert "يوآف غالانت" in {r["canonical"] for r in rows if r["type"] == "person"}


def test_explain_says_which_rule_chose_each_speaker():
    result = run("explain", SEED_ARTICLE, "--para", "2")
    assert result.returncode == 0, result.stderr
    assert "«قال»" in result.stdout and "لويد أوستن" in result.stdout
    # the sentence says only «وزير الدفاع الأميركي»: the explanation says how it became the name
    assert "«وزير الدفاع الأميركي» refers to «لويد أوستن»" in result.stdout
    rows = [json.loads(line) for line in run("explain", SEED_ARTICLE, "--json").stdout.splitlines()]
    assert len(rows) == len(run("quotes", SEED_ARTICLE).stdout.splitlines())
    assert all(row["rule"] and row["rule_text"] and row["resolution"] for row in rows)
    assert {row["para"] for row in rows if row["rule"] == "continued_source"}


def test_evaluate_verbose_says_why_a_speaker_is_wrong(shared, tmp_path):
    paths = gold_articles(shared, tmp_path)
    result = run("evaluate", "--gold", shared / "gold", *paths, "--verbose")
    wrong = [line for line in result.stdout.splitlines() if line.startswith("WRONG")]
    reasons = [line for line in result.stdout.splitlines() if line.strip().startswith("why:")]
    assert wrong and len(reasons) == len(wrong)


def test_an_aliases_file_merges_splits_and_names_through_the_command_line(tmp_path):
    (tmp_path / "a.txt").write_text(
        "عنوان\n\nقال وزير الدفاع يوآف غالانت إن الحرب طويلة.\n", encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text("عنوان آخر\n\nوقال غالانت إن العملية مستمرة.\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("عنوان ثالث\n\nوقال أبو مازن إن الشعب صامد.\n", encoding="utf-8")

    def speakers(*extra):
        paths = (tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.txt")
        return [json.loads(line)["speaker"] for line in run("quotes", *paths, *extra).stdout.splitlines()]

    assert speakers() == ["يوآف غالانت", "يوآف غالانت", "أبو مازن"]  # the surname joins
    aliases = tmp_path / "aliases.yaml"
    aliases.write_text(
        "sources:\n"
        "  - {name: يوآف غالانت, separate: [غالانت]}\n"
        "  - {name: محمود عباس, latin: Mahmoud Abbas, forms: [أبو مازن]}\n",
        encoding="utf-8",
    )
    assert speakers("--aliases", aliases) == ["يوآف غالانت", "غالانت", "محمود عباس"]
    aliases.write_text("sources: [{latin: x}]\n", encoding="utf-8")
    bad = run("quotes", tmp_path / "a.txt", "--aliases", aliases)
    assert bad.returncode == 2 and "aliases.yaml" in bad.stderr and "name" in bad.stderr


def test_a_changed_aliases_file_renames_a_store_without_analysing_again(tmp_path):
    import duckdb

    (tmp_path / "a.txt").write_text("عنوان\n\nوقال أبو مازن إن الشعب صامد.\n", encoding="utf-8")
    store = tmp_path / "s.duckdb"
    first = run("build", tmp_path / "a.txt", "--store", store, "--quiet")
    assert "1 analysed" in first.stdout
    aliases = tmp_path / "aliases.yaml"
    aliases.write_text(
        "sources:\n  - {name: محمود عباس, latin: Mahmoud Abbas, forms: [أبو مازن]}\n", encoding="utf-8"
    )
    again = run("build", tmp_path / "a.txt", "--store", store, "--quiet", "--aliases", aliases)
    assert "0 analysed" in again.stdout
    connection = duckdb.connect(str(store), read_only=True)
    assert connection.execute("SELECT canonical, latin FROM speakers").fetchall() == [
        ("محمود عباس", "Mahmoud Abbas")
    ]
    assert connection.execute("SELECT * FROM speaker_forms").fetchall() == [("محمود عباس", "أبو مازن", 1)]
    connection.close()
    run("canonicalize", "--store", store)  # back to the shipped aliases alone
    connection = duckdb.connect(str(store), read_only=True)
    assert connection.execute("SELECT canonical FROM speakers").fetchall() == [("أبو مازن",)]
    connection.close()
