"""`pip install .` (not only editable) ships the data folders the package finds at run time."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import cscgraph
from cscgraph.resources import data_dir

REPO = Path(__file__).resolve().parent.parent
SHIPPED = ("ontology", "queries", "web")


@pytest.mark.slow
def test_wheel_carries_every_data_file(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path), str(REPO)],
                   check=True, capture_output=True)
    wheel = next(tmp_path.glob("cscgraph-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for folder in SHIPPED:
        for path in (REPO / folder).rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts:
                assert f"cscgraph/_data/{path.relative_to(REPO)}" in names, f"{path} is not in the wheel"
    assert "cscgraph/cli.py" in names


@pytest.mark.parametrize("folder", SHIPPED)
def test_data_dirs_resolve_in_a_source_checkout(folder: str) -> None:
    assert data_dir(folder) == REPO / folder


def test_public_api_of_the_package() -> None:
    assert cscgraph.__all__ == ["__version__"]
    assert cscgraph.__version__
