"""Within-article resolution: which names, surnames, titles and acronyms denote the same person or body.

Rules, in the order they apply:
- A person is named in full once ("ADCS president Andy Smith"); the canonical name is that full name without an
  honorific ("Cllr", "Baroness", "Dr" …). A person only ever named with a peer's or knight's title and a surname
  keeps it ("Lord Laming"), since that is their usual name.
- A bare surname ("Smith said") is the nearest person with that surname named before it (after it, if none is
  before), so two Smiths in one article stay two people: each surname goes to whichever was named last.
- A bare given name next to a reporting verb ("Ruth said:", "said Ruth") is the one person of the article named
  in full earlier with that given name, when no one else has it as a given name or surname.
- A titled surname ("Baroness Smith") is the person with that surname already seen with that title; otherwise the
  nearest Smith when the title is a plain one (Mr, Dr); otherwise a person of its own: "Baroness Smith" with a
  peer's, knight's or judge's title, else the surname alone ("Councillor Paffey" is "Paffey"), scoped to the
  article as a lone given name is.
- A body's acronym defined in brackets ("Family Rights Group (FRG)") names it wherever it recurs; curated bodies
  are found under every label, alias and acronym by the gazetteer.
- A company named in full with its legal form ("Fresh Start Foster Care Ltd") is named again without the legal form
  and the words of its trade ("Fresh Start said").
- He/she with two people in view: a sentence that opens with the same pronoun continues the person it already
  meant ("She credits her predecessor, Ruth Ellington, …" is still about the interviewee), and a person a pronoun
  has already resolved to keeps that sex (see `speakers`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from cscgraph.extract.bodies import BodyHit
from cscgraph.extract.people import PersonName
from cscgraph.extract.patterns import all_matches, compiled
from cscgraph.extract.patterns.people import (BODY_ANAPHORS, BODY_DESCRIPTION, GIVEN_NAME_SPEAKS, GLUED_OFFICE_AT,
                                              GIVEN_NAME_THEN_SPEECH, LEGAL_SUFFIX, SAID_BEFORE_SURNAME,
                                              NAME_PARTICLES, SUB_BODY_HEADS,
                                              NOT_NAME_WORDS, PEER_TITLES, PEERAGE_TITLES, SURNAME_WORDS, TRADE_WORDS,
                                              NAME_WORD_AT_END, NAME_WORD_NEXT, LONGEST_TITLE, TITLE_AT_END)
from cscgraph.extract.slugs import article_scope, slugify
from cscgraph.models import Entity, EntityRef


@dataclass
class Person:
    """A person of one article: canonical name, surname and the titles the text gives them."""

    name: str
    titles: set[str] = field(default_factory=set)
    aliases: set[str] = field(default_factory=set)
    scope: str | None = None
    """For a person known only by a given name: the article they belong to, so two Carmens stay two people."""

    @property
    def ref(self) -> EntityRef:
        return EntityRef("person", slugify(f"{self.name} {self.scope}" if self.scope else self.name))

    @property
    def surname(self) -> str:
        return self.name.split()[-1]

    @property
    def full(self) -> bool:
        return not (len(self.name.split()) == 2 and self.name.split()[0] in PEERAGE_TITLES | {"Mr", "Dr", "Mrs",
                                                                                               "Ms", "Professor"})


@dataclass(frozen=True)
class ActorMention:
    """One span naming a person or body."""

    start: int
    end: int
    ref: EntityRef


def resolve_people(body: str, names: list[PersonName], taken: list[tuple[int, int]]
                   ) -> tuple[list[Person], list[ActorMention]]:
    """The people of an article and every span that names one of them."""
    people: dict[str, Person] = {}
    for name in names:
        if len(name.name.split()) >= 2:
            owner = _particle_surname_of(people, name.name) or (_hyphened_surname_of(people, name.name)
                                                                 if name.title else None)
            if owner is not None:
                # "De Souza added" after "Rachel de Souza"; "Mrs Charlesworth May" after "Helen Charlesworth-May"
                owner.aliases.update({name.name, f"{name.title} {name.name}"} if name.title else {name.name})
                continue
            # a peer with a territorial designation is named with the title, as "Lord Laming" is: "Baroness
            # Smith of Malvern" ("Smith of Malvern" alone names no one)
            label = f"{name.title} {name.name}" if name.title in PEER_TITLES and " of " in name.name else name.name
            person = people.setdefault(label, Person(label))
            if name.title:
                person.titles.add(name.title)
                person.aliases.add(f"{name.title} {name.name}")
            if name.alias:
                person.aliases.add(name.alias)
    for name in names:
        if len(name.name.split()) == 1 and name.title and _titled_match(people, name.title, name.name) is not None:
            _titled_match(people, name.title, name.name).aliases.add(f"{name.title} {name.name}")
        elif len(name.name.split()) == 1 and name.title and name.title in PEERAGE_TITLES:
            # "Lord Eden" is a peer of his own ("LORD JUSTICE EDEN" in a judgment's heading is named so too)
            label = f"{name.title} {name.name}"
            people.setdefault(label, Person(label, {name.title})).aliases.update([name.alias] if name.alias else [])
        elif len(name.name.split()) == 1 and (misspelt := _misspelt_surname_of(people, name.name)) is not None:
            # "County Cllr Townley added" after "County Cllr Cosima Towneley said": a one-letter slip of the surname
            misspelt.aliases.update({name.name, f"{name.title} {name.name}"} if name.title else {name.name})
        elif len(name.name.split()) == 1 and name.title and not any(
                p.full and p.surname == name.name for p in people.values()):
            # "Ms Lowe" after "Maria Lowe" is her (resolved as a surname below); a "Councillor Paffey" never named in
            # full is "Paffey", of this article only (another article's Paffey may be someone else)
            people.setdefault(name.name, Person(name.name, {name.title}, {f"{name.title} {name.name}"},
                                                scope=article_scope(body)))
        elif name.given_only and not any(name.name in (p.name.split()[0], p.surname) for p in people.values()):
            # (a lone surname of someone named in full is theirs: "Holloway, a former social worker, said")
            people.setdefault(name.name, Person(name.name, scope=article_scope(body)))
    mentions = _full_mentions(body, list(people.values()), taken)
    mentions += _surname_mentions(body, list(people.values()), taken + [(m.start, m.end) for m in mentions],
                                  mentions)
    mentions += _given_name_mentions(body, list(people.values()), taken + [(m.start, m.end) for m in mentions],
                                     mentions)
    return list(people.values()), sorted(mentions, key=lambda m: m.start)


def _particle_surname_of(people: dict[str, Person], name: str) -> Person | None:
    """The person whose name ends in `name` when `name` is a particled surname opening a sentence: "De Souza" of
    "Rachel de Souza"."""
    words = name.split()
    if words[0].lower() not in NAME_PARTICLES or not words[0][:1].isupper():
        return None
    tail = name.lower()
    return next((p for p in people.values() if p.name.lower().endswith(" " + tail)), None)


def _hyphened_surname_of(people: dict[str, Person], name: str) -> Person | None:
    """The person whose hyphened surname `name` spells with a space instead, as copy drops the hyphen after a title:
    "Mrs Charlesworth May" of "Helen Charlesworth-May"."""
    hyphened = "-".join(name.split())
    return next((p for p in people.values() if p.full and p.surname == hyphened), None)


def _misspelt_surname_of(people: dict[str, Person], surname: str) -> Person | None:
    """The one person named in full whose surname `surname` misspells by one letter (added, dropped or changed, the
    first letter kept, six letters or more: "Townley" for Cosima Towneley); None where someone has that surname or
    no one, or two people, are one letter away."""
    if len(surname) < _MISSPELT_MIN or any(p.surname == surname for p in people.values()):
        return None
    near = [p for p in people.values() if p.full and len(p.surname) >= _MISSPELT_MIN
            and p.surname[0] == surname[0] and _one_letter_apart(p.surname, surname)]
    return near[0] if len(near) == 1 else None


def _one_letter_apart(a: str, b: str) -> bool:
    """True when one letter added, dropped or changed turns `a` into `b` (and they differ)."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


