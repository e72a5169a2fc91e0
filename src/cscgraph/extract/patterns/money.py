"""Patterns for money amounts and the words that say whether an amount is funding.

Every constant carries an example of the copy it matches; `extract/funding.py` holds the logic and documents the
rules that decide what is and is not a funding stream.
"""

from __future__ import annotations

from cscgraph.extract.patterns import fast_re as re

from cscgraph.extract.patterns import text as T

# The lira sign some sites print for the pound ("₤ 95 million", "₤26,801"), read as "£" (extract/funding.py).
OTHER_POUND_SIGN = re.compile("₤")
# An amount in pounds: "£44m", "£2.6bn", "£1.3 billion", "£500,000", "£200 million", "£2bn", "£88-million"
# (hyphenated unit), "£20-30m" (a range whose unit follows the second figure: the first figure, in that unit); a
# unit in any case: "£500 Million", "£1.2 Billion", "£5.2M", "£500K", "£2.5BN" (title-case headlines); a billion as
# "b" in informal copy: "the £2.6b investment".
UNIT = r"(?i:bn|billion|b|mn|m|million|k|thousand)"
AMOUNT = re.compile(rf"£\s?(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)"
                    rf"(?:(?:-|–)(?P<upper>\d+(?:\.\d+)?)(?=\s*{UNIT}\b))?"
                    rf"(?:(?:\s*|-)(?P<unit>{UNIT})\b)?")
# An amount in words: "more than a billion pounds", "two million pounds", "1.5 billion pounds", "half a billion
# pounds", "three quarters of a billion pounds", "a quarter of a million pounds", "two and a half billion pounds"
# (not the "£40 million" of "£40 million pounds", read as a figure).
WORDED_AMOUNT = re.compile(r"(?<!£)(?<!£\s)\b(?P<num>(?:(?:a|one|three)[\s-]+)?quarters?[\s-]+of[\s-]+a|half\s+a|"
                           r"(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+and\s+a\s+half|"
                           r"a|one|two|three|four|five|six|seven|eight|nine|ten|"
                           r"\d+(?:\.\d+)?)\s+(?P<unit>million|billion)\s+pounds\b", re.IGNORECASE)
