"""Readable, stable slugs for entity IRIs."""

from __future__ import annotations

import re
import unicodedata


def slugify(text: str) -> str:
    """Lower-case ASCII words joined by hyphens; apostrophes vanish rather than split words.

    >>> slugify("Children’s Wellbeing and Schools Bill")
    'childrens-wellbeing-and-schools-bill'
    >>> slugify("Katharine Sacks-Jones")
    'katharine-sacks-jones'
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    ascii_text = re.sub(r"['’`]", "", ascii_text.lower())
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-") or "unnamed"
