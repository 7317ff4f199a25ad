"""Figure factories: one per chart, each returns a go.Figure from the counts `Corpus` gives.

Text stays in logical Unicode order (browsers and kaleido shape Arabic themselves). For Arabic
the category axis sits on the right and bars grow leftwards, so charts read right to left.
Streamlit changes Plotly's default template on import, so every figure sets its own.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from analysis.words import word_counts
from components.data import NO_OUTLET
from components.i18n import t
from components.safe import plotly_text

FONT = "Noto Sans Arabic, Noto Naskh Arabic, Arial, sans-serif"
TOP_N = 15
PALETTE = [
    "#1f77b4",
    "#d62728",
    "#2ca02c",
    "#ff7f0e",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#17becf",
    "#bcbd22",
    "#7f7f7f",
    "#393b79",
    "#637939",
    "#8c6d31",
    "#843c39",
    "#7b4173",
]
_GRID = {
    "gridcolor": "#EBF0F8",
    "linecolor": "#EBF0F8",
    "zerolinecolor": "#EBF0F8",
    "zerolinewidth": 2,
    "automargin": True,
}
# plotly_white's look (white paper, light grid) as a small template of our own: the built-in
# one carries defaults for every trace type, and copying it costs ~9 ms per figure, which is a
# third of a filter change.
TEMPLATE = go.layout.Template(
    layout={
        "paper_bgcolor": "white",
        "plot_bgcolor": "white",
        "colorway": PALETTE,
        "xaxis": _GRID,
        "yaxis": _GRID,
        "font": {"color": "#2a3f5f"},
    }
)


def speaker_colours(speakers: list[str]) -> dict[str, str]:
    """A stable colour per speaker (by rank), shared by charts and the article reader."""
    return {speaker: PALETTE[i % len(PALETTE)] for i, speaker in enumerate(speakers)}


# The strip above a title kept for Plotly's toolbar, which is shown on hover at the top corner
# and covered the title (the right corner in Arabic, where the title starts).
TOOLBAR_STRIP = 44


def _layout(fig: go.Figure, title: str, lang: str, height: int = 420) -> go.Figure:
    fig.update_layout(
        template=TEMPLATE,
        title={
            "text": title,
            "x": 1 if lang == "ar" else 0,
            "xanchor": "right" if lang == "ar" else "left",
            "yref": "container",
            "y": 1,
            "yanchor": "top",
            "pad": {"t": TOOLBAR_STRIP},
        },
        font={"family": FONT, "size": 14},
        height=height,
        margin={"l": 20, "r": 20, "t": 60 + TOOLBAR_STRIP, "b": 40},
        legend={"x": 1 if lang == "ar" else 0, "xanchor": "right" if lang == "ar" else "left"},
    )
    return fig


def _horizontal_bars(
    labels: list[str],
    values: list[int],
    title: str,
    lang: str,
    colours: list[str] | None = None,
    note: str = "",
) -> go.Figure:
    """Bars with their full numbers beside them (never cut inside a short bar), integer ticks,
    and a note under the chart (what was left out) that a PNG export keeps."""
    labels = [plotly_text(label) for label in labels]
    top = max(values, default=0)
    fig = go.Figure(
        go.Bar(
            x=values,
            y=labels,
            orientation="h",
            marker_color=colours,
            hovertemplate="%{y}: %{x:,}<extra></extra>",
            text=[f"{v:,}" for v in values],
            textposition="outside",
            cliponaxis=False,
            textangle=0,
            textfont={"size": 13},
            constraintext="none",  # (Plotly shrank the numbers beside thin bars to 8 px)
        )
    )
    fig = _layout(fig, title, lang, height=max(300, 80 + 28 * len(labels)))
    fig.update_yaxes(autorange="reversed", side="right" if lang == "ar" else "left", automargin=True)
    # room for the numbers beside the longest bar; whole numbers only on the axis
    span = [top * 1.18 + 1, 0] if lang == "ar" else [0, top * 1.18 + 1]
    fig.update_xaxes(title_text=t("count", lang), range=span, **_count_ticks(top))
    _note(fig, note, lang)
    return fig


def _count_ticks(top: int) -> dict:
    """Axis ticks for counts: whole numbers (no 1.5 quotes), thousands separated."""
    return {"tickformat": ",d", **({"dtick": 1} if top <= 8 else {})}


def _note(fig: go.Figure, note: str, lang: str) -> None:
    """What the chart leaves out, under its title (kept in a PNG export)."""
    if note:
        fig.update_layout(
            title={"subtitle": {"text": plotly_text(note), "font": {"size": 12, "color": "#555"}}},
            margin={"t": 80 + TOOLBAR_STRIP},
        )


def _top(counts: pd.Series, top_n: int) -> tuple[pd.Series, int, int]:
    """The top N, and how many were left out with how much (stated, never drawn as a bar that
    would dwarf the others)."""
    rest = counts.iloc[top_n:]
    return counts.iloc[:top_n], len(rest), int(rest.sum())


def _rest_note(what: str, left_out: int, total: int, lang: str) -> str:
    if not left_out:
        return ""
    return t(f"rest_{what}", lang).format(n=f"{left_out:,}", total=f"{total:,}")


def quotes_per_speaker(
    speaker_counts: pd.Series, lang: str = "ar", top_n: int = TOP_N, colours: dict[str, str] | None = None
) -> go.Figure:
    """Quotes per speaker (`speaker_counts`: speaker -> quotes, most first), the top N."""
    counts, left_out, total = _top(speaker_counts, top_n)
    labels = counts.index.tolist()
    fill = [(colours or {}).get(label, "#9e9e9e") for label in labels]
    return _horizontal_bars(
        labels,
        counts.tolist(),
        t("chart_speakers", lang),
        lang,
        fill,
        _rest_note("speakers", left_out, total, lang),
    )


# Topic columns a half-width heatmap holds with their labels apart; the rest are named in a note.
HEATMAP_TOPICS = 8


def speaker_topic_heatmap(
    pairs: pd.DataFrame, topic_labels: dict[str, str], lang: str = "ar", top_n: int = TOP_N
) -> go.Figure:
    """Quotes of each speaker (rows) that mention each topic (columns); `pairs` holds
    (speaker, topic, n)."""
    table = (
        pairs.pivot(index="speaker", columns="topic", values="n").fillna(0).astype(int)
        if not pairs.empty
        else pd.DataFrame()
    )
    left_out = 0
    if not table.empty:
        table = table.loc[table.sum(axis=1).sort_values(ascending=False).index[:top_n]]
        ranked = table.sum(axis=0).sort_values(ascending=False).index
        left_out = max(0, len(ranked) - HEATMAP_TOPICS)
        table = table[ranked[:HEATMAP_TOPICS]]
    columns = [plotly_text(topic_labels.get(c, c)) for c in table.columns]
    fig = go.Figure(
        go.Heatmap(
            z=table.values,
            x=columns,
            y=[plotly_text(str(row)) for row in table.index],
            customdata=[[c for c in table.columns]] * len(table),
            colorscale="Blues",
            hoverongaps=False,
            # beside the cells on the side without labels, in a margin of its own
            colorbar={"x": -0.02, "xanchor": "right", "thickness": 12}
            if lang == "ar"
            else {"x": 1.02, "xanchor": "left", "thickness": 12},
            hovertemplate="%{y} · %{x}: %{z}<extra></extra>",
        )
    )
    fig = _layout(fig, t("chart_heatmap", lang), lang, height=max(320, 80 + 30 * len(table)))
    fig.update_layout(margin={"l": 80} if lang == "ar" else {"r": 80})
    fig.update_yaxes(autorange="reversed", side="right" if lang == "ar" else "left", automargin=True)
    # Topic labels under the cells, upright across them, with the room they need: above, they
    # ran into the title; slanted, into each other.
    fig.update_xaxes(
        autorange="reversed" if lang == "ar" else True,
        side="bottom",
        tickangle=-90,
        tickfont={"size": 12},
        automargin=True,
    )
    _note(fig, _rest_note("topics", left_out, 0, lang), lang)
    return fig


TIMELINE_TOPICS = 6  # lines a reader can tell apart; the rest are named in a note


def timeline_bin(first: pd.Timestamp, last: pd.Timestamp) -> str:
    """Day, week or month, so that a view's date span gives a readable number of points."""
    days = (last - first).days
    return "D" if days <= 62 else "W-MON" if days <= 2 * 365 else "MS"