NUMBER_WORDS: dict[str, float] = {"half a": 0.5, "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                                  "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
# The fractions of WORDED_AMOUNT, their words joined by single spaces: "three-quarters of a" is "three quarters of a";
# "two and a half" is two and HALF.
FRACTION_WORDS: dict[str, float] = {"quarter of a": 0.25, "a quarter of a": 0.25, "one quarter of a": 0.25,
                                    "three quarters of a": 0.75}
AND_A_HALF = " and a half"
HALF = 0.5
# The unit of an amount that ends a line, at the start of the next: "£2.4" / "billion to councils".
UNIT_ON_NEXT_LINE = re.compile(r"^[ \t]*\n\s*(?P<unit>(?i:bn|billion|mn|m|million))\b")
UNIT_MULTIPLIERS: dict[str, float] = {"bn": 1e9, "billion": 1e9, "b": 1e9, "mn": 1e6, "m": 1e6, "million": 1e6,
                                      "k": 1e3, "thousand": 1e3}
# Pounds and pence at a rate are a cost, not a price: "spends £90,631.71 a week looking after 20 children", "£4,512.50
# per week", "£1,250.75 per child per week", "£310.40 weekly" (not "Handbook £519.99", "£7.9 billion" cut at a line).
PENCE_RATE_AFTER = re.compile(r"^\s*(?:(?:per|for\s+(?:each|one|a))\s+(?:child|placement|young\s+person)\s+)?"
                              r"(?:(?:a|per|each|every)[\s-]+(?:week|month|day|year)\b|"
                              r"(?:weekly|monthly|daily|annually|per\s+annum)\b)", re.IGNORECASE)
# The first figure of a range shares the unit of the second: "£10 to £15 billion" is £10bn to £15bn.
RANGE_TAIL = re.compile(rf"^\s*(?:to|-|–|and)\s*£\s?\d+(?:\.\d+)?\s*(?P<unit>{UNIT})\b")

# Two amounts joined as a range share what follows the second: "between £20m and £30m in 2025-26", "£10m-£15m a
# year", "£4m to £6m for each hub" (the text between the two figures, and "between" before the first).
RANGE_JOIN = re.compile(r"^\s*(?:-|–|to|or)\s*$", re.IGNORECASE)
RANGE_BETWEEN = re.compile(r"\bbetween\s*$", re.IGNORECASE)

# Words before an amount that make it approximate: "just under £40m", "over £250m", "the more than £250m",
# "around £1bn", "up to £10m", "as much as £63,000", "some £80m".
APPROXIMATE_BEFORE = re.compile(
    r"\b(?:just\s+under|just\s+over|over|more\s+than|as\s+much\s+as|almost|nearly|around|about|approximately|"
    r"roughly|some|up\s+to|"
    r"at\s+least|less\s+than|under|an\s+estimated|estimated|in\s+excess\s+of|close\s+to|upwards\s+of|c\.)\s*$",
    re.IGNORECASE)

# A number of years in a duration written without a hyphen ("a three year programme", "for a 2 year period"): a
# number only, unlike the hyphenated form's any word ("a multi-year settlement").
_YEARS_NUMBER = r"(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"

# The period of an amount, looked for after it first, then before it, inside its clause. Normal forms:
# "2025-26" (financial year), "2023-25" (span of years), "over four years" / "over the next two years",
# "a year" (per year, annual), "next year", "this year".
PERIODS: tuple[tuple[re.Pattern[str], str], ...] = (
    # "from 2026-27 to 2028-29", "between 2026/27 and 2028/29", "from 2015-2016 to 2019-2020": a span of financial
    # years (normal form "2026-29", "2015-20")
    (re.compile(r"\b(?P<y1>20\d\d)\s*[-–/]\s*(?:20)?\d\d\s+(?:to|and|until|[-–])\s+(?:20)?\d\d\s*[-–/]\s*"
                r"(?:20)?(?P<y2>\d\d)\b"), "years"),
    # "in 2025-26", "for 2025-26", "from 2023-25", "2024–28", "from 2026-28", "FY2025-26"
    # "2004-5", "2005-6": a financial year whose second year is one digit (normal form "2004-05")
    (re.compile(r"(?:\b|(?<=FY))(?P<y1>20\d\d)\s*[-–/]\s*(?P<y2>\d{2}|20\d\d|\d)\b"), "years"),
    # "for 24/25", "in 25-26", "FY25/26": a financial year in two digits (consecutive years only, not "24/7")
    (re.compile(r"\b(?:(?:for|in|during)\s+|FY\s?)(?P<y1>\d\d)\s*[-–/]\s*(?P<y2>\d\d)\b", re.IGNORECASE),
     "short years"),
    # "from July 2023 to March 2025", "between April 2026 and March 2028": months and years, as written
    (re.compile(rf"\b(?:from|between)\s+(?P<phrase>{T.MONTH}\s+20\d\d\s+(?:to|and|until)\s+{T.MONTH}\s+20\d\d)\b",
                re.IGNORECASE), "dates"),
    # "from 2026 to 2030", "between 2024 and 2026", "in 2025 to 2026" (the financial year 2025-26), "2026 to 2029"
    (re.compile(r"\b(?:(?:from|between|in|for)\s+)?(?P<y1>20\d\d)\s+(?:to|and|until)\s+(?P<y2>20\d\d)\b"), "years"),
    # "over the spending review period", "across this Parliament", "over the lifetime of the Parliament", "over the
    # course of this Parliament", a person's life: "estimated at £14,000 a year and up to £720,000 over their
    # lifetime" (normal form "over …"; the rate before belongs to the first figure)
    (re.compile(r"\b(?:over|across|during|for)\s+(?P<phrase>(?:the\s+|this\s+)?(?:current\s+|next\s+)?"
                r"(?:spending\s+review(?:\s+period)?|(?:lifetime|course)\s+of\s+(?:the|this)\s+parliament|"
                r"parliament|(?:their|a|his|her)\s+lifetime(?!\s+of)))\b", re.IGNORECASE), "over"),
    # "over four years", "over the next two years", "across three years", "over the next decade", "for the next two
    # financial years", "in the past two years", "over the next 12 months", "for the first two years", "in the first
    # two years of the scheme", "fell by £1bn in 10 years" (normal form "over …": "over the next two years"); "in the
    # previous year" is one year, not a duration, nor is "in two years' time" (a point to come)
    # (a bare "year" or "years" is no duration: "£16m for year one (2024-5)" is for 2024-25, "for years" is vague;
    # "for a three year period" is the duration below; nor is "a year" with a word before a noun: "£1m for a
    # year-long place" is a year's rate, "for a single year project" no period)
    (re.compile(r"\b(?:over|across|during|for|(?=in\s+(?:the\s+(?:past|last|previous|first)\b|(?:\d{1,2}|two|three|"
                r"four|five|six|seven|eight|nine|ten)\s+years\b(?!['’]\s*time)))in)\s+"
                rf"(?:the\s+course\s+of\s+)?(?!(?:financial\s+)?years?\b|(?:an?\s+|the\s+)?{_YEARS_NUMBER}\s+year\b|"
                r"an?\s+(?:\w+\s+)?year\b)"
                r"(?P<phrase>(?:the\s+|a\s+)?"
                r"(?:next\s+|following\s+|coming\s+|past\s+|last\s+|previous\s+|first\s+)?"
                r"(?!another\b|every\b|each\b)(?:\w+\s+)?(?:financial\s+)?(?:years?|decade|months))\b"
                r"(?<!\bnext year)(?<!\bthis year)"
                r"(?<!\blast year)(?<!\bfinancial year)(?<!\bthe year)(?<!\bthat year)(?<!\bfirst year)"
                r"(?<!\bprevious year)"
                r"(?<!\bsecond year)(?<!\bthird year)", re.IGNORECASE), "over"),
    # "over a three-year period", "across a two-year period", "over the three-year review period", "for the
    # four-year spending review period", "for a three year period" (normal form "over three years"); of months: "Over the
    # three month period, £1.79m was paid to agency workers" ("over three months")
    (re.compile(rf"\b(?:over|across|during|for)\s+(?:an?|the)\s+(?:(?P<n>\w+)-|(?P<spaced>{_YEARS_NUMBER})\s+)"
                r"(?P<span>year|month)\s+(?:(?:spending\s+)?review\s+)?period\b", re.IGNORECASE), "years period"),
    # "a three-year £100m programme", "a three year £3.6m fund": right before the amount only (normal form "over three
    # years"); or its noun of funding between: "a three-year investment of £12m", "a five-year funding injection of
    # £2.6bn"
    (re.compile(rf"\b(?:(?P<n>\w+)-|(?P<spaced>{_YEARS_NUMBER})\s+)year,?\s+(?:(?:funding|cash|capital)\s+)?"
                r"(?:(?:investment|injection|settlement|package|programme|commitment|deal|budget|grant|boost|uplift|"
                r"funding)\s+(?:of\s+|worth\s+|totalling\s+)?)?$", re.IGNORECASE), "years before"),
    # "a £100m, three-year programme", "£2.5m two-year pilot": right after the amount (normal form "over three years")
    (re.compile(r"^,?\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})-year\b", re.IGNORECASE),
     "years period"),
    # "a year", "per year", "each year", "annual", "annually", "per annum", "a year over the long run"
    # / "a £1.5bn-a-year settlement" (hyphenated)
    # (not "up from £3m a year earlier", "a year ago", "a year later"; nor a yearly document or event: "its annual
    # report shows it spent £3.2m", "Revenue in most recent annual accounts: £2.1m", "at the annual conference")
    # / a rate written with a slash right after the amount: "£40,000/year", "£1.2m/yr"
    (re.compile(r"\b(?:a|per|each|every)[\s-]+year\b(?!\s+(?:earlier|before|ago|later|previously)\b)|"
                r"\bannual(?:ly)?\b(?!\s+(?:general\s+)?(?:performance\s+)?(?:reports?|accounts|conferences?|"
                r"surveys?|meetings?|reviews?|statements?|returns?|census|awards?)\b)|"
                r"\bper\s+annum\b|\byearly\b|^\s*/\s*(?:year|yr|annum)\b", re.IGNORECASE), "annual"),
    # after the amount, the same sum in each year of a span: "£2m in each of the three years of the pilot", "£1.5m for
    # each of the next three years" (normal form "a year"; before it, "Councils overspent in each of the past three
    # years, by £500m in total" is no rate)
    (re.compile(r"\beach\s+of\s+(?:the\s+|these\s+)?(?:next\s+|following\s+|coming\s+|past\s+|last\s+|first\s+)?"
                r"(?:\w+\s+)?(?:financial\s+)?years\b", re.IGNORECASE), "each of the years"),
    # "a week", "per month", "weekly": the rate of a recurring cost ("£63,000 a week"); "per quarter", "quarterly" and
    # in a quarter's finance report "a significant budget movement in the quarter of £3.3 million" (normal form "a
    # quarter"; not "a quarter of the budget", "in the quarter century since")
    # / with a slash right after the amount: "rental costs of circa £3500/month", "£450/week"
    (re.compile(r"\b(?:a|per|each|every)[\s-]+(?P<unit>week|month|day)\b|^\s*/\s*(?P<per>week|month|day)\b|"
                r"\b(?:per|each|every|in\s+the)\s+(?P<quarter>quarter)\b(?!\s+century\b)|"
                r"\b(?P<adverb>weekly|monthly|daily|quarterly)\b", re.IGNORECASE), "rate"),
    # "next year", "this year", "last year", "the current financial year": read as the financial year they name by
    # the article's date (RELATIVE_YEAR)
    # (not "announced earlier this year", "due later this year": when something happened, not the money's period)
    # "the coming financial year" is the next one
    (re.compile(r"(?<!earlier )(?<!later )\b(?:(?P<which>next|this|last|(?:the\s+)?current)\s+(?:financial\s+)?year|"
                r"(?:the\s+)?(?P<coming>coming)\s+financial\s+year)\b", re.IGNORECASE), "relative"),
    # "in the year to March 2024", "in the 12 months to 31 March 2025", "the year ending March 2024", "the year
    # leading to March 2024", "in the year to 2018": the financial year that ends then (normal form "2023-24"); another
    # month's year is left as written
    (re.compile(rf"\b(?:year|12\s+months)\s+(?:to|ending|ended|leading\s+(?:up\s+)?to|up\s+to)\s+(?:\d{{1,2}}\s+)?"
                rf"(?:(?P<month>{T.MONTH})\s+)?"
                rf"(?P<y2>20\d\d)\b", re.IGNORECASE), "year to"),
    # "£80m since 2015", "£40m of savings since 2016/17", "£20m on the service since the inadequate rating in 2017",
    # "£53m to run the scheme since it began": a total counted from then (normal form "since 2015", "since 2016-17",
    # "since it began"; after the amount only; not "since then", whose year is another sentence's)
    (re.compile(r"\bsince\s+(?:(?:the|its|their|a|an)\s+[^,;.£]{0,40}?\s+in\s+)?(?P<y1>20\d\d)"
                r"(?:\s*[-–/]\s*(?P<y2>(?:20)?\d\d))?\b(?![-–/])|"
                r"\bsince\s+(?P<began>it|they|the\s+(?:scheme|programme|fund|service|pilot|project))\s+"
                r"(?:began|started|opened|launched|was\s+launched|was\s+set\s+up|was\s+introduced)\b",
                re.IGNORECASE), "since"),
    # "£200,000 in the first year", "£5m in its first year": the first year of what it pays for (normal form
    # "first year"; not "the first year of the review", a year of something else)
    (re.compile(r"\b(?:in|for|during|over)\s+(?:the|its|their)\s+first\s+year\b(?!\s+of\b)", re.IGNORECASE),
     "first year"),
    # "that year", "the same year" after the amount: the year its sentence named before it
    (re.compile(r"\b(?P<phrase>(?:that|the\s+same)\s+(?:financial\s+)?year)\b", re.IGNORECASE), "same year"),
    # "over the same period", "during that period": the span its sentence or the sentence before named (SAME_PERIOD)
    (re.compile(r"\b(?:over|in|during|across|for)\s+(?:the\s+same|that)\s+(?:time\s+)?period\b", re.IGNORECASE),
     "same period"),
    # "the year before", "the previous year", "a year earlier" after the amount: the year before the one its
    # sentence named before it ("£1.2bn in 2023/24 and £800m the year before": 2022-23); not the year a change is
    # measured against ("down £447 million on the previous year", "£5m more than the year before")
    (re.compile(r"(?<!\bon )(?<!\bthan )(?<!\bwith )(?<!\bto )(?<!\bfrom )"
                r"\b(?:the\s+(?:financial\s+)?year\s+before|the\s+previous\s+(?:financial\s+)?year|"
                r"a\s+year\s+(?:earlier|before))\b", re.IGNORECASE), "year before"),
    # "by 2028", "by March 2027": the date the money is to be spent by (read after the amount only: in "publish a
    # strategy by 2027 and invest £9m", the date is the strategy's)
    (re.compile(rf"\b(?P<phrase>by\s+(?:(?:the\s+end\s+of\s+)?{T.MONTH}\s+)?20\d\d)\b(?![-–/])", re.IGNORECASE),
     "deadline"),
    # "by 2028-29", "by 2028/29": the financial year the money is to be spent by (normal form "by 2028-29"); also
    # written short: "by 2024-5", "rise to £22 billion by 24/25" (consecutive years only: not "by 24/7")
    (re.compile(r"\bby\s+(?P<y1>(?:20)?\d\d)\s*[-–/]\s*(?P<y2>\d\d|\d)\b"), "deadline year"),
    # "up to 2029", "until March 2027", "through to 2028-29", "to 2028/29": the year the money runs to, as written
    # ("up to 2029", "until March 2027", "to 2028-29"; a bare "to" only before a financial year, not "compared to
    # 2023"; not "from 2026 to 2029", read above as a span); "between now and March 2025" runs until then ("until
    # March 2025")
    (re.compile(rf"(?<![-–/\d])\s(?P<phrase>(?P<prep>up\s+to|until|through\s+to|between\s+now\s+and)\s+"
                rf"(?:{T.MONTH}\s+)?20\d\d"
                rf"(?:\s*[-–/]\s*\d\d)?|"
                rf"(?P<to>to)\s+20\d\d\s*[-–/]\s*\d\d)\b"
                r"(?![-–/])",
                re.IGNORECASE), "until"),
    # "in 2025", "for 2026", and opening a sentence: "In 2019 the council spent £6.9m", "During 2022 we gave out over
    # £13m" (not in a "since" phrase: SINCE_BEFORE)
    (re.compile(r"\b(?i:in|for|during)\s+(?P<y1>20\d\d)\b(?![-–/])"), "year"),
)
# The first years of a longer scheme are a duration of that many years: "£2.6bn is needed over the first four years",
# "£126 million confirmed for the first two years" (normal form "over four years", "over two years").
FIRST_OF_DURATION = re.compile(r"^the first (?=\w+ (?:years|months)$)")
# A duration's small number in words, its normal form as the annotations write it: "over 5 years" and "a 2-year
# programme" are "over five years", "over the next 2 years" is "over the next two years" ("over the next 12 months"
# stays in digits).
DURATION_NUMBER = re.compile(r"\b(?:[1-9]|10)\b")
DURATION_NUMBER_WORDS = {int(value): word for word, value in NUMBER_WORDS.items() if word not in ("a", "half a")}
# A financial year in a title: "2025/26 Children, Young People and Families Scrutiny - Quarter 2 Finance", "Children's
# Social Care Prevention Grant 2025/2026", in two digits with a slash: "Second Financial Review 25/26" (not the ages
# in "support for 16-17 year olds"); the amounts of a finance report headed by its year are of that year.
TITLE_FINANCIAL_YEAR = re.compile(r"(?<![\d/£.,-])(?:20(?P<y1>\d\d)\s*[/–-]\s*(?:20)?|(?P<y1s>\d\d)/)"
                                  r"(?P<y2>\d\d)(?![\d/–-])")
# A sentence that opens by naming a part of the money the sentence before states shares its period: "In 2025-26,
# councils will receive £600m. Of this, £200m is for family help.", "… through the 2024-25 Settlement. This is made up
# of: £5 billion through the Social Care Grant; …", "The package includes £9m for …", "The funding will be split
# into:" (the whole's period that of the last amount of the two sentences before).
PART_OF_WHOLE = re.compile(
    r"^[“\"‘']?(?:Of\s+(?:this|that|which|these|the\s+(?:total|money|funding|sum|package|£))|"
    r"(?:This|That|It|The\s+(?:money|funding|package|total|investment|grant|settlement|sum))\s+"
    r"(?:includes?|included|comprises?|comprised|(?:is|was)\s+made\s+up\s+of|consists?\s+of|will\s+include|"
    r"(?:is|was|will\s+be)\s+(?:split|divided|broken\s+down)\s+(?:evenly\s+|equally\s+)?"
    r"(?:into|between|as\s+follows))|"
    r"Within\s+(?:this|that))\b")
# A calendar or financial year in a "since" phrase dates when a total began, not the money's period: "more than £1.9
# billion since the scheme was launched in 2013", "£130 million of savings since 2015/16", "Since 2013/14, £14.6m had
# been invested".
SINCE_BEFORE = re.compile(r"\bsince\b[^,;.£]*$", re.IGNORECASE)
YEAR_SHAPES = frozenset({"year", "years", "short years"})  # a calendar or financial year, or a span of them
SINCE_SHAPES = YEAR_SHAPES
# Such a total takes no period from the title either ("Budget 2025/26" above "£24.5 billion in cuts … that councils
# had made since 2010/11").
SINCE_YEAR = re.compile(r"\bsince\s+(?:[^,;.£]*?\s)?20\d\d\b", re.IGNORECASE)
# A year a figure is compared with is not its period, nor that of the next figure: "a £1.2 billion increase on
# 2023-24, including £500 million", "7.5% in cash terms, on 2023-24", "£1.5 billion in additional grant compared to
# 2023-24", "£20m more than in 2022-23" (the text right before the year).
BASELINE_BEFORE = re.compile(r"\b(?:(?:on|compared\s+(?:to|with)|than(?:\s+in)?|relative\s+to|against)\s+|"
                             r"compared|relative)$", re.IGNORECASE)
BASELINE_SHAPES = frozenset({"years", "short years", "year", "until"})
# … and after the amount, a figure it is set against: "up £535 million compared to the 2018-19 budget", "Next year's
# budget is £5m below the 2024/25 outturn", "£5m higher than last year's" (before the amount, such a year names the
# figure itself: "compared with the 2017/18 amount of £8.03bn", "compared with last year's £500m").
BASELINE_AFTER = re.compile(r"\b(?:compared\s+(?:to|with)|than|relative\s+to|against|below|above)\s+(?:the\s+)?$",
                            re.IGNORECASE)
BASELINE_AFTER_SHAPES = BASELINE_SHAPES | {"relative"}
# A deadline after the amount is the money's ("social care for adults is to receive £4 billion by 2028", "£2bn to be
# spent by 2028") unless a target stands between, a verb of its own or a count, whose date it is: "£500 million …
# will fund up to 1,000 hubs by 2028", "putting £500 million into the scheme, to put a hub in every local authority by
# April 2026", "with all local authorities expected to have a hub by April 2026".
DEADLINE_SHAPES = frozenset({"deadline", "deadline year"})
TARGET_BEFORE_DEADLINE = re.compile(r"\b(?:to|will|would)\s+(?!be\b)[a-z]+\b|\b\d[\d,]*\s+(?!20\d\d\b)[a-z]",
                                    re.IGNORECASE)
# … unless a clause after it dates the figure that follows: "higher than in 2016-17, when expenditure was £8.5bn".
BASELINE_DATED = re.compile(r"^,?\s*when\b", re.IGNORECASE)
# A relative year is the financial year (April to March) it names by the article's date: in an article of August
# 2025, "this year" is 2025-26, "last year" 2024-25 and "next year" 2026-27; in one of February 2025, "this year" is
# 2024-25. Undated, it stays as written ("this year").
FINANCIAL_YEAR_FIRST_MONTH = 4
RELATIVE_YEAR_OFFSET = {"last": -1, "this": 0, "current": 0, "the current": 0, "next": 1}
# A sentence that opens with its period gives it to an amount further on: "For 24/25 there was an estimated
# pressure of approximately £1.8m", "In 2023-24 the council's spending on agency staff reached £4m" (read in the
# first PERIOD_OPENING_REACH characters).
# / "Within the 2022/23 to 2024/25 financial years, the department is providing £53 million"
PERIOD_OPENING = re.compile(r"^[“\"‘']?(?:(?:in|for|during|over|across|between|from|within)\s|(?:this|next|last)\s+"
                            r"(?:financial\s+)?year)", re.IGNORECASE)
PERIOD_OPENING_REACH = 45
# An amount that is part of an amount just before it, which states the period before it: "a rise in the tax for
# 2018-19, along with £12.3million in cuts which include a £2.9m reduction in children's services" (matched up to the
# part's amount; the period is read before the whole's).
BREAKDOWN_OF_AMOUNT = re.compile(r"£\s?\d[\d,.]*\s*(?:k|m|bn|million|billion)?\b[^£.;:]{0,80}?\b(?:which\s+includes?|"
                                 r"that\s+includes?|including|of\s+which)\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)
# … unless the amount is a total counted from then: "In 2020, Ofsted rated the service inadequate, and since then the
# council has spent £12m on improvement".
SINCE_THEN = re.compile(r"\bsince\s+(?:then|that\s+(?:time|year))\b", re.IGNORECASE)
# A financial year naming the outturn or budget a figure is part of dates the figure wherever it stands before it in
# the sentence: "The 2023/24 outturn position reported to Executive in June, reported an overspend of £5.3m", "the
# provisional 2023/24 outturn position for Children's Services (£12.4m adverse overspend …)".
# / or the year that closes the name of a report or accounts: "The findings, disclosed in Social Services Annual
# Performance Report 2014/2015, … found a total overspend of £862,000".
YEAR_OF_ACCOUNTS = re.compile(r"\b(?:(?:report|accounts|statement)\s+(?=20\d\d)|"
                              r"(?=20\d\d\s*[-–/]\s*\d\d\s+(?:(?:provisional|forecast|final|revised)\s+)?"
                              r"(?:outturn|budget|overspend|underspend)\b))"
                              r"(?P<y1>20\d\d)\s*[-–/]\s*(?:20)?(?P<y2>\d\d)\b", re.IGNORECASE)
# The normal form of "that year", "the same year", "that financial year", read as the year named before it.
SAME_YEAR = "that year"
# The mark of "over the same period", read as the span or duration named before it in its sentence or the sentence
# before ("Overspends have quadrupled in the past four years … Over the same period budgets rose by £100m": "over the
# past four years"), else the span from the first to the last year named there ("from £3m in 2019-20 to £9m in
# 2023-24. Over the same period the council cut £4m": "2019-24"); none when they name no period.
SAME_PERIOD = "the same period"
SPAN_SHAPES = frozenset({"over", "years period", "dates"})
# The mark of "the year before", "the previous year", "a year earlier", read as the year before the one named
# before it (no period when the sentence names none).
YEAR_BEFORE = "the year before"
# An outturn figure (spending, an overspend or shortfall) with no period of its own is of the financial year of the
# outturn figure stated up to OUTTURN_REACH_SENTENCES sentences before it: "The council spent £700m in 2023/24 …
# The largest overspend was within children's services, where spending was £9m more than expected."
OUTTURN_KINDS = frozenset({"spent", "shortfall"})
OUTTURN_REACH_SENTENCES = 3
# … or stated earlier in its own sentence ("… spending more than expected in placements and allowances (£810,000), and
# faces a £150,000 overspend in youth services"), unless it is a total since then ("£640m that year and £900m since")
# or the figure it is compared with ("£9m in 2023-24, compared with £7m").
OUTTURN_SINCE_AFTER = re.compile(r"\s*since\b", re.IGNORECASE)
OUTTURN_COMPARED_BEFORE = re.compile(r"\b(?:compared\s+(?:to|with)|than|against|from)\s+(?:\w+\s+){0,2}$",
                                     re.IGNORECASE)
FINANCIAL_YEAR = re.compile(r"^20\d\d-\d\d$")
# A period phrase set off by a comma at the close of the amount's sentence, however far after it (the amount is the
# last of its sentence): "£2.4bn will be ploughed into family help services, multi-agency child protection teams and
# family group decision making meetings, under the programme, from 2026-29" (not "…, the report published in 2023").
PERIOD_CLOSING_SENTENCE = re.compile(r",\s*(?P<period>(?:from|in|for|over|across|between|during)\s+"
                                     r"[^,;£]{4,40}?)[.!?\"”’')]*\s*$", re.IGNORECASE)
# A financial year or span closing the sentence before an amount that opens its own: "… will continue into
# 2025–26. £50 million has been made available" (within the last PERIOD_CLOSING_REACH characters).
PERIOD_CLOSING = re.compile(r"\b(?P<y1>20\d\d)\s*[-–/]\s*(?P<y2>\d{2}|20\d\d)[.!?]?\s*$")
PERIOD_CLOSING_REACH = 12
# A sentence about money ("The department has published allocations for 2025-26.", "The fund will run from April
# 2025 to March 2027.") that states no amount gives its financial year, span of years or of months to the first
# amount of the next sentence (read in the last PREVIOUS_SENTENCE_REACH characters before it).
MONEY_WORD = re.compile(r"\b(?:fund(?:s|ing)?|budgets?|grants?|allocations?|spending|settlement|money|investment|"
                        r"finances?|financial)\b", re.IGNORECASE)
BUDGET_PERIOD_SHAPES = frozenset({"years", "short years", "dates", "year to"})
PREVIOUS_SENTENCE_REACH = 300
# A dash aside after the amount's own words is about something else: "£25m for kinship carers — a 50% increase on
# last year" (its period is not the amount's); a closed one is skipped: "£1.6 billion shortfall – estimated prior to
# inflation – required each year".
ASIDE_CLOSED = re.compile(r"(?<=\w)\s+[–—]\s+[^–—]*?\s+[–—]\s+")
ASIDE_OPEN = re.compile(r"(?<=\w)\s+[–—]\s+")
# How far (characters) from an amount a period may be, after and before it, within the clause ("in 2025-26 councils
# across England would receive a total of £40m"); before it, past a comma, only PERIOD_REACH_BEFORE_COMMA.
PERIOD_REACH_AFTER = 150
PERIOD_REACH_BEFORE = 90
PERIOD_REACH_BEFORE_COMMA = 50
# The words joining the months of a span, written "to" in normal form ("between April 2024 and March 2026").
DATES_JOIN = re.compile(r"\s+(?:and|until)\s+", re.IGNORECASE)
# The mark between the two years of a financial year written out ("2028/29", "2028 – 29"), written "-" in normal form.
YEAR_SLASH = re.compile(r"\s*[-–/]\s*(?=\d\d\b)")

# Amounts that are not funding (rules R2-R5 in extract/funding.py):
# R2 pay, fees and caps (an allowance carers are paid is money for the care they give: "pays its carers a weekly
# allowance of £140" is spending): "maximum hourly pay rates", "an hourly rate of £45", "a salary of £40,000",
# "fees of £5,000 a week", "pay foster carers an average of £450 a week", "a price cap of £…", "the leaving care
# allowance … increased from £2,000 to £3,000", "until £5,000 has been exhausted" ("until" right before the amount
# only: "The programme, which runs until 2027, is backed by £12m" is funding). (What a placement or a worker
# costs a council per week or per child is spending at that rate: "averaging £16,500 per child per week".)
PAY_CONTEXT = re.compile(
    r"\b(?:salar(?:y|ies)|pay\s+rates?|hourly|an\s+hour|per\s+hour|fees?|charg(?:e|es|ed|ing)|"
    r"price\s+caps?|pay\s+caps?|wages?|earn(?:s|ing)?|leaving\s+care\s+allowance|"
    r"until(?=\s+(?:an?\s+|the\s+)?$))\b", re.IGNORECASE)
# … and, however far before the amount in its sentence, a salary or wage the amount is the figure of, with no other
# sum or kind cue between them: "the median annual salary for a local authority children's social worker was £31,200",
# "the average basic salary, before tax, at the top of a pay scale for a qualified social worker was, at just over
# £35,000" (not "salaries have stalled while councils spent £800m on agency staff").
PAY_NOUN = re.compile(r"\b(?:salar(?:y|ies)|wages?|pay\s+(?:scales?|rates?|gap|bands?))\b", re.IGNORECASE)
# "paid"/"pays" before the amount is pay only at a rate ("pay foster carers an average of £450 a week", "paid £45 an
# hour"); otherwise it is money handed over ("The government has paid councils £50m to run the pilots", "The council
# pays £1.2m a year to an agency"); a charge is a fee unless it is for a placement ("providers charged councils up to
# £60,000 a week for a single placement": PAID_FOR_PLACEMENT).
PAY_VERB = re.compile(r"\b(?:paid|pays?|charg(?:e|es|ed|ing))\b", re.IGNORECASE)
PAY_VERB_REACH = 45
PAY_RATE_AFTER = re.compile(r"^\s*(?:an?|per|each)\s+(?:hour|day|week|month)\b|^\s*(?:hourly|daily|weekly)\b",
                            re.IGNORECASE)
# What is paid at a rate for a child or a placement is the cost of that placement (spending at a rate), not pay:
# "Knowsley paid £49,680 a week for one child", "it had paid £18,500 a week (£962,000 a year) for a single child",
# "councils had been charged up to £63,000 a week (£3.3m a year) for a single placement", "had been charged £50,000
# per week for the care of one child", "which pay as much as £4,000 per week per child" …
PAID_FOR_PLACEMENT = re.compile(r"^(?:\([^()]{0,40}\)|[^.;£(]){0,40}?"
                                r"\b(?:for\s+(?:the\s+care\s+of\s+)?(?:one|a|each|the|every|a\s+single|per)\s+|per\s+)"
                                r"(?:child|young\s+person|placement|bed|place)\b", re.IGNORECASE)
# … as is what a council is charged, at any rate: "another authority had been charged £40,000 per week", "councils
# were being charged £1m a year to look after some youngsters", "charging cash-strapped councils as much as £20,000 a
# week" (a charge to parents or a fee is pay: "charged parents £60 a day").
_CHARGE_BOUND = r"(?:(?:up\s+to|as\s+much\s+as|more\s+than|over|around|about|nearly)\s+)?$"
CHARGED_COUNCIL = re.compile(rf"\b(?:councils?|authorit(?:y|ies))\b[^.;£]{{0,30}}?\bcharged\s+{_CHARGE_BOUND}|"
                             rf"\bcharg(?:e|es|ed|ing)\s+(?:[\w'’-]+\s+){{0,2}}(?:councils?|authorit(?:y|ies))\s+"
                             rf"{_CHARGE_BOUND}", re.IGNORECASE)
# … unless the people paid are named: "foster carers are paid £300 a week per child" is pay (R2) ("guardians" in
# lower case: "told the Guardian it had paid £18,500 a week for one child" is a placement's cost).
PAID_PEOPLE = re.compile(r"\b(?:[Cc]arers?|[Ww]orkers?|[Ss]taff|[Pp]arents?|guardians?)\b")
# A person's pay is not money for a service (R2): a sum an office holder or "someone" is paid ("top chief executives
# were paid an average of £174,896", "the director of children's services was paid £180,000", "someone who is paid
# £340,000 per annum", "the council pays someone £109,600 to do it"; not "Councils were paid £20m to run the pilots",
# "The director said councils were paid £20m").
PERSON_PAID = re.compile(r"(?:\b(?:(?:chief\s+)?executives?|directors?|boss(?:es)?|chair(?:man|woman|s)?|managers?|"
                         r"head\s*teachers?|CEOs?|someone|somebody)\b(?:\s+(?:of|for|at|who)\b[^£.;,]{0,40}?)?\s+"
                         r"(?:is|are|was|were|(?:has|have|had)\s+been)\s+paid|"
                         r"\bpa(?:y|ys|id|ying)\s+(?:someone|somebody))\s+"
                         r"(?:(?:an?\s+average\s+of|around|about|more\s+than|over|almost|nearly|up\s+to|some)\s+)?$",
                         re.IGNORECASE)
# After the amount, spending "on fees" is spending ("Councils spent £600m on fees to agencies"), "paid" is where the
# money goes ("The £270m grant will be paid to councils"), not pay, and
# "until" its end ("£45m for the pilots until March 2026"); a limit or cap right after it is one ("until a £5,000
# annual limit has been exhausted", "a £2,000 cap").
PAY_AFTER = re.compile(
    r"\b(?:salar(?:y|ies)|pay\s+rates?|hourly|an\s+hour|per\s+hour|(?<!on\s)(?<!in\s)fees?|charg(?:e|es|ed|ing)|"
    r"wages?|allowance\s+(?:given|paid|of))\b|^(?:\s+annual|\s+a\s+year)?\s+(?:limit|cap|ceiling)\b", re.IGNORECASE)
# R3 cost forecasts and cost trends: "the cost of care … had ‘ballooned’ from £3.1bn in 2009-10 to £7bn in
# 2022-23", "The annual cost … will rise from £10 to £15 billion per year", "would cost the social care system an
# extra £200m a year", "The care review projected that the reforms would cost £2.6bn over four years"; what
# something costs now is spending ("one child’s placement had been costing the authority £85,000 a week").
COST_CONTEXT = re.compile(r"\bcost(?:s|ing|ed)?\b|\bcosting\b|\bprice\b|\bexpenditure\s+(?:rose|grew|increased)\b",
                          re.IGNORECASE)
# A cost that is a forecast (a modal or "to" before "cost") or a threshold ("placements costing over £10,000 a week")
# is not a stream.
COST_FORECAST = re.compile(r"\b(?:would|will|could|might|may|to|would\s+now|will\s+now)\s+$", re.IGNORECASE)
# … but what a placement may cost is an estimate of what is spent on one, at its rate, not a forecast: "placements may
# cost up to £50,000 a week", "Placements of this kind could cost around £250,000 a year" (a placement the subject of
# the modal, in its clause; not "the reforms would cost £2bn").
PLACEMENT_COST_SUBJECT = re.compile(r"\bplacements?\b[^,;.£]{0,40}?\b(?:would|will|could|might|may|can)\s+$",
                                    re.IGNORECASE)
# The text between a cost and the higher figure of a range it states: " us £3-" in "could cost us £3-£5 million".
RANGE_LOWER = re.compile(r"^\s*(?:[\w'’]+\s+){0,3}£[\d.,]+\s*(?:[-–]|to)\s*$", re.IGNORECASE)
# … and what a policy, service or programme would cost, or implementing one, is an estimated cost (ANNOTATION.md's
# "estimated as needed"): "the reforms would cost £2.6bn over four years", "a scheme that would cost £20m a year",
# "to implement the Act could cost us £3-£5 million", "the plan is expected to cost £500m a year", "extending free
# school meals to … would cost around £477 million a year" (a gerund opening the clause), "the project is expected to
# cost £2.7m" (not "a new home would cost £2m to build", "a season ticket will cost £600").
POLICY_COST_SUBJECT = re.compile(r"(?:\b(?:(?i:reforms?|plans?|proposals?|schemes?|programmes?|projects?|pilots?|"
                                 r"initiatives?|polic(?:y|ies)|"
                                 r"strateg(?:y|ies)|dut(?:y|ies)|changes|measures|approach|recommendations|delay\w*|"
                                 r"implement\w*)|Act|Bill)\b[^,;.£]{0,40}?|"
                                 r"(?:^|[,;:]\s+)(?i:extending|expanding|introducing|providing|rolling\s+out)\b"
                                 r"[^,;.£]{0,100}?)\b(?i:would|will|could|might|may|(?:expected|set|projected|forecast|"
                                 r"estimated|likely)\s+to)\s+(?i:now\s+)?$")
COST_THRESHOLD = re.compile(r"^\s+(?:over|more\s+than|upwards\s+of|at\s+least|in\s+excess\s+of|above)\s*$",
                            re.IGNORECASE)
# … unless it says what the placements children are in cost, no count of placements being made by it ("over 1,500
# children are in placements costing upwards of £500,000 annually", "children currently in placements costing over
# £500,000 annually"; not "the number of children in placements costing over £10,000 a week has risen", nor what
# anything else someone is in costs: "families living in homes costing more than £500,000", "In 2023 placements
# costing over £9,000 a week rose to 1,400", "children in care in placements costing over …").
COST_THRESHOLD_PLACED = re.compile(r"\b(?:children|child|young\s+people)\s+(?:(?:are|is|were|was|currently|now|still|"
                                   r"living|placed|being)\s+){0,2}in\s+(?:[\w-]+\s+)?placements?\s+$", re.IGNORECASE)
COUNT_OF = re.compile(r"\b(?:number|count|share|proportion)\s+of\b|\bhow\s+many\b", re.IGNORECASE)
# … or, after "costing", a bound right after the amount (and its rate): "placements costing £9,000 a week or more",
# "placements costing £9,000 or more per week" (not "a home costing £3m to build", "costing £2m, or more than planned").
COST_THRESHOLD_AFTER = re.compile(r"^(?:\s+(?:a|per)\s+(?:week|year|month|day))?\s+(?:or|and)\s+(?:more|over|above)\b",
                                  re.IGNORECASE)
# A perfect tense states what was paid, not a bound: "30 placements have cost more than £1m each", "placements that
# had each cost the public purse over £1m" (spending), unlike "placements costing over £9,000 a week".
COST_PERFECT_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:each\s+|already\s+|now\s+)?$", re.IGNORECASE)
# A funding verb between "cost" and the amount rescues it ("cost pressures … the DfE allocated £15m"), as does the
# amount named as the cost ("at a cost of £22m", "costs of, I think, more than £2.4 billion").
FUNDING_RESCUE = re.compile(r"^\s+of\s*(?:,[^,£]{0,25},\s*)?(?:(?:just\s+)?(?:about|around|more\s+than|over|under|"
                            r"up\s+to|nearly|almost|at\s+least|some|an\s+estimated)\s+)?$|"
                            r"\b(?:allocat\w*|invest\w*|fund(?:s|ed|ing)?|provid(?!ers?\b)\w*|commit(?!tees?\b)\w*|grant\w*|"
                            r"set\s+aside|spen[dt]\w*|budget\w*)\b", re.IGNORECASE)
# A trend "from £X (in year) to £Y" (not a range: "ranges from £1m to £3m") …
TREND = re.compile(r"(?<!ranges\s)(?<!range\s)(?<!ranging\s)\bfrom\s+£[^£]{0,40}?\bto\s+£", re.IGNORECASE)
# … is two records, each of its own year, when what moved is money for a service: the noun phrase heading the clause
# whose verb moves "from" (in the TREND_SUBJECT_REACH characters before "from", no sum or clause mark between) is
# spending, a cost of or a budget ("spending on children's social care rose from £8.8bn in 2017-18 to £12.8bn in
# 2022-23", spent), or a grant or funding ("the council's government grant had reduced from £160m in 2010/11 to £90m
# by 2018/19", allocated); else levels of something else, never streams ("house prices rose from £200,000 to
# £300,000", "his wealth grew from £2m to £5m", "fines went up from £500 to £2,000"; not a word of an earlier clause:
# "Despite cuts to council spending, the average house price went from £200,000 to £300,000"; nor one a transitive
# verb acts on something else: "The Bill raises the cap on care fees from £5,000 to £10,000"). A relative clause goes
# on with its noun: "the rising cost of care, which the government said had “ballooned” from £3.1bn … to £7bn"; a comma
# may set off the trend after its verb, and a decimal point is no full stop: "the overall budget will rise by three per
# cent, from £479m to £493m", "spending on schools fell by 3.4 per cent, from £37.1bn in 2012/13 to £35.9bn"; a verb
# of a multiple moves it too: "spending has almost doubled in five years, from £1.2bn in 2018-19 to £2.3bn", and so
# does a participle after a comma: "spending has more than doubled, rising from £3.9bn in 2015-16 to £8.1bn".
_TREND_MONEY = (r"\b(?:(?P<spent>spending|spend|expenditure|costs?\s+of|budgets?|bill)|"
                r"(?P<allocated>grants?|funding|allocations?))\b")
_TREND_TAIL = r"(?:[^£.;,:]|\.(?=\d))*(?:,\s*)?$"
TREND_SUBJECT = re.compile(_TREND_MONEY + r"(?:[^£.;,:]|,\s+(?:which|that)\b|,\s+(?=(?:rising|falling|growing|climbing|"
                           r"increasing|soaring|jumping|dropping|going)\b))*?\b(?:r[io]se[ns]?|rising|"
                           r"f[ae]ll(?:s|en|ing)?|increas\w*|gr[eo]w(?:s|n|ing)?|went|gone|going|goes|balloon\w*|"
                           r"reduc\w*|decreas\w*|dropp?\w*|cut|climb\w*|soar\w*|jump\w*|shr[aiu]nk\w*|declin\w*|"
                           r"doubl\w*|trebl\w*|tripl\w*|halv\w*|up|down)\b" + _TREND_TAIL, re.IGNORECASE)
# … or, the trend's verb acting on it, the object of the clause's verb, the match starting at the clause so that a
# forecast's modal before the verb is found: "Councils were forced to cut spending on youth services by 52 per cent,
# from £652m in 2010/11 to £352m in 2017/18", "the council had to reduce its funding for children's centres by 40%,
# from £8.1m to £4.8m"; not "Despite cuts to council spending, …".
TREND_OBJECT = re.compile(r"(?:^|[.;,:])[^£.;,:]*?\b(?:(?:increas|rais|boost|lift|reduc|slash|trimm?|doubl|halv)\w*|"
                          r"cut(?:s|ting)?)\s+(?:(?:its|their|the|his|her|our|this|total|overall|annual|own)\s+){0,3}"
                          + _TREND_MONEY + _TREND_TAIL, re.IGNORECASE)
# A wish for the move or its denial, after the clause's money noun or from the start of its object's clause, makes it
# no stream: "Campaigners want the government to increase funding for youth work from £2m to £3m", "urged ministers to
# boost the budget from …", "called on councils to …", "The council did not cut spending from £2m to £1m", "Spending
# has never fallen from …", "Ministers denied they had cut …" (not "Councils were forced to cut spending … from …").
TREND_UNSTATED = re.compile(r"\b(?:wants?|wanted|wanting|urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+on|"
                            r"lobb(?:y|ies|ied|ying)|never|cannot|den(?:y|ies|ied|ying)|"
                            r"(?:do|does|did|has|have|had|is|are|was|were|will|would|could|should)(?:\s+not|n[’']t)|"
                            r"(?:ca|wo)n[’']t)\b", re.IGNORECASE)
# A level noun after the subject is what moved ("Funding pressures mean the average salary of a social worker rose
# from £30,000 to £38,000"), so no stream.
TREND_LEVEL_NOUN = re.compile(r"\b(?:prices?|salar(?:y|ies)|wages?|pay|fees?|caps?|fines?|fortunes?|wealth|"
                              r"earnings|rents?|values?)\b", re.IGNORECASE)
# A trend still to come is a forecast, an estimated cost, not money spent or allocated: "The annual cost of the system
# will rise from £11 to £16 billion per year", "spending is projected to rise from £3m this year to £5m in 2027-28".
TREND_FORECAST = re.compile(r"\b(?:will|would|could|might|may|shall|(?:expected|projected|forecast|predicted|set|"
                            r"likely|due|going)\s+to)\b", re.IGNORECASE)
TREND_SUBJECT_REACH = 120
# R4 profits, revenues, turnover, margins, prices: "profits of £300m", "a turnover of £1bn". "Revenue" naming a
# council's revenue account (as against capital) is no profit: "an annual revenue saving of £765k", "£5m of revenue
# funding", "the revenue budget of £150m".
REVENUE_ACCOUNT = r"(?!\s+(?:savings?|budgets?|funding|grants?|costs?|expenditure|spend(?:ing)?|account|support|"\
                  r"pressures?|position|allocations?)\b)"
PROFIT_CONTEXT = re.compile(rf"\b(?:profits?|revenues?{REVENUE_ACCOUNT}|turnover|margins?|dividends?|debts?|earnings|"
                            r"valued\s+at|sold\s+for|takeover|buyout|acquisition)\b", re.IGNORECASE)
# After the amount, only a profit it names: "£300m of profit", "£68m in profits", "£2bn profit" (not "£68m to
# eliminate profit from children's care", money to end profit-making); or a company's deal or assets: "in a £1.1bn
# transaction", "a £22m buyout", "our £1bn freehold asset portfolio".
PROFIT_AFTER = re.compile(r"^\s*(?:a\s+year\s+|annual\s+)?(?:(?:of|in)\s+)?(?:pre-tax\s+|net\s+|operating\s+)?"
                          rf"(?:profits?|revenues?{REVENUE_ACCOUNT}|turnover|margins?|dividends?|debts?|earnings|"
                          r"transaction|takeover|buyout|(?:freehold\s+|property\s+)?(?:asset\s+)?portfolio)\b",
                          re.IGNORECASE)
# R4 fines and penalties: "Two councils have been fined a total of £180,000", "the regulator fined the council
# £100,000", "monetary penalties totalling £180,000", "a penalty of £100,000", "an £80,000 penalty", "a £90,000 fine"
# (not past a clause mark: "Despite the fines, the council invested £2m"; nor "£2m to avoid penalties").
FINE_BEFORE = re.compile(r"\b(?:fined|fines|penalt(?:y|ies)|fine\s+of)\b[^£.;:,]{0,45}$", re.IGNORECASE)
FINE_AFTER = re.compile(r"^\s*(?:(?:monetary|civil|financial)\s+)?(?:fine|penalty)\b", re.IGNORECASE)
# A share written as two sums is a ratio, neither of them money: "£4 in every £5 of additional spending went on late
# intervention", "£1 out of every £3", "for every £1 invested" (the sum after "every" and the one before "in every").
RATIO_AFTER = re.compile(r"^\s+(?:in|of|out\s+of)\s+every\s+£", re.IGNORECASE)
RATIO_BEFORE = re.compile(r"\bevery\s+$", re.IGNORECASE)
# How near (characters before/after the amount) rate, cost and profit words must be to disqualify it.
CONTEXT_REACH = 60

# R1 the kind of an amount is the first of these that matches
# ("shortfall": "a £900m shortfall", "a funding gap of £1bn", "exceeded its budget by £3m"; "saving": "the pilot
# saved £4m"):
# "recommended" ("proposed investing £2bn in family help", "called for £2bn to be invested", "recommended by the
# IRCSC", "MacAlister’s recommendation of … a £82 million programme", "called on ministers to invest £2bn"),
# "estimated cost" ("costs of more than £2.4 billion", "councils could be spending £12bn a year by 2030"; "at a
# cost of £22m" after an allocation is that allocation's), "estimated need" ("councils would need
# an extra £5bn", "£3.4bn in additional pressures", "a shortfall of £1bn"), "cut" ("cut £50m from"), "spent"
# ("councils spent £12bn on children's services", "England spends £13bn a year"), "allocated" (everything else that
# funds: "allocating £15m", "£44m for kinship and foster care", "invest £27 million", "backed by £16m", "funded by
# £45 million", "£259m was made available", "over £500m is available to local authorities", "the department is
# putting £40m into the programme", "£2.1bn was secured at the Spending Review"; not the past "who put £53m into
# it", often an owner's stake, nor "secure" homes).
FUNDING_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("recommended", re.compile(r"\b(?:recommend\w*|proposed\s+investing|propos\w+\s+(?:an?\s+)?investment|"
                               r"call(?:s|ed)?\s+(?:for|on)|urg(?:e|es|ed|ing)|suggested)\b", re.IGNORECASE)),
    ("estimated cost", re.compile(r"\bcosts?\s+of\b|\b(?:could|would|will|may|might)\s+be\s+spending\b|"
                                  r"\b(?:projected|forecast|expected|set|on\s+course)\s+to\s+(?:cost|spend)\b",
                                  re.IGNORECASE)),
    ("shortfall", re.compile(r"\b(?:shortfalls?|gaps?|black\s+holes?|deficits?|overspen[dt]\w*|short\s+by|"
                             r"(?:exceed\w*|surpass\w*|overr[au]n\w*|overshot|(?:went|go(?:ne|es)?)\s+(?:over|beyond))"
                             r"\s+(?:[\w'’]+\s+){0,3}budgets?\s+by)\b", re.IGNORECASE)),
    # (not people "in need": "BBC Children in Need has awarded £50,000", "£2m for families in need"; but "in need of")
    ("estimated need", re.compile(r"\b(?:(?<!\bin\s)need(?:s|ed)?|in\s+need\s+of|pressures?|required|requires?)\b",
                                  re.IGNORECASE)),
    ("saving", re.compile(r"\b(?:sav(?:e|es|ed|ing|ings))\b", re.IGNORECASE)),
    ("cut", re.compile(r"\b(?:cut(?:s|ting)?|slash\w*|reduc\w*|withdraw\w*|lost|loss)\b", re.IGNORECASE)),
    ("spent", re.compile(r"\b(?:spent|spending(?!\s+(?:review|round|plans?)\b)|spends?|expenditure|paying|pays|"
                         r"cost(?:s|ing)?|outlay|bill)\b", re.IGNORECASE)),
    ("allocated", re.compile(r"\b(?:allocat\w*|invest\w*|fund(?:s|ed|ing)?|provid(?!ers?\b)\w*|commit(?!tees?\b)\w*|grants?|"
                             r"set\s+aside|(?:made\s+)?available|approv(?:e|es|ed|ing)|be\s+used\s+(?:to|for)|"
                             r"budget\w*|package|boost|backed\s+by|worth|pledg\w*|award\w*|resourc\w*|money|"
                             r"settlement|programme|extra|additional|further|consolidate|receive\w*|give|given|"
                             r"gave|gets?|got|getting|handed|secured|securing|"
                             r"announc(?:e|es|ed|ing)|ring-?fenc\w*|earmark\w*|unveil\w*|promis\w*|inject\w*|uplift|"
                             r"confirm(?:s|ed|ing)?|to\s+support|(?:will|to|would)\s+share|put(?:s|ting)(?=\s+$)|"
                             r"shared\s+(?:between|among))\b", re.IGNORECASE)),
)
# An amount no cue classifies, joined to the amount before it in its sentence, is of that one's kind and funder: "The
# department has awarded £4m to Northby, and £2m to Southby", "£555m … alongside £560m to refurbish homes".
COORDINATED = re.compile(r"^[^.;£]{0,120}?(?:\b(?:and|alongside|plus|as\s+well\s+as|with\s+a\s+further)\b|,)"
                         r"[^.;£,]{0,25}$", re.IGNORECASE)
