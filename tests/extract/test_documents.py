"""Documents, statutes, measures and programmes: by curated name and alias, by shape, and by generic reference."""

from __future__ import annotations

from cscgraph.models import Article
from cscgraph.extract.actors import find_actors
from cscgraph.extract.documents import find_documents
from cscgraph.extract.found import Found
from cscgraph.extract.sentences import split_sentences
from cscgraph.extract.slugs import slugify
from lineage_helpers import article, documents, gazetteer
from tests.extract.actor_helpers import extract


def _policy_labels(*paragraphs: str) -> list[str]:
    _, found = documents(article(*paragraphs))
    return [e.label for e in found.entities if e.ref.kind == "policy"]


def _the_policy(*paragraphs: str) -> tuple[str, list[str], str]:
    """The one policy document found: its label, the texts of its mentions and its IRI."""
    _, found = documents(article(*paragraphs))
    (policy,) = [e for e in found.entities if e.ref.kind == "policy"]
    return policy.label, [m.span.text for m in found.mentions if m.entity == policy.ref], str(policy.ref)


def _named(*paragraphs: str) -> list[tuple[str, str]]:
    _, found = documents(article(*paragraphs))
    return [(m.span.text, str(m.entity)) for m in found.mentions]


def test_curated_aliases_meet_on_one_iri() -> None:
    named = _named("The MacAlister review and the IRCSC both said so, as did the care review.")
    assert {ref for _, ref in named} == {"policy/independent-review-of-childrens-social-care"}
    assert len(named) == 3


def test_short_bill_title_is_the_same_bill_as_the_full_title() -> None:
    named = _named("The Children’s Wellbeing Bill was renamed the Children's Wellbeing and Schools Bill.")
    assert [ref for _, ref in named] == ["statute/childrens-wellbeing-and-schools-bill"] * 2


def test_the_bill_resolves_to_the_nearest_preceding_bill() -> None:
    named = _named("Ministers published the Crime and Policing Bill. Then came the Children’s Wellbeing Bill. "
                   "The Bill will create regional care co-operatives.")
    assert ("The Bill", "statute/childrens-wellbeing-and-schools-bill") in named
    assert ("Crime and Policing Bill", "statute/crime-and-policing-bill") in named


def test_the_bill_with_no_bill_named_before_is_left_alone() -> None:
    assert _named("The Bill was long. The Children’s Wellbeing Bill came later.") == [
        ("Children’s Wellbeing Bill", "statute/childrens-wellbeing-and-schools-bill")]


def test_acts_not_in_reference_data_become_entities() -> None:
    sentences, found = documents(article("Under the Gambling Harms Act 2031, councils must act."))
    assert [(e.ref.slug, e.types) for e in found.entities] == [("gambling-harms-act-2031", ("Statute", "Act"))]
    assert found.mentions[0].span.text == "Gambling Harms Act 2031"


def test_curated_act_is_not_duplicated_by_the_act_shape() -> None:
    named = _named("Section 17 of the Children Act 1989 applies.")
    assert named == [("Children Act 1989", "statute/children-act-1989")]


def test_a_possessive_before_act_misspells_the_curated_acts_title() -> None:
    assert _named("Section 17 of the Children’s Act 1989 applies.") == [
        ("Children’s Act 1989", "statute/children-act-1989")]
    # Near miss: an Act whose title holds a possessive elsewhere stays its own.
    assert _named("The Carers’ Rights Act 2031 applies.")[0][1] == "statute/carers-rights-act-2031"


def test_titled_policy_paper_before_its_cue() -> None:
    _, found = documents(article("The DfE set out its Brighter Futures For All policy paper on Tuesday."))
    assert [(e.ref.slug, e.types) for e in found.entities] == [("brighter-futures-for-all",
                                                                ("PolicyDocument", "PolicyPaper"))]


def test_titled_strategy_in_apposition_after_its_cue() -> None:
    _, found = documents(article("In its strategy, Safe At Home, Loved At School, the department said more."))
    assert [e.label for e in found.entities] == ["Safe At Home, Loved At School"]


def test_the_strategy_looks_forward_when_nothing_precedes() -> None:
    named = _named("The government’s strategy fails children. The strategy, called Stable Homes, Built on Love, "
                   "was published today.")
    assert {ref for _, ref in named} == {"policy/stable-homes-built-on-love"}
    assert len(named) == 3


def test_the_review_does_not_look_forward() -> None:
    assert _named("The review was damning. Later the care review reported.") == [
        ("the care review", "policy/independent-review-of-childrens-social-care")]


def test_the_reviews_final_report_resolves_to_the_review() -> None:
    named = _named("The IRCSC reported in May.", "The review’s final report called for a reset.")
    assert named[-1] == ("The review’s final report", "policy/independent-review-of-childrens-social-care")


def test_measures_and_programmes_by_alias() -> None:
    named = _named("RCCs and regional hubs are tested in the families first for children pathfinder.")
    assert [ref for _, ref in named] == ["measure/regional-care-cooperatives",
                                         "measure/regional-fostering-recruitment-hubs",
                                         "programme/families-first-for-children-pathfinder"]


def test_organisation_names_are_not_document_titles() -> None:
    # the body's name is no title: the words it stands on are its own untitled report, not "<title> report"
    _, found = documents(article("The Local Government Association report found a gap."))
    (report,) = found.entities
    assert report.label == "Local Government Association report"
    assert [m.span.text for m in found.mentions] == ["report"]
    assert report.ref.slug != "local-government-association-report"


def test_a_resolved_reference_carries_the_chain_beyond_the_window() -> None:
    filler = ["Councils reacted.", "Charities reacted.", "Unions reacted.", "Providers reacted.", "Peers reacted."]
    named = _named("The care review reported in 2022.", *filler, "The review called for family help.", *filler,
                   "The review’s proposal for kinship care leave was welcomed.")
    review = "policy/independent-review-of-childrens-social-care"
    assert [ref for _, ref in named if ref.startswith("policy/")] == [review] * 3


def test_paraphrased_measures_are_found_by_signature_not_by_a_copied_alias() -> None:
    named = _named("Limiting what providers may take in profit and a unique number for each pupil were debated.")
    assert [ref for _, ref in named] == ["measure/profit-cap", "measure/unique-child-identifier"]


def test_a_pilot_is_the_programme_not_the_measure_it_tests() -> None:
    assert _named("The kinship allowance trial began.") == [("kinship allowance trial",
                                                             "programme/kinship-allowance-pilot")]


# --- documents, programmes and funds that reference data does not know (issue 14) -------------------------------

def _discovered(*paragraphs: str) -> list[tuple[str, str, tuple[str, ...], str | None]]:
    _, found = documents(article(*paragraphs))
    return [(str(e.ref), e.label, e.types, e.date) for e in found.entities if not e.reference]


def test_a_capitalised_programme_fund_and_pilot_are_discovered_and_typed() -> None:
    found = _discovered("Councils joined the Brighter Futures Partnership Programme and bid for the Foster Home "
                        "Repairs Fund, while ten areas run the Weekend Respite Pilot.")
    assert [(ref, types) for ref, _, types, _ in found] == [
        ("programme/brighter-futures-partnership-programme", ("Programme",)),
        ("programme/foster-home-repairs-fund", ("Fund",)),
        ("programme/weekend-respite-pilot", ("Pilot",))]


def test_a_titled_programme_before_a_lower_case_kind_word() -> None:
    assert [ref for ref, *_ in _discovered("The Safe Harbour Homes pilot opens next month.")] == [
        "programme/safe-harbour-homes-pilot"]


def test_a_review_named_for_its_chair_is_one_entity_across_wordings() -> None:
    first = _discovered("Sir Alan Peel's review into secure children's homes reported in March.")
    second = _discovered("The Peel review was welcomed by directors.")
    assert [ref for ref, *_ in first] == [ref for ref, *_ in second] == ["policy/peel-review"]
    assert first[0][1] == "Sir Alan Peel's review into secure children's homes"
    assert first[0][2] == ("PolicyDocument", "Review")


def test_a_report_by_a_known_body_is_named_for_the_body_and_its_topic() -> None:
    (found,) = _discovered("A Home Office report on grooming gangs was published in June.")
    assert found[0] == "policy/home-office-report-on-grooming-gangs"
    assert found[2] == ("PolicyDocument", "Report")


def test_an_act_is_dated_by_its_year_and_a_strategy_by_the_year_before_it() -> None:
    found = _discovered("Under the Family Courts Act 2031 and the 2030 Secure Futures Strategy, councils must act.")
    assert [(ref, date) for ref, _, _, date in found] == [
        ("statute/family-courts-act-2031", "2031"), ("policy/secure-futures-strategy", "2030")]


def test_a_curated_name_found_by_shape_is_the_curated_entity() -> None:
    _, found = documents(article("The Children Act 1989 is amended."))
    assert [(str(e.ref), e.reference) for e in found.entities] == [("statute/children-act-1989", True)]


def test_a_body_is_not_a_document_title() -> None:
    assert _discovered("The Fostering Network Association report was cited.") == []


def test_a_known_bodys_review_is_the_bodys_document_not_a_title() -> None:
    assert [ref for ref, *_ in _discovered("The County Councils Network review was cited.")] == [
        "policy/county-councils-network-review"]


def test_a_describing_word_before_review_is_not_a_chair() -> None:
    assert _discovered("The Independent review and the Judicial review were both cited.") == []


def test_a_report_by_a_body_with_its_topic_after_the_body() -> None:
    (found,) = _discovered("A report by the Home Office into grooming gangs was published in June.")
    assert found[:3] == ("policy/home-office-report-on-grooming-gangs", "Home Office report on grooming gangs",
                         ("PolicyDocument", "Report"))


def test_an_audit_named_for_its_author() -> None:
    (found,) = _discovered("Dame Ann Roe's audit of foster care placements was published in May.")
    assert found[0] == "policy/roe-audit"


def test_a_manifesto_is_a_document_named_by_party_or_year() -> None:
    from tests.extract.actor_helpers import extract
    x = extract("The government committed to a review in its 2019 manifesto.",
                "The Conservative manifesto promised a review of care.")
    labels = {e.label for e in x.entities if e.ref.kind == "policy"}
    assert {"2019 manifesto", "Conservative manifesto"} <= labels


