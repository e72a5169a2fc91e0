"""Speaker resolution rules that the quote tests do not reach directly."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.extract.actor_helpers import extract, speakers


def test_relative_clause_subject_is_the_noun_before_who() -> None:
    x = extract("The DfE appointed an adviser, who found services were “in considerable need of improvement”.")
    assert speakers(x)[0][1] is None


def test_nearest_reporting_verb_with_a_person_wins() -> None:
    x = extract("Ofsted welcomed the plan, with director Mina Shah saying: “This gives us the powers we need.”")
    assert speakers(x)[0][1] == "mina-shah"


def test_the_ing_form_of_a_reporting_verb_after_with_attributes_the_quote() -> None:
    x = extract("The plan was approved, with Ada Penn insisting it was “the right thing to do” for the county.")
    assert speakers(x) == [("the right thing to do", "ada-penn")]


def test_the_subject_of_an_ing_reporting_verb_is_what_follows_with_not_a_body_before_it() -> None:
    x = extract("Northby Council was rated good after an Ofsted inspection.",
                "Praise went to the council’s work with other agencies, with the inspectors saying: “Children get "
                "help early.”")
    assert speakers(x) == [("Children get help early.", "ofsted")]


def test_an_aside_set_off_by_dashes_before_the_verb_is_not_the_subject() -> None:
    x = extract("Reacting to the plan, the Northby Carers Alliance – Kinship, Barnardo’s, The Children’s Society – "
                "said: “We welcome the measures for babies.”")
    assert speakers(x) == [("We welcome the measures for babies.", "northby-carers-alliance")]


def test_a_plurals_possessive_before_report_still_makes_it_the_report() -> None:
    x = extract("Northby Council children’s services were rated good after an Ofsted inspection in May.",
                "“Leaders know the needs of children in Northby,” said the inspectors’ report.")
    assert speakers(x)[0][1].startswith("ofsted-inspection-report")


def test_it_after_a_sentence_opened_by_an_unnamed_report_is_the_report() -> None:
    x = extract("The report, written by the charity Lumen Trust, was published today.",
                "It said the system was “close to breaking point in most regions”.")
    # the report is the charity's, named by it ("written by" credits its author)
    assert speakers(x)[0][1].startswith("lumen-trust-report")


def test_the_inspection_report_is_the_report_of_the_inspectorate_credited_before_it() -> None:
    x = extract("Services in Harbourshire were judged “inadequate” by Ofsted in May.",
                "The inspection report said there were “serious concerns about leadership”.")
    assert speakers(x)[0][1].startswith("ofsted-report-")


def test_a_report_the_body_said_something_in_speaks_when_called_the_report() -> None:
    x = extract("The Children’s Commissioner said in her annual report that waits had grown.",
                "Ofsted published its findings a week earlier.",
                "The report said: “Children wait too long for help.”")
    assert speakers(x)[0][1].startswith("childrens-commissioner-for-england-annual-report-")
    x = extract("Ofsted said in its report that leaders in Barnet had acted quickly.",
                "The report said: “Children are safer now than a year ago.”",
                "In a report published on Tuesday, the Local Government Association said councils faced a gap.",
                "The report said: “Councils cannot carry on like this.”")
    assert [s.split("-report-")[0] for _, s in speakers(x)] == ["ofsted", "local-government-association"]


def test_her_report_is_the_report_named_before() -> None:
    x = extract("The Children’s Commissioner said in her annual report that waits had grown.",
                "Her report, completed in March, states: “Children wait too long for help.”")
    assert speakers(x)[0][1].startswith("childrens-commissioner-for-england-annual-report-")


def test_council_officers_report_is_the_councils_paper() -> None:
    x = extract("Northby County Council plans to buy a house to run as a children’s home.",
                "Council officers said in their report that placements had tripled in cost.",
                "The report said: “Owning a home will help us manage costs.”")
    assert speakers(x)[0][1].startswith("northby-county-council-officers-report-")


def test_the_report_points_back_not_to_a_body_named_after_it() -> None:
    x = extract("The report said: “Owning a home will help us manage costs.”",
                "A budget report from Westby County Council states that spending will rise.")
    assert not (speakers(x)[0][1] or "").startswith("westby")


def test_bullet_list_quotes_belong_to_the_introduction() -> None:
    x = extract("The Local Government Association said the benefits included:",
                "• removing a ‘costly layer of bureaucracy’ from the system.")
    assert speakers(x)[0][1] == "local-government-association"


def test_a_bare_given_name_speaks_for_the_person_named_in_full() -> None:
    x = extract("Charity director Maya Okafor said the plan was late.",
                "Asked about staffing, Maya said: “We cannot recruit fast enough for the demand we see.”")
    assert speakers(x) == [("We cannot recruit fast enough for the demand we see.", "maya-okafor")]


def test_a_given_name_shared_by_two_people_names_nobody() -> None:
    x = extract("Director Maya Okafor and researcher Maya Lindqvist said the plan was late.",
                "Maya said: “We cannot recruit fast enough for the demand we see.”")
    assert speakers(x)[0][1] is None


def test_a_speech_in_labelled_sections_keeps_its_speaker() -> None:
    x = extract("Opening the conference, council leader Petra Vance said:",
                "On housing:",
                "“We have too few homes for the young people leaving our care this year.”",
                "On money:",
                "“The grant ends in March and nothing replaces it for the families we serve.”")
    assert [s for _, s in speakers(x)] == ["petra-vance", "petra-vance"]


def test_a_role_description_speaks_for_the_person_given_that_role() -> None:
    x = extract("The charity’s chief executive, Wren Adler, welcomed the plan.",
                "Our chief executive also appeared on the radio to discuss it: “The money is welcome but it will "
                "not reach families this year.”")
    assert speakers(x)[-1][1] == "wren-adler"


def test_the_minister_is_the_person_the_article_made_minister() -> None:
    x = extract("Children’s minister Cora Blythe opened the debate.",
                "“We will legislate for this in the spring,” the minister said.")
    assert speakers(x) == [("We will legislate for this in the spring", "cora-blythe")]


def test_a_role_in_a_possessive_after_a_body_subject_is_not_the_speaker() -> None:
    x = extract("Children’s minister Cora Blythe opened the debate.",
                "The Carers Alliance welcomed the minister’s words but warned: “A trial that reaches so few "
                "families misses the point.”")
    assert speakers(x)[-1][1] != "cora-blythe"


def test_the_addressee_of_a_letter_is_not_its_speaker() -> None:
    x = extract("In an open letter to the care minister Nell Hardy, the charities said: “Placements are running out "
                "in every region.”")
    assert speakers(x) == [("Placements are running out in every region.", None)]


def test_an_office_the_letter_is_addressed_to_is_not_the_speaker() -> None:
    x = extract("The children’s minister, Nell Hardy, visited Northby on Monday.",
                "Forty councils have signed a letter to the children’s minister warning that budgets are “close to the "
                "edge”.")
    assert speakers(x) == [("close to the edge", None)]


def test_they_after_a_group_of_people_is_no_document_named_before() -> None:
    x = extract("The Harbour Act 2021 gave councils new duties.",
                "But both co-chairs stressed that the plan must be read with the Harbour Act 2021.",
                "“The new duties are bedding in. They give us room to act,” they said.")
    assert speakers(x) == [("The new duties are bedding in. They give us room to act", None)]


def test_the_words_of_after_the_quote_name_its_speaker() -> None:
    x = extract("The Harbour Trust runs children’s services in Northby.",
                "“There is a lot of work to be done here if we are to cope,” - the words of councillor Jo Ade "
                "yesterday as the council discussed the trust.",
                "“Costs have doubled in three years”, the verdict of the chief inspector, Sam Lee, who visited in May.")
    assert speakers(x) == [("There is a lot of work to be done here if we are to cope", "jo-ade"),
                           ("Costs have doubled in three years", "sam-lee")]


def test_the_object_of_leading_him_to_warn_is_the_speaker() -> None:
    x = extract("Panel chair Abel Storr proposed faster reform. Instead, the council delayed it, leading him to warn "
                "that the service was a “sinking ship” in need of help.")
    assert speakers(x) == [("sinking ship", "abel-storr")]


def test_a_named_spokesperson_is_the_person() -> None:
    x = extract("Cllr Ria Lomax, children’s services spokesperson for the County Councils Network, said:",
                "“We have waited years for this reform and it is welcome.”")
    assert speakers(x) == [("We have waited years for this reform and it is welcome.", "ria-lomax")]


def test_the_organisation_is_the_body_not_the_government_named_last() -> None:
    x = extract("Family Rights Group said that, by legislating, the government is taking a welcome step.",
                "The organisation said: “Legal support must be in the law itself, not only in guidance.”")
    assert speakers(x)[-1][1] == "family-rights-group"


def test_two_clauses_each_keep_the_speaker_of_their_own_verb() -> None:
    x = extract("Rita Moss said the levy would “hurt the smallest providers”, while Omar Dane said it was "
                "“fair to everyone”.")
    assert speakers(x) == [("hurt the smallest providers", "rita-moss"), ("fair to everyone", "omar-dane")]


def test_a_fronted_quote_after_a_comma_takes_the_attribution_after_it() -> None:
    x = extract("Asked whether the panel found failings, “Yes, and we said so plainly,” said Lena Ford.")
    assert speakers(x)[0][1] == "lena-ford"


def test_a_reporting_word_naming_nobody_leaves_the_quote_to_the_document_its_clause_is_about() -> None:
    x = extract("The Children’s Wellbeing and Schools Bill was laid before Parliament in December.",
                "One of the stated aims of the Bill is to “end the postcode lottery in allowances”.")
    assert speakers(x)[0][1] == "childrens-wellbeing-and-schools-bill"


def test_a_relative_clause_with_its_own_subject_speaks_for_that_subject() -> None:
    x = extract("Jo Ade of the Northby Providers Association said ministers were pursuing rules which the "
                "association argues are “unworkable for small homes”.")
    assert speakers(x)[0][1] == "northby-providers-association"


def test_a_document_named_before_which_is_the_subject_of_the_relative_clause() -> None:
    x = extract("The measures follow the policy paper, Safe at Home, Strong Families, which set out a plan to "
                "“rebuild early help in every area”.")
    assert speakers(x)[0][1] is not None and speakers(x)[0][1] != "uk-government"


def test_a_person_in_a_photo_caption_is_not_who_she_stands_for() -> None:
    x = extract("Panel chair Hana Voss said the system was not broken.",
                "Tilly Marsh was taken into care in 2019 Credit: Ben Cole/PA",
                "Safeguarding partnerships “are not yet working well everywhere”, she added.")
    assert speakers(x)[-1][1] == "hana-voss"


def test_a_description_with_a_modifier_speaks_for_the_body_it_describes() -> None:
    x = extract("Eastmoor County Council overspent its budget by £3m.",
                "A spokesman for the county council said: “Demand for placements keeps rising every month.”")
    assert speakers(x)[0][1] == "eastmoor-county-council"


def test_the_political_group_is_the_group_named_before() -> None:
    x = extract("The Riverside Independents Group won four seats.",
                "The political group had proposed a levy “until such time as the law requires one”.")
    assert speakers(x)[0][1] == "riverside-independents-group"


def test_a_document_set_off_as_the_subject_speaks_not_its_publisher() -> None:
    x = extract("The Care Sufficiency Review, published by the Harbour Institute on Monday, said councils were "
                "“trapped in a cycle of emergency spending”.")
    assert speakers(x)[0][1] == "care-sufficiency-review"


def test_a_council_spokesperson_speaks_for_the_council_named_before() -> None:
    x = extract("Cllr Tom Gale, cabinet member for children at Westshire Council, said the home would open in May.",
                "A council spokesperson said the work had been “delayed by the weather”.")
    assert speakers(x)[0][1] == "westshire-council"


def test_a_persons_report_speaks_not_the_person() -> None:
    x = extract("The Care Review, led by Josh MacAlister, was published in May.",
                "As the committee knows, Josh MacAlister’s report says:",
                "“Too many children wait too long for a stable home.”")
    assert speakers(x)[0][1] == "independent-review-of-childrens-social-care"


def test_a_quote_with_no_reporting_verb_belongs_to_the_nearest_document_not_the_subject() -> None:
    x = extract("The Children’s Wellbeing and Schools Bill, introduced as part of Labour’s manifesto pledge to "
                "“break down barriers to opportunity”, is now in the Lords.")
    assert speakers(x)[0][1] != "childrens-wellbeing-and-schools-bill"


def test_so_said_in_the_next_paragraph_names_the_speaker() -> None:
    x = extract("“We will not let these children down, whatever the budget says.”",
                "So said Cllr Ruth Amos, the council's lead member for children, at Tuesday's meeting.")
    assert speakers(x)[0][1] == "ruth-amos"


def test_a_document_described_with_a_possessive_and_modifiers_speaks() -> None:
    x = extract("The Kinship Care Strategy was published in December.",
                "The government's long-awaited strategy states that councils “must publish a kinship offer”.")
    assert speakers(x)[0][1] == "kinship-care-strategy"


def test_the_act_speaks_for_the_act_named_before() -> None:
    x = extract("The Children and Social Work Act 2017 created the corporate parenting principles.",
                "The act requires councils to “have regard to the need to promote” a child's wellbeing.")
    assert speakers(x)[0][1] == "children-and-social-work-act-2017"


def test_a_party_out_of_government_speaks_as_the_party() -> None:
    before = extract("Labour said the cuts would “leave thousands of children without help”.",
                     published=datetime(2023, 3, 1))
    after = extract("Labour said the cuts would “leave thousands of children without help”.",
                    published=datetime(2025, 3, 1))
    assert (speakers(before)[0][1], speakers(after)[0][1]) == ("labour-party", "labour-government")


def test_the_outlet_a_speaker_told_is_never_the_speaker() -> None:
    x = extract("A mother whose son was placed far away said she felt powerless. Sarah, who asked for her surname "
                "not to be used, told the BBC: “I only saw him twice a year.”")
    assert speakers(x)[0][1] != "bbc"


def test_the_agent_of_a_passive_reporting_verb_speaks() -> None:
    x = extract("The plans were welcomed as “a step in the right direction” by the Northby Carers Network.")
    assert speakers(x)[0][1] == "northby-carers-network"


def test_the_ministers_statement_is_not_the_strategy_named_before() -> None:
    x = extract("Children’s minister Cora Blythe launched the Kinship Care Strategy in May.",
                "The minister's statement said the plan would “reach every family within a year”.")
    assert speakers(x)[0][1] != "kinship-care-strategy"


def test_what_a_passive_reporting_verb_reports_on_is_no_speaker() -> None:
    x = extract("The recommendations of the Kinship Care Strategy were originally welcomed as a “turning point for "
                "kinship families”.")
    assert speakers(x)[0][1] is None


def test_the_subject_of_a_progressive_reporting_verb_speaks_as_it_is_no_passive() -> None:
    charity = extract("The Northby Kinship Trust is calling for a “proper allowance” for every kinship carer.")
    person = extract("Jo Reed, who chaired the inquiry, and is warning of a “lost generation” of carers, spoke at noon.")
    assert (speakers(charity)[0][1], speakers(person)[0][1]) == ("northby-kinship-trust", "jo-reed")


def test_a_body_opening_its_sentence_outranks_the_paragraphs_earlier_speaker() -> None:
    x = extract("“We are at breaking point,” said Dr Lena Cole of the Northby Providers Association. The Northby "
                "Providers Association’s evidence shows how the cap is creating a “hidden tax on every family”.")
    assert [s for _, s in speakers(x)] == ["lena-cole", "northby-providers-association"]


def test_a_person_in_an_opening_clause_is_not_the_speaker() -> None:
    x = extract("Replying to Nell Harcourt, the minister Osric Vane said: “We will review the support kinship "
                "carers receive this year.”",
                "Asked by Nell Harcourt about the delay, Osric Vane said: “The money will reach councils by April.”",
                "In response to a question from Nell Harcourt, Osric Vane said: “No council will lose out.”")
    assert [s for _, s in speakers(x)] == ["osric-vane"] * 3


@pytest.mark.parametrize("opening", ["Answering Nell Harcourt", "Praising Nell Harcourt", "Thanking Nell Harcourt",
                                     "Answering questions from Nell Harcourt", "In a letter to Nell Harcourt",
                                     "Speaking after Nell Harcourt"])
def test_a_person_a_participle_governs_in_an_opening_clause_is_not_the_speaker(opening: str) -> None:
    for subject in ("the minister said", "he said"):
        x = extract("Children’s minister Osric Vane visited Truro on Monday.",
                    f"{opening}, {subject}: “We will review the support kinship carers receive this year.”")
        assert speakers(x)[0][1] == "osric-vane"


def test_a_couple_named_as_one_are_two_people_each_speaking_by_first_name() -> None:
    x = extract("Nell and Osric Harcourt, foster carers from Truro, opened the event.",
                "Osric said: “You need calm moments in your life.”",
                "Nell said: “People think it will be hard work.”",
                "The Victoria and Albert Museum lent the hall.")
    assert [s for _, s in speakers(x)] == ["osric-harcourt", "nell-harcourt"]


def test_a_participle_before_a_first_name_alone_makes_no_person_of_the_two() -> None:
    x = extract("Foster carers Nell Harcourt and Osric Harcourt live in Truro.",
                "Osric said: “You need calm moments in your life.”",
                "Describing Osric as “a ray of light,” Nell said: “People think it will be hard work.”")
    assert [s for _, s in speakers(x)] == ["osric-harcourt", "nell-harcourt", "nell-harcourt"]


def test_an_opening_clause_after_an_event_or_praising_a_document_is_not_the_speaker() -> None:
    for opening in ("Following the publication of the Northby report", "Praising the Northby report"):
        x = extract("Children’s minister Osric Vane visited Truro on Monday.",
                    f"{opening}, the minister said: “We will review the support kinship carers receive this year.”")
        assert speakers(x)[0][1] == "osric-vane"


def test_a_noun_in_ing_opening_a_role_or_body_is_no_opening_clause() -> None:
    x = extract("Housing minister Petra Lowe, who visited Truro last week, said: “Every child deserves a home.”",
                "Reading Borough Council, in a statement, said: “We will bid for the money.”",
                "The minister, answering questions, said: “No council will lose out.”")
    assert [s for _, s in speakers(x)] == ["petra-lowe", "reading-borough-council", "petra-lowe"]


def test_an_opening_clause_with_no_subject_after_it_keeps_its_speaker() -> None:
    x = extract("Speaking to reporters, Nell Harcourt said: “We will review the support kinship carers receive.”")
    assert speakers(x)[0][1] == "nell-harcourt"


def test_a_spokesperson_with_no_body_named_speaks_for_the_body_named_last() -> None:
    x = extract("Eastmoor Council has closed its two remaining children's homes.",
                "“We took this decision after a long review of what the children need,” a spokesperson said.",
                "“No child will have to move school,” said a spokeswoman.")
    assert [s for _, s in speakers(x)] == ["eastmoor-council"] * 2


def test_a_spokesperson_for_a_person_is_not_the_body_named_last() -> None:
    x = extract("Eastmoor Council has closed its two remaining children's homes.",
                "A spokesperson for the minister said: “We took this decision after a long review of the needs.”")
    assert speakers(x)[0][1] != "eastmoor-council"


def test_she_skips_a_man_named_by_a_given_name_only() -> None:
    x = extract("Carer Owen Blakely met charity head Fiona Trask on Monday.",
                "“Nobody should have to give up work to raise a grandchild,” she said.")
    assert speakers(x)[0][1] == "fiona-trask"


def test_a_given_name_used_for_both_sexes_says_nothing() -> None:
    x = extract("Carer Sam Blakely met charity head Fiona Trask on Monday.",
                "“Nobody should have to give up work to raise a grandchild,” she said.")
    assert speakers(x)[0][1] == "sam-blakely"


def test_a_possessor_before_another_person_is_not_the_speaker() -> None:
    x = extract("Nell Harcourt’s deputy, Osric Vane, said: “We will review the support kinship carers receive.”",
                "Osric Vane’s colleague Fiona Trask said: “The money will reach councils by April this year.”")
    assert [s for _, s in speakers(x)] == ["osric-vane", "fiona-trask"]


def test_she_after_a_sentence_naming_a_person_by_office_is_that_person() -> None:
    x = extract("Charity director Fiona Trask opened the event on Monday.",
                "Children’s minister Gemma Arias also attended, alongside council staff.",
                "In her speech, the director thanked carers for the work they do.",
                "“We are grateful to every carer who came forward this year,” she said.")
    assert speakers(x)[0][1] == "fiona-trask"


def test_a_description_by_sex_is_the_last_person_of_that_sex() -> None:
    x = extract("Councillor Fiona Trask and Councillor Osric Vane both backed the motion.",
                "The Northby man stated that “substantial changes to the allowance” are needed.",
                "“Carers are paying for this out of their own pockets,” said the mother-of-two.")
    assert [s for _, s in speakers(x)] == ["osric-vane", "fiona-trask"]


def test_a_possessor_is_not_the_speaker_when_a_body_opens_the_clause() -> None:
    x = extract("Ofsted rejected Mr Osric Vane’s suggestion as “entirely wrong and inaccurate”.")
    assert speakers(x) == [("entirely wrong and inaccurate", "ofsted")]


def test_an_office_speaks_through_the_person_who_opens_the_next_sentence() -> None:
    x = extract("Councils must “double their efforts” on fostering, the Children’s Commissioner for England has said.",
                "Dame Fiona Trask suggested councils learn from refugee hosting schemes.")
    assert speakers(x) == [("double their efforts", "fiona-trask")]


def test_the_office_alone_later_is_the_person_a_lead_placed_in_it_by_the_next_sentence() -> None:
    x = extract("Councils must “double their efforts” on fostering, the Children’s Commissioner for England has said. "
                "Dame Fiona Trask suggested councils learn from refugee hosting schemes.",
                "The Commissioner says providers put “profit before the welfare of children”.")
    assert speakers(x) == [("double their efforts", "fiona-trask"), ("profit before the welfare of children",
                                                                     "fiona-trask")]


def test_an_office_nobody_holds_speaks_through_the_person_who_opens_the_next_sentence() -> None:
    x = extract("Councils must “double their efforts”, the education secretary has said.",
                "Jo Adeyemi pledged the biggest overhaul of the system in a generation.")
    assert speakers(x) == [("double their efforts", "jo-adeyemi")]
    x = extract("Councils must “double their efforts”, the education secretary has said.",
                "The department was set up in 2001.")
    assert speakers(x) == [("double their efforts", None)]


def test_an_office_speaks_through_the_person_the_article_places_in_it() -> None:
    x = extract("Children’s Commissioner Dame Fiona Trask visited the home in March.",
                "Later, the Children’s Commissioner said: “Every child here deserves a stable home this year.”")
    assert speakers(x)[0][1] == "fiona-trask"


def test_a_spokesperson_for_an_office_speaks_for_the_office() -> None:
    x = extract("A spokesperson for the Children’s Commissioner said: “We will look at the findings closely.”",
                "Dame Fiona Trask has held the post since 2021.")
    assert speakers(x)[0][1] == "childrens-commissioner-for-england"


def test_to_quote_from_a_document_names_the_document() -> None:
    x = extract("The Harbour Trust published its report, Left Behind, on Tuesday. Fiona Trask wrote it.",
                "To quote again from the report:",
                "“Too many children still move home three or more times in a single year.”")
    assert speakers(x)[0][1] == "left-behind"


def test_in_the_words_of_a_person_names_the_person() -> None:
    x = extract("In the words of Fiona Trask, the plan is “a start but nowhere near enough money”.")
    assert speakers(x)[0][1] == "fiona-trask"


def test_inspectors_speak_for_the_inspectorate_named_before() -> None:
    x = extract("Ofsted visited the Northby fostering service in March.",
                "Inspectors said carers were left “without any proper supervision” for months.")
    assert speakers(x) == [("without any proper supervision", "ofsted")]


def test_inspectors_after_an_opening_clause_speak_for_the_inspectorate_named_before() -> None:
    x = extract("Ofsted visited the Northby fostering service in March.",
                "Despite new carers joining, inspectors said the service was “without proper supervision”.")
    assert speakers(x) == [("without proper supervision", "ofsted")]


def test_watchdogs_speak_for_the_inspectorate_named_before_and_not_for_a_council() -> None:
    x = extract("Ofsted visited the Northby fostering service in March.",
                "Watchdogs said progress at the service had been “far too slow” since then.")
    assert speakers(x) == [("far too slow", "ofsted")]
    x = extract("Northby Borough Council has closed two of its homes.",
                "Watchdogs said the buildings were “no longer fit for children”.")
    assert [s for _, s in speakers(x)] == [None]


def test_council_officers_speak_for_the_council_named_before() -> None:
    x = extract("Northby Borough Council has closed two of its homes.",
                "Council officers said the buildings were “no longer fit for children”.")
    assert [s for _, s in speakers(x)] == ["northby-borough-council"]


def test_officials_of_no_named_kind_are_no_speaker() -> None:
    x = extract("Northby Borough Council has closed two of its homes.",
                "Officials said the buildings were “no longer fit for children”.")
    assert [s for _, s in speakers(x)] == [None]


def test_an_unnamed_source_after_the_quote_is_not_the_person_named_before() -> None:
    for attribution in ("said one manager.", "one director told the BBC.", "another carer added.",
                        "according to a senior social worker."):
        x = extract("Jo Ade, chief executive of the Northby Trust, met carers on Monday.",
                    f"“We are drowning in paperwork,” {attribution}")
        assert speakers(x) == [("We are drowning in paperwork", None)], attribution


def test_a_spokesperson_after_the_quote_still_speaks_for_the_body() -> None:
    x = extract("Northby Council has closed a children's home.",
                "“We will find every child a new home close by,” a spokesperson said.")
    assert [s for _, s in speakers(x)] == ["northby-council"]


def test_a_reply_comes_from_the_person_asked_not_the_one_asking() -> None:
    for first in ("Sam Lee asked Jo Ade whether the money would come.",
                  "Sam Lee pressed the minister, Jo Ade, on the delay."):
        x = extract(f"{first} She replied: “The money is on its way.”")
        assert speakers(x) == [("The money is on its way.", "jo-ade")], first


def test_a_pronoun_that_only_says_keeps_the_subject_before_it() -> None:
    x = extract("Sam Lee asked Jo Ade whether the money would come. She said: “The money is late again.”")
    assert speakers(x) == [("The money is late again.", "sam-lee")]


def test_the_agent_of_a_passive_reporting_verb_before_the_quote_speaks() -> None:
    x = extract("The Northby home was criticised by Ofsted for leaving children “without a plan or a voice”.")
    assert speakers(x) == [("without a plan or a voice", "ofsted")]


def test_a_passive_reporting_verb_with_no_agent_names_no_speaker() -> None:
    x = extract("Jo Ade runs the Northby home.", "The home was criticised for leaving children “without a plan or a voice”.")
    assert [s for _, s in speakers(x)] == [None]


def test_a_pronoun_skips_a_person_in_a_clause_opening_the_sentence_before() -> None:
    x = extract("Cllr Jo Ade met the chancellor, Sam Lee, last week.",
                "As Mr Lee prepares to deliver his budget, Cllr Ade appealed for help.",
                "He said:", "“We cannot keep paying these bills.”")
    assert [s for _, s in speakers(x)] == ["jo-ade"]


def test_it_reporting_again_and_again_keeps_the_thing_named_before_the_chain() -> None:
    x = extract("Northby Council has published its Fostering Sufficiency Strategy 2025.",
                "The strategy says carers will be paid more from April. It also states that the council must report "
                "to Ofsted each quarter. Furthermore, it says councils should “share carers across the region”.")
    assert [s for _, s in speakers(x)] == ["fostering-sufficiency-strategy-2025"]


def test_a_sentence_opening_with_its_keeps_the_thing_named_before_it() -> None:
    x = extract("The Ofsted report looks at how the Department for Education funds councils.",
                "Its main finding is that the money arrives too late for most of them.",
                "It states: “Councils are planning a year ahead with money that comes a month ahead.”")
    slug = speakers(x)[0][1]
    assert slug is not None and slug.startswith("ofsted-report-")


def test_it_after_a_part_of_a_document_is_that_document() -> None:
    x = extract("The interim report of the Northby Review of Fostering came out on a Friday.",
                "It promised “a fair deal for every family raising a relative’s child”.")
    slug = speakers(x)[0][1]
    assert slug == "northby-review"


def test_a_bodys_paper_research_or_survey_speaks_as_its_document() -> None:
    x = extract("Ofsted inspected Northby in March.",
                "The Ofsted paper says: “Leaders have a clear grip on practice across the service.”",
                "Ofsted’s latest research also finds that carers are “leaving faster than they join”.")
    slugs = [s for _, s in speakers(x)]
    assert slugs[0] is not None and slugs[0].startswith("ofsted-paper-")
    assert slugs[1] is not None and slugs[1].startswith("ofsted-research-")


def test_a_subject_described_by_office_is_not_the_person_it_names_later() -> None:
    x = extract("Councillor Priya Nair called the budget “deeply unfair” on Monday.",
                "The council leader had written to the chancellor, Tom Blake, last week, urging him to "
                "“fund the services that keep children safe”.",
                "But after the statement, she said: “We have been ignored again.”")
    assert [s for _, s in speakers(x)] == ["priya-nair"] * 3


def test_an_office_with_its_holder_in_apposition_is_that_holder() -> None:
    x = extract("The review's chair Omar Quist said the plan should go “further and faster” than promised.")
    assert [s for _, s in speakers(x)] == ["omar-quist"]


def test_a_bodys_report_speaks_not_the_body_that_wrote_it() -> None:
    x = extract("Ofsted inspected Northby in March.",
                "The Ofsted report said: “Leaders have a clear grip on practice across the service.”",
                "Ofsted’s annual fostering report also warns that carers are “leaving faster than they join”.")
    slugs = [s for _, s in speakers(x)]
    assert slugs[0] is not None and slugs[0].startswith("ofsted-report-")
    assert slugs[1] is not None and slugs[1].startswith("ofsted-annual-fostering-report-")


def test_a_body_responding_to_its_report_speaks_itself() -> None:
    x = extract("Ofsted, responding to the Ofsted report, said: “We stand by every finding in it.”")
    assert speakers(x)[0][1] == "ofsted"


def test_the_report_to_cabinet_speaks_for_the_paper_introduced_before() -> None:
    x = extract("Members will receive a report detailing the council’s placement costs for 2024/25.",
                "The report to cabinet states: “Costs rose by a fifth in the year to March.”")
    slug = speakers(x)[0][1]
    assert slug is not None and slug.startswith("report-on-councils-placement-costs-for-2024-25-")


def test_the_report_of_a_body_credited_with_findings_speaks() -> None:
    x = extract("Councils overspent by £800m last year, the National Audit Office found.",
                "The report said: “Demand is not understood by the department.”")
    slug = speakers(x)[0][1]
    assert slug is not None and slug.startswith("national-audit-office-report-")


def test_a_body_owning_a_document_is_not_the_speaker_of_the_documents_words() -> None:
    x = extract("The Care Bill, introduced in March as part of Labour’s manifesto to rebuild the country and “open up "
                "opportunity for every child”, was debated.", published=datetime(2025, 3, 1))
    assert speakers(x) == [("open up opportunity for every child", "labour-manifesto")]


def test_a_document_that_ends_the_quotes_sentence_with_according_to_speaks() -> None:
    x = extract("Councils are caught in “a spiral of crisis spending” on placements, according to the Fostering "
                "Recovery Framework.",
                "Carers are “leaving in record numbers” this year, according to Jo Ade.")
    assert speakers(x)[0][1] == "fostering-recovery-framework"
    assert speakers(x)[1][1] != "fostering-recovery-framework"


def test_a_body_whose_reporting_verb_ends_the_sentence_after_a_clause_of_its_own_speaks() -> None:
    x = extract("In her new role, she will use her own story to “speak up for carers” and urge more people to apply, "
                "the Home Office said.",
                "Ministers want to “reset the system” this year, while councils doubt it, Jo Ade said.")
    assert speakers(x) == [("speak up for carers", "home-office"), ("reset the system", "jo-ade")]


def test_a_document_after_a_participle_clause_speaks_not_the_bodies_in_the_clause() -> None:
    x = extract("The National Audit Office found that councils overspent.",
                "Commissioned by the NSPCC and Barnardo’s, the report has called for “a long-term settlement”.")
    slug = speakers(x)[0][1]
    assert slug is not None and slug.startswith("national-audit-office-report-")


def test_a_person_introducing_a_document_speaks_not_the_document() -> None:
    x = extract("The Green Paper, Homes For Every Child, was published in March.",
                "In the foreword, Jo Ade, the minister, introducing the White Paper, speaks of a system that is "
                "“cold and aloof”.")
    assert speakers(x)[0][1] == "jo-ade"


def test_it_after_a_sentence_opened_by_a_named_document_is_that_document() -> None:
    x = extract("The Fostering Recovery Framework was published in December.",
                "It says councils must “publish a local fostering offer”.")
    assert speakers(x)[0][1] == "fostering-recovery-framework"


def test_a_generic_report_set_off_as_the_subject_speaks_not_its_publisher() -> None:
    x = extract("A report on respite care came out this week.",
                "The report, published by the NSPCC on Monday, says councils must “act much faster”.")
    slug = speakers(x)[0][1]
    assert slug is not None and slug.startswith("nspcc-report")


def test_went_on_to_say_that_keeps_the_speaker_of_the_sentence_before() -> None:
    x = extract("Council leader Oren Blake backed the plan.",
                "He went on to say that all the partners – the council, the NHS and the police – were “very proud of "
                "the work” done.",
                "Mr Blake went on to add that the scheme was “good value for every family” in the town.")
    assert speakers(x) == [("very proud of the work", "oren-blake"), ("good value for every family", "oren-blake")]


def test_went_on_to_add_a_thing_or_to_become_is_no_attribution() -> None:
    x = extract("Council leader Oren Blake backed the plan.",
                "The scheme went on to become “the model for every county” nearby.",
                "He went on to add a “second storey” to the building.")
    assert [s for _, s in speakers(x)] in ([None], [None, None])


def test_a_report_set_off_by_who_released_it_speaks_not_the_body_in_the_clause() -> None:
    x = extract("The council published the Tarn Valley Safeguarding Review last week.",
                "The damning report, which was released by the Tarn Valley Safeguarding Partnership on Friday, "
                "revealed children were living in “very poor conditions” at home.")
    assert speakers(x) == [("very poor conditions", "tarn-valley-safeguarding-review")]


def test_a_body_after_a_clause_about_the_report_is_still_the_subject() -> None:
    x = extract("The council published the Tarn Valley Safeguarding Review last week.",
                "In the damning report, which was released on Friday, the Tarn Valley Safeguarding Partnership "
                "said children were living in “very poor conditions” at home.")
    assert speakers(x) == [("very poor conditions", "tarn-valley-safeguarding-partnership")]


def test_an_owners_report_set_off_by_a_clause_speaks_not_its_owner() -> None:
    x = extract("Ofsted inspected the Larkfield home in March.",
                "The Ofsted report, published today, said: “Staff did not know how to raise concerns about the "
                "children.”",
                "It found: “Leaders failed to tell anyone about a serious incident.”")
    assert [(s or "").split("-")[:2] for _, s in speakers(x)] == [["ofsted", "report"]] * 2


def test_a_body_set_off_by_a_clause_about_its_report_is_still_the_subject() -> None:
    x = extract("Ofsted inspected the Larkfield home in March.",
                "Ofsted, publishing its report today, said: “Staff did not know how to raise concerns about the "
                "children.”")
    assert speakers(x)[0][1] == "ofsted"


def test_a_party_or_seat_description_speaks_for_the_councillor_named_before() -> None:
    x = extract("Conservative councillor Ffion Marsh voted against the sale of the Northby home.",
                "The Eastfield member said: “Nobody asked the families who live on that street.”",
                "The Tory said the decision was “rushed through without a proper look”.")
    assert [s for _, s in speakers(x)] == ["ffion-marsh", "ffion-marsh"]


def test_a_resident_of_a_named_place_speaks_for_the_person_named_before() -> None:
    x = extract("Ffion Marsh, who has fostered for ten years, leads one of the Northby hubs.",
                "The Eastfield resident said: “We are an extended family.”")
    assert [s for _, s in speakers(x)] == ["ffion-marsh"]


def test_a_party_named_in_the_plural_is_the_party_not_a_person() -> None:
    x = extract("Green councillor Ffion Marsh voted against the sale of the Northby home.",
                "“Nobody asked the families who live on that street,” the Conservatives said.")
    assert speakers(x)[0][1] != "ffion-marsh"


def test_a_member_described_with_nobody_named_before_is_nobody() -> None:
    x = extract("The Eastfield member said: “Nobody asked the families who live on that street.”")
    assert speakers(x)[0][1] is None


def test_the_charity_is_the_body_named_before_when_its_name_gives_another_kind() -> None:
    x = extract("The Brightpath Network, which supports young carers in Kent, has lost its council grant.",
                "“We have waited far too long for this money to arrive,” the charity said.")
    assert speakers(x)[0][1] == "brightpath-network"


def test_the_charity_is_never_a_council_or_a_regulator_named_before() -> None:
    x = extract("Northby Council has cut its grant after Ofsted rated the service inadequate.",
                "“We have waited far too long for this money to arrive,” the charity said.")
    assert speakers(x)[0][1] is None


def test_a_body_described_after_a_document_in_an_opening_phrase_is_the_speaker() -> None:
    x = extract("The Harbour Trust has written to the minister about the grant.",
                "In its letter the charity said: “We have waited far too long for this money to arrive.”")
    assert speakers(x)[0][1] == "harbour-trust"


def test_a_document_after_the_body_description_is_still_the_subject() -> None:
    x = extract("The Harbour Trust published a report on the grant on Monday.",
                "The charity’s report said: “We have waited far too long for this money to arrive.”")
    assert speakers(x)[0][1] != "harbour-trust"


def test_words_introduced_as_someones_assertion_are_theirs_not_the_reporters() -> None:
    x = extract("Responding to the plans, and in particular education secretary Ruth Penrose’s assertion that ‘every "
                "day a child waits is a day too long’, Omar Hale, director of the Harbour Trust, said the plans were late.")
    assert speakers(x)[0][1] == "ruth-penrose"


def test_his_assurance_that_is_the_assurance_of_the_man_named_before() -> None:
    x = extract("Councillor Dev Marsh presented the list of cuts to the meeting.",
                "I accepted at face value his ‘assurance’ that ‘nobody on our side enjoyed making these decisions’.")
    assert speakers(x)[-1][1] == "dev-marsh"


def test_the_prime_ministers_ambition_to_is_the_words_of_the_prime_minister() -> None:
    x = extract("Prime Minister Petra Vance visited a family hub in Truro on Monday.",
                "It forms part of the Prime Minister's ambition to 'put families at the heart of every town', "
                "officials said.")
    assert speakers(x)[0][1] == "petra-vance"


def test_the_governments_plan_to_give_every_child_is_the_governments_words() -> None:
    x = extract("It comes as part of the government’s plan for change to give every child ‘a fair chance from the "
                "start’.")
    assert speakers(x)[0][1] == "labour-government"


def test_her_pledge_to_is_the_pledge_of_the_woman_named_before() -> None:
    x = extract("Charity director Maya Okafor spoke at the conference.",
                "She repeated her pledge to “end the care cliff for good”.")
    assert speakers(x)[0][1] == "maya-okafor"


def test_a_plan_nobody_owns_names_no_speaker() -> None:
    x = extract("Charity director Maya Okafor spoke at the conference.",
                "There is now a plan to “end the care cliff for good”.")
    assert speakers(x)[0][1] is None


def test_a_description_given_to_someones_suggestion_is_the_describers() -> None:
    x = extract("The inspectorate Ofsted rejected Mr Hale’s suggestion as “entirely wrong and inaccurate”.")
    assert speakers(x)[0][1] == "ofsted"


def test_her_response_set_as_its_own_paragraph_introduces_her_words() -> None:
    x = extract("Ruth Penrose, director of the Harbour Trust, was asked about the cuts to the grant.",
                "Her response was blunt:",
                "“We have waited far too long for this money and families are paying the price.”")
    assert speakers(x)[0][1] == "ruth-penrose"


def test_his_message_to_ministers_is_his_not_the_ministers() -> None:
    x = extract("Omar Hale, director of the Harbour Trust, was asked about the cuts to the grant.",
                "His message to ministers was clear: “We have waited far too long for this money.”")
    assert speakers(x)[0][1] == "omar-hale"


def test_a_section_label_is_no_persons_response() -> None:
    x = extract("Opening the conference, council leader Petra Vance said:", "On housing:",
                "“We have too few homes for the young people leaving our care this year.”")
    assert speakers(x)[0][1] == "petra-vance"


def test_the_statement_goes_back_to_whoever_issued_it() -> None:
    x = extract("In a statement, the Harbour Trust said: “The grant was cut without any warning to us.”",
                "The statement went on: “We have waited far too long for this money to arrive.”")
    assert [s for _, s in speakers(x)] == ["harbour-trust", "harbour-trust"]


def test_the_statement_is_never_a_strategy_named_before() -> None:
    x = extract("The Kinship Care Strategy was published in December.",
                "The statement said: “We have waited far too long for this money to arrive.”")
    assert speakers(x)[0][1] is None


def test_a_documents_claim_makes_no_new_document_speaker() -> None:
    x = extract("The Ofsted annual report was published on Monday.",
                "Jo Ade dismissed the report’s claim that “councils are improving across the country”.")
    assert speakers(x)[0][1] == "jo-ade"


def test_a_relative_clause_on_the_report_running_on_to_the_quote_is_the_reports() -> None:
    x = extract("The Harbour Safeguarding Board published the Care Sufficiency Review on Monday.",
                "Northby Council is one of the agencies named in the report which concludes, ‘the move could not "
                "have been foreseen by any one agency’.")
    assert speakers(x)[0][1] == "care-sufficiency-review"


def test_a_named_documents_relative_clause_of_purpose_is_the_documents() -> None:
    x = extract("The Bill was described by the Department for Education as central to the Care Sufficiency Review, "
                "which aims to ‘put stable homes at the heart of every plan’.")
    assert speakers(x)[0][1] == "care-sufficiency-review"


def test_a_body_criticising_the_report_in_a_relative_clause_speaks_itself() -> None:
    x = extract("The Care Sufficiency Review was published on Monday.",
                "The review was criticised by the Northby Carers Alliance, which said it was “a missed chance for "
                "children in care”.")
    assert speakers(x)[0][1] == "northby-carers-alliance"


def test_a_person_criticising_the_report_in_a_relative_clause_speaks_herself() -> None:
    x = extract("The Care Sufficiency Review was published on Monday.",
                "The review was criticised by Jo Ade, who said it was “a missed chance for children in care”.")
    assert speakers(x)[0][1] == "jo-ade"


def test_a_person_described_in_apposition_before_a_relative_who_speaks() -> None:
    x = extract("Members met on Monday to hear the proposal from Jo Adeyemi, service director for children, who said: "
                "“Councils have asked whether care leavers should be exempt.”")
    assert speakers(x) == [("Councils have asked whether care leavers should be exempt.", "jo-adeyemi")]


def test_the_conservatives_speaking_after_they_left_office_are_the_party_before_it_the_government() -> None:
    paragraphs = ("Family hubs will open in every council.",
                  "The Conservatives have said the announcement “brings little clarity on what is new”.")
    assert speakers(extract(*paragraphs, published=datetime(2025, 3, 1)))[0][1] == "conservative-party"
    assert speakers(extract(*paragraphs, published=datetime(2019, 3, 1)))[0][1] == "conservative-government"


def test_a_person_saying_what_the_report_was_speaks_himself() -> None:
    x = extract("The Care Sufficiency Review was published on Monday. Sam Lee chairs the Northby Carers Alliance.",
                "He said the review was “a missed chance for children in care”.")
    assert speakers(x)[0][1] == "sam-lee"


def test_a_quote_in_a_quoted_title_leaves_the_report_its_finding() -> None:
    x = extract("The Harbour Institute published the Care Sufficiency Review on Monday.",
                "The review, titled “Too Little Too Late For Children”, found that “children waited months for a "
                "stable placement”.")
    assert speakers(x) == [("children waited months for a stable placement", "care-sufficiency-review")]


def test_a_relative_clause_with_a_subject_of_its_own_is_not_the_documents() -> None:
    x = extract("The Care Sufficiency Review was published on Monday.",
                "Jo Ade said the review, which critics call “a missed chance for children in care”, was late.")
    assert speakers(x)[0][1] != "care-sufficiency-review"


def test_a_point_conceded_is_the_speakers() -> None:
    x = extract("Cathy Ashley, chief executive of Family Rights Group, spoke to reporters on Monday.",
                "Ashley concedes the pilot is “leaving too many families out”.")
    assert speakers(x)[0][1] == "cathy-ashley"


def test_a_memory_recounted_after_the_quote_is_the_speakers() -> None:
    x = extract("Cathy Ashley, chief executive of Family Rights Group, spoke to reporters on Monday.",
                "“It was the hardest year of my working life,” Ashley recounted.")
    assert speakers(x)[0][1] == "cathy-ashley"


def test_votes_recounted_for_a_person_are_no_words_of_theirs() -> None:
    x = extract("Cathy Ashley, chief executive of Family Rights Group, stood for the council in May.",
                "The votes cast for Ashley were recounted after complaints that the first count was “chaotic and "
                "badly run from the start”.")
    assert speakers(x)[0][1] is None


def test_asked_by_a_questioner_she_said_is_the_woman_named_before_not_the_questioner() -> None:
    x = extract("Children’s minister Petra Vance visited Truro on Monday.",
                "Asked by Maya Okafor whether the money would arrive this year, she said: “We will set it out in the "
                "spring.”")
    assert speakers(x)[0][1] == "petra-vance"


def test_asked_by_a_questioner_the_minister_said_is_the_minister() -> None:
    x = extract("Children’s minister Petra Vance visited Truro on Monday.",
                "Asked by Maya Okafor whether the money would arrive this year, the minister said: “We will set it "
                "out in the spring.”")
    assert speakers(x)[0][1] == "petra-vance"


def test_the_questioner_is_never_the_speaker_an_opening_clause_names() -> None:
    x = extract("Asked by Maya Okafor whether the money would arrive this year, an official said: “We will set it "
                "out in the spring.”")
    assert speakers(x)[0][1] != "maya-okafor"


def test_quizzed_by_a_questioner_the_minister_said_is_the_minister() -> None:
    x = extract("Children’s minister Petra Vance visited Truro on Monday.",
                "Quizzed by Maya Okafor whether the money would arrive this year, the minister said: “We will set it "
                "out in the spring.”")
    assert speakers(x)[0][1] == "petra-vance"
    x = extract("Quizzed by Maya Okafor whether the money would arrive this year, an official said: “We will set it "
                "out in the spring.”")
    assert speakers(x)[0][1] != "maya-okafor"


def test_after_a_person_spoke_she_said_may_still_be_that_person() -> None:
    x = extract("Children’s minister Petra Vance visited Truro on Monday.",
                "After Maya Okafor toured the new home, she said: “It is the best I have seen in years.”")
    assert speakers(x)[0][1] == "maya-okafor"


def test_a_lead_naming_its_speaker_by_office_is_the_one_later_named_in_it() -> None:
    x = extract("A councillor said objections to a new foster home were “unkind to the children who need it”.",
                "The plan was approved on Tuesday.",
                "Cllr Dana Welby told the meeting the home would open in June.")
    assert speakers(x)[0][1] == "dana-welby"
    x = extract("Agency fees are “plainly excessive”, a county council director has claimed.",
                "Council director Omar Petts said prices had doubled in two years.")
    assert speakers(x)[0][1] == "omar-petts"


def test_a_lead_office_names_no_one_later_named_in_another_office() -> None:
    x = extract("A councillor said objections to a new foster home were “unkind to the children who need it”.",
                "Charity director Omar Petts said prices had doubled in two years.")
    assert speakers(x)[0][1] is None


def test_a_role_named_with_its_portfolio_is_the_holder_of_that_portfolio() -> None:
    x = extract("Health Minister Ivo Brandt opened the review. Schools minister Dana Kell welcomed it.",
                "The Health Minister said the review would be “the first close look at the system in years”.")
    assert speakers(x)[0][1] == "ivo-brandt"


def test_a_role_named_with_its_kind_of_body_is_that_body_s_office_holder() -> None:
    x = extract("Eastmoor Council leader Nell Strand opened the meeting.",
                "The council leader said the cuts would be “very hard for every family in the county”.")
    assert speakers(x)[0][1] == "nell-strand"


def test_a_title_given_in_full_names_its_holder_when_shortened() -> None:
    x = extract("First Minister Cal Murray visited the centre on Friday.",
                "Speaking during the visit, the First Minister said: “We must go further for every young person.”")
    assert speakers(x)[0][1] == "cal-murray"


def test_a_qualified_role_nobody_holds_names_nobody() -> None:
    # the Home Secretary is not the schools minister the article named
    x = extract("Schools minister Dana Kell visited the centre on Friday.",
                "The Home Secretary said the plan was “a step too far for the families involved”.")
    assert speakers(x)[0][1] is None


def test_a_shortened_title_stands_for_the_longer_office() -> None:
    x = extract("Dame Ada Fenn, the Children's Commissioner for England, spoke on Monday.",
                "The Commissioner called for a new system “based on a model of care and trust”.")
    assert speakers(x)[0][1] == "ada-fenn"


def test_the_minister_is_not_the_prime_minister() -> None:
    x = extract("Prime Minister Rex Hale visited the centre on Friday.",
                "The minister said the plan was “a step too far for the families involved”.")
    assert speakers(x)[0][1] != "rex-hale"


@pytest.mark.parametrize(("introduction", "title"), [
    ("Prime Minister Ana Moss visited with children's minister Tom Reed.", "Prime"),  # the title is another name's
    ("First Minister Ana Moss and deputy First Minister Tom Reed visited the home.", "First"),
    ("Deputy First Minister Tom Reed and First Minister Ana Moss visited the home.", "First"),
    ("The First Minister, Ana Moss, visited the home.", "First")])
def test_a_title_in_the_holders_sentence_must_go_with_the_holders_own_name(introduction: str, title: str) -> None:
    x = extract(introduction, f"The {title} Minister said the cuts were “a disgrace to every council in the land”.")
    assert speakers(x)[0][1] == "ana-moss"


def test_the_president_is_not_the_vice_president() -> None:
    x = extract("President Ana Moss opened the conference. Vice president Tom Reed chaired the panel.",
                "The president said the cuts were “a disgrace to every council in the land”.")
    assert speakers(x)[0][1] == "ana-moss"


@pytest.mark.parametrize("sentence", [
    "A report by the Harbour Institute warned that councils face “an unsustainable rise in costs”.",
    "A new study from the Harbour Institute found children were “moved far too often”.",
    "A damning review by the Harbour Institute, published today, said families were “left waiting for months”.",
    "A 2021 study from the Harbour Institute concluded that children were ‘moved far too often’.",
    "Another critical report from the Harbour Institute warned of “an unsustainable rise in costs”.",
])
def test_a_document_with_its_author_after_it_is_the_subject_not_the_author(sentence: str) -> None:
    """ "A report by X warned": the report heads the subject, its author only modifies it."""
    x = extract(sentence)
    assert speakers(x)[0][1].startswith("harbour-institute-")


def test_a_second_quote_of_a_documents_relative_clause_is_the_documents_too() -> None:
    """ "the report which stated there had “…” and cases of “…”": no reporting verb between the two quotes, so
    the second is the report's as the first is, not the body the report is named by."""
    x = extract("He cited the Ofsted report which stated there had “been a decline in oversight” of practice "
                "and cases of “children placed far from home”.")
    assert [slug for _, slug in speakers(x)] == [speakers(x)[0][1]] * 2
    assert speakers(x)[0][1].startswith("ofsted-report")


