"""Hypothesis strategies: realistic clean articles, the artifacts scrapers add to them, and
arbitrary text for the invariants that must hold on any input.

An :class:`Injected` article knows its clean original, so a test can demand the cleaner give
exactly that back. Artifacts are grouped in named classes (``ARTIFACT_CLASSES``) so that one
class the cleaner does not handle yet can be isolated in its own test.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from hypothesis import assume
from hypothesis import strategies as st
from rapidfuzz import fuzz

# --- words and sentences ---------------------------------------------------------------------
# Everyday reporting vocabulary, including words that also occur in junk ("photo", "share",
# "Facebook", "related", "advertising", "more") so that prose using them must survive.
NOUNS = [
    "council",
    "minister",
    "government",
    "police",
    "court",
    "company",
    "bank",
    "market",
    "school",
    "hospital",
    "river",
    "city",
    "village",
    "region",
    "ministry",
    "parliament",
    "election",
    "budget",
    "report",
    "study",
    "plan",
    "law",
    "deal",
    "project",
    "officials",
    "residents",
    "workers",
    "students",
    "voters",
    "engineers",
    "doctors",
    "farmers",
    "families",
    "children",
    "prices",
    "rates",
    "taxes",
    "jobs",
    "wages",
    "homes",
    "roads",
    "bridges",
    "trains",
    "ferries",
    "floods",
    "storms",
    "fires",
    "talks",
    "protest",
    "strike",
    "vote",
    "agreement",
    "investigation",
    "decision",
    "policy",
    "museum",
    "library",
    "photo",
    "Facebook",
    "share",
    "advertising",
    "newsletter",
    "copyright",
    "statement",
    "interview",
    "record",
    "season",
    "team",
    "match",
    "goal",
    "coach",
    "fans",
    "league",
    "striker",
]
VERBS = [
    "said",
    "announced",
    "approved",
    "rejected",
    "warned",
    "promised",
    "expected",
    "denied",
    "confirmed",
    "reported",
    "opened",
    "closed",
    "raised",
    "cut",
    "built",
    "moved",
    "signed",
    "asked",
    "told",
    "found",
    "showed",
    "added",
    "argued",
    "agreed",
    "planned",
    "called",
    "visited",
    "won",
    "lost",
    "scored",
    "left",
    "joined",
    "needed",
    "faced",
    "blamed",
    "praised",
]
OTHER = [
    "the",
    "a",
    "an",
    "the",
    "the",
    "of",
    "in",
    "on",
    "at",
    "for",
    "with",
    "from",
    "by",
    "after",
    "before",
    "during",
    "about",
    "over",
    "under",
    "against",
    "between",
    "and",
    "and",
    "but",
    "or",
    "because",
    "while",
    "although",
    "when",
    "that",
    "which",
    "who",
    "new",
    "old",
    "last",
    "next",
    "first",
    "second",
    "local",
    "national",
    "regional",
    "public",
    "private",
    "early",
    "late",
    "more",
    "most",
    "several",
    "many",
    "few",
    "two",
    "three",
    "four",
    "ten",
    "12",
    "31",
    "240",
    "2,000",
    "3.5",
    "2-1",
    "1990",
    "2019",
    "2024",
    "percent",
    "million",
    "billion",
    "euros",
    "dollars",
    "Monday",
    "Tuesday",
    "Thursday",
    "Friday",
    "weekend",
    "morning",
    "week",
    "month",
    "year",
    "spring",
    "winter",
    "north",
    "south",
    "east",
    "west",
    "central",
    "related",
    "recent",
    "former",
]
NAMES = [
    "Elena Varga",
    "Tom Hale",
    "Anna Berg",
    "Li Wei",
    "Marta Ruiz",
    "Jon Smith",
    "Piotr Nowak",
    "Jane Doe",
    "Ahmed Karim",
    "Sofia Rossi",
    "Kenji Sato",
    "Ama Mensah",
    "Lucas Moreau",
    "Ivan Petrov",
]
PLACES = ["Beijing", "Moscow", "Lagos", "Lima", "Oslo", "Manila", "Cairo", "Leeds", "Porto"]
VOCAB = NOUNS + VERBS + OTHER + [n.split()[1] for n in NAMES] + PLACES
# Words that junk lines are made of. Prose with them must survive (test_properties checks a
# clean article using them comes out unchanged); the inject-and-recover articles leave them out
# so that a failure there is a failure to recover an artifact, not a false positive on prose.
JUNKISH = frozenset(
    [
        "photo",
        "Facebook",
        "share",
        "advertising",
        "newsletter",
        "copyright",
        "related",
        "more",
        "most",
    ]
)
PLAIN_VOCAB = [w for w in VOCAB if w not in JUNKISH]
OUTLETS = ["Harbour Courier", "Daily Ledger", "The Morning Post", "Valley Times"]


# Words are picked by a seeded random.Random from one drawn integer: generating a 40-word
# sentence costs three draws instead of forty, and shrinking never degrades text into "the the
# the" (which would make distinct paragraphs look like duplicates). The length is part of the
# seed, so a short and a long sentence never share a prefix.
@st.composite
def sentences(
    draw: st.DrawFn,
    min_words: int = 8,
    max_words: int = 40,
    quotes: bool = True,
    vocab: list[str] = PLAIN_VOCAB,
) -> str:
    """A sentence: capitalised, 8-40 words, maybe a comma or a quote, ends with punctuation."""
    n = draw(st.integers(min_words, max_words))
    rng = random.Random(f"{draw(st.integers(0, 2**32 - 1))}-{n}")
    words = rng.choices(vocab, k=n)
    if n >= 12 and rng.random() < 0.5:
        k = rng.randrange(3, n - 4)
        words[k] += ","
    text = " ".join(words)
    text = text[0].upper() + text[1:]
    if quotes and rng.random() < 0.15:
        return f"\u201c{text},\u201d {rng.choice(NAMES)} said."
    return text + rng.choice(".....?!")


@st.composite
def headlines(
    draw: st.DrawFn, min_words: int = 4, max_words: int = 12, vocab: list[str] = PLAIN_VOCAB
) -> str:
    """A headline: capitalised words, no sentence end."""
    n = draw(st.integers(min_words, max_words))
    rng = random.Random(f"{draw(st.integers(0, 2**32 - 1))}-{n}")
    text = " ".join(rng.choices(vocab, k=n))
    return text[0].upper() + text[1:]


@st.composite
def paragraphs(draw: st.DrawFn, vocab: list[str] = PLAIN_VOCAB) -> tuple[str, ...]:
    """A paragraph as its sentences (1-4)."""
    return tuple(draw(st.lists(sentences(vocab=vocab), min_size=1, max_size=4, unique=True)))


def distinct(texts: list[str], threshold: float = 75.0) -> bool:
    """No two texts are near-duplicates (so a duplicate-paragraph rule has nothing to do)."""
    for i, a in enumerate(texts):
        for b in texts[i + 1 :]:
            if fuzz.ratio(a.casefold(), b.casefold()) >= threshold:
                return False
    return True


@dataclass(frozen=True)
class Article:
    title: str
    paragraphs: tuple[str, ...]

    @property
    def text(self) -> str:
        """The clean text the cleaner must return."""
        return "\n\n".join((self.title, *self.paragraphs)) + "\n"


@st.composite
def articles(
    draw: st.DrawFn,
    min_paragraphs: int = 3,
    max_paragraphs: int = 9,
    vocab: list[str] = PLAIN_VOCAB,
) -> Article:
    title = draw(headlines(vocab=vocab))
    parts = draw(st.lists(paragraphs(vocab), min_size=min_paragraphs, max_size=max_paragraphs))
    flat = [x for p in parts for x in p]
    assume(len(set(flat)) == len(flat))  # real articles do not repeat a sentence
    paras = [" ".join(p) for p in parts]
    assume(distinct([title, *paras]))
    return Article(title, tuple(paras))


# --- artifacts ---------------------------------------------------------------------------------
NBSP_LINES = ("\u00a0", "\u00a0 \u00a0", "\u00a0\u00a0", "\u200b")
SHARE = (
    "Share",
    "Share on Facebook",
    "Share on Twitter",
    "Tweet",
    "Email",
    "Share this article",
    "Facebook",
    "Twitter",
    "WhatsApp",
)
ADS = ("Advertisement", "ADVERTISEMENT", "Story continues below advertisement")
RELATED_HEADINGS = (
    "Related articles",
    "RELATED ARTICLES",
    "Related stories",
    "You may also like",
    "More from World",
    "Most read",
    "Read more",
)
LABELS = ("Professor", "Engineer", "Mayor", "Spokesperson", "Coach")
EXTS = ("jpg", "jpeg", "png", "webp", "JPG")


@st.composite
def filenames(draw: st.DrawFn) -> str:
    if draw(st.booleans()):
        return f"IMG_{draw(st.integers(1000, 9999))}.{draw(st.sampled_from(EXTS))}"
    words = draw(
        st.lists(
            st.sampled_from(NOUNS + [n.split()[1].lower() for n in NAMES]), min_size=1, max_size=4
        )
    )
    slug = "-".join(w.lower() for w in words)
    if draw(st.booleans()):
        slug += f"-{draw(st.integers(1, 2024))}"
    return f"{slug}.{draw(st.sampled_from(EXTS))}"


@st.composite
def credits(draw: st.DrawFn) -> str:
    name = draw(st.sampled_from(NAMES))
    agency = draw(st.sampled_from(("Xinhua", "AFP", "Reuters", "AP", "Getty Images", "EPA")))
    fmt = draw(st.integers(0, 3))
    return (
        f"[Photo by {name} / {agency}]",
        f"(Photo: {name}/{agency})",
        f"(AP Photo/{name})",
        f"Photo: {agency}",
    )[fmt]


@st.composite
def captions(draw: st.DrawFn) -> str:
    return f"{draw(sentences(6, 18, quotes=False))} {draw(credits())}"


@st.composite
def notices(draw: st.DrawFn) -> str:
    """A copyright notice: the mark and the year, then the owner ("© 2019 X", "Copyright ...")."""
    year = draw(st.integers(1998, 2025))
    outlet = draw(st.sampled_from(OUTLETS))
    return draw(
        st.sampled_from(
            (
                f"\u00a9 {year} {outlet}. All rights reserved.",
                f"Copyright {year} {outlet}",
                f"\u00a9 {year} {outlet}",
            )
        )
    )


@st.composite
def copyrights(draw: st.DrawFn) -> str:
    """A site's footer line: a notice, or the owner and then the year ("© X 2019")."""
    year = draw(st.integers(1998, 2025))
    outlet = draw(st.sampled_from(OUTLETS))
    return draw(st.one_of(notices(), st.just(f"\u00a9 {outlet} {year}")))


