"""The text's last lines on made-up pages: what closes it and still belongs to it, what is the page's."""

from __future__ import annotations

import pytest
from madeup import HEAD as _HEAD
from madeup import LAST as _LAST
from madeup import LEAD as _LEAD
from madeup import MORE as _MORE

from tuiarchive.parser.body import read_body
from tuiarchive.parser.closing import with_closing_notes
from tuiarchive.parser.extract import extract
from tuiarchive.parser.page import Page, to_lines
from tuiarchive.parser.span import asks_of_reader

_TRAIL = [
    "",
    "Share this article",
    "Facebook",
    "Twitter",
    "More from Harbour Ledger",
    "Ferry fares to rise in April as fuel costs climb",
    "New school opens on the east bank after delays",
    "© 2031 Harbour Ledger. All rights reserved.",
]


def _body(*paragraphs: str) -> list[str]:
    lines = list(_HEAD)
    for p in paragraphs:
        lines += [p, ""]
    return extract(lines + _TRAIL, title_model=None).body


def test_a_short_last_paragraph_under_a_caption_is_the_texts_last() -> None:
    last = "The bridge opens to cyclists first."
    caption = "The bridge's steel arches in January (Jo Ng/Harbour Ledger)"
    assert _body(_LEAD, _MORE, _LAST, caption, last)[-1] == last


@pytest.mark.parametrize("slot", ["Advertisement", "Story continues below advertisement", "ANZEIGE"])
def test_a_short_last_paragraph_under_an_ad_slots_label_is_the_texts_last(slot: str) -> None:
    """An ad slot between paragraphs is in-text furniture as a caption is: a short last paragraph under it,
    the page's furniture right under that, is the text's; with prose below it (a comment, another story's
    blurb) or on another topic (a site's slogan), it is not."""
    last = "Officials said the bridge would stay shut to lorries for at least six more weeks."
    assert _body(_LEAD, _MORE, _LAST, slot, last)[-1] == last
    comment = (
        "Residents of the old town said the storm was the worst in living memory, and that the pier had "
        "stood for more than a century before the waves broke it in two on Sunday night."
    )
    assert _closed([_LEAD, _MORE, _LAST], slot, last, comment)[-1] == _LAST
    assert _closed([_LEAD, _MORE, _LAST], slot, "Local news, delivered to your door every morning.")[-1] == _LAST
    # a poll under the slot: its question is no closing sentence (review-parser)
    poll = ["Should the council spend more on bridge repairs?", "Yes", "No"]
    assert _body(_LEAD, _MORE, _LAST, slot, *poll)[-1] == _LAST


@pytest.mark.parametrize(
    "slogan",
    [
        "Local news, delivered to your door every morning.",
        "Read by forty thousand people every week.",
        "The harbour towns' oldest newspaper, since 1887.",
    ],
)
def test_a_sites_slogan_under_a_caption_is_not_the_texts_last(slogan: str) -> None:
    """The text's own closing sentence goes on with its topic; a site's pitch or slogan does not (it
    shares no word of meaning with the last paragraphs, or speaks of the paper itself)."""
    caption = "The old pier in March. Photo: Nadia Kell"
    assert _closed([_LEAD, _MORE, _LAST], caption, slogan)[-1] == _LAST


