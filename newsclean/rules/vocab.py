"""Word lists (rules/data/*.json) compiled into whole-line patterns, once per process.

Lists live in data files, grouped by language, so that adding a language is a data change.
Everything here is immutable after loading; user additions from Config are compiled per
distinct tuple and cached the same way.
"""

from __future__ import annotations

import json
import re
from functools import cache, lru_cache
from importlib import resources
from typing import Any


@cache
def load(name: str) -> dict[str, Any]:
    """The parsed data file ``rules/data/<name>.json``."""
    text = (
        resources.files("newsclean.rules")
        .joinpath("data")
        .joinpath(f"{name}.json")
        .read_text("utf-8")
    )
    data: dict[str, Any] = json.loads(text)
    return data


def _flatten(entry: Any) -> list[str]:
    if isinstance(entry, dict):
        return [x for k, v in entry.items() if not k.startswith("_") for x in _flatten(v)]
    if isinstance(entry, list):
        return [str(x) for x in entry]
    return [str(entry)]


def words(name: str, key: str) -> tuple[str, ...]:
    return tuple(_flatten(load(name)[key]))


@lru_cache(maxsize=64)
def whole_line(name: str, key: str, extra: tuple[str, ...] = ()) -> re.Pattern[str]:
    """A pattern that fullmatches a trimmed, casefolded line made of one list entry."""
    alts = [*words(name, key), *(re.escape(x.casefold()) for x in extra)]
    return re.compile("(?:" + "|".join(alts) + ")")


def _width(pattern: str) -> int | None:
    """The most characters ``pattern`` can match; ``None`` when unbounded or unknown."""
    # The regex parser's own width computation; it is private, so any failure only costs
    # the shortcut.
    try:
        try:
            from re import _parser as sre  # type: ignore[attr-defined]
        except ImportError:  # Python 3.10
            import sre_parse as sre
        hi = int(sre.parse(pattern).getwidth()[1])
        return hi if hi < int(sre.MAXREPEAT) else None
    except Exception:
        return None


@lru_cache(maxsize=64)
def max_width(name: str, key: str, extra: tuple[str, ...] = ()) -> int | None:
    """The most characters :func:`whole_line` of these arguments can match; ``None`` when
    unbounded. A longer line cannot match, so callers skip the regex for it."""
    return _width(whole_line(name, key, extra).pattern)


# Characters that make a list entry a regex rather than plain text (no VERBOSE flag here).
_REGEX_CHARS = frozenset(".^$*+?{}[]\\|()")


class LineMatcher:
    """``whole_line(...).fullmatch(s) is not None``, answered faster.

    Most list entries are plain words: a set lookup decides them. The regex entries go to two
    regexes: those that cannot match more than ``width`` characters (skipped for a longer
    line) and the few unbounded ones.
    """

    __slots__ = ("bounded", "literals", "unbounded", "width")

    def __init__(self, alternatives: list[str], texts: tuple[str, ...] = ()) -> None:
        """``alternatives`` are regex fragments, ``texts`` plain strings."""
        plain = [*texts, *(a for a in alternatives if _REGEX_CHARS.isdisjoint(a))]
        rest = [a for a in alternatives if not _REGEX_CHARS.isdisjoint(a)]
        widths = [_width(a) for a in rest]
        bounded = [a for a, w in zip(rest, widths, strict=True) if w is not None]
        self.literals = frozenset(plain)
        self.bounded = _alternation(bounded)
        self.width = max((w for w in widths if w is not None), default=0)
        self.unbounded = _alternation([a for a, w in zip(rest, widths, strict=True) if w is None])

    def fullmatch(self, text: str) -> bool:
        return (
            text in self.literals
            or (
                self.bounded is not None
                and len(text) <= self.width
                and self.bounded.fullmatch(text) is not None
            )
            or (self.unbounded is not None and self.unbounded.fullmatch(text) is not None)
        )


def _alternation(alternatives: list[str]) -> re.Pattern[str] | None:
    return re.compile("(?:" + "|".join(alternatives) + ")") if alternatives else None


@lru_cache(maxsize=64)
def line_matcher(lists: tuple[tuple[str, str], ...], extra: tuple[str, ...] = ()) -> LineMatcher:
    """A :class:`LineMatcher` for a line made of one entry of any of ``lists`` (each a
    ``(file, key)`` pair as :func:`whole_line` takes it) or of ``extra``."""
    alts = [w for name, key in lists for w in words(name, key)]
    return LineMatcher(alts, tuple(x.casefold() for x in extra))
