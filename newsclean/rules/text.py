"""NC1xx: text normalisation. Fixers rewrite a line; NC104 drops lines that hold no text.

Each fixer has a cheap gate so that clean ASCII text never pays for ftfy or an HTML parser.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from functools import lru_cache

import ftfy

from newsclean.config import Config
from newsclean.document import Document
from newsclean.rules import vocab
from newsclean.rules.registry import Verdict, fixer, rule
from newsclean.rules.signals import announced

# Byte sequences that UTF-8 text decoded as Latin-1/Windows-1252 leaves behind (Ã©, â€™, Ð¿,
# Â followed by a space...), and C1 controls. Only lines with one of these reach ftfy.
_MOJIBAKE_HINT = re.compile(
    "[\u00c2\u00c3\u00c5\u00ce\u00cf\u00d0\u00d1\u00d8\u00d9\u00e2\u00e3\u00e5\u00e6\u00e7\u00ef]"
    "[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018"
    "\u2019\u201a\u201c\u201d\u201e\u2020\u2021\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
    "|[\u0080-\u009f]|\ufffd"
)


@lru_cache(maxsize=2)
def _ftfy_config(uncurl_quotes: bool) -> ftfy.TextFixerConfig:
    # Chosen explicitly: repair encodings; leave quotes, ligatures, widths, HTML and line
    # breaks to other rules or to the text as written.
    return ftfy.TextFixerConfig(
        unescape_html=False,
        remove_terminal_escapes=True,
        fix_encoding=True,
        restore_byte_a0=True,
        replace_lossy_sequences=True,
        decode_inconsistent_utf8=True,
        fix_c1_controls=True,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=uncurl_quotes,
        fix_line_breaks=False,
        fix_surrogates=True,
        remove_control_chars=True,
        normalization="NFC",
        explain=False,
    )


# The first character of every mojibake pair: a cheap character-class scan before the full test.
_MOJIBAKE_LEAD = re.compile(
    "[\u00c2\u00c3\u00c5\u00ce\u00cf\u00d0\u00d1\u00d8\u00d9\u00e2\u00e3\u00e5\u00e6\u00e7\u00ef\u0080-\u009f\ufffd]"
)


def _may_be_mojibake(text: str) -> bool:
    if text.isascii():
        return False
    # Every lead character but U+FFFD is Latin-1: a line whose non-ASCII characters all lie
    # above U+00FF (curly quotes, dashes, Cyrillic, CJK) is settled without a regex scan.
    if text.encode("latin-1", "ignore").isascii() and "\ufffd" not in text:
        return False
    return _MOJIBAKE_LEAD.search(text) is not None and _MOJIBAKE_HINT.search(text) is not None


@fixer(
    "NC101",
    "fix-mojibake",
    why="""Pages decoded with the wrong charset turn "café" into "cafÃ©" and quotes into
    "â€™". ftfy undoes that; it runs only on lines that show a mojibake sequence, with quote
    uncurling off so typographic quotes written by the publisher stay as they are.""",
    gate=_may_be_mojibake,
    removes=[
        ("The cafÃ© opened on Monday.", "The café opened on Monday."),
        ("It\u00e2\u20ac\u2122s here", "It\u2019s here"),
    ],
    keeps=["The café opened on Monday.", "Die Straße ist gesperrt.", "Москва — столица России."],
)
def fix_mojibake(text: str, cfg: Config) -> str:
    """Repair text decoded with the wrong charset.

    >>> fix_mojibake("cafÃ©", Config())
    'café'
    """
    if _has_real_accents(text):
        return text
    fixed = str(ftfy.fix_text(text, _ftfy_config(cfg.uncurl_quotes)))
    return fixed if fixed == text or _plausible_fix(text, fixed) else text


def _has_real_accents(text: str) -> bool:
    """Accented letters outside any mojibake sequence: the line was decoded right, and the
    sequences are the writer's ("Customers saw JosÃ© instead of José") or real words."""
    rest = _MOJIBAKE_RUN.sub("", text)
    return not rest.isascii() and any(c.isalpha() and not c.isascii() for c in rest)


