"""Patterns that find people, bodies and the roles people hold in news copy.

Every regex and word list used by `actors`, `people`, `bodies`, `roles` and `coreference` lives here, each with an
example of the copy it matches. Names are matched case-sensitively (a capital letter is most of the evidence that a
word is a name); role words and kind cues case-insensitively where the copy capitalises them at sentence start.
"""

from __future__ import annotations

from cscgraph.extract.patterns import fast_re as re
from collections.abc import Mapping
from types import MappingProxyType

from cscgraph.extract.patterns import compiled, not_after, trie_alternation
from cscgraph.extract.patterns.text import MONTH

# ---------------------------------------------------------------------------------------------------------------
# Name tokens

# One word of a personal name: "Andy", "Sacks-Jones", "MacAlister", "O'Brien", "Labinjo-Hughes". The "O'" of
# "O'Brien" is read after the capital it is ("O" then "'B"), so that a pattern opening with a name opens with a
# character class, which lets the regex engine skip to the next capital instead of trying a match at every character.
# Letters of names by case: ASCII and Latin-1, and the Latin Extended-A and -B letters of Polish, Czech, Croatian,
# Turkish, Romanian, Welsh … names ("Michał Wróblewski", "Ayşe Yılmaz", "Tomasz Kolarić", "Ștefan").
_EXTENDED = [chr(c) for c in range(0x100, 0x250)]
UPPER = "A-ZÀ-ÖØ-Þ" + "".join(ch for ch in _EXTENDED if ch.isupper())
LOWER = "a-zß-öø-ÿ" + "".join(ch for ch in _EXTENDED if ch.islower())
# A page flattened from a profile card glues a name to the office after it ("Laura TrottShadow Secretary of State",
# "Janet DabyMinister"): such a word is never the inner capital of a surname.
GLUED_OFFICES = ("MP", "Minister", "Shadow", "Secretary", "Chair", "Leader", "Councillor", "Cllr", "Member")
GLUED_OFFICE_AT = re.compile(r"(?:" + "|".join(GLUED_OFFICES) + rf")(?![{LOWER}])")
_NOT_GLUED = rf"(?!{GLUED_OFFICE_AT.pattern})"
GLUED_OFFICE_IN_WORD = re.compile(rf"[{LOWER}]{GLUED_OFFICE_AT.pattern}")
# Two capitalised words glued by a flattened caption or page ("Council ChamberPeterborough City Council"): four
# lower-case letters, then a capital and two more (not "MacAlister", "DfE", "CoramBAAF", "JustGiving").
GLUED_CAPTION_WORDS = re.compile(rf"[{LOWER}]{{4}}[{UPPER}][{LOWER}]{{2}}")
NAME_WORD = (rf"[{UPPER}](?:(?<=O)['’][{UPPER}])?[{LOWER}]+(?:{_NOT_GLUED}[{UPPER}][{LOWER}]+)?"
             rf"(?:-[{UPPER}][{LOWER}]+(?:{_NOT_GLUED}[{UPPER}][{LOWER}]+)?)?")
# Lower-case particles inside a surname: "Rachel de Souza", "Ursula von der Leyen", "Catherine del Campo", "Rhun ap
# Iorwerth" (Welsh "son of"); capitalised when the surname opens a sentence ("De Souza added").
NAME_PARTICLES = ("de", "du", "da", "di", "del", "van", "von", "der", "den", "le", "la", "ter", "bin", "al", "ap")
NAME_PARTICLE = r"(?:" + "|".join(NAME_PARTICLES) + ")"
# A middle initial: the "J." in "Mary J. Blige".
MIDDLE_INITIAL = r"[A-Z]\.?"
# Space inside a name: never a line break ("…Ministerial Extracts\nLindsay Hoyle" is not one name).
_IN_NAME = r"[ \t]+"
# A full personal name of two to three words: "Andy Smith", "Katharine Sacks-Jones", "Mary J. Blige".
# / "Mohammed al-Hassan" (a particle joined by a hyphen).
HYPHENED_PARTICLE = r"(?:al|el)-"
FULL_NAME = (rf"{NAME_WORD}(?:{_IN_NAME}(?:{MIDDLE_INITIAL}{_IN_NAME})?(?:{NAME_PARTICLE}{_IN_NAME}){{0,2}}"
             rf"(?:{HYPHENED_PARTICLE})?{NAME_WORD}){{1,2}}")
# A name after an honorific may be one word: "Baroness Smith", "Lord Laming".
TITLED_NAME = rf"{NAME_WORD}(?:{_IN_NAME}(?:{MIDDLE_INITIAL}{_IN_NAME})?(?:{NAME_PARTICLE}{_IN_NAME}){{0,2}}{NAME_WORD}){{0,2}}"

# Honorifics that stand before a name and are not part of the canonical name: "Cllr James Jamieson",
# "Baroness Jacqui Smith", "Sir Martin Narey", "Dr Sarah Brennan", "Professor Eileen Munro"; "Coun" and "Clr" are
# how some local papers shorten Councillor ("Coun Jo Reed (Con, Northby) said", "Council leader Clr Jo Reed said"),
# and "Councilor" how some misspell it ("Councilor Jo Reed (C, Northby) said").
TITLES = ("Cllr", "Coun", "Clr", "Councillor", "Councilor", "Baroness", "Lord", "Lady", "Sir", "Dame", "Dr",
          "Professor", "Prof", "Mr", "Mrs", "Ms", "Miss", "Rt Hon", "The Rt Hon",
          # An elected mayor, as local copy names one: "Mayor John Biggs has issued a statement", "Mayor Winter".
          "Mayor",
          # A council's honorary alderman, as its minutes name one: "Hon Alderman Jo Reed", "Ald Jo Reed".
          "Alderman", "Honorary Alderman", "Hon Alderman", "Ald",
          # Clergy: "The Reverend Jo Reed", "the Rev Jo Reed", "the Rt Revd Jo Reed", "The Most Reverend Jo Reed".
          "Reverend", "Revd", "Rev", "Rt Revd", "Right Reverend", "Most Reverend", "Very Reverend",
          # Judges, as law reports and legal blogs name them: "Lord Justice Baker", "Mrs Justice Knowles", "His Honour
          # Judge Reed", "HHJ Reed QC", "District Judge Reed", "Judge Reed".
          "Lord Justice", "Lady Justice", "Mr Justice", "Mrs Justice", "Ms Justice", "His Honour Judge",
          "Her Honour Judge", "HHJ", "District Judge", "Judge")
TITLE = r"(?:" + "|".join(re.escape(t) for t in sorted(TITLES, key=len, reverse=True)) + r")\.?"
# One form of each judge's title for a person named by title and surname only: "HHJ Reed", "His Honour Judge Reed"
# and "Judge Reed" are one judge, "Judge Reed".
JUDICIAL_TITLE_FORMS = {"HHJ": "Judge", "His Honour Judge": "Judge", "Her Honour Judge": "Judge"}
# A judge in a judgment's upper-case heading: "LORD JUSTICE BAKER", "MRS JUSTICE KNOWLES", "HIS HONOUR JUDGE
# REED", "LORD JUSTICE PETER JACKSON" (a line of its own, or before "and"/a comma in the list of the court).
JUDGE_IN_CAPS = re.compile(r"(?:^|(?<=\n))[ \t]*(?P<title>LORD JUSTICE|LADY JUSTICE|MR JUSTICE|MRS JUSTICE|MS JUSTICE|"
                           r"HIS HONOUR JUDGE|HER HONOUR JUDGE|DISTRICT JUDGE)[ \t]+(?P<name>[A-Z]{2,}(?:[ \t]+[A-Z]{2,})?)"
                           r"(?=[ \t]*(?:,|:|\n|$|and\b|\(|QC\b|KC\b))")
# A judge named, as law reports and legal blogs do, by surname and the post-nominal of a High Court ("J") or Court
# of Appeal ("LJ") judge, before a comma, colon, bracket or a verb of the judgment: "as MacDonald J explained",
# "Peter Jackson LJ held". Never a letter labelling a thing or an anonymised party ("Appendix J,", "Child J said",
# "Re J, a boy of 14," the case about child J).
_LETTERED = (r"(?:Appendix|Annex|Schedule|Section|Part|Plan|Option|Table|Figure|Chart|Box|Block|Ward|Room|Level|Grade|"
             r"Category|Type|Class|Unit|Phase|Stage|Tier|Zone|Group|Team|Form|Article|Rule|Paragraph|Chapter|Clause|"
             r"Model|Route|Site|Case|Child|Mother|Father|Parent|Person|Witness|Baby|Exhibit|Patient|Respondent|"
             r"Applicant|Vitamin|Mr|Mrs|Ms|Miss|Dr|Re)")
JUDGE_POSTNOMINAL = re.compile(rf"(?<![\w’'-])(?P<name>(?:[A-Z][a-z]+[ \t]+)?(?!{_LETTERED}[ \t])"
                               r"(?:Mac|Mc|O’|O')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)[ \t]+(?P<post>LJ|J)\b\.?"
                               r"(?=[ \t]*[,:;)]|[ \t]+(?:said|says|explained|held|found|"
                               r"observed|noted|stated|concluded|ruled|decided)\b)")
# Titles that, with only a surname, are how peers, knights and judges are named: "Lord Laming", "Baroness Smith",
# "Mr Justice Cobb", "Judge Reed" (never the counsel "Jo Reed" named in full nearby).
PEERAGE_TITLES = frozenset({"Baroness", "Lord", "Lady", "Sir", "Dame", "Lord Justice", "Lady Justice", "Mr Justice",
                            "Mrs Justice", "Ms Justice", "District Judge", "Judge", "Justice"})
# Titles that say a person is a woman or a man, for pronoun resolution: "Baroness Smith … she said".
FEMALE_TITLES = frozenset({"Baroness", "Lady", "Dame", "Mrs", "Ms", "Miss", "Lady Justice", "Mrs Justice", "Ms Justice"})
MALE_TITLES = frozenset({"Lord", "Sir", "Mr", "Lord Justice", "Mr Justice"})

# "Cllr James Jamieson", "Baroness Smith", "Dr Sarah Brennan", "Baroness (Jacqui) Smith" (a peer's first name in
# brackets, the house style for peers); initials before the surname, as council minutes print them: "Councillor S
# Graham replied", "Mr A P Miller", "Councillor R L Foulkes"; a second title after the first: "Cllr Mrs L Roberts",
# "Cllr Mrs Patricia Bradwell", "The Lord Mayor Councillor Mavis Smitheman" (a name never opens with a title).
TITLED_PERSON = re.compile(rf"\b(?P<title>{TITLE})\s+(?:{TITLE}\s+)?(?:\((?P<given>{NAME_WORD})\)\s+)?"
                           rf"(?P<initials>(?:[A-Z]\.?[ \t]+){{1,4}}(?={NAME_WORD}))?(?!{TITLE}\b)(?P<name>{TITLED_NAME})\b")

# Councillors named together after one plural title, as council minutes list them: "Apologies were received from
# Councillors R Buckmaster, Deffley and Goldspink", "Cllrs Merrett and Smalley", "Councillors Jo Reed and Sam Hale",
# "Honorary Aldermen Jo Reed and Sam Hale"
# (two or more names, so that "Councillors Code of Conduct" names no one).
_LISTED_NAME = rf"(?:[A-Z]\.?[ \t]+){{0,3}}{TITLED_NAME}"
TITLED_LIST = re.compile(rf"\b(?P<plural>Councillors|Cllrs|Clrs|Couns|Aldermen)\.?[ \t]+(?P<list>{_LISTED_NAME}"
                         rf"(?:(?:,[ \t]+|,?[ \t]+(?:and|&)[ \t]+){_LISTED_NAME})+)\b")
# One name of such a list, its initials apart: "R Buckmaster", "Goldspink", "Jo Reed".
TITLED_LIST_ITEM = re.compile(rf"(?P<initials>(?:[A-Z]\.?[ \t]+){{1,3}}(?={NAME_WORD}))?(?P<name>{TITLED_NAME})\b")

# A peer's territorial designation after the title and surname, part of the name a peer is known by: "Baroness Morris
# of Yardley", "Lord Mohammed of Tinsley", "Baroness Cavendish of Little Venice" (not "the Lord Bishop of Leeds").
PEER_TITLES = frozenset({"Baroness", "Lord", "Lady"})
PEER_DESIGNATION = re.compile(rf"[ \t]+of[ \t]+(?P<place>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,2}})\b")
NOT_PEER_SURNAMES = frozenset({"Bishop", "Archbishop", "Mayor", "Chancellor", "Provost", "Lieutenant"})

# A capitalised word right after a name: "Council" after "Judge Slams" in a headline.
CAPITALISED_NEXT_WORD = re.compile(r"[ \t]+[A-Z]")

# Words that are capitalised in copy but never start or end a personal name: sentence openers ("But Smith said",
# "Even Charles Dickens might be lost for words"), days, months, nations and party names ("Labour MP"), and words of
# bodies and documents ("Local Government").
NOT_NAME_WORDS = frozenset("""
The A An And But Or If In On At Of For By To From With Without As This That These Those Its It Their There Here
He She They We You I His Her Our My Your Who What When Where Why How However Meanwhile Also Although While Despite
No Though Whilst Unless Because Once Which Whose Whether Both Either Neither Having Being Following Asked Speaking
After Before During Under Over Last Next Since Until Instead Nor Yet So Then Now Today Yesterday Tomorrow Earlier
Even Only Just Perhaps Indeed Like Unlike Including Alongside Are Is Was Were Has Have Had
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
September October November December Mr Mrs Ms Dr Sir Lord Lady Dame Baroness Cllr Cllrs Clr Clrs Coun Councillor Councillors
Aldermen
Professor Prof
England English Wales Welsh Scotland Scottish Britain British UK Ireland Irish London Northern Europe European
Labour Conservative Conservatives Tory Tories Liberal Democrat Democrats Lib Dem Green Reform Party Government
Minister Ministers Secretary State Chancellor Prime Commons Lords House Parliament Parliamentary Select Committee
Department Ministry Office Council Councils County Borough City District Metropolitan Authority Authorities Local
National Regional Royal Association Society Group Trust Trusts Union Coalition Network Foundation Foundations Institute
Commission Commissioner Ombudsman Panel Board Agency Service Services Partnership Alliance Federation Confederation
Forum Centre Center
Bureau University College School Schools Court Tribunal Economics Observatory Charity Charities Children Children's
Childrens Child Social Care Work Workers Worker Family Families Health Education Justice Home Homes Safeguarding
Practice Review Reviews Inquiry Act Bill Bills Strategy Plan Framework Programme Programmes Fund Funding Budget Report
Paper Guidance Standards Statement Policy Consultation Support Adoption Fostering Foster Kinship Youth Young People
Stable Built Love Ofsted Community Magazine Professional Independent Special Guardianship Spending Review Autumn
Spring Summer Winter Chief Executive President Director Chair Head Leader Officer Spokesperson Spokesman Spokeswoman
New Old First Second Third Early Best Start Sure Supporting Keeping Thrive Helping Safe Safer Better Future
Pathfinder Pathfinders Families First Year Years Day Week Month Data Figures Research Analysis Study Survey
Photo Photograph Picture Credit Image Note Read Related More Most Many Some Every Each All Any Other Another
Care Cares Experienced Leavers Leaver Looked After Wellbeing Protection Economic Financial Fiscal Studies
Sector Market Markets Providers Provider Homes Residential Placement Placements Unregistered Regulation Regulations
Directors Director's Services' Association's Speaker Deputy Portrait Excerpts Extracts View Speech Watch Share
Print Email Subscribe Follow Debate Hansard
North South East West Midlands St Saint
""".split()) | frozenset(
    # Descriptions a news lead puts before a member of the public's name: "Parent Kirsty Bell, whose son…",
    # "Carer Pauline Hirst, 63, …", "Campaigner Amy Lowe said".
    """Parent Parents Carer Mother Father Mum Dad Grandmother Grandfather Grandparent Grandparents Teacher Student
    Resident Residents Campaigner Pupil Headteacher Volunteer Adopter Adopters Survivor Midwife""".split()) | frozenset(
    # A job title in title case before or after a name: "Senior Associate Jo Ade", "Counsel Jo Ade" (law firms, think
    # tanks), "Jo Ade Publisher at Onrec" (a byline).
    "Senior Associate Counsel Publisher Editor Journalist Correspondent Reporter".split()) | frozenset(
    # A council's office in title case after a name or a title, and the phone label of a contact line: "Councillor
    # Champion for Fostering", "Councillor Champions", "Contact: Jo Ade Democracy Officer", "Contact: Jo Ade  Tel:".
    "Champion Champions Democracy Democratic Tel".split()) | frozenset(
    # The particle of a phrasal verb in a title-case headline: "Jo Ade MP Stands Up for Carers", "Minister Speaks Out".
    "Up Down Out Off Back".split())

