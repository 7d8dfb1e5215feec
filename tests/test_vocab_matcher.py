"""vocab.line_matcher answers exactly what the whole-line regex of the same lists answers.

The matcher decides plain entries by a set lookup and skips the regex for lines longer than
any regex entry can match; neither shortcut may change an answer.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.rules import vocab

LISTS = (
    ("boilerplate", "share"),
    ("boilerplate", "ads"),
    ("boilerplate", "placeholders"),
    ("boilerplate", "legal"),
    ("boilerplate", "related_headings"),
    ("boilerplate", "navigation"),
    ("media", "gallery_controls"),
    ("metadata", "reading_time"),
    ("boilerplate", "comment_headings"),
    ("boilerplate", "reply_labels"),
)
# User additions are plain text, even when they hold regex characters.
EXTRA = ("Harbour Courier: independent since 1888", "a.b (c)", "x|y")
ENTRIES = sorted({w for name, key in LISTS for w in vocab.words(name, key)})


def _expected(lists: tuple[tuple[str, str], ...], extra: tuple[str, ...], text: str) -> bool:
    return any(vocab.whole_line(n, k, extra).fullmatch(text) is not None for n, k in lists)


lines = st.one_of(
    st.sampled_from(ENTRIES),
    # Lines that match, up to the longest an entry allows (where the length shortcut bites).
    *(st.from_regex(vocab.whole_line(n, k).pattern, fullmatch=True) for n, k in LISTS),
    st.sampled_from([e.casefold() for e in EXTRA] + ["a.b (c)x", "axb (c)", "x", "y"]),
    st.builds(lambda a, b: a + b, st.sampled_from(ENTRIES), st.text(max_size=8)),
    st.text(max_size=30),
    st.builds(lambda n, w: f"{n} {w}", st.integers(0, 99), st.sampled_from(["min read", "shares"])),
)


@pytest.mark.parametrize("lists", [(x,) for x in LISTS] + [LISTS[:7]])
@settings(max_examples=300, deadline=None)
@given(text=lines, with_extra=st.booleans())
def test_line_matcher_agrees_with_whole_line(
    lists: tuple[tuple[str, str], ...], text: str, with_extra: bool
) -> None:
    extra = EXTRA if with_extra else ()
    assert vocab.line_matcher(lists, extra).fullmatch(text) == _expected(lists, extra, text)


def test_every_entry_matches_itself_when_plain() -> None:
    for name, key in LISTS:
        m = vocab.line_matcher(((name, key),))
        for w in vocab.words(name, key):
            if vocab._REGEX_CHARS.isdisjoint(w):
                assert m.fullmatch(w), (key, w)


def test_longest_match_is_not_cut_by_the_length_shortcut() -> None:
    # "copyright( ©)? ?(\d{4}|©).{0,160}" at full length: the widest entry of the list.
    longest = "copyright © 2019" + "x" * 160
    assert vocab.whole_line("boilerplate", "legal").fullmatch(longest)
    assert vocab.line_matcher((("boilerplate", "legal"),)).fullmatch(longest)
    assert not vocab.line_matcher((("boilerplate", "legal"),)).fullmatch(longest + "x")
