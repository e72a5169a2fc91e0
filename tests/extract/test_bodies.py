"""Bodies found by name shape, kind cue, acronym definition, party affiliation and place + council."""

from __future__ import annotations

from cscgraph.extract.bodies import acronym_initials, find_bodies
from tests.extract.actor_helpers import bodies, extract, gazetteer, people, speakers


def _labels(text: str) -> list[tuple[str, str | None]]:
    g = gazetteer()
    return [(h.label, h.kind_label) for h in find_bodies(text, g.find(text), g)]


def test_a_curated_name_that_is_an_ordinary_phrase_too_is_found_only_with_its_capitals() -> None:
    assert "family-court" not in bodies(extract("There were 47,000 outstanding family court cases in March."))
    assert "family-court" in bodies(extract("The case was heard in the Family Court in Leeds last month."))


def test_a_subordinating_conjunction_opening_a_sentence_is_no_part_of_a_body_name() -> None:
    found = bodies(extract("Whilst the Harbour County Council has duties to care leavers, districts set the tax."))
    assert "harbour-county-council" in found and not any(slug.startswith("whilst") for slug in found)


def test_name_shapes() -> None:
    assert _labels("Talks between the Westmoor Carers Trust and Department for Youth Affairs stalled.") == [
        ("Westmoor Carers Trust", "provider"), ("Department for Youth Affairs", "government department")]


def test_two_bodies_joined_by_and_are_split() -> None:
    labels = [label for label, _ in _labels("The Harbour Foundation and Riverside Housing Association agreed.")]
    assert labels == ["Harbour Foundation", "Riverside Housing Association"]


def test_a_remit_joined_by_and_stays_with_its_body_and_the_cut_is_at_the_next_body() -> None:
    labels = [label for label, _ in _labels("The study was led by the Northby Institute of Child Health and Social "
                                            "Care and Riverside College London.")]
    assert labels == ["Northby Institute of Child Health and Social Care", "Riverside College London"]


def test_the_bodies_a_writer_speaks_for_at_a_sentences_start() -> None:
    assert [label for label, _ in _labels("At Kestrel Fostering and Open Doors, we welcome the plan.")] == [
        "Kestrel Fostering", "Open Doors"]
    assert [label for label, _ in _labels("Here at Bright Futures we know how hard this is.")] == ["Bright Futures"]
    # near misses: a time, a place, a phrase
    assert _labels("At Christmas, we give presents. At Westminster we heard the debate. At First Glance, we agree.") == []


def test_kind_cue_before_a_name() -> None:
    assert _labels("The think tank Civitas Nova disagreed.") == [("Civitas Nova", "think tank")]


def test_acronym_initials_count_hyphenated_parts() -> None:
    assert acronym_initials("All-Party Parliamentary Group".split())[0] == "APPG"


def test_acronym_definition_with_name_split_by_the_brackets() -> None:
    labels = [label for label, _ in _labels("The All-Party Parliamentary Group (APPG) on Looked After Children met.")]
    assert labels == ["All-Party Parliamentary Group on Looked After Children"]


def test_an_acronym_the_text_gives_a_curated_body_names_it_where_it_recurs() -> None:
    x = extract("Suffolk County Council (SCC) will review its fostering fees in the spring.",
                "Explaining the review, SCC said: “Fees have not kept pace with costs.”")
    assert speakers(x) == [("Fees have not kept pace with costs.", "suffolk-county-council")]
    assert bodies(x) == {"suffolk-county-council"}


def test_party_affiliation() -> None:
    assert _labels("Labour MP Dina Cole asked a question.") == [("Labour Party", "political party")]
    for text in ("Ravi Noon, Labour cabinet member for children, replied.", "Tory county councillor Jo Vane agreed.",
                 "Conservative county councillors criticised the plan."):
        assert _labels(text)[0][0] in ("Labour Party", "Conservative Party"), text


def test_place_and_lower_case_council() -> None:
    assert _labels("Officers at Kestrel council agreed.") == [("Kestrel Council", "council")]


def test_common_word_body_name_used_as_a_modifier_is_not_the_body() -> None:
    assert _labels("Kinship care is growing.") == []
    assert _labels("The charity Kinship said so.") == [("Kinship (charity)", "charity")]


def test_programme_names_are_not_bodies() -> None:
    assert _labels("The Families Together Partnership programme expanded.") == []


def test_a_body_named_before_its_report_review_or_survey_is_a_body() -> None:
    """A programme's name may end in a body word ("… Partnership programme"); a report, review or survey a body
    wrote is still its body's: "the Harbour Institute report", "a Lumen Trust survey"."""
    for text, name in (("Concerns were raised in the Harbour Institute report last week.", "Harbour Institute"),
                       ("A Lumen Trust survey of carers was published.", "Lumen Trust"),
                       ("The Eastbridge Foundation review was published.", "Eastbridge Foundation")):
        assert name in [label for label, _ in _labels(text)], text


def test_list_after_a_plural_kind_word_overrides_a_shorter_curated_name() -> None:
    labels = _labels("Ofsted asked charities Coram Voice, Step Forward and Youth4Change to run focus groups.")
    assert [label for label, _ in labels] == ["Ofsted", "Coram Voice", "Step Forward", "Youth4Change"]


def test_a_list_stops_at_the_paragraph_end() -> None:
    assert _labels("Oversight of providers\n\nIn addition, the plan continues.") == []


def test_name_with_its_kind_after_it() -> None:
    assert _labels("Under the Bright Start for Families trust, services improved.") == [
        ("Bright Start for Families", "provider")]


def test_a_broadcaster_named_without_the_is_an_outlet() -> None:
    x = extract("Speaking to Valley News, the director said the fund was late.",
                "She also appeared on Coast Radio to discuss it.")
    labels = {e.label for e in x.entities if e.ref.kind == "organisation"}
    assert {"Valley News", "Coast Radio"} <= labels


def test_all_party_groups_are_whole_bodies_under_their_full_name() -> None:
    x = extract("Research by the All Party Parliamentary Group on Kinship Care found gaps.",
                "As secretariat to the APPG for Looked After Children and Care Leavers, we run an inquiry.")
    labels = {e.label for e in x.entities if e.ref.kind == "organisation"}
    assert {"All-Party Parliamentary Group on Kinship Care",
            "All-Party Parliamentary Group for Looked After Children and Care Leavers"} <= labels
    assert "kinship" not in bodies(x)


def test_a_photo_credit_names_its_agency() -> None:
    x = extract("The council said the market was broken. Photograph: Dominic Ashby/PA",
                "Councils are struggling to find homes for children in care. Picture Adobe Stock",
                "Agency social workers cost more.")
    labels = {e.label for e in x.entities if e.ref.kind == "organisation"}
    assert {"PA", "Adobe Stock"} <= labels
    assert not any("Agency" in label for label in labels)


def test_crown_bodies_are_whole_and_two_joined_by_and_stay_two() -> None:
    x = extract("Inspectors from His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services and His "
                "Majesty’s Inspectorate of Probation will join the review. HM Courts and Tribunals Service agreed.")
    labels = {e.label for e in x.entities if e.ref.kind == "organisation"}
    assert {"His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services",
            "His Majesty’s Inspectorate of Probation", "HM Courts and Tribunals Service"} <= labels


def test_a_caption_run_into_the_next_line_is_not_a_body() -> None:
    labels = [label for label, _ in _labels("Carers met the minister on Friday. Photo Lakeside Images Agency "
                                            "staff were not present.")]
    assert not any("Agency" in label for label in labels)


def test_a_menu_run_into_a_field_label_is_not_a_body() -> None:
    labels = [label for label, _ in _labels("Share this: View Full Report Department: Harbour Borough Council")]
    assert labels == ["Harbour Borough Council"]


