"""Readable, stable slugs for entity IRIs."""

from __future__ import annotations

import hashlib
import unicodedata

from cscgraph.extract.patterns.text import NOT_SLUG, SLUG_APOSTROPHE


def slugify(text: str) -> str:
    """Lower-case ASCII words joined by hyphens; apostrophes vanish rather than split words.

    >>> slugify("Children’s Wellbeing and Schools Bill")
    'childrens-wellbeing-and-schools-bill'
    >>> slugify("Katharine Sacks-Jones")
    'katharine-sacks-jones'
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    ascii_text = SLUG_APOSTROPHE.sub("", ascii_text.lower())
    return NOT_SLUG.sub("-", ascii_text).strip("-") or "unnamed"


def article_scope(body: str) -> str:
    """A short stable digest of an article's text, scoping a name to that article: a given-name-only person, a
    body's untitled report ("the Ofsted report" of one inspection is not another article's)."""
    return hashlib.sha256(body.encode("utf-8")).hexdigest()[:8]
