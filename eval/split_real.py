"""Extend `eval/real/split.json` with newly annotated articles, never moving one already assigned.

The rule (the same for every batch): the annotated articles not yet in the split are sorted by (publisher, sha256
of the id) and dealt alternately to the halves, starting with the half that holds fewer (dev on a tie). So each
batch spreads its publishers across both halves, and the frozen test half only ever grows.
Run: `python eval/split_real.py` (prints what it added; writes nothing when every annotation is assigned).
`--dev ID,ID,...` puts those new articles in the dev half whole: a validation batch that was scored to choose
between variants of the code is no longer unseen, so it may only be tuned on; so is a page that repeats text of a
dev page. `--test ID,ID,...` puts new articles in the test half whole: a page that repeats text of a test page must
not be tuned on.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

REAL = Path(__file__).resolve().parent / "real"


def extend(split: dict[str, list[str]], annotations: dict[str, str], dev: frozenset[str] = frozenset(),
           test: frozenset[str] = frozenset()) -> dict[str, list[str]]:
    """The split with every id of `annotations` ({id: publisher}) assigned; existing assignments unchanged; new ids
    in `dev` go to the dev half and those in `test` to the test half, the others are dealt.

    >>> extend({"dev": [], "test": ["t"]}, {"t": "P", "a": "Q", "b": "R", "v": "S"}, frozenset({"v"}))
    {'dev': ['v', 'a'], 'test': ['t', 'b']}
    >>> extend({"dev": [], "test": []}, {"a": "Q", "b": "R", "w": "S"}, test=frozenset({"w"}))
    {'dev': ['a'], 'test': ['w', 'b']}
    """
    if dev & test:
        raise ValueError(f"in both halves: {', '.join(sorted(dev & test))}")
    assigned = {i for half in split.values() for i in half}
    new = sorted((i for i in annotations if i not in assigned),
                 key=lambda i: (annotations[i], hashlib.sha256(i.encode()).hexdigest()))
    out = {"dev": list(split["dev"]), "test": list(split["test"])}
    out["dev"] += [i for i in new if i in dev]
    out["test"] += [i for i in new if i in test]
    new = [i for i in new if i not in dev and i not in test]
    turn = "dev" if len(out["dev"]) <= len(out["test"]) else "test"
    for article_id in new:
        out[turn].append(article_id)
        turn = "test" if turn == "dev" else "dev"
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev", default="", help="comma-separated new ids that go to the dev half whole")
    parser.add_argument("--test", default="", help="comma-separated new ids that go to the test half whole")
    args = parser.parse_args(argv)
    path = REAL / "split.json"
    split = json.loads(path.read_text(encoding="utf-8"))
    annotations = {p.stem: json.loads(p.read_text(encoding="utf-8"))["publisher"]
                   for p in sorted((REAL / "annotations").glob("*.json"))}
    extended = extend(split, annotations, frozenset(filter(None, args.dev.split(","))),
                      frozenset(filter(None, args.test.split(","))))
    if extended == split:
        print("every annotated article is already assigned")
        return 0
    path.write_text(json.dumps(extended, indent=1) + "\n", encoding="utf-8")
    for half in ("dev", "test"):
        print(f"{half}: +{len(extended[half]) - len(split[half])} (now {len(extended[half])})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
