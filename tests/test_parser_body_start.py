"""Where the article's text starts, on made-up pages: both sides of each rule (what is skipped,
and what must still start the text)."""

from __future__ import annotations

import pytest
from madeup import LAST, MORE

from tuiarchive.parser.extract import extract

HEAD = ["Home", "News", "Harbour bridge to open in spring", "By Mara Lindqvist", "March 3, 2026"]
END = ["Most popular", "Copyright 2026 The Gazette"]
TEXT = (
    "The council said on Tuesday that the new harbour bridge would open to traffic in the spring, and "
    "that the cost of the work had risen by a third since the plans were first approved by the city."
)
CAPTION = "Workers on the deck of the new harbour bridge on Monday (Photo: Jo Ng/Harbour Post)"


def _first(lines: list[str]) -> str:
    return extract(lines, title_model=None).body[0]


def test_a_standfirst_over_the_lead_picture_is_not_the_text() -> None:
    standfirst = "The bridge will carry most of the ferry's traffic from April, the council says."
    assert _first([*HEAD, standfirst, CAPTION, TEXT, MORE, LAST, *END]) == TEXT


def test_a_first_paragraph_under_the_lead_picture_starts_the_text_with_a_picture_after_it() -> None:
    # the lead picture is above: the paragraph under it is the text's, the next picture inside the text
    second = "The ferry's last crossing before the bridge opens, seen from the pier (Photo: Jo Ng/Harbour Post)"
    lines = [*HEAD, CAPTION, TEXT, second, MORE, LAST, *END]
    assert _first(lines) == TEXT


def _start_line(lines: list[str]) -> str:
    """The line the body stage starts the text at (before the span stage and the learned model)."""
    from tuiarchive.parser.header import read_header
    from tuiarchive.parser.headline import find_title
    from tuiarchive.parser.page import Page, to_lines
    from tuiarchive.parser.start import body_start

    page = Page(to_lines(lines), "", None, None)
    find_title(page)
    return page.text(body_start(page, read_header(page)[0]))


CJK_FIRST = "港の新しい橋は春に開通する予定で、市議会は火曜日に工事の費用が当初の計画より三分の一増えたと発表しました。"
CJK_SECOND = "技術者の Jo Ng さんによると、橋は一月に荷重試験に合格しましたが、アーチの塗装は開通後も続くそうです。"
CJK_HEAD = ["ホーム", "ニュース", "港の新しい橋、春に開通へ", "2026-03-03"]


def test_a_sentence_of_cjk_text_with_no_spaces_starts_the_text() -> None:
    # one "word" to str.split(), a sentence to a reader: not a label to skip
    assert _start_line([*CJK_HEAD, CJK_FIRST, CJK_SECOND, *END]) == CJK_FIRST


def test_a_cjk_label_is_still_no_start_of_the_text() -> None:
    assert _start_line([*CJK_HEAD, "社会", CJK_FIRST, CJK_SECOND, *END]) == CJK_FIRST


def test_the_points_under_a_key_points_heading_are_no_start_of_the_text() -> None:
    points = ["The bridge opens in April.", "Its cost rose by a third since 2024."]
    assert _first([*HEAD, "Key points", *points, TEXT, MORE, LAST, *END]) == TEXT
    assert _first([*HEAD, "HIGHLIGHTS", points[0], TEXT, MORE, LAST, *END]) == TEXT


def test_a_long_paragraph_under_a_summary_heading_is_the_text() -> None:
    # a heading over the text itself, not over a box of short points
    assert _first([*HEAD, "Summary", TEXT, MORE, LAST, *END]) == TEXT
    # a short sentence that is no point of any box starts the text as before
    short = "The new harbour bridge will open in April."
    assert _first([*HEAD, short, TEXT, MORE, LAST, *END]) == short


def test_two_labelled_credits_on_one_line_are_a_credit() -> None:
    from tuiarchive.parser.captions import is_photo_credit

    assert is_photo_credit("Photo illustration by Harbour Post. Photo by Jo Ng.")
    assert is_photo_credit("Illustration by Jo Ng. Photo by Tom Ash")
    # a credit and a sentence, or a sentence and a credit, is no line of credits
    assert not is_photo_credit("Photo by Jo Ng. The council met on Monday")
    assert not is_photo_credit("The bridge opened. Photo by Jo Ng")