def test_nhs_bodies_are_bodies_but_its_plans_are_not() -> None:
    assert [label for label, _ in _labels("NHS Confederation backed the NHS Long Term Plan and the NHS number.")] \
        == ["NHS Confederation"]


def test_the_publisher_is_a_body_where_the_text_names_it() -> None:
    g = gazetteer()
    text = "Essays in Northfield Review cover every topic. Northfield Review welcomes letters."
    assert [h.label for h in find_bodies(text, g.find(text), g, "Northfield Review")] == ["Northfield Review"] * 2


def test_a_members_own_site_as_publisher_is_no_body() -> None:
    g = gazetteer()
    text = "Jo Adeyemi MP said the letter was sent. Jo Adeyemi MP has backed kinship carers."
    assert find_bodies(text, g.find(text), g, "Jo Adeyemi MP") == []


def test_a_person_of_a_body_is_not_part_of_its_name() -> None:
    assert [label for label, _ in _labels("Jo Ade of the Northby Providers Association spoke first.")] == [
        "Northby Providers Association"]


def test_councils_named_borough_of_a_place() -> None:
    assert [label for label, _ in _labels("The London Borough of Eastham and the Royal Borough of Kingsley upon "
                                          "Tame will share the grant.")] == [
        "London Borough of Eastham", "Royal Borough of Kingsley upon Tame"]


def test_a_body_named_before_an_office_and_its_holder() -> None:
    assert [label for label, _ in _labels("Shared Homes Plus chief executive Ewan Tait said so. In May chief "
                                          "executive Ann Roe left.")] == ["Shared Homes Plus"]


def test_police_forces_and_holding_companies_are_bodies_by_their_head_word() -> None:
    assert [label for label, _ in _labels("Eastshire Police and Northby Care Holdings said so.")] == [
        "Eastshire Police", "Northby Care Holdings"]


def test_a_common_word_body_name_in_title_case_copy_is_a_modifier() -> None:
    x = extract("Championing Kinship Care: a new strategy",
                "The plan creates a new Kinship Care Ambassador role.")
    assert "kinship" not in {e.ref.slug for e in x.entities if e.ref.kind == "organisation"}


def test_place_and_lower_case_council_takes_the_official_name_reference_data_gives() -> None:
    assert _labels("Staff at Tameside council were told.") == [("Tameside Metropolitan Borough Council", "council")]


def test_places_listed_before_councils_are_each_a_council() -> None:
    labels = [label for label, _ in _labels("Pilots start in Norfolk, Rutland and Gateshead councils next year.")]
    assert labels == ["Norfolk County Council", "Rutland County Council", "Gateshead Council"]


def test_places_listed_before_authorities_are_each_a_council() -> None:
    labels = [label for label, _ in _labels("The hub joins the fostering teams of Rutland, Norfolk and Gateshead "
                                            "authorities, and Leeds and Wakefield local authorities too.")]
    assert labels == ["Rutland County Council", "Norfolk County Council", "Gateshead Council", "Leeds City Council",
                      "City of Wakefield Metropolitan District Council"]
    assert _labels("Harbour District Council works with other Norfolk local authorities.") == [
        ("Harbour District Council", "council")]


def test_places_after_london_boroughs_of_are_each_a_borough() -> None:
    labels = [label for label, _ in _labels("Help went to the London Boroughs of Merton, Sutton and Harrow.")]
    assert labels == ["London Borough of Merton", "London Borough of Sutton", "London Borough of Harrow"]


def test_a_list_of_local_authorities_keeps_places_joined_by_and_whole() -> None:
    text = ("The other local authorities include Devon, Brighton and Hove, Bright Steps for Children (Kingston and "
            "Windsor and Maidenhead) and Luton.")
    assert [label for label, _ in _labels(text)] == [
        "Devon County Council", "Brighton and Hove City Council", "Bright Steps for Children",
        "Royal Borough of Kingston upon Thames", "Royal Borough of Windsor and Maidenhead", "Luton Borough Council"]


def test_places_after_councils_described_or_cabinet_members_from_are_each_a_council() -> None:
    text = "The councils taking part are: Norfolk, Rutland and Gateshead - each has a new team."
    assert [label for label, _ in _labels(text)] == ["Norfolk County Council", "Rutland County Council",
                                                     "Gateshead Council"]
    text = "Cabinet members from Halton, Stockport and Derby wrote to the minister."
    assert [label for label, _ in _labels(text)] == ["Halton Borough Council",
                                                     "Stockport Metropolitan Borough Council", "Derby City Council"]


def test_bullets_under_a_line_naming_local_authorities_are_each_a_council() -> None:
    text = ("The four pilot local authorities are:\n\n• Derby (East Midlands) • Halton (North West) • Narnia (Fiction) "
            "• Stockport\n\nEach will get funding.")
    assert [label for label, _ in _labels(text)] == [
        "Derby City Council", "Halton Borough Council", "Stockport Metropolitan Borough Council"]
    assert _labels("Trips this summer are planned to:\n\n• Derby • Halton") == []


def test_a_place_no_council_is_named_after_is_not_a_body_in_a_list_of_councils() -> None:
    assert _labels("Councils such as Narnia and Gondor agreed.") == []


def test_an_agency_after_a_credit_in_a_caption_is_a_body() -> None:
    assert _labels("The home closed last spring Credit: Sam Hale/Northby Press") == [("Northby Press", "publisher")]


def test_a_party_in_brackets_after_a_constituency_is_the_party() -> None:
    assert _labels("Dina Cole (Westmoor) (Con)\n\nI welcome the report.") == [("Conservative Party", "political party")]


def test_a_diocese_is_a_body() -> None:
    assert _labels("A representative from the Diocese of Westmoor said the cost was high.") == [
        ("Diocese of Westmoor", None)]


def test_the_body_where_a_role_is_held_after_at() -> None:
    assert _labels("Dr Ann Cole (Head of Policy, Research and Impact at Bright Start, Wales) spoke.") == [
        ("Bright Start", None)]


def test_a_place_where_a_role_is_held_is_its_council_never_the_place() -> None:
    assert _labels("Sam Hale, director of children's services at Rutland, said so.") == [
        ("Rutland County Council", "council")]
    assert _labels("Sam Hale, a social worker at Northby, said so.") == []


def test_a_person_after_a_role_and_at_is_not_a_body() -> None:
    assert _labels("She was a researcher at Anna Price for a year.") == []
    assert _labels("She was a researcher at Wilson Carers Hub for a year.") == [("Wilson Carers Hub", None)]


def test_common_words_after_a_role_and_at_name_a_body_unless_they_describe_a_workplace() -> None:
    assert _labels("Sam Hale (Head of Policy at Young Family First, Wales) spoke.") == [("Young Family First", None)]
    assert _labels("Sam Hale, a manager at Children's Services, spoke.") == []


def test_the_publisher_is_named_without_the_kind_word_its_own_copy_drops_and_with_either_apostrophe() -> None:
    g = gazetteer()
    text = "The DfE has awarded St Agnes’s funding. Staff at St Agnes’s Fellowship agreed."
    assert [h.label for h in find_bodies(text, g.find(text), g, "St Agnes's Fellowship")][1:] == [
        "St Agnes's Fellowship"] * 2
    text = "Parents met on Northfield Road last week."
    assert [h.label for h in find_bodies(text, [], g, "Northfield Road Group")] == []


def test_a_heading_opening_with_a_kind_word_names_no_body() -> None:
    assert _labels("Summary\n\nAgency Staffing for Youth Services Quarter 3\n\nTo agree the rates.") == []
    assert _labels("Charity Home Ground said the rates were too high.") == [("Home Ground", "charity")]


