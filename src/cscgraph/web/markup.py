"""An article body as HTML with its marked spans (mentions, quotes, amounts, evidence sentences) highlighted.

The text is never trusted: every piece of it is escaped, and the only markup is the elements built here around
character offsets into `schema:articleBody` (Python `str` indices, as the pipeline writes them). Spans may overlap
and cross each other; at every offset where the set of spans covering the text changes, elements are closed and
reopened so the HTML stays well nested. A fragment of a split span repeats its class but not its `id`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from markupsafe import Markup, escape

__all__ = ["Span", "mark_up", "paragraph_of"]

# Outermost first: a sentence holds quotes, a quote holds names and amounts.
_LAYER = {"sentence": 0, "highlight": 1, "quote": 2, "mention": 3, "funding": 3}
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class Span:
    """A stretch of the body: kind is sentence, highlight, quote, mention or funding."""

    start: int
    end: int
    kind: str
    href: str = ""
    """Where it links (mentions and amounts), '' for none."""
    title: str = ""
    """Tooltip: what the span is (the entity's name, the speaker, the amount)."""
    anchor: str = ""
    """The element id of its first fragment (`s-120-245`, `quote-3`), '' for none."""
    css: str = ""
    """Extra classes, e.g. the entity kind for mentions."""


def paragraphs(body: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph of the body (blank-line separated), non-empty ones only."""
    out, position = [], 0
    for match in _PARAGRAPH_BREAK.finditer(body):
        out.append((position, match.start()))
        position = match.end()
    out.append((position, len(body)))
    return [(s, e) for s, e in out if body[s:e].strip()]


def paragraph_of(body: str, start: int, end: int) -> tuple[int, int]:
    """The paragraph (start, end) holding offset `start` (extended to cover `end` when a span crosses paragraphs)."""
    found = [(s, e) for s, e in paragraphs(body) if e > start and s < end]
    if not found:
        return 0, len(body)
    return found[0][0], found[-1][1]


def _open(span: Span, as_link: bool, first: bool) -> str:
    classes = " ".join(c for c in (span.kind, span.css, "" if first else "cont") if c)
    attrs = f' class="{escape(classes)}"'
    if first and span.anchor:
        attrs += f' id="{escape(span.anchor)}"'
    if span.title:
        attrs += f' title="{escape(span.title)}"'
    if as_link:
        return f'<a href="{escape(span.href)}"{attrs}>'
    tag = "mark" if span.kind == "highlight" else "span"
    return f"<{tag}{attrs}>"


def _close(span: Span, as_link: bool) -> str:
    if as_link:
        return "</a>"
    return "</mark>" if span.kind == "highlight" else "</span>"


def mark_up(body: str, spans: Iterable[Span], window: tuple[int, int] | None = None) -> list[Markup]:
    """The body (or the paragraphs overlapping `window`) as one escaped HTML string per paragraph.

    >>> mark_up("Hi <b>Ann</b>.", [Span(6, 9, "mention", "/person/ann", "Ann")])
    [Markup('Hi &lt;b&gt;<a href="/person/ann" class="mention" title="Ann">Ann</a>&lt;/b&gt;.')]
    """
    length = len(body)
    cleaned = sorted({s for s in spans if 0 <= s.start < s.end <= length},
                     key=lambda s: (s.start, -s.end, _LAYER.get(s.kind, 9)))
    out: list[Markup] = []
    opened_once: set[Span] = set()
    for p_start, p_end in paragraphs(body):
        if window is not None and (p_end <= window[0] or p_start >= window[1]):
            continue
        inside = [s for s in cleaned if s.start < p_end and s.end > p_start]
        cuts = sorted({p_start, p_end, *(max(s.start, p_start) for s in inside),
                       *(min(s.end, p_end) for s in inside)})
        html: list[str] = []
        stack: list[tuple[Span, bool]] = []
        for left, right in zip(cuts, cuts[1:]):
            active = sorted((s for s in inside if s.start <= left and s.end >= right),
                            key=lambda s: (_LAYER.get(s.kind, 9), s.start, -s.end))
            keep = 0
            while keep < len(stack) and keep < len(active) and stack[keep][0] == active[keep]:
                keep += 1
            while len(stack) > keep:
                span, as_link = stack.pop()
                html.append(_close(span, as_link))
            for span in active[keep:]:
                as_link = bool(span.href) and not any(link for _, link in stack)
                html.append(_open(span, as_link, span not in opened_once))
                opened_once.add(span)
                stack.append((span, as_link))
            html.append(str(escape(body[left:right])))
        while stack:
            span, as_link = stack.pop()
            html.append(_close(span, as_link))
        out.append(Markup("".join(html)))
    return out
