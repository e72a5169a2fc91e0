"""Candidates of the learned document detector: spans shaped like a document's name, and the features a linear model
(`linear.py`, `models/documents.json`, trained by `eval/train_documents.py`) reads to accept one or not.

`candidate_spans` is broad on purpose (capitalised runs, quoted titles, "the <words> <kind>" phrases); the model
tells a title from a body, a place or a heading by the candidate's form and neighbourhood. A feature never holds a
capitalised word itself (that would learn entities, not constructions): only closed classes (kind words, body head
words, months, role words), shapes, lengths, positions, punctuation, the extractor's own overlaps, and the context
cue words (`CANDIDATE_CONTEXT_CUES`) just before or after it.
"""

from __future__ import annotations

from collections.abc import Sequence

from cscgraph.extract.patterns import documents as P
from cscgraph.extract.patterns.people import BODY_HEAD_KINDS, NAME_PREFIX_WORDS

__all__ = ["candidate_spans", "candidate_features"]

_QUOTES_OPEN = "‘“\""
_CONTEXT_AFTER = 1
_BODY_HEADS = P.BODY_HEAD_WORDS | {h.lower() for h in BODY_HEAD_KINDS if " " not in h}
_ROLE_WORDS = frozenset({w.lower() for w in NAME_PREFIX_WORDS} | {"manager", "mp", "councillor", "cllr"})
_COMPASS_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"})
_CONNECTORS = frozenset({"of", "for", "and", "on", "to", "in", "the", "with", "at", "&"})
_BAG_CHARS = 60
"""How far before a candidate its lowercase words count as a bag ("published by the …", "under the …")."""


def candidate_spans(body: str) -> list[tuple[int, int]]:
    """Spans of `body` shaped like a document's name, longest first where they overlap, in text order.

    >>> body = "Under the Plan for Change, the ‘Best Start’ hubs and the national practice review."
    >>> [body[s:e] for s, e in candidate_spans(body)]
    ['Under', 'Plan for Change', 'Best Start’', 'national practice review']
    """
    spans = [m.span() for m in P.CANDIDATE_RUN.finditer(body)]
    # a quoted title is in title case; a quoted clause is speech: “We will crack down on providers”
    spans += [m.span("title") for m in P.CANDIDATE_QUOTED.finditer(body) if _title_cased(m.group("title"))]
    spans += [m.span("title") for m in P.CANDIDATE_KIND_PHRASE.finditer(body)]
    kept: list[tuple[int, int]] = []
    for start, end in sorted(spans, key=lambda s: (s[0] - s[1], s[0])):
        if not any(s < end and start < e for s, e in kept):
            kept.append((start, end))
    return sorted(kept)


