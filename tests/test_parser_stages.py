"""Small stages of the parser on made-up pages."""

from __future__ import annotations

from pathlib import Path

from conftest import SAMPLES
from madeup import LAST as _LAST
from madeup import LEAD as _LEAD
from madeup import MORE as _MORE

from tuiarchive.parser.closing import is_author_note
from tuiarchive.parser.extract import extract


def test_a_wire_story_starts_at_its_dateline_not_at_the_caption_above() -> None:
    caption = (
        "Workers stand on the deck of the new harbour bridge, left, as the last steel arch is lifted into "
        "place above the water on a cold morning in the town last week."
    )
    page = ["Home", "News", "Harbour bridge to open in spring", "By Mara Lindqvist", "March 3, 2026"]
    found = extract([*page, caption, _LEAD, _MORE, _LAST, "Copyright 2026 The Gazette"], title_model=None)
    assert found.body[0] == _LEAD
    assert found.body[-1] == _LAST


def _site_page(n: int, headline: str, text: str) -> list[str]:
    return [
        "Home",
        "News",
        "Sign up for the Gazette's morning briefing of the day's best stories",
        headline,
        "By Mara Lindqvist",
        "March 3, 2026",
        text.replace("harbour", f"harbour {n}"),
        "The Gazette has been the paper of the towns along the coast since 1881, and it is still owned by "
        "the families who founded it in the years after the great flood.",
        "Terms of use and privacy notice of the Gazette, all rights reserved",
    ]


def test_lines_that_recur_across_a_folder_are_chrome_whatever_the_order() -> None:
    from tuiarchive.parser.context import drop_chrome, line_hash, recurring_lines

    pages = [_site_page(n, f"Headline number {n} of the day here", f"{_MORE} {_LAST}") for n in range(5)]
    chrome = recurring_lines(pages)
    assert chrome == recurring_lines(list(reversed(pages)))
    assert line_hash("Terms of use and privacy notice of the Gazette, all rights reserved") in chrome
    assert line_hash("By Mara Lindqvist") in chrome  # one author's folder: the byline recurs too
    assert line_hash("Headline number 0 of the day here") not in chrome
    assert recurring_lines(pages[:3]) == frozenset()  # too few files to tell
    kept = drop_chrome(pages[0], chrome)
    assert kept[0] == "Home" and "News" not in kept and "Headline number 0 of the day here" in kept
    assert "By Mara Lindqvist" in kept and "March 3, 2026" in kept  # recurring, but the header's fields


def test_a_folder_of_one_site_keeps_its_lists_bylines_dates_and_read_times() -> None:
    # our samples are one made-up site: "Most popular", "Editors' Picks", "2 min read" are on
    # every page; the folder's chrome must not take the lists or the header's fields with it
    from tuiarchive.parser import NotAnArticle, parse_bytes
    from tuiarchive.parser.context import recurring_lines
    from tuiarchive.text import decode_bytes, split_lines

    pages = sorted(SAMPLES.glob("*.txt"))
    chrome = recurring_lines(split_lines(decode_bytes(p.read_bytes()).text) for p in pages)
    assert chrome  # the samples do repeat lines: the check below means something
    compared = 0
    for page in pages:
        try:
            alone = parse_bytes(page.read_bytes(), page)
        except NotAnArticle:
            continue  # the samples hold a non-article on purpose
        compared += 1
        in_folder = parse_bytes(page.read_bytes(), page, chrome=chrome)
        for name in ("title", "published", "author", "read_minutes", "related"):
            assert getattr(in_folder, name) == getattr(alone, name), (page.name, name)
    assert compared >= 30


def test_a_page_read_with_its_folder_s_chrome_ends_at_its_text() -> None:
    from tuiarchive.parser.context import recurring_lines

    pages = [_site_page(n, f"Headline number {n} of the day here", f"{_LEAD} {_MORE}") for n in range(5)]
    alone = extract(pages[0], title_model=None)
    with_context = extract(pages[0], title_model=None, chrome=recurring_lines(pages))
    assert with_context.title == "Headline number 0 of the day here"
    assert with_context.body[-1].endswith("after the opening of the bridge.")
    assert alone.body[-1] != with_context.body[-1]  # alone, the site's notice reads as text


