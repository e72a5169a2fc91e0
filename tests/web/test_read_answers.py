"""Canned queries the read model keeps are answered from its tables by `cscgraph query` and by `/queries/<name>`
(and its feed) while the index is in step with the store, and by SPARQL once it is not. That the tables' typed
answers equal SPARQL's is tests/test_readmodel.py's; here, which path answers: a row changed in the table shows
while the index is in step and is gone once the store has moved on."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from click.testing import CliRunner

from cscgraph.cli import main
from cscgraph.pipeline import ingest
from cscgraph.search import SearchIndex
from cscgraph.settings import Settings
from cscgraph.store import open_store
from cscgraph.store.versions import bump_generation
from tests.web.conftest import REPO, running_server

ARTICLE = """Title: Respite homes for disabled children
URL: https://news.example.org/2025/03/respite-homes/
Published: 2025-03-04
Publisher: Example Care News

Harbour County Council will open two respite homes for disabled children next spring.
“Families have waited too long for short breaks close to home,” said Ruth Okafor, director of children's services at Harbour County Council.
"""
CHANGED = "words the table holds and the store does not"


def _store(tmp_path: Path) -> Settings:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "respite.txt").write_text(ARTICLE, encoding="utf-8")
    settings = Settings(store=str(tmp_path / "store"), search_index=str(tmp_path / "index.sqlite"), workers=1)
    store = open_store(settings)
    index = SearchIndex(Path(settings.search_index))
    try:
        assert ingest(store, settings, [folder], search=index).ok
    finally:
        index.close()
        store.close()
    return settings


def _change_table(settings: Settings) -> None:
    with sqlite3.connect(settings.search_index) as db:
        assert db.execute('UPDATE entity_quotes SET "text" = ?', (CHANGED,)).rowcount


def _cli_texts(settings: Settings, *query: str) -> list[str]:
    result = CliRunner().invoke(main, ["--store", settings.store, "query", *query, "--format", "json"],
                                env={"CSCGRAPH_SEARCH_INDEX": settings.search_index}, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return [row["text"]["value"] for row in json.loads(result.output)["results"]["bindings"]]


def test_the_cli_answers_a_kept_query_from_the_table_while_the_index_is_in_step(tmp_path: Path) -> None:
    settings = _store(tmp_path)
    query = ("entity-quotes", "--param", "entity=Ruth Okafor")
    said = _cli_texts(settings, *query)
    assert said == ["Families have waited too long for short breaks close to home"]
    _change_table(settings)
    assert _cli_texts(settings, *query) == [CHANGED]
    # the same name with other text (a file of the user's) is not the kept query: SPARQL answers it
    own = tmp_path / "entity-quotes.rq"
    own.write_text((REPO / "queries" / "entity-quotes.rq").read_text(encoding="utf-8") + "\n# mine\n",
                   encoding="utf-8")
    assert _cli_texts(settings, str(own), "--param", "entity=Ruth Okafor") == said
    bump_generation(Path(settings.store))  # a write the index did not see
    assert _cli_texts(settings, *query) == said


def test_the_endpoint_answers_a_kept_query_and_its_feed_from_the_table_while_in_step(tmp_path: Path) -> None:
    settings = _store(tmp_path)
    _change_table(settings)
    with running_server(settings, tmp_path) as server, server.client() as client:
        params = {"entity": "Ruth Okafor"}
        answer = client.get("/queries/entity-quotes.json", params=params).json()
        assert [row["text"]["value"] for row in answer["results"]["bindings"]] == [CHANGED]
        assert answer["results"]["bindings"][0]["published"]["datatype"].endswith("#dateTime")
        assert CHANGED in client.get("/queries/entity-quotes", params=params).text
        assert CHANGED in client.get("/feeds/queries/entity-quotes.atom", params=params).text
        bump_generation(Path(settings.store))
        answer = client.get("/queries/entity-quotes.json", params=params).json()
        assert [row["text"]["value"] for row in answer["results"]["bindings"]] == \
            ["Families have waited too long for short breaks close to home"]


def test_the_endpoint_answers_a_canned_query_written_out_with_its_entity_from_the_table(tmp_path: Path) -> None:
    """A client copies a canned query, writes the entity's IRI and a page into it and posts it to /sparql: while the
    index is in step the table answers (recognised token by token: comments and spacing do not count); a query that
    asks for something else or is written another way (two triples swapped), or the store once it has moved on, is
    answered by SPARQL."""
    from cscgraph.queries import load_query, paged
    from cscgraph.store import Term
    from cscgraph.store.binding import inline_bindings

    settings = _store(tmp_path)
    _change_table(settings)
    query = load_query("entity-quotes")
    with running_server(settings, tmp_path) as server, server.client() as client:
        kept = client.get("/queries/entity-quotes.json", params={"entity": "Ruth Okafor"}).json()["results"]
        person = kept["bindings"][0]["entity"]["value"]
        written = inline_bindings(paged(query, limit=5), {"entity": Term("uri", person)})
        # its comments gone, its lines joined, two of its pattern's triples swapped
        plain = " ".join(line for line in written.splitlines() if not line.lstrip().startswith("#"))
        swapped = plain.replace("?quote a ?type ; schema:text ?text .", "?quote schema:text ?text . ?quote a ?type .")

        def texts(sparql: str) -> list[str]:
            answer = client.post("/sparql", data={"query": sparql},
                                 headers={"Accept": "application/sparql-results+json"})
            assert answer.status_code == 200, answer.text
            return [row["text"]["value"] for row in answer.json()["results"]["bindings"]]

        assert texts(written) == texts(plain) == [CHANGED]
        assert swapped != plain and texts(swapped) == ["Families have waited too long for short breaks close to home"]
        other = written.replace("OPTIONAL { ?quote oa:end ?end }",
                                "OPTIONAL { ?quote oa:end ?end } FILTER(STRLEN(?text) > 0)")
        assert texts(other) == ["Families have waited too long for short breaks close to home"]
        bump_generation(Path(settings.store))  # (a text not asked before: an answer is kept up to a second)
        assert texts(written + "\n# again") == ["Families have waited too long for short breaks close to home"]
