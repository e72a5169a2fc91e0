"""`/funding` data from an article of our own: the chart adds up commitments by their funder only; a charity that
campaigned for what is funded or estimates a shortfall, and a publisher's analysis of spending, are never funders."""

from __future__ import annotations

from pathlib import Path

from cscgraph.graph.namespaces import Minter
from cscgraph.pipeline import ingest
from cscgraph.settings import BASE_IRI, Settings
from cscgraph.store import EmbeddedStore
from cscgraph.web.explorer import Explorer
from cscgraph.web.views.funding import funding_data

ARTICLE = """Title: Ministers give councils £31m for kinship care
URL: https://example.org/news/2025/05/01/kinship-care-31m
Published: 1 May 2025
Publisher: Example Care News

The government has allocated £31m to councils in 2025-26 to help kinship carers.

The plan includes measures that Kinship has long campaigned for, including a £6m programme of training for carers.

The charity Kinship welcomed the funding but warned of a £95m shortfall in support for kinship families next year.

Analysis by Example Care News found that councils spent £1.3bn on kinship care last year.
"""


def test_the_chart_totals_commitments_by_funder_and_keeps_comment_estimates_and_spending_apart(
        tmp_path: Path) -> None:
    (tmp_path / "kinship.txt").write_text(ARTICLE, encoding="utf-8")
    settings = Settings(store=str(tmp_path / "store"), search_index=str(tmp_path / "search.sqlite"))
    store = EmbeddedStore(tmp_path / "store", Minter(BASE_IRI))
    explorer = Explorer(settings, store)
    try:
        assert ingest(store, settings, [tmp_path / "kinship.txt"]).ok
        data = funding_data(explorer, "funder", {"funder": "", "period": "", "measure": "", "kind": ""})
        streams = {float(s["amountGBP"]): s for s in data["streams"]}
        assert set(streams) == {31e6, 6e6, 95e6, 1.3e9}
        government = streams[31e6]["funder"]
        assert government.endswith("/organisation/labour-government") and streams[6e6]["funder"] == government
        assert {s.get("funder") for s in data["streams"]} == {government, None}
        assert [(g["label"], g["totalGBP"]) for g in data["totals"]] == [(explorer.names.label(government), 37e6)]
        assert {g["key"]: g["totalGBP"] for g in data["otherTotals"]} == {"shortfall": 95e6, "spent": 1.3e9}
    finally:
        explorer.close()
        store.close()
