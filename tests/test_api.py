"""The public API: entry points, Result serialisation, pickling, rule selection, bytes input."""

from __future__ import annotations

import json
import pickle

import pytest
from hypothesis import HealthCheck, given, settings
from strategies import documents

import newsclean
from newsclean import Cleaner, Config, InputError, Result

SEEDLIKE = (
    "Beijing, Moscow vow to step up communication\n\n"
    "President Xi shakes hands with Lavrov in Beijing on Tuesday. [Photo by Li Xueren / Xinhua]\n"
    "President Xi shakes hands with Lavrov in Beijing on Tuesday. [Photo by Li Xueren / Xinhua]\n"
    "yang-cheng.jpg\nProfessor\n\u00a0\n"
    "President Xi Jinping said on Tuesday that Beijing is ready to ramp up bilateral "
    "communication with Moscow and boost multilateral strategic cooperation.\n\n"
    "He made the remarks during a meeting with visiting Russian Foreign Minister Sergey Lavrov "
    "at the Great Hall of the People in Beijing.\n\nRELATED ARTICLES\n"
)


def test_public_names() -> None:
    for name in newsclean.__all__:
        assert hasattr(newsclean, name), name
    assert {"clean", "clean_article", "Cleaner", "Config", "Result", "InputError"} <= set(
        newsclean.__all__
    )


def test_clean_is_clean_article_text() -> None:
    result = newsclean.clean_article(SEEDLIKE)
    assert newsclean.clean(SEEDLIKE) == result.text == Cleaner().clean(SEEDLIKE)
    assert result.text.endswith("\n") and not result.text.endswith("\n\n")
    assert result.changed
    assert sum(result.counts().values()) == len(result.removed)
    assert list(result.counts()) == sorted(result.counts())


def test_empty_input() -> None:
    assert newsclean.clean("") == ""
    assert newsclean.clean("\n\n  \n") == ""
    assert not newsclean.clean_article("").changed


def test_title_argument_is_used() -> None:
    raw = "Some headline here\n\nSome headline here\n\nThe body sentence is long enough to count."
    result = newsclean.clean_article(raw, title="Some headline here")
    assert result.title == "Some headline here"
    assert result.text.count("Some headline here") == 1


@pytest.mark.parametrize(
    "trail",
    [
        "Home \u00bb Recipes \u00bb Soups",
        "\u4f53\u80b2 > \u4e2d\u8d85",
        "Startseite / Politik / Deutschland",
    ],
)
def test_breadcrumb_over_the_headline_is_not_the_title(trail: str) -> None:
    raw = (
        f"{trail}\nEasy red lentil soup for cold nights\nBy Claire Dunn\n"
        "This red lentil soup is my go-to on cold weeknights. It takes 30 minutes and uses "
        "cupboard staples.\n"
    )
    result = newsclean.clean_article(raw)
    assert result.title == "Easy red lentil soup for cold nights"
    assert [r.text for r in result.removed] == [trail, "By Claire Dunn"]
    assert result.text.startswith("Easy red lentil soup for cold nights\n\nThis red lentil")
    assert newsclean.clean(result.text) == result.text


@pytest.mark.parametrize(
    "kicker",
    [
        "Sport",
        "Politik",
        "Th\u1ec3 thao",
        "Interview",
        "ENTREVISTA",
        "\u4e13\u8bbf",
        "Football",
        "Fu\u00dfball",
        "Calcio",
        "B\u00f3ng \u0111\u00e1",
    ],
)
def test_section_name_over_the_headline_is_not_the_title(kicker: str) -> None:
    raw = (
        f"{kicker}\nZenit beat Spartak to go top\nAlexey Morozov\n15 March 2026, 21:40\n"
        "Zenit beat Spartak 2-1 in the 20th round of the championship and returned to first "
        "place.\n"
    )
    result = newsclean.clean_article(raw)
    assert result.title == "Zenit beat Spartak to go top"
    assert result.removed[0].text == kicker
    assert "Zenit beat Spartak 2-1" in result.text