def test_parse_with_a_folder_as_context(tmp_path: Path) -> None:
    import json

    from typer.testing import CliRunner

    from tuiarchive.cli import app

    for n in range(5):
        page = _site_page(n, f"Headline number {n} of the day here", f"{_LEAD} {_MORE}")
        (tmp_path / f"page-{n}.txt").write_text("\n\n".join(page) + "\n", encoding="utf-8")
    target = str(tmp_path / "page-0.txt")
    runner = CliRunner()
    plain = json.loads(runner.invoke(app, ["parse", "--json", target]).output)
    result = runner.invoke(app, ["parse", "--json", "--context", str(tmp_path), target])
    assert result.exit_code == 0, result.output
    got = json.loads(result.output)
    assert got["title"] == "Headline number 0 of the day here"
    assert got["body"][-1].endswith("after the opening of the bridge.")
    assert plain["body"][-1] != got["body"][-1]


def test_boilerplate_words_are_sorted_by_kind() -> None:
    from tuiarchive.parser.lexicon import BOILERPLATE_KINDS, boilerplate_kinds

    def kinds(text: str) -> set[str]:
        bits, _ = boilerplate_kinds(text.split())
        return {k for i, k in enumerate(BOILERPLATE_KINDS) if bits >> i & 1}

    assert kinds("Sign up for our newsletter") == {"subscribe"}
    assert kinds("Photo: Getty Images") == {"credit"}
    assert kinds("This work is licensed under a Creative Commons licence.") == {"legal"}
    assert kinds("Leave a comment (12 comments)") == {"comments"}
    assert kinds("Compartir en Facebook") == {"share"}
    assert kinds("The council said the bridge would open in the spring.") == set()
    assert boilerplate_kinds(["Share", "on", "Twitter", "and", "Facebook"])[1] == 3


_HEAD = ["Home", "News", "Harbour bridge to open in spring", "By Mara Lindqvist", "March 3, 2026"]
_END = ["Most popular", "Copyright 2026 The Gazette"]


def test_a_related_card_whose_headline_reads_as_a_sentence_does_not_end_the_text() -> None:
    card = "I crossed the old ferry one last time. It was the best ride of my life."
    found = extract([*_HEAD, _LEAD, _MORE, "Related", card, _MORE.replace("January", "May"), _LAST, *_END])
    assert found.body[0] == _LEAD and found.body[-1] == _LAST
    assert card not in found.body


def test_two_related_boxes_in_a_row_inside_the_text_do_not_end_it() -> None:
    boxes = [
        "Related",
        "Harbour Ferry Makes Its Last Crossing After a Century of Service",
        "Council Approves New Budget for the Coastal Road Repairs",
        "Related",
        "Town Museum Opens an Exhibition on the Great Flood of 1881",
        "Fishermen Say the New Bridge Will Change the Harbour for Good",
    ]
    found = extract([*_HEAD, _LEAD, _MORE, *boxes, _LAST, *_END])
    assert found.body[-1] == _LAST
    assert not any("Ferry Makes" in p for p in found.body)


def test_continue_reading_between_paragraphs_is_a_link_not_a_paywall() -> None:
    found = extract([*_HEAD, _LEAD, "Continue reading the full report", _MORE, _LAST, *_END])
    assert found.body[-1] == _LAST and not found.truncated
    walled = extract([*_HEAD, _LEAD, "Continue reading the full report", "Subscribe", *_END])
    assert walled.body == [_LEAD] and walled.truncated


