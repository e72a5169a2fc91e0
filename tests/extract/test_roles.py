"""Memberships read from role phrases."""

from __future__ import annotations

from tests.extract.actor_helpers import extract, speakers


def _roles(*paragraphs: str) -> set[tuple[str, str, str | None]]:
    x = extract(*paragraphs)
    return {(m.person.slug, m.role, m.organisation.slug if m.organisation else None) for m in x.memberships}


def test_its_points_back_to_the_last_body() -> None:
    assert _roles("Become backed the call. Its chief executive, Lola Finch, said so.") == {
        ("lola-finch", "chief executive", "become")}


def test_possessive_as_role() -> None:
    assert ("ada-quinn", "president", "association-of-directors-of-childrens-services") in _roles(
        "Ada Quinn’s term as president of the Association of Directors of Children’s Services begins today.")


def test_a_role_of_a_named_body_then_the_name_in_commas() -> None:
    assert _roles("The chief executive of Northby Council, Pia Holt, said the plan was late.",
                  "The director of children’s services at Barnardo’s, Ivo Brandt, agreed.") == {
        ("pia-holt", "chief executive", "northby-council"),
        ("ivo-brandt", "director of children's services", "barnardos")}


def test_membership_evidence_is_the_sentence() -> None:
    x = extract("Filler first. NSPCC chief executive Pia Holt spoke.")
    (m,) = x.memberships
    assert m.evidence.text == "NSPCC chief executive Pia Holt spoke."


def test_a_body_named_nearby_is_not_an_employer() -> None:
    # Proximity is not evidence: the department is an object here, not the director's body.
    assert _roles("The plan was sent to the Department for Education on Monday, and director Noor Patel said it "
                  "was late.") == {("noor-patel", "director", None)}


def test_the_subject_body_of_the_sentence_employs_its_officer() -> None:
    assert _roles("Ofsted welcomed the plan, with national director for social care, Ivo Brandt, saying it was "
                  "overdue.") == {("ivo-brandt", "national director for social care", "ofsted")}


def test_a_government_is_never_an_employer_by_position() -> None:
    assert _roles("The government opened the fund. Chair Rhea Lund said it was welcome.") == {
        ("rhea-lund", "chair", None)}


def test_a_kind_word_with_a_modifier_before_a_name_is_not_a_description_of_the_last_body() -> None:
    x = extract("Lumen Trust said the cut was wrong.",
                "Ada Fenn, chief executive of the adoption charity Harbour Families, agreed.")
    assert [(m.role, m.organisation.slug) for m in x.memberships] == [("chief executive", "harbour-families")]


def test_a_role_in_title_case_does_not_take_the_holders_given_name_or_the_body_after_at() -> None:
    x = extract("Minister for Children and Families Cora Blythe said: “Hubs are a lifeline for parents.”",
                "Councillor Mo Hale, cabinet member for children's services at Northby City Council, agreed.")
    roles = {(str(m.person), m.role) for m in x.memberships}
    assert {("person/cora-blythe", "minister for children and families"),
            ("person/mo-hale", "cabinet member for children's services")} <= roles
    assert not any("cora" in role or "northby" in role for _, role in roles)


def test_a_role_and_its_body_in_brackets_after_the_name() -> None:
    assert _roles("Sam Hale (chief executive, Westmoor Carers Trust) said so.") == {
        ("sam-hale", "chief executive", "westmoor-carers-trust")}


def test_a_role_with_its_body_after_with() -> None:
    assert _roles("Lucy Reed, a researcher with Northby University, said so.") == {
        ("lucy-reed", "researcher", "northby-university")}
    assert _roles("Lucy Reed, a researcher with years at Northby University, said so.") == {
        ("lucy-reed", "researcher", None)}


def test_honours_after_the_name_do_not_hide_the_role() -> None:
    assert _roles("Mary Jones-Hale MBE, founder of Kids Count, said so.") == {
        ("mary-jones-hale", "founder", "kids-count")}


