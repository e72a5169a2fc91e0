"""Find curated entities (documents, statutes, measures, bodies) in text by canonical name, alias or acronym."""

from __future__ import annotations

from cscgraph.extract.patterns import fast_re as re
from dataclasses import dataclass, field

from cscgraph.extract.patterns import trie_alternation
from cscgraph.extract.patterns.text import SPACE_RUN
from cscgraph.extract.spans import leftmost_longest
from cscgraph.models import EntityRef, ReferenceEntity

# Copy spells the same name with straight, curly or no apostrophes, hyphens or en dashes, and any run of spaces:
# "Children's Wellbeing Bill" / "Children’s Wellbeing Bill" / "Childrens Wellbeing Bill", "Barnardo's" / "Barnardos".
# The comma between a title's two halves may be a colon, a spaced dash or nothing: "Safe at Home, Loved for Life" /
# "‘Safe at Home: Loved for Life’" / "Adoption – A Vision for Change" / "Adoption A vision for change".
_APOSTROPHES = "['’]?"
_DASHES = "[-–]"
_HALVES = "(?:[,:]|\\s+[-–—])?"
_COLON_BETWEEN_HALVES = re.compile(r"\s*:(?=\s)")
_BETWEEN_HALVES = re.compile(r",(?= )|(?<= )[-—](?= )")
# A name that is "the" and one word ("The Guardian", "the Treasury"): matched with the word's capital, since the word
# alone is a common noun ("the guardian shares my view" names no newspaper).
_THE_ONE_WORD = re.compile(r"the \S+")


@dataclass(frozen=True)
class GazetteerMatch:
    start: int
    end: int
    text: str
    entity: ReferenceEntity


@dataclass(frozen=True, eq=False)
class Gazetteer:
    """Every name of every reference entity, compiled into one trie-shaped regular expression.

    Names of two or more words match case-insensitively ("the Care Review"); single words, acronyms, "the" with
    one word and the names of an entity marked `match_case` match case-sensitively so that "Become" the charity is
    not "become" the verb, nor "the guardian" The Guardian, nor "the family court" the Family Court. A gazetteer is
    equal only to itself, so that indexes derived from it can be cached per gazetteer without hashing every entity
    per article.
    """

    entities: tuple[ReferenceEntity, ...]
    _by_name: dict[str, ReferenceEntity] = field(init=False, repr=False)
    _by_ref: dict[EntityRef, ReferenceEntity] = field(init=False, repr=False)
    _folded: re.Pattern[str] | None = field(init=False, repr=False)
    _exact: re.Pattern[str] | None = field(init=False, repr=False)

    def __post_init__(self) -> None:
        by_name: dict[str, ReferenceEntity] = {}
        folded, exact = [], []
        for entity in self.entities:
            for name in (entity.label, *entity.aliases, *([entity.acronym] if entity.acronym else [])):
                key = _key(name)
                if not key or key in by_name:
                    continue
                by_name[key] = entity
                if _THE_ONE_WORD.fullmatch(key):  # "The Guardian": the word keeps its capital ("the guardian" is not)
                    spelling = _spelling(name).split(" ", 1)[1]
                    exact += [f"The {spelling}", f"the {spelling}"]
                elif entity.match_case:  # an ordinary phrase too: as written, or in capitals ("FAMILY COURT")
                    exact += [_spelling(name), _spelling(name).upper()]
                else:  # one word as written
                    (folded if " " in key else exact).append(_spelling(name))
        object.__setattr__(self, "_by_name", by_name)
        object.__setattr__(self, "_by_ref", {e.ref: e for e in self.entities})
        object.__setattr__(self, "_folded", _compile(folded, re.IGNORECASE))
        object.__setattr__(self, "_exact", _compile(exact, 0))

    def find(self, text: str) -> list[GazetteerMatch]:
        """Non-overlapping matches, longest first where two overlap, in text order."""
        found: list[GazetteerMatch] = []
        for pattern in (self._folded, self._exact):
            if pattern is None:
                continue
            for m in pattern.finditer(text):
                entity = self._by_name.get(_key(m.group()))
                if entity is not None:
                    found.append(GazetteerMatch(m.start(), m.end(), m.group(), entity))
        return leftmost_longest(found)

    def lookup(self, name: str) -> ReferenceEntity | None:
        """The entity a name, alias or acronym denotes, ignoring case, apostrophe style and spacing."""
        return self._by_name.get(_key(name))

    def entity(self, ref: EntityRef) -> ReferenceEntity | None:
        """The reference entity of `ref`, if reference data has it."""
        return self._by_ref.get(ref)


def _key(name: str) -> str:
    """Normal form of a name for lookup: its spelling (`_spelling`) without apostrophes or what divides a title's
    halves; lower-case if multiword."""
    key = SPACE_RUN.sub(" ", _BETWEEN_HALVES.sub("", _spelling(name).replace("'", "")))
    return key.lower() if " " in key else key


def _spelling(name: str) -> str:
    """A name as the patterns are compiled from it: single spaces, straight apostrophes, hyphens, a comma for a colon
    between words."""
    return _COLON_BETWEEN_HALVES.sub(",", SPACE_RUN.sub(" ", name.strip())).replace("’", "'").replace("–", "-")


def _compile(names: list[str], flags: int) -> re.Pattern[str] | None:
    if not names:
        return None
    words = (name.lower() for name in names) if flags & re.IGNORECASE else names
    return re.compile(r"(?<![\w])" + trie_alternation(words, _char) + r"(?![\w])", flags)


def _char(ch: str) -> str:
    if ch == "'":
        return _APOSTROPHES
    if ch == "-":
        return _DASHES
    if ch == ",":
        return _HALVES
    if ch == " ":
        return r"\s+"
    return re.escape(ch)
