"""Sentences that say one document, measure or statute came from, adopted, tested, legislated or dropped another.

Per sentence: the items it names (documents, statutes, measures, programmes from the mentions found earlier; the
governments it refers to, resolved by the article's date; an anaphor such as "It", "This" or "the model" standing
for the measure or document of the previous sentences), then each cue of `patterns/lineage.py` in rule order, a
cue's agent and patient looked for on its side of the cue. Cue spans never overlap: the first rule to claim a span
wins.

Rules of thumb, each with a test:
- "X … based on a recommendation from Y" where X is a measure carried by document D: Y recommends X, and
  D basedOn Y with X as the claim's `measure` (a claim about a measure between two documents);
- "<document>'s recommendation/proposal", "<document> policy", "part of <document>", "a central plank of
  <document>" make the document carry the sentence's nearest measures (reviews recommend, others adopt);
- a passive with no agent ("…was not adopted") or an active cue after a pronoun ("Instead, it adopts…") has the
  government in office on the publication day as agent;
- "This adopts a recommendation from Y" with no measure named: the measure of the previous sentences;
- a sentence ending "…which comprises:" (or "… comprise", "… –") lends its claims to the measures of the bullet or
  numbered paragraphs after it; a list no cue took is its subject document's or statute's;
- "the proposed X" in a sentence naming no document is what the document named last proposed;
- "Part One …", "This Bill …" stand for the Bill named last;
- "The Bill will strengthen X, offer Y and regulate Z": the Bill legislates each verb's measure;
- an allocation the funding step found, with a government or department named in its sentence, funds the
  measures and programmes named right after the amount.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from cscgraph.extract.found import Found
from cscgraph.extract.governments import earlier_government, government_in_office, government_references
from cscgraph.extract.patterns import lineage as P
from cscgraph.extract.patterns import text as T
from cscgraph.extract.patterns.documents import DOCUMENT_CUES, INTRODUCED_PASSIVE, STATUTE_ACTIONS
from cscgraph.extract.prefilter import fold, may_match, required_words
from cscgraph.extract.sentences import SentenceIndex
from cscgraph.models import Article, EntityRef, Evidence, FundingStream, LineageClaim

__all__ = ["find_lineage"]

_KIND_CATEGORY = {"policy": "doc", "statute": "statute", "measure": "measure", "programme": "programme"}


@dataclass(frozen=True)
class _Item:
    """Something a sentence names that can stand in a lineage claim."""

    start: int
    end: int
    ref: EntityRef
    category: str
    types: frozenset[str] = frozenset()
    names: tuple[str, ...] = ()
    anaphor: bool = False
    """Stands for an item of an earlier sentence ("It", "the model")."""


@dataclass
class _Context:
    """What the sentences read so far lend to the next one."""

    article: Article
    news: _Item | None
    rules: tuple[tuple[P.LineageRule, frozenset[str] | None], ...]
    """The rules, with their words, that the article holds a word of (no sentence holds one the article lacks)."""
    topics: list[_Item] = field(default_factory=list)
    previous: list[_Item] = field(default_factory=list)
    previous_start: int = 0
    list_measures: list[_Item] = field(default_factory=list)
    documents: list[_Item] = field(default_factory=list)
    """The documents the sentences so far named, latest last: whose "the proposed X" the text speaks of."""
    programmes: list[_Item] = field(default_factory=list)
    """The programmes the last few sentences named (`P.ANAPHOR_WINDOW_SENTENCES`), latest last: what "The £3m
    scheme" opening a sentence stands for."""
    statute: _Item | None = None
    """The Bill the sentences so far named last: what "Part One introduces…" and "The bill would…" stand for."""
    list_owner: _Item | None = None
    """The document or statute whose list the sentences are in: the lists of its section headings are its own."""


def find_lineage(article: Article, sentences: SentenceIndex, found: Found,
                 funding: tuple[FundingStream, ...] = ()) -> tuple[LineageClaim, ...]:
    """Lineage claims with their evidence sentence, in text order, each claim once per sentence. `funding` (the
    money the funding step found) adds who funds the measures and programmes an allocation is for."""
    entities = {str(e.ref): e for e in found.entities}
    items = _items(article, found, entities)
    bodies = _bodies(found, entities, items)
    folded = fold(article.body)
    context = _Context(article, _news_document(article, sentences, items),
                       tuple((rule, words) for rule, words in _RULES if may_match(words, folded)))
    claims: list[LineageClaim] = _allocation_claims(article.body, funding, items, sentences.sentences)
    all_sentences = sentences.sentences
    for index, sentence in enumerate(all_sentences):
        if not (P.LIST_ITEM.match(sentence.text) or P.LIST_SECTION.match(sentence.text)):
            context.list_owner = None  # prose ends the list and its sections
        here = [i for i in items if sentence.start <= i.start and i.end <= sentence.end]
        here += _statute_part(sentence, here, context) or _document_anaphor(sentence, here, context) \
            or _programme_anaphor(sentence, here, context) or _anaphors(sentence, here, context.topics)
        inline = _inline_head_nouns(sentence, here, context.topics)
        if not any(i.category == "measure" for i in here):
            here += inline  # else they only become topics: "…would make the identifier work" after a named duty
        here.sort(key=lambda i: i.start)
        context.list_measures = _list_measures(article.body, all_sentences, index, items) if P.LIST_INTRO.search(sentence.text) \
            else []
        if not P.DIRECT_QUESTION.search(sentence.text):  # "Is the pilot funded by the DfE?" states nothing
            claims += _sentence_claims(sentence, here, context, [b for b in bodies if sentence.start <= b.start
                                                                 and b.end <= sentence.end])
            claims += _heading_claims(all_sentences, index, here, items, context.article.body)
            claims += _fronted_claims(sentence, here, context.article.body)
            claims += _fronted_money_claims(sentence, here, context.article.body)
            claims += _funded_compound_claims(sentence, here, context)
            claims += _money_subject_claims(sentence, here, context)
            claims += _proposal_claims(sentence, here, context)
            claims += _introduced_by_bill_claims(sentence, here, context)
            claims += _statute_action_claims(sentence, here)
        window_start = all_sentences[max(0, index - P.ANAPHOR_WINDOW_SENTENCES + 1)].start
        context.topics = [t for t in context.topics if t.start >= window_start]
        context.programmes = [p for p in context.programmes if p.start >= window_start] + [
            i for i in here if i.category == "programme" and not i.anaphor]
        context.documents += [i for i in here if i.category == "doc" and not i.anaphor]
        # a Bill, not an Act it amends: "The Bill would add a section to the Children Act 1989. The bill seeks…"
        context.statute = ([i for i in here if i.category == "statute" and not i.anaphor and "Bill" in i.types]
                           or [context.statute])[-1]
        context.topics += sorted({*(i for i in here if i.category == "measure"), *inline}, key=lambda i: i.start)
        context.previous = here
        context.previous_start = sentence.start
    return tuple(dict.fromkeys(claims))