def test_a_common_word_body_name_running_on_into_a_longer_name_is_not_that_body() -> None:
    assert _labels("Jo Reed, chief executive of Kinship Horizons, said so.") == [("Kinship Horizons", None)]
    assert ("Frontline", "charity") in _labels("Frontline Chief Executive Mary Jackson said so.")


def test_a_capitalised_title_with_of_names_no_body() -> None:
    assert _labels("Jo Reed, Director of Strategy and Innovation, said so.") == []
    assert _labels("Jo Reed, director of Children's Services, said so.") == []


def test_a_body_before_an_office_with_a_lower_case_modifier() -> None:
    assert _labels("Westmoor Carers policy director Emily Holt said so.") == [("Westmoor Carers", None)]


def test_party_and_constituency_in_one_bracket_is_the_party() -> None:
    assert _labels("Kate Hale (Labour, Northby West):\n\nWill the minister act?") == [("Labour Party", "political party")]


def test_a_common_word_and_joiner_opening_a_sentence_is_not_part_of_a_body_name() -> None:
    assert _labels("Shares in Northcare Group plc fell.") == [("Northcare Group plc", "company")]
    assert _labels("It rose. Funding for Westmoor Carers Trust was cut.") == [("Westmoor Carers Trust", "provider")]
    assert _labels("Council for Disabled Children said so.") == [("Council for Disabled Children", "council")]
    assert _labels("We met the Friends of Northby Trust.") == [("Friends of Northby Trust", "provider")]


def test_a_photographer_credited_by_name_is_not_a_body() -> None:
    assert _labels("The home in Northby. Photo: Jo Reed") == []
    assert _labels("The home in Northby Credit: Sam Hale") == []
    assert _labels("The home in Northby. Photo: Getty Images") == [("Getty Images", "publisher")]


def test_a_head_last_name_starting_first_wins_over_a_head_first_reading_inside_it() -> None:
    assert _labels("The Royal College of Speech Therapists said so.") == [
        ("Royal College of Speech Therapists", "sector body")]


def test_and_the_separates_two_names() -> None:
    assert [label for label, _ in _labels("Kidsmatter and the Northby Autism Society said so.")] == [
        "Northby Autism Society"]


def test_associates_ends_a_company_name() -> None:
    assert _labels("Northby Care Associates won the contract.") == [("Northby Care Associates", "company")]


def test_a_crown_office_is_not_a_body() -> None:
    assert _labels("Jo Reed, His Majesty’s Chief Inspector of Schools, said so.") == []
    assert _labels("HM Inspectorate of Probation said so.") == [("HM Inspectorate of Probation", "regulator")]


def test_the_last_body_word_gives_the_kind() -> None:
    assert _labels("Staff at Westmoor Academy Trust said so.") == [("Westmoor Academy Trust", "provider")]
    assert _labels("The Council for Northby Youth said so.") == [("Council for Northby Youth", "council")]


def test_a_curated_one_word_name_inside_a_head_first_name_is_not_that_body() -> None:
    assert _labels("The Office of the Public Guardian said so.") == [
        ("Office of the Public Guardian", "government department")]
    assert ("The Guardian", "publisher") in _labels("She told the Guardian it was wrong.")


def test_a_curated_body_for_another_nation_is_its_counterpart() -> None:
    assert _labels("The Children's Commissioner for Wales said so.") == [
        ("Children's Commissioner for Wales", "public body")]
    assert _labels("The Children's Commissioner said so.") == [("Children's Commissioner for England", "public body")]


def test_a_body_with_its_office_holder_in_apposition_or_a_relative_clause() -> None:
    for text in ("Kids Matter’s chief executive, Jo Reed, said so.", "Jo Reed, Kids Matter's chief executive, said so.",
                 "Jo Reed, the Kids Matter chief executive, said so.", "Jo Reed, who founded Kids Matter, said so.",
                 "Jo Reed, who works for Kids Matter, said so."):
        assert _labels(text) == [("Kids Matter", None)], text
    assert _labels("Jo Reed, who works at West Sussex, said so.") == [("West Sussex County Council", "council")]
    assert _labels("Jo Reed, who works at Northby, said so.") == []


def test_an_acronym_defined_earlier_before_an_office_is_that_body() -> None:
    text = "Northby Families Trust (NFT) overspent. NFT’s chief executive, Jo Reed, said so."
    assert [label for label, _ in _labels(text)] == ["Northby Families Trust"]


def test_places_listed_with_a_place_already_named_as_a_council_are_councils() -> None:
    text = ("Training went to the London Boroughs of Merton and Sutton. The group now includes Merton, Sutton, "
            "Sandwell and Dudley.")
    assert {label for label, _ in _labels(text)} == {
        "London Borough of Merton", "London Borough of Sutton", "Sandwell Metropolitan Borough Council",
        "Dudley Metropolitan Borough Council"}
    assert _labels("Kent County Council agreed. Rain fell in Kent, Surrey and Sussex.") == [
        ("Kent County Council", "council")]


def test_an_ombudsman_is_a_body_and_never_a_person() -> None:
    x = extract("The Northshire Housing Ombudsman said the council was at fault.",
                "Complaints to the Schools & Social Care Ombudsman rose.")
    assert {"northshire-housing-ombudsman", "schools-social-care-ombudsman"} <= bodies(x)
    assert not any("Ombudsman" in name for name in people(x))


def test_a_wire_datelines_agency_is_a_publisher() -> None:
    assert ("Wirepost", "publisher") in _labels("(Wirepost) -- Sam Hale was 15 when she moved.")
    assert ("Wirepost", "publisher") in _labels("LEEDS, Mar 3 (Wirepost) – Councils are short of carers.")
    assert _labels("The charity (and its staff) – all of them – agreed.") == []


def test_capital_and_corp_head_a_firms_name() -> None:
    assert _labels("The homes were sold to Hartwell Capital in 2019.") == [("Hartwell Capital", "company")]
    assert _labels("Funds such as Brindle Asset Corp. backed the deal.") == [("Brindle Asset Corp", "company")]
    assert _labels("Private capital has moved into care.") == []


def test_an_office_in_title_case_before_of_is_not_part_of_the_bodys_name() -> None:
    x = extract("Jo Reed, Chair of the Northby Safeguarding Partnership, said it was late.",
                "The Director of the Westmoor Children’s Trust agreed.",
                "Ann Lee, Head of Policy at the Eastfield Carers Association, said so.")
    assert bodies(x) == {"northby-safeguarding-partnership", "westmoor-childrens-trust", "eastfield-carers-association"}
    assert ("chair", "northby-safeguarding-partnership") in {
        (m.role, m.organisation.slug) for m in x.memberships if m.organisation}


def test_a_body_whose_name_opens_with_a_body_word_and_of_keeps_it() -> None:
    assert [label for label, _ in _labels("The Institute of Health Visiting and the Council for Young Carers met.")] == [
        "Institute of Health Visiting", "Council for Young Carers"]


def test_a_capital_that_only_opens_a_sentence_or_heading_before_council_is_no_place() -> None:
    x = extract("Existing council corporate parenting duties", "Average council spending rose.",
                "Several council leaders agreed.")
    assert bodies(x) == set()


def test_a_place_before_council_that_the_text_capitalises_elsewhere_is_its_council() -> None:
    x = extract("Westby council said so.", "The mayor of Westby agreed. Tameside council did not.")
    assert {"westby-council", "tameside-metropolitan-borough-council"} <= bodies(x)


def test_an_all_party_group_is_named_whole_not_by_its_tail() -> None:
    assert bodies(extract("Members of the All-Party Parliamentary Group for Children met on Tuesday.")) == {
        "all-party-parliamentary-group-for-children"}


