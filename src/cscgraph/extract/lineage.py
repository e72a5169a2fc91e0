"""Sentences that say one document, measure or statute came from, adopted, tested, legislated or dropped another.

Per sentence: the items it names (documents, statutes, measures, programmes from the mentions found earlier; the
governments it refers to, resolved by the article's date; an anaphor such as "It" or "the model" standing for the
measure of the previous sentences), then each cue of `patterns/lineage.py` in rule order, a cue's agent and
patient looked for on its side of the cue. Cue spans never overlap: the first rule to claim a span wins.

Rules of thumb, each with a test:
- a claim about a measure between two documents ("…based on the recommendations of Y" with the measure as the
  sentence's topic) carries that measure in `LineageClaim.measure`;
- "<document>'s recommendation/proposal" and "<document> policy" make the document carry the sentence's measures
  (reviews recommend, other documents adopt);
- a passive with no agent ("…was not adopted") has the government in office on the publication day as agent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cscgraph.extract.found import Found
from cscgraph.extract.governments import government_in_office, government_references
from cscgraph.extract.patterns import lineage as P
from cscgraph.extract.patterns.documents import DOCUMENT_CUES
from cscgraph.extract.sentences import SentenceIndex
from cscgraph.models import Article, EntityRef, Evidence, LineageClaim

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


def find_lineage(article: Article, sentences: SentenceIndex, found: Found) -> tuple[LineageClaim, ...]:
    """Lineage claims with their evidence sentence, in text order, each claim once per sentence."""
    types = {str(e.ref): frozenset(e.types) for e in found.entities}
    items = _items(article, found, types)
    claims: list[LineageClaim] = []
    topics: list[_Item] = []  # the measures of the sentences read so far, for anaphora
    previous: list[_Item] = []  # the items of the previous sentence
    news = _news_document(article, items)
    for index, sentence in enumerate(sentences.sentences):
        here = [i for i in items if sentence.start <= i.start and i.end <= sentence.end]
        here += _document_anaphor(sentence, here, previous, news) or _anaphors(sentence, here, topics)
        here.sort(key=lambda i: i.start)
        claims += _sentence_claims(article, sentence, here)
        topics = [t for t in topics if t.start >= _window_start(sentences, index)]
        topics += [i for i in here if i.category == "measure"]
        previous = here
    return tuple(dict.fromkeys(claims))


def _news_document(article: Article, items: list[_Item]) -> _Item | None:
    """The document the article reports as published today ("…set out in a policy paper today")."""
    m = P.NEWS_DOCUMENT.search(article.body)
    if m is None:
        return None
    wanted = DOCUMENT_CUES.get(re.sub(r"\s+", " ", m.group("cue").lower()))
    docs = [i for i in items if i.category == "doc" and wanted in i.types]
    return docs[0] if docs else None


def _document_anaphor(sentence: Evidence, here: list[_Item], previous: list[_Item],
                      news: _Item | None) -> list[_Item]:
    """ "This"/"The reforms" opening a sentence after one that names a document and no measure: that document;
    after one that names neither: the article's news document."""
    lead = P.DOCUMENT_ANAPHOR.match(sentence.text)
    if lead is None or any(i.category == "measure" for i in previous):
        return []
    docs = [i for i in previous if i.category in ("doc", "statute")]
    antecedent = docs[-1] if docs else news
    if antecedent is None or any(i.ref == antecedent.ref for i in here):
        return []
    return [_Item(sentence.start + lead.start(), sentence.start + lead.end(), antecedent.ref, antecedent.category,
                  antecedent.types)]


