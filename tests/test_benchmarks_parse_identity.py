"""benchmarks.parse_identity --folder: the pages of a folder (a generated corpus) checked too."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.parse_identity import folder_lines

# A made-up page in the generated corpus's layout (written for this test), and a file that is no article.
_PAGE = (
    "Edit post\nHarbour bridge to open in spring\nApril 6, 2024 4:01 AM\n2 min read\n\n"
    + "The council said on Tuesday that the new bridge would open to traffic next spring, after a "
    "year of delays caused by the weather and a shortage of steel. "
    * 3
    + "\n\nMost popular\nFerry timetable changes for the winter\nNew library opens its doors on Monday\n"
    "Market square to close for repairs in May\n"
)


def test_every_page_under_the_folder_is_answered_by_its_path_under_it(tmp_path: Path) -> None:
    (tmp_path / "0000").mkdir()
    (tmp_path / "0000" / "bridge.txt").write_text(_PAGE, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "notes.md").write_text("# not a page the check reads\n", encoding="utf-8")
    got = folder_lines(tmp_path)
    assert sorted(got) == ["folder/0000/bridge.txt", "folder/empty.txt"]
    article = json.loads(got["folder/0000/bridge.txt"])
    assert article["title"] == "Harbour bridge to open in spring"
    assert article["body"][0].startswith("The council said on Tuesday")
    assert "not an article" in json.loads(got["folder/empty.txt"])
