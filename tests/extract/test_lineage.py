"""Lineage claims from our own sentences, one test per phrasing the issue names (and its generalisations)."""

from __future__ import annotations

from cscgraph.extract import extract_article
from cscgraph.extract.lineage import find_lineage
from lineage_helpers import article, documents_and_actors, gazetteer

REVIEW = "policy/independent-review-of-childrens-social-care"
STABLE_HOMES = "policy/stable-homes-built-on-love"
BILL = "statute/childrens-wellbeing-and-schools-bill"
LABOUR = "organisation/labour-government"
TORIES = "organisation/conservative-government"
PATHFINDER = "programme/families-first-for-children-pathfinder"


def _claims(*paragraphs: str, published: str = "2024-11-18") -> set[tuple[str, str, str]]:
    a = article(*paragraphs, published=published)
    sentences, found = documents_and_actors(a)
    return {(str(c.subject), c.relation, str(c.object)) for c in find_lineage(a, sentences, found)}


def test_which_was_itself_based_on_the_recommendations_of() -> None:
    claims = _claims("Ministers followed their Stable Homes, Built on Love strategy, which was itself based on "
                     "the recommendations of the Independent Review of Children’s Social Care.")
    assert (STABLE_HOMES, "basedOn", REVIEW) in claims


def test_proposed_by_the_review_and_set_out_in_the_strategy() -> None:
    claims = _claims("Extending Staying Close was proposed by the care review and set out in Stable Homes.")
    assert claims == {(REVIEW, "recommends", "measure/staying-close"),
                      (STABLE_HOMES, "adopts", "measure/staying-close")}


def test_recommendation_in_the_review_was_not_adopted() -> None:
    claims = _claims("A recommendation in the MacAlister review to make care experience a protected "
                     "characteristic was not adopted.", published="2023-02-03")
    assert claims == {(REVIEW, "recommends", "measure/care-experience-protected-characteristic"),
                      (TORIES, "rejects", "measure/care-experience-protected-characteristic")}


def test_government_is_adopting_the_reviews_recommendation() -> None:
    claims = _claims("The government is adopting the IRCSC’s recommendation to create lead child protection "
                     "practitioners.", published="2023-02-03")
    assert claims == {(REVIEW, "recommends", "measure/lead-child-protection-practitioners"),
                      (TORIES, "adopts", "measure/lead-child-protection-practitioners")}


def test_being_tested_in_the_pathfinder_sites() -> None:
    claims = _claims("Multi-agency child protection teams are being tested in the 10 families first for children "
                     "pathfinder sites.")
    assert claims == {(PATHFINDER, "tests", "measure/multi-agency-child-protection-teams")}


def test_brought_forward_through_the_bill() -> None:
    claims = _claims("Regional care co-operatives will be brought forward through the Children’s Wellbeing Bill.")
    assert claims == {(BILL, "legislates", "measure/regional-care-cooperatives")}


def test_labour_has_continued_with_the_policy() -> None:
    claims = _claims("Labour has continued with the regional hubs policy since the election.")
    assert claims == {(LABOUR, "continues", "measure/regional-fostering-recruitment-hubs")}


def test_labour_in_opposition_is_not_a_government() -> None:
    assert _claims("Labour has continued with the regional hubs policy.", published="2023-05-01") == set()


def test_it_was_the_central_proposal_then_taken_up_by() -> None:
    claims = _claims("Ministers praised the family help model this week.",
                     "It was the central proposal from the care review, which called for investment.",
                     "It was then taken up by the Stable Homes strategy.")
    assert (REVIEW, "recommends", "measure/family-help") in claims
    assert (STABLE_HOMES, "adopts", "measure/family-help") in claims


def test_the_model_stands_for_the_previous_measure() -> None:
    claims = _claims("Councils are building family help services.",
                     "The strategy set aside money to test the model through the families first for children "
                     "pathfinder.")
    assert (PATHFINDER, "tests", "measure/family-help") in claims


def test_previous_government_and_tories_are_the_conservative_government() -> None:
    claims = _claims("Kinship allowances were introduced by the previous government.")
    assert claims == {(TORIES, "adopts", "measure/kinship-allowances")}


def test_the_government_depends_on_the_date() -> None:
    before = _claims("The government backs family help.", published="2023-03-01")
    after = _claims("The government backs family help.", published="2024-09-01")
    assert before == {(TORIES, "adopts", "measure/family-help")}
    assert after == {(LABOUR, "adopts", "measure/family-help")}


def test_document_policy_means_the_document_carries_the_measure() -> None:
    claims = _claims("Another Stable Homes policy being taken forward by the Labour government is the financial "
                     "oversight regime.")
    assert (STABLE_HOMES, "adopts", "measure/financial-oversight-regime") in claims
    assert (LABOUR, "continues", "measure/financial-oversight-regime") in claims


def test_review_policy_means_the_review_recommends() -> None:
    claims = _claims("The care review’s proposal for a national workload action group was welcomed.")
    assert claims == {(REVIEW, "recommends", "measure/national-workload-action-group")}


def test_replaces() -> None:
    claims = _claims("The Early Career Framework will replace the ASYE for new social workers.")
    assert claims == {("measure/early-career-framework", "replaces", "measure/asye")}


def test_was_rejected_by_the_government() -> None:
    claims = _claims("The IRCSC recommended scrapping independent reviewing officers.",
                     "This was rejected by the government.", published="2023-02-03")
    assert claims == {(REVIEW, "recommends", "measure/replacing-independent-reviewing-officers"),
                      (TORIES, "rejects", "measure/replacing-independent-reviewing-officers")}


def test_every_claim_carries_its_sentence() -> None:
    a = article("Intro sentence here.", "Labour has continued with the regional hubs policy.")
    sentences, found = documents_and_actors(a)
    (claim,) = find_lineage(a, sentences, found)
    assert claim.evidence.text == "Labour has continued with the regional hubs policy."
    assert a.body[claim.evidence.start:claim.evidence.end] == claim.evidence.text


def test_a_sentence_without_lineage_cues_gives_no_claims() -> None:
    assert _claims("Family help and regional care co-operatives were discussed at the conference.") == set()


def test_this_adopts_a_recommendation_takes_the_previous_measure_and_the_news_document() -> None:
    claims = _claims("The reforms were set out in a policy paper today, Keeping Children Safe, Helping Families "
                     "Thrive.",
                     "Councils must set up multi-agency child protection teams.",
                     "This adopts a recommendation from the Child Safeguarding Practice Review Panel’s 2022 report.")
    assert ("policy/national-review-arthur-labinjo-hughes-and-star-hobson", "recommends",
            "measure/multi-agency-child-protection-teams") in claims
    assert ("policy/keeping-children-safe-helping-families-thrive", "adopts",
            "measure/multi-agency-child-protection-teams") in claims


def test_a_list_after_a_colon_lends_the_claim_to_its_bullets() -> None:
    claims = _claims("The families first for children pathfinder is testing a new model, which comprises:",
                     "• family help services for struggling families;",
                     "• multi-agency child protection teams in every area.")
    assert claims == {(PATHFINDER, "tests", "measure/family-help"),
                      (PATHFINDER, "tests", "measure/multi-agency-child-protection-teams")}


def test_money_allocated_by_a_government_funds_every_measure_named() -> None:
    claims = _claims("The £90m was allocated by the previous government to test family help and regional care "
                     "co-operatives.")
    assert claims == {(TORIES, "funds", "measure/family-help"), (TORIES, "funds", "measure/regional-care-cooperatives")}


def test_a_government_acting_through_its_document_gives_both() -> None:
    claims = _claims("Staying Close was taken up by the previous Conservative government in its Stable Homes strategy.")
    assert claims == {(TORIES, "adopts", "measure/staying-close"), (STABLE_HOMES, "adopts", "measure/staying-close")}


def test_review_chair_named_for_the_review() -> None:
    claims = _claims("The IRCSC reported in 2022.", "An Early Career Framework recommended by MacAlister is being "
                     "adopted.", published="2023-02-03")
    assert claims == {(REVIEW, "recommends", "measure/early-career-framework"),
                      (TORIES, "adopts", "measure/early-career-framework")}


# Phrasings added when the rules were generalised beyond the development set (own sentences, none from an article).
CSWA = "statute/children-and-social-work-act-2017"
CHILDREN_ACT = "statute/children-act-1989"
KCSHFT = "policy/keeping-children-safe-helping-families-thrive"
CMA = "policy/cma-childrens-social-care-market-study"
KINSHIP_LEAVE = "measure/kinship-care-leave"


def test_ministers_watered_down_modifies() -> None:
    claims = _claims("Ministers have watered down the agency social work rules after pressure from councils.",
                     published="2025-05-01")
    assert claims == {(LABOUR, "modifies", "measure/agency-social-work-rules")}


def test_scaled_back_passive_is_the_government_in_office() -> None:
    claims = _claims("Kinship allowances are being scaled back, officials confirmed.", published="2025-05-01")
    assert claims == {(LABOUR, "modifies", "measure/kinship-allowances")}


def test_amends_section_of_an_act_to_create_a_measure() -> None:
    claims = _claims("The Children’s Wellbeing and Schools Bill amends section 20 of the Children Act 1989 to create "
                     "regional care co-operatives.")
    assert claims == {(BILL, "modifies", CHILDREN_ACT), (BILL, "legislates", "measure/regional-care-cooperatives")}


def test_an_act_amending_an_act_modifies_it() -> None:
    assert _claims("The Children and Social Work Act 2017 amended the Children Act 1989.") == {
        (CSWA, "modifies", CHILDREN_ACT)}


def test_a_review_that_led_to_an_amendment_of_an_act_modifies_it() -> None:
    assert _claims("The Kinwell Review of 2016 led to an amendment of the Children Act 1989, removing a duty.") == {
        ("policy/kinwell-review", "modifies", CHILDREN_ACT)}


def test_given_legal_force_through_the_bill() -> None:
    claims = _claims("The corporate parenting duty will be given legal force through the Children’s Wellbeing and "
                     "Schools Bill.")
    assert claims == {(BILL, "legislates", "measure/corporate-parenting-duty")}


def test_enshrined_in_the_bill() -> None:
    assert _claims("Kinship care leave was enshrined in the Children’s Wellbeing and Schools Bill.") == {
        (BILL, "legislates", KINSHIP_LEAVE)}


def test_put_into_law_through_or_alongside_the_bill() -> None:
    assert _claims("Kinship care leave is being put into law through the Children’s Wellbeing and Schools Bill.") == {
        (BILL, "legislates", KINSHIP_LEAVE)}
    assert _claims("Kinship care leave will be put into legislation alongside the Children’s Wellbeing and Schools "
                   "Bill.") == {(BILL, "legislates", KINSHIP_LEAVE)}
    assert _claims("Kinship care leave was debated alongside the Children’s Wellbeing and Schools Bill.") == set()


def test_the_bill_puts_a_measure_on_a_statutory_footing() -> None:
    claims = _claims("The Children’s Wellbeing and Schools Bill puts family group decision making on a statutory "
                     "footing.")
    assert claims == {(BILL, "legislates", "measure/family-group-decision-making")}


def test_the_bill_gives_legal_force_to_a_document() -> None:
    claims = _claims("The Children’s Wellbeing and Schools Bill gives legal force to Keeping Children Safe, Helping "
                     "Families Thrive.")
    assert claims == {(BILL, "legislates", KCSHFT)}


def test_becomes_a_legal_requirement_through_the_bill() -> None:
    claims = _claims("Family group decision making will become a statutory requirement through the Children’s "
                     "Wellbeing and Schools Bill.")
    assert claims == {(BILL, "legislates", "measure/family-group-decision-making")}


def test_carried_over_from_a_strategy() -> None:
    claims = _claims("Kinship care leave was carried over from Stable Homes, Built on Love.", published="2025-05-01")
    assert claims == {(STABLE_HOMES, "adopts", KINSHIP_LEAVE), (LABOUR, "continues", KINSHIP_LEAVE)}


def test_rolled_out_nationally_by_a_government() -> None:
    assert _claims("Staying Close was rolled out nationally by the previous government.") == {
        (TORIES, "implements", "measure/staying-close")}


def test_rolled_out_with_no_agent_is_the_government_in_office() -> None:
    claims = _claims("Multi-agency child protection teams will be rolled out across England next year.",
                     published="2025-05-01")
    assert claims == {(LABOUR, "implements", "measure/multi-agency-child-protection-teams")}


