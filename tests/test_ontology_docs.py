"""The ontology's HTML page documents every own term, links within itself, and escapes what it prints."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pyoxigraph
import pytest

from cscgraph.web.pages import render_ontology_html
from cscgraph.resources import data_dir

ONTOLOGY = data_dir("ontology") / "cscgraph.ttl"
CSC = "https://w3id.org/cscgraph/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
OWL = "http://www.w3.org/2002/07/owl#"


class _Page(HTMLParser):
    """Collects ids, in-page links, tags and text, so tests read the page as a browser would."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.fragments: list[str] = []
        self.tags: set[str] = set()
        self.attrs: list[tuple[str, str | None]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attrs += attrs
        for name, value in attrs:
            if name == "id" and value:
                self.ids.append(value)
            if name == "href" and value and value.startswith("#"):
                self.fragments.append(value[1:])

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    page.close()
    return page


def _own_terms(kind: str) -> set[str]:
    return {str(q.subject.value)[len(CSC):] for q in pyoxigraph.parse(ONTOLOGY.read_bytes(), pyoxigraph.RdfFormat.TURTLE)
            if q.predicate.value == RDF_TYPE and q.object.value == OWL + kind
            and str(q.subject.value).startswith(CSC)}


@pytest.fixture(scope="module")
def page_html() -> str:
    return render_ontology_html(ONTOLOGY)


@pytest.mark.parametrize("kind", ["Class", "ObjectProperty", "DatatypeProperty", "NamedIndividual"])
def test_every_own_term_has_an_anchor_and_a_heading(page_html: str, kind: str) -> None:
    page = _parse(page_html)
    terms = _own_terms(kind)
    assert terms, kind
    for name in terms:
        assert name in page.ids, f"csc:{name} has no anchor"
        assert f"csc:{name}" in "".join(page.text)


def test_anchors_are_unique_and_every_in_page_link_resolves(page_html: str) -> None:
    page = _parse(page_html)
    assert len(page.ids) == len(set(page.ids))
    assert set(page.fragments) <= set(page.ids)


def test_classes_show_superclasses_and_properties_show_prov_parents(page_html: str) -> None:
    measure = page_html.split('id="Measure"', 1)[1].split("</article>", 1)[0]
    assert "skos:Concept" in measure and "Subclass of" in measure
    based_on = page_html.split('id="basedOn"', 1)[1].split("</article>", 1)[0]
    assert "prov:wasDerivedFrom" in based_on and "Sub-property of" in based_on
    assert "Example" in based_on
    review = page_html.split('id="Review"', 1)[1].split("</article>", 1)[0]
    assert 'href="#PolicyDocument"' in review


def test_page_is_plain_html_without_scripts_styles_or_external_assets(page_html: str) -> None:
    page = _parse(page_html)
    assert not page.tags & {"script", "style", "link", "img", "iframe", "object"}
    assert not [name for name, _ in page.attrs if name.startswith("on") or name == "style"]
    assert page_html.startswith("<!DOCTYPE html>")


def test_everything_from_the_ontology_is_escaped(tmp_path: Path) -> None:
    hostile = tmp_path / "hostile.ttl"
    hostile.write_text("""
@prefix csc: <https://w3id.org/cscgraph/ontology#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
<https://w3id.org/cscgraph/ontology> a owl:Ontology ; dcterms:title "<script>alert(1)</script>" .
csc:Evil a owl:Class ; rdfs:label "<b>bold</b> & \\"quoted\\"" ;
    rdfs:comment "<img src=x onerror=alert(1)>" ; rdfs:subClassOf <https://example.org/a"b<c> .
""", encoding="utf-8")
    html = render_ontology_html(hostile)
    page = _parse(html)
    assert not page.tags & {"script", "img", "b"}
    text = "".join(page.text)  # entities decoded, as a browser shows them
    assert "<script>alert(1)</script>" in text and '<b>bold</b> & "quoted"' in text
    assert ("href", 'https://example.org/a"b<c') in page.attrs