def test_a_compass_region_is_neither_a_body_nor_a_person() -> None:
    x = extract("Councils in the South East said the plan was late.", "Carers in the North West agreed.")
    assert bodies(x) == set() and people(x) == set()


def test_a_party_and_constituency_in_brackets_with_a_dash_name_the_party() -> None:
    assert bodies(extract("Asked by: Kate Hale (Conservative - Northby West)")) == {"conservative-party"}


def test_an_office_after_a_council_name_is_no_body() -> None:
    labels = [label for label, _ in _labels("“We need more foster carers,” said Eastfield Council Cabinet Member for "
                                            "Adult Services, Councillor Nadia Ferris.")]
    assert labels == ["Eastfield Council"]


def test_the_field_of_a_job_title_is_no_body() -> None:
    labels = [label for label, _ in _labels("Contact Owen Blake – Harbour Carers Trust – Policy and Research "
                                            "Officer, for details.")]
    assert labels == ["Harbour Carers Trust"]


def test_a_broadcasters_image_source_names_the_agency() -> None:
    assert ("Harbour Pictures", "publisher") in _labels("Image source, Harbour Pictures\nImage caption,\n"
                                                        "A foster family at home.")
    assert ("Harbour Pictures", "publisher") in _labels("A family at home.Image source, Harbour Pictures Image "
                                                        "caption, The home opens in May.")


def test_a_childrens_guardian_is_no_newspaper() -> None:
    x = extract("Counsel appeared on behalf of the Children's Guardian at the hearing in Northby.")
    assert "the-guardian" not in bodies(x)
    assert "the-guardian" in bodies(extract("She told the Guardian the plan was late."))


def test_a_curated_name_written_without_its_apostrophe_is_that_body() -> None:
    assert "barnardos" in bodies(extract("For details contact Owen Blake – Barnardos, policy officer."))
    assert "barnardos" in bodies(extract("Owen Blake of Barnardo’s said the plan was late."))


def test_a_body_word_alone_before_and_is_no_body_of_its_own() -> None:
    labels = [label for label, _ in _labels("With help from the Academy and Lecturers Union the inquiry began.")]
    assert labels == ["Academy and Lecturers Union"]


def test_an_acronym_inside_a_name_keeps_the_whole_subject_after_it() -> None:
    labels = [label for label, _ in _labels("The All Party Parliamentary Group (APPG) for Young Carers and Kinship "
                                            "Families met on Tuesday.")]
    assert labels == ["All Party Parliamentary Group for Young Carers and Kinship Families"]


def test_who_runs_a_service_is_a_body_unless_the_name_looks_like_a_person() -> None:
    assert ("Harbour Learning and Care", None) in _labels(
        "The two homes will be managed and staffed by Harbour Learning and Care from June.")
    assert _labels("The helpline is run by Perpetua Vane from her kitchen.") == []


def test_a_list_after_a_plural_kind_and_a_dash_names_each_body() -> None:
    labels = [label for label, _ in _labels("Five organisations – Kin Futures, HOPE, Lantern and Harbour Carers Trust "
                                            "– signed the letter.")]
    assert labels == ["Kin Futures", "HOPE", "Lantern", "Harbour Carers Trust"]


def test_the_firm_instructing_counsel_is_a_body() -> None:
    labels = [label for label, _ in _labels("Ms T Okoro (instructed by Vane & Co) appeared on behalf of the father.")]
    assert labels == ["Vane & Co"]


def test_a_lower_case_guardian_is_no_newspaper() -> None:
    assert "the-guardian" not in bodies(extract("The guardian shares the court's concern about the delay."))
    assert "the-guardian" in bodies(extract("The delay was first reported by the Guardian in May."))


def test_a_place_before_a_curated_courts_name_names_a_local_court() -> None:
    assert ("Eastfield Family Court", "court") in _labels("Care orders were made at the Eastfield Family Court in May.")
    assert _labels("In Family Court hearings, parents may be represented.") == [("Family Court", "court")]
    assert _labels("ON APPEAL FROM THE EASTFIELD FAMILY COURT") == [("EASTFIELD FAMILY COURT", "court")]
    assert _labels("The hearing was in the Family Court at Eastfield on Monday.") == [("Family Court at Eastfield",
                                                                                      "court")]
    assert _labels("IN THE FAMILY COURT AT EAST FIELD IN THE MATTER OF X") == [("FAMILY COURT AT EAST FIELD", "court")]


def test_the_firm_instructing_counsel_may_look_like_a_persons_name() -> None:
    labels = [label for label, _ in _labels("Mr Owen Blake (instructed by Pellow Yarde) appeared for the mother. Ms "
                                            "Ada Reed (instructed by Nadia Ferris, Vane Law LLP) for the father.")]
    assert "Pellow Yarde" in labels and "Nadia Ferris" not in labels


def test_an_outlet_named_by_a_byline_or_by_its_acronym_after_told() -> None:
    assert ("Northby News", "publisher") in _labels("By Ada Reed\n\nNorthby News\n\nFoster carers marched on Monday.")
    assert ("Northby Echo", "publisher") in _labels("By Ada Reed, Northby Echo\n\nFoster carers marched on Monday.")
    assert ("NWR", "publisher") in _labels("Owen Blake told NWR: “The plan is late.”")
    assert _labels("Owen Blake told MPs: “The plan is late.”") == []


def test_the_secretary_of_state_for_a_department_is_an_office_not_a_body() -> None:
    assert _labels("The claim was brought against the Secretary of State for the Home Department last year.") == []
    assert _labels("The case of Smith v Secretary of State For The Home Department was heard.") == []
    assert [label for label, _ in _labels("The Department for Education published the figures.")] == [
        "Department for Education"]


def test_a_senior_job_titles_field_is_no_body() -> None:
    assert [label for label, _ in _labels("Jane Hunter, Senior Research and Impact Manager at Missing People, "
                                          "spoke first.")] == ["Missing People"]


def test_a_date_after_a_kind_word_is_no_body() -> None:
    assert [label for label, _ in _labels("Councils to house more children - Harbour Council November 23, 2021")] \
        == ["Harbour Council"]


def test_a_forms_field_label_is_no_body() -> None:
    assert _labels("Charity Name: Harbour Lights (the legal name is Harbour Trust)") == [("Harbour Trust", "provider")]


def test_a_the_after_a_name_word_ends_a_bodys_name_one_after_a_joiner_does_not() -> None:
    assert _labels("In signing the Care Leavers Promise the University has made an offer.") == []
    assert [label for label, _ in _labels("The Friends of the Harbour Trust met.")] == ["Friends of the Harbour Trust"]


def test_a_councils_meeting_is_no_body() -> None:
    assert _labels("The motion goes to Full Council next week and then to an Extraordinary Council meeting.") == []
    assert _labels("The plan was announced at Wednesday's Full Council meeting.") == []


def test_a_party_before_a_title_case_role_is_an_affiliation() -> None:
    labels = [label for label, _ in _labels("Labour Councillor Zoe Reed and Liberal Democrat Cllr Owen Blake agreed.")]
    assert labels == ["Labour Party", "Liberal Democrats"]


def test_a_one_word_publisher_is_a_body_where_its_name_is_capitalised_inside_a_sentence() -> None:
    g = gazetteer()

    def named(text: str, publisher: str) -> list[str]:
        return [h.label for h in find_bodies(text, g.find(text), g, publisher)]

    assert named("The paper sets out Carewell’s plan for delivery.", "Carewell") == ["Carewell"]
    assert named("Advocacy matters. Advocacy is what we do.", "Advocacy") == []


