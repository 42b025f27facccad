"""The learned body-boundary stage on made-up inputs: features, scorers, decoder, re-cutting."""

from __future__ import annotations

import pytest

from tuiarchive.parser.boundary import BoundaryModel, Scorer, decode, shipped_model
from tuiarchive.parser.features import NAMES, RulesView, page_features
from tuiarchive.parser.page import to_lines
from tuiarchive.parser.paragraphs import paragraph_lines, recut

_PROSE = (
    "The council said on Tuesday that the new bridge would open to traffic in the spring, and that "
    "the cost of the work had risen by a third since the plans were first approved by the city."
)


def test_decode_takes_the_stretch_between_the_likeliest_edges() -> None:
    first = [-5.0, -0.1, -5.0, -5.0, -5.0]
    last = [-5.0, -5.0, -5.0, -0.1, -5.0]
    body = [-1.0, 1.0, 1.0, 1.0, -1.0]
    assert decode(first, last, body) == (1, 3)


def test_decode_weighs_the_lines_inside_against_the_edges() -> None:
    """A likely last line with weak lines before it loses to an earlier end when the lines count."""
    first = [0.0, -9.0, -9.0, -9.0]
    last = [-9.0, -3.0, -9.0, -0.5]
    body = [1.0, 1.0, -3.0, -3.0]
    assert decode(first, last, body, weight=0.1) == (0, 3)
    assert decode(first, last, body, weight=1.0) == (0, 1)


def test_scorers_compute_logits() -> None:
    logistic = Scorer(weights=(2.0, 0.0, -1.0), bias=0.5)
    assert logistic.logit([1.0, 7.0, 3.0]) == pytest.approx(-0.5)
    # one stump: feature 1 <= 0.5 goes left (-1), else right (+2); plus the bias
    trees = Scorer(bias=0.25, trees=(((1, 0.5, 1, 2, 0.0), (-1, 0.0, 0, 0, -1.0), (-1, 0.0, 0, 0, 2.0)),))
    assert trees.logit([9.0, 0.0]) == pytest.approx(-0.75)
    assert trees.logit([9.0, 1.0]) == pytest.approx(2.25)


def _model(start_margin: float, end_margin: float) -> BoundaryModel:
    """A model reading feature 0 as 'first line' and feature 1 as 'last line', feature 2 as text."""
    first, last, body = (Scorer(weights=tuple(8.0 * (k == j) for k in range(3)), bias=-4.0) for j in range(3))
    return BoundaryModel(first, last, body, body_weight=0.0, start_margin=start_margin, end_margin=end_margin)


def test_the_rules_edges_stand_unless_the_model_is_surer_by_the_margin() -> None:
    rows = [[0.0, 0.0, 0.0], [0.0, 0.0, 1.0], [1.0, 0.0, 1.0], [0.0, 1.0, 1.0], [0.0, 0.0, 0.0]]
    assert _model(0.0, 0.0).span(rows, rules=(1, 3))[:2] == (2, 3)  # the model's start wins
    assert _model(50.0, 0.0).span(rows, rules=(1, 3))[:2] == (1, 3)  # the rules' start stands
    assert _model(50.0, 50.0).span(rows, rules=(0, 4))[:2] == (0, 4)
    assert _model(0.0, 0.0).span(rows, rules=(0, 4))[:2] == (2, 3)


def test_features_describe_each_line() -> None:
    texts = ["Share", "Bridge opening delayed", _PROSE, _PROSE, "Most popular"]
    rows = page_features(texts, [False] * 5, lambda i: False, RulesView(title=1, first=2, last=3))
    assert len(rows) == 5 and all(len(r) == len(NAMES) for r in rows)
    col = {name: k for k, name in enumerate(NAMES)}
    assert rows[0][col["chrome"]] == 1.0 and rows[2][col["chrome"]] == 0.0
    assert rows[2][col["prose"]] == 1.0 and rows[2][col["good_block"]] == 1.0
    assert [r[col["in_rules_body"]] for r in rows] == [0.0, 0.0, 1.0, 1.0, 0.0]
    assert rows[1][col["title"]] == 1.0 and rows[2][col["after_title"]] == 1.0
    assert rows[1][col["prose@+1"]] == 1.0 and rows[0][col["prose@-1"]] == 0.0  # neighbours, none before the first
    assert rows[4][col["good_chars_before"]] == 1.0 and rows[0][col["good_chars_after"]] == 1.0


