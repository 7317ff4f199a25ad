"""The dashboard's corpus: every filter narrows quotes and mentions as expected, in SQL, for
analysed files, a built store, and both together."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import analyse_corpus, make_article, read_paths
from analysis.normalize import normalize_ar
from analysis.store import build, local_map
from components.data import Corpus, Filters, build_frames
from tests.conftest import SEED_ARTICLE

DATED = make_article(
    "r1", "قال الوزير إن المساعدات وصلت إلى رفح.", title="خبر", date="2024-05-01", source="AJ"
)


@pytest.fixture(scope="module")
def corpus():
    return Corpus.open(build_frames(analyse_corpus([*read_paths([SEED_ARTICLE]), DATED])))


@pytest.fixture(scope="module")
def stored(tmp_path_factory):
    """The seed in a built store, with the dated article added as an upload."""
    store = tmp_path_factory.mktemp("store") / "seed.duckdb"
    build(store, read_paths([SEED_ARTICLE]), local_map(1))
    return Corpus.open(build_frames(analyse_corpus([DATED])), str(store))


FILTER_COUNTS = [
    (Filters(), 19),
    (Filters(speakers=("لويد أوستن",)), 5),
    (Filters(topics=("rafah",)), 6),
    (Filters(kinds=("direct",)), 8),
    (Filters(sources=("AJ",)), 1),
    (Filters(dates=(date(2024, 5, 1), date(2024, 5, 2))), 1),
    (Filters(search="المختطفين"), 2),  # written المختطَفين in the article
    (Filters(search="اسرائيل"), 7),  # alef forms ignored (إسرائيل، الإسرائيلي)
    (Filters(speakers=("لويد أوستن",), topics=("rafah",)), 1),
    (Filters(speakers=("نابليون",)), 0),
]


@pytest.mark.parametrize(("filters", "count"), FILTER_COUNTS)
def test_each_filter_narrows_the_quotes(corpus, filters, count):
    assert corpus.counts(filters)["quotes"] == count == len(corpus.quotes(filters))


@pytest.mark.parametrize(("filters", "count"), FILTER_COUNTS)
def test_a_store_with_uploads_answers_the_same(stored, filters, count):
    assert stored.counts(filters)["quotes"] == count


def test_counts_without_filters(corpus, stored):
    expected = {"articles": 2, "quotes": 19, "speakers": 7, "mentions": 28}
    assert corpus.counts(Filters()) == expected == stored.counts(Filters())


def test_mentions_follow_the_speaker_filter(corpus):
    mentions = corpus.mentions(Filters(speakers=("أنتوني بلينكن",)))
    assert sorted(mentions["topic"]) == ["military_operation", "military_operation", "rafah"]
    assert corpus.counts(Filters(speakers=("أنتوني بلينكن",)))["mentions"] == 3


def test_options_and_bounds(corpus):
    assert corpus.date_bounds() == (date(2024, 5, 1), date(2024, 5, 1))
    assert corpus.sources() == ["AJ", "—"]
    assert corpus.speakers(2) == ["لويد أوستن", "مسؤول رفيع بالبنتاغون"]
    assert corpus.known_speakers(["يوآف غالانت", "نابليون"]) == ["يوآف غالانت"]


def test_pages_of_quotes_in_reading_order(corpus):
    first, second = corpus.quotes(Filters(), 10, 0), corpus.quotes(Filters(), 10, 10)
    assert len(first) == 10 and len(second) == 9
    whole = corpus.quotes(Filters())
    assert list(whole["content"]) == list(first["content"]) + list(second["content"])
    assert isinstance(whole["topics"].iloc[0], tuple)


def test_the_reader_loads_one_article_with_its_quotes(stored):
    article_id = stored.quotes(Filters(), 1)["article"].iloc[0]
    article = stored.article(article_id)
    quotes = stored.article_quotes(article_id, Filters(kinds=("direct",)))
    assert len(quotes) == 8 and set(quotes["kind"]) == {"direct"}
    for start, end, content in zip(quotes["start"], quotes["end"], quotes["content"], strict=True):
        assert article["text"][start:end] == content
    assert len(stored.article_mentions(article_id, Filters())) == 26
    assert stored.article("no such article") is None


def test_an_article_read_once_is_shown_while_a_build_holds_its_store(tmp_path):
    """A build holds the store for writing: an article the page has read is still shown (its
    text kept in memory by its content's hash), one it never read says the store is busy."""
    store = tmp_path / "s.duckdb"
    second = make_article("r2", "قال الوزير إن المعبر مغلق.", title="خبر ثان")
    build(store, [*read_paths([SEED_ARTICLE]), second], local_map(1))
    corpus = Corpus.open(store=str(store))
    seed_id = next(a for a in corpus.first_articles(5) if a != "r2")
    text = corpus.article(seed_id)["text"]
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_STORE, str(store)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        again = corpus.article(seed_id)
        assert again["text"] == text and again["busy"] is False
        assert corpus.article("r2")["busy"] is True
    finally:
        holder.kill()
        holder.wait()
    assert corpus.article("r2")["text"].endswith("المعبر مغلق.")


# A process that opens the store for writing, as a build does, and holds it until killed.
HOLD_STORE = """
import sys, time, duckdb
connection = duckdb.connect(sys.argv[1])
print("held", flush=True)
time.sleep(600)
"""


def test_store_speakers_are_canonical(tmp_path):
    store = tmp_path / "s.duckdb"
    build(
        store,
        [
            make_article("a", "قال وزير الخارجية الأميركي أنتوني بلينكن إن الوضع صعب.", title="خبر"),
            make_article("b", "وأكد بلينكن أن المساعدات يجب أن تصل.", title="خبر"),
        ],
        local_map(1),
    )
    assert Corpus.open(store=str(store)).speakers() == ["أنتوني بلينكن"]


def test_an_empty_corpus_answers_every_question():
    empty = Corpus.open()
    assert empty.counts(Filters()) == {"articles": 0, "quotes": 0, "speakers": 0, "mentions": 0}
    assert empty.speakers() == [] and empty.date_bounds() is None
    assert empty.topic_counts(Filters())[0].empty and empty.first_articles(5) == []


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("اأإآٱىيةهـًٌٍَُِّْٰAbZ ءؤئ")), max_size=30))
def test_the_sql_search_normalizes_as_python_does(text):
    corpus = _plain_corpus()
    assert corpus._scalar("SELECT norm(?)", [text]) == normalize_ar(text)


