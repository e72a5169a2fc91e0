"""Print extraction precision/recall/F1 on the hand-annotated sets: attribution, then lineage and funding.

Run: `python eval/score.py` (or `make eval`) for the dev set, `python eval/score.py --heldout` for the held-out set
(`eval/heldout/`: articles written and annotated after the rules were written, never used to tune them). Each
scorer also runs on its own with `-v` for every miss.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import score_attribution  # noqa: E402 - the scorers live beside this file, not in the package
import score_lineage  # noqa: E402


HELDOUT = Path(__file__).resolve().parent / "heldout"


def main(argv: list[str]) -> int:
    if "--heldout" in argv:
        score_attribution.ANNOTATIONS = HELDOUT / "attribution"
        score_lineage.ANNOTATIONS = HELDOUT / "lineage"
    rows: list[tuple[str, dict[str, float]]] = []
    for part in (score_attribution, score_lineage):
        rows += sorted(part.score(verbose="-v" in argv).items())
    print(f"{'field':28} {'P':>6} {'R':>6} {'F1':>6}")
    for field, figures in rows:
        p, r = figures.get("precision", figures.get("p")), figures.get("recall", figures.get("r"))
        f1 = figures.get("f1")
        print(f"{field:28} {p:6.3f} {r:6.3f} {f1:6.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
