"""Sidebar filters, bound to the URL's query parameters so a link restores the view."""

from __future__ import annotations

from datetime import date
from urllib.parse import urlencode

import streamlit as st

from components.data import Filters
from components.i18n import LANGUAGES, kind_label, t

KINDS = ("direct", "indirect", "mixed", "headline")
MAX_SEARCH = 200
# Query parameters the page understands (each is a widget key).
MULTI_KEYS = ("speaker", "topic", "source", "kind")
KNOWN_KEYS = {"lang", "q", "from", "to", *MULTI_KEYS}


def check_query_params(options: dict[str, list[str]]) -> list[str]:
    """Parameters in the URL that the page will ignore: unknown names, unknown values, wrong
    types, absurd lengths. Streamlit drops invalid values of bound widgets itself; this names
    them for the notice. Overlong searches are cleared here before the widget reads them."""
    ignored = []
    params = st.query_params
    for key in params:
        if key not in KNOWN_KEYS:
            ignored.append(key)
            continue
        values = params.get_all(key)
        if key in options:
            ignored += [f"{key}={v[:40]}" for v in values if v not in options[key]]
        elif key == "lang" and any(v not in LANGUAGES for v in values):
            ignored.append(f"lang={values[0][:20]}")
        elif key == "q" and any(len(v) > MAX_SEARCH for v in values):
            ignored.append("q=…")
            st.session_state["q"] = ""
        elif key in ("from", "to") and not all(_is_iso_date(v) for v in values):
            ignored.append(f"{key}={values[0][:20]}")
    return ignored


def _is_iso_date(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def language_switch() -> str:
    return st.sidebar.segmented_control(
        "Language · اللغة", LANGUAGES, default="ar", key="lang", bind="query-params",
        format_func=lambda code: {"ar": "العربية", "en": "English"}[code]) or "ar"


def sidebar_filters(options: dict[str, list[str]], topic_labels: dict[str, str],
                    bounds: tuple[date, date] | None, lang: str) -> Filters:
    side = st.sidebar
    side.header(t("filters", lang))
    search = side.text_input(t("search", lang), key="q", bind="query-params",
                             max_chars=MAX_SEARCH, help=t("search_help", lang))
    speakers = side.multiselect(t("speaker", lang), options["speaker"], key="speaker",
                                bind="query-params")
    topics = side.multiselect(t("topic", lang), options["topic"], key="topic",
                              bind="query-params",
                              format_func=lambda topic: topic_labels.get(topic, topic))
    sources = side.multiselect(t("source", lang), options["source"], key="source",
                               bind="query-params")
    kinds = side.multiselect(t("kind", lang), options["kind"], key="kind", bind="query-params",
                             format_func=lambda kind: kind_label(kind, lang))
    dates = None
    if bounds:
        low = side.date_input(f"{t('dates', lang)} ←", value=bounds[0], min_value=bounds[0],
                              max_value=bounds[1], key="from", bind="query-params")
        high = side.date_input(f"{t('dates', lang)} →", value=bounds[1], min_value=bounds[0],
                               max_value=bounds[1], key="to", bind="query-params")
        if isinstance(low, date) and isinstance(high, date) and (low, high) != bounds:
            dates = (min(low, high), max(low, high))
    return Filters(speakers=tuple(speakers), topics=tuple(topics), sources=tuple(sources),
                   kinds=tuple(kinds), dates=dates, search=search or "")


def share_link(base_url: str, filters: Filters, lang: str) -> str:
    """The URL of this view: the same parameters the bound widgets write."""
    params: list[tuple[str, str]] = []
    if lang != "ar":
        params.append(("lang", lang))
    if filters.search:
        params.append(("q", filters.search))
    for key, values in (("speaker", filters.speakers), ("topic", filters.topics),
                        ("source", filters.sources), ("kind", filters.kinds)):
        params += [(key, value) for value in values]
    if filters.dates:
        params += [("from", filters.dates[0].isoformat()), ("to", filters.dates[1].isoformat())]
    base = base_url.split("?", 1)[0]
    return f"{base}?{urlencode(params)}" if params else base


__all__ = ["KINDS", "check_query_params", "language_switch", "share_link", "sidebar_filters"]
