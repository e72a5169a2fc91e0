"""Train the speaker ranker (`src/cscgraph/extract/speaker_ranker.py`) on the dev half of `eval/real` and the
corpus's annotations (`eval/attribution`); never the test half.

For each article the extractor runs as it ships, with the ranker's hook recording, per quote, the candidates and
the rules' attribution (the rules alone decide, so what is recorded does not depend on an earlier model). A quote
the extractor found is matched to an annotated one as the scorers match them, and each candidate is labelled by
whether it is the annotated speaker: for `eval/real`, by `score_real.NameKeys` (a document paired with the
annotated one as `score_real` pairs them); for the corpus, by slug as `score_attribution` compares them; "unnamed"
when the annotation names nobody. The cross-validation group is the publisher (the corpus's: its site).

    python eval/train_speakers.py            # cross-validation by publisher, then writes models/speakers.json
    python eval/train_speakers.py --cv-only  # only the figures

The figures compare, on the same quotes, the rules, the model alone, the shipped combination (the rules where they
find an attribution, else the model) and the model overriding the rules, each fold's model trained without the
fold's publishers. C and THRESHOLD were chosen on them.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from unittest import mock
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))
from annotated import annotated_article  # noqa: E402 - the trainer's tools, beside it
from learn import Example, cross_validate, fit  # noqa: E402
from score_attribution import ANNOTATIONS as ATTRIBUTION, _slug  # noqa: E402
from score_real import REAL, REFERENCE, NameKeys, aligned, article_key, same_quote, split_ids  # noqa: E402

from cscgraph.extract import extract_article, quotes  # noqa: E402
from cscgraph.extract.governments import GOVERNMENT_REFS  # noqa: E402
from cscgraph.extract.linear import MODELS  # noqa: E402
from cscgraph.extract.speaker_ranker import MODEL, candidates, unlikely  # noqa: E402
from cscgraph.extract.speakers import Attribution  # noqa: E402
from cscgraph.ingest import read_file  # noqa: E402
from cscgraph.models import DOCUMENT_KINDS, Article, EntityRef, Extraction  # noqa: E402
from cscgraph.pipeline import load_gazetteer  # noqa: E402

C = 0.3
THRESHOLD = 0.2
"""The lowest probability at which the best named candidate is taken; chosen by the cross-validation below."""
FOLDS = 5


@dataclass(frozen=True)
class Case:
    """One quote the extractor found that matches an annotated one: its candidates (None is "unnamed") with
    features and labels, the rules' speaker, whether it is right and the rules' cue (None: no attribution found),
    and the article's publisher."""

    article: str
    group: str
    candidates: tuple[tuple[EntityRef | None, dict[str, float], bool], ...]
    rules: EntityRef | None
    rules_right: bool
    rules_cue: str | None = None