@pytest.mark.parametrize("sentence", [
    "After a report by the Harbour Institute, the Lumen Trust warned of “an unsustainable rise in costs”.",
    "The Lumen Trust, responding to a report by the Harbour Institute, warned of “an unsustainable rise in costs”.",
])
def test_a_body_that_answers_a_report_by_another_is_the_speaker(sentence: str) -> None:
    assert speakers(extract(sentence))[0][1] == "lumen-trust"


@pytest.mark.parametrize("quote", ["“We wait. It hurts,”", "‘We wait. It hurts,’"])
def test_adding_after_a_quote_of_two_sentences_is_the_first_quotes_speaker(quote: str) -> None:
    """The sentence splitter ends a sentence inside the first quote; "adding" still takes the speaker of the
    sentence that quote opened in."""
    close = quote[-1]
    opening = "“" if close == "”" else "‘"
    x = extract(f"Mina Shah said: {quote} adding: {opening}We need change now.{close}")
    assert [s for _, s in speakers(x)] == ["mina-shah", "mina-shah"]


def test_adding_after_a_quote_keeps_a_speaker_named_in_its_own_clause() -> None:
    x = extract("Mina Shah said: “We wait. It hurts,” but Sam Lee, adding his voice, said: “We need change now.”")
    assert [s for _, s in speakers(x)] == ["mina-shah", "sam-lee"]


