"""Untrusted text shown through Markdown stays text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from components.safe import markdown_literal

HOSTILE = [
    "[سجّل الدخول](https://evil.example/login)",
    "![](http://evil.example/px.png)",
    ":red[تحذير] **عاجل**",
    "<img src=x onerror=alert(1)>",
    "# عنوان\n- بند",
    "\u202eنتنياهو",
    "`code` $x^2$ ~~شطب~~",
]
SYNTAX = set("\\`*_{}[]()#+-.!|<>~:$&=")


def only_escaped_syntax(shown: str) -> bool:
    """Every Markdown character is escaped by a backslash that is not itself escaped."""
    i = 0
    while i < len(shown):
        if shown[i] == "\\":
            if i + 1 >= len(shown) or shown[i + 1] not in SYNTAX:
                return False
            i += 2
            continue
        if shown[i] in SYNTAX:
            return False
        i += 1
    return True


@pytest.mark.parametrize("text", HOSTILE)
def test_markdown_syntax_is_escaped_and_overrides_removed(text):
    shown = markdown_literal(text)
    assert only_escaped_syntax(shown)
    assert not re.search("[\u202a-\u202e\u2066-\u2069]", shown)
    # the same characters (an invisible word joiner keeps an address from becoming a link)
    assert re.sub(r"\\(.)", r"\1", shown).replace("\u2060", "") == re.sub(
        "[\u202a-\u202e\u2066-\u2069\n]", "", text
    )
    assert "://" not in shown.replace("\\", "")


@given(st.text())
def test_any_text_is_shown_literally(text):
    assert only_escaped_syntax(markdown_literal(text))


def test_arabic_and_plain_words_are_left_alone():
    assert markdown_literal("يوآف غالانت · Yoav Gallant") == "يوآف غالانت · Yoav Gallant"


ISOLATION = [
    # (label, isolated?) — Arabic with a quotation mark, a bracket or Latin keeps its direction
    ('موقع "تايمز أوف إسرائيل"', True),
    ("«إسرائيل»", True),
    ("القناة 12 (كان)", True),
    ("قناة CNN", True),
    ("يوآف غالانت", False),  # must not: nothing to place
    ("Benjamin Netanyahu", False),  # must not: no Arabic, the chart's direction is its own
    ('"Times"', False),
]


@pytest.mark.parametrize(("label", "isolated"), ISOLATION)
def test_labels_that_need_it_are_isolated(label, isolated):
    from components.safe import FSI, PDI, from_plotly_text, isolate, plotly_text

    assert (isolate(label) == f"{FSI}{label}{PDI}") is isolated
    assert from_plotly_text(plotly_text(label)) == label  # a clicked label is its source's
