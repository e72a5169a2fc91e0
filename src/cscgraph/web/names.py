"""Names and dates for IRIs, read from the store's entity catalogue (canned query `entity-catalogue`: from the read
model's table, just the IRIs a page names, while it is in step; else whole) and read again after each write; an IRI
with no label gets a name made from its path."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable
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
    """Names of IRIs, kept until the store is next written (a remote store's: for `REMOTE_REFRESH` s). While the
    read model is in step, the IRIs a page names are looked up in its `entity_names` table (a page names a few of
    many thousand entities); otherwise the whole catalogue is read once from the store."""

    def __init__(self, database: Database, values: StoreValues, links: Links) -> None:
        self.database, self.values, self.links = database, values, links
        self.base = links.base
        self._lock = threading.Lock()
        self._names: dict[str, Name] | None = None
        """The whole catalogue, once read (the read model was not in step)."""
        self._known: dict[str, Name | None] = {}
        """IRIs looked up in the read model, and their names (None: it names no such entity)."""
        self._names_at: tuple[int, float] = (-1, 0.0)
        self._in_step = False
        """The read model answered in step at the present generation: later lookups need not ask again (as the
        whole catalogue, once read, serves the generation)."""

    def _keep_if_fresh(self) -> None:
        """Forget what was read when the store has been written since (a remote store's: every REMOTE_REFRESH s).
        Called under the lock."""
        generation = self.values.generation()
        seen_generation, seen_at = self._names_at
        if seen_generation != generation or (self.values.store_path is None
                                             and time.monotonic() - seen_at >= REMOTE_REFRESH):
            self._names, self._known, self._in_step = None, {}, False
            self._names_at = (generation, time.monotonic())

    def _catalogue(self) -> dict[str, Name]:
        """The whole catalogue (from the read model's table while in step, else from the store). Under the lock."""
        if self._names is None:
            self._names = dict(_named(r) for r in self.database.rows("entity-catalogue"))
        return self._names

    def prefetch(self, iris: Iterable[str]) -> None:
        """Look the names of `iris` up together (a statement per `readmodel.NAMES_AT_ONCE`), for a page about to
        name many, rather than a statement each."""
        with self._lock:
            self._look_up(iris)

    def _look_up(self, iris: Iterable[str]) -> None:
        """Read the names of those of `iris` not yet known: from the read model while in step, else (the store
        answering) the whole catalogue. Under the lock."""
        self._keep_if_fresh()
        if self._names is not None:
            return
        wanted = sorted({iri for iri in iris if iri and iri not in self._known})
        if not wanted:
            return
        read_model = self.database.read_model
        rows = read_model.names(wanted, checked=not self._in_step) if read_model is not None else None
        if rows is None:  # the read model is not in step: the store answers, for every IRI at once
            self._catalogue()
            return
        self._in_step = True
        found = dict(_named(r) for r in rows)
        self._known.update((iri, found.get(iri)) for iri in wanted)

    def _name(self, iri: str) -> Name | None:
        with self._lock:
            self._keep_if_fresh()
            if self._names is None and iri not in self._known:  # a page names most IRIs it prefetched
                self._look_up((iri,))
            return self._names.get(iri) if self._names is not None else self._known.get(iri)

    def label(self, iri: str) -> str:
        """A name for any IRI: its label or headline, else one made from the IRI (never the bare IRI if ours).

        >>> # person/andy-smith without a label reads "andy smith"
        """
        if not iri:
            return ""
        return self.stated_label(iri) or self._made_from(iri)

    def stated_label(self, iri: str) -> str:
        """The IRI's label or headline as the store states it ('' when it has none)."""
        name = self._name(iri)
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
        """(IRI, name, date) of every named entity of one kind (`person`, `measure`, …), by name (then IRI)."""
        prefix = f"{self.base}{kind}/"
        read_model = self.database.read_model
        named = read_model.names_under(prefix) if read_model is not None else None
        if named is None:
            with self._lock:
                self._keep_if_fresh()
                named = [(iri, name.label, name.date) for iri, name in self._catalogue().items()
                         if iri.startswith(prefix) and "/" not in iri[len(prefix):]]
        return sorted(((iri, label, date[:10]) for iri, label, date in named), key=lambda e: (e[1].lower(), e[0]))

    def date(self, iri: str) -> str:
        """The entity's date (YYYY-MM-DD) where it has one, else ''."""
        name = self._name(iri)
        return name.date[:10] if name else ""

    def curated(self, iri: str) -> bool:
        """Reference data curates the entity (documents, measures and programmes found only in article text are
        not)."""
        name = self._name(iri)
        return bool(name and name.curated)

    def kind_name(self, iri: str) -> str:
        """What a reader calls the kind of thing `iri` names ('Body' for an organisation), '' for others' IRIs."""
        return KIND_NAMES.get(self.links.kind(iri), "")


def _named(row: dict[str, str]) -> tuple[str, Name]:
    """An `entity-catalogue` row as (IRI, its name)."""
    return row["entity"], Name(row.get("label", ""), row.get("date", ""), row.get("curated") == "true")