def test_a_caption_over_a_line_of_two_credits_is_no_start_of_the_text() -> None:
    lines = [*HEAD, "Mara Lindqvist in 1987.", "Photo illustration by Harbour Post. Photo by Jo Ng.", TEXT, MORE, LAST]
    assert _start_line([*lines, *END]) == TEXT


def test_a_wire_dateline_ending_on_a_colon_starts_the_text() -> None:
    lead = "KINGSPORT, Valdenia (AP) — The latest on the opening of the new harbour bridge (all times local):"
    lines = [*HEAD, lead, "10 a.m.", TEXT, MORE, LAST, *END]
    assert _start_line(lines) == lead
    # a label after a dateline, with a colon, is no paragraph
    assert _start_line([*HEAD, "KINGSPORT — Key dates:", TEXT, MORE, LAST, *END]) == TEXT


def test_a_newsletter_box_between_the_dek_and_the_byline_is_part_of_the_header() -> None:
    pitch = "Get the day's top stories in your inbox every morning."
    box = ["Sign up for the Morning Briefing", pitch, "Enter your email", "Sign Up"]
    lines = ["Gazette", "Harbour bridge to open in spring", "The bridge opens in April.", *box]
    found = extract([*lines, "By Mara Lindqvist", "March 3, 2026", TEXT, MORE, LAST, *END], title_model=None)
    assert found.body[0] == TEXT
    assert found.author == "Mara Lindqvist"
    assert found.published is not None and found.published.isoformat() == "2026-03-03"


# ---------------------------------------------------------------------- hard-wrapped copies
WRAPPED_TEXT = [  # a sentence a paragraph: a wrap at a sentence's end may be a paragraph's end too
    TEXT[:-1] + ", the chair of the council Mara Lindqvist told reporters after the meeting in the town hall.",
    MORE,
    "“It has taken a long time, but the town will have its bridge,” said the chair of the harbour board "
    "Tom Reilly, who has crossed on the ferry every day since the work began.",
]


def _wrapped_page(width: int, blank_between: bool) -> list[str]:
    import textwrap

    lines = ["Gazette", "Harbour bridge to open in spring", "", "By Mara Lindqvist", "March 3, 2026", ""]
    for k, para in enumerate(WRAPPED_TEXT):
        if k and blank_between:
            lines.append("")
        lines += textwrap.wrap(para, width)
    return [*lines, "", "Most popular", "Copyright 2026 The Gazette"]


def test_a_hard_wrapped_copy_gives_its_paragraphs_whole_at_any_width() -> None:
    for width in (56, 64, 72, 78):
        for blank_between in (True, False):
            body = extract(_wrapped_page(width, blank_between), title_model=None).body
            assert body == WRAPPED_TEXT, (width, blank_between, body)


def test_a_wrap_width_is_found_only_in_a_wrapped_copy() -> None:
    from tuiarchive.parser.page import to_lines
    from tuiarchive.parser.paragraphs import wrap_width

    assert (
        wrap_width(to_lines(_wrapped_page(64, True))) == 64 or 56 < wrap_width(to_lines(_wrapped_page(64, True))) <= 64
    )
    assert wrap_width(to_lines([*HEAD, TEXT, MORE, LAST, TEXT, MORE, LAST, TEXT, MORE, LAST, *END])) is None


def test_short_lines_of_a_wrapped_copy_stay_apart() -> None:
    # the items of a list under the wrapped text: lines the width did not break
    import textwrap

    lines = ["Gazette", "Harbour bridge to open in spring", "By Mara Lindqvist", "March 3, 2026", ""]
    lines += textwrap.wrap(TEXT + " " + MORE, 70)
    items = ["March: the last arch of the bridge is lifted", "April: the bridge opens to cars and buses"]
    body = extract([*lines, "", "Key dates:", *items, "", *textwrap.wrap(LAST, 70), *END], title_model=None).body
    assert body[0] == TEXT + " " + MORE
    assert items[0] in body and items[1] in body, body
    assert body[-1] == LAST


