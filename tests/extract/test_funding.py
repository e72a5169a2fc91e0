"""Funding streams from our own sentences: amounts, periods, approximation, kinds, and what is not funding."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from cscgraph.extract import extract_article
from cscgraph.extract.funding import find_funding, parse_amount, period_of
from cscgraph.models import Article, FundingStream
from lineage_helpers import article, documents, documents_and_actors, gazetteer


def _streams(*paragraphs: str, published: str = "2024-11-18") -> list[FundingStream]:
    a = article(*paragraphs, published=published)
    sentences, found = documents(a)
    return list(find_funding(a, sentences, found))


def _streams_with_bodies(*paragraphs: str) -> list[FundingStream]:
    """Streams read after people and bodies are found, as the pipeline runs it (funders are bodies)."""
    a = article(*paragraphs, published="2025-06-20")
    sentences, found = documents_and_actors(a)
    return list(find_funding(a, sentences, found))


def _amounts(*paragraphs: str) -> list[tuple[float, str | None, bool]]:
    return [(s.amount_gbp, s.period, s.approximate) for s in _streams(*paragraphs)]


@pytest.mark.parametrize(("number", "unit", "gbp"), [
    ("44", "m", 44e6), ("2.6", "bn", 2.6e9), ("1.3", "billion", 1.3e9), ("500,000", None, 5e5),
    ("200", "million", 2e8), ("15", "k", 15e3)])
def test_amount_units(number: str, unit: str | None, gbp: float) -> None:
    assert parse_amount(number, unit) == gbp


def test_allocated_with_financial_year_and_purpose() -> None:
    (s,) = _streams("Ministers have allocated £12m in 2025-26 for kinship allowances in eight areas.")
    assert (s.amount_gbp, s.period, s.kind, s.approximate) == (12e6, "2025-26", "allocated", False)
    assert s.purpose == "kinship allowances in eight areas"
    assert str(s.funder) == "organisation/labour-government"
    assert [str(r) for r in s.funds] == ["measure/kinship-allowances"]


def test_just_under_is_approximate_and_over_two_years_is_the_period() -> None:
    assert _amounts("The strategy set aside just under £40m over two years to test family help.") == [
        (40e6, "over two years", True)]


def test_a_rate_written_with_a_slash_after_the_amount() -> None:
    streams = _streams("The cabinet agreed to fund the rental costs of flats at circa £2800/month for the project.",
                       "Harbour Council will pay each host family £40,000/year under the scheme.")
    assert [(s.amount_gbp, s.period) for s in streams] == [(2800.0, "a month"), (40000.0, "a year")]


def test_a_part_of_an_amount_takes_the_whole_amounts_period() -> None:
    streams = _streams("Harbour Council plans a 4.99 per cent rise in council tax for 2025-26, along with £8.1 million "
                       "in cuts which include a £1.2m reduction in children's services.")
    assert [(s.amount_gbp, s.period) for s in streams] == [(8.1e6, "2025-26"), (1.2e6, "2025-26")]


def test_from_year_range() -> None:
    assert _amounts("The Tories provided £36m from 2023–25 to fund the hubs.") == [(36e6, "2023-25", False)]


def test_over_the_next_two_years_and_recommended_over_four_years() -> None:
    streams = _streams("It proposes investing £150 million over the next two years, far short of the £3.1 billion "
                       "over four years recommended by the care review.")
    assert [(s.amount_gbp, s.period, s.kind) for s in streams] == [
        (150e6, "over the next two years", "allocated"), (3.1e9, "over four years", "recommended")]
    assert streams[1].funder is None


def test_a_year_is_a_period() -> None:
    assert _amounts("The council will receive £2.5m a year to run family hubs.") == [(2.5e6, "a year", False)]


def test_estimated_need() -> None:
    (s,) = _streams("Councils would need an extra £4bn in 2027-28 to maintain services, the LGA said.")
    assert (s.amount_gbp, s.period, s.kind) == (4e9, "2027-28", "estimated need")


def test_cut() -> None:
    (s,) = _streams("The council cut £3m from its early help budget in 2023-24.")
    assert (s.amount_gbp, s.period, s.kind) == (3e6, "2023-24", "cut")


def test_both_figures_of_a_spending_trend_are_streams_each_of_its_own_year() -> None:
    assert [(s.amount_gbp, s.period, s.kind, s.funder) for s in _streams(
        "Northby's spending on foster care rose from £41m in 2018-19 to £57m in 2023-24.",
        "The cost of care had ballooned from £2.9bn in 2010-11 to £6.8bn in 2023-24.")] == [
        (41e6, "2018-19", "spent", None), (57e6, "2023-24", "spent", None),
        (2.9e9, "2010-11", "spent", None), (6.8e9, "2023-24", "spent", None)]
    (low, high) = _streams("Southby's early help grant was cut from £12m in 2012/13 to £5m by 2020/21.")
    assert [(low.period, low.kind), (high.period, high.kind)] == [("2012-13", "allocated"), ("by 2020-21", "allocated")]


def test_a_spending_trend_moved_by_a_multiple_is_two_streams_a_price_trend_none() -> None:
    assert [(s.amount_gbp, s.period, s.kind) for s in _streams(
        "Spending on short breaks has almost doubled in five years, from £1.2bn in 2018-19 to £2.3bn in 2023-24.")] == [
        (1.2e9, "2018-19", "spent"), (2.3e9, "2023-24", "spent")]
    assert _amounts("House prices in Eastwold have trebled, from £90,000 in 2004 to £270,000 in 2024.") == []


def test_a_spending_trend_told_by_a_participle_after_a_comma_is_two_streams() -> None:
    assert [(s.amount_gbp, s.period, s.kind) for s in _streams(
        "Spending on short breaks has more than trebled, climbing from £0.4bn in 2013-14 to £1.3bn in 2023-24.")] == [
        (0.4e9, "2013-14", "spent"), (1.3e9, "2023-24", "spent")]
    assert _amounts("Rents in Eastwold have doubled, rising from £500 in 2014 to £1,000 in 2024.") == []


def test_a_trend_of_prices_wealth_or_fines_is_not_a_stream() -> None:
    assert _amounts("The average price of a terraced house rose from £180,000 in 2015 to £260,000 in 2024.",
                    "The founder's fortune grew from £3m to £40m.",
                    "Fines for littering went up from £150 to £500 last year.",
                    "The cost of a weekly food shop rose from £85 to £110.") == []


def test_a_trend_is_money_only_when_its_clause_s_subject_is() -> None:
    """The subject of the clause whose verb moves "from" is what the figures measure: not a spending word of an earlier
    clause, nor one a level noun follows, nor the agent of a transitive verb."""
    assert [(s.amount_gbp, s.kind) for s in _streams(
        "Last year, the county's budget for short breaks went up from £2m to £3m.",
        "The cost of agency staff, which the council says has soared from £5m to £9m, worries members.")] == [
        (2e6, "spent"), (3e6, "spent"), (5e6, "spent"), (9e6, "spent")]
    assert _amounts("Despite cuts to council spending, the average house price in Eastwold went from £210,000 to "
                    "£290,000.",
                    "Funding pressures mean the average salary of a youth worker rose from £27,000 to £33,000.",
                    "The Bill raises the cap on care fees from £5,000 to £10,000.") == []


def test_a_trend_set_off_by_a_comma_after_a_percentage_is_money() -> None:
    """"fell by 2.5 per cent, from £X to £Y": neither the comma nor the decimal point ends the clause; a level noun
    still moves no stream."""
    assert [(s.amount_gbp, s.period, s.kind) for s in _streams(
        "Spending on short breaks fell by 2.5 per cent, from £4.5m in 2021/22 to £4m in 2022/23.")] == [
        (4.5e6, "2021-22", "spent"), (4e6, "2022-23", "spent")]
    assert [(s.amount_gbp, s.kind) for s in _streams(
        "The county's budget for youth work went up by a tenth, from £2m to £2.2m.")] == [
        (2e6, "spent"), (2.2e6, "spent")]
    assert _amounts("Despite cuts to council spending, the average rent went up by 4.5 per cent, from £9,000 to "
                    "£9,400.") == []


def test_a_trend_is_money_when_its_verb_acts_on_spending_or_funding() -> None:
    """The object of a transitive trend verb is what moved: "cut spending on … from £X to £Y"; a modal before the
    verb makes it a forecast; the object must be the money noun itself, not a cap or a fee."""
    assert [(s.amount_gbp, s.period, s.kind) for s in _streams(
        "Eastwold Council was forced to cut spending on youth clubs by 30 per cent, from £1.5m in 2019/20 to £1m in "
        "2023/24.")] == [(1.5e6, "2019-20", "spent"), (1e6, "2023-24", "spent")]
    assert [(s.amount_gbp, s.kind) for s in _streams(
        "Northby will boost its budget for short breaks from £2m to £3m.")] == [
        (2e6, "estimated cost"), (3e6, "estimated cost")]
    assert _amounts("The Bill raises the cap on care fees from £5,000 to £10,000.",
                    "Westmoor increased spending on agency fees from £2m to £3m.",
                    "After cuts to council spending, the average rent went from £9,000 to £9,400.") == []


def test_a_forecast_trend_is_an_estimated_cost_not_spending() -> None:
    assert [(s.amount_gbp, s.kind) for s in _streams(
        "The annual cost of the system will rise from £11 to £16 billion per year.",
        "Spending on home-to-school transport is projected to rise from £3m this year to £5m in 2027-28.",
        "Westmoor's early help grant is expected to fall from £4m to £2m.")] == [
        (11e9, "estimated cost"), (16e9, "estimated cost"), (3e6, "estimated cost"), (5e6, "estimated cost"),
        (4e6, "estimated cost"), (2e6, "estimated cost")]


def test_what_a_policy_would_cost_is_an_estimated_cost_without_a_funder() -> None:
    assert [(s.amount_gbp, s.period, s.kind, s.funder) for s in _streams(
        "The reforms would cost £2.2bn over four years, the review projected.",
        "Ministers rejected a scheme that would cost £18m a year.",
        "Putting the new duty into practice is expected to cost councils £40m.",
        "Expanding the breakfast club offer to every secondary school in Northby would cost about £3m a year.")] == [
        (2.2e9, "over four years", "estimated cost", None), (18e6, "a year", "estimated cost", None),
        (40e6, None, "estimated cost", None), (3e6, "a year", "estimated cost", None)]


def test_a_price_forecast_is_not_a_stream() -> None:
    assert _amounts("A season ticket will cost £1,200 next year.",
                    "A new minibus for the youth club would cost £60,000.",
                    "The family said that extending their house would cost £80,000.") == []


def test_salary_rate_and_fee_are_not_streams() -> None:
    assert _amounts("Social workers earn a salary of £38,000, agencies charge fees of £1,200 a week and "
                    "locums are paid £45 an hour.") == []


def test_a_salary_named_far_before_its_figure_is_still_pay() -> None:
    assert _amounts("The typical starting salary for a newly qualified children's social worker in Northby was "
                    "£33,400 last year.") == []
    # a sum after a kind cue is money, whatever salary the sentence named before it
    assert _amounts("Social workers' salaries have barely moved, while Northby spent £9m on agency staff.") == [
        (9e6, None, False)]


def test_profit_is_not_a_stream() -> None:
    assert _amounts("The largest provider made profits of £300m last year.") == []


def test_a_companys_deal_or_asset_portfolio_is_not_a_stream() -> None:
    assert _amounts("Kinwell, which was taken private in a £1.1bn transaction this year, runs 500 homes.") == []
    assert _amounts("The sale is a small part of our £1bn freehold asset portfolio.") == []
    assert _amounts("Northby Capital completed a £22m buyout of the fostering agency.") == []
    # Near miss: money a council spends on a portfolio of homes it buys is spending.
    assert _amounts("Northby Council will spend £12m buying homes for children in care.") != []


@pytest.mark.parametrize("sentence", [
    "The watchdog fined Northby Council £75,000 after a social worker lost case files.",
    "Two councils were fined a total of £150,000 for the data breaches.",
    "Northby Council has been handed a penalty of £60,000 for the failings.",
    "The trust was served with a £45,000 monetary penalty last week.",
    "It paid a £30,000 fine for leaving records in an unlocked office.",
    # a person's pay
    "The charity's chief executive was paid £210,000 in 2023/24.",
    "Its directors were paid an average of £150,000 last year.",
    "The director of children's services at Northby was paid £190,000.",
    "It is a job for someone who is paid £300,000 a year.",
    "Now the council pays someone £95,000 to do it."])
def test_fines_penalties_and_a_persons_pay_are_not_streams(sentence: str) -> None:
    assert _amounts(sentence) == []


def test_money_paid_to_councils_or_providers_is_still_a_stream() -> None:
    assert _amounts("Councils were paid £20m to run the pilots.") == [(2e7, None, False)]
    assert _amounts("The director said councils were paid £20m for the pilots.") == [(2e7, None, False)]
    assert _amounts("The council paid £2m to the provider for the new homes.") == [(2e6, None, False)]


def test_money_near_a_fine_but_not_its_figure_is_a_stream() -> None:
    assert _amounts("Despite the fines, the council invested £3m in training.") == [(3e6, None, False)]
    assert _amounts("The council will spend £2m on new systems to avoid penalties.") == [(2e6, None, False)]


def test_a_carers_allowance_is_money_for_the_care_not_a_persons_pay() -> None:
    assert _amounts("Northby Council pays its kinship carers a weekly allowance of £140 for each child.") == [
        (140, "a week", False)]


def test_leaving_care_allowance_rise_is_a_rate() -> None:
    assert _amounts("The leaving care allowance will be increased from £2,000 to £3,500 from April.") == []


def test_two_amounts_in_one_sentence_each_get_their_own_period() -> None:
    assert _amounts("The Budget pledged an extra £1.1bn for councils for 2025-26, of which at least £500m would "
                    "go to social care.") == [(1.1e9, "2025-26", False), (5e8, "2025-26", True)]


def test_range_first_figure_takes_the_unit_of_the_second() -> None:
    # A cost forecast is skipped, but a funding range keeps its unit: "between £10 and £20 million".
    (first, second) = _streams("Ministers will invest £10 to £20 million in the pilot.")
    assert (first.amount_gbp, second.amount_gbp) == (10e6, 20e6)


def test_a_ranges_higher_figure_takes_the_period_stated_before_its_lower() -> None:
    assert _amounts("Northby Council pays its carers a weekly allowance of between £120 and £185.") == [
        (120, "a week", False), (185, "a week", False)]
    # near miss: the higher figure's own period stands
    assert _amounts("Carers get between £120 a week and £600 a month.") == [(120, "a week", False),
                                                                            (600, "a month", False)]


def test_period_normal_forms() -> None:
    assert period_of(" per year", "") == "a year"
    assert period_of(" annually", "") == "a year"
    assert period_of(" next year", "") == "next year"
    assert period_of(" from 2026 to 2030", "") == "2026-30"


def test_stream_span_and_evidence_are_offsets_into_the_body() -> None:
    a = article("Intro.", "The DfE will invest £9 million in kinship training.")
    sentences, found = documents(a)
    (s,) = find_funding(a, sentences, found)
    assert a.body[s.span.start:s.span.end] == "£9 million"
    assert a.body[s.evidence.start:s.evidence.end] == s.evidence.text


def test_hyphenated_unit_is_read() -> None:
    assert _amounts("The county has invested £75-million in new foster homes.") == [(75e6, None, False)]


def test_what_a_project_or_pilot_is_expected_to_cost_is_an_estimated_cost() -> None:
    assert [(s.amount_gbp, s.kind) for s in _streams("The project is expected to cost £2.7m next year.",
                                                     "The pilot will cost £400,000.")] == [
        (2.7e6, "estimated cost"), (400e3, "estimated cost")]


def test_a_billion_written_b_is_read_and_a_word_after_a_figure_is_no_unit() -> None:
    assert _amounts("The county has invested £1.5b in new foster homes.") == [(1.5e9, None, False)]
    assert _amounts("The county has invested £750,000 in bedrooms for new foster homes.") == [(750e3, None, False)]


def test_amount_broken_across_a_line_keeps_its_unit() -> None:
    (s,) = _streams("Ministers have committed £3.2", "billion to councils over three years.")
    assert (s.amount_gbp, s.kind) == (3.2e9, "allocated")
    assert s.span.text == "£3.2"


def test_a_further_amount_is_an_allocation() -> None:
    (s,) = _streams("The department announced a further £35m for adoption support in 2026-27.")
    assert (s.amount_gbp, s.period, s.kind) == (35e6, "2026-27", "allocated")


def test_range_with_one_unit_after_the_second_figure() -> None:
    (s,) = _streams("The trust will invest £20-30m in residential homes.")
    assert s.amount_gbp == 20e6


def test_over_an_amount_is_approximate_not_a_period() -> None:
    assert _amounts("The council invested over £600m in children's services in 2024-25.") == [
        (6e8, "2024-25", True)]


def test_period_in_the_next_sentence_about_the_money() -> None:
    (s,) = _streams("The government pledged £70m for kinship carers. The money will be paid over three years.")
    assert s.period == "over three years"


def test_shortfall_is_its_own_kind_and_has_no_funder() -> None:
    (s,) = _streams("The County Councils Network warned of a £900m shortfall in children's services next year.")
    assert (s.amount_gbp, s.kind, s.funder) == (9e8, "shortfall", None)


def test_money_secured_is_allocated_but_secure_homes_are_no_allocation() -> None:
    (s,) = _streams("£80m was secured last year to run weekend respite breaks.")
    assert (s.amount_gbp, s.kind) == (8e7, "allocated")
    (s,) = _streams("Last year £80m went on secure children's homes in the region.")
    assert s.kind != "allocated"


def test_saving_is_its_own_kind() -> None:
    (s,) = _streams("The pilot saved £4m in placement spending, the evaluation found.")
    assert (s.amount_gbp, s.kind, s.funder) == (4e6, "saving", None)


def test_spending_and_need_have_no_funder() -> None:
    spent, need = _streams("Councils spent £13bn on children's social care last year.",
                           "The Local Government Association said councils need an extra £2bn a year.")
    assert (spent.kind, spent.funder) == ("spent", None)
    assert (need.kind, need.funder) == ("estimated need", None)


def test_allocation_keeps_its_funder() -> None:
    (s,) = _streams("The government has allocated £18m to fostering hubs.")
    assert (s.kind, str(s.funder)) == ("allocated", "organisation/labour-government")


def test_next_sentence_period_is_not_given_to_either_of_two_amounts() -> None:
    streams = _streams("The government pledged £30m for hubs, part of a wider £90m package. The funding covers 2026-27.")
    assert [s.period for s in streams] == [None, None]


def test_a_hyphenated_a_year_is_the_annual_period() -> None:
    assert _amounts("Ministers pledged a £1.5bn-a-year fund for councils.") == [(1.5e9, "a year", False)]


def test_a_weekly_cost_has_a_weekly_period() -> None:
    from cscgraph.extract.funding import period_of
    assert period_of(" a week for a single placement", "") == "a week"
    assert period_of(" monthly to the provider", "") == "a month"


def test_a_financial_year_written_as_two_calendar_years() -> None:
    assert _amounts("The department will provide £25m in 2026 to 2027 for adoption support.") == [
        (25e6, "2026-27", False)]
    assert _amounts("The department will provide £25m in 2026/27 for adoption support.") == [
        (25e6, "2026-27", False)]


def test_over_the_spending_review_period_is_a_period() -> None:
    assert _amounts("Ministers have allocated £310m over the spending review period to expand family hubs.") == [
        (310e6, "over the spending review period", False)]


def test_by_a_year_after_the_amount_is_its_period_but_not_a_date_before_it() -> None:
    assert _amounts("The government will invest £450m by 2029 to create family help teams.") == [
        (450e6, "by 2029", False)]
    assert _amounts("The department will publish a strategy by 2027 and invest £8m in training.") == [
        (8e6, None, False)]


def test_both_figures_of_a_range_share_its_period() -> None:
    assert _amounts("The department will provide between £20m and £35m for kinship pilots in 2026-27.") == [
        (20e6, "2026-27", False), (35e6, "2026-27", False)]
    assert _amounts("Councils will receive £10m-£12m a year for family hubs.") == [
        (10e6, "a year", False), (12e6, "a year", False)]


def test_an_amount_no_cue_classifies_is_kept_unclassified_without_a_funder() -> None:
    (s,) = _streams("The government said over £45m will go to family hubs over three years.")
    assert (s.amount_gbp, s.period, s.kind, s.funder) == (45e6, "over three years", "unclassified", None)
    (promised,) = _streams("Councils have been promised £45m over three years.")
    assert promised.kind == "allocated"


def test_prices_and_small_unclassified_amounts_are_not_streams() -> None:
    assert _amounts("Order the handbook now for £129.99.", "The new edition is £875.") == []


def test_what_a_country_or_council_spends_is_spending() -> None:
    streams = _streams("England spends £13.4 billion a year on children's social care.",
                       "Northby council spends £2m a week on placements.")
    assert [(s.amount_gbp, s.period, s.kind) for s in streams] == [
        (13.4e9, "a year", "spent"), (2e6, "a week", "spent")]


def test_a_small_sum_only_a_word_after_it_classifies_is_an_appeal_not_money_for_a_service() -> None:
    assert _amounts("From just £2 a month you can help fund our reporting.",
                    "Just £8, the price of a sandwich, can help give a child a summer to remember.") == []
    # a small sum a cue before it classifies is kept
    assert _amounts("Kinship carers in the pilot will receive £260 a week.") == [(260.0, "a week", False)]


def test_pounds_and_pence_at_a_rate_are_a_cost_not_a_price() -> None:
    assert _amounts("Northby council is spending £61,204.35 a week on its eleven costliest placements.",
                    "The council paid £4,870.50 per child per week for a bespoke home.") == [
        (61204.35, "a week", False), (4870.5, "a week", False)]
    # a price at a rate is still under the smallest sum kept, and pay at a rate is pay (R2)
    assert _amounts("A subscription to the handbook is £49.99 a year.", "Foster carers are paid £312.60 a week.",
                    "Subscribe to support our journalism for just £4.99 a month.") == []


def test_a_subheading_restating_the_body_is_one_record() -> None:
    assert _amounts("Extra £30m for 2026-27", "Ministers allocated £30m for 2026-27 to adoption support.") == [
        (30e6, "2026-27", False)]


def test_a_subheading_amount_the_body_never_states_is_kept() -> None:
    assert _amounts("Councils to share £75m", "Ministers said the money would reach every area.") == [
        (75e6, None, False)]


def test_amount_broken_across_a_line_is_read_without_a_kind_word_before_the_break() -> None:
    (s,) = _streams("Ministers have announced £3.6", "billion for councils over two years.")
    assert (s.amount_gbp, s.period) == (3.6e9, "over two years")


def test_a_span_of_months_is_the_period_as_written() -> None:
    (s,) = _streams("The programme will invest over £52 million from April 2024 to March 2026 to test family help.")
    assert (s.amount_gbp, s.period, s.approximate) == (52e6, "April 2024 to March 2026", True)
    assert s.purpose == "test family help"


def test_an_amount_in_words_is_read() -> None:
    assert _amounts("It is good to see ministers commit more than a billion pounds over the next three years.") == [
        (1e9, "over the next three years", True)]


def test_a_figure_cut_off_before_its_unit_is_not_a_stream() -> None:
    assert _amounts("The government launched a data fund, backed by £6.3") == []


def test_calling_on_someone_to_invest_is_a_recommendation_without_a_funder() -> None:
    (s,) = _streams("The review called on the government to invest £2.9bn over five years in early help.")
    assert (s.kind, s.period, s.funder) == ("recommended", "over five years", None)


def test_the_spending_review_is_not_spending() -> None:
    (s,) = _streams("The Chancellor announced £2bn for councils in the Spending Review.")
    assert s.kind == "allocated"


def test_providers_are_not_a_funding_word() -> None:
    (s,) = _streams("Private providers charge councils while the taxpayer has been paying £640m for placements.")
    assert s.kind == "spent"


def test_an_amount_named_as_a_cost_is_an_estimated_cost() -> None:
    (s,) = _streams("Ministers must face the costs of, I think, more than £3.1 billion.")
    assert (s.amount_gbp, s.kind, s.funder, s.approximate) == (3.1e9, "estimated cost", None, True)


def test_the_cost_of_an_allocation_is_that_allocation() -> None:
    (s,) = _streams("The pilot, which the DfE is funding 30 councils to run in 2025-26, at a cost of £19m, "
                    "starts soon.")
    assert (s.amount_gbp, s.period, s.kind) == (19e6, "2025-26", "allocated")


def test_projected_spending_is_an_estimated_cost() -> None:
    (s,) = _streams("Unchecked, councils could be spending £14bn a year on placements by 2031.")
    assert (s.period, s.kind) == ("a year", "estimated cost")


def test_a_body_that_receives_money_is_not_its_funder() -> None:
    given, received = _streams_with_bodies(
        "The Department for Education has awarded £3.8 million to councils in the North West.",
        "Northby Borough Council has received £1.2 million for a fostering hub.")
    assert str(given.funder) == "organisation/department-for-education"
    assert str(received.funder) == "organisation/department-for-education"  # carried from the sentence before


def test_a_campaigning_body_is_not_the_funder_of_what_it_welcomes() -> None:
    (s,) = _streams_with_bodies("The government published its kinship strategy today.",
                                "It includes measures that Kinship has long campaigned for, including a £7 million "
                                "programme of training for kinship carers.")
    assert str(s.funder) == "organisation/labour-government"


def test_the_agent_after_the_amount_is_the_funder() -> None:
    (s,) = _streams_with_bodies("Family hubs in the county will share £6m, funded by the Department for Education.")
    assert str(s.funder) == "organisation/department-for-education"


def test_an_allocation_referring_back_takes_the_funder_of_the_money_before() -> None:
    first, second = _streams_with_bodies(
        "The government has announced an extra £21 million for councils.",
        "The funding will help roll out early help. It pays for more family workers. It also pays for training.",
        "The new investment builds on a rise in family support funding to £610 million.")
    assert str(first.funder) == str(second.funder) == "organisation/labour-government"


def test_what_a_placement_costs_per_child_per_week_is_spending_at_that_rate() -> None:
    assert _amounts("Unregistered placements are averaging more than £14,200 per child per week.") == [
        (14200, "a week", True)]
    (s,) = _streams("One placement had been costing the council £72,000 a week.")
    assert (s.amount_gbp, s.period, s.kind) == (72000, "a week", "spent")


def test_a_weekly_cost_named_before_the_amount_gives_its_period() -> None:
    (s,) = _streams("The average weekly cost of an agency social worker is £1,750.")
    assert (s.amount_gbp, s.period) == (1750, "a week")


def test_pay_rates_are_still_not_streams() -> None:
    assert _amounts("Councils pay foster carers an average of £410 a week.") == []


def test_a_cost_threshold_is_not_a_stream() -> None:
    assert _amounts("Placements costing over £9,000 a week have risen to 1,400.") == []


def test_what_the_placements_children_are_in_cost_is_spending_not_a_threshold() -> None:
    """"children are in placements costing over £X a year" says what those placements cost; a count made by the bound
    ("the number of children in placements costing over …") keeps it a threshold."""
    assert _amounts("Nearly 900 children are in placements costing upwards of £400,000 annually, the LGA said.") == [
        (4e5, "a year", True)]
    assert _amounts("The number of children in placements costing over £10,000 a week has risen to 1,500.") == []


@pytest.mark.parametrize("sentence", [
    "The number of placements costing £9,000 a week or more rose to 1,400 last year.",
    "Placements costing £12,000 or more per week made up 2% of the total in 2023-24."])
def test_a_cost_threshold_bounded_after_the_amount_is_not_a_stream(sentence: str) -> None:
    assert _amounts(sentence) == []


def test_what_placements_have_cost_is_spending_not_a_threshold() -> None:
    streams = _streams("Some 40 placements have cost more than £2 million each, the commissioner found.")
    assert [(s.amount_gbp, s.approximate, s.kind) for s in streams] == [(2e6, True, "spent")]
    # near-miss: the same bound after a participle is a threshold
    assert _amounts("Some 40 placements costing more than £2 million each were found.") == []


def test_a_cost_with_more_after_it_that_bounds_nothing_is_still_money() -> None:
    # near-miss: "or more" after a comma starts another clause, and a home that cost a sum is no threshold
    opened = _amounts("The council opened two homes costing £3m, or more than it had planned.")
    assert [a for a, _, _ in opened] == [3e6]
    assert [a for a, _, _ in _amounts("The new homes cost £4m or more to build, the council said.")] == [4e6]


def test_what_a_council_is_charged_for_a_placement_is_spending_at_that_rate() -> None:
    streams = _streams("Northby Council had been charged up to £52,000 a week (£2.7m a year) for a single placement.")
    assert [(s.amount_gbp, s.period, s.kind) for s in streams][:1] == [(52000, "a week", "spent")]


@pytest.mark.parametrize("sentence", [
    "The agency charged £45 an hour for each social worker it supplied.",
    "Parents were charged £1,200 for the course, the council said."])
def test_a_charge_that_is_not_for_a_placement_is_still_a_fee(sentence: str) -> None:
    assert _amounts(sentence) == []


def test_a_financial_year_in_two_digits() -> None:
    assert period_of(" for 24/25 in respect of agency staff", "") == "2024-25"
    assert period_of(" in 12/14 areas", "") is None


def test_a_sentence_opening_with_its_period_gives_it_to_the_amount() -> None:
    assert _amounts("For 25/26 there was an estimated pressure of approximately £2.4m on the workforce budget.") == [
        (2.4e6, "2025-26", True)]


def test_the_financial_year_of_the_outturn_or_budget_dates_a_figure_past_a_comma() -> None:
    outturn = _amounts("The 2024/25 outturn report, which the cabinet discussed on Tuesday, showed an overspend of "
                       "£6.1m.")
    aside = _amounts("Members heard about the provisional 2024/25 outturn for early help (£900,000 overspend).")
    other = _amounts("The 2024/25 Ofsted inspection, which praised the service, came before £6.1m was cut.")
    assert [outturn, aside, other] == [[(6.1e6, "2024-25", False)], [(9e5, "2024-25", False)], [(6.1e6, None, False)]]


def test_that_year_is_the_year_named_before_it() -> None:
    assert _amounts("Councils overspent in 2021-22 despite increasing their care budgets by £640m that year.") == [
        (640e6, "2021-22", False)]
    assert _amounts("Councils overspent in 2021-22 despite adding £640m the same financial year and £900m "
                    "since.") == [
        (640e6, "2021-22", False), (900e6, None, False)]


def test_an_amount_opening_its_sentence_takes_the_financial_year_closing_the_one_before() -> None:
    assert _amounts("The minister confirmed the fund will continue into 2026-27. £48 million has been made "
                    "available to fund therapy.") == [(48e6, "2026-27", False)]


def _extracted(*paragraphs: str) -> list[FundingStream]:
    """Streams as the whole extraction reads them (quotes found first)."""
    return list(extract_article(article(*paragraphs, published="2025-06-20"), gazetteer()).funding)


def test_a_quote_restating_an_amount_is_the_record_stated_before_it() -> None:
    streams = _extracted("The Department for Education has awarded £3.8 million to councils in the North West.",
                         "Jo Pell, the council's director, said: “We are delighted to have been awarded "
                         "£3.8 million "
                         "over two years to recruit foster carers.”")
    assert [(s.amount_gbp, s.period) for s in streams] == [(3.8e6, "over two years")]


def test_a_quote_with_another_period_is_its_own_record() -> None:
    streams = _extracted("The fund will continue in 2026-27, with £48m available for therapy.",
                         "The minister said: “I can confirm that £48m has been allocated for the fund this year.”")
    assert [(s.amount_gbp, s.period) for s in streams] == [(48e6, "2026-27"), (48e6, "2025-26")]


def test_a_quote_restating_an_amount_for_next_year_is_the_record_for_that_financial_year() -> None:
    # Published in June 2025: next year is 2026-27, the year the first sentence states.
    streams = _extracted("The fund will continue in 2026-27, with £48m available for therapy.",
                         "The minister said: “I can confirm that £48m has been allocated for the fund next year.”")
    assert [(s.amount_gbp, s.period) for s in streams] == [(48e6, "2026-27")]


def test_money_paid_to_councils_is_not_pay() -> None:
    assert _amounts("The £310m prevention grant will be paid to councils in 2026-27.") == [(310e6, "2026-27", False)]


def test_an_open_dash_aside_does_not_give_its_period_but_a_closed_one_is_skipped() -> None:
    assert _amounts("Ministers also announced £26m for kinship carers — a 40% increase on last year.") == [
        (26e6, None, False)]
    assert _amounts("Councils face a £1.9 billion shortfall – estimated before inflation – each year.") == [
        (1.9e9, "a year", False)]


def test_a_standfirst_restating_the_body_is_one_record() -> None:
    assert _amounts("One placement cost a council £71,000 a week and the number of such placements has shot up to "
                    "more than 1,400 from 110 five years ago",
                    "Councils have been paying as much as £71,000 a week for single placements.") == [
        (71000, "a week", True)]


def test_the_chancellor_and_the_budget_fund_for_the_government_in_office() -> None:
    chancellor, budget = _streams_with_bodies(
        "In her statement, the Chancellor allocated £260m for children's social care.",
        "Separately, the Spending Review confirmed £570m for children's homes.")
    assert str(chancellor.funder) == str(budget.funder) == "organisation/labour-government"
    (shadow,) = _streams_with_bodies("Meanwhile the shadow Chancellor pledged £300m for youth services.")
    assert shadow.funder is None


def test_family_support_is_not_an_allocation_word() -> None:
    (s,) = _streams("Spending on early help – youth services and family support – grew by 13% (just over £310m).")
    assert s.kind == "spent"


@pytest.mark.parametrize(("after", "before", "period"), [
    (" over the next decade to build homes", "", "over the next decade"),
    (" over a three-year period", "", "over three years"),
    (" for the programme", "a four-year ", "over four years"),
    (" in FY26/27", "", "2026-27"),
    (" in FY2026-27", "", "2026-27"),
    (" in the past three years", "", "over the past three years"),
    (" for the next two years to test the model", "", "over the next two years"),
    (" across four years", "", "over four years"),
    (" for the next two financial years", "", "over the next two years"),
    (" over the course of this Parliament", "", "over the course of this parliament"),
    (", three-year programme of support", "", "over three years"),
    (" in the year to March 2024", "", "2023-24"),
    (" in the 12 months to 31 March 2025", "", "2024-25"),
    (" by 2028-29", "", "by 2028-29"),
    (" over the next 18 months", "", "over the next 18 months"),
    (" for another year", "", None),
    (" in youth services", "a three-year investment of ", "over three years"),
    (" to reform the system", "a four-year funding injection ", "over four years"),
    (" in youth services", "a three-year study found councils spent ", None),
])
def test_more_period_forms(after: str, before: str, period: str | None) -> None:
    assert period_of(after, before) == period


def test_a_deadline_year_written_short_is_a_financial_year() -> None:
    assert _amounts("Spending on the hubs will rise to £6m by 26/27, the council said.") == [(6e6, "by 2026-27", False)]
    assert _amounts("Eastmoor will receive an extra £2m a year by 2027-8 for its foster carers.") == [
        (2e6, "a year", False)]
    assert period_of(" by 2027-8", "") == "by 2027-28"
    # not a financial year: a round-the-clock service
    assert _amounts("The council will invest £3m in a helpline staffed by 24/7 advisers.") == [(3e6, None, False)]


def test_a_deadline_after_the_amount_is_its_period_unless_it_dates_a_target() -> None:
    assert _amounts("Children's homes are to receive £2bn by 2029.") == [(2e9, "by 2029", False)]
    assert _amounts("The council has set aside £3m to be spent by 2027.") == [(3e6, "by 2027", False)]
    # the date of what the money pays for: a verb of its own, or a count, stands between
    assert _amounts("The £40m fund will open up to 300 hubs by 2028.") == [(4e7, None, False)]
    assert _amounts("Ministers are putting £25m into the scheme, to put a hub in every county by May 2027.") == [
        (25e6, None, False)]
    assert _amounts("The £12m grant will help 5,000 more families by 2028.") == [(12e6, None, False)]


def test_amounts_in_mn_and_money_until_a_date() -> None:
    assert _amounts("The department has allocated £45mn for the pilots until March 2027.") == [
        (45e6, "until March 2027", False)]


def test_between_now_and_a_date_is_until_the_date() -> None:
    now = _amounts("Eastmoor council can draw on £2.5m between now and March 2027 for its hubs.")
    dates = _amounts("Eastmoor council can draw on £2.5m between April 2026 and March 2027 for its hubs.")
    assert [now, dates] == [[(2.5e6, "until March 2027", False)], [(2.5e6, "April 2026 to March 2027", False)]]


def test_a_giver_named_after_the_amount_by_from_or_in_a_relative_clause() -> None:
    (by_from,) = _streams_with_bodies("Northby Borough Council has received £2m from the Department for Education.")
    (relative,) = _streams_with_bodies("Councils will share £45m, which the Department for Education announced on "
                                       "Tuesday.")
    assert str(by_from.funder) == str(relative.funder) == "organisation/department-for-education"
    (named,) = _streams_with_bodies("Councils will receive £45m, which the Local Government Association said was "
                                    "too little.")
    assert (named.kind, named.funder) == ("allocated", None)


def test_spans_of_financial_years_and_of_calendar_years() -> None:
    assert period_of(", covering 2026-27 to 2028-29", "") == "2026-29"
    assert period_of(" between 2026/27 and 2027/28", "") == "2026-28"
    assert period_of(" in the years 2026 to 2029", "") == "2026-29"


def test_councils_sharing_money_is_an_allocation() -> None:
    (s,) = _streams("Local authorities in England will share £125m in 2026-27 to recruit more foster carers.")
    assert (s.kind, s.period) == ("allocated", "2026-27")


def test_purposes_are_not_periods_and_read_past_in_respect_of() -> None:
    first, second = _streams("Councils overspent by £820m in the year 2021-22 and by £1.1bn in the past two years.")
    assert (first.purpose, second.purpose) == (None, None)
    (s,) = _streams("For 25/26 there is a pressure of £1.9m in respect of the agency workforce.")
    assert s.purpose == "the agency workforce"


def test_a_body_saying_it_will_invest_is_the_funder() -> None:
    (s,) = _streams_with_bodies("The Department for Education said it would invest £29m in foster care recruitment.")
    assert str(s.funder) == "organisation/department-for-education"


def test_a_cost_stated_as_a_fact_is_spending() -> None:
    (s,) = _streams("The average weekly cost of an agency social worker is £1,750.")
    assert s.kind == "spent"
    (estimate,) = _streams("Ministers must face the costs of, I think, more than £3.1 billion.")
    assert estimate.kind == "estimated cost"


def test_the_purpose_a_next_sentence_about_the_money_states() -> None:
    (s,) = _streams("The government has announced £19m for councils. The money will be used to recruit foster carers.")
    assert s.purpose == "councils"
    (t,) = _streams("The government has announced £19m. The money will be used to recruit foster carers.")
    assert t.purpose == "recruit foster carers"


def test_a_heading_amount_without_a_kind_word_is_not_kept() -> None:
    assert _amounts("Senior Social Worker, Northby Borough Council, £45,000 - £50,000",
                    "The council is recruiting.") == []


def test_list_items_are_records_though_short_and_without_a_kind_word() -> None:
    assert _amounts("The settlement for Northby is made up of:", "- £6m for the kinship hub", "• Foster care: £2.5m",
                    "Senior Social Worker, £45,000") == [(6e6, None, False), (2.5e6, None, False)]


def test_proposed_as_an_adjective_after_the_amount_is_not_a_recommendation() -> None:
    (s,) = _streams_with_bodies("So far, the Department for Education has committed £210m to testing the proposed "
                                "changes.")
    assert (s.kind, str(s.funder)) == ("allocated", "organisation/department-for-education")
    (r,) = _streams("It falls short of the £2.9 billion over five years proposed by the review.")
    assert r.kind == "recommended"


def test_money_previously_spent_is_spending_but_money_to_be_spent_is_not() -> None:
    (s,) = _streams("Councils will combine the grant with £240.5m previously spent on early help.")
    assert s.kind == "spent"
    (t,) = _streams("Ministers allocated £45m to be spent on family hubs.")
    assert t.kind == "allocated"


def test_a_minister_speaks_for_the_government_in_office() -> None:
    (s,) = _streams_with_bodies("“We are investing £46 million in these pathfinders,” the children’s minister "
                                "said.")
    assert str(s.funder) == "organisation/labour-government"
    (w,) = _streams_with_bodies("The Welsh minister pledged £12m for youth services.")
    assert w.funder is None


def test_a_dash_between_a_total_and_its_yearly_rate_is_not_a_range() -> None:
    assert _amounts("The DfE is investing £48 million – £16m a year – in hubs.") == [
        (48e6, None, False), (16e6, "a year", False)]


def test_councils_that_get_money_are_given_an_allocation() -> None:
    (s,) = _streams("Councils will get £0.6bn for family hubs.")
    assert (s.amount_gbp, s.kind) == (6e8, "allocated")


@pytest.mark.parametrize(("sentence", "published", "period"), [
    ("The council overspent its budget by £6m last year.", "2024-07-02", "2023-24"),
    ("Ministers doubled funding for family hubs this year to £410m.", "2025-09-10", "2025-26"),
    ("Ministers doubled funding for family hubs this year to £410m.", "2025-02-10", "2024-25"),
    ("The department will provide £30m for adoption support next year.", "2024-11-01", "2025-26"),
    ("The council expects to spend £12m on placements in the current financial year.", "2025-05-01", "2025-26"),
])
def test_a_relative_year_is_the_financial_year_it_names_by_the_article_date(sentence: str, published: str,
                                                                             period: str) -> None:
    (s,) = _streams(sentence, published=published)
    assert s.period == period


def test_the_year_to_another_month_and_during_the_year_are_no_period() -> None:
    assert period_of(" in the year to June 2024", "") is None
    assert period_of(" during the year", "") is None


def test_a_sum_referred_back_to_in_a_later_sentence_is_one_record_with_the_period_it_gives() -> None:
    streams = _streams("Ministers have announced £64m to expand regional adoption agencies.",
                       "Officials have not said how the £64m will be divided in 2026-27.")
    assert [(s.amount_gbp, s.period) for s in streams] == [(64e6, "2026-27")]


def test_a_sum_restated_with_a_purpose_word_in_common_is_one_record() -> None:
    streams = _streams("The Treasury is providing £72m in resilience funding for youth centres.",
                       "Officials confirmed that £72m from the resilience pot would also refurbish centres.")
    assert [s.amount_gbp for s in streams] == [72e6]


def test_one_sum_for_two_purposes_or_two_periods_is_two_records() -> None:
    purposes = _streams("Northby council received £1m for a fostering hub.",
                        "Southby council received £1m for a kinship helpline.")
    periods = _streams("Ministers allocated £20m for mentoring in 2025-26.",
                       "Ministers allocated £20m for mentoring in 2026-27.")
    same_sentence = _streams("Each area gets £2m for hubs and £2m for helplines.")
    assert [len(purposes), len(periods), len(same_sentence)] == [2, 2, 2]


def test_a_further_sum_of_the_same_figure_is_a_record_of_its_own() -> None:
    further = _streams("The Treasury will open a £400m fund for youth clubs.",
                       "Ministers hope to raise a further £400m from investors over the decade.")
    another = _streams("Northby council has put £3m into its fostering service.",
                       "It will invest another £3m in 2026-27.")
    referred = _streams("Northby council has put £3m into its fostering service.",
                        "The extra £3m will be spent in 2026-27.")
    assert [len(further), len(another), [(s.amount_gbp, s.period) for s in referred]] == [
        2, 2, [(3e6, "2026-27")]]


def test_the_same_sum_in_two_items_of_one_list_is_two_records() -> None:
    listed = _streams("Ministers listed the new youth grants:", "• £6m to train youth workers in outdoor learning",
                      "• £6m to open outdoor learning centres")
    restated = _streams("• £6m to train youth workers in outdoor learning", "Ministers said the £6m for outdoor "
                        "learning would reach every region.")
    assert [[s.amount_gbp for s in listed], [s.amount_gbp for s in restated]] == [[6e6, 6e6], [6e6]]


def test_costing_whom_right_before_the_amount_is_spending_whatever_cue_stands_further_back() -> None:
    costing = _streams("Ministers want to reduce unregistered placements costing councils about £90m a year.")
    cover = _streams("Ministers will provide £9m to cover the cost of the new duty.")
    assert [(s.amount_gbp, s.kind) for s in costing + cover] == [(90e6, "spent"), (9e6, "allocated")]


def test_a_list_of_parts_split_from_the_money_takes_its_period_through_a_sentence_about_it() -> None:
    split = _streams("Ministers have announced £30m for youth hubs.", "The money will reach 40 councils in 2026-27.",
                     "The funding will be split into:", "- £20m to open new hubs", "- £10m to train youth workers")
    unrelated = _streams("Councils received £40m in 2024-25.", "Inspectors visited ten councils in the spring.",
                         "The package includes £9m for training.")
    assert [(s.amount_gbp, s.period) for s in split + unrelated] == [
        (30e6, "2026-27"), (20e6, "2026-27"), (10e6, "2026-27"), (40e6, "2024-25"), (9e6, None)]


def test_the_same_sum_spent_and_saved_is_two_records() -> None:
    streams = _streams("The council spent £3m on agency staff.", "The new homes saved £3m.")
    assert [(s.amount_gbp, s.kind) for s in streams] == [(3e6, "spent"), (3e6, "saving")]


def test_a_sentence_restating_one_sum_restates_the_other_sum_it_shares_with_the_first() -> None:
    streams = _streams("The government has given £12m for mentoring, part of a fund of £90m for youth services.",
                       "Officials said the £12m was part of £90m to test new ways of working next year.")
    assert [(s.amount_gbp, s.period) for s in streams] == [(12e6, None), (90e6, "2025-26")]


def test_an_outturn_figure_without_a_period_is_of_the_financial_year_of_the_outturn_before_it() -> None:
    streams = _streams("Northby council spent £410m on its services in 2022/23.",
                       "Most of the pressure came from placements.",
                       "The biggest overspend was in children's services, where spending was £6.2m more than planned.",
                       "Ministers have also allocated £3m for fostering.")
    assert [(s.amount_gbp, s.period) for s in streams] == [(410e6, "2022-23"), (6.2e6, "2022-23"), (3e6, None)]


def test_an_outturn_year_does_not_reach_past_three_sentences_nor_carry_a_duration() -> None:
    far = _streams("The council spent £410m in 2022/23.", "One.", "Two.", "Three.",
                   "There was also a £2m overspend on transport.")
    duration = _streams("Councils spent £1bn over two years on agency staff.",
                        "There was also a £2m overspend on transport.")
    assert [s.period for s in far] == ["2022-23", None]
    assert [s.period for s in duration] == ["over two years", None]


def test_until_a_date_before_the_amount_is_not_a_pay_limit() -> None:
    assert _amounts("The scheme, which runs until 2028, is backed by £14m.") == [(14e6, None, False)]


def test_a_sentence_opening_with_the_course_of_a_period_gives_it_to_the_amount() -> None:
    assert _amounts("Over the course of the next four years, the fund will distribute £80m to councils.") == [
        (80e6, "over the next four years", False)]


def test_a_sentence_about_money_gives_its_financial_year_to_the_amount_of_the_next() -> None:
    streams = _streams("The department has published its kinship grant allocations for 2026-27.",
                       "Eastmoor will receive £4m to train carers.")
    assert [(s.amount_gbp, s.period) for s in streams] == [(4e6, "2026-27")]


def test_a_year_in_a_sentence_not_about_money_or_with_an_amount_is_not_given_to_the_next() -> None:
    event = _streams("Inspectors rated the service inadequate in 2023-24.", "The council has invested £5m since.")
    with_amount = _streams("Councils got £9m in 2023-24 for hubs.", "Eastmoor will receive £4m to train carers.")
    assert [s.period for s in event] == [None]
    assert [s.period for s in with_amount] == ["2023-24", None]


def test_the_year_a_change_is_counted_since_in_the_sentence_before_is_not_given_to_the_next() -> None:
    since = _streams("Funding for youth clubs has fallen by a third since 2014-15.",
                     "Figures show councils spent an extra £48m on placements.")
    dated = _streams("Funding for youth clubs was set for 2025-26 after falling by a third since 2014-15.",
                     "Figures show councils will spend an extra £48m on youth clubs.")
    assert [(s.amount_gbp, s.period) for s in since + dated] == [(48e6, None), (48e6, "2025-26")]


def test_a_sum_without_a_period_takes_the_one_the_title_gives_it() -> None:
    a = Article(title="Councils to get £64m in 2026-27 for adoption support", source="t.txt",
                paragraphs=("The department has confirmed £64m for adoption support.",
                            "Separately, £3m will fund training."), published=datetime(2025, 6, 1))
    sentences, found = documents(a)
    assert [(s.amount_gbp, s.period) for s in find_funding(a, sentences, found)] == [(64e6, "2026-27"), (3e6, None)]


def test_a_limit_or_cap_named_right_after_the_amount_is_not_funding() -> None:
    assert _amounts("Therapy is funded for a year or until a £4,000 annual limit is reached.") == []
    assert _amounts("Each family can claim up to a £2,500 cap.") == []


def test_a_committee_is_not_a_commitment_and_a_cost_right_after_the_amount_is_spending() -> None:
    (s,) = _streams("A member of the scrutiny committee said the £14,200 cost per child per week was too high.")
    assert (s.kind, s.period, s.funder) == ("spent", "a week", None)


def test_the_year_before_is_the_year_before_the_one_the_sentence_names() -> None:
    assert _amounts("Councils overspent by £1.4bn in 2023/24 and by £900m the year before.") == [
        (1.4e9, "2023-24", False), (9e8, "2022-23", False)]
    assert _amounts("The council spent £4m on agency staff, up from £3m a year earlier.") == [
        (4e6, None, False), (3e6, None, False)]


def test_a_range_from_one_figure_to_another_is_not_a_trend() -> None:
    assert _amounts("Each grant ranges from £2m to £5m per council over 2026-27.") == [
        (2e6, "2026-27", False), (5e6, "2026-27", False)]


def test_half_a_billion_pounds_and_a_figure_followed_by_pounds_are_read_once() -> None:
    assert _amounts("Ministers have earmarked half a billion pounds for the reforms.") == [(5e8, None, False)]
    assert _amounts("The council will invest £40 million pounds in foster care.") == [(40e6, None, False)]


def test_money_to_end_profit_making_is_funding_and_a_devolved_government_is_not_the_uk_one() -> None:
    (s,) = _streams_with_bodies("The Welsh Government has committed £68m to eliminate profit from children's care.")
    assert (s.amount_gbp, s.kind) == (68e6, "allocated")
    assert s.funder is None or s.funder.slug != "labour-government"
    assert _amounts("The largest providers made £310m of profit last year.") == []


def test_a_council_approving_money_gives_it() -> None:
    (s,) = _streams_with_bodies("Northby County Council has approved £4m for two new children's homes.")
    assert (s.kind, str(s.funder)) == ("allocated", "organisation/northby-county-council")


def test_money_paid_over_is_kept_but_pay_at_a_rate_is_not() -> None:
    assert [s.amount_gbp for s in _streams("The department has paid councils £48m to run the pilots.")] == [48e6]
    assert _amounts("Northby pays its foster carers an average of £420 a week.") == []


def test_spending_on_fees_is_spending_but_a_fee_is_not() -> None:
    (s,) = _streams("Councils spent £640m on fees to independent fostering agencies.")
    assert (s.amount_gbp, s.kind) == (640e6, "spent")
    assert _amounts("Agencies charge councils a £3,500 fee for each placement.") == []


def test_a_financial_year_further_before_the_amount_in_one_clause_is_its_period() -> None:
    assert _amounts("Ministers said that in 2026-27 councils across the North would share a total of £42m.") == [
        (42e6, "2026-27", False)]
    assert _amounts("The grant rose in 2026-27, which councils will use alongside a remaining £31m.") == [
        (31e6, None, False)]


def test_a_calendar_year_before_a_comma_is_an_event_date_not_the_period() -> None:
    assert _amounts("The plan, published in 2023, included £45m for pathfinders.") == [(45e6, None, False)]


def test_a_span_of_months_between_two_dates_is_written_with_to_and_this_years_opens_a_sentence() -> None:
    assert _amounts("Between May 2025 and April 2027, the department will spend £80m on the pilots.") == [
        (80e6, "May 2025 to April 2027", False)]
    (s,) = _streams("This year's settlement, agreed in December, gives councils £610m for care.",
                    published="2025-06-01")
    assert s.period == "2025-26"


def test_an_unclassified_amount_joined_to_the_one_before_takes_its_kind_and_money_used_for_is_allocated() -> None:
    streams = _streams_with_bodies("The Department for Education has awarded £4m to the fostering hub that serves the "
                                   "eleven councils of the northern region, and £2m to Southby.")
    assert [(s.kind, str(s.funder)) for s in streams] == [("allocated", "organisation/department-for-education")] * 2
    streams = _streams("The £90m will be used to expand hubs, alongside £60m to refurbish children's homes.")
    assert [(s.amount_gbp, s.kind) for s in streams] == [(90e6, "allocated"), (60e6, "allocated")]


def test_a_period_before_a_new_clause_with_its_own_subject_is_not_the_next_amounts() -> None:
    assert _amounts("We have put £6m into early help over the past two years, and we will invest £2m in recruitment.") \
        == [(6e6, "over the past two years", False), (2e6, None, False)]


def test_a_multi_year_review_period_and_the_first_years_are_durations() -> None:
    assert _amounts("The fund holds £300m over the four-year spending review period from 2026/27.") == [
        (300e6, "over four years", False)]
    assert _amounts("The scheme will last five years, with £80m confirmed for the first two years.") == [
        (80e6, "over two years", False)]


def test_earlier_this_year_is_when_money_was_announced_not_its_period() -> None:
    assert _amounts("The council added £6m, on top of the £20m announced earlier this year for hubs.") == [
        (6e6, None, False), (20e6, None, False)]


@pytest.mark.parametrize(("sentence", "period"), [
    ("Ministers will give £70m to councils up to 2029 for the new hubs.", "up to 2029"),
    ("The trust has been awarded £4m until March 2028 to run the service.", "until March 2028"),
    ("The grant of £90m runs through to 2027/28.", "through to 2027-28"),
    ("The department is providing £15m to 2027/28 for advocacy.", "to 2027-28"),
    ("Spending on agency staff of £9m was up 12% compared to 2023.", None),
])
def test_the_year_money_runs_up_to_is_its_period_as_written(sentence: str, period: str | None) -> None:
    assert [p for _, p, _ in _amounts(sentence)] == [period]


def test_a_period_of_one_list_item_is_not_given_past_a_semicolon_to_the_next() -> None:
    streams = _streams("The plan includes £40m over the next three years for regional hubs; up to £9m in capital "
                       "grants for bigger homes; and £3m for a new campaign.")
    assert [(s.amount_gbp, s.period) for s in streams] == [
        (40e6, "over the next three years"), (9e6, None), (3e6, None)]


def test_a_period_closing_the_sentence_after_a_comma_is_the_last_amounts() -> None:
    streams = _streams("The council will put £7m into its edge-of-care team, a new reunification service, family "
                       "group conferences and a specialist adolescent team run jointly with the police, from 2026-28.")
    assert [(s.amount_gbp, s.period) for s in streams] == [(7e6, "2026-28")]
    assert [s.period for s in _streams("The charity spent £2m on outreach, the review published in 2023 said.")] == [
        None]


def test_the_next_sentence_about_the_money_gives_its_period_even_when_it_names_another_sum() -> None:
    streams = _streams("The minister announced £120m for family hubs. The money will be paid from 2026-29, in "
                       "addition to £30m already given to the pilots.")
    assert [(s.amount_gbp, s.period) for s in streams] == [(120e6, "2026-29"), (30e6, None)]


def test_an_organisation_after_a_preposition_is_not_the_giver() -> None:
    (s,) = _streams_with_bodies("Speaking at the Local Government Association conference, she confirmed £20m for "
                                "new children's homes.")
    assert s.funder is None or str(s.funder) != "organisation/local-government-association"
    (s,) = _streams_with_bodies("The Department for Education has awarded £5m to the partnership.")
    assert str(s.funder) == "organisation/department-for-education"


def test_a_cut_or_reduction_named_right_after_the_amount_is_a_cut() -> None:
    streams = _streams("Grant funding for councils will fall by a fifth, a £900m cut, while a £40m real-terms "
                       "reduction hits youth services. Ministers gave £50m to cut waiting lists.")
    assert [(s.amount_gbp, s.kind) for s in streams] == [(900e6, "cut"), (40e6, "cut"), (50e6, "allocated")]


def test_what_a_council_paid_at_a_rate_for_a_child_is_spending_not_pay() -> None:
    streams = _streams("One council paid £31,000 a week for a single child in a private home. The agency pays its "
                       "carers £500 a week.")
    assert [(s.amount_gbp, s.period, s.kind) for s in streams] == [(31e3, "a week", "spent")]


def test_a_financial_year_or_cash_terms_is_not_a_purpose() -> None:
    streams = _streams("The programme is backed by £300m for the 2025/26 financial year. The budget stays at £80m a "
                       "year in cash terms.")
    assert [(s.period, s.purpose) for s in streams] == [("2025-26", None), ("a year", None)]


def test_for_that_year_is_the_year_named_before_and_the_coming_financial_year_is_the_next() -> None:
    assert _amounts("Ministers found new money in 2023-2024 which means the budget for that year will be £90 million."
                    ) == [(90e6, "2023-24", False)]
    assert [s.period for s in _streams("The council will add £4m in the coming financial year.",
                                       published="2025-02-10")] == ["2025-26"]


def test_money_made_available_is_allocated_and_a_year_ends_no_purpose() -> None:
    streams = _streams("Last year £70m was made available to councils for 2024/25. Over £90m is available to local "
                       "authorities to run the hubs.")
    assert [(s.amount_gbp, s.kind) for s in streams] == [(70e6, "allocated"), (90e6, "allocated")]
    assert streams[0].purpose == "councils"


def test_an_amount_of_cuts_is_a_cut_and_the_nearest_cue_after_decides_an_unclassified_amount() -> None:
    streams = _streams("Councils plan £600m of cuts next year, and a further £90m of unplanned cuts. Ministers gave "
                       "£50m of new funding to cut waiting lists.")
    assert [(s.amount_gbp, s.kind) for s in streams] == [(600e6, "cut"), (90e6, "cut"), (50e6, "allocated")]
    (s,) = _streams("Councils are making £2bn in savings this year, though many still face a shortfall.")
    assert s.kind == "saving"


def test_on_top_of_is_not_a_purpose() -> None:
    streams = _streams("The £20m saving comes on top of the £80m saved since 2015.")
    assert [s.purpose for s in streams][:1] == [None]


def test_the_previous_year_a_change_is_measured_against_is_not_the_period() -> None:
    streams = _streams("Spending was £9bn in 2022-23, down £300m on the previous year. That was £700m more than "
                       "councils had budgeted.")
    assert [(s.amount_gbp, s.period, s.kind) for s in streams] == [
        (9e9, "2022-23", "spent"), (300e6, "2022-23", "spent"), (700e6, "2022-23", "shortfall")]
    assert [s.period for s in _streams("Councils spent £1.2bn in 2023/24 and £800m the year before.")] == [
        "2023-24", "2022-23"]


def test_a_spending_review_period_ends_a_purpose() -> None:
    (s,) = _streams("The department has made available £30m in capital grants over the current spending review "
                    "period.")
    assert (s.period, s.purpose) == ("over the current spending review period", "capital grants")


def test_a_span_of_financial_years_written_in_full_is_one_span() -> None:
    assert _amounts("Ministers made £180 billion available to councils (from 2015-2016 to 2019-2020).") == [
        (180e9, "2015-20", False)]
    assert _amounts("The council received £4m in 2015-2016.") == [(4e6, "2015-16", False)]


def test_the_same_period_is_the_span_or_duration_named_before_it() -> None:
    assert _amounts("Demand for placements has doubled in the past five years. Over the same period the council's "
                    "spending on them rose by £12m.") == [(12e6, "over the past five years", False)]
    assert _amounts("Agency costs went from £2m in 2020-21 to £5m in 2023-24. Over the same period Northby saved "
                    "£1.5m on fostering.")[-1] == (1.5e6, "2020-24", False)
    # with no period named before it, it is none
    assert _amounts("Northby saved £1.5m on fostering over the same period.") == [(1.5e6, None, False)]


def test_people_in_need_are_no_estimate_of_need() -> None:
    streams = _streams("BBC Children in Need has awarded Northby Youth Club £40,000 for a mentoring project.",
                       "Councils are in need of £2bn to keep services running.")
    assert [(s.amount_gbp, s.kind) for s in streams] == [(40e3, "allocated"), (2e9, "estimated need")]


def test_the_lira_sign_some_sites_print_for_the_pound_is_a_pound_sign() -> None:
    (s,) = _streams("Northby Youth Project has been awarded ₤31,250, over 3 years, to run sessions for young carers.")
    assert (s.amount_gbp, s.period, s.span.text) == (31250.0, "over three years", "₤31,250")
    assert s.evidence.text.startswith("Northby Youth Project has been awarded ₤31,250")
    assert _amounts("Fees at the home were ₤ 4,000 a week.") == []  # still a fee (R2)


def test_a_yearly_report_or_event_is_no_annual_rate() -> None:
    assert _amounts("Its annual report shows the charity spent £3.2m on family support.",
                    "Speaking at the annual conference, the minister announced £45m for family hubs.") == [
        (3.2e6, None, False), (45e6, None, False)]
    assert _amounts("The annual cost of £40m will be met from reserves.") == [(40e6, "a year", False)]


def test_the_financial_year_closing_a_reports_name_dates_its_figures() -> None:
    assert _amounts("The figures, set out in the Children's Services Annual Report 2022/2023 and discussed by the "
                    "scrutiny panel at its meeting last week, showed an overspend of £1,240,000.") == [
        (1.24e6, "2022-23", False)]


def test_over_a_persons_lifetime_is_the_period_not_the_rate_of_the_figure_before() -> None:
    assert _amounts("The report puts the cost for each care leaver at £11,000 a year and up to £540,000 over their "
                    "lifetime.") == [(11e3, "a year", False), (540e3, "over their lifetime", True)]


def test_a_quarter_and_a_period_of_months_are_periods() -> None:
    assert _amounts("The report showed a budget movement in the quarter of £2.1 million.",
                    "Over the three month period, £940,000 went on agency staff.",
                    "The provider is paid £60,000 per quarter for the service.") == [
        (2.1e6, "a quarter", False), (940e3, "over three months", False), (60e3, "a quarter", False)]
    # a fraction is no quarter's period
    assert _amounts("The £2m saving is a quarter of the target.") == [(2e6, None, False)]


def test_the_same_sum_in_each_of_the_years_of_a_span_is_a_sum_a_year() -> None:
    assert _amounts("Northby will receive £3m in each of the three years of the pilot.",
                    "The charity is promised £250,000 for each of the next two financial years.") == [
        (3e6, "a year", False), (250e3, "a year", False)]
    # before the amount it is no rate: the sum is a total over those years
    assert _amounts("Councils overspent in each of the past three years, by £700m in all.") == [(700e6, None, False)]


def test_in_the_first_years_of_a_scheme_is_a_duration_of_that_many_years() -> None:
    assert _amounts("The £70m will be paid in the first two years of the pilot.") == [
        (70e6, "over two years", False)]


def test_revenue_naming_a_councils_revenue_account_is_not_a_profit() -> None:
    streams = _streams("The new homes should bring an annual revenue saving of £640k. The council holds £3m of revenue "
                       "funding for them. The provider reported revenue of £90m.")
    assert [(s.amount_gbp, s.kind) for s in streams] == [(640e3, "saving"), (3e6, "allocated")]


def test_what_was_paid_at_a_rate_with_its_yearly_sum_in_brackets_for_a_child_is_spending() -> None:
    streams = _streams("A council in the south paid £21,000 a week (£1.1m a year) for one child.")
    assert [(s.amount_gbp, s.period, s.kind) for s in streams] == [
        (21e3, "a week", "spent"), (1.1e6, "a year", "spent")]


def test_the_first_year_alone_is_no_duration_and_not_the_next_amounts() -> None:
    assert [p for _, p, _ in _amounts("We will invest £4m in the first year and £9m in the second.")] == [
        "first year", None]


@pytest.mark.parametrize(("sentence", "period"), [
    ("The 2006-7 budget is £90m.", "2006-07"),
    ("Ministers gave £4m in 2009-0 to the scheme.", None),
    ("The fund received £12m in 2019-0.", None),
])
def test_a_financial_year_with_a_one_digit_second_year(sentence: str, period: str | None) -> None:
    assert [p for _, p, _ in _amounts(sentence)] == [period]


def test_a_period_after_a_contrast_belongs_to_the_next_clause() -> None:
    streams = _streams("The rise in 2025/26 will only be £30m, while in 2026/27 the grant will fall by £15m.")
    assert [(s.amount_gbp, s.period) for s in streams] == [(30e6, "2025-26"), (15e6, "2026-27")]


def test_a_bare_year_after_for_is_no_duration_and_the_year_in_brackets_is_the_period() -> None:
    assert [p for _, p, _ in _amounts("Ministers set aside £9 million for year one (2026-7) of the trial.")] == [
        "2026-27"]
    assert [p for _, p, _ in _amounts("Councils have waited for years for the £5 million grant.")] == [None]


def test_a_span_of_financial_years_opening_the_sentence_after_within_is_the_period() -> None:
    assert [p for _, p, _ in _amounts("Within the 2026/27 to 2028/29 financial years, the department will give "
                                      "£70 million to 30 councils to run the Northby pilot.")] == ["2026-29"]


def test_in_the_previous_year_is_no_duration() -> None:
    (s,) = _streams("In the previous year, the borough's fostering service ran £4.2 million over budget.")
    assert (s.amount_gbp, s.period) == (4.2e6, None)
    assert period_of(" in the past three years", "") == "over the past three years"


@pytest.mark.parametrize("text", [
    "The fostering service ran £4.2 million over budget in 2024-25.",
    "Northby council exceeded its children's budget by £3m in 2023/24.",
    "Spending on placements surpassed the budget by £12m in 2024-25.",
])
def test_an_amount_beyond_a_budget_is_an_overspend(text: str) -> None:
    (s,) = _streams(text)
    assert s.kind == "shortfall"


def test_in_order_to_opens_the_purpose() -> None:
    (s,) = _streams("The county set aside £6m in order to open two children's homes.")
    assert s.purpose == "open two children's homes"


@pytest.mark.parametrize(("sentence", "period"), [
    ("The charity will receive £300,000 over 3 years to train kinship carers.", "over three years"),
    ("Ministers are committing £40m over the next 4 years for family hubs.", "over the next four years"),
    ("The council agreed a 2-year £1.5m programme for foster carers.", "over two years"),
    ("The trust will spend £6m over the next 18 months on new homes.", "over the next 18 months")])
def test_a_durations_number_up_to_ten_is_written_in_words(sentence: str, period: str) -> None:
    (s,) = _streams(sentence)
    assert s.period == period


@pytest.mark.parametrize("sentence", [
    "Councils will get £40m for fostering hubs, a £6m increase on 2024-25.",
    "The fund gives councils £90m in extra grant compared to 2024-25.",
    "Northby will receive £3m for family help, £1m more than in 2023-24."])
def test_the_year_a_figure_is_compared_with_is_not_its_period(sentence: str) -> None:
    assert all(s.period is None for s in _streams(sentence))


def test_the_year_a_figure_is_compared_with_is_the_period_of_the_figure_after_it() -> None:
    (s,) = _streams("Councils spent more on fostering in 2023-24 than in 2019-20, when spending was £4bn.")
    assert s.period == "2019-20"


@pytest.mark.parametrize("second", [
    "Of this, £30m is ring-fenced for kinship carers.",
    "This includes £30m for kinship carers.",
    "The package is made up of:\n- £30m for kinship carers; and\n- £20m for foster carers."])
def test_a_part_of_the_money_named_in_the_next_sentence_shares_its_period(second: str) -> None:
    streams = _streams("In 2026-27, councils in the north will share £90m for family help. " + second)
    assert {s.period for s in streams} == {"2026-27"}


def test_a_sentence_that_names_no_part_of_the_money_before_keeps_no_period() -> None:
    streams = _streams("In 2026-27, councils in the north will share £90m for family help. "
                       "Southby has also set aside £30m for kinship carers.")
    assert [s.period for s in streams] == ["2026-27", None]


def test_the_items_of_a_list_of_parts_share_the_period_of_the_money_before_its_lead_in() -> None:
    streams = _streams("Councils will share £90m for family help in 2026-27.", "This is made up of:",
                       "- £30m through the kinship grant;", "- £60m through the hubs grant.", "Southby has set aside £5m for hubs.")
    assert [s.period for s in streams] == ["2026-27", "2026-27", "2026-27", None]


def test_the_year_a_figure_is_compared_with_is_not_the_period_of_the_next_figure() -> None:
    streams = _streams("Councils get £40m for hubs, a £6m increase on 2024-25, including £2m for outreach.")
    assert [s.period for s in streams] == [None, None, None]


def test_in_funding_names_no_purpose_so_a_restated_sum_is_one_record() -> None:
    streams = _streams("Ministers announced a £70m programme for struggling families.",
                       "The programme is backed by £70m in funding for 2026 to 2027.")
    assert [(s.amount_gbp, s.period) for s in streams] == [(70e6, "2026-27")]


def test_a_total_since_a_year_or_since_it_began_has_that_as_its_period() -> None:
    """A total counted from a year, or from an event dated by one, is "since" that year, as readers write it."""
    streams = _streams("The fund has paid out £3m since the scheme was launched in 2019.",
                       "Westby has spent £7m on the hub since it opened.",
                       "The trust has put £2m into the project since then.")
    assert [s.period for s in streams] == ["since 2019", "since it began", None]


def _titled(title: str, *paragraphs: str) -> list[FundingStream]:
    a = replace(article(*paragraphs, published="2025-11-20"), title=title)
    sentences, found = documents(a)
    return list(find_funding(a, sentences, found))


@pytest.mark.parametrize(("title", "period"), [
    ("Third Budget Monitoring Report 26/27", "2026-27"), ("2026/27 Children's Services - Quarter 1 Finance", "2026-27"),
    ("Support for 16-17 year olds leaving care", None), ("Councils get £5m in 2026-27", None),
    ("Budget 2025/26 and 2026/27", None)])
def test_a_finance_report_headed_by_a_financial_year_dates_its_amounts(title: str, period: str | None) -> None:
    (s,) = _titled(title, "The panel heard of a forecast overspend of £2.4m on placements.")
    assert s.period == period


@pytest.mark.parametrize(("sentence", "gbp"), [
    ("Lakeshire Council will invest £4.5 Million In Youth Hubs.", 4.5e6),
    ("Ministers Pledge £1.4 Billion For Foster Care", 1.4e9),
    ("The trust set aside £6.3M for the respite service.", 6.3e6),
    ("The charity received £250K for its helpline.", 2.5e5),
    ("Councils will share £1.7BN for early help.", 1.7e9)])
def test_a_unit_in_capitals_or_title_case_keeps_its_value(sentence: str, gbp: float) -> None:
    assert [s.amount_gbp for s in _streams(sentence)] == [gbp]


@pytest.mark.parametrize(("sentence", "gbp"), [
    ("Councils will need three quarters of a billion pounds to keep pace with demand.", 7.5e8),
    ("The board allocated three-quarters of a million pounds to the pilot.", 7.5e5),
    ("The trust will provide a quarter of a million pounds for the new hub.", 2.5e5),
    ("Ministers have promised two and a half billion pounds for family help.", 2.5e9)])
def test_a_fraction_in_words_is_its_share_of_the_unit(sentence: str, gbp: float) -> None:
    assert [s.amount_gbp for s in _streams(sentence)] == [gbp]


def test_a_share_written_as_two_sums_is_no_money() -> None:
    streams = _streams("Of the extra spending, £3 in every £4 went on residential placements in 2023-24.",
                       "For every £1 spent on mentoring, the programme says, the council spends less on care.",
                       "Westby Council spent £2m on mentoring in 2023-24.")
    assert [s.amount_gbp for s in streams] == [2e6]


def test_a_total_since_a_financial_year_has_it_in_normal_form_but_not_from_a_since_opening_the_sentence() -> None:
    """After the amount, "since" dates a total; opening the sentence it may date a rate offered since then ("Since
    2011, the council has offered a £2,000 golden hello"), so it gives none."""
    assert _amounts("Eastby Council has made £40m of savings since 2016/17 by bringing placements in-house.",
                    "Since 2019-20, £9.5m has been invested in the council's own children's homes.") == [
        (40e6, "since 2016-17", False), (9.5e6, None, False)]


def test_a_total_since_a_year_takes_its_own_period_not_a_financial_year_titles() -> None:
    a = Article(title="Westby Council Budget 2025/26", source="x", published=datetime(2025, 2, 1),
                paragraphs=("The council has made £210m of savings since 2010/11.",
                            "Members noted a forecast overspend of £4m in children's services."))
    sentences, found = documents(a)
    assert [(s.amount_gbp, s.period) for s in find_funding(a, sentences, found)] == [
        (210e6, "since 2010-11"), (4e6, "2025-26")]


def test_a_sum_restated_for_councils_only_is_the_same_record() -> None:
    streams = _streams("Ministers have pledged £300m for early help to keep families together.",
                       "The reforms are backed by £300m for councils in 2026/27.")
    assert [(s.amount_gbp, s.period) for s in streams] == [(300e6, "2026-27")]


def test_a_duration_without_a_hyphen() -> None:
    """"a three year £2m fund" and "for a two year period" are durations as their hyphenated forms are; a number of
    years that is no duration (a child's age) is none."""
    before = _streams("Eastmoor joins a three year £2m fund for care leavers run by the Northby Trust.")
    period = _streams("The trust has awarded £300,000 for a two year period to its mentoring project.")
    assert [(s.amount_gbp, s.period) for s in [*before, *period]] == [(2e6, "over three years"),
                                                                     (3e5, "over two years")]
    assert period[0].purpose is None
    assert _amounts("The council paid £4,000 for a three year old to stay with foster carers.") == [
        (4e3, None, False)]


def test_what_a_placement_may_cost_is_spending_at_its_rate() -> None:
    """A modal cost with a placement as its subject estimates what is spent on one; what a home would cost stays a
    forecast, and a placement costing over a bound stays a threshold."""
    assert _amounts("In a few areas, placements may cost up to £52,000 per week for one child.",
                    "Placements like these could cost about £300,000 a year.") == [
        (52e3, "a week", True), (3e5, "a year", True)]
    assert _amounts("A new home for four children would cost £2m to build.",
                    "The new model would cost £1.8bn over five years.",
                    "There are 40 placements that would cost over £9,000 a week.") == []


def test_a_charge_per_child_or_for_the_care_of_one_child_is_the_placement_cost() -> None:
    """Paid or charged at a rate per child, or for the care of one child, is what the placement costs (spending at
    that rate); an allowance paid to carers per child, or a fee by the hour, stays pay."""
    assert [(s.amount_gbp, s.period, s.kind) for s in _streams(
        "Northby had been charged £48,000 per week for the care of one child.",
        "Councils in the region pay as much as £6,000 a week per child for such homes.",
        "A council told the Guardian it had paid £17,000 a week for one child.")] == [
        (48e3, "a week", "spent"), (6e3, "a week", "spent"), (17e3, "a week", "spent")]
    assert _amounts("Foster carers in Eastmoor are paid £320 a week per child.",
                    "Councils pay foster carers an average of £450 a week per child.",
                    "The agency charged the council £95 an hour per child.") == []


def test_a_year_before_a_noun_is_no_duration() -> None:
    """"for a year-long place" is a year's rate and "for a single year project" names no period; "over the past
    year" stays a duration."""
    assert _amounts("Northby has been charged £900,000 for a year-long residential place for a single child.",
                    "The usual award for a single year project is £3,500.",
                    "Southby spent £3m on agency staff over the past year.") == [
        (9e5, "a year", False), (3.5e3, None, False), (3e6, "over the past year", False)]


def test_what_a_council_is_charged_is_its_spending_not_a_fee() -> None:
    """A council or authority charged at a rate pays for a placement; a fee, or a charge to parents, stays pay."""
    assert _amounts("The panel heard that one authority had been charged £45,000 per week.",
                    "Providers are charging hard-pressed councils as much as £18,000 a week.") == [
        (45e3, "a week", False), (18e3, "a week", True)]
    assert _amounts("The agency charges fees of £4,500 a week.",
                    "The holiday club charged parents £55 a day.") == []


def test_a_calendar_year_opening_the_sentence_is_the_period() -> None:
    """"In 2019 the council spent …", "During 2022 we gave out …": a calendar year opening the sentence, with or
    without a comma, dates its amounts; not a total counted since then, nor a year that dates another sentence."""
    assert _amounts("In 2016 the borough spent £4.2 million on agency staff, £3.9 million in 2015.",
                    "During 2021 the foundation gave out more than £8m in grants.",
                    "In 2018, the trust awarded £650,000 to youth projects.") == [
        (4.2e6, "2016", False), (3.9e6, "2015", False), (8e6, "2021", True), (6.5e5, "2018", False)]
    assert _amounts("In 2017, inspectors rated the service inadequate, and since then Northby has spent £9m on "
                    "improvement.",
                    "In 2014, the review was published. Eastmoor now invests £2m a year in family help.") == [
        (9e6, None, False), (2e6, "a year", False)]
    assert _amounts("In 2021 the average house price in Northby was £285,000.",
                    "In 2020 a social worker's average salary was £37,500.") == []


def test_an_approximate_part_listed_after_a_sum_is_still_its_part() -> None:
    streams = _streams("The review urged a four-year injection of £1.8bn, including roughly £1bn for family hubs and "
                       "about £300m for social worker training.")
    assert [(s.amount_gbp, s.period, s.kind) for s in streams] == [
        (1.8e9, "over four years", "recommended"), (1e9, "over four years", "recommended"),
        (3e8, "over four years", "recommended")]


def test_the_parts_listed_after_a_sum_share_its_kind_and_period() -> None:
    """Amounts listed after a sum ("including …", "of which …", in brackets) are parts of it: its kind, and its
    period when they state none; a later sum joined by "and" without such an opener is not a part."""
    streams = _streams("Eastmoor's proposals for 2026/27 include £9.2m of reductions across its services, "
                       "including £3.1m from children's services, and £2.7m from adult care.",
                       "The plan sets out £1.4m, 2025-26 savings (£0.6m youth work, £0.8m transport).")
    assert [(s.amount_gbp, s.period, s.kind) for s in streams] == [
        (9.2e6, "2026-27", "cut"), (3.1e6, "2026-27", "cut"), (2.7e6, "2026-27", "cut"),
        (1.4e6, "2025-26", "saving"), (6e5, "2025-26", "saving"), (8e5, "2025-26", "saving")]
    # Near-miss: two sums of their own, the second no part of the first.
    streams = _streams("Westby overspent by £4m on placements in 2024-25 and budgeted £2m for fostering.")
    assert [(s.amount_gbp, s.period, s.kind) for s in streams] == [
        (4e6, "2024-25", "shortfall"), (2e6, "2024-25", "allocated")]


def test_a_year_the_amount_is_set_against_after_it_is_not_its_period() -> None:
    """After the amount, the year of a figure it is compared with ("compared to the 2023-24 budget", "below the
    2024/25 outturn", "than last year's") is no period of it; before the amount, such a year names the figure itself."""
    assert _amounts("Northby has budgeted £60m for 2025-26, up £4m compared to the 2024-25 budget.",
                    "Next year's budget is £3m below the 2024/25 outturn.",
                    "This year's budget for fostering is £2m higher than last year's.") == [
        (6e7, "2025-26", False), (4e6, "2025-26", False), (3e6, "2025-26", False), (2e6, "2024-25", False)]
    # Near-miss: the year before the figure it names.
    assert _amounts("Eastmoor will spend £70m, compared with the 2023/24 amount of £65m.",
                    "Westby will get £9m, compared with last year's £7m.") == [
        (7e7, None, False), (6.5e7, "2023-24", False), (9e6, None, False), (7e6, "2023-24", False)]


def test_an_outturn_figure_earlier_in_its_sentence_dates_a_later_one() -> None:
    """An overspend or spending with no period of its own takes the financial year of an outturn figure earlier in
    its own sentence, as of one in the sentences before; not a total since then, nor a figure compared with."""
    assert _amounts("Northby overspent by £2m on placements in 2024/25.",
                    "It also spent more than planned on transport (£300,000), and faces a £120,000 overspend on "
                    "youth work.") == [(2e6, "2024-25", False), (3e5, "2024-25", False), (1.2e5, "2024-25", False)]
    # Near-misses: a total since then, a figure compared with.
    assert _amounts("Eastmoor's overspending in 2023/24 reached £5m, with a further £12m since.",
                    "Westby overspent by £3m in 2024/25, compared with £1m.") == [
        (5e6, "2023-24", False), (1.2e7, None, False), (3e6, "2024-25", False), (1e6, None, False)]


def test_a_relative_year_ends_a_purpose_so_a_restated_sum_is_one_record() -> None:
    """"in the last year" closes the purpose like "in 2026" does, so the same overspend stated again for the same
    service is one record; the same sum for another purpose stays two."""
    streams = _streams("Northby went £6m over its budget for fostering in the last year, a report shows.",
                       "The reason Northby went £6m over its budget for fostering was a rise in demand.")
    assert [(s.amount_gbp, s.purpose) for s in streams] == [(6e6, "fostering")]
    streams = _streams("Southby spent £2m on youth clubs in the last financial year.",
                       "It also spent £2m on school transport.")
    assert [(s.amount_gbp, s.purpose) for s in streams] == [(2e6, "youth clubs"), (2e6, "school transport")]


def test_what_a_home_someone_lives_in_costs_is_still_a_threshold() -> None:
    """Only the placements children are in cost money spent; "in" before any other "costing over" is a bound."""
    assert _amounts("Families living in homes costing more than £500,000 are not eligible for the grant.",
                    "In 2023 placements costing over £9,000 a week rose to 1,400.",
                    "Children in care in placements costing over £10,000 a week rose to 1,500.") == []
    assert _amounts("Some 400 young people are currently in residential placements costing over £300,000 a year.") \
        == [(3e5, "a year", True)]


def test_a_trend_someone_wants_is_no_stream() -> None:
    assert _amounts("Campaigners want the government to increase funding for youth clubs from £2m to £3m.",
                    "The charity urged ministers to boost the budget for short breaks from £4m to £6m.",
                    "Unions called on Eastwold Council to reverse a cut and raise spending on youth work from £1m to "
                    "£2m.") == []


def test_a_trend_denied_or_asked_is_no_stream() -> None:
    assert _amounts("The council did not cut spending on youth clubs from £2m to £1m.",
                    "Spending on short breaks has never fallen from £4m to £3m.",
                    "Ministers denied they had reduced the grant from £6m to £5m.",
                    "Will the government increase funding for kinship care from £2m to £3m?") == []
    assert _amounts("The council cut spending from £2m to £1m, but did not close any clubs.") == \
        [(2e6, None, False), (1e6, None, False)]
    assert [s.kind for s in _streams("The government will increase funding for kinship care from £2m to £3m.")] == \
        ["estimated cost"] * 2


def test_the_first_year_of_what_the_money_pays_for_is_its_period() -> None:
    assert [s.period for s in _streams("Eastby hopes to save £300,000 in the first year alone from its own homes.",
                                       "The trust spent £1m on the first year of the review.")] == ["first year", None]


def test_the_year_leading_to_march_is_the_financial_year_it_ends() -> None:
    (s,) = _streams("Councils overspent by £400m in the year leading to March 2019.")
    assert s.period == "2018-19"


def test_putting_money_into_something_is_an_allocation_but_an_owners_past_stake_is_not_classified() -> None:
    (now,) = _streams_with_bodies("The Department for Education is putting £40m into the Family Mentor pilot.")
    assert now.kind == "allocated" and str(now.funder) == "organisation/department-for-education"
    (stake,) = _streams_with_bodies("The care group, whose owners put £53m into it in 2019, now runs 40 homes.")
    assert stake.kind == "unclassified" and stake.funder is None


def test_the_year_to_a_year_alone_is_its_financial_year_and_in_so_many_years_a_duration() -> None:
    (s,) = _streams("In the year to 2019 the service faced a rise of £2.5 million in placement costs.")
    assert s.period == "2018-19"
    (s,) = _streams("Spending on early help fell by £700 million in 12 years.")
    assert s.period == "over 12 years"
    # near miss: a point to come is no duration
    (s,) = _streams("The merger will save £4m in two years’ time.")
    assert s.period is None


def test_an_amount_is_exact_to_the_penny_whatever_the_float_product() -> None:
    (s,) = _streams("Councils in England spent £8.3bn on children’s social care in 2015/16.")
    assert s.amount_gbp == 8_300_000_000
    assert parse_amount("1.15", "m") == 1_150_000


def test_a_council_that_backs_a_budget_gives_it_but_backing_calls_for_money_gives_none() -> None:
    (stream,) = _streams_with_bodies("Westshire County Council has backed a £20 million budget to buy homes.")
    assert (stream.kind, stream.funder.slug if stream.funder else None) == ("allocated", "westshire-county-council")
    (call,) = _streams_with_bodies("The Westshire Carers Trust backed calls for £2bn of extra funding.")
    assert call.funder is None
