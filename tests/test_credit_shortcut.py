"""The credit-line test skips its "X/AFP" alternative where the key cannot end like one;
with or without the shortcut the answer must be the same."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.rules import signals, vocab

PIECES = (
    "photo: ",
    "jane doe",
    "o'neil",
    "/",
    "|",
    ",",
    " ",
    "(",
    ")",
    "[",
    "]",
    "by ",
    "-",
    ".",
    "©",
    "/ staff",
    *vocab.words("media", "agencies")[:20],
)
keys = st.one_of(
    st.lists(st.sampled_from(PIECES), max_size=9).map("".join),
    st.text(max_size=40),
)


@settings(max_examples=500, deadline=None)
@given(key=keys, extra=st.sampled_from(((), ("^photo: .*$", "foo"))))
def test_credit_line_shortcut_is_exact(key: str, extra: tuple[str, ...]) -> None:
    p = signals._credit_patterns(extra)
    shortcut = (p.line if p.agency_end.search(key) else p.line_rest).fullmatch(key)
    assert bool(shortcut) == bool(p.line.fullmatch(key))