# The parts of a sum listed right after it in its sentence are of its kind, and of its period when they state none:
# "£11.8million of reductions to the portfolio budgets, including £4.4million from children's services, and
# £3.9million from adults services", "£0.47m, 2017-18 Savings Proposals (£0.15m School Improvement, £0.243m Youth
# Offending)": a list opened by "including", "of which" or a bracket after the whole (PART_OPENER), its later items
# joined by a comma or "and" (PART_NEXT); an item may be approximate ("including roughly £2bn to build …").
_PART_APPROXIMATE = APPROXIMATE_BEFORE.pattern.removesuffix(r"\s*$") + r"\s+"
PART_OPENER = re.compile(rf"^[^.;£()]{{0,120}}?(?:\b(?:including|of\s+which)\s*|\(\s*)(?:{_PART_APPROXIMATE})?$",
                         re.IGNORECASE)
PART_NEXT = re.compile(rf"^[^.;:£()]{{0,80}}?(?:,|\band)\s*(?:{_PART_APPROXIMATE})?$", re.IGNORECASE)
# An amount no kind cue classifies is still money the article states ("Councils have been promised £45m", "who
# put £53m into it"): kept as unclassified, and without a funder, unless it is under SMALLEST_UNCLASSIFIED pounds
# (prices and per-head figures: "the 2025 edition £949").
UNCLASSIFIED = "unclassified"
SMALLEST_UNCLASSIFIED = 1_000
# A subheading or a standfirst is a paragraph of at most HEADING_WORDS words that does not close like a sentence
# ("One child cost a council £63,000 a week and placements have shot up to more than 1,500 from 120 five years ago").
HEADING_WORDS = 35
SENTENCE_CLOSE = re.compile(r"[.!?…][\"'”’)\]]*\s*$")
# An allocation stated before a cost of the same clause makes the cost that allocation's: "which the DfE is funding
# 47 councils to deliver, at a cost of £22m".
ALLOCATION_BEFORE_COST = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would)\s+(?:been\s+)?"
                                    r"(?:fund(?:ing|ed)|allocat\w+|provid\w+|commit(?!tees?\b)\w+|invest\w+)\b", re.IGNORECASE)
