"""The evaluation gate: minimum scores per labelled set, and the in-process scorer itself.

The floors sit a little under today's figures so that a change which makes the parser worse
on any set fails here. Raise them when the parser improves; never lower one to land a change
without saying why.
"""

from __future__ import annotations

import contextlib
import functools
import importlib.util
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import shared_path

from tuiarchive.parser.boundary import BoundaryModel
from tuiarchive.parser.evaluate import (
    LOSO_GROUPS,
    LabelledSet,
    evaluate,
    evaluate_loso,
    evaluate_set,
    evaluate_with_loso,
    format_table,
    loso_file,
    loso_parser,
    own_sets,
    parse_json,
    score_page,
    shared_sets,
)
from tuiarchive.parser.title import TitleModel

# set -> field -> minimum share; "failed" is the most pages that may be refused
FLOORS: dict[str, dict[str, float]] = {
    "seeds": dict.fromkeys(("title", "date", "author", "read_minutes", "body_start", "body_end"), 1.0)
    | {"related_recall": 1.0, "related_precision": 1.0, "failed": 0},
    "page-copies": {"title": 1.0, "date": 1.0, "author": 1.0, "body_start": 1.0, "body_end": 1.0}
    | {"related_recall": 0.95, "related_precision": 0.95, "failed": 0},
    # body_end on web-readability: +1 page since a sentence announcing a list (or what follows:
    # "watch the footage below:") counts as the text's; title +1 page with the photo-credit fix
    # body_end -1 page (25 of 44) with the boundary model retrained on today's features (nested-LOSO C),
    # -2 (23) since the model's end stops at a comments heading ("Comment" in a share bar mid-text on
    # two pages the shipped model had learned; LOSO unchanged, web-scrapinghub LOSO +2)
    # title 86 -> 91% with the headline above the first text and wrapped deks, author 76 -> 82% with
    # name-date bylines followed by links and a personal site's owner (floors: one page less)
    # body_end 55 -> 59% (26 of 44) since a menu glued after the text is read as its links
    "web-readability": {"title": 0.88, "date": 0.84, "author": 0.79, "body_start": 0.75, "body_end": 0.56, "failed": 0},
    # body_end +2 pages since a weak block with text right around it (a caption, "Step 2") costs less
    # +2 since a dated correction or update note after the text is read as its last paragraph
    # +2 since a card inside the text ("Read more" under its cut-off blurb) or a "Continue reading"
    # said again between parts of the text ends it no more, and a menu after it is read as links
    "web-scrapinghub": {"body_start": 0.8, "body_end": 0.66, "failed": 0},
    "fixtures/pages": {"title": 1.0, "date": 1.0, "author": 0.95, "body_start": 1.0, "body_end": 1.0}
    | {"related_recall": 0.9, "related_precision": 0.9, "failed": 0},
    "fixtures/pages2": {"title": 1.0, "date": 1.0, "author": 0.95, "body_start": 0.9, "body_end": 0.85}
    | {"related_recall": 0.9, "related_precision": 0.9, "failed": 0},
    # the CJK pages (review W73); recall: the middle item of the simplified Chinese list is lost (unexplained)
    "fixtures/pages3": {"title": 1.0, "date": 1.0, "author": 1.0, "body_start": 1.0, "body_end": 1.0}
    | {"related_recall": 0.85, "related_precision": 1.0, "failed": 0},
}


# The same, for each set scored with the learned models trained without it (leave-one-set-out).
LOSO_FLOORS: dict[str, dict[str, float]] = {
    "page-copies": {"title": 1.0, "date": 1.0, "author": 1.0, "body_start": 1.0, "body_end": 1.0, "failed": 0},
    # body_start 5 points lower since the headline rules read bylines with a time stamp and a
    # dek under a caption: on two pages the headline moved (once to the right one, with a
    # related headline left between it and the text), and with it where the text is read from
    # title +1 page since a dateline counts for the headline-shaped line above it only with no
    # other headline between them (the scorer took a teaser over a dateline for the headline)
    # body_end -1 page (21 of 44) with the boundary model retrained on today's features: within the
    # 1-2 pages a retrain moves it (dropping a random 10% of the training pages does as much)
    # body_start +1 page (33 of 44) and scrapinghub body_end +2 since a caption or a step's heading
    # inside the text costs the span stage less than furniture after it
    # title 82 -> 86% with the headline above the first text and wrapped deks, author 76 -> 82% with
    # name-date bylines followed by links and a personal site's owner (floors: one page less)
    # body_end 48 -> 52% (23 of 44) since a menu glued after the text is read as its links, 55% (24)
    # since "Continue reading" said again between parts of the text is no paywall; scrapinghub 62 -> 64%,
    # 66% (59 of 90) since a credit over a share row before a blog's text is the header's
    "web-readability": {"title": 0.84, "date": 0.84, "author": 0.79, "body_start": 0.74, "body_end": 0.52, "failed": 0},
    "web-scrapinghub": {"body_start": 0.8, "body_end": 0.64, "failed": 0},
}


