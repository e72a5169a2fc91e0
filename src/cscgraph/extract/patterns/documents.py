"""Patterns that find policy documents, Bills and Acts by their shape, and generic references resolved in context.

Every constant carries an example of the copy it matches. Logic lives in `extract/documents.py`.
"""

from __future__ import annotations

from cscgraph.extract.patterns import fast_re as re

from cscgraph.extract.patterns import text as T, trie_alternation

# One word of a title: capitalised (or a year/number), with curly or straight apostrophes and hyphens inside:
# "Children’s", "Labinjo-Hughes", "2017". Its first character is read before the choice of the two forms, so that a
# pattern opening with a title word opens with a character class (the regex engine skips to the next capital or
# digit instead of trying a match at every character).
TITLE_WORD = r"[A-Z\d](?:(?<=[A-Z])[\w’'\-]*|(?<=\d)\d{3})"
# A curated document title this short, written all in lower case, is ordinary words, not the title: "to create
# stable homes for care leavers" names no strategy Stable Homes.
SHORT_TITLE_WORDS = 2
# A programme's kind word right after its name written in lower case, which keeps it a name: "the supporting families
# programme", "supporting families grant funding".
PROGRAMME_KIND_AFTER = re.compile(r"\s+(?:programme|grant|fund|funding|scheme|initiative|pilot|pathfinder)s?\b")
# Whom a measure is for, right after its name: "… for foster carers" (group `whom`: up to three words).
FOR_WHOM = re.compile(r"\s+for\s+(?P<whom>[A-Za-z’'-]+(?:\s+[A-Za-z’'-]+){0,2})")
# Small words allowed inside a title: "Stable Homes, Built *on* Love", "Crime *and* Policing Bill".
TITLE_CONNECTOR = r"(?:and|of|on|for|the|to|in|with|at|&)"

# An Act by its title and year: "the Equality Act 2010", "under section 1 of the Children and Social Work Act 2017".
# Leading words that are not part of the title ("Under", "the", "section") are trimmed by `trim_title`.
# / "the Children and Young People (Scotland) Act 2014" (a nation in brackets before "Act")
ACT_TITLE = re.compile(
    rf"\b(?:{TITLE_WORD}\s+(?:{TITLE_CONNECTOR}\s+)*)*?{TITLE_WORD}\s+(?:\((?:Scotland|Wales|Northern\s+Ireland)\)\s+)?"
    rf"Act\s+(?:of\s+)?(?P<year>\d{{4}})\b")

# An Act named with its year first, as the press often writes it: "the 2016 Immigration Act", "the 1989 Children Act"
# (group `year`; group `title` the words before "Act"), named "<title> Act <year>".
ACT_YEAR_FIRST = re.compile(
    rf"\b[Tt]he\s+(?P<year>(?:19|20)\d\d)\s+(?P<title>(?:{TITLE_WORD}\s+(?:{TITLE_CONNECTOR}\s+)*)*?{TITLE_WORD})"
    rf"\s+Act\b(?!\s+(?:of\s+)?\d{{4}})")

# Acts of one title named together by their years: "the Children Acts of 1989 and 2004", "the Adoption Acts 1976, 2002
# and 2006" (group `title` the words before "Acts", group `years` the years), each "<title> Act <year>".
ACTS_BY_YEARS = re.compile(
    rf"\b(?P<title>(?:{TITLE_WORD}\s+(?:{TITLE_CONNECTOR}\s+)*)*?{TITLE_WORD})\s+Acts\s+(?:of\s+)?"
    r"(?P<years>(?:19|20)\d\d(?:(?:,\s+|,?\s+and\s+)(?:19|20)\d\d)+)\b")
ACTS_WORD = re.compile(r"Acts\b")
YEAR = re.compile(r"\d{4}")

# An Act named without its year: "by adding care leavers to the Equality Act", "the Human Rights Act". Only the
# curated Act of that name, when reference data has exactly one, is meant; "the Children Act" (1989 or 2004) is
# left alone.
ACT_WITHOUT_YEAR = re.compile(rf"\b(?:{TITLE_WORD}\s+(?:{TITLE_CONNECTOR}\s+)*)*?{TITLE_WORD}\s+Act\b(?!\s+(?:of\s+)?\d{{4}})")
# The word every Act's title holds, capitalised (gate of ACT_TITLE and ACT_WITHOUT_YEAR in `all_matches`: the title
# word before it is tried at every capital, and most bodies name no Act).
ACT_WORD = re.compile(r"Act\b")
# The year that ends an Act's name, dropped to key it without: "Equality Act 2010" → "Equality Act".
ACT_YEAR_END = re.compile(r"\s+(?:of\s+)?\d{4}$")

# A Bill by its title: "the Crime and Policing Bill", "a Children’s Wellbeing Bill". A bare "the Bill" has no title
# word and is left to CONTEXTUAL_REFERENCES. A title word stands right before "Bill" or "Act", never a small word: in
# "Ahead of the Bill" the capitalised word opens the sentence, not a title (the same holds for Acts, above); nor does
# an amendment's new-clause number: "amendment NC14 to the Employment Rights Bill".
BILL_TITLE = re.compile(rf"\b(?!NC\d)(?:{TITLE_WORD}\s+(?:{TITLE_CONNECTOR}\s+)*)*?{TITLE_WORD}\s+Bill\b")

# Regulations by their title and year, a nation in brackets before "Regulations" as written: "the Children’s Homes
# (England) Regulations 2015", "the Care Planning, Placement and Case Review (England) Regulations 2010" (a comma may
# part the title's words), "the Fostering Services Regulations 2011".
REGULATIONS_TITLE = re.compile(
    rf"\b(?:{TITLE_WORD}(?:,\s+|\s+(?:{TITLE_CONNECTOR}\s+)*))*?{TITLE_WORD}\s+(?:\((?:England|Wales|Scotland|"
    rf"England\s+and\s+Wales|Northern\s+Ireland)\)\s+)?(?:\(Amendment\)\s+)?Regulations\s+(?P<year>\d{{4}})\b")
# The word every regulations' title holds, capitalised (gate of REGULATIONS_TITLE, as ACT_WORD is of Acts).
REGULATIONS_WORD = re.compile(r"Regulations\s")

# The nation a regulation's title names in brackets, dropped from its key: "the Care Planning, Placement and Case
# Review (England) Regulations 2010" is the "Care Planning, Placement and Case Review Regulations 2010".
NATION_IN_BRACKETS = re.compile(r"\s*\((?:England|Wales|Scotland|England\s+and\s+Wales|Northern\s+Ireland)\)")

# Words that start a sentence or a clause but never a statute's title: "Under the Children Act 1989",
# "In the Crime and Policing Bill". Compared lower-cased.
TITLE_STOPWORDS = frozenset({
    "under", "the", "a", "an", "in", "of", "and", "for", "to", "on", "with", "at", "by", "its", "their", "his", "her",
    "this", "that", "these", "those", "section", "sections", "part", "schedule", "new", "forthcoming", "proposed",
    "upcoming", "draft", "government", "government’s", "government's", "labour", "labour’s", "labour's",
    "conservative", "conservatives", "tory", "tories", "through", "via", "from", "as", "amend", "amending",
    "amended", "landmark", "flagship", "while", "but", "however", "also", "when", "where", "if", "both", "is",
    "was", "&", "dfe", "dfe’s", "dfe's", "ministers", "ministers’", "ministers'", "uk", "england", "england’s",
    "england's", "planned", "latest", "whole", "entire", "any", "every", "each", "all", "such", "same", "which",
    "it", "it’s", "its’", "said", "says", "say", "following", "after", "before", "during", "since", "until",
    "including", "include", "includes", "about", "read", "see", "more", "our", "your", "my", "ahead",
    # an edition's state, not its name: "the Updated Children's Social Care Improvement Plan"
    "updated", "revised",
    # the parliament a Bill is before, which names no Bill: "an England-only Westminster Bill"
    "westminster", "westminster’s", "westminster's",
    # a day places a document in time, never names it: "At Wednesday’s Budget", "Yesterday’s Spending Review"
    *(f"{day}{end}" for day in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                "yesterday", "today", "tomorrow") for end in ("", "’s", "'s")),
})

# A gerund and an article before a title, as list items open: "Renaming the Adoption Support Fund…", "Publishing
# a Kinship Charter" (not "Keeping Children Safe", where no article follows the gerund); or a step taken on the
# document, as agenda items and decisions open: "Approval of the Sufficiency Strategy", "Adoption of the … Strategy"
# ("the" required: "Adoption of Children Act 1926" is a title).
_LEAD_ACTS = r"(?:Approval|Adoption|Implementation|Delivery|Publication|Endorsement|Launch|Refresh|Renewal)\b"
# A month opening a run of capitals before "the": when something happened, and no title after it ("In March the
# Chancellor’s Budget", "this March the Chancellors budget").
MONTH_BEFORE_THE = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|"
                              r"December)(?:\s+\d{4})?,?\s+(?=the\b)")
TITLE_LEAD = re.compile(rf"(?:[A-Z][a-z]+ing\s+(?:the|a|an)|{_LEAD_ACTS}\s+of\s+the)\s+")

# Cue nouns naming the kind of an untitled-in-reference document, mapped to its ontology class (local name):
# "its Keeping Children Safe, Helping Families Thrive policy paper" → PolicyPaper.
DOCUMENT_CUES: dict[str, str] = {
    "policy paper": "PolicyPaper",
    "white paper": "WhitePaper",
    "green paper": "GreenPaper",
    "strategy": "Strategy",
    "action plan": "Strategy",
    "improvement plan": "Strategy",
    "report": "Report",
    "review": "Review",
    "statutory guidance": "StatutoryGuidance",
    "consultation": "Consultation",
    "framework": "Framework",
    "guidance": "Guidance",
    "audit": "Report",
    "inquiry": "Review",
    "budget": "Budget",
    "spending review": "SpendingReview",
    "settlement": "PolicyDocument",
    "manifesto": "PolicyDocument",
    # "a new briefing, “Still Our Children”": a short report to decision makers
    "briefing": "Report",
}
# Cue nouns naming a programme rather than a document (entity kind "programme"), with the class of each: "the
# Staying Close pilot", "a Kinship Support fund", "the Families First Partnership Programme". The cue is part of the
# programme's name.
PROGRAMME_CUES: dict[str, str] = {
    "programme": "Programme",
    "pathfinder": "Programme",
    "pilot": "Pilot",
    "fund": "Fund",
    "scheme": "Programme",
    "initiative": "Programme",
    # "the Mockingbird project", "deliver the Mockingbird project"
    "project": "Programme",
    # "the Children’s Social Care Prevention Grant", "the Supporting Families grant": money given for a purpose
    "grant": "Fund",
}
_CUE = "|".join(sorted((re.escape(c) for c in DOCUMENT_CUES), key=len, reverse=True))
# The words of the kind nouns, and "plan": what a title holds besides its name ("Sufficiency Strategy" names by one
# word).
KIND_WORDS = frozenset({w for cue in (*DOCUMENT_CUES, *PROGRAMME_CUES) for w in cue.split()} | {"plan", "programmes"})
# A title: capitalised words, optionally joined by connectors or by ", " before another capitalised word
# ("Keeping Children Safe, Helping Families Thrive").
# (a small word never follows the comma: "within the Service, the Internal Audit" is two phrases)
# (never over a paragraph break: a heading "Supporting Parents in and Leaving Care" does not run into the next
# paragraph's "That the Supporting Parents in and Leaving Care Charter …", which is then found on its own)
_IN_PARAGRAPH = r"(?:(?!\n\n)\s)+"
_TITLE_NEXT = rf"(?:{_IN_PARAGRAPH}(?:{TITLE_CONNECTOR}{_IN_PARAGRAPH})*{TITLE_WORD}|,{_IN_PARAGRAPH}{TITLE_WORD})"
_TITLE = rf"{TITLE_WORD}{_TITLE_NEXT}+"

# Title before its cue: "in its Keeping Children Safe, Helping Families Thrive policy paper",
# "the Conservatives’ Stable Homes, Built on Love strategy".
TITLE_BEFORE_CUE = re.compile(rf"(?P<title>{_TITLE})\s+(?P<cue>{_CUE})\b")

# Title after its cue, in apposition or after "called": "In its policy paper, Keeping Children Safe, Helping
# Families Thrive, the DfE said"; "the government’s strategy, called Stable Homes, Built on Love, needed" (not a
# speaker after it: "after the report, BASW chief Jo Bell said").
# / "the Green Paper, Care Matters : Transforming the Lives…" (the kind word capitalised as some copy writes it; never
# over a line break: "Letter on Spending Review" / "Dear Secretary of State, …" is a heading and a salutation)
# (the cues as a trie: case-insensitive, each a list of alternatives tried at every word's start costs more)
# / a title set off this way may hold more small words than a name run in the text, and may end its line: "our new
# report, Finding their Feet, reveals today", "the Centre for Social Justice’s Report, Safely Reducing the Number of
# Children Going into Care" (a heading; never over a line break)
# / a colon for the comma: "the NSPCC's report: Safe at Home, published today", "the policy paper: Stable Homes, Built
# on Love – acknowledged"
_APPOSED_SMALL = rf"(?:{TITLE_CONNECTOR}|their|our|your|into|from|a|an|by|as|up|out|not|no|than)"
_APPOSED_TITLE = rf"{TITLE_WORD}(?:[ \t]+(?:{_APPOSED_SMALL}[ \t]+)*{TITLE_WORD}|,[ \t]+{TITLE_WORD})+"
TITLE_AFTER_CUE = re.compile(
    rf"\b(?P<cue>(?i:{trie_alternation(DOCUMENT_CUES)}))[,:]?[ \t]+(?:(?P<named>called|entitled|titled|named)\s+)?"
    rf"(?P<title>{_APPOSED_TITLE})(?=\s*[,.;:)–—]|\s+(?:was|is|which|that|sets?)\b|[ \t]*(?:\n|$)|"
    rf"(?(named)\s+(?:found|finds|says|said|states|stated|warns|warned|shows|showed|reveals|revealed)\b|(?!)))")
# The word that names a document after its kind, the kind introduced as new: "A new report, titled “Left Behind”,
# found", "a review entitled Safe at Home says" (the kind word then stands for the document as well as its title;
# "The review, titled …" may be a review named before, its title a subtitle).
NAMED_AFTER_CUE = re.compile(r",?\s+(?:[a-z]+ly\s+)?(?:called|entitled|titled|named)\s")
INDEFINITE_BEFORE_CUE = re.compile(r"\b[Aa]n?\s+(?:[a-z-]+\s+){0,2}$")
# A body's document with its title after its kind, right after the body's name: "the Centre for Social Justice’s
# Report, Safely Reducing the Number of Children Going into Care" (TITLE_AFTER_CUE names it).
TITLED_AFTER_BODY = re.compile(rf"(?:[’']s?)?\s+(?:[a-z]+\s+){{0,2}}?(?={TITLE_AFTER_CUE.pattern})")