def _items(article: Article, found: Found, types: dict[str, frozenset[str]]) -> list[_Item]:
    government_slugs = set(P.GOVERNMENT_SLUGS.values())
    items: list[_Item] = []
    for mention in found.mentions:
        ref = mention.entity
        category = _KIND_CATEGORY.get(ref.kind)
        if ref.kind == "organisation" and ref.slug in government_slugs:
            category = "government"
        if category:
            items.append(_Item(mention.span.start, mention.span.end, ref, category, types.get(str(ref), frozenset())))
    for start, end, ref in government_references(article):
        if not any(i.start < end and start < i.end for i in items):
            items.append(_Item(start, end, ref, "government"))
    docs = [i for i in items if i.category == "doc"]
    # "the Conservatives’ 2023 Stable Homes strategy": the government only qualifies the document, which acts.
    items = [i for i in items if not (i.category == "government" and any(
        P.GOVERNMENT_POSSESSIVE.match(article.body[i.start:d.start]) for d in docs if d.start >= i.start))]
    return sorted(set(items), key=lambda i: (i.start, -i.end))


def _window_start(sentences: SentenceIndex, index: int) -> int:
    return sentences.sentences[max(0, index - P.ANAPHOR_WINDOW_SENTENCES + 1)].start


def _anaphors(sentence: Evidence, here: list[_Item], topics: list[_Item]) -> list[_Item]:
    """ "It", "This", "the model" standing for the last measure of the previous sentences."""
    if not topics or any(i.category == "measure" for i in here):
        return []
    antecedent = topics[-1]
    out = []
    lead = P.LEADING_ANAPHOR.match(sentence.text)
    if lead and _covered(sentence.start + lead.start(), sentence.start + lead.end(), here):
        lead = None
    if lead:
        out.append(_Item(sentence.start + lead.start(), sentence.start + lead.end(), antecedent.ref, "measure",
                         antecedent.types))
    for m in P.INLINE_ANAPHOR.finditer(sentence.text):
        if lead and m.start() < lead.end() or _covered(sentence.start + m.start(), sentence.start + m.end(), here):
            continue
        out.append(_Item(sentence.start + m.start(), sentence.start + m.end(), antecedent.ref, "measure",
                         antecedent.types))
    return out


def _covered(start: int, end: int, items: list[_Item]) -> bool:
    return any(i.start < end and start < i.end for i in items)


def _sentence_claims(article: Article, sentence: Evidence, items: list[_Item]) -> list[LineageClaim]:
    if not items:
        return []
    claims: list[LineageClaim] = []
    used: list[tuple[int, int]] = []
    text = sentence.text
    for rule in P.LINEAGE_RULES:
        for m in rule.pattern.finditer(text):
            cue = (sentence.start + m.start(), sentence.start + m.end())
            if any(s < cue[1] and cue[0] < e for s, e in used) or _inside_item(cue, items):
                continue
            made = _apply(article, rule, cue, items, sentence)
            if made:
                used.append(cue)
                claims += made
    claims += _ownership_claims(sentence, items)
    return claims


def _inside_item(cue: tuple[int, int], items: list[_Item]) -> bool:
    """A cue word inside a name ("Families First for Children pathfinder" holds no cue)."""
    return any(i.start <= cue[0] and cue[1] <= i.end for i in items)


def _apply(article: Article, rule: P.LineageRule, cue: tuple[int, int], items: list[_Item],
           sentence: Evidence) -> list[LineageClaim]:
    agent = _pick(items, cue, rule.agent_side, rule.agent)
    patients = _patients(article.body, items, cue, rule.patient_side, rule.patient, exclude=agent)
    if agent is None and rule.default_agent and _agentless(sentence, cue, rule):
        government = government_in_office(article)
        agent = _Item(cue[0], cue[0], government, "government") if government else None
    if agent is None or not patients:
        return []
    relation = rule.relation
    if relation == "carries":
        relation = _carries(agent)
    if agent.category != "doc" and relation in ("recommends", "basedOn"):
        return []
    out = []
    for patient in patients:
        if patient.ref == agent.ref:
            continue
        measure = None
        if relation == "basedOn" and patient.category == "doc" and agent.category == "measure":
            # "The initiative … was based on a recommendation from the care review": the review recommends it.
            out.append(LineageClaim(patient.ref, "recommends", agent.ref, sentence))
            continue
        out.append(LineageClaim(agent.ref, relation, patient.ref, sentence, measure))  # type: ignore[arg-type]
    return out


