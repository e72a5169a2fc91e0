"""Who-said-what extraction must not fall below the precision/recall floors recorded in eval/."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FLOORS = json.loads((ROOT / "eval" / "floors_attribution.json").read_text(encoding="utf-8"))


def _scorer():
    spec = importlib.util.spec_from_file_location("score_attribution", ROOT / "eval" / "score_attribution.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def results() -> dict[str, dict[str, float]]:
    return _scorer().score()


@pytest.mark.parametrize(("field", "measure"), [(f, m) for f, floors in FLOORS.items() for m in floors])
def test_quality_is_not_below_floor(results: dict[str, dict[str, float]], field: str, measure: str) -> None:
    assert results[field][measure] >= FLOORS[field][measure], (
        f"{field} {measure} fell to {results[field][measure]:.3f} (floor {FLOORS[field][measure]}); "
        "run `python eval/score_attribution.py -v` to see what changed")


def test_dev_set_covers_every_feed_the_magazine_and_written_articles() -> None:
    sources = {json.loads(p.read_text(encoding="utf-8"))["source"] for p in (ROOT / "eval" / "attribution").glob("*.json")}
    corpus = {s for s in sources if s.startswith("corpus/")}
    assert {s.split("/")[1][:3] for s in corpus} >= {"000", "001", "002", "003", "004"}
    assert len(list((ROOT / "eval" / "attribution").glob("0*.json"))) >= 12
    assert len({s for s in sources if s.startswith("eval/articles/")}) >= 5
