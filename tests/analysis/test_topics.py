"""Topic mentions: clitics, the article, diacritics, multi-word terms, and word sense."""

from __future__ import annotations

import json
from collections import Counter

from analysis import analyse_article, load_topics, make_article, read_paths
from analysis.topics import find_mentions
from tests.conftest import SEED_ARTICLE


def topics_in(text: str, index=None) -> list[tuple[str, str]]:
    article = make_article("t.txt", "عنوان\n" + text)
    return [(m.topic, m.term) for m in find_mentions(article, index or load_topics())]


def test_clitics_article_and_diacritics():
    assert topics_in("ورفح وبرفح ولرفح والرهائن للمساعدات المختطَفين") == [
        ("rafah", "ورفح"),
        ("rafah", "وبرفح"),
        ("rafah", "ولرفح"),
        ("hostages", "والرهائن"),
        ("aid", "للمساعدات"),
        ("hostages", "المختطَفين"),
    ]


def test_multi_word_term_is_one_mention():
    assert topics_in("تبادُل أسرى مع حماس") == [("hostages", "تبادُل أسرى")]


def test_helping_is_not_aid_but_humanitarian_help_is():
    assert topics_in("أعرب عن استعداده لمساعدة إسرائيل") == []
    assert topics_in("قدمت مساعدة إنسانية عاجلة") == [("aid", "مساعدة إنسانية")]


def test_user_topics_from_yaml(tmp_path):
    extra = tmp_path / "topics.yaml"
    extra.write_text(
        "topics:\n  - id: nuseirat\n    label: {ar: النصيرات, en: Nuseirat}\n"
        "    terms: [النصيرات, مخيم النصيرات]\n",
        encoding="utf-8",
    )
    index = load_topics(extra)
    assert topics_in("اجتماع في مخيم النصيرات ورفح", index) == [
        ("nuseirat", "مخيم النصيرات"),
        ("rafah", "ورفح"),
    ]


def test_seed_topic_counts_are_the_annotated_ones():
    [article] = read_paths([SEED_ARTICLE])
    paras = {}
    for mention in find_mentions(article):
        paras.setdefault(mention.topic, []).append(mention.para)
    assert paras["rafah"] == [3, 7, 9, 12, 13, 13]
    assert paras["aid"] == [3, 10]
    assert paras["hostages"] == [0, 1, 4, 6]


def test_seed_topic_counts_equal_the_shared_gold(shared):
    [article] = read_paths([SEED_ARTICLE])
    counted = Counter((m.topic, m.para) for m in find_mentions(article))
    gold_file = shared / "gold" / "000_628b6a840abc538b.topics.jsonl"
    for line in gold_file.read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        expected = Counter((gold["topic"], p) for p in gold["paras"])
        assert {k: v for k, v in counted.items() if k[0] == gold["topic"]} == expected


def test_quotes_list_the_topics_they_mention():
    result = analyse_article(make_article("t.txt", "عنوان\nقال الوزير إن المساعدات لم تصل إلى رفح."))
    assert result.quotes[0].topics == ("aid", "rafah")


def test_each_mention_knows_its_quote_and_each_quote_its_topics():
    """One link between mentions and quotes (`Mention.quote`), which the store and the page
    read too: a quote's topics are those of the mentions it holds."""
    from analysis import analyse_article, make_article

    result = analyse_article(
        make_article(
            "a.txt",
            "عنوان\nقال الوزير محمد مصطفى إن المساعدات لم تصل "
            "إلى رفح، مضيفاً أن الأسرى بخير. وعاد النازحون إلى رفح.",
        )
    )
    quotes, mentions = result.quotes, result.mentions
    assert [q.topics for q in quotes] == [("aid", "rafah"), ("hostages",)]
    held = [(m.term, m.quote) for m in mentions]
    assert held[:3] == [("المساعدات", 0), ("رفح", 0), ("الأسرى", 1)]
    assert held[3:] and all(quote is None for _, quote in held[3:])  # (the narration's)
