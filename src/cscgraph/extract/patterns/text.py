"""Shapes of running text that several extraction steps read: spaces, words, sentence and paragraph breaks,
possessive endings, slugs."""

from __future__ import annotations

from cscgraph.extract.patterns import fast_re as re

from cscgraph.extract.patterns import compiled

# A month's name, for patterns read without regard to case: "July 2023", "announced in February 2023".
MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# A sum in pounds with its unit if any, for patterns that only need to pass over one: "£45m", "£3.8 million", "£500".
STERLING_SUM = r"£[\d.,]+\s*(?:m|bn|k|million|billion)?"
# Spaces, tabs and line breaks between two words, written as one space: "Local  Government\nAssociation".
SPACE_RUN = re.compile(r"\s+")
# A word with its punctuation, as the copy splits on spaces: "Smith," in "Jo Smith, chair".
TOKEN = re.compile(r"\S+")
# A word with the spaces after it: "the " and "Children " in "the Children Act".
TOKEN_AND_SPACE = re.compile(r"\S+\s*")
# The first word of a span and the space after it: "the " of "the Fostering Network".
FIRST_TOKEN = re.compile(r"(\S+)\s+")
# The last word of a span and the space before it: " and" of "Family Rights Group and".
LAST_TOKEN = re.compile(r"\s+(\S+)$")
# A word that may hold an apostrophe: "council’s", "O'Neill".
WORD_WITH_APOSTROPHE = re.compile(r"[\w’']+")
# The space after a sentence's closing stop: "…by 2027. The rest…" splits after "2027.".
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s")
# A paragraph: lines up to a blank line ("First line\nsame paragraph\n\nNext paragraph").
PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\n)[^\n]+)*")
# A bullet inside a paragraph, where a list was run into one line: "…amongst others: • Launching a kinship allowance
# • Expanding the role" (each item is a sentence of its own; the break falls before the bullet).
INLINE_BULLET = re.compile(r"(?<=\S)\s+(?=[•‣▪]\s)")
# A list whose items a hyphen opens, run into one paragraph when its lines were joined: "The plan will: - open two
# hubs. - Train carers…" (the colon and hyphen open the list; from there each spaced hyphen begins an item, a
# sentence of its own; a spaced hyphen elsewhere is a dash: "the caps - which were due in May - are delayed").
HYPHEN_LIST_OPENING = re.compile(r":[ \t]*\n?[ \t]*-[ \t]+(?=\S)")
HYPHEN_ITEM = re.compile(r"(?<=\S)\s+(?=-[ \t]+\S)")
# A sentence ends at . ! ? (optionally followed by closing quotes/brackets) before whitespace and an opening
# capital, digit, quote or bracket: "…in 2022. The review…", "…thrive,” she added. “We…".
SENTENCE_END = re.compile(r"""[.!?]["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9£])""")
# Abbreviations whose full stop does not end a sentence ("Dr Smith" has none in British copy, but "St." and
# initials do occur).
NO_BREAK_BEFORE = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|No|vs|etc|Cllr|Coun|Rt|Hon|Co|Ltd|Inc|approx|e\.g|i\.e)|\b[A-Z])\.$")
# How far before its full stop NO_BREAK_BEFORE's longest abbreviation ("approx") starts: the splitter searches a
# paragraph from there, not from its start (the same matches: the word boundary still sees the character before).
ABBREVIATION_WITHIN = len("approx")
# A possessive ending: "Council’s", "Councils'", "Barnardo's".
POSSESSIVE_ENDING = re.compile(r"['’]s?$")
# Apostrophes and backticks, dropped from a slug so "Children’s" reads "childrens", not "children-s".
SLUG_APOSTROPHE = re.compile(r"['’`]")
# A run of anything but lower-case ASCII letters and digits, one hyphen in a slug: "wellbeing & schools".
NOT_SLUG = re.compile(r"[^a-z0-9]+")


def whole_word(word: str) -> re.Pattern[str]:
    """`word` as a whole word in any case: "She" in "She said", not in "Shelter".

    >>> bool(whole_word("she").search("Then she said")), bool(whole_word("she").search("Shelter"))
    (True, False)
    """
    return compiled(rf"\b{word}\b", re.IGNORECASE)
