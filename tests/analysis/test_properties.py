"""Properties that hold for any text: normalization maps back into the original, extraction
never raises, and every offset slices the original text to exactly what the record shows."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import analyse_article, make_article
from analysis.normalize import MatchText, normalize_ar

ARABIC = st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)
MARKS = st.sampled_from(list("“”«»\"'،,.:؛؟!\n ") + ["\u200f", "\u202b", "\u0640", "\ufefb"])
WORDS = st.sampled_from(
    [
        "قال",
        "وأضاف",
        "أن",
        "إن",
        "مضيفاً",
        "بحسب",
        "وزير",
        "الدفاع",
        "غالانت",
        "مسؤول",
        "رفيع",
        "رفح",
        "المساعدات",
        "“",
        "”",
        '"',
        ":",
        "،",
        "\n",
    ]
)
TEXT = st.lists(st.one_of(ARABIC, MARKS, WORDS, st.characters()), max_size=120).map("".join)


@given(TEXT)
@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
def test_match_text_maps_every_position_back(text):
    match = MatchText.of(text)
    assert match.text == normalize_ar(text)
    previous = -1
    for index in range(len(match.text)):
        original = match.to_original(index)
        assert previous < original < len(text)
        assert normalize_ar(text[original]) == match.text[index]
        previous = original


@given(TEXT)
def test_normalization_is_idempotent(text):
    assert normalize_ar(normalize_ar(text)) == normalize_ar(text)


@given(TEXT)
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_extraction_never_raises_and_offsets_slice_the_text(text):
    article = make_article("p.txt", text)
    result = analyse_article(article)
    for quote in result.quotes:
        assert 0 <= quote.start < quote.end <= len(article.text)
        assert article.text[quote.start : quote.end] == quote.content
        assert article.text[quote.cue_start : quote.cue_end] == quote.cue
        paragraph = article.paragraphs[quote.para]
        assert paragraph.start <= quote.start and quote.end <= paragraph.end
    for mention in result.mentions:
        assert article.text[mention.start : mention.end] == mention.term