@pytest.mark.parametrize("office, anaphor, expected", [
    ("The Secretary of State for Education, Mina Shah,", "The Minister said, “This review will be bold.”", "mina-shah"),
    ("The Secretary of State for Education, Mina Shah,", "The education secretary said it would be “bold and wide-ranging”.",
     "mina-shah"),
    ("The Secretary of State for Health, Mina Shah,", "The education secretary said it would be “bold and wide-ranging”.", None),
    ("Unison general secretary Mina Shah", "The minister said it would be “bold and wide-ranging”.", None),
])
def test_a_secretary_of_state_is_the_minister_and_the_secretary_of_the_portfolio(office: str, anaphor: str,
                                                                                 expected: str | None) -> None:
    x = extract(f"{office} announced the review.", anaphor)
    assert speakers(x)[0][1] == expected


@pytest.mark.parametrize("anaphor", ["The Labour councillor for Eastby said: “The majority of councils struggle.”",
                                     "The Conservative MP added that it was “a national crisis”."])
def test_a_party_qualifying_an_office_nobody_holds_is_the_person_named_last_not_the_party(anaphor: str) -> None:
    x = extract("Lord Alan Brisk said the issue was national.", anaphor)
    assert speakers(x)[0][1] == "alan-brisk"


def test_the_party_itself_still_speaks() -> None:
    x = extract("Lord Alan Brisk said the issue was national.", "The Labour Party said: “Councils struggle.”")
    assert speakers(x)[0][1] == "labour-party"


