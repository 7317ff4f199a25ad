"""Filters on the analysed tables: every filter narrows quotes and mentions as expected."""

from __future__ import annotations

from datetime import date

import pytest

from analysis import analyse_corpus, make_article, read_paths
from components.data import Filters, apply_filters, build_frames, date_bounds
from tests.conftest import SEEDS


@pytest.fixture(scope="module")
def frames():
    dated = make_article("r1", "قال الوزير إن المساعدات وصلت إلى رفح.", title="خبر",
                         date="2024-05-01", source="AJ")
    return build_frames(analyse_corpus([*read_paths([SEEDS]), dated]))


def test_no_filter_keeps_everything(frames):
    view = apply_filters(frames, Filters())
    assert len(view.quotes) == len(frames.quotes) == 19


@pytest.mark.parametrize(("filters", "count"), [
    (Filters(speakers=("لويد أوستن",)), 5),
    (Filters(topics=("rafah",)), 6),
    (Filters(kinds=("direct",)), 8),
    (Filters(sources=("AJ",)), 1),
    (Filters(dates=(date(2024, 5, 1), date(2024, 5, 2))), 1),
    (Filters(search="المختطفين"), 2),   # written المختطَفين in the article
    (Filters(search="اسرائيل"), 7),      # alef forms ignored (إسرائيل، الإسرائيلي)
    (Filters(speakers=("لويد أوستن",), topics=("rafah",)), 1),
])
def test_each_filter_narrows_the_quotes(frames, filters, count):
    assert len(apply_filters(frames, filters).quotes) == count


def test_mentions_follow_the_speaker_filter(frames):
    view = apply_filters(frames, Filters(speakers=("أنتوني بلينكن",)))
    assert sorted(view.mentions["topic"]) == ["military_operation", "military_operation", "rafah"]


def test_date_bounds(frames):
    assert date_bounds(frames) == (date(2024, 5, 1), date(2024, 5, 1))
