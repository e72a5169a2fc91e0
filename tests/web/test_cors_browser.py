"""A YASGUI-style page on another origin queries the endpoint from a real browser: the CORS preflight for a POST
of `application/sparql-query` with an Accept header passes, and the answer can be read by the page."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.http_site import Site, serving_site
from tests.web.test_browser import ARGS, CHROMIUM

pytestmark = pytest.mark.browser

PAGE = """<!DOCTYPE html><html><head><title>Query client</title></head><body><p id="out">waiting</p>
<script>
async function ask(endpoint) {
  const answer = await fetch(endpoint, {method: "POST", mode: "cors",
    headers: {"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json",
              "X-Requested-With": "XMLHttpRequest"},
    body: "SELECT (COUNT(*) AS ?n) WHERE { ?q a <https://schema.org/Quotation> }"});
  const json = await answer.json();
  return [answer.status, json.results.bindings[0].n.value];
}
</script></body></html>"""


@pytest.fixture(scope="module")
def other_origin() -> Iterator[Site]:
    with serving_site() as site:
        site.route("/client.html", PAGE, headers={"Content-Type": "text/html"})
        yield site


def test_a_page_on_another_origin_posts_a_query_and_reads_the_answer(server, other_origin: Site) -> None:  # type: ignore
    if not CHROMIUM.exists():
        pytest.fail("Debian chromium is not installed at /usr/bin/chromium; `make test` installs it")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page()
            page.goto(other_origin.url("/client.html"))
            status, count = page.evaluate("endpoint => ask(endpoint)", f"{server.url}/sparql")
        finally:
            browser.close()
    assert status == 200 and int(count) > 0
