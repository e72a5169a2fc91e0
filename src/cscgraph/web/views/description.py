"""What the endpoint and the dataset say of themselves, generated from the settings and the store.

    GET /sparql (no query, RDF asked for)   SPARQL 1.1 Service Description: the endpoint, languages, result
                                            formats, the default-graph rule, the limits
    GET /.well-known/void (or /void)        VoID + DCAT description of the dataset: triples, articles, entities
                                            and facts by class, vocabularies, IRI space, sources, licence, last
                                            update; linked from the home page

Both are Turtle by default; N-Triples or JSON-LD by `Accept` (or a `.nt` / `.jsonld` suffix on /void).
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from cscgraph.graph.namespaces import CSC, PREFIXES
from cscgraph.rdf import serialise
from cscgraph.store import Term
from cscgraph.web.context import state
from cscgraph.web.protocol import GRAPH_TYPES, wants_rdf

__all__ = ["router", "service_description", "VOID_PATHS"]

router = APIRouter()

SD = "http://www.w3.org/ns/sparql-service-description#"
VOID = "http://rdfs.org/ns/void#"
DCAT = "http://www.w3.org/ns/dcat#"
DCT = "http://purl.org/dc/terms/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD = "http://www.w3.org/2001/XMLSchema#"
FORMATS = "http://www.w3.org/ns/formats/"
RESULT_FORMATS = ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                  "Turtle", "N-Triples", "JSON-LD")
"""W3C format IRIs (http://www.w3.org/ns/formats/) of the answers the endpoint writes."""
VOID_PATHS = ("/.well-known/void", "/void")
CLASS_OF_STAT = {"articles": "https://schema.org/NewsArticle", "people": "https://schema.org/Person",
                 "organisations": "https://schema.org/Organization", "policy documents": f"{CSC}PolicyDocument",
                 "statutes": f"{CSC}Statute", "measures": f"{CSC}Measure", "programmes": f"{CSC}Programme",
                 "quotes": "https://schema.org/Quotation", "roles held": "http://www.w3.org/ns/org#Membership",
                 "funding streams": f"{CSC}FundingStream", "lineage claims": f"{CSC}LineageClaim"}
"""The class each count of `graph_stats` counts (instances of it and of its subclasses)."""


def _iri(value: str) -> str:
    return f"<{value}>"


def _literal(value: object, datatype: str | None = None) -> str:
    return Term("literal", str(value), datatype).ntriples


def _triples(subject: str, pairs: list[tuple[str, str]]) -> list[str]:
    return [f"{subject} {_iri(p)} {o} ." for p, o in pairs]


def _answer(request: Request, ntriples: list[str], requested: str | None = None) -> Response:
    fmt = requested or wants_rdf(request.headers.get("accept", "")) or "turtle"
    text = "\n".join(ntriples) + "\n"
    body = text if fmt == "ntriples" else serialise(text, fmt)
    return Response(body, media_type=GRAPH_TYPES[fmt] + ("" if fmt == "jsonld" else "; charset=utf-8"))


def service_description(request: Request) -> Response:
    """The SPARQL 1.1 Service Description of `/sparql`, with the limits this server applies."""
    runner = state(request).runner
    endpoint = _iri(str(request.base_url).rstrip("/") + "/sparql")
    dataset, default_graph = "_:dataset", "_:defaultGraph"
    lines = _triples(endpoint, [
        (RDF_TYPE, _iri(f"{SD}Service")), (f"{SD}endpoint", endpoint),
        (f"{SD}supportedLanguage", _iri(f"{SD}SPARQL11Query")),
        (f"{SD}feature", _iri(f"{SD}UnionDefaultGraph")),
        (f"{SD}defaultEntailmentRegime", _iri("http://www.w3.org/ns/entailment/Simple")),
        *((f"{SD}resultFormat", _iri(FORMATS + name)) for name in RESULT_FORMATS),
        (f"{SD}defaultDataset", dataset),
        (f"{DCT}description", _literal(
            "Read-only SPARQL 1.1 Query endpoint of cscgraph. SPARQL Update, LOAD and SERVICE (federation) are "
            "refused. A request's default-graph-uri / named-graph-uri give the dataset exactly (only named graphs: "
            "an empty default graph), else the query's FROM / FROM NAMED; with neither, the default graph is the "
            "union of every named graph (one per article, plus entities, reference data, ontology and store "
            "metadata). Relative IRIs resolve against the endpoint's URL. Limits: a query "
            f"runs at most {runner.timeout:g} s and an answer holds at most {runner.limit} rows and "
            f"{runner.settings.answer_bytes} bytes; past them the "
            "query is stopped (503) or the answer is cut (header X-SPARQL-Truncated: true).")),
    ])
    lines += _triples(dataset, [(RDF_TYPE, _iri(f"{SD}Dataset")), (f"{SD}defaultGraph", default_graph)])
    lines += _triples(default_graph, [(RDF_TYPE, _iri(f"{SD}Graph"))])
    return _answer(request, lines)


def void_description(request: Request) -> Response:
    """VoID/DCAT description of the dataset, counted from the store (kept until the store is next written)."""
    path = request.url.path
    requested = "ntriples" if path.endswith(".nt") else "jsonld" if path.endswith(".jsonld") else None
    explorer = state(request).explorer
    base = str(request.base_url).rstrip("/")
    lines = explorer.values.cached(("void", base), lambda: _void_lines(request, base))
    return _answer(request, lines, requested)


def _void_lines(request: Request, base: str) -> list[str]:
    explorer = state(request).explorer
    stats = explorer.stats()
    modified = explorer.db.rows("dataset-modified")
    dataset = _iri(f"{explorer.base}dataset")
    pairs: list[tuple[str, str]] = [
        (RDF_TYPE, _iri(f"{VOID}Dataset")), (RDF_TYPE, _iri(f"{DCAT}Dataset")),
        (f"{DCT}title", _literal("cscgraph: English children's social care policy, from the news")),
        (f"{DCT}description", _literal(
            "Policies, bodies, people, statutes, measures and funding read from news articles, with quotes "
            "attributed to their speakers and every fact linked to the sentence it came from.")),
        (f"{DCT}license", _iri("https://opensource.org/license/mit")),
        (f"{DCT}rights", _literal("The graph and its code are MIT-licensed; article texts quoted as evidence "
                                  "remain their publishers'.")),
        (f"{VOID}sparqlEndpoint", _iri(f"{base}/sparql")),
        (f"{VOID}uriSpace", _literal(explorer.base)),
        (f"{VOID}triples", _literal(stats.get("quads", 0), f"{XSD}integer")),
        (f"{VOID}documents", _literal(stats.get("articles", 0), f"{XSD}integer")),
        (f"{DCAT}landingPage", _iri(f"{base}/")),
        *((f"{VOID}vocabulary", _iri(namespace)) for namespace in sorted(set(PREFIXES.values()))),
    ]
    if modified and modified[0].get("modified"):
        pairs.append((f"{DCT}modified", _literal(modified[0]["modified"], f"{XSD}dateTime")))
    lines = _triples(dataset, pairs)
    for number, (label, cls) in enumerate(CLASS_OF_STAT.items()):
        partition = f"_:class{number}"
        lines.append(f"{dataset} {_iri(VOID + 'classPartition')} {partition} .")
        lines += _triples(partition, [(f"{VOID}class", _iri(cls)),
                                      (f"{VOID}entities", _literal(stats.get(label, 0), f"{XSD}integer"))])
    for source in explorer.db.rows("dataset-publishers"):
        lines.append(f"{dataset} {_iri(DCT + 'source')} {_iri(source['publisher'])} .")
    return lines


for _path in VOID_PATHS:
    for _suffix in ("", ".ttl", ".nt", ".jsonld"):
        router.add_api_route(_path + _suffix, void_description, methods=["GET"], include_in_schema=False)
