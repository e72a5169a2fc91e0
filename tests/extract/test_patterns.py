"""The patterns moved out of the extraction steps into `extract/patterns/` (issue 16), each on a sentence of our own:
what it takes from the text, and a text it leaves alone."""

from __future__ import annotations

import re

import pytest

from cscgraph.extract.patterns import all_matches
from cscgraph.extract.patterns import attribution as A
from cscgraph.extract.patterns import documents as D
from cscgraph.extract.patterns import lineage as L
from cscgraph.extract.patterns import money as M
from cscgraph.extract.patterns import people as PP
from cscgraph.extract.patterns import text as T


_CONTEXTUAL = {kind: pattern for pattern, kind in D.CONTEXTUAL_REFERENCES}


def read(pattern: re.Pattern[str], how: str, text: str) -> object:
    """What a step reads with `pattern`: the matched text (or None), every match, the pieces or the text spaced."""
    if how in ("search", "match"):
        m = getattr(pattern, how)(text)
        return m.group(m.lastindex or 0) if m else None
    if how == "finditer":
        return [m.group() for m in pattern.finditer(text)]
    if how == "split":
        return pattern.split(text)
    return pattern.sub(" " if how == "sub" else "", text)


@pytest.mark.parametrize("pattern, how, text, expected", [
    (T.SPACE_RUN, "sub", "Northby  Borough\n\tCouncil", "Northby Borough Council"),
    (T.TOKEN, "finditer", "Jo Pell, chair.", ["Jo", "Pell,", "chair."]),
    (T.TOKEN_AND_SPACE, "finditer", "the Care Act ", ["the ", "Care ", "Act "]),
    (T.FIRST_TOKEN, "match", "the Northby Trust", "the"),
    (T.FIRST_TOKEN, "match", "Trust", None),
    (T.LAST_TOKEN, "search", "Kin Carers Group and", "and"),
    (T.WORD_WITH_APOSTROPHE, "finditer", "the council’s chair, O'Dowd", ["the", "council’s", "chair", "O'Dowd"]),
    (T.SENTENCE_BREAK, "split", "Paid by 2027. The rest later", ["Paid by 2027.", "The rest later"]),
    (T.PARAGRAPH, "finditer", "One line\nsame one\n\nNext one", ["One line\nsame one", "Next one"]),
    (T.SENTENCE_END, "finditer", "It fell in 2021. Then “it rose.” Then x", [".", ".”"]),
    (T.NO_BREAK_BEFORE, "search", "Met Dr.", "Dr."),
    (T.NO_BREAK_BEFORE, "search", "Met the doctor.", None),
    (T.POSSESSIVE_ENDING, "strip", "Northby Council’s", "Northby Council"),
    (T.POSSESSIVE_ENDING, "strip", "Councils'", "Councils"),
    (T.SLUG_APOSTROPHE, "strip", "carers’ `rights'", "carers rights"),
    (T.NOT_SLUG, "sub", "care & support-act", "care support act"),
    (D.LEADING_THE, "strip", "The Kinship Act 2031", "Kinship Act 2031"),
    (D.LEADING_THE, "strip", "Theory of Care", "Theory of Care"),
    (D.TITLE_WORD_BREAK, "split", "Homes, Built on Hope", ["Homes", "Built", "on", "Hope"]),
    (D.COORDINATION_NEXT, "match", " or other agencies", " or"),
    (D.COORDINATION_NEXT, "match", " orders", None),
    (A.CLOSING_PUNCTUATION, "search", "We will fund more homes", None),
    (A.CLOSING_PUNCTUATION, "search", "We will fund more homes.", "."),
    (A.AFTER_QUOTE_SUBJECT_FIRST, "match", ", while Sam Lee said", None),
    (A.QUOTED_STRETCH, "sub", "Unions warned of a “cliff edge” for pay", "Unions warned of a   for pay"),
    (A.ROLE_NOT_SPEAKER_AFTER, "match", "’s remarks", "’s"),
    (A.ROLE_NOT_SPEAKER_AFTER, "match", " of Northby Trust", " of N"),
    (A.ROLE_NOT_SPEAKER_AFTER, "match", " said", None),
    (A.INDEFINITE_SPOKESPERSON, "search", "said a senior council source", "a senior council source"),
    (A.INDEFINITE_SPOKESPERSON, "search", "said the council’s spokesperson", None),
    (A.RELATIVE_PRONOUN_AT_END, "search", "the board named an inspector, who ", ", who "),
    (A.ARTICLE_WORD, "finditer", "An inspector and the panel", ["An ", "the "]),
    (PP.NAME_WORD_AT_END, "search", "said Priya ", "Priya"),
    (A.STRAIGHT_SINGLE_CONTINUES, "match", "'Costs keep rising.'", "'"),
    (A.STRAIGHT_SINGLE_CONTINUES, "match", "'90s kids", None),
    (A.STRAIGHT_SINGLE_ENDS, "search", "'Costs keep rising.'", "'"),
    (A.STRAIGHT_SINGLE_ENDS, "search", "the councils'", None),
    (A.OBJECT_RELATIVE_SUBJECT, "search", "rules which the association ", "the association"),
    (A.OBJECT_RELATIVE_SUBJECT, "search", "rules, as Ofsted also ", "Ofsted"),
    (A.OBJECT_RELATIVE_SUBJECT, "search", "an adviser, who ", None),
    (PP.PERSON_OF_BODY, "match", "Jo Ade of the Northby Trust", "Jo Ade"),
    (PP.PERSON_OF_BODY, "match", "Association of Directors", None),
    (A.CAPTION_CREDIT, "search", "Children at play Credit: Ben Cole/PA", "Credit: "),
    (A.CAPTION_CREDIT, "search", "tax credit: a change", None),
    (PP.BOROUGH_OF, "search", "funds for the London Borough of Eastham", "London Borough of Eastham"),
    (PP.BOROUGH_OF, "search", "the borough of Eastham", None),
    (PP.BODY_BEFORE_OFFICE, "search", "said Kin Matters founder Jo Reed", "Kin Matters"),
    (PP.BODY_BEFORE_OFFICE, "search", "said Kin Matters, whose founder Jo Reed", None),
    (A.NEXT_PARAGRAPH_SPEAKER, "match", "So said Cllr Ruth Amos, at the meeting", "So said "),
    (PP.COMMON_WORD_MODIFIES, "match", " Care Ambassador", " Care"),
    (PP.COMMON_WORD_MODIFIES, "match", " The charity", None),
    (A.WRONG_WAY_OPEN, "search", "said: ”Leaders know", "”"),
    (A.WRONG_WAY_OPEN, "search", "know.” Then", None),
    (PP.PARTY_SPEAKS, "search", "Labour has warned that", "Labour"),
    (PP.PARTY_SPEAKS, "search", "Labour MPs said", None),
    (A.LABEL_MODIFIER_AFTER, "match", " posed by the bill", None),
    (A.LABEL_MODIFIER_AFTER, "match", " ministerial board", " m"),
    (A.DETERMINER_BEFORE, "search", "One of the ", "the "),
    (A.DETERMINER_BEFORE, "search", "Sarah ", None),
    (A.PASSIVE_AGENT, "match", " by the Northby Network", " by "),
    (A.PASSIVE_AGENT, "match", " in the Northby Network", None),
    (A.PASSIVE_BEFORE_VERB, "search", "The plans were originally ", "were originally "),
    (A.PASSIVE_BEFORE_VERB, "search", "The charity has ", None),
    (PP.GIVEN_NAME_THEN_LAY_ROLE, "search", "” said Lisa, a kinship carer from Hull", "kinship carer"),
    (PP.GIVEN_NAME_THEN_LAY_ROLE, "search", "reported to Lisa, a kinship carer", None),
    (PP.NHS_BODY, "search", "backed by NHS Providers today", "NHS Providers"),
    (PP.NAME_IN_COMMAS_BEFORE_VERB, "search", "Chair of the board, Ann Tate, said so", "Ann Tate"),
    (PP.NAME_IN_COMMAS_BEFORE_VERB, "search", "In Leeds, Ann Tate and others said so", None),
    (PP.BYLINE, "search", "Top story\nBy Ann Tate | 2 May 2025", "Ann Tate"),
    (PP.BYLINE, "search", "Led By Example Today", None),
    (PP.NHS_BODY, "search", "the NHS Long Term Plan", None),
    (PP.NHS_BODY, "search", "the NHS Number of each child", None),
    (PP.NAME_WORD_AT_END, "search", "said the ", None),
    (PP.CAPITALISED_NEXT, "match", " Carers Alliance", " C"),
    (PP.CAPITALISED_NEXT, "match", " carers", None),
    (PP.COMMA_LIST_ITEM, "finditer", "Kinfolk, Hearthside and Tandem", ["Kinfolk", " Hearthside and Tandem"]),
    (PP.AND_BEFORE_CAPITAL, "split", "Hearthside and Tandem and others", ["Hearthside", "Tandem and others"]),
    (PP.AND_BETWEEN, "split", "Kin Trust and Northby Council", ["Kin Trust", "Northby Council"]),
    (PP.ACRONYM_NAME_WORD, "finditer", "the All-Party Carers’ Group", ["the", "All-Party", "Carers’", "Group"]),
    (PP.ACRONYM_TAIL, "match", " on Foster Care reform", "on Foster Care"),
    (PP.BODY_THEN_ROLE_GAP, "match", "’s ", "’s "),
    (PP.BODY_THEN_ROLE_GAP, "match", " said its ", None),
    (PP.ROLE_OF_BODY_GAP, "match", " of the children’s charity ", " of the children’s charity "),
    (PP.POINTS_BACK, "search", "Its ", "Its "),
    (PP.SUBJECT_OPENING, "match", "“However, the panel", "“However, the "),
    (PP.ROLE_NOISE, "strip", "fellow Labour councillor", "councillor"),
    (PP.ROLE_NOISE, "strip", "chair for 2024-25", "chair"),
    (L.HEDGE_CLAUSE_BREAK, "split", "It was welcomed; it should have", ["It was welcomed", " it should have"]),
    (M.RANGE_JOIN, "match", " – ", " – "),
    (M.RANGE_JOIN, "match", " for hubs and ", None),
    (M.RANGE_BETWEEN, "search", "will provide between ", "between "),
    (M.WORDED_AMOUNT, "search", "more than a billion pounds over", "billion"),
    (M.WORDED_AMOUNT, "search", "billions of pounds", None),
    (M.SENTENCE_CLOSE, "search", "It was paid.”", ".”"),
    (M.SENTENCE_CLOSE, "search", "Extra £30m for hubs", None),
    (M.GIVER_BETWEEN, "search", " has awarded ", " has awarded "),
    (M.GIVER_BETWEEN, "search", " has long campaigned for, including a ", None),
    (M.RECEIVER_BETWEEN, "search", " has received ", "received"),
    (M.RECEIVER_BETWEEN, "search", " will invest ", None),
    (M.GIVER_AGENT_BEFORE, "search", ", funded by the ", ", funded by the "),
    (M.GIVER_AGENT_BEFORE, "search", " for councils named by the ", None),
    (M.ALLOCATION_BEFORE_COST, "search", "which the DfE is funding 30 councils to run, at a ", "is funding"),
    (M.ALLOCATION_BEFORE_COST, "search", "the funding issues raised, costs of ", None),
    (M.MONEY_ANAPHOR, "match", "The new investment builds on", "The new investment"),
    (M.MONEY_ANAPHOR, "match", "The new strategy builds on", None),
    (M.PAY_CONTEXT, "search", "a salary of ", "salary"),
    (M.PAY_VERB, "search", "councils pay foster carers an average of ", "pay"),
    (M.PAY_RATE_AFTER, "match", " a week to foster carers", " a week"),
    (M.PAY_RATE_AFTER, "match", " a year to an agency", None),
    (M.PAY_CONTEXT, "search", "placements are averaging more than ", None),
    (M.COST_FORECAST, "search", "the reforms would ", "would "),
    (M.COST_FORECAST, "search", "the placement had been ", None),
    (M.COST_THRESHOLD, "match", " over ", " over "),
    (M.COST_THRESHOLD, "match", " the council ", None),
    (M.PERIOD_OPENING, "match", "For 25/26 there was", "For "),
    (M.PERIOD_OPENING, "match", "Councils spent for years", None),
    (M.PERIOD_CLOSING, "search", "will continue into 2026–27. ", "27"),
    (M.PERIOD_CLOSING, "search", "2026–27 for the fund. ", None),
    (M.PAY_AFTER, "search", " an hour for locums", "an hour"),
    (M.PAY_AFTER, "search", " will be paid to councils", None),
    (M.ASIDE_CLOSED, "sub", "shortfall – estimated early – each year", "shortfall each year"),
    (M.ASIDE_OPEN, "split", "for carers — a rise on last year", ["for carers", "a rise on last year"]),
    (M.GOVERNMENT_OFFICE, "search", "In her statement, the Chancellor allocated", "the Chancellor"),
    (M.GOVERNMENT_OFFICE, "search", "the shadow Chancellor pledged", None),
    (M.GIVER_RELATIVE_BEFORE, "search", ", which the ", ", which the "),
    (M.GIVER_VERB_AFTER, "match", " announced on Tuesday", " announced"),
    (M.GIVER_VERB_AFTER, "match", " said it was late", None),
    (M.COST_STATED, "search", "The weekly cost of an agency worker is ", "cost of an agency worker is "),
    (M.COST_STATED, "search", "the costs of, I think, more than ", None),
    (M.PURPOSE_IN_NEXT_SENTENCE, "match", "The new funding will go towards secure homes.", "secure homes"),
    (M.PURPOSE_IN_NEXT_SENTENCE, "match", "The money was late.", None),
    (M.GOVERNMENT_OFFICE, "search", "the children’s minister said", "the children’s minister"),
    (M.GOVERNMENT_OFFICE, "search", "the Welsh minister pledged", None),
    (M.PURPOSE_TIME_TAIL, "split", "to train carers over the next three years", ["to train carers", ""]),
    (M.PURPOSE_TIME_TAIL, "split", "to train carers in Northby", ["to train carers in Northby"]),
    (_CONTEXTUAL["Pilot"], "search", "Then the pilot opened.", "the pilot"),
    (_CONTEXTUAL["Pilot"], "search", "Then the pilot areas opened.", None),
    (D.MANIFESTO, "search", "as the Labour Manifesto said", "Manifesto"),
    (D.DEFINED_MEASURE, "search", "Done. The carer passport is a new right for carers.", "carer passport"),
    (D.DEFINED_MEASURE, "search", "The carer passport is popular.", None),
    (D.NOT_TITLE, "match", "the Northby Safeguarding Panel’s", "the Northby Safeguarding Panel’s"),
    (D.TITLE_AFTER_CUE, "search", "the report, NAFP UK Director Jo Bell said", None),
    (D.ACT_TITLE, "finditer", "under the Kin Carers (Wales) Act 2031, councils", ["Kin Carers (Wales) Act 2031"]),
    (D.CAPITALISED_KIND, "finditer", "within the Service, the Kin Audit Review said", ["Kin Audit Review"]),
    (D.ACT_WITHOUT_YEAR, "finditer", "the Kin Act and the Care Act 2031", ["Kin Act"]),
    (D.ACT_YEAR_END, "strip", "Kin Act 2031", "Kin Act"),
    (D.BODY_OWN_DOCUMENT, "match", " published its final market study", "final market study"),
    (D.BODY_OWN_DOCUMENT, "match", " said. Its market study", None),
    (D.REVIEW_INTO_DEATHS, "search", "the review into the deaths of Jo Roe and Sam Poe.", "Jo Roe and Sam Poe"),
    (D.REVIEW_INTO_DEATHS, "search", "the review into the care of Jo Roe", None),
    (_CONTEXTUAL["Report"], "search", "The final report also found", "The final report"),
    (_CONTEXTUAL["Report"], "search", "The report by the council found", None),
    (L.HEDGED_BEFORE, "search", "Teams should be ", "should be "),
    (L.RELATIVE_OPENER, "search", "The pilot, which began", ", which"),
    (L.SENTENCE_END_BETWEEN, "search", "began. It", ". "),
    (D.APPOSITIVE_PROGRAMME, "finditer", "£2m for Kin Circles, a mentoring scheme run", ["Kin Circles, a mentoring scheme"]),
    (D.APPOSITIVE_PROGRAMME, "search", "In Northby, a pilot began", None),
    (_CONTEXTUAL["Programme"], "search", "The initiative began", "The initiative"),
    (_CONTEXTUAL["Programme"], "search", "the programme director", None),
    (L.GOVERNMENT_DOCUMENT_AFTER, "match", "’s children’s social care strategy", "’s children’s social care strategy"),
    (L.GOVERNMENT_DOCUMENT_AFTER, "match", "’s plans for care", None),
    (D.TITLE_LEAD, "match", "Renaming the Kin Fund", "Renaming the "),
    (D.TITLE_LEAD, "match", "Keeping Children Safe", None),
    (D.TITLE_LEAD, "match", "Endorsement of the Youth Plan", "Endorsement of the "),
    (D.TITLE_LEAD, "match", "Adoption of Children Act 1926", None),
    (D.DESCRIBED_DOCUMENT, "search", "the consultation on kin leave closes", "consultation on kin leave"),
    (D.DESCRIBED_DOCUMENT, "search", "the consultation was short", None),
    (D.KIND_FIRST_TITLE, "search", "part of the Plan for Fairer Care.", "Plan for Fairer Care"),
    (D.KIND_FIRST_TITLE, "search", "the plan for care", None),
    (D.KIND_FIRST_TITLE, "search", "central to its Plan for Fairer Care, which", "Plan for Fairer Care"),
    (D.KIND_FIRST_TITLE, "search", "set out Labour’s ‘Plan for Fairer Care’ today", "Plan for Fairer Care"),
    (D.KIND_FIRST_TITLE, "search", "the party’s plan for care", None),
    (D.KIND_FIRST_TITLE, "search", "a Plan for Fairer Care was", None),
    (D.CALL_FOR_EVIDENCE, "search", "its Call for Evidence", "Call for Evidence"),
    (D.CALL_FOR_EVIDENCE, "search", "a call for evidence", None),
    (L.DOCUMENT_ANAPHOR, "match", "These include kin leave.", None),
    (L.DOCUMENT_ANAPHOR, "match", "These reforms include kin leave.", "These reforms"),
], ids=lambda v: v.pattern[:30] if isinstance(v, re.Pattern) else None)
def test_a_moved_pattern_reads_a_sentence_of_our_own(pattern: re.Pattern[str], how: str, text: str,
                                                     expected: object) -> None:
    assert read(pattern, how, text) == expected


