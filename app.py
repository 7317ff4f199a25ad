"""Qawl · قول — who said what in Arabic news.

streamlit run app.py -- [PATH]     (PATH defaults to $QAWL_CORPUS, then seeds/)
"""

from __future__ import annotations

import streamlit as st

from components import charts, export, profile, reader
from components.data import Filters
from components.filters import (
    DATE_ENTER_SCRIPT,
    bilingual,
    canonical_speaker_params,
    chart_tab_labels,
    check_query_params,
    kind_choices,
    language_switch,
    order_select,
    quote_link,
    quote_param,
    share_link,
    sidebar_filters,
    speaker_label,
    widget_language_style,
)
from components.i18n import kind_label, t
from components.loading import (
    UPLOAD_LIMIT_MB,
    StoreUnavailable,
    aliases_text,
    corpus_files,
    corpus_path,
    figure_of,
    is_store,
    missing_path_problem,
    open_corpus,
    options_of,
    speaker_reasons,
    speaker_view_of,
    topic_index_of,
    topics_text,
    view_of,
)
from components.safe import isolate, markdown_literal
from components.show import plotly_preload_script, selected_labels, show_chart, show_link

# The word ranking reads at most this many of the shown quotes (the most frequent words are
# stable long before an archive's hundreds of thousands).
WORD_QUOTES = 1000
# The speaker filter offers the most quoted speakers (an archive has tens of thousands); a
# link may still name any other.
SPEAKER_OPTIONS = 2000
PAGE_SIZE = 100
PROBLEMS_SHOWN = 10  # file problems listed on the page; the rest are counted
# The quote table's columns (the article's title, outlet and date beside each quote).
TABLE_COLUMNS = [
    "speaker",
    "cue",
    "kind",
    "content",
    "addressee",
    "topics",
    "title",
    "source",
    "date",
    "article",
    "para",
]
ISOLATED_COLUMNS = ["speaker", "cue", "content", "addressee", "topics", "title", "source"]

st.set_page_config(page_title="Qawl · قول", page_icon="🗣️", layout="wide")
st.html(reader.STYLE)
if preload := plotly_preload_script():
    st.html(preload, unsafe_allow_javascript=True)

# ---- corpus: the shipped or given folder or store, plus uploads (analysis cached by content)
path = corpus_path()
store = str(path) if is_store(path) else None
files = corpus_files(path) if path.exists() and not store else ()
uploads = st.sidebar.file_uploader(
    "Upload · أضف مقالات",
    accept_multiple_files=True,
    type=["txt", "jsonl", "json", "csv", "html", "htm"],
    max_upload_size=UPLOAD_LIMIT_MB,
    key="uploads",
)
upload_limits = st.sidebar.empty()  # said in the page's language once it is known
files += tuple((f"upload/{u.name}", u.getvalue()) for u in uploads or [])
progress = st.sidebar.empty()  # articles analysed / to analyse, while new files are read
with st.spinner("Analysing articles… · جارٍ تحليل المقالات…"):
    try:
        corpus, problems = open_corpus(
            files,
            store,
            path.stat().st_mtime if store else None,
            aliases_text(),
            topics_text(),
            progress=lambda done, total: progress.progress(
                done / total, text=f"{done:,} / {total:,} · Analysing articles · جارٍ تحليل المقالات"
            ),
        )
    except StoreUnavailable:
        # (the page's language is not chosen yet: both)
        st.info(t("store_busy", "ar") + "\n\n" + t("store_busy", "en"))
        st.stop()
progress.empty()
topic_index = topic_index_of(topics_text())

# ---- options and the URL's parameters
topic_ids = {bilingual(topic.label_ar, topic.label_en): topic.id for topic in topic_index.topics}
kind_ids = kind_choices()
offered = options_of(corpus, SPEAKER_OPTIONS)
latin = corpus.latin_names()
canonical_speaker_params(latin)
named_by_label = {speaker_label(name, latin): name for name in latin}
linked = [named_by_label.get(x, x) for x in st.query_params.get_all("speaker")]
speakers = offered["speaker"] + [s for s in corpus.known_speakers(linked) if s not in offered["speaker"]]
speaker_ids = {speaker_label(name, latin): name for name in speakers}
options = {
    "speaker": list(speaker_ids),
    "topic": list(topic_ids),
    "source": offered["source"],
    "kind": list(kind_ids),
}
ignored = check_query_params(options)
lang = language_switch()
st.html(widget_language_style(lang))
st.html(DATE_ENTER_SCRIPT, unsafe_allow_javascript=True)
upload_limits.caption(t("upload_limits", lang).format(mb=UPLOAD_LIMIT_MB))
if lang == "ar":
    st.html(reader.RTL_STYLE)
