"""Extraction → the N-Triples of one article's named graph, exactly as ontology/MAPPING.md describes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from cscgraph.extract.slugs import slugify
from cscgraph.graph.namespaces import CSC, DCTERMS, OA, ORG, PROV, RDF, RDFS, SCHEMA, XSD, Minter
from cscgraph.graph.terms import iri, literal
from cscgraph.ingest import article_id
from cscgraph.models import Entity, EntityRef, Evidence, Extraction, Membership, Span

A = f"<{RDF}type>"

# The class each entity kind is written with when the article, not reference data, describes it.
KIND_CLASSES: dict[str, tuple[str, ...]] = {
    "person": (f"{SCHEMA}Person",),
    "organisation": (f"{SCHEMA}Organization",),
    "policy": (f"{CSC}PolicyDocument",),
    "statute": (f"{CSC}Statute",),
    "measure": (f"{CSC}Measure",),
    "programme": (f"{CSC}Programme",),
}
# Body kinds that make an organisation a schema:GovernmentOrganization.
GOVERNMENT_KINDS = frozenset({"government department", "regulator", "council", "parliament", "court",
                              "government", "non-departmental public body"})
SCHEMA_TYPES = frozenset({"Person", "Organization", "GovernmentOrganization", "Legislation", "NewsArticle"})
STANCES = {"supports": f"{CSC}Supports", "opposes": f"{CSC}Opposes"}


@dataclass(frozen=True)
class ArticleGraph:
    """The named graph of one article (its IRI, id, content hash and triples), plus the descriptions of the
    entities it names, which go to the shared entities graph.

    Entity descriptions (labels, classes, kinds, role labels) are written once into `Minter.entities_graph`
    rather than into every article graph that names the entity: Oxigraph's union default graph is a multiset, so
    a label repeated in N article graphs would join N times in every query.
    """

    graph: str
    article: str
    article_id: str
    content_hash: str
    triples: tuple[str, ...]
    shared: tuple[str, ...] = ()
    memberships: tuple[tuple[str, Membership], ...] = ()
    """Each membership node's IRI, with the statement it was written from (its first: person, role, body and
    evidence sentence), in the order written."""

    @property
    def ntriples(self) -> str:
        return "".join(self.triples)

    @property
    def shared_ntriples(self) -> str:
        return "".join(self.shared)


class _Writer:
    """Collects triples, each written once, in a stable order."""

    def __init__(self) -> None:
        self.lines: dict[str, None] = {}
        self.sentences: dict[Evidence, str] = {}
        """Each evidence sentence's node, once written: the facts of one sentence share its lines."""

    def add(self, s: str, p: str, o: str) -> None:
        self.lines[f"{s} {p} {o} .\n"] = None


def node(a_iri: str, kind: str, key: object) -> str:
    """The IRI of a node the article's graph mints under its article's IRI: a `quote`, `funding` stream, `claim`
    or `membership` numbered from 1 in the order written, a `mention` or `sentence` keyed by its offsets.

    >>> node("https://e.org/article/a1", "sentence", "10-42")
    'https://e.org/article/a1/sentence/10-42'
    """
    return f"{a_iri}/{kind}/{key}"


def role_entity(role: str) -> EntityRef:
    """The role a role as written names (one per slug: "Chief Executive" and "chief executive" are one role)."""
    return EntityRef("role", slugify(role))


