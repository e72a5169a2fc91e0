"""Putting a store folder built beside the store in its place, journaled, so that a crash at any point leaves the
old store or the complete new one under the store's name, never a mix.

A bulk load (`cscgraph.store.bulk`) builds a complete store in a folder beside the store, and SQLite files with it
(the search index). `begin_swap` writes a journal, `<name>.swap.json` beside the store, naming the built folder (and
its inode, which a rename keeps) and each built file with its target; `finish_swap` then copies each built SQLite
file over its target by SQLite's backup API (one transaction: a reader sees the old file or the new; a target that
does not exist yet, which no reader can hold open, gets the built file by a rename instead), exchanges the
two folders in one `renameat2(RENAME_EXCHANGE)` (where the system has none: two renames, the store's name absent in
between), records a new generation, deletes the old folder, then the journal. Every step can be run again, and
whoever next opens the store for writing runs `finish_swap` first, so a swap a crash interrupted is completed.
Callers hold the store's writer lock and do not have the store open while it runs.
"""

from __future__ import annotations

import ctypes
import json
import os
import shutil
import sqlite3
from collections.abc import Mapping
from pathlib import Path

from cscgraph.store.versions import bump_generation

__all__ = ["begin_swap", "finish_swap"]

RENAME_EXCHANGE = 2
"""`renameat2` flag: swap the two names atomically (Linux 3.15+, ext4, xfs, btrfs, tmpfs…)."""
AT_FDCWD = -100


def journal_path(path: Path) -> Path:
    return path.parent / f"{path.name}.swap.json"


def begin_swap(path: Path, built: Path, files: Mapping[Path, Path]) -> None:
    """Record that the complete store in `built`, and the built SQLite `files` (built → target), replace the store
    in `path` (the journal is written whole, or not at all; files by absolute path, so that a writer started
    elsewhere finds them). Each built file is synced to disk first: it may have been written without syncs."""
    for source in files:
        _sync_file(source)
    journal = journal_path(path)
    entry = {"built": built.name, "inode": built.stat().st_ino,
             "files": [[os.path.abspath(source), os.path.abspath(target)] for source, target in files.items()]}
    scratch = journal.with_name(journal.name + ".tmp")
    with open(scratch, "w", encoding="utf-8") as out:
        json.dump(entry, out)
        out.flush()
        os.fsync(out.fileno())
    scratch.replace(journal)
    _sync_folder(path.parent)


def finish_swap(path: Path) -> bool:
    """Complete the swap whose journal is beside `path`, if there is one; True when there was."""
    journal = journal_path(path)
    try:
        entry = json.loads(journal.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return False
    built = path.parent / entry["built"]
    for source, target in entry["files"]:
        if Path(source).exists() and not Path(target).exists() and not Path(f"{source}-wal").exists():
            os.replace(source, target)
            _sync_folder(Path(target).parent)
        elif Path(source).exists():  # not copied yet (or the copy was cut short: it is one transaction)
            _copy_sqlite(Path(source), Path(target))
            for suffix in ("", "-wal", "-shm"):
                Path(f"{source}{suffix}").unlink(missing_ok=True)
    if not _is_inode(path, entry["inode"]) and built.exists():
        if path.exists():
            _exchange(built, path)
        else:  # two renames without RENAME_EXCHANGE, cut short between them
            built.rename(path)
        _sync_folder(path.parent)
        bump_generation(path)  # readers' snapshots follow to the new store
    # The old store, under the built folder's name (or the name the fallback moved it to), and what the build
    # kept beside its folder (its generation, its writer lock).
    shutil.rmtree(built, ignore_errors=True)
    for leftover in path.parent.glob(f"{built.name}.*"):
        if leftover.is_dir():
            shutil.rmtree(leftover, ignore_errors=True)
        else:
            leftover.unlink(missing_ok=True)
    journal.unlink()
    return True


def _is_inode(path: Path, inode: int) -> bool:
    try:
        return path.stat().st_ino == inode
    except FileNotFoundError:
        return False


def _aside(built: Path) -> Path:
    """Where the old store goes when folders cannot be exchanged in one step (a name `finish_swap` deletes)."""
    return built.with_name(built.name + ".old")


def _exchange(built: Path, path: Path) -> None:
    """Swap the two folders' names: in one step where the system can, else by two renames."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):
        renameat2 = None
    if renameat2 is not None:
        renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
        if renameat2(AT_FDCWD, os.fsencode(built), AT_FDCWD, os.fsencode(path), RENAME_EXCHANGE) == 0:
            return
    path.rename(_aside(built))
    built.rename(path)


def _copy_sqlite(source: Path, target: Path) -> None:
    src = sqlite3.connect(str(source))
    dst = sqlite3.connect(str(target), timeout=60)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def _sync_file(path: Path) -> None:
    with open(path, "rb") as file:
        os.fsync(file.fileno())


def _sync_folder(folder: Path) -> None:
    """Make renames and new names in `folder` durable."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
