"""Named bodies in an article: curated ones from the gazetteer, and charities, councils, firms and unions the
reference data does not know, found by their name's shape ("… Council", "Department for …"), a kind word before
them ("the union Unison") or an acronym defined in brackets ("Child Protection Authority (CPA)").

>>> from cscgraph.extract.gazetteer import Gazetteer
>>> hits = find_bodies("Research firm Pro Bono Economics said so.", [], Gazetteer(()))
>>> [(h.label, h.kind_label, h.start) for h in hits]
[('Pro Bono Economics', 'company', 14)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from cscgraph.extract.patterns import all_matches, compiled
from cscgraph.extract.patterns.text import FIRST_TOKEN, LAST_TOKEN, POSSESSIVE_ENDING, SPACE_RUN
from cscgraph.extract.spans import leftmost_longest, pieces
from cscgraph.extract.gazetteer import Gazetteer, GazetteerMatch
from cscgraph.extract.governments import party_nouns
from cscgraph.extract.patterns.people import (ACRONYM_IN_BRACKETS, BODY_HEAD_FIRST, BODY_HEAD_KINDS, BODY_HEAD_LAST,
                                              AND_BEFORE, AND_REACH, BODY_OPENING_WORDS,
                                              GLUED_OFFICE_IN_WORD,
                                              COMMON_WORD_MODIFIES, CUED_NAME_DROPPED, KIND_CUED_BODY, KIND_CUES,
                                              LEADING_FUNCTION_WORDS, NOT_BODY_FOLLOWERS, NOT_NAME_WORDS, LIST_END,
                                              POSSESSIVE_HEAD, OFFICE_THEN_NAME, PLURAL_GROUP_INCLUDING,
                                              NAME_THEN_APPOSITIVE_KIND, NAME_THEN_KIND, NOT_OUTLET_FOLLOWERS, OUTLET,
                                              WE_AT_BODY, WE_AT_SPLIT,
                                              NAMED_OUTLET, PARTY_AFFILIATION, PARTY_IN_BRACKETS, party_label,
                                              COUNCIL_PARTY_GROUP, PLACE_COMPOUND_MODIFIER, OFFICE_BEFORE_BODY,
                                              PLACE_COUNCIL, PLURAL_KIND_CUE, TRAILING_DATE, ACRONYM_NAME_WORD,
                                              ACRONYM_TAIL, AND_BEFORE_CAPITAL, AND_BETWEEN, CAPITALISED_NEXT,
                                              COMMA_LIST_ITEM, APPG, CROWN_BODY, PHOTO_AGENCY, TITLE_RUNS_ON,
                                              FURNITURE_WORDS, NHS_BODY, PERSON_OF_BODY, OFFICE_OF_BODY,
                                              OFFICE_THEN_HOLDER, BOROUGH_OF,
                                              BODY_BEFORE_OFFICE, PLACES_THEN_COUNCILS, BOROUGHS_OF, COUNCILS_LISTED,
                                              PLACES_THEN_AUTHORITIES, COUNCIL_THEN_PLACES, WHICH_BODY, COUNCILLOR_OF,
                                              COUNCIL_SUB_BODY,
                                              COUNCILS_BULLETED, COUNCIL_LIST_END, COUNCIL_LIST_ITEM, AND_IN_ITEM,
                                              NOT_PLACE_WORD, COUNCIL_BULLET_MARK, ROLE_AT_BODY, OFFICE_AFTER_HEAD,
                                              GENERIC_WORKPLACE_ENDINGS, PUBLISHER_KIND_ENDINGS, APOSTROPHE,
                                              POSSESSIVE_NAME_END, HEADING_LINE, ROLE_OF_BODY, NAME_RUNS_ON,
                                              NAME_PREFIX_WORDS, OPENING_PHRASE, SENTENCE_START, AND_THE,
                                              CROWN_OFFICE_WORDS, NATION_COUNTERPART, PAST_GOVERNMENT_BEFORE,
                                              OFFICE_AFTER_NAME, NAME_WHO_RUNS_BODY, PLACE_LIST, WIRE_DATELINE,
                                              OFFICE_NAME, FIELD_WORDS, GENERIC_BODY_WORDS,
                                              CAPITALISED_POSSESSIVE_BEFORE, OPERATOR, PLACE_BEFORE_COURT,
                                              OUTLET_ACRONYM, BYLINE_OUTLET, MEETING_WORDS, WEEKDAYS, SECRETARY_OF_STATE,
                                              DATE_OPENING, PLACE_AFTER_COURT,
                                              BULLET_ITEM, COUNCIL_FORM, BRAND_NAME, BRAND_NAME_NOT, BRAND_BEFORE,
                                              BRAND_AFTER, ACRONYM_MEMBERS, ACRONYM_ACTS, POST_ACRONYMS, standalone,
                                              MEMBER_PUBLISHER_ENDINGS,
                                              REMIT_HEADS, REMIT_LIST_BEFORE, REMIT_LIST_KIND, REMIT_LIST_REACH,
                                              OUTLET_AS_SOURCE, OUTLET_REPORTS,
                                              NAMED_OUTLET_WHOLE, SUB_BODY_AFTER_POSSESSIVE, COUNCIL_POST_IN_PLACE,
                                              PLACE_IN_COUNCIL_LIST, COUNCIL_BEFORE_ITEM, COUNCIL_BEFORE_ITEM_REACH,
                                              HEAD_FIRST_REMIT, REMIT_FIELD_ENDS, DEPARTMENT_REMIT_REST,
                                              DEPARTMENT_HEADS, TITLES, UNNAMED_LOCAL_COUNCIL, CAPITALISED_RUN,
                                              PLACE_OPENERS, OUTLET_NAME_RUNS_ON, GLUED_CAPTION_WORDS,
                                              CAPITALISED_BEFORE, TITLE_KIND_AFTER)
from cscgraph.extract.patterns.given_names import GIVEN_NAMES
from cscgraph.extract.patterns.documents import KIND_WORDS as DOCUMENT_KIND_WORDS
from cscgraph.models import ReferenceEntity

_JOINERS = frozenset({"of", "for", "and", "on", "in", "the", "into", "&"})

# "a"/"an", "every"/"each"/"any" or "each of the" opening a capitalised run: one of a kind described, not a body
# named ("a Member Steering Group has been formed", "each of the Area Councils being assigned"), unless a verb of
# founding introduces the new body by its name ("set up a National Implementation Board") or the name modifies a
# noun or is an owner after it ("a Northby Council spokesperson", "one of the Northby Council’s advisers").
_INDEFINITE_BEFORE = re.compile(r"(?<![\w’'-])(?:an?|An?|[Ee]very|[Ee]ach|[Aa]ny|(?:[Ee]ach|[Aa]ll|[Aa]ny|[Ss]ome|[Mm]any|"
                                r"[Mm]ost|[Oo]ne)[ \t]+of[ \t]+the)[ \t]+(?:[A-Z][\w’'&-]*[ \t]+){0,4}\Z")
# A quantifier inside a title-case run: "Family Hubs to Launch in Every English Council".
_QUANTIFIERS = frozenset({"Every", "Each", "Any"})
_INDEFINITE_REACH = 48
_FOUNDED_BEFORE = re.compile(r"\b(?:set[ \t]+up|establish(?:e[sd])?|creat(?:e[sd]?|ing)|launch(?:e[sd])?|form(?:ed|s)?)"
                             r"[ \t]+an?[ \t]+(?:[A-Z][\w’'&-]*[ \t]+){0,4}\Z")
_MODIFIES_NEXT = re.compile(r"['’]|[ \t]+(?!(?:has|have|had|is|was|were|are|will|would|may|might|can|could|should|must|"
                            r"does|did|which|that|who|and|or|to|of|for|in|on|at|with|by|from|as|being|been)\b)[a-z]")

# A possessive inside a capitalised run, and the common words whose possessive opens a body's own name.
_POSSESSIVE_IN_NAME = re.compile(r"(?<=[a-z])['’]s[ \t]+(?=[A-Z])")
_COMMON_POSSESSORS = frozenset({"Children", "Women", "People", "Men", "Girls", "Boys"})


@dataclass(frozen=True)
class BodyHit:
    """One place a body is named: its span, the name as canonical label, and what the text says of it."""

    start: int
    end: int
    label: str
    kind_label: str | None = None
    acronym: str | None = None
    reference: ReferenceEntity | None = None

    @classmethod
    def curated(cls, start: int, end: int, reference: ReferenceEntity, acronym: str | None = None) -> BodyHit:
        """The curated body `reference` named in body[start:end], under its curated name and kind."""
        return cls(start, end, reference.label, reference.kind_label, acronym, reference)


def find_bodies(body: str, matches: list[GazetteerMatch], gazetteer: Gazetteer, publisher: str | None = None
                ) -> list[BodyHit]:
    """Every body named in `body`, curated or not, as non-overlapping hits in text order; `publisher`, the name the
    article's metadata gives its publisher, is a body wherever the text names it ("Family Law provides…")."""
    listed = (_listed(body, gazetteer) + _appgs(body) + _photo_agencies(body, gazetteer)
              + _crown_bodies(body, gazetteer))
    head_first = [(x.start("name"), x.end()) for x in BODY_HEAD_FIRST.finditer(body)]
    own_name = _publisher_spans(body, publisher)
    matches = [m for m in matches if not _modifier_use(body, m) and not _inside_longer(m, listed)
               and not _word_of_head_first_name(body, m, head_first) and not _past_government(body, m)
               and not (m.entity.kind_label == "publisher" and OUTLET_NAME_RUNS_ON.match(body, m.end))
               and not any(s <= m.start and m.end <= e and e - s > m.end - m.start for s, e in own_name)]
    counterparts = _nation_counterparts(body, matches) + _local_courts(body, matches)
    matches = [m for m in matches if not any(h.start <= m.start < h.end for h in counterparts)]
    listed += counterparts
    matches += _nested(body, matches, gazetteer)
    taken = [(m.start, m.end) for m in matches]
    hits = [BodyHit(m.start, m.end, m.entity.label, m.entity.kind_label, m.entity.acronym, m.entity)
            for m in matches if m.entity.ref.kind == "organisation"]
    hits += _council_party_groups(body, taken)
    hits += _parties(body, gazetteer, taken + [(h.start, h.end) for h in hits])
    hits += _acronym_definitions(body, gazetteer, taken)
    hits += [h for h in listed if not _overlaps(h.start, h.end, [(x.start, x.end) for x in hits] + taken)]
    hits += _councils_listed(body, gazetteer, taken + [(h.start, h.end) for h in hits])
    hits += _place_councils(body, gazetteer, taken + [(h.start, h.end) for h in hits])
    hits += _named_then_kind(body, taken + [(h.start, h.end) for h in hits])
    hits += _kind_cued(body, gazetteer, taken + [(h.start, h.end) for h in hits])
    hits += _appositive_kind(body, gazetteer, taken + [(h.start, h.end) for h in hits])
    hits += _which_acts(body, gazetteer, taken + [(h.start, h.end) for h in hits])
    hits += _we_at(body, gazetteer, taken + [(h.start, h.end) for h in hits])
    hits += [_known_council(h, gazetteer) for h in _shaped(body, taken + [(h.start, h.end) for h in hits])]
    hits += _nhs_bodies(body, gazetteer, taken + [(h.start, h.end) for h in hits])
    hits += _boroughs(body, gazetteer, taken + [(h.start, h.end) for h in hits])
    hits += _before_office(body, gazetteer, taken + [(h.start, h.end) for h in hits], {h.acronym for h in hits})
    hits += _role_at(body, gazetteer, taken + [(h.start, h.end) for h in hits])
    hits += _council_posts_in_place(body, gazetteer, taken + [(h.start, h.end) for h in hits])
    hits += _councillors_councils(body, gazetteer, taken + [(h.start, h.end) for h in hits])
    hits += _places_in_council_lists(body, gazetteer, taken + [(h.start, h.end) for h in hits])
    hits += _publisher_named(body, gazetteer, publisher, taken + [(h.start, h.end) for h in hits])
    hits += _outlets(body, gazetteer, taken + [(h.start, h.end) for h in hits])
    hits += _source_outlets(body, gazetteer, taken + [(h.start, h.end) for h in hits])
    hits += _brand_named(body, gazetteer, taken + [(h.start, h.end) for h in hits])
    hits += _acronym_members(body, gazetteer, taken + [(h.start, h.end) for h in hits], {h.acronym for h in hits})
    hits += _sub_bodies(body, hits)
    hits += _unnamed_local_council(body, gazetteer, publisher, hits, taken)
    # a name glued to its office by a flattened profile card opens no body: "Jo ReedMinister Party Not Provided";
    # nor do two names a flattened caption glued: "Council ChamberPeterborough City Council"
    hits = [_without_leading_modifier(body, h) for h in hits
            if GLUED_OFFICE_IN_WORD.search(body, h.start, h.end) is None
            and (h.reference is not None or not _glued_inside(body, h) and not _office_and_holder(body, h))]
    return _short_outlet_names(sorted(leftmost_longest(hits), key=lambda h: h.start))


