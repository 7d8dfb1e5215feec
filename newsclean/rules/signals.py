"""Line-shape predicates shared by several rule families (media markers, headings, dates).

Kept apart from the rules so that context rules (an orphan label *next to* an image file, a
headline *after* a related heading) ask the same question the marker rule asks.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from newsclean.document import Document, Line, trim_label
from newsclean.rules import vocab

_DIGIT = re.compile(r"\d")


def has_digit(text: str) -> bool:
    """Whether ``text`` holds a digit (a regex scan beats a per-character loop)."""
    return _DIGIT.search(text) is not None


# "<title> -1", "<title> – 2", "<title> (3)": what a gallery leaves of each picture's title.
FRAGMENT_TAIL = re.compile(r"\s*(?:[-–—]\s*\d{1,2}|\(\d{1,2}\)|\d{1,2})$")

IMAGE_EXT = r"(?:jpe?g|png|gif|webp|bmp|tiff?|avif|heic|svg)"
# A bare file name or URL of an image, with optional query string: "yang-cheng.jpg",
# "Screen Shot 2018-07-05 at 14.06.48.png", "https://x/y-1160x768.jpg?w=600".
_IMAGE_FILE = re.compile(
    rf"\[?(?:https?://\S+|[\w\-.%()@+,~' ]{{1,120}})\.{IMAGE_EXT}(?:\?\S*)?\]?", re.IGNORECASE
)
# Camera or CMS file stems without an extension: "IMG_8299", "DSC00123", "_MG_2953", "010_Clymer-2".
_CAMERA_STEM = re.compile(
    r"(?:[\w&-]*[_-])?(?:img|dsc[nf]?|_?mg|pxl|dji|gopr|p\d{3})[_-]?\d{3,}(?:[_-]\w+)?|\d{2,4}_[A-Za-z]+-\d{1,2}",
    re.IGNORECASE,
)


# A slug or file stem left by the CMS: one token with several - or _ separators and a digit or
# underscore ("milano-design-week-2018-flos-02", "dp3_1_en", "FILES-US-MEDIA-MERGER").
_SLUG = re.compile(r"[\w.]+(?:[-_][\w.]+){2,}")


_LONG_NUMBER = re.compile(r"\d{3,}")


def _is_slug(t: str) -> bool:
    if " " in t or len(t) < 8 or not _SLUG.fullmatch(t) or not any(c.isalpha() for c in t):
        return False
    if "_" in t:
        return True
    # File slugs are lowercase ("yang-cheng-1160x768", "harbour-barrier-vote-2019-photo") or
    # carry long numbers ("IMG-20190512-WA0003"); capitalised words joined by hyphens are
    # names ("SAINT-JEAN-DE-LUZ", "Saint-Jean-Pied-de-Port", "SARS-CoV-2").
    seps = t.count("-")
    if _DOMAIN.search(t):
        return False  # "get-help-with-energy-bills.org.uk": a web address, not a file
    if t == t.lower():
        return has_digit(t) or seps >= 4
    return seps >= 2 and _LONG_NUMBER.search(t) is not None


_DOMAIN = re.compile(r"\.(?:[a-z]{2,3}\.)?(?:com|org|net|gov|edu|info|io|[a-z]{2})$")


def is_image_file(ln: Line) -> bool:
    """The whole line is an image file name or image URL.

    >>> from newsclean.document import make_line
    >>> is_image_file(make_line(0, "", "yang-cheng.jpg")), is_image_file(make_line(0, "", "See report.pdf"))
    (True, False)
    """
    t = ln.text
    if "." not in t and "_" not in t and "-" not in t and not has_digit(t):
        return False  # every file name, URL, slug and camera stem has one of these
    if ln.words > 14 or (
        " " in t
        and not t.lower()
        .rstrip("/")
        .split("?")[0]
        .endswith(
            ("jpg", "jpeg", "png", "gif", "webp", "bmp", "tif", "tiff", "avif", "heic", "svg")
        )
    ):
        return bool(ln.words <= 2 and " " not in t and _CAMERA_STEM.fullmatch(t))
    return bool(
        _IMAGE_FILE.fullmatch(t) or (" " not in t and (_CAMERA_STEM.fullmatch(t) or _is_slug(t)))
    )


class _CreditPatterns(NamedTuple):
    line: re.Pattern[str]  # a whole credit line, fullmatched against the key
    suffix: re.Pattern[str]  # a credit at the end of a line
    # ``line`` without its "X/AFP" alternative, and what that alternative needs at the end of
    # the key: the alternative backtracks over the whole line, so it runs only where it can.
    line_rest: re.Pattern[str]
    agency_end: re.Pattern[str]


@lru_cache(maxsize=8)
def _credit_patterns(extra: tuple[str, ...]) -> _CreditPatterns:
    words = "|".join(
        sorted(map(re.escape, vocab.words("media", "credit_words")), key=len, reverse=True)
    )
    phrases = "|".join(
        sorted(map(re.escape, vocab.words("media", "credit_phrases")), key=len, reverse=True)
    )
    agencies = "|".join(
        sorted(map(re.escape, vocab.words("media", "agencies")), key=len, reverse=True)
    )
    user = "".join(f"|(?:{p})" for p in extra)
    # Whole credit line: "Photo: X", "[Photo by X / Xinhua]", "(Image credit: X)", "Image copyright
    # Getty Images", "X/AFP", "X, AP", "Getty Images".
    starts = rf"[\[(]?\s*(?:(?:{words})\s*(?:credit|by|courtesy)?\s*[:：|/©]|(?:{phrases})\b|©)[^\n]{{0,120}}"
    agency_tail = rf"[/|,]\s?(?:{agencies})(?:\s?/\s?[\w .'-]{{1,40}})?[\])]?"
    others = rf"|\(?(?:{agencies})\)?|\((?:[^()]{{1,60}}/[^()]{{1,60}})\){user}"
    line = re.compile(
        rf"{starts}|(?!by\s)[^\n]{{0,80}}\s?{agency_tail}{others}"
    )  # matched against the casefolded key: no IGNORECASE, which is slow on Unicode text
    # Credit glued to the end of a caption or sentence: "... on Tuesday. [Photo by X / Xinhua]",
    # "... (Image: GETTY )", "... (NASA/JPL-Caltech/ASU)", "...Photo: Reuters".
    # The lookahead lists every character an alternative (or the leading \s*) can start with;
    # it changes no match, but spares trying ten alternatives at most positions of a search.
    suffix = re.compile(
        r"(?=[\s\[(（pifфảc])"
        rf"\s*(?:[\[(]\s*(?:(?:{words})s?\s*(?:credit|by|courtesy)?\s*[:：/]|(?:{phrases})\b|©)[^\[\]()]{{0,100}}[\])]"
        rf"|[\[(](?:[^\[\]()]{{0,60}}/\s?(?:{agencies})|(?:{agencies})\s?/[^\[\]()]{{1,40}})\s?[\])]"
        rf"|\((?:[A-Z][\w.&-]*(?:\s?/\s?[A-Z][\w.&-]*){{1,4}})\)"
        # "Photo: Jane Doe"; "The bigger picture: what it means" goes on in lowercase.
        rf"|(?:\s|(?<=[a-z]))(?:(?:photograph|photo|picture|illustration|image|foto|фото|ảnh|credit)s?\s?:\s*(?:(?=(?:{agencies}|privat|supplied|handout|archiv\w*|imago\w*)\b)|(?-i:(?![\sa-z\u00df-\u00ff\u0430-\u045f])))[^.!?]{{1,60}})"
        rf"|\s?[\[(]\s*(?:{words})\s+(?:{agencies})\s*[\])]"
        rf"|\s(?:submitted|contributed|staff|courtesy|file) photo"
        rf"|\s(?:photo|foto|fot\.|ảnh|фото)\s(?:by\s[^.!?]{{1,40}}|(?:{agencies})(?:\s?/[^.!?]{{1,40}})?)"
        rf"|\s?[（(][^（）()]{{1,40}}(?:摄|攝|图|圖)[）)]"
        rf"|\s©\s?[^.!?©]{{1,60}}"
        rf"|\s(?:REUTERS|AFP|AP|EPA|XINHUA|GETTY IMAGES|AP PHOTO)/[^.!?/]{{1,50}})\s*$",
        re.IGNORECASE,
    )
    return _CreditPatterns(line, suffix, re.compile(starts + others), re.compile(agency_tail + "$"))


_CREDIT_START = re.compile(
    r"(?:photo|photograph|picture|image|credit|courtesy|copyright|file|handout|foto|фото|"
    r"getty|ap |afp|reuters|epa|xinhua|shutterstock)"
)


def is_credit_line(ln: Line, extra: tuple[str, ...] = ()) -> bool:
    """The whole line credits a photo ("Photo: Damian Dovarganes, AP", "Jason Cipriani/ZDNet")."""
    if ln.words > 16 or ln.words == 0 or (ln.terminal and ln.words > 8 and "©" not in ln.text):
        return False
    t = ln.text.strip()
    # Every credit shape has a separator or starts with a credit word or is a bare agency
    # name; this cheap test spares the big pattern for almost every line.
    if (
        not extra
        and ln.words > 4
        and ":" not in t
        and "/" not in t
        and "," not in t
        and "(" not in t
        and "[" not in t
        and "|" not in t
        and "©" not in t
        and not _CREDIT_START.match(ln.key)
    ):
        return False
    pats = _credit_patterns(extra)
    key = ln.key
    if _fact_label(key):
        return False
    if (pats.line if pats.agency_end.search(key) else pats.line_rest).fullmatch(key):
        return True
    # "Name Surname/Outlet": a short line of capitalised words around one slash.
    if (
        1 <= t.count("/") <= 2
        and ln.words <= 6
        and "//" not in t
        and not t.endswith(".")
        and not _ACRONYMS.search(t)  # "Union (CDU/CSU)": a party's initials in brackets
    ):
        parts = [p.strip() for p in t.split("/")]
        return all(p[:1].isupper() for p in parts if p) and all(parts)
    return False


_LABEL = re.compile(r"[\[(]?([^:：]{1,40}?)\s*[:：]\s")


def _fact_label(key: str) -> bool:
    """A fact box's "Label: value" ("Operators: NASA/ESA", "Her grandchildren: Maya, Leo,
    Ani"): a label that is no credit word ("Photo:", "Quelle:", "Ảnh:") or agency is not a
    picture's credit, whatever follows it."""
    if ":" not in key and "：" not in key:
        return False
    m = _LABEL.match(key)
    if m is None:
        return False
    label = m.group(1)
    last = label.rsplit(maxsplit=1)[-1] if label.strip() else label
    credits = credit_labels()
    # "Main photo: Jane Doe/Reuters" ends in a credit word.
    return label not in credits and last not in credits and not _CREDIT_START.match(label)