# A quoted title after its cue: "a strategy called ‘Safe, Loved and Thriving’".
# / "the cross-government care leaver strategy, appropriately called ‘Keep on Caring’", "a strategy called the
# ‘Northby Promise’" (an adverb before "called", "the" after it)
QUOTED_TITLE = re.compile(
    rf"\b(?P<cue>{_CUE}),?\s+(?:(?:[a-z]+ly\s+)?(?:called|entitled|titled|named)\s+(?:the\s+)?)?"
    rf"[“\"‘'](?P<title>[A-Z][^”\"’]{{2,90}})[”\"’']")
# A body's document with its quoted title after its kind, right after the body's name: "The NSPCC’s report, “Bringing
# the global to the local”, suggests" (QUOTED_TITLE names it, as TITLED_AFTER_BODY's titles are named).
QUOTED_AFTER_BODY = re.compile(rf"(?:[’']s?)?\s+(?:[a-z]+\s+){{0,2}}?(?={QUOTED_TITLE.pattern})")
# A quoted title acting as its document does, right after its closing mark: "“A plan for childhood vulnerability”
# argues for addressing…", "‘Too little, too late’ sets out how…" (a verb only a document's findings take, then its
# object, not a speaker's name: "“We must act,” argues Jo Reed" is speech).
TITLE_ACTS_AFTER = re.compile(r"[ \t]+(?:argues|finds|sets\s+out|examines|explores|recommends|calls\s+for|looks\s+at|"
                              r"highlights|reveals|shows|outlines|concludes|describes)[ \t]+(?:that\b|[a-z])")
QUOTED_TITLE_ACTING = re.compile(rf"[“\"‘'](?P<title>[A-Z][^”\"’\n]{{2,120}}?)(?<![,.;:!?])[”\"’']"
                                 rf"(?={TITLE_ACTS_AFTER.pattern})")
# A quoted title before its cue: "the ‘Fresh Start, Firm Ground’ strategy", "the third of the ‘Growing Up – Care for
# All’ briefing papers" (no apostrophe inside, and a title never ends in a clause mark: "“It is late,” report
# authors said" is a speaker's words).
QUOTED_BEFORE_CUE = re.compile(rf"[“\"‘'](?P<title>[A-Z][^”\"’'\n]{{2,90}}?)(?<![,.;:!?])[”\"’']\s+(?P<cue>{_CUE})\b")

# A name that ends in its capitalised kind: "the Families First Partnership Programme", "a Care Leaver Covenant
# Review", "the Kinship Support Fund", "the Adoption Reform Strategy" (group `cue`, the kind word, is part of the name).
# / kinds that name a document only capitalised, as part of a name (in lower case they are ordinary words): "the new
# 3-year Service Development Plan", "The Children’s Plan", "a Corporate Parenting Charter", "the Care Leaver Covenant",
# "the Hague Convention", "the Northby Reducing Criminalisation Protocol", "the Kinship Care Procedure", "the National
# Minimum Standards" (a treaty, an agreed procedure, rules practice must follow; never when the name runs on: "the
# Food Standards Agency", nor "Trading Standards", a council service)
CAPITALISED_ONLY_CUES: dict[str, tuple[str, ...]] = {"plan": ("PolicyDocument", "Strategy"),
                                                    "charter": ("PolicyDocument",), "covenant": ("PolicyDocument",),
                                                    "convention": ("PolicyDocument",),
                                                    "protocol": ("PolicyDocument", "Guidance"),
                                                    "procedure": ("PolicyDocument", "Guidance"),
                                                    "procedures": ("PolicyDocument", "Guidance"),
                                                    "standards": ("PolicyDocument", "Framework")}
_CAPITAL_CUES = "|".join(sorted({c.title() for c in (*DOCUMENT_CUES, *PROGRAMME_CUES, *CAPITALISED_ONLY_CUES)},
                                key=len, reverse=True))
# A capitalised kind that names a service or a body, not a document, or whose name runs on after it.
NOT_DOCUMENT_KIND_USE = re.compile(r"(?:^|\s)Trading\s+Standards$")
NAME_RUNS_ON_AFTER_KIND = re.compile(r"[ \t]+[A-Z][a-z]")
# A plan made for one child or family, never a policy document: "a Child Protection Plan", "the Pathway Plan", "an
# Education, Health and Care Plan", "an Early Help Plan" (the end of a title before "Plan").
PERSONAL_PLAN = re.compile(r"(?:\b(?:Protection|Care|Pathway|Personal\s+Education|Safety|Support|Need|Health|Birth|Help|Family|"
                           r"Placement|Transition|Behaviour|Individual|Personal|Contingency|Delegation|Discharge|"
                           r"Treatment|Exit|Escape|Action|Improvement)|[A-Z]{2,5})$")
# / "the Internal Audit review", "the Internal Audit Review" (a second kind word is part of the name: one entity)
# / a year or span of years right after the kind is part of the name: "the Sufficiency Strategy 2024-2027", "the
# Partnership Annual Report 2022/23", "Spending Review 2021"
# / a programme run as several local sites is named in the plural: "the Northby and Westshire Early Help Pathfinders",
# "the Kinship Respite Pilots" (a plural "s" on a programme's kind only: "the Spending Reviews" names no one review)
_YEARS_AFTER = r"(?:\s+(?:19|20)\d\d(?:\s?[-–/]\s?(?:19|20)?\d\d|\s+to\s+(?:19|20)\d\d)?(?!\d|,\s?\d))"
YEARS_AT_END = re.compile(rf"{_YEARS_AFTER}$")
CAPITALISED_KIND = re.compile(rf"(?P<title>{TITLE_WORD}{_TITLE_NEXT}*?\s+(?P<cue>{_CAPITAL_CUES})"
                              r"(?:(?<=Pathfinder)s|(?<=Pilot)s|(?<=Programme)s)?"
                              rf"(?:\s+(?:[Rr]eview|[Rr]eport|[Ss]trategy|[Ff]ramework|[Pp]rogramme|[Ff]und|[Pp]ilot|"
                              rf"[Ii]nquiry))?{_YEARS_AFTER}?)\b")
# What a body does, said of a capitalised "Fund": "the Children’s Defense Fund has released its State of America’s
# Children report", "the Youth Endowment Fund surveyed 10,000 children" (a charity named Fund, not money to bid for;
# a fund that "released a further £2m" or "launched a second round" is still one).
FUND_ACTS_AS_BODY = re.compile(r"\s+(?:has\s+)?(?:said|says|surveyed|(?:released|published)\s+(?:its|their|a|an)\s+"
                               r"(?:[\w’'-]+\s+){0,6}?(?:report|review|study|survey|research|findings|analysis)\b)")
# A name with its acronym in brackets before its kind: "The Holiday Activities and Food (HAF) Programme in Brent",
# "the development of the Regional Care Co-operative (RCC) Pathfinder" (group `title` the name's words, `acronym`,
# `cue` its kind: a capitalised kind, or a programme's or document's in lower case: "the Holiday Activities and Food
# (HAF) programme"). Named without the acronym, it wins over a shorter curated name inside it ("Regional Care
# Co-operative", the measure); nine title words at most, so that a long capitalised run is read once per word, not
# to its end from each. ACRONYM_TITLE_GATE is the bracketed acronym before a word, which every match holds.
ACRONYM_INSIDE_TITLE = re.compile(
    rf"(?P<title>{TITLE_WORD}{_TITLE_NEXT}{{0,8}}?)[ \t]+\((?P<acronym>[A-Z][A-Z&]{{1,9}})\)[ \t]+"
    rf"(?P<cue>{_CAPITAL_CUES}|{trie_alternation((*PROGRAMME_CUES, *DOCUMENT_CUES))})\b")
ACRONYM_TITLE_GATE = re.compile(r"\([A-Z][A-Z&]{1,9}\)[ \t]+[A-Za-z]")
# What introduces a one-word name before a capitalised kind, right before it: "the Transformation Fund", "the DfE’s
# Innovation Programme", "its Kinship Strategy" (a sentence's first capitalised words may be any words: "Innovation
# Programme funding was cut" is left alone).
# A possessive right after a body's name inside a title's span: "the Treasury’s Shared Outcomes Fund" (the title
# starts after it).
POSSESSIVE_END = re.compile(r"[’']s?\s+")
# An outlet's possessive, its channel's number or name between: "the BBC’s PM programme", "BBC Two’s Newsnight
# programme" (read right after a curated publisher's name: its programme is a broadcast, not a policy programme).
OUTLET_POSSESSIVE = re.compile(r"(?:[ \t]+(?:One|Two|Three|Four|[1-4]))?[’']s\s+")
# / "a £12 million Transformation Fund" (an amount names which fund)
NAME_INTRODUCED = re.compile(r"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir)|[’']s?|\b[Aa]n?\s+£[\d.,]+\s*(?:m|bn|k|million|billion))\s+$")
# One word before a capitalised kind that describes a document rather than names it: "the National Programme",
# "the New Fund", "the Independent Review" (compared lower-cased).
DESCRIPTIVE_WORDS = frozenset({
    "national", "new", "government", "independent", "local", "annual", "final", "interim", "draft", "first", "second",
    "third", "latest", "current", "previous", "main", "special", "joint", "full", "public", "general", "central",
    "regional", "council", "department", "spending", "autumn", "spring", "summer", "winter", "emergency", "one",
    "serious", "rapid", "green", "white", "statutory", "parliamentary", "select", "strategic", "policy", "budget",
})
# Words of a duty every council has, which name a strategy of the council's own, however many or dated: "the
# Corporate Parenting Strategy 2020 to 2023" of one council is not another's (compared lower-cased).
COUNCIL_DUTY_WORDS = frozenset({"corporate", "parenting", "sufficiency", "placement", "placements", "participation"})
# What a document is into or of, right after a run of capitalised words: "the Independent Review into children's
# social care" (the run is cut off before its topic).
TOPIC_FOLLOWS = re.compile(r"\s+(?:into|of|on)\s+\S")
# A title with a subtitle after a colon that ends in a capitalised document kind, and what it is for: "the 2011
# Family and Friends Care: Statutory Guidance for Local Authorities", "Safe at Home: A Strategy for Kinship
# Families" (two title words at least before the colon; programme kinds are left out: "Councils Warn: Fund Cut").
_DOC_CAPITAL_CUES = "|".join(sorted({c.title() for c in DOCUMENT_CUES}, key=len, reverse=True))
COLON_TITLE = re.compile(rf"(?P<title>{TITLE_WORD}{_TITLE_NEXT}+:\s+(?:(?:A|An|The)\s+)?(?:{TITLE_WORD}\s+)*?"
                         rf"(?P<cue>{_DOC_CAPITAL_CUES})(?:\s+(?:for|on|of|to)\s+{TITLE_WORD}(?:\s+{TITLE_WORD})*)?)\b")
# What a programme sets out to do, in lower case between its title and its kind: "the Families First transformation
# programme", "the Stronger Families early help programme" (kept in the name).
PROGRAMME_PURPOSE = r"(?:transformation|improvement|early\s+help|recruitment|reform|innovation|change)"
# A programme named by a title before a lower-case kind word: "the Best Start Family Hubs programme", "the Staying
# Close pilot", "a Foster Care Recruitment fund" (the kind word is kept in the name), its purpose between them.
PROGRAMME_TITLE = re.compile(rf"(?P<title>{_TITLE}(?:\s+{PROGRAMME_PURPOSE})?\s+"
                             rf"(?P<cue>programme|pathfinder|pilot|fund|scheme|initiative|project)s?)\b")
# A programme named by one capitalised word before its lower-case kind, after "the", a possessive or an amount: "the
# Mockingbird programme", "The Fostering Network's Mockingbird programme", "the ‘Mockingbird’ programme" (group
# `name`, its quotation marks dropped; the step leaves out words that describe, nations and kind words: "the
# National programme", "the Welsh scheme", "the Pathfinder programme").
# / or by its acronym: "the FFC programme", "the CAMHS pilot would be extended" (a body's acronym is the gazetteer's,
# and its span is taken: "the NSPCC pilot" names none)
ONE_WORD_PROGRAMME = re.compile(r"(?<![\w’'-])[‘'“\"]?(?P<name>[A-Z][a-z][\w’'-]*[a-z]|[A-Z]{2,6}s?)[’'”\"]?\s+"
                                r"(?P<cue>programme|pathfinder|pilot|scheme|initiative|project)\b(?!s\b)")
# Capitalised words that name a nation, a people or a scope, never a programme by themselves: "the Welsh scheme".
NATION_WORDS = frozenset({"welsh", "scottish", "english", "british", "irish", "european", "northern", "southern",
                          "eastern", "western", "local", "statutory"})
# A programme named as what something builds on: "building on the proven success of the Sure Start Children’s
# Centres", "Building on the positive legacy of Sure Start, the Family Hubs model…" (a title of two or more
# capitalised words after "the legacy/success/work/lessons/foundations of").
PREDECESSOR_TITLE = re.compile(rf"\b[Bb]uilding\s+on\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?:legacy|success|work|lessons|"
                               rf"foundations?)\s+of\s+(?:the\s+)?(?P<title>{_TITLE})")
# A party's manifesto, by party or year: "the Conservative manifesto", "Labour's 2024 manifesto", "in its 2019
# manifesto" (named "<Party> <year> manifesto" with what the text gives).
# (the kind word may be capitalised: "the Conservative Manifesto pledged…")
MANIFESTO = re.compile(r"\b(?:(?P<party>Conservative|Labour|Liberal\s+Democrat|Tory|Green|Reform\s+UK)(?:\s+Party)?"
                       r"(?:['’]s)?\s+|(?:its|their|the)\s+|an?\s+(?=(?:19|20)\d\d\s))(?P<mention>(?:(?P<year>(?:19|20)\d\d)\s+)?"
                       r"(?:general\s+election\s+)?[Mm]anifesto)\b")
# A party's other name, for a manifesto's name: "the Tory manifesto" is the Conservative manifesto.
PARTY_NAMES = {"Tory": "Conservative"}

# What a review or report is into: up to seven words, ending before a clause mark or a word that starts the
# predicate ("… into residential care was published", "… on adoption, which found"), or a day it came out ("… into
# the care system on Tuesday"). A word in -ed ends it as a verb does only before a clause mark or a word that
# follows a verb ("… on adoption published last week"); before a noun it is an adjective ("… on unregistered
# children's homes", "… into looked-after children").
_TOPIC_END = r"(?:and|but|which|that|was|were|is|are|has|had|for|by|published|found|said|says|recommended|called|" \
             r"warned|\w+ed(?=\s*(?:[,.;:()–—…]|$|\s+(?:and|but|which|that|was|were|is|are|has|had|for|by|last|" \
             r"next|yesterday|today|in|on|at|to|with|from|as|after|before)\b))|last|next|yesterday|today|earlier|" \
             r"recently|when|after|before|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))"
