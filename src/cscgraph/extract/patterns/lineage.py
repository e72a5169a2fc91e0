"""Cue phrases that state lineage between documents, measures, statutes, programmes and governments.

Each rule names a relation (one of `models.LineageRelation`), where in the sentence its AGENT (the claim's
subject) and PATIENT (the claim's object) stand relative to the cue, and which kinds each may be. An example
sentence is given for every rule. The logic that applies them is `extract/lineage.py`.

Sides: "left" = before the cue, "right" = after it. Active cues have the agent left and the patient right ("Labour
has continued with the regional hubs policy"); passive cues the reverse ("proposed by the care review").
Categories: doc (policy documents), statute, measure, programme, government.

The relation "carries" is not an ontology relation: it means "this document had this measure" and becomes
`recommends` for reviews and reports, `adopts` for everything else (`CARRIES_AS_RECOMMENDS`).
"""

from __future__ import annotations

from cscgraph.extract.patterns import fast_re as re
from dataclasses import dataclass

from cscgraph.extract.patterns import text as T
from cscgraph.extract.patterns.documents import PURPOSE_CLAUSE


@dataclass(frozen=True)
class LineageRule:
    name: str
    pattern: re.Pattern[str]
    relation: str
    agent_side: str
    patient_side: str
    agent: tuple[str, ...]
    """Categories the agent may be, in order of preference ("set out by the Conservatives in Stable Homes": the
    document acts, not the government)."""
    patient: tuple[str, ...]
    default_agent: bool = False
    """When no agent is in the sentence, the government of the article's date is the agent ("…was not adopted")."""
    all_patients: bool = False
    """Every patient of the right category on the patient's side, not only the nearest and those coordinated with
    it: "X, along with the review’s Y, are being tested in the pathfinder"."""
    object_gap: re.Pattern[str] | None = None
    """Words that, standing between the cue and a patient after it, show the patient is not the cue's object:
    "launched a consultation on family help" does not launch family help."""
    recommendation: bool = False
    """The cue speaks of a recommendation ("based on a recommendation from the review"): a measure agent is what
    the document recommended, not something built on the document."""
    named_patient: bool = False
    """The patient must be named in the sentence, not stand for an earlier item ("The reforms are backed by £5m":
    which reforms the money is for is not said)."""
    sole_actor: bool = False
    """No government, and no document but the patient, may stand before the cue in the sentence: the default agent
    is meant only where no one else could be the actor."""


# What, between "following" and a document after it, shows the document is not what came first: "following a
# consultation on the review", "following months of delay before the strategy".
FOLLOWS_GAP = re.compile(r"\b(?:on|into|about|of|before|after|months|years|weeks|delay|debate|consultation)\b",
                         re.IGNORECASE)
# Prepositions that end a verb's direct object: "set up a working group on family help", "launched a consultation
# into kinship leave", "introduced details of the hubs".
NOT_DIRECT_OBJECT = re.compile(r"\b(?:on|into|about|of|around|over|with)\b", re.IGNORECASE)

# A relative clause in parentheses, "X, which replaces Y, was set out in Z": an item inside it is not the
# patient of a passive cue after it (Z adopts X, not Y).
RELATIVE_PARENTHESIS = re.compile(r",\s*(?:which|who|that)\b[^,]*,", re.IGNORECASE)
# A relative clause opened before an agent candidate ("The initiative, which was announced in Stable Homes, is a
# response to…"): if a comma closes it before the cue, the candidate is not the cue's subject. SENTENCE_END_BETWEEN
# keeps the opener inside the cue's sentence.
RELATIVE_OPENER = re.compile(r",\s*(?:which|who)\b")
SENTENCE_END_BETWEEN = re.compile(r"[.!?]\s")
# An agent candidate that is the object of a preposition, with a comma between it and the cue, stands in a phrase
# set off from the clause whose subject acts: "In a letter to ministers, the bill's critics called for…", "The
# strategy, published by the government, adopts…" (matched against the text right before the candidate).
PREPOSITION_OBJECT = re.compile(r"\b(?:to|from|with|by|for|against|about|at)\s+(?:(?:the|a|an|its|their)\s+)?$",
                                re.IGNORECASE)
# Where money comes from, not who spends it: "Councils may apply for funding from the Fund to pilot…" (the fund
# pilots nothing; only a funding cue may take it as agent).
MONEY_SOURCE = re.compile(r"\b(?:funding|money|grants?|cash|bids?|bid|apply|applied|applying)\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:from|through|via)\s+(?:(?:the|a|an|its|their)\s+)?$", re.IGNORECASE)
# A statute's future, as "will", "is set to" or "is to": "The Bill is set to introduce a register", "The Bill is to
# introduce new registers", "The Bill will introduce a register" (not "is not set to", nor a wish: "should be set to").
WILL = r"(?:will|(?:is|are)\s+(?:also\s+)?(?:set\s+)?to)"
# A cue of building on another item, then its object: "builds on the proven success of the Sure Start programme",
# "drew heavily on the review", "is modelled on Sure Start".
BUILDS_ON = (r"\b(?:(?:builds?|built|building|draws?|drew|drawn)\s+(?:\w+ly\s+)?(?:up)?on|(?:modelled|modeled|patterned)"
             r"\s+on)\b(?:\s+the\s+(?:\w+\s+){0,2}?(?:success|work|lessons|learning|evidence|legacy)\s+(?:of|from)\b)?")
# Words between a cue and a candidate object that show the candidate is only an example of the object: "builds on best
# practice from programmes such as Supporting Families".
EXAMPLES_GAP = re.compile(r"\b(?:from|such|including|like|among)\b", re.IGNORECASE)
# How far before a candidate those look (characters).
BEFORE_CANDIDATE_REACH = 40
# A subordinate clause between a passive cue and a patient before it: the cue's subject is in that clause, not the
# patient (and after an active cue, its object ends there): "This will be piloted before the relevant legislation is
# implemented".
CLAUSE_BREAK = re.compile(r"\b(?:before|after|when|once|until|while|because|unless|whereas|although|though)\b",
                          re.IGNORECASE)

# A reported clause between an agent candidate and the cue whose own subject is others, who are no item: "The
# government said councils must fund the programme" (the councils fund, if anyone does; "The government said it would
# fund…" keeps the government).
REPORTED_OTHER_SUBJECT = re.compile(
    r"\b(?:said|says|say|told\s+\w+|warned|argued|insisted|stressed|claimed|claims|believes?|expects?|wants?)\s+"
    r"(?:that\s+)?(?:(?:the|all|local|many|some|other|more)\s+)*(?:councils|authorities|providers|schools|charities|"
    r"parents|families|employers|trusts|agencies|partners|areas|carers)\b", re.IGNORECASE)

# Between "continue"/"kept"/"extended" and an item after it, a subordinate clause, a dash or a ", but" clause: the
# item is not the verb's object ("ministers had kept to for two months – that it would set out details on the fund",
# "the government had extended a lifeline…, but urged ministers to extend the fund's remit").
CONTINUES_GAP = re.compile(CLAUSE_BREAK.pattern + r"|[–—]|,\s+but\b", re.IGNORECASE)
# A clause mark between a cue and an item after it: the item is not the cue's object.
CLAUSE_MARK = re.compile(r"[,;:]")
# A second predicate with its own auxiliary after a cue: what follows it is that predicate's object, not the cue's
# ("The government is funding peer groups and is testing allowances": the allowances are not funded).
NEW_PREDICATE = re.compile(r",?\s+(?:and|but)\s+(?:is|are|was|were|has|have|had|will)\s")

# Bodies that may fund (only fund: a department's other steps are the government's): "The Department for Education
# has awarded £4.4m to councils to boost foster carer recruitment" (compared with a body's kind).
FUNDING_BODY_KINDS = frozenset({"government department"})
# Bodies (their reference kind) that act as local government: a council's own decision is an actor's ("council-motion").
COUNCIL_KINDS = frozenset({"council"})
# Bodies (their reference kind) whose calls are news, not proposals: a publisher reports what others propose.
NOT_ACTING_KINDS = frozenset({"publisher"})
# Between a council and an amount, words that make the council the amount's recipient, or the amount a cut, a saving
# or an overspend, not money the council gives: "Kent County Council will receive £2m", "…are among five local
# authorities to receive funding of more than £1m", "was awarded £500,000", "was handed £2m", "is owed £1m", "bid for
# £1m", "overspent its budget by nearly £4 million", "is proposing savings totalling £8.14m".
COUNCIL_RECEIVES = re.compile(r"\b(?:receiv(?:e|es|ed|ing)|award(?:ed)?|given|granted|handed|allocated|owed|"
                              r"get(?:s|ting)?|got|bid(?:s|ding)?\s+for|secur(?:e|es|ed)|won|share\s+of|overspen[dt]|"
                              r"overspending|sav(?:e|es|ed|ings)|cut(?:s|ting)?|shortfall|deficit)\b", re.IGNORECASE)
FUNDERS = ("government", "department", "doc")
# A body that is a funder only where the text says it funds, as the agent of a passive: "The project, which was
# funded by the Nuffield Foundation", "is being funded by the Local Authorities’ Mutual Investment Trust" (a charity,
# trust or company is no actor of any other rule; matched against the text before the body's name).
FUNDED_BY_BODY = re.compile(r"\b(?:funded|financed|paid\s+for|bankrolled)\s+(?:jointly\s+|wholly\s+|entirely\s+|"
                            r"largely\s+|partly\s+)?by\s+(?:the\s+)?$")
FUNDED_BY_REACH = 40
"""Characters before a body's name that FUNDED_BY_BODY reads."""
# Money the funding step found (its `kind`) that someone gives: "the government’s £10m investment in Start for Life
# services" funds them; an estimate of need, a cost or a shortfall funds nothing.
ALLOCATION_KINDS = frozenset({"allocated"})
# How far after an amount what it is for may stand: "£221,184 investment in Gloucestershire to kick-start the
# creation of new Best Start Family Hubs" (characters, within the sentence).
ALLOCATION_REACH = 120
# How far after a government in the possessive the programme or measure it owns may start: "the government’s
# Harbour Families Fund" (a government owning what the money funds ends no clause).
OWNED_ITEM_REACH = 40
# The nouns a breakdown of money names the money by: "The new funding includes…", "The £12.5m package includes:".
MONEY_NOUN = r"(?:funding|money|investment|package|cash)"
# A sentence that breaks down money an earlier sentence gave: "The new funding includes £10 million to create stable
# homes for care leavers", "The funding is made up of £10m to…", "The care package includes around £80 million to
# create…", "The £12.5m package includes:" (its giver is the one the funding step read there; a list it opens is
# read by BREAKDOWN_LIST_OPENING).
MONEY_BREAKDOWN_OPENING = re.compile(rf"(?:The|This)\s+(?:new\s+|extra\s+|additional\s+|{T.STERLING_SUM}\s+|"
                                     rf"(?:[a-z]+\s+){{1,2}})?{MONEY_NOUN}\s+"
                                     r"(?:includes|will\s+include|is\s+made\s+up\s+of|comprises)\b")
# A sentence that opens a list breaking down money, each item an amount and what it is for: "The £302m for the
# Family Hubs and Start for Life programme includes:", "The £12.5m package includes:" (the items' giver is the funder
# of that money where its allocation's sentence names one, not a funder the funding step only guessed).
BREAKDOWN_LIST_OPENING = re.compile(rf"(?:{T.STERLING_SUM}|\b{MONEY_NOUN})\b[^.:;]{{0,80}}?"
                                    r"\b(?:includes?|will\s+include|comprises?|is\s+made\s+up\s+of|consists\s+of)"
                                    r"\s*:\s*$")