def _without_leading_modifier(body: str, hit: BodyHit) -> BodyHit:
    """A body found by its shape without the hyphenated modifier of where it is or who owns it that opens the run
    ("the Doncaster-based Hesley Group" names the Hesley Group), nor a sign-off's office glued before it ("(Co-Chair
    Association of Lawyers for Children)")."""
    placed = None if hit.reference is not None else PLACE_COMPOUND_MODIFIER.match(body, hit.start, hit.end) or \
        OFFICE_BEFORE_BODY.match(body, hit.start, hit.end)
    if placed is None or len(body[placed.end():hit.end].split()) < 2:
        return hit
    return replace(hit, start=placed.end(), label=hit.label[placed.end() - hit.start:])


def _office_and_holder(body: str, hit: BodyHit) -> bool:
    """Whether the run ends in an office in title case and a name opening with a given name: "Police and Crime
    Commissioner Jo Ade and the Home Office" names the commissioner, not a body."""
    m = OFFICE_THEN_HOLDER.search(body, hit.start, hit.end)
    return m is not None and m.group("person").split()[0] in GIVEN_NAMES


def _sub_bodies(body: str, hits: list[BodyHit]) -> list[BodyHit]:
    """A body's board or committee named after its possessive (or after "the council’s", the council named last
    before), under the body's name and its own, in capitals: "the LGA's children and young people board" → "Local
    Government Association Children and Young People Board",
    of its owner's kind (a council's scrutiny committee is a council's, not Parliament's; the head word's kind only
    for an owner of no kind); not a government's, party's or paper's ("the government's expert panel")."""
    found = []
    councils = [h for h in hits if h.kind_label == "council"]
    owners = [(h, h.end) for h in hits] + [
        (before[-1], m.end()) for m in COUNCIL_SUB_BODY.finditer(body)
        if (before := [c for c in councils if c.end <= m.start()])]  # "the council’s …": the council named last
    for h, end in owners:
        m = SUB_BODY_AFTER_POSSESSIVE.match(body, end)
        if m is None or h.kind_label in ("government", "political party", "publisher"):
            continue
        for group in ("name", "second"):
            if m.group(group):
                # one label however the copy cases it ("the LGA's children and young people board" and "the LGA’s
                # Children and Young People Board" are one IRI, and one name for it)
                own = " ".join(w if w in _NAME_SMALL_WORDS else w[:1].upper() + w[1:]
                               for w in SPACE_RUN.sub(" ", m.group(group)).split())
                found.append(BodyHit(m.start(group), m.end(group), f"{h.label} {own}",
                                     h.kind_label or _head_kind_or_none(own.split()[-1].capitalize())))
    return found


_NAME_SMALL_WORDS = frozenset({"and", "of", "for", "the", "on", "in", "to", "with"})


def _short_outlet_names(hits: list[BodyHit]) -> list[BodyHit]:
    """A paper named by its head word alone ("told The Enquirer") after the article has named it in full ("the
    Westby Enquirer") is that paper, under its full name."""
    full: dict[str, str] = {}
    out = []
    for h in hits:
        word = h.label.removeprefix("The ")
        if h.kind_label == "publisher" and " " in word:
            full[word.split()[-1]] = h.label
        elif h.kind_label == "publisher" and h.reference is None and word in full:
            h = BodyHit(h.start, h.end, full[word], h.kind_label, h.acronym)
        out.append(h)
    return out


def _named_hit(gazetteer: Gazetteer, start: int, end: int, name: str, kind: str | None) -> BodyHit:
    """A body named in body[start:end]: the curated one under its curated name and kind when reference data knows
    the name, else the name as written with the kind the text gives."""
    reference = gazetteer.lookup(name)
    if reference is None:
        return BodyHit(start, end, name, kind)
    return BodyHit.curated(start, end, reference)


def _appgs(body: str) -> list[BodyHit]:
    """All-party parliamentary groups, whole ("the APPG on Kinship Care" is not the charity Kinship), under their
    full name: "APPG for Children" → "All-Party Parliamentary Group for Children"."""
    hits = []
    for m in all_matches(APPG, body):
        start, end = _trim(body, m.start("name"), m.end("name"))
        subject = body[m.end("head"):end]
        hits.append(BodyHit(start, end, "All-Party Parliamentary Group" + SPACE_RUN.sub(" ", subject), "parliament"))
    return hits


def _crown_bodies(body: str, gazetteer: Gazetteer) -> list[BodyHit]:
    """Crown bodies: "His Majesty’s Inspectorate of Probation", "HM Courts and Tribunals Service" (curated ones under
    their curated name); not Crown offices ("HM Chief Inspector of Prisons")."""
    hits = []
    for m in all_matches(CROWN_BODY, body):
        start, end = _trim(body, m.start("name"), m.end("name"))
        name = body[start:end]
        if len(name.split()) < 2 or name.split()[-1] == "Government":
            continue  # "HM Government" is the government, resolved as such
        if any(w in CROWN_OFFICE_WORDS for w in name.split()):
            continue  # "His Majesty’s Chief Inspector" is an office a person holds
        hits.append(_named_hit(gazetteer, start, end, name, "regulator" if "Inspectorate" in name else "public body"))
    return hits


def _photo_agencies(body: str, gazetteer: Gazetteer) -> list[BodyHit]:
    """The agency of a photo credit ("Photograph: Dominic Lipinski/PA", "Picture Adobe Stock") or of a wire
    dateline ("(Reuters) – …"); a photographer's own name is no agency."""
    hits = []
    for m in [*all_matches(PHOTO_AGENCY, body), *all_matches(WIRE_DATELINE, body)]:
        name = m.group("name")
        # a credit in capitals is read as written in title case: "Picture: JO REED"
        plain = name.title() if name.isupper() and " " in name else name
        if name.split()[0] in NOT_NAME_WORDS or _looks_like_person(plain) and plain.split()[0] in GIVEN_NAMES:
            continue  # "Photo: Jo Reed" credits a photographer
        hits.append(_named_hit(gazetteer, m.start("name"), m.end("name"), name, "publisher"))
    return hits