def _items(article: Article, found: Found, entities: dict) -> list[_Item]:
    government_slugs = set(P.GOVERNMENT_SLUGS.values())
    items: list[_Item] = []
    for mention in found.mentions:
        ref = mention.entity
        category = _KIND_CATEGORY.get(ref.kind)
        if ref.kind == "organisation" and ref.slug in government_slugs:
            category = "government"
            if earlier_government(article.body, mention.span.start, mention.span.end, ref.slug):
                continue  # "introduced by the Labour government in 1998"
        elif ref.kind == "organisation" and (entities.get(str(ref)) is not None
                                             and entities[str(ref)].kind_label in P.FUNDING_BODY_KINDS):
            category = "department"  # a funder only: "The Department for Education has awarded £4.4m to…"
        elif ref.kind == "organisation" and (entities.get(str(ref)) is not None
                                             and entities[str(ref)].kind_label in P.COUNCIL_KINDS):
            category = "council"  # an actor only where a rule names it: "the council approved a motion to…"
        elif ref.kind == "organisation" and P.FUNDED_BY_BODY.search(
                article.body[max(0, mention.span.start - P.FUNDED_BY_REACH):mention.span.start]):
            category = "funder body"  # "funded by the Nuffield Foundation"
        if category:
            entity = entities.get(str(ref))
            types = frozenset(entity.types) if entity else frozenset()
            names = (entity.label, *entity.aliases) if entity else ()
            items.append(_Item(mention.span.start, mention.span.end, ref, category, types, names))
    for start, end, ref in government_references(article):
        if not any(i.start < end and start < i.end for i in items):
            items.append(_Item(start, end, ref, "government"))
    items += _chair_references(article.body, [i for i in items if i.category == "doc" and "Review" in i.types])
    docs = [i for i in items if i.category == "doc"]
    # "the Conservatives’ 2023 Stable Homes strategy": the government only qualifies the document, which acts.
    items = [i for i in items if not (i.category == "government" and (
        any(_possessive_of(article.body, i, d) for d in docs if d.start >= i.end)
        or _owns_unnamed_document(article.body, i)))]
    return sorted(set(items), key=lambda i: (i.start, -i.end))


def _bodies(found: Found, entities: dict, items: list[_Item]) -> list[_Item]:
    """The other bodies named, outside `items`: actors only for the rules that name "body" as an agent ("the LGA
    called for a review of…"); every other step reads `items` alone."""
    return [_Item(m.span.start, m.span.end, m.entity, "body") for m in found.mentions
            if m.entity.kind == "organisation" and str(m.entity) in entities
            and entities[str(m.entity)].kind_label not in P.NOT_ACTING_KINDS
            and not any(i.start < m.span.end and m.span.start < i.end for i in items)]


def _allocation_claims(body: str, funding: tuple[FundingStream, ...], items: list[_Item],
                       sentences: tuple[Evidence, ...]) -> list[LineageClaim]:
    """ "the government’s £10 million investment in Start for Life services", "The Department has allocated £5m
    for the kinship pilot": an allocation with a government or department as funder funds the measures and
    programmes its sentence names right after the amount (what it is for), not those before it ("Family hubs,
    which the charity praised, get £2m"). The funder must be named in that sentence, and the verb that gives the
    amount not be wished or denied ("Charities want the Department to award £3m to…"), nor the amount only possible
    ("a further £5m may be received", "£10m could be awarded to…"). A sentence breaking down money given earlier
    ("The new funding includes £10m to…") and naming no giver has the funding step's funder; so has each item of a
    list that breaks it down ("The £12.5m package includes: • £2m for…")."""
    out = []
    for stream in funding:
        listed = _breakdown_list_funder(stream, funding, sentences, items)
        sentence = stream.evidence
        givers = {i.ref for i in items if sentence.start <= i.start < sentence.end and (
            i.category in ("government", "department") or i.category == "council" and _council_gives(stream, i))}
        # a funder the sentence does not name is the funding step's guess from the text before; the one giver the
        # sentence names before the amount gives it ("The Treasury added that … £560m to expand children's homes")
        named = {i.ref for i in items if i.ref in givers and i.end <= stream.span.start}
        funder = stream.funder if stream.funder in givers else next(iter(named)) if len(named) == 1 else None
        if funder is None and not givers and P.MONEY_BREAKDOWN_OPENING.match(sentence.text):
            funder = stream.funder  # "The new funding includes £10m to create…": the earlier sentence's giver
        funder = funder or listed
        if stream.kind not in P.ALLOCATION_KINDS and listed is None or funder is None:
            continue
        if _hedged(P.LAST_WORD.sub("", sentence.text[:stream.span.start - sentence.start])) \
                or P.MODAL_AFTER_AMOUNT.match(sentence.text, stream.span.end - sentence.start):
            continue
        start, end = stream.span.end, min(stream.span.end + P.ALLOCATION_REACH, sentence.end)
        # a government named after the amount starts another clause: "£82m for hubs shows the government’s
        # commitment to supporting families" does not fund "supporting families"; one the amount comes from is its
        # giver: "£20m from the Department for Education to expand peer support groups"; one whose possessive names
        # the programme funded owns it: "£14m for the government’s Harbour Fund"
        end = min([i.start for i in items if i.ref in givers and start <= i.start < end
                   and not _amount_source(sentence, start, i)
                   and not any(j.category in ("measure", "programme") and _possessive_of(body, i, j)
                               for j in items if i.end <= j.start < i.end + P.OWNED_ITEM_REACH)] + [end])
        funded = [i for i in items if i.category in ("measure", "programme") and i.ref in stream.funds
                  and start <= i.start < end and not _amount_source(sentence, start, i)]
        # a relative clause after the amount says what its purpose does, not what else the money funds: "£20m into
        # its Family Hubs programme, which will support councils to set up new Family Hubs"
        relative = P.RELATIVE_OPENER.search(sentence.text, stream.span.end - sentence.start)
        if relative is not None:
            funded = [i for i in funded if i.start < sentence.start + relative.start()]
        out += [LineageClaim(funder, "funds", i.ref, stream.evidence) for i in funded]
    return out


def _council_gives(stream: FundingStream, council: _Item) -> bool:
    """ "West Northamptonshire Council has backed a £20 million budget to create more children’s homes": a council
    named before the amount, as its subject, gives it (not one the money goes to: "Kent County Council will receive
    £2m to…", "£2m for Kent County Council")."""
    return council.end <= stream.span.start and council.ref not in stream.recipients \
        and not P.COUNCIL_RECEIVES.search(stream.evidence.text, council.end - stream.evidence.start,
                                          stream.span.start - stream.evidence.start)


def _breakdown_list_funder(stream: FundingStream, funding: tuple[FundingStream, ...],
                           sentences: tuple[Evidence, ...], items: list[_Item]) -> EntityRef | None:
    """The giver of the money a list breaks down, when `stream` is the amount of one of its items: the funder of the
    allocation in the sentence that opens the list ("The £302m package includes:" then "• £82m to create…"), or of
    the same amount given before it ("The DfE announced £302m for… The £302m package includes:"), when that
    allocation's sentence names it (not a funder the funding step only guessed: "£12.5m … announced by a minister")."""
    if not P.LIST_ITEM.match(stream.evidence.text):
        return None
    index = next((k for k, s in enumerate(sentences) if s.start == stream.evidence.start), None)
    if index is None:
        return None
    while index > 0 and P.LIST_ITEM.match(sentences[index - 1].text):
        index -= 1
    opening = sentences[index - 1] if index else None
    if opening is None or not P.BREAKDOWN_LIST_OPENING.search(opening.text):
        return None
    given = [s for s in funding if s.evidence.start <= opening.start and s.kind in P.ALLOCATION_KINDS
             and (s.evidence.start == opening.start or _amount_text(s) in opening.text)
             and any(i.ref == s.funder and s.evidence.start <= i.start < s.evidence.end for i in items)]
    return given[-1].funder if given else None


