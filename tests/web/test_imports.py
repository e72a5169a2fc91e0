"""The web process only reads the graph: starting it loads no extraction step (their patterns take about a second to
compile, which every `serve` start would wait for)."""

from __future__ import annotations

import subprocess
import sys

STEPS = ("actors", "bodies", "people", "documents", "quotes", "speakers", "lineage", "funding", "patterns.people",
         "patterns.documents", "patterns.money")


def test_the_web_app_loads_no_extraction_step() -> None:
    code = ("import sys, cscgraph.web.app; "
            f"print(sorted(s for s in {STEPS!r} if 'cscgraph.extract.' + s in sys.modules))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert loaded == "[]", loaded
    # the check can fail: the ingest pipeline does load them
    code = code.replace("cscgraph.web.app", "cscgraph.pipeline, cscgraph.extract.article")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True).stdout.strip() != "[]"