def test_built_patterns_take_whole_words_only() -> None:
    assert T.whole_word("he").search("Then he said") and not T.whole_word("he").search("the chair")
    assert A.definite_description("union").search("That union said") and not A.definite_description(
        "union").search("a union said")
    assert PP.standalone("Trust").search("Kin Trust") and not PP.standalone("Trust").search("Trustees")
    assert PP.standalone_role_word("chair").search("Vice Chair") and not PP.standalone_role_word(
        "chair").search("co-chair")



@pytest.mark.parametrize("pattern, gate, text", [
    (D.INTRODUCED_SUBJECT, D.INTRODUCED_PASSIVE, "Early help hubs will be established next year."),
    (PP.COUNCILS_BULLETED, PP.COUNCIL_BULLET_MARK, "The three councils are:\n• Stockport\n• Wigan"),
    (D.PERSON_REVIEW, D.PERSON_REVIEW_GATE, "Dame Ann Kerr’s independent review into fostering was published."),
    (PP.NAME_DASH_ROLE, PP.GATES[PP.NAME_DASH_ROLE], "Sam Okafor – chief executive, Kinship Now"),
    (PP.POSSESSIVE_AS_ROLE, PP.GATES[PP.POSSESSIVE_AS_ROLE], "Ria Desai's first year as chair was hard."),
    (PP.GIVEN_NAME_THEN_LAY_ROLE, PP.GATES[PP.GIVEN_NAME_THEN_LAY_ROLE], "Tomas, 17, a care leaver, moved out."),
    (PP.NAME_WITH_MP, PP.GATES[PP.NAME_WITH_MP], "Priya Shah MP asked about kinship leave."),
    (PP.NAME_IN_HANSARD, PP.GATES[PP.NAME_IN_HANSARD], "Ruth Okoye (Northby West) (Lab)"),
    (D.ACT_TITLE, D.ACT_WORD, "Under the Kinship Care Act 2031 councils must pay."),
    (D.ACT_WITHOUT_YEAR, D.ACT_WORD, "The Kinship Care Act was amended."),
    (D.REGULATIONS_TITLE, D.REGULATIONS_WORD, "The Foster Homes (England) Regulations 2029 apply."),
    (D.KIND_FIRST_TITLE, D.KIND_FIRST, "Its Plan for Fairer Kinship was published."),
], ids=["introduced-subject", "councils-bulleted", "person-review", "name-dash-role", "possessive-as-role",
        "given-name-then-lay-role", "name-with-mp", "name-in-hansard", "act-title", "act-without-year",
        "regulations-title", "kind-first-title"])
