"""The engine's later passes take shortcuts; each must give what the plain pass would.

* ``_redocument`` builds the next pass's Document from the previous one: it must equal
  ``Cleaner.document(result.text, title, fix=False)``, lines, edits and context alike;
* ``_replay`` hands local rules' earlier verdicts to the next pass: when it does, they must
  equal what running those rules again yields.

Checked on generated dumps and on dev-set-like edge cases (a fixer that puts a line break
into a line, lines ending in carriage returns, a credit cut off a sentence).
"""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from strategies import Article, Injected, articles, documents, injected

from newsclean import Cleaner, Config
from newsclean.document import Document
from newsclean.engine import _redocument, _replay, _resolve

PROPS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
CLEANERS = (Cleaner(), Cleaner(Config(keep_captions=True)))

EDGE_CASES = (
    "Title of the story here\n\nA&#10;B line with an escaped line break inside.\n\nShare\n",
    "Title of the story here\r\r\nBody text that is long enough to be a sentence, yes.\r\r\nShare",
    "Harbour city approves new flood barrier\n"
    "Officials inspect the damaged bridge on Monday before it reopens. [Photo by Li / Xinhua]\n"
    "The city council voted 31 to 8 on Thursday to build a movable barrier across the harbour.\n"
    "Advertisement\n",
)


def _context(doc: Document) -> tuple[object, ...]:
    return (doc.lines, doc.title, doc.title_index, doc.body_start, doc.body_end, doc.content)


def _check_passes(cleaner: Cleaner, raw: str, title: str | None = None) -> None:
    doc, edits = cleaner.document(raw, title=title)
    verdicts = cleaner._verdicts(doc)
    result = _resolve(doc, edits, verdicts, cleaner.config)
    for _ in range(4):  # a few passes, as clean_article runs them
        if not result.removed or not result.text:
            return
        again_title = title if title is not None else result.title
        plain, plain_edits = cleaner.document(result.text, title=again_title, fix=False)
        new, new_edits, moved = _redocument(doc, result, again_title)
        assert _context(new) == _context(plain)
        assert new_edits == plain_edits
        replay = _replay(doc, new, verdicts, moved)
        fresh = cleaner._verdicts(new)
        if replay is not None:
            assert cleaner._verdicts(new, replay) == fresh
        doc, verdicts = new, fresh
        result = _resolve(new, new_edits, verdicts, cleaner.config)


@PROPS
@given(documents())
@example(EDGE_CASES[0])
@example(EDGE_CASES[1])
@example(EDGE_CASES[2])
def test_later_passes_match_plain_passes(raw: str) -> None:
    for cleaner in CLEANERS:
        _check_passes(cleaner, raw)


@PROPS
@given(injected())
def test_later_passes_match_on_injected_articles(case: Injected) -> None:
    raw = case.raw
    _check_passes(CLEANERS[0], raw)
    _check_passes(CLEANERS[0], raw, title=raw.split("\n", 1)[0])


@settings(PROPS, max_examples=40)
@given(articles())
def test_later_passes_match_on_clean_articles(article: Article) -> None:
    _check_passes(CLEANERS[0], article.text)
