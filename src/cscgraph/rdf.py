"""rdflib and pySHACL behind five functions: read the reference data, validate, serialise, document the ontology,
and read what a SPARQL text is (`read_sparql`, for the endpoint's checks).

This is the only module that imports rdflib. The store (pyoxigraph) writes and reads quads; what needs a full RDF
toolkit — Turtle parsing of the curated reference files, SHACL validation, Turtle/JSON-LD output, the ontology's
HTML page — lives here, so rdflib's size and global state stay out of the rest of the package.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from typing import Literal as TypingLiteral
from typing import get_args

from rdflib import RDF, RDFS, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS, XSD
from rdflib.term import Node

from cscgraph.errors import ReadError, ValidationError
from cscgraph.models import EntityKind, EntityRef, ReferenceEntity
from cscgraph.resources import data_dir

__all__ = ["load_reference", "validate", "serialise", "ontology_document", "read_sparql", "SparqlShape", "PREFIXES"]

CSC = Namespace("https://w3id.org/cscgraph/ontology#")
CSCID = Namespace("https://w3id.org/cscgraph/")
SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
OA = Namespace("http://www.w3.org/ns/oa#")
SH = Namespace("http://www.w3.org/ns/shacl#")

PREFIXES: dict[str, str] = {
    "csc": str(CSC), "cscid": str(CSCID), "schema": str(SCHEMA), "prov": str(PROV), "org": str(ORG),
    "oa": str(OA), "skos": str(SKOS), "dcterms": str(DCTERMS), "rdf": str(RDF), "rdfs": str(RDFS),
    "xsd": str(XSD), "owl": str(OWL),
}
"""The prefixes of MAPPING.md (plus rdf, rdfs, xsd, owl), bound on every graph this module writes out."""

_KIND_PREFIXES: dict[str, str] = {kind: f"{CSCID}{kind}/" for kind in sorted(get_args(EntityKind))}
"""`person:` for `cscid:person/`, …: Turtle cannot abbreviate `cscid:person/x` (no `/` in a local name)."""

# rdflib format names for the names the CLI and the store use.
_PARSE_FORMATS = {"nquads": "nquads", "trig": "trig", "turtle": "turtle", "ttl": "turtle", "ntriples": "nt",
                  "nt": "nt", "jsonld": "json-ld", "json-ld": "json-ld", "xml": "xml"}
_DATASET_FORMATS = frozenset({"nquads", "trig"})
_SERIALISE_FORMATS = {"turtle": "turtle", "jsonld": "json-ld", "rdfxml": "xml"}


# --------------------------------------------------------------------------------------------------------------
# Reference data
# --------------------------------------------------------------------------------------------------------------

def load_reference(folder: Path) -> tuple[ReferenceEntity, ...]:
    """Read every `*.ttl` in `folder` (the curated `ontology/reference/`) into reference entities, sorted by IRI.

    An individual is read when its IRI is `https://w3id.org/cscgraph/<kind>/<slug>` with a known kind, it has an
    `rdf:type` and an `rdfs:label`; concept schemes and curated claim nodes are skipped. The result is cached per
    folder and the files' modification times, so calling it again is free until a file changes.
    """
    folder = Path(folder).resolve()
    if not folder.is_dir():
        raise ReadError(str(folder), "reference folder does not exist")
    stamp = tuple((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in sorted(folder.glob("*.ttl")))
    return _load_reference_cached(folder, stamp)


@functools.lru_cache(maxsize=8)
def _load_reference_cached(folder: Path, stamp: tuple[tuple[str, int, int], ...]) -> tuple[ReferenceEntity, ...]:
    entities: dict[str, ReferenceEntity] = {}
    based_on: dict[str, set[EntityRef]] = {}
    for name, _, _ in stamp:
        path = folder / name
        graph = Graph()
        try:
            graph.parse(path, format="turtle")
        except Exception as exc:  # rdflib raises several unrelated types for bad Turtle
            raise ReadError(str(path), f"not valid Turtle: {exc}") from exc
        for entity in _reference_entities(graph, str(path)):
            key = str(entity.ref)
            if key in entities and entities[key] != entity:
                raise ReadError(str(path), f"{key} is also described, differently, in another reference file")
            entities[key] = entity
        # the curated lineage (lineage.ttl) states what a document answers, apart from the document's description
        for subject, source in graph.subject_objects(CSC.basedOn):
            ref, of = (_entity_ref(n) if isinstance(n, URIRef) else None for n in (source, subject))
            if ref is not None and of is not None:
                based_on.setdefault(str(of), set()).add(ref)
    return tuple(dataclasses.replace(entities[key], based_on=tuple(sorted(based_on[key], key=str)))
                 if key in based_on else entities[key] for key in sorted(entities))


_SKIPPED_CLASSES = frozenset({SKOS.ConceptScheme, CSC.LineageClaim, RDF.Statement})


def _reference_entities(graph: Graph, source: str) -> Iterable[ReferenceEntity]:
    for subject in sorted({s for s in graph.subjects(RDF.type, None) if isinstance(s, URIRef)}):
        ref = _entity_ref(subject)
        classes = set(graph.objects(subject, RDF.type))
        if ref is None or classes & _SKIPPED_CLASSES:
            continue
        labels = sorted({str(o) for o in graph.objects(subject, RDFS.label)})
        if not labels:
            raise ReadError(source, f"{subject} has no rdfs:label; add its canonical name")
        if len(labels) > 1:
            raise ReadError(source, f"{subject} has {len(labels)} rdfs:label values {labels}; keep one, "
                                    "move the others to skos:altLabel")
        label = labels[0]
        aliases = {str(o) for o in graph.objects(subject, SKOS.altLabel)}
        aliases |= {str(o) for o in graph.objects(subject, SKOS.prefLabel)}
        aliases.discard(label)
        yield ReferenceEntity(
            ref=ref,
            label=label,
            aliases=tuple(sorted(aliases)),
            types=tuple(sorted(_local_name(c) for c in classes if isinstance(c, URIRef))),
            kind_label=_first(graph.objects(subject, CSC.organisationKind)),
            acronym=_first(graph.objects(subject, CSC.acronym)),
            date=_first(graph.objects(subject, DCTERMS.date)) or _first(graph.objects(subject, SCHEMA.datePublished)),
            signatures=tuple(sorted(str(o) for o in graph.objects(subject, CSC.signature))),
            author=_first(graph.objects(subject, SCHEMA.author)),
            match_case=any(bool(o.toPython()) for o in graph.objects(subject, CSC.matchCase)),
        )


def _entity_ref(iri: URIRef) -> EntityRef | None:
    """`https://w3id.org/cscgraph/person/andy-smith` → EntityRef("person", "andy-smith"); None for other IRIs."""
    text = str(iri)
    if not text.startswith(str(CSCID)) or text.startswith(str(CSC)):
        return None
    parts = text[len(str(CSCID)):].split("/")
    if len(parts) != 2 or parts[0] not in _KIND_PREFIXES or not parts[1]:
        return None
    return EntityRef(parts[0], parts[1])  # type: ignore[arg-type]  # checked against EntityKind above


def _first(values: Iterable[Node]) -> str | None:
    found = sorted(str(v) for v in values)
    return found[0] if found else None


def _local_name(iri: URIRef | str) -> str:
    text = str(iri)
    for sep in ("#", "/"):
        if sep in text:
            text = text.rsplit(sep, 1)[1]
            break
    return text


# --------------------------------------------------------------------------------------------------------------
# Validation
# --------------------------------------------------------------------------------------------------------------

def validate(data: str | bytes, fmt: str = "nquads", shapes: Path | None = None,
             ontology: Path | None = None) -> list[str]:
    """Check `data` against the SHACL shapes; return one line per violation, or [] when it conforms.

    Datasets (N-Quads, TriG) are validated as the union of their graphs, as the canned queries see them. The
    ontology is mixed in so `sh:targetClass` and `sh:class` follow `rdfs:subClassOf` (a `csc:Review` is a
    `csc:PolicyDocument`); no RDFS/OWL inference is run, because domains, ranges and the lineage properties'
    PROV parents would type nodes the pipeline never typed and the shapes would then check things the mapping
    does not write. `shapes` and `ontology` default to the shipped `ontology/shapes.ttl` and `cscgraph.ttl`.

    >>> validate('<https://w3id.org/cscgraph/role/chair> a <http://www.w3.org/ns/org#Role> .', fmt="turtle")[0]
    'Role chair: rdfs:label: every entity needs a non-empty rdfs:label'
    """
    import pyshacl  # here, not at the top: the web process reads this module and never validates

    shapes = shapes or data_dir("ontology") / "shapes.ttl"
    ontology = ontology or data_dir("ontology") / "cscgraph.ttl"
    graph = _union_graph(data, fmt)
    conforms, results, _ = pyshacl.validate(
        graph,
        shacl_graph=_parse_cached(_stamp(shapes)),
        ont_graph=_parse_cached(_stamp(ontology)),
        inference="none",
        abort_on_first=False,
        allow_infos=True,
        allow_warnings=True,
    )
    if conforms:
        return []
    assert isinstance(results, Graph)
    return sorted(_violation_line(results, result) for result in results.subjects(RDF.type, SH.ValidationResult))


def _union_graph(data: str | bytes, fmt: str) -> Graph:
    rdflib_format = _PARSE_FORMATS.get(fmt)
    if rdflib_format is None:
        raise ValidationError(f"cannot read {fmt!r} data; use one of {', '.join(sorted(_PARSE_FORMATS))}")
    text = data.decode("utf-8") if isinstance(data, bytes) else data
    graph = _bound(Graph())
    try:
        if fmt in _DATASET_FORMATS:
            dataset = Dataset()
            dataset.parse(data=text, format=rdflib_format)
            for s, p, o, _ in dataset.quads((None, None, None, None)):
                graph.add((s, p, o))
        else:
            graph.parse(data=text, format=rdflib_format)
    except Exception as exc:  # rdflib raises several unrelated types for bad input
        raise ValidationError(f"data could not be parsed as {fmt}: {exc}") from exc
    return graph


def _stamp(path: Path) -> tuple[Path, int]:
    path = Path(path).resolve()
    try:
        return path, path.stat().st_mtime_ns
    except OSError as exc:
        raise ReadError(str(path), f"cannot read: {exc.strerror}") from exc


@functools.lru_cache(maxsize=8)
def _parse_cached(stamp: tuple[Path, int]) -> Graph:
    """Parse a Turtle file once per modification time (`stamp`: the path and its mtime in ns; shapes and ontology
    are read on every validation)."""
    path = stamp[0]
    try:
        return Graph().parse(path, format="turtle")
    except Exception as exc:  # rdflib raises several unrelated types for bad Turtle
        raise ReadError(str(path), f"not valid Turtle: {exc}") from exc


def _violation_line(results: Graph, result: Node) -> str:
    """`<kind> <slug-or-IRI>: <path>: <message>` — short enough to read in a terminal."""
    focus = results.value(result, SH.focusNode)
    path = results.value(result, SH.resultPath)
    messages = sorted(str(m) for m in results.objects(result, SH.resultMessage))
    value = results.value(result, SH.value)
    parts = [_describe(results, focus)]
    if path is not None:
        parts.append(_curie(path))
    message = messages[0] if messages else _curie(results.value(result, SH.sourceConstraintComponent))
    if value is not None and value != focus:
        message = f"{message} (value: {_curie(value)})"
    parts.append(message)
    return ": ".join(parts)


def _describe(results: Graph, node: Node | None) -> str:
    """A focus node as `Kind slug` for minted IRIs, else as a CURIE."""
    if isinstance(node, URIRef) and str(node).startswith(str(CSCID)) and not str(node).startswith(str(CSC)):
        rest = str(node)[len(str(CSCID)):]
        kind, _, slug = rest.partition("/")
        return f"{kind.capitalize()} {slug}" if slug else rest
    return _curie(node)


def _curie(node: Node | None) -> str:
    if node is None:
        return "?"
    if isinstance(node, Literal):
        return repr(str(node))
    text = str(node)
    for prefix, namespace in sorted(PREFIXES.items(), key=lambda item: -len(item[1])):
        if text.startswith(namespace) and text != namespace:
            return f"{prefix}:{text[len(namespace):]}"
    return f"<{text}>" if isinstance(node, URIRef) else text


# --------------------------------------------------------------------------------------------------------------
# Serialisation
# --------------------------------------------------------------------------------------------------------------

def serialise(nquads: bytes | str, fmt: str) -> str:
    """Write N-Quads as Turtle or JSON-LD: the union of the graphs, with the MAPPING.md prefixes bound.

    >>> print(serialise('<https://w3id.org/cscgraph/role/chair> <http://www.w3.org/2000/01/rdf-schema#label> '
    ...                 '"chair" <https://w3id.org/cscgraph/graph/article/x> .', "turtle").strip().splitlines()[-1])
    role:chair rdfs:label "chair" .
    """
    rdflib_format = _SERIALISE_FORMATS.get(fmt)
    if rdflib_format is None:
        raise ValueError(f"cannot serialise as {fmt!r}; use one of {', '.join(sorted(_SERIALISE_FORMATS))}")
    graph = _union_graph(nquads, "nquads")
    if rdflib_format == "json-ld":
        return graph.serialize(format="json-ld", context={**PREFIXES, **_KIND_PREFIXES}, auto_compact=True)
    return graph.serialize(format=rdflib_format)


def _bound(graph: Graph) -> Graph:
    for prefix, namespace in {**PREFIXES, **_KIND_PREFIXES}.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    return graph


# --------------------------------------------------------------------------------------------------------------
# Ontology documentation
# --------------------------------------------------------------------------------------------------------------

_VANN = Namespace("http://purl.org/vocab/vann/")
_LINEAGE_PARENTS = frozenset({PROV.wasDerivedFrom, PROV.wasRevisionOf, PROV.wasInfluencedBy, PROV.influenced,
                              PROV.used})


def ontology_document(ontology: Path) -> dict[str, Any]:
    """What the documentation page of `cscgraph.ttl` shows, as plain data for a template: the ontology's title,
    facts and description, then sections of its own classes, properties and individuals, each term with its
    label, texts and rows of values. A value is `{"text", "href", "code"}`: an own term links to its anchor (its
    local name, so `csc:X` links as `cscgraph.html#X`), another IRI links out under its CURIE, a literal is text.
    """
    graph = Graph().parse(Path(ontology), format="turtle")
    ontology_iri = next((s for s in graph.subjects(RDF.type, OWL.Ontology) if isinstance(s, URIRef)), None)
    namespace = str(graph.value(ontology_iri, _VANN.preferredNamespaceUri) or CSC) if ontology_iri else str(CSC)

    def own(kind: URIRef) -> list[URIRef]:
        return sorted((s for s in graph.subjects(RDF.type, kind)
                       if isinstance(s, URIRef) and str(s).startswith(namespace)), key=_local_name)

    classes = own(OWL.Class)
    properties = own(OWL.ObjectProperty) + own(OWL.DatatypeProperty)
    lineage = [p for p in properties if set(graph.objects(p, RDFS.subPropertyOf)) & _LINEAGE_PARENTS]
    others = [p for p in properties if p not in lineage]
    facts: list[tuple[str, list[dict[str, Any]]]] = []
    if ontology_iri is not None:
        facts += [("IRI", [_value(ontology_iri, namespace)]), ("Namespace", [{"text": namespace, "href": None,
                                                                              "code": True}])]
        for label, predicate in (("Version", OWL.versionInfo), ("Creator", DCTERMS.creator),
                                 ("License", DCTERMS.license)):
            facts += [(label, [_value(v, namespace)]) for v in sorted(graph.objects(ontology_iri, predicate), key=str)]
    property_rows = (("Sub-property of", RDFS.subPropertyOf, False), ("Domain", RDFS.domain, False),
                     ("Range", RDFS.range, False), ("Domain includes", SCHEMA.domainIncludes, False),
                     ("Range includes", SCHEMA.rangeIncludes, False))
    sections = [
        ("classes", "Classes", classes, (("Subclass of", RDFS.subClassOf, False),
                                         ("Superclass of", RDFS.subClassOf, True))),
        ("lineage", "Lineage properties", lineage, property_rows),
        ("properties", "Other properties", others, property_rows),
        ("individuals", "Individuals", own(OWL.NamedIndividual), (("Type", RDF.type, False),))]
    return {"title": _text(graph, ontology_iri, DCTERMS.title) or "Ontology", "facts": facts,
            "description": _text(graph, ontology_iri, DCTERMS.description) if ontology_iri else None,
            "sections": [{"anchor": anchor, "heading": heading,
                          "terms": [_term_entry(graph, term, namespace, rows) for term in terms]}
                         for anchor, heading, terms, rows in sections]}


def _term_entry(graph: Graph, term: URIRef, namespace: str, rows: tuple[tuple[str, URIRef, bool], ...]
                ) -> dict[str, Any]:
    entry_rows: list[tuple[str, list[dict[str, Any]]]] = [("IRI", [{"text": str(term), "href": None, "code": True}])]
    if (term, RDF.type, OWL.DatatypeProperty) in graph:
        entry_rows.append(("Kind", [{"text": "Datatype property", "href": None, "code": False}]))
    for row_label, predicate, inverse in rows:
        values = graph.subjects(predicate, term) if inverse else graph.objects(term, predicate)
        shown = [_value(v, namespace) for v in sorted(values, key=str) if v != OWL.NamedIndividual]
        if shown:
            entry_rows.append((row_label, shown))
    entry_rows += [("Example", [{"text": str(example), "href": None, "code": False}])
                   for example in sorted(graph.objects(term, SKOS.example), key=str)]
    return {"name": _local_name(term), "label": _text(graph, term, RDFS.label),
            "texts": [t for t in (_text(graph, term, SKOS.definition), _text(graph, term, RDFS.comment)) if t],
            "rows": entry_rows}


def _value(node: Node, namespace: str) -> dict[str, Any]:
    """An own term links to its anchor; another IRI links out under its CURIE; a literal is text."""
    if not isinstance(node, URIRef):
        return {"text": str(node), "href": None, "code": False}
    text = str(node)
    if text.startswith(namespace) and text != namespace:
        return {"text": f"csc:{text[len(namespace):]}", "href": f"#{text[len(namespace):]}", "code": True}
    return {"text": _curie(node), "href": text, "code": True}


def _text(graph: Graph, subject: Node | None, predicate: URIRef) -> str | None:
    """The English (or untagged) value of an annotation, whitespace-collapsed."""
    if subject is None:
        return None
    values = [v for v in graph.objects(subject, predicate) if isinstance(v, Literal)]
    values.sort(key=lambda v: (v.language not in ("en", None), str(v)))
    return " ".join(str(values[0]).split()) if values else None


@dataclass(frozen=True)
class SparqlShape:
    """What a SPARQL text is, read from rdflib's parse of it (never from its characters)."""

    form: TypingLiteral["query", "update", "unreadable"]
    calls_service: bool = False
    """A SERVICE pattern anywhere: in EXISTS, MINUS, OPTIONAL, sub-selects, GRAPH, with a variable endpoint."""
    names_own_dataset: bool = False
    """FROM / FROM NAMED clauses."""
    operations: tuple[str, ...] = ()
    """An update's operations (InsertData, Load, Clear, …)."""
    problem: str = ""
    """Why an unreadable text could not be read."""


