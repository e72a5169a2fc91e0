"""Precision and recall of quotes, speakers, roles, people and bodies against the hand annotations in
`eval/attribution/`.

Each annotation file names one article: a corpus file and its URL (feeds hold several), or a hand-written
article in `eval/articles/` (plain-text header format). It lists, as a reader found them:

- `quotes`: the words inside the marks (`text`), the `speaker` (canonical name, reference label or alias, or
  `kind/slug`; null when the text names nobody), and where the article gives the speaker's capacity, `role` and
  `organisation` (null when it gives none). A quote is a passage that reproduces someone's words: three or more
  words, or a shorter one introduced as a label ("described it as “reckless”") or, of two words or more, standing
  in reported speech ("BASW warned this could create a “postcode lottery”", as ANNOTATION.md has it); other short
  fragments and defined terms are scare quotes.
- `people` and `bodies`: every named person and named body (canonical names, as above). Bodies include a government
  named as such ("the Labour government", "the Conservatives") or as "the government" outside quotation marks (the
  administration in office, as ANNOTATION.md's speaker rule reads it), and a party named as an affiliation ("Labour MP");
  a place standing for its council ("Doncaster took its services back") is not counted.

Matching and fields:
- quote spans: a predicted quote matches an annotated one when their texts, with whitespace and trailing
  punctuation normalised, are equal or one contains the other and the shorter is at least 90% of the longer
  (character overlap ≥ 90%). Precision over predicted quotes, recall over annotated ones.
- speaker: over matched quotes, the share whose predicted speaker is the annotated one (null = null).
- role/organisation: over matched quotes whose annotation has a `role` key; a prediction is right when the role
  (lower case) and the organisation both match. Precision over those with a predicted role, recall over those with
  an annotated role.
- people, bodies: the set of entities of the article (predicted `person` / `organisation` entities) against the
  annotated names, compared by slug.

Run `python eval/score_attribution.py` (add `-v` to list misses and false alarms). `score()` returns the numbers
`tests/test_eval_attribution.py` compares with `eval/floors_attribution.json`.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from annotated import annotated_article, prf  # noqa: E402 - shared by both scorers, beside them

from cscgraph.extract import extract_article
from cscgraph.extract.gazetteer import Gazetteer
from cscgraph.extract.slugs import slugify
from cscgraph.models import EntityRef, Extraction
from cscgraph.rdf import load_reference

ROOT = Path(__file__).resolve().parent.parent
ANNOTATIONS = ROOT / "eval" / "attribution"
REFERENCE = ROOT / "ontology" / "reference"
FIELDS = ("quotes", "speaker", "role", "people", "bodies")


def score(verbose: bool = False) -> dict[str, dict[str, float]]:
    """{field: {precision, recall, f1, gold, predicted, correct}} over every annotated article."""
    gazetteer = Gazetteer(load_reference(REFERENCE))
    counts = {f: Counter[str]() for f in FIELDS}
    for path in sorted(ANNOTATIONS.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        extraction = extract_article(annotated_article(gold), gazetteer)
        _score_article(path.name, gold, extraction, gazetteer, counts, verbose)
    return {f: prf(c) for f, c in counts.items()}



def _slug(name: str | None, gazetteer: Gazetteer) -> str | None:
    if name is None:
        return None
    if "/" in name:
        return name.split("/", 1)[1]
    entity = gazetteer.lookup(name)
    return entity.ref.slug if entity is not None else slugify(name)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("’", "'")).strip(" ,.;:")


def _same_quote(a: str, b: str) -> bool:
    a, b = _norm(a), _norm(b)
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return bool(short) and short in long and len(short) >= 0.9 * len(long)


def _score_article(name: str, gold: dict[str, Any], x: Extraction, gazetteer: Gazetteer,
                   counts: dict[str, Counter[str]], verbose: bool) -> None:
    predicted = list(x.quotes)
    used: set[int] = set()
    c = counts["quotes"]
    c["gold"] += len(gold["quotes"])
    c["predicted"] += len(predicted)
    for q in gold["quotes"]:
        match = next((i for i, p in enumerate(predicted) if i not in used and _same_quote(p.text, q["text"])), None)
        if match is None:
            _say(verbose, name, "missed quote", q["text"][:90])
            continue
        used.add(match)
        c["correct"] += 1
        _score_speaker(name, q, predicted[match], gazetteer, counts, verbose)
    for i, p in enumerate(predicted):
        if i not in used:
            _say(verbose, name, "false quote", f"{p.text[:90]!r} ({p.speaker})")
    _score_set(name, "people", {_slug(n, gazetteer) for n in gold["people"]},
               {e.ref.slug for e in x.entities if e.ref.kind == "person"}, counts, verbose)
    _score_set(name, "bodies", {_slug(n, gazetteer) for n in gold["bodies"]},
               {e.ref.slug for e in x.entities if e.ref.kind == "organisation"}, counts, verbose)


def _score_speaker(name: str, q: dict[str, Any], p, gazetteer: Gazetteer, counts: dict[str, Counter[str]],
                   verbose: bool) -> None:
    s = counts["speaker"]
    want = _slug(q["speaker"], gazetteer)
    got = p.speaker.slug if p.speaker is not None else None
    s["gold"] += 1
    s["predicted"] += 1
    if want == got:
        s["correct"] += 1
    else:
        _say(verbose, name, "wrong speaker", f"{got} for {want}: {q['text'][:60]!r}")
    if "role" not in q:
        return
    r = counts["role"]
    want_role = (_role(q["role"]), _slug(q.get("organisation"), gazetteer))
    got_role = (_role(p.role), p.organisation.slug if isinstance(p.organisation, EntityRef) else None)
    r["gold"] += want_role[0] is not None
    r["predicted"] += got_role[0] is not None
    if want_role[0] is not None and want_role == got_role:
        r["correct"] += 1
    elif want_role != got_role:
        _say(verbose, name, "wrong role", f"{got_role} for {want_role}: {q['text'][:50]!r}")


def _role(role: str | None) -> str | None:
    """A role for comparison: case and apostrophe style do not matter ("MP" = "mp", "children’s" = "children's")."""
    return role.lower().replace("’", "'") if role else None


def _score_set(name: str, field: str, gold: set, predicted: set, counts: dict[str, Counter[str]],
               verbose: bool) -> None:
    c = counts[field]
    c["gold"] += len(gold)
    c["predicted"] += len(predicted)
    c["correct"] += len(gold & predicted)
    for missing in sorted(gold - predicted):
        _say(verbose, name, f"missed {field}", missing)
    for extra in sorted(predicted - gold):
        _say(verbose, name, f"false {field}", extra)


def _say(verbose: bool, name: str, what: str, detail: str) -> None:
    if verbose:
        print(f"  {name}: {what}: {detail}")




def main(argv: list[str]) -> None:
    results = score(verbose="-v" in argv)
    print(f"{'field':<10} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6} {'pred':>6} {'right':>6}")
    for field, r in results.items():
        print(f"{field:<10} {r['precision']:>6.3f} {r['recall']:>6.3f} {r['f1']:>6.3f} "
              f"{r['gold']:>6} {r['predicted']:>6} {r['correct']:>6}")
    print("quotes: exact text or ≥90% character overlap; speaker: share right of matched quotes")


if __name__ == "__main__":
    main(sys.argv[1:])
