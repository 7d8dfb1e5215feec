"""NC5xx: metadata. Bylines, datelines and timestamps, reading time; moved to Result.byline."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache
from itertools import pairwise

from newsclean.config import Config
from newsclean.document import Document, Line, count_words, has_cjk, match_key, trim_label
from newsclean.rules import vocab
from newsclean.rules.registry import Verdict, rule
from newsclean.rules.signals import (
    credit_labels,
    has_digit,
    is_breadcrumb,
    looks_like_label,
    under_labels,
)

_MONTHS = (
    r"jan(?:uary|uar|vier|eiro|naio)?|feb(?:ruary|ruar)?|f[ée]v(?:rier)?|fev(?:ereiro)?|mar(?:ch|z|s|zo|ço)?|"
    r"märz|apr(?:il|ile)?|avr(?:il)?|abr(?:il)?|may|mai|mayo|maio|maggio|jun(?:e|i|io|ho)?|juin|giugno|"
    r"jul(?:y|i|io|ho)?|juil(?:let)?|luglio|aug(?:ust)?|ao[uû]t|ago(?:sto)?|sep(?:t|tember|tembre|tiembre|iembre)?|"
    r"set(?:embro|tembre)?|oct(?:ober|obre|ubre)?|okt(?:ober)?|out(?:ubro)?|ott(?:obre)?|nov(?:ember|embre|iembre|embro)?|"
    r"dec(?:ember)?|dez(?:ember|embro)?|d[ée]c(?:embre)?|dic(?:iembre|embre)?|"
    r"stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia|"
    r"januari|februari|maret|juni|juli|agustus|oktober|desember|"
    r"января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|tháng"
)
_DATE_TOKEN = re.compile(
    rf"\b(?:\d{{1,4}}[./-]\d{{1,2}}[./-]\d{{1,4}}|\d{{1,2}}(?::\d{{2}}(?::\d{{2}})?|\s?h\s?\d{{2}})|\d{{1,2}}(?:st|nd|rd|th)?|"
    rf"(?:19|20)\d\d|{_MONTHS})\b\.?,?|\d{{4}}年\d{{1,2}}月\d{{1,2}}日|\d{{1,2}}月\d{{1,2}}日|\d{{1,2}}時\d{{1,2}}分",
)
_WEEKDAY = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|"
    r"thurs|fri|sat|sun)\b\.?,?|\b(?:montag|dienstag|mittwoch|donnerstag|"
    r"freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|"
    r"viernes|sábado|domingo|segunda|terça|quarta|quinta|sexta|feira|lunedì|martedì|mercoledì|giovedì|venerdì|"
    r"sabato|domenica|poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela|senin|selasa|rabu|kamis|jumat|"
    r"sabtu|minggu|thứ|chủ nhật|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)\b,?",
)


@lru_cache(maxsize=1)
def _date_words() -> frozenset[str]:
    return frozenset(vocab.words("metadata", "date_words"))


# is_timestamp's own first test, done inline where it is asked of most short lines.
_digit = re.compile(r"\d").search
_STAMP_SPLIT = re.compile(r"[\s,|:·•()\-–—/]+")
_NAME_SPLIT = re.compile(r"[\s,;&]+")


def is_timestamp(key: str, words: int) -> bool:
    """Mostly a date or time: at most two words left once date parts and date words go."""
    if words > 14 or not has_digit(key):
        return False
    # The tests before the last line can only rule a key out, so their order is free: the
    # cheap year/time test goes first, and the many lines with a number but no year or time
    # ("Top 10 ...", "3 comments") skip the two substitutions over the whole key.
    if _STAMP_WORD.match(key) is None and not _YEAR_OR_TIME.search(key):
        return False  # "March 15" alone may be a subheading; a stamp has a year or a time
    left = _undated_words(key)
    if len(left) > 2 or _STRONG_DATE.search(key) is None:
        return False
    if not _life_events().isdisjoint(left):
        return False  # "Born 4 June 1946": a life date in an obituary, not the page's stamp
    if _SEASON.fullmatch(key) or _SPAN.search(key):
        return False  # "2025/26", "4 June 1946 – 2 March 2026": a season, a lifespan
    years = _YEAR.findall(key)
    if years and max(years) < "1995" and _STAMP_WORD.match(key) is None:
        return False  # "12 March 1916, 6am": a diary's date; no web page was stamped then
    return len(_DATE_TOKEN.findall(key)) >= 2 or _STAMP_WORD.match(key) is not None


def _undated_words(key: str) -> list[str]:
    """The words of ``key`` that are no date part, date word or weekday."""
    rest = _WEEKDAY.sub(" ", _DATE_TOKEN.sub(" ", key))
    dw = _date_words()
    return [w for w in _STAMP_SPLIT.split(rest) if w and w.strip(".") not in dw and w not in dw]


def is_stamp_line(key: str, words: int) -> bool:
    """Nothing but a publication stamp: a timestamp that opens with a publication word
    ("Updated : Nov 20, 2019 01:41 PM IST", "Published 1 day ago") or has no other word
    ("Wednesday 20 November 2019 9:22 am"). A headline with a date in it ("March 2024 jobs report", "Top 10 2024
    films") has other words, which a timestamp may carry ("Reuters Nov 18, 2019")."""
    if _STAMP_WORD.match(key) is not None:
        # "Updated 14:32 GMT", "Published 1 day ago"; not "Published 60 years ago, Silent
        # Spring still shapes the climate debate".
        return is_timestamp(key, words) or (words <= 6 and key.endswith(" ago"))
    return is_timestamp(key, words) and not _undated_words(key)


def is_stamp_like(ln: Line) -> bool:
    """A publication date or an "Updated …" line: the head's, never its headline."""
    return has_digit(ln.key) and is_stamp_line(ln.key, ln.words)


def is_kicker_like(ln: Line) -> bool:
    """What may stand over a headline: a few words without a figure or a sentence end that
    are no media label ("Company Town", "Dubai Airshow"), an ad or share label, a trail or a
    timestamp. Not an image's name or a player's placeholder: a media block starts there."""
    if is_breadcrumb(ln) or is_stamp_like(ln) or _OVER_HEADLINE.fullmatch(ln.label or ln.key):
        return True
    return ln.words <= 3 and not ln.terminal and not has_digit(ln.key) and not looks_like_label(ln)


_OVER_HEADLINE = vocab.line_matcher((("boilerplate", "ads"), ("boilerplate", "share")))


def _line_is_timestamp(doc: Document, ln: Line) -> bool:
    """``is_timestamp`` of a line, worked out once per key for all rules and passes over one
    article (NC501 asks it of the line below a name, NC502 of the line itself). A line's word
    count is a function of its key, so the key alone names the answer."""
    seen = doc.carried("is_timestamp")
    hit = seen.get(ln.key)
    if hit is None:
        hit = seen[ln.key] = is_timestamp(ln.key, ln.words)
    return bool(hit)


@cache
def _life_events() -> frozenset[str]:
    return frozenset(vocab.words("metadata", "life_events"))


# At least one unambiguous date part: a month, a year, a clock time or a numeric date.
_STRONG_DATE = re.compile(
    rf"\b(?:{_MONTHS})\b|\b(?:19|20)\d\d\b|\b\d{{1,2}}[:h]\d{{2}}\b|\b\d{{1,2}}(?::\d{{2}})?\s?[ap]\.?m\b|"
    r"\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b|\d+[年月日]",
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# A lifespan or a period: "4 June 1946 – 2 March 2026", "Edith Barnes, 1917–2026".
_SPAN = re.compile(
    r"\b(?:19|20)\d\d\b.*\s[-–—]\s.*\b(?:19|20)\d\d\b"
    r"|\b(?:19|20)\d\d[–—-](?:19|20)\d\d\b(?![./-]\d)"
)
_SEASON = re.compile(r"(?:19|20)\d\d\s?[/–-]\s?(?:\d\d|(?:19|20)\d\d)")
_YEAR_OR_TIME = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}(?:[:h]|\s?h\s)\d{2}\b|\d{4}年")
_STAMP_WORD = re.compile(
    r"^(?:published|updated|last updated|posted|modified|veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado|atualizado|pubblicato|aggiornato|opublikowano|diperbarui|cập nhật|опубликовано|обновлено|发布|更新)\b"
)


@lru_cache(maxsize=1)
def _byline() -> re.Pattern[str]:
    prefixes = "|".join(
        sorted(map(re.escape, vocab.words("metadata", "byline_prefixes")), key=len, reverse=True)
    )
    return re.compile(
        rf"(?:{prefixes})(?:\s*[:：/]\s*|\s+)(?P<name>\S.{{0,100}})|(?:{prefixes})", re.IGNORECASE
    )


def _listed_dates(doc: Document) -> frozenset[int]:
    """Dates in the head that belong to a list: two or more bare dates (no "Published" or
    "Updated") with other lines between them, below a sentence, are a fixture list or a
    timetable ("Here are the ties." / "Westbay v Harbour Town" / "Saturday 14 March 2026,
    15:00" / "Kingsbridge v Eastport" / ...). A page has one stamp, or a published and an
    updated one, labelled or side by side."""

    def build() -> frozenset[int]:
        zone = _head_zone(doc)
        dates = [
            i
            for i in doc.short
            if i < zone
            and i != doc.title_index
            and not doc.lines[i].prose
            and _digit(doc.lines[i].key)
            and _line_is_timestamp(doc, doc.lines[i])
            and _STAMP_WORD.match(doc.lines[i].key) is None
        ]
        if len(dates) < 2:
            return frozenset()
        nxt = doc.neighbours[0]
        apart = any(nxt.get(a) != b for a, b in pairwise(dates))
        # The article has begun above the list ("Here are the ties."); a list of dated
        # teasers under a menu ("MORE STORIES LIKE THIS ONE") has no sentence above it.
        lines = doc.lines
        begun = any(
            lines[i].words >= 2 and lines[i].text.rstrip()[-1:] in ".!?:…。！？："
            for i in doc.content_between(-1, dates[0])
            if i != doc.title_index
        )
        return frozenset(dates) if apart and begun else frozenset()

    return doc.memo("listed-dates", build)


def _head_zone(doc: Document) -> int:
    """Lines before this index are the article head: everything before the first paragraph.
    A standfirst set above the byline or the date ("<summary sentence.>" / "By Helen Marsh")
    belongs to the head; the first paragraph comes after them."""
    return doc.memo("head_zone", _find_head_end, doc)


def _find_head_end(doc: Document) -> int:
    standfirsts = 0
    for i in doc.content:
        ln = doc.lines[i]
        if i >= doc.body_start and ln.prose and ln.words >= 10:
            if standfirsts < 1 and _byline_under(doc, i):
                standfirsts += 1
                continue
            return i
    return doc.body_end


def _byline_under(doc: Document, i: int) -> bool:
    """A byline in the two lines under line ``i`` ("By Helen Marsh", maybe under the date).
    A date alone says less: a live blog's entries open with one."""
    n = doc.next_content(i)
    for _ in range(2):
        if n is None:
            return False
        if is_byline_line(doc.lines[n]):
            return True
        n = doc.next_content(n)
    return False


@rule(
    "NC501",
    "byline",
    where="head",
    why="""The author line at the head ("By Jane Doe", "Von Max Muster", "Por María López",
    "By JERUSALEM POST STAFF") is metadata, not body; it moves to Result.byline, also when it
    shares its line with the publication date ("By Jane Doe | Updated Nov 13, 2019"), when
    it is a name over a role ("Jane Doe" / "Contributing Writer"), or a bare name between the
    date and the first paragraph. Only short lines in the
    head, so a sentence starting with "By" in the body stays.""",
    removes=[
        "By Jane Doe",
        "By JERUSALEM POST STAFF",
        "Von Max Mustermann",
        "Por María López",
        "Par Jean Dupont",
        "By Jane Doe, Reuters",
        "Oleh Budi Santoso",
        "Автор: Иван Петров",
        "By",
        "By Jane Doe | Updated Nov 13, 2019, 10:28am EST",
        "By Jane Doe November 19, 2019, 07:47 PM EST",
        "Monday November 18, 2019 7:45 am PST by Jane Doe",
        "New Delhi, Harbour News Bureau | Updated : 19 November 2019, 09:01 AM",
        "Jane Doe, Staff Reporter",
        "Posted by Jane Doe on November 19, 2019, 6:21 AM EST",
        "Written by Jane Doe, MS, RD on November 14, 2019",
    ],
    keeps=[
        "By Tuesday, the river had risen three metres above its normal level, officials said.",
        "By the numbers",
        "By November 19, 2019, the council had approved the plan.",
        "By 2030 | Half of all cars electric",
    ],
)
def byline(doc: Document, cfg: Config) -> Iterator[Verdict]:
    pat = _byline()
    zone = _head_zone(doc)
    # An author box without "By" stands above the text; a name over a role after an intro
    # sentence is a person the article is about (a judge, an obituary's subject).
    lines = doc.lines
    first_prose = next((i for i in doc.content if lines[i].prose), len(lines))
    done: set[int] = set()
    for i in doc.short:
        if i >= zone:
            break
        ln = doc.lines[i]
        if ln.words > 10 or (ln.terminal and ln.words > 3) or i == doc.title_index:
            continue
        m = pat.fullmatch(ln.text)
        if not m:
            n = doc.next_content(i)
            if (
                n is not None
                and ln.words <= 8
                # One word in the headline's place over the date is a headline ("Rain").
                and (ln.words > 1 or not under_labels(doc, i))
                and not ln.terminal
                # The date test first: most lines are name-like, few stand above a date.
                and _digit(doc.lines[n].key)
                and _line_is_timestamp(doc, doc.lines[n])
                and _name_like(ln.text)
                and n not in _listed_dates(doc)
            ):
                # "Tom Davies Associated Press" right above "Published 11:34 PM EST ...".
                done.add(i)
                yield Verdict(i, "author line above the publication date", role="byline")
            elif (
                ln.words <= 4
                and n is not None
                and n < min(zone, first_prose)
                and not ln.terminal
                and doc.lines[n].words <= 6
                and _role_line(doc.lines[n].key)
                and _name_like(ln.text)
            ):
                # "Carrie Arnold" over "Contributing Writer": the author box at the head.
                done.update((i, n))
                yield Verdict(i, "author name above their role", role="byline")
                yield Verdict(n, "the author's role under their name", role="byline")
            elif ln.words <= 8 and i < first_prose and not ln.terminal and _name_with_role(ln.text):
                done.add(i)
                yield Verdict(i, "author name with their role", role="byline")
            elif _name_under_stamp(doc, i, n):
                # "15.03.2026, 20:10" over "Tomasz Lewandowski" over the first paragraph.
                done.add(i)
                yield Verdict(i, "author name under the publication date", role="byline")
            continue
        name = m.group("name") or ""
        if not name or _author_name(name):
            done.add(i)
            yield Verdict(i, "author byline", role="byline")
    # Byline and date on one line: "By Jane Doe | Updated Nov 13, 2019, 10:28am EST".
    for i in doc.medium:
        if i >= zone:
            break
        ln = doc.lines[i]
        if i in done or not 4 <= ln.words <= 25 or i == doc.title_index:
            continue
        if doc.per_text(byline_and_date, ln.text):
            yield Verdict(i, "author byline with the publication date", role="byline")


_SEPARATOR = re.compile(r"\s*[|·•]\s*|\s+[-–—]\s+")
_BY_AFTER = re.compile(r"\s(?=by\s)", re.IGNORECASE)


def _name_under_stamp(doc: Document, i: int, n: int | None) -> bool:
    """A bare name of two to four words right under the publication date and right over the
    first paragraph: the author, as some sites print them."""
    ln = doc.lines[i]
    if not (2 <= ln.words <= 4 and not ln.terminal and n is not None and doc.lines[n].prose):
        return False
    p = doc.prev_content(i)
    return (
        p is not None
        and _digit(doc.lines[p].key) is not None
        and _line_is_timestamp(doc, doc.lines[p])
        and _name_like(ln.text)
        and not _digit(ln.key)
        # "Bookmark and Share", "Share Tweet", "Komentar ISIS": widget words name no one.
        and not any(_SHARE.fullmatch(w) for w in ln.key.split())
    )


_SHARE = vocab.line_matcher((("boilerplate", "share"),))


def byline_and_date(text: str) -> bool:
    """A head line made only of an author part and a timestamp part, in either order, with
    or without a separator: "By A B | Reuters | Updated 10:28am", "Monday
    November 18, 2019 7:45 am PST by Joe Rossignol", "By A B November 19, 2019, 07:47 PM",
    "Written by A B, MS, RD on November 14, 2019"."""
    if not has_digit(text):
        return False
    pat = _byline()
    parts = [p for p in _SEPARATOR.split(text) if p]
    if len(parts) > 1 and _author_and_stamp(parts, pat):
        return True
    # No separator, or one that is part of a name ("A B - Reuters"): "<date> by Name", then
    # the shortest byline whose remainder is a timestamp. Each way of splitting is tried in
    # turn: "Written by A B on <date>" splits before "by" no better than not at all.
    by_after = [p for p in _BY_AFTER.split(text) if p]
    if len(by_after) > 1 and _is_byline(by_after[-1], pat) and _author_and_stamp(by_after, pat):
        return True  # the part from "by" on names the author ("by hand on 12 March" names none)
    rest = _split_byline_date(text, pat)
    return len(rest) > 1 and _author_and_stamp(rest, pat)


def _stamp_part(part: str) -> bool:
    key = match_key(part)
    return is_timestamp(key, count_words(part)) or _bare_date(key)


def _author_and_stamp(parts: list[str], pat: re.Pattern[str]) -> bool:
    """Every part is a byline, a timestamp or a name, with a timestamp and an author among
    them."""
    # Each part judged once (both tests are pure): is it a timestamp, is it a byline. Beside
    # an author a bare numeric date is the stamp too ("By admin - 2018-09-16").
    kinds = [(_stamp_part(p), _is_byline(p, pat)) for p in parts]
    stamps = sum(1 for stamp, _ in kinds if stamp)
    bylines = sum(1 for _, by in kinds if by)
    others = len(parts) - stamps - bylines
    return (
        stamps >= 1
        and (bylines >= 1 or (others == 1 and stamps == len(parts) - 1))
        # A part that says "By" and names no one ("By Friday") is no name either.
        and all(
            by or stamp or (_name_like(p) and p[:3].casefold() != "by ")
            for p, (stamp, by) in zip(parts, kinds, strict=True)
        )
    )


def is_byline_line(ln: Line) -> bool:
    """The whole line is a byline ("By Helen Marsh", "Von Max Muster", "Par Marie Dupont")."""
    return ln.words <= 8 and _is_byline(ln.text, _byline())


def _is_byline(part: str, pat: re.Pattern[str]) -> bool:
    m = pat.fullmatch(part.strip())
    return m is not None and bool(m.group("name")) and _author_name(m.group("name") or "")


def _author_name(name: str) -> bool:
    """What follows "By": a name, or the account a CMS signs with by default ("By admin");
    not a day ("By Friday", "By March": a deadline)."""
    key = name.strip().casefold()
    if _WHEN.fullmatch(key):
        return False
    return _name_like(name) or key in _CMS_ACCOUNTS


_WHEN = re.compile(rf"(?:{_WEEKDAY.pattern}|(?:{_MONTHS})\b\.?,?)")


# Default author accounts of blog and newsroom software, lowercase as they are printed.
_CMS_ACCOUNTS = frozenset(["admin", "administrator", "editor", "webmaster", "redaksi", "redazione"])


def _split_byline_date(text: str, pat: re.Pattern[str]) -> list[str]:
    """ "By A B November 19, 2019" -> ["By A B", "November 19, 2019"]: the shortest byline
    whose remainder is a timestamp."""
    words = text.split()
    for k in range(2, min(len(words), 8)):
        head, rest = " ".join(words[:k]), " ".join(words[k:])
        if _is_byline(head, pat) and is_timestamp(match_key(rest), len(words) - k):
            return [head, rest]
    return [text]


def _role_line(key: str) -> bool:
    """A journalist's role on its own ("Contributing Writer", "Redakteurin", "记者")."""
    return len(key) <= 50 and _ROLES.fullmatch(key)


_ROLES = vocab.line_matcher((("metadata", "author_roles"),))


_NAME_ROLE = re.compile(r"\s*[,|]\s*|\s+[-–—]\s+")  # "Jean-Pierre" is one name


def _name_with_role(text: str) -> bool:
    """ "Jane Doe, Staff Reporter": a name and a role on one line."""
    if not ("," in text or "|" in text or " – " in text or " — " in text or " - " in text):
        return False  # no separator (most head lines): spare the split
    parts = _NAME_ROLE.split(text.strip(), maxsplit=1)
    return (
        len(parts) == 2
        and _name_like(parts[0])
        and len(parts[0].split()) <= 4
        and _role_line(match_key(parts[1]))
    )


def _name_like(s: str) -> bool:
    words = [w for w in _NAME_SPLIT.split(s) if w]
    if not words or len(words) > 9:
        return False
    # Some character is upper- or lowercase; in ASCII exactly when a letter is there, which
    # upper() and lower() then tell apart without a loop over the characters.
    if (s.upper() == s.lower()) if s.isascii() else not any(c.isupper() or c.islower() for c in s):
        return _caseless_name_like(s)
    if any(w in _LINKING for w in words):
        return False  # "Von Mallorca nach Berlin": a phrase, not a name
    if ": " in s and any(_labelled_title(part) for part in _SEPARATOR.split(s)):
        return False  # "Minnesord: Gunnar Holm", "Letters: The bypass …": a label and a title
    # The name is what comes before a comma: "Hugo Marchand, urbaniste" has a role after it.
    named = [w for w in _NAME_SPLIT.split(s.split(",", 1)[0]) if w] or words
    last = next((w.strip(_WORD_PUNCT) for w in reversed(named) if _LETTER.search(w)), "")
    if last and not (last[:1].isupper() or last.lower() in _NAME_TAILS):
        return False  # a name ends in a capitalised surname; "Key points" is a heading
    caps = sum(
        1
        for w in words
        if w[:1].isupper()
        or w.lower() in {"and", "und", "et", "y", "e", "i", "dan", "и", "và", "staff"}
    )
    return caps >= len(words) - 1 and words[0][:1].isupper()


def _labelled_title(part: str) -> bool:
    """ "Label: two words or more" where the label is no journalist's role or byline word:
    a section's label over a title, not "Editor: Ketut Wirawan" or "Penulis: Made Suarsana"."""
    label, colon, rest = part.partition(": ")
    key = match_key(label)
    return (
        bool(colon)
        and len(rest.split()) >= 2
        and not _role_line(key)
        and not _byline().fullmatch(label.strip())
        and key not in credit_labels()  # "Texto: Rui Gaspar | Fotografia: Sara Mota"
    )


def _caseless_name_like(s: str) -> bool:
    """A name line in a script without case (Chinese, Japanese): short pieces of a few
    characters, after at most a short label ("作者：", "本报记者"), with no digit and no
    sentence punctuation. A headline has none of these limits ("中超第5轮：上海海港客场2比1取胜").

    >>> _caseless_name_like("新华社记者 李明 王芳"), _caseless_name_like("作者：张三")
    (True, True)
    >>> _caseless_name_like("专访作家林晓：写小城，就是写中国")
    False
    """
    s = _CJK_ASIDE.sub("", s)  # "张三（北京大学教授）": the affiliation in brackets
    if len(s) > 20 or has_digit(s) or _CJK_SENTENCE_MARKS.search(s):
        return False
    label, colon, rest = s.replace("：", ":").partition(":")
    if colon and len(label.strip()) > 4:
        return False
    pieces = [p for p in _NAME_PIECES.split(rest if colon else s) if p]
    return bool(pieces) and all(len(p) <= 7 for p in pieces)


_CJK_ASIDE = re.compile(r"（[^）]{0,30}）|\([^)]{0,30}\)")
_CJK_SENTENCE_MARKS = re.compile(r"[，。！？；…《》「」『』“”!?;]")
_NAME_PIECES = re.compile(r"[\s、,/·]+")


_LETTER = re.compile(r"[^\W\d_]")
_WORD_PUNCT = "()[]{}\"'“”‘’«».,;:-–—/|"
# Lowercase words a name line may end in ("Jane Doe and staff", "Anna Berg jr.").
_NAME_TAILS = frozenset(["staff", "jr", "jr.", "sr", "sr."])

# Lowercase prepositions that join the words of a phrase but never the parts of a name (name
# particles such as "von", "der", "de", "da", "van" are not among them).
_LINKING = frozenset(
    [
        "nach",
        "aus",
        "zum",
        "zur",
        "für",
        "mit",
        "über",
        "from",
        "into",
        "with",
        "the",
        "for",
        "sur",
        "pour",
        "avec",
        "dans",
        "para",
        "con",
        "hacia",
        "sobre",
        "nel",
        "nella",
        "dalla",
        "verso",
    ]
)


@rule(
    "NC502",
    "dateline",
    where="head",
    why="""Publication timestamps ("Published 11:11 PM EST Nov 19, 2019", "20 Nov, 2019 05:47",
    "Updated at 1:23 p.m.") on a line of their own are page metadata. At the head they move to
    Result.byline; the same line repeated at the end goes too. Sentences with dates stay, and
    so do dates that are no page's stamp: two or more bare dates in a list under a sentence (a
    fixture list, a timetable), life dates ("Born 4 June 1946", "1946 – 2026"), dates before
    the web without a "Published" label, and season years ("2025/26").""",
    removes=[
        "Published 11:11 PM EST Nov 19, 2019",
        "20 Nov, 2019 05:47",
        "Updated at 1:23 p.m.",
        "sexta-feira, 22 de outubro de 2010 às 20:13",
        "2019-11-20 14:35:08",
        "Veröffentlicht am 19.11.2019 um 14:03 Uhr",
        "Опубликовано 20 ноября 2019, 10:15",
        "PUBLISHED: November 19, 2019 at 8:59 pm | UPDATED: November 19, 2019 at 10:16 pm",
    ],
    keeps=[
        "On Nov 19, 2019, the court ruled against the company, citing a 2015 precedent.",
        "2019 Honda Civic",
        "March 15",
    ],
)
def dateline(doc: Document, cfg: Config) -> Iterator[Verdict]:
    zone = _head_zone(doc)
    done: set[int] = set()
    for i in doc.short:
        ln = doc.lines[i]
        if ln.words > 14 or ln.prose or i == doc.title_index:
            continue
        in_tail = i >= doc.body_end and (
            _STAMP_WORD.match(ln.key) is not None or doc.key_counts[ln.key] > 1
        )
        if (
            (i < zone or in_tail)
            and _digit(ln.key)
            and (
                _line_is_timestamp(doc, ln)
                or (i < zone and _bare_date(ln.key))
                # "Nov. 19, 2019" over "5:50 PM": the stamp's time on a line of its own.
                or (i < zone and doc.prev_content(i) in done and _CLOCK.fullmatch(ln.key))
            )
            and i not in _listed_dates(doc)
        ):
            done.add(i)
            yield Verdict(i, "publication date or time", role="byline" if i < zone else None)
    for i in doc.medium:
        if i >= zone:
            break
        ln = doc.lines[i]
        if i in done or ln.words > 30 or ln.prose or i == doc.title_index:
            continue
        if doc.per_text(_all_stamps, ln.text):
            yield Verdict(i, "publication and update times", role="byline")


_CLOCK = re.compile(r"\d{1,2}[:.h]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s[a-z]{2,4})?")


def _bare_date(key: str) -> bool:
    """A numeric date of this web's time alone on a line ("12.03.2026", "2026-03-12"): in the
    head it is the page's stamp; elsewhere it may head a diary's or a live blog's entry.

    >>> _bare_date("12.03.2026"), _bare_date("2026-03-12"), _bare_date("12.03.1916")
    (True, True, False)
    """
    m = _NUMERIC_DATE.fullmatch(key)
    return m is not None and (m.group(1) or m.group(2)) >= "1995"


_NUMERIC_DATE = re.compile(
    r"\d{1,2}[./-]\d{1,2}[./-]((?:19|20)\d\d)|((?:19|20)\d\d)[./-]\d{1,2}[./-]\d{1,2}"
)


def _all_stamps(text: str) -> bool:
    """ "PUBLISHED: Nov 19, 2019 at 8:59 pm | UPDATED: Nov 19, 2019 at 10:16 pm"."""
    if not has_digit(text):
        return False
    parts = [p for p in _SEPARATOR.split(text) if p]
    return len(parts) > 1 and all(is_timestamp(match_key(p), count_words(p)) for p in parts)


@rule(
    "NC503",
    "reading-time",
    where="head",
    why="""Reading-time badges ("5 min read", "Tempo de leitura: 2 minutos", "Lesezeit: 3
    Minuten") are page furniture.""",
    removes=[
        "5 min read",
        "Tempo de leitura: 2 minutos",
        "Lesezeit: 3 Minuten",
        "Время чтения: 4 минуты",
    ],
    keeps=["The walk takes 5 minutes from the station, the guide said.", "3 minutes"],
    local=True,
)
def reading_time(doc: Document, cfg: Config) -> Iterator[Verdict]:
    pat = vocab.line_matcher((("metadata", "reading_time"),))
    for i in doc.short:
        ln = doc.lines[i]
        if ln.words <= 8 and has_digit(ln.key) and pat.fullmatch(ln.label or trim_label(ln.key)):
            yield Verdict(i, "reading-time badge")


# "<Name> is a reporter ...", the first words of an author's bio in the languages we cover.
_BIO = re.compile(
    r"(?P<name>[A-Z\u00c0-\u024f\u0400-\u04ff][\w'’.-]*(?: [A-Z\u00c0-\u024f\u0400-\u04ff][\w'’.-]*){0,3})"
    r" (?:(?:is|was) (?:a|an|the)|(?:ist|war) (?:ein|eine|der|die)|(?:est|était) (?:un|une|le|la)"
    r"|(?:es|era) (?:un|una|el|la)|é (?:um|uma|o|a)|è (?:un|una|il|la)|jest|adalah|là|является) "
)


def bio_subject(text: str) -> str | None:
    """The name an author bio opens with ("Meg James is a reporter ..." -> "Meg James")."""
    m = _BIO.match(text)
    return m.group("name") if m else None


@rule(
    "NC504",
    "author-bio",
    where="tail",
    why="""An author box after the article ("Meg James is a corporate media reporter for the Los
    Angeles Times ...") describes the writer, not the story. It goes only when it opens with a
    name that the page also shows on its own, as a byline or as the name line of the box, and
    when it stands after the article's last paragraph; a sentence about a person in the body
    stays. Without a byline, the box must also say the person writes ("reporter",
    "Redakteurin") or the page must credit the name elsewhere ("© Regan"): a name over "Ana
    Petrova is a nurse who ..." closes a "meet the candidates" piece.""",
    removes=[
        "Harbour city approves new flood barrier\n"
        "-NC501 By Jane Doe\n"
        "The city council voted 31 to 8 on Thursday to build a movable barrier across the harbour mouth.\n"
        "Engineers expect the project to cost about 240 million euros and to take four years to finish.\n"
        "Opponents said they would challenge the decision in court, and a referendum may follow.\n"
        "- Jane Doe\n"
        "- Jane Doe is a city reporter for the Harbour Courier, covering local politics and the port.\n",
    ],
    keeps=[
        "Harbour city approves new flood barrier\n"
        "The city council voted 31 to 8 on Thursday to build a movable barrier across the harbour mouth.\n"
        "Engineers expect the project to cost about 240 million euros and to take four years to finish.\n"
        "Maria Lopez is a fisherwoman who has worked in the harbour for thirty years.\n"
        "She says the barrier will change the currents, and that nobody has asked the fishermen.\n",
    ],
)
def author_bio(doc: Document, cfg: Config) -> Iterator[Verdict]:
    lines = doc.lines
    prose = [i for i in doc.content if lines[i].prose]
    if len(prose) < 3:
        return
    last_body = max((i for i in prose if i < doc.body_end), default=None)
    names: tuple[set[str], dict[str, list[int]]] | None = None
    for i in prose:
        if not (doc.in_tail(i) or i == last_body) or i < doc.body_start:
            continue
        name = bio_subject(lines[i].text)
        if name is None:
            continue
        if names is None:
            names = _shown_names(doc)
        key = match_key(name)
        bylined, name_lines = names
        above = [j for j in name_lines.get(key, ()) if 0 < len(doc.content_between(j - 1, i)) <= 3]
        if key not in bylined and not above:
            continue  # a name in a table or a caption says nothing about who wrote the story
        # A name over "<Name> is a nurse who ..." is as often the profile of someone the story
        # is about ("Meet the candidates"): without a byline, the box must say the person
        # writes, or the page must show the name elsewhere ("© Regan").
        if (
            key not in bylined
            and not _media_work().search(lines[i].key)
            and not _named_elsewhere(doc, key)
        ):
            continue
        for j in above:
            yield Verdict(j, "name line of an author box", strong=True, role="byline")
        yield Verdict(i, "author bio after the article", strong=True, role="byline")


@cache
def _media_work() -> re.Pattern[str]:
    """Words that say a person writes for a living ("reporter", "Redakteurin", "记者")."""
    latin: list[str] = []
    other: list[str] = []
    for w in dict.fromkeys(vocab.words("metadata", "media_work")):
        (other if has_cjk(w) else latin).append(re.escape(w))
    return re.compile(rf"\b(?:{'|'.join(latin)})\b|{'|'.join(other)}")


def _named_elsewhere(doc: Document, key: str) -> bool:
    """The page credits the name on another line, on the first pass (the byline may be gone
    by now): "written by Regan", "© Regan". A title or a caption that names the person says
    only that the story is about them."""
    pat = _credited(key)
    return any(ln.words <= 8 and pat.search(ln.key) is not None for ln in doc.page)


@lru_cache(maxsize=64)
def _credited(key: str) -> re.Pattern[str]:
    prefixes = "|".join(map(re.escape, vocab.words("metadata", "byline_prefixes")))
    return re.compile(rf"(?:©|\(c\)|copyright|(?<!\w)(?:{prefixes}))\s*:?\s*{re.escape(key)}(?!\w)")


def _shown_names(doc: Document) -> tuple[set[str], dict[str, list[int]]]:
    """Names the page shows in a byline ("By Meg James"), and on lines of their own (by key:
    their line indices)."""
    pat = _byline()
    bylined: set[str] = set()
    name_lines: dict[str, list[int]] = {}
    for i in doc.short:
        ln = doc.lines[i]
        if ln.words > 6:
            continue
        m = pat.fullmatch(ln.text)
        if m is not None and m.group("name") and _name_like(m.group("name") or ""):
            bylined.add(match_key(m.group("name") or ""))
        elif 1 <= ln.words <= 4 and not ln.terminal and _name_like(ln.text):
            name_lines.setdefault(ln.label, []).append(i)
    return bylined, name_lines