# A modal right after an allocation's amount makes it only possible: "a further £166,400 may be received on a payment
# by results basis", "£10m could be awarded to expand allowances" (matched from the amount's end).
MODAL_AFTER_AMOUNT = re.compile(r"\s*(?:[\w’'-]+\s+){0,3}?(?:may|might|could)\s+(?:also\s+|still\s+)?(?:be|have)\b")
# A funder named in a compound adjective before the kind of thing funded: "The Care Leaver Covenant is a government
# funded project", "This is a Department for Education (DfE) funded project", "Families First is a Welsh Government
# funded programme" (group `funder` holds the funder's name; a denial, "is not a government-funded…", never matches:
# "is" must meet its article).
FUNDED_COMPOUND = re.compile(r"\b(?:is|was|are|were|remains)\s+(?:an?|the)\s+(?P<funder>[^.;,:]{2,80}?)[\s-]funded\s+"
                             r"(?:[\w-]+\s+){0,2}?(?:project|programme|scheme|initiative|pilot|service|pathfinder|"
                             r"trial|partnership)s?\b")
# What may stand between the thing funded and FUNDED_COMPOUND: nothing, or an adverb ("Staying Close is now a…").
FUNDED_SUBJECT_GAP = re.compile(r"^\s*(?:now\s+|also\s+|still\s+)?$")
# "This"/"It" opening the sentence as the thing funded: the programme or measure the previous sentence named.
FUNDED_ANAPHOR = re.compile(r"^(?:This|It)\s+$")

# Where an allocation's money comes from, right after its amount: "£555 million from the Transformation Fund" (the
# fund is the source, not what the money is for; matched from the amount's end to the item).
AMOUNT_SOURCE = re.compile(r"\s*(?:of\s+[\w-]+\s+)?(?:from|through|via|out\s+of)\s+(?:the\s+|its\s+|their\s+|[\w’'-]+[’']s?\s+)?$",
                           re.IGNORECASE)
# The word right before an allocation's amount, its verb ("…to award £3m"): the hedge test reads the text before it.
LAST_WORD = re.compile(r"[\w’'-]+\s*$")
"""Who awards a grant, in order of preference."""
DOCS = ("doc",)
NOBODY: tuple[str, ...] = ()
"""No item may be the agent: the rule's agent is always the default one (the government in office)."""
DOC_GOV = ("doc", "government")
GOV_DOC = ("government", "doc")
MEASURES = ("measure", "programme")
PROGRAMME_FIRST = ("programme", "measure")


def _rule(name: str, regex: str, relation: str, agent_side: str, patient_side: str, agent: tuple[str, ...],
          patient: tuple[str, ...], default_agent: bool = False, all_patients: bool = False,
          recommendation: bool = False, object_gap: re.Pattern[str] | None = None,
          named_patient: bool = False, sole_actor: bool = False) -> LineageRule:
    return LineageRule(name, re.compile(regex, re.IGNORECASE), relation, agent_side, patient_side, agent, patient,
                       default_agent, all_patients, object_gap, recommendation, named_patient, sole_actor)


