"""The main body block (Document.body_start/body_end): where head and tail rules draw the line.

The block is the maximum-sum run of prose lines; short lines between paragraphs cost a little.
These cases pin the balance: a photo with its caption and credit, or a subheading, must not
split the article, and a grid of teaser cards with one-sentence blurbs must not join it.
"""

from __future__ import annotations

from articles import PARAGRAPHS, TITLE

from newsclean import Cleaner


def block(lines: list[str]) -> tuple[int, int]:
    doc, _ = Cleaner().document("\n".join(lines))
    return doc.body_start, doc.body_end


def test_media_and_subheadings_do_not_split_the_body() -> None:
    lines = [
        TITLE,
        PARAGRAPHS[0],
        PARAGRAPHS[1],
        "quay-wall-2022.jpg",
        "Workers inspect the old quay wall",
        "Photo: Jan Berg / Harbour Courier",
        PARAGRAPHS[2],
        "What happens next",
        PARAGRAPHS[3],
        PARAGRAPHS[4],
    ]
    assert block(lines) == (1, len(lines))


def test_teaser_cards_with_blurbs_stay_outside_the_body() -> None:
    cards = []
    for n, head in enumerate(
        (
            "Storm surge closes ferry terminal for a third day",
            "Library reopens ground floor after flood repairs",
            "Council election: what the parties promise on flood defences",
            "Old town shops count the cost of a wet winter",
        )
    ):
        cards += [
            "LOCAL NEWS",
            head,
            f"{n + 2} diggs Video",
            "The ferry company said on Monday that passengers should check the timetable "
            "online before they travel to the terminal.",
            head + " image",
        ]
    lines = [TITLE, *PARAGRAPHS, "Subscribe", *cards]
    assert block(lines) == (1, 1 + len(PARAGRAPHS))


def test_body_guard_protects_a_cjk_sentence_of_eight_words() -> None:
    """A CJK character counts half a word, so a 16-character sentence is 8 words long; the
    body guard must still refuse a weak removal of it inside the body block."""
    from newsclean.engine import _protected

    sentence = "记者从教育部获悉，今年高考将于下月开始。"
    doc, _ = Cleaner().document("\n".join([TITLE, *PARAGRAPHS[:2], sentence, *PARAGRAPHS[2:]]))
    i = next(ln.index for ln in doc.lines if ln.text == sentence)
    assert 8 <= doc.lines[i].words < 10
    assert _protected(doc, i)
