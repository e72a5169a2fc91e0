"""Roles people hold, as the article states them: W3C ORG memberships (person, role, organisation).

The organisation is, in order: a body named in the role phrase itself ("NAFP chief executive", "Ofsted's national
director", "chair of the Local Government Association", "chief executive of children in care charity Become");
the body "its"/"their" points back to; for a body-bound role word ("panel chair") the last body so called; for a
role that only exists inside a body ("chief executive officer Emily Frith"), the body that is the subject of the
same sentence, else of one of the three before ("Adoption UK also criticised the funding. Chief executive officer
Emily Frith said…"), unless the role names a body of its own that no list knows ("deputy director of Advokids"); a
body merely named nearby is not evidence. Government roles ("children's minister Janet
Daby") take a department only when the text names one next to the role; otherwise the organisation is None.
"""

from __future__ import annotations

import functools
import re

from cscgraph.extract.coreference import ActorMention
from cscgraph.extract.governments import GOVERNMENT_REFS
from cscgraph.extract.patterns import all_matches
from cscgraph.extract.patterns.people import (COUNCIL_ROLE_WORDS, GOVERNMENT_ROLE_WORDS, MP_CONSTITUENCY,
                                              NAME_BECAME_ROLE, with_gates, NAME_DASH_ROLE, NAME_THEN_ROLE,
                                              NAME_WHO_HOLDS, NAME_WHO_IS_ROLE, ORGANISATIONAL_ROLE_WORDS,
                                              POSSESSIVE_AS_ROLE, ROLE_HEADS, ROLE_OF_BODY_THEN_NAME, ROLE_OF_VERB,
                                              ROLE_SYNONYMS, ROLE_THEN_NAME, ROLE_THEN_SURNAME, BODY_THEN_ROLE_GAP,
                                              POINTS_BACK, ROLE_NOISE, ROLE_OF_BODY_GAP, SUBJECT_OPENING,
                                              BRACKETED_ROLE_BODY_GAP, LINE_END, standalone_role_word, TITLED_LIST,
                                              governed, ROLE_THEN_VERB, ROLE_NAMES_ITS_BODY, POSSESSIVE_THEN_NAME)
from cscgraph.extract.patterns.text import SPACE_RUN
from cscgraph.extract.sentences import SentenceIndex
from cscgraph.models import Entity, EntityRef, Membership

# The patterns that give a person a role.
_TRIGGERS = with_gates(ROLE_THEN_NAME, ROLE_OF_BODY_THEN_NAME, NAME_THEN_ROLE, NAME_DASH_ROLE, POSSESSIVE_AS_ROLE,
                       ROLE_THEN_SURNAME, NAME_WHO_IS_ROLE, NAME_BECAME_ROLE)
_BODY_WORDS_IN_ROLE = ("panel", "union", "charity", "board", "inquiry", "council", "association", "network",
                       "coalition", "committee", "trust")


def find_memberships(body: str, sentences: SentenceIndex, people: list[ActorMention],
                     bodies: list[ActorMention], entities: dict[EntityRef, Entity]) -> list[Membership]:
    """Every (person, role, organisation) the text states, one record per distinct triple."""
    found: dict[tuple, Membership] = {}
    for pattern, gate in _TRIGGERS:
        for m in all_matches(pattern, body, gate):
            person = _mention_in(people, m.start("name"), m.end("name"))
            if person is None or m.start("role") < person.start < m.start("name"):
                continue  # the role ran into the person's given name: "Minister for Children Janet | Daby"
            if TITLED_LIST.match(body, m.start("name")):
                continue  # a list of councillors after an office holds no one of it: "In the Chair Councillors A, B"
            if pattern is NAME_THEN_ROLE and _role_opens_next_clause(body, m, person.start):
                continue
            role, organisation = _role_and_body(body, sentences, m, bodies, entities)
            if pattern is ROLE_OF_BODY_THEN_NAME and organisation is None:
                continue  # the words after "of" named no body: "The Secretary of State for Health, Mina Shah,"
            membership = Membership(person.ref, role, organisation, sentences.at(m.start("name")))
            found.setdefault((person.ref, role, organisation), membership)
    for m in all_matches(NAME_WHO_HOLDS, body):
        person = _mention_in(people, m.start("name"), m.end("name"))
        named = [b for b in bodies if m.start("clause") <= b.start < m.end("clause")]
        if person is None or not named:
            continue
        role, organisation = ROLE_OF_VERB[m.group("verb")], named[0].ref
        found.setdefault((person.ref, role, organisation),
                         Membership(person.ref, role, organisation, sentences.at(m.start("name"))))
    return list(found.values())