def test_a_council_in_a_form_reference_data_does_not_hold_is_the_curated_council_of_its_place() -> None:
    # "<place> Borough Council" for a council curated as "<place> Metropolitan Borough Council"
    assert _labels("The project is run with Rochdale Borough Council and the police.") == [
        ("Rochdale Metropolitan Borough Council", "council")]
    assert _labels("Bradford City Council said it would appeal.") == [
        ("City of Bradford Metropolitan District Council", "council")]
    # a council reference data does not know keeps its name as written
    assert _labels("Harbour Borough Council said it would appeal.") == [("Harbour Borough Council", "council")]


def test_a_one_word_name_shaped_as_no_common_word_is_a_body_where_it_stands_as_one() -> None:
    assert [label for label, _ in _labels("Jo Reed of 4Families spoke to the committee.")] == ["4Families"]
    assert [label for label, _ in _labels("A PollNorth survey of parents found a rise.")] == ["PollNorth"]
    assert [label for label, _ in _labels("The story was first reported by NewsHive last week.")] == ["NewsHive"]
    # a surname's own shape, and a product's name in an advert, are no body
    assert _labels("Ministers met Sam MacDonald and later heard from MacDonald again.") == []
    assert _labels("Get 20% off ClassGuard! Offer ends soon.") == []


def test_a_service_named_in_a_council_papers_document_title_is_no_body() -> None:
    assert _labels("Adoption Service Annual Report 2023-24\n\nThe panel noted the report.") == []
    assert _labels("Members discussed the Leaving Care Service Independent Review at length.") == []
    assert _labels("The Panel read the Quarterly Adoption Service Update.") == []
    # the body itself, with no document after its name, stays a body
    assert [label for label, _ in _labels("Staff at the Northby Family Service said so.")] == ["Northby Family Service"]


def test_an_acronym_with_members_or_a_spokesperson_is_a_body() -> None:
    assert [label for label, _ in _labels("The pair were NFWU members for a decade.")] == ["NFWU"]
    assert [label for label, _ in _labels("The YPiC representative asked about placements.")] == ["YPiC"]
    # a post's acronym, or two capitals, is no body
    assert _labels("A DCS representative and a GP representative spoke.") == []


def test_a_kind_of_body_written_in_capitals_is_no_body() -> None:
    assert _labels("As a Local Authority that inspectors rate highly, we welcome it.") == []
    assert "Regional Adoption Agency" not in [label for label, _ in _labels(
        "The Regional Adoption Agency for the north opens in May.")]
    # a named body that opens with such a word stays a body
    assert [label for label, _ in _labels("The Local Government Association said so.")] == [
        "Local Government Association"]


def test_a_division_heads_a_body_name() -> None:
    assert _labels("The appeal went to the Family Division in May.") == [("Family Division", None)]
    assert _labels("Westmoor Bench Division, Administrative Court (Northby): 3 May") == [
        ("Westmoor Bench Division", None), ("Administrative Court", "court")]
    assert _labels("The division was restructured in May.") == []


def test_a_curated_name_opening_a_longer_body_name_is_that_body() -> None:
    assert _labels("Staff at the Family Court Liaison Service said so.") == [("Family Court Liaison Service", None)]
    assert _labels("The House of Commons Northby Affairs Committee met.") == [
        ("House of Commons Northby Affairs Committee", "parliament")]
    assert _labels("The Family Court sat in May.") == [("Family Court", "court")]
    assert _labels("The Family Court Judge ruled.") == [("Family Court", "court")]


def test_a_body_word_with_a_possessive_ends_one_name_and_opens_the_next() -> None:
    assert _labels("Northby Council’s Children and Families Overview and Scrutiny Committee met.") == [
        ("Northby Council", "council"), ("Children and Families Overview and Scrutiny Committee", "parliament")]
    assert _labels("It reports to the Council’s Executive Board.") == [("Executive Board", "public body")]
    assert _labels("Northby Council’s budget was cut.") == [("Northby Council", "council")]
    assert _labels("The Children’s Society said so.") == [("The Children's Society", "charity")]


def test_a_council_named_by_its_kind_alone_is_no_body() -> None:
    assert _labels("The case was brought by A County Council against the parents.") == []
    assert _labels("It was the last year of the current County Council.") == []
    assert _labels("Westmoor Town Council and Northby City Council agreed.") == [
        ("Westmoor Town Council", "council"), ("Northby City Council", "council")]


def test_a_fund_agency_or_provider_named_in_an_appositive_is_a_body() -> None:
    assert _labels("The bond was issued by Tern Ventures, a social investment fund.") == [("Tern Ventures", None)]
    assert _labels("Kestrel Fostering, as a small, independent fostering agency, objected.") == [
        ("Kestrel Fostering", None)]
    assert _labels("Brightpath Care, a private provider, runs the homes.") == [("Brightpath Care", "provider")]
    assert _labels("Jo Reed, a fund manager, and Amy Lowe, an agency social worker, said so.") == []


def test_an_office_and_its_holder_after_a_body_are_no_body() -> None:
    assert _labels("Northby Council Chief Executive Jo Reed said so.") == [("Northby Council", "council")]
    assert _labels("Westmoor Carers Trust Chair Amy Lowe said so.") == [("Westmoor Carers Trust", "provider")]
    assert _labels("The charity Head Start Northby said so.") == [("Head Start Northby", "charity")]
    assert people(extract("Northby Council Chief Executive Jo Reed said so.")) == {"Jo Reed"}


def test_party_as_adjective_names_the_party() -> None:
    # "a Lib Dem statement", "Labour-run Westmoor Council" named no party ("Labour-run Westmoor Council" was one body)
    assert _labels("A Lib Dem statement called the plan a disgrace.") == [("Liberal Democrats", "political party")]
    assert _labels("Labour-run Westmoor Council lost the vote.") == [
        ("Labour Party", "political party"), ("Westmoor Council", "council")]
    assert _labels("A Tory-backed bid failed; Green Deputy Leader Jo Hale objected.") == [
        ("Conservative Party", "political party"), ("Green Party", "political party")]
    # near-misses: a common word that is also a party's name
    assert _labels("Labour market data and Green spaces were discussed. Conservative estimates differ.") == []


def test_capitalised_kind_word_before_a_body_word_is_part_of_the_name() -> None:
    # "the Charity Commission" gave a charity called "Commission"
    assert _labels("The Charity Commission opened an inquiry into the trust.") == [
        ("Charity Commission", "public body")]
    # near-misses: a lower-case cue, and a capitalised one before a name of more words, still cue the name
    assert _labels("They wrote to the charity Westmoor Aid. Charity Kin Futures agreed.") == [
        ("Westmoor Aid", "charity"), ("Kin Futures", "charity")]


def test_acronym_as_the_subject_of_what_a_body_does_is_a_body() -> None:
    # "NYAS urge the review team", "NCVO is predicting better results": an acronym no definition names was no body
    assert _labels("WCAN urge the review team to act. The WCAN has warned of cuts.") == [("WCAN", None)] * 2
    assert _labels("Cuts bite. NWVO is predicting a deficit.") == [("NWVO", None)]
    # near-misses: a condition or a stage of schooling as a subject, a post's acronym, an acronym defined before
    assert _labels("SEND is costly. COVID has hit. The DCS said so.") == []
    assert _labels("A Local Child Safeguarding Practice Review (LCSPR) was held. The LCSPR found gaps.") == []
    assert _labels("The Westmoor Youth Advocacy Service (WYAS) met. WYAS said so.") == [
        ("Westmoor Youth Advocacy Service", None)]


