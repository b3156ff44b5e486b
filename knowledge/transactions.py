"""Write transactions that queue behind each other instead of failing.

sqlite-utils' ``Database.atomic()`` opens a *deferred* transaction: it takes SQLite's write lock
only at its first write. In WAL mode a transaction that has already read and then finds another
writer has committed since cannot upgrade, and SQLite fails at once with "database is locked"
(the busy timeout does not apply). Two ingests at once, or an upload ingested while the job
queue claims a reminder, then lose one of the writes. ``BEGIN IMMEDIATE`` takes the write lock
at the start, so the second writer waits for the first (up to the connection's busy timeout) and
then reads what it committed.
"""
from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator

from sqlite_utils import Database


@contextlib.contextmanager
def writing(db: Database) -> Iterator[Database]:
    """One all-or-nothing write transaction holding the write lock from its start; nested inside
    another, a savepoint of it. Raises ``sqlite3.OperationalError`` ("database is locked") only
    when another writer holds the lock for longer than the busy timeout."""
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.conn.rollback()
        raise
    try:
        db.conn.execute("COMMIT")
    except sqlite3.Error:
        db.conn.rollback()
        raise


def is_locked(error: BaseException) -> bool:
    """Whether this is SQLite giving up on waiting for another writer."""
    return isinstance(error, sqlite3.OperationalError) and "locked" in str(error)