@lru_cache(maxsize=1)
def credit_labels() -> frozenset[str]:
    """Photo credit words and agency names, casefolded ("photo", "fotografia", "reuters")."""
    words = vocab.words("media", "credit_words")
    composed = (f"{w} {x}" for w in words for x in ("credit", "by", "courtesy"))
    return frozenset((*words, *composed, *vocab.words("media", "agencies")))


def credit_suffix(ln: Line, extra: tuple[str, ...] = ()) -> tuple[int, int] | None:
    """Span of a photo credit glued to the end of the line, if any."""
    t = ln.text
    if not t.endswith((")", "]", "）", "】")):
        # Words one of the unbracketed credit suffixes must contain, looked for in the last
        # 70 characters of the key (substring tests: cheaper than a regex search here).
        tail = ln.key[-70:]
        if not (
            "/" in tail
            or "©" in tail
            or "photo" in tail
            or "image" in tail
            or "picture" in tail
            or "credit" in tail
            or "foto" in tail
            or "fot." in tail
            or "фото" in tail
            or "ảnh" in tail
            or "illustration" in tail
        ):
            return None
    m = _credit_patterns(extra).suffix.search(t, max(0, len(t) - 130))
    if m is None or m.start() == 0 or _acronym_pair(m.group()):
        return None
    # The dash or bar that leads into the credit goes with it ("... aeronaves. — Foto: X").
    lead = _LEAD_SEPARATOR.search(t, max(0, m.start() - 4), m.start())
    start = lead.start() if lead is not None and lead.start() > 0 else m.start()
    return (start, len(t))