def article_graph(extraction: Extraction, minter: Minter, ingested_at: datetime, extractor_version: str,
                  publisher: Entity | None = None) -> ArticleGraph:
    """Every triple one article contributes, under IRIs minted by `minter`."""
    art = extraction.article
    aid = article_id(art)
    a_iri = minter.article(aid)
    w, shared = _Writer(), _Writer()
    s = iri(a_iri)
    _write_article(w, shared, extraction, s, aid, ingested_at, extractor_version, publisher, minter)
    for entity in extraction.entities:
        if not entity.reference:
            _write_entity(shared, entity, minter)
    memberships: dict[tuple[str, str, str], tuple[str, Membership]] = {}
    for mention in extraction.mentions:
        # A mention is the commonest node (about 24 in a news article): its class is left to csc:mentionOf and its
        # words to the article body, cut at its offsets.
        m = iri(node(a_iri, "mention", f"{mention.span.start}-{mention.span.end}"))
        w.add(s, f"<{SCHEMA}mentions>", iri(minter.entity(mention.entity)))
        w.add(m, f"<{CSC}mentionOf>", iri(minter.entity(mention.entity)))
        _write_span(w, m, mention.span, exact=False)
        _write_fact(w, m, s, a_iri, mention.evidence)
    for membership in extraction.memberships:
        _write_membership(w, shared, memberships, membership.person, membership.role, membership.organisation,
                          membership.evidence, s, a_iri, art.published, minter)
    for n, quote in enumerate(extraction.quotes, 1):
        q = iri(node(a_iri, "quote", n))
        w.add(s, f"<{SCHEMA}citation>", q)
        w.add(q, A, f"<{SCHEMA}Quotation>")
        w.add(q, f"<{SCHEMA}text>", literal(quote.text))
        _write_span(w, q, quote.span, exact=False)
        _write_fact(w, q, s, a_iri, quote.evidence)
        if quote.speaker:
            w.add(q, f"<{SCHEMA}creator>", iri(minter.entity(quote.speaker)))
        if quote.role:
            w.add(q, f"<{CSC}speakerRole>", _role(shared, quote.role, minter))
        if quote.organisation:
            w.add(q, f"<{CSC}speakerOrganisation>", iri(minter.entity(quote.organisation)))
        if quote.speaker and quote.speaker.kind == "person" and quote.role:
            m = _write_membership(w, shared, memberships, quote.speaker, quote.role, quote.organisation,
                                  quote.evidence, s, a_iri, art.published, minter)
            w.add(q, f"<{CSC}inCapacity>", m)
        for about in quote.about:
            w.add(q, f"<{SCHEMA}about>", iri(minter.entity(about)))
        if quote.stance:
            w.add(q, f"<{CSC}stance>", f"<{STANCES[quote.stance]}>")
        if quote.cue:
            w.add(q, f"<{CSC}cue>", literal(quote.cue))
    for n, stream in enumerate(extraction.funding, 1):
        f_iri = node(a_iri, "funding", n)
        f = iri(f_iri)
        w.add(f, A, f"<{CSC}FundingStream>")
        w.add(f, A, f"<{SCHEMA}MonetaryGrant>")
        w.add(f, f"<{CSC}amountGBP>", literal(float(stream.amount_gbp)))
        w.add(f, f"<{CSC}approximate>", literal(stream.approximate))
        amount = iri(f"{f_iri}/amount")
        w.add(f, f"<{SCHEMA}amount>", amount)
        w.add(amount, A, f"<{SCHEMA}MonetaryAmount>")
        w.add(amount, f"<{SCHEMA}value>", literal(float(stream.amount_gbp)))
        w.add(amount, f"<{SCHEMA}currency>", literal("GBP"))
        for prop, value in ((f"{CSC}period", stream.period), (f"{CSC}purpose", stream.purpose),
                            (f"{CSC}fundingKind", stream.kind)):
            if value:
                w.add(f, f"<{prop}>", literal(value))
        if stream.funder:
            w.add(f, f"<{SCHEMA}funder>", iri(minter.entity(stream.funder)))
        for recipient in stream.recipients:
            w.add(f, f"<{CSC}recipient>", iri(minter.entity(recipient)))
        for funded in stream.funds:
            w.add(f, f"<{CSC}funds>", iri(minter.entity(funded)))
        _write_span(w, f, stream.span)
        _write_fact(w, f, s, a_iri, stream.evidence)
    for n, claim in enumerate(extraction.lineage, 1):
        c = iri(node(a_iri, "claim", n))
        subject, relation, obj = iri(minter.entity(claim.subject)), f"<{CSC}{claim.relation}>", \
            iri(minter.entity(claim.object))
        w.add(c, A, f"<{CSC}LineageClaim>")
        w.add(c, A, f"<{RDF}Statement>")
        w.add(c, f"<{RDF}subject>", subject)
        w.add(c, f"<{RDF}predicate>", relation)
        w.add(c, f"<{RDF}object>", obj)
        if claim.measure:
            w.add(c, f"<{CSC}measure>", iri(minter.entity(claim.measure)))
        _write_fact(w, c, s, a_iri, claim.evidence)
        w.add(subject, relation, obj)
    return ArticleGraph(minter.article_graph(aid), a_iri, aid, art.content_hash, tuple(w.lines),
                        tuple(shared.lines), tuple(memberships.values()))


def _write_article(w: _Writer, shared: _Writer, extraction: Extraction, s: str, aid: str, ingested_at: datetime,
                   extractor_version: str, publisher: Entity | None, minter: Minter) -> None:
    art = extraction.article
    activity = iri(f"{minter.article(aid)}/ingest")
    w.add(s, A, f"<{SCHEMA}NewsArticle>")
    w.add(s, A, f"<{PROV}Entity>")
    w.add(s, f"<{SCHEMA}headline>", literal(art.title))
    w.add(s, f"<{SCHEMA}articleBody>", literal(art.body))
    w.add(s, f"<{DCTERMS}identifier>", literal(aid))
    w.add(s, f"<{DCTERMS}source>", literal(art.source))
    w.add(s, f"<{CSC}contentHash>", literal(art.content_hash))
    w.add(s, f"<{PROV}wasGeneratedBy>", activity)
    if art.url:
        w.add(s, f"<{SCHEMA}url>", iri(art.url))
    if art.published:
        w.add(s, f"<{SCHEMA}datePublished>", literal(art.published))
    if art.summary:
        w.add(s, f"<{SCHEMA}abstract>", literal(art.summary))
    if publisher:
        w.add(s, f"<{SCHEMA}publisher>", iri(minter.entity(publisher.ref)))
        if not publisher.reference:
            _write_entity(shared, publisher, minter)
    w.add(activity, A, f"<{PROV}Activity>")
    w.add(activity, f"<{PROV}endedAtTime>", literal(ingested_at))
    w.add(activity, f"<{CSC}extractorVersion>", literal(extractor_version))
    w.add(activity, f"<{PROV}used>", literal(art.source))


