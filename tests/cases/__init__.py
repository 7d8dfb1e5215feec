"""Data-driven cleaning cases, one module per rule family (nc1_text.py ... nc5_metadata.py).

Each module defines ``FAMILY`` (code prefix) and lists of :class:`Case`:

* ``REMOVES``: lines (or blocks) that must be removed by a rule of the family (or ``code``);
  in a multi-line block, lines starting with ``- `` are the ones to remove, the rest must stay;
* ``KEEPS``: real article text that must survive untouched: the negatives, which matter most;
* ``FIXES`` (optional): ``(text, after)``, a line that must be kept and rewritten to ``after``.

A case the cleaner gets wrong today is not deleted or tuned: it gets ``xfail="why"`` and runs
as a strict xfail, so it shows up as XPASS (and fails) the day a rule change fixes it.
``{title}`` in a case stands for the filler article's title.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Case:
    text: str
    where: str = "body"  # head (after the title), body, tail, or doc (the block is the document)
    lang: str = "en"
    code: str = ""  # expected code or prefix of the removing rule; default: the module's FAMILY
    after: str = ""  # FIXES only: the expected rewritten line
    note: str = ""  # why this case is here
    xfail: str = ""  # known failure: the reason, shown in the report


def c(text: str, where: str = "body", lang: str = "en", **kw: str) -> Case:
    return Case(text, where, lang, **kw)


FAMILY_MODULES = ("nc1_text", "nc2_media", "nc3_structure", "nc4_boilerplate", "nc5_metadata")
