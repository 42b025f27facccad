"""Archive context in a small group (review-rest U11): a folder's first few pages of one site,
each listing the others' headlines under "Most popular", keep their own headlines; a read time
that every page prints is never a headline. Made-up pages, written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tuiarchive.cli import app

STORIES = [
    ("Lindhaven council approves the new harbour bridge", "harbour bridge"),
    ("Ferry crews in Tollby vote to strike over rotas", "ferry rota"),
    ("Coastal railway reopens after the winter storms", "coastal railway"),
    ("Town market moves to the old quay for the summer", "town market"),
    ("School library wins a grant for a reading room", "school library"),
    ("Music festival returns to the castle park in June", "music festival"),
    ("Fishing fleet lands a record catch of herring", "herring catch"),
    ("Museum opens a gallery of shipwrights' tools", "museum gallery"),
]


def _page(n: int, count: int) -> str:
    headline, topic = STORIES[n]
    others = [STORIES[k][0] for k in range(count) if k != n]
    lines = [
        "Edit this story",
        headline,
        f"March {n + 2}, 2026 9:{10 + n} AM",
        "3 min read",
        "",
        "Listen to this article",
        f"LINDHAVEN — The council voted on Tuesday to go ahead with the {topic} plan after a long debate in which "
        "residents of the old quarter spoke for and against it until late in the evening.",
        f"Supporters said the {topic} would bring visitors back to the town centre, and that the shops along the "
        "quay had waited long enough for the council to make up its mind about it.",
        f"Opponents said the cost of the {topic} had been underestimated from the start, and asked the council to "
        "publish the figures before any contract was signed, which it agreed to do.",
        "",
        "Most popular",
        *others,
    ]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("count", [4, 6, 8])
def test_a_small_group_of_one_site_keeps_each_page_s_headline(tmp_path: Path, count: int) -> None:
    folder = tmp_path / "saved"
    folder.mkdir()
    for n in range(count):
        (folder / f"page{n + 1}.txt").write_text(_page(n, count), encoding="utf-8")
    runner = CliRunner()
    index = str(tmp_path / "index")
    result = runner.invoke(app, ["--index", index, "index", str(folder)])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["--index", index, "search", "*", "--json", "-n", "100"])
    assert result.exit_code == 0, result.output
    titles = sorted(hit["title"] for hit in json.loads(result.output)["hits"])
    assert titles == sorted(headline for headline, _ in STORIES[:count])


@pytest.mark.parametrize(
    "header",
    [["March 3, 2026 9:10 AM", "3 min read"], ["3 min read", "March 3, 2026"], ["Lesezeit: 4 Minuten", "3. März 2026"]],
)
def test_a_read_time_or_a_dateline_is_never_the_headline(header: list[str]) -> None:
    from tuiarchive.parser.extract import extract

    text = [
        "LINDHAVEN — The council voted on Tuesday to go ahead with the bridge plan after a long debate in which "
        "residents of the old quarter spoke.",
        "Supporters said the bridge would bring visitors back to the town centre, and that the shops had waited "
        "long enough for the council.",
    ]
    for model in (None, "shipped"):
        found = extract([*header, "", *text], title_model=model)
        assert found.title not in header, (model, found.title)
        assert found.published is not None and found.published.day == 3
