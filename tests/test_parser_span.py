"""The body-span stage on made-up paragraphs: where the article's text ends."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tuiarchive.parser.span import PARAMS, Block, body_span, classify, measure

_PROSE = (
    "The council said on Tuesday that the new bridge would open to traffic in the spring, and that "
    "the cost of the work had risen by a third since the plans were first approved by the city."
)
_PROSE_FR = (
    "Le conseil a annoncé mardi que le nouveau pont serait ouvert à la circulation au printemps, et que "
    "le coût des travaux avait augmenté d'un tiers depuis que les plans ont été approuvés par la ville."
)


def test_paragraph_kinds() -> None:
    assert classify(measure(_PROSE)) is Block.GOOD
    assert classify(measure(_PROSE_FR)) is Block.GOOD
    assert (
        classify(
            measure("新しい橋は春に開通する予定で、市議会は火曜日に工事費が当初の計画より三割増えたと発表した。" * 2)
        )
        is Block.GOOD
    )
    assert classify(measure("Bridge opening delayed again as costs soar")) is Block.WEAK  # a headline
    assert classify(measure("“Probably,” she said. “But next time we will be ready for it.”")) is Block.NEAR


def test_the_text_ends_before_a_list_of_other_stories() -> None:
    paragraphs = [
        _PROSE,
        _PROSE_FR,
        "“We will be ready,” the mayor said when asked about the delay.",
        "More stories",
        "Bridge opening delayed again as costs soar",
        "Mayor faces questions over budget",
        "Share this article",
    ]
    assert body_span(paragraphs) == (0, 3)


def test_a_list_the_text_announces_is_part_of_it() -> None:
    paragraphs = [
        _PROSE,
        _PROSE_FR,
        "The overall rankings of the five cities were as follows:",
        "1. Helsinki",
        "2. Oslo",
        "3. Vienna",
    ]
    assert body_span(paragraphs) == (0, 6)
    # the same short lines nobody announced are links after the text
    assert body_span([*paragraphs[:2], *paragraphs[3:]]) == (0, 2)
    # a header of page furniture announces no list of the text
    assert body_span([*paragraphs[:2], "Related stories:", *paragraphs[3:]]) == (0, 2)
    # the rows of a data table the text announces are its own (datablock.py: the real labels keep a story's
    # standings and results under its lead-in), not under a header of page furniture
    rows = ["1 Helsinki 5040 5 1 17", "2 Oslo 5035 7 0 15", "3 Vienna 5033 4 6 15"]
    assert body_span([*paragraphs[:3], *rows]) == (0, 6)
    assert body_span([*paragraphs[:2], "Related stories:", *rows]) == (0, 2)


def test_a_closing_sentence_that_points_at_what_follows_ends_the_text() -> None:
    paragraphs = [_PROSE, _PROSE_FR, "To see the new bridge from the air, watch the footage below:", "Share"]
    assert body_span(paragraphs) == (0, 3)


def test_a_label_inside_the_text_does_not_end_it() -> None:
    paragraphs = [_PROSE, "What happens next", _PROSE, _PROSE, "Read more"]
    assert body_span(paragraphs) == (0, 4)


def test_paragraphs_without_any_text_stay_as_they_are() -> None:
    paragraphs = ["Home", "News", "Sport"]
    assert body_span(paragraphs) == (0, 3)


def test_a_page_of_japanese_prose_is_an_article() -> None:
    from pathlib import Path

    from tuiarchive.parser import parse_bytes

    sentence = "新しい橋は春に開通する予定で、市議会は火曜日に工事費が当初の計画より三割増えたと発表した。"
    page = f"新しい橋、春に開通へ\n\n2025年3月12日\n\n{sentence * 3}\n\n{sentence * 2}\n\nホーム\nニュース\n"
    article = parse_bytes(page.encode(), Path("page.txt"))
    assert article.title == "新しい橋、春に開通へ"
    assert article.body == [sentence * 3, sentence * 2]


def test_the_line_rules_read_japanese_paragraphs_as_text() -> None:
    """A paragraph ending in a full stop of CJK ("。") ends a sentence: the rules keep it rather
    than drop it as a trailing label (a one-"word" line with no end mark), so the page's text
    does not hang on the boundary model alone."""
    from tuiarchive.parser.extract import line_table
    from tuiarchive.text import split_lines

    sentence = "新しい橋は春に開通する予定で、市議会は火曜日に工事費が当初の計画より三割増えたと発表した。"
    page = f"新しい橋、春に開通へ\n\n2025年3月12日\n\n{sentence * 3}\n\n{sentence * 2}\n\nホーム\nニュース\n"
    rules = line_table(split_lines(page)).rules
    assert (rules.first, rules.last) == (2, 3)


def test_prose_above_what_looks_like_a_header_is_found_rather_than_refused() -> None:
    """The rules take the teaser at the bottom for the headline and find no text under it;
    the page's prose is still its article."""
    from pathlib import Path

    from tuiarchive.parser import parse_bytes

    page = f"{_PROSE}\n\n{_PROSE_FR}\n\nMost read stories this week in the city\nBy Jane Roe\n12 March 2025\nContact\n"
    article = parse_bytes(page.encode(), Path("page.txt"))
    assert article.body == [_PROSE, _PROSE_FR]


