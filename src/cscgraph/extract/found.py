"""What one extraction step found: entities, the places they are named, and the roles people hold."""

from __future__ import annotations

from dataclasses import dataclass

from cscgraph.models import Entity, EntityRef, Membership, Mention, ReferenceEntity, Span
from cscgraph.extract.sentences import SentenceIndex


@dataclass(frozen=True)
class Found:
    entities: tuple[Entity, ...] = ()
    mentions: tuple[Mention, ...] = ()
    memberships: tuple[Membership, ...] = ()

    def __add__(self, other: "Found") -> "Found":
        return Found(self.entities + other.entities, self.mentions + other.mentions,
                     self.memberships + other.memberships)


def reference_entity(ref: ReferenceEntity) -> Entity:
    """The `Entity` record of a curated entity (one the gazetteer found, or one read from reference data)."""
    return Entity(ref=ref.ref, label=ref.label, types=ref.types, kind_label=ref.kind_label, aliases=ref.aliases,
                  reference=True)


def mention_of(ref: EntityRef, start: int, end: int, body: str, sentences: SentenceIndex) -> Mention:
    """A mention of `ref` at body[start:end], with its sentence as evidence."""
    return Mention(ref, Span(start, end, body[start:end]), sentences.at(start))