topic_labels = {topic.id: topic_index.label(topic.id, lang) for topic in topic_index.topics}


def filter_from_chart(chart_key: str, widget_key: str, axis: str = "y") -> None:
    """Clicking a bar (or heatmap row) filters the page by that label."""
    # a bar shows a source's name in the page's language; the filter offers its label
    canonical = {shown: name for name, shown in shown_names.items()}
    labels = [speaker_label(canonical.get(label, label), latin) for label in selected_labels(chart_key, axis)]
    labels = [label for label in labels if label in options[widget_key]]
    if labels:
        st.session_state[widget_key] = labels


shown_names = latin if lang == "en" else {}  # sources in charts: Latin on the English page
filters = sidebar_filters(
    options,
    topic_ids,
    kind_ids,
    offered["dates"],
    lang,
    drop_search="q=…" in ignored,
    speaker_ids=speaker_ids,
)
order = order_select(lang)  # the quote table's order, over all matching quotes
if len(filters.speakers) == 1:  # what was merged under this name
    forms = [f"{form} ({n})" for form, n in corpus.speaker_forms(filters.speakers[0])]
    if len(forms) > 1:
        st.sidebar.caption(t("written_as", lang) + markdown_literal("، ".join(forms)))

# ---- header
st.title(t("title", lang))
st.caption(t("caption", lang))
notices = [p for p in [missing_path_problem(path), *problems] if p]
for problem in notices[:PROBLEMS_SHOWN]:
    st.warning(t("skipped", lang) + markdown_literal(problem))
if len(notices) > PROBLEMS_SHOWN:  # (a file of bad lines: a count, not a page of warnings)
    st.warning(t("more_problems", lang).format(n=f"{len(notices) - PROBLEMS_SHOWN:,}"))
if ignored:
    st.info(t("ignored_params", lang) + markdown_literal("، ".join(ignored)))
view = view_of(corpus, filters, WORD_QUOTES)
if hidden := corpus.outside_dates(filters):
    st.info(t("outside_dates", lang).format(n=f"{hidden:,}"))
counts = view["counts"]
columns = st.columns(4)
for column, name in zip(columns, ("articles", "quotes", "speakers", "mentions"), strict=True):
    column.metric(t(name, lang), counts[name])
view_link = share_link(
    st.context.url or "", filters, topic_ids, kind_ids, lang, latin, order, st.session_state.get("charts")
)
# (expanders drawn only while open: what is inside them costs the browser's first view)
share = st.expander(t("share", lang), key="share", on_change="rerun")
if share.open:
    with share:
        st.caption(t("share_help", lang))
        show_link(view_link)

# ---- one speaker chosen (in the filter, or by clicking their bar): their page
if len(filters.speakers) == 1:
    speaker = filters.speakers[0]
    own_link = share_link(
        st.context.url or "", Filters(speakers=(speaker,)), topic_ids, kind_ids, lang, latin
    )
    profile.show_speaker_page(
        latin.get(speaker, speaker) if lang == "en" else speaker,
        speaker_view_of(corpus, filters, view, profile.RECENT_QUOTES),
        topic_labels,
        lang,
        own_link,
    )
profile.show_outlet_comparison(view["compare"], lang)