def test_a_short_sentence_under_a_pointer_or_with_prose_below_is_not_the_texts() -> None:
    """A pointer to another story ("Read more: ...") and the short sentence under it are that story's
    teaser, whatever follows; under a caption, prose below the sentence (a comment, another story) tells
    that the reader is past the text. (The closing stage, given where the text was found to end.)"""
    blurb = "The ferry company blamed fuel costs for the rise."
    for pointer in ("Read more: Ferry fares to rise in April", "Watch: Storm damages the old pier"):
        for under in (["3 hours ago"], ["2:31"], []):
            page = Page(to_lines([*_HEAD, _LEAD, _MORE, _LAST, pointer, blurb, *under, *_TRAIL]), "", None, None)
            assert with_closing_notes(page, [_LEAD, _MORE, _LAST])[-1] == _LAST, (pointer, under)
    caption = "The bridge at dusk (Jo Ng/Harbour Ledger)"
    comment = (
        "Residents of the old town said the storm was the worst in living memory, and that the pier had "
        "stood for more than a century before the waves broke it in two on Sunday night."
    )
    page = Page(to_lines([*_HEAD, _LEAD, _MORE, _LAST, caption, blurb, comment, *_TRAIL]), "", None, None)
    assert with_closing_notes(page, [_LEAD, _MORE, _LAST])[-1] == _LAST
    page = Page(to_lines([*_HEAD, _LEAD, _MORE, _LAST, caption, blurb, *_TRAIL]), "", None, None)
    assert with_closing_notes(page, [_LEAD, _MORE, _LAST])[-1] == blurb  # furniture under it: the text's
    assert _body(_LEAD, _MORE, _LAST, caption, "Sign up for our daily briefing.")[-1] == _LAST


def test_the_writers_closing_sentence_to_the_reader_is_text() -> None:
    closing = "If you live nearby, you will soon hear the traffic."
    assert not asks_of_reader(closing)
    assert _body(_LEAD, _MORE, _LAST, closing)[-1] == closing


@pytest.mark.parametrize(
    "appeal",
    [
        "Liked this story? Pass it on to your neighbours!",  # the site's things
        "You can get our stories in your inbox every morning.",  # the site's voice
        "You can now listen to the articles in the app!",  # its services
        "Have you crossed it yet? Tell us in the comments below.",
        "We hope you enjoyed this story.",
        "Thank you for reading.",
        "You have 3 free articles left this month.",
        "You are reading a free preview.",
        "If you enjoyed this, you may also like these stories.",
        "Got a story? You can reach the newsroom on 555 0100.",
        "You can read the full report here.",
    ],
)
def test_a_call_to_the_reader_after_the_text_is_still_cut(appeal: str) -> None:
    assert asks_of_reader(appeal)
    assert _body(_LEAD, _MORE, _LAST, appeal)[-1] == _LAST


def test_a_short_line_to_the_reader_before_the_text_is_still_the_sites() -> None:
    """Before any text is read, a short sentence to the reader is the site's ("You can now hear the
    news read aloud!"), whatever its words: the line reader drops it (span stage and model off)."""
    page = Page(
        to_lines([*_HEAD, "You can now hear the news read aloud!", "", _LEAD, _MORE, _LAST, *_TRAIL]), "", None, None
    )
    assert read_body(page, sum(map(bool, _HEAD)))[0][0] == _LEAD


def _closed(body: list[str], *under: str) -> list[str]:
    """The closing stage's answer, given the body the stages before it found and the lines under it."""
    lines = list(_HEAD)
    for p in [*body, *under]:
        lines += [p, ""]
    return with_closing_notes(Page(to_lines(lines + _TRAIL), "", None, None), body)


@pytest.mark.parametrize(
    "note",
    [
        "This article originally appeared in the Harbour Review.",
        "This interview has been adapted for length and clarity.",
        "Disclosure: the writer owns shares in the ferry line.",
    ],
)
def test_a_note_on_where_the_article_appeared_or_a_disclosure_under_the_text_is_its_own(note: str) -> None:
    assert _closed([_LEAD, _MORE, _LAST], note)[-1] == note
    assert _body(_LEAD, _MORE, _LAST, note)[-1] == note
    # an update note or a newsletter's line is none
    for other in ("This article was updated on 4 March to correct a date.", "Get our newsletter every morning."):
        assert _closed([_LEAD, _MORE, _LAST], other)[-1] == _LAST


def test_an_update_note_under_the_text_still_ends_it_before() -> None:
    assert _body(_LEAD, _MORE, _LAST, "This article was updated on 4 March to correct a date.")[-1] == _LAST


def test_a_social_post_quoted_at_the_end_of_the_text_keeps_the_line_that_signs_it() -> None:
    post = "The bridge is open! Come and walk across it this weekend. pic.example.org/b7Kq"
    signature = "— Harbour Council (@harbourcouncil) March 4, 2031"
    assert _body(_LEAD, _MORE, _LAST, post, signature)[-2:] == [post, signature]
    # without its signature a short line under the text is no quoted post
    assert _body(_LEAD, _MORE, _LAST, "Harbour Council on social media")[-1] == _LAST