def _role_and_body(body: str, sentences: SentenceIndex, m: re.Match, bodies: list[ActorMention],
                   entities: dict[EntityRef, Entity]) -> tuple[str, EntityRef | None]:
    role_start, role_end = m.start("role"), m.end("role")
    inside = [b for b in bodies if b.start <= role_start < b.end]
    if inside and inside[0].end < role_end:
        return _label(body[inside[0].end:role_end]), inside[0].ref
    role = _label(m.group("role"))
    head = role_head(role)
    before = [b for b in bodies if b.end <= role_start and BODY_THEN_ROLE_GAP.match(body[b.end:role_start])
              and not ("," in body[b.end:role_start] and governed(body, b.start))]
    if before:
        return role, before[-1].ref
    if "org_before" in m.re.groupindex and m.group("org_before"):
        inside = [b for b in bodies if m.start("org_before") <= b.start and b.end <= m.end("org_before") + 1]
        if inside:
            return role, inside[-1].ref
    bracketed = body[:role_start].rstrip().endswith("(")
    after = [b for b in bodies if b.start >= role_end and (ROLE_OF_BODY_GAP.match(body[role_end:b.start]) or (
        (bracketed or LINE_END.match(body, b.end)) and BRACKETED_ROLE_BODY_GAP.match(body[role_end:b.start])))]
    if after:
        # "chair of the council’s children’s committee": the committee the owner's possessive opens
        owned = [b for b in after[1:] if POSSESSIVE_THEN_NAME.fullmatch(body, after[0].end, b.start)]
        return role, (owned or after)[0].ref
    if POINTS_BACK.search(body[max(0, role_start - 10):role_start]):
        earlier = [b for b in bodies if b.end <= role_start]
        return role, earlier[-1].ref if earlier else None
    for word in _BODY_WORDS_IN_ROLE:
        if role.startswith(word + " "):
            named = [b for b in bodies if b.end <= role_start and word in entities[b.ref].label.lower()]
            if named:
                return role[len(word) + 1:], named[-1].ref
    if (head in GOVERNMENT_ROLE_WORDS or head not in ORGANISATIONAL_ROLE_WORDS
            or ROLE_NAMES_ITS_BODY.match(body, role_end)):  # its own body, unknown: "deputy director of Advokids"
        return role, None
    if head in COUNCIL_ROLE_WORDS:
        bodies = [b for b in bodies if entities[b.ref].kind_label == "council"]
    return role, _subject_body(body, sentences, role_start, bodies)


def _role_opens_next_clause(body: str, m: re.Match, name_start: int) -> bool:
    """True when the role after a governed name's comma is the subject of the next clause: "Responding to Jo Reed,
    the minister said" (see `governed`)."""
    return ROLE_THEN_VERB.match(body, m.end("role")) is not None and governed(body, name_start)


def _subject_body(body: str, sentences: SentenceIndex, offset: int, bodies: list[ActorMention]) -> EntityRef | None:
    """For a role that only exists inside a body: the body that opens, as its subject, this sentence or one of the
    three before, named before the role ("Ofsted welcomed the plan, with national director Jo Ade saying…";
    "Adoption UK criticised the cut. Chief executive Emily Frith said…"). A body merely named nearby is not
    evidence of employment, and a government never employs by position."""
    sentence = sentences.at(offset)
    for _ in range(4):
        opening = SUBJECT_OPENING.match(body, sentence.start).end()
        subject = [b for b in bodies if b.start == opening < offset and b.end <= max(offset, sentence.end)
                   and b.ref not in GOVERNMENT_REFS]
        if subject:
            return subject[0].ref
        if sentence.start == 0:
            return None
        sentence = sentences.at(sentence.start - 1)
    return None


def _label(role: str) -> str:
    """A role as a label: lower case, straight apostrophes, single spaces, party and year modifiers dropped."""
    role = SPACE_RUN.sub(" ", role.replace("’", "'")).strip()
    role = MP_CONSTITUENCY.sub("", ROLE_NOISE.sub("", role))
    return role if role == "MP" else role.lower().replace(" mp", " MP")


@functools.lru_cache(maxsize=1024)
def role_head(role: str) -> str:
    """The office a role phrase names, one name per office: "interim CEO" and "chief executive" → "chief executive"."""
    for head in sorted(ROLE_HEADS, key=len, reverse=True):
        if standalone_role_word(head.replace("’", "'")).search(role):
            return ROLE_SYNONYMS.get(head.lower(), head.lower())
    return role


def _mention_in(mentions: list[ActorMention], start: int, end: int) -> ActorMention | None:
    for mention in mentions:
        if mention.start < end and start < mention.end:
            return mention
    return None