def test_a_manifesto_after_an_indefinite_article_is_named_by_its_year() -> None:
    from tests.extract.actor_helpers import extract
    x = extract("Taking up a 2017 manifesto pledge, ministers extended Staying Put.")
    assert "2017 manifesto" in {e.label for e in x.entities if e.ref.kind == "policy"}
    near_miss = extract("The charity published a manifesto for foster carers in 2017.")
    assert not any("manifesto" in e.label for e in near_miss.entities if e.ref.kind == "policy")


def test_a_titled_settlement_is_a_document() -> None:
    from tests.extract.actor_helpers import extract
    x = extract("Extra money for early help will be set out in the Local Government Finance Settlement next month.")
    assert "Local Government Finance Settlement" in {e.label for e in x.entities if e.ref.kind == "policy"}
    near_miss = extract("Council leaders asked ministers for a fairer settlement for rural areas.")
    assert not any("ettlement" in e.label for e in near_miss.entities if e.ref.kind == "policy")


def test_a_named_scheme_and_a_budget_are_documents() -> None:
    from tests.extract.actor_helpers import extract
    x = extract("The Homes for Ukraine scheme showed what is possible, and the pilot was announced in the Autumn 2024 "
                "Budget.")
    labels = {e.label for e in x.entities if e.ref.kind in ("policy", "programme")}
    assert {"Homes for Ukraine scheme", "Autumn 2024 Budget"} <= labels


def test_the_pilot_resolves_to_the_pilot_named_before() -> None:
    named = _named("Councils may bid for the Family Mentor pilot. The pilot opens in March, and the pilot areas "
                   "will be chosen in May.")
    assert [(text, ref) for text, ref in named if ref.startswith("programme/")] == [
        ("Family Mentor pilot", "programme/family-mentor-pilot"), ("The pilot", "programme/family-mentor-pilot")]


def test_a_capitalised_manifesto_is_the_partys_manifesto() -> None:
    from tests.extract.actor_helpers import extract
    x = extract("Back in 2017 the Labour Manifesto promised more foster carers.")
    assert "Labour manifesto" in {e.label for e in x.entities if e.ref.kind == "policy"}


def test_a_gerund_opening_a_list_item_is_not_part_of_the_title() -> None:
    named = _named("Plans include:", "• Renaming the Kin Support Fund to the Family Network Fund")
    assert ("Kin Support Fund", "programme/kin-support-fund") in named
    assert not any(text.startswith("Renaming") for text, _ in named)


def test_a_step_taken_on_a_document_is_not_part_of_its_title() -> None:
    named = _named("Endorsement of the Moorside Youth Justice Strategy was moved by the chair.")
    assert [text for text, _ in named] == ["Moorside Youth Justice Strategy"]
    # without "the" the words may be a title: an old statute keeps its first word
    statute = _named("The Adoption of Children Act 1926 was repealed long ago.")
    assert statute == [("Adoption of Children Act 1926", "statute/adoption-of-children-act-1926")]


def test_years_right_after_a_capitalised_kind_are_part_of_the_name() -> None:
    _, found = documents(article("Members approved the Placement Sufficiency Strategy 2025-2028 on Monday.",
                                 "Ahead of Funding Review 2026, the board noted its Partnership Annual Report 2024/25."))
    dated = {e.label: e.date for e in found.entities if e.ref.kind == "policy"}
    assert dated == {"Placement Sufficiency Strategy 2025-2028": "2025", "Funding Review 2026": "2026",
                     "Partnership Annual Report 2024/25": "2024"}


def test_a_name_without_its_years_is_the_edition_named_with_them() -> None:
    one = _named("The Placement Sufficiency Strategy 2025-2028 was approved.",
                 "The Placement Sufficiency Strategy sets out the council's duties.")
    (ref,) = {ref for _, ref in one}  # a council's own strategy: keyed to its article
    assert ref.startswith("policy/placement-sufficiency-strategy-2025-2028-")
    # two editions named: the name without years is neither
    two = _named("The Partnership Annual Report 2023/24 and Partnership Annual Report 2024/25 were noted.",
                 "The Partnership Annual Report is published each autumn.")
    assert len({ref for _, ref in two}) == 3


def test_a_list_of_years_or_a_curated_name_keeps_the_years_out() -> None:
    assert _policy_labels("The Early Help Strategy 2024, 2025 and 2026 editions differ.") == ["Early Help Strategy"]
    # the curated strategy is named; the year after it is no document of its own
    assert [text for text, _ in _named("The Kinship Care Strategy 2023 was welcomed.")] == ["Kinship Care Strategy"]


def test_a_title_that_is_only_its_kind_is_no_document() -> None:
    assert _discovered("Councils follow the Statutory Guidance on fostering.") == []


def test_the_spending_review_an_article_names_nowhere_is_the_latest_before_it() -> None:
    a = article("Councils read the Treasury’s Spending Review closely.", published="2025-07-01")
    _, found = documents(a)
    assert [(m.span.text, str(m.entity)) for m in found.mentions if m.entity.kind == "policy"] == [
        ("Spending Review", "policy/spending-review-2025")]
    assert "policy/spending-review-2025" in {str(e.ref) for e in found.entities}


def test_the_spending_review_with_none_just_before_is_the_one_set_a_season_ahead() -> None:
    _, found = documents(article("Councils need funding in the Spending Review.", published="2025-04-17"))
    assert [str(m.entity) for m in found.mentions] == ["policy/spending-review-2025"]


def test_the_spending_review_of_an_article_long_before_the_next_is_one_of_its_own() -> None:
    # not the curated 2025 one: which review the article means, the text does not say
    _, found = documents(article("Councils need funding in the Spending Review.", published="2024-12-01"))
    assert [(m.span.text, e.label) for e in found.entities for m in found.mentions if m.entity == e.ref] == [
        ("the Spending Review", "Spending Review")]
    assert found.entities[0].ref.slug != "spending-review-2025"


def test_a_spending_review_dated_against_the_article_is_that_years() -> None:
    _, found = documents(article("Councils are waiting for next year’s spending review.", published="2029-03-02"))
    assert [(e.label, e.date, e.types) for e in found.entities] == [
        ("Spending Review 2030", "2030", ("PolicyDocument", "SpendingReview"))]
    # the curated one of that name where reference data has it (dated there)
    _, found = documents(article("Councils are waiting for next year’s spending review.", published="2019-03-02"))
    assert [(e.label, e.reference) for e in found.entities] == [("Spending Review 2020", True)]
    # near miss: with no date to count from, it is the article's own unnamed one
    undated = Article(title="t", paragraphs=("Councils are waiting for next year’s spending review.",), source="x")
    assert [e.label for e in documents(undated)[1].entities] == ["Spending Review"]


def test_a_spending_review_with_an_indefinite_article_is_none() -> None:
    assert documents(article("Councils hope a spending review will come soon.", published="2019-03-02"))[1].mentions == ()


def test_its_spending_review_after_a_named_one_is_that_one() -> None:
    _, found = documents(article("The letter went ahead of Spending Review 2031, to inform its Spending Review bid.",
                                 published="2031-03-02"))
    assert {(e.label, e.types) for e in found.entities} == {("Spending Review 2031", ("PolicyDocument", "SpendingReview"))}
    assert len(found.mentions) == 2


def test_the_budget_of_an_undated_or_much_later_article_is_left_alone() -> None:
    undated = Article(title="t", paragraphs=("Councils read the Budget closely.",), source="x")
    for a in (undated, article("Councils read the Budget closely.", published="2029-01-01")):
        _, found = documents(a)
        assert [m for m in found.mentions if m.entity.kind == "policy"] == []


def test_a_consultation_and_a_petition_named_by_what_they_are_about() -> None:
    found = _discovered("A petition calling for free bus travel for care leavers was debated in June.",
                        "The consultation on the draft adoption standards closes in May.")
    assert [(ref, label, types) for ref, label, types, _ in found] == [
        ("policy/petition-calling-for-free-bus-travel-for-care-leavers",
         "petition calling for free bus travel for care leavers", ("PolicyDocument",)),
        ("policy/consultation-on-the-draft-adoption-standards", "consultation on the draft adoption standards",
         ("PolicyDocument", "Consultation"))]


def test_a_title_that_starts_with_its_kind_and_a_call_for_evidence() -> None:
    labels = {label for _, label, _, _ in _discovered("The funds are part of the Plan for Fairer Care.",
                                                       "The panel's Call for Evidence drew 300 replies.")}
    assert labels == {"Plan for Fairer Care", "Call for Evidence"}


def test_a_report_named_for_a_curated_reviews_chair_is_that_review() -> None:
    named = _named("Josh MacAlister’s report on children’s social care was published in May.")
    assert [ref for _, ref in named] == ["policy/independent-review-of-childrens-social-care"]


def test_a_bodys_possessive_before_review_is_no_surname() -> None:
    assert _discovered("The Northby Safeguarding Panel’s review into the death of a baby is due.") == []


def test_a_speaker_after_a_report_in_apposition_is_no_title() -> None:
    assert _discovered("After the report, NAFP UK Director Jo Bell said more was needed.") == []


def test_a_title_in_lower_case_inside_a_quote_is_the_speakers_phrase() -> None:
    assert _named("She said it made “a compelling case for change” in care.") == []
    assert _named("She praised the care review.")[0][1] == "policy/independent-review-of-childrens-social-care"


def test_an_act_of_a_devolved_nation_keeps_its_bracketed_nation() -> None:
    (found,) = _discovered("Scotland acted first, in the Kin Carers (Scotland) Act 2031.")
    assert found[:2] == ("statute/kin-carers-scotland-act-2031", "Kin Carers (Scotland) Act 2031")


def test_a_small_word_after_a_comma_starts_a_new_phrase_not_a_title() -> None:
    labels = {label for _, label, _, _ in _discovered("Records stayed within the Service, the Northby Audit found.")}
    assert labels == {"Northby Audit"}


def test_a_second_kind_word_after_a_name_is_part_of_it() -> None:
    found = _discovered("The Northby Audit review was critical.", "The Northby Audit Review recommended changes.")
    assert {ref for ref, _, _, _ in found} == {"policy/northby-audit-review"}


