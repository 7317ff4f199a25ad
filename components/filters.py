"""Sidebar filters, bound to the URL's query parameters so a link restores the view."""

from __future__ import annotations

from datetime import date
from urllib.parse import urlencode

import streamlit as st

from components.data import Filters
from components.i18n import KINDS as KIND_LABELS
from components.i18n import t

# "headline" chooses the quotes in titles (the extractor reads a title «X: …» as a direct quote,
# as the guideline has it; a journalist looks for what the headlines said)
KINDS = ("direct", "indirect", "mixed", "headline")
MAX_SEARCH = 200
# Query parameters the page understands (each is a widget key).
MULTI_KEYS = ("speaker", "topic", "source", "kind")
KNOWN_KEYS = {"lang", "q", "from", "to", "order", "quote", "charts", *MULTI_KEYS}
ORDERS = ("reading", "newest", "oldest", "speaker")  # components.data.QUOTE_ORDERS


def check_query_params(options: dict[str, list[str]]) -> list[str]:
    """Parameters in the URL that the page will ignore: unknown names, unknown values, wrong
    types, absurd lengths. Streamlit drops invalid values of bound widgets itself; this names
    them for the notice (an overlong search is dropped by `sidebar_filters`)."""
    ignored = []
    params = st.query_params
    for key in params:
        if key not in KNOWN_KEYS:
            ignored.append(key[:40])
            continue
        values = params.get_all(key)
        if key in options:
            ignored += [f"{key}={v[:40]}" for v in values if v not in options[key]]
        elif key == "lang" and any(v not in LANGUAGE_LABELS for v in values):
            ignored.append(f"lang={values[0][:20]}")
        elif key == "q" and any(len(v) > MAX_SEARCH for v in values):
            ignored.append("q=…")
        elif key in ("from", "to") and not all(_is_iso_date(v) for v in values):
            ignored.append(f"{key}={values[0][:20]}")
        elif key == "quote" and quote_param(values[-1]) is None:
            ignored.append(f"quote={values[-1][:40]}")
        elif key == "charts" and values[-1] not in chart_tab_labels():
            ignored.append(f"charts={values[-1][:40]}")
        elif key == "order" and values[-1] not in order_choices():
            ignored.append(f"order={values[-1][:20]}")
    return ignored


def quote_param(value: str | None) -> tuple[str, int] | None:
    """(article, start) of a link's `quote=ARTICLE:START` (a quote's place in its article)."""
    article, _, start = (value or "").rpartition(":")
    return (article, int(start)) if article and start.isdigit() and len(start) < 10 else None


def quote_link(view_link: str, article: str, start: int) -> str:
    """The link of one quote: the view's link with the quote's place added."""
    joiner = "&" if "?" in view_link else "?"
    return f"{view_link}{joiner}{urlencode({'quote': f'{article}:{start}'})}"


# The chart tabs, each a pair of charts side by side.
CHART_TABS = {
    "speakers": ("speakers", "heatmap"),
    "time": ("timeline", "cues"),
    "words": ("words", "network"),
}


def chart_tab_labels() -> dict[str, tuple[str, str]]:
    """The chart tabs under stable bilingual labels (a link opens the same tab) → their charts."""
    return {bilingual(t(f"tab_{k}", "ar"), t(f"tab_{k}", "en")): pair for k, pair in CHART_TABS.items()}


def order_choices() -> dict[str, str]:
    """The quote table's orders under stable bilingual labels (a link keeps its order)."""
    return {bilingual(t(f"order_{o}", "ar"), t(f"order_{o}", "en")): o for o in ORDERS}


def order_select(lang: str) -> str:
    """The order of the quote table (over all matching quotes), bound to the link."""
    choices = order_choices()
    label = st.sidebar.selectbox(t("order", lang), list(choices), key="order", bind="query-params")
    return choices.get(label, "reading")


