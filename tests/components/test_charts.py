"""Figure factories, without a browser: traces, labels in logical Arabic, RTL placement."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import analyse_corpus, load_topics, read_paths
from components import charts
from components.data import Corpus, Filters, build_frames
from tests.conftest import SEED_ARTICLE

PRESENTATION_FORMS = range(0xFB50, 0xFF00)


ALL = Filters()
NOTHING = Filters(speakers=("لا أحد",))


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


def test_top_n_keeps_the_rest_as_one_bar(corpus):
    fig = charts.quotes_per_speaker(corpus.speaker_counts(ALL), "en", top_n=2)
    assert len(fig.data[0].y) == 3
    assert fig.data[0].y[-1].startswith("others (3)")
    # the ranked bars and the unnamed sources together are every quote
    assert sum(fig.data[0].x) + sum(corpus.unranked(ALL).values()) == corpus.counts(ALL)["quotes"] == 18


def test_speaker_topic_heatmap(corpus, labels):
    fig = charts.speaker_topic_heatmap(corpus.speaker_topics(ALL), labels, "ar")
    heat = fig.data[0]
    assert heat.type == "heatmap"
    assert "رفح" in heat.x and "لويد أوستن" in heat.y
    row, col = list(heat.y).index("أنتوني بلينكن"), list(heat.x).index("رفح")
    assert heat.z[row][col] == 1
    assert_logical_arabic(fig)


def test_topic_timeline_by_article_without_dates(corpus, labels):
    fig = charts.topic_timeline(*corpus.topic_counts(ALL), labels, "ar")
    names = {trace.name for trace in fig.data}
    assert {"رفح", "المساعدات الإنسانية", "الرهائن والأسرى"} <= names
    rafah = next(trace for trace in fig.data if trace.name == "رفح")
    assert list(rafah.y) == [6]
    assert fig.layout.title.text == "إشارات الموضوعات حسب المقال"


def test_cue_counts_group_spellings_and_show_the_written_form(corpus):
    fig = charts.cue_counts(corpus.cue_counts(ALL), "ar")
    counts = dict(zip(fig.data[0].y, fig.data[0].x, strict=True))
    assert counts["قال"] == 4 and counts["أضاف"] == 4


def test_speaker_network(corpus):
    fig = charts.speaker_network(corpus.addressee_pairs(ALL), "ar")
    nodes = fig.data[-1]
    assert {"يوآف غالانت", "لويد أوستن"} <= set(nodes.text)
    assert len(fig.layout.annotations) == 3  # غالانت→أوستن، أوستن→غالانت، بلينكن→غالانت


def test_word_cloud_leaves_function_words_out(corpus):
    fig = charts.word_cloud(corpus.quote_texts(ALL, 1000), "الكل", "ar")
    words = list(fig.data[0].text)
    assert "رفح" in words
    assert not {"في", "من", "على", "أن"} & set(words)
    assert_logical_arabic(fig)


def test_every_factory_copes_with_no_data(corpus, labels):
    for fig in (
        charts.quotes_per_speaker(corpus.speaker_counts(NOTHING)),
        charts.cue_counts(corpus.cue_counts(NOTHING)),
        charts.speaker_topic_heatmap(corpus.speaker_topics(NOTHING), labels),
        charts.topic_timeline(*corpus.topic_counts(NOTHING), labels),
        charts.speaker_network(corpus.addressee_pairs(NOTHING)),
        charts.word_cloud(corpus.quote_texts(NOTHING, 10), "—"),
    ):
        assert fig.layout.template is not None


def test_markup_in_a_label_is_shown_as_text_not_a_link():
    from components.safe import from_plotly_text

    hostile = '<a href="https://evil.example">مصدر</a>'
    fig = charts.quotes_per_speaker(pd.Series({hostile: 3, "يوآف غالانت": 2}))
    shown = list(fig.data[0].y)
    assert "<a" not in shown[0] and "&lt;a href" in shown[0]
    assert from_plotly_text(shown[0]) == hostile
