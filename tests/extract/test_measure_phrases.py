"""Measures named by paraphrase (recognition signatures): one paraphrase that must match and one near miss that
must not, for every measure of the reference data, plus the overlap rules. All sentences are our own."""

from __future__ import annotations

import pytest
from lineage_helpers import article, gazetteer

from cscgraph.extract.documents import find_documents
from cscgraph.extract.measure_phrases import MeasurePhrases, measure_phrases_for, parse_signature
from cscgraph.extract.sentences import split_sentences
from cscgraph.models import EntityRef, ReferenceEntity

# measure slug → (a paraphrase that names it, a near miss about something else)
CASES: dict[str, tuple[str, str]] = {
    "family-help": ("Councils will merge early help and child in need teams.",
                    "Early help budgets fell again this year."),
    "multi-agency-child-protection-teams": ("Joint child abuse investigation teams will be set up.",
                                            "The football club's youth teams will be set up."),
    "lead-child-protection-practitioners": ("Child protection cases will go to experienced social workers.",
                                            "Experienced social workers are leaving the profession."),
    "regional-care-cooperatives": ("Groups of councils will commission placements together.",
                                   "Groups of councils met in Leeds."),
    "staying-close": ("Young people leaving children's homes will get support to live near their old home.",
                      "Children's homes will get support from Ofsted."),
    "staying-put": ("Young adults can keep living with their foster carers until they turn 21.",
                    "Foster carers are living longer."),
    "agency-social-work-rules": ("Rules capping what councils pay agency social workers start today.",
                                 "Capped pay for agency staff in the NHS has saved money."),
    "kinship-allowances": ("Allowances for family members raising relatives' children are planned.",
                           "Allowances for foster carers rose by 6%."),
    "regional-fostering-recruitment-hubs": ("Hubs will help people who want to foster.",
                                            "Transport hubs will open in every town."),
    "family-hub-model": ("Local centres will bring support for families under one roof.",
                         "The football club will bring its youth and senior teams under one roof."),
    "foster-carer-recruitment-and-retention-programme": (
        "A national drive to recruit and keep foster carers was launched.",
        "A national drive to recruit teachers was launched."),
    "family-group-decision-making": ("The wider family will meet to draw up a plan for the child.",
                                     "The wider family will meet at Christmas."),
    "corporate-parenting-duty": ("Public bodies will have a duty to act as good parents to children in care.",
                                 "Good parents read to their children."),
    "unique-child-identifier": ("A single number to identify every child is planned.",
                                "The number of children in care rose."),
    "information-sharing-duty": ("Agencies will have a legal duty to share information.",
                                 "Agencies share an office."),
    "profit-cap": ("A national cap on the profits of children's homes providers is planned.",
                   "Profits at the largest provider rose, capping a strong year."),
    "financial-oversight-regime": ("Checks on the finances of the largest providers will follow.",
                                   "Checks on the largest providers' homes will follow."),
    "ofsted-powers-over-provider-groups": ("Ofsted will get powers to inspect companies running several homes.",
                                           "Ofsted inspected the council last week."),
    "unregistered-provision-powers": ("Councils will be able to fine illegal children's homes.",
                                      "More children are living in illegal children's homes."),
    "deprivation-of-liberty-statutory-framework": (
        "A new law will set out when children can be deprived of their liberty.",
        "The man was deprived of his liberty for a week."),
    "early-career-framework": ("A structured programme of training for newly qualified social workers is due.",
                               "Newly qualified teachers will get training."),
    "national-workload-action-group": ("A group of sector leaders will cut social workers' paperwork.",
                                       "Paperwork piled up in the group's office."),
    "child-protection-authority": ("A new national body to oversee child protection is proposed.",
                                   "A new national body to oversee football is proposed."),
    "care-experience-protected-characteristic": ("It will be unlawful to discriminate against care leavers.",
                                                 "Care leavers say they face discrimination."),
    "kinship-care-leave": ("Grandparents raising grandchildren will get paid leave from work.",
                           "Grandparents went on holiday."),
    "virtual-school-heads-extension": ("Officers will champion the education of children with a social worker.",
                                       "Officers visited the school."),
    "social-work-apprenticeships": ("Apprenticeships for people who want to become social workers will grow.",
                                    "Apprenticeships in construction will grow."),
    "payment-by-results": ("Part of the grant will be tied to results.",
                           "The grant results were published."),
    "family-network-support-packages": ("Funding for extended families will help children avoid care.",
                                        "Extended opening hours will help parents."),
    "national-pay-scale": ("A national pay structure for social workers is under discussion.",
                           "A national pay rise for nurses is under discussion."),
    "replacing-independent-reviewing-officers": ("The review called for axing reviewing officers.",
                                                 "Reviewing officers met the minister."),
    "managers-practice-hours": ("Managers will spend a set number of hours on frontline practice.",
                                "Managers work long hours."),
    "asye": ("Newly qualified social workers are assessed in their first year.",
             "The first year of the pathfinder is over."),
    "national-assessment-and-accreditation-system": ("National accreditation of social workers was dropped.",
                                                     "The course is accredited nationally."),
}


def _found(sentence: str) -> list[tuple[str, str]]:
    body = sentence
    phrases = measure_phrases_for(gazetteer().entities)
    return [(m.text, m.entity.ref.slug) for m in phrases.find(body, split_sentences(body))]


