"""Measures an article introduces that reference data does not name (issue 14), from sentences of our own."""

from __future__ import annotations

from cscgraph.extract.introduced_measures import introduced_measures
from cscgraph.extract.lineage import find_lineage
from lineage_helpers import article, documents, documents_and_actors


def _measures(text: str) -> list[tuple[str, str]]:
    return [(text[s:e], str(x.ref)) for s, e, x in introduced_measures(text, [])]


def test_the_phrase_a_lineage_verb_governs_is_a_measure() -> None:
    assert _measures("The panel recommended a statutory register of unregulated placements.") == [
        ("statutory register of unregulated placements", "measure/statutory-register-of-unregulated-placements")]


def test_not_in_keeps_its_in_but_a_plain_in_still_ends_the_phrase() -> None:
    assert _measures("Ministers proposed a register of pupils not in school.") == [
        ("register of pupils not in school", "measure/register-of-pupils-not-in-school")]
    assert _measures("Ministers proposed a register of pupils in March.") == [
        ("register of pupils", "measure/register-of-pupils")]


def test_the_introduction_of_a_measure_in_a_list_is_the_measure_itself() -> None:
    listed = _measures("The reforms include the introduction of a shared intake team for family support.")
    governed = _measures("The council introduced a shared intake team for family support.")
    assert [ref for _, ref in listed] == [ref for _, ref in governed] == [
        "measure/shared-intake-team-for-family-support"]
    assert _measures("The reforms could include the creation of a shared intake team for family support.") == []


def test_scare_quotes_are_dropped_from_the_name_so_two_wordings_meet() -> None:
    first = _measures("The review proposed a single ‘front door’ to family support.")
    second = _measures("Ministers adopted a single front door to family support, officials said.")
    assert [ref for _, ref in first] == [ref for _, ref in second] == ["measure/single-front-door-to-family-support"]


def test_a_phrase_in_scare_quotes_inside_a_quote_is_not_a_measure() -> None:
    assert _measures("“We have introduced a ‘listening culture’ in every team,” the director said.") == []


def test_documents_quantities_and_vague_phrases_are_not_measures() -> None:
    assert _measures("The minister announced a new consultation and proposed a number of changes.") == []
    assert _measures("The council set up a community interest company.") == []
    assert _measures("The new duty has funding for only one in five young people.") == []


def test_a_name_is_left_to_the_document_rules() -> None:
    assert _measures("It introduced a Kinship Support Fund.") == []


def test_a_phrase_cut_inside_a_coordination_is_dropped() -> None:
    assert _measures("The plan creates a duty on schools and other bodies to share records.") == []


def test_a_curated_measure_is_the_curated_node_not_a_new_one() -> None:
    a = article("The review recommended kinship care leave.")
    _, found = documents(a)
    assert [str(m.entity) for m in found.mentions if m.entity.kind == "measure"] == ["measure/kinship-care-leave"]


def test_an_introduced_measure_takes_part_in_lineage() -> None:
    a = article("The Care Reform Bill will introduce a mandatory duty to report child sexual abuse.")
    sentences, found = documents(a)
    claims = {(str(c.subject), c.relation, str(c.object)) for c in find_lineage(a, sentences, found)}
    assert ("statute/care-reform-bill", "legislates", "measure/mandatory-duty-to-report-child-sexual-abuse") in claims


def test_a_subject_defined_as_a_new_duty_is_a_measure() -> None:
    assert _measures("The family mentor offer is a new statutory duty on councils to name a mentor.") == [
        ("family mentor offer", "measure/family-mentor-offer")]
    assert _measures("The council is a new partner in the scheme.") == []


def test_a_defined_duty_introduced_through_a_bill_is_legislated() -> None:
    a = article("The family mentor offer is a new legal duty on councils to name a mentor for each child. It will be "
                "brought in through the Children’s Wellbeing and Schools Bill later this year.")
    sentences, found = documents_and_actors(a)
    claims = {(str(c.subject), c.relation, str(c.object)) for c in find_lineage(a, sentences, found)}
    assert claims == {("statute/childrens-wellbeing-and-schools-bill", "legislates", "measure/family-mentor-offer")}