# (or at a paragraph's end: "… published its report on the Government’s Implementation Strategy" heading a page)
_TOPIC = rf"(?P<topic>(?:(?!{_TOPIC_END}\b)[\w’'-]+(?:(?!\n\n)\s)*){{1,7}}?)(?=[,.;:()–—…]|\s+{_TOPIC_END}\b|$|\n\n)"
# A document the text names by describing it, its kind word first: "a consultation on the review's final report",
# "A petition calling for fairer allowances and taxes for carers was debated" (group `name` from the kind word to
# the end of what it is about: up to ten words, ending at a clause mark or a verb; `cue` the kind word). A study,
# survey or inquiry is named for its author as often as not, and is left to BODY_REPORT_AFTER.
_DESCRIBED_END = r"(?:was|were|is|are|has|had|have|will|would|could|should|may|might|must|can|closes|closed|opens|opened|ends|ended|runs|ran|which|" \
                 r"that|who|received|attracted|gathered|found|said|says|led|launched|published|debated|discussed|by|" \
                 r"after|following|amid|despite|because|since|until|when|while)"
# What a described document is about, up to ten words, and where it ends (a clause mark or a word of _DESCRIBED_END).
_DESCRIBED_TOPIC = rf"(?:(?!{_DESCRIBED_END}\b)[\w’'-]+\s+){{0,9}}?(?!{_DESCRIBED_END}\b)[\w’'-]+"
_DESCRIBED_TOPIC_END = rf"(?=\s*[,.;:()–—]|\s+{_DESCRIBED_END}\b)"
# / "A white paper on children in care could be published earlier than anticipated"
DESCRIBED_DOCUMENT = re.compile(
    rf"(?P<name>(?P<cue>[Cc]onsultation|[Pp]etition|[Ww]hite\s+paper|[Gg]reen\s+paper)\s+(?:on|into|about|calling\s+for|"
    rf"for)\s+{_DESCRIBED_TOPIC}){_DESCRIBED_TOPIC_END}")
# A white or green paper named by its topic before the kind words: "the SEND white paper", "the schools White
# Paper", "the much-delayed education white paper"; a strategy likewise, by a topic of exactly two words: "the child
# poverty strategy", "Labour’s child poverty strategy" (group `name`: the topic, words in lower case or acronyms,
# and the kind). Words saying when or how it comes, and adjectives, are no topic: "the long-awaited white paper",
# "the most effective strategy", "a clear and robust strategy" name none.
_NOT_TOPIC = (r"(?:new|forthcoming|upcoming|latest|promised|expected|proposed|planned|draft|final|first|"
              r"(?:much-|long-)?(?:delayed|awaited|anticipated)|government|same|this|that)")
_TOPIC_WORD = (rf"(?!{_NOT_TOPIC}\b|(?:and|or|most|more)\b|[a-z]+(?:ive|al|ful|ic|ed|ing)\s)"
               r"(?:[A-Z]{2,6}|[a-z][a-z-]+)\s+")
_TOPIC_LEAD = rf"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]n?)\s+|[’']s\s+)(?:{_NOT_TOPIC}\s+)*"
# (nor one whose title follows: "the care leaver strategy, aptly named ‘Still Here for You’" is that title)
_TITLE_AFTER = r"(?![,:]?\s+(?:[a-z]+ly\s+)?(?:called|named|entitled|titled)\b|\s*[:,]?\s*[‘“'\"])"
TOPIC_PAPER = re.compile(rf"{_TOPIC_LEAD}(?P<name>(?:{_TOPIC_WORD}){{1,2}}"
                         rf"(?P<cue>[Ww]hite\s+[Pp]aper|[Gg]reen\s+[Pp]aper))\b{_TITLE_AFTER}")
TOPIC_STRATEGY = re.compile(rf"{_TOPIC_LEAD}(?P<name>(?:{_TOPIC_WORD}){{2}}(?P<cue>strategy))\b{_TITLE_AFTER}")
# Amendments to a Bill named by number: "Amendment 221", "Amendments 78 and 79 to the Employment Rights Bill" (group
# `numbers`, each a document; `bill` the Bill named right after, which every amendment's name carries, so that one
# Bill's Amendment 78 is not another's).
NUMBERED_AMENDMENTS = re.compile(r"\b[Aa]mendments?\s+(?P<numbers>(?:NC)?\d{1,4}[A-Z]?"
                                 r"(?:(?:\s*,\s*|\s+(?:and|&)\s+)(?:NC)?\d{1,4}[A-Z]?)*)\b"
                                 r"(?:\s+(?:to|of)\s+the\s+(?P<bill>(?:[A-Z][\w’'-]*\s+(?:and\s+)?)+Bill)\b)?")
AMENDMENT_NUMBER = re.compile(r"(?:NC)?\d{1,4}[A-Z]?")
# A strategy or framework named by its scope and what it is for, after "a" or "new": "develop a cross-government
# strategy for children, young people and families", "to develop a national strategy for recruiting foster carers"
# (groups as DESCRIBED_DOCUMENT's, the name opening with the scope: without one, "a strategy for growth" is no
# document; not "the lack of a national strategy for …", which says there is none).
DESCRIBED_STRATEGY = re.compile(
    rf"(?:(?<=\b[Aa]\s)(?<!lack\sof\sa\s)|(?<=\bnew\s))(?P<name>(?:national|[Cc]ross-(?:[Gg]overnment|[Dd]epartmental))"
    rf"\s+(?P<cue>strategy|framework)\s+(?:for|on)\s+{_DESCRIBED_TOPIC}){_DESCRIBED_TOPIC_END}")