def test_implemented_by() -> None:
    assert _claims("The agency social work rules were implemented by the Labour government.") == {
        (LABOUR, "implements", "measure/agency-social-work-rules")}


def test_a_measure_replaces_a_programme() -> None:
    assert _claims("Family help replaced the Supporting Families programme this spring.") == {
        ("measure/family-help", "replaces", "programme/supporting-families")}


def test_replaced_by() -> None:
    assert _claims("The ASYE will be replaced by the Early Career Framework.") == {
        ("measure/early-career-framework", "replaces", "measure/asye")}


def test_scrapped_as_a_verb_rejects() -> None:
    claims = _claims("The Tories scrapped the National Assessment and Accreditation System.", published="2025-05-01")
    assert claims == {(TORIES, "rejects", "measure/national-assessment-and-accreditation-system")}


def test_the_scrapped_scheme_is_no_rejection() -> None:
    assert _claims("Officials learned from the scrapped National Assessment and Accreditation System.") == set()


def test_has_shelved_plans_for() -> None:
    assert _claims("The government has shelved plans for kinship care leave.", published="2025-05-01") == {
        (LABOUR, "rejects", KINSHIP_LEAVE)}


def test_turned_down_the_reviews_call_to() -> None:
    claims = _claims("Ministers turned down the care review’s call to abolish independent reviewing officers.",
                     published="2023-02-03")
    assert claims == {(REVIEW, "recommends", "measure/replacing-independent-reviewing-officers"),
                      (TORIES, "rejects", "measure/replacing-independent-reviewing-officers")}


def test_should_adopt_is_a_wish_not_an_edge() -> None:
    assert _claims("Campaigners said the government should adopt kinship care leave.") == set()


def test_should_have_included_is_no_edge() -> None:
    assert _claims("Critics said the Children’s Wellbeing and Schools Bill should have included kinship care "
                   "leave.") == set()


def test_has_not_ruled_out_is_no_rejection() -> None:
    assert _claims("Ministers have not ruled out a profit cap.") == set()


def test_may_adopt_is_no_edge() -> None:
    assert _claims("The government may adopt kinship care leave next year.") == set()


def test_declined_to_recommend_is_no_edge() -> None:
    assert _claims("The CMA’s market study declined to recommend a profit cap.") == set()


def test_did_not_recommend_is_no_edge() -> None:
    assert _claims("The care review did not recommend a profit cap.") == set()


def test_would_have_preferred_the_government_to_adopt_is_no_edge() -> None:
    assert _claims("The LGA said it would have preferred the government to adopt a profit cap.") == set()


def test_object_relative_which_the_document_recommended() -> None:
    claims = _claims("Councils welcomed the financial oversight regime, which the CMA’s market study recommended.")
    assert claims == {(CMA, "recommends", "measure/financial-oversight-regime")}


def test_reduced_relative_the_review_called_for() -> None:
    claims = _claims("The government will not adopt the kinship care leave the care review called for.",
                     published="2023-02-03")
    assert claims == {(REVIEW, "recommends", KINSHIP_LEAVE), (TORIES, "rejects", KINSHIP_LEAVE)}


def test_which_a_government_set_up() -> None:
    claims = _claims("Labour kept the national workload action group, which the Conservatives set up.")
    assert claims == {(LABOUR, "continues", "measure/national-workload-action-group"),
                      (TORIES, "adopts", "measure/national-workload-action-group")}


def test_response_to_a_named_document() -> None:
    assert _claims("Stable Homes, Built on Love was the government’s response to the CMA’s market study.") == {
        (STABLE_HOMES, "basedOn", CMA)}


def test_a_document_forms_the_basis_for_a_measure() -> None:
    assert _claims("Child Protection in England formed the basis for multi-agency child protection teams.") == {
        ("measure/multi-agency-child-protection-teams", "basedOn",
         "policy/national-review-arthur-labinjo-hughes-and-star-hobson")}


def test_backed_by_a_review_recommends() -> None:
    assert _claims("Family group decision making was backed by the care review.") == {
        (REVIEW, "recommends", "measure/family-group-decision-making")}


def test_a_document_commits_to_a_measure() -> None:
    assert _claims("Stable Homes, Built on Love commits to kinship care leave.") == {
        (STABLE_HOMES, "adopts", KINSHIP_LEAVE)}


def test_a_document_sets_out_a_list_of_measures() -> None:
    claims = _claims("Keeping Children Safe, Helping Families Thrive sets out two measures: family help and kinship "
                     "allowances.")
    assert claims == {(KCSHFT, "adopts", "measure/family-help"), (KCSHFT, "adopts", "measure/kinship-allowances")}


def test_an_act_that_first_set_out_a_measure_legislates_it() -> None:
    assert _claims("The Children and Social Work Act 2017 first set out corporate parenting principles.") == {
        (CSWA, "legislates", "measure/corporate-parenting-duty")}


def test_it_keeps_the_document_that_was_the_subject() -> None:
    claims = _claims("Keeping Children Safe, Helping Families Thrive sets out family help for every council.",
                     "It also adopts the care review’s proposal for a national workload action group.")
    assert claims == {(KCSHFT, "adopts", "measure/family-help"),
                      (KCSHFT, "adopts", "measure/national-workload-action-group"),
                      (REVIEW, "recommends", "measure/national-workload-action-group")}


def test_head_noun_finds_the_measure_it_names_not_the_latest() -> None:
    claims = _claims("The Early Career Framework will supersede the ASYE.",
                     "The framework was first recommended by the care review.")
    assert (REVIEW, "recommends", "measure/early-career-framework") in claims
    assert (REVIEW, "recommends", "measure/asye") not in claims


def test_a_government_adopting_a_measure_in_its_document() -> None:
    claims = _claims("The previous government adopted regional care co-operatives in Stable Homes, Built on Love.")
    assert claims == {(TORIES, "adopts", "measure/regional-care-cooperatives"),
                      (STABLE_HOMES, "adopts", "measure/regional-care-cooperatives")}


def test_a_how_heading_states_nothing() -> None:
    assert _claims("How kinship allowances will be rolled out") == set()


def test_a_subordinate_clause_is_not_the_passive_subject() -> None:
    assert _claims("Family help will be tested before the new duty is rolled out.") == set()


def test_put_money_into_funds() -> None:
    assert _claims("The Conservatives put £40m into Staying Close.", published="2025-05-01") == {
        (TORIES, "funds", "measure/staying-close")}


def test_trialling_through_a_pilot() -> None:
    assert _claims("Ministers are trialling kinship allowances through the kinship allowance pilot.") == {
        ("programme/kinship-allowance-pilot", "tests", "measure/kinship-allowances")}


def test_one_of_the_reviews_flagship_ideas() -> None:
    assert _claims("Kinship care leave, one of the care review’s flagship ideas, was welcomed by charities.") == {
        (REVIEW, "recommends", KINSHIP_LEAVE)}


def test_paraphrased_measures_are_aliases() -> None:
    claims = _claims("Capping the profits providers can make was set out in Keeping Children Safe, Helping Families "
                     "Thrive.", "A single number for every child was enshrined in the Children’s Wellbeing and "
                     "Schools Bill.")
    assert claims == {(KCSHFT, "adopts", "measure/profit-cap"), (BILL, "legislates", "measure/unique-child-identifier")}


def test_a_consultation_on_a_measure_does_not_launch_it() -> None:
    assert _claims("The government launched a consultation on family help.") == set()


def test_kept_with_a_clause_between_is_not_continuing() -> None:
    assert _claims("The government kept children safe while extending family help.") == set()


def test_if_clause_hedges() -> None:
    assert _claims("If ministers adopt kinship care leave, carers will benefit.") == set()


def test_yet_to_implement_is_no_edge() -> None:
    assert _claims("The government is yet to implement kinship care leave.") == set()


def test_a_government_that_proposed_adopts() -> None:
    claims = _claims("Labour has watered down the profit cap, which the Conservatives had proposed.",
                     published="2025-05-01")
    assert claims == {(LABOUR, "modifies", "measure/profit-cap"), (TORIES, "adopts", "measure/profit-cap")}


def test_first_floated_in_a_strategy() -> None:
    claims = _claims("The profit cap, first floated in Stable Homes, Built on Love, was dropped by Labour.",
                     published="2025-05-01")
    assert claims == {(STABLE_HOMES, "adopts", "measure/profit-cap"), (LABOUR, "rejects", "measure/profit-cap")}


def test_a_government_introducing_a_measure_in_a_bill() -> None:
    claims = _claims("Labour introduced kinship care leave in the Children’s Wellbeing and Schools Bill.",
                     published="2025-05-01")
    assert claims == {(LABOUR, "adopts", KINSHIP_LEAVE), (BILL, "legislates", KINSHIP_LEAVE)}


def test_the_proposal_was_first_made_by_the_review() -> None:
    claims = _claims("The government will introduce kinship care leave.",
                     "The proposal was first made by the care review in 2022.", published="2025-06-01")
    assert claims == {(REVIEW, "recommends", KINSHIP_LEAVE)}


def test_drew_heavily_on() -> None:
    assert _claims("Stable Homes, Built on Love drew heavily on the care review.") == {
        (STABLE_HOMES, "basedOn", REVIEW)}


def test_pressed_ahead_with_continues() -> None:
    assert _claims("Labour has pressed ahead with regional care co-operatives.") == {
        (LABOUR, "continues", "measure/regional-care-cooperatives")}


def test_a_relative_clause_does_not_supply_the_passive_subject() -> None:
    claims = _claims("The Early Career Framework, which replaces the ASYE, was set out in Stable Homes, Built on Love.")
    assert claims == {("measure/early-career-framework", "replaces", "measure/asye"),
                      (STABLE_HOMES, "adopts", "measure/early-career-framework")}


def test_pledged_an_amount_funds() -> None:
    assert _claims("Stable Homes, Built on Love pledged £36m for the regional fostering recruitment hubs.") == {
        (STABLE_HOMES, "funds", "measure/regional-fostering-recruitment-hubs")}


def test_dropped_as_a_verb_rejects() -> None:
    assert _claims("Labour dropped the profit cap.", published="2025-06-01") == {(LABOUR, "rejects", "measure/profit-cap")}


def test_the_bill_extends_a_duty() -> None:
    claims = _claims("The Children’s Wellbeing and Schools Bill also extends the corporate parenting duty to "
                     "government departments.")
    assert claims == {(BILL, "legislates", "measure/corporate-parenting-duty")}


def test_a_passive_prefers_the_programme_before_it_to_a_measure_after_it() -> None:
    claims = _claims("The kinship allowance pilot, launched by the Conservatives, is testing kinship allowances.",
                     published="2025-06-01")
    assert claims == {(TORIES, "adopts", "programme/kinship-allowance-pilot"),
                      ("programme/kinship-allowance-pilot", "tests", "measure/kinship-allowances")}


def test_does_not_include_is_no_edge() -> None:
    assert _claims("The Children’s Wellbeing and Schools Bill does not include kinship care leave.") == set()


def test_governments_named_by_prime_minister_or_as_ministers_of_a_party() -> None:
    claims = _claims("The Sunak government set up the national workload action group.",
                     "Conservative ministers scrapped the National Assessment and Accreditation System.",
                     "The Starmer government has kept the regional fostering recruitment hubs.", published="2025-06-01")
    assert claims == {(TORIES, "adopts", "measure/national-workload-action-group"),
                      (TORIES, "rejects", "measure/national-assessment-and-accreditation-system"),
                      (LABOUR, "continues", "measure/regional-fostering-recruitment-hubs")}


# --- documents and chairs that reference data does not know (issue 14, issue 16: no name is a rule) -------------

def test_a_discovered_review_recommends_and_its_chair_stands_for_it() -> None:
    claims = _claims("Sir Alan Peel's review into kinship care reported in March.",
                     "Kinship care leave, recommended by Peel, was adopted by ministers.")
    assert ("policy/peel-review", "recommends", "measure/kinship-care-leave") in claims


def test_a_chair_whose_review_the_article_never_names_is_not_a_review() -> None:
    claims = _claims("The care review reported in 2022.", "Kinship care leave, recommended by Jane Peel, was welcomed.")
    assert (REVIEW, "recommends", "measure/kinship-care-leave") not in claims


def test_a_discovered_bill_legislates() -> None:
    claims = _claims("Kinship care leave will be legislated for in the Working Families Bill.")
    assert ("statute/working-families-bill", "legislates", "measure/kinship-care-leave") in claims


# --- constructions of issue 14 -----------------------------------------------------------------------------------

