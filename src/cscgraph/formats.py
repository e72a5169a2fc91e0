"""Query answers written out: SPARQL 1.1 JSON, XML, CSV and TSV results, and a plain text table.

Shared by the CLI (`query --format`) and the HTTP endpoint's content negotiation.

The four result formats are written here from rows rather than by pyoxigraph's `QuerySolutions.serialize`,
because an answer reaches this module as `Results`, never as pyoxigraph's answer: the store drains that into plain
rows while it cuts them at the row cap and checks the deadline between rows, the endpoint's worker process cuts
them to the byte cap by whole rows and sends them over a pipe (pyoxigraph's objects cannot cross it), and the
endpoint writes a still too big answer again with fewer rows (`views.sparql.serialise_results`). pyoxigraph
0.5 makes a `QuerySolutions` only by running a query or by parsing results text, so its writers would need these
rows written out once more to parse them back: measured on 100,000 rows of four terms, writing TSV here and
letting pyoxigraph parse it and write JSON took 0.64 s against 0.52 s for writing JSON here. tests/test_formats.py
reads what is written here back with pyoxigraph's own parsers, which must give the same terms.
"""

from __future__ import annotations

import csv
import io
import json
import textwrap
from xml.sax.saxutils import escape, quoteattr

from cscgraph.store import Results, Term

__all__ = ["RESULT_FORMATS", "MEDIA_TYPES", "TABLE_WRAP", "render_results"]

RESULT_FORMATS = ("table", "json", "csv", "tsv", "xml")
MEDIA_TYPES = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
               "csv": "text/csv", "tsv": "text/tab-separated-values", "table": "text/plain",
               "ntriples": "application/n-triples", "turtle": "text/turtle"}


TABLE_WRAP = 60
"""Characters after which a table cell wraps onto the next line of its row."""


def render_results(results: Results, fmt: str, wrap: int | None = TABLE_WRAP) -> str:
    """`results` in one of RESULT_FORMATS (graph answers are N-Triples in every format but json/xml's own).
    `wrap`: the table's column width for long values (None: one line each); no format cuts a value short."""
    if results.kind == "graph":
        return results.triples
    if fmt == "table":
        return _table(results, wrap)
    writer = {"json": _json, "csv": _csv, "tsv": _tsv, "xml": _xml}.get(fmt)
    if writer is None:
        raise ValueError(f"unknown result format {fmt!r}; choose one of {', '.join(RESULT_FORMATS)}")
    return writer(results)


def _json_term(term: Term) -> dict[str, str]:
    out = {"type": term.type, "value": term.value}
    if term.lang:
        out["xml:lang"] = term.lang
    elif term.type == "literal" and term.datatype and term.datatype != "http://www.w3.org/2001/XMLSchema#string":
        out["datatype"] = term.datatype
    return out


def _json(results: Results) -> str:
    if results.kind == "ask":
        return json.dumps({"head": {}, "boolean": results.boolean})
    return json.dumps({"head": {"vars": list(results.variables)},
                       "results": {"bindings": [{k: _json_term(v) for k, v in row.items()}
                                                for row in results.rows]}}, ensure_ascii=False)


def _csv(results: Results) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    if results.kind == "ask":
        writer.writerow(["boolean"])
        writer.writerow(["true" if results.boolean else "false"])
        return out.getvalue()
    writer.writerow(results.variables)
    for row in results.rows:
        writer.writerow([_csv_value(row[v]) if v in row else "" for v in results.variables])
    return out.getvalue()


def _csv_value(term: Term) -> str:
    """A term as SPARQL 1.1 CSV writes it: the value alone, a blank node with its `_:` as in Turtle."""
    return f"_:{term.value}" if term.type == "bnode" else term.value


def _tsv(results: Results) -> str:
    if results.kind == "ask":
        return f"?boolean\n{'true' if results.boolean else 'false'}\n"
    lines = ["\t".join(f"?{v}" for v in results.variables)]
    for row in results.rows:
        lines.append("\t".join(row[v].ntriples if v in row else "" for v in results.variables))
    return "\n".join(lines) + "\n"


def _xml(results: Results) -> str:
    parts = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n<head>']
    if results.kind == "ask":
        parts.append(f"</head>\n<boolean>{'true' if results.boolean else 'false'}</boolean>\n</sparql>\n")
        return "".join(parts)
    parts += [f"<variable name={quoteattr(v)}/>" for v in results.variables]
    parts.append("</head>\n<results>\n")
    for row in results.rows:
        parts.append("<result>")
        for name, term in row.items():
            if term.type == "uri":
                inner = f"<uri>{escape(term.value)}</uri>"
            elif term.type == "bnode":
                inner = f"<bnode>{escape(term.value)}</bnode>"
            else:
                attr = f" xml:lang={quoteattr(term.lang)}" if term.lang else (
                    f" datatype={quoteattr(term.datatype)}" if term.datatype else "")
                inner = f"<literal{attr}>{escape(term.value)}</literal>"
            parts.append(f"<binding name={quoteattr(name)}>{inner}</binding>")
        parts.append("</result>\n")
    parts.append("</results>\n</sparql>\n")
    return "".join(parts)


def _table(results: Results, wrap: int | None) -> str:
    """A plain text table; a value longer than `wrap` continues on the row's next lines, and rows are then set
    apart by a blank line so a continuation never reads as a row of its own."""
    if results.kind == "ask":
        return "true\n" if results.boolean else "false\n"
    headers = list(results.variables)
    rows = [[_cell_lines(row.get(v), wrap) for v in headers] for row in results.rows]
    widths = [max([len(h)] + [len(line) for r in rows for line in r[i]]) for i, h in enumerate(headers)]
    line = lambda values: "  ".join(v.ljust(w) for v, w in zip(values, widths)).rstrip()  # noqa: E731
    wrapped = any(len(cell) > 1 for r in rows for cell in r)
    out = [line(headers), line(["-" * w for w in widths])]
    for r in rows:
        height = max((len(cell) for cell in r), default=1)
        out += [line([cell[i] if i < len(cell) else "" for cell in r]) for i in range(height)]
        if wrapped:
            out.append("")
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''}{', truncated' if results.truncated else ''})")
    return "\n".join(out) + "\n"


def _cell_lines(term: Term | None, wrap: int | None) -> list[str]:
    if term is None:
        return [""]
    text = " ".join(term.value.split())
    if wrap is None or len(text) <= wrap:
        return [text]
    return textwrap.wrap(text, wrap, break_on_hyphens=False) or [""]
