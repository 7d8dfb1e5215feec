"""The C4 line filters (Raffel et al. 2020, "Exploring the Limits of Transfer Learning…", §2.2),
written here from the paper and the published TFDS ``c4_utils.clean_page``, as a peer baseline.

Per line, in the published order (only a line that passed the earlier tests reaches the later):

1. drop a line with a "word" longer than 1000 characters;
2. strip Wikipedia-style citation marks (``[12]``, ``[edit]``, ``[citation needed]``);
3. keep only lines ending in a terminal mark ``. ? ! "`` and not in ``...``;
4. keep only lines of at least ``min_words`` whitespace-separated words (paper: 3);
5. "lorem ipsum" -> the page is dropped;
6. "javascript" (any case) -> the line is dropped;
7. a curly bracket ``{`` -> the page is dropped;
8. a policy phrase ("terms of use", "privacy policy", "cookie policy", "uses cookies",
   "use of cookies", "use cookies") -> the line is dropped;
then a page with fewer than ``min_sentences`` sentences (paper: 5) is dropped.

Two modes, because page-level drops decide whole documents, which is not what a line cleaner
is asked to do: ``page_rules=False`` (the default, "C4 lines") treats rules 5 and 7 as line
drops and never drops the page; ``page_rules=True`` ("C4 page") applies the published page
drops, so a page can come out empty.

Deliberate differences, stated: no bad-words list (a page filter unrelated to cleaning), no
language detection, no cross-page line dedup; sentences are counted with a small regex (a
terminal mark followed by space or line end) instead of NLTK's Punkt, which C4 used. The end
marks are the published ASCII set, so a line ending in a typographic ” is dropped, as in C4.
"""

from __future__ import annotations

import re

END_MARKS = (".", "?", "!", '"')
ELLIPSIS = "..."
POLICY_SUBSTRINGS = (
    "terms of use",
    "privacy policy",
    "cookie policy",
    "uses cookies",
    "use of cookies",
    "use cookies",
)
MAX_WORD_LENGTH = 1000
MIN_WORDS_PER_LINE = 3  # paper; early TFDS code used 5
MIN_SENTENCES = 5  # paper; early TFDS code used 3

_CITATION = re.compile(r"\[\d*\]|\[edit\]|\[citation needed\]")
_SENTENCE_END = re.compile(r"[.!?]+[\"')\]]*(?:\s|$)")


def count_sentences(text: str) -> int:
    """Rough sentence count: terminal-mark runs followed by a space or the end; at least 1.

    >>> count_sentences("One. Two! Three?")
    3
    >>> count_sentences("No end mark")
    1
    """
    return max(1, len(_SENTENCE_END.findall(text)))


def c4_clean(
    text: str,
    *,
    page_rules: bool = False,
    min_words: int = MIN_WORDS_PER_LINE,
    min_sentences: int = MIN_SENTENCES,
) -> str:
    """Apply the C4 filters to ``text``; returns the kept lines joined by newlines (or "").

    >>> c4_clean("Menu\\nThe minister said the plan was ready.\\nEnable JavaScript to see it.")
    'The minister said the plan was ready.'
    """
    kept: list[str] = []
    sentences = 0
    for raw in text.splitlines():
        line = raw.strip()
        if any(len(w) > MAX_WORD_LENGTH for w in line.split()):
            continue
        line = _CITATION.sub("", line)
        if not line.endswith(END_MARKS) or line.endswith(ELLIPSIS):
            continue
        if len(line.split()) < min_words:
            continue
        low = line.lower()
        if "lorem ipsum" in low:
            if page_rules:
                return ""
            continue
        if "javascript" in low:
            continue
        if "{" in line:
            if page_rules:
                return ""
            continue
        if any(p in low for p in POLICY_SUBSTRINGS):
            continue
        sentences += count_sentences(line)
        kept.append(line)
    if page_rules and sentences < min_sentences:
        return ""
    return "\n".join(kept).strip()
