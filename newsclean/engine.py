"""The Cleaner: raw text -> fixers -> Document -> rules -> resolve (guards) -> Result.

Data flows one way. Rules only read the Document; the one place that decides what is removed,
and that protects body text from weak rules, is :func:`_resolve`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from newsclean.config import Config
from newsclean.context import analyse
from newsclean.document import (
    Document,
    Line,
    has_cjk,
    make_line,
    trim_label,
)
from newsclean.result import Edit, Guarded, Removal, Result
from newsclean.rules.registry import FixFunc, GateFunc, Rule, Verdict, all_rules


class InputError(ValueError):
    """The input is not text the cleaner can work on (bytes that are not UTF-8, binary data)."""


@dataclass(frozen=True)
class Cleaner:
    """The unit of work: a frozen Config and the rules it selects. Picklable; thread-safe.

    >>> Cleaner().clean("Title\\n\\nShare on Facebook\\n\\nBody text.")
    'Title\\n\\nBody text.\\n'
    """

    config: Config = field(default_factory=Config)

    def __post_init__(self) -> None:
        # Selected once: the registry and the config are immutable, and this is the hot path.
        chosen = tuple(r for r in all_rules() if self.config.enabled(r.code))
        object.__setattr__(self, "_fixers", tuple(r for r in chosen if r.is_fixer))
        object.__setattr__(self, "_rules", tuple(r for r in chosen if not r.is_fixer))

    @property
    def fixers(self) -> tuple[Rule, ...]:
        """The selected text fixers, in code order."""
        return self._fixers  # type: ignore[attr-defined,no-any-return]

    @property
    def rules(self) -> tuple[Rule, ...]:
        """The selected line rules, in code order."""
        return self._rules  # type: ignore[attr-defined,no-any-return]

    def __reduce__(self) -> tuple[Any, ...]:
        return (Cleaner, (self.config,))

    # -- public API -----------------------------------------------------------------------
    def clean(self, raw: str | bytes, title: str | None = None) -> str:
        """The clean article text (title, blank line, paragraphs separated by blank lines)."""
        return self.clean_article(raw, title=title).text

    def clean_article(self, raw: str | bytes, title: str | None = None) -> Result:
        """Clean one article and account for every removal.

        Rules judge lines in context, and removing junk changes the context (a heading that
        closed a related block becomes the last line). So the pass runs again on its own
        output until nothing changes: the result is a fixpoint, which is what makes cleaning
        idempotent. Passes only remove, so this ends; in practice after two passes.
        """
        text = _as_text(raw)
        doc, edits = self.document(text, title=title)
        verdicts = self._verdicts(doc)
        result = last = _resolve(doc, edits, verdicts, self.config)
        for _ in range(_MAX_PASSES):
            if not result.removed or not result.text:
                break
            # The output is already fixed text; fixers are idempotent, so later passes skip them
            # and take the analysed lines over from the pass before (see _redocument). ``last``
            # is that pass's own Result, numbered like ``doc`` (``result`` is merged).
            before = doc
            # An inferred title carries over only while its line stands: when a rule removed
            # that line ("1 / 12" taken for a headline), the next pass infers again from its own
            # first line, as cleaning the output afresh would, which keeps cleaning idempotent.
            carry = title
            if carry is None and (doc.title_index is None or doc.title_index + 1 in last.kept):
                carry = result.title
            doc, edits, moved = _redocument(doc, last, carry)
            verdicts = self._verdicts(doc, _replay(before, doc, verdicts, moved))
            last = _resolve(doc, edits, verdicts, self.config)
            if not last.removed and last.text == result.text:
                break
            result = _merge(result, last)
        newline = newline_of(text)
        if newline != "\n":
            result = replace(result, newline=newline)
        elif "\r" in text and _LONE_CR.search(text):  # mixed line endings (see split_lines)
            result = replace(result, cr_lines=split_lines(text)[1])
        return result

    def _pass(self, text: str, title: str | None, fix: bool = True) -> Result:
        doc, edits = self.document(text, title=title, fix=fix)
        return _resolve(doc, edits, self._verdicts(doc), self.config)

    def clean_record(
        self,
        record: Mapping[str, Any],
        *,
        text_key: str = "text",
        title_key: str = "title",
        report_key: str | None = None,
    ) -> dict[str, Any]:
        """Clean ``record[text_key]`` and return a new record; other fields pass through.

        With ``report_key`` the removal report is stored under ``metadata[report_key]``.
        """
        raw = record.get(text_key)
        if not isinstance(raw, str):
            raise InputError(f"record field {text_key!r} is missing or not a string")
        title = record.get(title_key) if isinstance(record.get(title_key), str) else None
        result = self.clean_article(raw, title=title)
        out = dict(record)
        out[text_key] = result.text
        if report_key:
            meta = dict(out.get("metadata") or {})
            meta[report_key] = result.report()
            out["metadata"] = meta
        return out

    def map_records(
        self, records: Iterable[Mapping[str, Any]], **kw: Any
    ) -> Iterable[dict[str, Any]]:
        """Clean a stream of records lazily (a partition in Dask/Spark/Ray)."""
        for rec in records:
            yield self.clean_record(rec, **kw)

    # -- stages ---------------------------------------------------------------------------
    def document(
        self, text: str, title: str | None = None, fix: bool = True
    ) -> tuple[Document, list[Edit]]:
        """Split, fix and analyse ``text``; returns the Document and the fixer edits."""
        fixers: list[tuple[GateFunc, FixFunc, str]] = [
            (fx.gate, fx.fix, fx.code)
            for fx in (self.fixers if fix else ())
            if fx.gate is not None and fx.fix is not None
        ]
        lines: list[Line] = []
        edits: list[Edit] = []
        cfg = self.config
        line = make_line
        for i, raw in enumerate(split_lines(text)[0]):
            if not raw:  # blank lines need no analysis
                lines.append(_new(Line, (i, *_BLANK_FEATURES)))
                continue
            t = raw[:-1] if raw[-1] == "\r" else raw
            codes: tuple[str, ...] = ()
            # One fix can enable another that ran before it (trimming a leading nbsp lets ftfy
            # see mojibake at the start of the line), so the chain repeats until the line is
            # stable: later passes and a second clean must find nothing left to fix.
            for _ in range(_MAX_FIX_ROUNDS):
                before = t
                for gate, fixer, code in fixers:
                    if gate(t):
                        new = fixer(t, cfg)
                        if new != t:
                            if code not in codes:
                                codes += (code,)
                            t = new
                if t == before:
                    break
            if t != raw:
                edits.append(Edit(i + 1, raw, t, codes))
            lines.append(line(i, raw, t))
        return analyse(tuple(lines), title), edits

    def _verdicts(
        self, doc: Document, replay: Mapping[str, list[Verdict]] | None = None
    ) -> list[tuple[Rule, Verdict]]:
        """Every rule's verdicts in rule order; ``replay`` holds local rules' known verdicts."""
        out: list[tuple[Rule, Verdict]] = []
        for r in self.rules:
            if replay is not None and r.local:
                out.extend((r, v) for v in replay.get(r.code, ()))
                continue
            assert r.func is not None
            for v in r.func(doc, self.config):
                out.append((r, v))
        return out


_MAX_PASSES = 8
_MAX_FIX_ROUNDS = 4
_BLANK_FEATURES = ("", "", "", 0, False, False, "")  # a blank Line after its index
_new = tuple.__new__  # builds a Line without the generated __new__ wrapper (hot loops)


def _redocument(
    prev: Document, result: Result, title: str | None
) -> tuple[Document, list[Edit], dict[int, int] | None]:
    """What ``document(result.text, title, fix=False)`` returns, without re-analysing lines.

    ``result`` came from judging ``prev``: its paragraph ``p`` is line ``2p`` of
    ``result.text`` and, unless a span was cut from it, carries the text of the ``prev`` line
    it was kept from, so that line's features (pure functions of its text) are taken over.
    The per-text caches of ``prev`` (:meth:`Document.carried`) carry over too.

    The third value maps each ``prev`` line index to its new index when every non-blank
    line of the new Document is such an unchanged ``prev`` line; otherwise it is ``None``.
    """
    lines: list[Line] = []
    edits: list[Edit] = []
    moved: dict[int, int] | None = {}
    kept = result.kept
    before = prev.lines
    pieces = result.text.split("\n")
    n = len(kept)
    if len(pieces) == 2 * n and not any(pieces[1::2]):
        # The usual shape: paragraph p at line 2p, a blank line after each.
        for p, raw in enumerate(pieces[::2]):
            i = 2 * p
            ln = before[kept[p] - 1]
            if raw and ln.text == raw and raw[-1] != "\r":
                lines.append(_new(Line, (i, raw, *ln[2:])))
                if moved is not None:
                    moved[ln.index] = i
            else:
                moved = None
                lines.append(_plain_line(i, raw, edits))
            lines.append(_new(Line, (i + 1, *_BLANK_FEATURES)))
    else:  # a fixer put a line break into a line: take the text as it comes
        moved = None
        lines = [_plain_line(i, raw, edits) for i, raw in enumerate(pieces)]
    return analyse(tuple(lines), title, prev.carry, prev.page), edits, moved


def _plain_line(i: int, raw: str, edits: list[Edit]) -> Line:
    """Line ``i`` as ``document(..., fix=False)`` makes it (recording its edit in ``edits``)."""
    if not raw:
        return _new(Line, (i, *_BLANK_FEATURES))
    t = raw[:-1] if raw[-1] == "\r" else raw
    if t != raw:
        edits.append(Edit(i + 1, raw, t, ()))
    return make_line(i, raw, t)


def _replay(
    prev: Document,
    doc: Document,
    verdicts: list[tuple[Rule, Verdict]],
    moved: dict[int, int] | None,
) -> dict[str, list[Verdict]] | None:
    """Local rules' verdicts on ``doc``, from their verdicts on ``prev`` (see Rule.local).

    Valid when every non-blank line of ``doc`` is an unchanged line of ``prev`` (``moved``)
    under the same title, standing for the title exactly where it did; else ``None``: the
    local rules run again.
    """
    if moved is None or prev.title != doc.title:
        return None
    t = prev.title_index
    if (moved.get(t) if t is not None else None) != doc.title_index:
        return None
    out: dict[str, list[Verdict]] = {}
    for r, v in verdicts:
        if r.local:
            j = moved.get(v.index)
            if j is not None:
                out.setdefault(r.code, []).append(v._replace(index=j))
    return out


def _merge(first: Result, second: Result) -> Result:
    """Fold a later pass over ``first.text`` into ``first``, in the raw input's line numbers."""
    # Paragraph p of first.text is line 2p+1 of the second pass's input.
    origin = {2 * p + 1: no for p, no in enumerate(first.kept)}
    raw_of = {r.line: r.text for r in first.removed if r.start is None}
    edits = {e.line: e for e in first.edits}
    paragraphs = first.text.split("\n\n")
    raw_lines = {}
    for p, no in enumerate(first.kept):
        raw_lines[no] = edits[no].original if no in edits else paragraphs[p].rstrip("\n")
    removed = list(first.removed)
    for r in second.removed:
        if r.line not in origin:
            continue  # a blank separator line of the first pass's output
        no = origin[r.line]
        if r.start is None:
            removed.append(Removal(no, raw_lines[no], r.code, r.name, r.reason))
            edits.pop(no, None)
        else:
            removed.append(Removal(no, r.text, r.code, r.name, r.reason, r.start, r.end))
    for e in second.edits:
        if e.line not in origin or not e.codes:
            continue
        no = origin[e.line]
        prev = edits.get(no)
        edits[no] = Edit(no, raw_lines[no], e.text, (*(prev.codes if prev else ()), *e.codes))
    for no in [n for n, e in edits.items() if not e.codes and n in raw_of]:
        edits.pop(no)
    removed.sort(key=lambda r: (r.line, r.start or 0))
    return Result(
        text=second.text,
        title=second.title,  # the given title, or the one inferred by the last pass
        body=second.body,
        captions=first.captions + second.captions,
        images=first.images + second.images,
        related=first.related + second.related,
        byline=first.byline + second.byline,
        removed=tuple(removed),
        edits=tuple(edits[k] for k in sorted(edits)),
        kept=tuple(origin[k] for k in second.kept),
        guarded=first.guarded,
        n_lines=first.n_lines,
    )


