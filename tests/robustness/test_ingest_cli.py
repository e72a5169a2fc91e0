"""`cscgraph ingest` on bad and duplicated input: the others still go in, the summary and exit status say what failed.

Exit status (documented in `cscgraph ingest --help` and the README): 0 nothing failed, 3 some files or items
failed and the rest were stored, 1 nothing could be stored; `--strict` makes any failure 1.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cscgraph.pipeline import ingest
from cscgraph.settings import Settings
from cscgraph.store import Term, open_store

from .conftest import generated_items, rss_feed, run_cli

BODY_QUERY = ("SELECT ?url ?body WHERE { ?a <https://schema.org/url> ?url ; <https://schema.org/articleBody> ?body }")


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    """Two good items and one without a body in a feed, a binary file and an empty one."""
    folder = tmp_path / "in"
    folder.mkdir()
    items = generated_items(3)
    items[1]["body"] = None
    (folder / "feed.xml").write_bytes(rss_feed(items))
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 4)
    (folder / "empty.txt").write_bytes(b"")
    return folder


def test_bad_items_and_files_are_listed_with_reasons_and_the_rest_stored_exit_3(mixed: Path, tmp_path: Path) -> None:
    done = run_cli("--store", tmp_path / "store", "ingest", "--quiet", mixed)
    assert done.returncode == 3, done.stderr
    failed = sorted(line for line in done.stderr.splitlines() if line.startswith("failed: "))
    assert failed == [f"failed: {mixed / 'empty.txt'}: empty file",
                      f"failed: {mixed / 'feed.xml'}: item 2: “Story 1 from batch 0” has no content or description "
                      "text; skipped",
                      f"failed: {mixed / 'photo.jpg'}: binary data, not text"]
    assert done.stdout.strip() == "2 new, 0 updated, 0 unchanged, 3 failed"


def test_strict_turns_a_partial_failure_into_exit_1(mixed: Path, tmp_path: Path) -> None:
    done = run_cli("--store", tmp_path / "store", "ingest", "--quiet", "--strict", mixed)
    assert done.returncode == 1 and "2 new" in done.stdout


def test_nothing_readable_is_exit_1_and_everything_readable_exit_0(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("a shopping list\neggs\n")
    assert run_cli("--store", tmp_path / "store", "ingest", "--quiet", bad).returncode == 1
    good = tmp_path / "good.xml"
    good.write_bytes(rss_feed(generated_items(2)))
    done = run_cli("--store", tmp_path / "store", "ingest", "--quiet", "--strict", good)
    assert done.returncode == 0 and done.stderr == "" and done.stdout.strip() == "2 new, 0 updated, 0 unchanged, 0 failed"


def test_help_documents_the_exit_status() -> None:
    text = run_cli("ingest", "--help").stdout
    assert "Exit status:" in text and "--strict" in text and "3  some files or items failed" in text


def duplicate_pair(tmp_path: Path) -> tuple[Path, Path]:
    older, newer = generated_items(1), generated_items(1)
    newer[0]["date"] = "Tue, 02 Jan 2024 09:00:00 +0000"
    newer[0]["body"] = "<p>Corrected: the council opened twelve family hubs, not ten.</p>"
    # The newer copy comes first in path order, so the choice is made by date, not by reading order.
    (tmp_path / "a-newer.xml").write_bytes(rss_feed(newer))
    (tmp_path / "b-older.xml").write_bytes(rss_feed(older))
    return tmp_path / "a-newer.xml", tmp_path / "b-older.xml"


def test_duplicate_url_with_different_text_keeps_the_newer_and_the_summary_says_so(tmp_path: Path) -> None:
    newer, older = duplicate_pair(tmp_path)
    done = run_cli("--store", tmp_path / "store", "ingest", "--quiet", newer, older)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "1 new, 0 updated, 0 unchanged, 0 failed, 1 duplicate(s) stored once"
    (line,) = done.stderr.splitlines()
    assert line.startswith("duplicate: news-example-org--2024-story-0-0: ")
    assert f"{newer} item 1 has newer text than {older} item 1" in line
    store = open_store(Settings(store=str(tmp_path / "store")), read_only=True)
    (row,) = store.query(BODY_QUERY).rows
    assert row["body"].value == "Corrected: the council opened twelve family hubs, not ten."


def test_newer_copy_in_a_later_run_replaces_the_stored_one(tmp_path: Path) -> None:
    newer, older = duplicate_pair(tmp_path)
    settings = Settings(store=str(tmp_path / "store"), workers=1)
    store = open_store(settings)
    try:
        first = ingest(store, settings, [older])
        second = ingest(store, settings, [newer])
        story = "news-example-org--2024-story-0-0"
        assert (first.new, second.updated, second.duplicates) == ([story], [story], [])
        bodies = [row["body"].value for row in store.query(BODY_QUERY, {"url": Term(
            "uri", "https://news.example.org/2024/story-0-0/")}).rows]
        assert bodies == ["Corrected: the council opened twelve family hubs, not ten."]
    finally:
        store.close()


def test_identical_copies_are_one_duplicate_line_and_stored_once(tmp_path: Path) -> None:
    data = rss_feed(generated_items(2))
    (tmp_path / "one.xml").write_bytes(data)
    (tmp_path / "two.xml").write_bytes(data)
    settings = Settings(store=str(tmp_path / "store"), workers=1)
    store = open_store(settings)
    try:
        report = ingest(store, settings, [tmp_path / "one.xml", tmp_path / "two.xml"])
    finally:
        store.close()
    assert len(report.new) == 2 and len(report.duplicates) == 2
    assert all("same article" in line and "stored once" in line for line in report.duplicates)
