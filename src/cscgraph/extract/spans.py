"""Spans in text: choosing among overlapping matches, and the pieces between separators."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol, TypeVar


class _Spanned(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=_Spanned)


def leftmost_longest(matches: Iterable[S]) -> list[S]:
    """Non-overlapping matches in text order: where two overlap, the one starting first (then the longer) wins.

    >>> from cscgraph.models import Span
    >>> [s.text for s in leftmost_longest([Span(0, 4, "care"), Span(0, 11, "care review"), Span(5, 11, "review")])]
    ['care review']
    """
    kept: list[S] = []
    for match in sorted(matches, key=lambda m: (m.start, -(m.end - m.start))):
        if kept and match.start < kept[-1].end:
            continue
        kept.append(match)
    return kept


def pieces(separator: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """(start, end) of each piece of `text` between matches of `separator`, in order.

    >>> pieces(re.compile(r",\\s*|\\s+and\\s+"), "cap fees, ban profits and end waits")
    [(0, 8), (10, 21), (26, 35)]
    """
    cuts = list(separator.finditer(text))
    return list(zip([0, *(c.end() for c in cuts)], [*(c.start() for c in cuts), len(text)]))
