"""Document and Line: read-only, normalised views of one raw article that rules judge.

A Document is built once per article by the engine after the text fixers (NC1xx) ran. Every
feature a rule needs more than once (matching key, word count, prose shape, the main body block,
the title) is computed here, in one pass, so that rules stay cheap and never re-derive it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property

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
_WORD = re.compile(r"\w+")
# CJK, kana, hangul: scripts without spaces, where "words" are counted per character.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
# A line that ends like a sentence (optionally followed by a closing quote or bracket).
_TERMINAL = re.compile(r"[.!?…。！？:;]['\"’”»)\]]*$")


def match_key(text: str) -> str:
    """Casefolded, typography-folded, whitespace-collapsed form of ``text`` for comparisons.

    >>> match_key("  The\\u00a0Title\\u2019s  END ")
    "the title's end"
    """
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text.translate(_KEY_TRANS))
    return _WS.sub(" ", text).strip().casefold()


def count_words(text: str) -> int:
    """Words in ``text``; each CJK character counts as half a word (about two per word).

    >>> count_words("Three small words")
    3
    """
    n = len(_WORD.findall(text))
    if not text.isascii():
        cjk = len(_CJK.findall(text))
        if cjk:
            n = n - len(
                re.findall(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]+", text)
            )
            n += (cjk + 1) // 2
    return n


@dataclass(frozen=True, slots=True)
class Line:
    """One input line: its raw text, the text after fixers, and features for the rules."""

    index: int  # 0-based position in the raw input
    raw: str  # exactly as read (without the newline)
    text: str  # after the NC1xx text fixers; what the output would show
    key: str  # match_key(text)
    words: int  # count_words(text)

    @property
    def blank(self) -> bool:
        return not self.key

    @property
    def terminal(self) -> bool:
        """Ends like a sentence."""
        return bool(_TERMINAL.search(self.text))

    @property
    def prose(self) -> bool:
        """Sentence-like: long enough and either ends like a sentence or is long."""
        w = self.words
        return (w >= 8 and self.terminal) or w >= 20


def make_line(index: int, raw: str, text: str) -> Line:
    return Line(index, raw, text, match_key(text), count_words(text))


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

    @cached_property
    def title_key(self) -> str:
        return match_key(self.title) if self.title else ""

    @cached_property
    def key_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for i in self.content:
            k = self.lines[i].key
            counts[k] = counts.get(k, 0) + 1
        return counts

    @cached_property
    def prose_words(self) -> int:
        return sum(self.lines[i].words for i in self.content if self.lines[i].prose)

    def in_head(self, i: int) -> bool:
        """Before the main body block."""
        return i < self.body_start

    def in_tail(self, i: int) -> bool:
        """After the main body block."""
        return i >= self.body_end

    def next_content(self, i: int) -> int | None:
        """Index of the next non-blank line after ``i``."""
        for j in range(i + 1, len(self.lines)):
            if self.lines[j].key:
                return j
        return None

    def prev_content(self, i: int) -> int | None:
        for j in range(i - 1, -1, -1):
            if self.lines[j].key:
                return j
        return None


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
        if ln.prose:
            score = min(ln.words, 60) / 10 + 1.0
        else:
            score = -0.6 if ln.words <= 12 else -0.3
        if start is None or cur <= 0:
            if score <= 0:
                continue
            cur, start = score, i
        else:
            cur += score
        if cur > best:
            best, best_span, found = cur, (start, i + 1), True
    return best_span if found else (0, len(lines))
