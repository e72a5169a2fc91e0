"""How measure signatures (`csc:signature` in `ontology/reference/measures.ttl`) are read and where they may match.

A signature is written "cap|caps|capping ; profit|profits": concepts separated by `CONCEPT_SEPARATOR`, each a set
of alternatives separated by `ALTERNATIVE_SEPARATOR`; an alternative is one or more words ("social workers",
"every child"), and a word ending in `PREFIX_MARK` matches any word it starts ("apprentice*": apprentices,
apprenticeship). Every concept must occur in one clause (`CLAUSE_PUNCTUATION` and `CLAUSE_BREAK_WORDS` end a
clause) within `MAX_SPAN_WORDS` words, with no `LINEAGE_VERBS` word between them. Logic lives in
`extract/measure_phrases.py`.
"""

from __future__ import annotations

from cscgraph.extract.patterns import fast_re as re

# "cap|capping ; profit|profits" → two concepts.
CONCEPT_SEPARATOR = ";"
# "cap|capping" → two alternatives.
ALTERNATIVE_SEPARATOR = "|"
# "identif*" matches "identifier", "identify", "identifying".
PREFIX_MARK = "*"

# One word of copy, apostrophes and hyphens inside: "children’s", "multi-agency", "ID", "2024".
WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’\-]*")
# The possessive a word sheds before comparison, so "children’s homes" meets the concept "children": "providers'",
# "council’s".
POSSESSIVE = re.compile(r"['’]s?$")

# Punctuation that ends a clause or a list item: "the profits of providers, capping a strong year" is two clauses;
# "regional hubs; a profit cap" two items; a spaced dash opens an aside ("the rules – which councils resisted –").
# Hyphens inside words ("multi-agency") are not spaced and do not break.
CLAUSE_PUNCTUATION = re.compile(r"[,;:.!?()\[\]“”\"]|\s[–—-]\s")

# Words that open another clause, so concepts on either side belong to different statements: "Profits rose but the
# cap on agency pay held", "allowances were cut while relatives said…", "the paper said the number…". Compared
# lower-cased.
CLAUSE_BREAK_WORDS = frozenset({
    "but", "while", "whilst", "whereas", "although", "though", "because", "unless", "however", "if", "said", "says",
    "told", "after", "before", "since", "despite",
})

# Break words that open no clause right after "as": a comparison, "treat care experience as if it were a protected
# characteristic", "as though it were".
AFTER_AS_NO_BREAK = frozenset({"if", "though"})

# The widest span, in words from the first concept word to the last, that still reads as one phrase: "rules capping
# what councils can pay agency social workers" is 8; "a single number to identify every child" 6.
MAX_SPAN_WORDS = 12

# Lineage verbs that may not stand inside a measure's span unless they are one of its concept words: "allowances
# were recommended for relatives" is a claim about allowances, not the phrase "allowances … relatives", and the span
# must leave "recommended" for extract/lineage.py to read. "Scrapping independent reviewing officers" keeps
# "scrapping": it is a concept word of that signature. Compared lower-cased, whole words.
LINEAGE_VERBS = frozenset({
    "propose", "proposes", "proposed", "recommend", "recommends", "recommended", "adopt", "adopts", "adopted",
    "reject", "rejects", "rejected", "dropped", "drops", "scrapped", "shelved", "tested", "trialled", "piloted",
    "legislated", "enshrined", "enshrines", "replaced", "replaces", "implemented", "introduced", "introduces",
    "funded", "backed", "endorsed", "abandoned", "ditched", "axed", "amended", "amends", "kept", "continued",
    "continues", "called", "based", "includes", "included", "supported", "accepted", "mooted",
})


# A paraphrase that is part of a longer name is that name's, not the measure's: "the Family Hubs Transformation
# Fund", "the Family Hubs programme", "the Family Hubs and Start for Life programme", "the family hubs scheme", "the
# National Centre for Family Hubs", "Best Start Family Hubs", "the Family Hubs ‘Transformation Fund’": any match with
# a title noun after it (past capitalised words of the name, quoted or not); a capitalised match with a capitalised
# word after it; a capitalised match of a one-concept signature (a name, not a paraphrase) with a capitalised word
# before it, past "for"/"of" (determiners and "Government" start no name: "The Family Hubs will open"; a
# paraphrase's capitalised neighbour may be its own word: "the Regional Fostering Recruitment Hub").
TITLE_NOUN_AFTER = re.compile(r"[’'”\"]?(?:\s+(?:(?:and|for|of|&)\s+)?[‘'“\"]?(?-i:[A-Z])[\w’'-]*){0,5}?\s+[‘'“\"]?"
                              r"(?:programmes?|schemes?|funds?|network|networks|pathfinders?|pilots?|trailblazers?|"
                              r"initiative|partnership|centre|centres)\b", re.IGNORECASE)
