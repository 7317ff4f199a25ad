"""Exports: filtered tables as CSV/JSON, charts as PNG.

Plotly's PNG goes through kaleido, which renders in Chromium, so Arabic is shaped there like in
the page. `png_pillow` is the fallback for machines without Chromium: Pillow only shapes Arabic
with raqm, so without it the text is reshaped (arabic_reshaper + python-bidi) — there, and only
there.
"""

from __future__ import annotations

import json
import os
import shutil

import pandas as pd
import plotly.graph_objects as go

EXPORT_COLUMNS = ["article", "para", "speaker", "speaker_type", "cue", "kind", "content",
                  "addressee", "topics", "start", "end", "source", "date"]


def quotes_csv(quotes: pd.DataFrame) -> bytes:
    frame = quotes[EXPORT_COLUMNS].copy()
    frame["topics"] = frame["topics"].map(lambda ts: ";".join(ts))
    return frame.to_csv(index=False).encode("utf-8-sig")  # BOM: Excel opens Arabic CSV right


def quotes_json(quotes: pd.DataFrame) -> bytes:
    rows = quotes[EXPORT_COLUMNS].to_dict(orient="records")
    return json.dumps(rows, ensure_ascii=False, default=str, indent=1).encode("utf-8")


def mentions_csv(mentions: pd.DataFrame) -> bytes:
    return mentions.to_csv(index=False).encode("utf-8-sig")


def mentions_json(mentions: pd.DataFrame) -> bytes:
    rows = mentions.to_dict(orient="records")
    return json.dumps(rows, ensure_ascii=False, default=str, indent=1).encode("utf-8")


def chromium_path() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if found := shutil.which(name):
            return found
    return None


def figure_png(fig: go.Figure, width: int = 1000, height: int | None = None) -> bytes:
    """PNG of a figure rendered by kaleido in the system's Chromium."""
    browser = chromium_path()
    if browser and not os.environ.get("BROWSER_PATH"):
        os.environ["BROWSER_PATH"] = browser  # kaleido (choreographer) looks here first
    return fig.to_image(format="png", width=width, height=height or fig.layout.height or 450)


def shape_for_plain_renderer(text: str) -> str:
    """Visual-order, joined Arabic for renderers that cannot shape (Pillow without raqm)."""
    import arabic_reshaper
    from bidi.algorithm import get_display

    return get_display(arabic_reshaper.reshape(text))