_MISSPELT_MIN = 6


def _titled_match(people: dict[str, Person], title: str, surname: str) -> Person | None:
    """The person named in full whom "<title> <surname>" names: "Baroness Quill" is Baroness Quill of Eastmoor."""
    for person in people.values():
        words = person.name.split()
        first = words[1] if words[0] in PEER_TITLES and len(words) > 1 else words[0]
        if person.full and title in person.titles and surname in (person.surname, first):
            return person
    return None


def _full_mentions(body: str, people: list[Person], taken: list[tuple[int, int]]) -> list[ActorMention]:
    found = []
    for person in people:
        last = 0
        for start, end in _occurrences(body, {person.name, *person.aliases}):
            start = _titled_start(body, start, last)[0]
            last = end
            if not _overlaps(start, end, taken + [(f.start, f.end) for f in found]):
                found.append(ActorMention(start, end, person.ref))
    return found


def _occurrences(body: str, names: set[str]) -> list[tuple[int, int]]:
    """Where any of `names` stands with no word character or hyphen either side, leftmost first, then longest,
    never overlapping: what a regex alternation of them finds, without compiling one per article's names.

    >>> _occurrences("Jo Reed-Hall met Jo Reed.", {"Jo Reed", "Jo Reed-Hall"})
    [(0, 12), (17, 24)]
    """
    found = []
    for name in names:
        at = body.find(name) if name else -1
        while at >= 0:
            end = at + len(name)
            if not (at > 0 and _in_word(body[at - 1])) and not _continues(body, end):
                found.append((at, end))
            at = body.find(name, at + 1)
    spans: list[tuple[int, int]] = []
    for start, end in sorted(found, key=lambda span: (span[0], -span[1])):
        if not spans or start >= spans[-1][1]:
            spans.append((start, end))
    return spans


