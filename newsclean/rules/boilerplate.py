"""NC4xx: boilerplate. Related/read-more blocks, share and social lines, ads, prompts, legal."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import lru_cache

from newsclean.config import Config
from newsclean.document import Document, Line, has_cjk, trim_label
from newsclean.rules import vocab
from newsclean.rules.metadata import (
    bio_subject,
    byline_and_date,
    is_byline_line,
    is_kicker_like,
    is_timestamp,
)
from newsclean.rules.registry import Verdict, rule
from newsclean.rules.signals import (
    RESERVED,
    RIGHTS,
    announced,
    has_digit,
    in_article_structure,
    in_subheading_slot,
    is_breadcrumb,
    is_section_label,
    is_short_label,
    more_of_section,
    under_labels,
)


def _headline_like(ln: Line) -> bool:
    """A teaser headline: a line of a few to ~25 words that is not a full paragraph."""
    if ln.words == 0 or ln.words > 25:
        return False
    return not (ln.terminal and ln.words >= 14 and ln.text.rstrip()[-1:] == ".")


@rule(
    "NC401",
    "related-block",
    where="tail",
    why="""A "Related articles" / "Read more" / "More from X" heading starts a block of teaser
    headlines that belong to other stories. The heading and the headline-like lines after it
    go (the headlines to Result.related) until a paragraph of body text resumes. A bare "Read
    more" link with body text right after it (a card's button) goes too. Inside the body a
    block needs the body to resume after it, or a second related heading right under it. Not
    a heading: one under a lead-in ending in a colon (the article's own list), one said as a
    sentence ("More."), or one over lines that end in full stops (its links are gone).""",
    removes=[
        "Harbour city approves new flood barrier\n"
        "The city council voted 31 to 8 on Thursday to build a movable barrier across the harbour mouth.\n"
        "Engineers expect the project to cost about 240 million euros and to take four years to finish.\n"
        "- RELATED ARTICLES\n"
        "- Xi meets Putin in Moscow\n"
        "- Lavrov to visit Beijing next week\n",
        "Harbour city approves new flood barrier\n"
        "The city council voted 31 to 8 on Thursday to build a movable barrier across the harbour mouth.\n"
        "- Lesen Sie auch:\n"
        "- Merkel trifft Macron in Paris\n"
        "Engineers expect the project to cost about 240 million euros and to take four years to finish.\n",
    ],
    keeps=[
        "Harbour city approves new flood barrier\n"
        "The city council voted 31 to 8 on Thursday to build a movable barrier across the harbour mouth.\n"
        "UP NEXT\n"
        "Harbour FC: Host Valley United on Friday.\n"
        "Valley United: Visit Harbour FC on Friday.\n",
        "Harbour city approves new flood barrier\n"
        "The city council voted 31 to 8 on Thursday to build a movable barrier across the harbour mouth.\n"
        "Related reading on the topic is scarce, the professor said in an interview.\n"
        "Ingredients\n"
        "2 cups flour\n",
    ],
)
def related_block(doc: Document, cfg: Config) -> Iterator[Verdict]:
    extra = cfg.extra_related_headings
    lines = doc.lines
    content = doc.content
    pat = vocab.line_matcher((("boilerplate", "related_headings"),), extra)

    def heading(ln: Line) -> bool:
        # A related heading, judged by the label make_line already trimmed.
        if len(ln.key) > 60:
            return False
        label = ln.label if ln.words <= 12 else trim_label(ln.key)
        if pat.fullmatch(label):
            return True
        # "More Sports" closes a page; "More help" between two paragraphs heads the next one.
        return (
            label.startswith("more ")
            and more_of_section(label)
            and not in_subheading_slot(doc, ln.index)
        )

    more = vocab.line_matcher((("boilerplate", "more_links"),))
    nxt_of = doc.neighbours[0]
    n = len(content)
    k = 0
    title_index = doc.title_index
    while k < n:
        i = content[k]
        ln = lines[i]
        if ln.words <= 4 and i != title_index and more.fullmatch(ln.label):
            # A bare "Read more" link: a card's button with the body going on after it. With
            # headlines under it, it is the heading of a related block (below).
            j = nxt_of.get(i)
            if j is None or lines[j].prose:
                yield Verdict(i, "read-more link with no teasers under it")
                k += 1
                continue
        if ln.words > 8 or i == title_index or not heading(ln) or _said(ln):
            k += 1
            continue
        if announced(doc, i) and not heading(lines[doc.neighbours[1][i]]):
            # "... on five subjects:" over "Topics" and its list: the article's own list.
            k += 1
            continue
        # Consecutive headings ("Related" + "More from X") form one block.
        heads = [i]
        j = k + 1
        while j < n and lines[content[j]].words <= 8 and heading(lines[content[j]]):
            heads.append(content[j])
            j += 1
        # The heading needs teasers after it, or must stand in the tail of the article.
        run = []
        while j < n:
            nxt = lines[content[j]]
            if (
                not _headline_like(nxt)
                or heading(nxt)
                or nxt.text.endswith(":")
                or _opens_author_box(doc, content[j])
            ):
                break
            run.append(content[j])
            j += 1
        # The lines up to the first section break ("___") must look like headlines.
        brk = next(
            (x for x, r in enumerate(run) if not any(c.isalnum() for c in lines[r].key)), None
        )
        sentences = [r for r in run[:brk] if lines[r].words > 1]
        if all(_full_stop(lines[r].text) for r in sentences) and (
            len(sentences) >= 2 or len(run) == 1
        ):
            # Headlines do not end in full stops; "UP NEXT" over "Thunder: Host the Lakers
            # on Friday." is an AP game story's own closing section, and a lone "Lire aussi"
            # over "La billetterie ouvrira le 12 juin." lost its link, not the body its line.
            k += 1
            continue
        if len(run) > 20 and j < n:
            # A related box holds a handful of headlines; a heading over a long list ("Don't
            # miss:" + product specs) introduces content.
            k += 1
            continue
        if doc.in_tail(run[0] if run else i) or j >= n:
            # The block runs to the end of the article: a tail. (A heading ending in a colon
            # reads as a sentence, so the body block may end on it rather than above it.)
            pass
        elif run and heading(lines[content[j]]) and len(run) <= 12:
            pass  # another related heading follows: a recirculation area, stacked
        elif not run or not lines[content[j]].prose or (len(run) > 6 and not _kicked(doc, run)):
            # Inside the body a related box is short (a handful of headlines, maybe each under
            # a kicker) and the body resumes after it; a heading followed by a long list
            # ("Don't miss: ..." + product specs) is not such a box.
            k += 1
            continue
        for h in heads:
            yield Verdict(h, "related-articles heading")
        for r in run:
            yield Verdict(r, f"teaser headline under the heading on line {i + 1}", role="related")
        k = j


def _full_stop(text: str) -> bool:
    """Ends in a full stop (Latin or CJK), not in an ellipsis: a sentence, not a headline."""
    t = text.rstrip()
    return t[-1:] in ".。" and not t.endswith("..")


def _said(ln: Line) -> bool:
    """A heading word with sentence punctuation ("More.", "Keep reading.", "More?") is an
    answer in an interview, not a widget's heading."""
    t = ln.text.rstrip()
    if t[-1:] == ".":
        last = t.rsplit(maxsplit=1)[-1]
        return "." not in last[:-1]  # "More in U.S." ends in an abbreviation
    return t[-1:] in "?!。？！"


def _kicked(doc: Document, run: list[int]) -> bool:
    """Up to six headlines (five words or more) each under a short kicker, in at most 14
    lines: a related box inside the body. A longer list under a heading is content."""
    heads = sum(1 for r in run if doc.lines[r].words >= 5)
    return len(run) <= 14 and heads <= 6 and 2 * heads >= len(run) - 1


def _opens_author_box(doc: Document, i: int) -> bool:
    """A short name line over a bio that opens with that name ("Marta Ruiz" over "Marta Ruiz
    is an editor ..."): the author box after a related block, not one of its teasers."""
    ln = doc.lines[i]
    if ln.words > 4:
        return False
    n = doc.next_content(i)
    return n is not None and bio_subject(doc.lines[n].text) == ln.text


@lru_cache(maxsize=8)
def _read_also(extra: tuple[str, ...]) -> re.Pattern[str]:
    prefixes = "|".join(vocab.words("boilerplate", "read_also_prefixes"))
    user = "".join(f"|{re.escape(x.casefold())}" for x in extra)
    # The link may stand in brackets, as a parenthesis of its own: "(Leia também: ...)".
    return re.compile(
        rf"[\s»›>•\-–—|]*(?P<open>[(\[])?(?P<prefix>{prefixes}{user})\s*(?:[:：»›>|\-–—]|\.\.\.)\s*"
        rf"(?P<head>\S.{{0,200}}?)(?(open)\s*[)\]]|)"
    )


# Prefixes that in brackets are as often the writer's aside or cross-reference ("(See also:
# Table 3 below)", "(More: the council will vote again in June)") as a link.
_ASIDE = frozenset(
    (
        "also",
        "more",
        "see",
        "see also",
        "watch",
        "listen",
        "siehe auch",
        "voir aussi",
        "vedi anche",
        "ver también",
        "veja também",
    )
)


@rule(
    "NC402",
    "read-also",
    why="""Inline links to other stories ("Read more: ...", "Related: ...", "Lesen Sie auch: ...",
    "Baca juga: ...") interrupt the body. The whole line goes; the linked headline goes to
    Result.related.""",
    removes=[
        "Read more: Alibaba poised to launch record-breaking Hong Kong listing",
        "Related: The 15 Weirdest Galaxies in Our Universe",
        "Lesen Sie auch: Merkel trifft Macron",
        "Baca juga: Harga emas naik lagi",
        "SEE MORE: Hong Kong protests: 800 students under siege",
        "Читайте также: Путин провел встречу",
        "(LEIA TAMBÉM: Governo anuncia novo plano para a Amazônia)",
    ],
    keeps=[
        "Read more about the budget in the report published on Tuesday, she said.",
        "Related: the company said the two issues were connected. It declined to comment further.",
    ],
    local=True,
)
def read_also(doc: Document, cfg: Config) -> Iterator[Verdict]:
    pat = _read_also(cfg.extra_related_headings)
    for i in doc.medium:
        ln = doc.lines[i]
        if ln.words > 30 or i == doc.title_index:
            continue
        m = pat.fullmatch(ln.key)
        if m and m.group("open") and m.group("prefix") in _ASIDE:
            continue
        if m and _headline_like_text(m.group("head")):
            yield Verdict(i, "inline link to another story", role="related")


def _headline_like_text(s: str) -> bool:
    # A headline rarely holds two sentences; prose after "Related:" does.
    body = s.rstrip(" .!?…")
    return _SENTENCE_BREAK.search(body) is None and len(body.split()) <= 25


# A sentence end inside a line; not the point of an ordinal ("am 1. Mai", "3. kolejka") or of
# an initial ("U.S. Open", "J. Smith").
_SENTENCE_BREAK = re.compile(r"(?<!\b\d)(?<!\b\d\d)(?<!\b[^\W\d_])[.!?]\s+\S")


def _whole(
    doc: Document, name: str, key: str, max_words: int, reason: str, extra: tuple[str, ...] = ()
) -> Iterator[Verdict]:
    pat = vocab.line_matcher(((name, key),), extra)
    for i in doc.short:
        ln = doc.lines[i]
        if (
            ln.words <= max_words
            and i != doc.title_index
            and pat.fullmatch(ln.label or trim_label(ln.key))
        ):
            yield Verdict(i, reason)


@rule(
    "NC403",
    "share-social",
    where="tail",
    why="""Share and social buttons become lines like "Share", "Facebook", "Tweet", "Share on
    WhatsApp", "858 shares", "Sharing is caring!". Only whole lines made of such labels go, and
    short neighbours inside a run of them ("Mix", "Cetak") go with the run. A platform's name
    alone between two paragraphs, or in a list a lead-in announces ("The platforms covered
    are:"), is the article's subheading or list item and stays.""",
    removes=[
        "Share this:",
        "Facebook",
        "Click to share on Facebook (Opens in new window)",
        "Tweet about this on Twitter",
        "Share on WhatsApp",
        "858shares",
        "Sharing is caring!",
        "Teilen",
        "Partager sur Facebook",
        "Compartir",
        "Поделиться",
        "Bagikan",
        "分享",
        "Harbour city approves new flood barrier\n"
        "The city council voted 31 to 8 on Thursday to build a movable barrier across the harbour mouth.\n"
        "- Share this:\n- Twitter\n- Mix\n- Flipboard\n- Email\n",
    ],
    keeps=[
        "Facebook shares fell 3% on Tuesday after the company reported weaker growth.",
        "Share prices rose sharply in Tokyo, led by exporters and banks.",
    ],
)
def share_social(doc: Document, cfg: Config) -> Iterator[Verdict]:
    edge = _edges(doc)
    for i in edge:
        ln = doc.lines[i]
        if ln.words <= 25 and _FOLLOW.match(ln.key):
            yield Verdict(i, "invitation to follow the site on social media", strong=True)
    hits = {
        v.index: v
        # Ten words: "Click to share on Facebook (Opens in new window)" is one button.
        for v in _whole(doc, "boilerplate", "share", 10, "share or social-media button label")
        if not _platform_named(doc, v.index) and not _said_in_text(doc, v.index)
    }
    yield from hits.values()
    # Unknown short labels sandwiched in a run of share labels belong to the same widget.
    content = doc.content if hits else ()
    for k, i in enumerate(content):
        if i in hits or doc.lines[i].words > 2 or doc.lines[i].terminal:
            continue
        if _opens_author_box(doc, i):
            continue  # the author's name over the bio, next to the share buttons
        before = sum(1 for j in content[max(0, k - 3) : k] if j in hits)
        after = sum(1 for j in content[k + 1 : k + 4] if j in hits)
        if (before >= 2 and after >= 1) or (before >= 1 and after >= 2):
            yield Verdict(i, "short label inside a run of share buttons")


def _said_in_text(doc: Document, i: int) -> bool:
    """A share word written as a sentence of the text, with a full stop ("Compartilhar." in
    a poem made of button words): buttons carry none."""
    return _full_stop(doc.lines[i].text)


def _platform_named(doc: Document, i: int) -> bool:
    """A platform's name as the article's subheading or list item ("The platforms covered
    are:" over "Facebook", "TikTok", ...): share buttons come in bars, not alone between
    paragraphs or under a lead-in."""
    return _PLATFORM_ONLY.fullmatch(doc.lines[i].label) is not None and in_article_structure(doc, i)


_PLATFORMS = (
    r"(?:facebook|twitter|instagram|linkedin|youtube|tiktok|telegram|whatsapp|flipboard|"
    r"snapchat|threads|mastodon|bluesky|x\b)"
)
# The platforms end the line, or a handle, a "for/to ..." purpose or a short second sentence
# follows them: "Like millions of teenagers on TikTok, Maria starts her day ..." is a lead.
_PLATFORM_ONLY = re.compile(_PLATFORMS + r"|reddit|pinterest|tumblr|vk|weibo|wechat|line|微信|微博")
_FOLLOW = re.compile(
    rf"(?:follow|like|join) (?:us|.{{1,60}}?) on {_PLATFORMS}"
    rf"(?:\s*(?:,|and|or|&|/)\s*(?:on )?{_PLATFORMS})*"
    r"(?:\s*(?:@\S+|at \S+|(?:for|to) .{0,60}))?\s*[.!]?(?:\s.{0,60})?$"
)


@rule(
    "NC404",
    "advertisement",
    why="""Ad slots leave their label ("Advertisement", "Anzeige", "Publicidad", "Реклама",
    "Iklan", "Continue reading below") on a line of its own, often several times. Above the
    text or as its first lines, the site's own affiliate disclosure ("We may earn a commission
    from links on this page.") goes too; at the end it stays, as a writer's sign-off.""",
    removes=[
        "Advertisement",
        "ADVERTISEMENT",
        "Advert",
        "Anzeige",
        "Publicité",
        "Publicidad",
        "Реклама",
        "Iklan",
        "Quảng cáo",
        "广告",
        "Continue Reading Below",
        "Story continues below advertisement",
    ],
    keeps=[
        "Advertisement spending rose 4% last year, the industry group said in a report.",
        "Ad revenue fell.",
    ],
)
def advertisement(doc: Document, cfg: Config) -> Iterator[Verdict]:
    yield from _whole(doc, "boilerplate", "ads", 6, "advertisement label")
    # Above the text only (between the headline and the first paragraph, or on top of the
    # page): inside it, a story about affiliate marketing says the same words ("We analysed
    # 500 reviews and found affiliate links"), and at its end the note is often the writer's
    # sign-off ("FTC: We use income earning auto affiliate links."), which the dev set
    # labels part of the article.
    for i in doc.medium:
        if i >= doc.body_start:
            break
        if i != doc.title_index and doc.per_text(_affiliate_note, doc.lines[i].key):
            yield Verdict(i, "affiliate or advertiser disclosure")


def _affiliate_note(key: str) -> bool:
    """The site telling the reader it may earn from its links ("We may earn a commission from
    links on this page.", "This post contains affiliate links."): affiliate words, the site
    speaking (we, our, this post) and a disclosure's verb (may, contains). A report names
    others or tells what was found."""
    return (
        _AFFILIATE.search(key) is not None
        and _SITE_SPEAKS.search(key) is not None
        and _DISCLOSES.search(key) is not None
    )


_DISCLOSES = re.compile(
    r"\b(?:may|might|can|could|contains?|includes?|uses?|participant|pouvons|peut|puede|"
    r"podemos|pode|possiamo|può|können|kann|enthält|contient|contiene|contém)\b"
    r"|^advertiser disclosure$"
)


_AFFILIATE = re.compile(
    r"affiliate[- ](?:links?|commissions?|partners?|programs?)|advertiser disclosure"
    r"|\bearn (?:an? |some )?(?:small )?(?:affiliate )?commissions?\b"
    r"|liens? affiliés?|enlaces? de afiliad|links? de afiliad|link affiliat|affiliate-links?"
)
_SITE_SPEAKS = re.compile(
    r"\b(?:we|our|this (?:post|page|article|site|story)|on this page)\b|^advertiser disclosure$"
    r"|\b(?:nous|nos|notre|nosotros|nuestr\w*|nós|nosso|nossa|wir|unser\w*|noi|nostr\w*)\b"
    r"|\b(?:cet article|cette page|este artículo|esta página|este artigo|questo articolo"
    r"|dieser artikel|diese seite)\b"
)


@lru_cache(maxsize=1)
def _prompt_words() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(vocab.words("boilerplate", "prompt_words")) + r")\b")