def topic_timeline(
    counts: pd.DataFrame,
    dated: bool,
    topic_labels: dict[str, str],
    lang: str = "ar",
    top_topics: int = TIMELINE_TOPICS,
) -> go.Figure:
    """Mentions per topic by day, week or month (to fit the span; an empty period is a zero,
    no line crosses it), or by article in reading order when the articles have no dates;
    `counts` holds (x, topic, n). The topics most mentioned in the view, the rest stated; one
    period or one article is drawn as bars."""
    table = (
        counts.pivot_table(index="x", columns="topic", values="n", aggfunc="sum").fillna(0).astype(int)
        if not counts.empty
        else pd.DataFrame()
    )
    step = ""
    if not table.empty and dated:
        table.index = pd.to_datetime(table.index)
        step = timeline_bin(table.index.min(), table.index.max())
        table = table.resample(step).sum()  # every period of the span, empty ones as zeros
    elif not table.empty:
        table = table.loc[list(dict.fromkeys(counts["x"]))]  # articles in reading order
    left_out = 0
    if not table.empty:
        order = table.sum(axis=0).sort_values(ascending=False).index
        left_out = max(0, len(order) - top_topics)
        table = table[order[:top_topics]]
    if dated:
        x_title = t({"D": "date", "W-MON": "week_of", "MS": "month"}.get(step, "date"), lang)
        title = t("chart_timeline", lang)
        # ISO strings: Plotly deep-copies lists of date objects, slowly, for every trace.
        x_values = [x.date().isoformat()[: 7 if step == "MS" else 10] for x in table.index]
    else:
        x_title, title = t("article", lang), t("chart_timeline_articles", lang)
        x_values = [plotly_text(str(x)) for x in table.index]  # (article ids: any text)
    bars = len(table) == 1
    fig = go.Figure(
        [
            (go.Bar if bars else go.Scatter)(
                x=x_values,
                y=table[topic].to_numpy(),
                name=plotly_text(topic_labels.get(topic, topic)),
                hovertemplate="%{x}: %{y:,}<extra>%{fullData.name}</extra>",
                **({} if bars else {"mode": "lines+markers"}),
            )
            for topic in table.columns
        ]
    )
    fig = _layout(fig, title, lang, height=480)
    # The legend at the bottom of the figure, below the axis and its title (placed under the
    # plot area, it ran over the axis title when the ticks were slanted).
    fig.update_layout(
        legend={"orientation": "h", "yref": "container", "y": 0, "yanchor": "bottom"}, margin={"b": 150}
    )
    fig.update_xaxes(
        title_text=x_title,
        autorange="reversed" if lang == "ar" else True,
        type="category",  # (a date axis would draw one day as hours, and gaps as lines)
    )
    top = int(table.to_numpy().max()) if not table.empty else 0
    fig.update_yaxes(
        title_text=t("count", lang),
        side="right" if lang == "ar" else "left",
        rangemode="tozero",
        **_count_ticks(top),
    )
    _note(fig, t("rest_topics", lang).format(n=left_out) if left_out else "", lang)
    return fig