def test_teaser_headlines_before_the_text_are_not_its_start() -> None:
    """(A headline in sentence case, "Mayor faces questions over budget", looks like a sentence
    cut at a link and stays: telling them apart needs more than the paragraph itself.)"""
    paragraphs = [
        "Mayor Faces Questions Over Budget",
        "Bridge Opening Delayed Again",
        _PROSE,
        _PROSE_FR,
    ]
    assert body_span(paragraphs) == (2, 4)


def test_a_short_first_sentence_or_a_cut_one_stays() -> None:
    assert body_span(["Time is short for the council.", _PROSE, _PROSE_FR]) == (0, 3)
    assert body_span(["The council marked the anniversary", _PROSE, _PROSE_FR]) == (0, 3)


def test_furniture_skipped_between_paragraphs_ends_the_text() -> None:
    """Comments after a share row: each is a sentence, but the lines the reader skipped before
    them (the share buttons, "name says:", the time) count against the stretch."""
    comments = [
        "I agree with the mayor, the bridge is a waste of our money.",
        "The council should have asked the people who live near it first.",
    ]
    paragraphs = [_PROSE, _PROSE_FR, *comments]
    assert body_span(paragraphs) == (0, 4)  # nothing tells the comments apart without the gaps
    assert body_span(paragraphs, gaps=[0, 0, 0, 0]) == (0, 4)
    assert body_span(paragraphs, gaps=[0, 0, 8, 2]) == (0, 2)


def test_a_picture_between_paragraphs_does_not_end_the_text() -> None:
    # a caption and its credit skipped inside the text: two lines, and good text after them
    assert body_span([_PROSE, _PROSE_FR, _PROSE], gaps=[0, 2, 0]) == (0, 3)


def test_captions_and_step_headings_inside_the_text_do_not_end_it() -> None:
    """A weak block with text right around it (a photo's caption, "Step 2") costs less than one
    after the text: a how-to's steps stay; the share row and the links after the text do not."""
    step = "Dig a hole in the middle of the soil and set the plant in it."
    paragraphs = [_PROSE, "Step 2", step, "The plant in its pot (Jo Ng)", step, "Step 3", _PROSE_FR]
    assert body_span(paragraphs) == (0, 7)
    assert body_span([*paragraphs, "Share this article", "Most read"], gaps=[0] * 9) == (0, 7)


