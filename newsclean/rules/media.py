"""NC2xx: media. Image file names, photo credits, captions, alt text, gallery debris."""

from __future__ import annotations

import re
from collections.abc import Iterator

from rapidfuzz import fuzz

from newsclean.config import Config
from newsclean.document import Document, Line, trim_label
from newsclean.rules import vocab
from newsclean.rules.registry import Verdict, rule
from newsclean.rules.signals import (
    FRAGMENT_TAIL,
    RIGHTS,
    MediaScan,
    announced,
    doubled_once,
    has_digit,
    in_article_structure,
    is_short_label,
    media_marker,
    media_scan,
)


@rule(
    "NC201",
    "image-filename",
    why="""Scrapers emit the src of an <img> as a line of its own: a file name, a CMS size
    variant or an image URL. It is never prose; the name goes to Result.images.""",
    removes=[
        "yang-cheng.jpg",
        "IMG_8299.JPEG",
        "Screen Shot 2018-07-05 at 14.06.48.png",
        "merkel-bundestag-1160x768.jpg",
        "https://cdn.example.com/2019/11/photo.webp?w=600",
        "DSC00123",
    ],
    keeps=[
        "The file report.pdf was leaked to reporters on Monday.",
        "She posted 2.jpg memes a day, according to the complaint filed in court.",
        "Version 2.1 shipped on Tuesday.",
    ],
    local=True,
)
def image_filename(doc: Document, cfg: Config) -> Iterator[Verdict]:
    for i in sorted(media_scan(doc, cfg.extra_credit_patterns).images):
        yield Verdict(i, "image file name or URL on a line of its own", strong=True, role="image")


@rule(
    "NC202",
    "photo-credit",
    why="""A line that only credits a photo ("Photo: X/AFP", "[Photo by Li Xueren / Xinhua]",
    "Image copyright Getty Images", "Jason Cipriani/ZDNet") belongs to the picture, not to the
    text. Kept in Result.captions.""",
    removes=[
        "Photo: Damian Dovarganes, AP",
        "[Photo by Li Xueren / Xinhua]",
        "(Image credit: NASA/JPL-Caltech)",
        "Image copyright Getty Images",
        "Jason Cipriani/ZDNet",
        "Foto: dpa",
        "Фото: РИА Новости",
        "Michael Conroy, AP",
        "Getty Images",
        "(Walt Disney Co./AP)",
    ],
    keeps=[
        "Photos of the protest spread quickly on social media, the police said.",
        "The photographer, who worked for AFP for 20 years, died on Sunday.",
        "Image is everything, he told reporters.",
        "Ukraine/Russia talks resumed on Monday after a break of two weeks.",
    ],
    local=True,
)
def photo_credit(doc: Document, cfg: Config) -> Iterator[Verdict]:
    extra = cfg.extra_credit_patterns
    for i in sorted(media_scan(doc, extra).credits):
        if i != doc.title_index:
            yield Verdict(i, "photo credit line", role="caption")


@rule(
    "NC203",
    "credit-suffix",
    why="""A photo credit glued to the end of a line ("... in Beijing. [Photo by X / Xinhua]")
    is cut and the sentence kept. When the line is itself a caption (it follows an image or an
    alt text, or stands outside the body), NC204 removes it whole instead.""",
    removes=[
        "Officials inspect the damaged bridge on Monday before it reopens. [Photo by Li Xueren / Xinhua]"
    ],
    keeps=[
        "He said the deal (signed in May) would hold.",
        "The agency (AFP) reported the figures on Monday, citing officials.",
    ],
)
def credit_suffix_rule(doc: Document, cfg: Config) -> Iterator[Verdict]:
    extra = cfg.extra_credit_patterns
    for i, span in sorted(media_scan(doc, extra).suffixes.items()):
        if not _is_caption(doc, i, extra):
            yield Verdict(
                i, "photo credit at the end of the line", strong=True, role="caption", span=span
            )


# "By Jane Doe" above a caption is the byline (NC501's), not the picture's alt text.
_BYLINE_LEAD = re.compile(r"(?:by|von|par|por|di|przez|oleh|bởi|автор|текст)[:\s]")


def _first_paragraph(doc: Document, scan: MediaScan) -> int:
    """Index of the first prose line that carries no credit (the body's first paragraph)."""

    def build() -> int:
        for i in doc.content:
            if doc.lines[i].prose and i not in scan.suffixes and i != doc.title_index:
                return i
        return len(doc.lines)

    return doc.memo(("first-paragraph", id(scan)), build)


