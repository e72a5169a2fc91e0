"""Named people in an article, found where the copy says they are people: an honorific ("Cllr James Jamieson"),
a role ("NAFP chief executive Harvey Gallagher", "Emily Frith, chief executive officer"), a reporting verb ("Jess
Phillips told the House of Commons", "…,” said Andy Smith"), "MP", a parliamentary report's heading ("Jo Reed
(Northtown) (Lab)"), a photo credit, or a common given name before a surname-like word (`given_names`); a lone given
name only with a lay role ("Kinship carer Carmen said", "Andy, a frontline social worker, said").

A verb any subject takes ("is", "has", "was") or a possessive makes a person only of a name that opens with a common
given name or whose surname speaks elsewhere: "Advanced Childcare is for sale", "Abu Dhabi's fund" name no one.
A name with none of these is not taken, so "Stable Homes" or "Sure Start" never become people; once a person is
known, `coreference` finds every later mention of them, surname-only ones included.

>>> [(p.name, p.title) for p in find_person_names("Cllr James Jamieson said so.", [])]
[('James Jamieson', 'Cllr')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from cscgraph.extract.patterns.attribution import SPEECH_VERBS
from cscgraph.extract.patterns.text import SPACE_RUN, TOKEN
from cscgraph.extract.spans import leftmost_longest
from cscgraph.extract.patterns import all_matches
from cscgraph.extract.patterns.given_names import GIVEN_NAMES
from cscgraph.extract.patterns.people import (AND_NAME, CANDIDATE_NAME, COMMON_NOUN_ENDING, GIVEN_NAME_FIRST,
                                              NAME_DASH_ROLE, NAME_IN_CREDIT, NAME_IN_HANSARD, GIVEN_NAME_THEN_LAY_ROLE,
                                              LAY_ROLE_THEN_GIVEN_NAME, GIVEN_NAME_WITH_AGE, NAME_AFTER_PREPOSITION,
                                              NAME_AFTER_VERB,
                                              NAME_AND, NAME_BEFORE_VERB, NAME_PREFIX_WORDS, NAME_THEN_ROLE, NAME_WHO,
                                              TITLE_RUNS_INTO_NAME, TITLED_SURNAME_WORDS,
                                              NAME_WITH_AGE, NAME_WITH_MP, NOT_NAME_WORDS, POSSESSIVE_NAME,
                                              SURNAME_WORDS, ROLE_THEN_NAME, NAME_AFTER_CASE, SUCCESSION,
                                              SPEAKS_AFTER_SURNAME, SAID_BEFORE_SURNAME, TITLED_PERSON, TITLES,
                                              NAME_IN_COMMAS_BEFORE_VERB, BYLINE, POSSESSIVE_AS_ROLE, with_gates,
                                              WEAK_PERSON_VERBS, JUDICIAL_TITLE_FORMS, CAPITALISED_NEXT_WORD,
                                              JUDGE_IN_CAPS, JUDGE_POSTNOMINAL, MONTH_GIVEN_NAMES, DATE_WORD_BEFORE,
                                              NOT_PEER_SURNAMES, PEER_DESIGNATION, PEER_TITLES, ROLE_PHRASE,
                                              TITLED_LIST, TITLED_LIST_ITEM, GIVEN_NAME_AND,
                                              NAME_WITH_PARTY, NAME_AS_RELATIVE, LEADING_PARTICIPLE,
                                              NAME_GLUED_OFFICE, FULL_NAME_THEN_LAY_ROLE, NAME_PICTURED,
                                              NAME_OF_BODY_SPEAKS, NAME_IS_ROLE, NAME_AFTER_STARTED_BY,
                                              PLURAL_ROLE_THEN_NAMES, GIVEN_NAME_AND_FULL_NAME, CONSTITUENCY_BEFORE,
                                              NAME_AFTER_AGE, NAME_WITH_HONOURS, NAME_ASKED)

_TRIGGERS = with_gates(ROLE_THEN_NAME, NAME_THEN_ROLE, NAME_DASH_ROLE, NAME_IN_HANSARD, NAME_IN_CREDIT, NAME_BEFORE_VERB,
                       NAME_AFTER_VERB, NAME_WITH_MP, NAME_AFTER_PREPOSITION, POSSESSIVE_NAME, SUCCESSION, NAME_WHO,
                       NAME_WITH_AGE, NAME_AFTER_CASE, NAME_IN_COMMAS_BEFORE_VERB, BYLINE, POSSESSIVE_AS_ROLE,
                       NAME_WITH_PARTY, NAME_AS_RELATIVE, NAME_GLUED_OFFICE, FULL_NAME_THEN_LAY_ROLE, NAME_PICTURED,
                       NAME_OF_BODY_SPEAKS, NAME_IS_ROLE, NAME_AFTER_STARTED_BY, PLURAL_ROLE_THEN_NAMES,
                       NAME_AFTER_AGE, NAME_WITH_HONOURS, NAME_ASKED)
_LAY_TRIGGERS = with_gates(LAY_ROLE_THEN_GIVEN_NAME, GIVEN_NAME_THEN_LAY_ROLE, GIVEN_NAME_WITH_AGE)
_TITLE_WORDS = frozenset(t for title in TITLES for t in title.split())
_ROLE_AT = re.compile(rf"(?i:{ROLE_PHRASE})")
_NOT_NAME_START = NOT_NAME_WORDS | NAME_PREFIX_WORDS
_TITLE_CASE_SPEECH_VERBS = frozenset(v.capitalize() for v in SPEECH_VERBS if " " not in v)


@dataclass(frozen=True)
class PersonName:
    """A person's name where the text first shows it is one: the span and the name without its title."""

    start: int
    end: int
    name: str
    title: str | None = None
    alias: str | None = None
    """The name as written when it differs from title + name: "Baroness (Jacqui) Smith"."""
    given_only: bool = False
    """A lone given name the copy gives with a lay role ("Kinship carer Carmen", "Andy, a social worker")."""