def test_features_read_boilerplate_words_lists_headings_and_gaps_to_text() -> None:
    texts = [
        "Bridge opening delayed",
        _PROSE,
        "- one item of a list",
        "Sign up for our newsletter",
        _PROSE,
        "Share this article",
        "© 2026 Example Media. All rights reserved.",
    ]
    rows = page_features(texts, [False] * len(texts), lambda i: False, RulesView(title=0, first=1, last=4))
    col = {name: k for k, name in enumerate(NAMES)}
    kinds = [[n for n in NAMES if n.startswith("words_") and r[col[n]]] for r in rows]
    assert kinds[1] == [] and kinds[2] == []  # prose and a list item name no boilerplate
    assert kinds[3] == ["words_subscribe"] and kinds[5] == ["words_share"] and kinds[6] == ["words_legal"]
    assert rows[6][col["boilerplate_share"]] > rows[4][col["boilerplate_share"]] == 0.0
    assert [r[col["list_item"]] for r in rows] == [0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]
    assert rows[0][col["heading_like"]] == 1.0 and rows[1][col["heading_like"]] == 0.0
    # the text resumes two lines below the list item; nothing good follows the last paragraph
    assert rows[2][col["good_gap_after"]] < rows[5][col["good_gap_after"]]
    assert [r[col["no_good_after"]] for r in rows] == [0.0, 0.0, 0.0, 0.0, 1.0, 1.0, 1.0]
    assert [r[col["no_good_before"]] for r in rows] == [1.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]
    assert rows[1][col["boilerplate_share@+2"]] > 0.0 and rows[0][col["heading_like@-1"]] == 0.0


def test_raw_edges_let_a_sure_edge_count_for_more() -> None:
    """Scored as log-probabilities, two sure edges are both ~0 and the lines inside decide; as
    logits, the surer edge wins."""
    first = Scorer(weights=(1.0, 0.0, 0.0), bias=0.0)
    last = Scorer(weights=(0.0, 1.0, 0.0), bias=0.0)
    body = Scorer(weights=(0.0, 0.0, 1.0), bias=0.0)
    rows = [[9.0, 0.0, 1.0], [0.0, 6.0, 1.0], [0.0, 20.0, -1.0]]
    assert BoundaryModel(first, last, body, body_weight=1.0).span(rows)[:2] == (0, 1)
    assert BoundaryModel(first, last, body, body_weight=1.0, raw_edges=True).span(rows)[:2] == (0, 2)


def test_the_three_logistic_scorers_read_together_give_each_ones_logits_to_the_bit() -> None:
    """span reads the three logistic scorers of a row in one pass (the row's nonzero features
    taken out once): the same logits, bit for bit, as each Scorer.logit, on made-up rows with
    zeros, negatives and fractions (the shipped model's own weights)."""
    model = shipped_model()
    assert model is not None and model.raw_edges
    width = len(model.body.weights)
    rows = [
        [((i * 7 + k * 13) % 11 - 4) / (3.0 + k % 5) if (i + k) % 3 else 0.0 for k in range(width)] for i in range(40)
    ]
    rows += [[0.0] * width, [0.0] * (width - 1) + [2.5], [-1.5] + [0.0] * (width - 1)]  # no feature, or one
    body, first, last = model._logistic_logits(rows)
    assert body == [model.body.logit(r) for r in rows]
    assert first == [model.first.logit(r) for r in rows]
    assert last == [model.last.logit(r) for r in rows]


def test_paragraphs_are_traced_to_their_lines() -> None:
    lines = to_lines(["Headline", "", "Ukraine marked the", "fourth anniversary", "on Tuesday.", "", "Second one."])
    body = ["Ukraine marked the fourth anniversary on Tuesday.", "Second one."]
    assert paragraph_lines(lines, body) == [(1, 3), (4, 4)]


