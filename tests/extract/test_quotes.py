"""Quote spans, speakers, cues, stance and topics, on sentences written for these tests."""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import replace
from unittest import mock

from cscgraph.extract import extract_article, quotes
from cscgraph.extract.quotes import quoted_passages
from cscgraph.models import Article, Extraction
from tests.extract.actor_helpers import article, extract, gazetteer, speakers


def _rules_only() -> AbstractContextManager[object]:
    """The rules alone, without the speaker model (`speaker_ranker`), which reads an unattributed quote paragraph
    as the last speaker's."""
    return mock.patch.object(quotes, "decide", lambda ctx, passage, found: found)


def test_inverted_said_after_the_quote() -> None:
    x = extract("“We welcome the extra money but it will not last,” said NCB chief executive Rosa Penn.")
    (q,) = x.quotes
    assert (q.text, q.speaker.slug, q.cue) == ("We welcome the extra money but it will not last", "rosa-penn", "said")
    assert (q.role, q.organisation.slug) == ("chief executive", "national-childrens-bureau")


def test_subject_said_colon_before_the_quote() -> None:
    x = extract("Fostering lead Omar Quist said: “Carers need a pay rise this year.”")
    (q,) = x.quotes
    assert (q.text, q.speaker.slug) == ("Carers need a pay rise this year.", "omar-quist")


def test_added_after_the_quote_with_a_pronoun() -> None:
    x = extract("Director Lena Hart spoke to the committee.",
                "“We are short of placements in every region,” she added.")
    assert speakers(x) == [("We are short of placements in every region", "lena-hart")]
    assert x.quotes[0].cue == "added"


def test_pronoun_goes_to_the_subject_not_a_person_in_a_relative_clause() -> None:
    x = extract("Council leader Ruth Alder, who replaced Peter Moody in May, says she is optimistic.",
                "“The budget is finally stable,” she says.")
    assert speakers(x) == [("The budget is finally stable", "ruth-alder")]


def test_pronoun_respects_titles_that_give_sex() -> None:
    x = extract("Dame Alice Brook praised the plan, but Sir Henry Vane was unconvinced.",
                "“It is a good start and nothing more,” she said.")
    assert speakers(x)[0][1] == "alice-brook"


def test_multi_paragraph_quote_keeps_its_speaker_in_every_piece() -> None:
    x = extract("Union organiser Kofi Mensah said: “Members voted by a large margin.",
                "“They are tired of promises.",
                "“Now they want action.”")
    assert speakers(x) == [("Members voted by a large margin.", "kofi-mensah"),
                           ("They are tired of promises.", "kofi-mensah"),
                           ("Now they want action.", "kofi-mensah")]


def test_a_running_quote_keeps_its_speaker_across_page_furniture() -> None:
    x = extract("Housing lead Tamsin Orde said: “We cannot find enough homes for the young people in our care.",
                "Advertisement",
                "Most Read",
                "“Every week the waiting list grows and the families wait longer.”")
    assert speakers(x) == [("We cannot find enough homes for the young people in our care.", "tamsin-orde"),
                           ("Every week the waiting list grows and the families wait longer.", "tamsin-orde")]


def test_a_running_quote_keeps_its_speaker_across_a_link_to_another_story() -> None:
    x = extract("Housing lead Tamsin Orde said: “We cannot find enough homes for the young people in our care.",
                "READ MORE: Parents protest at plan to close two nurseries, 14 jobs at risk",
                "“Every week the waiting list grows and the families wait longer.”")
    assert speakers(x)[-1] == ("Every week the waiting list grows and the families wait longer.", "tamsin-orde")


def test_a_reading_that_ends_in_a_colon_is_no_link_to_another_story() -> None:
    with _rules_only():  # the quote does not continue the one before (the model may still name its speaker)
        x = extract("Housing lead Tamsin Orde said: “We cannot find enough homes for the young people in our care.",
                    "Read alongside the budget, the plan looks thin: no homes open this year.",
                    "“Every week the waiting list grows and the families wait longer.”")
    assert speakers(x)[-1] == ("Every week the waiting list grows and the families wait longer.", None)


def test_a_sentence_between_an_unclosed_quote_and_the_next_is_no_furniture() -> None:
    with _rules_only():  # the quote does not continue the one before (the model may still name its speaker)
        x = extract("Housing lead Tamsin Orde said: “We cannot find enough homes for the young people in our care.",
                    "The council will vote on the plan in May.",
                    "“Every week the waiting list grows and the families wait longer.”")
    assert speakers(x)[-1] == ("Every week the waiting list grows and the families wait longer.", None)


def test_a_quote_paragraph_after_page_furniture_continues_the_closed_quote_before() -> None:
    x = extract("Researcher Dr Mina Hollis told the paper the figures were “worrying”.",
                "“It is wrong that so many young people are moved so far from home,” she said.",
                "Advertisement",
                "“We have seen in our own work that care leavers feel alone at eighteen.”")
    assert speakers(x)[-1] == ("We have seen in our own work that care leavers feel alone at eighteen.", "mina-hollis")


def test_a_sentence_between_a_closed_quote_and_a_bare_one_is_no_furniture() -> None:
    with _rules_only():  # the quote does not continue the one before (the model may still name its speaker)
        x = extract("“It is wrong that so many young people are moved so far from home,” said researcher "
                    "Mina Hollis.",
                    "The hearing was adjourned until the spring, when the panel will sit again.",
                    "“We have seen in our own work that care leavers feel alone at eighteen.”")
    assert speakers(x)[-1] == ("We have seen in our own work that care leavers feel alone at eighteen.", None)


def test_a_quote_after_an_unclosed_one_keeps_the_other_speaker_it_names() -> None:
    x = extract("Housing lead Tamsin Orde said: “We cannot find enough homes for the young people in our care.",
                "“The grant ends in March and nothing replaces it,” said treasurer Peter Vane.",
                "“Nobody has told us what comes next,” she added.")
    assert [s for _, s in speakers(x)] == ["tamsin-orde", "peter-vane", "tamsin-orde"]