_ANSWERS: dict[tuple[Path, str | None], dict[str, Any] | ValueError] = {}


def answer(page: Path, loso_of: str | None = None) -> dict[str, Any]:
    """parse_json(page), or with `loso_of` the parse with the models trained without that set,
    parsed once for this module: the floors and the comparison with the shared scoring tool score
    the same answers (each page parsed twice was a third of the module's time). A refusal is kept
    and raised again."""
    key = (page, loso_of)
    if key not in _ANSWERS:
        parse = parse_json if loso_of is None else _loso_parse(loso_of)
        assert parse is not None, f"no leave-one-set-out models shipped for {loso_of}"
        try:
            _ANSWERS[key] = parse(page)
        except ValueError as exc:  # NotAnArticle
            _ANSWERS[key] = exc
    got = _ANSWERS[key]
    if isinstance(got, ValueError):
        raise got
    return got


@functools.cache
def _loso_parse(name: str) -> Callable[[Path], dict[str, Any]] | None:
    return loso_parser(name)


def _both_readings_page_by_page(labelled: LabelledSet) -> None:
    """A set with leave-one-set-out floors is parsed page by page, with the shipped models and then
    with those trained without it: the second parse of a page finds its lines' measures in the
    parser's memos (they hold a page's lines, PAGE_CACHE, not a whole set's). The two parses of
    web-readability, web-scrapinghub and page-copies, set by set (the floors' tests in turn) against
    page by page: 10.2 / 10.5 s -> 7.3 / 8.4 s of CPU (interleaved, load ~17)."""
    if labelled.name not in LOSO_FLOORS or _loso_parse(labelled.name) is None:
        return  # (no models: the leave-one-set-out test says so)
    for label in labelled.labels():
        for loso_of in (None, labelled.name):
            with contextlib.suppress(ValueError):  # a refusal is kept by answer() and raised when scored
                answer(labelled.folder / label["file"], loso_of)


def _check(labelled: LabelledSet, floors_by_set: dict[str, dict[str, float]] | None = None, loso: bool = False) -> None:
    _both_readings_page_by_page(labelled)
    parse = functools.partial(answer, loso_of=labelled.name) if loso else answer
    result = evaluate_set(labelled, parse)
    floors = (floors_by_set or FLOORS)[labelled.name]
    short = [
        f"{key} {100 * (result.mean(key) or 0):.0f}% < {100 * floor:.0f}%"
        for key, floor in floors.items()
        if key != "failed" and (result.mean(key) or 0) < floor
    ]
    if len(result.failed) > floors["failed"]:
        short.append(f"{len(result.failed)} pages refused (at most {floors['failed']})")
    assert not short, f"{labelled.name}: " + "; ".join(short) + "\n" + format_table([result])


@pytest.mark.parametrize("name", ["fixtures/pages", "fixtures/pages2", "fixtures/pages3"])
def test_own_fixture_sets_meet_their_floors(name: str) -> None:
    (labelled,) = [s for s in own_sets() if s.name == name]
    _check(labelled)


@pytest.mark.corpus
@pytest.mark.parametrize("name", ["seeds", "page-copies", "web-readability", "web-scrapinghub"])
def test_shared_sets_meet_their_floors(name: str) -> None:
    root = shared_path()
    (labelled,) = [s for s in shared_sets(root) if s.name == name]
    _check(labelled)


@pytest.mark.corpus
@pytest.mark.parametrize("name", sorted(LOSO_FLOORS))
def test_shared_sets_meet_their_leave_one_set_out_floors(name: str) -> None:
    (labelled,) = [s for s in shared_sets(shared_path()) if s.name == name]
    _check(labelled, LOSO_FLOORS, loso=True)


def test_leave_one_set_out_models_are_shipped_for_every_group() -> None:
    for group in LOSO_GROUPS:
        data = json.loads(loso_file(group).read_text(encoding="utf-8"))
        BoundaryModel.from_json(data["boundary"])
        TitleModel.from_json(data["title"])
    assert loso_file("seeds") == loso_file("page-copies")
    assert loso_file("fixtures/pages2") == loso_file("fixtures")


def _shared_scorer() -> Any:
    tool = shared_path("tools", "score_pages.py")
    spec = importlib.util.spec_from_file_location("score_pages", tool)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.corpus
