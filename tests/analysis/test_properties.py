"""Properties that hold for any text: normalization maps back into the original, extraction
never raises, and every offset slices the original text to exactly what the record shows."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import analyse_article, make_article
from analysis.normalize import MatchText, _tables, normalize_ar

ARABIC = st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)
# (İ: the one character whose lower case is two, in Turkish names: İstanbul)
MARKS = st.sampled_from(list("“”«»\"'،,.:؛؟!\n ") + ["\u200f", "\u202b", "\u0640", "\ufefb", "İ"])
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


@given(TEXT, st.integers(0, 130), st.integers(0, 130))
@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
def test_a_normalized_span_maps_to_a_span_of_the_original(text, start, end):
    match = MatchText.of(text)
    start, end = sorted((min(start, len(match.text)), min(end, len(match.text))))
    begin, finish = match.span_to_original(start, end)
    assert 0 <= begin <= finish <= len(text)


BEYOND_ARABIC = st.one_of(TEXT, st.just("\ufeff"), st.characters(min_codepoint=0x2000))


@given(st.lists(BEYOND_ARABIC, max_size=8).map("".join))
def test_normalization_is_camel_tools_table_for_every_character(text):
    # (read through a list by code point for speed: the same as the table of camel-tools' rules)
    table, _ = _tables()
    assert normalize_ar(text) == text.translate(table).lower()


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