def test_an_unclosed_quote_continues_into_a_piece_its_speaker_ends() -> None:
    x = extract("Housing lead Tamsin Orde said: “We cannot find enough homes for the young people in our care.",
                "“The grant ends in March and nothing replaces it,” she added.")
    assert [s for _, s in speakers(x)] == ["tamsin-orde", "tamsin-orde"]


def test_quote_split_by_she_added() -> None:
    x = extract("Chief executive Nadia Rahman spoke at the launch.",
                "“This is a first step,” she added, “but only a first step.”")
    assert speakers(x) == [("This is a first step", "nadia-rahman"), ("but only a first step.", "nadia-rahman")]


def test_fragment_inside_reported_speech() -> None:
    x = extract("Education secretary Carl Dunn said the market was “failing the children it exists to serve”.")
    assert speakers(x) == [("failing the children it exists to serve", "carl-dunn")]


def test_body_as_speaker() -> None:
    x = extract("The Children’s Homes Association said the cap risked “closing good homes along with bad ones”.")
    assert speakers(x) == [("closing good homes along with bad ones", "childrens-homes-association")]


def test_spokesperson_speaks_for_the_body() -> None:
    x = extract("A DfE spokesperson said the hubs would “transform recruitment in every region”.")
    (q,) = x.quotes
    assert (q.speaker.slug, q.role, q.organisation.slug) == ("department-for-education", "spokesperson",
                                                            "department-for-education")


def test_document_as_speaker() -> None:
    x = extract("The government published Keeping Children Safe, Helping Families Thrive on Monday.",
                "The policy paper said councils would need “a stronger multi-agency front door”.")
    assert speakers(x)[0][1] == "keeping-children-safe-helping-families-thrive"


def test_it_said_goes_to_the_body_that_spoke_last() -> None:
    x = extract("The Fostering Network said carers were leaving.",
                "“We need a national strategy for retention,” it said.")
    assert speakers(x) == [("We need a national strategy for retention", "the-fostering-network")]


def test_told_community_care_is_the_cue() -> None:
    x = extract("Principal social worker Eve Marsh told Community Care: “Caseloads have never been higher.”")
    (q,) = x.quotes
    assert (q.speaker.slug, q.cue) == ("eve-marsh", "told Community Care")
    assert all(ref.slug != "community-care" for ref in q.about)


def test_continuation_paragraph_after_a_quote() -> None:
    x = extract("“Demand is rising,” said ADASS president Jo Baird.", "“We cannot meet it without new money.”")
    assert [s for _, s in speakers(x)] == ["jo-baird", "jo-baird"]


def test_scare_quotes_are_not_quotes() -> None:
    x = extract("Ministers promised to tackle “profiteering” in the so-called “placements market”.")
    assert x.quotes == ()


def test_document_titles_in_quotes_are_not_quotes() -> None:
    x = extract("The charity’s report, titled “Nowhere Left To Turn”, was published today.")
    assert x.quotes == ()


def test_a_documents_title_in_sentence_case_is_no_quote_but_words_about_it_are() -> None:
    x = extract("Ministers published their strategy, ‘Stable homes built on love’, in February 2023.")
    assert x.quotes == ()
    x = extract("Jo Ade said the strategy would make homes “stable and loving” for children.")
    assert [q.text for q in x.quotes] == ["stable and loving"]


def test_headings_are_skipped() -> None:
    x = extract("Carers ‘are ignored and blamed’", "The union said carers felt ignored.")
    assert x.quotes == ()


def test_straight_and_single_quotes() -> None:
    x = extract('"We are ready to start," said Ivo Lane.', "‘We are not,’ said Mira Lane.")
    assert speakers(x) == [("We are ready to start", "ivo-lane"), ("We are not", "mira-lane")]


def test_span_and_evidence_point_into_the_body() -> None:
    x = extract("Intro sentence here.", "Trust chair Gail Webb said it was “a fair settlement for staff”.")
    (q,) = x.quotes
    body = x.article.body
    assert body[q.span.start:q.span.end] == q.text
    assert body[q.evidence.start:q.evidence.end] == q.evidence.text
    assert q.evidence.text.startswith("Trust chair Gail Webb")


def test_stance_from_reporting_verbs() -> None:
    x = extract("The LGA welcomed the decision, saying it was “a vital lifeline for councils”.",
                "Become criticised the plan, saying it “leaves care leavers behind again”.",
                "Ofsted said the change would “take effect from April next year”.")
    assert [q.stance for q in x.quotes] == ["supports", "opposes", None]


def test_about_links_policies_and_bodies_in_the_sentence_but_not_the_speaker() -> None:
    x = extract("The ADCS said Stable Homes, Built on Love was “a good plan without the money to deliver it”.")
    (q,) = x.quotes
    assert q.speaker.slug == "association-of-directors-of-childrens-services"
    assert "stable-homes-built-on-love" in {r.slug for r in q.about}
    assert "association-of-directors-of-childrens-services" not in {r.slug for r in q.about}


def test_government_of_the_day_speaks_for_the_government() -> None:
    x = extract("The government said it would “legislate to cap profits if needed”.")
    assert speakers(x)[0][1] == "labour-government"


def test_according_to_before_the_quote() -> None:
    x = extract("According to Dr Ina Moor, a lecturer at the University of Hull, the plan “will cost more than "
                "it saves”.")
    assert speakers(x) == [("will cost more than it saves", "ina-moor")]


def test_according_to_after_the_quote() -> None:
    x = extract("Council leader Dev Shah was unmoved.",
                "“Early help pays for itself within three years,” according to Bea Quinn, a family therapist.")
    assert speakers(x)[0][1] == "bea-quinn"


def test_split_quote_with_inverted_said_name() -> None:
    x = extract("Union officer Gwen Tate addressed the rally.",
                "“We did not choose this fight,” said Tate, “but we will finish it.”")
    assert speakers(x) == [("We did not choose this fight", "gwen-tate"), ("but we will finish it.", "gwen-tate")]


def test_whole_paragraph_quote_named_in_the_next_paragraph() -> None:
    x = extract("Director Sol Berg opened the session.",
                "“Nobody comes into this work for the money. They come for the children.”",
                "Those were the words of Ama Duah, a foster carer for 20 years.")
    assert speakers(x)[0][1] == "ama-duah"


