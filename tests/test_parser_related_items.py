"""Stage `related`, its last look (related_items): lines in a list's place and shape that are no
headline of another article (review P1's classes on real pages: code, ad scripts and JSON-LD, a
comment thread, a comment form, buttons and app promos, share counts, an ad network's credit).
Every page here is made up for the tests (madeup_related): no real page's text."""

from __future__ import annotations

import pytest
from madeup import LEAD, MORE
from madeup_related import END, HEAD, ITEMS
from madeup_related import related as _related

from tuiarchive.parser.extract import extract
from tuiarchive.parser.related_items import is_code, no_headline

# each junk line under a list header, beside a real list: the list stays, the junk goes
_JUNK = {
    "code": ["var ferry = new Ferry();", "ferry.sail(harbour, { speed: 12 });"],
    "ad script": ["window.harbourAds = window.harbourAds || [];", '"harbourKey": [{', '"writer": "Mara Lindqvist"'],
    "buttons": ["Continue using the blocker and miss the tide tables", "Comment on this report"],
    "app store": ["Tide tables in your pocket: get it free on the App Store"],
    "share counts": ["This report was shared 318 times", "1.2k shares"],
    "stamps": ["5 hours ago at 9:40 pm", "12/04/31 6:15pm"],
    "credit": ["by Adnetwork by Adnetwork"],
    "form": [
        "Escreva um comentário",
        "",
        "Para comentar, o nome e o e-mail são pedidos *",
    ],
}


@pytest.mark.parametrize("junk", list(_JUNK.values()), ids=list(_JUNK))
def test_junk_under_a_list_header_is_no_item(junk: list[str]) -> None:
    got = _related(["Most read", *ITEMS, "More from the Gazette", *junk])
    assert got == ITEMS


def test_a_list_whose_header_is_code_goes_whole() -> None:
    code = ['describe("ferry", function() {', 'it("should sail at noon", function() {', "var ferry = new Ferry();"]
    lines = ["Most read", *ITEMS, *code, *[f"expect(ferry.sails({n})).toBe(true);" for n in range(3)]]
    assert _related(lines) == ITEMS


def test_a_list_of_download_buttons_is_no_list() -> None:
    buttons = [f"Harbour Maps free download for {device} and more" for device in ("tablets", "phones", "laptops")]
    assert _related(["Read next", *buttons]) == []


_EN_COMMENTS = ["Jon", "", "Could the town not have built a tunnel under the harbour instead?", "", "reply"]
_EN_COMMENTS += ["April 6, 2031", "2:20 AM", "Anonymous", "", "the ferry was fine for most of us and cost far less"]
_EN_COMMENTS += ["", "reply", "April 6, 2031"]
_PT_COMMENTS = ["5 comentários", "Eva", "3 meses atrás", ""]
_PT_COMMENTS += ["Jon, acho que sim, a ponte abre em abril segundo a câmara", "", "Responder"]


@pytest.mark.parametrize("comments", [_EN_COMMENTS, _PT_COMMENTS], ids=["en", "pt"])
def test_readers_comments_over_their_reply_buttons_are_no_items(comments: list[str]) -> None:
    assert _related(["Most read", *ITEMS, *comments]) == ITEMS


def test_a_sentence_of_the_pages_own_text_is_no_item() -> None:
    lines = [*HEAD, LEAD, MORE, "Read more", MORE, *ITEMS, *END]
    found = extract(lines, title_model=None)
    assert MORE not in [r.headline for r in found.related]


@pytest.mark.parametrize(
    "headline",
    [
        "Ferry crews vote to strike over summer rosters",
        "E=mc2 at 100: what the harbour school's pupils learnt",
        "20 years ago today, the old bridge closed for good",
        "Il y a 50 ans, le pont du port ouvrait",
        "Watch: the last arch of the bridge lifted into place",
        "Downloads of the Gazette app double in a year",
        "Report: tram fares to rise again in the new year",
        "2031 in review: the harbour's year in pictures",
    ],
)
def test_headlines_pass(headline: str) -> None:
    assert not no_headline(headline)


def test_code_is_told_from_a_headline() -> None:
    assert is_code("var boat = new Boat();") and is_code("<b> <i>") and is_code("a || b")
    assert not is_code("Harbour bridge (finally) opens; ferries stop")


def test_a_quotation_of_the_text_is_no_item() -> None:
    said = "“The bridge will change how this town lives,” said Jon Berg, who runs the harbour café."
    lines = [*HEAD, LEAD, said, MORE, "Most read", *ITEMS, "“The bridge will change how this town lives”", *END]
    found = extract(lines, title_model=None)
    assert [r.headline for r in found.related] == ITEMS


def test_a_headline_in_the_words_of_the_text_stays() -> None:
    # the text names another article's subject in the same words, with no quotation mark: an item
    text = f"{MORE} Ferry crews vote to strike over summer rosters was the talk of the quay all week."
    found = extract([*HEAD, LEAD, text, "Most read", *ITEMS, *END], title_model=None)
    assert [r.headline for r in found.related] == ITEMS


def test_a_lists_name_before_its_item_on_one_line_is_no_part_of_the_headline() -> None:
    lines = ["Most read", *[f"See also: {item}" for item in ITEMS]]
    assert _related(lines) == ITEMS


@pytest.mark.parametrize(
    "junk",
    [
        ["Themen: Hafen, Fähren, Stadtrat"],
        ["Soutenez la rédaction du port", "Unterstützen Sie unseren Hafen-Journalismus"],
    ],
    ids=["tag line", "appeal"],
)
def test_a_tag_line_or_an_appeal_in_another_language_is_no_item(junk: list[str]) -> None:
    assert _related(["Most read", *ITEMS, *junk]) == ITEMS


@pytest.mark.parametrize(
    "junk",
    [
        ["Dieser Bericht wurde 412 mal geteilt", "Partagé 95 fois", "318 partages"],
        ["Get our app for the tide tables", "Create a free account to keep reading", "Crea una cuenta gratis"],
        ["Is your ad blocker on?", "I've turned it off"],
    ],
    ids=["counts in other languages", "app and account buttons", "ad-blocker prompt"],
)
def test_counts_buttons_and_an_ad_blocker_prompt_in_other_wordings_are_no_items(junk: list[str]) -> None:
    assert _related(["Most read", *ITEMS, "More from the Gazette", *junk]) == ITEMS


@pytest.mark.parametrize(
    "headline",
    [
        "Ad blockers cost the harbour's papers dearly, study finds",
        "Why I turned it off: a month without my phone on the ferry",
        "Account holders queue at the harbour bank",
    ],
)
def test_headlines_about_the_same_things_pass(headline: str) -> None:
    assert not no_headline(headline)