def test_a_name_over_a_follow_button_or_a_read_time_is_the_author() -> None:
    under = extract(["Harbour bridge to open in spring", "Mara Lindqvist", "Follow", _LEAD, _MORE, _LAST, *_END])
    assert under.author == "Mara Lindqvist"
    timed = extract(["Harbour bridge to open in spring", "Mara Lindqvist", "6 min read", _LEAD, _MORE, _LAST])
    assert timed.author == "Mara Lindqvist"


def test_an_author_card_above_the_headline_names_the_author() -> None:
    page = ["Home", "Mara Lindqvist", "6 min read", "Harbour bridge to open in spring", _LEAD, _MORE, _LAST, *_END]
    assert extract(page).author == "Mara Lindqvist"
    # a name over no read time, date or button is no author card
    assert extract(["Home", "Mara Lindqvist", "Harbour bridge to open in spring", _LEAD, _MORE, _LAST]).author is None


def test_captions_credited_to_a_photographer_are_captions() -> None:
    from tuiarchive.parser import lines as L

    assert L.is_caption("Harbour pilot Mara Lindqvist. Photograph: Jon Berg for the Gazette")
    assert L.is_caption("The old ferry at the harbour in Lindhaven Jon Berg/Reuters")
    assert not L.is_caption("The council and/or the harbour board will pay for the work, Reuters said.")
    assert not L.is_caption("She kept the photograph: a ferry, a harbour and the old bridge.")


def test_a_break_with_the_text_going_on_after_it_is_inside_the_text() -> None:
    update = (
        "The harbour master said on Thursday that the ferry would keep running until the bridge opened, and "
        "that its crew would be offered work on the new water taxis that the council plans for the summer."
    )
    later = (
        "Engineers said the last girder would be lifted into place at the end of the month, weather allowing, "
        "and that the lighting of the arches would be tested at night in the week before the opening."
    )
    found = extract([*_HEAD, _LEAD, _MORE, "___", "4:15 p.m.", update, later, *_END])
    assert found.body[-1] == later


def test_a_break_before_the_credits_ends_the_text() -> None:
    credit = "Associated Press writer Jon Ekdahl in Malmo contributed to this report."
    found = extract([*_HEAD, _LEAD, _MORE, "___", credit, "Most popular", "Bridge opening delayed again as costs soar"])
    assert found.body[-1] == _MORE
    found = extract([*_HEAD, _LEAD, _MORE, "* * *", "Follow our coverage of the harbour at the link below.", *_END])
    assert found.body[-1] == _MORE


_TEXT = (
    "The council said on Tuesday that the new harbour bridge would open to traffic in the spring, and "
    "that the cost of the work had risen by a third since the plans were first approved by the city."
)


def test_a_wire_story_starts_at_its_dateline_after_a_whole_gallery_of_captions() -> None:
    from tuiarchive.parser.body import from_dateline
    from tuiarchive.parser.page import Page, to_lines

    gallery = [f"Workers lift girder number {n} of the new harbour bridge into place on Monday." for n in range(1, 6)]
    gallery += ["Photo: Jo Ng, AP", "Harbour bridge to open in spring 1 / 6 Back to Gallery"]
    body = [*gallery, _LEAD, _MORE, _LAST]
    page = Page(to_lines([*_HEAD, *body, *_END]), "", None, None)
    assert from_dateline(page, body) == [_LEAD, _MORE, _LAST]


def test_a_caption_over_a_credit_of_names_is_a_caption() -> None:
    from tuiarchive.parser.page import Page, is_caption_by_credit, to_lines

    caption = "Traffic queues for the ferry in Lindhaven. The bridge will take most of it from the spring."
    page = Page(to_lines([*_HEAD, caption, "Jo Ng/Harbour Post/Getty Images", _TEXT, _MORE]), "", None, None)
    assert is_caption_by_credit(page, 5)
    page = Page(to_lines([*_HEAD, caption, "Jo Ng said the queues were long.", _TEXT, _MORE]), "", None, None)
    assert not is_caption_by_credit(page, 5)


