"""Store format version: an older store is refused with the command that upgrades it, and `migrate` upgrades it.

Old stores are crafted from a current one: format 0 by setting the recorded version and stripping article graphs to
what an older mapping might have written (no mentions, quotes or facts; just the article node and its provenance);
format 1 by rewriting the evidence the way cscgraph wrote it until format 2 (`format1.py`); formats 3 and 4 by
renaming articles to the ids those formats minted (`store_under_old_ids`).
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
import pytest

from cscgraph.errors import StoreVersionError
from cscgraph.search import SearchIndex
from cscgraph.queries import CannedQuery, list_queries, run_query
from cscgraph.graph.namespaces import Minter
from cscgraph.settings import BASE_IRI, Settings
from cscgraph.store import FORMAT_VERSION, EmbeddedStore, Store, open_store, store_generation
from tests.conftest import index_tables, indexed_graphs

from .conftest import generated_items, rss_feed, run_cli
from .format1 import write_format_1
from .test_crash import graph_quads

CSC = "https://w3id.org/cscgraph/ontology#"
META = "https://w3id.org/cscgraph/graph/meta"
CORPUS = Path(__file__).resolve().parents[2] / "corpus"
KEPT_IN_OLD_FORMAT = {"https://schema.org/headline", "https://schema.org/articleBody", "https://schema.org/url",
                      "https://schema.org/datePublished", "http://purl.org/dc/terms/source",
                      "https://schema.org/abstract", "https://schema.org/publisher",
                      "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", f"{CSC}contentHash"}


def craft_old_store(path: Path, version: int, *, strip: bool = True) -> None:
    """Set the recorded version, and (for an older version, unless `strip` is false) strip article graphs to what
    format 0 kept of them."""
    store = ox.Store(str(path))
    for quad in list(store.quads_for_pattern(None, ox.NamedNode(f"{CSC}formatVersion"), None, None)):
        store.remove(quad)
    store.add(ox.Quad(ox.NamedNode("https://w3id.org/cscgraph/"), ox.NamedNode(f"{CSC}formatVersion"),
                      ox.Literal(str(version), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")),
                      ox.NamedNode(META)))
    if version < FORMAT_VERSION and strip:
        for quad in list(store):
            graph = quad.graph_name
            if isinstance(graph, ox.NamedNode) and "/graph/article/" in graph.value and (
                    quad.predicate.value not in KEPT_IN_OLD_FORMAT or "/mention/" in str(quad.subject)):
                store.remove(quad)
    store.flush()
    del store


@pytest.fixture
def current(tmp_path: Path) -> tuple[Path, Path]:
    feed = tmp_path / "feed.xml"
    feed.write_bytes(rss_feed(generated_items(12)))
    done = run_cli("--store", tmp_path / "store", "ingest", "--quiet", feed)
    assert done.returncode == 0, done.stderr
    return tmp_path / "store", feed


def test_older_store_is_refused_with_the_command_that_upgrades_it(current: tuple[Path, Path]) -> None:
    store, _ = current
    craft_old_store(store, 0)
    with pytest.raises(StoreVersionError, match=rf"format 0 .*older.*`cscgraph --store {store} migrate`"):
        open_store(Settings(store=str(store)))
    done = run_cli("--store", store, "stats")
    assert done.returncode == 1 and "migrate" in done.stderr and "Traceback" not in done.stderr


def test_newer_store_is_refused_saying_to_upgrade_cscgraph(current: tuple[Path, Path]) -> None:
    store, _ = current
    craft_old_store(store, FORMAT_VERSION + 1)
    with pytest.raises(StoreVersionError, match="newer cscgraph.*upgrade cscgraph"):
        open_store(Settings(store=str(store)), read_only=True)


def test_migrate_rebuilds_an_old_store_to_what_a_fresh_ingest_writes(current: tuple[Path, Path],
                                                                     tmp_path: Path) -> None:
    store, feed = current
    expected = graph_quads(store)
    craft_old_store(store, 0)
    assert graph_quads_raw(store) != expected
    done = run_cli("--store", store, "migrate")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        f"migrated format 0 → {FORMAT_VERSION}: 12 article graph(s) re-derived, 0 failed", "index rebuilt: 12 article(s)"]
    assert quad_diff(expected, graph_quads(store)) == []
    index = SearchIndex(store.parent / f"{store.name}.search.sqlite", read_only=True)
    try:  # serve reads the read model's tables again, not the SPARQL fallback a stale index gets
        assert index.in_step_at() == store_generation(store) > 0
    finally:
        index.close()
    again = run_cli("--store", store, "migrate")
    assert again.stdout.strip() == f"store is already at format {FORMAT_VERSION}; nothing to do"
    rerun = run_cli("--store", store, "ingest", "--quiet", feed)
    assert rerun.stdout.strip() == "0 new, 0 updated, 12 unchanged, 0 failed"


def graph_quads_raw(store: Path) -> dict[str, set[str]]:
    """`graph_quads` of a store whose version this cscgraph refuses."""
    raw = ox.Store.read_only(str(store))
    graphs: dict[str, set[str]] = {}
    for quad in raw:
        if quad.predicate.value != "http://www.w3.org/ns/prov#endedAtTime":
            graphs.setdefault(str(quad.graph_name), set()).add(f"{quad.subject} {quad.predicate} {quad.object}")
    return graphs


def quad_diff(a: dict[str, set[str]], b: dict[str, set[str]]) -> list[str]:
    """Quads in only one of two stores, each marked `-` (only in `a`) or `+` (only in `b`), with its graph."""
    out = []
    for g in sorted(set(a) | set(b)):
        for q in sorted(a.get(g, set()) ^ b.get(g, set())):
            out.append(("-" if q in a.get(g, set()) else "+") + f" {g} {q}")
    return out


def test_migrate_keeps_a_publisher_reference_data_curates(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("Title: Councils open family hubs\nURL: https://news.example.org/hubs\n"
                       "Published: 2024-05-01\nPublisher: Community Care\n\n"
                       "Local authorities opened family hubs in every ward last year.\n", encoding="utf-8")
    store = tmp_path / "store"
    assert run_cli("--store", store, "ingest", "--quiet", article).returncode == 0
    expected = graph_quads(store)
    assert any("schema.org/publisher> <https://w3id.org/cscgraph/organisation/community-care>" in quad
               for quads in expected.values() for quad in quads)
    craft_old_store(store, FORMAT_VERSION - 1)
    assert run_cli("--store", store, "migrate").returncode == 0
    assert quad_diff(expected, graph_quads(store)) == []


def canned_parameters(store: Store, query: CannedQuery) -> list[dict[str, str]]:
    """Parameter sets for a query, from the data: each article, or the three entities of the parameter's kind the
    most articles mention (any kind for `entity`), or the stated lineage edges; optional parameters left out."""
    needed = [p for p in query.parameters if "(optional)" not in p.description]
    if not needed:
        return [{}]
    if {p.name for p in needed} >= {"from", "to"}:
        edges = store.query("SELECT DISTINCT ?from ?to WHERE { ?c <https://w3id.org/cscgraph/ontology#evidence> ?s ; "
                            "<http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> ?from ; "
                            "<http://www.w3.org/1999/02/22-rdf-syntax-ns#object> ?to } ORDER BY ?from ?to LIMIT 5")
        return [{"from": row["from"].value, "to": row["to"].value} for row in edges.rows]
    kind = needed[0].kind
    if kind == "article":
        found = store.query("SELECT ?x WHERE { ?x a <https://schema.org/NewsArticle> }")
    else:
        prefix = store.minter.base + ("" if kind in ("entity", "stream") else f"{kind}/")
        found = store.query(f"SELECT ?x (COUNT(?a) AS ?n) WHERE {{ ?a <https://schema.org/mentions>|^<"
                            f"https://schema.org/funder>|^<https://w3id.org/cscgraph/ontology#funds> ?x "
                            f"FILTER(STRSTARTS(STR(?x), '{prefix}')) }} GROUP BY ?x ORDER BY DESC(?n) ?x LIMIT 3")
    return [{needed[0].name: row["x"].value} for row in found.rows]


def test_migrate_upgrades_a_format_1_corpus_store_with_every_canned_answer_unchanged(tmp_path: Path) -> None:
    store = tmp_path / "store"
    done = run_cli("--store", store, "ingest", "--quiet", CORPUS)
    assert done.returncode == 0, done.stderr
    fresh = canned_answers(store)
    assert sum(len(rows) for rows in fresh.values()) > 5000
    articles = write_format_1(store)
    assert "http://www.w3.org/ns/oa#SpecificResource" in ox.Store.read_only(str(store)).dump(
        format=ox.RdfFormat.N_QUADS).decode()
    with pytest.raises(StoreVersionError, match="format 1 .*older"):
        open_store(Settings(store=str(store)))
    done = run_cli("--store", store, "migrate")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == \
        f"migrated format 1 → {FORMAT_VERSION}: {articles} article graph(s) re-derived, 0 failed"
    migrated = canned_answers(store)
    assert [key for key in fresh if migrated[key] != fresh[key]] == []


def canned_answers(path: Path) -> dict[tuple[str, str], list[list[tuple[str, str, str]]]]:
    """Every canned query's rows (as a sorted list) by (query, parameters), on the store at `path`."""
    store = open_store(Settings(store=str(path)), read_only=True)
    try:
        return {(query.name, repr(params)): sorted(map(sorted_row, run_query(store, query, params).rows))
                for query in list_queries() if query.name != "dataset-modified"  # the time of the store's ingest
                for params in canned_parameters(store, query)}
    finally:
        store.close()