WELLBEING_BILL = "The Children’s Wellbeing and Schools Bill was published."


def test_a_heading_names_the_measure_the_bill_provides() -> None:
    claims = _claims(WELLBEING_BILL, "Family group decision making: The Bill will require councils to offer a "
                     "family meeting before proceedings.")
    assert claims == {(BILL, "legislates", "measure/family-group-decision-making")}


def test_a_heading_paragraph_before_the_bills_sentence() -> None:
    claims = _claims(WELLBEING_BILL, "Family group decision making",
                     "The Bill encourages councils to offer a family meeting before proceedings.")
    assert claims == {(BILL, "legislates", "measure/family-group-decision-making")}


def test_a_heading_over_a_wish_gives_no_edge() -> None:
    assert _claims(WELLBEING_BILL, "Family group decision making: Campaigners say the Bill should require "
                   "councils to offer a meeting.") == set()


def test_not_added_to_the_bill_rejects() -> None:
    claims = _claims(WELLBEING_BILL, "Kinship care leave and a profit cap were not added to the Bill.")
    assert claims == {(BILL, "rejects", "measure/kinship-care-leave"), (BILL, "rejects", "measure/profit-cap")}


def test_following_the_reports_recommendation_the_bill_will() -> None:
    claims = _claims(WELLBEING_BILL, "Following the care review's recommendation, the Bill will introduce kinship "
                     "care leave.")
    assert claims == {(REVIEW, "recommends", "measure/kinship-care-leave"),
                      (BILL, "legislates", "measure/kinship-care-leave")}


def test_a_denial_gives_no_edge() -> None:
    assert _claims("The minister denied that the profit cap had been dropped.") == set()


def test_a_wish_a_possibility_and_a_criticism_give_no_edge() -> None:
    assert _claims(WELLBEING_BILL, "Campaigners want the Bill to include kinship care leave.") == set()
    assert _claims("Ministers may consider a profit cap.") == set()
    assert _claims("The profit cap was criticised by the care review.") == set()


def test_a_government_named_for_its_prime_minister_is_that_government_by_reference_data() -> None:
    claims = _claims("The Sunak government scrapped the profit cap.", published="2025-03-01")
    assert claims == {(TORIES, "rejects", "measure/profit-cap")}


def test_the_uk_government_rejecting_a_review_recommendation() -> None:
    from tests.extract.actor_helpers import extract
    x = extract("The UK Government rejected the Independent Review of Children’s Social Care recommendation to make "
                "care experience a protected characteristic.")
    assert ("labour-government", "rejects", "care-experience-protected-characteristic") in {
        (c.subject.slug, c.relation, c.object.slug) for c in x.lineage}


def test_a_body_name_that_starts_a_pilot_title_is_part_of_the_title() -> None:
    from tests.extract.actor_helpers import extract
    x = extract("The Kinship Financial Allowance pilot will run in ten areas from April.")
    assert "Kinship Financial Allowance pilot" in {e.label for e in x.entities if e.ref.kind == "programme"}
    assert "kinship" not in {e.ref.slug for e in x.entities if e.ref.kind == "organisation"}


def test_the_pilot_announced_in_a_budget() -> None:
    claims = _claims("Councils may bid for the Family Mentor pilot from June.",
                     "The pilot was set out in the Spring 2026 Budget and will run for two years.")
    assert ("policy/spring-2026-budget", "adopts", "programme/family-mentor-pilot") in claims


def test_backed_by_money_with_no_funder_is_funded_by_the_government() -> None:
    claims = _claims("Councils may bid for the Family Mentor pilot from June.",
                     "The pilot will be backed by a further £12m over three years.", published="2025-05-01")
    assert claims == {(LABOUR, "funds", "programme/family-mentor-pilot")}


def test_money_opening_a_sentence_funds_what_its_verb_governs() -> None:
    claims = _claims("Ministers met council leaders in Leeds on Monday.",
                     "The £40 million national investment will fund the Best Start Family Hubs in every town.",
                     published="2025-05-01")
    assert claims == {(LABOUR, "funds", "programme/best-start-family-hubs")}


def test_this_investment_is_given_by_the_government_the_sentence_before_names() -> None:
    claims = _claims("The Department for Education announced an extra £30m on Tuesday.",
                     "This investment will bolster the Mockingbird programme across the north.",
                     published="2025-05-01")
    assert claims == {("organisation/department-for-education", "funds", "programme/mockingbird")}


def test_money_whose_giver_is_unknown_or_a_council_funds_nothing() -> None:
    assert _claims("Leeds City Council approved its budget on Monday.",
                   "The £2m investment will fund the Mockingbird programme.", published="2025-05-01") == set()
    assert _claims("Carers met in Leeds on Monday.",
                   "This investment will support the Mockingbird programme.", published="2025-05-01") == set()


def test_backed_by_a_charity_without_money_is_not_funding() -> None:
    claims = _claims("Councils may bid for the Family Mentor pilot from June.",
                     "The pilot is backed by several charities.", published="2025-05-01")
    assert claims == set()


def test_reforms_backed_by_money_name_no_measure() -> None:
    claims = _claims("Under the plans, family help teams will work with each family.",
                     "The reforms are backed by a £40m grant to councils.", published="2025-05-01")
    assert not any(relation == "funds" for _, relation, _ in claims)


def test_a_list_introduced_by_a_bare_sentence_belongs_to_the_bill_before_it() -> None:
    claims = _claims("The Children’s Wellbeing and Schools Bill reached the Lords in May.",
                     "Its provisions include:", "- a cap on the profits of children’s home providers",
                     "- regional care co-operatives for placements")
    assert claims == {(BILL, "legislates", "measure/profit-cap"),
                      (BILL, "legislates", "measure/regional-care-cooperatives")}


def test_the_lists_under_the_section_headings_of_a_bills_list_are_the_bills() -> None:
    claims = _claims("The Children’s Wellbeing and Schools Bill reached the Lords in May.",
                     "It covers two areas:", "Providers:", "- a cap on the profits of children’s home providers",
                     "Placements:", "- Establishes regional care co-operatives for placements")
    assert claims == {(BILL, "legislates", "measure/profit-cap"),
                      (BILL, "legislates", "measure/regional-care-cooperatives")}


def test_prose_after_a_bills_list_ends_it_and_a_later_heading_has_no_owner() -> None:
    claims = _claims("The Children’s Wellbeing and Schools Bill reached the Lords in May.",
                     "It covers one area:", "- a cap on the profits of children’s home providers",
                     "Charities replied in June.", "Their asks:", "- regional care co-operatives for placements")
    assert claims == {(BILL, "legislates", "measure/profit-cap")}


def test_a_list_after_a_sentence_naming_no_document_has_no_owner() -> None:
    claims = _claims("Providers met in May.", "Their demands include:", "- a cap on the profits of children’s home "
                     "providers")
    assert claims == set()


def test_a_renamed_fund_is_replaced_by_its_new_name() -> None:
    assert _claims("The Kin Support Fund was renamed the Family Network Fund in May.") == {
        ("programme/family-network-fund", "replaces", "programme/kin-support-fund")}
    assert _claims("Ministers renamed the Carer Help Fund as the Carer Support Fund.") == {
        ("programme/carer-support-fund", "replaces", "programme/carer-help-fund")}


def test_a_passive_implemented_is_not_the_government_implementing_the_budget() -> None:
    claims = _claims("The government said the reforms would be implemented from 2027 in its Budget.",
                     published="2024-11-02")
    assert not any(relation == "implements" for _, relation, _ in claims)


def test_these_opening_a_sentence_never_stands_for_one_document() -> None:
    claims = _claims("The money, part of Stable Homes, will pay for local early intervention measures.",
                     "These include family group decision making and more family help workers.")
    assert not any(subject == STABLE_HOMES for subject, _, _ in claims)


def test_the_proposed_cap_as_an_adjective_is_no_proposal() -> None:
    assert _claims("Ministers are pursuing the proposed profit cap despite the warnings.") == set()


def test_urging_someone_to_replace_a_measure_is_a_wish() -> None:
    assert _claims("The kinship strategy urges ministers to replace the profit cap with market oversight.") == set()


def test_a_bill_which_implements_a_policy_paper() -> None:
    claims = _claims("The Children’s Wellbeing and Schools Bill, which implements Keeping Children Safe, Helping "
                     "Families Thrive, reached the Lords in May.")
    assert claims == {(BILL, "implements", "policy/keeping-children-safe-helping-families-thrive")}


def test_a_bill_that_focuses_on_a_measure_legislates_it() -> None:
    assert _claims("The first part of the Children’s Wellbeing and Schools Bill focuses on family group decision "
                   "making.") == {(BILL, "legislates", "measure/family-group-decision-making")}


def test_should_be_set_up_is_a_wish() -> None:
    assert _claims("Multi-agency child protection teams should be set up in every area, the care review "
                   "said.") == set()


def test_a_document_inside_a_relative_clause_is_not_the_subject() -> None:
    claims = _claims("The initiative, which was first set out in Stable Homes, Built on Love, is a response to the "
                     "care review.")
    assert (STABLE_HOMES, "basedOn", REVIEW) not in claims
    assert _claims("Stable Homes, Built on Love, which was published in 2023, is a response to the care "
                   "review.") == {(STABLE_HOMES, "basedOn", REVIEW)}


def test_the_government_will_introduce_a_measure_in_its_own_document() -> None:
    assert _claims("The government will introduce kinship care leave in its Stable Homes strategy.") == {
        (LABOUR, "adopts", "measure/kinship-care-leave"), (STABLE_HOMES, "adopts", "measure/kinship-care-leave")}
    assert _claims("The government will create regional care co-operatives in their area, councils said.") == set()


def test_the_initiative_announced_as_part_of_a_strategy() -> None:
    claims = _claims("Three councils will run the Kin Links programme from May.",
                     "The initiative, which was announced in February 2023 as part of the government’s children’s "
                     "social care strategy, Stable Homes, Built on Love, starts in May.", published="2023-06-01")
    assert claims == {(STABLE_HOMES, "adopts", "programme/kin-links-programme")}


def test_confirmed_in_a_budget_but_not_in_a_month() -> None:
    assert _claims("Councils may bid for the Family Mentor pilot.", "The pilot was confirmed in the Spring 2026 "
                   "Budget.") == {("policy/spring-2026-budget", "adopts", "programme/family-mentor-pilot")}
    assert _claims("The Family Mentor pilot was confirmed in March.") == set()


def test_a_strategy_that_responds_to_the_recommendations_of_two_reviews() -> None:
    assert _claims("Stable Homes, Built on Love responds to recommendations made by the care review and the CMA’s "
                   "market study.") == {(STABLE_HOMES, "basedOn", REVIEW),
                                        (STABLE_HOMES, "basedOn", "policy/cma-childrens-social-care-market-study")}


def test_a_programme_that_is_a_response_to_a_review_is_based_on_it() -> None:
    assert (PATHFINDER, "basedOn", REVIEW) in _claims(
        "The families first for children pathfinder is a response to the care review.")


def test_the_governments_response_to_the_review_is_based_on_it() -> None:
    claims = _claims("Councils read the Government's response to the care review with interest.")
    assert (STABLE_HOMES, "basedOn", REVIEW) in claims


def test_a_programme_backed_by_money_in_a_participle_is_funded_by_the_government() -> None:
    claims = _claims("Next year the Supporting Families programme will carry on its work backed by £90m of funding.")
    assert (LABOUR, "funds", "programme/supporting-families") in claims


def test_money_backing_a_pledge_a_government_made_is_not_the_current_governments() -> None:
    claims = _claims("In its strategy the Conservative government pledged to pilot kinship allowances, backed by £9m.")
    assert not any(relation == "funds" for _, relation, _ in claims)


def test_a_measure_in_legislation_through_an_act_is_legislated_by_it() -> None:
    claims = _claims("Elsewhere family group decision making is written in legislation through the Northby Families "
                     "Act 2019.")
    assert ("statute/northby-families-act-2019", "legislates", "measure/family-group-decision-making") in claims


def test_a_bill_introduced_as_part_of_a_document_implements_it() -> None:
    claims = _claims("The Children’s Wellbeing and Schools Bill, introduced in December as part of Stable Homes, "
                     "reached the Lords.")
    assert claims == {(BILL, "implements", STABLE_HOMES)}


