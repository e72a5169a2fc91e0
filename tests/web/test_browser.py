"""A journalist's paths through the explorer in a real browser (Playwright driving Debian's chromium):
lineage edge → evidence → the sentence highlighted in its article; "Andy Smith" → his quotes; a canned query with a
parameter → CSV download. Screenshots of the main pages at laptop and phone widths go to tests/screenshots/."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
WIDTHS = {"laptop": (1366, 800), "phone": (390, 844)}


@pytest.fixture()
def page(browser, server) -> Iterator[object]:  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": 1366, "height": 800}, base_url=server.url,
                                  accept_downloads=True)
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    yield page
    context.close()
    assert not problems, f"browser console errors (CSP violations show here): {problems}"


def test_lineage_edge_leads_to_its_evidence_sentence_highlighted_in_the_article(page) -> None:  # type: ignore
    page.goto("/lineage")
    edge = page.locator("svg.lineage-diagram a.edge").first
    description = edge.locator("title").text_content()
    edge.locator(".edge-label").click()
    page.wait_for_url(re.compile(r"/lineage/edge\?"))
    assert page.locator("h1.edge-title").is_visible()
    sentences = page.locator("ol.evidence > li")
    assert sentences.count() >= 1, description
    quoted = sentences.first.locator("blockquote").inner_text().strip()
    sentences.first.locator("a.evidence-link").click()
    page.wait_for_url(re.compile(r"/article/[^?]+\?highlight=\d+-\d+#s-\d+-\d+"))
    highlight = page.locator(".article-body mark.highlight")
    assert highlight.count() >= 1
    assert " ".join(highlight.all_inner_texts()).split()[:6] == quoted.split()[:6]
    box = highlight.first.bounding_box()
    assert box is not None and 0 <= box["y"] < 800, "the highlighted sentence is scrolled into view"
    background = highlight.first.evaluate("e => getComputedStyle(e).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")


def test_find_a_persons_quotes_from_the_home_page(page, server) -> None:  # type: ignore[no-untyped-def]
    page.goto("/")
    page.fill("#home-q", "Andy Smith")
    page.press("#home-q", "Enter")
    page.wait_for_url(re.compile(r"/person/andy-smith$"))
    assert page.locator("h1").inner_text() == "Andy Smith"
    expected = httpx.get(f"{server.url}/person/andy-smith.json", timeout=60).json()["quotes"]
    cards = page.locator("#quotes .quote-card")
    assert cards.count() == len(expected) > 0
    first = cards.first
    assert first.locator(".quote").first.is_visible(), "the quoted words are highlighted in their paragraph"
    assert first.locator(".source a").get_attribute("href").startswith("/article/")
    page.locator("#roles table").is_visible()
    assert "president" in page.locator("#roles").inner_text()


def test_canned_query_with_a_parameter_and_csv_download(page, tmp_path: Path) -> None:  # type: ignore
    page.goto("/queries")
    page.get_by_role("link", name="Measure trace").click()
    page.fill("input[name=measure]", "Staying Close")
    page.get_by_role("button", name="Run").click()
    page.wait_for_url(re.compile(r"/queries/measure-trace\?measure=Staying\+Close"))
    rows = page.locator("table.results tbody tr")
    assert rows.count() >= 1
    assert page.locator("table.results a", has_text="Staying Close").count() >= 1
    with page.expect_download() as download:
        page.locator("p.downloads a", has_text="CSV").click()
    saved = tmp_path / "trace.csv"
    download.value.save_as(saved)
    records = list(csv.DictReader(saved.open(encoding="utf-8")))
    assert len(records) == rows.count()
    assert {r["measure"] for r in records} == {"https://w3id.org/cscgraph/measure/staying-close"}


def test_sparql_editor_runs_a_query_and_shows_a_table(page) -> None:  # type: ignore[no-untyped-def]
    page.goto("/sparql")
    page.fill("#query", "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                        "SELECT ?thing ?name WHERE { ?thing rdfs:label ?name } ORDER BY ?name LIMIT 7")
    page.get_by_role("button", name="Run query").click()
    page.wait_for_url(re.compile(r"/sparql\?query="))
    assert page.locator("table.results tbody tr").count() == 7
    assert page.locator("p.permalink a").get_attribute("href").startswith("/sparql?query=")


PAGES = {
    "home": "/",
    "lineage": "/lineage",
    "person": "/person/andy-smith",
    "measure": "/measure/staying-close",
    "document": "/policy/stable-homes-built-on-love",
    "article": "/article/communitycare-co-uk--2024-10-27-budget-to-include-44m-for-kinship-and-foster-care",
    "quotes": "/quotes",
    "funding": "/funding",
    "sparql": "/sparql?query=SELECT+%3Fs+%3Fp+%3Fo+WHERE+%7B+%3Fs+%3Fp+%3Fo+%7D+LIMIT+5",
    "query": "/queries/measure-trace?measure=Staying+Close",
    "search": "/search?q=staying+close",
    "ontology": "/ontology",
}


@pytest.mark.parametrize("width", WIDTHS)
def test_screenshots_and_no_sideways_scrolling(browser, server, width: str) -> None:  # type: ignore
    SCREENSHOTS.mkdir(exist_ok=True)
    w, h = WIDTHS[width]
    context = browser.new_context(viewport={"width": w, "height": h}, base_url=server.url)
    page = context.new_page()
    try:
        for name, path in PAGES.items():
            page.goto(path)
            target = SCREENSHOTS / f"{name}-{width}.png"
            page.screenshot(path=str(target), full_page=True)
            assert target.stat().st_size > 10_000
            overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 1, f"{path} scrolls sideways by {overflow}px at {w}px wide"
    finally:
        context.close()