def guards() -> dict[str, str]:
    """What each guard protects, by name (for the rule reference)."""
    return {name: " ".join((f.__doc__ or "").split()) for name, f in _GUARDS}


def newline_of(text: str) -> str:
    r"""The line separator of ``text``: "\n" (also for "\r\n"), or "\r" for old Mac text.

    >>> newline_of("a\r\nb"), newline_of("a\rb")
    ('\n', '\r')
    """
    return "\r" if "\r" in text and "\n" not in text else "\n"


# A CR that ends a line on its own inside "\n" text: one followed by anything but "\n". (A CR
# right before "\n" is part of a CRLF; one at the very end stays on its line, as before.)
_LONE_CR = re.compile(r"\r(?=[^\n])")


def split_lines(text: str) -> tuple[list[str], tuple[int, ...]]:
    r"""The raw lines of ``text`` and the 1-based numbers of those that end in a lone "\r".

    Lines end at "\n" (a CRLF line keeps its "\r", taken off by :meth:`Cleaner.document`
    and kept in an Edit), or at "\r" in old Mac text without any "\n". A lone "\r" inside
    "\n" text (mixed line endings) ends a line too, as universal newlines read it, so that
    the two lines are judged apart; :meth:`Result.reconstruct` puts it back.

    >>> split_lines("a\rb\nc\r\nd\r")
    (['a', 'b', 'c\r', 'd\r'], (1,))
    """
    newline = newline_of(text)
    pieces = text.split(newline)
    if newline == "\r" or "\r" not in text or not _LONE_CR.search(text):
        return pieces, ()
    lines: list[str] = []
    cr: list[int] = []
    for piece in pieces:
        *ended, last = _LONE_CR.split(piece)
        for line in ended:
            lines.append(line)
            cr.append(len(lines))
        lines.append(last)
    return lines, tuple(cr)