def quotes_over_time(dates: pd.DataFrame, subject: str, lang: str = "ar") -> go.Figure:
    """A source's quotes by day, week or month (`dates`: (x, n) per day); empty periods are
    zeros. The title names whose quotes they are."""
    counts = pd.Series(dtype=int)
    step = "D"
    if not dates.empty:
        counts = pd.Series(dates["n"].to_numpy(), index=pd.to_datetime(dates["x"]), dtype=int)
        step = timeline_bin(counts.index.min(), counts.index.max())
        counts = counts.resample(step).sum()
    x_values = [x.date().isoformat()[: 7 if step == "MS" else 10] for x in counts.index]
    fig = go.Figure(
        go.Bar(
            x=x_values,
            y=counts.to_numpy(),
            marker_color="#1f77b4",
            hovertemplate="%{x}: %{y:,}<extra></extra>",
        )
    )
    fig = _layout(fig, t("chart_over_time", lang).format(subject=plotly_text(subject)), lang, height=320)
    fig.update_xaxes(
        title_text=t({"D": "date", "W-MON": "week_of", "MS": "month"}[step], lang),
        autorange="reversed" if lang == "ar" else True,
        type="category",
    )
    top = int(counts.max()) if not counts.empty else 0
    fig.update_yaxes(
        title_text=t("quotes", lang),
        side="right" if lang == "ar" else "left",
        rangemode="tozero",
        **_count_ticks(top),
    )
    return fig


def _ranked_bars(counts: pd.Series, what: str, title: str, colour: str, lang: str, top_n: int) -> go.Figure:
    """The top N of `counts` (label -> quotes, most first) in one colour, the rest stated."""
    shown, left_out, total = _top(counts, top_n)
    return _horizontal_bars(
        shown.index.tolist(),
        shown.tolist(),
        title,
        lang,
        [colour] * len(shown),
        _rest_note(what, left_out, total, lang),
    )


def _outlet_names(outlets: pd.Index, lang: str) -> list[str]:
    """Outlets as charts label them: an article whose outlet is not known says so."""
    return [t("unknown_outlet", lang) if name == NO_OUTLET else str(name) for name in outlets]