# Words of NOT_NAME_WORDS that are also common surnames: after a given name, in a context that marks a person
# ("said Sarah Green", "led by Tom Day", "Theresa May said"), they end a name. Alone they stay words: a bare
# "May" is a person only next to a reporting verb or with a title.
SURNAME_WORDS = frozenset("""May June April August Green Day Young Best Early Little Law Hope Home Head Hall Street
    Church Bishop Price Long North West Winter England""".split())
# Surnames that are also the last word of a building's name ("Grace House", a children's home): they end a name only
# after a person's title ("Councillor Keith House", "Dr Ann House").
TITLED_SURNAME_WORDS = frozenset({"House"})

# Months that are also given names: before a surname, after a title or in a person's context, they open a name
# ("Professor June Thoburn", "Panel Chair: April Dinwoodie"); after a date word or a number they stay months ("in June
# Smith said", "since May", "3 June Ofsted").
MONTH_GIVEN_NAMES = frozenset({"April", "May", "June"})
DATE_WORD_BEFORE = re.compile(r"(?:\b(?i:in|on|since|from|until|till|by|of|last|next|early|late|mid|during|before|"
                              r"after|this|that|each|every)|\d)[ \t-]*$")

# A participle opening a clause before a name, never a given name: "Praising Jo Reed, the leader said", "Thanking Jo
# Reed for …" (at least three letters before "-ing", so "King" or "Ling" stay names). Shared with the speaker step
# (`attribution.ASKING_OPENER`).
PARTICIPLE = r"[A-Z][a-z]{3,}ing"
LEADING_PARTICIPLE = re.compile(PARTICIPLE)

# Honorifics and role words that head a phrase after which a name starts; used to trim a captured name that the
# greedy name pattern ran into: "Minister Janet Daby" must not be captured as a three-word name.
NAME_PREFIX_WORDS = frozenset({"Minister", "Secretary", "Chair", "President", "Director", "Chief", "Executive",
                               "Professor", "Chancellor", "Commissioner", "Inspector", "Officer", "Leader", "Head",
                               # the law officers: "Shadow Attorney General Jo Reed", "Solicitor General Jo Reed"
                               "Attorney", "Solicitor", "General",
                               # a seat on a cabinet or board: "Cabinet Member Jo Reed", "Board Member Jo Reed"
                               "Member"})

# ---------------------------------------------------------------------------------------------------------------
# Roles

# Head words of a role, longest first so "chief executive officer" wins over "chief executive":
# "NAFP chief executive Harvey Gallagher", "panel chair Annie Hudson", "children's minister Janet Daby".
ROLE_HEADS = (
    "chief executive officer", "chief executive", "chief exec", "ceo", "chief operating officer", "chief inspector",
    "chief social worker for children and families", "chief social worker for adults", "chief social worker",
    "chief social work officer", "principal social worker", "director of children's services",
    "director of children’s services", "national director", "executive director", "managing director",
    "strategic director", "policy director", "director", "vice-president", "vice president", "president",
    "co-chair", "vice-chair", "chairwoman", "chairman", "chairperson", "chair", "secretary of state",
    "general secretary", "shadow secretary", "secretary", "prime minister", "minister", "chancellor",
    "children's commissioner", "children’s commissioner", "police and crime commissioner", "pcc", "commissioner",
    "dcs", "metro mayor", "mayor", "head of policy", "head of practice",
    "head", "co-founder", "founder", "leader", "cabinet member", "executive member", "lead member", "portfolio holder",
    "policy lead", "lead",
    "national officer", "officer", "regional organiser", "national organiser", "organiser", "policy manager", "manager", "professor", "senior lecturer", "lecturer",
    "researcher", "research fellow", "fellow", "economist", "analyst", "author", "trustee", "chief", "adviser",
    "advisor",
    "spokesperson", "spokesman", "spokeswoman", "MP", "peer", "councillor",
    # Professions quoted as experts: "Lucy Dunmore, a consultant clinical psychologist", "family law barrister
    # Omar Reid", "Dr Ann Cole, a paediatrician".
    "psychologist", "psychiatrist", "paediatrician", "solicitor", "barrister", "consultant",
    # A byline as local and PA copy sets it: "Twm Owen, local democracy reporter", "Jo Reed, political correspondent",
    # "news editor Jo Reed", "Jo Reed, Publisher at Onrec".
    "reporter", "correspondent", "editor", "publisher", "journalist",
    # A firm's grades: "Jo Reed, a partner at Northby Law", "Jo Reed, HR business partner", "associate Jo Reed".
    "partner", "associate",
    # An inspectorate's staff: "Ofsted inspector Jo Reed visited the home", "Jo Reed, the lead inspector".
    "inspector",
)
# Modifiers that may stand before a role head inside the role phrase: "former children's minister",
# "shadow education secretary", "interim chief executive", "Ofsted's national director".
ROLE_MODIFIERS = (
    "former", "outgoing", "incoming", "new", "newly appointed", "interim", "acting", "deputy", "assistant",
    "joint", "shadow", "junior", "senior", "then", "the then", "fellow", "Labour", "Conservative", "Tory",
    "Liberal Democrat", "Lib Dem", "education", "children's", "children’s", "children and families",
    "safeguarding", "health", "health and social care", "home", "local government", "housing", "justice",
    "schools", "skills", "early years", "care", "social care", "adult social care", "policy", "practice",
    "research", "panel", "review", "board", "inquiry", "union", "charity", "national", "regional", "corporate",
    "strategic", "independent", "parliamentary under-secretary", "parliamentary",
    # "opposition leader Cllr Jo Reed", "the study's lead author", "a consultant clinical psychologist",
    # "child and adolescent psychiatrist" (the first words).
    "opposition", "lead", "clinical", "consultant", "educational", "child", "forensic",
    # "Jo Reed, branch secretary of Northby Unison", "executive head of safeguarding", "associate director",
    # "campaigns manager".
    "branch", "executive", "associate", "campaigns",
    # "local democracy reporter", "political correspondent", "social affairs correspondent".
    "local democracy", "political", "social affairs", "home affairs",
)
# Fields a role may be "of" or "in" without naming a body: "director of services", "professor of social work",
# "senior lecturer in social policy", "head of external affairs", "director of children's services".
ROLE_DOMAINS = (
    "children's services", "children’s services", "services", "policy", "public policy", "practice",
    "communications", "operations", "strategy", "research", "social care", "adult social care", "social work",
    "social policy", "quality", "safeguarding", "fostering", "adoption", "education", "external affairs",
    "public affairs", "campaigns", "development", "finance", "programmes", "membership", "law", "family law",
    "psychology", "sociology", "child protection", "family justice", "early years", "young people", "impact",
    "evidence", "insight", "care", "people", "innovation", "partnerships", "improvement", "young people's services",
    # "head of press", "senior press officer", "media manager".
    "press", "media",
)


def _alternation(words: tuple[str, ...]) -> str:
    """One of `words`, longest first, for use case-insensitively (inside `(?i:…)`): any run of spaces between words,
    either apostrophe. Written as a trie, "chief(?:\\s+executive(?:\\s+officer)?|…)?", so that matching reads each
    character once instead of trying every word in turn; an extension of a word is tried before the word itself,
    as in the longest-first list.
    """
    return "(?:" + trie_alternation((w.lower() for w in words), _role_token) + ")"


def _role_token(ch: str) -> str:
    return "['’]" if ch in "'’" else r"\s+" if ch == " " else re.escape(ch)


# Verbs after which (or before which) a name is a speaker: "Jess Phillips told the House of Commons",
# "…,” said Andy Smith." (kept in step with `attribution.SPEECH_VERBS`).
PERSON_VERBS = (r"(?:said|says|say|told|tells|added|adds|warned|warns|explained|wrote|writes|argued|claimed|"
                r"insisted|stressed|noted|commented|responded|replied|continued|concluded|urged|called|pledged|"
                r"promised|described|welcomed|criticised|acknowledged|admitted|announced|suggested|highlighted|"
                r"revealed|confirmed|agreed|cautioned|praised|hailed|believes|believed|thinks|thought|asked|"
                r"questioned|accepted|defended|led|chaired|has|had|was|is|will|would|who|also)")
# A qualifier after the role head that belongs to the role, not an organisation (nor the body after "at": "cabinet
# member for children at Northby Council"): "president for 2024-25",
# "national director for social care", "minister for children and families", "director of children's
# services", "director of children and young people's services", "secretary of state for education", "senior
# lecturer in social policy", "director of services"; not what "for the" opens ("education secretary for the new
# Labour government": whom she serves, not her office), nor an honorific after it, which opens the name ("cabinet
# member for schools Cllr Jo Reed"), nor a second office joined by "and" ("executive member for housing and lead
# member for children's services"), nor a reporting verb ("the council's lead for corporate parenting said …").
# Adverbs that open a second office after "and", never a remit's word: "head of Ofsted and now chair of …",
# "director for Northby and formerly president of …".
_TIME_ADVERB = "(?:now|then|later|also|currently|formerly|since|until|latterly|subsequently)"
ROLE_QUALIFIER = (r"(?:\s+for\s+(?!the\s)(?:\d{4}(?:[-–/]\d{2,4})?|[a-z][a-z’'\-]*(?:\s+(?:and\s+)?"
                  rf"(?!(?:at|in|on|of|to|from|with|and|lead|{TITLE}|{_TIME_ADVERB}|{PERSON_VERBS})\b)"
                  r"[a-z][a-z’'\-]*){0,3})"
                  rf"|\s+of\s+(?:state(?:\s+for\s+[a-z]+)?|(?:[a-z]+\s+and\s+)?{_alternation(ROLE_DOMAINS)}|"
                  rf"[a-z]+\s+and\s+(?!{_TIME_ADVERB}\b)[a-z]+)"
                  r"(?![\w’'-])"
                  rf"|\s+in\s+{_alternation(ROLE_DOMAINS)}(?![\w’'-]))?")

ROLE_HEAD = _alternation(ROLE_HEADS)
# A modifier is also a field a role serves, alone or two joined by "and": "operations director", "improvement and
# operations director", "quality and safeguarding lead".
_MODIFIER_WORD = _alternation(ROLE_MODIFIERS + ROLE_DOMAINS)
ROLE_MODIFIER = rf"{_MODIFIER_WORD}(?:\s+and\s+{_MODIFIER_WORD})?"
# Not a head the plural of a longer head goes on from: "joint chief executives of …" holds no "joint chief".
_PLURAL_HEAD_NEXT = r"(?!\s+(?:executives|directors|officers|secretaries|members|chairs|leaders|founders|managers)\b)"
# A whole role phrase: "chief executive", "national director for social care", "president for 2024-25",
# "former children's minister", "shadow education secretary".
ROLE_PHRASE = rf"(?:{ROLE_MODIFIER}\s+){{0,3}}{ROLE_HEAD}(?![\w-]){_PLURAL_HEAD_NEXT}{ROLE_QUALIFIER}"
# What a role phrase opens with, a modifier or head word ending where a word ends: a lookahead before ROLE_PHRASE
# at a word start, so that a word that opens no role ("said", "the") fails after one trie read instead of two (the
# modifiers' and then the heads'); a speed gate only, every match of ROLE_PHRASE passes it.
ROLE_OPENS = rf"(?=(?i:{_alternation(ROLE_MODIFIERS + ROLE_DOMAINS + ROLE_HEADS)})(?![\w-]))"

# Roles that name a person's office in government rather than in a body: "children's minister Janet Daby"
# (organisation: the department the text or reference data gives, else None).
GOVERNMENT_ROLE_WORDS = frozenset({"minister", "secretary", "secretary of state", "prime minister", "chancellor"})

# Roles that only make sense inside a named body and so may take the body from the previous sentence:
# "Adoption UK also criticised the funding. Chief executive officer Emily Frith said: …".
ORGANISATIONAL_ROLE_WORDS = frozenset({"chief executive officer", "chief executive", "chief exec", "ceo", "president",
                                       "chair", "chairman", "chairwoman", "chairperson", "director", "general secretary",
                                       "head of policy", "vice-president", "vice president", "co-chair", "founder",
                                       "co-founder", "trustee", "chief operating officer", "national director",
                                       "executive director", "policy director", "managing director", "cabinet member",
                                       "executive member",
                                       "lead member", "leader", "regional organiser", "organiser"})
# Of those, offices only a council has: taken from a council that opens the sentence or one before, never from
# another kind of body there ("Ofsted rated the service good. Cllr Jo Reed, cabinet member for children, said…").
COUNCIL_ROLE_WORDS = frozenset({"cabinet member", "executive member", "lead member", "portfolio holder"})

# A role held by someone the article has named, standing for them: "the minister said", "Our chief executive also
# appeared on…", "the charity's director added".
ROLE_ANAPHOR = re.compile(rf"(?<![\w-])(?i:the|our|its|their)\s+(?:[\w’']+['’]s\s+)?(?P<role>(?i:{ROLE_PHRASE}))(?![\w-])")
# Role heads that are one office under two names.
ROLE_SYNONYMS = {"ceo": "chief executive", "chief executive officer": "chief executive", "chief exec": "chief executive",
                 "pcc": "police and crime commissioner", "dcs": "director of children's services",
                 "chairman": "chair", "chairwoman": "chair", "chairperson": "chair"}

# Role words that describe a quotable office-holder without a name: "a DfE spokesperson said".
SPOKESPERSON = re.compile(r"\b(?:spokesperson|spokesman|spokeswoman|spokespeople|source)\b", re.IGNORECASE)

# ---------------------------------------------------------------------------------------------------------------
# Bodies

# Capitalised words that end (or head, with "of"/"for") the name of a body, with the kind each implies (None where
# the word says nothing of the kind): "Family Rights Group", "Hampshire County Council", "Department for Education".
BODY_HEAD_KINDS: dict[str, str | None] = {
    "Council": "council", "Councils": "sector body", "Association": "sector body", "Society": "charity",
    "Group": None, "Trust": "provider", "Union": "union", "Coalition": "sector body", "Network": "sector body",
    "Foundation": "charity", "Institute": "research body", "Commission": "public body", "Panel": "public body",
    "Board": "public body", "Agency": "public body", "Authority": "public body", "Partnership": None,
    "Alliance": "sector body", "Federation": "sector body", "Confederation": "sector body", "Forum": "sector body",
    "Centre": "research body",
    "Bureau": "charity", "University": "university", "College": "university", "Court": "court",
    "Tribunal": "court", "Economics": "research body", "Observatory": "research body", "Department": "government department",
    "Ministry": "government department", "Office": "government department", "Committee": "parliament",
    "Party": "political party", "Ltd": "company", "Limited": "company", "plc": "company", "LLP": "company",
    "Consulting": "company", "Partners": "company", "Inquiry": "public inquiry", "Charity": "charity", "Unit": None, "Service": None,
    "Consortium": "sector body", "Research": "research body", "Taskforce": "public body", "Task Force": "public body", "School": "school", "Academy": "school",
    "Inspectorate": "regulator", "Regulator": "regulator", "Directorate": "public body", "Division": None,
    # "Greater Manchester Police", "Northshire Constabulary", "CareTech Holdings"
    "Police": "public body", "Constabulary": "public body", "Holdings": "company",
    # Investors and firms: "Graphite Capital", "Bowmark Capital", "Ares Management Corp."
    "Capital": "company", "Corp": "company", "Corporation": "company",
    # "the Diocese of Northby" (a church body)
    "Diocese": None,
    # "the Local Government and Social Care Ombudsman", "the Housing Ombudsman" (an office that decides complaints)
    "Ombudsman": "public body",
    # "the Royal College of Nursing" (a professional body, not a college); "Foster Care Associates" (a company)
    "Royal College": "sector body", "Associates": "company",
}
# A word that may appear inside a body's capitalised name: "Association of Directors of Children's Services",
# "Pro Bono Economics", "Action for Children", "NSPCC", "Children & Young People Now".
BODY_WORD = r"(?:[A-Z][A-Za-z’'\-]*|[A-Z]{2,}|&)"
# Lower-case joining words allowed inside a body name: "Department for Education", "Institute for Fiscal Studies".
BODY_JOINERS = r"(?:of|for|and|on|in|the|into|&)"
# Every body head as one alternation, longest first, so a head that extends another is tried before it.
_BODY_HEAD = "|".join(re.escape(h) for h in sorted(BODY_HEAD_KINDS, key=len, reverse=True))
# "Local Government Association", "Family Rights Group", "Hampshire County Council", "Pro Bono Economics".
# Inside a name that ends in its head, "the" follows a joiner ("Friends of the Earth Trust", "Children and the Law
# Centre"), never a name word alone: "the Care Leavers Covenant the University has…" is a covenant, then a subject.
_HEAD_LAST_LINK = r"(?:(?:of|for|and|on|in|into|&)[ \t]+(?:the[ \t]+)?)?"
BODY_HEAD_LAST = re.compile(
    rf"\b(?P<name>(?:{BODY_WORD}[ \t]+{_HEAD_LAST_LINK}){{1,6}}"
    rf"(?P<head>{_BODY_HEAD}))\b"
    rf"(?P<tail>[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?(?:{BODY_WORD})(?:[ \t]+(?:{BODY_JOINERS}[ \t]+)?{BODY_WORD}){{0,5}})?")
