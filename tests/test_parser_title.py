"""The learned headline scorer on made-up pages: candidates, features, choice, the browser gate."""

from __future__ import annotations

import pytest

from tuiarchive.parser.extract import extract, title_table
from tuiarchive.parser.page import headline_candidate
from tuiarchive.parser.title import (
    NAMES,
    TitleModel,
    candidate_rows,
    candidates,
    cjk_headline,
    content_words,
    may_replace_rules,
    name_words,
    shipped_title_model,
)

_P1 = (
    "The council said on Tuesday that the new harbour bridge would open to traffic in the spring, and that "
    "the cost of the work had risen by a third since the plans were first approved by the city."
)
_P2 = (
    "Engineers told the council that the harbour bridge had passed its load tests in January, although the "
    "painting of the steel arches would go on for several more weeks after the opening."
)
_P3 = (
    "Residents who live near the harbour said they were glad the work was nearly over, after two years in "
    "which the ferry had been the only way across the water for most of the day."
)

# A page as a browser's select-all copy gives it: no browser title on the first line, a menu,
# a list of other stories, then the headline, its byline with a time stamp, share buttons, text.
RENDERED = [
    "Skip to content",
    "Home",
    "Local",
    "Sport",
    "Weather",
    "Most read",
    "Mayor opens new library wing in the old town",
    "Storm warning issued for the northern coast tonight",
    "Local team wins the regional cup after extra time",
    "Harbour bridge to open in spring as costs rise by a third",
    "Mara Lindqvist 2 hours ago",
    "Share",
    "Tweet",
    _P1,
    _P2,
    _P3,
    "More from Local",
    "School term dates changed after the flooding",
    "Copyright 2026 The Harbour Gazette",
]


def test_the_scorer_finds_the_headline_above_the_text_of_a_rendered_page() -> None:
    assert shipped_title_model() is not None
    found = extract(RENDERED, filename="harbour-bridge-to-open-in-spring.txt")
    assert found.title == "Harbour bridge to open in spring as costs rise by a third"
    assert found.author == "Mara Lindqvist"
    assert found.body[0] == _P1


def test_without_the_scorer_the_rules_pick_a_teaser() -> None:
    """The case the scorer is for: with no byline or date to anchor them, the rules alone take
    another line for the headline; the scorer finds it."""
    unsigned = [line for line in RENDERED if line != "Mara Lindqvist 2 hours ago"]
    found = extract(unsigned, filename="harbour-bridge-to-open-in-spring.txt", title_model=None)
    assert found.title != "Harbour bridge to open in spring as costs rise by a third"
    found = extract(unsigned, filename="harbour-bridge-to-open-in-spring.txt")
    assert found.title == "Harbour bridge to open in spring as costs rise by a third"


def test_a_browser_title_naming_the_rules_headline_is_kept() -> None:
    """A saved page whose first line is "Headline | Site": the rules' headline stands even if a
    scorer (here one that likes anything) prefers another line."""
    eager = TitleModel(weights=(0.0,) * len(NAMES), bias=0.0, margin=-100.0)
    page = ["Harbour bridge to open in spring | The Harbour Gazette", *RENDERED[1:9]]
    page += ["Harbour bridge to open in spring", "By Mara Lindqvist", "March 3, 2026", _P1, _P2, _P3]
    found = extract(page, title_model=eager)
    assert found.title == "Harbour bridge to open in spring"


def test_the_scorer_never_puts_a_quoted_or_small_letter_line_in_place_of_the_rules_headline() -> None:
    """A tag in quotes or a link's slug over the headline: a scorer that likes the top of the
    page (and any line over the rules' one) still may not take them; the next line it may take
    is the rules' headline."""
    eager = TitleModel(weights=tuple(-100.0 if n == "position" else 0.0 for n in NAMES), bias=0.0, margin=-100.0)
    page = ["“Harbour news”", "harbour bridge latest updates", "Harbour bridge to open in spring as costs rise"]
    page += ["Mara Lindqvist 2 hours ago", _P1, _P2, _P3, *RENDERED[16:]]
    found = extract(page, filename="page.txt", title_model=eager)
    assert found.title == "Harbour bridge to open in spring as costs rise"
    assert not may_replace_rules("‘Harbour news’") and not may_replace_rules("harbour bridge latest")
    assert may_replace_rules("iPhone sales fall for a third quarter") and may_replace_rules("‘We stay’, says mayor")