@pytest.mark.parametrize("opening, expected", [
    ("Responding to the report Mina Shah, Chief Executive of the Harbour Trust said:", "mina-shah"),
    ("Responding to children’s minister Jo Ade, Sam Lee said:", "sam-lee"),
])
def test_a_name_that_lost_its_comma_after_an_opening_clause_opens_the_subject(opening: str, expected: str) -> None:
    """ "Responding to the report Mina Shah, chief executive of the trust, said": the clause's object is the report,
    the name after it the speaker (not the body her role names); a name the clause responds to is not the speaker."""
    x = extract("The Harbour Trust welcomed the report.", f"{opening} “Too many young people are left without homes.”")
    assert speakers(x)[0][1] == expected


@pytest.mark.parametrize("paragraphs, label", [
    (("The council signed off £1.5m for more social workers.",
      "The decision notice says there could be ‘significant financial implications’ for the council."),
     "decision notice"),
    (("A cabinet report, due next week, states that demand has “surged sharply” in the county.",), "cabinet report"),
])
def test_a_document_named_by_a_description_alone_speaks(paragraphs: tuple[str, ...], label: str) -> None:
    """A description with a kind word as a reporting verb's subject names a document of the article's own."""
    x = extract(*paragraphs)
    documents = {str(e.ref): e.label for e in x.entities if e.ref.kind == "policy"}
    assert list(documents.values()) == [label]
    assert f"policy/{speakers(x)[0][1]}" in documents