# The organisation that gives an allocation: the subject of a giving verb between it and the amount ("The
# Department for Education has awarded £4.4m", "the Northby Trust will invest over £2m", "Westshire Council has
# backed a £20m budget", "the council has signed off an outlay of £1.5m"; not "backed calls for £2bn"), unless the
# text between
# says it receives ("Bracknell Forest Council has received £2.4m", "the charity, which won a £1.7m contract"); or
# the agent after the amount ("£45m, funded by the Northby Trust", "£3m provided by the council", "£2m from the
# council", "£45m, which the Department for Education announced").
GIVER_BETWEEN = re.compile(r"^[^.;£]{0,80}?\b(?:allocat\w*|invest\w*|provid(?!ers?\b)\w*|commit(?!tees?\b)\w*|"
                           r"giv(?:e|es|ing)|gave|"
                           r"award(?:s|ed|ing)?|grant(?:s|ed|ing)?|pledg\w*|fund(?:s|ed|ing)?|announc\w*|"
                           r"set(?:s|ting)?\s+aside|earmark\w*|put(?:s|ting)?|confirm\w*|unveil\w*|offer\w*|"
                           r"inject\w*|promis\w*|approv(?:e|es|ed|ing)|ma(?:de|ke|kes|king)\s+available|"
                           r"back(?:s|ed|ing)(?!\s+(?:the\s+)?(?:calls?|demands?|campaigns?|plans?)\b)|"
                           r"sign(?:s|ed|ing)\s+off)\b[^.;£]{0,60}$",
                           re.IGNORECASE)
