"""`/lineage` is a summary that stays small however many claims the store holds: each measure's first steps with a
link to the measure's page (which pages through them all), and the first documents with no edge to another with
links to the kind indexes. The caps are lowered here so that the bundled corpus exceeds them."""

from __future__ import annotations

import pytest

import cscgraph.web.views.lineage as lineage_view
from cscgraph.settings import Settings
from cscgraph.store import open_store
from cscgraph.web import create_app
from tests.web.conftest import serving_in_thread


def test_the_lineage_page_shows_each_measures_first_steps_and_links_to_all_of_them(
        web_settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lineage_view, "STEPS_SHOWN", 2)
    monkeypatch.setattr(lineage_view, "UNCONNECTED_SHOWN", 1)
    store = open_store(web_settings, read_only=True)
    try:
        with serving_in_thread(create_app(web_settings, store, query_workers=False)) as client:
            data = client.get("/lineage.json").json()
            html = client.get("/lineage").text
    finally:
        store.close()
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