def _amount_text(stream: FundingStream) -> str:
    """The amount as the text writes it ("£302 million")."""
    return stream.evidence.text[stream.span.start - stream.evidence.start:stream.span.end - stream.evidence.start]


def _amount_source(sentence: Evidence, amount_end: int, item: _Item) -> bool:
    """Whether `item` is what the amount ending at `amount_end` comes from ("£20m from the Department for
    Education", "£555 million from the Transformation Fund")."""
    return P.AMOUNT_SOURCE.match(sentence.text[amount_end - sentence.start:item.start - sentence.start]) is not None


def _owns_unnamed_document(body: str, government: _Item) -> bool:
    """ "as part of the government’s children’s social care implementation strategy": the government only qualifies
    a document the text describes without naming it."""
    text = body[government.start:government.end]
    after = body[government.end:government.end + 90]
    owned = text.endswith(("’s", "'s", "’", "'")) or after[:1] in ("’", "'")
    return owned and bool(P.GOVERNMENT_DOCUMENT_AFTER.match(after))


def _chair_references(body: str, reviews: list[_Item]) -> list[_Item]:
    """A review's chair named where the text means the review ("recommended by Doe" after "the Doe review"): the
    chair's surname is read from the review's names in reference data and its mention in the text, and the
    reference resolves to the nearest such review before it."""
    chairs: dict[str, list[_Item]] = {}
    for review in reviews:
        for name in (*review.names, body[review.start:review.end]):
            for m in P.REVIEW_NAMED_FOR.finditer(name):
                chairs.setdefault(m.group("name"), []).append(review)
    out: list[_Item] = []
    for surname, named in chairs.items():
        for m in P.review_chair_reference(surname).finditer(body):
            before = [r for r in named if r.end <= m.start()]
            if before and not any(r.start <= m.start() < r.end for r in reviews):
                out.append(_copy(max(before, key=lambda r: r.end), m.start(), m.end()))
    return out


def _possessive_of(body: str, government: _Item, document: _Item) -> bool:
    """ "the Conservatives’ 2023 Stable Homes", "Labour’s Plan for Change": the government names whose document."""
    between = body[government.end:document.start]
    owned = body[government.start:government.end].endswith(("’s", "'s", "’", "'")) or between[:1] in ("’", "'")
    return owned and bool(P.GOVERNMENT_POSSESSIVE.match(between))


def _news_document(article: Article, sentences: SentenceIndex, items: list[_Item]) -> _Item | None:
    """The document the article reports as published today ("…set out in a policy paper today"; "This week the
    Government has published ‘<title>’" in one of its first sentences)."""
    m = P.NEWS_DOCUMENT.search(article.body)
    if m is None:
        return _news_document_named(article.body, sentences, items)
    wanted = DOCUMENT_CUES.get(T.SPACE_RUN.sub(" ", m.group("cue").lower()))
    docs = [i for i in items if i.category == "doc" and wanted in i.types]
    return docs[0] if docs else None


def _news_document_named(body: str, sentences: SentenceIndex, items: list[_Item]) -> _Item | None:
    """A document one of the article's first sentences says was published today or this week, by its name."""
    for sentence in sentences.sentences[:P.NEWS_SENTENCES]:
        if not P.NEWS_TIME.search(sentence.text):
            continue
        for item in items:
            if item.category == "doc" and sentence.start <= item.start < sentence.end \
                    and P.NEWS_PUBLISHED_BEFORE.search(body, sentence.start, item.start):
                return item
    return None


def _document_anaphor(sentence: Evidence, here: list[_Item], context: _Context) -> list[_Item]:
    """ "It"/"This"/"The reforms" opening a sentence after one that names a document and no measure: that document
    (the first named, usually the subject); "This"/"The reforms" after one that names neither: the article's news
    document."""
    lead = P.DOCUMENT_ANAPHOR.match(sentence.text)
    subject = _subject(context)
    # "The reforms" never stands for a measure; "It"/"This" do when the previous sentence names one, except that
    # "It" keeps a document (or programme) that was that sentence's subject ("The strategy sets out three measures:
    # … It also adopts…"); "This" points at what was just said ("The review recommended X. This was rejected…").
    document_subject = lead is not None and lead.group("lead").lower() == "it" and subject is not None \
        and subject.category in ("doc", "statute", "programme") and not subject.anaphor
    if lead is None or not lead.group("reforms") and not document_subject \
            and any(i.category == "measure" for i in context.previous):
        return []
    docs = [subject] if document_subject else [i for i in context.previous if i.category in ("doc", "statute")]
    if lead.group("plan"):
        # "The plan" is a strategy or policy paper, not a Bill or a review named before it
        docs = [i for i in docs if i.types & P.PLAN_KINDS]
    antecedent = docs[0] if docs else (context.news if lead.group("lead").lower() != "it" else None)
    start, end = sentence.start + lead.start("lead"), sentence.start + lead.end("lead")
    if antecedent is None or _covered(start, end, here):
        return []
    return [_copy(antecedent, start, end)]


def _programme_anaphor(sentence: Evidence, here: list[_Item], context: _Context) -> list[_Item]:
    """ "The £3.6m match fund scheme is funded by…", "The new programme will…" opening a sentence that does not name
    its programme right after it: the programme the last sentences named latest ("The scheme builds on Sure Start"
    is the scheme named before)."""
    lead = P.LEADING_PROGRAMME_ANAPHOR.match(sentence.text)
    if lead is None or not context.programmes:
        return []
    start, end = sentence.start + lead.start(), sentence.start + lead.end()
    if any(i.category == "programme" and i.start >= end and P.NAMED_AFTER_LEAD.fullmatch(sentence.text, lead.end(),
                                                                                          i.start - sentence.start)
           for i in here):
        return []  # the sentence names its programme: "The new programme, Best Start, will…"
    return [] if _covered(start, end, here) else [_copy(context.programmes[-1], start, end)]


def _statute_part(sentence: Evidence, here: list[_Item], context: _Context) -> list[_Item]:
    """ "Part One introduces new duties…", "Part 2 of the Bill proposes…", "This Bill…" opening a sentence (or its
    main clause): the Bill the text named last acts (through its part)."""
    m = P.STATUTE_PART.match(sentence.text)
    start, end = (sentence.start + m.start("ref"), sentence.start + m.end("ref")) if m else (0, 0)
    if m is None or context.statute is None or _covered(start, end, here):
        return []
    return [_copy(context.statute, start, end)]


def _subject(context: _Context) -> _Item | None:
    """The previous sentence's subject: its first item when only an opener stands before it ("Meanwhile, the
    strategy…"). An anaphor is never passed on: "It" resolved once is not the antecedent of the next "It"."""
    if not context.previous:
        return None
    first = min(context.previous, key=lambda i: i.start)
    lead = context.article.body[context.previous_start:first.start]
    return first if P.SUBJECT_LEAD.match(lead) else None


