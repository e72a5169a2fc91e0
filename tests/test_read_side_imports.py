"""The read side (`cscgraph serve`, `query`, `search`) loads neither the extraction nor the page reader nor the SHACL
validator: the `serve` process starts without them (bench/listings.py times its cold start)."""

from __future__ import annotations

import subprocess
import sys

WRITE_SIDE = ("cscgraph.pipeline", "cscgraph.extract.patterns.people", "cscgraph.graph.mapping", "trafilatura",
              "pyshacl")


def test_the_command_and_the_web_app_import_nothing_of_the_write_side() -> None:
    code = ("import sys, cscgraph.cli, cscgraph.web.app; "
            f"print(','.join(m for m in {WRITE_SIDE!r} if m in sys.modules))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert loaded == ""


def test_the_write_side_still_loads_them_when_it_runs() -> None:
    code = "import sys, cscgraph.pipeline; print('cscgraph.extract.patterns.people' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() \
        == "True"