def test_recut_drops_paragraphs_outside_and_adds_the_models_lines() -> None:
    lines = to_lines(
        ["Photo caption here", "", "First sentence.", "", "Second sentence.", "", "Comments", "", "Reader: wow."]
    )
    body = ["Second sentence.", "Comments", "Reader: wow."]
    spans = [(2, 2), (3, 3), (4, 4)]
    inside = [-1.0, 2.0, 2.0, -2.0, -2.0]
    assert recut(lines, body, spans, 1, 2, inside) == ["First sentence.", "Second sentence."]
    # a stretch that misses the rules' paragraphs altogether is read from the lines themselves
    assert recut(lines, ["Reader: wow."], [(4, 4)], 0, 2, inside) == [
        "Photo caption here",
        "First sentence.",
        "Second sentence.",
    ]


def test_the_shipped_model_reads_todays_features() -> None:
    model = shipped_model()
    assert model is not None
    assert len(model.first.weights or model.first.trees) > 0


def _made_up_pages(n: int = 12) -> list:
    """Pages of 20 lines with 4 features each: lines 5..14 are the text, and the features say so
    (noisily) so that the three scorers have something to learn."""
    from benchmarks.train_lines import Page

    pages = []
    for k in range(n):
        rows = []
        for i in range(20):
            inside = 5 <= i <= 14
            rows.append([float(inside) + 0.1 * ((i * 7 + k * 3) % 5), float(i == 5), float(i == 14), ((i + k) % 3) / 3])
        pages.append(Page("g" if k % 2 else "h", f"p{k}", [], {}, rows, 5, 14))
    return pages


def test_training_gives_the_same_weights_every_time_in_any_page_order() -> None:
    """The boundary scorers are the one optimum of their (strictly convex) objective: the same
    weights twice, the same with the pages in another order, and the gradient zero there (a
    solver stopped at its tolerance short of the optimum gives weights that move with the data's
    order and any small change to it)."""
    np = pytest.importorskip("numpy")
    from benchmarks.train_lines import examples, fit

    pages = _made_up_pages()
    once, twice, reversed_order = (
        fit(pages, "logistic", 0.1),
        fit(pages, "logistic", 0.1),
        fit(pages[::-1], "logistic", 0.1),
    )
    assert once == twice == reversed_order
    xs, ys, _weights = examples(pages, "last")
    x, y = np.asarray(xs), np.asarray(ys, dtype=float)
    w, b = np.asarray(once["models"]["last"]["weights"]), once["models"]["last"]["bias"]
    p = 1 / (1 + np.exp(-(x @ w + b)))
    # at the optimum the log loss's gradient for the (unpenalised) bias is zero: sum(p - y) = 0
    assert abs(float((p - y).sum())) < 1e-3


def test_the_model_does_not_carry_the_text_past_the_comments_heading() -> None:
    from tuiarchive.parser.body_model import end_before_comments

    comment = "I agree with the council, and I think the bridge should have been built ten years ago."
    texts = ["Bridge opening delayed", _PROSE, _PROSE, "12 Comments", "Jo Ng says:", comment]
    rows = page_features(texts, [False] * len(texts), lambda i: False, RulesView(title=0, first=1, last=2))
    assert end_before_comments(rows, 2, 5) == 2  # the readers' prose is not the article's
    texts[3] = "Picture: the bridge at dawn"
    rows = page_features(texts, [False] * len(texts), lambda i: False, RulesView(title=0, first=1, last=2))
    assert end_before_comments(rows, 2, 5) == 5  # the model may carry it past other lines