LINEAGE_RULES: tuple[LineageRule, ...] = (
    # "Stable Homes, Built on Love strategy published last year, which was itself based on the recommendations of
    # the 2021-22 Independent Review of Children’s Social Care." / "…was itself based on Stable Homes"
    _rule("based-on", r"\bbased\s+on\s+(?:(?:the|a)\s+)?(?:key\s+)?(?:recommendations?\s+(?:of|from|in|made\s+by)\b)?",
          "basedOn", "left", "right", ("doc", "measure", "programme", "statute"), DOCS, recommendation=True),
    # "the Kinship Allowance Pilot, following a commitment made in the Autumn Budget", "The report endorsed the
    # recommendations proposed by the care review", "the guide includes sharing learning from the pathfinder": a
    # document or programme that takes up another's commitments, recommendations, learning or findings is based on
    # it (a government that does so adopts: left to the rules below)
    _rule("source-content", r"\b(?:following|after|endors(?:ed|es|ing)|shar(?:ing|es|ed)|reflect(?:s|ed|ing)?|"
          r"draw(?:s|ing)?\s+on|respond(?:s|ed|ing)?\s+to)\s+"
          r"(?:(?:a|the|its|their|many|some|most|all|of|key|main|central)\s+){0,3}"
          r"(?:commitments?|recommendations?|learning|lessons|findings|evidence|pledges?|proposals?)\s+"
          r"(?:(?:made|set\s+out|proposed|published|put\s+forward)\s+)?(?:in|from|of|by)\b", "basedOn", "left",
          "right", ("doc", "programme"), DOCS),
    # "It also follows the March 2022 market study", "The Bill was introduced following the policy paper", "This
    # Bill comes on the back of the review", "the strategy, published in the wake of the review": a document or
    # statute that comes after another in answer to it is based on it (a fronted "Following the review, …" is
    # read in extract/lineage.py)
    _rule("follows-document", r"(?<!^)(?<!\bthe\s)\b(?:follows|followed|following|comes?\s+on\s+the\s+back\s+of|came\s+on\s+the\s+"
          r"back\s+of|in\s+the\s+wake\s+of)\b", "basedOn", "left", "right", ("doc", "statute", "programme"), DOCS,
          object_gap=FOLLOWS_GAP),
    # "The Children’s Social Care National Framework builds on Working Together." / "draws on the review"
    # / "The strategy drew heavily on the review"
    # / "The framework builds upon the strategy" (the document is the object: not "is built on sand, critics of the
    # strategy said")
    _rule("builds-on-document", r"\b(?:builds?|built|building|draws?|drew|drawn)\s+(?:\w+ly\s+)?(?:up)?on\b", "basedOn",
          "left", "right", DOCS, DOCS, object_gap=CLAUSE_MARK),
    # "The hubs programme … building on the proven success of the Sure Start programme" (a programme on another; a
    # government that "would build on the pathfinder" continues it, below)
    _rule("programme-builds-on", BUILDS_ON, "basedOn", "left", "right", ("programme",), ("programme", "doc")),
    # "Family hubs build on the legacy of Sure Start children's centres", "Family hubs are modelled on Sure Start": a
    # measure on the programme or document it names as its object (not on examples of what it draws from: "family
    # help which builds on best practice from programmes such as Supporting Families")
    _rule("measure-builds-on", BUILDS_ON, "basedOn", "left", "right", ("measure",), ("programme", "doc"),
          object_gap=EXAMPLES_GAP),
    # "the Independent Review of Children’s Social Care, which formed the blueprint for Stable Homes"
    # / "The panel's report, which formed the basis for the lead practitioner role" (a measure built on a document)
    _rule("blueprint-for", r"\b(?:formed|was|is|provided|forms|provides)\s+the\s+(?:blueprint|basis|template|"
          r"foundation)\s+for\b", "basedOn", "right", "left", ("doc", "measure"), DOCS),
    # "the previous government’s response to it, the Stable Homes, Built on Love strategy"
    _rule("response-to-it", r"\bresponse\s+to\s+(?:it|them|this)\b", "basedOn", "right", "left", DOCS, DOCS),
    # "The fostering strategy, published on Tuesday, is the government's response to the national review" / "the
    # paper, a reply to the market study": the document before the cue answers the one after it
    # / "The strategy responds to recommendations made by the care review and the market study"
    # / "is a response to the recommendations from the care review, the panel's report on child protection and the
    # CMA's market study" (every document it lists, however each is introduced)
    _rule("response-to", r"\b(?:response|reply|answer)\s+to\b|\b(?:responds|responded|replies|replied)\s+to\b"
          r"(?:\s+(?:the\s+)?recommendations\s+(?:of|from|made\s+by|in))?", "basedOn", "left", "right",
          ("doc", "programme"), DOCS, all_patients=True),
    # "…was proposed by the care review and set out in Stable Homes" (a review recommends; a government or strategy
    # that proposes adopts: "RCCs were proposed by the previous Conservative government")
    # / "The idea was later endorsed by the panel's report" (a review that backs a measure recommends it)
    # / "The proposal was first made by the review" / "The idea, first mooted in the review" / "accepted by ministers"
    _rule("proposed-by", r"\b(?:proposed|recommended|called\s+for|suggested|put\s+forward|championed|backed|endorsed|"
          r"mooted|(?:first|originally)\s+made|accepted|"
          r"supported|advocated)\s+(?:\w+\s+){0,2}?(?:by|in)\b(?!\s+(?:law|force|statute))",
          "carries", "right", "left", DOC_GOV, MEASURES),
    # "The review called on the government to invest £2.6bn into family help", "The report urges ministers to introduce
    # a register": a document's call on others is its recommendation (a body's call on others is a wish:
    # HEDGED_BEFORE; a body that calls for something itself recommends it: recommends-active)
    # (only a call to make or pay for something: "urges ministers to replace the profit cap" recommends no cap)
    _rule("document-calls-on", r"\b(?:(?:called|calls|calling|urged|urges|urging)\s+on|urged|urges|urging)\s+"
          r"(?:[\w’'-]+\s+){1,5}?to\s+(?:introduce|create|establish|invest|fund|adopt|set\s+up|bring\s+in|provide|"
          r"extend|expand|legislate\s+for|implement|make)\b", "recommends", "left", "right", DOCS, MEASURES),
    # "It was the central proposal from the 2021-22 Independent Review" / "a recommendation from the care review"
    _rule("proposal-from", r"\b(?:proposals?|recommendations?|ideas?|calls?)\s+(?:from|of|in|made\s+by)\b",
          "recommends", "right", "any", DOCS, MEASURES),
    # "the IRCSC’s recommendation of creating a network of Regional Care Cooperatives" / "the care review’s
    # proposal for child protection cases…" / "the MacAlister review’s key recommendation to…"
    # (the cue may start after the possessive when the document's name includes it: "the review's proposal")
    _rule("possessive-recommendation", r"(?:[’']s?|(?<=[’']s)|(?<=[’']))\s+(?:key\s+|central\s+|main\s+|flagship\s+)?"
          r"(?:recommendations?|proposals?|plans?\s+for|calls?\s+(?:for|to)|ideas?\s+(?:for|of|to))\b", "carries", "left",
          "right", DOCS, MEASURES),
    # "The review published its final report, making over 70 recommendations including the axing of independent
    # reviewing officers and the creation of regional care co-operatives", "The bill introduces a broad range of
    # measures, including greater powers for Ofsted and …": what a document's or Bill's recommendations or measures
    # include is its own (a review recommends, a Bill legislates, another document adopts; not what they are for:
    # "… regional care co-operatives to run and set up new fostering services")
    _rule("measures-including", r"\b(?:recommendations|proposals|measures|commitments|provisions)\b[^.;:]{0,40}?"
          r"\bincluding\b", "carries", "left", "right", ("doc", "statute"), MEASURES, all_patients=True,
          object_gap=PURPOSE_CLAUSE),
    # "Nottinghamshire County Council approved a motion aimed at giving care leavers a protected characteristic", "…,
    # which have passed similar motions to recognise care experience as a protected characteristic", "Camden Council
    # has rubber-stamped plans to create a charitable foundation": a council that carries a motion, plan or proposal
    # to bring in a measure adopts it (a council, by its own decision, acts as local government;
    # "rejected a motion", "will debate a motion" carry nothing)
    _rule("council-motion", r"\b(?:approv(?:es|ed)|pass(?:es|ed)|adopt(?:s|ed)|back(?:s|ed)|agreed|agrees|"
          r"rubber[\s-]?stamp(?:s|ed)|sign(?:s|ed)\s+off)\s+(?:a\s+|the\s+|its\s+)?"
          r"(?:(?:similar|cross-party|unanimous)\s+)?(?:motions?|plans?|proposals?)\s+(?:aimed\s+at|to|calling\s+for|"
          r"supporting)\b", "adopts", "left", "right", ("council",), MEASURES),
    # "Kestrel Council agreed to introduce a council tax exemption for care leavers", "the government has agreed to
    # set up a national register": a council or government that decides to bring a measure in adopts it (not "agreed
    # to consider", a wish to think about it) / "after the council committed to make being care experienced a
    # protected characteristic", "voted to treat care experience as …" (a status it gives)
    _rule("decides-to-introduce", r"\b(?:agreed|agrees|voted|decided|decides|committed|resolved)\s+to\s+(?:introduce|"
          r"create|establish|set\s+up|bring\s+in|launch|make|treat|recognise|recognize|adopt)\b", "adopts", "left",
          "right", ("council", *DOC_GOV), MEASURES),
    # "Northby Council is piloting the Families First for Children Pathfinder", "Northby and Eastby councils are two of
    # ten areas in England trialling the programme", "Northby Council was one of seven local authorities chosen to pilot
    # the Mockingbird programme", "selected by the government to run the Staying Close programme": a council taking part
    # in a programme carries it out (not "hopes to pilot", a wish; not a measure, which a council adopts)
    _rule("council-pilots", r"\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:(?:one|two|three|four|five|six|seven|"
          r"eight|nine|ten|\d{1,3})\s+of\s+(?:the\s+|only\s+)?(?:[\w-]+\s+){0,3}?(?:areas|councils|local\s+"
          r"authorities|sites|places)\s+(?:in\s+England\s+|nationally\s+)?)?(?:(?:currently|now|already)\s+)?"
          r"(?:piloting|trialling|trialing|testing|delivering|running|taking\s+part\s+in|"
          r"(?:chosen|selected|picked)\s+(?:by\s+(?:[\w-]+\s+){1,4}?)?to\s+(?:pilot|trial|test|run|deliver|join|"
          r"take\s+part\s+in))\b", "implements", "left",
          "right", ("council",), PROGRAMME_FIRST),
    # "The reforms, set out in a policy paper today, also include empowering Ofsted to investigate…"
    _rule("document-includes", r"\b(?:also\s+)?includes?\b", "adopts", "left", "right", DOCS, ("measure",),
          all_patients=True),
    # "…as recommended in the review"
    _rule("as-recommended", r"\bas\s+(?:recommended|proposed|called\s+for)\s+(?:by|in)\b", "recommends", "right",
          "left", DOCS, MEASURES),
    # "It said a “revolution in family help” was needed" (agent and patient both before the cue)
    _rule("was-needed", r"\b(?:was|were|is|are)\s+(?:needed|required|essential)\b", "recommends", "left", "left",
          DOCS, ("measure",)),
    # "The IRCSC recommended scrapping independent reviewing officers" / "the review, which called for £2bn to be
    # invested in family help" / "It called for investigative multi-agency child protection teams"
    # / "the profit cap, which the Conservatives had proposed" (a government or strategy that proposes adopts; a
    # Bill that proposes legislates: "It proposes multi-agency safeguarding teams")
    # / "The report advocates regional care co-operatives", "the review …, advocating for a shift to early help"
    # (not an adjective after a determiner: "pursuing the proposed profit cap"; not a call on others to act, "the
    # government urged councils to extend the pilot", which document-calls-on reads for a document)
    _rule("recommends-active", r"(?<!\bthe\s)(?<!\ba\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bany\s)"
          r"\b(?:recommend(?:s|ed)?|propos(?:es|ed)|called\s+for|calls\s+for|calling\s+for|"
          r"urged(?!\s+(?:[\w’'-]+\s+){1,5}?to\b)|suggested|advocat(?:es|ed|ing)(?:\s+for)?|"
          r"floated)\b", "carries", "left", "right", DOC_GOV + ("statute", "body"), MEASURES),
    # "The pilot meets commitments set out in the fostering strategy", "the programme is the means of implementing
    # the core changes set out in the strategy", "the plan delivers many of the reforms outlined in the white paper":
    # a document or programme that carries out what another set out implements it (a statute's "contains the
    # measures set out in" is left to legislates-active). Before set-out-in, which would read the programme as a
    # measure the later document adopted.
    # / "The Bill brings forward many of the commitments first set out in the policy paper" (a Bill carrying out a
    # document's commitments implements it)
    _rule("implements-set-out", r"\b(?:implement(?:s|ed|ing)?|meet(?:s|ing)?|met|deliver(?:s|ed|ing)?|"
          r"carr(?:y|ies|ied|ying)\s+out|giv(?:e|es|ing)\s+effect\s+to|br(?:ing|ings|ought)\s+forward)\s+"
          r"(?:[\w’'-]+\s+){0,4}?(?:commitments|changes|measures|proposals|reforms|plans|"
          r"pledges|recommendations|ambitions|actions)\s+(?:first\s+)?(?:set\s+out|made|outlined|contained|"
          r"included|announced)\s+in\b", "implements", "left", "right", ("doc", "programme", "statute"), DOCS),
    # "…and set out in Stable Homes, Built on Love" / "It was then taken up by the … Stable Homes strategy" / "the
    # family help model initiated by its Conservative predecessor" / "established by the last government" / "the
    # sector reforms proposed by the review and taken forward in Stable Homes" (a review as patient: basedOn) / "the
    # pilot was confirmed in the Spending Review" (not a date: "confirmed in March"; a date may stand before the
    # document: "announced in February 2023 as part of Stable Homes") / "the new system of multi-agency safeguarding
    # arrangements established by the Children and Social Work Act 2017" (a statute legislates what it sets out)
    _rule("set-out-in", r"\btaken\s+forward\s+in\b|\b(?:set\s+out|taken\s+up|included|(?:first\s+)?floated|introduced|adopted|contained|announced|"
          r"outlined|unveiled|pledged|first\s+proposed|initiated|established|set\s+up|drawn\s+up|created|launched|"
          rf"referenced|started|confirmed|promised)(?:\s+in\s+(?:{T.MONTH}\s+)?\d{{4}})?\s+(?:in|by|as\s+part\s+of|under)\b"
          rf"(?!\s+(?:\d|(?:{T.MONTH}|spring|summer|autumn|winter)\b))",
          "adopts", "right", "left", DOC_GOV + ("statute",), ("measure", "programme", "review")),
    # "The Bill delivers on Labour's manifesto commitment to cap profits", "…, thereby honouring a commitment from the
    # Conservative Party's 2019 manifesto": what keeps a document's commitment implements that document (the cue
    # ends before the commitment's words, which may hold the document's name; not past a comma)
    _rule("delivers-on-commitment", r"\b(?:deliver(?:s|ed|ing)?\s+on|honour(?:s|ed|ing)?|fulfil(?:s|led|ling)?)\b"
          r"(?=\s+(?:[\w’'-]+\s+){0,6}?(?:commitments?|pledges?|promises?)\b)", "implements", "left", "right",
          ("statute", "programme", "doc", "government"), DOCS, object_gap=CLAUSE_MARK),
    # "The Bill, introduced in December 2024 as part of Labour's manifesto": a statute brought in as part of a
    # document implements it (not "promised in the King's Speech", which names where it was announced)
    _rule("statute-part-of", rf"\b(?:introduced|brought\s+forward|brought\s+in|tabled|published)(?:\s+in\s+"
          rf"(?:{T.MONTH}(?:\s+\d{{4}})?|\d{{4}}))?\s+as\s+part\s+of\b", "implements", "left", "right", ("statute",), DOCS),
    # "The kinship leave pledge was carried over from the fostering strategy": the earlier document had the measure…
    _rule("carried-over-from", r"(?<=carried\sover\s)from\b|(?<=brought\sover\s)from\b|(?<=inherited\s)from\b",
          "carries", "right", "left", DOC_GOV, MEASURES),
    # … and whoever carried it over (the government in office, when the sentence names no one) continues it.
    _rule("carried-over", r"\b(?:was|were|is|are|been|being)\s+(?:carried|brought)\s+over\b(?=\s+from)", "continues",
          "right", "left", NOBODY, MEASURES, default_agent=True),
    # "Labour carried over the kinship leave pledge from the fostering strategy"
    _rule("carries-over-active", r"\b(?:carried|carries|brought|brings)\s+over\b|\binherited\b", "continues", "left",
          "right", ("government", "doc"), MEASURES),
    # "The initiative came out of the Conservatives’ Stable Homes, Built on Love … agenda"
    _rule("came-out-of", r"\b(?:came|comes|emerged|stems?|stemmed|originated)\s+(?:out\s+of|from)\b", "adopts",
          "right", "left", DOCS, MEASURES),
    # "The strategy sets out three measures: kinship leave, fostering hubs and…" / "the pathfinder, which the
    # Tories launched in 2023" / "the group, which ministers set up" (a document or government introducing a
    # measure has it; a statute that sets one out legislates it)
    # Not after "to"/"will"/"must": "a requirement on councils to set up teams" is a pledge about others; nor a
    # passive: "The Troubled Families Programme was launched in 2011 and locally it was adopted as the Priority
    # Families Programme" (the government in "the Government's programme" launched no Priority Families).
    _rule("carries-active", r"(?<!\bto\s)(?<!\bwill\s)(?<!\bmust\s)(?<!\bwould\s)(?<!\bwas\s)(?<!\bwere\s)"
          r"(?<!\bis\s)(?<!\bare\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bbe\s)"
          r"\b(?:(?:first\s+)?(?:sets?|setting)\s+out|set\s+up|sets\s+up|launched|launches|"
          r"introduced|established|establishes|created|unveiled|unveils|drew\s+up|outlined|outlines)\b"
          r"(?!\s+(?:by|as\s+part\s+of|under)\b)(?!\s+in\s+(?!\d))", "carries", "left", "right",
          DOC_GOV + ("statute", "programme"), MEASURES, object_gap=NOT_DIRECT_OBJECT),
    # "The government will introduce kinship leave in its fostering strategy" (a government's pledge made in its own
    # document; a bare "will introduce" with no document names a plan, not a step)
    _rule("will-introduce-in-its", r"\bwill\s+(?:also\s+)?(?:introduce|bring\s+in|create|establish|set\s+up|"
          r"legislate\s+for)\b(?=[^.;]{0,150}?\bin\s+(?:its|their)\s+(?:(?-i:[A-Z0-9])|(?:new\s+|forthcoming\s+)?"
          r"(?:strategy|policy\s+paper|white\s+paper|green\s+paper|plan|budget)\b))", "adopts", "left", "right",
          ("government",), MEASURES, object_gap=NOT_DIRECT_OBJECT),
    # "the government is adopting the IRCSC’s recommendation" / "Instead, it adopts the IRCSC’s recommendation of…"
    # / "The Labour government has given its explicit backing to the family help model"
    # / "The paper commits to kinship care leave" / "Ministers adopted the approach in their strategy" (not the
    # adjective: "support for adopted children")
    _rule("adopts-active", r"\b(?:adopts?|adopting|is\s+adopting|will\s+adopt|"
          r"adopted(?!\s+(?:by|in|as|under|children|child|young|sons?|daughters?)\b)|backs|"
          r"backed(?!\s+by)|backing\s+for|accepted(?!\s+by)|accepts|endorsed(?!\s+by)|commits?\s+to|committed\s+to|"
          r"signs?\s+up\s+to|signed\s+up\s+to|has\s+given\s+its\s+(?:explicit\s+)?backing\s+to)\b", "adopts", "left", "right",
          DOC_GOV, MEASURES, default_agent=True),
    # "An Early Career Framework recommended by MacAlister … is being adopted."
    _rule("is-being-adopted", r"\b(?:is|are|was|were)\s+being\s+adopted\b|\bwill\s+be\s+adopted\b", "adopts", "right",
          "left", DOC_GOV, MEASURES, default_agent=True),
    # "A recommendation in the MacAlister review to make care experience a protected characteristic was not
    # adopted." / "This was rejected by the government."
    # / "Kinship leave and a profit cap were not added to the Bill" / "…was not included in the strategy"
    _rule("not-adopted", r"\b(?:was|were|has|have|is|are)\s+not\s+(?:been\s+|being\s+)?(?:adopted|taken\s+forward|"
          r"taken\s+up|accepted|added(?:\s+to)?|included(?:\s+in)?|put\s+in)\b|\b(?:was|were|been|be)\s+(?:quietly\s+)?(?:rejected|dropped|ditched|scrapped|shelved|"
          r"abandoned|axed|turned\s+down|ruled\s+out)(?:\s+by)?\b",
          "rejects", "right", "left", DOC_GOV + ("statute",), MEASURES, default_agent=True),
    # / "The Tories scrapped the accreditation scheme" / "Ministers turned down the panel's call"
    # / "has ruled out a cap" (not the adjective: "lessons from the scrapped accreditation scheme")
    # "the government does not advocate a cap on profit-making" / "it rejected the case for banning or capping
    # profits" / "the government has dropped the profit cap" / "it has suspended the payment by results mechanism"
    _rule("rejects-active", r"\b(?:rejects|rejected(?:\s+the\s+case\s+for|\s+calls\s+for)?|does\s+not\s+advocate|"
          r"did\s+not\s+advocate|(?:has|have|had)\s+(?:dropped|ditched|scrapped|suspended|abandoned|shelved|axed|"
          r"ruled\s+out)|will\s+not\s+(?:introduce|adopt|take\s+forward)|(?:scraps|suspends|drops|abandons|shelves|axes)|"
          r"(?<!\bthe\s)(?<!\ba\s)(?<!\bnow\s)(?:scrapped|shelved|ditched|axed|abandoned|dropped)(?!\s+by)|turn(?:s|ed)?\s+down|"
          r"rul(?:es|ed)\s+out)\b",
          "rejects", "left", "right", GOV_DOC, MEASURES, default_agent=True),
    # / "Labour has kept the recruitment hubs" / "ministers are retaining the early career framework" / "Labour
    # has pressed ahead with the co-operatives" / "the government stuck with the hubs"
    # "Labour has continued with the regional hubs policy" / "would continue the work of the national workload
    # action group" / "it would “build on” the families first for children pathfinder" / "has extended the pathfinder"
    # (not the adjective after a determiner or "to": "the continued transformation", "a commitment to continued
    # investment in family hubs")
    _rule("continues-active", r"\b(?:(?:continu(?:e|es)|(?<!\bthe\s)(?<!\bto\s)(?<!\ba\s)(?<!\bits\s)(?<!\btheir\s)"
          r"(?<!\bour\s)continu(?:ed|ing))\s+(?:with\s+)?|will\s+continue\s+|"
          r"(?:is\s+)?(?:taking|take|takes)\s+forward|build\s+on|extended|extends|expanded|persist\s+with|"
          r"(?:has|have|had)\s+(?:also\s+)?(?:kept|retained|preserved)|keeps|retains|(?:is|are)\s+keeping|"
          r"(?:kept|retained)(?!\s+by)|(?:press(?:es|ed|ing)?|push(?:es|ed|ing)?|forg(?:es|ed|ing))\s+ahead\s+with|"
          r"st(?:uck|ick|icks|icking)\s+with|"
          r"(?:is|are)\s+retaining)\b",
          "continues", "left", "right", GOV_DOC, ("measure", "programme", "doc"), default_agent=True,
          object_gap=CONTINUES_GAP),
    # "Another Stable Homes policy being taken forward by the Labour government is…"
    _rule("continues-passive", r"\b(?:being\s+)?(?:taken\s+forward|continued|retained|kept)\s+by\b", "continues",
          "right", "left", GOV_DOC, ("measure", "programme", "doc")),
    # "are being tested in the 10 families first for children pathfinder sites" / "to test the model … through the
    # families first for children pathfinder"
    # / "ministers are trialling kinship leave through the fostering pilot"
    _rule("tested-in", r"\b(?:being\s+|been\s+|be\s+)?(?:tested|trialled|trialed|piloted|test|trial|pilot|testing|"
          r"trialling|trialing|piloting)\b[^.]{0,80}?"
          r"\b(?:in|through|by|via|under|as\s+part\s+of)\b", "tests", "right", "left", ("programme",), ("measure",),
          all_patients=True),
    # "The families first for children pathfinder, which is testing … family help services … and specialist child
    # protection teams" / "the programme, which comprises the family help model and…" / "The pathfinder also
    # involves authorities establishing expert multi-agency child protection teams"
    # / "The programme will invest £45m to design and test ‘radical reforms’ across family help and …"
    # / "a Kinship Allowance Pilot that will test paying kinship families…"
    _rule("tests-active", r"\b(?:is\s+|are\s+)?(?:testing|trialling|piloting|tests|trials|pilots|comprises|involves|"
          r"covers)\b|\b(?:to|will|would)\s+(?:\w+\s+and\s+)?(?:test|trial|pilot)\b", "tests", "left", "right", ("programme",),
          ("measure",), all_patients=True),
    # "The government is now trialling a financial allowance to eligible kinship carers" / "ministers will pilot
    # kinship leave": a government that tries a measure out tests it (after tests-active, whose programme agent
    # comes first)
    _rule("government-tests", r"\b(?:is|are|will\s+be|has\s+been|have\s+been)\s+(?:now\s+|also\s+)?(?:testing|trialling|"
          r"trialing|piloting)\b|\bwill\s+(?:now\s+|also\s+)?(?:test|trial|pilot)\b", "tests", "left", "right",
          ("government",), ("measure",), object_gap=NOT_DIRECT_OBJECT),
    # "This is likely to be through the Children’s Wellbeing Bill" / "will be brought forward through the
    # Children’s Wellbeing Bill" / "through government amendments to the Children’s Wellbeing and Schools Bill"
    # / "The duty was enshrined in the Act" / "given legal force through the Bill" / "will become a statutory
    # requirement through the Bill" / "written into law in the Bill"
    # / "there is a reference to family group decision-making in legislation through the Children Act 2031"
    # / "The rules are being put into legislation alongside the Bill" (put into law with the Bill, or through it)
    _rule("legislated-through", r"\bput\s+into\s+(?:law|legislation|statute)\s+(?:\w+\s+){0,3}?alongside\b|"
          r"\b(?:put\s+into\s+(?:law|legislation|statute)|brought\s+forward|introduced|legislated\s+for|enacted|included|put\s+on\s+a\s+"
          r"(?:statutory|legal)\s+footing|placed\s+on\s+a\s+(?:statutory|legal)\s+footing|placed|implemented|be|"
          r"amendments?|enshrined|given\s+(?:legal|statutory)\s+(?:force|effect|backing)|written\s+into\s+law|made\s+law|"
          r"become\s+(?:a\s+)?(?:legal|statutory)\s+(?:requirement|duty|duties|obligation)s?|made\s+(?:a\s+)?(?:legal|"
          r"statutory)\s+(?:requirement|duty|obligation)|in\s+legislation)\s+(?:\w+\s+){0,3}?(?:through|in|via|by|under|"
          r"to)\b", "legislates", "right", "left", ("statute",), ("measure", "doc", "programme"), all_patients=True),
    # "the existing corporate parenting duty on councils, under section 1 of the Children and Social Work Act 2017"
    _rule("under-section", r"\bunder\s+(?:section|sections|part|schedule|s\.)\s*[\w()]+\s+of\b", "legislates", "right",
          "left", ("statute",), ("measure",)),
    # "The Children’s Wellbeing and Schools Bill will legislate for regional care co-operatives" / "The Bill will
    # also place a corporate parenting duty on government departments" (what a Bill "is set to" do it will do:
    # "The Bill is set to introduce a new statutory right to carer's leave"; "the Act makes provision for kinship
    # leave")
    # (not an infinitive: "amends the 1989 Act to create…" is the amendment's purpose, read by `AMENDS_PURPOSE`)
    # / "The Bill also extends the corporate parenting duty to departments" / "the first part of the Bill focuses on
    # family group decision making" / "the Act provides for kinship leave"
    # / "The proposed Bill will require provider groups to prepare an improvement plan", "The Bill makes it mandatory
    # for councils to offer family group decision making" / "The Bill paves the way for a unique identifier" / "The
    # Bill places a new duty on councils to…" (placing or imposing only a duty, requirement or obligation)
    # / "The Bill also brings in a statutory definition of kinship care", "puts forward a new duty on councils to…",
    # "will give councils new powers to require school attendance" (giving only powers, duties or rights)
    _rule("legislates-active", rf"(?<!\bto\s)\b(?:legislates?\s+for|extends|(?:{WILL}|would)\s+(?:also\s+)?(?:require|mandate)|"
          r"requires|mandates|makes?\s+it\s+(?:mandatory|compulsory|a\s+(?:legal\s+|statutory\s+)?requirement)|"
          rf"{WILL}\s+(?:also\s+)?(?:legislate\s+for|introduce|create|include|"
          r"strengthen|extend|place|establish)|includes?|contains?|introduces?|enacts?|would\s+(?:also\s+)?(?:strengthen|"
          rf"create|place)|creates?|(?:places|imposes|{WILL}\s+impose)(?=\s+(?:an?|new)\s+(?:new\s+)?(?:(?:legal|statutory)\s+)?"
          r"(?:duty|requirement|obligation)\b)|focus(?:es)?\s+on|provides?\s+for|(?:will\s+)?(?:also\s+)?makes?\s+"
          r"provision\s+for|pav(?:e|es|ed|ing)\s+the\s+way\s+for|"
          r"(?:will\s+|would\s+)?(?:also\s+)?(?:brings?|bring|brought)\s+in|(?:will\s+|would\s+)?(?:also\s+)?puts?\s+"
          r"forward|(?:will\s+|would\s+)?(?:also\s+)?(?:gives?|give)(?=\s+(?:[\w’'-]+\s+){1,3}?(?:new|more|greater|"
          r"stronger|additional|extra)\s+(?:powers?|duties|rights?)\b))\b",
          "legislates", "left", "right", ("statute",), ("measure", "doc", "programme")),
    # "The Bill gives legal force to the fostering strategy" / "The Act puts kinship leave on a statutory footing" /
    # "The Bill enshrines the duty" / "The Act writes the offer into law"
    _rule("legislates-force", r"\b(?:gives?|giving)\s+(?:legal|statutory)\s+(?:force|effect)\s+to\b|"
          r"\b(?:puts?|places?|putting|placing)\b(?=[^.]{0,90}?\bon\s+a\s+(?:statutory|legal)\s+footing)|"
          r"\benshrines?\b|\bwrites?\b(?=[^.]{0,90}?\binto\s+law)", "legislates", "left", "right", ("statute",),
          ("measure", "doc", "programme")),
    # "The Bill amends section 20 of the Children Act 1989" / "The Act amended the Adoption and Children Act 2002" (what
    # the amendment is for, "…to create X" / "…so that councils must offer X", is read in extract/lineage.py)
    # / "The bill would insert new sections into the Children Act 2004 to require…"
    # / "adds a new section to the 1989 Act" / "The Wood Review led to an amendment of the Children Act 2004"
    _rule("amends", r"\bamend(?:s|ed|ing)?\b(?:\s+(?:section|sections|part|schedule|s\.)\s*[\w()]+\s+of)?|"
          r"\b(?:led|leads|leading|resulted|results|resulting)\s+(?:to|in)\s+(?:an?\s+)?amendments?\s+(?:of|to)\b|"
          r"\b(?:insert|inserts|inserted|add|adds|added)\s+(?:an?\s+)?(?:new\s+)?(?:section|sections|part|schedule|"
          r"clause|clauses)\s+(?:in|into|to)\b", "modifies",
          "left", "right", ("statute", "doc", "government"), ("statute",)),
    # "Ministers have watered down the agency rules" / "The paper scales back the kinship pledge" / "the government
    # has diluted plans for a profit cap"
    _rule("modifies-active", r"\b(?:(?:has|have|had)\s+)?(?:watered|waters|watering|water)\s+down\b|"
          r"\b(?:scaled|scales|scaling)\s+back\b|\b(?:diluted|dilutes|softened|softens|narrowed|narrows|"
          r"toughened|toughens|tightened|tightens|reworked|reworks|rewritten|rewrites|overhauled|overhauls)\b(?!\s+by)",
          "modifies", "left", "right", GOV_DOC + ("statute",), MEASURES, default_agent=True),
    # "The rules are being watered down" / "The cap was scaled back by ministers" / "the offer has been diluted"
    _rule("modified-passive", r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+\s+)?(?:watered\s+down|scaled\s+back|"
          r"diluted|softened|narrowed|toughened|tightened|reworked|overhauled)\b(?:\s+by\b)?", "modifies", "right",
          "left", GOV_DOC + ("statute",), MEASURES, default_agent=True),
    # "It will replace the Supported Year in Employment (ASYE)"
    _rule("replaces-active", r"\b(?:replac(?:e|es|ed)|supersed(?:e|es|ed)|succeed(?:s|ed)?)\b(?!\s+(?:by|with))",
          "replaces", "left", "right", ("measure", "programme", "doc", "statute"), ("measure", "programme", "doc", "statute")),
    _rule("replaced-by", r"\b(?:replaced|superseded|succeeded)\s+by\b", "replaces", "right", "left",
          ("measure", "programme", "doc", "statute"), ("measure", "programme", "doc", "statute")),
    # "The Kinship Support Fund was renamed the Family Network Fund" / "…has been renamed as…": the new name
    # replaces the old
    _rule("renamed-passive", r"\b(?:was|were|has\s+been|have\s+been|is\s+being|will\s+be|is\s+to\s+be)\s+renamed"
          r"(?:\s+(?:as|to))?\b", "replaces", "right", "left", ("programme", "doc", "measure", "statute"),
          ("programme", "doc", "measure", "statute")),
    # "• Renaming the Kinship Support Fund to the Family Network Fund" / "ministers renamed the X as the Y" (the old
    # name stands inside the cue, the new one after it)
    _rule("renames", r"\brenam(?:e|es|ed|ing)\b[^.;:]{3,120}?\s(?:to|as)\b", "replaces", "right", "left",
          ("programme", "doc", "measure", "statute"), ("programme", "doc", "measure", "statute")),
    # "The scheme was rolled out nationally by the Conservatives" / "The rules were implemented by Labour"
    _rule("implemented-by", r"\b(?:rolled\s+out|implemented|put\s+into\s+(?:practice|effect))\b(?:\s+[\w-]+){0,3}?\s+by\b",
          "implements", "right", "left", ("government", "programme", "doc"), ("measure", "doc")),
    # "Kinship leave is to be rolled out nationally from April" / "The duty will be put into practice next year"
    # (the government in office does it)
    # ("The rules will be implemented in four stages" says how, not who: "implemented" needs its "by")
    _rule("implemented-passive", r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+\s+)?(?:rolled\s+out|put\s+"
          r"into\s+(?:practice|effect))\b", "implements", "right", "left", NOBODY, ("measure", "doc"), default_agent=True),
    # "However, on 12 September 2024, the government confirmed that it would implement the rules." / "The
    # government will roll out kinship allowances across England" / "The Bill, which implements the policy paper"
    # / "The pathfinder is implementing a new model of family help" (a progressive, not a passive)
    # (not a passive: "the government indicated that reform would be implemented … in its Budget")
    _rule("implements-active", r"(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)"
          r"(?<!\bwere\s)\b(?:implement(?:s|ed)?|roll(?:s)?\s+out|rolled\s+out|will\s+roll\s+out|"
          r"put\s+into\s+practice|puts?\s+into\s+effect|gives?\s+effect\s+to)\b|\b(?:implementing|rolling\s+out)\b",
          "implements", "left", "right", ("government", "programme", "doc", "statute"),
          ("measure", "doc"), default_agent=True),
    # / "the Tories, who put £20m into it" / "The strategy pledged £36m for the hubs"
    # "Labour …, allocating £15m in 2025-26 to roll them out" / "The Tories provided £36m from 2023-25 to fund these"
    # / "which set aside just under £40m over two years to test the model … through the families first for children
    # pathfinder" (the programme is what is funded)
    # / "The Government is investing £20 million into its Family Hubs programme" / "The ASGSF will fund therapies for
    # adopted children" (a named fund is a funder) / "The Department for Education funds the programme" (a department
    # funds, as it awards)
    # (not a passive, "the pilot is funded through the Fund", read by funded-from; not a compound adjective, "a
    # DfE-funded service"; "provided"/"committed" only before an amount: "the DfE committed to working with the
    # sector" funds nothing)
    # (nor "funding" received: "the programme received funding from the fund" is funded, read by funded-from)
    _rule("funds-active", r"(?<!-)(?<!\breceived\s)(?<!\breceives\s)(?<!\bsecured\s)"
          r"\b(?:fund(?:s|ing)?\b|(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbe\s)(?<!\bbeen\s)"
          r"(?<!\bbeing\s)"
          r"funded|financ(?:e|es|ed|ing)|allocat(?:e|es|ed|ing)|"
          rf"invest(?:s|ed|ing)?\s+(?:(?:a\s+further\s+|an\s+(?:extra|additional)\s+)?{T.STERLING_SUM}\s+)?in(?:to)?|"
          r"set\s+aside|(?:provid(?:e|es|ed|ing)|commit(?:s|ted|ting)?|(?:pledg|promis|earmark|ring-?fenc)(?:e|es|ed|ing))"
          r"(?=\s+(?:a\s+further\s+|an\s+(?:extra|additional)\s+|another\s+|over\s+|more\s+than\s+|nearly\s+|"
          rf"almost\s+|around\s+|up\s+to\s+|just\s+(?:under|over)\s+|at\s+least\s+)?£)|put\s+{T.STERLING_SUM}\s+into|"
          rf"(?:pour|pours|poured|pumped|pumps|ploughed|ploughs)\s+{T.STERLING_SUM}\s+into)\b"
          r"(?!\s+(?:by|under)\b)", "funds", "left", "any", GOV_DOC + ("department", "programme"), PROGRAMME_FIRST,
          all_patients=True),
    # "The Department for Education has awarded £4.4 million to councils … to boost foster carer recruitment" / "has
    # awarded the charity funding to continue Staying Close" (a grant: a department that awards one funds)
    _rule("awards-grant", r"\b(?:award(?:s|ed)|grant(?:s|ed))\b(?!\s+by)", "funds", "left", "any", FUNDERS,
          PROGRAMME_FIRST, all_patients=True),
    # "The strategy is backed by a £150m investment over three years" / "the pilot will be supported by £10m of new
    # funding" (money with no funder named: the government in office funds it)
    _rule("backed-by-money", r"\b(?:is|are|was|were|will\s+be|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:supported|"
          r"backed|funded|underpinned|financed)\s+(?:by|with)\s+(?:(?:a|an)\s+)?(?:(?:further|extra|additional|"
          r"new)\s+)?(?=£)", "funds", "right", "left", NOBODY, ("programme", "measure", "doc"), default_agent=True,
          named_patient=True),
    # "Supporting Families will continue this work backed by £165m", "The hubs, funded with £8m, open in May" (a
    # participle: only when no government or other document before it could be the one giving the money, as in "the
    # Tories pledged to pilot allowances, backed by £16m")
    _rule("backed-by-money-participle", r"(?:(?<=\w\s)|(?<=,\s))(?:supported|backed|funded|underpinned|financed)\s+"
          r"(?:by|with)\s+(?:(?:a|an)\s+)?(?:(?:further|extra|additional|new)\s+)?(?=£)", "funds", "right", "left",
          NOBODY, ("programme", "measure", "doc"), default_agent=True, named_patient=True, sole_actor=True),
    # "the £200m that was allocated by the previous Conservative government … to test … the regional commissioning
    # of care placements, setting up specialist child protection teams and establishing family help services"
    # / "Funded by the Department for Education (DfE), the hub will…" (a department funds, as it awards)
    _rule("funds-passive", r"\b(?:allocated|provided|committed|set\s+aside|funded)\s+by\b", "funds", "right", "any",
          (*FUNDERS, "funder body"), PROGRAMME_FIRST, all_patients=True),
    _rule("awarded-by", r"\b(?:awarded|granted)\s+by\b", "funds", "right", "any", FUNDERS, PROGRAMME_FIRST,
          all_patients=True),
    # "‘Frontline’, which is directly funded by the Department for Education": a body the sentence says is funded by
    # a government, department or funder is funded by it (a body is a patient of no other rule)
    _rule("body-funded-by", r"\b(?:is|are|was|were|has\s+been|have\s+been|being)\s+(?:(?:directly|jointly|wholly|"
          r"fully|largely|partly|mainly|centrally|now)\s+)?funded\s+by\b", "funds", "right", "left",
          (*FUNDERS, "funder body"), ("body",)),
    # money drawn from a fund: "£50m has been made available through the ASGSF to fund therapies", "the £20m has been
    # awarded from the Treasury’s Shared Outcomes Fund", "a grant award from the Life Chances Fund" (the fund, or the
    # government or document the money comes from, funds what the sentence names; not "bid for funding from")
    # / "the 10 projects currently being funded through the scheme"
    # / "the eight pilots funded under the Innovation Programme" (not the pilots funding the programme)
    _rule("funded-from", r"\b(?:awarded|granted|made\s+available|allocated|provided|paid|drawn|funded|"
          r"(?<!\bfor\s)(?:grants?|awards?|funding|money))\s+(?:\w+\s+){0,2}?(?:from|through|via|under)\b", "funds",
          "right", "any", ("programme", "government", "doc"), PROGRAMME_FIRST, all_patients=True),
    # an amount a document gives: "£2.1 billion was secured at the Spending Review to deliver reforms of family
    # help", "£300m has been set aside in the Budget for the pathfinders" (the document funds what the sentence names)
    _rule("allocated-in", rf"{T.STERLING_SUM}\s+(?:[\w’'-]+\s+){{0,4}}?(?:was|were|is|are|has\s+been|have\s+been|"
          r"had\s+been|will\s+be)\s+(?:allocated|secured|set\s+aside|earmarked|made\s+available|committed|pledged|"
          r"announced|confirmed|provided)\s+(?:\w+\s+){0,2}?(?:in|at)\b", "funds", "right", "any", ("doc",),
          PROGRAMME_FIRST, all_patients=True),
)

