"""The index's and the read model's rows of one article, built from its extraction: the objects
`graph.mapping` writes as triples, read again here into each row the store would answer for the article's graph.

An ingest worker calls this instead of reading its article back by SPARQL (`search.article_index_rows`, which
`sync` and `cscgraph rebuild-read-model` still use on the store). Each row is what the store gives back: the
same columns, in each canned query's (`readmodel.TABLES`) or the search index's order, the same values (IRIs as
written, literals in Oxigraph's canonical forms, `terms.stored_value`), the same rows a DISTINCT query keeps.
`tests/test_extraction_rows.py` holds the two equal on the corpus and on generated articles; a change to the
mapping or to a cached query that this module does not follow fails there.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

from cscgraph import links, readmodel
from cscgraph.graph.mapping import STANCES, ArticleGraph, node, role_entity
from cscgraph.graph.namespaces import CSC, RDFS, SCHEMA, Minter
from cscgraph.graph.terms import iri, stored_value
from cscgraph.models import Entity, EntityRef, Evidence, Extraction, Quote
from cscgraph.search import ArticleRows
from cscgraph.store import literal_triples

__all__ = ["Names", "extraction_rows"]

Row = dict[str, str | None]
_LABEL, _NAME = f"{RDFS}label", f"{SCHEMA}name"
_TABLES = {table.name: table for table in readmodel.TABLES}


class Names:
    """The names (`rdfs:label`, `schema:name`) the shared graphs give each IRI: read once from the ontology's and
    the reference data's N-Triples, as the index's queries find them in the store."""

    def __init__(self, graphs: Iterable[str]) -> None:
        self._names: dict[tuple[str, str], list[str]] = defaultdict(list)
        for ntriples in graphs:
            for subject, predicate, value in literal_triples(ntriples, {_LABEL, _NAME}):
                if value not in self._names[subject, predicate]:
                    self._names[subject, predicate].append(value)

    def of(self, subject: str, predicates: tuple[str, ...], added: Mapping[tuple[str, str], list[str]]) -> list[str]:
        """The values of `predicates` for `subject`, from the shared graphs and from `added` (what the article
        adds to the entities graph)."""
        return list(dict.fromkeys(value for p in predicates
                                  for value in (*self._names.get((subject, p), ()), *added.get((subject, p), ()))))


def _iri(value: str) -> str:
    return iri(value)[1:-1]


def _distinct(rows: Iterable[tuple[str | None, ...]]) -> list[tuple[str | None, ...]]:
    return list(dict.fromkeys(rows))


class _Article:
    """One article's extraction with the IRIs and values its graph holds for it."""

    def __init__(self, extraction: Extraction, mapped: ArticleGraph, minter: Minter) -> None:
        self.extraction, self.mapped, self.minter = extraction, mapped, minter
        self.a = _iri(mapped.article)
        published = extraction.article.published
        self.published = stored_value(published) if published else None
        self.date = stored_value(published.date()) if published else None

    def entity(self, ref: EntityRef) -> str:
        return _iri(self.minter.entity(ref))

    def optional(self, ref: EntityRef | None) -> str | None:
        return self.entity(ref) if ref else None

    def sentence(self, evidence: Evidence) -> dict[str, str | None]:
        return {"sentence": _iri(node(self.mapped.article, "sentence", f"{evidence.start}-{evidence.end}")),
                "evidence": stored_value(evidence.text), "start": str(evidence.start), "end": str(evidence.end)}

    def row(self, table: str, values: Row, graph: str | None = None) -> tuple[str | None, ...]:
        """A row of `table` for this article's graph (or `graph`, a shared one), its columns from `values`."""
        unbound = "" if _TABLES[table].shared else None
        return (graph or self.mapped.graph, *(value if (value := values.get(c)) is not None else unbound
                                              for c in _TABLES[table].columns))