def sorted_row(row: dict) -> list[tuple[str, str, str]]:
    return sorted((name, term.type, term.value) for name, term in row.items())


ARTICLE_ID = re.compile(r"(?<=/article/)[^/]+")
IDENTIFIER = "http://purl.org/dc/terms/identifier"


def store_under_old_ids(path: Path, old_id: Callable[[str], str]) -> dict[str, str]:
    """Rename every article of the store at `path` to the id `old_id` gives for its current id, as an older format
    minted it: its IRI, graph, nodes and `dcterms:identifier`. Returns {current id: old id} of the renamed."""
    raw = ox.Store(str(path))
    ids = {quad.object.value: old_id(quad.object.value)
           for quad in raw.quads_for_pattern(None, ox.NamedNode(IDENTIFIER), None, None)}
    ids = {new: old for new, old in ids.items() if new != old}

    def renamed(term):  # noqa: ANN001, ANN202
        if isinstance(term, ox.NamedNode):
            return ox.NamedNode(ARTICLE_ID.sub(lambda found: ids.get(found.group(), found.group()), term.value, 1))
        return ox.Literal(ids[term.value]) if isinstance(term, ox.Literal) and term.value in ids else term

    moves = [(quad, ox.Quad(*map(renamed, (quad.subject, quad.predicate, quad.object, quad.graph_name))))
             for quad in raw]
    moves = [(quad, moved) for quad, moved in moves if moved != quad]
    for quad, _ in moves:  # all removed first: two articles may swap ids
        raw.remove(quad)
    for _, moved in moves:
        raw.add(moved)
    raw.flush()
    del raw
    return ids