# A review, inquiry or audit named by who holds it and what it looks into, after an article: "a national inquiry into
# grooming gangs", "an independent review into fostering in England", "the national audit on child sexual
# exploitation" (groups as DESCRIBED_DOCUMENT's, the name opening with the word that says whose or what kind it is:
# without one, "a review of the policy" names no document).
DESCRIBED_REVIEW = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he)\s+(?:new\s+|full\s+|major\s+|fresh\s+|long-awaited\s+)?(?P<name>(?:independent|"
    rf"national|government|government-commissioned|public|statutory|rapid|parliamentary|cross-party)\s+"
    rf"(?:(?:independent|national|public|statutory)\s+)?(?P<cue>review|inquiry|audit)\s+(?:into|of|on)\s+"
    rf"{_DESCRIBED_TOPIC}){_DESCRIBED_TOPIC_END}")
# When a described document was made, ending its description: "… into fostering in England in 2017", "… on Monday".
DATED_TAIL = re.compile(r"\s+(?:on|in|since|from|during|last|this|next|earlier\s+this)\s+(?:(?:Mon|Tues|Wednes|Thurs|"
                        r"Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|"
                        r"November|December|(?:19|20)\d\d|year|week|month|spring|summer|autumn|winter)\b.*$")
DESCRIBED_CLASSES = {"consultation": ("PolicyDocument", "Consultation"), "petition": ("PolicyDocument",),
                     "review": ("PolicyDocument", "Review"), "inquiry": ("PolicyDocument", "Review"),
                     "audit": ("PolicyDocument", "Report"),
                     "white paper": ("PolicyDocument", "WhitePaper"), "green paper": ("PolicyDocument", "GreenPaper"),
                     "strategy": ("PolicyDocument", "Strategy"), "framework": ("PolicyDocument", "Framework")}
# A programme named by what it offers and to whom, after "a", an amount or "national" before it: "a £9 million national
# programme of tailored support and training for kinship carers", "a new national programme of support for young care
# experienced adults" (group `name` from the kind word, or "national" before it, to the end of whom it is for; `what`
# what it offers, which must hold a word of PROVISION_WORDS: "a programme of work for the year" or "of cuts for
# councils" offers none).
DESCRIBED_PROGRAMME = re.compile(
    rf"\b[Aa]n?\s+(?:{T.STERLING_SUM}\s+)?(?:(?:new|major)\s+)?(?P<name>(?:(?:national|regional)\s+)?(?P<cue>programme)"
    rf"\s+of\s+(?P<what>(?:(?!{_DESCRIBED_END}\b)[\w’'-]+\s+){{1,5}}?)"
    rf"for\s+(?:(?!{_DESCRIBED_END}\b)[\w’'-]+\s+){{0,5}}?"
    rf"(?!{_DESCRIBED_END}\b)[\w’'-]+)(?=\s*[,.;:()–—]|\s+(?:{_DESCRIBED_END}|to|in|across|from)\b)")
# What a programme named by description offers (compared lower-cased): support, training, help and the like.
PROVISION_WORDS = frozenset({"support", "training", "help", "advice", "mentoring", "activities", "services", "therapy",
                             "therapies", "assessments", "respite", "breaks", "placements"})
# Guidance named by what it is on, after a word that makes it a document ("The DfE has published statutory guidance
# for local authorities on the use of agency social workers", "new guidance on kinship leave"; not "seek guidance
# on how to…"): group `name` from that word to the end of the topic, `cue` the word "guidance".
# / or by what it is to do, a verb of purpose after "to": "coincides with new guidance to reform family support
# services", "New guidance to prevent care leavers becoming homeless" (not "guidance to councils", whom it is for; the
# topic may end its line, as a standfirst or heading does)
_GUIDANCE_PURPOSE = (r"(?:reform|help|support|prevent|improve|ensure|tackle|protect|strengthen|reduce|keep|clarify|"
                     r"promote|encourage|stop|end|raise)")
GUIDANCE_DOCUMENT = re.compile(
    rf"(?P<name>\b(?:(?P<statutory>[Ss]tatutory|[Nn]on-statutory)|[Dd]raft|[Nn]ew|[Uu]pdated|[Rr]evised|"
    rf"(?<=published\s)|(?<=issued\s))\s*(?P<cue>guidance)(?:\s+for\s+(?:[\w’'-]+\s+){{0,3}}?[\w’'-]+)?\s+"
    rf"(?:(?:on|about)\s+(?!how\b|what\b|whether\b|when\b|why\b)|to\s+(?={_GUIDANCE_PURPOSE}\b))"
    rf"(?:(?!{_DESCRIBED_END}\b)[\w’'-]+\s+){{0,9}}?"
    rf"(?!{_DESCRIBED_END}\b)[\w’'-]+)(?=\s*[,.;:()–—]|\s+{_DESCRIBED_END}\b|[ \t]*(?:\n|$))")
# A title that starts with its kind: "the Plan for Change", "the Charter for Kinship Carers" (after "the"; a
# curated name such as "the Review of Children's Social Care" is found first).
# / after a possessive, the title quoted or not: "its Plan for Fairer Care", "Labour’s ‘Plan for Fairer Care’"
# (a title word never ends in the closing quote)
_WHOLE_WORD = r"(?:[A-Z](?:[\w’'-]*\w)?|\d{4})(?![\w’'-]*\w)"
_KIND_FIRST = r"(?P<cue>Plan|Charter|Strategy|Framework)\s+(?:for|of|on)\s+"
KIND_FIRST_TITLE = re.compile(rf"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur)|\w[’']s|\ws[’'])\s+[‘“\"']?"
                              rf"(?P<title>{_KIND_FIRST}(?:the\s+)?"
                              rf"{_WHOLE_WORD}(?:\s+(?:{TITLE_CONNECTOR}\s+)*{_WHOLE_WORD})*)")
# The kind and its preposition (gate of KIND_FIRST_TITLE: what comes before them is tried at every character).
KIND_FIRST = re.compile(_KIND_FIRST)
KIND_FIRST_CLASSES = {"Plan": ("PolicyDocument",), "Charter": ("PolicyDocument",),
                      "Strategy": ("PolicyDocument", "Strategy"), "Framework": ("PolicyDocument", "Framework")}
# A document named only by its title as what is published, launched or released: "since the publication of The
# Promise, …", "June 2004: Publication of Clywch, the first Inquiry", "the government published Stable Homes, Built
# on Love in February" (group `title`, one word enough; it ends the noun phrase: "the release of Government figures"
# and "publication of Ofsted’s report" name no title, nor does a month or day, "published Tuesday", nor a year or
# a new phrase after it: "the publication of The Promise in 2020, The Promise Scotland …").
_PUBLISHED_END = r"in|on|by|last|this|next|was|is|has|had|and|which|today|yesterday"
# The year of the edition a document's name stands for, right after it: "Working Together to Safeguard Children
# (2018)", "…, published in July 2018", "… issued in 2015" (group `year`).
EDITION_YEAR_AFTER = re.compile(rf"\s*(?:\(|,?\s+(?:published|issued|updated|revised)\s+(?:in\s+|on\s+)?"
                                rf"(?:(?:\d{{1,2}}\s+)?{T.MONTH}\s+)?)(?P<year>(?:19|20)\d\d)\b")
_NOT_PUBLISHED_TITLE = rf"(?:{T.MONTH}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Today|Yesterday|Last|This|Next)\b"
PUBLISHED_TITLE = re.compile(
    rf"\b(?:(?:[Pp]ublication|[Ll]aunch|[Rr]elease)\s+of|published|launched|released|unveiled)\s+"
    rf"(?P<title>(?!{_NOT_PUBLISHED_TITLE}){TITLE_WORD}(?:{_IN_PARAGRAPH}(?:{TITLE_CONNECTOR}{_IN_PARAGRAPH})*(?!\d)"
    rf"{TITLE_WORD}|,{_IN_PARAGRAPH}(?!The\b){TITLE_WORD})*)"
    rf"(?=\s*[,.;:()–—]|\s+-\s|\s+(?:{_PUBLISHED_END})\b)")
# A title written in sentence case (most words lower case, which TITLE_WORD runs do not reach) where the text says a
# document is there: right after what publishes it, or a kind word that a document body publishes ("published new
# research Keeping kin close in hard times which revealed", "our publication of A long way home? Why children wait,
# which urged": after "publication of" only a title opened by "A"/"An", as "the release of Government figures in May"
# is no title), or set off by commas after a kind word ("said the study, Debt and risk in children's home
# providers."). Group `title`: a capitalised first word that is no possessive, then lower-case words (a capitalised
# one may stand among them, and a question or colon may divide two halves), at least one lower-case; it ends at a
# comma, a bracket, a sentence's end or "which"/"that". Group `cue`: the kind word, when there is one.
_SENTENCE_WORD = r"(?:[a-z\d][\w’'-]*|[A-Z][\w’'-]*)"
_SENTENCE_TITLE = (r"(?P<title>(?![A-Z][\w-]*[’']s?\b)(?!(?:The|This|These|Its|Their|Our)\b)[A-Z][a-z’'-]*"
                   rf"(?:[ \t]+{_SENTENCE_WORD}){{0,14}}?[ \t]+[a-z][\w’'-]*"
                   rf"(?:[?:][ \t]+[A-Z][a-z’'-]*(?:[ \t]+{_SENTENCE_WORD}){{1,14}}?)?)"
                   r"(?=\s*[,(]|\s+(?:which|that|was|is|found|finds|reveals|revealed|warns|warned|shows|showed)\b|"
                   r"[.!][ \t]|[.!]?$|\.\n)")
SENTENCE_CASE_TITLE = re.compile(
    r"\b(?:(?:published|launched|released)\s+(?:(?:new|its|their|our|his|her|a|an|latest)\s+)*"
    r"(?P<cue>research|report|study|analysis|briefing|paper|review|survey|evaluation)\s+|"
    r"(?:[Pp]ublication|[Ll]aunch)\s+of\s+(?=An?\s)|"
    r"\b(?:the|its|their|our|a|new)\s+(?P<apposed>report|study|research|analysis|briefing|paper|review|survey|"
    r"evaluation),\s+)" + _SENTENCE_TITLE)
# A programme named in apposition to its kind: "£2m for Mockingbird, a fostering programme led by a charity",
# "Northby Cares, the council's new scheme", "new Northby Family Hubs — a major initiative" (group `title`, never a
# year: "In December 2023, the Tories pledged to pilot…" names no programme, nor does a verb's "to pilot"; not after
# a preposition of place, "In Northby, a pilot …", nor before a role, "Jo Bell, a programme director").
APPOSITIVE_PROGRAMME = re.compile(
    rf"(?<!\b[Ii]n\s)(?<!\b[Aa]t\s)(?<!\b[Aa]cross\s)(?<!\b[Ff]rom\s)(?<!\b[Ww]ithin\s)\b"
    rf"(?!(?:In|At|Across|From|Within|Throughout|Outside)\b)(?P<title>(?!\d){TITLE_WORD}"
    rf"(?:\s+(?:{TITLE_CONNECTOR}\s+)*{TITLE_WORD}){{0,5}})(?:,|\s+[–—])\s+(?:a|an|the)\s+(?:(?!to\b)[\w’'-]+\s+){{0,3}}?"
    rf"(?P<cue>programme|scheme|pilot|initiative)\b(?!\s+(?:director|manager|lead|leader|officer|board|team|"
    rf"coordinator|co-ordinator|area|site)s?\b)")
# Programmes listed as examples of their kind, each named by a capitalised run, sentence case or title case: "other
# government programmes such as Family hubs and Start for life, Supporting families, Reducing parental conflict and
# Strengthening families" (group `list`, read item by item by LISTED_ITEM; the list ends at the first item that opens
# in lower case: "…, protecting children"). Pilots and pathfinders are listed by area ("pilots including Northby and
# Westshire") and are left out.
LISTED_PROGRAMMES = re.compile(r"\b(?P<cue>programme|scheme|initiative)s,?\s+(?:such\s+as|including|like)\s+"
                               r"(?P<list>[A-Z][^.;:()“”\"\n]{2,300})")
# One item of such a list, up to the comma or "and"/"or" before the next (an item's words may not run on past them).
LISTED_ITEM = re.compile(r"(?P<item>[A-Z][\w’'-]*(?:\s+(?!(?:and|or)\b)[\w’'-]+){0,5})(?P<sep>,\s+(?:(?:and|or)\s+)?|"
                         r"\s+(?:and|or)\s+|$)")
# The government's answer to a document, named by what it answers: "the Government’s response to the Care Review",
# "the UK government's formal response to the CMA market study" (matched right before the answered document's
# mention; group `mention` stands for the answer, which reference data names when one curated document is based on
# the one answered).
GOVERNMENT_RESPONSE = re.compile(
    r"\b(?P<mention>(?:[Tt]he\s+)?(?:UK\s+|British\s+)?[Gg]overnment[’']s)\s+(?:(?:formal|official|full|initial|"
    r"long-awaited|much-anticipated|published)\s+)?response\s+to\s+(?:the\s+)?$")
# A response to a consultation on a document, around the document's mention: "The government has released its
# response to the 'Stable Homes, Built on Love' consultation" (CONSULTATION_RESPONSE_BEFORE ends right before the
# document's name, group `cue` the word that stands for the response; CONSULTATION_AFTER starts right after it).
CONSULTATION_RESPONSE_BEFORE = re.compile(r"\b(?P<cue>response)\s+to\s+the\s+[‘'“\"]?$")
CONSULTATION_AFTER = re.compile(r"[’'”\"]?\s+consultation\b")
# "Call for Evidence" as a title (capitalised): "the review's Call for Evidence".
CALL_FOR_EVIDENCE = re.compile(r"\bCall\s+for\s+Evidence\b")

# A review or report named for its author or chair: "Sir Jane Doe's review into residential care", "John Smith’s
# report on adoption". Group `surname` keys the document ("doe-review") so that every wording in every article is
# one entity; `topic` is what it is into.
_POSSESSIVE_REVIEW = r"[’']s\s+(?:(?:independent|20\d\d|landmark|national|final)\s+)*(?P<cue>review|report|audit|inquiry)\b"
PERSON_REVIEW = re.compile(
    r"(?:\b(?:Sir|Dame|Professor|Prof|Dr|Lord|Baroness)\s+)?(?:\b[A-Z][a-z][\w-]*\s+)?\b(?P<surname>[A-Z][a-z][\w-]*"
    rf"[a-z]){_POSSESSIVE_REVIEW}(?:\s+(?:into|of|on)\s+{_TOPIC})?")
# PERSON_REVIEW's "’s … review" alone, which most bodies lack: PERSON_REVIEW, dear to scan from every capital, is
# not run on them (a gate of `all_matches`).
PERSON_REVIEW_GATE = re.compile(_POSSESSIVE_REVIEW)
# "the Doe review", "the Smith report" (a surname before a lower-case kind word; sentence-initial words and known
# names are excluded by the gazetteer and by TITLE_STOPWORDS).
SURNAME_REVIEW = re.compile(r"\b[Tt]he\s+(?P<surname>[A-Z][a-z][\w-]*[a-z])\s+(?P<cue>review|report)\b")
# A title's last words, not a surname, when a title word and a connector run into "the" mid-sentence: "its State of
# the Nation report", "a new Voice of the Child review" (the title before the kind word is then read whole).
# (not an act on it, TITLE_LEAD's: "the Implementation of the Munro review")
TITLE_RUNS_INTO_THE = re.compile(rf"(?<=[a-z,’'] )(?!{_LEAD_ACTS})[A-Z][\w’'-]*\s+(?:of|for|on|in|and|to)\s+$")
# Capitalised words before "review" that describe a review rather than name its chair: "the Independent review",
# "the Spending review", "the Serious Case review" (compared lower-cased).
NOT_SURNAMES = frozenset({"independent", "national", "spending", "government", "care", "education", "annual",
                          "final", "serious", "local", "rapid", "joint", "judicial", "periodic", "budget", "case",
                          "practice", "safeguarding", "statutory", "fundamental", "strategic", "comprehensive",
                          "interim", "full", "wider", "public", "parliamentary", "select", "department", "council"})
# Words that only describe a document of a kind (before its kind word they name none: "the Judicial review").
DESCRIBING_KIND = DESCRIPTIVE_WORDS | NOT_SURNAMES
# Words that end a body's name, never a surname: "the Practice Panel's review into…", "the Committee's report"
# (compared lower-cased, for PERSON_REVIEW).
BODY_HEAD_WORDS = frozenset({"panel", "committee", "council", "board", "authority", "commission", "office",
                             "department", "government", "network", "trust", "society", "association", "foundation",
                             "agency", "service", "group", "partnership", "union", "institute", "inspectorate",
                             "ministry", "charity", "coalition", "alliance", "forum", "centre", "court"})
# Head words that are no chair's surname before "review" or "report": a body's ("the Panel’s review") or a
# document's own kind, capitalised as a defined term ("the Review report", "The Inquiry’s final report").
NOT_SURNAME_HEADS = BODY_HEAD_WORDS | {cue for cue in DOCUMENT_CUES if " " not in cue}
# A report or review by a body the gazetteer knows, with what it is about, matched right after the body's name: "a
# Home Office report on grooming gangs", "the Education Committee's report into children's homes".
# / "The Joseph Rowntree Foundation recently published its fourth study on destitution" (the body publishes it)
# / "the Competition and Markets Authority (CMA) launch a study of children’s social care provision", "ADCS has
# today published a vision for the future of the education system", "the Education Committee is finalising our
# inquiry on the outcomes of children in care" (a verb of making a document, its acronym in brackets before it)
BODY_REPORT_AFTER = re.compile(
    r"^(?:[’']s?|(?:\s+\([A-Z]{2,8}\))?\s+(?:has\s+|have\s+|is\s+|are\s+)?(?:recently\s+|now\s+|today\s+|also\s+)?"
    r"(?:published|publish(?:es)?|released|issued|produced|launch(?:es|ed)?|commission(?:s|ed)?|conduct(?:s|ed)?|"
    r"carried\s+out|carries\s+out|undert(?:ook|akes)|finalis(?:es|ed|ing)|completed)\s+(?:its|their|our|a|an))?"
    r"\s+(?:(?:20\d\d|new|recent|latest|final|annual|landmark|first|second|third|fourth|fifth|sixth|major|"
    r"independent|national|UK-wide)\s+)*(?P<cue>report|review|study|analysis|inquiry|audit|survey|vision|evaluation)"
    rf"\s+(?:on|into|of|about|for)\s+{_TOPIC}")
# A review named by whose deaths it looked into: "a review into the deaths of Jo Roe and Sam Poe", "the national
# review into the tragic murders of …" (group `names`, compared with the names of curated reviews, which say
# "murders" or "deaths" as their authors chose; `cue` the kind word, which stands for the review).
# / "the Child Safeguarding Practice Review Panel into the tragic murders of …": the panel named for its review (the
# words from "into" stand for it, the panel keeps its mention as a body)
REVIEW_INTO_DEATHS = re.compile(
    r"(?:\b(?P<cue>review|report|inquiry)\s+|(?<=Panel\s)(?=into\b))(?P<into>into)\s+the\s+(?:(?:tragic|shocking|"
    r"horrific|brutal)\s+)?(?:deaths?|murders?|killings?)\s+of\s+(?P<names>[A-Z][\w’'-]+(?:(?:\s+|\s+and\s+|,\s+)"
    r"[A-Z][\w’'-]+)*)")
# A body's own document by its kind, right after the body's name: "the CMA's market study", "the Competition and
# Markets Authority issued the findings of its market study" (group `cue`: the kind words, up to two before the
# kind; the step keeps the match only when reference data names a document "<body> <cue>").
# / "The Independent Inquiry into Child Sexual Abuse has published its Interim Report" (an interim report capitalised)
BODY_OWN_DOCUMENT = re.compile(r"(?:[’']s?\s+|\s+[^.;:]{0,60}?\bits\s+)(?P<cue>(?:[a-z]+\s+){0,2}?"
                               r"(?:study|report|review|inquiry|strategy|audit)|Interim\s+Report)\b")
# A body's report named by its year, the body after it: "A 2022 report by the Competition and Markets Authority
# found…" (ends right before the body's name; the body's one curated document of that year, by `schema:author`).
BODY_REPORT_YEAR_BEFORE = re.compile(r"\b(?P<year>(?:19|20)\d\d)\s+(?P<cue>report|review|study|inquiry|audit)\s+"
                                     r"(?:by|from)\s+(?:the\s+)?$")
# The classes of a curated document a body's report or review may be, by the kind word: "its report" may be the
# panel's review.
AUTHORED_KINDS = {"report": frozenset({"Report", "Review"}), "review": frozenset({"Review", "Report"}),
                  "study": frozenset({"Report", "Review"}), "inquiry": frozenset({"Review", "Report"}),
                  "audit": frozenset({"Report"}), "strategy": frozenset({"Strategy"})}
# A body's report on a topic is its curated document of that kind when the topic shares this many content words
# (CONTENT_WORD, four letters or more) with one of the document's names: "the CMA review into children's social
# care placements" and "Children's social care market study" share "children's", "social", "care".
AUTHORED_TOPIC_WORDS = 2
CONTENT_WORD = re.compile(r"[a-z][a-z'-]{3,}")
# Words before the kind that leave it the body's one curated document: "its final report" (not "its annual report").
AUTHORED_PLAIN = frozenset({"final", "full", "landmark"})
# A word before the kind that makes it a report of its own on the way to that document, named after it: "The CMA
# published its interim report from the … market study" is the "Children's social care market study interim report"
# (compared lower-cased).
AUTHORED_STAGES = frozenset({"interim"})
# A body's review or inquiry named by the body alone, right after its name (an acronym in brackets may stand
# between, or a possessive): "the Competition and Markets Authority review", "the Public Accounts Committee (PAC)
# Inquiry", "an Ofsted inspection report", "Ofsted’s annual report", "OFSTED’s Annual Report" (group `cue` the kind
# word, `kind` a word that says what sort, kept in the name in lower case). A bare "report" is left alone: "the Local
# Government Association report found…" names its author, not a document.
BODY_KIND_AFTER = re.compile(r"^(?:\s+\([A-Z]{2,8}\))?(?:[’']s?)?\s+(?:(?P<kind>(?i:inspection|market|annual|serious\s+case|"
                             r"thematic|practice))\s+(?=[Rr]eport|[Rr]eview|[Ss]tudy))?"
                             r"(?P<cue>[Rr]eview|(?<=[a-z]\s)[Rr]eport|[Ii]nquiry|[Ss]tudy|[Aa]udit)\b")
# A body's own report or guidance named by the body alone, right after its name, with no topic after it: "The
# Ofsted report said", "an Ofsted report", "Ofsted’s second annual social care report reveals", "DfE guidance says"
# (group `words` the lower-case words between, `cue` the kind word). Words between run to four after a possessive
# ("Ofsted’s second annual social care report"), two otherwise, and never hold a verb or a small word: in "Ofsted
# criticised the report" or "Ofsted’s visit to the report…" no document of Ofsted's is named.
BODY_OWNED_DOCUMENT = re.compile(
    r"(?:\s+\([A-Z]{2,8}\))?(?P<possessive>[’']s?)?\s+(?P<words>(?:(?:(?:19|20)\d\d(?:[/–-]\d{2,4})?|"
    r"(?!(?:and|or|but|to|of|in|on|at|for|with|by|from|that|which|who|was|is|are|were|has|had|have|will|would|"
    r"said|says|the|a|an|its|their|this)\b)[a-z][\w-]*)\s+){0,4}?)(?P<cue>report|guidance|paper|research|analysis|"
    r"survey|evaluation)\b(?![’']s?\s+(?:author|chair))(?!\s+cards?\b)")
# The class of a body's own document by its kind word: "The Ofsted report", "The Audit Office paper", "new LGA
# analysis", "the Institute's research into …" (a piece of research a body publishes is a report of it).
OWNED_DOCUMENT_CUES = {"report": "Report", "guidance": "Guidance", "paper": "Report", "research": "Report",
                       "analysis": "Report", "survey": "Report", "evaluation": "Report"}
# How many words may stand between a body's name and its document's kind word without a possessive: "the Ofsted
# inspection report", "an LGA analysis report".
OWNED_WORDS_PLAIN = 2
# What must stand before a body's name for "<body> report" to name a document without a possessive: "The Ofsted
# report said", "a new LGA report" (not "Ofsted report" opening a headline-like phrase, nor "after Ofsted reported").
DETERMINER_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat|[Ll]atest)\s+(?:(?:latest|new|"
                               r"recent|last|damning|critical|highly\s+critical)\s+)?$")
# Words of a body's document's description that place it in a series or in time rather than say what it is,
# dropped from its name: "Ofsted’s second annual social care report" is the "Ofsted annual social care report".
PASSING_MODIFIERS = frozenset({"new", "latest", "recent", "first", "second", "third", "fourth", "fifth", "sixth",
                               "own", "long-awaited", "damning", "critical", "highly", "published", "latest"})
# A plan a council or a body is made to write, named by its kind with a determiner: "an improvement plan which
# covered eight recommendations", "the already existing improvement plan", "Ofsted required an action plan" (one
# document of the article's; a plural, "improvement plans", is any council's).
SPECIFIC_PLAN = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Oo]ur)\s+(?:(?:draft|revised|updated|new|existing|"
                           r"already\s+existing|final|current|detailed|formal)\s+)*(?P<cue>(?:improvement\s+(?:action\s+)?|"
                           r"action\s+)plan)\b(?![’']?s\b|\s+(?:is|was)\s+to\b)")
# A paper put to a council's cabinet or committee, introduced with "a": "says a report to the authority’s next
# cabinet meeting", "A report presented to the committee states", "A report due to go before the council’s scrutiny
# committee next week says", "Cabinet members will receive a report detailing the council’s final financial out-turn for
# 2023/24 when they meet" (group `meeting` where it goes, `date` when, `topic` what it details; "the report to
# cabinet" after it is a generic reference to the same paper).
_PAPER_TOPIC_END = r"(?:when|which|that|who|was|were|is|are|will|would|has|had|and|but|to\s+be)"
COUNCIL_PAPER = re.compile(
    rf"\b[Aa]n?\s+(?:(?:written|new|further|detailed|separate)\s+)?(?P<cue>report)\s+(?:(?:(?:presented|submitted|"
    rf"put|taken|tabled)\s+to|(?:due|set|going)\s+to\s+(?:go|be\s+(?:presented|put|considered))\s+(?:before|to)|to)\s+(?:the\s+)?(?:(?:authority|"
    rf"council)[’']s\s+)?(?:next\s+|latest\s+)?(?P<meeting>[Cc]abinet|[Ee]xecutive|(?:[A-Za-z][\w’'-]*\s+){{0,6}}?"
    rf"[Cc]ommittee|[Ff]ull\s+[Cc]ouncil)(?P<sitting>\s+meeting)?(?:\s+on\s+(?P<date>\d{{1,2}}\s+{T.MONTH}|"
    rf"{T.MONTH}\s+\d{{1,2}}))?|(?:detailing|setting\s+out|outlining|summarising)\s+(?:the\s+)?"
    rf"(?P<topic>(?:(?!{_PAPER_TOPIC_END}\b)[\w’'/-]+\s+){{0,9}}?(?!{_PAPER_TOPIC_END}\b)[\w’'/-]+)"
    rf"(?=\s*[,.;:()–—]|\s+{_PAPER_TOPIC_END}\b))")
# A report the article is about, introduced without its author or title as what finds or warns: "a new report
# warns", "according to a damning report", "A report published today found" (group `cue` the kind word; a report "by",
# "on", "into" or "to" someone is left to the rules that name it by author, topic or meeting) / or as a body's,
# with no topic after: "A new report by the NSPCC found…" (a body's report on a topic is found first).
_REPORT_ADJECTIVES = (r"(?:(?:new|damning|recent|major|landmark|critical|hard-hitting|separate|fresh|joint|independent|"
                      r"official|latest)\s+){0,2}")
# What may stand between a report's kind word and "by"/"from" its author: when it came out, or a verb of making it
# ("A report last year by the National Audit Office found", "A study undertaken by UCL researchers", "a report compiled
# by the Centre for Social Justice", "research being carried out by Anglia Ruskin University"); "commissioned by" and
# "funded by" name who paid for it, "seen by" and "obtained by" who read it: never its author.
_MADE_BY = (r"(?:\s+(?:last|this)\s+(?:year|month|week))?(?:,?\s+(?:(?:has|have|is|was)\s+(?:been\s+|being\s+)?)?"
            r"(?:compiled|conducted|undertaken|carried\s+out|produced|written|published|released)"
            r"(?:\s+(?:today|yesterday|this\s+week|last\s+(?:year|month|week)))?)?")
# A document named by a description alone as the subject of a reporting verb: "The decision notice says there
# could be …", "The cabinet report, due next week, states" (group `words`: one or two lower-case words before the
# kind word `cue`; a capitalised word, or a title set off by commas, is a name, left to the other rules).
DESCRIBED_DOCUMENT_SUBJECT = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Tt]his)\s+(?P<words>(?:[a-z][a-z-]+\s+){1,2}?)(?P<cue>report|notice|document|paper|briefing|"
    r"letter|evaluation|survey|study|assessment)\b(?=(?:\s*,\s*[a-z][^,.;:“”\"]{0,80},)?\s+(?:also\s+|further\s+)?(?:said|"
    r"says|states|stated|found|finds|concluded|concludes|warns|warned|adds|added|notes|noted|recommends|reveals|"
    r"revealed|shows|showed|highlights|highlighted|details|detailed|outlines|outlined|explains|explained)\b)")