@rule(
    "NC405",
    "subscribe-prompt",
    why="""Newsletter, subscription, paywall and click-here prompts ("Sign up for our
    newsletter", "Get the latest updates right in your inbox", "Subscribe to X on YouTube",
    "CLICK HERE TO GET THE APP") address the reader, not the story. A short line with a prompt
    word goes anywhere; a longer one only at the edge of the body, where prompts sit. A
    subheading between two paragraphs that asks nothing of the reader ("Subscribers",
    "Electoral register"), a fact box's line ("Subscribers: 41,000") and an announced list's
    item stay.""",
    removes=[
        "Sign Up",
        "Subscribe",
        "Get the latest updates right in your inbox. Subscribe to NJ.com’s newsletters.",
        "Click here to subscribe to The Paradigm Newsletter",
        "Newsletter abonnieren",
        "Abonnez-vous à notre newsletter",
        "CLICK HERE TO GET THE FOX NEWS APP",
        "READ MORE ON FOX BUSINESS BY CLICKING HERE",
        "Get Harbour Courier delivered to your inbox",
    ],
    keeps=[
        "The company said subscribers would receive a refund, and it apologised for the outage.",
        "More than 10 million users signed up on the first day, Disney said in a statement.",
        "Residents can see the flood maps on the council's website by clicking here and entering their postcode, the mayor said.",
    ],
)
def subscribe_prompt(doc: Document, cfg: Config) -> Iterator[Verdict]:
    edge = _edges(doc)
    for i in doc.medium:
        ln = doc.lines[i]
        if ln.words > 30 or i == doc.title_index:
            continue
        short = ln.words <= 6 and not ln.terminal
        if (short or i in edge) and doc.per_text(_has_prompt_word, ln.key):
            # Asked only of lines with a prompt word: most short lines have none.
            if short and _not_a_prompt(doc, i):
                short = False
            if short or (
                i in edge
                and _strong_prompt(ln.key)
                and _ADDRESS.search(ln.key)
                and not _REPORTED.search(ln.key)
                and not _generic_call(ln)
            ):
                yield Verdict(i, "newsletter or subscription prompt", strong=i in edge)
                continue
        if (
            ln.words <= 25
            and (m := _IMPERATIVE_PROMPT.match(ln.key))
            and (m.group("bare") is None or ln.words <= 8)
            and not _REPORTED.search(ln.key)
            and not _generic_call(ln)
        ):
            yield Verdict(i, "call to subscribe or sign up", strong=True)
        elif ln.words <= 12 and _click_here(ln.key):
            yield Verdict(i, "click-here prompt")


