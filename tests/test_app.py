"""The page, run by Streamlit's AppTest."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT


def test_default_page_shows_the_seed_quotes():
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    assert not app.exception
    assert app.metric[0].value == "1"
    quotes = app.dataframe[0].value
    assert "يوآف غالانت" in set(quotes["speaker"])