def test_a_programme_building_on_the_success_of_another_is_based_on_it() -> None:
    claims = _claims("The Kinship allowance pilot will build on the proven success of the Supporting Families "
                     "programme.")
    assert ("programme/kinship-allowance-pilot", "basedOn", "programme/supporting-families") in claims


def test_a_programme_spending_money_to_design_and_test_reforms_across_measures_tests_them() -> None:
    claims = _claims("The Families First for Children pathfinder will spend £5m to design and test new ways of "
                     "working across family help and family group decision making.")
    assert {(PATHFINDER, "tests", "measure/family-help"),
            (PATHFINDER, "tests", "measure/family-group-decision-making")} <= claims


def test_it_after_a_sentence_whose_subject_is_a_programme_is_that_programme() -> None:
    claims = _claims("The Kinship allowance pilot will run in ten areas.",
                     "It will draw on evidence from other programmes such as Supporting Families.")
    assert ("programme/kinship-allowance-pilot", "basedOn", "programme/supporting-families") in claims


def test_a_response_to_several_documents_each_introduced_differently_is_based_on_each() -> None:
    claims = _claims("The Families First for Children pathfinder is a response to the recommendations from the care "
                     "review, the panel’s report on child protection in England and the CMA’s market study.")
    assert {(PATHFINDER, "basedOn", REVIEW),
            (PATHFINDER, "basedOn", "policy/national-review-arthur-labinjo-hughes-and-star-hobson"),
            (PATHFINDER, "basedOn", "policy/cma-childrens-social-care-market-study")} <= claims


def test_government_announcing_funding_for_a_measure_funds_it() -> None:
    claims = _claims("The government announced more funding for respite care for young carers.",
                     published="2023-03-01")
    assert (TORIES, "funds", "measure/respite-care-for-young-carers") in claims


def test_a_strategy_that_includes_a_list_adopts_each_item() -> None:
    claims = _claims("Stable Homes, Built on Love includes reforms of adoption panels, improvements to respite care "
                     "and better advice for foster carers.", published="2023-03-01")
    assert {(STABLE_HOMES, "adopts", f"measure/{m}") for m in (
        "reforms-of-adoption-panels", "improvements-to-respite-care", "advice-for-foster-carers")} <= claims


def test_continued_as_an_adjective_after_a_determiner_or_to_is_no_continuation() -> None:
    assert not any(r == "continues" for _, r, _ in _claims(
        "Ministers made a commitment to continued investment in respite care for young carers."))
    assert not any(r == "continues" for _, r, _ in _claims(
        "The government promised the continued expansion of respite care for young carers."))
    assert (LABOUR, "continues", "measure/respite-care-for-young-carers") in _claims(
        "The government continued funding for respite care for young carers.")


def test_the_proposals_after_a_document_published_this_week_are_that_documents() -> None:
    claims = _claims("This week the government has published ‘Stable Homes, Built on Love’, its plan for reform.",
                     "Ms Smith said she was pleased.",
                     "The proposals include improvements to respite care and better advice for foster carers.",
                     published="2023-02-03")
    assert {(STABLE_HOMES, "adopts", "measure/improvements-to-respite-care"),
            (STABLE_HOMES, "adopts", "measure/advice-for-foster-carers")} <= claims


def test_a_document_published_long_ago_is_not_the_news() -> None:
    claims = _claims("In 2023 the government published ‘Stable Homes, Built on Love’, its plan for reform.",
                     "Ms Smith said she was pleased.",
                     "The proposals include improvements to respite care and better advice for foster carers.",
                     published="2024-11-18")
    assert not any(s == STABLE_HOMES for s, _, _ in claims)


def test_a_charity_calling_on_the_government_to_commit_is_a_wish_not_an_adoption() -> None:
    assert _claims("The charity is calling on the government to commit to kinship care leave.") == set()


def test_a_government_investing_an_amount_into_a_programme_funds_it() -> None:
    claims = _claims("The government is investing £20 million into its Families First for Children Pathfinder.")
    assert (LABOUR, "funds", PATHFINDER) in claims


def test_a_pilot_that_will_test_a_measure_tests_it() -> None:
    claims = _claims("Ministers announced the Kinship Allowance Pilot, which will test kinship allowances in ten areas.")
    assert ("programme/kinship-allowance-pilot", "tests", "measure/kinship-allowances") in claims


def test_a_document_after_an_opening_following_adjunct_is_based_on_its_source() -> None:
    claims = _claims("Following the Independent Review of Children’s Social Care, Stable Homes, Built on Love set out "
                     "the reforms.", published="2023-03-01")
    assert (STABLE_HOMES, "basedOn", REVIEW) in claims


def test_a_government_publishing_a_document_after_in_response_to_acts_through_it() -> None:
    claims = _claims("In response to the care review, the government published Stable Homes, Built on Love.",
                     published="2023-03-01")
    assert (STABLE_HOMES, "basedOn", REVIEW) in claims


def test_as_recommended_by_opening_a_sentence_recommends_the_subject_measure() -> None:
    claims = _claims("As recommended by the care review, kinship care leave will be introduced.")
    assert (REVIEW, "recommends", "measure/kinship-care-leave") in claims


def test_a_government_subject_that_publishes_nothing_gives_no_fronted_claim() -> None:
    claims = _claims("Following the care review, the government may consider new duties.", published="2023-03-01")
    assert not any(r == "basedOn" for _, r, _ in claims)


def test_a_department_awarding_money_to_boost_a_measure_funds_it() -> None:
    claims = _claims("The Department for Education has awarded £3 million to councils in the north, to boost "
                     "adopter recruitment in the region.")
    assert claims == {("organisation/department-for-education", "funds", "measure/adopter-recruitment")}


def test_a_department_is_a_funder_only() -> None:
    assert _claims("The Department for Education adopted respite breaks for carers.") == set()


def test_committing_to_work_with_others_funds_nothing() -> None:
    claims = _claims("The government committed to working with councils on regional care co-operatives.")
    assert not any(r == "funds" for _, r, _ in claims)
    # committing an amount is funding: the department funds what it commits the money to
    assert ("organisation/department-for-education", "funds", "measure/regional-care-cooperatives") in _claims(
        "The Department for Education committed £5m to regional care co-operatives.")


def test_a_denied_or_hedged_main_clause_after_a_fronted_source_gives_no_edge() -> None:
    assert not any(r == "basedOn" for _, r, _ in _claims(
        "Following the care review, Stable Homes, Built on Love did not take up its proposals.",
        published="2023-03-01"))
    assert not any(r == "basedOn" for _, r, _ in _claims(
        "In response to the care review, Stable Homes, Built on Love may be rewritten.", published="2023-03-01"))


def test_negated_or_wished_funding_and_inclusion_give_no_edge() -> None:
    assert _claims("The Department for Education has not awarded £3m to councils to boost adopter recruitment.") \
        == set()
    assert _claims("Critics said the Department for Education should have awarded £3m to boost adopter "
                   "recruitment.") == set()
    assert not any(s == STABLE_HOMES for s, _, _ in _claims(
        "Stable Homes, Built on Love does not include improvements to respite care or better advice for carers.",
        published="2023-03-01"))


def test_the_antecedent_of_which_is_the_subject_of_the_relative_clauses_verb() -> None:
    claims = _claims("Ministers praised the Children’s Wellbeing and Schools Bill, which implements Keeping Children "
                     "Safe, Helping Families Thrive.", published="2025-01-10")
    assert claims == {(BILL, "implements", "policy/keeping-children-safe-helping-families-thrive")}


def test_a_documents_call_on_the_government_is_its_recommendation_a_bodys_is_a_wish() -> None:
    assert _claims("The care review urged ministers to introduce kinship care leave.", published="2023-03-01") == {
        (REVIEW, "recommends", "measure/kinship-care-leave")}
    assert _claims("The care review called on the government to invest £2m over two years into respite care for "
                   "young carers.", published="2023-03-01") == {
        (REVIEW, "recommends", "measure/respite-care-for-young-carers")}
    assert _claims("The charity called on the government to invest £2m into respite care for young carers.",
                   published="2023-03-01") == set()


def test_a_government_dated_before_it_took_office_is_not_that_government() -> None:
    assert _claims("Regional care co-operatives were first introduced by the Labour government in 1998.",
                   published="2025-07-01") == set()
    assert (LABOUR, "adopts", "measure/regional-care-cooperatives") in _claims(
        "Regional care co-operatives were proposed by the Labour government in 2025.", published="2025-07-01")


def test_new_labour_is_an_earlier_government_a_new_labour_government_is_this_one() -> None:
    for sentence in ("Regional care co-operatives were first introduced by New Labour.",
                     "Regional care co-operatives were introduced in the early 2000s under the New Labour government."):
        assert _claims(sentence, published="2025-07-01") == set(), sentence
    assert (LABOUR, "adopts", "measure/regional-care-cooperatives") in _claims(
        "Regional care co-operatives were introduced by the new Labour government.", published="2025-07-01")


def test_a_council_that_passes_a_motion_to_bring_in_a_measure_adopts_it() -> None:
    assert _claims("Nottinghamshire County Council approved a motion aimed at treating care experience as a "
                   "protected characteristic.") == {
        ("organisation/nottinghamshire-county-council", "adopts", "measure/care-experience-protected-characteristic")}
    assert _claims("We join Nottinghamshire County Council, which has passed a similar motion to recognise care "
                   "experience as if it were a protected characteristic.") == {
        ("organisation/nottinghamshire-county-council", "adopts", "measure/care-experience-protected-characteristic")}


def test_a_council_or_government_that_decides_to_introduce_a_measure_adopts_it_but_not_one_that_will_consider_it(
        ) -> None:
    assert _claims("Kestrel Council agreed to introduce a council tax exemption for care leavers.") == {
        ("organisation/kestrel-council", "adopts", "measure/council-tax-exemption-for-care-leavers")}
    assert _claims("The government has decided to set up a national register of foster carers.") == {
        ("organisation/labour-government", "adopts", "measure/national-register-of-foster-carers")}
    assert _claims("Kestrel Council agreed to consider a council tax exemption for care leavers.") == set()


def test_a_council_that_commits_to_give_a_measures_status_adopts_it() -> None:
    assert _claims("Care leavers will face less stigma after Kestrel Council committed to make being care "
                   "experienced a protected characteristic.") == {
        ("organisation/kestrel-council", "adopts", "measure/care-experience-protected-characteristic")}
    assert _claims("Kestrel Council has voted to treat care experience as a protected characteristic.") == {
        ("organisation/kestrel-council", "adopts", "measure/care-experience-protected-characteristic")}


def test_a_council_that_rejects_debates_or_is_urged_to_pass_a_motion_adopts_nothing() -> None:
    for sentence in ("Nottinghamshire County Council rejected a motion to treat care experience as a protected "
                     "characteristic.",
                     "Nottinghamshire County Council will debate a motion to treat care experience as a protected "
                     "characteristic.",
                     "Care leavers urged Nottinghamshire County Council to pass a motion to treat care experience as "
                     "a protected characteristic.",
                     "Nottinghamshire County Council should have passed a motion to treat care experience as a "
                     "protected characteristic."):
        assert _claims(sentence) == set(), sentence


def test_a_programme_carrying_out_changes_set_out_in_a_strategy_implements_it() -> None:
    claims = _claims("The Northby Family Support Programme is how councils are implementing the core changes set "
                     "out in the Stable Homes, Built on Love strategy.")
    assert claims == {("programme/northby-family-support-programme", "implements", "policy/stable-homes-built-on-love")}


def test_a_strategy_meeting_commitments_set_out_in_another_implements_it() -> None:
    claims = _claims("The Northby Adoption Strategy meets several commitments set out in Keeping Children Safe, "
                     "Helping Families Thrive.")
    assert claims == {("policy/northby-adoption-strategy", "implements",
                       "policy/keeping-children-safe-helping-families-thrive")}


def test_a_department_publishing_its_response_is_the_subject_not_the_review_before_it() -> None:
    claims = _claims("Following the publication of the Independent Review of Children’s Social Care in May 2022, "
                     "the Department for Education has published their response to the recommendations alongside "
                     "the Northby Families Strategy.")
    assert ("policy/independent-review-of-childrens-social-care", "basedOn") not in {(s, r) for s, r, _ in claims}
    assert not any(s.startswith("organisation/") and r == "basedOn" for s, r, _ in claims)


def test_a_department_named_by_its_acronym_in_brackets_publishing_its_response_is_the_subject() -> None:
    claims = _claims("After the Independent Review of Children’s Social Care, the Department for Education (DfE) "
                     "published its response to the recommendations alongside the Northby Families Strategy.")
    assert ("policy/independent-review-of-childrens-social-care", "basedOn") not in {(s, r) for s, r, _ in claims}


