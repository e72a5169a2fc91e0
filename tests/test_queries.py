"""Canned queries are a public contract: headers, parameters, output variables, and they run."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from cscgraph.errors import QueryError
from cscgraph.formats import RESULT_FORMATS, render_results
from cscgraph.pipeline import ingest
from cscgraph.queries import (PAGING, list_queries, load_query, parse_query, resolve_article, resolve_entity,
                              run_query)
from cscgraph.settings import Settings
from cscgraph.store import EmbeddedStore, open_store

# Output variables users' scripts rely on (issue 2's contract); more may be added, none removed.
CONTRACT = {
    "who-said-what": "quote text speaker speakerName role organisation organisationName article published",
    "people": "person name role organisation organisationName article",
    "organisations": "organisation name kind curated articles",
    "entities": "entity type label",
    "funding": "stream amountGBP period purpose funder funderName policy policyName article evidence",
    "lineage": "from fromName relation to toName measure measureName evidence article published",
    "article-facts": "article",
    "quotes-by": "quote text speaker speakerName role organisation organisationName article published",
}
LINEAGE_RELATIONS = {"basedOn", "recommends", "adopts", "rejects", "modifies", "continues", "tests", "funds",
                     "legislates", "replaces", "implements"}
EDGE = ("SELECT ?from ?relation ?to WHERE { ?claim <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> ?from ; "
        "<http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> ?relation ; "
        "<http://www.w3.org/1999/02/22-rdf-syntax-ns#object> ?to } LIMIT 1")
ENTITY_TYPES = {"Person", "Organisation", "PolicyDocument", "Measure", "Statute", "FundingStream"}


def _projection(sparql: str) -> list[str]:
    body = re.sub(r"#[^\n]*", "", sparql)
    select = re.search(r"SELECT\s+(?:DISTINCT\s+|REDUCED\s+)?(.*?)\s*WHERE", body, re.S | re.I)
    assert select, "not a SELECT query"
    return re.findall(r"(?:AS\s+)?\?(\w+)\)?", re.sub(r"\([^()]*(?:\([^()]*\)[^()]*)*\s+AS\s+\?(\w+)\)",
                                                     r"?\1", select.group(1)))


@pytest.mark.parametrize("query", list_queries(), ids=lambda q: q.name)
def test_every_query_has_a_title_and_description(query) -> None:
    assert query.title and query.title != query.name
    assert query.description


@pytest.mark.parametrize("query", list_queries(), ids=lambda q: q.name)
def test_select_queries_project_their_parameters(query) -> None:
    if not re.search(r"^\s*SELECT", re.sub(r"#[^\n]*|PREFIX[^\n]*", "", query.sparql), re.M | re.I):
        return
    projected = set(_projection(query.sparql))
    for param in query.parameters:
        if param.name in PAGING:  # written into the text as LIMIT/OFFSET, not substituted
            continue
        assert param.name in projected, f"{query.name} must project ?{param.name} (substitution requires it)"


@pytest.mark.parametrize("name,variables", sorted(CONTRACT.items()))
def test_contract_output_variables(name: str, variables: str) -> None:
    query = load_query(name)
    projected = _projection(query.sparql)
    for variable in variables.split():
        assert variable in projected, f"{name} lost ?{variable}"


def _sample_params(store: EmbeddedStore, query) -> dict[str, str]:
    """A value for each parameter, taken from the data (the first entity of the right kind; lineage-edge: the
    ends and relation of a stated edge)."""
    if query.name == "lineage-edge":
        return {k: v.value for k, v in store.query(EDGE).rows[0].items()}
    values = {}
    for param in query.parameters:
        if "(optional)" in param.description:  # left out: the whole answer
            continue
        if param.kind == "article":
            row = store.query("SELECT ?a WHERE { ?a a <https://schema.org/NewsArticle> } LIMIT 1").rows[0]
        else:
            kind = {"entity": "policy"}.get(param.kind, param.kind)
            row = store.query(f"SELECT ?a WHERE {{ ?a ?p ?o FILTER(STRSTARTS(STR(?a), "
                              f"'https://w3id.org/cscgraph/{kind}/')) }} LIMIT 1").rows[0]
        values[param.name] = row["a"].value
    return values


@pytest.mark.parametrize("query", list_queries(), ids=lambda q: q.name)
@pytest.mark.parametrize("fmt", RESULT_FORMATS)
def test_every_query_runs_in_every_format(corpus_store: EmbeddedStore, query, fmt: str) -> None:
    results = run_query(corpus_store, query, _sample_params(corpus_store, query))
    text = render_results(results, fmt)
    if fmt == "json":
        parsed = json.loads(text)
        assert parsed["head"]["vars"] == list(results.variables)
        assert len(parsed["results"]["bindings"]) == len(results.rows)
    elif fmt == "csv":
        rows = list(csv.reader(io.StringIO(text)))
        assert rows[0] == list(results.variables) and len(rows) == len(results.rows) + 1
    elif fmt == "tsv":
        assert text.splitlines()[0].split("\t") == [f"?{v}" for v in results.variables]
    elif fmt == "xml":
        assert text.count("<result>") == len(results.rows)


def test_entities_types_are_the_documented_local_names(corpus_store: EmbeddedStore) -> None:
    rows = run_query(corpus_store, load_query("entities")).rows
    assert rows
    local = {re.split(r"[#/]", row["type"].value)[-1] for row in rows}
    assert local <= ENTITY_TYPES
    assert {"PolicyDocument", "Measure", "Statute"} <= local


def test_lineage_relations_are_ontology_properties(corpus_store: EmbeddedStore) -> None:
    for row in run_query(corpus_store, load_query("lineage")).rows:
        assert row["relation"].value.rsplit("#", 1)[-1] in LINEAGE_RELATIONS


@pytest.mark.parametrize("alias", ["the care review", "MacAlister review", "IRCSC",
                                   "Independent Review of Children’s Social Care"])
def test_aliases_resolve_to_the_curated_review(corpus_store: EmbeddedStore, alias: str) -> None:
    iri = resolve_entity(corpus_store, alias, "policy")
    assert iri == resolve_entity(corpus_store, "the care review", "policy")
    assert iri.startswith("https://w3id.org/cscgraph/policy/")


def test_the_childrens_wellbeing_bill_is_the_schools_bill(corpus_store: EmbeddedStore) -> None:
    assert resolve_entity(corpus_store, "Children's Wellbeing Bill", "statute") == \
        resolve_entity(corpus_store, "Children's Wellbeing and Schools Bill", "statute")


def test_an_iri_parameter_is_taken_as_is(corpus_store: EmbeddedStore) -> None:
    assert resolve_entity(corpus_store, "https://example.org/x") == "https://example.org/x"


def test_unknown_name_is_a_clear_error(corpus_store: EmbeddedStore) -> None:
    with pytest.raises(QueryError, match="no measure named 'no such thing'"):
        resolve_entity(corpus_store, "no such thing", "measure")


def test_article_facts_needs_its_parameter(corpus_store: EmbeddedStore) -> None:
    with pytest.raises(QueryError, match="missing parameter"):
        run_query(corpus_store, load_query("article-facts"))


def test_unknown_parameter_is_refused(corpus_store: EmbeddedStore) -> None:
    with pytest.raises(QueryError, match="unknown parameter"):
        run_query(corpus_store, load_query("entities"), {"nope": "x"})


def test_article_facts_evidence_is_cut_from_the_article_body(corpus_store: EmbeddedStore) -> None:
    article = corpus_store.query("SELECT ?a ?body WHERE { ?a <https://schema.org/articleBody> ?body } LIMIT 1").rows[0]
    rows = run_query(corpus_store, load_query("article-facts"), {"article": article["a"].value}).rows
    assert rows, "the article has mentions at least"
    body = article["body"].value
    for row in rows:
        assert body[int(row["start"].value):int(row["end"].value)] == row["evidence"].value


def test_an_article_parameter_takes_any_link_to_the_article(corpus_store: EmbeddedStore) -> None:
    page = "2024/10/27/budget-to-include-44m-for-kinship-and-foster-care"
    iri = f"https://w3id.org/cscgraph/article/communitycare-co-uk--{page.replace('/', '-')}"
    for link in (f"https://www.communitycare.co.uk/{page}/", f"http://communitycare.co.uk/{page}?utm_source=rss#c",
                 iri, iri.rsplit("/", 1)[1]):
        assert resolve_article(corpus_store, link) == iri, link
    with pytest.raises(QueryError, match="no article with URL or id"):
        resolve_article(corpus_store, f"https://www.other-publisher.org.uk/{page}/")


def test_unknown_query_name_lists_the_known_ones() -> None:
    with pytest.raises(QueryError, match="known: .*who-said-what"):
        load_query("no-such-query")


def test_bad_param_header_is_refused() -> None:
    with pytest.raises(QueryError, match="bad '# param:' line"):
        parse_query("# title: t\n# param: ???\nSELECT * {}")


def test_syntax_error_is_a_query_error(corpus_store: EmbeddedStore) -> None:
    with pytest.raises(QueryError, match="syntax"):
        run_query(corpus_store, parse_query("SELECT WHERE {"))


@pytest.mark.parametrize("query", list_queries(), ids=lambda q: q.name)
def test_no_query_returns_duplicate_rows(corpus_store: EmbeddedStore, query) -> None:
    """Regression: Oxigraph's union default graph is a multiset, so a description triple written into several
    article graphs multiplied rows; descriptions now live in one graph and queries must not repeat rows."""
    rows = run_query(corpus_store, query, _sample_params(corpus_store, query)).rows
    keys = [tuple(sorted((k, v.value) for k, v in row.items())) for row in rows]
    assert len(keys) == len(set(keys)), f"{query.name}: {len(keys) - len(set(keys))} duplicate rows"


def _strings(results) -> list[dict[str, str]]:
    return [{k: v.value for k, v in row.items()} for row in results.rows]


def _claims_by(rows: list[dict[str, str]], *keys: str) -> dict[tuple, list[dict[str, str]]]:
    groups: dict[tuple, list[dict[str, str]]] = {}
    for row in rows:
        groups.setdefault(tuple(row.get(k) for k in keys), []).append(row)
    return groups


def test_lineage_edges_count_what_the_full_listing_lists(corpus_store: EmbeddedStore) -> None:
    claims = _strings(run_query(corpus_store, load_query("lineage-claims")))
    edges = {(r["from"], r["relation"], r["to"]): r for r in _strings(run_query(corpus_store,
                                                                                  load_query("lineage-edges")))}
    expected = _claims_by(claims, "from", "relation", "to")
    assert set(edges) == set(expected)
    for key, rows in expected.items():
        edge = edges[key]
        assert int(edge["claims"]) == len({r["claim"] for r in rows})
        assert int(edge["articles"]) == len({r["article"] for r in rows if r.get("article")})
        assert int(edge["sentences"]) == len({(r["article"], r["start"]) for r in rows if r.get("evidence")})
        assert (edge.get("curated") == "true") == any(r.get("curated") == "true" for r in rows)
        assert edge.get("published") == min((r["published"] for r in rows if r.get("published")), default=None)
    assert any(int(e["sentences"]) > 1 for e in edges.values()), "no edge stated twice: the counts prove little"


def test_lineage_measures_group_the_full_listing_by_measure(corpus_store: EmbeddedStore) -> None:
    claims = _strings(run_query(corpus_store, load_query("lineage-claims")))
    grouped = {(r["from"], r["relation"], r["to"], r.get("measure")): int(r["claims"])
               for r in _strings(run_query(corpus_store, load_query("lineage-measures")))}
    expected = {key: len({r["claim"] for r in rows})
                for key, rows in _claims_by(claims, "from", "relation", "to", "measure").items()}
    assert grouped == expected and any(key[3] for key in grouped)


def test_lineage_edge_lists_the_claims_of_one_edge(corpus_store: EmbeddedStore) -> None:
    claims = _strings(run_query(corpus_store, load_query("lineage-claims")))
    query = load_query("lineage-edge")
    for (source, relation, target), rows in _claims_by(claims, "from", "relation", "to").items():
        found = _strings(run_query(corpus_store, query, {"from": source, "relation": relation, "to": target}))
        assert sorted(sorted(r.items()) for r in found) == sorted(sorted(r.items()) for r in rows)


@contextmanager
def _ingested(tmp_path: Path, *paragraphs: str) -> Iterator[EmbeddedStore]:
    """A store in `tmp_path` holding one article of our own for each paragraph, ingested as `cscgraph ingest` does."""
    files = []
    for n, paragraph in enumerate(paragraphs):
        files.append(tmp_path / f"a{n}.txt")
        files[-1].write_text(f"Title: Article {n}\nURL: https://example.org/article-{n}\n"
                             f"Publisher: Example Gazette\n\n{paragraph}\n", encoding="utf-8")
    settings = Settings(store=str(tmp_path / "store"), search_index=str(tmp_path / "index.sqlite"), workers=1)
    store = open_store(settings)
    try:
        ingest(store, settings, files)
        yield store
    finally:
        store.close()


def test_people_and_organisations_give_one_name_however_articles_spell_it(tmp_path: Path) -> None:
    """Two articles spell one person, role and trust two ways: one row a membership, one row a body."""
    spellings = (("Jo MacAdam", "cabinet member for children’s services", "Northby Children’s Trust"),
                 ("Jo Macadam", "cabinet member for childrens services", "Northby Children's Trust"))
    with _ingested(tmp_path, *(f"Cllr {person}, {role}, said the {body} had met its targets."
                               for person, role, body in spellings)) as store:
        people = [{k: v.value for k, v in r.items() if v is not None}
                  for r in run_query(store, load_query("people"), {}).rows]
        assert {(r["name"], r["role"]) for r in people} == {("Jo MacAdam", "cabinet member for children's services")}
        assert len(people) == 2  # one a membership: each article's
        trusts = [r for r in run_query(store, load_query("organisations"), {}).rows
                  if "trust" in r["organisation"].value]
        assert [(r["name"].value, r["articles"].value) for r in trusts] == [("Northby Children's Trust", "2")]


def test_quote_listings_give_one_row_a_quote_however_articles_spell_a_name_or_role(tmp_path: Path) -> None:
    """Two articles spell one person's name and role two ways: one IRI each with two labels, and still one row a
    quote in who-said-what, quotes-by and quotes-about, with the first of each name."""
    spellings = (("Jo MacAdam", "cabinet member for children’s services", "We need more carers for Staying Close now."),
                 ("Jo Macadam", "cabinet member for childrens services", "Staying Close is losing its carers."))
    with _ingested(tmp_path, *(f"Cllr {spelling}, {role} at Northby Council, said: “{words}”"
                               for spelling, role, words in spellings)) as store:
        labels = store.query("SELECT ?l WHERE { { <https://w3id.org/cscgraph/person/jo-macadam> "
                             "<http://www.w3.org/2000/01/rdf-schema#label> ?l } UNION { ?q "
                             "<https://w3id.org/cscgraph/ontology#speakerRole>/"
                             "<http://www.w3.org/2000/01/rdf-schema#label> ?l } }").rows
        assert {r["l"].value for r in labels} == {"Jo MacAdam", "Jo Macadam", "cabinet member for children's services",
                                                   "cabinet member for childrens services"}
        texts = ["Staying Close is losing its carers.", "We need more carers for Staying Close now."]
        for name, params in (("who-said-what", {}), ("quotes-by", {"speaker": "Jo MacAdam"}),
                             ("quotes-about", {"about": "Staying Close"})):
            rows = run_query(store, load_query(name), params).rows
            assert sorted(r["text"].value for r in rows) == texts, name
            assert {(r["speakerName"].value, r["role"].value) for r in rows} == {
                ("Jo MacAdam", "cabinet member for children's services")}, name