def candidate_features(body: str, start: int, end: int, sentence: tuple[int, int],
                       people: Sequence[tuple[int, int]], bodies: Sequence[tuple[int, int]]) -> dict[str, float]:
    """The features of the candidate `body[start:end]` in its sentence (`sentence`: start and end offsets), given
    the spans of the people and bodies the extractor found.

    >>> f = candidate_features("It published the Kin Care Review (KCR).", 17, 32, (0, 39), [], [])
    >>> sorted(k for k in f if not k.startswith(("prev", "next", "bag")))
    ['acronym_after', 'head:kind', 'kind:review', 'words:3']
    """
    title = body[start:end]
    words = title.replace("’", " ").split()
    head = words[-1].lower().rstrip("s") if words[-1].lower() not in P.CANDIDATE_KIND_WORDS else words[-1].lower()
    f: dict[str, float] = {f"head:{_word_class(head)}": 1.0, f"words:{min(len(words), 6)}": 1.0}
    if head in P.CANDIDATE_KIND_WORDS:
        f[f"kind:{head}"] = 1.0
    lowered = [w.lower() for w in words]
    # the small words inside ("Dare to Care", "Plan for Change"; a body's "Centre for", a place's "X and Y") and the
    # first word's ending (a title may open with a verb form: "Keeping Children Safe", "Safely Reducing …")
    f.update((f"connector:{w}", 1.0) for w in lowered[1:-1] if w in _CONNECTORS)
    f.update((f"first:{end}", 1.0) for end in ("ing", "ly") if lowered[0].endswith(end) and len(words) > 1)
    flags = {
        "lowercase": title.islower(),
        "kind_inside": any(w in P.CANDIDATE_KIND_WORDS for w in lowered[:-1]),
        "body_word_inside": any(w in _BODY_HEADS for w in lowered),
        "role_inside": any(w in _ROLE_WORDS for w in lowered),
        "compass_inside": any(w in _COMPASS_WORDS for w in lowered),
        "descriptive_first": lowered[0] in P.DESCRIPTIVE_WORDS,
        "month_inside": any(w in P.CANDIDATE_MONTHS for w in lowered),
        "year_inside": any(w.isdigit() and len(w) == 4 for w in words),
        "acronym_inside": any(len(w) > 1 and w.isupper() and w.isalpha() for w in words),
        "possessive_before": body.startswith(("’s ", "'s ", "s’ ", "s' "), max(0, start - 3)) or
        body.startswith(("’s ‘", "'s ‘", "’s “", "'s “"), max(0, start - 4)),
        "quoted": start > 0 and body[start - 1] in _QUOTES_OPEN,
        "acronym_after": P.CANDIDATE_ACRONYM_AFTER.match(body, end) is not None,
        "possessive_after": body.startswith(("’s", "'s"), end),
        "sentence_start": start - sentence[0] < 3,
        "heading": not body[sentence[0]:sentence[1]].rstrip().endswith((".", "?", "!", ":", "”", "\"")),
        "paragraph_alone": body[max(0, start - 2):start] in ("", "\n", "\n\n") and body[end:end + 2] in ("", "\n\n"),
        "titlecase_sentence": _title_case(body[sentence[0]:sentence[1]]),
        "person_overlap": any(s < end and start < e for s, e in people),
        "body_before": any(start - 4 <= e <= start for _, e in bodies),
        "repeated": body.count(title) > 1,
    }
    f.update((name, 1.0) for name, on in flags.items() if on)
    before = [_token(t) for t in P.CANDIDATE_TOKEN.findall(body, max(0, start - _BAG_CHARS), start)]
    after = [_token(t) for t in P.CANDIDATE_TOKEN.findall(body, end, end + _BAG_CHARS)][:_CONTEXT_AFTER]
    if before and before[-1] in P.CANDIDATE_CONTEXT_CUES:
        f[f"prev1:{before[-1]}"] = 1.0
    if after and after[0] in P.CANDIDATE_CONTEXT_CUES:
        f[f"next1:{after[0]}"] = 1.0
    f.update((f"bag:{t}", 1.0) for t in before if t in P.CANDIDATE_CONTEXT_CUES)
    return f


def _word_class(word: str) -> str:
    """A candidate's last word by closed class: a kind of document, a body's head noun, a month, a year, else other."""
    if word in P.CANDIDATE_KIND_WORDS:
        return "kind"
    if word in _BODY_HEADS:
        return "body"
    if word in _ROLE_WORDS:
        return "role"
    if word in P.CANDIDATE_MONTHS:
        return "month"
    return "year" if word.isdigit() else "other"


def _token(token: str) -> str:
    """A context token as a feature: a lowercase word as itself, a capitalised word or a number by its shape only."""
    if token[:1].isupper():
        return "Cap"
    return "num" if token[:1].isdigit() else token.lower()


def _title_cased(title: str) -> bool:
    """Whether every word of a title but its small words is capitalised (or a number): "Dare to Care", not "We will
    crack down"."""
    return all(w[:1].isupper() or w[:1].isdigit() or w in P.CANDIDATE_SMALL_WORDS for w in title.split())


def _title_case(sentence: str) -> bool:
    """Whether most words of a sentence are capitalised (a headline or a list of names)."""
    words = [w for w in sentence.split() if w[:1].isalpha()]
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.7 * len(words)
