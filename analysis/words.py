"""Word counts of quotes (for word clouds): normalized words, function words left out."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import cache
from operator import itemgetter
from typing import Final

from analysis.lexicon import LEXICON_DIR, strip_article
from analysis.normalize import normalize_ar

# Letters with their diacritics and tatweel (combining marks are not \w).
_WORD: Final = re.compile(r"(?:[^\W\d_]|[\u064B-\u065F\u0670\u0640])+")


@cache
def stopwords() -> frozenset[str]:
    lines = (LEXICON_DIR / "stopwords.txt").read_text(encoding="utf-8").splitlines()
    words = {normalize_ar(w.strip()) for w in lines if w.strip() and not w.startswith("#")}
    return frozenset(words | {w[1:] for w in words if w.startswith("و")})


def word_counts(texts: Iterable[str], top: int = 60) -> list[tuple[str, int]]:
    """The most frequent content words, counted on the normalized form without ال, each shown
    as the surface form it most often takes."""
    written: Counter[str] = Counter()
    for text in texts:
        written.update(_WORD.findall(text))
    # Each distinct written form is normalized once (in order of first use, so that ties keep
    # the order in which words first appear).
    counts: Counter[str] = Counter()
    surfaces: dict[str, dict[str, int]] = {}
    stop = stopwords()
    for surface, n in written.items():
        key = normalize_ar(surface)
        if key in stop or len(key) < 3:
            continue
        if key.startswith(("وال", "فال", "بال", "كال")):
            key = key[1:]
        key = strip_article(key)
        counts[key] += n
        forms = surfaces.setdefault(key, {})
        forms[surface] = forms.get(surface, 0) + n
    return [(max(surfaces[key].items(), key=itemgetter(1))[0], n) for key, n in counts.most_common(top)]