def find_person_names(body: str, taken: list[tuple[int, int]]) -> list[PersonName]:
    """Names the text marks as people, outside `taken` spans (bodies, documents), in text order."""
    found: dict[tuple[int, int], PersonName] = {}
    for m in TITLED_PERSON.finditer(body):
        name = _clean(body, m.start("name"), m.end("name"), single_ok=True, titled=True)
        if name is not None and not _overlaps(name, taken) and not _judge_in_heading(body, m, name):
            title = JUDICIAL_TITLE_FORMS.get(m.group("title"), m.group("title").rstrip("."))
            given = m.group("given")
            full = f"{given} {name.name}" if given and len(name.name.split()) == 1 else name.name
            if m.group("initials") and name.start == m.start("name"):
                full = f"{SPACE_RUN.sub(' ', m.group('initials'))}{full}"
            end = name.end
            peer = PEER_DESIGNATION.match(body, end) if title in PEER_TITLES and " " not in full \
                and full not in NOT_PEER_SURNAMES else None
            if peer is not None:
                end, full = peer.end(), f"{full} of {SPACE_RUN.sub(' ', peer.group('place'))}"
            found[(m.start(), end)] = PersonName(m.start(), end, full, title, body[m.start():end] if given else None)
    for name in _listed_councillors(body):
        if not _overlaps(name, taken):
            found[(name.start, name.end)] = name
    for m in JUDGE_IN_CAPS.finditer(body):
        title = JUDICIAL_TITLE_FORMS.get(m.group("title").title(), m.group("title").title())
        span = (m.start("title"), m.end("name"))
        if not _overlaps(PersonName(*span, ""), taken):
            found[span] = PersonName(*span, m.group("name").title(), title, body[span[0]:span[1]])
    for m in JUDGE_POSTNOMINAL.finditer(body):
        name = _clean(body, m.start("name"), m.end("name"), single_ok=True)
        if name is not None and not _overlaps(name, taken):
            found[(name.start, m.end("post"))] = PersonName(name.start, m.end("post"), name.name, "Justice",
                                                            body[name.start:m.end("post")])
    for pattern, gate in _TRIGGERS:
        for m in all_matches(pattern, body, gate):
            for group in ("name", "name2"):
                if group not in pattern.groupindex or not m.group(group):
                    continue
                name = _clean(body, m.start(group), m.end(group), single_ok=False)
                if name is None or _overlaps(name, taken) or _inside(name, found) or \
                        CONSTITUENCY_BEFORE.search(body, max(0, name.start - 40), name.start):
                    continue
                if _weak_trigger(m) and not (name.name.split()[0] in GIVEN_NAMES
                                             or surname_speaks(body, name.name.split()[-1])):
                    continue
                if m.re is NAME_BEFORE_VERB and _ends_a_title(body, name):
                    continue
                found[(name.start, name.end)] = name
    for pattern, gate in _LAY_TRIGGERS:
        for m in all_matches(pattern, body, gate):
            name = _clean(body, m.start("name"), m.end("name"), single_ok=True)
            if name is None or len(name.name.split()) != 1 or _overlaps(name, taken) or _inside(name, found):
                continue
            if pattern is GIVEN_NAME_WITH_AGE and name.name not in GIVEN_NAMES:
                continue  # "Northby, 12, …": an age makes a person of a given name only
            found[(name.start, name.end)] = PersonName(name.start, name.end, name.name, given_only=True)
    for m in _given_name_runs(body, taken):
        name = _clean(body, m.start("name"), m.end("name"), single_ok=False)
        if name is None or name.name.split()[0] not in GIVEN_NAMES or _overlaps(name, taken) or _inside(name, found):
            continue
        found[(name.start, name.end)] = name
    for couple in _couples(body):
        if not _overlaps(couple, taken) and not _inside(couple, found):
            found[(couple.start, couple.end)] = couple
    for partner in _partners(body, list(found.values())):
        if not _overlaps(partner, taken) and not _inside(partner, found):
            found[(partner.start, partner.end)] = partner
    for spouse in _shared_surnames(body, list(found.values())):
        if not _overlaps(spouse, taken):
            found[(spouse.start, spouse.end)] = spouse
    for m in CANDIDATE_NAME.finditer(body):
        name = _clean(body, m.start("name"), m.end("name"), single_ok=False)
        if name is None or _overlaps(name, taken) or _inside(name, found) or _ends_a_title(body, name):
            continue
        if surname_speaks(body, name.name.split()[-1]):
            found[(name.start, name.end)] = name
    return sorted(leftmost_longest(found.values()), key=lambda p: p.start)