def test_a_bill_that_lacks_a_focus_on_something_legislates_nothing() -> None:
    claims = _claims("The Children’s Wellbeing and Schools Bill lacks a distinct focus on kinship care, and it "
                     "leaves out the Northby Carers Strategy.")
    assert not any(r == "legislates" for _, r, _ in claims)


def test_a_pilot_following_a_commitment_made_in_a_budget_is_based_on_it() -> None:
    claims = _claims("Ministers gave details of the Northby Carers Pilot following a commitment made in the "
                     "Northby Families Strategy.")
    assert ("programme/northby-carers-pilot", "basedOn", "policy/northby-families-strategy") in claims


def test_a_report_endorsing_the_recommendations_of_a_review_is_based_on_it() -> None:
    claims = _claims("The Northby Adoption Report endorsed the recommendations proposed by the Independent Review "
                     "of Children’s Social Care.")
    assert claims == {("policy/northby-adoption-report", "basedOn",
                       "policy/independent-review-of-childrens-social-care")}


def test_a_government_following_a_reviews_recommendations_is_no_document_based_on_it() -> None:
    claims = _claims("The government acted following the recommendations of the Independent Review of Children’s "
                     "Social Care.")
    assert not any(r == "basedOn" for _, r, _ in claims)


def _pipeline_claims(*paragraphs: str, published: str = "2024-11-18") -> set[tuple[str, str, str]]:
    """Claims as the whole extraction makes them: lineage reads the money the funding step found."""
    extraction = extract_article(article(*paragraphs, published=published), gazetteer())
    return {(str(c.subject), c.relation, str(c.object)) for c in extraction.lineage}


def test_a_governments_investment_in_a_measure_funds_it() -> None:
    claims = _pipeline_claims("Campaigners welcomed the government’s £12 million investment in Staying Close, "
                              "which opens to more young people in April.")
    assert (LABOUR, "funds", "measure/staying-close") in claims


def test_an_allocation_does_not_fund_what_a_later_clause_names() -> None:
    claims = _pipeline_claims("The £5 million for Staying Close shows the government’s commitment to kinship "
                              "allowances, the charity said.")
    assert (LABOUR, "funds", "measure/kinship-allowances") not in claims


def test_money_from_a_department_to_do_something_funds_what_it_is_for() -> None:
    claims = _pipeline_claims("Councils will receive £6 million from the Department for Education to expand "
                              "respite breaks for young carers.")
    assert ("organisation/department-for-education", "funds", "measure/respite-breaks-for-young-carers") in claims
    wished = _pipeline_claims("Charities want councils to receive £6 million from the Department for Education to "
                              "expand respite breaks for young carers.")
    assert not any(r == "funds" for _, r, _ in wished)


def test_numbered_items_after_an_intro_without_a_colon_are_all_its_measures() -> None:
    claims = _claims("The reforms, set out in the Stable Homes, Built on Love strategy, comprise",
                     "1. Extending Staying Close to more young people. It starts in April.",
                     "2. Paying kinship allowances to carers.")
    assert {(STABLE_HOMES, "adopts", "measure/staying-close"),
            (STABLE_HOMES, "adopts", "measure/kinship-allowances")} <= claims


def test_the_proposed_measure_is_the_last_named_documents() -> None:
    claims = _claims("The Independent Review of Children’s Social Care was published today. Campaigners read it "
                     "closely. Many were pleased. It is good to see the proposed statutory advocacy for young carers.")
    assert claims == {(REVIEW, "recommends", "measure/statutory-advocacy-for-young-carers")}


def test_a_bodys_own_proposal_is_no_documents() -> None:
    claims = _claims("The Independent Review of Children’s Social Care was published today. The LGA’s proposals for "
                     "statutory advocacy for young carers came later.")
    assert not any(o == "measure/statutory-advocacy-for-young-carers" for _, _, o in claims)


def test_i_hope_the_government_is_a_wish() -> None:
    claims = _claims("I hope that the government funds kinship allowances.")
    assert claims == set()


def test_part_one_of_the_bill_acts_for_the_bill() -> None:
    claims = _claims("The Children’s Wellbeing and Schools Bill has two parts.",
                     "Part One introduces new statutory duties for councils, including the requirement to offer "
                     "family group decision making before care proceedings.")
    assert claims == {(BILL, "legislates", "measure/family-group-decision-making")}


def test_a_bill_that_proposes_a_measure_legislates_it() -> None:
    claims = _claims("Part Two of the Children’s Wellbeing and Schools Bill is about schools. It proposes "
                     "multi-agency child protection teams in every area.")
    assert (BILL, "legislates", "measure/multi-agency-child-protection-teams") in claims


def test_a_bill_introduced_following_a_paper_is_based_on_it() -> None:
    claims = _claims("The Children’s Wellbeing and Schools Bill was introduced following the Stable Homes, Built on "
                     "Love strategy.")
    assert claims == {(BILL, "basedOn", STABLE_HOMES)}


def test_this_bill_comes_on_the_back_of_the_review() -> None:
    claims = _claims("The Children’s Wellbeing and Schools Bill is long. Campaigners read it. This Bill comes on "
                     "the back of the Independent Review of Children’s Social Care.")
    assert claims == {(BILL, "basedOn", REVIEW)}


def test_the_following_day_is_no_lineage() -> None:
    claims = _claims("The Stable Homes, Built on Love strategy landed, and the following day the Independent Review "
                     "of Children’s Social Care was discussed.")
    assert not any(relation == "basedOn" for _, relation, _ in claims)


def test_a_government_trialling_a_measure_tests_it() -> None:
    claims = _claims("The government is now trialling kinship allowances in seven areas.")
    assert claims == {(LABOUR, "tests", "measure/kinship-allowances")}


def test_a_government_testing_the_water_on_a_measure_tests_nothing() -> None:
    claims = _claims("The government is testing opinion on kinship allowances.")
    assert not any(relation == "tests" for _, relation, _ in claims)


def test_a_bill_that_will_require_a_measure_legislates_it() -> None:
    claims = _claims("The Children’s Wellbeing and Schools Bill will require councils to offer family group decision "
                     "making before care proceedings.")
    assert claims == {(BILL, "legislates", "measure/family-group-decision-making")}


def test_the_bill_adding_a_section_to_an_act_modifies_it_for_its_purpose() -> None:
    claims = _claims("The Children’s Wellbeing and Schools Bill was introduced in December.",
                     "The bill would add a new section to the Children Act 1989 to impose a duty on councils to offer "
                     "family group decision making.",
                     "The bill would also insert new sections into the Children Act 2004 to require partners to run "
                     "multi-agency child protection teams.")
    assert claims == {(BILL, "modifies", "statute/children-act-1989"),
                      (BILL, "legislates", "measure/family-group-decision-making"),
                      (BILL, "modifies", "statute/children-act-2004"),
                      (BILL, "legislates", "measure/multi-agency-child-protection-teams")}


def test_part_of_the_governments_national_programme_named_after_it() -> None:
    claims = _claims("The department awarded councils money for Staying Close. This is part of the government’s "
                     "national programme ‘Stable Homes, Built on Love’.")
    assert (STABLE_HOMES, "adopts", "measure/staying-close") in claims


def test_a_measure_that_will_be_introduced_after_a_bill_is_named_is_the_bills() -> None:
    claims = _claims("The Children’s Wellbeing and Schools Bill was published on Tuesday.",
                     "Registers of home tutors: Compulsory registers of home tutors will be introduced.",
                     "• Multi-agency child protection teams are established, bringing police and health together.")
    assert claims == {(BILL, "legislates", "measure/compulsory-registers-of-home-tutors"),
                      (BILL, "legislates", "measure/multi-agency-child-protection-teams")}


def test_a_measure_introduced_in_the_past_or_with_no_bill_is_no_bills() -> None:
    assert _claims("Multi-agency child protection teams are established in every area.") == set()
    claims = _claims("The Children’s Wellbeing and Schools Bill was published on Tuesday.",
                     "Multi-agency child protection teams were established in 2019.")
    assert claims == set()


def test_a_pledge_to_consult_on_amending_an_act_does_not_amend_it() -> None:
    assert _claims("Though this was not accepted, the government has pledged to consult on amending the Children "
                   "Act 1989.") == set()
    assert _claims("The government will amend the Children Act 1989.") == {
        ("organisation/labour-government", "modifies", "statute/children-act-1989")}


def test_a_government_providing_or_committing_an_amount_funds_what_it_is_for() -> None:
    """ "will provide £X to …", "is providing £X for …", "commits £X to …": only "provided"/"committed" were read."""
    assert _claims("The government will provide £12 million to expand regional fostering recruitment hubs.") == {
        (LABOUR, "funds", "measure/regional-fostering-recruitment-hubs")}
    assert _claims("Ministers are providing £4m for weekend respite clubs for young carers.") == {
        (LABOUR, "funds", "measure/weekend-respite-clubs-for-young-carers")}
    assert _claims("The government commits £7m to regional fostering recruitment hubs.") == {
        (LABOUR, "funds", "measure/regional-fostering-recruitment-hubs")}


def test_asking_a_government_to_provide_an_amount_funds_nothing() -> None:
    for text in ("The charity urged the government to provide £2bn for weekend respite clubs.",
                 "The government should provide £2bn for weekend respite clubs.",
                 "Councils say the government will need to commit £600m to weekend respite clubs."):
        assert not any(r == "funds" for _, r, _ in _claims(text)), text


def test_a_bill_paving_the_way_for_a_measure_legislates_it() -> None:
    assert _claims("The Children's Wellbeing and Schools Bill paves the way for a national register of foster "
                   "carers.") == {(BILL, "legislates", "measure/national-register-of-foster-carers")}
    assert _claims("The Children's Wellbeing and Schools Bill will pave the way for weekend respite clubs for young "
                   "carers.") == {(BILL, "legislates", "measure/weekend-respite-clubs-for-young-carers")}
    for text in ("Campaigners want the Children's Wellbeing and Schools Bill to pave the way for a national register.",
                 "The Children's Wellbeing and Schools Bill could pave the way for a national register of carers.",
                 "The Children's Wellbeing and Schools Bill does not pave the way for a national register of carers."):
        assert _claims(text) == set(), text


def test_a_government_after_an_opening_backed_by_an_amount_funds_its_clause() -> None:
    claims = _claims("Backed by £3.8 million, the government is also expanding regional fostering recruitment hubs.")
    assert (LABOUR, "funds", "measure/regional-fostering-recruitment-hubs") in claims
    claims = _claims("Funded with a further £5m to deliver the kinship care strategy, the government will launch a "
                     "weekend respite club for young carers.")
    assert {(LABOUR, "funds", "measure/weekend-respite-club-for-young-carers"),
            (LABOUR, "funds", "policy/kinship-care-strategy")} <= claims


def test_an_opening_amount_before_a_hedge_or_a_charity_funds_nothing() -> None:
    for text in ("Backed by £3.8 million, the government may expand regional fostering recruitment hubs.",
                 "Backed by £3.8 million, the charity runs weekend respite clubs for young carers."):
        assert not any(r == "funds" for _, r, _ in _claims(text)), text


def test_a_progressive_implementing_implements_the_measure_it_governs() -> None:
    """ "is implementing a <measure>": the progressive was blocked with the passive "is implemented", and the phrase
    "implement" governs was no measure."""
    assert _claims("The Families First for Children pathfinder is implementing a new weekend respite model for young "
                   "carers.") == {(PATHFINDER, "implements", "measure/weekend-respite-model-for-young-carers")}
    assert _claims("The government is implementing a national register of foster carers.") == {
        (LABOUR, "implements", "measure/national-register-of-foster-carers")}
    for text in ("The charity called on the government to implement a national register of foster carers.",
                 "The government is not implementing a national register of foster carers.",
                 "Critics want the government to start implementing a national register of foster carers."):
        assert _claims(text) == set(), text


def test_a_government_funding_things_no_one_curated_funds_each() -> None:
    claims = _claims("The government is also funding dozens of kinship mentoring schemes across the region.")
    assert claims == {(LABOUR, "funds", "measure/kinship-mentoring-schemes")}