def test_a_council_paper_speaks_not_the_council_it_goes_before() -> None:
    x = extract("Rutland County Council has more children in care.",
                "A report due to go before the council’s children’s scrutiny committee next week says there has been "
                "an “increase in the number of children in care” this year.")
    documents = {e.ref.slug for e in x.entities if e.ref.kind == "policy"}
    assert len(documents) == 1 and speakers(x)[0][1] in documents
    x = extract("Rutland County Council has more children in care.",
                "After a report to the council’s cabinet, the council said there was “rising demand” for homes.")
    assert speakers(x)[0][1] == "rutland-county-council"
    x = extract("Rutland County Council has more children in care.",
                "A report to the authority’s families and education overview and scrutiny committee said agency "
                "pay is the “largest single cause of the overspend”.")
    documents = {e.ref.slug for e in x.entities if e.ref.kind == "policy"}
    assert len(documents) == 1 and speakers(x)[0][1] in documents


def test_a_bodys_document_for_a_period_speaks_and_is_named_with_the_period() -> None:
    x = extract("Harbourshire County Council (HCC) will raise council tax by four per cent.",
                "Explaining the rise, a HCC budget report for 2026-27 states: “Demand keeps rising across the county.”")
    documents = {e.ref.slug: e.label for e in x.entities if e.ref.kind == "policy"}
    assert list(documents.values()) == ["Harbourshire County Council budget report 2026-27"]
    assert speakers(x)[0][1] in documents


