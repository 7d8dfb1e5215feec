"""The tools compared, each as ``prepare(raw) -> input`` (untimed) and ``run(input) -> text``.

A dump is plain text, one block per line. The HTML extractors need a page, so ``prepare`` wraps
each non-blank line, escaped, as a ``<p>`` of a minimal page; the wrapping is done once, outside
the timed region, so a peer is timed on its own work only. A tool whose package is missing is
reported as skipped (``pip install -e ".[bench]"`` installs them all).
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from c4 import c4_clean


@dataclass(frozen=True)
class Tool:
    name: str
    label: str  # one line for the docs: what exactly runs
    prepare: Callable[[str], Any]
    run: Callable[[Any], str]
    reset: Callable[[], None] | None = None  # clear the tool's caches before a timed pass
    version: str = ""
    aliases: tuple[str, ...] = field(default=())


def wrap_html(raw: str, title: str | None = None) -> str:
    """The dump as a minimal HTML page: one ``<p>`` per non-blank line, text escaped."""
    paras = "".join(f"<p>{html.escape(ln)}</p>\n" for ln in raw.split("\n") if ln.strip(" \t\r"))
    head = f"<title>{html.escape(title)}</title>" if title else ""
    head = f'<head><meta charset="utf-8">{head}</head>'
    return f"<!DOCTYPE html>\n<html>{head}\n<body>\n{paras}</body></html>\n"


def _identity() -> Tool:
    return Tool("identity", "the raw dump, unchanged", lambda s: s, lambda s: s)


def _newsclean() -> Tool:
    import newsclean

    cleaner = newsclean.Cleaner()
    return Tool(
        "newsclean",
        "newsclean.Cleaner().clean(raw), default Config",
        lambda s: s,
        cleaner.clean,
        version=newsclean.__version__,
    )


def _trafilatura() -> Tool:
    import trafilatura
    from trafilatura.meta import reset_caches

    def run(page: str) -> str:
        return trafilatura.extract(page, deduplicate=True) or ""

    return Tool(
        "trafilatura",
        "trafilatura.extract(page, deduplicate=True), other options default",
        wrap_html,
        run,
        reset=reset_caches,
        version=trafilatura.__version__,
    )


def _justext(stoplist: str | None) -> Tool:
    import justext

    if stoplist is None:
        # jusText's documented language-independent mode: empty stoplist, both
        # stop-word density thresholds at 0.
        stop: frozenset[str] = frozenset()
        kw: dict[str, float] = {"stopwords_low": 0.0, "stopwords_high": 0.0}
    else:
        stop = frozenset(justext.get_stoplist(stoplist))
        kw = {}

    def run(page: str) -> str:
        paras = justext.justext(page, stop, **kw)
        return "\n".join(p.text for p in paras if not p.is_boilerplate)

    name = "justext" if stoplist is None else f"justext-{stoplist[:2].lower()}"
    label = (
        "justext.justext(page, frozenset(), stopwords_low=0, stopwords_high=0)"
        if stoplist is None
        else f"justext.justext(page, get_stoplist({stoplist!r})), other options default"
    )
    from importlib.metadata import version

    return Tool(name, label, wrap_html, run, version=version("jusText"))


def _c4(page_rules: bool) -> Tool:
    if page_rules:
        return Tool(
            "c4-page",
            "C4 filters as published, page drops on (lorem ipsum, '{', < 5 sentences)",
            lambda s: s,
            lambda s: c4_clean(s, page_rules=True),
        )
    return Tool(
        "c4-lines",
        "C4 line filters (end mark, >= 3 words, javascript, lorem ipsum, '{', policy), per line",
        lambda s: s,
        c4_clean,
    )


# name -> factory; the factory imports the tool's package, so a missing one raises ImportError.
FACTORIES: dict[str, Callable[[], Tool]] = {
    "identity": _identity,
    "newsclean": _newsclean,
    "trafilatura": _trafilatura,
    "justext": lambda: _justext(None),
    "justext-en": lambda: _justext("English"),
    "c4-lines": lambda: _c4(False),
    "c4-page": lambda: _c4(True),
}
DEFAULT_TOOLS = tuple(FACTORIES)


def load_tools(names: Sequence[str]) -> tuple[list[Tool], list[str]]:
    """The tools that can run here, and one message per tool that cannot."""
    tools: list[Tool] = []
    skipped: list[str] = []
    for n in names:
        if n not in FACTORIES:
            from _common import BenchError

            raise BenchError(f"unknown tool {n!r}; choose from {', '.join(FACTORIES)}")
        try:
            tools.append(FACTORIES[n]())
        except ImportError as e:
            skipped.append(f'{n}: skipped ({e}); install the peers with: pip install -e ".[bench]"')
    return tools, skipped