def test_a_list_item_launching_a_measure_introduces_it() -> None:
    assert _measures("Launching a kinship mentoring allowance, paid monthly") == [
        ("kinship mentoring allowance", "measure/kinship-mentoring-allowance")]
    assert _measures("Launching a weekly podcast, with carers") == []


def test_a_phrase_cut_off_by_the_end_of_a_truncated_page_is_no_measure() -> None:
    assert _measures("The pilot will help councils create a more joined-up safeguar") == []


def test_a_bullet_item_may_name_a_measure_in_capitals_with_a_common_head_noun() -> None:
    assert _measures("The strategy commits to: • Creating a new Kinship Carer Champion role • Other things.") == [
        ("Kinship Carer Champion role", "measure/kinship-carer-champion-role")]
    assert _measures("The council said it was creating a new Northby Carer Champion role.") == []


def test_a_one_word_body_opening_a_bullets_capitalised_measure_is_part_of_it() -> None:
    _, found = documents(article("The plan commits to: • Creating a new Kinship Carer Champion role • More."))
    assert "measure/kinship-carer-champion-role" in {str(m.entity) for m in found.mentions}


def test_each_conjunct_of_a_list_a_document_includes_is_a_measure() -> None:
    assert [ref for _, ref in _measures("The plan includes stronger duties on landlords, improvements to respite "
                                        "care and better advice for foster carers.")] == [
        "measure/stronger-duties-on-landlords", "measure/improvements-to-respite-care",
        "measure/advice-for-foster-carers"]


def test_a_measure_without_an_article_after_a_verb_of_funding_or_testing() -> None:
    assert _measures("Ministers plan to fund respite and counselling for young carers next year.") == [
        ("respite and counselling for young carers", "measure/respite-and-counselling-for-young-carers")]
    assert _measures("Councils welcomed extra funding for school transport, the minister said.") == [
        ("school transport", "measure/school-transport")]


def test_a_list_ends_where_a_participle_or_relative_clause_starts() -> None:
    assert _measures("The charity welcomed plans to fund peer mentoring for care leavers, calling it overdue.") == [
        ("peer mentoring for care leavers", "measure/peer-mentoring-for-care-leavers")]
    assert _measures("Its programme includes work to help parents, get advice to carers and find jobs for adults.") \
        == []


def test_populations_topics_and_possibilities_are_not_measures() -> None:
    assert _measures("There will be funding for children with complex needs.") == []
    assert _measures("We raised key issues including housing costs and exam stress.") == []
    assert _measures("Options could include respite breaks for carers.") == []
    assert _measures("The paper includes the following commitments:") == []


def test_a_fund_or_test_verb_before_a_clause_gives_no_measure() -> None:
    assert _measures("The pilot is testing whether councils share records.") == []
    assert _measures("The money will include £2m for youth clubs.") == []


def test_a_verb_after_and_ends_the_phrase_before_it() -> None:
    assert _measures("We welcome more investment in respite care and hope this lasts.") == [
        ("respite care", "measure/respite-care")]


def test_a_whole_field_of_service_is_not_a_measure() -> None:
    assert _measures("We welcome the investment in children’s social care.") == []
    assert _measures("We welcome the investment in social care, as councils asked.") == []


def test_each_thing_an_amount_is_invested_into_is_a_measure() -> None:
    assert [ref for _, ref in _measures("Ministers will invest £8m into respite breaks, peer mentoring for carers "
                                        "and data collection on missing children.")] == [
        "measure/respite-breaks", "measure/peer-mentoring-for-carers", "measure/data-collection-on-missing-children"]


def test_a_phrase_ends_before_a_reduced_relative_and_a_vague_head_is_no_measure() -> None:
    body = "The department launched a multi-million pound recruitment drive aimed at adopters."
    assert introduced_measures(body, []) == []