def test_an_act_named_without_its_year_is_the_one_curated_act_of_that_name() -> None:
    named = _named("Councils rely on the Children Act and the Human Rights Act, and on the Equality Act 2010.")
    assert named == [("Human Rights Act", "statute/human-rights-act-1998"),
                     ("Equality Act 2010", "statute/equality-act-2010")]


def test_a_bodys_own_document_that_reference_data_names_is_that_document() -> None:
    named = _named("In March the Competition and Markets Authority set out the findings of its market study.")
    assert ("market study", "policy/cma-childrens-social-care-market-study") in named
    assert [ref for _, ref in _named("The CMA's annual report was short.") if ref.startswith("policy/")] == [
        "policy/competition-and-markets-authority-annual-report"]  # its own report, not the curated study


def test_a_review_named_by_whose_deaths_it_examined_is_the_curated_review() -> None:
    named = _named("A national review into the tragic deaths of Arthur Labinjo-Hughes and Star Hobson reported.")
    assert named == [("review", "policy/national-review-arthur-labinjo-hughes-and-star-hobson")]
    assert _named("A review into the deaths of Jo Roe and Sam Poe reported.") == []


def test_the_report_after_a_review_is_that_review() -> None:
    named = _named("The care review published its findings in May.", "The report also found staff shortages.")
    assert ("The report", "policy/independent-review-of-childrens-social-care") in named
    assert _named("The report by the council also found staff shortages.") == []


def test_a_programme_named_in_apposition_to_its_kind() -> None:
    found = _discovered("Money went to Kin Circles, a mentoring scheme run by carers.")
    assert [(ref, label, types) for ref, label, types, _ in found] == [
        ("programme/kin-circles", "Kin Circles", ("Programme",))]
    assert _discovered("In Northby, a pilot began.", "Across Eastby, the scheme failed.",
                       "Jo Bell, a programme director, spoke.") == []


def test_one_name_word_before_a_capitalised_kind_is_a_programme_or_document() -> None:
    named = _named("Councils will bid for the Resilience Fund. Pilots run under the DfE’s Kinmoor Programme.")
    assert ("Resilience Fund", "programme/resilience-fund") in named
    assert ("Kinmoor Programme", "programme/kinmoor-programme") in named


def test_one_descriptive_word_before_a_capitalised_kind_names_nothing() -> None:
    named = _named("Ministers opened the National Programme and the New Fund. Resilience Fund bids closed.")
    assert named == []


def test_the_governments_response_to_a_curated_review_is_the_document_based_on_it() -> None:
    named = _named("Charities welcomed the government’s response to the MacAlister review on Thursday.")
    assert ("the government’s", "policy/stable-homes-built-on-love") in named


def test_the_governments_response_to_a_document_nothing_answers_is_no_document() -> None:
    named = _named("Charities awaited the government’s response to the Children’s Social Care National Framework.")
    assert [ref for _, ref in named] == ["policy/childrens-social-care-national-framework"]


def test_a_body_and_its_kind_alone_name_the_bodys_document() -> None:
    _, found = documents(article("Evidence was given to the Public Accounts Committee (PAC) Inquiry on Monday. "
                                 "The Competition and Markets Authority review was cited."))
    labels = {e.label for e in found.entities if e.ref.kind == "policy"}
    assert labels == {"Public Accounts Committee inquiry", "Competition and Markets Authority review"}


def test_a_publishers_report_is_news_not_a_document() -> None:
    _, found = documents(article("A BBC report said councils were struggling."))
    assert [e for e in found.entities if e.ref.kind == "policy"] == []


def test_a_study_a_known_body_published_is_its_document_on_the_topic() -> None:
    _, found = documents(article("The Local Government Association has published its second study on adoption "
                                 "delays, which found gaps."))
    assert [e.label for e in found.entities if e.ref.kind == "policy"] == [
        "Local Government Association study on adoption delays"]


def test_a_body_reference_data_lacks_authors_a_report_on_a_topic_ending_in_an_acronym() -> None:
    from cscgraph.extract import extract_article
    from lineage_helpers import gazetteer

    x = extract_article(article("The Northby Kinship Trust published its report on poverty across the UK, "
                                "which found gaps."), gazetteer())
    assert [e.label for e in x.entities if e.ref.kind == "policy"] == [
        "Northby Kinship Trust report on poverty across the UK"]


def test_a_title_with_a_subtitle_after_a_colon_is_one_document() -> None:
    _, found = documents(article("It will publish an updated version of the 2019 Northby Carers Support: Statutory "
                                 "Guidance for Foster Carers next year."))
    assert [(e.label, e.types, e.date) for e in found.entities] == [
        ("Northby Carers Support: Statutory Guidance for Foster Carers", ("PolicyDocument", "StatutoryGuidance"),
         "2019")]


def test_a_response_to_a_documents_consultation_is_a_document_of_its_own() -> None:
    named = _named("Ministers published their response to the ‘Stable Homes’ consultation.")
    assert named == [("response", "policy/stable-homes-built-on-love-consultation-response"),
                     ("Stable Homes", "policy/stable-homes-built-on-love")]


def test_a_programme_in_apposition_after_a_dash() -> None:
    named = _named("Councils welcomed the creation of new Northby Family Hubs — a major initiative for parents.")
    assert ("Northby Family Hubs", "programme/northby-family-hubs") in named


def test_a_known_bodys_annual_report_in_the_possessive_is_its_document() -> None:
    assert [label for _, label, *_ in _discovered("Ofsted’s annual report said waits were long.")] == [
        "Ofsted annual report"]


def test_a_year_before_a_clause_that_pledges_to_pilot_names_no_programme() -> None:
    assert _discovered("In December 2023, the Tories pledged to pilot allowances in eight areas.") == []


def test_a_document_a_known_body_makes_is_named_for_the_body_and_its_topic() -> None:
    assert [ref for ref, *_ in _discovered("The NSPCC has today published a survey of foster carers.")] == [
        "policy/nspcc-survey-on-foster-carers"]
    assert [ref for ref, *_ in _discovered("In May the Home Office (HO) launched a study of missing children.")] == [
        "policy/home-office-study-on-missing-children"]
    assert [ref for ref, *_ in _discovered("The Education Committee is finalising its inquiry into school exclusions "
                                           "after a long wait.")] == [
        "policy/education-select-committee-inquiry-on-school-exclusions"]


def test_a_time_ends_the_topic_of_a_bodys_document() -> None:
    assert [ref for ref, *_ in _discovered("The NSPCC published a survey of foster carers last week.")] == [
        "policy/nspcc-survey-on-foster-carers"]


def test_a_bodys_document_without_a_topic_is_not_discovered_by_this_rule() -> None:
    assert _discovered("The NSPCC published a survey yesterday.") == []


def test_a_title_after_a_bodys_possessive_starts_after_it() -> None:
    assert [ref for ref, *_ in _discovered("Money came from the Treasury’s Bright Horizons Fund.")] == [
        "programme/bright-horizons-fund"]


def test_an_amount_introduces_a_one_word_fund_name() -> None:
    assert [ref for ref, *_ in _discovered("A £12 million Resilience Fund was announced.")] == [
        "programme/resilience-fund"]
    assert _discovered("Lottery Fund money was spent.") == []


def test_guidance_named_by_what_it_is_on_is_a_document() -> None:
    found = _discovered("The department published statutory guidance for councils on the use of unregistered homes "
                        "which takes effect in May.")
    assert [(ref, types) for ref, _, types, _ in found] == [
        ("policy/statutory-guidance-for-councils-on-the-use-of-unregistered-homes",
         ("PolicyDocument", "StatutoryGuidance"))]
    assert _discovered("Carers can seek guidance on how to apply for leave.") == []
    assert _discovered("They asked for guidance on leave.") == []


def test_guidance_named_by_what_it_is_to_do_is_a_document() -> None:
    assert [label for _, label, _, _ in _discovered("Councils welcomed new guidance to strengthen respite for young "
                                                    "carers, which the minister backed.")] == [
        "new guidance to strengthen respite for young carers"]
    assert [label for _, label, _, _ in _discovered("Draft guidance to reduce delays in adoption", "It was read.")] == [
        "Draft guidance to reduce delays in adoption"]


def test_guidance_to_whom_it_is_for_or_to_be_done_names_no_document() -> None:
    assert _discovered("The DfE issued new guidance to councils. New guidance to be published soon was awaited.") == []


def test_a_date_after_a_document_kind_is_no_title() -> None:
    found = _discovered("It followed the final report Northby Review of Adoption in May 2022.")
    assert found and not any("May" in label for _, label, _, _ in found)


def test_a_fiscal_statement_is_a_budget_document_dated_by_the_text_or_the_article() -> None:
    _, found = documents(article("Councils urged the Chancellor to act in his Autumn Statement.", published="2023-11-20"))
    assert [(str(e.ref), e.types) for e in found.entities] == [
        ("policy/autumn-statement-2023", ("PolicyDocument", "Budget"))]
    _, found = documents(article("The Spring Statement 2025 set out cuts.", published="2026-01-01"))
    assert [str(e.ref) for e in found.entities] == ["policy/spring-statement-2025"]
    _, found = documents(article("The 2022 Autumn Statement kept budgets flat.", published="2023-01-01"))
    assert [str(e.ref) for e in found.entities] == ["policy/autumn-statement-2022"]
    _, found = documents(article("He made a statement in the autumn.", published="2023-11-20"))
    assert list(found.entities) == []


def test_the_chancellors_budget_is_the_latest_budget() -> None:
    _, found = documents(article("We hope that the Chancellor’s budget marks a new phase.", published="2024-11-20"))
    assert [str(m.entity) for m in found.mentions] == ["policy/autumn-budget-2024"]


def test_a_programme_named_as_what_something_builds_on_is_discovered() -> None:
    assert [(ref, types) for ref, _, types, _ in _discovered(
        "Building on the proven success of the Bright Start Play Centres, the hubs open in May.")] == [
        ("programme/bright-start-play-centres", ("Programme",))]
    assert _discovered("Building on the success of the week, staff met again.") == []