@pytest.mark.parametrize("paragraphs, label", [
    (("A paper from the Harbour Foundation warns that children are “falling through the gaps”.",),
     "Harbour Foundation report"),
    (("Kestrel Council will spend £200,000 more on kinship allowances.",
      "The rise was revealed in a document released by the authority on Monday.",
      "The document states the rise will help children “stay with their families”."), "Kestrel Council report"),
])
def test_a_document_or_paper_by_a_body_or_the_authority_is_its_report_and_speaks(paragraphs: tuple[str, ...],
                                                                                   label: str) -> None:
    x = extract(*paragraphs)
    documents = {e.ref.slug: e.label for e in x.entities if e.ref.kind == "policy"}
    assert list(documents.values()) == [label]
    assert speakers(x)[0][1] in documents


@pytest.mark.parametrize("paragraphs", [
    ("The new report says demand has “surged sharply” in the county.",),
    ("The exploratory report, Nobody Listened, found families felt “let down” by services.",),
    ("Ofsted published its annual report on Monday.", "The annual report says demand has “surged sharply”."),
])
def test_no_document_of_its_own_for_a_passing_description_a_titled_one_or_one_named_before(
        paragraphs: tuple[str, ...]) -> None:
    labels = [e.label for e in extract(*paragraphs).entities if e.ref.kind == "policy"]
    assert not any(label in ("new report", "exploratory report", "annual report") for label in labels)


