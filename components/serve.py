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


WARM_SECONDS = 600  # a first view of the whole archive's store takes seconds, not minutes


def warm(argv: list[str]) -> None:
    """Run the page once, headless, before the server answers: the store opened, the filters'
    options and the first view computed in the process's caches, which every session shares —
    so its first reader waits no longer than the next. (A failure here only leaves the work to
    that reader.)"""
    from streamlit.testing.v1 import AppTest

    saved = sys.argv
    # (what `streamlit run app.py -- PATH` gives the script: its own path, then PATH)
    sys.argv = [str(APP), *(argv[argv.index("--") + 1 :] if "--" in argv else [])]
    try:
        AppTest.from_file(str(APP), default_timeout=WARM_SECONDS).run()
    except Exception as error:  # noqa: BLE001 (any failure: the page itself will report it)
        print(f"qawl: the page was not warmed ({type(error).__name__}: {error})", file=sys.stderr)
    finally:
        sys.argv = saved


def main(argv: list[str]) -> int:
    import importlib

    for module in PAGE_MODULES:
        importlib.import_module(module)
    from components.loading import load_extractor

    load_extractor()  # (a store's page never analyses, until a quote is chosen in it)
    warm(argv)
    from streamlit.web import cli

    sys.argv = ["streamlit", "run", str(APP), *argv]
    cli.main()  # (Streamlit's command line: it exits with the server)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