def test_a_focus_on_something_is_no_measure_even_with_what_it_is_on() -> None:
    assert introduced_measures("The Northby Bill includes a focus on early help for families.", []) == []


def test_a_bullet_opening_with_a_verb_of_provision_names_a_measure_without_an_article() -> None:
    measures = _measures("The Care Reform Bill will help families by: • requiring free holiday clubs in every town "
                         "• providing respite breaks for young carers • improving things generally")
    assert measures == [("free holiday clubs", "measure/free-holiday-clubs"),
                        ("respite breaks for young carers", "measure/respite-breaks-for-young-carers")]


def test_a_summary_bullet_opening_with_a_verb_in_the_third_person_names_a_measure() -> None:
    measures = _measures("What the Care Reform Bill does:\n• Introduces free holiday clubs in every town\n"
                         "• Extends respite breaks for young carers\n• Improves things generally")
    assert measures == [("free holiday clubs", "measure/free-holiday-clubs"),
                        ("respite breaks for young carers", "measure/respite-breaks-for-young-carers")]


def test_a_duty_cut_after_its_to_runs_to_the_end_of_its_clause() -> None:
    assert _measures("The Bill creates a duty on councils to have and keep registers of home tutors.") == [
        ("duty on councils to have and keep registers of home tutors",
         "measure/duty-on-councils-to-have-and-keep-registers-of-home-tutors")]


def test_a_list_introduced_by_a_bill_is_legislated_by_it() -> None:
    a = article("The Care Reform Bill will put a focus on family support by:",
                "• requiring free holiday clubs in every town",
                "• providing respite breaks for young carers")
    sentences, found = documents_and_actors(a)
    claims = {(str(c.subject), c.relation, str(c.object)) for c in find_lineage(a, sentences, found)}
    assert claims == {("statute/care-reform-bill", "legislates", "measure/free-holiday-clubs"),
                      ("statute/care-reform-bill", "legislates", "measure/respite-breaks-for-young-carers")}


def test_a_list_introduced_by_a_finding_is_no_ones_measure() -> None:
    a = article("The Care Reform Review found:", "• providing respite breaks for young carers is rare")
    sentences, found = documents_and_actors(a)
    assert find_lineage(a, sentences, found) == ()


def test_a_noun_or_adjective_of_proposal_names_a_measure() -> None:
    assert _measures("It is good to see the proposed statutory advocacy for young carers which helps.") == [
        ("statutory advocacy for young carers", "measure/statutory-advocacy-for-young-carers")]
    assert _measures("He backed the proposal of a levy on agency profits to raise money for councils.") == [
        ("levy on agency profits", "measure/levy-on-agency-profits")]


def test_a_word_of_degree_opening_a_measure_is_not_part_of_its_name() -> None:
    assert _measures("The panel recommended a better respite service for young carers.") == [
        ("respite service for young carers", "measure/respite-service-for-young-carers")]


def test_a_numbered_item_opening_with_a_noun_of_provision_names_a_measure() -> None:
    assert _measures("Three areas matter:\n\n1) The introduction of a carer passport scheme to help families.\n\n"
                     "2) The creation of regional adoption hubs.") == [
        ("carer passport scheme", "measure/carer-passport-scheme"),
        ("regional adoption hubs", "measure/regional-adoption-hubs")]


def test_a_list_after_a_dash_belongs_to_the_previous_sentences_statute() -> None:
    a = article("The Care Reform Bill covers many topics. There are two areas that will interest providers –",
                "1) The introduction of a carer passport scheme to help families.",
                "2) The creation of regional adoption hubs.")
    sentences, found = documents_and_actors(a)
    claims = {(str(c.subject), c.relation, str(c.object)) for c in find_lineage(a, sentences, found)}
    assert claims == {("statute/care-reform-bill", "legislates", "measure/carer-passport-scheme"),
                      ("statute/care-reform-bill", "legislates", "measure/regional-adoption-hubs")}