def test_a_table_inside_the_text_costs_no_more_than_a_few_lines_of_furniture() -> None:
    """A table copied a cell per line (a timetable's departures: "06:15", "Pier 2", ...) between parts
    of the text is one interruption: the text after it stays when there is more of it than the
    table's capped cost; one paragraph after a long list of links does not."""
    table = ["Ferry departures from the east landing", "Time", "Pier"]
    table += [cell for h in range(6, 15) for cell in (f"{h:02d}:15", f"Pier {h % 3 + 1}")]
    before, after = [_PROSE, _PROSE_FR, _PROSE], [_PROSE_FR, _PROSE] * 3
    paragraphs = [*before, *table, *after, "More stories", "Mayor faces questions over budget"]
    assert body_span(paragraphs) == (0, len(before) + len(table) + len(after))
    links = [f"Bridge opening delayed again as costs soar in town number {k}" for k in range(12)]
    assert body_span([*before, *links, _PROSE_FR]) == (0, len(before))


def test_indonesian_prose_is_text() -> None:
    prose = (
        "Dewan kota mengatakan pada hari Selasa bahwa jembatan baru di pelabuhan akan dibuka untuk lalu lintas "
        "pada musim semi, dan biaya pekerjaan itu sudah naik sepertiga sejak rencana tersebut disetujui oleh kota."
    )
    assert classify(measure(prose)) is Block.GOOD


def test_lines_skipped_before_each_paragraph_are_counted_on_the_page() -> None:
    from tuiarchive.parser.body import body_gaps
    from tuiarchive.parser.page import Page, to_lines

    raw = ["First paragraph of the text.", "", "Share", "Tweet", "Email", "", "Second paragraph.", "Third."]
    page = Page(to_lines(raw), "", None, None)
    assert body_gaps(page, ["First paragraph of the text.", "Second paragraph.", "Third."]) == [0, 3, 0]


def test_a_state_in_capitals_does_not_join_the_next_item_of_a_list() -> None:
    """ "Toronto, ON" ends on a province, not on the preposition "on": each date stays an item."""
    from tuiarchive.parser.paragraphs import continues, dangling

    assert not continues("July 19 -- Budweiser Stage, Toronto, ON", "July 22 -- Blossom Music Center, Akron, OH")
    assert not dangling("July 30 -- Music Center, Noblesville, IN")
    assert dangling("The storm moved on")  # a preposition in mixed case still runs on
    assert dangling("THE STORM MOVED ON")  # and so does one in a line all in capitals


def test_the_tuning_grid_names_every_span_parameter() -> None:
    from dataclasses import fields

    from benchmarks.tune_span import GRID
    from tuiarchive.parser.span import PARAMS, SpanParams

    assert set(GRID) == {f.name for f in fields(SpanParams)}
    assert all(getattr(PARAMS, name) in values for name, values in GRID.items())  # the descent starts there


def test_a_short_sentence_that_closes_the_text_stays_a_link_of_names_does_not() -> None:
    for closing in ("The ferry had left port on Monday.", "“That's right,” the harbour master said."):
        assert body_span([_PROSE, _PROSE_FR, closing]) == (0, 3), closing
    assert body_span([_PROSE, _PROSE_FR, "More Jo (J.R.) Ng."]) == (0, 2)


def test_a_short_closing_sentence_stays_whatever_follows_it() -> None:
    """The text's last short sentence is kept when a list of links or a share row follows it, as
    when the page ends there: the end must not depend on a header the rules know."""
    headlines = ["Bridge opening delayed again as costs soar", "Mayor faces questions over budget"]
    for after in ([], ["Share", "Home"], ["Elsewhere in the paper today", *headlines]):
        assert body_span([_PROSE, _PROSE_FR, "The ferry had left port on Monday.", *after]) == (0, 3), after
    # a short sentence after a list is no close of the text
    assert body_span([_PROSE, *headlines, "The ferry had left port on Monday.", "Share"]) == (0, 1)


