"""People, bodies, within-article resolution and roles, on sentences written for these tests."""

from __future__ import annotations

from datetime import datetime

from tests.extract.actor_helpers import bodies, extract, people, speakers


def test_surname_after_full_name_is_the_same_person() -> None:
    x = extract("Union leader Maria Okonkwo opened the debate.", "Okonkwo said the motion was overdue.")
    assert people(x) == {"Maria Okonkwo"}
    assert [m.span.text for m in x.mentions if m.entity.slug == "maria-okonkwo"] == ["Maria Okonkwo", "Okonkwo"]


def test_two_people_sharing_a_surname_stay_apart() -> None:
    x = extract("Health minister Baroness Helen Smith spoke first.",
                "ADCS president Andy Smith said councils were ready.",
                "Smith added that the timetable was tight.",
                "Baroness Smith replied that the money was already allocated.")
    assert people(x) == {"Helen Smith", "Andy Smith"}
    by_text = {m.span.text: m.entity.slug for m in x.mentions if m.entity.kind == "person"}
    assert by_text["Smith"] == "andy-smith"
    assert by_text["Baroness Smith"] == "helen-smith"


def test_titles_are_stripped_from_canonical_names_but_kept_as_aliases() -> None:
    x = extract("Cllr Joanne Pike, chair of the Local Government Association, said so.")
    person = next(e for e in x.entities if e.ref.kind == "person")
    assert (person.label, person.ref.slug) == ("Joanne Pike", "joanne-pike")
    assert "Cllr Joanne Pike" in person.aliases


def test_a_peer_known_only_by_title_keeps_it() -> None:
    x = extract("Lord Hartley said the bill would return to the Lords in May.")
    assert people(x) == {"Lord Hartley"}


def test_acronym_defined_in_text_names_the_body_later() -> None:
    x = extract("The Northern Adoption Alliance (NAA) published its figures.", "The NAA said demand had doubled.")
    naa = [m for m in x.mentions if m.entity.slug == "northern-adoption-alliance"]
    assert [m.span.text for m in naa] == ["Northern Adoption Alliance", "NAA", "NAA"]


def test_reference_acronym_and_full_name_meet_on_one_iri() -> None:
    x = extract("The ADCS responded.", "The Association of Directors of Children’s Services said more.")
    assert {m.entity.slug for m in x.mentions} == {"association-of-directors-of-childrens-services"}


def test_kind_from_text_cue() -> None:
    x = extract("Young people’s charity Brightlines and the union Unite both objected.")
    kinds = {e.ref.slug: e.kind_label for e in x.entities if e.ref.kind == "organisation"}
    assert kinds["brightlines"] == "charity"


def test_council_named_by_place() -> None:
    x = extract("Members of Harrowgate council voted against the plan.")
    assert "harrowgate-council" in bodies(x)


def test_scare_word_bodies_are_not_invented() -> None:
    x = extract("Sure Start centres and the Stable Futures Fund were both mentioned.")
    assert people(x) == set()


def test_role_with_body_before_it() -> None:
    x = extract("NAFP chief executive Harvey Stone said the hubs were premature.")
    assert [(m.person.slug, m.role, m.organisation.slug) for m in x.memberships] == [
        ("harvey-stone", "chief executive", "nationwide-association-of-fostering-providers")]


def test_role_with_body_after_it() -> None:
    x = extract("Leah Brandt, chief executive of children’s charity Become, said the plan fell short.")
    (m,) = x.memberships
    assert (m.role, m.organisation.slug) == ("chief executive", "become")


def test_role_with_possessive_body_and_comma() -> None:
    x = extract("Ofsted’s national director for social care, Paula Greer, said inspections would change.")
    (m,) = x.memberships
    assert (m.role, m.organisation.slug) == ("national director for social care", "ofsted")


def test_government_role_has_no_body_unless_the_text_gives_one() -> None:
    x = extract("Children’s minister Tom Baird said the fund would continue.",
                "Department for Education minister Ana Ruiz agreed.")
    roles = {(m.person.slug, m.role, m.organisation.slug if m.organisation else None) for m in x.memberships}
    assert ("tom-baird", "children's minister", None) in roles
    assert ("ana-ruiz", "minister", "department-for-education") in roles


def test_organisational_role_takes_the_body_of_the_previous_sentence() -> None:
    x = extract("Adoption UK also criticised the funding. Chief executive officer Dana Moss said it was too little.")
    (m,) = x.memberships
    assert (m.role, m.organisation.slug) == ("chief executive officer", "adoption-uk")