def test_what_an_amount_is_for_is_a_measure() -> None:
    assert _measures("The fund gives £3 million for peer mentoring for care leavers.") == [
        ("peer mentoring for care leavers", "measure/peer-mentoring-for-care-leavers")]
    assert _measures("It adds £3m of new funding for weekend respite clubs.") == [
        ("weekend respite clubs", "measure/weekend-respite-clubs")]


def test_the_people_or_year_an_amount_is_for_is_no_measure() -> None:
    assert _measures("The government provided £45 million for councils and £2m for 2025-26.") == []


def test_two_fields_of_service_sharing_a_head_are_no_measure() -> None:
    assert _measures("Ministers set aside £9m for residential and foster care.") == []


def test_a_funder_funding_or_paying_for_things_names_each_as_a_measure() -> None:
    assert _measures("The department is also funding dozens of kinship mentoring schemes across the region.") == [
        ("kinship mentoring schemes", "measure/kinship-mentoring-schemes")]
    assert _measures("The grant will pay for weekend respite clubs in ten towns.") == [
        ("weekend respite clubs", "measure/weekend-respite-clubs")]


def test_a_second_verb_after_and_starts_its_own_list() -> None:
    assert _measures("Ministers are funding sibling contact days and are piloting mentoring circles for carers.") \
        == [("sibling contact days", "measure/sibling-contact-days"),
            ("mentoring circles for carers", "measure/mentoring-circles-for-carers")]


def test_a_possible_funding_names_no_measure() -> None:
    assert _measures("Ministers could fund sibling contact days, and parents would pay for weekend respite clubs.") \
        == []


def test_what_a_law_requires_councils_to_publish_or_keep_is_a_measure() -> None:
    assert _measures("The Act will require councils to publish their respite offer for young carers.") == [
        ("respite offer for young carers", "measure/respite-offer-for-young-carers")]
    assert _measures("It mandates local authorities to have and maintain registers of private fostering.") == [
        ("registers of private fostering", "measure/registers-of-private-fostering")]
    assert _measures("Ministers could require councils to publish their respite offer for young carers.") == []


def test_the_law_that_brings_a_measure_in_is_not_part_of_its_name() -> None:
    assert _measures("The Bill includes legislation to introduce free holiday clubs in every town.") == [
        ("free holiday clubs", "measure/free-holiday-clubs")]
    assert _measures("The Bill will include measures to create regional adoption panels.") == [
        ("regional adoption panels", "measure/regional-adoption-panels")]


def test_only_a_duty_or_requirement_placed_or_imposed_is_a_measure() -> None:
    assert _measures("The Act imposes a new requirement on providers to report incidents.") == [
        ("requirement on providers to report incidents", "measure/requirement-on-providers-to-report-incidents")]
    assert _measures("Councils placed a vulnerable teenager in an unregistered home.") == []


def test_a_duty_named_only_by_whom_it_binds_is_no_measure() -> None:
    assert _measures("The Act imposes a duty on local authorities who plan to close a children's home.") == []
    assert _measures("The Act imposes a duty on councils to publish a respite offer.") == [
        ("duty on councils to publish a respite offer", "measure/duty-on-councils-to-publish-a-respite-offer")]


def test_first_ever_and_a_trailing_aside_are_not_part_of_a_listed_measure() -> None:
    first = _measures("The reforms include the first statutory definition of private fostering – where a friend "
                      "cares for a child.")
    second = _measures("The reforms include a statutory definition of private fostering.")
    assert [ref for _, ref in first] == [ref for _, ref in second] == [
        "measure/statutory-definition-of-private-fostering"]


def test_an_adverb_of_time_ends_a_governed_phrase() -> None:
    assert _measures("It is the largest investment in family group conferencing so far.") == [
        ("family group conferencing", "measure/family-group-conferencing")]
    assert _measures("Ministers called it the biggest investment in kinship care to date.") == []  # a field of service


