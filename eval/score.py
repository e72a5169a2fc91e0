"""Print extraction precision/recall/F1 on the whole hand-annotated dev set: attribution, then lineage and funding.

Run: `python eval/score.py` (or `make eval`); each part also runs on its own with `-v` for every miss.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import score_attribution  # noqa: E402 - the scorers live beside this file, not in the package
import score_lineage  # noqa: E402


def main() -> int:
    rows: list[tuple[str, dict[str, float]]] = []
    for part in (score_attribution, score_lineage):
        rows += sorted(part.score().items())
    print(f"{'field':28} {'P':>6} {'R':>6} {'F1':>6}")
    for field, figures in rows:
        p, r = figures.get("precision", figures.get("p")), figures.get("recall", figures.get("r"))
        f1 = figures.get("f1")
        print(f"{field:28} {p:6.3f} {r:6.3f} {f1:6.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
