"""analysis/ is a plain library: it imports no UI library."""

from __future__ import annotations

import ast

from tests.conftest import ROOT

UI_LIBRARIES = {"streamlit", "plotly", "kaleido", "matplotlib", "arabic_reshaper", "bidi"}


def imported_modules(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module.split(".")[0]


def test_analysis_imports_no_ui_library():
    offenders = {
        (path.name, module)
        for path in (ROOT / "analysis").rglob("*.py")
        for module in imported_modules(path)
        if module in UI_LIBRARIES
    }
    assert offenders == set()