def _modifier_use(body: str, m: GazetteerMatch) -> bool:
    """"Kinship care", "Frontline social workers": a one-word body name that is a common word, used as one; after a
    capitalised possessive ("the Children's Guardian"); or
    the first word of a longer body's name ("Kinship Carers Alliance", "Kinship Futures") or of a programme's title
    ("the Kinship Financial Allowance pilot"), or a middle word of one ("the Northby Kinship Programme")."""
    if m.entity.ref.kind != "organisation" or m.text.isupper():
        return False
    longer = BODY_HEAD_LAST.match(body, m.start)
    if (longer is not None and longer.end() > m.end and " " in longer.group("name")
            and CAPITALISED_NEXT.match(body[m.end:m.end + 3])
            and not _REPORT_WORDS & set(longer.group("name").split())):
        return True
    if " " in m.text:
        return False
    if CAPITALISED_POSSESSIVE_BEFORE.search(body, max(0, m.start - 30), m.start):
        return True  # "the Children's Guardian" is a court officer, not the newspaper
    if m.text.lower() in _COMMON_WORDS and word_of_a_title(body, m.start, m.end):
        return True
    runs_on = NAME_RUNS_ON.match(body, m.end)
    if m.text.lower() in _COMMON_WORDS and runs_on and not (
            runs_on.group("next") in NOT_NAME_WORDS or runs_on.group("next") in NAME_PREFIX_WORDS):
        return True  # "Kinship Futures" is not the charity Kinship
    return m.text.lower() in _COMMON_WORDS and COMMON_WORD_MODIFIES.match(body[m.end:]) is not None


_COMMON_WORDS = frozenset({"kinship", "frontline", "become", "foundations", "coram", "parliament",
                           # the newspaper's one-word name, also a word of an order's title: "Special Guardian Order"
                           "guardian"})


def word_of_a_title(body: str, start: int, end: int) -> bool:
    """Whether the name at `start`-`end` opens a programme's or document's title ("the Kinship Financial Allowance
    pilot") or stands inside one between a capitalised word and the title's capitalised kind ("the Northby Kinship
    Programme")."""
    return bool(TITLE_RUNS_ON.match(body[end:]) or TITLE_KIND_AFTER.match(body[end:end + 80])
                and CAPITALISED_BEFORE.search(body, max(0, start - 40), start))


def _nested(body: str, matches: list[GazetteerMatch], gazetteer: Gazetteer) -> list[GazetteerMatch]:
    """Bodies named inside a longer document or measure name: "advocates overseen by the Children's Commissioner"."""
    out = []
    for m in matches:
        if m.entity.ref.kind == "organisation":
            continue
        first = len(m.text.split()[0]) if m.text.split() else 0
        for inner in gazetteer.find(" " * first + m.text[first:]):
            nested = GazetteerMatch(m.start + inner.start, m.start + inner.end, inner.text, inner.entity)
            if (inner.entity.ref.kind == "organisation" and inner.end - inner.start < m.end - m.start
                    and not _modifier_use(body, nested)):  # "Championing Kinship Care" names no charity
                out.append(nested)
    return out


def _listed(body: str, gazetteer: Gazetteer) -> list[BodyHit]:
    """Bodies listed after a plural kind word: "charities Coram Voice, Career Matters and Catch22"; or given as
    examples of a plural group noun, where one of them is a body reference knows: "members including Together,
    Child Poverty Action Group and Includem"."""
    hits = []
    for cue in all_matches(PLURAL_KIND_CUE, body):
        kind = KIND_CUES.get(SPACE_RUN.sub(" ", cue.group("cue").lower()))
        hits += _list_items(body, gazetteer, cue.end(), kind)
    for cue in all_matches(PLURAL_GROUP_INCLUDING, body):
        items = _list_items(body, gazetteer, cue.end(), KIND_CUES.get(cue.group("cue").lower()))
        if any(h.reference for h in items):
            hits += items
    return hits


def _list_items(body: str, gazetteer: Gazetteer, start_at: int, kind: str | None) -> list[BodyHit]:
    """The capitalised names of the comma and "and" list that starts at body[start_at], up to LIST_END."""
    end = LIST_END.search(body, start_at)
    stop = end.start() if end else len(body)
    hits = []
    for item in COMMA_LIST_ITEM.finditer(body[start_at:stop]):
        for part in _and_parts(item.group()):
            start = start_at + item.start() + item.group().find(part) + len(part) - len(part.lstrip())
            s, e = _trim(body, start, start + len(part.strip()), keep_openers=True)
            name = body[s:e]
            if not name or not all(w[0].isupper() or w[0].isdigit() or w in ("of", "for", "&")
                                   for w in name.split()):
                continue
            hits.append(_named_hit(gazetteer, s, e, name, kind))
    return hits


# Words that open a name as the first of its two remits ("Children and Young People's …", "Families and Schools …").
_REMIT_WORDS = frozenset({"Children", "Families", "Parents", "Carers", "Health", "Education", "Schools", "Women"})


def _and_parts(item: str) -> list[str]:
    """A list item split at "and" before a capital ("Family Fund and Includem"), but a remit word, "and" and a name
    of three words or more is one name ("Children and Young People's Health Policy Influencing Group")."""
    parts: list[str] = []
    for part in AND_BEFORE_CAPITAL.split(item):
        if parts and parts[-1].strip() in _REMIT_WORDS and len(part.split()) > 2:
            parts[-1] += " and " + part
        else:
            parts.append(part)
    return parts


def _past_government(body: str, m: GazetteerMatch) -> bool:
    """"the last Labour government", "New Labour": Labour's government of 1997-2010, not the one in office from 2024
    that reference data names ("the previous Conservative government" is the one it names)."""
    return (m.entity.kind_label == "government" and "Labour" in m.text
            and PAST_GOVERNMENT_BEFORE.search(body, max(0, m.start - 12), m.start) is not None)


def _word_of_head_first_name(body: str, m: GazetteerMatch, head_first: list[tuple[int, int]]) -> bool:
    """A one-word curated name inside a longer name that opens with its body word: "Guardian" in "the Office of the
    Public Guardian" is not the newspaper; one joined by "and" at the name's end is a body of its own: "the
    Commission for Social Care and Ofsted" names two."""
    return " " not in m.text and any(s < m.start and m.end <= e for s, e in head_first) \
        and not (_and_before(body, m.start) is not None and any(m.end == e for _, e in head_first))


def _and_before(body: str, at: int) -> int | None:
    """Where the "and" right before body[at] starts (its spaces included), if one stands there: "…Social Care and
    Ofsted" at "Ofsted"."""
    joint = AND_BEFORE.search(body, max(0, at - AND_REACH), at)
    return joint.start() if joint else None


def _nation_counterparts(body: str, matches: list[GazetteerMatch]) -> list[BodyHit]:
    """A curated body's counterpart in another nation: "the Children's Commissioner for Wales" is not the
    Children's Commissioner for England; named as written, of the same kind."""
    hits = []
    for m in matches:
        nation = NATION_COUNTERPART.match(body, m.end)
        if m.entity.ref.kind == "organisation" and nation is not None:
            name = SPACE_RUN.sub(" ", body[m.start:nation.end()])
            hits.append(BodyHit(m.start, nation.end(), name, m.entity.kind_label))
    return hits


def _local_courts(body: str, matches: list[GazetteerMatch]) -> list[BodyHit]:
    """A local court named by its place and a curated court's name: "the Central Family Court", "Leeds Family Court",
    "the Family Court at Bristol" are courts of their own, not the Family Court; named as written, of the same kind.
    A sentence's opening word or a function word there is no place ("In Family Court hearings…")."""
    hits = []
    for m in matches:
        if m.entity.ref.kind != "organisation" or m.entity.kind_label != "court":
            continue
        after = PLACE_AFTER_COURT.match(body, m.end)
        if after is not None:
            hits.append(BodyHit(m.start, after.end(), SPACE_RUN.sub(" ", body[m.start:after.end()]),
                                m.entity.kind_label))
            continue
        place = PLACE_BEFORE_COURT.search(body, max(0, m.start - 40), m.start)
        if place is None:
            continue
        words = place.group("place").split()
        while words and words[0].capitalize() in LEADING_FUNCTION_WORDS:
            words.pop(0)
        if words:
            start = body.rfind(words[0], place.start(), m.start)
            hits.append(BodyHit(start, m.end, SPACE_RUN.sub(" ", body[start:m.end]), m.entity.kind_label))
    return hits


def _inside_longer(m: GazetteerMatch, listed: list[BodyHit]) -> bool:
    return any(h.start <= m.start and m.end <= h.end and (h.end - h.start) > (m.end - m.start) for h in listed)


def _named_then_kind(body: str, taken: list[tuple[int, int]]) -> list[BodyHit]:
    """"The Together for Children trust": a capitalised name with its kind after it in lower case."""
    hits = []
    for m in all_matches(NAME_THEN_KIND, body):
        s, e = _trim(body, m.start("name"), m.end("name"))
        name = body[s:e]
        if (len(name.split()) < 2 or any(w in NOT_NAME_WORDS for w in name.split()[:1]) or _overlaps(s, e, taken)
                or _furniture(name)):
            continue
        hits.append(BodyHit(s, e, name, KIND_CUES.get(m.group("kind"))))
    return hits


def _council_party_groups(body: str, taken: list[tuple[int, int]]) -> list[BodyHit]:
    """A party's group on a council named with its place or council ("Cornwall Council Liberal Democrat Group",
    "Hertfordshire Labour group"): a body of its own, "Group" capitalised in its name."""
    hits = []
    for m in all_matches(COUNCIL_PARTY_GROUP, body):
        place = list(re.finditer(r"\S+", m.group("place")))
        while place and place[0].group() in NOT_NAME_WORDS:
            place.pop(0)
        start = m.start("place") + place[0].start() if place else m.end()
        if not place or _overlaps(start, m.end(), taken):
            continue  # "the Labour Group": the place or council is what names the group
        name = " ".join([*(w.group() for w in place), *m.group("party").split(), "Group"])
        hits.append(BodyHit(start, m.end(), name, "political party"))
    return hits


