"""Whether a change to extraction or mapping changed any output: one digest per article of its N-Triples.

    python bench/same_extraction.py --out before.json              # on main
    python bench/same_extraction.py --against before.json          # on the change: exit 1 if any article differs

Reads the bundled corpus, the evaluation articles (eval/articles, the dev half of eval/real; the frozen test half
is never read) and a generated corpus (`--generated N` articles, bench/out/corpus-N, made if missing), maps each
article as a worker does, with a fixed extractor version and ingest time so that only the extraction and the
mapping can change the bytes, and digests the article graph's and the shared graph's N-Triples.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from datetime import datetime, timezone
from pathlib import Path

from cscgraph import pipeline
from cscgraph.errors import ReadError
from cscgraph.ingest import read_paths
from cscgraph.settings import Settings

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from ingest import corpus  # noqa: E402

FIXED_AT = datetime(2026, 1, 1, tzinfo=timezone.utc)


def sources(generated: int) -> list[Path]:
    """Every input compared: never a file of eval/real's test half."""
    split = json.loads((ROOT / "eval/real/split.json").read_text())
    real = [ROOT / "eval/real/articles" / f"{name}.txt" for name in sorted(split["dev"])]
    paths = [ROOT / "corpus", ROOT / "eval/articles", *real]
    return paths + ([corpus(generated)] if generated else [])


def digests(paths: list[Path]) -> dict[str, str]:
    """sha256 of each article's N-Triples (article graph, then shared lines), keyed by source and item."""
    pipeline._init_worker(Settings().base_iri, "fixed", FIXED_AT)
    out: dict[str, str] = {}
    for article in read_paths(paths):
        if isinstance(article, ReadError):
            out[f"{article.source}#{article.item}"] = f"read error: {article}"
            continue
        mapped = pipeline._map_article(article)
        key = f"{article.source}#{article.item}"
        if isinstance(mapped, ReadError):
            out[key] = f"error: {mapped}"
            continue
        out[key] = hashlib.sha256((mapped.ntriples + "\0" + mapped.shared).encode()).hexdigest()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--generated", type=int, default=1000, help="generated articles to include (0: none)")
    parser.add_argument("--out", type=Path, help="write the digests here")
    parser.add_argument("--against", type=Path, help="compare with digests written earlier; exit 1 on a difference")
    args = parser.parse_args()
    now = digests(sources(args.generated))
    if args.out:
        args.out.write_text(json.dumps(now, indent=0, sort_keys=True))
    print(f"{len(now)} articles digested")
    if args.against:
        before = json.loads(args.against.read_text())
        differ = sorted(k for k in before.keys() | now.keys() if before.get(k) != now.get(k))
        for key in differ:
            print(f"differs: {key}")
        print(f"{len(differ)} of {len(before.keys() | now.keys())} articles differ")
        return 1 if differ else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