# Words right before a cue that make it a wish, a possibility, a criticism or a denial rather than a statement of what
# happened: "critics said the Bill should have adopted…", "the LGA would have preferred the government to adopt…", "the
# panel declined to recommend…", "ministers may consider…", "the review did not call for…", "has not ruled out…", "never
# got as far as testing it", "this may entail adopting…", "is yet to implement…", "pledged to consult on amending the regulations", "the Bill lacks a
# distinct focus on foster care", "if ministers adopt…", "the minister denied that the cap had been dropped", "it urges
# ministers to replace the cap", "teams should be set up in every area", "I hope that the Government are bold on the
# funding issues", "the bill's critics called for…" (a call by critics is a wish). Matched (case-sensitively: "May"
# is a month) against the clause before the cue; a hedged cue gives no claim. Cues that carry their own negation
# ("was not adopted", "does not advocate") start at the negation, so this never sees it.
HEDGED_BEFORE = re.compile(
    r"(?:\b(?:should|could|might|may|ought\s+to)(?:\s+(?:also|still|yet|instead|not|never))?(?:\s+have)?"
    r"(?:\s+(?:be|been))?|"
    r"\b(?:would|could)\s+have\s+(?:preferred|liked|wanted)\b[^,;:]{0,60}?\bto|"
    r"\b(?:may|might|could)\s+(?:entail|involve|mean|require)|"
    r"\b(?:wants?|wanted|urg(?:e|es|ed|ing)|called\s+on|calls\s+on|calling\s+on|call\s+on|asked|asking|pressed|lobbying|lobbied|hopes?|expects?|"
    r"plans?\s+to\s+consider|considering|considers?|consider|whether\s+to|if)\b[^,;:]{0,60}?\bto(?:\s+(?:start|begin))?|"
    r"\b(?:declined|refused|failed|stopped\s+short\s+of|stops\s+short\s+of|stop\s+short\s+of)(?:\s+to)?|"
    r"\b(?:did|does|do|has|have|had|is|are|was|were|will|would)\s+not(?:\s+(?:yet|been|be|have))?|"
    r"\b(?:didn[’']t|doesn[’']t|don[’']t|hasn[’']t|haven[’']t|won[’']t|wouldn[’']t)|"
    r"\b(?:lacks?|lacked|lacking|without)(?:\s+[\w-]+){0,3}|"
    r"\b(?:denied|denies|deny|denying|disputed|disputes)\b[^;:]{0,80}?|"
    r"\b(?:[Ii]|[Ww]e)\s+(?:\w+\s+)?hope\s+(?:that\s+)?[^,;:]{0,80}?|"
    r"\bnever(?:\s+\w+){0,4}|\bnot\s+ruled\s+out|\bmay\s+consider|\bconsidering|\bconsider|\byet\s+to|"
    r"\b(?:consult|consults|consulted|consulting|consultation)\s+on(?:\s+(?:whether|plans|proposals)\s+to)?|"
    r"\b(?:[Ii]f|[Uu]nless|[Ww]hether)\b[^,;:]{0,60}|"
    r"\b(?:[Cc]ritics|[Cc]ampaigners|[Oo]pponents|[Dd]etractors)(?:\s+of\s+[^,;:]{1,60}?)?(?:\s+(?:have|had|also|"
    r"repeatedly|instead))*)\s*$")