def test_the_governments_report_before_its_title_is_no_government_report() -> None:
    a = article("Last spring the Government’s report: Safe at Home, Loved for Life set out its plans.")
    sentences = split_sentences(a.body)
    matches = gazetteer().find(a.body)
    actors = find_actors(a, sentences, matches, gazetteer())
    found = find_documents(a, sentences, matches, gazetteer(), actors)
    # the title after the colon names it; the government names none
    assert [e.label for e in found.entities if "Report" in e.types] == ["Safe at Home, Loved for Life"]


def test_a_capitalised_word_then_small_words_before_the_bill_is_no_title() -> None:
    named = _named("The Northby Care Bill was published in May. Ahead of the Bill a briefing went to MPs.")
    assert [text for text, _ in named if "Ahead" in text] == []
    assert ("Northby Care Bill", "statute/northby-care-bill") in named


def test_a_curated_title_with_a_colon_for_its_comma_is_that_title() -> None:
    named = _named("Most of it was first promised in ‘Keeping Children Safe: Helping Families Thrive’ last year.")
    assert [ref for _, ref in named] == ["policy/keeping-children-safe-helping-families-thrive"]


def test_a_short_curated_title_in_lower_case_is_ordinary_words() -> None:
    named = _named("The fund will help care leavers find stable homes near their friends.")
    assert named == []
    assert _named("Stable Homes set out the plan.") == [("Stable Homes", "policy/stable-homes-built-on-love")]


def test_a_bodys_own_report_is_its_one_curated_document_by_author_and_year() -> None:
    named = _named("A 2022 report by the Competition and Markets Authority found high margins in the sector.")
    assert ("report", "policy/cma-childrens-social-care-market-study") in named
    assert ("report", "policy/national-review-arthur-labinjo-hughes-and-star-hobson") in _named(
        "The Child Safeguarding Practice Review Panel published its report last spring.")


def test_a_bodys_report_of_another_year_or_kind_is_not_its_curated_document() -> None:
    assert not any(ref == "policy/cma-childrens-social-care-market-study" for _, ref in _named(
        "A 2019 report by the Competition and Markets Authority looked at funeral prices."))
    assert not any(ref == "policy/national-review-arthur-labinjo-hughes-and-star-hobson" for _, ref in _named(
        "The Child Safeguarding Practice Review Panel published its annual report last spring."))


def test_a_describing_word_and_a_kind_cut_off_before_its_topic_name_no_document() -> None:
    named = _named("The charity said the Independent Review into adoption support had been ignored.")
    assert [text for text, _ in named if text.startswith("Independent")] == []


def test_the_families_first_pathfinder_by_its_acronym_is_the_curated_programme() -> None:
    named = _named("Councils say the FFC pathfinders showed what early help can do.")
    assert ("FFC", "programme/families-first-for-children-pathfinder") in named


def test_a_possessive_determiner_or_a_weekday_opening_a_title_is_not_part_of_it() -> None:
    named = _named("Our Northby Early Years Strategy sets out the plan. At Thursday’s Budget the plan was funded.")
    assert ("Northby Early Years Strategy", "policy/northby-early-years-strategy") in named
    assert not any(text.startswith(("Our", "Thursday")) for text, _ in named)


def test_a_bodys_report_into_the_topic_of_its_curated_document_is_that_document() -> None:
    named = _named("Ministers answered the Competition and Markets Authority (CMA) review into children’s social care "
                   "placements and the Child Safeguarding Practice Review Panel report into the murders of Arthur "
                   "Labinjo-Hughes and Star Hobson.")
    refs = {ref for _, ref in named}
    assert {"policy/cma-childrens-social-care-market-study",
            "policy/national-review-arthur-labinjo-hughes-and-star-hobson"} <= refs
    assert not any("competition-and-markets-authority-review" in ref for ref in refs)


def test_a_bodys_report_on_another_topic_is_its_own_document() -> None:
    named = _named("A Competition and Markets Authority report on funeral prices was published.")
    assert "policy/cma-childrens-social-care-market-study" not in {ref for _, ref in named}


def test_a_bodys_untitled_report_is_a_document_of_the_article() -> None:
    label, mentions, ref = _the_policy("The Ofsted report was published in June, weeks after the visit to Northby.",
                                       "The report praised the council's fostering service.")
    assert (label, mentions) == ("Ofsted report", ["report", "The report"])
    assert _the_policy("The Ofsted report was critical of the council's leadership.")[2] != ref


def test_a_bodys_report_after_a_possessive_keeps_its_description() -> None:
    assert _policy_labels("Ofsted’s third annual fostering report shows a fall in carers.") == [
        "Ofsted annual fostering report"]


def test_a_body_doing_something_to_a_report_names_no_report_of_its_own() -> None:
    assert _policy_labels("Ofsted criticised the report. Ofsted published a report in May. "
                          "Ofsted report findings were shared.") == []


def test_a_councils_improvement_plan_is_one_document_of_the_article() -> None:
    _, found = documents(article("Inspectors asked the council to write an improvement plan within 70 days.",
                                 "The revised improvement plan was approved by cabinet in March."))
    plans = {str(m.entity) for m in found.mentions if m.span.text == "improvement plan"}
    assert len(plans) == 1 and [e.label for e in found.entities] == ["improvement plan"]


def test_a_plan_named_only_as_a_plan_or_in_the_plural_is_no_document() -> None:
    assert _policy_labels("The plan is to open two homes. Councils publish action plans every year.") == []


def test_a_titled_improvement_plan_drops_its_editions_state() -> None:
    assert _policy_labels("Members read the Updated Westshire Children's Services Improvement Plan.") == [
        "Westshire Children's Services Improvement Plan"]


def test_a_paper_to_a_councils_cabinet_is_a_document_the_report_then_names() -> None:
    label, mentions, _ = _the_policy("Fostering numbers rose, says a report to the council’s next cabinet meeting.",
                                     "The report to cabinet on 3 June says more carers are needed.")
    assert (label, mentions) == ("report to cabinet meeting", ["report", "The report"])


def test_a_paper_presented_to_a_committee_is_a_council_paper() -> None:
    label, mentions, _ = _the_policy("A report presented to the fostering committee states that carers are leaving.",
                                     "The report adds that fees have not risen since 2019.")
    assert (label, mentions) == ("report to fostering committee", ["report", "The report"])


def test_an_amounts_unit_a_departments_budget_or_an_authors_name_after_a_is_no_title() -> None:
    assert _policy_labels("Family Hubs to Open in Every Council Under £500 Million Plan") == []
    assert _policy_labels("Most councils expect to overspend their Children’s Services budget this year.") == []
    assert _policy_labels("A Harbour Analytics briefing.", "This briefing sets out the findings.") == []
    assert _policy_labels("The council adopted the Northby Sufficiency Strategy in May.") == [
        "Northby Sufficiency Strategy"]


def test_a_paper_due_to_go_before_a_committee_is_a_council_paper() -> None:
    label, mentions, _ = _the_policy("A report due to go before the council’s fostering committee next week says carers "
                                     "are leaving.")
    assert (label, mentions) == ("report to fostering committee", ["report"])


def test_a_paper_detailing_a_topic_is_named_for_it() -> None:
    assert _policy_labels("Members will receive a report detailing the council’s spending on placements for "
                          "2024/25 when they meet.") == ["report on council’s spending on placements for 2024/25"]


def test_a_report_to_camera_or_the_report_alone_is_no_council_paper() -> None:
    assert _policy_labels("She gave a report to camera. The report to cabinet was late.") == []


def test_an_authorless_report_is_the_report_of_the_body_credited_with_its_findings() -> None:
    label, mentions, _ = _the_policy("A new report warns that councils face a cliff edge on special needs budgets.",
                                     "Research by the County Councils Network finds deficits rising fast.")
    assert (label, mentions) == ("County Councils Network report", ["report"])


def test_the_report_with_nothing_named_before_is_the_report_of_the_body_credited() -> None:
    label, mentions, _ = _the_policy("Most councils overspent, according to the National Audit Office.",
                                     "The report said spending varied widely.")
    assert (label, mentions) == ("National Audit Office report", ["The report"])


def test_an_authorless_report_with_no_body_credited_is_no_document() -> None:
    assert _policy_labels("A new report warns that councils face a cliff edge. The report said more.") == []


def test_a_programme_named_by_one_word_before_its_kind() -> None:
    _, found = documents(article("Westshire joined the Kestrel programme in May. The Northby Trust's ‘Kestrel’ "
                                 "programme now runs in ten areas."))
    assert {(m.span.text.replace("’", ""), str(m.entity)) for m in found.mentions
            if m.entity.kind == "programme"} == {("Kestrel programme", "programme/kestrel-programme")}


def test_a_curated_programme_name_written_in_lower_case_as_a_verb_phrase_is_no_mention() -> None:
    assert _named("The grant shows its commitment to supporting families in crisis.") == []
    assert [ref for _, ref in _named("Councils pooled supporting families grant funding.")] == [
        "programme/supporting-families"]


def test_a_programme_named_by_the_opening_words_of_a_longer_name_is_that_programme() -> None:
    _, found = documents(article("Councils will open new Bright Steps Family Centres — a major initiative for "
                                 "parents. The Bright Steps initiative complements the Bright Steps Fund."))
    assert {(m.span.text, str(m.entity)) for m in found.mentions if m.entity.kind == "programme"} == {
        ("Bright Steps Family Centres", "programme/bright-steps-family-centres"),
        ("Bright Steps initiative", "programme/bright-steps-family-centres"),
        ("Bright Steps Fund", "programme/bright-steps-fund")}


def test_a_programme_named_by_the_opening_words_of_a_curated_name_is_that_programme() -> None:
    _, found = documents(article("Northby will open three Best Start Family Hubs next year. The Best Start initiative "
                                 "replaces the old children's centres."))
    assert {(m.span.text, str(m.entity)) for m in found.mentions if m.entity.kind == "programme"} == {
        ("Best Start Family Hubs", "programme/best-start-family-hubs"),
        ("Best Start initiative", "programme/best-start-family-hubs")}


def test_a_programme_named_by_its_acronym_before_its_kind() -> None:
    _, found = documents(article("Councillors heard that the KRS pilot would run for a second year."))
    assert [(e.label, e.types) for e in found.entities if e.ref.kind == "programme"] == [("KRS pilot", ("Pilot",))]


