"""A copy of the database taken while the bot runs. The database is in WAL mode: recent writes
sit in ``acta.db-wal`` until a checkpoint, so copying ``acta.db`` alone can miss them or catch a
page half written. SQLite's online backup API copies a consistent snapshot, the WAL included,
without stopping readers or the writer. The database holds the original transcript files, the
events and reminders: it and bot.toml are the whole state."""
from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from knowledge.errors import ActaError


class BackupError(ActaError):
    """The copy could not be made (no database, a target that exists, a folder that refuses it)."""


@dataclass(frozen=True)
class Backup:
    path: Path
    size: int           # bytes
    meetings: int


def backup(source: Path, target: Path, *, replace: bool = False) -> Backup:
    """Copy the database ``source`` to ``target``, one self-contained file (no -wal beside it).
    The copy is written beside ``target`` and renamed into place when complete, so an interrupted
    backup never leaves a partial file under the target's name; an existing target is kept
    unless ``replace``."""
    source, target = Path(source), Path(target)
    if not source.is_file():
        raise BackupError(f"no database at {source}")
    if target.is_dir():
        raise BackupError(f"{target} is a folder: name the backup file")
    if target.exists() and target.resolve() == source.resolve():
        raise BackupError(f"{target} is the database itself")
    if target.exists() and not replace:
        raise BackupError(f"{target} exists: choose another name, or --force to replace it")
    if target.with_name(target.name + "-wal").exists():     # its WAL would be replayed onto the copy
        raise BackupError(f"{target} is a database in use ({target.name}-wal is beside it): stop what uses it, "
                          "or choose another name")
    partial = target.with_name(f".{target.name}.partial-{os.getpid()}")
    try:
        src = sqlite3.connect(f"file:{source.resolve().as_posix()}?mode=ro", uri=True, timeout=10)
    except sqlite3.Error as e:
        raise BackupError(f"cannot open database {source}: {e}") from None
    try:
        partial.unlink(missing_ok=True)
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")     # one file: nothing left in a -wal beside it
            meetings = dst.execute("SELECT count(*) FROM meetings").fetchone()[0]
        finally:
            dst.close()
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as e:
        partial.unlink(missing_ok=True)
        raise BackupError(f"could not back up {source} to {target}: {e}") from None
    finally:
        src.close()
    return Backup(target, target.stat().st_size, meetings)