def test_a_byline_with_its_date_glued_by_a_dot_under_a_dek_ends_the_header() -> None:
    dek = "Мост через гавань откроют весной, а стоимость работ выросла на треть, сообщили в совете."
    text = (
        "Городской совет во вторник сообщил, что новый мост через гавань откроют для движения весной, "
        "а стоимость работ выросла на треть с тех пор, как проект был утверждён."
    )
    more = "Инженеры рассказали совету, что мост прошёл испытания в январе, но покраска арок ещё продлится."
    byline = "Текст: Анна Коваль·3 марта 2026"
    found = extract(["Газета", "Мост через гавань откроют весной", dek, byline, text, more, *END], title_model=None)
    assert found.body[0] == text
    assert found.author == "Анна Коваль"
    assert found.published is not None and found.published.isoformat() == "2026-03-03"


def test_a_mark_glued_between_a_name_and_a_date_splits_them() -> None:
    from tuiarchive.parser.bylines import names_before_tail
    from tuiarchive.parser.names import split_name_date

    found = split_name_date("Mara Lindqvist·3 March 2026")
    assert found is not None and found[0] == "Mara Lindqvist"
    assert names_before_tail("Mara Lindqvist•Tomas Berg") == "Mara Lindqvist, Tomas Berg"
    assert split_name_date("Mara Lindqvist·Kingsport") is None  # no date: no byline-and-date line
    # a middle dot inside a word ("l·l") is no mark
    assert names_before_tail("Marcel·la Puig") == "Marcel·la Puig"
    found = split_name_date("Núria Col·lell, 3 March 2026")
    assert found is None or found[0] != "Núria Col", found


def test_a_line_broken_by_the_width_runs_on_but_code_and_lists_do_not() -> None:
    from tuiarchive.parser.paragraphs import wrapped

    said = "“It will open in April,” said the chair of the harbour board"
    assert wrapped(said, "Tom Reilly, who crossed on the ferry every day.", 62)
    assert not wrapped(said, "Tom Reilly, who crossed on the ferry every day.", 80)  # "Tom" fitted: a break
    code = "for (const crossing of timetable.crossingsFor(day)) {"
    assert not wrapped(code, "schedule(crossing, harbour.pier(crossing.pier));", 56)
    assert not wrapped("The bridge will carry, from April:", "Cars, buses and bicycles", 36)
    assert not wrapped("The bridge will carry cars and buses", "- Bicycles on a lane of their own", 38)


def test_paragraphs_of_text_with_comment_stamps_under_them_are_no_summary_box() -> None:
    comments = ["Jo Ng says:", "March 3, 2026 at 9:14 am", "About time too.", "Tom Ash says:", "March 3, 2026"]
    lines = ["Gazette", "Harbour bridge to open in spring", "Posted by Mara Lindqvist", TEXT, MORE, LAST, *comments]
    assert _start_line([*lines, *END]) == TEXT


def test_short_points_over_the_byline_are_a_summary_box_above_the_header() -> None:
    points = ["The bridge opens to traffic in April.", "Its cost rose by a third since 2024."]
    lines = ["Gazette", "Harbour bridge to open in spring", *points, "By Mara Lindqvist", "March 3, 2026"]
    found = extract([*lines, TEXT, MORE, LAST, *END], title_model=None)
    assert found.body[0] == TEXT and found.author == "Mara Lindqvist"


def test_a_page_of_one_short_sentence_a_line_is_no_wrapped_copy() -> None:
    sentences = [
        "The regional government has promised to pay about a third of the bill.",
        "Residents can send comments to the planning office until the end of the month.",
        "The council's own figures put the total cost at close to thirteen million.",
        "A public meeting on the plans will be held in the town hall next Tuesday.",
        "Work on the first stretch of the new line could start as early as next spring.",
        "Shop owners on the high street have asked for the works to stop at Christmas.",
        "The last tram in the town ran in 1961, when the old line was closed and torn up.",
        "Buses will run on the route while the new tracks are laid along the high street.",
    ]
    lines = ["Gazette", "Tram line plans go on show", "By Mara Lindqvist", "March 3, 2026", *sentences, *END]
    assert extract(lines, title_model=None).body == sentences


