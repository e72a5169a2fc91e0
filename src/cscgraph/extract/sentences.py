"""Split an article body into sentences with offsets: the unit of evidence for every fact."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from cscgraph.extract.patterns.text import (ABBREVIATION_WITHIN, HYPHEN_ITEM, HYPHEN_LIST_OPENING, INLINE_BULLET,
                                           NO_BREAK_BEFORE, PARAGRAPH, SENTENCE_END)
from cscgraph.models import Evidence


@dataclass(frozen=True)
class SentenceIndex:
    """The sentences of one body, findable by offset."""

    sentences: tuple[Evidence, ...]
    body: str
    starts: tuple[int, ...] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "starts", tuple(s.start for s in self.sentences))

    def number(self, offset: int) -> int:
        """The index in `sentences` of the sentence containing `offset` (or the last one before it)."""
        return max(0, bisect_right(self.starts, offset) - 1)

    def at(self, offset: int) -> Evidence:
        """The sentence containing `offset` (or the last one before it)."""
        return self.sentences[self.number(offset)]

    def covering(self, start: int, end: int) -> Evidence:
        """One evidence span running from the sentence of `start` to the sentence of `end - 1`."""
        first, last = self.at(start), self.at(max(start, end - 1))
        if first == last:
            return first
        body_start, body_end = first.start, last.end
        return Evidence(body_start, body_end, self.body[body_start:body_end])


def split_sentences(body: str) -> SentenceIndex:
    """Sentences of `body`, never crossing a paragraph break.

    >>> [s.text for s in split_sentences("It rose. Then fell.\\n\\nNew one").sentences]
    ['It rose.', 'Then fell.', 'New one']
    """
    out: list[Evidence] = []
    for para in PARAGRAPH.finditer(body):
        p_start, text = para.start(), para.group()
        cut = 0
        ends = [m.end() for m in SENTENCE_END.finditer(text)
                if not NO_BREAK_BEFORE.search(text, max(0, m.start() - ABBREVIATION_WITHIN), m.start() + 1)]
        opening = HYPHEN_LIST_OPENING.search(text)
        items = [m.start() for m in HYPHEN_ITEM.finditer(text, opening.start())] if opening else []
        for end in sorted({*ends, *(m.start() for m in INLINE_BULLET.finditer(text)), *items}):
            _append(out, body, p_start + cut, p_start + end)
            cut = end
        _append(out, body, p_start + cut, p_start + len(text))
    return SentenceIndex(tuple(out), body)


def _append(out: list[Evidence], body: str, start: int, end: int) -> None:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Evidence(start, end, body[start:end]))
