"""Cue phrases that state lineage between documents, measures, statutes, programmes and governments.

Each rule names a relation (one of `models.LINEAGE_RELATIONS`), where in the sentence its AGENT (the claim's
subject) and PATIENT (the claim's object) stand relative to the cue, and which kinds each may be. An example
sentence is given for every rule. The logic that applies them is `extract/lineage.py`.

Sides: "left" = before the cue, "right" = after it. Active cues have the agent left and the patient right ("Labour
has continued with the regional hubs policy"); passive cues the reverse ("proposed by the care review").
Categories: doc (policy documents), statute, measure, programme, government.

The relation "carries" is not an ontology relation: it means "this document had this measure" and becomes
`recommends` for reviews and reports, `adopts` for everything else (`CARRIES_AS_RECOMMENDS`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass


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


DOCS = ("doc",)
DOC_GOV = ("doc", "government")
GOV_DOC = ("government", "doc")
MEASURES = ("measure", "programme")
PROGRAMME_FIRST = ("programme", "measure")


def _rule(name: str, regex: str, relation: str, agent_side: str, patient_side: str, agent: tuple[str, ...],
          patient: tuple[str, ...], default_agent: bool = False, all_patients: bool = False) -> LineageRule:
    return LineageRule(name, re.compile(regex, re.IGNORECASE), relation, agent_side, patient_side, agent, patient,
                       default_agent, all_patients)


LINEAGE_RULES: tuple[LineageRule, ...] = (
    # "Stable Homes, Built on Love strategy published last year, which was itself based on the recommendations of
    # the 2021-22 Independent Review of Children’s Social Care." / "…was itself based on Stable Homes"
    _rule("based-on", r"\bbased\s+on\s+(?:(?:the|a)\s+)?(?:key\s+)?(?:recommendations?\s+(?:of|from|in|made\s+by)\b)?",
          "basedOn", "left", "right", ("doc", "measure", "programme", "statute"), DOCS),
    # "The Children’s Social Care National Framework builds on Working Together." / "draws on the review"
    _rule("builds-on-document", r"\b(?:builds?|built|building|draws?|drew|drawn)\s+on\b", "basedOn", "left", "right",
          DOCS, DOCS),
    # "the Independent Review of Children’s Social Care, which formed the blueprint for Stable Homes"
    _rule("blueprint-for", r"\b(?:formed|was|is|provided)\s+the\s+(?:blueprint|basis|template)\s+for\b", "basedOn",
          "right", "left", DOCS, DOCS),
    # "the previous government’s response to it, the Stable Homes, Built on Love strategy"
    _rule("response-to-it", r"\bresponse\s+to\s+(?:it|them|this)\b", "basedOn", "right", "left", DOCS, DOCS),
    # "…was proposed by the care review and set out in Stable Homes" (a review recommends; a government or strategy
    # that proposes adopts: "RCCs were proposed by the previous Conservative government")
    _rule("proposed-by", r"\b(?:proposed|recommended|called\s+for|suggested|put\s+forward|championed)\s+(?:by|in)\b",
          "carries", "right", "left", DOC_GOV, MEASURES),
    # "It was the central proposal from the 2021-22 Independent Review" / "a recommendation from the care review"
    _rule("proposal-from", r"\b(?:proposals?|recommendations?|ideas?|calls?)\s+(?:from|of|in|made\s+by)\b",
          "recommends", "right", "any", DOCS, MEASURES),
    # "the IRCSC’s recommendation of creating a network of Regional Care Cooperatives" / "the care review’s
    # proposal for child protection cases…" / "the MacAlister review’s key recommendation to…"
    _rule("possessive-recommendation", r"[’']s?\s+(?:key\s+|central\s+|main\s+|flagship\s+)?"
          r"(?:recommendations?|proposals?|plans?\s+for|call\s+for)\b", "carries", "left", "right", DOCS, MEASURES),
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
    _rule("recommends-active", r"\b(?:recommend(?:s|ed)?|propos(?:es|ed)|called\s+for|calls\s+for|urged|suggested)\b",
          "recommends", "left", "right", DOCS, MEASURES),
    # "…and set out in Stable Homes, Built on Love" / "It was then taken up by the … Stable Homes strategy" / "the
    # family help model initiated by its Conservative predecessor" / "established by the last government" / "the
    # sector reforms proposed by the review and taken forward in Stable Homes" (a review as patient: basedOn)
    _rule("set-out-in", r"\btaken\s+forward\s+in\b|\b(?:set\s+out|taken\s+up|included|introduced|adopted|contained|announced|"
          r"outlined|unveiled|pledged|first\s+proposed|initiated|established|set\s+up|drawn\s+up|created|launched|"
          r"referenced|started)\s+(?:in|by|as\s+part\s+of|under)\b",
          "adopts", "right", "left", DOC_GOV, ("measure", "programme", "review")),
    # "The initiative came out of the Conservatives’ Stable Homes, Built on Love … agenda"
    _rule("came-out-of", r"\b(?:came|comes|emerged|stems?|stemmed|originated)\s+(?:out\s+of|from)\b", "adopts",
          "right", "left", DOCS, MEASURES),
    # "the government is adopting the IRCSC’s recommendation" / "Instead, it adopts the IRCSC’s recommendation of…"
    # / "The Labour government has given its explicit backing to the family help model"
    _rule("adopts-active", r"\b(?:adopts?|adopting|is\s+adopting|will\s+adopt|backs|backed(?!\s+by)|backing\s+for|"
          r"accepted|accepts|endorsed|has\s+given\s+its\s+(?:explicit\s+)?backing\s+to)\b", "adopts", "left", "right",
          DOC_GOV, MEASURES, default_agent=True),
    # "An Early Career Framework recommended by MacAlister … is being adopted."
    _rule("is-being-adopted", r"\b(?:is|are|was|were)\s+being\s+adopted\b|\bwill\s+be\s+adopted\b", "adopts", "right",
          "left", DOC_GOV, MEASURES, default_agent=True),
    # "A recommendation in the MacAlister review to make care experience a protected characteristic was not
    # adopted." / "This was rejected by the government."
    _rule("not-adopted", r"\b(?:was|were|has|have|is|are)\s+not\s+(?:been\s+|being\s+)?(?:adopted|taken\s+forward|"
          r"taken\s+up|accepted)\b|\b(?:was|were|been)\s+(?:rejected|dropped|ditched|scrapped|shelved)(?:\s+by)?\b",
          "rejects", "right", "left", DOC_GOV, MEASURES, default_agent=True),
    # "the government does not advocate a cap on profit-making" / "it rejected the case for banning or capping
    # profits" / "the government has dropped the profit cap" / "it has suspended the payment by results mechanism"
    _rule("rejects-active", r"\b(?:rejects|rejected(?:\s+the\s+case\s+for|\s+calls\s+for)?|does\s+not\s+advocate|"
          r"did\s+not\s+advocate|(?:has|have|had)\s+(?:dropped|ditched|scrapped|suspended|abandoned)|"
          r"will\s+not\s+(?:introduce|adopt)|(?:scraps|suspends|drops|abandons))\b",
          "rejects", "left", "right", GOV_DOC, MEASURES, default_agent=True),
    # "Labour has continued with the regional hubs policy" / "would continue the work of the national workload
    # action group" / "it would “build on” the families first for children pathfinder" / "has extended the pathfinder"
    _rule("continues-active", r"\b(?:continu(?:e|es|ed|ing)\s+(?:with\s+)?|will\s+continue\s+|"
          r"(?:is\s+)?(?:taking|take|takes)\s+forward|build\s+on|extended|extends|expanded|persist\s+with)\b",
          "continues", "left", "right", GOV_DOC, ("measure", "programme", "doc"), default_agent=True),
    # "Another Stable Homes policy being taken forward by the Labour government is…"
    _rule("continues-passive", r"\b(?:being\s+)?(?:taken\s+forward|continued|retained|kept)\s+by\b", "continues",
          "right", "left", GOV_DOC, ("measure", "programme", "doc")),
    # "are being tested in the 10 families first for children pathfinder sites" / "to test the model … through the
    # families first for children pathfinder"
    _rule("tested-in", r"\b(?:being\s+|been\s+|be\s+)?(?:tested|trialled|piloted|test|trial|pilot)\b[^.]{0,80}?"
          r"\b(?:in|through|by|via|under|as\s+part\s+of)\b", "tests", "right", "left", ("programme",), ("measure",),
          all_patients=True),
    # "The families first for children pathfinder, which is testing … family help services … and specialist child
    # protection teams" / "the programme, which comprises the family help model and…" / "The pathfinder also
    # involves authorities establishing expert multi-agency child protection teams"
    _rule("tests-active", r"\b(?:is\s+|are\s+)?(?:testing|trialling|piloting|tests|trials|pilots|comprises|involves|"
          r"covers)\b", "tests", "left", "right", ("programme",), ("measure",), all_patients=True),
    # "This is likely to be through the Children’s Wellbeing Bill" / "will be brought forward through the
    # Children’s Wellbeing Bill" / "through government amendments to the Children’s Wellbeing and Schools Bill"
    _rule("legislated-through", r"\b(?:brought\s+forward|introduced|legislated\s+for|enacted|included|put\s+on\s+a\s+"
          r"statutory\s+footing|placed|implemented|be|amendments?)\s+(?:\w+\s+){0,3}?(?:through|in|via|by|under|to)\b",
          "legislates", "right", "left", ("statute",), ("measure", "doc", "programme"), all_patients=True),
    # "the existing corporate parenting duty on councils, under section 1 of the Children and Social Work Act 2017"
    _rule("under-section", r"\bunder\s+(?:section|sections|part|schedule|s\.)\s*[\w()]+\s+of\b", "legislates", "right",
          "left", ("statute",), ("measure",)),
    # "The Children’s Wellbeing and Schools Bill will legislate for regional care co-operatives" / "The Bill will
    # also place a corporate parenting duty on government departments"
    _rule("legislates-active", r"\b(?:legislates?\s+for|will\s+(?:also\s+)?(?:legislate\s+for|introduce|create|include|"
          r"strengthen|extend|place|establish)|includes?|contains?|introduces?|enacts?|would\s+(?:also\s+)?(?:strengthen|"
          r"create|place)|creates?)\b", "legislates", "left", "right", ("statute",), ("measure", "doc", "programme")),
    # "It will replace the Supported Year in Employment (ASYE)"
    _rule("replaces-active", r"\b(?:replac(?:e|es|ed)|supersed(?:e|es|ed)|succeed(?:s|ed)?)\b(?!\s+(?:by|with))",
          "replaces", "left", "right", ("measure", "programme", "doc", "statute"), ("measure", "programme", "doc", "statute")),
    _rule("replaced-by", r"\b(?:replaced|superseded|succeeded)\s+by\b", "replaces", "right", "left",
          ("measure", "programme", "doc", "statute"), ("measure", "programme", "doc", "statute")),
    # "However, on 12 September 2024, the government confirmed that it would implement the rules." / "The
    # government will roll out kinship allowances across England"
    _rule("implements-active", r"\b(?:implement(?:s|ed)?|roll(?:s)?\s+out|rolled\s+out|will\s+roll\s+out|"
          r"put\s+into\s+practice)\b", "implements", "left", "right", ("government", "programme", "doc"),
          ("measure", "doc"), default_agent=True),
    # "Labour …, allocating £15m in 2025-26 to roll them out" / "The Tories provided £36m from 2023-25 to fund these"
    # / "which set aside just under £40m over two years to test the model … through the families first for children
    # pathfinder" (the programme is what is funded)
    _rule("funds-active", r"\b(?:fund(?:s|ed|ing)?|financ(?:e|es|ed|ing)|allocat(?:e|es|ed|ing)|invest(?:s|ed|ing)?\s+in|"
          r"set\s+aside|provided|committed)\b(?!\s+by)", "funds", "left", "any", GOV_DOC, PROGRAMME_FIRST,
          all_patients=True),
    # "the £200m that was allocated by the previous Conservative government … to test … the regional commissioning
    # of care placements, setting up specialist child protection teams and establishing family help services"
    _rule("funds-passive", r"\b(?:allocated|provided|committed|set\s+aside|funded)\s+by\b", "funds", "right", "any",
          GOV_DOC, PROGRAMME_FIRST, all_patients=True),
)

# A document (or a government in the possessive) named as the owner of the sentence's measure: "Another Stable
# Homes policy being taken forward…", "Labour’s proposed reforms … including through the regional commissioning of
# care placements". The owner carries the nearest measures after it.
DOCUMENT_OWNS = re.compile(r"^\s*(?:[’']s?\s+)?(?:\w+\s+){0,2}?(?:policy|policies|proposal|proposals|reforms?|"
                           r"initiative|measure|element)\b", re.IGNORECASE)
# "part of (the previous government’s) <DOC>" / "under its <DOC>" / "another element of <DOC>": the measure before
# the cue is carried by the document after it.
PART_OF = re.compile(r"\b(?:part\s+of|under|element\s+of)\s+(?:the\s+|its\s+|their\s+|last\s+year[’']s\s+|"
                     r"the\s+(?:previous|last)\s+government[’']s\s+|the\s+Conservatives[’']\s+)?$|"
                     r"\b(?:proposed|introduced|pledged|set\s+out)\b[^.]*\bin\s+(?:its|their)\s+$", re.IGNORECASE)
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
# up by…", "This adopts a recommendation…", "The initiative came out of…", "These will be experienced…".
LEADING_ANAPHOR = re.compile(
    r"^(?:However,\s+|But\s+|And\s+)?(?:It|This|These|They|The\s+(?:model|initiative|policy(?!\s+paper)|rules|scheme|"
    r"approach|plan|idea|proposal|measure|latter|former|duty|programme|reform|requirement|change))\b")
# "The <head noun>" opening a sentence, where the head noun is the last word of the previous measure's name:
# "The allowances were first proposed…" after "kinship allowances", "The hubs…" after "regional hubs".
LEADING_HEAD_NOUN = re.compile(r"^(?:However,\s+|But\s+)?The\s+(?P<head>[\w-]+)\b")
# The same anaphors inside a sentence: "…to test the model – and related initiatives – through the pathfinder".
INLINE_ANAPHOR = re.compile(r"\b(?:the\s+(?:model|rules|hubs|scheme|approach|policy(?!\s+paper)|proposal|idea|measure)|"
                            r"(?:to\s+fund|to\s+test|to\s+roll\s+out)\s+(?:these|them|it)|to\s+roll\s+(?:them|it)\s+out)\b",
                            re.IGNORECASE)
# A sentence that mentions a recommendation without naming the measure: "This adopts a recommendation from the
# Child Safeguarding Practice Review Panel’s 2022 report" (the measure is the previous sentences').
RECOMMENDATION_NOUN = re.compile(r"\b(?:a|the|its|this)\s+(?:key\s+)?(?:recommendation|proposal)\b", re.IGNORECASE)
# A sentence that introduces a list ("…which comprises:") lends its claims to the measures of the bullet
# paragraphs that follow it ("• Multidisciplinary family help services…").
LIST_INTRO = re.compile(r":\s*$")
LIST_ITEM = re.compile(r"^\s*(?:[•*·‣–-]|\d{1,2}[.)])\s*")
# How many sentences back the antecedent of an anaphor may be: "It was the central proposal…" three sentences
# after "…the family help model…".
ANAPHOR_WINDOW_SENTENCES = 4

# Patient coordination: the next item joins the patient list when only this stands between them: "the regional
# commissioning of care placements, setting up specialist child protection teams and establishing family help".
COORDINATION = re.compile(r"^[\s,;]*(?:(?:and|or|as\s+well\s+as|along\s+with|plus|including)\s+)?"
                          r"(?:(?:the|a|an|setting\s+up|establishing|creating|introducing|extending)\s+)*$",
                          re.IGNORECASE)
# Agent and patient are at most this many characters from the cue (a sentence may hold several claims).
MAX_REACH = 220

# References to a government that are not names in reference data, resolved by the article's date: "the
# government" is the government in office on the publication day; "the previous government", "its Conservative
# predecessor", "the Tories" the Conservative government (2010-2024); "Labour" the Labour government (from 5 July
# 2024) when the article is from its time in office.
GOVERNMENT_REFERENCES: tuple[tuple[re.Pattern[str], str], ...] = (
    # "the previous Conservative government", "the last government", "its Conservative predecessor"
    (re.compile(r"\b(?:the\s+|its\s+)?(?:previous|last|former)\s+(?:Conservative\s+|Tory\s+)?government\b|"
                r"\b(?:its\s+)?(?:Conservative|Tory)\s+predecessor\b|\b(?:the\s+)?(?:Conservatives|Tories)\b[’']?"), "conservative"),
    # "Labour has continued with the regional hubs policy" (not "Labour MP", "the Labour government in Wales")
    (re.compile(r"\bLabour\b(?:[’']s)?(?!\s+(?:MP|MPs|Party|party|peer|councillor|government\s+in\s+Wales|"
                r"government\s+in\s+Scotland|administration\s+in))"), "labour"),
    # "Government has decided to roll out the recruitment and retention hubs" (a quote with no article)
    (re.compile(r"(?<![\w’'])Government(?=\s+(?:has|have|is|will|would|must|should|plans?|said|decided))"), "current"),
    # "the government is adopting…", "ministers have allocated…"
    (re.compile(r"\b(?:the|this)\s+government(?![’']s\s+(?:strategy|policy\s+paper|response))\b(?!\s+in\s+(?:Wales|"
                r"Scotland|Northern\s+Ireland))|\bministers\b", re.IGNORECASE), "current"),
)
# The day the Labour government took office: "the government" before it is the Conservative government.
LABOUR_TOOK_OFFICE = "2024-07-05"
GOVERNMENT_SLUGS = {"conservative": "conservative-government", "labour": "labour-government"}

# A pronoun subject right before an active cue, standing for the government: "Instead, it adopts the IRCSC’s
# recommendation", "she said it would continue the policy", "They will implement the rules".
PRONOUN_SUBJECT = re.compile(r"\b(?:it|they|we)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)

# The document an article reports as new, which "This" and "the reforms" denote when the previous sentence names no
# measure: "in children’s social care reforms unveiled today … The reforms, set out in a policy paper today".
# Group `cue` maps through patterns.documents.DOCUMENT_CUES to the class to look for among the article's mentions.
NEWS_DOCUMENT = re.compile(r"\b(?:set\s+out|published|unveiled|announced|launched)\s+(?:in\s+)?(?:a|its|the)\s+"
                           r"(?:new\s+)?(?P<cue>policy\s+paper|strategy|white\s+paper|green\s+paper)\b[^.]{0,30}?"
                           r"\b(?:today|yesterday|this\s+week)\b", re.IGNORECASE)
# Leading anaphors that may stand for a document rather than a measure: "This continues the emphasis of…",
# "The reforms build on…", "This is likely to be through the Children’s Wellbeing Bill".
DOCUMENT_ANAPHOR = re.compile(r"^(?:It|This|These|(?P<reforms>The\s+reforms|These\s+reforms|The\s+plans|The\s+proposals|"
                              r"The\s+package|The\s+reform\s+package|The\s+legislation))\b")

# A government in the possessive right before a document only qualifies it: "the Conservatives’ 2023 Stable Homes,
# Built on Love strategy", "the previous government’s Stable Homes agenda" (matched from the government's start to
# the document's start).
GOVERNMENT_POSSESSIVE = re.compile(r"^[’']?s?\s+(?:(?:20\d\d(?:-\d\d)?|own|flagship|landmark|new)\s+)*$")

# A review's chair named where the text means the review: "An Early Career Framework recommended by MacAlister",
# "MacAlister’s recommendation of 9,000 new foster carers". Resolved to the nearest preceding review in the
# article (Josh MacAlister chaired the Independent Review of Children’s Social Care). The name stays a person
# mention for the actors step; only lineage reads it as the review.
REVIEW_CHAIR_REFERENCE = re.compile(r"(?<=by\s)(?:Josh\s+)?MacAlister\b(?![’']s?\s+review)|"
                                    r"\b(?:Josh\s+)?MacAlister[’']s(?=\s+(?:key\s+)?(?:recommendation|proposal))")