def test_a_variety_or_suite_of_measures_is_no_measure() -> None:
    assert _measures("The Bill introduces a variety of measures to protect children.") == []
    assert _measures("The strategy launched a suite of initiatives for kinship carers.") == []
    assert _measures("The Bill introduces a duty to publish a kinship offer.") == [
        ("duty to publish a kinship offer", "measure/duty-to-publish-a-kinship-offer")]


def test_a_name_after_a_preposition_stays_in_a_listed_measure_and_keeps_the_list_whole() -> None:
    assert _measures("The Bill includes greater powers for Ofsted and a register of foster carers.") == [
        ("greater powers for Ofsted", "measure/greater-powers-for-ofsted"),
        ("register of foster carers", "measure/register-of-foster-carers")]
    assert _measures("The plans include Ofsted powers and a register of foster carers.") == []  # a name opens it


def test_not_in_keeps_its_in_inside_a_listed_measure_too() -> None:
    assert _measures("The reforms include new advocacy rights and a register of pupils not in school.")[-1] == (
        "register of pupils not in school", "measure/register-of-pupils-not-in-school")
    assert _measures("The reforms include a register of pupils in March.") == [
        ("register of pupils", "measure/register-of-pupils")]


def test_the_first_x_a_verb_introduces_or_enshrines_is_the_measure_x() -> None:
    assert _measures("The Bill will enshrine the first definition of private fostering in law.") == [
        ("definition of private fostering", "measure/definition-of-private-fostering")]
    assert _measures("The Bill introduces the first statutory register of childminders.") == [
        ("statutory register of childminders", "measure/statutory-register-of-childminders")]
    assert _measures("The department launched the first phase of the pilot in July.") == []  # a stage, no measure


def test_a_duty_longer_than_eight_words_is_named_with_its_whole_task() -> None:
    assert _measures("The Act will create a new duty on local authorities to publish a respite offer for young "
                     "carers, officials said.") == [
        ("duty on local authorities to publish a respite offer for young carers",
         "measure/duty-on-local-authorities-to-publish-a-respite-offer-for-young-carers")]
    # a place may stand in the party it binds, and "and" join two places
    assert [ref for _, ref in _measures("It imposes a requirement upon councils in England and Wales to keep a list "
                                        "of every pupil taught at home.")] == [
        "measure/requirement-upon-councils-in-england-and-wales-to-keep-a-list-of-every-pupil-taught-at-home"]


def test_a_body_named_inside_a_measure_after_its_head_is_part_of_it_keeping_its_capitals() -> None:
    a = article("The Children’s Wellbeing and Schools Bill brings many changes, including wider powers for Ofsted "
                "and a national register of home tutors.")
    _, found = documents(a)
    assert sorted(e.label for e in found.entities if e.ref.kind == "measure") == [
        "national register of home tutors", "wider powers for Ofsted"]


def test_a_long_duty_with_no_end_to_its_clause_or_with_a_body_as_its_party_is_no_measure() -> None:
    # a page cut off mid-clause names no task
    assert _measures("The Act will create a new duty on local authorities to publish a respite offer for yo") == []
    a = article("The Children’s Wellbeing and Schools Bill will introduce a duty on Ofsted to inspect every "
                "respite service in the country.")
    _, found = documents(a)
    assert [str(m.entity) for m in found.mentions if m.entity.kind == "measure"] == []


def test_a_long_duty_a_bill_introduces_is_legislated_but_not_one_denied_wished_or_asked_about() -> None:
    duty = "a duty on councils to offer every family a meeting with their relatives before going to court"
    stated = article(f"The Children’s Wellbeing and Schools Bill will introduce {duty}.")
    sentences, found = documents_and_actors(stated)
    assert {(str(c.subject), c.relation, str(c.object)) for c in find_lineage(stated, sentences, found)} == {
        ("statute/childrens-wellbeing-and-schools-bill", "legislates",
         "measure/duty-on-councils-to-offer-every-family-a-meeting-with-their-relatives-before-going-to-court")}
    for text in (f"The Children’s Wellbeing and Schools Bill will not introduce {duty}.",
                 f"Charities want the Children’s Wellbeing and Schools Bill to introduce {duty}.",
                 f"Will the Children’s Wellbeing and Schools Bill introduce {duty}?"):
        a = article(text)
        sentences, found = documents_and_actors(a)
        assert find_lineage(a, sentences, found) == (), text


