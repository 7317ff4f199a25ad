"""Exports: filtered tables as CSV/JSON, charts as PNG.

Plotly's PNG goes through kaleido, which renders in Chromium, so Arabic is shaped there like in
the page. `labels_png` is the fallback for machines without Chromium: Pillow only shapes Arabic
with raqm, so without it the text is reshaped (arabic_reshaper + python-bidi) — there, and only
there.
"""

from __future__ import annotations

import atexit
import io
import json
import os
import shutil
import threading
import warnings

import kaleido
import pandas as pd
import plotly.graph_objects as go

from analysis.safe_text import spreadsheet_cell
from components.data import QUOTE_COLUMNS

# The whole quote record and where the article appeared (`components.data`'s one definition).
EXPORT_COLUMNS = QUOTE_COLUMNS


def quotes_csv(quotes: pd.DataFrame) -> bytes:
    frame = quotes[EXPORT_COLUMNS].copy()
    frame["topics"] = frame["topics"].map(lambda ts: ";".join(ts))
    return _csv(frame)


def _csv(frame: pd.DataFrame) -> bytes:
    """CSV whose text cells a spreadsheet will not run as formulas (a quote may begin with
    "-" or "="), with a BOM so that Excel opens Arabic right."""
    safe = frame.copy()
    for column in safe.columns:
        if not pd.api.types.is_numeric_dtype(safe[column]):
            safe[column] = safe[column].map(spreadsheet_cell)
    return safe.to_csv(index=False).encode("utf-8-sig")


def quotes_json(quotes: pd.DataFrame) -> bytes:
    rows = quotes[EXPORT_COLUMNS].to_dict(orient="records")
    return json.dumps(rows, ensure_ascii=False, default=str, indent=1).encode("utf-8")


def mentions_csv(mentions: pd.DataFrame) -> bytes:
    return _csv(mentions)


def mentions_json(mentions: pd.DataFrame) -> bytes:
    rows = mentions.to_dict(orient="records")
    return json.dumps(rows, ensure_ascii=False, default=str, indent=1).encode("utf-8")


def chromium_path() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if found := shutil.which(name):
            return found
    return None


def figure_png(fig: go.Figure, width: int = 1000, height: int | None = None) -> bytes:
    """PNG of a figure rendered by kaleido in the system's Chromium; without Chromium, a plain
    list of the chart's labels and values drawn by Pillow."""
    browser = chromium_path()
    if browser is None:
        return labels_png(fig, width)
    if not os.environ.get("BROWSER_PATH"):
        os.environ["BROWSER_PATH"] = browser  # kaleido (choreographer) looks here first
    _png_server()
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="The kopts argument is ignored")
        return fig.to_image(format="png", width=width, height=height or fig.layout.height or 450)


def warm_png() -> None:
    """Start the PNG renderer in the background (once a process), so that the first export
    does not wait for a Chromium to start."""
    if chromium_path() is not None and not _png_renderer and not _png_warming:
        _png_warming.append(True)
        # (a few seconds on: starting Chromium would slow the first view it follows)
        timer = threading.Timer(PNG_WARM_DELAY, _png_server)
        timer.daemon = True
        timer.start()


PNG_WARM_DELAY = 8.0  # seconds
_png_warming: list[bool] = []
_png_lock = threading.Lock()
_png_renderer: list[bool] = []  # (holds True once kaleido's server runs)


def _png_server() -> None:
    """One Chromium kept for the process's PNG exports (kaleido's server): a PNG then takes
    a fifth of a second instead of the 2.5 s of a Chromium started for each."""
    with _png_lock:
        if _png_renderer:
            return
        os.environ.setdefault("BROWSER_PATH", chromium_path() or "")
        kaleido.start_sync_server(silence_warnings=True)
        atexit.register(kaleido.stop_sync_server, silence_warnings=True)
        _png_renderer.append(True)


ARABIC_FONTS = (
    "/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
)


def labels_png(fig: go.Figure, width: int = 1000) -> bytes:
    """The chart's title and its (label, value) pairs as text lines, right-aligned.

    Pillow shapes Arabic only when built with raqm; otherwise the lines are reshaped here —
    the one place Qawl reshapes text.
    """
    from PIL import Image, ImageDraw, ImageFont, features

    shapes = features.check("raqm")
    font_path = next((f for f in ARABIC_FONTS if os.path.exists(f)), None)
    font = ImageFont.truetype(font_path, 22) if font_path else ImageFont.load_default()
    lines = [fig.layout.title.text or ""]
    for trace in fig.data:
        labels = trace.y if getattr(trace, "orientation", None) == "h" else trace.x
        values = trace.x if getattr(trace, "orientation", None) == "h" else trace.y
        if labels is not None and values is not None:
            lines += [f"{label}: {value}" for label, value in zip(labels, values, strict=False)]
    image = Image.new("RGB", (width, 40 + 34 * len(lines)), "white")
    draw = ImageDraw.Draw(image)
    for row, line in enumerate(lines):
        text = line if shapes else shape_for_plain_renderer(line)
        draw.text(
            (width - 20, 20 + 34 * row),
            text,
            fill="black",
            font=font,
            anchor="ra",
            direction="rtl" if shapes else None,
        )
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def shape_for_plain_renderer(text: str) -> str:
    """Visual-order, joined Arabic for renderers that cannot shape (Pillow without raqm)."""
    import arabic_reshaper
    from bidi.algorithm import get_display

    return get_display(arabic_reshaper.reshape(text))