# Money opening its sentence as the subject of a verb of funding, with no one named as giving it (no possessive,
# so not "Kent’s £2m investment will fund…"): "The £500 million national investment will fund the hubs", "This
# substantial investment will bolster the pathfinder" (group `amount` when the sentence gives it; the match ends at
# the verb, what it governs follows).
MONEY_SUBJECT_FUNDS = re.compile(
    r"^(?:(?:This|The)\s+)?(?P<amount>£[\d.,]+\s*(?:m|bn|k|million|billion)?\s+)?(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:investment|funding|money|cash|package|grant)\s+(?:will|would|is\s+to|is\s+set\s+to|is\s+going\s+to)\s+"
    r"(?:also\s+)?(?:help\s+(?:to\s+)?)?(?:fund|bolster|support|finance|pay\s+for)\b")

# A heading that names a measure, then what a document does about it: "Family group decision making: The Bill
# will require councils to offer a meeting" (in one paragraph, or the heading alone in the paragraph before).
# HEADING is the text before the colon; HEADING_ALONE a short paragraph with no sentence end.
HEADING = re.compile(r"^(?P<heading>[^:.!?]{3,90}):\s+")
HEADING_ALONE = re.compile(r"^[^.!?:]{3,90}$")
# How a document's sentence under such a heading opens: its subject, then a verb of what it provides ("The Bill
# will require…", "It encourages…", "The strategy also sets out…"). Group `verb` ends the subject.
HEADING_PROVISION = re.compile(
    r"^\s*(?:the\s+)?[^,;]{0,80}?\s+(?P<verb>(?:will\s+|would\s+|also\s+|further\s+)*(?:requires?|encourages?|"
    r"introduces?|creates?|gives?|places?|puts?|sets?\s+out|establish(?:es)?|extends?|makes?|includes?|enables?|"
    r"allows?|provides?|mandates?|legislates?\s+for|ensures?|strengthens?|expects?|asks?|commits?\s+to))\b",
    re.IGNORECASE)