def test_a_long_duty_binding_a_named_body_is_left_to_the_body_rules() -> None:
    assert _measures("The Act will impose a duty upon the National Respite Board to publish a register of carers "
                     "in every county.") == []


def test_what_an_amount_is_given_to_set_up_trial_pilot_or_launch_is_a_measure() -> None:
    for verb in ("set up", "trial", "pilot", "launch", "test"):
        assert _measures(f"The council has been awarded £2m to {verb} weekend respite clubs for young carers.") == [
            ("weekend respite clubs for young carers", "measure/weekend-respite-clubs-for-young-carers")], verb
    assert _measures("The charity has been awarded £2m to set up in Leeds.") == []  # a place, no measure


def test_services_of_a_kind_are_a_measure_ended_before_their_purpose() -> None:
    assert _measures("The government has pledged £40m in funding for bereavement services to help grieving "
                     "families.") == [("bereavement services", "measure/bereavement-services")]


def test_services_of_a_place_a_field_or_no_kind_are_no_measure() -> None:
    assert _measures("Ministers pledged £50m in funding for local services and £20m for children’s services.") == []
    assert _measures("Ministers pledged £3m of funding for services to help care leavers.") == []
    assert _measures("The pathfinders are testing a new model of children’s services.") == []


def test_a_requirement_on_councils_to_publish_names_what_they_publish() -> None:
    assert _measures("• A requirement on councils to publish a local offer for adopters, so that families know.") == [
        ("local offer for adopters", "measure/local-offer-for-adopters")]
    assert _measures("• A new requirement for local authorities to consult on and publish a respite offer setting out "
                     "the support available.") == [("respite offer", "measure/respite-offer")]


def test_a_requirement_to_offer_or_a_possible_one_names_no_measure() -> None:
    assert _measures("• A requirement on councils to offer a family meeting before proceedings.") == []
    assert _measures("The Bill could require councils to publish a local offer for adopters.") == []


def test_what_a_call_lists_is_a_measure_each_but_a_quoted_vague_head_is_not() -> None:
    assert [ref for _, ref in _measures("The review calls for ‘kinship respite breaks’ and better support for "
                                        "special guardians.")] == [
        "measure/kinship-respite-breaks", "measure/support-for-special-guardians"]
    assert _measures("The programme will test ‘radical reforms’ across the country.") == []


def test_items_of_a_hyphen_list_run_into_one_paragraph_name_their_measures() -> None:
    assert _measures("The Care Reform Bill will: - introduce a register of home tutors - launching respite "
                     "breaks for young carers - improving things generally") == [
        ("register of home tutors", "measure/register-of-home-tutors"),
        ("respite breaks for young carers", "measure/respite-breaks-for-young-carers")]


def test_a_hyphen_list_run_into_one_paragraph_is_legislated_by_its_bill_but_not_a_wish() -> None:
    def claims(text: str) -> set[tuple[str, str, str]]:
        a = article(text)
        sentences, found = documents_and_actors(a)
        return {(str(c.subject), c.relation, str(c.object)) for c in find_lineage(a, sentences, found)}

    assert claims("The Care Reform Bill will: - introduce a register of home tutors - launching respite breaks "
                  "for young carers") == {
        ("statute/care-reform-bill", "legislates", "measure/register-of-home-tutors"),
        ("statute/care-reform-bill", "legislates", "measure/respite-breaks-for-young-carers")}
    assert claims("The charity hopes the Care Reform Bill will: - introduce a register of home tutors") == set()


