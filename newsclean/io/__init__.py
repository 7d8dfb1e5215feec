"""Reading and writing article files: ``.txt``, ``.html``/``.htm``, ``.jsonl``/``.jsonl.gz``.

Every reader reports problems as :class:`FileError` (path, line, message) so the command line can
name the file, skip it, and go on with the others. In-place writes go through :mod:`.atomic`.
"""

from newsclean.io.errors import FileError
from newsclean.io.formats import Kind, kind_of

__all__ = ["FileError", "Kind", "kind_of"]