def test_three_section_names_over_the_headline() -> None:
    raw = (
        "Home\nNews\nNational\nTown votes to keep its covered bridge closed\n"
        "Posted: Mar 12, 2026 / 05:32 PM EDT\n"
        "Residents of this small Vermont town voted Thursday to keep its bridge closed to cars.\n"
    )
    result = newsclean.clean_article(raw)
    assert result.title == "Town votes to keep its covered bridge closed"
    assert [r.text for r in result.removed][:3] == ["Home", "News", "National"]


def test_menu_items_under_a_section_name_give_no_title() -> None:
    # "Home" / "News" / a three-word menu item / more items: no byline, date or sentence
    # under it, so that item is not the headline.
    raw = (
        "Home\nNews\nBig Brand System\nFree Courses\nAbout Us\nContact\n"
        "The council voted on Thursday to build a movable barrier across the harbour mouth.\n"
    )
    assert newsclean.clean_article(raw).title is None


@pytest.mark.parametrize(
    "above",
    [
        ["Company Town"],
        ["Dubai Airshow"],
        ["Advertisement", "Continue reading the main story", "Opinion", "Supported by"],
        ["Home", "Fact Checks", "Politics"],
        ["Nutrition", "Evidence Based"],
        ["Wednesday 20 November 2019 9:22 am"],
        ["Surat Pembaca"],
    ],
)
def test_kickers_the_lists_do_not_know_over_the_headline(above: list[str]) -> None:
    # Kickers, badges and stamps over the headline: it is the first title-like line under
    # them that has a byline, a date or a paragraph in the next two lines.
    head = "\n".join(above)
    raw = (
        f"{head}\nCouncil approves flood barrier after a long debate\nBy Helen Marsh\n"
        "The city council voted 31 to 8 on Thursday to build a movable barrier across the "
        "harbour mouth.\n"
    )
    result = newsclean.clean_article(raw)
    assert result.title == "Council approves flood barrier after a long debate"
    # What stands above the headline is the page's: kickers and labels go (NC409, NC404),
    # the stamp too (NC502); the text starts at the headline.
    assert [r.text for r in result.removed][: len(above)] == above
    assert result.text.startswith("Council approves flood barrier")


@pytest.mark.xfail(
    strict=True,
    reason="'Quiet' over 'What I learned ...' has the shape of 'Company Town' over a headline: "
    "the deck becomes the title and the one-word headline goes with the kickers (NC409)",
)
def test_a_one_word_headline_over_its_deck() -> None:
    raw = (
        "ESSAY\nQuiet\nWhat I learned from a year without a phone\nBy Helena Dorsey\n"
        "In January last year I put my phone in a drawer. It is still there, and so am I.\n"
    )
    result = newsclean.clean_article(raw)
    assert result.title == "Quiet"
    assert result.text.startswith("Quiet\n\nWhat I learned")


@pytest.mark.parametrize(
    "first",
    [
        "Nov. 20, 2019 5:52 AM EST",  # a stamp is never the headline
        "Last Updated : Nov 20, 2019 01:41 PM IST",
    ],
)
def test_a_stamp_first_is_not_the_title(first: str) -> None:
    raw = (
        f"{first}\nThe city council voted 31 to 8 on Thursday to build a movable barrier "
        "across the harbour mouth.\nEngineers expect the project to take four years.\n"
    )
    result = newsclean.clean_article(raw)
    assert result.title is None
    assert [r.text for r in result.removed] == [first]


@pytest.mark.parametrize(
    "line",
    [
        "Media playback is unsupported on your device",  # a player's placeholder: media block
        "Text size",
        "010_Clymer-2",
    ],
)
def test_a_caption_under_a_media_label_is_not_the_title(line: str) -> None:
    raw = (
        f"{line}\nWho is the man behind the leaks and what does he want now\n"
        "Prosecutors in Sweden have dropped an investigation into an allegation made in 2010, "
        "they said on Tuesday.\n"
    )
    assert newsclean.clean_article(raw).title is None