INDEFINITE_REPORT = re.compile(
    rf"\b(?:[Aa]ccording\s+to\s+)?[Aa]n?\s+{_REPORT_ADJECTIVES}(?P<cue>report|study|analysis|survey|evaluation|document|"
    rf"paper)\b(?=(?:,?\s+(?:published|"
    rf"released)\s+(?:today|yesterday|this\s+week|on\s+\w+))?,?\s+(?:has\s+|have\s+)?(?:warns|warned|finds|found|says|"
    rf"said|reveals|revealed|shows|showed|claims|claimed|concludes|concluded|suggests|suggested|states|stated)\b|"
    rf"{_MADE_BY}\s+(?:by|from)\s)|"
    rf"\b[Aa]ccording\s+to\s+an?\s+{_REPORT_ADJECTIVES}(?P<cue2>report|study|analysis|survey|evaluation)\b"
    rf"(?!\s+(?:by|from|on|into|of|for|to)\b)")
# A kind word right after a document's title, as the text names the document by both: "The Steps to Adulthood report by
# the Northby Trust" (group `kind`).
KIND_AFTER_TITLE = re.compile(r"[ \t]+(?P<kind>report|study|review|survey|analysis|evaluation)\b")
# How a body is credited with a report's findings near it: "Research by the Commission on Young Lives finds",
# "according to the National Audit Office", "the NAO found" (CREDITED_BEFORE ends right before the body's name,
# CREDITED_AFTER starts right after it; a body that commissioned or paid for the work is not its author).
CREDITED_BEFORE = re.compile(r"(?<![Cc]ommissioned\s)(?<![Ff]unded\s)(?<![Bb]acked\s)(?<![Ss]een\s)(?<![Oo]btained\s)"
                             r"\b(?:by|from|[Aa]ccording\s+to)\s+"
                             r"(?:the\s+)?$")
# What stands between "a new report" and its author right after it ("by"/"from", and what the body is, may be):
# "a damning report by Government inspector Ofsted", "a new report by England’s Children’s Commissioner", "a report by
# children’s charity Become", "a report by the think tank Demos", "a damning report by think-tank the Centre for
# Social Justice".
REPORT_BY_AUTHOR = re.compile(_MADE_BY + r"\s+(?:by|from)\s+(?:the\s+)?(?:England[’']s\s+|(?:(?:[Gg]overnment|children[’']s|"
                              r"national|independent|leading|education)\s+)?(?:charity|think[\s-]+tank|inspector|"
                              r"inspectorate|regulator|watchdog|campaign\s+group)\s+(?:the\s+)?)?")
CREDITED_AFTER = re.compile(r"(?:\s+\([A-Z]{2,8}\))?\s+(?:has\s+|have\s+|also\s+)*(?:found|finds|warned|warns|said|"
                            r"says|concluded|concludes|revealed|reveals|estimated|estimates|calculated)\b")
# The kind words a credited document is named by ("a new survey by the LGA found" is the "<LGA> survey"); any other
# ("the report", "a new report") is the body's report.
CREDITED_KINDS = frozenset({"study", "analysis", "survey", "evaluation"})
# How many sentences either side of a report with no author named the body it is credited to may stand.
CREDIT_WINDOW_SENTENCES = 2
# A body's document introduced by a possessive pronoun before the body is named as the clause's subject: "In their
# annual report for 2020-21, Ofsted said", "In its latest review, the Education Committee found" (ends right before
# the body's name; group `words` the words before the kind word, `cue` the kind, `period` what it covers).
_PERIOD_COVERED = r"\s+for\s+(?P<period>(?:19|20)\d\d(?:[/–-]\d{2,4})?|the\s+year\s+to\s+\w+\s+\d{4})"
_ITS_DOCUMENT = (r"(?P<words>(?:(?:19|20)\d\d(?:[/–-]\d{2,4})?\s+|[a-z][\w-]*\s+){0,3}?)"
                 rf"(?P<cue>report|review|study|analysis|evaluation|inquiry)(?:{_PERIOD_COVERED})?")
# …or by an article, with when it came out ("In a report published on Tuesday, the LGA said").
IN_ITS_DOCUMENT = re.compile(
    rf"\b[Ii]n\s+(?:(?P<owned>its|their|her|his)|an?)\s+{_ITS_DOCUMENT}"
    r"(?(owned)|(?:,?\s+(?:published|released)\s+(?:on|in|last|this|earlier|today|yesterday)(?:\s+[\w-]+){0,2})?)"
    r",?\s+(?:the\s+)?$")
# The same opening a sentence, the body named in the sentence before: "Its annual report reveals nine in ten councils
# …", "Their survey of 509 kinship carers found …" (groups as above).
ITS_DOCUMENT_OPENS = re.compile(rf"(?:^|(?<=[.!?][ \t])|(?<=\n))(?:Its|Their)\s+{_ITS_DOCUMENT}\b")
# A body's document named after the body as the subject of a reporting verb: "Ofsted said in its report", "the LGA
# warned in a new analysis that …" (starts right after the body's name; groups as above).
SAID_IN_ITS_DOCUMENT = re.compile(
    r"(?:\s+\([A-Z]{2,8}\))?\s+(?:has\s+|have\s+|had\s+|also\s+)*(?:said|says|found|finds|warned|warns|concluded|"
    r"concludes|revealed|reveals|noted|notes|stated|states|wrote|writes|highlighted|highlights|argued|argues|"
    rf"admitted|admits)(?:\s+that)?\s+in\s+(?:its|their|her|his|an?)\s+{_ITS_DOCUMENT}\b")
# A council's officers as the authors of its paper: "Council officers said in their report", "officials warned in a
# report to the cabinet" (the council is the one the article named last before; groups as above).
OFFICERS_SAID_IN_DOCUMENT = re.compile(
    r"\b(?:[Cc]ouncil\s+)?(?:[Oo]fficers|[Oo]fficials)\s+(?:have\s+|had\s+|also\s+)*(?:said|say|found|warned|"
    r"concluded|noted|stated|wrote|highlighted|argued|admitted)(?:\s+that)?\s+in\s+(?:their|an?)\s+"
    rf"{_ITS_DOCUMENT}\b")
# The period a body's document covers, right after its kind word: "a DCC budget report for 2018-19 states", "Ofsted's
# annual report for the year to March 2024" (group `period`).
PERIOD_COVERED = re.compile(_PERIOD_COVERED)
# A topic that points back rather than names: "her report into this concerning practice" (the document is then named
# by its body alone).
TOPIC_POINTS_BACK = re.compile(r"^(?:this|that|these|those|it|them)\b", re.IGNORECASE)
# Bodies whose reports are news, not documents: "a BBC report", "a Guardian investigation" (organisation kinds).
NEWS_KINDS = frozenset({"publisher"})
# The same report named with its author after it: "a report by the Education Committee into children's homes",
# "A report published today by the Kinwell Trust" (BODY_REPORT_BEFORE
# ends right before the body's name, within BODY_REPORT_REACH characters; BODY_REPORT_TOPIC starts right after it).
BODY_REPORT_BEFORE = re.compile(r"\b(?P<cue>report|review|study|analysis|audit|inquiry)"
                                r"(?:\s+(?:published|commissioned|carried\s+out|produced|released|conducted|led)"
                                r"(?:\s+(?:today|yesterday|(?:this|last)\s+(?:week|month|year)|on\s+\w+))?)?"
                                r"\s+(?:by|from)\s+(?:the\s+)?$")
BODY_REPORT_REACH = 60
BODY_REPORT_TOPIC = re.compile(rf"^\s+(?:on|into|of|about)\s+{_TOPIC}")
# Bodies that author nothing by this rule (the government is never the author of "a government report on…": it
# is a generic phrase).
BODY_REPORT_KINDS = frozenset({"organisation"})
# Dates the text gives a discovered document: "the Children Act 1989" (its year), "the 2023 Adoption Strategy",
# "a 2019 report on…" (a year right before the name).
YEAR_BEFORE = re.compile(r"\b(?P<year>(?:19|20)\d\d)(?:[’']s)?\s+$")
YEAR_IN_TITLE = re.compile(r"\b(?P<year>(?:19|20)\d\d)\b")
YEAR_AT_START = re.compile(r"^(?:19|20)\d\d\s+")

# Titles the shape patterns catch that name no document but its author: "the Local Government Association report",
# "the BBC report", "the Education Committee review" (an acronym alone, or a body's name: it ends in a word that
# names a body, possessive or not: "the Safeguarding Panel’s review"). An organisation the gazetteer knows is
# excluded as well (its span is taken). Nor does a department's name before its budget ("their Children’s Services
# budget"); and a title that opens with the unit of an amount (AMOUNT_UNIT_FIRST: "Under £500 Million Plan") is none,
# keyed or not.
# A date that ends a title's run of capitalised words, an adjunct not a part of the name: "the Northby Review of
# Adoption in May 2022" (cut off before the title is keyed).
DATE_AT_END = re.compile(rf",?\s+(?:in|on|from|since)\s+(?:\d{{1,2}}\s+)?{T.MONTH}(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?$")
# / a date: "the final report Independent Review … in May 2022" ("May 2022" names when, never what; nor does
# "February" left over from "published Stable Homes, Built on Love in February")
NOT_TITLE = re.compile(r"^(?:[Tt]he\s+)?(?:[Gg]overnment|.*\b(?:Association|Council|Councils|Department|Committee|"
                       r"Commons|Lords|Government|Society|Trust|Network|Union|Office|Authority|Commission|Institute|"
                       rf"Foundation|Agency|Services?|Panel|Board|Ofsted|Ministry|Party|[A-Z]{{2,8}}))(?:[’']s?)?$|"
                       rf"^(?:\d{{1,2}}\s+)?{T.MONTH}(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?$")