def _is_caption(doc: Document, i: int, extra: tuple[str, ...]) -> bool:
    """A credited line that is a caption: outside the body, next to an image or alt, or repeated."""
    ln = doc.lines[i]
    if doc.key_counts.get(ln.key, 0) > 1:
        return True
    scan = media_scan(doc, extra)
    p = doc.prev_content(i)
    span = scan.suffixes.get(i)
    # The line without its credit, and the dash or bar that led into it ("... aeronaves. —
    # Foto: X").
    rest = _uncredited(ln.text, span) if span else ln.text
    if not doc.body_start <= i < doc.body_end and not (
        # A last paragraph with a credit glued on falls outside the body block (the credit
        # hides its full stop); right under the body's last paragraph, a sentence of its own
        # is judged like the lines inside.
        i >= doc.body_end
        and p is not None
        and (
            (doc.lines[p].prose and doc.body_start <= p < doc.body_end)
            # or under such a paragraph that has its own credit glued on
            or (p in scan.suffixes and _sentence(_uncredited(doc.lines[p].text, scan.suffixes[p])))
        )
        and _sentence(rest)
    ):
        return True
    if (
        i < _first_paragraph(doc, scan)
        and (p != doc.title_index or _sentences(rest) < 2)
        and not (p is not None and p != doc.title_index and _short_sentence(doc.lines[p]))
    ):
        # Above the first uncredited paragraph: the lead picture's caption, unless it is the
        # line right under the headline with a paragraph in it (the lede with the picture's
        # credit, or its caption and credit, glued on: "... until 2011. Clara Venn in 1978.
        # Photograph: X/Redferns"), or it follows a sentence of the text ("She rarely spoke.")
        # for which the credit alone is cut.
        return True
    if p is not None and (
        p in scan.images
        or (p in scan.suffixes and not _sentence(_uncredited(doc.lines[p].text, scan.suffixes[p])))
        or p in scan.credits
        or (p != doc.title_index and is_short_label(doc.lines[p], 10))
    ):
        # Next to an image, another credited caption or a credit: one media block.
        return True
    # Judge the sentence without its credit: "... on Monday. [Photo by X]" is a sentence.
    return not _sentence(rest)


def _uncredited(text: str, span: tuple[int, int]) -> str:
    """``text`` without the credit at ``span`` and the dash or bar that led into it."""
    return text[: span[0]].rstrip(" \t-–—|·•")


def _sentence(text: str) -> bool:
    """Eight words or more ending like a sentence."""
    return len(text.split()) >= 8 and text.rstrip("'\"’”»)]")[-1:] in ".!?…"


def _short_sentence(ln: Line) -> bool:
    """A short line of the text: three words or more ending like a sentence, short of prose."""
    return ln.words >= 3 and ln.text.rstrip("'\"’”»)")[-1:] in ".!?…" and not ln.prose


_SENTENCE_END = re.compile(r"[.!?…][\"'’”»)]*\s+(?=[\"'‘“«(]?[A-Z\u0400-\u042f])")


def _sentences(text: str) -> int:
    """Sentences in ``text``, counted at a full stop before a capital (a rough count: an
    initial or "Dr. X" counts one too many, which only spares a caption more often)."""
    return len(_SENTENCE_END.findall(text)) + 1