NAME_WORD_AFTER = re.compile(r"\s+[‘'“\"]?(?-i:[A-Z])")
NAME_WORD_BEFORE = re.compile(r"(?<![\w’'-])(?!(?:The|A|An|Its|Their|Our|This|These|Those|New|More|Every|All|Some|"
                              r"Government|Ministers|Councils?|Local)\b)(?-i:[A-Z])[\w-]*\s+(?:(?:for|of)\s+)?$")
NAME_BEFORE_REACH = 40


# ---------------------------------------------------------------------------------------------------------------
# Measures an article introduces (`extract/introduced_measures.py`; its other patterns are in `patterns/documents.py`)

# A word of approximation before the amount that opens a governed conjunct: "The care package includes around £80
# million to create…" (dropped, so the amount and what it is to do are read as the conjunct's lead).
APPROXIMATE_AMOUNT = re.compile(r"(?:around|about|almost|nearly|roughly|some|over|up\s+to|more\s+than|just\s+(?:under|"
                                r"over))\s+(?=£)", re.IGNORECASE)
# A count of the things provided before a measure's phrase: "£80 million to create another 75 family hubs", "£10m for
# up to 20 new fostering hubs", "to create additional 75 family hubs" (dropped: the measure is "family hubs", however
# many an article counts).
COUNT_LEAD = re.compile(r"(?:(?:another|a\s+further|(?:an\s+)?(?:extra|additional)|up\s+to|around|about|over|more\s+than|"
                        r"at\s+least)\s+)?\d[\d,]*\s+(?:(?:new|more|extra|additional)\s+)?(?=[a-z])", re.IGNORECASE)

# A population named by what it goes through, never a measure: "funding for families experiencing difficulties",
# "the fund will pay for children living in poverty", "support for young people leaving care" — a plural noun of
# people (its first word, or the second after "young") then a participle. Singular nouns modify a measure and stay
# ("family counselling", "child safeguarding teams"). Compared lower-cased.
POPULATION_NOUNS = frozenset({"children", "families", "people", "carers", "parents", "leavers", "adults", "pupils",
                              "mothers", "fathers", "adolescents", "teenagers", "babies", "households", "residents"})
# Words before such a noun that leave it the population's noun: "young" of "young people leaving care".
POPULATION_MODIFIERS = frozenset({"young"})
PARTICIPLE = re.compile(r"[a-z]{2,}ing$")
# Heads that name a property of services or lives, not a measure: "the programme is testing the quality of services",
# "funding to improve outcomes" (compared lower-cased).
PROPERTY_HEADS = frozenset({"quality", "availability", "effectiveness", "impact", "outcomes", "wellbeing", "lives",
                            "experiences", "life"})
# A phrase cut at the comma of a number ("to create a network of up to 1,000 hubs" cut to "network of up to 1") names
# no measure: matched at the phrase's last character.
NUMBER_CUT = re.compile(r"\d,\d{3}\b")
# Adverbs that open a predicate, never a word of a noun phrase: "the proposed changes also recognises the important
# role…" is a clause, not a measure (compared lower-cased, inside the phrase).
CLAUSE_ADVERBS = frozenset({"also", "still", "already", "therefore", "however", "thus", "again"})
# A measure named by a noun of provision that a recommendation, an inclusion or a payment governs: "the inquiry has
# recommended the introduction of a broader, mandatory reporting requirement in England", "the report recommends the
# creation of a regional adoption panel", "The second recommendation relates to the establishment of…", "Key reforms
# include the introduction of price caps", "£4m will be spent on the roll-out of…" (group `phrase`: lower-case
# words, past a leading adjective and its comma, to a clause mark or a word that opens an adjunct or a clause;
# "recommended the introduction of Family Help" is a name's; not after a modal of possibility: "could include the
# creation of…").
_NOMINAL_END = (r"(?:which|that|who|whom|by|in|from|as|under|after|before|when|while|and|or|but|so|because|across|"
                r"within|at|to\s+be|was|were|is|are|will|would|could|should|has|have|had|if|following|amid)")
RECOMMENDED_INTRODUCTION = re.compile(
    r"(?<!could\s)(?<!may\s)(?<!might\s)(?<!should\s)\b(?:recommend(?:s|ed|ing)?|includ(?:e|es|ed|ing)|"
    r"involv(?:e|es|ed)|relat(?:e|es|ed)\s+to|consist(?:s|ed)?\s+of|such\s+as|spent\s+on|invest(?:s|ed|ing)?\s+in)\s+"
    r"(?:the\s+)?(?:national\s+)?"
    r"(?:introduction|creation|establishment|setting\s+up|roll-?out|expansion|extension|appointment)\s+of\s+"
    r"(?:an?\s+|the\s+)?(?:new\s+)?(?:(?-i:[a-z]+),\s+)?"
    rf"(?P<phrase>(?!{_NOMINAL_END}\b)(?-i:[a-z][\w’'-]*)(?:\s+(?!{_NOMINAL_END}\b)(?-i:[a-z][\w’'-]*)){{1,7}})"
    rf"(?=\s*[,.;:)–—]|\s+{_NOMINAL_END}\b|\s*$)", re.IGNORECASE)