def test_a_named_fund_that_funds_something_is_its_funder() -> None:
    claims = _claims("The Adoption and Special Guardianship Support Fund will fund therapy sessions for adopted "
                     "teenagers.")
    assert claims == {("programme/adoption-and-special-guardianship-support-fund", "funds",
                       "measure/therapy-sessions-for-adopted-teenagers")}
    assert not _claims("The Adoption and Special Guardianship Support Fund could fund therapy sessions for adopted "
                       "teenagers.")


def test_the_bill_after_an_opening_phrase_is_the_bill_named_before() -> None:
    claims = _claims("The Children’s Wellbeing and Schools Bill had its second reading. Described by ministers as a "
                     "turning point, the bill paves the way for a unique child identifier.")
    assert (BILL, "legislates", "measure/unique-child-identifier") in claims
    claims = _claims("The Children’s Wellbeing and Schools Bill had its second reading. In a letter to ministers, "
                     "the bill’s opponents discussed a unique child identifier.")
    assert (BILL, "legislates", "measure/unique-child-identifier") not in claims


def test_money_drawn_from_a_named_fund_is_funded_by_the_fund() -> None:
    claims = _claims("£30m has been made available through the Shared Outcomes Fund to fund the Supporting Families "
                     "programme.")
    assert claims == {("programme/shared-outcomes-fund", "funds", "programme/supporting-families")}


def test_receiving_funding_from_a_fund_is_funded_not_funding() -> None:
    claims = _claims("The Supporting Families programme received funding from the Shared Outcomes Fund.")
    assert claims == {("programme/shared-outcomes-fund", "funds", "programme/supporting-families")}
    assert not any(r == "funds" for _, r, _ in _claims("Councils may bid for funding from the Shared Outcomes Fund "
                                                        "for the Supporting Families programme."))


def test_a_bill_requiring_councils_to_publish_an_offer_legislates_the_offer() -> None:
    claims = _claims("The Children’s Wellbeing and Schools Bill will require councils to publish their respite offer "
                     "for young carers.")
    assert claims == {(BILL, "legislates", "measure/respite-offer-for-young-carers")}


def test_a_document_building_upon_another_is_based_on_it_unless_a_clause_stands_between() -> None:
    assert _claims("Keeping Children Safe, Helping Families Thrive builds upon Stable Homes, Built on Love.") == {
        ("policy/keeping-children-safe-helping-families-thrive", "basedOn", STABLE_HOMES)}
    assert not _claims("Keeping Children Safe, Helping Families Thrive is built on sand, critics of Stable Homes, "
                       "Built on Love said.")


def test_a_bill_placing_a_new_duty_legislates_the_duty() -> None:
    claims = _claims("The Children’s Wellbeing and Schools Bill places a new duty on councils to publish a respite "
                     "offer.")
    assert claims == {(BILL, "legislates", "measure/duty-on-councils-to-publish-a-respite-offer")}
    assert not _claims("The Children’s Wellbeing and Schools Bill places a child at the centre of the system.")


def test_what_a_second_predicate_governs_is_not_funded_by_the_first() -> None:
    claims = _claims("The government is funding family group decision making and has rejected a national register "
                     "of foster carers.")
    assert claims == {(LABOUR, "funds", "measure/family-group-decision-making"),
                      (LABOUR, "rejects", "measure/national-register-of-foster-carers")}
    assert _claims("The government is funding family group decision making and kinship allowances.") == {
        (LABOUR, "funds", "measure/family-group-decision-making"), (LABOUR, "funds", "measure/kinship-allowances")}


def test_a_call_by_critics_writing_to_ministers_is_no_step_of_the_government_nor_of_the_bill() -> None:
    assert not _claims("In a letter to ministers, the bill's critics called for a national register of foster carers.")
    assert not _claims("Writing to ministers, critics of the Children’s Wellbeing and Schools Bill called for a "
                       "national register of foster carers.")
    # a relative clause after the prepositional object keeps it as the antecedent that acts
    assert (TORIES, "funds", "measure/staying-close") in _claims(
        "Staying Close was extended by the Conservatives, who put £53m into it.", published="2023-06-01")
    assert _claims("In its final report to ministers, the Independent Review of Children’s Social Care called for a "
                   "national register of foster carers.") == {
        (REVIEW, "recommends", "measure/national-register-of-foster-carers")}


def test_a_fund_councils_apply_to_does_not_pilot_what_they_would_pilot() -> None:
    assert not _claims("Councils may apply for funding from the Shared Outcomes Fund to pilot family group "
                       "conferencing.")
    assert not _claims("Local authorities can bid for money through the Shared Outcomes Fund to test kinship "
                       "allowances.")
    assert _claims("The Shared Outcomes Fund will pilot family group conferencing.") == {
        ("programme/shared-outcomes-fund", "tests", "measure/family-group-conferencing")}


def test_a_department_that_something_is_funded_by_funds_it() -> None:
    funded = {("organisation/department-for-education", "funds", "programme/kinship-allowance-pilot")}
    assert _claims("The Kinship Allowance Pilot is funded by the Department for Education.") == funded
    assert _claims("Funded by the Department for Education, the Kinship Allowance Pilot will run in seven areas.") \
        == funded
    assert not _claims("The Kinship Allowance Pilot is not funded by the Department for Education.")


def test_a_charity_or_trust_that_something_is_funded_by_funds_it_and_acts_in_no_other_rule() -> None:
    assert _claims("The Harbour Care Leavers Programme is being funded by the Local Authorities’ Mutual Investment "
                   "Trust, a shareholder of a fund manager.") == {
        ("organisation/local-authorities-mutual-investment-trust", "funds", "programme/harbour-care-leavers-programme")}
    assert _claims("The Early Help Pathfinder, which was jointly funded by the Rowntree Foundation, reached 400 "
                   "families.") == {("organisation/rowntree-foundation", "funds", "programme/early-help-pathfinder")}
    # a body is a funder only as the passive's agent: it tests nothing
    assert not _claims("The Rowntree Foundation is testing a national kinship allowance.")
    assert not _claims("The Early Help Pathfinder is not funded by the Rowntree Foundation.")


def test_a_body_that_calls_for_a_measure_recommends_it_and_acts_in_no_other_rule() -> None:
    assert _claims("The Harbour Trust called for a national register of foster carers.") == {
        ("organisation/harbour-trust", "recommends", "measure/national-register-of-foster-carers")}
    assert _claims("The Rowntree Foundation recommends a national kinship allowance.") == {
        ("organisation/rowntree-foundation", "recommends", "measure/kinship-allowances")}
    # a document named in the sentence acts before the body that reports it
    assert _claims("The Harbour Trust said the Northby review recommended a national register of foster carers.") \
        == {("policy/northby-review", "recommends", "measure/national-register-of-foster-carers")}
    # a body's call on others is a wish; a body answering a document takes nothing from it
    assert not _claims("The Harbour Trust urged ministers to introduce a national register of foster carers.")
    assert not _claims("Following the publication of the Independent Review of Children’s Social Care, the Harbour "
                       "Trust issued a statement.")
    # a publisher reports calls; it makes none
    assert not _claims("The Guardian called for a national register of foster carers.")


def test_a_capitalised_cue_inside_a_name_is_no_cue() -> None:
    assert not _claims("In 2023 the Harbour Trust welcomed the Northby Recommended Allowance for kinship carers.")


def test_a_question_states_no_lineage() -> None:
    assert not _claims("Is the Kinship Allowance Pilot funded by the Department for Education?")
    assert not _claims("Will the Children’s Wellbeing and Schools Bill legislate for kinship allowances?")
    assert _claims("The Children’s Wellbeing and Schools Bill will legislate for kinship allowances.") == {
        (BILL, "legislates", "measure/kinship-allowances")}


def test_what_is_funded_through_a_fund_is_funded_by_the_fund_not_the_reverse() -> None:
    funded = {("programme/shared-outcomes-fund", "funds", "programme/kinship-allowance-pilot")}
    assert _claims("The Kinship Allowance Pilot is being funded through the Shared Outcomes Fund.") == funded
    assert _claims("The Kinship Allowance Pilot was funded from the Shared Outcomes Fund.") == funded
    assert _claims("The Shared Outcomes Fund funded the Kinship Allowance Pilot.") == funded
    assert not _claims("The Kinship Allowance Pilot is funded.")


def test_pilots_funded_under_a_fund_are_funded_by_it_not_the_reverse() -> None:
    assert _claims("An evaluation looked at the Kinship Allowance Pilot, funded under the Shared Outcomes Fund.") == {
        ("programme/shared-outcomes-fund", "funds", "programme/kinship-allowance-pilot")}
    assert not _claims("Councils bid for funding under the Shared Outcomes Fund to join the Kinship Allowance Pilot.")


def test_what_delivers_on_a_manifesto_commitment_implements_the_manifesto() -> None:
    claims = _claims("The Kinship Allowance Pilot delivers on the commitment in Labour’s 2024 manifesto to extend "
                     "Staying Close.")
    assert claims == {("programme/kinship-allowance-pilot", "implements", "policy/labour-2024-manifesto")}
    assert ("statute/childrens-wellbeing-and-schools-bill", "implements", "policy/labour-manifesto") in _claims(
        "The Children’s Wellbeing and Schools Bill delivers on Labour’s manifesto commitment to cap profits.")
    for near_miss in ("The Children’s Wellbeing and Schools Bill has yet to deliver on Labour’s manifesto "
                      "commitment.",
                      "Does the Children’s Wellbeing and Schools Bill deliver on Labour’s manifesto pledge?",
                      "Delivering on a manifesto commitment, the Children’s Wellbeing and Schools Bill will create a "
                      "register of children not in school."):
        assert not any(r == "implements" for _, r, _ in _claims(near_miss))


def test_it_after_an_opening_connective_stands_for_the_document_before() -> None:
    claims = _claims("The Children’s Wellbeing and Schools Bill was published on Tuesday. Moreover, it delivers on "
                     "Labour’s manifesto commitment to cap profits.")
    assert (BILL, "implements", "policy/labour-manifesto") in claims
    near_miss = _claims("The Children’s Wellbeing and Schools Bill was published on Tuesday. Moreover, it should "
                        "deliver on Labour’s manifesto commitment to cap profits.")
    assert not any(r == "implements" for _, r, _ in near_miss)


def test_a_year_after_set_up_in_is_no_document_the_item_was_set_up_in() -> None:
    claims = _claims("The Independent Review of Children’s Social Care was set up in 2021, thereby honouring a "
                     "commitment from Labour’s 2024 manifesto.")
    assert claims == {(REVIEW, "implements", "policy/labour-2024-manifesto")}
    assert _claims("Kinship allowances were announced in 2023 in Stable Homes, Built on Love.") == {
        (STABLE_HOMES, "adopts", "measure/kinship-allowances")}


def test_a_statute_that_a_measure_was_set_out_in_or_established_by_legislates_it() -> None:
    legislated = {("statute/children-and-social-work-act-2017", "legislates", "measure/corporate-parenting-duty")}
    assert _claims("The corporate parenting duty, established by the Children and Social Work Act 2017, applies to "
                   "councils.") == legislated
    assert _claims("The corporate parenting duty was set out in the Children and Social Work Act 2017.") == legislated
    assert not _claims("The corporate parenting duty was not set out in the Children and Social Work Act 2017.")


def test_a_passive_launch_is_no_step_of_the_government_named_before_it() -> None:
    assert not any(s == TORIES for s, _, _ in _claims(
        "The Government’s Supporting Families programme was launched in 2012 and locally it was adopted as the "
        "Kinship Allowance Pilot.", published="2023-06-01"))
    assert _claims("The government launched the Kinship Allowance Pilot.", published="2023-06-01") == {
        (TORIES, "adopts", "programme/kinship-allowance-pilot")}


def test_a_call_on_someone_to_act_makes_a_wish_of_everything_after_it_in_its_clause() -> None:
    assert not _claims("The Local Government Association is calling on the government to ensure all councils receive "
                       "sufficient funding in the Spending Review to invest in family help and kinship allowances.")
    assert not _claims("I encouraged the government to take bolder steps by introducing kinship allowances.")
    assert _claims("The Local Government Association called on ministers to act, but the government has since funded "
                   "kinship allowances.") == {(LABOUR, "funds", "measure/kinship-allowances")}
    assert _claims("The Independent Review of Children’s Social Care called on the government to invest £2.6bn in "
                   "family help.") == {(REVIEW, "recommends", "measure/family-help")}