def test_a_brief_whose_text_is_all_under_an_in_brief_heading_keeps_its_sentences() -> None:
    sentences = [
        "The council in Kingsport votes on a new tram line next week.",
        "The regional government would pay a third of the cost.",
        "Work could start next spring.",
    ]
    body = extract([*HEAD, "In brief", *sentences, *END], title_model=None).body
    assert body[0] == sentences[0], body


def test_the_header_does_not_swallow_a_first_paragraph_with_a_newsletter_box_under_it() -> None:
    box = ["Sign up for the Morning Briefing", "Get the day's top stories in your inbox every morning.", "Sign Up"]
    found = extract([*HEAD, TEXT, *box, MORE, LAST, *END], title_model=None)
    assert found.body[0] == TEXT


def test_a_dek_over_a_line_of_several_bylines_is_part_of_the_header() -> None:
    dek = (
        "Engineers finish the load tests of the harbour bridge a week early; the council says the first "
        "cars and buses may cross in April"
    )
    lines = ["Gazette", "Harbour bridge live: the last arch is lifted", dek, "Jo Ng (now) and Tom Ash (earlier)"]
    lines += ["Fri 13 Mar 2026 14.52 GMT", "Share", TEXT, MORE, LAST, *END]
    assert _start_line(lines) == TEXT
    assert extract(lines, title_model=None).author == "Jo Ng, Tom Ash"


SHORT_PARAGRAPHS = [
    "Officials in Kingsport said on Tuesday that the ferry timetable would be put to a vote of the council.",
    "Residents who spoke at the meeting were divided, some saying the cost was too high and others that it was low.",
    "The council's finance committee put the total cost at about 25 million, a third of it from the region.",
    "Work could begin as early as next spring if the vote passes, according to the town's planning office.",
]


def test_a_text_of_short_paragraphs_with_dated_comments_under_it_is_no_stack_of_deks() -> None:
    comment = "I have lived in the old town for thirty years and I have never seen the council move this fast."
    comments = ["Jo Ng says:", "March 8, 2026 at 3:48 pm", comment, "Reply"]
    lines = ["Gazette", "Ferry timetable goes to a vote", "By Mara Lindqvist", "March 3, 2026", *SHORT_PARAGRAPHS]
    tail = ["Posted in Local news | Tagged Kingsport, council", "3 thoughts on this story", *comments]
    body = extract([*lines, *tail, *END], title_model=None).body
    assert body[0] == SHORT_PARAGRAPHS[0], body


def test_two_dek_sentences_over_the_byline_are_the_header() -> None:
    deks = [
        "The bridge will carry most of the ferry's traffic from April, the council says.",
        "Its cost has risen by a third since the plans were first approved by the city.",
    ]
    lines = ["Gazette", "Harbour bridge to open in spring", *deks, "By Mara Lindqvist", "March 3, 2026"]
    assert _start_line([*lines, TEXT, MORE, LAST, *END]) == TEXT


def test_a_note_that_points_elsewhere_is_not_the_text() -> None:
    """A hatnote over the text ("For ..., see ...", "Not to be confused with ..."), or a whole line
    in brackets: a note about the page, the text starts under it (lexicon.POINTER_NOTE_RE)."""
    for note in (
        "For the old swing bridge that it replaces, see Harbour Swing Bridge.",
        "Not to be confused with the Harbour Ferry Bridge.",
        "(See the notes at the end of the story for the sources.)",
    ):
        assert _first([*HEAD, note, TEXT, MORE, LAST, *END]) == TEXT, note


def test_a_sentence_that_begins_with_for_still_starts_the_text() -> None:
    lead = (
        "For most of the winter the ferry ran twice a day, and the council said on Tuesday that the "
        "new harbour bridge would open to traffic in the spring."
    )
    assert _first([*HEAD, lead, TEXT, MORE, LAST, *END]) == lead


