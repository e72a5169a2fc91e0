"""Query answers as text: the table never cuts a value short (issue 16.3); the SPARQL result formats read back
with independent parsers as the terms written."""

from __future__ import annotations

import csv
import io

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


# Terms of our own that a careless writer gets wrong: markup and quotes in a literal, a line break and a tab, a
# language tag, a datatype, a blank node, a query string in an IRI, a row where a variable is unbound.
TRICKY = Results("select", ("s", "said", "amount"), (
    {"s": Term("uri", "https://news.example.org/story?id=7&part=2"),
     "said": Term("literal", 'She said "<b>not</b> yet" & left\n\tthen – café', lang="en-GB"),
     "amount": Term("literal", "44000000", datatype="http://www.w3.org/2001/XMLSchema#decimal")},
    {"s": Term("bnode", "b0"), "said": Term("literal", "")},
))


def _ox_terms(text: str, fmt: str) -> list[dict[str, tuple[str, str, str | None]]]:
    """The rows pyoxigraph's own parser reads from `text` (an independent reader), as (kind, value, extra)."""
    import pyoxigraph as ox  # test-only: the store package is the only importer in src/

    def plain(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> tuple[str, str, str | None]:
        if isinstance(term, ox.Literal):
            return "literal", term.value, term.language or term.datatype.value
        return type(term).__name__, term.value, None

    answer = ox.parse_query_results(text.encode(), format=getattr(ox.QueryResultsFormat, fmt.upper()))
    return [{v.value: plain(row[v]) for v in answer.variables if row[v] is not None} for row in answer]


def test_json_xml_and_tsv_answers_read_back_as_the_same_terms_with_pyoxigraph() -> None:
    xsd_string = "http://www.w3.org/2001/XMLSchema#string"
    expected = [{"s": ("NamedNode", "https://news.example.org/story?id=7&part=2", None),
                 "said": ("literal", 'She said "<b>not</b> yet" & left\n\tthen – café', "en-gb"),
                 "amount": ("literal", "44000000", "http://www.w3.org/2001/XMLSchema#decimal")},
                {"s": ("BlankNode", "b0", None), "said": ("literal", "", xsd_string)}]
    for fmt in ("json", "xml", "tsv"):
        assert _ox_terms(render_results(TRICKY, fmt), fmt) == expected, fmt


def test_ask_answers_read_back_with_pyoxigraph() -> None:
    import pyoxigraph as ox

    for fmt in ("json", "xml"):
        for value in (True, False):
            answer = ox.parse_query_results(render_results(Results("ask", boolean=value), fmt).encode(),
                                            format=getattr(ox.QueryResultsFormat, fmt.upper()))
            assert isinstance(answer, ox.QueryBoolean) and bool(answer) is value


def test_csv_answer_reads_back_with_a_csv_reader() -> None:
    """CSV carries values only (pyoxigraph will not parse it: the format is lossy); every value comes back."""
    rows = list(csv.reader(io.StringIO(render_results(TRICKY, "csv"), newline="")))
    assert rows == [["s", "said", "amount"],
                    ["https://news.example.org/story?id=7&part=2", 'She said "<b>not</b> yet" & left\n\tthen – café',
                     "44000000"],
                    ["_:b0", "", ""]]


def test_a_blank_node_in_csv_keeps_its_underscore_colon() -> None:
    """Regression: CSV wrote a blank node as its bare label ('b0'), which reads as a string; SPARQL 1.1 CSV (and
    pyoxigraph's writer) write '_:b0'."""
    answer = Results("select", ("x",), ({"x": Term("bnode", "b0")},))
    assert render_results(answer, "csv") == "x\r\n_:b0\r\n"