def test_migrate_moves_an_article_stored_under_its_query_less_id_to_its_new_graph(tmp_path: Path) -> None:
    article = tmp_path / "minutes.txt"
    article.write_text("Title: Family hubs report\nURL: https://democracy.northby.gov.uk/mgAi.aspx?ID=18147\n"
                       "Published: 2024-05-01\n\nThe cabinet agreed to open family hubs in every ward.\n",
                       encoding="utf-8")
    store = tmp_path / "store"
    assert run_cli("--store", store, "ingest", "--quiet", article).returncode == 0
    expected = graph_quads(store)
    assert "<https://w3id.org/cscgraph/graph/article/democracy-northby-gov-uk--mgai-aspx-id-18147>" in expected
    # As format 3 stored it: the id was the URL's path alone.
    assert store_under_old_ids(store, lambda _: "mgai-aspx") == {
        "democracy-northby-gov-uk--mgai-aspx-id-18147": "mgai-aspx"}
    craft_old_store(store, 3)
    done = run_cli("--store", store, "migrate")
    assert done.returncode == 0, done.stderr
    assert quad_diff(expected, graph_quads(store)) == []


def test_migrate_moves_a_format_4_corpus_store_to_ids_with_the_host_and_answers_as_a_fresh_ingest(
        tmp_path: Path) -> None:
    fresh, old = tmp_path / "fresh", tmp_path / "old"
    assert run_cli("--store", fresh, "ingest", "--quiet", CORPUS).returncode == 0
    shutil.copytree(fresh, old)
    old_index = tmp_path / "old.search.sqlite"
    # Format 4 minted the id from the URL's path and query only (`2024-10-27-budget-…`): the host's slug dropped.
    ids = store_under_old_ids(old, lambda current: current.split("--", 1)[-1])
    assert ids["communitycare-co-uk--2024-10-27-budget-to-include-44m-for-kinship-and-foster-care"] == \
        "2024-10-27-budget-to-include-44m-for-kinship-and-foster-care"
    articles = len(ids) + 1  # and the corpus article without a URL, whose id is a hash of its text either way
    craft_old_store(old, 4, strip=False)
    with pytest.raises(StoreVersionError, match="format 4 .*older"):
        open_store(Settings(store=str(old)), read_only=True)
    stored, index = EmbeddedStore(old, Minter(BASE_IRI), check_version=False), SearchIndex(old_index)
    try:  # the index beside it, as format 4 kept it: every row under the old ids
        assert index.sync(stored) == articles and len(indexed_graphs(index)) == articles
    finally:
        index.close()
        stored.close()
    done = run_cli("--store", old, "migrate")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        f"migrated format 4 → {FORMAT_VERSION}: {articles} article graph(s) re-derived, 0 failed",
        f"index rebuilt: {articles} article(s)"]
    assert quad_diff(graph_quads(fresh), graph_quads(old)) == []
    answers, migrated = canned_answers(fresh), canned_answers(old)
    assert migrated.keys() == answers.keys() and [key for key in answers if migrated[key] != answers[key]] == []
    assert index_tables(old_index) == index_tables(tmp_path / "fresh.search.sqlite")