def test_candidates_and_words() -> None:
    got = candidates(200, 100, 10)
    assert 55 in got and 101 in got and 54 not in got and 103 not in got
    assert {4, 16, 0, 2} <= set(got) and 17 not in got
    assert content_words("The Bridge of the North, 2026") == {"bridge", "north"}
    assert len(content_words("宇航员在太空中喝酒")) == 8  # CJK: pairs of characters
    assert name_words("site.com_news_2026_harbour-bridge.txt") == {"site", "com", "news", "harbour", "bridge"}


def test_a_name_with_its_time_or_handle_is_a_byline() -> None:
    from tuiarchive.parser.names import name_with_stamp

    assert name_with_stamp("Mara Lindqvist • 8h") == "Mara Lindqvist"
    assert name_with_stamp("Mara Lindqvist 1 day ago") == "Mara Lindqvist"
    assert name_with_stamp("Mara Lindqvist, @mlq") == "Mara Lindqvist"
    assert name_with_stamp("The big day 2h") is None
    assert name_with_stamp("Top stories 5 days ago") is None


def test_a_byline_with_a_time_stamp_anchors_the_headline_for_the_rules() -> None:
    """ "Mara Lindqvist 2 hours ago" is header furniture: the rules alone find the headline over it.
    (Right under the list of teasers, the rules would take the last teaser for the headline and
    the headline for its dek: only the scorer tells those apart, see the test above.)"""
    k = RENDERED.index("Harbour bridge to open in spring as costs rise by a third")
    page = [*RENDERED[:k], "Advertisement", *RENDERED[k:]]
    found = extract(page, filename="page.txt", title_model=None)
    assert found.title == "Harbour bridge to open in spring as costs rise by a third"


def test_the_headline_over_a_caption_and_its_dek() -> None:
    """Headline, the picture's caption, the dek (a line shaped like a headline), the byline:
    the upper line is the headline."""
    page = [
        "Home",
        "Local",
        "Harbour bridge to open in spring as costs rise by a third",
        "The new bridge from the ferry pier. Photograph: Ana Sokol",
        "City engineers say the last steel arch will be painted within weeks of the opening",
        "By Mara Lindqvist",
        "March 3, 2026",
        _P1,
        _P2,
        _P3,
    ]
    assert extract(page, title_model=None).title == "Harbour bridge to open in spring as costs rise by a third"


def test_a_headline_may_say_you() -> None:
    page = [
        "Home",
        "Council approves the new harbour budget for next year",
        "Local",
        "The seven things harbour pilots do not want you to know",
        "By Mara Lindqvist",
        "March 3, 2026",
        _P1,
        _P2,
    ]
    assert extract(page, title_model=None).title == "The seven things harbour pilots do not want you to know"
    assert not headline_candidate("Sign up for our newsletter")
    assert not headline_candidate("We use cookies to give you the best experience")


def test_cjk_headlines_and_prose() -> None:
    assert cjk_headline("宇航员在太空中喝酒会怎么样？后果很严重")
    assert not cjk_headline("首页 > 科技频道 > 探索者 > 正文")  # a trail of sections
    assert not cjk_headline("翱翔于距地球数千公里的太空中，进入广袤漆黑的未知领域，是一项艰苦卓绝的工作。")
    assert not cjk_headline("首页")


def test_a_line_is_not_compared_with_its_own_paragraph() -> None:
    """text_overlap: the words of the text's other paragraphs, not of the line's own one (a
    paragraph of the text repeats itself perfectly)."""
    texts = ["Harbour bridge opens", "Harbour ferry stops running", "Ferry stops after forty years"]
    common = dict(
        text_first=1,
        rules=0,
        is_anchor=lambda i: False,
        is_header=lambda i: False,
        browser=lambda i: False,
        in_list=lambda i: False,
        headline_like=lambda t: True,
        filename="",
    )
    words = [(1, 1, content_words(texts[1])), (2, 2, content_words(texts[2]))]
    rows = candidate_rows(texts, [0, 1], paragraph_words=words, **common)
    overlap = NAMES.index("text_overlap")
    assert rows[0][overlap] == 1 / 3  # "harbour" of harbour, bridge, opens
    assert rows[1][overlap] == 2 / 4  # ferry, stops of its 4 words; its own paragraph not counted


