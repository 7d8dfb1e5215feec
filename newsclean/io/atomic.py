"""Atomic in-place rewrites: a temporary file in the same folder, fsync, then ``os.replace``.

A reader (or a crash) sees either the old file or the new one, never a truncated mix. The file
mode of the original is kept; a new file gets ``0666 & ~umask``, as with ``open()``. Callers only open one when the content changed, so an unchanged
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
            # mkstemp makes the file 0600; a new file gets what open() would give it.
            os.chmod(self._tmp, self._mode if self._mode is not None else new_file_mode())
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


def new_file_mode() -> int:
    """``0o666`` less the process umask: the mode ``open()`` gives a new file."""
    return 0o666 & ~_umask()


def _umask() -> int:
    # Linux shows the umask without changing it; elsewhere set it and put it back.
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


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