@rule(
    "NC204",
    "caption",
    why="""Captions are recognised by context, not words: a line that ends in a photo credit
    and sits next to an image or alt text, a line repeated in the media block before the body
    (caption and alt text of the same picture), or an alt text immediately followed by a
    longer caption starting with it. A few openings are captions' own: a photo label ("FILE
    PHOTO: ...", "Image caption ...") and the agency form "In this <date> photo, ...".
    Captions go to Result.captions.""",
    removes=[
        "Harbour city approves new flood barrier\n"
        "- President Xi shakes hands with Lavrov in Beijing on Tuesday. [Photo by Li Xueren / Xinhua]\n"
        "- President Xi shakes hands with Lavrov in Beijing on Tuesday. [Photo by Li Xueren / Xinhua]\n"
        "President Xi Jinping said on Tuesday that Beijing is ready to ramp up communication.\n"
        "He made the remarks during a meeting with the visiting foreign minister in Beijing.\n",
        "Harbour city approves new flood barrier\n"
        "The city council voted 31 to 8 on Thursday to build a movable barrier across the harbour mouth.\n"
        "- Hong Kong protesters\n"
        "- Protesters do not want Hong Kong to lose its autonomy (Image: GETTY)\n"
        "Engineers expect the project to cost about 240 million euros and to take four years to finish.\n",
    ],
    keeps=[
        "He was pictured with the minister in Beijing on Tuesday, officials said.",
        "In this image of the future, cars drive themselves and nobody owns one, he said.",
    ],
)
def caption(doc: Document, cfg: Config) -> Iterator[Verdict]:
    extra = cfg.extra_credit_patterns
    lines = doc.lines
    yield from _caption_groups(doc, extra)
    scan = media_scan(doc, extra)
    title_index = doc.title_index
    head_end = doc.body_start  # doc.in_head(i), inlined: this loop visits every line
    key_counts = doc.key_counts
    suffixes, credits = scan.suffixes, scan.credits
    following = doc.neighbours[0]  # doc.next_content of a content line
    for i in doc.content:
        ln = lines[i]
        if i == title_index:
            continue
        if i in suffixes and _is_caption(doc, i, extra):
            yield Verdict(i, "caption ending in a photo credit", strong=True, role="caption")
            p = doc.prev_content(i)
            if (
                p is not None
                and p != doc.title_index
                and is_short_label(lines[p], 10)
                and not media_marker(doc, p, extra)
                and not _BYLINE_LEAD.match(lines[p].key)
            ):
                yield Verdict(p, "alt text before a credited caption", role="caption")
            continue
        if (
            ln.words >= 4
            and ln.key.startswith(_CAPTION_FIRST)
            and (m := _CAPTION_LEAD.match(ln.key))
            and (" caption" not in m.group() or _CAPTION_LABEL.match(ln.text.lstrip()))
            and i not in credits
            and not RIGHTS.search(ln.key)
        ):
            yield Verdict(i, "caption introduced by a photo label", strong=True, role="caption")
            continue
        if i < head_end and ln.words >= 6 and ln.terminal and key_counts.get(ln.key, 0) > 1:
            yield Verdict(
                i,
                "caption repeated in the media block before the body",
                strong=True,
                role="caption",
            )
            continue
        # Alt text followed by the caption that starts with it (or equals it). A line that
        # ends in a comma is a verse going on ("Allez les Merlus," sung twice), not alt text.
        if ln.words < 3 or ln.terminal or ln.text.rstrip()[-1:] in ",;":
            continue
        n = following.get(i)
        if n is None:
            continue
        nxt = lines[n]
        if (
            nxt.key.startswith(ln.key)
            and not nxt.terminal
            and nxt.words <= 30
            and n != doc.title_index
            and not announced(doc, i)
        ):
            if not doubled_once(doc, i):
                yield Verdict(i, "alt text repeated by the caption below it", role="caption")
            yield Verdict(n, "caption repeating the alt text above it", role="caption")


# "FILE PHOTO: Traders work on the floor...", "Photo: The minister arrives...".
_CAPTION_LEAD = re.compile(
    r"(?:file photo|photo|photos|image|picture|foto|фото|zdjęcie|ảnh)\s?:\s|©\s?[^\W\d_]"
    # "Image caption The minister ...", "Media captionWho is ..." (BBC's labels, glued or not):
    # matched on the key, then confirmed on the text by _CAPTION_LABEL.
    r"|(?:image|media|video) caption\s?[^\W\d_]"
    # AP-style captions: "In this Nov. 19, 2019, photo, ...", "In this file photo ...", "In this
    # image released by ...". A date, "file"/"handout" or a distributor's verb is what marks
    # them: "In this photo from 1969, my grandfather ..." is the writer's own picture.
    r"|in this (?:(?:[\w.]+ ){0,2}\d{1,4},? (?:[\w.,]+ ){0,2}|(?:\w+ )?(?:file|handout) )"
    r"(?:photo|image|picture|photograph|frame grab)"
    r"|in this (?:photo|image|picture|photograph|frame grab),? (?:issued|provided|released|"
    r"distributed|made available|obtained) by"
)
# The caption after the label starts with a capital ("Media captionWho", "Image caption The
# minister"); "Video captions were added" and "Image caption generators have" are sentences.
_CAPTION_LABEL = re.compile(r"(?:Image|Media|Video) caption ?(?=[A-Z0-9\"“‘'])")
# What a _CAPTION_LEAD match starts with: a cheaper test first, on every line.
_CAPTION_FIRST = ("f", "p", "i", "ф", "z", "ả", "©", "m", "v")  # "in this" starts with "i"


