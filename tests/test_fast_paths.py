"""Fast paths answer exactly what the plain definitions they replace answer.

A cheap test run before a regex must accept every line the regex matches, and a hand-written
rewrite must equal the regex it replaces: a difference would silently change what is removed.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

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