def _ends_a_title(body: str, name: PersonName) -> bool:
    """ "The Institute for Recovery from Childhood Neglect warned": a name a title's joining word and a capitalised
    word run into is the end of that title, no person."""
    return TITLE_RUNS_INTO_NAME.search(body, max(0, name.start - 40), name.start) is not None


def _listed_councillors(body: str) -> Iterator[PersonName]:
    """Each name of a list after one plural title: "Councillors R Buckmaster, Deffley and Goldspink" → "R Buckmaster",
    "Deffley", "Goldspink", each a councillor."""
    for listed in TITLED_LIST.finditer(body):
        for m in TITLED_LIST_ITEM.finditer(body, listed.start("list"), listed.end("list")):
            name = _clean(body, m.start("name"), m.end("name"), single_ok=True)
            if name is None or name.start != m.start("name"):
                continue
            initials = SPACE_RUN.sub(" ", m.group("initials")) if m.group("initials") else ""
            title = "Alderman" if listed.group("plural") == "Aldermen" else "Cllr"
            yield PersonName(m.start(), name.end, f"{initials}{name.name}", title, body[m.start():name.end])


def _given_name_runs(body: str, taken: list[tuple[int, int]]) -> Iterator[re.Match]:
    """GIVEN_NAME_FIRST's matches and, where one opens with words no name holds or with a body's name (`taken`),
    the match from the first word after them: a run is read at most three words at a time, so "Senior Associate
    John Drew" is also read from "John", and "published by the Guardian Jo Reed" from "Jo"."""
    for m in GIVEN_NAME_FIRST.finditer(body):
        yield m
        words = list(TOKEN.finditer(m.group("name")))
        skip = 0
        while skip < len(words) and (words[skip].group() in _NOT_NAME_START or any(
                s <= m.start("name") + words[skip].start() < e for s, e in taken)):
            skip += 1
        if 0 < skip < len(words):
            later = GIVEN_NAME_FIRST.match(body, m.start("name") + words[skip].start())
            if later is not None:
                yield later