def quotes_per_outlet(outlets: pd.Series, lang: str = "ar", top_n: int = TOP_N) -> go.Figure:
    """Quotes per outlet (`outlets`: outlet -> quotes, most first)."""
    named = outlets.set_axis(_outlet_names(outlets.index, lang))
    return _ranked_bars(named, "outlets", t("chart_outlets", lang), "#2ca02c", lang, top_n)


def topics_of_quotes(pairs: pd.DataFrame, topic_labels: dict[str, str], lang: str = "ar") -> go.Figure:
    """The topics the shown quotes mention (`pairs`: (speaker, topic, n)), most first."""
    counts = (
        pairs.groupby("topic")["n"].sum().sort_values(ascending=False, kind="stable")
        if not pairs.empty
        else pd.Series(dtype=int)
    )
    return _horizontal_bars(
        [topic_labels.get(topic, topic) for topic in counts.index],
        [int(n) for n in counts.tolist()],
        t("chart_speaker_topics", lang),
        lang,
        ["#ff7f0e"] * len(counts),
    )


def outlet_comparison(pairs: pd.DataFrame, lang: str = "ar") -> go.Figure:
    """Who each outlet quotes: outlets (columns) by the view's most quoted sources (rows), the
    number of quotes in each cell (`pairs`: (source, speaker, n))."""
    table = (
        pairs.pivot(index="speaker", columns="source", values="n").fillna(0).astype(int)
        if not pairs.empty
        else pd.DataFrame()
    )
    if not table.empty:
        table = table.loc[table.sum(axis=1).sort_values(ascending=False).index]
        table = table[table.sum(axis=0).sort_values(ascending=False).index]
    fig = go.Figure(
        go.Heatmap(
            z=table.values,
            x=[plotly_text(c) for c in _outlet_names(table.columns, lang)],
            y=[plotly_text(str(row)) for row in table.index],
            text=table.values,
            texttemplate="%{text:,}",
            colorscale="Greens",
            showscale=False,
            hovertemplate="%{x} · %{y}: %{z:,}<extra></extra>",
        )
    )
    fig = _layout(fig, t("chart_compare", lang), lang, height=max(320, 100 + 30 * len(table)))
    fig.update_yaxes(autorange="reversed", side="right" if lang == "ar" else "left", automargin=True)
    fig.update_xaxes(autorange="reversed" if lang == "ar" else True, side="top", automargin=True)
    return fig


def cue_counts(cues: pd.Series, lang: str = "ar", top_n: int = TOP_N) -> go.Figure:
    """Quotes per cue (`cues`: cue as most often written -> quotes, most first)."""
    return _ranked_bars(cues, "cues", t("chart_cues", lang), "#6a51a3", lang, top_n)


def who_speaks_to_whom(
    pairs: pd.DataFrame, lang: str = "ar", colours: dict[str, str] | None = None, top_n: int = TOP_N
) -> go.Figure:
    """The most frequent pairs of a speaker and whom they addressed, ranked, in the speaker's
    colour (`pairs`: speaker, addressee, n, most first, with `pairs` and `pair_quotes`: how
    many pairs and quotes the view holds in all). A graph of every pair was a tangle at
    archive scale; a ranked list stays readable at any size."""
    shown = pairs.head(top_n)
    left_out = int(pairs["pairs"].iloc[0]) - len(shown) if len(shown) else 0
    rest = int(pairs["pair_quotes"].iloc[0]) - int(shown["n"].sum()) if len(shown) else 0
    # A mark of the page's direction first: «X to Y» keeps X first on the English page even when
    # both names are Arabic (each name still reads right to left).
    direction = "\u200f" if lang == "ar" else "\u200e"
    return _horizontal_bars(
        [
            direction + t("spoke_to", lang).format(speaker=speaker, addressee=addressee)
            for speaker, addressee in zip(shown["speaker"], shown["addressee"], strict=True)
        ],
        [int(n) for n in shown["n"]],
        t("chart_network", lang),
        lang,
        [(colours or {}).get(speaker, "#9e9e9e") for speaker in shown["speaker"]],
        _rest_note("pairs", left_out, rest, lang),
    )


def top_words(texts: list[str], subject: str, lang: str = "ar", top: int = TOP_N) -> go.Figure:
    """The words the given quotes use most (function words left out), ranked as bars: every
    word readable, none over another, the counts beside them."""
    words = word_counts(texts, top)
    return _horizontal_bars(
        [w for w, _ in words],
        [n for _, n in words],
        f"{t('chart_words', lang)} — {plotly_text(subject)}",
        lang,
        ["#00897b"] * len(words),
    )
