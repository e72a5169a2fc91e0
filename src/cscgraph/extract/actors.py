"""People and bodies named in an article, every place they are named, and the roles people hold.

Stages: `bodies` finds curated and new bodies; `people` finds names the text marks as people; `coreference` ties
surnames, titles and acronyms to them; `roles` reads memberships. Slugs come from canonical names (`slugify`), so
the same person or body gets the same IRI in every article; curated bodies keep their reference slug.
"""

from __future__ import annotations

from cscgraph.extract.bodies import BodyHit, find_bodies
from cscgraph.extract.coreference import ActorMention, described_bodies, resolve_bodies, resolve_people
from cscgraph.extract.governments import government_in_office, government_references
from cscgraph.extract.patterns import all_matches
from cscgraph.extract.patterns.people import (GOVERNMENT_OWNS, NAMED_GOVERNMENT, PARTY_SPEAKS, party_label,
                                              PAST_GOVERNMENT_BEFORE)
from cscgraph.extract.found import Found, mention_of
from cscgraph.extract.gazetteer import Gazetteer, GazetteerMatch
from cscgraph.extract.people import find_person_names
from cscgraph.extract.roles import find_memberships
from cscgraph.extract.sentences import SentenceIndex
from cscgraph.models import Article, Entity

__all__ = ["find_actors"]


def find_actors(article: Article, sentences: SentenceIndex, matches: list[GazetteerMatch],
                gazetteer: Gazetteer) -> Found:
    """Every named person and body in the article body, their mentions, and the roles the text gives people.

    >>> from cscgraph.extract.sentences import split_sentences
    >>> article = Article(title="t", paragraphs=("NAFP chief executive Harvey Gallagher said so.",), source="x")
    >>> found = find_actors(article, split_sentences(article.body), [], Gazetteer(()))
    >>> [(str(m.person), m.role) for m in found.memberships]
    [('person/harvey-gallagher', 'chief executive')]
    """
    body = article.body
    documents = [(m.start, m.end) for m in matches if m.entity.ref.kind != "organisation"]
    hits = find_bodies(body, matches, gazetteer, article.publisher)
    hits += _named_governments(article, gazetteer, documents + [(h.start, h.end) for h in hits])
    hits += _parties_speaking(article, gazetteer, documents + [(h.start, h.end) for h in hits])
    body_entities, body_mentions = resolve_bodies(body, sorted(hits, key=lambda h: h.start), documents)
    body_mentions = sorted(body_mentions + described_bodies(body, body_mentions, body_entities),
                           key=lambda m: m.start)
    taken = documents + [(m.start, m.end) for m in body_mentions]
    people, person_mentions = resolve_people(body, find_person_names(body, taken), taken)
    person_entities = [Entity(p.ref, p.name, ("Person",), aliases=tuple(sorted(p.aliases))) for p in people]
    entities = {e.ref: e for e in body_entities + person_entities}
    memberships = find_memberships(body, sentences, person_mentions, body_mentions, entities)
    mentions = sorted(body_mentions + person_mentions, key=lambda m: m.start)
    return Found(entities=tuple(body_entities + _mentioned(person_entities, person_mentions)),
                 mentions=tuple(_mention(m, body, sentences) for m in mentions),
                 memberships=tuple(memberships))


def _named_governments(article: Article, gazetteer: Gazetteer, taken: list[tuple[int, int]]) -> list[BodyHit]:
    """Governments named as bodies ("the Labour government", "the Conservatives", "the government", resolved by
    the article's date, also as the owner of its document: "the government’s response"); "ministers" are left to
    quote attribution; Labour's earlier government ("the last Labour government", "New Labour") is not the one in
    office and reference data has no other."""
    hits = []
    owned = [(m.start(), m.end(), government_in_office(article)) for m in all_matches(GOVERNMENT_OWNS, article.body)]
    for start, end, ref in sorted(government_references(article) + owned):
        text = article.body[start:end]
        r = gazetteer.entity(ref)
        if not NAMED_GOVERNMENT.search(text) or r is None:
            continue
        if "Labour" in text and PAST_GOVERNMENT_BEFORE.search(article.body, max(0, start - 12), start):
            continue  # "the last Labour government" (1997-2010) is not the one in office
        if not any(start < e and s < end for s, e in taken + [(h.start, h.end) for h in hits]):
            hits.append(BodyHit(start, end, r.label, r.kind_label, None, r))
    return hits


def _parties_speaking(article: Article, gazetteer: Gazetteer, taken: list[tuple[int, int]]) -> list[BodyHit]:
    """A party out of government speaking as a body ("Labour said the plans would…" before Labour took office);
    where the words denote the government of the day they are left to `government_references`."""
    governing = [(s, e) for s, e, _ in government_references(article)]
    hits = []
    for m in PARTY_SPEAKS.finditer(article.body):
        span = (m.start("party"), m.end("party"))
        reference = gazetteer.lookup(party_label(m.group("party")))
        if reference is not None and not any(s < span[1] and span[0] < e for s, e in taken + governing):
            hits.append(BodyHit.curated(span[0], span[1], reference))
    return hits


def _mentioned(entities: list[Entity], mentions: list[ActorMention]) -> list[Entity]:
    refs = {m.ref for m in mentions}
    return [e for e in entities if e.ref in refs]


def _mention(m: ActorMention, body: str, sentences: SentenceIndex):
    return mention_of(m.ref, m.start, m.end, body, sentences)
