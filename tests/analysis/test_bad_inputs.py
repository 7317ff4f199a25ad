"""Hostile and broken inputs, generated here: each gives one message naming the file (and line)
and its cause, the exit status says something was skipped, and the good inputs' results are
exactly what they are alone."""

from __future__ import annotations

import codecs
import json
import subprocess
import sys
import zipfile

import pytest

from tests.conftest import ROOT, SEED_ARTICLE

SEED = SEED_ARTICLE.read_text(encoding="utf-8")
ARABIC_NEWS = "خبر عاجل\nقال وزير الصحة إن المستشفيات في رفح تعمل بلا وقود.\nوأضاف أن الوضع خطير."


def quotes(*paths, extra=()):
    result = subprocess.run(
        [sys.executable, "-m", "analysis", "quotes", *map(str, paths), *extra],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    return result.returncode, rows, result.stderr.strip().splitlines()


@pytest.fixture
def good(tmp_path):
    folder = tmp_path / "good"
    folder.mkdir()
    (folder / "seed.txt").write_text(SEED, encoding="utf-8")
    return folder


def zip_bytes() -> bytes:
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.txt", ARABIC_NEWS)
    return buffer.getvalue()


BAD = {  # file name -> (bytes, words the message must contain)
    "empty.txt": (b"", ["empty file"]),
    "report.pdf.txt": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\x00\x01", ["binary"]),
    "photo.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", ["binary"]),
    "archive.txt": (zip_bytes(), ["binary"]),
    "rows.csv": ("id,body\n1,نص\n".encode(), ["no 'text' column"]),
    "broken.json": (b'{"text": "\xd9\x82\xd8\xa7\xd9\x84', ["not JSON"]),
    "squashed.jsonl.gz": (b"\x1f\x8bnot really gzip", ["gzip"]),
}


def test_each_bad_file_is_named_once_and_the_good_ones_are_unchanged(tmp_path, good):
    _, alone, _ = quotes(good)
    bad = tmp_path / "bad"
    bad.mkdir()
    for name, (data, _) in BAD.items():
        (bad / name).write_bytes(data)
    lines = [
        json.dumps({"title": "خبر", "text": "قال الوزير إن الوضع صعب."}, ensure_ascii=False),
        "{oops",
        json.dumps({"title": "بلا نص"}),
        json.dumps({"title": "خبر", "text": "قال الوزير إن المساعدات وصلت."}, ensure_ascii=False),
    ]
    (bad / "mixed.jsonl").write_text("\n".join(lines), encoding="utf-8")
    status, rows, messages = quotes(good, bad)
    assert status == 1
    for name, (_, words) in BAD.items():
        mine = [m for m in messages if name in m]
        assert len(mine) == 1, (name, messages)
        assert all(word in mine[0] for word in words), mine
    assert any("mixed.jsonl:2" in m and "not JSON" in m for m in messages)
    assert any("mixed.jsonl:3" in m and "no 'text'" in m for m in messages)
    assert [r for r in rows if r["article"] == "seed.txt"] == alone
    assert {r["article"] for r in rows} >= {"mixed:1", "mixed:4"}


@pytest.mark.parametrize(
    "encode",
    [
        lambda text: codecs.BOM_UTF8 + text.encode("utf-8"),
        lambda text: text.encode("utf-16"),
        lambda text: text.encode("utf-16-le"),
        lambda text: text.encode("utf-16-be"),
        lambda text: text.encode("cp1256"),
        lambda text: text.replace("\n", "\r\n", 1).replace("\n", "\r").encode("utf-8"),
        lambda text: text.replace(" ", " \x00", 3).encode("utf-8"),
        lambda text: ("\u202b" + text.replace("قال", "\u200fقال\u200f") + "\u202c").encode("utf-8"),
    ],
    ids=[
        "utf8-bom",
        "utf16-bom",
        "utf16le",
        "utf16be",
        "cp1256",
        "mixed-newlines",
        "nul-bytes",
        "bidi-controls",
    ],
)
def test_encodings_and_controls_give_the_same_quotes(tmp_path, encode):
    (tmp_path / "a.txt").write_bytes(encode(ARABIC_NEWS))
    status, rows, messages = quotes(tmp_path / "a.txt")
    assert status == 0 and messages == []
    assert [(r["cue"], r["speaker"]) for r in rows] == [("قال", "وزير الصحة"), ("أضاف", "وزير الصحة")]