def _parties(body: str, gazetteer: Gazetteer, taken: list[tuple[int, int]]) -> list[BodyHit]:
    """A party named as an affiliation: "Labour MP Gareth Snell", "Cllr Jo Reed (Lab)" → the party; and a party's
    name that is the party, not a government (`party_nouns`: "Labour’s manifesto", "the Tories, Labour and…")."""
    hits = []
    for start, end, label in party_nouns(body):
        reference = gazetteer.lookup(label)
        if reference is not None and not _overlaps(start, end, taken):
            hits.append(BodyHit.curated(start, end, reference))
    for m in all_matches(PARTY_AFFILIATION, body):
        reference = gazetteer.lookup(party_label(m.group("party")))
        if reference is not None and not _overlaps(m.start(), m.end(), taken):
            hits.append(BodyHit.curated(m.start(), m.end(), reference))
    for m in all_matches(PARTY_IN_BRACKETS, body):
        reference = gazetteer.lookup(party_label(m.group("party")))
        if reference is not None and not _overlaps(m.start("party"), m.end("party"), taken):
            hits.append(BodyHit.curated(m.start("party"), m.end("party"), reference))
    return hits


def _place_councils(body: str, gazetteer: Gazetteer, taken: list[tuple[int, int]]) -> list[BodyHit]:
    """"Tameside council", "Reading council": a place and a lower-case "council" name the council, under its
    official name when reference data knows it ("Tameside Metropolitan Borough Council")."""
    hits = []
    for m in all_matches(PLACE_COUNCIL, body):
        words = m.group("place").split()
        while words and words[0] in NOT_NAME_WORDS:
            words.pop(0)
        if not words or any(w in NOT_NAME_WORDS for w in words):
            continue
        start = m.end("place") - len(" ".join(words))
        if _overlaps(start, m.end(), taken) or len(words) == 1 and _capitalised_by_position(body, start, words[0]) and (
                gazetteer.lookup(words[0] + " Council") is None):
            continue
        hits.append(_named_hit(gazetteer, start, m.end(), " ".join(words) + " Council", "council"))
    return hits


def _capitalised_by_position(body: str, start: int, word: str) -> bool:
    """True when `word` at `start` opens a sentence or line and is capitalised nowhere else in `body` except at
    such an opening: its capital says nothing of a proper name ("Existing council corporate parenting
    responsibilities", "Average council spending rose"), unlike "Northby" written mid-sentence elsewhere."""
    if not (start == 0 or SENTENCE_START.search(body, max(0, start - 4), start)):
        return False
    at = body.find(word)
    while at >= 0:
        if at != start and not (at == 0 or SENTENCE_START.search(body, max(0, at - 4), at)) and not (
                at + len(word) < len(body) and _joins_word(body[at + len(word)])) and not (
                at > 0 and _joins_word(body[at - 1])):
            return False
        at = body.find(word, at + 1)
    return True


def _joins_word(ch: str) -> bool:
    """True for a character that would make a longer word of a name it touches ("Westbys", "Westby-on-Sea")."""
    return ch.isalnum() or ch in "_’'-"


def _councils_listed(body: str, gazetteer: Gazetteer, taken: list[tuple[int, int]]) -> list[BodyHit]:
    """Councils named by their places in a list the text says is of councils: "Dorset, Lincolnshire and
    Wolverhampton Councils", "Devon, Somerset and Torbay authorities" (a list: "Leicestershire authorities" are only
    where they are), "the London Boroughs of Ealing and Camden", "local authorities include Kent, Medway
    and Brighton and Hove", "Devon County Council (DCC), North Somerset, Dorset and Torbay", bullets under "The
    seven local authorities are:", and a later list with one of those
    councils' places in it ("the group includes Ealing, Camden, Sandwell and Dudley"). A place is a council only when
    reference data knows a council by "<place> Council"; an item that is a body's own name ("Achieving for
    Children") is that body."""
    lists = [(m.start("places"), m.end("places")) for p in (PLACES_THEN_COUNCILS, BOROUGHS_OF, COUNCIL_THEN_PLACES)
             for m in all_matches(p, body)]
    lists += [m.span("places") for m in all_matches(PLACES_THEN_AUTHORITIES, body)
              if "," in m["places"] or AND_IN_ITEM.search(m["places"])]
    for cue in all_matches(COUNCILS_LISTED, body):
        end = COUNCIL_LIST_END.search(body, cue.end())
        lists.append((cue.end(), end.start() if end else len(body)))
    hits: list[BodyHit] = []
    for start, end in lists:
        for item in COUNCIL_LIST_ITEM.finditer(body, start, end):
            hits += _council_item(body, gazetteer, item.start(), item.end())
    for bullets in all_matches(COUNCILS_BULLETED, body, COUNCIL_BULLET_MARK):
        for item in BULLET_ITEM.finditer(body, bullets.start("items"), bullets.end("items")):
            hits += _council_item(body, gazetteer, item.start(), item.end())
    named = {h.reference.ref for h in hits if h.reference is not None}
    for m in PLACE_LIST.finditer(body):
        items = [h for item in COUNCIL_LIST_ITEM.finditer(body, m.start("places"), m.end("places"))
                 for h in _council_item(body, gazetteer, item.start(), item.end())]
        if any(h.reference is not None and h.reference.ref in named and h.start > min(x.start for x in hits)
               for h in items):
            hits += items
    return [h for h in leftmost_longest(hits) if not _overlaps(h.start, h.end, taken)]


def _council_item(body: str, gazetteer: Gazetteer, start: int, end: int) -> list[BodyHit]:
    """The councils one list item names: "Brighton and Hove" is one, "Kingston and Windsor and Maidenhead" two
    (the longest run of "and"-joined places that names a council wins)."""
    text = body[start:end]
    start, end = _trim(body, start + len(text) - len(text.lstrip()), end - len(text) + len(text.rstrip()))
    if start >= end:
        return []
    if NOT_PLACE_WORD.search(body, start, end) and all(w[0].isupper() or w in _JOINERS
                                                        for w in body[start:end].split()):
        return [_named_hit(gazetteer, start, end, body[start:end], None)]
    cuts = [start, *(x for m in AND_IN_ITEM.finditer(body, start, end) for x in (m.start(), m.end())), end]
    parts = list(zip(cuts[::2], cuts[1::2]))
    hits, i = [], 0
    while i < len(parts):
        for j in range(len(parts), i, -1):
            s, e = parts[i][0], parts[j - 1][1]
            reference = _council_of(gazetteer, body[s:e])
            if reference is not None:
                hits.append(BodyHit.curated(s, e, reference))
                i = j
                break
        else:
            i += 1
    return hits


def acronym_initials(words: list[str]) -> tuple[str, str]:
    """Initials of the capitalised words, and of all words, of a name: ("ADCS", "AODOCS").

    >>> acronym_initials("Association of Directors of Children's Services".split())
    ('ADCS', 'AODOCS')
    """
    parts = [p for w in words for p in w.split("-") if p]
    caps = "".join(w[0] for w in parts if w[0].isupper())
    every = "".join(w[0].upper() for w in parts if w[0].isalpha())
    return caps, every


def _acronym_definitions(body: str, gazetteer: Gazetteer, taken: list[tuple[int, int]]) -> list[BodyHit]:
    """Bodies named as "Full Name (ACR)" where the initials fit; documents are left to `documents`."""
    hits = []
    for m in all_matches(ACRONYM_IN_BRACKETS, body):
        acronym = m.group("acronym")
        found = _name_before(body, m.start(), acronym)
        if found is None:
            continue
        start, end = found
        name = body[start:end]
        reference = gazetteer.lookup(name) or gazetteer.lookup(acronym)
        if reference is not None:
            if reference.ref.kind != "organisation":
                continue
            if not _overlaps(start, end, taken):
                hits.append(BodyHit.curated(start, end, reference, acronym))
            elif gazetteer.lookup(acronym) is None and not _overlaps(m.start("acronym"), m.end("acronym"), taken):
                # the name was found already; the acronym the text gives it ("Derbyshire County Council (DCC)")
                # names it in brackets and wherever it recurs
                hits.append(BodyHit.curated(m.start("acronym"), m.end("acronym"), reference, acronym))
            continue
        tail = ACRONYM_TAIL.match(body, m.end())
        if tail:
            name = f"{name} {tail.group('tail')}"
        kind = _head_kind(name)
        if kind is _NO_HEAD or _overlaps(start, end, taken) or _inspection(name):
            continue
        hits.append(BodyHit(start, end, name, kind if isinstance(kind, str) else None, acronym))
    return hits


def _name_before(body: str, bracket: int, acronym: str) -> tuple[int, int] | None:
    """The span of the capitalised name just before "(ACR)" whose initials spell ACR, possessive dropped."""
    letters = "".join(c for c in acronym if c.isupper())
    words = list(ACRONYM_NAME_WORD.finditer(body[max(0, bracket - 200):bracket]))
    offset = max(0, bracket - 200)
    for first in range(len(words) - 1, -1, -1):
        token = words[first].group()
        if not (token[0].isupper() or token.lower() in _JOINERS):
            break
        span = [POSSESSIVE_ENDING.sub("", w.group()) for w in words[first:]]
        if not span[0][:1].isupper():
            continue
        caps, every = acronym_initials(span)
        if letters in (caps, every):
            end = offset + words[-1].end()
            end -= len(words[-1].group()) - len(span[-1])
            return offset + words[first].start(), end
    return None


_NO_HEAD = object()


def _head_kind(name: str) -> object:
    """The kind the last body word in `name` implies ("Northby Academy Trust": a trust, not a school), the longer
    where two end together ("Royal College"); None for a body word that implies none, `_NO_HEAD` if none."""
    best: tuple[int, int] | None = None
    kind: object = _NO_HEAD
    for head, head_kind in BODY_HEAD_KINDS.items():
        if head not in name:  # most heads: a substring test is far cheaper than the pattern it rules out
            continue
        for m in standalone(head).finditer(name):
            if best is None or (m.end(), len(head)) > best:
                best, kind = (m.end(), len(head)), head_kind
    return kind


