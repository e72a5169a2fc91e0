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
    agent: frozenset[str]
    patient: frozenset[str]
    default_agent: bool = False
    """When no agent is in the sentence, the government of the article's date is the agent ("…was not adopted")."""


DOCS = frozenset({"doc"})
DOC_GOV = frozenset({"doc", "government", "statute"})
MEASURE_FIRST = frozenset({"measure", "programme", "doc"})
MEASURES = frozenset({"measure", "programme"})


def _rule(name: str, regex: str, relation: str, agent_side: str, patient_side: str, agent: frozenset[str],
          patient: frozenset[str], default_agent: bool = False) -> LineageRule:
    return LineageRule(name, re.compile(regex, re.IGNORECASE), relation, agent_side, patient_side, agent, patient,
                       default_agent)


LINEAGE_RULES: tuple[LineageRule, ...] = (
    # "Stable Homes, Built on Love strategy published last year, which was itself based on the recommendations of
    # the 2021-22 Independent Review of Children’s Social Care."
    _rule("based-on-recommendations", r"\bbased\s+on\s+(?:the\s+|a\s+)?(?:key\s+)?recommendations?\s+(?:of|from|in|made\s+by)\b",
          "basedOn", "left", "right", frozenset({"doc", "measure", "programme", "statute"}), DOCS),
    # "The Children’s Social Care National Framework builds on Working Together." / "draws on the review"
    _rule("builds-on-document", r"\b(?:builds?|built|building|draws?|drew|drawn)\s+on\b", "basedOn", "left", "right",
          DOCS, DOCS),
    # "…was proposed by the care review and set out in Stable Homes" (review recommends measure)
    _rule("proposed-by", r"\b(?:proposed|recommended|called\s+for|suggested|put\s+forward|championed)\s+(?:by|in)\b",
          "recommends", "right", "left", DOCS, MEASURE_FIRST),
    # "It was the central proposal from the 2021-22 Independent Review" / "a recommendation from the care review"
    _rule("proposal-from", r"\b(?:proposals?|recommendations?|ideas?|calls?)\s+(?:from|of|in|made\s+by)\b",
          "recommends", "right", "any", DOCS, MEASURES),
    # "the IRCSC’s recommendation of creating a network of Regional Care Cooperatives" / "the care review’s
    # proposal for child protection cases…" / "the MacAlister review’s key recommendation to…"
    _rule("possessive-recommendation", r"[’']s?\s+(?:key\s+|central\s+|main\s+|flagship\s+)?"
          r"(?:recommendations?|proposals?|plans?\s+for|call\s+for)\b", "carries", "left", "right", DOCS, MEASURES),
    # "An Early Career Framework recommended by MacAlister…" handled by proposed-by; "as recommended in the review"
    _rule("as-recommended", r"\bas\s+(?:recommended|proposed|called\s+for)\s+(?:by|in)\b", "recommends", "right",
          "left", DOCS, MEASURE_FIRST),
    # "The IRCSC recommended scrapping independent reviewing officers" / "the review, which called for £2bn to be
    # invested in family help" / "It proposes investing in family help"
    _rule("recommends-active", r"\b(?:recommend(?:s|ed)?|propos(?:es|ed)|called\s+for|calls\s+for|urged|suggested)\b",
          "recommends", "left", "right", DOCS, MEASURES),
    # "…and set out in Stable Homes, Built on Love" / "It was then taken up by the … Stable Homes strategy"
    _rule("set-out-in", r"\b(?:set\s+out|taken\s+up|included|introduced|adopted|contained|announced|outlined|"
          r"unveiled|pledged|first\s+proposed)\s+(?:in|by|as\s+part\s+of|under)\b",
          "adopts", "right", "left", frozenset({"doc", "government"}), MEASURE_FIRST),
    # "The initiative came out of the Conservatives’ Stable Homes, Built on Love … agenda"
    _rule("came-out-of", r"\b(?:came|comes|emerged|stems?|stemmed|originated)\s+(?:out\s+of|from)\b", "adopts",
          "right", "left", frozenset({"doc"}), MEASURE_FIRST),
    # "the government is adopting the IRCSC’s recommendation" / "Instead, it adopts the IRCSC’s recommendation of…"
    # / "Labour has backed the family help model"
    _rule("adopts-active", r"\b(?:adopts?|adopting|is\s+adopting|will\s+adopt|backs|backed|backing\s+for|accepted|"
          r"accepts|endorsed|has\s+given\s+its\s+(?:explicit\s+)?backing\s+to)\b", "adopts", "left", "right",
          frozenset({"doc", "government"}), MEASURE_FIRST, default_agent=True),
    # "An Early Career Framework recommended by MacAlister … is being adopted."
    _rule("is-being-adopted", r"\b(?:is|are|was|were)\s+being\s+adopted\b|\bwill\s+be\s+adopted\b", "adopts", "right",
          "left", frozenset({"doc", "government"}), MEASURES, default_agent=True),
    # "A recommendation in the MacAlister review to make care experience a protected characteristic was not
    # adopted." / "This was rejected by the government." / "the DfE dropped initial proposals to…"
    _rule("not-adopted", r"\b(?:was|were|has|have|is|are)\s+not\s+(?:been\s+|being\s+)?(?:adopted|taken\s+forward|"
          r"taken\s+up|accepted)\b|\b(?:was|were|been)\s+(?:rejected|dropped|ditched|scrapped|shelved)(?:\s+by)?\b",
          "rejects", "right", "left", frozenset({"doc", "government"}), MEASURES, default_agent=True),
    # "the government does not advocate a cap on profit-making" / "it rejected the case for banning or capping
    # profits" / "Labour has dropped the plan for…"
    _rule("rejects-active", r"\b(?:rejects|rejected\s+(?:the\s+case\s+for|calls\s+for)?|does\s+not\s+advocate|"
          r"did\s+not\s+advocate|has\s+dropped|dropped|ditched|scrapped|will\s+not\s+(?:introduce|adopt))\b",
          "rejects", "left", "right", frozenset({"doc", "government"}), MEASURES, default_agent=True),
    # "Labour has continued with the regional hubs policy" / "Another Stable Homes policy being taken forward by the
    # Labour government" / "would continue the work of the national workload action group"
    _rule("continues-active", r"\b(?:continu(?:e|es|ed|ing)\s+(?:with\s+)?|will\s+continue\s+|"
          r"(?:is\s+)?(?:taking|take|takes)\s+forward|kept|keeps|retains?|retained|maintains?|build\s+on)\b",
          "continues", "left", "right", frozenset({"government", "doc"}), frozenset({"measure", "programme", "doc"}),
          default_agent=True),
    _rule("continues-passive", r"\b(?:being\s+)?(?:taken\s+forward|continued|retained|kept)\s+by\b", "continues",
          "right", "left", frozenset({"government", "doc"}), frozenset({"measure", "programme", "doc"})),
    # "are being tested in the 10 families first for children pathfinder sites" / "to test the model … through the
    # families first for children pathfinder" / "which is being trialled by the RCC pathfinder"
    _rule("tested-in", r"\b(?:being\s+|been\s+|be\s+)?(?:tested|trialled|piloted|test|trial|pilot)\b[^.]{0,80}?"
          r"\b(?:in|through|by|via|under|as\s+part\s+of)\b", "tests", "right", "left", frozenset({"programme"}), MEASURES),
    # "The families first for children pathfinder, which is testing … the development of family help services"
    _rule("tests-active", r"\b(?:is\s+|are\s+)?(?:testing|trialling|piloting|tests|trials|pilots)\b", "tests", "left",
          "right", frozenset({"programme"}), MEASURES),
    # "This is likely to be through the Children’s Wellbeing Bill" / "will be brought forward through the Children’s
    # Wellbeing Bill" / "will be included in the forthcoming Children’s Wellbeing Bill"
    _rule("legislated-through", r"\b(?:brought\s+forward|introduced|legislated\s+for|enacted|included|put\s+on\s+a\s+"
          r"statutory\s+footing|placed|implemented|be)\s+(?:\w+\s+){0,3}?(?:through|in|via|by|under)\b",
          "legislates", "right", "left", frozenset({"statute"}), frozenset({"measure", "doc", "programme"})),
    # "The Children’s Wellbeing and Schools Bill will legislate for regional care co-operatives" / "the Bill
    # includes a duty…"
    _rule("legislates-active", r"\b(?:legislates?\s+for|will\s+(?:legislate\s+for|introduce|create|include|"
          r"strengthen|extend|place)|includes?|contains?|introduces?|enacts?|would\s+strengthen|creates?)\b",
          "legislates", "left", "right", frozenset({"statute"}), frozenset({"measure", "doc", "programme"})),
    # "It will replace the Supported Year in Employment (ASYE)" / "Supporting Families – previously the Troubled
    # Families programme"
    _rule("replaces-active", r"\b(?:replac(?:e|es|ed|ing)|supersed(?:e|es|ed)|succeed(?:s|ed)?)\b(?!\s+(?:by|with))",
          "replaces", "left", "right", frozenset({"doc", "measure", "programme", "statute"}),
          frozenset({"doc", "measure", "programme", "statute"})),
    _rule("replaced-by", r"\b(?:replaced|superseded|succeeded)\s+by\b", "replaces", "right", "left",
          frozenset({"doc", "measure", "programme", "statute"}), frozenset({"doc", "measure", "programme", "statute"})),
    # "However, on 12 September 2024, the government confirmed that it would implement the rules."
    _rule("implements-active", r"\b(?:implement(?:s|ed|ing)?|deliver(?:s|ing)?|roll(?:s|ing)?\s+out|rolled\s+out|"
          r"put\s+into\s+practice)\b", "implements", "left", "right", frozenset({"government", "doc", "programme"}),
          frozenset({"measure", "doc"}), default_agent=True),
    # "Staying Close, which the DfE is funding 47 councils to deliver" is funding; "The Tories provided £36m … to fund
    # these" → funds: "Labour … allocating £15m in 2025-26 to roll them out"
    _rule("funds-active", r"\b(?:fund(?:s|ed|ing)?|financ(?:e|es|ed|ing)|allocat(?:e|es|ed|ing)|invest(?:s|ed|ing)?\s+in|"
          r"set\s+aside|provided|backed\s+by)\b", "funds", "left", "right", frozenset({"doc", "government"}),
          frozenset({"measure", "programme"})),
)

