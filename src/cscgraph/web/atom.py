"""Atom 1.0 (RFC 4287) documents, written with an XML library so that any text an article holds gives a
well-formed feed: characters XML 1.0 cannot hold are dropped, everything else is escaped by the serialiser."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

__all__ = ["AtomEntry", "AtomFeed", "render_atom", "ATOM_TYPE"]

ATOM_TYPE = "application/atom+xml"
_ATOM = "http://www.w3.org/2005/Atom"
NOT_XML_CHARACTER = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
"""Characters an XML 1.0 document may not contain (most C0 controls, lone surrogates, U+FFFE/FFFF)."""


@dataclass(frozen=True)
class AtomEntry:
    id: str
    """A stable IRI: the same fact gives the same id in every fetch, so a reader shows it once."""
    title: str
    link: str
    updated: str
    """RFC 3339 date-time."""
    summary: str = ""


@dataclass(frozen=True)
class AtomFeed:
    id: str
    title: str
    self_link: str
    alternate_link: str
    updated: str
    subtitle: str = ""
    entries: list[AtomEntry] = field(default_factory=list)


def render_atom(feed: AtomFeed) -> bytes:
    """The feed as an Atom document (UTF-8, with an XML declaration).

    >>> b"<feed" in render_atom(AtomFeed("urn:x", "T\\x01", "https://e/f", "https://e/", "2025-01-01T00:00:00Z"))
    True
    """
    ET.register_namespace("", _ATOM)
    root = ET.Element(f"{{{_ATOM}}}feed")
    _text(root, "id", feed.id)
    _text(root, "title", feed.title)
    if feed.subtitle:
        _text(root, "subtitle", feed.subtitle)
    _text(root, "updated", feed.updated)
    author = ET.SubElement(root, f"{{{_ATOM}}}author")
    _text(author, "name", "cscgraph")
    ET.SubElement(root, f"{{{_ATOM}}}link", rel="self", type=ATOM_TYPE, href=_clean(feed.self_link))
    ET.SubElement(root, f"{{{_ATOM}}}link", rel="alternate", type="text/html", href=_clean(feed.alternate_link))
    for entry in feed.entries:
        element = ET.SubElement(root, f"{{{_ATOM}}}entry")
        _text(element, "id", entry.id)
        _text(element, "title", entry.title)
        _text(element, "updated", entry.updated)
        ET.SubElement(element, f"{{{_ATOM}}}link", rel="alternate", type="text/html", href=_clean(entry.link))
        if entry.summary:
            _text(element, "summary", entry.summary)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def _text(parent: ET.Element, name: str, value: str) -> None:
    ET.SubElement(parent, f"{{{_ATOM}}}{name}").text = _clean(value)


def _clean(text: str) -> str:
    return NOT_XML_CHARACTER.sub("", text)