def _kind_cued(body: str, gazetteer: Gazetteer, taken: list[tuple[int, int]]) -> list[BodyHit]:
    """Bodies after a kind word: "children in care charity Become", "the union Unison"; a capitalised kind word
    opening a title-case heading is no cue."""
    hits = []
    for m in all_matches(KIND_CUED_BODY, body):
        start, end = _trim(body, m.start("name"), m.end("name"), keep_openers=True)
        if start >= end or (body[start:end].split()[0] in LEADING_FUNCTION_WORDS and " " not in body[start:end]):
            continue
        kind = KIND_CUES.get(SPACE_RUN.sub(" ", m.group("cue").lower()))
        name = body[start:end]
        reference = gazetteer.lookup(name)
        if reference is not None or _overlaps(start, end, taken):
            continue
        holder = OFFICE_THEN_NAME.match(name)
        if (_cue_names_nothing(body, m.start("cue"), name) or _furniture(name) or _inspection(name)
                or _inside_inspection(body, m.start("cue")) or "\n" in body[m.end("cue"):start]
                or DATE_OPENING.match(name) or _field_label(body, m.start("cue"), end)):
            continue  # "the Charity Commission" is one name, not the charity "Commission"; "Agency PDF 92 KB" a link;
            # a heading's last word cues nothing on the next line ("… Orphanage Charity\n\nThe Charity Commission")
        if kind in _AMBIGUOUS_CUE_KINDS and _looks_like_person(name) or OFFICE_NAME.match(name) or (
                m.group("cue")[0].isupper() and HEADING_LINE.fullmatch(_line_at(body, m.start()))) or (
                m.group("cue")[0].isupper() and holder is not None and _looks_like_person(holder.group("person"))):
            continue  # "Agency Staffing for Children's Social Care" is a heading, not the agency "Staffing …";
            # "Northby Council Cabinet Member for Housing" names the council and an office, not a body "Cabinet …",
            # and "Northby Council Chief Executive Jo Reed" the council and its chief executive
        if m.group("cue") == "University" and not SENTENCE_START.search(body, max(0, m.start() - 4), m.start()):
            start, name = m.start("cue"), body[m.start("cue"):end]  # "University College London" is one name
        hits.append(BodyHit(start, end, name, kind))
    return hits


def _field_label(body: str, cue: int, end: int) -> bool:
    """True for a form's field label, a capitalised kind word and one word then a colon: "Charity Name: Kinship",
    "Charity Number: 1054029" (the name after the colon is left to the other rules)."""
    return body[cue].isupper() and body.startswith(":", end) and " " not in body[cue:end].split(None, 1)[-1]


def _inside_inspection(body: str, cue: int) -> bool:
    """True when a capitalised kind word is inside an inspection's title: "Inspection of Local Authority Children's
    Service" (no body "Children's Service")."""
    if not body[cue].isupper():
        return False
    words = body[max(0, cue - 60):cue].split()
    while words and (words[-1][:1].isupper() or words[-1] in _JOINERS):
        if words.pop() in _INSPECTION_WORDS:
            return True
    return False


def _cue_names_nothing(body: str, cue: int, name: str) -> bool:
    """True when a capitalised kind word cues no body after it: with the one word after it, mid-sentence, it is one
    name ("the Charity Commission", "a Council Tax discount", "Venue: … - Council House"), or it ends the capitalised
    name before it ("Social Work Agency Staff", "Westmoor Council Cabinet"); a kind word opening a sentence still cues
    ("Charity Become said")."""
    if not body[cue].isupper():
        return False
    one_word = " " not in name
    if one_word and _head_kind(name) is not _NO_HEAD:
        return True
    if cue == 0 or SENTENCE_START.search(body, max(0, cue - 4), cue):
        return False
    before = LAST_TOKEN.search(body, max(0, cue - 40), len(body[:cue].rstrip()))
    return one_word or before is not None and before.group(1)[:1].isupper() \
        and before.group(1) not in LEADING_FUNCTION_WORDS


def _line_at(body: str, offset: int) -> str:
    """The line of `body` that holds `offset`."""
    start = body.rfind("\n", 0, offset) + 1
    end = body.find("\n", offset)
    return body[start:end if end >= 0 else len(body)]


def _appositive_kind(body: str, gazetteer: Gazetteer, taken: list[tuple[int, int]]) -> list[BodyHit]:
    """Bodies described by an appositive: "Home Ground, a housing charity that…", "Lantern Analytics, a
    consultancy"."""
    hits = []
    for m in all_matches(NAME_THEN_APPOSITIVE_KIND, body):
        start, end = _trim(body, m.start("name"), m.end("name"))
        if start >= end or _overlaps(start, end, taken) or gazetteer.lookup(body[start:end]) is not None:
            continue
        if all(w in NOT_NAME_WORDS for w in body[start:end].split()):
            continue
        hits.append(BodyHit(start, end, body[start:end], KIND_CUES.get(SPACE_RUN.sub(" ", m.group("kind")))))
    return hits


def _which_acts(body: str, gazetteer: Gazetteer, taken: list[tuple[int, int]]) -> list[BodyHit]:
    """A name a relative "which" follows with what a body does or says: "part of Aspris, which said …" (a council's
    place is that council); not a document's title ("the Harbour Review, which said")."""
    hits = []
    for m in all_matches(WHICH_BODY, body):
        start, end = _trim(body, m.start("name"), m.end("name"))
        name = body[start:end]
        if start >= end or _overlaps(start, end, taken) or all(w in NOT_NAME_WORDS for w in name.split()) \
                or name.split()[-1].lower() in DOCUMENT_KIND_WORDS:
            continue
        hits.append(_known_council(_named_hit(gazetteer, start, end, name, None), gazetteer))
    return hits


_NOT_NAME_ENDS = frozenset({"Stage", "Point", "Moment", "Time", "Times", "Glance", "Least", "Most", "Present", "Heart",
                            "Core", "End", "Start", "Outset"})
"""Last words of a phrase that opens "At …, we" without naming a body: "At First Glance", "At The Heart"."""


def _we_at(body: str, gazetteer: Gazetteer, taken: list[tuple[int, int]]) -> list[BodyHit]:
    """Bodies the writer speaks for: "At Home for Good and Safe Families, we welcome…" (a one-word name only when
    reference data knows it: "At Christmas, we…", "At Westminster we…" name none)."""
    hits = []
    for m in all_matches(WE_AT_BODY, body):
        names, offset = m.group("names"), m.start("names")
        for a, b in pieces(WE_AT_SPLIT, names):
            start, end = _trim(body, offset + a, offset + b)
            name = body[start:end]
            known = gazetteer.lookup(name)
            # (common words make a name here, "Safe Families", the way a sentence opener does not: "At This Stage")
            if start >= end or _overlaps(start, end, taken) or known is not None or " " not in name \
                    or name.split()[0] in LEADING_FUNCTION_WORDS or name.split()[-1] in _NOT_NAME_ENDS:
                continue
            hits.append(BodyHit(start, end, name, _head_kind_or_none(name)))
    return hits


# The second place of a health board named by two ("NHS Kent and Medway", "NHS Suffolk and North East Essex"),
# up to a capitalised word that would run the name on ("… and Solihull Integrated Care Board" is found whole).
_NHS_SECOND_PLACE = re.compile(r"[ \t]+and[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2}(?![\w’'-])(?![ \t]+[A-Z][a-z])")


def _nhs_bodies(body: str, gazetteer: Gazetteer, taken: list[tuple[int, int]]) -> list[BodyHit]:
    """Bodies of the health service: "NHS England", "NHS Providers", and a health board named by two places, the
    first a council's ("NHS Kent and Medway"; not "NHS England and Ofsted", nor "NHS Digital and Northcare")."""
    hits = []
    for m in all_matches(NHS_BODY, body):
        start, end = m.start("name"), m.end("name")
        second = _NHS_SECOND_PLACE.match(body, end)
        if second is not None and _council_place(gazetteer, m.group("name").split()[-1]) and not _overlaps(
                start, second.end(), taken):
            end = second.end()
        if not _overlaps(start, end, taken):
            hits.append(_named_hit(gazetteer, start, end, body[start:end], "public body"))
    return hits


def _council_place(gazetteer: Gazetteer, place: str) -> bool:
    """Whether reference data knows a council of `place` ("Kent": Kent County Council)."""
    return any(gazetteer.lookup(f"{place} {kind}") is not None
               for kind in ("Council", "County Council", "City Council"))


def _boroughs(body: str, gazetteer: Gazetteer, taken: list[tuple[int, int]]) -> list[BodyHit]:
    """Councils named "Borough of …": "the London Borough of Ealing"."""
    hits = []
    for m in all_matches(BOROUGH_OF, body):
        start, end = _trim(body, m.start("name"), m.end("name"))
        if not _overlaps(start, end, taken):
            hits.append(_named_hit(gazetteer, start, end, body[start:end], "council"))
    return hits


def _before_office(body: str, gazetteer: Gazetteer, taken: list[tuple[int, int]], acronyms: set[str | None]
                   ) -> list[BodyHit]:
    """A body named right before an office and its holder ("Shared Lives Plus chief executive Ewan King", "Kids
    Count’s chief executive, Jo Reed"), after the holder ("Jo Reed, the Kids Count chief executive,") or in a clause
    saying the holder founded, runs or works for it ("Sam Hale, who founded Care Ahead"); two words or more, or an
    acronym, none of them a sentence's opening word alone, nor an acronym another name defines ("BCFT’s chief
    executive" is Bradford Children and Families Trust's); a place there is its council when reference data knows
    one."""
    hits = []
    for m in [*all_matches(BODY_BEFORE_OFFICE, body), *all_matches(OFFICE_AFTER_NAME, body),
              *all_matches(NAME_WHO_RUNS_BODY, body)]:
        start, end = _trim(body, m.start("name"), m.end("name"))
        name = body[start:end]
        words = name.split()
        if start >= end or _overlaps(start, end, taken) or name in acronyms:
            continue
        council = _council_of(gazetteer, name)
        if council is not None:  # "who works at West Sussex": its council
            hits.append(BodyHit.curated(start, end, council))
            continue
        if (_furniture(name) or not (len(words) >= 2 or name.isupper() and len(name) >= 2)
                or any(w in NOT_NAME_WORDS and w not in _BODY_NAME_WORDS for w in words[:1])
                or all(w in NOT_NAME_WORDS or w.lower() in _JOINERS for w in words)):
            continue
        hits.append(_named_hit(gazetteer, start, end, name, _head_kind_or_none(name)))
    return hits