def test_a_document_links_size_is_no_body() -> None:
    # council minutes' "Regional Adoption Agency PDF 92 KB Report of the Director" gave a company "PDF 92 KB Report"
    assert _labels("Expansion of the Regional Adoption Agency PDF 92 KB Report of the Director (People)") == []
    # near-miss: a kind word before a name still cues it
    assert _labels("Staff moved to the agency Westmoor Care Partners.") == [("Westmoor Care Partners", "company")]


def test_a_kind_word_ending_a_heading_cues_no_name_on_the_next_line() -> None:
    # "…into Orphanage Charity\n\nThe Charity Commission has…" gave the charity "Charity Commission"; "Volunteering
    # and your organisation\n\nVolunteering…" a body "Volunteering"
    assert _labels("Help for a small charity\n\nThe Westmoor Commission has opened an inquiry.") == [
        ("Westmoor Commission", "public body")]
    assert _labels("Help for your organisation\n\nVolunteering helps.") == []
    # near-miss: a cue and its name on one line
    assert _labels("Help came from the charity Westmoor Aid.") == [("Westmoor Aid", "charity")]


def test_capitalised_kind_word_and_one_word_after_it_mid_sentence_are_no_cue() -> None:
    # "a Council Tax discount" gave a council "Tax", "Venue: Room 6 - Council House" a council "House"
    assert _labels("Members backed a Council Tax discount. Venue: Room 6 - Council House.") == []
    # near-miss: a kind word opening a sentence still cues the word after it; one ending a name does not
    # (`test_a_kind_word_ending_a_name_cues_no_body_after_it`)
    assert _labels("Charity Westaid said so.") == [("Westaid", "charity")]
    assert [label for label, _ in _labels("The Westmoor Council Cabinet met.")] == ["Westmoor Council"]


def test_a_name_run_into_the_body_word_of_an_office_is_a_person_not_a_body() -> None:
    # a team page's "Matt Dunkley Board Chair" gave a body "Matt Dunkley Board"; "Deputy Chair, Cllr Paul Wood and
    # Group Spokesperson, Cllr …" a body "Cllr Paul Wood and Group"
    x = extract("Our trustees Sarah Penrose Board Chair Sarah has led charities for years.")
    assert "Sarah Penrose" in people(x) and not any("penrose" in slug for slug in bodies(x))
    x = extract("Cllr Tom Aske and Group Spokesperson, Cllr Ian Brill, said: ‘We are glad.’")
    assert {"Tom Aske", "Ian Brill"} <= people(x) and not any("aske" in slug for slug in bodies(x))
    # near-miss: a body's own name before its chair stays a body
    assert _labels("The Westmoor Safeguarding Children Board Chair spoke.") == [
        ("Westmoor Safeguarding Children Board", "public body")]


def test_committee_named_by_a_comma_list_of_remits_is_whole() -> None:
    assert _labels("Members of the Housing, Roads and Waste Scrutiny Committee voted.") == [
        ("Housing, Roads and Waste Scrutiny Committee", "public body")]
    assert _labels("Northby Council's Schools, Skills and Families Panel met.") == [
        ("Northby Council", "council"), ("Schools, Skills and Families Panel", "public body")]


def test_comma_list_before_a_committee_without_and_is_not_its_name() -> None:
    assert _labels("Grants went to Westmoor, Eastby and the Harbour Scrutiny Committee.") == [
        ("Harbour Scrutiny Committee", "parliament")]


def test_party_named_by_its_council_group_or_a_council_it_runs() -> None:
    assert _labels("Tory group leader Dan Hale objected.") == [("Conservative Party", "political party")]
    assert _labels("The Labour Group tabled an amendment.") == [("Labour Party", "political party")]
    assert _labels("This Liberal Democrat council has failed.") == [("Liberal Democrats", "political party")]


def test_body_named_green_council_for_is_not_the_green_party() -> None:
    assert _labels("The Green Council for Rivers met.") == [("Green Council for Rivers", "council")]


def test_outlet_named_as_the_source_of_a_story() -> None:
    assert _labels("The figures were first reported by the Westby Enquirer last week.") == [
        ("Westby Enquirer", "publisher")]
    assert _labels("Today, Northby Hub News is reporting that the home will close.") == [
        ("Northby Hub News", "publisher")]
    assert _labels("She has an article in The Times today.") == [("The Times", "publisher")]


def test_outlet_named_by_its_head_word_after_its_full_name_is_that_outlet() -> None:
    text = "The story was published by the Westby Enquirer. A spokesman told The Enquirer: “We are sorry.”"
    assert _labels(text) == [("Westby Enquirer", "publisher"), ("Westby Enquirer", "publisher")]


def test_a_body_that_reported_or_revealed_is_no_outlet() -> None:
    assert _labels("The council reported a deficit, and Eastby Care Trust revealed its losses.") == [
        ("Eastby Care Trust", "provider")]


def test_board_or_committee_named_in_lower_case_after_a_body_possessive_is_named_in_capitals() -> None:
    text = "She chairs Westmoor Council’s health and housing board and the family services scrutiny committee."
    assert _labels(text) == [("Westmoor Council", "council"),
                             ("Westmoor Council Health and Housing Board", "council"),
                             ("Westmoor Council Family Services Scrutiny Committee", "council")]


def test_a_sub_body_takes_its_owner_s_kind_not_parliament_s() -> None:
    assert _labels("Eastby Kinship Foundation’s advisory committee and the Westby Carers Association’s youth board "
                   "met.") == [
        ("Eastby Kinship Foundation", "charity"), ("Eastby Kinship Foundation Advisory Committee", "charity"),
        ("Westby Carers Association", "sector body"), ("Westby Carers Association Youth Board", "sector body")]
    # near-miss: a lower-case board after a word saying which is no sub-body ("its new board")
    assert _labels("Westby Carers Association’s new board met.") == [("Westby Carers Association", "sector body")]


def test_a_body_possessive_before_a_word_saying_which_board_names_none() -> None:
    assert _labels("Westmoor Council’s new board met; the council’s board agreed.") == [("Westmoor Council", "council")]


def test_council_post_or_service_in_a_place_names_its_council() -> None:
    assert _labels("She was an Assistant Director in Hampshire, then led Children's Services in Kent.") == [
        ("Hampshire County Council", "council"), ("Kent County Council", "council")]


def test_other_work_in_a_place_names_no_council() -> None:
    assert _labels("A professor in Hampshire and a director of a charity in Kent met a director in London.") == []
    assert _labels("The Association of Directors of Children's Services in Manchester met.") == [
        ("Association of Directors of Children's Services", "sector body")]


def test_department_named_with_a_comma_list_remit_is_whole() -> None:
    assert _labels("The Department for Roads, Rivers and Rail said so.") == [
        ("Department for Roads, Rivers and Rail", "government department")]
    assert _labels("A Department for Digital, Roads & Rail answer.") == [
        ("Department for Digital, Roads & Rail", "government department")]


def test_bodies_listed_after_a_department_are_not_its_remit() -> None:
    assert _labels("The Office for Harbours, Ofsted and Cafcass met.") == [
        ("Office for Harbours", "government department"), ("Ofsted", "regulator"), ("Cafcass", "public body")]


def test_and_the_ends_a_head_first_name_even_before_a_name_with_no_body_word() -> None:
    assert _labels("The University of Westby and the Born in Eastby study.") == [("University of Westby", "university")]


def test_field_of_research_after_and_ends_a_head_first_remit() -> None:
    assert _labels("The Institute for Roads and Rail Research funded it.") == [
        ("Institute for Roads and Rail Research", "research body")]


def test_publisher_named_in_full_is_not_a_curated_paper_inside_its_name() -> None:
    g = gazetteer()
    text = "Westby Guardian: a photo caption. The Guardian reported it too."
    hits = find_bodies(text, g.find(text), g, "Westby Guardian")
    assert [(h.label, h.kind_label) for h in hits] == [("Westby Guardian", "publisher"), ("The Guardian", "publisher")]


