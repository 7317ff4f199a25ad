"""The article reader: the article as escaped HTML with quotes, cues and topic terms marked.

Every piece of text from an article goes through html.escape: nothing in an article can become
markup or script. Paragraphs are RTL blocks with dir="auto" so mixed Arabic/Latin lines keep
their own direction.
"""

from __future__ import annotations

import hashlib
import html
import re

import pandas as pd

from analysis.normalize import MatchText, normalize_ar
from components.i18n import RULES_AR, t

# The element the page scrolls to when a quote is chosen (one per page: the reader's focus).
FOCUS_ID = "qawl-focus"


def _marks(
    article_text: str, quotes: pd.DataFrame, mentions: pd.DataFrame, colours: dict[str, str]
) -> list[tuple[int, int, str]]:
    """(start, end, kind) boundaries: quote spans, cue words, the words naming the speaker
    (where the paragraph names them), topic terms."""
    marks = []
    for row in quotes.itertuples():
        colour = colours.get(row.speaker, "#9e9e9e")
        marks.append((row.start, row.end, f"quote|{colour}|{row.speaker}"))
        marks.append((row.cue_start, row.cue_end, "cue"))
        if not pd.isna(row.speaker_start) and not pd.isna(row.speaker_end):
            marks.append((int(row.speaker_start), int(row.speaker_end), f"speaker|{colour}"))
    for row in mentions.itertuples():
        marks.append((row.start, row.end, f"topic|{row.topic}"))
    return marks


def search_spans(text: str, search: str) -> list[tuple[int, int]]:
    """Where the words of a search stand in `text`, matched as the search filter matches them
    (normalized: diacritics, alef and ta marbuta forms, case), as spans of the original text."""
    term = normalize_ar(search.strip())
    if not term:
        return []
    match = MatchText.of(text)
    if len(match.text) != len(text) - len(match._gaps):
        return []  # (a character whose lower case is longer: offsets would drift)
    return [match.span_to_original(m.start(), m.end()) for m in re.finditer(re.escape(term), match.text)]


def search_cell_styles(frame: pd.DataFrame, search: str, columns: list[str]) -> pd.DataFrame:
    """CSS for each cell of `frame`: the cells of `columns` holding the search marked (what a
    table can mark: the words themselves are marked in the reader)."""
    term = normalize_ar(search.strip())
    styles = pd.DataFrame("", index=frame.index, columns=frame.columns)
    if term:
        for column in columns:
            held = frame[column].map(lambda value: term in normalize_ar(str(value)))
            styles.loc[held, column] = "background-color: #fff59d; color: #000"
    return styles


def article_html(
    article_text: str,
    quotes: pd.DataFrame,
    mentions: pd.DataFrame,
    colours: dict[str, str],
    focus: tuple[int, int] | None = None,
    search: str = "",
) -> str:
    """The article, one paragraph a block, with every mark as a styled span; the chosen quote
    (`focus`) is one outlined element per paragraph it covers (the first carries `FOCUS_ID`),
    the words of the search are marked."""
    marks = _marks(article_text, quotes, mentions, colours)
    marks += [(s, e, "search") for s, e in search_spans(article_text, search)]
    cuts = sorted(
        {0, len(article_text)}
        | {p for s, e, _ in marks for p in (s, e)}
        | set(focus or ())
        | {i for i, ch in enumerate(article_text) if ch == "\n"}
        | {i + 1 for i, ch in enumerate(article_text) if ch == "\n"}
    )
    blocks: list = []
    current: list = []
    focused, focus_id = False, f' id="{FOCUS_ID}"'

    def close_focus() -> None:
        nonlocal focused
        if focused:
            current.append("</span>")
            focused = False

    for start, end in zip(cuts, cuts[1:], strict=False):
        piece = article_text[start:end]
        if piece == "\n":
            close_focus()
            blocks.append("".join(current))
            current = []
            continue
        inside = focus is not None and focus[0] <= start and end <= focus[1] and start < end
        if inside and not focused:
            current.append(f'<span class="qawl-focus"{focus_id}>')
            focused, focus_id = True, ""
        elif not inside:
            close_focus()
        active = [kind for s, e, kind in marks if s <= start and end <= e and s < e]
        current.append(_styled(piece, active))
    close_focus()
    blocks.append("".join(current))
    paragraphs = "".join(
        f'<p dir="auto" class="qawl-para{" qawl-title" if i == 0 else ""}">{block}</p>'
        for i, block in enumerate(blocks)
    )
    return f'<div class="qawl-article" dir="rtl">{paragraphs}</div>'


def _styled(piece: str, active: list[str]) -> str:
    text = html.escape(piece)
    style, titles = [], []
    for kind in active:
        if kind.startswith("quote|"):
            _, colour, speaker = kind.split("|", 2)
            style.append(f"background:{colour}2e;border-bottom:2px solid {colour}")
            titles.append(speaker)
        elif kind == "cue":
            style.append("font-weight:700;color:#4a148c")
        elif kind.startswith("speaker|"):
            style.append(f"border-bottom:3px double {kind.split('|', 1)[1]}")
        elif kind.startswith("topic|"):
            style.append("text-decoration:underline dotted 2px;text-underline-offset:4px")
            titles.append(kind.split("|", 1)[1])
        elif kind == "search":
            style.append("background:#ffeb3b;color:#000")
    if not style:
        return text
    title = html.escape(" · ".join(titles), quote=True)
    return f'<span style="{";".join(style)}" title="{title}">{text}</span>'


