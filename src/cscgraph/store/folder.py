"""The embedded store's folder: created atomically, opened read-only while a writer works on it, and opened for
writing by one process at a time (a second waits, then fails with a message saying so)."""

from __future__ import annotations

import os
import re
import shutil
import time
from pathlib import Path

import pyoxigraph as ox

from cscgraph.errors import StoreBusy, StoreError
from cscgraph.graph.namespaces import Minter
from cscgraph.store.versions import version_quad

VANISHED_FILE = re.compile(r"No such file or directory|While open a file", re.I)
"""How RocksDB reports a data file that a concurrent writer's compaction deleted under a read-only snapshot."""

READ_ONLY_OPEN_ATTEMPTS = 4
"""Tries at opening a read-only view while a writer compacts: RocksDB may delete a file the view was about to open."""


def open_read_only(path: Path) -> ox.Store:
    if not (path / "CURRENT").exists():
        raise StoreError(f"{path}: no store here yet; run `cscgraph --store {path} ingest` first")
    for attempt in range(READ_ONLY_OPEN_ATTEMPTS):
        try:
            return ox.Store.read_only(str(path))
        except (OSError, RuntimeError) as exc:  # RocksDB reports a vanished file as I/O error or "Corruption"
            if attempt < READ_ONLY_OPEN_ATTEMPTS - 1 and VANISHED_FILE.search(str(exc)):
                time.sleep(0.05 * (attempt + 1))
                continue
            if isinstance(exc, OSError):
                raise StoreError(f"{path}: cannot open the store: {exc}") from exc
            raise StoreError(f"{path}: the store is incomplete ({exc}); open it once for writing, e.g. "
                             f"`cscgraph --store {path} ingest`, to repair it") from exc
    raise AssertionError("unreachable")


WRITER_POLL_SECONDS = 0.25
"""How often a writer waiting for the store tries again."""


class WriterLock:
    """The right to write the store in `path`: an exclusive `flock` on `<name>.writer.lock` beside the folder, held
    while a writer has the store open. RocksDB's own LOCK file guards the folder, but a bulk load must close the
    store and swap another folder in under its name (`cscgraph.store.bulk`), and no writer may slip in between."""

    def __init__(self, path: Path, wait: float) -> None:
        """Take the lock, waiting up to `wait` seconds while another process holds it; `StoreBusy` after that."""
        import fcntl

        path.parent.mkdir(parents=True, exist_ok=True)
        self._file = open(path.parent / f"{path.name}.writer.lock", "ab")  # noqa: SIM115 - held until release()
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(self._file, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    self._file.close()
                    raise StoreBusy(_busy(path, wait)) from None
                time.sleep(WRITER_POLL_SECONDS)

    def release(self) -> None:
        self._file.close()  # closing the file lets go of the flock


def _busy(path: Path, wait: float) -> str:
    return (f"{path}: another process is writing to the store (an ingest, watch or migrate); waited {wait:g} s — "
            f"try again when it has finished, or wait longer with --wait SECONDS (CSCGRAPH_WRITE_WAIT)")


def open_for_writing(path: Path, wait: float) -> ox.Store:
    """Open the store for writing, waiting up to `wait` seconds while another process holds it (the caller holds
    the `WriterLock`; RocksDB's LOCK still keeps out a cscgraph too old to take it)."""
    deadline = time.monotonic() + wait
    while True:
        try:
            return ox.Store(str(path))
        except OSError as exc:
            if not _held_by_another_process(path):
                raise
            if time.monotonic() >= deadline:
                raise StoreBusy(_busy(path, wait)) from exc
            time.sleep(WRITER_POLL_SECONDS)


def _held_by_another_process(path: Path) -> bool:
    """Whether another process holds the store's RocksDB LOCK file (asked of the kernel: a POSIX record lock)."""
    import fcntl

    try:
        with open(path / "LOCK", "rb+") as lock:
            try:
                fcntl.lockf(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                return True
            fcntl.lockf(lock, fcntl.LOCK_UN)
            return False
    except OSError:
        return False


ROCKSDB_LEFTOVERS = re.compile(r"LOCK|LOG(\.old\..*)?|IDENTITY|\d+\.log|MANIFEST-\d+|OPTIONS-\d+(\.dbtmp)?")
"""Files RocksDB may leave in a folder when killed before it wrote CURRENT."""



def create_store(path: Path, minter: Minter) -> None:
    """Create a store at `path` atomically: build it, with its format version, in a sibling folder and rename it
    into place, so a kill at any point leaves either no store or a complete one."""
    if path.exists():
        if not path.is_dir():
            raise StoreError(f"{path}: cannot create the store: it is a file, not a folder")
        foreign = sorted(entry.name for entry in path.iterdir() if not ROCKSDB_LEFTOVERS.fullmatch(entry.name))
        if foreign:
            raise StoreError(f"{path}: cannot create the store: the folder is not empty and holds no store "
                             f"(found {', '.join(foreign[:3])}); choose another folder")
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_abandoned(path.parent, f".{path.name}.creating-")
    building = path.parent / f".{path.name}.creating-{os.getpid()}"
    shutil.rmtree(building, ignore_errors=True)
    store = ox.Store(str(building))
    store.add(version_quad(minter))
    store.flush()
    del store
    if path.exists():
        shutil.rmtree(path)  # only RocksDB leftovers of a killed first open, checked above
    try:
        building.rename(path)
    except OSError:  # another process created the store first; use theirs
        shutil.rmtree(building, ignore_errors=True)


def remove_abandoned(folder: Path, prefix: str) -> None:
    """Delete what processes killed while building left in `folder`: entries named `prefix`, their process id, and
    maybe a suffix (`.store.creating-123`, `.store.bulk-123.search.sqlite`), whose process is gone."""
    for leftover in folder.glob(f"{prefix}*"):
        pid = re.match(r"\d+", leftover.name[len(prefix):])
        if pid is None or _process_alive(int(pid[0])):
            continue
        if leftover.is_dir():
            shutil.rmtree(leftover, ignore_errors=True)
        else:
            leftover.unlink(missing_ok=True)


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