def test_a_bodys_acronym_before_a_programme_kind_names_no_programme() -> None:
    _, found = documents(article("The NSPCC pilot and the UK scheme both ended."))
    assert [e for e in found.entities if e.ref.kind == "programme"] == []


def test_a_programme_of_several_sites_is_named_in_the_plural() -> None:
    _, found = documents(article("The Northby and Westshire Early Help Pathfinders were funded by the Treasury. "
                                 "The Pathfinders met monthly."))
    assert [(e.label, e.types) for e in found.entities if e.ref.kind == "programme"] == [
        ("Northby and Westshire Early Help Pathfinders", ("Programme",))]


def test_the_pathfinders_capitalised_after_their_name_are_that_programme() -> None:
    _, found = documents(article("The Northby Early Help Pathfinders were funded in May. The Pathfinders aimed to "
                                 "reach 500 families, and the Pathfinder sites met monthly."))
    assert [m.span.text for m in found.mentions if m.entity.kind == "programme"] == [
        "Northby Early Help Pathfinders", "The Pathfinders"]


def test_a_plural_document_kind_names_no_document() -> None:
    assert _policy_labels("The Spending Reviews of 2031 and 2033 fell short, as did the Annual Reports.") == []


def test_programmes_listed_as_examples_of_their_kind() -> None:
    _, found = documents(article("It draws on other programmes such as Kestrel homes and Safe at home, Bright steps "
                                 "and Northby cares, building on their work."))
    assert [(m.span.text, e.label) for e in found.entities for m in found.mentions if m.entity == e.ref] == [
        ("Kestrel homes and Safe at home", "Kestrel homes and Safe at home programme"),
        ("Bright steps", "Bright steps programme"), ("Northby cares", "Northby cares programme")]


def test_a_programme_named_by_what_it_offers_and_to_whom() -> None:
    _, found = documents(article("Ministers backed a £4 million national programme of respite and mentoring for young "
                                 "carers in May."))
    assert [(e.label, e.ref.kind, [m.span.text for m in found.mentions if m.entity == e.ref]) for e in found.entities] \
        == [("national programme of respite and mentoring for young carers", "programme", ["programme"])]


def test_a_programme_of_work_or_cuts_names_no_programme() -> None:
    _, found = documents(article("It set out a programme of work for the year and a programme of cuts for councils."))
    assert [e for e in found.entities if e.ref.kind == "programme"] == []


def test_a_list_of_places_or_of_lower_case_words_names_no_programme() -> None:
    _, found = documents(article("We fund programmes such as those in Northby. Pilots including Northby and "
                                 "Westshire ran. It backs schemes including respite and mentoring."))
    assert [e for e in found.entities if e.ref.kind == "programme"] == []


def test_one_descriptive_national_or_kind_word_names_no_programme() -> None:
    _, found = documents(article("The National programme, the Welsh scheme and the Pathfinder programme grew. "
                                 "Kestrel programme funding rose."))
    assert [e for e in found.entities if e.ref.kind == "programme"] == []


def test_a_name_never_runs_over_a_paragraph_break() -> None:
    assert _policy_labels("‘Family Time Offer’", "The Guidance sets out a framework for contact.") == []
    assert _policy_labels("The NSPCC’s report on sibling contact", "According to a study carried out by the NSPCC, "
                          "siblings are often split.") == ["NSPCC report on sibling contact", "NSPCC study"]


def test_regulations_by_title_and_year_are_statutes() -> None:
    _, found = documents(article("Under the Kinship Placements (England) Regulations 2031, and the Respite, Review "
                                 "and Contact (England) Regulations 2032, councils must act."))
    assert [(e.label, e.types) for e in found.entities] == [
        ("Kinship Placements (England) Regulations 2031", ("Statute",)),
        ("Respite, Review and Contact (England) Regulations 2032", ("Statute",))]


def test_a_named_grant_is_a_fund() -> None:
    _, found = documents(article("Councils will share the new Kinship Respite Grant, worth £12m, and a £2m grant."))
    assert [(e.label, e.types) for e in found.entities] == [("Kinship Respite Grant", ("Fund",))]


def test_a_panel_named_for_its_review_into_deaths_is_the_curated_review() -> None:
    named = _named("Ministers answered the Child Safeguarding Practice Review Panel into the shocking murders of "
                   "Arthur Labinjo-Hughes and Star Hobson in 2023.")
    assert [ref for _, ref in named if ref.startswith("policy/")] == [
        "policy/national-review-arthur-labinjo-hughes-and-star-hobson"]
    assert _named("The review panel into the deaths of Jo Roe and Sam Poe met.") == []


def test_a_document_introduced_by_its_before_the_body_is_the_bodys() -> None:
    assert _policy_labels("In their annual report for 2031-32, Ofsted said that waits grew.") == [
        "Ofsted annual report 2031-32"]
    label, mentions, _ = _the_policy("In its latest review, the Local Government Association warned of a gap.")
    assert (label, mentions) == ("Local Government Association review", ["review"])
    assert _policy_labels("In its view, Ofsted said no. In a report, the council said yes.") == []


def test_a_title_in_sentence_case_after_what_publishes_it_or_in_apposition_to_its_kind() -> None:
    assert _policy_labels("The charity recently published new research Keeping kin close in hard times which "
                          "revealed how carers struggle.") == ["Keeping kin close in hard times"]
    assert _policy_labels("The warning follows our publication of A long way home? Why children wait for "
                          "placements, which urged action.") == ["A long way home? Why children wait for placements"]
    assert _policy_labels("Two in five providers were in debt, said the study, Debt and risk in children’s home "
                          "providers.") == ["Debt and risk in children’s home providers"]
    # a body, a person or a month after the cue is no title, nor a capitalised word alone
    assert _policy_labels("The research Ofsted published last year found gaps in care.") == []
    assert _policy_labels("The release of Government figures in May showed a rise in care.") == []
    assert _policy_labels("Ministers published in March the data on care which showed a rise.") == []


def test_a_white_paper_described_by_its_topic_and_the_green_paper_named_by_kind() -> None:
    assert _policy_labels("A white paper on kinship care could be published in the spring.") == [
        "white paper on kinship care"]
    label, mentions, _ = _the_policy("We had the consultation through the Green Paper, Homes For Every Child : A "
                                     "Plan, and the replies.", "The green paper proposed a register of carers.")
    assert (label, mentions) == ("Homes For Every Child", ["the Green Paper", "Homes For Every Child", "The green paper"])


def test_a_title_after_its_kind_never_runs_over_a_line_break() -> None:
    labels = _policy_labels("A letter on the spending review", "Dear Secretary of State and Chief Secretary, we write.")
    assert not [label for label in labels if "Dear" in label]


def test_a_bodys_guidance_on_a_topic_is_named_by_it_and_a_verb_is_no_modifier() -> None:
    assert _policy_labels("The Department for Education’s guidance on respite care was updated.") == [
        "Department for Education guidance on respite care"]
    assert _policy_labels("The DfE published guidance on the use of agency workers.") == [
        "guidance on the use of agency workers"]


def test_a_councils_strategy_titled_by_one_word_is_its_articles_own() -> None:
    first = _the_policy("Cabinet approved the Placements Strategy for the county.")
    second = _the_policy("The Placements Strategy of another borough was delayed.")
    assert first[0] == second[0] == "Placements Strategy" and first[2] != second[2]
    assert _the_policy("The Northby Kinship Care Strategy was approved.")[2] == \
        _the_policy("Westshire praised the Northby Kinship Care Strategy.")[2]


def test_regulations_with_and_without_their_nation_are_one_instrument() -> None:
    named = _named("Under the Respite (England) Regulations 2031 and the Respite Regulations 2031, councils act.")
    assert {ref for _, ref in named} == {"statute/respite-regulations-2031"}


def test_a_name_of_describing_words_is_keyed_to_its_article() -> None:
    # "the first Annual Report" names no owner: two partnerships' annual reports are two documents, not one
    first = _named("The partnership has published its first Annual Report this week.")
    second = _named("Northby's board said the Annual Report was late again.")
    assert [text for text, _ in first] == ["Annual Report"] and [text for text, _ in second] == ["Annual Report"]
    assert first[0][1] != second[0][1] and first[0][1].startswith("policy/annual-report-")
    # near miss: a name word before the kind keeps one IRI across articles
    assert _named("The council backed the Harbour Lights Report.") == [
        ("Harbour Lights Report", "policy/harbour-lights-report")]


def test_a_project_is_a_programme_named_by_its_title() -> None:
    assert _discovered("Four councils joined forces to run the Nightingale project across the county.") == [
        ("programme/nightingale-project", "Nightingale project", ("Programme",), None)]
    assert _discovered("Funding went to the Harbour Family Links project in March.") == [
        ("programme/harbour-family-links-project", "Harbour Family Links project", ("Programme",), None)]
    # near misses: a word that only describes, and a project named by no title
    assert _discovered("Staff said the National project and the research project both ended.") == []


def test_a_briefing_and_a_quoted_title_before_its_kind_are_documents() -> None:
    found = _discovered("Six charities published a new briefing, “Homes That Hold”, on Monday. It follows the "
                        "‘Room to Grow – Care for Everyone’ report, the second in the series.")
    assert [(ref, label, types) for ref, label, types, _ in found] == [
        ("policy/homes-that-hold", "Homes That Hold", ("PolicyDocument", "Report")),
        ("policy/room-to-grow-care-for-everyone", "Room to Grow – Care for Everyone", ("PolicyDocument", "Report"))]
    # near misses: a speaker's words before the kind word, and a briefing with no title
    assert _discovered("“It came far too late,” report authors said. A briefing went to MPs in June.") == []


def test_a_relative_day_before_a_documents_kind_names_no_document() -> None:
    # "Yesterday’s Spending Review" is the spending review of that day, not a document titled "Yesterday’s …"
    assert [label for _, label, _, _ in _discovered("Yesterday’s Spending Review gave councils more for family help. "
                                                    "Today's Budget was quieter.")] == ["Spending Review"]
    # near miss: a named review after the day is still found
    assert [label for _, label, _, _ in _discovered("Tomorrow’s Harbour Lights Review will be published.")] == [
        "Harbour Lights Review"]