def legend_html(speakers: list[str], colours: dict[str, str], lang: str) -> str:
    items = "".join(
        f'<span class="qawl-chip" style="background:{colours.get(s, "#9e9e9e")}2e;'
        f'border-bottom:2px solid {colours.get(s, "#9e9e9e")}"><bdi>{html.escape(s)}</bdi></span>'
        for s in speakers
    )
    return (
        f'<div class="qawl-legend" dir="auto">{items}'
        f'<span class="qawl-chip" style="font-weight:700;color:#4a148c">'
        f"{html.escape(t('legend_cue', lang))}</span>"
        f'<span class="qawl-chip" style="border-bottom:3px double #555">'
        f"{html.escape(t('legend_speaker', lang))}</span>"
        f'<span class="qawl-chip" style="text-decoration:underline dotted 2px">'
        f"{html.escape(t('legend_topic', lang))}</span></div>"
    )


STYLE = """<style>
.qawl-article { font-size: 1.1rem; line-height: 2.1; text-align: start; }
.qawl-para { margin: 0 0 .8em 0; unicode-bidi: plaintext; }
.qawl-title { font-weight: 700; font-size: 1.25rem; }
.qawl-legend { display: flex; flex-wrap: wrap; gap: .4em; margin: .4em 0 1em 0; }
.qawl-chip { padding: 0 .4em; border-radius: 3px; }
.qawl-link { display: block; direction: ltr; text-align: left; user-select: all; word-break: break-all;
  padding: .5em .75em; background: #f0f2f6; border-radius: .4em; font-size: .85rem; }
.qawl-focus { outline: 2px solid #ff6f00; outline-offset: 2px; border-radius: 2px;
  -webkit-box-decoration-break: clone; box-decoration-break: clone; scroll-margin: 30vh; }
</style>"""


# The page keeps the chosen quote in view while what stands above it is still drawn (charts,
# from a link opened fresh): until it has stood still in view this long, at most KEEP_IN_VIEW_MS,
# and never once the person scrolls.
STILL_MS = 1500
KEEP_IN_VIEW_MS = 20000


def scroll_to_focus_script(key: str) -> str:
    """A script that brings the reader's chosen quote into the middle of the window and keeps
    it there while the page above it settles (`key` names the quote, so that choosing another
    quote runs it again)."""
    tag = hashlib.sha1(key.encode()).hexdigest()[:12]
    return (
        f"<script>/* {tag} */ (() => {{"
        f" const until = Date.now() + {KEEP_IN_VIEW_MS}; let moved = false, top = null, since = 0;"
        " for (const e of ['wheel', 'touchstart', 'keydown'])"
        "   window.addEventListener(e, () => { moved = true; }, {once: true, capture: true});"
        " const keep = () => {"
        f'   const el = document.getElementById("{FOCUS_ID}");'
        "   if (moved || Date.now() > until) return;"
        "   if (el) {"
        "     let r = el.getBoundingClientRect();"
        "     if (r.top < 0 || r.bottom > window.innerHeight) {"
        '       el.scrollIntoView({block: "center", behavior: "instant"});'
        "       r = el.getBoundingClientRect();"
        "     }"
        "     if (top === null || Math.abs(r.top - top) > 1) { top = r.top; since = Date.now(); }"
        f"     else if (Date.now() - since > {STILL_MS}) return;"
        "   }"
        "   setTimeout(keep, 200);"
        " };"
        " setTimeout(keep, 150);"
        " })();</script>"
    )


# Arabic interface: text blocks read right to left, the layout is mirrored; charts keep their
# own layout.
RTL_STYLE = """<style>
[data-testid="stMain"] h1, [data-testid="stMain"] h2, [data-testid="stMain"] h3,
[data-testid="stMarkdownContainer"], [data-testid="stMetric"], [data-testid="stCaptionContainer"],
[data-testid="stSidebar"] label, [data-testid="stExpander"] summary, [data-testid="stAlert"] {
  direction: rtl; text-align: right; }
/* the page mirrored: the sidebar on the right, columns from right to left */
[data-testid="stAppViewContainer"] { flex-direction: row-reverse; }
[data-testid="stHorizontalBlock"] { flex-direction: row-reverse; }
</style>"""


def why_this_speaker(reason: dict, lang: str) -> str:
    """One line on how the extractor chose a quote's speaker: the rule, and the words the
    sentence used for them when they differ from the name shown (`analysis.explain`)."""
    rule = RULES_AR.get(reason["rule"], reason["rule_text"]) if lang == "ar" else reason["rule_text"]
    written = reason.get("written")
    named = t("written_here", lang).format(written=written) if written else t("not_named_here", lang)
    return f"{t('why_speaker', lang)}{rule} — {named} → {reason['speaker']}"
