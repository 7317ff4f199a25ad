"""The one helper that puts a chart on the page."""

from __future__ import annotations

from collections.abc import Callable

import plotly.graph_objects as go
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
