"""benchmarks/madeup_sets: the made-up body sets write their pages and labels through one helper, and
its table counts every page once per group and once under 'all'."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks import body_inside, body_starts, body_trailers, related_pages
from benchmarks.madeup_sets import end_miss, score_set


def test_each_set_writes_its_pages_with_each_label_in_its_page(tmp_path: Path) -> None:
    sets = (
        body_trailers.write_set(tmp_path / "t", seed=3, per=1, kinds=["bio"]),
        body_inside.write_set(tmp_path / "i", seed=3, per=1, shapes=["ad"]),
        body_starts.write_set(tmp_path / "s", seed=3, per=1, classes=["plain"], langs=["en", "de"]),
    )
    for folder, labels in zip(("t", "i", "s"), sets, strict=True):
        assert json.loads((tmp_path / folder / "labels.json").read_text("utf-8")) == labels
        for label in labels:
            text = (tmp_path / folder / label["file"]).read_text("utf-8")
            assert text.endswith("\n") and not text.endswith("\n\n")
            assert label["title"] in text
    assert len(sets[0]) == len(sets[1]) == 7 and len(sets[2]) == 2


def test_the_tally_counts_each_page_under_its_groups_and_all(tmp_path: Path) -> None:
    labels = body_inside.write_set(tmp_path, seed=5, per=2, shapes=["plain"])
    tally, _missed = score_set(tmp_path, labels, lambda label: [f"lang {label['file'].split('-')[1]}"], end_miss)
    assert len(tally["all"]["body_end"]) == 14
    assert all(len(tally[f"lang {lang}"]["body_start"]) == 2 for lang in ("en", "de", "nl"))


def test_the_related_set_scores_a_page_with_no_list_by_its_precision_alone(tmp_path: Path) -> None:
    labels = related_pages.write_set(tmp_path, seed=3, per=1, classes=["nolist", "plain"])
    assert [label["related_headlines"] == [] for label in labels] == [True] * 7 + [False] * 7
    for label in labels[7:]:  # each listed headline stands on the page
        text = (tmp_path / label["file"]).read_text("utf-8")
        assert all(headline in text for headline in label["related_headlines"])
    tally, _missed = score_set(
        tmp_path, labels, lambda label: [label["file"].split("-")[0]], related_pages.related_miss, related_pages.FIELDS
    )
    assert len(tally["nolist"]["related_precision"]) == 7 and not tally["nolist"]["related_recall"]
    assert len(tally["plain"]["related_recall"]) == 7
