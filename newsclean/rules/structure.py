"""NC3xx: structure. Title repeats, gallery fragments, duplicated lines and paragraphs."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator

from rapidfuzz import fuzz

from newsclean.config import Config
from newsclean.document import Document, Line
from newsclean.rules.registry import Verdict, rule
from newsclean.rules.signals import (
    FRAGMENT_TAIL,
    announced,
    doubled_once,
    media_marker,
    media_scan,
)

# "<title> -1", "<title> – 2", "<title> (3)": what a gallery leaves of each picture's title.
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
    # Both tests below only ever say no, so the cheap one goes first.
    if abs(len(k) - len(tk)) > max(12, len(tk) // 5) and not (k.startswith(tk) or k.endswith(tk)):
        return False
    if _may_end_in_number(k):
        m = FRAGMENT_TAIL.search(k)
        if m and m.start() > 0 and k[: m.start()].rstrip(" -–—") == tk:
            return False  # "<title> -1": a gallery fragment, NC208's case
    if k.startswith(tk) and _SITE_SUFFIX.fullmatch(k[len(tk) :]):
        return True
    if k.endswith(tk) and _SITE_PREFIX.fullmatch(k[: len(k) - len(tk)]):
        return True
    return fuzz.ratio(k, tk) >= 92


def _may_end_in_number(k: str) -> bool:
    """Whether FRAGMENT_TAIL can match ``k``: it ends in a digit or ")" (or, as ``$`` allows,
    before a final line break). The regex search itself tries every position of the key."""
    last = k[-1:]
    return last == ")" or last.isdecimal() or last == "\n"


@rule(
    "NC301",
    "title-repeat",
    where="head",
    why="""The headline printed again inside the body (padded with non-breaking spaces, with
    the site name appended, or with small differences) is a second copy of the title. The
    first title line is kept; later copies go.""",
    removes=[
        "Harbour city approves new flood barrier\n"
        "- \u00a0Harbour city approves new flood barrier\u00a0\n"
        "The city council voted 31 to 8 on Thursday to build a movable barrier across the harbour mouth.\n",
        "Harbour city approves new flood barrier\n"
        "- Harbour city approves new flood barrier - Connecticut Post\n"
        "The city council voted 31 to 8 on Thursday to build a movable barrier across the harbour mouth.\n",
    ],
    keeps=[
        "Harbour city approves new flood barrier\n"
        "The city council voted 31 to 8 on Thursday to build a movable barrier across the harbour mouth.\n"
        "The title of the story was chosen by the editors after a long debate, she said.\n"
    ],
    local=True,
)
def title_repeat(doc: Document, cfg: Config) -> Iterator[Verdict]:
    if not doc.title_key:
        return
    tw = len(doc.title_key.split())
    # A headline has no full stop; the same words ending in one are the lede's sentence.
    sentence_end = not doc.title_key.rstrip("'\"").endswith((".", "。"))
    for i in doc.content:
        ln = doc.lines[i]
        if (
            abs(ln.words - tw) <= 12
            and not (ln.prose and ln.words > tw + 3)
            and not (sentence_end and ln.key.rstrip("'\"").endswith((".", "。")))
            and _title_like_key(doc, ln)
        ):
            yield Verdict(i, "repeats the title", strong=True)


_WORDS = re.compile(r"\w+")


def _templated(doc: Document) -> bool:
    """Four or more different sentences printed more than once, their copies apart: the
    article is built from a template (a meal plan, the same questions put to each
    interviewee), so its repeats are content. Copies side by side are duplication. (A second
    copy of the whole text also looks like a template and is kept: junk left is better than
    body lost.)"""

    def build() -> bool:
        counts = doc.key_counts
        if len(counts) == len(doc.content):
            return False  # no line repeats
        spread = {
            doc.lines[i].key
            for i in doc.content
            if counts[doc.lines[i].key] > 1
            and (doc.lines[i].terminal or doc.lines[i].prose)
            and not _adjacent_copy(doc, i)
        }
        return len(spread) >= 4

    return doc.memo("templated", build)


def _few_word_changes(a: str, b: str) -> bool:
    """At most one word in ten differs (a typo, a changed word), not a rewritten sentence.

    Character similarity alone calls "approved ... Monday ... long" and "rejected ... Friday
    ... short" near-duplicates; counting the words that differ does not.
    """
    wa, wb = _WORDS.findall(a), _WORDS.findall(b)
    counts: dict[str, int] = {}
    for w in wa:
        counts[w] = counts.get(w, 0) + 1
    for w in wb:
        counts[w] = counts.get(w, 0) - 1
    changed = sum(abs(v) for v in counts.values())
    return changed <= max(2, (len(wa) + len(wb)) // 10)


def _repeat_protected(doc: Document, ln: Line) -> bool:
    """Repeats that are real content: table cells, list items, short quotes and refrains."""
    if ln.words < 4 and len(ln.key) < 25:
        return True
    t = ln.text
    if (ln.words < 8 and t[:1] in "\"'“‘«„-•*–—") or (t[:1].isdigit() and ln.words < 6):
        return True
    if t[:1] == "[" and t[-1:] == "]":
        return True  # an editor's note in a transcript ("[Long pause before the witness answers]")
    if announced(doc, doc.positions[ln.key][0]):
        return True  # quoted after a lead-in ("... and they know it:" over a chorus sung twice)
    return _in_list(doc, ln.index)


def _clustered(doc: Document, key: str) -> bool:
    """All copies of ``key`` sit together, with at most tiny lines between them: a picture's
    alt text and caption printed several times, not a refrain spread over the article."""
    idx = doc.positions[key]
    return all(
        doc.lines[j].words <= 3 or doc.lines[j].key == key
        for j in doc.content_between(idx[0], idx[-1])
    )


def _paired(doc: Document, key: str) -> bool:
    """Two copies of ``key`` stand next to each other somewhere: an image printed with its
    alt text and caption. A list item or a template line repeated on purpose (a meal plan's
    breakfast each day) is not printed twice in a row."""
    nxt = doc.neighbours[0]
    idx = doc.positions[key]
    return any(nxt.get(j) in idx for j in idx)


def _adjacent_copy(doc: Document, i: int) -> bool:
    """The next or previous content line is the same text (alt text and caption of a picture)."""
    key = doc.lines[i].key
    return any(
        j is not None and doc.lines[j].key == key
        for j in (doc.prev_content(i), doc.next_content(i))
    )


def _in_list(doc: Document, i: int) -> bool:
    """(``i`` a content line.) Both neighbours are short non-sentence lines: the line is an item of a list or table."""
    # Spelled out (no generator, the next line only looked up when the previous one fits):
    # near_duplicate_line asks this of every long line.
    lines = doc.lines
    nxt, prv = doc.neighbours
    p = prv.get(i)
    if p is None or lines[p].prose or lines[p].words > 12:
        return False
    n = nxt.get(i)
    return n is not None and not lines[n].prose and lines[n].words <= 12


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
    same alt text under every picture) is dropped every time; so are both copies of a picture's
    text printed twice side by side, when the page does that for several pictures (once, it
    may be a video's title: the first copy stays). Table cells, list items, refrains and short
    quotes are never treated as duplicates.""",
    removes=[
        "Harbour city approves new flood barrier\n"
        "The council approved the budget on Monday after a long and heated debate.\n"
        "- The council approved the budget on Monday after a long and heated debate.\n"
        "Opponents said they would challenge the decision in court next month.\n"
    ],
    keeps=[
        "Harbour city approves new flood barrier\n"
        "The city council voted 31 to 8 on Thursday to build a movable barrier across the harbour mouth.\n"
        "Yes\n"
        "Engineers expect the project to cost about 240 million euros and to take four years to finish.\n"
        "Yes\n",
        "Harbour city approves new flood barrier\n"
        "The city council voted 31 to 8 on Thursday to build a movable barrier across the harbour mouth.\n"
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
        if (
            (alt_like and (counts[k] > 2 or (_adjacent_copy(doc, i) and not doubled_once(doc, i))))
            or (counts[k] > 2 and _clustered(doc, k))
            or (counts[k] > 2 and not ln.terminal and ln.words >= 10 and _paired(doc, k))
        ):
            yield Verdict(
                i,
                "recurring non-sentence line between paragraphs (image alt text)",
                strong=True,
                role="caption",
            )
        elif counts[k] == 2 and (ln.terminal or ln.prose) and not _templated(doc):
            # Three or more copies of a sentence are a refrain or a template question asked
            # of each interviewee; lines without a sentence end (list items, table rows)
            # repeat legitimately. A paragraph printed twice is a duplicate: the copy inside
            # the body block is kept (a teaser above the body repeats the lead), else the first.
            other = first_copy.get(k)
            if other is None:
                first_copy[k] = i
            elif _stock_sentence(doc, other, i):
                pass  # said twice on purpose, of two different things
            elif _teaser(doc, other, i):
                yield Verdict(other, f"teaser repeating line {i + 1} of the body", strong=True)
            else:
                yield Verdict(i, "exact repeat of an earlier line", strong=True)
        seen.add(k)


def _stock_sentence(doc: Document, first: int, later: int) -> bool:
    """A short stock sentence said twice, well apart inside the body ("The company did not
    respond to a request for comment." of two companies, "The motion was carried." of two
    votes): a scraper's duplicate paragraph is longer, or stands next to its copy. A very
    short one inside the body is said twice on purpose even side by side: a chant, a
    refrain ("Blue and white, we never die.")."""
    words = doc.lines[later].words
    return (
        words < 12
        and doc.body_start <= first
        and later < doc.body_end
        and (words < 8 or len(doc.content_between(first, later)) >= 3)
    )


def _teaser(doc: Document, first: int, later: int) -> bool:
    """Whether the first of two copies is a teaser (standfirst, summary) for the later one.

    It is when it stands before the body block, or among the first three lines of the body
    while its copy comes well inside it, with body text going on after it: a summary printed
    above the text it repeats. (A lead paragraph repeated at the end is a recap: the first
    copy stays.)
    """
    if doc.in_head(later):
        return False
    if doc.in_head(first):
        return True
    top = doc.content_between(doc.body_start - 1, first)
    if len(top) >= 3 or len(doc.content_between(first, later)) < 5:
        return False
    after = doc.content_between(later, doc.body_end)
    return sum(1 for j in after if doc.lines[j].prose) >= 2


@rule(
    "NC304",
    "near-duplicate-line",
    why="""The same paragraph printed twice with small differences (a typo fixed, a word
    changed, different quotes) is kept once, the first time. Parallel sentences about different
    names ("The Victoria Bridge will close ...", "The Albert Bridge will close ...") are not
    copies. Compared with rapidfuzz only among lines that share their first or last words, so
    the cost stays linear.""",
    removes=[
        "Harbour city approves new flood barrier\n"
        "The council approved the budget on Monday after a long and heated debate.\n"
        "- The council approved the budget on Monday after a long, heated debate.\n"
        "Opponents said they would challenge the decision in court next month.\n"
    ],
    keeps=[
        "Harbour city approves new flood barrier\n"
        "The council approved the budget on Monday after a long and heated debate.\n"
        "The council rejected the budget on Friday after a short and quiet debate.\n"
    ],
)
def near_duplicate_line(doc: Document, cfg: Config) -> Iterator[Verdict]:
    cutoff = cfg.fuzzy_threshold
    if _templated(doc):
        return
    # Candidates by their first and by their last 24 characters: a near copy shares one.
    heads: dict[str, list[int]] = {}
    tails: dict[str, list[int]] = {}
    counts = doc.key_counts
    hits: dict[int, list[int]] = {}  # first copy -> later near copies
    lines = doc.lines
    title_index = doc.title_index
    for i in doc.content:
        ln = lines[i]
        if ln.words < 10 or counts[ln.key] > 1 or i == title_index or _in_list(doc, i):
            continue
        k = ln.key
        head, tail = k[:24], k[-24:]
        same_head, same_tail = heads.get(head), tails.get(tail)
        hit = _near_copy(lines, ln, same_head, cutoff) if same_head else None
        if hit is None and same_tail:
            hit = _near_copy(lines, ln, same_tail, cutoff)
        if hit is not None:
            hits.setdefault(hit, []).append(i)
            continue
        # No setdefault: it would build a list per call.
        if same_head is None:
            heads[head] = [i]
        else:
            same_head.append(i)
        if same_tail is None:
            tails[tail] = [i]
        else:
            same_tail.append(i)
    for first, copies in hits.items():
        # Three or more near copies are a template filled in per item ("Vote for X on the last
        # page!"), which is content; a single near copy is a duplicated paragraph.
        if len(copies) == 1:
            later = copies[0]
            if _teaser(doc, first, later):
                yield Verdict(
                    first, f"teaser nearly repeating line {later + 1} of the body", strong=True
                )
            else:
                yield Verdict(later, f"near-duplicate of line {first + 1}", strong=True)


def _near_copy(lines: tuple[Line, ...], ln: Line, bucket: list[int], cutoff: float) -> int | None:
    """The first line of ``bucket`` that is a near copy of ``ln``."""
    k, text = ln.key, ln.text
    for j in bucket:
        other = lines[j].key
        if (
            abs(len(other) - len(k)) <= len(k) // 8 + 2
            and fuzz.ratio(k, other, score_cutoff=cutoff)
            and _few_word_changes(k, other)
            and _figures(k) == _figures(other)
            and not _other_names(lines[j].text, text)
        ):
            return j
    return None


def _names(text: str) -> set[str]:
    """Capitalised words inside a sentence (not opening one), without accents: the names."""
    words = text.split()
    out = set()
    for prev, w in itertools.pairwise(words):
        if prev[-1:] in _SENTENCE_END:
            continue  # "... by 31 to 12. Opponents said": a sentence's first word
        w = w.strip(_QUOTES)
        if w[:1].isupper() and (len(w) > 1 or w.isalpha()):
            out.add("".join(c for c in unicodedata.normalize("NFKD", w) if c.isalnum()))
    return out


_SENTENCE_END = frozenset(".!?:;")
_QUOTES = "\"'“”‘’«»„()[],."


def _other_names(a: str, b: str) -> bool:
    """Two parallel sentences about different people or places ("The Victoria Bridge will
    close ..." and "The Albert Bridge will close ..."): each has a name the other lacks, and
    the two are not one name spelt two ways (a typo or an accent fixed)."""
    na, nb = _names(a), _names(b)
    only_a, only_b = na - nb, nb - na
    return bool(only_a and only_b) and not any(
        fuzz.ratio(x, y) >= 75 for x in only_a for y in only_b
    )


# Two lines that differ in a number report different facts ("in the 12th minute" and "in the
# 88th minute"): a near copy never changes a figure.
# (A gallery counter glued to the front, "1of4A shopper ...", is not one of the facts.)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_LEAD_COUNTER = re.compile(r"\d{1,3}\s?(?:of|/|von|de|sur|из|z)\s?\d{1,3}")


def _figures(key: str) -> list[str]:
    """The numbers of a key, without a gallery counter glued to its front.

    >>> _figures("2of4a shopper looks at cords, nov. 19, 2019")
    ['19', '2019']
    """
    return _NUMBER.findall(_LEAD_COUNTER.sub("", key, count=1) if key[:1].isdigit() else key)


@rule(
    "NC305",
    "orphan-label",
    where="head",
    why="""In the media block a short label (a name, a job title) left over from the picture
    markup stands next to the image file name or credit it belonged to, like the seed's
    "Professor" under "yang-cheng.jpg". It is a lone label, not a sentence.""",
    removes=[
        "Harbour city approves new flood barrier\n"
        "-NC201 yang-cheng.jpg\n"
        "- Professor\n"
        "The city council voted 31 to 8 on Thursday to build a movable barrier across the harbour mouth.\n"
    ],
    keeps=[
        "Harbour city approves new flood barrier\n"
        "The city council voted 31 to 8 on Thursday to build a movable barrier across the harbour mouth.\n"
        "NISSAN SENTRA\n"
        "Nissan hopes a sleek redesign of the Sentra will pull in more buyers this year.\n"
    ],
)
def orphan_label(doc: Document, cfg: Config) -> Iterator[Verdict]:
    extra = cfg.extra_credit_patterns
    lines = doc.lines
    scan = media_scan(doc, extra)
    for i in sorted(scan.images | scan.credits):
        after_image = i in scan.images
        if not after_image and not (doc.in_head(i) and i in scan.credits):
            continue
        n = doc.next_content(i)
        if n is None or n == doc.title_index:
            continue
        nxt = lines[n]
        limit = 4 if after_image else 2
        if (
            0 < nxt.words <= limit
            and not nxt.terminal
            and not nxt.text.isupper()
            and not media_marker(doc, n, extra)
        ):
            yield Verdict(n, f"short label right after the media line {i + 1}", role="caption")
