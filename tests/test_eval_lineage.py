"""Lineage and funding extraction must not fall below the precision/recall floors recorded in eval/."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FLOORS = json.loads((ROOT / "eval" / "floors_lineage.json").read_text(encoding="utf-8"))


def _scorer():
    spec = importlib.util.spec_from_file_location("score_lineage", ROOT / "eval" / "score_lineage.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def results() -> dict[str, dict[str, float]]:
    return _scorer().score()


@pytest.mark.parametrize(("task", "measure"), [(t, m) for t, floors in FLOORS.items() for m in floors])
def test_quality_is_not_below_floor(results: dict[str, dict[str, float]], task: str, measure: str) -> None:
    assert results[task][measure] >= FLOORS[task][measure], (
        f"{task} {measure} {results[task][measure]} fell below the floor {FLOORS[task][measure]}; "
        f"run `python eval/score_lineage.py -v` to see misses and false alarms")


def test_at_least_twelve_corpus_articles_are_annotated() -> None:
    files = [json.loads(p.read_text(encoding="utf-8")) for p in (ROOT / "eval" / "lineage").glob("*.json")]
    corpus = [f for f in files if f["source"].startswith("corpus/")]
    assert len(corpus) >= 12
    assert any(f["source"].startswith("corpus/004_") for f in corpus)