def _anaphors(sentence: Evidence, here: list[_Item], topics: list[_Item]) -> list[_Item]:
    """ "It", "This", "The allowances", "the model" standing for the last measure of the previous sentences."""
    if not topics:
        return []
    antecedent = topics[-1]
    out = []
    lead = P.LEADING_ANAPHOR.match(sentence.text)
    if lead is None:
        # "The framework…" after "…the early career framework will supersede the ASYE": the latest measure whose
        # name ends in that noun, not simply the latest measure.
        for topic in reversed(topics):
            lead = _head_noun(sentence.text, topic)
            if lead:
                antecedent = topic
                break
    if lead and _covered(sentence.start + lead.start(), sentence.start + lead.end(), here):
        lead = None
    if lead:
        out.append(_copy(antecedent, sentence.start + lead.start(), sentence.start + lead.end()))
    if any(i.category == "measure" for i in here):
        return out
    for m in P.INLINE_ANAPHOR.finditer(sentence.text):
        start, end = sentence.start + m.start(), sentence.start + m.end()
        if lead and m.start() < lead.end() or _covered(start, end, here):
            continue
        out.append(_copy(antecedent, start, end))
    return out


def _inline_head_nouns(sentence: Evidence, here: list[_Item], topics: list[_Item]) -> list[_Item]:
    """ "…which ministers said would make the identifier work" after "a single child identifier": "the <noun>"
    inside a sentence, where the noun ends the name of one of the previous sentences' measures."""
    out = []
    for m in P.INLINE_HEAD_NOUN.finditer(sentence.text):
        start, end = sentence.start + m.start(), sentence.start + m.end()
        if m.start() == 0 or _covered(start, end, here + out):
            continue
        head = m.group("head").lower().rstrip("s")
        if head in P.GENERIC_HEADS:
            continue
        for topic in reversed(topics):
            if head in {name.split()[-1].lower().rstrip("s") for name in topic.names if name}:
                out.append(_copy(topic, start, end))
                break
    return out


def _head_noun(text: str, antecedent: _Item) -> re.Match[str] | None:
    """ "The allowances…" after "kinship allowances": the head noun of one of the measure's names."""
    m = P.LEADING_HEAD_NOUN.match(text)
    if m is None:
        return None
    head = m.group("head").lower().rstrip("s")
    heads = {name.split()[-1].lower().rstrip("s") for name in antecedent.names if name}
    return m if head in heads else None


def _copy(item: _Item, start: int, end: int) -> _Item:
    return _Item(start, end, item.ref, item.category, item.types, item.names, anaphor=True)


def _list_measures(body: str, sentences: tuple[Evidence, ...], index: int, items: list[_Item]) -> list[_Item]:
    """Measures of the bullet paragraphs right after a sentence ending in ":". A number standing as its own
    sentence ("1." before "Setting up family help teams…") marks the next sentence as an item; the further sentences
    of an item's paragraph are skipped, and the list ends at the first other paragraph."""
    out: list[_Item] = []
    marked = False
    previous_end = sentences[index].end
    for sentence in sentences[index + 1:]:
        if P.LIST_MARK_ALONE.match(sentence.text):
            marked = True
        elif marked or P.LIST_ITEM.match(sentence.text):
            out += [i for i in items if sentence.start <= i.start < sentence.end and i.category == "measure"]
            marked = False
        elif not out or "\n" in body[previous_end:sentence.start]:
            if out or sentence.start > sentences[index].end + 2:
                break
        previous_end = sentence.end
    return out


def _covered(start: int, end: int, items: list[_Item]) -> bool:
    return any(i.start < end and start < i.end for i in items)


# Each rule with the words its pattern cannot match without: most sentences hold none of most rules' words.
_RULES = tuple((rule, required_words(rule.pattern)) for rule in P.LINEAGE_RULES)


def _sentence_claims(sentence: Evidence, items: list[_Item], context: _Context, bodies: list[_Item]
                     ) -> list[LineageClaim]:
    """Claims of the rules whose cues the sentence holds; `bodies` are actors only for rules that name them."""
    if not items and not context.list_measures:
        return []
    with_bodies = sorted([*items, *bodies], key=lambda i: i.start)
    claims: list[LineageClaim] = []
    used: list[tuple[int, int]] = []
    folded = fold(sentence.text)
    for rule, words in context.rules:
        if not may_match(words, folded):
            continue
        for m in rule.pattern.finditer(sentence.text):
            cue = (sentence.start + m.start(), sentence.start + m.end())
            if any(s < cue[1] and cue[0] < e for s, e in used) or _inside_item(cue, items, context.article.body) \
                    or _hedged(sentence.text[:m.start()]) or P.CUE_IN_A_NAME.match(sentence.text, m.start()) \
                    and P.NAME_WORD_BEFORE.search(sentence.text, 0, m.start()):
                continue
            made = _apply(rule, cue, with_bodies if "body" in (*rule.agent, *rule.patient) else items, sentence,
                          context)
            if made:
                used.append(cue)
                claims += made
    claims += _ownership_claims(sentence, items, context.article.body)
    if not any(c.object in {m.ref for m in context.list_measures} for c in claims):
        claims += _list_owner_claims(sentence, items, context)
    return claims


def _money_subject_claims(sentence: Evidence, here: list[_Item], context: _Context) -> list[LineageClaim]:
    """ "The £500m national investment will fund the Best Start hubs", "This investment will bolster the
    pathfinder": money opening the sentence as the subject of a verb of funding funds the programme or measure the
    verb governs (the first after it, in its clause). Its giver is the one government or department the sentence
    before names ("The government announced £547m. This investment will…"); else, when the sentence gives the
    amount and the one before names no council, the government in office; else no one is known to give it."""
    m = P.MONEY_SUBJECT_FUNDS.match(sentence.text)
    if m is None:
        return []
    body, cue_end = context.article.body, sentence.start + m.end()
    funded = [i for i in here if i.start >= cue_end and i.category in P.PROGRAMME_FIRST
              and not P.CLAUSE_MARK.search(body, cue_end, i.start)][:1]
    givers = {i.ref: i for i in context.previous if i.category in ("government", "department")}
    if len(givers) == 1:
        giver = next(iter(givers.values()))
    elif not givers and m.group("amount") and not any(i.category == "council" for i in context.previous):
        giver = _Item(sentence.start, sentence.start, government_in_office(context.article), "government")
    else:
        return []
    return [LineageClaim(giver.ref, "funds", i.ref, sentence) for i in funded]


def _proposal_claims(sentence: Evidence, here: list[_Item], context: _Context) -> list[LineageClaim]:
    """ "It is good to see the proposed additional support for care leavers", "the proposal of a windfall tax on
    private companies" in a sentence that names no document, government or statute: the measure is what the document
    named last before it proposed (a review recommends it, another document adopts it). Not a body's own
    proposal ("the LGA's proposals for…"), nor a wish or a denial."""
    if not context.documents or any(i.category in ("doc", "statute", "government") for i in here):
        return []
    owner = context.documents[-1]
    out = []
    for m in P.PROPOSAL_NOUN_CUE.finditer(sentence.text):
        before = sentence.text[:m.start()]
        if _hedged(before) or P.NAMED_PROPOSER.search(before):
            continue
        end = sentence.start + m.end()
        out += [LineageClaim(owner.ref, _carries(owner), i.ref, sentence) for i in here  # type: ignore[arg-type]
                if i.category == "measure" and end <= i.start and P.PROPOSAL_GAP.match(context.article.body[end:i.start])][:1]
    return out