def _not_a_prompt(doc: Document, i: int) -> bool:
    """A short line with a prompt word that is the article's: a fact box's line ("Subscribers:
    41,000", "Fuente: Boletín Oficial del Estado", judged by its label), or, unless it calls
    on the reader ("Subscribe", "Log in"), a subheading between two paragraphs ("Electoral
    register") or an item of an announced list."""
    key = doc.lines[i].key
    label, sep, value = key.partition(":")
    if sep and value.strip() and (_FIGURE.match(value.strip()) or not _has_prompt_word(label)):
        return True
    # Between two paragraphs or in a list, a line that calls on the reader is still a prompt
    # ("Get our daily briefing:" over "Morning newsletter", "Subscribe").
    if _CALL.search(key) is not None:
        return False
    return in_article_structure(doc, i)


# A figure as a fact's value: "41,000", "3.1 million", "about 41,000", "€9.99 a month".
_FIGURE = re.compile(
    r"(?:about|around|approx\.?|some|over|more than|nearly|almost|under|up to)?\s?[€$£¥]?\s?\d"
)
# What a prompt still says wherever it stands: the call itself, the newsletter, the paywall.
_CALL = re.compile(
    r"\b(?:newsletters?|inbox|subscribe|sign[ -]?up|abonnieren|abonnez|s'abonner|suscr[ií]b\w*|"
    r"assine|iscriviti|подпиш\w*|subskrybuj|berlangganan|subscribers? (?:only|exclusive)|"
    r"already a subscriber|manage (?:your )?subscription)\b|"
    r"^(?:register|log ?in|sign ?in)(?:$| (?:to|with|or|here|now|for)\b)|^(?:đăng ký|đăng nhập)|"
    r"订阅|訂閱"
)