# A body word with a possessive inside a capitalised run ends one body's name and opens another's: "Northby
# Council’s Children and Families Overview and Scrutiny Committee" is the council and its committee.
POSSESSIVE_HEAD = re.compile(rf"\b(?:{_BODY_HEAD})(?=['’]s[ \t]+[A-Z])")
# "Department for Education", "Association of Directors of Children's Services", "University of Bedfordshire",
# "Council for Disabled Children", "Institute for Fiscal Studies".
# "on" after a commission's, committee's, panel's, taskforce's or inquiry's head opens its remit too: "the Commission on
# Young Lives", "the Parliamentary Taskforce on Kinship Care" (never a day or month: "the Panel on Monday").
_ON_REMIT = (r"(?<=sion|ttee|anel|orce|uiry)[ \t]+on(?![ \t]+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
             r"Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)")
BODY_HEAD_FIRST = re.compile(
    rf"\b(?P<name>(?P<head>{_BODY_HEAD})"
    rf"(?:[ \t]+(?:of|for)|{_ON_REMIT})[ \t]+(?:the[ \t]+)?{BODY_WORD}"
    rf"(?:[ \t]+(?:{BODY_JOINERS}[ \t]+)*{BODY_WORD}){{0,6}})")

# The remits a council committee or panel lists before the "… and …" its name runs on with: "Communities, " of "the
# Communities, Parks and Leisure Policy Committee", "Children, Adults, " of "Children, Adults, Health and Wellbeing
# Policy Development and Scrutiny Panel" (one or two plain capitalised words an item; matched up to the name).
REMIT_LIST_BEFORE = re.compile(r"(?<![\w’'-])(?:[A-Z][a-z-]+(?:[ \t]+[A-Z][a-z-]+)?,[ \t]+)+\Z")
# How far before a committee's name REMIT_LIST_BEFORE looks (characters).
REMIT_LIST_REACH = 80
# Heads of bodies named by the remits they scrutinise or decide on.
REMIT_HEADS = frozenset({"Committee", "Panel", "Board", "Sub-Committee", "Subcommittee"})
# The kind of a body named by such a list, a council's or agency's committee, never Parliament's ("Committee" alone
# defaults to parliament): "the Housing, Roads and Waste Scrutiny Committee".
REMIT_LIST_KIND = "public body"

# A body's board or committee named after its possessive, and one more joined by "and the": "the LGA's children and
# young people board", "the LGA’s Children and Young People Board", "Northby Council’s health and wellbeing board and
# the family services overview and scrutiny committee", "the council’s Children, Families and Schools committee" (a
# word saying which or when is no part of the name: "its new board"; nor is another body's possessive: "… committee
# and the Westby Association’s youth board").
SUB_BODY_HEADS = ("sub-committee", "committee", "board", "panel", "forum")
"""What heads a body's own board or committee, lower case."""
_SUB_BODY = (r"(?P<{0}>(?:(?!(?:new|own|former|first|main|previous|current|latest|recent|next|last|and|the)[ \t])"
             r"(?![A-Z][\w-]*[’']s\b)[a-zA-Z][a-z’'-]*,?[ \t]+(?:and[ \t]+)?){{1,7}}?"
             r"(?i:" + "|".join(SUB_BODY_HEADS) + r"))\b")
SUB_BODY_AFTER_POSSESSIVE = re.compile(r"['’]s[ \t]+" + _SUB_BODY.format("name")
                                       + r"(?:[ \t]+and[ \t]+the[ \t]+" + _SUB_BODY.format("second") + ")?")
# The same after a council named by its kind alone: "before the council’s children’s scrutiny committee", "a report
# to the authority’s children’s services overview and scrutiny committee" (the council is the one the article named
# last before).
COUNCIL_SUB_BODY = re.compile(r"\b[Tt]he[ \t]+(?:county[ \t]+|city[ \t]+|borough[ \t]+|district[ \t]+)?"
                              r"(?:council|authority)(?=['’]s[ \t])")

# Words that open a body's name and never a person's: "the National Deprivation of Liberty Court" is one court, not
# a "National Deprivation" of it.
BODY_OPENING_WORDS = frozenset({"National", "Regional", "Royal", "Local", "Independent", "British", "English",
                                "Welsh", "Scottish", "Northern", "Central", "Joint", "United", "International"})
# A person's name that a body's name-shaped run swept up with "of"/"at": "Jo Ade of the Northby Providers
# Association" names Jo Ade and the association, not a body called "Jo Ade of …".
PERSON_OF_BODY = re.compile(rf"(?P<person>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,2}})[ \t]+(?:of|at)[ \t]+"
                            rf"(?:the[ \t]+)?")

# An office in title case whose first word is a body word, after the body word of a name-shaped run: "Jo Ade
# Board Chair", "Cllr Jo Ade and Group Spokesperson" (the run is a person and an office, not a body).
OFFICE_AFTER_HEAD = re.compile(rf"[ \t]+(?=[A-Z])(?i:{ROLE_HEAD})(?![\w-])")

# An office in title case ending a body's name-shaped run with its holder's name: "Police and Crime Commissioner Jo
# Ade" (the run is an office and a person, not a body; group `person` holds the name).
OFFICE_THEN_HOLDER = re.compile(rf"(?<![\w-])(?=[A-Z])(?i:{ROLE_HEAD})[ \t]+"
                                rf"(?P<person>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,2}})$")

# An office a body's name-shaped run swept up before "of"/"at" in title case: "Chair of the Northby Safeguarding
# Partnership" names the partnership, "Head of Policy at the Family Rights Group" the group.
OFFICE_OF_BODY = re.compile(rf"(?i:(?:{ROLE_MODIFIER}[ \t]+){{0,3}}{ROLE_HEAD})(?![\w-])"
                            rf"(?:[ \t]+(?:of|for)[ \t]+[A-Z][\w’'-]*)?[ \t]+(?:of|at)[ \t]+(?:the[ \t]+)?")

# The office "Secretary of State for …", whose run after "Secretary of" reads like a department's name ("the Secretary
# of State for the Home Department" is a minister, not a body "State for the Home Department").
SECRETARY_OF_STATE = re.compile(r"Secretary[ \t]+of[ \t]+State[ \t]+(?i:for)\b")
# A capitalised run that is an office, whole, with what it is for: "Cabinet Member for Children's Services" (after
# "Northby Council" in "said Northby Council Cabinet Member for Children's Services, Councillor Jo Reed"), "Lead
# Member for Education"; not a body that opens with a role word ("Head Start": no "for"/"of" after the head).
OFFICE_NAME = re.compile(rf"(?i:(?:{ROLE_MODIFIER}[ \t]+){{0,3}}{ROLE_HEAD})(?:[ \t]+(?:for|of)[ \t]+.*)?$")
# An office in title case and the name of its holder, after a body's kind word: "Chief Executive Jo Reed" in
# "Northby Council Chief Executive Jo Reed said" is the council's chief executive, not a body.
OFFICE_THEN_NAME = re.compile(rf"(?i:(?:{ROLE_MODIFIER}[ \t]+){{0,3}}{ROLE_HEAD})[ \t]+(?P<person>[A-Z].*)$")
# Words that make a council's name the name of one of its meetings: "at Full Council next week", "an Extraordinary
# Council meeting", "the Annual Council".
MEETING_WORDS = frozenset({"Full", "Extraordinary", "Annual", "Special", "Ordinary"})
WEEKDAYS = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"})
# A capitalised run that opens with a date's month or day names a time, not a body, even after a kind word: "Refugee
# Council November 23, 2021" (a page's name, then its date) cues no body "November 23".
DATE_OPENING = re.compile(rf"(?:{MONTH}|{'|'.join(sorted(WEEKDAYS))})\b")
# Words that name a field of a job and never a body alone: a run made only of them and joiners is the field of a job
# title ("Policy and Research Advisor", "Public Affairs Manager", "Senior Research and Impact Manager"), not a body,
# whatever head word it ends in.
FIELD_WORDS = frozenset("""Policy Research Practice Communications Operations Strategy Quality Development Finance
    Programmes Membership Campaigns Public External Affairs Insight Evidence Impact Innovation Partnerships
    Senior Principal Lead""".split())
# Words that, with nothing else, make a kind of body and no body's name: "As a Local Authority that is recognised…",
# "the Regional Adoption Agency, Adoption@Heart", "Local Authority Children's Trusts", "brought by A County Council",
# "the current County Council".
GENERIC_BODY_WORDS = frozenset("""Local Regional Adoption Fostering Authority Authorities Agency Agencies County City
    Borough District Metropolitan Unitary Town Parish Council Councils""".split())

# Councils named "Borough of …": "the London Borough of Ealing", "the Royal Borough of Kingston upon Thames",
# "Metropolitan Borough of Wirral".
BOROUGH_OF = re.compile(r"(?<![\w’'-])(?P<name>(?:(?:London|Royal|Metropolitan|County)[ \t]+)?Borough[ \t]+of[ \t]+"
                        r"[A-Z][\w’'-]+(?:[ \t]+(?:upon[ \t]+|on[ \t]+|and[ \t]+)?[A-Z][\w’'-]+){0,3})")
# A body named right before an office and its holder: "Shared Lives Plus chief executive Ewan King", "Kin Matters
# founder Jo Reed" (the office in lower case, as a descriptive title).
# A lower-case word of the office may stand first: "Carers UK policy director Emily Holt", "Northby Trust head of
# policy Jo Reed"; the body may be possessive and the holder after a comma: "Kids Count’s chief executive, Jo Reed".
_OFFICE = (r"(?:(?:policy|national|regional|interim|deputy|acting|assistant|strategic|research|campaigns|"
           r"communications|operations|practice)[ \t]+)?"
           r"(?:chief[ \t]+executive(?:[ \t]+officer)?|founder|co-founder|chair|chairman|chairwoman|president|"
           r"(?:managing[ \t]+|executive[ \t]+)?director|general[ \t]+secretary|head[ \t]+of[ \t]+[a-z]+)")
_BODY_RUN = rf"{BODY_WORD}(?:[ \t]+(?:{BODY_JOINERS}[ \t]+)?{BODY_WORD}){{0,5}}"
BODY_BEFORE_OFFICE = re.compile(
    rf"(?<![\w’'-])(?P<name>{_BODY_RUN})(?:['’]s)?[ \t]+{_OFFICE},?[ \t]+{FULL_NAME}")
# The same after the holder's name, as an apposition: "Jo Reed, Kids Count’s chief executive,", "Jo Reed, the Kids
# Count chief executive,".
OFFICE_AFTER_NAME = re.compile(
    rf"{FULL_NAME},[ \t]+(?:the[ \t]+)?(?P<name>{_BODY_RUN})(?:['’]s)?[ \t]+{_OFFICE}(?=[,.;)])")
# A body a person founded, runs or works for, in a relative clause: "Sam Hale, who founded Care Ahead", "Jo Reed,
# who works at Care Ahead".
NAME_WHO_RUNS_BODY = re.compile(
    rf"{FULL_NAME},[ \t]+who[ \t]+(?:also[ \t]+|now[ \t]+)?(?:founded|co-founded|set[ \t]+up|runs|ran|leads|led|"
    rf"heads|headed|chairs|chaired|works[ \t]+(?:at|for)|worked[ \t]+(?:at|for))[ \t]+(?:the[ \t]+)?"
    rf"(?P<name>{_BODY_RUN})")

# A council's name by its place and its form, when reference data may know it by another form of the same place:
# "Rotherham Borough Council" (curated as Rotherham Metropolitan Borough Council), "Bradford City Council".
COUNCIL_FORM = re.compile(r"(?P<place>[A-Z][\w’'-]*(?:[ \t]+(?:upon[ \t]+|on[ \t]+|and[ \t]+)?[A-Z][\w’'-]*){0,3}?)"
                          r"[ \t]+(?:Metropolitan[ \t]+Borough|Metropolitan[ \t]+District|Borough|City|County|District)"
                          r"[ \t]+Council")
# A one-word name of a shape no common word or place has: a capital inside the word after two or more lower-case
# letters ("YouGov", "BuzzFeed") or a number run into a capitalised word ("4Children"); not a surname's own shape
# ("MacAlister", "McVey", "DeSouza"), which `BRAND_NAME_NOT` keeps out.
BRAND_NAME = re.compile(r"(?<![\w’'/#@.-])(?P<name>\d+[A-Z][a-z]+|[A-Z][a-z]{2,}[A-Z][A-Za-z]*)(?![\w’'/@-])")
BRAND_NAME_NOT = re.compile(r"(?:Mac|Mc|Fitz|De|Di|Du|La|Le|Van|Von)[A-Z]")
# Where a one-word name stands as a body does: after "of", "by", "from", "at", "with" ("Sue Hale of 4Children", "a
# study by BuzzFeed"), or before what a body publishes or says ("a YouGov survey", "YouGov found").
BRAND_BEFORE = re.compile(r"(?:\b(?:of|by|from|at|with)[ \t]+(?:the[ \t]+)?)$")
BRAND_AFTER = re.compile(r"[ \t]+(?:survey|surveys|poll|polls|polling|study|research|report|analysis|investigation|"
                         r"data|figures|said|says|found|finds|told|warned|welcomed)\b")

# A character of a word: what may not stand right before a name's opening capital.
_WORD_CHAR = r"[\w’'-]"
# A name that a relative "which" follows with what a body does or says (a person takes "who"): "part of Aspris, which
# said …", "Inspire, which runs the county's libraries" (group `name`).
WHICH_BODY = re.compile("(?P<name>" + not_after(_WORD_CHAR, r"[A-Z][\w’'&-]*(?:[ \t]+(?:(?:of|for|and|&)[ \t]+)?"
                        r"[A-Z][\w’'&-]*){0,4}") + r"),[ \t]+which[ \t]+(?:said|says|told|added|declined|insisted|"
                        r"stated|confirmed|denied|claimed|argued|warned|runs|owns|operates|represents|employs|manages|"
                        r"campaigns|provides|is[ \t]+(?:run|owned|based|funded))\b")
# An acronym of three or more capitals standing for a body by what only a body has: "who were UKIP members", "The
# CLiCC representative asked", "an NFCA spokesperson said"; not a post's acronym ("a DCS representative").
ACRONYM_MEMBERS = re.compile(rf"(?P<name>{not_after(_WORD_CHAR, '[A-Z][A-Za-z&]*[A-Z]')})(?:['’]s)?[ \t]+"
                             r"(?:members?|representatives?|spokesperson|spokesman|spokeswoman|spokespeople)\b")
POST_ACRONYMS = frozenset({"DCS", "CEO", "SENCO", "SENDCO", "DSL", "IRO", "LADO", "AMHP", "HMCI", "NQSW"})
# An acronym of capitals opening a sentence (or after "the") as the subject of what only a body does: "NYAS urge
# the care review team", "NCVO is predicting better results", "The NHS has warned", "YMCA found that spending
# fell"; not a condition or a stage of schooling ("SEND is", "COVID has hit": no such verb follows).
ACRONYM_ACTS = re.compile(
    r"(?:^|(?<=[.!?:][ \t])|(?<=[.!?:]”[ \t])|(?<=\b[Tt]he[ \t]))(?P<name>[A-Z]{3,6})(?=,?[ \t]+"
    r"(?:(?:has|have|had|also|previously|today|now)[ \t]+){0,2}(?:(?:is|are)[ \t]+(?:calling|urging|warning|"
    r"predicting|campaigning|launching)|said|says|warned|warns|found|finds|reported|reports|surveyed|estimates|"
    r"estimated|called|calls|urged|urges|urge|welcomed|welcomes|argued|argues|claimed|claims|told|stated|states|"
    r"revealed|reveals|published|publishes|launched|launches|appointed|responded|responds|encourage|encourages)\b)",
    re.MULTILINE)