def test_an_acronym_defined_after_a_fund_names_it_where_it_recurs() -> None:
    named = _named("The Kinship Support Fund (KSF) opened in May. Councils bid to the KSF for help with costs.")
    assert [text for text, ref in named if ref == "programme/kinship-support-fund"] == ["Kinship Support Fund", "KSF"]
    # never defined, or defined after a body: not a document
    assert _named("Councils bid to the KSF for help with costs.") == []
    assert not [ref for _, ref in _named("The Kinship Support Forum (KSF) met. The KSF wrote to councils.")
                if ref.startswith(("programme/", "policy/"))]


def test_the_initials_of_a_title_name_it_where_they_recur_without_brackets() -> None:
    named = _named("Councils bid to the Kinship Home Repairs Fund in May. The KHRF paid for 40 new bedrooms.")
    assert [text for text, ref in named if ref == "programme/kinship-home-repairs-fund"] == [
        "Kinship Home Repairs Fund", "KHRF"]
    named = _named("A key reform is a Single Unique Identifier for each child. The Bill lets ministers bring in a SUI.")
    assert [text for text, ref in named if ref == "measure/unique-child-identifier"] == [
        "Single Unique Identifier", "SUI"]
    # a name in lower case, or of two words, gives no initials
    assert [text for text, _ in _named("A single unique identifier was tested. The SUI was welcomed.")] == [
        "single unique identifier"]


def test_an_acronym_inside_a_title_before_its_kind_is_part_of_the_name() -> None:
    named = _named("The Summer Meals and Play (SMP) Programme opens in July. Each SMP programme club serves lunch.")
    assert named == [("Summer Meals and Play (SMP) Programme", "programme/summer-meals-and-play-programme"),
                     ("SMP programme", "programme/summer-meals-and-play-programme")]
    # the curated measure named inside it gives way to the programme, which is the curated pathfinder
    assert _named("Councils join the Regional Care Co-operative (RCC) Pathfinder this year.") == [
        ("Regional Care Co-operative (RCC) Pathfinder", "programme/regional-care-cooperatives-pathfinder")]
    # a body's name opening it is left out of the name
    assert [text for text, _ in _named("Councils are judged under the Ofsted Northby Practice Standards (NPS) "
                                       "framework.") if "Northby" in text] == ["Northby Practice Standards (NPS) framework"]
    # near misses: a plan made for one child, and a body's acronym before a kind (the body's report)
    assert _named("Pupils with an Education, Health and Care (EHC) Plan were counted.") == []
    assert not [text for text, _ in _named("The Local Government Association (LGA) report said so.") if "(" in text]


def test_a_bodys_interim_report_is_named_after_its_document_or_the_body() -> None:
    # the body's one curated study: its interim report is a report of its own, named after the study
    named = _named("The Competition and Markets Authority has now published its interim report on placements.")
    assert named[-1] == ("interim report", "policy/childrens-social-care-market-study-interim-report")
    # no curated document of the body's: named after the body; "the Interim Report" later is the same report
    named = _named("The Independent Inquiry into Child Sexual Abuse released its Interim Report in spring. "
                   "Survivors said the Interim Report was a start.")
    assert [ref for text, ref in named if "Interim" in text] == [
        "policy/independent-inquiry-into-child-sexual-abuse-interim-report"] * 2
    # near misses: interim findings are no report, and an annual report is some other report of the body's
    assert not [ref for _, ref in _named("The Independent Inquiry into Child Sexual Abuse shared its interim "
                                         "findings.") if ref.startswith("policy/")]
    assert "interim" not in str(_named("The Competition and Markets Authority published its annual report."))


def test_a_strategy_named_by_a_councils_duty_is_keyed_to_its_article() -> None:
    one = _named("Cabinet approved the Corporate Parenting Strategy 2026 to 2029 on Monday.")
    other = _named("Our Corporate Parenting Strategy 2026 to 2029 sets out ten pledges.")
    assert one[0][1].startswith("policy/corporate-parenting-strategy-2026-to-2029-") and one[0][1] != other[0][1]
    # near miss: a strategy named by its subject is one across articles
    assert _named("The Youth Justice Reform Strategy was published.") == _named(
        "Charities welcomed the Youth Justice Reform Strategy.") == [
        ("Youth Justice Reform Strategy", "policy/youth-justice-reform-strategy")]


def _found_with_people(*paragraphs: str) -> Found:
    """Documents found when the people and bodies found first are known (as in the pipeline)."""
    a = article(*paragraphs)
    sentences = split_sentences(a.body)
    matches = gazetteer().find(a.body)
    return find_documents(a, sentences, matches, gazetteer(), find_actors(a, sentences, matches, gazetteer()))


def _named_with_people(*paragraphs: str) -> list[tuple[str, str]]:
    return [(m.span.text, str(m.entity)) for m in _found_with_people(*paragraphs).mentions]


def test_a_person_named_after_a_kind_word_is_no_title() -> None:
    assert not [ref for _, ref in _named_with_people(
        "Responding to the £40m in the strategy, Priya Okafor, director of the Northby Trust, said it was welcome.")
        if "okafor" in ref]
    # a title in the same place still is one
    assert ("Safe at Home", "policy/safe-at-home") in _named_with_people(
        "In its strategy, Safe at Home, the department set out new duties.")


def test_a_bodys_report_on_a_document_already_named_is_a_report_of_its_own() -> None:
    named = _named_with_people("In May, the Northby Scrutiny Committee published its report on the Kinship Care "
                               "Strategy\n\nThe report found the pace too slow.")
    reports = {ref for text, ref in named if text == "report"}
    assert len(reports) == 1 and next(iter(reports)).startswith("policy/northby-scrutiny-committee-report-on")
    assert ("Kinship Care Strategy", "policy/kinship-care-strategy") in named


def test_a_title_set_off_after_its_kind_may_hold_small_words_and_end_its_line() -> None:
    assert ("Standing on their Own Feet", "policy/standing-on-their-own-feet") in _named_with_people(
        "As our latest report, Standing on their Own Feet, shows, many care leavers struggle.")
    named = _named_with_people("The Local Government Association’s Report, Keeping Siblings Together into Adulthood",
                               "June 2024",
                               "The report found that too many siblings are split up.")
    assert {ref for _, ref in named if ref.startswith("policy/")} == {
        "policy/keeping-siblings-together-into-adulthood"}  # the body's report is the titled one, no other
    # no title over a paragraph break, nor the sentence's subject after an opening phrase
    assert not [ref for _, ref in _named_with_people("The Northby Institute’s Report, Keeping Siblings Together",
                                                     "June 2024") if "june" in ref]
    assert not [ref for _, ref in _named_with_people("In the report, Ofsted and the council found gaps.")
                if ref.startswith("policy/")]


def test_a_plan_charter_or_covenant_named_with_a_capital_is_a_document() -> None:
    assert _policy_labels("The Grandparent Carers Covenant was launched in 2018 to support families.") == [
        "Grandparent Carers Covenant"]
    assert _policy_labels("The group will help write a Corporate Parenting Charter.") == ["Corporate Parenting Charter"]
    label, mentions, ref = _the_policy("Progress was made under the new Service Development Plan this year.")
    assert (label, mentions) == ("Service Development Plan", ["Service Development Plan"])
    assert ref != "policy/service-development-plan"  # one council's plan, keyed to its article
    # a plan made for one child, and the words in lower case, name no document
    assert _policy_labels("Every child on a Child Protection Plan or with an Education, Health and Care Plan is seen "
                          "monthly; the council has a plan to sign a covenant with local employers.") == []
    assert _policy_labels("The family agreed an Early Help Plan with the school.") == []


def test_a_heading_does_not_run_into_the_name_that_opens_the_next_paragraph() -> None:
    assert _policy_labels("Keeping Siblings Close", "That the Keeping Siblings Close Charter be approved.") == [
        "Keeping Siblings Close Charter"]


def test_a_report_by_a_body_with_no_topic_is_that_bodys_report() -> None:
    for text, author in (("A new report by the NSPCC found that many children wait too long for help.", "NSPCC"),
                         ("Officials reacted to a damning report by government inspector Ofsted, which found the "
                          "service inadequate.", "Ofsted")):
        (report,) = [label for _, label in _labelled(text) if label.endswith("report")]
        assert report == f"{author} report"
    # a deadline, not an author: no report of the NSPCC's
    assert [label for _, label in _labelled("The council asked the NSPCC for a report by March.")] == []



def test_a_report_by_a_body_may_say_when_it_came_out_or_how_it_was_made_before_by() -> None:
    for text in ("A report last year by the NSPCC found that most referrals came from schools.",
                 "A study undertaken by the NSPCC with parents found that waits had doubled.",
                 "The findings of a survey conducted by the NSPCC show that helplines are stretched."):
        assert [label for _, label in _labelled(text)] == [
            "NSPCC " + next(k for k in ("report", "study", "survey") if f" {k} " in text)], text
    # who paid for it or read it is not its author
    assert [label for _, label in _labelled("A study funded by the NSPCC is under way.")] == []


def test_a_report_seen_by_a_body_is_not_its_report() -> None:
    assert _policy_labels("A coalition of charities wrote a report, seen by the Local Government Association. "
                          "The report said early help had been cut by half.") == []

def _labelled(text: str) -> list[tuple[str, str]]:
    """(mention, label) of each policy document found, the people and bodies known."""
    found = _found_with_people(text)
    labels = {str(e.ref): e.label for e in found.entities}
    return [(m.span.text, labels[str(m.entity)]) for m in found.mentions if m.entity.kind == "policy"]


def test_a_report_by_a_think_tank_named_after_what_it_is() -> None:
    assert [label for _, label in _labelled("It follows a damning report by think-tank the Centre for Social Justice, "
                                            "which analysed 20 cases.")] == ["Centre for Social Justice report"]


def test_a_quoted_title_after_an_adverb_and_called_or_after_called_the() -> None:
    assert _policy_labels("It sits at the heart of the care leaver strategy, aptly named ‘Still Here for You’.") == [
        "Still Here for You"]
    assert _policy_labels("The council adopted a strategy called the ‘Northby Promise’ last year.") == [
        "Northby Promise"]
    # a speaker's word for a report is no title
    assert _policy_labels("She said the report, which she called ‘Shocking’, was late.") == []