def test_presentation_forms_are_read_as_letters(tmp_path):
    (tmp_path / "old.txt").write_text("خبر\nﻗﺎﻝ ﻭﺯﻳﺮ ﺍﻟﺼﺤﺔ ﺇﻥ ﺍﻟﻮﺿﻊ ﺧﻄﻴﺮ.", encoding="utf-8")
    status, rows, _ = quotes(tmp_path / "old.txt")
    assert status == 0 and rows[0]["speaker"] == "وزير الصحة"


def test_size_limit_is_configurable_and_named(tmp_path, good):
    (tmp_path / "huge.txt").write_text(ARABIC_NEWS * 400, encoding="utf-8")
    status, rows, messages = quotes(good, tmp_path / "huge.txt", extra=["--max-bytes", "20000"])
    assert status == 1
    assert any("huge.txt" in m and "limit of 20,000 bytes" in m for m in messages)
    assert {r["article"] for r in rows} == {"seed.txt"}


def test_html_scripts_styles_and_iframes_are_not_text(tmp_path):
    html = (
        "<html><head><style>p{color:red}</style><script>var x='قال الوزير إن';</script></head>"
        "<body><iframe src='http://x'></iframe><article><h1>خبر</h1>"
        + "<p>قال وزير الصحة إن المستشفيات في رفح تعمل بلا وقود منذ أيام طويلة.</p>" * 4
        + "</article></body></html>"
    )
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    status, rows, _ = quotes(tmp_path / "page.html")
    assert status == 0 and rows
    assert all("var x" not in r["content"] and "color" not in r["content"] for r in rows)


def test_text_without_arabic_and_a_very_long_line(tmp_path):
    (tmp_path / "english.txt").write_text("Title\nThe minister said that aid arrived.", encoding="utf-8")
    (tmp_path / "long.txt").write_text("عنوان\n" + "قال الوزير إن الوضع صعب، " * 20000, encoding="utf-8")
    status, rows, messages = quotes(tmp_path / "english.txt", tmp_path / "long.txt")
    assert status == 0 and messages == []
    assert {r["article"] for r in rows} == {"long.txt"}


# ---------------------------------------------------------------- damaged, not lost
def record(n: int) -> str:
    return json.dumps(
        {"id": f"r{n}", "title": "خبر", "text": f"قال وزير الصحة محمد مصطفى إن الشاحنة {n} وصلت."},
        ensure_ascii=False,
    )


def test_one_bad_byte_in_a_jsonl_line_keeps_every_record(tmp_path):
    lines = [record(n).encode() for n in range(1, 21)]
    lines[10] = lines[10].replace("وصلت".encode(), b"\xff\xfe" + "وصلت".encode())
    (tmp_path / "feed.jsonl").write_bytes(b"\n".join(lines))
    status, rows, messages = quotes(tmp_path / "feed.jsonl")
    assert status == 1
    assert len(messages) == 1 and "feed.jsonl:11" in messages[0] and "U+FFFD" in messages[0]
    assert {r["article"] for r in rows} == {f"r{n}" for n in range(1, 21)}


@pytest.mark.parametrize("name", ["article.txt", "rows.csv"])
def test_one_bad_byte_in_a_text_or_csv_keeps_the_text(tmp_path, name):
    text = (
        ARABIC_NEWS
        if name.endswith(".txt")
        else "id,title,text\n1,خبر,"
        + ARABIC_NEWS.replace("\n", " ")
        + "\n2,خبر,قال الوزير محمد مصطفى إن الوضع صعب.\n"
    )
    data = text.encode().replace("خطير".encode(), b"\x80" + "خطير".encode())
    data = data.replace("صعب".encode(), b"\xc0" + "صعب".encode())
    (tmp_path / name).write_bytes(data)
    status, rows, messages = quotes(tmp_path / name)
    assert status == 1 and len(messages) == 1 and name in messages[0]
    assert ":2:" in messages[0] or ":3:" in messages[0]  # the line of the first bad byte
    assert rows