# A sentence that opens with the document it answers or builds on, then its subject: "Following the care review,
# Stable Homes set out…", "In response to the market study, the Bill introduces…", "Building on Sure Start, the
# family hubs programme…", "As recommended by the review, the duty…" (group `adjunct` holds the source; the subject
# is the first item after the comma, with at most SUBJECT_AFTER_ADJUNCT before it).
FRONTED_SOURCE = re.compile(r"^(?:(?P<recommended>As\s+(?:recommended|proposed)\s+(?:by|in))|(?:Building|Drawing)\s+on|"
                            r"Following|In\s+response\s+to|Responding\s+to|Based\s+on|In\s+line\s+with)\s+"
                            r"(?P<adjunct>[^,;:]{3,200}?),\s+")
# An opening adjunct of money: "Backed by £3.8 million, the government is expanding…", "Funded with a further £8m to
# deliver the strategy, the government will…" (group `adjunct`: what follows the amount, which may name what it is for).
FRONTED_MONEY = re.compile(r"^(?:Backed|Funded|Supported|Underpinned|Financed)\s+(?:by|with)\s+(?:an?\s+)?(?:(?:further|"
                           rf"extra|additional|new)\s+)?{T.STERLING_SUM}\b(?P<adjunct>[^,;:]{{0,150}}?),\s+")
SUBJECT_AFTER_ADJUNCT = re.compile(r"^(?:(?:the|this|its|their|a|an|new|latest|government[’']s|[\w-]+[’']s)\s+)*$",
                                   re.IGNORECASE)
# A main clause after such an adjunct that denies or hedges: "Following the review, Stable Homes did not take up…",
# "In response to the review, the Bill may…" (matched right after the subject).
FRONTED_HEDGE = re.compile(r"^[^,.;:]{0,40}?\b(?:not|never|no\s+longer|may|might|could|should|would\s+have|"
                           r"(?:did|does|has|have)n[’']t)\b", re.IGNORECASE)
# An adjunct that names the source's recommendation: with a measure in the main clause, the claims run through
# the measure ("Following the review's recommendation, the Bill will introduce kinship leave").
ADJUNCT_RECOMMENDATION = re.compile(r"\b(?:recommendations?|proposals?|calls?)\b", re.IGNORECASE)
# A government subject after such an adjunct acts through the document its verb names: "Following the review, the
# government published Stable Homes" (the text between the government and the document).
GOVERNMENT_PUBLISHED = re.compile(r"^\s+(?:has\s+|have\s+|had\s+|then\s+|later\s+)*(?:published|launched|introduced|"
                                  r"unveiled|set\s+out|brought\s+forward|announced)\s+(?:its\s+|their\s+|the\s+|a\s+)?"
                                  r"(?:new\s+)?[‘'“\"]?$", re.IGNORECASE)

# A government or department that published its own document right before the cue is the subject of the cue's
# clause: in "Following the review, the DfE has published their response to the recommendations", the review
# before it is no response to anything (the words between the actor and the cue; the actor may be an acronym in
# brackets: "the Department of Education (DfE) has published…").
ACTOR_PUBLISHED_OWN = re.compile(r"^\)?(?:\s+\([A-Z]{2,8}\))?\s+(?:has\s+|have\s+|had\s+)?(?:now\s+|today\s+|also\s+)?"
                                 r"(?:published|released|issued|set\s+out|unveiled|launched)\s+(?:its|their)\s+"
                                 r"(?:[\w-]+\s+)?$")

# A sentence (usually a heading) that asks or announces rather than states: "How the rules will be implemented",
# "Why the pilot was dropped", "What the Bill does".
QUESTION_OPENER = re.compile(r"^(?:How|Why|Whether|What)\b")
# A sentence that asks ("Is the pilot funded by the DfE?", "Will the Bill legislate for kinship leave?") states no
# lineage, whatever cue it holds: it ends in a question mark (before any closing quote or bracket).
DIRECT_QUESTION = re.compile(r"\?[\s’'”\")]*$")
# The end of a name that a cue may share: its possessive ("the review’s" + "’s proposal for").
POSSESSIVE_END = re.compile(r"[’']s?")
# A capitalised cue word between two capitalised words is a word of a name the article does not otherwise mark:
# "the Scottish Recommended Allowance" (CUE_IN_A_NAME from the cue's start, NAME_WORD_BEFORE up to it).
CUE_IN_A_NAME = re.compile(r"[A-Z][a-z]+\s+[A-Z]")
NAME_WORD_BEFORE = re.compile(r"(?<![.!?:]\s)(?<!^)\b[A-Z][\w’'-]*\s+$")
# How far back (characters) the hedge may stand from the cue, within the clause.
HEDGE_REACH = 70
# A call on someone to act anywhere earlier in the cue's clause makes what follows it a wish, however far back:
# "The LGA is calling on the Government to ensure all councils receive sufficient funding in the Spending Review to
# invest in family help", "I encouraged the government to take bolder steps by introducing an allowance" (a
# clause joined by ", and"/", but" starts afresh: "…called on ministers to act, but the government has funded…").
CALL_ON_SOMEONE = re.compile(r"\b(?:call(?:s|ed|ing)?\s+on|urg(?:e|es|ed|ing)|encourag(?:e|es|ed|ing)|"
                             r"press(?:es|ed|ing)?|lobb(?:y|ies|ied|ying)|ask(?:s|ed|ing)?)"
                             r"\s+(?:[\w’'-]+\s+){1,4}?to\b")
COORDINATE_CLAUSE = re.compile(r",\s+(?:and|but)\s")

# A document (or a government in the possessive) named as the owner of the sentence's measure: "Another Stable
# Homes policy being taken forward…", "Labour’s proposed reforms … including through the regional commissioning of
# care placements". The owner carries the nearest measures after it.
# / "Regional care co-operatives, one of the review's flagship ideas" / "the previous government's plan for…"
DOCUMENT_OWNS = re.compile(r"^\s*(?:[’']s?\s+)?(?:\w+\s+){0,2}?(?:policy|policies|proposal|proposals|reforms?|"
                           r"initiative|measure|element|ideas?|plans?|pledges?|commitments?|recommendations?)\b",
                           re.IGNORECASE)
