"""Readable, stable slugs for entity IRIs."""

from __future__ import annotations

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
