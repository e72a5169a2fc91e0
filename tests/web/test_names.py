"""Names for IRIs from the entity catalogue of a real store, read again after a write."""

from __future__ import annotations

from cscgraph.settings import BASE_IRI
from cscgraph.web.explorer import Explorer
from tests.web.conftest import LABEL


def test_names_and_names_made_from_the_iri(explorer: Explorer) -> None:
    names = explorer.names
    assert names.label(f"{BASE_IRI}measure/staying-close") == "Staying Close"
    assert names.label(f"{BASE_IRI}person/nobody-known") == "nobody known"
    assert names.label("https://example.org/terms#Thing") == "Thing"
    assert names.label(f"{BASE_IRI}membership/p1--chair--none") == "Person 1, chair"
    assert names.kind_name(f"{BASE_IRI}organisation/x") == "Body"
    assert [label for _, label, _ in names.entities_of("person")][:2] == ["Person 0", "Person 1"]


def test_names_follow_writes(explorer: Explorer) -> None:
    assert explorer.names.label(f"{BASE_IRI}measure/family-help") == "family help"
    explorer.store.replace_graphs({f"{BASE_IRI}graph/article/x":
                                   f"<{BASE_IRI}measure/family-help> {LABEL} \"Family Help\" .\n"})
    explorer.values._generation_at = (0, float("-inf"))  # as if a second had passed
    assert explorer.names.label(f"{BASE_IRI}measure/family-help") == "Family Help"
