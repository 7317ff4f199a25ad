"""Qawl · قول — who said what in Arabic news.

    streamlit run app.py -- [PATH]     (PATH defaults to $QAWL_CORPUS, then seeds/)
"""

from __future__ import annotations

import streamlit as st

from analysis import load_topics
from components import charts, export, reader
from components.data import apply_filters, concat_frames, date_bounds, speaker_options
from components.filters import (
    bilingual,
    check_query_params,
    kind_choices,
    language_switch,
    share_link,
    sidebar_filters,
)
from components.i18n import kind_label, t
from components.loading import (
    UPLOAD_LIMIT_MB,
    analyse_files,
    corpus_files,
    corpus_path,
    is_store,
    missing_path_problem,
    open_store,
)
from components.show import selected_labels, show_chart

# The word cloud reads at most this many of the shown quotes (an archive has hundreds of
# thousands; the most frequent words are stable long before that).
WORD_CLOUD_QUOTES = 5000

st.set_page_config(page_title="Qawl · قول", page_icon="🗣️", layout="wide")
st.html(reader.STYLE)

# ---- corpus: the shipped or given folder, plus uploads (analysis cached by content)
path = corpus_path()
files = corpus_files(path) if path.exists() and not is_store(path) else ()
uploads = st.sidebar.file_uploader("Upload · أضف مقالات", accept_multiple_files=True,
                                   type=["txt", "jsonl", "json", "csv", "html", "htm"],
                                   max_upload_size=UPLOAD_LIMIT_MB, key="uploads")
files += tuple((f"upload/{u.name}", u.getvalue()) for u in uploads or [])
with st.spinner("Analysing articles… · جارٍ تحليل المقالات…"):
    frames, problems = analyse_files(files)
    if is_store(path):
        frames = concat_frames(open_store(str(path), path.stat().st_mtime), frames)
topic_index = load_topics()

# ---- options and the URL's parameters
topic_ids = {bilingual(topic.label_ar, topic.label_en): topic.id for topic in topic_index.topics}
kind_ids = kind_choices()
options = {"speaker": speaker_options(frames), "topic": list(topic_ids),
           "source": sorted(frames.articles["source"].dropna().unique().tolist()),
           "kind": list(kind_ids)}
ignored = check_query_params(options)
lang = language_switch()
if lang == "ar":
    st.html(reader.RTL_STYLE)
topic_labels = {topic.id: topic_index.label(topic.id, lang) for topic in topic_index.topics}


def filter_from_chart(chart_key: str, widget_key: str, axis: str = "y") -> None:
    """Clicking a bar (or heatmap row) filters the page by that label."""
    labels = [label for label in selected_labels(chart_key, axis) if label in options[widget_key]]
    if labels:
        st.session_state[widget_key] = labels


filters = sidebar_filters(options, topic_ids, kind_ids, date_bounds(frames), lang,
                          drop_search="q=…" in ignored)
view = apply_filters(frames, filters)

# ---- header
st.title(t("title", lang))
st.caption(t("caption", lang))
for problem in filter(None, [missing_path_problem(path), *problems]):
    st.warning(t("skipped", lang) + problem)
if ignored:
    st.info(t("ignored_params", lang) + "، ".join(ignored))
columns = st.columns(4)
columns[0].metric(t("articles", lang), view.articles.shape[0])
columns[1].metric(t("quotes", lang), view.quotes.shape[0])
columns[2].metric(t("speakers", lang), view.quotes["speaker"].nunique())
columns[3].metric(t("mentions", lang), view.mentions.shape[0])
with st.expander(t("share", lang)):
    st.caption(t("share_help", lang))
    st.code(share_link(st.context.url or "", filters, topic_ids, kind_ids, lang), language=None)

# ---- charts
colours = charts.speaker_colours(options["speaker"])
figures = {
    "speakers": charts.quotes_per_speaker(view.quotes, lang, colours=colours),
    "heatmap": charts.speaker_topic_heatmap(view.quotes, topic_labels, lang),
    "timeline": charts.topic_timeline(view.mentions, view.articles, topic_labels, lang),
    "cues": charts.cue_counts(view.quotes, lang),
    "network": charts.speaker_network(view.quotes, lang, colours),
    "words": charts.word_cloud(view.quotes["content"].head(WORD_CLOUD_QUOTES).tolist(),
                               "، ".join(filters.speakers or filters.topics) or t("all_quotes", lang),
                               lang),
}
left, right = st.columns(2)
with left:
    show_chart(figures["speakers"], "chart_speakers",
               lambda: filter_from_chart("chart_speakers", "speaker"))
    show_chart(figures["timeline"], "chart_timeline")
    show_chart(figures["network"], "chart_network")
with right:
    show_chart(figures["heatmap"], "chart_heatmap",
               lambda: filter_from_chart("chart_heatmap", "speaker"))
    show_chart(figures["cues"], "chart_cues")
    show_chart(figures["words"], "chart_words")

# ---- quote table and article reader
st.subheader(t("table", lang))
st.caption(t("table_help", lang))
table = view.quotes.fillna({"addressee": ""}).assign(
    kind=view.quotes["kind"].map(lambda kind: kind_label(kind, lang)),
    topics=view.quotes["topics"].map(lambda ts: "، ".join(topic_labels.get(x, x) for x in ts)))
selection = st.dataframe(
    table[["speaker", "cue", "kind", "content", "addressee", "topics", "article", "para"]],
    width="stretch", hide_index=True, on_select="rerun", selection_mode="single-row",
    key="quote_table",
    column_config={name: st.column_config.TextColumn(t(name, lang)) for name in
                   ("speaker", "cue", "kind", "content", "addressee", "topics", "article", "para")})
if view.quotes.empty:
    st.info(t("no_quotes", lang))

st.subheader(t("reader", lang))
rows = selection.selection.rows if selection else []
chosen = view.quotes.iloc[rows[0]] if rows and rows[0] < len(view.quotes) else None
article_ids = frames.articles["article"].tolist()
if article_ids:
    current = chosen["article"] if chosen is not None else (
        view.quotes["article"].iloc[0] if not view.quotes.empty else article_ids[0])
    article_id = st.selectbox(t("article", lang), article_ids, index=article_ids.index(current))
    article = frames.articles.set_index("article").loc[article_id]
    article_quotes = view.quotes[view.quotes["article"] == article_id]
    article_mentions = view.mentions[view.mentions["article"] == article_id]
    st.html(reader.legend_html(article_quotes["speaker"].unique().tolist(), colours, lang))
    focus = (int(chosen["start"]), int(chosen["end"])) if chosen is not None else None
    st.html(reader.article_html(article["text"], article_quotes, article_mentions, colours, focus))

# ---- exports
with st.sidebar.expander(t("export", lang)):
    # Files are made only when downloaded (deferred data), not on every filter change.
    st.download_button("quotes.csv", lambda: export.quotes_csv(view.quotes), "qawl-quotes.csv",
                       "text/csv")
    st.download_button("quotes.json", lambda: export.quotes_json(view.quotes),
                       "qawl-quotes.json", "application/json")
    st.download_button("mentions.csv", lambda: export.mentions_csv(view.mentions),
                       "qawl-mentions.csv", "text/csv")
    st.download_button("mentions.json", lambda: export.mentions_json(view.mentions),
                       "qawl-mentions.json", "application/json")
    chart_name = st.selectbox("PNG", list(figures), key="png_chart")
    if st.button("PNG ⤓", key="png_render"):
        st.download_button(f"{chart_name}.png", export.figure_png(figures[chart_name]),
                           f"qawl-{chart_name}.png", "image/png")