def test_funding_given_to_someone_to_do_something_names_what_they_do() -> None:
    assert _measures("Ministers have provided funding to councils in the north to establish kinship navigator "
                     "services.") == [("kinship navigator services", "measure/kinship-navigator-services")]
    assert _measures("The department announced funding for six regions to deliver weekend respite clubs.") == [
        ("weekend respite clubs", "measure/weekend-respite-clubs")]
    # what the money is not for: a cost the recipient meets, or people it helps
    assert _measures("The trust gave funding to the charity to help with its rent.") == []


def test_an_amount_in_a_list_names_what_it_is_to_do() -> None:
    assert _measures("The package includes £4 million to create supported lodgings for care leavers.") == [
        ("supported lodgings for care leavers", "measure/supported-lodgings-for-care-leavers")]
    # what the amount helps people do is no measure
    assert _measures("The package includes £4 million to help care leavers go to college.") == []


def test_an_approximate_amount_and_a_count_before_a_measure_are_not_its_name() -> None:
    assert _measures("The package includes around £30 million to create another 40 supported lodgings schemes.") == [
        ("supported lodgings schemes", "measure/supported-lodgings-schemes")]
    assert _measures("Ministers set aside £30 million to create additional 40 supported lodgings schemes.") == [
        ("supported lodgings schemes", "measure/supported-lodgings-schemes")]
    # a count standing alone is no measure
    assert _measures("The package includes around £30 million to create another 40 across England.") == []


def test_people_named_by_what_they_go_through_are_no_measure() -> None:
    assert _measures("The council will fund households experiencing hardship across the town.") == []
    assert _measures("The grant will pay for pupils living far from school and better support for kinship "
                     "carers.") == [("support for kinship carers", "measure/support-for-kinship-carers")]
    assert _measures("The trust is funding young people leaving custody.") == []


def test_a_singular_noun_before_a_participle_still_names_a_measure() -> None:
    assert _measures("The council will fund family group conferencing.") == [
        ("family group conferencing", "measure/family-group-conferencing")]


def test_a_property_of_services_is_no_measure() -> None:
    assert _measures("The pilot is testing the quality of respite services.") == []
    assert _measures("The pilot is testing weekend respite services.") == [
        ("weekend respite services", "measure/weekend-respite-services")]


def test_a_phrase_cut_at_the_comma_of_a_number_is_no_measure() -> None:
    assert _measures("The council will create a network of up to 1,000 youth clubs across the county.") == []
    assert _measures("The council will create a network of youth clubs, one in each town.") == [
        ("network of youth clubs", "measure/network-of-youth-clubs")]


def test_a_phrase_running_on_into_a_predicate_is_no_measure() -> None:
    assert _measures("The proposed changes also recognises the vital part respite care has in family life.") == []
    assert _measures("The proposed weekend respite for carers was welcomed.") == [
        ("weekend respite for carers", "measure/weekend-respite-for-carers")]


def test_what_a_document_recommends_introducing_is_a_measure_and_the_document_recommends_it() -> None:
    assert _measures("The panel has recommended the introduction of a wider, statutory duty to share records in "
                     "England.") == [("statutory duty to share records", "measure/statutory-duty-to-share-records")]
    assert _measures("The panel recommends the creation of a regional adoption panel.") == [
        ("regional adoption panel", "measure/regional-adoption-panel")]
    a = article("The Independent Review of Children’s Social Care recommended the establishment of a regional adoption "
                "panel in each region.")
    sentences, found = documents_and_actors(a)
    assert {(str(c.subject), c.relation, str(c.object)) for c in find_lineage(a, sentences, found)} == {
        ("policy/independent-review-of-childrens-social-care", "recommends", "measure/regional-adoption-panel")}


def test_a_recommended_introduction_that_is_denied_or_wished_or_a_name_is_no_edge() -> None:
    for sentence in ("The Independent Review of Children’s Social Care did not recommend the introduction of a "
                     "regional adoption panel.",
                     "The Independent Review of Children’s Social Care should have recommended the introduction of "
                     "a regional adoption panel."):
        a = article(sentence)
        sentences, found = documents_and_actors(a)
        assert not find_lineage(a, sentences, found), sentence
    assert _measures("The review recommended the introduction of Family Help across England.") == []


