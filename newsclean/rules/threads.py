"""NC41x: page modules with a repeated record structure that follow the article.

A reader-comment thread is a run of records (author, timestamp, "Reply") after the article,
and a recirculation module a run of cards (kicker or age, headline, blurb). No single line of
them is junk by its words, but the repeated structure is unmistakable, so these rules judge
many lines together and remove the structure whole. A comment thread's verdicts are strong
(long comments are prose the body guard would otherwise protect); teaser cards are only
looked for after the main body block, where the guard does not apply.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import pairwise

from newsclean.config import Config
from newsclean.document import Document, Line
from newsclean.rules import vocab
from newsclean.rules.metadata import is_timestamp
from newsclean.rules.registry import Verdict, rule
from newsclean.rules.signals import announced, announces, has_digit

# A clock time ("4:47 pm", "16:47", "4 pm"): a comment stamp has one, a dateline often not.
_CLOCK = re.compile(r"\b\d{1,2}(?:[:.h]|\s?h\s)\d{2}\b|\b\d{1,2}\s?[ap]\.?m\b")


@lru_cache(maxsize=1)
def _verbs() -> tuple[re.Pattern[str], re.Pattern[str]]:
    def ending(kind: str) -> re.Pattern[str]:
        words = vocab.load("boilerplate")["comment_verbs"][kind]
        return re.compile(r"(?:^|\s)(?:" + "|".join(map(re.escape, words)) + r")\s*[:：]$")

    return ending("present"), ending("past")


def _comment_header(ln: Line) -> bool:
    """A commenter's header: "jane says:", "Jane on May 2, 2019 at 4:47 pm said:", or a
    bare timestamp with a clock time (the author's name then stands on the line above)."""
    key = ln.key
    if ln.words > 25 or not key:
        return False
    if key[-1] in ":：":
        present, past = _verbs()
        if ln.words <= 8 and present.search(key):
            return True
        # A commenter's header starts with the name; a story quoting a message log starts
        # with the time ("At 11:02 p.m., Harris wrote:", "On March 3 at 9:12, he wrote:").
        if key.startswith(_TIME_FIRST) or key[:1].isdigit():
            return False
        return past.search(key) is not None and _CLOCK.search(key) is not None
    return ln.words <= 10 and _CLOCK.search(key) is not None and is_timestamp(key, ln.words)


_TIME_FIRST = (
    "at ",
    "on ",
    "um ",
    "am ",
    "à ",
    "le ",
    "a las ",
    "el ",
    "às ",
    "em ",
    "alle ",
    "il ",
)


_H_CLOCK = re.compile(r"\d\s?h\s\d")


def _name_like(ln: Line) -> bool:
    return 1 <= ln.words <= 4 and not ln.terminal and not has_digit(ln.key)


@rule(
    "NC410",
    "comment-thread",
    where="tail",
    why="""Reader comments printed after the article are other people's text, not the
    article's. A thread is recognised by its structure, never by one line: commenter headers
    ("jane says:" over a timestamp, "Jane on May 2, 2019 at 4:47 pm said:", a name over a
    timestamp) close together, under a comments heading ("12 comments", "Leave a Reply",
    "Kommentare"), or at least three of them with clock times and either the "says:" form or
    reply links. Under a heading one comment is enough when it has a clock time and a reply
    link. Everything from the heading (or the first header) to the end of the document
    goes. A live blog's timestamped entries and a vox pop's "Maria, 34, says:" lack these
    marks and stay.""",
    removes=[
        "Harbour city approves new flood barrier\n"
        "The city council voted 31 to 8 on Thursday to build a movable barrier across the harbour mouth.\n"
        "Engineers expect the project to cost about 240 million euros and to take four years to finish.\n"
        "- 3 responses to “Harbour city approves new flood barrier”\n"
        "- harbourwatcher says:\n"
        "- November 19, 2019 at 6:34 am\n"
        "- About time they did something about the floods.\n"
        "- Reply\n"
        "- jkl88 says:\n"
        "- November 19, 2019 at 7:02 am\n"
        "- Too expensive, as usual.\n"
        "- Reply\n"
        "- Maria on November 19, 2019 at 9:15 am said:\n"
        "- Who pays for the maintenance?\n"
        "- Leave a Reply Cancel reply\n",
    ],
    keeps=[
        # A live blog: timestamped entries without any comment mark are the article.
        "Storm live: the latest on the flood barrier vote\n"
        "Follow our live coverage of the council debate and the vote on the harbour barrier.\n"
        "November 19, 2019 at 6:34 am\n"
        "The council has opened the session and the mayor is speaking about the barrier plan.\n"
        "November 19, 2019 at 7:02 am\n"
        "Opposition members say the cost estimate of 240 million euros is far too low.\n"
        "November 19, 2019 at 7:45 am\n"
        "The vote has passed by 31 to 8, and construction is expected to begin next spring.\n",
        # A vox pop: "says:" headers without timestamps are the article quoting people.
        "Harbour city approves new flood barrier\n"
        "We asked residents on the quay what they think of the barrier plan.\n"
        "Maria Lopez, 34, nurse, says:\n"
        "It is about time, my street flooded three times last winter alone.\n"
        "John Smith, 58, fisherman, says:\n"
        "The barrier will change the currents and nobody has asked us about it.\n"
        "Ana Petrova, 71, retired teacher, says:\n"
        "I will believe it when I see the first stone in the water, not before.\n",
        # Quotes introduced by "said:" are the article's own sentences.
        "Harbour city approves new flood barrier\n"
        "The city council voted 31 to 8 on Thursday to build a movable barrier across the harbour mouth.\n"
        "In a statement, the mayor said:\n"
        "We have waited too long for this decision and the city is grateful to the council.\n"
        "The opposition leader wrote:\n"
        "The cost will be paid by our grandchildren.\n"
        "An engineer on the project said:\n"
        "Work can start in the spring if the permits arrive on time.\n",
    ],
)
def comment_thread(doc: Document, cfg: Config) -> Iterator[Verdict]:
    lines, content = doc.lines, doc.content
    # Cheap pre-test: every header has a colon, at its end ("jane says:") or in its clock time
    # ("6:34 am"), or a French clock ("18 h 04"); substring tests first, as they are ~50x
    # cheaper than the clock pattern.
    candidates = [
        p
        for p, i in enumerate(content)
        if lines[i].words <= 25
        and (
            ":" in lines[i].key
            or "：" in lines[i].key
            or (" h " in lines[i].key and _H_CLOCK.search(lines[i].key))
        )
    ]
    if not candidates:
        return
    headers = [p for p in candidates if _comment_header(lines[content[p]])]
    threads = _group(headers)
    if not threads:
        return
    heading = vocab.line_matcher((("boilerplate", "comment_headings"),))
    reply = vocab.line_matcher((("boilerplate", "reply_labels"),))
    for group in threads:
        first = group[0]
        says = sum(1 for p in group if lines[content[p]].key[-1] in ":：")
        replies = sum(
            1
            for p in range(first, min(len(content), group[-1] + 12))
            if lines[content[p]].words <= 4 and reply.fullmatch(lines[content[p]].label)
        )
        head = next(
            (
                p
                for p in range(first - 1, max(-1, first - 7), -1)
                if lines[content[p]].words <= 40
                and heading.fullmatch(_heading_key(lines[content[p]].key))
            ),
            None,
        )
        # Without a heading, three comments with a clock time in their header and either the
        # "says:" form or reply links; a vox pop ("Maria, 34, says:") has no clock times.
        stamped = sum(
            1
            for p in group
            if _CLOCK.search(lines[content[p]].key)
            or (p + 1 < len(content) and _CLOCK.search(lines[content[p + 1]].key))
        )
        if head is None and (stamped < 3 or (says < 3 and replies < 2)):
            continue
        if len(group) < 2 and (
            head is None or not stamped or not replies or content[head] < doc.body_end
        ):
            # One comment: only under a comments heading after the article's body, stamped,
            # with its reply link (a "Discussion" subheading quoting one reader, with more of
            # the article after it, is the article's).
            continue
        start = head if head is not None else first
        bare_stamp = lines[content[first]].key[-1] not in ":："
        if head is None and bare_stamp and first > 0 and _name_like(lines[content[first - 1]]):
            start = first - 1  # the author's name above a bare timestamp
        # The article must come first: some prose before the thread, and not the title line.
        if sum(1 for i in content[:start] if lines[i].prose) < 2:
            continue
        n = len(group)
        reason = (
            f"reader-comment thread from line {content[start] + 1} ({n} comment{'s' * (n > 1)})"
        )
        for i in content[start:]:
            if i != doc.title_index:
                yield Verdict(i, reason, strong=True)
        return


def _heading_key(key: str) -> str:
    # "34 responses to “Anthony Lynn: …”": the quoted title may hold anything.
    return key.rstrip(" :.…")


def _group(headers: list[int]) -> list[list[int]]:
    """Headers (content positions) grouped into threads: comments are at most 15 content lines
    apart, and a header directly under another is that comment's second header line ("jane
    says:" over its timestamp). Each group is a thread candidate, however small: the caller
    asks more of a lone comment than of two."""
    threads = []
    for run in _gap_runs(headers, 15, 1):
        threads.append([p for k, p in enumerate(run) if k == 0 or p - run[k - 1] > 1])
    return threads


def _gap_runs(positions: list[int], max_gap: int, min_len: int) -> list[list[int]]:
    """Sorted positions split where two neighbours are more than ``max_gap`` apart; the runs
    of at least ``min_len`` positions."""
    runs: list[list[int]] = []
    for p in positions:
        if runs and p - runs[-1][-1] <= max_gap:
            runs[-1].append(p)
        else:
            runs.append([p])
    return [r for r in runs if len(r) >= min_len]


# "13 hours ago", "vor 2 Stunden", "il y a 3 jours": the age of a teaser, never a body date.
_AGO = re.compile(
    r"(?:\d+|an?|one)\s+(?:sec(?:ond)?|min(?:ute)?|hour|hr|day|week|month|year)s?\s+ago"
    r"|vor\s+\d+\s+(?:sekunden|minuten|stunden|tagen|wochen|monaten)"
    r"|il y a\s+\d+\s+(?:secondes?|minutes?|heures?|jours?|semaines?|mois)"
    r"|hace\s+\d+\s+(?:segundos?|minutos?|horas?|días?|semanas?|meses)"
    r"|há\s+\d+\s+(?:segundos?|minutos?|horas?|dias?|semanas?|meses)"
    r"|\d+\s+(?:secondi|minuti|ore|giorni|settimane|mesi)\s+fa"
    r"|\d+\s+(?:секунд|минут|час|дн|недел|месяц)\w*\s+назад"
    r"|\d+\s+(?:detik|menit|jam|hari|minggu|bulan)\s+(?:yang\s+)?lalu"
    r"|\d+\s+(?:giây|phút|giờ|ngày|tuần|tháng)\s+trước"
    r"|\d+\s*(?:秒|分钟|小时|天|周|个月)前"
)


_AGO_END = re.compile(rf"(?:^|\s)(?:{_AGO.pattern})$")
# A teaser's byline with its age: "By Maren Estrada 2 days ago", "von Anna Berg vor 2 Stunden".
_BY_AGO = re.compile(r"(?:by|von|par|por|di|przez|oleh|bởi|автор)\s+\S")

# "4 diggs Video", "12 comments", "3 min read": a teaser's engagement counter or reading time.
_COUNTER = re.compile(
    r"\d[\d,.]*k?\s+(?:diggs?|comments?|shares?"
    r"|min(?:ute)?s?\s+read|kommentare?|commentaires?|comentarios?|comentários?|commenti"
    r"|комментари\w*|komentarz\w*|komentar|bình luận|条评论)(?!\w)"
)


def _card_marker(ln: Line) -> str | None:
    """The part of a teaser card that repeats from card to card: a section kicker ("Company
    Town"), the teaser's age ("13 hours ago") or its counter ("4 diggs Video"). Speaker labels
    ("Q:") and other numbers are not."""
    if ln.words > 8 or ln.key[-1:] in ":：" or sum(c.isalpha() for c in ln.key) < 3:
        return None  # "CB", "S": table codes
    if has_digit(ln.key):
        if _AGO_END.search(ln.key) and (ln.words <= 4 or _BY_AGO.match(ln.key)):
            return "<age>"  # "2 days ago", "By Maren Estrada 2 days ago"
        return "<count>" if ln.words <= 6 and _COUNTER.match(ln.key) else None
    return ln.key if ln.words <= 4 else None


@rule(
    "NC411",
    "teaser-cards",
    where="tail",
    why="""After the article, a recirculation module lists other stories as cards: a section
    kicker or the story's age ("Company Town", "13 hours ago"), a headline, sometimes a blurb
    and an alt text. No heading may announce it, but the kicker recurring at short, regular
    intervals with headlines between is the signature. Only lines after the main body block
    are judged, the marker must recur at least three times, and speaker labels ("Q:") and
    dates ("March 2011", a timeline) are never markers.""",
    removes=[
        "Harbour city approves new flood barrier\n"
        "The city council voted 31 to 8 on Thursday to build a movable barrier across the harbour mouth.\n"
        "Engineers expect the project to cost about 240 million euros and to take four years to finish.\n"
        "Opponents said they would challenge the decision in court, and a referendum may follow.\n"
        "- Storm surge closes ferry terminal for a third day\n"
        "- 13 hours ago\n"
        "- Library reopens ground floor after flood repairs\n"
        "- 15 hours ago\n"
        "- Council election: what the parties promise on flood defences\n"
        "- 1 day ago\n"
        "- Old town shops count the cost of a wet winter\n"
        "- 2 days ago\n",
    ],
    keeps=[
        "Harbour city approves new flood barrier\n"
        "The city council voted 31 to 8 on Thursday to build a movable barrier across the harbour mouth.\n"
        "Engineers expect the project to cost about 240 million euros and to take four years to finish.\n"
        "Q:\n"
        "When will the work start?\n"
        "A:\n"
        "Next spring, if the permits arrive on time.\n"
        "Q:\n"
        "Who pays for it?\n"
        "A:\n"
        "The city, the region and, we hope, the European Union.\n",
    ],
)
def teaser_cards(doc: Document, cfg: Config) -> Iterator[Verdict]:
    lines = doc.lines
    tail = doc.content_between(doc.body_end - 1, len(lines))
    if len(tail) < 6:
        return
    seen: dict[str, list[int]] = {}
    for p, i in enumerate(tail):
        m = _card_marker(lines[i])
        if m is not None:
            seen.setdefault(m, []).append(p)
    cut: set[int] = set()
    for marks in seen.values():
        for run in _gap_runs(marks, 6, 3):  # a marker at least three times, cards close
            # Most cards hold a headline (one may be short or mostly numbers); table rows and
            # address lists hold none. A card is the stretch between two markers, plus the
            # first card's lines above its marker or the last card's below it.
            period = max(b - a for a, b in pairwise(run))

            def headed(a: int, b: int) -> bool:
                return any(_headline(lines[tail[q]]) for q in range(max(a, 0), min(b, len(tail))))

            cards = sum(1 for a, b in pairwise(run) if headed(a + 1, b))
            cards += headed(run[0] - period + 1, run[0]) or headed(run[-1] + 1, run[-1] + period)
            if 2 * cards <= len(run):
                continue
            # Entries that hold sentences are text: a live blog's updates under their age, an
            # interview's answers under the speaker's name. Teaser cards hold headlines.
            told = sum(
                1 for a, b in pairwise(run) if any(lines[tail[q]].prose for q in range(a + 1, b))
            )
            if 2 * told >= len(run) - 1:
                continue
            lo = run[0]
            while (
                lo > 0
                and run[0] - lo < period - 1
                and not lines[tail[lo - 1]].prose
                and not announces(lines[tail[lo - 1]])
            ):
                lo -= 1  # the first card's lines above its marker
            if announced(doc, tail[lo]):
                continue  # "The six books on the shortlist are:" announces the article's list
            hi = min(len(tail), run[-1] + period)
            cut.update(range(lo, hi))
    for p in sorted(cut):
        i = tail[p]
        ln = lines[i]
        reason = "part of a list of teaser cards after the article"
        if ln.words >= 4 and not ln.prose:
            yield Verdict(i, reason, role="related")
        else:
            yield Verdict(i, reason)


def _headline(ln: Line) -> bool:
    """Five to thirty words, four of them words of letters (not a phone number or an address
    line), starting with a letter or a number ("10 things ..."), not ending in a full stop."""
    t = ln.text
    return (
        5 <= ln.words <= 30
        and t[:1].isalnum()
        and not t.rstrip("'\"”’)").endswith(".")
        and sum(1 for w in t.split() if w.isalpha()) >= 4
    )