# A document mentioned as the owner of the sentence's measure: "Another Stable Homes policy being taken forward",
# "part of the previous government’s Stable Homes, Built on Love children’s social care reforms". The document
# carries (recommends/adopts) the measures of the sentence.
DOCUMENT_OWNS = re.compile(r"^\s*(?:[’']s?\s+)?(?:\w+\s+){0,3}?(?:policy|policies|proposal|proposals|reforms?|"
                           r"agenda|plans?|initiative|commitment)\b", re.IGNORECASE)
# "part of (the previous government’s) <DOC>" / "under its <DOC>" / "from last year’s <DOC>": the measure before
# the cue is carried by the document after it.
PART_OF = re.compile(r"\b(?:part\s+of|under|from|in|of)\s+(?:the\s+|its\s+|their\s+|last\s+year[’']s\s+|"
                     r"the\s+(?:previous|last)\s+government[’']s\s+|the\s+Conservatives[’']\s+)?$", re.IGNORECASE)

# Document classes whose "carries" means recommends (a review proposes); every other document adopts.
CARRIES_AS_RECOMMENDS = frozenset({"Review", "Report"})

# A sentence that opens with an anaphor whose antecedent is the previous sentences' measure: "It was then taken
# up by…", "This adopts a recommendation…", "The initiative came out of…", "These will be experienced…".
LEADING_ANAPHOR = re.compile(
    r"^(?:However,\s+|But\s+|And\s+)?(?:It|This|These|They|The\s+(?:model|initiative|policy|rules|scheme|approach|"
    r"plan|idea|proposal|measure|latter|former|duty|hubs|programme|reform|requirement|change))\b")
# The same anaphors inside a sentence: "…to test the model – and related initiatives – through the pathfinder".
INLINE_ANAPHOR = re.compile(r"\b(?:the\s+(?:model|rules|hubs|scheme|approach|policy|proposal|idea|measure)|"
                            r"(?:to\s+fund|to\s+test|to\s+roll\s+out)\s+(?:these|them|it))\b", re.IGNORECASE)
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
DOCUMENT_ANAPHOR = re.compile(r"^(?:This|These|The\s+reforms|These\s+reforms|The\s+plans|The\s+proposals|"
                              r"The\s+package|The\s+legislation)\b")

# A government in the possessive right before a document only qualifies it: "the Conservatives’ 2023 Stable Homes,
# Built on Love strategy", "the previous government’s Stable Homes agenda" (matched from the government's start to
# the document's start).
GOVERNMENT_POSSESSIVE = re.compile(r"^[^,.;]*?[’']s?\s+(?:(?:20\d\d(?:-\d\d)?|own|flagship|landmark|new)\s+)*$")