def test_whole_paragraph_quote_named_by_a_credit_line_under_it() -> None:
    x = extract("Director Sol Berg opened the session.",
                "“Nobody comes into this work for the money. They come for the children.”",
                "Ama Duah, a foster carer for 20 years",
                "The session closed at noon.")
    assert speakers(x)[0][1] == "ama-duah"


def test_pronoun_skips_a_person_already_resolved_to_the_other_sex() -> None:
    x = extract("Chief executive Kit Lane said calls had doubled. “We cannot keep up,” he said.",
                "Lane was backed by Sam Ruiz, director of the charity Kin Aid.",
                "“The cut makes no sense at all,” she said.")
    assert [s for _, s in speakers(x)] == ["kit-lane", "sam-ruiz"]


def test_sentence_led_by_the_same_pronoun_keeps_its_person() -> None:
    x = extract("Rae Holt, who runs the service, is upbeat. “It works for families,” she says.",
                "She thanks her deputy, Jo Pike, for the turnaround. “Jo made it happen,” she says.")
    assert [s for _, s in speakers(x)] == ["rae-holt", "rae-holt"]


def test_company_speaks_by_its_short_name_and_as_the_company() -> None:
    x = extract("Pinecrest Fostering Services Ltd made a profit of £4m.",
                "Pinecrest said in a statement that profits were “reinvested in recruiting carers”.",
                "“We make no apology for running a sustainable business,” the company added.")
    assert [s for _, s in speakers(x)] == ["pinecrest-fostering-services-ltd"] * 2


def test_short_judgements_after_a_label_cue_are_quotes() -> None:
    for sentence, words in (("The plan was welcomed as a ‘turning point’ for carers.", "turning point"),
                            ("The union welcomed what it terms “belated but real” action.", "belated but real"),
                            ("She dismissed the scheme as “window dressing”.", "window dressing")):
        assert words in [q.text for q in extract(sentence).quotes], sentence


def test_a_fragment_raised_voiced_or_expressed_is_the_words_of_the_one_who_raised_it() -> None:
    x = extract("Jo Penrose, a family law barrister, raised “grave doubts” over the register last year.",
                "The Northby Carers Alliance voiced ‘real alarm’ at the cut.")
    assert speakers(x) == [("grave doubts", "jo-penrose"), ("real alarm", "northby-carers-alliance")]
    assert extract("The council raised a ‘community bond’ last year.").quotes == ()


def test_words_quoted_as_what_someone_proposed_are_the_agents() -> None:
    x = extract("The kinship strategy gave carers some recognition, but the ‘radical reset’ proposed by the "
                "Harbour Review never came.",
                "Campaigners want the “whole system change” called for by the Marlow Commission to be adopted.")
    assert speakers(x) == [("radical reset", "harbour-review"),
                           ("whole system change", "marlow-commission")]


def test_a_single_word_after_a_label_cue_is_not_a_quote() -> None:
    for sentence in ("Inspectors branded the kitchen “filthy” last spring.",
                     "The charity described the delay as ‘shameful’.",
                     "The home was rated “inadequate” by the regulator."):
        assert extract(sentence).quotes == (), sentence


def test_a_short_label_without_a_cue_is_not_a_quote() -> None:
    assert extract("Councils will run a “family help” service from April.").quotes == ()


def test_two_word_fragments_in_reported_speech_are_quotes() -> None:
    x = extract("The union warned the plan could create a “two-tier system” for carers.")
    assert [q.text for q in x.quotes] == ["two-tier system"]


def test_two_word_labels_outside_reported_speech_are_not_quotes() -> None:
    assert extract("The “staying close” offer starts in April for care leavers.").quotes == ()


def test_a_quote_opened_once_and_closed_paragraphs_later_is_one_piece_a_paragraph() -> None:
    x = extract("The charity said in a statement:",
                "“We welcome the bill and the duty it places on councils.",
                "We will work with partners to scrutinise it line by line.",
                "It could change the lives of children in care for a generation.\"",
                "The bill has its second reading next week.")
    assert [q.text for q in x.quotes] == ["We welcome the bill and the duty it places on councils.",
                                          "We will work with partners to scrutinise it line by line.",
                                          "It could change the lives of children in care for a generation."]


def test_british_single_quote_paragraphs_without_a_close_are_quotes() -> None:
    x = extract("Responding to the report, chief executive Ola Brandt said:",
                "‘Too many children are waiting too long for help.",
                "‘Families deserve better, and the money must follow the plan.")
    assert speakers(x) == [("Too many children are waiting too long for help.", "ola-brandt"),
                           ("Families deserve better, and the money must follow the plan.", "ola-brandt")]


def test_an_unclosed_quote_with_no_close_later_does_not_swallow_paragraphs() -> None:
    x = extract("She said: “We are ready for this change and want it soon.",
                "The council meets on Tuesday to decide the budget.")
    assert [q.text for q in x.quotes] == ["We are ready for this change and want it soon."]


def test_a_quote_cut_off_by_the_end_of_a_truncated_page_keeps_its_words_to_the_cut() -> None:
    # As annotators quote it: the words the page gives, the cut sentence included.
    x = extract("The head of the trust said: “Our carers have waited long enough for this. The new rates will keep "
                "them with us. What we still need from ministers is a plan for the next three")
    assert [q.text for q in x.quotes] == ["Our carers have waited long enough for this. The new rates will keep "
                                          "them with us. What we still need from ministers is a plan for the next "
                                          "three"]
    near = extract("The head of the trust said: “Our carers have waited long enough for this. The new rates help.",
                   "A decision is due in the spring.")
    assert [q.text for q in near.quotes] == ["Our carers have waited long enough for this. The new rates help."]


def test_a_body_that_issued_a_statement_speaks_it() -> None:
    x = extract("Following the announcement, the National Children's Bureau has issued the following statement:",
                "“We welcome the bill and will scrutinise it closely with our partners.”")
    assert speakers(x)[0][1] == "national-childrens-bureau"


