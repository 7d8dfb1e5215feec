"""Document and Line: read-only, normalised views of one raw article that rules judge.

A Document is built once per article by the engine after the text fixers (NC1xx) ran. Every
feature a rule needs more than once (matching key, word count, prose shape, the main body block,
the title) is computed here, in one pass, so that rules stay cheap and never re-derive it.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, NamedTuple, TypeVar

T = TypeVar("T")

# Characters folded for matching only (never in the output): curly quotes, dashes, nbsp, soft
# hyphen and zero-width characters. Matching keys must agree across sites that typeset differently.
_KEY_TRANS = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u202f": " ",
        "\u2007": " ",
        "\u00ad": None,
        "\u200b": None,
        "\u200c": None,
        "\u200d": None,
        "\u2060": None,
        "\ufeff": None,
    }
)
_WS = re.compile(r"\s+")
_ODD_SPACE = re.compile(r"[^\S ]")  # whitespace other than a plain space
# Characters that _KEY_TRANS folds; looked for first so that most lines skip translate().
_KEY_CHARS = re.compile(
    "[\u2018-\u201e\u00ab\u00bb\u2013\u2014\u2212\u00a0\u202f\u2007\u00ad\u200b-\u200d\u2060\ufeff]"
)
# CJK, kana, hangul: scripts without spaces, where "words" are counted per character.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+")
_CLOSERS = "'\"’”»)]"
_ENDS = frozenset(".!?…。！？:;")
# Decoration around labels and headings: "» Read more…", "Share this:", "- Next Auto News".
_DECOR = frozenset(" :：.…»›><|•·-–—«‹\"'")
# What trim_label strips: decoration plus any whitespace (str.isspace, the same set as the
# regex \s; U+3000 is the highest). str.strip with a character set scans only the ends.
_SPACES = "".join(c for c in map(chr, range(0x3001)) if c.isspace())
_TRAIL = _SPACES + ":：.…»›>|•·-–—\"'"
_LEAD = _SPACES + "«‹»›<>|•·-–—\"'"


def _fold_char(m: re.Match[str]) -> str:
    out = _KEY_TRANS.get(ord(m.group()))
    return out if isinstance(out, str) else ""


def match_key(text: str) -> str:
    """Casefolded, typography-folded, whitespace-collapsed form of ``text`` for comparisons.

    >>> match_key("  The\\u00a0Title\\u2019s  END ")
    "the title's end"
    """
    if not text.isascii():
        # Plain replace() for the common typographic characters is far cheaper than
        # str.translate's per-character dict lookups; the rare rest goes through the regex.
        text = (
            text.replace("\u2019", "'")
            .replace("\u2018", "'")
            .replace("\u201c", '"')
            .replace("\u201d", '"')
            .replace("\u2014", "-")
            .replace("\u2013", "-")
            .replace("\u00a0", " ")
        )
        # Most lines are ASCII once their quotes and dashes are folded; ASCII has nothing left
        # for the regex below to fold and is NFKC already.
        if not text.isascii():
            if _KEY_CHARS.search(text):
                text = _KEY_CHARS.sub(_fold_char, text)
            if not unicodedata.is_normalized("NFKC", text):
                text = unicodedata.normalize("NFKC", text)
            if not text.isascii():
                # Collapsing changes the text only where it has a run, an edge or a space
                # other than " " (str.split and the regex agree on what whitespace is).
                # Such a space is never printable, and isprintable() is a fast C loop.
                if (
                    "  " in text
                    or text[:1] == " "
                    or text[-1:] == " "
                    or (not text.isprintable() and _ODD_SPACE.search(text))
                ):
                    text = " ".join(text.split())
                return text.casefold()
    if "  " in text or "\t" in text or text[:1] == " " or text[-1:] == " ":
        text = " ".join(text.split())
    return text.lower()  # the same as casefold() on ASCII, and cheaper


def count_words(text: str) -> int:
    """Whitespace-separated words; each CJK character counts as half a word.

    >>> count_words("Three small words")
    3
    """
    n = len(text.split())
    if has_cjk(text):
        cjk = sum(len(m) for m in _CJK_RUN.findall(text))
        n += (cjk + 1) // 2 - len(_CJK_RUN.findall(text))
        n = max(n, 1)
    return n


def has_cjk(text: str) -> bool:
    """Holds Chinese, Japanese or Korean characters (no spaces between their words).

    >>> has_cjk("广告"), has_cjk("Anzeige")
    (True, False)
    """
    return not text.isascii() and _CJK.search(text) is not None


def trim_label(key: str) -> str:
    """Strip the decoration around a label: ``"» read more…"`` -> ``"read more"``.

    >>> trim_label("» read more…")
    'read more'
    """
    if key[:1] in _DECOR or key[-1:] in _DECOR:
        return key.rstrip(_TRAIL).lstrip(_LEAD)
    return key


class Line(NamedTuple):
    """One input line: its raw text, the text after fixers, and features for the rules.

    Built once by :func:`make_line`; every feature a rule asks for more than once lives here.
    """

    index: int  # type: ignore[assignment]  # 0-based position in the raw input (shadows tuple.index)
    raw: str  # exactly as read (without the newline)
    text: str  # after the NC1xx text fixers; what the output would show
    key: str  # match_key(text)
    words: int  # count_words(text)
    terminal: bool  # ends like a sentence (. ! ? : ; possibly inside quotes or brackets)
    prose: bool  # sentence-like: >= 8 words ending like a sentence, or >= 20 words
    label: str  # the key without decoration, for short lines (<= 12 words); "" otherwise

    @property
    def blank(self) -> bool:
        return not self.key


def make_line(index: int, raw: str, text: str) -> Line:
    key = match_key(text)
    # The key is whitespace-collapsed, so counting its spaces counts its words (CJK aside).
    words = (key.count(" ") + 1 if key.isascii() else count_words(key)) if key else 0
    t = text.rstrip(_CLOSERS)
    terminal = t[-1:] in _ENDS if t else False
    prose = (words >= 8 and terminal) or words >= 20
    if words > 12:
        label = ""
    elif key[:1] in _DECOR or key[-1:] in _DECOR:  # trim_label's own test, spared a call
        label = trim_label(key)
    else:
        label = key
    # tuple.__new__ skips the generated Line.__new__ wrapper: this runs once per line.
    return _new_line(Line, (index, raw, text, key, words, terminal, prose, label))


_new_line = tuple.__new__


@dataclass(frozen=True)
class Document:
    """The lines of one article plus the context every rule shares.

    ``title`` is the given title or the inferred one; ``title_index`` is the line where the
    title stands (``None`` when no line carries it). ``body_start``/``body_end`` bound the main
    body block: the run of lines with the most prose, tolerating short interruptions.
    """

    lines: tuple[Line, ...]
    title: str | None = None
    title_index: int | None = None
    body_start: int = 0
    body_end: int = 0  # exclusive
    content: tuple[int, ...] = field(default=())  # indices of non-blank lines
    # Per-document results that several rules share (media scan, ...): see memo().
    _memo: dict[object, object] = field(default_factory=dict, compare=False, repr=False)
    # Shared by the passes of one clean_article call: see carried().
    carry: dict[object, object] = field(default_factory=dict, compare=False, repr=False)
    # The first pass's lines, shared by the later passes' Documents: see page.
    first_pass: tuple[Line, ...] | None = field(default=None, compare=False, repr=False)

    def memo(self, key: object, build: Callable[..., T], *args: object) -> T:
        """Compute ``build(*args)`` once per document and key; later calls return the same value.

        Passing ``args`` instead of a closure spares hot callers building one per call.
        """
        try:
            return self._memo[key]  # type: ignore[return-value]
        except KeyError:
            value = build(*args)
            self._memo[key] = value
            return value

    def carried(self, key: object) -> dict[str, Any]:
        """A cache keyed by line text that later passes over this article's output share.

        Only for values that are a pure function of the line text (and of ``key``, which
        must name the function and every setting it depends on): a later pass sees mostly
        the same lines again and looks the answer up instead of recomputing it.
        """
        try:
            return self.carry[key]  # type: ignore[return-value]
        except KeyError:
            cache: dict[str, Any] = {}
            self.carry[key] = cache
            return cache

    @property
    def page(self) -> tuple[Line, ...]:
        """The lines of the first pass: everything the input showed.

        For evidence that the first pass removes: the byline "written by Regan" is gone by the
        pass that finds Regan's author box further down. Later passes only remove lines, so
        these are all the lines the page ever had.
        """
        return self.lines if self.first_pass is None else self.first_pass

    def per_text(self, test: Callable[[str], bool], text: str) -> bool:
        """``test(text)`` worked out once per string for all passes over this article.

        ``test`` must be a pure function of its argument (no config, no context): it names
        its own cache (see :meth:`carried`). For costly regex tests that later passes would
        repeat on the same lines, or that several rules ask of the same line.
        """
        seen = self.carried(test)
        hit = seen.get(text)
        if hit is None:
            hit = seen[text] = test(text)
        return bool(hit)

    @cached_property
    def short(self) -> tuple[int, ...]:
        """Content lines of at most 16 words: where labels, credits and widgets are found."""
        return tuple(i for i in self.content if self.lines[i].words <= 16)

    @cached_property
    def medium(self) -> tuple[int, ...]:
        """Content lines of at most 40 words: prompts, placeholders and footers fit here."""
        return tuple(i for i in self.content if self.lines[i].words <= 40)

    @cached_property
    def title_key(self) -> str:
        return match_key(self.title) if self.title else ""

    @cached_property
    def key_counts(self) -> dict[str, int]:
        """How often each content key occurs (a plain dict, in order of first occurrence)."""
        lines = self.lines
        return dict(Counter([lines[i].key for i in self.content]))  # Counter counts in C

    @cached_property
    def positions(self) -> dict[str, list[int]]:
        """Line indices of every content key, in order."""
        pos: dict[str, list[int]] = {}
        for i in self.content:
            pos.setdefault(self.lines[i].key, []).append(i)
        return pos

    def content_between(self, a: int, b: int) -> tuple[int, ...]:
        """Content line indices strictly between lines ``a`` and ``b``."""
        lo = bisect.bisect_right(self.content, a)
        hi = bisect.bisect_left(self.content, b)
        return self.content[lo:hi]

    def in_head(self, i: int) -> bool:
        """Before the main body block."""
        return i < self.body_start

    def in_tail(self, i: int) -> bool:
        """After the main body block."""
        return i >= self.body_end

    @cached_property
    def neighbours(self) -> tuple[dict[int, int], dict[int, int]]:
        """``(next, previous)``: each content line's next and previous content line, for
        hot loops over content lines (``next.get(i)`` is :meth:`next_content` of such a line)."""
        nxt = dict(zip(self.content, self.content[1:], strict=False))
        prv = dict(zip(self.content[1:], self.content, strict=False))
        return nxt, prv

    def next_content(self, i: int) -> int | None:
        """Index of the next non-blank line after ``i`` (``i`` a content line, or any line)."""
        nxt = self.neighbours[0]
        if i in nxt or not 0 <= i < len(self.lines) or self.lines[i].key:
            return nxt.get(i)
        return next((j for j in self.content if j > i), None)

    def prev_content(self, i: int) -> int | None:
        """Index of the previous non-blank line before ``i``."""
        prv = self.neighbours[1]
        if i in prv or not 0 <= i < len(self.lines) or self.lines[i].key:
            return prv.get(i)
        return next((j for j in reversed(self.content) if j < i), None)


def find_body_block(lines: tuple[Line, ...], content: tuple[int, ...]) -> tuple[int, int]:
    """The main body block as ``(start, end)`` line indices, ``end`` exclusive.

    Maximum-sum run over content lines where prose lines score by their length and other lines
    cost a little, so a subheading or photo between paragraphs does not split the body but a
    menu or a related block does. With no prose at all the whole document is the block.
    """
    best = cur = 0.0
    best_span = (0, len(lines))
    start = None
    found = False
    for i in content:
        ln = lines[i]
        score = min(ln.words, 60) / 10 + 1.0 if ln.prose else (-0.8 if ln.words <= 12 else -0.4)
        if start is None or cur <= 0:
            if score <= 0:
                continue
            cur, start = score, i
        else:
            cur += score
        if cur > best:
            best, best_span, found = cur, (start, i + 1), True
    return best_span if found else (0, len(lines))