def test_a_credited_paragraph_after_a_sentence_keeps_its_text() -> None:
    # Under a sentence of the text, a credited line is not the lead picture's caption: the
    # credit alone is cut (NC203).
    para = (
        "The pianist Clara Venn, who has died aged 88, played at the Blue Door club in Soho "
        "almost every Friday from 1969 until 2011."
    )
    raw = (
        f"Clara Venn obituary\nShe rarely spoke between numbers.\n{para} Photograph: Keith "
        "Archer/Redferns\nHer last album came out in 2009.\n"
    )
    result = newsclean.clean_article(raw)
    assert para in result.text.split("\n\n")
    assert [r.code for r in result.removed] == ["NC203"]


def test_a_label_and_name_headline_over_the_date_is_no_byline() -> None:
    raw = (
        "Familj\nMinnesord\nMinnesord: Gunnar Holm\n12 april 2026\nV\u00e5r v\u00e4n Gunnar "
        "Holm, Sala, har avlidit i en \u00e5lder av 91 \u00e5r.\nHan s\u00f6rjs av barn och "
        "barnbarn.\n"
    )
    result = newsclean.clean_article(raw)
    assert "Minnesord: Gunnar Holm" in result.text.split("\n\n")
    assert [r.text for r in result.removed] == ["12 april 2026"]


def test_a_sentence_after_a_credited_sentence_is_no_caption() -> None:
    # A credited line that is a sentence of the text is no media block for the next line.
    raw = (
        "Incendie dans les Landes : 400 hectares br\u00fbl\u00e9s\n"
        "Le feu qui a parcouru 400 hectares de pin\u00e8de pr\u00e8s de Mimizan est fix\u00e9 "
        "depuis mardi soir, selon la pr\u00e9fecture.\n"
        "Plus de 250 pompiers ont \u00e9t\u00e9 mobilis\u00e9s, appuy\u00e9s par deux Canadair. "
        "(Photo : Sdis 40)\n"
        "Une enqu\u00eate a \u00e9t\u00e9 ouverte pour d\u00e9terminer l'origine du sinistre, "
        "selon le parquet. \u00a9 Thomas Garnier / AFP\n"
    )
    result = newsclean.clean_article(raw)
    assert [r.code for r in result.removed] == ["NC203", "NC203"]
    assert result.text.rstrip().endswith("selon le parquet.")


def test_the_headline_over_the_lead_caption_is_the_title() -> None:
    # Under section names no list knows, a headline over the lead picture's credited caption
    # (and a byline without "By") is the title, not the picture's alt text.
    raw = (
        "World\nEurope\nFerry strike leaves thousands stranded on Greek islands\n"
        "Passengers wait at the port of Piraeus on Tuesday. Photograph: Yannis Kolesidis/EPA\n"
        "Helena Smith in Athens\nTue 14 Apr 2026 17.05 BST\n"
        "Thousands of tourists and islanders were stranded on Tuesday as Greek ferry crews "
        "began a 48-hour strike over pay and staffing.\n"
    )
    result = newsclean.clean_article(raw)
    assert result.title == "Ferry strike leaves thousands stranded on Greek islands"
    assert result.text.startswith("Ferry strike leaves thousands stranded on Greek islands\n")


def test_the_headline_under_a_page_menu_is_the_title() -> None:
    # A whole page: a menu of a dozen short items the lists do not know over the headline.
    menu = (
        "Harbour Courier\nLocal\nFerries\nWeather\nSchools\nCourts\nArts\nObituaries\nJobs\n"
        "Motors\nProperty"
    )
    raw = (
        f"{menu}\nCouncil approves flood barrier after a long debate\nBy Helen Marsh\n"
        "The city council voted 31 to 8 on Thursday to build a movable barrier across the "
        "harbour mouth.\n"
    )
    assert (
        newsclean.clean_article(raw).title == "Council approves flood barrier after a long debate"
    )


_P = (
    "The city council voted 31 to 8 on Thursday to build a movable barrier across the harbour "
    "mouth.\nEngineers expect the project to cost about 240 million euros and to take four "
    "years.\nOpponents said they would challenge the decision in court next month.\n"
)