def test_no_candidate_inside_the_text() -> None:
    """Around the rules' line, but not below the text's first lines (a subheading, a table row)."""
    got = candidates(200, 5, 3)
    assert 6 in got and 7 not in got and 9 not in got


def test_a_date_without_its_year_is_no_headline() -> None:
    """A plain article whose first line is its headline, over a fixture's day and place."""
    page = ["Ireland v USA (Sat)", "Saturday 20 November", "Lansdowne Road, Dublin", "1300 GMT", _P1, _P2, _P3]
    page += ["Ireland: G Murphy; T Bowe, B O'Driscoll", "USA: J Buchholz; M Hercus", "Referee: J Jutge"]
    assert extract(page).title == "Ireland v USA (Sat)"
    table = title_table(page)
    assert table.rows[table.picks.index(1)][NAMES.index("header_line")] == 1.0  # "Saturday 20 November"


def test_a_headline_over_its_dek_and_a_piece_of_a_headline() -> None:
    """dek_follows: a short line over a longer sentence (its dek); part_of_other: a line that
    only repeats the end of another candidate (a kicker or subhead cut from the headline)."""
    texts = [
        "Harbour bridge to open in spring",
        "The council said the cost of the work had risen by a third since the plans were approved.",
        "open in spring",
        _P1,
    ]
    rows = candidate_rows(
        texts,
        [0, 1, 2],
        text_first=3,
        rules=0,
        is_anchor=lambda i: False,
        is_header=lambda i: False,
        browser=lambda i: False,
        in_list=lambda i: False,
        headline_like=lambda t: True,
        paragraph_words=[(3, 3, content_words(_P1))],
        filename="",
    )
    dek, part = NAMES.index("dek_follows"), NAMES.index("part_of_other")
    assert [r[dek] for r in rows] == [1.0, 0.0, 1.0]  # the dek itself is followed by nothing shorter
    assert [r[part] for r in rows] == [0.0, 0.0, 1.0]


def test_an_author_card_prints_the_name_twice() -> None:
    page = [
        "Harbour bridge to open in spring as costs rise by a third",
        "36",
        "Mara Lindqvist",
        "ProfileFollowUnfollow",
        "Mara Lindqvist",
        _P1,
        _P2,
        _P3,
    ]
    assert extract(page, title_model=None).author == "Mara Lindqvist"


def test_a_cjk_headline_over_its_dateline_and_not_the_trail_of_sections_above() -> None:
    para = "港口管理局星期二表示，新码头将在春季开放。工程已经进行了两年，费用超出了预算，工期也一再推迟。" * 2
    page = [
        "首页|新闻|图片|评论|体育|财经",
        "首页 >> 地方新闻 >> 正文",
        "港口新码头推迟到春季开放：商户担心损失",
        "发稿时间：2025-03-03 08:42:00 来源： 海港日报",
        para,
        para,
        para,
    ]
    found = extract(page, title_model=None)
    assert found.title == "港口新码头推迟到春季开放：商户担心损失"
    assert str(found.published) == "2025-03-03 08:42:00"
    assert not headline_candidate("Home >> Local news >> Harbour")


def test_a_caption_credited_after_a_dash() -> None:
    from tuiarchive.parser import lines as L

    assert L.is_caption("The mayor (centre) opens the harbour bridge on Tuesday - Mara Lindqvist/Harbour Gazette")
    assert not L.is_caption("Harbour bridge opens to traffic after two years of work - Part 1/2")


def test_a_headline_under_its_dateline_over_a_dek_of_two_sentences() -> None:
    """A feed's last headline, the dateline, the headline, then a dek of two sentences with no
    full stop at its end: the dek is no second headline making a list of the one above."""
    page = [
        "Ferry strike called off after late-night talks at the port",
        "Storm closes the coastal road for a third day running",
        "New mayor promises cheaper parking in the old town centre",
        "Sign in",
        "Sunday, Feb 1, 2015 11:57 AM UTC",
        "Harbour bridge to open in spring as costs rise by a third",
        "The council talks a good game about the bridge. Its engineers say the work is far from over",
        "Mara Lindqvist",
        _P1,
        _P2,
        _P3,
    ]
    assert extract(page, title_model=None).title == "Harbour bridge to open in spring as costs rise by a third"
    from tuiarchive.parser import lines as L

    assert not L.has_inner_sentence_end("Mrs. Roe and the U.S. Army: A story of 1945")