def test_a_dated_correction_after_the_text_is_its_last_paragraph() -> None:
    from pathlib import Path

    from tuiarchive.parser import parse_bytes

    note = (
        "Correction, March 14, 2025: An earlier version of this article misstated the cost of the "
        "bridge, which has risen by a third, not by a half."
    )
    page = f"Bridge opening delayed\n\n12 March 2025\n\n{_PROSE}\n\n{_PROSE_FR}\n\n{note}\n\nCorrections\nMost read\n"
    assert parse_bytes(page.encode(), Path("page.txt")).body == [_PROSE, _PROSE_FR, note]


def test_lines_glued_into_a_list_of_links_are_no_paragraph() -> None:
    """Short lines the reader joins (a menu, a box of headlines) are a list, not a sentence cut
    at its links: no join a sentence would make, no sentence ending before the last line."""
    from tuiarchive.parser.paragraphs import link_list

    assert link_list(["Site News", "Related topics", "football", "Send us a story", "Mistakes?"])
    assert link_list(["Unions must organise, whatever the platform says", "Paid ads are the problem", "Could it?"])
    assert link_list(["返回首页>>", "大学生获国家奖学金", "教育部发布新闻"])
    # a sentence the page split at its links
    assert not link_list(["The minister said", "Reuters", "reported it first."])
    assert not link_list(["It was a small ferry port of about", "12,000 people", "The council ordered it closed"])
    assert not link_list(["In the summer,", "Volna Watch", "said so"])
    assert not link_list(["Two lines", "only"])
    assert not link_list(["A sentence ends here.", "More news", "Sport"])


def test_a_menu_glued_after_the_text_does_not_end_it() -> None:
    from pathlib import Path

    from tuiarchive.parser import parse_bytes

    third = "The mayor said the city would ask the government for help with the rising cost of the bridge."
    # the menu's items, joined, would read as one sentence of nine words ending in a question
    menu = "Courier\nCity pages\nbridges\nFerries\ntransport\nHarbour\nparking\nFound a mistake?\n"
    page = f"Bridge opening delayed\n\n12 March 2025\n\n{_PROSE}\n\n{_PROSE_FR}\n\n{third}\n\n{menu}"
    assert parse_bytes(page.encode(), Path("page.txt")).body == [_PROSE, _PROSE_FR, third]


def test_a_continue_reading_link_repeated_between_parts_of_the_text_is_no_paywall() -> None:
    """ "Continue reading the full report" before a box of related links and again before the next
    paragraph: a link between parts of the text (a paywall says it once, and no text follows)."""
    from pathlib import Path

    from tuiarchive.parser import parse_bytes

    more = "The mayor said the city would ask the government for help with the rising cost of the bridge."
    box = [
        "Continue reading the full report",
        "Related Coverage",
        "Bridge costs rise again as work stalls MARCH 2, 2025",
        "Council approves the bridge plan in a close vote MARCH 1, 2025",
        "Ferry operators fear the new bridge FEBRUARY 27, 2025",
        "Advertisement",
        "Continue reading the full report",
    ]
    text = "\n\n".join([_PROSE, _PROSE_FR, *box, more, "Advertisement", box[0], _PROSE.replace("Tuesday", "Friday")])
    page = f"Bridge opening delayed\n\n12 March 2025\n\n{text}\n\nMost read\n"
    article = parse_bytes(page.encode(), Path("page.txt"))
    assert article.body[-2:] == [more, _PROSE.replace("Tuesday", "Friday")]
    assert not article.truncated
    # said once, with nothing of the text after it, it is the wall
    once = f"Bridge opening delayed\n\n12 March 2025\n\n{_PROSE}\n\n{_PROSE_FR}\n\n{box[0]}\n\nMost read\n"
    walled = parse_bytes(once.encode(), Path("p.txt"))
    assert walled.body == [_PROSE, _PROSE_FR] and walled.truncated


