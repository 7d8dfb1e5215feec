"""Atomic in-place rewrites: a temporary file in the same folder, fsync, then ``os.replace``.

A reader (or a crash) sees either the old file or the new one, never a truncated mix. The file
mode of the original is kept. Callers only open one when the content changed, so an unchanged
file is never rewritten and keeps its mtime.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


class AtomicFile:
    """A temporary file next to ``path``: :meth:`commit` puts it in place, :meth:`discard`
    drops it."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        # Write through a symlink to its target: replacing the link itself would break it.
        self.target = Path(os.path.realpath(path))
        try:
            self._mode: int | None = os.stat(self.target).st_mode & 0o7777
        except FileNotFoundError:
            self._mode = None
        fd, self._tmp = tempfile.mkstemp(
            prefix=f".{self.target.name}.", suffix=".newsclean-tmp", dir=self.target.parent
        )
        self.file: BinaryIO = os.fdopen(fd, "wb")
        self._done = False

    def commit(self) -> None:
        if self._done:
            return
        try:
            self.file.flush()
            os.fsync(self.file.fileno())
            self.file.close()
            if self._mode is not None:
                os.chmod(self._tmp, self._mode)
            os.replace(self._tmp, self.target)
        except BaseException:
            self.discard()
            raise
        self._done = True
        _fsync_dir(self.target.parent)

    def discard(self) -> None:
        if self._done:
            return
        self._done = True
        self.file.close()
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self._tmp)


@contextlib.contextmanager
def atomic_writer(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """Yield a binary file; on a clean exit it replaces ``path``, on an exception it vanishes."""
    af = AtomicFile(path)
    try:
        yield af.file
    except BaseException:
        af.discard()
        raise
    af.commit()


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    with atomic_writer(path) as f:
        f.write(data)


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (POSIX); harmless where directories cannot be opened."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
