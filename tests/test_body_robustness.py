"""The trailer changes of benchmarks.body_robustness (on a made-up page)."""

from __future__ import annotations

import pytest

from benchmarks.body_robustness import BODY_PERTURBATIONS, blocks
from benchmarks.header_robustness import Sample

TEXT = [
    "Tram fares rise again",
    "",
    "The council raised tram fares for the third time this year.",
    "",
    "Riders say the new fares will push them back into their cars.",
]
TRAILER = [
    "",
    "Share",
    "Email",
    "",
    "Most read",
    "Harbour ferry crews vote to strike over rosters",
    "City council delays the new tram depot plan",
    "",
    "   ",
    "© 2026 Harbour Times",
    "Privacy",
]


def _sample(lines: list[str]) -> Sample:
    label = {"file": "tram.txt", "title": TEXT[0], "body_last": TEXT[-1]}
    return Sample(label, lines, "tram.txt", None, 0)


def test_blocks_are_the_runs_between_blank_lines() -> None:
    assert blocks(TRAILER) == [
        ["Share", "Email"],
        ["Most read", *TRAILER[5:7]],
        ["© 2026 Harbour Times", "Privacy"],
    ]


def test_shuffled_blocks_keep_their_lines_together_and_the_text_whole() -> None:
    s = _sample(TEXT + TRAILER)
    got = BODY_PERTURBATIONS["shuffle-blocks"](s, [s])
    assert got is not None
    lines, name = got
    assert name == "tram.txt" and lines[: len(TEXT)] == TEXT
    below = blocks(lines[len(TEXT) :])
    assert sorted(map(tuple, below)) == sorted(map(tuple, blocks(TRAILER)))
    assert below != blocks(TRAILER), "this file name's seed puts the blocks in another order"


def test_the_separator_under_the_text_is_kept_as_saved() -> None:
    s = _sample(TEXT + TRAILER[1:])  # no blank line between the text and the trailer
    got = BODY_PERTURBATIONS["shuffle-blocks"](s, [s])
    assert got is not None
    assert got[0][len(TEXT)].strip(), "the first block right under the text, as the trailer was"


def test_a_trailer_of_one_block_or_none_is_left_as_it_is() -> None:
    for below in (["", "  "], ["", "Share", "Email", ""]):
        s = _sample(TEXT + below)
        assert BODY_PERTURBATIONS["shuffle-blocks"](s, [s]) is None, below


@pytest.mark.parametrize(
    "cut",
    [
        ["Riders can read the full list of new fares", "here", ". The council welcomes comments."],
        ["Riders say the new fares will push them back into", "their cars"],
        ["Riders say the new fares will push them back into", "Kingsport"],
    ],
)
def test_a_last_sentence_a_link_split_stays_whole_under_every_trailer_change(cut: list[str]) -> None:
    """The labelled last paragraph's sentence goes on in the lines a link split it into ("... full list of
    new fares" / "here" / ". The council ..."): the trailer starts under them, so no-below (a reader view)
    keeps the whole sentence, and the others change what follows it only."""
    s = Sample(
        {"file": "tram.txt", "title": TEXT[0], "body_last": cut[0]}, [*TEXT[:-1], *cut, *TRAILER], "tram.txt", None, 0
    )
    for name in ("no-below", "shuffle-below", "shuffle-blocks", "foreign-below"):
        got = BODY_PERTURBATIONS[name](s, [s, _sample(TEXT + TRAILER)])
        assert got is not None and got[0][: len(TEXT) - 1 + len(cut)] == [*TEXT[:-1], *cut], (name, got)
        rest = got[0][len(TEXT) - 1 + len(cut) :]  # the trailer alone: no piece of the split sentence in it
        trailer = [] if name == "no-below" else TRAILER  # (the trailer's lines; blank lines between blocks may move)
        assert sorted(filter(str.strip, rest)) == sorted(filter(str.strip, trailer)), (name, rest)
    got = BODY_PERTURBATIONS["no-below"](s, [s])
    assert got is not None and got[0][-1] == cut[-1]


def test_the_trailer_starts_under_a_last_sentence_that_ends() -> None:
    s = _sample([*TEXT, "Kingsport", *TRAILER])  # a line under the text's full stop: the trailer's
    got = BODY_PERTURBATIONS["no-below"](s, [s])
    assert got is not None and got[0] == TEXT


def test_a_body_miss_says_on_which_side_of_the_label_it_ends() -> None:
    """A wrong end is "short" above the labelled last paragraph, "long" below it; a wrong start "early"
    above the labelled first one, "late" below it; "?" when either is on no line of the page."""
    from benchmarks.header_robustness import body_side

    page = [*TEXT, *TRAILER]
    last = TEXT[-1]
    assert body_side("body_end", page, [TEXT[2]], last) == "short"
    assert body_side("body_end", page, [TEXT[2], "City council delays the new tram depot plan"], last) == "long"
    assert body_side("body_end", page, [TEXT[2], "Tram depot news from a page that is not there"], last) == "?"
    assert body_side("body_start", page, [TEXT[0], TEXT[2]], TEXT[2]) == "early"
    assert body_side("body_start", page, [last], TEXT[2]) == "late"


def test_the_misses_are_counted_by_side() -> None:
    """The real pages' misses counted by side, per perturbation; our made-up pages' are listed, not counted."""
    from benchmarks.header_robustness import Miss, format_misses

    misses = [
        Miss("web-readability", "as-is", "a.txt", "body_end", "The council raised", "Riders say", "short"),
        Miss("web-readability", "as-is", "b.txt", "body_end", "Most read", "Riders say", "long"),
        Miss("web-readability", "no-below", "a.txt", "body_end", "The council raised", "Riders say", "short"),
        Miss("web-readability", "no-below", "c.txt", "body_end", "The council raised", "Riders say", "short"),
        Miss("fixtures/pages", "as-is", "d.txt", "body_end", "Most read", "Riders say", "long"),  # made up: listed only
    ]
    text = format_misses(misses)
    assert "web-readability as-is body_end a.txt: wrong [short] 'The council raised'" in text
    assert "fixtures/pages as-is body_end d.txt: wrong [long]" in text
    assert "body_end as-is: 1 long, 1 short" in text
    assert "body_end no-below: 2 short" in text
