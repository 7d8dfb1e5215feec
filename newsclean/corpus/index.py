"""Incremental dedup index in SQLite: signatures and band keys of every earlier batch.

* WAL journal: one writer and any number of readers at the same time (readers see the last
  committed batch, never a half-written one).
* A whole batch is one ``BEGIN IMMEDIATE`` ... ``COMMIT`` transaction, taken *before* the batch
  is compared with the index, so the comparison and the insert see the same snapshot and a
  second writer waits. A run killed at any point before ``COMMIT`` leaves the index as it was.
* The signature parameters are stored in ``meta``; opening an index with different ones is an
  error (its band keys would never match).
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import time
from collections.abc import Sequence
from types import TracebackType

import numpy as np

from newsclean.corpus.dedup import DedupConfig, DedupResult, IndexedDoc, Signature
from newsclean.corpus.hashing import U64

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS batches (
    batch INTEGER PRIMARY KEY, created REAL NOT NULL, n_docs INTEGER NOT NULL,
    n_kept INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS docs (
    seq INTEGER PRIMARY KEY, id TEXT NOT NULL, batch INTEGER NOT NULL, exact BLOB NOT NULL,
    minhash BLOB NOT NULL, shingles BLOB NOT NULL, length INTEGER NOT NULL,
    kept INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS docs_id ON docs (id);
CREATE TABLE IF NOT EXISTS bands (
    band INTEGER NOT NULL, key INTEGER NOT NULL, seq INTEGER NOT NULL,
    PRIMARY KEY (band, key, seq)) WITHOUT ROWID;
"""

_FETCH_CHUNK = 500


class IndexUnusable(ValueError):
    """The index cannot be used: wrong parameters, not a newsclean index, locked."""