def _introduced_by_bill_claims(sentence: Evidence, here: list[_Item], context: _Context) -> list[LineageClaim]:
    """ "Compulsory registers for children not in school will be introduced", "• Multi-agency child protection teams
    are established" in a sentence that names no document, statute or government, after the text named a Bill: the
    Bill legislates the measure the sentence opens with."""
    if context.statute is None or any(i.category in ("doc", "statute", "government") for i in here):
        return []
    m = INTRODUCED_PASSIVE.search(sentence.text)
    if m is None or _hedged(sentence.text[:m.start()]):
        return []
    cue = sentence.start + m.start()
    subject = [i for i in here if i.category == "measure" and i.end <= cue
               and P.PASSIVE_SUBJECT_GAP.match(context.article.body[i.end:cue])]
    return [LineageClaim(context.statute.ref, "legislates", subject[-1].ref, sentence)] if subject else []


def _statute_action_claims(sentence: Evidence, here: list[_Item]) -> list[LineageClaim]:
    """ "The Bill will strengthen safeguards for carers, offer more respite and regulate agencies": the statute the
    list follows legislates the measure each of its verbs governs (`extract/introduced_measures.py` names them)."""
    if not any(i.category == "statute" for i in here):
        return []  # most sentences name no statute: the pattern is not run over them
    out = []
    for m in STATUTE_ACTIONS.finditer(sentence.text):
        if _hedged(sentence.text[:m.start()]):
            continue
        noun_end = sentence.start + m.start() + len(m.group().split(maxsplit=1)[0])
        listed = (sentence.start + m.start("list"), sentence.start + m.end("list"))
        statutes = [i for i in here if i.category == "statute" and i.end == noun_end]
        out += [LineageClaim(statutes[0].ref, "legislates", i.ref, sentence) for i in here if statutes
                and i.category == "measure" and listed[0] <= i.start and i.end <= listed[1]]
    return out


def _list_owner_claims(sentence: Evidence, items: list[_Item], context: _Context) -> list[LineageClaim]:
    """ "The Bill will put a focus on education by: • creating a duty on councils to keep registers • …" / "The
    reforms set out in the review are: 1. …": a list no cue of the sentence took belongs to the document or statute
    that is the sentence's subject (or, when it names nothing, the previous sentence's), when the sentence speaks of
    what that one provides (LIST_PROVISION); so do the lists of the section headings under it ("The Bill covers
    several areas:" then "Social care:" and its bullets)."""
    if P.LIST_SECTION.match(sentence.text) and not P.LIST_PROVISION.search(sentence.text):
        owner = context.list_owner
    elif P.LIST_INTRO.search(sentence.text):
        owner = context.list_owner = _stated_list_owner(sentence, items, context)
    else:
        return []
    if owner is None or not context.list_measures:
        return []
    relation = "legislates" if owner.category == "statute" else _carries(owner)
    return [LineageClaim(owner.ref, relation, m.ref, sentence) for m in context.list_measures  # type: ignore[arg-type]
            if m.ref != owner.ref]


def _stated_list_owner(sentence: Evidence, items: list[_Item], context: _Context) -> _Item | None:
    """The document or statute a sentence introducing a list says provides it (`_list_owner_claims`), or None."""
    if not P.LIST_PROVISION.search(sentence.text) or _hedged(sentence.text):
        return None
    here = [i for i in items if sentence.start <= i.start < sentence.end]
    if here:
        owner = here[0]
        if not P.LIST_OWNER_LEAD.match(context.article.body[sentence.start:owner.start]):
            return None
    else:  # "The Bill covers much. There are three areas that will interest providers –": the last one's subject
        owner = _subject(context)
    return owner if owner is not None and owner.category in ("doc", "statute") else None


def _heading_claims(sentences: tuple[Evidence, ...], index: int, here: list[_Item], items: list[_Item],
                    body: str) -> list[LineageClaim]:
    """ "Family group decision making: The Bill will require councils to…" (or the heading as its own paragraph just
    before): the document the sentence opens with provides the measure the heading names."""
    sentence = sentences[index]
    inline = P.HEADING.match(sentence.text)
    if inline:
        heading = (sentence.start, sentence.start + inline.end("heading"))
        rest_start = sentence.start + inline.end()
    elif index and P.HEADING_ALONE.match(sentences[index - 1].text) and "\n" in body[sentences[index - 1].end:
                                                                                       sentence.start]:
        heading = (sentences[index - 1].start, sentences[index - 1].end)
        rest_start = sentence.start
    else:
        return []
    measures = [i for i in items if heading[0] <= i.start and i.end <= heading[1] and i.category == "measure"]
    provision = P.HEADING_PROVISION.match(body[rest_start:sentence.end])
    if len(measures) != 1 or provision is None or _hedged(body[rest_start:rest_start + provision.start("verb")]):
        return []
    subject = [i for i in here if rest_start <= i.start < rest_start + provision.start("verb")
               and i.category in ("doc", "statute")]
    if not subject:
        return []
    agent = subject[0]
    relation = "legislates" if agent.category == "statute" else _carries(agent)
    return [LineageClaim(agent.ref, relation, measures[0].ref, sentence)]  # type: ignore[arg-type]


def _fronted_claims(sentence: Evidence, here: list[_Item], body: str) -> list[LineageClaim]:
    """ "Following the care review, Stable Homes set out…" / "Building on Sure Start, the hubs programme…": the
    subject after the opening adjunct is based on the document the adjunct names; "As recommended by the review, the
    duty…": the document recommends the subject measure. A government subject acts through the document its verb
    publishes ("Following the review, the government published Stable Homes"); so does a department ("…, the DfE
    published its strategy"), which is never based on anything itself."""
    m = P.FRONTED_SOURCE.match(sentence.text)
    if m is None or (parts := _opening_adjunct(sentence, m, here, body)) is None:
        return []
    inside, after = parts
    sources = [i for i in inside if i.category in ("doc", "statute", "programme")]
    if not sources:
        return []
    if P.ADJUNCT_RECOMMENDATION.search(m.group("adjunct")) and any(i.category == "measure" for i in after):
        return []  # "Following the review's recommendation, the Bill will introduce X": read through X by the rules
    subject = after[0]
    if subject.category in ("government", "department"):
        published = [i for i in after[1:] if i.category in ("doc", "statute", "programme")
                     and P.GOVERNMENT_PUBLISHED.match(body[subject.end:i.start])]
        subject = published[0] if published else subject
    source = sources[0]
    hedged = P.FRONTED_HEDGE.match(body[after[0].end:sentence.end])  # "…, the strategy did not take up…"
    if subject.category in ("government", "department") or subject.ref == source.ref or hedged:
        return []
    if m.group("recommended"):
        if source.category != "doc" or subject.category != "measure":
            return []
        return [LineageClaim(source.ref, _carries(source), subject.ref, sentence)]  # type: ignore[arg-type]
    return [LineageClaim(subject.ref, "basedOn", source.ref, sentence)]