def test_role_with_year_qualifier_drops_the_year() -> None:
    x = extract("ADCS president for 2025-26, Owen Carr, welcomed the news.")
    (m,) = x.memberships
    assert (m.role, m.organisation.slug) == ("president", "association-of-directors-of-childrens-services")


def test_panel_chair_points_at_the_panel() -> None:
    x = extract("The Child Safeguarding Practice Review Panel published its report.",
                "Panel chair Irene Kaur said the findings were stark.")
    (m,) = x.memberships
    assert (m.role, m.organisation.slug) == ("chair", "child-safeguarding-practice-review-panel")


def test_peer_with_first_name_in_brackets_is_not_the_other_smith() -> None:
    x = extract("Education minister Baroness (Carol) Smith said the work would go on.",
                "Smith gave her pledge in the Lords.",
                "Earlier, ADCS president Andy Smith said councils needed certainty.",
                "Baroness Smith later said the hubs covered most of England.",
                "Smith said more would follow.")
    assert people(x) == {"Carol Smith", "Andy Smith"}
    resolved = [(m.span.text, m.entity.slug) for m in x.mentions if m.entity.kind == "person"]
    assert resolved == [("Baroness (Carol) Smith", "carol-smith"), ("Smith", "carol-smith"),
                        ("Andy Smith", "andy-smith"), ("Baroness Smith", "carol-smith"), ("Smith", "carol-smith")]


def _roles(x) -> set[tuple[str, str, str | None]]:
    return {(m.person.slug, m.role, m.organisation.slug if m.organisation else None) for m in x.memberships}


def _kinds(x) -> dict[str, str | None]:
    return {e.ref.slug: e.kind_label for e in x.entities if e.ref.kind == "organisation"}


def test_body_described_by_an_appositive_kind() -> None:
    x = extract("Bright Harbour, a youth charity based in Hull, said the waiting lists were growing.",
                "Kestrel Insight, a consultancy, ran the survey.")
    assert _kinds(x)["bright-harbour"] == "charity"
    assert _kinds(x)["kestrel-insight"] == "company"


def test_appositive_with_a_preposition_is_not_a_body() -> None:
    x = extract("Mina Lowe, a trustee of the charity, said the board had met.")
    assert "mina-lowe" not in bodies(x)


def test_outlet_after_told_the() -> None:
    x = extract("Resident Joe Platt told the Northern Clarion that nobody had called him back.",
                "The minister told the Commons the money was on its way.")
    assert _kinds(x)["northern-clarion"] == "publisher"
    assert not any("commons" in slug for slug in bodies(x) if slug != "house-of-commons")


def test_curated_newspaper_but_not_a_special_guardian() -> None:
    x = extract("A special guardian told the Guardian her allowance had been cut.")
    assert "the-guardian" in bodies(x)
    assert sum(m.entity.slug == "the-guardian" for m in x.mentions) == 1


def test_name_after_a_kind_word_keeps_an_opening_word() -> None:
    x = extract("The charity Last Light runs two refuges.", "It is backed by charities First Chance and Kin Aid.")
    assert {"last-light", "first-chance", "kin-aid"} <= bodies(x)


def test_name_after_a_kind_word_stops_at_a_date() -> None:
    x = extract("She joined the fostering charity Oak & Ivy in March after a decade in Leeds.")
    assert "oak-ivy" in bodies(x)
    assert not any("march" in slug for slug in bodies(x))


def test_party_in_brackets_and_the_councils_role() -> None:
    x = extract("Kirkdale Borough Council has been told to improve.",
                "Cllr Rhys Dean (Con), the council’s cabinet member for schools, said the criticism was fair.")
    assert "conservative-party" in bodies(x)
    assert ("rhys-dean", "cabinet member for schools", "kirkdale-borough-council") in _roles(x)


def test_role_owned_by_a_described_body_after_the_name() -> None:
    x = extract("The Local Government Association warned of cuts.",
                "“Councils are out of road,” said Mia Ford, the association’s policy director.")
    assert ("mia-ford", "policy director", "local-government-association") in _roles(x)


def test_company_goes_by_its_short_name_later() -> None:
    x = extract("Pinecrest Fostering Services Ltd runs 40 homes.", "Pinecrest said its carers were well paid.")
    texts = [m.span.text for m in x.mentions if m.entity.slug == "pinecrest-fostering-services-ltd"]
    assert texts == ["Pinecrest Fostering Services Ltd", "Pinecrest"]