def test_a_two_word_fragment_with_the_reporting_verb_after_it_is_a_quote() -> None:
    x = extract("Ministers must “turbo charge” adoption support to clear the backlog, the charity said on Monday.")
    assert [q.text for q in x.quotes] == ["turbo charge"]


def test_a_fragment_after_an_article_and_before_a_preposition_is_not_a_label() -> None:
    x = extract("The group acknowledged that the council is taking an “essential step” toward clarity for carers.")
    assert [q.text for q in x.quotes] == ["essential step"]


def test_a_fragment_before_a_participle_with_its_object_or_a_preposition_is_not_a_label() -> None:
    x = extract("Ines Varga said the town was caught in a “spiral of decline” costing the council dearly.",
                "Ines Varga said carers were doing a “remarkable job” under great strain.")
    assert [q.text for q in x.quotes] == ["spiral of decline", "remarkable job"]


def test_a_fragment_before_a_noun_in_ing_stays_a_label() -> None:
    x = extract("Ines Varga said councils should try a “family first” funding model for the new homes.")
    assert x.quotes == ()


def test_a_closing_mark_typed_to_open_a_quote_paragraph_that_runs_on() -> None:
    paragraphs = ("Ino Varga, chair of the Northby Carers Forum, which met the minister on Monday, said;",
                  "”The minister agreed that our support for carers should last a lifetime.",
                  "The forum will meet again in May.")
    (q,) = extract(*paragraphs).quotes
    assert (q.text, q.speaker.slug) == ("The minister agreed that our support for carers should last a lifetime.",
                                        "ino-varga")


def test_an_attribution_set_as_the_next_paragraph() -> None:
    x = extract("“Too many relatives stepping in for children face hardship and get no help from anyone.",
                "said Mina Osei, chief executive of the Family Rights Group.")
    assert speakers(x)[0][1] == "mina-osei"


def test_a_curly_single_quote_after_a_colon_runs_on_and_a_straight_mark_may_continue_it() -> None:
    x = extract("Chair of the fostering board, Idris Vale, said: ‘Carers have been stretched for far too long.",
                "'Allowances have not kept pace with what it costs to raise a child today.'",
                "The council did not comment.")
    assert speakers(x) == [("Carers have been stretched for far too long.", "idris-vale"),
                           ("Allowances have not kept pace with what it costs to raise a child today.", "idris-vale")]


def test_a_three_word_term_with_no_reporting_verb_is_no_quote() -> None:
    x = extract("The council will rely on a small pool of ‘specialist foster families’ to take the hardest cases.",
                "Inspectors gave the service their lowest grade of “urgent action required”.")
    assert x.quotes == ()


def test_a_three_word_fragment_in_reported_speech_is_still_a_quote() -> None:
    x = extract("Carer Bea Holt said the allowance was “simply not enough”.")
    assert speakers(x) == [("simply not enough", "bea-holt")]


def test_a_quote_cut_off_by_the_end_of_the_page_is_no_subhead() -> None:
    x = extract("Carers met the minister on Tuesday.", "Director Tomas Reyes said:",
                "“We will keep working with every council on")
    assert speakers(x) == [("We will keep working with every council on", "tomas-reyes")]


def test_a_stub_cut_off_by_the_end_of_the_page_is_no_quote() -> None:
    x = extract("Carers met the minister on Tuesday.", "Director Tomas Reyes said:", "“The fut")
    assert x.quotes == ()


def test_a_curly_quote_closed_with_a_straight_mark_ends_there() -> None:
    x = extract("Judge Ana Moreno called the shortage of places “shameful and avoidable\". Two years on, little "
                "has changed, and a later report found “no plan at all for the children most at risk”.")
    assert [q.text for q in x.quotes][0] == "shameful and avoidable"


def test_a_nested_straight_quote_inside_curly_marks_does_not_close_it() -> None:
    x = extract("“They told us \"wait and see\" for three whole years,” said carer Bea Holt.")
    assert [q.text for q in x.quotes] == ["They told us \"wait and see\" for three whole years"]


def test_a_curly_quote_within_a_curly_quote_is_nested_or_the_first_left_unclosed() -> None:
    def passages(text: str) -> list[str]:
        a = Article(title="t", paragraphs=(text,), source="x")
        return [a.body[p.start:p.end] for p in quoted_passages(a)]
    # closed twice: a word quoted inside the quote
    assert passages("“The label “good” hides how far the service has come – and how far it has to go.”") == [
        "The label “good” hides how far the service has come – and how far it has to go."]
    # closed once, at the end: the first quote's closing mark was left out
    assert passages("“We cut the agency bill before anything else “Where posts are empty, we hope staff stay.”") == [
        "We cut the agency bill before anything else", "Where posts are empty, we hope staff stay."]


def test_text_republished_from_a_bodys_website_is_the_bodys() -> None:
    x = extract("Councils warn that the new adviser duty is short of money.",
                "From the Northby Carers Association website.",
                "“From April, councils must offer every care leaver an adviser.",
                "The money covers a fifth of them.”")
    assert [s for _, s in speakers(x)] == ["northby-carers-association"] * 2


def test_a_closing_mark_typed_for_the_opening_one_still_opens_a_quote() -> None:
    x = extract("The inspection report said: ”Leaders know their services well and act quickly on concerns.”")
    assert [q.text for q in x.quotes] == ["Leaders know their services well and act quickly on concerns."]


def test_a_closing_mark_typed_for_the_opening_one_later_in_a_paragraph_still_opens_a_quote() -> None:
    x = extract("Cllr Ana Bright added that the council had a “close partnership” with providers, but it was”by no "
                "means certain” that a place would be found.")
    assert [q.text for q in x.quotes] == ["close partnership", "by no means certain"]
    # a lone stray mark closes nothing and opens nothing
    x = extract("Cllr Ana Bright said the plan was”sound and that a place would be found.")
    assert x.quotes == ()


def test_a_short_last_paragraph_of_a_running_quote_is_not_a_subhead() -> None:
    x = extract("Cllr Ana Bright said: “We are proud of our staff and of the children they support.",
                "“This includes our work on exploitation",
                "“The gro")
    assert [q.text for q in x.quotes] == ["We are proud of our staff and of the children they support.",
                                          "This includes our work on exploitation"]