def test_a_strategy_or_framework_named_by_its_scope_and_what_it_is_for_is_a_document() -> None:
    found = _discovered("The panel urged ministers to draw up a cross-government strategy for kinship families, "
                        "backed by funding.", "Charities want a new national framework for short breaks.")
    assert [(ref, label, types) for ref, label, types, _ in found] == [
        ("policy/cross-government-strategy-for-kinship-families", "cross-government strategy for kinship families",
         ("PolicyDocument", "Strategy")),
        ("policy/national-framework-for-short-breaks", "national framework for short breaks",
         ("PolicyDocument", "Framework"))]
    assert _named("We need a national strategy for kinship care.") == [  # the kind word stands for it
        ("strategy", "policy/national-strategy-for-kinship-care")]
    # no scope, or a strategy said to be missing, names none
    assert _discovered("The charity has a strategy for growth.",
                       "Councils blame the lack of a national strategy for secure homes.") == []


def test_a_quoted_title_is_whole_and_names_the_bodys_report() -> None:
    # a gerund and an article open the quoted title itself, not a list item's lead
    assert {(text, label) for text, label in _labelled(
        "The NSPCC’s report, “Making the case for early help”, found that councils act too late.")} == {
        ("Making the case for early help", "Making the case for early help")}  # no "NSPCC report" beside it
    assert [label for _, label in _labelled("Barnardo’s latest briefing ‘Holding the line’ warns of cuts.")] == [
        "Holding the line"]
    # unquoted, a gerund and an article still open a list item before the title
    assert [label for _, label, _, _ in _discovered("Renaming the Kinship Support Fund was agreed.")] == [
        "Kinship Support Fund"]


def test_a_title_in_quotation_marks_is_named_without_them() -> None:
    found = _discovered("She trained on the ‘Northby Steps’ scheme before joining the council.",
                        "The council adopted ‘Family Bridges’, a programme of intensive support.")
    assert [label for _, label, _, _ in found] == ["Northby Steps scheme", "Family Bridges"]
    # an apostrophe ending a title word with no opening mark before it is the word's own
    assert _policy_labels("The Parents’ Charter was agreed in 2020.") == ["Parents’ Charter"]


def test_a_fund_that_speaks_surveys_or_publishes_is_a_body_not_a_programme() -> None:
    assert _policy_labels("The Carers Relief Fund has published its annual review of grants.") == []
    _, found = documents(article("Last spring the Young Minds Endowment Fund surveyed 4,000 pupils.",
                                 "The Northern Respite Fund said demand had doubled."))
    assert [e for e in found.entities if e.ref.kind == "programme"] == []


def test_a_fund_that_gives_or_releases_money_stays_a_programme() -> None:
    _, found = documents(article("The Kinship Respite Fund released a further £4m to councils; the Family Breaks "
                                 "Fund has launched a second round of grants."))
    assert sorted(e.label for e in found.entities if e.ref.kind == "programme") == [
        "Family Breaks Fund", "Kinship Respite Fund"]


def test_a_titled_documents_kind_word_stands_for_it_as_the_speaker() -> None:
    from tests.extract.actor_helpers import extract, speakers
    x = extract("A review entitled Homes Not Wards found that “too many children are placed far away”.")
    assert speakers(x) == [("too many children are placed far away", "homes-not-wards")]
    x = extract("A new report, titled “Out of Reach”, said that “support stops at eighteen for most”.")
    assert speakers(x) == [("support stops at eighteen for most", "out-of-reach")]


def test_an_untitled_title_needs_its_naming_word_to_run_up_to_a_reporting_verb() -> None:
    # no "entitled": "Homes Not Wards found" is not read as a title running up to the verb
    assert _policy_labels("The review Homes Not Wards found that children were placed far away.") == []


def test_title_named_as_what_is_published_or_launched() -> None:
    """ "since the publication of <Title>", "the charity launched <Title>, its": the title alone names a document;
    a title that is only "The" and one word keeps its article."""
    assert _policy_labels("Five years on from the publication of The Pledge, carers say little has changed.") == \
        ["The Pledge"]
    assert _policy_labels("In 2019 the trust launched Growing Together, a guide for kinship carers in Northby.") == \
        ["Growing Together"]
    assert _policy_labels("March 2011: Publication of Llais, the first inquiry into advocacy.") == ["Llais"]


def test_published_figures_dates_and_bodies_are_no_titles() -> None:
    """What follows "published" or "the release of" is no title when a noun runs on after it, when it is a month
    or day, or when it is what a place or body owns."""
    assert _policy_labels("The council published Tuesday, a day late, that costs had risen.",
                          "The release of Government figures in May showed a rise.",
                          "Since the publication of Northby’s accounts, nothing has changed.",
                          "Data released in March was the first since the publication of January figures.") == []


def test_title_ending_of_the_word_before_report_is_no_surname_review() -> None:
    """ "its Heart of the Matter report": the title's last word before "report" is no chair's surname; "the
    Implementation of the Doe review" and "the Doe review" still name Doe's review."""
    assert _policy_labels("The charity said its Heart of the Matter report, out today, found gaps.") == \
        ["Heart of the Matter"]
    assert _policy_labels("Ministers said the Implementation of the Doe review was slow.") == ["Doe review"]
    assert _policy_labels("The council accepted the Doe review in full.") == ["Doe review"]


def test_title_after_a_kind_and_a_colon() -> None:
    """ "the charity's report: <Title>, published today": a colon sets the title off as a comma does; a capitalised
    kind before a colon opens a headline ("Statutory Guidance: What …"), and a lower-case phrase after it is none."""
    assert _policy_labels("The charity’s report: Room to Grow, published today, found long waits.") == ["Room to Grow"]
    assert _policy_labels("Statutory Guidance: What Foster Carers Need to Know Before Autumn",
                          "Our review: what it means for families.") == []


def test_a_kind_word_as_a_defined_term_is_no_chairs_surname() -> None:
    """ "the Review report", "The Inquiry’s final report": a review or inquiry the text calls "the Review" is no
    chair named Review; "the Doe review" and "Jane Doe’s review" still are."""
    assert _policy_labels("The chair will write the Review report over the summer.",
                          "The Inquiry’s final report made 12 recommendations.") == []
    assert _policy_labels("Jane Doe’s review said so.") == ["Jane Doe’s review"]


def test_a_kind_word_as_a_defined_term_opening_a_sentence_names_nothing() -> None:
    assert _policy_labels("The Review report was published by the department in June.",
                          "The Inquiry report found long waits.") == []
    assert _policy_labels("The Northby Review report was published by the department in June.") == \
        ["Northby Review report"]


def test_a_convention_protocol_procedure_or_standards_capitalised_names_a_document() -> None:
    assert _policy_labels("Councils follow the Northby Reducing Criminalisation Protocol and the Hague Convention.") == [
        "Northby Reducing Criminalisation Protocol", "Hague Convention"]
    assert _policy_labels("Homes must meet the National Minimum Standards and the Placements Procedure.") == [
        "National Minimum Standards", "Placements Procedure"]
    # near misses: in lower case, as a service, or where the name runs on into a body's
    assert _policy_labels("Trading Standards officers and the Food Standards Agency checked the procedure.") == []


def test_a_report_a_body_published_on_a_topic_with_an_adjective_in_ed_is_named_by_its_topic() -> None:
    assert _policy_labels("The Local Government Association published a report on unregistered children’s homes.") == [
        "Local Government Association report on unregistered children’s homes"]
    # a verb in -ed still ends the topic, as does the day it came out
    assert _policy_labels("The Local Government Association published a report on adoption published last week.",
                          "Barnardo's published a report into the care system on Tuesday.") == [
        "Local Government Association report on adoption", "Barnardo's report on the care system"]



def test_a_kind_by_its_author_with_no_verb_after_it_is_the_authors_document() -> None:
    """ "A damning review by the NSPCC, published today, said": the body's review, named "<body> <kind>", though no
    finding follows the body's name; a kind with a topic keeps its topic."""
    assert [label for _, label in _labelled("A damning review by the NSPCC, published today, said waits were long.")
            ] == ["NSPCC review"]
    assert [label for _, label in _labelled("A study by the NSPCC into waiting times was published today.")] == [
        "NSPCC study on waiting times"]
    assert [label for _, label in _labelled("Staff from the NSPCC were consulted by the council.")] == []


def test_an_outlets_programme_is_a_broadcast_not_a_programme() -> None:
    assert _discovered("The minister spoke on the BBC’s Harbour Hour programme about the Weekend Respite "
                       "Programme.") == [("programme/weekend-respite-programme", "Weekend Respite Programme",
                                          ("Programme",), None)]
    assert _discovered("Figures obtained by BBC Two’s Late Review programme showed 80 children went missing.") == []


def test_a_reported_inspection_of_a_councils_childrens_services_is_the_inspectorates_report_on_them() -> None:
    found = _found_with_people("Rutland County Council’s children’s services have been rated inadequate by Ofsted.",
                               "After a four-week inspection in October, inspectors found weak leadership. The "
                               "Ofsted report said managers were “not aware” of the risks.")
    title = "Ofsted inspection report on Rutland County Council children's services"
    assert [e.label for e in found.entities if e.ref.kind == "policy"] == [title]
    assert {m.span.text for m in found.mentions if m.entity.slug == slugify(title)} == {"rated", "report"}


def test_a_judgement_the_inspectorate_has_given_reports_the_inspection_too() -> None:
    found = _found_with_people("Ofsted has rated Rutland County Council’s children’s services good.",
                               "The report praised the council’s work with care leavers.")
    title = "Ofsted inspection report on Rutland County Council children's services"
    assert [e.label for e in found.entities if e.ref.kind == "policy"] == [title]
    assert {m.span.text for m in found.mentions if m.entity.slug == slugify(title)} == {"rated", "The report"}


def test_no_inspection_report_for_a_childrens_home_or_without_one_council() -> None:
    found = _found_with_people("Ofsted inspected the children’s home Rutland County Council runs in May. Its "
                               "children’s services were praised.")
    assert not [e for e in found.entities if e.ref.kind == "policy"]
    found = _found_with_people("Ofsted rated the children’s services of Rutland County Council and Northumberland "
                               "County Council good in May.")
    assert not [e for e in found.entities if e.ref.kind == "policy"]