# An organisation governed by a preposition is not the subject that gives: "Delivering the spending review in the
# House of Commons yesterday, the Chancellor announced £555m", "Speaking at the Local Government Association
# conference, the minister confirmed £20m".
GIVER_GOVERNED = re.compile(r"\b(?:in|at|to|for|with|on|into|within|across|before|about)\s+(?:the\s+)?$",
                            re.IGNORECASE)
RECEIVER_BETWEEN = re.compile(r"\b(?:receiv\w*|got|gets?|getting|won|wins?|winning|secur\w*|bid\w*|appl(?:y|ied|ies)|"
                              r"been\s+(?:given|awarded|granted|allocated|offered|promised|handed)|campaign\w*|"
                              r"call(?:s|ed)?\s+for|welcom\w*|criticis\w*)\b", re.IGNORECASE)
GIVER_AGENT_BEFORE = re.compile(r"^[^.;£]{0,60}?\b(?:(?:funded|provided|allocated|awarded|given|granted|pledged|"
                                r"committed|announced|backed|paid)\s+by|from)\s+(?:the\s+)?$", re.IGNORECASE)
# A body named in a relative clause after the amount, then a giving verb: "£45m, which the Department for Education
# announced on Tuesday".
GIVER_RELATIVE_BEFORE = re.compile(r"^[^.;£]{0,40}?\b(?:which|that)\s+(?:the\s+)?$", re.IGNORECASE)
GIVER_VERB_AFTER = re.compile(r"^\s+(?:has\s+|have\s+|had\s+|will\s+|is\s+|was\s+)?(?:also\s+)?(?:allocat\w*|"
                              r"invest\w*|provid\w*|commit(?!tees?\b)\w*|gave|given|award\w*|grant\w*|pledg\w*|fund\w*|"
                              r"announc\w*|set\s+aside|earmark\w*|confirm\w*|unveil\w*|promis\w*)\b", re.IGNORECASE)
