"""Split an article body into sentences with offsets: the unit of evidence for every fact."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from cscgraph.models import Evidence

# A sentence ends at . ! ? (optionally followed by closing quotes/brackets) before whitespace and an opening
# capital, digit, quote or bracket: "…in 2022. The review…", "…thrive,” she added. “We…".
_SENTENCE_END = re.compile(r"""[.!?]["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9£])""")
# Abbreviations whose full stop does not end a sentence ("Dr Smith" has none in British copy, but "St." and
# initials do occur).
_NO_BREAK_BEFORE = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|No|vs|etc|Cllr|Rt|Hon|Co|Ltd|Inc|approx|e\.g|i\.e)|\b[A-Z])\.$")


@dataclass(frozen=True)
class SentenceIndex:
    """The sentences of one body, findable by offset."""

    sentences: tuple[Evidence, ...]
    body: str
    starts: tuple[int, ...] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "starts", tuple(s.start for s in self.sentences))

    def at(self, offset: int) -> Evidence:
        """The sentence containing `offset` (or the last one before it)."""
        i = max(0, bisect_right(self.starts, offset) - 1)
        return self.sentences[i]

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
    for para in re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]+)*", body):
        p_start, text = para.start(), para.group()
        cut = 0
        for m in _SENTENCE_END.finditer(text):
            if _NO_BREAK_BEFORE.search(text[cut:m.start() + 1]):
                continue
            _append(out, body, p_start + cut, p_start + m.end())
            cut = m.end()
        _append(out, body, p_start + cut, p_start + len(text))
    return SentenceIndex(tuple(out), body)


def _append(out: list[Evidence], body: str, start: int, end: int) -> None:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Evidence(start, end, body[start:end]))