def _has_prompt_word(key: str) -> bool:
    # A search with a word boundary before each of many alternatives: microseconds a line.
    return _prompt_words().search(key) is not None


_STRONG_PROMPT = re.compile(
    r"\b(?:newsletters?|inbox|subscribe|subscription|abonnieren|abonnez|s'abonner|suscr[ií]b\w*|"
    r"assine|iscriviti|подпиш\w*|subskrybuj|berlangganan|đăng ký)\b|订阅|訂閱"
)


# A line that opens with the call itself ("Subscribe to WIRED and ...") addresses the reader
# wherever it stands; stories do not start sentences this way.
_IMPERATIVE_PROMPT = re.compile(
    r"(?:click here to |tap here to )?(?:subscribe (?:now|today|here)|"
    r"subscribe to .{0,50}(?:newsletter|channel|podcast|youtube|alerts|updates|feed)|"
    r"subscribe to .{1,40} and (?:stay|get|never|keep|receive|enjoy)|"
    r"subscribe (?:now )?to (?:continue|keep) reading|"
    r"sign up (?:for|to) (?:our|the|my|a free|free)? ?.{0,40}(?:newsletters?|e-?mail (?:alerts|updates)|news alerts)|"
    r"get the latest .{0,60}(?:inbox|newsletter)|get .{1,60}delivered (?:straight |right |directly )?to your inbox(?: every \w+| daily| weekly)?[.!]?$|"
    # A bare verb ("Iscriviti", "Berlangganan") is a prompt only on a short line: the same
    # verb opens sentences ("Iscriviti all'università entro settembre ...").
    r"(?P<bare>newsletter abonnieren|abonnez-vous|suscr[ií]bete|"
    r"assine (?:a|o|já)|iscriviti|подпишитесь|zapisz się|berlangganan|đăng ký nhận))"
)
# "Subscribe to a newspaper, sign up to a newsletter, share an article: every one of these
# acts ...": a call to any newspaper is the writer's generic example; a prompt names its own
# ("our newsletter", "the Morning Briefing", "WIRED").
_GENERIC_CALL = re.compile(r"\b(?:subscribe|sign up|register) (?:to|for) an? (?!free\b)\w+")


def _generic_call(ln: Line) -> bool:
    """A sentence of some length that uses the call as a generic example (see _GENERIC_CALL);
    a short line with it ("Sign up for a newsletter and get 10% off") is still a prompt."""
    return ln.words >= 15 and _GENERIC_CALL.search(ln.key) is not None


# Reported speech: a prompt quoted or described in the story ("..., the regulator warned").
_REPORTED = re.compile(
    r"\b(?:said|says|told|warned|added|according to|announced|sagte|sagt|erklärte|a déclaré|"
    r"a dit|selon|dijo|afirmó|según|disse|afirmou|segundo|ha detto|secondo|сказал\w*|заявил\w*|"
    r"powiedział\w*|według|kata|ujar|menurut)\b|cho biết|theo |表示|称"
)


# "CLICK HERE TO GET THE APP", "READ MORE ON X BY CLICKING HERE": a link addressed to the
# reader, at the start or the end of a short line.
_CLICK_START = re.compile(
    r"(?:click here|tap here|hier klicken|klicken sie hier|cliquez ici|haga clic aquí|"
    r"clique aqui|clicca qui|kliknij tutaj|нажмите здесь|klik di sini|bấm vào đây)\b"
)
_CLICK_END = re.compile(r"\b(?:by (?:clicking|tapping) here|click here)\W*$")