# ---- charts (each from one aggregate query under the filters)
colours = charts.speaker_colours(speakers)
# Figures are made when shown (once per view: `figure_of`) or exported: only the open tab's
# charts are built and drawn.
figures = {
    "speakers": lambda: charts.quotes_per_speaker(
        view["speakers"].rename(index=lambda name: shown_names.get(name, name)),
        lang,
        colours={shown_names.get(name, name): colour for name, colour in colours.items()},
    ),
    "heatmap": lambda: charts.speaker_topic_heatmap(view["heatmap"], topic_labels, lang),
    "timeline": lambda: charts.topic_timeline(*view["timeline"], topic_labels, lang),
    "cues": lambda: charts.cue_counts(view["cues"], lang),
    "network": lambda: charts.who_speaks_to_whom(
        view["network"].assign(
            speaker=view["network"]["speaker"].map(lambda name: shown_names.get(name, name)),
            addressee=view["network"]["addressee"].map(lambda name: shown_names.get(name, name)),
        ),
        lang,
        {shown_names.get(name, name): colour for name, colour in colours.items()},
    ),
    "words": lambda: charts.top_words(
        view["words"], "، ".join(filters.speakers or filters.topics) or t("all_quotes", lang), lang
    ),
}
clicked = {  # charts whose bars (or heatmap rows) filter the page by speaker
    "speakers": lambda: filter_from_chart("chart_speakers", "speaker"),
    "heatmap": lambda: filter_from_chart("chart_heatmap", "speaker"),
}
unranked = [t(f"unranked_{k}", lang).format(n=n) for k, n in view["unranked"].items() if n]
tab_labels = chart_tab_labels()
# Tabs bound to the link run lazily: the charts of the closed tabs are neither made nor drawn.
for tab, pair in zip(
    st.tabs(list(tab_labels), key="charts", bind="query-params"), tab_labels.values(), strict=True
):
    if not tab.open:
        continue
    with tab:
        for column, name in zip(st.columns(2), pair, strict=True):
            with column:
                show_chart(
                    figure_of(corpus, filters, lang, name, figures[name]), f"chart_{name}", clicked.get(name)
                )
                if name == "speakers" and unranked:
                    st.caption(t("unranked", lang) + markdown_literal("؛ ".join(unranked)) + ".")


