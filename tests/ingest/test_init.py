"""The public API: folders, broken files, and bytes that must never crash or hang a reader."""

from __future__ import annotations

import codecs
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cscgraph.ingest as ingest
from cscgraph.errors import ReadError
from cscgraph.ingest import read_bytes, read_paths
from cscgraph.models import Article

FIXTURES = Path(__file__).parent / "fixtures"
DUMP = FIXTURES / "flat_rss" / "tag_archive_dump.txt"


def test_public_api_is_exactly_the_six_functions() -> None:
    assert sorted(ingest.__all__) == ["article_id", "is_url", "read_bytes", "read_file", "read_paths", "read_sources",
                                     "url_id"]


def test_folder_with_one_broken_file_yields_the_others_and_one_error_naming_it() -> None:
    folder = FIXTURES / "mixed_folder"
    records = list(read_paths([folder]))
    errors = [record for record in records if isinstance(record, ReadError)]
    assert [(error.source, error.reason) for error in errors] == [(str(folder / "c_broken.txt"),
                                                                   "binary data, not text")]
    assert [record.source for record in records if isinstance(record, Article)] == [
        str(folder / "a_magazine.txt"), str(folder / "sub" / "b_newsroom.atom")]


def test_missing_path_is_a_read_error_not_an_exception(tmp_path: Path) -> None:
    (record,) = read_paths([tmp_path / "nope.xml"])
    assert isinstance(record, ReadError) and "no such file" in record.reason


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "empty file"),
    (b"  \n\t\n", "empty file"),
    (b"\x00\x01\x02\x03binary\xff\xfe", "binary data, not text"),
])
def test_unreadable_bytes_give_one_clear_error(data: bytes, reason: str) -> None:
    assert [(record.source, record.reason) for record in read_bytes(data, "f")] == [("f", reason)]


def test_unrecognised_text_says_which_formats_are_read() -> None:
    (record,) = read_bytes(b"A shopping list\neggs\nmilk\n", "list.txt")
    assert isinstance(record, ReadError) and "unrecognised format" in record.reason and "RSS" in record.reason


@pytest.mark.parametrize("cut", [0.1, 0.33, 0.5, 0.77, 0.95])
def test_truncated_files_of_every_format_yield_records_not_exceptions(cut: float) -> None:
    for path in sorted(path for path in FIXTURES.rglob("*") if path.is_file()):
        data = path.read_bytes()
        for record in read_bytes(data[:int(len(data) * cut)], path.name):
            assert isinstance(record, Article | ReadError)


def test_large_file_is_read_in_reasonable_time() -> None:
    dump = DUMP.read_bytes()
    big = dump + b"\n" + b"x" * 20_000_000 + b"\n" + dump.split(b"\n", 1)[1]
    started = time.monotonic()
    records = list(read_bytes(big, "big.txt"))
    assert time.monotonic() - started < 30
    assert any(isinstance(record, Article) for record in records)


def test_one_huge_line_without_newlines_returns_quickly() -> None:
    started = time.monotonic()
    list(read_bytes(b"https://a.org/?p=1 Mon, " * 400_000, "line.txt"))
    assert time.monotonic() - started < 30


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4_000))
def test_any_bytes_yield_only_articles_and_read_errors(data: bytes) -> None:
    for record in read_bytes(data, "fuzz"):
        assert isinstance(record, Article | ReadError)


TEMPLATES = [path.read_text(encoding="utf-8") for path in sorted(FIXTURES.rglob("*.*"))
             if path.is_file() and path.suffix in {".txt", ".xml", ".html"} and path.name != "c_broken.txt"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(TEMPLATES), st.integers(min_value=0), st.text(max_size=40),
       st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]))
def test_mangled_real_files_yield_only_articles_and_read_errors(template: str, position: int, insert: str,
                                                               encoding: str) -> None:
    cut = position % (len(template) + 1)
    data = (template[:cut] + insert + template[cut:]).encode(encoding, errors="replace")
    for record in read_bytes(data, "fuzz"):
        assert isinstance(record, Article | ReadError)
        if isinstance(record, Article):
            assert record.paragraphs and all(paragraph.strip() == paragraph for paragraph in record.paragraphs)


def test_utf8_bom_does_not_change_what_is_read() -> None:
    data = DUMP.read_bytes()
    assert list(read_bytes(codecs.BOM_UTF8 + data, "x")) == list(read_bytes(data, "x"))
