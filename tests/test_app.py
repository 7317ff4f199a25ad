"""The page, run by Streamlit's AppTest: default view, filters, query params, uploads, safety."""

from __future__ import annotations

import re

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT

TIMEOUT = 120


@pytest.fixture(autouse=True)
def founding_article(monkeypatch):
    """The page on the founding article alone (the figures below are its); a test may point
    QAWL_CORPUS elsewhere."""
    from tests.conftest import SEED_ARTICLE

    monkeypatch.setenv("QAWL_CORPUS", str(SEED_ARTICLE))


def run_app(params: dict | None = None) -> AppTest:
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    for key, value in (params or {}).items():
        app.query_params[key] = value
    return app.run()


def links(node) -> list[str]:
    """The links a page (or a part of it) offers to copy (`components.show.show_link`)."""
    import html

    return [
        html.unescape(re.sub("<[^>]+>", "", h.proto.body))
        for h in node.get("html")
        if "qawl-link" in h.proto.body
    ]


def metric(app: AppTest, index: int) -> int:
    return int(app.metric[index].value)


def test_default_view_renders_the_seed_speakers():
    app = run_app()
    assert not app.exception
    assert [metric(app, i) for i in range(4)] == [1, 18, 6, 26]
    speakers = set(app.dataframe[0].value["speaker"])
    assert {"يوآف غالانت", "لويد أوستن", "مسؤول رفيع بالبنتاغون", "ماثيو ميلر"} <= speakers
    assert app.title[0].value == "قول · من قال ماذا"


@pytest.mark.parametrize(
    ("key", "value", "quotes"),
    [
        ("speaker", ["لويد أوستن"], 5),
        ("topic", ["رفح · Rafah"], 5),
        ("kind", ["مباشر · direct"], 8),
    ],
)
def test_each_filter_changes_the_quote_count(key, value, quotes):
    app = run_app()
    app.multiselect(key=key).set_value(value).run()
    assert not app.exception
    assert metric(app, 1) == quotes
    assert len(app.dataframe[-1].value) == quotes


def test_search_ignores_diacritics_and_hamza_forms():
    app = run_app()
    app.text_input(key="q").input("المختطفين").run()  # written المختطَفين
    assert metric(app, 1) == 2
    app.text_input(key="q").input("اسرائيل").run()  # إسرائيل، الإسرائيلي
    assert metric(app, 1) == 7


def test_query_params_restore_the_view():
    app = run_app({"speaker": ["مسؤول رفيع بالبنتاغون"], "kind": ["مباشر · direct"], "lang": "English"})
    assert not app.exception
    assert app.multiselect(key="speaker").value == ["مسؤول رفيع بالبنتاغون"]
    assert metric(app, 1) == 4  # paras 7, 8, 10, 11 (para 9 is mixed)
    assert app.title[0].value == "Qawl · who said what"


def test_bad_query_params_are_ignored_with_a_notice():
    app = run_app(
        {"speaker": ["نابليون"], "colour": "red", "lang": "xx", "q": "ا" * 500, "from": "yesterday"}
    )
    assert not app.exception
    assert metric(app, 1) == 18
    notice = app.info[0].value.replace("\\", "")  # (Markdown characters come escaped)
    for part in ("speaker=نابليون", "colour", "lang=xx", "q=…", "from=yesterday"):
        assert part in notice


def test_markdown_in_query_parameter_names_is_shown_as_text():
    app = run_app({"[سجّل الدخول](https://evil.example/login)": "1", "![](http://evil.example/px.png)": "1"})
    assert not app.exception
    notice = app.info[0].value
    assert "evil" in notice
    assert re.search(r"(?<!\\)[\[\]()!]", notice) is None  # every bracket escaped


def test_share_link_carries_the_filters():
    app = run_app()
    app.session_state["share"] = True  # (the expander opened: its link is drawn only then)
    app.multiselect(key="speaker").set_value(["لويد أوستن"]).run()
    # the view's link first, then the speaker page's own
    assert [link for link in links(app) if "speaker=" in link][0].startswith("?")
    assert "speaker=%D9%84%D9%88%D9%8A%D8%AF" in links(app)[0]  # لويد, percent-encoded