def test_concatenated_gzip_members_are_all_read(tmp_path):
    import gzip

    first = gzip.compress("\n".join(record(n) for n in (1, 2, 3)).encode() + b"\n")
    second = gzip.compress("\n".join(record(n) for n in (4, 5, 6)).encode() + b"\n")
    (tmp_path / "all.jsonl.gz").write_bytes(first + second)
    status, rows, messages = quotes(tmp_path / "all.jsonl.gz")
    assert status == 0 and messages == []
    assert {r["article"] for r in rows} == {f"r{n}" for n in range(1, 7)}


def test_a_truncated_gzip_is_read_as_far_as_it_goes_and_said_so(tmp_path):
    import gzip

    whole = gzip.compress("\n".join(record(n) for n in range(1, 201)).encode())
    (tmp_path / "cut.jsonl.gz").write_bytes(whole[: len(whole) // 2])
    status, rows, messages = quotes(tmp_path / "cut.jsonl.gz")
    assert status == 1 and any("truncated" in m for m in messages)
    assert 0 < len({r["article"] for r in rows}) < 200


HOSTILE_RECORDS = {  # one line each, among good ones: (line, words of its message)
    "deep": ('{"a": ' * 100_000 + "1" + "}" * 100_000, "nested too deeply"),
    "array": ("[" * 100_000 + "]" * 100_000, "not an object"),
    "digits": ('{"text": ' + "7" * 5000 + "}", "not JSON"),
    "surrogate": ('{"id": "s", "title": "خبر", "text": "قال الوزير محمد مصطفى إن \\ud800 وصلت."}', None),
}


@pytest.mark.parametrize("case", sorted(HOSTILE_RECORDS))
def test_no_record_takes_down_the_file(tmp_path, case):
    line, words = HOSTILE_RECORDS[case]
    (tmp_path / "feed.jsonl").write_text("\n".join([record(1), line, record(3)]), encoding="utf-8")
    status, rows, messages = quotes(tmp_path / "feed.jsonl")
    assert {"r1", "r3"} <= {r["article"] for r in rows}
    if words is None:
        assert status == 0 and "s" in {r["article"] for r in rows}
    else:
        assert status == 1 and len(messages) == 1 and "feed.jsonl:2" in messages[0]
        assert words in messages[0]


def test_a_csv_field_longer_than_the_csv_modules_limit_is_read(tmp_path):
    long_text = "قال الوزير محمد مصطفى إن الوضع صعب. " * 6000  # over 128 KB
    (tmp_path / "long.csv").write_text(
        f"id,title,text\n1,خبر,{long_text}\n2,خبر,{long_text[:200]}\n", encoding="utf-8"
    )
    status, rows, messages = quotes(tmp_path / "long.csv")
    assert status == 0 and messages == []
    assert {r["article"] for r in rows} == {"1", "2"}


def test_a_file_name_cannot_forge_a_message_line(tmp_path):
    (tmp_path / "x\nqawl: all good.txt").write_bytes(b"")
    status, _, messages = quotes(tmp_path)
    assert status == 1 and len(messages) == 1 and "\\n" in messages[0]


def test_a_pipe_or_device_is_refused_without_reading_it(tmp_path, good):
    import os

    fifo = tmp_path / "feed.jsonl"
    os.mkfifo(fifo)
    status, rows, messages = quotes(good, fifo, "/dev/zero")
    assert status == 1
    assert sum("not a regular file" in m for m in messages) == 2
    assert {r["article"] for r in rows} == {"seed.txt"}


def test_a_huge_file_is_refused_before_it_is_read(tmp_path):
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:  # sparse: 2 GB on paper, nothing on disk
        handle.truncate(2 * 1024**3)
    status, _, messages = quotes(huge)
    assert status == 1 and "limit of" in messages[0]


def test_a_file_of_bad_lines_gives_a_bounded_list_of_messages(tmp_path):
    import gzip

    (tmp_path / "ones.jsonl.gz").write_bytes(gzip.compress(b"1\n" * 200_000))
    status, rows, messages = quotes(tmp_path / "ones.jsonl.gz")
    assert status == 1 and rows == []
    assert len(messages) == 201 and "199,800 more problems" in messages[-1]


# ---------------------------------------------------------------- exit statuses of build
def build(*args):
    result = subprocess.run(
        [sys.executable, "-m", "analysis", "build", *map(str, args), "--quiet", "--workers", "1"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    return result.returncode, result.stdout, result.stderr.strip().splitlines()


def test_build_fatal_errors_are_one_line_and_status_2(tmp_path, good):
    import duckdb

    store = tmp_path / "s.duckdb"
    assert build(good, "--store", store)[0] == 0
    holder = duckdb.connect(str(store))  # another build holds the store
    try:
        status, _, messages = build(good, "--store", store)
    finally:
        holder.close()
    assert status == 2 and len(messages) == 1 and "in use by another build" in messages[0]
    (tmp_path / "not.duckdb").write_text("not a store", encoding="utf-8")
    status, _, messages = build(good, "--store", tmp_path / "not.duckdb")
    assert status == 2 and len(messages) == 1 and "not.duckdb" in messages[0]
    (tmp_path / "topics.yaml").write_text("topics: [unclosed", encoding="utf-8")
    status, _, messages = build(good, "--store", store, "--topics", tmp_path / "topics.yaml")
    assert status == 2 and len(messages) == 1 and "topics.yaml" in messages[0]
    assert build(good, "--store", store)[0] == 0  # the store is as it was


def test_build_with_a_skipped_input_says_what_it_kept(tmp_path, good):
    store = tmp_path / "s.duckdb"
    build(good, "--store", store)
    status, out, messages = build(tmp_path / "goood", "--store", store)
    assert status == 1 and "no such file" in messages[0]
    assert "0 removed" in out and "1 stored articles kept" in out


def test_an_unreachable_scheduler_is_one_line_and_leaves_the_store_untouched(tmp_path, good):
    store = tmp_path / "s.duckdb"
    status, _, messages = build(good, "--store", store, "--scheduler", "tcp://127.0.0.1:9")
    assert status == 2 and len(messages) == 1 and "tcp://127.0.0.1:9" in messages[0]
    assert not store.exists()


def test_a_full_disk_is_one_line_and_keeps_what_was_stored(tmp_path, good):
    import resource
    import signal

    import duckdb

    store = tmp_path / "s.duckdb"
    assert build(good, "--store", store)[0] == 0
    with duckdb.connect(str(store), read_only=True) as connection:
        before = connection.execute("SELECT hash, title FROM articles ORDER BY hash").fetchall()
    room = store.stat().st_size + 64_000

    def full_disk():  # the file size limit stands in for a disk that fills during the build
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (room, room))

    result = subprocess.run(
        [sys.executable, "-m", "analysis", "build", str(good), str(ROOT / "seeds"), "--store", str(store)]
        + ["--quiet", "--workers", "1"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        preexec_fn=full_disk,
    )
    messages = result.stderr.strip().splitlines()
    assert result.returncode == 2 and len(messages) == 1, result.stderr
    assert "could not write the store" in messages[0] and "Traceback" not in result.stderr
    with duckdb.connect(str(store), read_only=True) as connection:
        after = connection.execute("SELECT hash, title FROM articles ORDER BY hash").fetchall()
    assert set(before) <= set(after)  # nothing stored before is lost (batches committed stay)
    assert build(good, "--store", store)[0] == 0  # and the next build, with room, goes on