# Every class of artifact the inject-and-recover property knows, by where it is injected.
ARTIFACT_CLASSES = (
    "byline",  # "By Jane Doe" right after the title
    "byline_late",  # a byline under a caption in the media block
    "image_file",  # image file name in the media block, with an orphan label under it
    "caption",  # caption with a credit, printed twice, in the media block
    "two_captions",  # a second picture: another credited caption in the media block
    "gallery",  # "<title>\u00a0-1", "<title> -2" gallery fragments in the head
    "title_repeat",  # the title repeated, padded with non-breaking spaces
    "nbsp",  # lines of non-breaking or zero-width spaces anywhere
    "share",  # share buttons in the head or after the body
    "advertisement",  # "Advertisement" between paragraphs
    "read_more",  # "Read more: <headline>" between paragraphs
    "duplicate",  # one to three paragraphs printed twice in a row
    "duplicates_many",  # every paragraph printed twice in a row
    "related",  # a related heading and 3-6 headlines after the body
    "copyright",  # a copyright footer at the very end, under a share bar
    "comments",  # a reader-comment thread after the body (before any copyright footer)
    "teaser_cards",  # 3-5 teaser cards after the body: a recurring kicker or age, a headline
    "author_bio",  # an author box after the body: the name, then "<Name> is a reporter for ..."
)