_LEAD_SEPARATOR = re.compile(r"\s+[-–—|·•]\s*$")


_ACRONYMS = re.compile(r"\s*\(([A-Z]{2,6})\s?/\s?([A-Z]{2,6})\)\s*")


def _acronym_pair(suffix: str) -> bool:
    """ "(CDU/CSU)", "(SPD/PS)": two acronyms that are no agency name a party or a body, not a
    photographer and an agency ("(AP/AFP)" stays a credit)."""
    m = _ACRONYMS.fullmatch(suffix)
    if m is None:
        return False
    agencies = credit_labels()
    return m.group(1).lower() not in agencies and m.group(2).lower() not in agencies


def is_short_label(ln: Line, max_words: int = 8) -> bool:
    """A few words with no sentence end: a label, an alt text, a headline, a name."""
    return 0 < ln.words <= max_words and not ln.terminal


# "All rights reserved" in the languages of the legal list.
_RESERVED_PHRASES = (
    r"rights reserved|rechte vorbehalten|droits réservés|derechos reservados|"
    r"direitos reservados|diritti riservati|riproduzione riservata|права защищены|prawa zastrzeżone|hak cipta dilindungi|"
    r"版权所有|版權所有"
)
RESERVED = re.compile(_RESERVED_PHRASES)
# A copyright footer ends with "© 2019 X" too, but it is NC407's, not a photo credit.
RIGHTS = re.compile(r"(?:©|\(c\)|copyright)\s*(?:19|20)\d\d|" + _RESERVED_PHRASES)