# Words of NOT_NAME_WORDS that may open a body's name: "National Fostering Group", "Family Rights Group".
_BODY_NAME_WORDS = frozenset({"National", "Regional", "Royal", "Family", "Children's", "Children’s", "Care", "Youth",
                              "Foster", "Fostering", "Adoption", "Kinship", "Young", "Independent", "Local", "Social"})


def _head_kind_or_none(name: str) -> str | None:
    kind = _head_kind(name)
    return kind if isinstance(kind, str) else None


def _role_at(body: str, gazetteer: Gazetteer, taken: list[tuple[int, int]]) -> list[BodyHit]:
    """A body named as where a role is held: "Head of Policy at Children First", "director at Northby Care Trust",
    "chief executive of Kinship Futures", or as who runs a service ("homes managed and staffed by Harbour Care");
    a place there is its council when reference data knows one ("director of children’s services at Rutland"),
    else not a body; an acronym a name in brackets spells is that name ("Westby Care Forum (WCF) … director at
    WCF"); a person's name is not a body (nor, after "run by", a name that looks like one; after counsel's
    "instructed by", one that opens with a common given name)."""
    hits = []
    for m in [*all_matches(ROLE_AT_BODY, body), *all_matches(ROLE_OF_BODY, body), *all_matches(OPERATOR, body)]:
        start, end = _trim(body, m.start("name"), m.end("name"))
        name = body[start:end]
        words = name.split()
        if start >= end or _overlaps(start, end, taken) or _furniture(name) or _building(name) or (
                all(w in NOT_NAME_WORDS or w.lower() in _JOINERS for w in words)
                and (len(words) == 1 or words[-1] in GENERIC_WORKPLACE_ENDINGS)):
            continue
        if m.re is OPERATOR and _looks_like_person(name) and (
                m.group("verb") != "instructed" or name.split()[0] in GIVEN_NAMES):
            continue  # "a home run by Sam Hale" names a person; counsel are "instructed by" a firm ("by Burke Lyle")
        council = _council_of(gazetteer, name)
        spelt = _spelt_out(body, name)
        if council is not None:
            hits.append(BodyHit.curated(start, end, council))
        elif spelt is not None and gazetteer.lookup(name) is None:
            hits.append(BodyHit(start, end, spelt, _head_kind_or_none(spelt), name))
        elif gazetteer.lookup(name) is not None or (len(name.split()) >= 2 or name.isupper()) and not (
                _looks_like_person(name) and name.split()[0] in GIVEN_NAMES):
            hits.append(_named_hit(gazetteer, start, end, name, _head_kind_or_none(name)))
    return hits


def _spelt_out(body: str, acronym: str) -> str | None:
    """The name an acronym stands for where the text gives it in brackets after it ("Westby Care Forum (WCF)")."""
    bracket = body.find(f"({acronym})") if acronym.isupper() else -1
    found = _name_before(body, bracket, acronym) if bracket > 0 else None
    return body[found[0]:found[1]] if found else None


def _councillors_councils(body: str, gazetteer: Gazetteer, taken: list[tuple[int, int]]) -> list[BodyHit]:
    """The council a councillor's title names: "Lincolnshire County Councillor Rob Foulkes" → Lincolnshire County
    Council (the title's words up to "Council"), where reference data knows that council."""
    hits = []
    for m in all_matches(COUNCILLOR_OF, body):
        council = gazetteer.lookup(f"{m.group('place')} Council")
        if council is not None and council.kind_label == "council" and not _overlaps(m.start(), m.end(), taken):
            hits.append(BodyHit.curated(m.start("place"), m.end("place"), council))  # the title stays the person's
    return hits


def _council_posts_in_place(body: str, gazetteer: Gazetteer, taken: list[tuple[int, int]]) -> list[BodyHit]:
    """The council of a place where a council's office or service is stated with "in": "an Assistant Director in
    Hampshire" → Hampshire County Council; nothing where reference data knows no council of that place, nor where
    the service ends a body's name ("the Association of Directors of Children’s Services in Manchester")."""
    hits = []
    for m in all_matches(COUNCIL_POST_IN_PLACE, body):
        council = _council_of(gazetteer, m.group("name"))
        if council is not None and not _overlaps(m.start(), m.end(), taken):
            hits.append(BodyHit.curated(m.start("name"), m.end("name"), council))
    return hits


def _places_in_council_lists(body: str, gazetteer: Gazetteer, taken: list[tuple[int, int]]) -> list[BodyHit]:
    """A place named bare among councils ("Westmorland and Furness Council, Blackburn with Darwen, Blackpool Council
    and …") is its council, where reference data knows one, when a council stands on each side or the list goes on
    after the next; a place before a lone council ("In Kent, Medway Council said", "Kent, Surrey, Medway Council and
    others") is not."""
    hits = []
    for m in all_matches(PLACE_IN_COUNCIL_LIST, body):
        start, end = _trim(body, m.start("place"), m.end("place"))
        council = _council_of(gazetteer, body[start:end])
        among = m.group("more") is not None or COUNCIL_BEFORE_ITEM.search(
            body, max(0, start - COUNCIL_BEFORE_ITEM_REACH), start)
        if (among and council is not None
                and _head_kind(body[start:end]) is _NO_HEAD and not _overlaps(start, end, taken)):
            hits.append(BodyHit.curated(start, end, council))
    return hits


def _publisher_named(body: str, gazetteer: Gazetteer, publisher: str | None, taken: list[tuple[int, int]]
                     ) -> list[BodyHit]:
    """The article's publisher where the text names it as written in the metadata ("Family Law provides a
    platform…"), either apostrophe, or without the kind word its own copy drops after a possessive ("St
    Christopher’s" for St Christopher's Fellowship); a one-word name only where it is capitalised inside a sentence
    ("…and Welcare’s roadmap"), as a common word would not be."""
    if not publisher or publisher.split()[-1] in MEMBER_PUBLISHER_ENDINGS:
        return []  # a member's own site: "Andrew Ade MP said" is the member
    words = publisher.split()
    if len(words) == 1:
        return _one_word_publisher(body, gazetteer, publisher, taken)
    short = " ".join(words[:-1])
    names = [publisher] + ([short] if words[-1] in PUBLISHER_KIND_ENDINGS and POSSESSIVE_NAME_END.search(short) else [])
    hits = []
    for name in names:
        for m in _name_pattern(name).finditer(body):
            if not _overlaps(m.start(), m.end(), taken + [(h.start, h.end) for h in hits]):
                hits.append(_named_hit(gazetteer, m.start(), m.end(), publisher, "publisher"))
    return hits


def _name_pattern(name: str) -> re.Pattern[str]:
    return compiled(r"(?<![\w])" + APOSTROPHE.sub("['’]", re.escape(name)) + r"(?![\w])")


def _publisher_spans(body: str, publisher: str | None) -> list[tuple[int, int]]:
    """Where the text names its publisher in full, a name of two words or more: a curated name inside it is not
    that body ("Knutsford Guardian" is not The Guardian)."""
    if not publisher or " " not in publisher.strip():
        return []
    return [m.span() for m in _name_pattern(publisher).finditer(body)]


def _one_word_publisher(body: str, gazetteer: Gazetteer, publisher: str, taken: list[tuple[int, int]]
                        ) -> list[BodyHit]:
    if publisher in NOT_NAME_WORDS or not publisher[:1].isupper():
        return []
    pattern = compiled(r"(?<![\w’'-])" + re.escape(publisher) + r"(?![\w-]|['’](?![sS]\b))")
    hits = []
    for m in pattern.finditer(body):
        if not SENTENCE_START.search(body, max(0, m.start() - 4), m.start()) and m.start() > 0 and not _overlaps(
                m.start(), m.end(), taken):
            hits.append(_named_hit(gazetteer, m.start(), m.end(), publisher, "publisher"))
    return hits


def _field_of_work(name: str) -> bool:
    """True when every word of a run is a field of work or a joiner: "Policy and Research" of "Policy and Research
    Advisor" is the field of a job title, not a body."""
    return all(w in FIELD_WORDS or w.lower() in _JOINERS for w in name.split())


def _kind_only(name: str) -> bool:
    """True when a run names a kind of body and no body: "Local Authority", "Regional Adoption Agency"."""
    return all(w in GENERIC_BODY_WORDS for w in name.split())


# Words of a report's title, which no body's name holds: "Ofsted Inspection Report of the Fostering Service" names
# Ofsted in a title, not a body "… Fostering Service" that Ofsted's name opens.
_REPORT_WORDS = frozenset({"Report", "Inspection", "Re-inspection"})

# First words that make a capitalised run an inspection, not the body inspected or inspecting ("Inspection of Local
# Authority Children's Services (ILACS)", "Manchester City Council Re-inspection of services").
_INSPECTION_WORDS = frozenset({"Inspection", "Inspections", "Re-inspection", "Reinspection"})


def _inspection(name: str) -> bool:
    """True when a capitalised run names an inspection: "Inspection of Local Authority Children's Services"."""
    return name.split(maxsplit=1)[0] in _INSPECTION_WORDS


