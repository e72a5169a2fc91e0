"""Regular expressions and word lists, one module per extraction step."""

from __future__ import annotations

import functools
import re


@functools.lru_cache(maxsize=4096)
def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile` for patterns built from an article's own names, kept for the later articles that name the same
    people and bodies (re's cache holds 512 patterns for the whole process; compiling one costs far more than
    matching it)."""
    return re.compile(pattern, flags)


@functools.lru_cache(maxsize=16)
def all_matches(pattern: re.Pattern[str], text: str) -> tuple[re.Match[str], ...]:
    """`pattern.finditer(text)`, run once for the steps that read the same pattern's matches (people and roles
    both read "chief executive Jo Reed")."""
    return tuple(pattern.finditer(text))