def test_then_or_former_before_a_body_and_its_office() -> None:
    assert _roles("Ann Cole, then Ofsted chief inspector, said so.") == {("ann-cole", "chief inspector", "ofsted")}
    assert _roles("Ann Cole, then chief inspector, said so.") == {("ann-cole", "then chief inspector", None)}


def test_a_title_with_and_is_one_role_and_names_no_person() -> None:
    x = extract("Copy: Simon Hale MP, Minister for Local Government and Building Safety, said so.")
    assert {e.label for e in x.entities if e.ref.kind == "person"} == {"Simon Hale"}
    assert _roles("Copy: Simon Hale MP, Minister for Local Government and Building Safety, said so.") == {
        ("simon-hale", "minister for local government and building safety", None)}


def test_a_sign_off_line_gives_role_and_body() -> None:
    assert _roles("Thanks for reading.\n\nAnna Holt, Lecturer, University of Westmoor") == {
        ("anna-holt", "lecturer", "university-of-westmoor")}


def test_a_council_office_is_not_taken_from_a_regulator_opening_the_sentence_before() -> None:
    # A cabinet member is a council's office: the inspectorate that opens the sentence before is not its body.
    assert _roles("Northby Council's fostering service was inspected in May.",
                  "Ofsted rated the service good overall.",
                  "Cllr Ruth Amble, cabinet member for children, said the staff deserved credit.") == {
        ("ruth-amble", "cabinet member for children", "northby-council")}
    assert _roles("Ofsted rated the service good overall.",
                  "Cllr Ruth Amble, cabinet member for children, said the staff deserved credit.") == {
        ("ruth-amble", "cabinet member for children", None)}


# Issue 13, what a newcomer saw on the explorer: roles and employers only from a construction that states them.

def test_a_reviews_chair_is_not_chair_of_an_association_named_in_the_same_sentence() -> None:
    assert _roles("Ivo Lane, chair of the Northby review, spoke at the Westmoor Carers Association conference.") == {
        ("ivo-lane", "chair", None)}


def test_people_named_with_a_department_or_regulator_in_their_sentence_are_not_its_staff() -> None:
    assert _roles("Ada Brook and Noor Patel met Ofsted inspectors on Monday, and Sam Hale wrote to the Department "
                  "for Education.") == set()


def test_a_council_officer_is_not_employed_by_the_government_named_before() -> None:
    assert _roles("The Labour government set out plans. Director of children's services Jo Reed said the council "
                  "would act.") == {("jo-reed", "director of children's services", None)}


def test_elected_or_appointed_as_in_minutes_gives_the_role() -> None:
    assert _roles("RESOLVED that Councillor Ruth Amble be elected as Chair of the Northby Scrutiny Committee.") >= {
        ("ruth-amble", "chair", "northby-scrutiny-committee")}
    assert _roles("Ann Lee was re-elected president of the Westmoor Carers Association.") == {
        ("ann-lee", "president", "westmoor-carers-association")}


def test_for_the_after_a_role_opens_whom_the_holder_serves_not_the_office() -> None:
    roles = _roles("Mia Thorne, education secretary for the new Labour government, spoke.",
                   "Jo Reed, minister for children and families, agreed.")
    assert ("jo-reed", "minister for children and families", None) in roles
    assert {role for person, role, _ in roles if person == "mia-thorne"} == {"education secretary"}


def test_a_branch_or_executive_modifier_keeps_the_role() -> None:
    assert _roles("Owen Blake, branch secretary of Northby Unison, said members would strike.",
                  "Nadia Ferris, executive head of safeguarding at Eastfield Council, has resigned.") == {
        ("owen-blake", "branch secretary", "unison"),
        ("nadia-ferris", "executive head of safeguarding", "eastfield-council")}