def _partners(body: str, people: list[PersonName]) -> list[PersonName]:
    """Names joined by "and" to a person's name: "Rachel Hale and Tawanda Moyo" (either side)."""
    out = []
    for person in people:
        after = AND_NAME.match(body, person.end)
        before = NAME_AND.search(body, max(0, person.start - 80), person.start)
        for m in (after, before):
            name = m and _clean(body, m.start("name"), m.end("name"), single_ok=False)
            if name and not COMMON_NOUN_ENDING.search(name.name.split()[0]):
                out.append(name)
    return out


def _shared_surnames(body: str, people: list[PersonName]) -> list[PersonName]:
    """A common given name alone before "and" and a person named in full, as couples and siblings are named: the
    person with that surname. "Robert and Margaret Isdale" → "Robert Isdale", "Diane and Andrew Saxby" → "Diane
    Saxby" (not a given name that is also a word of a body's name: "Victoria and Albert Museum" names no one)."""
    out = []
    for person in people:
        words = person.name.split()
        if person.title or len(words) < 2 or words[0] not in GIVEN_NAMES:
            continue
        m = GIVEN_NAME_AND.search(body, max(0, person.start - 40), person.start)
        if m and m.group("given") in GIVEN_NAMES and m.group("given") not in NOT_NAME_WORDS:
            out.append(PersonName(m.start("given"), m.end("given"), f"{m.group('given')} {' '.join(words[1:])}",
                                  alias=m.group("given")))
    return out


def _couples(body: str) -> Iterator[PersonName]:
    """Both people of a couple named as one: a common given name, "and", a first name and surname ("Judy and Roxy
    Wilson" → "Judy Wilson", "Roxy Wilson"; not "Victoria and Albert Museum", a body)."""
    for m in GIVEN_NAME_AND_FULL_NAME.finditer(body):
        given = m.group("given")
        if given not in GIVEN_NAMES or given in NOT_NAME_WORDS:
            continue
        name = _clean(body, m.start("name"), m.end("name"), single_ok=False)
        if name is None or len(name.name.split()) != 2 or (name.start, name.end) != m.span("name"):
            continue
        yield PersonName(m.start("given"), m.end("given"), f"{given} {name.name.split()[1]}", alias=given)
        yield name


def _judge_in_heading(body: str, m: re.Match, name: PersonName) -> bool:
    """True for "Judge" before a word that a capitalised word follows, as in a title-case headline ("Judge Slams
    Council Over Delays"), not a judge ("Judge Reed found…")."""
    return m.group("title") == "Judge" and CAPITALISED_NEXT_WORD.match(body, name.end) is not None


def _weak_trigger(m: re.Match) -> bool:
    """True for a trigger any capitalised subject fits: a possessive ("Abu Dhabi’s fund") or a verb such as "is",
    "has" ("Advanced Childcare is for sale"), as opposed to a role, title or reporting verb."""
    return m.re is POSSESSIVE_NAME or m.re is NAME_BEFORE_VERB and m.group("verb") in WEAK_PERSON_VERBS


def surname_speaks(body: str, surname: str) -> bool:
    """True when `surname` stands before a reporting verb ("Wardell says") or after "said"/"says"/"added"/"adds"
    ("said Daby") anywhere in `body`; read at each place it stands rather than by a pattern compiled per name.

    >>> surname_speaks("The plan, said Daby, is late.", "Daby"), surname_speaks("Daby was there.", "Daby")
    (True, False)
    """
    at = body.find(surname)
    while at >= 0:
        end = at + len(surname)
        if SPEAKS_AFTER_SURNAME.match(body, end):
            return True
        spaces = at
        while spaces > 0 and body[spaces - 1].isspace():
            spaces -= 1
        if (spaces < at and SAID_BEFORE_SURNAME.search(body, max(0, spaces - 5), spaces)
                and not (end < len(body) and _word_char(body[end]))):
            return True
        at = body.find(surname, at + 1)
    return False


def _word_char(ch: str) -> bool:
    """What `\\w` matches."""
    return ch.isalnum() or ch == "_"


