"""Qawl — who said what in Arabic news. (Placeholder page until the dashboard lands.)

    streamlit run app.py -- [PATH]     (PATH defaults to $QAWL_CORPUS, then seeds/)
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pandas as pd
import streamlit as st

from analysis import IngestProblem, analyse_corpus, read_paths

DEFAULT_CORPUS = Path(__file__).with_name("seeds")


def corpus_path() -> str:
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    return args[0] if args else os.environ.get("QAWL_CORPUS", str(DEFAULT_CORPUS))


@st.cache_data(max_entries=4, show_spinner="Analysing articles…")
def analyse(path: str):
    problems, articles = [], []
    for item in read_paths([path]):
        (problems if isinstance(item, IngestProblem) else articles).append(item)
    results = analyse_corpus(articles)
    quotes = pd.DataFrame([q.as_dict() for r in results for q in r.quotes])
    return len(articles), quotes, [str(p) for p in problems]


st.set_page_config(page_title="Qawl قول", layout="wide")
st.title("Qawl · قول")
st.caption("Who said what in Arabic news — the full dashboard is on its way.")
count, quotes, problems = analyse(corpus_path())
for problem in problems:
    st.warning(problem)
st.metric("Articles", count)
st.metric("Quotes", len(quotes))
if len(quotes):
    st.dataframe(quotes[["speaker", "cue", "kind", "content", "addressee", "article", "para"]],
                 width="stretch", hide_index=True)