KICKERS = ("Company Town", "Harbour Life", "LOCAL NEWS", "Opinion Page")


@st.composite
def teaser_cards(draw: st.DrawFn) -> list[str]:
    """Cards of another stories list: "<kicker>" over a headline, or a headline over its age
    ("13 hours ago") or its counter ("4 diggs", "6 min read"); the kicker is the same on every
    card."""
    k = draw(st.integers(3, 5))
    heads = [draw(headlines(5, 12)) for _ in range(k)]
    kind = draw(st.sampled_from(("kicker", "age", "counter")))
    if kind == "kicker":
        kicker = draw(st.sampled_from(KICKERS))
        return [x for h in heads for x in (kicker, h)]
    if kind == "counter":
        unit = draw(st.sampled_from(("diggs", "min read", "comments", "Kommentare")))
        return [x for n, h in enumerate(heads) for x in (h, f"{n + 2} {unit}")]
    return [x for n, h in enumerate(heads) for x in (h, f"{n + 2} hours ago")]


NICKS = ("harbourwatcher", "jkl88", "Maria K.", "old_salt", "Tom from Leeds", "quaywalker")
COMMENT_HEADINGS = ("Comments", "Leave a Reply", "Kommentare", "Commentaires")


@st.composite
def comment_thread(draw: st.DrawFn) -> list[str]:
    """Three to five reader comments: "nick says:" over a timestamp, or "nick on <date> at
    <time> said:", then the comment, maybe a "Reply" link; maybe a "N comments" heading."""
    k = draw(st.integers(3, 5))
    unit: list[str] = []
    if draw(st.booleans()):
        unit.append(draw(st.sampled_from((f"{k} comments", *COMMENT_HEADINGS))))
    for _ in range(k):
        nick = draw(st.sampled_from(NICKS))
        day, hour, minute = (
            draw(st.integers(1, 28)),
            draw(st.integers(1, 12)),
            draw(st.integers(0, 59)),
        )
        stamp = f"November {day}, 2019 at {hour}:{minute:02d} {draw(st.sampled_from(('am', 'pm')))}"
        if draw(st.booleans()):
            unit += [f"{nick} says:", stamp]
        else:
            unit.append(f"{nick} on {stamp} said:")
        unit.append(draw(sentences(min_words=4, max_words=30)))
        if draw(st.booleans()):
            unit.append("Reply")
    return unit


