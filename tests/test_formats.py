"""Query answers as text: the table never cuts a value short (issue 16.3)."""

from __future__ import annotations

from cscgraph.formats import render_results
from cscgraph.store import Results, Term

QUOTE = ("We will not stand by while councils pay agencies twice what a permanent social worker costs, and we "
         "will put that money into family help instead")
RESULTS = Results("select", ("speaker", "text"), (
    {"speaker": Term("literal", "A. Minister"), "text": Term("literal", QUOTE)},
    {"speaker": Term("literal", "B. Director"), "text": Term("literal", "Short words")},
))


def _column(lines: list[str], start: int) -> str:
    return " ".join(line[start:].strip() for line in lines if line[start:].strip())


def test_a_long_quote_wraps_in_its_column_and_reads_whole() -> None:
    lines = render_results(RESULTS, "table").splitlines()
    start = lines[0].index("text")
    first_row = lines[2:lines.index("", 2)]
    assert len(first_row) > 1 and all(len(line) - start <= 60 for line in first_row)
    assert _column(first_row, start) == QUOTE
    assert first_row[0].startswith("A. Minister") and not first_row[1][:start].strip()
    assert "Short words" in lines[lines.index("", 2) + 1]
    assert lines[-1] == "(2 rows)"


def test_wide_table_prints_each_value_whole_on_one_line() -> None:
    lines = render_results(RESULTS, "table", wrap=None).splitlines()
    assert len(lines) == 5
    assert lines[2].startswith("A. Minister") and lines[2].endswith(QUOTE)


def test_short_values_keep_one_line_a_row() -> None:
    short = Results("select", ("a",), ({"a": Term("literal", "x")}, {"a": Term("literal", "y")}))
    assert render_results(short, "table").splitlines() == ["a", "-", "x", "y", "(2 rows)"]
