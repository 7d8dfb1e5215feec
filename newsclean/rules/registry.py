"""Rules as small self-describing units, and the registry that collects them by code.

Two kinds share one metadata shape (code, name, why, examples):

* a **fixer** rewrites the text of a line (mojibake, HTML remnants, padding) before judging;
* a **line rule** looks at the whole :class:`~newsclean.document.Document` and yields
  :class:`Verdict` objects ("drop line i" or "cut span [a, b) of line i").

The registry is an immutable mapping filled at import time by the rule modules; the CLI's
``rules``/``rule`` commands, the docs page and the parametrised tests all read it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, NamedTuple

if TYPE_CHECKING:
    from newsclean.config import Config
    from newsclean.document import Document

Role = Literal["caption", "image", "related", "byline"]
Where = Literal["head", "body", "tail"]


class Verdict(NamedTuple):
    """A rule's judgement on one line.

    ``strong`` verdicts come from an unambiguous signal (an exact repeat, a file name) and pass
    the body guard; weak ones are refused on a protected body line. ``span`` cuts part of a line.
    ``role`` files the removed text under Result.captions/images/related/byline. ``requires``
    names the story lines a closing line belongs to: the removal stands only if one of them is
    removed too (the resolver's story-end guard).
    """

    index: int  # type: ignore[assignment]  # shadows tuple.index on purpose
    reason: str
    strong: bool = False
    role: Role | None = None
    span: tuple[int, int] | None = None
    requires: tuple[int, ...] = ()


RuleFunc = Callable[["Document", "Config"], Iterator[Verdict]]
FixFunc = Callable[[str, "Config"], str]
GateFunc = Callable[[str], bool]


@dataclass(frozen=True)
class Rule:
    """Metadata plus the function. ``removes``/``keeps`` are tested examples.

    A single-line example is placed at ``where`` inside a filler article; a multi-line example
    is a whole document in which lines starting with ``- `` must be removed by this rule, lines
    starting with ``-NC201 `` are context that the named rule removes (the image file an orphan
    label sits under), and every other line is kept. For fixers, ``removes`` are ``(before, after)``
    pairs. ``example_config`` holds Config fields the examples need (user vocabulary rules).
    """

    code: str
    name: str
    why: str
    removes: tuple[str | tuple[str, str], ...] = ()
    keeps: tuple[str, ...] = ()
    where: Where = "body"
    func: RuleFunc | None = None
    fix: FixFunc | None = None
    gate: GateFunc | None = None  # fixers: cheap test whether fix can change the line
    example_config: tuple[tuple[str, object], ...] = ()
    # A local rule judges each line on its own: its verdicts on line i concern line i and
    # depend only on that line's text, the config, the document title and whether i is the
    # title line (reasons name no line numbers). The engine's later passes replay such a
    # rule's verdicts on unchanged lines instead of running it again.
    local: bool = False

    @property
    def family(self) -> str:
        return FAMILIES.get(self.code[:3], "other")

    @property
    def is_fixer(self) -> bool:
        return self.fix is not None

    @property
    def summary(self) -> str:
        """The first sentence of ``why`` (a full stop inside brackets or quotes does not end it)."""
        from newsclean.rules.docs import summary

        return summary(self)


FAMILIES = {
    "NC1": "text normalisation",
    "NC2": "media: images, captions, credits, galleries",
    "NC3": "structure: title repeats, duplicates, orphans",
    "NC4": "boilerplate: related, share, ads, prompts, legal",
    "NC5": "metadata: bylines, datelines",
}

_RULES: dict[str, Rule] = {}


def _register(r: Rule) -> Rule:
    if r.code in _RULES:
        raise ValueError(f"duplicate rule code {r.code}")
    if any(x.name == r.name for x in _RULES.values()):
        raise ValueError(f"duplicate rule name {r.name}")
    _RULES[r.code] = r
    return r


def rule(
    code: str,
    name: str,
    *,
    why: str,
    removes: tuple[str, ...] | list[str] = (),
    keeps: tuple[str, ...] | list[str] = (),
    where: Where = "body",
    example_config: dict[str, object] | None = None,
    local: bool = False,
) -> Callable[[RuleFunc], RuleFunc]:
    """Register a line rule (``local``: see :attr:`Rule.local`)."""

    def deco(func: RuleFunc) -> RuleFunc:
        cfg = tuple(sorted((example_config or {}).items()))
        _register(
            Rule(
                code,
                name,
                " ".join(why.split()),
                tuple(removes),
                tuple(keeps),
                where,
                func=func,
                example_config=cfg,
                local=local,
            )
        )
        return func

    return deco


def fixer(
    code: str,
    name: str,
    *,
    why: str,
    gate: GateFunc,
    removes: tuple[tuple[str, str], ...] | list[tuple[str, str]] = (),
    keeps: tuple[str, ...] | list[str] = (),
) -> Callable[[FixFunc], FixFunc]:
    """Register a text fixer with its cheap gate."""

    def deco(func: FixFunc) -> FixFunc:
        _register(
            Rule(
                code,
                name,
                " ".join(why.split()),
                tuple(removes),
                tuple(keeps),
                "body",
                fix=func,
                gate=gate,
            )
        )
        return func

    return deco


def all_rules() -> tuple[Rule, ...]:
    """Every registered rule, ordered by code."""
    from newsclean import rules as _  # noqa: F401  (import registers the rule modules)

    return tuple(_RULES[c] for c in sorted(_RULES))


def get_rule(code: str) -> Rule:
    for r in all_rules():
        if r.code == code.upper() or r.name == code:
            return r
    raise KeyError(code)