# Places named together as councils: "Dorset, Lincolnshire and Wolverhampton Councils", "the
# London Boroughs of Ealing, Camden and Wandsworth", "The 20 other local authorities include Kent, Medway, Brighton
# and Hove, …".
# Group `places` is the list; each place is looked up as "<place> Council" in reference data (councils.ttl).
_PLACE_RUN = r"[A-Z][\w’'-]*(?:(?:,?[ \t]+(?:and|upon|on|of|with|&)[ \t]+|,[ \t]+|[ \t]+)[A-Z][\w’'-]*)*"
PLACES_THEN_COUNCILS = re.compile(rf"(?P<places>{not_after(_WORD_CHAR, _PLACE_RUN)})[ \t]+[Cc]ouncils\b")
# "Devon, Somerset and Torbay authorities": only a list; one place before "authorities" is where they are ("other
# Leicestershire local authorities" are its districts).
PLACES_THEN_AUTHORITIES = re.compile(rf"(?P<places>{not_after(_WORD_CHAR, _PLACE_RUN)})[ \t]+(?:local[ \t]+)?"
                                     r"authorities\b")
# Places listed right after a council's name (and its acronym), the list closed by "and": "partners including Devon
# County Council (DCC), North Somerset, Dorset and South Gloucestershire" (group `places`; a place is a council only
# where reference data knows one).
_LISTED_PLACE = r"[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,2}"
COUNCIL_THEN_PLACES = re.compile(rf"\bCouncil(?:[ \t]+\([A-Z]{{2,8}}\))?,[ \t]+(?P<places>{_LISTED_PLACE}"
                                 rf"(?:,[ \t]+{_LISTED_PLACE})*,?[ \t]+and[ \t]+{_LISTED_PLACE})(?![ \t]+[A-Z])")
# A councillor's title naming the council: "Lincolnshire County Councillor Rob Foulkes" (group `place`: the council's
# name without its last word).
COUNCILLOR_OF = re.compile("(?P<place>" + not_after(_WORD_CHAR, r"[A-Z][\w’'-]*(?:[ \t]+(?:(?:and|upon|on|with)[ \t]+)?"
                           r"[A-Z][\w’'-]*){0,2}[ \t]+(?:County|City|Borough|District)") + r")[ \t]+Councillor\b")
# A list of three or more capitalised items with commas: "Ealing, Camden, Wandsworth, Sandwell, Walsall and Dudley";
# its places are councils when the article has already named one of them as a council.
PLACE_LIST = re.compile("(?P<places>" + not_after(_WORD_CHAR, r"[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)?(?:,[ \t]+[A-Z][\w’'-]*"
                        r"(?:[ \t]+[A-Z][\w’'-]*)?){1,}(?:,?[ \t]+and[ \t]+[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)?)") + ")")
BOROUGHS_OF = re.compile(rf"(?<![\w’'-])(?:London|Royal)[ \t]+[Bb]oroughs[ \t]+of[ \t]+(?P<places>{_PLACE_RUN})")
COUNCILS_LISTED = re.compile(r"(?i:\b(?:local[ \t]+authorities|councils|boroughs))[ \t]+(?:[a-z]+[ \t]+){0,2}?"
                             r"(?:include|includes|included|including|such[ \t]+as|are:?|were:?|:)[ \t]+(?=[A-Z])|"
                             r"\b(?:[Cc]abinet[ \t]+members|[Cc]ouncil[ \t]+leaders|[Cc]ouncillors)[ \t]+from[ \t]+(?=[A-Z])")
# A list of councils set out as bullets under a line that says what they are: "The seven local authorities are:" /
# "• Derby (East Midlands) • Halton (North West)" (the reader joins a list's items into one paragraph).
COUNCILS_BULLETED = re.compile(r"(?i:\b(?:local[ \t]+authorities|councils|boroughs|areas))\b[^\n.:]*:[ \t]*\n\s*"
                               r"(?P<items>[•▪◦‣][^\n]*(?:\n[ \t]*[•▪◦‣][^\n]*)*)")
# A bullet mark, which every such list holds: the list is not looked for in a body without one.
COUNCIL_BULLET_MARK = re.compile(r"[•▪◦‣]")
# One bullet's item, up to a bracket or the next bullet: "Derby" of "• Derby (East Midlands)".
BULLET_ITEM = re.compile(r"(?<=[•▪◦‣])[^•▪◦‣()\n]+")
# Where a list of councils ends: a full stop, a line, a spaced dash, or a lower-case word that is not a joiner of
# place names.
COUNCIL_LIST_END = re.compile(r"[.;:“”\"\n]|\s[-–—]\s|\s(?!(?:and|upon|on|of|with|for|&)\s)[a-z][\w’'-]*")
# Items of such a list: split at commas and brackets ("Achieving for Children (Richmond, Kingston)").
COUNCIL_LIST_ITEM = re.compile(r"[^,()]+")
# "and" inside a list item, which may join two places or belong to one ("Windsor and Maidenhead").
AND_IN_ITEM = re.compile(r"\s+(?:and|&)\s+")
# A list item that is a body's own name, not a place: a lower-case word places do not hold ("Achieving for
# Children", "Brighter Futures for Children").
NOT_PLACE_WORD = re.compile(r"\s(?:for|in)\s")

# All-party parliamentary groups, named in full or by acronym: "the All-Party Parliamentary Group on Kinship Care",
# "the APPG for Looked After Children and Care Leavers" (the subject runs over capitalised words and joiners).
APPG = re.compile(r"(?P<name>(?P<head>All[- ]Party[ \t]+Parliamentary[ \t]+Group|APPG)[ \t]+(?:on|for)[ \t]+(?:the[ \t]+)?"
                  r"[A-Z][\w’'-]*(?:[ \t]+(?:(?:and|of|for|in|on|&)[ \t]+)?[A-Z][\w’'-]*)*)")
# Crown bodies named with "His/Her Majesty's": "His Majesty’s Inspectorate of Constabulary and Fire & Rescue
# Services", "HM Courts and Tribunals Service"; a second one joined by "and His Majesty’s …" is its own.
CROWN_BODY = re.compile(rf"(?P<name>(?:(?:His|Her)[ \t]+Majesty[’']s|HM)(?:[ \t]+(?:(?:of|for|and|&)[ \t]+)?(?!His\b|Her\b|HM\b){BODY_WORD})+)")
# One or two capitalised words right before a curated court's name, naming a local court of that kind: "the Central
# Family Court", "at Leeds Family Court", "East London Family Court", a judgment's "ON APPEAL FROM THE CENTRAL FAMILY
# COURT".
# A place after a curated court's name and "at", as courts are officially named: "the Family Court at Bristol",
# "IN THE FAMILY COURT AT WEST LONDON", "the County Court at Central London".
PLACE_AFTER_COURT = re.compile(r"[ \t]+(?:at|AT)[ \t]+(?P<place>(?:[A-Z][a-z]+|[A-Z]{2,})(?:[ \t]+(?!(?:IN|THE|OF|AND|ON|AT|FOR|TO)\b)"
                               r"(?:[A-Z][a-z]+|[A-Z]{2,})){0,2})(?![\w’'-])")
PLACE_BEFORE_COURT = re.compile(r"(?<![\w’'-])(?P<place>(?:[A-Z][a-z]+|[A-Z]{2,})(?:[ \t]+(?:[A-Z][a-z]+|[A-Z]{2,}))?)"
                                r"[ \t]+\Z")
# A nation after a curated body's name, naming its counterpart there: "Children's Commissioner for Wales".
NATION_COUNTERPART = re.compile(r"[ \t]+for[ \t]+(?:Wales|Scotland|Northern[ \t]+Ireland)\b")
# Words that make a Crown name an office a person holds, not a body: "His Majesty’s Chief Inspector", "HM Coroner".
CROWN_OFFICE_WORDS = frozenset({"Chief", "Inspector", "Coroner", "Commissioner"})
# A photo credit's agency: "Photograph: Dominic Lipinski/PA", "Picture Adobe Stock", "Photo: Getty Images", a
# caption's "… after years of neglect Credit: Jo Reed/PA", a broadcaster's "Image source, Getty Images" (its line
# joined to the "Image caption" after it).
PHOTO_AGENCY = re.compile(r"\b(?:Photograph|Photo|Picture|Image|Credit)(?:[ \t]+(?:credit|source|by))?[:,]?[ \t]+"
                          r"(?:[A-Z][\w’'-]*[ \t]+){0,3}?"
                          r"(?:[A-Z][\w’'-]+/)?(?P<name>(?:[A-Z][\w&.’'-]*)(?:[ \t]+[A-Z][\w&.’'-]*){0,2})"
                          r"(?=[ \t]*$|[ \t]+Image[ \t]+caption\b|\))", re.MULTILINE)
# A news agency's dateline opening wire copy: "(Bloomberg) -- Jade Barnett was 15…", "NEW YORK, Feb 17 (Reuters) –
# Private equity firms…": the agency in brackets before a dash, after an upper-case place and date if any.
WIRE_DATELINE = re.compile(r"^[ \t]*(?:[A-Z][A-Z .'’-]*(?:,[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2})?[ \t]+)?"
                           r"\((?P<name>[A-Z][\w&.’'-]*(?:[ \t]+[A-Z][\w&.’'-]*){0,2})\)[ \t]+(?:--?|–|—)[ \t]",
                           re.MULTILINE)

# Words of page furniture — credits, menus, sharing buttons — that a capitalised run joined from two lines may carry
# into a body's name: "Picture Adobe Stock Agency social workers…" (a caption run into the next line), "Read Full
# Debate Department: …" (a menu). A name holding one is not a body's name.
FURNITURE_WORDS = frozenset("""Picture Photo Photograph Image Credit Copyright Read Watch Share View Print Email
    Subscribe Follow Download Login Menu Cookie Cookies PDF KB MB""".split())
# Bodies of the health service named by "NHS" and one word: "NHS England", "NHS Providers", "NHS Digital"; not a
# longer title ("NHS Long Term Plan") nor a thing of the service ("NHS number", "NHS Number", "NHS App").
NHS_BODY = re.compile(r"(?<![\w-])(?P<name>NHS[ \t]+(?!(?:Number|App|Plan|Constitution|Pension|Workforce|Funding|"
                      r"Budget|Services|Staff|Data|Choices)\b)[A-Z][a-z]+)(?![\w’'-])(?![ \t]+[A-Z])")
# Lower-case descriptions of a body's kind that stand before its name, with the kind they give:
# "children in care charity Become", "the union Unison", "research firm Pro Bono Economics",
# "provider representative body the Children's Homes Association", "think tank Demos".
KIND_CUES: dict[str, str] = {
    "charity": "charity", "charities": "charity", "union": "union", "trade union": "union",
    "think tank": "think tank", "thinktank": "think tank", "consultancy": "company", "research firm": "company",
    "firm": "company", "company": "company", "provider": "provider", "regulator": "regulator",
    "watchdog": "regulator", "campaign group": "charity", "pressure group": "charity",
    "representative body": "sector body", "membership body": "sector body", "professional body": "sector body",
    "umbrella body": "sector body", "trade body": "sector body", "body": None, "organisation": None,
    "council": "council", "local authority": "council", "authority": "council", "trust": "provider",
    "department": "government department", "research centre": "research body", "university": "university",
    "agency": "company", "social enterprise": "charity", "not-for-profit": "charity",
    # a firm named by its trade, in the plural: "a report by auditors Grant Thornton", "accountants Mazars found"
    "auditors": "company", "accountants": "company",
}
KIND_CUE = _alternation(tuple(KIND_CUES))
# A body name after a kind cue: "Become", "Unison", "Pro Bono Economics", "the Children's Homes Association".
CUED_BODY_NAME = (rf"(?:the\s+)?(?P<name>[A-Z][A-Za-z0-9’'\-]*(?:\s+(?:{BODY_JOINERS}\s+)?(?:[A-Z][A-Za-z0-9’'\-]*|"
                  rf"[A-Z]{{2,}}|\d+)){{0,5}})")
# A body the writer speaks for, opening a sentence: "At Home for Good and Safe Families, we welcome…", "Here at
# Kestrel Fostering we know…" (group `names`: one name, or two joined by "and"; each a run of capitalised words that
# may hold "for"/"of"/"on"/"in"/"the", never "and").
_WE_AT_NAME = r"(?:the\s+)?[A-Z][A-Za-z0-9’'\-]*(?:\s+(?:(?:of|for|on|in|the)\s+)?[A-Z][A-Za-z0-9’'\-]*){0,5}"
WE_AT_BODY = re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=[“\"‘]))(?:Here\s+)?[Aa]t\s+(?P<names>{_WE_AT_NAME}"
                        rf"(?:\s+(?:and|&)\s+{_WE_AT_NAME})?),?\s+(?:we|our)\b")
WE_AT_SPLIT = re.compile(r"\s+(?:and|&)\s+")
# "children in care charity Become", "the union Unison", "research firm Pro Bono Economics".
KIND_CUED_BODY = re.compile(rf"(?<![\w-])(?P<cue>(?i:{KIND_CUE}))\s+{CUED_BODY_NAME}")

# "the Association of Directors of Children's Services (ADCS)", "Child Protection Authority (CPA)": an acronym
# defined in text. The name part is matched backwards from the bracket by `coreference.acronym_definitions`.
ACRONYM_IN_BRACKETS = re.compile(r"\((?P<acronym>[A-Z][A-Za-z&]*[A-Z]s?)\)")

# Definite descriptions that refer back to the last body of a fitting kind, used only to resolve a speaker:
# "The association said in a statement: …", "the charity said", "the department added".
BODY_ANAPHORS: dict[str, tuple[str | None, ...]] = {
    "association": ("sector body",), "charity": ("charity",), "union": ("union",), "council": ("council",),
    "authority": ("council", "public body"), "department": ("government department",),
    "regulator": ("regulator",), "watchdog": ("regulator",), "inspectorate": ("regulator",),
    "coalition": ("sector body",), "network": ("sector body",), "panel": ("public body",),
    "organisation": (None,), "body": (None,), "group": (None,), "trust": ("provider",),
    "committee": ("parliament",), "inquiry": ("public inquiry",), "think tank": ("think tank",),
    "firm": ("company",), "company": ("company",), "foundation": ("charity",), "institute": ("research body",),
    # "a professor of social work at the university", "the consultancy said".
    "university": ("university",), "consultancy": ("company",),
}
# The kinds a body's own name may give a charity when no body of the described kind comes before: "The Harbour
# Trust (a provider by its name) … the charity said", "the Brightpath Network … the charity said" (a body whose name
# gives no kind counts too; never a council, department or regulator).
BODY_ANAPHOR_FALLBACK_KINDS: dict[str, tuple[str, ...]] = {"charity": ("sector body", "provider", "research body")}

# ---------------------------------------------------------------------------------------------------------------
# Triggers that make a capitalised word sequence a person

# "Jess Phillips told MPs", "Smith urged ministers".
NAME_BEFORE_VERB = re.compile(rf"(?P<name>{FULL_NAME})\s+(?:has\s+|had\s+|also\s+|then\s+)?(?P<verb>{PERSON_VERBS})\b")
# Verbs of NAME_BEFORE_VERB that any subject takes ("Advanced Childcare is being sold", "Abu Dhabi has a fund"): they
# make a name of a sequence that opens with a common given name, or whose last word speaks elsewhere, only.
WEAK_PERSON_VERBS = frozenset({"has", "had", "was", "is", "will", "would", "who", "also", "led", "chaired"})
# A name set off by commas right before its verb, after the role it holds: "Chair of the board, Ann Tate, said".
NAME_IN_COMMAS_BEFORE_VERB = re.compile(rf",[ \t]+(?P<name>{FULL_NAME}),[ \t]+(?:has[ \t]+|also[ \t]+)?(?:said|says|added|adds|"
                                        rf"told|tells|warned|warns|explained|wrote|writes|argued|argues)\b")
# A byline: "By Mariah Kell | 12 September 2025", "Written by Jo Reed", a line of its own or before a bar or date.
BYLINE = re.compile(rf"(?:^|(?<=\n))[ \t]*(?:By|Written[ \t]+by|Words[ \t]+by)[ \t]+(?P<name>{FULL_NAME})"
                    rf"(?=[ \t]*(?:[|,–—-]|\d|$))", re.MULTILINE)
# "…,” said Andy Smith." / "added Sarah Thomas".
NAME_AFTER_VERB = re.compile(rf"\b(?:said|says|added|adds|warned|explained|argued|continued|concluded)\s+"
                             rf"(?P<name>{FULL_NAME})\b")