def test_a_cjk_browser_title_with_its_site_after_underscores() -> None:
    para = "港口管理局星期二表示，新码头将在春季开放。工程已经进行了两年，费用超出了预算，工期也一再推迟。" * 2
    page = [
        "港口新码头推迟到春季开放：商户担心损失_新闻中心_海港网",
        "首页 | 新闻 | 体育 | 财经",
        "首页 > 新闻 > 正文",
        "港口新码头推迟到春季开放：商户担心损失",
        "2025-03-03 08:42  来源：海港日报  作者：李明",
        para,
        para,
        "相关新闻",
        "渡轮罢工在深夜谈判后取消",
    ]
    assert extract(page).title == "港口新码头推迟到春季开放：商户担心损失"


def test_a_newsletter_box_credits_no_photo() -> None:
    from tuiarchive.parser import lines as L

    assert not L.is_photo_credit("Sign up for our newsletter")
    assert L.is_photo_credit("Mara Lindqvist for The Harbour Gazette")


@pytest.mark.parametrize(
    "line",
    [
        "Image: Lena Hartl/AFP",
        "Photo by Tomas Varga/Getty Images",
        "Dana Whitlock/PAN",
        "AFP/Getty Images",
        "Reuters",
        "Handout via Reuters",
        "Illustration by Juno Park for NPR",
        "Mara Lindqvist for The Harbour Gazette",
        "Photo: Office of the President of Ostravia",
        "Photo by Tomas Varga on Picsplash",  # the picture site it was taken from
        "Courtesy of Lena Hartl",
        "Image courtesy of the Harbour Trust",
    ],
)
def test_the_shapes_of_a_photo_credit(line: str) -> None:
    from tuiarchive.parser import lines as L

    assert L.is_photo_credit(line)


@pytest.mark.parametrize(
    "line",
    [
        "Council votes for new budget",  # a lowercase verb: a sentence, not a credit
        "Council Votes for New Budget",  # title case, but no outlet after "for"
        "Tickets on sale via the box office",
        "Share via Email",
        "Yes/no vote on the harbour plan",
        "Help / Support",  # a menu, no name on either side
        "May 3, 2025 / 1:07 AM / Harbour News",  # a dateline
        "Photos: Classic cars up for auction",  # a gallery's headline
        "Archives Calendar Subscribe Write for Harbour HQ",  # a menu
        "Photo by Tomas Varga on a winter morning",  # "on" a time, not a site
        "Courtesy calls to the new mayor",
    ],
)
def test_a_sentence_or_a_menu_credits_no_photo(line: str) -> None:
    from tuiarchive.parser import lines as L

    assert not L.is_photo_credit(line)


def test_a_headline_with_for_is_no_photo_credit() -> None:
    """ "Council votes for new budget" was read as a photo credit ("X for Y"), skipped as
    header furniture, and the teaser above it won."""
    page = [
        "Home",
        "News",
        "Most read",
        "Mayor opens new library wing in the old town",
        "Sport",
        "Council votes for new budget",
        "By Mara Lindqvist",
        "March 3, 2025",
        _P1,
        _P2,
        _P3,
        "Copyright 2026 The Harbour Gazette",
    ]
    assert extract(page, title_model=None).title == "Council votes for new budget"
    assert extract(page).title == "Council votes for new budget"


def test_a_search_toggle_is_no_headline() -> None:
    assert not headline_candidate("Expand / Collapse search")


def test_the_end_of_a_broken_sentence_is_no_headline() -> None:
    """ "Shall we tell you" / "when the next part is out?": a line that starts
    with a lower-case stop word goes on from the line above; brand names may start lower-case."""
    assert not headline_candidate("when the next part is out?")
    assert not headline_candidate("and the council said it would wait")
    assert headline_candidate("iPhone sales fall for the third quarter")


