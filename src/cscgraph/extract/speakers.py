"""Who a quoted passage belongs to: the words around it that attribute it, and the entity those words name.

`attribution_for` tries, in order: an inverted attribution right after the closing mark ("…,” said ADCS president
Andy Smith); a reporting verb before the opening mark in the same sentence (Phillipson said the care system was
“bankrupting councils…”; Annie Hudson said: “…”); a subject-first attribution after it ("…,” she added; “…”, with
work starting this year, Jess Phillips told the House of Commons). A phrase found that way names its speaker by,
in order: a person named in it; a role the article gave a named person ("the minister said", "our chief
executive added"); a body named in it (also for "a DfE spokesperson"); the government of the day
("the government said"); a pronoun, resolved to the latest fitting person (he/she) or the latest body or document
that spoke or was named (it/they); a definite description ("the policy paper said", "the association said", "the
charity said" → a charity, else a body whose name gives another kind; "The Tory said", "the Osbaston member said" →
the person named last; "the statement went on" → whoever issued it), staff speaking for their body ("inspectors
found" → the inspectorate named before). Words introduced as someone's own are theirs ("Nicky Morgan’s assertion
that ‘…’", "Her response was blunt:"), whoever reports them (`words_owner`). A passive verb's agent speaks
("criticised by Ofsted for …"); a phrase opened by an office nobody holds yet in the article ("The council leader
had written to Jeremy Hunt, urging …") is not the person it names later. Pronouns walk back sentence by sentence,
passing over sentences the same pronoun leads, a person in a clause opening a sentence ("As Mr Hunt prepares …,
Cllr Brown appealed"), and for a reply ("she replied") preferring the person asked. Names joined by "and" that end
the phrase speak jointly (`joint_speakers`): each gets the quote.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from cscgraph.extract.patterns import text as T
from cscgraph.extract.patterns.attribution import (AFTER_QUOTE_DASH, AFTER_QUOTE_SUBJECT_FIRST, AFTER_QUOTE_VERB_FIRST,
                                                   COMMA_BEFORE_VERB, INVERTED_BEFORE_QUOTE, INVERTING_VERBS,
                                                   COUNCILLOR_TITLE, INDEFINITE_OFFICE, OFFICE_AFTER_BODY,
                                                   OFFICE_OF_BODY, UNNAMED_POST_HOLDER,
                                                   DOCUMENT_ANAPHOR, SPEAKER_AFTER_CUE, SPEECH_VERB_RE, TOLD_AUDIENCE,
                                                   DOCUMENT_SET_OFF_CLAUSE, DOCUMENT_RELATIVE_CLAUSE, STAFF_OPENING,
                                                   ONE_OF_COUNCILS,
                                                   OWNER_BEFORE_DOCUMENT, ARTICLE_WORD, INDEFINITE_SPOKESPERSON,
                                                   RELATIVE_PRONOUN_AT_END, OBJECT_RELATIVE_SUBJECT, CAPTION_CREDIT,
                                                   STATUTE_NOUNS, PASSIVE_BEFORE_VERB, LEADING_ADVERBIAL,
                                                   WITH_BEFORE_SUBJECT, DASH_ASIDE_BEFORE_VERB,
                                                   BARE_SPOKESPERSON, POSSESSIVE_S, PERSON_BY_SEX, OFFICE_BODY,
                                                   STAFF_SUBJECT, STAFF_BODY_KINDS, STAFF_NOUN, INDEFINITE_BEFORE,
                                                   BARE_STAFF_SUBJECT, COMPANION_BEFORE, COMPANION_REACH,
                                                   ASKED_BEFORE, REPLY_CUE, JOINT_SPEAKER_LINK, JOINT_SPEAKERS_END,
                                                   AGENT_AFTER_VERB, DESCRIBED_AGENT_AFTER_VERB, LEADING_SUBORDINATE,
                                                   IT_REPORTS, ITS_OPENING, DOCUMENT_PART_OF,
                                                   QUALIFIED_ROLE_ANAPHOR, OFFICES_NOT_SHORTENED, OFFICES_ALSO_NAMED,
                                                   PARTY_QUALIFIERS, LEADING_OBJECT_BEFORE_NAME,
                                                   OTHER_OFFICE_BEFORE_TITLE,
                                                   PERSON_DESCRIPTION, ROLE_NOT_SPEAKER_AFTER, DOCUMENT_OWNER_LEFT,
                                                   DOCUMENT_AUTHOR_LINK, DOCUMENT_RECIPIENT_LINK,
                                                   DOCUMENT_RECIPIENT_TAIL, RECIPIENT_OWNER, RECIPIENT_WHEN,
                                                   AFTER_QUOTE_ACCORDING, AFTER_QUOTE_CLOSING_CLAUSE, ADDRESSED_BEFORE,
                                                   PEOPLE_GROUP_SUBJECT,
                                                   AFTER_QUOTE_WORDS_OF, AFTER_QUOTE_PROPOSED_BY, PERSON_BY_AFFILIATION,
                                                   AFTER_QUOTE_PASSIVE_AGENT, POSSESSED_WORDS,
                                                   PERSON_BY_PLACE,
                                                   POSSESSED_AIM, ASKING_OPENER, definite_description)
from cscgraph.extract.patterns.documents import PERIOD_COVERED
from cscgraph.extract.patterns.given_name_sexes import FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES
from cscgraph.extract.patterns.people import (BODY_ANAPHOR_FALLBACK_KINDS, BODY_ANAPHORS, CASE_OF_BEFORE,
                                              CASE_OF_REACH, FEMALE_TITLES, MALE_TITLES, PARTY_GROUP_AFTER,
                                              PARTY_PEOPLE, ROLE_ANAPHOR, SPOKESPERSON, SUBJECT_OPENING, governed)
from cscgraph.extract.governments import GOVERNMENT_REFS
from cscgraph.extract.roles import role_head
from cscgraph.extract.sentences import SentenceIndex
from cscgraph.models import DOCUMENT_KINDS, Entity, EntityRef, Membership, Mention

# What can speak besides people: "the DfE said", "the policy paper said", "the bill states".
SPEAKING_THINGS = frozenset({"organisation", *DOCUMENT_KINDS})


@dataclass(frozen=True)
class Attribution:
    """A speaker and the words that name them: the cue and the span of the speaker phrase."""

    speaker: EntityRef | None
    cue: str | None
    start: int
    end: int
    spokesperson: bool = False


@dataclass
class SpeakerContext:
    """What speaker resolution reads: the body, who is named where, and who has spoken so far."""

    body: str
    sentences: SentenceIndex
    mentions: list[Mention]
    entities: dict[EntityRef, Entity]
    governments: list[tuple[int, int, EntityRef]]
    quoted: list[tuple[int, int]]
    spoken: list[tuple[int, EntityRef]]
    memberships: tuple[Membership, ...] = ()
    """The roles the article gives people, for "the minister said" / "our chief executive added"."""
    genders: dict[EntityRef, str] = field(default_factory=dict)
    """The sex a he/she has already been resolved to, by person: "“…,” he said" makes Sam Whitlock "he"."""
    cache: dict[str, object] = field(default_factory=dict)
    """What other readers of the article compute once (`speaker_ranker`'s names and verbs outside quotes)."""

    def __post_init__(self) -> None:
        self.mentions = sorted(self.mentions, key=lambda m: m.span.start)
        self._starts = [m.span.start for m in self.mentions]

    def within(self, start: int, end: int) -> list[Mention]:
        i = bisect_left(self._starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].span.start < end:
            if self.mentions[i].span.end <= end:
                out.append(self.mentions[i])
            i += 1
        return out

    def before(self, offset: int) -> list[Mention]:
        """Mentions ending before `offset` and outside quoted passages, latest first."""
        i = bisect_left(self._starts, offset)
        return [m for m in reversed(self.mentions[:i])
                if m.span.end <= offset and not self.in_quote(m.span.start)]

    def in_quote(self, offset: int) -> bool:
        return any(s <= offset < e for s, e in self.quoted)

    def opening_thing(self, start: int, end: int) -> EntityRef | None:
        """The body or document that opens body[start:end] as its subject ("The CHA’s evidence shows…")."""
        opening = SUBJECT_OPENING.match(self.body, start, end).end()
        things = [m.entity for m in self.within(opening, end)
                  if m.span.start == opening and m.entity.kind in SPEAKING_THINGS]
        return things[0] if things else None


def after_quote(ctx: SpeakerContext, start: int, end: int) -> Attribution | None:
    """An attribution in body[start:end], the text after a closing mark: "…,” said X" / "…,” she added" /
    "…” – X, chief executive"."""
    text = ctx.body[start:end]
    m = AFTER_QUOTE_VERB_FIRST.match(text)
    if m:
        return _attribution(ctx, start + m.start("who"), start + m.end("who"), m.group("cue"), verb_first=True)
    # "…” when it comes to care, according to a new report.": the document the sentence ends by naming
    m = AFTER_QUOTE_ACCORDING.match(text)
    if m:
        found = _attribution(ctx, start + m.start("who"), start + m.end("who"), "according to", verb_first=True)
        if found.speaker is not None and found.speaker.kind in DOCUMENT_KINDS:
            return found
    m = AFTER_QUOTE_PROPOSED_BY.match(text)
    if m:
        # "the ‘radical reset’ proposed by the review": the agent named first after "by"
        return _attribution(ctx, start + m.start("who"), start + m.end("who"), None, verb_first=True)
    m = AFTER_QUOTE_PASSIVE_AGENT.match(text)
    if m:
        # "“…” was highlighted by the review": the agent; "‘…’ in its services have been criticised in a
        # damning Ofsted report": the document named first after "in"
        who = start + m.start("who"), start + m.end("who")
        if m.group("by"):
            found = _attribution(ctx, *who, None, verb_first=True)
            if found.speaker is not None:
                return found
        elif documents := [d for d in ctx.within(*who) if d.entity.kind in DOCUMENT_KINDS]:
            return Attribution(documents[0].entity, None, *who)
    m = AFTER_QUOTE_WORDS_OF.match(text)
    if m:
        # "“…,” - the words of councillor Jo Ade yesterday as …": the person or body named after "of"
        return _attribution(ctx, start + m.start("who"), start + m.end("who"), None, verb_first=True)
    m = AFTER_QUOTE_SUBJECT_FIRST.match(text)
    if m:
        cue = m.group("cue") + (m.group("object") or "")
        return _attribution(ctx, start + m.start("who"), start + m.end("who"), cue)
    m = AFTER_QUOTE_CLOSING_CLAUSE.match(text)
    if m:
        return _attribution(ctx, start + m.start("who"), start + m.end("who"), m.group("cue"))
    m = AFTER_QUOTE_DASH.match(text)
    if m:
        return _attribution(ctx, start + m.start("who"), start + m.end("who"), None, verb_first=True)
    return None


def before_quote(ctx: SpeakerContext, start: int, end: int) -> Attribution | None:
    """An attribution in body[start:end], the clause before an opening mark, by its first verb that names one."""
    text = ctx.body[start:end]
    unresolved = None
    opener = _opening_clause(ctx, LEADING_ADVERBIAL, start, end)
    for verb in reversed(list(SPEECH_VERB_RE.finditer(text))):
        if ctx.in_quote(start + verb.start()) or opener is not None and start + verb.end() <= opener.end() \
                and not SPEAKER_AFTER_CUE.match(verb.group()):
            # a reporting verb inside any opening clause (LEADING_ADVERBIAL: "Asked by Jo Ade whether …,", "Speaking
            # to reporters,", "After Jo Ade said …,") attributes nothing quoted; "According to …" still does
            continue
        audience = TOLD_AUDIENCE.match(text[verb.start():])
        cue = audience.group() if audience else verb.group()
        agent = AGENT_AFTER_VERB.match(text, verb.end())
        if SPEAKER_AFTER_CUE.match(verb.group()):
            found = _attribution(ctx, start + verb.end(), end, cue, verb_first=True)
        elif verb.group().lower() in INVERTING_VERBS and COMMA_BEFORE_VERB.search(text, 0, verb.start()) and (
                inverted := INVERTED_BEFORE_QUOTE.fullmatch(text, verb.end())) is not None:
            # "Worse, says the report, “…”"
            found = _attribution(ctx, start + inverted.start("who"), start + inverted.end("who"), cue, verb_first=True)
        elif agent is not None:
            # a passive with its agent: "criticised by Ofsted for …", "described by the review as “…”"
            named = named_after(ctx, start + agent.end(), end)
            found = Attribution(named.speaker if named else None, cue, start + agent.end(), end)
        elif (described := DESCRIBED_AGENT_AFTER_VERB.match(text, verb.end())) is not None and (
                body := _anaphor(ctx, text[described.end():], start + described.end())):
            # "a statement issued by the council": the council named before
            found = Attribution(body, cue, start + described.end(), end)
        else:
            found = _attribution(ctx, start, start + verb.start(), cue)
        if found.speaker is not None:
            return found
        unresolved = unresolved or found
    return unresolved


def last_reported_speaker(ctx: SpeakerContext, start: int, end: int) -> Attribution | None:
    """The speaker of the last reporting verb in body[start:end] whose subject names one."""
    for verb in reversed(list(SPEECH_VERB_RE.finditer(ctx.body, start, end))):
        if ctx.in_quote(verb.start()):
            continue
        sentence = ctx.sentences.at(verb.start())
        found = _attribution(ctx, max(start, sentence.start), verb.start(), verb.group())
        if found.speaker is not None:
            return found
    return None


def subject_of(ctx: SpeakerContext, start: int, end: int) -> Attribution | None:
    """The actor or document a clause opens with, for a quote with no reporting verb (cue None)."""
    text = ctx.body[start:end]
    first = _edge_word(text, True)
    opening = DOCUMENT_ANAPHOR.match(ctx.body, start + len(text) - len(text.lstrip()), end)
    if first in PRONOUNS:
        found = Attribution(_pronoun(ctx, start, first), None, start, end)
    elif opening is not None and ctx.body.startswith(" ", opening.end()) and not ctx.within(start, opening.end()):
        # "The act requires councils to “…”": the document the clause opens with
        found = Attribution(_anaphor(ctx, opening.group(), start), None, start, end)
    else:
        found = _attribution(ctx, start, end, None, anaphora=False)
    if found.speaker is None or found.speaker.kind not in ("person", *SPEAKING_THINGS):
        return None
    return found


def relative_document(ctx: SpeakerContext, start: int, end: int) -> Attribution | None:
    """The document whose relative clause body[start:end] ends with, running on to the quote ("… the report
    which concludes, ‘…’", "its Plan for Change, which aims to ‘…’"): named right before the pronoun, or a
    definite description there ("the report") taken back to the last document of its kind; None otherwise."""
    m = DOCUMENT_RELATIVE_CLAUSE.search(ctx.body, start, end)
    if m is None or ctx.in_quote(m.start()):
        return None
    cue = m.group("verb").lower() if SPEECH_VERB_RE.fullmatch(m.group("verb")) else None
    named = [x for x in ctx.within(start, m.start()) if x.span.end == m.start()]
    if named:
        return Attribution(named[-1].entity, cue, named[-1].span.start, end) \
            if named[-1].entity.kind in DOCUMENT_KINDS else None
    described = [d for d in DOCUMENT_ANAPHOR.finditer(ctx.body, start, m.start()) if d.end() == m.start()]
    if not described:
        return None
    document = _anaphor(ctx, described[-1].group(), described[-1].start())
    return Attribution(document, cue, described[-1].start(), end) \
        if document is not None and document.kind in DOCUMENT_KINDS else None


def words_owner(ctx: SpeakerContext, start: int, end: int) -> Attribution | None:
    """Whose words body[start:end] ends by introducing as theirs ("Nicky Morgan’s assertion that", "his assurance
    that", "the minister’s claim that", "the Prime Minister’s ambition to"): a pronoun resolved, the person, body or
    government named right before the possessive, or the person given that office; None when the clause does not end
    so or names no one."""
    m = POSSESSED_WORDS.search(ctx.body, start, end) or POSSESSED_AIM.search(ctx.body, start, end)
    if m is None:
        return None
    if m.group("pronoun"):
        owner = _pronoun(ctx, m.start("pronoun"), _OWNER_PRONOUNS[m.group("pronoun").lower()])
        return Attribution(owner, None, m.start(), end) if owner is not None else None
    at = m.start("possessive")
    named = [x for x in ctx.within(start, at) if x.span.end == at]
    government = [ref for s, e, ref in ctx.governments if start <= s and e == at]
    if government and not named:
        return Attribution(government[-1], None, start, end)  # "the government’s pledge to …"
    if named:
        # a document's claims are left to the document rules ("the report’s claim that …")
        owner = named[-1]
        return Attribution(owner.entity, None, owner.span.start, end) \
            if owner.entity.kind in ("person", "organisation") else None
    holder = _role_holder(ctx, ctx.body[start:at], start)
    return Attribution(holder, None, start, end) if holder is not None else None


_OWNER_PRONOUNS = {"her": "she", "his": "he", "their": "they"}


def _attribution(ctx: SpeakerContext, start: int, end: int, cue: str | None, verb_first: bool = False,
                 anaphora: bool = True) -> Attribution:
    if cue:
        # the verb in lower case, an audience as written: "told the BBC"
        cue = T.SPACE_RUN.sub(" ", cue)
        told = TOLD_AUDIENCE.match(cue)
        cue = f"told {told.group('audience')}" if told else cue.lower()
    if not verb_first:
        progressive = (cue or "").split(" ")[0].endswith("ing")
        if PASSIVE_BEFORE_VERB.search(ctx.body, max(start, end - 40), end) and not progressive:
            # "…were originally welcomed as a ‘pivotal moment’": what was welcomed is no speaker; "is calling for"
            # is the progressive, whose subject speaks
            return Attribution(None, cue, end, end)
        start = _past_leading_clause(ctx, _relative_clause_start(ctx, start, end), end)
        opened = WITH_BEFORE_SUBJECT.search(ctx.body, start, end) if progressive else None
        if opened is not None and opened.end() < end:
            start = opened.end()  # "…, with the inspectors saying:" is the inspectors'
    aside = None if verb_first else DASH_ASIDE_BEFORE_VERB.search(ctx.body, start, end)
    if aside is not None and ctx.body[start:aside.start()].strip():
        # "the Coalition – Action for Children, Barnardo's – said": the subject, not the aside's last body
        return _attribution(ctx, start, aside.start(), cue, anaphora=anaphora)
    who = ctx.body[start:end]
    # "a DfE spokesperson said" speaks for the body; "Cllr Roger Gough, children's services spokesperson for the
    # network, said" is a named person in a spokesperson's role.
    spokesperson = SPOKESPERSON.search(who) is not None and not _named_spokesperson(ctx, start, end)
    edge = _edge_word(who, verb_first)
    if anaphora and edge in PRONOUNS:
        return Attribution(_pronoun(ctx, start if verb_first else end, edge, answering=bool(cue and REPLY_CUE.match(cue))),
                           cue, start, end)
    mentions = [m for m in ctx.within(start, end) if m.entity.kind in ("person", *SPEAKING_THINGS)
                and not ctx.in_quote(m.span.start)]
    # A person inside a document's or body's name is not the speaker: "Josh Ade’s report says" is the report.
    mentions = [m for m in mentions if not (m.entity.kind == "person" and any(
        o.entity.kind != "person" and o.span.start <= m.span.start and m.span.end <= o.span.end
        and o.span != m.span for o in mentions))]
    people = [m for m in mentions if m.entity.kind == "person"]
    # A possessor is not the subject when someone else is named: "Jo Ade’s deputy, Sam Lee, said" is Sam Lee,
    # "Ofsted rejected Mr Ade’s suggestion as “…”" is Ofsted.
    people = [m for m in people if not (POSSESSIVE_S.match(ctx.body, m.span.end) and any(
        o.entity != m.entity for o in mentions))]
    # The addressee of a letter does not speak it: "In an open letter to the minister, Pat Moss, the charities said".
    people = [m for m in people if not ADDRESSED_BEFORE.search(ctx.body, start, m.span.start)]
    # A victim is no subject: "the murder of Star Hobson highlights “national problems”" (a verb of the reported
    # clause; the one who said so is the subject of the verb before).
    people = [m for m in people if not CASE_OF_BEFORE.search(ctx.body, max(start, m.span.start - CASE_OF_REACH),
                                                             m.span.start)]
    if anaphora and not verb_first and not spokesperson:
        # "The government's long-awaited strategy states": the document right before the verb, not its owner.
        document = _document_subject(ctx, who, start)
        if document is not None:
            return Attribution(document, cue, start, end)
    if people and not spokesperson:
        described = _opens_with_unnamed_person(ctx, start, end)
        if described:
            # "The council leader had written to Jeremy Hunt, urging …": the leader, not the person written to
            found = _role_holder(ctx, ctx.body[start:described], start) or _person_before(ctx, start, "")
            return Attribution(found, cue, start, end)
        return Attribution(people[0].entity, cue, start, end)
    holder = None if spokesperson else _role_holder(ctx, who, start) or _office_named_later(ctx, who, start) \
        or _party_member_described(ctx, who, start) or _office_lead(ctx, who, start)
    if holder is not None:
        return Attribution(holder, cue, start, end)
    post = None if spokesperson or verb_first else UNNAMED_POST_HOLDER.match(ctx.body, start, end)
    if post is not None:  # "The director of children’s services at the council said"
        return Attribution(_post_holder(ctx, post.group("post"), start, mentions), cue, start, end)
    office = None if spokesperson or verb_first else OFFICE_OF_BODY.match(ctx.body, start, end) or next(
        (o for m in mentions if m.entity.kind == "organisation"
         and (o := OFFICE_AFTER_BODY.match(ctx.body, m.span.end, end))
         and (o.end() == end or SPEECH_VERB_RE.match(ctx.body, o.end(), end))), None)
    if office is not None and (holder := _post_holder(ctx, office.group("post"), start, mentions, anywhere=True)):
        return Attribution(holder, cue, start, end)  # "The chief executive of Sandwell Council hailed"
    things = [(m.span.start, m.span.end, m.entity) for m in mentions if m.entity.kind != "person"]
    things += [g for g in ctx.governments if start <= g[0] and g[1] <= end and not ctx.in_quote(g[0])]
    # A body that owns a document named right after it is not the speaker: "as part of Labour’s manifesto to
    # “…”" is the manifesto.
    things = [t for t in things if not (t[2].kind == "organisation" and any(
        d[2].kind in DOCUMENT_KINDS and OWNER_BEFORE_DOCUMENT.fullmatch(ctx.body, t[1], d[0]) for d in things))]
    # "Labour representatives stressed": unnamed members, not the party
    things = [t for t in things if not (PARTY_PEOPLE.match(ctx.body, t[0]) and PARTY_GROUP_AFTER.match(ctx.body, t[1]))]
    # A partner is not the subject when another is named: "the committee worked with the Children's Bureau,
    # identifying that “…”" is the committee's.
    things = [t for t in things if not (COMPANION_BEFORE.search(ctx.body, max(start, t[0] - COMPANION_REACH), t[0])
                                        and any(o[2] != t[2] for o in things))]
    if things:
        opening = SUBJECT_OPENING.match(ctx.body, start, end).end()
        # The subject set off by commas ("The Care Review, published by the Harbour Institute, said") comes first.
        # (a generic "The report" is mentioned with its article: "The report, published by the NSPCC, says")
        subject = [t for t in things if start <= t[0] <= opening < t[1] and ctx.body.startswith(",", t[1])]
        head = None if verb_first or spokesperson else _document_head(ctx, things, opening, end)
        if verb_first:
            pick = min(things, key=lambda t: t[0])
        elif subject and not spokesperson and cue is not None:
            pick = subject[0]
        elif head is not None:
            pick = head
        elif cue is None and max(things, key=lambda t: t[1])[2].kind not in DOCUMENT_KINDS and (
                opened := [t for t in things if t[0] >= opening]):
            # no reporting verb and no document just before the quote ("as part of Labour’s manifesto to “…”"): the
            # clause's subject, the first actor after its opening ("Today, the Government will introduce a Bill to
            # Parliament, designed to “…”" is the government's, not Parliament's)
            pick = min(opened, key=lambda t: t[0])
        else:
            pick = max(things, key=lambda t: (t[2].kind == "organisation", t[1]))
        return Attribution(pick[2], cue, start, end, spokesperson)
    if spokesperson and anaphora:
        # "A council spokesperson said": the body that spoke last, else the last body of the kind named; "a
        # spokesperson said" with no kind: the last body named.
        found = _spoken_thing(ctx, start) or _kind_named(ctx, who, start)
        if found is None and BARE_SPOKESPERSON.match(who):
            found = _body_before(ctx, start, (None,))
        return Attribution(found, cue, start, end, True)
    return Attribution(_anaphor(ctx, who, start) if anaphora else None, cue, start, end)


def _document_head(ctx: SpeakerContext, things: list[tuple[int, int, EntityRef]], opening: int, end: int
                   ) -> tuple[int, int, EntityRef] | None:
    """The document that heads the subject before the verb, its owner or author only modifying it: "The Ofsted
    report said", "Ofsted’s annual report also warns", "The Ofsted report, published today, said", "A report by the
    LGA warned", "A council budget report for 2018-19 states" (not "Ofsted, responding to the report, said", where the
    body is the subject, nor "After the report, Ofsted said")."""
    last = max(things, key=lambda t: t[1])
    subject_end = last[1]
    if last[2].kind in DOCUMENT_KINDS and (covered := PERIOD_COVERED.match(ctx.body, subject_end, end)):
        subject_end = covered.end()
    if last[2].kind == "organisation":
        # "A report by the LGA warned": the document its author follows heads the subject; so does a council paper
        # the body receives ("A report due to go before the council’s scrutiny committee next week says")
        named = last
        last = next((t for t in things if t[2].kind in DOCUMENT_KINDS
                     and DOCUMENT_AUTHOR_LINK.fullmatch(ctx.body, t[1], named[0])), named)
        tail = DOCUMENT_RECIPIENT_TAIL.match(ctx.body, named[1], end) if last is named else None
        received = next((t for t in things if t[2].kind in DOCUMENT_KINDS
                         and DOCUMENT_RECIPIENT_LINK.fullmatch(ctx.body, t[1], named[0])), None) if tail else None
        if received is not None:  # (found only where the tail is)
            last, subject_end = received, tail.end()
        elif last is named:  # the council's committee named as a body of its own
            received = next((t for t in things if t[2].kind in DOCUMENT_KINDS and _received_by(ctx.body, t[1],
                                                                                               named[0])), None)
            if received is not None:
                last, subject_end = received, RECIPIENT_WHEN.match(ctx.body, named[1]).end()
    if last[2].kind not in DOCUMENT_KINDS:
        return None
    set_off = DOCUMENT_SET_OFF_CLAUSE.match(ctx.body, subject_end, end)
    if any(w.lower() not in _AUXILIARIES
           for w in T.WORD_WITH_APOSTROPHE.findall(ctx.body, set_off.end() if set_off else subject_end, end)):
        return None
    # only the clause the document opens counts: "Commissioned by leading charities, the report has called for",
    # "Explaining the rise - its biggest in years - a council budget report states"
    opening = max([opening] + [at + len(mark) for mark in CLAUSE_BREAKS
                               if (at := ctx.body.rfind(mark, opening, last[0])) >= 0])
    before = ctx.body[opening:last[0]]
    for s, e, _ in sorted(things, key=lambda t: -t[0]):
        if opening <= s and e <= last[0]:
            before = before[:s - opening] + before[e - opening:]
    return last if DOCUMENT_OWNER_LEFT.fullmatch(before) else None


def _received_by(body: str, document_end: int, committee_start: int) -> bool:
    """Whether the text between a council paper and a committee says the paper goes to it: "report due to go before
    the council’s …"."""
    link = DOCUMENT_RECIPIENT_LINK.match(body, document_end, committee_start)
    return link is not None and RECIPIENT_OWNER.fullmatch(body, link.end(), committee_start) is not None


CLAUSE_BREAKS = (",", " - ", " – ", " — ")
"""Marks that end a clause before a document opens the subject: a comma, or a dash set off by spaces."""
PRONOUNS = frozenset({"he", "she", "it", "they", "we"})
# Words that may stand between a subject pronoun and its verb: "she also said", "it has warned".
_AUXILIARIES = frozenset({"also", "then", "now", "however", "later", "previously", "further", "again", "has",
                          "had", "have", "would", "will", "had", "was", "is", "last", "today", "yesterday"})


def _post_holder(ctx: SpeakerContext, post: str, start: int, mentions: list[Mention], anywhere: bool = False
                 ) -> EntityRef | None:
    """The person the article named before `start` as holding `post` in one of the bodies of `mentions`, if any;
    `anywhere`: also after it, and else the one person given that post with no body."""
    bodies = {m.entity for m in mentions if m.entity.kind == "organisation"}
    head = role_head(post.replace("’", "'"))
    posted = [r for r in ctx.memberships if role_head(r.role) == head]
    held = [r for r in posted if r.organisation in bodies]
    if anywhere and not held and len({r.person for r in posted}) == 1:
        held = [r for r in posted if r.organisation is None]
    before = [r for r in held if r.evidence.start < start]
    if before:
        return max(before, key=lambda r: r.evidence.start).person
    return min(held, key=lambda r: r.evidence.start).person if anywhere and held else None


def _named_spokesperson(ctx: SpeakerContext, start: int, end: int) -> bool:
    """True when body[start:end] names a person and its spokesperson is not an indefinite one ("a DfE spokesperson",
    "a spokesperson for the minister")."""
    who = ctx.body[start:end]
    return any(m.entity.kind == "person" for m in ctx.within(start, end)) and not INDEFINITE_SPOKESPERSON.search(who)


def _role_holder(ctx: SpeakerContext, who: str, offset: int) -> EntityRef | None:
    """The person a role description stands for ("the minister said", "our chief executive added", "the council
    leader said"): the one the article last gave that office before `offset`, when it names no body of its own ("the
    chief executive of X"), is not a possessive and no body or document stands before it as the subject."""
    anaphors = sorted([*ROLE_ANAPHOR.finditer(who), *QUALIFIED_ROLE_ANAPHOR.finditer(who)], key=lambda m: m.start())
    for m in reversed(anaphors):
        if ctx.in_quote(offset + m.start()) or ROLE_NOT_SPEAKER_AFTER.match(who[m.end():]) \
                or ADDRESSED_BEFORE.search(who, 0, m.start()):
            continue  # "the minister's comments", "the chief executive of Become", "a letter to the minister"
        if any(x.entity.kind in SPEAKING_THINGS for x in ctx.within(offset, offset + m.start())):
            return None  # a body or document is the subject: "The alliance welcomed the minister…"
        holder = _holder_of(ctx, m, offset + m.start())
        if holder is not None:
            return holder
    return None


def _party_member_described(ctx: SpeakerContext, who: str, offset: int) -> EntityRef | None:
    """The person a subject describes by party and office alone, nobody holding that office in the article ("Lord
    Jo Ade said the issue was national. The Labour councillor for Wigton said: …"): the person named last before it;
    the party only qualifies the office. None when the subject names anyone or anything before the description."""
    m = QUALIFIED_ROLE_ANAPHOR.search(who)
    if m is None or m.group("qualifier") not in PARTY_QUALIFIERS or ctx.in_quote(offset + m.start()) \
            or who[:m.start()].strip() or ROLE_NOT_SPEAKER_AFTER.match(who[m.end():]):
        return None
    return _person_before(ctx, offset + m.start(), "")


def _holder_of(ctx: SpeakerContext, m: re.Match[str], at: int) -> EntityRef | None:
    """The person last given before `at` the office a role anaphor names, or a longer title of it ("the Commissioner"
    for the Children's Commissioner), or an office it also names (`OFFICES_ALSO_NAMED`: a Secretary of State is "the
    minister"). The anaphor's other words ("the Health Minister", "the council leader", "the education secretary")
    pick the holder whose role or body has them all (an office named otherwise must); a qualified anaphor that fits
    none names nobody."""
    head = role_head(m.group("role"))
    held = [r for r in ctx.memberships if r.evidence.start < at and _same_office(role_head(r.role), head)]
    also = [r for r in ctx.memberships
            if r.evidence.start < at and role_head(r.role) in OFFICES_ALSO_NAMED.get(head, ())]
    qualifier = m.groupdict().get("qualifier")
    words = set(f"{qualifier or ''} {m.group('role')}".lower().split()) - set(head.split())
    if words:
        # an office named otherwise must fit the words: "the education secretary" is no Secretary of State for Health
        title = T.SPACE_RUN.sub(" ", f"{qualifier} {m.group('role')}" if qualifier else m.group("role")).lower()
        fitting = [r for r in held + also if _has_office_words(ctx, r, words, title)]
        held = fitting if fitting or qualifier else held
    else:
        held += also
    if held:
        return max(held, key=lambda r: r.evidence.start).person
    return None if qualifier else _office_body_holder(ctx, head, at)


def _office_body_holder(ctx: SpeakerContext, head: str, at: int) -> EntityRef | None:
    """The holder of the office body last named before `at` whose office is `head` ("…, the Children's Commissioner
    for England has warned. Dame Ann Lee condemned … The Commissioner says …"), as `office_holder` finds it."""
    for x in reversed(ctx.mentions):  # kept in text order
        office = OFFICE_BODY.match(ctx.entities.get(x.entity, _NO_ENTITY).label) if x.span.start < at else None
        if office is not None and x.entity.kind == "organisation" and _same_office(role_head(office.group()), head):
            return _office_person(ctx, x.entity, office.group(), x.span.start)
    return None


def _same_office(held: str, named: str) -> bool:
    return held == named or held.endswith(" " + named) and held not in OFFICES_NOT_SHORTENED


def _has_office_words(ctx: SpeakerContext, membership: Membership, words: set[str], title: str) -> bool:
    """True when a membership's role and body name hold all `words`, or its sentence gives the whole title with no
    other person between it and the holder's name ("First Minister Jo Reed", "The First Minister, Jo Reed,", "Jo
    Reed, the First Minister" for "the First Minister"; not "Prime Minister Jo Reed visited with children's minister
    Sam Ade" for Sam Ade, nor "deputy First Minister Sam Ade")."""
    body = ctx.entities.get(membership.organisation) if membership.organisation is not None else None
    named = f"{membership.role} {body.label if body is not None else ''}".lower().replace("’", "'").split()
    if words <= set(named):
        return True
    evidence, spoken_title = membership.evidence, re.compile(re.escape(title).replace(r"\ ", r"\s+"), re.IGNORECASE)
    for x in ctx.within(evidence.start, evidence.end):
        if x.entity != membership.person:
            continue
        before = [t for t in spoken_title.finditer(ctx.body, evidence.start, x.span.start)
                  if not OTHER_OFFICE_BEFORE_TITLE.search(ctx.body[evidence.start:t.start()].lower())]
        if before and not any(y.entity.kind == "person" and y.entity != x.entity
                              for y in ctx.within(before[-1].end(), x.span.start)):
            return True
        if T.SPACE_RUN.sub(" ", ctx.body[x.span.end:evidence.end]).lower().startswith((f", {title}",
                                                                                      f", the {title}")):
            return True
    return False


def _office_lead(ctx: SpeakerContext, who: str, offset: int) -> EntityRef | None:
    """A subject that is an office alone, nobody in the article holding it ("…, the education secretary has said."):
    the person who opens the next sentence, as a lead names by office and goes on by name ("Jo Ade pledged…")."""
    if ROLE_ANAPHOR.fullmatch(who.strip(" ,")) is None or ctx.in_quote(offset + len(who) - len(who.lstrip(" ,"))):
        return None
    return _next_sentence_opener(ctx, offset)


def _office_named_later(ctx: SpeakerContext, who: str, offset: int) -> EntityRef | None:
    """The person a lead names by office alone ("A councillor said …", "a Redbridge Council director has claimed"):
    the first the article later names in that office ("council director Jo Ade", "Cllr Jo Ade"), else None."""
    m = INDEFINITE_OFFICE.search(who)
    if m is None:
        return None
    head = role_head(m.group("role"))
    later = [(r.evidence.start, r.person) for r in ctx.memberships
             if r.evidence.start > offset and role_head(r.role) == head]
    if head == "councillor":
        later += [(x.span.start, x.entity) for x in ctx.mentions if x.span.start > offset and x.entity.kind == "person"
                  and COUNCILLOR_TITLE.search(ctx.body, max(0, x.span.start - 12), x.span.start + 5)]
    return min(later, key=lambda t: t[0])[1] if later else None


def _edge_word(who: str, verb_first: bool) -> str:
    """The word next to the verb: the subject of "she also said", the speaker of "said she", the object of "leading
    him to warn" (as "he")."""
    words = [w.lower() for w in T.WORD_WITH_APOSTROPHE.findall(who)]
    if verb_first:
        return words[0] if words else ""
    while words and words[-1] in _AUXILIARIES:
        words.pop()
    if len(words) >= 2 and words[-1] == "to" and words[-2] in _OBJECT_PRONOUNS:
        return _OBJECT_PRONOUNS[words[-2]]
    return words[-1] if words else ""


_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they", "us": "we"}


def joint_speakers(ctx: SpeakerContext, found: Attribution) -> tuple[EntityRef, ...]:
    """The others who speak with the speaker: names of the speaker's kind that end the attribution's phrase, joined
    to the speaker's name by commas and a last "and" or "&" ("Jo Reed and Sam Hale said: “…”", "The DfE and the
    Home Office confirmed that “…”"), each a speaker of the same words."""
    if found.speaker is None or found.speaker.kind not in ("person", "organisation"):
        return ()
    run: list[Mention] = []
    joins: list[str] = []
    for m in ctx.within(found.start, found.end):
        if m.entity.kind != found.speaker.kind or (run and m.entity == run[-1].entity):
            continue  # another kind, or the acronym after a name: "the Ministry of Defence (MoD)"
        link = JOINT_SPEAKER_LINK.fullmatch(ctx.body, run[-1].span.end, m.span.start) if run else None
        if run and link is None:
            run, joins = [], []
        run.append(m)
        joins += [link.group("join").strip()] if link else []
    refs = list(dict.fromkeys(m.entity for m in run))
    if (found.speaker not in refs or len(refs) < 2 or joins[-1] not in ("and", ", and", "&")
            or not JOINT_SPEAKERS_END.fullmatch(ctx.body, run[-1].span.end, found.end)):
        return ()
    return tuple(r for r in refs if r != found.speaker)


def office_holder(ctx: SpeakerContext, found: Attribution) -> Attribution:
    """A body that is one person's office speaks through its holder: the person the article places in it, else the
    person who opens the next sentence ("…, the Children’s Commissioner for England has said. Dame Ann Lee
    suggested…"). A spokesperson for the office still speaks for the body."""
    speaker = found.speaker
    office = OFFICE_BODY.match(ctx.entities.get(speaker, _NO_ENTITY).label) if speaker is not None else None
    if office is None or speaker is None or speaker.kind != "organisation" or found.spokesperson:
        return found
    person = _office_person(ctx, speaker, office.group(), max(found.start, found.end - 1))
    return Attribution(person, found.cue, found.start, found.end) if person is not None else found


def _office_person(ctx: SpeakerContext, office: EntityRef, title: str, offset: int) -> EntityRef | None:
    """The person the article places in an office body (`title` its office), else the person who opens the sentence
    after the one at `offset`."""
    title = title.lower().replace("’", "'")
    held = [m.person for m in ctx.memberships if m.organisation == office or m.role.lower().replace("’", "'") == title]
    return held[0] if held else _next_sentence_opener(ctx, offset)


def _next_sentence_opener(ctx: SpeakerContext, offset: int) -> EntityRef | None:
    """The person named at the opening of the sentence after the one at `offset`, if any: how a lead names by office
    and the next sentence by name ("…, the minister has said. Jo Ade pledged…")."""
    here = ctx.sentences.at(offset)
    later = bisect_left(ctx.sentences.starts, here.end)
    if later >= len(ctx.sentences.sentences):
        return None
    following = ctx.sentences.sentences[later]
    opening = SUBJECT_OPENING.match(ctx.body, following.start, following.end).end()
    people = [m for m in ctx.within(following.start, following.end)
              if m.entity.kind == "person" and m.span.start <= opening + 8]
    return people[0].entity if people else None


def _past_leading_clause(ctx: SpeakerContext, start: int, end: int) -> int:
    """Where the subject starts after an opening clause that names who was answered, asked or followed ("Responding
    to Jo Ade, Sam Lee said" → "Sam Lee said", "Asked by Jo Ade whether …, the minister said" → "the minister said"),
    when words follow that clause; at a name ending the clause right after the thing it responds to, the name
    having lost its comma ("Responding to the report Jo Ade, chief executive of the charity, said" → "Jo Ade, …")."""
    m = _opening_clause(ctx, LEADING_ADVERBIAL, start, end)
    if m is None or not ctx.body[m.end():end].strip():
        return start
    clause_end = ctx.body.rindex(",", m.start(), m.end())
    named = [x for x in ctx.within(m.start(), clause_end) if x.entity.kind == "person" and x.span.end == clause_end
             and LEADING_OBJECT_BEFORE_NAME.search(ctx.body, m.start(), x.span.start)]
    # "Responding to the report Jo Ade, chief executive of the charity, said": the name opens the subject
    return named[0].span.start if named else m.end()


def _opening_clause(ctx: SpeakerContext, pattern: re.Pattern, start: int, end: int) -> re.Match | None:
    """The opening clause `pattern` finds at `start`. A bare participle opens one only when it governs a name in it,
    which a name starting the clause is not: "Praising Jo Ade,", "Answering questions from Jo Ade," (see
    `governed`); not "Housing minister Jo Ade, who …, said" or "Reading Borough Council, in a statement,
    said"."""
    m = pattern.match(ctx.body, start, end)
    if m is None or m.group("participle") is None:
        return m
    cue = m.start("cue")
    return m if any(x.span.start > cue and governed(ctx.body, x.span.start, cue)
                    for x in ctx.within(cue, m.end())) else None


def _relative_clause_start(ctx: SpeakerContext, start: int, end: int) -> int:
    """Where the subject of the verb at `end` starts. For "…appointed a commissioner, who found" it is the noun
    phrase right before ", who": a body or document named there ("the policy paper, Safe at Home, which set out"),
    a person that phrase describes in apposition ("Jo Ade, service director, who said"), else from its last article
    ("a commissioner", "the Children's Homes Association"), else its clause's last six words. For "…, which the
    association argues" it is the subject after the relative pronoun ("the association")."""
    body = ctx.body
    inner = OBJECT_RELATIVE_SUBJECT.search(body, start, end)
    if inner is not None:
        return inner.start("subject")
    m = RELATIVE_PRONOUN_AT_END.search(body[start:end])
    if m is None:
        return start
    clause_end = start + m.start()
    named = [x for x in ctx.within(start, clause_end) if x.span.end == clause_end]
    if named:
        return named[0].span.start
    comma = body.rfind(",", start, clause_end)
    segment = max(start, comma + 1)
    described = [x for x in ctx.within(start, comma) if x.span.end == comma and x.entity.kind == "person"]
    if described and not any(x.entity.kind == "person" for x in ctx.within(segment, clause_end)):
        return described[0].span.start  # "…from Jo Ade, service director for children, who said"
    determiners = list(ARTICLE_WORD.finditer(body[segment:clause_end]))
    if determiners:
        return segment + determiners[-1].start()
    words = list(T.TOKEN.finditer(body[segment:clause_end]))
    return segment + (words[-6].start() if len(words) > 6 else 0)


def _pronoun(ctx: SpeakerContext, start: int, edge: str, answering: bool = False) -> EntityRef | None:
    if edge in ("he", "she"):
        person = _person_before(ctx, start, edge, answering)
        if person is not None:
            ctx.genders.setdefault(person, edge)
        return person
    found = _thing_in_sentence(ctx, start)
    if found is None and edge == "they" and _people_group_before(ctx, start):
        return None  # "Both co-chairs stressed … “…,” they said": joint speakers, whom one speaker cannot state
    found = found or _spoken_thing(ctx, start, plural=edge == "they") or (
        _staff_before(ctx, start) if edge == "they" else None)
    if found is not None:
        return found
    decided, found = _previous_subject(ctx, start)
    return found if decided else _thing_before(ctx, start, None)


def _staff_before(ctx: SpeakerContext, offset: int) -> EntityRef | None:
    """The body whose staff the sentence before names on their own, for "they": "Adoption was praised by inspectors.
    “…,” they said" → the inspectorate named last."""
    here = ctx.sentences.at(offset)
    if here.start == 0:
        return None
    previous = ctx.sentences.at(here.start - 1)
    staff = next((m for m in STAFF_NOUN.finditer(ctx.body, previous.start, previous.end)
                  if not ctx.in_quote(m.start())), None)
    return _body_before(ctx, offset, STAFF_BODY_KINDS[staff.group().lower()]) if staff else None


def _people_group_before(ctx: SpeakerContext, offset: int) -> bool:
    """True when the sentence before the one holding `offset`, passing over the quote's own sentences, opens with a
    group of people as its subject ("In the letter the five chief executives emphasise …")."""
    previous = ctx.sentences.at(offset)
    for _ in range(QUOTE_SENTENCES):
        if previous.start == 0:
            return False
        previous = ctx.sentences.at(previous.start - 1)
        text = ctx.body[previous.start:previous.end]
        if not ctx.in_quote(previous.start + len(text) - len(text.lstrip())):
            return PEOPLE_GROUP_SUBJECT.match(ctx.body, previous.start, previous.end) is not None
    return False


QUOTE_SENTENCES = 8
"""How many sentences of a quote the search for the group a "they" stands for passes over."""


def _thing_in_sentence(ctx: SpeakerContext, offset: int) -> EntityRef | None:
    """The body or document named earlier in the same sentence that "it" most likely is: bodies and "the
    government" before documents and "ministers", then the latest ("the DfE … that it would set out…")."""
    sentence = ctx.sentences.at(offset)
    things = [(2 if m.entity.kind == "organisation" else 0, m.span.end, m.entity)
              for m in ctx.within(sentence.start, offset)
              if m.entity.kind in SPEAKING_THINGS and not ctx.in_quote(m.span.start)]
    things += [(1 if ctx.body[s:e].lower() == "ministers" else 2, e, ref)
               for s, e, ref in ctx.governments if sentence.start <= s and e <= offset]
    return max(things, key=lambda t: (t[0], t[1]))[2] if things else None


def _document_subject(ctx: SpeakerContext, who: str, start: int) -> EntityRef | None:
    """The document a description ending `who` stands for ("the government's strategy", "Ofsted's report", "the
    report, which was released by the board,"), when no body or document is named inside the description itself."""
    found = list(DOCUMENT_ANAPHOR.finditer(who))
    m = found[-1] if found else None
    if m is None or (who[m.end():].strip(" ,") not in ("", "also")
                     and not DOCUMENT_SET_OFF_CLAUSE.fullmatch(who, m.end())):
        return None
    if any(x.entity.kind in DOCUMENT_KINDS for x in ctx.within(start + m.start(), start + m.end())):
        return None  # a named document is read as a mention
    if any(x.entity.kind == "person" and not POSSESSIVE_S.match(ctx.body, x.span.end) and not ctx.in_quote(x.span.start)
           for x in ctx.within(start, start + m.start())):
        return None  # a person is the subject, the document their object: "Jo Ade, introducing the white paper, said"
    return _anaphor(ctx, who[m.start():], start + m.start())


def _anaphor(ctx: SpeakerContext, who: str, start: int) -> EntityRef | None:
    """A definite description as speaker: "the policy paper said", "the association said", "inspectors found"."""
    person = PERSON_BY_SEX.search(who)
    if person is not None:
        # "The Blacklion man stated": the last person of that sex, as for "he"/"she"
        return _person_before(ctx, start + person.start(), "she" if person.group("she") else "he")
    if PERSON_BY_AFFILIATION.search(who) or PERSON_BY_PLACE.search(who):
        # "The Tory said", "the Osbaston member added", "The Kidlington resident said": the person named last, as
        # for a pronoun of either sex
        return _person_before(ctx, start, "")
    body = next(((m, word) for word in BODY_ANAPHORS if (m := definite_description(word).search(who))), None)
    document = DOCUMENT_ANAPHOR.search(who)
    if document and body and body[0].start() >= document.end():
        document = None  # the subject comes after a document in an opening phrase: "In its letter the charity said"
    role = ROLE_ANAPHOR.search(document.group()) if document else None
    if document and (role and role_head(role.group("role")) not in ("inspector", "chief inspector") or any(
            x.entity.kind == "person" for x in ctx.within(start + document.start(), start + document.end()))):
        # a person's statement is theirs, not the last document's ("the minister's statement"); an inspector's
        # report is the inspection's ("The inspector’s report said")
        return None
    if document and document.group("noun").lower() == "statement":
        return _statement_issuer(ctx, start + document.start())
    if document:
        noun = document.group("noun").lower()
        kinds = frozenset({"statute"}) if noun in STATUTE_NOUNS else frozenset({"policy"})
        return _thing_before(ctx, start, kinds, paragraphs=3) or _the_one_so_called(ctx, noun, kinds)
    if body is not None:
        fallback = BODY_ANAPHOR_FALLBACK_KINDS.get(body[1])
        return _body_before(ctx, start, BODY_ANAPHORS[body[1]]) or (
            _body_before(ctx, start, fallback, untyped=True) if fallback else None)
    staff = STAFF_SUBJECT.search(who) or STAFF_OPENING.match(who) or BARE_STAFF_SUBJECT.search(who)
    if staff is not None:
        # "Inspectors found", "council officers said": the body of that kind named last speaks through its staff
        kind = staff.groupdict().get("kind") or ""
        kinds = BODY_ANAPHORS.get(kind.lower()) or STAFF_BODY_KINDS.get(staff.group("staff").lower())
        return (_body_before(ctx, start, kinds) or _body_next_sentence(ctx, start, kinds)) if kinds else None
    return None


def _body_next_sentence(ctx: SpeakerContext, offset: int, kinds: tuple[str | None, ...]) -> EntityRef | None:
    """The first body of one of `kinds` the sentence after `offset`'s names, for staff in a lead that names their body
    only next: "… “enhances their life chances”, inspectors have found. Ofsted inspectors visited …"."""
    index = ctx.sentences.number(offset) + 1
    if index >= len(ctx.sentences.sentences):
        return None
    following = ctx.sentences.sentences[index]
    return next((m.entity for m in ctx.within(following.start, following.end)
                 if m.entity.kind == "organisation" and ctx.entities.get(m.entity, _NO_ENTITY).kind_label in kinds
                 and not ctx.in_quote(m.span.start)), None)


def _statement_issuer(ctx: SpeakerContext, offset: int) -> EntityRef | None:
    """Who issued the statement "the statement" goes back to ("In a statement, the charity said: …" / "The statement
    went on: …"): who spoke in the latest sentence before `offset`, within STATEMENT_REACH paragraphs, that names a
    statement, else the first person or body that sentence names; a statement is never a policy document."""
    sentence = ctx.sentences.at(offset)
    while sentence.start > 0 and ctx.body.count("\n\n", sentence.start, offset) <= STATEMENT_REACH:
        sentence = ctx.sentences.at(sentence.start - 1)
        named = [m for m in T.whole_word("statement").finditer(ctx.body, sentence.start, sentence.end)
                 if not ctx.in_quote(m.start())]
        if not named:
            continue
        spoken = [ref for at, ref in ctx.spoken if sentence.start <= at < sentence.end
                  and ref.kind in ("person", "organisation")]
        if spoken:
            return spoken[0]
        actors = [m.entity for m in ctx.within(sentence.start, sentence.end)
                  if m.entity.kind in ("person", "organisation") and not ctx.in_quote(m.span.start)]
        return actors[0] if actors else None
    return None


STATEMENT_REACH = 2
"""How many paragraphs back "the statement" may look for the sentence that names it."""


def _kind_named(ctx: SpeakerContext, who: str, start: int) -> EntityRef | None:
    """The last body of the kind a word in `who` names ("a council spokesperson" → the council named before)."""
    for word, kinds in BODY_ANAPHORS.items():
        if T.whole_word(word).search(who):
            return _body_before(ctx, start, kinds)
    return None


def _person_before(ctx: SpeakerContext, offset: int, pronoun: str, answering: bool = False) -> EntityRef | None:
    """The person a he/she refers to: walking back sentence by sentence, the first person each names (the subject
    in news copy: "Wardell, who succeeded Andy Smith, says she…" → Wardell), skipping people of the other sex (by
    title, or by a pronoun already resolved to them) and sentences whose subject is the same pronoun, since those
    continue the person meant ("She credits her predecessor, Ruth Ellington, with…" → not Ellington). A reply
    (`answering`: "she replied") comes from the person asked, not the one asking ("Jo Ade asked Sam Lee when the money
    would come. She replied: …" → Sam Lee). A person in a clause that opens the sentence before its subject comes after
    the subject ("As Mr Hunt prepares his statement, Cllr Brown appealed for help. He said…" → Cllr Brown); one in an
    opening clause naming who asked or was answered is never the pronoun's own sentence's subject ("Asked by Jo Ade
    whether …, she said" → the woman named before)."""
    other = {"she": "he", "he": "she"}.get(pronoun)
    sentence = ctx.sentences.at(offset)
    end = offset
    for step in range(12):
        people = sorted([(m.span.start, m.entity) for m in ctx.within(sentence.start, end)
                         if m.entity.kind == "person" and not ctx.in_quote(m.span.start)]
                        + _described_people(ctx, sentence.start, end), key=lambda t: t[0])
        if _in_caption(ctx, sentence.start):
            people = []  # a photo caption between names no one who speaks ("… Credit: Jo Reed/PA")
        first_at = people[0][0] if people else end
        opener = LEADING_SUBORDINATE.match(ctx.body, sentence.start, end)
        if opener is not None:
            # "As Mr Hunt prepares his statement, Cllr Brown appealed…": the main clause's subject first
            people = [t for t in people if t[0] >= opener.end()] + [t for t in people if t[0] < opener.end()]
        asker = _opening_clause(ctx, ASKING_OPENER, sentence.start, end) if step == 0 else None
        if asker is not None:
            # "Asked by Jo Ade whether …, she said": the one asking or answered is never the pronoun's own subject
            people = [t for t in people if t[0] >= asker.end()]
        if answering:
            asked = [t for t in people if ASKED_BEFORE.search(ctx.body, max(sentence.start, t[0] - 40), t[0])]
            people = asked + [t for t in people if t not in asked]
        if step > 0 and (pronoun and _pronoun_leads(ctx, sentence.start, first_at, pronoun)
                         or _opens_with_unnamed_person(ctx, sentence.start, end)):
            people = []  # the sentence's subject is the pronoun again, or a person it does not name
        for _, person in people:
            if other is None or other not in (ctx.genders.get(person), _sex(ctx.entities.get(person, _NO_ENTITY))):
                return person
        if sentence.start == 0:
            return None
        sentence = ctx.sentences.at(sentence.start - 1)
        end = sentence.end
    return None


def _opens_with_unnamed_person(ctx: SpeakerContext, start: int, end: int) -> int:
    """Where the description ends when body[start:end] opens with a person described by office whom the article has
    not named in that office ("The council leader had written to Jeremy Hunt…"), so the people it names later are
    not its subject; else 0."""
    m = PERSON_DESCRIPTION.match(ctx.body, start, end)
    return m.end() if m is not None and not _described_people(ctx, start, m.end()) else 0


def _described_people(ctx: SpeakerContext, start: int, end: int) -> list[tuple[int, EntityRef]]:
    """The people body[start:end] names by an office the article gave them ("In her speech, the council leader
    thanked carers" → the council leader named before), with where each description starts."""
    out = []
    for m in ROLE_ANAPHOR.finditer(ctx.body, start, end):
        if ctx.in_quote(m.start()) or ROLE_NOT_SPEAKER_AFTER.match(ctx.body, m.end()):
            continue
        head = role_head(m.group("role"))
        held = [r for r in ctx.memberships if r.evidence.start < m.start() and role_head(r.role) == head]
        if held:
            out.append((m.start(), max(held, key=lambda r: r.evidence.start).person))
    return out


def person_sex(ctx: SpeakerContext, person: EntityRef) -> str | None:
    """"she" or "he" for a person: as a pronoun already resolved to them has it, else by title or given name."""
    return ctx.genders.get(person) or _sex(ctx.entities.get(person, _NO_ENTITY))


def _sex(person: Entity) -> str | None:
    """"she" or "he" for a person by title ("Baroness", "Mr"), else by a given name almost always of one sex
    ("Sarah Ade", "Peter Marsh"); None when neither tells.

    >>> _sex(Entity(EntityRef("person", "jo-ade"), "Jo Ade", aliases=("Ms Ade",)))
    'she'
    >>> _sex(Entity(EntityRef("person", "peter-marsh"), "Peter Marsh"))
    'he'
    >>> _sex(Entity(EntityRef("person", "jo-ade"), "Jo Ade")) is None
    True
    """
    titles = {a.split()[0] for a in person.aliases if a}
    female, male = bool(titles & FEMALE_TITLES), bool(titles & MALE_TITLES)
    if female != male:
        return "she" if female else "he"
    given = person.label.split()[0] if person.label.split() else ""
    return "she" if given in FEMALE_GIVEN_NAMES else "he" if given in MALE_GIVEN_NAMES else None


def _in_caption(ctx: SpeakerContext, offset: int) -> bool:
    """True when the paragraph holding `offset` carries a photo credit, as captions do."""
    start = ctx.body.rfind("\n", 0, offset) + 1
    end = ctx.body.find("\n", offset)
    return CAPTION_CREDIT.search(ctx.body, start, end if end != -1 else len(ctx.body)) is not None


def _pronoun_leads(ctx: SpeakerContext, start: int, end: int, pronoun: str) -> bool:
    """True when the pronoun stands, outside quotes, before the first person a sentence names."""
    return any(not ctx.in_quote(start + m.start())
               for m in T.whole_word(pronoun).finditer(ctx.body[start:end]))


def _spoken_thing(ctx: SpeakerContext, offset: int, plural: bool = False) -> EntityRef | None:
    """The latest body or document that spoke before `offset`, in this or the previous paragraph ("it said"); for
    "they" (`plural`), a body only: “…,” the inspectors' report said. “…,” they said: the inspectors, not the report."""
    for at, ref in reversed(ctx.spoken):
        if plural and ref.kind in DOCUMENT_KINDS:
            continue
        if at < offset and ref.kind != "person" and ctx.body.count("\n\n", at, offset) <= 1:
            return ref
        if at < offset and ref.kind == "person":
            return None
    return None


def _previous_subject(ctx: SpeakerContext, offset: int) -> tuple[bool, EntityRef | None]:
    """What "it" most likely is from the sentence before: a document when it opens with one ("The report, titled
    …, was written by … It said…" → the report, even if it has no record: (True, None)); otherwise the first body,
    document or government it names. A sentence before that reports with "it" as its subject, or opens with "Its",
    is passed over. (False, None) when it says nothing."""
    here = ctx.sentences.at(offset)
    if here.start == 0:
        return False, None
    previous = ctx.sentences.at(here.start - 1)
    for _ in range(IT_CHAIN):
        # "This latest guidance says … It also states … Furthermore, it says …": a sentence whose subject is "it"
        # reporting continues the thing meant; its subject is further back
        if previous.start == 0 or (IT_REPORTS.match(ctx.body, previous.start) is None and
                                   ITS_OPENING.match(ctx.body, previous.start) is None):
            break
        previous = ctx.sentences.at(previous.start - 1)
    opening = DOCUMENT_ANAPHOR.match(ctx.body, previous.start)
    if opening is not None:
        # "The Kinship Care Strategy was published in December. It says…": the document the sentence opens with
        named = [m.entity for m in ctx.within(previous.start, opening.end()) if m.entity.kind in DOCUMENT_KINDS]
        if not named:
            # "The final report of the Independent Review … was published in May. It promised …": the document
            # the opening one is part of
            of = DOCUMENT_PART_OF.match(ctx.body, opening.end())
            named = [m.entity for m in ctx.within(of.end(), previous.end) if m.entity.kind in DOCUMENT_KINDS
                     and m.span.start == of.end()] if of is not None else []
        return True, named[-1] if named else _thing_before(ctx, previous.start + 1, frozenset({"policy"}),
                                                           paragraphs=3)
    things = [(m.span.start, m.entity) for m in ctx.within(previous.start, previous.end)
              if m.entity.kind in SPEAKING_THINGS and not ctx.in_quote(m.span.start)]
    things += [(s, ref) for s, e, ref in ctx.governments if previous.start <= s < previous.end]
    return (True, min(things, key=lambda t: t[0])[1]) if things else (False, None)


IT_CHAIN = 4
"""How many sentences reporting with "it" as their subject the search for what "it" is passes over."""


def _thing_before(ctx: SpeakerContext, offset: int, kinds: frozenset[str] | None, paragraphs: int = 99
                  ) -> EntityRef | None:
    """The latest body or document of `kinds` named before `offset`, within `paragraphs` paragraphs; past them, the
    one document of those kinds the article has named before (“The inspectors’ report praised …” many paragraphs
    after the inspection is first reported), never one of two."""
    for m in ctx.before(offset):
        if ctx.body.count("\n\n", m.span.end, offset) > paragraphs:
            return _only_document_before(ctx, offset, kinds)
        if m.entity.kind not in SPEAKING_THINGS:
            continue
        if kinds is None or m.entity.kind in kinds:
            return m.entity
    return None


def _the_one_so_called(ctx: SpeakerContext, noun: str, kinds: frozenset[str]) -> EntityRef | None:
    """The article's one document whose name has the description's noun, when none is named before it: “The report
    said: …” ahead of "Council officers said in their report" (the officers' report), never one of two, nor one
    the article brings in later as a new one ("A budget report from the council states")."""
    named = {ref for ref, e in ctx.entities.items() if ref.kind in kinds and noun in e.label.lower().split()}
    if len(named) != 1:
        return None
    (ref,) = named
    first = min((m.span.start for m in ctx.mentions if m.entity == ref), default=None)
    if first is None or INDEFINITE_BEFORE.search(ctx.body, ctx.sentences.at(first).start, first):
        return None
    return ref


def _only_document_before(ctx: SpeakerContext, offset: int, kinds: frozenset[str] | None) -> EntityRef | None:
    """The one document of `kinds` named before `offset`, if the article has named only one."""
    if kinds is None or not kinds <= DOCUMENT_KINDS:
        return None
    named = {m.entity for m in ctx.before(offset) if m.entity.kind in kinds}
    return next(iter(named)) if len(named) == 1 else None


def _body_before(ctx: SpeakerContext, offset: int, kinds: tuple[str | None, ...], untyped: bool = False
                 ) -> EntityRef | None:
    """The latest body of one of `kinds` (any kind for None; also one of no known kind when `untyped`) named before
    `offset`; "the organisation" is never a government."""
    for m in ctx.before(offset):
        if m.entity.kind != "organisation" or m.entity in GOVERNMENT_REFS:
            continue
        kind = ctx.entities.get(m.entity, _NO_ENTITY).kind_label
        if kind == "council" and ONE_OF_COUNCILS.match(ctx.body, m.span.end):
            continue  # "alongside Halton and Northby councils": one of several is not "the council"
        if None in kinds or kind in kinds or untyped and kind is None:
            return m.entity
    return None


_NO_ENTITY = Entity(EntityRef("organisation", "none"), "")


def named_after(ctx: SpeakerContext, start: int, end: int) -> Attribution | None:
    """The person or body named first in body[start:end] ("Those were the words of Nadia Hussain, …")."""
    sentence = ctx.sentences.at(start)
    found = _attribution(ctx, start, min(end, sentence.end), None, verb_first=True, anaphora=False)
    return found if found.speaker is not None else None