def _click_here(key: str) -> bool:
    # match() is anchored, so it is cheap; the end pattern only runs when "here" is there.
    return _CLICK_START.match(key) is not None or (
        "here" in key and _CLICK_END.search(key) is not None
    )


# A prompt speaks to the reader; a sentence that merely mentions a newsletter does not.
_ADDRESS = re.compile(
    r"\b(?:you|your|our|us|click|tap|ihr|ihre|unser\w*|vous|votre|"
    r"nos|notre|tu|su|sus|nuestr\w*|seu|sua|nosso|nossa|il tuo|la tua|nostr\w*|twój|nasz\w*|"
    r"anda|kami|bạn|chúng tôi|вы|ваш\w*|наш\w*)\b|您|你|我们"
)


def _strong_prompt(key: str) -> bool:
    return _STRONG_PROMPT.search(key) is not None


def _edges(doc: Document) -> frozenset[int]:
    """The first two and last three content lines of the body block and all lines outside it."""
    return doc.memo("edges", lambda: _compute_edges(doc))


def _compute_edges(doc: Document) -> frozenset[int]:
    content = doc.content  # sorted: the body block's lines are one slice of it
    lo = bisect.bisect_left(content, doc.body_start)
    hi = bisect.bisect_left(content, doc.body_end)
    inside = content[lo:hi]
    return frozenset((*content[:lo], *inside[:2], *inside[-3:], *content[hi:]))


@rule(
    "NC406",
    "placeholder",
    why="""Widgets that did not render leave placeholders: "This slideshow requires JavaScript",
    "View this post on Instagram", "Loading...", cookie banners, WordPress shortcodes,
    comment-box labels, "Next Post »". Whole lines only. A cookie notice in other words or
    languages ("Wir verwenden Cookies …") goes when the site speaks in it and it stands
    outside the text; inside it (an op-ed in which the paper says "we use cookies", a quoted
    banner) it stays.""",
    removes=[
        "This slideshow requires JavaScript.",
        "View this post on Instagram",
        "Loading...",
        "Comments are closed.",
        "[button link=”http://x.co/submit/” type=”big”] Send us your review",
        "« Previous Post Next Post »",
        "Tell us what YOU think...",
        "We use cookies to improve your experience.",
    ],
    keeps=[
        "Loading the ship took three days, the captain said.",
        "The video was viewed 3 million times, according to the campaign.",
    ],
)
def placeholder(doc: Document, cfg: Config) -> Iterator[Verdict]:
    pat = vocab.line_matcher((("boilerplate", "placeholders"),))
    for i in doc.medium:
        ln = doc.lines[i]
        if i != doc.title_index and pat.fullmatch(ln.label or trim_label(ln.key)):
            yield Verdict(i, "placeholder or widget label", strong=ln.words > 3 and not ln.prose)
        elif (
            "cook" in ln.key
            and i != doc.title_index
            and not doc.body_start <= i < doc.body_end  # the page's, never the text's
            # nor the standfirst's, between the headline and the text
            and not (doc.title_index is not None and doc.title_index < i < doc.body_start)
            and doc.per_text(_cookie_notice, ln.key)
        ):
            yield Verdict(i, "cookie notice")


def _cookie_notice(key: str) -> bool:
    """The site telling the reader it uses cookies ("Wir verwenden Cookies …", "Este site
    utiliza cookies …"): a cookie word and the site speaking, outside the text (an op-ed
    in which the paper says "we use cookies" is text). A standfirst about a ruling on cookie
    banners names others; a quoted banner has a colon or a quotation mark before the cookie
    word."""
    m = _COOKIE.search(key)
    if m is None or _QUOTING.search(key, 0, m.start()) or _BANNER.search(key) is None:
        return False  # "The banner read: we use cookies ...": the text quoting a banner
    return _SITE_SPEAKS.search(key) is not None or _SITE_USES.search(key) is not None


_COOKIE = re.compile(r"\bcook(?:ies|ie)\b")
# What a banner says the cookies are for or asks of the reader (an oatmeal cookie sold out
# at our bakery says none of it).
_BANNER = re.compile(
    r"\b(?:experience|consent|accept\w*|partners?|personali[sz]\w*|analy[sz]\w*|browsing|"
    r"navigat\w*|navega\w*|settings|preferences|privacy|tracking|technolog\w*|improve|"
    r"erfahrung|zustimmung|einwilligung|akzept\w*|datenschutz|technologien|personalisieren|"
    r"expérience|consentement|accepte\w*|partenaires|navigation|experiencia|aceptar|"
    r"experiência|aceita\w*|esperienza|consenso|accett\w*|prywatno\w*|zgod\w*|statystyczn\w*)\b"
)
_QUOTING = re.compile(r"[:\"“”«»„]")
_SITE_USES = re.compile(
    r"\b(?:this (?:web)?site|este site|este sitio|questo sito|ce site|diese (?:web)?seite"
    r"|utilizamos|usamos|utilizziamo|używamy|verwenden|utilisons|szanujemy)\b"
)


@rule(
    "NC407",
    "legal-footer",
    where="tail",
    why="""Copyright and legal footers ("© 2019 Reuters. All rights reserved.", "Terms of use")
    belong to the site. A copyright notice set directly under the story's last paragraphs is
    the story's own (wire copy carries its rights line in its text; archives keep it) and
    stays, also under the wire's own closing lines ("(Reporting by …)"), unless the site's
    links or menu follow it or a rule removes one of the paragraphs just above it (the
    story-end guard). List it in `extra-boilerplate` (NC408) to drop it for a source.""",
    removes=[
        "Harbour city approves new flood barrier\n"
        "The city council voted 31 to 8 on Thursday to build a movable barrier across the harbour mouth.\n"
        "Engineers expect the project to cost about 240 million euros and to take four years to finish.\n"
        "~ Share this article\n"
        "- © 2019 The Associated Press. All rights reserved.\n"
        "- This material may not be published, broadcast, rewritten or redistributed.\n",
        "Harbour city approves new flood barrier\n"
        "The city council voted 31 to 8 on Thursday to build a movable barrier across the harbour mouth.\n"
        "Engineers expect the project to cost about 240 million euros and to take four years to finish.\n"
        "~ Published on 19 November 2024\n"
        "- Copyright 2019 NPR. To see more, visit https://www.npr.org.\n"
        "- Terms of use\n",
        "Terms of use",
    ],
    keeps=[
        "© 2019 The Associated Press. All rights reserved.",
        "Tous droits réservés.",
        "The band sued over the copyright of the song, claiming damages of $2 million.",
        "He reserved all rights to appeal, his lawyer said.",
        "Copyright 1976 legislation, which the court relied on, extended protection to the recordings.",
    ],
)
def legal_footer(doc: Document, cfg: Config) -> Iterator[Verdict]:
    pat = vocab.whole_line("boilerplate", "legal")
    # Most medium lines are longer than any footer the list describes.
    width = vocab.max_width("boilerplate", "legal")
    for i in doc.medium:
        ln = doc.lines[i]
        if (
            (width is None or len(ln.key) <= width)
            and i != doc.title_index
            and pat.fullmatch(ln.key)
            # A rights phrase makes a footer whatever the owner's case ("© 2023 dpa-infocom
            # GmbH, alle Rechte vorbehalten").
            and (RESERVED.search(ln.key) is not None or not _mark_opens_sentence(ln))
            # "Privacy policy" between two paragraphs of an explainer is its subheading, and
            # under "Every site must publish:" an item of the article's list.
            and (_notice(ln, pat) or not in_article_structure(doc, i))
        ):
            # The patterns are specific (©, a copyright year, "all rights reserved"), so the
            # verdict is strong: past the story's last paragraph the body guard has no say.
            # A notice under that paragraph stays with it (the resolver's story-end guard).
            yield Verdict(
                i, "copyright or legal footer", strong=True, requires=_story_lines(doc, i, pat)
            )


