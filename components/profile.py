"""A speaker's page (what one source said, when, on what, where and to whom) and the outlets
compared: drawn from the data the page gives, no queries here."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from components import charts
from components.i18n import t
from components.safe import markdown_literal
from components.show import show_chart, show_link

RECENT_QUOTES = 10


def show_speaker_page(
    shown_name: str, view: dict, topic_labels: dict[str, str], lang: str, link: str
) -> None:
    """The page of one source: its quotes over time, topics, outlets, who it spoke to, its
    latest quotes and the names it was written under, with a link that opens it."""
    st.subheader(t("profile", lang).format(name=markdown_literal(shown_name)))
    outlets: pd.Series = view["outlets"]
    quotes, articles = int(outlets.sum()), int(view["articles"])
    dates = pd.to_datetime(view["dates"]["x"]) if not view["dates"].empty else None
    if dates is not None:
        summary = t("profile_span", lang).format(
            quotes=f"{quotes:,}",
            articles=f"{articles:,}",
            outlets=len(outlets),
            first=dates.min().date().isoformat(),
            last=dates.max().date().isoformat(),
        )
    else:
        summary = t("profile_undated", lang).format(
            quotes=f"{quotes:,}", articles=f"{articles:,}", outlets=len(outlets)
        )
    st.caption(summary)
    forms = [f"{form} ({n})" for form, n in view["forms"]]
    if len(forms) > 1:
        st.caption(t("written_as", lang) + markdown_literal("، ".join(forms)))
    with st.expander(t("profile_link", lang)):
        show_link(link)
    left, right = st.columns(2)
    with left:
        if dates is not None:  # (undated articles: no time to show)
            show_chart(charts.quotes_over_time(view["dates"], shown_name, lang), "profile_time")
        show_chart(charts.topics_of_quotes(view["topics"], topic_labels, lang), "profile_topics")
    with right:
        show_chart(charts.quotes_per_outlet(outlets, lang), "profile_outlets")
        spoken_to = view["spoken_to"]
        st.markdown(f"**{t('spoken_to', lang)}**")
        if spoken_to.empty:
            st.caption(t("none_spoken_to", lang))
        else:
            st.dataframe(
                spoken_to[["addressee", "n"]],
                hide_index=True,
                width="stretch",
                column_config={
                    "addressee": st.column_config.TextColumn(t("addressee", lang)),
                    "n": st.column_config.NumberColumn(t("quotes", lang), format="%d"),
                },
            )
    st.markdown(f"**{t('recent_quotes', lang)}**")
    recent = view["recent"].assign(date=[d.isoformat() if d else "" for d in view["recent"]["date"]])
    st.dataframe(
        recent[["date", "source", "cue", "content", "addressee"]],
        hide_index=True,
        width="stretch",
        column_config={
            name: st.column_config.TextColumn(t(name, lang))
            for name in ("date", "source", "cue", "content", "addressee")
        },
    )


def show_outlet_comparison(pairs: pd.DataFrame, lang: str) -> None:
    """Whom each outlet quotes, side by side (shown when the view holds two outlets or more)."""
    if pairs.empty or pairs["source"].nunique() < 2:
        return
    # (run lazily: its chart is made and drawn only while it is open, not on every first view)
    compare = st.expander(t("compare", lang), key="compare", on_change="rerun")
    if compare.open:
        with compare:
            st.caption(t("compare_help", lang))
            show_chart(charts.outlet_comparison(pairs, lang), "chart_compare")
