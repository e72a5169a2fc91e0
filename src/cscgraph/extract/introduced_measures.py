"""Measures an article introduces that reference data does not name: the noun phrase a lineage verb governs, or
the subject a sentence defines as a new duty, right or power ("The family mentor offer is a new legal duty…").

A verb of funding, testing or inclusion may govern a list of phrases without an article, each a measure: "The
proposals include reforms of safeguarding, improvements to multi-agency working and better support for kinship
families", "plans to fund support and training for kinship carers" (the list ends at the first conjunct that is not
a noun phrase, and populations, topics and vague heads are dropped).

"The review recommended a single ‘front door’ to support services" names a measure, "single front door to support
services", whether or not anyone curated it. The phrase is normalised (lower case, scare quotes and a leading "new"
dropped) and keyed by its slug, so the same measure in two articles is one node; a phrase that is a curated
measure's name or alias is that measure (the gazetteer finds it first and its span is taken). Phrases inside a
quoted passage are the speaker's words, not the article's statement, and are skipped; so are phrases whose head
is a document, a quantity or a vague word (`patterns/documents.py`, NOT_MEASURE_WORDS), and phrases holding a
capitalised word (a name, which the document rules handle) unless a bullet item opens with the cue and the head
noun is lower-case ("• Creating a new Kinship Care Ambassador role").
"""

from __future__ import annotations

import re

from cscgraph.extract.patterns import all_matches
from cscgraph.extract.patterns import documents as P
from cscgraph.extract.patterns import measures as M
from cscgraph.extract.patterns import text as T
from cscgraph.extract.slugs import slugify
from cscgraph.extract.spans import pieces
from cscgraph.models import Entity, EntityRef

__all__ = ["introduced_measures"]


def introduced_measures(body: str, taken: list[tuple[int, int]], bodies: list[tuple[int, int]] = ()
                        ) -> list[tuple[int, int, Entity]]:
    """(start, end, entity) of each measure phrase a lineage verb governs, outside `taken` spans and quotes; a body
    named inside it after its first word (`bodies`, spans in `taken` too) is part of it: "greater powers for Ofsted".

    >>> [(body[s:e], str(x.ref)) for body in ["It proposed a national register of foster carers."]
    ...  for s, e, x in introduced_measures(body, [])]
    [('national register of foster carers', 'measure/national-register-of-foster-carers')]
    """
    quoted = [(m.start(), m.end()) for m in all_matches(P.QUOTED_PASSAGE, body)]
    out: list[tuple[int, int, Entity]] = []
    for m in (*all_matches(P.INTRODUCED_MEASURE, body), *all_matches(P.BOUND_DUTY_MEASURE, body),
              *all_matches(P.BULLET_MEASURE, body),
              *all_matches(P.PROPOSED_MEASURE, body), *all_matches(P.REQUIRED_MEASURE, body),
              *all_matches(P.DEFINED_MEASURE, body), *all_matches(M.RECOMMENDED_INTRODUCTION, body),
              *all_matches(P.INTRODUCED_SUBJECT, body, P.INTRODUCED_PASSIVE)):
        start, end = m.span("phrase")
        end = _infinitive_end(body, start, end)
        bound = m.re is P.BOUND_DUTY_MEASURE  # named with its task, to the end of the clause: "…to support families"
        if bound and end < m.end() or M.NUMBER_CUT.match(body, end - 1):
            continue  # a clause too long, a page cut off or a number cut at its comma names no task
        while body[start:end].split(maxsplit=1)[0].lower() in P.DEGREE_WORDS and " " in body[start:end].strip():
            start += len(body[start:end].split(maxsplit=1)[0]) + 1  # "better targeted response…" → "targeted…"
        words = body[start:end].split()
        plain = [P.SCARE_QUOTES.sub("", w) for w in words]
        if m.re is P.INTRODUCED_SUBJECT and m.start("phrase") == m.start():
            plain[0] = plain[0].lower()  # a sentence's capital: "Compulsory registers … will be introduced"
        capitals_allowed = plain[-1][:1].islower() and P.BULLET_OPENING.search(body, max(0, m.start() - 6), m.start())
        # the party a duty binds may be in a named place ("a duty for councils in England and Wales to…"): only its
        # task counts
        # a duty's party is never a body's name: "a duty on the Youth Justice Board to…" is no measure
        task = bound or re.search(r"\sto\s", body[start:end]) is not None
        inside = [] if task else _inside(bodies, start, end)
        words_named = body[m.end():end].split() if bound else _outside(body, start, plain, inside)
        named = any(w[:1].isupper() for w in words_named)
        # a role a bullet names in capitals is a measure ("a new Kinship Care Ambassador role"); "a new role" is not
        vague = _head(plain) in P.NOT_MEASURE_WORDS and not (named and _head(plain) in P.NAMED_HEADS)
        clause = any(w.lower() in M.CLAUSE_ADVERBS for w in plain[1:])
        if len(plain) < 2 or named and not capitals_allowed or vague or clause:
            continue
        if _cut_in_coordination(plain, body[end:end + 5]) or not bound and _duty_without_its_task(plain):
            continue
        spans = [x for x in taken if x not in inside] + quoted + [(s, e) for s, e, _ in out]
        if any(s < end and start < e for s, e in spans) or any(s <= m.start() < e for s, e in quoted):
            continue
        label = _lowered(body, inside, " ".join(plain))
        out.append((start, end, Entity(ref=EntityRef("measure", slugify(label)), label=label)))
    governed = [(start, end, "{}") for start, end in _governed_conjuncts(body)]
    for start, end, name in governed + _statute_actions(body):
        inside = _inside(bodies, start, end)
        spans = [x for x in taken if x not in inside] + quoted + [(s, e) for s, e, _ in out]
        if any(s < end and start < e for s, e in spans):
            continue
        label = name.format(_lowered(body, inside, body[start:end]))
        out.append((start, end, Entity(ref=EntityRef("measure", slugify(label)), label=label)))
    return sorted(out, key=lambda found: found[0])