def test_a_programme_that_is_part_of_a_document_is_adopted_by_it_unless_denied() -> None:
    adopted = {("policy/kinship-care-strategy", "adopts", "programme/kinship-allowance-pilot")}
    assert _claims("The Kinship Allowance Pilot forms part of Championing Kinship Care.") == adopted
    assert not _claims("The Kinship Allowance Pilot is not part of Championing Kinship Care.")
    assert not _claims("Kinship allowances should be a key part of Championing Kinship Care.")


def test_adopted_children_a_dash_or_a_call_on_others_keep_a_later_item_from_the_verb() -> None:
    near_misses = ("The government has extended support for adopted children, but urged councils to extend the "
                   "Kinship Allowance Pilot.",
                   "Ministers had kept to the line for two months – that they would set out details on the Kinship "
                   "Allowance Pilot soon.")
    assert [_claims(text) for text in near_misses] == [set(), set()]
    assert _claims("Labour has kept the Kinship Allowance Pilot.") | _claims(
        "The Independent Review of Children’s Social Care urged kinship allowances.") == {
        (LABOUR, "continues", "programme/kinship-allowance-pilot"),
        (REVIEW, "recommends", "measure/kinship-allowances")}


def test_an_acronym_defined_after_a_programme_stands_for_it_later() -> None:
    claims = _claims("The Shared Outcomes Fund (SOF) was set up in 2019. £30m has been made available through the SOF "
                     "to fund the Supporting Families programme.")
    assert claims == {("programme/shared-outcomes-fund", "funds", "programme/supporting-families")}
    assert not _claims("The SOF was set up in 2019. £30m has been made available through the SOF to fund the "
                       "Supporting Families programme.")  # never defined: no item


def test_a_qualified_amount_pledged_or_committed_still_funds() -> None:
    assert _claims("The government has committed up to £20m to the Kinship Allowance Pilot.") == {
        (LABOUR, "funds", "programme/kinship-allowance-pilot")}
    assert _claims("The government has pledged over £500m for the Families First Partnership Programme.") == {
        (LABOUR, "funds", "programme/families-first-partnership-programme")}
    assert not any(r == "funds" for _, r, _ in _claims("The government has committed to the Kinship Allowance Pilot."))


def test_an_amount_given_to_set_up_a_measure_funds_it_but_not_a_wished_denied_or_asked_one() -> None:
    funded = ("organisation/department-for-education", "funds", "measure/weekend-respite-clubs-for-young-carers")
    assert funded in _pipeline_claims("The Department for Education has awarded £3m to five councils to set up "
                                      "weekend respite clubs for young carers.")
    for text in ("Charities want the Department for Education to award £3m to councils to set up weekend respite "
                 "clubs for young carers.",
                 "Campaigners urged the Department for Education to award £3m to councils to pilot weekend respite "
                 "clubs for young carers.",
                 "The Department for Education has not awarded £3m to councils to set up weekend respite clubs for "
                 "young carers.",
                 "Has the Department for Education awarded £3m to councils to set up weekend respite clubs for young "
                 "carers?"):
        assert funded not in _pipeline_claims(text), text


def test_a_document_that_advocates_a_measure_recommends_it() -> None:
    assert _claims("The Independent Review of Children’s Social Care advocates a national register of foster "
                   "carers.") == {(REVIEW, "recommends", "measure/national-register-of-foster-carers")}
    assert _claims("The care review, published in May, advocated for regional care co-operatives.") == {
        (REVIEW, "recommends", "measure/regional-care-cooperatives")}


def test_advocates_by_campaigners_or_of_a_vague_shift_is_no_edge() -> None:
    assert _claims("Campaigners have long advocated a national register of foster carers.") == set()
    assert _claims("The care review advocated a fundamental shift from crisis response to early help.") == set()


def test_a_bill_that_brings_forward_a_documents_commitments_implements_it() -> None:
    assert _claims("The Children’s Wellbeing and Schools Bill brings forward many of the commitments first set out in "
                   "Stable Homes, Built on Love.") == {(BILL, "implements", STABLE_HOMES)}
    assert _claims("Critics say the Children’s Wellbeing and Schools Bill should bring forward the commitments set "
                   "out in Stable Homes, Built on Love.") == set()


def test_an_amount_that_may_or_could_be_given_funds_nothing() -> None:
    assert _claims("The Department for Education said a further £2m may be received to expand kinship allowances.") \
        == set()
    assert _claims("The Department for Education has awarded £2m to expand kinship allowances.") == {
        ("organisation/department-for-education", "funds", "measure/kinship-allowances")}


def test_the_one_giver_named_before_an_amount_funds_what_it_is_for_not_its_source() -> None:
    claims = _pipeline_claims("The Treasury said that £5m from the Shared Outcomes Fund would also be used, alongside "
                              "£4m to refurbish and expand kinship support groups.", published="2025-06-12")
    assert claims == {("organisation/hm-treasury", "funds", "measure/kinship-support-groups")}
    assert _pipeline_claims("Campaigners said that £4m to refurbish and expand kinship support groups was welcomed by "
                            "the Treasury.", published="2025-06-12") == set()


def test_a_funder_in_a_compound_adjective_funds_the_subject_or_what_this_stands_for() -> None:
    assert _claims("Staying Close is a government-funded project that helps care leavers.", published="2023-05-01") \
        == {(TORIES, "funds", "measure/staying-close")}
    assert _claims("The council described the Kinship Allowance Pilot.",
                   "This is a Department for Education funded project to help kinship carers.") == {
        ("organisation/department-for-education", "funds", "programme/kinship-allowance-pilot")}


def test_a_denied_or_unnamed_funder_in_a_compound_funds_nothing() -> None:
    assert _claims("Staying Close is not a government-funded project.") == set()
    assert _claims("The Kinship Allowance Pilot is a lottery-funded scheme.") == set()


def test_what_a_documents_recommendations_or_a_bills_measures_include_is_its_own() -> None:
    assert _claims("The care review published its final report, making over 70 recommendations including the "
                   "axing of independent reviewing officers and the creation of regional care co-operatives.",
                   published="2022-05-23") == {
        (REVIEW, "recommends", "measure/replacing-independent-reviewing-officers"),
        (REVIEW, "recommends", "measure/regional-care-cooperatives")}
    assert (BILL, "legislates", "measure/kinship-care-leave") in _claims(
        "The Children’s Wellbeing and Schools Bill introduces a broad range of measures, including kinship care leave.")


def test_a_bodys_own_proposals_including_a_measure_are_no_documents() -> None:
    assert _claims("The LGA set out its own proposals, including regional care co-operatives.") == set()



def test_a_bill_that_brings_in_puts_forward_or_gives_new_powers_legislates() -> None:
    assert _claims("The Children’s Wellbeing and Schools Bill also brings in kinship care leave.") == {
        (BILL, "legislates", "measure/kinship-care-leave")}
    assert _claims("The Children’s Wellbeing and Schools Bill puts forward a new duty on councils to publish a "
                   "kinship local offer.") == {(BILL, "legislates", "measure/kinship-local-offer")}
    assert _claims("The Children’s Wellbeing and Schools Bill will give councils new powers to require school "
                   "attendance.") == {(BILL, "legislates", "measure/powers-to-require-school-attendance")}


def test_a_bill_that_should_bring_in_or_gives_only_time_legislates_nothing() -> None:
    assert _claims("Critics say the Children’s Wellbeing and Schools Bill should bring in kinship care leave.") == set()
    assert _claims("The Children’s Wellbeing and Schools Bill gives councils more time to prepare.") == set()


def test_a_document_calling_for_a_list_recommends_each_item_a_quoted_first_one_too() -> None:
    assert _claims("The care review calls for ‘lead child protection practitioner’ role, regional care co-operatives "
                   "and kinship care leave.", published="2022-05-23") == {
        (REVIEW, "recommends", "measure/lead-child-protection-practitioners"),
        (REVIEW, "recommends", "measure/regional-care-cooperatives"),
        (REVIEW, "recommends", "measure/kinship-care-leave")}
    assert _claims("Charities called for regional care co-operatives and kinship care leave.") == set()


def test_a_government_funding_someone_to_do_something_funds_what_they_do() -> None:
    claims = _claims("The government has provided funding to councils across England to establish kinship "
                     "navigator services.")
    assert claims == {(LABOUR, "funds", "measure/kinship-navigator-services")}
    wished = _claims("Charities have called for funding for councils to establish kinship navigator services.")
    assert not any(r == "funds" for _, r, _ in wished)


def test_a_breakdown_of_money_given_before_funds_with_its_giver() -> None:
    claims = _pipeline_claims("The Department for Education has announced £12 million for care leavers.",
                              "The new funding includes £7 million to create supported lodgings for care leavers.")
    assert ("organisation/department-for-education", "funds", "measure/supported-lodgings-for-care-leavers") in claims
    # an estimate has no giver, and a breakdown only possible names none
    for text in ("Charities estimate that councils need £12 million for care leavers. The money includes £7 million "
                 "to create supported lodgings for care leavers.",
                 "The Department for Education has announced £12 million for care leavers. The funding could include "
                 "£7 million to create supported lodgings for care leavers."):
        assert not any(r == "funds" for _, r, _ in _pipeline_claims(text)), text


def test_a_named_package_breaking_down_money_funds_with_its_giver() -> None:
    claims = _pipeline_claims("The Department for Education has announced a £40 million package for care leavers.",
                              "The leaving care package includes about £9 million to create another 20 supported "
                              "lodgings schemes for care leavers.")
    assert ("organisation/department-for-education", "funds", "measure/supported-lodgings-schemes-for-care-leavers") \
        in claims
    # a package someone only wants has no giver
    wish = _pipeline_claims("Charities want £40 million for care leavers. The leaving care package includes about "
                            "£9 million to create supported lodgings schemes for care leavers.")
    assert not any(r == "funds" for _, r, _ in wish)


def test_each_item_of_a_list_breaking_down_money_funds_with_its_giver() -> None:
    claims = _pipeline_claims("The Department for Education has announced £40 million for care leavers.",
                              "The £40 million includes:",
                              "• £9 million to create supported lodgings schemes for care leavers",
                              "• £4 million for peer support groups for care leavers",
                              "Councils can bid from April.")
    assert {("organisation/department-for-education", "funds", "measure/supported-lodgings-schemes-for-care-leavers"),
            ("organisation/department-for-education", "funds", "measure/peer-support-groups-for-care-leavers")} \
        <= claims
    # a list of what the money is spent on, opened by no breakdown, and a list under an estimate, fund nothing
    for text in (("The Department for Education has announced £40 million for care leavers.", "Councils told us:",
                  "• £9 million to create supported lodgings schemes for care leavers"),
                 ("Charities estimate councils need £40 million for care leavers. The £40 million includes:",
                  "• £9 million to create supported lodgings schemes for care leavers")):
        assert not any(r == "funds" for _, r, _ in _pipeline_claims(*text)), text


def test_a_list_breaking_down_money_whose_giver_is_not_named_funds_nothing() -> None:
    claims = _pipeline_claims("A £40 million package for care leavers was announced by the minister on Monday.",
                              "The £40 million package includes:",
                              "• £9 million to create supported lodgings schemes for care leavers",
                              "Councils can bid from April.")
    assert not any(r == "funds" for _, r, _ in claims)


def test_a_bill_set_to_introduce_a_measure_legislates_it() -> None:
    assert _claims("The Children’s Wellbeing and Schools Bill is set to introduce a register of children not in "
                   "school.") == {(BILL, "legislates", "measure/register-of-children-not-in-school")}
    assert _claims("The Children’s Wellbeing and Schools Bill is also set to place a new duty on councils to offer "
                   "family group decision making.") == {(BILL, "legislates", "measure/family-group-decision-making")}
    assert _claims("The Children’s Wellbeing and Schools Bill is to introduce a register of children not in "
                   "school.") == {(BILL, "legislates", "measure/register-of-children-not-in-school")}


def test_a_bill_not_set_to_introduce_a_measure_or_only_wished_to_legislates_nothing() -> None:
    assert not _claims("The Children’s Wellbeing and Schools Bill is not set to introduce a register of children not "
                       "in school.")
    assert not _claims("Charities said the Children’s Wellbeing and Schools Bill should be set to introduce a register "
                       "of children not in school.")
    assert not _claims("The Children’s Wellbeing and Schools Bill is not to introduce a register of children not in "
                       "school.")


def test_a_bill_making_provision_for_a_measure_legislates_it() -> None:
    assert _claims("The Children’s Wellbeing and Schools Bill makes provision for kinship leave.") == {
        (BILL, "legislates", "measure/kinship-care-leave")}
    assert not _claims("The Children’s Wellbeing and Schools Bill makes no provision for kinship leave.")