def read_sparql(text: str) -> SparqlShape:
    """Parse `text` as a SPARQL 1.1 query, else as an update, and say what it is.

    >>> read_sparql("SELECT * { ?s ?p ?o OPTIONAL { SERVICE <http://x/> { ?s ?p ?o } } }").calls_service
    True
    >>> read_sparql("ASK FROM <http://example.org/g> { ?s ?p ?o }").names_own_dataset
    True
    >>> read_sparql("LOAD <http://example.org/x.ttl>").operations
    ('Load',)
    """
    from pyparsing import ParseBaseException
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        parsed = parseQuery(text)
    except ParseBaseException as error:
        problem = str(error)
    except RecursionError:
        return SparqlShape("unreadable", problem="the query is nested too deeply to read")
    else:
        names = set(_node_names(parsed))
        return SparqlShape("query", calls_service="ServiceGraphPattern" in names,
                           names_own_dataset="datasetClause" in parsed[1])
    try:
        update = parseUpdate(text)
    except (ParseBaseException, RecursionError):
        return SparqlShape("unreadable", problem=problem)
    operations = tuple(getattr(request, "name", "") for request in update.get("request", []))
    return SparqlShape("update", operations=tuple(op for op in operations if op))


def _node_names(tree: object, depth: int = 0) -> Iterator[str]:
    """The rule name of every node of an rdflib parse tree (CompValue), depth first."""
    from pyparsing import ParseResults

    if depth > 2000:
        raise RecursionError("parse tree too deep")
    name = getattr(tree, "name", None) if not isinstance(tree, ParseResults) else None
    if isinstance(name, str):
        yield name
    if isinstance(tree, (ParseResults, list, tuple)):  # before Mapping: pyparsing registers ParseResults as one
        children: Iterable[object] = list(tree)
    elif isinstance(tree, Mapping):
        children = tree.values()
    else:
        return
    for child in children:
        yield from _node_names(child, depth + 1)