def _as_text(raw: str | bytes) -> str:
    if isinstance(raw, str):
        return raw
    if isinstance(raw, (bytes, bytearray)):
        data = bytes(raw)
        if b"\x00" in data[:8192]:
            raise InputError("input looks binary (it contains NUL bytes), not text")
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            raise InputError(
                f"input is not valid UTF-8: byte 0x{data[e.start]:02x} at offset {e.start}"
            ) from None
    raise InputError(f"expected str or bytes, got {type(raw).__name__}")


def _protected(doc: Document, i: int) -> bool:
    """The body guard: a sentence-like line of some length (10 words, or 8 ending in a CJK
    full stop) inside the main body block is safe from every weak, context-based verdict;
    only strong verdicts (an exact repeat, a file name, a credit glued to the line) pass."""
    ln = doc.lines[i]
    # A CJK character counts half a word: "记者从教育部获悉，…。" is a sentence at 8.
    long_enough = ln.words >= 10 or (ln.words >= 8 and ln.text.rstrip()[-1:] in "。！？")
    return doc.body_start <= i < doc.body_end and ln.prose and long_enough


# Rules that judge a short line by what it says (widget labels, credits, footers): a subheading
# saying the same words is theirs to lose. Structure (NC3) and metadata (NC5) judge by position.
_WORDING_FAMILIES = ("NC2", "NC4")
_TOKEN = re.compile(r"\w+")