def test_every_measure_has_a_signature_and_a_case() -> None:
    measures = {e.ref.slug for e in gazetteer().entities if e.ref.kind == "measure"}
    assert {e.ref.slug for e in gazetteer().entities if e.signatures} == measures
    assert set(CASES) == measures


@pytest.mark.parametrize("slug", sorted(CASES))
def test_paraphrase_names_the_measure(slug: str) -> None:
    assert slug in {s for _, s in _found(CASES[slug][0])}


@pytest.mark.parametrize("slug", sorted(CASES))
def test_near_miss_names_no_measure(slug: str) -> None:
    assert _found(CASES[slug][1]) == []


def test_span_runs_from_first_to_last_concept_word() -> None:
    # "rules" and "capping" are alternatives of one concept: the tightest placement starts at "capping".
    assert _found("Ministers back rules capping what councils pay agency social workers.") == [
        ("capping what councils pay agency social workers", "agency-social-work-rules")]


def test_a_clause_break_separates_concepts() -> None:
    assert _found("Profits rose, and ministers said a cap was unlikely.") == []


def test_as_if_compares_and_opens_no_clause_a_plain_if_does() -> None:
    assert [slug for _, slug in _found("The board will treat care experience as if it were a protected "
                                       "characteristic.")] == ["care-experience-protected-characteristic"]
    assert _found("Care experience would count if the law named a protected characteristic.") == []


def test_a_lineage_verb_inside_the_span_stops_the_match() -> None:
    assert _found("Allowances were recommended for grandparents.") == []


def test_more_concepts_win_over_fewer() -> None:
    # kinship allowances ("allowance ; relatives") and kinship care leave ("leave ; relatives ; paid") both fit the
    # relatives here; the three-concept signature is the more specific.
    found = _found("Relatives will get paid leave from work.")
    assert [s for _, s in found] == ["kinship-care-leave"]


def test_exact_name_wins_over_signature() -> None:
    a = article("Ministers set out a cap on profits for providers.")
    sentences = split_sentences(a.body)
    found = find_documents(a, sentences, gazetteer().find(a.body), gazetteer())
    assert [(m.span.text, m.entity.slug) for m in found.mentions] == [("cap on profits", "profit-cap")]


def test_find_documents_emits_signature_mentions_and_entities() -> None:
    a = article("The paper also includes powers for Ofsted to inspect companies that run several homes.")
    found = find_documents(a, split_sentences(a.body), gazetteer().find(a.body), gazetteer())
    assert [(m.span.text, str(m.entity)) for m in found.mentions] == [
        ("Ofsted to inspect companies", "measure/ofsted-powers-over-provider-groups")]
    assert [e.reference for e in found.entities] == [True]


def test_without_gazetteer_find_documents_ignores_signatures() -> None:
    a = article("A single number to identify every child is planned.")
    assert find_documents(a, split_sentences(a.body), gazetteer().find(a.body)).mentions == ()


def test_parse_signature_reads_concepts_alternatives_and_prefixes() -> None:
    assert parse_signature("identif* ; every child|children’s") == (
        (("identif*",),), (("every", "child"), ("children",)))


def test_prefix_word_matches_any_ending() -> None:
    cap = ReferenceEntity(EntityRef("measure", "x"), "x", signatures=("apprentice* ; social workers",))
    found = MeasurePhrases.from_entities((cap,)).find("Social workers apprenticeships grow.")
    assert [m.text for m in found] == ["Social workers apprenticeships"]


def test_advocates_under_the_childrens_commissioner_name_the_iro_replacement() -> None:
    assert [s for _, s in _found("Children in care would get advocates answering to the Children’s Commissioner.")] \
        == ["replacing-independent-reviewing-officers"]


def test_a_single_number_for_each_child_is_the_identifier() -> None:
    assert [s for _, s in _found("Every child will get a unique number shared by schools and police.")] == [
        "unique-child-identifier"]


def test_family_hubs_named_alone_are_the_measure_but_not_inside_a_longer_name() -> None:
    phrases = measure_phrases_for(gazetteer().entities)

    def found(text: str) -> list[str]:
        return [m.text for m in phrases.find(text)]
    assert found("Every council will open family hubs by 2027.") == ["family hubs"]
    assert found("The Family Hubs will open in May.") == ["Family Hubs"]
    assert found("Bids to the Family Hubs Transformation Fund closed.") == []
    assert found("The family hubs programme was extended.") == []
    assert found("The National Centre for Family Hubs published guidance.") == []
    assert found("Westby Family Hubs opened in May.") == []


def test_a_paraphrase_may_open_with_a_capitalised_word_of_its_own() -> None:
    phrases = measure_phrases_for(gazetteer().entities)
    assert [m.entity.ref.slug for m in phrases.find("Councils joined the Regional Fostering Recruitment Hub.")] == [
        "regional-fostering-recruitment-hubs"]


def test_family_hubs_coordinated_inside_a_programme_name_are_the_programme() -> None:
    found = [m.text for m in measure_phrases_for(gazetteer().entities).find(
        "Councils joined the Family Hubs and Start for Life programme.")]
    assert found == []


def test_family_hubs_before_a_quoted_name_are_part_of_it() -> None:
    assert [m.text for m in measure_phrases_for(gazetteer().entities).find(
        "£10 million goes to the Family Hubs ‘Transformation Fund’ this year.")] == []
