"""The shapes of text that the CLI, the canned queries, search and the web pages accept, as named patterns (the
extraction rules live in `extract/patterns/`). Each is checked against an example in tests/test_syntax.py.

>>> bool(QUERY_NAME.fullmatch("who-said-what"))
True
"""

from __future__ import annotations

import re

__all__ = ["QUERY_NAME", "SPARQL_WHOLE_NUMBER", "PAGE_NUMBER_TEXT", "INTEGER", "ISO_DAY", "YEAR", "IRI_SCHEME",
           "RELATION_NAME", "INDEX_MATCH", "WORD"]

QUERY_NAME = re.compile(r"[A-Za-z0-9_-]+")
"""A canned query's name, the stem of its file in `queries/`: 'who-said-what', 'quotes_by'."""
SPARQL_WHOLE_NUMBER = re.compile(r"[0-9]{1,18}")
"""LIMIT or OFFSET: at most 18 digits, so it fits a SPARQL engine's 64 bits and int() stays cheap: '250'."""
PAGE_NUMBER_TEXT = re.compile(r"[0-9]{1,9}")
"""A page number or page size in a URL: at most 9 digits, '12'."""
INTEGER = re.compile(r"-?\d+")
"""An integer parameter's value: '-3', '2025'."""
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
"""A date parameter's value, YYYY-MM-DD: '2024-11-18'."""
YEAR = re.compile(r"\d{4}")
"""A date that is a year alone, as the read model keeps a document's year: '2023'."""
IRI_SCHEME = re.compile(r"[a-z][a-z0-9+.-]*:")
"""The scheme an IRI parameter's value starts with (RFC 3987): 'https:', 'urn:', 'mailto:'."""
RELATION_NAME = re.compile(r"[A-Za-z]+")
"""A lineage relation's local name in a URL: 'basedOn', 'legislates'."""
INDEX_MATCH = re.compile(r"\[([^\[\]]*)\]")
"""A match the full-text index marks in a snippet with brackets: 'the [Staying] [Close] pilot'."""
WORD = re.compile(r"\w+")
"""A word of a search: 'staying', 'close' in 'staying "close'."""
