"""Loading the YAML lexicons that sit beside the code, normalized for matching."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from functools import cache, wraps
from importlib.resources import files
from pathlib import Path
from typing import Final

import yaml

from analysis.normalize import normalize_ar

# Beside the package's sources (its __init__.py), also when a module is the compiled one,
# loaded from .native/ (analysis.native).
LEXICON_DIR: Final = Path(str(files("analysis"))) / "lexicons"
_MISSING: Final = object()


def derive_fields(instance: object) -> None:
    """Set each `field(init=False)` of a frozen dataclass from its `_derive_<name>` method, in
    the order the fields are declared (one may read those before it). Derived once, at load,
    instead of a functools.cached_property: compiled (analysis.native), that would run its body
    at every access."""
    for declared in fields(instance):  # type: ignore[arg-type]
        if not declared.init:
            value = getattr(instance, f"_derive_{declared.name.lstrip('_')}")()
            object.__setattr__(instance, declared.name, value)


def memoized(limit: int) -> Callable[[Callable], Callable]:
    """Memoizes a function of one word, as `functools.lru_cache` would, in a plain dict emptied
    when it holds `limit` entries. An lru_cache keeps one linked-list cell per entry, and with
    a few caches of the archive's vocabulary those are hundreds of thousands of objects each
    garbage collection has to visit: analysis ran a quarter slower for them."""

    def wrap(function: Callable) -> Callable:
        found_before: dict = {}

        @wraps(function)
        def cached(word):
            found = found_before.get(word, _MISSING)
            if found is _MISSING:
                if len(found_before) >= limit:
                    found_before.clear()
                found = found_before[word] = function(word)
            return found

        return cached

    return wrap


@cache
def load(name: str) -> dict:
    with (LEXICON_DIR / f"{name}.yaml").open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def normalized_set(words) -> frozenset[str]:
    return frozenset(normalize_ar(str(word)) for word in words)


def normalized_phrases(phrases) -> frozenset[tuple[str, ...]]:
    """Phrases of a word list as tuples of normalized words (في ظل → ("في", "ظل"))."""
    return frozenset(tuple(normalize_ar(str(phrase)).split()) for phrase in phrases)


def strip_article(word: str) -> str:
    """Normalized word without ال (and the ل of لل): الأميركي -> اميركي, للمساعدات -> مساعدات."""
    if word.startswith("ال") and len(word) > 3:
        return word[2:]
    if word.startswith("لل") and len(word) > 3:
        return word[2:]
    return word


PROCLITICS: Final = ("وب", "فب", "ول", "فل", "وك", "و", "ف", "ب", "ل", "ك")
_CLITIC_LETTERS: Final = frozenset(c[0] for c in PROCLITICS)


@memoized(1 << 18)
def stems(word: str) -> tuple[str, ...]:
    """The word, and the word without a proclitic and/or the article (most specific first).
    Cached: news vocabulary repeats, and this runs for most tokens."""
    out = [word]
    if word[:1] in _CLITIC_LETTERS:  # (most words start with none: ال، a root letter)
        out += [word[len(c) :] for c in PROCLITICS if word.startswith(c) and len(word) - len(c) >= 2]
    out += [form[2:] for form in out if len(form) > 3 and form.startswith(("ال", "لل"))]
    return tuple(out)


def written_forms(words) -> set[str]:
    """Every written form whose `stems` may include one of `words` (a proclitic, then ال or لل,
    then the word): a superset that callers filter by their own test, so that a paragraph's
    vocabulary can be intersected with it instead of read word by word."""
    return {
        clitic + article + word
        for word in words
        for clitic in ("", *PROCLITICS)
        for article in ("", "ال", "لل")
    }