def _in_word(ch: str) -> bool:
    """A character that continues a word for a name's edge: what `[\\w-]` matches."""
    return ch.isalnum() or ch in "_-"


def _continues(body: str, end: int) -> bool:
    """True when the word at body[end] runs on from a name ending there: a word character, or a hyphen before one
    ("Jo Reed-Hall"); a hyphen before a space or the end is a dash ("By Jo Reed-" as some bylines print it).

    >>> _continues("Jo Reed-Hall", 7), _continues("By Jo Reed-\\n", 10)
    (True, False)

    An office glued to a name by a flattened profile card does not run it on: "Munira WilsonMP".
    """
    if end >= len(body) or not _in_word(body[end]):
        return False
    if body[end - 1].islower() and GLUED_OFFICE_AT.match(body, end):
        return False
    return body[end] != "-" or end + 1 < len(body) and _in_word(body[end + 1])


def _titled_start(body: str, start: int, floor: int) -> tuple[int, str | None]:
    """Where a name at `start` begins with the honorific before it ("Baroness Smith"), and the honorific; no
    honorific reaching back before `floor` (the end of the previous match)."""
    spaces = start
    while spaces > floor and body[spaces - 1].isspace():
        spaces -= 1
    if spaces == start:
        return start, None
    m = TITLE_AT_END.search(body, max(floor, spaces - LONGEST_TITLE), spaces)
    return (m.start(), m.group("title")) if m else (start, None)


def _surname_mentions(body: str, people: list[Person], taken: list[tuple[int, int]],
                      known: list[ActorMention]) -> list[ActorMention]:
    """Bare and titled surnames resolved to the nearest person of that surname."""
    by_surname: dict[str, list[Person]] = {}
    for person in people:
        if person.full:
            by_surname.setdefault(person.surname, []).append(person)
    found: list[ActorMention] = []
    for surname, candidates in by_surname.items():
        speaks = compiled(GIVEN_NAME_SPEAKS.format(name=re.escape(surname))) if surname in SURNAME_WORDS else None
        last = 0
        for at, end in _occurrences(body, {surname}):
            if NAME_WORD_NEXT.match(body, end):
                continue  # "Smith Jones" is no bare Smith
            start, title = _titled_start(body, at, last)
            last = end
            if _overlaps(start, end, taken) or _preceded_by_name(body, start):
                continue
            if speaks is not None and not title and not any(
                    s.start() <= start < s.end() for s in speaks.finditer(body, max(0, start - 8), end + 40)):
                continue  # "in May" is a month; "May said" and "Mrs May" are the person
            person = _nearest(candidates, start, known + found, title)
            if person is not None:
                found.append(ActorMention(start, end, person.ref))
    return found


