"""Documents, statutes, measures and programmes: by curated name and alias, by shape, and by generic reference."""

from __future__ import annotations

from lineage_helpers import article, documents


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
    _, found = documents(article("The Local Government Association report found a gap."))
    assert found.entities == ()


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