def _story_lines(doc: Document, i: int, pat: re.Pattern[str]) -> tuple[int, ...]:
    """The story's last lines, when copyright notice ``i`` is set directly under them.

    Wire copy carries its rights line in the story's own text ("© 2019 Associated Press. All
    Rights Reserved. This material may not be published…"). The site's footer stands after
    the page's own furniture (a share bar, a "First published" stamp, related links), next
    to the site's links ("Privacy policy", "Terms of use") or above its menu; a notice with
    a paragraph of body text after it (10 words or more, as the body guard counts) closes
    nothing. Returns the three content lines above the notice, the last a body paragraph:
    the notice is the story's while they all stay.
    """
    lines = doc.lines
    if not _notice(lines[i], pat) or "|" in lines[i].text or _SITE_LINK.search(lines[i].key):
        return ()
    above: list[int] = []
    p = doc.prev_content(i)
    while p is not None and _notice(lines[p], pat):  # a notice may run over a few lines
        p = doc.prev_content(p)
    # The wire's own lines may stand between: "(Reporting by …; Editing by …)", "(ANSA).",
    # AFP's desk initials "abc/def/ghi".
    while p is not None and len(above) < 2 and _DESK_LINE.fullmatch(lines[p].key):
        above.append(p)
        p = doc.prev_content(p)
    if p is None or not _story_text(lines[p]):
        return ()
    # The paragraphs above; a widget line between them (an ad label, a read-also link) is not
    # the story's, and a rule that removes it says nothing about the notice.
    first = len(above)
    for _ in range(6):
        if p is None or len(above) >= 3:
            break
        if _story_text(lines[p]):
            above.append(p)
        p = doc.prev_content(p)
    # A short last paragraph ("Shares fell 5% in early trading.") may close the story below
    # the body block; the story's text must reach into it.
    if not any(doc.body_start <= j < doc.body_end for j in above[first:]):
        return ()
    after: list[int] = []
    n = doc.next_content(i)
    while n is not None and len(after) < 4:
        after.append(n)
        n = doc.next_content(n)
    for n in after:
        ln = lines[n]
        if _notice(ln, pat):
            continue  # the site's own notice further down says nothing about this one
        if (
            (ln.prose and ln.words >= 10 and n < doc.body_end)
            or pat.fullmatch(ln.key)
            or (ln.words <= 3 and _SITE_LINK.search(ln.key))
        ):
            return ()  # more of the story, or the site's links ("Privacy", "Cookie policy")
    if len(after) >= 3 and all(lines[n].words <= 3 and not lines[n].terminal for n in after[:3]):
        return ()  # the site's menu
    return tuple(above)


def _story_text(ln: Line) -> bool:
    """A paragraph of the story: prose, or a short sentence of three words or more."""
    return ln.prose or (ln.terminal and ln.words >= 3)


def _notice(ln: Line, pat: re.Pattern[str]) -> bool:
    """A copyright notice ("© 2019 X", "All rights reserved") or a rights sentence, not a
    credit ("© Jane Doe", "© AFP 2024": NC202's) and not a link ("Terms of use")."""
    # RIGHTS also finds a mark with its year alone: "© 2026 AFP", "Copyright 2019 NPR".
    return (
        RIGHTS.search(ln.key) is not None or ln.key.startswith("this material may not be")
    ) and pat.fullmatch(ln.key) is not None


# A wire story's closing lines: a parenthesis of its own, or a desk's initials.
_DESK_LINE = re.compile(r"\(.{2,200}\)\.?|[a-z]{2,4}(?:/[a-z]{2,4}){1,4}")


# The site's own links, which a story's rights line never names.
_SITE_LINK = re.compile(r"privacy|terms of|cookie|datenschutz|impressum|contact")


# A copyright mark and its years, as a footer opens: "© 2019", "Copyright (c) 2010-2019".
_MARK = re.compile(
    r"(?:(?:©|\(c\)|copyright)[\s,.:]*)+(?:(?:19|20)\d\d(?:\s*[-–]\s*\d{2,4})?[\s,.:]*)?",
    re.IGNORECASE,
)
# Lowercase words a footer's owner may still start with ("© the author", "© 2019 by ...").
_OWNER_LEAD = frozenset(("by", "the", "all", "tous", "todos", "tutti", "alle", "wszelkie", "все"))


def _mark_opens_sentence(ln: Line) -> bool:
    """A sentence that starts with a copyright mark ("Copyright 1976 legislation, which ...").

    A footer names its owner after the mark and the year: a capitalised name, a domain, or a
    rights phrase. A lowercase word there is the sentence going on.
    """
    m = _MARK.match(ln.text)
    if m is None or ln.words < 6:
        return False
    rest = ln.text[m.end() :].lstrip(" -–—|")
    first = rest.split(maxsplit=1)[0] if rest else ""
    return first[:1].islower() and "." not in first and first.casefold() not in _OWNER_LEAD


@rule(
    "NC408",
    "user-boilerplate",
    why="""Lines the user listed in `extra-boilerplate` for their sources are dropped wherever
    they stand (matched whole, ignoring case and spacing).""",
    removes=["Harbour Courier: independent since 1888"],
    keeps=["The Harbour Courier has been independent since 1888, its editor said."],
    example_config={"extra_boilerplate": ("Harbour Courier: independent since 1888",)},
    local=True,
)
def user_boilerplate(doc: Document, cfg: Config) -> Iterator[Verdict]:
    if not cfg.extra_boilerplate:
        return
    from newsclean.document import match_key

    wanted = frozenset(match_key(x) for x in cfg.extra_boilerplate)
    for i in doc.content:
        if doc.lines[i].key in wanted:
            yield Verdict(i, "listed in extra-boilerplate", strong=True)