def test_a_short_fragment_after_spoke_of_and_before_a_participle_is_a_quote() -> None:
    x = extract("Dr Nia Hale, head of policy at the Kinfolk Trust, spoke of the ‘grave danger’ posed by vague "
                "definitions in the bill.")
    assert speakers(x) == [("grave danger", "nia-hale")]


def test_a_fragment_followed_by_a_determiner_or_pronoun_is_a_quote_not_a_modifier() -> None:
    x = extract("Ravi Kell, chair of the Northby Fostering Forum, said the hubs offer a ‘lifeline for carers’ "
                "the council cannot afford to lose.")
    assert speakers(x) == [("lifeline for carers", "ravi-kell")]
    label = extract("Northby council opened the ‘lifeline for carers’ scheme to kinship families in May.")
    assert label.quotes == ()


def test_a_testimonial_signed_after_a_dash_is_a_quote_of_the_signer() -> None:
    x = extract("Families told us what changed for them.",
                "“For the first time somebody listened to what we needed.” – Fiona Marrow, kinship carer",
                "“The support worker came every week without fail.” — Tobias Grange")
    assert speakers(x) == [("For the first time somebody listened to what we needed.", "fiona-marrow"),
                           ("The support worker came every week without fail.", "tobias-grange")]


def test_a_dash_inside_a_sentence_after_a_quote_names_no_speaker() -> None:
    x = extract("Ilse Marrow called the delay “a real blow to families” – Northby Council disagreed with her.")
    assert speakers(x) == [("a real blow to families", "ilse-marrow")]


def test_a_plural_possessive_does_not_close_a_single_quoted_sentence() -> None:
    x = extract("Ines Varga said: ‘We will keep pushing the ministers’ offices until families get answers.’")
    assert [q.text for q in x.quotes] == ["We will keep pushing the ministers’ offices until families get answers."]


def test_a_single_quoted_fragment_still_closes_at_its_first_mark() -> None:
    x = extract("Ines Varga called the carers ‘unsung heroes’ and said the council’s plan was ‘far too slow’.")
    assert [q.text for q in x.quotes] == ["unsung heroes", "far too slow"]


def test_an_unattributed_quote_after_a_speaker_in_its_paragraph_is_theirs() -> None:
    x = extract("The motion on kinship allowances was debated on Tuesday.",
                "Cllr Oona Pettigrew agreed. “We have a carer on our street who took in three children overnight” "
                "with no notice at all.")
    assert speakers(x) == [("We have a carer on our street who took in three children overnight", "oona-pettigrew")]


def test_a_straight_opening_mark_closed_by_a_curly_one_ends_there() -> None:
    x = extract("Ines Varga said providers were using the system for \"a quick and easy return” on their money.")
    assert [q.text for q in x.quotes] == ["a quick and easy return"]


def _headlined(title: str, *paragraphs: str) -> Extraction:
    """An article whose text opens with its title, as a page's does."""
    return extract_article(replace(article(title, *paragraphs), title=title), gazetteer())


def test_a_quote_in_the_headline_is_a_quote_with_the_headline_speaker() -> None:
    x = _headlined("Barnardo’s welcomes council’s ‘bold new offer’ for young carers",
                   "Northby Council will pay young carers a weekly allowance from April.")
    assert speakers(x) == [("bold new offer", "barnardos")]


def test_a_headline_quote_the_copy_repeats_word_for_word_is_one_quote() -> None:
    x = _headlined("Carers ‘left in the dark’ over allowance cuts",
                   "Foster carers say they were “left in the dark” about the cuts, the union said.")
    assert [q.text for q in x.quotes] == ["left in the dark"]


def test_a_headline_quote_with_no_speaker_takes_the_speaker_of_the_body_quote_holding_it() -> None:
    x = _headlined("Children’s homes ‘stretched to breaking point’",
                   "Sarah Okafor, director of the Northby Homes Network, said: “Our homes are stretched to breaking "
                   "point and the winter has not even started.”")
    assert [s for _, s in speakers(x)] == ["sarah-okafor", "sarah-okafor"]


def test_a_headline_quote_holding_a_later_quote_of_four_words_takes_its_speaker() -> None:
    said = dict(speakers(_headlined(
        "‘Councils cannot keep paying these prices for placements’: the care market interview",
        "Lena Morris, chair of the Northby Homes Network, said councils “cannot keep paying these prices”.")))
    assert said["Councils cannot keep paying these prices for placements"] == "lena-morris"


def test_a_headline_quote_holding_a_later_word_pair_stays_unattributed() -> None:
    x = _headlined("‘We are running out of foster homes this winter’",
                   "Lena Morris, chair of the Northby Homes Network, said there were “foster homes” to spare.")
    assert ("We are running out of foster homes this winter", None) in speakers(x)


def test_a_fragment_in_the_lead_takes_the_speaker_of_the_full_quote_below() -> None:
    x = extract("The waiting times have been described as “deeply worrying”.",
                "Jo Ade, who chairs the Northshire Parents Forum, said: “What we see is deeply worrying for every "
                "family on the list.”")
    assert speakers(x)[0] == ("deeply worrying", "jo-ade")


def test_a_fragment_that_no_attributed_quote_holds_stays_unattributed() -> None:
    x = extract("The waiting times have been described as “deeply worrying”.",
                "Jo Ade, who chairs the Northshire Parents Forum, said: “What we see is worrying for every family.”")
    assert speakers(x)[0] == ("deeply worrying", None)


def test_a_short_quoted_subhead_inside_the_body_is_still_no_quote() -> None:
    x = _headlined("Allowances rise for kinship carers",
                   "The minister said: “Kinship carers are the backbone of this system and we will back them.”",
                   "‘The backbone of this system’",
                   "The allowance rises in April.")
    assert [q.text for q in x.quotes] == ["Kinship carers are the backbone of this system and we will back them."]


def test_a_headline_government_in_the_present_tense_speaks() -> None:
    x = _headlined("Government announces “the biggest shake-up of fostering in decades”",
                   "Ministers set out the plan on Monday.")
    assert [s for _, s in speakers(x)] == ["labour-government"]