def test_a_card_closed_by_its_link_inside_the_text_does_not_end_it() -> None:
    """A headline, its blurb cut off mid-sentence, "Read more", and the text goes on: a card
    inside the text (its headline a related item), not the lists after it."""
    from pathlib import Path

    from tuiarchive.parser import parse_bytes

    card = [
        "Ferry Operators Fear the New Bridge Will Sink Their Trade, Council Hears",
        "In recent months, the operators of the three ferries across the river have warned that the new"
        " bridge is a threat to",
        "Read more",
    ]
    more = [_PROSE.replace("Tuesday", "Friday"), _PROSE_FR.replace("mardi", "vendredi")]
    text = "\n\n".join([_PROSE, _PROSE_FR, *card, *more])
    article = parse_bytes(f"Bridge opening delayed\n\n12 March 2025\n\n{text}\n\nMost read\n".encode(), Path("p.txt"))
    assert article.body == [_PROSE, _PROSE_FR, *more]
    assert card[0] in [r.headline for r in article.related]


def test_a_credit_over_a_row_of_share_buttons_before_a_blog_post_is_the_header() -> None:
    """ "written by Jo Ng" under a disclosure line, a row of share buttons, then a post that talks
    to its reader ("When you live ..."): the line reader goes on to the post (it stopped at the
    credit, the text's end, since no prose without "you" came within eight lines)."""
    from tuiarchive.parser.body import read_body
    from tuiarchive.parser.page import Page, to_lines

    post = [
        "When you live in a town with a river this wide, you learn to plan your week around the ferry, and we"
        " have done so for years: the school run, the market and the doctor all depend on the timetable.",
        "Now that the bridge is finally open, you can cross in four minutes instead of forty, and our Saturday"
        " mornings have changed completely, as the children can walk to their football practice on their own.",
    ]
    disclosure = "This post may contain affiliate links. Please see my disclosure page."
    share = ["Sharing is caring!", "0", "SHARES", "Pinterest", "Facebook", "Twitter", "Email", "Print", "Reddit"]
    page = Page(to_lines([disclosure, "written by Jo Ng", *share, *post, "Most read"]), "", None, None)
    assert read_body(page, 0)[0][-2:] == post
    # a short line addressing the reader is still a box's, not the text resuming
    boxed = ["Sign up and you will get our best stories.", "Follow us and you will never miss a post."]
    page = Page(to_lines([disclosure, "written by Jo Ng", *share, *boxed, "Most read"]), "", None, None)
    assert read_body(page, 0)[0] == [disclosure]


def test_a_list_of_headlines_each_with_a_blurb_after_the_text_ends_it() -> None:
    """ "Read next", then headline / one-sentence blurb pairs: a list after the text (its headlines
    related items), not the text resuming at the first blurb."""
    from pathlib import Path

    from tuiarchive.parser import parse_bytes

    items = [
        ("Ferry crews vote to strike over summer rosters", "The union said talks with the operator had failed."),
        ("New tram line to reach the old town by 2028", "The city approved the route on Monday after a long debate."),
        ("Fishing fleet returns early as storm nears coast", "Forecasters expect winds of up to 100 km/h tonight."),
    ]
    listed = "\n".join(f"{h}\n{b}" for h, b in items)
    text = f"{_PROSE}\n\n{_PROSE_FR}"
    page = f"Bridge opening delayed\n\n12 March 2025\n\n{text}\n\nRead next\n{listed}\nAbout us\nContact us\n"
    article = parse_bytes(page.encode(), Path("p.txt"))
    assert article.body == [_PROSE, _PROSE_FR]
    assert [h for h, _ in items] == [r.headline for r in article.related]
    # a sentence the page cut at a link under a card's headline is the text resuming
    card = "Related article\nReef survived a heat wave, and scientists want to know how\n"
    cut = "The reef is part of a\nmarine protected area\nestablished in 2011 to protect its turtles."
    more = "Marine biologists said the timing of the spill was about as bad as it could be for the reef."
    page = f"Bridge opening delayed\n\n12 March 2025\n\n{text}\n{card}{cut}\n{more}\n\nAbout us\nContact us\n"
    article = parse_bytes(page.encode(), Path("p.txt"))
    assert article.body[-1] == more
    assert [r.headline for r in article.related] == ["Reef survived a heat wave, and scientists want to know how"]


