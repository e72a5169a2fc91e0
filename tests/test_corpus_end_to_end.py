"""The bundled corpus end to end: every item in, valid, idempotent, and the lineage chain with its evidence."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest

from cscgraph.ingest import article_id, read_paths
from cscgraph.models import Article
from cscgraph.pipeline import IngestReport, ingest, validate_store
from cscgraph.stats import graph_stats
from cscgraph.queries import load_query, run_query
from cscgraph.settings import Settings
from cscgraph.store import EmbeddedStore, open_store


CORPUS = Path(__file__).resolve().parent.parent / "corpus"
CHAIN = ("policy/independent-review-of-childrens-social-care", "policy/stable-homes-built-on-love",
         "policy/keeping-children-safe-helping-families-thrive", "statute/childrens-wellbeing-and-schools-bill")
BASE = "https://w3id.org/cscgraph/"


def _items_in_corpus() -> int:
    """Items counted from the raw text, independently of the readers: one `?p=` guid header per feed item."""
    count = 0
    for path in sorted(CORPUS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        guids = len(re.findall(r"https://www\.communitycare\.co\.uk/\?p=\d+\s*$", text, re.M))
        count += guids or 1  # a file without feed items is one article
    return count


def test_every_item_of_every_file_is_stored_and_the_shared_article_once(corpus_ingest) -> None:
    store, report = corpus_ingest
    ids = [article_id(a) for a in read_paths([CORPUS]) if isinstance(a, Article)]
    assert len(ids) == _items_in_corpus()
    assert len(set(ids)) == len(ids) - 1, "exactly one article appears in two feeds"
    assert len(report.new) == len(set(ids)) and not report.failed
    assert len(report.duplicates) == 1
    assert graph_stats(store)["articles"] == len(set(ids))


def test_the_ingested_corpus_conforms_to_the_shapes(corpus_store: EmbeddedStore) -> None:
    assert validate_store(corpus_store) == []


def test_ingesting_the_corpus_again_changes_nothing(corpus_store: EmbeddedStore, corpus_settings: Settings) -> None:
    before = corpus_store.export("nquads")
    again = ingest(corpus_store, corpus_settings, [CORPUS])
    assert not again.new and not again.updated and not again.failed
    assert corpus_store.export("nquads") == before


def test_two_fresh_ingests_give_the_same_quads_but_ingest_times(tmp_path) -> None:
    def quads(folder: str) -> list[str]:
        settings = Settings(store=str(tmp_path / folder), search_index=str(tmp_path / f"{folder}.sqlite"), workers=2)
        store = open_store(settings)
        ingest(store, settings, [CORPUS])
        lines = store.export("nquads").decode().splitlines()
        store.close()
        return sorted(line for line in lines if "prov#endedAtTime" not in line)
    assert quads("a") == quads("b")


def test_lineage_chain_runs_from_the_review_to_the_bill_with_evidence(corpus_store: EmbeddedStore) -> None:
    rows = run_query(corpus_store, load_query("lineage")).rows
    edges: dict[tuple[str, str], list[str]] = {}
    for row in rows:
        if "evidence" in row:
            edges.setdefault((row["from"].value, row["to"].value), []).append(row["evidence"].value)
    for earlier, later in zip(CHAIN, CHAIN[1:]):
        evidence = edges.get((BASE + later, BASE + earlier), []) + edges.get((BASE + earlier, BASE + later), [])
        assert evidence, f"no evidenced lineage edge between {earlier} and {later}"
        assert all(len(sentence) > 20 for sentence in evidence)


def test_twelve_measures_have_a_trace_through_documents(corpus_store: EmbeddedStore) -> None:
    measures = [row["m"].value for row in corpus_store.query(
        "SELECT DISTINCT ?m WHERE { ?m a <https://w3id.org/cscgraph/ontology#Measure> }").rows]
    traced = [m for m in measures if run_query(corpus_store, load_query("measure-trace"), {"measure": m}).rows]
    assert len(traced) >= 12, traced


def test_measure_trace_by_alias_is_in_date_order(corpus_store: EmbeddedStore) -> None:
    rows = run_query(corpus_store, load_query("measure-trace"), {"measure": "family help"}).rows
    assert rows
    dates = [row["date"].value if "date" in row else row["published"].value for row in rows
             if "date" in row or "published" in row]
    assert dates == sorted(dates, key=lambda d: datetime.fromisoformat(d[:10]))


def test_andy_smiths_quotes_across_articles_with_dates_and_role(corpus_store: EmbeddedStore) -> None:
    rows = run_query(corpus_store, load_query("quotes-by"), {"speaker": "Andy Smith"}).rows
    articles = {row["article"].value for row in rows}
    assert len(articles) >= 2, "he is quoted in more than one article"
    assert all("published" in row for row in rows)
    assert any(row.get("role") and "president" in row["role"].value.lower() for row in rows)


@pytest.mark.parametrize("funder_kind", ["organisation"])
def test_funding_totals_by_funder_and_period(corpus_store: EmbeddedStore, funder_kind: str) -> None:
    rows = run_query(corpus_store, load_query("funding-totals")).rows
    assert rows
    assert any("period" in row and row["funder"].value.startswith(BASE + funder_kind) for row in rows)


def test_report_lists_no_failures(corpus_ingest: tuple[EmbeddedStore, IngestReport]) -> None:
    assert corpus_ingest[1].ok