# Offices and budgets of the government in office, which fund what they allocate: "the Chancellor allocated £250m",
# "the Budget also pledged an extra £1.3bn", "the Spending Review confirmed £560m", "the Education Secretary
# announced £45m", "“We are investing £45m,” the minister said" (not "the shadow Chancellor", "the former
# Education Secretary", "the Welsh minister").
GOVERNMENT_OFFICE = re.compile(
    r"(?<!shadow )(?<!former )(?<!Welsh )(?<!Scottish )\b(?:the\s+)?(?:Chancellor(?:\s+of\s+the\s+Exchequer)?|"
    r"Prime\s+Minister|(?:Education|Health|Housing)\s+Secretary|Secretary\s+of\s+State\s+for\s+Education|"
    r"(?:[Cc]hildren[’']s\s+|[Ee]ducation\s+|[Ss]chools\s+)?(?<!Prime )[Mm]inister(?!s)|"
    r"(?:Autumn\s+|Spring\s+)?Budget|Spending\s+Review|Autumn\s+Statement)\b")
# "Government" after a devolved or another country's name is not the UK government in office: "The Welsh Government
# has committed £68m" (its funder is the body the text names, if any).
OTHER_GOVERNMENT_BEFORE = re.compile(r"\b(?:Welsh|Scottish|Northern\s+Ireland|Irish|Stormont|French|German|US|"
                                     r"American|Australian|Canadian|local)\s+$", re.IGNORECASE)