@pytest.mark.parametrize(
    ("head", "kept"),
    [
        (
            "Barrier approved\nCouncil votes 31 to 8 for a movable harbour gate\n",
            "Barrier approved",
        ),
        (
            "Obituary\nEdith Barnes\nHarbour pilot who guided ships for forty years\n",
            "Edith Barnes",
        ),
        (
            "Dear readers,\nThank you for standing with us through a difficult year\n",
            "Dear readers,",
        ),
        (
            "Published 60 years ago, Silent Spring still shapes the climate debate\n"
            "Why a quiet book about pesticides keeps finding new readers\n",
            "Published 60 years ago, Silent Spring still shapes the climate debate",
        ),
    ],
)
def test_a_short_headline_over_a_deck_and_a_paragraph_stays(head: str, kept: str) -> None:
    # With no byline or date under the deck, nothing says the short line is a kicker.
    result = newsclean.clean_article(head + _P)
    assert kept in result.text.split("\n\n")
    assert newsclean.clean(result.text) == result.text


@pytest.mark.parametrize(
    "raw",
    [
        "Supported by\nHome \u00bb News \u00bb Local\n" + _P,
        "Harbour city approves new flood barrier\n"
        + _P.replace(
            "Opponents",
            "Advertisement\nWe may earn a commission from links on this page.\nOpponents",
        ),
    ],
)
def test_cleaning_twice_changes_nothing_in_these_heads(raw: str) -> None:
    once = newsclean.clean(raw)
    assert newsclean.clean(once) == once


def test_a_lifespan_headline_is_not_a_stamp() -> None:
    raw = (
        "Edith Barnes, 1917\u20132026\nEdith Barnes, who has died aged 108, ran the bakery "
        "on Ashby high street for 50 years.\nShe is survived by four grandchildren.\n"
    )
    result = newsclean.clean_article(raw)
    assert result.title == "Edith Barnes, 1917\u20132026"
    assert not result.removed


@pytest.mark.parametrize(
    "headline", ["Kyiv / Moscow / Washington: the new triangle", "Ukraine > Russia talks stall"]
)
def test_headline_shaped_like_a_trail_over_a_byline_is_the_title(headline: str) -> None:
    raw = (
        f"{headline}\nBy Jane Doe\nThe three capitals have not met at this level since 2019, "
        "officials said on Monday.\n"
    )
    result = newsclean.clean_article(raw)
    assert result.title == headline
    assert [r.text for r in result.removed] == ["By Jane Doe"]


def test_headline_with_slashes_is_still_the_title() -> None:
    raw = "Ukraine / Russia talks resume in Geneva\nThe talks resumed on Monday after a break of two weeks, officials said.\n"
    assert newsclean.clean_article(raw).title == "Ukraine / Russia talks resume in Geneva"


# --- Result serialisation -------------------------------------------------------------------
def _roundtrips(result: Result) -> None:
    assert Result.from_dict(result.to_dict()) == result
    assert Result.from_dict(json.loads(result.to_json())) == result
    assert pickle.loads(pickle.dumps(result)) == result


def test_result_roundtrip_seedlike() -> None:
    result = newsclean.clean_article(SEEDLIKE)
    assert result.removed and result.captions
    _roundtrips(result)
    back = Result.from_dict(json.loads(result.to_json()))
    assert back.reconstruct() == SEEDLIKE


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_result_roundtrip_any(raw: str) -> None:
    _roundtrips(newsclean.clean_article(raw))


def test_result_with_id_and_metadata_roundtrips() -> None:
    r = newsclean.clean_article(SEEDLIKE)
    r2 = Result(
        **{
            **{f: getattr(r, f) for f in r.__dataclass_fields__},
            "id": "doc-1",
            "metadata": {"source": "seed", "n": 3},
        }
    )
    _roundtrips(r2)


