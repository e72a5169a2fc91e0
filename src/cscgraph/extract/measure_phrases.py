"""Measures named by paraphrase: "rules capping what councils pay agency social workers", "a national cap on the
profits of children's homes providers", "a single number to identify every child".

Each measure of the reference data may carry recognition signatures (`csc:signature`), sets of concepts that must
all occur within one clause (see `patterns/measures.py` for the notation and the clause bounds). A match is a
mention of the measure spanning the words from the first concept found to the last. Where matches overlap:

- an exact name or alias of a document, statute, measure or programme (the gazetteer's find) wins;
- of two signatures, the one with more concepts wins (the more specific: "paid leave for grandparents" is kinship
  care leave, not kinship allowances), then the tighter span.

A lineage verb never falls inside a span unless it is one of the signature's own words: "allowances were
recommended for relatives" does not read as one phrase, "scrapping independent reviewing officers" does.
"""

from __future__ import annotations

import functools
import itertools
from dataclasses import dataclass
from typing import NamedTuple

from cscgraph.extract.gazetteer import GazetteerMatch
from cscgraph.extract.patterns import measures as P
from cscgraph.extract.sentences import SentenceIndex
from cscgraph.models import ReferenceEntity

__all__ = ["MeasurePhrases", "Signature", "parse_signature", "measure_phrases_for"]

Concept = tuple[tuple[str, ...], ...]
"""A concept: its alternatives, each a tuple of words ("social", "workers")."""


@dataclass(frozen=True)
class Signature:
    """One recognition signature of one measure, parsed."""

    entity: ReferenceEntity
    concepts: tuple[Concept, ...]


class _Word(NamedTuple):
    start: int
    end: int
    text: str
    """Lower-cased, straight apostrophes, possessive dropped: "Children’s" → "children"."""


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    signature: Signature


def parse_signature(text: str) -> tuple[Concept, ...]:
    """Concepts of a signature written "a|b c ; d".

    >>> parse_signature("cap|capping ; profit|profits of providers")
    ((('cap',), ('capping',)), (('profit',), ('profits', 'of', 'providers')))
    """
    concepts = []
    for concept in text.split(P.CONCEPT_SEPARATOR):
        alternatives = tuple(tuple(_normal(w) for w in alt.split()) for alt in concept.split(P.ALTERNATIVE_SEPARATOR))
        alternatives = tuple(a for a in alternatives if a)
        if alternatives:
            concepts.append(alternatives)
    return tuple(concepts)


@dataclass(frozen=True)
class MeasurePhrases:
    """Every signature of every measure, ready to match."""

    signatures: tuple[Signature, ...]

    @classmethod
    def from_entities(cls, entities: tuple[ReferenceEntity, ...]) -> "MeasurePhrases":
        """The signatures of those entities that have any (measures, in the curated data).

        >>> from cscgraph.models import EntityRef
        >>> cap = ReferenceEntity(EntityRef("measure", "profit-cap"), "profit cap", signatures=("cap ; profits",))
        >>> phrases = MeasurePhrases.from_entities((cap,))
        >>> [(m.text, m.entity.label) for m in phrases.find("A cap on the profits of providers.")]
        [('cap on the profits', 'profit cap')]
        """
        return cls(tuple(Signature(e, parse_signature(s)) for e in entities for s in e.signatures
                         if parse_signature(s)))

    def find(self, body: str, sentences: SentenceIndex | None = None,
             taken: list[tuple[int, int]] | None = None) -> list[GazetteerMatch]:
        """Signature matches in `body` that overlap no span of `taken`, in text order, as gazetteer-style matches."""
        if not self.signatures:
            return []
        bounds = [(s.start, s.end) for s in sentences.sentences] if sentences else [(0, len(body))]
        index = self._index
        hits: list[_Hit] = []
        for start, end in bounds:
            for clause in _clauses(body, start, end):
                # most clauses lack most concepts: rule a signature out before placing its words
                for signature in index.candidates({word.text for word in clause}):
                    hits += _matches(clause, signature)
        hits.sort(key=lambda h: (-len(h.signature.concepts), h.end - h.start, h.start))
        kept: list[_Hit] = []
        occupied = list(taken or [])
        for hit in hits:
            if any(s < hit.end and hit.start < e for s, e in occupied) or _inside_a_name(body, hit):
                continue
            kept.append(hit)
            occupied.append((hit.start, hit.end))
        kept.sort(key=lambda h: h.start)
        return [GazetteerMatch(h.start, h.end, body[h.start:h.end], h.signature.entity) for h in kept]


    @functools.cached_property
    def _index(self) -> "_ConceptIndex":
        return _ConceptIndex(self.signatures)