def test_migrate_keeps_an_article_moved_into_the_graph_another_is_moved_out_of(tmp_path: Path) -> None:
    # A site's home page was `www-x-org` in format 4 and is `x-org` now, the old id of another site's page `/x-org`.
    for name, url in (("home", "https://www.x.org/"), ("page", "https://news.example.org/x-org")):
        (tmp_path / f"{name}.txt").write_text(f"Title: {name}\nURL: {url}\nPublished: 2024-05-01\n\n"
                                              f"The {name} says councils opened family hubs.\n", encoding="utf-8")
    store = tmp_path / "store"
    assert run_cli("--store", store, "ingest", "--quiet", tmp_path / "home.txt", tmp_path / "page.txt").returncode == 0
    expected = graph_quads(store)
    format_4 = {"x-org": "www-x-org", "news-example-org--x-org": "x-org"}
    assert store_under_old_ids(store, lambda current: format_4.get(current, current)) == format_4
    craft_old_store(store, 4, strip=False)
    assert run_cli("--store", store, "migrate").returncode == 0
    assert quad_diff(expected, graph_quads(store)) == []


def test_migrate_gives_an_article_without_a_publisher_none(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("Title: Hubs open\nURL: https://news.example.org/hubs-open\nPublished: 2024-05-01\n\n"
                       "Northby Council opened family hubs in every ward last year.\n", encoding="utf-8")
    store = tmp_path / "store"
    assert run_cli("--store", store, "ingest", "--quiet", article).returncode == 0
    expected = graph_quads(store)
    craft_old_store(store, FORMAT_VERSION - 1)
    assert run_cli("--store", store, "migrate").returncode == 0
    assert quad_diff(expected, graph_quads(store)) == []
