"""Qawl's analysis library: who said what in Arabic news, and which topics it mentions.

A plain library (no UI imports). The main entry points:

    from analysis import read_paths, analyse_article
    for item in read_paths(["seeds/"]):
        result = analyse_article(item)   # quotes with topics, and topic mentions
"""

import analysis.native

analysis.native.activate(__path__)  # (the compiled extractor, when built from these sources)

from analysis.corpus import AnalysedArticle, analyse_article, analyse_corpus
from analysis.ingest import IngestProblem, make_article, read_bytes, read_paths
from analysis.records import Article, Mention, Paragraph, Quote
from analysis.topics import TopicIndex, find_mentions, load_topics

__all__ = [
    "AnalysedArticle",
    "Article",
    "IngestProblem",
    "Mention",
    "Paragraph",
    "Quote",
    "TopicIndex",
    "analyse_article",
    "analyse_corpus",
    "find_mentions",
    "load_topics",
    "make_article",
    "read_bytes",
    "read_paths",
]
