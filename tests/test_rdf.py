"""cscgraph.rdf: reference loading, SHACL validation of graphs written per MAPPING.md, serialisation, ontology."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import get_args

import pytest

from cscgraph.errors import ReadError, ValidationError
from cscgraph.models import EntityRef, LineageRelation, ReferenceEntity
from cscgraph.rdf import load_reference, serialise, validate
from cscgraph.resources import data_dir

ONTOLOGY = data_dir("ontology")
PFX = {
    "csc": "https://w3id.org/cscgraph/ontology#", "cscid": "https://w3id.org/cscgraph/",
    "schema": "https://schema.org/", "prov": "http://www.w3.org/ns/prov#", "org": "http://www.w3.org/ns/org#",
    "oa": "http://www.w3.org/ns/oa#", "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/", "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#", "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
}

# --------------------------------------------------------------------------------------------------------------
# A conforming article graph, written exactly as MAPPING.md shows it
# --------------------------------------------------------------------------------------------------------------

BODY = ('Andy Smith, president of ADCS, said: "We welcome family help."\n\n'
        "Stable Homes, Built on Love is based on the independent review and gives £44m in 2025-26.")
A = "cscid:article/2024-11-18-family-help"
GRAPH = "cscid:graph/article/2024-11-18-family-help"
REFERENCE = "cscid:graph/reference"
S1, S2 = f"{A}/sentence/0-62", f"{A}/sentence/64-151"
MEMBERSHIP = "cscid:membership/andy-smith--president--adcs"
Triple = tuple[str, str, str]


def sentence(iri: str, start: int, end: int) -> list[Triple]:
    return [(iri, "rdf:type", "oa:TextQuoteSelector"), (iri, "rdf:type", "oa:TextPositionSelector"),
            (iri, "oa:exact", lit(BODY[start:end])), (iri, "oa:start", f'"{start}"^^xsd:integer'),
            (iri, "oa:end", f'"{end}"^^xsd:integer')]


def fact(iri: str, evidence: str, start: int, end: int) -> list[Triple]:
    return [(iri, "csc:evidence", evidence), (iri, "prov:wasDerivedFrom", A),
            (iri, "oa:start", f'"{start}"^^xsd:integer'), (iri, "oa:end", f'"{end}"^^xsd:integer')]


def lit(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def article_triples() -> list[Triple]:
    return [
        (A, "rdf:type", "schema:NewsArticle"), (A, "rdf:type", "prov:Entity"),
        (A, "schema:headline", lit("Family help welcomed")), (A, "schema:url", "<https://example.org/family-help>"),
        (A, "schema:datePublished", '"2024-11-18T00:01:11+00:00"^^xsd:dateTime'),
        (A, "schema:publisher", "cscid:organisation/community-care"), (A, "schema:articleBody", lit(BODY)),
        (A, "dcterms:identifier", lit("2024-11-18-family-help")), (A, "dcterms:source", lit("corpus/000_x.txt")),
        (A, "csc:contentHash", lit("a" * 64)), (A, "prov:wasGeneratedBy", f"{A}/ingest"),
        (A, "schema:mentions", "cscid:person/andy-smith"), (A, "schema:citation", f"{A}/quote/1"),
        (f"{A}/ingest", "rdf:type", "prov:Activity"),
        (f"{A}/ingest", "prov:endedAtTime", '"2025-01-01T00:00:00+00:00"^^xsd:dateTime'),
        (f"{A}/ingest", "csc:extractorVersion", lit("0.1.0")), (f"{A}/ingest", "prov:used", lit("corpus/000_x.txt")),
        *sentence(S1, 0, 62), *sentence(S2, 64, 151),
        # an entity not in reference data, and its mention
        ("cscid:person/andy-smith", "rdf:type", "schema:Person"),
        ("cscid:person/andy-smith", "rdfs:label", lit("Andy Smith")),
        ("cscid:person/andy-smith", "schema:name", lit("Andy Smith")),
        ("cscid:person/andy-smith", "org:memberOf", "cscid:organisation/adcs"),
        (f"{A}/mention/0-10", "csc:mentionOf", "cscid:person/andy-smith"),
        *fact(f"{A}/mention/0-10", S1, 0, 10),
        # role
        (MEMBERSHIP, "rdf:type", "org:Membership"), (MEMBERSHIP, "org:member", "cscid:person/andy-smith"),
        (MEMBERSHIP, "org:role", "cscid:role/president"), (MEMBERSHIP, "org:organization", "cscid:organisation/adcs"),
        (MEMBERSHIP, "dcterms:date", '"2024-11-18"^^xsd:date'), (MEMBERSHIP, "csc:evidence", S1),
        (MEMBERSHIP, "prov:wasDerivedFrom", A),
        ("cscid:role/president", "rdf:type", "org:Role"), ("cscid:role/president", "rdfs:label", lit("president")),
        # quote
        (f"{A}/quote/1", "rdf:type", "schema:Quotation"),
        (f"{A}/quote/1", "schema:text", lit("We welcome family help.")),
        (f"{A}/quote/1", "schema:creator", "cscid:person/andy-smith"), *fact(f"{A}/quote/1", S1, 38, 61),
        (f"{A}/quote/1", "csc:speakerRole", "cscid:role/president"),
        (f"{A}/quote/1", "csc:speakerOrganisation", "cscid:organisation/adcs"),
        (f"{A}/quote/1", "csc:inCapacity", MEMBERSHIP), (f"{A}/quote/1", "schema:about", "cscid:measure/family-help"),
        (f"{A}/quote/1", "csc:stance", "csc:Supports"), (f"{A}/quote/1", "csc:cue", lit("said")),
        # funding
        (f"{A}/funding/1", "rdf:type", "csc:FundingStream"), (f"{A}/funding/1", "rdf:type", "schema:MonetaryGrant"),
        (f"{A}/funding/1", "csc:amountGBP", '"44000000.0"^^xsd:double'),
        (f"{A}/funding/1", "schema:amount", f"{A}/funding/1/amount"),
        (f"{A}/funding/1", "csc:approximate", '"false"^^xsd:boolean'), (f"{A}/funding/1", "csc:period", lit("2025-26")),
        (f"{A}/funding/1", "csc:purpose", lit("kinship and foster care")),
        (f"{A}/funding/1", "csc:fundingKind", lit("allocated")),
        (f"{A}/funding/1", "schema:funder", "cscid:organisation/department-for-education"),
        (f"{A}/funding/1", "csc:recipient", "cscid:organisation/local-authorities"),
        (f"{A}/funding/1", "csc:funds", "cscid:measure/family-help"),
        (f"{A}/funding/1", "oa:exact", lit("£44m")), *fact(f"{A}/funding/1", S2, 134, 138),
        (f"{A}/funding/1/amount", "rdf:type", "schema:MonetaryAmount"),
        (f"{A}/funding/1/amount", "schema:value", '"44000000.0"^^xsd:double'),
        (f"{A}/funding/1/amount", "schema:currency", lit("GBP")),
        # lineage claim and its asserted edge
        (f"{A}/claim/1", "rdf:type", "csc:LineageClaim"), (f"{A}/claim/1", "rdf:type", "rdf:Statement"),
        (f"{A}/claim/1", "rdf:subject", "cscid:policy/stable-homes-built-on-love"),
        (f"{A}/claim/1", "rdf:predicate", "csc:basedOn"),
        (f"{A}/claim/1", "rdf:object", "cscid:policy/independent-review-of-childrens-social-care"),
        (f"{A}/claim/1", "csc:measure", "cscid:measure/family-help"),
        (f"{A}/claim/1", "csc:evidence", S2), (f"{A}/claim/1", "prov:wasDerivedFrom", A),
        ("cscid:policy/stable-homes-built-on-love", "csc:basedOn",
         "cscid:policy/independent-review-of-childrens-social-care"),
    ]


def reference_triples() -> list[Triple]:
    """Curated individuals as ontology/reference/*.ttl describes them: rdfs:label, no schema:name."""
    def entity(iri: str, cls: str, label: str) -> list[Triple]:
        return [(iri, "rdf:type", cls), (iri, "rdfs:label", lit(label)), (iri, "skos:prefLabel", lit(label))]
    claim = "cscid:claim/policy-stable-homes-built-on-love--replaces--policy-putting-children-first"
    return [
        *entity("cscid:organisation/adcs", "schema:Organization", "Association of Directors of Children's Services"),
        ("cscid:organisation/adcs", "csc:acronym", lit("ADCS")),
        ("cscid:organisation/adcs", "csc:organisationKind", lit("membership body")),
        *entity("cscid:organisation/department-for-education", "schema:GovernmentOrganization",
                "Department for Education"),
        *entity("cscid:organisation/labour-government-2024", "csc:Government", "The Labour government (2024-)"),
        *entity("cscid:policy/stable-homes-built-on-love", "csc:Strategy", "Stable Homes, Built on Love"),
        *entity("cscid:policy/independent-review-of-childrens-social-care", "csc:Review",
                "The Independent Review of Children's Social Care"),
        *entity("cscid:policy/putting-children-first", "csc:Strategy", "Putting Children First"),
        *entity("cscid:statute/childrens-wellbeing-and-schools-bill", "csc:Bill", "Children's Wellbeing and Schools Bill"),
        ("cscid:statute/childrens-wellbeing-and-schools-bill", "owl:sameAs",
         "<https://bills.parliament.uk/bills/3909>"),
        *entity("cscid:measure/family-help", "csc:Measure", "Family help"),
        ("cscid:measure/family-help", "rdf:type", "skos:Concept"),
        ("cscid:measure/family-help", "skos:inScheme", "cscid:measure/scheme"),
        ("cscid:measure/scheme", "rdf:type", "skos:ConceptScheme"),
        *entity("cscid:programme/families-first-for-children", "csc:Programme", "Families First for Children pathfinder"),
        (claim, "rdf:type", "csc:LineageClaim"), (claim, "rdf:type", "rdf:Statement"),
        (claim, "rdf:subject", "cscid:policy/stable-homes-built-on-love"), (claim, "rdf:predicate", "csc:replaces"),
        (claim, "rdf:object", "cscid:policy/putting-children-first"), (claim, "csc:curated", '"true"^^xsd:boolean'),
        ("cscid:policy/stable-homes-built-on-love", "csc:replaces", "cscid:policy/putting-children-first"),
    ]


def term(text: str) -> str:
    if text.startswith(("<", "_:")):
        return text
    if text.startswith('"'):
        match = re.fullmatch(r'(".*")\^\^(\w+):(\w+)', text, flags=re.S)
        return f"{match[1]}^^<{PFX[match[2]]}{match[3]}>" if match else text
    prefix, local = text.split(":", 1)
    return f"<{PFX[prefix]}{local}>"


def nquads(triples: list[Triple], graph: str = GRAPH) -> str:
    return "".join(f"{term(s)} {term(p)} {term(o)} {term(graph)} .\n" for s, p, o in triples)


def dataset(article: list[Triple] | None = None, reference: list[Triple] | None = None) -> str:
    return (nquads(article_triples() if article is None else article)
            + nquads(reference_triples() if reference is None else reference, REFERENCE))


def drop(subject: str, predicate: str, obj: str | None = None) -> Callable[[list[Triple]], list[Triple]]:
    return lambda triples: [t for t in triples
                            if not (t[0] == subject and t[1] == predicate and (obj is None or t[2] == obj))]


def setting(subject: str, predicate: str, obj: str) -> Callable[[list[Triple]], list[Triple]]:
    return lambda triples: [*drop(subject, predicate)(triples), (subject, predicate, obj)]


def adding(*extra: Triple) -> Callable[[list[Triple]], list[Triple]]:
    return lambda triples: [*triples, *extra]


# --------------------------------------------------------------------------------------------------------------
# validate
# --------------------------------------------------------------------------------------------------------------

def test_graph_written_per_mapping_conforms() -> None:
    assert validate(dataset()) == []


def test_article_graph_alone_conforms_in_trig() -> None:
    trig_body = nquads(article_triples() + reference_triples()).replace(f" {term(GRAPH)} .", " .")
    trig = f"{term(GRAPH)} {{\n{trig_body}}}\n"
    assert validate(trig, fmt="trig") == []


def test_shared_membership_stated_by_two_articles_conforms_in_the_union() -> None:
    # the second article's copy: another date and other evidence for the same membership node
    extra = [(MEMBERSHIP, "dcterms:date", '"2025-01-02"^^xsd:date'), (MEMBERSHIP, "csc:evidence", S2)]
    assert validate(dataset() + nquads(extra, "cscid:graph/article/2025-01-02-other")) == []


VIOLATIONS: dict[str, tuple[Callable[[list[Triple]], list[Triple]], str]] = {
    "article without headline": (drop(A, "schema:headline"), "schema:headline"),
    "article with two bodies": (adding((A, "schema:articleBody", lit("other"))), "schema:articleBody"),
    "date as plain string": (setting(A, "schema:datePublished", lit("2024-11-18")), "schema:datePublished"),
    "content hash not sha256": (setting(A, "csc:contentHash", lit("abc")), "csc:contentHash"),
    "article without identifier": (drop(A, "dcterms:identifier"), "dcterms:identifier"),
    "article without ingest activity": (drop(A, "prov:wasGeneratedBy"), "prov:wasGeneratedBy"),
    "ingest without extractor version": (drop(f"{A}/ingest", "csc:extractorVersion"), "csc:extractorVersion"),
    "sentence that is no quote selector": (drop(S1, "rdf:type", "oa:TextQuoteSelector"), "TextQuoteSelector"),
    "sentence that is no position selector": (drop(S1, "rdf:type", "oa:TextPositionSelector"),
                                              "TextPositionSelector"),
    "sentence without exact": (drop(S1, "oa:exact"), "oa:exact"),
    "sentence with two texts": (adding((S1, "oa:exact", lit("other"))), "oa:exact"),
    "sentence start after end": (setting(S1, "oa:start", '"70"^^xsd:integer'), "oa:start"),
    "sentence offsets as strings": (setting(S1, "oa:end", lit("62")), "oa:end"),
    "mention without offsets": (drop(f"{A}/mention/0-10", "oa:start"), "oa:start"),
    "mention with a text of its own": (adding((f"{A}/mention/0-10", "oa:exact", lit("Andy Smith"))), "oa:exact"),
    "mention without source article": (drop(f"{A}/mention/0-10", "prov:wasDerivedFrom"), "prov:wasDerivedFrom"),
    "person without label": (drop("cscid:person/andy-smith", "rdfs:label"), "rdfs:label"),
    "mention of nothing": (drop(f"{A}/mention/0-10", "csc:mentionOf"), "csc:mentionOf"),
    "mention without evidence": (drop(f"{A}/mention/0-10", "csc:evidence"), "csc:evidence"),
    "membership without role": (drop(MEMBERSHIP, "org:role"), "org:role"),
    "membership of a non-person": (setting(MEMBERSHIP, "org:member", "cscid:organisation/adcs"), "org:member"),
    "membership in two bodies": (adding((MEMBERSHIP, "org:organization", "cscid:organisation/nspcc")),
                                 "org:organization"),
    "membership without evidence": (drop(MEMBERSHIP, "csc:evidence"), "csc:evidence"),
    "role without label": (drop("cscid:role/president", "rdfs:label"), "rdfs:label"),
    "empty quotation": (setting(f"{A}/quote/1", "schema:text", lit("")), "schema:text"),
    "quotation with two speakers": (adding((f"{A}/quote/1", "schema:creator", "cscid:organisation/adcs")),
                                    "schema:creator"),
    "stance outside the two": (setting(f"{A}/quote/1", "csc:stance", "csc:Neutral"), "csc:stance"),
    "quotation without source article": (drop(f"{A}/quote/1", "prov:wasDerivedFrom"), "prov:wasDerivedFrom"),
    "negative amount": (setting(f"{A}/funding/1", "csc:amountGBP", '"-5.0"^^xsd:double'), "csc:amountGBP"),
    "amount as string": (setting(f"{A}/funding/1", "csc:amountGBP", lit("44m")), "csc:amountGBP"),
    "approximate missing": (drop(f"{A}/funding/1", "csc:approximate"), "csc:approximate"),
    "two periods": (adding((f"{A}/funding/1", "csc:period", lit("2026-27"))), "csc:period"),
    "funding without amount node": (drop(f"{A}/funding/1", "schema:amount"), "schema:amount"),
    "amount in euros": (setting(f"{A}/funding/1/amount", "schema:currency", lit("EUR")), "schema:currency"),
    "claim with a foreign predicate": (setting(f"{A}/claim/1", "rdf:predicate", "prov:wasDerivedFrom"),
                                       "rdf:predicate"),
    "claim without object": (drop(f"{A}/claim/1", "rdf:object"), "rdf:object"),
    "claim without evidence": (drop(f"{A}/claim/1", "csc:evidence"), "csc:evidence"),
    "claim whose edge is not asserted": (drop("cscid:policy/stable-homes-built-on-love", "csc:basedOn"),
                                         "not asserted"),
}


@pytest.mark.parametrize("case", sorted(VIOLATIONS))
def test_violation_is_reported(case: str) -> None:
    mutate, expected = VIOLATIONS[case]
    lines = validate(dataset(article=mutate(article_triples())))
    assert lines, f"{case}: shapes accepted a violating graph"
    assert any(expected in line for line in lines), lines


@pytest.mark.parametrize(("case", "mutate", "expected"), [
    ("reference document without label", drop("cscid:policy/putting-children-first", "rdfs:label"), "rdfs:label"),
    ("government without label", drop("cscid:organisation/labour-government-2024", "rdfs:label"), "rdfs:label"),
    ("measure without label", drop("cscid:measure/family-help", "rdfs:label"), "rdfs:label"),
    ("programme without label", drop("cscid:programme/families-first-for-children", "rdfs:label"), "rdfs:label"),
    ("bill without label", drop("cscid:statute/childrens-wellbeing-and-schools-bill", "rdfs:label"), "rdfs:label"),
    ("uncurated claim without evidence",
     drop("cscid:claim/policy-stable-homes-built-on-love--replaces--policy-putting-children-first", "csc:curated"),
     "csc:curated true"),
])
def test_reference_violation_is_reported(case: str, mutate: Callable[[list[Triple]], list[Triple]],
                                         expected: str) -> None:
    lines = validate(dataset(reference=mutate(reference_triples())))
    assert any(expected in line for line in lines), (case, lines)


def test_violation_line_names_focus_path_and_message() -> None:
    lines = validate(dataset(article=drop("cscid:role/president", "rdfs:label")(article_triples())))
    assert lines == ["Role president: rdfs:label: every entity needs a non-empty rdfs:label"]


def test_unparseable_data_is_a_validation_error() -> None:
    with pytest.raises(ValidationError, match="nquads"):
        validate("<not quads")


def test_unknown_format_is_a_validation_error() -> None:
    with pytest.raises(ValidationError, match="cannot read 'yaml'"):
        validate("", fmt="yaml")


# --------------------------------------------------------------------------------------------------------------
# serialise
# --------------------------------------------------------------------------------------------------------------

def test_turtle_round_trips_the_union_with_prefixes() -> None:
    text = serialise(dataset().encode("utf-8"), "turtle")
    assert "@prefix csc: <https://w3id.org/cscgraph/ontology#> ." in text
    assert "schema:NewsArticle" in text
    assert validate(text, fmt="turtle") == []
    assert _triple_count(serialise(text_to_nquads(text), "turtle")) == _triple_count(text)


def test_jsonld_round_trips_the_union() -> None:
    text = serialise(dataset(), "jsonld")
    document = json.loads(text)
    assert document["@context"]["csc"] == PFX["csc"]
    assert validate(text, fmt="jsonld") == []


def test_serialise_refuses_unknown_formats() -> None:
    with pytest.raises(ValueError, match="cannot serialise as 'n3'"):
        serialise(dataset(), "n3")


def text_to_nquads(turtle: str) -> str:
    """Re-read Turtle output through the same module, as N-Triples lines in one graph."""
    import pyoxigraph  # test-only: an independent parser, so the round trip is not checked by itself

    return "".join(f"{q.subject} {q.predicate} {q.object} {term(GRAPH)} .\n"
                   for q in pyoxigraph.parse(turtle.encode("utf-8"), pyoxigraph.RdfFormat.TURTLE))


def _triple_count(turtle: str) -> int:
    import pyoxigraph

    return len(list(pyoxigraph.parse(turtle.encode("utf-8"), pyoxigraph.RdfFormat.TURTLE)))


# --------------------------------------------------------------------------------------------------------------
# load_reference
# --------------------------------------------------------------------------------------------------------------

REFERENCE_TTL = """
@prefix csc: <https://w3id.org/cscgraph/ontology#> .
@prefix schema: <https://schema.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix organisation: <https://w3id.org/cscgraph/organisation/> .
@prefix statute: <https://w3id.org/cscgraph/statute/> .

organisation:adcs a schema:Organization ;
    rdfs:label "Association of Directors of Children's Services" ;
    skos:altLabel "the Association of Directors of Children's Services", "directors' association" ;
    csc:acronym "ADCS" ; csc:organisationKind "membership body" .

statute:children-act-1989 a csc:Act ;
    rdfs:label "Children Act 1989" ;
    dcterms:date "1989-11-16"^^xsd:date ;
    owl:sameAs <https://www.legislation.gov.uk/ukpga/1989/41> .
"""

MEASURES_TTL = """
@prefix csc: <https://w3id.org/cscgraph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix measure: <https://w3id.org/cscgraph/measure/> .

measure:scheme a skos:ConceptScheme ; rdfs:label "Measures" .
measure:family-help a csc:Measure, skos:Concept ; skos:inScheme measure:scheme ;
    rdfs:label "family help" ; skos:prefLabel "Family Help" .
<https://example.org/not-ours> a csc:Measure ; rdfs:label "elsewhere" .
"""


def write_reference(folder: Path, **files: str) -> Path:
    folder.mkdir(exist_ok=True)
    for name, text in files.items():
        (folder / f"{name}.ttl").write_text(text, encoding="utf-8")
    return folder


def test_load_reference_reads_every_file(tmp_path: Path) -> None:
    folder = write_reference(tmp_path / "reference", bodies=REFERENCE_TTL, measures=MEASURES_TTL)
    entities = load_reference(folder)
    assert [str(e.ref) for e in entities] == ["measure/family-help", "organisation/adcs",
                                              "statute/children-act-1989"]
    adcs = entities[1]
    assert adcs == ReferenceEntity(
        ref=EntityRef("organisation", "adcs"), label="Association of Directors of Children's Services",
        aliases=("directors' association", "the Association of Directors of Children's Services"),
        types=("Organization",), kind_label="membership body", acronym="ADCS")
    assert entities[0].types == ("Concept", "Measure")
    assert entities[0].aliases == ("Family Help",)
    assert entities[2].date == "1989-11-16"


def test_load_reference_is_cached_until_a_file_changes(tmp_path: Path) -> None:
    folder = write_reference(tmp_path / "reference", bodies=REFERENCE_TTL)
    first = load_reference(folder)
    assert load_reference(folder) is first
    write_reference(folder, measures=MEASURES_TTL)
    assert len(load_reference(folder)) == 3


def test_load_reference_reads_what_a_document_is_based_on_from_another_file(tmp_path: Path) -> None:
    prefixes = "@prefix csc: <https://w3id.org/cscgraph/ontology#> .\n@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
    folder = write_reference(
        tmp_path / "reference",
        documents=prefixes + "<https://w3id.org/cscgraph/policy/answer> a csc:Strategy ; rdfs:label \"Answer\" .\n"
                             "<https://w3id.org/cscgraph/policy/review> a csc:Review ; rdfs:label \"Review\" .\n",
        lineage=prefixes + "<https://w3id.org/cscgraph/policy/answer> csc:basedOn "
                           "<https://w3id.org/cscgraph/policy/review> .\n")
    answer, review = load_reference(folder)
    assert answer.based_on == (EntityRef("policy", "review"),)
    assert review.based_on == ()


def test_load_reference_of_empty_folder_is_empty(tmp_path: Path) -> None:
    assert load_reference(tmp_path) == ()


def test_load_reference_names_the_bad_file(tmp_path: Path) -> None:
    folder = write_reference(tmp_path / "reference", broken="<https://w3id.org/cscgraph/person/x> a .")
    with pytest.raises(ReadError, match=r"broken\.ttl: not valid Turtle"):
        load_reference(folder)


def test_load_reference_refuses_two_labels(tmp_path: Path) -> None:
    text = REFERENCE_TTL.replace('csc:acronym "ADCS"', 'rdfs:label "ADCS" ; csc:acronym "ADCS"')
    folder = write_reference(tmp_path / "reference", bodies=text)
    with pytest.raises(ReadError, match="2 rdfs:label values"):
        load_reference(folder)


def test_load_reference_of_missing_folder_says_so(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="does not exist"):
        load_reference(tmp_path / "nowhere")


def test_shipped_reference_data_loads() -> None:
    entities = load_reference(ONTOLOGY / "reference")
    assert len({e.ref for e in entities}) == len(entities)
    assert all(e.label for e in entities)


# --------------------------------------------------------------------------------------------------------------
# The ontology against MAPPING.md and the models
# --------------------------------------------------------------------------------------------------------------

def _ontology_triples() -> list[tuple[str, str, str]]:
    import pyoxigraph

    return [(str(q.subject), str(q.predicate), str(q.object))
            for q in pyoxigraph.parse((ONTOLOGY / "cscgraph.ttl").read_bytes(), pyoxigraph.RdfFormat.TURTLE)]


def _iri(curie: str) -> str:
    prefix, local = curie.split(":", 1)
    return f"<{PFX[prefix]}{local}>"


def test_every_csc_term_in_mapping_is_declared_with_label_and_comment() -> None:
    mapping = (ONTOLOGY / "MAPPING.md").read_text(encoding="utf-8")
    used = set(re.findall(r"\bcsc:(\w+)", mapping)) | {"formatVersion"} | set(get_args(LineageRelation))
    triples = _ontology_triples()
    typed = {s for s, p, _ in triples if p == _iri("rdf:type")}
    labelled = {s for s, p, _ in triples if p == _iri("rdfs:label")}
    explained = {s for s, p, _ in triples if p in (_iri("rdfs:comment"), _iri("skos:definition"))}
    for name in sorted(used):
        iri = _iri(f"csc:{name}")
        assert iri in typed, f"csc:{name} is used in MAPPING.md but not declared in cscgraph.ttl"
        assert iri in labelled and iri in explained, f"csc:{name} needs rdfs:label and rdfs:comment"


def test_every_lineage_property_is_a_prov_sub_property_with_definition_and_example() -> None:
    triples = _ontology_triples()
    for relation in get_args(LineageRelation):
        iri = _iri(f"csc:{relation}")
        parents = [o for s, p, o in triples if s == iri and p == _iri("rdfs:subPropertyOf")]
        assert parents and all(o.startswith(f"<{PFX['prov']}") for o in parents), relation
        assert any(s == iri and p == _iri("skos:definition") for s, p, _ in triples), relation
        assert any(s == iri and p == "<http://www.w3.org/2004/02/skos/core#example>" for s, p, _ in triples), relation


def test_ontology_has_header_and_no_blank_nodes() -> None:
    triples = _ontology_triples()
    header = {p for s, p, _ in triples if s == "<https://w3id.org/cscgraph/ontology>"}
    for curie in ("owl:versionInfo", "dcterms:title", "dcterms:description", "dcterms:creator", "dcterms:license"):
        assert _iri(curie) in header, curie
    assert not [t for t in triples if any(x.startswith("_:") for x in t)]


def test_shapes_check_the_eleven_lineage_properties() -> None:
    shapes = (ONTOLOGY / "shapes.ttl").read_text(encoding="utf-8")
    listed = re.search(r"sh:in \((.*?)\)", shapes.split("rdf:predicate", 1)[1], flags=re.S)
    assert listed is not None
    assert listed[1].split() == [f"csc:{r}" for r in get_args(LineageRelation)]
