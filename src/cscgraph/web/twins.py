"""One entry per thing on listing pages: role labels written one way, and twins (two IRIs for one body, such as
'Worcestershire Council' and 'Worcestershire County Council') shown as one entry with the other's link beside it.

Finding the right entities is extraction's job; this only keeps the pages from showing what the graph has twice.

>>> role_label("Vice-President")
'vice president'
>>> twin_key("organisation", "Exampleshire County Council") == twin_key("organisation", "Exampleshire Council")
True
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from typing import Any

__all__ = ["role_label", "twin_key", "merge_twins", "capped"]

WORD_HYPHEN = re.compile(r"(?<=[^\W\d_])[-‐‑–](?=[^\W\d_])")
"""A hyphen or dash joining two words: 'vice-president', 'co-chair'."""
NOT_WORD = re.compile(r"[^\w\s]")
"""Punctuation dropped from a name's key: the apostrophe of "children's", full stops of 'St.'."""
COUNCIL_QUALIFIER = re.compile(r"\b(?:metropolitan\s+)?(?:county|borough|city|district)\s+(?=council\b)")
"""The tier word before 'council' ('Exampleshire County Council'), dropped from the key so the council and its
shorter name 'Exampleshire Council' meet."""


def role_label(text: str) -> str:
    """A role's label in lower case with words joined by single spaces, so 'vice-president' and 'Vice President'
    read alike."""
    return " ".join(WORD_HYPHEN.sub(" ", text).lower().split())


@functools.lru_cache(maxsize=65_536)
def twin_key(kind: str, label: str) -> str:
    """What two labels of one thing share: case, punctuation and hyphens dropped; for organisations a council's
    tier word too. Kept per label: an index page keys every entity of its kind, most of them under a label many
    share (at 100,000 articles 30,818 policy documents under 90 keys)."""
    key = " ".join(NOT_WORD.sub("", WORD_HYPHEN.sub(" ", label)).casefold().split())
    if kind == "organisation":
        key = COUNCIL_QUALIFIER.sub("", key)
    return key


def merge_twins(kind: str, entries: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Entries (each with `label` and `href`) of one kind, twins merged in order of first appearance: the entry
    with the longest (most specific) label stands for the group (of equals, the first link in sort order, so the
    page does not depend on the order rows came in), the others' labels and links go in its `also`, in link order."""
    groups: dict[str, list[Mapping[str, Any]]] = {}
    for entry in entries:
        label = role_label(entry["label"]) if kind == "role" else entry["label"]
        groups.setdefault(twin_key(kind, label), []).append({**entry, "label": label})
    out = []
    for members in groups.values():
        head = min(members, key=lambda e: (-len(e["label"]), e["href"]))
        also = [{"label": e["label"], "href": e["href"]}
                for e in sorted(members, key=lambda e: e["href"]) if e is not head and e["href"] != head["href"]]
        out.append({**head, "also": also})
    return out


def capped(merged: Iterable[dict[str, Any]], most: int) -> list[dict[str, Any]]:
    """Merged entries (`merge_twins`) with at most `most` of their twins in `also` and how many more in `more`.

    >>> [(len(e["also"]), e["more"]) for e in capped([{"also": [{"href": str(n)} for n in range(5)]}], 2)]
    [(2, 3)]
    """
    return [{**entry, "also": entry["also"][:most], "more": max(0, len(entry["also"]) - most)} for entry in merged]