def _fronted_money_claims(sentence: Evidence, here: list[_Item], body: str) -> list[LineageClaim]:
    """ "Backed by £3.8 million, the government is expanding the role of virtual school heads": the government that is
    the main clause's subject funds the measures and programmes that clause names, and what the adjunct says the money
    is for ("Backed by £20m to deliver the strategy, …"). Not when the clause denies or hedges."""
    m = P.FRONTED_MONEY.match(sentence.text)
    if m is None or (parts := _opening_adjunct(sentence, m, here, body)) is None:
        return []
    inside, after = parts
    if after[0].category != "government" or P.FRONTED_HEDGE.match(body[after[0].end:sentence.end]):
        return []
    funded = inside + after[1:]
    return [LineageClaim(after[0].ref, "funds", i.ref, sentence) for i in funded  # type: ignore[arg-type]
            if i.category in ("measure", "programme", "doc")]


def _funded_compound_claims(sentence: Evidence, here: list[_Item], context: _Context) -> list[LineageClaim]:
    """ "The Care Leaver Covenant is a government funded project", "This is a Department for Education funded
    project" after a sentence naming the pathfinder: the government, department or fund named in the compound funds
    the subject (a programme, measure or document), or what "This"/"It" opening the sentence stands for."""
    out = []
    for m in P.FUNDED_COMPOUND.finditer(sentence.text):
        start = sentence.start + m.start()
        funder_span = (sentence.start + m.start("funder"), sentence.start + m.end("funder"))
        funders = [i for i in here if i.category in ("government", "department", "programme")
                   and funder_span[0] <= i.start and i.end <= funder_span[1]]
        before = sentence.text[:m.start()]
        if not funders or _hedged(before):
            continue
        subjects = [i for i in here if i.category in ("programme", "measure", "doc") and i.end <= start
                    and P.FUNDED_SUBJECT_GAP.match(context.article.body[i.end:start])][-1:]
        if not subjects and P.FUNDED_ANAPHOR.match(before):
            subjects = [i for i in context.previous if i.category in ("programme", "measure")][-1:]
        out += [LineageClaim(funders[0].ref, "funds", s.ref, sentence) for s in subjects if s.ref != funders[0].ref]
    return out


def _opening_adjunct(sentence: Evidence, m: re.Match[str], here: list[_Item],
                     body: str) -> tuple[list[_Item], list[_Item]] | None:
    """The items inside a sentence's opening adjunct (`m`'s group `adjunct`) and those after it, when the first item
    after it is the main clause's subject ("Following the review, the strategy …"); else None."""
    after = [i for i in here if i.start >= sentence.start + m.end()]
    if not after or not P.SUBJECT_AFTER_ADJUNCT.match(body[sentence.start + m.end():after[0].start]):
        return None
    start, end = sentence.start + m.start("adjunct"), sentence.start + m.end("adjunct")
    return [i for i in here if start <= i.start and i.end <= end], after


def _hedged(before: str) -> bool:
    """ "…should have adopted", "…declined to recommend", "…has not ruled out": the clause before the cue makes it
    a wish, a possibility or a denial."""
    if P.QUESTION_OPENER.match(before):
        return True
    clause = P.HEDGE_CLAUSE_BREAK.split(before)[-1]
    if P.CALL_ON_SOMEONE.search(P.COORDINATE_CLAUSE.split(clause)[-1]):
        return True
    return bool(P.HEDGED_BEFORE.search(clause[-P.HEDGE_REACH:]))


def _inside_item(cue: tuple[int, int], items: list[_Item], body: str) -> bool:
    """A cue word inside a name ("Families First for Children pathfinder" holds no cue), or starting inside one ("the
    idea in Stable Homes" where "the idea" stands for a measure) unless only the name's possessive is shared ("the
    review’s proposal for…")."""
    return any(i.start <= cue[0] and cue[1] <= i.end
               or i.start < cue[0] < i.end and not P.POSSESSIVE_END.fullmatch(body[cue[0]:i.end]) for i in items)


def _apply(rule: P.LineageRule, cue: tuple[int, int], items: list[_Item], sentence: Evidence,
           context: _Context) -> list[LineageClaim]:
    agent = _agent(context.article.body, items, cue, rule)
    body = context.article.body
    patients = _patients(body, items, cue, rule, exclude=agent)
    if not patients and agent is not None and rule.agent_side == "left" and rule.patient_side == "right":
        patients = _relative_patient(body, items, cue, agent, rule)
    if "measure" in rule.patient and not any(p.category == "measure" for p in patients):
        patients = _implicit_measures(sentence, items, context) or patients
    elif context.list_measures and patients and all(p.anaphor or p in context.list_measures for p in patients):
        # "The reforms, set out in the strategy, comprise: 1. …": what the cue reached (an anaphor, or past its
        # sentence into the list) stands for the list it introduces, every item of which is its patient
        patients = context.list_measures
    if agent is None and rule.default_agent:
        agent = _default_agent(sentence, cue, rule, items, context)
    if agent is None and rule.agent_side == "left":
        agent = _list_owner(sentence, cue, rule, items, context)
    if agent is None or not patients or rule.sole_actor and _other_actor(items, sentence, cue, patients):
        return []
    out = []
    # "Northby Council and Eastby Council are piloting …": each agent of a coordination before the cue acts
    agents = _coordinated(body, items, agent, "left") \
        if rule.agent_side == "left" and agent in items and agent.end <= cue[0] else [agent]
    for each in agents:
        out += _claims(rule, each, patients, items, sentence)
    for document in _agent_documents(body, items, agent, patients):
        out += _claims(rule, document, patients, items, sentence)
    if rule.relation == "modifies" and agent.category == "statute":
        out += _amendment_purpose(body, items, agent, patients, sentence)
    return out


def _other_actor(items: list[_Item], sentence: Evidence, cue: tuple[int, int], patients: list[_Item]) -> bool:
    """A government, or a document other than the patients, before the cue in the sentence."""
    return any(sentence.start <= i.start and i.end <= cue[0] and (i.category == "government" or i.category in (
        "doc", "statute") and i.ref not in {p.ref for p in patients}) for i in items)


def _relative_patient(body: str, items: list[_Item], cue: tuple[int, int], agent: _Item,
                      rule: P.LineageRule) -> list[_Item]:
    """ "the financial oversight regime, which the CMA recommended": an active cue whose patient stands before its
    agent, in an object relative clause."""
    if not P.RELATIVE_GAP.match(body[agent.end:cue[0]]):
        return []
    before = [i for i in items if i.end <= agent.start and i.ref != agent.ref]
    if not before or not P.RELATIVE_LINK.match(body[before[-1].end:agent.start]):
        return []
    return [before[-1]] if any(_fits(before[-1], wanted) for wanted in rule.patient) else []


def _amendment_purpose(body: str, items: list[_Item], agent: _Item, patients: list[_Item],
                       sentence: Evidence) -> list[LineageClaim]:
    """ "The Bill amends section 17 of the Children Act 1989 to create family help services": the amending statute
    legislates the measures the amendment is for."""
    if not patients:
        return []
    last = max(p.end for p in patients)
    m = P.AMENDS_PURPOSE.match(body[last:sentence.end])
    if m is None:
        return []
    measures = [i for i in items if i.category == "measure" and i.start >= last + m.end()
                and i.start - last <= P.MAX_REACH]
    return [LineageClaim(agent.ref, "legislates", i.ref, sentence) for i in measures[:1]]


