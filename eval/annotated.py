"""What the scorers share: the article an annotation file names, precision/recall/F1 from counts, and a period's
comparison key."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

from cscgraph.ingest import read_file
from cscgraph.models import Article

ROOT = Path(__file__).resolve().parent.parent


def annotated_article(gold: dict[str, Any]) -> Article:
    """The one article an annotation names by `source` (and `url`, for a feed file holding several)."""
    articles = [a for a in read_file(ROOT / gold["source"]) if isinstance(a, Article)]
    if gold.get("url"):
        articles = [a for a in articles if a.url == gold["url"]]
    if len(articles) != 1:
        raise SystemExit(f"{gold['source']}: {len(articles)} articles match url {gold.get('url')!r}; expected 1")
    return articles[0]


def prf(counts: Counter[str]) -> dict[str, float]:
    """Precision, recall and F1 (1.0 where nothing was predicted or expected) with the counts behind them."""
    p = counts["correct"] / counts["predicted"] if counts["predicted"] else 1.0
    r = counts["correct"] / counts["gold"] if counts["gold"] else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f1, 4), "gold": counts["gold"],
            "predicted": counts["predicted"], "correct": counts["correct"]}


_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")


def period_key(period: str | None) -> str | None:
    """A period for comparison: case, dashes, a leading "the" and "the next/following/coming/past/last" in a duration
    do not matter ("2025–26" = "2025-26", "over the next two years" = "over two years", "over the past two years" =
    "over two years": the annotations write a duration's length, not its direction); nor does a duration's "over"
    ("over two months" = "two months"); and a span of years is one span however its ends are written ("2015 to 2019"
    = "2015-19", "2010-11 to 2015-16" = "2010-16": the first year of the first to the last of the last).

    A number of a duration is one number in words or figures ("ten years" = "10 years"), a rate one rate however
    it is put ("per week" = "a week"), and "across" a span is "over" it ("across this parliament").

    >>> [period_key(p) for p in ("2015 to 2019", "2015-19", "2010-11 to 2015-16", "2010–16", "over two months")]
    ['2015-19', '2015-19', '2010-16', '2010-16', '2 months']
    >>> [period_key(p) for p in ("ten years", "per week", "across this parliament", "over this parliament")]
    ['10 years', 'a week', 'this parliament', 'this parliament']
    """
    if not period:
        return None
    period = re.sub(r"^the ", "", re.sub(r"[\u2010-\u2015]", "-", period.strip().lower()))
    period = re.sub(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?= (?:years?|months?|weeks?|"
                    r"days?|decades?|parliaments?)\b)", lambda m: str(_NUMBER_WORDS.index(m[0]) + 1), period)
    period = re.sub(r"^per (?=(?:year|month|week|day|hour|annum)\b)", "a ", period)
    period = re.sub(r"^across ", "over ", period)
    period = re.sub(r"\b(?:the |next |following |coming |past |last |previous )+(?=\w+ years?\b)", "", period)
    period = re.sub(r"^over (?=\w+ (?:years?|months?|weeks?|days?|decades?|parliament)$)", "", period)
    return re.sub(r"^(20\d\d)(?:-\d\d)? to (20\d\d)(?:-(\d\d))?$", lambda m: f"{m[1]}-{m[3] or m[2][2:]}", period)
