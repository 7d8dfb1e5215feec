"""Cheap tests that rules run before a regex must accept every line the regex matches.

A prefilter that wrongly refused a line would silently change what a rule removes, so each
one is checked against text generated from the regex it guards.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.rules import media


@settings(max_examples=300, deadline=None)
@given(text=st.from_regex(media._CAPTION_LEAD, fullmatch=True))
def test_caption_lead_starts_with_a_listed_character(text: str) -> None:
    # A match() at the start of a line is a full match of its first characters.
    assert text.startswith(media._CAPTION_FIRST)