def test_the_anchor_under_a_list_of_teasers_is_the_last_ones() -> None:
    """anchor_after: a dateline a few lines under a line counts for it only with no other
    headline between them (under a list of teasers, the date is the last one's, or the
    headline's printed under it)."""
    texts = [
        "Mayor opens new library wing in the old town",
        "Storm warning issued for the northern coast tonight",
        "Local team wins the regional cup after extra time",
        "March 3, 2026",
        "Harbour bridge to open in spring as costs rise by a third",
        _P1,
    ]
    rows = candidate_rows(
        texts,
        [0, 1, 2, 4],
        text_first=5,
        rules=4,
        is_anchor=lambda i: i == 3,
        is_header=lambda i: i == 3,
        browser=lambda i: False,
        in_list=lambda i: False,
        headline_like=lambda t: t != _P1 and not t.startswith("March"),
        paragraph_words=[(5, 5, content_words(_P1))],
        filename="",
    )
    after = NAMES.index("anchor_after")
    assert [row[after] for row in rows] == [0.0, 0.0, 1.0, 0.0]


# A rendered blog page: no browser title, no byline, no date; its first line is the site's
# tagline, then a menu, then the headline over a dek and the text.
NO_ANCHORS = [
    "Hello, I'm Mara and this is where I write.",
    "Home",
    "Archive",
    "About",
    "Harbour Bridge Opens After Two Years of Work",
    _P1,
    _P2,
    _P3,
    "Older posts",
]


def test_without_byline_or_date_the_headline_is_the_line_above_the_text_whose_words_it_repeats() -> None:
    found = extract(NO_ANCHORS, filename="page.txt", title_model=None)
    assert found.title == "Harbour Bridge Opens After Two Years of Work"
    assert found.body[0].startswith("The council said")


def test_a_short_headline_whose_words_the_text_repeats_over_a_tagline() -> None:
    lines = ["The Gazette Online", "Harbour bridge", "From the Gazette, the free town paper", _P1, _P2, _P3]
    assert extract(lines, filename="page.txt", title_model=None).title == "Harbour bridge"


# A page whose lines were hard-wrapped: the teasers above the headline and its dek each run
# onto a second line that starts with a small letter; a box of key facts under the byline.
WRAPPED = [
    "The Harbour Gazette",
    "",
    "Council votes to close the old ferry terminal",
    "next spring",
    "",
    "Storm damage repairs on the coast road will take",
    "another month",
    "",
    "Harbour bridge to open in spring as costs rise by a third",
    "But the ferry will keep",
    "running until the summer.",
    "",
    "By Mara Lindqvist",
    "",
    *["Key facts", "Length", "1.2 km", "Lanes", "Four", "Opening", "April", "Builder", "Nordbro"],
    "",
    _P1,
    "",
    _P2,
    "",
    _P3,
]


def test_a_dek_wrapped_over_two_lines_under_the_headline_is_still_its_dek() -> None:
    found = extract(WRAPPED, filename="page.txt", title_model=None)
    assert found.title == "Harbour bridge to open in spring as costs rise by a third"
    assert found.author == "Mara Lindqvist"


def test_a_first_line_the_text_repeats_stays_the_headline_over_its_summary() -> None:
    """A saved article's own first line, then a one-line summary (headline-shaped, longer),
    then the text: the first line is the headline, not the line nearest above the text."""
    lines = ["Harbour bridge opens in spring", "", "Commuters will save twenty minutes a day on the new crossing"]
    found = extract([*lines, "", _P1, "", _P2], filename="page.txt", title_model=None)
    assert found.title == "Harbour bridge opens in spring"


def test_a_menu_on_the_first_line_names_no_site_but_a_long_browser_title_does() -> None:
    """The site is the last part of a browser title ("Headline - Section - News - Site"); a
    first line of many parts without the headline is the site's menu, whose last item
    ("Weather") is no site."""
    page = ["", "Harbour bridge to open in spring", "", "March 3, 2025", "", _P1, "", _P2, "", _P3]
    menu = extract(["Home | News | Sport | Business | Weather", *page])
    assert menu.title == "Harbour bridge to open in spring"
    assert menu.site is None
    titled = extract(["Harbour bridge to open in spring - Local - News - Harbour Gazette", *page])
    assert titled.site == "Harbour Gazette"