def test_a_cjk_sentence_is_near_good_text_a_short_caption_is_not() -> None:
    """CJK scripts have no capitals and no spaces to count function words between: a sentence is
    told by its full stop, and one of twenty characters or more reads like text."""
    sentence = "港の新しい橋は来年の春に開通する予定だと市は発表した。"
    assert classify(measure(sentence)) is Block.NEAR
    assert classify(measure("市長の会見の様子。")) is Block.WEAK  # a picture's caption
    assert classify(measure("港の新しい橋の開通は来年の春に延期")) is Block.WEAK  # a headline: no full stop
    # a Japanese how-to: short sentences between the longer ones are its text, the links after it are not
    long = "新しい橋は春に開通する予定で、市議会は火曜日に工事費が当初の計画より三割増えたと発表した。" * 2
    links = ["港の新しい橋の開通は来年の春に延期", "市長が予算について説明", "天気予報"]
    paragraphs = [long, sentence, "手順", sentence, sentence, long, *links]
    assert body_span(paragraphs) == (0, 6)


def test_a_caption_its_credit_and_a_step_heading_between_paragraphs_do_not_end_the_text() -> None:
    """A how-to's steps: a paragraph, the picture's caption, its credit, "Step 3", the next
    paragraph. Three weak blocks in a row with text on both sides are inside the text; the same
    three after the text (a share row, links) are not."""
    paragraphs = [_PROSE]
    for k in range(2, 6):
        paragraphs += [f"The pot on the table after {k} days", "Photo: Jo Ng", f"Step {k}", _PROSE_FR]
    assert body_span(paragraphs) == (0, len(paragraphs))
    tail = ["Share this article", "Bridge opening delayed again", "Mayor faces questions over budget"]
    assert body_span([*paragraphs, *tail]) == (0, len(paragraphs))
    assert body_span(paragraphs, replace(PARAMS, text_around=2)) == (0, 1)  # two weak blocks apart at most


def test_code_and_query_results_inside_a_post_do_not_end_it() -> None:
    """A how-to post: two paragraphs, a query, its result rows, two more paragraphs, and so on. Code
    lines and table rows are the text's own (each costs a row's price, not a link's): the text after
    the third block stays. Headlines of other stories after it still end the text."""
    block = [
        "SELECT harbour, avg(tonnage) FROM arrivals",
        "WHERE day > now() - interval '7 days' GROUP BY harbour;",
        "harbour │ avg",
        "east │ 1204.5",
        "west │ 988.25",
        "north │ 1502.75",
    ]
    passage = (
        "The average tonnage per harbour tells the quiet weeks from the busy ones, and it is cheap "
        "to compute in one pass over the table of arrivals that the port keeps for every day."
    )
    paragraphs = [_PROSE, passage, *block, passage, _PROSE, *block, passage, _PROSE, *block, passage, _PROSE]
    paragraphs_then_links = [*paragraphs, "More stories", "Mayor faces questions over budget"]
    assert body_span(paragraphs_then_links) == (0, len(paragraphs)), [measure(p).row for p in paragraphs]
    assert all(measure(line).row for line in block[1:])  # "SELECT harbour, avg(tonnage) FROM arrivals": words
    headlines = ("Mayor faces questions over budget", "Harbour fees to rise in 2031")
    assert not any(measure(p).row for p in (_PROSE, passage, *headlines))