# What a policy, plan or commitment of an owner is to or for, written after it ("the government's commitment to
# supporting families"): then it is not a measure named before the owner.
OWNED_OBJECT_AFTER = re.compile(r"\s+(?:to|for)\s", re.IGNORECASE)
# "part of (the previous government’s) <DOC>" / "under its <DOC>" / "another element of <DOC>" / "part of the
# government’s national programme ‘<DOC>’": the measure before the cue is carried by the document after it.
PART_OF = re.compile(r"\b(?:part\s+of|under|element\s+of)\s+(?:the\s+|its\s+|their\s+|last\s+year[’']s\s+|"
                     r"the\s+(?:(?:previous|last)\s+)?government[’']s\s+|the\s+Conservatives[’']\s+)?"
                     r"(?:(?:national\s+|new\s+)?(?:programme|strategy|plan|reforms)\s+[‘'“\"]?)?$|"
                     r"\b(?:proposed|introduced|pledged|set\s+out)\b[^.]*\bin\s+(?:its|their)\s+$", re.IGNORECASE)
# The words between a clause's verb and PART_OF's noun ("is not a key part of"): dropped before the clause is read
# for a hedge or a denial ("The pilot is not part of the strategy", "X should be part of the Bill").
PART_LEAD = re.compile(r"(?:\b(?:a|an|the|one|key|central|core|major|main|important|integral|crucial|vital)\s+)*$",
                       re.IGNORECASE)
# A government followed by the document it acted through: "taken up by the previous Conservative government in
# its Stable Homes, Built on Love strategy", "set out by the Conservatives in Stable Homes".
GOVERNMENT_IN_DOCUMENT = re.compile(r"^\s+in\s+(?:its\s+|their\s+|the\s+)?(?:20\d\d\s+)?$")
# "A central plank of the government’s strategy … is to improve family help" / "measures from last year’s Stable
# Homes, Built on Love strategy, including the regional commissioning of care placements": the measures after
# the document are carried by it.
OWNER_BEFORE = re.compile(r"\b(?:plank|pillar|centrepiece|cornerstone|feature|measures|initiatives|policies|"
                          r"proposals)\s+(?:of|from|in)\s+(?:the\s+|its\s+|their\s+|last\s+year[’']s\s+)?$",
                          re.IGNORECASE)

# Document classes whose "carries" means recommends (a review proposes); every other document adopts.
CARRIES_AS_RECOMMENDS = frozenset({"Review", "Report"})

# A sentence that opens with an anaphor whose antecedent is the previous sentences' measure: "It was then taken
# up by…", "This adopts a recommendation…", "The initiative came out of…", "These will be experienced…", "The backstop
# power was first set out in…" (one adjective may stand before the noun).
LEADING_ANAPHOR = re.compile(
    r"^(?:However,\s+|But\s+|And\s+|Meanwhile,?\s+)?(?:It|This|These|They|The\s+(?:[a-z][\w-]+\s+)?(?:model|"
    r"initiative|policy(?!\s+paper)|rules|scheme|approach|plan|idea|proposal|measure|latter|former|duty|programme|"
    r"reform|requirement|change|power|powers|offer|pledge|commitment))\b")
# A programme's kind opening a sentence, after its size or a few modifiers: "The £3.6 million match fund scheme",
# "The new national programme", "This two-year initiative" (what the last programme named is called again).
LEADING_PROGRAMME_ANAPHOR = re.compile(r"^(?:The|This)\s+(?:£[\d.,]+\s*(?:m|bn|k|million|billion)?\s+)?"
                                       r"(?:[a-z][\w-]*\s+){0,3}?(?:scheme|programme|initiative|project)\b")
# The words between such a lead and the programme it names: "The new programme, Best Start, …", "The scheme called
# Staying Close …", "This initiative Best Start …".
NAMED_AFTER_LEAD = re.compile(r"[\s,]*(?:(?:called|named|known\s+as)\s+)?(?:the\s+)?")
# "The <head noun>" opening a sentence, where the head noun is the last word of the previous measure's name:
# "The allowances were first proposed…" after "kinship allowances", "The hubs…" after "regional hubs".
LEADING_HEAD_NOUN = re.compile(r"^(?:However,\s+|But\s+)?The\s+(?P<head>[\w-]+)\b")
# "the <noun>" inside a sentence, a mention of a previous measure when the noun ends that measure's name: "…would
# make the identifier work" after "unique child identifier".
INLINE_HEAD_NOUN = re.compile(r"\b[Tt]he\s+(?P<head>[a-z][\w-]+)\b")
# Head nouns too general to stand for one measure inside a sentence: "the policy paper setting out the reforms"
# is not "family help reform"; "the services" is not "family help services". Compared singular, lower-cased.
GENERIC_HEADS = frozenset({"reform", "service", "change", "plan", "proposal", "support", "work", "system", "model",
                           "programme", "policy", "team", "measure", "scheme", "approach", "group", "duty", "power",
                           "rule", "principle", "responsibilitie", "responsibility", "arrangement", "meeting"})
# What may stand before a sentence's subject: "Meanwhile, the strategy…", "The strategy…" (the item often includes
# "The" itself).
SUBJECT_LEAD = re.compile(r"^(?:(?:However|But|And|Meanwhile|Separately|Instead|Now|Yet|Also),?\s+)?(?:[Tt]he\s+|[Ii]ts\s+)?$")
# The same anaphors inside a sentence: "…to test the model – and related initiatives – through the pathfinder".
INLINE_ANAPHOR = re.compile(r"\b(?:the\s+(?:model|rules|hubs|scheme|approach|policy(?!\s+paper)|proposal|idea|measure)|"
                            r"(?:to\s+fund|to\s+test|to\s+roll\s+out)\s+(?:these|them|it)|to\s+roll\s+(?:them|it)\s+out)\b",
                            re.IGNORECASE)
# A sentence that mentions a recommendation without naming the measure: "This adopts a recommendation from the
# Child Safeguarding Practice Review Panel’s 2022 report" (the measure is the previous sentences').
RECOMMENDATION_NOUN = re.compile(r"\b(?:a|the|its|this)\s+(?:key\s+)?(?:recommendation|proposal)\b", re.IGNORECASE)
# A sentence that introduces a list ("…which comprises:") lends its claims to the measures of the bullet
# paragraphs that follow it ("• Multidisciplinary family help services…").
# What may stand between a measure and the passive that brings it in: "registers for children not in school will
# be introduced" (nothing), "teams, led by police, are established" (no clause of its own: no verb of its own).
PASSIVE_SUBJECT_GAP = re.compile(r"^[\s’'”\")]*(?:\([^)]{0,40}\)\s*)?$")
# A noun or adjective of proposal right before a measure, in a sentence that names no document: "the proposed additional
# support for care leavers", "Proposals for a better targeted response", "the proposal of a windfall tax" (PROPOSAL_GAP:
# at most two words between the cue and the measure, "a better"; NAMED_PROPOSER: a name in the possessive right before
# the cue makes the proposal that body's, "the LGA's proposals for…").
PROPOSAL_NOUN_CUE = re.compile(r"\b(?:the\s+(?:proposed|recommended)|(?:proposals?|recommendations?)\s+(?:for|of))\b",
                               re.IGNORECASE)
PROPOSAL_GAP = re.compile(r"^\s+(?:[\w-]+\s+){0,2}$")
NAMED_PROPOSER = re.compile(r"(?:\b[A-Z][\w-]*[’']s?|\b(?:our|their|his|her|my))\s+(?:\w+\s+)?$")
# / "The reforms, set out in the strategy, comprise" with the numbered items right after it / "…three areas of
# interest –".
LIST_INTRO = re.compile(r"(?:[:–—]|\b(?:comprise|comprises|include|includes|including|are))\s*$")
# The sentence introducing a list speaks of what its subject provides, so the list's measures are that document's
# or statute's: "The Bill will put a focus on education by:", "The strategy sets out these commitments:", "The
# review's recommendations are:", "The Bill covers several areas:" (not "The report found:", "The minister said:").
LIST_PROVISION = re.compile(r"\b(?:will|would|include[sd]?|including|comprises?|contains?|covers?|sets?\s+out|"
                            r"introduces?|proposes?|recommends?|commitments|measures|recommendations|proposals|"
                            r"provisions|by)\b", re.IGNORECASE)
# What may stand before the list owner at its sentence's start: "The proposed Bill…", "Part 1 of the Bill…",
# "In summary, the strategy…" (the owner's own "The" is often part of its mention).
LIST_OWNER_LEAD = re.compile(r"^(?:[A-Z][\w ]{0,30},\s+)?(?:[Tt]he\s+|[Ii]ts\s+)?(?:(?:proposed|new|draft|"
                             r"forthcoming|government[’']s|final)\s+)?$")
LIST_ITEM = re.compile(r"^\s*(?:[•*·‣–-]|\d{1,2}[.)])\s*")
# A heading alone that opens a section of a list, under a sentence that gave the list its owner: "The Bill covers
# several areas:" then "Children’s social care:" and its bullets, "Schools:" and its bullets.
LIST_SECTION = re.compile(r"^[^.!?:•\n]{3,60}:\s*$")
# A list item's number standing as a sentence of its own ("1." then "Setting up family help teams…").
LIST_MARK_ALONE = re.compile(r"^\s*\d{1,2}[.)]\s*$")
# How many sentences back the antecedent of an anaphor may be: "It was the central proposal…" three sentences
# after "…the family help model…".
ANAPHOR_WINDOW_SENTENCES = 4

# A subject relative clause between an item and an active cue: "the Bill, which implements…", "Stable Homes, which
# also adopts…", "the pilot that has tested…" (matched from the item's end to the cue's start).
RELATIVE_SUBJECT = re.compile(r"^[’']?s?\s*,?\s*(?:which|that|who)\s+(?:(?:also|first|now|then|later|itself|has|have|had|"
                              r"will|would|is|are|was|were)\s+)*$", re.IGNORECASE)
# An object relative clause, where the patient of an active cue stands before its agent: "the financial oversight
# regime, which the CMA recommended", "the kinship allowances the review called for", "the workload group, which
# the Conservatives set up". RELATIVE_LINK is the text between the patient and the agent, RELATIVE_GAP between the
# agent and the cue.
RELATIVE_LINK = re.compile(r"^\s*,?\s*(?:which|that)?\s*(?:the\s+)?$", re.IGNORECASE)
RELATIVE_GAP = re.compile(r"^\s*(?:(?:had|has|have|also|first|originally|then|later|itself|once|previously|"
                          r"already|only)\s+)*$", re.IGNORECASE)
# What an amendment is for: "The Bill amends section 17 of the Children Act 1989 to create family help services" /
# "…so that every council must offer Staying Close": the amending statute legislates the measures after this.
AMENDS_PURPOSE = re.compile(r"^[\s,]*(?:to\s+(?:give|create|introduce|establish|extend|require|place|make|allow|add|"
                            r"put|provide|impose|set\s+up)|so\s+that|in\s+order\s+to)\b", re.IGNORECASE)

# Patient coordination: the next item joins the patient list when only this stands between them: "the regional
# commissioning of care placements, setting up specialist child protection teams and establishing family help".
# / "calls for ‘expert child protection practitioner’ role, regional care cooperatives and …" (a quoted name's closing
# mark and its head noun may come first) / "delivering Family Help, establishing Multi-Agency Child Protection Teams
# (MACPTs), and embedding Family Group Decision Making" (an acronym in brackets after the name, the verbs of a list)
COORDINATION = re.compile(r"^(?:[’'”\"](?:\s+[a-z]+)?)?(?:\s*\([A-Z][\w-]*\))?[\s,;]*"
                          r"(?:(?:and|or|as\s+well\s+as|along\s+with|plus|including)\s+)?"
                          r"(?:(?:the|a|an|setting\s+up|establishing|creating|introducing|extending|delivering|"
                          r"embedding|expanding|strengthening|developing|providing|piloting|testing|rolling\s+out|"
                          r"bringing\s+in|launching|implementing)\s+)*$", re.IGNORECASE)