def _clean(body: str, start: int, end: int, single_ok: bool, titled: bool = False) -> PersonName | None:
    """The name in body[start:end] with leading function words, role words and titles removed, or None (`titled`:
    a title stands right before it)."""
    words = list(TOKEN.finditer(body[start:end]))
    title = None
    while words and (words[0].group() in NOT_NAME_WORDS or words[0].group() in NAME_PREFIX_WORDS
                     or words[0].group().rstrip(".") in _TITLE_WORDS) and not _month_given_name(body, start, words):
        if words[0].group().rstrip(".") in _TITLE_WORDS:
            title = words[0].group().rstrip(".")
        words.pop(0)
    if len(words) > 1 and LEADING_PARTICIPLE.fullmatch(words[0].group()) and words[0].group() not in GIVEN_NAMES:
        words.pop(0)  # "Praising Jo Reed", "Describing Roxy as …"
    if len(words) > 2 and COMMON_NOUN_ENDING.search(words[0].group()) and not words[0].group().endswith("ing") \
            and words[0].group() not in GIVEN_NAMES and words[1].group() in GIVEN_NAMES:
        # an office's last word before the name: "Minister for Levelling up Communities Kemi Badenoch" (not a
        # surname in -ing, "Harding")
        words.pop(0)
    # Trailing non-name words go, except a surname-word ending the name as written ("Sarah Green"; not the "Green"
    # left of "Provision Green Paper" once "Paper" has gone).
    trimmed = False
    while words and words[-1].group() in NOT_NAME_WORDS and (trimmed or not _surname_word_ends(
            words, titled or title is not None)):
        words.pop()
        trimmed = True
    # A reporting verb set in capitals before a colon is no surname: "Commenting on the plan, Priya Said:".
    if len(words) > 1 and words[-1].group() in _TITLE_CASE_SPEECH_VERBS and \
            body.startswith(":", start + words[-1].end()):
        words.pop()
    # A staff list joined from its lines sets the role right after the name: "Ana Ruiz Head of press".
    while len(words) > 2 and _role_end(body, start + words[-1].start()) > start + words[-1].end():
        words.pop()
    if not words or (len(words) < 2 and not single_ok):
        return None
    inner = words[1:-1] if words[0].group() in MONTH_GIVEN_NAMES else words[:-1]  # kept by _month_given_name
    if any(w.group() in NOT_NAME_WORDS for w in inner):
        return None
    s, e = start + words[0].start(), start + words[-1].end()
    if words[0].group() not in GIVEN_NAMES and any(_role_end(body, start + w.start()) >= e for w in words):
        return None  # a job title set in capitals: "Service Development Manager", "the Interim Assistant Director"
    return PersonName(s, e, body[s:e], title)


def _role_end(body: str, start: int) -> int:
    """Where a role phrase opening at `start` ends ("Head of press", "Interim Assistant Director"), or -1."""
    m = _ROLE_AT.match(body, start)
    return m.end() if m is not None else -1


def _month_given_name(body: str, start: int, words: list[re.Match]) -> bool:
    """True when a month that is also a given name opens a name before a surname, not after a date word: "June
    Thoburn" (not "in June Smith said", "By May Northby…")."""
    return (len(words) >= 2 and words[0].group() in MONTH_GIVEN_NAMES and words[1].group() not in NOT_NAME_WORDS
            and DATE_WORD_BEFORE.search(body, max(0, start + words[0].start() - 12), start + words[0].start()) is None)


def _surname_word_ends(words: list[re.Match], titled: bool) -> bool:
    """True when a common word that is also a surname ends a name after a given name: "Sarah Green" (not when
    more capitalised words follow it: "Provision Green Paper"); "Councillor Keith House" only with its title."""
    last = words[-1].group()
    return len(words) >= 2 and (last in SURNAME_WORDS or titled and last in TITLED_SURNAME_WORDS) and \
        words[-2].group() not in NOT_NAME_WORDS


def _overlaps(name: PersonName, spans: list[tuple[int, int]]) -> bool:
    return any(name.start < e and s < name.end for s, e in spans)


def _inside(name: PersonName, found: dict[tuple[int, int], PersonName]) -> bool:
    return any(s <= name.start and name.end <= e for s, e in found)


