"""No dead code in src/ (issue 16): vulture finds nothing that nothing uses. Framework entry points are left out
by their decorators (FastAPI routes and handlers, click commands) or named in tests/vulture_whitelist.py."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
ENTRY_POINT_DECORATORS = "@router.*,@app.*,@main.command"


def test_vulture_finds_no_unused_code_in_src() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "vulture", str(REPO / "src"), str(REPO / "tests" / "vulture_whitelist.py"),
         "--min-confidence", "60", "--ignore-decorators", ENTRY_POINT_DECORATORS],
        capture_output=True, text=True, timeout=120)
    assert "No module named vulture" not in result.stderr, "vulture is in the test extra: pip install -e .[test]"
    assert result.returncode == 0 and not result.stdout, f"unused code:\n{result.stdout}{result.stderr}"
