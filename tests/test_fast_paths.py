"""Fast paths answer exactly what the plain definitions they replace answer.

A cheap test run before a regex must accept every line the regex matches, and a hand-written
rewrite must equal the regex it replaces: a difference would silently change what is removed.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import document
from newsclean.config import Config
from newsclean.rules import media, text


@settings(max_examples=300, deadline=None)
@given(text=st.from_regex(media._CAPTION_LEAD, fullmatch=True))
def test_caption_lead_starts_with_a_listed_character(text: str) -> None:
    # A match() at the start of a line is a full match of its first characters.
    assert text.startswith(media._CAPTION_FIRST)


# NC103's definition: every run of special spaces (and plain spaces) becomes one space.
_PAD = re.compile("[\u00a0\u2007\u202f\u3000\t ]{2,}|[\u00a0\u2007\u202f\u3000\t]")
_ZW = re.compile("[\u200b\ufeff\u00ad]")


def _normalise_by_regex(s: str) -> str:
    if not s.isascii():
        return _PAD.sub(" ", _ZW.sub("", s)).strip()
    if "\t" in s or "  " in s:
        s = " ".join(s.split())
    return s.strip()


@settings(max_examples=500, deadline=None)
@given(
    s=st.text(
        alphabet=st.sampled_from(
            [*"ab .\t\n\u00a0\u2007\u202f\u3000\u200b\ufeff\u00ad\u200d\u2009é"]
        )
    )
)
def test_normalise_whitespace_equals_its_regex_definition(s: str) -> None:
    assert text.normalise_whitespace(s, Config()) == _normalise_by_regex(s)


def _mojibake_by_regex(s: str) -> bool:
    return text._MOJIBAKE_LEAD.search(s) is not None and text._MOJIBAKE_HINT.search(s) is not None


@settings(max_examples=500, deadline=None)
@given(
    s=st.text(alphabet=st.sampled_from([*"a é\u00c3\u00a9\u00e2\u20ac\u2122\u2019\u0080\ufffdЖ中"]))
)
def test_mojibake_gate_equals_its_regex_definition(s: str) -> None:
    assert text._may_be_mojibake(s) == _mojibake_by_regex(s)


def test_every_space_but_the_plain_one_is_unprintable() -> None:
    # match_key skips its odd-space regex for printable text: that needs every character the
    # regex matches (whitespace other than " ") to be unprintable.
    odd = [c for c in map(chr, range(0x110000)) if document._ODD_SPACE.fullmatch(c)]
    assert "\t" in odd and "\u3000" in odd and " " not in odd
    assert not any(c.isprintable() for c in odd)


def _needs_space_fix_plainly(s: str) -> bool:
    if s[:1] == " " or s[-1:] == " " or "  " in s or "\t" in s:
        return True
    return not s.isascii() and any(c in s for c in "\u00a0\u2007\u202f\u3000\u200b\ufeff\u00ad")


@settings(max_examples=500, deadline=None)
@given(
    s=st.text(
        alphabet=st.sampled_from([*"ab .\t\u00a0\u2007\u202f\u3000\u200b\ufeff\u00ad\u200dé\u2019"])
    )
)
def test_space_fix_gate_equals_its_plain_definition(s: str) -> None:
    assert text._needs_space_fix(s) == _needs_space_fix_plainly(s)