def _inside(bodies: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The body spans inside the phrase body[start:end] after its first word."""
    return [(s, e) for s, e in bodies if start < s and e <= end]


def _lowered(body: str, inside: list[tuple[int, int]], text: str) -> str:
    """`text` (a phrase, perhaps with its scare quotes dropped) in lower case but for the names of the bodies
    `inside` it ("greater powers for Ofsted"), its spaces single."""
    lowered = T.SPACE_RUN.sub(" ", text).lower()
    for s, e in inside:
        name = T.SPACE_RUN.sub(" ", body[s:e])
        lowered = lowered.replace(name.lower(), name)
    return lowered


def _outside(body: str, start: int, words: list[str], spans: list[tuple[int, int]]) -> list[str]:
    """The `words` of the phrase at `start` (one for each of its runs of non-spaces) outside `spans`."""
    places = re.finditer(r"\S+", body[start:])
    return [w for w, at in zip(words, places)
            if not any(s <= start + at.start() and start + at.end() <= e for s, e in spans)]


def _infinitive_end(body: str, start: int, end: int) -> int:
    """Where a phrase cut right after its "to" ends: a duty, requirement or power runs on to the end of its clause
    ("duty on local authorities to have and maintain registers"); any other head drops the "to"."""
    words = body[start:end].split()
    if len(words) < 2 or words[-1].lower() != "to":
        return end
    rest = P.MEASURE_CLAUSE_REST.match(body, end)
    if _head(words) in P.INFINITIVE_HEADS and rest is not None:
        return rest.end() - (len(rest.group()) - len(rest.group().rstrip()))
    return start + len(body[start:end].rsplit(None, 1)[0])


def _governed_conjuncts(body: str) -> list[tuple[int, int]]:
    """Spans of the measure phrases, written without an article, that a verb of funding, testing or inclusion
    governs, one per conjunct of its list ("…include reforms of safeguarding, improvements to multi-agency working
    and better support for kinship families")."""
    out = []
    for m in all_matches(P.GOVERNED_LIST, body):
        text, offset = m.group("list"), m.start("list")
        joint = P.LIST_LAST_AND.search(text)
        # with no comma, "A and B" is two phrases when B opens with its own article or adjective ("improvements to
        # respite and better advice for carers"), else one ("support and training for carers")
        own_lead = joint is not None and P.CONJUNCT_LEAD.match(text[joint.end():]).end() > 0
        cuts = [(0, joint.start()), (joint.end(), len(text))] if joint and own_lead else [(0, len(text))]
        gerunds = text.split(maxsplit=1)[0].lower().endswith("ing")
        # a list of gerunds parts before each "and" and a gerund: "introducing a register … and increasing …"
        bounds = [x for j in P.GERUND_CONJUNCT.finditer(text) for x in j.span()] if gerunds else []
        if bounds:
            bounds = [0, *bounds, len(text)]
            cuts = list(zip(bounds[::2], bounds[1::2]))
        if P.LIST_COMMA.search(text):
            cuts = []
            start = 0
            for sep in P.LIST_COMMA.finditer(text):
                cuts.append((start, sep.start()))
                start = sep.end()
            last = text[start:]
            joint = P.LIST_LAST_AND.search(last)
            # a list closes with "and"/"or" ("A, B and C"); without it what follows the comma is another clause
            cuts = cuts + [(start, start + joint.start()), (start + joint.end(), len(text))] if joint else cuts[:1]
        for k, (a, b) in enumerate(cuts):
            a += _match_end(M.APPROXIMATE_AMOUNT, text, a, b)
            a += _match_end(P.PLAN_LEAD, text, a, b)
            first = text[a:b].split(maxsplit=1)[0].lower() if text[a:b].strip() else ""
            # the list ends where a clause starts: "…for carers, calling it a start", "…, which…"
            if first in P.CONJUNCT_NOT_NOUN or k and first.endswith("ing") and not gerunds:
                break
            a += P.CONJUNCT_LEAD.match(text[a:b]).end()
            a += _match_end(M.COUNT_LEAD, text, a, b)
            phrase = P.CONJUNCT_PHRASE.match(text[a:b])
            words = phrase.group("phrase").split() if phrase else []
            phrase_end = a + phrase.end("phrase") if phrase else a
            verb = P.LAST_JOINED_WORD.search(text, a, phrase_end) if P.OBJECT_AFTER.match(text, phrase_end) else None
            if verb is not None:  # "…in social care and hope this signals": "hope" is a verb
                phrase_end = verb.start()
                words = text[a:phrase_end].split()
            purpose = P.PURPOSE_CLAUSE.search(text, a, phrase_end) if words else None
            if purpose is not None and _head(words) in P.KIND_QUALIFIED_HEADS:
                phrase_end = purpose.start()
                words = text[a:phrase_end].split()
            if not words or words[0].lower() in P.CONJUNCT_NOT_NOUN or words[-1].lower() in P.PHRASE_LAST_NOT:
                break
            if _not_a_measure(words):
                continue
            out.append((offset + a, offset + phrase_end))
    return out


def _statute_actions(body: str) -> list[tuple[int, int, str]]:
    """(start, end, how it is named) of the object of each verb in a statute's list of what it will do ("The Bill
    will strengthen safeguards for young carers, offer more respite and regulate fostering agencies"): the object's
    phrase (a required party's own act read through: "require councils to offer short breaks" offers short breaks),
    named as ACTION_NOUNS names it ("regulation of {}")."""
    out = []
    for m in all_matches(P.STATUTE_ACTIONS, body):
        text, offset = m.group("list"), m.start("list")
        for a, b in pieces(P.ACTION_CONJUNCT, text):
            verb = P.ACTION_OBJECT.match(text, a, b)
            if verb is None:
                continue
            name = P.ACTION_NOUNS.get((verb.group("inner") or verb.group("only")).lower(), "{}")
            # the object's article stays where the verb's noun names it ("regulation of the use of agencies")
            a = verb.end() + (P.CONJUNCT_LEAD.match(text[verb.end():b]).end() if name == "{}" else 0)
            phrase = P.CONJUNCT_OBJECT.match(text[a:b])
            if phrase is None:
                continue
            words = phrase.group("phrase").split()
            if len(words) + (name != "{}") < 2 or _not_a_measure(words):
                continue
            out.append((offset + a, offset + a + phrase.end("phrase"), name))
    return out


def _match_end(pattern: re.Pattern[str], text: str, start: int, end: int) -> int:
    """How many characters `pattern` matches at the start of text[start:end] (0 when it does not)."""
    m = pattern.match(text[start:end])
    return m.end() if m else 0


def _not_a_measure(words: list[str]) -> bool:
    """A conjunct's phrase that names a population, a topic, a field of service or a vague or general head, not a
    measure ("children with complex needs", "work to…", "children’s social care", "changes")."""
    head = _head(words)
    return head in P.CONJUNCT_NOT_MEASURE and not _qualified_by_kind(words) \
        or head in P.NOT_MEASURE_WORDS and not _complemented(words) or _field_of_service(words) \
        or head in M.PROPERTY_HEADS or _population(words)


def _population(words: list[str]) -> bool:
    """ "families experiencing difficulties", "young people leaving care": people named by what they go through."""
    lower = [w.lower() for w in words]
    start = 1 if lower[0] in M.POPULATION_MODIFIERS else 0
    return len(lower) > start + 1 and lower[start] in M.POPULATION_NOUNS and bool(M.PARTICIPLE.match(lower[start + 1]))


def _field_of_service(words: list[str]) -> bool:
    """ "children’s social care", or two fields sharing a head: "kinship and foster care"."""
    text = " ".join(words).lower().replace("’", "'")
    first, joined, rest = text.partition(" and ")
    if not joined or " " not in rest:
        return text in P.FIELDS_OF_SERVICE
    head = rest.split(" ", 1)[1]
    return f"{first} {head}" in P.FIELDS_OF_SERVICE and rest in P.FIELDS_OF_SERVICE


def _qualified_by_kind(words: list[str]) -> bool:
    """ "preventive services", "family support services": a head of services with a word of what they do before it
    (not "local services" or "children's services", nor "services" alone)."""
    lower = [w.lower().replace("’", "'") for w in words]
    head = _head(words)
    before = lower[:lower.index(head)] if head in P.KIND_QUALIFIED_HEADS else []
    return bool(before) and not set(before) <= P.GENERIC_QUALIFIERS


def _complemented(words: list[str]) -> bool:
    """A general head with what it is of or to is specific: "reforms of children’s safeguarding", "improvements to
    multi-agency working" (not "changes" alone)."""
    return any(w.lower() in P.PHRASE_PREPOSITIONS for w in words[1:-1])


def _cut_in_coordination(words: list[str], after: str) -> bool:
    """ "a duty on departments and other bodies to act": an "and" after a prepositional phrase joins its objects,
    so the phrase before it is not the whole measure."""
    return bool(P.COORDINATION_NEXT.match(after)) and any(w.lower() in P.PHRASE_PREPOSITIONS for w in words)


def _duty_without_its_task(words: list[str]) -> bool:
    """ "a duty on local authorities who…": a duty named only by whom it binds, not by what it requires, names no
    measure (its task comes later in the clause, or is the measure the text names otherwise)."""
    return _head(words) in P.INFINITIVE_HEADS and words[-1].lower() in P.CONJUNCT_NOT_MEASURE


def _head(words: list[str]) -> str:
    """The head noun: the last word before the first preposition ("register" in "register of foster carers"),
    without quotation marks ("‘radical reforms’" → "reforms")."""
    before = []
    for word in words:
        if word.lower() in P.PHRASE_PREPOSITIONS:
            break
        before.append(word)
    return (before or words)[-1].lower().strip("‘’“”\"'")
