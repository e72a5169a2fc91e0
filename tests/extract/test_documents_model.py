"""The learned document detector: the shipped model is what its trainer writes, and it decides clear cases."""

from __future__ import annotations

import sys
from pathlib import Path

from cscgraph.extract.document_candidates import candidate_spans
from cscgraph.extract.linear import MODELS
from lineage_helpers import article, documents

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "eval"))
import train_documents  # noqa: E402 - the trainer lives beside the scorers


def _labels(*paragraphs: str) -> list[str]:
    _, found = documents(article(*paragraphs))
    return [e.label for e in found.entities if e.ref.kind in ("policy", "programme", "statute")]


def test_shipped_model_is_what_the_trainer_writes(tmp_path: Path) -> None:
    out = tmp_path / "documents.json"
    train_documents.train(out)
    assert out.read_bytes() == (MODELS / "documents.json").read_bytes(), "run `make models`"


def test_a_named_offer_the_rules_miss_is_a_document() -> None:
    labels = _labels("The council will save £2m as part of the Care Leavers Local Offer.",
                     "Young people can use the Care Leavers Local Offer from April.")
    assert labels == ["Care Leavers Local Offer"]


def test_a_quoted_campaign_month_of_a_body_is_a_document() -> None:
    labels = _labels("Carers joined the Fostering Network’s ‘Warm Welcome Month’ this spring.",
                     "Homes across the county are taking part in the ‘Warm Welcome Month’ too.")
    assert labels == ["Warm Welcome Month"]


def test_a_role_or_a_place_is_no_document() -> None:
    assert _labels("The Minister for Children and Families visited Redcar and Cleveland on Monday.") == []
    assert _labels("She moved to Little Hampton and Eastwick, and Little Hampton and Eastwick welcomed her.") == []


def test_candidates_are_broad_and_never_overlap() -> None:
    body = "Under the Plan for Change, the ‘Best Start’ hubs and the national practice review (NPR) began."
    spans = candidate_spans(body)
    assert [body[s:e] for s, e in spans] == ["Under", "Plan for Change", "Best Start’", "national practice review",
                                            "NPR"]
    assert all(e1 <= s2 for (_, e1), (s2, _) in zip(spans, spans[1:]))


def test_a_quoted_clause_is_no_candidate_but_a_quoted_title_is() -> None:
    body = "He warned: “Councils will pay the price for this” at the launch of ‘Safe Steps for Families’."
    texts = [body[s:e] for s, e in candidate_spans(body)]
    assert "Councils will pay the price for this" not in texts
    assert "Safe Steps for Families" in [t.rstrip("’") for t in texts]  # trim_title drops the closing mark