def _under_kickers(doc: Document) -> bool:
    """Only kicker-like lines stand above the title line ("Company Town", "Dubai Airshow",
    "Supported by", a date), and a byline or a date follows the title within three lines:
    the article's head is there, so the lines above are the page's. (Over a deck and a
    paragraph, "Barrier approved" or an obituary's "Edith Barnes" may be the headline.)"""
    t = doc.title_index
    if t is None:
        return False
    lines = doc.lines
    above = doc.content_between(-1, t)
    return all(
        is_kicker_like(lines[i]) and lines[i].text.rstrip()[-1:] not in ",;" for i in above
    ) and any(_head_line(lines[j]) for j in doc.content_between(t, len(lines))[:3])


def _head_line(ln: Line) -> bool:
    """A byline or a date: what an article's head holds under its headline."""
    return (
        is_byline_line(ln)
        or (has_digit(ln.key) and (is_timestamp(ln.key, ln.words) or byline_and_date(ln.text)))
        or ln.key.startswith(("by ", "von ", "par ", "por ", "di ", "oleh "))
    )


def _runs(doc: Document, lo: int, hi: int, max_words: int) -> Iterator[list[int]]:
    """Maximal runs of consecutive short non-sentence content lines with index in [lo, hi)."""
    run: list[int] = []
    for i in doc.content_between(lo - 1, hi):  # the content lines with lo <= i < hi
        ln = doc.lines[i]
        if ln.words <= max_words and not ln.terminal and i != doc.title_index:
            run.append(i)
            continue
        if run:
            yield run
        run = []
    if run:
        yield run


@rule(
    "NC409",
    "navigation-block",
    where="head",
    why="""Menus, section lists and language pickers reach the dump as a run of one- to
    four-word lines. Before the body such a run of five or more with two known menu or widget
    labels is navigation, and so is a run of a dozen different items without figures (a brand
    picker) or of ten or more different headlines (a news ticker). A short headline over a
    byline in such a run is the article's head, not a menu item. A breadcrumb trail on one
    line ("Home » News » Local") before the article is navigation too, and so is a section's
    name above the headline ("Sport", "Politik"), and so are kickers and badges no list
    knows ("Company Town", "Evidence Based") when only such lines stand above the headline
    and a byline or a date follows it (over a deck and a paragraph, "Barrier approved" may be
    the headline itself). After the body the same
    shape can be a list that belongs to the article (ingredients, a table), so there a run
    only goes when it also holds known widget labels (share, ads, legal, related).""",
    removes=[
        "- Home\n- World\n- Politics\n- Business\n- Sport\n"
        "Harbour city approves new flood barrier\n"
        "The city council voted 31 to 8 on Thursday to build a movable barrier across the harbour mouth.\n"
        "Engineers expect the project to cost about 240 million euros and to take four years to finish.\n",
        "- Home » News » Local\n"
        "Harbour city approves new flood barrier\n"
        "The city council voted 31 to 8 on Thursday to build a movable barrier across the harbour mouth.\n"
        "Engineers expect the project to cost about 240 million euros and to take four years to finish.\n",
        "- Company Town\n"
        "Harbour city approves new flood barrier\n"
        "~ By Helen Marsh\n"
        "The city council voted 31 to 8 on Thursday to build a movable barrier across the harbour mouth.\n",
    ],
    keeps=[
        "Harbour city approves new flood barrier\n"
        "The city council voted 31 to 8 on Thursday to build a movable barrier across the harbour mouth.\n"
        "Ingredients\n2 cups flour\n1 egg\n1 cup milk\nA pinch of salt\n"
    ],
)
def navigation_block(doc: Document, cfg: Config) -> Iterator[Verdict]:
    head_end = doc.body_start
    first = doc.content[0] if doc.content else 0
    if (
        doc.title_index is not None
        and first < doc.title_index < head_end
        and not under_labels(doc, doc.title_index)
    ):
        # Only what stands before the headline is page chrome for sure. (A title inferred from
        # the first line says nothing: in a page dump that line is often the first menu item;
        # nor does one inferred under a trail or a section's name.)
        head_end = doc.title_index
    widget = _widget_labels()
    # Menus and tickers without known labels are only looked for above the first sentence of
    # the text: a list after an intro paragraph (the victims' names, a squad, a longlist) is
    # the article's, even when the body block starts below it.
    lines = doc.lines
    first_prose = next(
        (i for i in doc.content if lines[i].prose and not _open_end(lines[i].text)),
        len(lines),
    )
    for run in _runs(doc, 0, head_end, 4):
        head = _article_head(doc, run)  # neither navigation nor NC409's: NC501 files the byline
        labels = sum(1 for i in run if widget.fullmatch(lines[i].label))
        if run[-1] == doc.prev_content(head_end) and lines[run[-1]].words >= 3:
            run = run[:-1]  # a short headline may stand right above the body
        if len(run) >= 5 and (labels >= 2 or (run[-1] < first_prose and _long_menu(doc, run))):
            for i in run:
                if i not in head:
                    yield Verdict(i, f"part of a {len(run)}-line navigation run before the article")
    kickers = _under_kickers(doc)  # once: it reads every line above the title
    for i in doc.content_between(-1, head_end):
        if i != doc.title_index and is_breadcrumb(lines[i]):
            yield Verdict(i, "breadcrumb trail before the article")
        elif doc.title_index is not None and i < doc.title_index and is_section_label(lines[i]):
            yield Verdict(i, "section name above the headline")
        elif kickers and i < (doc.title_index or 0) and is_kicker_like(lines[i]):
            yield Verdict(i, "kicker or label above the headline")
    for run in _headline_runs(doc, min(head_end, first_prose), widget):
        for i in run:
            yield Verdict(
                i, f"part of a list of {len(run)} headlines before the article", role="related"
            )
    for run in _runs(doc, doc.body_end, len(doc.lines), 4):
        hits = [k for k, i in enumerate(run) if widget.fullmatch(doc.lines[i].label)]
        # The widget block starts at its first label; short lines before it may be the
        # article's own list (prices, contacts, ingredients).
        if len(hits) >= 2 and len(run) - hits[0] >= 4:
            for i in run[hits[0] :]:
                yield Verdict(i, "part of a widget run after the article")


