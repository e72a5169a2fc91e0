"""Money amounts stated in an article: allocated, spent, cut, saved, recommended, estimated as a need or a cost.

Every "£" amount in the body (also printed "₤"; and every "a billion pounds") is read, then kept or skipped by these
rules (patterns in `patterns/money.py`):

- R1 an amount's kind is that of the nearest kind cue before it (recommended > estimated cost > shortfall > estimated
  need > saving > cut > spent > allocated when equally near: allocate, invest, fund, provide, commit, announce, grant,
  budget, package, spend, cut, need, recommend, "called on … to invest", …), else of a cue after it; an amount no cue
  classifies is kept as "unclassified" ("Over £45m will go to family hubs") unless it is under £1,000 (a price or a
  per-head figure; as is a sum under £1,000 only a cue after it classifies: "From just £1 a month you can help fund our
  work") or stands in a heading (a job advert's "Social Worker, £45,000"). Prices in pounds and pence are never streams
  (from £1,000 at a rate they are: "spends £90,631.71 a week"), and a subheading's amount that the body states again is
  one record, the body's.
- R2 pay is not a stream: salaries, wages (however far before the figure, with no other sum or kind cue between: "the
  median annual salary for a … social worker was £31,200"), hourly rates, fees and charges, price or pay caps,
  allowances ("pay foster carers an average of £450 a week", "the leaving care allowance … increased from £2,000 to
  £3,000"), what an office holder or "someone" is paid ("chief executives were paid an average of £174,896");
  what a placement or a worker costs per week or per child is spending at that rate ("averaging £16,500 per
  child per week", "had been costing the authority £85,000 a week", "paid £49,680 a week for one child", "charged
  £60,000 a week for a single placement", "charged £50,000 per week for the care of one child", "pay £4,000 per week per
  child", "another authority had been charged £40,000 per week", unless carers or workers are the ones paid).
- R3 what a policy, service or programme would cost is an estimated cost ("the reforms would cost £2.6bn over four
  years", "a scheme that would cost £20m a year"); other forecasts of what something would cost are not streams ("a new
  home would cost £2m to build"; what a placement may cost is spending at its rate: "placements may cost up to £50,000 a
  week"), nor thresholds ("placements costing over £10,000 a week", "costing £10,000 a week or more"; a perfect tense is
  spending: "placements have cost more than £1m each"), unless a funding verb stands between "cost" and the amount or
  the amount is named as the cost ("at a cost of £22m", "costs of more than £2.4bn": an estimated cost, or the
  allocation's when one is stated before it); both figures of a "from £X to £Y" trend (not a range: "grants range from
  £1m to £3m") are two records, each with its own period, when what moved is spending, a cost or a budget ("spending
  rose from £8.8bn in 2017-18 to £12.8bn in 2022-23", spent) or a grant or funding (allocated), else levels of
  something else ("house prices rose from £200,000 to £300,000").
- R4 profits, revenues, turnover, margins and debts are not streams, nor are fines and penalties ("fined a total of
  £180,000", "an £80,000 penalty"), nor a company's deals and assets ("in a £1.1bn transaction", "a £22m buyout").
- R5 one record per distinct amount and purpose (ANNOTATION.md): a sum stated again in a later sentence with the same or
  no period is the first record, which takes the period, funder and purpose it lacked, when the text refers back to it
  ("the £44m was part of …", a quote restating it) or its purpose is one (none stated for one of them, or a content word
  in common); a subheading restating the body is the body's record. The same sum for another purpose, period or kind, or
  twice in one sentence, is two records.

Fields: amount in GBP ("just under £40m" → 40e6, approximate); the period in normal form ("2025-26", also for "2025/26",
"in 2025 to 2026", "for 25/26" and "FY25/26"; "2023-25"; "July 2023 to March 2025", months as written; "over four
years", also for "over 4 years" (a number up to ten in words), "over a four-year period", "over the four-year review
period", "a four-year £100m programme" and "a £100m, four-year programme"; "over the next two years", also for "for the
next two (financial) years", "across"; "over the past two years" for "in the past two years"; "over two years" for "over
the first two years"; "over the next decade", "over the spending review period"; "a year", "a week" (not "annual
report"), "a quarter" ("in the quarter", "per quarter"), "over three months" ("over the three month period"); "a year"
for "in each of the three years" after the amount; "up to 2029", "until March 2027", "to 2028-29" as written (not
"earlier this year", when money was announced); "since 2015", "since 2016-17" and "since it began" for a total counted
from then, after the amount (also "since the inadequate rating in 2017"; not "since then"); "in the first year" as "first
year"; "this year", "last year", "next year" and "the current financial year"
as the financial year they name by the article's date ("2025-26"), "in the year to March 2024" as "2023-24"; "by 2028",
"by 2028-29" and "that year" when they follow the amount (a deadline not past a target's verb or count: "will fund
up to 1,000 hubs by 2028" is the hubs' date), "that year" read as the year the sentence named before, and "the year
before" as the year before that one; "over the same period" as the span or duration the sentence or the one
before named), which the two figures of a range share (before the amount, not past a semicolon or "on top of"/"in
addition to"); else a period closing the amount's sentence after a comma ("£2.4bn will go to …, from 2026-29"); else a
period opening the sentence ("For 24/25 there was … £1.8m", "In 2019 the council spent £6.9m"; not for a total "since
then"), the financial year of the outturn, budget, report or accounts the sentence names before the amount ("The 2023/24
outturn … an overspend of £5.3m", "Annual Performance Report 2014/2015 … an overspend of £862,000"), a financial year
closing the sentence before an amount that opens its own, a next sentence that refers back to the money, up to a sum of
its own ("The money will be paid over three years"), the financial year or span of a sentence before about money that
states no amount ("The department has published allocations for 2025-26. Northby will receive £12m"), the period of the
amount the sentence before states when this one opens by naming a part of it ("In 2025-26, councils will receive £600m.
Of this, £200m is for family help"), that of the sum whose parts the sentence lists after it ("£11.8m of reductions,
including £4.4m from children's services": its kind too), the period the title or a subheading gives the same sum
("Councils to get £75m in 2025-26" above "… confirmed £75m for kinship carers"), the financial year a title that states
no sum is headed by (a finance report: "Second Financial Review 25/26" above "A forecast overspend of £8.9m"), or for an
outturn figure (spending, an overspend or shortfall) the financial year of the outturn figure earlier in its sentence
(not for a total since then, nor a figure compared with) or up to three sentences before ("spent £700m in 2023/24 …
where spending was £9m more than expected"); the purpose (the "for …"/"to …" phrase after the amount, else what the next
sentence about the money says it is for: "The money will be used to recruit foster carers"); the funder, only for an
allocation or commitment: the government the sentence names, by the article's date, else the organisation that gives it
(never one that receives, reports, welcomes or campaigns), else the funder of an allocation a sentence or two before or
that the sentence refers back to, else the government the sentence before names (spending, cuts, savings, needs, costs,
shortfalls and recommendations have none); recipients (organisations named in the purpose); and the measures, programmes
and documents the sentence names as what it funds.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

from cscgraph.extract.found import Found
from cscgraph.extract.governments import GOVERNMENT_REFS, government_in_office, government_references
from cscgraph.extract.patterns import all_matches
from cscgraph.extract.patterns.lineage import DIRECT_QUESTION, LIST_ITEM
from cscgraph.extract.patterns import money as P
from cscgraph.extract.patterns import text as T
from cscgraph.extract.sentences import SentenceIndex
from cscgraph.models import Article, EntityRef, Evidence, FundingStream, Quote, Span

__all__ = ["financial_year_of", "find_funding", "parse_amount", "period_of"]

_FUNDED_KINDS = ("measure", "programme", "policy")


def find_funding(article: Article, sentences: SentenceIndex, found: Found,
                 quotes: tuple[Quote, ...] = ()) -> tuple[FundingStream, ...]:
    """Funding streams in text order, each with its evidence sentence. A sum restated later (R5: a quote, "the
    £4.4m", or the same purpose) is the record stated first: "The DfE has awarded £4.4m … “we are delighted to have
    been awarded £4.4 million over two years”"; the restatement's period fills the first record's when that has none.

    >>> from cscgraph.extract.sentences import split_sentences
    >>> a = Article(title="t", paragraphs=("Ministers allocated £15m in 2025-26 to roll out hubs.",), source="x")
    >>> [(s.amount_gbp, s.period, s.kind) for s in find_funding(a, split_sentences(a.body), Found())]
    [(15000000.0, '2025-26', 'allocated')]
    """
    written = sentences
    article, sentences = _with_pound_signs(article, sentences)
    body = article.body
    governments = _governments(article)
    streams: list[FundingStream] = []
    # Each sentence's amounts and whether it is a heading, read once for the body's figures and the pass below.
    scanned = [(s, _amounts(s.text)) for s in sentences.sentences]
    read = [(s, amounts, bool(amounts) and _is_heading(body, s)) for s, amounts in scanned]
    stated = {_value(m) for _, amounts, heading in read if not heading for m in amounts}
    funders: list[tuple[int, EntityRef]] = []  # (sentence number, funder) of the allocations so far
    outturn: tuple[int, str] | None = None  # (sentence number, financial year) of the last outturn figure
    periods: dict[int, str] = {}  # sentence number → the period of its last amount that has one
    listed: str | None = None  # the period the lead-in of a list of parts gives its items ("This is made up of:")
    for number, (sentence, amounts, heading) in enumerate(read):
        restating: set[Evidence] = set()  # the earlier sentences whose sums this one states again
        whole, listed = _period_of_the_whole(sentence.text, _period_before(read, periods, number), listed)
        if heading:
            # A subheading or standfirst restates the body's figures ("Surprise announcement of £50m for
            # 2025-26"): one record per amount; a heading's amount the body never states is kept if a kind word
            # says what it is ("Councils to get £75m boost"), unlike a job advert's "Social Worker, £45,000".
            amounts = [m for m in amounts if _value(m) not in stated]
        previous: FundingStream | None = None  # the sentence's amount before this one
        read_before: FundingStream | None = None  # the same, as recorded (with its period and funder filled in)
        whole_of_parts: FundingStream | None = None  # the sum whose parts the sentence lists after it
        for index, m in enumerate(amounts):
            stream = _stream(article, body, sentence, amounts, index, found, governments)
            if stream is not None and stream.kind == P.UNCLASSIFIED and previous is not None and \
                    P.COORDINATED.match(body[previous.span.end:stream.span.start]):
                stream = replace(stream, kind=previous.kind, funder=previous.funder)
            previous = stream or previous
            if stream is None or heading and stream.kind == P.UNCLASSIFIED:
                continue
            between = body[read_before.span.end:stream.span.start] if read_before else ""
            whole_of_parts = read_before if read_before and P.PART_OPENER.match(between) else \
                whole_of_parts if whole_of_parts and P.PART_NEXT.match(between) else None
            if whole_of_parts is not None:  # "£11.8m of reductions, including £4.4m from children's services"
                stream = replace(stream, kind=whole_of_parts.kind, period=stream.period or whole_of_parts.period,
                                 funder=stream.funder or whole_of_parts.funder)
            if stream.period is None and read_before is not None and _upper_end(sentence, amounts, index, read_before):
                stream = replace(stream, period=read_before.period)  # "a weekly allowance of between £130 and £194"
            if stream.kind in P.FUNDED_KINDS and stream.funder is None:
                stream = replace(stream, funder=_neighbour_funder(sentences.sentences, number, funders, governments))
            if stream.funder is not None:
                funders.append((number, stream.funder))
            if stream.period is None and whole:
                stream = replace(stream, period=whole)  # "… £600m in 2025-26. Of this, £200m …"
            if stream.period:
                periods[number] = stream.period
            if stream.kind in P.OUTTURN_KINDS:
                if stream.period is None and outturn and 0 <= number - outturn[0] <= P.OUTTURN_REACH_SENTENCES and \
                        not (number == outturn[0] and _total_or_baseline(body, stream.span)):
                    stream = replace(stream, period=outturn[1])
                if stream.period and P.FINANCIAL_YEAR.match(stream.period):
                    outturn = (number, stream.period)
            quoted = any(q.span.start <= stream.span.start < q.span.end for q in quotes)
            referred = bool(P.AMOUNT_REFERRED_BACK.search(sentence.text[:m.start()]))
            merged = None if P.NEW_SUM_BEFORE.search(sentence.text[:m.start()]) else \
                _restated(body, streams, stream, quoted or referred, restating)
            if merged is None:
                streams.append(stream)
            else:
                restating.add(merged)
            read_before = stream
    streams = _with_heading_periods(streams, article, read)
    return tuple(streams if written is sentences else (_as_written(s, written) for s in streams))


def _with_pound_signs(article: Article, sentences: SentenceIndex) -> tuple[Article, SentenceIndex]:
    """The article and its sentences with every pound sign written "£" (some sites print the lira sign, "₤ 95 million",
    "₤26,801"); one character for one, so every offset stays."""
    if not (P.OTHER_POUND_SIGN.search(article.title) or P.OTHER_POUND_SIGN.search(article.body)):
        return article, sentences
    article = replace(article, title=_pounds(article.title), paragraphs=tuple(map(_pounds, article.paragraphs)))
    return article, SentenceIndex(tuple(replace(s, text=_pounds(s.text)) for s in sentences.sentences), article.body)


def _pounds(text: str) -> str:
    return P.OTHER_POUND_SIGN.sub("£", text)


def _as_written(stream: FundingStream, written: SentenceIndex) -> FundingStream:
    """`stream` with its evidence sentence and amount as the body writes them (the pound sign it printed)."""
    span = replace(stream.span, text=written.body[stream.span.start:stream.span.end])
    return replace(stream, span=span, evidence=written.covering(stream.evidence.start, stream.evidence.end))


def _period_before(read: list[tuple[Evidence, list[re.Match[str]], bool]], periods: dict[int, str],
                   number: int) -> str | None:
    """The period of the last amount of the sentence before, or of the one before that when the sentence between
    is about the money and states none ("… £57m for the programme. The funding will be given to 75 councils in
    2025-26. The funding will be split into: …")."""
    if number and not read[number - 1][1] and P.MONEY_WORD.search(read[number - 1][0].text):
        return periods.get(number - 2)
    return periods.get(number - 1)


def _period_of_the_whole(text: str, before: str | None, listed: str | None) -> tuple[str | None, str | None]:
    """(The period a sentence's amounts take from the money they are part of, the period a list's items take): that
    of the sentence before's amount (`before`) when the sentence opens by naming a part of it ("Of this, £200m …"),
    and for the items of a list whose lead-in does ("This is made up of:" / "- £5bn through the grant"), `listed`."""
    if P.PART_OF_WHOLE.match(text):
        return before, before if text.rstrip().endswith(":") else None
    if listed and LIST_ITEM.match(text):
        return listed, listed
    return None, None


def _with_heading_periods(streams: list[FundingStream], article: Article,
                          read: list[tuple[Evidence, list[re.Match[str]], bool]]) -> list[FundingStream]:
    """The streams, each without a period taking the one the title or a subheading gives the same sum ("Councils
    to get £75m in 2025-26 for kinship care" above "The department has confirmed £75m for kinship carers"), else the
    financial year a title that states no sum is headed by ("Second Financial Review 25/26" above "A forecast
    overspend of £8.9m …"), unless the sentence totals the sum since a year ("… made since 2010/11")."""
    headings = [article.title, *(s.text for s, _, heading in read if heading)]
    periods: dict[float, str] = {}
    for text in headings:
        for m in _amounts(text):
            period = period_of(_without_aside(text[m.end():m.end() + P.PERIOD_REACH_AFTER]), "")
            if period is not None:
                periods.setdefault(_value(m), financial_year_of(period, article.published))
    headed = _financial_year_heading(article.title)
    return [replace(s, period=periods.get(s.amount_gbp, headed))
            if s.period is None and not P.SINCE_YEAR.search(s.evidence.text) else s for s in streams]


def _financial_year_heading(title: str) -> str | None:
    """The one financial year a title without a sum names ("2025/26 Children's Services – Quarter 2 Finance",
    "Second Financial Review 25/26"); None for a title with a sum, or with no financial year or several."""
    firsts = [(m.group("y1") or m.group("y1s"), m.group("y2")) for m in P.TITLE_FINANCIAL_YEAR.finditer(title)]
    years = {f"20{y1}-{y2}" for y1, y2 in firsts if int(y2) == (int(y1) + 1) % 100}
    return years.pop() if len(years) == 1 and "£" not in title else None


def _restated(body: str, streams: list[FundingStream], stream: FundingStream, referred: bool,
              restating: set[Evidence]) -> Evidence | None:
    """The evidence of the record that `stream` restates, which takes the period, funder and purpose it lacked; None
    when it is a record of its own. One record per amount and purpose: the same sum stated in an earlier sentence
    with the same or no period, and `referred` (a quote, or "the £45m" referring back), a purpose that one of them
    lacks or both share a word of ("£555m in transformation funding" … "£555m from the Transformation Fund"), or a
    sentence this one already restates another sum of ("£44m …, part of a package of £250m" … "the £44m was part
    of an investment of £250m"); never an item of the same list as the earlier one ("• £10m for the offer" …
    "• £10m for workforce pilots": two parts of one sum)."""
    for i, earlier in enumerate(streams):
        if earlier.amount_gbp != stream.amount_gbp or earlier.evidence == stream.evidence:
            continue
        if None not in (earlier.period, stream.period) and earlier.period != stream.period:
            continue
        if _items_of_one_list(body, earlier.evidence, stream.evidence):
            continue
        if referred or earlier.evidence in restating or _same_purpose(earlier, stream):
            streams[i] = replace(earlier, period=earlier.period or stream.period,
                                 funder=earlier.funder or stream.funder, purpose=earlier.purpose or stream.purpose)
            return earlier.evidence
    return None


def _total_or_baseline(body: str, span: Span) -> bool:
    """Whether the amount at `span` is a total since then ("£900m since") or a figure compared with ("compared with
    £7m"): no outturn figure before it in its sentence dates it."""
    return bool(P.OUTTURN_SINCE_AFTER.match(body, span.end) or
                P.OUTTURN_COMPARED_BEFORE.search(body[max(0, span.start - P.CONTEXT_REACH):span.start]))


def _items_of_one_list(body: str, earlier: Evidence, later: Evidence) -> bool:
    """Whether two sentences open items of one list: each line from the first to the second is a list item."""
    lines = [line for line in body[earlier.start:later.end].split("\n") if line.strip()]
    return all(LIST_ITEM.match(line) for line in lines) and LIST_ITEM.match(later.text) is not None


def _same_purpose(earlier: FundingStream, later: FundingStream) -> bool:
    """Whether two statements of a sum are of one purpose: of one kind (or one unclassified), and a purpose that one
    lacks, or names by words of every purpose only ("for councils"), or both share a content word of."""
    if P.UNCLASSIFIED not in (earlier.kind, later.kind) and earlier.kind != later.kind:
        return False
    words = [{w for w in P.PURPOSE_WORD.findall((p or "").lower()) if len(w) > 3 and w not in P.PURPOSE_STOPWORDS}
             for p in (earlier.purpose, later.purpose)]
    return not (words[0] and words[1]) or bool(words[0] & words[1])


def _governments(article: Article) -> list[tuple[int, int, EntityRef]]:
    """Spans that stand for a government as a funder: "the government", "ministers", "Labour" (by the article's
    date), and the government in office's offices and budgets ("the Chancellor", "the Budget", "the Spending
    Review")."""
    in_office = government_in_office(article)
    body = article.body
    offices = [(m.start(), m.end(), in_office) for m in all_matches(P.GOVERNMENT_OFFICE, body)]
    ours = [g for g in government_references(article)
            if not P.OTHER_GOVERNMENT_BEFORE.search(body[max(0, g[0] - 20):g[0]])]
    return sorted([*ours, *offices], key=lambda g: g[0])


def _neighbour_funder(sentences: tuple[Evidence, ...], number: int, funders: list[tuple[int, EntityRef]],
                      governments: list[tuple[int, int, EntityRef]]) -> EntityRef | None:
    """The funder of an allocation whose sentence names none: that of an allocation a sentence or two before, or any
    before when the sentence refers back to the money ("The government has announced £18m … The new investment
    builds on … £523m"), else the government the sentence before names ("The government published its strategy
    today … It includes a £9m programme")."""
    if funders and (number - funders[-1][0] <= P.FUNDER_REACH_SENTENCES
                    or P.MONEY_ANAPHOR.match(sentences[number].text)):
        return funders[-1][1]
    if number == 0:
        return None
    previous = sentences[number - 1]
    named = [ref for s, e, ref in governments if previous.start <= s and e <= previous.end]
    return named[-1] if named else None


def _amounts(text: str) -> list[re.Match[str]]:
    """The amounts of a sentence in text order: "£45m", and in words, "a billion pounds"."""
    return sorted([*P.AMOUNT.finditer(text), *P.WORDED_AMOUNT.finditer(text)], key=lambda m: m.start())


def _value(m: re.Match[str]) -> float:
    return parse_amount(m.group("num"), m.group("unit"))


def _is_heading(body: str, sentence: Evidence) -> bool:
    """A subheading or standfirst: a short paragraph of its own with no sentence end, not an item of a list ("- £5m
    for training", "• £3m for recruitment": each a record of its own)."""
    alone = body[max(0, sentence.start - 1):sentence.start] in ("", "\n") and \
        body[sentence.end:sentence.end + 1] in ("", "\n")
    return alone and len(sentence.text.split()) <= P.HEADING_WORDS and not P.SENTENCE_CLOSE.search(sentence.text) \
        and not LIST_ITEM.match(sentence.text)


def parse_amount(number: str, unit: str | None) -> float:
    """GBP value of a figure and its unit, to the penny (so that "£8.3bn" is 8,300,000,000, not the float product's
    8,300,000,000.000001).

    >>> parse_amount("2.6", "bn"), parse_amount("500,000", None), parse_amount("44", "m"), parse_amount("8.3", "bn")
    (2600000000.0, 500000.0, 44000000.0, 8300000000.0)
    >>> parse_amount("a", "billion"), parse_amount("three-quarters of a", "billion")
    (1000000000.0, 750000000.0)
    >>> parse_amount("two and a half", "million")
    2500000.0
    """
    words = T.SPACE_RUN.sub(" ", number.lower().replace("-", " "))
    if words.endswith(P.AND_A_HALF):  # "two and a half billion pounds"
        value = P.NUMBER_WORDS[words.removesuffix(P.AND_A_HALF)] + P.HALF
    else:
        value = P.NUMBER_WORDS.get(words) or P.FRACTION_WORDS.get(words) or float(number.replace(",", ""))
    return round(value * P.UNIT_MULTIPLIERS.get((unit or "").lower(), 1.0), 2)


def period_of(after: str, before: str) -> str | None:
    """The period of an amount from the text right after it, else right before it, in normal form.

    >>> period_of(" in 2025–26 to roll them out", ""), period_of(" over the next two years", "")
    ('2025-26', 'over the next two years')
    >>> period_of(" a year over the long run", ""), period_of(" for kinship care", "In 2024-25, ")
    ('a year', '2024-25')
    """
    for text, from_end in ((after, False), (before, True)):
        best: tuple[int, str] | None = None
        for pattern, shape in P.PERIODS:
            if from_end and shape in ("deadline", "deadline year", "until", "same year", "year before",
                                      "each of the years", "first year", "since") or \
                    not from_end and shape == "years before":
                continue
            for m in pattern.finditer(text):
                if shape in P.BASELINE_SHAPES and P.BASELINE_BEFORE.search(text[:m.start()]) and \
                        not (from_end and P.BASELINE_DATED.match(text[m.end():])) or \
                        not from_end and shape in P.BASELINE_AFTER_SHAPES and P.BASELINE_AFTER.search(text[:m.start()]):
                    # "a £1.2bn increase on 2023-24, including £500m": the year the figure before is compared with
                    # (but in "higher than in 2016-17, when expenditure was £8.5bn", the year of the figure after)
                    continue
                if shape in P.SINCE_SHAPES and P.SINCE_BEFORE.search(text[:m.start()]):
                    continue  # "£1.9bn since the scheme was launched in 2013", "Since 2013/14, £14.6m had been"
                if shape in P.DEADLINE_SHAPES and P.TARGET_BEFORE_DEADLINE.search(text[:m.start()]):
                    continue  # "£500m … will fund up to 1,000 hubs by 2028": the hubs' date
                if shape == "year" and "," in (text[m.end():] if from_end else text[:m.start()]):
                    # "The strategy, published in 2023, included £45m", "spent £2m on outreach, the review published
                    # in 2023 said": past a comma, a calendar year dates something else
                    continue
                distance = len(text) - m.end() if from_end else m.start()
                normal = _normal_period(m, shape)
                if normal is not None and (best is None or distance < best[0]):
                    best = (distance, normal)
        if best is not None:
            return best[1]
    return None


def financial_year_of(period: str | None, published: datetime | None) -> str | None:
    """A relative year ("this year", "last year", "next year") as the financial year it names by the article's
    date; any other period, or an undated article's, as it is.

    >>> financial_year_of("this year", datetime(2025, 8, 26)), financial_year_of("last year", datetime(2024, 6, 18))
    ('2025-26', '2023-24')
    >>> financial_year_of("next year", datetime(2025, 2, 1)), financial_year_of("next year", None)
    ('2025-26', 'next year')
    """
    which = period[:-len(" year")] if period and period.endswith(" year") else None
    if published is None or which not in P.RELATIVE_YEAR_OFFSET:
        return period
    first = published.year - (published.month < P.FINANCIAL_YEAR_FIRST_MONTH) + P.RELATIVE_YEAR_OFFSET[which]
    return f"{first}-{(first + 1) % 100:02d}"


def _normal_period(m: re.Match[str], shape: str) -> str | None:
    """The period a match states, in normal form (None for two digits that are not a financial year)."""
    if shape == "short years":
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        return f"20{y1:02d}-{y2:02d}" if y2 == (y1 + 1) % 100 else None
    if shape == "years":
        y1, y2 = m.group("y1"), m.group("y2")
        if len(y2) == 1:  # "2004-5" is 2004-05; "2024-3" and "2009-0" are no year
            return f"{y1}-{int(y2) + int(y1[2]) * 10:02d}" if int(y2) == int(y1[3]) + 1 else None
        return f"{y1}-{y2[-2:]}"
    if shape == "year":
        return m.group("y1")
    if shape == "deadline year":  # "by 2028/29", "by 2024-5", "by 24/25" → "by 2028-29", "by 2024-25"
        year = _normal_period(m, "short years" if len(m.group("y1")) == 2 else "years")
        return f"by {year}" if year else None
    if shape == "relative":
        if m.group("coming"):
            return "next year"
        which = T.SPACE_RUN.sub(" ", m.group("which").lower())
        return f"{'this' if which.endswith('current') else which} year"
    if shape == "year to":
        if m.group("month") and m.group("month").lower() != "march":
            return None
        end = int(m.group("y2"))
        return f"{end - 1}-{end % 100:02d}"
    if shape == "over":
        phrase = T.SPACE_RUN.sub(" ", m.group("phrase").lower()).replace("financial ", "")
        return _spelled("over " + P.FIRST_OF_DURATION.sub("", phrase))
    if shape == "until":  # "Up to 2028/29" → "up to 2028-29", "until March 2027", "between now and 2027" → "until 2027"
        prep = m.group("prep") or m.group("to")
        said = "until" if prep.lower().startswith("between") else prep.lower()
        phrase = T.SPACE_RUN.sub(" ", said + m.group("phrase")[len(prep):])
        return P.YEAR_SLASH.sub("-", phrase)
    if shape == "dates":  # "between April 2024 and March 2026" → "April 2024 to March 2026"
        return P.DATES_JOIN.sub(" to ", T.SPACE_RUN.sub(" ", m.group("phrase")))
    if shape in ("years period", "years before"):
        span = (m.groupdict().get("span") or "year").lower()
        return _spelled(f"over {(m.group('n') or m.groupdict()['spaced']).lower()} {span}s")
    if shape == "first year":
        return "first year"
    if shape == "since":
        if m.group("began"):
            return "since it began"
        span = _normal_period(m, "years") if m.group("y2") else None  # "since 2016/17": a financial year
        return f"since {span or m.group('y1')}"
    if shape == "same year":
        return P.SAME_YEAR
    if shape == "same period":
        return P.SAME_PERIOD
    if shape == "year before":
        return P.YEAR_BEFORE
    if shape in ("annual", "each of the years"):
        return "a year"
    if shape == "rate":
        unit = m.group("unit") or m.group("per") or m.group("quarter") or \
            {"weekly": "week", "monthly": "month", "daily": "day", "quarterly": "quarter"}[m.group("adverb").lower()]
        return f"a {unit.lower()}"
    return T.SPACE_RUN.sub(" ", m.group("phrase").lower())


def _spelled(duration: str) -> str:
    """A duration with its number from one to ten in words ("over 5 years" → "over five years")."""
    return P.DURATION_NUMBER.sub(lambda n: P.DURATION_NUMBER_WORDS[int(n.group())], duration)


def _stream(article: Article, body: str, sentence: Evidence, amounts: list[re.Match[str]], index: int, found: Found,
            governments: list[tuple[int, int, EntityRef]]) -> FundingStream | None:
    m = amounts[index]
    text = sentence.text
    clause_end = amounts[index + 1].start() if index + 1 < len(amounts) else len(text)
    clause_start = amounts[index - 1].end() if index > 0 else 0
    before = text[max(clause_start, m.start() - P.CONTEXT_REACH):m.start()]
    after = text[m.end():min(clause_end, m.end() + P.CONTEXT_REACH)]
    if _not_funding(text, m, before, after, amounts, index):
        return None
    rest = text[m.end():_range_end(text, amounts, index)]
    unit = m.group("unit") or _range_unit(text[m.end():])
    if unit is None and index + 1 == len(amounts):
        # "£2.4" ending a line, "billion" starting the next: the unit, period and purpose are read there.
        carried = P.UNIT_ON_NEXT_LINE.match(body[sentence.end:]) if not text[m.end():].strip(" .") else None
        if carried:
            unit = carried.group("unit")
            rest = body[sentence.end + carried.end():sentence.end + carried.end() + P.PERIOD_REACH_AFTER]
            rest = T.SENTENCE_BREAK.split(rest)[0]
    if unit is None and "." in m.group("num") and not (P.PENCE_RATE_AFTER.match(rest) and
                                                       parse_amount(m.group("num"), None) >= P.SMALLEST_UNCLASSIFIED):
        # Pounds and pence are a price ("Handbook … £519.99", "subscribe for £4.99 a month"); "£7.9" is a figure cut
        # off before its unit; from £1,000 at a rate they are a cost ("spends £90,631.71 a week looking after 20
        # children").
        return None
    amount = parse_amount(m.group("num"), unit)
    kind = _kind(text[:m.end()] + rest, m)
    if kind == "estimated cost" and P.ALLOCATION_BEFORE_COST.search(text[:m.start()]):
        kind = "allocated"
    elif kind == "estimated cost" and P.COST_STATED.search(text[:m.start()]):
        kind = "spent"
    kind = _trend_kind(text, m, _trend(text, m)) or ("estimated cost" if _policy_cost(text, m) else kind)
    near = text[max(0, m.start() - P.CONTEXT_REACH):m.start()]
    if kind is None and _paid_for_placement(text, m, near, _pay_verb(near)):
        kind = "spent"  # "Knowsley paid £49,680 a week for one child": the placement's cost
    if amount < P.SMALLEST_UNCLASSIFIED and (kind is None or _kind(text[:m.end()], m) is None):
        # "the 2025 edition £949": a price, not money for a service; so is a small sum only a word after it classifies
        # ("From just £1 a month you can help fund our work", a membership appeal)
        return None
    if kind is None:
        kind = P.UNCLASSIFIED
    approximate = bool(P.APPROXIMATE_BEFORE.search(text[max(0, m.start() - 30):m.start()]))
    before = text[max(clause_start, m.start() - P.PERIOD_REACH_BEFORE):m.start()]
    if "," in before:  # past a comma, a period must be near: "… in 2025-26, which they use with just over £250m"
        before = before[_uncut(before, len(before) - P.PERIOD_REACH_BEFORE_COMMA):]
    period = _period(body, sentence, m, rest, before, len(amounts))
    period = financial_year_of(period, article.published)
    start, end = sentence.start + m.start(), sentence.start + m.end()
    purpose = _purpose(rest)
    if purpose is None and len(amounts) == 1:  # "The government has announced £18m. The money will fund hubs."
        following = _next_sentence_about_the_money(body, sentence)
        said = P.PURPOSE_IN_NEXT_SENTENCE.match(following) if following else None
        purpose = _purpose(" for " + said.group("purpose")) if said else None
    mentions = [x for x in found.mentions if sentence.start <= x.span.start and x.span.end <= sentence.end]
    funds = tuple(dict.fromkeys(x.entity for x in mentions if x.entity.kind in _FUNDED_KINDS
                                and x.entity not in GOVERNMENT_REFS))
    # Only an allocation or commitment is given by someone: who estimates a need or a shortfall, spends, saves or
    # recommends is not a funder.
    funder = _funder(sentence, start, end, mentions, governments) if kind in P.FUNDED_KINDS else None
    recipients = _recipients(sentence, m.end(), clause_end, mentions, funder)
    return FundingStream(amount_gbp=amount, span=Span(start, end, body[start:end]), evidence=sentence,
                         period=period, approximate=approximate, purpose=purpose, funder=funder,
                         recipients=recipients, funds=funds, kind=kind)


def _period(body: str, sentence: Evidence, m: re.Match[str], rest: str, before: str, amounts: int) -> str | None:
    """The period of the amount `m` of a sentence: in its own text after it, else before it in its clause, else a
    period closing the sentence after it, else a period opening the sentence, ending the sentence before, or stated
    by the next sentence about the money."""
    text = sentence.text
    rest = P.CONTRAST_AFTER.split(rest, maxsplit=1)[0]  # "£20m, while in 2024/25 funding will drop by £10m"
    period = period_of(_without_aside(rest[:P.PERIOD_REACH_AFTER]), _own_clause(before))
    closing = P.PERIOD_CLOSING_SENTENCE.search(rest) if period is None and ";" not in rest else None
    if closing:  # "£2.4bn will be ploughed into … (a long list) …, from 2026-29."
        period = period_of(closing.group("period"), "")
    if period is None and P.PERIOD_OPENING.match(text) and not P.SINCE_THEN.search(text):
        # "For 24/25 there was a pressure of about £1.8m", "In 2019 the council spent £6.9m"
        period = period_of(text[:P.PERIOD_OPENING_REACH], "")
    accounts = None if period else [*P.YEAR_OF_ACCOUNTS.finditer(text[:m.start()])]
    if accounts:  # "The 2023/24 outturn position reported to Executive in June, reported an overspend of £5.3m"
        period = _normal_period(accounts[-1], "years")
    if period == P.SAME_PERIOD:  # "… in the past four years. Over the same period budgets rose by £100m"
        period = _same_period(body, sentence, m.start())
    if period == P.SAME_YEAR:  # "in 2020-21 … by £708m that year"
        period = period_of("", text[:m.start()]) or period
    elif period == P.YEAR_BEFORE:  # "£1.2bn in 2023/24 and by £800m the year before"
        period = _year_before(period_of("", text[:m.start()]))
    if period is None and m.start() == 0:  # "… will continue into 2025–26. £50 million has been made available"
        period = _period_ending_previous_sentence(body, sentence)
    if period is None and "£" not in text[:m.start()]:
        period = _period_of_previous_sentence_about_money(body, sentence)
    if period is None and amounts == 1:  # with two amounts, "the money" next may be either
        following = _next_sentence_about_the_money(body, sentence)
        period = period_of(following, "") if following else None
    whole = P.BREAKDOWN_OF_AMOUNT.search(text[:m.start()]) if period is None else None
    if whole:  # "… for 2018-19, along with £12.3m in cuts which include a £2.9m reduction": the whole's period
        period = period_of("", _own_clause(text[:whole.start()]))
    return period


def _same_period(body: str, sentence: Evidence, at: int) -> str | None:
    """The period "the same period" refers back to (SAME_PERIOD): the last duration or span named before the amount at
    `at` in its sentence or in the sentence before, else the span from the first to the last year named there (the
    year itself when there is one)."""
    before = body[max(0, sentence.start - P.PREVIOUS_SENTENCE_REACH):sentence.start].strip()
    text = T.SENTENCE_BREAK.split(before)[-1] + " " + sentence.text[:at] if before else sentence.text[:at]
    named: list[tuple[bool, int, str]] = []  # (a duration or span, where, the period)
    for pattern, shape in P.PERIODS:
        if shape in P.SPAN_SHAPES | P.YEAR_SHAPES:
            for m in pattern.finditer(text):
                normal = _normal_period(m, shape)
                if normal is not None:
                    named.append((shape in P.SPAN_SHAPES or _several_years(normal), m.start(), normal))
    if not named:
        return None
    named.sort()
    if named[-1][0]:
        return named[-1][2]
    first, last = named[0][2], named[-1][2]
    return first if first == last else f"{first[:4]}-{last[-2:]}"


def _several_years(period: str) -> bool:
    """Whether a period in years spans more than one ("2019-24", not "2023-24" nor "2024")."""
    return bool(P.FINANCIAL_YEAR.match(period)) and int(period[-2:]) != (int(period[2:4]) + 1) % 100


def _year_before(period: str | None) -> str | None:
    """The financial or calendar year before `period` ("2023-24" → "2022-23", "2024" → "2023"); None for others."""
    if period and P.FINANCIAL_YEAR.match(period):
        first = int(period[:4]) - 1
        return f"{first}-{(first + 1) % 100:02d}"
    return str(int(period) - 1) if period and period.isdigit() else None


def _not_funding(text: str, m: re.Match[str], before: str, after: str, amounts: list[re.Match[str]],
                 index: int) -> bool:
    """R2-R4: pay and fees, cost forecasts and thresholds, cost trends, profits and fines; ratios ("£4 in every £5")."""
    if P.RATIO_AFTER.match(text[m.end():]) or P.RATIO_BEFORE.search(before):
        return True
    near_after = after[:P.CONTEXT_REACH // 2]
    paid = _pay_verb(before)
    placement = _paid_for_placement(text, m, before, paid)
    if not placement and P.PAY_CONTEXT.search(before[-35:]) or P.PAY_AFTER.search(near_after) or _a_salary(text, m):
        return True
    if paid and P.PAY_RATE_AFTER.match(after) and not placement or P.PERSON_PAID.search(before):
        return True
    if P.PROFIT_CONTEXT.search(before[-35:]) or P.PROFIT_AFTER.match(near_after):
        return True
    if P.FINE_BEFORE.search(before) or P.FINE_AFTER.match(after):
        return True
    if _in_trend(text, amounts, index):
        return True
    cost = None
    for c in P.COST_CONTEXT.finditer(text[:m.start()]):
        cost = c
    if cost is not None and m.start() - cost.end() <= P.CONTEXT_REACH:
        between = text[cost.end():m.start()]
        if P.FUNDING_RESCUE.search(between) or "£" in between.replace(m.group(), ""):
            return False
        forecast = P.COST_FORECAST.search(text[max(0, cost.start() - 12):cost.start()]) and \
            not P.PLACEMENT_COST_SUBJECT.search(text[:cost.start()]) and not _policy_cost(text, m)
        placed = P.COST_THRESHOLD_PLACED.search(text[:cost.start()]) and not P.COUNT_OF.search(text[:cost.start()])
        threshold = P.COST_THRESHOLD.match(between) and not P.COST_PERFECT_BEFORE.search(text[:cost.start()]) and \
            not placed or cost.group().lower() == "costing" and P.COST_THRESHOLD_AFTER.match(text[m.end():])
        return cost.group().lower() == "price" or bool(forecast) or bool(threshold)
    return False


def _a_salary(text: str, m: re.Match[str]) -> bool:
    """R2: whether the sentence names a salary or wage before the amount `m` with no other sum nor kind cue between
    them, however far ("the median annual salary for a local authority children's social worker was £31,200")."""
    nouns = [*P.PAY_NOUN.finditer(text, 0, m.start())]
    between = text[nouns[-1].end():m.start()] if nouns else "£"
    return "£" not in between and not any(cue.search(between) for _, cue in P.FUNDING_KINDS)


def _pay_verb(before: str) -> bool:
    """Whether "paid", "pays" or "charged" stands right before an amount (in the last PAY_VERB_REACH characters)."""
    return bool(P.PAY_VERB.search(before[-P.PAY_VERB_REACH:]))


def _paid_for_placement(text: str, m: re.Match[str], before: str, paid: bool) -> bool:
    """R2: whether a sum paid or charged (`paid`: `_pay_verb(before)`) is what a placement costs, not pay: paid or
    charged for (or per) one child, or charged to a council, unless carers or workers are the ones paid ("foster
    carers are paid £300 a week per child")."""
    if not paid or P.PAID_PEOPLE.search(before[-P.PAY_VERB_REACH:]):
        return False
    return bool(P.PAID_FOR_PLACEMENT.match(text[m.end():]) or P.CHARGED_COUNCIL.search(before))


def _in_trend(text: str, amounts: list[re.Match[str]], index: int) -> bool:
    """Either figure of "from £X … to £Y" when what moved is not money for a service (`_trend_kind`)."""
    trend = _trend(text, amounts[index])
    return trend is not None and _trend_kind(text, amounts[index], trend) is None


def _trend(text: str, m: re.Match[str]) -> re.Match[str] | None:
    """The "from £X … to £Y" trend the amount `m` is either figure of, if any."""
    for trend in P.TREND.finditer(text):
        if m.start() in (text.index("£", trend.start()), trend.end() - 1):
            return trend
    return None


def _trend_kind(text: str, m: re.Match[str], trend: re.Match[str] | None) -> str | None:
    """R3: the kind of the amount `m`, a figure of `trend` (`_trend`'s answer, read once by the caller), when what
    moved, the subject or object of the clause's verb, is money for a service ("spending … rose from £8.8bn in
    2017-18 to £12.8bn in 2022-23": spent; "the grant had reduced from £160m … to £90m": allocated; "cut spending …
    by 52 per cent, from £652m": spent; a forecast, "will rise from £11 to £16 billion": estimated cost), else None:
    no trend, a price, salary or fee (TREND_LEVEL_NOUN), a wish or denial (TREND_UNSTATED: "want the government to
    increase funding from …", "did not cut spending from …"), a question ("Will the government increase funding from
    £2m to £3m?"), or a figure under SMALLEST_UNCLASSIFIED ("the cost of a weekly shop rose from £85 to £110")."""
    unit = m.group("unit") or _range_unit(text[m.end():])
    if trend is None or parse_amount(m.group("num"), unit) < P.SMALLEST_UNCLASSIFIED:
        return None
    clause = text[max(0, trend.start() - P.TREND_SUBJECT_REACH):trend.start()]
    subject = P.TREND_SUBJECT.search(clause) or P.TREND_OBJECT.search(clause)
    if subject is None or P.TREND_LEVEL_NOUN.search(clause, subject.end(subject.lastgroup)) \
            or P.TREND_UNSTATED.search(clause, subject.start()) or DIRECT_QUESTION.search(text):
        return None
    return "estimated cost" if P.TREND_FORECAST.search(clause, subject.start()) else subject.lastgroup


def _policy_cost(text: str, m: re.Match[str]) -> bool:
    """R3: whether the amount `m` is what a policy, service or programme would cost ("the reforms would cost £2.6bn
    over four years"), the "cost" before it in reach and no other sum between but a range's lower figure ("could cost
    us £3-£5 million")."""
    costs = [c for c in P.COST_CONTEXT.finditer(text, 0, m.start()) if c.group().lower().startswith("cost")]
    between = text[costs[-1].end():m.start()] if costs else ""
    if not costs or len(between) > P.CONTEXT_REACH or "£" in between and not P.RANGE_LOWER.match(between):
        return False
    return bool(P.POLICY_COST_SUBJECT.search(text[:costs[-1].start()]))


def _kind(text: str, m: re.Match[str]) -> str | None:
    """R1: a kind cue right after the amount ("the £16,596 cost", "a £4.1bn cut") or a cost right before it ("costing
    councils £440m"), else a specific kind cue near before it, else the nearest cue before it, else the nearest cue
    just after it."""
    if P.COST_RIGHT_AFTER.match(text[m.end():]) or P.COST_RIGHT_BEFORE.search(text[:m.start()]):
        return "spent"
    if P.CUT_RIGHT_AFTER.match(text[m.end():]):
        return "cut"
    after = P.KIND_AFTER.match(text[m.end():])
    if after:
        return next(kind for kind, group in P.KIND_AFTER_GROUPS.items() if after.group(group))
    window = text[max(0, m.start() - P.KIND_REACH):m.start()]
    nearest: dict[str, int] = {}
    for kind, pattern in P.FUNDING_KINDS:
        for cue in pattern.finditer(window):
            nearest[kind] = min(nearest.get(kind, len(window)), len(window) - cue.end())
    for kind, _ in P.FUNDING_KINDS[:-1]:
        if kind in nearest and nearest[kind] <= P.KIND_PRIORITY_REACH:
            return kind
    if nearest:
        return min(nearest, key=lambda k: nearest[k])
    # After it, the nearest cue: "making £3bn in savings that year, but still faced a shortfall" is a saving.
    after_cues = [(cue.start(), kind) for kind, pattern in P.FUNDING_KINDS
                  for cue in [pattern.search(text[m.end():m.end() + P.KIND_REACH])] if cue]
    return min(after_cues)[1] if after_cues else None


def _next_sentence_about_the_money(body: str, sentence: Evidence) -> str | None:
    """The sentence after, up to an amount of its own, when it opens by referring back to the money: "…£70m for
    kinship carers. The money will be paid over three years.", "… announced £555m. The money will be delivered from
    2025-28, in addition to £25m already allocated"."""
    following = body[sentence.end:sentence.end + P.PERIOD_REACH_AFTER].lstrip()
    if not P.MONEY_ANAPHOR.match(following):
        return None
    return T.SENTENCE_BREAK.split(following)[0].split("£")[0]


def _period_ending_previous_sentence(body: str, sentence: Evidence) -> str | None:
    """A financial year or span of years that closes the sentence before, for an amount that opens its own."""
    tail = body[max(0, sentence.start - P.PERIOD_CLOSING_REACH):sentence.start]
    m = P.PERIOD_CLOSING.search(tail)
    return _normal_period(m, "years") if m else None


def _period_of_previous_sentence_about_money(body: str, sentence: Evidence) -> str | None:
    """The financial year, span of years or of months that the sentence before states, for the first amount of a
    sentence, when that sentence is about money and states no amount: "The department has published allocations for
    2025-26. Northby will receive £12m." (not "Ofsted rated the service inadequate in 2023-24. The council has
    invested £5m")."""
    previous = [s for s in T.SENTENCE_BREAK.split(body[max(0, sentence.start - P.PREVIOUS_SENTENCE_REACH):
                                                       sentence.start].strip()) if s.strip()]
    if not previous or "£" in previous[-1] or not P.MONEY_WORD.search(previous[-1]):
        return None
    for pattern, shape in P.PERIODS:
        if shape in P.BUDGET_PERIOD_SHAPES:
            # not the year a total or a trend is counted since: "Spending has risen 29% since 2010-11."
            found = next((f for f in pattern.finditer(previous[-1])
                          if not P.SINCE_BEFORE.search(previous[-1][:f.start()])), None)
            normal = _normal_period(found, shape) if found else None
            if normal is not None:
                return normal
    return None


def _without_aside(after: str) -> str:
    """The text after an amount without a dash aside: a closed one is dropped ("£1.6bn shortfall – estimated before
    inflation – required each year"), an open one ends it ("£25m for carers — a 50% increase on last year")."""
    return P.ASIDE_OPEN.split(P.ASIDE_CLOSED.sub(" ", after), maxsplit=1)[0]


def _uncut(text: str, start: int) -> int:
    """`start`, moved back to the start of a period phrase it would cut in two when the part it keeps reads as a
    period of its own: "2026/27 to 2028/29" is one span, never "2028/29" (a cut that keeps "6-27" keeps no period)."""
    cut = max(0, start)
    for pattern, _ in P.PERIODS:
        for m in pattern.finditer(text):
            if m.start() < cut < m.end() and period_of(text[cut:m.end()], "") is not None:
                start = min(start, m.start())
    return max(0, start)


def _own_clause(before: str) -> str:
    """The text before an amount that can hold its period: from the last semicolon (items of a list: "£88m over the
    next two years for hubs; up to £25m for extensions") or the last clause mark followed by words."""
    before = before[before.rfind(";") + 1:]
    mark = None
    for mark in P.CLAUSE_MARK.finditer(before):
        pass
    return before[mark.start() + 1:] if mark else before


def _range_end(text: str, amounts: list[re.Match[str]], index: int) -> int:
    """Where the text that belongs to an amount ends: at the next amount, or after it when the two make a range (a
    lower figure, then a higher: "£10m-£15m a year", not "£45 million – £15m a year – in hubs")."""
    if index + 1 == len(amounts):
        return len(text)
    m, following = amounts[index], amounts[index + 1]
    between = text[m.end():following.start()]
    joined = P.RANGE_JOIN.match(between) or (between.strip().lower() == "and"
                                            and P.RANGE_BETWEEN.search(text[:m.start()]))
    if joined and parse_amount(m.group("num"), m.group("unit") or following.group("unit")) < _value(following):
        return amounts[index + 2].start() if index + 2 < len(amounts) else len(text)
    return following.start()


def _upper_end(sentence: Evidence, amounts: list[re.Match[str]], index: int, lower: FundingStream) -> bool:
    """Whether the amount at `index` is the higher end of a range whose lower end, the amount before it, is recorded
    as `lower`."""
    return index > 0 and lower.span.end == sentence.start + amounts[index - 1].end() and \
        _range_end(sentence.text, amounts, index - 1) > amounts[index].start()


def _range_unit(rest: str) -> str | None:
    tail = P.RANGE_TAIL.match(rest)
    return tail.group("unit") if tail else None


def _purpose(rest: str) -> str | None:
    m = P.PURPOSE.match(rest)
    if m is None:
        return None
    purpose = T.SPACE_RUN.sub(" ", m.group("purpose")).strip()
    purpose = P.PURPOSE_TIME_TAIL.split(purpose)[0]
    if P.PURPOSE_NOT.match(purpose) or len(purpose) < 3:
        return None
    return purpose


def _funder(sentence: Evidence, start: int, end: int, mentions: list, governments: list[tuple[int, int, EntityRef]]
            ) -> EntityRef | None:
    """The government the sentence names (nearest before the amount, else after), else the organisation that gives
    the money: the subject of a giving verb before the amount ("The Department for Education has awarded £4.4m",
    not "Bracknell Forest Council has received £2.4m" nor "measures that Kinship has long campaigned for, including
    a £9m programme", nor one a preposition governs: "in the House of Commons, the Chancellor announced £555m") or the
    agent after it ("£45m, funded by the Northby Trust", "£2m from the Northby Trust",
    "£45m, which the Northby Trust announced")."""
    here = [(s, ref) for s, e, ref in governments if sentence.start <= s and e <= sentence.end]
    here += [(x.span.start, x.entity) for x in mentions if x.entity in GOVERNMENT_REFS]
    before = [ref for s, ref in sorted(here) if s < start]
    if before:
        return before[-1]
    if here:
        return sorted(here)[0][1]
    text, at = sentence.text, sentence.start
    for x in sorted(mentions, key=lambda x: -x.span.start):
        if x.entity.kind != "organisation":
            continue
        if x.span.end <= start:
            between = text[x.span.end - at:start - at]
            governed = P.GIVER_GOVERNED.search(text[max(0, x.span.start - at - 12):x.span.start - at])
            if P.GIVER_BETWEEN.search(between) and not P.RECEIVER_BETWEEN.search(between) and not governed:
                return x.entity
        elif x.span.start >= end:
            between = text[end - at:x.span.start - at]
            if P.GIVER_AGENT_BEFORE.search(between) or (P.GIVER_RELATIVE_BEFORE.search(between)
                                                         and P.GIVER_VERB_AFTER.match(text[x.span.end - at:])):
                return x.entity
    return None


def _recipients(sentence: Evidence, amount_end: int, clause_end: int, mentions: list,
                funder: EntityRef | None) -> tuple[EntityRef, ...]:
    lo, hi = sentence.start + amount_end, sentence.start + clause_end
    return tuple(dict.fromkeys(x.entity for x in mentions if x.entity.kind == "organisation"
                               and lo <= x.span.start < hi and x.entity != funder))