# A name asked a question: "I asked Jo Reed why the government …", "pressed Jo Reed whether" (a question is put
# to a person; a body asked is taken before people are sought).
NAME_ASKED = re.compile(rf"\b(?:asked|asks|pressed|questioned|quizzed|challenged)\s+(?P<name>{FULL_NAME})"
                        rf"\s+(?:why|whether|if|how|what|when|where)\b")
# "Labour MP Gareth Snell", "Gareth Snell MP": an MP. A name before "MP" and a name after it is the seat: "Blyth
# Valley MP Ian Levy", "Manchester Withington MP Jeff Smith".
# A name glued to its office at the start of a line, as profile cards read when a page is flattened: "Munira
# WilsonMP", "Janet DabyMinister" (the office is the next word, with no space).
NAME_GLUED_OFFICE = re.compile(rf"(?m)^[ \t]*(?P<name>{FULL_NAME})(?={GLUED_OFFICE_AT.pattern})")
NAME_WITH_MP = re.compile(rf"(?P<name>{FULL_NAME})\s+MP\b(?!,?[ \t]+{FULL_NAME})|\bMP\s+(?P<name2>{FULL_NAME})")
# "according to Eileen Munro", "those were the words of Ama Duah", "led by Josh MacAlister", "chaired by Isabelle
# Trowler", "written by Kate Smith" (not a seat before "MP" and its member's name: "according to Stockton North MP Alex
# Cunningham").
NAME_AFTER_PREPOSITION = re.compile(rf"\b(?:according\s+to|(?:words|view|verdict)\s+of|led\s+by|chaired\s+by|written\s+by|authored\s+by|"
                                    rf"by\s+researcher|headed\s+by|run\s+by|founded\s+by|appointed)\s+"
                                    rf"(?P<name>{FULL_NAME})\b(?![ \t]+MP[ \t]+[A-Z])")
# "started by Jo Reed", "hosted by Jo Reed MP", "Pictured: Jo Reed": a name ending its capitalised run (not the
# office before a name: "hosted by Shadow Attorney General Jo Reed").
NAME_AFTER_STARTED_BY = re.compile(rf"\b(?:(?:started|set\s+up|co-founded|launched|hosted|presented)\s+by|"
                                   rf"[Pp]ictured:?)\s+(?P<name>{FULL_NAME})\b(?![ \t]+(?!MP\b)[A-Z])")
# "the review's chair Josh MacAlister", "Foundations’ chief executive, Jo Casebourne", "its chief executive, Jo X"
# (the name on the role's line or the next, never past a blank line: a byline's "Local Democracy Reporter" is
# followed by a caption, "Hendon Town Hall").
ROLE_THEN_NAME = re.compile(rf"(?<![\w-]){ROLE_OPENS}(?P<role>(?i:{ROLE_PHRASE})),?(?=\s)[ \t]*\n?[ \t]*"
                            rf"(?P<name>{FULL_NAME})\b")
# The same with the role's body between role and name, the name set off in commas: "the chief executive of Northby
# Council, Jo Ade, said", "the director of children's services at Barnardo's, Sam Lee, said" (the body a capitalised
# run up to the comma).
ROLE_OF_BODY_THEN_NAME = re.compile(rf"(?<![\w-]){ROLE_OPENS}(?P<role>(?i:{ROLE_PHRASE}))[ \t]+(?:of|at)[ \t]+"
                                    rf"(?:the[ \t]+)?[A-Z][\w’'&-]*(?:[ \t]+(?:of|for|and|&|[A-Z][\w’'&-]*)){{0,6}},"
                                    rf"[ \t]+(?P<name>{FULL_NAME}),")
# A constituency right after its member's office, no person: "as the MP for Mid Sussex explained" (matched up to the
# name's start).
CONSTITUENCY_BEFORE = re.compile(r"\b(?:MP|MPs|MSP|MS|Member(?:[ \t]+of[ \t]+Parliament)?|candidate)[ \t]+for[ \t]+\Z")
# A capitalised word and a title's joining word right before a name that only a verb marks: the name is the end of
# a longer title, no person ("The Institute for Recovery from Childhood Trauma warned", matched up to its start).
TITLE_RUNS_INTO_NAME = re.compile(r"[A-Z][\w’'-]*[ \t]+(?:of|for|from|into|on)[ \t]+\Z")
# Two people named after their office in the plural: "local MPs, Jo Ade and Sam Lee", "Labour MPs Jo Ade and Sam
# Lee", "ministers Jo Ade and Sam Lee" (each name in full; "Councillors …" lists are TITLED_LIST's).
PLURAL_ROLE_THEN_NAMES = re.compile(rf"(?<![\w-])(?P<role>MPs|[Mm]inisters|[Pp]eers|[Cc]ampaigners|[Rr]esearchers|"
                                    rf"[Cc]o-founders|[Cc]o-chairs)\s*,?\s+(?P<name>{FULL_NAME})(?:\s*,\s*|\s+and\s+)"
                                    rf"(?P<name2>{FULL_NAME})\b")
# People the copy names by a given name alone, always with who they are: a carer, a parent, a young person, a
# social worker ("Kinship carer Carmen said:", "Andy, a frontline social worker in Liverpool, said", "Jade, 19, a
# care leaver"). Only these lay roles make a lone capitalised word a person.
_LAY_HEADS = ("carer", "worker", "leaver", "mother", "father", "mum", "dad", "parent", "grandmother", "grandfather",
              "grandparent", "nan", "aunt", "uncle", "guardian", "adopter", "teenager", "student", "pupil", "volunteer",
              "resident", "nurse", "teacher")
LAY_ROLE = (rf"(?:(?:[\w-]+\s+){{0,2}}(?:{'|'.join(_LAY_HEADS)})"
            r"|young\s+person|care-experienced\s+(?:young\s+)?(?:person|adult|woman|man))")
_LAY_SPEAKS = r"(?:said|says|told|tells|added|adds|explained|explains|wrote|writes)\b"
LAY_ROLE_THEN_GIVEN_NAME = re.compile(rf"(?<![\w-])(?P<role>(?i:{LAY_ROLE})),?\s+(?P<name>{NAME_WORD})"
                                      rf"(?=,?\s+{_LAY_SPEAKS})")
# Its gate: the comma or space after a lay role's last word before a capital, then the name and verb (opening with a
# character class, which the engine skips to; the pattern's own case-insensitive opening is tried at every character).
_LAY_ROLE_END = "|".join(rf"(?<={head}[,\s])" for head in (*_LAY_HEADS, "person", "adult", "woman", "man"))
# ", a frontline social worker", ", 19, a care leaver": a lay role in apposition after a given name.
LAY_ROLE_APPOSITIVE = rf",\s+(?:\d{{1,2}},\s+)?(?:a|an)\s+(?P<role>{LAY_ROLE})\b"
GIVEN_NAME_THEN_LAY_ROLE = re.compile(rf"(?:^|(?<=[.!?”]\s)|(?<=\n)|(?<=\bsaid\s)|(?<=\bsays\s)|(?<=\badded\s))"
                                      rf"(?P<name>{NAME_WORD}){LAY_ROLE_APPOSITIVE}", re.MULTILINE)
# A given name alone with an age in commas, opening a sentence: "Lily, aged 52, tells how…", "Mark, 41, said"
# (a person only when the word is a known given name: `people.find_person_names`).
GIVEN_NAME_WITH_AGE = re.compile(rf"(?:^|(?<=[.!?”]\s)|(?<=\n))(?P<name>{NAME_WORD}),\s+(?:aged\s+)?\d{{1,2}},",
                                 re.MULTILINE)
# A name a caption marks: "Jo Reed (pictured) said", "Jo Reed (right)".
NAME_PICTURED = re.compile(rf"(?P<name>{FULL_NAME})\s+\((?:pictured|above|below|left|right|centre|center)\)")
# A name whose body follows with "of", "from" or "at" before a reporting verb: "Jo Reed of the Northby Trust said",
# "Jo Reed from Kinship told MPs" (not a department an office is of: "Director of External Affairs at Kinship, said").
NAME_OF_BODY_SPEAKS = re.compile(rf"(?<!\bof\s)(?<!\bfor\s)(?P<name>{FULL_NAME})\s+(?:of|from|at)\s+(?:the\s+)?"
                                 rf"(?:[A-Z][\w’'&-]*\s+"
                                 rf"(?:(?:of|for|and|&)\s+)?){{0,5}}[A-Z][\w’'&-]*,?\s+(?:said|says|told|tells|"
                                 rf"added|adds|warned|explained)\b")
# A name said to be someone by role: "Jo Reed is a social worker in Northby", "Jo Reed is the charity's founder".
NAME_IS_ROLE = re.compile(rf"(?P<name>{FULL_NAME})\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\w’'-]+['’]s\s+)?"
                          rf"(?:(?i:{LAY_ROLE})|(?i:{ROLE_PHRASE}))(?![\w-])")
# A full name with a lay role in apposition, wherever it stands: "Ayşe Yılmaz, a foster carer in Northby, said",
# "… met Jo Reed, 19, a care leaver" (the role says it is a person, whatever the given name).
FULL_NAME_THEN_LAY_ROLE = re.compile(rf"(?P<name>{FULL_NAME}){LAY_ROLE_APPOSITIVE}")
# A party in brackets between a name and its appositive role: "Cllr Jo Reed (Lab), the council's cabinet member".
PARTY_BRACKET = r"\s+\((?:Lab|Con|LD|Lib\s+Dem|Labour|Conservative|Green|SNP|Ind)\)"
# A body named by a lower-case description, owning the role after it: "the council's cabinet member", "the
# association's chief executive", "the charity's head of policy".
DESCRIBED_BODY = (r"(?:council|authority|association|charity|union|university|company|firm|consultancy|trust|network|"
                  r"coalition|department|regulator|panel|organisation|body|agency|alliance|federation|group|"
                  r"think\s+tank)")
# "Katharine Sacks-Jones, chief executive of children in care charity Become", "Emily Frith, chief executive
# officer", "Amanda Spielman, then Ofsted chief inspector" (before a body's name only: "then chief inspector" keeps
# "then" in the role as before), "Sam Hale (chief executive, Westmoor Carers Trust)", "Andy Smith, the ADCS president", "Jacqui Smith, a Department for Education minister", "Ola Reid
# (Lab), the council's cabinet member for children", "said Ann Lee, the association's chief executive".
# Honours and post-nominal letters after a name: "Jenny Coles OBE, former ADCS president", "Jo Reed KC".
# What ends the name of a publisher that is a member's own site ("Andrew Ade MP", "Jo Reed MSP"): a person, whose
# name the text gives is theirs, never a body's.
MEMBER_PUBLISHER_ENDINGS = frozenset({"MP", "MSP", "MS", "MLA", "MEP", "AM"})
POST_NOMINALS = r"(?:[ \t]+(?:CBE|OBE|MBE|DBE|KBE|KC|QC|BEM|FRSA|FRCPsych|MP))*"
# An honour after a name, which only a person holds: "Dale Simon, CBE is the panel member", "Lorne Harlow OBE said".
NAME_WITH_HONOURS = re.compile(rf"(?P<name>{FULL_NAME}),?[ \t]+(?:CBE|OBE|MBE|DBE|KBE|KC|QC|BEM)\b")
NAME_THEN_ROLE = re.compile(
    rf"(?P<name>{FULL_NAME}){POST_NOMINALS}(?:{PARTY_BRACKET})?(?:,\s+|[ \t]+\()"
    rf"(?:the\s+|a\s+|an\s+|its\s+|their\s+|(?:then|(?:the\s+)?former)\s+(?=[A-Z]))?"
    rf"(?:{DESCRIBED_BODY}['’]s\s+)?(?P<org_before>(?:[A-Z][\w’'&\-]*\s+){{0,6}}?)"
    rf"(?:['’]s?\s+)?(?P<role>(?i:{ROLE_PHRASE}))(?![\w-])")
# A name that a preposition or a verb before it governs ("Responding to Jo Reed", "In a letter to Jo Reed", "Asked by
# Jo Reed", "The mayor thanked Jo Reed", "Praising Jo Reed", "Responding to the NSPCC") is not the subject of what
# follows its comma: a role running from that comma straight into a verb is the next clause's subject, not the
# name's ("Responding to Jo Reed, the minister said …"), and a body so governed employs no one named after its comma
# ("In a letter to the NSPCC, chief executive Jo Reed said"). An apposition closed by a comma keeps its role
# ("thanked Jo Reed, the council's leader, for").
GOVERNED_NAME_BEFORE = re.compile(r"(?:\b(?:to|by|after|before|with|from|against|towards|about|than|like|met|told|"
                                  r"sent|thank|thanks)|\b[A-Za-z]{2,}(?:ed|ing))[ \t]+(?:the[ \t]+)?\Z")
GOVERNING_REACH = 24
"""How far before a name `governed` looks for the word that governs it (characters)."""


def governed(text: str, start: int, earliest: int = 0) -> bool:
    """True when a preposition or a verb governs the name at `start` (`GOVERNED_NAME_BEFORE`), read no earlier than
    `earliest`: "Responding to Jo Reed", "to the NSPCC"."""
    return GOVERNED_NAME_BEFORE.search(text, max(earliest, start - GOVERNING_REACH), start) is not None
ROLE_THEN_VERB = re.compile(r"[ \t]+(?:(?:also|then|later|has|had|have|will|would)[ \t]+)?"
                            r"(?:said|says|told|tells|wrote|writes|adds|argues|warns|notes|replies|insists|is|was|has|had|"
                            r"will|would|[a-z]{2,}ed)\b")

# A byline or caption: "Daisy Elliott - Senior Policy Advisor", "Jo Reed – Director of Practice".
NAME_DASH_ROLE = re.compile(rf"(?P<name>{not_after(_WORD_CHAR, FULL_NAME)})[ \t]+[-–—][ \t]+(?P<role>(?i:{ROLE_PHRASE}))(?![\w-])")

# Parliamentary reports: "Robert Halfon Portrait Robert Halfon (Harlow) (Con)", "Jo Reed (Northtown) (Lab)".
NAME_IN_HANSARD = re.compile(rf"(?P<name>{not_after(_WORD_CHAR, FULL_NAME)})(?:\s+Portrait\b|\s+\([A-Z][^()\n]{{1,60}}\)\s+\("
                             rf"(?:Con|Lab|LD|Lib\s+Dem|SNP|Green|Ind|DUP|PC|Reform|Alba|SDLP|APNI|UUP|Lab/Co-op|CB|Bishops)\))")
# A photo credit: "Photograph: Dominic Lipinski/PA", "Picture credit: Jo Reed", a caption's "(credit: Jo Reed/PA)",
# "(Photo by Jo A Reed/Getty Images)"; not an agency's name, whose last word says what it sells: "(Picture: Getty
# Images/iStockphoto)", "Photo: Alamy Stock".
NAME_IN_CREDIT = re.compile(rf"\b(?:Photograph|Photo|Picture|Image|[Cc]redit)(?:\s+credit)?(?::|\s+by)\s+(?P<name>{FULL_NAME})"
                            rf"(?![\w-])(?<!Images)(?<!Stock)(?<!Photos)(?<!Pictures)(?<!Photography)")
# A name the lexicon of given names marks: "grateful to Josh MacAlister" (see `given_names`); the surname may not be a
# word of NOT_NAME_WORDS nor be followed by a body's or a place's head word ("Victoria Station") or a document's
# ("the Maria Colwell inquiry"), and its last word may not be such a head word itself ("near Victoria Station and …").
PLACE_OR_BODY_HEADS = ("Council", "Trust", "Station", "Street", "Road", "Park", "Hospital", "School", "Academy",
                       "College", "House", "Centre", "Fund", "Foundation", "Prize", "Award", "Review", "Act", "Bill",
                       "Report", "Lecture", "Programme", "Square", "Gardens", "Way", "Avenue", "Lane", "Court", "Hall",
                       "Museum", "Gallery", "Library")
_PLACE_OR_BODY_HEAD = "|".join(PLACE_OR_BODY_HEADS)
_NOT_ENDING_IN_HEAD = "".join(rf"(?<!\s{head})" for head in PLACE_OR_BODY_HEADS)  # lookbehinds are fixed-width
GIVEN_NAME_FIRST = re.compile(rf"(?P<name>{not_after(_WORD_CHAR, FULL_NAME)})(?![\w’'-]){_NOT_ENDING_IN_HEAD}"
                              rf"(?!\s+(?:{_PLACE_OR_BODY_HEAD})\b|"
                              rf"\s+(?i:inquiry|inquest|review|report|case|scheme|pilot|strategy|plan|centre|fund)\b)")