def test_place_named_bare_among_councils_is_its_council() -> None:
    labels = [label for label, _ in _labels("Funds went to Kent County Council, Blackpool, Medway Council and Surrey.")]
    # the list after a council's name, closed by "and", is of councils to its end
    assert labels == ["Kent County Council", "Blackpool Council", "Medway Council", "Surrey County Council"]


def test_place_before_a_lone_council_is_no_council() -> None:
    assert _labels("In Kent, Medway Council said it would act.") == [("Medway Council", "council")]


def test_a_head_last_name_runs_on_into_a_head_first_one() -> None:
    assert _labels("The Independent Office for Police Standards will look at it.") == [
        ("Independent Office for Police Standards", "public body")]
    assert [label for label, _ in _labels("Westshire Police said its Office hours would change.")] == [
        "Westshire Police"]


def test_a_building_named_like_a_body_is_a_place() -> None:
    assert _labels("The panel met at Northby Civic Centre and later at the Westby Shopping Centre.") == []
    assert [label for label, _ in _labels("Jo Ade, group leader at Eastby Town Hall, said so.")] == []
    assert [label for label, _ in _labels("The Northby Community Centre Trust said so.")] == [
        "Northby Community Centre Trust"]


def test_a_health_board_named_by_two_places_is_whole() -> None:
    assert [label for label, _ in _labels("Funding from NHS Kent and Medway was agreed.")] == ["NHS Kent and Medway"]
    assert [label for label, _ in _labels("NHS England and Ofsted wrote to providers.")] == ["NHS England", "Ofsted"]
    assert [label for label, _ in _labels("NHS Digital and Northcare signed a deal.")] == ["NHS Digital"]


def test_an_acronym_after_a_role_is_the_name_it_spells() -> None:
    text = "Eastmoor Carers Voice (ECV) has raised concerns. Jo Ade, chief executive at ECV, said so."
    assert bodies(extract(text)) == {"eastmoor-carers-voice"}
    assert bodies(extract("Jo Ade, chief executive at ECV, said so.")) == {"ecv"}


def test_bodies_given_as_examples_of_a_group_where_one_is_known() -> None:
    labels = [label for label, _ in _labels(
        "Our partners, including Northby Circle, Child Poverty Action Group and Hartwell Aid, signed the letter.")]
    assert labels == ["Northby Circle", "Child Poverty Action Group", "Hartwell Aid"]
    # no known body among the examples: places, not bodies
    assert _labels("Some members, including Northby and Eastmoor, have objected.") == []


def test_a_one_word_item_before_and_with_a_long_name_is_one_name() -> None:
    labels = [label for label, _ in _labels(
        "Partners such as Child Poverty Action Group and Children and Young People's Wellbeing Policy Group met.")]
    assert labels == ["Child Poverty Action Group", "Children and Young People's Wellbeing Policy Group"]


def test_an_inspection_is_not_a_body() -> None:
    assert [label for label, _ in _labels(
        "It was judged under the Inspection of Local Authority Children's Services (ILACS) framework.")] == []
    assert [label for label, _ in _labels("Northby City Council Re-inspection of services for children")] == [
        "Northby City Council"]


def test_a_regulator_named_before_a_report_title_is_still_named() -> None:
    assert [label for label, _ in _labels("The panel noted the Ofsted Inspection Report of the service.")] == [
        "Ofsted"]


def test_a_body_described_with_a_or_an_is_not_named() -> None:
    assert _labels("A Parent Advisory Group has been set up in Northby to steer the plan.") == []
    assert _labels("The study weighs the costs of a Help Service for Kinship Carers: a local case.") == []
    # near misses: a founding verb names the new body, and a name before a noun is the body's own
    assert [label for label, _ in _labels("Ministers set up a National Delivery Board to oversee the reforms.")] == [
        "National Delivery Board"]
    assert [label for label, _ in _labels("A Northby Borough Council spokesperson said it was sorry.")] == [
        "Northby Borough Council"]


def test_a_body_named_after_its_owners_possessive() -> None:
    assert [label for label, _ in _labels("It was written with Jo Ade’s Centre for Family Lives last year.")] == [
        "Centre for Family Lives"]
    assert [label for label, _ in _labels("Over two years the Northcare Works’s Parent Policy Forum met monthly.")] == [
        "Parent Policy Forum"]
    # near misses: a common word's possessive and a one-word owner are part of the name
    assert [label for label, _ in _labels("The Northby Children’s Rights Trust replied.")] == [
        "Northby Children’s Rights Trust"]
    assert [label for label, _ in _labels("The Duke’s Family Support Trust replied.")] == ["Duke’s Family Support Trust"]


def test_a_body_counted_by_a_quantifier_is_not_named() -> None:
    assert _labels("Each of the Ward Panels being given a budget, the plan went ahead.") == []
    assert _labels("Youth Hubs to Open in Every Northern Council by Spring") == []
    # near miss: a named body owning what the quantifier counts
    assert [label for label, _ in _labels("One of the Northby Borough Council’s advisers resigned.")] == [
        "Northby Borough Council"]


def test_the_council_of_a_story_set_in_one_place_is_that_places_council() -> None:
    found = bodies(extract("Rutland has housed 40 more children this year. Ada Penn, the leader of the council, said "
                           "the cost had doubled."))
    assert "rutland-county-council" in found


def test_the_council_is_no_places_council_when_two_places_are_named_or_a_council_is_named() -> None:
    assert bodies(extract("Rutland and Northumberland housed 40 more children. The council said costs had doubled.")) \
        == set()
    found = bodies(extract("Harbourside Council met in Rutland. The council said costs had doubled."))
    assert "rutland-county-council" not in found


def test_the_council_in_a_councils_own_paper_is_the_publisher() -> None:
    g = gazetteer()
    text = "The report asks the council to note the overspend of the service."
    hits = find_bodies(text, g.find(text), g, "Rutland County Council")
    assert [(h.label, text[h.start:h.end]) for h in hits] == [("Rutland County Council", "the council")]
    assert find_bodies(text, g.find(text), g, "Harbour Gazette") == []
    text = "The Director informed the Committee that the Council held valid data. The Council Tax rose by 3%."
    hits = find_bodies(text, g.find(text), g, "Rutland County Council")
    assert [text[h.start:h.end] for h in hits] == ["the Council"]


def test_the_broadcaster_is_named_by_its_acronym_and_its_news_service_is_an_outlet_of_its_own() -> None:
    assert bodies(extract("Figures obtained by BBC Two’s Late Review programme showed 80 children went missing.")) \
        == {"bbc"}
    assert bodies(extract("Jo Ade told BBC News the plan would fail.")) == {"bbc-news"}


def test_a_research_centres_remit_runs_on_in_a_comma_list_unless_the_list_names_bodies() -> None:
    assert [label for label, _ in _labels("It was led by the Centre for Rural Childhood, Youth and Family Studies.")] \
        == ["Centre for Rural Childhood, Youth and Family Studies"]
    assert "Centre for Rural Childhood, Youth and Family Research" in [label for label, _ in _labels(
        "She joined the Northby University’s Centre for Rural Childhood, Youth and Family Research.")]
    assert [label for label, _ in _labels("Talks between the Centre for Youth Policy, Harbour Trust and Riverside "
                                          "Foundation stalled.")] == [
        "Centre for Youth Policy", "Harbour Trust", "Riverside Foundation"]


