"""Literal words a regular expression cannot match without: a cheap test that rules a pattern out of a text before
the pattern itself runs (most patterns of a long rule list match in few sentences).

`required_words(pattern)` reads the parsed pattern: a literal run is required; of a sequence, the element with the
longest required words is kept; of alternatives, the union. Comparison is case-insensitive, on `fold(text)`, which
maps every character that matches a literal under `re.IGNORECASE` to the literal's lower case, so the test never
rules out a text the pattern matches, with or without that flag.

`compile_with_start_set(source, flags)` reads the parsed pattern too: the characters a match can start with, which
the regex engine then skips to (it finds them itself only for a pattern opening with a literal or a class).
"""

from __future__ import annotations

import functools
import re
import sys
from re import _compiler, _parser
from re import _constants as C  # the parser's node codes (private, but stable since 3.11)
from typing import Any

import _sre

__all__ = ["required_words", "fold", "may_match", "compile_with_start_set"]

# The engine versions whose private compiler and `_sre.compile` signature `compile_with_start_set` was checked
# against (tests/extract/test_prefilter.py); on any other, patterns compile as plain `re.compile`.
START_SETS = sys.version_info[:2] in ((3, 11), (3, 12), (3, 13))

# Characters IGNORECASE matches to an ASCII letter that `str.lower` does not lower to it ("İ" lowers to two), and that
# letter (replaced one by one: `str.translate` with a table costs some 15 times more on a whole body).
_FOLD = (("\u0130", "i"), ("\u0131", "i"), ("\u017f", "s"))
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)


def fold(text: str) -> str:
    """`text` lower-cased as IGNORECASE compares it.

    >>> fold("ProposEd ſtrategy")
    'proposed strategy'
    """
    for char, letter in _FOLD:
        text = text.replace(char, letter)
    return text.lower()


def required_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Folded strings one of which stands in every match of `pattern`, or None when none are known.

    >>> sorted(required_words(re.compile(r"\\b(?:the\\s+)?(?:Sunak|May)\\s+government|\\bTory\\s+ministers")))
    ['government', 'ministers']
    >>> required_words(re.compile(r"\\w+(?:ly)?")) is None
    True
    """
    return _sequence(_parser.parse(pattern.pattern, pattern.flags))


def may_match(words: frozenset[str] | None, folded: str) -> bool:
    """False only when `pattern` (of those `words`) cannot match the text folded to `folded`."""
    return words is None or any(map(folded.__contains__, words))  # no Python frame a word


def _sequence(items: Any) -> frozenset[str] | None:
    """Required words of a parsed sequence (a SubPattern or list of (op, argument) nodes)."""
    best: frozenset[str] | None = None
    run: list[str] = []
    for op, av in list(items) + [(None, None)]:
        if op is C.LITERAL and _uncased_or_ascii(chr(av)):
            run.append(fold(chr(av)))
            continue
        candidates = [frozenset({"".join(run)})] if run else []
        run = []
        candidates.append(_node(op, av))
        for words in candidates:
            if words and (best is None or min(map(len, words)) > min(map(len, best))):
                best = words
    return best


def _node(op: Any, av: Any) -> frozenset[str] | None:
    if op is C.SUBPATTERN:
        return _sequence(av[-1])
    if op is C.ATOMIC_GROUP:
        return _sequence(av)
    if op in _REPEATS and av[0] >= 1:
        return _sequence(av[2])
    if op is C.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            words = _sequence(branch)
            if not words:
                return None
            union |= words
        return frozenset(union)
    return None


def _uncased_or_ascii(ch: str) -> bool:
    """Whether IGNORECASE matches `ch` only to characters that `fold` maps to `fold(ch)` (checked for ASCII)."""
    return ch.isascii() or ch.lower() == ch.upper()


# What IGNORECASE matches to an ASCII letter besides its two cases (checked against `re` in the tests).
_CASE_VARIANTS = {"i": "iI\u0130\u0131", "k": "kK\u212a", "s": "sS\u017f"}


@functools.lru_cache(maxsize=4096)
def compile_with_start_set(source: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(source, flags)`, given the set of characters a match can start with where the engine finds none
    in the pattern's opening (a lookbehind, `\\b`, an optional group, alternatives opening with classes): it then
    skips to those characters instead of trying a whole match at every character. The same matches, spans and
    groups with every method (`match` and `fullmatch` ignore the set); as `re.compile` where the engine has a start
    set already, where none is known (a case-insensitive letter beyond ASCII, a negated class, any character) or
    where a match may be empty.

    >>> fast = compile_with_start_set(r"\\b(?:Tory|Conservative)\\s+ministers")
    >>> [m.span() for m in fast.finditer("Tory ministers, Conservative ministers")]
    [(0, 14), (16, 38)]
    """
    if not START_SETS or flags & (re.LOCALE | re.ASCII) or not isinstance(source, str):
        return re.compile(source, flags)
    parsed = _parser.parse(source, int(flags))
    flags = parsed.state.flags | int(flags)
    low, high = parsed.getwidth()
    starts = _starts(parsed, flags) if low else None
    if (starts is None or starts[1] or _compiler._get_literal_prefix(parsed, flags)[0]
            or _compiler._get_charset_prefix(parsed, flags)):
        code = _compiler._code(parsed, flags)
    else:
        code = [C.INFO, 0, C.SRE_INFO_CHARSET, min(low, _compiler.MAXCODE), min(high, _compiler.MAXCODE)]
        _compiler._compile_charset(_compiler._optimize_charset(starts[0])[0], flags, code)
        code[1] = len(code) - 1
        _compiler._compile(code, parsed.data, flags)
        code.append(C.SUCCESS)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in parsed.state.groupdict.items():
        indexgroup[index] = name
    return _sre.compile(source, flags, code, parsed.state.groups - 1, parsed.state.groupdict, tuple(indexgroup))