def test_a_blurb_over_a_read_more_link_is_a_promotion_not_the_text() -> None:
    blurb = "The best walks along the new harbour front, chosen by our readers this spring."
    found = extract([*_HEAD, "Harbour guide", "Our readers' favourite walks", blurb, "Read more", _TEXT, _MORE, *_END])
    assert found.body[0] == _TEXT


def test_a_box_about_the_author_after_the_text_is_not_text() -> None:
    bio = (
        "Als Reporterin für Verkehr schreibt Jo Ng seit 2010 über die Brücken und die Fähren der Stadt, und "
        "sie hat für ihre Berichte über den Bau der neuen Brücke im Hafen einen Preis der Stadt erhalten."
    )
    found = extract([*_HEAD, _TEXT, _MORE, _LAST, "Über Jo Ng", bio, *_END])
    assert found.body[-1] == _LAST
    # a subheading that starts with "About" inside the text is no such box
    found = extract([*_HEAD, _TEXT, "About Face", _MORE, _LAST, *_END])
    assert found.body[-1] == _LAST


def test_a_comments_button_after_the_text_ends_it() -> None:
    comment = "I agree with the council, the bridge should have been built ten years ago, and the cost is fair."
    for button in ("View comments (27)", "[ 167 comments ]", "Leave your comment"):
        found = extract([*_HEAD, _TEXT, _MORE, _LAST, button, "Jo Ng", comment, _MORE.replace("January", "May"), *_END])
        assert found.body[-1] == _LAST, button


_LATER = (
    "By the summer the council expects the harbour bridge to carry some twelve thousand cars a day, and the "
    "ferry will keep a reduced timetable until the work on the approach roads is finished by the city."
)


def test_comments_in_the_middle_of_the_page_do_not_end_the_text_when_it_goes_on() -> None:
    # a comments widget between two parts of the text; a table whose column is headed "Comment"
    for widget in (["Comments"], ["View comments (4)"]):
        found = extract([*_HEAD, _TEXT, _MORE, *widget, _LATER, _LAST, *_END])
        assert found.body[-1] == _LAST, (widget, found.body[-2:])
    # the rules read on past a table's column "Comment" (what the span stage makes of the cells is its own)
    table = ["Lane", "Opens", "Comment", "north", "spring", "Cars, buses and bicycles", "south", "autumn", "Buses"]
    found = _read([*_HEAD, _TEXT, _MORE, *table, _LATER, _LAST, *_END])
    assert found[-1] == _LAST, found[-3:]


def test_comments_under_the_text_end_it_however_topical() -> None:
    reader = (
        "The council should never have let the cost of the harbour bridge rise by a third, and the ferry was "
        "a fine way across the water for most of the day."
    )
    mine = "I " + reader[4:].replace("should never have", "never should have")  # a comment in the first person
    stamped = ["Harbour Watcher · March 4, 2026 at 9:15 pm", "harbourwatcher · 3 days ago", "9:15 pm"]
    for comments in (["Jo Ng", reader], *([stamp, reader] for stamp in stamped), [mine], ["Reply", mine]):
        found = _read([*_HEAD, _TEXT, _MORE, "Comments", *comments, *_END])
        assert found[-1] == _MORE, (comments, found[-2:])
    found = extract([*_HEAD, _TEXT, _MORE, _LAST, "Comments", "Jo Ng", "2 hours ago", reader, *_END])
    assert found.body[-1] == _LAST, found.body[-2:]
    # bare comments, each with its buttons under it (no name, no time): still readers' comments
    for buttons in ("Reply", "Like (3) | Reply | Report"):
        for header in ("Comments", "View comments (2)"):
            found = _read([*_HEAD, _TEXT, _MORE, header, reader, buttons, reader, buttons, *_END])
            assert found[-1] == _MORE, (header, buttons, found[-2:])


def _read(lines: list[str]) -> list[str]:
    """The paragraphs the line reader keeps (span stage and boundary model off)."""
    from tuiarchive.parser.body import read_body
    from tuiarchive.parser.page import Page, to_lines

    page = Page(to_lines(lines), "", None, None)
    return read_body(page, len(_HEAD))[0]


