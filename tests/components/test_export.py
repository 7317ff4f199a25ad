"""Exports: CSV/JSON of the filtered tables, and chart PNGs whose Arabic is correctly shaped."""

from __future__ import annotations

import io
import json

import plotly.graph_objects as go
import pytest
from PIL import Image

from analysis import analyse_corpus, read_paths
from components import export
from components.data import build_frames
from tests.conftest import SEED_ARTICLE

TITLE = "الاقتباسات حسب المتحدث"
ZWNJ = "\u200c"  # stops letters joining: what unshaped text looks like


@pytest.fixture(scope="module")
def frames():
    return build_frames(analyse_corpus(read_paths([SEED_ARTICLE])))


def test_csv_and_json_keep_arabic_and_topics(frames):
    csv = export.quotes_csv(frames.quotes).decode("utf-8-sig")
    assert "يوآف غالانت" in csv and "negotiations;hostages" in csv
    rows = json.loads(export.quotes_json(frames.quotes))
    assert rows[0]["speaker"] == "يوآف غالانت" and rows[0]["topics"] == ["negotiations", "hostages"]
    mentions = json.loads(export.mentions_json(frames.mentions))
    assert sum(m["topic"] == "rafah" for m in mentions) == 6


def test_csv_cells_that_look_like_formulas_are_not_formulas(frames):
    import csv as csv_module

    quotes = frames.quotes.head(4).copy()
    hostile = ['=HYPERLINK("https://evil.example")', "+1+1", "-2+3", "@SUM(A1)"]
    quotes["content"] = hostile
    quotes["speaker"] = ["\t=1", "غالانت", "=cmd", "-"]
    rows = list(csv_module.DictReader(io.StringIO(export.quotes_csv(quotes).decode("utf-8-sig"))))
    assert [r["content"] for r in rows] == ["'" + h for h in hostile]
    assert [r["speaker"] for r in rows] == ["'\t=1", "غالانت", "'=cmd", "'-"]
    assert rows[0]["para"].isdigit()  # numbers stay numbers


def title_figure(title: str) -> go.Figure:
    fig = go.Figure()
    fig.update_layout(
        template="plotly_white",
        title={"text": title, "x": 0.5, "xanchor": "center"},
        width=600,
        height=200,
        font={"size": 28},
        xaxis={"visible": False},
        yaxis={"visible": False},
    )
    return fig


def ink(png: bytes) -> tuple[Image.Image, tuple[int, int, int, int]]:
    """The title strip as grey pixels, and the box of its dark pixels."""
    image = Image.open(io.BytesIO(png)).convert("L").crop((0, 0, 600, 90))
    mask = image.point(lambda v: 255 if v < 160 else 0)
    return image, mask.getbbox()


needs_chromium = pytest.mark.skipif(
    export.chromium_path() is None, reason="kaleido renders in Chromium, not installed"
)


@needs_chromium
def test_png_export_shapes_arabic_like_the_browser():
    logical = export.figure_png(title_figure(TITLE), width=600, height=200)
    reversed_ = export.figure_png(title_figure(export.shape_for_plain_renderer(TITLE)), width=600, height=200)
    unjoined = export.figure_png(title_figure(ZWNJ.join(TITLE)), width=600, height=200)
    image, box = ink(logical)
    _, unjoined_box = ink(unjoined)
    reversed_image, _ = ink(reversed_)
    assert box is not None
    # Joined letters take less room than the same letters kept apart.
    assert box[2] - box[0] < unjoined_box[2] - unjoined_box[0] - 10
    # Pre-shaped, reordered text (what reshaper+bidi gives) draws differently: it would be
    # printed backwards by a renderer that shapes.
    # (the pixels as a flat sequence: get_flattened_data since Pillow 12.1, getdata before)
    pixels = [getattr(im, "get_flattened_data", im.getdata)() for im in (image, reversed_image)]
    difference = sum(abs(a - b) for a, b in zip(*pixels, strict=True))
    assert difference > 255 * 200

    # The browser draws the same title to the same width.
    playwright = pytest.importorskip("playwright.sync_api")
    html = title_figure(TITLE).to_html(include_plotlyjs=True, full_html=True, config={"staticPlot": True})
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=export.chromium_path(),
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        page = browser.new_page(viewport={"width": 600, "height": 200})
        page.set_content(html)
        page.wait_for_selector(".gtitle")
        browser_png = page.locator(".js-plotly-plot").screenshot()
        browser.close()
    _, browser_box = ink(browser_png)
    assert abs((browser_box[2] - browser_box[0]) - (box[2] - box[0])) <= 4


def test_plain_renderer_text_is_reshaped_only_there():
    shaped = export.shape_for_plain_renderer(TITLE)
    assert shaped != TITLE
    assert any(0xFE70 <= ord(ch) <= 0xFEFF for ch in shaped)


def test_pillow_fallback_draws_joined_arabic(monkeypatch):
    """Without Chromium, labels are drawn by Pillow: with raqm it shapes the logical text; without
    raqm the text is reshaped first (the one place Qawl reshapes). Both come out joined."""
    from PIL import features

    def title_width(png: bytes) -> int:
        image = Image.open(io.BytesIO(png)).convert("L").crop((0, 0, 600, 60))
        box = image.point(lambda v: 255 if v < 160 else 0).getbbox()
        return box[2] - box[0]

    joined, apart = title_figure(TITLE), title_figure(ZWNJ.join(TITLE))
    if features.check("raqm"):
        assert title_width(export.labels_png(joined, 600)) < title_width(export.labels_png(apart, 600)) - 10
    monkeypatch.setattr(features, "check", lambda name: False)
    reshaped = title_width(export.labels_png(joined, 600))
    assert reshaped < title_width(export.labels_png(apart, 600)) - 10
