"""Train the learned document detector (`src/cscgraph/extract/models/documents.json`) from the dev half of eval/real.

Every span `document_candidates` offers in a dev article (a span shaped like a document's name that no rule took) is
an example, labelled right when its name is an annotated document's, by the scorer's own name keys and shorter-form
pairing (`score_real.NameKeys`, `same_title`); its group is the article's publisher. Features seen in fewer than
`MIN_COUNT` examples are dropped (a rare lowercase word says nothing general). `C` and `THRESHOLD` were chosen by
grouped cross-validation (`--cv` prints it): the threshold is the lowest that keeps precision >= 0.85 on publishers
held out. Run: `python eval/train_documents.py` (writes the model), `--cv` (prints the cross-validation table).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from learn import Example, cross_validate, fit  # noqa: E402 - beside this script
from score_real import REAL, REFERENCE, NameKeys, _title_words, same_title, split_ids  # noqa: E402

from cscgraph.extract.actors import find_actors  # noqa: E402
from cscgraph.extract.documents import document_candidates  # noqa: E402
from cscgraph.extract.sentences import split_sentences  # noqa: E402
from cscgraph.ingest import read_file  # noqa: E402
from cscgraph.models import Article  # noqa: E402
from cscgraph.pipeline import load_gazetteer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "src" / "cscgraph" / "extract" / "models" / "documents.json"
MIN_COUNT = 3
C = 0.3
THRESHOLD = 0.8
WITH_TAKEN = True
FOLDS = 5
NOTE = ("Learned document detector (eval/train_documents.py): candidates from document_candidates.py in the dev half "
        "of eval/real, labelled by the annotated documents; retrain with `make models`.")


def examples() -> list[tuple[Example, bool]]:
    """One example per candidate in every dev article, in article and text order, then the article's documents the
    rules named (marked True: taken), whose names teach the model what a title looks like."""
    keys = NameKeys.from_reference(REFERENCE)
    gazetteer = load_gazetteer()
    out: list[Example] = []
    for article_id in sorted(split_ids("dev")):
        gold = json.loads((REAL / "annotations" / f"{article_id}.json").read_text(encoding="utf-8"))
        wanted = {k for d in gold.get("documents", []) if (k := keys.key(d["name"]))}
        article = next(a for a in read_file(REAL / "articles" / f"{article_id}.txt") if isinstance(a, Article))
        sentences = split_sentences(article.body)
        matches = gazetteer.find(article.body)
        actors = find_actors(article, sentences, matches, gazetteer)
        for entity, features, taken in document_candidates(article, sentences, matches, gazetteer, actors):
            key = keys.key(entity.label)
            right = key in wanted or any(same_title(key, g, keys) and _covers(key, g) for g in wanted)
            out.append((Example(features, right, gold["publisher"]), taken))
    seen = Counter(name for e, _ in out for name in e.features)
    return [(Example({n: v for n, v in e.features.items() if seen[n] >= MIN_COUNT}, e.label, e.group), taken)
            for e, taken in out]


def _covers(candidate: str, gold: str) -> bool:
    """Whether a candidate's name holds at least half the words of the annotated name it is a shorter form of: "Care
    Offer Savings Plan" for "care offer savings plan 2024", not "Children's Social Care" for every longer title."""
    return 2 * len(_title_words(candidate)) >= len(_title_words(gold))


def train(out: Path = MODEL) -> None:
    """Write the shipped model (deterministic: same data, same bytes)."""
    fit([e for e, taken in examples() if WITH_TAKEN or not taken], out, THRESHOLD, C, NOTE)


def _cv_table(data: list[tuple[Example, bool]]) -> None:
    """Precision and recall on publishers held out, of the candidates only (what the model decides at run time), by
    training set (candidates, or candidates and the rules' documents), C and threshold."""
    candidates = [e for e, taken in data if not taken]
    positives = sum(e.label for e in candidates)
    print(f"{len(candidates)} candidates, {positives} right; {len(data) - len(candidates)} documents the rules named; "
          f"{len({n for e, _ in data for n in e.features})} features")
    print(f"{'with rules':>10} {'C':>5} {'thr':>5} {'P':>6} {'R':>6} {'acc':>6} {'kept':>5}")
    for with_taken in (True,) if WITH_TAKEN else (False, True):
        for c in (0.1, 0.3, 1.0):
            scored = [(p, e) for p, e in cross_validate([e for e, t in data if with_taken or not t], FOLDS, c)
                      if any(e is x for x in candidates)]
            for threshold in (0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9):
                kept = [e for p, e in scored if p >= threshold]
                right = sum(e.label for e in kept)
                accuracy = sum((p >= threshold) == e.label for p, e in scored) / len(scored)
                print(f"{with_taken!s:>10} {c:5.1f} {threshold:5.2f} {right / max(1, len(kept)):6.3f} "
                      f"{right / max(1, positives):6.3f} {accuracy:6.3f} {len(kept):5}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv", action="store_true", help="print grouped cross-validation by C and threshold")
    args = parser.parse_args(argv)
    if args.cv:
        _cv_table(examples())
        return 0
    MODEL.parent.mkdir(parents=True, exist_ok=True)
    train()
    print(f"wrote {MODEL.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
