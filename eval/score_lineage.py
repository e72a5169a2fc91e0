"""Precision and recall of lineage edges and funding streams against the hand annotations in `eval/lineage/`.

Each annotation file names one article (its source file, and its URL when the file holds several) and lists, as a
reader found them, the lineage edges (subject, relation, object, measure: by canonical name or alias of the
reference data, or `kind/slug`) and the funding amounts (GBP, period, approximate). This script runs the real
extraction (`cscgraph.extract.extract_article`) on each article and compares:

- lineage: the set of (subject, relation, object, measure) edges of each article; an edge is right only when all
  four match (measure None on both sides counts as a match);
- funding: the multiset of (amount, period) of each article; a stream is right when both the amount (to the pound)
  and the period (compared by `annotated.period_key`, as the real-article scorer does) match; `approximate` is
  reported as the share right among matched streams.

Run `python eval/score_lineage.py` (add `-v` to list misses and false alarms). `score()` returns the numbers that
`tests/test_eval_lineage.py` compares with `eval/floors_lineage.json`.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from annotated import annotated_article, period_key, prf  # noqa: E402 - shared by both scorers, beside them

from cscgraph.extract import extract_article
from cscgraph.extract.gazetteer import Gazetteer

from cscgraph.rdf import load_reference

ROOT = Path(__file__).resolve().parent.parent
ANNOTATIONS = ROOT / "eval" / "lineage"
REFERENCE = ROOT / "ontology" / "reference"

Edge = tuple[str, str, str, str | None]


def score(verbose: bool = False) -> dict[str, dict[str, float]]:
    """{"lineage": {precision, recall, f1, gold, predicted, correct}, "funding": {…, approximate_accuracy}}."""
    gazetteer = Gazetteer(load_reference(REFERENCE))
    lineage = Counter[str]()
    funding = Counter[str]()
    for path in sorted(ANNOTATIONS.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        article = annotated_article(gold)
        extraction = extract_article(article, gazetteer)
        _score_lineage(path.name, gold, extraction.lineage, gazetteer, lineage, verbose)
        _score_funding(path.name, gold, extraction.funding, funding, verbose)
    out = {"lineage": prf(lineage), "funding": prf(funding)}
    out["funding"]["approximate_accuracy"] = (funding["approx_right"] / funding["correct"]
                                              if funding["correct"] else 1.0)
    return out



def _ref(name: str | None, gazetteer: Gazetteer) -> str | None:
    if name is None:
        return None
    if "/" in name and name.split("/", 1)[0] in ("policy", "statute", "measure", "programme", "organisation"):
        return name
    entity = gazetteer.lookup(name)
    if entity is None:
        raise SystemExit(f"annotation names {name!r}, which reference data does not know; use kind/slug")
    return str(entity.ref)


def _score_lineage(name: str, gold: dict[str, Any], claims: tuple, gazetteer: Gazetteer, counts: Counter[str],
                   verbose: bool) -> None:
    expected: set[Edge] = {(_ref(e["subject"], gazetteer), e["relation"], _ref(e["object"], gazetteer),  # type: ignore[misc]
                            _ref(e.get("measure"), gazetteer)) for e in gold["lineage"]}
    found: set[Edge] = {(str(c.subject), c.relation, str(c.object), str(c.measure) if c.measure else None)
                        for c in claims}
    _count(counts, len(expected), len(found), len(expected & found))
    if verbose:
        for edge in sorted(expected - found, key=str):
            print(f"{name}: MISSED lineage {edge}")
        for edge in sorted(found - expected, key=str):
            evidence = next(c.evidence.text for c in claims if (str(c.subject), c.relation, str(c.object),
                                                                 str(c.measure) if c.measure else None) == edge)
            print(f"{name}: EXTRA  lineage {edge}  | {evidence[:140]}")


def _score_funding(name: str, gold: dict[str, Any], streams: tuple, counts: Counter[str], verbose: bool) -> None:
    expected = Counter((round(f["amount_gbp"]), period_key(f["period"])) for f in gold["funding"])
    found = Counter((round(s.amount_gbp), period_key(s.period)) for s in streams)
    correct = expected & found
    _count(counts, sum(expected.values()), sum(found.values()), sum(correct.values()))
    approx = {(round(f["amount_gbp"]), period_key(f["period"])): f["approximate"] for f in gold["funding"]}
    for s in streams:
        key = (round(s.amount_gbp), period_key(s.period))
        if key in correct and approx.get(key) == s.approximate:
            counts["approx_right"] += 1
            correct[key] -= 1
    if verbose:
        for key in sorted((expected - found).elements(), key=str):
            print(f"{name}: MISSED funding {key}")
        for key in sorted((found - expected).elements(), key=str):
            evidence = next(s.evidence.text for s in streams if (round(s.amount_gbp), period_key(s.period)) == key)
            print(f"{name}: EXTRA  funding {key}  | {evidence[:140]}")


def _count(counts: Counter[str], gold: int, predicted: int, correct: int) -> None:
    counts["gold"] += gold
    counts["predicted"] += predicted
    counts["correct"] += correct






if __name__ == "__main__":
    results = score(verbose="-v" in sys.argv[1:])
    for task, numbers in results.items():
        print(f"{task:8} " + "  ".join(f"{k}={v}" for k, v in numbers.items()))
