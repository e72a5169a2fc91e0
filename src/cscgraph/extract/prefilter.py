"""Literal words a regular expression cannot match without: a cheap test that rules a pattern out of a text before
the pattern itself runs (most patterns of a long rule list match in few sentences).

`required_words(pattern)` reads the parsed pattern: a literal run is required; of a sequence, the element with the
longest required words is kept; of alternatives, the union. Comparison is case-insensitive, on `fold(text)`, which
maps every character that matches a literal under `re.IGNORECASE` to the literal's lower case, so the test never
rules out a text the pattern matches, with or without that flag.
"""

from __future__ import annotations

import re
from re import _constants as C  # the parser's node codes (private, but stable since 3.11)
from re import _parser
from typing import Any

__all__ = ["required_words", "fold", "may_match"]

# Characters IGNORECASE matches to an ASCII letter that `str.lower` does not lower to it ("İ" lowers to two), and that
# letter (replaced one by one: `str.translate` with a table costs some 15 times more on a whole body).
_FOLD = (("\u0130", "i"), ("\u0131", "i"), ("\u017f", "s"))
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)


def fold(text: str) -> str:
    """`text` lower-cased as IGNORECASE compares it.

    >>> fold("ProposEd ſtrategy")
    'proposed strategy'
    """
    for char, letter in _FOLD:
        text = text.replace(char, letter)
    return text.lower()


def required_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Folded strings one of which stands in every match of `pattern`, or None when none are known.

    >>> sorted(required_words(re.compile(r"\\b(?:the\\s+)?(?:Sunak|May)\\s+government|\\bTory\\s+ministers")))
    ['government', 'ministers']
    >>> required_words(re.compile(r"\\w+(?:ly)?")) is None
    True
    """
    return _sequence(_parser.parse(pattern.pattern, pattern.flags))


def may_match(words: frozenset[str] | None, folded: str) -> bool:
    """False only when `pattern` (of those `words`) cannot match the text folded to `folded`."""
    return words is None or any(word in folded for word in words)


def _sequence(items: Any) -> frozenset[str] | None:
    """Required words of a parsed sequence (a SubPattern or list of (op, argument) nodes)."""
    best: frozenset[str] | None = None
    run: list[str] = []
    for op, av in list(items) + [(None, None)]:
        if op is C.LITERAL and _uncased_or_ascii(chr(av)):
            run.append(fold(chr(av)))
            continue
        candidates = [frozenset({"".join(run)})] if run else []
        run = []
        candidates.append(_node(op, av))
        for words in candidates:
            if words and (best is None or min(map(len, words)) > min(map(len, best))):
                best = words
    return best


def _node(op: Any, av: Any) -> frozenset[str] | None:
    if op is C.SUBPATTERN:
        return _sequence(av[-1])
    if op is C.ATOMIC_GROUP:
        return _sequence(av)
    if op in _REPEATS and av[0] >= 1:
        return _sequence(av[2])
    if op is C.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            words = _sequence(branch)
            if not words:
                return None
            union |= words
        return frozenset(union)
    return None


def _uncased_or_ascii(ch: str) -> bool:
    """Whether IGNORECASE matches `ch` only to characters that `fold` maps to `fold(ch)` (checked for ASCII)."""
    return ch.isascii() or ch.lower() == ch.upper()