def test_a_gated_pattern_finds_what_it_finds_alone(pattern: re.Pattern[str], gate: re.Pattern[str],
                                                   text: str) -> None:
    """A gate only spares a pattern a body it cannot match: on a text the pattern matches, the gate holds."""
    alone = [m.group() for m in pattern.finditer(text)]
    assert alone
    assert [m.group() for m in all_matches(pattern, text, gate)] == alone


def test_all_matches_skips_a_pattern_whose_gate_finds_nothing() -> None:
    pattern = re.compile(r"\bregisters?\b")
    assert all_matches(pattern, "A register of carers.", re.compile("•")) == ()
    assert [m.group() for m in all_matches(pattern, "• A register of carers.", re.compile("•"))] == ["register"]


def test_all_matches_keys_patterns_by_identity_not_by_text() -> None:
    """Each pattern has its own entry (never another pattern's matches), and a text is keyed by value: an equal
    string built anew finds the entry made for the first."""
    text = "A register of carers."
    one, other = re.compile(r"\bregisters?\b"), re.compile(r"\bcarers?\b")
    assert [m.group() for m in all_matches(one, text)] == ["register"]
    assert [m.group() for m in all_matches(other, "".join(text))] == ["carers"]
    assert all_matches(one, text) is all_matches(one, text[:2] + text[2:])


def test_title_after_cue_reads_a_cue_in_any_case() -> None:
    """The cue trie keeps the case-insensitive cue and prefers the longest cue at a position."""
    text = "In its Green Paper, Care Matters, and the spending review, Fair Shares, it said"
    assert [(m["cue"], m["title"]) for m in D.TITLE_AFTER_CUE.finditer(text)] == [
        ("Green Paper", "Care Matters"), ("spending review", "Fair Shares")]
