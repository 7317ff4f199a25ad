"""Reading articles: every format and the encodings Arabic news arrives in, made on disk here."""

from __future__ import annotations

import json

from analysis import IngestProblem, read_paths
from analysis.ingest import clean_text

BODY = "عنوان الخبر\n\nقال الوزير إن المساعدات وصلت.\n\nوأضاف أن الوضع صعب."


def articles(items):
    return [i for i in items if not isinstance(i, IngestProblem)]


def problems(items):
    return [i for i in items if isinstance(i, IngestProblem)]


def test_text_file_title_and_paragraph_indices(tmp_path):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    [article] = read_paths([tmp_path / "a.txt"])
    assert article.id == "a.txt"
    assert article.title == "عنوان الخبر"
    assert [article.paragraph_text(p) for p in article.paragraphs] == [
        "عنوان الخبر",
        "قال الوزير إن المساعدات وصلت.",
        "وأضاف أن الوضع صعب.",
    ]
    assert [p.index for p in article.paragraphs] == [0, 1, 2]


def test_encodings_are_detected(tmp_path):
    files = {
        "bom.txt": b"\xef\xbb\xbf" + BODY.encode("utf-8"),
        "utf16.txt": BODY.encode("utf-16"),
        "utf16le.txt": BODY.encode("utf-16-le"),
        "cp1256.txt": BODY.encode("cp1256"),
        "crlf.txt": BODY.replace("\n", "\r\n").encode("utf-8"),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    read = articles(read_paths([tmp_path]))
    assert len(read) == len(files)
    assert {a.title for a in read} == {"عنوان الخبر"}
    assert {len(a.paragraphs) for a in read} == {3}


def test_folder_is_read_recursively_and_records_have_ids(tmp_path):
    nested = tmp_path / "x" / "y"
    nested.mkdir(parents=True)
    (nested / "a.txt").write_text(BODY, encoding="utf-8")
    rows = [
        {
            "id": "r1",
            "title": "خبر",
            "text": "قال الوزير إن الوضع صعب.",
            "date": "2024-05-01",
            "source": "AJ",
        },
        {"id": "r2", "text": "وأضاف أن المساعدات قليلة."},
    ]
    (tmp_path / "b.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n{broken\n", encoding="utf-8"
    )
    (tmp_path / "c.csv").write_text("id,title,text\nc1,خبر,قال الوزير إن الوضع صعب.\n", encoding="utf-8")
    (tmp_path / "d.json").write_text(json.dumps(rows[:1], ensure_ascii=False), encoding="utf-8")
    items = list(read_paths([tmp_path]))
    ids = sorted(a.id for a in articles(items))
    assert ids == ["a.txt", "c1", "r1", "r1", "r2"]
    r1 = next(a for a in articles(items) if a.id == "r1")
    assert (r1.title, r1.date, r1.source) == ("خبر", "2024-05-01", "AJ")
    [problem] = problems(items)
    assert problem.path.endswith("b.jsonl") and problem.line == 3 and "not JSON" in problem.message


def test_html_main_text_is_extracted_without_scripts(tmp_path):
    html = (
        "<html><head><title>خبر عاجل</title><script>alert(1)</script></head><body>"
        "<nav>القائمة</nav><article><h1>خبر عاجل</h1>"
        + "".join(f"<p>قال الوزير إن الوضع في غزة صعب جدا والمساعدات قليلة رقم {i}.</p>" for i in range(6))
        + "</article><footer>حقوق النشر</footer></body></html>"
    )
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    [article] = read_paths([tmp_path / "page.html"])
    assert "alert" not in article.text
    assert "قال الوزير إن الوضع في غزة صعب جدا" in article.text


def test_bad_inputs_are_reported_and_the_rest_is_read(tmp_path):
    (tmp_path / "good.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "fake.txt").write_bytes(b"%PDF-1.4\x00\x01\x02binary")
    (tmp_path / "table.csv").write_text("id,body\n1,نص\n", encoding="utf-8")
    items = list(read_paths([tmp_path, tmp_path / "missing.txt"]))
    assert [a.id for a in articles(items)] == ["good.txt"]
    messages = {str(p) for p in problems(items)}
    assert any("empty.txt" in m and "empty file" in m for m in messages)
    assert any("fake.txt" in m and "binary" in m for m in messages)
    assert any("table.csv" in m and "no 'text' column" in m for m in messages)
    assert any("missing.txt" in m and "no such file" in m for m in messages)


def test_presentation_forms_become_letters(tmp_path):
    (tmp_path / "pdf.txt").write_text("ﻗﺎﻝ ﺍﻟﻮﺯﻳﺮ\nنص", encoding="utf-8")
    [article] = read_paths([tmp_path / "pdf.txt"])
    assert article.title == "قال الوزير"


def test_a_word_glued_after_a_teh_marbuta_is_parted():
    """A teh marbuta ends its word: a scraper's glued words are parted (مراسلةالميادين)."""
    assert clean_text("وكشفت وزارة الدفاع الروسيةأنّ خسائر مراسلةالميادين كبيرةً") == (
        "وكشفت وزارة الدفاع الروسية أنّ خسائر مراسلة الميادين كبيرةً"
    )