def test_a_statement_issued_by_a_body_described_by_its_kind_is_that_bodys() -> None:
    x = extract("Northtown Council leader Sam Reed spoke at the meeting on Monday.",
                "In a statement issued by the council today, “We have asked the government for fairer funding for "
                "many years.”",
                "The Harbour Trust runs homes in the town. The plan was criticised by the charity as “a step backwards "
                "for children in care”.")
    found = dict(speakers(x))
    assert found["We have asked the government for fairer funding for many years."] == "northtown-council"
    assert found["a step backwards for children in care"] == "harbour-trust"


def test_a_given_name_alone_with_a_present_tense_reporting_verb_is_the_person_named_in_full() -> None:
    x = extract("Sam Fielding runs a support group for carers in the town.",
                "Sam explains “you need a care order first and a plan”.",
                "Sam recalls: “We waited a year for any help at all.”")
    found = dict(speakers(x))
    assert found["you need a care order first and a plan"] == "sam-fielding"
    assert found["We waited a year for any help at all."] == "sam-fielding"


def test_a_document_opening_the_clause_after_a_dashed_aside_speaks_not_its_author() -> None:
    x = extract("Northshire County Council (NCC) plans a rise in council tax.",
                "Explaining the rise - its biggest in years - a NCC budget report for 2018-19 states: “Demand keeps "
                "rising in children's services across the county.”", published=datetime(2018, 1, 20))
    assert speakers(x) == [("Demand keeps rising in children's services across the county.",
                            "northshire-county-council-budget-report-2018-19")]