@dataclass(frozen=True)
class Injected:
    """A raw dump built from a clean article by injecting artifacts."""

    article: Article
    lines: tuple[str, ...]  # the raw lines (without line ends)
    junk: tuple[int, ...]  # 0-based indices of injected lines that must go
    classes: tuple[str, ...]  # artifact classes present
    newline: str = "\n"
    trailing: bool = True

    @property
    def raw(self) -> str:
        return self.newline.join(self.lines) + (self.newline if self.trailing else "")


@st.composite
def injected(
    draw: st.DrawFn, classes: tuple[str, ...] = ARTIFACT_CLASSES, min_classes: int = 1
) -> Injected:
    """A clean article with artifacts of a drawn subset of ``classes`` at realistic places."""
    art = draw(articles())
    chosen = draw(
        st.lists(
            st.sampled_from(classes),
            min_size=min(min_classes, len(classes)),
            max_size=len(classes),
            unique=True,
        )
    )
    on = set(chosen)
    t = art.title

    # Head units keep their inner order; the units themselves come in any order.
    head: list[list[str]] = []
    if "byline" in on:
        names = draw(st.lists(st.sampled_from(NAMES), min_size=1, max_size=2, unique=True))
        head.append(["By " + " and ".join(names)])
    cap_unit: list[str] | None = None
    if "caption" in on:
        cap = draw(captions())
        assume(distinct([cap, *art.paragraphs, t], 70))
        cap_unit = [cap, cap]
        head.append(cap_unit)
    if "two_captions" in on:  # another picture (two, without "caption"), one caption each
        more = [draw(captions()) for _ in range(1 if cap_unit else 2)]
        assume(distinct([*more, *(cap_unit or ()), *art.paragraphs, t], 70))
        head.append(more)
    if "image_file" in on:
        unit = [draw(filenames())]
        if draw(st.booleans()):
            unit.append(draw(st.sampled_from(LABELS)))
        head.append(unit)
    if "gallery" in on:
        head.append([f"{t}\u00a0-1"])
        head.append([f"{t}\u00a0-2" if draw(st.booleans()) else f"{t} -2"])
    if "title_repeat" in on:
        head.append([f"\u00a0{t}\u00a0"])
    if "share" in on and draw(st.booleans()):
        head.append(draw(st.lists(st.sampled_from(SHARE), min_size=1, max_size=3, unique=True)))
    if "nbsp" in on:
        head.append([draw(st.sampled_from(NBSP_LINES))])
    if "byline_late" in on:  # under the caption (one picture; its own if none drawn)
        by = f"By {draw(st.sampled_from(NAMES))}"
        if cap_unit is not None:
            cap_unit.append(by)
        else:
            head.append([draw(captions()), by])
    head = draw(st.permutations(head)) if head else []
    if "byline" in on:  # first, under the title
        by = next(u for u in head if len(u) == 1 and u[0].startswith("By "))
        head.remove(by)
        head.insert(0, by)

    body: list[tuple[str, bool]] = []  # (line, is_junk)
    n = len(art.paragraphs)
    doubled: set[int] = set()
    if "duplicate" in on:  # one to three paragraphs printed twice in a row
        doubled = set(draw(st.lists(st.integers(0, n - 1), min_size=1, max_size=3, unique=True)))
    if "duplicates_many" in on:  # the scraper printed (almost) every paragraph twice
        doubled = set(range(n))
    for k, p in enumerate(art.paragraphs):
        body.append((p, False))
        if k in doubled:
            body.append((p, True))
        if k == n - 1:
            break
        if "advertisement" in on and draw(st.integers(0, 2)) == 0:
            body.append((draw(st.sampled_from(ADS)), True))
        if "read_more" in on and draw(st.integers(0, 2)) == 0:
            body.append(("Read more: " + draw(headlines()), True))
        if "nbsp" in on and draw(st.integers(0, 2)) == 0:
            body.append((draw(st.sampled_from(NBSP_LINES)), True))

    tail: list[list[str]] = []
    if "share" in on:
        tail.append(draw(st.lists(st.sampled_from(SHARE), min_size=1, max_size=4, unique=True)))
    if "related" in on:
        heads = draw(st.lists(headlines(3, 9), min_size=3, max_size=6))
        assume(distinct([*heads, *art.paragraphs, t], 70))
        tail.append([draw(st.sampled_from(RELATED_HEADINGS)), *heads])
    if "nbsp" in on:
        tail.append([draw(st.sampled_from(NBSP_LINES))])
    tail = draw(st.permutations(tail)) if tail else []
    if "author_bio" in on:
        who = draw(st.sampled_from(NAMES))
        outlet = draw(st.sampled_from(OUTLETS))
        role = draw(st.sampled_from(("a reporter", "an editor", "the science correspondent")))
        tail.append(
            [who, f"{who} is {role} for the {outlet}, covering {draw(headlines(3, 6)).lower()}."]
        )
    if "teaser_cards" in on:
        cards = draw(teaser_cards())
        heads = [x for x in cards if x not in KICKERS and not x.endswith(" hours ago")]
        assume(distinct([*heads, *art.paragraphs, t], 70))
        tail.append(cards)
    if "comments" in on:  # comments close the page, above the site's footer
        tail.append(draw(comment_thread()))
    if "copyright" in on:
        # The site's footer comes after the page's furniture (here a share bar); directly under
        # the last paragraph a copyright line is the story's own and stays (NC407).
        share = draw(st.lists(st.sampled_from(SHARE), min_size=1, max_size=2, unique=True))
        tail.append([*share, draw(copyrights())])

    blank = draw(st.booleans())  # paragraphs separated by blank lines, or not
    lines: list[str] = []
    junk: list[int] = []

    def emit(text: str, is_junk: bool) -> None:
        if is_junk:
            junk.append(len(lines))
        lines.append(text)
        if blank:
            lines.append("")

    emit(t, False)
    for unit in head:
        for x in unit:
            emit(x, True)
    for x, j in body:
        emit(x, j)
    for unit in tail:
        for x in unit:
            emit(x, True)
    while lines and lines[-1] == "":
        lines.pop()
    return Injected(
        art,
        tuple(lines),
        tuple(junk),
        tuple(sorted(on)),
        draw(st.sampled_from(("\n", "\n", "\r\n"))),
        draw(st.booleans()),
    )