def test_a_role_whose_modifiers_are_fields_joined_by_and_is_kept_whole() -> None:
    assert _roles("Northby’s interim quality and operations director, Ivy Marsh, said the audit was fair.") == {
        ("ivy-marsh", "interim quality and operations director", None)}


def test_a_council_portfolio_holder_before_the_name_is_a_role() -> None:
    assert ("tom-okafor", "portfolio holder for children and families", None) in _roles(
        "The plan was backed by portfolio holder for children and families Tom Okafor on Tuesday.")


def test_an_honorific_after_a_role_for_a_field_opens_the_name() -> None:
    assert _roles("The plan was backed by cabinet member for schools and skills Cllr Tom Okafor on Tuesday.") == {
        ("tom-okafor", "cabinet member for schools and skills", None)}


def test_a_role_of_two_fields_joined_by_and_at_the_authority_is_kept_whole() -> None:
    assert ("ivo-brandt", "executive director of children and young people's services", None) in _roles(
        "Costs rose again. Ivo Brandt, the authority’s executive director of children and young people’s services, "
        "said it was late.")


def test_an_executive_member_is_a_council_office_and_a_second_office_after_and_is_not_its_remit() -> None:
    assert ("ines-varga", "executive member for children's services", None) in _roles(
        "Councillor Ines Varga, Executive Member for Children’s Services, said the carers were wonderful.")
    assert ("tobias-lund", "executive member for social care and housing", None) in _roles(
        "Cllr Tobias Lund, executive member for social care and housing and lead member for children’s services, "
        "said it was a good day.")


def test_a_list_of_councillors_after_an_office_holds_none_of_it() -> None:
    assert not {r for r in _roles("Present: In the Chair Councillors Varga, Lund and Okafor.") if r[1] == "chair"}


def test_a_role_after_a_governed_name_is_the_next_clauses_subject() -> None:
    # A name that a preposition or a verb governs is not the subject after its comma: the role running into a verb
    # there belongs to whoever that clause is about, so the name gets none.
    for text in ("Answering Nia Ross, the minister said funding was coming.",
                 "In a note to Nia Ross, the council's chief executive said the plan stood.",
                 "Asked by Nia Ross, the director replied that the cuts would go ahead.",
                 "Speaking after Nia Ross, the charity's chair warned that homes were full.",
                 "Commending Nia Ross, the board's chair said the audit was fair."):
        assert not {r for r in _roles(text) if r[0] == "nia-ross"}, text


def test_the_quote_goes_to_the_office_holder_named_before() -> None:
    x = extract("The children's minister, Ola Penn, visited a home in Hull.",
                "Replying to Nia Ross, the minister said: “We will fund the review this year.”")
    assert speakers(x) == [("We will fund the review this year.", "ola-penn")]


def test_an_apposition_or_a_title_still_gives_the_role() -> None:
    # Near misses the rule above must not reach: an apposition closed by its comma, a title before the name, and an
    # ungoverned name whose role runs into the verb.
    assert _roles("Nia Ross, the minister, said funding was coming.") == {("nia-ross", "minister", None)}
    assert _roles("Children's minister Nia Ross said funding was coming.") == {
        ("nia-ross", "children's minister", None)}
    assert _roles("Nia Ross, the children's minister said funding was coming.") == {
        ("nia-ross", "children's minister", None)}
    assert _roles("The mayor thanked Nia Ross, the council's leader, for her work.") == {("nia-ross", "leader", None)}


def test_a_body_an_opening_clause_governs_employs_no_one_after_its_comma() -> None:
    assert _roles("In a note to the NSPCC, chief executive Ivo Marsh said the plan was late.") == {
        ("ivo-marsh", "chief executive", None)}
    assert _roles("Replying to Become, director Ivo Marsh said the plan was late.") == {("ivo-marsh", "director", None)}
    # Near miss: a body that is the clause's own place, or a body's possessive, still employs.
    assert _roles("At Become, director Ivo Marsh said the plan was late.") == {("ivo-marsh", "director", "become")}
    assert _roles("Replying to the plan, Become's director Ivo Marsh said it was late.") == {
        ("ivo-marsh", "director", "become")}