def test_role_from_who_chairs() -> None:
    x = extract("“We cannot wait,” said Ian Moss, who chairs the Fostering Network’s trustee board.")
    assert ("ian-moss", "chair", "the-fostering-network") in _roles(x)


def test_role_from_who_is() -> None:
    x = extract("ADCS president Ruth Lowe spoke first. Lowe, who is also director of children’s services at "
                "Kirkdale Borough Council, said demand had doubled.")
    assert ("ruth-lowe", "director of children's services", "kirkdale-borough-council") in _roles(x)


def test_role_from_became() -> None:
    x = extract("Omar Hale became chief executive of the charity Blue Door in 2023. Hale says the job is hard.")
    assert ("omar-hale", "chief executive", "blue-door") in _roles(x)


def test_mp_seat_is_not_part_of_the_role() -> None:
    x = extract("Labour MP for Ashby North, Kim Teal, said families were struggling.")
    assert ("kim-teal", "MP", "labour-party") in _roles(x)


def test_role_of_a_field_is_not_a_body() -> None:
    x = extract("Jon Bly, director of services at Become, said the waiting list had closed.",
                "Dr Ana Reyes, a senior lecturer in social policy, said the figures were stark.")
    assert ("jon-bly", "director of services", "become") in _roles(x)
    assert ("ana-reyes", "senior lecturer in social policy", None) in _roles(x)


def test_clinical_professions_are_roles() -> None:
    x = extract("Consultant clinical psychologist Tara Nunn said the waits were harmful.")
    assert ("tara-nunn", "consultant clinical psychologist", None) in _roles(x)


def test_descriptive_word_before_a_name_is_not_part_of_it() -> None:
    x = extract("Grandmother Elsie Ward said she had given up work.")
    assert people(x) == {"Elsie Ward"}


def test_name_with_an_age_is_a_person() -> None:
    x = extract("Dee Rowe, 41, has fostered for a decade.")
    assert people(x) == {"Dee Rowe"}


def test_the_university_points_back_for_a_role() -> None:
    x = extract("The study by the University of Kelby was published on Monday.",
                "Its author, Lin Chow, a professor of social work at the university, said so.")
    assert ("lin-chow", "professor of social work", "university-of-kelby") in _roles(x)


def test_told_an_event_is_not_an_outlet() -> None:
    x = extract("Director Ola Penn told the Kinship Futures session that carers felt ignored.")
    assert "kinship-futures" not in bodies(x)


def test_the_government_is_a_body_resolved_by_date() -> None:
    assert "labour-government" in bodies(extract("The government will publish the plan in June."))
    assert "conservative-government" in bodies(extract("The government will publish the plan in June.",
                                                       published=datetime(2023, 3, 1)))


def test_the_government_of_an_undated_article_is_the_uk_government() -> None:
    assert "uk-government" in bodies(extract("The government will publish the plan in June.", published=None))


def test_a_bare_government_after_a_word_in_lower_case_and_central_government_are_the_government() -> None:
    for text in ("Several charities have pressed Government to pay foster carers more.",
                 "The charity said it welcomed Government’s plan to lift the allowance.",
                 "It comes as Government announced new money for adopters.",
                 "The rules were set by central government last spring."):
        assert "conservative-government" in bodies(extract(text, published=datetime(2023, 5, 1))), text
    for text in ("Each Government department signed the pledge.", "Government inspectors visited the homes.",
                 "The Welsh Government said so.", "The Local Government Association wrote to councils."):
        assert not bodies(extract(text, published=datetime(2023, 5, 1))) & {"conservative-government"}, text


def test_the_previous_government_capitalised_is_the_one_before_the_government_of_the_day() -> None:
    for text in ("The previous Government’s strategy for adopters was dropped.", "The last Government cut the grant."):
        found = bodies(extract(text, published=datetime(2025, 5, 1)))
        assert "conservative-government" in found and "labour-government" not in found, text


def test_a_department_ending_in_government_is_not_the_government() -> None:
    found = bodies(extract("A spokesperson for the Ministry of Housing, Communities and Local Government said "
                           "councils had more money."))
    assert "ministry-of-housing-communities-and-local-government" in found
    assert not found & {"labour-government", "uk-government"}


