"""The `cscgraph` command: one-line errors, safe re-runs, whole values in every output (its docs: test_docs.py)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from cscgraph.cli import main

REPO = Path(__file__).resolve().parent.parent


def run(*args: str, input: str | None = None):  # noqa: A002 - mirrors CliRunner.invoke
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("small-corpus")
    shutil.copy(REPO / "corpus" / "004_f5a1181426d79012.txt", folder)
    shutil.copy(REPO / "corpus" / "003_e5289c4316d2c995.txt", folder)
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02 not an article \xff\xfe")
    return folder


@pytest.fixture(scope="module")
def ingested(small_corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, object]:
    store = str(tmp_path_factory.mktemp("cli-store") / "store")
    first = run("--store", store, "--workers", "1", "ingest", "--quiet", str(small_corpus))
    return store, first


def test_a_broken_file_is_named_and_the_rest_go_in(ingested) -> None:
    store, first = ingested
    assert "broken.txt" in first.output and "failed" in first.output
    assert re.search(r"^6 new, 0 updated, 0 unchanged, 1 failed$", first.output, re.M), first.output


def test_ingesting_twice_changes_nothing(ingested, small_corpus: Path) -> None:
    store, _ = ingested
    before = run("--store", store, "export", "--format", "nquads").stdout_bytes
    again = run("--store", store, "--workers", "1", "ingest", "--quiet", str(small_corpus))
    assert "0 new, 0 updated, 6 unchanged, 1 failed" in again.output
    assert run("--store", store, "export", "--format", "nquads").stdout_bytes == before


def test_stats_counts_the_articles(ingested) -> None:
    store, _ = ingested
    result = run("--store", store, "stats")
    assert re.search(r"^articles\s+6$", result.output, re.M), result.output


def test_query_from_stdin_and_file(ingested, tmp_path: Path) -> None:
    store, _ = ingested
    sparql = "SELECT (COUNT(?a) AS ?n) WHERE { ?a a <https://schema.org/NewsArticle> }"
    from_stdin = json.loads(run("--store", store, "query", "-", "--format", "json", input=sparql).output)
    assert from_stdin["results"]["bindings"][0]["n"]["value"] == "6"
    path = tmp_path / "count.rq"
    path.write_text(sparql)
    from_file = json.loads(run("--store", store, "query", str(path), "--format", "json").output)
    assert from_file == from_stdin


def test_query_param_binds_by_alias(ingested) -> None:
    store, _ = ingested
    result = run("--store", store, "query", "quotes-about", "--param", "about=IRCSC", "--format", "json")
    assert result.exit_code == 0, result.output
    assert "results" in json.loads(result.output)


def test_bad_param_syntax_is_one_line(ingested) -> None:
    store, _ = ingested
    result = CliRunner().invoke(main, ["--store", store, "query", "entities", "--param", "oops"])
    assert result.exit_code != 0 and "NAME=VALUE" in result.output


def test_unknown_query_is_one_line_error(ingested) -> None:
    store, _ = ingested
    result = CliRunner().invoke(main, ["--store", store, "query", "nope"])
    assert result.exit_code == 1
    assert result.output.strip().startswith("Error: no canned query named 'nope'")
    assert len(result.output.strip().splitlines()) == 1


EXPORTS = [("trig", ox.RdfFormat.TRIG), ("nquads", ox.RdfFormat.N_QUADS), ("turtle", ox.RdfFormat.TURTLE),
           ("ntriples", ox.RdfFormat.N_TRIPLES), ("jsonld", ox.RdfFormat.JSON_LD)]
"""Every export format, with the parser that reads it back."""


@pytest.mark.parametrize("fmt,parse_as", EXPORTS)
def test_export_formats_parse(ingested, fmt: str, parse_as) -> None:
    store, _ = ingested
    data = run("--store", store, "export", "--format", fmt).stdout_bytes
    assert len(list(ox.parse(data, format=parse_as))) > 1000


@pytest.mark.parametrize("fmt,parse_as", EXPORTS)
def test_no_export_format_carries_the_stores_metadata(ingested, fmt: str, parse_as) -> None:
    store, _ = ingested
    data = run("--store", store, "export", "--format", fmt).stdout_bytes
    predicates = {str(getattr(item, "predicate", "")) for item in ox.parse(data, format=parse_as)}
    assert "<https://w3id.org/cscgraph/ontology#formatVersion>" not in predicates


def test_validate_passes_on_ingested_articles(ingested) -> None:
    store, _ = ingested
    result = run("--store", store, "validate")
    assert result.exit_code == 0 and "conforms" in result.output


def test_search_finds_an_article(ingested) -> None:
    store, _ = ingested
    result = run("--store", store, "search", "piecemeal")
    assert "article" in result.output and "underfunded" in result.output.lower()


def test_query_wide_prints_every_quote_whole(ingested) -> None:
    store, _ = ingested
    quotes = [b["text"]["value"] for b in json.loads(run("--store", store, "query", "who-said-what", "--format",
                                                         "json").output)["results"]["bindings"]]
    wide = run("--store", store, "query", "who-said-what", "--wide").output
    assert quotes and all(" ".join(q.split()) in wide for q in quotes)


def test_organisations_lists_bodies_absent_from_reference_data_with_their_articles(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("Title: Councils warn on care costs\nURL: https://example.org/care-costs\n"
                       "Published: 2025-03-01\n\nThe Northby Kinship Carers Network said the plan was late. "
                       "Ofsted said inspections would continue.\n", encoding="utf-8")
    store = str(tmp_path / "store")
    run("--store", store, "--workers", "1", "ingest", "--quiet", str(article))
    rows = json.loads(run("--store", store, "query", "organisations", "--format", "json").stdout)
    by_name = {b["name"]["value"]: b for b in rows["results"]["bindings"]}
    network = by_name["Northby Kinship Carers Network"]
    assert network["curated"]["value"] == "false"
    assert network["articles"]["value"] == "1"
    named_in = json.loads(run("--store", store, "query", "entity-mentioned-in", "--param",
                              f"entity={network['organisation']['value']}", "--format", "json").stdout)
    assert [b["article"]["value"].rsplit("/", 1)[1] for b in named_in["results"]["bindings"]] == [
        "example-org--care-costs"]
    assert by_name[next(n for n in by_name if n.startswith("Ofsted"))]["curated"]["value"] == "true"


def test_a_council_reference_data_knows_is_curated_in_organisations(tmp_path: Path) -> None:
    # Councils in reference data once lacked the skos:prefLabel the query reads as "curated".
    article = tmp_path / "council.txt"
    article.write_text("Title: Care costs\nURL: https://example.org/council\nPublished: 2025-03-01\n\n"
                       "Tameside council said the plan was late.\n", encoding="utf-8")
    store = str(tmp_path / "store")
    run("--store", store, "--workers", "1", "ingest", "--quiet", str(article))
    rows = json.loads(run("--store", store, "query", "organisations", "--format", "json").stdout)
    curated = {b["name"]["value"]: b["curated"]["value"] for b in rows["results"]["bindings"]}
    assert curated["Tameside Metropolitan Borough Council"] == "true"


def test_compact_keeps_every_quad_and_says_what_it_did(small_corpus: Path, tmp_path: Path) -> None:
    store = str(tmp_path / "store")
    run("--store", store, "--workers", "1", "ingest", "--quiet", str(small_corpus))
    before = run("--store", store, "export", "--format", "nquads").output
    found = run("--store", store, "search", "children").output
    assert before and found
    done = run("--store", store, "compact")
    assert done.exit_code == 0 and re.fullmatch(r"compacted: [\d,.]+ MB → [\d,.]+ MB in [\d.]+ s\n", done.output)
    assert sorted(run("--store", store, "export", "--format", "nquads").output.splitlines()) == \
        sorted(before.splitlines())
    assert run("--store", store, "search", "children").output == found


def test_compact_of_a_sparql_endpoint_is_refused_in_one_line() -> None:
    done = run("--store", "http://127.0.0.1:9/sparql", "compact")
    assert done.exit_code == 1 and "compact works on an embedded store folder" in done.output