def _claims(rule: P.LineageRule, agent: _Item, patients: list[_Item], items: list[_Item],
            sentence: Evidence) -> list[LineageClaim]:
    relation = _carries(agent) if rule.relation == "carries" else rule.relation
    if relation == "adopts" and any(p.category == "doc" for p in patients):
        relation = "basedOn"  # "reforms proposed by the review and taken forward in Stable Homes"
    if relation == "adopts" and agent.category == "statute":
        relation = "legislates"  # "the 2017 Act, which first set out corporate parenting principles"
    # a programme or statute may be based on a document ("The pathfinder is a response to the review", "This Bill
    # comes on the back of the review"); neither recommends anything; a body only recommends
    if agent.category not in ("doc", "measure") and not (relation == "basedOn" and agent.category in (
            "programme", "statute")) and not (relation == "recommends" and agent.category == "body") \
            and relation in ("recommends", "basedOn"):
        return []
    if relation == "funds" and agent.types & P.CARRIES_AS_RECOMMENDS:
        return []  # a review calls for money; it funds nothing
    out = []
    for patient in patients:
        if patient.ref == agent.ref:
            continue
        if relation == "basedOn" and agent.category == "measure" and rule.recommendation:
            # "RCCs were proposed … based on a recommendation from the review … in its Stable Homes strategy"
            out.append(LineageClaim(patient.ref, "recommends", agent.ref, sentence))
            carriers = [i for i in items if i.category == "doc" and i.ref != patient.ref]
            out += [LineageClaim(d.ref, "basedOn", patient.ref, sentence, agent.ref) for d in carriers[:1]]
            continue
        measure = None
        if relation == "basedOn" and patient.category == "doc":
            measure = _sentence_measure(items, agent)
            if measure is not None:
                out.append(LineageClaim(patient.ref, "recommends", measure, sentence))
        out.append(LineageClaim(agent.ref, relation, patient.ref, sentence, measure))  # type: ignore[arg-type]
    return out


def _sentence_measure(items: list[_Item], agent: _Item) -> EntityRef | None:
    """The measure a document-to-document basedOn is about: the nearest measure before the agent document."""
    before = [i for i in items if i.category == "measure" and i.end <= agent.start]
    return before[-1].ref if before else None


def _implicit_measures(sentence: Evidence, items: list[_Item], context: _Context) -> list[_Item]:
    """The measures a rule may take when the sentence names none: a list that follows, or the previous sentences'
    measure when a sentence opening with "This"/"It" speaks of "a recommendation"."""
    if context.list_measures:
        return context.list_measures
    opens_with_anaphor = any(i.anaphor and i.start == sentence.start for i in items)
    if context.topics and opens_with_anaphor and P.RECOMMENDATION_NOUN.search(sentence.text):
        return [context.topics[-1]]
    return []


def _default_agent(sentence: Evidence, cue: tuple[int, int], rule: P.LineageRule, items: list[_Item],
                   context: _Context) -> _Item | None:
    """Who acts when the sentence names no agent. Passives without "by" ("…was not adopted") and active cues after
    a pronoun ("Instead, it adopts…"): the government in office. A measure anaphor as subject ("This adopts a
    recommendation from…"): the article's news document, else the government. Not "Labour has continued…" when
    Labour was in opposition."""
    before = sentence.text[:cue[0] - sentence.start]
    measure_subject = any(i.anaphor and i.category == "measure" and i.start == sentence.start for i in items)
    if rule.agent_side == "left" and measure_subject and context.news is not None:
        return _copy(context.news, cue[0], cue[0])
    if rule.agent_side == "right" or measure_subject or P.PRONOUN_SUBJECT.search(before):
        government = government_in_office(context.article)
        return _Item(cue[0], cue[0], government, "government")
    return None


def _list_owner(sentence: Evidence, cue: tuple[int, int], rule: P.LineageRule, items: list[_Item],
                context: _Context) -> _Item | None:
    """ "The Bill will reform the care market. Measures include: • a profit cap…": a list introduced by a sentence
    that names nothing belongs to the document or statute the sentence before names (its first)."""
    if not context.list_measures or any(i.start >= sentence.start and i.end <= sentence.end for i in items):
        return None
    owners = [i for i in context.previous if i.category in rule.agent or i.category == "statute" and "doc" in
              rule.agent]
    return _copy(owners[0], cue[0], cue[0]) if owners else None


def _carries(agent: _Item) -> str:
    """What a proposal is to its proposer: a review's or a body's recommendation; a government's or a strategy's own
    step; what a programme sets up, it carries out."""
    if agent.category == "programme":
        return "implements"
    return "recommends" if agent.types & P.CARRIES_AS_RECOMMENDS or agent.category == "body" else "adopts"


def _side(items: list[_Item], cue: tuple[int, int], side: str) -> list[_Item]:
    """Items on one side of the cue within reach, nearest first. Items inside a wide cue count as left of it:
    "to test [the model] through the pathfinder"; so does an item whose name runs into the cue: "[the review’s]
    call to…" where the cue starts at its possessive."""
    if side == "left":
        return sorted((i for i in items if i.end <= cue[0] and cue[0] - i.end <= P.MAX_REACH
                       or cue[0] <= i.start and i.end <= cue[1] or i.start < cue[0] < i.end <= cue[1]),
                      key=lambda i: -i.end)
    return [i for i in items if i.start >= cue[1] and i.start - cue[1] <= P.MAX_REACH]


def _agent(body: str, items: list[_Item], cue: tuple[int, int], rule: P.LineageRule) -> _Item | None:
    """The nearest item on the agent's side of the rule's first category that has one ("…told the Lords that the
    government shared the care review’s objective … it would build on the pathfinder": the government)."""
    candidates = _side(items, cue, rule.agent_side)
    if rule.agent_side == "left":
        candidates = [i for i in candidates if not _inside_closed_relative(body, i, cue)
                      and not _outside_the_clause(body, i, cue, rule)
                      and not P.REPORTED_OTHER_SUBJECT.search(body, i.end, cue[0])]
        publisher = [i for i in candidates if i.category in ("government", "department")
                     and P.ACTOR_PUBLISHED_OWN.match(body[i.end:cue[0]])]
        if publisher:  # "the DfE has published their response to…": the department's document, not an earlier one
            return publisher[0] if publisher[0].category in rule.agent else None
        # "the Bill, which implements the policy paper": the relative pronoun's antecedent, the item right before it,
        # is the subject whatever else the sentence names
        antecedent = [i for i in candidates if P.RELATIVE_SUBJECT.match(body[i.end:cue[0]])]
        if antecedent and antecedent[0].category in rule.agent:
            return antecedent[0]
        for category in rule.agent:
            for item in candidates:
                if item.category == category:
                    return item
        return None
    fitting = [i for i in candidates if i.category in rule.agent]
    return fitting[0] if fitting else None


def _outside_the_clause(body: str, item: _Item, cue: tuple[int, int], rule: P.LineageRule) -> bool:
    """ "In a letter to ministers, the critics called for X": a prepositional object set off by a comma is not the
    cue's subject; "Councils may apply for funding from the Fund to pilot X": a source of money only funds."""
    before = body[max(0, item.start - P.BEFORE_CANDIDATE_REACH):item.start]
    if rule.relation != "funds" and P.MONEY_SOURCE.search(before):
        return True
    # "…funding for the programme, which comprises…": the relative's antecedent acts
    between = body[item.end:cue[0]]
    return bool(P.PREPOSITION_OBJECT.search(before)) and "," in between and not P.RELATIVE_SUBJECT.match(between)