def test_a_box_of_figures_after_the_text_is_a_widget_not_rows_of_the_text() -> None:
    """A weather box or a score table after the text, then a reader's comment: lines of figures
    without a table's marks are furniture (they cost what links cost), so the comment under them
    does not join the text."""
    comment = (
        "Honestly the bridge should have been built years ago; the ferry queue in winter was the worst "
        "part of living here, and nobody at the council ever seemed to care about it at all."
    )
    paragraphs = [_PROSE, _PROSE_FR, _PROSE]
    for widget in (
        ["Weather in Lindhaven", "Mon 12° 7°", "Tue 14° 8°", "Wed 11° 6°"],
        ["Latest scores", "Kettia 1 Venke 1", "Oster 2 Madlo 0", "Brenn 3 Sollo 2"],
    ):
        assert body_span([*paragraphs, *widget, comment]) == (0, len(paragraphs)), widget
        assert not any(measure(line).row for line in widget)


_COMMENT = (
    "Honestly the new bridge looks fine to me, but the council has been promising this since before my "
    "children were born and the cost of it keeps going up every single year without anyone answering for it."
)
_LAST = (
    "The work on the second span is due to start in the autumn, the council said, once the ferry "
    "operators have agreed on where their boats will wait while the river is closed to them."
)


def test_one_paragraph_left_alone_after_furniture_at_the_end_is_not_the_text() -> None:
    """A reader's comment (or a site's blurb, a teaser's) after a few lines of furniture, with
    nothing of the text after it: the text had stopped, whatever the furniture says and in
    whatever order it comes."""
    furniture = ["Sign in", "My account"]
    assert body_span([_PROSE, _PROSE_FR, _LAST, *furniture, _COMMENT]) == (0, 3)
    assert body_span([_PROSE, _PROSE_FR, _LAST, *furniture[::-1], _COMMENT]) == (0, 3)
    # one weak block and lines the reader skipped around it are furniture too
    assert body_span([_PROSE, _PROSE_FR, _LAST, "Sign in", _COMMENT], gaps=[0, 0, 0, 2, 1]) == (0, 3)


def test_the_text_still_goes_on_after_a_caption_a_numbered_step_or_a_card() -> None:
    """The opposite cases: what must still read to the last paragraph."""
    # a caption and its credit, then two paragraphs: the text resumed
    caption = ["The bridge at dusk", "Photo: Jo Ng"]
    assert body_span([_PROSE, _PROSE_FR, *caption, _LAST, _PROSE]) == (0, 6)
    # a how-to's next numbered step and its picture's caption before the last step's paragraph
    steps = [_PROSE, "6. Check the water level", _PROSE_FR, "7. Seal it", "The jar, sealed", _LAST]
    assert body_span(steps) == (0, 6)
    # a card inside the text under a header no rule knows, its one headline, the last paragraph
    card = ["Elsewhere on the site", "Harbour authority plans a second ferry terminal for the river"]
    assert body_span([_PROSE, _PROSE_FR, *card, _LAST]) == (0, 5)
    # an item of a list the text announced is no furniture
    listed = [_PROSE, _PROSE_FR, "The three bridges that will close are the following:", "North Bridge", "Mill Bridge"]
    assert body_span([*listed, _LAST]) == (0, 6)
    # a picture before the last paragraph: its caption, and its credit and "Enlarge" skipped by the reader
    assert body_span([_PROSE, _PROSE_FR, "The north dock in May.", _LAST], gaps=[0, 0, 0, 2]) == (0, 4)
    # the text's own crosshead over its last paragraph, an advertisement's slot skipped under it
    assert body_span([_PROSE, _PROSE_FR, "What happens now", _LAST], gaps=[0, 0, 0, 1]) == (0, 4)
    # a single good paragraph above: nothing to tell the text from the rest
    assert body_span([_PROSE, "Sign in", "My account", _COMMENT]) == (0, 4)