def test_a_short_closing_statement_by_the_writers_is_text_a_call_to_the_reader_is_not() -> None:
    verdict = "We rate the claim Half Right."
    assert _read([*_HEAD, _TEXT, _MORE, verdict, *_END])[-1] == verdict
    for appeal in ("We hope you enjoyed this story.", "Follow us on Twitter.", "We read all of our mail."):
        assert _read([*_HEAD, _TEXT, _MORE, appeal, *_END])[-1] == _MORE, appeal


def test_a_list_of_marked_items_that_ends_the_text_keeps_its_short_items() -> None:
    items = ["* The ferry keeps running until May", "* Tolls are waived for a month", "- No cars on the first day"]
    assert _read([*_HEAD, _TEXT, "What changes:", *items, *_END])[-3:] == items
    # short unmarked lines after the text are labels and links, as before
    assert _read([*_HEAD, _TEXT, _MORE, "Harbour news", "More from the Gazette", *_END])[-1] == _MORE


def test_a_list_of_links_under_its_heading_is_no_sponsored_box_and_leaves_the_text_before_it() -> None:
    last = "The ferry had run late on Monday."
    links = ["More from Gazette", "Harbour bridge opening delayed again", "Jo Ng", "Tolls to be waived", "Staff"]
    assert _read([*_HEAD, _TEXT, _MORE, last, *links, *_END])[-1] == last


def test_a_picture_credited_with_a_copyright_sign_is_no_footer() -> None:
    from tuiarchive.parser import lines as L

    caption = "An artist's drawing of the new harbour bridge seen from the ferry landing at night."
    credit = "(Image: © Jo Ng/Harbour Post)"
    assert L.is_photo_credit(credit) and L.is_photo_credit("[Photo: Jo Ng/AFP]")
    assert _read([*_HEAD, caption, credit, _TEXT, _MORE, *_END])[-1] == _MORE
    assert _read([*_HEAD, _TEXT, _MORE, "© 2026 The Gazette", _LAST])[-1] == _MORE  # the footer still ends it


def test_a_sentence_that_mentions_the_copyright_sign_is_text_a_notice_is_the_footer() -> None:
    from tuiarchive.parser import lines as L

    joke = (
        "None of this is meant as a rulebook™© because we only wanted to share what the ferry crews "
        "taught us over the winter, and we hope other towns will do the same."
    )
    assert not L.is_copyright(joke) and not L.is_chrome(joke)
    assert _read([*_HEAD, _TEXT, _MORE, joke, *_END])[-1] == joke
    for notice in (
        "© 2026 The Gazette",
        "The contents of this site are ©2026 Harbour Media Group, a part of Lindhaven Holdings Ltd.",
        "Everything published on these pages © Harbour Media Group unless stated otherwise, all rights reserved",
        "Ferry passengers wait at the landing in the rain on Monday, May 4, 2026. © Jo Ng / Harbour Post",
    ):
        assert L.is_copyright(notice) and L.is_chrome(notice), notice
    assert _read([*_HEAD, _TEXT, _MORE, "Harbour Media Group © 2026 all rights reserved.", _LAST])[-1] == _MORE


def test_a_sentence_that_starts_join_us_after_the_text_ends_it_but_not_one_that_quotes_it() -> None:
    from tuiarchive.parser import lines as L

    walks = "The walking club meets at the ferry landing every Sunday at nine. Join us with your own boots."
    assert L.is_end_matter(walks) and L.is_end_matter("Join our harbour walkers on Sundays.")
    bio = "Jo Ng writes about the harbour and its ferries for the Gazette, and has lived in the town since 2001."
    assert _read([*_HEAD, _TEXT, _MORE, walks, "Jo Ng", bio, *_END])[-1] == _MORE
    # "join us" inside a sentence of the text is the text's
    speech = "If you want to help, join us at the town hall on Saturday, she said to our reporter."
    assert not L.is_end_matter(speech)
    assert _read([*_HEAD, _TEXT, _MORE, speech, _LAST, *_END])[-2:] == [speech, _LAST]


