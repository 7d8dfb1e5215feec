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


@lru_cache(maxsize=64)
def max_width(name: str, key: str, extra: tuple[str, ...] = ()) -> int | None:
    """The most characters :func:`whole_line` of these arguments can match; ``None`` when
    unbounded. A longer line cannot match, so callers skip the regex for it."""
    # The regex parser's own width computation; it is private, so any failure only costs
    # the shortcut.
    try:
        try:
            from re import _parser as sre  # type: ignore[attr-defined]
        except ImportError:  # Python 3.10
            import sre_parse as sre
        hi = int(sre.parse(whole_line(name, key, extra).pattern).getwidth()[1])
        return hi if hi < int(sre.MAXREPEAT) else None
    except Exception:
        return None