def _plausible_fix(before: str, after: str) -> bool:
    """A repair that breaks the line is not one: it unbalances quotes ("“VOLTO AMANHÃ”" ->
    "“VOLTO AMANHÔ"), puts a lowercase letter into a line in capitals ("A CIDADÃ" + nbsp ->
    "A CIDADà") or a Cyrillic letter into a Latin word ("“HVAÐ”" -> "“HVAД")."""
    for a, b in ("“”", "«»", "„“"):
        if 0 < before.count(a) == before.count(b) and after.count(a) != after.count(b):
            return False
    letters = [c for c in before if c.isalpha()]
    # "ß" has no one-letter capital: "STRAßE" is a line in capitals.
    if (
        letters
        and all(c.isupper() for c in letters)
        and any(c.islower() and len(c.upper()) == 1 for c in after)
    ):
        return False
    return not _MIXED_SCRIPT.search(after) or _MIXED_SCRIPT.search(before) is not None


# A mojibake sequence with its third byte ("â€œ" for "“"): what _has_real_accents discounts.
_CONTINUATION = (
    "[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014"
    "\u2018\u2019\u201a\u201c\u201d\u201e\u2020\u2021\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)
# CJK text decoded as cp1252 leads with letters the hint leaves out ("ä¸­å›½"): any Latin-1
# letter followed by continuation bytes is a sequence too.
_MOJIBAKE_RUN = re.compile(
    rf"(?:{_MOJIBAKE_HINT.pattern}){_CONTINUATION}*|[\u00c0-\u00ff]{_CONTINUATION}+"
)
_MIXED_SCRIPT = re.compile(r"[A-Za-z][\u0400-\u04ff]|[\u0400-\u04ff][A-Za-z]")


# Known HTML element names only: "<The Palace: Tale of Jang Noksu>" is a title in angle
# brackets, not a tag, and must survive.
_TAG_NAMES = (
    "a|abbr|address|article|aside|audio|b|bdi|bdo|big|blockquote|body|br|button|caption|center|cite|"
    "code|col|colgroup|dd|del|details|dfn|div|dl|dt|em|embed|figcaption|figure|font|footer|form|h[1-6]|"
    "head|header|hr|html|i|iframe|img|input|ins|kbd|label|li|link|main|mark|meta|nav|noscript|object|"
    "ol|p|picture|pre|q|s|samp|script|section|small|source|span|strike|strong|style|sub|summary|sup|"
    "svg|table|tbody|td|tfoot|th|thead|time|title|tr|tt|u|ul|var|video|wbr"
)
_TAG = re.compile(rf"</?(?:{_TAG_NAMES})(?:\s[^<>]*)?/?>", re.IGNORECASE)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_SCRIPT = re.compile(r"(?is)<(script|style)\b.*?</\1\s*>")
_BLOCK_TAG = re.compile(
    r"</?(?:address|article|aside|audio|blockquote|br|dd|div|dl|dt|embed|figcaption|figure|"
    r"footer|h[1-6]|header|hr|iframe|img|li|main|nav|object|ol|p|picture|section|source|svg|"
    r"table|tbody|td|tfoot|th|thead|tr|ul|video)\b[^<>]*/?>",
    re.IGNORECASE,
)
_ADJACENT = re.compile(r"(</[A-Za-z][A-Za-z0-9]*\s*>)(?=<[A-Za-z])")
# Tags whose closing tag HTML leaves optional: "<li> Flour <li> Sugar" is markup.
_OPTIONAL_END = frozenset(("p", "li", "dt", "dd", "tr", "td", "th", "option"))
# An opening script or style tag with no closing tag on the line is a tag named in prose
# ("hid the text with a <style> rule"): the parser would take the rest of the line for code.
_LONE_SCRIPT = re.compile(r"(?i)<(?=(?:script|style)\b[^<>]*>)")


def _has_markup(text: str) -> bool:
    return ("<" in text and (_TAG.search(text) is not None or _has_comment(text))) or (
        "&" in text and _ENTITY.search(text) is not None
    )


def _has_comment(text: str) -> bool:
    a = text.find("<!--")
    return a >= 0 and text.find("-->", a + 4) >= 0


def _strip_comments(text: str) -> str:
    """Drop ``<!-- ... -->`` with str.find: a regex retried from each of thousands of
    unclosed "<!--" on a huge line is quadratic."""
    out, pos = [], 0
    while (a := text.find("<!--", pos)) >= 0 and (b := text.find("-->", a + 4)) >= 0:
        out += [text[pos:a], " "]
        pos = b + 3
    return "".join([*out, text[pos:]])


@fixer(
    "NC102",
    "strip-html",
    why="""Scrapers that take innerHTML or double-escape leave tags ("<b>", "<br/>") and entities
    ("&amp;", "&#8217;") in the text. Markup is parsed with BeautifulSoup so that real angle
    brackets and ampersands in prose ("a < b", "AT&T") survive; script and style bodies go.
    A line that names a tag or an entity ("wrapped each story in a <div> element", "appears
    as &nbsp; in the source") is writing about HTML and is left as it is.""",
    gate=_has_markup,
    removes=[
        ("He said <b>no</b> to the deal.", "He said no to the deal."),
        ("Q&amp;A with the mayor", "Q&A with the mayor"),
        ("Rock &#8217;n&#8217; roll", "Rock \u2019n\u2019 roll"),
        ("Emissions of CO<sub>2</sub> fell.", "Emissions of CO2 fell."),
    ],
    keeps=[
        "If a < b and b > c, then a < c.",
        "AT&T shares rose 3%.",
        "Use <angle> quotes sparingly",
        "The site hid the text with a <style> rule that made it invisible to readers.",
        "The template wrapped each story in a <div> element, the developer said.",
        "Check whether x<b and y>0 before the loop ends, the manual says.",
        "In the source the space appears as &nbsp; between the two words.",
        "The link ended in ?year=2026&region=north, the council said.",
    ],
)
def strip_html(text: str, cfg: Config) -> str:
    """Remove HTML tags and decode entities.

    >>> strip_html("<p>Fish &amp; chips</p>", Config())
    'Fish & chips'
    """
    if _names_markup(text):
        return text
    if "<" in text and _has_comment(text):
        text = _strip_comments(text)
    if "<" in text and _TAG.search(text):
        from bs4 import BeautifulSoup  # imported on first use: most lines never need it

        text = _SCRIPT.sub(" ", text)
        text = _ADJACENT.sub(r"\1 ", text)  # "</a><a>": two links, two words
        if "<" in text:
            text = _LONE_SCRIPT.sub("&lt;", text)  # kept as text: unescaped by get_text
        # Block tags part words; inline ones ("CO<sub>2</sub>", "<i>Middlemarch</i>'s") do not.
        text = _BLOCK_TAG.sub(" ", text)
        text = BeautifulSoup(text, "html.parser").get_text("")
        if "&" in text and _ENTITY.search(text):  # double-escaped text
            text = _unescape(text)
    else:
        text = _unescape(text)
    return " ".join(text.split()) if text.strip() != text or "  " in text else text


def _unescape(text: str) -> str:
    """Decode ``&name;`` and ``&#n;`` entities only: "&region=north" in a URL is no entity,
    though html.unescape would read "&reg" in it."""
    return _ENTITY.sub(lambda m: html.unescape(m.group()), text)


# Tags that always stand alone ("<br>"); any other opening tag used as markup has its
# closing tag or text glued to it.
_VOID = frozenset(("br", "hr", "img", "wbr", "input", "meta", "link", "source", "col", "embed"))
_QUOTES = "\"'“”‘’«»`"
# Comments too ("placed the sentence <!-- ignore ... --> inside"), bounded so that a line of
# unclosed "<!--" stays linear.
_NAMED_TOKEN = re.compile(
    rf"(?:{_TAG.pattern})|{_ENTITY.pattern}|<!--[^<>]{{0,200}}?-->", re.IGNORECASE
)
# Attributes real markup carries: name=value pairs or a known boolean attribute. "x<b and y>0"
# has words in its "attributes": an inequality, not a tag.
_ATTRS = re.compile(
    r"(?:\s+(?:[\w:.-]+\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'<>=`]+)|async|autoplay|checked|controls|"
    r"defer|disabled|hidden|loop|multiple|muted|nomodule|novalidate|open|readonly|required|"
    r"selected|nowrap|itemscope|allowfullscreen|playsinline|default|download|inert|ismap|"
    r"reversed|formnovalidate|noshade|compact))*\s*/?",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _naming_words() -> frozenset[str]:
    """Words after which a tag or an entity is named, not used ("in a <div> element")."""
    return frozenset(vocab.words("text", "naming_words"))


def _names_markup(text: str) -> bool:
    """The line writes about HTML: a tag or an entity follows a naming word or a quote mark,
    with a space after it ("a <div> element"), or a "tag" holds words instead of attributes."""
    lower = ""
    for m in _NAMED_TOKEN.finditer(text):
        tok = m.group()
        # The word before the token is all that counts: a bounded window keeps a huge line
        # with thousands of tags linear.
        before = text[max(0, m.start() - 40) : m.start()]
        after = text[m.end() : m.end() + 1]
        spaced = before[-1:] in ("", " ") and after in ("", " ")
        if tok[:1] == "<" and tok[1:2] != "!":
            inner = tok[1:-1]
            name = re.match(r"/?([A-Za-z][A-Za-z0-9]*)", inner)
            if name is not None:
                if not _ATTRS.fullmatch(inner[name.end() :]):
                    return True  # "<b and y>": words, not attributes
                tag = name.group(1).lower()
                if (
                    spaced
                    and inner[:1] != "/"
                    and name.end() == len(inner.rstrip("/ "))  # no attributes
                    and tag not in _VOID
                    and tag not in _OPTIONAL_END
                    and f"</{tag}" not in (lower := lower or text.lower())
                ):
                    return True  # "<p> starts a paragraph": an opening tag on its own
        if before and before[-1] in _QUOTES and (after in _QUOTES or after in ("", " ")):
            return True  # '“<img src=x onerror=...>”'; '"<em>unacceptable</em>"' is markup
        # The word right before the token; the window may have cut the first of its words.
        words = before.split()
        whole = m.start() <= 40 or len(words) > 1 or before[:1] == " "
        if spaced and words and whole and words[-1].lower().rstrip(":,") in _naming_words():
            return True
    return False


# Special spaces NC103 folds: every run of these and plain spaces becomes one plain space.
# (Replacing each, then collapsing runs of spaces, is that; a regex class walked over every
# position of the line is far slower.)
_PAD_CHARS = ("\u00a0", "\u2007", "\u202f", "\u3000", "\t")
_SPACE_RUN = re.compile("  +")
# Zero-width space, BOM and soft hyphen are layout debris. ZWJ, ZWNJ and the word joiner are
# not: they shape Persian and Indic words and join emoji sequences, so they stay.
_ZW = re.compile("[\u200b\ufeff\u00ad]")


def _needs_space_fix(text: str) -> bool:
    if text[:1] == " " or text[-1:] == " ":
        return True
    if text.isascii():
        return "\t" in text or "  " in text
    # The characters NC103 folds or drops; single-character tests beat a regex class here.
    # None of them is printable, and most lines are: isprintable() settles those in one go.
    return "  " in text or (
        not text.isprintable()
        and (
            "\u00a0" in text
            or "\u2007" in text
            or "\u202f" in text
            or "\u3000" in text
            or "\t" in text
            or "\u200b" in text
            or "\ufeff" in text
            or "\u00ad" in text
        )
    )


@fixer(
    "NC103",
    "normalise-whitespace",
    why="""Non-breaking spaces padding a line, zero-width characters and runs of spaces come
    from layout, not from the writer. They break matching (a title padded with nbsp no longer
    equals the title) and show as junk. Non-breaking and other special spaces become plain
    spaces, zero-width spaces, byte-order marks and soft hyphens go, runs collapse, the ends are
    trimmed. Joiners (ZWJ, ZWNJ, word joiner) stay: they are part of Persian and Indic spelling
    and of emoji sequences.""",
    gate=_needs_space_fix,
    removes=[
        (
            "\u00a0Beijing, Moscow vow to step up communication\u00a0",
            "Beijing, Moscow vow to step up communication",
        ),
        ("Two\u200b words", "Two words"),
        ("  indented   text ", "indented text"),
    ],
    keeps=[
        "A plain line of text.",
        "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",
        "Family: \U0001f468\u200d\U0001f469\u200d\U0001f467",
        "Zwölf Boxkämpfer jagen Viktor quer über den großen Sylter Deich.",
    ],
)
def normalise_whitespace(text: str, cfg: Config) -> str:
    """Fold special spaces, drop zero-width characters, collapse runs, trim.

    >>> normalise_whitespace("\\u00a0a\\u00a0\\u00a0b\\u200b ", Config())
    'a b'
    """
    if not text.isascii():
        if "\u200b" in text or "\ufeff" in text or "\u00ad" in text:  # what _ZW drops
            text = _ZW.sub("", text)
        for c in _PAD_CHARS:
            if c in text:
                text = text.replace(c, " ")
        if "  " in text:
            text = _SPACE_RUN.sub(" ", text)
    elif "\t" in text or "  " in text:
        text = " ".join(text.split())
    return text.strip()


# Characters that make a line look non-empty to a scraper but hold no text.
_INVISIBLE = frozenset("\u00a0\u200b\u200c\u200d\u2060\ufeff\u202f\u2007\u3000\u00ad")


@rule(
    "NC104",
    "invisible-line",
    why="""A line made only of non-breaking spaces or zero-width characters renders as an empty
    paragraph; scrapers keep it because it is not whitespace to them. It holds no text.""",
    removes=["\u00a0", "\u200b", "\u00a0 \u00a0"],
    keeps=["\u00a0Text after a nbsp."],
)
def invisible_line(doc: Document, cfg: Config) -> Iterator[Verdict]:
    for ln in doc.lines:
        if not ln.key and ln.raw and not ln.raw.isascii() and any(c in _INVISIBLE for c in ln.raw):
            yield Verdict(ln.index, "line holds only invisible characters", strong=True)


_ALNUM = re.compile(r"[^\W_]")
_BREAK = re.compile(r"(?:[_*=~#•·—–-]\s?){3,}")
# Symbols that carry a value: a review's stars, a comparison table's ticks and crosses.
_MEANING = frozenset("★☆✩✪✫✭✮✯⭐✓✔✗✘✕✖❌✅❎")
_SEPARATORS = frozenset("•·|/\\,;»«›‹")
# Pictographs, flags (regional indicators) and the heart: a reply or a rating, not a widget.
_EMOJI = re.compile("[\U0001f1e6-\U0001f1ff\U0001f300-\U0001faff\u2764]")


def _table_cell(doc: Document, i: int) -> bool:
    """Next to a short cell with a figure: "–" for no budget, "=" for a chart position that
    did not move ("£1.8m" / "–" / "Roads")."""
    if _SEPARATORS.issuperset(doc.lines[i].key.replace(" ", "")):
        return False  # "•", "|", "/" part cells; they are never one
    nxt, prv = doc.neighbours
    cells = [doc.lines[j] for j in (prv.get(i), nxt.get(i)) if j is not None]
    return any(c.words <= 4 and not c.terminal and any(ch.isdigit() for ch in c.key) for c in cells)


@rule(
    "NC105",
    "punctuation-line",
    why="""A line without a single letter or digit ("%", ",", "|", "***") is a separator or a
    widget's leftover; it carries no words, so dropping it cannot lose text. Section breaks
    ("___", "* * *", "---") are the writer's structure and stay, and so do lines with symbols
    that carry a value (a star rating "★★★★☆", a table's "✓" and "✗", emoji) and lines a
    sentence announces ("He replied with a single character:" over "?").""",
    removes=[",", "%", "|", "»"],
    keeps=[
        "5%",
        "A",
        "#1",
        "___",
        "* * *",
        "★★★★☆",
        "✓",
        "\U0001f937",
        "The shortest reply in the archive was a single character:\n?",
    ],
)
def punctuation_line(doc: Document, cfg: Config) -> Iterator[Verdict]:
    for i in doc.short:
        ln = doc.lines[i]
        k = ln.key
        if (
            len(k) <= 40
            and not _ALNUM.search(k)
            and not _BREAK.fullmatch(k)
            and (k.isascii() or (_MEANING.isdisjoint(k) and not _EMOJI.search(k)))
            and not announced(doc, i)
            and not _table_cell(doc, i)
        ):
            yield Verdict(i, "no letters or digits on the line", strong=True)
