"""Bytes and files → `Article` records; the only code that reads sources.

    read_sources(sources)   files, folders and http(s) URLs (feeds and pages, fetched by `fetch.Fetcher`)
    read_paths(paths)       files and folders (recursive, sorted; README.md and dotfiles skipped)
    read_file(path)         one file, its format detected from its content
    read_bytes(data, src)   bytes already in memory
    article_id(article)     a stable, readable id (slug of the URL's host and page, else a hash of title and body)
    url_id(url)             the id of the article at a URL, from any link to it

Each yields `Article` or `ReadError` records and never raises for bad input: an unreadable file yields one
`ReadError` naming it and why, an unreadable feed item one `ReadError` with its item number, and the other items
still come. One module per format: `feed_xml`, `html_page`, `flat_rss`, `plain_text`; `detect` picks one and
`text` holds the decoding and whitespace rules they share. `fetch` is the only module that uses the network.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import ReadError
from ..models import Article
from .detect import FORMAT_HINT, detect_format
from .feed_xml import read_feed_xml
from .fetch import Fetcher, is_url, read_urls
from .flat_rss import read_flat_rss
from .html_page import read_html_page
from .identity import article_id, url_id
from .plain_text import read_plain_text
from .text import MAX_ARTICLE_CHARS, decode_noting, looks_binary, too_long

__all__ = ["read_sources", "read_paths", "read_file", "read_bytes", "article_id", "is_url", "url_id"]

_log = logging.getLogger(__name__)

# Files in a folder that are documentation, not sources.
SKIPPED_NAMES = frozenset({"readme.md"})


def read_sources(sources: Iterable[str | Path], fetcher: Fetcher | None = None,
                 follow_links: bool = False) -> Iterator[Article | ReadError]:
    """Read files, folders and http(s) URLs in the order given; a URL needs a `fetcher`."""
    for source in sources:
        if is_url(source):
            if fetcher is None:
                yield ReadError(str(source), "a URL, but this run fetches nothing")
            else:
                yield from read_urls([str(source)], fetcher, follow_links)
        else:
            yield from read_paths([source])


def read_paths(paths: Iterable[str | Path]) -> Iterator[Article | ReadError]:
    """Read every file named, and every file under every folder named, in sorted order.

    Folders are walked recursively; `README.md` and dotfiles (or files under dot-folders) are skipped.
    """
    for path in paths:
        path = Path(path)
        if path.is_dir():
            for file in _folder_files(path):
                yield from read_file(file)
        elif path.exists():
            yield from read_file(path)
        else:
            yield ReadError(source_name(path), "no such file or folder")


def read_file(path: str | Path) -> Iterator[Article | ReadError]:
    """Read one file; its format is detected from its content, never from its name."""
    source = source_name(path)
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        yield ReadError(source, f"cannot read file: {error.strerror or error}")
        return
    yield from read_bytes(data, source)


def source_name(path: str | Path) -> str:
    """A file's path as text that RDF and terminals can hold: bytes of the name that are not UTF-8 (which Python
    keeps as lone surrogates) are written `%XX`, so they are kept, not dropped.

    >>> source_name(Path(os.fsdecode(b"in/caf\\xe9.txt")))
    'in/caf%E9.txt'
    """
    text = str(path)
    if not any("\udc80" <= char <= "\udcff" for char in text):
        return text
    return "".join(f"%{ord(char) - 0xDC00:02X}" if "\udc80" <= char <= "\udcff" else char for char in text)


def read_bytes(data: bytes, source: str) -> Iterator[Article | ReadError]:
    """Read bytes already in memory; `source` names them in every Article and ReadError.

    >>> [type(record).__name__ for record in read_bytes(b"Title: Hubs\\n\\nHubs opened.", "x.txt")]
    ['Article']
    >>> next(read_bytes(b"", "empty.txt")).reason
    'empty file'
    """
    text, note = decode_noting(data)
    if note:
        _log.warning("%s: %s", source, note)
    if not text.strip():  # after decoding, so that a file holding only a byte-order mark is empty too
        yield ReadError(source, "empty file")
        return
    if looks_binary(text):
        yield ReadError(source, "binary data, not text")
        return
    kind = detect_format(text)
    if kind is None:
        yield ReadError(source, f"unrecognised format: {FORMAT_HINT}")
        return
    try:
        for record in _read_as(kind, data, text, source):
            if isinstance(record, Article) and len(record.body) > MAX_ARTICLE_CHARS:
                record = ReadError(source, too_long(record.title, len(record.body)), record.item)
            yield record
    except Exception as error:  # noqa: BLE001 – a parser bug on odd input must not stop the other files
        yield ReadError(source, f"could not be read as {kind.replace('_', ' ')}: {type(error).__name__}: {error}")


def _read_as(kind: str, data: bytes, text: str, source: str) -> Iterator[Article | ReadError]:
    if kind == "feed_xml":
        return read_feed_xml(data, source)
    if kind == "html_page":
        return read_html_page(text, source)
    if kind == "flat_rss":
        return read_flat_rss(text, source)
    return read_plain_text(text, source)


def _folder_files(folder: Path) -> Iterator[Path]:
    """Files under `folder`, sorted by path, without README.md, dotfiles or anything under a dot-folder."""
    found: list[Path] = []
    for root, folders, files in os.walk(folder):
        folders[:] = [name for name in folders if not name.startswith(".")]
        found.extend(Path(root, name) for name in files
                     if not name.startswith(".") and name.lower() not in SKIPPED_NAMES)
    yield from sorted(found)