def _subheading(doc: Document, i: int) -> bool:
    """The heading guard: a short line inside the body block whose words open the paragraph
    under it ("Advertising" over "Advertising revenue fell 4% ...") is the paragraph's heading,
    however much it looks like a widget label; the rules that judge lines by their wording
    (NC2xx, NC4xx) may not take it unless that paragraph goes too."""
    ln = doc.lines[i]
    if not (doc.body_start <= i < doc.body_end and ln.words <= 4 and not ln.terminal):
        return False
    j = doc.neighbours[0].get(i)
    # The paragraph under it: prose, or a short sentence ("Advertising revenue fell 4%.").
    if j is None or not (doc.lines[j].prose or (doc.lines[j].terminal and doc.lines[j].words >= 5)):
        return False
    key, below = ln.key, doc.lines[j].key
    if has_cjk(key):
        # CJK has no spaces to split on: the heading's characters open the paragraph instead
        # ("广告" over "其中一家公司在广告中宣称…").
        return trim_label(key) in below[:24]
    mine = [w for w in _TOKEN.findall(key) if not w.isdigit()]
    opening = _TOKEN.findall(below)[: len(mine) + 5]  # the first words of the paragraph
    # A prefix match lets "Video" head "Videos posted online ..." (inflection, plurals).
    return bool(mine) and all(
        any(w == x or (len(w) >= 4 and x.startswith(w)) for x in opening) for w in mine
    )


def _story_end(v: Verdict, drops: Mapping[int, object]) -> bool:
    """The story-end guard: a line a rule marks as closing the story (a copyright notice set
    directly under the last paragraphs, NC407) stays while those paragraphs stay. When a rule
    removes one of them (a newsletter prompt written as a sentence, a paragraph's second copy,
    a "Comments" heading), page furniture stands there, and the line is the site's."""
    return bool(v.requires) and not any(j in drops for j in v.requires)