def _counter_pattern() -> re.Pattern[str]:
    words = "|".join(map(re.escape, vocab.words("media", "counter_words")))
    of = "|".join(map(re.escape, vocab.words("media", "counter_of")))
    return re.compile(
        rf"(?:(?:{words})\s*)?\d{{1,3}}\s*(?:{of})\s*\d{{1,3}}|\d{{1,3}}\s*-\s*\d{{1,3}}\s+(?:{of})\s+\d{{1,3}}"
    )


_COUNTER = _counter_pattern()
_SLASH = re.compile(r"\s*/\s*")


def _caption_groups(doc: Document, extra: tuple[str, ...]) -> Iterator[Verdict]:
    """Versions of one caption (alt text, truncated and full caption) stacked above a credit.

    Consecutive lines opening with the same six words, directly above a credit line, are one
    picture's texts when there are two or more of them or the text recurs elsewhere.
    """
    lines = doc.lines
    scan = media_scan(doc, extra)
    for c in sorted(scan.credits):
        p = doc.prev_content(c)
        if p is None or p in scan.credits or p == doc.title_index:
            continue
        if lines[c].key[:1] == "©" and doc.next_content(c) is None:
            continue  # "© Daily Ledger 2007" closing the document is the site's footer
        head = lines[p].key.split()[:6]
        if len(head) < 6 or lines[p].words > 60:
            continue  # captions run to a few sentences, not to a long paragraph
        group = [p]
        q = doc.prev_content(p)
        while (
            q is not None
            and q != doc.title_index
            and lines[q].words <= 60
            and lines[q].key.split()[:6] == head
        ):
            group.append(q)
            q = doc.prev_content(q)
        if len(group) >= 2 or doc.key_counts[lines[p].key] > 1:
            for g in reversed(group):
                yield Verdict(
                    g, f"caption text above the credit on line {c + 1}", strong=True, role="caption"
                )


@rule(
    "NC206",
    "gallery-counter",
    why="""Slideshows print their position ("1 of 9", "Bild 1 von 9", "2/5", "Image 1 of / 23").
    A line that is only a counter is navigation. A bare "4/5" is also a review's score, "7/1"
    a racing price and "9/11" a date, so it counts only as a position within its total, next to
    another counter with the same total ("Image 2 of 5") or as "1/N" above the text.""",
    removes=[
        "1 of 9",
        "Bild 1 von 9",
        "- Image 2 of 5\n- 2/5",
        "Image 1 of 23",
        "Photo 3 / 12",
        "1 - 5 of 36",
    ],
    keeps=[
        "1 of 9 children in the district lacks health insurance, the report says.",
        "The score was 2-1 after extra time.",
        "Price: 3/4 of the original",
        "Our verdict\n4/5",
        "Harbour Lights\n7/1",
    ],
)
def gallery_counter(doc: Document, cfg: Config) -> Iterator[Verdict]:
    totals: dict[int, str] = {}  # each counter line's total, its last number
    bare: dict[int, re.Match[str]] = {}  # the counters written "N/M" and nothing else
    for i in doc.short:
        ln = doc.lines[i]
        if ln.words <= 6 and has_digit(ln.key):
            slashed = _SLASH.sub("/", ln.key)
            if _COUNTER.fullmatch(slashed.replace("of/", "of ")):
                totals[i] = _NUMBER.findall(ln.key)[-1]
                if (m := _BARE.fullmatch(slashed)) is not None:
                    bare[i] = m
    for i in totals:
        m = bare.get(i)
        if m is None:
            yield Verdict(i, "slideshow position counter")
            continue
        at, total = int(m.group(1)), int(m.group(2))
        # The first picture's "1/12" above the text stands alone at the top of a gallery.
        if at <= total and (
            _in_slideshow(doc, i, totals, m.group(1) == "1", cfg) or (at == 1 and doc.in_head(i))
        ):
            yield Verdict(i, "slideshow position counter")


_BARE = re.compile(r"(\d{1,3})/(\d{1,3})")


def _in_slideshow(doc: Document, i: int, totals: dict[int, str], first: bool, cfg: Config) -> bool:
    """Another counter with the same total within four content lines ("Image 2 of 5" by
    "2/5"); for the first picture's "1/N", an image file or a credit within two lines will do.
    A credit alone is no evidence for "4/5": a review's score may sit under its photo."""
    nxt, prv = doc.neighbours
    near: list[int] = []
    j = k = i
    for _ in range(4):
        j, k = prv.get(j, -1), nxt.get(k, -1)
        near += [x for x in (j, k) if x >= 0]
    if any(totals.get(x) == totals[i] for x in near):
        return True
    extra = cfg.extra_credit_patterns
    return first and any(media_marker(doc, x, extra) for x in near[:4])


