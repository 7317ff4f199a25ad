"""The one helper that puts a chart on the page."""

from __future__ import annotations

import functools
import html
from collections.abc import Callable
from pathlib import Path

import plotly.graph_objects as go
import streamlit
import streamlit as st

from components.safe import from_plotly_text

CONFIG = {"displaylogo": False, "toImageButtonOptions": {"format": "png", "scale": 2}}


def show_chart(fig: go.Figure, key: str, on_select: Callable[[], None] | None = None) -> None:
    """Full-width chart; with `on_select`, clicking a bar or cell calls it (it reads the
    selection from st.session_state[key])."""
    st.plotly_chart(
        fig,
        width="stretch",
        key=key,
        config=CONFIG,
        theme=None,
        on_select=on_select or "ignore",
        selection_mode=("points",) if on_select else ("points", "box", "lasso"),
    )


def selected_labels(key: str, axis: str = "y") -> list[str]:
    """Labels of the points selected in chart `key` (bar labels or heatmap rows)."""
    state = st.session_state.get(key)
    if not state:
        return []
    points = state.get("selection", {}).get("points", [])
    return [from_plotly_text(str(p[axis])) for p in points if axis in p]


@functools.cache
def plotly_preload_script() -> str:
    """A script that starts loading Streamlit's Plotly module (4.7 MB, fetched and compiled
    only when the first chart arrives, which is most of a first view's wait) as the page
    opens, while the server still computes; empty when this Streamlit has no such module.
    The browser's module map loads it once: Streamlit's own import then finds it ready."""
    static = Path(streamlit.__file__).parent / "static" / "static" / "js"
    chunks = sorted(static.glob("PlotlyChart.*.js"))
    if not chunks:
        return ""
    return f'<script>import("./static/js/{chunks[0].name}").catch(() => {{}});</script>'


def show_link(link: str) -> None:
    """A link to copy: one click selects it whole. (Not st.code: its syntax highlighter costs a
    third of a second of the browser's first view.)"""
    st.html(f'<code class="qawl-link" dir="ltr">{html.escape(link)}</code>')
