"""NC3xx: structure. Title repeats, gallery fragments, duplicated lines and paragraphs."""

from __future__ import annotations

import re
from collections.abc import Iterator

from rapidfuzz import fuzz

from newsclean.config import Config
from newsclean.document import Document, Line
from newsclean.rules.registry import Verdict, rule

# "<title> -1", "<title> – 2", "<title> (3)": what a gallery leaves of each picture's title.
_FRAGMENT_TAIL = re.compile(r"\s*(?:[-–—]\s*\d{1,2}|\(\d{1,2}\)|\d{1,2})$")
# A site name appended to a title: "Title - Connecticut Post", "Title | Reuters".
_SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{1,60}$")
_SITE_PREFIX = re.compile(r"^[^|–—-]{1,40}\s+[|–—]\s+")


def _title_like_key(doc: Document, ln: Line) -> bool:
    tk = doc.title_key
    if not tk or ln.index == doc.title_index:
        return False
    k = ln.key
    if k == tk:
        return True
    m = _FRAGMENT_TAIL.search(k)
    if m and m.start() > 0 and k[: m.start()].rstrip(" -–—") == tk:
        return False  # "<title> -1": a gallery fragment, NC302's case
    if abs(len(k) - len(tk)) > max(12, len(tk) // 5) and not (k.startswith(tk) or k.endswith(tk)):
        return False
    if k.startswith(tk) and _SITE_SUFFIX.fullmatch(k[len(tk) :]):
        return True
    if k.endswith(tk) and _SITE_PREFIX.fullmatch(k[: len(k) - len(tk)]):
        return True
    return fuzz.ratio(k, tk) >= 92


@rule(
    "NC301",
    "title-repeat",
    where="head",
    why="""The headline printed again inside the body (padded with non-breaking spaces, with
    the site name appended, or with small differences) is a second copy of the title. The
    first title line is kept; later copies go.""",
    removes=[
        "Title of the story\n"
        "- \u00a0Title of the story\u00a0\n"
        "First paragraph of the body text goes on for a while, as bodies do.\n",
        "Title of the story\n"
        "- Title of the story - Connecticut Post\n"
        "First paragraph of the body text goes on for a while, as bodies do.\n",
    ],
    keeps=[
        "Title of the story\n"
        "First paragraph of the body text goes on for a while, as bodies do.\n"
        "The title of the story was chosen by the editors after a long debate, she said.\n"
    ],
)
def title_repeat(doc: Document, cfg: Config) -> Iterator[Verdict]:
    if not doc.title_key:
        return
    tw = len(doc.title_key.split())
    for i in doc.content:
        ln = doc.lines[i]
        if (
            abs(ln.words - tw) <= 12
            and not (ln.prose and ln.words > tw + 3)
            and _title_like_key(doc, ln)
        ):
            yield Verdict(i, "repeats the title", strong=True)


@rule(
    "NC302",
    "gallery-fragment",
    where="head",
    why="""Galleries label each picture with the article title and a number ("<title> -1",
    "<title> -2"). A line that is the title plus a small number is such a fragment.""",
    removes=[
        "Title of the story\n"
        "- Title of the story -1\n"
        "- Title of the story -2\n"
        "First paragraph of the body text goes on for a while, as bodies do.\n"
    ],
    keeps=[
        "Title of the story\n"
        "First paragraph of the body text goes on for a while, as bodies do.\n"
        "The score was 2-1 at half time, and it stayed that way until the end.\n"
    ],
)
def gallery_fragment(doc: Document, cfg: Config) -> Iterator[Verdict]:
    tk = doc.title_key
    if not tk:
        return
    for i in doc.content:
        ln = doc.lines[i]
        k = ln.key
        if (
            i != doc.title_index
            and k.startswith(tk[: max(8, len(tk) // 2)])
            and len(k) <= len(tk) + 8
        ):
            m = _FRAGMENT_TAIL.search(k)
            if (
                m
                and m.start() > 0
                and (k[: m.start()] == tk or fuzz.ratio(k[: m.start()], tk) >= 92)
            ):
                yield Verdict(i, "the title with a gallery number", strong=True)


def _repeat_protected(doc: Document, ln: Line) -> bool:
    """Repeats that are real content: table cells, list items, short quotes and refrains."""
    if ln.words < 4 and len(ln.key) < 25:
        return True
    t = ln.text
    if (ln.words < 8 and t[:1] in "\"'“‘«„-•*–—") or (t[:1].isdigit() and ln.words < 6):
        return True
    return _in_list(doc, ln.index)


def _clustered(doc: Document, key: str) -> bool:
    """All copies of ``key`` sit together, with at most tiny lines between them: a picture's
    alt text and caption printed several times, not a refrain spread over the article."""
    idx = [i for i in doc.content if doc.lines[i].key == key]
    between = [j for j in doc.content if idx[0] < j < idx[-1] and doc.lines[j].key != key]
    return all(doc.lines[j].words <= 3 for j in between)


def _adjacent_copy(doc: Document, i: int) -> bool:
    """The next or previous content line is the same text (alt text and caption of a picture)."""
    key = doc.lines[i].key
    return any(
        j is not None and doc.lines[j].key == key
        for j in (doc.prev_content(i), doc.next_content(i))
    )


def _in_list(doc: Document, i: int) -> bool:
    """Both neighbours are short non-sentence lines: the line is an item of a list or table."""
    p, n = doc.prev_content(i), doc.next_content(i)
    return all(
        j is not None and not doc.lines[j].prose and doc.lines[j].words <= 12 for j in (p, n)
    )


def _isolated(doc: Document, i: int) -> bool:
    """Stands alone between paragraphs (or at an edge): how an image's alt text appears."""
    p, n = doc.prev_content(i), doc.next_content(i)
    return all(
        j is None or doc.lines[j].prose or doc.lines[j].key == doc.lines[i].key for j in (p, n)
    )


@rule(
    "NC303",
    "duplicate-line",
    why="""A paragraph printed twice (teaser and body, a pull quote, a widget repeated) is
    kept once, the first time. A non-sentence line that recurs alone between paragraphs (the
    same alt text under every picture) is dropped every time. Table cells, list items, refrains
    and short quotes are never treated as duplicates.""",
    removes=[
        "Title of the story\n"
        "The council approved the budget on Monday after a long and heated debate.\n"
        "- The council approved the budget on Monday after a long and heated debate.\n"
        "Opponents said they would challenge the decision in court next month.\n"
    ],
    keeps=[
        "Title of the story\n"
        "First paragraph of the body text goes on for a while, as bodies do.\n"
        "Yes\n"
        "Second paragraph of the body text goes on for a while, as bodies do.\n"
        "Yes\n",
        "Title of the story\n"
        "First paragraph of the body text goes on for a while, as bodies do.\n"
        "Eat every 2-3 hours\n"
        "Greek yogurt with berries\n"
        "Eat every 2-3 hours\n"
        "Turkey sandwich on rye\n",
    ],
)
def duplicate_line(doc: Document, cfg: Config) -> Iterator[Verdict]:
    counts = doc.key_counts
    seen: set[str] = set()
    first_copy: dict[str, int] = {}
    for i in doc.content:
        ln = doc.lines[i]
        k = ln.key
        if counts[k] < 2 or i == doc.title_index or _repeat_protected(doc, ln):
            seen.add(k)
            continue
        alt_like = not ln.terminal and ln.words <= 60 and _isolated(doc, i)
        if (alt_like and (counts[k] > 2 or _adjacent_copy(doc, i))) or (
            counts[k] > 2 and _clustered(doc, k)
        ):
            yield Verdict(
                i,
                "recurring non-sentence line between paragraphs (image alt text)",
                strong=True,
                role="caption",
            )
        elif counts[k] == 2 and (ln.terminal or ln.prose):
            # Three or more copies of a sentence are a refrain or a template question asked
            # of each interviewee; lines without a sentence end (list items, table rows)
            # repeat legitimately. A paragraph printed twice is a duplicate: the copy inside
            # the body block is kept (a teaser above the body repeats the lead), else the first.
            other = first_copy.get(k)
            if other is None:
                first_copy[k] = i
            elif doc.in_head(other) and not doc.in_head(i):
                yield Verdict(other, f"teaser repeating line {i + 1} of the body", strong=True)
            else:
                yield Verdict(i, "exact repeat of an earlier line", strong=True)
        seen.add(k)


@rule(
    "NC304",
    "near-duplicate-line",
    why="""The same paragraph printed twice with small differences (a typo fixed, a word
    changed, different quotes) is kept once, the first time. Compared with rapidfuzz only among
    lines that share their first or last words, so the cost stays linear.""",
    removes=[
        "Title of the story\n"
        "The council approved the budget on Monday after a long and heated debate.\n"
        "- The council approved the budget on Monday after a long, heated debate.\n"
        "Opponents said they would challenge the decision in court next month.\n"
    ],
    keeps=[
        "Title of the story\n"
        "The council approved the budget on Monday after a long and heated debate.\n"
        "The council rejected the budget on Friday after a short and quiet debate.\n"
    ],
)
def near_duplicate_line(doc: Document, cfg: Config) -> Iterator[Verdict]:
    cutoff = cfg.fuzzy_threshold
    buckets: dict[str, list[int]] = {}
    counts = doc.key_counts
    hits: dict[int, list[int]] = {}  # first copy -> later near copies
    for i in doc.content:
        ln = doc.lines[i]
        if ln.words < 10 or counts[ln.key] > 1 or i == doc.title_index or _in_list(doc, i):
            continue
        k = ln.key
        keys = ("h" + k[:24], "t" + k[-24:])
        hit = None
        for bk in keys:
            for j in buckets.get(bk, ()):
                other = doc.lines[j].key
                if abs(len(other) - len(k)) <= len(k) // 8 + 2 and fuzz.ratio(
                    k, other, score_cutoff=cutoff
                ):
                    hit = j
                    break
            if hit is not None:
                break
        if hit is not None:
            hits.setdefault(hit, []).append(i)
            continue
        for bk in keys:
            buckets.setdefault(bk, []).append(i)
    for first, copies in hits.items():
        # Three or more near copies are a template filled in per item ("Vote for X on the last
        # page!"), which is content; a single near copy is a duplicated paragraph.
        if len(copies) == 1:
            later = copies[0]
            if doc.in_head(first) and not doc.in_head(later):
                yield Verdict(first, f"teaser nearly repeating line {later + 1} of the body", strong=True)
            else:
                yield Verdict(later, f"near-duplicate of line {first + 1}", strong=True)