AMOUNT_UNIT_FIRST = re.compile(r"^(?:Million|Billion|Thousand|Trillion)\b")
# A possessive on the word before "Act", a common misspelling of an Act's short title ("the Children’s Act 2004" is
# the Children Act 2004), dropped to find the curated Act.
POSSESSIVE_BEFORE_ACT = re.compile(r"['’]s(?=\s+Act\b)")

# Generic references to a document of a kind, resolved to the nearest preceding explicit mention of that kind
# (else the first following one in the article): "the Bill", "the strategy", "the government’s strategy",
# "the review’s final report", "the policy paper", "the Budget". Case matters for "Bill" and "Budget"; capitalised
# "Bill" is a Bill, lower-case "bill" may be an invoice. Group `kind` is the class local name to resolve to.
CONTEXTUAL_REFERENCES: tuple[tuple[re.Pattern[str], str], ...] = (
    # "The Bill will…", "the draft Bill", "the government’s Bill"
    (re.compile(r"\b[Tt]he\s+(?:(?:draft|new|forthcoming|proposed|government[’']s)\s+)?Bill\b"), "Bill"),
    # "the Act" (capital A): "under the Act"
    (re.compile(r"\b[Tt]he\s+Act\b"), "Act"),
    # "the strategy", "the government’s strategy", "its strategy", "the much-anticipated strategy"
    (re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:(?:government[’']s|DfE[’']s|Conservatives[’']|"
                r"much-anticipated|new|previous|same)\s+)?strategy(?:[’']s)?\b"), "Strategy"),
    # "the policy paper", "its policy paper"
    (re.compile(r"\b(?:[Tt]he|[Ii]ts)\s+policy\s+paper\b"), "PolicyPaper"),
    # "The White Paper says…", "the green paper, published by the DfES, puts councils at the centre" (a white or green
    # paper named before, else after)
    (re.compile(r"\b(?:[Tt]he|[Ii]ts)\s+(?:(?:new|forthcoming|long-awaited|government[’']s)\s+)?[Ww]hite\s+[Pp]aper\b"),
     "WhitePaper"),
    (re.compile(r"\b(?:[Tt]he|[Ii]ts)\s+(?:(?:new|forthcoming|long-awaited|government[’']s)\s+)?[Gg]reen\s+[Pp]aper\b"),
     "GreenPaper"),
    # "the report also found…", "the final report" after a review or report named before (a review publishes its
    # findings as a report); "the inspection report" after an inspectorate's judgement
    (re.compile(r"\b[Tt]he\s+(?:(?:final|inspection)\s+)?report\b(?!\s+(?:by|from|of|on|into)\b)"), "Report"),
    # "the review", "the review’s final report", "the independent review" (not "the spending review": no match)
    (re.compile(r"\b[Tt]he\s+(?:independent\s+)?review(?:[’']s(?:\s+final\s+report)?)?\b"), "Review"),
    # "the Budget" (capital B): "in the Budget, delivered on 30 October" / "the Chancellor’s budget", "his Budget"
    (re.compile(r"\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er)\s+(?:(?:[Aa]utumn|[Ss]pring)\s+)?Budget\b|"
                r"\bChancellor[’']s\s+(?:(?:[Aa]utumn|[Ss]pring)\s+)?[Bb]udget\b"), "Budget"),
    # "The pathfinder also involves…", "the pathfinders are testing…" (a pilot or pathfinder programme; capitalised as
    # some copy writes it after the name: "the … Children Pathfinders (“the Pathfinders”) were funded…")
    (re.compile(r"\b[Tt]he\s+(?:\d+\s+)?[Pp]athfinders?\b(?!\s+(?:sites?|areas?|local\s+authorities|councils|RCCs))"),
     "Programme"),
    # "The pilot was announced in the Budget", "the pilot will run in ten areas" (a pilot programme named before; not
    # "the pilot areas", "the pilot sites")
    (re.compile(r"\b[Tt]he\s+pilot\b(?!\s+(?:sites?|areas?|local\s+authorities|councils|schemes?|eligibility|"
                r"phase|stage|period|year))"), "Pilot"),
    # "The initiative, which was announced as part of…", "the programme will invest…" after a programme named
    # before (a measure's "the scheme" is left to the lineage step's anaphors)
    (re.compile(r"\b[Tt]he\s+(?:new\s+)?(?:initiative|programme)\b(?!\s+(?:areas?|sites?|directors?|managers?|"
                r"leads?|teams?|boards?))"), "Programme"),
    # "the spending review", "its spending review", "phase 2 of the spending review", "the Treasury’s Spending
    # Review" (the body's name before it keeps its own mention)
    (re.compile(r"(?:\b(?:[Tt]he|[Ii]ts|[Aa])\s+|(?<=[’']s\s))[Ss]pending\s+[Rr]eview\b"), "SpendingReview"),
)

# A year named against the article's date right before a document: "next year’s Spending Review" (group `which`),
# and how many years from the article's each means.
RELATIVE_YEAR_BEFORE = re.compile(r"\b(?P<which>[Nn]ext|[Tt]his|[Ll]ast)\s+year[’']s\s+$")
RELATIVE_YEARS = {"next": 1, "this": 0, "last": -1}
# An indefinite article opening a generic reference: "a spending review" is any one.
INDEFINITE_OPENING = re.compile(r"[Aa]n?\s")

# A review, report or inquiry named by who led it (groups `kind` and `surname`): "the independent review led by
# MacAlister", "the review chaired by Professor Eileen Munro", "an inquiry carried out by Jo Ade".
KIND_LED_BY = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er)\s+(?:(?:independent|national|government|landmark|"
                         r"wide-ranging)\s+)*(?P<kind>review|report|inquiry)\s+(?:(?:was|were|which\s+was)\s+)?"
                         r"(?:led|chaired|carried\s+out|conducted|headed)\s+by\s+(?:(?:Sir|Dame|Dr|Professor|Prof|"
                         r"Baroness|Lord|Lady)\s+)?(?:[A-Z][a-z]+\s+)?(?P<surname>(?:Mac|Mc|O’|O')?[A-Z][a-z]+"
                         r"(?:-[A-Z][a-z]+)?)\b")
# A Budget named by its season, with or without its year: "the Autumn Budget", "the 2024 Autumn Budget", "the Autumn
# budget in 2024", "Spring Budget 2023" (groups `season`, `year_before`, `year`).
SEASONAL_BUDGET = re.compile(r"\b(?:(?P<year_before>20\d\d)\s+)?(?P<season>Autumn|Spring)\s+[Bb]udget"
                             r"(?:\s+(?:in\s+)?(?P<year>20\d\d))?\b")
# The Chancellor's fiscal statement, a Budget-kind document named by its season: "his Autumn Statement", "the Spring
# Statement 2025", "The 2022 Autumn Statement" (capitalised; "a statement in the autumn" is none).
FISCAL_STATEMENT = re.compile(r"\b(?:(?P<year_before>20\d\d)\s+)?(?P<season>Autumn|Spring|Summer)\s+Statement"
                              r"(?:\s+(?P<year>20\d\d))?\b")

# How many sentences back a generic reference may look for the document it denotes: "The review’s chair" two
# sentences after "The IRCSC’s final report". Further back, "the review" is as likely another review.
CONTEXT_WINDOW_SENTENCES = 6

# Types (class local names) that count as each contextual kind: a Review is also what "the review" denotes, a
# Bill what "the Bill" denotes.
KIND_TYPES: dict[str, frozenset[str]] = {
    "Bill": frozenset({"Bill"}),
    "Act": frozenset({"Act"}),
    "Strategy": frozenset({"Strategy"}),
    "PolicyPaper": frozenset({"PolicyPaper", "WhitePaper"}),
    "WhitePaper": frozenset({"WhitePaper"}),
    "GreenPaper": frozenset({"GreenPaper"}),
    "Review": frozenset({"Review"}),
    "Report": frozenset({"Report", "Review"}),
    "Budget": frozenset({"Budget"}),
    "SpendingReview": frozenset({"SpendingReview"}),
    "Programme": frozenset({"Programme"}),
    "Pilot": frozenset({"Pilot"}),
}

# Kinds whose generic reference, with no document of the kind named in the article, is the latest curated one
# dated before the article (within DATED_KIND_REACH_DAYS): "the Budget" in a November 2024 story is the Autumn
# Budget 2024. Reviews and Bills are too many at once to guess.
DATED_KINDS = frozenset({"Budget", "SpendingReview"})
DATED_KIND_REACH_DAYS = 400
# With none that near before, how far after the article the one to come may be: a Spending Review or Budget is set
# a season ahead.
DATED_KIND_AHEAD_DAYS = 120

# Kinds whose generic reference may look forward when nothing precedes: news copy often says "the government’s
# strategy" in its first line and names it later ("…called Stable Homes, Built on Love"). A review or Bill named
# later is as likely a different one, so those look back only.
FORWARD_KINDS = frozenset({"Strategy", "PolicyPaper", "WhitePaper", "GreenPaper", "Budget"})

# Measures an article introduces that reference data does not name: the noun phrase a lineage verb governs, with an
# indefinite article, "new" or "for"/"to" before it: "The review recommended a single ‘front door’ to support
# services", "the Bill will introduce a mandatory duty to report child sexual abuse", "ministers pledged new kinship
# care leave", "• Launching a kinship mentoring allowance", "imposes a new duty on councils to offer…" (placing or
# imposing only a duty, requirement or obligation; giving only new powers: "will give councils new powers to require
# school attendance"). Group `phrase` runs to a clause mark, a spaced hyphen (a dash, or the next item of a hyphen
# list run into one paragraph) or a word that
# starts an adjunct, a new clause or a reduced relative ("a recruitment drive aimed at…" ends before "aimed", and
# its head "drive" is vague; "not in" keeps its "in": "a register of children not in school") (never to the end of
# the text: a page cut off mid-word names no measure).
INTRODUCING_CUE = (r"\b(?:recommend(?:s|ed|ing)?|propos(?:e|es|ed|ing)|call(?:s|ed)?\s+for|introduc(?:e|es|ed|ing)|"
                   r"advocat(?:e|es|ed|ing)(?:\s+for)?|"
                   r"creat(?:e|es|ed|ing)|establish(?:es|ed|ing)?|launch(?:es|ed|ing)?|set(?:s|ting)?\s+up|"
                   r"legislat(?:e|es|ed|ing)\s+for|"
                   r"commit(?:s|ted)?\s+to|adopt(?:s|ed)?|reject(?:s|ed)?|scrap(?:s|ped)?|pledg(?:e|es|ed)|"
                   r"br(?:ing|ings|ought)\s+in|enshrin(?:e|es|ed|ing)|pav(?:e|es|ed|ing)\s+the\s+way\s+for|"
                   r"giv(?:e|es|ing)(?:\s+[a-z][\w’'-]*){1,3}?(?=\s+new\s+powers?\b)|"
                   r"implement(?:s|ed|ing)?|plans?|"
                   r"(?:plac|impos)(?:e|es|ed|ing)(?=\s+(?:an?|new)\s+(?:new\s+)?(?:(?:legal|statutory)\s+)?"
                   r"(?:duty|requirement|obligation)\b))")
_PHRASE_END = (r"(?:which|that|who|by|(?<!\bnot\s)in|from|as|under|after|before|when|while|and|but|so|because|across|within|at|"
               r"last|next|this|was|were|is|are|will|would|could|should|has|have|had|if|despite|following|amid|"
               r"to\s+be|aimed|designed|intended|setting\s+out)")
INTRODUCED_MEASURE = re.compile(
    rf"{INTRODUCING_CUE}\s+(?:an?\s+|new\s+|the\s+first(?:[\s-]+ever)?\s+)(?:new\s+)?"
    rf"(?P<phrase>(?:(?!{_PHRASE_END}\b)[‘'“\"]?[\w-]+[’'”\"]?\s+){{0,7}}?"
    rf"[‘'“\"]?[\w-]+[’'”\"]?)(?=\s*[,.;:)–—]|\s+{_PHRASE_END}\b|\s+[•‣▪-]\s|[ \t]*\n)", re.IGNORECASE)
# A duty, requirement or obligation a verb of introduction creates, named by whom it binds and what it requires,
# too long for INTRODUCED_MEASURE's eight words: "will create a duty for councils in England and Wales to produce a
# dataset for all children who…", "impose a requirement upon providers to be a not-for-profit entity" (group
# `phrase` runs to the "to" of its task, which `extract/introduced_measures.py` runs on to the end of the clause).
# The party is lower-case words, then perhaps the place they are in: a name there is a body's, which the measure
# must not swallow ("a duty on the Youth Justice Board to…"), and "a duty on schools and other bodies to…" may be
# cut from a longer coordination.
BOUND_DUTY_MEASURE = re.compile(
    rf"{INTRODUCING_CUE}\s+(?:an?\s+|new\s+)(?:new\s+)?(?:(?:legal|statutory|mandatory)\s+)?"
    r"(?P<phrase>(?:duty|requirement|obligation)\s+(?:on|for|upon)\s+"
    r"(?:(?!(?:to|which|that|who|and|or)\b)(?-i:[a-z][\w’'-]*)\s+){1,5}"
    r"(?:in\s+(?-i:[A-Z][a-z]+)(?:\s+and\s+(?-i:[A-Z][a-z]+))?\s+)?to)(?=\s+(?-i:[a-z]))", re.IGNORECASE)
# A "to" of purpose, which ends a measure's phrase where a noun of proposal or a bullet names it: "a windfall tax on
# private companies to raise money", "a provider oversight scheme to hold groups to account" (not "support to
# home-educating parents": "to" before a noun).
_PURPOSE = (r"to\s+(?:help|hold|make|give|ensure|improve|support|provide|allow|enable|keep|raise|reduce|tackle|"
            r"prevent|protect|boost|deliver|meet|cover|pay|create|build|bring|get|find|take|offer|address|identify|"
            r"promote|strengthen|increase|encourage|stop|end|fund|cut|fix|drive|speed)")
# The same "to" of purpose inside a governed conjunct whose head is services (KIND_QUALIFIED_HEADS), where the phrase
# ends: "funding for preventive services to drive restoration in family support" names "preventive services" (other
# heads keep what they are for: "early help and intervention to keep families together").
PURPOSE_CLAUSE = re.compile(rf"\s{_PURPOSE}\b", re.IGNORECASE)
# A bullet item (a mark at a line's start, or "•" or a spaced hyphen inside a paragraph that joined the items: "The
# Bill will: - introduce a register … - launching respite breaks …") that opens with a verb
# of provision, or a noun of one, and names its measure without an article: "1) The introduction of a provider
# oversight scheme", "• requiring free
# breakfast clubs in every primary school", "• providing support to home-educating parents", a summary's "• Introduces
# registers of children not in school" (group `phrase`, ended
# as INTRODUCED_MEASURE's is and at a "to" of purpose; an item with an article after its verb is
# INTRODUCED_MEASURE's: "• creating a duty on councils…").
BULLET_MEASURE = re.compile(
    rf"(?:(?m:^)[ \t]*(?:[*·-]|\d{{1,2}}[.)])|[•‣▪]|[ \t]-)[ \t]*"
    rf"(?:(?:requir|creat|introduc|establish|provid|launch|expand|extend|develop|pilot|trial)(?:ing|e?s)\s+"
    rf"(?!(?:an?|the|new|all|every|some|any|their|its|our|more|work)\b)|"
    rf"(?:the\s+)?(?:introduction|creation|establishment|launch|expansion|extension)\s+of\s+(?:(?:an?|the)\s+)?)"
    rf"(?P<phrase>(?:(?!{_PHRASE_END}\b)[‘'“\"]?[\w-]+[’'”\"]?\s+){{0,7}}?[‘'“\"]?[\w-]+[’'”\"]?)"
    rf"(?=\s*[,.;:)–—]|\s+(?:{_PHRASE_END}|{_PURPOSE})\b|\s+[•‣▪-]\s|[ \t]*\n|\s*$)", re.IGNORECASE)
# A measure named as what a document proposes, by a noun or an adjective of proposal rather than a verb: "the
# proposed additional support for care leavers", "the proposal of a windfall tax on private companies", "proposals
# for a national register of carers" (group `phrase`, ended as INTRODUCED_MEASURE's is, and at a "to" of purpose).
PROPOSED_MEASURE = re.compile(
    rf"\b(?:the\s+(?:proposed|recommended)|(?:proposals?|recommendations?)\s+(?:for|of))\s+(?:an?\s+|the\s+)?"
    rf"(?:new\s+)?(?P<phrase>(?:(?!{_PHRASE_END}\b)[‘'“\"]?[\w-]+[’'”\"]?\s+){{0,7}}?[‘'“\"]?[\w-]+[’'”\"]?)"
    rf"(?=\s*[,.;:)–—]|\s+(?:{_PHRASE_END}|{_PURPOSE})\b|\s+[•‣▪-]\s|[ \t]*\n)", re.IGNORECASE)
# A measure named as what a statute or document requires a public body to publish, keep or set up: "will mandate
# local authorities to publish their kinship local offer", "requires local authorities to publish their offer of
# support to care leavers", "will require councils to keep registers of children not in school" (group `phrase`,
# ended as PROPOSED_MEASURE's is; not after a modal of possibility, "could require councils to…"; not "offer" or
# "provide", whose object is a step the text often names otherwise: "require councils to offer a family meeting").
# / the noun of the same, as list items write it: "• A requirement on councils to publish a local kinship offer",
# "• A new requirement for local authorities to consult on and publish a local offer setting out the support…"
REQUIRED_MEASURE = re.compile(
    r"(?<!could\s)(?<!may\s)(?<!might\s)(?<!should\s)\b(?:requir(?:e|es|ing)|mandat(?:e|es|ing)|"
    r"(?:requirement|mandate|duty|obligation)\s+(?:on|for|upon))\s+(?:all\s+|every\s+|"
    r"each\s+)?(?:local\s+authorit(?:y|ies)|councils?|schools?|providers|academies|trusts|local\s+areas)\s+to\s+"
    r"(?:consult\s+on\s+and\s+)?"
    r"(?:publish|keep|maintain|have|appoint|set\s+up|establish|create|run)(?:\s+and\s+(?:publish|keep|maintain|"
    r"have))?\s+(?:(?:an?|their|its)\s+)?(?:new\s+)?"
    rf"(?P<phrase>(?:(?!{_PHRASE_END}\b)[‘'“\"]?[\w-]+[’'”\"]?\s+){{0,7}}?[‘'“\"]?[\w-]+[’'”\"]?)"
    rf"(?=\s*[,.;:)–—]|\s+(?:{_PHRASE_END}|{_PURPOSE})\b|\s+[•‣▪-]\s|[ \t]*\n)", re.IGNORECASE)
# Words of degree that open a measure's phrase without naming it: "better targeted response for teenagers" and
# "a more targeted response for teenagers" are one measure (dropped from its start, compared lower-cased).
DEGREE_WORDS = frozenset({"better", "more", "improved", "greater", "stronger", "extra", "further", "enhanced"})
# Heads that take an infinitive naming what the measure is for: "a duty on local authorities to have and maintain
# registers" runs on past its "to" to the end of the clause (MEASURE_CLAUSE_REST, at most that many characters, up
# to a mark that ends it: a page cut off mid-clause names no task).
INFINITIVE_HEADS = frozenset({"duty", "requirement", "obligation", "power", "powers", "right", "mandate",
                              "expectation"})
MEASURE_CLAUSE_REST = re.compile(r"[^,.;:?!()\n•‣▪“”\"]{1,90}(?=[,.;:?!()\n•‣▪“”\"])")
# Verbs of funding, testing and inclusion that govern measures written without an article, often as a list:
# "plans to fund support and training for kinship carers", "is also funding dozens of peer support groups", "the
# fund will pay for family hubs" (a second verb after "and" starts its own list), "The proposals include
# wide-ranging reforms of children’s safeguarding, improvements to multi-agency working and better support for
# kinship families", "the
# pilot is testing the use of a single identifier", "reforms including better support for carers" (group `list`
# runs to the end of the clause or a spaced dash; each conjunct is read as a phrase by
# `extract/introduced_measures.py`, and the list ends at the first conjunct that is not one). / A call for a list:
# "calls for ‘expert child protection practitioner’ role, regional care cooperatives and increased support for
# kinship carers" (not "a petition calling for…", which names the petition). "Including" only after a noun of policy ("key issues including
# stigma" lists topics); "could include" is a possibility. / What an amount is for: "has awarded £4.4 million to
# councils to boost foster carer recruitment", "backed by £45 million to provide local early help", "£1m … for
# a police force to set up a national crime reduction hub". / Funding with no amount given to someone to do it: "has
# provided funding to councils across England to establish family hubs", "announced funding for ten areas to deliver
# short breaks".
_PROVISION_VERBS = (r"(?:[a-z]+\s+and\s+)?(?:boost|expand|improve|develop|deliver|provide|create|establish|continue|"
                    r"extend|roll\s+out|increase|fund|set\s+up|trial|pilot|test|launch)")
GOVERNED_LIST = re.compile(
    r"(?:\b(?:to|will)\s+(?:fund|test|trial|pilot|pay\s+for)|\b(?:is|are|was|were)\s+(?:also\s+)?(?:testing|"
    r"trialling|piloting|funding)|"
    r"(?<!could\s)(?<!may\s)(?<!might\s)(?<!would\s)\binclud(?:e|es|ed)|"
    r"\bcall(?:s|ed)\s+for|"
    r"\b(?:measures|proposals|reforms|commitments|plans|policies|changes|initiatives|pledges|recommendations|steps)"
    r"\b[^.;:]{0,40}?\bincluding|"
    rf"\bfunding\s+(?:to|for)\s+[^.;:£]{{0,80}}?\bto\s+{_PROVISION_VERBS}|"
    r"\bfunding\s+for|\binvestment\s+in|\bpav(?:e|es|ed|ing)\s+the\s+way\s+for|"
    rf"\binvest(?:s|ed|ing)?\s+(?:{T.STERLING_SUM}\s+)?(?:over\s+\w+\s+years?\s+)?in(?:to)?|"
    rf"{T.STERLING_SUM}\s+(?:of\s+(?:new\s+|extra\s+|additional\s+)?funding\s+)?for|"
    rf"{T.STERLING_SUM}\b[^.;:£]{{0,100}}?\bto\s+{_PROVISION_VERBS})\s+"
    r"(?P<list>[^.;:()“”\"\n]{3,240}?)"
    r"(?=[.;:()“”\"\n]|\s[–—]\s|,?\s+and\s+(?:is|are|was|were|will|has|have)\s)")
# What a statute will do, as a list of verbs of provision each with its object: "The Bill will strengthen safeguards
# for young carers, offer more respite to families and regulate the use of fostering agencies" (group `list`, from
# the first verb to the clause's end; ACTION_CONJUNCT parts it before each later verb, ACTION_OBJECT reads a
# conjunct's verb, a party it requires to act, and the object's start). Only a list of two or more verbs: one verb is
# `INTRODUCED_MEASURE`'s or the lineage rules'. Not "aims to" or "seeks to", a purpose rather than a provision.
ACTION_VERBS = (r"(?:strengthen|offer|provide|regulate|enshrine|introduce|create|establish|extend|expand|enhance|"
                r"limit|ban|cap|reform|remove|abolish|end|increase|boost|improve|require)")
STATUTE_ACTIONS = re.compile(
    rf"\b(?:(?-i:Bill|Act)|bill|legislation)\s+(?:will|would|(?:is|are)\s+set\s+to)\s+(?:also\s+)?"
    rf"(?P<list>{ACTION_VERBS}\b[^.;:\n]{{3,400}}?(?:,\s+(?:and\s+)?|\s+and\s+){ACTION_VERBS}\b[^.;:\n]*?)"
    r"(?=[.;:\n]|$)", re.IGNORECASE)
ACTION_CONJUNCT = re.compile(rf"(?:,\s+(?:and\s+)?|\s+and\s+)(?={ACTION_VERBS}\b)", re.IGNORECASE)
ACTION_OBJECT = re.compile(rf"(?P<verb>{ACTION_VERBS})\s+(?:[a-z][\w’'-]*\s+){{0,3}}?to\s+(?P<inner>{ACTION_VERBS})\s+|"
                           rf"(?P<only>{ACTION_VERBS})\s+", re.IGNORECASE)
# How a verb's object is named as the measure, where the object alone is not it: "regulate academies" is the
# regulation of academies (other verbs' objects are the measure: "offer increased support for care leavers").
ACTION_NOUNS = {"regulate": "regulation of {}", "limit": "limits on {}", "ban": "ban on {}", "cap": "cap on {}",
                "reform": "reform of {}", "remove": "removal of {}", "abolish": "abolition of {}", "end": "end to {}"}
# A list's conjuncts: parted at commas and, where a comma stands in the list, at its last "and"/"or" ("A, B and
# C"); with no comma, "support and training for carers" is one phrase.
LIST_COMMA = re.compile(r",\s+(?:(?:and|or)\s+)?")
# In a list of gerunds, the "and" before each later one: "introducing a register … and increasing inspection …".
GERUND_CONJUNCT = re.compile(r"\s+and\s+(?=[a-z]+ing\s)")
LIST_LAST_AND = re.compile(r"\s+(?:and|or)\s+(?!.*\s(?:and|or)\s)")
# The plan a conjunct is part of, before its lead: "includes our plan for free breakfast clubs" (a possessive opens
# it, which otherwise ends a list: CONJUNCT_NOT_NOUN).
PLAN_LEAD = re.compile(r"(?:(?:our|its|their|his|her|the)\s+)?(?:plans?|proposals?|commitments?|pledges?)\s+"
                       r"(?:for|to\s+(?:introduce|create|establish|provide|deliver|roll\s+out|bring\s+in))\s+",
                       re.IGNORECASE)
# What may open a conjunct before its phrase: an article, an opening quotation mark, "first (ever)", an amount and what
# it is to do ("The new funding includes £10 million to create stable homes for care leavers"), a gerund of provision or its
# noun with "of" ("a £9m programme of…", "developing a kinship strategy", "the introduction of a single front door"), the law that
# brings it in ("includes legislation to introduce free breakfast clubs", "will include measures to create the post
# of director of children's services"); the phrase starts after it.
CONJUNCT_LEAD = re.compile(rf"^(?:(?:an?|the|new|more|better|extra|additional|further|first(?:[\s-]+ever)?)\s+|[‘“]|"
                           rf"{T.STERLING_SUM}\s+(?:of\s+funding\s+)?(?:to\s+{_PROVISION_VERBS}\s+)?|"
                           r"(?:dozens|hundreds|thousands|scores)\s+(?:more\s+)?of\s+|"
                           r"(?:legislation|laws?|measures)\s+to\s+(?:introduce|create|establish|require|bring\s+in|"
                           r"provide\s+for)\s+|"
                           r"(?:developing|providing|creating|introducing|establishing|launching|"
                           r"extending|expanding)\s+|(?:introduction|creation|establishment|launch|expansion|"
                           r"extension)\s+of\s+)*", re.IGNORECASE)
# A conjunct's phrase: lower-case words (a hyphen or an apostrophe inside), up to a word that starts an adjunct or
# a new clause; at least two words.
# ("and" may join words inside it: "support and training for carers"; an acronym may stand in it: "the NHS number";
# so may a name after a preposition: "greater powers for Ofsted").
# The phrase also ends before a reduced relative ("a model of services proposed by the review", "initiatives
# currently being tested"; not at the "in" of "not in": "a register of children not in school"), before an adverb
# of time ("the biggest investment in kinship care to date") and a verb's complement never opens it ("legislating
# to require…").
_CONJUNCT_END = (r"(?:being|been|currently|now|also|then|to\s+date|so\s+far|[a-z]+ed\s+(?:by|in|as|under|through)|"
                 r"which|that|who|by|"
                 r"(?<!\bnot\s)in|from|as|under|after|before|when|while|but|so|because|across|within|at|last|next|this|"
                 r"was|were|is|are|will|would|could|should|has|have|had|if|despite|following|amid|to\s+be)")
_CONJUNCT_WORD = (r"(?:[a-z][\w’'-]*|[A-Z]{2,}s?|(?:(?<=\bfor\s)|(?<=\bof\s)|(?<=\bto\s)|(?<=\bon\s)|(?<=\bby\s))"
                  r"[A-Z][a-z][\w’'-]*)")
CONJUNCT_PHRASE = re.compile(rf"^(?![a-z]+ing\s+(?:to|the|a|an|some|all|any)\b)"
                             rf"(?P<phrase>{_CONJUNCT_WORD}(?:\s+(?!{_CONJUNCT_END}\b){_CONJUNCT_WORD}){{1,9}})"
                             rf"(?=\s+{_CONJUNCT_END}\b|\s*$)")
# The same for a verb's object, which may be one word ("regulate academies", named "regulation of academies").
CONJUNCT_OBJECT = re.compile(rf"^(?P<phrase>{_CONJUNCT_WORD}(?:\s+(?!{_CONJUNCT_END}\b){_CONJUNCT_WORD}){{0,9}})"
                             rf"(?=\s+{_CONJUNCT_END}\b|\s*$)")
# Words that, opening a conjunct, show the list has ended or holds no noun phrase of a measure: "including how
# councils…", "testing whether…", "funding for them", "£2m for family hubs", ", which…".
CONJUNCT_NOT_NOUN = frozenset({
    "how", "what", "whether", "which", "who", "that", "this", "these", "those", "it", "them", "they", "its", "their",
    "our", "his", "her", "up", "over", "around", "about", "some", "many", "all", "both", "each", "every", "any",
    "other", "such", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "for", "to",
    "of", "on", "in", "with", "from", "by", "as", "at", "into", "across", "within", "between", "and", "or", "but",
    "where", "when", "while", "if", "so", "because", "not", "being", "having", "amongst", "among", "others",
    "following", "get", "help", "make", "boost", "fix", "ensure", "give", "keep", "take", "bring", "reduce",
    "increase", "tackle", "deliver", "improve", "raise", "build", "recruit", "stop", "prevent", "protect", "set",
})
# Heads that make a conjunct a population, a topic or a vague noun rather than a measure: "funding for children
# with complex needs", "includes work to…", "the following commitments", "includes a focus on early support"
# (compared lower-cased).
CONJUNCT_NOT_MEASURE = frozenset({
    "children", "child", "families", "family", "people", "carers", "councils", "authorities", "parents", "schools",
    "leavers", "workers", "providers", "work", "commitment", "commitments", "area", "areas", "issue", "issues",
    "measures", "proposals", "plans", "services", "things", "costs", "pressures", "needs", "model", "models",
    "initiative", "initiatives", "continuation", "elements", "element", "focus", "emphasis",
})
# Heads of CONJUNCT_NOT_MEASURE that a word of what they do makes a measure: "£500m in funding for preventive
# services", "investment in family support services" (not a place, a scope or a field: "local services", "children's
# services", "vital services"; compared lower-cased, straight apostrophes).
KIND_QUALIFIED_HEADS = frozenset({"services"})
GENERIC_QUALIFIERS = frozenset({
    "local", "public", "council", "children's", "childrens", "social", "other", "these", "those", "existing", "vital",
    "key", "frontline", "front-line", "statutory", "non-statutory", "universal", "specialist", "such", "many", "new",
    "current", "core", "essential", "wider", "health", "care", "support", "community", "national", "regional",
    "county", "city", "our", "their", "its", "all", "some", "children", "family", "families", "adult", "adults'",
    "education", "youth", "young", "people's", "council-run", "in-house", "commissioned", "targeted", "specialised",
})
# What follows a verb, not a noun: a phrase "…social care and hope" followed by "this signals…" ends before its
# "and" ("we welcome investment in social care and hope this signals…").
OBJECT_AFTER = re.compile(r"\s+(?:this|that|these|those|it|they|we|you|he|she|the|a|an|to|our|their|its)\b")
LAST_JOINED_WORD = re.compile(r"\s+(?:and|or)\s+[\w’'-]+$")
# Whole fields of service, never one measure: "investment in children’s social care", "£44m for kinship and foster
# care" (compared lower-cased, straight apostrophes; two fields sharing a head are one field: "kinship and foster care").
FIELDS_OF_SERVICE = frozenset({"children's social care", "social care", "adult social care", "children's services",
                               "care system", "social work", "early years", "children's social work", "kinship care",
                               "foster care", "residential care"})
# Words a measure's phrase never ends with: "fixing the", "key areas such" (a phrase cut before its noun).
PHRASE_LAST_NOT = frozenset({"the", "a", "an", "of", "to", "for", "with", "on", "such", "their", "its", "our",
                             "more", "most", "very", "and", "or"})
# A cue that opens a bullet item: "• Creating a new Kinship Care Ambassador role" (there a measure's name may hold
# capitalised words, as list items write them, so long as its head noun is lower-case).
BULLET_OPENING = re.compile(r"(?:^|\n|[•‣▪])[ \t]*$")
# A measure the text defines as a duty, right or power at the start of a sentence: "The family mentor offer is a new
# legal duty on councils to…", "A carers' passport would be a statutory entitlement…" (group `phrase` is the
# subject, lower-case words only: a capitalised name is left to the document rules).
DEFINED_MEASURE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:The|A|An)\s+(?P<phrase>[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){1,5}?)\s+"
    r"(?:is|will\s+be|would\s+be)\s+(?:a|an)\s+(?:new\s+)?(?:(?:legal|statutory|legally\s+binding)\s+)?"
    r"(?:duty|requirement|obligation|right|entitlement|power)\b")
