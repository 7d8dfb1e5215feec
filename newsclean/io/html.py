"""HTML pages to the line-per-block text dump the cleaner is built for.

The same shape as the scraped dumps newsclean cleans: a line break at each block element and
``<br>``, script/style and other non-content dropped, non-breaking spaces kept, each
``<img alt>`` on a line of its own. The page title (``<title>``, else the first ``<h1>``) is
returned separately so the cleaner can recognise and handle its repeats.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup
from bs4.element import Comment, Declaration, Doctype, NavigableString, ProcessingInstruction, Tag

BLOCK = frozenset(
    (
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "caption",
        "center",
        "dd",
        "details",
        "dialog",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "frame",
        "frameset",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "html",
        "legend",
        "li",
        "main",
        "menu",
        "nav",
        "ol",
        "option",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    )
)
SKIP = frozenset(
    (
        "head",
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "math",
        "iframe",
        "object",
        "embed",
        "canvas",
        "select",
        "button",
        "input",
        "textarea",
    )
)
_NON_TEXT = (Comment, Declaration, Doctype, ProcessingInstruction)
# Collapse ASCII whitespace only: non-breaking spaces are content the cleaner judges itself.
_ASCII_WS = re.compile(r"[ \t\n\r\f\v]+")
_END_PRE = object()  # stack marker: leaving a <pre>


def _title(soup: BeautifulSoup) -> str | None:
    for tag in (soup.find("title"), soup.find("h1")):
        if isinstance(tag, Tag):
            t = _ASCII_WS.sub(" ", tag.get_text()).strip()
            if t:
                return t
    return None


def html_to_text(markup: str) -> tuple[str, str | None]:
    """Return ``(text, title)``: one line per block of ``markup``, and the page title."""
    soup = BeautifulSoup(markup, "html.parser")
    lines: list[str] = []
    buf: list[str] = []

    def brk() -> None:
        if buf:
            line = "".join(buf).strip(" ")
            if line:
                lines.append(line)
            buf.clear()

    # Iterative walk (deeply nested pages exceed the recursion limit). A ``None`` marker on the
    # stack closes a block element.
    stack: list[object] = [soup]
    pre_depth = 0
    while stack:
        node = stack.pop()
        if node is None:
            brk()
            continue
        if node is _END_PRE:
            pre_depth -= 1
            continue
        if isinstance(node, NavigableString):
            if isinstance(node, _NON_TEXT):
                continue
            s = str(node)
            if pre_depth:
                parts = s.split("\n")
                buf.append(parts[0])
                for p in parts[1:]:
                    brk()
                    buf.append(p)
            else:
                buf.append(_ASCII_WS.sub(" ", s))
            continue
        if not isinstance(node, Tag):
            continue
        name = node.name.lower() if node.name else ""
        if name in SKIP:
            continue
        if name == "br":
            brk()
            continue
        if name == "img":
            alt = node.get("alt")
            if isinstance(alt, str) and alt.strip():
                brk()
                buf.append(_ASCII_WS.sub(" ", alt))
                brk()
            continue
        block = name in BLOCK
        if block:
            brk()
            stack.append(None)
        if name == "pre":
            pre_depth += 1
            stack.append(_END_PRE)
        stack.extend(reversed(node.contents))
    brk()
    text = "\n".join(lines)
    return (text + "\n" if text else ""), _title(soup)