class _ConceptIndex:
    """Which signatures could match a clause, judged by the first words of their concepts' alternatives.

    A signature is a candidate when every one of its concepts has an alternative whose first word is among the
    clause's words (or, for a prefix, starts one): a necessary condition for a match, checked by dictionary look-ups.
    """

    def __init__(self, signatures: tuple[Signature, ...]) -> None:
        ids: dict[Concept, int] = {}
        self.by_word: dict[str, set[int]] = {}
        by_prefix: dict[str, set[int]] = {}
        for signature in signatures:
            for concept in signature.concepts:
                concept_id = ids.setdefault(concept, len(ids))
                for alternative in concept:
                    first = alternative[0]
                    if first.endswith(P.PREFIX_MARK):
                        by_prefix.setdefault(first[:-1], set()).add(concept_id)
                    else:
                        self.by_word.setdefault(first, set()).add(concept_id)
        self.by_prefix = tuple((" " + prefix, concept_ids) for prefix, concept_ids in by_prefix.items())
        self.needs = tuple((frozenset(ids[c] for c in s.concepts), s) for s in signatures)

    def candidates(self, words: set[str]) -> list[Signature]:
        """The signatures, in order, all of whose concepts could start at one of `words`."""
        present: set[int] = set()
        for word in words & self.by_word.keys():
            present |= self.by_word[word]
        spaced = " " + " ".join(words)  # words hold no spaces: " prefix" occurs in it where a word starts so
        for spaced_prefix, concept_ids in self.by_prefix:
            if spaced_prefix in spaced:
                present |= concept_ids
        return [signature for needed, signature in self.needs if needed <= present] if present else []


def _inside_a_name(body: str, hit: _Hit) -> bool:
    """ "the Family Hubs Transformation Fund", "the National Centre for Family Hubs", "the family hubs programme": the
    match is a word of a longer name, which the document and body rules read (only a one-concept signature, itself a
    name, with a capitalised word before it: "the Regional Fostering Recruitment Hub" is the hubs' own name)."""
    if P.TITLE_NOUN_AFTER.match(body, hit.end):
        return True
    if not body[hit.start].isupper():
        return False
    return bool(P.NAME_WORD_AFTER.match(body, hit.end)) or len(hit.signature.concepts) == 1 and bool(
        P.NAME_WORD_BEFORE.search(body, max(0, hit.start - P.NAME_BEFORE_REACH), hit.start))


@functools.lru_cache(maxsize=8)
def measure_phrases_for(entities: tuple[ReferenceEntity, ...]) -> MeasurePhrases:
    """`MeasurePhrases.from_entities`, parsed once per set of reference entities."""
    return MeasurePhrases.from_entities(entities)


@functools.lru_cache(maxsize=1 << 16)
def _normal(word: str) -> str:
    return P.POSSESSIVE.sub("", word.lower().replace("’", "'")) if not word.endswith(P.PREFIX_MARK) \
        else word.lower().replace("’", "'")


def _clauses(body: str, start: int, end: int) -> list[list[_Word]]:
    """The words of body[start:end], cut into clauses at punctuation and clause-opening words."""
    text = body[start:end]
    cuts = [m.start() for m in P.CLAUSE_PUNCTUATION.finditer(text)]
    cuts.append(len(text))  # a sentinel: the next cut is always cuts[k]
    k = 0
    clauses: list[list[_Word]] = [[]]
    previous_end = 0
    for m in P.WORD.finditer(text):
        word_start, word_end = m.span()
        word = _normal(m.group())
        while cuts[k] < previous_end:
            k += 1
        if word in P.CLAUSE_BREAK_WORDS and not (
                word in P.AFTER_AS_NO_BREAK and clauses[-1] and clauses[-1][-1].text == "as"):
            clauses.append([])
            previous_end = word_end
            continue
        if cuts[k] < word_start:
            clauses.append([])
        clauses[-1].append(_Word(start + word_start, start + word_end, word))
        previous_end = word_end
    return [c for c in clauses if c]


def _matches(clause: list[_Word], signature: Signature) -> list[_Hit]:
    """Non-overlapping tightest placements of every concept of `signature` in `clause` (distinct words each)."""
    texts = [word.text for word in clause]
    places = [_places(texts, concept) for concept in signature.concepts]
    if not all(places):
        return []
    candidates = []
    for combo in itertools.islice(itertools.product(*places), 4096):
        ordered = sorted(combo)
        if any(a[1] > b[0] for a, b in zip(ordered, ordered[1:])):
            continue  # two concepts on the same word
        first, last = ordered[0][0], ordered[-1][1]
        concept_words = {i for a, b in ordered for i in range(a, b)}
        if any(texts[i] in P.LINEAGE_VERBS for i in range(first, last) if i not in concept_words):
            continue
        if last - first <= P.MAX_SPAN_WORDS:
            candidates.append((last - first, first, last))
    out: list[_Hit] = []
    used: list[tuple[int, int]] = []
    for _, first, last in sorted(candidates):
        if any(f < last and first < l for f, l in used):
            continue
        used.append((first, last))
        out.append(_Hit(clause[first].start, clause[last - 1].end, signature))
    return out


def _places(texts: list[str], concept: Concept) -> list[tuple[int, int]]:
    """(first, end) word indexes where one of the concept's alternatives stands."""
    found = []
    for i in range(len(texts)):
        for alternative in concept:
            end = i + len(alternative)
            if end <= len(texts) and all(map(_word_fits, texts[i:end], alternative)):
                found.append((i, end))
    return found


def _word_fits(word: str, pattern: str) -> bool:
    """`word` is `pattern`, or starts with it where the pattern ends in the prefix mark (words never hold one)."""
    return word == pattern or pattern.endswith(P.PREFIX_MARK) and word.startswith(pattern[:-1])