# A name joined by "and" to a person's name names a person too, whatever its given name: "Rachel Hale and Tawanda
# Moyo", "Tawanda Moyo and Rachel Hale" (read after and before a person found by another cue).
AND_NAME = re.compile(rf"[ \t]+(?:and|&)[ \t]+(?P<name>{FULL_NAME})(?![\w’'-]){_NOT_ENDING_IN_HEAD}"
                      rf"(?!\s+(?:{_PLACE_OR_BODY_HEAD})\b)")
# A given name alone joined by "and" to a person's full name, as a couple or siblings are named, sharing the
# surname: "Robert and Margaret Isdale", "Diane and Andrew Saxby" (read before a person found by another cue).
GIVEN_NAME_AND = re.compile(rf"(?<![\w’'-])(?P<given>{NAME_WORD})[ \t]+(?:and|&)[ \t]+\Z")
# A common given name alone, "and", and a first name and surname, as a couple or siblings are named where neither
# is named in full elsewhere: "Judy and Roxy Wilson" (group `given`: Judy Wilson; `name`: Roxy Wilson).
GIVEN_NAME_AND_FULL_NAME = re.compile(rf"(?<![\w’'-])(?P<given>{NAME_WORD})[ \t]+(?:and|&)[ \t]+"
                                      rf"(?P<name>{NAME_WORD}[ \t]+{NAME_WORD})(?![\w’'-]){_NOT_ENDING_IN_HEAD}"
                                      rf"(?!\s+(?:{_PLACE_OR_BODY_HEAD})\b)")
# Endings of common nouns that open names of bodies or campaigns, not given names: "Action Aid", "Adoption Focus";
# also the last word of an office run into the name after it ("Minister for Levelling up Communities Kemi Badenoch").
COMMON_NOUN_ENDING = re.compile(r"(?:tion|tions|sion|ment|ments|ness|ity|ities|ies|ship|ance|ence|ing|ism|ology|ure)$")
NAME_AND = re.compile(rf"(?P<name>{not_after(_WORD_CHAR, FULL_NAME)}){_NOT_ENDING_IN_HEAD}[ \t]+(?:and|&)[ \t]+\Z")

# Lower-case words that, right after a capitalised name ending in a body word, show the name is a programme or a
# document, not a body: "the Families First Partnership programme", "the Regional Care Cooperative pilot".
NOT_BODY_FOLLOWERS = re.compile(r"^\s+(?:programme|programmes|model|scheme|fund|funding|pilot|pilots|"
                                r"strategy|framework|plan|initiative|project|grant|guidance|approach|"
                                r"pathfinder|pathfinders|reforms?|standards?)\b"
                                # and a document's title-case noun after a service's name: "Fostering Service Annual
                                # Report", "Fostering Service Independent Review" (council papers' headings)
                                r"|^[ \t]+(?:(?:Annual|Independent|Final|Interim|Quarterly)[ \t]+)?"
                                r"(?:Report|Review|Strategy|Plan|Framework|Update)\b")
# Function words trimmed from the front of a capitalised run before it is taken as a body name:
# "In Hampshire County Council" → "Hampshire County Council"; "The Fostering Network" → "Fostering Network";
# "Whilst the County Council has …" → "County Council".
LEADING_FUNCTION_WORDS = frozenset("""Like Unlike Including Alongside The A An And But Or If In On At Of For By To From With As This That These
Those Its Their However Meanwhile Also Although While Despite After Before During Under Over Since Until Instead
Both Neither Nor Yet So Then Now Today Last Next Meanwhile Elsewhere Separately Similarly Previously Currently
Whilst Whereas When Where Whether Because Though Unless Once Following
""".split())


# "Rachael Wardell’s year as president": a possessive full name before a lower-case word.
POSSESSIVE_NAME = re.compile(rf"(?P<name>{FULL_NAME})['’]s?\s+(?=[A-Za-z])")
# "Surrey council director Wardell, who succeeded Andy Smith", "Crocker’s successor, John Pearce",
# "Wardell’s predecessor but three, Charlotte Ramsden".
SUCCESSION = re.compile(rf"\b(?:succeeded|succeeds|replaced|replaces|predecessor(?:\s+but\s+\w+)?,?|successor,?)\s+"
                        rf"(?P<name>{FULL_NAME})\b")
# "Jane Doe, who has led the charity since 2019", "parent Sam Cole, whose son is in care": a full name with a
# personal relative pronoun.
NAME_WHO = re.compile(rf"(?P<name>{FULL_NAME}),\s+(?:who|whose)\b")
# "Carer Pauline Hirst, 63, who looks after…": a full name with an age in commas is a person.
NAME_WITH_AGE = re.compile(rf"(?P<name>{FULL_NAME}),\s+\d{{1,3}},")
# "six-year-old Arthur Ade", "18 month old Sky Reed": a full name after a child's age is a person.
NAME_AFTER_AGE = re.compile(rf"\b(?:\d{{1,2}}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                            rf"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen)[- ](?:year|month|week|day)s?[- ]"
                            rf"old\s+(?P<name>{FULL_NAME})\b")
# A capitalised run that may be a full name; taken only when its surname is elsewhere a speaker ("Wardell says").
CANDIDATE_NAME = re.compile(rf"(?P<name>{not_after(_WORD_CHAR, FULL_NAME)})(?![\w-])")
# A bare surname as a speaker or actor: "Wardell says", "Phillipson told MPs", "said Daby", "Wardell welcomes".
# Read around each place the surname stands: a reporting verb after it, or "said" and spaces before it.
SPEAKS_AFTER_SURNAME = re.compile(r"\s+(?:says|said|added|adds|told|tells|welcomes|welcomed|warned|is\s+clear|"
                                  r"believes|argued|argues|wrote|writes)\b")
SAID_BEFORE_SURNAME = re.compile(r"\b(?:said|says|added|adds)\Z")
# A given name alone as a speaker: "Ruth said", "Ruth also told", "Ruth explains", "said Ruth" (a person already
# named in full).
_GIVEN_NAME_THEN_SPEECH = (r"\s+(?:also\s+|then\s+|later\s+)?(?:says|said|added|adds|told|tells|warned|warns|"
                           r"explained|explains|argued|argues|wrote|writes|continued|continues|believes|recalled|"
                           r"recalls|insisted|insists|admitted|admits)\b"
                           r"|\s+(?:Says|Said|Added|Adds)(?=\s*:)")  # set in capitals before a colon: "Ruth Said:"
GIVEN_NAME_SPEAKS = (rf"(?:(?<![\w’'-])(?P<name>{{name}})(?={_GIVEN_NAME_THEN_SPEECH})|"
                     r"\b(?:said|says|added|adds)\s+(?P<name2>{name})(?![\w’'-]))")
# The same read at each place a given name stands: the verb after it ("Ruth said"), or SAID_BEFORE_SURNAME and
# spaces before it ("said Ruth").
GIVEN_NAME_THEN_SPEECH = re.compile(_GIVEN_NAME_THEN_SPEECH)

# Victims and subjects of cases: "the murders of Arthur Labinjo-Hughes and Star Hobson", "the death of Baby P".
_CASE_OF = r"\b(?:murders?|deaths?|killings?|case|cases|inquest\s+into\s+the\s+death)\s+of\s+"
NAME_AFTER_CASE = re.compile(rf"{_CASE_OF}(?P<name>{FULL_NAME})(?:\s+and\s+(?P<name2>{FULL_NAME}))?")
# The text right before a victim's or case's subject's name (matched against up to CASE_OF_REACH characters): "the
# murder of Star Hobson highlights…", "the deaths of Jo Ade and …": the name is no subject of a verb after it.
CASE_OF_BEFORE = re.compile(rf"{_CASE_OF}(?:{FULL_NAME}\s+and\s+)?$")
CASE_OF_REACH = 80
# A relative named in apposition after a possessive: "her mother, Frankie Holt, was convicted", "his wife Asha
# Reed visited", "Her mother’s partner, Jo Ade,".
NAME_AS_RELATIVE = re.compile(rf"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)\s+(?:(?:late|former|then|own)\s+)?"
                              rf"(?:(?:grand|step|great-grand)?(?:mother|father|son|daughter)|wife|husband|"
                              rf"sister|brother|aunt|uncle|cousin|niece|nephew|fiancée?|boyfriend|girlfriend)"
                              rf"(?:[’']s\s+(?:partner|boyfriend|girlfriend|husband|wife))?,?\s+(?P<name>{FULL_NAME})"
                              rf"(?![\w-])")
# A second full name joined to a known one: "Arthur Labinjo-Hughes and Star Hobson" (used through NAME_AFTER_CASE).

# A role then a bare surname, read by `roles` only when the surname is a person already found:
# "Surrey council director Wardell, who succeeded…".
ROLE_THEN_SURNAME = re.compile(rf"(?<![\w-]){ROLE_OPENS}(?P<role>(?i:{ROLE_PHRASE})),?\s+(?P<name>{NAME_WORD})\b(?!\s+{NAME_WORD})")
# "Rachael Wardell’s year as president of the Association of Directors of Children’s Services".
POSSESSIVE_AS_ROLE = re.compile(rf"(?P<name>{FULL_NAME})['’]s?\s+(?:\w+\s+){{1,3}}as\s+(?P<role>(?i:{ROLE_PHRASE}))")
# A party abbreviated in brackets, and the ward or seat after it, as local papers and written questions print them
# after a councillor's or MP's name: "(Lab, Leamington Willes)", "(Conservative - Northby)" (see PARTY_IN_BRACKETS).
BRACKETED_PARTY = r"(?P<party>Lab|Con|LD|Lib\s+Dem|Labour|Conservative|Green|SNP)"
BRACKETED_SEAT = r"(?:,|[ \t]+[-–])[ \t]+[A-Z][^()\n]{0,60}"
# A name before its party and seat in brackets: "Matt Western (Lab, Leamington Willes) said", "Cllr Jo Reed, (Lib
# Dem, Furze Platt), one of the councillors who…".
NAME_WITH_PARTY = re.compile(rf"(?P<name>{not_after(_WORD_CHAR, FULL_NAME)}),?[ \t]+\({BRACKETED_PARTY}{BRACKETED_SEAT}\)")
# What a match of a name-led pattern holds that most bodies lack, so that the pattern, dear to scan from every
# capital, is not run on them (gates of `all_matches`): a dash between spaces ("Jo Reed - chief executive"), a
# possessive some words before "as" ("Jo Reed's role as chair"), a lay role in apposition (", a care leaver"), "MP",
# Hansard's "Portrait" or a bracket after a bracket ("Jo Reed (Northby) (Lab)").
GATES: Mapping[re.Pattern[str], re.Pattern[str]] = MappingProxyType({
    NAME_WITH_MP: re.compile(r"MP\b"),
    NAME_WITH_PARTY: re.compile(rf"\({BRACKETED_PARTY}{BRACKETED_SEAT}\)"),
    NAME_IN_HANSARD: re.compile(r"Portrait\b|\)\s+\("),
    NAME_DASH_ROLE: re.compile(r"[ \t][-–—][ \t]"),
    POSSESSIVE_AS_ROLE: re.compile(r"['’]s?\s+(?:\w+\s+){1,3}as\s"),
    GIVEN_NAME_THEN_LAY_ROLE: re.compile(LAY_ROLE_APPOSITIVE),
    LAY_ROLE_THEN_GIVEN_NAME: re.compile(rf"[,\s](?=\s*[{UPPER}])(?i:{_LAY_ROLE_END})\s*{NAME_WORD},?\s+{_LAY_SPEAKS}"),
})


# A hyphenated modifier of where a body is or who owns it, opening a capitalised run before the body's name: "the
# Doncaster-based Hesley Group", "UK-owned Northby Care" (matched with the space after it).
PLACE_COMPOUND_MODIFIER = re.compile(r"[A-Z][\w’'.]*-(?:based|headquartered|registered|owned)[ \t]+")
# An office in title case glued before a body's name, as a bracketed sign-off sets it: "Caroline Little (Co-Chair
# Association of Lawyers for Children)" (matched with the space after it; never "Head", which opens names: "Head
# Start").
OFFICE_BEFORE_BODY = re.compile(r"(?:(?:Co|Vice)-)?(?:Chair|Chairman|Chairwoman|Chairperson)[ \t]+|"
                                r"(?:Chief[ \t]+Executive|CEO|President|Trustee)[ \t]+(?=[A-Z])")
# A party's group on a council, named with its place or council: "Cornwall Council Liberal Democrat Group",
# "Hertfordshire Labour group", "the Leader of the Cumbria County Council Conservative Group" (a body of its own, not
# the party; groups `place`, from which leading function words are dropped, and `party`: a bare "the Labour Group",
# "the Liberal Democrat Group", names none).
COUNCIL_PARTY_GROUP = re.compile(r"\b(?P<place>(?:[A-Z][\w’'-]*[ \t]+(?:and[ \t]+)?){1,6}?)"
                                 r"(?P<party>Labour|Conservative|Liberal[ \t]+Democrat|Lib[ \t]+Dem|Green|Independent|"
                                 r"Reform[ \t]+UK)[ \t]+[Gg]roup\b")

def with_gates(*patterns: re.Pattern[str]) -> tuple[tuple[re.Pattern[str], re.Pattern[str] | None], ...]:
    """Each pattern with its gate (or None), for a module to look up once at import: a lookup in `GATES` hashes
    the pattern's whole program."""
    return tuple((pattern, GATES.get(pattern)) for pattern in patterns)
# A party named as an affiliation: "Labour MP Gareth Snell", "Liberal Democrat spokesperson Munira Wilson",
# "Conservative peer Lord Smith", in title case too: "Labour Councillor Zoe Reed", "any good Labour Minister"; or
# as whose deputy or statement it is, or who runs or backs a council or bid: "Lib Dem Deputy Leader", "a Lib Dem
# statement", "Conservative-controlled Surrey County Council", "a Labour-backed bid"; or as a council's group or
# a council it runs: "Conservative group leader Jo Ade", "the Labour Group", "this Conservative Council" (not a
# body's name opening with the word: "the Green Council for Sustainability").
PARTY_AFFILIATION = re.compile(r"\b(?P<party>Labour|Conservative|Tory|Liberal\s+Democrat|Lib\s+Dem|Green|SNP|Reform\s+UK)"
                               r"(?=\s+(?i:MP|MPs|peer|peers|councillor|councillors|cllr|coun|spokesperson|spokesman|"
                               r"spokeswoman|leader|candidate|backbencher|minister|deputy|cabinet\s+member|"
                               r"(?:county|borough|district|city|town|parish)\s+councillors?)\b|"
                               r"\s+(?i:group|groups|council|councils)\b(?!\s+(?:of|for)\b)|"
                               r"\s+statement\b|-(?:run|led|controlled|backed)\b)")
# A party out of government speaking as a body: "Labour said the plans would…", "the Liberal Democrats warned", "The
# Conservatives have said" after 5 July 2024 or in an undated article, "the Conservatives have expressed concerns" (a
# party known to be in office is the government, read as such first).
PARTY_SPEAKS = re.compile(r"\b(?P<party>Labour|Liberal\s+Democrats?|Lib\s+Dems?|(?:the\s+|The\s+)?(?:Conservatives|Tories))"
                          r"(?=\s+(?:has\s+|have\s+|had\s+|also\s+)?"
                          r"(?:said|says|warned|warns|claimed|argued|called|calls|pledged|promised|criticised|"
                          r"accused|insisted|urged|described|responded|welcomed|expressed|suggested|questioned)\b)")
# Words before a party's name that place its government in the past: "the last Labour government", "New Labour"
# (applied to Labour, whose only government in reference data is the one from 2024).
PAST_GOVERNMENT_BEFORE = re.compile(r"(?:\b(?:last|previous|former)[ \t]+|\bNew[ \t]+)\Z")
# The government owning the document it published ("the government’s response to the review", "the Government’s
# strategy"): named as a body although the phrase, as a whole, names the document.
GOVERNMENT_OWNS = re.compile(r"\b[Tt]he\s+(?:UK\s+|British\s+)?[Gg]overnment(?=[’']s\s+(?:\w+\s+){0,2}"
                             r"(?:strategy|policy\s+paper|response|white\s+paper|green\s+paper|plans?|reforms)\b)")
# Last words that leave a run of common capitalised words a description, not a name, after "at": "manager at
# Children's Services", "a role at Social Care" (but "Head of Policy at Children First" names a charity).
GENERIC_WORKPLACE_ENDINGS = frozenset({"Services", "Service", "Care", "Team", "Department", "Office", "Government",
                                       "Council", "Authority", "Authorities", "Work", "Health", "Education"})