class MediaScan(NamedTuple):
    """Where a document's media markers are; computed once per document and config."""

    images: frozenset[int]
    credits: frozenset[int]
    suffixes: dict[int, tuple[int, int]]


def _media_line(ln: Line, extra: tuple[str, ...]) -> tuple[int, tuple[int, int] | None]:
    """One line's media markers: kind (0 none, 1 image file, 2 credit line) and credit suffix."""
    kind = 0
    if ln.words <= 16:
        if is_image_file(ln):
            kind = 1
        elif is_credit_line(ln, extra) and not RIGHTS.search(ln.key):
            kind = 2
    span = credit_suffix(ln, extra)
    if span is not None and RIGHTS.search(ln.key):
        span = None
    if kind == 2 and span is not None:
        rest = ln.text[: span[0]].rstrip()
        if len(rest.split()) >= 6 and rest.rstrip("'\"’”»)]")[-1:] in ".!?…":
            kind = 0  # "Maria Lopez spoke for an hour. [Photo by X / Xinhua]": cut, not dropped
    return kind, span


def _scan_media(doc: Document, extra: tuple[str, ...]) -> MediaScan:
    images, credits, suffixes = set(), set(), {}
    # Every marker is a function of the line text alone: later passes look lines up.
    seen = doc.carried(("media", extra))
    lines = doc.lines
    for i in doc.content:
        ln = lines[i]
        hit = seen.get(ln.text)
        if hit is None:
            hit = seen[ln.text] = _media_line(ln, extra)
        kind, span = hit
        if kind == 1:
            images.add(i)
        elif kind == 2:
            credits.add(i)
        if span is not None:
            suffixes[i] = span
    return MediaScan(frozenset(images), frozenset(credits), suffixes)


def media_scan(doc: Document, extra: tuple[str, ...] = ()) -> MediaScan:
    return doc.memo(("media", extra), _scan_media, doc, extra)