# Agent and patient are at most this many characters from the cue (a sentence may hold several claims).
MAX_REACH = 220

# References to a government that are not names in reference data, resolved by the article's date: "the
# government" is the government in office on the publication day; "the previous government", "its Conservative
# predecessor", "the Tories" the Conservative government (2010-2024); "Labour" the Labour government (from 5 July
# 2024) when the article is from its time in office.
GOVERNMENT_REFERENCES: tuple[tuple[re.Pattern[str], str], ...] = (
    # "the previous Conservative government", "the last government", "The previous Government’s strategy", "its
    # Conservative predecessor"
    # / "Conservative ministers", "the Tory administration" (a government named for its prime minister, "the
    # <surname> government", is an alias of that government in reference data, programmes.ttl)
    (re.compile(r"\b(?:Conservative|Tory)\s+(?:ministers|administration)\b|"
                r"\b(?:the\s+|its\s+)?(?:previous|last|former)\s+(?:Conservative\s+|Tory\s+)?[Gg]overnment\b|"
                r"\b(?:its\s+)?(?:Conservative|Tory)\s+predecessor\b|\b(?:the\s+)?(?:Conservatives|Tories)\b[’']?"), "conservative"),
    # "Labour has continued with the regional hubs policy" (not "Labour MP", "the Labour government in Wales")
    (re.compile(r"\bLabour\b(?:[’']s)?(?!\s+(?:MP|MPs|Party|party|peer|councillor|government\s+in\s+Wales|"
                r"government\s+in\s+Scotland|administration\s+in))"), "labour"),
    # "Government has decided to roll out the recruitment and retention hubs" (a quote with no article) / a headline's
    # present tense: "Government announces “…”", "Government launches strategy", "Government promises £200m" (not
    # "Government urged to…", where it is the object)
    (re.compile(r"(?<![\w’'])Government(?=\s+(?:has|have|is|will|would|must|should|plans?|said|decided|says|"
                r"announces|launches|unveils|publishes|promises|pledges|confirms|commits|reveals|sets\s+out|"
                r"outlines|responds|welcomes)\b)"), "current"),
    # "charities pressed Government to act", "welcomed Government’s decision", "cuts made by Government." (a bare
    # "Government" after a word in lower case, so no name's last word: not "Local Government", "Welsh Government";
    # not an adjective before its noun: "every Government department", "Government inspectors") / "money sent by
    # central government"
    (re.compile("".join(f"(?<![A-Z][\\w’'-]{{{n}}} )" for n in range(0, 24)) +
                r"(?<!every )(?<!each )(?<!\bany )(?<!\bno )(?<!\ba )(?<!\ban )(?<=[a-z,;:(] )Government"
                r"(?=[’']s\b|[.,;:)]|\s+(?:to|on|has|have|had|is|was|will|would|must|should|could|announced|said|says|"
                r"recognised|agreed|decided|confirmed|action|support|funding|investment|cuts|spending)\b)|"
                r"\b[Cc]entral\s+[Gg]overnment\b"), "current"),
    # "a government-funded project", "a government funded programme" (the government of the day, in a compound
    # adjective: FUNDED_COMPOUND)
    (re.compile(r"(?<![\w’'])[Gg]overnment(?=[\s-]funded\b)"), "current"),
    # "the government is adopting…", "ministers have allocated…"
    # / "the new government", "the current government"
    (re.compile(r"\b(?:the|this)\s+(?:new\s+|current\s+|present\s+)?(?:UK\s+|British\s+)?government(?![’']s\s+(?:strategy|policy\s+paper|"
                r"response))\b(?!\s+in\s+(?:Wales|"
                r"Scotland|Northern\s+Ireland))|\bministers\b", re.IGNORECASE), "current"),
)
# The day the Labour government took office: "the government" before it is the Conservative government.
LABOUR_TOOK_OFFICE = "2024-07-05"
GOVERNMENT_SLUGS = {"conservative": "conservative-government", "labour": "labour-government"}
# The year each curated government took office: a reference dated before it ("introduced by the Labour government
# in 1998") is an earlier government reference data does not hold, and no reference to this one.
GOVERNMENT_FROM_YEAR = {"conservative-government": 2010, "labour-government": 2024}
# A year right after a government's mention: " in 1998", " of 1997" (after "Labour", its " government" may stand
# between).
YEAR_AFTER_GOVERNMENT = re.compile(r"(?:\s+(?:government|administration))?\s+(?:in|of|from|between)\s+"
                                   r"(?P<year>(?:19|20)\d\d)\b")
# The name of a government that reference data does not hold, never the one in office since 2024: "New Labour"
# (1997-2010), in the mention or right before it.
EARLIER_GOVERNMENT_NAME = re.compile(r"\bNew\s+Labour\b")

# A pronoun subject right before an active cue, standing for the government: "Instead, it adopts the IRCSC’s
# recommendation", "she said it would continue the policy", "They will implement the rules".
PRONOUN_SUBJECT = re.compile(r"\b(?:it|they|we)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)

# The document an article reports as new, which "This" and "the reforms" denote when the previous sentence names no
# measure: "in children’s social care reforms unveiled today … The reforms, set out in a policy paper today".
# Group `cue` maps through patterns.documents.DOCUMENT_CUES to the class to look for among the article's mentions.
NEWS_DOCUMENT = re.compile(r"\b(?:set\s+out|published|unveiled|announced|launched)\s+(?:in\s+)?(?:a|its|the)\s+"
                           r"(?:new\s+)?(?P<cue>policy\s+paper|strategy|white\s+paper|green\s+paper)\b[^.]{0,30}?"
                           r"\b(?:today|yesterday|this\s+week)\b", re.IGNORECASE)
# The same news named by its title: "This week the Government has published ‘Keeping Children Safe, Helping Families
# Thrive’", "The Department for Education today unveiled the Adoption Strategy" (NEWS_PUBLISHED_BEFORE ends right
# before the document's name; NEWS_TIME anywhere in the sentence, which must be among the article's first
# NEWS_SENTENCES).
NEWS_PUBLISHED_BEFORE = re.compile(r"\b(?:published|unveiled|launched|released|set\s+out)\s+(?:(?:its|their|the|a)\s+)?"
                                   r"(?:(?:new|first(?:[\s-]+ever)?|long-awaited|latest)\s+)*[‘'“\"]?$")
NEWS_TIME = re.compile(r"\b(?:today|yesterday|this\s+(?:week|morning|afternoon)|on\s+(?:Monday|Tuesday|Wednesday|"
                       r"Thursday|Friday|Saturday|Sunday))\b", re.IGNORECASE)
NEWS_SENTENCES = 3
# Leading anaphors that may stand for a document rather than a measure: "This continues the emphasis of…",
# "The reforms build on…", "This is likely to be through the Children’s Wellbeing Bill".
# A part of a statute, or the statute by a demonstrative, opening a sentence, standing for the Bill the text named
# last: "Part One introduces new statutory duties…", "Part 2 of the Bill strengthens…", "This Bill comes on
# the back of the review", "The bill would add a new section…" (where the documents step left "The bill" unnamed),
# also after an opening phrase: "Representing the biggest change in a generation, the bill paves the way for…",
# "To raise standards, the Bill includes…" (group `ref` is the statute's words; not "the bill’s critics").
STATUTE_PART = re.compile(r"^(?:[^,.;:“”\"]{3,150},\s+(?=(?:the|this)\s+(?:proposed\s+)?(?:Bill|bill|legislation)\b"
                          r"(?![’']s)))?(?P<ref>(?:Part|Clause|Schedule)\s+(?:\d{1,2}|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|"
                          r"[Ff]ive)\b(?:\s+of\s+the\s+(?:Bill|Act|bill|act))?|"
                          r"(?:This|That|The|this|the)\s+(?:proposed\s+)?(?:Bill|Act|bill|legislation)\b)")
# (after a sentence-opening connective: "Additionally, it seeks to…", "Furthermore, it says…"; a document's measures
# in part: "Some of the measures include …", "Other provisions include …")
DOCUMENT_ANAPHOR = re.compile(r"^(?:(?:Additionally|Furthermore|Moreover|In\s+addition),\s+(?=it\b))?(?P<lead>It|it|This|"
                              r"(?P<reforms>The\s+reforms|These\s+reforms|The\s+plans|(?P<plan>The\s+plan)|"
                              r"The\s+proposals|The\s+package|The\s+reform\s+package|The\s+legislation|"
                              r"(?:Some|Many|Most|Several)\s+of\s+(?:the|its)\s+(?:key\s+|main\s+)?"
                              r"(?:measures|provisions|proposals)|(?:Other|Its|The)\s+(?:key\s+|main\s+)?"
                              r"(?:measures|provisions)(?=\s+(?:also\s+)?include)))\b")
# The kinds of document "The plan" may stand for: a strategy or a paper setting out policy, not a Bill or a review.
PLAN_KINDS = frozenset({"Strategy", "PolicyPaper", "WhitePaper", "GreenPaper"})

# A government in the possessive right before a document only qualifies it: "the Conservatives’ 2023 Stable Homes,
# Built on Love strategy", "the previous government’s Stable Homes agenda" (matched from the government's start to
# the document's start).
GOVERNMENT_POSSESSIVE = re.compile(r"^[’']?s?\s+(?:(?:20\d\d(?:-\d\d)?|own|flagship|landmark|new)\s+)*$")

# A government's possessive before a document it describes without naming: "the government’s children’s social
# care implementation strategy", "ministers’ new white paper" (matched right after the government's mention).
GOVERNMENT_DOCUMENT_AFTER = re.compile(r"^[’']?s?\s+(?:[\w’'-]+\s+){0,5}?(?:strategy|policy\s+paper|white\s+paper|"
                                       r"green\s+paper|action\s+plan|consultation)\b", re.IGNORECASE)

# A review named for its chair: "the MacAlister review", "Jane Doe's review", "the Smith review into adoption" (in
# reference data names or in the text; lower-case "review", so "Independent Review" names no one). Group `name` is
# the word before "review": the chair's surname.
REVIEW_NAMED_FOR = re.compile(r"\b(?P<name>[A-Z][a-z]*[A-Z]?[a-z][\w-]*)(?:[’']s)?\s+review\b")
# The chair named where the text means the review (built per surname by `review_chair_reference`): "An Early Career
# Framework recommended by Doe", "recommended by Sir Jane Doe", "Doe’s recommendation of 9,000 new foster carers"
# (not "by Doe's review", which the review's own name covers). The name stays a person mention for the actors step;
# only lineage reads it as the review.
REVIEW_CHAIR_TEMPLATE = (r"(?<=by\s)(?:(?:Sir|Dame|Professor|Prof|Dr|Lord|Baroness)\s+)?(?:[A-Z][\w’'-]+\s+)?{name}\b"
                         r"(?![’']s?\s+review)|"
                         r"\b(?:[A-Z][\w’'-]+\s+)?{name}[’']s(?=\s+(?:key\s+|central\s+|main\s+)?(?:recommendations?|"
                         r"proposals?))")


def review_chair_reference(surname: str) -> re.Pattern[str]:
    """Where the text names a review by its chair's surname (see REVIEW_CHAIR_TEMPLATE).

    >>> bool(review_chair_reference("Doe").search("a register recommended by Jane Doe"))
    True
    """
    return re.compile(REVIEW_CHAIR_TEMPLATE.format(name=re.escape(surname)))


# ---------------------------------------------------------------------------------------------------------------
# The text around a match: what the step reads next to it

# Punctuation that ends a clause before a lineage cue: "The paper was welcomed; it should have adopted…".
HEDGE_CLAUSE_BREAK = re.compile(r"[;:—–]")
