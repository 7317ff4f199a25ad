"""The one helper that puts a chart on the page."""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from pathlib import Path

import plotly.graph_objects as go
import streamlit as st

from components.safe import from_plotly_text

CONFIG = {"displaylogo": False, "responsive": True, "toImageButtonOptions": {"format": "png", "scale": 2}}
CHART_JS = Path(__file__).with_name("chart.js").read_text(encoding="utf-8")
# Plotly draws in the page itself, where its own style sheet (toolbar, hover labels) applies.
CHART = st.components.v2.component(
    "qawl_chart", html='<div class="qawl-plot"></div>', js=CHART_JS, isolate_styles=False
)


def show_chart(fig: go.Figure | dict, key: str, on_select: Callable[[], None] | None = None) -> None:
    """Full-width chart (a figure, or one already as JSON: `loading.figure_of`); with
    `on_select`, clicking a bar or cell calls it (it reads the selection from
    st.session_state[key])."""
    CHART(
        key=key,
        data={"figure": fig if isinstance(fig, dict) else json.loads(fig.to_json()), "config": CONFIG},
        on_selection_change=on_select or _no_selection,
    )


def _no_selection() -> None:
    """A chart nothing filters from: its clicks change nothing."""


def selected_labels(key: str, axis: str = "y") -> list[str]:
    """Labels of the points clicked in chart `key` (bar labels or heatmap rows)."""
    state = st.session_state.get(key)
    selection = state.get("selection") if state else None
    points = selection.get("points", []) if selection else []
    return [from_plotly_text(str(p[axis])) for p in points if axis in p]


def plotly_preload_script() -> str:
    """A script that starts loading the charts' Plotly bundle as the page opens, while the
    server still computes (the charts' own loader, `components/chart.js`, then finds it)."""
    loader = CHART_JS[CHART_JS.index("export function plotly()") : CHART_JS.index("export default")]
    return f"<script>(() => {{ {loader.replace('export function', 'function')}plotly(); }})();</script>"


def show_link(link: str) -> None:
    """A link to copy: one click selects it whole. (Not st.code: its syntax highlighter costs a
    third of a second of the browser's first view.)"""
    st.html(f'<code class="qawl-link" dir="ltr">{html.escape(link)}</code>')