def test_a_noun_of_provision_that_an_inclusion_or_a_payment_governs_names_a_measure() -> None:
    assert _measures("The changes include the introduction of price caps for agency staff.") == [
        ("price caps for agency staff", "measure/price-caps-for-agency-staff")]
    assert _measures("The second recommendation relates to the establishment of a regional adoption panel.") == [
        ("regional adoption panel", "measure/regional-adoption-panel")]
    assert _measures("Councils invested in the expansion of foster carer support groups.") == [
        ("foster carer support groups", "measure/foster-carer-support-groups")]
    a = article("The Children’s Wellbeing and Schools Bill includes the introduction of regional fostering "
                "recruitment hubs.")
    sentences, found = documents_and_actors(a)
    assert {(str(c.subject), c.relation, str(c.object)) for c in find_lineage(a, sentences, found)} == {
        ("statute/childrens-wellbeing-and-schools-bill", "legislates", "measure/regional-fostering-recruitment-hubs")}


def test_a_noun_of_provision_in_a_wish_or_a_denial_gives_no_edge() -> None:
    for sentence in ("The Children’s Wellbeing and Schools Bill should have included the introduction of regional "
                     "fostering recruitment hubs.",
                     "The Children’s Wellbeing and Schools Bill does not include the introduction of regional "
                     "fostering recruitment hubs."):
        a = article(sentence)
        sentences, found = documents_and_actors(a)
        assert not find_lineage(a, sentences, found), sentence
    assert _measures("The changes include the introduction of Regional Fostering Hubs.") == []


def test_each_verb_of_a_statutes_list_governs_a_measure() -> None:
    assert _measures("The Fostering Bill will expand respite breaks for carers, extend short breaks for disabled "
                     "children, cap agency fees and require councils to offer advocacy for parents.") == [
        ("respite breaks for carers", "measure/respite-breaks-for-carers"),
        ("short breaks for disabled children", "measure/short-breaks-for-disabled-children"),
        ("agency fees", "measure/cap-on-agency-fees"),
        ("advocacy for parents", "measure/advocacy-for-parents")]
    # a verb whose object is not itself the measure names it with its noun, the object's article kept
    assert [x.label for _, _, x in introduced_measures(
        "The Bill would regulate the use of locum agencies and ban fees for placements.", [])] == [
        "regulation of the use of locum agencies", "ban on fees for placements"]


def test_a_single_verb_a_purpose_or_a_body_gives_no_action_list() -> None:
    assert _measures("The Fostering Bill aims to extend short breaks for disabled children and cap agency fees.") == []
    assert _measures("The council will extend short breaks for disabled children and cap agency fees.") == []
    # populations and fields of service are no measures
    assert _measures("The Fostering Bill will support kinship carers, improve children’s social care and offer "
                     "parents time off.") == []


def test_a_curated_measure_s_short_name_for_someone_else_is_not_that_measure() -> None:
    """"national pay scale" is a curated measure's short name (for social workers); "a national pay scale for
    foster carers" names another measure, the one the sentence introduces."""
    def recommended(text: str) -> set[str]:
        a = article(text)
        sentences, found = documents(a)
        return {str(c.object) for c in find_lineage(a, sentences, found) if c.relation == "recommends"}

    assert recommended("The Harbour Review recommended a national pay scale for foster carers.") == {
        "measure/national-pay-scale-for-foster-carers"}
    assert recommended("The Harbour Review recommended a national pay scale for all children's social workers.") == {
        "measure/national-pay-scale"}


def test_the_plan_that_holds_a_listed_measure_is_not_part_of_its_name() -> None:
    assert _measures("The Harbour Bill also includes our plan for free school meals in the holidays.") == [
        ("free school meals", "measure/free-school-meals")]
    listed = "The strategy includes proposals to introduce kinship carer leave, respite breaks and a helpline."
    assert _measures(listed) == [
        ("kinship carer leave", "measure/kinship-carer-leave"), ("respite breaks", "measure/respite-breaks")]