def test_a_browser_title_cut_short_names_the_headline_by_its_first_words() -> None:
    headline = "Harbour bridge to open in spring after costs rise by a third"
    teasers = ["Ferry crews vote to strike over summer rosters", "New tram line to reach the old town by 2028"]
    text = (
        "The council said on Tuesday that the new harbour bridge would open to traffic in the spring, and that "
        "the cost of the work had risen by a third since the plans were approved two years ago."
    )
    cuts = ("Harbour bridge to open in spring after c… | The Gazette", "Harbour bridge to open in spring... - Gazette")
    for cut in cuts:
        page = [cut, "Home", "News", "Trending", *teasers, "News", headline, text, text, "Copyright 2026 The Gazette"]
        assert extract(page, title_model=None).title == headline
        assert extract(page).title == headline


def test_page_furniture_in_other_languages_is_no_headline() -> None:
    from tuiarchive.parser.lexicon import is_ui_phrase

    for line in ("Zum Inhalt springen", "Aller au contenu", "Volver al inicio", "Перейти к содержимому",
                 "Terms & Conditions", "Privacy policy | Terms of use", "Entries RSS"):  # fmt: skip
        assert is_ui_phrase(line) and not headline_candidate(line), line
    assert not is_ui_phrase("Back to the harbour after forty years at sea")
    assert headline_candidate("Harbour bridge to open in spring as costs rise")


def test_a_trail_of_sections_glued_together_is_no_headline() -> None:
    from tuiarchive.parser.page import is_trail

    assert is_trail("HomeLocal NewsHarbour bridge to open in spring")  # the items' links, no marks
    assert is_trail("Home Garden & OutdoorsTools Ten spades we tried")
    assert is_trail("Startseite › Lokales")
    assert is_trail("GardenToolsPlantsSeeds Ten spades we tried")
    assert not is_trail("HomeKit gets a new look this autumn")  # a brand: one glued pair
    assert not is_trail("Home Secretary McDonald visits the harbour")
    assert not is_trail("Home prices rise for a third month")


def test_a_page_without_anchors_or_text_takes_the_headline_under_the_menu() -> None:
    """No browser title, no text to stand over: the first headline-shaped line (not a skip
    link, a search box, a two-word menu item or a trail), and never the header's byline."""
    from tuiarchive.parser.extract import to_lines
    from tuiarchive.parser.headline import find_title
    from tuiarchive.parser.page import Page

    def title(raw: list[str]) -> str | None:
        page = Page(to_lines(raw), "", None, None)
        find_title(page)
        return page.title

    code = ["set bridge.speed 120 # default 100", "set bridge.lanes 4 # two each way"]
    menu = ["Перейти к содержимому", "Поиск:", "Местные новости", "Главная » Новости"]
    assert title([*menu, "Harbour bridge to open in spring as costs rise", *code]) == (
        "Harbour bridge to open in spring as costs rise"
    )
    signed = ["Zurück zur Übersicht", "Von Mara Lindqvist veröffentlicht am 3. März", "Harbour bridge to open", *code]
    assert title(signed) == "Harbour bridge to open"


@pytest.mark.parametrize(
    "headline",
    [
        "Share prices tumble in Asia",
        "Search for survivors continues",
        "Home Office to ban WhatsApp on staff phones",
        "Home / away kits revealed for new season",
        "WhatsApp, FaceTime and PlayStation Network down",
    ],
)
def test_a_name_with_its_time_stamp_is_no_headline_when_the_rules_fall_back(headline: str) -> None:
    """No browser title, no date, no "By": the fallback's headline is the line above the byline, not
    the byline "Jo Ng 2 hours ago" (nor is a headline naming camel-case brands a breadcrumb trail)."""
    page = ["Skip to content", "Home", "Local", "Sport", headline, "Mara Lindqvist 2 hours ago", "Share"]
    article = extract([*page, _P1, _P2, _P3], filename="page.txt")
    assert (article.title, article.author) == (headline, "Mara Lindqvist")


def test_a_trail_is_made_of_section_names() -> None:
    from tuiarchive.parser.page import is_trail

    trails = ["Home / News / Local", "Home › Recipes", "HomeRecipesDesserts Apple pie", "GardenToolsPlantsSeeds"]
    trails += ["Home Garden & YardTools Spades", "Home | Sport"]
    headlines = ["Home Office to ban WhatsApp on staff phones", "Home / away kits revealed for new season"]
    headlines += ["WhatsApp, FaceTime and PlayStation Network down", "Home truths about rent"]
    assert [is_trail(t) for t in trails] == [True] * len(trails)
    assert [is_trail(t) for t in headlines] == [False] * len(headlines)