class CorpusIndex:
    """An open index. Use as a context manager; :meth:`begin`/:meth:`commit` bracket a batch."""

    def __init__(self, path: str, cfg: DedupConfig, *, readonly: bool = False) -> None:
        self.path = path
        self.cfg = cfg
        self.readonly = readonly
        try:
            if readonly:
                if not os.path.exists(path):
                    raise IndexUnusable(f"{path}: no such index")
                self.db = sqlite3.connect(
                    f"file:{path}?mode=ro", uri=True, isolation_level=None, timeout=30
                )
            else:
                self.db = sqlite3.connect(path, isolation_level=None, timeout=30)
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
                self.db.execute("BEGIN IMMEDIATE")
                for stmt in SCHEMA.split(";"):
                    if stmt.strip():
                        self.db.execute(stmt)
                try:
                    self._check_params()
                except BaseException:
                    self.db.execute("ROLLBACK")
                    self.db.close()
                    raise
                self.db.execute("COMMIT")
                return
            self._check_params()
        except sqlite3.DatabaseError as e:
            raise IndexUnusable(f"{path}: cannot use this index ({e})") from e

    # -- lifecycle ----------------------------------------------------------------------------
    def __enter__(self) -> CorpusIndex:
        return self

    def __exit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self.db.in_transaction:
            self.db.execute("ROLLBACK")
        self.close()

    def close(self) -> None:
        if not self.readonly:
            # Fold the WAL back into the database file; skipped while others hold it.
            with contextlib.suppress(sqlite3.OperationalError):
                self.db.execute("PRAGMA wal_checkpoint(PASSIVE)")
        self.db.close()

    def begin(self) -> None:
        """Take the write lock: the batch's reads and its insert form one transaction."""
        self.db.execute("BEGIN IMMEDIATE")

    def commit(self) -> None:
        self.db.execute("COMMIT")

    def rollback(self) -> None:
        if self.db.in_transaction:
            self.db.execute("ROLLBACK")

    def _check_params(self) -> None:
        want = self.cfg.signature_params()
        row = self.db.execute("SELECT value FROM meta WHERE key = 'params'").fetchone()
        if row is None:
            if self.readonly:
                raise IndexUnusable(f"{self.path}: empty index")
            self.db.execute(
                "INSERT OR IGNORE INTO meta VALUES ('params', ?)",
                (json.dumps(want, sort_keys=True),),
            )
            return
        have = json.loads(row[0])
        if have != want:
            diff = sorted(k for k in set(have) | set(want) if have.get(k) != want.get(k))
            raise IndexUnusable(
                f"{self.path}: built with different parameters ({', '.join(diff)}): "
                f"index {[have.get(k) for k in diff]} vs now {[want.get(k) for k in diff]}"
            )

    # -- the Index protocol ---------------------------------------------------------------------
    def candidates(self, bands: U64) -> list[tuple[int, int]]:
        """(row of ``bands``, seq of an indexed doc) for each shared band bucket."""
        if bands.size == 0:
            return []
        n, b = bands.shape
        keys = bands.view(np.int64)
        rows = np.repeat(np.arange(n), b).tolist()
        cols = np.tile(np.arange(b), n).tolist()
        self.db.execute(
            "CREATE TEMP TABLE IF NOT EXISTS q (row INTEGER, band INTEGER, key INTEGER)"
        )
        self.db.execute("DELETE FROM q")
        self.db.executemany(
            "INSERT INTO q VALUES (?, ?, ?)", zip(rows, cols, keys.ravel().tolist(), strict=True)
        )
        out = self.db.execute(
            "SELECT q.row, bands.seq FROM q JOIN bands ON bands.band = q.band AND bands.key = q.key"
        ).fetchall()
        self.db.execute("DELETE FROM q")
        return [(int(r), int(s)) for r, s in out]

    def fetch(self, handles: Sequence[int]) -> dict[int, IndexedDoc]:
        out: dict[int, IndexedDoc] = {}
        hs = list(handles)
        for lo in range(0, len(hs), _FETCH_CHUNK):
            chunk = hs[lo : lo + _FETCH_CHUNK]
            q = ",".join("?" * len(chunk))
            for seq, rid, batch, exact, mh, sh, length in self.db.execute(
                "SELECT seq, id, batch, exact, minhash, shingles, length FROM docs "
                f"WHERE seq IN ({q})",
                chunk,
            ):
                sig = Signature(
                    rid,
                    bytes(exact),
                    np.frombuffer(mh, dtype=np.uint32),
                    np.frombuffer(sh, dtype=np.uint32),
                    int(length),
                )
                out[int(seq)] = IndexedDoc(sig, int(seq), int(batch))
        return out

    # -- writing ------------------------------------------------------------------------------
    def add(self, sigs: Sequence[Signature], result: DedupResult) -> int:
        """Insert a batch (inside the caller's transaction); returns the new batch number."""
        if not self.db.in_transaction:
            raise RuntimeError("CorpusIndex.add must run between begin() and commit()")
        batch = int(
            self.db.execute("SELECT COALESCE(MAX(batch), 0) + 1 FROM batches").fetchone()[0]
        )
        seq0 = int(self.db.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM docs").fetchone()[0])
        self.db.execute(
            "INSERT INTO batches VALUES (?, ?, ?, ?)",
            (batch, time.time(), len(sigs), result.kept.count(True)),
        )
        docs = []
        band_rows: list[tuple[int, int, int]] = []
        keys = result.bands.view(np.int64)
        for k, p in enumerate(result.nonempty):
            s = sigs[p]
            seq = seq0 + k
            docs.append(
                (
                    seq,
                    s.id,
                    batch,
                    s.exact,
                    s.minhash.astype(np.uint32).tobytes(),
                    s.shingles.astype(np.uint32).tobytes(),
                    s.length,
                    int(result.kept[p]),
                )
            )
            band_rows.extend((j, key, seq) for j, key in enumerate(keys[k].tolist()))
        self.db.executemany("INSERT INTO docs VALUES (?, ?, ?, ?, ?, ?, ?, ?)", docs)
        self.db.executemany("INSERT INTO bands VALUES (?, ?, ?)", band_rows)
        return batch

    # -- inspection ---------------------------------------------------------------------------
    def stats(self) -> dict[str, int]:
        docs = int(self.db.execute("SELECT COUNT(*) FROM docs").fetchone()[0])
        batches = int(self.db.execute("SELECT COUNT(*) FROM batches").fetchone()[0])
        if not self.readonly and not self.db.in_transaction:
            # Move committed pages out of the WAL so that the file size counts them once.
            with contextlib.suppress(sqlite3.OperationalError):
                self.db.execute("PRAGMA wal_checkpoint(PASSIVE)")
        size = os.path.getsize(self.path)
        return {"docs": docs, "batches": batches, "bytes": size}
