"""Figure factories, without a browser: traces, labels in logical Arabic, RTL placement."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import analyse_corpus, load_topics, read_paths
from components import charts
from components.data import NO_OUTLET, Corpus, Filters, build_frames
from components.safe import FSI, PDI
from tests.conftest import SEED_ARTICLE

PRESENTATION_FORMS = range(0xFB50, 0xFF00)


ALL = Filters()
NOTHING = Filters(speakers=("لا أحد",))
LRM, RLM = "\u200e", "\u200f"


@pytest.fixture(scope="module")
def corpus():
    return Corpus.open(build_frames(analyse_corpus(read_paths([SEED_ARTICLE]))))


@pytest.fixture(scope="module")
def labels():
    index = load_topics()
    return {topic.id: index.label(topic.id, "ar") for topic in index.topics}


def all_text(fig) -> list[str]:
    texts = [fig.layout.title.text or ""]
    for trace in fig.data:
        for attr in ("x", "y", "text", "name"):
            value = getattr(trace, attr, None)
            if value is None:
                continue
            texts += [str(v) for v in (value if isinstance(value, (list, tuple)) else [value])]
    return texts


def assert_logical_arabic(fig):
    for text in all_text(fig):
        assert not any(ord(ch) in PRESENTATION_FORMS for ch in text), f"reshaped text: {text}"
    assert fig.layout.template.layout.paper_bgcolor is not None or fig.layout.template.data


def test_quotes_per_speaker(corpus):
    fig = charts.quotes_per_speaker(corpus.speaker_counts(ALL), "ar")
    bar = fig.data[0]
    assert bar.type == "bar" and bar.orientation == "h"
    # the unnamed Pentagon official (5 quotes) is counted apart, not ranked as one source
    assert list(bar.y)[:2] == ["لويد أوستن", "يوآف غالانت"]
    assert list(bar.x)[:1] == [5]
    assert corpus.unranked(ALL) == {"anonymous": 5, "fragment": 0}
    assert fig.layout.title.text == "الاقتباسات حسب المتحدث"
    assert fig.layout.yaxis.side == "right"  # categories read from the right in Arabic
    assert_logical_arabic(fig)
    assert charts.quotes_per_speaker(corpus.speaker_counts(ALL), "en").layout.yaxis.side == "left"


def test_top_n_states_the_rest_instead_of_a_bar_that_dwarfs_the_chart(corpus):
    fig = charts.quotes_per_speaker(corpus.speaker_counts(ALL), "en", top_n=2)
    assert len(fig.data[0].y) == 2
    note = fig.layout.title.subtitle.text
    assert "3 more sources" in note and "quotes (not shown)" in note
    # the ranked bars, the sources left out and the unnamed sources together are every quote
    shown, rest = sum(fig.data[0].x), int(note.split(" with ")[1].split()[0])
    assert shown + rest + sum(corpus.unranked(ALL).values()) == corpus.counts(ALL)["quotes"] == 18


def test_bar_numbers_stand_whole_beside_their_bars():
    counts = pd.Series({"وسائل إعلام إسرائيلية": 1035, "حسن نصر الله": 376, "صحيفة هآرتس": 16})
    for lang in ("ar", "en"):
        bar = charts.quotes_per_speaker(counts, lang).data[0]
        assert list(bar.text) == ["1,035", "376", "16"]
        assert bar.textposition == "outside" and bar.cliponaxis is False
    fig = charts.quotes_per_speaker(counts, "en")
    assert max(fig.layout.xaxis.range) > 1035 * 1.1  # room for the longest bar's number
    assert fig.layout.xaxis.tickformat == ",d"
    small = charts.quotes_per_speaker(pd.Series({"أ": 1, "ب": 1}), "en")
    assert small.layout.xaxis.dtick == 1  # no 0.5 quotes on the axis


def test_a_dated_timeline_is_binned_to_fit_its_span_and_empty_periods_are_zero(labels):
    days = pd.date_range("2014-01-05", "2016-12-20", freq="45D")
    counts = pd.DataFrame({"x": [d.date() for d in days], "topic": "rafah", "n": 1})
    counts = counts[~counts["x"].astype(str).str.startswith("2015-0")]  # a gap of months
    fig = charts.topic_timeline(counts, True, labels, "en")
    line = fig.data[0]
    assert line.type == "scatter" and fig.layout.xaxis.title.text == "Month"
    assert len(line.x) == 36  # every month of three years, the empty ones too
    assert 0 in list(line.y)  # the gap is drawn as zeros, not bridged
    week = charts.topic_timeline(counts[counts["x"].astype(str) < "2014-07"], True, labels, "en")
    assert week.layout.xaxis.title.text == "Week of"


def test_only_the_topics_that_matter_in_the_view_are_drawn(labels):
    counts = pd.DataFrame(
        {
            "x": ["a.txt"] * 9 + ["b.txt"] * 9,
            "topic": [f"t{i}" for i in range(9)] * 2,
            "n": list(range(1, 10)) * 2,
        }
    )
    fig = charts.topic_timeline(counts, False, labels, "en")
    assert len(fig.data) == charts.TIMELINE_TOPICS
    assert {trace.name for trace in fig.data} == {f"t{i}" for i in range(3, 9)}
    assert "3 more topics" in fig.layout.title.subtitle.text


def test_speaker_topic_heatmap(corpus, labels):
    fig = charts.speaker_topic_heatmap(corpus.speaker_topics(ALL), labels, "ar")
    heat = fig.data[0]
    assert heat.type == "heatmap"
    assert "رفح" in heat.x and "لويد أوستن" in heat.y
    row, col = list(heat.y).index("أنتوني بلينكن"), list(heat.x).index("رفح")
    assert heat.z[row][col] == 1
    assert_logical_arabic(fig)


def test_the_heatmap_holds_the_topics_that_matter_and_names_how_many_it_leaves_out(labels):
    pairs = pd.DataFrame(
        {"speaker": ["حماس"] * 12, "topic": [f"t{i}" for i in range(12)], "n": list(range(12, 0, -1))}
    )
    fig = charts.speaker_topic_heatmap(pairs, {}, "en")
    assert list(fig.data[0].x) == [f"t{i}" for i in range(charts.HEATMAP_TOPICS)]  # the most mentioned
    assert fig.layout.title.subtitle.text == "and 4 more topics (not shown)"
    assert fig.layout.xaxis.tickangle == -90  # upright: labels side by side, never overlapping


def test_topic_timeline_by_article_without_dates(corpus, labels):
    fig = charts.topic_timeline(*corpus.topic_counts(ALL), labels, "ar")
    names = {trace.name for trace in fig.data}
    assert {"رفح", "الرهائن والأسرى"} <= names and len(names) <= charts.TIMELINE_TOPICS
    rafah = next(trace for trace in fig.data if trace.name == "رفح")
    assert list(rafah.y) == [6] and rafah.type == "bar"  # one article: bars, not a column of dots
    assert fig.layout.title.text == "إشارات الموضوعات حسب المقال"


def test_cue_counts_group_spellings_and_show_the_written_form(corpus):
    fig = charts.cue_counts(corpus.cue_counts(ALL), "ar")
    counts = dict(zip(fig.data[0].y, fig.data[0].x, strict=True))
    assert counts["قال"] == 4 and counts["أضاف"] == 4


def test_who_speaks_to_whom_is_a_ranked_list_of_pairs(corpus):
    fig = charts.who_speaks_to_whom(corpus.addressee_pairs(ALL), "ar")
    # غالانت→أوستن، أوستن→غالانت، بلينكن→غالانت: one bar each, its number beside it
    assert {label.strip(RLM) for label in fig.data[0].y} == {
        "يوآف غالانت إلى لويد أوستن",
        "لويد أوستن إلى يوآف غالانت",
        "أنتوني بلينكن إلى يوآف غالانت",
    }
    assert list(fig.data[0].text) == [f"{n:,}" for n in fig.data[0].x]
    english = charts.who_speaks_to_whom(corpus.addressee_pairs(ALL), "en")
    # Arabic names in an English label: a left-to-right mark keeps the speaker first
    assert f"{FSI}{LRM}لويد أوستن to يوآف غالانت{PDI}" in english.data[0].y


def test_who_speaks_to_whom_states_the_pairs_it_leaves_out():
    pairs = pd.DataFrame(
        {
            "speaker": [f"متحدث {i}" for i in range(20)],
            "addressee": ["حماس"] * 20,
            "n": list(range(40, 20, -1)),
            "pairs": [25] * 20,  # the view holds 25 pairs, 20 of them read
            "pair_quotes": [700] * 20,
        }
    )
    fig = charts.who_speaks_to_whom(pairs, "en", top_n=15)
    assert len(fig.data[0].y) == 15
    left = 700 - sum(range(40, 25, -1))
    assert fig.layout.title.subtitle.text == f"and 10 more pairs ({left:,} quotes) not shown"


def test_top_words_leave_function_words_out(corpus):
    fig = charts.top_words(corpus.quote_texts(ALL, 1000), "الكل", "ar")
    words = list(fig.data[0].y)
    assert "رفح" in words
    assert not {"في", "من", "على", "أن"} & set(words)
    assert_logical_arabic(fig)


def test_every_factory_copes_with_no_data(corpus, labels):
    for fig in (
        charts.quotes_per_speaker(corpus.speaker_counts(NOTHING)),
        charts.cue_counts(corpus.cue_counts(NOTHING)),
        charts.speaker_topic_heatmap(corpus.speaker_topics(NOTHING), labels),
        charts.topic_timeline(*corpus.topic_counts(NOTHING), labels),
        charts.who_speaks_to_whom(corpus.addressee_pairs(NOTHING)),
        charts.top_words(corpus.quote_texts(NOTHING, 10), "—"),
        charts.quotes_over_time(corpus.quote_dates(NOTHING), "—"),
        charts.quotes_per_outlet(corpus.source_counts(NOTHING)),
        charts.topics_of_quotes(corpus.speaker_topics(NOTHING), labels),
        charts.outlet_comparison(corpus.outlet_speakers(NOTHING)),
    ):
        assert fig.layout.template is not None


def test_markup_in_a_label_is_shown_as_text_not_a_link():
    from components.safe import from_plotly_text

    hostile = '<a href="https://evil.example">مصدر</a>'
    fig = charts.quotes_per_speaker(pd.Series({hostile: 3, "يوآف غالانت": 2}))
    shown = list(fig.data[0].y)
    assert "<a" not in shown[0] and "&lt;a href" in shown[0]
    assert from_plotly_text(shown[0]) == hostile


def test_a_speakers_quotes_over_time_are_binned_with_empty_periods_as_zeros():
    dates = pd.DataFrame({"x": pd.to_datetime(["2024-01-03", "2024-03-20", "2024-03-21"]), "n": [2, 1, 4]})
    fig = charts.quotes_over_time(dates, "لويد أوستن", "ar")
    bar = fig.data[0]
    assert fig.layout.xaxis.title.text == "الأسبوع (بدايته)"  # 78 days: by week
    assert sum(bar.y) == 7 and 0 in list(bar.y)  # the weeks between are there, as zeros
    assert "لويد أوستن" in fig.layout.title.text
    assert fig.layout.yaxis.tickformat == ",d"
    assert_logical_arabic(fig)


def test_outlets_and_topics_of_a_speaker(corpus, labels):
    austin = Filters(speakers=("لويد أوستن",))
    outlets = charts.quotes_per_outlet(corpus.source_counts(austin), "en")
    assert list(outlets.data[0].x) == [5] and outlets.layout.title.text == "Quotes per outlet"
    topics = charts.topics_of_quotes(corpus.speaker_topics(austin), labels, "ar")
    assert set(topics.data[0].y) <= set(labels.values()) and topics.data[0].x[0] >= topics.data[0].x[-1]


def test_outlets_are_compared_on_the_sources_they_quote():
    pairs = pd.DataFrame(
        {
            "source": ["الميادين", "الميادين", "الجزيرة", "الجزيرة"],
            "speaker": ["بنيامين نتنياهو", "أبو عبيدة", "بنيامين نتنياهو", "<b>x</b>"],
            "n": [5, 3, 2, 1],
        }
    )
    fig = charts.outlet_comparison(pairs, "ar")
    heat = fig.data[0]
    assert list(heat.x) == ["الميادين", "الجزيرة"] and list(heat.y)[0] == "بنيامين نتنياهو"
    assert heat.texttemplate == "%{text:,}"  # the number in each cell
    assert "&lt;b&gt;x&lt;/b&gt;" in list(heat.y)  # markup shown as text
    assert fig.layout.xaxis.autorange == "reversed"  # outlets read from the right in Arabic


def test_an_article_without_an_outlet_is_charted_as_an_unknown_outlet():
    outlets = pd.Series({"الميادين": 4, NO_OUTLET: 2})
    assert list(charts.quotes_per_outlet(outlets, "ar").data[0].y) == ["الميادين", "مصدر غير معروف"]
    assert list(charts.quotes_per_outlet(outlets, "en").data[0].y) == ["الميادين", "unknown outlet"]
    pairs = pd.DataFrame({"source": [NO_OUTLET], "speaker": ["أبو عبيدة"], "n": [1]})
    assert list(charts.outlet_comparison(pairs, "en").data[0].x) == ["unknown outlet"]


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_titles_stand_below_the_strip_plotlys_toolbar_takes_on_hover(corpus, labels, lang):
    for fig in (
        charts.quotes_per_speaker(corpus.speaker_counts(ALL), lang),
        charts.speaker_topic_heatmap(corpus.speaker_topics(ALL), labels, lang),
        charts.quotes_per_outlet(pd.Series({"الميادين": 4}), lang),
    ):
        title = fig.layout.title
        assert (title.yref, title.y, title.yanchor) == ("container", 1, "top")
        assert title.pad.t == charts.TOOLBAR_STRIP
        assert fig.layout.margin.t >= 60 + charts.TOOLBAR_STRIP


def test_markup_in_article_ids_and_network_names_is_shown_as_text(labels):
    hostile = "<a href='https://evil.example'>اضغط</a>"
    timeline = charts.topic_timeline(
        pd.DataFrame({"x": [hostile], "topic": ["rafah"], "n": [2]}), False, labels
    )
    network = charts.who_speaks_to_whom(
        pd.DataFrame(
            {"speaker": [hostile], "addressee": ["غالانت"], "n": [1], "pairs": [1], "pair_quotes": [1]}
        )
    )
    words = charts.top_words(["نص"], hostile)
    shown = [
        *timeline.data[0].x,
        *network.data[0].y,
        words.layout.title.text,
    ]
    assert not [text for text in shown if "<a" in str(text)]
    assert any("&lt;a href" in str(text) for text in shown)