def test_an_act_named_with_its_year_first_is_that_act() -> None:
    _, found = documents(article("The scheme began soon after the 2016 Immigration Act became law. The 1989 Children "
                                 "Act still applies.", published="2024-03-01"))
    assert {(e.label, e.ref.slug) for e in found.entities} == {
        ("Immigration Act 2016", "immigration-act-2016"), ("Children Act 1989", "children-act-1989")}
    # near miss: a year that dates something else is no part of the Act's name
    _, found = documents(article("In 2016 the Immigration Act changed the rules.", published="2024-03-01"))
    assert [e.label for e in found.entities] == []


def test_a_month_after_a_published_title_is_no_second_title() -> None:
    assert _policy_labels("Ministers published Keeping Children Safe, Helping Families Thrive in November.") == [
        "Keeping Children Safe, Helping Families Thrive"]


def test_a_document_named_without_its_editions_year_is_the_edition_out_on_the_day_or_the_one_dated_after_it() -> None:
    def edition(text: str, published: str) -> list[str]:
        _, found = documents(article(text, published=published))
        return [str(e.ref) for e in found.entities if e.ref.kind == "policy"]

    plain = "Agencies in the borough now follow Working Together to Safeguard Children."
    assert edition(plain, "2016-05-01") == ["policy/working-together-to-safeguard-children-2015"]
    assert edition(plain, "2021-05-01") == ["policy/working-together-to-safeguard-children-2018"]
    assert edition(plain, "2025-05-01") == ["policy/working-together-to-safeguard-children"]
    assert edition("Agencies kept to Working Together to Safeguard Children, published in March 2015, for years.",
                   "2025-05-01") == ["policy/working-together-to-safeguard-children-2015"]


def test_a_budget_named_by_its_season_is_that_seasons_curated_budget_of_the_year_given_or_the_latest() -> None:
    def budgets(text: str, published: str) -> list[str]:
        _, found = documents(article(text, published=published))
        return [str(e.ref) for e in found.entities if e.ref.kind == "policy"]

    assert budgets("Councils were promised more in the Autumn Budget.", "2025-02-10") == [
        "policy/autumn-budget-2024"]
    assert budgets("The allowance was paid for in the Autumn budget in 2024, officials said.", "2026-01-10") == [
        "policy/autumn-budget-2024"]
    assert budgets("The Spring Budget gave nothing to councils.", "2023-04-20") == ["policy/spring-budget-2023"]


def test_a_titles_halves_match_whether_a_colon_a_comma_a_spaced_dash_or_nothing_divides_them() -> None:
    from cscgraph.extract.gazetteer import Gazetteer
    from cscgraph.models import EntityRef, ReferenceEntity

    plan = ReferenceEntity(ref=EntityRef("policy", "homes-a-plan-for-care"), label="Homes: A Plan for Care")
    g = Gazetteer((plan,))
    for text in ("Homes: A Plan for Care", "Homes, a plan for care", "Homes – A Plan for Care", "Homes A plan for care"):
        assert [m.entity.ref for m in g.find(f"The council cited {text} in its bid.")] == [plan.ref], text
    assert g.lookup("Homes — A Plan for Care") is plan
    assert g.find("Homes. A plan for care was promised.") == []


def test_a_bodys_capitalised_annual_report_is_the_bodys_annual_report() -> None:
    for text in ("According to OFSTED’s Annual Report, 33 councils were adequate.",
                 "According to Ofsted’s annual report, 33 councils were adequate."):
        assert _policy_labels(text) == ["Ofsted annual report"], text


def test_a_review_named_by_who_led_it_is_the_curated_review_of_that_name() -> None:
    _, found = documents(article("The pilot follows the independent review led by MacAlister in 2021."))
    assert [str(e.ref) for e in found.entities] == ["policy/independent-review-of-childrens-social-care"]
    _, found = documents(article("The pilot follows the independent review led by Jo Okafor in 2021."))
    assert [e for e in found.entities if e.reference] == []


def test_a_title_never_runs_across_paragraphs_into_a_heading_before_it() -> None:
    found = _named("The Kinship Covenant", "The Family Courts Bill announced in May sets out new duties for councils.")
    assert ("Family Courts Bill", "statute/family-courts-bill") in found


def test_a_review_or_inquiry_named_by_whose_it_is_and_what_it_looks_into_is_a_document() -> None:
    found = _discovered("Ministers announced a national inquiry into respite care on Monday.",
                        "An independent review into kinship fostering in England was published in 2019.")
    assert [(label, types) for _, label, types, _ in found] == [
        ("national inquiry into respite care", ("PolicyDocument", "Review")),
        ("independent review into kinship fostering in England", ("PolicyDocument", "Review"))]
    # near-misses: a review with no word of whose or what kind it is; one the text names already
    assert _discovered("The council will carry out a review of the policy next year.") == []
    assert [label for _, label, _, _ in _discovered(
        "It answers the independent review of the Kinship Respite Fund Review.")] == ["Kinship Respite Fund Review"]


def test_acts_of_one_title_named_together_by_their_years_are_each_an_act() -> None:
    _, found = documents(article("The Harbour Acts of 1971 and 1993 set the duty, and the Dock Safety Acts 1950, 1962 "
                                 "and 1980 still apply.", published="2024-03-01"))
    assert sorted((e.label, e.ref.slug) for e in found.entities) == [
        ("Dock Safety Act 1950", "dock-safety-act-1950"), ("Dock Safety Act 1962", "dock-safety-act-1962"),
        ("Dock Safety Act 1980", "dock-safety-act-1980"), ("Harbour Act 1971", "harbour-act-1971"),
        ("Harbour Act 1993", "harbour-act-1993")]
    assert [m.span.text for m in found.mentions] == ["Harbour Acts of 1971", "1993", "Dock Safety Acts 1950", "1962",
                                                     "1980"]


def test_a_titled_report_by_a_body_is_one_document_the_title_not_also_the_bodys_report() -> None:
    x = extract("The Steps to Adulthood report by the Northby Trust says young people are left behind.",
                "The report says charities are plugging gaps in services.")
    docs = {e.label for e in x.entities if e.ref.kind == "policy"}
    assert docs == {"Steps to Adulthood"}
    said = [m for m in x.mentions if m.entity.kind == "policy"]
    assert {str(m.entity) for m in said} == {"policy/steps-to-adulthood"} and len(said) == 3


def test_a_white_paper_or_a_strategy_named_by_its_topic_is_a_document_a_when_or_how_is_no_topic() -> None:
    x = extract("Ministers will publish the SEND white paper in the spring, after the long-awaited white paper on "
                "prisons.",
                "Northby Council’s placement sufficiency strategy was approved; the most effective strategy is "
                "prevention, and the council’s savings strategy was criticised.")
    docs = {e.label for e in x.entities if e.ref.kind == "policy"}
    assert {"SEND white paper", "placement sufficiency strategy"} <= docs
    assert not docs & {"long-awaited white paper", "most effective strategy", "effective strategy", "savings strategy"}


def test_numbered_amendments_are_documents_named_with_their_bill_and_the_bare_number_is_the_same_one() -> None:
    x = extract("Peers debated Amendments 12 and 14 to the Harbour Safety Bill on Tuesday.",
                "Amendment 14 would give councils a new duty.",
                "A separate Amendment 30 was withdrawn.")
    docs = sorted(e.label for e in x.entities if e.ref.kind == "policy")
    assert docs == ["Amendment 12 to the Harbour Safety Bill", "Amendment 14 to the Harbour Safety Bill",
                    "Amendment 30"]


def test_a_described_review_ends_before_a_clause_of_time_or_reason() -> None:
    x = extract("Ministers ordered a national inquiry into harbour safety after accepting the findings of a report.")
    docs = {e.label for e in x.entities if e.ref.kind == "policy"}
    assert "national inquiry into harbour safety" in docs


def test_a_month_before_the_opens_no_title() -> None:
    x = extract("In March the Chancellor’s Budget raised the tax relief for foster carers.")
    assert not any(e.label.startswith("March") for e in x.entities if e.ref.kind == "policy")


def test_the_parliament_a_bill_is_before_names_no_bill() -> None:
    x = extract("Members of the Senedd asked why Wales should rely on a Westminster Bill for its own reforms.")
    assert not [e.label for e in x.entities if e.ref.kind in ("policy", "statute")]


def test_a_programme_title_with_its_purpose_before_the_kind_word() -> None:
    assert ("Eastby Families transformation programme", "programme/eastby-families-transformation-programme") in _named(
        "Critics questioned Northby Council’s £9m Eastby Families transformation programme on Monday.")


def test_an_amendment_in_lower_case_and_a_new_clause_number_are_numbered_amendments() -> None:
    named = _named("Two MPs tabled amendment NC7 to the Carers Leave Bill and amendment 12 in the Lords.")
    assert ("amendment NC7", "policy/amendment-nc7-to-the-carers-leave-bill") in named
    assert any(text == "amendment 12" and ref.startswith("policy/amendment-12-") for text, ref in named)


def test_its_report_opening_a_sentence_is_the_document_of_the_body_named_in_the_sentence_before() -> None:
    named = _named("Barnardo’s has warned about unregistered homes.",
                   "Its annual report reveals that nine in ten councils use them.")
    assert [(text, ref.rsplit("-", 1)[0]) for text, ref in named] == [("report", "policy/barnardos-annual-report")]


def test_a_report_a_body_published_or_commissioned_is_its_report() -> None:
    def labels(*paragraphs: str) -> list[str]:
        return [e.label for e in extract(*paragraphs).entities if e.ref.kind == "policy"]

    assert labels("A report published today by the Kinwell Trust found councils short of homes.",
                  "It follows a study commissioned by the Northby Institute last year.") == [
        "Kinwell Trust report", "Northby Institute study"]
    # Near miss: a body in a compound modifier before the author is not the author.
    assert labels("A study commissioned by Department for Education-funded charity Northby Futures found gaps.") == []


def test_guidance_dated_by_the_day_it_came_is_named_by_its_topic_or_not_at_all() -> None:
    assert _policy_labels("Northby Council published new guidance on Monday.") == []
    assert _policy_labels("The DfE issued new guidance on kinship leave in March.") == [
        "new guidance on kinship leave"]