# Last words a publisher's own copy drops from its name: "St Christopher’s" for St Christopher's Fellowship.
PUBLISHER_KIND_ENDINGS = frozenset({"Fellowship", "Trust", "Foundation", "Society", "Association", "Network", "Group",
                                    "Charity", "Partnership"})
# A name ending in a possessive, which may stand for the body alone: "St Christopher's", "Barnardo's".
POSSESSIVE_NAME_END = re.compile(r"\w['’]s\Z")
# A capitalised possessive right before a one-word curated name, making it a thing of the possessor: the "Guardian"
# of "the Children's Guardian" (a court officer) is not the newspaper.
CAPITALISED_POSSESSIVE_BEFORE = re.compile(r"(?<![\w’'-])[A-Z][\w-]*['’]s[ \t]+\Z")
# A heading line: title case, no sentence punctuation ("Agency Staffing for Children's Social Care Quarter 2").
HEADING_LINE = re.compile(r"[ \t]*[A-Z0-9][\w’'&-]*(?:[ \t]+(?:[A-Z0-9][\w’'&-]*|of|for|and|the|in|on|to|a|an|&))*[ \t]*")
# An apostrophe in a name as metadata spells it, matching either style in copy.
APOSTROPHE = re.compile(r"['’]")
# A body named as who runs a service: "The homes will be managed and staffed by Harbour Care Group", "a helpline
# run by Kin Futures", "operated by Northby Youth Services Ltd"; or as the firm instructing counsel in a law report:
# "Ms Jo Reed (instructed by Harbour & Co) appeared on behalf of the mother".
OPERATOR = re.compile(rf"(?<![\w-])(?P<verb>run|managed|staffed|operated|instructed)"
                      rf"(?:[ \t]+and[ \t]+(?:run|managed|staffed|operated))?"
                      rf"[ \t]+by[ \t]+(?:the[ \t]+)?(?P<name>{BODY_WORD}(?:[ \t]+(?:{BODY_JOINERS}[ \t]+)?{BODY_WORD}){{0,5}})")
# An employer stated with "at" after a role: "Head of Policy, Evidence and Impact at Children First, Scotland",
# "director of services at Northby Care Trust" (the name ends at a comma or a lower-case word).
# An employer stated with "of" after a role in lower case, as running copy writes it: "chief executive of Kinship
# Futures" (a capitalised role with "of" is usually a title: "Director of Strategy and Innovation").
ROLE_OF_BODY = re.compile(rf"(?<![\w-]){ROLE_HEAD}[ \t]+of[ \t]+(?:the[ \t]+)?"
                          rf"(?P<name>{BODY_WORD}(?:[ \t]+(?:{BODY_JOINERS}[ \t]+)?{BODY_WORD}){{0,5}})")
ROLE_AT_BODY = re.compile(rf"(?<![\w-])(?i:{ROLE_HEAD})(?:[ \t]+(?i:of|for)[ \t]+[\w’' ,&-]{{1,50}}?)?[ \t]+at[ \t]+"
                          rf"(?:the[ \t]+)?(?P<name>{BODY_WORD}(?:[ \t]+(?:{BODY_JOINERS}[ \t]+)?{BODY_WORD}){{0,5}})")
# A council's office or service stated with "in" and its place: "an Assistant Director in Northby", "Director of
# Social Services and Children’s Services in Westby", "she led Children's Services in East Dale" (the place's council
# where reference data knows one; no other body).
COUNCIL_POST_IN_PLACE = re.compile(r"(?<![\w-])(?:(?i:director)(?:[ \t]+(?:of|for)(?:[ \t]+(?:and[ \t]+)?[A-Z][\w’'-]*){1,6})?|"
                                   r"(?:[Cc]hildren['’]s|[Ss]ocial)[ \t]+[Ss]ervices)[ \t]+in[ \t]+"
                                   r"(?P<name>[A-Z][\w’'-]*(?:[ \t]+(?:(?:and|upon|on)[ \t]+)?[A-Z][\w’'-]*){0,3})")
# A place named bare in a list of councils, before a council's name: "Blackburn with Darwen" in "Westmorland and
# Furness Council, Blackburn with Darwen, Blackpool Council and …" (`more`: the list goes on after that council).
PLACE_IN_COUNCIL_LIST = re.compile("(?P<place>" + not_after(_WORD_CHAR, r"[A-Z][\w’'-]*")
                                   + r"(?:[ \t]+(?:(?:with|and|upon|on)[ \t]+)?[A-Z][\w’'-]*){0,3}),[ \t]+"
                                   r"(?=[A-Z][\w’'-]*(?:[ \t]+(?:and[ \t]+)?[A-Z][\w’'-]*){0,3}[ \t]+Council(?:(?P<more>,)|[ \t]+and[ \t]))")
# A council's name ending just before a list item: "Furness Council, ", looked for in the
# COUNCIL_BEFORE_ITEM_REACH characters before the item.
COUNCIL_BEFORE_ITEM = re.compile(r"\bCouncil,[ \t]+\Z")
COUNCIL_BEFORE_ITEM_REACH = 12
# A party abbreviated in brackets after a councillor's or peer's name, as local papers print it: "Cllr Jo Reed
# (Lab)", "Cllr Sam Hale (Con)", "Lord Vane (LD)", or after the constituency as Hansard prints it: "Jo Reed
# (Northby) (Con)".
# Written questions give party and constituency in one bracket: "Kate Hale (Labour, Northby West)", or with a dash
# as Parallel Parliament prints them: "Asked by: Kate Hale (Conservative - Northby)".
PARTY_IN_BRACKETS = re.compile(r"(?<=[a-z)])\s+\(" + BRACKETED_PARTY + r"(?:" + BRACKETED_SEAT + r")?\)")
# The reference label of each party as the affiliation (or the party's name as a noun) names it.
PARTY_LABELS = {"Labour": "Labour Party", "Conservative": "Conservative Party", "Tory": "Conservative Party",
                "Liberal Democrat": "Liberal Democrats", "Lib Dem": "Liberal Democrats", "Lib Dems": "Liberal Democrats",
                "Lab": "Labour Party", "Con": "Conservative Party", "LD": "Liberal Democrats", "Green": "Green Party",
                "Conservatives": "Conservative Party", "Tories": "Conservative Party", "Greens": "Green Party",
                "Liberal Democrats": "Liberal Democrats", "Reform": "Reform UK"}


def party_label(name: str) -> str:
    """The reference label of a party as the text names it, spaces run together and a leading "the" dropped: "the
    Lib  Dems" → "Liberal Democrats", "The Tories" → "Conservative Party", "Lab" → "Labour Party"."""
    name = " ".join(name.split())
    name = name[4:] if name.startswith(("the ", "The ")) else name
    return PARTY_LABELS.get(name, name)


# A party's name as a noun: "Labour", "Reform", "the Conservatives", "the Tories", "the Lib Dems", "the Greens".
_PARTY_NOUN = r"(?:Labour|Reform(?:\s+UK)?|(?:the\s+)?(?:Conservatives|Tories|Liberal\s+Democrats|Lib\s+Dems|Greens))"
# The party, not a government it may lead, named by what only a party has: "Labour’s manifesto", "the
# Conservatives’ leader", "Labour’s 2024 election manifesto", "the Tories’ candidates".
PARTY_OWNS = re.compile(rf"\b(?P<party>{_PARTY_NOUN})(?=[’']s?\s+(?:\d{{4}}\s+)?(?:general\s+)?(?:election\s+)?"
                        r"(?:manifesto|leader|leadership|conference|candidates?|frontbench|front\s+bench|shadow|MPs|"
                        r"councillors|members|group)\b)")
# The party, too, where an office is held for it or in it: "finance spokesman for the Conservatives", "deputy leader of
# the Tories", "a member of Reform UK".
PARTY_OFFICE = re.compile(rf"\b(?:spokes(?:man|woman|person)|leader|deputy\s+leader|members?|whip|chair(?:man|woman)?)"
                          rf"\s+(?:of|for)\s+(?P<party>{_PARTY_NOUN})\b")
# The party, too, where its possessive owns a member named after it or it takes, wins or loses control of a council:
# "Labour’s Charles Curtis said", "since Labour took control of the authority" (not "Labour’s Best Start Family
# Hubs", whose run of capitalised words goes on, nor "Labour’s Sure Start programme").
PARTY_MEMBER_OR_CONTROL = re.compile(
    rf"\b(?P<party>{_PARTY_NOUN})(?:(?=[’']s?\s+(?:Cllr\.?\s+|Councillor\s+|Dr\.?\s+)?[A-Z][a-z]+(?:[-\s][A-Z][a-z’'-]+){{1,2}}"
    r"(?:\s*,|\s+(?:said|says|told|added|argued|warned|who|has|is|was)\b))"
    r"|(?=\s+(?:took|takes|has\s+taken|won|wins|has\s+won|lost|loses|gained|retained|seized)\s+control\b))")
# The party, too, as the word before its people or the councils it runs: "leading Labour representatives stressed",
# "Tory politicians said", "the Labour-Lib Dem run Children’s Services", "a Conservative-led council" (not "Labour
# MP", whose party the role names, nor "the Labour government").
_PARTY_GROUP = (r"representatives|politicians|activists|campaigners|figures|sources|spokespeople|frontbenchers|"
                r"backbenchers|peers")
PARTY_PEOPLE = re.compile(
    r"\b(?P<party>Labour|Conservative|Tory|Liberal\s+Democrat|Lib\s+Dem|Green|Reform(?:\s+UK)?)"
    rf"(?=\s+(?:{_PARTY_GROUP}|opposition)\b|(?:-(?:Lib\s+Dem|Conservative|Labour|Green|Independent))?[\s-]"
    r"(?:run|led|controlled)\b)")
# The party's people themselves, right after PARTY_PEOPLE's party: unnamed members when they speak ("leading Labour
# representatives stressed"), whom the party's name before them does not make the party's voice.
PARTY_GROUP_AFTER = re.compile(rf"\s+(?:{_PARTY_GROUP})\b")
# Parties listed side by side are parties: "the Tories, Labour and the Independents", "Labour and the Lib Dems".
PARTIES_LISTED = re.compile(rf"\b{_PARTY_NOUN}(?:\s*,\s*(?:{_PARTY_NOUN}|the\s+Independents))*\s*,?\s+(?:and|&)\s+"
                            rf"(?:{_PARTY_NOUN}|the\s+Independents)\b")
PARTY_NOUN = re.compile(rf"\b{_PARTY_NOUN}\b")
# A place name followed by "council" in lower case: "Tameside council", "Reading council" → "Tameside Council".
PLACE_COUNCIL = re.compile("(?P<place>" + not_after(_WORD_CHAR, r"[A-Z][a-z]+(?:[\s-][A-Z][a-z]+){0,2}")
                           + r")\s+council\b(?!\s+tax)")
# Definite descriptions that refer back to the last body named of a fitting kind ("the panel", "the council’s
# chief executive", "the union", "the county council"), recorded as mentions of that body.
# Not a description when a name follows it as its apposition ("the adoption charity Family Bridges").
BODY_DESCRIPTION = re.compile(r"\b[Tt]he\s+(?:[a-z][\w’'-]*\s+)?(?P<noun>panel|council|charity|union|association|"
                              r"regulator|inspectorate|department|coalition|network|trust|inquiry|committee|watchdog|"
                              r"university|company|consultancy|authority)\b(?!\s+(?:of|for)\b|\s+[A-Z])")
# "The council" (also "the county council", "the city council"; capitalised as a council's own papers write it: "the
# Council held valid data") where the text names no council before it, in a story set in one place: "Croydon has
# looked after more than 5,000 children … Tony Newman, the leader of the council, said" (not "the parish council"
# or "the town council", nor "the council tax").
UNNAMED_LOCAL_COUNCIL = re.compile(r"\b[Tt]he[ \t]+(?:(?i:county|city|borough|district|unitary|local)[ \t]+)?"
                                   r"[Cc]ouncil\b(?![ \t]+(?:[Tt]ax|of|for)\b|[ \t]+[A-Z])")
# A curated publisher's name that opens an outlet of its own: "BBC News", "BBC Radio 4", "BBC Breakfast" (not a
# channel's number: "BBC Two’s Newsnight" is the BBC's).
OUTLET_NAME_RUNS_ON = re.compile(r"[ \t]+(?:News|Radio|Breakfast|Scotland|Wales|World|Sport|Online|Children[ \t]+in[ \t]+"
                                 r"Need)\b")
# A whole capitalised run, which may name a place (its council looked up in reference data) once a sentence's
# opening preposition or conjunction (`PLACE_OPENERS`) is dropped: "In Croydon", "But Kent".
CAPITALISED_RUN = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)*")
PLACE_OPENERS = frozenset({"In", "At", "For", "From", "Across", "Around", "Within", "Outside", "Since", "But", "And",
                           "As", "On", "By", "With", "Like", "Unlike", "The"})
# A single capitalised word that is also a common noun ("Kinship", "Frontline", "Become") names its body only when
# not followed by a word it modifies in ordinary copy: "Kinship care…", "Frontline social workers…".
# The nouns count in title case too ("a new Kinship Care Ambassador role").
COMMON_WORD_MODIFIES = re.compile(r"^\s+(?:(?i:care|carers?|famil(?:y|ies)|arrangements?|placements?|allowances?|"
                                  r"social|workers?|practitioners?|staff|services?)|a|an|the|is|are|was|were)\b")
# A one-word body name that starts a programme's or document's title: "the Kinship Financial Allowance pilot", "the
# Kinship Care Guidance", "the Kinship Placements (England) Regulations 2031".
TITLE_RUNS_ON = re.compile(r"^(?:[ \t]+[A-Z][\w’'-]*){1,4}[ \t]+(?:\((?:England|Wales)\)[ \t]+)?(?i:pilot|programme|scheme|"
                           r"fund|grant|strategy|review|report|framework|pathfinder|initiative|guidance|regulations)s?\b")
# A one-word body name in the middle of a programme's or document's title, a capitalised word before it and the
# title's capitalised kind after it: "the Northby Kinship Programme", "Westshire Frontline Fund" (CAPITALISED_BEFORE
# from the body name's start back; TITLE_KIND_AFTER from its end).
CAPITALISED_BEFORE = re.compile(r"\b[A-Z][\w’'-]*[ \t]+$")
TITLE_KIND_AFTER = re.compile(r"^(?:[ \t]+[A-Z][\w’'-]*){0,4}[ \t]+(?:Pilot|Programme|Scheme|Fund|Grant|Strategy|"
                              r"Review|Report|Framework|Pathfinder|Initiative|Guidance|Project)s?\b")
# A government reference that names a body ("the Labour government", "the Conservatives", "its Conservative
# predecessor", "the previous government", "the government"), unlike "ministers", who are people.
NAMED_GOVERNMENT = re.compile(r"\b(?:Labour|Conservatives?|Tory|Tories|predecessor|government)\b", re.IGNORECASE)
# Plural kind words that introduce a list of bodies: "commissioned charities Coram Voice, Career Matters and Catch22",
# "Four organisations – Coram Voice, Career Matters and Catch22 – wrote".
PLURAL_KIND_CUE = re.compile(r"(?<![\w-])(?P<cue>charities|organisations|bodies|unions|firms|providers|think\s+tanks|"
                             r"councils|trusts)(?:[ \t]+[–—-])?[ \t]+(?=[A-Z])")
# Bodies named as examples of a plural group noun: "partners, including the Anti-Bullying Alliance, …", "members
# such as Together, Child Poverty Action Group and Includem" (items taken only where one is a body reference knows).
PLURAL_GROUP_INCLUDING = re.compile(r"(?<![\w-])(?P<cue>members|partners|organisations|charities|bodies|groups)"
                                    r",?[ \t]+(?:including|such[ \t]+as)[ \t]+(?:the[ \t]+)?(?=[A-Z])")
# Where such a list ends: the first lower-case word that is not a joiner ("… and Catch22 to carry out …"), or a
# dash between spaces closing an aside ("… and Catch22 – wrote").
LIST_END = re.compile(r"[.;:()“”\"\n]|[ \t][–—][ \t]|\s(?!(?:and|of|for|the|&)\s)[a-z][\w’'-]*")
# A body named with its kind after it in lower case: "the Together for Children trust", "Reading council".
NAME_THEN_KIND = re.compile("(?P<name>" + not_after(_WORD_CHAR, r"[A-Z][\w’'-]*(?:\s+(?:(?:for|of|and)\s+)?[A-Z][\w’'-]*){0,4}")
                            + r")\s+(?P<kind>trust|charity)\b")

# ---------------------------------------------------------------------------------------------------------------
# Roles stated in a clause rather than next to the name