@pytest.mark.parametrize(
    "banner",
    [
        "Este sitio usa cookies propias para medir las visitas. Si sigues navegando, aceptas su uso.",
        "Wir verwenden Cookies, damit die Seite schneller l\u00e4dt und Ihre Einstellungen gespeichert bleiben.",
        "Questo sito usa cookie di terze parti: chiudendo questo avviso acconsenti al loro uso.",
        "Ao continuar a navegar no site, aceita a utiliza\u00e7\u00e3o de cookies para fins de estat\u00edstica.",
        "Deze site gebruikt cookies om te tellen hoeveel lezers een artikel opent.",
    ],
)
def test_a_cookie_banner_in_a_common_language_is_not_the_text(banner: str) -> None:
    """The site's notice of its cookies, copied between the header and the text, in the common languages and
    Dutch: the text starts under it."""
    assert _first([*HEAD, banner, TEXT, MORE, LAST, *END]) == TEXT


def test_a_paragraph_on_cookies_is_the_text() -> None:
    baking = "The bakery on Quay Street sold four thousand cookies on its first Saturday, the owner said afterwards."
    assert _first([*HEAD, baking, TEXT, MORE, LAST, *END]) == baking


@pytest.mark.parametrize(
    "card",
    [
        ["Read more", "Ferry crews vote on the new timetable", "Harbour market moves to the old quay"],
        ["Leggi anche", "Il mercato del porto si sposta sul molo vecchio"],
        ["Te puede interesar", "El mercado del puerto se muda al muelle viejo", "Los barqueros votan el nuevo horario"],
        ["Lesen Sie auch: Der Hafenmarkt zieht an den alten Kai"],
        ["\u00bb Ferry crews vote on the new timetable", "\u00bb Harbour market moves to the old quay"],
    ],
)
def test_a_short_first_paragraph_over_a_card_of_other_stories_starts_the_text(card: list[str]) -> None:
    """The text's paragraphs split by lines of links: a first paragraph of one sentence right under the header,
    a card of other stories under it, the text going on under the card."""
    lead = "The harbour bridge will open to traffic in April, the council said on Tuesday evening."
    assert _first([*HEAD, lead, *card, TEXT, MORE, LAST, *END]) == lead


_COOKIE_STORIES = {
    "es": [
        "Multa a una tienda en l\u00ednea por sus cookies",
        "La autoridad de datos ha multado con 40.000 euros a una tienda de muebles de la ciudad por el uso de "
        "cookies sin el consentimiento de sus clientes.",
        "Seg\u00fan la resoluci\u00f3n, la web guardaba cookies de publicidad en cuanto el cliente entraba en el "
        "sitio, antes de que pudiera aceptarlas.",
        "Los juristas recuerdan que navegar por una web no equivale a aceptar sus cookies.",
        "La tienda tiene un mes para recurrir la sanci\u00f3n ante los tribunales.",
    ],
    "en": [
        "Furniture shop fined over its cookies",
        "The data authority has fined a furniture shop in the city 40,000 euros for its use of cookies without "
        "the consent of its customers.",
        "According to the ruling, the website stored advertising cookies as soon as a customer arrived on the "
        "site, before they could accept them.",
        "Lawyers say that browsing a website is not the same as accepting its cookies.",
        "The shop has a month to appeal against the fine in court.",
    ],
}


@pytest.mark.parametrize("lang", sorted(_COOKIE_STORIES))
def test_a_story_about_cookies_keeps_its_paragraphs(lang: str) -> None:
    """Review W61: a story's paragraphs that name cookies with the words of consent are the text's."""
    title, *paragraphs = _COOKIE_STORIES[lang]
    body = extract(["Home", "News", title, "By Mara Lindqvist", "March 3, 2026", *paragraphs, *END], title_model=None)
    assert body.body == paragraphs


@pytest.mark.parametrize(
    "banner",
    [
        "Utilizamos cookies propias y de terceros para medir las visitas a esta web.",
        "We use cookies to measure how many readers open a story.",
        "Proseguendo la navigazione acconsenti all'uso dei cookie.",
    ],
)
def test_a_cookie_banner_over_the_headline_is_the_sites(banner: str) -> None:
    found = extract([banner, "Accept all cookies", *HEAD, TEXT, MORE, LAST, *END], title_model=None)
    assert found.title == HEAD[2]
    assert found.body[0] == TEXT
