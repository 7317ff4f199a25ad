"""Reading the page's files: analysis progress, and each article once."""

from __future__ import annotations

import json

import plotly.graph_objects as go

from components.data import Corpus, Filters
from components.loading import PROGRESS_STEP, analyse_files, figure_of


def test_analysis_reports_its_progress_in_articles_done_of_all():
    records = [
        {"id": f"r{k}", "text": f"عنوان {k}\nقال وزير الصحة إن المستشفى رقم {k} بلا وقود."}
        for k in range(PROGRESS_STEP * 2 + 5)
    ]
    data = "\n".join(json.dumps(r, ensure_ascii=False) for r in records).encode()
    heard: list[tuple[int, int]] = []
    frames, problems = analyse_files(
        (("upload/feed.jsonl", data),), progress=lambda d, n: heard.append((d, n))
    )
    total = len(records)
    assert heard == [(PROGRESS_STEP, total), (2 * PROGRESS_STEP, total), (total, total)]
    assert len(frames.articles) == total and problems == ()


def test_a_chart_is_made_once_per_view_and_language():
    corpus = Corpus.open()
    made: list[str] = []

    def bars(label: str):
        def make() -> go.Figure:
            made.append(label)
            return go.Figure(go.Bar(x=[3], y=[label]))

        return make

    first = figure_of(corpus, Filters(), "ar", "speakers", bars("أ"))
    assert figure_of(corpus, Filters(), "ar", "speakers", bars("أ")) == first
    assert first["data"][0]["y"] == ["أ"] and made == ["أ"]
    for filters, lang, name in (
        (Filters(topics=("rafah",)), "ar", "speakers"),
        (Filters(), "en", "speakers"),
    ):
        figure_of(corpus, filters, lang, name, bars("ب"))
    figure_of(corpus, Filters(), "ar", "cues", bars("ج"))
    figure_of(Corpus.open(), Filters(), "ar", "speakers", bars("د"))  # (another corpus)
    assert made == ["أ", "ب", "ب", "ج", "د"]
