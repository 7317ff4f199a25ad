"""Untrusted text (file names, query parameters, speaker names read from articles) shown in
Streamlit's Markdown: as literal text, never a link, an image, a colour directive or reordered
by a bidi override."""

from __future__ import annotations

import re

# Bidi embeddings/overrides/isolates and C0/C1 controls: removed (the page isolates what needs it)
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# Every character Markdown (and Streamlit's :colour[...] directives) may read as syntax
_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~:$&=])")


# Where Markdown would make a bare address a link (https://…, www.…, a@b.c): a word joiner
# (U+2060, invisible) breaks the pattern, not the text a reader sees.
_AUTOLINK = re.compile(r"(?<=:)(?=//)|(?<=www)(?=\.)|(?<=@)", re.IGNORECASE)


def markdown_literal(text: str) -> str:
    text = _AUTOLINK.sub("\u2060", _CONTROLS.sub("", text))
    return _MARKDOWN.sub(r"\\\1", text)


# What the bidi algorithm places by its surroundings rather than by an Arabic label's own
# direction: quotation marks and brackets (a label ending in one shows it at the wrong end),
# Latin words.
_NEEDS_ISOLATION = re.compile("[\"'“”„«»‘’()\\[\\]A-Za-z]")
_ARABIC = re.compile("[\u0600-\u06ff]")
FSI, PDI = "\u2068", "\u2069"


def isolate(text: str) -> str:
    """A label that keeps its own direction wherever it is shown (FSI…PDI, invisible): «موقع
    "تايمز أوف إسرائيل"» in a left-to-right widget or chart keeps its closing mark at its end."""
    return f"{FSI}{text}{PDI}" if _ARABIC.search(text) and _NEEDS_ISOLATION.search(text) else text


def plotly_text(text: str) -> str:
    """A chart label Plotly shows as written: it reads <a href>, <b>, <br> in labels as markup,
    so the markup characters go as entities (which it shows as the characters); isolated
    (`isolate`) where its direction needs it."""
    text = _CONTROLS.sub("", text)
    return isolate(text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


def from_plotly_text(label: str) -> str:
    """The text a label clicked in a chart was made from (`plotly_text` undone)."""
    label = label.removeprefix(FSI).removesuffix(PDI)
    return label.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