def test_straight_single_marks_quote_like_curly_ones() -> None:
    x = extract("Jo Ade, head of fostering at Northby Council, said: 'We are proud of our carers and we will pay "
                "them properly.'",
                "Carers' groups said the rise was 'far too little' and children's charities agreed.")
    assert speakers(x) == [("We are proud of our carers and we will pay them properly.", "jo-ade"),
                           ("far too little", None)]


def test_an_apostrophe_is_no_quotation_mark() -> None:
    assert extract("The council's plan for carers' homes doesn't start until the children's panel meets.").quotes == ()


def test_a_title_with_a_year_is_no_quote() -> None:
    x = extract("The charity responded to the ‘State of the Sector 2024’ report with a statement.")
    assert x.quotes == ()


def test_inverted_attributions_with_other_reporting_verbs() -> None:
    for verb in ("admitted", "asked", "conceded", "recalled", "explains"):
        x = extract(f"“Nobody planned for this many children in care,” {verb} Tamsin Grey, the council's director.")
        assert speakers(x) == [("Nobody planned for this many children in care", "tamsin-grey")], verb


def test_a_quotation_set_apart_in_the_middle_of_a_sentence_is_a_quote_of_that_sentence() -> None:
    x = extract("My Lords, the Northby Trust told the committee that the new rules were",
                "“a recipe for delay and confusion”",
                "and I agree with every word of that.")
    assert speakers(x) == [("a recipe for delay and confusion", "northby-trust")]


def test_a_short_quoted_paragraph_after_a_finished_sentence_is_still_a_subhead() -> None:
    x = extract("The Northby Trust gave evidence to the committee.",
                "“a recipe for delay”",
                "The committee meets again in May.")
    assert x.quotes == ()


def test_calling_out_and_hitting_out_report_speech() -> None:
    x = extract("Sam Okoro, the council leader, has called out providers for charging “eye-watering fees” this year.",
                "Jo Ade hit out at the “wholly shambolic” rollout of the scheme.")
    assert speakers(x) == [("eye-watering fees", "sam-okoro"), ("wholly shambolic", "jo-ade")]


def test_a_capitalised_name_after_a_reporting_verb_stays_a_label() -> None:
    assert extract("The council announced the “Homes close to home” programme in May.").quotes == ()


def test_the_audience_told_is_kept_in_the_cue_and_is_no_topic() -> None:
    for told, cue in (("told the BBC", "told the BBC"), ("told the meeting", "told the meeting"),
                      ("told us", "told us"), ("told Sky News", "told Sky News")):
        x = extract(f"Council leader Ravi Shah {told}: “We cannot keep paying these prices.”")
        (q,) = x.quotes
        assert (q.speaker.slug, q.cue) == ("ravi-shah", cue), told
        assert all(ref.slug not in ("bbc", "sky-news") for ref in q.about), told


def test_a_capitalised_word_after_said_is_not_an_audience() -> None:
    x = extract("“We cannot keep paying these prices,” Ravi Shah said Thursday.")
    assert x.quotes[0].cue == "said"


def test_a_fragment_after_a_plural_subjects_call_for_is_reported_speech() -> None:
    x = extract("In the letter, the Fostering Network and Barnardo’s call for ministers to “act now” on allowances.")
    assert sorted(speakers(x)) == [("act now", "barnardos"), ("act now", "the-fostering-network")]  # joint speakers


def test_a_bare_quote_paragraph_continues_the_subject_not_the_questioner_named_after_it() -> None:
    x = extract("The principles were those the prime minister Ola Bright gave in reply to a question from "
                "opposition MP Dev Marsh about disability benefits.",
                "“We need to give support to those who need it and help those who want to work into work.”")
    assert speakers(x)[0][1] == "ola-bright"


def test_a_bare_quote_paragraph_after_one_naming_one_person_is_theirs() -> None:
    x = extract("The plan was drawn up by the minister, Dev Marsh, over the summer.",
                "“We need to give support to those who need it and help those who want to work into work.”")
    assert speakers(x)[0][1] == "dev-marsh"


def test_a_short_fragment_in_the_texts_first_sentence_after_according_to_is_reported_speech() -> None:
    x = extract("According to the Harbour Trust, the grant is “nowhere near enough”.")
    assert speakers(x) == [("nowhere near enough", "harbour-trust")]


def test_a_short_quoted_term_in_the_first_sentence_with_no_reporting_word_is_no_quote() -> None:
    x = extract("The Harbour Trust runs the “Safe Steps” scheme in six towns.")
    assert speakers(x) == []


def test_block_quote_without_marks_after_said_colon() -> None:
    x = extract("Housing minister Petra Lowe, who visited two children's homes last week, said:",
                "Every child deserves a settled home. I am proud that we will fund forty new homes this year.",
                "The families we met told us what matters most to them, and our plan follows their advice.",
                "Applications open in May and councils can bid for up to £2 million each.")
    assert speakers(x) == [
        ("Every child deserves a settled home. I am proud that we will fund forty new homes this year.", "petra-lowe"),
        ("The families we met told us what matters most to them, and our plan follows their advice.", "petra-lowe")]


def test_words_run_on_after_said_colon_without_marks() -> None:
    x = extract("Director of the charity, Omar Quist, said:This grant is a welcome boost for carers across the county.")
    assert speakers(x) == [("This grant is a welcome boost for carers across the county.", "omar-quist")]


def test_unmarked_words_after_a_colon_that_are_no_speaker_s_own_are_no_quote() -> None:
    x = extract("The review, published by the Harbour Institute, said:",
                "We found that placements broke down most often in the first month.",
                "Petra Lowe said:",
                "The scheme opens in May and runs for two years.",
                "Omar Quist said:",
                "• We want faster assessments for carers.",
                "Key findings:",
                "We found long waits in every region.")
    assert x.quotes == ()


def test_each_speakers_words_run_on_after_their_own_said_colon() -> None:
    x = extract("Asked about their carers, two young people replied.",
                "Tomos (aged 14) said: I feel safe here and my carer listens to me every day.",
                "Ffion (aged 16) said: My carers helped me through my exams and I am grateful.")
    assert [q.text for q in x.quotes] == ["I feel safe here and my carer listens to me every day.",
                                          "My carers helped me through my exams and I am grateful."]


