"""Whether a change to extraction or mapping changed any output: one digest per article of its N-Triples.

    python bench/same_extraction.py --out before.json              # on main
    python bench/same_extraction.py --against before.json          # on the change: exit 1 if any article differs
    python bench/same_extraction.py --rows --out before.json       # also the index rows each worker sends

Reads the bundled corpus, the evaluation articles (eval/articles, the dev half of eval/real; the frozen test half
is never read) and a generated corpus (`--generated N` articles, bench/out/corpus-N, made if missing), maps each
article as a worker does, with a fixed extractor version and ingest time so that only the extraction and the
mapping can change the bytes, and digests the article graph's and the shared graph's N-Triples; with `--rows`,
also the rows the worker sends for the search index and the read model (each table's rows sorted, so a change of
the order they are built in is no difference: the index keeps them as a multiset).
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


def _rows_text(rows: object) -> str:
    """The worker's index rows as canonical text: every list of rows sorted."""
    fields = {name: getattr(rows, name) for name in ("docs", "claims", "role_names", "quads", "tables", "shared")}

    def canonical(value: object) -> object:
        if isinstance(value, dict):
            return {k: canonical(v) for k, v in sorted(value.items())}
        if isinstance(value, list):
            return sorted((list(row) for row in value), key=lambda row: json.dumps(row))
        return value
    return json.dumps(canonical(fields), sort_keys=True)


def digests(paths: list[Path], rows: bool = False) -> dict[str, str]:
    """sha256 of each article's N-Triples (article graph, then shared lines, then with `rows` its index rows),
    keyed by source and item."""
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
        text = mapped.ntriples + "\0" + mapped.shared + ("\0" + _rows_text(mapped.rows) if rows else "")
        out[key] = hashlib.sha256(text.encode()).hexdigest()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--generated", type=int, default=1000, help="generated articles to include (0: none)")
    parser.add_argument("--rows", action="store_true", help="digest the index rows each worker sends too")
    parser.add_argument("--out", type=Path, help="write the digests here")
    parser.add_argument("--against", type=Path, help="compare with digests written earlier; exit 1 on a difference")
    args = parser.parse_args()
    now = digests(sources(args.generated), rows=args.rows)
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