def test_the_government_owning_its_response_is_the_government_as_a_body() -> None:
    assert "labour-government" in bodies(extract("We welcome the government’s response to the review."))
    assert "conservative-government" in bodies(extract("We welcome the Government's strategy on care.",
                                                       published=datetime(2023, 2, 3)))


def test_labours_earlier_government_is_not_the_one_in_office() -> None:
    assert "labour-government" not in bodies(extract("Sure Start began under the last Labour government.",
                                                     published=datetime(2025, 3, 1)))
    assert "labour-government" not in bodies(extract("New Labour built the centres.", published=datetime(2025, 3, 1)))
    assert "conservative-government" in bodies(extract("The previous Conservative government cut it.",
                                                       published=datetime(2025, 3, 1)))
    assert "labour-government" in bodies(extract("The Labour government will act.", published=datetime(2025, 3, 1)))


def test_a_party_named_by_what_only_a_party_has_is_the_party_not_the_government() -> None:
    x = extract("The register was part of Labour’s manifesto for the election.", published=datetime(2025, 3, 1))
    assert "labour-party" in bodies(x) and "labour-government" not in bodies(x)
    assert "conservative-party" in bodies(extract("The Conservatives’ leader spoke at the hustings.",
                                                  published=datetime(2025, 3, 1)))
    assert "labour-government" in bodies(extract("Labour’s reforms will cap profits.", published=datetime(2025, 3, 1)))


def test_a_party_an_office_is_held_for_is_the_party_not_the_government() -> None:
    x = extract("Cllr Jo Reed, finance spokesman for the Conservatives, praised the budget.",
                published=datetime(2023, 3, 1))
    assert "conservative-party" in bodies(x) and "conservative-government" not in bodies(x)
    x = extract("Sam Ode, deputy leader of the Tories on the council, objected.", published=datetime(2023, 3, 1))
    assert "conservative-party" in bodies(x) and "conservative-government" not in bodies(x)
    # near miss: what the party in office does is the government's
    assert "conservative-government" in bodies(extract("The Conservatives cut the grant for youth services.",
                                                       published=datetime(2023, 3, 1)))


def test_a_partys_named_member_and_its_control_of_a_council_make_it_the_party() -> None:
    x = extract("On the town hall steps, Labour’s Priya Okafor said the budget was tight.",
                published=datetime(2025, 3, 1))
    assert "labour-party" in bodies(x) and "labour-government" not in bodies(x)
    x = extract("The deficit has grown since Labour took control of the borough in May.",
                published=datetime(2025, 3, 1))
    assert "labour-party" in bodies(x) and "labour-government" not in bodies(x)
    x = extract("Labour’s Best Start Family Hubs open in April.", published=datetime(2025, 3, 1))
    assert "labour-party" not in bodies(x)


def test_parties_listed_side_by_side_are_parties() -> None:
    x = extract("At the council meeting the Tories, Labour and the Independents amended the motion.",
                published=datetime(2025, 3, 1))
    assert {"conservative-party", "labour-party"} <= bodies(x)
    assert not {"conservative-government", "labour-government"} & bodies(x)
    assert {"liberal-democrats", "green-party"} <= bodies(extract("The Lib Dems and the Greens voted against it."))
    assert {"conservative-party", "reform-uk"} <= bodies(extract("The Conservatives and Reform tabled amendments.",
                                                                 published=datetime(2025, 3, 1)))


def test_a_party_before_its_people_or_the_council_it_runs_is_the_party_and_its_people_are_unnamed() -> None:
    x = extract("Leading Labour representatives stressed they had reacted “very quickly” to the findings.",
                published=datetime(2021, 6, 1))
    assert "labour-party" in bodies(x) and "labour-government" not in bodies(x)
    assert speakers(x) == [("very quickly", None)]
    x = extract("The Labour-Lib Dem run council must pick up the pace, Tory politicians said.",
                published=datetime(2023, 6, 1))
    assert {"labour-party", "liberal-democrats", "conservative-party"} <= bodies(x)
    # near-miss: a government its party leads is no party
    x = extract("The Labour government said it would act.", published=datetime(2025, 3, 1))
    assert "labour-party" not in bodies(x)


def test_a_former_council_is_itself_and_a_renamed_one_is_the_council_it_became() -> None:
    found = bodies(extract("Dorset County Council cut its budget. Somerset County Council and Rochdale Borough "
                           "Council agreed.", published=datetime(2018, 1, 20)))
    assert {"dorset-county-council", "somerset-council", "rochdale-metropolitan-borough-council"} <= found
    assert "dorset-council" not in found
