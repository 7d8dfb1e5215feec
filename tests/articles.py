"""A realistic filler article to place example lines in, and helpers to judge the outcome.

Rules look at context (the title, the main body block, the head before it and the tail after
it), so an example line is only meaningful inside an article. The filler is plain reporting
prose without any artifact, so every removal in it is caused by the example under test.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import newsclean
from newsclean import Cleaner, Result

TITLE = "Harbour city approves new flood barrier after two wet winters"

PARAGRAPHS = (
    "The city council voted 31 to 8 on Thursday to build a movable flood barrier across the "
    "mouth of the harbour, ending a debate that has run for almost a decade.",
    "The barrier, which engineers expect to cost about 240 million euros, will close when the "
    "sea level forecast rises more than a metre above the normal high tide.",
    "Two winters of storms have flooded the old town eleven times since 2022, forcing shops "
    "along the quay to close for days and damaging the cellars of the main library.",
    "Opponents argued that the money would be better spent raising the quay walls and that a "
    "closed barrier would trap river water behind it during long spells of heavy rain.",
    "Mayor Elena Varga said the council had studied both options with the national water "
    "agency and that the barrier was the only plan that protected the whole waterfront.",
    "Construction is due to start next spring and to take four years, during which the ferry "
    "terminal will move to a temporary pier on the eastern side of the bay.",
    "Residents of the old town, many of whom have paid for pumps and flood doors themselves, "
    "will be able to apply for partial refunds from a fund the council set up in January.",
    "The regional government has promised to cover a third of the cost, and the city expects "
    "a further grant from the European Union once the final design is approved.",
)

WHERES = ("head", "body", "tail", "doc")


def fixed(line: str) -> str:
    """``line`` as the output would show it if no rule removed it (after the text fixers)."""
    doc, _ = Cleaner().document(line)
    return doc.lines[0].text


@dataclass(frozen=True)
class Placed:
    """An article with example lines inserted: the raw text and where each example stands."""

    raw: str
    example_lines: tuple[int, ...]  # 0-based input line index of every inserted line
    expected_kept: tuple[str, ...]  # the paragraphs the clean text must hold, in order


def place(
    block: list[str], where: str = "body", *, title: str = TITLE, keep: tuple[bool, ...] = ()
) -> Placed:
    """Insert ``block`` (one or more lines) into the filler article.

    ``head``: right after the title; ``body``: after the third paragraph; ``tail``: after the
    last paragraph; ``doc``: the block is the whole document. ``keep[i]`` says whether line i of
    the block should survive (default: none); ``expected_kept`` is the clean text's paragraphs.
    """
    keep = keep or (False,) * len(block)
    if where == "doc":
        before: list[str] = []
        after: list[str] = []
    else:
        paras = [title, *PARAGRAPHS]
        cut = {"head": 1, "body": 4, "tail": len(paras)}[where]
        before, after = paras[:cut], paras[cut:]
    lines: list[str] = []
    expected: list[str] = []
    for p in before:
        lines += [p, ""]
        expected.append(p)
    example_lines = []
    for text, k in zip(block, keep, strict=True):
        example_lines.append(len(lines))
        lines.append(text)
        if where != "doc":
            lines.append("")
        if k and fixed(text).strip():
            expected.append(fixed(text))
    for p in after:
        lines += [p, ""]
        expected.append(p)
    return Placed("\n".join(lines).rstrip("\n") + "\n", tuple(example_lines), tuple(expected))


_OTHER_RULE = re.compile(r"-(NC\d{3}) ")


def unmark(block: str) -> tuple[list[str], tuple[bool, ...], tuple[str, ...]]:
    """Split a multi-line removal example into lines, keep flags and expected codes.

    ``- text``: removed by the rule under test (code ``""``); ``-NC201 text``: removed by
    another rule, NC201 (context such as the image file name an orphan label belongs to);
    any other line must be kept.
    """
    lines, keep, codes = [], [], []
    for ln in block.split("\n"):
        other = _OTHER_RULE.match(ln)
        if ln.startswith("- "):
            lines.append(ln[2:])
            keep.append(False)
            codes.append("")
        elif other:
            lines.append(ln[other.end() :])
            keep.append(False)
            codes.append(other.group(1))
        else:
            lines.append(ln)
            keep.append(True)
            codes.append("")
    return lines, tuple(keep), tuple(codes)


def removal_of(result: Result, index: int) -> newsclean.Removal | None:
    """The whole-line Removal of 0-based input line ``index``, if any."""
    for r in result.removed:
        if r.line == index + 1 and r.start is None:
            return r
    return None


def explain(result: Result) -> str:
    """A readable account of a result for assertion messages."""
    out = ["--- output:", result.text.rstrip("\n"), "--- removed:"]
    out += [f"  line {r.line} {r.code} {r.name}: {r.text!r} ({r.reason})" for r in result.removed]
    if result.guarded:
        out.append("--- guarded:")
        out += [f"  line {g.line} {g.code}: {g.reason}" for g in result.guarded]
    return "\n".join(out)


def assert_outcome(
    placed: Placed,
    keep: tuple[bool, ...],
    result: Result,
    code: str,
    codes: tuple[str, ...] = (),
) -> None:
    """Marked lines removed by a rule whose code starts with ``code`` (or by ``codes[i]`` where
    given); all other lines kept; the clean text exactly the expected paragraphs."""
    msg = explain(result)
    codes = codes or ("",) * len(keep)
    for idx, k, want in zip(placed.example_lines, keep, codes, strict=True):
        code_i = want or code
        rem = removal_of(result, idx)
        if k:
            by = rem and rem.code
            assert rem is None, f"line {idx + 1} must be kept but {by} removed it\n{msg}"
        else:
            assert rem is not None, f"line {idx + 1} must be removed by {code_i}\n{msg}"
            assert rem.code.startswith(code_i), (
                f"line {idx + 1} removed by {rem.code}, not {code_i}\n{msg}"
            )
    expected_text = "\n\n".join(placed.expected_kept) + "\n" if placed.expected_kept else ""
    assert result.text == expected_text, f"clean text differs from the expected article\n{msg}"