def test_a_fragment_a_document_advocates_is_its_quote() -> None:
    x = extract("The Harbour Review was published in May.",
                "The review advocates more help for councils to ‘run their own homes’ within five years.")
    assert speakers(x) == [("run their own homes", "harbour-review")]


def test_advocating_reports_the_words_of_the_subject() -> None:
    x = extract("Charity director Maya Okafor called for the closure of large homes, advocating their replacement "
                "with “small homes close to the families of the children”.")
    assert speakers(x) == [("small homes close to the families of the children", "maya-okafor")]


def test_a_label_before_its_noun_is_no_quote_whoever_advocated_it() -> None:
    x = extract("Councils must adopt the ‘whole family’ approach advocated in earlier reviews.")
    assert x.quotes == ()


def test_a_quote_paragraph_run_into_the_line_before_is_a_piece_of_its_own() -> None:
    x = extract("Jo Ade, director of Northby Kinship, said:",
                "“We welcome the minister’s promise of support for kinship carers.\n“During the visit officials "
                "met carers in Northby and heard how hard the year has been.”")
    assert speakers(x) == [("We welcome the minister’s promise of support for kinship carers.", "jo-ade"),
                           ("During the visit officials met carers in Northby and heard how hard the year has been.",
                            "jo-ade")]


def test_a_plural_possessive_inside_a_quote_opened_mid_sentence_is_passed_over_for_a_close_right_after() -> None:
    x = extract("Staff warned of ‘savings being put ahead of the carers’ welfare’, and of heavy caseloads.")
    assert [q.text for q in x.quotes] == ["savings being put ahead of the carers’ welfare"]
    # a close a long way on is not this passage's: the first mark closes it
    a = Article(title="t", paragraphs=("He called the plans ‘a disaster for families’ and parents’ groups agreed "
                                       "with him at once, saying ‘so it is’.",), source="x")
    assert [a.body[p.start:p.end] for p in quoted_passages(a)] == ["a disaster for families", "so it is"]


def test_a_quoted_title_acting_as_its_document_is_no_quote_but_the_document() -> None:
    x = extract("Published by the Northby Trust, “A plan for children at risk of exploitation” argues for addressing "
                "underlying needs.",
                "“We must act now to protect them,” argues Jo Reed, the trust's director.")
    assert [q.text for q in x.quotes] == ["We must act now to protect them"]
    assert "A plan for children at risk of exploitation" in [e.label for e in x.entities if e.ref.kind == "policy"]


def test_an_inspection_grade_in_quotation_marks_is_a_name_not_a_quote() -> None:
    x = extract("Inspectors rated the trust ‘requires improvement to be good’ in May, and judged its fostering "
                "service “requiring improvement”.",
                "The trust said it was “working hard to improve services for children”.")
    assert [text for text, _ in speakers(x)] == ["working hard to improve services for children"]


def test_quoted_titles_in_a_list_of_sources_are_no_quotes() -> None:
    x = extract("Councils must stop placing under-16s in unregulated homes, the minister said.",
                "Sources: Northby Herald, 12 February 2020, ‘Ministers propose ban on unregulated homes for "
                "children’; Eastfold Gazette, 3 March 2020, ‘Council leaders warn of a shortage of places’.")
    assert speakers(x) == []


def test_a_fragment_before_amongst_or_whilst_is_reported_speech_not_a_modifier() -> None:
    x = extract("The review says there is a “deep frustration” amongst foster carers in the borough.",
                "Jo Ade said the fund was a “lifeline for families” whilst the cuts continued.")
    assert [text for text, _ in speakers(x)] == ["deep frustration", "lifeline for families"]


def test_reasons_a_speaker_cites_are_their_words() -> None:
    x = extract("Councillor Ines Varga stood down from the cabinet on Friday, citing “family commitments”.")
    assert speakers(x) == [("family commitments", "ines-varga")]


def test_a_quote_runs_on_past_links_to_other_stories_and_their_quoted_words_are_not_quotes() -> None:
    x = extract("Housing Minister Jo Penrose said: “Too many care leavers sleep on sofas.",
                "READ MORE: Sam Reed unveils billions for affordable homes in every region – five key details you "
                "need to knowREAD MORE: Poll shows voters back more social homes amid ‘housing crisis’ warning",
                "“We are changing the rules to get them a home of their own.”")
    assert speakers(x) == [("Too many care leavers sleep on sofas.", "jo-penrose"),
                           ("We are changing the rules to get them a home of their own.", "jo-penrose")]


def test_a_straight_mark_after_a_sentence_end_and_before_a_capital_opens_the_quotes_next_paragraph() -> None:
    x = extract('Minister Jo Penrose said: "The new authority will lead on child protection. "Work on it will begin '
                'at once." Ms Penrose said more details would follow "in the coming weeks".')
    assert [q.text for q in x.quotes] == ["The new authority will lead on child protection.",
                                          "Work on it will begin at once.", "in the coming weeks"]
    assert {s for _, s in speakers(x)} == {"jo-penrose"}


def test_a_judgement_described_as_before_a_participle_is_a_quote_not_a_label() -> None:
    x = extract("Jo Ade, chair of the Northby Parents Forum, describes the long waits for school places as the "
                "“single worst problem” facing families.")
    assert speakers(x) == [("single worst problem", "jo-ade")]


def test_a_measures_name_in_quotation_marks_is_a_label_not_a_quote() -> None:
    x = extract("The review said councils should focus on “family help” for every family that asks.")
    assert [q.text for q in x.quotes] == []


def test_an_opening_mark_typed_for_the_closing_one_right_after_a_word_closes_the_quote() -> None:
    x = extract("Campaigners said the homes were “not fit for purpose“. In this morning’s ruling the judge said "
                "they could be used “only in a true emergency”.")
    assert [q.text for q in x.quotes] == ["not fit for purpose", "only in a true emergency"]