def test_family_hubs_replacing_sure_start_children_s_centres() -> None:
    assert _pipeline_claims("Family hubs will replace Sure Start children’s centres in Westby.") == {
        ("measure/family-hub-model", "replaces", "programme/sure-start")}
    assert not _pipeline_claims("Family hubs will not replace Sure Start children’s centres in Westby.")


def test_a_governments_commitment_to_something_else_does_not_adopt_the_measure_before_it() -> None:
    claims = _pipeline_claims("The £8 million for family hubs shows the government’s commitment to supporting "
                              "parents.")
    assert (LABOUR, "adopts", "measure/family-hub-model") not in claims
    assert (LABOUR, "adopts", "measure/kinship-care-leave") in _claims("Kinship care leave is the government’s "
                                                                        "commitment.")


def test_what_a_step_may_entail_is_a_possibility() -> None:
    assert not _claims("For the government, reform may entail adopting family group decision making.")
    assert not _claims("The government may entail adopting family group decision making.")


def test_money_for_a_programme_does_not_fund_what_its_relative_clause_says_it_does() -> None:
    claims = _pipeline_claims("The Department for Education is investing £5 million into its Westby Hubs programme, "
                              "which will help councils to open family hubs.")
    assert not any(o == "measure/family-hub-model" for _, r, o in claims if r == "funds")
    assert ("organisation/department-for-education", "funds", "measure/family-hub-model") in _pipeline_claims(
        "The Department for Education is investing £5 million in family hubs.")


def test_a_measure_built_on_or_modelled_on_a_programme_is_based_on_it() -> None:
    assert _pipeline_claims("Family hubs build on the legacy of Sure Start.") == {
        ("measure/family-hub-model", "basedOn", "programme/sure-start")}
    assert _pipeline_claims("Family hubs are modelled on Sure Start.") == {
        ("measure/family-hub-model", "basedOn", "programme/sure-start")}
    assert not _pipeline_claims("Critics said family hubs should have been modelled on Sure Start.")


def test_a_measure_that_builds_on_practice_from_example_programmes_is_not_based_on_them() -> None:
    assert not _pipeline_claims("Family hubs build on best practice from programmes such as Sure Start.")


def test_a_passive_in_a_subject_relative_is_about_its_antecedent() -> None:
    claims = _pipeline_claims("Family hubs are modelled on Sure Start, which was launched in 1999 under Labour.")
    assert not any(o == "measure/family-hub-model" for _, r, o in claims if r == "adopts")
    assert ("measure/family-hub-model", "basedOn", "programme/sure-start") in claims


def test_a_council_giving_an_amount_funds_what_it_is_for() -> None:
    assert _pipeline_claims("Kent County Council has backed a £20 million budget to create more children’s homes.") \
        == {("organisation/kent-county-council", "funds", "measure/childrens-homes")}
    assert _pipeline_claims("Kent County Council will invest £3 million in the expansion of foster carer support "
                            "groups.") == {("organisation/kent-county-council", "funds",
                                            "measure/foster-carer-support-groups")}


def test_a_council_receiving_or_only_possibly_spending_an_amount_funds_nothing() -> None:
    for text in ("Kent County Council will receive £2 million to create more children’s homes.",
                 "Kent County Council was awarded £2 million to create more children’s homes.",
                 "Kent County Council was handed £2 million to create more children’s homes.",
                 "Kent County Council is owed £2 million to create more children’s homes.",
                 "Kent County Council could spend £2 million to create more children’s homes.",
                 "Kent County Council wants ministers to give £2 million to create more children’s homes.",
                 "The government will give £2 million to Kent County Council to create more children’s homes."):
        assert ("organisation/kent-county-council", "funds", "measure/childrens-homes") not in \
            _pipeline_claims(text), text


def test_a_bill_legislates_each_measure_of_its_list_of_verbs() -> None:
    claims = _claims("The Children’s Wellbeing and Schools Bill will expand respite breaks for carers, cap agency fees "
                     "and regulate fostering agencies.", "The bill will also extend advocacy for parents and "
                     "introduce a register of childminders.")
    assert claims == {(BILL, "legislates", "measure/respite-breaks-for-carers"),
                      (BILL, "legislates", "measure/cap-on-agency-fees"),
                      (BILL, "legislates", "measure/regulation-of-fostering-agencies"),
                      (BILL, "legislates", "measure/advocacy-for-parents"),
                      (BILL, "legislates", "measure/register-of-childminders")}


def test_a_bills_purpose_or_a_hedge_legislates_no_list() -> None:
    assert _claims("The Children’s Wellbeing and Schools Bill aims to expand respite breaks for carers and cap "
                   "agency fees.") == set()
    assert _claims("Critics say the Children’s Wellbeing and Schools Bill should expand respite breaks for carers "
                   "and cap agency fees.") == set()


def test_a_department_that_funds_a_programme_funds_it_with_or_without_an_amount() -> None:
    dfe = "organisation/department-for-education"
    assert _claims("The Department for Education funds the Mockingbird programme.") == {
        (dfe, "funds", "programme/mockingbird")}
    assert _claims("The DfE is funding the Mockingbird programme in ten areas.") == {
        (dfe, "funds", "programme/mockingbird")}
    # near misses: a hedge, a denial, a passive
    assert _claims("The Department for Education should fund the Mockingbird programme.") == set()
    assert _claims("The Department for Education has not funded the Mockingbird programme.") == set()


def test_whoever_reports_that_others_must_fund_funds_nothing() -> None:
    assert _claims("The Department for Education said councils must fund the Mockingbird programme.") == set()
    assert _claims("Ministers insisted that local authorities should fund the Mockingbird programme.") == set()
    assert _claims("The government said it would fund the Mockingbird programme.") == {
        (LABOUR, "funds", "programme/mockingbird")}


def test_a_government_owning_the_programme_funded_is_no_new_clause() -> None:
    """ "£14m for the government’s Family Mentor Fund": the possessive names whose fund it is; a government named
    after the amount in a clause of its own still ends what the money is for."""
    claims = _pipeline_claims("The total investment includes £14m for the government’s Family Mentor Fund.",
                     published="2025-05-01")
    assert (LABOUR, "funds", "programme/family-mentor-fund") in claims
    claims = _pipeline_claims("The £14m for councils shows the government’s support for the Family Mentor Fund.",
                     published="2025-05-01")
    assert (LABOUR, "funds", "programme/family-mentor-fund") not in claims


def test_a_department_putting_money_into_a_programme_funds_it() -> None:
    claims = _pipeline_claims("The Department for Education is putting £40m into the Family Mentor pilot this year.",
                     published="2025-05-01")
    assert ("organisation/department-for-education", "funds", "programme/family-mentor-pilot") in claims


def test_an_amount_allocated_in_a_document_is_funded_by_it() -> None:
    claims = _claims("£40m has been set aside in the Weekend Respite Strategy for the Kinship Care Ambassador "
                     "Programme.")
    assert claims == {("policy/weekend-respite-strategy", "funds", "programme/kinship-care-ambassador-programme")}
    assert _claims("£40m was set aside in 2023 for the Kinship Care Ambassador Programme.") == set()


def test_a_programmes_kind_opening_a_sentence_stands_for_the_programme_named_before() -> None:
    claims = _claims("Run by the Harbour Foundation, the Care Starters Programme helps young people leaving care.",
                     "The £2.5 million match fund scheme will run over three years and is being funded by the "
                     "Northby Trust.")
    assert {(s, r) for s, r, o in claims if o == "programme/care-starters-programme"} == {
        ("organisation/northby-trust", "funds")}
    # near miss: a sentence that names its own programme keeps it
    claims = _claims("Run by the Harbour Foundation, the Care Starters Programme helps young people leaving care.",
                     "The new Kin Links Programme is being funded by the Northby Trust.")
    assert ("organisation/northby-trust", "funds", "programme/care-starters-programme") not in claims


def test_a_council_that_rubber_stamps_plans_to_create_a_measure_adopts_it() -> None:
    assert _claims("Westshire County Council has rubber-stamped plans to create a charitable foundation to run its "
                   "youth services.") == {("organisation/westshire-county-council", "adopts",
                                           "measure/charitable-foundation-to-run-its-youth-services")}
    assert not _claims("Westshire County Council has rejected plans to create a charitable foundation for its youth "
                       "services.")


def test_councils_taking_part_in_a_programme_each_implement_it_but_one_hoping_to_does_not() -> None:
    assert _claims("Kestrel Council and Heron Council are two of 10 areas in England piloting the new Families First "
                   "for Children Pathfinder programme.") == {
        ("organisation/kestrel-council", "implements", "programme/families-first-for-children-pathfinder"),
        ("organisation/heron-council", "implements", "programme/families-first-for-children-pathfinder")}
    assert _claims("Kestrel Council hopes to pilot the Families First for Children Pathfinder programme.") == set()


def test_some_of_a_bills_measures_are_each_legislated_also_in_a_list_of_gerunds() -> None:
    claims = _claims("I voted for the Harbour Safety Bill at its second reading. It contains many sound measures.",
                     "Some of the measures include introducing a register of unsafe moorings and creating a harbour "
                     "pilots’ licence for older vessels.")
    assert {("statute/harbour-safety-bill", "legislates", "measure/register-of-unsafe-moorings"),
            ("statute/harbour-safety-bill", "legislates", "measure/harbour-pilots-licence-for-older-vessels")} <= claims


def test_a_body_said_to_be_funded_by_a_department_or_funder_is_funded_by_it() -> None:
    claims = _claims("Jo Ade founded the Harbour Trust, which is directly funded by the Department for Education.",
                     "The Lumen Project is funded by the Northby Foundation.")
    assert ("organisation/department-for-education", "funds", "organisation/harbour-trust") in claims
    assert not any(c[2] == "organisation/department-for-education" for c in claims)


def test_the_plan_that_responds_to_recommendations_of_a_review_is_based_on_it() -> None:
    claims = _claims("The government has published the Stable Homes, Built on Love strategy today.",
                     "The plan responds to recommendations made by the Independent Review of Children’s Social Care.",
                     published="2023-02-02")
    assert (STABLE_HOMES, "basedOn", REVIEW) in claims



def test_the_plan_stands_for_a_strategy_or_paper_named_before_not_a_review() -> None:
    claims = _claims("Campaigners quoted the Independent Review of Children’s Social Care on Tuesday.",
                     "The plan responds to recommendations made by the Child Safeguarding Practice Review Panel "
                     "into the murders of Arthur Labinjo-Hughes and Star Hobson.")
    assert not any(c[1] == "basedOn" and c[0] == REVIEW for c in claims)


def test_a_programme_anaphor_opening_a_sentence_that_names_another_programme_later_is_the_one_before() -> None:
    claims = _claims("Every council will open a Best Start family hub by next April.",
                     "The scheme builds on the success of the Sure Start programme, research shows.")
    assert ("programme/best-start-family-hubs", "basedOn", "programme/sure-start") in claims



def test_a_council_chosen_to_pilot_or_run_a_programme_carries_it_out() -> None:
    claims = _claims("Northby County Council was one of seven local authorities chosen to pilot the Mockingbird "
                     "programme in 2015.",
                     "Eastby Council is one of 47 councils selected by the government to run the Staying Close "
                     "programme.")
    assert {("organisation/northby-county-council", "implements", "programme/mockingbird"),
            ("organisation/eastby-council", "implements", "measure/staying-close")} <= claims


def test_a_council_hoping_to_be_chosen_carries_out_nothing() -> None:
    claims = _claims("Northby County Council hopes to be chosen to pilot the Mockingbird programme next year.")
    assert not any(subject == "organisation/northby-county-council" for subject, _, _ in claims)


def test_what_a_programme_sets_out_or_establishes_it_carries_out() -> None:
    claims = _claims("The Families First Partnership Programme began in March.",
                     "The programme sets out family help for every council.")
    assert ("programme/families-first-partnership-programme", "implements", "measure/family-help") in claims


def test_a_list_of_gerunds_with_an_acronym_in_brackets_is_one_list_of_patients() -> None:
    claims = _claims("The Families First Partnership Programme began in March.",
                     "The programme outlines expectations for delivering family help, establishing multi-agency "
                     "child protection teams (MACPTs), and embedding family group decision making.")
    assert {("programme/families-first-partnership-programme", "implements", f"measure/{m}")
            for m in ("family-help", "multi-agency-child-protection-teams", "family-group-decision-making")} <= claims
