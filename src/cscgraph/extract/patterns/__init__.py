"""Regular expressions and word lists, one module per extraction step."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from typing import TypeVar

from cscgraph.extract.prefilter import compile_with_start_set, fold, may_match, required_words

T = TypeVar("T")


def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile` for patterns built from an article's own names, with its start set, kept for the later articles
    that name the same people and bodies by `compile_with_start_set`'s own cache (re's cache holds 512 patterns for
    the whole process; compiling one costs far more than matching it)."""
    return compile_with_start_set(pattern, flags)


def identity_cache(maxsize: int) -> Callable[[Callable[..., T]], Callable[..., T]]:
    """`functools.lru_cache` for functions of compiled patterns, keyed by the patterns' identity: hashing a compiled
    pattern hashes its whole program on every call (11 µs for the longest, more than many of the calls cost). Strings
    are keyed by value; each entry keeps its arguments, so no id is taken over by another object while it stands;
    the oldest entry makes way for a new one past `maxsize`."""
    def decorate(function: Callable[..., T]) -> Callable[..., T]:
        entries: dict[object, tuple[tuple[object, ...], T]] = {}

        @functools.wraps(function)
        def cached(*args: object) -> T:
            if len(args) == 1:  # the common call, keyed without building a tuple
                key: object = args[0] if isinstance(args[0], str) else id(args[0])
            else:
                key = tuple([a if isinstance(a, str) else id(a) for a in args])
            entry = entries.get(key)
            if entry is None:
                if len(entries) >= maxsize:
                    del entries[next(iter(entries))]
                entry = entries[key] = (args, function(*args))
            return entry[1]
        return cached
    return decorate


@identity_cache(maxsize=256)
def all_matches(pattern: re.Pattern[str], text: str,
                gate: re.Pattern[str] | None = None) -> tuple[re.Match[str], ...]:
    """`pattern.finditer(text)`, run once for the steps that read the same pattern's matches (people and roles
    both read "chief executive Jo Reed"), and not at all on a text that lacks every word the pattern cannot match
    without (most of a long list of patterns match in few articles), nor on one where `gate`, a cheap pattern
    that every match of `pattern` holds a match of, finds nothing (for a pattern whose required words are
    common but whose match needs a rarer cue: a passive "will be introduced", a bullet)."""
    if not may_match(_required(pattern), _folded(text)) or gate is not None and gate.search(text) is None:
        return ()
    return tuple(pattern.finditer(text))


@identity_cache(maxsize=1024)
def _required(pattern: re.Pattern[str]) -> frozenset[str] | None:
    return required_words(pattern)


@functools.lru_cache(maxsize=4)
def _folded(text: str) -> str:
    return fold(text)


def not_after(before: str, pattern: str) -> str:
    """`(?<!before)pattern` for a `pattern` opening with a character class and a one-character `before`, written as
    the class first and the lookbehind one character further back: the engine skips to the characters of a pattern's
    opening class, but tries a pattern opening with a lookbehind at every character.

    >>> not_after("[a-z-]", "[A-Z][a-z]+")
    '[A-Z](?<![a-z-](?s:.))[a-z]+'
    """
    end = re.match(r"\[(?:\\.|[^\]\\])+\]", pattern)
    if end is None:
        raise ValueError(f"{pattern!r} does not open with a character class")
    return f"{end.group()}(?<!{before}(?s:.)){pattern[end.end():]}"


def trie_alternation(words: Iterable[str], token: Callable[[str], str] = re.escape) -> str:
    """A regex matching any of `words`, written as a trie of the regex `token` gives each character, so that
    matching reads each character once instead of trying every word in turn; a word that extends another is tried
    first (greedy optional tail).

    >>> trie_alternation(["care", "carer", "cared"])
    'care(?:d|r)?'
    """
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(token(ch), {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict[str, dict]) -> str:
    branches = [tok + _trie_regex(child) for tok, child in sorted(node.items()) if tok]
    if not branches:
        return ""
    if "" in node:
        return "(?:" + "|".join(branches) + ")?"
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