def test_scores_agree_with_the_shared_scoring_tool() -> None:
    """The in-process scorer gives the figures score_pages.py gives, page by page."""
    scorer = _shared_scorer()
    compared = 0
    for labelled in [*shared_sets(shared_path()), *own_sets()]:
        for label in labelled.labels():
            try:
                got = answer(labelled.folder / label["file"])
            except ValueError:
                got = {}
            assert score_page(label, got) == scorer.score(label, got), label["file"]
            compared += 1
    assert compared >= 170


def test_scoring_rules_on_made_up_answers() -> None:
    label = {
        "title": "A headline",
        "title_alternatives": ["A headline - Site"],
        "published": "2024-11-04",
        "author": "Jane Roe",
        "body_first": "First  paragraph\u00a0starts",
        "body_last": "Last one",
        "related_headlines": ["Other story", "Second story"],
    }
    got = {
        "title": "A headline - Site",
        "published": "2024-11-04T08:36",
        "author": "By Jane Roe",
        "body": ["\u200bFirst paragraph starts here.", "Last one ends.", ""],
        "related": [{"headline": "Other story"}, {"headline": "Not listed"}],
    }
    s = score_page(label, got)
    assert (s["title"], s["date"], s["author"], s["body_start"], s["body_end"]) == (1.0, 1.0, 1.0, 1.0, 1.0)
    assert (s["related_recall"], s["related_precision"], s["body_clean"]) == (0.5, 0.5, 1.0)
    assert s["read_minutes"] is None and s["truncated"] is None  # not labelled, not scored
    assert score_page({"author": None}, {"author": "Somebody"})["author"] == 0.0
    assert score_page({"body_first": "x"}, {})["body_start"] == 0.0


def test_table_has_a_row_per_set(tmp_path: Path) -> None:
    text = "A sentence of text that runs on for a while, as articles do, and then it ends here. " * 3
    (tmp_path / "a.txt").write_text(f"Headline of the page\n\n{text}\n")
    (tmp_path / "labels.json").write_text('[{"file": "a.txt", "title": "Headline of the page"}]')
    result = evaluate_set(LabelledSet("tiny", tmp_path))
    table = format_table([result])
    assert result.mean("title") == 1.0
    assert table.splitlines()[1].split()[:4] == ["tiny", "1", "0", "100%"]


def test_eval_command_prints_the_table(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from tuiarchive.cli import app

    copies = tmp_path / "corpora" / "page-copies"
    copies.mkdir(parents=True)
    text = "A sentence of text that runs on for a while, as articles do, and then it ends here. " * 3
    (copies / "a.txt").write_text(f"Headline of the page\n\n{text}\n")
    (copies / "labels.json").write_text('[{"file": "a.txt", "title": "Wrong headline"}]')
    result = CliRunner().invoke(app, ["eval", "--shared", str(tmp_path)])
    assert result.exit_code == 0, result.output
    shipped, _, loso = result.output.partition("leave-one-set-out")
    for table in (shipped, loso):
        rows = {line.split()[0]: line.split() for line in table.splitlines() if line.strip()}
        assert rows["page-copies"][:4] == ["page-copies", "1", "0", "0%"]
        assert "fixtures/pages" in rows and "seeds" not in rows


def test_both_readings_page_by_page_score_as_each_alone(tmp_path: Path) -> None:
    """evaluate_with_loso (the eval command's: each page read by both parsers in turn) gives the
    tables evaluate and evaluate_loso give, a page both refuse counted as failed in each."""
    text = "A sentence of text that runs on for a while, as articles do, and then it ends here. " * 3
    (tmp_path / "a.txt").write_text(f"Headline of the page\n\n{text}\n")
    (tmp_path / "b.txt").write_text(f"Harbour ferry timetable changes\n\nMarch 3, 2025\n\n{text}\n")
    (tmp_path / "empty.txt").write_text("")
    labels = [{"file": "a.txt", "title": "Headline of the page"}, {"file": "b.txt", "title": "Wrong headline"}]
    (tmp_path / "labels.json").write_text(json.dumps([*labels, {"file": "empty.txt", "title": "x"}]))
    made_up = [LabelledSet("fixtures/made-up", tmp_path)]  # the fixtures' group: models trained without it

    def figures(results: list) -> list[tuple]:
        return [(r.name, r.pages, r.failed, r.values, r.misses) for r in results]

    shipped, held_out = evaluate_with_loso(made_up)
    assert figures(shipped) == figures(evaluate(made_up)) and figures(held_out) == figures(evaluate_loso(made_up))
    assert [len(r.failed) for r in (*shipped, *held_out)] == [1, 1] and shipped[0].values["title"] == [1.0, 0.0, 0.0]