def _write_entity(w: _Writer, entity: Entity, minter: Minter) -> None:
    e = iri(minter.entity(entity.ref))
    classes = list(KIND_CLASSES.get(entity.ref.kind, ()))
    if entity.ref.kind == "organisation" and entity.kind_label in GOVERNMENT_KINDS:
        classes.append(f"{SCHEMA}GovernmentOrganization")
    classes += [f"{SCHEMA if t in SCHEMA_TYPES else CSC}{t}" for t in entity.types]
    for cls in classes:
        w.add(e, A, f"<{cls}>")
    w.add(e, f"<{RDFS}label>", literal(entity.label))
    w.add(e, f"<{SCHEMA}name>", literal(entity.label))
    if entity.kind_label:
        w.add(e, f"<{CSC}organisationKind>", literal(entity.kind_label))
    for alias in entity.aliases:
        w.add(e, "<http://www.w3.org/2004/02/skos/core#altLabel>", literal(alias))
    if entity.date:
        w.add(e, f"<{DCTERMS}date>", f'"{entity.date}"^^<{XSD}gYear>')


def _write_membership(w: _Writer, shared: _Writer, written: dict[tuple[str, str, str], tuple[str, Membership]],
                      person: EntityRef, role: str, organisation: EntityRef | None, evidence: Evidence, s: str,
                      a_iri: str, published: datetime | None, minter: Minter) -> str:
    """The article's membership node for (person, role, body), written with its first evidence sentence."""
    key = (str(person), slugify(role), str(organisation))
    if key in written:
        return iri(written[key][0])
    m_iri = node(a_iri, "membership", len(written) + 1)
    written[key] = (m_iri, Membership(person, role, organisation, evidence))
    m = iri(m_iri)
    w.add(m, A, f"<{ORG}Membership>")
    w.add(m, f"<{ORG}member>", iri(minter.entity(person)))
    w.add(m, f"<{ORG}role>", _role(shared, role, minter))
    if organisation:
        w.add(m, f"<{ORG}organization>", iri(minter.entity(organisation)))
    if published:
        w.add(m, f"<{DCTERMS}date>", literal(published.date()))
    _write_fact(w, m, s, a_iri, evidence)
    return m


def _role(shared: _Writer, role: str, minter: Minter) -> str:
    r = iri(minter.entity(role_entity(role)))
    shared.add(r, A, f"<{ORG}Role>")
    shared.add(r, f"<{RDFS}label>", literal(role))
    return r


def _write_span(w: _Writer, node: str, span: Span, exact: bool = True) -> None:
    w.add(node, f"<{OA}start>", literal(span.start))
    w.add(node, f"<{OA}end>", literal(span.end))
    if exact:
        w.add(node, f"<{OA}exact>", literal(span.text))


def _write_fact(w: _Writer, node: str, article: str, a_iri: str, evidence: Evidence) -> None:
    """Tie a fact to its article and its evidence sentence."""
    w.add(node, f"<{PROV}wasDerivedFrom>", article)
    w.add(node, f"<{CSC}evidence>", _write_sentence(w, a_iri, evidence))


def _write_sentence(w: _Writer, a_iri: str, evidence: Evidence) -> str:
    """The evidence sentence: one node, both a W3C text-quote and a text-position selector, shared by every fact
    and mention it supports (the writer keeps each line once)."""
    # A sentence written before has its lines: writing them again, its text escaped each time, cost a fifth of
    # the mapping's CPU (about 36 facts and mentions an article, on fewer sentences).
    sent = w.sentences.get(evidence)
    if sent is None:
        sent = w.sentences[evidence] = iri(node(a_iri, "sentence", f"{evidence.start}-{evidence.end}"))
        w.add(sent, A, f"<{OA}TextQuoteSelector>")
        w.add(sent, A, f"<{OA}TextPositionSelector>")
        w.add(sent, f"<{OA}exact>", literal(evidence.text))
        w.add(sent, f"<{OA}start>", literal(evidence.start))
        w.add(sent, f"<{OA}end>", literal(evidence.end))
    return sent
