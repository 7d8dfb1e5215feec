"""Frozen configuration of a :class:`~newsclean.Cleaner`, and rule selection by code prefix."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields, replace
from typing import Any

ALL = "NC"


@dataclass(frozen=True)
class Config:
    """Everything that changes what a Cleaner does. Immutable and picklable.

    ``select``/``ignore``/``extend_select`` take rule codes or prefixes (``"NC2"``, ``"NC203"``)
    with ruff's precedence: the most specific matching prefix decides; on a tie, ``ignore`` wins.
    """

    select: tuple[str, ...] = (ALL,)
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    # Keep caption lines in the text instead of moving them to Result.captions.
    keep_captions: bool = False
    # Fuzzy duplicate threshold (rapidfuzz ratio, 0-100) for repeated lines and title repeats.
    fuzzy_threshold: float = 92.0
    # Extra, user-supplied vocabulary for their sources (matched case-insensitively).
    extra_related_headings: tuple[str, ...] = ()
    extra_credit_patterns: tuple[str, ...] = ()  # regular expressions
    extra_boilerplate: tuple[str, ...] = ()  # whole lines to drop wherever they stand
    # ftfy: keep typographic quotes by default (uncurling changes real text).
    uncurl_quotes: bool = False

    def __post_init__(self) -> None:
        for f in (
            "select",
            "ignore",
            "extend_select",
            "extra_related_headings",
            "extra_credit_patterns",
            "extra_boilerplate",
        ):
            v = getattr(self, f)
            if isinstance(v, str):
                object.__setattr__(self, f, (v,))
            elif not isinstance(v, tuple):
                object.__setattr__(self, f, tuple(v))
            bad = [x for x in getattr(self, f) if not isinstance(x, str)]
            if bad:
                raise TypeError(f"{f} must hold strings, got {bad[0]!r}")
        for f in ("keep_captions", "uncurl_quotes"):
            # "no" or 0 would be taken as truthy or falsy without a word: refuse them.
            v = getattr(self, f)
            if not isinstance(v, bool):
                raise TypeError(f"{f} must be True or False, got {v!r}")
        if isinstance(self.fuzzy_threshold, bool) or not isinstance(
            self.fuzzy_threshold, (int, float)
        ):
            raise TypeError(f"fuzzy_threshold must be a number, got {self.fuzzy_threshold!r}")
        for pattern in self.extra_credit_patterns:
            check_pattern("extra_credit_patterns", pattern)
        for code in (*self.select, *self.ignore, *self.extend_select):
            if not code.upper().startswith(ALL):
                raise ValueError(f"rule selector {code!r} does not start with {ALL!r}")
        for f in ("select", "ignore", "extend_select"):
            # A code that matches no rule (NC999, a removed NC205) would select nothing without
            # a word: the same check as the command line and pyproject.toml. "NC" (the default)
            # matches every rule, so a default Config never loads the registry.
            codes = [c for c in getattr(self, f) if c.upper() != ALL]
            if codes:
                check_selectors(f, codes)
        if not 0 < self.fuzzy_threshold <= 100:
            raise ValueError("fuzzy_threshold must be in (0, 100]")

    def enabled(self, code: str) -> bool:
        """Whether the rule ``code`` is selected.

        >>> Config(ignore=("NC2",), extend_select=("NC203",)).enabled("NC203")
        True
        >>> Config(ignore=("NC2",)).enabled("NC201")
        False
        """
        best_sel = max(
            (len(p) for p in (*self.select, *self.extend_select) if code.startswith(p.upper())),
            default=-1,
        )
        best_ign = max((len(p) for p in self.ignore if code.startswith(p.upper())), default=-1)
        return best_sel > best_ign

    def replace(self, **changes: Any) -> Config:
        return replace(self, **changes)

    @classmethod
    def field_names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any], *, base: Config | None = None) -> Config:
        """Build from a ``[tool.newsclean]`` table (or any mapping), ``snake_case`` or
        ``kebab-case`` keys, on top of ``base``.

        Only the rule keys (the fields of Config) are used; the table's file keys (``include``,
        ``text-key``, ``overrides``, ...) are skipped, as they are no Config setting. Any other
        key raises KeyError naming it.

        >>> Config.from_mapping({"ignore": ["NC5"], "text-key": "text", "include": ["*.txt"]}).ignore
        ('NC5',)
        """
        from newsclean.configfile import FILE_KEYS  # configfile imports this module

        names = set(cls.field_names())
        changes: dict[str, Any] = {}
        unknown = []
        for k, v in data.items():
            name = k.replace("-", "_")
            if name not in names:
                if k.replace("_", "-") not in FILE_KEYS:
                    unknown.append(k)
                continue
            changes[name] = tuple(v) if isinstance(v, list) else v
        if unknown:
            raise KeyError(f"unknown key(s): {', '.join(sorted(unknown))}")
        return replace(base or cls(), **changes)


def check_pattern(what: str, pattern: str) -> None:
    """ValueError naming ``what`` and ``pattern`` when it is not a regular expression that can
    stand as one alternative of the rules' combined patterns (``(?:pattern)``): a syntax error,
    or a global flag such as ``(?i)`` that is only allowed at the very start.

    >>> check_pattern("extra_credit_patterns", "(")
    Traceback (most recent call last):
    ...
    ValueError: extra_credit_patterns: '(' is not a valid regular expression: missing ), unterminated subpattern at position 0
    """
    try:
        re.compile(pattern)
    except re.error as e:
        where = f" at position {e.pos}" if e.pos is not None else ""
        raise ValueError(
            f"{what}: {pattern!r} is not a valid regular expression: {e.msg}{where}"
        ) from None
    try:
        re.compile(f"(?:{pattern})")
    except re.error:
        raise ValueError(
            f"{what}: {pattern!r}: global flags such as (?i) cannot be used here "
            "(the patterns are matched case-insensitively already)"
        ) from None


def as_codes(values: Iterable[str] | str | None) -> tuple[str, ...]:
    """Split comma-separated selectors as given on a command line."""
    if values is None:
        return ()
    if isinstance(values, str):
        values = [values]
    return tuple(p.strip().upper() for v in values for p in v.split(",") if p.strip())


def unknown_selectors(codes: Iterable[str]) -> tuple[str, ...]:
    """The selectors among ``codes`` that match no rule: a typo (``NC4O1``), a code that does
    not exist (``NC205``). Selecting one would silently do nothing, or switch everything off.

    >>> unknown_selectors(["NC", "nc2", "NC201", "NC205", "NC4O1"])
    ('NC205', 'NC4O1')
    """
    from newsclean.rules import all_rules

    known = tuple(r.code for r in all_rules())
    return tuple(c for c in dict.fromkeys(codes) if not any(k.startswith(c.upper()) for k in known))


def check_selectors(what: str, codes: Iterable[str]) -> None:
    """ValueError naming ``what`` (an option or a key) when a selector matches no rule."""
    bad = unknown_selectors(codes)
    if bad:
        verb = "matches" if len(bad) == 1 else "match"
        raise ValueError(
            f"{what}: {', '.join(bad)} {verb} no rule (see `newsclean rules` for the codes)"
        )