def test_asking_whether_the_reader_liked_the_piece_is_a_call_to_action_a_sentence_is_not() -> None:
    from tuiarchive.parser import lines as L

    assert L.is_cta("Did you enjoy this piece?") and L.is_cta("Loved our article ?") and L.is_cta("Like this post?")
    assert _read([*_HEAD, _TEXT, _MORE, "Did you enjoy this piece?", *_END])[-1] == _MORE
    # no question: a sentence of the text that starts with "Like the ..."
    simile = "Like the story of the bridge, the ferry's history is long."
    assert not L.is_cta(simile) and not L.is_cta("Enjoyed the article on the ferry, the mayor wrote back.")
    assert _read([*_HEAD, _TEXT, _MORE, simile, _LAST, *_END])[-2:] == [simile, _LAST]


def test_a_credit_line_before_any_text_is_header_furniture_not_the_end() -> None:
    from tuiarchive.parser.body import read_body
    from tuiarchive.parser.page import Page, to_lines

    lines = ["Home", "Harbour bridge to open in spring", "Harbour news", "Written by Mara Lindqvist", _TEXT, _MORE]
    page = Page(to_lines([*lines, _LAST, *_END]), "", None, None)
    assert read_body(page, 2)[0] == [_TEXT, _MORE, _LAST]
    # after the text, the same line is its credit and ends it
    assert _read([*_HEAD, _TEXT, _MORE, "Written by Mara Lindqvist", _LAST, *_END])[-1] == _MORE


def test_a_line_of_tags_after_the_text_ends_it_over_the_text_it_does_not() -> None:
    tags = "Tags: harbour, ferry, Lindhaven council"
    comment = "As you comment, please be kind to the other readers of the Gazette and to the people in the story."
    assert _read([*_HEAD, _TEXT, _MORE, tags, "Jo Ng", comment, *_END])[-1] == _MORE
    assert _read([*_HEAD, tags, _TEXT, _MORE, _LAST, *_END])[-1] == _LAST


def test_a_list_of_stories_then_a_newsletter_box_is_after_the_text_whatever_prose_follows() -> None:
    stories = ["Related Articles", "Why the harbour bridge costs a third more", "Six walks along the new harbour front"]
    box = ["Facebook", "Join our newsletter"]
    notice = (
        "The information provided on this website is not a substitute for the advice of the council, and "
        "the Gazette accepts no liability for decisions made on the basis of what it publishes here."
    )
    assert _read([*_HEAD, _TEXT, _MORE, *stories, *box, notice, notice.replace("council", "board")])[-1] == _MORE


def test_a_newsletter_box_after_the_text_ends_it_one_inside_the_text_does_not() -> None:
    box = ["Harbour Week Newsletter", "The week's best stories from the coast, and the tide tables you love."]
    optin = 'I agree that the Gazette can send me the "Harbour Week" newsletter.'
    assert _read([*_HEAD, _TEXT, _MORE, *box, optin, *_END])[-1] == _MORE
    assert _read([*_HEAD, _TEXT, *box, _MORE, _LAST, *_END])[-1] == _LAST


def test_a_comments_control_in_another_language_ends_the_text() -> None:
    comment = "Estoy de acuerdo con el concejo, el puente debió construirse hace diez años y el costo es justo."
    for control in ("Enviá tu comentario", "Comentarios (12)", "Laisser un commentaire", "Kommentar schreiben"):
        assert _read([*_HEAD, _TEXT, _MORE, _LAST, control, comment, *_END])[-1] == _LAST, control


def test_an_appeal_to_support_the_site_is_end_matter() -> None:
    from tuiarchive.parser import lines as L

    appeal = "We depend on ads to tell these stories. Consider supporting our work by becoming a member for $5 a month."
    assert L.is_end_matter(appeal)
    after = ["Read next", "Harbour bridge opening delayed again", appeal, "Become a member: no ads on the Gazette."]
    assert _read([*_HEAD, _TEXT, _MORE, *after, *_END])[-1] == _MORE


