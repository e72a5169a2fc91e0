"""WCAG 2.1 AA in a real browser: axe-core (npm `axe-core`, installed by `make test`) run by Playwright in Debian
chromium on every page type of the explorer; any violation fails. Also keyboard reach: a skip link first, a
visible focus, and the lineage diagram's nodes reachable by Tab and named for screen readers."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.web.test_browser import ARGS, CHROMIUM

pytestmark = pytest.mark.browser

AXE = Path(os.environ.get("CSCGRAPH_AXE", Path(__file__).resolve().parents[2] / ".cache" / "npm" / "node_modules"
                          / "axe-core" / "axe.min.js"))
WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def _first_link(client: httpx.Client, page: str, pattern: str) -> str:
    found = re.search(pattern, client.get(page).text)
    assert found, f"no link matching {pattern!r} on {page}"
    return found.group(0).replace("&amp;", "&")


@pytest.fixture(scope="module")
def page_types(server) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """One URL of every kind of page the explorer serves."""
    with server.client() as client:
        return {
            "home": "/", "lineage": "/lineage",
            "lineage edge": _first_link(client, "/lineage", r'/lineage/edge\?[^"]+'),
            "lineage diff": _first_link(client, "/lineage", r'/lineage/diff\?[^"]+'),
            "article": _first_link(client, "/articles", r'/article/[^"?#]+'),
            "articles": "/articles", "quotes": "/quotes", "funding": "/funding",
            "funding stream": _first_link(client, "/funding", r'/funding/[^"?#]+'),
            "people": "/person", "person": "/person/andy-smith",
            "organisation": _first_link(client, "/organisation", r'/organisation/[^"?#]+'),
            "policy": "/policy/stable-homes-built-on-love", "measure": "/measure/staying-close",
            "statute": _first_link(client, "/statute", r'/statute/[^"?#]+'),
            "programme": _first_link(client, "/programme", r'/programme/[^"?#]+'),
            "role": _first_link(client, "/role", r'/role/[^"?#]+'),
            "search": "/search?q=family+help", "queries": "/queries",
            "query": "/queries/quotes-by?speaker=Andy+Smith", "sparql": "/sparql",
            "sparql answer": "/sparql?query=SELECT+%3Fs+WHERE+%7B+%3Fs+a+%3Chttps%3A%2F%2Fschema.org%2FPerson%3E+%7D+LIMIT+5",
            "ontology": "/ontology", "not found": "/person/nobody-at-all",
        }


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        pytest.fail("Debian chromium is not installed at /usr/bin/chromium; `make test` installs it")
    if not AXE.exists():
        pytest.fail(f"axe-core is missing at {AXE}; `make test` installs it (npm axe-core)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


PAGE_KINDS = ["home", "lineage", "lineage edge", "lineage diff", "article", "articles", "quotes", "funding",
              "funding stream", "people", "person", "organisation", "policy", "measure", "statute", "programme",
              "role", "search", "queries", "query", "sparql", "sparql answer", "ontology", "not found"]


@pytest.mark.parametrize("width", [1366, 390])
@pytest.mark.parametrize("kind", PAGE_KINDS)
def test_axe_finds_no_wcag_aa_violation(browser, server, page_types, kind: str, width: int) -> None:  # type: ignore
    # The explorer's Content Security Policy forbids inline script; the test context may inject axe past it.
    context = browser.new_context(viewport={"width": width, "height": 900}, base_url=server.url, bypass_csp=True)
    page = context.new_page()
    try:
        page.goto(page_types[kind])
        page.add_script_tag(path=str(AXE))
        result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_AA)
    finally:
        context.close()
    problems = [f"{v['id']} ({v['impact']}): {v['help']} — {len(v['nodes'])} node(s), e.g. "
                f"{v['nodes'][0]['target']} {v['nodes'][0].get('failureSummary', '')[:200]}"
                for v in result["violations"]]
    assert not problems, f"{page_types[kind]} at {width} px:\n" + "\n".join(problems)


def test_keyboard_reaches_the_skip_link_first_with_a_visible_focus_and_the_diagrams_nodes(browser, server) -> None:  # type: ignore
    context = browser.new_context(viewport={"width": 1366, "height": 900}, base_url=server.url)
    page = context.new_page()
    try:
        page.goto("/lineage")
        page.keyboard.press("Tab")
        first = page.evaluate("() => [document.activeElement.textContent.trim(), "
                              "getComputedStyle(document.activeElement).outlineStyle, "
                              "document.activeElement.getBoundingClientRect().height]")
        assert first[0] == "Skip to content" and first[1] != "none" and first[2] > 0
        names = []
        for _ in range(400):
            page.keyboard.press("Tab")
            info = page.evaluate("() => { const e = document.activeElement; return e && e.closest('svg') ? "
                                 "[e.tagName, (e.querySelector('title') || {}).textContent || "
                                 "e.getAttribute('aria-label') || ''] : null }")
            if info:
                names.append(info[1].strip())
            if len(names) >= 3:
                break
    finally:
        context.close()
    assert len(names) >= 3 and all(names), names