def _inside_closed_relative(body: str, item: _Item, cue: tuple[int, int]) -> bool:
    """ "The initiative, which was announced as part of Stable Homes, is a response to the review": an item inside a
    relative clause that closes with a comma before the cue is not the cue's subject."""
    opener = None
    for m in P.RELATIVE_OPENER.finditer(body, max(0, item.start - P.MAX_REACH), item.start):
        opener = m
    return opener is not None and not P.SENTENCE_END_BETWEEN.search(body, opener.end(), cue[0]) \
        and "," in body[item.end:cue[0]]


def _agent_documents(body: str, items: list[_Item], agent: _Item, patients: list[_Item]) -> list[_Item]:
    """ "…taken up by the previous Conservative government in its Stable Homes strategy" / "The previous government
    adopted the idea in Stable Homes" / "Labour introduced it in the Bill": the document (or Bill) the government
    acted through acts too."""
    if agent.category != "government":
        return []
    anchors = [agent.end] + [p.end for p in patients if p.start >= agent.end]
    return [i for i in items if i.category in ("doc", "statute") and any(
        i.start >= end and P.GOVERNMENT_IN_DOCUMENT.match(body[end:i.start]) for end in anchors)]


def _patients(body: str, items: list[_Item], cue: tuple[int, int], rule: P.LineageRule,
              exclude: _Item | None) -> list[_Item]:
    """Patients of the first fitting category, on the patient's side (either side for "any"; a passive's measure
    may also follow the cue: "…being taken forward by Labour is the financial oversight regime")."""
    pool = [i for i in items if i is not exclude and not (rule.named_patient and i.anaphor)]
    before = [i for i in pool if i.end <= cue[0]]
    if rule.patient_side == "left" and rule.agent_side == "right" and before \
            and P.RELATIVE_SUBJECT.match(body[before[-1].end:cue[0]]):
        # a passive in a subject relative is about its antecedent: "Family hubs are modelled on Sure Start, which was
        # launched in 1998 under Labour" (Labour launched Sure Start, not the hubs)
        return [before[-1]] if any(_fits(before[-1], wanted) for wanted in rule.patient) else []
    for wanted, side in _patient_search_order(rule):
        candidates = [i for i in _side(pool, cue, side) if _fits(i, wanted)]
        if side == "right" and rule.object_gap is not None:
            candidates = [i for i in candidates if not rule.object_gap.search(body[cue[1]:i.start])]
        if side == "right" and rule.all_patients:
            candidates = [i for i in candidates if not P.NEW_PREDICATE.search(body, cue[1], i.start)]
        if side == "left" and rule.agent_side == "right":
            candidates = [i for i in candidates if not P.CLAUSE_BREAK.search(body[i.end:cue[0]])]
            candidates = _outside_relatives(body, candidates, cue) or candidates
        if not candidates:
            continue
        if rule.all_patients:
            explicit = [i for i in candidates if not i.anaphor]
            return sorted(explicit or candidates, key=lambda i: i.start)
        return _coordinated(body, pool, candidates[0], side)
    return []


def _patient_search_order(rule: P.LineageRule) -> list[tuple[str, str]]:
    """(category, side) pairs in the order patients are looked for. A passive looks left first, for a measure and
    then a programme ("The kinship pilot, launched by the Tories, is testing allowances": the pilot), then right for
    a measure ("…being taken forward by Labour is the financial oversight regime"), then for its other categories."""
    if rule.patient_side == "any":
        return [(wanted, side) for wanted in rule.patient for side in ("right", "left")]
    if rule.patient_side == "left" and rule.agent_side == "right" and "measure" in rule.patient:
        early = [(w, "left") for w in rule.patient if w in ("measure", "programme")]
        return early + [("measure", "right")] + [(w, "left") for w in rule.patient if w not in ("measure", "programme")]
    return [(wanted, rule.patient_side) for wanted in rule.patient]


def _outside_relatives(body: str, candidates: list[_Item], cue: tuple[int, int]) -> list[_Item]:
    """ "The Early Career Framework, which replaces the ASYE, was set out in…": drop what stands inside a relative
    clause in commas between the subject and the cue."""
    start = min((i.start for i in candidates), default=cue[0])
    spans = [(start + m.start(), start + m.end()) for m in P.RELATIVE_PARENTHESIS.finditer(body[start:cue[0]])]
    return [i for i in candidates if not any(s <= i.start and i.end <= e for s, e in spans)]


def _fits(item: _Item, wanted: str) -> bool:
    if wanted == "review":
        return item.category == "doc" and "Review" in item.types
    return item.category == wanted


def _coordinated(body: str, items: list[_Item], first: _Item, side: str) -> list[_Item]:
    out = [first]
    ordered = items if side == "right" else list(reversed(items))
    pos = ordered.index(first)
    for nxt in ordered[pos + 1:]:
        if nxt.category != first.category:
            break
        prev = out[-1]
        gap = (prev.end, nxt.start) if side == "right" else (nxt.end, prev.start)
        between = body[gap[0]:gap[1]] if gap[0] <= gap[1] else ""
        if not P.COORDINATION.match(between):
            break
        out.append(nxt)
    return out


def _ownership_claims(sentence: Evidence, items: list[_Item], body: str) -> list[LineageClaim]:
    """ "Another Stable Homes policy…", "part of the previous government’s Stable Homes … reforms", "a central
    plank of the government’s strategy … is to improve family help", "Labour’s proposed reforms … including…":
    the owner carries the nearest measures (after "part of", a programme too: "The pilot is part of the strategy";
    not when denied: "…is not part of the strategy")."""
    out = []
    measures = [i for i in items if i.category == "measure"]
    parts = [i for i in items if i.category in ("measure", "programme")]
    if not parts:
        return out
    for owner in (i for i in items if i.category in ("doc", "government")):
        after = body[owner.end:sentence.end]
        before = body[sentence.start:owner.start]
        relation = _carries(owner)
        possessive = body[owner.start:owner.end].endswith(("’s", "'s")) or after.startswith(("’", "'"))
        if (owns := P.DOCUMENT_OWNS.match(after)) and (owner.category == "doc" or possessive):
            # a commitment whose object follows is to that, not to a measure before: "£82m for hubs shows the
            # government's commitment to supporting families"
            earlier = [] if P.OWNED_OBJECT_AFTER.match(after, owns.end()) else \
                [m for m in measures if m.end <= owner.start][-1:]
            targets = [m for m in measures if m.start > owner.end][:1] or earlier
        elif owner.category == "doc" and (part := P.PART_OF.search(before)):
            lead = before[:part.start()]
            if _hedged(lead[:P.PART_LEAD.search(lead).start()]):  # "The pilot is not part of the strategy"
                continue
            targets = [m for m in parts if m.end <= owner.start][-1:]
        elif owner.category == "doc" and P.OWNER_BEFORE.search(before):
            targets = [m for m in measures if m.start > owner.end]
        else:
            continue
        out += [LineageClaim(owner.ref, relation, t.ref, sentence) for t in targets]  # type: ignore[arg-type]
    return out
