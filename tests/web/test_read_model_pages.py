"""Pages read from the read model's tables are the pages read from SPARQL: two real servers over one store, one
whose index is in step with the store (its tables read) and one whose index says it is behind (every listing asked
of the store), give the same HTML and JSON for the funding page, the entity pages' quotes, mentions, money, roles
and lineage sections (a measure's trace), the lineage comparison, the lineage page (its edges by measure) and the
index pages of people, bodies and documents (the names every page shows); and `serve` never brings a stale index
back in step itself."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from cscgraph.settings import Settings
from cscgraph.store import open_store
from cscgraph.web.explorer import Explorer
from tests.web.conftest import Server, running_server

BASE = "https://w3id.org/cscgraph/"
PAGES = [
    "/funding", "/funding.json", "/funding?by=period", "/funding.json?by=measure",
    "/person/andy-smith", "/person/andy-smith.json", "/person/andy-smith.json?per_page=2&quotes_page=2",
    "/organisation/department-for-education", "/organisation/department-for-education.json?per_page=3&mentions_page=2",
    "/organisation/association-of-directors-of-childrens-services.json",
    "/policy/stable-homes-built-on-love", "/policy/stable-homes-built-on-love.json?per_page=2&about_page=2",
    "/measure/family-help.json", "/measure/family-help.json?per_page=2&money_page=2",
    "/organisation/department-for-education.json?per_page=2&money_page=3",
    "/policy/stable-homes-built-on-love.json?per_page=2&claims_page=2", "/measure/staying-close",
    "/measure/staying-close.json?per_page=1&claims_page=2", "/lineage/diff.json",
    "/person/andy-smith.json?per_page=1&roles_page=2",
    "/organisation/department-for-education.json?per_page=2&roles_page=2",
    "/", "/person", "/person.json", "/organisation", "/organisation.json", "/policy.json", "/measure.json",
    "/lineage", "/lineage.json", "/quotes", "/quotes.json?page=2",
]


def _stamp(index: Path) -> int | None:
    with sqlite3.connect(index) as db:
        row = db.execute("SELECT generation FROM in_step").fetchone()
    return None if row is None else int(row[0])


@pytest.fixture(scope="module")
def stale_server(web_settings: Settings, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A server over the same store whose index (a copy) says it is in step with a generation the store never had."""
    folder = tmp_path_factory.mktemp("stale-index")
    copy = folder / "search.sqlite"
    with sqlite3.connect(web_settings.search_index) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    with sqlite3.connect(copy) as db:
        db.execute("UPDATE in_step SET generation = -1")
    with running_server(dataclasses.replace(web_settings, search_index=str(copy)), folder) as running:
        yield running


def test_serve_warns_that_a_stale_index_is_not_read(stale_server: Server) -> None:
    log = Path(stale_server.settings.search_index).parent / "server.log"
    assert "the index is behind the store; listings are read from SPARQL" in log.read_text()


def test_pages_from_the_tables_are_the_pages_from_sparql(server: Server, stale_server: Server,
                                                         web_settings: Settings) -> None:
    assert _stamp(Path(web_settings.search_index)) is not None
    with server.client() as tables, stale_server.client() as sparql:
        for path in PAGES:
            from_tables, from_sparql = tables.get(path), sparql.get(path)
            assert from_tables.status_code == from_sparql.status_code == 200, path
            assert from_tables.text == from_sparql.text, path
        funding = tables.get("/funding.json").json()
        assert funding["total"] > 10 and funding["streams"]
        andy = tables.get("/person/andy-smith.json").json()
        assert andy["quotes"] and andy["mentionedIn"]
    assert _stamp(Path(stale_server.settings.search_index)) == -1  # serve left the stale index as it was


def test_the_in_step_server_reads_the_tables_and_the_stale_one_the_store(server: Server, stale_server: Server) -> None:
    """What makes the comparison above mean something: the same explorer setup as each server's reads its listing
    from the table when the index is in step, and gets None (so asks the store) when it is not."""
    for running, expect_table in ((server, True), (stale_server, False)):
        store = open_store(running.settings, read_only=True)
        explorer = Explorer(running.settings, store)
        try:
            got = explorer.index.listing("entity-quotes", {"entity": BASE + "person/andy-smith"})
            assert (got is not None) == expect_table
            if expect_table:
                sparql = explorer.db.results("entity-quotes", entity=BASE + "person/andy-smith").rows
                assert got == [{k: v.value for k, v in row.items()} for row in sparql] != []
        finally:
            explorer.close()
            store.close()


def test_names_looked_up_one_at_a_time_in_the_table_are_the_catalogues(server: Server, stale_server: Server) -> None:
    """Pages name IRIs from the in-step index's table (`Names`), one at a time or many together: each is what the
    whole catalogue, read from SPARQL, says of it, an unknown IRI too; one kind's entities likewise. The stale
    index answers None, so its pages read the whole catalogue from the store."""
    for running, expect_table in ((server, True), (stale_server, False)):
        store = open_store(running.settings, read_only=True)
        explorer = Explorer(running.settings, store)
        try:
            unknown = BASE + "person/nobody-known"
            assert (explorer.index.names([unknown]) is not None) == expect_table
            catalogue = {row["entity"].value: {k: v.value for k, v in row.items()}
                         for row in explorer.db.results("entity-catalogue").rows}
            assert len(catalogue) > 50
            together = Explorer(running.settings, store)  # its names looked up all at once, as pages do
            together.names.prefetch([*catalogue, unknown])
            for names in (explorer.names, together.names):
                for iri, row in catalogue.items():
                    assert (names.stated_label(iri), names.date(iri), names.curated(iri)) == (
                        row.get("label", ""), row.get("date", "")[:10], row.get("curated") == "true"), iri
            together.close()
            assert explorer.names.stated_label(unknown) == "" and explorer.names.date(unknown) == ""
            people = sorted(((iri, row["label"], row.get("date", "")[:10]) for iri, row in catalogue.items()
                             if iri.startswith(BASE + "person/") and "/" not in iri[len(BASE + "person/"):]),
                            key=lambda e: (e[1].lower(), e[0]))
            assert explorer.names.entities_of("person") == people != []
        finally:
            explorer.close()
            store.close()