def test_a_call_to_action_wrapped_over_two_lines_does_not_close_the_text() -> None:
    """ "Shall we tell you" / "when the next part is out?": the line rules drop such a line on its
    own; joined into one paragraph it is still no sentence of the text. The text's own last sentence,
    speaking of people in the third person or quoting one, stays."""
    cta = "Shall we tell you by email when the next part of the series is out?"
    assert body_span([_PROSE, _PROSE_FR, _LAST, cta[:40] + cta[40:]]) == (0, 3)
    assert body_span([_PROSE, _PROSE_FR, _LAST, "Get our newsletter, every morning in your inbox."]) == (0, 3)
    closing = "“You can build a bridge, but not a river,” she said."
    assert body_span([_PROSE, _PROSE_FR, _LAST, closing]) == (0, 4)
    # a long paragraph that speaks to the reader is the text's (a blog's, a how-to's)
    assert body_span([_PROSE, _PROSE_FR, _LAST, _COMMENT.replace("to me", "to you")]) == (0, 4)


@pytest.mark.parametrize("lead_in", ["The plan includes:", "El plan incluye:", "Der Plan sieht vor:"])
def test_a_short_sentence_announcing_the_texts_closing_list_keeps_its_items(lead_in: str) -> None:
    """Three words and a colon over bulleted items (made up): the text's own list, read to its last item."""
    items = ["• A new footbridge over the river", "• Wider pavements on the quay", "• Two car parks by the station"]
    assert body_span([_PROSE, _PROSE_FR, lead_in, *items]) == (0, 6)


def test_an_announced_list_ends_where_its_items_lose_their_mark() -> None:
    """After "• " items, a line without the mark is past the list (a box's heading, its pitch): made up."""
    items = ["• A new footbridge over the river", "• Wider pavements on the quay"]
    box = ["Stay in touch", "Five harbour stories every morning, straight from the quay.", "Count me in"]
    assert body_span([_PROSE, _PROSE_FR, "The plan includes:", *items, *box, "Most read"]) == (0, 5)


def test_the_sites_appeal_to_the_reader_after_the_text_is_no_part_of_it() -> None:
    """A sentence to the reader asking for a sign-up, longer than a button's words (made up): the site's,
    however long; an author's bio in the same place stays the text's last words."""
    appeal = "Get the day's top stories from the harbour in your inbox every morning by signing up to our newsletter."
    assert body_span([_PROSE, _PROSE_FR, appeal]) == (0, 2)
    bio = "Mara Lindqvist is a reporter who has covered the harbour for the Ledger since 2019."
    assert body_span([_PROSE, _PROSE_FR, bio]) == (0, 3)


_CJK_TEXT = [
    "位于河畔的老图书馆本周完成了为期两年的翻修工程，市民可以在新开放的阅览室里查阅过去一百年的地方报纸。",
    "馆长表示，翻修期间工作人员把三万多册旧书逐一清点，修补了其中受潮的部分，并为珍贵的手稿建立了电子档案。",
    "据介绍，图书馆还增设了儿童阅读区和一间小型展厅，首个展览将展出本地摄影师拍摄的河岸老照片。",
]


@pytest.mark.parametrize(
    ("label", "glued", "kept"),
    [
        ("热点专区", True, True),  # a widget's label glued under the paragraph: an ad slot, the text goes on
        ("广告", False, True),  # an ad's word alone, whatever the blank lines say
        ("热点专区", False, False),  # set apart by a blank line: a box's header over its pitch
        ("网友评论", True, False),  # a word of the site's (comments): the thread's header, no ad slot
    ],
)
def test_a_short_cjk_label_glued_inside_the_text_does_not_end_it(label: str, glued: bool, kept: bool) -> None:
    """Review W100: a short last CJK sentence under an ad's label weighed no more than the label's cost."""
    paragraphs = [*_CJK_TEXT, label, "展览将持续到明年春天。"]
    flags = [False, False, False, glued, False]  # blank lines part the paragraphs, but maybe the label
    first, end = body_span(paragraphs, gaps=[0] * 5, glued=flags)
    assert (first, end) == (0, 5 if kept else 3)