def _meeting(name: str) -> bool:
    """True for a council's meeting named like a body: "Full Council", "Extraordinary Council", "Wednesday's Full
    Council" (a day's possessive before it says when it sat)."""
    words = name.split()
    if words and POSSESSIVE_ENDING.sub("", words[0]) in WEEKDAYS:
        words = words[1:]
    return len(words) > 1 and words[-1] == "Council" and all(w in MEETING_WORDS for w in words[:-1])


# Buildings named like bodies: a place, not who works there ("Northby Civic Centre", "Westby Town Hall").
_BUILDINGS = frozenset({("Civic", "Centre"), ("Shopping", "Centre"), ("Leisure", "Centre"), ("Town", "Hall"),
                        ("County", "Hall")})


def _building(name: str) -> bool:
    """True when a run ends in a building's kind: "Middleton Shopping Centre", "Stockport Town Hall"."""
    return tuple(name.split()[-2:]) in _BUILDINGS


def _councils_own(kind: object, body: str, end: int) -> bool:
    """True when a council's name stands before a lower-case kind word as its owner: "as part of a Northby District
    Council scheme" names the council and no programme ("Children in Care Council Update" is a heading)."""
    return kind == "council" and body[end:].lstrip()[:1].islower()


def _furniture(name: str) -> bool:
    """True when a capitalised run holds a word of page furniture ("Picture Adobe Stock Agency")."""
    return any(w in FURNITURE_WORDS for w in name.split())


def _outlets(body: str, gazetteer: Gazetteer, taken: list[tuple[int, int]]) -> list[BodyHit]:
    """Outlets named as where someone spoke or wrote: "told the Eastmoor Echo", "writing in the Dales Post",
    "speaking to Sky News"; not "told the Commons" (every word a word of Parliament or of a body)."""
    hits = []
    for m in [*all_matches(OUTLET, body), *all_matches(NAMED_OUTLET, body), *all_matches(OUTLET_ACRONYM, body),
              *all_matches(BYLINE_OUTLET, body)]:
        start, end = _trim(body, m.start("name"), m.end("name"))
        name = body[start:end]
        if (start >= end or _overlaps(start, end, taken) or all(w in NOT_NAME_WORDS for w in name.split())
                or NOT_OUTLET_FOLLOWERS.match(body[end:])):
            continue
        hits.append(_named_hit(gazetteer, start, end, name, "publisher"))
    return hits


def _source_outlets(body: str, gazetteer: Gazetteer, taken: list[tuple[int, int]]) -> list[BodyHit]:
    """Outlets named as the source of a story: "published by the Westby Enquirer", "an article in The Times",
    "Northby Hub News is reporting"; a paper named by "the" and its one word keeps "The" ("The Times"), so that it is
    the same body wherever it is named."""
    hits = []
    for m in [*all_matches(OUTLET_AS_SOURCE, body), *all_matches(OUTLET_REPORTS, body)]:
        start, end = _trim(body, m.start("name"), m.end("name"))
        name = body[start:end]
        if (start >= end or _overlaps(start, end, taken) or not NAMED_OUTLET_WHOLE.fullmatch(name)
                or all(w in NOT_NAME_WORDS for w in name.split())):
            continue
        if " " not in name and body[max(0, start - 4):start].lower() == "the ":
            name = f"The {name}"
        hits.append(_named_hit(gazetteer, start, end, name, "publisher"))
    return hits


def _glued_inside(body: str, hit: BodyHit) -> bool:
    """True when a word after the first of the hit's name is two glued ("Council ChamberPeterborough City Council"),
    not a one-word brand ("NationalWorld")."""
    glued = GLUED_CAPTION_WORDS.search(body, hit.start, hit.end)
    return glued is not None and " " in body[hit.start:glued.start()]


def _unnamed_local_council(body: str, gazetteer: Gazetteer, publisher: str | None, hits: list[BodyHit],
                           taken: list[tuple[int, int]]) -> list[BodyHit]:
    """ "The council" where no council is named before it (`coreference.described_bodies` reads the others): the
    council of the one place the text names that reference data knows a council of ("Croydon has looked after …
    Tony Newman, the leader of the council, said"), else the publisher when it is a curated council (a council's
    own committee paper); nothing where the text names places of two councils."""
    occupied = taken + [(h.start, h.end) for h in hits]
    described = [d for d in all_matches(UNNAMED_LOCAL_COUNCIL, body) if not _overlaps(d.start(), d.end(), occupied)]
    councils = [h for h in hits if h.kind_label == "council" or h.label.endswith(" Council")]
    first = next((d for d in described if not any(h.start < d.start() for h in councils)), None)
    if first is None:
        return []
    places = {c.ref: c for run in all_matches(CAPITALISED_RUN, body)
              if (c := _council_of_run(gazetteer, run.group())) is not None}
    if not places and publisher:
        own = gazetteer.lookup(publisher)
        places = {own.ref: own} if own is not None and own.kind_label == "council" else {}
    return [BodyHit.curated(first.start(), first.end(), next(iter(places.values())))] if len(places) == 1 else []


def _council_of_run(gazetteer: Gazetteer, run: str) -> ReferenceEntity | None:
    """The council of the place a capitalised run names, its sentence opener and possessive dropped ("In Croydon’s
    schools" → the London Borough of Croydon); runs of more than three words name no place."""
    words = run.split()
    if words[0] in PLACE_OPENERS:
        words = words[1:]
    if not 0 < len(words) <= 3:
        return None
    return _council_of(gazetteer, POSSESSIVE_ENDING.sub("", " ".join(words)))


def _council_of(gazetteer: Gazetteer, place: str) -> ReferenceEntity | None:
    """The curated council reference data knows as "<place> Council" ("Hampshire" → Hampshire County Council), or
    None where it knows none (or "<place> Council" is no council)."""
    council = gazetteer.lookup(f"{place} Council")
    return council if council is not None and council.kind_label == "council" else None


def _known_council(hit: BodyHit, gazetteer: Gazetteer) -> BodyHit:
    """A council named by its place in a form reference data does not hold is the curated council it knows as
    "<place> Council": "Rotherham Borough Council" is Rotherham Metropolitan Borough Council."""
    form = COUNCIL_FORM.fullmatch(hit.label)
    reference = _council_of(gazetteer, form.group("place")) if form else None
    if reference is None:
        return hit
    return BodyHit.curated(hit.start, hit.end, reference)


def _brand_named(body: str, gazetteer: Gazetteer, taken: list[tuple[int, int]]) -> list[BodyHit]:
    """A one-word name shaped as no common word, place or surname is ("YouGov", "4Children") where it stands as a
    body does: "Sue Hale of 4Children", "a YouGov survey"; a product's name in an advert ("20% off StudentSafe!")
    stands in neither place."""
    hits = []
    for m in BRAND_NAME.finditer(body):
        name = m.group("name")
        if (BRAND_NAME_NOT.match(name) or name in GIVEN_NAMES or _overlaps(m.start(), m.end(), taken)
                or not (BRAND_BEFORE.search(body, max(0, m.start() - 12), m.start()) or BRAND_AFTER.match(body, m.end()))):
            continue
        hits.append(_named_hit(gazetteer, m.start(), m.end(), name, None))
    return hits


def _acronym_members(body: str, gazetteer: Gazetteer, taken: list[tuple[int, int]], acronyms: set[str | None]
                     ) -> list[BodyHit]:
    """An acronym with members, representatives or a spokesperson is a body ("who were UKIP members", "the CLiCC
    representative"), and one that says, finds or urges as the subject of a sentence ("NYAS urge the review team"),
    under its curated name where reference data knows it; a post's acronym is not, nor one another name defines
    ("National Youth Advocacy Service (NYAS)": coreference names it)."""
    hits = []
    for m in [*ACRONYM_MEMBERS.finditer(body), *ACRONYM_ACTS.finditer(body)]:
        name = m.group("name")
        if m.re is ACRONYM_ACTS and f"({name})" in body:
            continue  # defined in brackets and no body's acronym: a document's ("the review (CSPR) … The CSPR found")
        if sum(c.isupper() for c in name) >= 3 and name not in POST_ACRONYMS | acronyms and not _overlaps(
                m.start("name"), m.end("name"), taken):
            hits.append(_named_hit(gazetteer, m.start("name"), m.end("name"), name, None))
    return hits


def _glued_token_start(body: str, start: int) -> int:
    """Where a name starting right after a glued ampersand really starts: "B&NES Council" is not "NES Council"."""
    while start > 1 and body[start - 1] == "&" and body[start - 2].isalnum():
        start -= 1
        while start > 0 and body[start - 1].isalnum():
            start -= 1
    return start


def _shaped(body: str, taken: list[tuple[int, int]]) -> list[BodyHit]:
    """Bodies by the shape of their name: "Family Rights Group", "Department for Education"; where a head-first
    and a head-last reading overlap, the one starting first ("the Royal College of Paediatrics and Child Health",
    not "College of …")."""
    hits = []
    firsts = all_matches(BODY_HEAD_FIRST, body)
    for pattern in (BODY_HEAD_FIRST, BODY_HEAD_LAST):
        for m in all_matches(pattern, body):
            end = _run_on_end(m, firsts) if pattern is BODY_HEAD_LAST else _remit_list_end(body, m, taken)
            for start, end in _split_and(body, m.start("name"), end):
                start, end = _trim(body, start, end)
                start = _glued_token_start(body, start)
                start = _after_opening_phrase(body, start, end)
                swept = PERSON_OF_BODY.match(body, start, end)
                if swept is not None and _looks_like_person(swept.group("person")) \
                        and swept.group("person").split()[0] not in BODY_OPENING_WORDS:
                    start = swept.end()
                office = OFFICE_OF_BODY.match(body, start, end)
                if office is not None and SECRETARY_OF_STATE.match(body, office.start()):
                    continue  # "the Secretary of State for the Home Department" is an office
                if office is not None:
                    start = office.end()
                start = _after_compound_modifier(body, start, end, taken)
                listed = _remit_list_start(body, start, end)
                name = body[listed:end]
                kind = REMIT_LIST_KIND if listed != start else _head_kind(name)
                start = listed
                joined = next((j for s, e in taken if e == end and start < s < end
                               and (j := _and_before(body, s)) is not None), None)
                if joined is not None:  # "the Commission for Social Care and Ofsted": Ofsted is a body of its own
                    end, name = joined, body[start:joined]
                    kind = _head_kind(name)
                if (kind is _NO_HEAD or len(name.split()) < 2 or _overlaps(start, end, taken)
                        or NOT_BODY_FOLLOWERS.match(body[end:]) and not _councils_own(kind, body, end)
                        or _furniture(name) or _building(name)
                        or _field_of_work(name) or _kind_only(name) or _meeting(name) or _inspection(name)
                        or _person_before_office(body, start, end)
                        or _described(body, start, end)):
                    continue
                hits.append(BodyHit(start, end, name, kind if isinstance(kind, str) else None))
    return leftmost_longest(hits)