def test_a_bare_disclaimer_label_goes_with_its_sentence_or_not_at_all() -> None:
    said = "The views expressed in this column are the writer's own and not those of the paper."
    assert _closed([_LEAD, _MORE, _LAST], "Disclaimer", said)[-2:] == ["Disclaimer", said]
    footer = ["Disclaimer", "Terms of use", "Privacy policy"]
    assert _closed([_LEAD, _MORE, _LAST], *footer)[-1] == _LAST


@pytest.mark.parametrize(
    "closing",
    [
        "If you live here, you will know the sound of the ferry at dawn.",
        "Entry is free if you bring your own boat.",
        "You will have heard the stories about the old pier.",
    ],
)
def test_the_writers_last_words_with_site_like_words_are_still_text(closing: str) -> None:
    assert not asks_of_reader(closing)
    assert _body(_LEAD, _MORE, _LAST, closing)[-1] == closing


def test_a_closing_credit_of_assistance_ends_the_text_a_sentence_opening_so_does_not() -> None:
    """ "—With assistance from Jo Ng." under the text is its credit (a stop); a paragraph of the text may open
    with the same words ("With assistance from the coastguard, ..."): no dash before them, and text."""
    credit = "—With assistance from Jo Ng and Tom Ash."
    assert _body(_LEAD, _MORE, _LAST, credit)[-1] == _LAST
    dialogue = "— With assistance from the coastguard we got everyone off the boat before it sank, the captain said."
    assert _body(_LEAD, _MORE, _LAST, dialogue)[-1] == dialogue
    sentence = "With assistance from the coastguard, the crew reached the shore before dawn on Sunday morning."
    text = [_LEAD, _MORE, sentence, _LAST]
    assert _body(*text)[-2:] == [sentence, _LAST]


@pytest.mark.parametrize(
    "quote",
    [
        "“I have never seen the water rise that fast in my life,” the harbour master said on Wednesday.",
        '"Nobody wanted to close it, but the surveys left us no choice," a council spokeswoman told reporters.',
        "« Nous avons assez attendu », a déclaré la maire de Lindhaven.",
    ],
)
def test_a_quotation_under_an_ad_slots_label_is_the_texts_last(quote: str) -> None:
    """Someone's words the story reports, set under an ad slot's label at the end: the text's last sentence
    though it opens with a quotation mark and shares no word with the paragraphs above (no site's slogan
    is said by someone)."""
    assert _body(_LEAD, _MORE, _LAST, "Sponsored", quote)[-1] == quote
    assert _closed([_LEAD, _MORE, _LAST], "Advertisement", quote)[-1] == quote


@pytest.mark.parametrize(
    "last", ["Nobody was hurt.", "Nothing was taken.", "Niemand wurde verletzt.", "Nadie resultó herido."]
)
@pytest.mark.parametrize("model", [None, "shipped"])
def test_a_three_word_sentence_closing_the_text_is_its_last(last: str, model: str | None) -> None:
    """A last paragraph of three words, a sentence in small letters ("Nobody was hurt."), closes the text as a
    longer one does, whatever list follows it."""
    lines = list(_HEAD)
    for p in (_LEAD, _MORE, _LAST, last):
        lines += [p, ""]
    assert extract(lines + _TRAIL, title_model=model).body[-1] == last


@pytest.mark.parametrize("cheer", ["Sharing is caring!", "Stay tuned, friends!", "Any thoughts, readers?"])
def test_a_three_word_exclamation_or_question_under_the_text_is_not_its_last(cheer: str) -> None:
    """Of three words, only a statement closes the text: a site's cheer or question under it does not."""
    lines = list(_HEAD)
    for p in (_LEAD, _MORE, _LAST, cheer):
        lines += [p, ""]
    assert extract(lines + _TRAIL, title_model=None).body[-1] == _LAST