def test_a_role_naming_an_unknown_body_takes_no_subject_body_nearby() -> None:
    # "of Kinwell" names the employer, which no list knows; the council that opens the sentence before is not it.
    assert _roles("Northby Council set its budget on Monday.",
                  "Ola Penn, deputy director of Kinwell, called the cut unfair.") == {("ola-penn", "deputy director", None)}
    # Near miss: a generic head standing for the body leaves the subject body as the employer.
    assert _roles("Northby Council set its budget on Monday.", "Ola Penn, a director at the Council, called it fair.") \
        == {("ola-penn", "director", "northby-council")}


def test_a_plural_office_after_a_list_gives_its_last_name_no_part_of_it() -> None:
    assert _roles("Ivo Marsh and Ola Penn, joint chief executives of Kinwell, said the plan was late.") == set()
    # Near miss: the singular office after one name.
    assert _roles("Ola Penn, joint chief executive of Kinwell, said the plan was late.") == {
        ("ola-penn", "joint chief executive", None)}


def test_a_second_office_after_and_now_is_not_the_first_offices_remit() -> None:
    assert ("ola-penn", "former head", "ofsted") in _roles(
        "Ola Penn, former head of Ofsted and now chair of Kinwell, said the plan was late.")
    assert ("ola-penn", "cabinet member for schools", None) in _roles(
        "Ola Penn, cabinet member for schools and formerly leader of the council, said the plan was late.")
    # Near miss: two remit words joined by "and" stay one office.
    assert ("ola-penn", "director of policy and research", None) in _roles(
        "Ola Penn, director of policy and research, said the plan was late.")


def test_a_body_right_after_the_role_in_brackets_or_ending_the_line_employs() -> None:
    assert _roles("A blog from Ola Penn, CEO Leeds City Council") == {("ola-penn", "ceo", "leeds-city-council")}
    assert _roles("We welcomed Ola Penn (chief executive Barnardo’s) to the meeting.") == {
        ("ola-penn", "chief executive", "barnardos")}
    # Near miss: mid-sentence, with no bracket, a body after the role may be the verb's subject.
    assert _roles("Ola Penn, director Barnardo’s welcomed, spoke first.") == {("ola-penn", "director", None)}


def test_an_office_by_its_acronym_or_a_mayor_before_a_full_name() -> None:
    x = extract("The successful bid by Westshire PCC Lorne Harlow will fund the team.",
                "Westshire’s PCC Lorne Harlow, said: “Gangs are not only a policing issue.”",
                "Northby Mayor Chris Cooke welcomed it. The council’s DCS Anne Smith said no more.")
    assert {(m.person.slug, m.role) for m in x.memberships} >= {
        ("lorne-harlow", "pcc"), ("chris-cooke", "mayor"), ("anne-smith", "dcs")}
    assert speakers(x)[0] == ("Gangs are not only a policing issue.", "lorne-harlow")


def test_a_firms_grade_and_a_byline_are_roles() -> None:
    assert _roles("Kemi Adebayo, a partner at Northby Law, said the ruling was welcome.",
                  "News editor Julia Marsh said the figures were new.") == {
        ("kemi-adebayo", "partner", "northby-law"), ("julia-marsh", "editor", None)}


def test_a_remit_ends_before_the_reporting_verb_that_follows_it() -> None:
    assert _roles("Ola Penn, the council’s strategic lead for corporate parenting said the plan was late.") == {
        ("ola-penn", "strategic lead for corporate parenting", None)}
    # Near miss: a remit of several words joined by "and" stays whole.
    assert _roles("Ola Penn, lead for parenting and sufficiency, said the plan was late.") == {
        ("ola-penn", "lead for parenting and sufficiency", None)}