# ---- quote table, a page at a time, and the article reader
# (a fragment: choosing a row or a page reruns this part alone, not the charts above it)
@st.fragment
def quotes_and_reader() -> None:
    st.subheader(t("table", lang))
    st.caption(t("table_help", lang))
    pages = max(1, -(-counts["quotes"] // PAGE_SIZE))
    # One page widget per filter state and order: a new view starts on its first page.
    page = (
        st.number_input(
            t("page", lang),
            min_value=1,
            max_value=pages,
            value=1,
            step=1,
            key=f"page-{abs(hash((filters, order)))}",
        )
        if pages > 1
        else 1
    )
    rows = corpus.quotes(filters, PAGE_SIZE, (page - 1) * PAGE_SIZE, order)
    if counts["quotes"]:
        st.caption(
            t("page_of", lang).format(
                first=(page - 1) * PAGE_SIZE + 1,
                last=(page - 1) * PAGE_SIZE + len(rows),
                total=counts["quotes"],
            )
        )
    table = rows.fillna({"addressee": "", "title": ""}).assign(
        # (a title's quote says so: «مباشر · عنوان»)
        kind=[
            kind_label(kind, lang)
            + (f" · {kind_label('headline', lang)}" if para == 0 and kind != "headline" else "")
            for kind, para in zip(rows["kind"], rows["para"], strict=True)
        ],
        topics=rows["topics"].map(lambda ts: "، ".join(topic_labels.get(x, x) for x in ts)),
    )[TABLE_COLUMNS]
    # (shown isolated: a cell ending in a quotation mark keeps it at its end in the grid)
    table = table.assign(**{c: table[c].map(isolate) for c in ISOLATED_COLUMNS})
    selection = None
    if rows.empty:
        st.info(t("no_quotes", lang))  # (an empty table would say "empty", in English)
    else:
        selection = st.dataframe(
            # (styled only under a search: a styled table costs the server and the browser)
            table.style.apply(
                lambda frame: reader.search_cell_styles(
                    frame, filters.search, ["speaker", "cue", "content", "title"]
                ),
                axis=None,
            )
            if filters.search
            else table,
            width="stretch",
            hide_index=True,
            on_select="rerun",
            selection_mode="single-row",
            key="quote_table",
            column_config={
                name: (st.column_config.DateColumn if name == "date" else st.column_config.TextColumn)(
                    t("article_title" if name == "title" else name, lang)
                )
                for name in TABLE_COLUMNS
            },
        )

    # The quote shown in the reader: the selected row, else the link's quote (?quote=ARTICLE:START).
    st.subheader(t("reader", lang))
    selected = selection.selection.rows if selection is not None else []
    chosen = rows.iloc[selected[0]] if selected and selected[0] < len(rows) else None
    if chosen is not None:
        st.session_state["table_quote"] = f"{chosen['article']}:{int(chosen['start'])}"
        st.query_params["quote"] = st.session_state["table_quote"]
    elif st.session_state.pop("table_quote", None) is not None:
        st.query_params.pop("quote", None)  # the row was unselected: so is its quote
    elif linked_quote := quote_param(st.query_params.get("quote")):
        found = corpus.quote_at(*linked_quote)
        if found.empty:
            st.info(t("quote_missing", lang))
        else:
            chosen = found.iloc[0]
    article_ids = list(dict.fromkeys(rows["article"])) or corpus.first_articles(PAGE_SIZE)
    if chosen is not None and chosen["article"] not in article_ids:
        article_ids.insert(0, chosen["article"])
    if article_ids:
        current = chosen["article"] if chosen is not None else article_ids[0]
        article_labels = corpus.article_labels(article_ids)
        article_id = st.selectbox(
            t("article", lang),
            article_ids,
            index=article_ids.index(current),
            format_func=lambda a: isolate(article_labels.get(a, a)),
            on_change=lambda: st.query_params.pop("quote", None),  # another article: no quote chosen
        )
        if chosen is not None and chosen["article"] != article_id:
            chosen = None
        article = corpus.article(article_id)
        article_quotes = corpus.article_quotes(article_id, filters)
        st.html(reader.legend_html(article_quotes["speaker"].unique().tolist(), colours, lang))
        focus = (int(chosen["start"]), int(chosen["end"])) if chosen is not None else None
        if chosen is not None:
            if article and article["text"]:
                reason = speaker_reasons(article_id, article["text"]).get(
                    (int(chosen["para"]), int(chosen["start"]))
                )
                if reason:
                    st.caption(markdown_literal(reader.why_this_speaker(reason, lang)))
            with st.expander(t("quote_link", lang)):
                st.caption(t("quote_link_help", lang))
                show_link(quote_link(view_link, article_id, int(chosen["start"])))
        if article["busy"]:
            st.info(t("store_busy", lang))
        else:
            st.html(
                reader.article_html(
                    article["text"],
                    article_quotes,
                    corpus.article_mentions(article_id, filters),
                    colours,
                    focus,
                    filters.search,
                )
            )
            # Scrolled to once per chosen quote (not again on every later change of the page).
            if focus is not None and st.session_state.get("scrolled_to") != (article_id, focus):
                st.session_state["scrolled_to"] = (article_id, focus)
                st.html(reader.scroll_to_focus_script(f"{article_id}:{focus}"), unsafe_allow_javascript=True)


quotes_and_reader()

# ---- exports
export.warm_png()  # (in the background, once: the first PNG then does not wait for Chromium)
exports = st.sidebar.expander(t("export", lang), key="export", on_change="rerun")
if exports.open:
    with exports:
        # Files are made only when downloaded (deferred data), not on every filter change.
        for name, make, mime in (
            ("quotes.csv", lambda: export.quotes_csv(corpus.quotes(filters)), "text/csv"),
            ("quotes.json", lambda: export.quotes_json(corpus.quotes(filters)), "application/json"),
            ("mentions.csv", lambda: export.mentions_csv(corpus.mentions(filters)), "text/csv"),
            ("mentions.json", lambda: export.mentions_json(corpus.mentions(filters)), "application/json"),
        ):
            st.download_button(name, make, f"qawl-{name}", mime)
        chart_name = st.selectbox("PNG", list(figures), key="png_chart")
        # One click: the image is drawn when the button is pressed (deferred), not on every change.
        st.download_button(
            f"{chart_name}.png ⤓",
            lambda: export.figure_png(figures[chart_name]()),
            f"qawl-{chart_name}.png",
            "image/png",
            key="png_download",
        )
