"""Linear models learned from annotated articles: weights in JSON under `models/`, scored in pure Python.

`eval/learn.py` trains them (scikit-learn, deterministic) from data in the repository; the extractor only reads the
weights, so scikit-learn is not needed at run time. A feature is a string (present or not) or a string with a
number; a model's score is its bias plus the sum of its weights times the features' values.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

MODELS = Path(__file__).resolve().parent / "models"

Features = Mapping[str, float]


@dataclass(frozen=True)
class LinearModel:
    """A logistic regression's bias, weights and decision threshold (a probability)."""

    bias: float
    weights: Mapping[str, float]
    threshold: float

    def probability(self, features: Features) -> float:
        """P(positive) for one example.

        >>> LinearModel(0.0, {"a": 2.0}, 0.5).probability({"a": 1.0}) > 0.85
        True
        """
        weights = self.weights
        z = self.bias + sum(weights.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def accepts(self, features: Features) -> bool:
        """Whether the example's probability reaches the model's threshold."""
        return self.probability(features) >= self.threshold


@cache
def load(name: str) -> LinearModel:
    """The shipped model `models/<name>.json` (written by `eval/learn.py`)."""
    path = MODELS / f"{name}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return LinearModel(float(data["bias"]), dict(data["weights"]), float(data["threshold"]))
    except (OSError, ValueError, KeyError) as exc:
        raise RuntimeError(f"{path}: cannot read the model ({exc})") from exc
