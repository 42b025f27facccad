"""benchmarks.parse_pages --step: every STEP-th page of a folder in path order, at most COUNT of them."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.parse_pages import main

# A made-up page (written for this test): a headline, a date and two paragraphs of a story.
_PAGE = (
    "Ferry service to resume on {day}\nMarch 3, 2025\n\n"
    + "The harbour board said the morning ferry would run again once the new pier was checked by "
    "its engineers, after a month of repairs to the landing stage. " * 3 + "\n"
)
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _folder(tmp_path: Path) -> Path:
    for k, day in enumerate(_DAYS):
        (tmp_path / f"{k:02d}.txt").write_text(_PAGE.format(day=day), encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(("args", "parsed"), [(["3", "--step", "3"], 3), (["10", "--step", "3"], 3), (["2"], 2)])
def test_every_step_th_page_is_parsed_up_to_the_count(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], parsed: int
) -> None:
    assert main([str(_folder(tmp_path)), *args]) == 0
    assert capsys.readouterr().out.startswith(f"{parsed} pages: ")


def test_a_step_below_one_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exited:
        main([str(_folder(tmp_path)), "3", "--step", "0"])
    assert exited.value.code == 2
