"""Text on its way out of Qawl, made harmless for where it goes: a terminal line (no control or
bidi-override characters that forge lines or reverse words), a spreadsheet cell (no formula,
OWASP's CSV-injection advice)."""

from __future__ import annotations

import re

# C0/C1 controls, and the bidi embeddings, overrides and isolates (U+202A-202E, U+2066-2069)
# and marks (U+200E/F, U+061C) that reorder what a terminal shows.
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def printable(text: str) -> str:
    """One terminal line: control and bidi characters shown as escapes (\\n, \\u202e)."""
    return _CONTROLS.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def spreadsheet_cell(value):
    """A cell a spreadsheet will not run: text starting like a formula gets a leading '."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value
