"""The article reader marks quotes, cues and topics, and never lets article text become markup."""

from __future__ import annotations

import pytest

from analysis import analyse_corpus, make_article
from components.data import build_frames
from components.reader import article_html, legend_html

PAYLOAD = '<script>alert("x")</script><img src=x onerror="alert(1)">'


def frames_for(text: str):
    return build_frames(analyse_corpus([make_article("a.txt", text)]))


def test_quotes_cues_and_topics_are_marked():
    frames = frames_for("عنوان\nقال الوزير محمد مصطفى إن المساعدات لم تصل إلى رفح.")
    page = article_html(frames.articles["text"][0], frames.quotes, frames.mentions, {"محمد مصطفى": "#1f77b4"})
    assert 'title="محمد مصطفى' in page
    assert "font-weight:700" in page  # the cue
    assert "underline" in page  # topic terms
    assert page.count('dir="auto"') == 2


def test_article_text_and_names_are_escaped():
    frames = frames_for(f'عنوان {PAYLOAD}\nقال الوزير {PAYLOAD} إن "{PAYLOAD} في رفح".')
    speakers = frames.quotes["speaker"].tolist()
    page = article_html(
        frames.articles["text"][0], frames.quotes, frames.mentions, dict.fromkeys(speakers, "#000000")
    )
    page += legend_html([PAYLOAD, *speakers], {}, "ar")
    assert "<script" not in page and "<img" not in page
    assert "&lt;script&gt;" in page


def test_the_words_naming_the_speaker_are_marked():
    """speaker_start/speaker_end, a field of the quote record, reach the reader through the
    page's tables (frames here; a store in tests/test_app.py) without being restated."""
    frames = frames_for("عنوان\nقال الوزير محمد مصطفى إن المساعدات لم تصل إلى رفح.")
    quote = frames.quotes.iloc[0]
    text = frames.articles["text"][0]
    assert text[int(quote["speaker_start"]) : int(quote["speaker_end"])] == "الوزير محمد مصطفى"
    page = article_html(text, frames.quotes, frames.mentions, {"محمد مصطفى": "#1f77b4"})
    marked = page.split("border-bottom:3px double #1f77b4")[1].split("</span>")[0]
    assert "الوزير" in marked or "محمد مصطفى" in marked


def test_why_this_speaker_says_the_rule_and_the_words_written():
    from analysis import make_article
    from analysis.explain import explain_article
    from components.reader import why_this_speaker

    article = make_article(
        "t.txt", "عنوان\nقال وزير الدفاع يوآف غالانت إن الحرب طويلة.\nوأضاف أن العملية مستمرة."
    )
    first, second = (e.as_dict() for e in explain_article(article))
    assert why_this_speaker(first, "ar") == (
        "لماذا هذا المتحدث: الاسم الذي يلي فعل القول فاعلُه — "
        "كُتب في الجملة «وزير الدفاع يوآف غالانت» → يوآف غالانت"
    )
    assert "not named in this sentence → يوآف غالانت" in why_this_speaker(second, "en")


def test_the_chosen_quote_is_one_outlined_element_with_the_scroll_target():
    frames = frames_for("عنوان\nقال الوزير محمد مصطفى إن المساعدات لم تصل إلى رفح بعد.")
    quote = frames.quotes.iloc[0]
    text = frames.articles["text"][0]
    page = article_html(
        text, frames.quotes, frames.mentions, {}, focus=(int(quote["start"]), int(quote["end"]))
    )
    # one wrapper, however many marks (topic terms) lie inside the quote
    assert page.count('class="qawl-focus"') == 1 and page.count('id="qawl-focus"') == 1
    inside = page.split('id="qawl-focus">')[1]
    assert "المساعدات" in inside and "رفح" in inside
    assert 'id="qawl-focus"' not in article_html(text, frames.quotes, frames.mentions, {})


def test_a_quote_over_two_paragraphs_is_outlined_in_each_with_one_target():
    text = 'عنوان\nقال الوزير: "الحرب طويلة\nوالمساعدات لن تصل".'
    page = article_html(text, frames_for(text).quotes, frames_for(text).mentions, {}, focus=(19, 48))
    assert page.count('class="qawl-focus"') == 2 and page.count('id="qawl-focus"') == 1


SEARCHES = [
    # (text, search, marked words) — matched as the filter matches: diacritics, alef forms
    ("قال إن المساعدات وصلت", "المساعدات", ["المساعدات"]),
    ("قال إن المُساعَدات وصلت", "المساعدات", ["المُساعَدات"]),
    ("أكد أن الإغاثة مستمرة", "الاغاثة", ["الإغاثة"]),
    ("قال إن المساعدات وصلت", "رفح", []),  # must not: absent
    ("قال إن المساعدات وصلت", "   ", []),  # must not: an empty search marks nothing
]


@pytest.mark.parametrize(("text", "search", "marked"), SEARCHES)
def test_search_words_are_found_in_the_original_text(text, search, marked):
    from components.reader import search_spans

    assert [text[s:e] for s, e in search_spans(text, search)] == marked


def test_table_cells_holding_the_search_are_marked():
    import pandas as pd

    from components.reader import search_cell_styles

    frame = pd.DataFrame({"speaker": ["أوستن", "غالانت"], "content": ["المُساعَدات", "الحرب"]})
    styles = search_cell_styles(frame, "المساعدات", ["speaker", "content"])
    assert styles.loc[0, "content"] and not styles.loc[1, "content"] and not styles.loc[0, "speaker"]
    assert not search_cell_styles(frame, "", ["content"]).any().any()
