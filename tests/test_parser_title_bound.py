"""The headline scorer's quick answer (issue 12): a page whose other candidates cannot reach the
rules' line's score plus the margin, whatever their unread COSTLY features are, keeps the rules'
line without those features read. Made-up pages (tests/test_parser_title.py's and their variants)."""

from __future__ import annotations

import json

import pytest

from tests.test_parser_title import _P1, _P2, _P3, NO_ANCHORS, RENDERED
from tuiarchive.parser.evaluate import LOSO_FOLDER
from tuiarchive.parser.extract import title_table
from tuiarchive.parser.title import (
    COSTLY,
    NAMES,
    TitleModel,
    candidate_rows,
    content_words,
    open_to_scorer,
    shipped_title_model,
)

_UNSIGNED = [line for line in RENDERED if line != "Mara Lindqvist 2 hours ago"]
_DEK = [
    "Home",
    "Open in spring",
    "Harbour bridge to open in spring",
    "The council said the cost had risen by a third since May.",
]
_DEK += ["By Mara Lindqvist", "March 3, 2026", _P1, _P2, _P3, "open in spring", "Saturday 20 November"]
PAGES = {
    "rendered": RENDERED,  # the rules' headline since the teaser bar reading
    "unsigned": _UNSIGNED,  # the scorer moves the headline on this one: no quick answer
    "no anchors": NO_ANCHORS,
    "dek": _DEK,
    "repeated": [RENDERED[9], *RENDERED],  # the headline printed twice (a sticky bar)
}


def _models() -> list[TitleModel]:
    """The shipped scorer, the leave-one-set-out ones, and two that weigh every feature alike
    (each feature's greatest value counts for one, its least for the other)."""
    found = [shipped_title_model()]
    for path in sorted(LOSO_FOLDER.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if "title" in data:
            found.append(TitleModel.from_json(data["title"]))
    found += [TitleModel((1.0,) * len(NAMES), 0.0, 0.0), TitleModel((-1.0,) * len(NAMES), 0.0, 0.0)]
    return [m for m in found if m is not None]


def _unread(row: list[float]) -> list[float | None]:
    return [None if name in COSTLY else x for name, x in zip(NAMES, row, strict=True)]


@pytest.mark.parametrize("name", PAGES)
def test_a_candidates_best_possible_score_is_never_below_its_score(name: str) -> None:
    """The bound holds for every candidate of every page under every model, the COSTLY features
    taking the values the pages give them (a header line, an anchor under a line, a dek, a repeat)."""
    table = title_table(PAGES[name], filename="harbour-bridge-to-open-in-spring.txt")
    for model in _models():
        for row in table.rows:
            assert model.best_possible(_unread(row)) >= model.score(row)


def test_the_pages_give_the_costly_features_both_values() -> None:
    """(The test above is worth something only if each COSTLY feature is 1 on some candidate.)"""
    rows = [r for page in PAGES.values() for r in title_table(page, filename="harbour-bridge.txt").rows]
    never = {n for n in COSTLY if not any(r[NAMES.index(n)] for r in rows)}
    assert never <= {"caption", "in_list"}  # (no caption or feed among these pages' candidates)


@pytest.mark.parametrize("name", PAGES)
def test_the_quick_answer_is_the_scorers_answer(name: str) -> None:
    """Where keeps_rules says yes, choose() over the rows read whole answers the rules' line."""
    table = title_table(PAGES[name], filename="harbour-bridge-to-open-in-spring.txt")
    partial = [row if i == table.rules else _unread(row) for i, row in zip(table.picks, table.rows, strict=True)]
    head = table.texts.__getitem__
    for model in _models():
        allowed, rows = open_to_scorer(table.picks, table.rows, table.rules, head)
        quick = model.keeps_rules(*open_to_scorer(table.picks, partial, table.rules, head), table.rules)
        if quick:
            assert model.choose(allowed, rows, table.rules) == table.rules


def test_the_quick_answer_is_given_and_refused() -> None:
    """The shipped scorer answers four pages without reading their other candidates whole, and
    not the one where it takes another line than the rules' (a list of teasers over the headline
    with no byline under it: with one, the rules take the list's last line, headline._teaser_bar)."""
    model = shipped_title_model()
    assert model is not None
    answers = {}
    for name in PAGES:
        table = title_table(PAGES[name], filename="harbour-bridge-to-open-in-spring.txt")
        partial = [row if i == table.rules else _unread(row) for i, row in zip(table.picks, table.rows, strict=True)]
        answers[name] = model.keeps_rules(
            *open_to_scorer(table.picks, partial, table.rules, table.texts.__getitem__), table.rules
        )
    assert answers == {"rendered": True, "unsigned": False, "no anchors": True, "dek": True, "repeated": True}


def test_a_candidate_not_read_whole_has_the_same_cheap_features() -> None:
    """candidate_rows(exact=...): the candidates in `exact` get the rows they get when all are read
    whole; the others the same values except None for each COSTLY feature."""
    texts = ["Harbour bridge to open in spring", _DEK[2], "open in spring", "March 3, 2026", _P1]
    args = dict(
        text_first=4,
        rules=0,
        is_anchor=lambda i: i == 3,
        is_header=lambda i: i == 3,
        browser=lambda i: False,
        in_list=lambda i: i == 2,
        headline_like=lambda t: t != _P1,
        paragraph_words=[(4, 4, content_words(_P1))],
        filename="harbour-bridge.txt",
    )
    whole = candidate_rows(texts, [0, 1, 2, 3], **args)
    partial = candidate_rows(texts, [0, 1, 2, 3], exact={0}, **args)
    assert partial[0] == whole[0]
    assert partial[1:] == [_unread(row) for row in whole[1:]]