def media_marker(doc: Document, i: int, extra: tuple[str, ...] = ()) -> bool:
    """An image file name, a credit line or a credited caption: the signs of a media block."""
    m = media_scan(doc, extra)
    return i in m.images or i in m.credits or i in m.suffixes


def more_of_section(label: str) -> bool:
    """ "More <section>" / "More in <section>" over a site section's name from the navigation
    list ("More Sports", "More in Politics", "Mehr Sport" is not: English only).

    >>> more_of_section("more weather"), more_of_section("more in politics")
    (True, True)
    >>> more_of_section("more rain")
    False
    """
    if not label.startswith("more "):
        return False
    rest = label[5:]
    if rest.startswith("in "):
        rest = rest[3:]
    return 0 < len(rest) <= 30 and vocab.line_matcher((("boilerplate", "navigation"),)).fullmatch(
        rest
    )


def is_breadcrumb(ln: Line) -> bool:
    """A site's trail to the page on one line: short steps joined by " › ", " » " or " > " (two
    or more), or by " / " (three or more). Only "›" and "»" are a trail's own marks; with ">"
    or "/" one step must name a site section ("Home", "News", "首页"), for a route ("Vienna >
    Munich > Paris"), a score line or a verse is set the same way.

    >>> from newsclean.document import make_line
    >>> is_breadcrumb(make_line(0, "Home » Recipes » Soups", "Home » Recipes » Soups"))
    True
    >>> is_breadcrumb(make_line(0, "Vienna > Munich > Paris", "Vienna > Munich > Paris"))
    False
    """
    t = ln.text
    if ln.words > 16 or ln.terminal or not (">" in t or "»" in t or "›" in t or " / " in t):
        return False
    if _CRUMB_STEP.search(t) and "«" not in t and "‹" not in t:  # not quotes: «Zenit» beat …
        parts, least = _CRUMB_STEP.split(t), 2
    elif " / " in t:
        parts, least = t.split(" / "), 3
    else:
        return False
    steps = [p.split() for p in parts]
    # A leading mark ("> quoted text", "» Read more") makes an empty first step, and a menu's
    # arrows ("Opinion›‹") steps without a word: no trail.
    if len(steps) < least or not all(
        1 <= len(w) <= 4 and any(c.isalnum() for c in p) for w, p in zip(steps, parts, strict=True)
    ):
        return False
    if " » " in t or " › " in t:
        return True
    nav = vocab.line_matcher((("boilerplate", "navigation"),))
    return any(nav.fullmatch(" ".join(p.split()).casefold()) for p in parts)


_CRUMB_STEP = re.compile(r"\s+[›»>]\s+")


def is_section_label(ln: Line) -> bool:
    """A site section's name or a genre label on a line of its own ("Sport", "Politik",
    "Thể thao", "Interview", "专访"): the kicker over a headline, or a menu item."""
    return (
        0 < ln.words <= 3
        and not ln.terminal
        and vocab.line_matcher(
            (("boilerplate", "navigation"), ("boilerplate", "kickers"))
        ).fullmatch(ln.label or trim_label(ln.key))
    )


def under_labels(doc: Document, i: int) -> bool:
    """Only a breadcrumb trail or section names stand above line ``i``: the headline's place."""
    return all(
        is_breadcrumb(doc.lines[j]) or is_section_label(doc.lines[j])
        for j in doc.content_between(-1, i)
    )


def looks_like_label(ln: Line) -> bool:
    """A widget label, credit or image name that must not be taken for the headline."""
    k = ln.label or trim_label(ln.key)
    return is_image_file(ln) or is_credit_line(ln) or vocab.line_matcher(_LABEL_LISTS).fullmatch(k)


# The lists looks_like_label checks, matched as one.
_LABEL_LISTS = (
    ("boilerplate", "share"),
    ("boilerplate", "ads"),
    ("boilerplate", "placeholders"),
    ("boilerplate", "related_headings"),
    ("media", "gallery_controls"),
)