def _article_head(doc: Document, run: list[int]) -> tuple[int, ...]:
    """The headline and byline inside a run of short lines that opens the article: a kicker,
    a short headline ("A weekend in Durham"), "By Helen Marsh", then the share bar. A byline
    naming someone (two words or more, or two CJK characters) among the run's first four
    lines, under a line of three words or more; a menu's "By Topic" names no one."""
    lines = doc.lines
    for k, i in enumerate(run[:4]):
        if is_byline_line(lines[i]):
            name = " ".join(lines[i].text.split()[1:])  # after "By", "Von", "Par", "记者" ...
            named = len(name.split()) >= 2 or (has_cjk(name) and len(name) >= 2)
            if k and lines[run[k - 1]].words >= 3 and named:
                return (run[k - 1], i)
            break
    return ()


def _headline_runs(doc: Document, head_end: int, widget: vocab.LineMatcher) -> Iterator[list[int]]:
    """Runs of ten or more different headline-shaped lines (3 to 19 words, no full stop,
    most without figures) before the article: a news ticker or a list of other stories. A
    calendar or a results table has figures on most lines and stays; lines ending in a comma
    or a colon run on (a poem, a list). The last four lines before the body are left: this
    article's own headline, byline and date may stand there."""
    lines = doc.lines
    run: list[int] = []
    for i in (*doc.content_between(-1, head_end), -1):  # -1 closes the last run
        if i >= 0 and i != doc.title_index:
            ln = lines[i]
            if (
                3 <= ln.words < 20
                and (not ln.terminal or _open_end(ln.text))
                and ln.text.rstrip()[-1:] not in _RUN_ON  # a poem's or a list's lines run on
            ):
                run.append(i)
                continue
        if (
            len(run) >= 10
            and len({lines[j].key for j in run}) == len(run)
            # A schedule or a results list before the text has figures on most lines.
            and 3 * sum(1 for j in run if has_digit(lines[j].key)) <= len(run)
            # Headlines start with a capital, a figure or a quote; verse often does not.
            and 5 * sum(1 for j in run if not _capital_start(lines[j].text)) <= len(run)
            # Page chrome: a menu or widget label just above the run (key points and a
            # poem at the head of an article follow its headline, not a menu).
            and any(
                widget.fullmatch(lines[j].label)
                for j in doc.content_between(-1, run[0])[-5:]
                if lines[j].words <= 4
            )
        ):
            # The article's own headline, byline and date may stand right above the body.
            near = set(doc.content_between(-1, doc.body_start)[-4:])
            yield [j for j in run if j not in near]
        run = []


def _open_end(text: str) -> bool:
    """Ends in "?", "..." or "…": a headline may, a sentence of the text does not."""
    return text.rstrip().endswith(("...", "…", "?"))


def _capital_start(text: str) -> bool:
    """Starts, after quotes and brackets, with anything but a lowercase letter."""
    return not text.lstrip(" \"'“‘«„([¿¡")[:1].islower()


def _long_menu(doc: Document, run: list[int]) -> bool:
    """A dozen or more short lines before the article, all different and none with a digit:
    a menu or a brand picker even when none of its items is a known label. A table of the
    article's own repeats its column names and holds figures; ingredients hold quantities."""
    if len(run) < 12:
        return False
    keys = [doc.lines[i].key for i in run]
    return (
        len(set(keys)) == len(keys)
        and not any(has_digit(k) for k in keys)
        and not any(k[-1:] in _RUN_ON for k in keys)  # a short-lined poem runs on with commas
    )


_RUN_ON = (",", ";", ":", "-", "–", "—")


def _widget_labels() -> vocab.LineMatcher:
    return vocab.line_matcher(
        (
            ("boilerplate", "share"),
            ("boilerplate", "ads"),
            ("boilerplate", "placeholders"),
            ("boilerplate", "legal"),
            ("boilerplate", "related_headings"),
            ("boilerplate", "navigation"),
            ("media", "gallery_controls"),
        )
    )


@rule(
    "NC412",
    "tag-line",
    where="tail",
    why="""A line of topic tags ("Tags: Alibaba", "Filed under: health, Michigan", "Themen:
    Kommunalpolitik, Wohnen") files the article in the site's archive: its words are links to
    other pages, not the story. The line goes when a tag label opens it and a list follows,
    not a sentence ("Topics: housing and transport dominated the meeting." stays).""",
    removes=[
        "Tags: Alibaba, Hong Kong, IPO",
        "Filed under: Eastern Equine Encephalitis, EEE, health, Michigan",
        "Themen: Kommunalpolitik, Wohnen",
        "Mots-clés : Collectivités, Logement",
        "Теги: экономика, нефть",
        "标签：经济，石油",
        "Categories: Club news, Youth football",
        "Kategorien: Lokales, Verkehr",
    ],
    keeps=[
        "Topics: housing and transport dominated the meeting, the mayor said.",
        "Tags on the luggage showed it had travelled through three airports.",
    ],
)
def tag_line(doc: Document, cfg: Config) -> Iterator[Verdict]:
    lines = doc.lines
    for i in doc.medium:
        ln = lines[i]
        if ln.words > 30 or i == doc.title_index or ln.text.rstrip()[-1:] in ".!?。！？":
            continue
        m = _TAG_LABEL.match(ln.key)
        if m is None or not _tag_list(ln.key[m.end() :]):
            continue
        n = doc.neighbours[0].get(i)
        if (
            not ln.key[m.end() :].strip()
            and n is not None
            and is_short_label(lines[n], 6)
            and _RELATED_HEADING.fullmatch(ln.label)
        ):
            continue  # "Categories:" over a list of links heads a related block (NC401's)
        if not in_article_structure(doc, i):
            yield Verdict(i, "topic tags of the article", role="related")


_RELATED_HEADING = vocab.line_matcher((("boilerplate", "related_headings"),))
# A tag label, then a colon: "Tags:", "Filed under:", "Schlagwörter:", "标签：".
_TAG_LABEL = re.compile(
    r"(?:tags?|topics?|related topics|filed under|categories|posted in|themen|"
    r"schlagw(?:ö|o)rte(?:r)?|stichw(?:ö|o)rte(?:r)?|kategorien?|mots-cl(?:é|e)s|sujets|"
    r"cat(?:é|e)gories?|etiquetas|temas|categor(?:í|i)as?|t(?:ó|o)picos|tags relacionados|"
    r"argomenti|categorie|tagi|tematy|kategori(?:e|a)?|теги|темы|рубрик[аи]|категори[яи]|topik|"
    r"chủ đề|từ khóa|danh mục|标签|话题|標籤|分类|分類)\s*[:：]"
)


def _tag_list(rest: str) -> bool:
    """What follows a tag label is a list of a few words each, not a sentence."""
    items = [x for x in _TAG_SEPARATOR.split(rest) if x.strip()]
    return all(len(x.split()) <= 6 for x in items)


_TAG_SEPARATOR = re.compile(r"[,，、|;/]")
