"""Frozen records that cross pipeline stages.

`Article` leaves `ingest`; `Extraction` leaves `extract`; both enter `graph`. Offsets (`start`, `end`) are always
character offsets into `Article.body`, the paragraphs joined by a blank line, so that a fact's span and its
evidence sentence can be cut from the stored article text and highlighted on the web.

Entities are named by `EntityRef(kind, slug)`; the graph layer mints IRIs from it as `<base><kind>/<slug>`, which is
also the IRI scheme of the curated reference data, so a reference entity found in text and its curated record meet
on one IRI.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

EntityKind = Literal["person", "organisation", "policy", "measure", "statute", "funding", "programme", "role"]
DOCUMENT_KINDS: frozenset[str] = frozenset({"policy", "statute"})
"""The kinds that are documents: policy documents, and Bills and Acts (statutes)."""
"""The path segment of an entity IRI (`…/person/andy-smith`)."""

PARAGRAPH_SEPARATOR = "\n\n"


@dataclass(frozen=True)
class Article:
    """One news article as read from a source file, before extraction."""

    title: str
    paragraphs: tuple[str, ...]
    source: str
    """Path of the file it was read from, as given to `ingest`."""
    url: str | None = None
    published: datetime | None = None
    publisher: str | None = None
    item: int | None = None
    """1-based position of the item in a feed file; None for single-article files."""
    guid: str | None = None
    summary: str | None = None

    @property
    def body(self) -> str:
        """The article text that every offset refers to.

        >>> Article(title="t", paragraphs=("One.", "Two."), source="x").body
        'One.\\n\\nTwo.'
        """
        return PARAGRAPH_SEPARATOR.join(self.paragraphs)

    @property
    def content_hash(self) -> str:
        """SHA-256 over everything extraction reads; equal hashes mean re-ingest can be skipped."""
        parts = [self.title, self.url or "", self.published.isoformat() if self.published else "",
                 self.publisher or "", self.body]
        return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()

    @property
    def paragraph_starts(self) -> tuple[int, ...]:
        """Offset in `body` where each paragraph begins."""
        starts, pos = [], 0
        for paragraph in self.paragraphs:
            starts.append(pos)
            pos += len(paragraph) + len(PARAGRAPH_SEPARATOR)
        return tuple(starts)


@dataclass(frozen=True)
class EntityRef:
    """A person, body, document, measure, statute, programme or funding stream, named by kind and slug."""

    kind: EntityKind
    slug: str

    def __str__(self) -> str:
        return f"{self.kind}/{self.slug}"


@dataclass(frozen=True)
class Evidence:
    """The sentence a fact was read from: its text and its offsets in `Article.body`."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Span:
    """The exact characters of a fact (a quote, a name, an amount) in `Article.body`."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Entity:
    """An entity the article names, with the kind-specific details the text gives.

    `types` are extra local class names (e.g. "Review", "Bill", "Charity"); `kind_label` is a body's kind
    ("government department", "charity", …) where the text or reference data says so.
    """

    ref: EntityRef
    label: str
    types: tuple[str, ...] = ()
    kind_label: str | None = None
    aliases: tuple[str, ...] = ()
    reference: bool = False
    """True when the entity comes from the curated reference data (its description lives there)."""
    date: str | None = None
    """The year the text gives a document it names ("the Children Act 1989", "a 2019 report"), as "YYYY"."""


@dataclass(frozen=True)
class Mention:
    """One place in the text where an entity is named."""

    entity: EntityRef
    span: Span
    evidence: Evidence


@dataclass(frozen=True)
class Membership:
    """A role held by a person in a body, as the article states it (W3C ORG membership, dated by the article)."""

    person: EntityRef
    role: str
    organisation: EntityRef | None
    evidence: Evidence


Stance = Literal["supports", "opposes"]


@dataclass(frozen=True)
class Quote:
    """Words in quotation marks attributed to a speaker (a person, a body or a document)."""

    text: str
    span: Span
    evidence: Evidence
    speaker: EntityRef | None
    role: str | None = None
    organisation: EntityRef | None = None
    about: tuple[EntityRef, ...] = ()
    stance: Stance | None = None
    cue: str | None = None
    """The reporting verb or pattern that attributed it ("said", "told Community Care", "added")."""


@dataclass(frozen=True)
class FundingStream:
    """Money allocated, spent, cut or estimated as needed, with what the text says of it."""

    amount_gbp: float
    span: Span
    evidence: Evidence
    period: str | None = None
    approximate: bool = False
    purpose: str | None = None
    funder: EntityRef | None = None
    recipients: tuple[EntityRef, ...] = ()
    funds: tuple[EntityRef, ...] = ()
    kind: str | None = None
    """allocated, spent, cut, saving, estimated need, estimated cost, shortfall, recommended, unclassified"""


LineageRelation = Literal["basedOn", "recommends", "adopts", "rejects", "modifies", "continues", "tests", "funds",
                          "legislates", "replaces", "implements"]


@dataclass(frozen=True)
class LineageClaim:
    """A sentence's statement that one document/measure/statute/programme/government relates to another."""

    subject: EntityRef
    relation: LineageRelation
    object: EntityRef
    evidence: Evidence
    measure: EntityRef | None = None


@dataclass(frozen=True)
class Extraction:
    """Everything read from one article."""

    article: Article
    entities: tuple[Entity, ...] = ()
    mentions: tuple[Mention, ...] = ()
    memberships: tuple[Membership, ...] = ()
    quotes: tuple[Quote, ...] = ()
    funding: tuple[FundingStream, ...] = ()
    lineage: tuple[LineageClaim, ...] = ()


@dataclass(frozen=True)
class ReferenceEntity:
    """A curated individual from `ontology/reference/`: canonical label, aliases, class and identifiers."""

    ref: EntityRef
    label: str
    aliases: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    kind_label: str | None = None
    acronym: str | None = None
    date: str | None = None
    signatures: tuple[str, ...] = ()
    """Recognition signatures (`csc:signature`), "cap|capping ; profit|profits": concepts that must co-occur."""
    based_on: tuple[EntityRef, ...] = ()
    """Curated documents this one answers or is built on (`csc:basedOn` in reference data, `lineage.ttl`)."""
    author: str | None = None
    """The body that wrote a curated document (`schema:author`), by name: "Competition and Markets Authority"."""
    match_case: bool = False
    """Its names are found only as written (`csc:matchCase`): they are ordinary words too ("family court")."""
