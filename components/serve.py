"""Start the dashboard with the page's modules already loaded:

    python -m components.serve [STREAMLIT OPTIONS] [-- PATH]

(the arguments of `streamlit run app.py`). Streamlit runs every reader's script in the server's
own process, and the first script run of a freshly started server imported the page's modules:
camel-tools' character tables, pandas, Plotly and the lexicons, 1.4 s of a 4-second first view
on a 3,000-article store. Imported here, before the server answers, the first reader finds them
loaded like every later one.
"""

from __future__ import annotations

import sys
from pathlib import Path

APP = Path(__file__).resolve().parent.parent / "app.py"
# What app.py imports, and what its first run loads besides: Streamlit's emoji table (the page
# icon is checked against it) and its v2 components (the charts).
PAGE_MODULES = (
    "analysis",
    "components.charts",
    "components.export",
    "components.filters",
    "components.loading",
    "components.profile",
    "components.reader",
    "components.show",
    "streamlit.emojis",
)


def main(argv: list[str]) -> int:
    import importlib

    for module in PAGE_MODULES:
        importlib.import_module(module)
    from streamlit.web import cli

    sys.argv = ["streamlit", "run", str(APP), *argv]
    cli.main()  # (Streamlit's command line: it exits with the server)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
