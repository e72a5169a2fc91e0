"""Policy documents, statutes, measures and programmes named in an article.

Sources, in order of trust:

1. curated entities the gazetteer found by name, alias or acronym ("the care review", "IRCSC", "Stable Homes");
2. curated measures described by paraphrase, found by their recognition signatures ("a national cap on the profits
   of children's homes providers": the profit cap; `measure_phrases.py`), where no curated name stands;
3. documents and programmes the text names by shape but reference data lacks: "<Title> Act <year>", "<Title> Bill",
   "<Title> (England) Regulations <year>", "the <Title> Grant",
   "its <Title> policy paper", "a strategy called ‘<Title>’", "our report, <Title>, reveals", "the charity’s
   report: <Title>", "since the publication of <Title>", "the <Title>
   Programme/Fund/Pilot/Review/Strategy/Plan/Charter/Covenant", "the <Title> pilot/programme/fund" (one title word is
   enough after "the": "the Mockingbird programme"), "the Plan for <Title>", "Sir <Name>'s review into <topic>", "the
   <Surname> review", "a <body> report on <topic>", "a new report by <body>", "a consultation on <topic>", "a
   petition calling for <topic>", a body's untitled report or guidance ("The Ofsted report said"), a paper to a
   council's cabinet ("a report to the next cabinet meeting"), a body's interim report ("its interim report", named
   after the body's one curated study, else the body), a title with its acronym before its kind ("the Holiday
   Activities and Food (HAF) Programme"), a plan named by its kind ("an improvement plan"),
   programmes listed as examples of their kind ("programmes such as Kestrel homes, Bright steps and …"), a
   programme named by what it offers and to whom ("a national programme of support for kinship carers"), a title in
   sentence case after what publishes it or set off after its kind ("published new research Keeping kin close which
   revealed", "said the study, Debt and risk in …,") and a quoted title acting as its document ("“A plan for …”
   argues for …")
   (`patterns/documents.py`); typed by the kind word, dated by a year in or right before the name, and keyed by the
   name (or the chair's surname, or body and topic) so that every article's mention is one IRI (the untitled
   report, the council paper and the plan are keyed to their article: a body writes many); a shape match of a
   curated name or alias is the curated entity, and so are shapes that only reference data can resolve: "the
   Equality Act" (the one curated Act of that name), "its market study" after the CMA, "a review into the deaths
   of <names>"; an inspection of a council's children's services the article reports ("rated inadequate by
   Ofsted … inspectors found") is the inspectorate's report on them, one per council, and "the Ofsted report" is it;
4. generic references ("the Bill", "the strategy", "the review’s final report", "the report", "the pilot") resolved
   to the nearest preceding explicit mention of a document of that kind, within a few sentences (else, for
   strategies, policy papers and budgets, the first one named later in the article; else, for "the Budget" and
   "the Spending Review", the curated one dated latest before the article; else, for "the report", and for "a new
   report warns", the report of the body credited with findings around it: "according to the NAO");
5. an acronym the text defines in brackets after a document, programme or statute it names ("the Kinship Support
   Fund (KSF)"), wherever it recurs later: every step (quotes, lineage) reads it as that document;
6. where none of these found anything, a span shaped like a document's name (`document_candidates.py`) that the
   learned detector (`models/documents.json`, trained by `eval/train_documents.py`) accepts, made a document as a
   shape match is ("the Opportunity Mission", "the ‘Sons and Daughters Month’").

Curated matches win over shape matches where they overlap; a shape match never overlaps a gazetteer match of any
kind (an organisation's name is not a title).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from cscgraph.extract.bodies import word_of_a_title
from cscgraph.extract.linear import load as load_model
from cscgraph.extract.document_candidates import candidate_features, candidate_spans
from cscgraph.extract.found import Found, mention_of, reference_entity
from cscgraph.extract.gazetteer import Gazetteer, GazetteerMatch
from cscgraph.extract.governments import GOVERNMENT_REFS
from cscgraph.extract.introduced_measures import introduced_measures
from cscgraph.extract.measure_phrases import measure_phrases_for
from cscgraph.extract.patterns import all_matches
from cscgraph.extract.patterns import documents as P
from cscgraph.extract.patterns import text as T
from cscgraph.extract.sentences import SentenceIndex
from cscgraph.extract.slugs import article_scope, slugify
from cscgraph.models import PARAGRAPH_SEPARATOR, Article, Entity, EntityKind, EntityRef, Mention, ReferenceEntity

__all__ = ["find_documents", "document_candidates", "FOUND_KINDS"]

FOUND_KINDS = frozenset({"policy", "statute", "measure", "programme"})
"""The kinds `find_documents` finds: documents (models.DOCUMENT_KINDS), measures and programmes."""


@dataclass(frozen=True)
class _Named:
    """An explicit mention of a document: where, which entity, and its class local names."""

    start: int
    end: int
    entity: Entity


def find_documents(article: Article, sentences: SentenceIndex, matches: list[GazetteerMatch],
                   gazetteer: Gazetteer | None = None, actors: Found | None = None) -> Found:
    """Curated and shape-found documents, statutes, measures and programmes, plus resolved generic references.

    `gazetteer` (optional, for the measures' recognition signatures) adds measures named by paraphrase; without it
    only names, aliases and shapes count. `actors` (optional: the bodies `find_actors` found) lets a body reference
    data lacks author a report ("the Joseph Rowntree Foundation published its study on destitution").

    >>> from cscgraph.extract.sentences import split_sentences
    >>> a = Article(title="t", paragraphs=("It backs the Crime and Policing Bill. The Bill passed.",), source="x")
    >>> found = find_documents(a, split_sentences(a.body), [])
    >>> [(m.span.text, str(m.entity)) for m in found.mentions]
    [('Crime and Policing Bill', 'statute/crime-and-policing-bill'), ('The Bill', 'statute/crime-and-policing-bill')]
    """
    return _find(article, sentences, matches, gazetteer, actors, load_model("documents").accepts)[0]


def document_candidates(article: Article, sentences: SentenceIndex, matches: list[GazetteerMatch],
                        gazetteer: Gazetteer | None = None, actors: Found | None = None
                        ) -> list[tuple[Entity, dict[str, float], bool]]:
    """Every span the learned detector would judge in an article (`document_candidates.py`), as the document it
    would be and its features, then every document the rules name explicitly, with the features of its name (marked
    True: a rule took it); what the trainer (`eval/train_documents.py`) labels."""
    found, candidates = _find(article, sentences, matches, gazetteer, actors, lambda _: False)
    body = article.body
    people, bodies = _actor_spans(matches, actors)
    entities = {str(e.ref): e for e in found.entities}
    named = [(entities[str(m.entity)], _features(body, sentences, m.span.start, m.span.end, people, bodies))
             for m in found.mentions if str(m.entity) in entities and m.span.text[:1].isupper()]
    return [(n.entity, f, False) for n, f in candidates] + [(e, f, True) for e, f in named]


def _find(article: Article, sentences: SentenceIndex, matches: list[GazetteerMatch], gazetteer: Gazetteer | None,
          actors: Found | None, accept: Callable[[dict[str, float]], bool]
          ) -> tuple[Found, list[tuple[_Named, dict[str, float]]]]:
    """`find_documents`, with the learned detector's candidates and their features; `accept` decides which of them
    become documents."""
    body = article.body
    # "the Regional Care Co-operative (RCC) Pathfinder": a title with its acronym inside wins over a curated
    # document, measure or programme named inside it
    acronym_titles = all_matches(P.ACRONYM_INSIDE_TITLE, body, P.ACRONYM_TITLE_GATE)
    matches = [m for m in matches if m.entity.ref.kind not in FOUND_KINDS or not any(
        t.start() <= m.start and m.end <= t.end() for t in acronym_titles) and not _for_someone_else(m, body)]
    quoted = [(q.start(), q.end()) for q in all_matches(P.QUOTED_PASSAGE, body)]
    curated_matches = [m for m in matches if m.entity.ref.kind in FOUND_KINDS and not _quoted_phrase(m, quoted, body)]
    if gazetteer is not None:
        # An exact name wins over a paraphrase; a body's name inside one does not ("powers for Ofsted to inspect…").
        named = [(m.start, m.end) for m in curated_matches]
        curated_matches += measure_phrases_for(gazetteer.entities).find(body, sentences, named)
    curated = [_Named(m.start, m.end, reference_entity(m.entity)) for m in curated_matches]
    if gazetteer is not None:
        curated = _editions_in_force(body, article.published, curated, gazetteer)
        curated += _seasonal_budgets(body, article.published, gazetteer, [(n.start, n.end) for n in curated])
        curated += _led_by(body, gazetteer, [(m.start, m.end) for m in matches] + [(n.start, n.end) for n in curated])
    # A one-word body that starts a title, or stands inside one, is part of it: "the Kinship Financial Allowance
    # pilot", "the Northby Kinship Programme".
    taken = [(m.start, m.end) for m in matches
             if not (m.entity.ref.kind == "organisation" and word_of_a_title(body, m.start, m.end))]
    taken += [(n.start, n.end) for n in curated]
    authors = _authors(matches, actors)
    people = [(m.span.start, m.span.end) for m in actors.mentions if m.entity.kind == "person"] if actors else []
    shaped = _not_broadcasts(body, _shaped_documents(body, taken, matches, gazetteer, authors, people, acronym_titles),
                             matches)
    shaped += _fiscal_statements(body, article.published, taken + [(n.start, n.end) for n in shaped])
    shaped += _inspection_reports(body, sentences, matches, actors, taken + [(n.start, n.end) for n in shaped])
    credit = functools.partial(_credited_report, body, sentences, authors, shaped)
    shaped += [n for m in all_matches(P.INDEFINITE_REPORT, body) if (n := credit(m.start(m.lastgroup or 0),
               m.end(m.lastgroup or 0), taken + [(n.start, n.end) for n in shaped])) is not None]
    latest = functools.partial(_latest_of_kind, article.published, gazetteer)
    unlisted = functools.partial(_unlisted_spending_review, body, article.published, _curated_by_slug(gazetteer))
    generic = _resolve_generic(body, sentences, sorted(curated + shaped, key=lambda n: n.start),
                               taken + [(n.start, n.end) for n in shaped], latest, credit, unlisted)
    generic += _described_subjects(body, sorted(curated + shaped + generic, key=lambda n: n.start),
                                   taken + [(n.start, n.end) for n in shaped + generic])
    # a one-word body opening a capitalised name is part of it: "a new Kinship Care Ambassador role"
    known = [(s, e) for s, e in taken if not any(m.start == s and m.end == e and m.entity.ref.kind == "organisation"
                                                 and " " not in m.text and P.NAME_RUNS_ON.match(body, e)
                                                 for m in matches)]
    known += [(n.start, n.end) for n in shaped + generic]
    acronyms = _defined_acronyms(body, sorted(curated + shaped, key=lambda n: n.start), known)
    known += [(n.start, n.end) for n in acronyms]
    candidates = _candidates(body, sentences, known + taken, matches, actors, gazetteer)
    learned = [n for n, features in candidates if accept(features)]
    learned = _not_broadcasts(body, learned, matches)
    known += [(n.start, n.end) for n in learned]
    bodies = [(a.start, a.end) for a in authors]
    introduced = [_Named(s, e, entity) for s, e, entity in introduced_measures(body, known, bodies)]
    explicit = sorted(curated + shaped + learned + introduced, key=lambda n: n.start)
    report = next((n.entity for n in shaped if n.entity.label.startswith(_INSPECTION_REPORT)), None)
    explicit, generic, acronyms = (_as_inspection_report(named, report) for named in (explicit, generic, acronyms))
    titled = _titled_reports(body, explicit, generic)
    explicit, generic, acronyms = ([_Named(n.start, n.end, titled.get(n.entity.ref, n.entity)) for n in named]
                                   for named in (explicit, generic, acronyms))
    mentions = [mention_of(n.entity.ref, n.start, n.end, body, sentences) for n in explicit + generic + acronyms]
    mentions.sort(key=lambda m: m.span.start)
    entities = {str(n.entity.ref): n.entity for n in explicit + generic}  # a dated default is named only generically
    return Found(entities=tuple(entities.values()), mentions=tuple(mentions)), candidates


def _candidates(body: str, sentences: SentenceIndex, occupied: list[tuple[int, int]], matches: list[GazetteerMatch],
                actors: Found | None, gazetteer: Gazetteer | None) -> list[tuple[_Named, dict[str, float]]]:
    """The learned detector's candidates (`document_candidates.candidate_spans`) where nothing was found, each as
    the document it would be and its features: named and keyed as a shape match is (`_new_entity`: a curated name
    is the curated entity), typed by its kind word (else a policy document), starting after a body that opens it
    ("Social Work England Education and Training Standards"); none overlaps a person or a name found, and none is
    kind words alone ("the Review report")."""
    people, bodies = _actor_spans(matches, actors)
    curated, scope = _curated_by_slug(gazetteer), article_scope(body)
    out = []
    for start, end in candidate_spans(body):
        start = max([start] + [e for s, e in bodies if s <= start < e])
        opening = P.POSSESSIVE_END.match(body, start)
        start, title = trim_title(body, opening.end() if opening else start, end)
        words = title.lower().split()
        owned = next((i for i in range(len(words) - 1, 0, -1) if words[i].endswith(("’s", "'s", "s’", "s'"))), None)
        if not title or any(s < end and start < e for s, e in people) or \
                not P.CANDIDATE_PLURAL_KINDS.isdisjoint(words) or P.CANDIDATE_KIND_WORDS.issuperset(words) or \
                owned is not None and P.CANDIDATE_KIND_WORDS.issuperset(words[owned + 1:]) or \
                P.DESCRIBING_KIND.issuperset(words[:-1]) and P.CANDIDATE_KIND_WORDS.issuperset(words[-1:]):
            continue  # "the Review report": kind words alone name no document, they refer to one; nor do they after
            # a name's possessive ("the Northby Panel’s review"; "the Children’s Plan" is a title), nor after words
            # that only describe ("the Judicial review", "an Independent Review")
        cue = title.split()[-1].lower()
        cue = cue if cue in P.CANDIDATE_KIND_WORDS else cue[:-1] if cue[:-1] in P.CANDIDATE_KIND_WORDS else ""
        if cue == "fund" and P.FUND_ACTS_AS_BODY.match(body, end):
            continue  # "the Young Minds Endowment Fund surveyed 4,000 pupils": a body
        kind, types = ("programme", (P.PROGRAMME_CUES[cue],)) if cue in P.PROGRAMME_CUES else (
            "policy", ("PolicyDocument", P.DOCUMENT_CUES[cue]) if cue in P.DOCUMENT_CUES else ("PolicyDocument",))
        named = _new_entity(body, start, end, title, kind, types, occupied, curated, scope=scope)
        if named is not None:
            out.append((named, _features(body, sentences, named.start, named.end, people, bodies)))
    return out


def _actor_spans(matches: list[GazetteerMatch], actors: Found | None
                 ) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Where the people, and the bodies, `find_actors` and the gazetteer found are named."""
    mentions = actors.mentions if actors else ()
    people = [(m.span.start, m.span.end) for m in mentions if m.entity.kind == "person"]
    bodies = [(m.span.start, m.span.end) for m in mentions if m.entity.kind == "organisation"]
    return people, bodies + [(m.start, m.end) for m in matches if m.entity.ref.kind == "organisation"]


def _features(body: str, sentences: SentenceIndex, start: int, end: int, people: list[tuple[int, int]],
              bodies: list[tuple[int, int]]) -> dict[str, float]:
    evidence = sentences.at(start)
    return candidate_features(body, start, end, (evidence.start, evidence.end), people, bodies)


def _not_broadcasts(body: str, named: list[_Named], matches: list[GazetteerMatch]) -> list[_Named]:
    """Without the programmes an outlet owns ("the BBC’s PM programme", "BBC Two’s Newsnight programme"): a
    broadcast, not a policy programme."""
    outlets = [m for m in matches if m.entity.ref.kind == "organisation" and m.entity.kind_label == "publisher"]
    return [n for n in named if n.entity.ref.kind != "programme" and not n.entity.label.lower().endswith(
        ("programme", "programmes")) or not any(
        n.start - 8 <= m.start and m.end < n.end and P.OUTLET_POSSESSIVE.match(body, m.end) for m in outlets)]


def _defined_acronyms(body: str, named: list[_Named], occupied: list[tuple[int, int]]) -> list[_Named]:
    """ "the Kinship Support Fund (KSF) … £30m has been made available through the KSF": an acronym the text defines
    in brackets right after a document, programme or statute it names stands for it wherever it recurs later (unless
    something else was found there), as a body's acronym does (`coreference`); so do the initials of a name written
    as a title, a measure's too, used later without brackets ("a Single Unique Identifier … to introduce a SUI")."""
    out: list[_Named] = []
    occupied = list(occupied)
    for n in named:
        m = P.DEFINED_ACRONYM.match(body, n.end) if n.entity.ref.kind in P.ACRONYM_KINDS else None
        if m is not None:
            out += [_Named(s, e, n.entity) for s, e in _recurrences(body, m.group("acronym"), m.end(), occupied)]
    for n in named:
        initials = _title_initials(body[n.start:n.end])
        if initials is not None and n.entity.ref.kind in P.ACRONYM_KINDS | {"measure"} and \
                not P.DEFINED_ACRONYM.match(body, n.end):
            out += [_Named(s, e, n.entity) for s, e in _recurrences(body, initials, n.end, occupied)]
    return out


def _title_initials(name: str) -> str | None:
    """The initials of a name written as a title, three or more ("Single Unique Identifier" → "SUI", "Children’s
    Wellbeing and Schools Bill" → "CWSB"): used after it without brackets, they stand for it ("the SUI"). None for a
    name in lower case or of fewer words."""
    words = [w for w in name.split() if w.lower() not in P.INITIALS_SMALL_WORDS]
    if len(words) < 3 or not all(w[:1].isupper() for w in words):
        return None
    return "".join(w[0] for w in words)


def _recurrences(body: str, acronym: str, after: int, occupied: list[tuple[int, int]], kind: str = ""
                 ) -> list[tuple[int, int]]:
    """Where an acronym defined in brackets recurs after `after`, outside `occupied` (with its kind word, when `kind`
    is given: "the HAF Programme" as well as "the HAF"); each span found is added to `occupied`."""
    tail = rf"(?:\s+(?i:{re.escape(kind)}))?" if kind else ""
    out = []
    for use in re.compile(rf"\b{re.escape(acronym)}{tail}\b").finditer(body, after):
        if not any(s < use.end() and use.start() < e for s, e in occupied):
            out.append(use.span())
            occupied.append(use.span())
    return out


def _fiscal_statements(body: str, published: datetime | None, occupied: list[tuple[int, int]]) -> list[_Named]:
    """ "his Autumn Statement", "the Spring Statement 2025": the Chancellor's fiscal statement, a Budget-kind
    document, keyed by season and year (the year the text gives, else the article's: a statement named without a
    year in the news is that year's)."""
    out = []
    for m in P.FISCAL_STATEMENT.finditer(body):
        if any(s < m.end() and m.start() < e for s, e in occupied):
            continue
        year = m.group("year") or m.group("year_before") or (str(published.year) if published else None)
        title = f"{m.group('season').title()} Statement" + (f" {year}" if year else "")
        out.append(_Named(m.start(), m.end(), Entity(ref=EntityRef("policy", slugify(title)), label=title,
                                                     types=("PolicyDocument", "Budget"), date=year)))
    return out


def _inspection_reports(body: str, sentences: SentenceIndex, matches: list[GazetteerMatch], actors: Found | None,
                        occupied: list[tuple[int, int]]) -> list[_Named]:
    """The inspectorate's report on a council's children's services, where an article about those services reports
    their inspection ("Ofsted … after a four-week inspection in October, inspectors found…"): "Ofsted inspection
    report on <council> children's services", one IRI per council, named where the first sentence reports it, of
    the council that sentence names, else of the one council the article names. None where the article names no
    inspectorate, no children's services, or several councils and none in that sentence."""
    if not any(m.entity.ref == _INSPECTORATE for m in matches) or not P.CHILDRENS_SERVICES.search(body):
        return []
    found = {e.ref: e for e in (actors.entities if actors else ())}
    councils = [(m.span.start, m.entity) for m in (actors.mentions if actors else ())
                if m.entity in found and found[m.entity].kind_label == "council"]
    councils += [(m.start, m.entity.ref) for m in matches if m.entity.kind_label == "council"]
    refs = {ref for _, ref in councils}
    labels = {ref: e.label for ref, e in found.items()} | {m.entity.ref: m.entity.label for m in matches}
    for sentence in sentences.sentences:
        cue = P.SERVICES_INSPECTION.search(body, sentence.start, sentence.end)
        if cue is None or P.INSPECTED_HOME.search(body, sentence.start, sentence.end) or \
                any(s < cue.end() and cue.start() < e for s, e in occupied):
            continue
        here = {ref for at, ref in councils if sentence.start <= at < sentence.end}
        council = next(iter(here)) if len(here) == 1 else next(iter(refs)) if len(refs) == 1 and not here else None
        if council is None:
            continue
        title = f"{_INSPECTION_REPORT}{labels[council]} children's services"
        at = cue.lastgroup or "cue"
        return [_Named(cue.start(at), cue.end(at), Entity(ref=EntityRef("policy", slugify(title)), label=title,
                                                      types=("PolicyDocument", "Report")))]
    return []


def _as_inspection_report(named: list[_Named], report: Entity | None) -> list[_Named]:
    """The inspectorate's untitled report ("the Ofsted report said", "Ofsted’s report") as the inspection report
    `_inspection_reports` found in the article (`report`), when it found one: one document, not two."""
    if report is None:
        return named
    return [_Named(n.start, n.end, report) if n.entity.label in _INSPECTORATE_REPORTS else n for n in named]


def _titled_reports(body: str, explicit: list[_Named], generic: list[_Named]) -> dict[EntityRef, Entity]:
    """{a body's untitled report: the titled document} where the report's kind word follows the title: in "The Steps
    to Adulthood report by the Northby Trust says", "report by the Northby Trust" is the Northby Trust's report and
    "Steps to Adulthood" its title: one document, the titled one, whose name "the report" takes later."""
    reports = {n.start: n.entity for n in explicit + generic if P.KIND_TYPES["Report"] & set(n.entity.types)}
    out: dict[EntityRef, Entity] = {}
    for n in explicit:
        kind = P.KIND_AFTER_TITLE.match(body, n.end)
        report = reports.get(kind.end() - len(kind.group("kind"))) if kind else None
        if report is not None and report.ref != n.entity.ref and not n.entity.label.endswith(kind.group("kind")):
            out[report.ref] = n.entity
    return out


_INSPECTORATE = EntityRef("organisation", "ofsted")
_INSPECTION_REPORT = "Ofsted inspection report on "
_INSPECTORATE_REPORTS = frozenset({"Ofsted report", "Ofsted inspection report", "Ofsted inspection"})
"""The inspectorate, the name its report on a council's children's services opens with, and its untitled reports."""


def _for_someone_else(match: GazetteerMatch, body: str) -> bool:
    """A curated measure's short name followed by whom it is for, where its name says it is for others: "a national
    pay scale for foster carers" is not the national pay scale for social workers (nor is "for all children's social
    workers" another measure)."""
    label = match.entity.label.casefold()
    if match.entity.ref.kind != "measure" or " for " not in label or " for " in match.text.casefold():
        return False
    qualifier = P.FOR_WHOM.match(body, match.end)
    if qualifier is None:
        return False
    said = {w for w in T.WORD_WITH_APOSTROPHE.findall(qualifier.group("whom").casefold()) if w not in P.TITLE_STOPWORDS}
    return bool(said) and not said & set(T.WORD_WITH_APOSTROPHE.findall(label.split(" for ", 1)[1]))


def _quoted_phrase(match: GazetteerMatch, quoted: list[tuple[int, int]], body: str) -> bool:
    """A document's title written in lower case inside a quote is the speaker's phrase, not the title: "making a
    “compelling case for change”" is not The Case for Change; so is a short title of two words written in lower case
    anywhere: "to create stable homes" is not the strategy Stable Homes, nor "a commitment to supporting families"
    the programme Supporting Families (unless a programme's kind word follows: "the supporting families grant").
    Names that reference data itself writes in lower case ("the care review") still match, and so does any longer
    title in the article's own words."""
    short = len(match.text.split()) <= P.SHORT_TITLE_WORDS and match.text.islower()
    kinds = ("policy", "programme") if short and not P.PROGRAMME_KIND_AFTER.match(body, match.end) else ("policy",)
    if match.entity.ref.kind not in kinds or not match.text[:1].islower() or not short and not any(
            s <= match.start and match.end <= e for s, e in quoted):
        return False
    same = [n for n in (match.entity.label, *match.entity.aliases) if n.casefold() == match.text.casefold()]
    return bool(same) and all(n[:1].isupper() for n in same)


@dataclass(frozen=True)
class _Author:
    """A body named in the text, which may author a report."""

    start: int
    end: int
    label: str
    kind_label: str | None


def _authors(matches: list[GazetteerMatch], actors: Found | None) -> list[_Author]:
    """The bodies `find_actors` found (a longer name wins over a curated one inside it: "the Northby Kinship
    Trust" is not the charity Kinship), then those the gazetteer found where it found none. A government authors
    nothing by name: "the Government’s report: <title>" names the report by its title, not "<government> report"."""
    out: list[_Author] = []
    if actors is not None:
        labels = {str(e.ref): e for e in actors.entities}
        for m in actors.mentions:
            entity = labels.get(str(m.entity))
            if entity is not None and m.entity.kind in P.BODY_REPORT_KINDS and m.entity not in GOVERNMENT_REFS:
                out.append(_Author(m.span.start, m.span.end, entity.label, entity.kind_label))
    out += [_Author(m.start, m.end, m.entity.label, m.entity.kind_label) for m in matches
            if m.entity.ref.kind in P.BODY_REPORT_KINDS and m.entity.ref not in GOVERNMENT_REFS
            and not any(a.start < m.end and m.start < a.end for a in out)]
    return sorted(out, key=lambda a: a.start)


def _shaped_documents(body: str, taken: list[tuple[int, int]], matches: list[GazetteerMatch],
                      gazetteer: Gazetteer | None, authors: list[_Author],
                      people: list[tuple[int, int]], acronym_titles: tuple[re.Match[str], ...]) -> list[_Named]:
    """Acts, Bills, titled documents, programmes and authored reviews the text names, skipping spans the gazetteer
    already covers; a name that is a curated entity's name is that entity. A title after or before a kind word that
    is a person's name (`people`) names none: "in the Budget, Tom Symons, deputy director, said". A title with its
    acronym before its kind (`acronym_titles`) is named without it, and the acronym names it again later."""
    found: list[_Named] = []
    occupied = list(taken)
    curated = _curated_by_slug(gazetteer)
    scope = article_scope(body)

    def keep(named: _Named | None) -> None:
        if named:
            found.append(named)
            occupied.append((named.start, named.end))

    def add(start: int, end: int, title: str, kind: str, types: tuple[str, ...], key: str | None = None,
            min_words: int = 2, kind_end: int | None = None) -> None:
        named = _new_entity(body, start, end, title, kind, types, occupied, curated, key, min_words, scope)
        inside = [e for s, e in occupied if start <= s and e < end]
        owner = [P.POSSESSIVE_END.match(body, e) for s, e in occupied if s <= start < e]
        if named is None and kind_end is not None and any(start <= s and e <= end for s, e in occupied):
            # "its report on the Government’s Implementation Strategy": what it is on is named already; the kind
            # word (ending at `kind_end`) stands for the report
            named = _new_entity(body, start, kind_end, title, kind, types, occupied, curated, key, min_words, scope)
        elif named is None and key is None and owner and owner[0]:
            # "the Treasury’s Shared Outcomes Fund": the owner's name and possessive open the title; it starts after
            start, title = trim_title(body, owner[0].end(), end)
            named = _new_entity(body, start, end, title, kind, types, occupied, curated, key, min_words, scope)
        elif named is None and key is None and inside and not any(s < start < e for s, e in occupied):
            # "the Family Courts Act 2031 and the 2030 Kinship Strategy": a title runs on past a name already found.
            start, title = trim_title(body, max(inside), end)
            named = _new_entity(body, start, end, title, kind, types, occupied, curated, key, min_words, scope)
        keep(named)

    for m in all_matches(P.ACT_WITHOUT_YEAR, body, P.ACT_WORD):
        start, title = trim_title(body, m.start(), m.end())
        act = _acts_without_year(gazetteer).get(slugify(title))
        if act is not None and not any(s < m.end() and start < e for s, e in occupied):
            keep(_Named(start, m.end(), act))
    for m in all_matches(P.ACT_YEAR_FIRST, body, P.ACT_WORD):
        add(m.start("year"), m.end(), f"{m.group('title')} Act {m.group('year')}", "statute", ("Statute", "Act"))
    for m in all_matches(P.ACTS_BY_YEARS, body, P.ACTS_WORD):
        start, title = trim_title(body, m.start(), m.end("title"))
        for i, year in enumerate(P.YEAR.finditer(body, m.start("years"), m.end("years"))):
            add(year.start() if i else start, year.end(), f"{title} Act {year.group()}", "statute", ("Statute", "Act"))
    for pattern, gate, kind, types in ((P.ACT_TITLE, P.ACT_WORD, "statute", ("Statute", "Act")),
                                       (P.BILL_TITLE, None, "statute", ("Statute", "Bill")),
                                       (P.REGULATIONS_TITLE, P.REGULATIONS_WORD, "statute", ("Statute",))):
        for m in all_matches(pattern, body, gate):
            start, title = trim_title(body, m.start(), m.end())
            # "… (England) Regulations 2010" and "… Regulations 2010" are one instrument
            add(start, m.end(), title, kind, types, P.NATION_IN_BRACKETS.sub("", title) if pattern is
                P.REGULATIONS_TITLE else None)
    for m in all_matches(P.PERSON_REVIEW, body, P.PERSON_REVIEW_GATE):
        surname, cue = m.group("surname"), m.group("cue")
        if surname.lower() in P.NOT_SURNAME_HEADS:
            continue
        # "Jane Doe's report" where Doe chaired a curated review ("the Doe review") is that review's report
        key = f"{surname} review" if cue == "report" and slugify(f"{surname} review") in curated else f"{surname} {cue}"
        add(m.start(), m.end(), m.group().rstrip(), "policy", ("PolicyDocument", P.DOCUMENT_CUES[cue]), key)
    for m in all_matches(P.SURNAME_REVIEW, body):
        if m.group("surname").lower() not in P.TITLE_STOPWORDS | P.NOT_SURNAMES | P.NOT_SURNAME_HEADS and \
                not P.TITLE_RUNS_INTO_THE.search(body, max(0, m.start() - 40), m.start()):
            start = m.start("surname")
            add(start, m.end(), body[start:m.end()], "policy", ("PolicyDocument", P.DOCUMENT_CUES[m.group("cue")]),
                f"{m.group('surname')} {m.group('cue')}")
    for m in all_matches(P.MANIFESTO, body):
        keep(_manifesto(m, occupied))
    authored = _curated_by_author(gazetteer)
    for match in matches:
        if match.entity.ref.kind in P.BODY_REPORT_KINDS:
            keep(_body_curated_document(body, match, curated, authored, occupied))

    def add_written(start: int, end: int, document: ReferenceEntity) -> None:
        if not any(s < end and start < e for s, e in occupied):
            keep(_Named(start, end, reference_entity(document)))

    for author in authors:
        _body_report(body, author, add, authored.get(slugify(author.label), []), add_written, scope)
        _in_its_document(body, author, add, scope)
    _officers_document(body, authors, add, scope)
    _its_document_opening(body, authors, add, scope, authored)
    for m in all_matches(P.COLON_TITLE, body):
        start, title = trim_title(body, m.start("title"), m.end("title"))
        add(start, m.end("title"), title, "policy", ("PolicyDocument", P.DOCUMENT_CUES[m.group("cue").lower()]))
    def add_of_kind(start: int, end: int, title: str, cue: str) -> None:
        """A title ending in its kind word `cue`, typed by it."""
        # "the Transformation Fund": one name word is enough before a capitalised kind that "the" or a possessive
        # introduces, unless the word only describes ("the National Programme")
        single = 1 if P.NAME_INTRODUCED.search(body, 0, start) and title.split()[0].lower() not in \
            P.DESCRIPTIVE_WORDS else 2
        kind = cue.lower()
        if kind == "fund" and P.FUND_ACTS_AS_BODY.match(body, end):
            return
        if kind in P.PROGRAMME_CUES:
            add(start, end, title, "programme", (P.PROGRAMME_CUES[kind],), min_words=single)
        elif kind in P.CAPITALISED_ONLY_CUES:
            # a plan is its own body's (one council's "Service Development Plan" is not another's): keyed to the
            # article; one made for a child is none; a name that runs on, or a service, is no document ("the Food
            # Standards Agency", "Trading Standards officers")
            if P.NAME_RUNS_ON_AFTER_KIND.match(body, end) or P.NOT_DOCUMENT_KIND_USE.search(title):
                return
            if kind != "plan":
                add(start, end, title, "policy", P.CAPITALISED_ONLY_CUES[kind], min_words=single)
            elif not P.PERSONAL_PLAN.search(title[:-len(cue)].rstrip()):
                add(start, end, title, "policy", P.CAPITALISED_ONLY_CUES[kind], f"{title} {scope}", single)
        else:
            # "Spending Review 2021", "the Schools Statutory Guidance": the kind is the two words ending in the cue
            # when those are a kind of their own
            pair = " ".join(title[:title.lower().rfind(kind) + len(kind)].split()[-2:]).lower()
            kind = pair if pair in P.DOCUMENT_CUES else kind
            add(start, end, title, "policy", ("PolicyDocument", P.DOCUMENT_CUES[kind]), min_words=single)

    defined = []
    for m in acronym_titles:
        # "the Ofsted Inspecting Local Authority Children’s Services (ILACS) framework": the title starts after a
        # name already found inside it
        start = max([m.start("title")] + [e for s, e in occupied if m.start("title") <= s and e <= m.end("title")])
        start, title = trim_title(body, start, m.end("title"))
        if not title:
            continue
        add_of_kind(start, m.end(), f"{title} {m.group('cue')}", m.group("cue"))
        if found and found[-1].start == start:
            defined.append((m, found[-1].entity))
    for m, entity in defined:
        # "… the HAF Programme", "the HAF": the acronym, with or without the kind, names it again
        found += [_Named(s, e, entity) for s, e in _recurrences(body, m.group("acronym"), m.end(), occupied,
                                                                 m.group("cue"))]
    for m in all_matches(P.CAPITALISED_KIND, body):
        start, title = trim_title(body, m.start("title"), m.end("title"))
        if start < m.start("cue"):  # its kind alone, a defined term, names none: "The Review report was published"
            add_of_kind(start, m.end("title"), title, m.group("cue"))
    for m in all_matches(P.PROGRAMME_TITLE, body):
        start, title = trim_title(body, m.start("title"), m.end("title"))
        if any(a.start == start and not body[a.end:m.start("cue")].strip() for a in authors):
            continue  # "as part of a Northby District Council scheme": a body's scheme, which it leaves unnamed
        add(start, m.end("title"), title, "programme", (P.PROGRAMME_CUES[m.group("cue").lower()],))
    for m in all_matches(P.ONE_WORD_PROGRAMME, body):
        name = m.group("name")
        if P.NAME_INTRODUCED.search(body, max(0, m.start() - 40), m.start()) and name.lower() not in \
                P.DESCRIPTIVE_WORDS | P.TITLE_STOPWORDS | P.NATION_WORDS | P.DOCUMENT_CUES.keys() | P.PROGRAMME_CUES.keys():
            add(m.start("name"), m.end(), f"{name} {m.group('cue')}", "programme", (P.PROGRAMME_CUES[m.group("cue")],),
                min_words=1)
    for m in all_matches(P.PREDECESSOR_TITLE, body):
        start, title = trim_title(body, m.start("title"), m.end("title"))
        add(start, m.end("title"), title, "programme", ("Programme",))
    for pattern in (P.QUOTED_TITLE, P.QUOTED_BEFORE_CUE, P.TITLE_AFTER_CUE, P.TITLE_BEFORE_CUE):
        for m in all_matches(pattern, body):
            # a quoted title is whole: "the NSPCC’s report, “Bringing the global to the local”" opens with no lead
            start, title = trim_title(body, m.start("title"), m.end("title"),
                                      lead=pattern not in (P.QUOTED_TITLE, P.QUOTED_BEFORE_CUE))
            if any(s <= start and m.end("title") <= e for s, e in people) or \
                    body.startswith(":", m.end("cue")) and m.group("cue")[0].isupper():
                # "Statutory Guidance: What Social Workers Need to Know" is a headline, not a kind and its title
                continue
            if pattern is P.TITLE_BEFORE_CUE and P.INDEFINITE_BEFORE_CUE.search(body, max(0, start - 30), start):
                continue  # "A Harbour Analytics briefing": a name after "a" is the author's, no title
            cls = P.DOCUMENT_CUES[m.group("cue").lower()]
            count = len(found)
            add(start, m.end("title"), title, "policy", ("PolicyDocument", cls))
            if len(found) > count and P.NAMED_AFTER_CUE.match(body, m.end("cue")) and \
                    P.INDEFINITE_BEFORE_CUE.search(body, max(0, m.start("cue") - 30), m.start("cue")):
                # "A new report, titled “Left Behind”, found": the kind word, the clause's subject, stands for it too
                keep(_Named(m.start("cue"), m.end("cue"), found[-1].entity))
    for m in all_matches(P.REVIEW_INTO_DEATHS, body):
        review = _curated_review_of_deaths(m.group("names"), gazetteer.entities if gazetteer else ())
        start, end = (m.start("cue"), m.end("cue")) if m.group("cue") else (m.start("into"), m.end("names"))
        if review is not None and not any(s < end and start < e for s, e in occupied):
            keep(_Named(start, end, review))
    for m in all_matches(P.KIND_FIRST_TITLE, body, P.KIND_FIRST):
        add(m.start("title"), m.end("title"), m.group("title"), "policy", P.KIND_FIRST_CLASSES[m.group("cue")])
    for m in all_matches(P.APPOSITIVE_PROGRAMME, body):
        start, title = trim_title(body, m.start("title"), m.end("title"))
        if title and not any(s < m.end("title") and start < e for s, e in occupied):
            cls = P.PROGRAMME_CUES[m.group("cue")]
            keep(_Named(start, m.end("title"), Entity(ref=EntityRef("programme", slugify(title)), label=title,
                                                       types=(cls,))))
    for m in all_matches(P.LISTED_PROGRAMMES, body):
        _listed_programmes(m, add)
    for m in all_matches(P.QUOTED_TITLE_ACTING, body):
        add(m.start("title"), m.end("title"), m.group("title"), "policy", ("PolicyDocument",))
    for m in all_matches(P.SENTENCE_CASE_TITLE, body):
        cue = (m.group("cue") or m.group("apposed") or "").lower()
        if not any(s <= m.start("title") < e for s, e in people):
            add(m.start("title"), m.end("title"), m.group("title"), "policy",
                ("PolicyDocument", P.OWNED_DOCUMENT_CUES.get(cue, P.DOCUMENT_CUES.get(cue, "Report"))) if cue
                else ("PolicyDocument",))
    for m in all_matches(P.PUBLISHED_TITLE, body):
        # "the publication of The Promise": a one-word title keeps its article
        start, title = trim_title(body, m.start("title"), m.end("title"))
        if body.startswith("The ", m.start("title")) and " " not in title:
            start, title = m.start("title"), m.group("title")
        if not any(s <= start and m.end("title") <= e for s, e in people):
            add(start, m.end("title"), title, "policy", ("PolicyDocument",), min_words=1)
    for match in matches:
        keep(_government_response(body, match, gazetteer.entities if gazetteer else (), occupied))
        keep(_consultation_response(body, match, occupied))
    for m in all_matches(P.CALL_FOR_EVIDENCE, body):
        keep(_described(m.start(), m.end(), m.group(), ("PolicyDocument", "Consultation"), occupied))
    for m in (*all_matches(P.DESCRIBED_DOCUMENT, body), *all_matches(P.DESCRIBED_STRATEGY, body),
              *all_matches(P.DESCRIBED_REVIEW, body), *all_matches(P.TOPIC_PAPER, body),
              *all_matches(P.TOPIC_STRATEGY, body)):
        if m.re is P.DESCRIBED_REVIEW and any(s < m.end("name") and m.start("name") < e for s, e in occupied):
            continue  # "the independent review of children’s social care": a review the text names already
        keep(_described(m.start("cue"), m.end("cue"), P.DATED_TAIL.sub("", m.group("name")),
                        P.DESCRIBED_CLASSES[m.group("cue").lower()], occupied))
    found.extend(_amendments(list(all_matches(P.NUMBERED_AMENDMENTS, body)), scope, occupied))
    for m in all_matches(P.DESCRIBED_PROGRAMME, body):
        if P.PROVISION_WORDS.isdisjoint(m.group("what").lower().split()):
            continue
        keep(_described(m.start("cue"), m.end("cue"), m.group("name"), ("Programme",), occupied, "programme"))
    for m in all_matches(P.GUIDANCE_DOCUMENT, body):
        kind = "StatutoryGuidance" if m.group("statutory") else "Guidance"
        name = P.DATED_TAIL.sub("", m.group("name"))
        if name.split()[-1].lower() == "guidance":
            continue  # "published new guidance on Monday": when, not what it is on
        keep(_described(m.start("cue"), m.end("cue"), name, ("PolicyDocument", kind), occupied))
    for m in all_matches(P.SPECIFIC_PLAN, body):
        keep(_specific_plan(m, scope, occupied))
    for m in all_matches(P.COUNCIL_PAPER, body):
        keep(_council_paper(m, scope, occupied))
    curated = [reference_entity(m.entity) for m in matches if m.entity.ref.kind == "programme"]
    return _short_programme_names(_editions(_described_as(found)), curated)


def _amendments(matches: list[re.Match[str]], scope: str, occupied: list[tuple[int, int]]) -> list[_Named]:
    """Each amendment the NUMBERED_AMENDMENTS matches number, named "Amendment 78 to the Employment Rights Bill" where
    the Bill follows (one IRI across articles), else "Amendment 221" keyed to the article, or the article's amendment
    of that number to a Bill ("Amendment 79 sets out …" after "Amendments 78 and 79 to the … Bill"). Its mention is
    its number (the first number's with "Amendment")."""
    to_bill = {n.group(): m.group("bill") for m in matches if m.group("bill")
               for n in P.AMENDMENT_NUMBER.finditer(m.group("numbers"))}
    out = []
    for m in matches:
        for number in P.AMENDMENT_NUMBER.finditer(m.group("numbers")):
            start = m.start() if number.start() == 0 else m.start("numbers") + number.start()
            end = m.start("numbers") + number.end()
            if any(s < end and start < e for s, e in occupied):
                continue
            bill = to_bill.get(number.group())
            title = f"Amendment {number.group()}" + (f" to the {' '.join(bill.split())}" if bill else "")
            slug = slugify(title if bill else f"{title} {scope}")
            entity = Entity(ref=EntityRef("policy", slug), label=title, types=("PolicyDocument",))
            out.append(_Named(start, end, entity))
    return out


def _listed_programmes(m: re.Match[str], add: Callable[..., None]) -> None:
    """ "government programmes such as Family hubs and Start for life, Supporting families, Reducing parental
    conflict and Strengthening families, protecting children": each capitalised item a programme of the kind, named
    "<item> <kind>" (a curated one among them keeps its own mention: its span is taken). An "and" parts two items
    only where no comma and capitalised item follow them: before one, as in "Family hubs and Start for life,
    Supporting…", it is inside an item's name. The item's words stand for it."""
    items: list[tuple[int, int, str]] = []  # start and end in the list, separator after
    for item in P.LISTED_ITEM.finditer(m.group("list")):
        if items and item.start() != items[-1][1] + len(items[-1][2]) or not item.group("item")[:1].isupper():
            break
        items.append((item.start(), item.end("item"), item.group("sep")))
        if not item.group("sep"):
            break
    merged: list[tuple[int, int, str]] = []
    for i, (start, end, sep) in enumerate(items):
        if merged and merged[-1][2].strip() in ("and", "or") and sep.startswith(",") and i + 1 < len(items):
            merged[-1] = (merged[-1][0], end, sep)
        else:
            merged.append((start, end, sep))
    cue, at = m.group("cue"), m.start("list")
    for start, end, _ in merged:
        name = m.group("list")[start:end]
        add(at + start, at + end, f"{name} {cue}", "programme", (P.PROGRAMME_CUES[cue],), min_words=1)


def _editions_in_force(body: str, published: datetime | None, curated: list[_Named], gazetteer: Gazetteer
                       ) -> list[_Named]:
    """A curated document named without the year of one of its curated editions ("Working Together to Safeguard
    Children" beside "… 2018" and "… 2015") is the edition whose year follows the name ("…, published in July
    2018"), else the latest edition out on the article's day (a 2019 article's is the 2018 edition, not the 2023 one
    reference data names plainly); an undated article keeps the plain name."""
    editions = _curated_editions(gazetteer)
    out = []
    for n in curated:
        dated = editions.get(str(n.entity.ref))
        if dated is None:
            out.append(n)
            continue
        current = next(e for e in dated if e.ref == n.entity.ref)
        stated = P.EDITION_YEAR_AFTER.match(body, n.end)
        if stated:
            chosen = next((e for e in dated if (e.date or "").startswith(stated.group("year"))), current)
        else:
            day = published.date().isoformat() if published else None
            chosen = ([e for e in dated if day and (e.date or "") <= day] or [current])[-1]
        out.append(_Named(n.start, n.end, reference_entity(chosen)))
    return out


@functools.lru_cache(maxsize=4)
def _curated_editions(gazetteer: Gazetteer) -> dict[str, tuple[ReferenceEntity, ...]]:
    """{IRI of a dated curated document named plainly: it and its dated editions, oldest first}, once per
    gazetteer."""
    editions: dict[str, list[ReferenceEntity]] = {}
    for entity in gazetteer.entities:
        years = P.YEARS_AT_END.search(entity.label)
        if years and entity.date:
            editions.setdefault(entity.label[:years.start()].casefold(), []).append(entity)
    return {str(e.ref): tuple(sorted([e, *editions[e.label.casefold()]], key=lambda d: d.date or ""))
            for e in gazetteer.entities if e.label.casefold() in editions and e.date}


def _seasonal_budgets(body: str, published: datetime | None, gazetteer: Gazetteer,
                      occupied: list[tuple[int, int]]) -> list[_Named]:
    """ "the Autumn Budget", "the Autumn budget in 2024": the curated Budget of that season and year, else (no year
    given) the latest of that season out within reach of the article's day (`_latest_of_kind`): a March 2025 article's
    "Autumn Budget" is October 2024's, not a Budget of its own."""
    out = []
    for m in P.SEASONAL_BUDGET.finditer(body):
        if any(s < m.end() and m.start() < e for s, e in occupied):
            continue
        season, year = m.group("season").title(), m.group("year") or m.group("year_before")
        budgets = [e for e in gazetteer.entities if "Budget" in e.types and e.date and e.label.startswith(season)]
        if year:
            chosen = next((reference_entity(e) for e in budgets if e.date.startswith(year)), None)
        else:
            chosen = _latest_of_kind(published, gazetteer, "Budget", lambda e: e.label.startswith(season))
        if chosen is not None:
            out.append(_Named(m.start(), m.end(), chosen))
    return out


def _led_by(body: str, gazetteer: Gazetteer, occupied: list[tuple[int, int]]) -> list[_Named]:
    """ "the independent review led by MacAlister", "the review chaired by Professor Eileen Munro": the curated
    document reference data names "<surname> <kind>" ("MacAlister review", "Munro review"), the kind word standing
    for it."""
    out = []
    for m in P.KIND_LED_BY.finditer(body):
        entity = gazetteer.lookup(f"{m.group('surname')} {m.group('kind')}")
        if entity is not None and entity.ref.kind in ("policy", "programme") and \
                not any(s < m.end("kind") and m.start() < e for s, e in occupied):
            out.append(_Named(m.start("kind"), m.end("kind"), reference_entity(entity)))
    return out


def _editions(found: list[_Named]) -> list[_Named]:
    """ "the Sufficiency Strategy 2024-2027 … the Sufficiency Strategy": a name without its years is the one edition
    the article names with them (two editions named: left alone)."""
    editions: dict[str, dict[str, Entity]] = {}
    for n in found:
        years = P.YEARS_AT_END.search(n.entity.label)
        if years:
            editions.setdefault(n.entity.label[:years.start()].casefold(), {})[str(n.entity.ref)] = n.entity
    out = []
    for n in found:
        same = list(editions.get(n.entity.label.casefold(), {}).values())
        out.append(_Named(n.start, n.end, same[0]) if len(same) == 1 else n)
    return out


def _described_as(found: list[_Named]) -> list[_Named]:
    """ "its Interim Report … “The Interim Report draws all this together”": a name of words that only describe its
    kind is the one other document found whose name ends with it (two such: left alone)."""
    out = []
    for n in found:
        words = n.entity.label.casefold().split()
        same = {str(o.entity.ref): o.entity for o in found if o.entity.label.casefold().endswith(
            f" {n.entity.label.casefold()}")} if all(w in P.DESCRIPTIVE_WORDS | P.KIND_WORDS for w in words) else {}
        out.append(_Named(n.start, n.end, next(iter(same.values()))) if len(same) == 1 else n)
    return out


def _short_programme_names(found: list[_Named], curated: list[Entity]) -> list[_Named]:
    """ "Best Start Family Hubs … The Best Start initiative": a programme named by the opening words of another
    programme of its class the article names (found by shape or `curated`), and its kind word, is that programme (one
    such longer name only; "the Family Hubs programme" is not the Family Hubs Transformation Fund)."""
    programmes = {str(e.ref): e for e in [*(n.entity for n in found), *curated] if e.ref.kind == "programme"}
    out = []
    for n in found:
        words = n.entity.label.split()
        stem = " ".join(words[:-1]).casefold() + " "
        longer = [e for e in programmes.values() if e.ref != n.entity.ref and e.label.casefold().startswith(stem)
                  and e.types == n.entity.types]
        short = n.entity.ref.kind == "programme" and len(words) > 2 and words[-1].lower() in P.PROGRAMME_CUES
        out.append(_Named(n.start, n.end, longer[0]) if short and len(longer) == 1 else n)
    return out


def _council_paper(m: re.Match[str], scope: str, occupied: list[tuple[int, int]]) -> _Named | None:
    """ "a report to the authority’s next cabinet meeting", "a report detailing the council’s out-turn for 2023/24":
    a paper put to a council's cabinet or committee, named "report to <meeting>" or "report on <what it details>"
    and keyed to the article; the word "report" stands for it."""
    if any(s < m.end("cue") and m.start("cue") < e for s, e in occupied):
        return None
    if m.group("topic"):
        label = f"report on {m.group('topic')}"
    else:
        meeting = m.group("meeting")
        label = " ".join(w for w in ("report to", meeting.lower() if " " not in meeting else meeting,
                                     m.group("sitting") and "meeting",
                                     m.group("date") and f"on {m.group('date')}") if w)
    label = T.SPACE_RUN.sub(" ", label)
    return _Named(m.start("cue"), m.end("cue"), Entity(ref=EntityRef("policy", slugify(f"{label} {scope}")),
                                                       label=label, types=("PolicyDocument", "Report")))


def _specific_plan(m: re.Match[str], scope: str, occupied: list[tuple[int, int]]) -> _Named | None:
    """ "an improvement plan which covered eight recommendations", "the action plan": the one plan of that kind the
    article is about, named by its kind and keyed to the article (another article's improvement plan is another
    council's); the kind words stand for it."""
    if any(s < m.end("cue") and m.start("cue") < e for s, e in occupied):
        return None
    label = T.SPACE_RUN.sub(" ", m.group("cue")).lower()
    return _Named(m.start("cue"), m.end("cue"), Entity(ref=EntityRef("policy", slugify(f"{label} {scope}")),
                                                       label=label, types=("PolicyDocument", "Strategy")))


def _described(start: int, end: int, name: str, types: tuple[str, ...],
               occupied: list[tuple[int, int]], kind: EntityKind = "policy") -> _Named | None:
    """A document (or programme: `kind`) named by description ("consultation on the review's final report"): the kind
    word stands for it in the text, so that names inside the description keep their own mentions; keyed by the
    description."""
    if any(s < end and start < e for s, e in occupied):
        return None
    label = T.SPACE_RUN.sub(" ", name).strip()
    return _Named(start, end, Entity(ref=EntityRef(kind, slugify(label)), label=label, types=types))


def _manifesto(m: re.Match[str], occupied: list[tuple[int, int]]) -> _Named | None:
    """A party's manifesto named by party or year ("the Conservative manifesto", "its 2019 manifesto"): the mention
    is the words after the party (whose own mention is a body's), the name what the text gives."""
    party = P.PARTY_NAMES.get(m.group("party"), m.group("party")) if m.group("party") else ""
    year = m.group("year") or ""
    if not (party or year) or any(s < m.end() and m.start("mention") < e for s, e in occupied):
        return None
    title = " ".join(w for w in (party, year, "manifesto") if w)
    return _Named(m.start("mention"), m.end("mention"), Entity(ref=EntityRef("policy", slugify(title)), label=title,
                                                               types=("PolicyDocument",), date=year or None))


def _government_response(body: str, answered: GazetteerMatch, entities: tuple[ReferenceEntity, ...],
                         occupied: list[tuple[int, int]]) -> _Named | None:
    """ "the Government’s response to the Care Review": the one curated document that reference data says is based
    on the document named; "the Government’s" stands for it, so that "response to" reads as its lineage."""
    m = P.GOVERNMENT_RESPONSE.search(body, max(0, answered.start - 90), answered.start)
    if m is None:
        return None
    answers = [e for e in entities if answered.entity.ref in e.based_on]
    if len(answers) != 1 or any(s < m.end("mention") and m.start("mention") < e for s, e in occupied):
        return None
    return _Named(m.start("mention"), m.end("mention"), reference_entity(answers[0]))


def _consultation_response(body: str, consulted: GazetteerMatch, occupied: list[tuple[int, int]]) -> _Named | None:
    """ "its response to the ‘Stable Homes, Built on Love’ consultation": a document of its own, named "<document>
    consultation response"; the word "response" stands for it, the document keeps its mention."""
    if consulted.entity.ref.kind != "policy" or not P.CONSULTATION_AFTER.match(body, consulted.end):
        return None
    m = P.CONSULTATION_RESPONSE_BEFORE.search(body, max(0, consulted.start - 20), consulted.start)
    if m is None or any(s < m.end("cue") and m.start("cue") < e for s, e in occupied):
        return None
    label = f"{consulted.entity.label} consultation response"
    return _Named(m.start("cue"), m.end("cue"), Entity(ref=EntityRef("policy", slugify(label)), label=label,
                                                       types=("PolicyDocument",)))


def _body_curated_document(body: str, match: GazetteerMatch, curated: dict[str, Entity],
                           authored: dict[str, list[ReferenceEntity]],
                           occupied: list[tuple[int, int]]) -> _Named | None:
    """ "the Competition and Markets Authority issued the findings of its market study", "the CMA's market study on
    …": a body's own document that reference data names "<body> <kind>" (by the body's name, acronym or alias) is
    that curated document; else, "the panel published its report", "a 2022 report by the CMA", the one curated
    document of that kind (and year, when the text gives one) the body wrote. The kind words stand for it."""
    entity = match.entity
    names = [slugify(n) for n in (entity.label, *entity.aliases, *((entity.acronym,) if entity.acronym else ()))]
    m = P.BODY_OWN_DOCUMENT.match(body, match.end, match.end + 100)
    year = P.BODY_REPORT_YEAR_BEFORE.search(body, max(0, match.start - 30), match.start)
    cue = m or year
    if cue is None or any(s < cue.end("cue") and cue.start("cue") < e for s, e in occupied):
        return None
    if m is not None:
        for name in names:
            document = curated.get(slugify(f"{name} {m.group('cue')}"))
            if document is not None:
                return _Named(m.start("cue"), m.end("cue"), document)
    words = cue.group("cue").lower().split()
    stage = words[0] if len(words) > 1 and words[0] in P.AUTHORED_STAGES else None
    if len(words) > 1 and words[0] not in P.AUTHORED_PLAIN and stage is None:
        return None  # "the panel published its annual report": some other report of the body's
    kinds = P.AUTHORED_KINDS.get(words[-1], frozenset())
    wanted_year = year.group("year") if m is None and year is not None else None
    fitting = {d.ref: d for name in names for d in authored.get(name, ())
               if kinds & set(d.types) and (wanted_year is None or (d.date or "")[:4] == wanted_year)}
    if stage is not None:
        # "its interim report": a report of its own, named after the body's one such document, else the body
        label = f"{next(iter(fitting.values())).label if len(fitting) == 1 else entity.label} {stage} report"
        return _Named(cue.start("cue"), cue.end("cue"), Entity(ref=EntityRef("policy", slugify(label)), label=label,
                                                               types=("PolicyDocument", "Report")))
    if len(fitting) != 1:
        return None
    return _Named(cue.start("cue"), cue.end("cue"), reference_entity(next(iter(fitting.values()))))


def _body_report(body: str, match: _Author, add: Callable[..., None], written: list[ReferenceEntity],
                 add_written: Callable[[int, int, ReferenceEntity], None], scope: str) -> None:
    """ "a Home Office report on …", "the committee's review into …", "a report by the NSPCC on …": a report a body
    wrote, named "<body> <kind> <on|into> <topic>" and keyed by body, kind and topic; the body's one curated
    document of that kind whose names share the topic's words when it has one (`written`): "the CMA review into
    children's social care placements" is its market study of children's social care."""
    after = P.BODY_REPORT_AFTER.match(body[match.end:match.end + 160])
    reach = max(0, match.start - P.BODY_REPORT_REACH)
    # (a body's name in a compound modifier is not the author: "a study commissioned by DfE-funded body Foundations")
    before = P.BODY_REPORT_BEFORE.search(body[reach:match.start]) if not body.startswith("-", match.end) else None
    topic = P.BODY_REPORT_TOPIC.match(body[match.end:match.end + 160]) if before and not after else None
    if after:
        # a topic ends with its paragraph: "Barnardo’s report on children’s care homes" heads the page's text
        cue, subject = after.group("cue"), after.group("topic").split(PARAGRAPH_SEPARATOR)[0].strip()
        start = match.end + after.start("cue")  # the body keeps its own mention
        end = start + len(body[start:match.end + after.end("topic")].split(PARAGRAPH_SEPARATOR)[0].rstrip())
    elif before and topic:
        cue, subject = before.group("cue"), topic.group("topic").strip()
        start = reach + before.start("cue")
        end = start + len(cue)  # "report" stands for it; the body's name between keeps its own mention
    elif before:
        # "A damning review by the Harbour Institute, published today, said": named "<body> <kind>"
        cue = before.group("cue").lower()
        start = reach + before.start("cue")
        title = f"{match.label} {cue}"
        add(start, start + len(cue), title, "policy", ("PolicyDocument", P.DOCUMENT_CUES.get(cue, "Report")), title)
        return
    else:
        _body_named_report(body, match, add, written, add_written, scope)
        return
    about = _written_about(written, cue, subject)
    if about is not None:
        add_written(start, end, about)
        return
    title = f"{match.label} {cue} on {subject}"
    add(start, end, title, "policy", ("PolicyDocument", P.DOCUMENT_CUES.get(cue, "Report")), title,
        kind_end=start + len(cue))


def _written_about(written: list[ReferenceEntity], cue: str, topic: str) -> ReferenceEntity | None:
    """The one document of a body (`written`) of the kind `cue` names that shares the topic's words, else None."""
    kinds = P.AUTHORED_KINDS.get(cue, frozenset())
    about = [d for d in written if kinds & set(d.types)
             and _shared_words(topic, (d.label, *d.aliases)) >= P.AUTHORED_TOPIC_WORDS]
    return about[0] if len(about) == 1 else None


def _shared_words(topic: str, names: tuple[str, ...]) -> int:
    """How many content words of a topic one of the names has ("tragic murders of Arthur Labinjo-Hughes" and "…
    national review into the murders of Arthur Labinjo-Hughes and Star Hobson": 3)."""
    words = {w for w in P.CONTENT_WORD.findall(topic.lower().replace("’", "'")) if w not in P.TITLE_STOPWORDS}
    return max((len(words & set(P.CONTENT_WORD.findall(n.lower().replace("’", "'")))) for n in names), default=0)


def _body_named_report(body: str, match: _Author, add: Callable[..., None], written: list[ReferenceEntity],
                       add_written: Callable[[int, int, ReferenceEntity], None], scope: str) -> None:
    """ "the Competition and Markets Authority review", "the Public Accounts Committee (PAC) Inquiry": a body's
    document named by the body and its kind alone, keyed "<body> <kind>"; a publisher's report is news. The body's
    one curated document of that kind is meant when it has one and the topic that follows ("… review into <topic>")
    shares its words. A document whose title follows its kind word, quoted or not, is named by that title: "the Centre
    for Social Justice’s Report, Safely Reducing the Number of Children Going into Care"."""
    if match.kind_label in P.NEWS_KINDS or P.TITLED_AFTER_BODY.match(body, match.end) or \
            P.QUOTED_AFTER_BODY.match(body, match.end):
        return
    m = P.BODY_KIND_AFTER.match(body[match.end:match.end + 60])
    if m is None:
        _body_owned_document(body, match, add, scope)
        return
    cue = m.group("cue").lower()
    topic = P.BODY_REPORT_TOPIC.match(body[match.end + m.end():match.end + m.end() + 160])
    about = _written_about(written, cue, topic.group("topic")) if topic is not None else None
    if about is not None and not m.group("kind"):
        add_written(match.end + m.start("cue"), match.end + m.end("cue"), about)
        return
    title = " ".join(w for w in (match.label, (m.group("kind") or "").lower(), cue) if w)
    start = match.end + (m.start("kind") if m.group("kind") else m.start("cue"))
    add(start, match.end + m.end("cue"), title, "policy", ("PolicyDocument", P.DOCUMENT_CUES.get(cue, "Report")),
        title)


def _in_its_document(body: str, author: _Author, add: Callable[..., None], scope: str) -> None:
    """ "In their annual report for 2020-21, Ofsted said", "In a report published on Tuesday, the LGA said", "Ofsted
    said in its report": the body's document, introduced before the body is named as the clause's subject or after
    it as the subject of a reporting verb, named "<body> <words> <kind> <period>"; keyed by that name when a year
    dates it, else to the article. The kind word stands for it."""
    m = P.IN_ITS_DOCUMENT.search(body, max(0, author.start - 120), author.start) or P.SAID_IN_ITS_DOCUMENT.match(
        body, author.end)
    if m is not None:
        _add_owned(add, author.label, m, scope)


def _add_owned(add: Callable[..., None], owner: str, m: re.Match[str], scope: str) -> None:
    """Add the document of `owner` a match of `P._ITS_DOCUMENT`'s groups names, "<owner> <words> <kind> <period>",
    keyed by that name when a year dates it, else to the article; the kind word stands for it."""
    title = _titled(owner, m)
    key = title if P.YEAR_IN_TITLE.search(title) else f"{title} {scope}"
    add(m.start("cue"), m.end("cue"), title, "policy", ("PolicyDocument", P.DOCUMENT_CUES.get(m.group("cue"), "Report")),
        key)


def _titled(owner: str, m: re.Match[str]) -> str:
    """"<owner> <words> <kind> <period>" of a body's document a match of `P._ITS_DOCUMENT`'s groups names, the words
    that only pass ("new", "latest") dropped."""
    words = [w for w in m.group("words").split() if w.lower() not in P.PASSING_MODIFIERS]
    return " ".join([owner, *words, m.group("cue"), *((m.group("period"),) if m.group("period") else ())])


def _its_document_opening(body: str, authors: list[_Author], add: Callable[..., None], scope: str,
                          authored: dict[str, list[ReferenceEntity]]) -> None:
    """ "Its annual report reveals …" opening a sentence: the document of the body the sentence before names last
    (none when that sentence names no body, nor when reference data holds a document of that kind the body wrote:
    the Panel's "Its national review found" is its curated review, which the anaphor steps find), named and keyed as
    `_in_its_document` names one."""
    for m in all_matches(P.ITS_DOCUMENT_OPENS, body):
        end = len(body[:m.start()].rstrip())  # the sentence before ends here, perhaps a paragraph before
        before = max(body.rfind(". ", 0, max(0, end - 2)), body.rfind("\n", 0, end))
        owners = [a for a in authors if before < a.start and a.end <= m.start()]
        if owners and not any(m.group("cue") in d.label.lower() for d in authored.get(slugify(owners[-1].label), [])):
            _add_owned(add, owners[-1].label, m, scope)


def _officers_document(body: str, authors: list[_Author], add: Callable[..., None], scope: str) -> None:
    """ "Council officers said in their report": the paper of the council the article named last before, named
    "<council> officers' <words> <kind>" and keyed to the article (a council writes many). None without a council."""
    for m in all_matches(P.OFFICERS_SAID_IN_DOCUMENT, body):
        councils = [a for a in authors if a.kind_label == "council" and a.end <= m.start()]
        if councils:
            title = _titled(f"{councils[-1].label} officers’", m)
            add(m.start("cue"), m.end("cue"), title, "policy",
                ("PolicyDocument", P.DOCUMENT_CUES.get(m.group("cue"), "Report")), f"{title} {scope}")


def _body_owned_document(body: str, author: _Author, add: Callable[..., None], scope: str) -> None:
    """ "The Ofsted report said", "Ofsted’s second annual social care report", "DfE guidance says": a body's report
    or guidance named by the body alone, "<body> <words> <kind>"; keyed to the article unless a year dates it (the
    body writes many such, and "the Ofsted report" of one inspection is not another's). The words and kind stand for
    it; the body keeps its own mention."""
    m = P.BODY_OWNED_DOCUMENT.match(body, author.end, author.end + 80)
    if m is None:
        return
    words = m.group("words").split()
    if not m.group("possessive") and (len(words) > P.OWNED_WORDS_PLAIN or any(w.endswith("ed") for w in words) or
                                      not P.DETERMINER_BEFORE.search(body, max(0, author.start - 30), author.start)):
        return  # "the DfE published guidance on …" is the guidance on …, named by its topic
    title = " ".join([author.label, *(w for w in words if w.lower() not in P.PASSING_MODIFIERS), m.group("cue")])
    topic = P.BODY_REPORT_TOPIC.match(body[m.end("cue"):m.end("cue") + 160])
    if topic is not None and not P.TOPIC_POINTS_BACK.match(topic.group("topic")):
        # "the Department for Education’s guidance on kinship care": what it is on names it across articles
        title = f"{title} on {topic.group('topic').strip()}"
        key = title
    else:
        covered = P.PERIOD_COVERED.match(body, m.end("cue"))
        if covered is not None:
            title = f"{title} {covered.group('period')}"  # "a DCC budget report for 2018-19"
        key = title if P.YEAR_IN_TITLE.search(title) else f"{title} {scope}"
    add(m.start("words") if words else m.start("cue"), m.end("cue"), title, "policy",
        ("PolicyDocument", P.OWNED_DOCUMENT_CUES[m.group("cue")]), key)


@functools.lru_cache(maxsize=4)
def _curated_by_slug(gazetteer: Gazetteer | None) -> dict[str, Entity]:
    """Curated documents, statutes and programmes by the slug of each of their names ("Children Act 1989", "the
    1989 Children Act"), so that a shape match of a curated name is that entity; built once per gazetteer."""
    if gazetteer is None:
        return {}
    out: dict[str, Entity] = {}
    for e in gazetteer.entities:
        if e.ref.kind in ("policy", "statute", "programme"):
            for name in (e.label, *e.aliases, *((e.acronym,) if e.acronym else ())):
                out.setdefault(slugify(P.LEADING_THE.sub("", name)), reference_entity(e))
    return out


@functools.lru_cache(maxsize=4)
def _curated_by_author(gazetteer: Gazetteer | None) -> dict[str, list[ReferenceEntity]]:
    """Curated documents by the slug of the body that wrote them (`schema:author`)."""
    out: dict[str, list[ReferenceEntity]] = {}
    for e in gazetteer.entities if gazetteer else ():
        if e.author and e.ref.kind == "policy":
            out.setdefault(slugify(e.author), []).append(e)
    return out


def _curated_review_of_deaths(names: str, entities: tuple[ReferenceEntity, ...]) -> Entity | None:
    """The one curated review or report whose name holds these names ("Jo Roe and Sam Poe"), else None."""
    wanted = T.SPACE_RUN.sub(" ", names).casefold()
    found = {e.ref: e for e in entities if e.ref.kind == "policy" and any(
        wanted in T.SPACE_RUN.sub(" ", n).casefold() for n in (e.label, *e.aliases))}
    if len(found) != 1:
        return None
    (e,) = found.values()
    return reference_entity(e)


@functools.lru_cache(maxsize=4)
def _acts_without_year(gazetteer: Gazetteer | None) -> dict[str, Entity]:
    """Curated Acts by the slug of their name without its year ("equality-act"), where only one Act has it."""
    found: dict[str, list[Entity]] = {}
    for e in gazetteer.entities if gazetteer else ():
        if "Act" in e.types and P.ACT_YEAR_END.search(e.label):
            found.setdefault(slugify(P.ACT_YEAR_END.sub("", e.label)), []).append(reference_entity(e))
    return {slug: acts[0] for slug, acts in found.items() if len(acts) == 1}


def trim_title(body: str, start: int, end: int, lead: bool = True) -> tuple[int, str]:
    """Drop leading words that cannot start a title ("Under the", "section 1 of the"), and (unless `lead` is false)
    a list item's or agenda item's lead ("Renaming the"); a title opened by a quotation mark loses its closing one.

    >>> trim_title("Under the Children Act 1989", 0, 27)
    (10, 'Children Act 1989')
    >>> trim_title("Renaming the Kin Fund", 0, 21)
    (13, 'Kin Fund')
    >>> trim_title("Approval of the Sufficiency Strategy", 0, 36)
    (16, 'Sufficiency Strategy')
    >>> trim_title("the ‘Teach First’ scheme", 5, 24)
    (5, 'Teach First scheme')

    A title never runs across paragraphs: a heading before it is no part of it.

    >>> trim_title("Covenant News" + PARAGRAPH_SEPARATOR + "The Kin Bill", 0, 27)
    (19, 'Kin Bill')
    """
    paragraph = body.rfind(PARAGRAPH_SEPARATOR, start, end)
    if paragraph != -1:
        start = paragraph + len(PARAGRAPH_SEPARATOR)
    opening = P.TITLE_LEAD.match(body, start, end) if lead else None  # "Renaming the Adoption Support Fund"
    if opening:
        start = opening.end()
    text = body[start:end]
    for word in T.TOKEN_AND_SPACE.finditer(text):
        token = word.group().strip().rstrip(",")
        if token.lower() not in P.TITLE_STOPWORDS and token[:1].isupper() or token[:1].isdigit() and len(token) == 4:
            at = start + word.start()
            title = body[at:end]
            if at and body[at - 1] in "‘“":  # "the ‘Teach First’ scheme": the quotation marks are no part of it
                title = P.CLOSING_QUOTE.sub("", title, count=1)
            return at, title
    return end, ""


def _new_entity(body: str, start: int, end: int, title: str, kind: str, types: tuple[str, ...],
                occupied: list[tuple[int, int]], curated: dict[str, Entity] | None = None,
                key: str | None = None, min_words: int = 2, scope: str | None = None) -> _Named | None:
    """A document the text names by shape, keyed by its title (or `key`) so that every article's mention of it is
    one IRI; the curated entity when the title is a curated name; dated by a year in its title or right before it. A
    strategy or plan titled by its kind and one word more ("the Sufficiency Strategy", "the Improvement Plan"), or by
    a council's duty ("the Corporate Parenting Strategy 2020 to 2023"), is every council's own, and a name of words that only describe its kind ("the first Annual Report", "the Interim
    Report") names no owner: both are keyed to the article (`scope`)."""
    title = title.strip().rstrip(",")
    if P.MONTH_BEFORE_THE.match(title):
        return None  # "March the Chancellor’s Budget": a time, then a description ("the Budget" is read as such)
    dated = P.DATE_AT_END.search(title)
    if dated:
        title, end = title[:dated.start()], start + len(body[start:end].rstrip()) - (len(title) - dated.start())
    leading_year = P.YEAR_AT_START.match(title)
    if leading_year and kind != "statute":  # "2030 Secure Futures Strategy": the year dates it, the name follows
        start, title = start + leading_year.end(), title[leading_year.end():]
    words = [w for w in P.TITLE_WORD_BREAK.split(title) if w]
    content = [w for w in words if w.lower() not in P.TITLE_STOPWORDS and w.lower().rstrip("s") not in P.PROGRAMME_CUES]
    # "Act 2010" alone or "the Bill" has no title word; "Stable Homes" already found is curated; "Statutory Guidance"
    # or "the Treasury’s Spending Review" is only its kind, a generic reference.
    only_kind = " ".join(content).lower() in P.DOCUMENT_CUES
    # "the Kinship Care Strategy 2023": the years left after a curated name name nothing
    only_years = not any(w[:1].isalpha() for w in content)
    # "the Independent Review into adoption": words that describe a kind of document, cut off before what it is
    # into, name none ("the National Framework" alone may be a short name)
    described = key is None and P.TOPIC_FOLLOWS.match(body, end) is not None and all(
        w.lower() in P.DESCRIPTIVE_WORDS | P.DOCUMENT_CUES.keys() for w in content)
    # a keyed name is the body's or chair's, not a title: "… study on destitution across the UK" ends as it likes
    # (a name never runs over a paragraph break: "‘Kinship Local Offer’" heading one, "The Guidance…" opening the next)
    if len(content) < min_words or only_kind or only_years or described or key is None and P.NOT_TITLE.match(title) \
            or P.AMOUNT_UNIT_FIRST.match(title) \
            or PARAGRAPH_SEPARATOR in body[start:end] or any(s < end and start < e for s, e in occupied):
        return None
    end = start + len(body[start:end].rstrip().rstrip(","))
    slug = slugify(key or title)
    if curated and slug not in curated and kind == "statute" and key is None:
        plain = slugify(P.POSSESSIVE_BEFORE_ACT.sub("", title))  # "the Children’s Act 2004"
        if plain in curated:
            slug = plain
    if curated and slug in curated:
        return _Named(start, end, curated[slug])
    named_by = [w for w in content if w.lower() not in P.KIND_WORDS]
    councils = "Strategy" in types and any(w.lower() in P.COUNCIL_DUTY_WORDS for w in named_by) and all(
        w.lower() in P.COUNCIL_DUTY_WORDS | P.DESCRIPTIVE_WORDS or w[:1].isdigit() for w in named_by)
    if key is None and scope and (councils or not P.YEAR_IN_TITLE.search(title) and (
            "Strategy" in types and len(named_by) <= 1 or
            "Budget" not in types and all(w.lower() in P.DESCRIPTIVE_WORDS for w in named_by))):
        slug = slugify(f"{title} {scope}")
    ref = EntityRef(kind, slug)  # type: ignore[arg-type]
    return _Named(start, end, Entity(ref=ref, label=title, types=types, date=_year_of(body, start, title)))


def _year_of(body: str, start: int, title: str) -> str | None:
    """ "Children Act 1989" → 1989; "the 2023 Adoption Strategy" → 2023."""
    inside = P.YEAR_IN_TITLE.search(title)
    if inside:
        return inside.group("year")
    before = P.YEAR_BEFORE.search(body[max(0, start - 12):start])
    return before.group("year") if before else None


def _resolve_generic(body: str, sentences: SentenceIndex, explicit: list[_Named], taken: list[tuple[int, int]],
                     latest: Callable[[str], Entity | None],
                     credit: Callable[[int, int, list[tuple[int, int]]], _Named | None],
                     unlisted: Callable[[re.Match[str]], Entity | None]) -> list[_Named]:
    """Generic references ("the Bill") as mentions of the document of that kind they denote in context; "the
    Budget" or "the Spending Review" that the article names nowhere is the latest one before it (`latest`), a
    Spending Review reference data lacks one of its own (`unlisted`); "the report" with no report named before is the
    report of the body credited with findings around it (`credit`)."""
    out: list[_Named] = []
    for pattern, kind in P.CONTEXTUAL_REFERENCES:
        wanted = P.KIND_TYPES[kind]
        # a titled document whose kind the text never gave ("“A plan for …” argues") may be "the report"
        explicit_of_kind = [n for n in explicit if wanted & set(n.entity.types)
                            or kind == "Report" and n.entity.types == ("PolicyDocument",)]
        candidates = list(explicit_of_kind)
        for m in all_matches(pattern, body):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            target = _antecedent(m.start(), candidates, sentences) or (
                _first_after(m.end(), explicit_of_kind) if kind in P.FORWARD_KINDS else None)
            entity = target.entity if target is not None else latest(kind) if kind in P.DATED_KINDS else None
            if entity is None and kind == "SpendingReview":
                entity = unlisted(m)
            credited = credit(m.start(), m.end(), taken, ahead=False) if entity is None and kind == "Report" else None
            if credited is not None:
                entity = credited.entity
            if entity is not None:
                named = _Named(m.start(), m.end(), entity)
                out.append(named)
                # A resolved "the review" carries the chain on: the next "the review" a few sentences later is the
                # same review even when its name is further back than the window.
                candidates = sorted(candidates + [named], key=lambda n: n.start)
    return out


def _described_subjects(body: str, named: list[_Named], occupied: list[tuple[int, int]]) -> list[_Named]:
    """ "The decision notice says", "A cabinet report, due next week, states": a document named by a description
    alone as the subject of a reporting verb, when nothing else names it and no document of its kind was named
    before (which the description would stand for); named by the description ("decision notice") and keyed to the
    article, as another article's decision notice is another."""
    out: list[_Named] = []
    for m in all_matches(P.DESCRIBED_DOCUMENT_SUBJECT, body):
        start, end, cue = m.start("words"), m.end("cue"), m.group("cue")
        words = m.group("words").split()
        if any(s < end and start < e for s, e in occupied) or any(w in P.PASSING_MODIFIERS for w in words) \
                or any(n.start < start and cue in n.entity.label.lower().split() for n in named):
            continue
        label = " ".join([*words, cue])
        ref = EntityRef("policy", slugify(f"{label} {article_scope(body)}"))
        out.append(_Named(start, end, Entity(ref=ref, label=label,
                                             types=("PolicyDocument", P.DOCUMENT_CUES.get(cue, "Report")))))
    return out


def _unlisted_spending_review(body: str, published: datetime | None, curated: dict[str, Entity], m: re.Match[str]
                              ) -> Entity | None:
    """ "next year’s Spending Review" in June 2018, "the spending review" in an undated page: a Spending Review that
    no curated one answers, named "Spending Review <year>" when the text dates it against the article's date
    ("next year’s", "this year’s", "last year’s"; the curated one of that name if there is one), else "Spending
    Review" keyed to the article (which one it is, the text does not say). "A spending review" is any, and names
    none."""
    if P.INDEFINITE_OPENING.match(body, m.start()):
        return None
    relative = P.RELATIVE_YEAR_BEFORE.search(body, max(0, m.start() - 20), m.start())
    if relative is not None and published is not None:
        year = str(published.year + P.RELATIVE_YEARS[relative.group("which").lower()])
        slug = slugify(f"Spending Review {year}")
        return curated.get(slug) or Entity(ref=EntityRef("policy", slug), label=f"Spending Review {year}",
                                           types=("PolicyDocument", "SpendingReview"), date=year)
    return Entity(ref=EntityRef("policy", slugify(f"Spending Review {article_scope(body)}")), label="Spending Review",
                  types=("PolicyDocument", "SpendingReview"))


def _credited_report(body: str, sentences: SentenceIndex, authors: list[_Author], known: list[_Named], start: int,
                     end: int, occupied: list[tuple[int, int]], ahead: bool = True) -> _Named | None:
    """ "a new report warns", or "the report" with no report named before it: the report of the body the article
    credits with findings nearest to it, within `CREDIT_WINDOW_SENTENCES` ("Research by the Commission on Young Lives
    finds", "according to the National Audit Office", "the NAO found", or right after it: "a new report by children’s
    charity Become", "a study undertaken by UCL"), named "<body> <kind>" (`CREDITED_KINDS`, else "<body> report") and
    keyed to the article, or the body's report the article has named already (`known`: "Barnardo’s report on care
    homes … a study carried out by Barnardo’s"); None when no body is credited (a report with no author named is no
    document of its own). A definite "the report" (not `ahead`) points back: only its own sentence and those before
    it credit a body ("The report said … A budget report from Kent County Council states" is not Kent's)."""
    if any(s < end and start < e for s, e in occupied):
        return None
    index = sentences.number(start)
    first = sentences.sentences[max(0, index - P.CREDIT_WINDOW_SENTENCES)].start
    last = sentences.sentences[min(len(sentences.sentences) - 1, index + P.CREDIT_WINDOW_SENTENCES * ahead)].end
    credited = [a for a in authors if first <= a.start and a.end <= last and a.kind_label not in P.NEWS_KINDS and (
        P.CREDITED_BEFORE.search(body, max(0, a.start - 30), a.start) or P.CREDITED_AFTER.match(body, a.end)
        or P.REPORT_BY_AUTHOR.fullmatch(body, end, a.start))]
    if not credited:
        # "…, according to a damning new report. The National Audit Office report warns …": the one report of a
        # body the window names, by that body's name
        owned = {n.entity.ref: n.entity for n in known if first <= n.start and n.end <= last
                 and P.KIND_TYPES["Report"] & set(n.entity.types)
                 and any(n.entity.label.startswith(f"{a.label} ") for a in authors)}
        return _Named(start, end, next(iter(owned.values()))) if len(owned) == 1 else None
    owner = min(credited, key=lambda a: abs(a.start - start))
    named = [n.entity for n in known if n.entity.label.startswith(owner.label) and P.KIND_TYPES["Report"] & set(
        n.entity.types)]
    if named:
        return _Named(start, end, named[0])
    kind = body[start:end].split()[-1].lower()
    label = f"{owner.label} {kind if kind in P.CREDITED_KINDS else 'report'}"
    return _Named(start, end, Entity(ref=EntityRef("policy", slugify(f"{label} {article_scope(body)}")), label=label,
                                     types=("PolicyDocument", "Report")))


def _latest_of_kind(published: datetime | None, gazetteer: Gazetteer | None, kind: str,
                    which: Callable[[ReferenceEntity], bool] = lambda _: True) -> Entity | None:
    """The curated document of a kind ("Budget") dated latest on or before the publication day, within
    `P.DATED_KIND_REACH_DAYS`: what news means by "the Budget" when it names no other; with none, the one dated
    first after it within `P.DATED_KIND_AHEAD_DAYS` (the one to come: "funding … in the Spending Review" in April
    when one is set for June). Only those `which` accepts count. None when undated."""
    if published is None or gazetteer is None:
        return None
    day = published.date().isoformat()
    earliest = (published - timedelta(days=P.DATED_KIND_REACH_DAYS)).date().isoformat()
    latest = (published + timedelta(days=P.DATED_KIND_AHEAD_DAYS)).date().isoformat()
    of_kind = [(e.date[:10], e) for e in gazetteer.entities if e.date and P.KIND_TYPES[kind] & set(e.types)
               and which(e)]
    before = [(d, e) for d, e in of_kind if earliest <= d <= day]
    ahead = [(d, e) for d, e in of_kind if day < d <= latest]
    if not before and not ahead:
        return None
    _, e = max(before, key=lambda de: de[0]) if before else min(ahead, key=lambda de: de[0])
    return Entity(ref=e.ref, label=e.label, types=e.types, kind_label=e.kind_label, aliases=e.aliases,
                  date=e.date, reference=True)


def _antecedent(offset: int, candidates: list[_Named], sentences: SentenceIndex) -> _Named | None:
    """The nearest candidate before `offset` within `CONTEXT_WINDOW_SENTENCES` sentences."""
    starts = sentences.starts
    here = sentences.at(offset).start
    index = starts.index(here) if here in starts else 0
    window_start = starts[max(0, index - P.CONTEXT_WINDOW_SENTENCES)]
    before = [n for n in candidates if window_start <= n.start < offset]
    return before[-1] if before else None


def _first_after(offset: int, candidates: list[_Named]) -> _Named | None:
    after = [n for n in candidates if n.start >= offset]
    return after[0] if after else None