def _given_name_mentions(body: str, people: list[Person], taken: list[tuple[int, int]],
                         known: list[ActorMention]) -> list[ActorMention]:
    """A bare given name as speaker ("Ruth said:", "said Ruth") after the person was named in full: only when one
    person of the article has that given name and nobody has it as a surname."""
    given: dict[str, list[Person]] = {}
    for person in people:
        if person.full and len(person.name.split()) >= 2:
            given.setdefault(person.name.split()[0], []).append(person)
    surnames = {p.surname for p in people}
    found: list[ActorMention] = []
    for name, candidates in given.items():
        if len(candidates) != 1 or name in surnames or name in NOT_NAME_WORDS:
            continue
        first = min((m.start for m in known if m.ref == candidates[0].ref), default=None)
        for start, end in _speaking(body, name):
            if first is None or start < first or _overlaps(start, end, taken):
                continue
            found.append(ActorMention(start, end, candidates[0].ref))
    return found


def _speaking(body: str, name: str) -> list[tuple[int, int]]:
    """Where `name` stands as a speaker, in text order: what GIVEN_NAME_SPEAKS matches ("Ruth said", "said Ruth"),
    read at each place the name stands rather than by a pattern compiled per name.

    >>> _speaking("Ruth said so, as said Ruth. Ruthie said no.", "Ruth")
    [(0, 4), (22, 26)]
    """
    spans = []
    at = body.find(name)
    while at >= 0:
        end = at + len(name)
        if not (at > 0 and _name_char(body[at - 1])) and GIVEN_NAME_THEN_SPEECH.match(body, end):
            spans.append((at, end))
        elif not (end < len(body) and _name_char(body[end])):
            spaces = at
            while spaces > 0 and body[spaces - 1].isspace():
                spaces -= 1
            if spaces < at and SAID_BEFORE_SURNAME.search(body, max(0, spaces - 5), spaces):
                spans.append((at, end))
        at = body.find(name, at + 1)
    return spans


def _name_char(ch: str) -> bool:
    """What `[\\w’'-]` matches: a character that would make a longer word of a name it touches."""
    return ch.isalnum() or ch in "_’'-"


def _preceded_by_name(body: str, start: int) -> bool:
    """True when a first name stands right before: "Jane Smith" (unknown) is not a bare "Smith"."""
    m = NAME_WORD_AT_END.search(body[max(0, start - 40):start])
    return m is not None and m.group(1) not in NOT_NAME_WORDS


def _nearest(candidates: list[Person], offset: int, known: list[ActorMention], title: str | None) -> Person | None:
    if title:
        title = title.rstrip(".")
        titled = [p for p in candidates if title in p.titles]
        if titled:
            candidates = titled
        elif title in PEERAGE_TITLES:
            return None
    refs = {p.ref: p for p in candidates}
    before = [m for m in known if m.ref in refs and m.end <= offset]
    if before:
        return refs[max(before, key=lambda m: m.end).ref]
    after = [m for m in known if m.ref in refs and m.start >= offset]
    return refs[min(after, key=lambda m: m.start).ref] if after else None