def _agentless(sentence: Evidence, cue: tuple[int, int], rule: P.LineageRule) -> bool:
    """May the government in office stand in as agent? Passives without "by" ("…was not adopted") and active cues
    whose subject is a pronoun ("Instead, it adopts…"); not "Labour has continued…" when Labour was in opposition."""
    if rule.agent_side == "right":
        return True
    before = sentence.text[:cue[0] - sentence.start]
    return bool(P.PRONOUN_SUBJECT.search(before))


def _carries(agent: _Item) -> str:
    return "recommends" if agent.types & P.CARRIES_AS_RECOMMENDS else "adopts"


def _pick(items: list[_Item], cue: tuple[int, int], side: str, categories: frozenset[str]) -> _Item | None:
    """The nearest item on `side` of the cue whose category fits, within reach."""
    if side == "left":
        # Items inside a wide cue count as left of it: "to test [the model] through the pathfinder".
        candidates = sorted((i for i in items if i.start < cue[0] and i.end <= cue[0] and cue[0] - i.end <= P.MAX_REACH
                             or cue[0] <= i.start and i.end <= cue[1]), key=lambda i: -i.end)
    else:
        candidates = [i for i in items if i.start >= cue[1] and i.start - cue[1] <= P.MAX_REACH]
    for item in candidates:
        if item.category in categories:
            return item
    return None


def _patients(body: str, items: list[_Item], cue: tuple[int, int], side: str, categories: frozenset[str],
              exclude: _Item | None) -> list[_Item]:
    """Patients: measures first (then programmes, then documents), nearest on `side`, plus coordinated ones."""
    for wanted in ("measure", "programme", "doc", "statute"):
        if wanted not in categories:
            continue
        # A measure may stand on either side ("Another Stable Homes policy being taken forward by Labour is the
        # financial oversight regime"); other patients only on the cue's side.
        sides = ("left", "right") if side == "any" or wanted == "measure" else (side,)
        if side == "right" and wanted == "measure":
            sides = ("right", "left")
        for s in sides:
            first = _pick([i for i in items if i is not exclude], cue, s, frozenset({wanted}))
            if first is not None:
                return _coordinated(body, items, first, wanted, s)
    return []


def _coordinated(body: str, items: list[_Item], first: _Item, category: str, side: str) -> list[_Item]:
    out = [first]
    ordered = items if side == "right" else list(reversed(items))
    pos = ordered.index(first)
    for nxt in ordered[pos + 1:]:
        if nxt.category != category:
            break
        prev = out[-1]
        gap = (prev.end, nxt.start) if side == "right" else (nxt.end, prev.start)
        between = body[gap[0]:gap[1]] if gap[0] <= gap[1] else ""
        if not P.COORDINATION.match(between):
            break
        out.append(nxt)
    return out


def _ownership_claims(sentence: Evidence, items: list[_Item]) -> list[LineageClaim]:
    """ "Another Stable Homes policy…", "part of the previous government’s Stable Homes … reforms": the document
    carries the sentence's measures."""
    out = []
    measures = [i for i in items if i.category == "measure"]
    if not measures:
        return out
    for doc in (i for i in items if i.category == "doc"):
        after = sentence.text[doc.end - sentence.start:]
        before = sentence.text[:doc.start - sentence.start]
        owns = P.DOCUMENT_OWNS.match(after)
        part_of = P.PART_OF.search(before) and any(m.end <= doc.start for m in measures)
        if not (owns or part_of):
            continue
        relation = _carries(doc)
        for measure in measures:
            if part_of and not owns and measure.start > doc.start:
                continue
            out.append(LineageClaim(doc.ref, relation, measure.ref, sentence))  # type: ignore[arg-type]
    return out