def test_two_names_a_caption_glued_make_no_body_but_a_one_word_brand_is_one() -> None:
    assert _labels("Northby Hall's Council ChamberNorthby Hall's Council Chamber") == []
    assert [label for label, _ in _labels("The charity HarbourWorks said so.")] == ["HarbourWorks"]


def test_a_capitalised_university_opening_a_name_is_part_of_it_not_a_kind_cue() -> None:
    named = [label for label, _ in _labels("Research by University College Northby found that placements moved.")]
    assert named == ["University College Northby"]


def test_a_body_word_opening_a_name_before_of_is_no_persons_name() -> None:
    named = [label for label, _ in _labels("The appeal went to the National Fostering of Children Tribunal in May.")]
    assert named == ["National Fostering of Children Tribunal"]


def test_places_listed_after_a_councils_name_are_councils() -> None:
    labels = [label for label, _ in _labels("Partners including Devon County Council (DCC), North Somerset, Dorset "
                                            "and Torbay won the grant.")]
    assert {"Devon County Council", "North Somerset Council", "Dorset Council", "Torbay Council"} <= set(labels)
    # a list not closed by "and" after the council is not a list of councils
    assert "Dorset Council" not in [label for label, _ in _labels("Devon County Council, Dorset Police said.")]


def test_a_councillors_title_names_the_council_and_keeps_the_person() -> None:
    x = extract("The move follows an approach by Lincolnshire County Councillor Rob Foulkes.")
    assert "lincolnshire-county-council" in bodies(x) and "Rob Foulkes" in people(x)


def test_a_one_word_body_inside_a_programmes_title_is_a_word_of_the_title() -> None:
    x = extract("Carers joined the Northby Kinship Programme last year.")
    assert "kinship" not in bodies(x)
    assert [e.label for e in x.entities if e.ref.kind == "programme"] == ["Northby Kinship Programme"]
    # the charity named on its own, or before a lower-case kind, is still the charity
    assert "kinship" in bodies(extract("Kinship said its programme would grow."))


def test_a_name_glued_to_an_ampersand_starts_before_it() -> None:
    assert [label for label, _ in _labels("The R&D Trust agreed to fund it.")] == ["R&D Trust"]


def test_the_councils_committee_is_a_body_of_its_own_and_the_council_is_still_the_council() -> None:
    x = extract("Westshire County Council has fewer children in care. A report due to go before the council’s "
                "children’s scrutiny committee next week says there was an “increase in early help”.",
                "Jo Bell, joint chair of the council’s Children, Families and Schools committee, said more carers "
                "were needed. The council said it would act.")
    labels = {e.label for e in x.entities if e.ref.kind == "organisation"}
    assert {"Westshire County Council Children’s Scrutiny Committee",
            "Westshire County Council Children, Families and Schools Committee"} <= labels
    # the paper the committee receives still says what it says; the chair is the committee's
    assert speakers(x)[0][1].startswith("report-to-childrens-scrutiny-committee")
    assert [(m.role, m.organisation.slug) for m in x.memberships] == [
        ("joint chair", "westshire-county-council-children-families-and-schools-committee")]


def test_a_board_named_in_capitals_after_its_owners_possessive() -> None:
    labels = [label for label, _ in _labels("Jo Watts, chairman of the LGA’s Children and Young People Board, said.")]
    assert "Local Government Association Children and Young People Board" in labels


def test_a_photographer_credited_in_capitals_is_no_agency() -> None:
    assert _labels("The team met on Monday. Picture: ANTONY KELLY") == []


def test_a_name_a_relative_which_follows_with_a_bodys_verb_is_a_body() -> None:
    labels = [label for label, _ in _labels("The chain became part of Harbrook, which said the sale would help. "
                                            "Larkmoor Care, which runs 40 homes, declined to comment.")]
    assert labels == ["Harbrook", "Larkmoor Care"]
    # near misses: a document's title, and a person ("who")
    assert _labels("The Larkmoor Review, which said councils must act, was welcomed by Jo Reed, who said so.") == []


def test_an_office_in_capitals_and_its_holder_coordinated_with_a_body_are_no_body() -> None:
    x = extract("The project is paid for by the Police and Crime Commissioner Priya Okafor and the Home Office.",
                "Speaking in Dover, Mrs Okafor said: “The money will keep children safe.”")
    assert bodies(x) == {"home-office"}
    assert people(x) == {"Priya Okafor"}
    assert speakers(x) == [("The money will keep children safe.", "priya-okafor")]


def test_a_firm_named_after_its_trade_in_the_plural_is_a_body_not_a_person() -> None:
    x = extract("It comes amid a report produced by auditors Grant Morton, which has called on the council to act.",
                "Accountants Mark Weller found the service had overspent.")
    assert bodies(x) == {"grant-morton", "mark-weller"}
    assert people(x) == set()


def test_a_curated_body_joined_by_and_at_the_end_of_a_head_first_name_is_a_body_of_its_own() -> None:
    x = extract("The visit, carried out by the Commission for Harbour Safety and Ofsted, found gaps.",
                "The Office of the Public Guardian was not involved.")
    assert {"commission-for-harbour-safety", "ofsted", "office-of-the-public-guardian"} <= bodies(x)
    assert "commission-for-harbour-safety-and-ofsted" not in bodies(x)


def test_a_council_before_a_lower_case_kind_word_is_the_council_and_no_programme() -> None:
    x = extract("Care leavers swim for free as part of a Northby District Council scheme.")
    assert bodies(x) == {"northby-district-council"}
    assert not any(e.ref.kind == "programme" for e in x.entities)


def test_a_taskforce_or_commission_on_a_remit_is_one_body_but_a_panel_on_a_day_is_not() -> None:
    x = extract("Members of the Parliamentary Taskforce on Foster Care wrote to him.",
                "The Commission on Northby Futures said it was bad. The Panel on Monday agreed.")
    assert bodies(x) == {"parliamentary-taskforce-on-foster-care", "commission-on-northby-futures"}


def test_a_partys_group_on_a_council_named_with_its_place_is_a_body_a_bare_group_is_the_party() -> None:
    x = extract("Northby Council Liberal Democrat Group leader Jo Ade said it was bad.",
                "Eastshire Labour group members agreed. The Labour Group said little. The Liberal Democrat Group "
                "said less.")
    assert bodies(x) == {"northby-council-liberal-democrat-group", "eastshire-labour-group", "labour-party",
                         "liberal-democrats"}


def test_a_place_based_modifier_before_a_bodys_name_is_no_part_of_it() -> None:
    x = extract("Both homes are run by the Eastby-based Northby Care Group, which said it was sorry.")
    assert bodies(x) == {"northby-care-group"}


def test_an_office_glued_before_a_bodys_name_in_a_sign_off_is_no_part_of_it() -> None:
    x = extract("Speakers included Jo Ade (Co-Chair Association of Northby Lawyers) and two young people.")
    assert bodies(x) == {"association-of-northby-lawyers"}


def test_a_kind_word_ending_a_name_cues_no_body_after_it() -> None:
    x = extract("Protocol for the engagement of Northby Social Work Agency Staff (2017-18)",
                "Download the Northby Regional Agency Communications Note")
    assert bodies(x) == {"northby-social-work-agency", "northby-regional-agency"}
    # Near miss: a kind word after a function word still cues the name after it.
    assert bodies(extract("In the end the Charity Kinwell Futures said so.")) == {"kinwell-futures"}


def test_the_newspapers_one_word_name_inside_an_orders_title_is_no_outlet() -> None:
    x = extract("Special Guardian Order (SGO)", "Cases on Special Guardian Order support plans were heard.")
    assert bodies(x) == set()
    # Near miss: the paper a person spoke to.
    assert bodies(extract("She told the Guardian that she was worried.")) == {"the-guardian"}
