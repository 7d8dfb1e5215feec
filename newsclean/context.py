"""The Document's context: the main body block and the headline, worked out once per pass.

Everything here reads the analysed lines only; the rules judge lines against this context
(the engine builds it in :func:`analyse` for every pass of :class:`~newsclean.engine.Cleaner`).
"""

from __future__ import annotations

import re

from newsclean.document import Document, Line, find_body_block, match_key
from newsclean.rules.metadata import is_byline_line, is_kicker_like, is_stamp_like
from newsclean.rules.signals import (
    credit_suffix,
    has_digit,
    is_breadcrumb,
    is_section_label,
    looks_like_label,
)


def analyse(
    lines: tuple[Line, ...],
    title: str | None = None,
    carry: dict[object, object] | None = None,
    page: tuple[Line, ...] | None = None,
) -> Document:
    """Build the Document context: content lines, title and the main body block.

    ``carry`` is the cross-pass cache of the Document this one re-judges (see
    :meth:`Document.carried`); a fresh one is made when it is ``None``. ``page`` is the first
    pass's lines (see :attr:`Document.page`); ``None`` on the first pass.
    """
    content = tuple(ln.index for ln in lines if ln.key)
    start, end = find_body_block(lines, content)
    if content and start < content[0]:
        # With no prose the block is the whole text; it still starts at the first non-blank
        # line, so that leading blank lines do not change what is taken for the title.
        start = content[0]
    title_index: int | None = None
    if title:
        tkey = match_key(title)
        for i in content[:40]:
            if lines[i].key == tkey:
                title_index = i
                break
    elif content:
        # A breadcrumb trail or a section's name over the headline ("Home » News » Local",
        # "Sport") is the site's, not the title; the headline is the line under it.
        k = 0
        while (
            k < min(3, len(content) - 1)
            and (is_breadcrumb(lines[content[k]]) or is_section_label(lines[content[k]]))
            # A line right over a byline is the headline, whatever its shape.
            and not is_byline_line(lines[content[k + 1]])
        ):
            k += 1
        first = lines[content[k]]
        found = (
            _title_like(first)
            and (_heads_article(lines, content, k) if k else content[0] < start + 1)
            and not looks_like_label(first)
            and not (k == 0 and is_breadcrumb(first))
            and not is_stamp_like(first)
        )
        if not found:
            # Kickers and widgets the lists do not know ("Company Town", "Dubai Airshow",
            # "Supported by", "Published 1 day ago") may stand there too: the headline is the
            # first title-like line under a few such lines that opens the article's head.
            k = _under_kickers(lines, content, k)
            found, first = k > 0, lines[content[k]]
        if found:
            title, title_index = first.text, first.index
            if k > 0 and start < title_index:
                start = title_index  # the trail above the title is not the body's
    if title_index is not None and title_index == start:
        start = min(content[content.index(title_index) + 1 :] or (end,))
    return Document(
        lines,
        title,
        title_index,
        start,
        end,
        content,
        carry={} if carry is None else carry,
        first_pass=page,
    )


_KICKER_LINES = 12  # a page's menu may stand over the headline: up to a dozen short lines


def _under_kickers(lines: tuple[Line, ...], content: tuple[int, ...], k: int) -> int:
    """The index in ``content`` of the headline under at most ``_KICKER_LINES`` kicker-like
    lines from ``content[k]`` on (a few words without a sentence end, a widget label, a
    timestamp, a menu's items), or 0 when there is none: no title then."""
    for j in range(k, min(k + _KICKER_LINES + 1, len(content) - 1)):
        ln = lines[content[j]]
        if j > 0 and _headline_over_head(lines, content, j):
            return j
        if not is_kicker_like(ln) or is_byline_line(lines[content[j + 1]]):
            break  # a line of text, or one over a byline: the head is not here
    return 0


def _headline_over_head(lines: tuple[Line, ...], content: tuple[int, ...], j: int) -> bool:
    """Content line ``j``, under kicker-like lines, is a headline: five words or more with no
    sentence end (a question may end it) and no site-name separator ("The Post | News"), over
    the article's head: a byline, a date, a paragraph or the lead picture's credited caption
    in the next two lines (a menu item or a site's tagline has none of these under it)."""
    ln = lines[content[j]]
    if not (
        _title_like(ln)
        and ln.words >= 5
        and (not ln.terminal or ln.text.rstrip()[-1:] in "?？")
        and " | " not in ln.text
        # "Tested by: X RRP: £23 More info: …", "Filed Under:Health", "… earnings. Photograph by
        # X": a fact box, a tag list, a caption.
        and ln.text.count(":") < 2
        and not _GLUED_OR_SENTENCE.search(ln.text)
        and not looks_like_label(ln)
        and not is_stamp_like(ln)
        and not is_breadcrumb(ln)
    ):
        return False
    return any(
        nxt.prose
        or is_byline_line(nxt)
        or is_stamp_like(nxt)
        or (nxt.words >= 4 and credit_suffix(nxt) is not None)
        for nxt in (lines[i] for i in content[j + 1 : j + 3])
    )


_GLUED_OR_SENTENCE = re.compile(r"\w:[^\W\d_]|[a-z]{2}\. [A-Z]")


def _heads_article(lines: tuple[Line, ...], content: tuple[int, ...], k: int) -> bool:
    """Content line ``k``, under a trail or a section's name, stands over the article's head
    (a byline, a date, a sentence, in the next two lines), not over more menu items ("Home" /
    "News" / "Contact us" / "About")."""
    return any(
        nxt.words > 4 or nxt.terminal or is_byline_line(nxt) or has_digit(nxt.key)
        for nxt in (lines[i] for i in content[k + 1 : k + 3])
    )


def _title_like(ln: Line) -> bool:
    """A headline: a few words, no sentence end (a question or exclamation may end it)."""
    return 3 <= ln.words <= 30 and len(ln.text) <= 250 and not ln.text.rstrip("'\"”’").endswith(".")
