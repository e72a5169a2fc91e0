"""RDF terms as N-Triples text: the form quads take between the graph layer and the store.

N-Triples terms are also valid SPARQL terms, so the same lines feed `INSERT DATA` on any SPARQL 1.1 store.
"""

from __future__ import annotations

import re
from datetime import date, datetime

XSD = "http://www.w3.org/2001/XMLSchema#"

# Characters N-Triples forbids in an IRI (percent-encoded by `iri`), and characters no literal may hold (dropped
# by `clean`); most text has none, so both functions check with one regex search before the slow path.
_IRI_UNSAFE = re.compile(r'[<>"{}|^`\\\x00-\x20]')
_LITERAL_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")
_PLAIN_DECIMAL = re.compile(r"-?[0-9]+\.[0-9]+")
"""`repr` of a float that xsd:decimal can hold as written (no exponent, not inf)."""
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"})


def iri(value: str) -> str:
    """An IRI term. Characters N-Triples forbids in IRIs are percent-encoded.

    >>> iri("https://example.org/a b")
    '<https://example.org/a%20b>'
    """
    if not _IRI_UNSAFE.search(value):
        return f"<{value}>"
    safe = "".join(ch if ch not in '<>"{}|^`\\ ' and ord(ch) > 0x20 else f"%{ord(ch):02X}" for ch in value)
    return f"<{safe}>"


def literal(value: str | int | float | bool | date | datetime) -> str:
    """A typed literal for Python values; plain strings become xsd:string literals.

    >>> literal('say "hi"')
    '"say \\\\"hi\\\\""'
    >>> literal(3)
    '"3"^^<http://www.w3.org/2001/XMLSchema#integer>'
    """
    if isinstance(value, bool):
        return f'"{"true" if value else "false"}"^^<{XSD}boolean>'
    if isinstance(value, int):
        return f'"{value}"^^<{XSD}integer>'
    if isinstance(value, float):
        return f'"{value!r}"^^<{XSD}decimal>' if value == value else '"NaN"^^<{XSD}double>'
    if isinstance(value, datetime):
        return f'"{value.isoformat()}"^^<{XSD}dateTime>'
    if isinstance(value, date):
        return f'"{value.isoformat()}"^^<{XSD}date>'
    return '"' + clean(value).translate(_ESCAPES) + '"'


def clean(text: str) -> str:
    """Drop characters no RDF literal may hold (lone surrogates, NUL and other C0 controls but tab/newline)."""
    if not _LITERAL_UNSAFE.search(text):
        return text
    return "".join(ch for ch in text if (ch >= " " or ch in "\t\n\r") and not 0xD800 <= ord(ch) <= 0xDFFF)


def stored_value(value: str | int | float | bool | date | datetime) -> str:
    """The lexical form Oxigraph gives back for `literal(value)`: it keeps decimals, dates and times as values,
    so it answers with their canonical forms (what a read from the store finds, without reading it).

    >>> stored_value(2500000.0), stored_value(datetime.fromisoformat("2024-03-01T09:30:00.250+00:00"))
    ('2500000', '2024-03-01T09:30:00.25Z')
    """
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        written = repr(value)
        if value != value:
            return "NaN"
        if not _PLAIN_DECIMAL.fullmatch(written):
            return written  # not a valid xsd:decimal: kept as written
        return written.rstrip("0").rstrip(".")
    if isinstance(value, datetime):
        fraction = f".{value.microsecond:06d}".rstrip("0") if value.microsecond else ""
        offset = value.utcoffset()
        if offset is None:
            zone = ""
        elif not offset:
            zone = "Z"
        else:
            minutes = int(offset.total_seconds()) // 60
            zone = f"{'-' if minutes < 0 else '+'}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
        return f"{value.strftime('%Y-%m-%dT%H:%M:%S')}{fraction}{zone}"
    if isinstance(value, date):
        return value.isoformat()
    return clean(value)