# A person, full name or surname, as the subject of a role clause: "Nadia Hussain", "Hussain".
SUBJECT_NAME = rf"(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{0,2}})"
# "Cllr Ola Reid, who chairs the Local Government Association's children and young people board": a role given by
# the verb of a relative clause; the organisation is the first body named in the clause.
NAME_WHO_HOLDS = re.compile(rf"{SUBJECT_NAME},\s+who\s+(?:also\s+|now\s+|currently\s+)?"
                            rf"(?P<verb>chairs|co-chairs|heads|directs|founded|co-founded)\s+(?P<clause>[^,.;:“”\"]+)")
# The role each such verb gives: "who chairs …" → chair, "who founded …" → founder.
ROLE_OF_VERB = {"chairs": "chair", "co-chairs": "co-chair", "heads": "head", "directs": "director",
                "founded": "founder", "co-founded": "co-founder"}
# "Hussain, who is also director of children's services at Wyvern County Council": a role after "who is".
NAME_WHO_IS_ROLE = re.compile(rf"{SUBJECT_NAME},\s+who\s+(?:is|was|has\s+been)\s+(?:also\s+|now\s+|currently\s+)?"
                              rf"(?:the\s+|a\s+|an\s+|its\s+)?(?P<role>(?i:{ROLE_PHRASE}))(?![\w-])")
# "Jo Marsh became chief executive of the fostering charity Hearth & Home in January", "Ravi Patel was appointed
# director of Kinfolk last year", "Ann Lee takes over as president in April".
# / appointed, elected or named, also in the subjunctive of minutes: "that Councillor Jo Reed be elected as Chair of
# the Children's Services Overview and Scrutiny Committee", "Sam Hale was re-elected president".
NAME_BECAME_ROLE = re.compile(rf"{SUBJECT_NAME}\s+(?:became|becomes|has\s+become|will\s+become|"
                              rf"(?:was|has\s+been|be|will\s+be)\s+(?:re-?)?(?:appointed|elected|named)(?:\s+as)?|"
                              rf"takes\s+over\s+as|took\s+over\s+as|"
                              rf"joined\s+as|is\s+now)\s+(?:the\s+|a\s+|an\s+|its\s+)?(?P<role>(?i:{ROLE_PHRASE}))(?![\w-])")
# The seat after an MP's role is where they sit, not the role: "Labour MP for Northfleet" → MP.
MP_CONSTITUENCY = re.compile(r"(?<=\bMP)\s+for\s+.*$", re.IGNORECASE)

# ---------------------------------------------------------------------------------------------------------------
# More shapes of body names

# A body named, then described by its kind in an appositive: "Home Ground, a housing charity that runs
# supported lodgings", "Lantern Analytics, a consultancy that advises councils", "Civic Lab, the think tank,",
# "Tern Capital, a social investment fund", "Kestrel Fostering, as a small, independent fostering agency,".
# The words between the article and the kind are adjectives, never "of"/"at" ("a trustee of the charity").
NAME_THEN_APPOSITIVE_KIND = re.compile(
    r"(?<![\w’'-])(?P<name>[A-Z][\w’'&-]*(?:\s+(?:(?:of|for|and)\s+)?(?:[A-Z][\w’'-]*|&)){0,4}),\s+(?:as\s+)?"
    r"(?:a|an|the)\s+(?:(?!(?:of|at|for|to|with|in|on|by|and)\b)[a-z][\w-]*,?\s+){0,3}?"
    r"(?P<kind>charity|consultancy|think\s+tank|thinktank|firm|company|social\s+enterprise|campaign\s+group|"
    r"pressure\s+group|trade\s+body|membership\s+body|representative\s+body|umbrella\s+body|research\s+centre|"
    r"trade\s+union|not-for-profit|fund|fostering\s+agency|adoption\s+agency|provider)"
    r"(?=\s*[,.;:)]|\s+(?:that|which|who|whose|based|in|for|with|run|founded|set|working|representing|supporting)\b)")
# An outlet named as the audience or venue of speech: "told the Eastmoor Echo", "writing in the Yorkshire Post",
# "in an interview with the Northern Voice".
OUTLET = re.compile(r"\b(?:told|tells|telling|writing\s+in|wrote\s+in|writes\s+in|speaking\s+to|"
                    r"in\s+an\s+interview\s+with)\s+the\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})")
# A broadcaster or paper named without "the" by its own head word: "Speaking to Sky News", "appeared on ITV Central
# News", "told BBC Radio 4".
OUTLET_NAME = (r"(?:[A-Z][\w’'-]*\s+){0,3}(?:News|Radio(?:\s+\d)?|TV|Television|Times|Post|Echo|Herald|Mail|Mirror|"
               r"Express|Standard|Telegraph|Guardian|Independent|Observer|Today|Live|Online|Chronicle|Gazette|Enquirer|"
               r"Argus|Courier|Advertiser|Sentinel|Examiner)")
NAMED_OUTLET = re.compile(r"\b(?i:told|tells|telling|speaking\s+(?:to|on)|spoke\s+to|appeared\s+on|appearing\s+on|"
                          r"interviewed\s+(?:by|on)|in\s+an\s+interview\s+with|writing\s+(?:in|for))\s+"
                          rf"(?P<name>{OUTLET_NAME})(?![\w’'-])")
# An outlet named as the source of a story: "published by the Westby Enquirer", "according to the Dales Post", "an
# article in The Times", "Northby Hub News is reporting", "the Eastmoor Echo revealed".
OUTLET_AS_SOURCE = re.compile(r"\b(?:(?:published|reported|revealed|disclosed|first\s+reported)\s+by|[Aa]ccording\s+to|"
                              r"an?\s+(?:article|story|investigation|piece|report)\s+(?:in|by))\s+(?:[Tt]he\s+)?"
                              rf"(?P<name>{OUTLET_NAME})(?![\w’'-])")
# An outlet named as the subject of reporting: "Northby Hub News is reporting", "the Eastmoor Echo revealed" (the
# capitalised run before the verb is an outlet only where OUTLET_NAME matches all of it: `NAMED_OUTLET_WHOLE`).
OUTLET_REPORTS = re.compile("(?P<name>" + not_after(_WORD_CHAR, r"[A-Z][\w’'-]*") + r"(?:\s+[A-Z][\w’'-]*){0,3})\s+"
                            r"(?:is\s+reporting|has\s+(?:reported|revealed|learned|learnt)|reported|reports|revealed|"
                            r"reveals|understands)\b")
# A whole run that is an outlet's name by its head word: "Northby Hub News", not "The council" ("The council reported").
NAMED_OUTLET_WHOLE = re.compile(OUTLET_NAME)
# An outlet told something, named by its acronym before the quote or clause: "told PSE: “…”", "told LGC, adding…".
OUTLET_ACRONYM = re.compile(r"\b(?:told|tells|telling|speaking\s+to|spoke\s+to)\s+(?P<name>[A-Z]{2,6})(?=\s*[:,])")
# The outlet of a byline, on the byline's line or the next: "By Jo Reed, BBC News", "By Jo Reed\nNorthby Echo".
BYLINE_OUTLET = re.compile(rf"(?:^|(?<=\n))[ \t]*By[ \t]+{FULL_NAME}(?:[ \t]*[,|–—-][ \t]*|[ \t]*\n\s*)"
                           rf"(?P<name>{OUTLET_NAME})[ \t]*(?=\n|$)")
# Lower-case nouns after such a name that make it an event, not an outlet: "told the Social Work Week session",
# "told the Kinship Summit conference".
NOT_OUTLET_FOLLOWERS = re.compile(r"^\s+(?:session|sessions|conference|event|meeting|summit|audience|committee|"
                                  r"inquiry|hearing|debate|webinar|podcast|programme|panel|festival|forum|launch)\b")
# Words that a name right after a kind word or in a list keeps even though they open sentences elsewhere:
# "the charity Next Step", "charities Better Days and First Light". Only these function words are dropped there.
CUED_NAME_DROPPED = frozenset("The A An And But Or Of For By To From With As In On At Its Their".split())
# A date that a capitalised name ran into: "Hearth & Home in January", "Safe Ground on Monday", "Blue Door in 2023".
TRAILING_DATE = re.compile(r"\s+(?:in|on|since|from|until|by)\s+(?:\d{4}\b|January|February|March|April|May|June|July|August|"
                           r"September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                           r"Sunday)\b.*$")
# The legal form that ends a company's full name and is dropped in later mentions: "Fresh Start Foster Care Ltd" …
# "Fresh Start said".
LEGAL_SUFFIX = re.compile(r"\s+(?:Ltd|Limited|plc|PLC|LLP|CIC|Inc)\.?$")
# Words describing a firm's trade at the end of its name, also dropped in later mentions: "Acorn Fostering Services
# Ltd" … "Acorn"; "Fresh Start Foster Care Ltd" … "Fresh Start".
TRADE_WORDS = frozenset({"Foster", "Fostering", "Care", "Services", "Homes", "Children's", "Children’s", "Group",
                         "Holdings", "UK", "Agency", "Residential", "Consulting", "Consultancy"})


# ---------------------------------------------------------------------------------------------------------------
# The text around a match: what the step reads next to it

# A name word right before a span: "Jane " before "Smith" in "Jane Smith".
NAME_WORD_AT_END = re.compile(rf"({NAME_WORD})\s+$")
# An honorific that ends where a name starts, after its spaces: "Baroness" before "Baroness Smith", "Dr." before
# "Dr. Reed"; searched back at most LONGEST_TITLE characters from the spaces.
TITLE_AT_END = re.compile(rf"\b(?P<title>{TITLE})\Z")
LONGEST_TITLE = max(len(t) for t in TITLES) + 1
# A name word right after a surname, which makes it no bare surname: "Smith Jones".
NAME_WORD_NEXT = re.compile(rf"\s+{NAME_WORD}")
# A capitalised word next: " Carers" after "Kinship" in "Kinship Carers Alliance".
CAPITALISED_NEXT = re.compile(r"\s+[A-Z]")
# A common word and a joiner opening a sentence before a body's name: "Shares in", "Funding for", "Leader of".
OPENING_PHRASE = re.compile(r"(?P<word>[A-Z][a-z]+)[ \t]+(?:in|on|into|for|of)[ \t]+(?:the[ \t]+)?(?=[A-Z])")
# What stands before the first word of a sentence: a full stop, question or exclamation mark (and a closing
# quote), or a line break, then spaces.
SENTENCE_START = re.compile(r"(?:[.!?][”’\"']?[ \t]+|\n[ \t]*)\Z")
# The next word of a longer name after a one-word body name that is a common word: "Futures" in "Kinship
# Futures", "Voice" in "Coram Voice" (not a role or title word: "Frontline Chief Executive Mary Jackson").
NAME_RUNS_ON = re.compile(r"[ \t]+(?P<next>[A-Z][a-z][\w’'-]*)")
# One item of a comma-separated list: "Barnardo's" in "charities Barnardo's, Become and Coram".
COMMA_LIST_ITEM = re.compile(r"[^,]+")
# "and" before a capitalised name, which starts another list item: "Become and Coram".
AND_BEFORE_CAPITAL = re.compile(r"\s+and\s+(?=[A-Z])")
# "and" between two names that may be two bodies: "Family Rights Group and Local Government Association".
AND_BETWEEN = re.compile(r"\s+and\s+")
# "and" right before a name (matched up to the name's start): "the Commission for Social Care and Ofsted".
AND_BEFORE = re.compile(r"\s+and\s+$")
AND_REACH = 16
"""Characters before a name that AND_BEFORE reads (text is cleaned to single spaces; a paragraph break is two)."""
# "and the" between two names, which never joins words of one name: "Mencap and the National Autistic Society".
AND_THE = re.compile(r"\s+and\s+the\s")
# The rest of a department's remit after its first word, a comma list that "and" ends: ", Media and Sport" of
# "Department for Culture, Media and Sport", ", Culture, Media & Sport" of "Department for Digital, …".
DEPARTMENT_REMIT_REST = re.compile(r"(?:,[ \t]+[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)?)+,?[ \t]+(?:and|&)[ \t]+"
                                   r"[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,2}")
# Head words of a department's (or a research centre's) name whose remit may run on in a comma list: "Department for
# Culture, Media and Sport", "Centre for Applied Childhood, Youth and Family Research".
DEPARTMENT_HEADS = frozenset({"Department", "Ministry", "Office", "Centre", "Institute"})
# A body word opening a name whose remit follows: "Institute for Health", "Centre for Education".
HEAD_FIRST_REMIT = re.compile(rf"\b(?:{_BODY_HEAD})[ \t]+(?:for|of)[ \t]")
# Last words of a remit after such a head that end it as a field, so its "and" joins no second body: "National
# Institute for Health and Care Research".
REMIT_FIELD_ENDS = frozenset({"Research"})
# A word of a name an acronym spells: "Association", "Children’s", "All-Party", "Health&Care".
ACRONYM_NAME_WORD = re.compile(r"[\w’'&-]+")
# The rest of a name split by its acronym: "All-Party Parliamentary Group (APPG) on Kinship Care", "… (APPG) for
# Looked After Children and Care Leavers" (capitalised words and the joiners between them).
ACRONYM_TAIL = re.compile(r"\s+(?P<tail>(?:on|for|of)\s+[A-Z][\w’'-]*(?:\s+(?:(?:and|of|for|in|on|&)\s+)?"
                          r"[A-Z][\w’'-]*){0,5})")
# Text between a body and a role that still ties them: "NAFP chief executive", "Ofsted’s national director".
BODY_THEN_ROLE_GAP = re.compile(r"^\)?(?:['’]s?)?,?\s+$")
# Text between a role and a body after it: "chief executive of children in care charity Become".
# / "a researcher with Northby University" (only right before the body).
ROLE_OF_BODY_GAP = re.compile(r"^\s+(?:of|at|for)\s+(?:the\s+)?[\w’' -]{0,45}$|^\s+with\s+(?:the\s+)?$")
# Text between a role in brackets, or in a sign-off line, and its body: "(chief executive, Westmoor Carers Trust)",
# "Claire Lee, Lecturer, University of Northby", "(inspection manager Ofsted)", "Jo Reed, CEO Leeds City Council"
# (the body ending the line).
BRACKETED_ROLE_BODY_GAP = re.compile(r"^(?:,\s+(?:the\s+)?|[ \t]+)$")
LINE_END = re.compile(r"[ \t]*(?:\n|\Z)")
# A role that names its own body by a name no list knows ("deputy director of Advokids", "chair at Kinfolk"): that
# body, unknown, is its employer, not the subject of a sentence nearby (a bare generic head, "of the Council", is not
# a name).
ROLE_NAMES_ITS_BODY = re.compile(r"[ \t]+(?:of|at)[ \t]+(?:the[ \t]+)?(?!(?:Council|Authority|Trust|Board|Department|"
                                 r"Service|Charity|Panel|Committee|Agency|Government|Organisation|Company)\b)[A-Z]")
# Between a body and its own committee named right after its possessive: "the council[’s ]children’s committee".
POSSESSIVE_THEN_NAME = re.compile(r"[’']s?[ \t]+")
# Possessive pronouns that hand the role to the last body named: "Its chief executive, Jo Casebourne".
POINTS_BACK = re.compile(r"\b(?:its|their)\s+$", re.IGNORECASE)
# What may open a sentence before its subject: a quotation mark, "But", "However,", "The".
SUBJECT_OPENING = re.compile(r"[\s“‘\"']*(?:(?:But|And|However|Meanwhile|Separately),?\s+)?(?:[Tt]he\s+)?")
# Modifiers dropped from a role's label: party labels, "fellow", years, "the".
ROLE_NOISE = re.compile(r"^(?:the\s+|fellow\s+|labour\s+|conservative\s+|tory\s+)+|\s+for\s+\d{4}(?:[-–/]\d{2,4})?$",
                        re.IGNORECASE)


def standalone(phrase: str) -> re.Pattern[str]:
    """`phrase` not inside a longer word: "Council" in "Northby Council", not in "Councillor".

    >>> council = standalone("Council")
    >>> bool(council.search("Northby Council")), bool(council.search("Councillors"))
    (True, False)
    """
    return compiled(rf"(?<![\w]){re.escape(phrase)}(?![\w])")


def standalone_role_word(phrase: str) -> re.Pattern[str]:
    """`phrase` in any case, not inside a longer or hyphenated word: "chief executive" in "Interim Chief Executive",
    "director" not in "co-director".

    >>> director = standalone_role_word("director")
    >>> bool(director.search("Director of Services")), bool(director.search("co-director"))
    (True, False)
    """
    return compiled(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", re.IGNORECASE)