def announces(ln: Line) -> bool:
    """A lead-in that announces what follows ("The six books on the shortlist are:")."""
    return ln.words >= 4 and ln.text.rstrip()[-1:] in ":："


def announced(doc: Document, i: int) -> bool:
    """The content line above line i announces it ("... and they know it:" over a chorus)."""
    p = doc.neighbours[1].get(i)
    return p is not None and announces(doc.lines[p])


def doubled_once(doc: Document, i: int) -> bool:
    """Line i and the content line below it are the same text, and no other picture on the page
    prints its text twice.

    An image's alt text followed by its caption, word for word, is one picture's text shown
    twice. When the page does it for several pictures, that is its template and both copies
    are picture text. Once, the text may be a video's title or a subheading printed beside
    its picture: the first copy stays, as for any other duplicate.
    """

    def build() -> int:
        # A title printed twice or a doubled ad label ("Advertisement") is no picture's text.
        lines, following, title = doc.lines, doc.neighbours[0], doc.title_index
        return sum(
            1
            for j in doc.content
            if (n := following.get(j)) is not None
            and lines[n].key == lines[j].key
            and not lines[j].terminal
            and lines[j].words >= 4
            and title not in (j, n)
        )

    n = doc.neighbours[0].get(i)
    return (
        n is not None
        and doc.lines[n].key == doc.lines[i].key
        and doc.memo("doubled-pictures", build) < 2
    )


def in_subheading_slot(doc: Document, i: int) -> bool:
    """Line i stands alone between two paragraphs inside the body block, where subheadings
    stand ("Subscribers" over "The company now has 310 million paying accounts ...").

    Widget labels come in bars and runs, or at the body's edges; a lone one between two
    paragraphs is rarer than a subheading that happens to say the same word.
    """
    if not doc.body_start < i < doc.body_end:
        return False
    p, n = doc.neighbours[1].get(i), doc.neighbours[0].get(i)
    return p is not None and n is not None and doc.lines[p].prose and doc.lines[n].prose


# A lead-in that opens a share, follow or sign-up box ("Follow us on social media:", "Get the
# best of X by email. Keep up-to-date on:"), not a list of the article's.
_SHARE_LEAD = re.compile(
    r"\b(?:share (?:this|it|on|with|the|our)|spread the word|tell your friends|recommend this|"
    r"follow (?:us|the|our)|like us|connect with us|find us|teilen?|teilt|partag(?:ez|er|e)|"
    r"compart(?:e|ir|a|ilhe)|condividi|подел\w*|podziel\w*|udostępnij|bagikan|"
    r"folg(?:en|t|e) (?:sie|uns)|suivez|s[ií]guenos|seguici|siga|obserwuj|ikuti|"
    r"sign in|log in|sign up|e-?mail|newsletters?|subscri\w*|inbox|abonn\w*)\b"
    r"|chia sẻ|theo dõi|分享|关注"
)


def in_announced_list(doc: Document, i: int) -> bool:
    """Line i is an item of a list that a lead-in after the head announces ("The platforms
    covered are:" over "Facebook", "Instagram", ...): up to twelve short lines up to the
    lead-in.

    A lead-in that opens a share, follow or sign-in box ("Follow us on social media:",
    "Other ways to sign in:") announces no list of the article's.
    """
    lines, prev = doc.lines, doc.neighbours[1]
    j = prev.get(i)
    for _ in range(12):
        if j is None:
            return False
        ln = lines[j]
        if announces(ln):
            return j >= doc.body_start and _SHARE_LEAD.search(ln.key) is None
        if ln.words > 8 or ln.terminal:
            return False
        j = prev.get(j)
    return False


def in_article_structure(doc: Document, i: int) -> bool:
    """Line i stands where the article's own short lines stand: a subheading between two
    paragraphs or an item of an announced list. Rules that judge a short line by its words
    ("Facebook", "Privacy policy", "Laing Art Gallery") leave such a line alone."""
    return in_subheading_slot(doc, i) or in_announced_list(doc, i)