def extraction_rows(extraction: Extraction, mapped: ArticleGraph, minter: Minter, names: Names,
                    publisher: Entity | None = None) -> ArticleRows:
    """What the index keeps for the article `mapped` is the graph of (`mapping.article_graph(extraction, …,
    publisher=publisher)`), with the rows of the shared tables from what it adds to the entities graph."""
    art = _Article(extraction, mapped, minter)
    written = [e for e in (*extraction.entities, *([publisher] if publisher else ())) if not e.reference]
    roles = [m.role for _, m in mapped.memberships] + [q.role for q in extraction.quotes if q.role]
    added: dict[tuple[str, str], list[str]] = defaultdict(list)
    shared_names: list[tuple[str | None, ...]] = []
    for entity in written:
        e, label = art.entity(entity.ref), stored_value(entity.label)
        for predicate in (_LABEL, _NAME):
            added[e, predicate].append(label)
        shared_names.append(art.row("entity_names", {"entity": e, "label": label}, minter.entities_graph))
        if entity.date:
            shared_names.append(art.row("entity_names", {"entity": e, "date": entity.date}, minter.entities_graph))
    for role in roles:
        r, label = art.entity(role_entity(role)), stored_value(role)
        added[r, _LABEL].append(label)
        shared_names.append(art.row("entity_names", {"entity": r, "label": label}, minter.entities_graph))
    tables = {"funding_streams": _funding(art, False), "entity_quotes": _quotes(art),
              "entity_mentions": _mentions(art), "entity_funding": _funding(art, True),
              "entity_claims": _claims(art), "entity_roles": _roles(art), "entity_names": _names(art),
              "lineage_measures": _lineage_measures(art), "article_list": [_listed(art, publisher)],
              "quote_finder": _quote_finder(art), "entity_links": links.link_rows(mapped.graph, mapped.ntriples)}
    role_names = sorted({(r, label) for _, m in mapped.memberships
                         for r in [art.entity(role_entity(m.role))]
                         for label in names.of(r, (_LABEL,), added)})
    return ArticleRows(_docs(art, names, added), _claim_rows(art), {n: tables[n] for n in _TABLES}, role_names,
                       len(mapped.triples), {"entity_names": _distinct(shared_names),
                                             "entity_links": links.link_rows(minter.entities_graph,
                                                                             "".join(mapped.shared))})


def _listed(art: _Article, publisher: Entity | None) -> tuple[str | None, ...]:
    """article-list's row: the article's headline, date, publisher, source file, and how many quotes, funding
    streams and lineage claims its graph holds (unbound when none)."""
    ex = art.extraction
    counts = {name: str(n) if n else None for name, n in (("quotes", len(ex.quotes)), ("funding", len(ex.funding)),
                                                            ("claims", len(ex.lineage)))}
    return art.row("article_list", {"article": art.a, "headline": stored_value(ex.article.title),
                                    "published": art.published, "source": stored_value(ex.article.source),
                                    "publisher": art.optional(publisher.ref if publisher else None)} | counts)


def _docs(art: _Article, names: Names, added: Mapping[tuple[str, str], list[str]]) -> list[tuple[str, str, str, str]]:
    ex = art.extraction
    docs = {(art.a, "article", stored_value(ex.article.title)): stored_value(ex.article.body)}
    for n, quote in enumerate(ex.quotes, 1):
        q, text = _iri(node(art.mapped.article, "quote", n)), stored_value(quote.text)
        labels = names.of(art.entity(quote.speaker), (_NAME, _LABEL), added) if quote.speaker else [""]
        for label in labels:
            docs[q, "quote", label] = text
    for entity in dict.fromkeys(art.entity(m.entity) for m in ex.mentions):
        for label in names.of(entity, (_LABEL,), added):
            docs[entity, "entity", label] = ""
    return [(*key, text) for key, text in docs.items()]


def _claim_rows(art: _Article) -> list[tuple[str | None, ...]]:
    rows = []
    for n, claim in enumerate(art.extraction.lineage, 1):
        rows.append((art.mapped.graph, _iri(node(art.mapped.article, "claim", n)), art.entity(claim.subject),
                     f"{CSC}{claim.relation}", art.entity(claim.object), art.sentence(claim.evidence)["sentence"],
                     art.a, art.published))
    return rows


def _funding(art: _Article, by_entity: bool) -> list[tuple[str | None, ...]]:
    """funding-streams' rows (a stream × each recipient × each thing funded), or entity-funding's (those rows for
    each entity the stream links)."""
    rows = []
    for n, stream in enumerate(art.extraction.funding, 1):
        base: Row = {"stream": _iri(node(art.mapped.article, "funding", n)),
                     "amountGBP": stored_value(float(stream.amount_gbp)),
                     "approximate": stored_value(stream.approximate), "period": _text(stream.period),
                     "purpose": _text(stream.purpose), "kind": _text(stream.kind),
                     "funder": art.optional(stream.funder), "article": art.a, "published": art.published,
                     "exact": stored_value(stream.span.text), "start": str(stream.span.start),
                     "end": str(stream.span.end), "evidence": art.sentence(stream.evidence)["evidence"]}
        recipients = [art.entity(r) for r in stream.recipients] or [None]
        funded = [art.entity(f) for f in stream.funds] or [None]
        linked = [*([base["funder"]] if stream.funder else []), *(art.entity(r) for r in stream.recipients),
                  *(art.entity(f) for f in stream.funds)]
        for entity in (dict.fromkeys(linked) if by_entity else [None]):
            for recipient in recipients:
                for thing in funded:
                    values = base | {"entity": entity, "recipient": recipient, "funded": thing}
                    rows.append(art.row("entity_funding" if by_entity else "funding_streams", values))
    return _distinct(rows)