def test_a_box_of_one_link_inside_the_text_does_not_end_it() -> None:
    assert _read([*_HEAD, _TEXT, _MORE, "Related Links", "Harbour board website", _LAST, *_END])[-1] == _LAST
    # with no text after it, the box is after the text
    assert _read([*_HEAD, _TEXT, _MORE, "Related Links", "Harbour board website", *_END])[-1] == _MORE


def test_a_video_player_and_a_tags_header_in_another_language_are_after_the_text() -> None:
    player = ["Reproduciendo: Mira esto: el nuevo puente del puerto, visto desde el ferry...", "8:09"]
    tail = ["Comparte tu opinión", "Etiquetas", "Puerto", "Las más leídas en el sitio esta semana son estas"]
    assert _read([*_HEAD, _TEXT, _MORE, _LAST, *player, *tail, *_END])[-1] == _LAST


def test_lists_of_other_stories_are_headed_in_the_common_languages() -> None:
    from tuiarchive.parser import lines as L

    for header in ("Leia também", "Lea también", "Sur le même sujet", "Mehr zum Thema", "Leggi anche", "Más leídas"):
        assert L.is_related_header(header), header
    stories = ["Le pont du port ouvrira au printemps prochain", "Les travaux du port coûteront un tiers de plus"]
    assert _read([*_HEAD, _TEXT, _MORE, "Sur le même sujet", *stories, *_END])[-1] == _MORE


def test_a_teaser_cut_short_over_the_text_is_not_where_it_starts() -> None:
    from tuiarchive.parser.page import Page, to_lines
    from tuiarchive.parser.start import body_start

    teaser = "The council has approved the new harbour bridge at last,..."
    page = Page(to_lines([*_HEAD, "Harbour bridge to open", teaser, _TEXT, _MORE]), "", None, None)
    assert page.text(body_start(page, len(_HEAD) - 1)) == _TEXT


def test_a_note_on_the_author_right_under_the_text_closes_it() -> None:
    note = "Mara Lindqvist is a science writer in Kingsport and the author of a book on tidal power."
    page = ["Home", "News", "Harbour bridge to open in spring", "By Mara Lindqvist", "March 3, 2026"]
    footer = ["More from the Gazette", "Tide tables for the week", "Copyright 2026 The Gazette"]
    found = extract([*page, _LEAD, _MORE, _LAST, note, *footer], title_model=None)
    assert found.body[-2:] == [_LAST, note]
    shouted = "TOMAS VIDAL ES EL EDITOR DE CIENCIA DEL DIARIO"
    assert extract([*page, _LEAD, _MORE, _LAST, shouted, *footer], title_model=None).body[-1] == shouted
    # a subject that is no person's name, a question, a name alone: no note on the author
    assert not is_author_note("The Harbour Board is a body of nine members chosen by the towns.")
    assert not is_author_note("Mara Lindqvist is who, exactly?")
    assert not is_author_note("Mara Lindqvist is here.")


def test_labelled_notes_in_brackets_under_the_text_are_its_own() -> None:
    page = ["Home", "News", "Harbour bridge to open in spring", "By Mara Lindqvist", "March 3, 2026"]
    notes = ["(Chart: Ferry crossings by month, 2020-2025)", "(Photo credit: Harbour Gazette archive)"]
    footer = ["More from the Gazette", "Tide tables for the week", "Copyright 2026 The Gazette"]
    found = extract([*page, _LEAD, _MORE, _LAST, *notes, *footer], title_model=None)
    assert found.body[-3:] == [_LAST, *notes]
    # brackets without a label ("(with agencies)") are no such note; the text ends as before
    found = extract([*page, _LEAD, _MORE, _LAST, "(Gazette with agencies)", *footer], title_model=None)
    assert found.body[-1] == _LAST