# How many sentences back an allocation's funder carries to an allocation whose sentence names none.
FUNDER_REACH_SENTENCES = 2
# A cost stated as a fact is spending: "The average weekly cost of an agency social worker is £1,800", "the cost of
# the transfer was £83,000" (not "costs of, I think, more than £2.4 billion").
COST_STATED = re.compile(r"\bcosts?\s+of\b[^,;£]{0,60}?\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:now\s+)?"
                         r"(?:(?:about|around|more\s+than|over|under|nearly|almost|at\s+least|some)\s+)?$",
                         re.IGNORECASE)
# The kinds that have a funder (an allocation or a commitment); the others are figures about money.
FUNDED_KINDS = frozenset({"allocated"})
# How far before an amount its kind cue may be; a specific kind (recommended, estimated need, cut) within
# KIND_PRIORITY_REACH beats a nearer generic one: "need an extra £5bn" is a need, not an "extra" allocation.
KIND_REACH = 90
KIND_PRIORITY_REACH = 40
# A kind cue right after the amount decides it: "£2.6 billion over four years recommended by the IRCSC", "£3.4bn in
# additional pressures" (not an adjective: "committed £200m to testing the proposed changes"), "£816 million more than
# authorities budgeted for" and "£2m over budget" (an overspend), "£253.5m previously spent on the Supporting Families
# programme" (not "£45m to be spent on hubs").
KIND_AFTER = re.compile(r"^[^,;.£]{0,30}?\b(?:(?P<recommended>recommended(?!\s+(?:changes|reforms|measures))|"
                        r"proposed\s+by|called\s+for)|"
                        r"(?P<shortfall>shortfall|funding\s+gap|gap|black\s+hole|deficit|overspend|"
                        r"more\s+than\s+(?:\w+\s+){0,2}(?:had\s+)?(?:budgeted|planned)|"
                        r"over\s+(?:(?:its|their|the)\s+)?budget)|"
                        r"(?P<need>(?:additional\s+|extra\s+)?(?:pressures?|needed|required))|"
                        r"(?P<spent>(?<!be )(?:previously\s+|already\s+)?spent))\b", re.IGNORECASE)