def test_joint_speakers_each_speak_the_same_words() -> None:
    x = extract("In a joint statement, the Ministry of Housing, Communities and Local Government (MHCLG) and the Home "
                "Office confirmed that “new rules will be laid before the summer” this week.",
                "Cllr Ola Penn, leader of Northby Council, and Cllr Tam Reid wrote: “We cannot set a budget.”")
    assert sorted(speakers(x)) == [
        ("We cannot set a budget.", "ola-penn"), ("We cannot set a budget.", "tam-reid"),
        ("new rules will be laid before the summer", "home-office"),
        ("new rules will be laid before the summer", "ministry-of-housing-communities-and-local-government")]
    # Near misses: a name in an appositive ("Penn's successor"), and the authors of a study that speaks.
    x = extract("Sir Tam Reid, Penn’s successor as leader, accused ministers of “complacency bordering on "
                "neglect”.", "Led by Ola Penn and Tam Reid, the Northby study reveals “greater placement "
                "instability” over time.")
    assert [s for _, s in speakers(x)].count("tam-reid") == 1 and len(x.quotes) == 2


def test_calling_on_someone_reports_speech() -> None:
    x = extract("By then Ola Penn, the then children’s commissioner, was calling on the Department for Education to "
                "address the “scandal” of “private firms making huge profits” from care.")
    assert speakers(x) == [("private firms making huge profits", "ola-penn")]


def test_quoted_words_as_the_subject_of_a_passive_belong_to_its_agent_or_document() -> None:
    x = extract("Northby Council ordered an inspection in March.",
                "‘Widespread and serious weaknesses’ in services across Northby have been criticised in a damning "
                "Ofsted report.",
                "“A culture of low expectations” was highlighted by Kinwell Trust last year.")
    report = next(e.ref.slug for e in x.entities if e.ref.kind == "policy")
    assert speakers(x) == [("Widespread and serious weaknesses", report),
                           ("A culture of low expectations", "kinwell-trust")]
    # Near miss: "in" with no document after it names no source.
    x = extract("‘Serious weaknesses’ in services have been found in Northby for years.")
    assert speakers(x) == [("Serious weaknesses", None)]


def test_an_opening_led_by_clause_names_the_authors_not_the_speaker() -> None:
    x = extract("The Kinwell Review of Fostering was published today.",
                "Led by Dr Ola Penn and Tam Reid, the review reveals that outsourcing brings “greater placement "
                "instability” over time.")
    (q,) = x.quotes
    assert q.speaker is not None and next(e.label for e in x.entities if e.ref == q.speaker).startswith("Kinwell Rev")


def test_a_report_published_by_a_body_is_the_speaker_not_the_body() -> None:
    x = extract("A report published today by the Kinwell Trust found that children were “left without help for "
                "months on end”.")
    (q,) = x.quotes
    assert q.speaker is not None and q.speaker.kind == "policy"
    assert next(e.label for e in x.entities if e.ref == q.speaker) == "Kinwell Trust report"


def test_a_single_quoted_passage_over_paragraphs_closes_at_a_paragraphs_end() -> None:
    x = extract("Opening the debate, Lord Tamworth said:",
                "'The rise in the number of children in care must concern us all.",
                "More than eight in 10 councils expect hardship to rise. That is why services were cut.'",
                "Ministers replied later that the money was coming.")
    assert speakers(x) == [("The rise in the number of children in care must concern us all.", "lord-tamworth"),
                           ("More than eight in 10 councils expect hardship to rise. That is why services were cut.",
                            "lord-tamworth")]
    # Near miss: with no closing mark at a paragraph's end, the paragraphs after the quote are no part of it.
    x = extract("Jo Reed said: ‘We’re clear this can’t go on.", "Ministers replied that the money was coming.")
    assert [q.text for q in x.quotes] == ["We’re clear this can’t go on."]


def test_a_block_quote_ends_at_the_closing_mark_its_opening_lost() -> None:
    x = extract("Jo Reed, the council’s cabinet member for children, said:",
                "We work very hard at the early stages to keep families together.",
                "Our service was rated ‘Good’ by Ofsted and this initiative allows us to build on that.”",
                "The partnership is backed by the government and starts next year.")
    assert [s for _, s in speakers(x)] == ["jo-reed", "jo-reed"]
    assert x.quotes[-1].text == ("Our service was rated ‘Good’ by Ofsted and this initiative allows us to build on "
                                 "that.")


def test_the_inspector_no_one_is_named_as_speaks_for_the_inspectorate() -> None:
    x = extract("Following a recent Ofsted visit to the Northby home, the inspector stated that managers “have "
                "continued to take steps to make improvements”.")
    assert speakers(x) == [("have continued to take steps to make improvements", "ofsted")]
    # Near miss: an inspector the article names speaks for herself.
    x = extract("Ofsted inspector Zebulon Quaye visited the Northby home.",
                "The inspector stated that managers “have continued to take steps to make improvements”.")
    assert speakers(x) == [("have continued to take steps to make improvements", "zebulon-quaye")]


def test_staff_who_have_found_speak_for_their_body_named_in_the_next_sentence() -> None:
    x = extract("Children at the Northby home are “safe and settled”, inspectors have found.",
                "Ofsted inspectors visited the home in March.")
    assert speakers(x) == [("safe and settled", "ofsted")]


def test_two_quotes_of_a_sentence_share_the_attribution_after_the_second() -> None:
    x = extract("Ofsted visited the home in March.",
                "Children “make exceptional progress” in the home, which also “enhances their life chances”, "
                "inspectors have found.")
    assert speakers(x) == [("make exceptional progress", "ofsted"), ("enhances their life chances", "ofsted")]
    # Near miss: a reporting verb between them gives the first its own attribution.
    x = extract("Jo Reed called the plan “a gamble with lives” while the leader said it was “a bold step”, Sam "
                "Hale said.")
    assert speakers(x)[0] == ("a gamble with lives", "jo-reed")


def test_a_described_report_that_details_or_outlines_speaks() -> None:
    x = extract("Northby County Council met on Monday.",
                "The budget report details that £3.6m will be saved from “changes to the way we commission care”.")
    (q,) = x.quotes
    assert q.speaker is not None and next(e.label for e in x.entities if e.ref == q.speaker) == "budget report"
