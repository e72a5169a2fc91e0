"""Where an IRI is shown: our IRIs as local paths and back, and which other URLs a page may link to."""

from __future__ import annotations

from urllib.parse import urlsplit

__all__ = ["Links", "ENTITY_PATHS", "linkable"]

ENTITY_PATHS = ("person", "organisation", "policy", "measure", "statute", "programme", "funding", "role",
                "membership", "claim")
"""First path segments of the IRIs the pipeline mints for things (not articles), each served by the entity view."""

LINK_SCHEMES = frozenset({"http", "https"})
"""Schemes a page links to; `javascript:`, `data:`, `vbscript:` and the rest are shown as text, never as links."""


class Links:
    """Local paths for the IRIs minted under `base`.

    >>> links = Links("https://w3id.org/cscgraph/")
    >>> links.href("https://w3id.org/cscgraph/article/a/quote/3"), links.kind("https://w3id.org/cscgraph/person/x")
    ('/article/a#quote-3', 'person')
    """

    def __init__(self, base: str) -> None:
        self.base = base

    def kind(self, iri: str) -> str:
        """First path segment of one of our IRIs (`person`, `article`, …), '' for others."""
        if not iri.startswith(self.base):
            return ""
        return iri[len(self.base):].split("/", 1)[0]

    def href(self, iri: str) -> str:
        """Where an IRI is shown: our IRIs map to local paths (quote and sentence nodes to their place in the
        article); other http(s) IRIs are returned as they are (external links), any other IRI gives '' (no link)."""
        if not iri.startswith(self.base):
            return linkable(iri)
        path = iri[len(self.base):]
        if path.startswith("article/") and path.count("/") >= 3:
            article, node, rest = path[len("article/"):].split("/", 2)
            if node == "sentence" and "/" not in rest:
                return f"/article/{article}?highlight={rest}#s-{rest}"
            if node in ("quote", "mention"):
                return f"/article/{article}#{node}-{rest.replace('/', '-')}"
        return "/" + path

    def iri_of(self, path: str) -> str:
        """The IRI a local path names (the inverse of `href` for entity and article paths)."""
        return self.base + path.lstrip("/")

    def evidence_href(self, article: str, start: str | int | None, end: str | int | None) -> str:
        """Link to a sentence (or any span) highlighted in its article."""
        page = self.href(article)
        if start in (None, "") or end in (None, ""):
            return page
        return f"{page}?highlight={start}-{end}#s-{start}-{end}"


def linkable(url: str) -> str:
    r"""`url` if a page may link to it — an http(s) URL with a host, or a path on this site — else ''. Decided on
    the URL as `urllib.parse` splits it (tabs and line breaks removed, leading controls and spaces stripped, as a
    browser reads an href), never by a prefix test of the raw text.

    >>> linkable("https://news.example.org/a"), linkable("/person/x"), linkable(" java\tscript:alert(1)")
    ('https://news.example.org/a', '/person/x', '')
    >>> linkable("//evil.example/"), linkable("/\\evil.example/"), linkable("data:text/html,x")
    ('', '', '')
    """
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    if parts.scheme:
        return url if parts.scheme.lower() in LINK_SCHEMES and parts.hostname else ""
    local = parts.path.startswith("/") and not parts.netloc and parts.path[1:2] not in ("/", "\\")
    return url if local and url == url.strip() else ""
