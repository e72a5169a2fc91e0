"""The lineage diagram reads without zooming (issue 16.2), measured in a real browser (Playwright driving Debian's
chromium) at 1280, 1440 and 390 px: no two labels' boxes intersect, every node lies inside the figure's scroll
width (on the home page at desktop widths: inside its visible width, so the whole chain shows), and every text is
drawn at 12 px or more. Checked on the served corpus and on a denser diagram of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from cscgraph.web.svg import DiagramEdge, DiagramNode, lineage_diagram

pytestmark = pytest.mark.browser

CSS = Path(__file__).resolve().parents[2] / "web" / "static" / "explorer.css"
WIDTHS = (1280, 1440, 390)

MEASURE = """() => {
  const svg = document.querySelector('svg.lineage-diagram');
  const figure = svg.closest('figure');
  const f = figure.getBoundingClientRect();
  const box = e => { const r = e.getBoundingClientRect(); return {x: r.x, y: r.y, w: r.width, h: r.height}; };
  const scale = svg.getScreenCTM().a;
  return {
    labels: [...svg.querySelectorAll('.node-label, .node-date, .edge-label, .tick-label')]
      .map(e => ({text: e.textContent, ...box(e)})),
    nodes: [...svg.querySelectorAll('a.node rect')].map(box),
    sizes: [...svg.querySelectorAll('text')].map(e => parseFloat(getComputedStyle(e).fontSize) * scale),
    figure: {x: f.x, w: figure.clientWidth, scroll: figure.scrollWidth},
  };
}"""


def _intersect(a: dict, b: dict) -> bool:  # type: ignore[type-arg]
    return a["x"] < b["x"] + b["w"] and b["x"] < a["x"] + a["w"] and a["y"] < b["y"] + b["h"] and b["y"] < a["y"] + a["h"]


def _check(measured: dict, visible: bool) -> None:  # type: ignore[type-arg]
    labels = measured["labels"]
    assert labels and measured["nodes"]
    for i, a in enumerate(labels):
        for b in labels[i + 1:]:
            assert not _intersect(a, b), f"labels overlap: {a} and {b}"
    figure = measured["figure"]
    room = figure["w"] if visible else figure["scroll"]
    for node in measured["nodes"]:
        assert figure["x"] <= node["x"] and node["x"] + node["w"] <= figure["x"] + room, (node, figure)
    assert min(measured["sizes"]) >= 12, measured["sizes"]


@pytest.mark.parametrize("width", WIDTHS)
def test_lineage_page_diagram_is_readable(browser, server, width: int) -> None:  # type: ignore
    context = browser.new_context(viewport={"width": width, "height": 900}, base_url=server.url)
    page = context.new_page()
    page.goto("/lineage")
    _check(page.evaluate(MEASURE), visible=width >= 1280)
    context.close()


@pytest.mark.parametrize("width", (1280, 1440))
def test_home_page_strip_shows_the_whole_chain(browser, server, width: int) -> None:  # type: ignore
    context = browser.new_context(viewport={"width": width, "height": 900}, base_url=server.url)
    page = context.new_page()
    page.goto("/")
    measured = page.evaluate(MEASURE)
    chain = page.evaluate("() => [...document.querySelectorAll('ol.chain-list li a')].map(a => a.textContent)")
    assert len(measured["nodes"]) == len(chain) >= 2
    _check(measured, visible=True)
    context.close()


def test_home_page_chain_is_a_list_on_a_phone(browser, server) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": 390, "height": 844}, base_url=server.url)
    page = context.new_page()
    page.goto("/")
    assert page.locator("ol.chain-list").is_visible()
    items = page.locator("ol.chain-list li")
    assert items.count() >= 2
    for i in range(items.count()):
        box = items.nth(i).bounding_box()
        assert box is not None and box["x"] + box["width"] <= 390
    context.close()


def _dense_diagram() -> str:
    """Nine documents over four years with long titles, several in one year, and edges between most of them."""
    nodes = [DiagramNode(f"d{i}", f"A long document title number {i} about family help and care placements",
                         when, f"/policy/d{i}", "policy" if i % 3 else "statute")
             for i, when in enumerate(["2019-01-02", "2019-06-01", "2021-03-03", "2021-03-04", "2021-09-09",
                                       "2022-01-01", "2022-02-02", "2023-05-05", ""])]
    relations = ["recommends", "adopts", "legislates", "basedOn", "rejects", "modifies"]
    edges = [DiagramEdge(f"d{i}", f"d{j}", relations[(i + j) % len(relations)], f"/e/{i}-{j}", curated=bool(i % 2))
             for i in range(8) for j in range(i + 1, 9) if (i + j) % 3 == 0]
    return str(lineage_diagram(nodes, edges, "A dense diagram"))


@pytest.mark.parametrize("width", WIDTHS)
def test_dense_diagram_never_overlaps(browser, width: int) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.set_content(f"<!doctype html><style>{CSS.read_text()}</style><main><figure class='diagram'>"
                     f"{_dense_diagram()}</figure></main>")
    _check(page.evaluate(MEASURE), visible=False)
    context.close()


def test_documents_without_an_edge_are_listed_under_the_diagram_not_drawn(server) -> None:  # type: ignore
    with server.client() as client:
        data = client.get("/lineage.json").json()
        html = client.get("/lineage").text
    ends = {end for e in data["edges"] for end in (e["from"], e["to"])}
    assert data["documents"] and all(d["iri"] in ends for d in data["documents"])
    svg = html[html.index("<svg class=\"lineage-diagram"):html.index("</svg>")]
    assert data["unconnected"], "the corpus and fixtures name statutes with no edge to another document"
    for document in data["unconnected"]:
        assert document["iri"] not in ends
        assert f'href="{document["href"]}"' not in svg
        assert f'<a href="{document["href"]}">' in html[html.index('class="unconnected"'):]