_PLAIN: list[Corpus] = []


def _plain_corpus() -> Corpus:
    if not _PLAIN:
        _PLAIN.append(Corpus.open())
    return _PLAIN[0]


def test_every_field_of_the_quote_record_reaches_the_page_from_files_and_from_a_store(corpus, stored):
    from dataclasses import fields

    from analysis.records import Quote

    for source in (corpus, stored):
        quotes = source.article_quotes("000_628b6a840abc538b.txt", Filters())
        assert {f.name for f in fields(Quote)} <= set(quotes.columns)
        named = quotes.dropna(subset=["speaker_start"])
        assert len(named) >= 10  # the speaker's words, where the paragraph names them


def test_two_stored_articles_of_one_name_are_two_articles(tmp_path):
    for folder, text in (
        ("a", "قال الوزير محمد مصطفى إن الوضع صعب."),
        ("b", "قالت الوزيرة ليلى عبد الله إن المساعدات وصلت."),
    ):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.txt").write_text(f"خبر\n{text}", encoding="utf-8")
    store = tmp_path / "s.duckdb"
    from analysis.store import build_files

    build_files(store, [tmp_path / "a", tmp_path / "b"], local_map(1))
    corpus = Corpus.open(None, str(store))
    quotes = corpus.quotes(Filters())
    assert quotes["article"].nunique() == 2
    for article_id, speaker in zip(quotes["article"], quotes["speaker"], strict=True):
        shown = corpus.article(article_id)
        assert shown is not None and speaker.split()[0] in shown["text"]  # its own text


@pytest.mark.parametrize("which", ["corpus", "stored"])
def test_the_table_sorts_all_matching_quotes_and_finds_a_linked_quote(which, request):
    source = request.getfixturevalue(which)
    reading = source.quotes(Filters())
    assert reading.iloc[-1]["article"] == "r1" and reading.iloc[0]["date"] is None
    # over all quotes, not within a page: the one dated article first, undated ones last
    for order in ("newest", "oldest"):
        assert source.quotes(Filters(), limit=1, order=order).iloc[0]["article"] == "r1"
        assert source.quotes(Filters(), limit=1, offset=len(reading) - 1, order=order).iloc[0]["date"] is None
    by_speaker = source.quotes(Filters(), order="speaker")["speaker"].tolist()
    assert by_speaker == sorted(by_speaker)
    assert set(reading.loc[reading["article"] == "r1", "title"]) == {"خبر"}
    row = reading.iloc[3]
    found = source.quote_at(row["article"], int(row["start"]))
    assert len(found) == 1 and found.iloc[0]["content"] == row["content"]
    assert source.quote_at(row["article"], 10**6).empty
    labels = source.article_labels(["r1", row["article"]])
    assert labels["r1"] == "خبر — AJ · 2024-05-01"
    assert labels[row["article"]].startswith("غالانت يجتمع بأوستن")


def test_the_headline_kind_chooses_the_quotes_in_titles():
    titled = make_article(
        "h1", "وقال رئيس الوزراء محمد مصطفى إن المساعدات لم تصل.", title="محمد مصطفى: الوضع في غزة صعب جداً"
    )
    source = Corpus.open(build_frames(analyse_corpus([titled])))
    headline = source.quotes(Filters(kinds=("headline",)))
    assert headline["para"].tolist() == [0] and headline.iloc[0]["speaker"] == "محمد مصطفى"
    assert len(source.quotes(Filters(kinds=("headline", "indirect")))) == 2  # either kind
    assert source.counts(Filters(kinds=("headline",)))["quotes"] == 1