def _described(body: str, start: int, end: int) -> bool:
    """Whether a quantifier is in the name body[start:end] or "a"/"an" (or "every", "each of the") opens its
    capitalised run, no verb of founding before it and no noun after it: "a Member Steering Group has", not "set up
    a National Implementation Board"."""
    words = body[start:end].split()
    if any(w in _QUANTIFIERS for w in words[1:]):
        return True
    reach = max(0, start - _INDEFINITE_REACH)
    opened = words[0] in _QUANTIFIERS or _INDEFINITE_BEFORE.search(body, reach, start) is not None
    return (opened and _MODIFIES_NEXT.match(body, end) is None
            and _FOUNDED_BEFORE.search(body, reach, start) is None)


def _run_on_end(m: re.Match[str], firsts: tuple[re.Match[str], ...]) -> int:
    """Where a head-last name ends when a head-first name opens inside it and runs on past it: "Independent Office
    for Police Conduct" (not "Independent Office for Police", whose "Police" is a head too)."""
    return max([f.end("name") for f in firsts if m.start("name") < f.start("name") < m.end("name") < f.end("name")],
               default=m.end())


def _remit_list_end(body: str, m: re.Match[str], taken: list[tuple[int, int]]) -> int:
    """Where a department's name ends when its remit runs on in a comma list ("Department for Culture, Media and
    Sport"), unless the list names bodies found already ("the Office for Students, Ofsted and Cafcass") or by a
    head word of their own."""
    if m.re is not BODY_HEAD_FIRST:
        return m.end()
    heads = [h.group().split()[0] for h in HEAD_FIRST_REMIT.finditer(m.group("name"))]
    if not heads or heads[-1] not in DEPARTMENT_HEADS:
        return m.end()  # (the last head's: "the University of Northby’s Centre for Childhood, Youth and …")
    rest = DEPARTMENT_REMIT_REST.match(body, m.end())
    if rest is None or _overlaps(rest.start(), rest.end(), taken) or \
            any(w in BODY_HEAD_KINDS and w not in REMIT_FIELD_ENDS for w in rest.group().replace(",", " ").split()):
        return m.end()  # "the Centre for Youth Policy, Harbour Trust and …": the list names bodies
    return rest.end()


def _remit_list_start(body: str, start: int, end: int) -> int:
    """Where a committee's or panel's name starts when it opens with a comma list of its remits that its own "… and
    …" ends: "the Communities, Parks and Leisure Policy Committee", not "Parks and Leisure Policy Committee"."""
    words = body[start:end].split()
    if not words or words[-1] not in REMIT_HEADS or "and" not in words:
        return start
    remits = REMIT_LIST_BEFORE.search(body, max(0, start - REMIT_LIST_REACH), start)
    return _trim(body, remits.start(), end)[0] if remits else start


def _person_before_office(body: str, start: int, end: int) -> bool:
    """Whether body[start:end] is a person's name, with its title or "and", run into the body word that opens their
    office: "Jo Ade Board Chair", "Cllr Jo Ade and Group Spokesperson"."""
    if OFFICE_AFTER_HEAD.match(body, end) is None:
        return False
    words = body[start:end].split()[:-1]
    titled = bool(words) and words[0] in TITLES
    words = words[titled:len(words) - (words[-1:] == ["and"])]
    return _looks_like_person(" ".join(words)) and (titled or words[0] in GIVEN_NAMES)


def _after_compound_modifier(body: str, start: int, end: int, taken: list[tuple[int, int]]) -> int:
    """Where a body's name starts after a hyphenated modifier whose first part is a body found already: "Labour-run
    Northby Council" is the party and "Northby Council"."""
    for s, e in taken:
        if s == start and e < end and body[e] == "-":
            space = body.find(" ", e, end)
            return space + 1 if space > 0 else start
    return start


def _after_opening_phrase(body: str, start: int, end: int) -> int:
    """Where a body's name starts when a sentence opens with a common word and a joiner before it ("Shares in
    Northcare Group plc fell", "Funding for Northby Council was cut"): after the joiner, when what follows is a body
    name by itself and the opening word is no body word ("Council for Disabled Children", "Investing in Children"
    stay whole)."""
    m = OPENING_PHRASE.match(body, start, end)
    if m is None or _head_kind(m.group("word")) is not _NO_HEAD or _head_kind(body[m.end():end]) is _NO_HEAD:
        return start
    opens_sentence = start == 0 or SENTENCE_START.search(body, max(0, start - 4), start) is not None
    return m.end() if opens_sentence else start


def _split_and(body: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut "Family Rights Group and Local Government Association" into the two bodies it names, and "Mencap and
    the National Autistic Society" or "University of York and the Born in Bradford study" before "and the" (no
    body's name holds "and the"; a part with no body word, "Mencap", is then no body by its shape); a body word
    alone is no body's name, so "University and College Union" stays whole, and a field of research ends a remit
    ("National Institute for Health and Care Research")."""
    owner = POSSESSIVE_HEAD.search(body, start, end)
    if owner is not None:  # "Northby Council’s Children and Families … Committee": the council, then its committee
        after = body.find(" ", owner.end(), end)
        return [(start, owner.end()), *_split_and(body, after + 1, end)] if after > 0 else [(start, owner.end())]
    owned = _owned_body(body, start, end)
    if owned is not None:
        return _split_and(body, owned, end)
    text = body[start:end]
    parts, pos = [], 0
    joints = list(AND_BETWEEN.finditer(text))
    for k, m in enumerate(joints):
        left, right = text[pos:m.start()], text[m.end():]
        named_left = _head_kind(left) is not _NO_HEAD and len(left.split()) >= 2
        remit = HEAD_FIRST_REMIT.search(left) is not None and right.split()[-1] in REMIT_FIELD_ENDS
        # "UCL Institute of Epidemiology and Health Care and Kings College London": the words up to a later "and"
        # that name no body of their own are the remit of the body before; the cut is at that later "and"
        later = next((j for j in joints[k + 1:] if _head_kind(text[m.end():j.start()]) is _NO_HEAD
                      and _head_kind(text[j.end():]) is not _NO_HEAD), None)
        if AND_THE.match(text, m.start()) or named_left and _head_kind(right) is not _NO_HEAD and not remit \
                and later is None:
            parts.append((start + pos, start + m.start()))
            pos = m.end()
    parts.append((start + pos, end))
    return parts


def _owned_body(body: str, start: int, end: int) -> int | None:
    """Where a body's name starts after its owner's possessive, the owner (a person or body with no body word at its
    end) two words or more: "Jo Ade’s Centre for Young Lives", "the Northcare Works’s Parent Policy Forum"; a common
    word's possessive is part of the name ("National Children’s Bureau"), and so is a one-word owner's ("Queen’s
    Nursing Institute")."""
    m = _POSSESSIVE_IN_NAME.search(body, start, end)
    if m is None:
        return None
    words = [w for w in body[start:m.start()].split() if w.lower() not in _JOINERS]
    rest = body[m.end():end]
    if (len(words) < 2 or words[-1] in _COMMON_POSSESSORS or len(rest.split()) < 2
            or _head_kind(rest) is _NO_HEAD):
        return None
    return m.end()


def _trim(body: str, start: int, end: int, keep_openers: bool = False) -> tuple[int, int]:
    """Drop leading function words, a date the name ran into, possessive endings and trailing joiners from a name
    span. After a kind word or in a list (`keep_openers`) only true function words go: "the charity Next Step"."""
    dropped = CUED_NAME_DROPPED if keep_openers else LEADING_FUNCTION_WORDS
    date = TRAILING_DATE.search(body, start, end)
    if date is not None:
        end = date.start()
    while True:
        m = FIRST_TOKEN.match(body[start:end])
        if m and (m.group(1) in dropped or m.group(1).lower() in _JOINERS):
            start += m.end()
            continue
        break
    while True:
        m = LAST_TOKEN.search(body[start:end])
        if m and m.group(1).lower() in _JOINERS:
            end = start + m.start()
            continue
        break
    possessive = POSSESSIVE_ENDING.search(body[start:end])
    if possessive and not body[start:end].endswith("Children’s") and not body[start:end].endswith("Children's"):
        end = start + possessive.start()
    return start, end


# Cues that also stand before people ("council leader Jane Doe" is not, but "the council Jane Doe chairs" might be).
_AMBIGUOUS_CUE_KINDS = frozenset({"council", "provider", "government department", None})


def _looks_like_person(name: str) -> bool:
    """Two or three plain capitalised words with no body word: "Jo Casebourne" after "chief executive"."""
    words = name.split()
    return 2 <= len(words) <= 3 and _head_kind(name) is _NO_HEAD and all(w[:1].isupper() and w[1:].islower()
                                                                      for w in words)


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