def resolve_bodies(body: str, hits: list[BodyHit], taken: list[tuple[int, int]]
                   ) -> tuple[list[Entity], list[ActorMention]]:
    """One entity per body, and every span naming it: label, acronym and later repeats of a found name."""
    entities: dict[EntityRef, Entity] = {}
    names: dict[EntityRef, set[str]] = {}
    mentions: list[ActorMention] = []
    for hit in hits:
        ref = hit.reference.ref if hit.reference is not None else EntityRef("organisation", slugify(hit.label))
        entity = entities.get(ref)
        if entity is None or (entity.kind_label is None and hit.kind_label):
            entities[ref] = _body_entity(ref, hit, entity)
        names.setdefault(ref, set())
        if hit.reference is None:
            names[ref].add(hit.label)
            short = short_company_name(hit.label)
            if short is not None:
                names[ref].add(short)
        if hit.acronym:
            names[ref].add(hit.acronym)
        mentions.append(ActorMention(hit.start, hit.end, ref))
    spans = taken + [(m.start, m.end) for m in mentions]
    for ref, labels in names.items():
        for label in labels:
            for start, end in _occurrences(body, {label}):
                if not _overlaps(start, end, spans):
                    mentions.append(ActorMention(start, end, ref))
                    spans.append((start, end))
    for ref, labels in names.items():
        entity = entities[ref]
        aliases = tuple(sorted(set(entity.aliases) | {l for l in labels if l != entity.label}))
        entities[ref] = Entity(ref, entity.label, entity.types, entity.kind_label, aliases, entity.reference)
    return list(entities.values()), sorted(mentions, key=lambda m: m.start)


def short_company_name(label: str) -> str | None:
    """The name a company goes by after its first mention: without its legal form and the words of its trade.

    >>> short_company_name("Fresh Start Foster Care Ltd")
    'Fresh Start'
    >>> short_company_name("Family Rights Group") is None
    True
    """
    if LEGAL_SUFFIX.search(label) is None:
        return None
    words = LEGAL_SUFFIX.sub("", label).split()
    while len(words) > 1 and words[-1] in TRADE_WORDS:
        words.pop()
    short = " ".join(words)
    if short == label or (len(words) == 1 and words[0] in NOT_NAME_WORDS):
        return None
    return short


def described_bodies(body: str, mentions: list[ActorMention], entities: list[Entity]) -> list[ActorMention]:
    """"The panel", "the council", "the union": the last body named before (a resolved description counts, so
    they chain), within `DESCRIPTION_REACH` paragraphs, whose label has that word or whose kind fits it (not a
    committee of that kind: "the council" is not the council's scrutiny committee)."""
    by_ref = {e.ref: e for e in entities}
    spans = [(m.start, m.end) for m in mentions]
    pool = sorted(mentions, key=lambda m: m.end)
    out = []
    for d in all_matches(BODY_DESCRIPTION, body):
        if _overlaps(d.start(), d.end(), spans):
            continue
        noun = d.group("noun").lower()
        kinds = BODY_ANAPHORS.get(noun, ())
        for m in sorted((m for m in pool if m.end <= d.start()), key=lambda m: -m.end):
            if body.count("\n\n", m.end, d.start()) > DESCRIPTION_REACH:
                break
            entity = by_ref.get(m.ref)
            if entity is not None and (_headed_by(entity.label, noun) or entity.kind_label in kinds
                                       and not _a_committee(entity.label)):
                found = ActorMention(d.start(), d.end(), m.ref)
                out.append(found)
                pool.append(found)
                break
    return out


def _a_committee(label: str) -> bool:
    """True for a body's committee, board, panel or forum ("Devon County Council children’s scrutiny committee"): of
    its owner's kind, but "the council" is the owner, not it."""
    return label.split()[-1].lower() in SUB_BODY_HEADS


def _headed_by(label: str, noun: str) -> bool:
    """True when `noun` is the word a body's name is headed by: its last word, or one before "of"/"for" ("the
    union": "National Union of Teachers"); not a word that describes another ("the charity" is not the "Charity
    Commission").

    >>> _headed_by("Westmoor Children's Trust", "trust"), _headed_by("Charity Commission", "charity")
    (True, False)
    """
    words = label.lower().split()
    return any(w == noun and (i == len(words) - 1 or words[i + 1] in ("of", "for")) for i, w in enumerate(words))


# How many paragraphs back "the panel" may look for the panel it means.
DESCRIPTION_REACH = 8


def _body_entity(ref: EntityRef, hit: BodyHit, previous: Entity | None) -> Entity:
    if hit.reference is not None:
        r = hit.reference
        return Entity(ref, r.label, r.types, r.kind_label or hit.kind_label, r.aliases, reference=True)
    label = previous.label if previous is not None else hit.label
    return Entity(ref, label, ("Organization",), hit.kind_label, ())


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)