def _is_iso_date(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


# Bound widgets write their options' labels into the URL, so options are stable bilingual
# labels (a link shared from the Arabic page opens in the English one too).
LANGUAGE_LABELS = {"العربية": "ar", "English": "en"}


def bilingual(ar: str, en: str) -> str:
    return ar if ar == en else f"{ar} · {en}"


def language_switch() -> str:
    label = st.sidebar.radio(
        "Language · اللغة", list(LANGUAGE_LABELS), key="lang", bind="query-params", horizontal=True
    )
    return LANGUAGE_LABELS.get(label, "ar")


def sidebar_filters(
    options: dict[str, list[str]],
    topic_ids: dict[str, str],
    kind_ids: dict[str, str],
    bounds: tuple[date, date] | None,
    lang: str,
    drop_search: bool = False,
    speaker_ids: dict[str, str] | None = None,
) -> Filters:
    """The filter widgets; `topic_ids`/`kind_ids`/`speaker_ids` map their labels to ids (a
    source's label is bilingual where the aliases give a Latin name, so that one link opens
    the same view in either language)."""
    speaker_ids = speaker_ids or {}
    side = st.sidebar
    side.header(t("filters", lang))
    search = side.text_input(
        t("search", lang), key="q", bind="query-params", max_chars=MAX_SEARCH, help=t("search_help", lang)
    )
    choose = t("choose", lang)
    speakers, topics, sources, kinds = (
        # Typing narrows the options to those containing the text, and Enter takes the first
        # of them (never "select all N matches": «وسائل» would choose 37 speakers).
        side.multiselect(
            t(key, lang),
            options[key],
            key=key,
            placeholder=choose,
            bind="query-params",
            select_all=False,
            filter_mode="contains",
        )
        for key in ("speaker", "topic", "source", "kind")
    )
    dates = None
    if bounds:
        low, high = (
            side.date_input(
                t(label, lang),
                value=value,
                min_value=bounds[0],
                max_value=bounds[1],
                key=key,
                bind="query-params",
            )
            for label, value, key in (("date_from", bounds[0], "from"), ("date_to", bounds[1], "to"))
        )
        if isinstance(low, date) and isinstance(high, date) and (low, high) != bounds:
            dates = (min(low, high), max(low, high))
    if drop_search:
        search = ""  # an absurd link parameter, named in the notice

    return Filters(
        speakers=tuple(speaker_ids.get(x, x) for x in speakers),
        topics=tuple(topic_ids[x] for x in topics),
        sources=tuple(sources),
        kinds=tuple(kind_ids[x] for x in kinds),
        dates=dates,
        search=search,
    )


def speaker_label(name: str, latin: dict[str, str]) -> str:
    """A source as the speaker filter offers it: «بنيامين نتنياهو · Benjamin Netanyahu»."""
    return bilingual(name, latin[name]) if name in latin else name


def canonical_speaker_params(latin: dict[str, str]) -> None:
    """A link that names a source by its Arabic name alone (older links, hand-made ones)
    selects its bilingual option."""
    names = st.query_params.get_all("speaker")
    labels = [speaker_label(name, latin) for name in names]
    if labels != names:
        st.query_params["speaker"] = labels
        st.session_state["speaker"] = labels  # the bound widget reads it on this run


def share_link(
    base_url: str,
    filters: Filters,
    topic_ids: dict[str, str],
    kind_ids: dict[str, str],
    lang: str,
    latin: dict[str, str] | None = None,
    order: str = "reading",
    tab: str | None = None,
) -> str:
    """The URL of this view: the same parameters the bound widgets write."""
    params: list[tuple[str, str]] = []
    if lang != "ar":
        params.append(("lang", "English"))
    if filters.search:
        params.append(("q", filters.search))
    label_of_topic = {v: k for k, v in topic_ids.items()}
    label_of_kind = {v: k for k, v in kind_ids.items()}
    for key, values in (
        ("speaker", [speaker_label(x, latin or {}) for x in filters.speakers]),
        ("topic", [label_of_topic[x] for x in filters.topics]),
        ("source", filters.sources),
        ("kind", [label_of_kind[x] for x in filters.kinds]),
    ):
        params += [(key, value) for value in values]
    if filters.dates:
        params += [("from", filters.dates[0].isoformat()), ("to", filters.dates[1].isoformat())]
    if order != "reading":
        params.append(("order", {o: label for label, o in order_choices().items()}[order]))
    if tab and tab != next(iter(chart_tab_labels())):
        params.append(("charts", tab))
    base = base_url.split("?", 1)[0]
    return f"{base}?{urlencode(params)}" if params else base


def kind_choices() -> dict[str, str]:
    return {bilingual(KIND_LABELS[k]["ar"], KIND_LABELS[k]["en"]): k for k in KINDS}


def widget_language_style(lang: str) -> str:
    """CSS that puts the page's language on what Streamlit writes in English inside widgets:
    the uploader's button and instructions (the limits are said in a caption instead) and the
    text input's "Press Enter to apply"."""
    button = t("upload_button", lang).replace('"', "")
    return (
        "<style>"
        # Chosen options and the option lists take each label's own direction (a bound
        # widget's labels are its link's values: isolating characters cannot go in them).
        '[data-baseweb="tag"] span, [role="option"], [data-baseweb="select"] [title]'
        " { unicode-bidi: plaintext; }"
        '[data-testid="stFileUploaderDropzoneInstructions"], [data-testid="InputInstructions"]'
        " { display: none; }"
        '[data-testid="stFileUploaderDropzone"] button > * { display: none; }'
        f'[data-testid="stFileUploaderDropzone"] button::after {{ content: "{button}"; }}'
        "</style>"
    )


# Streamlit takes a typed date when the field loses focus, not on Enter, so a journalist who
# types a date and presses Enter saw nothing change: Enter in a date field moves the focus to
# the page (a blur to nowhere is not taken for leaving it).
DATE_ENTER_SCRIPT = (
    "<script>(() => {"
    " if (window.qawlDateEnter) return; window.qawlDateEnter = true;"
    " document.addEventListener('keydown', (event) => {"
    "   const field = event.target.closest && event.target.closest('[data-testid=stDateInputField]');"
    "   if (event.key === 'Enter' && field) setTimeout(() => document.getElementById('stMain')?.focus(), 0);"
    " }, true);"
    "})();</script>"
)