_NUMBER = re.compile(r"\d+")


@rule(
    "NC207",
    "gallery-control",
    where="head",
    why="""Gallery and player widgets leave their button labels in the text: "Caption",
    "Close", "Back to Gallery", "Enlarge this image", "<Name> Gallery". Whole-line labels only;
    "Laing Art Gallery" as a subheading between paragraphs or in an announced list is a
    gallery's name.""",
    removes=[
        "Back to Gallery",
        "Caption",
        "Enlarge this image",
        "Hide caption",
        "VW ID. SPACE VIZZION Gallery",
        "Bildergalerie",
    ],
    keeps=["The gallery reopened on Sunday after a two-year renovation, the mayor said."],
)
def gallery_control(doc: Document, cfg: Config) -> Iterator[Verdict]:
    pat = vocab.line_matcher((("media", "gallery_controls"),))
    for i in doc.short:
        ln = doc.lines[i]
        if ln.words > 8 or ln.terminal:
            continue
        k = ln.label or trim_label(ln.key)
        if pat.fullmatch(k) or (
            k.endswith(" gallery")
            and i != doc.title_index
            # "Laing Art Gallery" as a subheading or in a list of places: a gallery's name.
            and not in_article_structure(doc, i)
        ):
            yield Verdict(i, "gallery or media-player control label")


@rule(
    "NC208",
    "gallery-fragment",
    where="head",
    why="""Galleries label each picture with the article title and a number ("<title> -1",
    "<title> -2"). A line that is the title plus a small number is such a fragment. When the
    title is not known (a page dump whose first line is a menu), the same headline-like stem
    of five words or more on two or more lines with different small numbers is the signature
    (shorter stems are product names: "Apple Watch Series 3", "Series 4").""",
    removes=[
        "Harbour city approves new flood barrier\n"
        "- Harbour city approves new flood barrier -1\n"
        "- Harbour city approves new flood barrier -2\n"
        "The city council voted 31 to 8 on Thursday to build a movable barrier across the harbour mouth.\n",
        "Home\n"
        "The city council voted 31 to 8 on Thursday to build a movable barrier across the harbour mouth.\n"
        "- Council approves the new harbour barrier 1\n"
        "Engineers expect the project to cost about 240 million euros and to take four years to finish.\n"
        "- Council approves the new harbour barrier 2\n"
        "Opponents said they would challenge the decision in court next month, and a vote is due.\n",
    ],
    keeps=[
        "Harbour city approves new flood barrier\n"
        "The city council voted 31 to 8 on Thursday to build a movable barrier across the harbour mouth.\n"
        "The score was 2-1 at half time, and it stayed that way until the end.\n"
    ],
)
def gallery_fragment(doc: Document, cfg: Config) -> Iterator[Verdict]:
    yield from _numbered_stems(doc)
    tk = doc.title_key
    if not tk:
        return
    head, longest = tk[: max(8, len(tk) // 2)], len(tk) + 8
    lines, title_index = doc.lines, doc.title_index
    for i in doc.content:
        k = lines[i].key
        if i != title_index and k.startswith(head) and len(k) <= longest:
            m = FRAGMENT_TAIL.search(k)
            if (
                m
                and m.start() > 0
                and (k[: m.start()] == tk or fuzz.ratio(k[: m.start()], tk) >= 92)
            ):
                yield Verdict(i, "the title with a gallery number", strong=True)


# "<stem> 2", "<stem> -2", "<stem> (2)": the number a separate token ("budget 2019" is not).
_NUMBERED = re.compile(r"(?P<stem>\S.*?)(?:\s*[-–—]\s*|\s*\(|\s+)(?P<n>\d{1,2})\)?")


def _numbered_stems(doc: Document) -> Iterator[Verdict]:
    """Lines that share a headline-like stem (5+ words) and differ only in a small number."""
    stems: dict[str, dict[str, int]] = {}
    for i in doc.short:
        ln = doc.lines[i]
        k = ln.key
        if ln.words < 4 or not k[-1:].isdigit() or i == doc.title_index:
            continue
        m = _NUMBERED.fullmatch(k)
        if m is None:
            continue
        stem = m.group("stem")
        # A headline of five words or more: "Apple Watch Series 3" / "... 4" are products.
        if stem.count(" ") >= 4 and stem[-1:] not in ".:;,!?":
            stems.setdefault(stem, {}).setdefault(m.group("n"), i)
    for numbered in stems.values():
        if len(numbered) >= 2:
            for i in numbered.values():
                yield Verdict(i, "a headline with a gallery number, repeated", strong=True)