def _resolve(
    doc: Document, edits: list[Edit], verdicts: list[tuple[Rule, Verdict]], cfg: Config
) -> Result:
    drops: dict[int, tuple[Rule, Verdict]] = {}
    cuts: dict[int, list[tuple[Rule, Verdict]]] = {}
    guarded: list[Guarded] = []
    headings: list[tuple[Rule, Verdict]] = []
    closing: list[tuple[Rule, Verdict]] = []
    for r, v in verdicts:
        i = v.index
        if v.requires:
            closing.append((r, v))
            continue
        if not v.strong and _protected(doc, i):
            guarded.append(Guarded(i + 1, r.code, v.reason))
            continue
        if v.span is None and r.code[:3] in _WORDING_FAMILIES and _subheading(doc, i):
            headings.append((r, v))
            continue
        if v.span is not None:
            cuts.setdefault(i, []).append((r, v))
        elif i not in drops or (v.strong and not drops[i][1].strong):
            drops[i] = (r, v)
    for r, v in closing:
        i = v.index
        if _story_end(v, drops):
            if i not in drops:  # another rule's reason to remove the line still holds
                guarded.append(Guarded(i + 1, r.code, v.reason, "story-end"))
        elif i not in drops or (v.strong and not drops[i][1].strong):
            drops[i] = (r, v)
    if cfg.keep_captions:
        drops = {i: rv for i, rv in drops.items() if rv[1].role != "caption"}
    nxt = doc.neighbours[0]
    for r, v in headings:
        # A heading over a paragraph that goes too ("SUBSCRIBE" over "Subscribe to X and ...")
        # heads nothing of the article's.
        i = v.index
        if nxt[i] in drops:
            if i not in drops or (v.strong and not drops[i][1].strong):
                drops[i] = (r, v)
        elif i not in drops:
            guarded.append(Guarded(i + 1, r.code, v.reason, "heading"))
    if cfg.keep_captions:
        drops = {i: rv for i, rv in drops.items() if rv[1].role != "caption"}

    roles: dict[str, list[str]] = {"caption": [], "image": [], "related": [], "byline": []}
    removed: list[Removal] = []
    edit_by_line = {e.line: e for e in edits}
    kept: list[int] = []
    paragraphs: list[str] = []
    lines = doc.lines
    # Only content lines and dropped lines matter; a blank line is skipped unless dropped.
    order: Iterable[int] = doc.content
    if any(not lines[i].key for i in drops):
        order = sorted({*doc.content, *drops})
    for i in order:
        ln = lines[i]
        if i in drops:
            r, v = drops[i]
            removed.append(Removal(i + 1, ln.raw, r.code, r.name, v.reason))
            if v.role:
                roles[v.role].append(ln.text)
            edit_by_line.pop(i + 1, None)
            continue
        if not ln.key:
            continue
        text = ln.text
        if i in cuts:
            spans = sorted(cuts[i], key=lambda rv: rv[1].span or (0, 0), reverse=True)
            last_start = len(text)
            codes = []
            for r, v in spans:
                a, b = v.span or (0, 0)
                if b > last_start:  # overlapping cut: the later-starting one already took it
                    continue
                piece = text[a:b]
                removed.append(Removal(i + 1, piece, r.code, r.name, v.reason, a, b))
                if v.role:
                    roles[v.role].append(piece.strip())
                text = text[:a] + text[b:]
                last_start = a
                codes.append(r.code)
            text = text.strip()
            prev = edit_by_line.get(i + 1)
            edit_by_line[i + 1] = Edit(i + 1, ln.raw, text, (*(prev.codes if prev else ()), *codes))
            if not text:
                continue
        kept.append(i + 1)
        paragraphs.append(text)
    out = "\n\n".join(paragraphs) + "\n" if paragraphs else ""
    body_paras = paragraphs
    if doc.title_index is not None and kept and kept[0] == doc.title_index + 1:
        body_paras = paragraphs[1:]
    removed.sort(key=lambda r: (r.line, r.start or 0))
    return Result(
        text=out,
        title=doc.title,
        body="\n\n".join(body_paras),
        captions=tuple(roles["caption"]),
        images=tuple(roles["image"]),
        related=tuple(roles["related"]),
        byline=tuple(roles["byline"]),
        removed=tuple(removed),
        edits=tuple(edit_by_line[k] for k in sorted(edit_by_line)),
        kept=tuple(kept),
        guarded=tuple(guarded),
        n_lines=len(doc.lines),
    )


_GUARDS = (("body", _protected), ("heading", _subheading), ("story-end", _story_end))