def cases() -> list[Case]:
    """The dev half's matched quotes, then the corpus's (`eval/attribution`)."""
    keys = NameKeys.from_reference(REFERENCE)
    gazetteer = load_gazetteer()
    out: list[Case] = []
    for article_id in sorted(split_ids("dev")):
        gold = json.loads((REAL / "annotations" / f"{article_id}.json").read_text(encoding="utf-8"))
        article = next(a for a in read_file(REAL / "articles" / f"{article_id}.txt") if isinstance(a, Article))
        out += _real_cases(article_id, article, gold, gazetteer, keys)
    for path in sorted(ATTRIBUTION.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        article = annotated_article(gold)
        recorded, _ = _recorded(article, gazetteer)
        group = urlsplit(article.url).netloc.removeprefix("www.") if article.url else "eval/articles"
        out += _matched(path.stem, group, recorded, gold["quotes"], same_quote,
                        lambda name: _slug(name, gazetteer), lambda ref: ref.slug if ref is not None else None)
    return out


def _recorded(article: Article, gazetteer) -> tuple[list[tuple[str, list, Attribution]], Extraction]:
    """The article's extraction, and per quote the rules chose a speaker for: its words, candidates and the rules'
    attribution."""
    recorded: list[tuple[str, list, Attribution]] = []

    def record(ctx, passage, found):
        recorded.append((ctx.body[passage.start:passage.end], candidates(ctx, passage.open_at, passage.after), found))
        return found

    with mock.patch.object(quotes, "decide", record):
        extraction = extract_article(article, gazetteer)
    return recorded, extraction


def _real_cases(article_id: str, article: Article, gold: dict, gazetteer, keys: NameKeys) -> list[Case]:
    recorded, extraction = _recorded(article, gazetteer)
    labels = {e.ref: e.label for e in extraction.entities}
    key = article_key(gold, keys)

    got_documents = {key(e.label) for e in extraction.entities if e.ref.kind in DOCUMENT_KINDS}
    renamed = aligned({key(d["name"]) for d in gold.get("documents", [])}, got_documents, keys)

    def ref_key(ref: EntityRef | None) -> str | None:
        if ref is None:
            return None
        if ref in GOVERNMENT_REFS:
            return "government"
        k = key(labels.get(ref, ref.slug))
        return renamed.get(k, k)

    return _matched(article_id, gold["publisher"], recorded, gold["quotes"], same_quote, key, ref_key)


def _matched(name: str, group: str, recorded: list[tuple[str, list, Attribution]], gold_quotes: list[dict],
             same: Callable[[str, str], bool], gold_key: Callable[[str | None], str | None],
             ref_key: Callable[[EntityRef | None], str | None]) -> list[Case]:
    """A Case per annotated quote matched (first unused match, as the scorers match) with a recorded one."""
    out, used = [], set()
    for gold_quote in gold_quotes:
        match = next((i for i, (text, _, _) in enumerate(recorded)
                      if i not in used and same(text, gold_quote["text"])), None)
        if match is None:
            continue
        used.add(match)
        _, found, rules = recorded[match]
        want = gold_key(gold_quote.get("speaker"))
        labelled = tuple((ref, f, ref_key(ref) == want) for ref, f in found)
        out.append(Case(name, group, labelled, rules.speaker, ref_key(rules.speaker) == want, rules.cue))
    return out


def examples(training: Sequence[Case]) -> list[Example]:
    """Every candidate of every quote (those of a quote whose speaker is no candidate all negative: they teach the
    threshold that a weak best candidate is no speaker)."""
    return [Example(f, label, case.group) for case in training for _, f, label in case.candidates]


def report(all_cases: Sequence[Case], c: float = C) -> dict[str, dict[str, dict[str, float]]]:
    """Grouped cross-validation (folds by publisher), on every matched quote and on the dev half's alone: accuracy,
    precision and recall of the speakers given by the rules, the model alone, the shipped combination (the model
    only where the rules found no attribution, `unlikely` picks refused) and the model overriding the rules
    wherever it names someone, by threshold."""
    scored = cross_validate(examples(all_cases), FOLDS, c)
    probability = {id(e.features): p for p, e in scored}
    dev = set(split_ids("dev"))
    return {"all quotes": _figures(all_cases, probability),
            "dev half": _figures([case for case in all_cases if case.article in dev], probability)}


def _figures(subset: Sequence[Case], probability: dict[int, float]) -> dict[str, dict[str, float]]:
    n = len(subset)
    silent = [case for case in subset if case.rules is None and case.rules_cue is None]
    named = sum(not any(ref is None and label for ref, _, label in case.candidates) for case in subset)
    figures: dict[str, dict[str, float]] = {"quotes": {"all": n, "rules found no attribution": len(silent),
                                                      "annotated with a named speaker": named}}
    rules = [(case.rules is not None, case.rules_right) for case in subset]
    for threshold in THRESHOLDS:
        model, combined, override = [], [], []
        for case in subset:
            ps = [probability[id(f)] for _, f, _ in case.candidates]
            pick, gated = _pick(ps, case, threshold, False), _pick(ps, case, threshold, True)
            mine = (pick is not None, case.candidates[pick][2] if pick is not None else _unnamed_right(case))
            model.append(mine)
            combined.append((gated is not None, case.candidates[gated][2] if gated is not None
                             else _unnamed_right(case)) if case.rules is None and case.rules_cue is None
                            else (case.rules is not None, case.rules_right))
            override.append(mine if pick is not None else (case.rules is not None, case.rules_right))
        figures[f"threshold {threshold}"] = {
            **_accuracy("rules", rules, named), **_accuracy("model", model, named),
            **_accuracy("combined", combined, named), **_accuracy("model overrides rules", override, named),
            "right where rules found none: rules": sum(c.rules_right for c in silent),
            "right where rules found none: combined": sum(r for (_, r), c in zip(combined, subset) if c in silent)}
    return figures


def _accuracy(name: str, decisions: Sequence[tuple[bool, bool]], named: int) -> dict[str, float]:
    """Accuracy over the quotes; precision over the quotes given a speaker, recall over those annotated with one."""
    given = [right for speaker, right in decisions if speaker]
    return {f"{name} accuracy": round(sum(r for _, r in decisions) / len(decisions), 4),
            f"{name} P": round(sum(given) / len(given), 4) if given else 1.0,
            f"{name} R": round(sum(given) / named, 4) if named else 1.0}


def _pick(probabilities: Sequence[float], case: Case, threshold: float, gated: bool) -> int | None:
    """The model's named candidate (its index), or None for "unnamed", a best candidate below `threshold` or, when
    `gated` (as `speaker_ranker.decide` takes it where the rules found nothing), one `unlikely` refuses."""
    best = max(range(len(probabilities)), key=lambda i: (probabilities[i], -i))
    ref, features, _ = case.candidates[best]
    if ref is None or probabilities[best] < threshold or gated and unlikely(ref, features, case.candidates[-1][1]):
        return None
    return best


def _unnamed_right(case: Case) -> bool:
    return any(ref is None and label for ref, _, label in case.candidates)


THRESHOLDS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5)


def train(out: Path, all_cases: Sequence[Case] | None = None) -> None:
    """Write the model trained on every matched quote's candidates."""
    all_cases = cases() if all_cases is None else all_cases
    fit(examples(all_cases), out, THRESHOLD, C,
        note="speaker ranker (eval/train_speakers.py): candidates of the quotes the extractor found in the dev "
             "half of eval/real and in eval/attribution")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv-only", action="store_true")
    parser.add_argument("--c", type=float, default=C)
    args = parser.parse_args(argv)
    all_cases = cases()
    print(json.dumps(report(all_cases, args.c), indent=1))
    if not args.cv_only:
        train(MODELS / f"{MODEL}.json", all_cases)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