# A measure a sentence, bullet or labelled paragraph says is being brought in, as its subject: "Compulsory registers
# for children not in school will be introduced", "• Multi-agency child protection teams are established" (group
# `phrase`; its first word may be capitalised as a sentence's is; not "introduced to Parliament", nor a past "was
# introduced", which dates rather than provides). INTRODUCED_PASSIVE is the cue alone, which extract/lineage.py
# reads for the statute that does it.
_INTRODUCED_PASSIVE = (r"(?:will\s+be|is\s+to\s+be|are\s+to\s+be|is|are)\s+(?:being\s+)?(?:introduced|established|"
                       r"created|set\s+up|brought\s+in)\b(?!\s+(?:by|in|into|through|under|as|to\s+(?:Parliament|"
                       r"the\s+House|the\s+Commons|the\s+Lords|MPs))\b)")
INTRODUCED_PASSIVE = re.compile(_INTRODUCED_PASSIVE)
INTRODUCED_SUBJECT = re.compile(
    rf"(?:^|(?<=[.!?:]\s)|(?<=\n)|(?<=[•‣▪]\s))(?:(?:The|A|An)\s+)?(?P<phrase>[A-Za-z][\w’'-]*(?:\s+[a-z][\w’'-]*)"
    rf"{{1,6}}?)\s+{_INTRODUCED_PASSIVE}")
