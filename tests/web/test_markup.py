"""Article markup and SVG built as text: always well nested, always escaped, styles that differ in more than colour."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from hypothesis import given, settings, strategies as st

from cscgraph.web.markup import Span, mark_up, paragraph_of, paragraphs
from cscgraph.web.svg import DiagramEdge, DiagramNode, bar_chart, lineage_diagram

BODY = "First paragraph about <Stable Homes>.\n\nAndy Smith said \"we need help\" & more. £44m was promised."


def _well_formed(fragments: list[str]) -> ET.Element:
    """Parse the fragments as XML: nesting errors or stray markup raise."""
    return ET.fromstring("<div>" + "".join(f"<p>{f}</p>" for f in fragments) + "</div>")


def test_text_is_escaped_and_spans_split_at_paragraphs() -> None:
    spans = [Span(0, len(BODY), "sentence", anchor="s-all"), Span(22, 36, "mention", "/policy/x", "Doc <x>")]
    html = mark_up(BODY, spans)
    assert len(html) == 2
    assert "&lt;Stable Homes&gt;" in html[0]
    assert 'title="Doc &lt;x&gt;"' in html[0]
    assert html[0].count('id="s-all"') == 1 and 'id="s-all"' not in html[1], "an id is given once"
    assert 'class="sentence cont"' in html[1], "the sentence continues in the next paragraph"
    _well_formed([str(h) for h in html])


def test_crossing_spans_stay_well_nested_and_links_never_nest() -> None:
    start = BODY.index("Andy")
    spans = [Span(start, start + 10, "mention", "/person/andy-smith", "Andy Smith"),
             Span(start + 5, start + 30, "quote", anchor="quote-1"),
             Span(start + 5, start + 10, "mention", "/person/smith", "Smith"),
             Span(BODY.index("£44m"), BODY.index("£44m") + 4, "funding", "/article/a/funding/1")]
    html = [str(h) for h in mark_up(BODY, spans)]
    root = _well_formed(html)
    for link in root.iter("a"):
        assert not list(link.iter("a"))[1:], "no <a> inside an <a>"
    text = "".join(root.itertext())
    assert text == BODY.replace("\n\n", "")
    assert '<a href="/article/a/funding/1" class="funding">£44m</a>' in html[1]


def test_window_keeps_only_the_paragraph_of_the_span() -> None:
    start = BODY.index("we need")
    html = mark_up(BODY, [Span(start, start + 12, "quote")], window=(start, start + 12))
    assert len(html) == 1 and "Andy Smith" in html[0] and "First paragraph" not in html[0]
    assert paragraph_of(BODY, start, start + 12) == (BODY.index("Andy"), len(BODY))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab<>&\"' \n", min_size=1, max_size=60),
       st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60),
                          st.sampled_from(["sentence", "quote", "mention", "funding", "highlight"])), max_size=8))
def test_any_spans_over_any_text_give_well_formed_escaped_html(text: str, raw: list[tuple[int, int, str]]) -> None:
    spans = [Span(min(a, b), max(a, b), kind, href="/x" if kind in ("mention", "funding") else "",
                  anchor=f"id-{i}") for i, (a, b, kind) in enumerate(raw)]
    html = [str(h) for h in mark_up(text, spans)]
    root = _well_formed(html)
    assert "".join(root.itertext()) == "".join(text[s:e] for s, e in paragraphs(text))
    ids = re.findall(r'id="([^"]+)"', "".join(html))
    assert len(ids) == len(set(ids)), "every id at most once"


def test_lineage_diagram_links_nodes_and_edges_and_marks_curated_edges() -> None:
    nodes = [DiagramNode("a", "Review <2022>", "2022-05-23", "/policy/a", "policy"),
             DiagramNode("b", "Strategy", "2023-02-02", "/policy/b", "policy"),
             DiagramNode("c", "Bill", "2024-12-17", "/statute/c", "statute")]
    edges = [DiagramEdge("b", "a", "https://w3id.org/cscgraph/ontology#basedOn", "/lineage/edge?x=1&y=2"),
             DiagramEdge("c", "b", "legislates", "/e2", curated=True),
             DiagramEdge("b", "a", "rejects", "/e3", claims=2)]
    svg = str(lineage_diagram(nodes, edges, "Documents & time"))
    root = ET.fromstring(svg)
    ns = "{http://www.w3.org/2000/svg}"
    links = [a.get("href") for a in root.iter(f"{ns}a")]
    assert links == ["/lineage/edge?x=1&y=2", "/e2", "/e3", "/policy/a", "/policy/b", "/statute/c"]
    assert "Review &lt;2022&gt;" in svg and "Documents &amp; time" in svg
    classes = [a.get("class") for a in root.iter(f"{ns}a") if a.get("class", "").startswith("edge")]
    assert classes == ["edge derived", "edge curated", "edge rejected"]
    labels = [t.text for t in root.iter(f"{ns}text") if t.get("class") == "edge-label"]
    assert labels == ["basis for", "legislated by ◇", "rejected by"]
    x_of = {a.get("href"): float(a.find(f"{ns}rect").get("x")) for a in root.iter(f"{ns}a")
            if a.get("class", "").startswith("node")}
    assert x_of["/policy/a"] < x_of["/policy/b"] < x_of["/statute/c"], "laid out in time order"


def test_bar_chart_scales_to_the_largest_value() -> None:
    svg = str(bar_chart([("Big", 100.0, "£100", "/f?a=1&b=2"), ("Small <x>", 25.0, "£25", "/g")], "Totals"))
    root = ET.fromstring(svg)
    widths = [float(r.get("width")) for r in root.iter("{http://www.w3.org/2000/svg}rect")]
    assert widths[0] == 4 * widths[1]
    assert "Small &lt;x&gt;" in svg and 'href="/f?a=1&amp;b=2"' in svg