def test_exports_are_offered_when_their_expander_is_opened():
    app = run_app()
    assert not app.get("download_button")  # (closed: nothing of it drawn on the first view)
    app.session_state["export"] = True
    app.run()
    labels = [button.proto.label for button in app.get("download_button")]
    assert labels == ["quotes.csv", "quotes.json", "mentions.csv", "mentions.json", "speakers.png ⤓"]


def test_corpus_path_from_the_environment(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("عنوان\nقال الوزير إن المساعدات لم تصل.", encoding="utf-8")
    (tmp_path / "broken.jsonl").write_text("{not json\n", encoding="utf-8")
    monkeypatch.setenv("QAWL_CORPUS", str(tmp_path))
    app = run_app()
    assert not app.exception
    assert metric(app, 0) == 1 and metric(app, 1) == 1
    shown = [w.value.replace("\\", "") for w in app.warning]  # (Markdown comes escaped)
    assert any("broken.jsonl" in w and "not JSON" in w for w in shown)


def test_a_newsrooms_topics_file_from_the_environment(tmp_path, monkeypatch):
    topics = tmp_path / "newsroom.yaml"
    topics.write_text(
        "topics:\n  - id: defence\n    label: {ar: الدفاع, en: Defence}\n    terms: [الدفاع]\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("QAWL_TOPICS", str(topics))
    app = run_app()
    assert not app.exception
    assert "الدفاع · Defence" in app.multiselect(key="topic").options
    app.multiselect(key="topic").set_value(["الدفاع · Defence"]).run()
    assert metric(app, 1) > 0  # the seed's quotes that mention defence


def test_a_built_store_opens_with_a_paginated_table(tmp_path, monkeypatch):
    """A store of 120 articles (2,160 quotes): the table shows one page of 100 quotes at a
    time, the counts cover the whole store, and the reader offers the page's articles."""
    import json

    from analysis.store import build_files, local_map
    from tests.conftest import SEED_ARTICLE

    seed = SEED_ARTICLE.read_text(encoding="utf-8")
    records = tmp_path / "many.jsonl"
    records.write_text(
        "\n".join(json.dumps({"id": f"n{i:03d}", "text": seed}, ensure_ascii=False) for i in range(120)),
        encoding="utf-8",
    )
    store = tmp_path / "archive.duckdb"
    build_files(store, [records], local_map(1))
    monkeypatch.setenv("QAWL_CORPUS", str(store))

    app = run_app()
    assert not app.exception
    assert [metric(app, i) for i in range(4)] == [120, 2160, 6, 3120]
    first_page = app.dataframe[0].value
    assert len(first_page) == 100
    reader = next(box for box in app.selectbox if box.label == "المقال")
    # the articles of this page, by title (the same title told apart by the ids)
    # (isolated: the title ends in a quotation mark)
    options = [option.strip("\u2068\u2069") for option in reader.options]
    assert [option.rsplit(" (", 1)[1] for option in options] == [f"n{i:03d})" for i in range(6)]
    assert all(option.startswith("غالانت يجتمع بأوستن") for option in options)
    page = next(box for box in app.number_input if box.label == "الصفحة")
    assert page.max == 22
    page.set_value(22).run()
    assert not app.exception
    last_page = app.dataframe[0].value
    assert len(last_page) == 60 and set(last_page["article"]) == {"n116", "n117", "n118", "n119"}
    assert "2101–2160" in " ".join(caption.value for caption in app.caption)
    app.multiselect(key="speaker").set_value(["لويد أوستن"]).run()  # a new view starts on page 1
    assert not app.exception
    page = next(box for box in app.number_input if box.label == "الصفحة")
    assert metric(app, 1) == 600 and (page.value, page.max) == (1, 6)


def test_english_page_shows_latin_names_and_links_keep_the_arabic_name(tmp_path, monkeypatch):
    """The starter aliases give Yoav Gallant a Latin name; a newsroom's file (QAWL_ALIASES)
    merges and names too. The link keeps the canonical Arabic name in either language."""
    aliases = tmp_path / "aliases.yaml"
    aliases.write_text(
        "sources:\n  - {name: لويد أوستن, latin: Lloyd J. Austin, forms: [أوستن]}\n", encoding="utf-8"
    )
    monkeypatch.setenv("QAWL_ALIASES", str(aliases))
    app = run_app({"lang": "English", "speaker": ["لويد أوستن"]})  # a link by Arabic name
    assert not app.exception
    speaker = app.multiselect(key="speaker")
    assert speaker.value == ["لويد أوستن · Lloyd J. Austin"]
    assert "يوآف غالانت · Yoav Gallant" in speaker.options
    assert metric(app, 1) == 5
    specs = " ".join(chart.proto.json for chart in app.get("bidi_component"))  # (the charts' figures)
    assert "Lloyd J. Austin" in specs  # the speaker chart names him in Latin script
    arabic = run_app({"speaker": ["لويد أوستن · Lloyd J. Austin"]})  # the same link in Arabic
    assert metric(arabic, 1) == 5


def test_a_chosen_speaker_shows_the_forms_it_was_written_in(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(
        "عنوان\n\nقال وزير الدفاع يوآف غالانت إن الحرب طويلة.\n", encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text("عنوان آخر\n\nوقال غالانت إن العملية مستمرة.\n", encoding="utf-8")
    monkeypatch.setenv("QAWL_CORPUS", str(tmp_path))
    app = run_app({"speaker": ["يوآف غالانت"]})
    assert not app.exception
    assert metric(app, 1) == 2  # one source across the two articles
    captions = " ".join(c.value for c in app.sidebar.caption).replace("\\", "")
    assert "كُتب أيضاً" in captions and "غالانت (1)" in captions
    # a newsroom's file keeps the surname apart: two sources
    aliases = tmp_path / "aliases.yaml"
    aliases.write_text("sources:\n  - {name: يوآف غالانت, separate: [غالانت]}\n", encoding="utf-8")
    monkeypatch.setenv("QAWL_ALIASES", str(aliases))
    split = run_app({"speaker": ["يوآف غالانت"]})
    assert metric(split, 1) == 1
    assert "غالانت" in split.multiselect(key="speaker").options


def seed_store(tmp_path):
    """A folder holding the founding article, and a store built from it."""
    from analysis.store import build_files, local_map
    from tests.conftest import SEED_ARTICLE

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "seed.txt").write_text(SEED_ARTICLE.read_text(encoding="utf-8"), encoding="utf-8")
    store = tmp_path / "archive.duckdb"
    build_files(store, [folder], local_map(1))
    return folder, store


def test_a_build_can_run_while_the_page_has_the_store_open(tmp_path, monkeypatch):
    """The page lets the store go once it has read it: a build (which needs the store alone)
    succeeds, and while one holds it the reader says so instead of failing."""
    import duckdb

    from analysis.store import build_files, local_map

    folder, store = seed_store(tmp_path)
    monkeypatch.setenv("QAWL_CORPUS", str(store))
    app = run_app()
    assert not app.exception and metric(app, 0) == 1
    (folder / "more.txt").write_text("خبر\nقال الوزير محمد مصطفى إن الوضع صعب.", encoding="utf-8")
    assert build_files(store, [folder], local_map(1)).analysed == 1  # no lock held by the page
    holder = duckdb.connect(str(store))  # a build in progress holds the file
    try:
        app.run()
        assert not app.exception
    finally:
        holder.close()


def test_a_copy_of_an_article_counts_once_and_two_articles_of_one_name_count_twice(tmp_path, monkeypatch):
    from tests.conftest import SEED_ARTICLE

    seed = SEED_ARTICLE.read_text(encoding="utf-8")
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "seed.txt").write_text(seed, encoding="utf-8")  # the same article
    (tmp_path / "a" / "x.txt").write_text("خبر\nقال الوزير محمد مصطفى إن الوضع صعب.", encoding="utf-8")
    (tmp_path / "b" / "x.txt").write_text("خبر\nقال الوزير محمد مصطفى إن المساعدات وصلت.", encoding="utf-8")
    monkeypatch.setenv("QAWL_CORPUS", str(tmp_path))
    app = run_app()
    assert not app.exception
    assert [metric(app, 0), metric(app, 1)] == [3, 20]  # the seed once, two x.txt
    shown = [w.value.replace("\\", "") for w in app.warning]
    assert any("b/seed.txt" in w and "counted once" in w for w in shown), shown


def test_an_upload_of_a_stored_article_is_that_article(tmp_path, monkeypatch):

    folder, store = seed_store(tmp_path)
    monkeypatch.setenv("QAWL_CORPUS", str(store))
    monkeypatch.setattr(
        "components.loading.corpus_files",
        lambda path: (("upload/seed.txt", (folder / "seed.txt").read_bytes()),),
    )
    app = run_app()
    assert not app.exception
    assert [metric(app, 0), metric(app, 1)] == [1, 18]


def test_the_shipped_seeds_open_with_hundreds_of_dated_articles(monkeypatch):
    """Without QAWL_CORPUS the page opens the shipped seeds/: the founding article and 300
    Jawhara FM news articles of the ANT corpus, with dates and their outlet."""
    monkeypatch.delenv("QAWL_CORPUS")
    app = run_app()
    assert not app.exception
    assert metric(app, 0) == 301 and metric(app, 1) > 300
    assert any("Jawhara" in option for option in app.multiselect(key="source").options)
    assert app.date_input(key="from").value.isoformat() <= "2016-12-31"
    assert not any("خارج التواريخ" in info.value for info in app.info)
    # a narrower date range says how many articles it leaves out (an upload is never hidden unsaid)
    narrow = run_app({"from": "2017-01-01", "to": "2017-12-31"})
    left_out = 301 - metric(narrow, 0)
    assert left_out > 0
    assert any(f"{left_out:,} مقالاً خارج التواريخ" in info.value for info in narrow.info)


def test_a_file_of_bad_lines_gives_a_short_list_of_warnings(tmp_path, monkeypatch):
    (tmp_path / "bad.jsonl").write_text("{oops\n" * 5000, encoding="utf-8")
    (tmp_path / "a.txt").write_text("عنوان\nقال الوزير محمد مصطفى إن الوضع صعب.", encoding="utf-8")
    monkeypatch.setenv("QAWL_CORPUS", str(tmp_path))
    app = run_app()
    assert not app.exception and metric(app, 0) == 1
    assert len(app.warning) == 11 and app.warning[-1].value.endswith("191")  # 200 listed + 1 count


def test_a_chosen_speaker_opens_their_page():
    app = run_app({"speaker": ["لويد أوستن"]})
    assert not app.exception
    assert app.subheader[0].value == "صفحة المتحدث: لويد أوستن"
    captions = " ".join(c.value for c in app.caption)
    assert "الاقتباسات: 5" in captions and "المقالات: 1" in captions
    assert metric(app, 0) == 1 and metric(app, 1) == 5  # counts follow the view
    link = links(app.expander[1])[0]  # the page's own link: the speaker alone
    assert "speaker=" in link and "topic=" not in link
    spoken_to, recent = app.dataframe[0].value, app.dataframe[1].value
    assert spoken_to.to_dict("records") == [{"addressee": "يوآف غالانت", "n": 1}]
    assert len(recent) == 5 and "حثّ" in set(recent["cue"])
    english = run_app({"speaker": ["لويد أوستن"], "lang": "English"})
    assert english.subheader[0].value.startswith("Speaker page: ")


def test_no_speaker_page_without_one_speaker_and_articles_follow_a_topic():
    app = run_app({"topic": ["رفح · Rafah"]})
    assert not app.exception
    assert not any(s.value.startswith("صفحة المتحدث") for s in app.subheader)
    assert metric(app, 0) == 1


def test_a_quote_link_opens_its_article_at_the_quote_and_a_bad_one_is_named():
    from analysis import analyse_corpus, read_paths
    from tests.conftest import SEED_ARTICLE

    quote = analyse_corpus(read_paths([SEED_ARTICLE]))[0].quotes[5]
    app = run_app({"quote": f"{quote.article}:{quote.start}"})
    assert not app.exception
    assert app.dataframe[0].value.iloc[0]["article"] == quote.article  # the link's article
    reader = next(h.proto.body for h in app.get("html") if "qawl-article" in h.proto.body)
    outlined = reader.split('id="qawl-focus">')[1]
    assert quote.content[:20] in re.sub("<[^>]+>", "", outlined)
    assert any("لماذا هذا المتحدث" in caption.value for caption in app.caption)

    for bad in ("nowhere.txt:12", "no-place"):
        app = run_app({"quote": bad})
        assert not app.exception
        reader = next(h.proto.body for h in app.get("html") if "qawl-article" in h.proto.body)
        assert "qawl-focus" not in reader
    assert any("quote=no-place" in info.value.replace("\\", "") for info in app.info)
    assert any("الاقتباس الذي يشير إليه الرابط" in info.value for info in run_app({"quote": "x.txt:1"}).info)
