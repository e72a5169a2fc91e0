"""Train the extractor's linear models (`src/cscgraph/extract/linear.py`) deterministically, and estimate them honestly.

A trainer script builds examples — (features, label, group) where the group is the article's publisher — from the
dev half of `eval/real` (never the test half) and calls `fit` to write the shipped JSON, and `cross_validate` to
report how the model does on publishers it was not trained on (folds by publisher). Same data, same scikit-learn
(pinned in pyproject.toml): the same bytes.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression


@dataclass(frozen=True)
class Example:
    """One candidate: its features, whether it is right, and its publisher (the cross-validation group)."""

    features: Mapping[str, float]
    label: bool
    group: str


def _train(examples: Sequence[Example], c: float) -> tuple[float, dict[str, float]]:
    vectorizer = DictVectorizer(sort=True)
    x = vectorizer.fit_transform([dict(e.features) for e in examples])
    y = [int(e.label) for e in examples]
    model = LogisticRegression(C=c, solver="lbfgs", max_iter=5000)
    model.fit(x, y)
    names = vectorizer.get_feature_names_out()
    weights = {str(n): round(float(w), 6) for n, w in zip(names, model.coef_[0]) if round(float(w), 6) != 0.0}
    return round(float(model.intercept_[0]), 6), weights


def fit(examples: Sequence[Example], out: Path, threshold: float, c: float = 1.0, note: str = "") -> None:
    """Train on every example and write the model's JSON (sorted keys, weights rounded to 6 places)."""
    bias, weights = _train(examples, c)
    data = {"note": note, "c": c, "threshold": threshold, "examples": len(examples), "bias": bias,
            "weights": dict(sorted(weights.items()))}
    out.write_text(json.dumps(data, indent=0, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")


def cross_validate(examples: Sequence[Example], folds: int = 5, c: float = 1.0) -> list[tuple[float, Example]]:
    """Each example's probability from a model trained without its publisher's fold (publishers dealt in turn)."""
    from cscgraph.extract.linear import LinearModel

    publishers = sorted({e.group for e in examples})
    fold_of = {p: i % folds for i, p in enumerate(publishers)}
    scored: list[tuple[float, Example]] = []
    for fold in range(folds):
        train = [e for e in examples if fold_of[e.group] != fold]
        held = [e for e in examples if fold_of[e.group] == fold]
        if not train or not held:
            continue
        bias, weights = _train(train, c)
        model = LinearModel(bias, weights, 0.5)
        scored.extend((model.probability(e.features), e) for e in held)
    return scored