# --- pickling -------------------------------------------------------------------------------
def test_pickle_cleaner_and_config() -> None:
    cfg = Config(
        ignore=("NC4",),
        extra_boilerplate=("Subscribe to the Harbour Courier",),
        keep_captions=True,
        fuzzy_threshold=95.0,
    )
    cleaner = Cleaner(cfg)
    for obj in (cfg, cleaner):
        assert pickle.loads(pickle.dumps(obj)) == obj
    again = pickle.loads(pickle.dumps(cleaner))
    assert again.clean_article(SEEDLIKE) == cleaner.clean_article(SEEDLIKE)
    assert [r.code for r in again.rules] == [r.code for r in cleaner.rules]


# --- rule selection (ruff semantics) --------------------------------------------------------
@pytest.mark.parametrize(
    ("kw", "code", "enabled"),
    [
        ({}, "NC201", True),
        ({"ignore": ("NC2",)}, "NC201", False),
        ({"ignore": ("NC2",)}, "NC301", True),
        ({"ignore": ("NC2",), "extend_select": ("NC203",)}, "NC203", True),  # more specific
        ({"ignore": ("NC2",), "extend_select": ("NC203",)}, "NC204", False),
        ({"select": ("NC2",), "ignore": ("NC",)}, "NC201", True),  # select is more specific
        ({"select": ("NC2",), "ignore": ("NC",)}, "NC301", False),
        ({"select": ("NC203",), "ignore": ("NC203",)}, "NC203", False),  # tie: ignore wins
        ({"select": ("NC2",), "ignore": ("NC2",)}, "NC201", False),
        ({"select": ("NC1",)}, "NC201", False),
        ({"select": ("NC1", "NC4")}, "NC401", True),
        ({"ignore": ("nc2",)}, "NC201", False),  # selectors are case-insensitive
        ({"select": ("nc20",)}, "NC203", True),
        ({"ignore": ("NC20",), "extend_select": ("NC2",)}, "NC203", False),
    ],
)
def test_selection_precedence(kw: dict[str, tuple[str, ...]], code: str, enabled: bool) -> None:
    assert Config(**kw).enabled(code) is enabled


def test_selection_applies_to_cleaning() -> None:
    default = newsclean.clean_article(SEEDLIKE)
    assert "NC201" in default.counts()
    without = newsclean.clean_article(SEEDLIKE, config=Config(ignore=("NC201",)))
    assert "NC201" not in without.counts()
    only_text = Cleaner(Config(select=("NC1",)))
    assert {r.code[:3] for r in (*only_text.rules, *only_text.fixers)} == {"NC1"}
    assert set(only_text.clean_article(SEEDLIKE).counts()) <= {"NC104"}


def test_config_validation() -> None:
    with pytest.raises(ValueError, match="NC"):
        Config(select=("E501",))
    with pytest.raises(ValueError):
        Config(fuzzy_threshold=0)
    assert Config(select="NC2").select == ("NC2",)  # a single string is one selector
    assert Config(ignore=["NC4"]).ignore == ("NC4",)


@pytest.mark.parametrize(
    ("kw", "message"),
    [
        ({"select": ("NC999",)}, "select: NC999 matches no rule"),
        ({"ignore": ("NC4", "NC205")}, "ignore: NC205 matches no rule"),  # not a rule
        ({"extend_select": ("nc9", "NC4O1")}, "extend_select: nc9, NC4O1 match no rule"),
    ],
)
def test_a_selector_that_matches_no_rule_is_refused(
    kw: dict[str, tuple[str, ...]], message: str
) -> None:
    """As on the command line and in pyproject.toml: a typo would silently select nothing."""
    with pytest.raises(ValueError, match=message):
        Config(**kw)
    table = {k.replace("_", "-"): list(v) for k, v in kw.items()}
    with pytest.raises(ValueError, match=message):
        Config.from_mapping(table)
    with pytest.raises(ValueError, match=message):
        Config().replace(**kw)
    # Every prefix of a real code is fine, in either case.
    for sel in ("NC", "nc", "NC4", "NC40", "nc401", "NC401"):
        assert Config(select=(sel,), ignore=(sel,), extend_select=(sel,)).select == (sel,)


