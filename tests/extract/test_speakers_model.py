"""The learned speaker ranker (`extract/speaker_ranker.py`): the shipped weights are what the trainer writes, and
the model names a speaker only where the rules found no attribution at all."""

from __future__ import annotations

import sys
from pathlib import Path

from cscgraph.extract.linear import MODELS
from tests.extract.actor_helpers import extract, speakers

EVAL = Path(__file__).resolve().parents[2] / "eval"


def test_shipped_speaker_model_is_what_the_trainer_writes(tmp_path: Path) -> None:
    sys.path.insert(0, str(EVAL))
    try:
        from train_speakers import train
    finally:
        sys.path.remove(str(EVAL))
    out = tmp_path / "speakers.json"
    train(out)
    assert out.read_bytes() == (MODELS / "speakers.json").read_bytes(), "run `make models`"


def test_a_quote_paragraph_with_no_attribution_is_the_person_who_spoke_just_before() -> None:
    x = extract("Councillor Jo Reed, cabinet member for children, said the service had turned a corner.",
                "The county is also recruiting more foster carers.",
                "“We have cut our use of agency staff by a third and we will keep going until every team is "
                "permanent.”")
    assert speakers(x)[0][1] == "jo-reed"


def test_a_body_named_in_a_sentence_that_reports_nothing_does_not_speak_the_next_quote() -> None:
    x = extract("Harlow Council opened two new children's homes this year.",
                "“Children deserve a place to live that feels like home and not a hostel.”")
    assert speakers(x)[0][1] is None


def test_an_unnamed_source_the_rules_found_stays_unnamed() -> None:
    x = extract("Dana Whitfield, chief executive of the Harlow Trust, spoke at the launch.",
                "“It felt like nobody was listening to us at all,” one foster carer said.")
    assert speakers(x)[0][1] is None