# "cost" right after the amount names it as what something costs: "the £16,596 cost per child per week" is spending
# (not "£2m to cover the cost of …").
COST_RIGHT_AFTER = re.compile(r"^\s+cost(?:s)?\b", re.IGNORECASE)
# "costing" or "cost" right before the amount, and whom it costs, names the amount as what something costs, whatever
# cue stands further back: "the plan aims to reduce illegal placements costing councils £440m annually" is spending
# (not a cut), as is "had been costing the authority £85,000 a week" (not "to cover the cost of £2m").
COST_RIGHT_BEFORE = re.compile(r"\bcost(?:s|ing)?\s+(?:(?!(?:of|to|for|in|on)\b)[\w'’]+\s+){0,2}"
                               r"(?:(?:approximately|about|around|nearly|almost|some|over|more\s+than)\s+)?$",
                               re.IGNORECASE)
# "cut" or "reduction" right after the amount names it as a cut: "funding for councils will fall by 24%, a £4.1 billion
# cut", "a £200m real-terms reduction", "the £685m of cuts already planned", "more than £900m of reductions", "a
# further £233m of unplanned cuts" (not "£50m to cut waiting lists", "£50m of new funding to cut waiting lists").
CUT_RIGHT_AFTER = re.compile(r"^\s+(?:(?:real[\s-]terms\s+)?cut|(?:real[\s-]terms\s+)?reduction|"
                             r"of\s+(?:(?!(?:to|for|and|in)\b)[‘'\"]?\w+[’'\"]?\s+){0,3}(?:cuts|reductions))\b",
                             re.IGNORECASE)
KIND_AFTER_GROUPS = {"recommended": "recommended", "shortfall": "shortfall", "estimated need": "need", "spent": "spent"}
# A sentence that opens by referring back to money stated before it, and may give its period or take its funder:
# "The money will be paid over three years", "It will be spread across 2025-26 and 2026-27", "The new investment
# builds on …".
MONEY_ANAPHOR = re.compile(r"^(?:The|This|That)\s+(?:new\s+|extra\s+|additional\s+|latest\s+)?"
                           r"(?:money|funding|cash|investment|sum|grant|allocation|pot)\b|"
                           r"^It\s+will\s+be\s+(?:paid|spent|spread|split|shared|given|allocated)\b")
# A clause mark between a period and the amount hides the period when a contrast or a new clause follows it ("£6m
# over the past two years, and we will put £2m into recruitment"): in "for 2025-26, of which
# at least £500m", 2025-26 belongs to the first amount; in "In 2024-25, £5m went to…" it belongs to £5m.
CLAUSE_MARK = re.compile(r"[,;:]\s*(?:part\s+of|beyond|short\s+of|compared\s+with|than|while|whereas|but|"
                         r"on\s+top\s+of|in\s+addition\s+to|"
                         r"and\s+(?:we|it|they|he|she|ministers|the\s+\w+)\s+(?:will|would|has|have|had|is|are|was|"
                         r"were|also)\b)\b[^,;:]*$", re.IGNORECASE)

# A contrast after the amount starts another clause, whose period is not the amount's: "the increase in 2023/24 would
# only be £20m, while in 2024/25 funding will drop by £10m" (CLAUSE_MARK is the same boundary before an amount).
CONTRAST_AFTER = re.compile(r"[,;]\s*(?:while|whereas|but|although|though)\b", re.IGNORECASE)

# A sum stated again is one record when the text refers back to it ("the £44m was part of …", "how the more than
# £250m will be spent", "the single £63,000-a-week outlay", "this £555m"; not the conjunction in "added that £555m")
# or its purpose is one: none stated for one of them, or a content word in common ("£555m in transformation
# funding" … "£555m from the Transformation Fund"; words of every purpose in this domain do not count).
AMOUNT_REFERRED_BACK = re.compile(r"\b(?:the|this)\s+(?:(?:more\s+than|over|almost|nearly|single|same|whole|full|"
                                  r"entire|promised|extra|additional|new)\s+)*$", re.IGNORECASE)
# A sum introduced as one more is a record of its own, never a restatement of the same figure before it: "will
# launch a £500m fund … plan to raise a further £500m from investors", "invested £2m … will invest another £2m".
NEW_SUM_BEFORE = re.compile(r"\b(?:a\s+further|another|an\s+(?:additional|extra)|a\s+second)\s+"
                            r"(?:(?:more\s+than|over|almost|nearly|up\s+to|around|about|some)\s+)?$", re.IGNORECASE)
PURPOSE_WORD = re.compile(r"[a-z]+")
PURPOSE_STOPWORDS = frozenset({"with", "from", "that", "this", "their", "which", "will", "into", "more", "than",
                               "over", "children", "childrens", "care", "social", "services", "service", "council",
                               "councils", "local", "authority", "authorities", "england", "funding", "money",
                               "million", "billion", "year", "years", "support", "help", "young", "people", "families",
                               "family"})

# The purpose: a "for …" or "to …" phrase right after the amount (or its period): "£44m for kinship and foster
# care", "£15m in 2025-26 to roll them out to the rest of the country", "invest £27 million to recruit more
# foster carers", "£2bn in family help", "£6m in order to open two homes" (the purpose opens after "in order to").
PURPOSE = re.compile(rf"^(?:[^,;.–—]{{0,45}}?)\b(?:in\s+respect\s+of|in\s+order\s+to|for|to|on|in|towards)\s+"
                     rf"(?P<purpose>(?!20\d\d|{T.MONTH}\s+20\d\d)[^,;.–—()“”\"]{{3,120}})",
                     re.IGNORECASE)
# The purpose a sentence about the money states: "The money will fund 40 family hubs", "The funding will be used to
# recruit foster carers", "This investment will go towards secure children's homes".
PURPOSE_IN_NEXT_SENTENCE = re.compile(
    r"^\w+\s+(?:\w+\s+)?(?:money|funding|cash|investment|sum|grant|allocation|pot)\s+"
    r"(?:will|would|is\s+to|is\s+going\s+to)\s+(?:be\s+used\s+(?:to|for)\s+|be\s+spent\s+on\s+|go\s+(?:to|towards)\s+|"
    r"fund\s+|pay\s+for\s+|support\s+|help\s+)(?P<purpose>[^.;]{3,160})", re.IGNORECASE)
# Purposes that are really periods or amounts: "to 2025-26", "to £7bn", "in the past two years", "in the year
# 2020-21", "in total", "for the 2025/26 financial year", "in cash terms", "for the first two years", "for a two year
# period", "on top of";
# or the money itself: "£165m in funding for 2021 to 2022", "£20m in new funding" ("£555m in transformation funding"
# names what it is for).
PURPOSE_NOT = re.compile(r"^(?:(?:the\s+)?20\d\d|£|(?:the\s+)?financial\s+year|(?:cash|real)\s+terms|top\s+of\b|"
                         r"the\s+(?:next|following|coming|past|last|first)\s+(?:\w+\s+)?(?:years?|decade)|"
                         r"\w+\s+years|a\s+year|(?:an?|the)\s+\w+[\s-]year\s+period\b|next\s+year|"
                         r"the\s+(?:financial\s+)?year\b|total\b|"
                         r"(?:new\s+|additional\s+|extra\s+)?(?:funding|money|investment|cash)$)", re.IGNORECASE)


# ---------------------------------------------------------------------------------------------------------------
# The text around a match: what the step reads next to it

# A time phrase ending a purpose: " over the next three years" in "to recruit foster carers over the next
# three years", " in 2026", " for 2019/20", " up to 2029", " over the current spending review period", " in the last
# year" ("£15 million over its budget for children's services in the last year according to a report"), " in the
# last financial year".
PURPOSE_TIME_TAIL = re.compile(r"\s+(?:(?:over|in|from|during|for)\s+(?:the\s+next\s+)?(?:20\d\d|\w+\s+years)|"
                               r"(?:over|across|during)\s+(?:the|this)\s+(?:current\s+)?spending\s+review|"
                               r"(?:in|during|for)\s+(?:the\s+)?(?:last|this|next|current|past|previous)\s+"
                               r"(?:financial\s+)?year|"
                               r"(?:up\s+to|until)\s+20\d\d)\b")