# --- arbitrary text ------------------------------------------------------------------------------
JUNK_LINES = (
    "yang-cheng.jpg",
    "Professor",
    "Share",
    "Advertisement",
    "RELATED ARTICLES",
    "By Jane Doe",
    "\u00a9 2024 Harbour Courier. All rights reserved.",
    "Photo: Getty Images",
    "1 / 12",
    "Read more: Storm closes ferry terminal",
    "\u00a0",
    "\u200b",
    "<b>bold</b> text",
    "&amp;",
    "caf\u00c3\u00a9",
    "  padded  ",
    "\t",
    "5 min read",
    "Published 11:11 PM EST Nov 19, 2019",
)
weird_text = st.text(
    alphabet=st.characters(
        codec="utf-8",
        categories=("L", "M", "N", "P", "S", "Zs", "Cf"),
        include_characters="\u00a0\u200b\ufeff\u00ad\t",
    ),
    max_size=60,
)
any_line = st.one_of(
    st.sampled_from(JUNK_LINES),
    sentences(vocab=VOCAB),
    headlines(1, 8, vocab=VOCAB),
    weird_text,
    st.just(""),
)


@st.composite
def documents(draw: st.DrawFn, max_lines: int = 40) -> str:
    """Arbitrary text shaped like a dump: any mix of prose, junk, odd characters, line ends."""
    lines = draw(st.lists(any_line, max_size=max_lines))
    if lines and draw(st.booleans()):  # repeat some lines, as dumps do
        extra = draw(st.lists(st.sampled_from(lines), max_size=4))
        lines += extra
        lines = draw(st.permutations(lines))
    nl = draw(st.sampled_from(("\n", "\r\n", "\n")))
    text = nl.join(lines)
    if draw(st.booleans()):
        text += nl
    return text