def test_a_report_with_no_author_is_the_one_report_of_a_body_named_in_the_next_sentence() -> None:
    x = extract("Spending on care homes is “not delivering value for money”, according to a damning new report.",
                "The National Audit Office report warns that children are being let down by a “dysfunctional” "
                "system.")
    assert (dict(speakers(x))["not delivering value for money"] or "").startswith("national-audit-office-report-")
    y = extract("Spending on care homes is “not delivering value for money”, according to a damning new report.",
                "The National Audit Office report and the Ofsted report came out on the same day.")
    assert dict(speakers(y))["not delivering value for money"] is None  # two bodies' reports: neither is meant


def test_an_unnamed_post_holder_in_a_body_is_unnamed_not_the_body_unless_the_article_named_them() -> None:
    x = extract("The boys were let down. The director of children’s services at Northby Borough Council admitted "
                "that “more could have been done for them”.")
    assert speakers(x) == [("more could have been done for them", None)]
    x = extract("Jo Bell, director of children’s services at Northby Borough Council, spoke first. Then the director "
                "of children’s services at Northby Borough Council said “more could have been done for them”.")
    assert speakers(x) == [("more could have been done for them", "jo-bell")]
    # near miss: a spokesperson speaks for the body
    x = extract("A spokesperson for Northby Borough Council said “more could have been done for them”.")
    assert speakers(x) == [("more could have been done for them", "northby-borough-council")]


def test_the_report_is_a_titled_document_whose_kind_the_text_never_gave() -> None:
    x = extract("A new study by researchers was published today.",
                "“A plan for safer childhoods in the north” argues for earlier help. It notes that help is key.",
                "The report recommends prevention programmes. It also argues that “whole system” planning is needed.")
    assert speakers(x) == [("whole system", "a-plan-for-safer-childhoods-in-the-north")]


def test_a_given_name_with_its_reporting_verb_set_in_capitals_before_a_colon_is_the_person_named_before() -> None:
    x = extract("The cabinet's vote was welcomed by Eastby MP Tamsin Verro.",
                "Commenting on the vote, Tamsin Said:", "“It is a good day for young people leaving care.”")
    assert speakers(x) == [("It is a good day for young people leaving care.", "tamsin-verro")]
    assert {e.label for e in x.entities if e.ref.kind == "person"} == {"Tamsin Verro"}


def test_a_victim_named_after_murders_of_in_the_subject_is_not_the_speaker() -> None:
    x = extract("In a statement released after the report into the murders of Amy Ode and Tom Reed, leaders from "
                "Northby Council have said the case highlights “national problems of children’s social care,” and "
                "apologised.")
    assert speakers(x) == [("national problems of children’s social care", "northby-council")]


def test_an_attribution_in_commas_with_its_verb_first_before_the_quote_is_its_subjects() -> None:
    x = extract("Jo Penrose, chief executive of the Northby Trust, welcomed the plan.",
                "In particular, adds Ms Penrose, “carers will finally be paid”.",
                "Worse, says the trust, “the money runs out in a year”.")
    assert speakers(x) == [("carers will finally be paid", "jo-penrose"),
                           ("the money runs out in a year", "northby-trust")]


def test_council_chiefs_speak_for_the_council_named_before_also_through_a_participle() -> None:
    x = extract("Eastshire County Council spent £9m on placements last year.",
                "County council chiefs have defended the costs claiming they had “more children with complex needs”.",
                "Council bosses said the rise was “the price of keeping children safe”.")
    assert speakers(x) == [("more children with complex needs", "eastshire-county-council"),
                           ("the price of keeping children safe", "eastshire-county-council")]


def test_a_council_named_as_one_of_several_councils_is_not_the_council_that_speaks() -> None:
    x = extract("Eastshire Council is using Foster Care Fortnight to find more carers.",
                "For four years it has worked alongside Halton and Northby councils as part of a collaboration.",
                "The Council say they have launched “sector-leading support packages” for carers.")
    assert speakers(x) == [("sector-leading support packages", "eastshire-council")]



def test_the_inspectors_report_far_from_the_inspection_is_that_report_and_they_are_the_inspectors() -> None:
    x = extract("Ofsted has rated Westby Borough Council good for its help for children in need of protection.",
                "The council’s leader thanked staff for their work.",
                "She said the year had been hard for everyone.",
                "Leaders were praised for their grip on caseloads.",
                "The inspectors’ report also praised its fostering service.",
                "It said: “Carers are well supported and children stay with them for years.”",
                "Adoption was singled out as good by inspectors.",
                "“Matching is quick and careful,” they said.")
    assert speakers(x) == [("Carers are well supported and children stay with them for years.",
                            "ofsted-inspection-report-on-westby-borough-council-childrens-services"),
                           ("Matching is quick and careful", "ofsted")]


def test_the_report_before_any_report_is_named_is_the_articles_one_report() -> None:
    x = extract("Westby Council will buy a house in the town to run as a children’s home.",
                "The report said: “Placements outside the borough cost us too much.”",
                "Council officers said in their report that costs had doubled in three years.")
    (quote,) = x.quotes
    report = next(e for e in x.entities if e.ref.kind == "policy")
    assert "report" in report.label.lower() and quote.speaker == report.ref


def test_an_office_with_its_remit_then_a_name_in_commas_is_that_person() -> None:
    x = extract("Carer Ann Lowe called the scheme “a real help to us”.",
                "The minister for children and families, Ravi Dhar, said: “Far too few applicants are approved.”")
    assert speakers(x)[1:] == [("Far too few applicants are approved.", "ravi-dhar")]


def test_a_body_named_as_a_partner_is_not_the_subject_of_the_verb_after_it() -> None:
    x = extract("In 2021 the Northby Trust worked with the Harbour Institute, finding that closures had left "
                "“families with nowhere to turn”.",
                "The Lumen Foundation, in partnership with the Northby Trust, warned of “a lost generation”.")
    assert speakers(x) == [("families with nowhere to turn", "northby-trust"),
                           ("a lost generation", "lumen-foundation")]


def test_when_questioned_by_an_interviewer_the_subject_after_the_clause_speaks_also_when_asserting() -> None:
    x = extract("Health Secretary Maya Holt announced new clinics on Monday.",
                "When questioned by the BBC’s Tom Reed about whether the clinics were new, Holt asserted that the "
                "plan was “going much further” than before.")
    assert speakers(x) == [("going much further", "maya-holt")]


def test_a_body_office_in_the_lead_speaks_through_the_holder_the_story_names_later() -> None:
    x = extract("THE CHIEF executive of Northby Council hailed the rating as “a moment to celebrate for us all”.",
                "The award was chief executive Pia Holt’s top priority for the year.")
    assert speakers(x) == [("a moment to celebrate for us all", "pia-holt")]


def test_a_body_office_before_the_verb_speaks_through_its_holder() -> None:
    x = extract("Northby Council chief exec says the closure highlights “problems felt across the country”.",
                "The chief executive of Northby Council, Ivo Brandt, has said more staff are needed.")
    assert speakers(x) == [("problems felt across the country", "ivo-brandt")]


def test_a_body_office_that_nobody_holds_in_the_story_leaves_the_body_speaking() -> None:
    x = extract("The leader of Northby Council said the cuts were “a disgrace to the town”.",
                "Ivo Brandt, who spoke later, is chief executive of Northby Council.")
    assert speakers(x) == [("a disgrace to the town", "northby-council")]


def test_reassuring_before_what_is_said_is_a_reporting_verb() -> None:
    x = extract("The rating was confirmed in May, with Westby Council chiefs reassuring they “moved quickly” to "
                "address the issues.")
    assert speakers(x) == [("moved quickly", "westby-council")]


def test_watchdogs_after_an_opening_clause_without_a_comma_speak_for_the_inspectorate() -> None:
    x = extract("Ofsted inspected Northby’s children’s services in March.",
                "Whilst praising some improvements watchdogs said progress had been “far too slow” since 2021.")
    assert speakers(x) == [("far too slow", "ofsted")]


def test_the_conservatives_speaking_in_an_undated_article_are_the_party() -> None:
    x = extract("The Conservatives have expressed concerns, saying there is “little that is genuinely new”.",
                published=None)
    assert speakers(x) == [("little that is genuinely new", "conservative-party")]


def test_a_news_source_in_an_opening_clause_and_a_verb_in_a_clause_after_the_quote_attribute_nothing() -> None:
    x = extract("Northby Council placed children in unregistered homes.",
                "As reported by the Northby Echo this week, Ofsted is considering a “full criminal investigation” "
                "after the council admitted doing so many times.")
    assert speakers(x) == [("full criminal investigation", "ofsted")]


def test_with_no_reporting_verb_the_clause_subject_speaks_not_the_body_a_bill_goes_to() -> None:
    x = extract("Today, the Government will introduce a Harbour Safety Bill to Parliament, designed to “put "
                "children first in law”.", published=datetime(2025, 2, 1))
    assert speakers(x) == [("put children first in law", "labour-government")]
