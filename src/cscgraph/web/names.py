"""Names and dates for IRIs, read from the store's entity catalogue (canned query `entity-catalogue`) and read
again after each write; an IRI with no label gets a name made from its path."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

from cscgraph.web.database import Database
from cscgraph.web.links import Links
from cscgraph.web.values import REMOTE_REFRESH, StoreValues

__all__ = ["Names", "KIND_NAMES"]

KIND_NAMES = {"person": "Person", "organisation": "Body", "policy": "Document", "measure": "Measure",
              "statute": "Statute", "programme": "Programme", "funding": "Funding stream", "role": "Role",
              "membership": "Role held", "claim": "Lineage claim", "article": "Article"}
"""What a reader calls each kind of thing (by the first path segment of its IRI)."""


@dataclass(frozen=True)
class Name:
    label: str
    date: str
    curated: bool = False
    """Reference data curates the entity; False for what only article text names (a discovered document)."""


class Names:
    """The entity catalogue, kept until the store is next written (a remote store's: for `REMOTE_REFRESH` s)."""

    def __init__(self, database: Database, values: StoreValues, links: Links) -> None:
        self.database, self.values, self.links = database, values, links
        self.base = links.base
        self._lock = threading.Lock()
        self._names: dict[str, Name] = {}
        self._names_at: tuple[int, float] = (-1, 0.0)

    def _catalogue(self) -> dict[str, Name]:
        generation = self.values.generation()
        with self._lock:
            seen_generation, seen_at = self._names_at
            fresh = seen_generation == generation and (self.values.store_path is not None
                                                       or time.monotonic() - seen_at < REMOTE_REFRESH)
            if not fresh:
                rows = self.database.rows("entity-catalogue")
                self._names = {r["entity"]: Name(r.get("label", ""), r.get("date", ""), r.get("curated") == "true")
                               for r in rows}
                self._names_at = (generation, time.monotonic())
            return self._names

    def label(self, iri: str) -> str:
        """A name for any IRI: its label or headline, else one made from the IRI (never the bare IRI if ours).

        >>> # person/andy-smith without a label reads "andy smith"
        """
        if not iri:
            return ""
        return self.stated_label(iri) or self._made_from(iri)

    def stated_label(self, iri: str) -> str:
        """The IRI's label or headline as the store states it ('' when it has none)."""
        name = self._catalogue().get(iri)
        return name.label if name else ""

    def _made_from(self, iri: str) -> str:
        """A name made from the IRI itself: its last segment for others' IRIs, the path's words for ours."""
        if not iri.startswith(self.base):
            for sep in ("#", "/"):
                if sep in iri.rstrip("/"):
                    tail = iri.rstrip("/").rsplit(sep, 1)[1]
                    if tail:
                        return tail
            return iri
        path = iri[len(self.base):]
        kind, _, rest = path.partition("/")
        if kind == "article" and "/" in rest:
            article, _, node = rest.partition("/")
            what, _, n = node.partition("/")
            return f"{what} {n} in “{self.label(self.base + 'article/' + article)}”"
        if kind == "membership":
            parts = rest.split("--")
            if len(parts) == 3:
                person, role, body = (self.label(f"{self.base}{k}/{s}") for k, s in
                                      zip(("person", "role", "organisation"), parts))
                return f"{person}, {role}" + (f", {body}" if parts[2] != "none" else "")
        return rest.replace("-", " ") if rest else path

    def entities_of(self, kind: str) -> list[tuple[str, str, str]]:
        """(IRI, name, date) of every named entity of one kind (`person`, `measure`, …), by name."""
        prefix = f"{self.base}{kind}/"
        return sorted(((iri, name.label, name.date[:10]) for iri, name in self._catalogue().items()
                       if iri.startswith(prefix) and "/" not in iri[len(prefix):]), key=lambda e: e[1].lower())

    def date(self, iri: str) -> str:
        """The entity's date (YYYY-MM-DD) where it has one, else ''."""
        name = self._catalogue().get(iri)
        return name.date[:10] if name else ""

    def curated(self, iri: str) -> bool:
        """Reference data curates the entity (documents, measures and programmes found only in article text are
        not)."""
        name = self._catalogue().get(iri)
        return bool(name and name.curated)

    def kind_name(self, iri: str) -> str:
        """What a reader calls the kind of thing `iri` names ('Body' for an organisation), '' for others' IRIs."""
        return KIND_NAMES.get(self.links.kind(iri), "")