def _starts(items: Any, flags: int) -> tuple[list[Any], bool] | None:
    """Charset items of the characters a parsed sequence can start with, and whether it can match empty."""
    chars: list[Any] = []
    for op, av in items:
        if op is C.AT or op is C.ASSERT or op is C.ASSERT_NOT:
            continue
        if op is C.LITERAL or op is C.IN:
            first = _cased([(op, av)] if op is C.LITERAL else av, flags)
            return None if first is None else (chars + first, False)
        if op is C.SUBPATTERN:
            found = _starts(av[-1], _compiler._combine_flags(flags, av[1], av[2]))
        elif op is C.ATOMIC_GROUP:
            found = _starts(av, flags)
        elif op in _REPEATS:
            found = _starts(av[2], flags)
            found = found and (found[0], found[1] or av[0] == 0)
        elif op is C.BRANCH:
            branches = [_starts(branch, flags) for branch in av[1]]
            if any(b is None for b in branches):
                return None
            found = ([c for b in branches for c in b[0]], any(b[1] for b in branches))
        else:
            return None
        if not found:
            return None
        chars += found[0]
        if not found[1]:
            return chars, False
    return chars, True


def _cased(items: list[Any], flags: int) -> list[Any] | None:
    """Charset items matching what `items` match: under IGNORECASE each letter with every character it matches."""
    if not flags & re.IGNORECASE:
        return None if any(op is C.NEGATE for op, _ in items) else list(items)
    out: list[Any] = []
    for op, av in items:
        if op is C.CATEGORY:
            out.append((op, av))
            continue
        codes = [av] if op is C.LITERAL else range(av[0], av[1] + 1) if op is C.RANGE and av[1] - av[0] < 512 else None
        if codes is None:
            return None
        for code in codes:
            ch = chr(code)
            if not _sre.unicode_iscased(code):
                out.append((C.LITERAL, code))
            elif ch.isascii():
                out += [(C.LITERAL, ord(v)) for v in _CASE_VARIANTS.get(ch.lower(), ch.lower() + ch.upper())]
            else:
                return None
    return out
