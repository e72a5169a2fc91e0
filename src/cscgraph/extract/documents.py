"""Policy documents, statutes, measures and programmes named in an article.

Four sources, in order of trust:

1. curated entities the gazetteer found by name, alias or acronym ("the care review", "IRCSC", "Stable Homes");
2. curated measures described by paraphrase, found by their recognition signatures ("a national cap on the profits
   of children's homes providers": the profit cap; `measure_phrases.py`), where no curated name stands;
3. documents the text names by shape but reference data lacks: "<Title> Act <year>", "<Title> Bill",
   "its <Title> policy paper", "a strategy called ‘<Title>’" (`patterns/documents.py`);
4. generic references ("the Bill", "the strategy", "the review’s final report") resolved to the nearest preceding
   explicit mention of a document of that kind, within a few sentences (else, for strategies, policy papers and
   budgets, the first one named later in the article).

Curated matches win over shape matches where they overlap; a shape match never overlaps a gazetteer match of any
kind (an organisation's name is not a title).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cscgraph.extract.found import Found, mention_of, reference_entity
from cscgraph.extract.gazetteer import Gazetteer, GazetteerMatch
from cscgraph.extract.measure_phrases import measure_phrases_for
from cscgraph.extract.patterns import documents as P
from cscgraph.extract.sentences import SentenceIndex
from cscgraph.extract.slugs import slugify
from cscgraph.models import Article, Entity, EntityRef, Mention

__all__ = ["find_documents", "DOCUMENT_KINDS"]

DOCUMENT_KINDS = frozenset({"policy", "statute", "measure", "programme"})


@dataclass(frozen=True)
class _Named:
    """An explicit mention of a document: where, which entity, and its class local names."""

    start: int
    end: int
    entity: Entity


def find_documents(article: Article, sentences: SentenceIndex, matches: list[GazetteerMatch],
                   gazetteer: Gazetteer | None = None) -> Found:
    """Curated and shape-found documents, statutes, measures and programmes, plus resolved generic references.

    `gazetteer` (optional, for the measures' recognition signatures) adds measures named by paraphrase; without it
    only names, aliases and shapes count.

    >>> from cscgraph.extract.sentences import split_sentences
    >>> a = Article(title="t", paragraphs=("It backs the Crime and Policing Bill. The Bill passed.",), source="x")
    >>> found = find_documents(a, split_sentences(a.body), [])
    >>> [(m.span.text, str(m.entity)) for m in found.mentions]
    [('Crime and Policing Bill', 'statute/crime-and-policing-bill'), ('The Bill', 'statute/crime-and-policing-bill')]
    """
    body = article.body
    curated_matches = [m for m in matches if m.entity.ref.kind in DOCUMENT_KINDS]
    if gazetteer is not None:
        # An exact name wins over a paraphrase; a body's name inside one does not ("powers for Ofsted to inspect…").
        named = [(m.start, m.end) for m in curated_matches]
        curated_matches += measure_phrases_for(gazetteer.entities).find(body, sentences, named)
    curated = [_Named(m.start, m.end, reference_entity(m)) for m in curated_matches]
    taken = [(m.start, m.end) for m in matches] + [(n.start, n.end) for n in curated]
    shaped = _shaped_documents(body, taken)
    explicit = sorted(curated + shaped, key=lambda n: n.start)
    generic = _resolve_generic(body, sentences, explicit, taken + [(n.start, n.end) for n in shaped])
    mentions = [mention_of(n.entity.ref, n.start, n.end, body, sentences) for n in explicit + generic]
    mentions.sort(key=lambda m: m.span.start)
    return Found(entities=tuple(n.entity for n in explicit), mentions=tuple(mentions))


def _shaped_documents(body: str, taken: list[tuple[int, int]]) -> list[_Named]:
    """Acts, Bills and titled documents the text names, skipping spans the gazetteer already covers."""
    found: list[_Named] = []
    occupied = list(taken)
    for pattern, kind, types in ((P.ACT_TITLE, "statute", ("Statute", "Act")),
                                 (P.BILL_TITLE, "statute", ("Statute", "Bill"))):
        for m in pattern.finditer(body):
            start, title = trim_title(body, m.start(), m.end())
            named = _new_entity(body, start, m.end(), title, kind, types, occupied)
            if named:
                found.append(named)
                occupied.append((named.start, named.end))
    for pattern in (P.QUOTED_TITLE, P.TITLE_AFTER_CUE, P.TITLE_BEFORE_CUE):
        for m in pattern.finditer(body):
            start, title = trim_title(body, m.start("title"), m.end("title"))
            cls = P.DOCUMENT_CUES[m.group("cue").lower()]
            named = _new_entity(body, start, m.end("title"), title, "policy", ("PolicyDocument", cls), occupied)
            if named:
                found.append(named)
                occupied.append((named.start, named.end))
    return found


def trim_title(body: str, start: int, end: int) -> tuple[int, str]:
    """Drop leading words that cannot start a title ("Under the", "section 1 of the").

    >>> trim_title("Under the Children Act 1989", 0, 27)
    (10, 'Children Act 1989')
    """
    text = body[start:end]
    for word in re.finditer(r"\S+\s*", text):
        token = word.group().strip().rstrip(",")
        if token.lower() not in P.TITLE_STOPWORDS and token[:1].isupper() or token[:1].isdigit() and len(token) == 4:
            return start + word.start(), body[start + word.start():end]
    return end, ""


def _new_entity(body: str, start: int, end: int, title: str, kind: str, types: tuple[str, ...],
                occupied: list[tuple[int, int]]) -> _Named | None:
    title = title.strip().rstrip(",")
    words = [w for w in re.split(r"[\s,]+", title) if w]
    content = [w for w in words if w.lower() not in P.TITLE_STOPWORDS]
    # "Act 2010" alone or "the Bill" has no title word; "Stable Homes" already found is curated.
    if len(content) < 2 or title.lower() in P.NOT_TITLES or any(s < end and start < e for s, e in occupied):
        return None
    end = start + len(title)
    ref = EntityRef(kind, slugify(title))  # type: ignore[arg-type]
    return _Named(start, end, Entity(ref=ref, label=title, types=types))


def _resolve_generic(body: str, sentences: SentenceIndex, explicit: list[_Named],
                     taken: list[tuple[int, int]]) -> list[_Named]:
    """Generic references ("the Bill") as mentions of the document of that kind they denote in context."""
    out: list[_Named] = []
    for pattern, kind in P.CONTEXTUAL_REFERENCES:
        wanted = P.KIND_TYPES[kind]
        explicit_of_kind = [n for n in explicit if wanted & set(n.entity.types)]
        candidates = list(explicit_of_kind)
        for m in pattern.finditer(body):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            target = _antecedent(m.start(), candidates, sentences) or (
                _first_after(m.end(), explicit_of_kind) if kind in P.FORWARD_KINDS else None)
            if target is not None:
                named = _Named(m.start(), m.end(), target.entity)
                out.append(named)
                # A resolved "the review" carries the chain on: the next "the review" a few sentences later is the
                # same review even when its name is further back than the window.
                candidates = sorted(candidates + [named], key=lambda n: n.start)
    return out


def _antecedent(offset: int, candidates: list[_Named], sentences: SentenceIndex) -> _Named | None:
    """The nearest candidate before `offset` within `CONTEXT_WINDOW_SENTENCES` sentences."""
    starts = sentences.starts
    here = sentences.at(offset).start
    index = starts.index(here) if here in starts else 0
    window_start = starts[max(0, index - P.CONTEXT_WINDOW_SENTENCES)]
    before = [n for n in candidates if window_start <= n.start < offset]
    return before[-1] if before else None


def _first_after(offset: int, candidates: list[_Named]) -> _Named | None:
    after = [n for n in candidates if n.start >= offset]
    return after[0] if after else None


def mentions_in(found: Found, start: int, end: int) -> list[Mention]:
    """Mentions whose span lies inside body[start:end], in text order."""
    return sorted((m for m in found.mentions if start <= m.span.start and m.span.end <= end),
                  key=lambda m: m.span.start)