def test_the_model_does_not_carry_the_text_past_the_site_footer() -> None:
    from tuiarchive.parser.body_model import end_before_comments

    teaser = "The harbour ferry will run a later timetable from spring, the operator said on Monday evening."
    texts = ["Bridge opening delayed", _PROSE, _PROSE, "© 2031 Harbour Media Ltd. All rights reserved.", teaser]
    rows = page_features(texts, [False] * len(texts), lambda i: False, RulesView(title=0, first=1, last=2))
    assert end_before_comments(rows, 2, 4) == 2  # another story's teaser under the footer is not the article
    texts[3] = "Photo: Jo Ng © Harbour Media"
    rows = page_features(texts, [False] * len(texts), lambda i: False, RulesView(title=0, first=1, last=2))
    assert end_before_comments(rows, 2, 4) == 4  # a picture's credit is no footer: the model may carry it past


def test_the_text_does_not_end_on_a_headline() -> None:
    from tuiarchive.parser.body import drop_closing_headlines

    closing = "The ferry will run a later timetable from spring, the operator said."
    teaser = "How to Keep a Sourdough Starter Alive Through the Winter"
    assert drop_closing_headlines([_PROSE, closing, teaser]) == [_PROSE, closing]
    assert drop_closing_headlines([_PROSE, closing, "- Next Harbour News", teaser]) == [_PROSE, closing]
    # a closing line in sentence case, a label with a colon, a text too short to judge: kept
    plain = "The council will meet again in the spring to decide on the bridge"
    assert drop_closing_headlines([_PROSE, closing, plain]) == [_PROSE, closing, plain]
    listed = "Also Showing: Marsh Lights, The Long Pier"
    assert drop_closing_headlines([_PROSE, closing, listed]) == [_PROSE, closing, listed]
    assert drop_closing_headlines([closing, teaser]) == [closing, teaser]
    # after a line that is no sentence (a list the text ends with), a capitalised item stays
    assert drop_closing_headlines([_PROSE, "Tour Dates", teaser]) == [_PROSE, "Tour Dates", teaser]


@pytest.mark.parametrize(
    "rows",
    [
        # the text's own closing list or table, capitalised like headlines: rows with a figure or
        # a dash between two columns (made up)
        [
            "Best Street Food - Harbour Fish Bar",
            "Best Stall Design - The Lantern Co",
            "Best Young Performer - Tom Reilly",
        ],
        ["Kingsport Rovers 3 Lindhaven City 0", "Port Amsel 1 Korsk United 1", "Dorn Athletic 2 Serel Town 4"],
        ["Samaritans Free Helpline 116 123", "Mind Infoline 0300 123 3393"],
        ["Kingsport Harbour Festival, The Quay, Kingsport, 12-15 June 2026"],
        ["June 9 - Kingsport, Harbour Arena", "June 12 - Lindhaven, City Hall", "June 15 - Port Amsel, The Old Mill"],
        ["Mara Lindqvist, Kingsport"],  # a letter's signature
    ],
)
def test_a_closing_list_is_not_a_headline(rows: list[str]) -> None:
    from tuiarchive.parser.body import drop_closing_headlines

    body = [_PROSE, _PROSE, "If you have been affected by the issues in this story, help is available.", *rows]
    assert drop_closing_headlines(body) == body


def test_a_teaser_left_at_the_end_goes_once_the_list_after_it_is_cut() -> None:
    """The next story's headline and opening, then a list under a header no rule knows: the
    reader runs on through them, the span stage cuts the list, and the teaser it leaves at the
    end is no part of the text."""
    from madeup import LAST, LEAD, MORE

    from tuiarchive.parser.extract import extract

    headline = "Lindhaven ferry crews vote to strike over the new winter timetable"
    opening = (
        "Ferry crews in Lindhaven have voted to strike for two days next month, the union said on Friday, "
        "after talks with the operator over the winter timetable broke down late on"
    )
    listed = [
        "Lighthouse keepers on the northern point mark a century of service with a night of open doors",
        "Council delays its vote on the new tram depot again as residents of the old quarter object",
    ]
    page = ["Harbour bridge to open in spring", "By Mara Lindqvist", "March 3, 2026", LEAD, MORE, LAST]
    found = extract([*page, headline, opening, "Elsewhere in the paper today", *listed, "Copyright 2026 The Gazette"])
    assert found.body[-1] == LAST