@pytest.mark.parametrize(
    "kw",
    [
        {"keep_captions": "no"},  # a non-empty string is truthy: captions would be kept
        {"keep_captions": 0},
        {"uncurl_quotes": "false"},
        {"fuzzy_threshold": "90"},
        {"ignore": ("NC5", 3)},
        {"extra_boilerplate": [None]},
    ],
)
def test_config_refuses_values_of_the_wrong_type(kw: dict[str, object]) -> None:
    with pytest.raises(TypeError, match=next(iter(kw))):
        Config(**kw)


@pytest.mark.parametrize(
    ("pattern", "message"),
    [
        (
            "(",
            "'(' is not a valid regular expression: missing ), unterminated subpattern at position 0",
        ),
        (
            "[a-",
            "'[a-' is not a valid regular expression: unterminated character set at position 0",
        ),
        ("(?i)^photo: .*$", "global flags such as (?i) cannot be used here"),
    ],
)
def test_a_bad_user_pattern_is_named_when_config_is_built(pattern: str, message: str) -> None:
    """Not a re.error at a position inside the rules' combined regular expression."""
    with pytest.raises(ValueError) as e:
        Config(extra_credit_patterns=("^Photo: .*$", pattern))
    assert str(e.value).startswith("extra_credit_patterns: ")
    assert message in str(e.value)


def test_config_from_mapping() -> None:
    cfg = Config.from_mapping(
        {"keep-captions": True, "extend_select": ["NC203"], "extra-boilerplate": ["Subscribe now"]}
    )
    assert cfg.keep_captions and cfg.extend_select == ("NC203",)
    assert cfg.extra_boilerplate == ("Subscribe now",)
    with pytest.raises(KeyError, match=r"colour.*no-such-key"):
        Config.from_mapping({"no-such-key": 1, "colour": 2})
    base = Config(ignore=("NC4",))
    assert Config.from_mapping({"keep_captions": True}, base=base).ignore == ("NC4",)
    assert set(Config.field_names()) >= {"select", "ignore", "extend_select", "keep_captions"}


def test_config_from_mapping_takes_a_whole_pyproject_table() -> None:
    """docs/configuration.md: from_mapping builds a Config from such a table's rule keys."""
    table = {"ignore": ["NC5"], "text-key": "text", "include": ["*.txt"], "max_record_size": 0}
    assert Config.from_mapping(table) == Config(ignore=("NC5",))
    with pytest.raises(KeyError, match="keep-caption"):
        Config.from_mapping({"keep-caption": True})  # a typo is still an error


def test_as_codes() -> None:
    from newsclean.config import as_codes

    assert as_codes("nc1, NC203,,") == ("NC1", "NC203")
    assert as_codes(["NC1,NC2", "nc4"]) == ("NC1", "NC2", "NC4")
    assert as_codes(None) == ()


