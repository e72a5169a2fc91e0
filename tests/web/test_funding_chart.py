"""`/funding` from an article of our own: the chart adds up commitments by their funder only; a charity that
campaigned for what is funded or estimates a shortfall, and a publisher's analysis of spending, are never funders,
and a commitment whose funder the text does not state is totalled apart, not drawn as a funder's bar. Checked on
the data and in a real browser (Debian chromium) against a real server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from cscgraph.graph.namespaces import Minter
from cscgraph.pipeline import ingest
from cscgraph.settings import BASE_IRI, Settings
from cscgraph.store import EmbeddedStore
from cscgraph.web.explorer import Explorer
from cscgraph.web.views.funding import UNATTRIBUTED, funding_data, stream_page
from tests.web.conftest import Server, running_server

ARTICLE = """Title: Ministers give councils £31m for kinship care
URL: https://example.org/news/2025/05/01/kinship-care-31m
Published: 1 May 2025
Publisher: Example Care News

The government has allocated £31m to councils in 2025-26 to help kinship carers.

The plan includes measures that Kinship has long campaigned for, including a £6m programme of training for carers.

The charity Kinship welcomed the funding but warned of a £95m shortfall in support for kinship families next year.

Analysis by Example Care News found that councils spent £1.3bn on kinship care last year.

Carers in Northby met on Tuesday to discuss the plans.

Carers say the support groups are valued.

Separately, a £4m fund for kinship carers' training will open in the autumn.
"""
"""Five figures: two commitments by the government (£31m, £6m), a charity's shortfall (£95m), a publisher's spending
figure (£1.3bn), and a commitment three sentences from any funder (£4m: the text states no funder for it)."""


@pytest.fixture(scope="module")
def funding_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    folder = tmp_path_factory.mktemp("funding")
    (folder / "kinship.txt").write_text(ARTICLE, encoding="utf-8")
    settings = Settings(store=str(folder / "store"), search_index=str(folder / "search.sqlite"))
    store = EmbeddedStore(folder / "store", Minter(BASE_IRI))
    try:
        assert ingest(store, settings, [folder / "kinship.txt"]).ok
    finally:
        store.close()
    return settings


def test_the_chart_totals_commitments_by_funder_and_keeps_comment_estimates_and_spending_apart(
        funding_settings: Settings) -> None:
    store = EmbeddedStore(Path(funding_settings.store), Minter(BASE_IRI))
    explorer = Explorer(funding_settings, store)
    try:
        filters = {"funder": "", "period": "", "measure": "", "kind": ""}
        data = funding_data(explorer, "funder", filters)
        listed = stream_page(explorer, filters, 1)
        streams = {float(s["amountGBP"]): s for s in listed}
        assert set(streams) == {31e6, 6e6, 95e6, 1.3e9, 4e6}
        government = streams[31e6]["funder"]
        assert government.endswith("/organisation/labour-government") and streams[6e6]["funder"] == government
        assert {s.get("funder") for s in listed} == {government, None} and data["total"] == 5
        assert [(g["label"], g["totalGBP"]) for g in data["totals"]] == [(explorer.names.label(government), 37e6)]
        assert {g["label"]: g["totalGBP"] for g in data["otherTotals"]} == {
            UNATTRIBUTED: 4e6, "shortfall": 95e6, "spent": 1.3e9}
    finally:
        explorer.close()
        store.close()


@pytest.fixture(scope="module")
def funding_server(funding_settings: Settings, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with running_server(funding_settings, tmp_path_factory.mktemp("funding-server")) as running:
        yield running


@pytest.mark.browser
def test_the_funding_page_in_a_browser_draws_one_bar_per_named_funder_and_lists_other_kinds_apart(
        browser, funding_server: Server) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": 1366, "height": 800}, base_url=funding_server.url)
    try:
        page = context.new_page()
        page.goto("/funding")
        bars = page.locator("svg.bar-chart a")
        assert bars.count() == 1
        assert bars.first.locator("text.bar-label").text_content() == "Labour government (2024-)"
        assert bars.first.locator("text.bar-value").text_content() == "£37m"
        labels = page.locator("svg.bar-chart text.bar-label").all_text_contents()
        assert not {"Kinship", "Example Care News", "funder not stated"} & set(labels)
        rows = page.locator("table.other-kinds tbody tr")
        other = {rows.nth(i).locator("td").nth(0).inner_text(): rows.nth(i).locator("td").nth(1).inner_text()
                 for i in range(rows.count())}
        assert other == {UNATTRIBUTED: "£4m", "shortfall": "£95m", "spent": "£1.3bn"}
        funders = page.locator("table.funding tbody td[data-label='Funder']").all_inner_texts()
        assert sorted(f.strip() for f in funders) == ["", "", "", "Labour government (2024-)",
                                                      "Labour government (2024-)"]
        page.locator("svg.bar-chart a").first.click()
        page.wait_for_url("**/funding?by=measure*")
        assert page.locator("table.funding tbody tr").count() == 2  # the two commitments behind the bar
    finally:
        context.close()
