"""Listing pages show one entry per thing (issue 16.5): role labels written one way, twin bodies merged."""

from __future__ import annotations

from pathlib import Path

from cscgraph.pipeline import ingest
from cscgraph.settings import Settings
from cscgraph.store import open_store
from cscgraph.web.twins import merge_twins, role_label, twin_key
from tests.web.conftest import running_server


def test_role_labels_with_a_hyphen_a_capital_or_two_spaces_read_alike() -> None:
    assert role_label("vice-president") == role_label("Vice President") == role_label("vice  president")
    assert role_label("co–chair") == "co chair"
    assert role_label("director of children's services") == "director of children's services"


def test_a_council_and_its_county_council_name_share_a_key() -> None:
    assert twin_key("organisation", "Northby County Council") == twin_key("organisation", "Northby Council")
    assert twin_key("organisation", "Southby Metropolitan Borough Council") == twin_key("organisation",
                                                                                         "Southby Council")
    assert twin_key("organisation", "Northby Council") != twin_key("organisation", "Southby Council")
    assert twin_key("organisation", "County Councils Network") != twin_key("organisation", "Councils Network")


def test_the_tier_word_is_only_dropped_for_organisations() -> None:
    assert twin_key("policy", "Northby County Council") != twin_key("policy", "Northby Council")


def test_twins_merge_into_the_most_specific_entry_linking_the_other() -> None:
    entries = [{"label": "Northby Council", "href": "/organisation/northby-council"},
               {"label": "Northby County Council", "href": "/organisation/northby-county-council"},
               {"label": "Southby Council", "href": "/organisation/southby-council"}]
    merged = merge_twins("organisation", entries)
    assert [e["label"] for e in merged] == ["Northby County Council", "Southby Council"]
    assert merged[0]["also"] == [{"label": "Northby Council", "href": "/organisation/northby-council"}]
    assert merged[1]["also"] == []


def test_twins_of_equal_labels_merge_the_same_whatever_order_the_rows_came_in() -> None:
    rows = [{"label": "report to cabinet", "href": "/policy/report-to-cabinet-b"},
            {"label": "report to cabinet", "href": "/policy/report-to-cabinet-a"},
            {"label": "report to cabinet", "href": "/policy/report-to-cabinet-c"}]
    merged = merge_twins("policy", rows)
    assert merged == merge_twins("policy", rows[::-1])
    assert merged[0]["href"] == "/policy/report-to-cabinet-a"
    assert [e["href"] for e in merged[0]["also"]] == ["/policy/report-to-cabinet-b", "/policy/report-to-cabinet-c"]


def test_role_twins_are_one_entry_with_the_normalised_label() -> None:
    merged = merge_twins("role", [{"label": "vice-president", "href": "/role/a"},
                                  {"label": "Vice President", "href": "/role/b"}])
    assert len(merged) == 1 and merged[0]["label"] == "vice president"
    assert merged[0]["also"] == [{"label": "vice president", "href": "/role/b"}]


ARTICLE = """Title: Northby opens two family hubs
URL: https://example.org/news/2025/02/03/northby-family-hubs
Published: 3 February 2025
Publisher: Example Local News

Northby County Council will open two family hubs this spring, the council said on Monday.

"Families should not have to tell their story five times," said Jo Example, vice-president of the Northby Parents Forum.

Northby Council said the hubs would share one front door with the health visitors.

"We will keep the hubs open on Saturdays," said Sam Sample, vice president of the Northby Carers Group.
"""


def test_listing_pages_show_twins_once(tmp_path: Path) -> None:
    """An article of our own naming one council two ways and one role with and without a hyphen, served."""
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "northby.txt").write_text(ARTICLE, encoding="utf-8")
    settings = Settings(store=str(tmp_path / "store"), search_index=str(tmp_path / "search.sqlite"), workers=1)
    store = open_store(settings)
    assert ingest(store, settings, [Path(tmp_path / "articles")]).ok
    store.close()
    with running_server(settings, tmp_path) as server, server.client() as client:
        organisations = client.get("/organisation.json").json()["entities"]
        roles = client.get("/role.json").json()["entities"]
    councils = [e for e in organisations if "Northby" in e["label"] and "Council" in e["label"]]
    assert [e["label"] for e in councils] == ["Northby County Council"]
    assert [e["label"] for e in roles if "president" in e["label"]] == ["vice president"]
