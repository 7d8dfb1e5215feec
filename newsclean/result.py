"""Result of cleaning one article: the clean text, its parts, and a full account of removals.

Every input line is accounted for: it is kept (``kept``, aligned with the paragraphs of
``text``), removed by a rule (``removed``), or was blank. ``edits`` hold the original of every kept
or blank line whose text changed, so :meth:`Result.reconstruct` gives the raw input back exactly.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Removal:
    """One removed line or span. ``line`` is 1-based; ``text`` is what was removed.

    For a whole line, ``text`` is the raw line and ``start``/``end`` are ``None``. For a cut
    span, ``text`` is the cut substring and ``start``/``end`` are its offsets in the fixed line.
    """

    line: int
    text: str
    code: str
    name: str
    reason: str
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class Edit:
    """A line whose text changed (fixers, cut spans, blank padding); ``line`` is 1-based."""

    line: int
    original: str
    text: str
    codes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Guarded:
    """A removal a rule proposed and a guard refused; shown by ``--explain``.

    ``guard`` is "body" (a sentence inside the main body block), "heading" (a subheading
    whose words open the paragraph under it) or "story-end" (a copyright notice directly
    under the story's last paragraphs).
    """

    line: int
    code: str
    reason: str
    guard: str = "body"


@dataclass(frozen=True)
class Result:
    """What :meth:`newsclean.Cleaner.clean_article` returns."""

    text: str
    title: str | None
    body: str
    captions: tuple[str, ...] = ()
    images: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    byline: tuple[str, ...] = ()
    removed: tuple[Removal, ...] = ()
    edits: tuple[Edit, ...] = ()
    kept: tuple[int, ...] = ()  # 1-based input line of each output paragraph, in order
    guarded: tuple[Guarded, ...] = ()
    n_lines: int = 0
    # The input's line separator: "\r" for old Mac text that has no "\n" at all (the output
    # uses "\n" whatever the input); reconstruct() joins the raw lines with it.
    newline: str = "\n"
    # Lines (1-based) that end in a lone "\r" where the rest of the input uses "\n" (mixed
    # line endings): each counts as a line of its own; reconstruct() puts the "\r" back.
    cr_lines: tuple[int, ...] = ()
    id: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)

    @property
    def changed(self) -> bool:
        """True when cleaning removed or edited anything beyond layout."""
        return bool(self.removed) or any(e.codes for e in self.edits)

    def counts(self) -> dict[str, int]:
        """Number of removals per rule code, sorted by code."""
        out: dict[str, int] = {}
        for r in self.removed:
            out[r.code] = out.get(r.code, 0) + 1
        return dict(sorted(out.items()))

    def report(self) -> dict[str, Any]:
        """The removal report stored with a record: removals, counts per code, and the
        captions, related headlines and byline that were taken out of the text."""
        return {
            "removed": [
                {"line": r.line, "code": r.code, "reason": r.reason, "text": r.text}
                for r in self.removed
            ],
            "counts": self.counts(),
            "captions": list(self.captions),
            "related": list(self.related),
            "byline": list(self.byline),
        }

    def reconstruct(self) -> str:
        """The raw input, rebuilt from the output and the removal records."""
        lines = [""] * self.n_lines
        paragraphs = self.text.split("\n\n") if self.text else []
        for no, para in zip(self.kept, paragraphs, strict=True):
            lines[no - 1] = para.rstrip("\n")
        for r in self.removed:
            if r.start is None:
                lines[r.line - 1] = r.text
        for e in self.edits:
            lines[e.line - 1] = e.original
        if not self.cr_lines:
            return self.newline.join(lines)
        ends = [self.newline] * len(lines)
        for no in self.cr_lines:
            ends[no - 1] = "\r"
        ends[-1] = ""
        return "".join(line + end for line, end in zip(lines, ends, strict=True))

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        for k in ("captions", "images", "related", "byline", "kept", "cr_lines"):
            d[k] = list(d[k])
        return d

    def to_json(self, **kw: Any) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, **kw)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Result:
        return cls(
            text=d["text"],
            title=d.get("title"),
            body=d.get("body", ""),
            captions=tuple(d.get("captions", ())),
            images=tuple(d.get("images", ())),
            related=tuple(d.get("related", ())),
            byline=tuple(d.get("byline", ())),
            removed=tuple(Removal(**r) for r in d.get("removed", ())),
            edits=tuple(
                Edit(e["line"], e["original"], e["text"], tuple(e["codes"]))
                for e in d.get("edits", ())
            ),
            kept=tuple(d.get("kept", ())),
            guarded=tuple(Guarded(**g) for g in d.get("guarded", ())),
            n_lines=d.get("n_lines", 0),
            newline=d.get("newline", "\n"),
            cr_lines=tuple(d.get("cr_lines", ())),
            id=d.get("id"),
            metadata=dict(d.get("metadata", {})),
        )
