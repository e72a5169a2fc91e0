"""Listings stay small however much the store holds: `/lineage` shows each measure's first steps with a link to the
measure's page (which pages through them all) and the first documents with no edge to another with links to the
kind indexes; `/funding`'s filters offer the first choices (curated first) and the one chosen, with a link to the
grouping that lists them all. The caps are lowered here so that the bundled corpus exceeds them."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

import cscgraph.web.views.funding as funding_view
import cscgraph.web.views.lineage as lineage_view
from cscgraph.settings import Settings
from cscgraph.store import open_store
from cscgraph.web import create_app
from tests.web.conftest import serving_in_thread


@pytest.fixture()
def client(web_settings: Settings) -> Iterator[httpx.Client]:
    """The explorer over the corpus store, served in this process so that a test's lowered caps reach it (the caps
    are read when a page is computed)."""
    store = open_store(web_settings, read_only=True)
    try:
        with serving_in_thread(create_app(web_settings, store, query_workers=False)) as served:
            yield served
    finally:
        store.close()


def test_the_lineage_page_shows_each_measures_first_steps_and_links_to_all_of_them(
        client: httpx.Client, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lineage_view, "STEPS_SHOWN", 2)
    monkeypatch.setattr(lineage_view, "UNCONNECTED_SHOWN", 1)
    data = client.get("/lineage.json").json()
    html = client.get("/lineage").text
    long_paths = [m for m in data["measures"] if m["stepCount"] > 2]
    assert long_paths, "the corpus has measures with more than two steps"
    assert all(len(m["steps"]) == min(m["stepCount"], 2) for m in data["measures"])
    for m in long_paths:
        row = html[html.index(f'id="measure-{m["href"].rsplit("/", 1)[-1]}"'):]
        row = row[:row.index("</tr>")]
        assert row.count('<li><span class="step-date">') == 2
        assert f'<a href="{m["href"]}">All {m["stepCount"]} steps →</a>' in row
    assert data["unconnectedCount"] > 1 and len(data["unconnected"]) == 1
    listed = html[html.index('class="unconnected"'):]
    assert listed[:listed.index("</ul>")].count("<li>") == 1
    more = listed[listed.index("</ul>"):listed.index("</p>")]
    assert f'The first 1 of {data["unconnectedCount"]}' in more
    assert '<a href="/policy">every policy document</a>' in more


def test_the_funding_filters_offer_the_first_choices_the_chosen_one_and_a_link_to_all(
        client: httpx.Client, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(funding_view, "CHOICES_SHOWN", 2)
    data = client.get("/funding.json").json()
    html = client.get("/funding").text
    assert data["measureCount"] > 3, "the corpus funds more than three things"
    assert len(data["measures"]) == 2
    offered = {c["value"] for c in data["measures"]}
    everything = client.get("/funding.json", params={"by": "measure"}).json()["totals"]
    other = next(g["href"].lstrip("/") for g in everything if g["href"].lstrip("/") not in offered)
    chosen = client.get("/funding.json", params={"measure": other}).json()
    assert f'<a class="muted" href="/funding?by=measure">all {data["measureCount"]} by what it funds</a>' in html
    select = html[html.index('<select name="measure">'):]
    assert select[:select.index("</select>")].count("<option value=") == 1 + 2  # "anything" and the two offered
    assert other in {c["value"] for c in chosen["measures"]}, "the chosen one is offered whatever its rank"