def _text(value: str | None) -> str | None:
    return stored_value(value) if value else None


def _quote_values(art: _Article, n: int, quote: Quote) -> Row:
    """What a row of entity-quotes or quote-finder holds of the article's `n`th quote."""
    return {"quote": _iri(node(art.mapped.article, "quote", n)), "text": stored_value(quote.text),
            "speaker": art.optional(quote.speaker),
            "role": art.entity(role_entity(quote.role)) if quote.role else None,
            "organisation": art.optional(quote.organisation),
            "stance": STANCES[quote.stance] if quote.stance else None,
            "article": art.a, "published": art.published, "start": str(quote.span.start),
            "end": str(quote.span.end)}


def _quotes(art: _Article) -> list[tuple[str | None, ...]]:
    rows = []
    for n, quote in enumerate(art.extraction.quotes, 1):
        values = _quote_values(art, n, quote)
        links = [*(("by", quote.speaker),) * bool(quote.speaker), *(("body", quote.organisation),) *
                 bool(quote.organisation), *(("about", about) for about in quote.about)]
        for relation, entity in links:
            rows.append(art.row("entity_quotes", values | {"entity": art.entity(entity), "relation": relation}))
    return _distinct(rows)


def _quote_finder(art: _Article) -> list[tuple[str | None, ...]]:
    """quote-finder's rows of each quote: one a topic, or one with none."""
    rows = []
    for n, quote in enumerate(art.extraction.quotes, 1):
        values = _quote_values(art, n, quote)
        for about in [art.entity(a) for a in quote.about] or [None]:
            rows.append(art.row("quote_finder", values | {"about": about}))
    return _distinct(rows)


def _mentions(art: _Article) -> list[tuple[str | None, ...]]:
    """entity-mentioned-in's row for each entity the article mentions: its mentions (distinct nodes, one per
    span) and the first one's offset."""
    spans: dict[str, set[tuple[int, int]]] = defaultdict(set)
    for mention in art.extraction.mentions:
        spans[art.entity(mention.entity)].add((mention.span.start, mention.span.end))
    return [art.row("entity_mentions", {"entity": entity, "article": art.a, "published": art.published,
                                        "mentions": str(len(found)), "start": str(min(found)[0])})
            for entity, found in spans.items()]


def _claims(art: _Article) -> list[tuple[str | None, ...]]:
    rows = []
    for n, claim in enumerate(art.extraction.lineage, 1):
        values: Row = {"claim": _iri(node(art.mapped.article, "claim", n)), "from": art.entity(claim.subject),
                       "relation": f"{CSC}{claim.relation}", "to": art.entity(claim.object),
                       "measure": art.optional(claim.measure), "curated": None, "article": art.a,
                       "published": art.published, **art.sentence(claim.evidence)}
        for entity in dict.fromkeys(filter(None, (claim.subject, claim.object, claim.measure))):
            rows.append(art.row("entity_claims", values | {"entity": art.entity(entity)}))
    return _distinct(rows)


def _roles(art: _Article) -> list[tuple[str | None, ...]]:
    rows = []
    for m_iri, membership in art.mapped.memberships:
        # The role's name lives in the entities graph, outside the article's graph the query reads: the listing
        # joins it from role_names.
        values: Row = {"membership": _iri(m_iri), "person": art.entity(membership.person),
                       "role": art.entity(role_entity(membership.role)), "roleName": None,
                       "organisation": art.optional(membership.organisation), "date": art.date, "article": art.a,
                       **art.sentence(membership.evidence)}
        for entity in filter(None, (membership.person, membership.organisation)):
            rows.append(art.row("entity_roles", values | {"entity": art.entity(entity)}))
    return _distinct(rows)


def _names(art: _Article) -> list[tuple[str | None, ...]]:
    """entity-catalogue's facts in the article's graph: its headline and date, and each membership's date."""
    ex = art.extraction
    rows = [art.row("entity_names", {"entity": art.a, "label": stored_value(ex.article.title)})]
    if art.published:
        rows.append(art.row("entity_names", {"entity": art.a, "date": art.published}))
        rows += [art.row("entity_names", {"entity": _iri(m_iri), "date": art.date})
                 for m_iri, _ in art.mapped.memberships]
    return rows


def _lineage_measures(art: _Article) -> list[tuple[str | None, ...]]:
    return [art.row("lineage_measures", {"claim": _iri(node(art.mapped.article, "claim", n)),
                                         "from": art.entity(claim.subject), "relation": f"{CSC}{claim.relation}",
                                         "to": art.entity(claim.object), "measure": art.optional(claim.measure),
                                         "curated": None})
            for n, claim in enumerate(art.extraction.lineage, 1)]