# Heads that make a phrase a document, a body, an amount or a vague quantity rather than a measure: "a review", "a
# consultation", "a number of changes", "a range of reforms", "new statutory duties for local authorities" (a set of
# duties, which the text then names one by one) (compared lower-cased, singular unless a plural is listed).
NOT_MEASURE_WORDS = frozenset({
    "review", "report", "consultation", "strategy", "paper", "bill", "act", "plan", "number", "range", "series", "lot",
    "package", "programme", "pilot", "fund", "pathfinder", "framework", "guidance", "inquiry", "study", "statement",
    "year", "years", "month", "months", "week", "weeks", "day", "time", "way", "ways", "thing", "things", "bit",
    "set", "raft", "host", "couple", "total", "further", "consultation", "change", "changes", "reform", "reforms",
    "measure", "measures", "policy", "policies", "step", "steps", "approach", "system", "role", "group", "body",
    "date", "company", "focus", "emphasis", "deadline", "target", "figure", "amount", "sum", "increase", "rise",
    "campaign", "website", "survey", "petition", "investigation", "appeal", "helpline", "podcast", "event",
    "initiative", "drive", "duties", "responsibilities", "obligations", "requirements", "variety", "suite", "array",
    "mix", "handful", "plethora", "phase", "wave", "round", "stage", "tranche", "part", "shift",
    # a quantity of people or things, not a thing done: "funding for only one in five young people"
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "hundred", "hundreds",
    "thousand", "thousands", "half", "third", "quarter", "fifth", "tenth", "majority", "minority", "proportion",
})
# Capitalised words right after a one-word body's name, which then only opens a longer name: "Kinship" in "a new
# Kinship Care Ambassador role" (matched at the end of the body's name).
NAME_RUNS_ON = re.compile(r"[ \t]+[A-Z][a-z]")
# Heads of NOT_MEASURE_WORDS that a capitalised name before them makes a measure: "a Kinship Care Ambassador role".
NAMED_HEADS = frozenset({"role"})
# Prepositions after a measure's head noun: "register *of* foster carers", "duty *to* report abuse".
PHRASE_PREPOSITIONS = frozenset({"of", "to", "for", "on", "upon", "with", "into", "about", "against", "over"})
# Quotation marks that enclose a speaker's words: a phrase the article does not itself state (a scare-quoted label
# inside a quote is the speaker's, not a measure the article reports).
QUOTED_PASSAGE = re.compile(r"“[^”]{1,2000}”|\"[^\"\n]{1,2000}\"")
# Scare quotes around a word inside a measure's phrase, dropped from its name: "single ‘front door’" → "single
# front door".
SCARE_QUOTES = re.compile(r"[‘’“”\"]|(?<!\w)'|'(?!\w)")


# ---------------------------------------------------------------------------------------------------------------
# The text around a match: what the step reads next to it

# The closing quotation mark of a title that an opening one starts, dropped from its name: "the ‘Teach First’ scheme",
# "implementing ‘Family Safeguarding’, a programme of measures" (a title word may end in an apostrophe, "Parents’",
# but not after an opening mark).
CLOSING_QUOTE = re.compile(r"[’”](?=[\s,;:.]|$)")
# "the" before a reference name, not part of its key: "the Children Act 1989" is keyed as "Children Act 1989".
LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
# What parts the words of a title: "Stable Homes, Built on Love" → Stable, Homes, Built, on, Love.
TITLE_WORD_BREAK = re.compile(r"[\s,]+")
# "and"/"or" right after a phrase: " and other bodies" in "a duty on departments and other bodies to act".
COORDINATION_NEXT = re.compile(r"\s+(?:and|or)\b")

# An acronym defined in brackets right after a document's, programme's or statute's name: "the Adoption and Special
# Guardianship Support Fund (ASGSF)" (matched at the name's end; group `acronym`); later uses of it name the same.
DEFINED_ACRONYM = re.compile(r"\s*\((?P<acronym>[A-Z][A-Z&]{1,9}s?)\)")
# The kinds of what such an acronym may stand for (a measure's acronyms are reference data's, or its title's
# initials where the text writes it as a title: `documents._title_initials`).
ACRONYM_KINDS = frozenset({"policy", "statute", "programme"})
# An inspection of a council's children's services the text reports (the inspectorate named in the article): the
# inspection, its inspectors or its judgement in a sentence ("after a four-week inspection in October", "inspectors
# found", "was rated ‘inadequate’", "Ofsted has rated the council’s services good"), not of a children's home ("Ofsted
# inspected the home in May").
SERVICES_INSPECTION = re.compile(r"\b(?:(?P<cue>(?:re-?)?inspect(?:ion|ions|ed|ors?|ing)|monitoring\s+visits?|rating)|"
                                 r"(?:was|were|been|is|are|being|has|have|had)\s+(?P<judged>rated|judged|graded))\b",
                                 re.IGNORECASE)
INSPECTED_HOME = re.compile(r"\b(?:homes?|schools?|nurser(?:y|ies)|academ(?:y|ies)|colleges?|prisons?|settings?|"
                            r"provider|providers|hospitals?)\b", re.IGNORECASE)
# The council's services the article is about: "children’s services", "children’s social care", "services for
# children", "children and families service", or what they are inspected for: "arrangements for children in need of
# help and protection", "child protection", "children in care", "looked-after children".
CHILDRENS_SERVICES = re.compile(r"\bchildren[’']?s\s+(?:social\s+care\s+)?services?\b|\bchildren[’']?s\s+social\s+care\b|"
                                r"\bservices\s+for\s+children\b|\bchildren\s+and\s+families\s+services?\b|"
                                r"\bchild\s+protection\b|\bchildren\s+in\s+(?:need|care)\b|"
                                r"\blooked[- ]after\s+children\b",
                                re.IGNORECASE)
# The small words a title's initials leave out: "Children’s Wellbeing and Schools Bill" → "CWSB".
INITIALS_SMALL_WORDS = frozenset({"a", "an", "and", "&", "for", "in", "into", "of", "on", "the", "to", "with"})

# --- Candidates of the learned document detector (`extract/document_candidates.py`) ---
# Spans shaped like a document's name, which a linear model (`models/documents.json`) accepts or not where no rule
# has found anything. Each is broad on purpose: the model, not the pattern, tells a title from a body or a place.
# A run of capitalised words with small words inside, and a lowercase kind word after it: "the Family Hubs
# Transformation Fund", "the Plan for Change", "the Opportunity Mission", "the Pathfinder pilot", "the London
# Protocol 2024".
_CANDIDATE_KINDS = "|".join(sorted({*(c for c in (*DOCUMENT_CUES, *PROGRAMME_CUES) if " " not in c), "plan", "model",
                                    "protocol", "standards", "charter", "offer", "campaign", "mission", "paper"},
                                   key=len, reverse=True))
# (one small word between two capitalised ones, "of the" and the like: "and the" parts two names)
_CANDIDATE_JOIN = r"(?:(?:and|&)|(?:of|on|for|to|in|with|at)(?:[ \t]+the)?)[ \t]+"
CANDIDATE_RUN = re.compile(rf"(?<![\w’'\-]){TITLE_WORD}(?:[ \t]+(?:{_CANDIDATE_JOIN})?{TITLE_WORD})*"
                           rf"(?:[ \t]+(?:{_CANDIDATE_KINDS})s?\b)?")
# A capitalised title in quotation marks: "the ‘Happy to Talk Flexible Working’ scheme", "“Dare to Care”".
CANDIDATE_QUOTED = re.compile(r"[‘“\"](?P<title>[A-Z][^”\"’‘“\n]{2,80}?)(?<![,.;:!?])[’”\"](?![a-z])")
# A lowercase noun phrase ending in a kind word after a determiner: "the national child safeguarding practice
# review", "a special guardianship consultation", "its kinship care procedure".
CANDIDATE_KIND_PHRASE = re.compile(rf"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Oo]ur)\s+"
                                   rf"(?P<title>(?:[a-z][\w’'\-]*\s+){{1,4}}?(?:{_CANDIDATE_KINDS})s?)\b")
# The words of a candidate's context window, for its features: lowercase words, capitalised words (read as their
# shape only), numbers, and punctuation.
CANDIDATE_TOKEN = re.compile(r"[A-Za-z][\w’'\-]*|\d+|[^\w\s]")
# Words that close a candidate's word classes: the kind words, the months, the words that end a body's name.
CANDIDATE_KIND_WORDS = frozenset(_CANDIDATE_KINDS.split("|")) | KIND_WORDS
CANDIDATE_MONTHS = frozenset(T.MONTH[3:-1].lower().split("|"))
# A document kind in the plural names several documents, never one: "the Spending Reviews of 2031 and 2033".
CANDIDATE_PLURAL_KINDS = frozenset({f"{c}s" for c in DOCUMENT_CUES if " " not in c} | {"strategies", "inquiries"})
# The small words a title in title case leaves in lower case: "Happy to Talk Flexible Working", "Plan for Change".
CANDIDATE_SMALL_WORDS = frozenset({"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or",
                                   "the", "to", "with", "&", "–", "-"})
# An acronym in brackets right after a name: "the Regional Fostering Hub (RFH)".
CANDIDATE_ACRONYM_AFTER = re.compile(r"\s*\((?:[A-Z][A-Za-z&]{1,9})\)")
# The context words a candidate's features read (a closed class: cross-validation found open lowercase windows learn
# the dev half's sentences, not constructions): publication verbs and cues before a title, determiners, prepositions
# and punctuation ("published the …", "under the …", "part of the …", "its ‘…’", "… (ABC)").
CANDIDATE_CONTEXT_CUES = frozenset({
    "published", "publish", "publishes", "launched", "launch", "launches", "announced", "unveiled", "introduced",
    "commissioned", "titled", "called", "entitled", "set", "under", "through", "part", "according", "following",
    "response", "in", "the", "its", "their", "our", "a", "an", "by", "from", "of", "‘", "“", "(", ":", ",",
})