# --- bytes input ----------------------------------------------------------------------------
def test_utf8_bytes_accepted() -> None:
    raw = "Caf\u00e9 reopens on the quay\n\nThe caf\u00e9 reopened on Monday after the flood."
    assert newsclean.clean(raw.encode("utf-8")) == newsclean.clean(raw)
    assert newsclean.clean(b"\xef\xbb\xbf" + raw.encode("utf-8")) == newsclean.clean(raw)
    assert newsclean.clean(bytearray(raw.encode("utf-8"))) == newsclean.clean(raw)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("Caf\u00e9 au lait".encode("latin-1"), r"not valid UTF-8.*0xe9.*offset 3"),
        (b"Title\n\n\xff\xfe broken", r"not valid UTF-8"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", r"binary"),
        (b"text with a NUL \x00 byte", r"binary"),
    ],
)
def test_bad_bytes_raise_input_error(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        newsclean.clean(data)
    with pytest.raises(ValueError):  # InputError is a ValueError for callers that catch those
        newsclean.clean_article(data)


def test_wrong_type_raises_input_error() -> None:
    with pytest.raises(InputError, match="str or bytes"):
        newsclean.clean(12)  # type: ignore[arg-type]


# --- records --------------------------------------------------------------------------------
def test_clean_record_passes_fields_through() -> None:
    rec = {"id": 7, "url": "https://example.org/a", "text": SEEDLIKE, "metadata": {"lang": "en"}}
    out = Cleaner().clean_record(rec, report_key="newsclean")
    assert out is not rec and rec["text"] == SEEDLIKE  # the input is not modified
    assert out["id"] == 7 and out["url"] == rec["url"]
    assert out["text"] == newsclean.clean(SEEDLIKE)
    report = out["metadata"]["newsclean"]
    assert out["metadata"]["lang"] == "en"
    assert report["counts"] == newsclean.clean_article(SEEDLIKE).counts()
    assert "metadata" not in Cleaner().clean_record({"text": SEEDLIKE})


def test_clean_record_missing_text() -> None:
    with pytest.raises(InputError, match="'body'"):
        Cleaner().clean_record({"text": "x"}, text_key="body")


def test_map_records_is_lazy() -> None:
    def gen():  # type: ignore[no-untyped-def]
        yield {"text": SEEDLIKE}
        raise AssertionError("consumed too far")

    it = iter(Cleaner().map_records(gen()))
    assert next(it)["text"] == newsclean.clean(SEEDLIKE)


def test_guard_refusals_name_their_guard_and_roundtrip() -> None:
    """A subheading that reads like an ad label is kept, and the Result says which guard
    refused which rule; the account survives the JSON round trip."""
    raw = (
        "Harbour council backs flood plan\n"
        "The city council voted 31 to 8 on Thursday to build a movable barrier across the "
        "harbour mouth, ending a decade of argument.\n"
        "Advertising\n"
        "Advertising revenue fell 4% in the quarter, the company said, as brands cut spending.\n"
        "Opponents said they would challenge the decision in court next month.\n"
    )
    result = newsclean.clean_article(raw)
    assert "\n\nAdvertising\n\n" in result.text
    assert [(g.line, g.code, g.guard) for g in result.guarded] == [(3, "NC404", "heading")]
    _roundtrips(result)


@pytest.mark.parametrize("ending", ["\n", "\r\n"])
def test_a_lone_cr_in_an_lf_or_crlf_text_is_a_line_break(ending: str) -> None:
    """Mixed line endings (a dump glued from several sources): a lone CR inside a text that
    otherwise uses LF or CRLF breaks the line, as universal newlines do, so that the two
    lines are judged apart; the raw input is still rebuilt byte for byte."""
    lf = (
        "Harbour city approves new flood barrier\n"
        "The city council voted 31 to 8 on Thursday to build a movable barrier.\n"
        "Share this article\n"
        "Engineers expect the project to take four years to finish, the mayor said.\n"
    )
    lines = lf.splitlines()
    raw = ending.join(lines[:2]) + "\r" + ending.join(lines[2:]) + ending
    result = newsclean.clean_article(raw)
    assert result.text == newsclean.clean(lf)
    # A removed line is recorded as it was, with the "\r" of its CRLF.
    assert [(r.line, r.text) for r in result.removed] == [(3, "Share this article" + ending[:-1])]
    assert result.reconstruct() == raw
    assert newsclean.Result.from_dict(json.loads(result.to_json())).reconstruct() == raw


def test_old_mac_line_endings_are_lines() -> None:
    """Text whose lines end in a bare CR (no LF anywhere) is cleaned line by line, as the same
    text with LF endings is, and the raw input is still rebuilt byte for byte."""
    lf = (
        "Harbour city approves new flood barrier\n"
        "Share this article\n"
        "The city council voted 31 to 8 on Thursday to build a movable barrier.\n"
        "Engineers expect the project to take four years to finish, the mayor said.\n"
    )
    cr = lf.replace("\n", "\r")
    result = newsclean.clean_article(cr)
    assert result.text == newsclean.clean(lf)
    assert [r.text for r in result.removed] == ["Share this article"]
    assert result.newline == "\r"
    assert result.reconstruct() == cr
    assert newsclean.Result.from_dict(result.to_dict()).reconstruct() == cr
